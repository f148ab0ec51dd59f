"""blind_y documents whose label is not_addressed (CPT licensing is not dealt with)."""
from docs_common import confidentiality, general, hipaa, liability, payment, sec, support, term, warranty

DOCS = []


def doc(f):
    DOCS.append(f())
    return f


def mk(key, vendor, desc, spec):
    return dict(key=key, vendor=vendor, coverage="not_addressed", fee=None, desc=desc, spec=spec)


# ---------------------------------------------------------------------------------------------
@doc
def na_baa():
    V = "Parchment Relay Fax Services, Inc."
    blocks = [
        ("title", "BUSINESS ASSOCIATE AGREEMENT"),
        ("p", "This Business Associate Agreement (\"BAA\") is entered into as of January 2, 2025 between Ozark "
              "Mountain Pediatrics, P.A. (\"Covered Entity\") and Parchment Relay Fax Services, Inc. (\"Business "
              "Associate\"), in connection with Business Associate's cloud fax and document routing service (the "
              "\"Service\")."),
    ]
    blocks += sec(1, "Definitions", [
        "Terms used but not defined in this BAA have the meanings given in the HIPAA Rules, 45 C.F.R. Parts 160 and "
        "164, including Breach, Designated Record Set, Individual, Protected Health Information (\"PHI\"), Required "
        "by Law, Secretary, Security Incident and Unsecured PHI.",
    ])
    blocks += sec(2, "Obligations of Business Associate", [
        "Business Associate shall not use or disclose PHI other than as permitted by this BAA or as Required by Law.",
        "Business Associate shall use appropriate safeguards, and comply with Subpart C of 45 C.F.R. Part 164 with "
        "respect to electronic PHI, to prevent use or disclosure of PHI other than as provided for by this BAA.",
        "Business Associate shall report to Covered Entity any use or disclosure of PHI not provided for by this BAA, "
        "including Breaches of Unsecured PHI, within five (5) business days after discovery.",
        "Business Associate shall ensure that any subcontractor that creates, receives, maintains or transmits PHI on "
        "its behalf agrees in writing to the same restrictions and conditions.",
        "Business Associate shall make PHI in a Designated Record Set available to Covered Entity within ten (10) "
        "business days of a request, so that Covered Entity can meet its access and amendment obligations.",
        "Business Associate shall make its internal practices, books and records relating to PHI available to the "
        "Secretary for purposes of determining compliance with the HIPAA Rules.",
    ])
    blocks += sec(3, "Permitted Uses and Disclosures", [
        "Business Associate may use and disclose PHI only as necessary to transmit, receive, store and route faxed "
        "documents for Covered Entity. Faxed documents may include referral letters, prior-authorization requests, "
        "superbills and claim attachments containing ICD-10-CM and CPT codes, which Business Associate handles "
        "only as content of the documents and does not read, extract or alter.",
        "Business Associate may use PHI for its proper management and administration, provided that disclosures are "
        "Required by Law or that it obtains reasonable assurances from the recipient.",
        "Business Associate shall not de-identify PHI or aggregate it with other customers' data.",
    ])
    blocks += sec(4, "Obligations of Covered Entity", [
        "Covered Entity shall notify Business Associate of any limitation in its notice of privacy practices, or any "
        "restriction agreed with an Individual, that affects Business Associate's use or disclosure of PHI.",
    ])
    blocks += sec(5, "Term and Termination", [
        "This BAA remains in effect for so long as Business Associate provides the Service to Covered Entity.",
        "Covered Entity may terminate this BAA and the Service if Business Associate violates a material term of this "
        "BAA and does not cure the violation within thirty (30) days.",
        "On termination, Business Associate shall return or destroy all PHI, or, if that is infeasible, extend the "
        "protections of this BAA to the PHI retained.",
    ])
    blocks += sec(6, "Miscellaneous", [
        "Service fees are governed solely by the Service Order: $24.00 per fax line per month and $0.04 per page over "
        "the plan allowance.",
        "Any ambiguity in this BAA shall be resolved to permit compliance with the HIPAA Rules.",
        "This BAA is governed by the laws of the State of Arkansas, to the extent not preempted by federal law.",
    ])
    blocks += [("sig", [("OZARK MOUNTAIN PEDIATRICS, P.A.", "Lisa Tran", "Privacy Officer"),
                        ("PARCHMENT RELAY FAX SERVICES, INC.", "Derek Holm", "Chief Compliance Officer")])]
    return mk("na_baa", V,
              "Business associate agreement for a cloud fax service with one buried mention of CPT codes as content of "
              "faxed documents; it never deals with CPT licensing.",
              dict(font="Times", size=10, header="Parchment Relay Fax Services, Inc. - Business Associate Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_dental_cdt():
    V = "Cuspwell Dental Software, Inc."
    blocks = [
        ("title", "DENTAL PRACTICE SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "This Agreement is between Cuspwell Dental Software, Inc. (\"Cuspwell\") and Bright Smiles Family Dentistry, "
              "PLLC (\"Practice\"), effective September 1, 2025."),
    ]
    blocks += sec(1, "Subscription", [
        "Cuspwell will provide the Cuspwell Cloud dental practice management system, including charting, perio, "
        "imaging bridge, scheduling, insurance claims and patient communications (the \"System\").",
        "Subscription: $329 per location per month, including up to 10 users; each additional user is $25 per month.",
    ])
    blocks += sec(2, "Dental Procedure Codes", [
        "The System contains the Current Dental Terminology (\"CDT\") code set, which Cuspwell sublicenses to Practice "
        "under its agreement with the code set's copyright owner.",
        "Practice shall pay a CDT content fee of $14.00 per user per year, invoiced each January. The CDT content fee "
        "covers the annual code update and the sublicence.",
        "Practice may use CDT only within the System and may not copy or distribute it.",
        "Medical cross-coding for dental sleep and oral surgery claims uses ICD-10-CM diagnosis codes, which are "
        "included in the System at no charge.",
    ])
    blocks += sec(3, "Imaging", [
        "The imaging bridge supports the sensor and panoramic devices listed in the Documentation. Cuspwell is not "
        "responsible for the performance of third-party imaging hardware.",
    ])
    blocks += support(4, "Cuspwell", "Practice")
    blocks += hipaa(5, "Cuspwell", "Practice")
    blocks += payment(6, "Cuspwell", "Practice")
    blocks += warranty(7, "Cuspwell", "Practice")
    blocks += liability(8, "Cuspwell", "Practice")
    blocks += term(9, "Cuspwell", "Practice", years=2)
    blocks += general(10, "Cuspwell", "Practice", law="the State of Utah")
    blocks += [("sig", [("CUSPWELL DENTAL SOFTWARE, INC.", "Heather Quist", "VP, Sales"),
                        ("BRIGHT SMILES FAMILY DENTISTRY, PLLC", "Dr. Nathan Sorensen, D.D.S.", "Owner")])]
    return mk("na_dental_cdt", V,
              "Dental practice software agreement that sublicenses only the CDT dental code set, with a $14 per-user "
              "annual CDT content fee that is not a CPT fee; CPT is never mentioned.",
              dict(font="Times", size=10, header="Cuspwell Dental Software, Inc. - Subscription Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_icd_hcpcs():
    V = "Codewright Reference Tools, LLC"
    blocks = [
        ("title", "CODEWRIGHT LOOKUP - SUBSCRIPTION TERMS"),
        ("subtitle", "Codewright Reference Tools, LLC"),
        ("p", "These terms apply to subscriptions to Codewright Lookup, a web and mobile reference for diagnosis and "
              "supply codes, purchased by a medical practice (\"Subscriber\") from Codewright Reference Tools, LLC "
              "(\"Codewright\")."),
    ]
    blocks += sec(1, "What the Service Covers", [
        "Codewright Lookup provides search, code-to-description display, tabular and index navigation, and crosswalk "
        "notes for the ICD-10-CM diagnosis code set, the ICD-10-PCS inpatient procedure code set and the HCPCS Level II "
        "code set for supplies, drugs and durable medical equipment.",
        "The code files are the public releases published by the federal government each year, enriched with "
        "Codewright's own plain-language notes and coding tips.",
        "Codewright Lookup does not include physician procedure codes and cannot be used to code office visits or "
        "surgical procedures.",
    ])
    blocks += sec(2, "Fees", [
        "Subscription: $9.99 per user per month, or $99 per user per year if paid annually.",
        "Annual code update fee: $49.00 per user, charged each October when the new ICD-10-CM and ICD-10-PCS files take "
        "effect. The fee pays for Codewright's editorial work on the update.",
        "Group discounts: 10% for 10 or more users, 20% for 50 or more users.",
    ])
    blocks += sec(3, "Use", [
        "Each subscription is for one named user and may not be shared.",
        "Subscriber may print individual look-up results for internal use. Bulk export of Codewright's notes is not "
        "permitted.",
    ])
    blocks += sec(4, "No Coding Advice", [
        "Codewright Lookup is a reference tool. Codewright does not guarantee that any code will be accepted by a payer "
        "and is not responsible for coding decisions.",
    ])
    blocks += sec(5, "Cancellation and Refunds", [
        "Monthly subscriptions may be cancelled at any time and end at the end of the month. Annual subscriptions may "
        "be refunded pro rata within the first 30 days.",
    ])
    blocks += sec(6, "General", [
        "These terms are governed by the laws of the State of Indiana. Contact: help@codewright.example.",
    ])
    return mk("na_icd_hcpcs", V,
              "Subscription terms for an ICD-10 and HCPCS Level II lookup tool with per-user subscription and annual "
              "code update fees; it carries no physician procedure codes and never raises CPT licensing.",
              dict(font="Helvetica", size=10, header="Codewright Reference Tools, LLC - Subscription Terms",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_billing_feature():
    V = "Prairie Ledger Billing Services, Inc."
    blocks = [
        ("title", "CODING AND BILLING SERVICES AGREEMENT"),
        ("p", "This Coding and Billing Services Agreement is entered into as of March 1, 2025 between Prairie Ledger "
              "Billing Services, Inc., a Kansas corporation (\"Company\"), and Flint Hills Orthopedics & Sports "
              "Medicine, LLC (\"Provider\")."),
    ]
    blocks += sec(1, "Services", [
        "Coding. Company's certified coders will review Provider's clinical documentation in Provider's EHR and assign "
        "CPT, HCPCS Level II and ICD-10-CM codes and modifiers for each encounter within two business days of "
        "signature of the note.",
        "Claims. Company will create and submit claims in Provider's practice management system, scrub them against "
        "payer edits and correct rejections.",
        "Follow-up. Company will post payments, manage denials and appeals, and pursue patient balances under "
        "Provider's financial policy.",
        "Reporting. Company will deliver a monthly report of charges, collections, denial rates by reason and "
        "coding accuracy audit results.",
    ])
    blocks += sec(2, "Coding Quality", [
        "Company will maintain a coding accuracy rate of at least ninety-five percent (95%) on quarterly internal "
        "audits of a random sample of encounters.",
        "Where documentation does not support a code, Company will query the rendering physician rather than assign "
        "a code.",
        "Provider retains final responsibility for the codes submitted under its name.",
    ])
    blocks += sec(3, "Fees", [
        "Provider shall pay Company seven percent (7%) of Net Collections each month.",
        "Coding-only work for encounters not billed by Company: $4.50 per encounter.",
        "Annual coding education session for physicians: $600 per session.",
    ])
    blocks += sec(4, "Access to Provider Systems", [
        "Provider shall provide Company's staff with user accounts on Provider's EHR and practice management system "
        "under Provider's existing agreements with its software vendors.",
    ])
    blocks += hipaa(5, "Company", "Provider")
    blocks += warranty(6, "Company", "Provider", var=2)
    blocks += term(7, "Company", "Provider", var=0, years=2)
    blocks += liability(8, "Company", "Provider")
    blocks += general(9, "Company", "Provider", law="the State of Kansas")
    blocks += [("sig", [("PRAIRIE LEDGER BILLING SERVICES, INC.", "Janet Okonkwo", "President"),
                        ("FLINT HILLS ORTHOPEDICS & SPORTS MEDICINE, LLC", "Dr. Curtis Lange", "Managing Member")])]
    return mk("na_billing_feature", V,
              "Coding and billing services agreement ('Provider' is the practice) in which CPT appears only as codes "
              "the billing company's coders assign; fees are a percentage of collections and per encounter, and CPT "
              "licensing is not dealt with.",
              dict(font="Times", size=10, header="Prairie Ledger Billing Services, Inc. - Coding and Billing Services "
                   "Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_cpt_other():
    V = "Northvale Biomedical Equipment Services, Inc."
    blocks = [
        ("title", "EQUIPMENT SERVICE AGREEMENT"),
        ("subtitle", "Northvale Biomedical Equipment Services, Inc."),
        ("p", "Customer: Great Lakes Ambulatory Surgery & Endoscopy, LLC. Agreement number: NBES-2025-118. Effective: "
              "July 1, 2025."),
    ]
    blocks += sec(1, "Definitions", [
        "\"Covered Equipment\" means the sterilizers, washer-disinfectors, endoscope reprocessors and vital-signs "
        "monitors listed in Schedule 1.",
        "\"Comprehensive Preventive Tune-up\" or \"CPT\" means Northvale's scheduled maintenance visit for a Customer "
        "location, covering inspection, calibration, electrical safety testing, gasket and filter replacement and "
        "documentation of all Covered Equipment at that location.",
        "\"Emergency Call\" means an unscheduled visit requested by Customer to repair a failure of Covered Equipment.",
    ])
    blocks += sec(2, "Services", [
        "Northvale will perform a CPT at each Customer location twice a year on dates agreed with Customer.",
        "Northvale will respond to Emergency Calls within four hours during business hours and within eight hours at "
        "other times.",
        "Northvale technicians will follow manufacturer instructions and will leave a written service report and "
        "inspection tag on each item serviced.",
    ])
    blocks += sec(3, "Fees", [
        "CPT Fee: $180.00 per location per year for each of the locations in Schedule 1, invoiced annually in advance. "
        "The CPT Fee covers labor for both scheduled visits; parts are billed at list price less 15%.",
        "Emergency Calls: $145 per hour, with a two-hour minimum outside business hours.",
        "Loaner sterilizer, if available: $95 per day.",
    ])
    blocks += sec(4, "Customer Responsibilities", [
        "Customer will make Covered Equipment available at the scheduled time and will not permit anyone other than "
        "Northvale to service Covered Equipment during the term.",
    ])
    blocks += warranty(5, "Northvale", "Customer")
    blocks += liability(6, "Northvale", "Customer")
    blocks += term(7, "Northvale", "Customer", var=2, years=1)
    blocks += general(8, "Northvale", "Customer", var=2, law="the State of Michigan")
    blocks += [
        ("h", "SCHEDULE 1 - LOCATIONS AND COVERED EQUIPMENT"),
        ("table", [["Location", "Covered Equipment", "CPT visits / year"],
                   ["Ann Arbor ASC", "2 steam sterilizers; 1 washer-disinfector; 2 endoscope reprocessors", "2"],
                   ["Ypsilanti Endoscopy", "1 steam sterilizer; 3 endoscope reprocessors; 6 monitors", "2"]],
         {"widths": [0.25, 0.55, 0.2]}),
        ("sig", [("NORTHVALE BIOMEDICAL EQUIPMENT SERVICES, INC.", "Sean Whitaker", "Service Manager"),
                 ("GREAT LAKES AMBULATORY SURGERY & ENDOSCOPY, LLC", "Monica Reyes", "Administrator")]),
    ]
    return mk("na_cpt_other", V,
              "Biomedical equipment service agreement in which 'CPT' means a Comprehensive Preventive Tune-up and the "
              "'CPT Fee' of $180 per location per year is a maintenance charge, so CPT licensing is not addressed.",
              dict(font="Times", size=10, header="Northvale Biomedical Equipment Services, Inc. - Equipment Service "
                   "Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_trademark_only():
    V = "Wrenfield Medical Records, Inc."
    blocks = [
        ("title", "WRENFIELD EHR - SUBSCRIPTION PROPOSAL AND TERMS"),
        ("p", "Prepared for: Sunbelt Family & Urgent Care, P.A. | Prepared by: Wrenfield Medical Records, Inc. | "
              "Proposal date: April 2, 2025"),
        ("h", "1. Solution Overview"),
        ("p", "Wrenfield EHR is a certified ambulatory electronic health record with integrated charge capture, "
              "CPT(R) and ICD-10 code search, e-prescribing, lab orders and results, patient portal and practice "
              "analytics. Coding favourites can be configured by specialty, and the charge screen shows CPT(R) "
              "descriptors with suggested modifiers."),
        ("h", "2. Pricing"),
        ("table", [["Package", "Includes", "Price"],
                   ["Wrenfield EHR Core", "Charting, CPT(R)/ICD-10 code search, charge capture, e-prescribing",
                    "$110 per user per month"],
                   ["Wrenfield EHR + Revenue", "Core plus claims, ERA posting and patient statements",
                    "$165 per user per month"],
                   ["Portal Plus", "Online scheduling, intake forms and bill pay", "$60 per location per month"],
                   ["Implementation", "Build, data migration and 12 hours of training", "$3,400 one-time"]],
         {"widths": [0.24, 0.5, 0.26]}),
        ("fn", "CPT is a registered trademark of the American Medical Association."),
        ("h", "3. Key Terms"),
        ("cl", "3.1", "Term. 36 months from go-live, renewing annually thereafter unless cancelled on 90 days' notice.", 0),
        ("cl", "3.2", "Users. A user is any individual with a login. User counts are reviewed quarterly.", 0),
        ("cl", "3.3", "Price increases. Prices are fixed for the initial term; renewals may increase by up to 5%.", 0),
        ("cl", "3.4", "Data. Practice owns its data; full export at no charge on termination.", 0),
        ("cl", "3.5", "Service levels. 99.7% availability, with service credits as set out in the Wrenfield Service "
                      "Level Policy.", 0),
        ("cl", "3.6", "Security. Encryption at rest and in transit; annual third-party penetration testing; "
                      "business associate agreement included.", 0),
        ("cl", "3.7", "Governing terms. This proposal, once signed, is an Order under the Wrenfield Subscription "
                      "Terms, available on request from contracts@wrenfield.example.", 0),
        ("h", "4. Estimated Investment"),
        ("table", [["", "Monthly", "One-time"],
                   ["8 users x Wrenfield EHR + Revenue", "$1,320", ""],
                   ["2 locations x Portal Plus", "$120", ""],
                   ["Implementation", "", "$3,400"],
                   ["Total", "$1,440", "$3,400"]], {"widths": [0.5, 0.25, 0.25], "ruled": False}),
        ("sig", [("WRENFIELD MEDICAL RECORDS, INC.", "Alyssa Brandt", "Account Executive"),
                 ("SUNBELT FAMILY & URGENT CARE, P.A.", "Dr. Hector Salinas", "Medical Director")]),
    ]
    return mk("na_trademark_only", V,
              "EHR proposal whose only CPT references are feature descriptions and a bare trademark attribution line "
              "under a per-user pricing table; nothing says who licenses or pays for CPT.",
              dict(font="Helvetica", size=9.5, header="Wrenfield Medical Records, Inc. - Proposal", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_telehealth():
    V = "Amberlight Virtual Care, Inc."
    blocks = [
        ("title", "TELEHEALTH PLATFORM SERVICES AGREEMENT"),
        ("p", "This Telehealth Platform Services Agreement (\"Agreement\") is made as of June 16, 2025 between "
              "Amberlight Virtual Care, Inc. (\"Amberlight\") and High Desert Behavioral Health, PLLC (\"Client\")."),
    ]
    blocks += sec(1, "Platform", [
        "Amberlight will provide its HIPAA-compliant video visit platform, virtual waiting room, e-consent forms, "
        "secure messaging and visit scheduling (the \"Platform\") to Client's clinicians and staff.",
        "Client may embed Amberlight visit links in its own EHR and patient communications.",
        "Amberlight does not provide clinical services, billing services or coding services, and the Platform does "
        "not submit claims.",
    ])
    blocks += sec(2, "Fees", [
        "Platform subscription: $59 per clinician per month.",
        "Group therapy rooms (up to 12 participants): $20 per room per month.",
        "Interpreter bridging: $1.95 per minute, billed monthly in arrears.",
        "A one-time onboarding fee of $500 applies.",
    ])
    blocks += sec(3, "Client Responsibilities", [
        "Client is responsible for verifying that its clinicians are licensed in the state where each patient is "
        "located at the time of a visit and for obtaining any consent required by state law.",
        "Client shall ensure that its clinicians use the Platform from a private setting and comply with Client's "
        "privacy policies.",
    ])
    blocks += support(4, "Amberlight", "Client")
    blocks += hipaa(5, "Amberlight", "Client")
    blocks += payment(6, "Amberlight", "Client")
    blocks += confidentiality(7, "Amberlight", "Client")
    blocks += liability(8, "Amberlight", "Client")
    blocks += term(9, "Amberlight", "Client", years=1)
    blocks += general(10, "Amberlight", "Client", law="the State of New Mexico")
    blocks += [("sig", [("AMBERLIGHT VIRTUAL CARE, INC.", "Corinne Yazzie", "VP, Partnerships"),
                        ("HIGH DESERT BEHAVIORAL HEALTH, PLLC", "Dr. Mateo Lucero", "Clinical Director")])]
    return mk("na_telehealth", V,
              "Telehealth platform agreement with per-clinician subscription pricing that never mentions CPT or any "
              "code set.",
              dict(font="Times", size=10, header="Amberlight Virtual Care, Inc. - Telehealth Platform Services "
                   "Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_answering():
    V = "Callisto Patient Communications, LLC"
    blocks = [
        ("title", "PATIENT COMMUNICATIONS SERVICES AGREEMENT"),
        ("p", "This Agreement is between Callisto Patient Communications, LLC (\"Provider\") and Seaside Obstetrics & "
              "Gynecology, P.C. (\"Practice\"), effective October 1, 2025. In this Agreement \"Provider\" refers to "
              "Callisto as the provider of the services, and \"clinician\" refers to the Practice's physicians and "
              "midwives."),
    ]
    blocks += sec(1, "Services", [
        "After-hours answering. Provider's agents will answer the Practice's calls from 5:00 p.m. to 8:00 a.m. and on "
        "weekends and holidays, follow the Practice's triage scripts and page the on-call clinician for urgent calls.",
        "Appointment reminders. Provider will send automated text, voice and e-mail reminders from appointment data "
        "that the Practice's scheduling system exports each night.",
        "Recall campaigns. Provider will run annual-exam and prenatal-visit recall campaigns on request.",
    ])
    blocks += sec(2, "Fees", [
        "Answering: $1.15 per minute of agent time, with a monthly minimum of $275.",
        "Reminders: $0.09 per text, $0.14 per voice call, e-mail included.",
        "Set-up: $350 one-time, including script build.",
    ])
    blocks += sec(3, "Practice Responsibilities", [
        "The Practice shall keep its on-call schedule and triage scripts current in Provider's portal and remains "
        "responsible for all clinical decisions.",
        "The Practice shall obtain any patient consent required for text and voice reminders.",
    ])
    blocks += sec(4, "Data", [
        "The reminder export contains only patient name, telephone number, e-mail address, appointment date, time, "
        "location and clinician name. Provider does not receive diagnoses, procedures or billing information.",
    ])
    blocks += hipaa(5, "Provider", "the Practice")
    blocks += liability(6, "Provider", "the Practice")
    blocks += term(7, "Provider", "the Practice", var=2, years=1)
    blocks += general(8, "Provider", "the Practice", var=2, law="the State of South Carolina")
    blocks += [("sig", [("CALLISTO PATIENT COMMUNICATIONS, LLC", "Deborah Finch", "Owner"),
                        ("SEASIDE OBSTETRICS & GYNECOLOGY, P.C.", "Dr. Lauren Ashby", "Managing Physician")])]
    return mk("na_answering", V,
              "Answering and reminder service agreement in which 'Provider' means the vendor; it handles no codes and "
              "never mentions CPT.",
              dict(font="Times", size=10.5, header="Callisto Patient Communications, LLC - Services Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_transcription_twocol():
    V = "Lumen Harbor Transcription, Inc."
    blocks = [
        ("title", "MEDICAL TRANSCRIPTION SERVICES AGREEMENT"),
        ("center", "Lumen Harbor Transcription, Inc. and Bayou City Gastroenterology Associates, P.A."),
        ("colbreak",),
        ("h2", "1. Services"),
        ("p", "1.1 Lumen Harbor Transcription, Inc. (\"Contractor\") will transcribe dictation by the physicians of "
              "Bayou City Gastroenterology Associates, P.A. (\"Client\") into clinic notes, procedure reports, "
              "consultation letters and operative reports, and will deliver them into Client's EHR through the "
              "document interface."),
        ("p", "1.2 Turnaround: routine reports within 24 hours; STAT reports within 4 hours."),
        ("p", "1.3 Accuracy: at least 99% accuracy measured on a monthly random sample of 1% of lines."),
        ("h2", "2. Content of Reports"),
        ("p", "2.1 Contractor transcribes what the physician dictates. Where a physician dictates diagnosis or "
              "procedure codes, such as ICD-10-CM or CPT codes, Contractor types them as dictated and does not "
              "assign, check or correct them."),
        ("p", "2.2 Contractor flags inaudible passages with a bracketed note and a time stamp for the physician to "
              "complete."),
        ("h2", "3. Fees"),
        ("p", "3.1 Client shall pay $0.11 per 65-character line for routine reports and $0.15 per line for STAT "
              "reports."),
        ("p", "3.2 A one-time interface set-up fee of $1,200 applies. Template build beyond ten templates is $40 per "
              "template."),
        ("p", "3.3 Invoices are issued twice a month and are payable within 30 days."),
        ("h2", "4. Workforce"),
        ("p", "4.1 All transcriptionists are employees of Contractor located in the United States, have completed "
              "HIPAA training and have signed confidentiality undertakings."),
        ("h2", "5. Privacy"),
        ("p", "5.1 Contractor is Client's business associate, and the parties' Business Associate Agreement "
              "dated the same date is incorporated by reference."),
        ("p", "5.2 Audio files are deleted 30 days after the transcribed report is signed."),
        ("h2", "6. Liability"),
        ("p", "6.1 Client is responsible for reviewing and signing each report before it is relied on. Contractor's "
              "liability is limited to re-transcription of the affected report and, if that is not adequate, to fees "
              "paid for it."),
        ("h2", "7. Term"),
        ("p", "7.1 One year from the effective date of May 5, 2025, renewing for one-year terms unless either party "
              "gives 60 days' notice."),
        ("h2", "8. General"),
        ("p", "8.1 Texas law governs. Notices to Contractor: contracts@lumenharbor.example."),
        ("sig", [("LUMEN HARBOR TRANSCRIPTION, INC.", "Irene Castillo", "President"),
                 ("BAYOU CITY GASTROENTEROLOGY ASSOCIATES, P.A.", "Dr. Kwame Asante", "President")]),
    ]
    return mk("na_transcription_twocol", V,
              "Two-column transcription agreement in which CPT codes appear only as text the physicians may dictate; "
              "the contractor does not assign codes and licensing is not dealt with.",
              dict(font="Times", size=9.5, twocol=True, masthead=0.85,
                   header="Lumen Harbor Transcription, Inc. - Medical Transcription Services Agreement",
                   blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def na_interface_sow():
    V = "Ironbridge Integration Services, Inc."
    blocks = [
        ("title", "STATEMENT OF WORK: EHR-TO-PM CHARGE INTERFACE"),
        ("kv", [("Vendor", "Ironbridge Integration Services, Inc."),
                ("Client", "Lowcountry Surgical Specialists, LLC"),
                ("SOW number", "IIS-2025-044"),
                ("Date", "February 24, 2025")]),
        ("h", "1. Purpose"),
        ("p", "Ironbridge will build, test and deploy an HL7 v2.5.1 detailed financial transaction (DFT^P03) interface "
              "that sends charges from Client's surgical EHR to Client's practice management system, and an ADT feed "
              "in the other direction."),
        ("h", "2. Message Specification (summary)"),
        ("table", [["Segment / field", "Content", "Source"],
                   ["PID-3", "Patient MRN", "EHR"],
                   ["PV1-19", "Visit number", "EHR"],
                   ["FT1-4", "Transaction date (date of service)", "EHR"],
                   ["FT1-7", "Transaction code (internal charge code)", "EHR charge master"],
                   ["FT1-10", "Quantity / units", "EHR"],
                   ["FT1-19", "Diagnosis codes (ICD-10-CM), up to 12", "EHR problem list"],
                   ["FT1-20", "Performing provider NPI", "EHR"],
                   ["FT1-25", "Procedure code (CPT) and modifiers (FT1-26)", "EHR charge master"]],
         {"widths": [0.2, 0.5, 0.3]}),
        ("p", "The interface passes each field unchanged from the EHR to the PM system. Ironbridge does not supply, "
              "look up or validate any code values; code tables are maintained in Client's systems."),
        ("h", "3. Tasks"),
        ("cl", "3.1", "Requirements confirmation with Client's EHR and PM administrators.", 0),
        ("cl", "3.2", "Interface engine channel build, field mapping and error queue configuration.", 0),
        ("cl", "3.3", "Unit testing with 50 sample charges; integrated testing with Client's billing team; parallel "
                      "run for one week.", 0),
        ("cl", "3.4", "Go-live and two weeks of post-live monitoring.", 0),
        ("h", "4. Fees"),
        ("table", [["Item", "Fee"],
                   ["Interface build and testing (fixed)", "$3,500.00"],
                   ["ADT feed (fixed)", "$1,250.00"],
                   ["Interface engine hosting and monitoring", "$150.00 per interface per month"],
                   ["Changes after sign-off", "$165.00 per hour"]], {"widths": [0.6, 0.4]}),
        ("h", "5. Client Responsibilities"),
        ("p", "Client will obtain any cooperation and fees required from its EHR and PM vendors for interface access, "
              "provide VPN access, and assign a billing analyst to sign off integrated testing."),
        ("h", "6. Acceptance"),
        ("p", "The interface is accepted when 200 consecutive production charges post without mapping error, or ten "
              "business days after go-live without a reported defect, whichever comes first."),
        ("sig", [("IRONBRIDGE INTEGRATION SERVICES, INC.", "Wesley Harmon", "Integration Lead"),
                 ("LOWCOUNTRY SURGICAL SPECIALISTS, LLC", "Dana Pinckney", "Director of IT")]),
    ]
    return mk("na_interface_sow", V,
              "Interface statement of work in which CPT is only a field (FT1-25) passed through unchanged in HL7 "
              "charge messages; the interface and hosting fees are not CPT fees and licensing is not addressed.",
              dict(font="Helvetica", size=9.5, header="Ironbridge Integration Services, Inc. - SOW IIS-2025-044",
                   blocks=blocks))
