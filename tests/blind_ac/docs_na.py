"""blind_ac documents whose label is not_addressed (CPT licensing is not dealt with)."""
import docs_boiler as B
from docs_boiler import mk

NA = "not_addressed"


def na_a():
    v, vs, c, cs = "Bellhaven Dental Software, Inc.", "Bellhaven", "Smile Harbor Family Dentistry, PLLC", "Practice"
    blocks = [
        ("title", "BELLHAVEN CLOUD DENTAL - SUBSCRIPTION AGREEMENT"),
        ("meta", ["Bellhaven Dental Software, Inc., 12 Lighthouse Point, Charleston, South Carolina 29401",
                  "Practice: Smile Harbor Family Dentistry, PLLC, 600 Harbor View Road, Savannah, Georgia 31401",
                  "Effective Date: March 3, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"Software\" means Bellhaven Cloud Dental, including charting, perio, imaging bridge, treatment "
              "planning, scheduling, dental insurance claims and patient communications. \"CDT\" means the Code on "
              "Dental Procedures and Nomenclature published by the American Dental Association (\"ADA\"). \"User\" "
              "means a named individual with a login.", "1.1"),
        B.art("2", "Subscription"),
        ("p", "Bellhaven grants the Practice a non-exclusive right for its Users to access the Software for the "
              "Practice's dental patients during the term.", "2.1"),
        B.art("3", "Dental code content"),
        ("p", "The Software includes CDT codes and descriptors, which Bellhaven distributes under its licence from the "
              "ADA. The Practice pays the CDT content fee in Schedule 1 for each User.", "3.1"),
        ("p", "The Software produces ADA dental claim forms and 837D electronic claims. Medical claim forms are not "
              "supported.", "3.2"),
    ]
    blocks += B.payment("4", 0, vs, "the Practice")
    blocks += B.hipaa("5", 0, vs, "the Practice")
    blocks += B.warranty("6", 0, vs)
    blocks += B.liability("7", 0)
    blocks += B.term("8", 0, vs, "the Practice", years=2)
    blocks += B.law("9", 0, "South Carolina")
    blocks += [("sig", [(v, "Colleen Ashby", "VP Sales"), (c, "Marcus Devereaux, DMD", "Owner")]),
               ("h", "Schedule 1 - Fees"),
               ("table", [["Item", "Basis", "Fee"],
                          ["Cloud Dental subscription", "per location per month", "$399.00"],
                          ["Additional User beyond 10", "per User per month", "$20.00"],
                          ["CDT content fee (ADA)", "per User per year", "$14.00"],
                          ["Imaging bridge", "per operatory, one time", "$150.00"],
                          ["Data conversion", "one time", "$1,200.00"]], [0.45, 0.35, 0.2])]
    return mk("na_a", v, NA, None,
              "A dental practice-software subscription whose only code-set licensing term is the ADA's CDT, with a "
              "per-user CDT content fee; CDT is not CPT and CPT is never mentioned.",
              blocks, font="helv", header="Bellhaven Cloud Dental - Subscription Agreement")


def na_b():
    v, c = "Ashcombe Clinical Systems Ltd", "The Kensington Knee Clinic Ltd"
    blocks = [
        ("title", "AGREEMENT FOR THE SUPPLY OF CLINIC MANAGEMENT SOFTWARE"),
        ("p", "This agreement is dated 1 September 2025 and is made between %s, registered in England and Wales "
              "(company number 07654321), of 40 Chancery Lane, London WC2A 1JA (the \"Supplier\") and %s, registered in "
              "England and Wales (company number 12345670), of 18 Kensington Church Street, London W8 4EP (the "
              "\"Customer\")." % (v, c)),
        ("h", "1. Definitions"),
        ("p", "In this agreement: \"Software\" means the Ashcombe Clinic suite for private outpatient and day-case "
              "clinics; \"Insurer Codes\" means the procedure schedules published by UK private medical insurers and "
              "the CCSD schedule; \"OPCS-4\" means the OPCS Classification of Interventions and Procedures; and "
              "\"Charges\" means the charges in Schedule 1."),
        ("h", "2. Supply and licence"),
        ("p", "2.1 The Supplier grants the Customer a non-exclusive licence to use the Software for the term for the "
              "Customer's clinics in England. 2.2 The Software supports self-pay invoicing, insurer pre-authorisation, "
              "billing to UK private medical insurers using Insurer Codes and OPCS-4, and ICD-10 diagnosis coding."),
        ("p", "2.3 Clinical terminology in the Software uses SNOMED CT UK Edition under the Customer's NHS England "
              "affiliate arrangements."),
        ("h", "3. Charges"),
        ("p", "3.1 The Customer shall pay the Charges monthly in advance by direct debit. 3.2 Charges are exclusive of "
              "VAT, which shall be added at the prevailing rate. 3.3 The Supplier may increase the Charges once a year "
              "by no more than the increase in CPI over the preceding twelve months."),
        ("h", "4. Data protection"),
        ("p", "4.1 The Supplier acts as processor of personal data for the Customer as controller under the UK GDPR "
              "and the Data Protection Act 2018, on the terms of Schedule 2. 4.2 Data is hosted in the United Kingdom."),
        ("h", "5. Service levels"),
        ("p", "5.1 The Software shall be available 99.5% of each month. 5.2 Service credits are the Customer's sole "
              "financial remedy for unavailability."),
        ("h", "6. Liability"),
        ("p", "6.1 Nothing limits liability for death or personal injury caused by negligence or for fraud. 6.2 "
              "Otherwise each party's aggregate liability is limited to the Charges paid in the preceding 12 months."),
        ("h", "7. Term"),
        ("p", "7.1 Three years from the date of this agreement, then continuing until either party gives six months' "
              "written notice."),
        ("h", "8. Governing law"),
        ("p", "8.1 The law of England and Wales governs this agreement and the courts of England and Wales have "
              "exclusive jurisdiction."),
        ("h", "Schedule 1 - Charges"),
        ("table", [["Element", "Charge"],
                   ["Ashcombe Clinic licence, per consultant", "GBP 85 per month"],
                   ["Reception and secretarial users", "GBP 18 per user per month"],
                   ["Insurer schedule updates", "included"],
                   ["Implementation", "GBP 4,500 one-off"]], [0.6, 0.4]),
        ("h", "Schedule 2 - Data processing particulars"),
        ("p", "Subject matter: clinic administration. Duration: the term. Categories of data: patient identity, "
              "health and insurance data. Sub-processors: UK hosting provider and e-mail service, each notified to "
              "the Customer in advance."),
        ("sig", [(v, "Edward Pemberton", "Director"), (c, "Miss Fiona Carrington FRCS", "Medical Director")]),
    ]
    return mk("na_b", v, NA, None,
              "An English clinic-software supply agreement for a London private clinic that bills UK insurers with "
              "insurer schedules, OPCS-4 and ICD-10; CPT does not appear at all.",
              blocks, font="times", paper="a4")


def na_c():
    v, c = "Northern Lights Rehab Software Inc.", "Lakehead Physiotherapy and Wellness Ltd."
    blocks = [
        ("title", "Software Subscription Agreement"),
        ("meta", ["Northern Lights Rehab Software Inc., 200 Portage Avenue, Suite 1100, Winnipeg, Manitoba R3C 3X1",
                  "Customer: Lakehead Physiotherapy and Wellness Ltd., 95 Red River Road, Thunder Bay, Ontario P7B 1A5",
                  "Effective: 2 June 2025"]),
        ("h", "1. Definitions"),
        ("p", "\"Platform\" means the Northern Lights clinic platform for physiotherapy, massage therapy and "
              "chiropractic clinics. \"CPT Module\" means the Clinic Performance Tracker, the Platform's dashboard of "
              "visit volumes, practitioner utilisation, cancellations and revenue per visit. \"Direct Billing\" means "
              "electronic submission to Canadian extended-health insurers and to the Workplace Safety and Insurance "
              "Board."),
        ("h", "2. Subscription"),
        ("p", "2.1 Northern Lights grants the Customer access to the Platform for the Customer's clinic in Ontario. "
              "2.2 The Customer selected the CPT Module in the order below; it may be cancelled on 30 days' notice."),
        ("h", "3. Billing features"),
        ("p", "3.1 Direct Billing uses the insurers' own service codes and the WSIB programme of care codes. 3.2 "
              "OHIP billing is not used by the Customer and is not configured."),
        ("h", "4. Fees"),
        ("table", [["Item", "Fee (CAD)"],
                   ["Platform, per practitioner", "$79.00 per month"],
                   ["CPT Module (Clinic Performance Tracker)", "$29.00 per month per clinic"],
                   ["Direct Billing", "$0.45 per claim"],
                   ["Online booking widget", "included"]], [0.6, 0.4]),
        ("p", "Fees are in Canadian dollars. HST at 13% is added to each invoice."),
        ("h", "5. Privacy"),
        ("p", "5.1 Northern Lights stores personal health information in Canada only and complies with PHIPA as an "
              "agent and electronic service provider of the Customer. 5.2 Northern Lights will notify the Customer of "
              "any privacy breach without delay."),
        ("h", "6. Liability"),
        ("p", "Northern Lights' liability is limited to the fees paid in the 12 months before the claim. Neither party "
              "is liable for indirect losses."),
        ("h", "7. Term and law"),
        ("p", "Month to month, cancellable on 30 days' notice. The laws of Ontario and the federal laws of Canada "
              "apply there."),
        ("sig", [(v, "Marie-Claude Gagnon", "President"), (c, "Daniel Kowalski, PT", "Clinic Owner")]),
    ]
    return mk("na_c", v, NA, None,
              "A Canadian physiotherapy-clinic software subscription in which 'CPT' means the Clinic Performance "
              "Tracker dashboard module (priced monthly), not Current Procedural Terminology; no procedure code "
              "licensing is dealt with.",
              blocks, font="helv")


def na_d():
    v, vs, c, cs = "Prairie Wind DME Software, LLC", "Prairie Wind", "Heartland Home Medical Supply, Inc.", "Customer"
    blocks = [
        ("title", "SOFTWARE SUBSCRIPTION AND SUPPORT AGREEMENT"),
        ("meta", ["Prairie Wind DME Software, LLC, 1300 O Street, Lincoln, Nebraska 68508",
                  "Customer: Heartland Home Medical Supply, Inc., 715 Locust Street, Des Moines, Iowa 50309",
                  "Effective Date: April 7, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"Software\" means Prairie Wind's durable medical equipment billing and delivery-management system. "
              "\"Code Tables\" means the HCPCS Level II codes and modifiers, the ICD-10-CM diagnosis codes and the "
              "DMEPOS fee schedules, all as published by CMS. \"User\" means a named individual.", "1.1"),
        B.art("2", "Subscription"),
        ("p", "Prairie Wind grants Customer access to the Software for Customer's DMEPOS business during the term.", "2.1"),
        B.art("3", "Code Tables"),
        ("p", "Prairie Wind loads the Code Tables and updates them quarterly as CMS publishes changes, including "
              "competitive bidding and rural fee schedule updates.", "3.1"),
        ("p", "The quarterly HCPCS Level II and fee schedule update service is charged as shown in Schedule A.", "3.2"),
        ("p", "Customer remains responsible for meeting supplier standards and documentation requirements, including "
              "written orders and proof of delivery.", "3.3"),
    ]
    blocks += B.payment("4", 1, vs, cs)
    blocks += B.support("5", 0, vs)
    blocks += B.conf("6", 0)
    blocks += B.liability("7", 0)
    blocks += B.term("8", 1, vs, cs, years=2)
    blocks += B.law("9", 0, "Nebraska")
    blocks += [("sig", [(v, "Trent Oakley", "Managing Member"), (c, "Beverly Marsh", "Chief Executive Officer")]),
               ("h", "Schedule A - Fees"),
               ("table", [["Item", "Fee"],
                          ["Software subscription", "$85.00 per User per month"],
                          ["HCPCS Level II and fee schedule update service", "$150.00 per year"],
                          ["ICD-10-CM annual update", "included"],
                          ["Delivery-route mobile app", "$15.00 per driver per month"],
                          ["Implementation", "$2,500.00 one time"]], [0.6, 0.4])]
    return mk("na_d", v, NA, None,
              "A DME billing-software agreement built on HCPCS Level II, ICD-10-CM and CMS fee schedules, with a "
              "HCPCS Level II update-service fee; there is no CPT content or CPT licensing in it.",
              blocks, font="times", header="Prairie Wind DME Software")


def na_e():
    v, vs, c, cs = "Sagebrush Medical Technologies, Inc.", "Sagebrush", "Red Mesa Family Health, P.C.", "Customer"
    blocks = [
        ("title", "MASTER SUBSCRIPTION AGREEMENT"),
        ("meta", ["Sagebrush Medical Technologies, Inc., 4 Sagebrush Plaza, Albuquerque, New Mexico 87102",
                  "Customer: Red Mesa Family Health, P.C., 2020 Mesa Drive, Santa Fe, New Mexico 87505",
                  "Effective Date: January 20, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"Service\" means the Sagebrush ambulatory EHR and billing service described in Exhibit A. \"Provider\" "
              "means a physician, nurse practitioner or physician assistant of Customer. \"Order\" means an order "
              "form signed under this Agreement.", "1.1"),
        B.art("2", "Service"),
        ("p", "Sagebrush will provide the Service in accordance with the Documentation and Exhibit A.", "2.1"),
    ]
    blocks += B.payment("3", 0, vs, cs)
    blocks += B.hipaa("4", 0, vs, cs)
    blocks += B.conf("5", 0)
    blocks += B.warranty("6", 0, vs)
    blocks += B.liability("7", 0)
    blocks += B.term("8", 0, vs, cs, years=3)
    blocks += B.law("9", 1, "New Mexico")
    blocks += [("sig", [(v, "Alan Redhorse", "Chief Operating Officer"), (c, "Celia Montoya, MD", "President")]),
               ("pb",),
               ("h", "Exhibit A - Service Description"),
               ("bul", ["Charting with specialty templates for family medicine and pediatrics.",
                        "Superbills that list the practice's favourite CPT and ICD-10 codes for one-click charge entry.",
                        "Claim scrubbing that checks CPT and modifier combinations and diagnosis pointers before "
                        "submission.",
                        "Reports of visits and charges by CPT code, by Provider and by payer.",
                        "Immunization registry interface and patient portal."]),
               ("h", "Exhibit B - Pricing"),
               ("table", [["Item", "Price"],
                          ["EHR and billing", "$329.00 per Provider per month"],
                          ["Non-provider staff", "included (up to 4 per Provider)"],
                          ["Registry interface", "$500.00 one time"],
                          ["Training", "$125.00 per hour beyond 10 included hours"]], [0.5, 0.5]),
               ("title", "AMENDMENT NO. 1"),
               ("p", "Dated August 5, 2025. Sagebrush and Customer add the ICD-10 to SNOMED CT problem-list mapping "
                     "service to the Service from September 1, 2025 at $45.00 per month for the practice, and add "
                     "Customer's new Las Cruces office as a second location at no additional charge. All other terms "
                     "are unchanged."),
               ("sig", [(v, "Alan Redhorse", "Chief Operating Officer"), (c, "Celia Montoya, MD", "President")])]
    return mk("na_e", v, NA, None,
              "An EHR master subscription agreement that mentions CPT only as features (superbills, claim scrubbing, "
              "reports by CPT code) and says nothing about CPT licensing; per-Provider pricing and an ICD-10 mapping "
              "fee in the amendment are distractors.",
              blocks, font="helv", header="Sagebrush Medical Technologies - Master Subscription Agreement")


def na_f():
    v, c = "Tallgrass Payments, Inc.", "Meadow Brook Orthopedics, LLC"
    blocks = [
        ("title", "Tallgrass Patient Payments - Merchant Services and Software Terms"),
        ("meta", ["Tallgrass Payments, Inc., 900 Main Street, Kansas City, Missouri 64105",
                  "Merchant: Meadow Brook Orthopedics, LLC, 3100 College Boulevard, Overland Park, Kansas 66210",
                  "Effective: October 1, 2025"]),
        ("h", "1. Services"),
        ("p", "Tallgrass provides card and ACH processing, text-to-pay, payment plans, a patient cost-estimate tool and "
              "an integration that posts payments back to the Merchant's practice management system."),
        ("h", "2. Cost estimates"),
        ("p", "The estimate tool lets front-desk staff pick a planned procedure by its CPT code, applies the patient's "
              "benefits returned by the payer, and shows the patient an expected out-of-pocket amount. Estimates are "
              "good-faith estimates only. The Merchant configures its own fee schedule in the tool."),
        ("h", "3. Pricing"),
        ("table", [["Item", "Price"],
                   ["Card transactions", "2.65% + $0.15 per transaction"],
                   ["ACH transactions", "$0.50 per transaction"],
                   ["Software platform", "$199.00 per month per location"],
                   ["Cost-estimate tool", "$99.00 per month per location"],
                   ["Card reader", "$249.00 each, one time"]], [0.5, 0.5]),
        ("h", "4. Settlement and reserves"),
        ("p", "Funds settle to the Merchant's bank account two business days after capture. Tallgrass may hold a "
              "reserve if chargebacks exceed 1% of volume in any month."),
        ("h", "5. Compliance"),
        ("p", "The Merchant must comply with card network rules and PCI DSS. Tallgrass is a business associate of the "
              "Merchant for the patient information it receives."),
        ("h", "6. Term"),
        ("p", "Three years, renewing annually. Early termination fee: $495.00."),
        ("h", "7. Law"),
        ("p", "Missouri law governs these terms."),
        ("sig", [(v, "Wes Harrington", "VP, Healthcare"), (c, "Kristen Doyle", "Practice Administrator")]),
        ("note", "CPT is a registered trademark of the American Medical Association."),
    ]
    return mk("na_f", v, NA, None,
              "Patient-payments merchant and software terms that mention CPT only as a cost-estimate feature plus a "
              "bare trademark attribution line; nothing about CPT licensing or who pays for it.",
              blocks, font="helv")


def na_g():
    v, c = "Nightingale Call Services, LLC", "Brookside Pediatrics, P.A."
    blocks = [
        ("title", "TELEPHONE ANSWERING SERVICE AGREEMENT"),
        ("p", "This Telephone Answering Service Agreement is made on July 1, 2025 between %s (\"Nightingale\"), 1500 "
              "Market Street, Chattanooga, Tennessee 37402, and %s (the \"Practice\"), 40 Brookside Lane, Huntsville, "
              "Alabama 35801." % (v, c)),
        ("h", "Part 1 - Services"),
        ("p", "1.1 Nightingale will answer the Practice's after-hours and overflow calls in the Practice's name, "
              "follow the Practice's call scripts, and page the on-call clinician for urgent calls according to the "
              "on-call schedule the Practice uploads each week."),
        ("p", "1.2 Nightingale operators do not give medical advice. Calls that meet the Practice's emergency "
              "criteria are directed to 911."),
        ("p", "1.3 Messages are delivered through the secure Nightingale app and by encrypted e-mail."),
        ("h", "Part 2 - Charges"),
        ("table", [["Charge", "Amount"],
                   ["Monthly base (includes 300 minutes)", "$275.00"],
                   ["Additional minutes", "$0.95 per minute"],
                   ["Holiday surcharge", "$25.00 per holiday"],
                   ["Script set-up", "$150.00 one time"]], [0.6, 0.4]),
        ("h", "Part 3 - Standards"),
        ("p", "3.1 Nightingale will answer 90% of calls within 20 seconds, measured monthly. 3.2 Calls are recorded "
              "and retained for 90 days."),
        ("h", "Part 4 - Privacy"),
        ("p", "Nightingale is the Practice's business associate and will safeguard protected health information in "
              "accordance with HIPAA."),
        ("h", "Part 5 - Term"),
        ("p", "Twelve months, renewing monthly thereafter; either party may terminate on 30 days' notice."),
        ("h", "Part 6 - General"),
        ("p", "Tennessee law governs. Nightingale's liability for any missed or delayed message is limited to the "
              "charges for the month in which it occurred."),
        ("sig", [(v, "Loretta Simms", "Owner"), (c, "Jamal Whitaker, MD", "President")]),
        ("h", "Addendum - Change Notice"),
        ("p", "Dated September 2, 2025: additional minutes are repriced at $0.89 per minute from October 1, 2025. No "
              "other changes."),
    ]
    return mk("na_g", v, NA, None,
              "A medical answering-service agreement with a later change notice on per-minute pricing; no procedure "
              "codes or CPT appear anywhere.",
              blocks, font="times")


def na_h():
    v, c = "Harborlight Credentialing Services, Inc.", "Evergreen Valley Medical Group, PLLC"
    blocks = [
        ("title", "CREDENTIALING AND ENROLLMENT SERVICES AGREEMENT"),
        ("meta", ["Harborlight Credentialing Services, Inc., 500 Union Street, Seattle, Washington 98101",
                  "Client: Evergreen Valley Medical Group, PLLC, 1800 Valley Way, Spokane, Washington 99201",
                  "Effective: May 15, 2025"]),
        B.art("1", "Scope"),
        ("p", "Harborlight will maintain CAQH ProView profiles, complete initial and re-credentialing applications, "
              "enrol the Client's clinicians with the payers listed in Schedule 1, track licence, DEA and board "
              "certification expirations, and manage NPI and PECOS updates.", "1.1"),
        ("p", "The Client will supply complete and accurate clinician information and sign attestations promptly.", "1.2"),
        B.art("2", "Fees"),
        ("table", [["Service", "Fee"],
                   ["Initial enrolment, per clinician per payer", "$175.00"],
                   ["Re-credentialing, per clinician per payer", "$95.00"],
                   ["Monthly maintenance, per clinician", "$45.00"],
                   ["Expedited application", "$100.00 surcharge"]], [0.6, 0.4]),
    ]
    blocks += B.conf("3", 0)
    blocks += B.hipaa("4", 1, "Harborlight", "the Client")
    blocks += B.liability("5", 1)
    blocks += B.term("6", 2, "Harborlight", "the Client")
    blocks += B.law("7", 0, "Washington")
    blocks += [("sig", [(v, "Naomi Fairweather", "President"), (c, "Dr. Robert Tanaka", "Medical Director")]),
               ("h", "Schedule 1 - Payers"),
               ("p", "Medicare (Noridian), Washington Apple Health, and four commercial plans named in the onboarding "
                     "worksheet."),
               ("h", "Amendment No. 1"),
               ("p", "Dated November 3, 2025. Monthly maintenance is reduced to $40.00 per clinician for clients with "
                     "more than 25 clinicians. The Client now has 31 clinicians. All other terms unchanged.")]
    return mk("na_h", v, NA, None,
              "A credentialing and payer-enrolment services agreement with an amendment on maintenance pricing; it "
              "involves no procedure coding and never mentions CPT.",
              blocks, font="helv")


def na_i():
    v, vs, c, cs = "Silverpine Revenue Intelligence, Inc.", "Silverpine", "Blue Ridge Multispecialty Clinic, P.C.", "Customer"
    blocks = [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("subtitle", "Silverpine Denial Insights"),
        ("meta", ["Silverpine Revenue Intelligence, Inc., 301 South Tryon Street, Charlotte, North Carolina 28202",
                  "Customer: Blue Ridge Multispecialty Clinic, P.C., 99 Ridgecrest Avenue, Asheville, North Carolina 28801",
                  "Effective Date: March 31, 2025"]),
        B.art("1", "Definitions"),
        ("p", "\"Customer Data\" means the 835 remittance files, 837 claim files and practice management extracts "
              "Customer sends to Silverpine. \"Insights\" means the dashboards, work queues and alerts produced from "
              "Customer Data.", "1.1"),
        B.art("2", "Service"),
        ("p", "Silverpine will load Customer Data daily and produce Insights, including denial rates by payer, by "
              "CARC and RARC code, by CPT code and modifier, and by rendering provider, together with appeal "
              "templates.", "2.1"),
        ("p", "Silverpine will flag CPT and ICD-10-CM combinations that payers frequently deny, based on patterns in "
              "Customer Data.", "2.2"),
    ]
    blocks += B.payment("3", 1, vs, cs)
    blocks += B.hipaa("4", 0, vs, cs)
    blocks += B.conf("5", 1)
    blocks += B.liability("6", 0)
    blocks += B.term("7", 0, vs, cs, years=2)
    blocks += B.law("8", 0, "North Carolina")
    blocks += [("sig", [(v, "Gregory Vance", "CEO"), (c, "Patricia Lowe", "Revenue Cycle Director")]),
               ("h", "Schedule A - Fees"),
               ("table", [["Item", "Year 1", "Year 2"],
                          ["Denial Insights subscription (up to 60 providers)", "$3,200.00 per month", "$3,300.00 per month"],
                          ["Appeal letter automation", "$400.00 per month", "$400.00 per month"],
                          ["Onboarding", "$5,000.00 one time", "-"]], [0.5, 0.25, 0.25]),
               ("h", "Amendment No. 1 - Additional Location"),
               ("p", "Effective July 1, 2025, the Customer's Hendersonville site is added. The subscription fee "
                     "increases by $450.00 per month for Year 1 and Year 2. Nothing else changes.")]
    return mk("na_i", v, NA, None,
              "A denial-analytics subscription in which CPT appears only as data in the customer's claims "
              "(denial rates by CPT code); nothing is said about CPT licensing, and the amendment only adds a "
              "location fee.",
              blocks, font="times", header="Silverpine Denial Insights - Subscription Agreement")


def na_j():
    v, c = "Scribewell Clinical Documentation Ltd", "Cypress Point Dermatology, P.A."
    blocks = [
        ("title", "REMOTE MEDICAL SCRIBE SERVICES AGREEMENT"),
        ("p", "This agreement is dated 12 May 2025 and is between %s, a company registered in England and Wales "
              "(number 13579246) whose registered office is at 21 St Andrew Square, Edinburgh EH2 1AF (the "
              "\"Supplier\"), acting through its US branch, and %s, of 1400 Cypress Avenue, Sarasota, Florida 34236 "
              "(the \"Practice\")." % (v, c)),
        ("h", "1. The services"),
        ("p", "1.1 The Supplier will provide trained remote scribes who listen to encounters through the Practice's "
              "secure audio link and draft the history, examination and plan in the Practice's EHR for the "
              "clinician's review. 1.2 Scribes document only. They do not select, suggest or enter billing codes, "
              "place orders or sign notes; coding remains the clinician's responsibility."),
        ("h", "2. Staffing"),
        ("p", "2.1 Each scribe is assigned to named clinicians and works the clinic hours in Schedule 1. 2.2 All "
              "scribes pass a HIPAA course and a dermatology terminology test before starting."),
        ("h", "3. Charges"),
        ("table", [["Service", "Charge (USD)"],
                   ["Dedicated remote scribe, per clinician", "$1,850.00 per month (up to 40 clinic hours per week)"],
                   ["Overtime", "$32.00 per hour"],
                   ["Onboarding", "$300.00 per clinician, one-off"]], [0.5, 0.5]),
        ("h", "4. Confidentiality and data"),
        ("p", "4.1 The Supplier acts as the Practice's business associate. Scribes access the Practice's EHR only "
              "through the Practice's accounts and do not store patient information on their devices. 4.2 Audio is "
              "streamed and not recorded."),
        ("h", "5. Liability"),
        ("p", "5.1 The clinician is responsible for reviewing and signing every note. 5.2 The Supplier's liability is "
              "limited to the charges paid in the preceding six months."),
        ("h", "6. Term and law"),
        ("p", "6.1 Twelve months, then rolling, terminable on 60 days' notice. 6.2 This agreement is governed by the "
              "law of Scotland, save that HIPAA obligations are governed by United States federal law."),
        ("h", "Schedule 1 - Clinicians and hours"),
        ("p", "Dr. A. Lindqvist and Dr. R. Patel, Monday to Friday, 8:00 a.m. to 5:00 p.m. Eastern Time."),
        ("sig", [(v, "Alasdair Munro", "Director"), (c, "Rebecca Lindqvist, MD", "President")]),
    ]
    return mk("na_j", v, NA, None,
              "A Scottish-law remote medical scribe services agreement with a Florida practice; scribes do not "
              "handle billing codes and CPT licensing is never addressed.",
              blocks, font="times", paper="a4")


DOCS = [na_a, na_b, na_c, na_d, na_e, na_f, na_g, na_h, na_i, na_j]
