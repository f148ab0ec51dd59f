"""blind_y documents whose label is customer_must_license (the practice must hold its own CPT licence)."""
from docs_common import baa_core, confidentiality, general, hipaa, liability, payment, sec, support, term, warranty

DOCS = []


def doc(f):
    DOCS.append(f())
    return f


def mk(key, vendor, desc, spec):
    return dict(key=key, vendor=vendor, coverage="customer_must_license", fee=None, desc=desc, spec=spec)


# ---------------------------------------------------------------------------------------------
@doc
def cml_eula_own():
    V = "Rainier Point Software, LLC"
    blocks = [
        ("title", "RAINIER POINT SOFTWARE, LLC"),
        ("subtitle", "End User License Agreement - ChartSmith Practice Edition"),
        ("p", "This End User License Agreement (\"Agreement\") governs the use of ChartSmith Practice Edition (the "
              "\"Software\") licensed by Rainier Point Software, LLC (\"Licensor\") to the medical practice that "
              "accepts this Agreement (\"End User\"). By installing or using the Software, End User accepts this "
              "Agreement."),
    ]
    blocks += sec(1, "Grant", [
        "Licensor grants End User a non-exclusive, non-transferable, revocable license to install and use the Software "
        "on computers owned or controlled by End User, for the number of workstations purchased.",
        "The Software is licensed, not sold. Licensor retains all right, title and interest in the Software.",
    ])
    blocks += sec(2, "Fees", [
        "End User shall pay the license fee of $1,200 per workstation, once, together with annual maintenance of "
        "eighteen percent (18%) of the license fee.",
        "Maintenance includes updates and telephone support during business hours.",
    ])
    blocks += sec(3, "Code Sets and Third-Party Content", [
        "The Software is supplied with ICD-10-CM diagnosis codes and HCPCS Level II codes as published by the federal "
        "government. The Software does not contain, and Licensor does not distribute or sublicense, the Current "
        "Procedural Terminology (\"CPT\") code set of the American Medical Association (\"AMA\").",
        "End User shall obtain and maintain, at End User's own expense, a license from the AMA, or from a distributor "
        "authorised by the AMA, for any CPT content that End User enters, imports or uses in the Software, and shall "
        "ensure that every individual who uses CPT in the Software is covered by that license.",
        "Licensor has no responsibility for End User's compliance with the AMA's license terms, and End User shall "
        "indemnify Licensor against any claim arising from End User's use of CPT without an adequate license.",
    ])
    blocks += sec(4, "Restrictions", [
        "End User may not copy the Software except for one archival copy, modify or translate it, or transfer it to "
        "another party without Licensor's consent.",
    ])
    blocks += sec(5, "Limited Warranty", [
        "Licensor warrants for ninety (90) days after delivery that the Software will substantially conform to its "
        "documentation. End User's exclusive remedy is repair or replacement, or a refund of the license fee.",
        "EXCEPT AS STATED ABOVE, THE SOFTWARE IS PROVIDED AS IS, WITHOUT ANY OTHER WARRANTY.",
    ])
    blocks += sec(6, "Limitation of Liability", [
        "Licensor's total liability shall not exceed the license fees paid by End User. Licensor is not liable for "
        "incidental or consequential damages or for claim denials.",
    ])
    blocks += sec(7, "General", [
        "This Agreement is governed by the laws of the State of Washington. It may be amended only by a writing signed "
        "by both parties.",
        "Support: support@rainierpoint.example.",
    ])
    blocks += [("fn", "CPT is a registered trademark of the American Medical Association.")]
    return mk("cml_eula_own", V,
              "On-premise EULA stating that the software carries no CPT and that the end user must obtain and pay "
              "for its own CPT licence from the AMA or an AMA-authorised distributor; a trademark line is only "
              "attribution.",
              dict(font="Times", size=10.5, header="Rainier Point Software, LLC - End User License Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_upload_own():
    V = "Tessaline Analytics, Inc."
    blocks = [
        ("title", "BUSINESS ASSOCIATE AND DATA SERVICES AGREEMENT"),
        ("p", "This Business Associate and Data Services Agreement (\"Agreement\") is made on October 6, 2025 between "
              "Front Range Anesthesia Partners, P.C. (\"Covered Entity\") and Tessaline Analytics, Inc., a Colorado "
              "corporation (\"Business Associate\"), in connection with Business Associate's Contract Modeler "
              "service, which lets Covered Entity load its payer contracts, fee schedules and claims history and "
              "model expected reimbursement (the \"Service\")."),
    ]
    core, n = baa_core(1)
    blocks += core
    blocks += sec(n, "Permitted Uses and Disclosures", [
        "Business Associate may use and disclose PHI only to provide the Service, for its proper management and "
        "administration, and as Required by Law.",
        "Business Associate may aggregate Covered Entity's data with that of other customers only in de-identified "
        "form for benchmarking, and never in a way that identifies Covered Entity.",
    ])
    blocks += sec(n + 1, "Data Services", [
        "\"Customer Content\" means the data, files and code tables that Covered Entity uploads, including fee "
        "schedules, relative value tables, conversion factors and procedure code lists.",
        "The Service is delivered without any procedure code set. Covered Entity represents and warrants that it "
        "holds, and will maintain while Customer Content remains in the Service, a current licence from the American "
        "Medical Association or an AMA-authorised distributor for any CPT codes and descriptors that it uploads, "
        "covering all of its personnel who view them in the Service. Business Associate does not license CPT to "
        "Covered Entity.",
        "Covered Entity shall indemnify Business Associate against any claim that Customer Content infringes the "
        "rights of a third party.",
        "Service fees are set out in the Order: $150 per user per month, plus a one-time onboarding fee of $2,000. No "
        "fee includes any amount for CPT.",
    ])
    blocks += sec(n + 2, "Miscellaneous", [
        "Any ambiguity in this Agreement shall be resolved to permit compliance with the HIPAA Rules.",
        "This Agreement is governed by the laws of the State of Colorado, to the extent not preempted by federal law.",
        "Notices to Business Associate: privacy@tessaline.example.",
    ])
    blocks += [("sig", [("FRONT RANGE ANESTHESIA PARTNERS, P.C.", "Hannah Kimura", "Director of Revenue Cycle"),
                        ("TESSALINE ANALYTICS, INC.", "Jorge Villanueva", "Chief Executive Officer")])]
    return mk("cml_upload_own", V,
              "Business-associate-style agreement for a fee-schedule analytics service with a short clause buried in "
              "it: the practice uploads its own procedure codes and warrants it holds its own CPT licence from the AMA "
              "or an authorised distributor; the per-user service fee includes nothing for CPT.",
              dict(font="Times", size=10, header="Tessaline Analytics, Inc. - Business Associate and Data Services "
                   "Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_ama_direct():
    V = "American Medical Association"
    blocks = [
        ("title", "CPT(R) INTERNAL USE LICENSE AGREEMENT"),
        ("subtitle", "Counting Users Model - 2025 Annual Release"),
        ("p", "This Internal Use License Agreement (\"Agreement\") is entered into between the American Medical "
              "Association, an Illinois not-for-profit corporation (\"AMA\"), and the licensee identified below "
              "(\"Licensee\"), effective January 1, 2025."),
        ("kv", [("Licensee", "Redfern Orthopedic Clinic, S.C., 2700 University Avenue, Madison, Wisconsin 53705"),
                ("Licensee contact", "Patricia Gunderson, Compliance Officer"),
                ("Licensed Application(s)", "Licensee's practice management system and its electronic health record "
                                            "system, each as identified in Exhibit 1"),
                ("Licensed Content", "CPT Standard data file, 2025 Annual Release"),
                ("Number of Users", "22 (see Exhibit 1)")]),
    ]
    blocks += sec(1, "Definitions", [
        "\"Licensed Content\" means the AMA's Current Procedural Terminology codes, descriptors and related materials "
        "in the data file identified above, and any updates the AMA provides during the term.",
        "\"User\" means an individual who (a) accesses, uses or manipulates the Licensed Content; (b) uses a program "
        "containing the Licensed Content to produce output that could not have been produced without it; or (c) makes "
        "use of such output. Users are counted individually and not on a concurrent basis.",
    ])
    blocks += sec(2, "License", [
        "The AMA grants Licensee a non-exclusive, non-transferable, limited license to load the Licensed Content into "
        "the Licensed Applications and to permit its Users to use it for Licensee's internal business purposes in the "
        "United States.",
        "This license does not permit Licensee to distribute the Licensed Content to any other legal entity, including "
        "affiliates, nor to use it in any application not identified in Exhibit 1. A separate count of Users is "
        "required for each Licensed Application.",
    ])
    blocks += sec(3, "Royalties and Reporting", [
        "Licensee shall pay the AMA the royalty calculated under Exhibit 1 within thirty days of the AMA's invoice.",
        "Licensee shall report its User count for each Licensed Application before the start of each annual release "
        "and shall report any increase within thirty days after it occurs, with an additional royalty for the added "
        "Users.",
        "The AMA may, on reasonable notice and not more than once a year, audit Licensee's records relevant to User "
        "counts.",
    ])
    blocks += sec(4, "Notices", [
        "Licensee shall keep the AMA's copyright notice on any printed or displayed copy of the Licensed Content: "
        "\"CPT copyright 2024 American Medical Association. All rights reserved.\"",
    ])
    blocks += sec(5, "Term", [
        "This Agreement covers the 2025 Annual Release and renews for each later annual release on payment of the "
        "royalty for that release, unless either party gives notice of non-renewal sixty days before the release date.",
    ])
    blocks += [
        ("h", "Exhibit 1 - Licensed Applications, Users and Royalty"),
        ("table", [["Licensed Application", "Users", "Royalty basis (2025)", "Royalty"],
                   ["Practice management system", "14", "$18.50 per User", "$259.00"],
                   ["Electronic health record system", "8", "$18.50 per User", "$148.00"],
                   ["Entity fee (then-current; stated as $82.50 for this Agreement)", "-", "per legal entity",
                    "$82.50"],
                   ["Total royalty for the 2025 Annual Release", "", "", "$489.50"]],
         {"widths": [0.42, 0.1, 0.26, 0.22]}),
        ("p", "Licensee acknowledges that the royalties in this Exhibit are payable by Licensee directly to the AMA and "
              "are not collected by any software vendor of Licensee."),
        ("sig", [("AMERICAN MEDICAL ASSOCIATION", "Authorized Signatory", "CPT Intellectual Property Services"),
                 ("REDFERN ORTHOPEDIC CLINIC, S.C.", "Patricia Gunderson", "Compliance Officer")]),
    ]
    return mk("cml_ama_direct", V,
              "An internal-use CPT licence that the practice signs directly with the AMA, paying the AMA an entity "
              "fee plus $18.50 per user per application; the practice licenses CPT itself, so no vendor pass-through.",
              dict(font="Times", size=10, header="CPT Internal Use License Agreement - Redfern Orthopedic Clinic, S.C.",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_billing_provider_own():
    V = "Aurelian Billing Group, Inc."
    blocks = [
        ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
        ("p", "This Revenue Cycle Services Agreement (the \"Agreement\") is made effective as of February 3, 2025 "
              "(\"Effective Date\") by and between Aurelian Billing Group, Inc., a Florida corporation (\"Aurelian\"), "
              "and Palmetto Coast Cardiology, LLC, a South Carolina limited liability company (\"Provider\")."),
        ("h", "1. Appointment"),
        ("p", "Provider appoints Aurelian to perform the revenue cycle services described in Exhibit A (the "
              "\"Services\") using Provider's own practice management system and electronic health record (together, "
              "\"Provider Systems\"), to which Provider will grant Aurelian's staff remote user accounts."),
        ("h", "2. Provider Systems and Licences"),
        ("cl", "2.1", "Provider shall maintain, at its own expense, all licences for the Provider Systems and for the "
                      "content they contain, including the licence required by the American Medical Association for "
                      "the CPT codes used in the Provider Systems.", 0),
        ("cl", "2.2", "Provider shall ensure that its CPT licence, whether obtained from its software vendors or "
                      "directly from the AMA, counts Aurelian's staff who are given accounts on the Provider Systems as "
                      "users.", 0),
        ("cl", "2.3", "Aurelian does not supply any software to Provider and does not sublicense CPT to Provider. No "
                      "fee under this Agreement is a royalty for, or includes any amount for, CPT.", 0),
        ("h", "3. Fees"),
        ("cl", "3.1", "Provider shall pay Aurelian four and three-quarters percent (4.75%) of Collections each month, "
                      "subject to a monthly minimum of $2,000.", 0),
        ("cl", "3.2", "Aurelian will perform prior-authorization services at $9.00 per authorization request and "
                      "credentialing at $200 per payer per Provider physician.", 0),
        ("cl", "3.3", "\"Collections\" means amounts actually received for Provider's services during the month, net of "
                      "refunds.", 0),
        ("h", "4. Standards of Performance"),
        ("p", "Aurelian shall submit clean claims within two business days of charge release, work all denials within "
              "ten business days of receipt, and maintain a first-pass acceptance rate of at least ninety-five percent "
              "(95%)."),
        ("h", "5. Provider Obligations"),
        ("p", "Provider is solely responsible for its documentation and for the procedure and diagnosis codes assigned "
              "by its physicians. Provider will respond to Aurelian's documentation queries within three business days."),
    ]
    blocks += hipaa(6, "Aurelian", "Provider")
    blocks += term(7, "Aurelian", "Provider", var=0, years=2)
    blocks += liability(8, "Aurelian", "Provider")
    blocks += general(9, "Aurelian", "Provider", var=0, law="the State of South Carolina")
    blocks += [
        ("h", "EXHIBIT A - SERVICES"),
        ("p", "Charge review; claim submission; payment posting; denial management; patient statements; monthly "
              "reporting; fee schedule comparison against payer contracts."),
        ("sig", [("AURELIAN BILLING GROUP, INC.", "Marisol Ortega", "Chief Operating Officer"),
                 ("PALMETTO COAST CARDIOLOGY, LLC", "Grant Whitfield, M.D.", "Managing Member")]),
    ]
    return mk("cml_billing_provider_own", V,
              "Revenue cycle agreement in which 'Provider' is the practice, which must hold at its own expense the AMA "
              "CPT licence for its own systems (counting the billing company's staff); the billing company "
              "sublicenses nothing.",
              dict(font="Times", size=10, header="Aurelian Billing Group, Inc. - Revenue Cycle Services Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_uk_procure():
    V = "Pennant Clinical Systems plc"
    blocks = [
        ("title", "PENNANT CLINICAL SYSTEMS PLC"),
        ("subtitle", "STANDARD TERMS OF LICENCE - PENNANT PM (UNITED STATES EDITION)"),
        ("p", "These terms are entered into between Pennant Clinical Systems plc, a public limited company registered "
              "in Scotland with number SC401928 whose registered office is at 3 Melville Crescent, Edinburgh EH3 7HW "
              "(the \"Licensor\"), and the customer named in the Order (the \"Licensee\")."),
    ]
    blocks += sec(1, "Interpretation", [
        "In these terms: \"CPT Codes\" means the Current Procedural Terminology codes and descriptors owned by the "
        "American Medical Association (the \"AMA\"); \"Order\" means the order form referring to these terms; "
        "\"Software\" means Pennant PM and any updates; \"Users\" means the individuals authorised to use the "
        "Software by the Licensee.",
    ])
    blocks += sec(2, "Licence", [
        "Subject to payment of the fees in the Order, the Licensor grants the Licensee a non-exclusive licence to use "
        "the Software for its internal business for the term in the Order.",
        "The Licensee shall procure that each User complies with these terms.",
    ])
    blocks += sec(3, "Code Sets", [
        "The Software is supplied by the Licensor without CPT Codes. The Software is designed to import a CPT data file "
        "in the format published by the AMA.",
        "The Licensee shall procure, at its own cost, a licence of the CPT Codes from the AMA or from an "
        "AMA-authorised distributor before any CPT Codes are loaded into the Software, and shall maintain that licence "
        "for so long as CPT Codes are held in the Software. The Licensee shall ensure that the licence covers every "
        "User.",
        "The Licensor shall have no liability in respect of the CPT Codes, and the Licensee shall indemnify the "
        "Licensor against all claims, costs and losses arising from any breach of clause 3.2.",
        "Nothing in this clause 3 obliges the Licensor to account to the AMA for any royalty, and no fee payable under "
        "the Order includes any royalty for CPT Codes.",
    ])
    blocks += payment(4, "the Licensor", "the Licensee", var=1)
    blocks += warranty(5, "the Licensor", "the Licensee", var=1)
    blocks += liability(6, "the Licensor", "the Licensee", var=1)
    blocks += confidentiality(7, "the Licensor", "the Licensee", var=1)
    blocks += term(8, "the Licensor", "the Licensee", var=1)
    blocks += general(9, "the Licensor", "the Licensee", var=1, law="the laws of Scotland")
    blocks += [("fn", "Pennant Clinical Systems plc - Standard Terms of Licence (US) - revision 4, January 2025")]
    return mk("cml_uk_procure", V,
              "Scottish-company standard licence terms under which the software ships without CPT and the Licensee "
              "shall procure at its own cost a CPT licence from the AMA or an authorised distributor before loading "
              "CPT codes.",
              dict(font="Times", size=10, page="a4", header="Pennant Clinical Systems plc - Standard Terms of Licence",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_clearinghouse():
    V = "Stillrun EDI Services, Inc."
    blocks = [
        ("title", "ELECTRONIC DATA INTERCHANGE SERVICES AGREEMENT"),
        ("p", "This Agreement is entered into as of June 9, 2025 by and between Stillrun EDI Services, Inc., a Tennessee "
              "corporation (\"Stillrun\"), and Cumberland Plateau Medical Associates, PLLC (\"Client\")."),
    ]
    blocks += sec(1, "Services", [
        "Stillrun will act as Client's health care clearinghouse for the electronic submission of professional claims "
        "and the receipt of remittance, eligibility and claim status transactions.",
        "Stillrun will apply payer-specific format edits to Client's claims. Stillrun does not supply code tables; "
        "claims are validated against the codes present in the data that Client's practice management system sends.",
    ])
    blocks += sec(2, "Client Obligations", [
        "Client shall submit transactions in the ASC X12 format required by Stillrun's companion guide.",
        "Client is responsible for the codes and other data in its transactions and for holding all licences needed to "
        "use them. In particular, Stillrun does not license CPT to Client. Client shall hold its own licence for the "
        "CPT codes used in the claims it submits, whether through its practice management vendor as an AMA-authorised "
        "distributor or directly from the American Medical Association.",
        "Client shall indemnify Stillrun for any claim by a code-set owner arising from Client's use of codes.",
    ])
    blocks += sec(3, "Fees", [
        "Client shall pay $0.32 per accepted claim, $0.10 per eligibility request and a monthly account fee of $60.",
        "Payer enrollment for electronic remittance is $20 per payer per rendering NPI, charged once.",
    ])
    blocks += hipaa(4, "Stillrun", "Client")
    blocks += term(5, "Stillrun", "Client", var=0, years=1)
    blocks += liability(6, "Stillrun", "Client")
    blocks += general(7, "Stillrun", "Client", var=0, law="the State of Tennessee")
    blocks += [("sig", [("STILLRUN EDI SERVICES, INC.", "Carter Beaumont", "President"),
                        ("CUMBERLAND PLATEAU MEDICAL ASSOCIATES, PLLC", "Ruth Ann Pickett", "Practice Manager")])]
    return mk("cml_clearinghouse", V,
              "Clearinghouse agreement stating that the clearinghouse does not license CPT and that the client must "
              "hold its own CPT licence through its PM vendor or directly from the AMA; per-claim and enrollment "
              "fees are not CPT fees.",
              dict(font="Times", size=10.5, header="Stillrun EDI Services, Inc. - EDI Services Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_amend_discontinue():
    V = "Cortland Medical Software, Inc."
    blocks = [
        ("title", "THIRD AMENDMENT TO LICENSE AND SUPPORT AGREEMENT"),
        ("p", "Effective date of this Third Amendment: September 15, 2025"),
        ("p", "Parties: Cortland Medical Software, Inc. (\"Cortland\") and Finger Lakes Family Practice, P.C. "
              "(\"Customer\")"),
        ("p", "Agreement amended: License and Support Agreement dated April 2, 2019, as amended by the First Amendment "
              "dated March 1, 2021 and the Second Amendment dated May 12, 2023 (together, the \"Agreement\")"),
        ("h", "Background"),
        ("p", "Section 3.4 of the Agreement currently provides that the royalties for the CPT content embedded in "
              "Cortland PM are included in the annual support fee. Cortland has decided not to renew its distribution "
              "agreement with the American Medical Association, which expires on December 31, 2025."),
        ("h", "Amendments"),
        ("cl", "1.", "Section 3.4 of the Agreement is deleted with effect from January 1, 2026.", 0),
        ("cl", "2.", "A new Section 3.4 is inserted: \"3.4 CPT Content. From January 1, 2026 Cortland will not "
                     "distribute CPT content with Cortland PM. Customer shall obtain its own license for CPT from the "
                     "American Medical Association or from another AMA-authorized distributor, and shall load the "
                     "licensed CPT data file using the Cortland Code Import Utility. Customer is responsible for all "
                     "royalties under that license and for reporting its users to the licensor.\"", 0),
        ("cl", "3.", "Cortland will provide the Code Import Utility and one hour of remote assistance with the first "
                     "import at no charge. Additional assistance is billed at $125 per hour.", 0),
        ("cl", "4.", "The annual support fee of $6,480 is unchanged for 2026. Cortland will not credit any portion of "
                     "the support fee in respect of the change in Section 3.4.", 0),
        ("cl", "5.", "Until December 31, 2025, Section 3.4 as in effect before this Third Amendment continues to "
                     "apply.", 0),
        ("cl", "6.", "All other terms of the Agreement remain in full force and effect. This Third Amendment prevails "
                     "over any conflicting term of the Agreement.", 0),
        ("sig", [("CORTLAND MEDICAL SOFTWARE, INC.", "Eleanor Fitch", "Vice President, Operations"),
                 ("FINGER LAKES FAMILY PRACTICE, P.C.", "David Szymanski, M.D.", "President")]),
    ]
    return mk("cml_amend_discontinue", V,
              "Third amendment under which, from 2026, the vendor stops distributing CPT (previously included in "
              "support fees) and the customer must obtain its own CPT licence from the AMA or another distributor and "
              "load the file itself.",
              dict(font="Times", size=10.5, header="Cortland Medical Software, Inc. - Third Amendment",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_email_direct():
    V = "Quenby Chiropractic Systems, LLC"
    blocks = [
        ("p", "From the mailbox of: Dr. Aaron Whitlock, Whitlock Family Chiropractic"),
        ("email", [("From", "Licensing Desk <licensing@quenby-chiro.example>"),
                   ("To", "Dr. Aaron Whitlock <aaron@whitlockchiro.example>"),
                   ("Date", "Tue, 2 Dec 2025 08:51"),
                   ("Subject", "RE: CPT fee on my renewal")],
         ["Dr. Whitlock,",
          "An update that replaces our message of November 18. Quenby Chiropractic Systems, LLC has ended its CPT "
          "distribution arrangement effective January 1, 2026, so we will not be billing the $18.50 per user fee we "
          "mentioned, or any CPT fee.",
          "Instead, each practice that uses CPT codes in Quenby needs its own internal-use licence, obtained directly "
          "from the AMA (or through another authorised distributor). Once you have it, you can load the AMA data file "
          "through Settings > Code Tables. For a practice of your size the AMA's published rate for 2026 would be its "
          "entity fee plus $18.50 per user, payable to the AMA, not to us.",
          "Your Quenby subscription ($129 per month) is not changing.",
          "Regards, Licensing Desk"]),
        ("email", [("From", "Dr. Aaron Whitlock <aaron@whitlockchiro.example>"),
                   ("To", "Licensing Desk <licensing@quenby-chiro.example>"),
                   ("Date", "Wed, 19 Nov 2025 19:12"),
                   ("Subject", "RE: CPT fee on my renewal")],
         ["Who counts as a user? It's me, one associate and two front desk people. I'd rather pay once for all my "
          "software if that's possible."]),
        ("email", [("From", "Licensing Desk <licensing@quenby-chiro.example>"),
                   ("To", "Dr. Aaron Whitlock <aaron@whitlockchiro.example>"),
                   ("Date", "Tue, 18 Nov 2025 10:30"),
                   ("Subject", "CPT fee on my renewal")],
         ["Dr. Whitlock, your renewal on January 1 will include a CPT royalty charge of $18.50 per user for 2026, "
          "which we collect for the AMA. Please confirm your user count by reply."]),
    ]
    return mk("cml_email_direct", V,
              "E-mail thread whose latest vendor message withdraws an $18.50 per-user CPT charge and tells the "
              "practice to obtain its own internal-use licence from the AMA and load the file; the AMA's direct "
              "rate is quoted for comparison only.",
              dict(font="Helvetica", size=9.5, justify=False, header="Whitlock Family Chiropractic - printed e-mail",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_lab_interface():
    V = "Ravensworth Reference Laboratory, LLC"
    blocks = [
        ("title", "LABORATORY SERVICES AND INTERFACE AGREEMENT"),
        ("p", "Ravensworth Reference Laboratory, LLC (\"Laboratory\") and Blue Ridge Internal Medicine, P.C. "
              "(\"Client\") enter into this Agreement as of May 1, 2025."),
    ]
    blocks += sec(1, "Laboratory Services", [
        "Laboratory will perform clinical laboratory tests ordered by Client's authorised practitioners and report "
        "results within the turnaround times in its Directory of Services.",
        "Laboratory will supply collection kits, requisitions and daily courier service to Client's two offices.",
    ])
    blocks += sec(2, "Results and Orders Interface", [
        "Laboratory will build and maintain a bidirectional HL7 interface between Laboratory's information system and "
        "Client's electronic health record (the \"Interface\"). Client shall pay a one-time interface fee of $1,500 "
        "and Client's EHR vendor's own interface charges, if any.",
        "Orders and results transmitted over the Interface include test names, LOINC codes and, for billing "
        "purposes, CPT codes.",
        "Laboratory's own licence for CPT covers Laboratory's systems and staff only and does not extend to Client's "
        "EHR or any other system of Client. Client is solely responsible for maintaining a CPT licence, from the "
        "American Medical Association or an AMA-authorised distributor, that covers the CPT codes received into and "
        "used in Client's systems.",
    ])
    blocks += sec(3, "Billing", [
        "Laboratory will bill third-party payers and patients directly. Laboratory will not bill Client for tests "
        "except client-billed tests ordered on a client-bill requisition, at Laboratory's then-current client fee "
        "schedule.",
    ])
    blocks += hipaa(4, "Laboratory", "Client")
    blocks += sec(5, "Compliance", [
        "Nothing in this Agreement requires Client to refer any tests to Laboratory. No item of value is provided to "
        "Client in return for referrals, and the Interface is provided solely to transmit orders and results.",
    ])
    blocks += term(6, "Laboratory", "Client", var=2, years=2)
    blocks += general(7, "Laboratory", "Client", var=2, law="the Commonwealth of Virginia")
    blocks += [("sig", [("RAVENSWORTH REFERENCE LABORATORY, LLC", "Nathaniel Greer", "Director of Outreach"),
                        ("BLUE RIDGE INTERNAL MEDICINE, P.C.", "Shauna Patel, M.D.", "Medical Director")])]
    return mk("cml_lab_interface", V,
              "Lab services and interface agreement stating that the lab's CPT licence covers only its own systems "
              "and the client must maintain its own CPT licence for the CPT codes received into its EHR; the $1,500 "
              "interface fee is not a CPT fee.",
              dict(font="Times", size=10.5, header="Ravensworth Reference Laboratory, LLC - Laboratory Services and "
                   "Interface Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_au_twocol():
    V = "Tasman Ridge Software Pty Ltd"
    blocks = [
        ("title", "LICENCE CONDITIONS"),
        ("center", "Tasman Ridge Software Pty Ltd (ABN 47 603 118 229) - PhysioLedger US Edition"),
        ("colbreak",),
        ("h2", "1. Interpretation"),
        ("p", "1.1 In these Licence Conditions: AMA means the American Medical Association; CPT means the Current "
              "Procedural Terminology code set owned by the AMA; Licence means the licence granted under clause 2; "
              "Licence Fee means the fee in the Licence Certificate; Licensee means the clinic named in the Licence "
              "Certificate; Licensor means Tasman Ridge Software Pty Ltd; Term means the period in the Licence "
              "Certificate."),
        ("p", "1.2 A reference to a person includes a body corporate. Headings are for convenience only."),
        ("h2", "2. Licence"),
        ("p", "2.1 The Licensor grants the Licensee a non-exclusive, non-transferable licence to use PhysioLedger in "
              "the United States during the Term for the Licensee's physiotherapy and rehabilitation practice."),
        ("p", "2.2 The Licensee must not allow any other entity to use PhysioLedger."),
        ("h2", "3. Conditions of the Licence"),
        ("p", "3.1 It is a condition of the Licence that the Licensee holds, and continues to hold throughout the "
              "Term, a current CPT licence obtained from the AMA or from an AMA-authorised distributor, covering each "
              "person who uses CPT in PhysioLedger."),
        ("p", "3.2 The Licensee must provide a copy of that CPT licence to the Licensor on request."),
        ("p", "3.3 PhysioLedger is supplied with an empty procedure code table. The Licensee loads its licensed CPT "
              "file into that table. The Licence Fee does not include any amount for CPT, and the Licensor does not "
              "collect any royalty for the AMA."),
        ("p", "3.4 If the condition in clause 3.1 ceases to be met, the Licensee must promptly remove CPT from "
              "PhysioLedger, and the Licensor may suspend the Licence until the condition is met again."),
        ("h2", "4. Fees"),
        ("p", "4.1 The Licensee must pay the Licence Fee of USD 89 per treating clinician per month, monthly in "
              "advance. A set-up fee of USD 600 is payable once."),
        ("p", "4.2 Amounts are exclusive of any sales tax, which the Licensee must pay in addition."),
        ("h2", "5. Support"),
        ("p", "5.1 The Licensor provides support by e-mail to support@tasmanridge.example during United States "
              "business hours."),
        ("h2", "6. Liability"),
        ("p", "6.1 To the extent permitted by law, the Licensor excludes all implied warranties and its liability is "
              "limited to the Licence Fees paid in the previous twelve months."),
        ("p", "6.2 The Licensee indemnifies the Licensor against any claim by the AMA arising from a breach of "
              "clause 3."),
        ("h2", "7. Termination"),
        ("p", "7.1 Either party may terminate the Licence on thirty days' notice. The Licensor may terminate "
              "immediately if the Licensee breaches clause 3 and does not remedy the breach within ten business days."),
        ("h2", "8. Governing law"),
        ("p", "8.1 These Licence Conditions are governed by the laws of Victoria, Australia, and the parties submit to "
              "the non-exclusive jurisdiction of its courts."),
    ]
    return mk("cml_au_twocol", V,
              "Two-column Australian licence conditions making it a condition of the licence that the Licensee holds "
              "its own current CPT licence from the AMA or an authorised distributor and loads its own CPT file; "
              "per-clinician licence fees exclude CPT.",
              dict(font="Times", size=9.5, twocol=True, masthead=0.85, page="a4",
                   header="Tasman Ridge Software Pty Ltd - Licence Conditions", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_conditional_module():
    V = "Ingleby Health Software Corp."
    blocks = [
        ("title", "ORDER FORM AND SUPPLEMENTAL TERMS"),
        ("subtitle", "Ingleby Health Software Corp. - Ingleby Scheduling & Intake"),
        ("kv", [("Customer", "Mesa Verde Podiatry Group, LLC"), ("Order date", "August 25, 2025"),
                ("Term", "12 months, auto-renewing"), ("Order reference", "IHS-25-3310")]),
        ("table", [["Line", "Product", "Price", "Billing"],
                   ["1", "Ingleby Scheduling & Intake, up to 5 providers", "$260.00 / month", "Monthly"],
                   ["2", "Online payments add-on", "$40.00 / month", "Monthly"],
                   ["3", "Coding & Superbill module (optional - see Term S.3)", "$35.00 / provider / month", "Monthly"],
                   ["4", "Onboarding", "$900.00", "One-time"]], {"widths": [0.08, 0.5, 0.24, 0.18]}),
        ("p", "Customer elects line 3: [X] Yes  [ ] No"),
        ("h", "Supplemental Terms"),
        ("cl", "S.1", "This Order Form is governed by the Ingleby Terms of Service. These Supplemental Terms prevail "
                      "over the Terms of Service for the products in this Order Form.", 0),
        ("cl", "S.2", "Ingleby Scheduling & Intake does not use procedure codes, and lines 1, 2 and 4 raise no code-set "
                      "licensing question.", 0),
        ("cl", "S.3", "If Customer elects the Coding & Superbill module, Customer shall, before the module is "
                      "activated, obtain a licence for the CPT code set from the American Medical Association or an "
                      "AMA-authorised distributor covering every user of the module, and shall provide Ingleby with "
                      "evidence of that licence. Ingleby supplies the module without CPT descriptors; Customer loads "
                      "its own licensed CPT file. The module fee in line 3 is a software fee and does not include any "
                      "CPT royalty.", 0),
        ("cl", "S.4", "Customer shall keep its CPT licence in force for as long as the module is active and shall "
                      "notify Ingleby if it lapses, whereupon Ingleby may disable the module.", 0),
        ("cl", "S.5", "Recurring fees are invoiced monthly in advance and are payable within 15 days. Onboarding is "
                      "invoiced on signature.", 0),
        ("cl", "S.6", "Either party may cancel the optional module on 30 days' notice without affecting the rest of "
                      "this Order Form.", 0),
        ("sig", [("INGLEBY HEALTH SOFTWARE CORP.", "Rachel Dunmore", "Sales Manager"),
                 ("MESA VERDE PODIATRY GROUP, LLC", "Dr. Felipe Archuleta", "Owner")]),
    ]
    return mk("cml_conditional_module", V,
              "Order form in which the customer has elected the optional coding module, whose term requires the "
              "customer to obtain its own CPT licence from the AMA or an authorised distributor and load its own CPT "
              "file; the per-provider module fee is a software fee.",
              dict(font="Helvetica", size=9.5, header="Ingleby Health Software Corp. - Order Form IHS-25-3310",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def cml_sow_migration():
    V = "Keyesport Conversion Services, Inc."
    blocks = [
        ("title", "STATEMENT OF WORK - LEGACY DATA MIGRATION"),
        ("kv", [("Service provider", "Keyesport Conversion Services, Inc. (\"Keyesport\")"),
                ("Client", "Heartland Kidney Care, P.C."),
                ("Master agreement", "Professional Services Agreement dated January 14, 2025"),
                ("SOW date", "March 17, 2025"),
                ("Source system", "Client's retired on-premise practice management system"),
                ("Target system", "Client's new cloud EHR and PM system (licensed by Client from its EHR vendor)")]),
        ("h", "1. Scope"),
        ("cl", "1.1", "Extract demographics, insurance, appointments, open balances and five years of charge history "
                      "from the source system.", 0),
        ("cl", "1.2", "Map source code tables to the target system, including the ICD-10-CM diagnosis crosswalk and "
                      "the procedure code master.", 0),
        ("cl", "1.3", "Load, reconcile and validate three mock conversions and one production conversion.", 0),
        ("h", "2. Code Tables"),
        ("cl", "2.1", "Keyesport does not supply any code set. For the procedure code master, Client shall supply its "
                      "own licensed CPT data file, obtained by Client from the American Medical Association or from an "
                      "AMA-authorised distributor, and Keyesport will map historical charges to it.", 0),
        ("cl", "2.2", "Client confirms that its CPT licence permits Keyesport's project staff to handle the file for "
                      "this project as Client's contractors. Keyesport will delete the file on completion.", 0),
        ("cl", "2.3", "ICD-10-CM and HCPCS Level II files will be taken from the public federal releases.", 0),
        ("h", "3. Fees"),
        ("table", [["Item", "Fee"],
                   ["Data extraction and mapping", "$6,800.00 fixed"],
                   ["ICD-10-CM crosswalk build", "$1,200.00 fixed"],
                   ["Each additional mock conversion", "$950.00"],
                   ["Post-go-live reconciliation support", "$140.00 per hour"]], {"widths": [0.6, 0.4]}),
        ("p", "Fixed fees are invoiced 40% on signature, 40% on completion of the third mock conversion and 20% on "
              "acceptance of the production conversion."),
        ("h", "4. Assumptions and Dependencies"),
        ("cl", "(a)", "Client will provide read-only database access to the source system by March 31, 2025.", 0),
        ("cl", "(b)", "Client's EHR vendor will provide import templates and a test environment.", 0),
        ("cl", "(c)", "Delays caused by Client's late delivery of the CPT data file will extend the schedule day for "
                      "day.", 0),
        ("h", "5. Acceptance"),
        ("p", "Client will sign off each conversion within five business days after Keyesport delivers the "
              "reconciliation report. Any defects identified will be corrected and re-validated at no additional "
              "charge."),
        ("sig", [("KEYESPORT CONVERSION SERVICES, INC.", "Tamsin Wolcott", "Project Director"),
                 ("HEARTLAND KIDNEY CARE, P.C.", "Dr. Reginald Amos", "Chief Executive Officer")]),
    ]
    return mk("cml_sow_migration", V,
              "Data migration statement of work in which the client must supply its own licensed CPT data file "
              "obtained from the AMA or an authorised distributor; migration and ICD-10 crosswalk fees are not CPT "
              "fees.",
              dict(font="Helvetica", size=9.5, header="Keyesport Conversion Services, Inc. - Statement of Work",
                   blocks=blocks))
