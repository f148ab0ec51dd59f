"""blind_aa: documents labelled not_addressed or unclear."""
from docs_common import boiler, make, std_terms


# ------------------------------------------------------------------ not_addressed

def n_dental_cdt():
    V = "Millbrook Dental Systems, Inc."
    b = [("title", "MILLBROOK DENTAL SYSTEMS, INC."),
         ("sub", "Practice Software Subscription Agreement - Order and Terms"),
         ("p", "This agreement is between Millbrook Dental Systems, Inc., 33 Mill Street, Providence, Rhode Island "
               "02903 (\"Millbrook\"), and Narragansett Family Dentistry, Ltd. (\"Practice\"), effective March 10, "
               "2025."),
         ("h", "1. Software"),
         ("p", "Millbrook provides cloud dental practice software: charting, perio, treatment planning, imaging "
               "bridge, scheduling, dental claims and patient communications."),
         ("h", "2. Dental procedure codes"),
         ("p", "2.1 The software includes Current Dental Terminology (CDT) codes, which are the copyrighted work of "
               "the American Dental Association (ADA). Millbrook is licensed by the ADA to distribute CDT and "
               "sublicenses it to Practice for use in the software."),
         ("p", "2.2 Practice shall pay the CDT content fee in the Order for each licensed workstation user each "
               "year. Millbrook remits the ADA's share."),
         ("p", "2.3 Medical cross-coding for oral surgery and sleep appliances is not included in this edition."),
         ("h", "ORDER"),
         ("table", [["Item", "Price", "Basis"],
                    ["Dental practice software", "$399.00", "per location per month"],
                    ["Additional operatory beyond 6", "$25.00", "per operatory per month"],
                    ["CDT content fee", "$14.00", "per user per year"],
                    ["Imaging bridge set-up", "$600.00", "one-time"],
                    ["Data conversion from prior system", "$1,200.00", "one-time"]],
          {"widths": [5, 2, 3]}),
         ]
    bb, n = boiler(3, "Millbrook", "Practice", "the State of Rhode Island",
                   [("pay", 1), ("supp", 1), ("priv", 0), ("warr", 0), ("liab", 2), ("term", 1), ("gen", 1)])
    b += bb
    b += [("sig", [("MILLBROOK DENTAL SYSTEMS, INC.", "Ellen Sorensen", "Sales Manager", "March 10, 2025"),
                   ("NARRAGANSETT FAMILY DENTISTRY, LTD.", "Dr. Matthew Cole, DMD", "Owner", "March 10, 2025")])]
    return make("n_dental_cdt", V, "not_addressed", None,
                "Dental software agreement that licenses only CDT (ADA) codes with a $14 per user CDT content fee; "
                "CPT is never mentioned, so CPT licensing is not addressed.",
                b, family="Helvetica", size=9.5)


def n_answering():
    V = "Evercall Answering Services, LLC"
    b = [("title", "TELEPHONE ANSWERING SERVICE AGREEMENT"),
         ("p", "Evercall Answering Services, LLC, 250 Commerce Street, Montgomery, Alabama 36104 (\"Provider\"), "
               "agrees to provide after-hours and overflow telephone answering to Magnolia Springs Pediatrics, "
               "P.C. (\"Client\") on the following terms, effective June 1, 2025."),
         ("h", "1. Services"),
         ("bullets", ["Live answering of Client's main line from 5:00 p.m. to 8:00 a.m. on weekdays and all day on "
                      "weekends and holidays, and overflow answering during office hours after four rings.",
                      "Triage of calls using Client's written protocols; urgent calls patched to the on-call "
                      "physician within five minutes; non-urgent messages delivered by secure text by 8:15 a.m.",
                      "Appointment requests entered into Client's scheduling portal where Client gives access.",
                      "Monthly call reports and recordings retained for 90 days."]),
         ("h", "2. Charges"),
         ("table", [["Plan", "Included minutes", "Monthly charge", "Additional minutes"],
                    ["Medical Standard", "600", "$395.00", "$0.95 per minute"],
                    ["Holiday surcharge", "-", "$40.00 per holiday", "-"],
                    ["Set-up and protocol build", "-", "$150.00 one-time", "-"]],
          {"widths": [3, 2, 2.5, 2.5]}),
         ("h", "3. HIPAA"),
         ("p", "Provider will handle protected health information only as needed to perform the services and has "
               "signed Client's business associate agreement."),
         ("h", "4. Client Responsibilities"),
         ("p", "Client will keep the on-call schedule current in the portal, supply written triage protocols "
               "approved by a physician, and notify Provider of office closures at least 48 hours ahead."),
         ("h", "5. Term"),
         ("p", "Month to month. Either party may cancel on thirty (30) days' written notice."),
         ("h", "6. Liability"),
         ("p", "Provider is not responsible for clinical decisions, which remain Client's. Provider's liability "
               "for any error in message handling is limited to one month's charges."),
         ("sig", [("EVERCALL ANSWERING SERVICES, LLC (Provider)", "Patrice Dumas", "Owner", "May 20, 2025"),
                  ("MAGNOLIA SPRINGS PEDIATRICS, P.C. (Client)", "Joy Whitley", "Office Manager", "May 22, 2025")])]
    return make("n_answering", V, "not_addressed", None,
                "Telephone answering service agreement for a pediatric practice ('Provider' is the vendor) with no "
                "mention of CPT at all.",
                b, family="Times", size=10.5)


def n_feature_only():
    V = "Quarry Hill EHR, Inc."
    b = [("title", "QUARRY HILL EHR, INC."),
         ("sub", "Quarry Hill EHR, Inc. - Product Order - Primary Care Suite"),
         ("kv", [("Customer", "Granite State Primary Care, PLLC"), ("Order", "QH-7719"), ("Date", "October 6, 2025")]),
         ("h", "Included features"),
         ("bullets", ["Problem-oriented charting with CPT and ICD-10 code search from the note",
                      "Superbill builder: practices create superbills with their most-used CPT codes and modifiers",
                      "CPT-to-diagnosis linking on the claim and automatic modifier 25 prompts",
                      "Preventive-care reminders, immunization registry reporting, CCM time tracking",
                      "Patient portal, online intake and text reminders",
                      "Claims scrubber with payer-specific CPT frequency edits"]),
         ("h", "Prices"),
         ("table", [["Item", "Price", "Basis"],
                    ["Primary Care Suite", "$310.00", "per provider per month"],
                    ["Staff logins", "included", "unlimited"],
                    ["ICD-10-CM annual update service", "$60.00", "per year"],
                    ["State immunization registry interface", "$1,500.00", "one-time"],
                    ["Implementation and training", "$2,900.00", "one-time"]],
          {"widths": [5, 2, 3]}),
         ("p", "Providers ordered: 3. The ICD-10-CM update service loads the annual CMS release and payer crosswalks."),
         ("h", "Order terms"),
         ("p", "This Product Order is governed by the Quarry Hill Customer Terms available at "
               "https://terms.quarryhill.example/customer. Fees are billed monthly in advance from go-live."),
         ]
    bb, n = boiler(1, "Quarry Hill", "Customer", "the State of New Hampshire",
                   [("pay", 0), ("warr", 1), ("liab", 0), ("term", 1)])
    b += [("h", "Key terms (summary of Customer Terms)")] + bb
    b += [("sig", [("QUARRY HILL EHR, INC.", "Tobias Grant", "Account Manager", "October 6, 2025"),
                   ("GRANITE STATE PRIMARY CARE, PLLC", "Dr. Hannah Price", "Owner", "October 8, 2025")])]
    return make("n_feature_only", V, "not_addressed", None,
                "EHR product order that lists CPT only as features (code search, superbill builder, scrubber edits) "
                "with an ICD-10 update fee; nothing about CPT licensing or who pays for it.",
                b, family="Helvetica", size=9.5)


def n_cost_per_transaction():
    V = "Keel Street Payments, LLC"
    b = [("title", "MERCHANT PROCESSING AGREEMENT - HEALTHCARE PROGRAM"),
         ("sub", "Keel Street Payments, LLC - Pricing Schedule and Terms"),
         ("p", "This Merchant Processing Agreement is between Keel Street Payments, LLC, a registered independent "
               "sales organization, 8 Keel Street, Norfolk, Virginia 23510 (\"Keel Street\"), and Tidewater "
               "Dermatology & Aesthetics, PLLC (\"Merchant\"), effective July 14, 2025."),
         ("h", "1. Definitions"),
         ("p", "\"CPT\" means cost per transaction, the fixed fee charged for each authorization, whether approved "
               "or declined. \"Discount Rate\" means the percentage of each settled sale. \"Chargeback\" means a "
               "reversal of a sale initiated by the cardholder's bank."),
         ("h", "2. Pricing Schedule (interchange plus)"),
         ("table", [["Component", "Card present", "Card not present / patient portal"],
                    ["Discount Rate over interchange", "0.35%", "0.55%"],
                    ["CPT (cost per transaction)", "$0.10", "$0.15"],
                    ["Card-on-file / recurring payment plans", "-", "CPT $0.15 + 0.10%"],
                    ["Chargeback fee", "$20.00 each", "$20.00 each"],
                    ["Monthly statement and PCI program", "$14.95 per month", "-"],
                    ["Terminal rental (per terminal)", "$18.00 per month", "-"]],
          {"widths": [4, 2.5, 3]}),
         ("p", "Interchange and card-brand assessments are passed through at cost. The CPT applies to every "
               "authorization attempt, including zero-dollar card verifications."),
         ("h", "3. Healthcare Program Features"),
         ("p", "Keel Street's patient payment page integrates with Merchant's practice management system to post "
               "payments to patient ledgers, supports HSA/FSA cards, and offers patient payment plans of up to "
               "twelve months. Keel Street does not receive clinical information."),
         ("h", "4. Settlement and Reserves"),
         ("p", "Funds settle next business day to Merchant's designated account. Keel Street may establish a "
               "reserve if chargebacks exceed 1% of transactions in any month."),
         ]
    bb, n = boiler(5, "Keel Street", "Merchant", "the Commonwealth of Virginia",
                   [("conf", 2), ("liab", 2), ("term", 1), ("gen", 1)])
    b += bb
    b += [("sig", [("KEEL STREET PAYMENTS, LLC", "Jordan Pace", "Relationship Manager", "July 14, 2025"),
                   ("TIDEWATER DERMATOLOGY & AESTHETICS, PLLC", "Dr. Simone Carr", "Owner", "July 14, 2025")])]
    return make("n_cost_per_transaction", V, "not_addressed", None,
                "Card-processing agreement for a medical practice in which 'CPT' is defined as cost per transaction "
                "($0.10/$0.15); the procedure-code set is never involved.",
                b, family="Helvetica", size=9.5)


def n_hcpcs_only():
    V = "Orchard Gate DME Software, Inc."
    b = [("title", "ORCHARD GATE DME SOFTWARE, INC."),
         ("sub", "Subscription Order - Durable Medical Equipment Billing Edition"),
         ("p", "Orchard Gate DME Software, Inc., 600 Apple Way, Yakima, Washington 98901 (\"Orchard Gate\") will "
               "provide its DME billing software to Valley Mobility & Respiratory Supply, LLC (\"Customer\") on "
               "the terms below, effective May 5, 2025."),
         ("h", "1. What the edition does"),
         ("p", "Intake and order tracking for DME, prosthetics, orthotics and supplies; documentation checklists "
               "for detailed written orders and proof of delivery; rental cycle and capped-rental tracking; "
               "billing to DME MACs and commercial payers using HCPCS Level II codes and modifiers."),
         ("h", "2. Code sets"),
         ("p", "2.1 The edition includes the HCPCS Level II code set published quarterly by CMS, the DMEPOS fee "
               "schedule, and ICD-10-CM diagnosis codes. These are public federal works."),
         ("p", "2.2 Orchard Gate charges a Code File Maintenance fee for formatting, validating and loading the "
               "quarterly HCPCS Level II files and DMEPOS fee schedule into the software. The fee is for "
               "Orchard Gate's maintenance work, not a licence to the code sets."),
         ("h", "3. Fees"),
         ("table", [["Item", "Price", "Basis"],
                    ["DME billing software", "$89.00", "per user per month"],
                    ["Code File Maintenance (HCPCS Level II / DMEPOS / ICD-10-CM)", "$19.00", "per user per year"],
                    ["Delivery app for drivers", "$12.00", "per driver per month"],
                    ["Onboarding", "$750.00", "one-time"]],
          {"widths": [5.5, 1.5, 3]}),
         ]
    bb, n = boiler(4, "Orchard Gate", "Customer", "the State of Washington",
                   [("pay", 0), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 1), ("gen", 0)])
    b += bb
    b += [("sig", [("ORCHARD GATE DME SOFTWARE, INC.", "Ivan Petrov", "Sales Director", "May 5, 2025"),
                   ("VALLEY MOBILITY & RESPIRATORY SUPPLY, LLC", "Karen Lutz", "General Manager", "May 6, 2025")])]
    return make("n_hcpcs_only", V, "not_addressed", None,
                "DME billing order using only HCPCS Level II and ICD-10-CM, with a $19 per user per year code-file "
                "maintenance fee; CPT is never mentioned.",
                b, family="Times", size=10)


def n_trademark_only():
    V = "Birchline Billing Software, Inc."
    b = [("title", "Birchline Billing Software, Inc."),
         ("sub", "Subscription Agreement - Birchline Biller"),
         ("p", "This Subscription Agreement is made on January 13, 2025 between Birchline Billing Software, Inc., "
               "45 Birch Lane, Burlington, Vermont 05401 (\"Birchline\"), and Green Mountain Podiatry, PLLC "
               "(\"Customer\")."),
         ("h", "1. The Service"),
         ("p", "Birchline Biller is a hosted billing application for small practices: charge entry with CPT\u00ae "
               "and ICD-10 lookup, claim creation and scrubbing, electronic submission through Birchline's "
               "clearinghouse partner, remittance posting, patient statements and aging reports."),
         ("h", "2. Fees"),
         ("table", [["Plan", "Price"],
                    ["Biller Standard (up to 2 billing users)", "$149 per month"],
                    ["Each additional billing user", "$45 per month"],
                    ["Claims", "included"],
                    ["Patient statements", "$0.68 each"]],
          {"widths": [6, 3]}),
         ]
    bb, n = boiler(3, "Birchline", "Customer", "the State of Vermont",
                   [("pay", 1), ("supp", 0), ("conf", 0), ("priv", 0), ("ip", 1), ("warr", 1), ("liab", 0),
                    ("term", 1), ("gen", 0)])
    b += bb
    b += [("sig", [("BIRCHLINE BILLING SOFTWARE, INC.", "Paula Wendt", "President", "January 13, 2025"),
                   ("GREEN MOUNTAIN PODIATRY, PLLC", "Dr. Martin Hale, DPM", "Owner", "January 14, 2025")]),
          ("rule",),
          ("small", "CPT\u00ae is a registered trademark of the American Medical Association. Other product names are "
                    "trademarks of their owners.")]
    return make("n_trademark_only", V, "not_addressed", None,
                "Billing software subscription that mentions CPT lookup as a feature and carries only the bare line "
                "'CPT is a registered trademark of the American Medical Association'; licensing is not dealt with.",
                b, family="Helvetica", size=9.5)


def n_waste():
    V = "Clearwater Medical Waste Services, Inc."
    b = [("title", "REGULATED MEDICAL WASTE SERVICE AGREEMENT"),
         ("kv", [("Contractor", "Clearwater Medical Waste Services, Inc., 19 Industrial Park Road, Tampa, Florida 33619"),
                 ("Generator", "Sun Coast Surgical Associates, P.A. - 3 office locations"),
                 ("Effective", "March 1, 2025"), ("Term", "36 months")]),
         ("h", "1. Services"),
         ("p", "Contractor will collect, transport and treat regulated medical waste, sharps and pharmaceutical "
               "waste generated at Generator's locations, supply approved containers, and provide manifests and "
               "certificates of destruction, all in accordance with federal, state and local law."),
         ("h", "2. Schedule and Pricing"),
         ("table", [["Location", "Pickups", "Containers", "Monthly charge"],
                    ["Tampa main office", "Weekly", "4 x 28-gal, 6 sharps", "$289.00"],
                    ["Brandon office", "Every other week", "2 x 28-gal, 3 sharps", "$164.00"],
                    ["Lakeland office", "Monthly", "1 x 28-gal, 2 sharps", "$98.00"],
                    ["Pharmaceutical waste (all)", "Quarterly", "as needed", "$75.00"]],
          {"widths": [3, 2, 3, 2]}),
         ("p", "Extra pickups: $65.00 each. Fuel and environmental surcharge: up to 6% of charges, adjusted monthly. "
               "Annual price adjustment: CPI plus 2%, capped at 6%."),
         ("h", "3. Generator Obligations"),
         ("p", "Generator will segregate and package waste as trained, keep containers closed and accessible, "
               "and sign manifests. Generator remains the generator of record under applicable law."),
         ("h", "4. Training"),
         ("p", "Contractor provides annual online OSHA bloodborne pathogens and DOT packaging training for up to 25 "
               "of Generator's staff at no charge."),
         ("h", "5. Insurance and Indemnity"),
         ("p", "Contractor maintains pollution liability insurance of $5,000,000 and will indemnify Generator for "
               "claims arising from Contractor's handling of waste after it takes possession."),
         ("h", "6. Termination"),
         ("p", "Either party may terminate for material breach not cured within 30 days. Early termination by "
               "Generator without cause incurs a charge equal to 50% of remaining monthly charges."),
         ("sig", [("CLEARWATER MEDICAL WASTE SERVICES, INC.", "Luis Ortega", "Regional Manager", "February 18, 2025"),
                  ("SUN COAST SURGICAL ASSOCIATES, P.A.", "Dr. Keith Rowan", "President", "February 20, 2025")])]
    return make("n_waste", V, "not_addressed", None,
                "Medical-waste collection agreement for a surgical practice with per-location charges and no mention "
                "of CPT.",
                b, family="Times", size=10.5)


def n_analytics_data():
    V = "Lumen Ridge Analytics, LLC"
    b = [("title", "STATEMENT OF WORK - DENIALS AND UNDERPAYMENT ANALYSIS"),
         ("sub", "Lumen Ridge Analytics, LLC"),
         ("kv", [("Client", "Heartland Orthopedic Institute, S.C., Milwaukee, Wisconsin"),
                 ("Master agreement", "Professional Services Agreement dated January 8, 2024"),
                 ("SOW effective", "April 7, 2025"), ("Duration", "12 weeks")]),
         ("h", "1. Objective"),
         ("p", "Identify the main causes of denied and underpaid professional claims over the last 24 months and "
               "estimate recoverable revenue by payer."),
         ("h", "2. Data to be supplied by Client"),
         ("table", [["Extract", "Fields", "Period"],
                    ["837P claim lines", "claim ID, payer, rendering NPI, CPT code, modifiers, units, ICD-10 codes, billed amount", "24 months"],
                    ["835 remittance", "claim ID, CARC/RARC codes, allowed, paid, patient responsibility", "24 months"],
                    ["Payer contracts", "fee schedules by CPT code and effective date", "current"],
                    ["Work queues", "denial category, touches, days in A/R", "12 months"]],
          {"widths": [2, 6, 1.5]}),
         ("h", "3. Approach"),
         ("bullets", ["Week 1-2: data intake, validation and reconciliation to general ledger.",
                      "Week 3-6: denial root-cause analysis by payer, CPT code family and modifier.",
                      "Week 7-9: contract variance modelling - expected versus paid by CPT code.",
                      "Week 10-12: findings, recovery worklist and workflow recommendations."]),
         ("h", "4. Deliverables"),
         ("p", "Findings report; interactive dashboard (read-only, 10 Client viewers, for 6 months); ranked recovery "
               "worklist; executive presentation."),
         ("h", "5. Fees"),
         ("p", "Fixed fee of $68,000, invoiced 40% at kickoff, 30% at week 6 and 30% on delivery of the findings "
               "report. Optional contingency recovery work: 18% of amounts recovered."),
         ("h", "6. Data handling"),
         ("p", "Data is processed under the business associate agreement attached to the master agreement, stored "
               "in Lumen Ridge's US-hosted environment, and deleted 90 days after the dashboard period ends."),
         ("sig", [("LUMEN RIDGE ANALYTICS, LLC", "Grace Whitman", "Engagement Partner", "April 7, 2025"),
                  ("HEARTLAND ORTHOPEDIC INSTITUTE, S.C.", "Mark Feld", "VP Revenue Cycle", "April 9, 2025")])]
    return make("n_analytics_data", V, "not_addressed", None,
                "Analytics statement of work in which CPT codes appear only as data fields in claim extracts and "
                "fee schedules; there is nothing about CPT licensing.",
                b, family="Helvetica", size=9.5)


def n_phlebotomy_staffing():
    V = "Apex Allied Staffing, Inc."
    b = [("title", "TEMPORARY STAFFING SERVICES AGREEMENT"),
         ("p", "This agreement is between Apex Allied Staffing, Inc., 120 Tryon Street, Charlotte, North Carolina "
               "28202 (\"Apex\"), and Piedmont Internal Medicine Group, P.A. (\"Client\"), effective August 11, 2025."),
         ("h", "1. Placements"),
         ("p", "Apex will supply temporary allied health personnel to Client on request, including Certified "
               "Medical Assistants (CMA), Certified Phlebotomy Technicians (CPT) and Registered Medical Assistants "
               "(RMA). Each placement is confirmed by a written assignment order."),
         ("h", "2. Credentials"),
         ("p", "Apex warrants that every CPT placed with Client holds a current national phlebotomy certification, "
               "has completed at least 100 successful venipunctures, and has a current BLS card, a negative TB "
               "screen and the immunizations Client requires. Apex verifies credentials before each placement and "
               "keeps the file available for Client's review."),
         ("h", "3. Bill Rates"),
         ("table", [["Role", "Regular hourly", "Overtime hourly", "Holiday hourly"],
                    ["Certified Medical Assistant (CMA)", "$34.50", "$51.75", "$51.75"],
                    ["Certified Phlebotomy Technician (CPT)", "$31.00", "$46.50", "$46.50"],
                    ["Registered Medical Assistant (RMA)", "$33.00", "$49.50", "$49.50"],
                    ["Same-day request premium", "+$4.00", "+$4.00", "+$4.00"]],
          {"widths": [4, 2, 2, 2]}),
         ("p", "Minimum shift: 4 hours. Conversion fee if Client hires a CPT or other worker directly within 520 "
               "hours of work: 15% of first-year base salary, reducing to zero after 1,040 hours."),
         ("h", "4. Supervision"),
         ("p", "Client directs the day-to-day clinical work of placed personnel and is responsible for orientation "
               "to Client's policies, specimen-labeling procedures and infection-control rules. Apex is the "
               "employer of record and handles payroll, taxes, workers' compensation and benefits."),
         ("h", "5. Insurance"),
         ("p", "Apex carries professional liability insurance of $1,000,000 per claim and $3,000,000 aggregate, "
               "and general liability and workers' compensation insurance as required by law."),
         ("h", "6. Term"),
         ("p", "Either party may end this agreement on 14 days' notice; assignments in progress are completed "
               "unless Client requests otherwise."),
         ("sig", [("APEX ALLIED STAFFING, INC.", "Monique Grier", "Branch Director", "August 11, 2025"),
                  ("PIEDMONT INTERNAL MEDICINE GROUP, P.A.", "Steve Rourke", "Practice Administrator", "August 12, 2025")])]
    return make("n_phlebotomy_staffing", V, "not_addressed", None,
                "Staffing agreement in which 'CPT' means Certified Phlebotomy Technician; procedure-code licensing "
                "never comes up.",
                b, family="Times", size=10.5)


def n_bundle_interface():
    V = "Stanwick Health Records, Inc."
    b = [("title", "STANWICK HEALTH RECORDS, INC."),
         ("sub", "Agreement Bundle: General Terms, Order Form S-1 and Addendum A"),
         ("h", "GENERAL TERMS"),
         ("p", "These General Terms apply between Stanwick Health Records, Inc., 300 Capitol Avenue, Hartford, "
               "Connecticut 06106 (\"Stanwick\"), and Shoreline Rheumatology, LLC (\"Customer\")."),
         ("p", "1. Stanwick provides a rheumatology EHR with infusion-suite scheduling, biologic prior-"
               "authorization workflows, CPT-driven charge capture for infusions and injections, and registry "
               "reporting."),
         ("p", "2. Customer shall not be entitled to any refund of implementation fees unless Stanwick fails to "
               "deliver a go-live-ready system within 120 days, and it is not the case that partial delivery "
               "entitles Customer to a partial refund."),
         ]
    bb, n = boiler(3, "Stanwick", "Customer", "the State of Connecticut",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("newpage",),
          ("h", "ORDER FORM S-1 (September 2, 2025)"),
          ("table", [["Item", "Qty", "Price", "Basis"],
                     ["Rheumatology EHR", "5 providers", "$420.00", "per provider per month"],
                     ["Infusion suite module", "1 site", "$300.00", "per site per month"],
                     ["ICD-10-CM update service", "1", "$0.00", "included"],
                     ["HCPCS Level II drug code (J-code) update service", "1", "$0.00", "included"],
                     ["Infusion pump interface", "1", "$4,800.00", "one-time"],
                     ["Pharmacy benefit verification interface", "1", "$2,200.00", "one-time"],
                     ["Implementation", "1", "$7,500.00", "one-time"],
                     ["Training", "3 days", "$1,250.00", "per day"]],
           {"widths": [4.5, 1.5, 1.5, 2.5]}),
          ("rule",),
          ("h", "ADDENDUM A - INTERFACE SERVICES (October 20, 2025)"),
          ("p", "1. Stanwick will build an additional outbound charge interface that sends CPT codes, HCPCS Level II "
                "J-codes, NDC numbers and units from infusion documentation to Customer's separate billing system."),
          ("p", "2. Interface fee: $3,600.00 one-time; interface maintenance $95.00 per month."),
          ("p", "3. Customer is responsible for the billing system's configuration to receive the interface."),
          ("p", "4. This Addendum is governed by the General Terms."),
          ("sig", [("STANWICK HEALTH RECORDS, INC.", "Philip Ames", "Director of Sales", "October 20, 2025"),
                   ("SHORELINE RHEUMATOLOGY, LLC", "Dr. Irene Malloy", "Managing Member", "October 22, 2025")])]
    return make("n_bundle_interface", V, "not_addressed", None,
                "EHR bundle (terms, order form, interface addendum) where CPT appears only as charge-capture and "
                "interface data, with ICD-10, HCPCS, interface and training lines; CPT licensing is not dealt with.",
                b, family="Helvetica", size=9.5)


# ------------------------------------------------------------------ unclear

def u_third_party_may():
    V = "Ridgeview Clinical Apps, Inc."
    b = [("title", "RIDGEVIEW CLINICAL APPS, INC."),
         ("sub", "Online Subscription Terms (accepted electronically) - Allergy & Immunology Edition"),
         ("p", "These terms apply to every practice that subscribes to Ridgeview's allergy and immunology "
               "application (the \"App\") through the Ridgeview sign-up page. Ridgeview Clinical Apps, Inc. is a "
               "Minnesota corporation, 80 South 8th Street, Minneapolis, Minnesota 55402."),
         ("h", "1. Your subscription"),
         ("p", "You pay the plan price shown at sign-up: Solo $189 per month (one provider), Group $159 per "
               "provider per month (two or more). Plans renew monthly until cancelled."),
         ("h", "2. Third-party content"),
         ("p", "2.1 The App includes or links to content owned by third parties, including CPT codes and "
               "descriptors owned by the American Medical Association, drug databases, allergen extract "
               "catalogues and patient-education leaflets."),
         ("p", "2.2 Fees for third-party content may apply. Ridgeview will tell you about any such fees through "
               "the App or by e-mail before they take effect."),
         ("p", "2.3 You must follow any terms the owners of third-party content require us to pass on to you."),
         ("h", "3. Your data"),
         ("p", "You own your patient data. We process it as your business associate and will give you an export "
               "on request."),
         ]
    bb, n = boiler(4, "Ridgeview", "you", "the State of Minnesota",
                   [("supp", 0), ("warr", 1), ("liab", 0), ("term", 1), ("gen", 1)])
    b += bb
    b += std_terms("Additional terms", "Ridgeview", "you", "the State of Minnesota",
                   [("conf", 0), ("priv", 0), ("ip", 1), ("pay", 1)], n0=n,
                   intro="The following additional terms form part of the Online Subscription Terms.")
    b += [("small", "Accepted online by Prairie Allergy & Asthma Clinic, P.A. on March 30, 2025 (account RV-4410). "
                    "Support: help@ridgeviewapps.example.")]
    return make("u_third_party_may", V, "unclear", None,
                "Online subscription terms that name CPT as third-party content and say only that 'fees for "
                "third-party content may apply', leaving who pays for CPT open.",
                b, family="Helvetica", size=9.5)


def u_notices_only():
    V = "Hartwell Oncology Informatics, Inc."
    b = [("title", "HARTWELL ONCOLOGY INFORMATICS, INC."),
         ("sub", "End User License Agreement - Hartwell Regimen Manager"),
         ("p", "This End User License Agreement (\"EULA\") is between Hartwell Oncology Informatics, Inc., 210 "
               "Broad Street, Philadelphia, Pennsylvania 19102 (\"Hartwell\"), and the organization that accepts it "
               "(\"Licensee\"). Accepted by Delaware Valley Hematology Oncology, P.C. on June 2, 2025."),
         ("h", "1. License"),
         ("p", "Hartwell grants Licensee a non-exclusive license to use Hartwell Regimen Manager, a chemotherapy "
               "regimen library, order-set builder and dose-calculation tool, for internal purposes during the "
               "subscription term stated in Licensee's order."),
         ("h", "2. Clinical Responsibility"),
         ("p", "Regimen Manager supports, and does not replace, the judgment of licensed clinicians. Licensee is "
               "responsible for verifying every order, dose and regimen before administration."),
         ("h", "3. Notices Regarding CPT"),
         ("p", "3.1 Regimen Manager displays CPT codes for chemotherapy administration and related services. CPT "
               "only copyright 2024 American Medical Association. All rights reserved."),
         ("p", "3.2 Fee schedules, relative value units, conversion factors and/or related components are not "
               "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does "
               "not directly or indirectly practice medicine or dispense medical services. The AMA assumes no "
               "liability for data contained or not contained herein."),
         ("p", "3.3 U.S. Government Rights. CPT is commercial technical data and/or computer data bases and/or "
               "commercial computer software and/or commercial computer software documentation, as applicable, "
               "developed exclusively at private expense by the AMA. U.S. Government rights to use, modify, "
               "reproduce, release, perform, display or disclose these materials are limited as provided in FAR "
               "52.227-14 (Data Rights - General) and DFARS 252.227-7015 (Technical Data - Commercial Items), as "
               "applicable."),
         ("h", "4. Fees"),
         ("p", "Licensee shall pay the subscription fees stated in its order. Fees are non-refundable except as "
               "stated in Section 7."),
         ]
    bb, n = boiler(5, "Hartwell", "Licensee", "the Commonwealth of Pennsylvania",
                   [("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 1), ("gen", 0)])
    b += bb
    return make("u_notices_only", V, "unclear", None,
                "Oncology EULA carrying only the AMA's required notices (copyright, 'does not practice medicine', "
                "FARS/DFARS) with no sublicence grant and nothing on who pays for CPT.",
                b, family="Times", size=10, start="two")


def u_conflict_noprec():
    V = "Brightwater Family Health Software, Inc."
    b = [("title", "SOFTWARE SUBSCRIPTION AGREEMENT"),
         ("sub", "Brightwater Family Health Software, Inc."),
         ("p", "This Software Subscription Agreement is effective May 19, 2025 between Brightwater Family Health "
               "Software, Inc., 900 Lake Street, Oak Park, Illinois 60301 (\"Brightwater\"), and Prairie Path "
               "Family Medicine, S.C. (\"Customer\")."),
         ("h", "1. Subscription"),
         ("p", "Brightwater provides its family-medicine EHR and billing service (the \"Service\") to Customer "
               "for the fees in Exhibit 1."),
         ("h", "2. CPT Content"),
         ("p", "2.1 The Service includes CPT content of the American Medical Association, which Brightwater "
               "sublicenses to Customer for internal use in the Service."),
         ("p", "2.2 The royalty for CPT content is included in the subscription fee, and Customer will not be "
               "charged separately for it."),
         ]
    bb, n = boiler(3, "Brightwater", "Customer", "the State of Illinois",
                   [("pay", 0), ("supp", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0)])
    b += bb
    b += [("h", "%d. Entire Agreement" % n),
          ("p", "This Agreement and its Exhibits form the entire agreement between the parties. It may be amended "
                "only in a signed writing. It is governed by the laws of the State of Illinois."),
          ("newpage",),
          ("title", "EXHIBIT 1 - FEES"),
          ("table", [["Item", "Fee", "Basis"],
                     ["EHR and billing subscription", "$289.00", "per provider per month"],
                     ["CPT licence fee", "$18.00", "per user per year"],
                     ["Patient portal", "$40.00", "per location per month"],
                     ["Implementation", "$3,000.00", "one-time"]],
           {"widths": [5, 2, 3]}),
          ("p", "Providers: 4. Users: 15. Locations: 1."),
          ("sig", [("BRIGHTWATER FAMILY HEALTH SOFTWARE, INC.", "Elaine Ford", "Sales Director", "May 19, 2025"),
                   ("PRAIRIE PATH FAMILY MEDICINE, S.C.", "Dr. Neil Kaminski", "President", "May 20, 2025")])]
    return make("u_conflict_noprec", V, "unclear", None,
                "Subscription agreement whose body says the CPT royalty is included while Exhibit 1 lists an $18.00 "
                "per user per year CPT licence fee; there is no order-of-precedence clause to resolve the conflict.",
                b, family="Helvetica", size=9.5)


def u_tbd_separate():
    V = "Kingsmere Specialty EHR, LLC"
    b = [("title", "LETTER OF INTENT AND SERVICES AGREEMENT"),
         ("sub", "Kingsmere Specialty EHR, LLC - Plastic and Reconstructive Surgery Edition"),
         ("p", "This Services Agreement is made October 13, 2025 between Kingsmere Specialty EHR, LLC, 5 Park Plaza, "
               "Irvine, California 92614 (\"Kingsmere\"), and Pacific Contour Plastic Surgery, Inc. "
               "(\"Customer\")."),
         ("h", "1. Services and Fees"),
         ("p", "Kingsmere will provide its plastic-surgery EHR, photo management, quoting and surgical scheduling "
               "system for $540 per surgeon per month and $35 per staff user per month, plus implementation of "
               "$4,800."),
         ("h", "2. Go-Live Conditions"),
         ("p", "2.1 Go-live is planned for January 2026, subject to (a) completion of data migration, (b) "
               "Customer's acceptance testing, and (c) the matters listed in Section 2.2."),
         ("p", "2.2 Open items to be agreed in writing before go-live: (i) the interface to Customer's ambulatory "
               "surgery center; (ii) the licensing arrangements for CPT content in the system, including which "
               "party will hold the licence from the American Medical Association and which party will bear the "
               "associated royalty; and (iii) the patient financing partner integration."),
         ("p", "2.3 Until the items in Section 2.2 are agreed, no fee for them is payable and neither party is "
               "committed to any particular arrangement."),
         ]
    bb, n = boiler(3, "Kingsmere", "Customer", "the State of California",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("KINGSMERE SPECIALTY EHR, LLC", "Trevor Hale", "Managing Director", "October 13, 2025"),
                   ("PACIFIC CONTOUR PLASTIC SURGERY, INC.", "Dr. Julia Serrano", "President", "October 14, 2025")])]
    return make("u_tbd_separate", V, "unclear", None,
                "Services agreement that lists the CPT licensing arrangement (who holds the AMA licence and who "
                "bears the royalty) as an open item to be agreed later.",
                b, family="Times", size=10)


def u_renewal_review():
    V = "Ashgrove Urgent Care Systems, Inc."
    b = [("title", "RENEWAL PROPOSAL"),
         ("sub", "Ashgrove Urgent Care Systems, Inc. | Proposal AUC-R-2026-044 | November 4, 2025"),
         ("kv", [("Customer", "Front Range Urgent Care, LLC (5 centers)"),
                 ("Current term ends", "December 31, 2025"), ("Proposed renewal", "January 1 - December 31, 2026")]),
         ("table", [["Item", "2025 price", "2026 proposed", "Basis"],
                    ["Urgent care EHR/PM", "$1,050.00", "$1,095.00", "per center per month"],
                    ["Provider licence", "$140.00", "$140.00", "per provider per month"],
                    ["Occupational medicine module", "$200.00", "$200.00", "per center per month"],
                    ["CPT\u00ae content (see note)", "-", "see note", "-"],
                    ["Kiosk check-in", "$60.00", "$55.00", "per kiosk per month"]],
          {"widths": [4, 2, 2, 3]}),
         ("fn", ["Note: Ashgrove's arrangements with the American Medical Association for CPT content are under review "
                 "for 2026. Ashgrove will advise Customer before January 1, 2026 whether CPT content will remain "
                 "within the subscription, be charged as a separate item, or need to be licensed by Customer "
                 "directly. No figure is proposed at this time.",
                 "All other prices exclude tax and are valid for acceptance until December 1, 2025."]),
         ("h", "Renewal terms"),
         ("p", "This proposal, once signed, renews the Ashgrove Master Agreement dated January 1, 2023 for 2026 at "
               "the prices shown. Terms of the Master Agreement not changed by this proposal continue."),
         ("p", "The Master Agreement is silent on CPT content; it provides that Ashgrove supplies \"all code sets "
               "necessary for claims\" without stating how any licence royalty is borne."),
         ("sig", [("ASHGROVE URGENT CARE SYSTEMS, INC.", "Monica Reyes", "Client Partner", "November 4, 2025"),
                  ("FRONT RANGE URGENT CARE, LLC", "Derek Olsen", "CEO", "November 19, 2025")])]
    return make("u_renewal_review", V, "unclear", None,
                "Signed renewal proposal whose CPT content row points to a note saying the CPT arrangement for the "
                "renewal year is under review (included, separate charge or direct licence), with no figure.",
                b, family="Helvetica", size=9.5)


def u_email_pending():
    V = "Westerly Podiatry Systems, Inc."
    b = [("title", "E-mail thread printed for file"),
         ("email", {"from": "Colin Ashe <cashe@westerlypod.example>",
                    "to": "Denise Fox <dfox@bayfrontfootankle.example>",
                    "date": "September 3, 2025, 8:55 AM", "subject": "CPT fee for 2026"}),
         ("p", "Hi Denise, heads-up for your 2026 budget: we expect to start charging a CPT licence fee of $21 per "
               "provider per year from January, to cover what the AMA charges us. Formal notice to follow. Colin"),
         ("email", {"from": "Denise Fox <dfox@bayfrontfootankle.example>",
                    "to": "Colin Ashe <cashe@westerlypod.example>",
                    "date": "September 3, 2025, 1:20 PM", "subject": "RE: CPT fee for 2026"}),
         ("p", "Colin, thanks. Our contract says all coding content is included. Can you confirm whether this is "
               "actually going ahead and what it will cost? We have 6 providers and 11 staff."),
         ("email", {"from": "Colin Ashe <cashe@westerlypod.example>",
                    "to": "Denise Fox <dfox@bayfrontfootankle.example>",
                    "cc": "Legal <contracts@westerlypod.example>",
                    "date": "October 15, 2025, 4:02 PM", "subject": "RE: RE: CPT fee for 2026"}),
         ("p", "Denise, please disregard the figure in my September 3 note - it was premature. Our legal team is "
               "still working through the AMA's new terms and we have not decided whether a CPT fee will apply in "
               "2026, whether it would be per provider or per user, or whether some customers will be asked to "
               "license directly. Nothing will change on your invoices until we send formal written notice under "
               "the agreement. I'll come back to you when we know more."),
         ("p", "Colin Ashe, Account Manager, Westerly Podiatry Systems, Inc., 11 Canal Street, Westerly, Rhode "
               "Island 02891"),
         ("rule",),
         ("small", "Attached clause from the Westerly Podiatry Systems, Inc. Customer Agreement (2023), section 4: "
                   "\"Coding content. The system includes the code sets needed to document and bill podiatric "
                   "services. Westerly may revise its fees on sixty days' written notice before a renewal date.\"")]
    return make("u_email_pending", V, "unclear", None,
                "E-mail thread: an early message floats a $21 per provider per year CPT fee, but the latest message "
                "withdraws the figure and says whether any CPT fee, its basis, or a direct licence applies is undecided.",
                b, family="Courier", size=9)


def u_ipa_election():
    V = "Tri-County Independent Physicians Association, Inc."
    b = [("title", "MEMBER TECHNOLOGY ADDENDUM"),
         ("sub", "Tri-County Independent Physicians Association, Inc."),
         ("p", "This Member Technology Addendum supplements the Membership Agreement between Tri-County Independent "
               "Physicians Association, Inc. (the \"Association\") and Laurel Creek Medical Group, P.C. (the "
               "\"Member\"), and is effective January 1, 2026."),
         ("h", "1. Shared EHR"),
         ("p", "The Association sponsors a shared EHR and population-health platform for its members, hosted by "
               "the Association's technology vendor. The Member will move its records to the shared platform "
               "during the first quarter of 2026."),
         ("h", "2. Technology Contribution"),
         ("p", "The Member shall pay a Technology Contribution of $275 per physician per month, which the "
               "Association applies to vendor subscription charges, interfaces and support staff."),
         ("h", "3. CPT Royalties"),
         ("p", "3.1 The shared platform contains CPT content of the American Medical Association, for which the "
               "vendor charges a per-user royalty."),
         ("p", "3.2 The Association's Board of Directors may elect, by resolution for any Plan Year, to pay those "
               "CPT royalties from Association funds on behalf of all members. Absent such an election, the "
               "allocation of CPT royalties for the Plan Year shall be determined by the Board and notified to "
               "members."),
         ("p", "3.3 As of the date of this Addendum the Board has not made an election for the 2026 Plan Year."),
         ("h", "4. Data Governance"),
         ("p", "Each member remains the owner of its patient records. The Association may use de-identified and "
               "aggregate data for quality programs and payer contracting."),
         ]
    bb, n = boiler(5, "the Association", "the Member", "the State of Ohio",
                   [("conf", 0), ("priv", 0), ("term", 0), ("gen", 1)])
    b += bb
    b += [("sig", [("TRI-COUNTY INDEPENDENT PHYSICIANS ASSOCIATION, INC.", "Dr. Gloria Ames", "President", "November 21, 2025"),
                   ("LAUREL CREEK MEDICAL GROUP, P.C.", "Dr. Peter Lund", "Managing Physician", "December 1, 2025")])]
    return make("u_ipa_election", V, "unclear", None,
                "IPA technology addendum: the IPA board may elect to pay CPT royalties for members, otherwise the "
                "allocation is left to a later board decision, and no election has been made.",
                b, family="Times", size=10)


def u_lab_notice_comply():
    V = "Northbank Reference Laboratory, Inc."
    b = [("title", "NORTHBANK REFERENCE LABORATORY, INC."),
         ("sub", "Provider Portal - Terms of Use"),
         ("p", "These Terms of Use govern access to the Northbank Provider Portal (the \"Portal\") by physician "
               "offices and their staff. Northbank Reference Laboratory, Inc., 40 Riverside Drive, Cincinnati, "
               "Ohio 45202 (\"Northbank\") operates the Portal. By clicking \"I agree\" the office (\"Client\") "
               "accepts these Terms. Accepted by Queen City Pediatrics, Inc. on February 11, 2025."),
         ("h", "1. Use of the Portal"),
         ("p", "Client may use the Portal to order tests, view and print results, track specimens and review "
               "medical-necessity guidance. Client is responsible for all activity under its users' credentials."),
         ("h", "2. Code content"),
         ("p", "2.1 The Portal displays CPT codes alongside the tests on Northbank's menu. CPT is a registered "
               "trademark of the American Medical Association. CPT copyright 2024 American Medical Association. "
               "All rights reserved."),
         ("p", "2.2 Client agrees to use CPT content in the Portal in accordance with the AMA's terms of use and "
               "not to copy, distribute or create derivative works of it."),
         ("p", "2.3 The AMA does not directly or indirectly practice medicine or dispense medical services."),
         ("h", "3. Results"),
         ("p", "Results are released to the ordering provider and any copy-to providers named on the order. "
               "Critical values are telephoned in addition to Portal release."),
         ("h", "4. Availability"),
         ("p", "Northbank aims to keep the Portal available at all times but does not guarantee uninterrupted "
               "access. Planned maintenance is announced on the Portal home page."),
         ("h", "5. Privacy"),
         ("p", "Northbank and Client will each comply with HIPAA in relation to protected health information "
               "accessed through the Portal."),
         ("h", "6. Changes"),
         ("p", "Northbank may update these Terms by posting a revised version; continued use after posting is "
               "acceptance."),
         ("small", "Questions: portal.support@northbanklab.example")]
    return make("u_lab_notice_comply", V, "unclear", None,
                "Lab portal terms of use with AMA copyright and 'does not practice medicine' notices and a promise to "
                "follow the AMA's terms, but no licence grant or statement of who pays for CPT.",
                b, family="Helvetica", size=10)


def u_module_quote_separate():
    V = "Fallowfield Orthopedic Software, Inc."
    b = [("title", "ORDER FORM"),
         ("sub", "Fallowfield Orthopedic Software, Inc. | Order FOS-3318 | August 25, 2025"),
         ("kv", [("Customer", "Cumberland Bone & Joint, P.C., Nashville, Tennessee"),
                 ("Agreement", "Fallowfield Master Agreement dated August 25, 2025"),
                 ("Providers", "8 surgeons, 4 PAs")]),
         ("table", [["Module", "Selected", "Price", "Basis"],
                    ["Orthopedic EHR core", "Yes", "$460.00", "per provider per month"],
                    ["Surgical scheduling and consents", "Yes", "$85.00", "per provider per month"],
                    ["Coding Module (CPT-based E/M and surgical coding)", "Yes", "$55.00", "per provider per month"],
                    ["DME dispensing (HCPCS Level II)", "No", "$30.00", "per location per month"],
                    ["Implementation", "Yes", "$9,500.00", "one-time"]],
          {"widths": [5, 1.2, 1.5, 3]}),
         ("h", "Order notes"),
         ("bullets", ["If Customer elects the Coding Module, CPT licence charges, if any, for the Coding Module are "
                      "subject to a separate quotation to be issued by Fallowfield.",
                      "The Coding Module price above is for the software functionality only.",
                      "DME dispensing was not selected and may be added later at the price shown.",
                      "Fees are invoiced monthly in advance from go-live; implementation 50% on signature."]),
         ("h", "Extract from the Master Agreement"),
         ("p", "6.2 Third-party content is supplied subject to the terms its owners require. Where an owner's "
               "terms require a separate licence or charge, Fallowfield will inform Customer in an Order Form or "
               "quotation."),
         ]
    b += std_terms("Master Agreement - further provisions (extract)", "Fallowfield", "Customer",
                   "the State of Tennessee", [("pay", 0), ("supp", 0), ("conf", 0), ("priv", 0), ("warr", 0),
                                               ("liab", 0), ("term", 1), ("gen", 0)], n0=7)
    b += [("sig", [("FALLOWFIELD ORTHOPEDIC SOFTWARE, INC.", "Ned Carver", "Sales Executive", "August 25, 2025"),
                   ("CUMBERLAND BONE & JOINT, P.C.", "Dr. Vanessa Hurst", "President", "August 27, 2025")])]
    return make("u_module_quote_separate", V, "unclear", None,
                "Order form with the Coding Module selected, but CPT licence charges 'if any' are left to a separate "
                "quotation that is not in the document, so who pays is open.",
                b, family="Helvetica", size=9.5)


def u_reseller_open():
    V = "Granite Shore Systems Integrators, LLC"
    b = [("title", "CUSTOMER SOLUTION AGREEMENT"),
         ("sub", "Granite Shore Systems Integrators, LLC - Verity Lane EHR deployment"),
         ("p", "This agreement is made December 2, 2025 between Granite Shore Systems Integrators, LLC, 75 Congress "
               "Street, Portland, Maine 04101 (\"Integrator\"), and Casco Bay Neurology, P.A. (\"Customer\")."),
         ("h", "1. Roles"),
         ("p", "Integrator resells and deploys the EHR platform published by Verity Lane Software, Inc. (the "
               "\"Publisher\"), and provides hosting, integration and support. The Publisher's end-user licence "
               "governs the software itself."),
         ("h", "2. CPT"),
         ("p", "2.1 CPT content in the platform is furnished by the Publisher under the Publisher's own "
               "arrangements with the American Medical Association and is made available to Customer subject to "
               "the Publisher's end-user terms."),
         ("p", "2.2 Any royalty or charge relating to CPT content shall be as agreed from time to time among "
               "Customer, the Publisher and Integrator. This agreement does not itself impose or exclude any such "
               "charge."),
         ("h", "3. Fees"),
         ("table", [["Service", "Fee"],
                    ["Hosting and managed services", "$1,900 per month"],
                    ["Publisher software subscription (resold)", "$310 per provider per month"],
                    ["Deployment project", "$22,000 fixed"],
                    ["After-hours support", "$140 per hour"]],
          {"widths": [6, 3]}),
         ]
    bb, n = boiler(4, "Integrator", "Customer", "the State of Maine",
                   [("supp", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("GRANITE SHORE SYSTEMS INTEGRATORS, LLC", "Owen Pratt", "Managing Partner", "December 2, 2025"),
                   ("CASCO BAY NEUROLOGY, P.A.", "Dr. Mira Castell", "President", "December 3, 2025")])]
    return make("u_reseller_open", V, "unclear", None,
                "Reseller/integrator agreement that says CPT comes from the software publisher and that any CPT "
                "royalty is 'as agreed from time to time' among the parties, neither imposing nor excluding a charge.",
                b, family="Times", size=10)


DOCS = [n_dental_cdt, n_answering, n_feature_only, n_cost_per_transaction, n_hcpcs_only, n_trademark_only,
        n_waste, n_analytics_data, n_phlebotomy_staffing, n_bundle_interface,
        u_third_party_may, u_notices_only, u_conflict_noprec, u_tbd_separate, u_renewal_review, u_email_pending,
        u_ipa_election, u_lab_notice_comply, u_module_quote_separate, u_reseller_open]
