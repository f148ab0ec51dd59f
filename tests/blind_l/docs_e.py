"""blind_l content, part E: two customer-must-license documents and not-addressed documents."""


def cov(c):
    return {"coverage": c, "cpt_fee": None}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_quote_row_not_included",
    "vendor": "Oakhurst Medical Technologies, Inc.",
    "description": "Ruled quote table: 'CPT code set - Not included - Customer to license from AMA'; note quotes the AMA's own rate for guidance; ICD-10/HCPCS 'Included' rows and EHR price are traps.",
    "label": cov("customer_must_license"),
    "font": "Helvetica", "size": 10,
    "footer": "Oakhurst Medical Technologies, Inc. - Quote OMT-25-2207 - 1 Oakhurst Plaza, Raleigh, NC 27601",
    "blocks": [
        ("ltitle", "Oakhurst Medical Technologies, Inc."),
        ("p", "<b>Quote OMT-25-2207</b> for Pemberton Square Internal Medicine, LLC - issued December 3, 2025"),
        ("table", [
            ["Line", "Item", "Price", "Status"],
            ["1", "Oakhurst EHR license", "$275.00 per provider / month", "Included in quote"],
            ["2", "ICD-10-CM code set", "$0.00", "Included"],
            ["3", "HCPCS Level II code set", "$0.00", "Included"],
            ["4", "CPT\u00ae code set", "-", "Not included - Customer to license from AMA (note 2)"],
            ["5", "Implementation", "$5,500.00 one-time", "Included in quote"],
        ], {"ruled": True, "widths": [0.5, 2.0, 2.0, 2.6]}),
        ("h", "Notes"),
        ("cl", "1.", "Provider count at signing: 6. Pricing is fixed for the 24-month initial term."),
        ("cl", "2.", "Oakhurst does not distribute CPT. Customer must contract with and pay the American Medical "
                     "Association directly for a CPT license covering its users of the Oakhurst EHR, and load the AMA's "
                     "data file using Oakhurst's import tool. For guidance only, the AMA's published internal-use rate "
                     "for 2025 is an entity fee plus $18.50 per user; the AMA sets the actual amount."),
        ("cl", "3.", "This quote is subject to the Oakhurst Customer Agreement."),
        ("sp", 8),
        ("p", "Accepted for Pemberton Square Internal Medicine, LLC: ______________________  Date: __________"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "cml_body_prevails_over_schedule",
    "vendor": "Wexford Lane Health Systems, Inc.",
    "description": "Body requires Customer to obtain its own AMA CPT licence; Schedule 1 lists 'CPT (license included)' but the precedence clause says the main body prevails over the Schedules.",
    "label": cov("customer_must_license"),
    "font": "Times", "size": 10.5,
    "header": "Wexford Lane Health Systems, Inc. - Master Agreement WLHS-MA-118",
    "blocks": [
        ("title", "MASTER AGREEMENT"),
        ("pj", "Between Wexford Lane Health Systems, Inc. (\"Wexford Lane\") and Copper Kettle Pediatrics, PLLC "
               "(\"Customer\"), effective January 5, 2026."),
        ("h", "5. Code sets"),
        ("cl", "5.1", "Customer shall obtain and maintain its own license from the American Medical Association for "
                      "CPT for all of its users of the System. Wexford Lane does not include a CPT license in any Fees "
                      "and does not sublicense CPT."),
        ("cl", "5.2", "Wexford Lane will load Customer's licensed CPT data file into the System on request."),
        ("h", "8. Fees"),
        ("pj", "Fees are stated in Schedule 2 and are invoiced monthly in advance."),
        ("h", "15. Construction"),
        ("cl", "15.1", "Headings are for convenience only."),
        ("cl", "15.3", "Order of precedence. In the event of any conflict or inconsistency, the main body of this "
                       "Agreement prevails over the Schedules, and Schedule 2 prevails over Schedule 1."),
        ("pb",),
        ("title", "SCHEDULE 1 - PRODUCT DESCRIPTION"),
        ("table", [
            ["Module", "Description"],
            ["Charting", "Problem-oriented notes, templates for well-child visits, growth charts"],
            ["Orders and results", "Lab and imaging orders, bidirectional lab interface"],
            ["Code sets", "ICD-10-CM, HCPCS Level II, CPT\u00ae (license included), LOINC"],
            ["Portal", "Patient messaging, forms and appointment requests"],
        ], {"ruled": True, "widths": [1.6, 4.6]}),
        ("title", "SCHEDULE 2 - FEES"),
        ("kv", [["System subscription", "$228.00 per provider per month"],
                ["Additional staff user", "$30.00 per user per month"],
                ["Interface maintenance", "$150.00 per interface per month"]], [2, 3]),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_dental_cdt_update_fee_only",
    "vendor": "Molarwise Dental Software, Inc.",
    "description": "Dental practice-management order form: only the ADA's CDT code update ($29 per office per year) and software fees; CPT is never mentioned.",
    "label": cov("not_addressed"),
    "font": "Helvetica", "size": 10,
    "footer": "Molarwise Dental Software, Inc. - Order Form MDS-88412",
    "blocks": [
        ("ltitle", "Molarwise Dental Software, Inc."),
        ("p", "<b>Order Form MDS-88412</b> - Customer: Bright Harbor Family Dentistry, PLLC - Date: January 8, 2026"),
        ("table", [
            ["Product", "Qty", "Price", "Term"],
            ["Molarwise Cloud (scheduling, charting, imaging bridge)", "2 offices", "$249.00 per office / month", "36 months"],
            ["CDT\u00ae Code Update (ADA Current Dental Terminology)", "2 offices", "$29.00 per office / year", "annual"],
            ["Insurance e-claims and eligibility", "2 offices", "$79.00 per office / month", "36 months"],
            ["Data conversion from previous system", "1", "$1,250.00", "one-time"],
        ], {"ruled": True, "widths": [3.0, 0.9, 1.8, 1.0]}),
        ("h", "Terms"),
        ("cl", "1.", "The CDT Code Update delivers the American Dental Association's annual revision of the Code on Dental "
                     "Procedures and Nomenclature to Molarwise Cloud each January."),
        ("cl", "2.", "Monthly fees are billed in advance. Annual fees are billed each January."),
        ("cl", "3.", "This order is governed by the Molarwise Subscription Terms at molarwise.example/terms."),
        ("small", "CDT is a registered trademark of the American Dental Association. Current Dental Terminology "
                  "(c) 2025 American Dental Association. All rights reserved."),
        ("sp", 8),
        ("p", "Authorized signature (Customer): ______________________"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_cpt_is_continuous_performance_test",
    "vendor": "Attendra Neurometrics, LLC",
    "description": "Licence for an attention-testing program in which 'CPT' means Continuous Performance Test; the per-administration credit prices have nothing to do with AMA CPT codes.",
    "label": cov("not_addressed"),
    "font": "Times", "size": 11,
    "header": "Attendra Neurometrics, LLC - Clinical Site License",
    "blocks": [
        ("title", "CLINICAL SITE LICENSE - ATTENDRA CPT-3"),
        ("pj", "This license is granted by Attendra Neurometrics, LLC (\"Attendra\") to Northwood Child &amp; Family "
               "Psychology, PLLC (\"Licensee\") for the Attendra CPT-3, a computerized Continuous Performance Test "
               "(\"CPT\") of sustained attention and response inhibition."),
        ("h", "1. Grant"),
        ("pj", "Licensee may install the CPT on up to three testing workstations at its clinic and administer it to its "
               "own patients under the supervision of a qualified examiner."),
        ("h", "2. Test credits"),
        ("pj", "Each administration of the CPT consumes one test credit. Credits are sold in packs of 50 at $375.00 per "
               "pack ($7.50 per administration) and do not expire. Scoring reports are generated at no additional charge."),
        ("h", "3. Norms and updates"),
        ("pj", "Attendra will provide updated normative tables when published. Updates are included in the annual site "
               "fee of $450.00."),
        ("h", "4. Qualified use"),
        ("pj", "The CPT is an aid to clinical judgment and must not be used as the sole basis for any diagnosis. "
               "Licensee shall ensure that examiners complete Attendra's online administration course."),
        ("h", "5. Restrictions"),
        ("pj", "Licensee shall not copy the stimulus sequences, reverse engineer the scoring algorithm or publish test "
               "items."),
        ("h", "6. Term"),
        ("pj", "This license runs for one year from activation and renews on payment of the annual site fee."),
        ("sp", 8),
        ("p", "Activated January 13, 2026 - License key ATN-3-55810"),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_cpt_is_cost_per_transaction",
    "vendor": "Ledgerpoint Payments, LLC",
    "description": "Card-processing agreement for a clinic in which 'CPT' is defined as Cost Per Transaction ($0.10 per authorization); no code sets at all.",
    "label": cov("not_addressed"),
    "font": "Helvetica", "size": 9.5,
    "footer": "Ledgerpoint Payments, LLC - Merchant Processing Agreement - Pricing Addendum",
    "blocks": [
        ("title", "MERCHANT PROCESSING AGREEMENT - PRICING ADDENDUM"),
        ("p", "Processor: Ledgerpoint Payments, LLC (\"Ledgerpoint\")   Merchant: Riverbend Orthodontic &amp; Family "
              "Clinic, LLC (\"Merchant\")   Merchant ID: 4410-22871"),
        ("h", "1. Definitions"),
        ("cl", "1.1", "\"CPT\" means Cost Per Transaction, a fixed amount charged for each authorization request, "
                      "approved or declined."),
        ("cl", "1.2", "\"Discount Rate\" means the percentage of the gross amount of each settled card sale."),
        ("h", "2. Pricing"),
        ("table", [
            ["Component", "Rate"],
            ["Discount Rate - Visa, Mastercard, Discover", "2.49%"],
            ["Discount Rate - American Express", "2.89%"],
            ["CPT (all card brands)", "$0.10 per authorization"],
            ["HSA/FSA card surcharge", "none"],
            ["Monthly statement fee", "$7.95"],
            ["Chargeback fee", "$20.00 per chargeback"],
        ], {"ruled": False, "widths": [3.6, 2.4]}),
        ("h", "3. Patient payment terminals"),
        ("p", "Ledgerpoint will lease two countertop terminals to Merchant at $14.00 per terminal per month. Terminals "
              "remain Ledgerpoint's property."),
        ("h", "4. Changes"),
        ("p", "Ledgerpoint may change the CPT or Discount Rate on 30 days' written notice if card network fees change."),
        ("h", "5. Settlement"),
        ("p", "Funds settle to Merchant's operating account within two business days."),
        ("sp", 6),
        ("kv", [["Ledgerpoint Payments, LLC", "By: Arturo Bellini, Merchant Services"],
                ["Riverbend Orthodontic & Family Clinic, LLC", "By: Grace Amundsen, Office Manager"]], [2.4, 3.0]),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_telehealth_no_code_sets",
    "vendor": "Beaconvale Telehealth, Inc.",
    "description": "Plain video-visit platform subscription with scheduling and per-provider pricing; no code sets, no CPT, no licensing of codes.",
    "label": cov("not_addressed"),
    "font": "Helvetica", "size": 10.5,
    "footer": "Beaconvale Telehealth, Inc. - Subscription Agreement",
    "blocks": [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("p", "Beaconvale Telehealth, Inc. (\"Beaconvale\") provides Meadowlark Integrative Health, PC (\"Customer\") "
              "with the Beaconvale video visit platform on these terms, effective February 2, 2026."),
        ("h", "1. The platform"),
        ("bul", ["Browser-based video visits with waiting room and screen sharing.",
                 "Appointment reminders by text and e-mail.",
                 "Intake forms and consent capture.",
                 "Visit logs exportable to Customer's records system."]),
        ("h", "2. Price"),
        ("p", "$39 per provider per month, billed monthly. Text reminders beyond 1,000 per month are $0.02 each."),
        ("h", "3. Security and privacy"),
        ("p", "Beaconvale encrypts video in transit and signs a Business Associate Agreement with Customer. Visit "
              "recordings are off by default."),
        ("h", "4. Availability"),
        ("p", "Beaconvale targets 99.9% monthly uptime and credits 10% of the monthly fee for each full hour below that "
              "target, up to 50%."),
        ("h", "5. Customer responsibilities"),
        ("p", "Customer is responsible for its clinicians' licensure in the states where patients are located and for "
              "its own documentation and billing."),
        ("h", "6. Term"),
        ("p", "Month to month. Cancel any time before the next billing date."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_cpt_is_chest_physiotherapy",
    "vendor": "Airwell Respiratory Staffing, Inc.",
    "description": "Respiratory-therapist staffing agreement where 'CPT' means chest physiotherapy sessions billed by the hour; nothing about AMA codes or licensing.",
    "label": cov("not_addressed"),
    "font": "Times", "size": 11,
    "header": "Airwell Respiratory Staffing, Inc. - Clinical Staffing Agreement",
    "blocks": [
        ("title", "CLINICAL STAFFING AGREEMENT"),
        ("pj", "Airwell Respiratory Staffing, Inc. (\"Airwell\") will supply licensed respiratory therapists to Little "
               "Cedar Pediatric Pulmonology, P.C. (\"Client\") on the following terms, beginning March 2, 2026."),
        ("h", "1. Services"),
        ("pj", "Airwell therapists will provide airway clearance, including chest physiotherapy (\"CPT\") with "
               "percussion and postural drainage, high-frequency chest wall oscillation set-up and patient and family "
               "teaching, at Client's clinic and, when scheduled, in patients' homes."),
        ("h", "2. Scheduling"),
        ("pj", "Client will publish a CPT session schedule two weeks in advance. A CPT session is normally thirty "
               "minutes; Airwell therapists will see no more than twelve sessions per shift."),
        ("h", "3. Rates"),
        ("table", [
            ["Service", "Rate"],
            ["Registered respiratory therapist - clinic shift", "$68.00 per hour"],
            ["Home CPT visit (includes travel within 20 miles)", "$95.00 per visit"],
            ["Weekend or holiday shift", "1.5 x hourly rate"],
            ["Cancellation with less than 24 hours' notice", "4 hours at the applicable rate"],
        ], {"ruled": True, "widths": [3.8, 2.2]}),
        ("h", "4. Credentials"),
        ("pj", "Airwell warrants that each therapist holds a current state license, BLS and PALS certification, and has "
               "passed a background check."),
        ("h", "5. Supervision"),
        ("pj", "Therapists follow the orders of Client's physicians and Client's airway clearance protocols."),
        ("h", "6. Non-solicitation"),
        ("pj", "Client will not directly hire an Airwell therapist during the term and for six months afterwards "
               "without paying a placement fee of $9,000."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_hcpcs_level_ii_and_icd_only",
    "vendor": "Codeharbor Supply Data, Inc.",
    "description": "DME supplier lookup subscription priced per user for HCPCS Level II and ICD-10-CM modules; CPT is never mentioned (code-set fee traps).",
    "label": cov("not_addressed"),
    "font": "Courier", "size": 9.5,
    "footer": "CODEHARBOR SUPPLY DATA, INC. - SUBSCRIPTION ORDER - CSD-2026-031",
    "blocks": [
        ("ltitle", "SUBSCRIPTION ORDER CSD-2026-031"),
        ("p", "SUPPLIER OF DATA: Codeharbor Supply Data, Inc."),
        ("p", "SUBSCRIBER: Prairie Gate Medical Equipment & Supply, LLC (a DMEPOS supplier)"),
        ("hr",),
        ("mono", ["MODULE                                  PRICE",
                  "HCPCS Level II lookup + modifiers       $14.00 per user per month",
                  "ICD-10-CM diagnosis crosswalk           $9.00 per user per month",
                  "DME MAC policy article alerts           $120.00 per month (site)",
                  "Fee schedule (DMEPOS, by state)         included"]),
        ("hr",),
        ("cl", "1.", "CONTENT. HCPCS Level II and ICD-10-CM data are taken from the public releases of the Centers for "
                     "Medicare & Medicaid Services and the CDC, with Codeharbor's own plain-language notes and "
                     "crosswalks."),
        ("cl", "2.", "UPDATES. Quarterly HCPCS updates and the annual ICD-10-CM update are loaded within ten business "
                     "days of release."),
        ("cl", "3.", "USERS. A user is a named individual with a login. Subscriber currently orders 6 users."),
        ("cl", "4.", "TERM. Twelve months from February 1, 2026, renewing annually."),
        ("cl", "5.", "LIABILITY. Codeharbor does not guarantee payer coverage decisions. Subscriber remains responsible "
                     "for the claims it submits."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_after_hours_answering_service",
    "vendor": "Lanternline Medical Answering, LLC",
    "description": "After-hours medical answering service agreement with per-minute pricing; no procedure codes or licensing of any code set.",
    "label": cov("not_addressed"),
    "font": "Courier", "size": 9.5,
    "footer": "Lanternline Medical Answering, LLC - Service Agreement",
    "blocks": [
        ("title", "ANSWERING SERVICE AGREEMENT"),
        ("p", "Lanternline Medical Answering, LLC (\"Lanternline\") will answer after-hours calls for Foxhollow "
              "Obstetrics &amp; Gynecology, P.A. (\"Practice\") from March 1, 2026."),
        ("h", "1. Coverage"),
        ("p", "Weeknights 5:00 p.m. to 8:00 a.m., weekends and the Practice's published holidays."),
        ("h", "2. Call handling"),
        ("bul", ["Urgent clinical calls are patched to the on-call physician within three minutes.",
                 "Non-urgent messages are delivered to the Practice's secure inbox by 7:30 a.m.",
                 "Labor and delivery calls follow the Practice's written escalation script."]),
        ("h", "3. Pricing"),
        ("table", [
            ["Item", "Charge"],
            ["Base plan (includes 300 minutes)", "$185.00 per month"],
            ["Additional minutes", "$0.95 per minute"],
            ["Secure messaging app", "$15.00 per month"],
            ["Holiday surcharge", "none"],
        ], {"ruled": False, "widths": [3.4, 2.4]}),
        ("h", "4. Confidentiality"),
        ("p", "Lanternline is a business associate of the Practice and will protect patient information as required by "
              "HIPAA and the parties' Business Associate Agreement."),
        ("h", "5. Term"),
        ("p", "Twelve months, then month to month. Thirty days' notice to cancel."),
    ],
})

# ---------------------------------------------------------------------------
DOCS.append({
    "key": "na_cpt_is_certified_pharmacy_technician",
    "vendor": "Rxpedite Staffing Group, LLC",
    "description": "Staffing agreement where 'CPT' means Certified Pharmacy Technician and the dollar figures are hourly bill rates; nothing about procedure codes.",
    "label": cov("not_addressed"),
    "font": "Times", "size": 11,
    "header": "Rxpedite Staffing Group, LLC - Temporary Staffing Agreement",
    "blocks": [
        ("title", "TEMPORARY STAFFING AGREEMENT"),
        ("pj", "This Agreement is made between Rxpedite Staffing Group, LLC (\"Rxpedite\") and Granite Falls Community "
               "Health Center, Inc. (\"Client\") for its in-house dispensary, effective January 19, 2026."),
        ("h", "1. Definitions"),
        ("pj", "\"CPT\" means a Certified Pharmacy Technician holding a current national certification and state "
               "registration. \"Pharmacist\" means a licensed pharmacist in the state where Client's dispensary is located."),
        ("h", "2. Placement"),
        ("pj", "Rxpedite will place CPTs and, when requested, Pharmacists with Client on temporary assignments. Each "
               "assignment is confirmed in a written Assignment Order."),
        ("h", "3. Bill rates"),
        ("kv", [["CPT - weekday", "$38.00 per hour"],
                ["CPT - evening/weekend", "$44.00 per hour"],
                ["Pharmacist", "$92.00 per hour"],
                ["Overtime (over 40 hours/week)", "1.5 x bill rate"],
                ["Conversion to Client employee", "$4,500 after fewer than 520 hours; no fee after 520 hours"]], [2.2, 3.4]),
        ("h", "4. Supervision"),
        ("pj", "CPTs work under the direct supervision of Client's pharmacist-in-charge and follow Client's dispensing "
               "policies."),
        ("h", "5. Timekeeping"),
        ("pj", "Client approves timesheets weekly. Rxpedite invoices weekly; invoices are due in fifteen days."),
        ("h", "6. Insurance"),
        ("pj", "Rxpedite maintains workers' compensation, general liability and professional liability coverage for "
               "its CPTs and Pharmacists."),
    ],
})
