"""Documents in which the vendor charges the practice a separate CPT/AMA fee."""
from _common import doc, fee, number, sections, web_chrome, web_footer

# ---------------------------------------------------------------- P01 help-centre FAQ, total stated
V = "Brightwater Notes, Inc."
doc("p01", "pass_through", V,
    "Help-centre FAQ of a therapy EHR: annual AMA fee of $21 per clinician (stated total of $19.25 royalty + $1.75 processing).",
    web_chrome("help.brightwaternotes.com", ["Billing and Account", "Fees"], "Updated 4 months ago") + [
        ("title", "The annual AMA CPT\u00ae fee: questions and answers"),
        ("p", "Brightwater gives every clinician built-in access to CPT\u00ae (Current Procedural Terminology) codes, "
              "the procedure codes that the American Medical Association (AMA) owns and maintains. The AMA "
              "collects a royalty for each clinician who can reach those codes inside software such as ours, and "
              "Brightwater Notes, Inc. (\"Brightwater\", \"we\") passes that royalty on to practices once a year. "
              "These are the questions our billing team hears most."),
        ("qa", "What exactly am I being charged?",
         "An annual AMA fee of $21 for each clinician on your account. It is made up of the $19.25 royalty that "
         "the AMA charges us and a $1.75 processing fee that covers the cost of counting, reporting and remitting "
         "it."),
        ("qa", "Is the fee charged per practice or per clinician?",
         "Per clinician. Seats that are admin-only (front desk, billers without a caseload, supervisors who never "
         "document) are not counted."),
        ("qa", "When will the charge appear?",
         "On your first statement after January 1. A clinician added part-way through the year is charged on the "
         "next statement after they are added, and is not charged again that year."),
        ("qa", "Can I pay the AMA directly instead?",
         "No. Because the codes are delivered inside Brightwater, the AMA bills us as its distributor, and we "
         "collect the royalty from you."),
        ("qa", "I'm private pay only. Do I still pay?",
         "Yes. The codes are available to every clinician whether or not you file claims, and the AMA counts "
         "access rather than claims."),
        ("qa", "Will the amount go up?",
         "The AMA reviews its royalty each year and has tended to raise it by small amounts. We will e-mail "
         "account owners at least 30 days before any change takes effect."),
        ("qa", "Is sales tax added?", "Not at present. If that changes in your state we will tell you first."),
        ("qa", "I use another billing tool as well. Will I be charged twice?",
         "We can only speak for Brightwater. The AMA licenses each product separately, so other tools may have "
         "their own arrangements."),
        ("qa", "Can I opt out?",
         "Only by removing the clinician from your account before January 1. Clinicians without CPT access "
         "cannot create superbills or claims."),
    ] + web_footer(V, ["Related articles: Reading your statement  \u00b7  Adding a clinician  \u00b7  Updating your card"]),
    fee_=fee(21.00, "provider", "year"), font="Helvetica", size=10, accent="#2a6f97", title="AMA CPT fee FAQ")

# ---------------------------------------------------------------- P02 pricing page, plan columns
V = "Larkspur Health Software LLC"
doc("p02", "pass_through", V,
    "Pricing page with plan columns priced per user per month (subscription, not CPT); footnote bills an AMA CPT licence fee of $18.50 per provider per year on all plans.",
    [("small", "larkspurhealth.com/pricing"),
     ("title", "Simple pricing for practices of every size"),
     ("p", "Larkspur PM combines scheduling, charting, claims and patient payments in one login. Pick the plan "
           "that fits today and change plans at any time. Prices are per user per month, billed annually."),
     ("table", [
         ["", "Solo", "Group", "Enterprise"],
         ["Price", "$59 / user / month", "$49 / user / month", "Talk to sales"],
         ["Users", "1\u20133", "4\u201350", "51+"],
         ["Electronic claims", "Unlimited", "Unlimited", "Unlimited"],
         ["Real-time eligibility", "250 checks / mo", "Unlimited", "Unlimited"],
         ["Patient portal and text reminders", "\u2713", "\u2713", "\u2713"],
         ["CPT\u00ae and ICD-10 code search*", "\u2713", "\u2713", "\u2713"],
         ["Custom reports", "\u2014", "\u2713", "\u2713"],
         ["Dedicated success manager", "\u2014", "\u2014", "\u2713"],
         ["Onboarding", "Self-guided", "2 live sessions", "Project-managed"],
     ], {"widths": [0.31, 0.23, 0.23, 0.23], "ruled": "lines"}),
     ("small", "* CPT\u00ae content is licensed from the American Medical Association. An AMA CPT licence fee of "
               "$18.50 per provider per year is billed separately on all plans, on your January invoice (or your "
               "first invoice, if you join mid-year). A provider is a clinician who renders billable services; "
               "staff-only users are not counted. ICD-10-CM and HCPCS Level II updates are included at no charge."),
     ("h", "Pricing questions"),
     ("qa", "Is there a setup fee?", "No setup fee on Solo or Group. Enterprise onboarding is quoted with your plan."),
     ("qa", "Can I pay monthly?", "Yes, for a 10% premium over the annual price."),
     ("qa", "What happens if I add users mid-year?", "New users are prorated to your renewal date."),
     ("qa", "Do you offer discounts for non-profits?", "Yes. Community health centers receive 15% off Group pricing."),
     ("sp", 6),
     ("small", "Larkspur Health Software LLC, 2100 Meridian Parkway, Suite 400, Raleigh, NC 27607. Prices in USD; "
               "taxes extra where applicable. CPT is a registered trademark of the American Medical Association."),
     ], fee_=fee(18.50, "provider", "year"), font="Helvetica", size=9.5, accent="#3b5b2e", pagenum="")

# ---------------------------------------------------------------- P03 invoice, royalty + admin fee lines
V = "Cobalt Ridge Medical Systems, Inc."
doc("p03", "pass_through", V,
    "Invoice with several rows; AMA CPT royalty $18.50 and CPT licence administration fee $1.50 per rendering provider on separate lines (sum $20 per provider per year).",
    [("right", "<b>INVOICE</b>"),
     ("p", "<b>Cobalt Ridge Medical Systems, Inc.</b><br/>455 Granite Street, Floor 3<br/>Denver, CO 80202<br/>"
           "billing@cobaltridgemed.com  |  (303) 555-0148"),
     ("kv", [("Invoice number", "CR-2025-010647"), ("Invoice date", "January 6, 2025"),
             ("Customer account", "LOA-00318"), ("Bill to", "Lakeshore Orthopaedic Associates, P.C., Attn: Accounts "
              "Payable, 980 Harbor Drive, Suite 12, Milwaukee, WI 53202"),
             ("Terms", "Net 30 \u2014 due February 5, 2025"), ("Service period", "January 1 \u2013 31, 2025")]),
     ("table", [
         ["Description", "Qty", "Unit price", "Amount"],
         ["CobaltPM Professional subscription \u2014 January 2025 (named users)", "6", "$89.00", "$534.00"],
         ["Electronic claims bundle (up to 1,500 claims per month)", "1", "$145.00", "$145.00"],
         ["AMA CPT\u00ae royalty, calendar year 2025 \u2014 rendering providers", "4", "$18.50", "$74.00"],
         ["CPT license administration fee, calendar year 2025 \u2014 rendering providers", "4", "$1.50", "$6.00"],
         ["Patient statement printing and mailing (312 statements, December)", "312", "$0.62", "$193.44"],
         ["", "", "Subtotal", "$952.44"],
         ["", "", "Sales tax", "$0.00"],
         ["", "", "Total due", "$952.44"],
     ], {"widths": [0.58, 0.08, 0.16, 0.18], "right": [1, 2, 3], "ruled": "grid", "bold_last": True}),
     ("h2", "Notes"),
     ("p", "The AMA royalty and the license administration fee are billed once per calendar year for each rendering "
           "provider enabled on your account on January 1. Providers enabled later in the year are billed on the "
           "following month's invoice. Cobalt Ridge remits the royalty to the American Medical Association as an "
           "authorized distributor of CPT content."),
     ("p", "Payments by ACH to Cobalt Ridge Medical Systems, Inc., account ending 4471, routing 102000021. Please "
           "quote the invoice number. Card payments can be made in the customer portal (a 2.5% convenience fee applies)."),
     ("small", "Questions about this invoice? Call (303) 555-0148, option 2, Monday\u2013Friday 7 a.m.\u20135 p.m. MT."),
     ], fee_=fee(20.00, "provider", "year"), font="Helvetica", size=9.5, accent="#22313f",
    footer="Cobalt Ridge Medical Systems, Inc.  \u2014  Invoice CR-2025-010647")

# ---------------------------------------------------------------- P04 long licence agreement, CPT at s.14, unit in header
V = "Harborline Clinical Software, Inc."
L, C, PR = "Licensor", "Licensee", "Software"
secs = sections([
    ("Definitions", [
        "\"Authorized User\" or \"Named User\" means an individual employee or contractor of Licensee who is "
        "issued a unique login to the Software. \"Documentation\" means Licensor's user guides and release notes. "
        "\"Order\" means an ordering document signed by both parties that references this Agreement. \"Software\" "
        "means Licensor's hosted Harborline EHR and practice management applications identified in an Order. "
        "\"Subscription Fees\" means the recurring fees for the Software stated in Schedule B."]),
    ("Grant of License", [
        "Subject to this Agreement, Licensor grants Licensee a non-exclusive, non-transferable right during the "
        "Term for its Named Users to access and use the Software for Licensee's internal business purposes in the "
        "United States."]),
    ("Restrictions", [
        "Licensee shall not (a) sublicense, resell or make the Software available to any third party, (b) permit "
        "logins to be shared, (c) use the Software to provide service-bureau services, or (d) remove proprietary "
        "notices."]),
    "training", "support:0",
    ("Fees", ["Licensee shall pay the fees set out in Schedule B and in each Order. Subscription Fees are fixed for "
              "the Initial Term. Named Users added during a term are charged pro rata."]),
    "payment:0", "term:0", "termination:0", "confidentiality:0", "hipaa:0", "data:0", "ip:0",
    ("Third-Party Content", [
        "The Software incorporates content that Licensor licenses from third parties, including Current "
        "Procedural Terminology (\"CPT\u00ae\") codes, descriptions and other data owned by the American Medical "
        "Association (\"AMA\").",
        "Licensor is party to a distribution agreement with the AMA and grants Licensee a limited, non-exclusive, "
        "non-transferable sublicense to use CPT content solely within the Software, for Licensee's internal "
        "purposes in the United States, for as long as Licensor's agreement with the AMA remains in effect.",
        "The Subscription Fees do not cover the royalty that the AMA charges for Licensee's Named Users. Licensee "
        "shall pay the CPT Content Fee stated in Schedule B for each Named User, annually in advance, and Licensor "
        "shall remit the corresponding royalty to the AMA.",
        "Licensee consents to Licensor reporting its name and Named User count to the AMA to the extent the AMA "
        "requires, and acknowledges that the AMA is a third-party beneficiary of this Section 14.",
        "Licensee shall not copy, distribute or make CPT content available outside the Software, including to any "
        "affiliate or other legal entity."]),
    "warranty:0", "indemnity:0", "liability:0", "insurance:0", "force:0", "law:0", "notices:0", "entire:0",
], L, C, PR)
doc("p04", "pass_through", V,
    "Long SaaS licence agreement (Licensor/Licensee); CPT clause at section 14 refers to Schedule B, where the CPT Content Fee row shows $16.75 and the unit appears only in the column header 'Fee per Named User'.",
    [("ctitle", "SOFTWARE LICENSE AND SUBSCRIPTION AGREEMENT"),
     ("p", "This Software License and Subscription Agreement (the \"Agreement\") is made as of April 1, 2025 (the "
           "\"Effective Date\") between <b>Harborline Clinical Software, Inc.</b>, a Delaware corporation with offices at "
           "77 Wharf Street, Portland, Maine 04101 (\"Licensor\"), and <b>Greenfield Pediatric Partners, LLC</b>, a "
           "Maine limited liability company (\"Licensee\")."),
     ] + number(secs, "dotted") + [
        ("sp", 10),
        ("h", "SCHEDULE B \u2014 FEES"),
        ("p", "All fees in U.S. dollars. Monthly items are invoiced monthly in advance; annual items are invoiced each "
              "January (or on the Effective Date for the first partial year)."),
        ("table", [
            ["Item", "Billing frequency", "Fee per Named User"],
            ["Subscription \u2014 Harborline EHR Core", "Monthly", "$139.00"],
            ["Subscription \u2014 Practice Management add-on", "Monthly", "$45.00"],
            ["CPT Content Fee (AMA royalty pass-through)", "Annually", "$16.75"],
            ["e-Prescribing (incl. controlled substances)", "Monthly", "Included"],
            ["Patient portal", "Monthly", "Included"],
        ], {"widths": [0.5, 0.22, 0.28], "right": [2], "ruled": "grid"}),
        ("p", "One-time implementation fee: $3,800.00, invoiced on the Effective Date. Initial Named Users: 14."),
        ("sig", [["HARBORLINE CLINICAL SOFTWARE, INC.", ("By", "/s/ Teresa Quan"), ("Title", "Chief Revenue Officer"),
                  ("Date", "March 28, 2025")],
                 ["GREENFIELD PEDIATRIC PARTNERS, LLC", ("By", "/s/ Owen Harker, MD"), ("Title", "Managing Member"),
                  ("Date", "March 31, 2025")]]),
    ], fee_=fee(16.75, "user", "year"), font="Times", size=9.2, margin=0.8,
    footer="Harborline Clinical Software, Inc. \u2014 Confidential")

# ---------------------------------------------------------------- P05 amendment changes the fee
V = "Pinecrest Practice Solutions, LLC"
doc("p05", "pass_through", V,
    "Amendment No. 2 replacing the CPT licence fee clause: old $17.00 per Provider per year becomes $19.50 per Provider per year from 1 Jan 2025.",
    [("ctitle", "AMENDMENT NO. 2 TO PRACTICE MANAGEMENT SERVICES AGREEMENT"),
     ("p", "This Amendment No. 2 (the \"Amendment\") is entered into as of December 2, 2024 by and between "
           "<b>Pinecrest Practice Solutions, LLC</b> (\"Pinecrest\") and <b>Riverside Internal Medicine Group, "
           "PLLC</b> (\"Client\"), and amends the Practice Management Services Agreement between them dated "
           "June 15, 2021, as previously amended by Amendment No. 1 dated March 3, 2023 (together, the "
           "\"Agreement\")."),
     ("h2", "RECITALS"),
     ("p", "A. Section 7.4 of the Agreement currently provides for an annual CPT license fee of seventeen dollars "
           "($17.00) per Provider."),
     ("p", "B. The American Medical Association has increased the royalty it charges Pinecrest for CPT content "
           "distributed within the PM System, and the parties wish to update Section 7.4 accordingly."),
     ("p", "NOW, THEREFORE, the parties agree as follows:"),
     ("num", "1.", "<b>Amendment of Section 7.4.</b> Section 7.4 of the Agreement is deleted in its entirety and "
                   "replaced with the following:"),
     ("quote", "\"7.4 <i>CPT License Fee.</i> Client shall pay Pinecrest an annual CPT license fee of nineteen dollars "
               "and fifty cents ($19.50) per Provider, invoiced each January for all Providers active on the PM "
               "System on January 1, and on the next monthly invoice for any Provider added thereafter. Pinecrest "
               "remits the AMA's royalty from this fee. The fee may be adjusted once per calendar year on thirty "
               "(30) days' written notice to reflect changes in the AMA's royalty.\""),
     ("num", "2.", "<b>Effective Date.</b> This Amendment takes effect on January 1, 2025 (the \"Amendment Effective "
                   "Date\") and applies to the invoice for calendar year 2025 and later years."),
     ("num", "3.", "<b>Definitions.</b> Capitalized terms not defined in this Amendment have the meanings given in "
                   "the Agreement. \"Provider\" continues to mean each physician, nurse practitioner or physician "
                   "assistant whose services are billed through the PM System."),
     ("num", "4.", "<b>No Other Changes.</b> Except as set out in this Amendment, the Agreement remains unchanged and "
                   "in full force and effect. If this Amendment conflicts with the Agreement, this Amendment controls."),
     ("num", "5.", "<b>Counterparts.</b> This Amendment may be signed in counterparts, including by electronic "
                   "signature, each of which is an original and all of which together are one instrument."),
     ("sig", [["PINECREST PRACTICE SOLUTIONS, LLC", ("By", "_______________________"), ("Name", "Gregory Tamsin"),
               ("Title", "VP, Client Services"), ("Date", "12/02/2024")],
              ["RIVERSIDE INTERNAL MEDICINE GROUP, PLLC", ("By", "_______________________"), ("Name", "Anita Roy, MD"),
               ("Title", "President"), ("Date", "12/09/2024")]]),
     ], fee_=fee(19.50, "provider", "year"), font="Times", size=10.5, footer="Amendment No. 2 \u2014 Pinecrest / Riverside")

# ---------------------------------------------------------------- P06 fee-change notice, two components
V = "Meridian Byte Health, Inc."
doc("p06", "pass_through", V,
    "Billing notice announcing the AMA pass-through rising from $18.00 to $18.50 per rendering provider for 2026, with an unchanged $2.00 processing fee (in force: $20.50 per provider per year); no total row given.",
    [("small", "Account notice  \u00b7  Sent to account owners  \u00b7  November 12, 2025"),
     ("title", "Upcoming change to your AMA CPT\u00ae pass-through charge"),
     ("p", "Dear Meridian customer,"),
     ("p", "Each year Meridian Byte Health, Inc. collects the American Medical Association's royalty for CPT\u00ae "
           "codes on the AMA's behalf, for every rendering provider who uses CPT in MeridianEHR. The AMA has told "
           "its distributors that the royalty for the 2026 code year will increase."),
     ("p", "Beginning with your January 2026 statement, the AMA royalty we pass through will increase from $18.00 "
           "to $18.50 per rendering provider per year. Our processing fee, which covers reporting provider counts "
           "to the AMA and remitting payment, stays the same."),
     ("table", [["Component (per rendering provider, per year)", "2025", "2026"],
                ["AMA CPT royalty (pass-through)", "$18.00", "$18.50"],
                ["Meridian processing fee", "$2.00", "$2.00"]],
      {"widths": [0.6, 0.2, 0.2], "right": [1, 2], "ruled": "grid", "head_bg": "#efe9f7"}),
     ("h2", "What you need to do"),
     ("p", "Nothing. The charge will be collected with your January statement using your payment method on file. "
           "If a provider has left your practice, deactivate them before December 31 so that they are not counted "
           "for 2026."),
     ("h2", "Who counts as a rendering provider?"),
     ("p", "Any clinician who is listed as the rendering provider on at least one encounter or claim during the "
           "year. Schedulers, billers and other staff users are not charged."),
     ("p", "If you have questions, reply to this message or contact billing@meridianbyte.health."),
     ("p", "Thank you for being a Meridian customer.<br/>The Meridian Billing Team"),
     ("small", "Meridian Byte Health, Inc.  \u00b7  600 Congress Avenue, Suite 1700, Austin, TX 78701  \u00b7  You are "
               "receiving this service notice because you are an account owner. CPT is a registered trademark of "
               "the American Medical Association."),
     ], fee_=fee(20.50, "provider", "year"), font="Helvetica", size=10, accent="#5b2a86", pagenum="")

# ---------------------------------------------------------------- P07 order form, per location per month
V = "Tidewater EHR Corp."
doc("p07", "pass_through", V,
    "Order form with several monthly rows; CPT Content Licence billed at $7.25 per location per month for 3 locations.",
    [("title", "ORDER FORM"),
     ("kv", [("Order number", "TW-2025-0418"), ("Vendor", "Tidewater EHR Corp., 1 Commerce Plaza, Norfolk, VA 23510"),
             ("Customer", "Bayside Urgent Care Centers, LLC, 2200 Shore Drive, Virginia Beach, VA 23451"),
             ("Locations", "Shore Drive; Kempsville; Great Neck (3)"),
             ("Order start date", "July 1, 2025"), ("Initial term", "36 months"), ("Billing", "Monthly in advance")]),
     ("table", [
         ["Product / service", "Qty", "Unit", "Monthly fee (each)", "Monthly total"],
         ["Tidewater EHR \u2014 clinician licence", "7", "per clinician", "$310.00", "$2,170.00"],
         ["Tidewater EHR \u2014 staff licence", "18", "per user", "$35.00", "$630.00"],
         ["CPT\u00ae Content Licence (AMA)", "3", "per location", "$7.25", "$21.75"],
         ["Kiosk check-in", "3", "per location", "$99.00", "$297.00"],
         ["Cloud fax (1,000 pages)", "1", "per account", "$40.00", "$40.00"],
         ["", "", "", "Monthly total", "$3,158.75"],
     ], {"widths": [0.36, 0.07, 0.16, 0.2, 0.21], "right": [1, 3, 4], "ruled": "grid", "bold_last": True}),
     ("table", [["One-time fees", "Amount"], ["Implementation and data migration", "$6,500.00"],
                ["On-site training (2 days)", "$2,400.00"]],
      {"widths": [0.7, 0.3], "right": [1], "ruled": "lines"}),
     ("h2", "Order terms"),
     ("num", "1.", "This Order Form is governed by the Tidewater Master Subscription Agreement dated July 1, 2025 "
                   "between the parties (the \"MSA\"). Capitalized terms have the meanings in the MSA."),
     ("num", "2.", "The CPT\u00ae Content Licence is a pass-through of royalties due to the American Medical "
                   "Association for CPT codes and descriptors delivered within Tidewater EHR. It covers all users "
                   "at each licensed location. Tidewater may adjust the CPT Content Licence fee on sixty (60) days' "
                   "notice if the AMA changes its royalty."),
     ("num", "3.", "Adding a location adds one unit of each per-location item from the first day of the following month."),
     ("num", "4.", "Fees exclude applicable taxes. Invoices are payable within thirty (30) days."),
     ("num", "5.", "This Order Form becomes binding when signed by both parties."),
     ("sig", [["TIDEWATER EHR CORP.", ("Signature", "________________"), ("Name", "Luis Ferreira"),
               ("Title", "Account Executive")],
              ["BAYSIDE URGENT CARE CENTERS, LLC", ("Signature", "________________"), ("Name", "Karen Okafor"),
               ("Title", "Chief Operating Officer")]]),
     ], fee_=fee(7.25, "location", "month"), font="Helvetica", size=9.3, accent="#0b4f6c",
    footer="Tidewater EHR Corp. \u2014 Order TW-2025-0418")

# ---------------------------------------------------------------- P08 supplier/purchaser, amount in words
V = "Quillfeather Systems Ltd."
S, B, PR = "Supplier", "Purchaser", "System"
secs = sections([
    ("Interpretation", [
        "In this Agreement: \"Practitioner\" means a physician, nurse practitioner, physician assistant or other "
        "licensed clinician employed or engaged by the Purchaser who renders services recorded in the System; "
        "\"System\" means the Supplier's Quill Cardiology Suite software, hosted by the Supplier; \"Year\" means "
        "a calendar year."]),
    ("Supply of the System", [
        "The Supplier shall supply the System to the Purchaser in accordance with this Agreement and the "
        "Specification in Schedule 1, and shall host it in data centres located in the United States."]),
    ("Charges", [
        "The Purchaser shall pay the subscription charges set out in Schedule 2. The subscription charges are "
        "calculated per Practitioner and are fixed for the first two Years."]),
    "payment:1",
    ("Coding Content", [
        "The System incorporates Current Procedural Terminology (CPT\u00ae), which is copyright of the American "
        "Medical Association (the \"AMA\"). The Supplier is licensed by the AMA to distribute CPT within the "
        "System.",
        "In addition to the subscription charges, the Purchaser shall reimburse the Supplier for the royalty "
        "payable to the AMA in respect of the Purchaser's use of CPT, in the sum of twenty-three dollars and "
        "fifty cents per Practitioner for each Year or part of a Year. The reimbursement is invoiced in "
        "January of each Year.",
        "The Purchaser shall not use CPT outside the System and shall ensure that its personnel observe the AMA "
        "notices displayed within the System."]),
    "confidentiality:1", "hipaa:1", "term:1", "liability:1", "force:0", "assignment:0", "law:3",
], S, B, PR)
doc("p08", "pass_through", V,
    "Supplier/Purchaser software supply agreement; CPT royalty reimbursement stated only in words: twenty-three dollars and fifty cents per Practitioner per year.",
    [("ctitle", "SOFTWARE SUPPLY AGREEMENT"),
     ("p", "THIS AGREEMENT is dated 9 January 2025 and is made BETWEEN:"),
     ("num", "(1)", "<b>Quillfeather Systems Ltd.</b>, a company incorporated in the Commonwealth of Massachusetts "
                    "whose principal office is at 40 Atlantic Avenue, Boston, MA 02110 (the \"Supplier\"); and"),
     ("num", "(2)", "<b>Northern Plains Cardiology, P.A.</b>, of 1201 Broadway, Fargo, ND 58102 (the \"Purchaser\")."),
     ("p", "IT IS AGREED as follows:"),
     ] + number(secs, "dotted") + [
        ("h2", "SCHEDULE 2 \u2014 SUBSCRIPTION CHARGES"),
        ("table", [["Element", "Charge"], ["Quill Cardiology Suite, per Practitioner per month", "US$265.00"],
                   ["Echo and Holter interface, per month (flat)", "US$180.00"],
                   ["Onboarding (one-off)", "US$2,000.00"]],
         {"widths": [0.7, 0.3], "right": [1], "ruled": "grid"}),
        ("p", "Practitioners at signature: six (6)."),
        ("sig", [["Signed for and on behalf of QUILLFEATHER SYSTEMS LTD.", ("Name", "Imogen Ashcroft"),
                  ("Position", "Commercial Director")],
                 ["Signed for and on behalf of NORTHERN PLAINS CARDIOLOGY, P.A.", ("Name", "Dr. Raymond Solberg"),
                  ("Position", "President")]]),
    ], fee_=fee(23.50, "provider", "year"), font="Times", size=10, page="A4", margin=0.85,
    footer="Quillfeather Systems Ltd. \u2014 Software Supply Agreement")

# ---------------------------------------------------------------- P09 quote, one-time per organisation
V = "Northgate Coding Tools, Inc."
doc("p09", "pass_through", V,
    "Quotation for desktop coding software with a one-time CPT 2025 data file licence of $145.00 per organisation sold by the vendor; ICD-10 row at no charge.",
    [("title", "QUOTATION"),
     ("kv", [("From", "Northgate Coding Tools, Inc., 18 Mill Pond Road, Concord, NH 03301"),
             ("Prepared for", "Elm Street Surgical Associates, Attn: Brenda Lyle, Revenue Cycle Manager"),
             ("Quote no.", "Q-55120"), ("Date", "October 14, 2024"), ("Valid until", "December 13, 2024")]),
     ("p", "Thank you for your interest in CodeScout Desktop. This quotation covers five coding workstations at your "
           "Concord office."),
     ("table", [
         ["Item", "Basis", "Price"],
         ["CodeScout Desktop perpetual licence (5 workstations)", "one-time", "$1,250.00"],
         ["Annual maintenance and support (20% of licence)", "per year", "$250.00"],
         ["CPT\u00ae 2025 data file licence (AMA content), per organisation", "one-time", "$145.00"],
         ["ICD-10-CM / ICD-10-PCS FY2025 tables (CMS)", "one-time", "No charge"],
         ["HCPCS Level II quarterly files (CMS)", "per year", "No charge"],
         ["Remote installation", "one-time", "$0.00"],
         ["", "Total first-year investment", "$1,645.00"],
     ], {"widths": [0.6, 0.2, 0.2], "right": [2], "ruled": "grid", "bold_last": True}),
     ("h2", "Terms"),
     ("bullets", [
         "The CPT\u00ae data file licence is supplied by Northgate as an AMA-authorised distributor. It covers the "
         "2025 CPT release for all users within your organisation; later releases are quoted separately each autumn.",
         "Maintenance renews annually unless cancelled 30 days before the renewal date.",
         "Prices exclude applicable sales tax. Payment due 30 days from invoice.",
         "This quotation is subject to Northgate's Standard Terms of Sale, available on request.",
     ]),
     ("p", "To accept, sign below and return to sales@northgatecoding.com."),
     ("sig", [["Accepted for Elm Street Surgical Associates", ("Signature", "_______________"), ("Date", "__________")],
              ["Northgate Coding Tools, Inc.", ("Prepared by", "Colin Marsh, Inside Sales"), ("Phone", "(603) 555-0172")]]),
     ], fee_=fee(145.00, "organization", "one_time"), font="Helvetica", size=9.8, accent="#7a3b00")

# ---------------------------------------------------------------- P10 billing service, "Provider" = practice, per TIN
V = "Keystone Revenue Partners, LLC"
Co, Pv, PR = "Company", "Provider", "Billing Platform"
secs = sections([
    ("Services", [
        "Company shall provide the revenue cycle services described in Exhibit 1, including charge entry, claim "
        "submission, payment posting, denial follow-up and patient statements, using Company's Billing Platform. "
        "Provider shall give Company timely and accurate encounter documentation."]),
    ("Provider Responsibilities", [
        "Provider is responsible for the accuracy of all clinical documentation and coding selections made by its "
        "clinicians, for credentialing with payers, and for compliance with payer rules."]),
    ("Compensation", [
        "Provider shall pay Company five and one-half percent (5.5%) of net collections received on claims "
        "submitted by Company, invoiced monthly, subject to a minimum monthly fee of $1,200.00."]),
    ("CPT Licensing", [
        "The Billing Platform incorporates Current Procedural Terminology (CPT\u00ae) content of the American "
        "Medical Association (\"AMA\"), which Company distributes under its own license from the AMA.",
        "Provider shall pay Company an annual CPT Licensing Charge of $200.00 per Provider Tax Identification "
        "Number, invoiced with the first monthly statement of each calendar year. Company remits the applicable "
        "royalty to the AMA on Provider's behalf. The CPT Licensing Charge is in addition to the compensation "
        "in Section 3."]),
    "term:0", "termination:1", "hipaa:1", "confidentiality:0", "liability:0", "independent:0", "law:2", "entire:0",
], Co, Pv, PR)
doc("p10", "pass_through", V,
    "Billing-services agreement where 'Provider' is the practice and 'Company' the vendor; annual CPT Licensing Charge of $200 per Provider Tax Identification Number (organisation).",
    [("ctitle", "REVENUE CYCLE MANAGEMENT SERVICES AGREEMENT"),
     ("p", "This Agreement is made effective February 1, 2025 between <b>Keystone Revenue Partners, LLC</b>, a "
           "Pennsylvania limited liability company (\"Company\"), and <b>Allegheny Sleep and Pulmonary Clinic, "
           "P.C.</b> (\"Provider\")."),
     ] + number(secs, "section") + [
        ("sig", [["KEYSTONE REVENUE PARTNERS, LLC", ("By", "______________"), ("Name", "Denise Marchetti"),
                  ("Title", "Managing Director")],
                 ["ALLEGHENY SLEEP AND PULMONARY CLINIC, P.C.", ("By", "______________"), ("Name", "Paul Nguyen, MD"),
                  ("Title", "Medical Director")]]),
    ], fee_=fee(200.00, "organization", "year"), font="Times", size=10, footer="Keystone Revenue Partners \u2014 RCM Agreement")

# ---------------------------------------------------------------- P11 email thread, two components per user
V = "Silverline MedTech, Inc."
doc("p11", "pass_through", V,
    "E-mail thread: vendor rep confirms the practice pays the vendor an AMA royalty of $18.75 per user plus a $1.25 handling charge per user (sum $20 per user per year), and 11 logins = $220.",
    [("title", "RE: AMA charge on our account?"),
     ("email", [("From", "Marco Delgado &lt;mdelgado@silverlinemedtech.com&gt;"),
                ("To", "Dana Whitcomb &lt;dwhitcomb@foothillfamilyhealth.org&gt;"),
                ("Date", "Tue, 21 Jan 2025 10:42"), ("Subject", "RE: AMA charge on our account?")],
      ["Hi Dana,",
       "Yes, that's right \u2014 it's $220.00 for the year for your 11 logins. It will be on the February invoice.",
       "Marco"]),
     ("email", [("From", "Dana Whitcomb &lt;dwhitcomb@foothillfamilyhealth.org&gt;"),
                ("To", "Marco Delgado &lt;mdelgado@silverlinemedtech.com&gt;"),
                ("Date", "Tue, 21 Jan 2025 09:15"), ("Subject", "RE: AMA charge on our account?")],
      ["Thanks Marco. So for our 11 logins that works out to $220 total?", "Dana"]),
     ("email", [("From", "Marco Delgado &lt;mdelgado@silverlinemedtech.com&gt;"),
                ("To", "Dana Whitcomb &lt;dwhitcomb@foothillfamilyhealth.org&gt;"),
                ("Date", "Mon, 20 Jan 2025 16:03"), ("Subject", "RE: AMA charge on our account?")],
      ["Hi Dana,",
       "Good question, and you're not the first to ask this month. You pay us, not the AMA. Silverline is an "
       "authorized CPT distributor, so the AMA invoices us for every user who can see CPT codes in Silverline PM "
       "and we collect it back from each practice.",
       "For 2025 the AMA royalty is $18.75 per user, and we add a $1.25 handling charge per user to cover the "
       "reporting. Both will show on your February invoice as two separate lines under the heading \"AMA-CPT\".",
       "\"User\" here means every named login that can view or pick CPT codes \u2014 providers, but also front desk "
       "and billing staff if they have charge-entry rights. If someone doesn't need charge access we can remove "
       "it before the count is taken on January 31.",
       "Best,<br/>Marco Delgado<br/>Client Success Manager<br/>Silverline MedTech, Inc. | 3400 Peachtree Rd NE, "
       "Atlanta, GA 30326 | (404) 555-0191"]),
     ("email", [("From", "Dana Whitcomb &lt;dwhitcomb@foothillfamilyhealth.org&gt;"),
                ("To", "support@silverlinemedtech.com"), ("Cc", "Marco Delgado"),
                ("Date", "Mon, 20 Jan 2025 11:27"), ("Subject", "AMA charge on our account?")],
      ["Hello,",
       "One of our physicians got a message saying the AMA is charging practices for CPT codes. Is this coming "
       "from you or from the AMA directly? And is it per doctor or per person? We have 3 providers and 8 staff.",
       "Thank you,<br/>Dana Whitcomb, Practice Manager<br/>Foothill Family Health"]),
     ], fee_=fee(20.00, "user", "year"), font="Helvetica", size=9.6, pagenum="Page %d", accent="#333333")

# ---------------------------------------------------------------- P12 renewal notice
V = "Oakmont Clinical Cloud, LLC"
doc("p12", "pass_through", V,
    "Renewal notice listing renewal items; 'AMA CPT Annual License (per provider)' 3 x $19.00 alongside per-seat subscription rows.",
    [("title", "Your subscription renewal"),
     ("p", "<b>Oakmont Clinical Cloud, LLC</b><br/>PO Box 40912, Columbus, OH 43240"),
     ("kv", [("Customer", "Hilltop Dermatology, PLLC"), ("Account", "OCC-77120"),
             ("Current term ends", "February 28, 2026"), ("Renewal term", "March 1, 2026 \u2013 February 28, 2027"),
             ("Notice date", "December 1, 2025")]),
     ("p", "Dear Dr. Baptiste,"),
     ("p", "Your Oakmont subscription will renew automatically on March 1, 2026 for a further twelve months, as "
           "provided in your Subscription Agreement. Below is a summary of the items that will renew and their "
           "prices for the renewal term. No action is required if everything looks right."),
     ("table", [
         ["Renewal item", "Qty", "Unit price", "Renewal-term price"],
         ["Oakmont EHR Standard \u2014 provider seat ($115.00 per month)", "3", "$1,380.00", "$4,140.00"],
         ["Oakmont EHR \u2014 staff seat ($30.00 per month)", "5", "$360.00", "$1,800.00"],
         ["AMA CPT\u00ae Annual License (per provider)", "3", "$19.00", "$57.00"],
         ["Patient reminders (text and voice)", "1", "$600.00", "$600.00"],
         ["Dermatology image storage, 500 GB", "1", "$420.00", "$420.00"],
         ["", "", "Total", "$7,017.00"],
     ], {"widths": [0.52, 0.08, 0.18, 0.22], "right": [1, 2, 3], "ruled": "lines", "bold_last": True}),
     ("p", "The AMA CPT Annual License is the royalty for CPT codes used in your EHR, collected by Oakmont for the "
           "American Medical Association. It is invoiced in full at the start of each renewal term."),
     ("p", "To add or remove seats, or if you do not wish to renew, please tell us in writing at least 30 days "
           "before February 28, 2026 at renewals@oakmontclinical.com. Renewal prices for seats reflect the 4% "
           "annual adjustment permitted by your agreement."),
     ("p", "Thank you for trusting Oakmont with your practice.<br/>Renewals Team, Oakmont Clinical Cloud, LLC"),
     ], fee_=fee(19.00, "provider", "year"), font="Times", size=10.3, accent="#5a3e1b", pagenum="")

# ---------------------------------------------------------------- P13 EULA: "End User must obtain" from vendor, fee in appendix
V = "Granite Peak Health Information Systems, Inc."
doc("p13", "pass_through", V,
    "End-user licence terms for a coding update file: 'End User must obtain a licence ... for each Provider' from the vendor and pay the fee in Appendix 1 ($27.00 per Provider per annum) - reads like customer_must_license but the vendor sells the licence.",
    [("small", "granitepeakhis.com/legal/cpt-eula"),
     ("ctitle", "END-USER LICENSE TERMS FOR THE GRANITE PEAK CODING UPDATE FILE CONTAINING CPT\u00ae"),
     ("p", "IMPORTANT \u2014 READ CAREFULLY. These End-User License Terms (the \"Terms\") are a legal agreement between "
           "you, either an individual or a single legal entity (\"End User\"), and Granite Peak Health Information "
           "Systems, Inc. (\"Granite Peak\") for the Coding Update File, which contains the American Medical "
           "Association's version of Current Procedural Terminology (\"CPT\u00ae\") (the \"Editorial Content\")."),
     ("p", "BY CLICKING \"ACCEPT\", SIGNING THESE TERMS OR INSTALLING THE CODING UPDATE FILE, YOU AGREE TO BE BOUND BY "
           "THEM. THESE TERMS ARE SEPARATE FROM THE MASTER AGREEMENT BETWEEN YOU AND GRANITE PEAK FOR GRANITE PEAK "
           "SOFTWARE AND SERVICES (THE \"MASTER AGREEMENT\")."),
     ("h2", "1. License terms"),
     ("j", "End User must obtain a license to the Editorial Content within the Coding Update File for each Provider "
           "who uses Granite Peak software or services to bill for medical services, and shall pay Granite Peak "
           "the applicable fee set out in Appendix 1 or in the order form under the Master Agreement. The Editorial "
           "Content is not licensed on a concurrent-use basis. \"Provider\" has the meaning given in the Master "
           "Agreement and includes each physician and mid-level practitioner who bills under his or her own "
           "National Provider Identifier."),
     ("h2", "2. Scope of use"),
     ("j", "Granite Peak, as a party to a license agreement with the AMA, grants End User a non-exclusive, "
           "non-transferable license to use the Editorial Content solely within Granite Peak software, for End "
           "User's internal use in the United States. End User may not publish, distribute, sublicense or create "
           "derivative works from the Editorial Content, or make it available to any other legal entity, including "
           "an affiliate."),
     ("h2", "3. Term"),
     ("j", "The license for each annual release runs for the calendar year for which it is issued and renews on "
           "January 1 for the next release upon payment of the applicable fee."),
     ("h2", "4. Disclaimers"),
     ("j", "The Editorial Content is provided \"as is\" without warranty of any kind. The AMA does not directly or "
           "indirectly practice medicine or dispense medical services. Fee schedules, relative value units, "
           "conversion factors and related components are not assigned by the AMA, are not part of CPT, and the "
           "AMA does not recommend their use. The AMA assumes no liability for data contained or not contained "
           "in the Editorial Content."),
     ("h2", "5. U.S. Government rights"),
     ("j", "The Editorial Content is commercial technical data developed exclusively at private expense by the "
           "AMA. Government use is subject to the applicable FAR and DFARS restrictions."),
     ("h2", "6. Termination"),
     ("j", "These Terms terminate automatically if End User fails to pay the applicable fee or breaches them, or if "
           "Granite Peak's agreement with the AMA ends, unless the AMA consents otherwise."),
     ("h", "Appendix 1 \u2014 Coding Content Fees"),
     ("table", [["Content", "Fee", "Basis"],
                ["Coding Update File \u2014 CPT\u00ae Editorial Content", "$27.00", "per Provider per annum"],
                ["Coding Update File \u2014 HCPCS Level II and ICD-10-CM", "$0.00", "included"]],
      {"widths": [0.5, 0.18, 0.32], "right": [1], "ruled": "grid"}),
     ("small", "CPT copyright 2024 American Medical Association. All rights reserved. CPT is a registered trademark "
               "of the American Medical Association."),
     ], fee_=fee(27.00, "provider", "year"), font="Times", size=9.8, footer="Granite Peak Health Information Systems, Inc.")

# ---------------------------------------------------------------- P14 "do not include" negation that means pass-through
V = "Bluefinch Software Corporation"
Vd, Cu, PR = "Vendor", "Customer", "Service"
secs = sections([
    ("Subscription", [
        "Vendor will provide Customer with access to the Bluefinch Chart service (the \"Service\") for the number "
        "of Named Users stated in the Order, for the Subscription Term."]),
    ("Fees", [
        "Customer shall pay the Subscription Fees set out in the Order, which are charged per Named User per month.",
        "The Subscription Fees set out in the Order do not include, and Customer is not relieved of paying, the "
        "royalty payable to the American Medical Association for the CPT\u00ae codes and descriptors available in "
        "the Service, which Vendor will invoice separately at $17.90 per Named User per year. Vendor remits that "
        "royalty to the AMA under its distribution license.",
        "Vendor may increase the Subscription Fees on renewal by no more than five percent (5%)."]),
    "payment:2", "support:1", "confidentiality:1", "data:0", "term:2", "warranty:1", "liability:1", "law:1",
], Vd, Cu, PR)
doc("p14", "pass_through", V,
    "Subscription agreement: fees 'do not include' the AMA royalty, which the vendor invoices separately at $17.90 per Named User per year (negation that is really a pass-through).",
    [("title", "Bluefinch Subscription Terms"),
     ("subtitle", "Version 4.2 \u2014 effective September 1, 2024"),
     ("p", "These Subscription Terms are entered into between Bluefinch Software Corporation (\"Vendor\") and the "
           "customer identified in the Order (\"Customer\"). They apply to every Order that references them."),
     ] + number(secs, "inline") + [
        ("sp", 6),
        ("small", "Bluefinch Software Corporation, 1250 Lakeshore Boulevard, Cleveland, OH 44114. CPT is a registered "
                  "trademark of the American Medical Association."),
    ], fee_=fee(17.90, "user", "year"), font="Helvetica", size=9.8, accent="#1c4e80")

# ---------------------------------------------------------------- P15 SOW, per seat per month surcharge
V = "Redwood Analytics Group, Inc."
doc("p15", "pass_through", V,
    "Statement of Work for coding analytics dashboards; fee table includes a CPT sublicence surcharge of $9.60 per seat per month next to a $75 per-seat subscription.",
    [("ctitle", "STATEMENT OF WORK NO. 3"),
     ("center", "under the Master Services Agreement dated August 4, 2023 between Redwood Analytics Group, Inc. "
                "(\"Redwood\") and Valley Gastroenterology Consultants, Inc. (\"Client\")"),
     ("h2", "1. Purpose"),
     ("p", "Redwood will configure and host its Coding Insight dashboards for Client's coding and compliance team, "
           "giving them provider-level views of E/M distribution, modifier use, denial trends and charge lag."),
     ("h2", "2. Scope"),
     ("bullets", ["Nightly extract from Client's practice management system (837P and charge detail).",
                  "Six standard dashboards and up to four custom views.",
                  "Quarterly benchmarking review with a Redwood analyst.",
                  "User administration for up to 12 seats."]),
     ("h2", "3. Deliverables and timeline"),
     ("table", [["Milestone", "Target date"], ["Data feed validated", "Week 3"], ["Dashboards in UAT", "Week 6"],
                ["Go-live", "Week 8"]], {"widths": [0.6, 0.4], "ruled": "lines"}),
     ("h2", "4. Fees"),
     ("table", [["Item", "Basis", "Fee"],
                ["Coding Insight dashboard subscription", "per seat", "$75.00 / month"],
                ["CPT\u00ae sublicense surcharge", "per seat", "$9.60 / month"],
                ["Implementation", "fixed", "$4,500.00"],
                ["Custom view (beyond four)", "each", "$850.00"]],
      {"widths": [0.5, 0.2, 0.3], "right": [2], "ruled": "grid"}),
     ("p", "Because the dashboards display CPT\u00ae descriptors, Redwood charges a CPT sublicense surcharge for each "
           "seat; it reflects the royalty Redwood owes the American Medical Association under its distribution "
           "license and is passed through without markup beyond administration. Seats at start: 9."),
     ("h2", "5. Assumptions"),
     ("bullets", ["Client provides timely access to its PM system vendor for the extract.",
                  "Client's users access dashboards only through Redwood's portal.",
                  "Change requests are handled under Section 6 of the MSA."]),
     ("h2", "6. Term"),
     ("p", "This SOW runs for twenty-four months from go-live and renews with the MSA."),
     ("sig", [["REDWOOD ANALYTICS GROUP, INC.", ("By", "____________"), ("Name", "Priya Venkataraman"),
               ("Title", "Director, Client Delivery")],
              ["VALLEY GASTROENTEROLOGY CONSULTANTS, INC.", ("By", "____________"), ("Name", "Tom Brennan"),
               ("Title", "Practice Administrator")]]),
     ], fee_=fee(9.60, "user", "month"), font="Helvetica", size=9.6, accent="#8b1e1e",
    footer="Redwood Analytics Group \u2014 SOW 3 \u2014 Confidential")

# ---------------------------------------------------------------- P16 short FAQ, "includes" processing
V = "Arbor Lane Software, Inc."
doc("p16", "pass_through", V,
    "Very short FAQ with one-line answers: $19.50 per clinician per year, which already includes $18.50 AMA + $1.00 processing (do not add again).",
    web_chrome("support.arborlane.app", ["Billing", "AMA fee"]) + [
        ("title", "AMA fee \u2014 quick answers"),
        ("qa", "Is there an AMA fee?", "Yes."),
        ("qa", "Why?", "The AMA owns CPT\u00ae codes and charges a royalty for each clinician who can use them in Arbor Lane."),
        ("qa", "How much is it?", "$19.50 per clinician per year."),
        ("qa", "Does that include a processing fee?", "Yes. $18.50 goes to the AMA and $1.00 covers processing."),
        ("qa", "Per practice or per clinician?", "Per clinician."),
        ("qa", "Are my office staff charged?", "No."),
        ("qa", "When is it billed?", "With your annual renewal."),
        ("qa", "Can I pay the AMA myself?", "No, Arbor Lane collects it for the AMA."),
        ("qa", "Is it refundable?", "No, not after the year has started."),
        ("qa", "Who do I contact?", "billing@arborlane.app"),
        ("sp", 8),
        ("small", "Arbor Lane is a product of Arbor Lane Software, Inc., Boise, Idaho."),
    ] + web_footer(V), fee_=fee(19.50, "provider", "year"), font="Helvetica", size=10.5, accent="#2f6b3b", pagenum="")

# ---------------------------------------------------------------- P17 side letter overriding an "included" clause
V = "Cascade Point Medical Software, Inc."
doc("p17", "pass_through", V,
    "Side letter overriding the agreement's 'fees include CPT royalties' clause: from the first renewal (1 Jan 2026) an AMA Distribution Fee of $24.00 per provider per year applies.",
    [("p", "<b>Cascade Point Medical Software, Inc.</b><br/>1500 Fourth Avenue, Suite 900<br/>Seattle, WA 98101"),
     ("p", "October 20, 2025"),
     ("p", "Pioneer Women's Health, P.C.<br/>Attn: Melissa Grant, Chief Financial Officer<br/>815 Willamette Street<br/>"
           "Eugene, OR 97401"),
     ("p", "<b>Re: Subscription Agreement dated May 12, 2023 \u2014 CPT royalties</b>"),
     ("p", "Dear Ms. Grant,"),
     ("j", "This letter supplements the Subscription Agreement dated May 12, 2023 between Cascade Point Medical "
           "Software, Inc. (\"Cascade Point\") and Pioneer Women's Health, P.C. (\"Customer\") (the \"Agreement\"). "
           "Section 9.3 of the Agreement states that the Subscription Fees include all royalties for CPT\u00ae content "
           "made available in the Cascade Point platform."),
     ("j", "Since the Agreement was signed, the American Medical Association has changed the basis on which it "
           "charges distributors, and Cascade Point is now invoiced per provider. As we discussed on our call of "
           "October 8, the parties have agreed the following."),
     ("num", "1.", "Notwithstanding Section 9.3 of the Agreement, with effect from the first Renewal Term, which begins "
                   "on January 1, 2026, Customer will pay Cascade Point an AMA Distribution Fee of $24.00 per provider "
                   "per year, invoiced each January for the providers active on Customer's account on January 1."),
     ("num", "2.", "In exchange, Cascade Point will hold the Subscription Fees for the Renewal Term at their 2025 level, "
                   "waiving the 3% increase permitted under Section 8.2."),
     ("num", "3.", "If the AMA reduces its royalty, Cascade Point will reduce the AMA Distribution Fee by the same amount."),
     ("num", "4.", "Except as stated in this letter, the Agreement is unchanged. If this letter conflicts with the "
                   "Agreement, this letter governs."),
     ("j", "Please countersign below to confirm Customer's agreement and return a copy to contracts@cascadepoint.com."),
     ("p", "Sincerely,"),
     ("p", "/s/ Harold Ng<br/>Harold Ng, General Counsel<br/>Cascade Point Medical Software, Inc."),
     ("p", "<b>Agreed and accepted:</b> Pioneer Women's Health, P.C.<br/>By: /s/ Melissa Grant   Title: CFO   Date: "
           "October 27, 2025"),
     ], fee_=fee(24.00, "provider", "year"), font="Times", size=10.5, pagenum="")

# ---------------------------------------------------------------- P18 general terms vs order form, precedence clause
V = "Lighthouse Ambulatory Systems, Inc."
Vd, Cu, PR = "Lighthouse", "Customer", "Services"
secs = sections([
    ("Order of Precedence", [
        "These General Terms and each Order Form together form the agreement between the parties. If there is any "
        "conflict or inconsistency between these General Terms and an Order Form, the Order Form prevails for the "
        "Services it covers."]),
    ("Services", ["Lighthouse will provide the hosted ambulatory EHR and practice management services listed in "
                  "each Order Form (the \"Services\")."]),
    ("Fees", [
        "Customer shall pay the fees in each Order Form. Fees include all royalties payable to third-party content "
        "licensors whose content is embedded in the Services.",
        "Fees are non-cancellable and non-refundable except as expressly stated in these General Terms."]),
    "payment:0", "term:1", "confidentiality:0", "hipaa:0", "liability:0", "law:0",
], Vd, Cu, PR)
doc("p18", "pass_through", V,
    "General Terms say fees include all third-party content royalties, but the Order Form (which prevails by an order-of-precedence clause) lists an AMA CPT Royalty of $18.00 per provider per year.",
    [("title", "Lighthouse Ambulatory Systems \u2014 General Terms"),
     ("p", "These General Terms apply between Lighthouse Ambulatory Systems, Inc. (\"Lighthouse\") and the customer "
           "named in an Order Form (\"Customer\")."),
     ] + number(secs, "dotted") + [
        ("pb",),
        ("title", "ORDER FORM LAS-24-1187"),
        ("kv", [("Customer", "Prairie Creek Family Medicine, S.C."), ("Effective", "November 1, 2024"),
                ("Term", "36 months"), ("Governing terms", "Lighthouse General Terms (current version)")]),
        ("table", [["Service", "Qty", "Price", "Frequency"],
                   ["Lighthouse EHR + PM \u2014 provider", "4", "$425.00 / provider", "monthly"],
                   ["Lighthouse EHR \u2014 support staff", "10", "$25.00 / user", "monthly"],
                   ["AMA CPT\u00ae Royalty", "4", "$18.00 / provider / yr", "annual"],
                   ["Clearinghouse connectivity", "1", "$150.00", "monthly"],
                   ["Implementation", "1", "$5,000.00", "one-time"]],
         {"widths": [0.42, 0.08, 0.28, 0.22], "right": [2], "ruled": "grid"}),
        ("p", "Special terms: The AMA CPT Royalty is collected by Lighthouse and remitted to the American Medical "
              "Association. It is invoiced each January for providers active on January 1."),
        ("sig", [["LIGHTHOUSE AMBULATORY SYSTEMS, INC.", ("By", "/s/ Janine Ortiz"), ("Title", "Sales Director")],
                 ["PRAIRIE CREEK FAMILY MEDICINE, S.C.", ("By", "/s/ Ben Ostrowski"), ("Title", "Administrator")]]),
    ], fee_=fee(18.00, "provider", "year"), font="Helvetica", size=9.6, accent="#9a6700")

# ---------------------------------------------------------------- P19 billing help article, flat per practice
V = "Ensignal Health Cloud, Inc."
doc("p19", "pass_through", V,
    "Help article explaining a 'CPT-AMA' bill line: a flat $95.00 per practice account per year regardless of provider count.",
    web_chrome("help.ensignal.health", ["Billing", "Understanding your bill"], "Last updated: August 2025") + [
        ("title", "What is the \"CPT-AMA\" line on my bill?"),
        ("p", "Some customers have noticed a line labeled <b>CPT-AMA</b> on one statement each year. This article "
              "explains what it is and how it is calculated."),
        ("h2", "In short"),
        ("p", "It is the annual license fee for the American Medical Association's CPT\u00ae codes that are built into "
              "Ensignal. Ensignal Health Cloud, Inc. is licensed by the AMA to distribute those codes and collects "
              "the fee from each practice."),
        ("h2", "How much is it?"),
        ("p", "A flat $95.00 per practice account per year, regardless of how many providers or users you have. "
              "Practices with more than one account (for example, separate tax IDs) pay once per account."),
        ("h2", "When is it charged?"),
        ("p", "On the statement that follows your account anniversary. It is not prorated."),
        ("h2", "Why doesn't my subscription cover it?"),
        ("p", "Your subscription price covers the Ensignal software and support. The CPT-AMA line is set by our "
              "agreement with the AMA and is shown separately so that you can see it."),
        ("h2", "Example statement lines"),
        ("table", [["Line", "Description", "Amount"],
                   ["SUB-PRO", "Ensignal Pro, 5 users x $79.00", "$395.00"],
                   ["ERA-EDI", "ERA/EDI enrollment", "$0.00"],
                   ["CPT-AMA", "AMA CPT license, annual (account)", "$95.00"]],
         {"widths": [0.2, 0.55, 0.25], "right": [2], "ruled": "lines"}),
    ] + web_footer(V, ["Related: Changing your billing contact  \u00b7  Tax-exempt status"]),
    fee_=fee(95.00, "organization", "year"), font="Helvetica", size=10, accent="#0f5c5c", pagenum="")

# ---------------------------------------------------------------- P20 unruled invoice, units only in header
V = "Fairhaven Medical Data, LLC"
doc("p20", "pass_through", V,
    "Unruled invoice; quantity column headed 'Qty (users)'; AMA CPT Royalty 18.50 and CPT distribution processing 0.75 on separate lines (sum $19.25 per user per year).",
    [("mono", "FAIRHAVEN MEDICAL DATA, LLC\n"
              "210 Ocean Street, Suite 5, New Bedford, MA 02740\n"
              "accounts@fairhavenmd.com\n\n"
              "INVOICE 2025-0031                       DATE: 02/03/2025\n"
              "BILL TO: Westbrook Neurology Group      DUE:  03/05/2025\n"
              "         44 Elm Court, Westbrook, ME 04092\n"
              "CUSTOMER NO: WNG-114                   PERIOD: 01/01/2025 - 12/31/2025"),
     ("sp", 8),
     ("table", [["Description", "Qty (users)", "Rate", "Amount"],
                ["Fairhaven Chart annual subscription", "12", "540.00", "6,480.00"],
                ["AMA CPT Royalty 2025", "12", "18.50", "222.00"],
                ["CPT distribution processing", "12", "0.75", "9.00"],
                ["Lab interface maintenance (Quest, LabCorp)", "1", "600.00", "600.00"],
                ["", "", "TOTAL USD", "7,311.00"]],
      {"widths": [0.5, 0.16, 0.14, 0.2], "right": [1, 2, 3], "ruled": "none", "bold_last": True}),
     ("mono", "Remit to: Fairhaven Medical Data, LLC, Lockbox 7781, Boston MA 02241\n"
              "Questions: (508) 555-0136\n\n"
              "The AMA CPT royalty is collected for the American Medical Association and\n"
              "is charged for each user with access to CPT content during the year."),
     ], fee_=fee(19.25, "user", "year"), font="Courier", size=9.5, pagenum="")

# ---------------------------------------------------------------- P21 MSA with third-party content exhibit
V = "Stonebridge Clinical Platforms, Inc."
Vd, Cu, PR = "Stonebridge", "Client", "Platform"
secs = sections([
    ("Platform and Services", [
        "Stonebridge will provide Client with access to the Stonebridge ambulatory Platform and the related services "
        "described in each Order."]),
    ("Fees", [
        "Client shall pay the subscription and services fees in each Order, and the third-party content charges "
        "listed in Exhibit C, which Stonebridge collects and remits to the relevant content owners. Stonebridge may "
        "update Exhibit C on sixty (60) days' notice only to reflect changes made by a content owner."]),
    "payment:1", "support:0", "term:0", "termination:0", "confidentiality:1", "hipaa:1", "ip:1",
    "warranty:0", "liability:0", "nonsolicit:0", "law:1", "notices:1", "entire:0",
], Vd, Cu, PR)
doc("p21", "pass_through", V,
    "Master agreement whose Exhibit C table of third-party content lists CPT at $31.00 per physician per year while drug data, ICD-10 and HCPCS are included or free.",
    [("ctitle", "MASTER SUBSCRIPTION AGREEMENT"),
     ("p", "This Master Subscription Agreement is entered into on March 3, 2025 between <b>Stonebridge Clinical "
           "Platforms, Inc.</b> (\"Stonebridge\") and <b>Canyon View Medical Group, Inc.</b> (\"Client\")."),
     ] + number(secs, "article") + [
        ("h", "EXHIBIT C \u2014 THIRD-PARTY CONTENT CHARGES"),
        ("table", [["Content", "Content owner", "Charge", "Basis"],
                   ["Drug and allergy database", "MediSource Data Corp.", "Included", "\u2014"],
                   ["CPT\u00ae (Current Procedural Terminology)", "American Medical Association", "$31.00",
                    "per physician, per year"],
                   ["ICD-10-CM / ICD-10-PCS", "CMS / NCHS", "No charge", "\u2014"],
                   ["HCPCS Level II", "CMS", "No charge", "\u2014"],
                   ["Patient education leaflets", "HealthWords Publishing", "Included", "\u2014"]],
         {"widths": [0.3, 0.28, 0.16, 0.26], "ruled": "grid"}),
        ("sig", [["STONEBRIDGE CLINICAL PLATFORMS, INC.", ("By", "/s/ A. Delacroix"), ("Title", "CFO")],
                 ["CANYON VIEW MEDICAL GROUP, INC.", ("By", "/s/ R. Whitfield"), ("Title", "CEO")]]),
    ], fee_=fee(31.00, "provider", "year"), font="Times", size=9.4, margin=0.8,
    footer="Stonebridge Clinical Platforms, Inc. \u2014 MSA")
