"""pass_through documents: the vendor bills the practice a separate CPT/AMA charge."""
from xlayout import boiler


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


DOCS = []

# P1 help-centre FAQ, royalty + processing fee per clinician per year
V = "Larkspur Behavioral Software, Inc."
DOCS.append(dict(
    key="p01_faq_sum", vendor=V, coverage="pass_through", fee=fee(21.00, "provider", "year"),
    desc="Help-centre FAQ in which the vendor adds a yearly AMA fee per clinician made up of a $19.50 CPT royalty and a $1.50 processing fee, so the practice pays $21.00 per provider per year.",
    font="sans", footer="Larkspur Help Center | help.larkspur-bh.example",
    blocks=[
        ("sub", "Larkspur Help Center &gt; Billing &amp; Account &gt; Fees"),
        ("title", "The annual AMA fee: common questions"),
        ("small", "Updated for the 2026 calendar year. Applies to all plans sold by Larkspur Behavioral Software, Inc."),
        ("h", "Why is there an AMA fee on my account?"),
        ("p", "Current Procedural Terminology (CPT\u00ae) codes are owned by the American Medical Association. "
              "Because our notes, superbills and claim forms display CPT codes, the AMA assesses a royalty on us for "
              "every clinician who can use them. We pass that royalty on to you as a separate line, the <b>AMA fee</b>, "
              "rather than folding it into your subscription price."),
        ("h", "How much is it?"),
        ("p", "For 2026 the AMA fee is <b>$21.00 per clinician per year</b>. Of that amount, $19.50 is the CPT royalty "
              "we remit to the AMA and $1.50 is a processing fee that covers payment handling and reporting."),
        ("h", "Is it charged per practice or per clinician?"),
        ("p", "Per clinician. Each rendering provider on your account is counted once. Schedulers, billers and "
              "front-desk staff who are not rendering providers are not counted."),
        ("h", "When will I see it?"),
        ("p", "The fee appears on your first invoice of the calendar year. If you add a clinician later in the year, "
              "that clinician's fee is added to your next monthly invoice. The fee is not prorated."),
        ("h", "Can I pay the AMA myself instead?"),
        ("p", "No. The AMA bills software companies, not individual practices, for CPT in our product, so we collect "
              "the fee on the AMA's behalf."),
        ("h", "Will the amount change?"),
        ("p", "The AMA has raised its royalty by small amounts most years. We will e-mail account owners at least "
              "thirty days before any change takes effect."),
        ("h", "Is my monthly subscription affected?"),
        ("p", "No. Your plan price of $59 per clinician per month is unchanged and is billed separately from the AMA fee."),
    ]))

# P2 invoice, ruled table, per user, 12 months
V = "Tidewater Practice Systems LLC"
DOCS.append(dict(
    key="p02_invoice_user", vendor=V, coverage="pass_through", fee=fee(18.75, "user", "year"),
    desc="Invoice whose ruled line items include an 'AMA CPT licence fee' of $18.75 per user for a 12-month licence year, next to a per-user monthly subscription line.",
    font="sans", footer="Tidewater Practice Systems LLC - Remit to: 410 Harbor Row, Suite 9, Norfolk Bay, VA 23999",
    blocks=[
        ("title", "INVOICE"),
        ("kv", [("Vendor", V), ("Invoice No.", "TPS-2026-00417"), ("Invoice Date", "January 5, 2026"),
                ("Bill To", "Seaview Family Medicine, P.C., 88 Dune Road, Port Lindell, VA 23990"),
                ("Terms", "Net 30"), ("Account", "SFM-0212")]),
        ("table", [["Item", "Description", "Qty", "Unit Price", "Amount"],
                   ["TPS-PM", "Practice management subscription, per user, January 2026", "6", "$79.00", "$474.00"],
                   ["TPS-ERX", "e-Prescribing add-on, per prescriber, January 2026", "2", "$25.00", "$50.00"],
                   ["AMA-CPT", "AMA CPT licence fee, per user, licence year Jan 1 - Dec 31, 2026 (12 months)", "6", "$18.75", "$112.50"],
                   ["STMT", "Patient statement printing and mailing (412 statements)", "412", "$0.62", "$255.44"],
                   ["", "", "", "Total due", "$891.94"]],
         {"ruled": True, "widths": [0.12, 0.46, 0.08, 0.16, 0.18], "boldlast": True}),
        ("p", "<b>About the AMA CPT licence fee.</b> Tidewater is required by its distribution agreement with the "
              "American Medical Association to collect a royalty for each user with access to CPT\u00ae content. The "
              "fee is billed once per licence year on the January invoice; users added mid-year are billed on the "
              "following invoice."),
        ("small", "Questions about this invoice: billing@tidewater-ps.example. Please include the invoice number with your payment."),
    ]))

# P3 pricing page with footnote, per provider per month
V = "Brightfield Clinical Cloud, Inc."
DOCS.append(dict(
    key="p03_pricing_footnote", vendor=V, coverage="pass_through", fee=fee(1.75, "provider", "month"),
    desc="Pricing page whose footnote adds an AMA CPT content fee of $1.75 per provider per month to coding-enabled plans, separate from the plan price.",
    font="sans", footer="brightfield-cloud.example/pricing",
    blocks=[
        ("title", "Simple pricing for growing practices"),
        ("sub", "Brightfield Clinical Cloud, Inc. - all prices in US dollars"),
        ("table", [["Plan", "Price per provider per month", "What's included"],
                   ["Starter", "$49", "Scheduling, patient portal, clinical notes"],
                   ["Professional\u2020", "$99", "Everything in Starter, plus superbills, claims and CPT\u00ae/ICD-10 coding tools"],
                   ["Enterprise\u2020", "$149", "Everything in Professional, plus analytics and multi-location reporting*"]],
         {"ruled": True, "widths": [0.2, 0.28, 0.52]}),
        ("small", "* Multi-location reporting requires at least three locations."),
        ("small", "\u2020 Plans that include coding tools display CPT codes owned by the American Medical Association. "
                  "An AMA CPT content fee of $1.75 per provider per month is added to these plans and shown as its own "
                  "line on your invoice. We collect this amount on behalf of the AMA."),
        ("h", "Frequently asked"),
        ("p", "<b>Is there a setup fee?</b> No setup fee on Starter or Professional. Enterprise onboarding is quoted separately."),
        ("p", "<b>Can I switch plans?</b> Yes, changes take effect at the start of your next billing month."),
        ("p", "<b>Do you offer annual billing?</b> Pay yearly and save 10% on the plan price. Annual billing does not change the CPT content fee."),
    ]))

# P4 order form, unruled table, unit in column header, per location per year
V = "Kestrel Ridge Health Technologies Corp."
DOCS.append(dict(
    key="p04_order_location", vendor=V, coverage="pass_through", fee=fee(145.00, "location", "year"),
    desc="Order form with an unruled fee table whose column header reads 'Annual Fee per Location'; the row 'CPT code set licence (AMA royalty pass-through)' is $145.00.",
    font="serif", footer="Kestrel Ridge Health Technologies Corp. - Order Form KR-5530",
    blocks=[
        ("title", "ORDER FORM"),
        ("kv", [("Provider of Services", V), ("Customer", "Ridgeview Orthopedic Associates, PLLC"),
                ("Order Number", "KR-5530"), ("Order Effective Date", "February 1, 2026"),
                ("Locations", "3 (Main Street, Westgate, Hillcrest)"), ("Initial Term", "36 months")]),
        ("h", "SCHEDULE OF FEES"),
        ("table", [["Service", "Annual Fee per Location", "Locations", "Annual Total"],
                   ["Orthopedic EHR platform", "$6,200.00", "3", "$18,600.00"],
                   ["Imaging viewer integration", "$900.00", "3", "$2,700.00"],
                   ["CPT code set licence (AMA royalty pass-through)", "$145.00", "3", "$435.00"],
                   ["Interface maintenance", "$480.00", "3", "$1,440.00"]],
         {"ruled": False, "widths": [0.42, 0.22, 0.14, 0.22]}),
        ("p", "Implementation services: $7,500.00, one-time, invoiced on signature."),
        ("h", "SPECIAL TERMS"),
        ("ol", ["The CPT code set licence line reflects the royalty that the American Medical Association charges "
                "Kestrel Ridge for the Customer's use of CPT\u00ae content in the platform. It is invoiced annually in "
                "advance together with the platform fee.",
                "Fees increase by no more than 4% at each anniversary of the Order Effective Date, except that the CPT "
                "code set licence line will change by the same amount as any change in the AMA's royalty.",
                "This Order Form is governed by the Master Subscription Agreement between the parties dated June 3, 2023."]),
        ("p", "Accepted for Customer: ______________________  Accepted for Kestrel Ridge: ______________________"),
    ]))

# P5 EULA, defined term priced in schedule, amount in words, 3 pages boilerplate
V = "Northgate Medical Informatics, LLC"
blocks = [
    ("title", "END USER LICENSE AGREEMENT"),
    ("sub", "Northgate Medical Informatics, LLC - NorthChart Desktop and NorthChart Cloud"),
    ("p", "This End User License Agreement (the \"Agreement\") is between Northgate Medical Informatics, LLC "
          "(\"Licensor\") and the medical practice identified on the Order (\"Licensee\"). By installing or accessing "
          "the Software, Licensee agrees to these terms."),
    ("h", "1. DEFINITIONS"),
    ("la", ["\"Authorized User\" means an individual employee or contractor of Licensee who is issued a login to the Software.",
            "\"License Year\" means each twelve-month period beginning on the Order effective date or an anniversary of it.",
            "\"CPT Royalty\" means the charge described in Schedule B for the sublicence of CPT\u00ae content under Section 3.",
            "\"Software\" means the NorthChart applications, their updates and documentation."]),
    ("h", "2. LICENSE GRANT"),
    ("p", "Licensor grants Licensee a non-exclusive, non-transferable licence for Authorized Users to use the Software "
          "in the United States for Licensee's internal business purposes during the term."),
    ("h", "3. AMERICAN MEDICAL ASSOCIATION CONTENT"),
    ("p", "The Software contains Current Procedural Terminology, which is copyrighted by the American Medical "
          "Association (\"AMA\"). Licensor distributes CPT under a licence from the AMA and sublicenses it to Licensee "
          "for use only within the Software. In consideration of that sublicence, Licensee shall pay the CPT Royalty. "
          "Licensor remits the CPT Royalty to the AMA as its distribution agreement requires. Licensee may not copy, "
          "publish or create derivative works of CPT."),
]
blocks += boiler(4, "Licensor", "Licensee", picks=[0, 1, 2, 3, 15, 16, 4, 5, 8, 18, 20, 21, 13, 24, 14], caps=True)
blocks += [
    ("h", "SCHEDULE B - FEES"),
    ("table", [["Fee", "Amount"],
               ["Software subscription", "Ninety-five dollars ($95.00) per Authorized User per month"],
               ["CPT Royalty", "Twenty-two dollars ($22.00) per Authorized User per License Year, invoiced at the start of each License Year"],
               ["Data migration (optional)", "Quoted on request"]],
     {"ruled": True, "widths": [0.3, 0.7]}),
]
DOCS.append(dict(
    key="p05_eula_defined_words", vendor=V, coverage="pass_through", fee=fee(22.00, "user", "year"), size=10.5,
    desc="End-user licence agreement with an AMA section obliging the licensee to pay a defined 'CPT Royalty', priced in Schedule B in words and figures at twenty-two dollars per Authorized User per License Year.",
    font="serif", footer="Northgate Medical Informatics, LLC - EULA rev. 2026-01", blocks=blocks))

# P6 amendment changes the fee
V = "Cardinal Peak Billing Solutions, Inc."
DOCS.append(dict(
    key="p06_amendment_change", vendor=V, coverage="pass_through", fee=fee(19.00, "provider", "year"),
    desc="Amendment No. 2 replacing the original $17.50 per provider per year AMA CPT pass-through with $19.00 per provider per year from January 1, 2026; the amended amount governs.",
    font="serif", footer="Cardinal Peak Billing Solutions, Inc. - Amendment No. 2",
    blocks=[
        ("title", "AMENDMENT NO. 2 TO SOFTWARE SERVICES AGREEMENT"),
        ("p", "This Amendment No. 2 (the \"Amendment\") is entered into as of December 1, 2025 by Cardinal Peak Billing "
              "Solutions, Inc. (\"Cardinal Peak\") and Lakeside Pediatrics Group, LLC (\"Practice\"), and amends the "
              "Software Services Agreement dated March 15, 2022, as previously amended by Amendment No. 1 dated "
              "January 10, 2024 (together, the \"Agreement\")."),
        ("h", "RECITALS"),
        ("p", "A. Section 6.4 of the Agreement requires Practice to reimburse Cardinal Peak for the royalty charged by "
              "the American Medical Association for CPT\u00ae content made available to Practice, at the rate of "
              "seventeen dollars and fifty cents ($17.50) per provider per year."),
        ("p", "B. The AMA has increased the royalty it charges Cardinal Peak, and the parties wish to update Section 6.4."),
        ("h", "AGREEMENT"),
        ("ol", ["<b>Amendment of Section 6.4.</b> Effective January 1, 2026, the rate in Section 6.4 is deleted and "
                "replaced with nineteen dollars ($19.00) per provider per year. The fee continues to be invoiced each "
                "January for every rendering provider enabled on Practice's account.",
                "<b>Subscription fees.</b> The monthly subscription fees in Exhibit A are not changed by this Amendment.",
                "<b>Effect.</b> Except as stated in this Amendment, the Agreement remains in full force. If this "
                "Amendment conflicts with the Agreement, this Amendment controls.",
                "<b>Counterparts.</b> This Amendment may be signed electronically and in counterparts."]),
        ("sp", 12),
        ("table", [["CARDINAL PEAK BILLING SOLUTIONS, INC.", "LAKESIDE PEDIATRICS GROUP, LLC"],
                   ["By: Marisol Ventner", "By: Dr. Howard Ekwueme"],
                   ["Title: Vice President, Contracts", "Title: Managing Partner"]],
         {"ruled": False, "header": False}),
    ]))

# P7 renewal notice per organization, words
V = "Harrow and Pike Software Ltd."
DOCS.append(dict(
    key="p07_renewal_org", vendor=V, coverage="pass_through", fee=fee(310.00, "organization", "year"),
    desc="Annual AMA CPT licence renewal notice charging one flat organization-level CPT fee of three hundred ten dollars ($310.00) for the 2026 licence year.",
    font="sans", footer="Harrow and Pike Software Ltd. - Accounts Receivable",
    blocks=[
        ("title", "Annual AMA CPT\u00ae Licence Renewal Notice"),
        ("kv", [("From", V), ("To", "Greenhollow Physical Therapy, Inc."), ("Customer ID", "HP-77310"),
                ("Notice Date", "November 14, 2025"), ("Licence Year", "January 1 - December 31, 2026")]),
        ("p", "Dear Practice Administrator,"),
        ("p", "Your organization's CPT licence, which Harrow and Pike provides under its agreement with the American "
              "Medical Association, expires on December 31, 2025. To keep CPT codes and descriptors available in "
              "HP Therapy Suite without interruption, the renewal will be billed automatically."),
        ("p", "<b>Renewal charge:</b> three hundred ten dollars ($310.00) for your organization for the 2026 licence "
              "year. This is an organization-wide fee; it does not vary with the number of therapists or sites."),
        ("p", "The renewal charge appears on your December invoice as \"AMA CPT Organization Licence 2026\". Your software "
              "subscription renews separately on its own anniversary date."),
        ("p", "If your organization no longer needs CPT content, reply to this notice before December 1, 2025 and we "
              "will disable the CPT library and cancel the renewal charge."),
        ("p", "Kind regards,<br/>Accounts Receivable<br/>Harrow and Pike Software Ltd.<br/>ar@harrowpike.example"),
    ]))

# P8 one-time per named user
V = "Pembrook Systems Group, Inc."
DOCS.append(dict(
    key="p08_onetime_user", vendor=V, coverage="pass_through", fee=fee(24.00, "user", "one_time"),
    desc="Perpetual-licence quotation charging a one-time CPT royalty pass-through of $24.00 per named user for the delivered 2026 CPT data file.",
    font="serif", footer="Pembrook Systems Group, Inc. - Quotation Q-2026-118",
    blocks=[
        ("title", "QUOTATION - PERPETUAL LICENCE"),
        ("kv", [("Vendor", V), ("Quotation", "Q-2026-118"), ("Prepared for", "Bayfront Surgical Center, LLC"),
                ("Valid until", "March 31, 2026")]),
        ("table", [["Line", "Description", "Charge"],
                   ["1", "PembrookPM server licence, perpetual", "$14,000.00 one-time"],
                   ["2", "Named user licences, perpetual (10 users at $650.00)", "$6,500.00 one-time"],
                   ["3", "CPT\u00ae royalty pass-through, 2026 CPT data file, per named user (10 users)", "$24.00 one-time per named user ($240.00)"],
                   ["4", "Installation and training", "$3,200.00 one-time"],
                   ["5", "Software maintenance and support (optional)", "18% of licence fees, yearly"]],
         {"ruled": True, "widths": [0.08, 0.6, 0.32]}),
        ("h", "Notes"),
        ("ol", ["Line 3 is the royalty the American Medical Association charges Pembrook for delivering the CPT data file "
                "with your installation. It is billed once with the licence invoice. Later CPT releases are not part of "
                "this quotation and will be quoted separately when they become available.",
                "Maintenance covers software updates and telephone support; it does not include CPT data files.",
                "Prices exclude applicable taxes and travel expenses."]),
    ]))

# P9 fee with no period anywhere
V = "Silverleaf Revenue Partners LLC"
blocks = [
    ("title", "BILLING SERVICES AGREEMENT"),
    ("p", "This Billing Services Agreement is made between Silverleaf Revenue Partners LLC (\"Silverleaf\") and "
          "Crescent Valley Cardiology, P.A. (\"Client\")."),
    ("h", "1. Services"),
    ("p", "Silverleaf will enter charges, submit claims electronically, post remittances, follow up on denials and "
          "produce management reports using Silverleaf's hosted billing platform."),
    ("h", "2. Compensation"),
    ("p", "Client will pay Silverleaf six and one-half percent (6.5%) of net collections on claims Silverleaf submits. "
          "Collections on accounts transferred to an outside agency are excluded."),
    ("h", "3. CPT Content"),
    ("p", "Silverleaf's platform displays CPT\u00ae codes and descriptors licensed to Silverleaf by the American Medical "
          "Association. Client will reimburse Silverleaf the AMA CPT sublicence fee of $21.00 per provider, which "
          "Silverleaf will show as a separate line on Client's statement and remit to the AMA."),
    ("h", "4. Client Responsibilities"),
    ("p", "Client will supply complete and accurate demographic, insurance and encounter information, and will review "
          "and sign off on coding for each encounter. Client remains responsible for the medical necessity of services billed."),
]
blocks += boiler(5, "Silverleaf", "Client", picks=[1, 2, 3, 4, 5, 17, 20, 19, 12, 13, 14])
DOCS.append(dict(
    key="p09_no_period", vendor=V, coverage="pass_through", fee=fee(21.00, "provider", None),
    desc="Billing-services agreement in which the client reimburses the vendor an AMA CPT sublicence fee of $21.00 per provider, with no period stated anywhere.",
    font="sans", footer="Silverleaf Revenue Partners LLC - Billing Services Agreement", blocks=blocks))

# P10 statement with no unit
V = "Marbleton Health Records, Inc."
DOCS.append(dict(
    key="p10_no_unit", vendor=V, coverage="pass_through", fee=fee(27.00, None, "year"),
    desc="Account statement with a line 'AMA CPT royalty (pass-through), calendar year 2026' for $27.00 and no unit (user, provider, location) stated anywhere.",
    font="mono", footer="Marbleton Health Records, Inc. - Statement of Account",
    blocks=[
        ("title", "STATEMENT OF ACCOUNT"),
        ("kv", [("Issued by", V), ("Customer", "Hart Lane Dermatology"), ("Statement Date", "January 31, 2026"),
                ("Account No.", "MHR-40981")]),
        ("table", [["Date", "Description", "Charges", "Payments"],
                   ["01/01/2026", "Balance forward", "$0.00", ""],
                   ["01/02/2026", "MarbleChart subscription - January 2026", "$340.00", ""],
                   ["01/02/2026", "AMA CPT royalty (pass-through), calendar year 2026", "$27.00", ""],
                   ["01/02/2026", "Fax line - January 2026", "$12.00", ""],
                   ["01/18/2026", "Payment - ACH, thank you", "", "$352.00"],
                   ["", "Balance due", "$27.00", ""]],
         {"ruled": False, "widths": [0.16, 0.52, 0.16, 0.16], "boldlast": True}),
        ("p", "The AMA CPT royalty is charged by the American Medical Association for CPT\u00ae codes displayed in "
              "MarbleChart. Marbleton Health Records, Inc. bills it to you and pays it to the AMA."),
        ("small", "Please remit the balance due by February 28, 2026. Questions: accounts@marbleton.example"),
    ]))

# P11 email thread, latest message decides (pass-through)
V = "Osprey Lane Health Data, Inc."
DOCS.append(dict(
    key="p11_email_latest", vendor=V, coverage="pass_through", fee=fee(1.60, "user", "month"),
    desc="E-mail thread (newest first) in which the vendor's latest message corrects an earlier 'CPT is included' reply and confirms a $1.60 per user per month AMA CPT content charge from the 2026 renewal.",
    font="sans", footer="Printed from mail client - Osprey Lane Health Data, Inc. correspondence",
    blocks=[
        ("title", "RE: CPT licensing on our 2026 renewal"),
        ("email", "Dana Whitcombe &lt;dwhitcombe@ospreylane.example&gt;", "Priya Lindqvist &lt;plindqvist@northfork-im.example&gt;",
         "Tue, Nov 18, 2025 4:12 PM", "RE: CPT licensing on our 2026 renewal",
         ["Hi Priya,",
          "I need to correct my note from last week, and I apologize for the confusion. Our finance team confirmed that, "
          "beginning with renewals on or after January 1, 2026, Osprey Lane Health Data, Inc. will bill an AMA CPT content "
          "charge of $1.60 per user per month. It will appear as its own line on your monthly invoice and is remitted to "
          "the American Medical Association under our distribution licence.",
          "This message replaces what I wrote on November 11. Your subscription pricing itself stays as quoted.",
          "Best,<br/>Dana Whitcombe, Account Executive"]),
        ("email", "Priya Lindqvist &lt;plindqvist@northfork-im.example&gt;", "Dana Whitcombe &lt;dwhitcombe@ospreylane.example&gt;",
         "Fri, Nov 14, 2025 9:03 AM", "RE: CPT licensing on our 2026 renewal",
         ["Thanks Dana. Just to be sure before I take this to our partners: nothing extra for CPT at all next year?"]),
        ("email", "Dana Whitcombe &lt;dwhitcombe@ospreylane.example&gt;", "Priya Lindqvist &lt;plindqvist@northfork-im.example&gt;",
         "Tue, Nov 11, 2025 2:40 PM", "RE: CPT licensing on our 2026 renewal",
         ["Hi Priya, CPT access is included in your subscription, so there is no charge for it on the renewal."]),
        ("email", "Priya Lindqvist &lt;plindqvist@northfork-im.example&gt;", "Dana Whitcombe &lt;dwhitcombe@ospreylane.example&gt;",
         "Mon, Nov 10, 2025 11:27 AM", "CPT licensing on our 2026 renewal",
         ["Hello Dana, our other vendors have started adding AMA fees. Will Osprey Lane charge us anything for CPT in 2026? "
          "We have 14 users. Thanks, Priya (Northfork Internal Medicine)"]),
    ]))

# P12 billing-service agreement, "Provider" = the vendor
V = "Meridian Claimworks LLC"
blocks = [
    ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
    ("p", "Between <b>Meridian Claimworks LLC</b>, a Texas limited liability company (\"Provider\"), and <b>Sandhill "
          "Women's Health Associates, PLLC</b> (\"Client\"). In this Agreement \"Provider\" always refers to Meridian "
          "Claimworks LLC as the provider of billing services; the physicians and other clinicians of Client are "
          "referred to as \"Rendering Clinicians\"."),
    ("h", "1. SCOPE"),
    ("p", "Provider will perform charge entry, claim scrubbing and submission, payment posting, denial management and "
          "patient statement services for Client through Provider's billing platform."),
    ("h", "2. FEES"),
    ("la", ["<b>Service Fee.</b> 5.5% of net collections received on Client accounts during each calendar month.",
            "<b>Onboarding Fee.</b> $1,500.00, payable once on signature.",
            "<b>AMA Pass-Through Fee.</b> Provider's platform displays CPT\u00ae codes and descriptors under Provider's "
            "licence from the American Medical Association. Client will pay Provider an AMA Pass-Through Fee of $20.50 "
            "per Rendering Clinician per calendar year, invoiced each January and, for Rendering Clinicians added "
            "during the year, on the next monthly invoice.",
            "<b>Statements.</b> Patient statements are billed at $0.58 per statement mailed."]),
    ("h", "3. CLIENT OBLIGATIONS"),
    ("p", "Client will provide timely encounter documentation, will select or approve all diagnosis and procedure codes, "
          "and will notify Provider within five business days of any change in a Rendering Clinician's enrollment."),
]
blocks += boiler(4, "Provider", "Client", picks=[0, 1, 2, 16, 4, 5, 17, 20, 21, 13, 14], caps=True)
DOCS.append(dict(
    key="p12_billing_provider_vendor", vendor=V, coverage="pass_through", fee=fee(20.50, "provider", "year"),
    desc="Billing-service agreement (where 'Provider' means the billing company) charging an AMA Pass-Through Fee of $20.50 per Rendering Clinician per calendar year beside a percentage-of-collections fee.",
    font="serif", footer="Meridian Claimworks LLC - Revenue Cycle Services Agreement", blocks=blocks))

# P13 clearinghouse CPT content fee per provider per month, with cap
V = "Bluewater Exchange Services, Inc."
DOCS.append(dict(
    key="p13_clearinghouse_cap", vendor=V, coverage="pass_through", fee=fee(2.00, "provider", "month"),
    desc="Clearinghouse fee schedule charging a CPT code content fee of $2.00 per provider per month for its claim-editing library, with a separate cap on yearly increases.",
    font="sans", footer="Bluewater Exchange Services, Inc. - Fee Schedule 2026",
    blocks=[
        ("title", "Clearinghouse Fee Schedule - 2026"),
        ("sub", "Bluewater Exchange Services, Inc. | Professional claims (837P) customers"),
        ("table", [["Service", "Fee", "Billing basis"],
                   ["Claim submission", "$0.29", "per claim"],
                   ["Electronic remittance (835)", "$0.00", "included"],
                   ["Real-time eligibility (270/271)", "$0.15", "per inquiry"],
                   ["Claim scrubber with CPT\u00ae code content", "$2.00", "per provider per month"],
                   ["Paper claim drop-to-print", "$0.85", "per claim"]],
         {"ruled": True, "widths": [0.5, 0.2, 0.3]}),
        ("h", "Notes to the fee schedule"),
        ("ol", ["The claim scrubber shows CPT codes and descriptors licensed by Bluewater from the American Medical "
                "Association. The CPT code content fee is the AMA royalty we collect from you for that content; it is "
                "billed monthly for each enrolled rendering provider.",
                "Per-claim and per-inquiry fees may increase on January 1 of each year, but by no more than $0.02 per "
                "transaction in any year.",
                "Minimum monthly billing of $35.00 applies to accounts with fewer than 100 claims."]),
    ]))

# P14 release notes, royalty + administrative fee per user per year
V = "Quillfeather Systems Corp."
DOCS.append(dict(
    key="p14_release_notes_sum", vendor=V, coverage="pass_through", fee=fee(20.50, "user", "year"),
    desc="Release notes announcing a new invoice line: an AMA CPT fee of $18.50 royalty plus $2.00 administrative fee per user per year, i.e. $20.50.",
    font="sans", footer="Quillfeather Systems Corp. - Release Notes",
    blocks=[
        ("title", "Release Notes - QuillPM 14.2"),
        ("small", "Quillfeather Systems Corp. | Released December 9, 2025"),
        ("h", "New and improved"),
        ("ul", ["2026 code set updates loaded, including new and revised CPT\u00ae codes effective January 1, 2026.",
                "Appointment reminders can now be sent in Spanish and Vietnamese.",
                "Faster claim batch export for practices with more than 5,000 open claims.",
                "Insurance card scanning supports the new payer ID layout."]),
        ("h", "Account and billing changes"),
        ("p", "<b>AMA CPT fee.</b> Starting with invoices dated January 1, 2026, your account will show an \"AMA CPT fee\" "
              "line. The American Medical Association requires us to collect a royalty for each user with access to CPT "
              "content. The fee is $18.50 royalty plus a $2.00 administrative fee for each active user per year, "
              "charged on the first invoice of the year."),
        ("h", "Fixed"),
        ("ul", ["Corrected rounding of patient balances on statements.",
                "Resolved an issue where the ERA auto-post skipped zero-pay lines."]),
    ]))

# P15 ruled table, monthly charge per user in column header
V = "Ironbark Clinical Software, Inc."
DOCS.append(dict(
    key="p15_table_header_month", vendor=V, coverage="pass_through", fee=fee(1.85, "user", "month"),
    desc="Subscription order with a ruled table headed 'Monthly Charge per User'; the 'CPT code content (AMA royalty)' row is $1.85.",
    font="serif", footer="Ironbark Clinical Software, Inc. - Subscription Order",
    blocks=[
        ("title", "SUBSCRIPTION ORDER"),
        ("kv", [("Supplier", V), ("Subscriber", "Pinegate Urgent Care, LLC"), ("Order Date", "January 20, 2026"),
                ("Users Ordered", "22")]),
        ("table", [["Component", "Monthly Charge per User"],
                   ["Core EHR and practice management", "$129.00"],
                   ["e-Prescribing including controlled substances", "$15.00"],
                   ["CPT\u00ae code content (AMA royalty)", "$1.85"],
                   ["Patient messaging", "$6.00"]],
         {"ruled": True, "widths": [0.6, 0.4]}),
        ("p", "Charges are billed monthly in advance for the number of users ordered. The CPT code content row is a "
              "royalty that the American Medical Association charges Ironbark for each user able to view CPT codes; "
              "Ironbark invoices it to Subscriber at cost."),
        ("p", "One-time implementation: $4,000.00. Training beyond eight hours: $150.00 per hour."),
        ("p", "This Order is subject to the Ironbark Subscription Terms in effect on the Order Date."),
    ]))
