"""not_addressed documents: CPT licensing is not dealt with."""
from xlayout import boiler

DOCS = []

V = "Maplewood Billing Associates LLC"
blocks = [
    ("title", "PHYSICIAN BILLING SERVICES AGREEMENT"),
    ("p", "Maplewood Billing Associates LLC (\"Maplewood\") and Clearwater Internal Medicine, P.C. (\"Practice\") enter "
          "into this Agreement effective March 1, 2026."),
    ("h", "1. SERVICES"),
    ("la", ["Charge entry from superbills and encounter forms, including CPT\u00ae procedure codes, modifiers and ICD-10-CM "
            "diagnosis codes supplied by Practice.",
            "Electronic claim submission and secondary claim filing.",
            "Payment posting, denial management and appeals.",
            "Monthly reports of charges, collections and accounts receivable aging."]),
    ("h", "2. FEES"),
    ("p", "Practice will pay Maplewood 6.75% of net collections received each month, with a minimum monthly fee of $900.00."),
]
blocks += boiler(3, "Maplewood", "Practice", picks=[0, 1, 2, 4, 8, 13], caps=True)
DOCS.append(dict(
    key="n01_billing_feature", vendor=V, coverage="not_addressed", fee=None,
    desc="Billing-services agreement that mentions CPT procedure codes only as data the billing company enters; no CPT licensing terms.",
    font="serif", footer="Maplewood Billing Associates LLC", blocks=blocks))

V = "Nettlefield Dental Software, Inc."
DOCS.append(dict(
    key="n02_dental_cdt", vendor=V, coverage="not_addressed", fee=None,
    desc="Dental practice software subscription terms covering CDT dental procedure codes and ICD-10 only; CPT is not mentioned.",
    font="sans", footer="Nettlefield Dental Software, Inc. - Subscription Terms",
    blocks=[
        ("title", "Subscription Terms - Nettlefield Dental Cloud"),
        ("p", "These terms apply to dental practices subscribing to Nettlefield Dental Cloud, provided by Nettlefield Dental "
              "Software, Inc. (\"Nettlefield\")."),
        ("h", "1. Features"),
        ("ul", ["Charting with CDT dental procedure codes and tooth/surface notation.",
                "ICD-10-CM diagnosis codes for medical cross-coding of oral surgery claims.",
                "Standard dental claim form creation and electronic submission.",
                "Imaging bridge to common intraoral sensors."]),
        ("h", "2. Fees"),
        ("p", "$199 per operatory per month, billed monthly. Additional hygienist logins are included."),
        ("h", "3. Code Content"),
        ("p", "Dental procedure code content in Nettlefield Dental Cloud is provided under Nettlefield's own arrangements "
              "with its content publisher and is included in the subscription. Updates are loaded each January."),
        ("h", "4. Cancellation"),
        ("p", "You may cancel with thirty days' notice. Prepaid amounts are not refunded."),
    ]))

V = "Great Lakes Medicare Services Corp."
DOCS.append(dict(
    key="n03_mac_click_through", vendor=V, coverage="not_addressed", fee=None,
    desc="Medicare contractor web-portal click-through CPT licence limited to use of the contractor's own materials in CMS programs; it is not a licence for a vendor's software product.",
    font="serif", footer="Great Lakes Medicare Services Corp. - Provider Portal",
    blocks=[
        ("title", "Provider Portal - Licence Acceptance"),
        ("sub", "Great Lakes Medicare Services Corp., a Medicare Administrative Contractor"),
        ("p", "Before entering the portal you must accept the following terms by selecting \"I Accept\"."),
        ("h", "Licence for use of Current Procedural Terminology"),
        ("p", "CPT codes, descriptions and other data in this portal are copyrighted by the American Medical Association. "
              "You, your employees and your agents may use CPT only as it appears in this contractor's fee schedules, "
              "bulletins, articles and portal screens, only inside your organization in the United States, and only for "
              "Medicare, Medicaid and other programs administered by the Centers for Medicare &amp; Medicaid Services. You "
              "will take reasonable steps to ensure your staff follow these terms."),
        ("p", "You may not resell, sublicense, distribute outside your organization or create derivative works of CPT, or "
              "use it for any commercial purpose. Any other use requires a licence obtained from the AMA."),
        ("p", "This contractor does not supply, and these terms do not license, CPT for use in any billing, practice "
              "management or electronic health record software."),
        ("p", "[ I Accept ]    [ I Do Not Accept ]"),
    ]))

V = "Oakhurst Transaction Services, Inc."
DOCS.append(dict(
    key="n04_cpt_cost_per_transaction", vendor=V, coverage="not_addressed", fee=None,
    desc="Payment-processing price sheet in which 'CPT' means cost per transaction; it has nothing to do with the AMA code set.",
    font="sans", footer="Oakhurst Transaction Services, Inc. - Merchant Pricing",
    blocks=[
        ("title", "Patient Payments - Merchant Pricing Schedule"),
        ("kv", [("Processor", V), ("Merchant", "Birchline Pediatric Dentistry and Orthodontics"),
                ("Schedule effective", "January 15, 2026")]),
        ("p", "In this schedule, <b>CPT</b> means <b>cost per transaction</b>: the fixed amount charged for each card or "
              "ACH payment processed, in addition to any percentage rate."),
        ("table", [["Payment type", "Rate", "CPT"],
                   ["Card present (terminal)", "2.45%", "$0.10"],
                   ["Card not present (portal, text-to-pay)", "2.85%", "$0.20"],
                   ["ACH / e-check", "0.80%", "$0.25"],
                   ["Refund", "-", "$0.15"]],
         {"ruled": True, "widths": [0.5, 0.25, 0.25]}),
        ("p", "Monthly gateway fee: $19.95 per merchant account. Chargebacks: $20.00 each."),
        ("p", "CPT amounts are reviewed annually and may increase by up to $0.05 per transaction with sixty days' notice."),
    ]))

V = "Pebble Creek Therapy Software LLC"
DOCS.append(dict(
    key="n05_trademark_only", vendor=V, coverage="not_addressed", fee=None,
    desc="Product brochure with per-user prices and a bare 'CPT is a registered trademark of the AMA' attribution line; no licence or fee terms.",
    font="sans", footer="Pebble Creek Therapy Software LLC",
    blocks=[
        ("title", "PebbleNotes for Physical and Occupational Therapy"),
        ("p", "Document visits in minutes, track plan-of-care progress, and send clean claims with built-in CPT\u00ae "
              "timed-code calculators and 8-minute rule checks."),
        ("h", "Why clinics choose PebbleNotes"),
        ("ul", ["Flowsheets built by therapists for therapists", "Automatic progress-note reminders",
                "Home exercise programs with video", "Integrated claims and remittance posting"]),
        ("h", "Pricing"),
        ("table", [["Plan", "Price"],
                   ["Solo", "$54 per user per month"], ["Clinic", "$79 per user per month"],
                   ["Enterprise", "Contact sales@pebblecreek.example"]],
         {"ruled": False, "widths": [0.4, 0.6]}),
        ("small", "Pebble Creek Therapy Software LLC, 9 Millrace Court, Dunford, CO 80999. CPT is a registered trademark of "
                  "the American Medical Association."),
    ]))

V = "Quarry Road DME Systems, Inc."
DOCS.append(dict(
    key="n06_hcpcs_only", vendor=V, coverage="not_addressed", fee=None,
    desc="DME billing software terms covering only HCPCS Level II and ICD-10-CM government code sets; CPT is not licensed or charged.",
    font="serif", footer="Quarry Road DME Systems, Inc.",
    blocks=[
        ("title", "DME BILLING SOFTWARE - LICENCE TERMS"),
        ("p", "Quarry Road DME Systems, Inc. (\"Quarry Road\") licenses DMEflow to suppliers of durable medical equipment, "
              "prosthetics, orthotics and supplies (\"Supplier\")."),
        ("h", "1. CODE SETS"),
        ("p", "DMEflow includes the HCPCS Level II code set and ICD-10-CM diagnosis codes published by the federal "
              "government, updated quarterly. No other procedure code set is included."),
        ("h", "2. FEES"),
        ("p", "Supplier will pay $325.00 per month per billing location, plus $0.35 per claim."),
        ("h", "3. SUPPORT"),
        ("p", "Quarry Road provides telephone support on business days and loads each quarterly HCPCS update within ten "
              "business days of release."),
        ("h", "4. TERM"),
        ("p", "Twelve months, renewing automatically unless either party gives sixty days' notice."),
    ]))

V = "Rosewater Practice Cloud LLC"
DOCS.append(dict(
    key="n07_invoice_no_cpt", vendor=V, coverage="not_addressed", fee=None,
    desc="Invoice with per-user subscription, fax and ICD-10 code-update lines; no CPT licence or fee appears.",
    font="sans", footer="Rosewater Practice Cloud LLC - Invoice",
    blocks=[
        ("title", "INVOICE RPC-90112"),
        ("kv", [("Seller", V), ("Customer", "Sunnyside Allergy and Asthma Clinic"), ("Date", "February 1, 2026")]),
        ("table", [["Description", "Qty", "Unit", "Total"],
                   ["Rosewater PM, per user, February 2026", "8", "$72.00", "$576.00"],
                   ["Cloud fax, per number", "2", "$9.00", "$18.00"],
                   ["ICD-10-CM FY2026 code update service", "1", "$0.00", "$0.00"],
                   ["Training session (remote, 2 hours)", "1", "$180.00", "$180.00"],
                   ["", "", "Total", "$774.00"]],
         {"ruled": True, "widths": [0.55, 0.1, 0.15, 0.2], "boldlast": True}),
        ("small", "Payment due in 30 days. Rosewater Practice Cloud LLC, billing@rosewater.example"),
    ]))

V = "Sagebrush Health Networks, Inc."
blocks = [
    ("title", "MASTER SUBSCRIPTION AGREEMENT"),
    ("p", "This Master Subscription Agreement is between Sagebrush Health Networks, Inc. (\"Sagebrush\") and the customer "
          "signing an Order (\"Customer\")."),
    ("h", "1. SUBSCRIPTION SERVICES"),
    ("p", "Sagebrush will provide the subscription services described in each Order, which may include scheduling, "
          "clinical documentation, charge capture with CPT\u00ae and HCPCS code search, claims management and patient "
          "engagement tools."),
    ("h", "2. ORDERS AND FEES"),
    ("p", "Customer will pay the fees in each Order. Unless the Order says otherwise, fees are stated per user per month "
          "and are billed monthly in advance."),
]
blocks += boiler(3, "Sagebrush", "Customer", picks=list(range(25)), caps=True)
DOCS.append(dict(
    key="n08_msa_feature_long", vendor=V, coverage="not_addressed", fee=None,
    desc="Multi-page master subscription agreement that names CPT only as a code-search feature among boilerplate; no CPT licensing terms.",
    font="serif", footer="Sagebrush Health Networks, Inc. - Master Subscription Agreement", blocks=blocks))

V = "Tamarack Telehealth Inc."
DOCS.append(dict(
    key="n09_telehealth_faq", vendor=V, coverage="not_addressed", fee=None,
    desc="Telehealth platform FAQ that says the platform does not do billing and visits are coded in the practice's own billing system; CPT licensing is never discussed.",
    font="sans", footer="Tamarack Telehealth Inc. - Help",
    blocks=[
        ("title", "Tamarack Telehealth - Frequently Asked Questions"),
        ("p", "<b>What does Tamarack cost?</b> $39 per clinician per month, with unlimited visits."),
        ("p", "<b>Does Tamarack submit insurance claims?</b> No. Tamarack handles video visits, waiting rooms and secure "
              "messaging. Code and bill your visits in your own billing system, for example using CPT\u00ae telehealth "
              "codes with the appropriate place-of-service and modifier."),
        ("p", "<b>Can patients join from a phone?</b> Yes, from any modern mobile browser; no app download is required."),
        ("p", "<b>Is Tamarack HIPAA compliant?</b> Yes. We sign a Business Associate Agreement with every practice."),
        ("p", "<b>Can I record visits?</b> Recording is off by default and can be enabled by an administrator with "
              "patient consent."),
    ]))

V = "Upland Charting Co."
DOCS.append(dict(
    key="n10_release_feature", vendor=V, coverage="not_addressed", fee=None,
    desc="Release notes describing CPT code-set updates and coding features only; there is no licence or fee statement.",
    font="mono", footer="Upland Charting Co. - Release Notes",
    blocks=[
        ("title", "Upland Charting 9.4 Release Notes"),
        ("small", "Upland Charting Co. - January 12, 2026"),
        ("h", "Coding"),
        ("ul", ["Added the 2026 CPT\u00ae updates for remote monitoring and telehealth visits.",
                "New modifier picker groups common modifiers by specialty.",
                "The superbill builder now flags codes deleted in the 2026 update."]),
        ("h", "Scheduling"),
        ("ul", ["Recurring appointments can skip federal holidays.", "Waitlist auto-fill now respects provider preferences."]),
        ("h", "Known issues"),
        ("ul", ["Printing batch statements from Safari may omit the logo; use another browser as a workaround."]),
    ]))
