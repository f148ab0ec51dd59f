"""Facts from which the schedules of the long enterprise agreement are generated.

Plain data: modules of the licensed software, security requirements, interfaces, phases of the
implementation, training courses. _longform.py turns them into readable schedule text.
"""

from __future__ import annotations

# name, purpose, main users, reference data Health System supplies, features, standard reports
MODULES = [
    (
        "Enterprise Scheduling",
        "booking and managing appointments across clinics, providers and rooms",
        "schedulers and call-centre staff",
        "appointment types, provider templates and room resources",
        [
            "provider and resource templates with appointment types and durations",
            "waitlists, recall lists and automated appointment reminders",
            "overbooking rules and double-booking warnings",
            "a call-centre view that searches availability across all clinics",
        ],
        "no-show rates, template utilization and lead time to the third next available slot",
    ),
    (
        "Patient Registration",
        "capturing demographic, guarantor and insurance information at check-in",
        "front-desk and registration staff",
        "insurance plan tables, guarantor types and registration forms",
        [
            "duplicate-patient detection with configurable matching rules",
            "capture of insurance cards and identity documents by scanner or tablet camera",
            "electronic consent forms with signature capture",
            "a pre-registration work queue for scheduled visits",
        ],
        "registration accuracy, duplicate records created and incomplete registrations",
    ),
    (
        "Eligibility Verification",
        "confirming coverage and benefits before the visit",
        "registration and financial counselling staff",
        "payer identifiers and benefit categories",
        [
            "batch eligibility checks three days before each scheduled visit",
            "real-time checks from the registration screen",
            "estimates of patient responsibility based on returned benefits",
            "a work queue for visits with inactive or unverified coverage",
        ],
        "verification rates, inactive coverage found and estimate accuracy",
    ),
    (
        "Clinical Documentation",
        "recording histories, examinations, assessments and plans",
        "physicians, advanced practice providers and nurses",
        "note templates, smart phrases and specialty content",
        [
            "specialty templates that can be edited by Health System's clinical informatics team",
            "voice recognition integration and dictation routing",
            "co-signature workflows for residents and advanced practice providers",
            "an addendum and amendment process that preserves the original record",
        ],
        "unsigned notes, note turnaround time and template usage",
    ),
    (
        "Order Management",
        "entering and routing laboratory, imaging and referral orders",
        "providers and clinical support staff",
        "order catalogues, order sets and performing locations",
        [
            "order sets by specialty with default priorities and instructions",
            "routing of orders to internal departments and external performing organizations",
            "tracking of overdue orders and unscheduled referrals",
            "medical necessity checks configured by Health System",
        ],
        "open orders, order turnaround and order-set adoption",
    ),
    (
        "Results Management",
        "receiving, reviewing and acting on diagnostic results",
        "providers and nurses",
        "result routing rules and abnormal flags",
        [
            "an inbox that groups results by patient and urgency",
            "trending and graphing of numeric results",
            "patient notification letters and portal release rules",
            "escalation of critical results that remain unacknowledged",
        ],
        "unacknowledged results and time to result review",
    ),
    (
        "Electronic Prescribing",
        "prescribing, renewing and reconciling medications",
        "prescribers and medical assistants",
        "formulary preferences and pharmacy favourites",
        [
            "electronic prescriptions to retail and mail-order pharmacies",
            "electronic prescribing of controlled substances with two-factor authentication",
            "drug interaction, allergy and dose-range checking",
            "medication history import from pharmacy benefit managers",
        ],
        "prescriptions sent, renewal turnaround and alert override rates",
    ),
    (
        "Immunization Management",
        "recording immunizations and exchanging them with state registries",
        "nurses and medical assistants",
        "vaccine inventory lots and registry identifiers",
        [
            "forecasting of due and overdue immunizations",
            "lot and expiry tracking for vaccine inventory",
            "two-way exchange with state immunization information systems",
            "printable immunization records for schools and employers",
        ],
        "immunization rates by cohort and registry submission errors",
    ),
    (
        "Charge Capture",
        "recording billable services at or after the point of care",
        "providers, coders and charge entry staff",
        "charge masters, modifiers and fee schedules",
        [
            "charges generated from signed documentation and completed orders",
            "a charge review queue with configurable edits",
            "late-charge reporting by provider and department",
            "reconciliation of scheduled visits with posted charges",
        ],
        "charge lag, missing charges and charge corrections",
    ),
    (
        "Claims Management",
        "creating, scrubbing and submitting professional and institutional claims",
        "billers and coding staff",
        "payer rules, claim edits and submission schedules",
        [
            "claim scrubbing with payer-specific edits before submission",
            "secondary and tertiary claim generation after primary adjudication",
            "a denial work queue with reason-code grouping",
            "electronic attachments where payers accept them",
        ],
        "clean claim rate, days to submission and denial rates by payer",
    ),
    (
        "Remittance Processing",
        "posting payments and adjustments from payers",
        "payment posters and cash applications staff",
        "adjustment codes and posting rules",
        [
            "automatic posting of electronic remittance advice",
            "lockbox file import for paper checks",
            "reconciliation of deposits with posted payments",
            "identification of underpayments against expected reimbursement",
        ],
        "auto-posting rate, unapplied cash and underpayment recovery",
    ),
    (
        "Patient Financial Services",
        "billing patients and collecting balances",
        "patient accounts representatives",
        "statement cycles, payment plan rules and dunning messages",
        [
            "consolidated family statements on a configurable cycle",
            "online and text-to-pay options with stored payment methods",
            "payment plans with automatic instalments",
            "transfer of accounts to collection agencies under Health System's policy",
        ],
        "patient collections, statement volume and payment plan performance",
    ),
    (
        "Patient Portal",
        "giving patients online access to their information and services",
        "patients and their proxies",
        "portal content, message pools and proxy rules",
        [
            "self-scheduling of selected appointment types",
            "online check-in and questionnaire completion",
            "viewing of results, visit summaries and immunization history",
            "proxy access for parents and caregivers under configurable age rules",
        ],
        "activation rates, messages handled and self-scheduled visits",
    ),
    (
        "Secure Messaging",
        "communicating between staff and with patients",
        "all clinical and administrative staff",
        "message pools and routing rules",
        [
            "pools and delegation for covering providers",
            "templates and quick replies for common requests",
            "conversion of patient messages into telephone encounters",
            "response-time tracking against Health System's targets",
        ],
        "message volume and response times by pool",
    ),
    (
        "Referral Management",
        "tracking referrals sent to and received from other providers",
        "referral coordinators and providers",
        "referral networks and authorization rules",
        [
            "referral letters generated from the order and clinical summary",
            "prior authorization tracking with payer reference numbers",
            "closed-loop tracking until the consult note is received",
            "network steerage preferences by payer and specialty",
        ],
        "referral leakage, authorization turnaround and open referrals",
    ),
    (
        "Care Management",
        "coordinating care for patients with complex needs",
        "care managers, social workers and nurses",
        "care plan templates and assessment instruments",
        [
            "shared care plans with goals, interventions and barriers",
            "transition-of-care follow-up after discharge",
            "outreach lists with call scripts and attempt tracking",
            "time tracking for care management services",
        ],
        "enrolled patients, outreach attempts and transitional follow-up rates",
    ),
    (
        "Population Health Registry",
        "identifying groups of patients with care gaps",
        "quality teams and care managers",
        "registry definitions and measure parameters",
        [
            "registries built from diagnoses, medications, results and visits",
            "gap-in-care flags shown at the point of care",
            "risk stratification using Health System's chosen model",
            "bulk outreach by letter, portal message or text",
        ],
        "registry sizes, open gaps and gap closure over time",
    ),
    (
        "Quality Measure Reporting",
        "calculating and submitting quality measures",
        "quality and compliance staff",
        "measure selections and reporting periods",
        [
            "calculation of measures for federal and commercial programmes",
            "provider-level scorecards refreshed nightly",
            "drill-down from each measure to the patients who fail it",
            "export of submission files in the formats programmes require",
        ],
        "measure performance by provider, clinic and payer",
    ),
    (
        "Document Imaging",
        "capturing and indexing paper and electronic documents",
        "health information management staff",
        "document types and indexing rules",
        [
            "batch scanning with barcode cover sheets",
            "fax import with automatic patient matching suggestions",
            "release-of-information logging and redaction tools",
            "retention rules by document type",
        ],
        "documents awaiting indexing and release-of-information turnaround",
    ),
    (
        "Analytics and Dashboards",
        "reporting on clinical, operational and financial performance",
        "managers, analysts and executives",
        "report catalogues and security groups",
        [
            "a reporting database refreshed every night",
            "self-service report building with drag-and-drop fields",
            "scheduled distribution of reports by secure email",
            "dashboards for executives, clinic managers and providers",
        ],
        "report usage and data freshness",
    ),
    (
        "Identity and Access Management",
        "controlling who can use the Licensed Software and what they can see",
        "security administrators",
        "security roles and user provisioning rules",
        [
            "single sign-on with Health System's identity provider",
            "role templates with least-privilege defaults",
            "automatic de-provisioning when the identity provider disables an account",
            "break-the-glass access with reason capture and review",
        ],
        "active accounts, dormant accounts and access reviews completed",
    ),
    (
        "Interface Engine",
        "exchanging data with Health System's other systems",
        "integration analysts",
        "interface specifications and code mappings",
        [
            "message routing, filtering and transformation",
            "queue monitoring with alerting on stalled interfaces",
            "replay of failed messages after correction",
            "a test harness for interface changes",
        ],
        "message volumes, error rates and queue latency",
    ),
    (
        "Mobile Clinician App",
        "giving clinicians secure access from phones and tablets",
        "physicians and nurses",
        "mobile device policies",
        [
            "schedules, patient summaries and results on iOS and Android devices",
            "photo capture directly into the patient record",
            "secure chat between care team members",
            "remote wipe of cached data when a device is lost",
        ],
        "active devices and mobile feature usage",
    ),
    (
        "Telehealth Visits",
        "conducting video visits within the clinical workflow",
        "providers and patients",
        "visit types and virtual waiting room settings",
        [
            "video visits launched from the schedule without separate log-ins",
            "a virtual waiting room with rooming by medical assistants",
            "interpreters and family members added to visits",
            "automatic documentation of visit duration and modality",
        ],
        "video visit volume, connection quality and completion rates",
    ),
    (
        "Behavioral Health",
        "documenting and coordinating behavioral health services",
        "therapists, psychiatrists and care coordinators",
        "assessment instruments and treatment plan templates",
        [
            "standardized screening instruments scored automatically",
            "treatment plans with measurable goals and review dates",
            "group therapy documentation with individual notes for each participant",
            "segmentation of psychotherapy notes from the general record",
        ],
        "screening rates, treatment plan reviews due and measurement-based care scores",
    ),
    (
        "Anticoagulation Management",
        "monitoring patients on anticoagulant therapy",
        "pharmacists and anticoagulation nurses",
        "dosing protocols and target ranges",
        [
            "a flowsheet of point-of-care test results and doses",
            "protocol-based dosing suggestions for pharmacist review",
            "recall lists for overdue monitoring",
            "patient letters with the dosing calendar",
        ],
        "time in therapeutic range and overdue monitoring",
    ),
    (
        "Occupational Health",
        "serving employers and their injured or screened workers",
        "occupational health clinicians and employer services staff",
        "employer accounts and protocols",
        [
            "employer-specific protocols for injuries and pre-placement screening",
            "work status reports sent to employers after each visit",
            "workers' compensation case tracking",
            "employer billing separate from patient billing",
        ],
        "visit volumes by employer and days to work status report",
    ),
    (
        "Supply and Inventory",
        "tracking clinic supplies, samples and implants",
        "clinic managers and materials staff",
        "item masters, par levels and vendors",
        [
            "par-level replenishment suggestions by clinic",
            "lot and serial number tracking for implants and samples",
            "barcode receiving and cycle counts",
            "recall notices matched to affected patients",
        ],
        "stock-outs, expired items and inventory value",
    ),
]

SECURITY_DOMAINS = [
    (
        "Governance",
        [
            "Supplier shall maintain a written information security program approved by a named "
            "executive and reviewed at least annually.",
            "Supplier shall designate a security officer who will be Health System's point of "
            "contact "
            "for security matters.",
            "Supplier shall maintain security policies aligned with a recognised framework such as "
            "the NIST Cybersecurity Framework or ISO/IEC 27001.",
            "Supplier shall provide Health System each year with a current SOC 2 Type II report "
            "covering the hosting environment of the Licensed Software.",
        ],
    ),
    (
        "Personnel Security",
        [
            "Supplier shall perform background checks, to the extent permitted by law, on "
            "personnel "
            "with access to Health System Data before granting access.",
            "Supplier shall train all personnel on security and privacy at hire and at least "
            "annually thereafter.",
            "Supplier shall revoke the access of departing personnel within one business day.",
            "Supplier shall require all personnel to sign confidentiality undertakings.",
        ],
    ),
    (
        "Access Control",
        [
            "Supplier shall grant access to production systems on a least-privilege basis and "
            "review that access at least quarterly.",
            "Supplier shall require multi-factor authentication for all administrative and remote "
            "access.",
            "Supplier shall log all privileged actions and retain those logs for at least one "
            "year.",
            "Supplier shall prohibit shared administrative accounts except break-glass accounts "
            "held "
            "in a password vault.",
        ],
    ),
    (
        "Encryption",
        [
            "Supplier shall encrypt Health System Data in transit using TLS 1.2 or higher.",
            "Supplier shall encrypt Health System Data at rest using AES-256 or an equivalent "
            "algorithm.",
            "Supplier shall manage encryption keys in a hardware security module or a cloud key "
            "management service and rotate them at least annually.",
            "Supplier shall not store Health System Data on removable media.",
        ],
    ),
    (
        "Vulnerability Management",
        [
            "Supplier shall scan the production environment for vulnerabilities at least weekly.",
            "Supplier shall remediate critical vulnerabilities within fifteen days and high "
            "vulnerabilities within thirty days of discovery.",
            "Supplier shall engage an independent firm to perform a penetration test of the "
            "Licensed "
            "Software at least annually and share an executive summary with Health System.",
            "Supplier shall maintain anti-malware protection on all servers and endpoints that "
            "process Health System Data.",
        ],
    ),
    (
        "Secure Development",
        [
            "Supplier shall follow a documented secure development lifecycle that includes threat "
            "modelling for significant changes.",
            "Supplier shall perform static code analysis on every release.",
            "Supplier shall not use production Health System Data in development or test "
            "environments unless it has been de-identified.",
            "Supplier shall maintain an inventory of open-source components and monitor them for "
            "published vulnerabilities.",
        ],
    ),
    (
        "Logging and Monitoring",
        [
            "Supplier shall collect security logs centrally and monitor them around the clock.",
            "Supplier shall record user access to patient records in an audit trail available to "
            "Health System's privacy officer.",
            "Supplier shall synchronise system clocks to an authoritative time source.",
            "Supplier shall retain audit trails of user access to patient records for at least six "
            "years.",
        ],
    ),
    (
        "Incident Response",
        [
            "Supplier shall maintain and test annually an incident response plan.",
            "Supplier shall notify Health System of any confirmed security incident affecting "
            "Health "
            "System Data within forty-eight hours of confirmation.",
            "Supplier shall cooperate with Health System's investigation and provide the "
            "information "
            "Health System reasonably needs to meet its notification duties.",
            "Supplier shall provide a written root-cause analysis within thirty days after the "
            "incident is contained.",
        ],
    ),
    (
        "Physical Security",
        [
            "Supplier shall host the Licensed Software only in data centres located in the United "
            "States with controlled entry, video surveillance and visitor logs.",
            "Supplier shall ensure that data centres have redundant power, cooling and network "
            "connectivity.",
            "Supplier shall securely destroy media that held Health System Data at the end of its "
            "life and keep certificates of destruction.",
        ],
    ),
    (
        "Third-Party Risk",
        [
            "Supplier shall assess the security of each subcontractor that processes Health System "
            "Data before engaging it and at least every two years thereafter.",
            "Supplier shall bind subcontractors to security obligations no less protective than "
            "this Schedule.",
            "Supplier shall maintain a current list of subcontractors with access to Health System "
            "Data and provide it on request.",
        ],
    ),
    (
        "Data Retention and Return",
        [
            "Supplier shall retain Health System Data for the term and for the transition period "
            "described in the Agreement.",
            "Supplier shall return Health System Data in a documented, non-proprietary format on "
            "request.",
            "Supplier shall delete Health System Data from production systems within ninety days "
            "after the transition period and from backups as they expire.",
        ],
    ),
]

# system, counterpart, direction, standard, content
INTERFACES = [
    (
        "Registration",
        "Hospital ADT system",
        "Inbound",
        "HL7 v2.5.1 ADT",
        "admissions, discharges, transfers and demographic updates",
    ),
    (
        "Registration",
        "Enterprise master patient index",
        "Bidirectional",
        "HL7 v2.5.1 ADT/QBP",
        "patient identity matching and merges",
    ),
    (
        "Scheduling",
        "Hospital scheduling system",
        "Bidirectional",
        "HL7 v2.5.1 SIU",
        "appointments for shared resources",
    ),
    (
        "Scheduling",
        "Patient reminder vendor",
        "Outbound",
        "SFTP delimited file",
        "appointments due for reminder calls and texts",
    ),
    (
        "Eligibility",
        "Clearinghouse",
        "Bidirectional",
        "ASC X12 270/271",
        "eligibility inquiries and responses",
    ),
    (
        "Orders",
        "Reference laboratory A",
        "Outbound",
        "HL7 v2.5.1 ORM",
        "laboratory orders with specimen details",
    ),
    (
        "Results",
        "Reference laboratory A",
        "Inbound",
        "HL7 v2.5.1 ORU",
        "LOINC-coded laboratory results",
    ),
    (
        "Orders",
        "Reference laboratory B",
        "Outbound",
        "HL7 v2.5.1 ORM",
        "laboratory orders for esoteric testing",
    ),
    (
        "Results",
        "Reference laboratory B",
        "Inbound",
        "HL7 v2.5.1 ORU",
        "laboratory results and pathology reports",
    ),
    (
        "Orders",
        "Radiology information system",
        "Outbound",
        "HL7 v2.5.1 ORM",
        "imaging orders and protocols",
    ),
    (
        "Results",
        "Radiology information system",
        "Inbound",
        "HL7 v2.5.1 ORU",
        "imaging reports and addenda",
    ),
    (
        "Results",
        "Picture archiving system",
        "Outbound",
        "URL launch with context",
        "image viewer launched in patient context",
    ),
    (
        "Documentation",
        "Transcription vendor",
        "Inbound",
        "HL7 v2.5.1 MDM",
        "transcribed notes for signature",
    ),
    (
        "Documentation",
        "Health information exchange",
        "Bidirectional",
        "HL7 C-CDA R2.1",
        "continuity of care documents on referral and discharge",
    ),
    (
        "Documentation",
        "Health information exchange",
        "Bidirectional",
        "HL7 FHIR R4",
        "Condition resources coded in SNOMED CT and medication lists",
    ),
    (
        "Immunizations",
        "State immunization information system",
        "Bidirectional",
        "HL7 v2.5.1 VXU/QBP",
        "immunization submissions and history queries",
    ),
    (
        "Prescribing",
        "Electronic prescribing network",
        "Bidirectional",
        "NCPDP SCRIPT 2017071",
        "new prescriptions, renewals and cancellations",
    ),
    (
        "Prescribing",
        "Prescription drug monitoring program",
        "Bidirectional",
        "NCPDP/REST",
        "controlled substance history queries",
    ),
    (
        "Charges",
        "Hospital billing system",
        "Outbound",
        "HL7 v2.5.1 DFT",
        "professional charges for hospital-based services",
    ),
    (
        "Claims",
        "Clearinghouse",
        "Outbound",
        "ASC X12 837P/837I",
        "professional and institutional claims",
    ),
    ("Claims", "Clearinghouse", "Inbound", "ASC X12 277CA", "claim acknowledgements"),
    ("Remittance", "Clearinghouse", "Inbound", "ASC X12 835", "electronic remittance advice"),
    ("Remittance", "Bank lockbox", "Inbound", "SFTP BAI2 file", "deposit and check detail"),
    (
        "Payments",
        "Card payment processor",
        "Bidirectional",
        "REST API (tokenized)",
        "card-present and online payments",
    ),
    ("Statements", "Statement print vendor", "Outbound", "SFTP XML file", "patient statement data"),
    (
        "Collections",
        "Collection agency",
        "Bidirectional",
        "SFTP delimited file",
        "placed accounts and agency payments",
    ),
    (
        "Finance",
        "General ledger (ERP)",
        "Outbound",
        "SFTP delimited file",
        "daily journal summaries",
    ),
    (
        "Workforce",
        "Human resources system",
        "Inbound",
        "SCIM 2.0",
        "employee starts, changes and terminations",
    ),
    (
        "Identity",
        "Identity provider",
        "Bidirectional",
        "SAML 2.0 / OIDC",
        "single sign-on and multi-factor authentication",
    ),
    (
        "Analytics",
        "Enterprise data warehouse",
        "Outbound",
        "Nightly database extract",
        "reporting database extract",
    ),
    (
        "Quality",
        "Quality reporting registry",
        "Outbound",
        "QRDA Category I/III",
        "quality measure submissions",
    ),
    (
        "Portal",
        "Patient survey vendor",
        "Outbound",
        "SFTP delimited file",
        "visits eligible for satisfaction surveys",
    ),
    (
        "Telehealth",
        "Interpreter service",
        "Bidirectional",
        "REST API",
        "interpreter requests joined to video visits",
    ),
    ("Imaging", "Fax server", "Inbound", "SFTP PDF with index file", "incoming faxed documents"),
    (
        "Supply",
        "Materials management system",
        "Bidirectional",
        "SFTP delimited file",
        "item masters, requisitions and receipts",
    ),
]

PHASES = [
    (
        "Initiate",
        "4 weeks",
        "Supplier and Health System confirm scope, governance, the project "
        "plan and the staffing of both teams. The phase ends when the Steering Committee approves "
        "the "
        "project charter.",
        ["Project charter", "Integrated project plan", "Risk and issue log"],
    ),
    (
        "Design",
        "8 weeks",
        "Supplier leads workflow and configuration workshops for each module "
        "in Schedule A, and Health System's subject-matter experts decide the future-state "
        "workflows.",
        ["Future-state workflow maps", "Design workbooks", "Interface specifications"],
    ),
    (
        "Build",
        "12 weeks",
        "Supplier configures the Licensed Software to the approved designs, "
        "builds the interfaces listed in Schedule I and converts the data identified in the data "
        "conversion plan.",
        [
            "Configured test environment",
            "Unit-tested interfaces",
            "Data conversion rehearsal report",
        ],
    ),
    (
        "Test",
        "8 weeks",
        "The parties execute unit, integrated, performance and user acceptance "
        "testing under the test strategy. Defects are logged, classified and retested.",
        ["Test strategy", "Integrated test results", "User acceptance sign-off"],
    ),
    (
        "Train",
        "6 weeks",
        "Supplier trains Health System's trainers and super users, who then "
        "deliver end-user training from the curriculum in Exhibit 4.",
        ["Training materials", "Trainer certification records", "End-user completion report"],
    ),
    (
        "Activate",
        "2 weeks",
        "The parties execute the cutover plan, convert final balances and open "
        "appointments, and provide at-the-elbow support in every clinic.",
        ["Cutover plan", "Go-live readiness assessment", "Command centre log"],
    ),
    (
        "Stabilize",
        "8 weeks",
        "Supplier resolves post-live defects, tunes performance and "
        "transfers knowledge to Health System's support team before the project closes.",
        ["Post-live issue report", "Knowledge transfer checklist", "Project closure report"],
    ),
]

RACI = [
    ("Project management and status reporting", "R/A", "C"),
    ("Executive sponsorship and steering committee decisions", "C", "R/A"),
    ("Workflow design workshops", "R", "A"),
    ("Configuration of the Licensed Software", "R/A", "C"),
    ("Provision of reference data and legacy extracts", "C", "R/A"),
    ("Data conversion programs and rehearsals", "R/A", "C"),
    ("Interface development in the Licensed Software", "R/A", "C"),
    ("Changes to Health System's third-party systems", "C", "R/A"),
    ("Test scripts for integrated testing", "R", "A"),
    ("Execution of user acceptance testing", "C", "R/A"),
    ("Train-the-trainer sessions", "R/A", "I"),
    ("End-user training delivery", "C", "R/A"),
    ("Workstation, printer and network readiness", "I", "R/A"),
    ("Cutover planning and command centre", "R", "A"),
    ("Post-live defect resolution", "R/A", "C"),
    ("Organizational change management and communications", "C", "R/A"),
]

SEVERITIES = [
    (
        "Severity 1",
        "The production environment is unavailable, or a defect prevents patient care "
        "or claims submission for more than one clinic, with no workaround.",
        "30 minutes",
        "4 hours",
    ),
    (
        "Severity 2",
        "A major function is impaired for many users, or a Severity 1 condition has a "
        "workaround that is burdensome.",
        "2 hours",
        "1 business day",
    ),
    (
        "Severity 3",
        "A function does not work as documented but a reasonable workaround exists.",
        "1 business day",
        "15 business days",
    ),
    (
        "Severity 4",
        "A cosmetic defect, a documentation error or a request for information.",
        "2 business days",
        "Next scheduled release",
    ),
]

TRAINING_FORMATS = [
    "Instructor-led, classroom",
    "Instructor-led, virtual",
    "E-learning",
    "Hands-on lab",
    "At-the-elbow coaching",
]

CLINIC_AREAS = [
    "Belle Meade",
    "Brentwood",
    "Donelson",
    "East Nashville",
    "Franklin",
    "Gallatin",
    "Germantown",
    "Goodlettsville",
    "Green Hills",
    "Hendersonville",
    "Hermitage",
    "Antioch",
    "Bellevue",
    "Mount Juliet",
    "Murfreesboro",
    "Nolensville",
    "Smyrna",
    "Spring Hill",
    "Sylvan Park",
    "The Gulch",
    "Lebanon",
    "Columbia",
    "Dickson",
    "Springfield",
]
CLINIC_SERVICES = [
    "Family Medicine",
    "Internal Medicine",
    "Pediatrics",
    "Women's Health",
    "Cardiology",
    "Orthopedics",
    "Dermatology",
    "Endocrinology",
    "Gastroenterology",
    "Neurology",
    "Urgent Care",
    "Physical Therapy",
]
STREETS = [
    "Main Street",
    "Church Street",
    "Hillsboro Pike",
    "Harding Place",
    "Old Hickory Boulevard",
    "Charlotte Pike",
    "Gallatin Pike",
    "Lebanon Road",
    "Murfreesboro Pike",
    "Franklin Road",
    "Nolensville Pike",
    "Memorial Boulevard",
    "Cool Springs Boulevard",
]

# data object, legacy source, fields: (field, transformation, required)
CONVERSION = [
    (
        "Patients",
        "Legacy practice management system",
        [
            ("Medical record number", "Prefixed with legacy system code", "Yes"),
            ("Legal name and preferred name", "Split into components", "Yes"),
            ("Date of birth", "Converted to ISO 8601", "Yes"),
            ("Sex and gender identity", "Mapped to Supplier value sets", "Yes"),
            ("Address, telephone and email", "Standardized with postal validation", "No"),
            ("Preferred language and interpreter need", "Mapped to Supplier value sets", "No"),
            ("Primary care provider", "Mapped by national provider identifier", "No"),
        ],
    ),
    (
        "Guarantors",
        "Legacy practice management system",
        [
            ("Guarantor name and relationship", "Relationship codes mapped", "Yes"),
            ("Guarantor address", "Standardized with postal validation", "Yes"),
            ("Employer", "Free text carried over", "No"),
            ("Statement preferences", "Mapped to statement cycle", "No"),
        ],
    ),
    (
        "Insurance coverage",
        "Legacy practice management system",
        [
            ("Payer and plan", "Mapped through the payer cross-walk", "Yes"),
            ("Subscriber identifier and group number", "Carried over unchanged", "Yes"),
            ("Coverage dates", "Converted to ISO 8601", "Yes"),
            ("Coordination of benefits order", "Recalculated from coverage dates", "Yes"),
        ],
    ),
    (
        "Future appointments",
        "Legacy practice management system",
        [
            ("Date, time and duration", "Converted to local time zone", "Yes"),
            ("Appointment type", "Mapped through the appointment type cross-walk", "Yes"),
            ("Provider and location", "Mapped by provider and clinic tables", "Yes"),
            ("Appointment notes", "Truncated to 2,000 characters", "No"),
        ],
    ),
    (
        "Allergies",
        "Legacy electronic record system",
        [
            ("Allergen", "Matched to drug and allergen vocabulary", "Yes"),
            ("Reaction and severity", "Mapped to Supplier value sets", "No"),
            ("Onset date", "Converted to ISO 8601 where known", "No"),
        ],
    ),
    (
        "Medications",
        "Legacy electronic record system",
        [
            ("Drug name, strength and form", "Matched to drug vocabulary", "Yes"),
            ("Instructions", "Carried over as free text", "Yes"),
            ("Start and stop dates", "Converted to ISO 8601", "No"),
            ("Prescriber", "Mapped by national provider identifier", "No"),
        ],
    ),
    (
        "Problems",
        "Legacy electronic record system",
        [
            ("Problem description", "Mapped to SNOMED CT concepts where possible", "Yes"),
            ("Diagnosis code", "ICD-10-CM code carried over unchanged", "No"),
            ("Onset and resolution dates", "Converted to ISO 8601", "No"),
        ],
    ),
    (
        "Immunizations",
        "Legacy electronic record system",
        [
            ("Vaccine", "Mapped to vaccine administered codes", "Yes"),
            ("Administration date", "Converted to ISO 8601", "Yes"),
            ("Lot number and manufacturer", "Carried over unchanged", "No"),
        ],
    ),
    (
        "Open balances",
        "Legacy practice management system",
        [
            ("Account and guarantor", "Linked to converted guarantor", "Yes"),
            (
                "Balance by responsible party",
                "Summarized as one opening balance per account",
                "Yes",
            ),
            ("Last statement date", "Carried over for dunning", "No"),
            ("Payment plan", "Re-created with remaining instalments", "No"),
        ],
    ),
    (
        "Historical documents",
        "Legacy document archive",
        [
            ("Document image", "Converted to PDF/A", "Yes"),
            ("Document type", "Mapped through the document type cross-walk", "Yes"),
            ("Document date and author", "Carried over from index", "No"),
        ],
    ),
]

GLOSSARY = [
    (
        "API",
        "Application programming interface: a documented way for software to exchange data "
        "with other software.",
    ),
    (
        "Availability",
        "The share of a measurement period during which a module can be used in "
        "production, as measured under Schedule E.",
    ),
    (
        "C-CDA",
        "Consolidated Clinical Document Architecture, an HL7 standard for clinical summaries.",
    ),
    (
        "Cutover",
        "The controlled transition from legacy systems to the Licensed Software at Go-Live.",
    ),
    (
        "FHIR",
        "Fast Healthcare Interoperability Resources, an HL7 standard for exchanging health "
        "data through web APIs.",
    ),
    (
        "HL7 v2",
        "The Health Level Seven version 2 messaging standard used for most hospital and "
        "laboratory interfaces.",
    ),
    ("Identity provider", "The system that authenticates Authorized Users for single sign-on."),
    (
        "Least privilege",
        "The principle that each user receives only the access needed for the user's job.",
    ),
    (
        "Multi-factor authentication",
        "Authentication that requires two or more independent "
        "factors, such as a password and a one-time code.",
    ),
    ("OIDC", "OpenID Connect, an identity layer on top of the OAuth 2.0 protocol."),
    ("Recovery point objective", "The maximum period of data that may be lost after a disaster."),
    (
        "Recovery time objective",
        "The maximum time to restore service after a disaster is declared.",
    ),
    ("SAML", "Security Assertion Markup Language, a standard for single sign-on."),
    (
        "SCIM",
        "System for Cross-domain Identity Management, a standard for provisioning user accounts.",
    ),
    ("Sandbox", "A non-production environment used to trial configuration changes."),
    ("Super user", "An Authorized User with advanced training who supports colleagues."),
    (
        "Synthetic transaction",
        "A scripted transaction run automatically to measure availability and response time.",
    ),
    ("TLS", "Transport Layer Security, the protocol that encrypts data in transit."),
    ("Work queue", "A list of items, such as claims or messages, that need action by a team."),
    (
        "X12",
        "The ANSI ASC X12 standards for electronic transactions such as claims and remittances.",
    ),
]

REGULATIONS = [
    (
        "HIPAA Privacy, Security and Breach Notification Rules",
        "Schedule G and Schedule H",
        "Supplier",
    ),
    (
        "21st Century Cures Act information blocking provisions",
        "Article 12 and Schedule I",
        "Both parties",
    ),
    ("ONC Health IT Certification Program", "Section 16.3", "Supplier"),
    (
        "Electronic prescribing of controlled substances (21 C.F.R. Part 1311)",
        "Schedule A, Electronic Prescribing",
        "Supplier",
    ),
    (
        "No Surprises Act good faith estimates",
        "Schedule A, Eligibility Verification",
        "Health System",
    ),
    ("Federal program quality reporting", "Schedule A, Quality Measure Reporting", "Health System"),
    (
        "State immunization registry reporting",
        "Schedule A, Immunization Management",
        "Health System",
    ),
    (
        "Payment Card Industry Data Security Standard",
        "Schedule I, card payment interface",
        "Supplier",
    ),
    (
        "Telephone Consumer Protection Act (patient text messages)",
        "Schedule A, Patient Portal",
        "Health System",
    ),
    ("Tennessee Identity Theft Deterrence Act", "Schedule G", "Both parties"),
    (
        "Section 1557 language access requirements",
        "Schedule A, Patient Registration",
        "Health System",
    ),
    ("Federal exclusion list screening", "Article 25", "Both parties"),
]

MILESTONES = [
    ("Project charter approved", "Initiate", 4),
    ("Integrated project plan baselined", "Initiate", 4),
    ("Design workshops complete", "Design", 10),
    ("Design workbooks signed off", "Design", 12),
    ("Interface specifications approved", "Design", 12),
    ("Build environment ready", "Build", 13),
    ("First data conversion rehearsal", "Build", 18),
    ("Configuration complete", "Build", 22),
    ("Interfaces unit tested", "Build", 24),
    ("Second data conversion rehearsal", "Build", 24),
    ("Integrated testing round 1 complete", "Test", 28),
    ("Integrated testing round 2 complete", "Test", 31),
    ("Performance test passed", "Test", 31),
    ("User acceptance sign-off", "Test", 32),
    ("Trainers certified", "Train", 34),
    ("End-user training 90% complete", "Train", 38),
    ("Go-live readiness assessment passed", "Activate", 38),
    ("Final data conversion", "Activate", 39),
    ("Go-Live", "Activate", 40),
    ("Command centre closed", "Stabilize", 44),
    ("Post-live issue backlog below target", "Stabilize", 46),
    ("Knowledge transfer complete", "Stabilize", 48),
    ("Project closure approved", "Stabilize", 48),
]
