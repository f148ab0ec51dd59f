"""blind_t documents, group D: nothing decides CPT licensing (not_addressed)."""
import sys

sys.dont_write_bytecode = True

from common import (boiler_confidentiality, boiler_hipaa, boiler_law,
                    boiler_liability, boiler_misc, boiler_term, doc, sig)

DOCS = []


def add(d):
    DOCS.append(d)
    return d


# D1 -- dental practice software with a CDT (ADA) licence fee ---------------------
V = "Bellwether Dental Systems, Inc."
add(doc(
    "na_dental_cdt_fee", V, "not_addressed", None,
    "Dental practice-software order form whose only code-set charge is a CDT licence fee "
    "payable to the American Dental Association at $14.00 per dentist per year; CDT is not "
    "CPT and the document never mentions CPT or the AMA.",
    [
        ("title", "Bellwether Dental Systems"),
        ("subtitle", "Order Confirmation &middot; BDS-44720"),
        ("kv", [("Practice", "Gannet Shore Family Dentistry, PLLC"),
                ("Dentists", "3"), ("Hygienists", "4"), ("Operatories", "7"),
                ("Start", "1 March 2026")]),
        ("table", [
            ["Item", "Basis", "Price"],
            ["Bellwether Cloud practice management", "per dentist / month", "$189.00"],
            ["Imaging bridge (intraoral sensors, panoramic)", "per operatory / month", "$22.00"],
            ["Patient texting and reminders", "per practice / month", "$79.00"],
            ["CDT&reg; 2026 code set licence (ADA)", "per dentist / year", "$14.00"],
            ["Electronic dental claims", "per claim", "$0.35"],
            ["Data conversion from prior system", "one-time", "$1,450.00"],
        ], {"style": "lines", "widths": [3.3, 1.8, 1.0], "right": [2]}),
        ("h2", "About the CDT licence line"),
        ("p", "Procedure codes for dentistry come from the Code on Dental Procedures and "
              "Nomenclature, published by the American Dental Association (ADA) as CDT. "
              "Bellwether is licensed by the ADA to include CDT in its software and collects "
              "the ADA's annual per-dentist charge on the March invoice each year. Hygienists "
              "and office staff are not charged."),
        ("h2", "Other terms"),
        ("bul", ["Prices are fixed for 12 months from the start date.",
                 "Claims are routed through Bellwether's dental clearinghouse partner.",
                 "Your subscription is governed by the Bellwether Customer Terms at "
                 "bellwetherdental.example/terms."]),
        ("small", "Current Dental Terminology &copy; 2025 American Dental Association. All rights "
                  "reserved. CDT is a registered trademark of the ADA."),
        ("p", "Questions? orders@bellwetherdental.example &middot; %s, 18 Spindrift Lane, "
              "Harrowby Cove, ME 04990" % V),
    ],
    family="helv", size=10, footer="BDS-44720"))


# D2 -- clearinghouse price sheet, CPT only as a claim-edit feature -------------
V = "Sandpiper Claims Network, LLC"
add(doc(
    "na_clearinghouse_feature_only", V, "not_addressed", None,
    "Clearinghouse price sheet and service description in which CPT appears only as a claim "
    "scrubbing feature (validating CPT, HCPCS and ICD-10 codes) and the practice is called "
    "\"Provider\"; all charges are per-claim or per-transaction and nothing deals with CPT "
    "licensing.",
    [
        ("title", "Sandpiper Claims Network &mdash; Provider Price Sheet 2026"),
        ("p", "This price sheet forms part of the Electronic Data Interchange Agreement "
              "between <b>%s</b> (\"Sandpiper\") and the provider organization named in the "
              "enrollment form (\"Provider\")." % V),
        ("h2", "What Sandpiper does"),
        ("bul", ["Receives Provider's professional and institutional claims from any practice "
                 "management system that exports X12 837 files.",
                 "Scrubs each claim before it reaches the payer: checks CPT and HCPCS procedure "
                 "codes and ICD-10-CM diagnosis codes for validity on the date of service, "
                 "flags modifier conflicts and NCCI edit pairs, and checks member ID formats.",
                 "Routes clean claims to more than 2,400 payers and returns acceptance and "
                 "rejection reports within two hours.",
                 "Delivers electronic remittance advice and supports real-time eligibility."]),
        ("h2", "Prices"),
        ("table", [
            ["Service", "Price", "Billing"],
            ["Claim submission and scrubbing", "$0.31 per claim", "Monthly in arrears"],
            ["Secondary claim (crossover not automatic)", "$0.31 per claim", "Monthly in arrears"],
            ["ERA delivery", "$0.09 per remittance", "Monthly in arrears"],
            ["Eligibility inquiry", "$0.14 per inquiry", "Monthly in arrears"],
            ["Claim status inquiry", "$0.08 per inquiry", "Monthly in arrears"],
            ["Monthly minimum", "$35.00 per Provider tax ID", "Monthly"],
            ["Enrollment set-up", "$150.00 one-time", "On enrollment"],
        ], {"style": "grid", "widths": [3, 1.8, 1.6]}),
        ("h2", "Notes"),
        ("num", ["A claim is counted once, when first accepted by Sandpiper; corrected claims "
                 "count as new claims.",
                 "Prices may change on 60 days' notice posted in the Provider dashboard.",
                 "Payer enrollment for ERA is Provider's responsibility; Sandpiper will assist."]),
        ("small", "Sandpiper is a HIPAA-covered health care clearinghouse. " + boiler_hipaa(2)),
    ],
    family="helv", size=9.5, footer="Sandpiper Price Sheet 2026 - v3"))


# D3 -- "CPT" means cost per test --------------------------------------------
V = "Holbrook Vance Diagnostics, Inc."
add(doc(
    "na_cost_per_test", V, "not_addressed", None,
    "Analyzer placement agreement in which \"CPT\" means cost-per-test pricing for reagents "
    "($3.10 per reportable result); it has nothing to do with the AMA code set and says "
    "nothing about CPT licensing.",
    [
        ("title", "Reagent Rental and Cost-Per-Test (CPT) Agreement"),
        ("p", "<b>%s</b> (\"HVD\") places the equipment below at the premises of Corvallis "
              "Point Medical Group, P.C. (\"Customer\") on the following terms, effective 1 "
              "April 2026." % V),
        ("h2", "1. Equipment placed"),
        ("table", [["Item", "Serial", "List value"],
                   ["HVD Chem 420 benchtop chemistry analyzer", "C420-88713", "$38,900"],
                   ["HVD Hema 5 five-part differential analyzer", "H5-20391", "$24,500"],
                   ["Barcode reader and LIS connector", "LC-5512", "$1,200"]],
         {"style": "lines", "widths": [3.5, 1.3, 1.2], "right": [2]}),
        ("p", "Title to the equipment remains with HVD. Customer pays no rent for the "
              "equipment; HVD recovers its cost through the CPT price."),
        ("h2", "2. CPT pricing"),
        ("p", "2.1 \"CPT\" in this Agreement means cost per test: the all-inclusive price per "
              "patient result reported, covering reagents, calibrators, controls, "
              "consumables, service and equipment use. 2.2 The CPT price is $3.10 per "
              "reportable chemistry result and $2.45 per reportable CBC. Repeats, controls and "
              "calibrations are not billed. 2.3 Customer commits to a minimum of 1,800 "
              "reportable results per month averaged over each quarter. If the quarterly "
              "average falls short, HVD may invoice the shortfall at the CPT price."),
        ("h2", "3. Service"),
        ("p", "HVD will provide preventive maintenance twice a year, remote diagnostics, and "
              "on-site repair within one business day. Loaner equipment is supplied if a "
              "repair will take more than three business days."),
        ("h2", "4. Customer responsibilities"),
        ("p", "Customer will hold a CLIA certificate appropriate to the tests performed, use "
              "only HVD reagents on the equipment, keep the equipment in a suitable "
              "environment, and report monthly test counts by the fifth business day."),
        ("h2", "5. Term"),
        ("p", "Sixty months. On expiry Customer may renew at the then-current CPT price or "
              "return the equipment at HVD's cost."),
        ("p", boiler_liability(2)),
        sig(V, "Corvanis Point Medical Group, P.C.", ("Lucian Ferreira-Holt", "Regional Manager"),
            ("Dr. Nadia Kovalenko", "Laboratory Director")),
    ],
    family="times", size=10.5, footer="HVD-RR-2026-117"))


# D4 -- "AMA" = Annual Maintenance Agreement; "CPT" = chest physiotherapy -------
V = "Corliss Biomedical Service Co."
add(doc(
    "na_annual_maintenance_chest_pt", V, "not_addressed", None,
    "Equipment service contract in which \"AMA\" means Annual Maintenance Agreement ($1,450 "
    "per location per year) and \"CPT\" means chest physiotherapy devices; neither refers to "
    "the American Medical Association or its code set.",
    [
        ("title", "Annual Maintenance Agreement (AMA)"),
        ("subtitle", "Respiratory and pulmonary clinic equipment"),
        ("kv", [("Service company", V),
                ("Customer", "Brightmoor Pulmonary Care, LLC"),
                ("Locations covered", "2 (Riverside clinic; Eastgate clinic)"),
                ("Agreement period", "1 January 2026 to 31 December 2026")]),
        ("h2", "1. Equipment covered"),
        ("table", [["Category", "Devices", "Qty"],
                   ["Spirometry", "Desktop spirometers with calibration syringes", "3"],
                   ["CPT (chest physiotherapy)", "High-frequency chest wall oscillation vests "
                                                 "and airway clearance percussors", "6"],
                   ["Oximetry", "Overnight recording pulse oximeters", "8"],
                   ["Nebulization", "Compressor nebulizers", "10"]],
         {"style": "grid", "widths": [1.6, 3.8, 0.6]}),
        ("h2", "2. What the AMA covers"),
        ("p", "Two preventive maintenance visits per location per year; electrical safety "
              "testing; calibration with certificates; replacement of worn hoses, filters and "
              "vest bladders on CPT devices; and unlimited repair labour. Parts other than "
              "wear items are charged at list less 15%."),
        ("h2", "3. AMA fee"),
        ("p", "The AMA fee is $1,450.00 per location per year, invoiced in January. Devices "
              "added mid-year are covered from the next visit at a pro-rated amount. Response "
              "time for breakdowns is next business day."),
        ("h2", "4. Exclusions"),
        ("p", "Damage from misuse, liquid spills, unauthorized repairs, or use of non-approved "
              "accessories. Patient-owned CPT vests used at home are not covered."),
        ("h2", "5. Renewal"),
        ("p", "This AMA renews each year unless either party gives 30 days' notice. The fee "
              "may increase on renewal by up to 4%."),
        ("p", "Accepted: ______________________ for Brightmoor Pulmonary Care, LLC"),
        ("small", "Corliss Biomedical Service Co. &middot; 301 Anchorage Way, Tollacre Reach, CT "
                  "06990 &middot; service@corlissbiomed.example"),
    ],
    family="helv", size=10, heading="bold", footer="Corliss Biomedical - AMA 2026"))


# D5 -- ICD-10 / HCPCS Level II data-file subscription; no CPT -------------------
V = "Pemberton Ruiz Coding Data, LLC"
add(doc(
    "na_icd_hcpcs_file_fee", V, "not_addressed", None,
    "Coding data-file subscription invoice charging $21.50 per user per year for ICD-10-CM/PCS "
    "and HCPCS Level II files and stating the subscription contains no CPT content; it says "
    "nothing about who licenses CPT.",
    [
        ("title", "Subscription Invoice and Terms"),
        ("p", "<b>%s</b> &middot; 48 Cartwright Lane, Fallowmere, KY 40990" % V),
        ("kv", [("Invoice", "PRCD-26-01893"), ("Date", "5 January 2026"),
                ("Customer", "Aldergate Multispecialty Clinic, P.C."),
                ("Subscription year", "Calendar 2026")]),
        ("table", [
            ["Product", "Users", "Price per user per year", "Amount"],
            ["ICD-10-CM and ICD-10-PCS annual data files with crosswalks", "16", "$21.50",
             "$344.00"],
            ["HCPCS Level II annual and quarterly data files", "16", "$12.00", "$192.00"],
            ["Total", "", "", "$536.00"],
        ], {"style": "grid", "widths": [3.2, 0.6, 1.4, 1.0], "right": [1, 2, 3],
            "bold_last": True}),
        ("h2", "What you are buying"),
        ("p", "Formatted, import-ready editions of the ICD-10-CM, ICD-10-PCS and HCPCS Level II "
              "code sets published by federal agencies, with our descriptors, edit flags and "
              "crosswalk tables added. The underlying federal code sets are in the public "
              "domain; our price is for the formatting, the added content and the quarterly "
              "updates."),
        ("p", "This subscription does not contain CPT content."),
        ("h2", "Licence terms"),
        ("p", "The files may be loaded into one software system per customer and used by the "
              "number of users invoiced. Additional users may be added at any time at the same "
              "per-user price, pro-rated by quarter."),
        ("p", "Payment is due within 30 days."),
    ],
    family="helv", size=10, footer="PRCD-26-01893"))


# D6 -- bare AMA copyright notice on a statement-printing agreement --------------
V = "Dunmore Statement Services, Inc."
add(doc(
    "na_bare_copyright_notice", V, "not_addressed", None,
    "Patient-statement printing and mailing agreement whose only reference to CPT is a bare "
    "AMA copyright notice at the foot of the sample statement; per-statement and postage "
    "charges are the only fees and nothing says who licenses CPT.",
    [
        ("title", "Patient Statement Services Agreement"),
        ("p", "<b>%s</b> (\"Dunmore\") will print and mail patient statements for Alcott "
              "Ridge Urology, P.A. (\"Client\") on these terms, effective 1 February 2026." % V),
        ("h2", "1. Service"),
        ("p", "Client's billing system will send Dunmore a statement file each business day. "
              "Dunmore will print statements in the approved layout, fold, insert with a "
              "return envelope, presort and mail them within one business day of receipt, and "
              "post a PDF image of each statement to Client's portal."),
        ("h2", "2. Prices"),
        ("table", [["Item", "Price"],
                   ["Statement, one page, including envelope and return envelope", "$0.42"],
                   ["Each additional page", "$0.09"],
                   ["Postage", "At cost, presort rate"],
                   ["Address correction", "$0.25 per corrected address"],
                   ["Layout design and set-up", "$350.00 one-time"]],
         {"style": "lines", "widths": [4.4, 1.6]}),
        ("h2", "3. Approved layout"),
        ("p", "The statement shows, for each date of service, the procedure code and "
              "description supplied in Client's file, charges, insurance payments, "
              "adjustments and the patient balance. Dunmore prints what Client sends and does "
              "not edit codes or descriptions."),
        ("h2", "4. Terms"),
        ("p", boiler_term(1) + " " + boiler_hipaa(0) + " " + boiler_liability(2)),
        sig(V, "Alcott Ridge Urology, P.A.", ("Maeve Lindahl", "Account Director"),
            ("Jonas Abernethy", "Business Office Manager")),
        ("hr",),
        ("small", "Sample statement footer, as it will print: \"Questions about your bill? Call "
                  "555-0164. Procedure descriptions on this statement: CPT only copyright 2025 "
                  "American Medical Association. All rights reserved.\""),
    ],
    family="times", size=10.5, footer="Dunmore Statement Services - PSSA"))


# D7 -- card-processing agreement; processing fees, per-provider software fee ----
V = "Ellison Paygate Merchant Services, LLC"
add(doc(
    "na_card_processing", V, "not_addressed", None,
    "Patient-payments merchant agreement with a per-transaction processing fee, a $19.00 per "
    "provider monthly software fee and terminal rental; it contains no reference to CPT or the "
    "AMA, so CPT licensing is not addressed.",
    [
        ("title", "Merchant Processing Agreement &mdash; Healthcare Program"),
        ("p", "Between <b>%s</b> (\"Paygate\") and Silverbrook Family Eye Care, P.C. "
              "(\"Merchant\")." % V),
        ("h2", "Fees"),
        ("table", [["Fee", "Amount"],
                   ["Card-present transactions", "2.55% + $0.10 per transaction"],
                   ["Card-not-present and online payments", "2.90% + $0.25 per transaction"],
                   ["ACH / e-check", "0.80%, capped at $5.00"],
                   ["Patient payment portal and text-to-pay software", "$19.00 per provider per month"],
                   ["Countertop terminal rental", "$14.00 per terminal per month"],
                   ["Chargeback handling", "$20.00 per chargeback"],
                   ["PCI compliance program", "$99.00 per year"]],
         {"style": "grid", "widths": [3.3, 2.7]}),
        ("h2", "Funding"),
        ("p", "Settled funds are deposited to Merchant's account within two business days. "
              "Paygate may hold a reserve if chargebacks exceed 1% of volume in any month."),
        ("h2", "Card-on-file and payment plans"),
        ("p", "Merchant shall obtain the patient's written authorization before storing a card "
              "or charging it on a schedule, and shall keep authorizations for two years after "
              "the last charge."),
        ("h2", "Term"),
        ("p", "Three years, renewing yearly. Early termination fee: $295, waived if Merchant "
              "closes the practice."),
        ("p", boiler_liability(1) + " " + boiler_law("Texas", 0)),
        sig(V, "Silverbrook Family Eye Care, P.C.", ("Dario Ellison", "Director, Healthcare"),
            ("Dr. Tamsin Cheung", "Owner")),
    ],
    family="helv", size=10, footer="Paygate MPA-HC 2026"))


# D8 -- credentialing services; AMA Physician Profile fee passed through ---------
V = "Ashgrove Credentialing Partners, LLC"
add(doc(
    "na_credentialing_ama_profile", V, "not_addressed", None,
    "Credentialing services agreement that passes through an AMA Physician Profile "
    "verification fee of $12.00 per physician per cycle; that is a fee for primary-source "
    "verification from the American Medical Association, not for CPT, and CPT licensing is "
    "not addressed.",
    [
        ("title", "Credentialing and Enrollment Services Agreement"),
        ("p", "<b>%s</b> (\"Ashgrove\") will credential and enroll the clinicians of "
              "Wrenfield Behavioral Health Group, PLLC (\"Group\") with health plans, on the "
              "terms below." % V),
        ("h2", "Services"),
        ("bul", ["Collect and maintain each clinician's credentialing application and "
                 "supporting documents.",
                 "Primary-source verification of licences, board certification, education and "
                 "training, DEA registration and sanctions.",
                 "Submit enrollments to up to twelve payers per clinician and follow up until "
                 "an effective date is issued.",
                 "Track expirations and re-credentialing dates and give 90 days' warning."]),
        ("h2", "Fees"),
        ("table", [["Service", "Fee"],
                   ["Initial credentialing, per clinician", "$325.00"],
                   ["Each payer enrollment, per clinician", "$95.00"],
                   ["Re-credentialing, per clinician per cycle", "$150.00"],
                   ["Maintenance of files and expirables, per clinician per month", "$25.00"],
                   ["AMA Physician Profile verification, per physician per cycle",
                    "$12.00 (passed through at cost)"],
                   ["State licence verification fees", "At cost"]],
         {"style": "lines", "widths": [4.2, 1.8]}),
        ("p", "The AMA Physician Profile fee is the charge made by the American Medical "
              "Association for a verified profile of a physician's education and training, "
              "which many payers accept as a primary source. It applies only to physicians, "
              "not to psychologists, counselors or nurse practitioners."),
        ("h2", "Group's responsibilities"),
        ("p", "Group will provide complete, truthful information, sign attestations promptly, "
              "and tell Ashgrove within five days of any adverse action against a clinician."),
        ("h2", "General"),
        ("p", boiler_term(2) + " " + boiler_confidentiality("Ashgrove", "Group", 1)),
        sig(V, "Wrenfield Behavioral Health Group, PLLC", ("Ottilie Marchetti-Brown", "Managing Director"),
            ("Dr. Kofi Amankwah", "Clinical Director")),
    ],
    family="times", size=10.5, footer="Ashgrove CESA 2026"))


# D9 -- PM quote listing CPT lookup as a feature only -----------------------------
V = "Tolliver Stone Practice Solutions, Inc."
add(doc(
    "na_pm_quote_feature_only", V, "not_addressed", None,
    "Practice-management sales quote that lists CPT and ICD-10 code lookup and superbill "
    "features among the product's capabilities but says nothing about CPT licensing or a CPT "
    "fee; the per-provider monthly prices are subscription charges.",
    [
        ("title", "Your Tolliver Stone proposal"),
        ("p", "Prepared for Dr. Imogen Fairweather, Fairweather Podiatry, PLLC &middot; by Elio "
              "Castellane, Tolliver Stone &middot; 2 March 2026"),
        ("h2", "What's included"),
        ("table", [
            ["Capability", "Essentials", "Complete"],
            ["Scheduling, reminders, waitlist", "Yes", "Yes"],
            ["Charting with podiatry templates", "Yes", "Yes"],
            ["CPT&reg; and ICD-10 code lookup with favorites lists", "Yes", "Yes"],
            ["Superbill builder with modifier prompts", "Yes", "Yes"],
            ["Claims scrubbing and submission", "No", "Yes"],
            ["Patient statements and online pay", "No", "Yes"],
            ["Custom reports and dashboards", "Basic", "Advanced"],
            ["Price per provider per month", "$149", "$249"],
        ], {"style": "zebra", "widths": [3.4, 1.2, 1.2]}),
        ("h2", "One-time charges"),
        ("p", "Onboarding and template set-up: $995. Data migration from your current system: "
              "quoted after we see a sample export."),
        ("h2", "The fine print"),
        ("bul", ["Prices are locked for 24 months on a 24-month agreement.",
                 "Additional non-provider users are free.",
                 "Clearinghouse transaction fees on the Complete plan are included up to 400 "
                 "claims per provider per month.",
                 "This proposal is subject to the Tolliver Stone Subscription Agreement."]),
        ("p", "Ready to go? Reply to elio.castellane@tolliverstone.example or sign below.<br/>"
              "%s &middot; 6 Keswick Row, Marbury Springs, MO 64990" % V),
        ("p", "Plan chosen: [ ] Essentials [ ] Complete &nbsp;&nbsp; Signature: ______________"),
    ],
    family="helv", size=10.5, footer="Tolliver Stone proposal TS-2026-0302"))


# D10 -- Canadian provincial-billing EMR licence; no CPT ----------------------
V = "Muskeg Bay Clinical Systems Ltd."
add(doc(
    "na_canadian_provincial", V, "not_addressed", None,
    "Canadian-spelling EMR licence for a clinic billing a provincial health plan with "
    "provincial fee codes; the licence fee per physician per month and the fee-schedule "
    "updates have nothing to do with CPT, which the document never mentions.",
    [
        ("title", "Muskeg Bay Clinical Systems Ltd."),
        ("subtitle", "EMR Licence Agreement &mdash; Clinic Edition (Ontario)"),
        ("p", "Between <b>%s</b> (the \"Vendor\") and Pinemarten Crossing Family Health Team "
              "(the \"Clinic\"), dated 12 January 2026." % V),
        ("h2", "1. Licence"),
        ("p", "The Vendor grants the Clinic a non-exclusive licence to use the Muskeg Bay EMR "
              "for the care of its patients at its two sites. The licence fee is CAD 129 per "
              "physician per month and CAD 39 per allied health professional per month, plus "
              "applicable HST."),
        ("h2", "2. Provincial billing"),
        ("p", "The EMR prepares and submits claims to the provincial health insurance plan "
              "using the fee codes in the provincial Schedule of Benefits and the diagnostic "
              "codes the Ministry publishes. The Vendor loads Ministry fee-schedule updates "
              "within ten business days of publication at no additional charge. Claims for "
              "uninsured services are invoiced to patients or third parties using the "
              "Clinic's own price list."),
        ("h2", "3. Privacy"),
        ("p", "Personal health information is stored in Canadian data centres and handled in "
              "accordance with the provincial health-privacy statute. The Vendor acts as the "
              "Clinic's electronic service provider and will not use personal health "
              "information for any other purpose."),
        ("h2", "4. Support and training"),
        ("p", "Support is provided by telephone and e-mail from 8:00 to 18:00 Eastern time on "
              "business days. Initial training: two days on site for each clinic."),
        ("h2", "5. Term and termination"),
        ("p", "Three years, renewing for one-year terms. The Clinic may terminate on 90 days' "
              "notice after the first year. On termination the Vendor will provide a full "
              "export of the Clinic's records in a standard format."),
        ("p", boiler_liability(1)),
        sig(V, "Pinemarten Crossing Family Health Team", ("Wendell Achterholt", "Vice-President, Sales"),
            ("Dr. Chantal Mercier-Boyd", "Lead Physician")),
    ],
    family="times", size=10.5, justify=True, footer="Muskeg Bay EMR Licence - Clinic Edition"))
