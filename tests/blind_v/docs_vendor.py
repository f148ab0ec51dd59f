from common import D
from boiler import clauses

DOCS = []

# V1 FAQ ---------------------------------------------------------------------
V = "Footpath Clinical Software, Inc."
DOCS.append(D("v01_podiatry_faq", V, "vendor_covers", None,
    "Podiatry EHR FAQ saying the subscription includes the CPT licence and the vendor pays the AMA; the AMA's direct price of about $20 per user per year is quoted only for comparison.",
    [("title", "Footpath Clinical Software, Inc."),
     ("sub", "Help Center - Billing and Licensing FAQ (updated January 2026)"),
     ("h", "Q. Do I need to buy a CPT licence to use the coding screen in Footpath?"),
     ("p", "A. No. CPT codes and descriptors in Footpath are supplied under our own licence agreement with the American Medical Association. The cost of that licence is built into your Footpath subscription and we pay the royalty to the AMA for every user on your account."),
     ("h", "Q. Will I see a CPT or AMA line on my invoice?"),
     ("p", "A. No. There is no separate CPT fee, content fee or royalty line. Your invoice shows only your subscription and any optional add-ons you have chosen, such as the wound-imaging module."),
     ("h", "Q. A colleague says the AMA charges around $20 a user. Is that true?"),
     ("p", "A. If you were buying a CPT licence directly from the AMA for use outside any software product, you would pay the AMA's own end-user price, which in 2026 is roughly $20 per user per year. That price is mentioned here only so you can compare. You do not need to buy it to use CPT inside Footpath."),
     ("h", "Q. What does my subscription cost?"),
     ("p", "A. Podiatry Essentials is $189 per provider per month and Podiatry Complete is $249 per provider per month. Prices can rise by up to 5% at renewal."),
     ("h", "Q. Are there any rules on how I can use CPT in Footpath?"),
     ("p", "A. Yes. Our licence with the AMA requires us to pass on some end-user terms: CPT may be used only for your own practice's purposes inside Footpath, may not be copied out into other products or published, and is provided by the AMA without warranty. These terms are in Section 11 of the Footpath Subscription Agreement."),
     ("h", "Q. Who do I contact with billing questions?"),
     ("p", "A. E-mail billing@footpathclinical.example or call the support line. Footpath Clinical Software, Inc., 2200 Heel Stone Avenue, Boise, ID 83702."),
     ("fn", "CPT is a registered trademark of the American Medical Association.")],
    header="Footpath Clinical Software, Inc. - Help Center", footer="help.footpathclinical.example/billing-faq"))

# V2 EULA with AMA terms -----------------------------------------------------
V = "Verdigris Eye Systems Corp."
DOCS.append(D("v02_ophth_eula", V, "vendor_covers", None,
    "Ophthalmology PM end-user licence that passes on the AMA's mandatory end-user restrictions but states the fees include the AMA royalty, which the vendor pays; no separate charge.",
    [("title", "END USER LICENSE AGREEMENT"),
     ("sub", "Verdigris Eye Systems Corp. - VisionLedger Practice Management"),
     ("p", "This End User License Agreement (\"EULA\") is between Verdigris Eye Systems Corp., 77 Lens Grinder Lane, Rochester, NY 14604 (\"Verdigris\") and the ophthalmology or optometry practice accepting it (\"Licensee\")."),
     ("num", [("1.", "<b>License.</b> Verdigris grants Licensee a non-exclusive, non-transferable license to use VisionLedger for Licensee's internal operations during the subscription term."),
              ("2.", "<b>Fees.</b> Licensee pays the subscription fees in its order. The fees include the royalty payable to the American Medical Association (\"AMA\") for Licensee's use of CPT within VisionLedger. Verdigris pays that royalty directly to the AMA and will not charge Licensee any separate CPT, AMA or content fee."),
              ("3.", "<b>CPT end-user terms.</b> Verdigris's agreement with the AMA requires Licensee to accept the following:"),
              ("(a)", "CPT is copyrighted by the AMA. Licensee may use CPT only as contained in VisionLedger and only for its internal purposes."),
              ("(b)", "Licensee may not sell, distribute, publish or create derivative works of CPT, or make it available to anyone outside its workforce."),
              ("(c)", "CPT is provided \"as is\" without warranty of any kind by the AMA. The AMA is not liable for any consequences of its use."),
              ("(d)", "Use by agencies of the US Government is subject to the restricted-rights provisions of the applicable federal acquisition regulations."),
              ("(e)", "Licensee's access to CPT ends when this EULA ends, and the AMA is a third-party beneficiary of this Section 3."),
              ("4.", "<b>Restrictions.</b> Licensee will not reverse engineer VisionLedger or let third parties use it except its own contractors.")]),
     ("num", clauses(5, "Verdigris", "Licensee", [1, 2, 3, 4, 7, 11], state="New York", years="three"))],
    font="times", header="Verdigris Eye Systems Corp. - VisionLedger EULA", footer="EULA-VL-2026"))

# V3 order form with $0 line -------------------------------------------------
V = "Pinyon Anesthesia Informatics, Inc."
DOCS.append(D("v03_anes_zero_line", V, "vendor_covers", None,
    "Anaesthesia record system order form with per-user subscription prices; the AMA CPT licence line reads 'included' at $0.00 and a note says the vendor pays the royalty.",
    [("title", "Pinyon Anesthesia Informatics, Inc."),
     ("sub", "Order Form PAI-0642 - 6100 Juniper Mesa Drive, Flagstaff, AZ 86001"),
     ("p", "Customer: Red Rock Anesthesia Consultants, PLLC. Term: 36 months. Start: 1 April 2026."),
     ("table", [["Product", "Quantity", "Price", "Monthly total"],
                ["Pinyon AIMS - anesthesia provider user", "18", "$149.00 per user per month", "$2,682.00"],
                ["Pinyon Billing Export - coder user", "4", "$65.00 per user per month", "$260.00"],
                ["Device integration hub", "2", "$210.00 per hub per month", "$420.00"],
                ["AMA CPT licence for all users", "22", "Included", "$0.00"]],
      {"ruled": True, "widths": [3, 0.9, 2, 1.3]}),
     ("h", "Order notes"),
     ("num", [("1.", "Pinyon holds a distribution licence from the American Medical Association for the CPT anesthesia and procedure codes shown in Pinyon AIMS and Billing Export. Pinyon pays the AMA royalty for every user under this order; no CPT charge will be invoiced to Customer during the term or any renewal."),
              ("2.", "Subscription prices may increase at renewal by no more than 3%."),
              ("3.", "One-time implementation fee of $7,500 is invoiced on signature."),
              ("4.", "This Order Form is governed by the Pinyon Master Subscription Agreement.")]),
     ("sig", ["Pinyon Anesthesia Informatics, Inc.", "Red Rock Anesthesia Consultants, PLLC"])],
    header="Pinyon Anesthesia Informatics, Inc. - Order Form PAI-0642", footer="Quote valid 30 days"))

# V4 coding education --------------------------------------------------------
V = "Tidewater Coding Academy LLC"
DOCS.append(D("v04_encoder_edu", V, "vendor_covers", None,
    "Coding-education and encoder subscription for practice staff that includes CPT access under the vendor's AMA licence; the AMA's direct per-user price is quoted only to show the saving.",
    [("title", "Team Subscription Agreement"),
     ("sub", "Tidewater Coding Academy LLC - online coding courses and encoder for physician practices"),
     ("p", "Tidewater Coding Academy LLC (\"Tidewater\"), 48 Lighthouse Point Road, Norfolk, VA 23510, provides online courses, practice exams and a web encoder to the practice named below (\"Practice\")."),
     ("h", "1. What you get"),
     ("bul", ["Self-paced courses in E/M, surgery, radiology and modifier coding.",
              "The Tidewater Encoder, with full CPT code and descriptor search, HCPCS Level II and ICD-10-CM.",
              "Monthly live webinars and quarterly audit exercises."]),
     ("h", "2. Price"),
     ("p", "$39 per learner per month, billed annually. Five or more learners: $34 per learner per month."),
     ("h", "3. CPT content"),
     ("p", "Tidewater licenses CPT from the American Medical Association for use in its courses and encoder, and the cost of that licence is part of the subscription price. Practice does not need to buy its own CPT licence for learners to use Tidewater, and Tidewater will not invoice any royalty or content charge for it. (For reference only: an individual licence bought straight from the AMA costs roughly $20 per user per year, and printed codebooks are sold separately by many publishers.)"),
     ("h", "4. Use rules"),
     ("p", "Log-ins are personal. Course material and CPT content may not be copied, downloaded in bulk or shared outside the Practice."),
     ("h", "5. Cancellation"),
     ("p", "Practice may cancel at the end of any subscription year on 30 days' notice. Unused months are not refunded."),
     ("p", "Practice: Chesapeake Family Podiatry, P.C. - Learners: 3 - Start date: 1 March 2026"),
     ("sig", ["Tidewater Coding Academy LLC", "Chesapeake Family Podiatry, P.C."])],
    size=10.5, header="Tidewater Coding Academy LLC", footer="TCA Team Subscription v3"))

# V5 amendment removing fee --------------------------------------------------
V = "Glenrock Physical Therapy Software, Inc."
DOCS.append(D("v05_amend_remove_fee", V, "vendor_covers", None,
    "Amendment deleting the earlier $18 per user per year CPT royalty clause and making the vendor bear all AMA royalties from 1 January 2026 at no separate charge.",
    [("title", "FIRST AMENDMENT TO SUBSCRIPTION AGREEMENT"),
     ("p", "This First Amendment is between <b>Glenrock Physical Therapy Software, Inc.</b>, 350 Sweetwater Avenue, Casper, WY 82601 (\"Glenrock\") and <b>High Plains Sports Rehab, LLC</b> (\"Customer\"), and amends the Subscription Agreement dated August 1, 2023 (the \"Agreement\")."),
     ("h", "Recitals"),
     ("p", "Section 5.3 of the Agreement required Customer to pay Glenrock a CPT royalty of $18.00 per user per year. As part of Customer's upgrade to the Glenrock Clinic Suite, the parties have agreed that Glenrock will absorb that cost."),
     ("h", "Amendments"),
     ("num", [("1.", "Effective January 1, 2026, Section 5.3 of the Agreement is deleted in its entirety and replaced with the following: \"5.3 AMA royalties. Glenrock shall bear all royalties payable to the American Medical Association for CPT content in the Services. The Subscription Fees include that cost and Customer shall not be charged any separate CPT fee.\""),
              ("2.", "Any CPT royalty already invoiced for calendar year 2026 will be credited on the next invoice."),
              ("3.", "Schedule A is replaced with the Clinic Suite pricing attached: $92 per user per month, subject to the existing 4% annual increase cap."),
              ("4.", "All other terms of the Agreement remain unchanged. In any conflict, this First Amendment prevails.")]),
     ("sig", ["Glenrock Physical Therapy Software, Inc.", "High Plains Sports Rehab, LLC"])],
    header="Glenrock Physical Therapy Software, Inc. - First Amendment", footer="GPT-SA-2023-118-A1"))

# V6 email thread ------------------------------------------------------------
V = "Aspenfold Behavioral EHR, LLC"
DOCS.append(D("v06_email_included", V, "vendor_covers", None,
    "E-mail thread where a sales rep first quotes a $19 per user CPT fee but the latest message from the vendor's contracts lead says that applied only to the legacy plan and the practice's plan includes CPT at no charge.",
    [("title", "E-mail thread (printed)"),
     ("mono", "From:    Jonah Whitlock <jwhitlock@aspenfold.example>\nTo:      Maria Delgado <mdelgado@mesacounseling.example>\nDate:    Monday 9 March 2026, 10:22 AM\nSubject: RE: RE: Counseling Plus pricing - AMA fee?"),
     ("p", "Hi Maria, I'm the contracts lead at Aspenfold and I've reviewed Devon's reply below. The $19 per user per year CPT fee he mentioned applies only to our legacy Classic plan. Your practice is signing for Counseling Plus, and on Counseling Plus the AMA licence for CPT is included in the subscription. Aspenfold pays the AMA and there is no CPT charge on your invoices. Section 4 of the order form we sent on Friday says the same, so nothing needs to change before signature."),
     ("p", "Jonah Whitlock, Contracts Lead, Aspenfold Behavioral EHR, LLC"),
     ("mono", "-----Original message-----\nFrom:    Maria Delgado <mdelgado@mesacounseling.example>\nDate:    Friday 6 March 2026, 3:51 PM"),
     ("p", "Devon, thanks. Can someone confirm that before we sign? Our board approved the budget assuming no extra per-user fees."),
     ("mono", "-----Original message-----\nFrom:    Devon Price <dprice@aspenfold.example>\nDate:    Friday 6 March 2026, 1:07 PM"),
     ("p", "Hi Maria - yes, there is an AMA CPT fee of $19 per user per year on top of the $72 per user monthly price. It's billed every January. Devon"),
     ("mono", "-----Original message-----\nFrom:    Maria Delgado <mdelgado@mesacounseling.example>\nDate:    Friday 6 March 2026, 11:30 AM"),
     ("p", "Hello Devon, does Counseling Plus carry any AMA or CPT charges in addition to the subscription? Maria Delgado, Operations Director, Mesa Counseling Collective")],
    header="Aspenfold Behavioral EHR, LLC - correspondence", footer="Filed with order AF-CP-2026-031"))

# V7 GPO addendum ------------------------------------------------------------
V = "Meridale Practice Systems, Inc."
DOCS.append(D("v07_gpo_addendum", V, "vendor_covers", None,
    "Group-purchasing-organisation addendum in which the vendor agrees to absorb all AMA CPT royalties for participating members, with no pass-through or content fee; member discounts are the nearby hard negative.",
    [("title", "PARTICIPATING VENDOR ADDENDUM"),
     ("sub", "Heartland Physicians Purchasing Alliance - Vendor: Meridale Practice Systems, Inc."),
     ("p", "This Addendum supplements the Group Purchasing Agreement between Heartland Physicians Purchasing Alliance (\"Alliance\") and Meridale Practice Systems, Inc., 1900 Cornfield Commons, Des Moines, IA 50309 (\"Vendor\"). It applies to every practice that is an Alliance member and buys from Vendor under the Alliance contract (a \"Member\")."),
     ("h", "A. Member pricing"),
     ("table", [["Product", "List price", "Member price"],
                ["Meridale PM", "$310 per provider per month", "$265 per provider per month"],
                ["Meridale EHR", "$420 per provider per month", "$365 per provider per month"],
                ["Patient engagement bundle", "$95 per location per month", "$80 per location per month"]],
      {"ruled": False, "widths": [2.4, 2.2, 2.2]}),
     ("h", "B. Content licences"),
     ("num", [("B.1", "Vendor will absorb all royalties owed to the American Medical Association for CPT content used by Members in Meridale PM and Meridale EHR. Vendor will not pass through, re-bill or add any CPT, AMA or content fee to a Member's invoice."),
              ("B.2", "Vendor will ensure that its end-user terms for CPT comply with its AMA licence. Members accept those terms by clicking through at first log-in; doing so creates no payment obligation for the Member."),
              ("B.3", "The Alliance administrative fee of 2% of Member net purchases is paid by Vendor to the Alliance and may not be charged to Members.")]),
     ("h", "C. Term"),
     ("p", "This Addendum runs with the Group Purchasing Agreement and ends when it ends. Member contracts signed before termination continue on these terms until their own expiry."),
     ("sig", ["Heartland Physicians Purchasing Alliance", "Meridale Practice Systems, Inc."])],
    header="Heartland Physicians Purchasing Alliance - Participating Vendor Addendum", footer="HPPA-PVA-MPS-2026"))

# V8 MSO two-column ----------------------------------------------------------
V = "Lakeview Health Partners MSO, LLC"
DOCS.append(D("v08_mso_twocol", V, "vendor_covers", None,
    "Two-column hospital-affiliated MSO services agreement in which the MSO obtains and pays for all software and content licences, including the AMA CPT licence, within the management fee.",
    [("title", "MANAGEMENT SERVICES AGREEMENT"),
     ("p", "Between <b>Lakeview Health Partners MSO, LLC</b> (\"MSO\"), a subsidiary of Lakeview Regional Medical Center, 400 Shoreline Drive, Sheboygan, WI 53081, and <b>Harbor Town Orthopedics, S.C.</b> (\"Practice\")."),
     ("h", "Article 1. Services"),
     ("num", [("1.1", "MSO will provide Practice with the Lakeview shared practice management and EHR system (the \"Systems\"), revenue cycle staff, IT help desk and payer contracting support."),
              ("1.2", "Practice keeps sole control over clinical decisions and medical records content.")]),
     ("h", "Article 2. Licences"),
     ("num", [("2.1", "MSO shall obtain, maintain and pay for every licence needed for Practice's use of the Systems, including the American Medical Association licence covering CPT codes and descriptors in the Systems."),
              ("2.2", "The cost of those licences is part of the Management Fee. MSO shall not charge Practice separately for CPT or any other content licence.")]),
     ("h", "Article 3. Management Fee"),
     ("num", [("3.1", "Practice pays MSO a Management Fee of $2,950 per physician per month, set at fair market value as confirmed by an independent valuation."),
              ("3.2", "The Management Fee may be adjusted once a year by no more than the change in the medical care consumer price index, and is not tied to referrals.")]),
     ("h", "Article 4. Compliance"),
     ("p", "Each party will comply with the federal anti-kickback statute, the physician self-referral law and state fee-splitting rules. Nothing in this agreement requires Practice to refer patients to Lakeview Regional Medical Center."),
     ("h", "Article 5. General"),
     ("num", clauses(5, "MSO", "Practice", [0, 1, 2, 7, 11], state="Wisconsin", years="five")),
     ("sig", ["Lakeview Health Partners MSO, LLC", "Harbor Town Orthopedics, S.C."])],
    columns=2, size=9, header="Lakeview Health Partners MSO, LLC - Management Services Agreement", footer="MSA-LHP-HTO"))

# V9 Medicare contractor click-through ---------------------------------------
V = "Northwind Medicare Administrative Services, LLC"
DOCS.append(D("v09_mac_clickthrough", V, "vendor_covers", None,
    "Click-through licence on a (fictional) Medicare contractor's provider portal: users accept AMA end-user terms, the contractor's own AMA licence covers portal use, and no fee is charged.",
    [("title", "Provider Portal - CPT End User Point-and-Click Agreement"),
     ("p", "Northwind Medicare Administrative Services, LLC (\"Northwind\") operates this portal for providers in its jurisdiction. Before viewing fee schedules, local coverage articles or claim detail containing CPT, you must accept this agreement. Click ACCEPT to continue or DECLINE to leave this page."),
     ("num", [("1.", "CPT codes, descriptions and other data are copyright of the American Medical Association. All rights reserved. CPT is a registered trademark of the AMA."),
              ("2.", "Northwind holds a licence from the AMA that covers your use of CPT within this portal. You are not required to obtain a separate licence from the AMA, and no fee is payable by you for viewing CPT here."),
              ("3.", "You may use CPT in this portal only for your own professional purposes, such as checking claims and coverage. You may not copy, redistribute, sell or publish it, and you may print only limited extracts for internal use."),
              ("4.", "The AMA does not directly or indirectly practise medicine or dispense medical services and assumes no liability for data contained or not contained in the portal."),
              ("5.", "Applicable federal acquisition regulation and defence regulation restrictions apply to government use."),
              ("6.", "The responsibility for the content of any local coverage material rests with Northwind; the AMA has no responsibility for it."),
              ("7.", "If you do not agree to these terms, click DECLINE. Your access to CPT content ends immediately if you breach them.")]),
     ("p", "[ ACCEPT ]     [ DECLINE ]"),
     ("small", "Northwind Medicare Administrative Services, LLC - 12 Gateway Plaza, Fargo, ND 58102 - portal help: portalhelp@northwindmac.example")],
    size=10.5, header="Northwind Medicare Administrative Services, LLC - Provider Portal", footer="Screen capture - license acceptance page"))

# V10 letter absorbing increase ----------------------------------------------
V = "Hollins Creek Medical Software, Inc."
DOCS.append(D("v10_letter_absorb", V, "vendor_covers", None,
    "Customer letter explaining the AMA's 2026 royalty increase and confirming the vendor will keep absorbing the CPT royalty, so invoices do not change.",
    [("p", "Hollins Creek Medical Software, Inc.<br/>81 Dogwood Trace, Roanoke, VA 24011"),
     ("p", "February 2, 2026"),
     ("p", "To our practice customers,"),
     ("p", "<b>Subject: The AMA's 2026 CPT royalty and your Hollins Creek invoice</b>"),
     ("p", "You may have read that the American Medical Association has raised the royalty that software companies pay for CPT codes in 2026, and that some vendors are now adding CPT line items to their bills. We want to be clear about what this means for you."),
     ("p", "Hollins Creek has always paid the AMA royalty for our customers' use of CPT in Hollins Creek Chart and Hollins Creek Billing, and we will continue to do so. We are absorbing the 2026 increase. Your invoice will not include a CPT or AMA charge, and your subscription price is not going up because of it."),
     ("p", "Separately, and unrelated to CPT, our standard annual price review takes effect on your renewal date as set out in your agreement, capped at 3%. Many of you are on multi-year terms and will see no change at all."),
     ("p", "Nothing in this letter changes the CPT end-user terms you accepted when you first logged in; those are still required by our AMA licence."),
     ("p", "If you have questions, please contact your customer success manager or write to care@hollinscreek.example."),
     ("p", "With thanks,"),
     ("p", "Ruth Abernathy<br/>Chief Executive Officer<br/>Hollins Creek Medical Software, Inc.")],
    font="times", size=11, header="Hollins Creek Medical Software, Inc.", footer="Customer communication 2026-02"))

# V11 dense legalese, PROVIDER = vendor ----------------------------------------
V = "Cedarline Behavioral Systems, Inc."
DOCS.append(D("v11_provider_is_vendor", V, "vendor_covers", None,
    "Dense legalese behavioural-health SaaS agreement in which 'PROVIDER' means the software vendor; PROVIDER bears all ROYALTIES to the AMA and the FEES are inclusive of them.",
    [("title", "SOFTWARE-AS-A-SERVICE AGREEMENT"),
     ("p", "This SOFTWARE-AS-A-SERVICE AGREEMENT is made by and between <b>CEDARLINE BEHAVIORAL SYSTEMS, INC.</b>, a Colorado corporation having its principal office at 2750 Spruce Gulch Road, Boulder, Colorado 80302 (\"<b>PROVIDER</b>\"), and the behavioral health organization executing the ORDER (\"<b>CLIENT</b>\"). For the avoidance of doubt, the term PROVIDER as used herein refers solely to Cedarline Behavioral Systems, Inc. and not to any clinician or health care provider employed by or contracted with CLIENT."),
     ("h", "1. DEFINITIONS"),
     ("num", [("1.1", "\"<b>AMA</b>\" means the American Medical Association."),
              ("1.2", "\"<b>CPT CONTENT</b>\" means the Current Procedural Terminology codes, descriptors and related materials owned by the AMA and embedded in the SERVICE."),
              ("1.3", "\"<b>FEES</b>\" means the subscription fees set out in the ORDER."),
              ("1.4", "\"<b>ROYALTIES</b>\" means any and all royalties, license fees and other amounts payable to the AMA or any AMA-authorized distributor in respect of the CPT CONTENT.")]),
     ("h", "2. SERVICE"),
     ("p", "PROVIDER shall make the SERVICE available to CLIENT and its AUTHORIZED USERS in accordance with the DOCUMENTATION and the service levels in Exhibit C."),
     ("h", "3. CPT CONTENT"),
     ("num", [("3.1", "PROVIDER represents and warrants that it has obtained, and shall maintain throughout the TERM, all licenses from the AMA necessary to furnish the CPT CONTENT to CLIENT as part of the SERVICE."),
              ("3.2", "PROVIDER SHALL BE SOLELY RESPONSIBLE FOR, AND SHALL TIMELY PAY, ALL ROYALTIES. THE FEES ARE INCLUSIVE OF ALL ROYALTIES AND NO ROYALTY, PASS-THROUGH OR SURCHARGE IN RESPECT OF THE CPT CONTENT SHALL BE INVOICED TO CLIENT."),
              ("3.3", "CLIENT shall comply with the end-user restrictions set forth in Exhibit D, which PROVIDER is required by the AMA to flow down.")]),
     ("h", "4. FEES AND PAYMENT"),
     ("p", "CLIENT shall pay the FEES, being $84.00 per AUTHORIZED USER per month, within thirty (30) days of invoice. FEES may be increased upon renewal by not more than five percent (5%)."),
     ("h", "5. GENERAL"),
     ("num", clauses(5, "PROVIDER", "CLIENT", [1, 2, 4, 7, 8, 11], state="Colorado", years="three"))],
    font="times", size=9.5, header="CEDARLINE BEHAVIORAL SYSTEMS, INC. - SaaS AGREEMENT", footer="CBS-SAAS-2026 / CONFIDENTIAL"))

# V12 invoice ----------------------------------------------------------------
V = "Marram Podiatry Cloud LLC"
DOCS.append(D("v12_invoice_included", V, "vendor_covers", None,
    "Monthly invoice whose CPT code-set licence line shows 'included - $0.00', with a footnote that the vendor pays the AMA royalty; ICD-10 update and late fees are the nearby distractors.",
    [("title", "INVOICE"),
     ("table", [["Marram Podiatry Cloud LLC", "Invoice no. MPC-260301-044"],
                ["9 Dune Grass Road, Wilmington, NC 28401", "Invoice date: 1 March 2026"],
                ["billing@marrampodiatry.example", "Due: 31 March 2026"]], {"ruled": False, "header": False, "widths": [1, 1]}),
     ("p", "Bill to: Coastal Foot and Ankle Specialists, PLLC, 1410 Pier Street, Morehead City, NC 28557"),
     ("table", [["Description", "Qty", "Rate", "Amount"],
                ["Marram Podiatry Cloud - provider subscription (March 2026)", "4", "$215.00", "$860.00"],
                ["Staff seats (March 2026)", "9", "$20.00", "$180.00"],
                ["ICD-10-CM annual update service", "1", "$0.00", "$0.00"],
                ["CPT(R) code set licence (AMA)<super>1</super>", "13", "Included", "$0.00"],
                ["Late payment fee - February invoice", "1", "$25.00", "$25.00"],
                ["", "", "Total due", "$1,065.00"]],
      {"ruled": True, "widths": [3.6, 0.6, 1.1, 1.1]}),
     ("p", "Payment by ACH to the account shown in your portal, or by card at pay.marrampodiatry.example."),
     ("fn", "<super>1</super> Marram Podiatry Cloud LLC licenses CPT from the American Medical Association and pays the royalty for all provider and staff users. It is included in your subscription and is never billed separately."),
     ("fn", "CPT is a registered trademark of the American Medical Association.")],
    header="Marram Podiatry Cloud LLC - Invoice", footer="Thank you for your business"))

# V13 reseller ---------------------------------------------------------------
V = "Tamarack Health IT Resellers, Inc."
DOCS.append(D("v13_reseller", V, "vendor_covers", None,
    "Reseller customer agreement for a third-party EHR; the reseller's prices include the CPT end-user royalty, which the reseller pays through the manufacturer to the AMA.",
    [("title", "CUSTOMER AGREEMENT"),
     ("sub", "Tamarack Health IT Resellers, Inc. - authorised reseller of Bayfield EHR"),
     ("p", "Tamarack Health IT Resellers, Inc., 3 Birchwood Court, Duluth, MN 55811 (\"Tamarack\") resells and supports Bayfield EHR, which is developed by Bayfield Software Corp. (\"Manufacturer\"). This agreement is between Tamarack and North Shore Chiropractic and Wellness, LLC (\"Customer\")."),
     ("h", "1. Supply"),
     ("p", "Tamarack will provision Bayfield EHR for Customer, train staff and provide first-line support. Manufacturer provides hosting and second-line support."),
     ("h", "2. Prices"),
     ("p", "Customer pays Tamarack $168 per provider per month and $12 per support-staff seat per month, billed quarterly in advance."),
     ("h", "3. Third-party content"),
     ("p", "Bayfield EHR contains CPT codes and descriptors owned by the American Medical Association. Tamarack's prices include the CPT end-user royalty. Tamarack pays that royalty to Manufacturer, which remits it to the AMA under Manufacturer's distribution licence. Customer will not be charged any CPT royalty or content fee by Tamarack or Manufacturer. Customer must accept the CPT end-user terms displayed in Bayfield EHR, which restrict use to Customer's internal purposes."),
     ("h", "4. End-user licence"),
     ("p", "Customer's right to use the software itself is governed by Manufacturer's end-user licence, which Customer accepts at first log-in."),
     ("h", "5. General"),
     ("num", clauses(5, "Tamarack", "Customer", [0, 1, 4, 7, 11, 12], state="Minnesota", years="two")),
     ("sig", ["Tamarack Health IT Resellers, Inc.", "North Shore Chiropractic and Wellness, LLC"])],
    pagesize="a4", header="Tamarack Health IT Resellers, Inc. - Customer Agreement", footer="THR-CA-0520"))
