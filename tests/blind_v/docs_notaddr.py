from common import D
from boiler import clauses

DOCS = []

# N1 ---------------------------------------------------------------------------
V = "Wrenfield Therapy Solutions, Inc."
DOCS.append(D("n01_pt_features", V, "not_addressed", None,
    "Physical-therapy software order form that lists CPT code search only as a feature and prices seats per user; nothing says who licenses or pays for CPT.",
    [("title", "Wrenfield Therapy Solutions, Inc."),
     ("sub", "Order Form and Product Summary - WTS-8124"),
     ("p", "Wrenfield Therapy Solutions, Inc., 510 Sandpiper Marsh Road, Savannah, GA 31401. Customer: Tybee Sports and Spine Physical Therapy, LLC."),
     ("h", "What is included"),
     ("bul", ["Evaluation, daily note and discharge templates for PT, OT and SLP.",
              "Built-in CPT and ICD-10 code search with timed-code minute calculator (8-minute rule).",
              "Functional limitation and outcome measure tracking.",
              "Electronic claims, remittance posting and patient statements.",
              "Home exercise program library with 1,800 videos."]),
     ("h", "Pricing"),
     ("table", [["Item", "Qty", "Price", "Total per month"],
                ["Therapist user", "5", "$69 per user per month", "$345.00"],
                ["Assistant / aide user", "3", "$29 per user per month", "$87.00"],
                ["Front desk user", "2", "$19 per user per month", "$38.00"],
                ["Claims and statements bundle", "1", "$125 per month", "$125.00"]], {"ruled": True, "widths": [2.6, 0.6, 2, 1.4]}),
     ("p", "One-time onboarding: $900. Prices are fixed for 12 months, then may increase by up to 5% per year."),
     ("h", "Terms"),
     ("num", clauses(1, "Wrenfield", "Customer", [0, 2, 4, 7, 11], state="Georgia", years="two")),
     ("sig", ["Wrenfield Therapy Solutions, Inc.", "Tybee Sports and Spine Physical Therapy, LLC"])],
    header="Wrenfield Therapy Solutions, Inc. - Order Form WTS-8124", footer="Pricing valid 30 days"))

# N2 CDT only -------------------------------------------------------------------
V = "Molarworks Oral Surgery Software LLC"
DOCS.append(D("n02_cdt_only", V, "not_addressed", None,
    "Oral-surgery software licence whose only procedure content is the CDT dental code set, with a dental code-set licence included; CPT is never mentioned.",
    [("title", "SOFTWARE SUBSCRIPTION AGREEMENT"),
     ("sub", "Molarworks Oral Surgery Software LLC - 230 Enamel Way, Omaha, NE 68102"),
     ("p", "Between Molarworks Oral Surgery Software LLC (\"Molarworks\") and Prairie Oral and Maxillofacial Surgeons, P.C. (\"Practice\")."),
     ("num", [("1.", "<b>Service.</b> Molarworks provides its hosted charting, imaging, sedation record and dental claims software for oral and maxillofacial surgery practices."),
              ("2.", "<b>Dental code content.</b> The software contains the CDT (Current Dental Terminology) procedure code set. Molarworks holds the licence from the code set's owner needed to include CDT, and its cost is included in the subscription. Practice may use CDT only within the software."),
              ("3.", "<b>Medical cross-coding.</b> The software does not include any medical procedure code set. Practices that bill medical insurers must enter medical claims in a separate system."),
              ("4.", "<b>Fees.</b> $395 per surgeon per month and $45 per additional workstation per month. Imaging storage over 500 GB is $60 per 100 GB per month."),
              ("5.", "<b>Price changes.</b> Molarworks may change fees at renewal on 60 days' notice, by no more than 6%.")]),
     ("num", clauses(6, "Molarworks", "Practice", [1, 2, 3, 4, 7, 11], state="Nebraska", years="three")),
     ("sig", ["Molarworks Oral Surgery Software LLC", "Prairie Oral and Maxillofacial Surgeons, P.C."])],
    font="times", header="Molarworks Oral Surgery Software LLC", footer="MOSS-SSA-2026"))

# N3 HCPCS only DME -------------------------------------------------------------
V = "Pellham DME Billing Software, Inc."
DOCS.append(D("n03_hcpcs_dme", V, "not_addressed", None,
    "DME supplier billing-software terms covering HCPCS Level II and ICD-10 content (public code sets); CPT is not mentioned.",
    [("title", "Pellham DME Billing Software, Inc."),
     ("sub", "Customer Terms for DMEPOS Suppliers"),
     ("p", "Pellham DME Billing Software, Inc., 1650 Orchard Park Road, Louisville, KY 40202 (\"Pellham\") provides claims and inventory software to durable medical equipment suppliers (\"Supplier\")."),
     ("h", "1. Code content"),
     ("p", "The software includes the HCPCS Level II code set with modifiers, DME MAC jurisdiction edits, and ICD-10-CM diagnosis codes. These code sets are published by the federal government and are updated quarterly in the software at no extra charge."),
     ("h", "2. Fees"),
     ("table", [["Service", "Fee"],
                ["Base licence (up to 3 users)", "$310 per month"],
                ["Additional user", "$55 per user per month"],
                ["Electronic claim", "$0.18 per claim"],
                ["Certificate of medical necessity tracking", "$40 per month"],
                ["Quarterly code update", "Included"]], {"ruled": False, "widths": [3, 2]}),
     ("h", "3. Supplier obligations"),
     ("p", "Supplier is responsible for accreditation, proof-of-delivery documents, written orders and all payer documentation requirements."),
     ("h", "4. General"),
     ("num", clauses(4, "Pellham", "Supplier", [0, 1, 4, 7, 11], state="Kentucky", years="two"))],
    header="Pellham DME Billing Software, Inc. - Customer Terms", footer="PDBS-CT-v9"))

# N4 copyright notice only ------------------------------------------------------
V = "Ashgrove Clinical Records, Inc."
DOCS.append(D("n04_copyright_only", V, "not_addressed", None,
    "Family-practice EHR subscription terms whose only CPT content is an AMA copyright and trademark notice; nothing says who holds or pays for a CPT licence.",
    [("title", "ASHGROVE CLINICAL RECORDS, INC. - SUBSCRIPTION TERMS"),
     ("p", "These Subscription Terms apply to the Ashgrove EHR service provided by Ashgrove Clinical Records, Inc., 33 Rowan Hill Drive, Burlington, VT 05401 (\"Ashgrove\") to subscribing practices (\"Subscriber\")."),
     ("num", [("1.", "<b>Service.</b> Ashgrove provides charting, e-prescribing, lab interfaces, billing and a patient portal."),
              ("2.", "<b>Subscription fees.</b> $299 per provider per month, billed monthly. Additional staff users are included."),
              ("3.", "<b>Acceptable use.</b> Subscriber will not use the service to store data unrelated to patient care or practice operations."),
              ("4.", "<b>Third-party notices.</b> The service contains materials owned by third parties. Current Procedural Terminology (CPT) is copyright 2025 American Medical Association. All rights reserved. CPT is a registered trademark of the American Medical Association. Fee schedules, relative value units, conversion factors and related components are not assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. First Databank drug content and LOINC are used under their respective terms.")]),
     ("num", clauses(5, "Ashgrove", "Subscriber", [0, 1, 2, 3, 4, 7, 11, 12], state="Vermont", years="one"))],
    header="Ashgrove Clinical Records, Inc.", footer="Subscription Terms rev. 2026-01"))

# N5 CPT = cost per transaction -------------------------------------------------
V = "Skyhook Claims Exchange, LLC"
DOCS.append(D("n05_cost_per_transaction", V, "not_addressed", None,
    "Clearinghouse agreement where 'CPT' is defined as Cost Per Transaction ($0.29 per claim); it is unrelated to the AMA code set and CPT licensing is never addressed.",
    [("title", "CLEARINGHOUSE SERVICES AGREEMENT"),
     ("p", "Skyhook Claims Exchange, LLC, 4000 Runway Boulevard, Wichita, KS 67209 (\"Skyhook\"), and Flint Hills Podiatry Associates, P.A. (\"Submitter\")."),
     ("h", "1. Definitions"),
     ("num", [("1.1", "\"Transaction\" means one claim, eligibility request, claim status inquiry or remittance file processed by Skyhook."),
              ("1.2", "\"CPT\" or \"Cost Per Transaction\" means the per-Transaction charge in Section 3."),
              ("1.3", "\"Payer List\" means the list of payers to which Skyhook can route Transactions, as updated from time to time.")]),
     ("h", "2. Services"),
     ("p", "Skyhook will receive Submitter's X12 files, scrub them against payer edits, route them to payers and return acknowledgements and remittances."),
     ("h", "3. Fees"),
     ("table", [["Fee", "Amount"],
                ["Monthly platform fee", "$49 per month"],
                ["CPT - claims", "$0.29 per claim"],
                ["CPT - eligibility and status", "$0.08 per request"],
                ["Paper claim drop-to-print", "$0.65 per claim"],
                ["Enrolment with a new payer", "$25 per payer"]], {"ruled": True, "widths": [3, 2]}),
     ("p", "CPT charges are totalled monthly and invoiced with the platform fee. The CPT rate is fixed for the first year and may then change on 60 days' notice."),
     ("h", "4. Submitter responsibilities"),
     ("p", "Submitter is responsible for the accuracy of the procedure and diagnosis codes and other data in its claims."),
     ("h", "5. General"),
     ("num", clauses(5, "Skyhook", "Submitter", [0, 2, 4, 7, 11], state="Kansas", years="one"))],
    header="Skyhook Claims Exchange, LLC - Clearinghouse Services Agreement", footer="SCE-CSA-7781"))

# N6 CPT = cognitive processing therapy ------------------------------------------
V = "Gentian Mental Health Platform, Inc."
DOCS.append(D("n06_cognitive_processing", V, "not_addressed", None,
    "Behavioural-health platform price list where 'CPT' means Cognitive Processing Therapy (a $12 per clinician per month protocol module); the AMA code set is not mentioned.",
    [("title", "Gentian Mental Health Platform, Inc."),
     ("sub", "2026 Price List and Module Descriptions"),
     ("p", "Gentian Mental Health Platform, Inc., 77 Larkspur Lane, Madison, WI 53703 - sales@gentianmh.example"),
     ("table", [["Module", "What it does", "Price"],
                ["Core record", "Intake, progress notes, treatment plans, scheduling", "$65 per clinician per month"],
                ["CPT protocol module", "Session-by-session Cognitive Processing Therapy worksheets, PCL-5 tracking and fidelity checklists for trauma clinicians", "$12 per clinician per month"],
                ["Measurement-based care", "PHQ-9, GAD-7 and custom scales with client e-mail reminders", "$8 per clinician per month"],
                ["Group therapy", "Group rosters, group notes and attendance", "$5 per clinician per month"],
                ["Client portal", "Secure messaging, forms and payments", "$40 per practice per month"]],
      {"ruled": False, "widths": [1.6, 3.6, 1.8]}),
     ("h", "About the CPT protocol module"),
     ("p", "CPT here means Cognitive Processing Therapy, an evidence-based psychotherapy for post-traumatic stress. The module follows the 12-session manualised protocol and lets supervisors review worksheet completion. Clinicians should have completed recognised CPT training before using it with clients."),
     ("h", "Ordering notes"),
     ("bul", ["Prices are per month, billed annually in advance; monthly billing adds 10%.",
              "Non-profit agencies receive 15% off the core record.",
              "Prices are guaranteed until 31 December 2026."])],
    header="Gentian Mental Health Platform, Inc. - Price List 2026", footer="Prices in US dollars, excluding tax"))

# N7 ambulance billing service ---------------------------------------------------
V = "Prairie Siren Billing Services, Inc."
DOCS.append(D("n07_ambulance_service", V, "not_addressed", None,
    "Ambulance billing-service agreement in which CPT appears only as part of the coding service; fees are a percentage of collections and nothing allocates a CPT licence or fee.",
    [("title", "AMBULANCE BILLING SERVICE AGREEMENT"),
     ("p", "Prairie Siren Billing Services, Inc., 215 Depot Street, Aberdeen, SD 57401 (\"Company\") and Brown County Volunteer Ambulance Association (\"Service\")."),
     ("num", [("1.", "<b>Coding and claims.</b> Company will review each patient care report, assign the appropriate HCPCS Level II base-rate and mileage codes and, where applicable, CPT codes for separately billable procedures, and submit claims to all payers."),
              ("2.", "<b>Follow-up.</b> Company will work denials, send up to three patient statements and refer uncollectable accounts to Service's chosen agency with Service's approval."),
              ("3.", "<b>Reporting.</b> Company will send monthly reports on runs billed, collections, aged receivables and payer mix."),
              ("4.", "<b>Fee.</b> Service pays Company 7% of amounts collected, invoiced by the 10th of each month. There is no set-up fee."),
              ("5.", "<b>Compliance.</b> Company maintains a compliance program consistent with federal guidance for ambulance suppliers and will train Service's crews on documentation once a year.")]),
     ("num", clauses(6, "Company", "Service", [0, 2, 4, 7, 9, 11], state="South Dakota", years="three")),
     ("sig", ["Prairie Siren Billing Services, Inc.", "Brown County Volunteer Ambulance Association"])],
    header="Prairie Siren Billing Services, Inc.", footer="PSBS-ABSA-2026-03"))

# N8 price increase letter ---------------------------------------------------------
V = "Foxhollow Chiropractic Software LLC"
DOCS.append(D("n08_price_letter", V, "not_addressed", None,
    "Chiropractic software price-increase letter mentioning that 2026 CPT code updates were loaded and raising per-user prices by 4%; it says nothing about CPT licensing or who pays for it.",
    [("p", "Foxhollow Chiropractic Software LLC<br/>18 Quarry Ridge Road, Knoxville, TN 37919"),
     ("p", "March 2, 2026"),
     ("p", "Dear Foxhollow customer,"),
     ("p", "<b>Your 2026 subscription price</b>"),
     ("p", "Thank you for using Foxhollow. We have had a busy start to the year: the 2026 CPT and ICD-10-CM code updates were loaded into every account on January 1, the new exam flowsheets went live in February, and text-message reminders are now included in every plan."),
     ("p", "From your next renewal date your subscription will increase by 4%, from $84 to $87.36 per user per month. This is within the 5% annual cap in your agreement. Multi-location practices keep their 10% volume discount."),
     ("p", "There are no other changes to your agreement. As always, you can move between plans at any time from the account page."),
     ("p", "If you would like to talk about your renewal, please reply to this letter or call your account manager."),
     ("p", "Warm regards,"),
     ("p", "Beth Calloway<br/>Customer Success<br/>Foxhollow Chiropractic Software LLC")],
    size=11, font="times", header="Foxhollow Chiropractic Software LLC", footer="customercare@foxhollowchiro.example"))

# N9 IT invoice ICD-10 update -------------------------------------------------------
V = "Bellweather IT for Clinics, Inc."
DOCS.append(D("n09_it_invoice", V, "not_addressed", None,
    "IT support invoice for a dermatology clinic with per-user managed-service fees and an ICD-10-CM update fee; CPT is not mentioned at all.",
    [("title", "INVOICE BW-26-0217"),
     ("p", "Bellweather IT for Clinics, Inc. - 640 Gale Street, Cheyenne, WY 82001 - ar@bellweatherit.example"),
     ("p", "Bill to: Laramie Skin Clinic, LLC - Invoice date: 17 February 2026 - Terms: net 15"),
     ("table", [["Description", "Qty", "Unit", "Amount"],
                ["Managed workstation support (per user per month)", "12", "$38.00", "$456.00"],
                ["Microsoft 365 licences (per user per month)", "12", "$22.00", "$264.00"],
                ["Encrypted backup appliance rental", "1", "$95.00", "$95.00"],
                ["ICD-10-CM annual code table update - PM server", "1", "$45.00", "$45.00"],
                ["Replacement dermatoscope camera cable", "1", "$62.50", "$62.50"],
                ["After-hours call-out, 3 February (hours)", "2", "$125.00", "$250.00"]], {"ruled": False, "widths": [3.8, 0.6, 1, 1]}),
     ("p", "<b>Total due: $1,172.50</b>"),
     ("p", "Notes: The ICD-10-CM update was applied to the clinic's on-premise practice-management database during the 14 February maintenance window. Please pay by ACH; card payments carry a 3% surcharge.")],
    header="Bellweather IT for Clinics, Inc. - Invoice", footer="Thank you for choosing Bellweather"))

# N10 MSO credentialing -------------------------------------------------------------
V = "Tidal Flats Medical Management, LLC"
DOCS.append(D("n10_mso_coding_review", V, "not_addressed", None,
    "Hospital-affiliated MSO credentialing and coding-audit agreement that mentions CPT only as something its auditors review; no software licence or CPT licence terms.",
    [("title", "ADMINISTRATIVE SERVICES AGREEMENT"),
     ("p", "Tidal Flats Medical Management, LLC (\"Manager\"), 12 Marsh Hen Drive, Beaufort, SC 29902, an affiliate of Tidal Flats Community Hospital, and Sea Island Pediatrics, P.A. (\"Practice\")."),
     ("h", "1. Services"),
     ("num", [("1.1", "<b>Credentialing.</b> Manager will prepare and track payer credentialing and re-credentialing for Practice's clinicians."),
              ("1.2", "<b>Coding audits.</b> Twice a year Manager's certified coders will review a sample of 20 encounters per clinician for the accuracy of CPT, HCPCS and ICD-10-CM coding and documentation, and give Practice a written report with education."),
              ("1.3", "<b>Compliance training.</b> Manager will provide annual HIPAA and fraud-and-abuse training for Practice staff."),
              ("1.4", "Practice will continue to use its own practice management system; Manager does not provide software under this agreement.")]),
     ("h", "2. Fees"),
     ("p", "Practice pays Manager $1,150 per month plus $85 per credentialing application. Fees reflect fair market value and are not related to referrals."),
     ("h", "3. General"),
     ("num", clauses(3, "Manager", "Practice", [0, 1, 2, 4, 7, 11], state="South Carolina", years="two")),
     ("sig", ["Tidal Flats Medical Management, LLC", "Sea Island Pediatrics, P.A."])],
    columns=2, size=9.5, header="Tidal Flats Medical Management, LLC - Administrative Services Agreement", footer="TFMM-ASA-0107"))
