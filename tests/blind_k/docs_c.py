from boiler import (B, C, FN, H1, H2, H3, HR, KV, MONO, N, P, PB, Q, R, SIG, SP, T,
                    confidentiality, hipaa, law, liability, misc, payment, support, term, warranty)

DOCS = []

# ------------------------------------------------------------------ quote, unruled table, royalty + admin per location
DOCS.append(dict(
    key="quote-tallmast-locations",
    theme="modern",
    title="Tallmast Quote / Order Q-7731",
    vendor="Tallmast Medical Billing Technologies, Inc.",
    coverage="pass_through",
    fee=(175.00, "location", "year"),
    desc="Quote/order with an unruled price list: AMA CPT royalty $150 plus CPT administration $25 per practice "
         "location per year (labelled as the $175 sum); per-location platform price and 4% escalator are traps.",
    footer="Tallmast Medical Billing Technologies, Inc. - Q-7731 - valid 30 days",
    blocks=[
        P("<font size='15'><b>TALLMAST</b></font><br/><font size='8'>Medical Billing Technologies, Inc. \u00b7 "
          "19 Wharf Street, Portsmouth, NH 03801</font>", lead=19),
        H2("Quote / Order Q-7731"),
        KV([("Prepared for", "Pinegrove Women's Health Partners, PLLC \u2014 3 practice locations (Dover, Exeter, "
                             "Rochester)"),
            ("Prepared by", "Marisol Given, Regional Sales"),
            ("Date", "May 27, 2025"),
            ("Commitment", "3 years from activation")]),
        T([["Service", "Basis", "Price"],
           ["ClaimWorks PM platform", "per practice location per month", "$410.00"],
           ["Real-time eligibility checks", "per transaction", "$0.18"],
           ["AMA CPT\u00ae royalty (pass-through) *", "per practice location per year", "$150.00"],
           ["CPT administration and user reporting *", "per practice location per year", "$25.00"],
           ["Patient text reminders", "per message", "$0.04"],
           ["Onboarding and staff training", "one-time", "$1,200.00"]],
          ruled=False, widths=[0.45, 0.37, 0.18], right=(2,)),
        FN("* The two CPT lines are billed together each January as a single \"CPT Licensing\" charge of $175.00 per "
           "practice location. The royalty portion is remitted to the American Medical Association; the "
           "administration portion is retained by Tallmast for user counting, reporting and audit support. A "
           "location opened during the year is charged in the month it goes live."),
        H3("Terms of this quote"),
        N("1.", "This quote is valid for thirty (30) days. Once signed it becomes an Order between Tallmast Medical "
                "Billing Technologies, Inc. and the customer named above under the Tallmast Terms of Service v4.2, which govern in all respects not stated here."),
        N("2.", "The platform price increases by four percent (4%) on each anniversary of activation. Eligibility "
                "and messaging prices are fixed for the commitment period."),
        N("3.", "Platform fees are billed monthly in advance by ACH. Usage charges are billed monthly in arrears."),
        N("4.", "Customer may add practice locations at the prices above. Locations may be removed only at an "
                "anniversary, on sixty days' notice."),
        N("5.", "Tallmast will sign the Customer's standard business associate agreement, or provide its own."),
        N("6.", "Early termination during the commitment requires payment of 50% of the remaining platform fees."),
        SP(6),
        P("Accepted for Pinegrove Women's Health Partners, PLLC:"),
        P("Signature: ____________________________ &nbsp;&nbsp; Name: ______________________ &nbsp;&nbsp; "
          "Date: ____________"),
    ]))

# ------------------------------------------------------------------ billing service; practice "Provider"; vendor covers
DOCS.append(dict(
    key="billing-lakeward-covers",
    theme="legal",
    title="Lakeward Medical Billing Group Billing and Coding Services Agreement",
    vendor="Lakeward Medical Billing Group, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Billing-and-coding services agreement (practice = 'Provider'): Lakeward keeps its own AMA licence for "
         "its coders and systems at its own cost, charges none of it to Provider; 6.75% fee is not a CPT fee.",
    hf_font="Times-Roman",
    footer="Lakeward Medical Billing Group, Inc. - BCSA",
    blocks=[
        C("<b>BILLING AND CODING SERVICES AGREEMENT</b>"),
        P("THIS AGREEMENT is made this 3rd day of March, 2025, by and between LAKEWARD MEDICAL BILLING GROUP, INC., an "
          "Illinois corporation (\"Lakeward\"), and NORTH SHORE NEUROLOGY, S.C., an Illinois service corporation "
          "(\"Provider\")."),
        H3("1. Engagement"),
        P("Provider hereby engages Lakeward, and Lakeward agrees, to furnish the coding, billing and accounts "
          "receivable services described herein for professional services rendered by Provider's physicians, and "
          "Lakeward shall perform such services using its own billing system and personnel."),
        H3("2. Lakeward Duties"),
        P("Lakeward shall (a) assign procedure and diagnosis codes to each encounter from documentation Provider "
          "uploads, using coders certified by a nationally recognized credentialing body; (b) prepare and submit "
          "claims within three business days of receipt of complete documentation; (c) post payments and "
          "adjustments; (d) work denials and pursue appeals; (e) issue patient statements; and (f) furnish monthly "
          "management reports."),
        H3("3. Provider Duties"),
        P("Provider shall furnish complete and legible documentation, patient demographic and insurance "
          "information, and copies of payer correspondence; shall review and respond to coding queries within five "
          "business days; and shall retain final responsibility for the medical necessity and accuracy of services "
          "billed in its name."),
        H3("4. Compensation"),
        P("Provider shall pay Lakeward six and three-quarters percent (6.75%) of Net Collections received in each "
          "calendar month, together with $4.00 for each patient statement mailed. Lakeward shall invoice monthly "
          "and payment shall be due within fifteen (15) days."),
        H3("5. Code Sets"),
        N("5.1", "Lakeward Medical Billing Group, Inc. maintains, at its own cost, all licenses required for the CPT\u00ae code set used by its "
                 "coding staff and within its billing system, including its license from the American Medical "
                 "Association. No part of that cost shall be charged to Provider, and Provider is not required to "
                 "obtain a CPT license in order to receive the Services."),
        N("5.2", "Section 5.1 does not extend to any software that Provider licenses from others, including "
                 "Provider's own electronic health record, which remains subject to its vendor's terms."),
        *hipaa("6", "Lakeward", "Provider", variant=1),
        *term("7", "Lakeward", "Provider", variant=2, months=12),
        H3("8. Records on Termination"),
        P("Upon termination Lakeward shall, for ninety (90) days, continue to work claims submitted before the "
          "termination date for the same compensation, and shall deliver to Provider an electronic export of "
          "Provider's accounts in a commonly used format."),
        *law("9", state="Illinois", variant=2),
        SIG(("LAKEWARD MEDICAL BILLING GROUP, INC.", None), ("NORTH SHORE NEUROLOGY, S.C.", None)),
    ]))

# ------------------------------------------------------------------ clearinghouse, no CPT at all
DOCS.append(dict(
    key="clearinghouse-plainmoor-terms",
    theme="modern",
    title="Plainmoor EDI Network Clearinghouse Services Terms",
    vendor="Plainmoor EDI Network, LLC",
    coverage="not_addressed",
    fee=None,
    desc="Clearinghouse services terms (X12 837/835/270/271, per-claim fees, enrollment, HIPAA); no mention of "
         "CPT or any code-set licensing.",
    footer="Plainmoor EDI Network, LLC - CST-2025",
    blocks=[
        H1("Clearinghouse Services Terms"),
        P("These terms apply when a health care provider, or a billing service acting for one (\"Submitter\"), "
          "enrolls with <b>Plainmoor EDI Network, LLC</b> (\"Plainmoor\") to exchange electronic transactions with "
          "health plans. Submitter accepts them by signing the enrollment form or by sending its first transaction."),
        H3("1. Transactions supported"),
        B(["837P and 837I claims, including secondary and tertiary claims with COB data;",
           "835 electronic remittance advice, delivered as files and as printable EOB views;",
           "270/271 eligibility and benefits inquiries, real-time and batch;",
           "276/277 claim status inquiries and 277CA acknowledgments;",
           "drop-to-paper claims for payers that do not accept electronic transactions."]),
        H3("2. Enrollment"),
        P("Some payers require an enrollment before they will accept claims or send remittances. Plainmoor will "
          "prepare payer enrollment forms for Submitter's signature. Enrollment times are set by payers and may "
          "exceed thirty days."),
        H3("3. Fees"),
        T([["Service", "Fee"],
           ["Monthly access (per billing NPI)", "$25.00"],
           ["Electronic claims", "$0.29 each, or unlimited for $99.00 per billing NPI per month"],
           ["ERA", "included"],
           ["Eligibility inquiries", "$0.12 each after 200 per month"],
           ["Drop-to-paper claims", "$0.65 each plus postage"],
           ["Payer enrollment", "no charge"]], widths=[0.42, 0.58]),
        H3("4. Submitter obligations"),
        P("Submitter is responsible for the content of its transactions, including the accuracy of patient, "
          "provider and service data, and for correcting rejected transactions. Plainmoor edits transactions for "
          "format and payer-specific rules but does not review clinical documentation."),
        H3("5. Data handling"),
        P("Plainmoor keeps transaction files for seven years and acknowledgments for two years. Plainmoor acts as a "
          "health care clearinghouse and, where it processes protected health information for Submitter, as its "
          "business associate."),
        *payment("6", "Plainmoor", "Submitter", variant=1),
        *term("7", "Plainmoor", "Submitter", variant=1),
        *liability("8", "Plainmoor", "Submitter", variant=1),
        *law("9", state="Kansas", variant=0),
    ]))

# ------------------------------------------------------------------ renewal letter, unit not stated
DOCS.append(dict(
    key="renewal-quillon-solo",
    theme="letter",
    title="Quillon Health Data - renewal notice QH-20417",
    vendor="Quillon Health Data, Inc.",
    coverage="pass_through",
    fee=(38.00, None, "year"),
    desc="Renewal letter to a solo practice: annual 'CPT License Fee' of $38.00 for 2026 (was $36.00) collected "
         "for the AMA royalty; no per-unit basis given (unit null); 5% plan increase is a trap.",
    blocks=[
        P("<font name='Helvetica-Bold' size='14'>Quillon Health Data, Inc.</font><br/>"
          "<font name='Helvetica' size='8'>725 Kingsley Road, Suite 14 \u00b7 Lexington, KY 40502 \u00b7 "
          "accounts@quillon.example</font>", lead=18),
        SP(10),
        P("November 3, 2025"),
        P("Miriam Sato, M.D.<br/>Sato Dermatology, PLLC<br/>1120 Tates Creek Road<br/>Lexington, KY 40502"),
        P("<b>Re: Renewal of your Quillon Chart subscription \u2014 Account QH-20417</b>"),
        P("Dear Dr. Sato,"),
        P("Thank you for another year with Quillon. Your Quillon Chart subscription renews automatically on "
          "January 1, 2026 for a further twelve months. This letter sets out what will appear on your renewal "
          "invoice, which we will issue on December 15, 2025."),
        T([["Item", "2025", "2026"],
           ["Quillon Chart Solo plan (annual)", "$2,640.00", "$2,772.00"],
           ["e-Prescribing add-on (annual)", "$300.00", "$300.00"],
           ["CPT License Fee (annual)", "$36.00", "$38.00"],
           ["Total", "$2,976.00", "$3,110.00"]],
          widths=[0.56, 0.22, 0.22], right=(1, 2), boldlast=True),
        P("The plan price rises by five percent, as Section 4.2 of your subscription agreement permits. The CPT "
          "License Fee is the amount Quillon collects to cover the American Medical Association's royalty on the "
          "CPT codes built into Quillon Chart; it has gone up because the AMA's rate for 2026 is higher. We add "
          "nothing to it for ourselves."),
        P("You don't need to do anything to renew. If you would prefer not to renew, or would like to move to the "
          "Group plan because you are adding a clinician, please let us know in writing by December 1, 2025."),
        P("With best regards,"),
        SP(12),
        P("Owen Hargreave<br/>Customer Accounts Manager<br/>Quillon Health Data, Inc."),
        SP(6),
        FN("Quillon Chart is a registered trademark of Quillon Health Data, Inc. CPT is a registered trademark of the "
           "American Medical Association."),
    ]))

# ------------------------------------------------------------------ the practice's own AMA internal-use licence
DOCS.append(dict(
    key="ama-internal-use-brookfield",
    theme="legal",
    title="Internal Use License Agreement - CPT Standard",
    vendor="American Medical Association",
    coverage="customer_must_license",
    fee=None,
    desc="An internal-use licence that the practice signs directly with the AMA (entity fee + per-user royalty): "
         "the practice licenses CPT itself; no vendor pass-through, so cpt_fee is null.",
    hf_font="Times-Roman",
    footer="Internal Use License - Licensee No. IU-25-04417",
    blocks=[
        C("<b>AMERICAN MEDICAL ASSOCIATION</b><br/>INTERNAL USE LICENSE AGREEMENT<br/>"
          "Current Procedural Terminology (CPT\u00ae) Standard Data File"),
        SP(4),
        KV([("Licensee", "Brookfield Family Medicine, P.C., 42 Marsh Road, Brookfield, CT 06804"),
            ("Licensee No.", "IU-25-04417"),
            ("Annual release", "2025"),
            ("Licensed users", "14 (counting users model)"),
            ("Product in which used", "Licensee's in-house charge-entry database and fee-schedule spreadsheets")]),
        P("This Internal Use License Agreement is between the American Medical Association (\"AMA\") and the Licensee "
          "named above, and takes effect when signed by both."),
        N("1.", "<b>Grant.</b> AMA grants Licensee a non-exclusive, non-transferable license to use the CPT Standard "
                "data file for the annual release stated above, solely for Licensee's internal purposes, by the "
                "number of Users stated above, in the United States."),
        N("2.", "<b>Users.</b> A User is an individual who accesses, uses or manipulates CPT, who uses a program "
                "containing CPT to produce output that could not exist without it, or who makes use of such output. "
                "Users are counted individually, not concurrently. Licensee shall report any increase in Users "
                "within thirty days and pay the corresponding royalty."),
        N("3.", "<b>Royalty.</b> Licensee shall pay the royalty in the Royalty Schedule, calculated as an entity fee "
                "of $82.50 plus $18.50 for each User, for the annual release. Royalties are non-refundable."),
        N("4.", "<b>Restrictions.</b> Licensee shall not distribute, sublicense, sell or publish CPT, make it "
                "available to any affiliate or other legal entity, or use it in any product or service provided to "
                "third parties. Use in software supplied by a vendor is not covered by this Agreement unless the "
                "vendor's product is identified above."),
        N("5.", "<b>Notices.</b> Licensee shall reproduce the notice \"CPT \u00a9 American Medical Association. All "
                "rights reserved.\" on any internal report that displays CPT descriptors."),
        N("6.", "<b>Audit.</b> AMA may, on thirty days' notice and not more than once a year, audit Licensee's records "
                "of Users. If an audit shows an underpayment of more than five percent, Licensee shall pay the "
                "shortfall and the reasonable cost of the audit."),
        N("7.", "<b>Term.</b> This Agreement applies to the annual release stated above and ends on December 31 of "
                "that year unless renewed for the next annual release by payment of the applicable royalty."),
        N("8.", "<b>Disclaimer.</b> CPT is provided \"as is\". AMA does not directly or indirectly practice medicine, "
                "and it accepts no liability for any content that CPT includes or omits."),
        N("9.", "<b>General.</b> This Agreement is governed by the laws of the State of Illinois."),
        T([["Royalty Schedule (2025 release)", "Amount"],
           ["Entity fee", "$82.50"],
           ["Users: 14 x $18.50", "$259.00"],
           ["Total due on signature", "$341.50"]], widths=[0.7, 0.3], right=(1,), boldlast=True),
        SIG(("AMERICAN MEDICAL ASSOCIATION", None), ("BROOKFIELD FAMILY MEDICINE, P.C.", "Dr. Aaron Whitcombe")),
    ]))

# ------------------------------------------------------------------ MSA: each party licenses for its own performance
DOCS.append(dict(
    key="msa-thornbury-each-party",
    theme="legal",
    title="Thornbury Software Group Master License Agreement",
    vendor="Thornbury Software Group, Inc.",
    coverage="unclear",
    fee=None,
    desc="Master licence agreement saying each party obtains 'such licenses to third-party code sets, including "
         "CPT, as may be required for its own performance'; whose licence covers the practice's use is left open.",
    hf_font="Times-Roman",
    footer="Thornbury Software Group, Inc. - MLA 11/2025",
    blocks=[
        C("<b>MASTER LICENSE AGREEMENT</b>"),
        P("This Master License Agreement (\"Agreement\") is entered into as of November 17, 2025 (\"Effective Date\") by "
          "and between Thornbury Software Group, Inc., a Virginia corporation having its principal place of business "
          "at 1400 Wilson Boulevard, Arlington, Virginia (\"Thornbury\"), and Potomac Heights Surgical Associates, "
          "P.C. (\"Customer\"), each a \"party\" and together the \"parties\"."),
        H3("1. License"),
        P("Subject to the terms and conditions of this Agreement and payment of the applicable fees, Thornbury grants "
          "to Customer a non-exclusive, non-transferable, non-sublicensable license, for the term set forth in each "
          "Schedule, to access and use the surgical scheduling, case costing and charge capture software identified "
          "in such Schedule (the \"Software\") for Customer's internal business operations."),
        H3("2. Fees"),
        P("Customer shall pay the license, hosting and support fees set forth in each Schedule. The current Schedule "
          "provides for an annual license fee of $18,400.00 for up to eight (8) surgeons and twenty (20) staff users, "
          "payable annually in advance."),
        *payment("", "Thornbury", "Customer", variant=2),
        H3("3. Third-Party Materials"),
        N("3.1", "The Software may incorporate or interoperate with data, code sets and software owned by third "
                 "parties (\"Third-Party Materials\"). Third-Party Materials are provided subject to the terms of "
                 "their respective owners."),
        N("3.2", "Each party shall be responsible, at its own cost, for obtaining such licenses to third-party code "
                 "sets, including CPT\u00ae, as may be required for its own performance under this Agreement."),
        N("3.3", "CPT is a registered trademark of the American Medical Association."),
        *confidentiality("4", "Thornbury", "Customer", variant=2),
        *warranty("5", "Thornbury", "Customer", variant=0),
        *liability("6", "Thornbury", "Customer", variant=0),
        *term("7", "Thornbury", "Customer", variant=2, months=36),
        *law("8", state="Virginia", variant=0),
        SIG(("THORNBURY SOFTWARE GROUP, INC.", None), ("POTOMAC HEIGHTS SURGICAL ASSOCIATES, P.C.", None)),
    ]))

# ------------------------------------------------------------------ e-mail: vendor covers, casual
DOCS.append(dict(
    key="email-harrowlight-no-fee",
    theme="email",
    title="Re: AMA license - do we owe anything?",
    vendor="Harrowlight Software, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Account manager e-mail: Harrowlight is licensed by the AMA to distribute CPT and pays the royalty for "
         "the practice's users inside the $54/user/month price; no CPT invoice from vendor or AMA.",
    blocks=[
        KV([("From:", "Marcus Bell &lt;marcus.bell@harrowlight.example&gt;"),
            ("To:", "Priya Natarajan &lt;office@cedarpointpeds.example&gt;"),
            ("Sent:", "Monday, March 2, 2026 8:55 AM"),
            ("Subject:", "Re: AMA license - do we owe anything?"),
            ("Attachments:", "Harrowlight_CPT_End_User_Terms.pdf")]),
        HR(),
        P("Morning Priya,"),
        P("Short answer: no, you don't owe anything for CPT."),
        P("Harrowlight Software, Inc. is licensed by the AMA to distribute CPT, and we pay the AMA's royalty for "
          "every one of your users ourselves. It's baked into the $54 per user per month you already pay, and it's "
          "been that way since you signed in 2022. You won't get an invoice for CPT from us or from the AMA for "
          "anything you do inside Harrowlight."),
        P("The article you forwarded is about vendors who have started passing that cost on to practices. We looked "
          "at it and decided not to."),
        P("Two caveats, so nobody is surprised later:"),
        B(["Our licence covers Harrowlight only. If your outside billing company codes in their own system, that's "
           "between you and them.",
           "If you ever export CPT descriptions into something else (a spreadsheet you share with a payer, say), "
           "that use isn't covered by us."]),
        P("I've attached our CPT end-user terms for your files \u2014 it's the same document as Exhibit D of your "
          "agreement."),
        P("Have a good week,<br/>Marcus"),
        P("Marcus Bell \u00b7 Customer Success Lead<br/>Harrowlight Software, Inc. \u00b7 12 Beacon Court, Troy, MI "
          "48084"),
        HR(),
        MONO("> From: Priya Natarajan\n"
             "> Sent: Friday, February 27, 2026 4:12 PM\n"
             "> Marcus, one of our docs saw an article saying EHR companies\n"
             "> are charging an AMA license fee now. Do we owe anything?\n"
             "> We have 4 providers and 12 staff on Harrowlight.\n"
             "> Thanks, Priya - Cedar Point Pediatrics"),
    ]))

# ------------------------------------------------------------------ MSA cross-reference to Schedule B, per user per month
DOCS.append(dict(
    key="msa-halvorsen-schedule-b",
    theme="legal_sans",
    title="Halvorsen Clinical Informatics Master Services Agreement",
    vendor="Halvorsen Clinical Informatics, Inc.",
    coverage="pass_through",
    fee=(4.00, "user", "month"),
    desc="MSA body requires reimbursement of 'the Content Fee set out in Schedule B'; Schedule B (page 2) sets "
         "CPT at US$4.00 per Authorized User per month; the drug-database fee and platform fee are traps.",
    footer="Halvorsen Clinical Informatics, Inc. - MSA HCI-2025-77",
    blocks=[
        H1("Master Services Agreement"),
        P("This Master Services Agreement (\"Agreement\") dated January 20, 2025 is between <b>Halvorsen Clinical "
          "Informatics, Inc.</b>, a Minnesota corporation (\"Halvorsen\"), and <b>Twin Lakes Cardiology, P.A.</b> "
          "(\"Customer\")."),
        H3("1. Definitions"),
        P("\"Authorized User\" means an individual employee or contractor of Customer to whom Customer issues "
          "credentials for the Services. \"Services\" means the Halvorsen cardiology information system, including "
          "structured reporting, device integration, charge capture and analytics. \"Third-Party Content\" means "
          "code sets, terminologies and knowledge bases licensed to Halvorsen by their owners and made available "
          "through the Services."),
        H3("2. Provision of Services"),
        P("Halvorsen shall provide the Services in accordance with the Documentation and the service levels in "
          "Schedule C. Customer shall use the Services only for its own patients and operations."),
        H3("3. Fees"),
        P("Customer shall pay the subscription fees set out in Schedule A and the Content Fee described in Section "
          "5.2. All fees are stated and payable in U.S. dollars."),
        *payment("", "Halvorsen", "Customer", variant=0),
        H3("4. Term"),
        P("This Agreement has an initial term of three years from the Effective Date and renews for one-year terms "
          "unless either party gives ninety days' notice of non-renewal."),
        H3("5. Third-Party Content"),
        N("5.1", "Halvorsen grants Customer a sublicense to use Third-Party Content solely within the Services, "
                 "subject to the owners' end-user terms reproduced in Schedule D."),
        N("5.2", "Customer shall reimburse Halvorsen for the Content Fee set out in Schedule B, which represents the "
                 "royalties Halvorsen owes to third-party content owners for Customer's use of their content through "
                 "the Services. Halvorsen may adjust the Content Fee on sixty days' notice to reflect changes in "
                 "those royalties."),
        *confidentiality("6", "Halvorsen", "Customer", variant=0),
        *hipaa("7", "Halvorsen", "Customer", variant=0),
        *liability("8", "Halvorsen", "Customer", variant=0),
        *law("9", state="Minnesota", variant=0),
        H2("Schedule A \u2014 Subscription Fees"),
        T([["Service", "Fee"],
           ["Cardiology information system", "$210.00 per provider per month"],
           ["Device integration (per interfaced modality)", "$95.00 per month"],
           ["Analytics module", "$350.00 per month"]], widths=[0.55, 0.45]),
        H2("Schedule B \u2014 Content Fees"),
        T([["Content", "Owner", "Content Fee", "Billing"],
           ["CPT\u00ae (Current Procedural Terminology)", "American Medical Association",
            "US$4.00 per Authorized User per month", "quarterly in arrears"],
           ["ICD-10-CM", "CDC / CMS (public domain)", "no charge", "\u2014"],
           ["SNOMED CT, US Edition", "NLM (UMLS license)", "no charge", "\u2014"],
           ["RxLattice drug knowledge base", "RxLattice, Inc.", "US$2.25 per prescriber per month",
            "quarterly in arrears"]],
          widths=[0.27, 0.26, 0.27, 0.20], small=True),
        SIG(("HALVORSEN CLINICAL INFORMATICS, INC.", None), ("TWIN LAKES CARDIOLOGY, P.A.", None)),
    ]))

# ------------------------------------------------------------------ managed IT services, no CPT
DOCS.append(dict(
    key="msp-steelwick-medical-office",
    theme="modern",
    title="Steelwick Managed IT Managed Services Agreement",
    vendor="Steelwick Managed IT, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Managed IT services agreement for a medical office (help desk, backups, security, per-device pricing); "
         "the EHR is third-party software Steelwick supports but does not license; no CPT content at all.",
    footer="Steelwick Managed IT, Inc. - MSA-MED v3",
    blocks=[
        H1("Managed Services Agreement \u2014 Medical Office Plan"),
        P("Between <b>Steelwick Managed IT, Inc.</b> (\"Steelwick\"), 88 Foundry Street, Bethlehem, PA 18015, and "
          "<b>Lehigh Valley Allergy &amp; Asthma, LLC</b> (\"Client\"). Effective date: January 6, 2026."),
        H3("1. What's covered"),
        B(["Unlimited remote help desk for Client staff, 7 a.m.-7 p.m. Eastern, Monday to Friday;",
           "patching, antivirus and endpoint detection on covered workstations and servers;",
           "nightly encrypted backups of servers and Microsoft 365, with a tested restore each quarter;",
           "firewall and Wi-Fi management at Client's two offices;",
           "an annual HIPAA Security Rule risk assessment and written report;",
           "vendor coordination with Client's EHR, phone and imaging vendors."]),
        H3("2. What isn't covered"),
        P("Hardware purchases, on-site projects over four hours, and licences for line-of-business applications are "
          "outside the monthly fee. Steelwick supports, but does not license or resell, Client's electronic health "
          "record and practice management software; those remain under Client's agreements with their vendors."),
        H3("3. Pricing"),
        T([["Item", "Unit", "Monthly"],
           ["Covered workstation", "per device", "$89.00"],
           ["Covered server", "per server", "$245.00"],
           ["Microsoft 365 backup", "per mailbox", "$4.00"],
           ["After-hours emergency response", "per hour", "$175.00 (billed as used)"]],
          widths=[0.45, 0.25, 0.30]),
        P("Client has 14 workstations, 1 server and 19 mailboxes at signing; the first invoice will be $1,567.00. "
          "Devices added or removed are reflected on the next invoice."),
        H3("4. Response times"),
        P("Critical (practice cannot see patients): 30 minutes. High (one workstation down): 2 hours. Normal: next "
          "business day."),
        *confidentiality("5", "Steelwick", "Client", variant=1),
        *hipaa("6", "Steelwick", "Client", variant=1),
        *term("7", "Steelwick", "Client", variant=0, months=24),
        *liability("8", "Steelwick", "Client", variant=1),
        *law("9", state="Pennsylvania", variant=0),
        SIG(("STEELWICK MANAGED IT, INC.", None), ("LEHIGH VALLEY ALLERGY & ASTHMA, LLC", None)),
    ]))

# ------------------------------------------------------------------ order form, unruled, client supplies CPT
DOCS.append(dict(
    key="orderform-wrenfield-client-content",
    theme="modern",
    title="Wrenfield Analytics Order Form",
    vendor="Wrenfield Analytics, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Analytics order form (unruled): 'CPT descriptors - not included - Client to supply licensed CPT content'; "
         "Section 5 requires Client to load CPT licensed from the AMA for all Users; $95 seat price is a trap.",
    footer="Wrenfield Analytics, Inc. - Order Form WA-2026-014",
    blocks=[
        H1("Order Form WA-2026-014"),
        P("<b>Wrenfield Analytics, Inc.</b> \u00b7 300 Congress Avenue, Austin, TX 78701<br/>"
          "Client: <b>Hill Country Orthopedic Group, PLLC</b> \u00b7 Start date: February 1, 2026 \u00b7 Term: 12 "
          "months"),
        HR(),
        T([["Item", "Quantity", "Price"],
           ["RCM Insights analyst seats", "5 users", "$95.00 per user per month"],
           ["Data connector for Client's PM system", "1", "$250.00 per month"],
           ["Payer contract modeling module", "1", "$400.00 per month"],
           ["CPT descriptors", "\u2014", "Not included \u2014 Client to supply licensed CPT content (see Section 5)"],
           ["Setup and historical data load (24 months)", "1", "$2,000.00 one-time"]],
          ruled=False, widths=[0.42, 0.16, 0.42]),
        HR(),
        H3("Terms"),
        N("1.", "<b>Agreement.</b> This Order Form is governed by the Wrenfield Subscription Terms dated March 2024."),
        N("2.", "<b>Billing.</b> Monthly fees are invoiced quarterly in advance; setup is invoiced at signing; net 30."),
        N("3.", "<b>Users.</b> Each seat is for one named individual. Read-only dashboard viewers are free."),
        N("4.", "<b>Data.</b> Client authorizes Wrenfield to extract claim, remittance and charge data from its PM "
                "system through the connector."),
        N("5.", "<b>Client Content.</b> Reports display CPT code numbers from Client's own claims data. They display "
                "CPT descriptors only if Client loads them from a CPT data file that Client has licensed from the "
                "American Medical Association, or from an AMA-authorized distributor, for all of its Users. Wrenfield "
                "does not sublicense CPT and charges no fee for CPT. Client shall keep its CPT license current for "
                "each annual release it loads."),
        N("6.", "<b>Renewal.</b> The Order Form renews for twelve months unless either party gives 45 days' notice. "
                "Seat prices on renewal may rise by up to 5%."),
        SIG(("WRENFIELD ANALYTICS, INC.", None), ("HILL COUNTRY ORTHOPEDIC GROUP, PLLC", None)),
    ]))
