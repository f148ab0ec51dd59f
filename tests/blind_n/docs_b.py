"""blind_n documents, part B (10 documents)."""

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
add(
    key="b_billing_service_provider_is_practice",
    vendor="Meridian Claims Partners, LLC",
    coverage="pass_through",
    fee=(22.50, "provider", "year"),
    desc="Billing-service agreement where 'Provider' is the practice: the billing company invoices an annual CPT licence charge of $22.50 per physician/NPP (the 6.25% of collections is the service fee, not the CPT fee).",
    font="times",
    size=10,
    running="Meridian Claims Partners, LLC — Billing Services Agreement",
    blocks=[
        ("title", "BILLING SERVICES AGREEMENT"),
        ("p", "This Billing Services Agreement (\"Agreement\") is entered into effective July 1, 2025 between <b>Meridian Claims Partners, LLC</b>, a Tennessee limited liability company (\"Company\"), and Mill Creek Orthopaedic Associates, PLLC (\"Provider\")."),
        ("h", "1. Appointment"),
        ("p", "Provider engages Company to perform coding review, charge entry, claim submission, payment posting, denial management and patient statement services for professional services rendered by Provider's physicians and non-physician practitioners (\"Practitioners\")."),
        ("h", "2. Provider Obligations"),
        ("p", "Provider shall deliver complete encounter documentation and charge information to Company within three (3) business days of the date of service, and remains responsible for the accuracy of that documentation and for all services billed in its name."),
        ("h", "3. Company Obligations"),
        ("p", "Company shall submit clean claims within two (2) business days of receipt of complete information, work denials within ten (10) business days, and deliver monthly reports on charges, collections, adjustments and aging."),
        ("h", "6. Compensation"),
        ("p", "6.1 <i>Service Fee.</i> Provider shall pay Company six and one-quarter percent (6.25%) of Net Collections received each month, subject to a minimum monthly fee of $1,500.00."),
        ("p", "6.2 <i>Code Set License Charge.</i> Company performs coding and claim preparation in Company's billing platform, which contains CPT® content licensed to Company by the American Medical Association. Company will invoice Provider an annual CPT license charge of $22.50 for each Practitioner whose services are billed under this Agreement. The charge is invoiced each January, and within thirty (30) days after a new Practitioner is added."),
        ("p", "6.3 <i>Pass-through Costs.</i> Postage for paper statements and any payer enrollment fees are billed to Provider at cost."),
        ("h", "7. Term and Termination"),
        ("p", "The initial term is two (2) years. Either party may terminate on ninety (90) days' written notice. After termination Company will work existing accounts receivable for ninety (90) days at the Service Fee rate."),
        ("h", "8. Compliance"),
        ("p", "The parties will enter into a Business Associate Agreement. Company will not bill any service it has reason to believe is not documented or not medically necessary and will refer coding questions to Provider."),
        ("sig", [
            ("<b>MERIDIAN CLAIMS PARTNERS, LLC</b><br/>By: /s/ Loretta Kimball<br/>Managing Director",
             "<b>MILL CREEK ORTHOPAEDIC ASSOCIATES, PLLC</b><br/>By: /s/ Dr. Samuel Okafor<br/>President"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_clearinghouse_tin",
    vendor="Bluegate EDI Services, Inc.",
    coverage="pass_through",
    fee=(95.00, "organization", "year"),
    desc="Clearinghouse enrolment fee schedule: 'CPT Code Validation Licence' of $95.00 per Tax Identification Number per year (per organisation/TIN), besides per-claim transaction fees.",
    font="helv",
    running="Bluegate EDI Services, Inc. — Enrollment and Fee Schedule (Professional)",
    blocks=[
        ("title", "Enrollment and Fee Schedule"),
        ("sub", "Professional claims clearinghouse services · Schedule version 2025.3"),
        ("kv", [
            ("Clearinghouse", "Bluegate EDI Services, Inc., 2200 Harbor Point Drive, Tampa, FL 33602"),
            ("Submitter", "Sunrise Valley Medical Group, LLC"),
            ("Tax Identification Numbers enrolled", "2 (Sunrise Valley Medical Group, LLC; Sunrise Valley Imaging, LLC)"),
            ("Effective", "September 1, 2025"),
        ], [0.35, 0.65]),
        ("h", "Transaction fees"),
        ("table", [
            ["Service", "Fee"],
            ["Professional claim (837P), electronic", "$0.29 per claim"],
            ["Paper claim conversion (drop-to-paper)", "$0.85 per claim"],
            ["Electronic remittance (835)", "Included"],
            ["Eligibility inquiry (270/271)", "$0.12 per transaction"],
            ["Claim status inquiry (276/277)", "$0.10 per transaction"],
            ["Monthly minimum", "$65.00 per month"],
        ], {"widths": [0.62, 0.38]}),
        ("h", "Annual fees"),
        ("table", [
            ["Service", "Fee"],
            ["Payer enrollment management", "$0.00"],
            ["CPT® Code Validation License", "$95.00 per Tax Identification Number, per year"],
        ], {"widths": [0.62, 0.38]}),
        ("h", "Explanation of the CPT Code Validation License"),
        ("p", "Bluegate's claim scrubber checks every procedure code on your claims against the current CPT® code set, together with modifier and NCCI edits. Bluegate licenses the CPT code set from the American Medical Association for this purpose. The CPT Code Validation License fee is charged once a year, on the September invoice, for each Tax Identification Number enrolled, no matter how many rendering providers bill under that TIN. A TIN enrolled part-way through the year is charged on its first invoice."),
        ("p", "ICD-10-CM diagnosis validation and HCPCS Level II edits are performed using public CMS files and are not charged separately."),
        ("h", "Payment"),
        ("p", "Fees are invoiced monthly in arrears and paid by ACH debit. Bluegate may revise transaction fees on sixty (60) days' notice."),
        ("small", "CPT is a registered trademark of the American Medical Association. This Schedule forms part of the Bluegate Clearinghouse Services Agreement."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_chiro_location",
    vendor="SpineTrack Software Corp.",
    coverage="pass_through",
    fee=(64.00, "location", "year"),
    desc="Chiropractic EHR 2026 price sheet: 'AMA CPT royalty pass-through' of $64.00 per clinic location per year, separate from per-location plan prices and add-ons.",
    font="helv",
    running="SpineTrack Software Corp. — 2026 Price Sheet",
    blocks=[
        ("title", "SpineTrack 2026 Price Sheet"),
        ("sub", "Chiropractic documentation, scheduling and billing · prices in U.S. dollars"),
        ("h", "Plans"),
        ("table", [
            ["Plan", "Price", "What's included"],
            ["Solo", "$179 / month per location", "1 doctor, 3 staff logins, SOAP notes, scheduling"],
            ["Multi-Doc", "$299 / month per location", "up to 3 doctors, unlimited staff logins, billing"],
            ["Additional doctor (Multi-Doc)", "$60 / month", "each doctor beyond 3"],
        ], {"widths": [0.28, 0.3, 0.42]}),
        ("h", "Add-ons and other charges"),
        ("table", [
            ["Item", "Price", "Notes"],
            ["ICD-10 quick-pick lists", "$9 / month per location", "optional favourites builder"],
            ["Text and e-mail reminders", "$35 / month per location", "up to 2,000 messages"],
            ["AMA CPT® royalty pass-through", "$64.00 per clinic location, per year", "billed each January; see note"],
            ["HCPCS Level II supply codes", "No charge", "public CMS code set"],
            ["Data migration", "$500 one-time", "from most major systems"],
        ], {"widths": [0.32, 0.32, 0.36]}),
        ("h", "Note on the CPT royalty"),
        ("p", "SpineTrack is an AMA-authorized distributor of CPT®. The royalty line recovers the amount SpineTrack remits to the American Medical Association for CPT content in the software (98940–98943, 97110 and every other code on your fee slip). It is charged once for each physical clinic location on your account, whatever the number of doctors or staff there. New locations are billed on their first invoice."),
        ("h", "Terms"),
        ("ul", [
            "Month-to-month; cancel with 30 days' notice.",
            "Plan prices are guaranteed until December 31, 2026.",
            "All prices exclude sales tax where applicable.",
        ]),
        ("small", "SpineTrack Software Corp. · 5150 Lakeview Drive, Boise, ID 83704 · sales@spinetrack.example. CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_orderform_zero_line",
    vendor="Brightwater Medical Cloud, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="EHR order form with an 'AMA CPT content licence — Included — $0.00' line and a note that the vendor holds the AMA distribution licence and covers the royalty.",
    font="helv",
    running="Brightwater Medical Cloud, Inc. — Quote Q-88120",
    blocks=[
        ("title", "Quote and Order Form Q-88120"),
        ("kv", [
            ("From", "Brightwater Medical Cloud, Inc., 610 Market Square, Portland, OR 97204"),
            ("For", "Fern Ridge Women's Health, P.C."),
            ("Quote date", "October 20, 2025 (valid 45 days)"),
            ("Term", "24 months from go-live"),
        ], [0.2, 0.8]),
        ("table", [
            ["Line", "Description", "Qty", "Price", "Frequency", "Total"],
            ["1", "Brightwater EHR + PM subscription", "4 providers", "$299.00", "Monthly", "$1,196.00"],
            ["2", "Patient engagement (portal, reminders)", "1", "$120.00", "Monthly", "$120.00"],
            ["3", "eRx with EPCS", "4 providers", "$25.00", "Monthly", "$100.00"],
            ["4", "AMA CPT® content license", "4 providers", "Included", "—", "$0.00"],
            ["5", "Implementation, training, data migration", "1", "$3,900.00", "One-time", "$3,900.00"],
        ], {"widths": [0.06, 0.36, 0.14, 0.13, 0.13, 0.18], "right": [3, 5]}),
        ("p", "<b>Monthly recurring total:</b> $1,416.00 &nbsp;&nbsp; <b>One-time total:</b> $3,900.00"),
        ("h", "Notes"),
        ("ol", [
            ("1.", "Brightwater holds a CPT distribution license from the American Medical Association. The royalty for CPT content used in the Brightwater platform is paid by Brightwater and covered by the subscription price; line 4 is shown at $0.00 so that you can see it is included."),
            ("2.", "Providers added after go-live are billed at the line 1 and line 3 rates from the month they are added."),
            ("3.", "This quote is subject to the Brightwater Subscription Terms at brightwater.example/terms, version 2025-09."),
        ]),
        ("sig", [
            ("Accepted for Fern Ridge Women's Health, P.C.<br/>Signature: ______________________<br/>Name / title: ______________________",
             "Brightwater Medical Cloud, Inc.<br/>Signature: ______________________<br/>Account Executive: Jonah Whitfield"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_billing_company_own_cost",
    vendor="Copperleaf Billing Associates, LLC",
    coverage="vendor_covers",
    fee=None,
    desc="Billing-service agreement ('Provider' = the practice): the billing company maintains at its sole expense the CPT licences for its staff and software and will not invoice any of that cost to Provider.",
    font="times",
    size=10,
    running="Copperleaf Billing Associates, LLC — Revenue Cycle Services Agreement",
    blocks=[
        ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
        ("p", "Between <b>Copperleaf Billing Associates, LLC</b> (\"Company\") and Bayside Internal Medicine Group, P.A. (\"Provider\"), dated as of January 15, 2026."),
        ("h", "1. Services"),
        ("p", "Company will provide the revenue cycle services listed in Schedule 1, including charge entry from Provider's encounter forms, coding review by certified coders, claim submission, payment posting, denial follow-up and patient balance statements. Company performs these services in its own billing system."),
        ("h", "2. Fees"),
        ("p", "2.1 Provider shall pay Company 5.5% of all payments collected on Provider's accounts during each calendar month, invoiced by the tenth day of the following month."),
        ("p", "2.2 There is no set-up fee. Printing and postage of patient statements is included for up to 1,000 statements per month; additional statements are charged at $0.55 each."),
        ("h", "3. Licenses and Code Sets"),
        ("p", "3.1 Company shall maintain, at its sole expense, all licenses required for Company's use of CPT® in performing the Services, including the royalties payable to the American Medical Association for Company's coders and billing staff and for the CPT content in Company's billing system. No portion of those license costs will be invoiced or otherwise charged to Provider."),
        ("p", "3.2 Section 3.1 concerns Company's own systems and personnel. It does not license CPT for use in Provider's electronic health record or any other system Provider operates."),
        ("h", "4. Provider Responsibilities"),
        ("p", "Provider shall furnish complete and accurate documentation, notify Company of changes in its providers, locations and payer contracts, and forward all correspondence received from payers within five (5) business days."),
        ("h", "5. Term"),
        ("p", "Initial term of one (1) year, renewing for successive one-year terms unless either party gives sixty (60) days' notice. Sections 3 and 6 survive termination."),
        ("h", "6. Confidentiality and HIPAA"),
        ("p", "Company is a business associate of Provider and shall comply with the Business Associate Agreement attached as Schedule 2."),
        ("sig", [
            ("COPPERLEAF BILLING ASSOCIATES, LLC<br/>By: ______________________<br/>Name: Nadia Fontaine, CEO",
             "BAYSIDE INTERNAL MEDICINE GROUP, P.A.<br/>By: ______________________<br/>Name: Dr. Howard Lin, President"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_clearinghouse_provider_represents",
    vendor="Crossbridge Clearinghouse, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Clearinghouse agreement ('Provider' = the practice): the clearinghouse furnishes no CPT content; Provider warrants it holds and pays for its own CPT licences.",
    font="times",
    size=10,
    running="Crossbridge Clearinghouse, Inc. — Provider Services Agreement",
    blocks=[
        ("title", "PROVIDER SERVICES AGREEMENT"),
        ("sub", "Electronic Data Interchange Services"),
        ("p", "This Agreement is between <b>Crossbridge Clearinghouse, Inc.</b> (\"Crossbridge\") and the health care provider identified on the signature page (\"Provider\"). It is effective on the date Crossbridge activates Provider's submitter account."),
        ("h", "1. Services"),
        ("p", "Crossbridge will receive Provider's claim files from Provider's practice management system, edit them against payer-specific format rules, forward them to payers and return acknowledgments, reports and remittance files."),
        ("h", "2. Fees"),
        ("table", [
            ["Service", "Fee"],
            ["Account activation", "$0.00"],
            ["Electronic claims", "$0.25 per claim"],
            ["Remittance (835) delivery", "Included"],
            ["Monthly account fee", "$49.00"],
        ], {"widths": [0.6, 0.4]}),
        ("h", "3. Provider Data"),
        ("p", "Provider is responsible for the content of its claims, including the accuracy of patient, coverage, diagnosis and procedure information."),
        ("h", "4. Code Sets and Licenses"),
        ("p", "4.1 Crossbridge transmits the procedure and diagnosis codes that Provider places on its claims. Crossbridge does not furnish, sublicense or maintain CPT® content for Provider, and no part of the fees in Section 2 is a royalty for CPT."),
        ("p", "4.2 Provider represents and warrants that it holds, and will maintain throughout the term, all licenses required for its use of CPT codes and descriptors, whether obtained directly from the American Medical Association or through an authorized distributor, and Provider shall bear all fees associated with those licenses."),
        ("h", "5. Term and Termination"),
        ("p", "This Agreement continues month to month. Either party may terminate on thirty (30) days' written notice, or immediately if the other party breaches the Business Associate Agreement."),
        ("h", "6. Warranties"),
        ("p", "Crossbridge does not guarantee that any claim will be accepted or paid by a payer."),
        ("sig", [
            ("Crossbridge Clearinghouse, Inc.<br/>By: ______________________",
             "Provider: Tamarack Pediatric Associates, LLC<br/>By: ______________________<br/>NPI (group): 1902855123"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_billing_client_maintain_license",
    vendor="Ashford Revenue Management, LLC",
    coverage="customer_must_license",
    fee=None,
    desc="Billing-service agreement where the biller works inside the client's PM system: the client must obtain and maintain, at its own expense, a CPT licence covering its staff and the biller's staff.",
    font="helv",
    running="Ashford Revenue Management, LLC — Services Agreement",
    blocks=[
        ("title", "Medical Billing Services Agreement"),
        ("p", "Parties: <b>Ashford Revenue Management, LLC</b> (\"Ashford\") and Quail Run Neurology, P.C. (\"Client\"). Effective date: March 1, 2025."),
        ("h", "1. Scope"),
        ("p", "Ashford will provide remote billing staff who work directly in Client's practice management system, NovaPM, using log-ins issued by Client. Ashford staff will enter charges, submit claims, post payments, work denials and respond to patient billing calls."),
        ("h", "2. Fees"),
        ("ul", [
            "7% of net collections on claims submitted by Ashford.",
            "Credentialing and payer enrollment: $175 per payer application.",
            "Month-end reporting package: included.",
        ]),
        ("h", "3. Systems and Licenses"),
        ("p", "3.1 Client shall provide and maintain the practice management system, clearinghouse account and any other software Ashford staff need to perform the services."),
        ("p", "3.2 Client shall obtain and maintain, at Client's expense, a license to CPT® from the American Medical Association or an AMA-authorized distributor that is sufficient to cover (a) Client's own personnel and (b) every Ashford staff member who uses CPT in Client's systems while performing services for Client. On request Client will confirm to Ashford that such a license is in place."),
        ("p", "3.3 Ashford does not supply CPT content and its fees do not include any CPT royalty."),
        ("h", "4. Term"),
        ("p", "Twelve (12) months, then month to month. Either party may end the agreement on sixty (60) days' notice."),
        ("h", "5. Records"),
        ("p", "All claim and payment records remain Client's property and stay in Client's systems. Ashford keeps only its own work logs."),
        ("sig", [
            ("Ashford Revenue Management, LLC<br/>By: ______________________<br/>Owner",
             "Quail Run Neurology, P.C.<br/>By: ______________________<br/>Practice Manager"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_cpt_pharmacy_technician",
    vendor="Apothecary Staffing Group, LLC",
    coverage="not_addressed",
    fee=None,
    desc="Pharmacy staffing agreement for a clinic dispensary; 'CPT' means Certified Pharmacy Technician (hourly bill rates), not the AMA code set, so CPT licensing is not addressed.",
    font="helv",
    running="Apothecary Staffing Group, LLC — Temporary Staffing Agreement",
    blocks=[
        ("title", "Temporary Staffing Agreement"),
        ("p", "This Agreement is made on August 11, 2025 between <b>Apothecary Staffing Group, LLC</b> (\"ASG\") and Summit Ridge Multispecialty Clinic, S.C. (\"Client\"), which operates an in-clinic dispensary and infusion suite."),
        ("h", "1. Definitions"),
        ("p", "\"CPT\" means a Certified Pharmacy Technician, being a pharmacy technician who holds a current certification from the Pharmacy Technician Certification Board or the National Healthcareer Association and is registered with the state board of pharmacy. \"RPh\" means a licensed pharmacist."),
        ("h", "2. Assignments"),
        ("p", "ASG will place CPTs and RPhs with Client on temporary assignments requested by Client in writing. Each CPT placed will have passed a background check, drug screen and competency assessment within the previous twelve months."),
        ("h", "3. Bill Rates"),
        ("table", [
            ["Position", "Regular hourly rate", "Overtime rate"],
            ["CPT — dispensary", "$34.50", "$51.75"],
            ["CPT — sterile compounding (USP 797 trained)", "$39.00", "$58.50"],
            ["RPh", "$78.00", "$117.00"],
        ], {"widths": [0.5, 0.25, 0.25]}),
        ("p", "Overtime applies to hours over 40 in a workweek. Holiday hours are billed at the overtime rate."),
        ("h", "4. Conversion"),
        ("p", "If Client hires a CPT placed by ASG within 520 hours of assignment, Client shall pay a conversion fee of 15% of the CPT's first-year base salary. No fee applies after 520 hours worked."),
        ("h", "5. Supervision"),
        ("p", "Client's pharmacist-in-charge shall supervise each CPT as required by state law and shall not assign any CPT duties that require a pharmacist's licence."),
        ("h", "6. Insurance"),
        ("p", "ASG maintains workers' compensation, general liability ($1,000,000 per occurrence) and professional liability coverage for its placed employees."),
        ("sig", [
            ("Apothecary Staffing Group, LLC<br/>By: ______________________",
             "Summit Ridge Multispecialty Clinic, S.C.<br/>By: ______________________"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_cpt_cone_penetration",
    vendor="Granite Ridge Geotechnical, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Geotechnical proposal for a practice's new clinic building; 'CPT' means cone penetration test soundings priced per foot, nothing to do with CPT codes.",
    font="times",
    size=10,
    running="Granite Ridge Geotechnical, Inc. — Proposal GRG-25-0612",
    blocks=[
        ("title", "PROPOSAL FOR GEOTECHNICAL ENGINEERING SERVICES"),
        ("sub", "Sycamore Medical Pavilion — proposed two-storey outpatient clinic, Lot 7, Meadowlark Business Park"),
        ("p", "Prepared for: Sycamore Family Physicians, LLP<br/>Prepared by: <b>Granite Ridge Geotechnical, Inc.</b>, 940 Quarry Road, Boulder, CO 80301<br/>Date: May 28, 2025"),
        ("h", "1. Scope of Work"),
        ("p", "We propose to characterise subsurface conditions beneath the proposed building footprint and parking areas using cone penetration testing (CPT), supplemented by two conventional borings for sampling. CPT soundings will be advanced with a 20-tonne truck-mounted rig to refusal or 40 feet, whichever is shallower. Pore-pressure dissipation tests will be performed in two soundings to estimate groundwater depth."),
        ("h", "2. Fee Estimate"),
        ("table", [
            ["Task", "Quantity", "Unit rate", "Amount"],
            ["Mobilization of CPT rig and drill rig", "1 lump sum", "$1,200.00", "$1,200.00"],
            ["CPT soundings (6 locations, est. 40 ft each)", "240 ft", "$14.50 / ft", "$3,480.00"],
            ["Seismic CPT (shear wave velocity), 1 location", "1", "$650.00", "$650.00"],
            ["Conventional borings with sampling", "2 × 25 ft", "$28.00 / ft", "$1,400.00"],
            ["Laboratory testing", "allowance", "—", "$900.00"],
            ["Engineering analysis and report", "lump sum", "—", "$2,750.00"],
            ["Total estimated fee", "", "", "$10,380.00"],
        ], {"widths": [0.46, 0.18, 0.16, 0.2], "right": [3], "boldlast": True}),
        ("h", "3. Schedule"),
        ("p", "Field work can begin within ten business days of authorisation and utility locates. The final report, including CPT logs, soil behaviour type profiles and foundation recommendations, will be issued about three weeks after field work."),
        ("h", "4. Terms"),
        ("p", "Services will be performed under Granite Ridge's General Conditions (rev. 2024), attached. Invoices are issued monthly and are due in thirty days. This proposal is valid for sixty days."),
        ("sig", [
            ("Granite Ridge Geotechnical, Inc.<br/>Elena Marsh, P.E., Principal",
             "Authorized for Sycamore Family Physicians, LLP<br/>Signature: ______________________"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="b_rep_does_not_know",
    vendor="Orchid EHR Solutions, Inc.",
    coverage="unclear",
    fee=None,
    desc="E-mail from the vendor's account executive admitting he does not know whether the CPT royalty is in the quoted price or billed separately; the MSA wording he quotes settles nothing.",
    font="courier",
    size=9.5,
    running="Message export — Outlook",
    blocks=[
        ("mono", "From:    Marcus Bellamy <m.bellamy@orchidehr.example>\nTo:      Dana Kowalski <dkowalski@pinehavenclinic.example>\nCc:      contracts@orchidehr.example\nDate:    Tue, 14 Oct 2025 16:42:07 -0500\nSubject: RE: Quote 2025-1187 / AMA question"),
        ("rule",),
        ("p", "Hi Dana,"),
        ("p", "Thanks for the call this morning. Recapping where we landed on Quote 2025-1187 for Pinehaven Clinic:"),
        ("ul", [
            "Orchid Ambulatory EHR: 5 providers at $279/provider/month",
            "Billing & RCM module: $95/provider/month",
            "Go-live services: $4,250 one-time (I've asked for the 10% discount we talked about)",
        ]),
        ("p", "On your question about the AMA/CPT license: I want to be straight with you, I honestly don't know whether the CPT royalty is built into the per-provider price on your quote or whether it would show up later as its own line item. I've seen it done both ways on other accounts and I don't want to guess. The MSA (section 9.4) only says CPT content is \"made available under Orchid EHR Solutions, Inc.'s arrangements with the American Medical Association\", which doesn't answer it either way."),
        ("p", "I've put the question to our contracts team (copied) and will get back to you as soon as I hear. If it turns out there is a separate charge I'll make sure it's written into the order form before you sign, so there are no surprises."),
        ("p", "Best,<br/>Marcus"),
        ("mono", "Marcus Bellamy | Senior Account Executive\nOrchid EHR Solutions, Inc. | 1-800-555-0192 ext. 418"),
        ("rule",),
        ("mono", "-----Original Message-----\nFrom: Dana Kowalski\nSent: Tuesday, October 14, 2025 11:05 AM\nSubject: Quote 2025-1187 / AMA question"),
        ("p", "Marcus, one more thing before we take this to the partners: does your price include the AMA CPT licence, or is that billed separately? Our current vendor started charging it last year. Thanks, Dana (Practice Manager, Pinehaven Clinic)"),
    ],
)
