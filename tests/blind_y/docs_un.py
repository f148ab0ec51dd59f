"""blind_y documents whose label is unclear (CPT licensing is referred to but who pays is left open)."""
from docs_common import confidentiality, general, hipaa, liability, payment, sec, support, term, warranty

DOCS = []


def doc(f):
    DOCS.append(f())
    return f


def mk(key, vendor, desc, spec):
    return dict(key=key, vendor=vendor, coverage="unclear", fee=None, desc=desc, spec=spec)


# ---------------------------------------------------------------------------------------------
@doc
def un_thirdparty_may():
    V = "Solenne Health Systems, Inc."
    blocks = [
        ("title", "MASTER AGREEMENT FOR CLOUD SERVICES"),
        ("p", "This Master Agreement is made on March 24, 2025 between Solenne Health Systems, Inc. (\"Solenne\") and "
              "Capital Area Pulmonary & Sleep, P.C. (\"Customer\")."),
    ]
    blocks += sec(1, "Definitions", [
        "\"Cloud Services\" means Solenne's hosted EHR, practice management and sleep-study reporting services "
        "described in an Order.",
        "\"Third-Party Content\" means content owned by third parties and made available in the Cloud Services, "
        "including drug databases, clinical decision support rules, patient education materials, and code sets such "
        "as CPT, ICD-10-CM, HCPCS Level II and LOINC.",
        "\"Order\" means an ordering document signed by both parties.",
    ])
    blocks += sec(2, "Cloud Services", [
        "Solenne shall make the Cloud Services available to Customer's authorised users in accordance with this "
        "Agreement and the Service Level Exhibit.",
        "Customer shall not use the Cloud Services to provide services to any third party.",
    ])
    blocks += sec(3, "Third-Party Content", [
        "Third-Party Content is provided subject to the terms imposed by its owners, which Solenne may present to "
        "users in the Cloud Services from time to time. Customer shall comply with those terms.",
        "Fees for Third-Party Content may apply and will be communicated to Customer from time to time. Solenne does "
        "not warrant the accuracy or completeness of Third-Party Content.",
        "Solenne may replace or withdraw any Third-Party Content if its licence ends or the owner's terms change.",
    ])
    blocks += sec(4, "Fees", [
        "Customer shall pay the subscription fees in each Order: currently $279 per provider per month for the EHR and "
        "PM bundle and $4.50 per sleep study report.",
        "Solenne may increase subscription fees on renewal by up to 5%.",
    ])
    blocks += support(5, "Solenne", "Customer")
    blocks += hipaa(6, "Solenne", "Customer")
    blocks += payment(7, "Solenne", "Customer")
    blocks += confidentiality(8, "Solenne", "Customer")
    blocks += liability(9, "Solenne", "Customer")
    blocks += term(10, "Solenne", "Customer")
    blocks += general(11, "Solenne", "Customer", law="the State of Maryland")
    blocks += [("sig", [("SOLENNE HEALTH SYSTEMS, INC.", "Benjamin Achterberg", "General Counsel"),
                        ("CAPITAL AREA PULMONARY & SLEEP, P.C.", "Dr. Farah Siddiqui", "President")])]
    return mk("un_thirdparty_may", V,
              "Cloud services master agreement that lists CPT among third-party content and says only that 'fees for "
              "Third-Party Content may apply', leaving open whether the practice pays for CPT.",
              dict(font="Times", size=10, header="Solenne Health Systems, Inc. - Master Agreement for Cloud Services",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_notices_only():
    V = "Pemberton Ridge Software, Inc."
    blocks = [
        ("title", "PEMBERTON RIDGE SOFTWARE, INC."),
        ("subtitle", "Software License Terms - PainTrack EMR, Version 9"),
        ("p", "These License Terms accompany PainTrack EMR (the \"Product\") supplied by Pemberton Ridge Software, Inc. "
              "(\"Pemberton\") to the licensee named on the invoice (\"Licensee\")."),
    ]
    blocks += sec(1, "License", [
        "Pemberton grants Licensee a non-exclusive, non-transferable license to use the Product on the number of "
        "workstations paid for, for Licensee's internal use.",
        "Licensee shall not copy, modify, sublicense, or reverse engineer the Product.",
    ])
    blocks += sec(2, "Support and Updates", [
        "Support and updates are available under a separate annual support plan at the then-current rate.",
    ])
    blocks += sec(3, "Third-Party Notices", [
        "The Product includes content from third parties. The following notices are reproduced as required.",
        "CPT only copyright 2024 American Medical Association. All rights reserved.",
        "Fee schedules, relative value units, conversion factors and/or related components are not assigned by the "
        "AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or indirectly "
        "practice medicine or dispense medical services. The AMA assumes no liability for data contained or not "
        "contained herein.",
        "U.S. Government Rights. This product includes CPT, which is commercial technical data and/or computer data "
        "bases and/or commercial computer software and/or commercial computer software documentation, as applicable, "
        "developed exclusively at private expense by the American Medical Association. U.S. Government rights to use, "
        "modify, reproduce, release, perform, display or disclose these materials are limited to those set out in "
        "FAR 52.227-14 (Data Rights - General) and DFARS 252.227-7015 (Technical Data - Commercial Items), as "
        "applicable, for U.S. Department of Defense procurements.",
        "Drug information is provided by a third-party compendium and is subject to its own disclaimer displayed in "
        "the Product.",
    ])
    blocks += sec(4, "Warranty Disclaimer", [
        "THE PRODUCT IS PROVIDED \"AS IS\". PEMBERTON DISCLAIMS ALL WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY "
        "WARRANTY THAT CODES OR CONTENT IN THE PRODUCT ARE COMPLETE OR CURRENT.",
    ])
    blocks += sec(5, "Limitation of Liability", [
        "PEMBERTON'S LIABILITY SHALL NOT EXCEED THE LICENSE FEES PAID FOR THE PRODUCT. PEMBERTON IS NOT LIABLE FOR "
        "LOST REVENUE OR CLAIM DENIALS.",
    ])
    blocks += sec(6, "General", [
        "These License Terms are governed by the laws of the State of Missouri. They are the entire agreement about "
        "the Product and override any other terms on Licensee's purchase order.",
        "Pemberton Ridge Software, Inc., 1900 Main Street, Kansas City, Missouri 64108; legal@pembertonridge.example.",
    ])
    return mk("un_notices_only", V,
              "Software licence terms that carry only the AMA copyright notice, the 'AMA does not practice medicine' "
              "disclaimer and the FARS/DFARS clause, with no CPT grant and nothing about who pays for CPT.",
              dict(font="Times", size=10.5, header="Pemberton Ridge Software, Inc. - Software License Terms",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_conflict():
    V = "Thornbury Clinical Cloud, Inc."
    blocks = [
        ("title", "SUBSCRIPTION SERVICES AGREEMENT"),
        ("p", "This Subscription Services Agreement (\"Agreement\") is entered into on May 12, 2025 by Thornbury Clinical "
              "Cloud, Inc. (\"Thornbury\") and Northern Plains Family Medicine, LLC (\"Customer\"). Exhibits A (Service "
              "Description), B (Service Levels) and C (Fees) are attached and form part of this Agreement."),
    ]
    blocks += sec(1, "Services", [
        "Thornbury will provide the Thornbury EHR and billing services described in Exhibit A to Customer's users.",
        "Thornbury will apply annual code-set updates, including CPT, ICD-10-CM and HCPCS Level II, by January 1 of "
        "each year.",
    ])
    blocks += sec(2, "Fees", [
        "Customer shall pay the fees in Exhibit C.",
        "The royalties that Thornbury owes the American Medical Association for CPT codes used by Customer are "
        "included in the Subscription Fees, and Thornbury will not bill them separately.",
        "Fees are payable monthly in advance within 30 days of invoice.",
    ])
    blocks += support(3, "Thornbury", "Customer")
    blocks += hipaa(4, "Thornbury", "Customer")
    blocks += confidentiality(5, "Thornbury", "Customer", var=2)
    blocks += liability(6, "Thornbury", "Customer")
    blocks += term(7, "Thornbury", "Customer", years=3)
    blocks += sec(8, "General", [
        "This Agreement is governed by the laws of the State of North Dakota.",
        "Notices must be in writing and sent to the addresses on the signature page.",
        "Neither party may assign this Agreement without the other's consent, except in a merger or sale of "
        "substantially all assets.",
        "This Agreement may be executed in counterparts.",
    ])
    blocks += [
        ("sig", [("THORNBURY CLINICAL CLOUD, INC.", "Megan Lindahl", "Director, Sales Operations"),
                 ("NORTHERN PLAINS FAMILY MEDICINE, LLC", "Dr. Eric Bjornson", "Managing Member")]),
        ("pb",),
        ("title", "EXHIBIT C - FEES"),
        ("table", [["Fee", "Amount", "Frequency"],
                   ["Subscription Fees - EHR + Billing", "$249.00 per provider", "Monthly"],
                   ["AMA CPT pass-through", "$18.50 per user", "Annually"],
                   ["Implementation", "$2,900.00", "Once"],
                   ["Additional training", "$120.00 per hour", "As used"]], {"widths": [0.45, 0.3, 0.25]}),
        ("p", "Provider counts are taken from the number of rendering providers in the system on the first day of each "
              "month. User counts for annual items are taken on January 1."),
    ]
    return mk("un_conflict", V,
              "Subscription agreement whose body says CPT royalties are included and not billed separately while its "
              "fee exhibit lists an 'AMA CPT pass-through' of $18.50 per user a year, with no order-of-precedence "
              "clause to settle the conflict.",
              dict(font="Times", size=10, header="Thornbury Clinical Cloud, Inc. - Subscription Services Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_may_passthrough():
    V = "Castellan Practice Technologies, Inc."
    blocks = [
        ("title", "CASTELLAN PRACTICE TECHNOLOGIES, INC."),
        ("subtitle", "General Terms for Software Services"),
        ("p", "These General Terms apply to all software services that Castellan Practice Technologies, Inc. "
              "(\"Castellan\") provides to its customers (each a \"Customer\") under an Order. In these General Terms, "
              "\"Provider\" means a physician or other practitioner who renders services for Customer."),
    ]
    blocks += sec(1, "Services and Orders", [
        "Castellan will provide the practice management, clearinghouse and reporting services identified in each "
        "Order.",
        "Each Order states the number of Providers and the fees. Customer may add Providers at the rates in the Order.",
    ])
    blocks += sec(2, "Fees and Adjustments", [
        "Customer shall pay the fees stated in each Order, currently $189 per Provider per month for the practice "
        "management bundle and $0.25 per claim for clearinghouse services.",
        "Castellan may adjust fees on any renewal by giving sixty (60) days' notice.",
        "Code-set royalties. The services use code sets owned by third parties, including the CPT code set of the "
        "American Medical Association. Castellan reserves the right, on sixty (60) days' written notice, to pass "
        "through to Customer all or part of any royalty that the AMA or any other code-set owner charges Castellan in "
        "respect of Customer's use, in which case the notice will state the amount and the basis on which it is "
        "calculated.",
        "Unless and until such a notice is given, no fee in an Order is stated to include or exclude any royalty.",
    ])
    blocks += support(3, "Castellan", "Customer")
    blocks += hipaa(4, "Castellan", "Customer")
    blocks += payment(5, "Castellan", "Customer")
    blocks += warranty(6, "Castellan", "Customer")
    blocks += liability(7, "Castellan", "Customer")
    blocks += term(8, "Castellan", "Customer", years=2)
    blocks += general(9, "Castellan", "Customer", law="the State of Arizona")
    return mk("un_may_passthrough", V,
              "General terms in which the vendor only reserves the right to pass through an AMA royalty on future "
              "notice, stating no amount and saying no fee either includes or excludes it, so who pays is left open.",
              dict(font="Times", size=10, header="Castellan Practice Technologies, Inc. - General Terms",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_email_pending():
    V = "Verity Lane EHR, LLC"
    blocks = [
        ("p", "Thread: \"AMA fee on March invoice\" - exported from the Hollister Ridge Podiatry shared inbox"),
        ("email", [("From", "Nadia Coleman <ncoleman@veritylane.example>"),
                   ("To", "Gail Hollister <gail@hollisterpodiatry.example>"),
                   ("Date", "March 14, 2025, 4:55 PM"),
                   ("Subject", "RE: RE: AMA fee on March invoice")],
         ["Gail,",
          "I've escalated your question to our contracts and finance teams. At this point we have not determined "
          "whether the AMA royalty for CPT codes will be billed to your practice or absorbed under the terms of your "
          "agreement with Verity Lane EHR, LLC. Your contract predates our current pricing and we need to review it.",
          "Please disregard the figure in my message of March 3 until we confirm in writing. We will not collect the "
          "charge while the review is open.",
          "Nadia Coleman, Client Success Manager"]),
        ("email", [("From", "Gail Hollister <gail@hollisterpodiatry.example>"),
                   ("To", "Nadia Coleman <ncoleman@veritylane.example>"),
                   ("Date", "March 10, 2025, 9:21 AM"),
                   ("Subject", "RE: AMA fee on March invoice")],
         ["Nadia, our agreement says the monthly fee of $240 per provider is all-inclusive. I don't see anything about "
          "an AMA fee. Please show me where this comes from before I pay it.",
          "Gail Hollister, Office Manager"]),
        ("email", [("From", "Nadia Coleman <ncoleman@veritylane.example>"),
                   ("To", "Gail Hollister <gail@hollisterpodiatry.example>"),
                   ("Date", "March 3, 2025, 11:08 AM"),
                   ("Subject", "AMA fee on March invoice")],
         ["Hi Gail, a heads-up that your March invoice will include the annual AMA fee for CPT codes: $18.00 per "
          "provider for 2025, so $36.00 for your two providers.",
          "Thanks! Nadia"]),
    ]
    return mk("un_email_pending", V,
              "E-mail thread whose latest vendor message withdraws an $18 per-provider AMA fee pending review and says "
              "the vendor has not determined whether the royalty will be billed or absorbed.",
              dict(font="Courier", size=9, justify=False, header="Hollister Ridge Podiatry - exported thread",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_uk_goodfaith():
    V = "Kirkstall Clinical Software Ltd"
    blocks = [
        ("title", "SOFTWARE LICENCE AND SUPPORT AGREEMENT"),
        ("center", "dated 3 April 2025"),
        ("h2", "Parties"),
        ("cl", "(1)", "KIRKSTALL CLINICAL SOFTWARE LTD (company number 10233871), whose registered office is at 5 "
                      "Abbey Road, Leeds LS5 3HP (the \"Licensor\"); and", 0),
        ("cl", "(2)", "SAGEBRUSH PHYSICAL MEDICINE & REHABILITATION, PLLC, of 410 South Virginia Street, Reno, Nevada "
                      "89501 (the \"Licensee\").", 0),
        ("h2", "It is agreed"),
    ]
    blocks += sec(1, "Definitions", [
        "\"AMA\" means the American Medical Association; \"CPT Content\" means the AMA's Current Procedural Terminology "
        "as made available in the Software; \"Software\" means Kirkstall RehabSuite; \"Support Services\" means the "
        "services in Schedule 1; \"Fees\" means the fees in Schedule 2.",
    ])
    blocks += sec(2, "Licence", [
        "The Licensor grants the Licensee a non-exclusive licence to use the Software for the purposes of the "
        "Licensee's practice in the United States for the duration of this Agreement.",
        "The Licensee shall not, and shall procure that its personnel shall not, copy or distribute the Software.",
    ])
    blocks += sec(3, "CPT Content", [
        "The Licensee acknowledges that the CPT Content is proprietary to the AMA and that royalties may be payable to "
        "the AMA in respect of its use in the Software.",
        "The parties shall negotiate in good faith, within ninety days of the date of this Agreement, which of them "
        "shall bear any such royalty and in what amount. Pending agreement, neither party shall be taken to have "
        "assumed that liability, and the Fees shall not be construed as including or excluding it.",
        "The Licensee shall comply with such AMA end-user terms as are displayed in the Software.",
    ])
    blocks += payment(4, "the Licensor", "the Licensee", var=1)
    blocks += warranty(5, "the Licensor", "the Licensee", var=1)
    blocks += liability(6, "the Licensor", "the Licensee", var=1)
    blocks += term(7, "the Licensor", "the Licensee", var=1)
    blocks += general(8, "the Licensor", "the Licensee", var=1, law="the law of England and Wales")
    blocks += [
        ("h", "Schedule 1 - Support Services"),
        ("p", "Telephone and e-mail support during United States Pacific business hours; updates and new releases; "
              "remote assistance with configuration."),
        ("h", "Schedule 2 - Fees"),
        ("table", [["Fee", "Amount", "Payable"],
                   ["Licence fee", "US$1,480 per month", "Monthly in advance"],
                   ["Support Services", "Included", "-"],
                   ["Implementation", "US$4,200", "On signature"]], {"widths": [0.4, 0.3, 0.3]}),
        ("sig", [("Signed by a director for and on behalf of KIRKSTALL CLINICAL SOFTWARE LTD", "Martin Oakes-Brindley",
                  "Director"),
                 ("Signed for and on behalf of SAGEBRUSH PHYSICAL MEDICINE & REHABILITATION, PLLC",
                  "Dr. Carmen Etcheverry", "Managing Member")]),
    ]
    return mk("un_uk_goodfaith", V,
              "English-law licence in which the parties agree to negotiate in good faith which of them bears any AMA "
              "royalty for the CPT content, leaving the fees neither including nor excluding it.",
              dict(font="Times", size=10, page="a4", header="Kirkstall Clinical Software Ltd - Software Licence and "
                   "Support Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_lab_underlicense():
    V = "Wyndmoor Pathology Associates, P.C."
    blocks = [
        ("title", "PATHOLOGY SERVICES AGREEMENT"),
        ("p", "Between Wyndmoor Pathology Associates, P.C. (\"Wyndmoor\") and Schuylkill Valley Dermatology, LLC "
              "(\"Client\"), effective June 1, 2025."),
    ]
    blocks += sec(1, "Services", [
        "Wyndmoor's board-certified dermatopathologists will examine skin biopsy specimens submitted by Client and "
        "issue diagnostic reports, normally within two business days of receipt.",
        "Wyndmoor will provide specimen containers, requisitions and prepaid shipping.",
        "Reports are delivered through Wyndmoor's secure web portal and by fax.",
    ])
    blocks += sec(2, "Portal", [
        "Client's staff may use the Wyndmoor portal to enter requisitions, track specimens and retrieve reports. The "
        "portal shows CPT codes for each service on the requisition and report screens.",
        "CPT codes are used in the portal under license. CPT copyright 2025 American Medical Association. All rights "
        "reserved.",
    ])
    blocks += sec(3, "Billing", [
        "Wyndmoor will bill insurers and patients directly for the professional and technical components, except "
        "where Client elects client billing for a patient.",
        "Client-billed services are invoiced monthly at the fees below.",
    ])
    blocks += [
        ("table", [["Service", "CPT code", "Client-billed fee"],
                   ["Surgical pathology, level IV (skin biopsy)", "88305", "$58.00"],
                   ["Special stain, group I", "88312", "$44.00"],
                   ["Immunohistochemistry, first antibody", "88342", "$72.00"],
                   ["Consultation on referred slides", "88321", "$95.00"]], {"widths": [0.55, 0.17, 0.28]}),
    ]
    blocks += hipaa(4, "Wyndmoor", "Client")
    blocks += sec(5, "Compliance", [
        "Each party shall comply with federal and state anti-markup, anti-kickback and self-referral laws. Client "
        "shall not bill any payer for services performed by Wyndmoor except as permitted by law.",
    ])
    blocks += term(6, "Wyndmoor", "Client", var=2, years=1)
    blocks += general(7, "Wyndmoor", "Client", var=2, law="the Commonwealth of Pennsylvania")
    blocks += [("sig", [("WYNDMOOR PATHOLOGY ASSOCIATES, P.C.", "Dr. Julia Hartranft", "President"),
                        ("SCHUYLKILL VALLEY DERMATOLOGY, LLC", "Dr. Amit Desai", "Owner")])]
    return mk("un_lab_underlicense", V,
              "Pathology services agreement whose portal clause says CPT codes are 'used under license' with an AMA "
              "copyright line but never says whose licence or who pays; the CPT-keyed fee list is data.",
              dict(font="Times", size=10.5, header="Wyndmoor Pathology Associates, P.C. - Pathology Services Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_amend_separate():
    V = "Ellery Health Systems, Inc."
    blocks = [
        ("title", "AMENDMENT No. 4 TO MASTER LICENSE AGREEMENT"),
        ("p", "This Amendment No. 4 is dated as of August 29, 2025 and is made between Ellery Health Systems, Inc. "
              "(\"Ellery\") and Tidewater Otolaryngology Associates, P.C. (\"Customer\") to amend the Master License "
              "Agreement between them dated October 3, 2020 (as previously amended, the \"Agreement\")."),
        ("h", "1. Background"),
        ("p", "Section 6.2 of the Agreement (CPT Royalty Pass-Through) currently requires Customer to pay $17.00 per user "
              "per year for CPT content. Ellery is renegotiating its arrangements with the American Medical "
              "Association, and the parties wish to remove Section 6.2 pending that outcome."),
        ("h", "2. Amendments"),
        ("cl", "2.1", "Section 6.2 of the Agreement is deleted in its entirety with effect from January 1, 2026.", 0),
        ("cl", "2.2", "The parties will address the licensing of CPT content, including whether any royalty is payable "
                      "by Customer and in what amount, in a separate written agreement to be executed on or before "
                      "December 15, 2025. Nothing in this Amendment shall be read as a waiver by Ellery of any right "
                      "to recover such royalty, or as an agreement by Customer to pay it.", 0),
        ("cl", "2.3", "Exhibit B (Locations) is replaced with the Exhibit B attached to this Amendment, adding the "
                      "Chesapeake clinic.", 0),
        ("cl", "2.4", "The annual maintenance fee for 2026 is $11,850.", 0),
        ("h", "3. General"),
        ("p", "Except as set out above, the Agreement remains unchanged. This Amendment prevails over the Agreement where "
              "they conflict. This Amendment may be signed electronically."),
        ("h", "Exhibit B - Locations"),
        ("table", [["Location", "Address"],
                   ["Norfolk (main)", "600 Gresham Drive, Norfolk, VA 23507"],
                   ["Virginia Beach", "1080 First Colonial Road, Virginia Beach, VA 23454"],
                   ["Chesapeake", "725 Volvo Parkway, Chesapeake, VA 23320"]], {"widths": [0.3, 0.7]}),
        ("sig", [("ELLERY HEALTH SYSTEMS, INC.", "Preston Gale", "Vice President, Legal"),
                 ("TIDEWATER OTOLARYNGOLOGY ASSOCIATES, P.C.", "Dr. Naomi Fairbanks", "President")]),
    ]
    return mk("un_amend_separate", V,
              "Amendment that deletes a $17.00 per-user CPT pass-through from 2026 and defers CPT licensing, including "
              "whether any royalty is payable, to a separate agreement not yet made.",
              dict(font="Times", size=10.5, header="Ellery Health Systems, Inc. - Amendment No. 4", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_order_tbd():
    V = "Norcastle Medical Software, LLC"
    blocks = [
        ("title", "QUOTATION AND ORDER"),
        ("subtitle", "Norcastle Medical Software, LLC - 77 Industry Way, Manchester, NH 03101"),
        ("kv", [("Quote", "NMS-7781 (revision 2)"), ("Prepared for", "Monadnock Pediatrics, PLLC"),
                ("Quote date", "October 20, 2025"), ("Valid for", "45 days")]),
        ("table", [["#", "Item", "Qty", "Unit", "Price", "Extended"],
                   ["1", "Norcastle PM Cloud", "5", "provider / month", "$199.00", "$995.00 / month"],
                   ["2", "Norcastle EHR Cloud", "5", "provider / month", "$230.00", "$1,150.00 / month"],
                   ["3", "Patient statements (print & mail)", "-", "statement", "$0.79", "as used"],
                   ["4", "CPT(R) content licence", "-", "see note 2", "TBD", "TBD"],
                   ["5", "Data conversion", "1", "project", "$2,750.00", "$2,750.00"],
                   ["6", "Training (remote)", "10", "hour", "$110.00", "$1,100.00"]],
         {"widths": [0.05, 0.33, 0.07, 0.18, 0.14, 0.23]}),
        ("h", "Notes"),
        ("cl", "1.", "Monthly items begin at go-live. The first invoice is prorated.", 0),
        ("cl", "2.", "Item 4: pricing and billing basis for CPT content are to be confirmed once the AMA's schedule for "
                     "the coming year has been reviewed. Norcastle will advise Customer before go-live whether item 4 "
                     "applies to this order.", 0),
        ("cl", "3.", "Items 5 and 6 are invoiced on signature.", 0),
        ("cl", "4.", "Prices exclude applicable taxes.", 0),
        ("cl", "5.", "This quotation becomes a binding order when signed by both parties and is subject to the "
                     "Norcastle Customer Terms available at www.norcastle-medical.example.", 0),
        ("sig", [("NORCASTLE MEDICAL SOFTWARE, LLC", "Graham Beaulieu", "Sales Director"),
                 ("MONADNOCK PEDIATRICS, PLLC", "Dr. Ingrid Halvorsen-Bly", "Managing Member")]),
    ]
    return mk("un_order_tbd", V,
              "Quotation with a 'CPT content licence' line priced 'TBD' and a note that whether it applies is yet to "
              "be confirmed, so who pays for CPT is left open.",
              dict(font="Helvetica", size=9.5, header="Norcastle Medical Software, LLC - Quotation NMS-7781",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def un_reseller_twocol():
    V = "Quarrystone Software Corp."
    blocks = [
        ("title", "END CUSTOMER TERMS"),
        ("center", "Quarrystone Software Corp. - OrthoSuite, as supplied through authorised resellers"),
        ("colbreak",),
        ("h2", "1. Who these terms are with"),
        ("p", "1.1 These End Customer Terms are between Quarrystone Software Corp. (the \"Publisher\") and the "
              "practice (the \"Customer\") that obtains OrthoSuite through an authorised reseller (the \"Reseller\"). "
              "The Customer's commercial terms, including price, are agreed with the Reseller."),
        ("p", "1.2 The Publisher is not a party to the Customer's agreement with the Reseller."),
        ("h2", "2. Licence"),
        ("p", "2.1 The Publisher grants the Customer a non-exclusive licence to use OrthoSuite for its internal "
              "practice operations while the Customer's subscription with the Reseller is current."),
        ("p", "2.2 The Customer must not copy, modify or reverse engineer OrthoSuite, or make it available to anyone "
              "other than its own personnel."),
        ("h2", "3. CPT content"),
        ("p", "3.1 OrthoSuite displays CPT codes and descriptors owned by the American Medical Association (\"AMA\")."),
        ("p", "3.2 Any royalty due to the AMA in respect of the Customer's use of CPT content in OrthoSuite shall be "
              "the responsibility of the Reseller or of the Customer, as they may agree between themselves. The "
              "Publisher has no responsibility for that royalty."),
        ("p", "3.3 The Customer must keep the AMA copyright notice on any printout showing CPT content."),
        ("h2", "4. Data"),
        ("p", "4.1 The Customer's data is hosted by the Publisher on the Reseller's behalf. The Publisher acts as a "
              "subcontractor business associate of the Reseller."),
        ("h2", "5. Updates"),
        ("p", "5.1 The Publisher provides updates to OrthoSuite through the Reseller, including annual code updates."),
        ("h2", "6. Disclaimer"),
        ("p", "6.1 As between the Publisher and the Customer, OrthoSuite is provided as is. Any warranty is given by "
              "the Reseller only."),
        ("h2", "7. Liability"),
        ("p", "7.1 The Publisher is not liable to the Customer for any indirect or consequential loss, and its total "
              "liability is limited to $1,000."),
        ("h2", "8. Ending"),
        ("p", "8.1 These terms end when the Customer's subscription with the Reseller ends. Sections 3.3, 6 and 7 "
              "survive."),
        ("h2", "9. General"),
        ("p", "9.1 These terms are governed by the laws of the State of Wisconsin. Notices to the Publisher: "
              "legal@quarrystone.example."),
    ]
    return mk("un_reseller_twocol", V,
              "Two-column publisher end-customer terms saying any AMA royalty is the responsibility of the reseller "
              "or the customer 'as they may agree between themselves', so who pays is left open in this document.",
              dict(font="Times", size=9.5, twocol=True, masthead=0.85,
                   header="Quarrystone Software Corp. - End Customer Terms", blocks=blocks))
