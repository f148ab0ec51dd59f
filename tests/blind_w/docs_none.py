"""not_addressed documents."""
from layout import D

NA = "not_addressed"


def docs():
    out = []

    v = "Hollis Bridge Health Software, Inc."
    out.append(D("na-orderform-feature", v, NA, None,
        "Order form that lists 'CPT and ICD-10 code lookup' only as a product feature next to per-user prices, with nothing on who licenses or pays for CPT.",
        "Order Form HB-6032",
        [
            ("letterhead", v, "9 Tollgate Street, Hollis Bridge, NH 03999", "orders@hollisbridge.example"),
            ("h1", "Order Form HB-6032"),
            ("kv", [("Customer", "Monadnock Valley Urgent Care, LLC"), ("Start date", "April 1, 2026"), ("Term", "12 months")]),
            ("table", [
                ["Product", "Users", "Price per user per month", "Monthly"],
                ["Hollis Bridge Urgent Care EHR", "11", "$129.00", "$1,419.00"],
                ["Kiosk check-in", "2", "$49.00", "$98.00"],
                ["Monthly total", "", "", "$1,517.00"],
            ], {"ruled": True, "widths": [2.8, 0.6, 1.6, 1.3], "bold_last": True}),
            ("h2", "Included features"),
            ("bullets", ["Templated charting for urgent care visits", "CPT and ICD-10 code lookup with favourites lists", "Charge capture and claim creation", "Occupational medicine employer portal", "Reporting dashboard"]),
            ("p", "Implementation fee: $2,000, invoiced at signature. Prices exclude taxes."),
            ("sig", [("<b>Hollis Bridge Health Software, Inc.</b><br/>/s/ Corinne Vail", "<b>Monadnock Valley Urgent Care, LLC</b><br/>/s/ Dr. Samuel Oduya")]),
        ], footer="Hollis Bridge Health Software, Inc."))

    v = "Marisol Dental Systems LLC"
    out.append(D("na-dental-cdt-only", v, NA, None,
        "Dental practice software licence covering CDT dental procedure codes and ICD-10-CM only; CPT is never mentioned, so CPT licensing is not addressed.",
        "Software Licence and Services Terms",
        [
            ("letterhead", v, "Dental Practice Software - Licence and Services Terms", "401 Coral Bay Road, Isla Verde Key, FL 33999"),
            ("p", "These terms are between Marisol Dental Systems LLC (\"Marisol\") and the dental practice that subscribes to Marisol Chairside (\"Practice\")."),
            ("h2", "1. Services"),
            ("p", "Marisol Chairside provides charting, treatment planning, scheduling, imaging integration and dental claim submission."),
            ("h2", "2. Code content"),
            ("p", "Chairside includes the CDT dental procedure code set and ICD-10-CM diagnosis codes for claim attachments. Marisol provides these code tables as part of the subscription and updates them annually. Medical cross-coding is not supported."),
            ("h2", "3. Fees"),
            ("p", "The subscription is $399 per month per office for up to six operatories and $45 per month for each additional operatory. Imaging bridge set-up is $300 one-time."),
            ("boiler", "Marisol", "Practice", 4, 6, 0),
        ], footer="Marisol Dental Systems LLC"))

    v = "Westbrook Charting Co."
    out.append(D("na-copyright-notice-only", v, NA, None,
        "Legal-notices page with an AMA copyright and trademark notice for CPT and the usual disclaimers, but nothing about who licenses CPT or pays for it.",
        "Legal Notices",
        [
            ("web", "westbrookcharting.example/legal/notices"),
            ("letterhead", v, "Legal Notices and Trademarks", ""),
            ("h2", "Copyright"),
            ("p", "The Westbrook Charting application and documentation are copyright Westbrook Charting Co. All rights reserved."),
            ("h2", "CPT"),
            ("p", "CPT copyright 2025 American Medical Association. All rights reserved. CPT is a registered trademark of the American Medical Association. Fee schedules, relative value units, conversion factors and related components are not assigned by the AMA, are not part of CPT, and the AMA does not recommend their use. The AMA does not directly or indirectly practise medicine or dispense medical services and assumes no liability for data contained or not contained herein."),
            ("h2", "Other marks"),
            ("p", "Other product and company names mentioned may be trademarks of their respective owners."),
            ("h2", "Contact"),
            ("p", "Westbrook Charting Co., 17 Brookside Lane, Westbrook Mills, CT 06999. legal@westbrookcharting.example"),
        ], footer="Westbrook Charting Co."))

    v = "Brightwater Fax Services, Inc."
    out.append(D("na-cpt-cost-per-transmission", v, NA, None,
        "Medical e-fax service agreement where 'CPT' is defined as Cost Per Transmission and a 'CPT fee' is a per-page fax charge; the AMA code set is never mentioned.",
        "Secure Fax Service Agreement",
        [
            ("letterhead", v, "Secure Cloud Fax for Healthcare", "600 Signal Hill Road, Brightwater, NE 68999 - service@brightwater-fax.example"),
            ("h1", "Secure Fax Service Agreement"),
            ("p", "This Agreement is between Brightwater Fax Services, Inc. (\"Brightwater\") and Platte River Family Clinic, P.C. (\"Subscriber\"), effective February 1, 2026."),
            ("h2", "1. Definitions"),
            ("p", "\"CPT\" means Cost Per Transmission, the charge for each fax page sent or received beyond the monthly allowance. \"Fax Line\" means a dedicated inbound fax number."),
            ("h2", "2. Fees"),
            ("table", [
                ["Item", "Charge"],
                ["Plan fee (includes 1,000 pages per month)", "$29.00 per month"],
                ["Additional Fax Line", "$6.00 per line per month"],
                ["CPT fee (pages beyond allowance)", "$0.04 per page"],
                ["EHR integration set-up", "$150.00 one-time"],
            ], {"ruled": True, "widths": [3.8, 2.5]}),
            ("h2", "3. Security"),
            ("p", "Faxes are encrypted in transit and at rest. Brightwater will sign Subscriber's business associate agreement."),
            ("boiler", "Brightwater", "Subscriber", 4, 4, 4),
        ], footer="Brightwater Fax Services, Inc."))

    v = "Mapleton Health Cloud, LLC"
    out.append(D("na-invoice-icd-hcpcs-update", v, NA, None,
        "Annual invoice with per-user subscription lines and a code-set update service for ICD-10-CM and HCPCS Level II only; nothing about CPT licensing.",
        "Invoice MHC-10277",
        [
            ("letterhead", v, "55 Sugarbush Road, Mapleton, VT 05999", "billing@mapleton-hc.example"),
            ("h1", "Invoice MHC-10277"),
            ("kv", [("Bill to", "Lamoille Valley Physical Medicine, PLLC"), ("Invoice date", "January 2, 2026"), ("Period", "Calendar year 2026")]),
            ("table", [
                ["Description", "Qty", "Rate", "Amount"],
                ["Mapleton PT Notes, per user per year", "8", "$960.00", "$7,680.00"],
                ["Annual code-set update service (ICD-10-CM, HCPCS Level II)", "1", "$45.00", "$45.00"],
                ["Home exercise video library", "1", "$240.00", "$240.00"],
                ["Total", "", "", "$7,965.00"],
            ], {"ruled": True, "widths": [3.5, 0.6, 1.0, 1.2], "bold_last": True}),
            ("small", "Payment due within 30 days. Thank you for choosing Mapleton Health Cloud, LLC."),
        ], footer="Mapleton Health Cloud, LLC"))

    v = "Corrigan Medical Software, Inc."
    out.append(D("na-ticket-modifier-bug", v, NA, None,
        "Support ticket about CPT modifier 25 not printing on claims; CPT appears only as billing data and licensing is never discussed.",
        "Ticket 77120",
        [
            ("letterhead", v, "Support Portal - Ticket 77120", ""),
            ("kv", [("Customer", "Oak Terrace Internal Medicine, LLC"), ("Opened", "Mar 4, 2026"), ("Category", "Claims / CMS-1500 output"), ("Status", "Resolved")]),
            ("email", {"from": "Janelle Park (Oak Terrace)", "date": "Mar 4, 2026 08:47", "subject": "Modifier 25 missing on printed claims"}, [
                "Since the March update, when we bill an E/M visit with a procedure on the same day, modifier 25 on the CPT line is not printing on the paper claim, though it is in the electronic file."]),
            ("email", {"from": "Arjun Mehra (Corrigan Support)", "date": "Mar 4, 2026 13:20", "subject": "RE: Modifier 25 missing on printed claims"}, [
                "Thanks Janelle. We reproduced this: the paper-claim template was truncating the modifier field when a CPT code had more than one modifier. Hotfix 26.3.2 corrects the template. It will install automatically tonight."]),
            ("email", {"from": "Janelle Park (Oak Terrace)", "date": "Mar 5, 2026 09:10", "subject": "RE: Modifier 25 missing on printed claims"}, ["Confirmed fixed. Thank you."]),
        ], footer="Corrigan Medical Software, Inc."))

    v = "Lowther Claims Services LLC"
    out.append(D("na-clearinghouse-edits", v, NA, None,
        "Clearinghouse service terms describing CPT/HCPCS claim edits and per-claim fees without any term on CPT licensing or AMA fees.",
        "Clearinghouse Service Terms",
        [
            ("letterhead", v, "Clearinghouse Service Terms", "8 Exchange Alley, Lowther Crossing, SC 29999"),
            ("p", "These terms apply between Lowther Claims Services LLC (\"Lowther\") and each healthcare provider organisation that submits claims through Lowther (\"Client\")."),
            ("h2", "1. Claim scrubbing"),
            ("p", "Before forwarding a claim, Lowther applies front-end edits, including checks that CPT and HCPCS codes are valid for the date of service, that modifiers are compatible, and that diagnosis pointers are present. Claims that fail an edit are returned to Client's work queue."),
            ("h2", "2. Fees"),
            ("bullets", ["Electronic professional claim: $0.30 per claim.", "Secondary claim crossover: $0.15 per claim.", "Claim status inquiries: included.", "Monthly minimum: $50.00 per Client."]),
            ("h2", "3. Responsibilities"),
            ("p", "Client is responsible for the content of its claims, including the selection of codes. Lowther does not provide coding advice."),
            ("boiler", "Lowther", "Client", 4, 5, 8),
        ], footer="Lowther Claims Services LLC"))

    v = "Pemberton EHR Solutions, Inc."
    out.append(D("na-renewal-code-update-feature", v, NA, None,
        "Renewal notice with a 3 percent increase within a 5 percent cap that mentions the 2026 CPT code update being loaded as a feature, without any term on CPT licensing or fees.",
        "Renewal notice",
        [
            ("letterhead", v, "300 Meeting House Lane, Pemberton, NJ 08899", "renewals@pemberton-ehr.example"),
            ("p", "November 14, 2025"),
            ("p", "Dr. Alicia Moreau<br/>Delaware Bay Endocrinology, LLC"),
            ("h1", "Your 2026 renewal"),
            ("p", "Your Pemberton EHR subscription renews on January 1, 2026. The monthly fee will be $1,236.00 (currently $1,200.00), an increase of 3 percent, within the 5 percent cap in your agreement."),
            ("h2", "What's new for 2026"),
            ("bullets", ["The 2026 CPT code update will be loaded on December 15, 2025, with new and revised codes available for dates of service from January 1.", "ICD-10-CM updates continue to load each October.", "New diabetes flowsheet and insulin pump data import."]),
            ("p", "No action is needed to renew. To change your plan, contact renewals@pemberton-ehr.example by December 1."),
            ("p", "Pemberton EHR Solutions, Inc."),
        ], footer="Pemberton EHR Solutions, Inc."))

    v = "Ashcombe Revenue Cycle Services, Inc."
    out.append(D("na-billing-coding-services", v, NA, None,
        "Coding and billing services agreement (practice called 'Provider') under which certified coders assign CPT codes for a percentage fee; nothing addresses CPT licensing or AMA fees.",
        "Coding and Billing Services Agreement",
        [
            ("letterhead", v, "1400 Pembroke Center, Ashcombe, VA 22999", "agreements@ashcombe-rcs.example"),
            ("h1", "Coding and Billing Services Agreement"),
            ("p", "This Agreement is made between Ashcombe Revenue Cycle Services, Inc. (\"Ashcombe\") and Shenandoah Valley Surgical Group, P.C. (\"Provider\"), effective June 1, 2026."),
            ("h2", "1. Services"),
            ("p", "1.1 Ashcombe's certified coders will review Provider's operative notes and assign CPT, HCPCS and ICD-10-CM codes. 1.2 Ashcombe will submit claims, post remittances and manage denials. 1.3 Ashcombe will provide a quarterly coding accuracy report."),
            ("h2", "2. Fees"),
            ("p", "2.1 Provider will pay Ashcombe 7 percent of net collections. 2.2 External coding audits requested by Provider are $35.00 per chart. 2.3 Fees are invoiced monthly."),
            ("h2", "3. Provider responsibilities"),
            ("p", "Provider will deliver complete documentation within three business days of each encounter and will answer coder queries within five business days."),
            ("boiler", "Ashcombe", "Provider", 4, 16, 1),
            ("sig", [("<b>Ashcombe Revenue Cycle Services, Inc.</b><br/>/s/ Frances Liddell", "<b>Shenandoah Valley Surgical Group, P.C.</b><br/>/s/ Dr. Emil Novak")]),
        ], footer="Ashcombe Revenue Cycle Services, Inc."))

    v = "Oakhaven Learning Systems LLC"
    out.append(D("na-cpt-certified-practice-trainer", v, NA, None,
        "EHR training services agreement in which 'CPT' means Certified Practice Trainer and the $20 per user per year 'CPT recertification' fee is a training charge, not an AMA licence fee.",
        "Training Services Agreement",
        [
            ("letterhead", v, "EHR Training and Adoption Services", "25 Scholar's Walk, Oakhaven, TX 75999 - training@oakhaven-ls.example"),
            ("h1", "Training Services Agreement"),
            ("p", "Between Oakhaven Learning Systems LLC (\"Oakhaven\") and Brazos Bend Medical Associates, PLLC (\"Client\"). Oakhaven trains Client's staff on the EHR that Client licenses from its own software vendor."),
            ("h2", "1. Definitions"),
            ("p", "\"CPT\" or \"Certified Practice Trainer\" means a Client employee who completes Oakhaven's train-the-trainer course and passes the certification exam, and who then trains new staff at Client."),
            ("h2", "2. Fees"),
            ("table", [
                ["Service", "Fee"],
                ["Go-live training, on site", "$1,100 per day"],
                ["CPT certification course", "$450 per trainee, one-time"],
                ["CPT recertification and content access", "$20 per user per year"],
                ["Custom tip sheets", "$95 per sheet"],
            ], {"ruled": True, "widths": [3.6, 2.7]}),
            ("p", "Oakhaven's course materials include screenshots and workflow guides. Oakhaven does not supply software or code sets."),
            ("boiler", "Oakhaven", "Client", 3, 4, 12),
        ], footer="Oakhaven Learning Systems LLC"))

    return out
