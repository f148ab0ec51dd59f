"""pass_through documents."""
from layout import D, fee

PT = "pass_through"


def docs():
    out = []

    # 1. Ruled order-form table, unit in column header
    v = "Halvorsen Clinical Software, Inc."
    out.append(D("pt-ruled-orderform", v, PT, fee(19.00, "user", "year"),
        "Signed order form whose ruled line-item table bills an AMA CPT content royalty pass-through at $19.00 in the 'Price per User per Year' column, next to much larger per-user subscription prices.",
        "Order Form HCS-2026-0417",
        [
            ("letterhead", v, "1180 Quarry Road, Suite 300, Duluth Falls, MN 55817", "orders@halvorsen-clinical.example  |  (218) 555-0142"),
            ("h1", "Order Form No. HCS-2026-0417"),
            ("kv", [("Customer", "Birchmont Family Medicine, P.A."), ("Customer address", "42 Lakeview Terrace, Two Harbors Junction, MN 55899"), ("Order term", "36 months from the Service Start Date"), ("Service Start Date", "February 1, 2026"), ("Governing agreement", "Halvorsen Master Subscription Agreement v4.2")]),
            ("h2", "A. Recurring charges"),
            ("table", [
                ["Item", "Qty", "Price per User per Year", "Annual Extended"],
                ["ChartPilot Cloud EHR and PM subscription", "12", "$1,080.00", "$12,960.00"],
                ["ePrescribing with controlled substances add-on", "4", "$240.00", "$960.00"],
                ["AMA CPT content royalty (pass-through)<super>1</super>", "12", "$19.00", "$228.00"],
                ["Patient portal", "12", "$60.00", "$720.00"],
                ["Recurring subtotal", "", "", "$14,868.00"],
            ], {"ruled": True, "widths": [2.9, 0.5, 1.6, 1.3], "bold_last": True}),
            ("h2", "B. One-time charges"),
            ("table", [
                ["Item", "Amount"],
                ["Implementation and workflow configuration", "$2,500.00"],
                ["Historical data conversion (up to 5 years)", "$1,800.00"],
                ["One-time subtotal", "$4,300.00"],
            ], {"ruled": True, "widths": [4.7, 1.6], "bold_last": True}),
            ("small", "<super>1</super> CPT codes and descriptors shown in ChartPilot are licensed from the American Medical Association. Halvorsen collects this royalty from Customer for each user and remits it to the AMA; it is not part of the subscription price. The per-user rate is reset each January to follow the AMA's published royalty, and Halvorsen will give thirty days' written notice of any change."),
            ("p", "Recurring charges are invoiced annually in advance. One-time charges are invoiced on signature. Subscription prices in Section A (other than the pass-through line) may increase at each anniversary by no more than five percent."),
            ("sig", [("<b>Halvorsen Clinical Software, Inc.</b><br/>By: /s/ Annika Dahlberg<br/>VP, Commercial Operations<br/>Date: January 9, 2026", "<b>Birchmont Family Medicine, P.A.</b><br/>By: /s/ Terrence Oyelaran, MD<br/>Managing Partner<br/>Date: January 12, 2026")]),
        ], footer="Halvorsen Clinical Software - Order Form HCS-2026-0417"))

    # 2. Monthly invoice, per provider per month
    v = "Kestrel Bay Health Technologies LLC"
    out.append(D("pt-invoice-provider-month", v, PT, fee(1.65, "provider", "month"),
        "Monthly invoice with a line for an AMA CPT licence pass-through billed monthly per rendering provider at $1.65, alongside per-provider subscription and per-statement charges.",
        "Invoice KB-88213",
        [
            ("letterhead", v, "900 Harborview Parkway, Port Allerton, WA 98377", "billing@kestrelbay.example"),
            ("h1", "INVOICE"),
            ("kv", [("Invoice number", "KB-88213"), ("Invoice date", "April 1, 2026"), ("Service period", "March 1 - March 31, 2026"), ("Bill to", "Cedar Hollow Orthopedics, PLLC, 310 Ferncliff Ave, Port Allerton, WA 98378"), ("Account", "CHO-0031"), ("Terms", "Net 30")]),
            ("table", [
                ["Description", "Qty", "Rate", "Amount"],
                ["PracticeCurrent PM and billing, monthly, per rendering provider", "6", "$145.00", "$870.00"],
                ["Patient statements, printed and mailed", "412", "$0.62", "$255.44"],
                ["Eligibility checks (over 500 included)", "38", "$0.20", "$7.60"],
                ["AMA CPT licence pass-through, monthly, per rendering provider", "6", "$1.65", "$9.90"],
                ["Total due", "", "", "$1,142.94"],
            ], {"ruled": True, "widths": [3.6, 0.6, 1.0, 1.1], "bold_last": True}),
            ("small", "The CPT pass-through line recovers the royalty Kestrel Bay owes to the American Medical Association for CPT content used in PracticeCurrent. It is billed to each practice separately from the software subscription. Questions about this invoice: billing@kestrelbay.example."),
            ("p", "Please remit payment by ACH to the account shown on your customer portal, or mail a check payable to Kestrel Bay Health Technologies LLC, PO Box 7720, Port Allerton, WA 98377. Late balances accrue interest at 1 percent per month."),
        ], footer="Kestrel Bay Health Technologies LLC - Invoice KB-88213"))

    # 3. Reseller contract, per location per year
    v = "Northgate Practice Solutions, Inc."
    out.append(D("pt-reseller-location-year", v, PT, fee(120.00, "location", "year"),
        "Practice-management reseller agreement in which the reseller invoices the practice an AMA CPT licence pass-through of $120.00 per practice location per contract year.",
        "Reseller Customer Agreement",
        [
            ("letterhead", v, "Authorised reseller of Orrin Medical Software products", "55 Mill Race Lane, Kettering Cross, OH 45499  |  contracts@northgate-ps.example"),
            ("h1", "Customer Agreement (Resold Software)"),
            ("p", "This Customer Agreement is made between Northgate Practice Solutions, Inc. (\"Reseller\") and Valley Crest Podiatry Associates, Inc. (\"Practice\"), effective March 1, 2026. Reseller is an authorised reseller of the OrrinPM practice-management application published by Orrin Medical Software Corp. (\"Publisher\")."),
            ("h2", "1. Resold Products"),
            ("p", "Reseller grants Practice a non-exclusive right to use OrrinPM for Practice's internal business during the term, for the practice locations listed in Attachment 1. Publisher's end-user terms, which Practice accepts on first log-in, also apply."),
            ("h2", "2. Fees"),
            ("p", "2.1 <i>Software fees.</i> Practice will pay Reseller the software fees in Attachment 1, annually in advance."),
            ("p", "2.2 <i>Implementation.</i> Reseller's implementation services are billed at $165.00 per hour, estimated at 24 hours."),
            ("p", "2.3 <i>Third-party content.</i> OrrinPM displays CPT codes and descriptors, which are copyrighted by the American Medical Association. Those codes are not included in the software fees. Reseller will invoice Practice an AMA CPT licence pass-through of $120.00 per practice location per contract year, which Reseller forwards to Publisher for payment of the AMA royalty. A location added mid-year is charged the full annual amount."),
            ("p", "2.4 <i>Price changes.</i> Software fees may increase at renewal by up to six percent. The pass-through in Section 2.3 may change only to reflect a change in the royalty charged by the AMA."),
            ("h2", "3. Support"),
            ("p", "Reseller provides first-line support. Publisher provides second-line support through Reseller."),
            ("boiler", "Reseller", "Practice", 4, 12, 2),
            ("pb",),
            ("h2", "Attachment 1 - Locations and Software Fees"),
            ("table", [
                ["Location", "Address", "Annual software fee"],
                ["Main office", "8 Granary Street, Kettering Cross, OH", "$7,200.00"],
                ["Satellite clinic", "1402 Route 9, Linden Ferry, OH", "$3,600.00"],
            ], {"ruled": True, "widths": [1.5, 3.2, 1.6]}),
            ("sig", [("<b>Northgate Practice Solutions, Inc.</b><br/>By: /s/ Marcus Feeney, President", "<b>Valley Crest Podiatry Associates, Inc.</b><br/>By: /s/ Dr. Ilse Varga, Owner")]),
        ], footer="Northgate Practice Solutions - Customer Agreement"))

    # 4. Proposal with one-time organisation-wide CPT line
    v = "Larkspur Revenue Systems, LLC"
    out.append(D("pt-quote-onetime-org", v, PT, fee(295.00, "organization", "one_time"),
        "Quote whose one-time charges include an organisation-wide, one-time AMA CPT distribution licence fee of $295.00, separate from recurring per-provider subscription charges.",
        "Quote LRS-Q-5521",
        [
            ("letterhead", v, "2200 Canal Street, Floor 4, New Bramford, LA 70199", "sales@larkspur-rs.example"),
            ("h1", "Quote LRS-Q-5521"),
            ("kv", [("Prepared for", "Gulf Meadows Cardiology Group, LLC"), ("Prepared by", "Renata Moise, Account Executive"), ("Quote date", "November 18, 2025"), ("Valid until", "December 31, 2025")]),
            ("h2", "One-time charges"),
            ("table", [
                ["Item", "Basis", "Price"],
                ["Implementation and go-live support", "Fixed fee", "$3,900.00"],
                ["Data migration from legacy PM", "Fixed fee", "$1,200.00"],
                ["AMA CPT distribution licence", "One-time, per organization", "$295.00"],
                ["Staff training (two remote days)", "Fixed fee", "$1,400.00"],
                ["Total one-time", "", "$6,795.00"],
            ], {"ruled": True, "widths": [3.0, 1.9, 1.3], "bold_last": True}),
            ("h2", "Recurring charges"),
            ("table", [
                ["Item", "Basis", "Price"],
                ["Larkspur RCM Suite", "Per provider, per month", "$389.00"],
                ["Clearinghouse connectivity", "Per organization, per month", "$150.00"],
            ], {"ruled": True, "widths": [3.0, 1.9, 1.3]}),
            ("p", "The AMA CPT distribution licence line covers the royalty Larkspur must pay the American Medical Association to make CPT content available to your organization's users in the RCM Suite. It is charged once, when the account is opened, and is not refundable."),
            ("small", "Quote subject to the Larkspur Customer Terms. Prices exclude applicable taxes. Accepting this quote by signature below creates a binding order."),
            ("sig", [("Accepted for Gulf Meadows Cardiology Group, LLC<br/>/s/ Paul Arceneaux, CFO<br/>December 4, 2025", "Larkspur Revenue Systems, LLC<br/>/s/ Renata Moise")]),
        ], footer="Larkspur Revenue Systems, LLC - Quote LRS-Q-5521"))

    # 5. Master agreement, fee in words, buried
    v = "Tamarind Health Information Services Corporation"
    out.append(D("pt-msa-words", v, PT, fee(22.00, "user", "year"),
        "Master agreement that, on its third page, obliges the customer to pay a CPT royalty pass-through of twenty-two US dollars per Authorized User per Contract Year, stated only in words.",
        "Master Services Agreement",
        [
            ("letterhead", v, "77 Commonwealth Plaza, Haverford Mills, PA 19499", "legal@tamarind-his.example"),
            ("h1", "Master Services Agreement"),
            ("p", "This Master Services Agreement (the \"Agreement\") is entered into as of January 15, 2026 between Tamarind Health Information Services Corporation (\"Vendor\") and Ridgeview Internal Medicine Associates, P.C. (\"Customer\")."),
            ("h2", "Definitions"),
            ("p", "\"Authorized User\" means an individual employee or contractor of Customer to whom Customer issues credentials for the Services. \"Contract Year\" means each twelve-month period beginning on the Effective Date or an anniversary of it. \"Services\" means the hosted clinical documentation and billing services described in an Order."),
            ("h2", "Services and Fees"),
            ("p", "Vendor will provide the Services described in each Order. Customer will pay the subscription fees in each Order, which are stated per Authorized User per month and are invoiced quarterly in advance."),
            ("boiler", "Vendor", "Customer", 3, 26, 0),
            ("h2", "29. Code Set Royalties"),
            ("p", "29.1 The Services contain Current Procedural Terminology (CPT) content owned by the American Medical Association. Vendor distributes that content under its own agreement with the AMA and reports Customer's Authorized Users to the AMA each year."),
            ("p", "29.2 In addition to the subscription fees, Customer shall pay to Vendor a CPT royalty pass-through of twenty-two United States dollars for each Authorized User for each Contract Year. Vendor will invoice this amount with the first quarterly invoice of each Contract Year."),
            ("p", "29.3 ICD-10-CM content is provided without separate charge."),
            ("boiler", "Vendor", "Customer", 30, 5, 26),
            ("sig", [("<b>Tamarind Health Information Services Corporation</b><br/>By: /s/ Howard Leventhal<br/>General Counsel", "<b>Ridgeview Internal Medicine Associates, P.C.</b><br/>By: /s/ Dr. Carmen Salcedo<br/>President")]),
        ], footer="Tamarind HIS - MSA - Confidential"))

    # 6. FAQ page, royalty + processing fee
    v = "Pinewild Therapy Software, Inc."
    out.append(D("pt-faq-royalty-plus-processing", v, PT, fee(19.25, "user", "year"),
        "Vendor FAQ page explaining that each user is billed the AMA royalty of $17.75 plus a $1.50 processing fee per user per calendar year (label is the $19.25 sum).",
        "Help Center - AMA CPT Fee FAQ",
        [
            ("web", "help.pinewild-therapy.example/articles/ama-cpt-fee"),
            ("letterhead", v, "Help Center", ""),
            ("h1", "AMA CPT fee: frequently asked questions"),
            ("small", "Last updated December 2, 2025"),
            ("h2", "What is this charge?"),
            ("p", "The American Medical Association owns CPT, the procedure codes you pick when you finish a session note or build a superbill. Software companies that show CPT codes must pay the AMA a royalty for every person who uses them. Pinewild passes that royalty through to practices rather than folding it into subscription prices."),
            ("h2", "How much will I pay?"),
            ("p", "For calendar year 2026 each user with CPT access is charged the AMA royalty of $17.75 per user per year. We also add a processing fee of $1.50 per user per year to cover the cost of counting users, filing reports with the AMA and collecting payment."),
            ("h2", "When is it charged?"),
            ("p", "On your first invoice of the calendar year. Users added later in the year are charged on the next invoice after they first select a CPT code. The fee is not prorated."),
            ("h2", "Can I pay the AMA directly instead?"),
            ("p", "Not for use inside Pinewild. The AMA licenses CPT to us as a distributor and holds us responsible for collecting from our users."),
            ("h2", "Is this part of my Pinewild subscription?"),
            ("p", "No. Your subscription (for example, the Group plan at $59 per user per month) is billed separately and does not include the AMA royalty."),
            ("h2", "Will it go up?"),
            ("p", "The AMA has usually raised the royalty by about fifty cents a year. We will post any change here at least thirty days before it is billed."),
            ("small", "Pinewild Therapy Software, Inc., 610 Spruce Run Road, Bend Hollow, OR 97799. CPT is a registered trademark of the American Medical Association."),
        ], footer="Pinewild Therapy Software - Help Center"))

    # 7. Unruled fee schedule, unit in column header, per location per month
    v = "Sorrel Creek Data Exchange, Inc."
    out.append(D("pt-unruled-location-month", v, PT, fee(7.50, "location", "month"),
        "Clearinghouse fee schedule in an unruled table whose 'Monthly charge per location' column lists a CPT licence pass-through (AMA) at $7.50, among per-claim and per-location service fees.",
        "Schedule of Fees",
        [
            ("letterhead", v, "3 Foundry Square, Millbrook Station, NC 27599", "enroll@sorrelcreek-dx.example"),
            ("h1", "Schedule A - Schedule of Fees"),
            ("p", "This Schedule forms part of the Clearinghouse Services Agreement between Sorrel Creek Data Exchange, Inc. (\"Sorrel Creek\") and the subscribing practice named on the enrolment form (\"Subscriber\"). Fees are effective for enrolments signed on or after January 1, 2026."),
            ("h2", "1. Location-based charges"),
            ("table", [
                ["Service", "Monthly charge per location", "Notes"],
                ["Claims clearinghouse access", "$89.00", "Unlimited electronic professional claims"],
                ["Real-time eligibility", "$25.00", "Up to 800 inquiries per location"],
                ["CPT licence pass-through (AMA)", "$7.50", "Applies while the coding and claim-scrubbing module is enabled"],
                ["Remittance posting (835)", "$15.00", ""],
            ], {"ruled": False, "widths": [2.3, 1.8, 2.4]}),
            ("h2", "2. Transaction charges"),
            ("table", [
                ["Transaction", "Charge"],
                ["Paper claim, printed and mailed", "$0.55 per claim"],
                ["Eligibility inquiries above allowance", "$0.12 each"],
                ["Claim status (276/277) beyond 1,000 per month", "$0.05 each"],
            ], {"ruled": False, "widths": [4.0, 2.3]}),
            ("h2", "3. Notes"),
            ("p", "The CPT licence pass-through reimburses Sorrel Creek for the royalty it pays to the American Medical Association to display CPT descriptors in the claim-scrubbing module. Subscribers who disable the module are not charged it."),
            ("p", "Sorrel Creek may change transaction charges on sixty days' notice. Enrolment fees of $50.00 per new payer connection are waived for the first ten payers."),
        ], footer="Sorrel Creek Data Exchange - Schedule A"))

    # 8. Defined term priced in Schedule 2
    v = "Wexford Ambulatory Systems, Inc."
    out.append(D("pt-defined-term-schedule", v, PT, fee(1.90, "user", "month"),
        "Master subscription agreement defining a 'CPT Royalty Charge' payable on top of subscription fees, with the amount ($1.90 per Named User per month) set only in Schedule 2 on a later page.",
        "Master Subscription Agreement",
        [
            ("letterhead", v, "400 Fulton Ridge Boulevard, Ashgrove, GA 30399", "contracts@wexford-ambulatory.example"),
            ("h1", "Master Subscription Agreement"),
            ("p", "Between Wexford Ambulatory Systems, Inc. (\"Wexford\") and Peachtree Bend Women's Health, LLC (\"Customer\"). Effective Date: February 2, 2026."),
            ("h2", "1. Definitions"),
            ("p", "1.1 \"AMA\" means the American Medical Association. 1.2 \"CPT\" means the Current Procedural Terminology code set published by the AMA. 1.3 \"CPT Royalty Charge\" means the charge set out against that name in Schedule 2, which recovers the royalty Wexford owes the AMA for CPT content made available to Customer. 1.4 \"Named User\" means an individual authorised by Customer to access the Subscription Services. 1.5 \"Subscription Fee\" means the fee in Schedule 2 for access to the Subscription Services."),
            ("h2", "2. Subscription Services"),
            ("p", "Wexford will make the Subscription Services available to Customer's Named Users during the term, in accordance with the documentation."),
            ("h2", "3. Fees"),
            ("p", "3.1 Customer will pay the Subscription Fee and the other charges in Schedule 2. 3.2 The CPT Royalty Charge is payable in addition to, and is not included in, the Subscription Fee. 3.3 Invoices are issued monthly in arrears and are due within thirty days."),
            ("boiler", "Wexford", "Customer", 4, 22, 3),
            ("pb",),
            ("h2", "Schedule 2 - Charges"),
            ("table", [
                ["Charge", "Rate", "Basis"],
                ["Subscription Fee", "$210.00", "per Named User per month"],
                ["CPT Royalty Charge", "$1.90", "per Named User per month"],
                ["Lab interface", "$150.00", "per interface per month"],
                ["Additional storage", "$40.00", "per 100 GB per month"],
            ], {"ruled": True, "widths": [2.2, 1.2, 2.9]}),
            ("sig", [("<b>Wexford Ambulatory Systems, Inc.</b><br/>/s/ Delia Okafor, COO", "<b>Peachtree Bend Women's Health, LLC</b><br/>/s/ Jonah Whitcombe, Practice Administrator")]),
        ], footer="Wexford Ambulatory Systems - MSA"))

    # 9. Amendment changes the fee
    v = "Cobblestone Medical Billing Software, Inc."
    out.append(D("pt-amendment-changes-fee", v, PT, fee(21.50, "user", "year"),
        "Amendment No. 2 replacing the original $18.00 per Licensed User per year CPT pass-through clause with $21.50 per Licensed User per year from January 1, 2026.",
        "Amendment No. 2",
        [
            ("letterhead", v, "18 Tannery Row, Brookfield Corners, VT 05699", "accounts@cobblestone-mbs.example"),
            ("h1", "Amendment No. 2 to Software Subscription Agreement"),
            ("p", "This Amendment No. 2 (\"Amendment\") is made as of November 20, 2025 between Cobblestone Medical Billing Software, Inc. (\"Vendor\") and Green Mountain Physical Therapy, Inc. (\"Customer\") and amends the Software Subscription Agreement dated March 3, 2022, as previously amended by Amendment No. 1 dated June 1, 2023 (together, the \"Agreement\")."),
            ("h2", "Recitals"),
            ("p", "A. Section 7.3 of the Agreement currently provides: \"Customer shall pay Vendor an AMA CPT licence pass-through fee of $18.00 per Licensed User per year, invoiced each January.\" B. The American Medical Association has increased the royalty it charges Vendor, and the parties wish to update Section 7.3 accordingly."),
            ("h2", "Agreement"),
            ("p", "1. <b>Section 7.3.</b> With effect from January 1, 2026, Section 7.3 of the Agreement is deleted and replaced with the following: \"7.3 Customer shall pay Vendor an AMA CPT licence pass-through fee of $21.50 per Licensed User per year, invoiced each January.\""),
            ("p", "2. <b>Storage.</b> Amendment No. 1 raised the included document storage to 250 GB. Nothing in this Amendment changes that."),
            ("p", "3. <b>Subscription fees.</b> The subscription fee of $74.00 per Licensed User per month is unchanged."),
            ("p", "4. <b>Other terms.</b> Except as stated in this Amendment, the Agreement remains in full force. If this Amendment conflicts with the Agreement, this Amendment controls."),
            ("sig", [("<b>Cobblestone Medical Billing Software, Inc.</b><br/>/s/ Ruth Abernathy, Controller", "<b>Green Mountain Physical Therapy, Inc.</b><br/>/s/ Owen Leclair, DPT, Owner")]),
        ], footer="Cobblestone MBS - Amendment No. 2"))

    # 10. Fee with no unit stated
    v = "Ashby Lane Medical Systems LLC"
    out.append(D("pt-invoice-no-unit", v, PT, fee(18.00, None, "year"),
        "Annual invoice carrying a 'CPT licence pass-through (AMA)' line of $18.00 annually with no quantity or per-user/provider/location basis stated anywhere (unit left null).",
        "Annual Invoice AL-2026-114",
        [
            ("letterhead", v, "64 Orchard Gate Road, Sandpoint Hills, ID 83899", "ar@ashbylane.example"),
            ("h1", "Annual Invoice"),
            ("kv", [("Invoice", "AL-2026-114"), ("Date", "January 5, 2026"), ("Customer", "Kootenai Ridge Dermatology, PLLC"), ("Coverage period", "January 1 - December 31, 2026"), ("Due", "February 4, 2026")]),
            ("table", [
                ["Description", "Amount"],
                ["Hosted PM and charting platform, annual", "$4,200.00"],
                ["Premium support plan, annual", "$600.00"],
                ["CPT licence pass-through (AMA), annually", "$18.00"],
                ["Fax gateway, annual", "$180.00"],
                ["Invoice total", "$4,998.00"],
            ], {"ruled": True, "widths": [4.7, 1.6], "bold_last": True}),
            ("p", "The CPT licence pass-through is collected by Ashby Lane on behalf of the American Medical Association for the CPT codes and descriptions available in the platform, and is shown separately because it is not part of the platform fee."),
            ("small", "Thank you for your business. Pay online at pay.ashbylane.example or by check to Ashby Lane Medical Systems LLC."),
        ], footer="Ashby Lane Medical Systems LLC"))

    # 11. Fee with no period stated
    v = "Merriweather Clinical Software Co."
    out.append(D("pt-quote-no-period", v, PT, fee(16.00, "provider", None),
        "Perpetual-licence quote stating an AMA CPT royalty pass-through of $16.00 per licensed provider, invoiced separately, with no period given for that charge anywhere (period left null).",
        "Quotation MCS-3390",
        [
            ("letterhead", v, "9 Beacon Wharf, Salt Marsh Point, ME 04699", "quotes@merriweather-cs.example"),
            ("h1", "Quotation MCS-3390"),
            ("kv", [("Customer", "Penobscot Valley Pediatrics, P.A."), ("Providers", "5 licensed providers"), ("Date", "October 2, 2025")]),
            ("table", [
                ["Line", "Description", "Price"],
                ["1", "Merriweather Office PM, perpetual licence, 5 providers", "$6,400.00"],
                ["2", "Installation and configuration on customer server", "$1,750.00"],
                ["3", "Software maintenance, 20% of line 1, billed yearly", "$1,280.00"],
                ["4", "AMA CPT royalty pass-through: $16.00 per licensed provider, invoiced separately", "$80.00"],
            ], {"ruled": True, "widths": [0.5, 4.5, 1.3]}),
            ("p", "Line 4 reflects the royalty Merriweather must pay the American Medical Association for the CPT code tables bundled with Merriweather Office PM. It is invoiced separately from the licence and maintenance lines."),
            ("small", "Quotation valid for 45 days. Customer-supplied hardware must meet the published system requirements."),
        ], footer="Merriweather Clinical Software Co. - Quotation MCS-3390"))

    # 12. Email thread oldest first, correction decides
    v = "Granite Harbor Health IT, LLC"
    out.append(D("pt-email-thread-correction", v, PT, fee(24.00, "provider", "year"),
        "E-mail chain (oldest first) in which a sales rep first suggests CPT is included, then the vendor's contracts team corrects this to a $24.00 per provider per year pass-through and the practice accepts.",
        "RE: CPT question on our order",
        [
            ("letterhead", v, "Printed e-mail thread", ""),
            ("email", {"from": "Dana Whitlock &lt;dwhitlock@harborlight-uro.example&gt;", "to": "Kyle Brannigan &lt;kbrannigan@graniteharbor.example&gt;", "date": "Mon, Sep 8, 2025 9:14 AM", "subject": "CPT question on our order"}, [
                "Hi Kyle, before we sign the order for Harborlight Urology I need to know whether the AMA CPT licence is included in the $265 per provider per month, or whether it shows up as something extra."]),
            ("email", {"from": "Kyle Brannigan &lt;kbrannigan@graniteharbor.example&gt;", "to": "Dana Whitlock", "date": "Mon, Sep 8, 2025 11:02 AM", "subject": "RE: CPT question on our order"}, [
                "Hi Dana, I believe that's rolled into the subscription, but let me double-check with contracts and get back to you."]),
            ("email", {"from": "Priya Natarajan &lt;contracts@graniteharbor.example&gt;", "to": "Dana Whitlock", "cc": "Kyle Brannigan", "date": "Tue, Sep 9, 2025 3:40 PM", "subject": "RE: CPT question on our order"}, [
                "Dana, I'm with the contracts team at Granite Harbor Health IT, LLC. To correct Kyle's note: the AMA CPT licence is not included in the subscription. We pass the AMA royalty through at $24.00 per provider per year, billed on the January invoice (prorated to the month for providers added mid-year). This is Section 5.6 of our standard terms and it will be line 4 of your order form.",
                "For context, the AMA's own direct end-user licence is priced around $20 per user per year, but that licence does not cover use inside our platform, so you would still need ours."]),
            ("email", {"from": "Dana Whitlock", "to": "Priya Natarajan", "cc": "Kyle Brannigan", "date": "Wed, Sep 10, 2025 8:05 AM", "subject": "RE: CPT question on our order"}, [
                "Thanks Priya, that's clear. We'll sign on that basis - please send the final order form with the $24.00 per provider per year CPT line included."]),
        ], footer="Printed from mail client"))

    # 13. Renewal notice
    v = "Bellweather Practice Cloud, Inc."
    out.append(D("pt-renewal-notice", v, PT, fee(23.00, "provider", "year"),
        "Renewal notice raising the subscription by 4.5 percent (within a 7 percent cap) and listing the AMA CPT licence fee at $23.00 annual per provider, up from $22.50 the year before.",
        "Renewal Notice",
        [
            ("letterhead", v, "1500 Lakeshore Commons, Suite 210, Fond du Roche, WI 53999", "renewals@bellweather-pc.example"),
            ("p", "November 3, 2025"),
            ("p", "Amelia Thorsen, Practice Manager<br/>Northwoods Neurology, S.C.<br/>22 Pine Bluff Road, Fond du Roche, WI 53998"),
            ("h1", "Your renewal on January 1, 2026"),
            ("p", "Dear Ms. Thorsen, your Bellweather Practice Cloud subscription renews automatically on January 1, 2026 for a further twelve months. A summary of your renewal pricing is below."),
            ("table", [
                ["Item", "2025", "2026"],
                ["Practice Cloud subscription, per provider per month", "$310.00", "$323.95"],
                ["AMA CPT licence fee, annual, per provider", "$22.50", "$23.00"],
                ["Telehealth add-on, per provider per month", "$35.00", "$35.00"],
            ], {"ruled": True, "widths": [3.6, 1.3, 1.3]}),
            ("p", "The subscription increase of 4.5 percent is within the 7 percent annual cap in Section 4.2 of your agreement. The AMA CPT licence fee is the royalty set by the American Medical Association for CPT content in Practice Cloud, which we collect and forward; it changes only when the AMA changes its rate."),
            ("p", "If you do not wish to renew, please notify us in writing before December 1, 2025."),
            ("p", "Sincerely,<br/>Renewals Team, Bellweather Practice Cloud, Inc."),
        ], footer="Bellweather Practice Cloud, Inc."))

    # 14. Billing-service agreement, 'Provider' is the practice
    v = "Ridgeline Revenue Partners LLC"
    out.append(D("pt-billing-service-provider-is-practice", v, PT, fee(2.10, "user", "month"),
        "Revenue-cycle services agreement (practice called 'Provider') requiring Provider to reimburse the billing company the AMA CPT royalty at $2.10 per portal user per month, separate from the percentage-of-collections fee.",
        "Billing Services Agreement",
        [
            ("letterhead", v, "700 Summit Exchange, Suite 12, Cold Spring Mesa, CO 80999", "agreements@ridgeline-rp.example"),
            ("h1", "Medical Billing Services Agreement"),
            ("p", "This Agreement is between Ridgeline Revenue Partners LLC (\"Company\") and Front Range Sports Medicine, P.C. (\"Provider\"), a professional corporation whose physicians render the services Company will bill. Effective: April 1, 2026."),
            ("h2", "1. Services"),
            ("p", "Company will prepare and submit Provider's professional claims, post payments, work denials and follow up on unpaid balances. Coding of encounters remains Provider's responsibility unless Provider orders Company's coding review service."),
            ("h2", "2. Compensation"),
            ("p", "2.1 Provider will pay Company 6.5 percent of net collections received each month on claims Company submits. 2.2 Coding review, if ordered, is $4.00 per chart reviewed. 2.3 Patient statement mailing is $0.70 per statement."),
            ("h2", "3. Portal Access and CPT Content"),
            ("p", "3.1 Company will give Provider's staff access to its RevView portal, which displays CPT codes and descriptors for charge review. 3.2 CPT is owned by the American Medical Association, and Company owes the AMA a royalty for each person who can view CPT in RevView. 3.3 Provider shall reimburse Company for that royalty at $2.10 per portal user per month. This charge is itemised on Company's monthly statement and is not part of the percentage fee in Section 2.1."),
            ("boiler", "Company", "Provider", 4, 12, 0),
            ("sig", [("<b>Ridgeline Revenue Partners LLC</b><br/>/s/ Gareth Holm, Managing Member", "<b>Front Range Sports Medicine, P.C.</b><br/>/s/ Dr. Lucia Brandt, President")]),
        ], footer="Ridgeline Revenue Partners LLC - Billing Services Agreement"))

    # 15. Pass-through with no amount stated
    v = "Quillfeather Health Software, Inc."
    out.append(D("pt-no-amount", v, PT, None,
        "Subscription terms requiring the customer to reimburse the vendor, on its invoices, for AMA royalties for CPT content at the rate the AMA sets each year, without stating any amount (cpt_fee null).",
        "Subscription Terms",
        [
            ("web", "quillfeather.example/legal/subscription-terms"),
            ("letterhead", v, "Subscription Terms for Practices", "Version 2026.1"),
            ("p", "These terms apply to every practice (\"Customer\") that subscribes to Quillfeather Notes or Quillfeather Billing through an online checkout or signed order with Quillfeather Health Software, Inc. (\"Quillfeather\")."),
            ("h2", "1. Subscription"),
            ("p", "Customer's subscription plan, seat count and price are shown in its account settings. Subscriptions renew monthly or yearly, depending on the plan chosen at checkout."),
            ("h2", "2. Third-Party Code Sets"),
            ("p", "2.1 Quillfeather Billing includes CPT codes and descriptors, which are the copyrighted property of the American Medical Association. Quillfeather distributes CPT under a licence from the AMA."),
            ("p", "2.2 Customer will reimburse Quillfeather for the AMA royalty attributable to each of Customer's users with CPT access, at the per-user rate the AMA sets for the relevant calendar year. Quillfeather will add this reimbursement as a separate line on Customer's first invoice of each calendar year and will tell Customer the applicable rate in advance."),
            ("p", "2.3 ICD-10-CM content is public and carries no reimbursement charge."),
            ("h2", "3. Payment"),
            ("p", "Quillfeather charges the card or bank account on file. Failed payments are retried three times before the account is limited to read-only access."),
            ("boiler", "Quillfeather", "Customer", 4, 4, 2),
        ], footer="Quillfeather Health Software, Inc. - Subscription Terms"))

    # 16. Clearinghouse enrolment, per organization per year
    v = "Tidewater Claims Network, Inc."
    out.append(D("pt-clearinghouse-org-year", v, PT, fee(150.00, "organization", "year"),
        "Clearinghouse enrolment terms charging an annual CPT content fee of $150.00 per enrolled organization (per tax ID) for CPT descriptors in the claim editor, next to per-claim fees.",
        "Enrolment Terms and Fees",
        [
            ("letterhead", v, "12 Shipyard Lane, Cape Merriton, VA 23499", "enrollment@tidewater-claims.example"),
            ("h1", "Provider Enrolment Terms and Fee Summary"),
            ("p", "By completing enrolment, the submitting organisation (\"Submitter\") agrees to these terms with Tidewater Claims Network, Inc. (\"Tidewater\"). An enrolled organization is each entity submitting claims under its own federal tax identification number."),
            ("h2", "Fees"),
            ("bullets", [
                "Professional claims: $0.29 per claim accepted by Tidewater.",
                "Eligibility inquiries: $0.10 each.",
                "Electronic remittance: no charge.",
                "Annual CPT content fee: $150.00 per enrolled organization per year. This fee recovers the royalty Tidewater pays the American Medical Association for showing CPT descriptors and edit messages in the claim editor.",
                "Annual platform fee: $300.00 per enrolled organization per year.",
            ]),
            ("h2", "Submitter Obligations"),
            ("p", "Submitter is responsible for the accuracy of claim data, for obtaining payer enrolment where required, and for keeping user credentials secure."),
            ("h2", "Billing"),
            ("p", "Annual fees are billed on the enrolment anniversary. Transaction fees are billed monthly in arrears."),
        ], footer="Tidewater Claims Network, Inc."))

    return out
