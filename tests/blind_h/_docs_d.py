"""Documents that do not deal with CPT licensing, and documents where who pays cannot be determined."""
from _common import doc, number, sections, web_chrome, web_footer

# ================================================================= NOT ADDRESSED
# ---------------------------------------------------------------- N01 dental CDT-only
V = "Molarity Dental Software, Inc."
doc("n01", "not_addressed", V,
    "Dental practice software order with an ADA CDT content fee of $14 per dentist per year; CDT is not CPT and CPT is never mentioned.",
    [("title", "Molarity Dental \u2014 Order Summary"),
     ("kv", [("Vendor", "Molarity Dental Software, Inc., 900 Biscayne Blvd, Miami, FL 33132"),
             ("Customer", "Coral Gables Family Dentistry, P.A."), ("Order", "MD-24-5512"),
             ("Start", "September 1, 2024"), ("Term", "12 months, auto-renewing")]),
     ("table", [["Item", "Qty", "Price", "Period"],
                ["Molarity Cloud \u2014 dentist licence", "3", "$229.00", "per month"],
                ["Molarity Cloud \u2014 hygienist / staff user", "7", "$39.00", "per month"],
                ["Imaging bridge (intraoral sensors, pano)", "1", "$75.00", "per month"],
                ["ADA CDT content fee", "3", "$14.00", "per dentist per year"],
                ["Insurance e-claims (dental 837D)", "1", "$0.39", "per claim"],
                ["Data conversion from legacy system", "1", "$1,250.00", "one-time"]],
      {"widths": [0.48, 0.08, 0.16, 0.28], "right": [1, 2], "ruled": "grid"}),
     ("h2", "About the CDT content fee"),
     ("p", "Molarity includes the Code on Dental Procedures and Nomenclature (CDT Code) so that procedures can be "
           "charted and claimed. CDT is copyrighted by the American Dental Association (ADA) and is licensed to "
           "Molarity for distribution to dental offices. The ADA CDT content fee recovers the licence cost for each "
           "dentist and is billed each September."),
     ("h2", "Terms"),
     ("bullets", ["Monthly items are billed in advance on the first of each month.",
                  "Either party may cancel renewal with 60 days' written notice.",
                  "The Molarity Terms of Service and Business Associate Agreement apply."]),
     ("small", "CDT is a registered trademark of the American Dental Association. Current Dental Terminology \u00a9 "
               "American Dental Association. All rights reserved."),
     ], font="Helvetica", size=9.8, accent="#006d77")

# ---------------------------------------------------------------- N02 ICD-10/HCPCS fees only
V = "Codewell Reference Tools, LLC"
doc("n02", "not_addressed", V,
    "Product and pricing page for an ICD-10-CM and HCPCS Level II code update service at $29 per user per year; a licence fee for free federal code sets, and procedure (CPT) content is expressly not part of the product.",
    [("small", "codewellref.com/products/dx-hcpcs-updates"),
     ("title", "Codewell Dx + HCPCS Update Service"),
     ("p", "Keep your diagnosis and supply codes current without lifting a finger. Codewell Reference Tools, LLC "
           "delivers formatted, validated ICD-10-CM and HCPCS Level II files, with change reports and crosswalks, "
           "ready to import into most practice management systems."),
     ("table", [["What you get", "Details"],
                ["ICD-10-CM annual release", "Delivered by September 15 for the October 1 effective date"],
                ["HCPCS Level II quarterly updates", "January, April, July and October files"],
                ["Change reports", "Added, deleted and revised codes with effective dates"],
                ["Import templates", "CSV, fixed-width and JSON"]],
      {"widths": [0.38, 0.62], "ruled": "lines"}),
     ("h2", "Pricing"),
     ("p", "<b>$29 per user per year</b>, billed annually. Volume pricing is available for 25 or more users."),
     ("h2", "What's not included"),
     ("p", "Procedure coding content (CPT\u00ae) is not part of this product. Codewell does not supply CPT files."),
     ("h2", "Why pay for free code sets?"),
     ("p", "The underlying ICD-10-CM and HCPCS Level II data are published by federal agencies at no cost. Our fee "
           "covers the formatting, validation, change reporting and support that save your team hours of work each "
           "release."),
     ("small", "\u00a9 2025 Codewell Reference Tools, LLC. ICD-10-CM data from NCHS/CDC; HCPCS Level II data from CMS."),
     ], font="Helvetica", size=10, accent="#7b2cbf", pagenum="")

# ---------------------------------------------------------------- N03 CPT = cost per transaction
V = "Harbor Pay Merchant Services, Inc."
doc("n03", "not_addressed", V,
    "Card-processing agreement for a medical practice in which 'CPT' is defined as the Cost Per Transaction fee ($0.29 per authorised transaction); nothing to do with procedure codes.",
    [("ctitle", "MERCHANT PROCESSING AGREEMENT \u2014 HEALTHCARE PROGRAM"),
     ("p", "This Merchant Processing Agreement is between <b>Harbor Pay Merchant Services, Inc.</b> (\"Harbor Pay\") "
           "and <b>Seaside Chiropractic and Wellness, LLC</b> (\"Merchant\"), effective March 10, 2025."),
     ("h2", "1. Definitions"),
     ("j", "\"Authorization\" means a request to a card issuer to approve a card transaction. \"CPT\" means the cost "
           "per transaction fee charged by Harbor Pay for each Authorization, whether approved or declined. "
           "\"Discount Rate\" means the percentage of each settled sale retained by Harbor Pay. \"Patient Portal "
           "Payments\" means card-not-present payments made by Merchant's patients through Merchant's online portal."),
     ("h2", "2. Services"),
     ("j", "Harbor Pay will authorize, process and settle Visa, Mastercard, Discover and American Express "
           "transactions, HSA/FSA card payments and ACH debits for Merchant, and will provide two countertop "
           "terminals and a virtual terminal."),
     ("h2", "3. Pricing"),
     ("table", [["Fee", "Amount"], ["Discount Rate \u2014 card present", "2.35%"],
                ["Discount Rate \u2014 card not present / Patient Portal Payments", "2.85%"],
                ["CPT (cost per transaction)", "$0.29 per Authorization"],
                ["ACH debit", "$0.45 per item"], ["Monthly statement fee", "$9.95"],
                ["Chargeback", "$20.00 per chargeback"], ["Terminal rental", "$15.00 per terminal per month"]],
      {"widths": [0.6, 0.4], "ruled": "grid"}),
     ("j", "Harbor Pay may change the Discount Rate or CPT on thirty (30) days' notice if card networks change their "
           "interchange or assessment fees."),
     ("h2", "4. Settlement and reserves"),
     ("j", "Funds are deposited to Merchant's designated account on the next business day. Harbor Pay may establish "
           "a reserve if chargebacks exceed one percent (1%) of monthly volume."),
     ("h2", "5. Compliance"),
     ("j", "Merchant shall comply with card network rules and PCI DSS. Harbor Pay does not receive protected health "
           "information other than patient names and amounts needed to process payments."),
     ("h2", "6. Term"),
     ("j", "Three years, renewing for one-year terms. An early termination fee of $295 applies in the first year."),
     ("sig", [["HARBOR PAY MERCHANT SERVICES, INC.", ("By", "______________")],
              ["SEASIDE CHIROPRACTIC AND WELLNESS, LLC", ("By", "______________")]]),
     ], font="Helvetica", size=9.8, accent="#0a3d62")

# ---------------------------------------------------------------- N04 copyright notice only
V = "Riverbend Charting, Inc."
doc("n04", "not_addressed", V,
    "User-guide page on charge entry that mentions CPT codes as a feature and carries only the AMA copyright/trademark notice; nothing on who licenses or pays.",
    [("small", "Riverbend Charting User Guide  \u203a  Billing  \u203a  Chapter 6"),
     ("title", "6. Entering charges"),
     ("p", "Charges are created from the encounter once the provider signs the note. Riverbend Charting, Inc. "
           "designed the charge screen so that most charges need no typing at all."),
     ("h2", "6.1 Open the charge screen"),
     ("bullets", ["From the schedule, right-click a completed appointment and choose <b>Charges</b>.",
                  "Or open the signed note and click <b>Send to billing</b>.",
                  "The charge screen opens with the diagnosis codes from the assessment already filled in."]),
     ("h2", "6.2 Add procedure codes"),
     ("p", "Type part of a CPT\u00ae code or description in the <b>Procedure</b> box, or pick from the favorites list "
           "for the provider's specialty. Add modifiers in the four modifier boxes. Units default to 1."),
     ("h2", "6.3 Link diagnoses"),
     ("p", "Drag a diagnosis pointer (A\u2013L) onto each line, or click <b>Auto-link</b> to link in the order listed."),
     ("h2", "6.4 Review and submit"),
     ("p", "The scrubber flags missing modifiers, invalid diagnosis pairs and NCCI conflicts. Fix each flag or "
           "override it with a reason, then click <b>Post</b>. Posted charges appear in the next claim batch."),
     ("table", [["Flag", "Meaning", "Typical fix"],
                ["M1", "Modifier required", "Add 25 or 59 as appropriate"],
                ["D3", "Diagnosis not linked", "Link at least one pointer"],
                ["N2", "NCCI pair", "Check documentation; add modifier or remove line"]],
      {"widths": [0.12, 0.4, 0.48], "ruled": "lines"}),
     ("sp", 10),
     ("small", "CPT copyright 2025 American Medical Association. All rights reserved. CPT\u00ae is a registered "
               "trademark of the American Medical Association."),
     ("small", "Riverbend Charting User Guide, release 12.4. \u00a9 Riverbend Charting, Inc."),
     ], font="Helvetica", size=10, accent="#3c6e71")

# ---------------------------------------------------------------- N05 features page, per-provider price
V = "Palisade Charting, Inc."
doc("n05", "not_addressed", V,
    "Marketing features page listing CPT and ICD-10 code lookup as billing features, priced at $129 per provider per month; no licensing terms.",
    [("small", "palisadecharting.com/features/billing"),
     ("title", "Billing that keeps up with your clinic"),
     ("p", "Palisade Charting, Inc. builds charting and billing for busy outpatient clinics. Every plan includes "
           "the tools below."),
     ("h2", "Superbills in seconds"),
     ("p", "Build specialty superbills with your most-used CPT\u00ae and ICD-10 codes. Search by code, keyword or body "
           "system, and save favorites per provider."),
     ("h2", "Smart claim scrubbing"),
     ("p", "Over 2,000 payer rules check each claim before it leaves, catching missing modifiers, bundling conflicts "
           "and eligibility gaps."),
     ("h2", "ERA auto-posting"),
     ("p", "Electronic remittances post automatically, with denials routed to a work queue by reason code."),
     ("h2", "Patient payments"),
     ("p", "Text-to-pay, card on file and payment plans, all reconciled to the ledger."),
     ("table", [["Plan", "Price", "Includes"],
                ["Clinic", "$129 per provider per month", "Charting, billing, scrubbing, ERA, patient payments"],
                ["Clinic Plus", "$169 per provider per month", "Everything in Clinic, plus RCM analytics and "
                                                              "a dedicated billing specialist"]],
      {"widths": [0.18, 0.3, 0.52], "ruled": "grid"}),
     ("p", "Book a 20-minute demo at palisadecharting.com/demo."),
     ("small", "\u00a9 2025 Palisade Charting, Inc. All product names are trademarks of their owners."),
     ], font="Helvetica", size=10.2, accent="#7f4f24", pagenum="")

# ---------------------------------------------------------------- N06 Medicare contractor point-and-click
V = "Heartland Federal Claims Administrators, LLC"
doc("n06", "not_addressed", V,
    "A Medicare contractor's End User / Point and Click licence for CPT in its own fee schedules and bulletins, limited to CMS programs; free, and says nothing about any vendor product's CPT licence.",
    [("small", "heartlandfederalclaims.com  \u203a  Fee schedules  \u203a  License agreement"),
     ("title", "License for Use of Current Procedural Terminology, Fourth Edition (CPT\u00ae)"),
     ("h2", "End User / Point and Click Agreement"),
     ("p", "CPT codes, descriptions and other data only are copyright 2025 American Medical Association (AMA). All "
           "rights reserved. CPT is a registered trademark of the AMA."),
     ("p", "You, your employees and your agents may use CPT only as it appears in the materials published by "
           "Heartland Federal Claims Administrators, LLC as a Medicare Administrative Contractor, including its fee "
           "schedule look-up, local coverage articles and provider bulletins, and only within your organization in "
           "the United States. Use is limited to Medicare, Medicaid and other programs administered by the Centers "
           "for Medicare and Medicaid Services (CMS). You agree to take all necessary steps to ensure that your "
           "employees and agents abide by these terms."),
     ("p", "Any other use is prohibited, including making copies of CPT for resale or license, transferring copies to "
           "anyone not bound by this agreement, creating modified or derivative works of CPT, and any commercial use. "
           "A license for any use not authorized here must be obtained from the AMA's CPT Intellectual Property "
           "Services."),
     ("p", "Applicable FARS/DFARS restrictions apply to government use. CPT is commercial technical data developed "
           "exclusively at private expense by the AMA."),
     ("p", "Fee schedules, relative value units, conversion factors and/or related components are not assigned by the "
           "AMA, are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or "
           "indirectly practice medicine or dispense medical services. The AMA assumes no liability for data "
           "contained or not contained herein."),
     ("p", "CMS disclaims responsibility for any liability attributable to end user use of the CPT. The sole "
           "responsibility for the software, including any CPT elements, lies with the party that supplied it."),
     ("p", "This agreement terminates automatically if you breach it. By clicking <b>I Accept</b> you agree to these "
           "terms on behalf of yourself and your organization."),
     ("table", [["I Accept", "I Do Not Accept"]], {"widths": [0.5, 0.5], "ruled": "box", "header": False}),
     ("small", "Heartland Federal Claims Administrators, LLC \u2014 a CMS contractor. This page is not an official CMS "
               "publication."),
     ], font="Times", size=10.6, accent="#1d3557", pagenum="")

# ---------------------------------------------------------------- N07 reference lab fee schedule with CPT codes
V = "Summit Valley Reference Laboratory, LLC"
doc("n07", "not_addressed", V,
    "Reference laboratory client services agreement whose fee schedule lists CPT code numbers with test prices (CPT as billing identifiers, not licensing).",
    [("ctitle", "CLIENT LABORATORY SERVICES AGREEMENT"),
     ("p", "This Agreement is made on January 2, 2025 between <b>Summit Valley Reference Laboratory, LLC</b> "
           "(\"Laboratory\") and <b>Aspen Grove Internal Medicine, P.C.</b> (\"Client\")."),
     ("h2", "1. Services"),
     ("j", "Laboratory will perform the clinical laboratory tests that Client orders, provide courier pickup twice "
           "daily at Client's office, and deliver results through its portal and an HL7 interface to Client's EHR."),
     ("h2", "2. Billing"),
     ("j", "For patients whose tests are billed to Client (client-bill accounts), Laboratory will invoice Client monthly "
           "at the prices in Schedule 1. Tests for insured patients will be billed by Laboratory directly to the "
           "patient's insurer. Client shall not mark up client-billed tests in violation of applicable law."),
     ("h2", "3. Compliance"),
     ("j", "Each order must be supported by medical necessity documented by the ordering clinician. Laboratory does not "
           "offer any remuneration for referrals."),
     ("h2", "4. Term"),
     ("j", "One year, renewing annually. Either party may terminate on 60 days' notice. Schedule 1 prices may change "
           "once a year on 30 days' notice."),
     ("h", "Schedule 1 \u2014 Client-bill price list (excerpt)"),
     ("table", [["CPT code", "Test", "Client price"],
                ["80053", "Comprehensive metabolic panel", "$11.40"],
                ["80061", "Lipid panel", "$13.25"],
                ["83036", "Hemoglobin A1c", "$9.80"],
                ["84443", "TSH", "$16.10"],
                ["85025", "CBC with automated differential", "$7.95"],
                ["81001", "Urinalysis, automated, with microscopy", "$4.60"],
                ["87086", "Urine culture, quantitative", "$12.70"]],
      {"widths": [0.18, 0.56, 0.26], "right": [2], "ruled": "grid"}),
     ("small", "CPT codes are shown for identification only. Prices apply to client-bill accounts."),
     ("sig", [["SUMMIT VALLEY REFERENCE LABORATORY, LLC", ("By", "______________"), ("Title", "Director of Client Services")],
              ["ASPEN GROVE INTERNAL MEDICINE, P.C.", ("By", "______________"), ("Title", "Office Manager")]]),
     ], font="Times", size=10.2)

# ---------------------------------------------------------------- N08 SaaS MSA, no CPT at all
V = "Bellwether Reminders, Inc."
Vd, Cu, PR = "Bellwether", "Customer", "Service"
secs = sections([
    ("The Service", ["Bellwether provides automated appointment reminders, recall campaigns and two-way patient "
                     "texting (the \"Service\") that integrate with Customer's scheduling system."]),
    ("Messaging Consent", ["Customer is responsible for obtaining any consent required under the Telephone Consumer "
                           "Protection Act before patients are messaged, and for honoring opt-out requests, which the "
                           "Service processes automatically."]),
    ("Fees", ["Customer shall pay $1.10 per active patient per year, with a minimum of $1,500 per year, plus $0.02 per "
              "outbound text above 5,000 per month."]),
    "payment:1", "support:1", "term:1", "confidentiality:0", "hipaa:1", "data:0", "warranty:0", "liability:0",
    "indemnity:1", "force:0", "law:3", "entire:0",
], Vd, Cu, PR)
doc("n08", "not_addressed", V,
    "Ordinary SaaS agreement for patient reminder texting; no CPT, code-set or AMA content at all.",
    [("ctitle", "BELLWETHER SERVICE AGREEMENT"),
     ("p", "This Service Agreement is made on June 1, 2025 between <b>Bellwether Reminders, Inc.</b> (\"Bellwether\") and "
           "<b>Granite State Pediatrics, PLLC</b> (\"Customer\")."),
     ] + number(secs, "dotted") + [
        ("sig", [["BELLWETHER REMINDERS, INC.", ("By", "______________")],
                 ["GRANITE STATE PEDIATRICS, PLLC", ("By", "______________")]]),
    ], font="Helvetica", size=9.6, accent="#5c4d7d")

# ---------------------------------------------------------------- N09 BAA
V = "Ironwood Health Records, Inc."
doc("n09", "not_addressed", V,
    "Business associate agreement between a practice and its EHR vendor; mentions procedure and diagnosis codes only as examples of PHI, nothing about CPT licensing.",
    [("ctitle", "BUSINESS ASSOCIATE AGREEMENT"),
     ("p", "This Business Associate Agreement (\"BAA\") is entered into between <b>Lone Pine Urology, P.C.</b> "
           "(\"Covered Entity\") and <b>Ironwood Health Records, Inc.</b> (\"Business Associate\"), effective "
           "February 1, 2025, and forms part of the Ironwood Subscription Agreement between them."),
     ("h2", "1. Definitions"),
     ("j", "Terms used but not defined in this BAA have the meanings given in the HIPAA Rules (45 C.F.R. Parts 160 and "
           "164). \"PHI\" means protected health information that Business Associate creates, receives, maintains or "
           "transmits on behalf of Covered Entity, including demographic data, clinical notes, diagnosis and "
           "procedure codes, and billing records."),
     ("h2", "2. Permitted uses and disclosures"),
     ("j", "Business Associate may use and disclose PHI only to provide the services in the Subscription Agreement, "
           "for its proper management and administration, and as required by law. It shall not sell PHI or use it "
           "for marketing."),
     ("h2", "3. Safeguards"),
     ("j", "Business Associate shall implement administrative, physical and technical safeguards that comply with "
           "Subpart C of 45 C.F.R. Part 164, including encryption, access controls and audit logging."),
     ("h2", "4. Reporting"),
     ("j", "Business Associate shall report to Covered Entity any use or disclosure not permitted by this BAA, any "
           "Security Incident, and any Breach of Unsecured PHI without unreasonable delay and in no case later than "
           "ten (10) business days after discovery."),
     ("h2", "5. Subcontractors"),
     ("j", "Business Associate shall ensure that any subcontractor that handles PHI agrees in writing to the same "
           "restrictions and conditions."),
     ("h2", "6. Individual rights"),
     ("j", "Business Associate shall make PHI available for access and amendment, and provide an accounting of "
           "disclosures, as required by 45 C.F.R. 164.524, 164.526 and 164.528."),
     ("h2", "7. Term and termination"),
     ("j", "This BAA lasts as long as the Subscription Agreement. On termination Business Associate shall return or "
           "destroy PHI where feasible; where not feasible, its protections continue."),
     ("sig", [["LONE PINE UROLOGY, P.C.", ("By", "______________"), ("Title", "Privacy Officer")],
              ["IRONWOOD HEALTH RECORDS, INC.", ("By", "______________"), ("Title", "Chief Compliance Officer")]]),
     ], font="Times", size=10.4)

# ---------------------------------------------------------------- N10 code-set updates FAQ, CPT only as feature
V = "Lumen Path Health, Inc."
doc("n10", "not_addressed", V,
    "FAQ about code-set update schedules (ICD-10 free each October, HCPCS quarterly, annual CPT update loaded in December); CPT appears only as a feature/update timing, nothing on licensing or fees.",
    web_chrome("help.lumenpath.com", ["Billing", "Code sets"]) + [
        ("title", "When are code sets updated in Lumen Path?"),
        ("p", "Lumen Path Health, Inc. loads code-set changes for you so that claims go out with valid codes on the "
              "day the changes take effect."),
        ("qa", "When do ICD-10-CM changes arrive?",
         "Every year in late September, ready for the October 1 effective date. The files come free from the "
         "federal government, so there is nothing for you to buy."),
        ("qa", "What about HCPCS Level II?",
         "CMS publishes quarterly changes. We load them before January 1, April 1, July 1 and October 1."),
        ("qa", "And CPT\u00ae?",
         "The annual CPT update is loaded in the third week of December. New codes are available for dates of service "
         "on or after January 1; deleted codes stay selectable for earlier dates of service."),
        ("qa", "Will my favorites lists update?",
         "Deleted codes are flagged in red in favorites lists. Replace them before January 1 to avoid rejections."),
        ("qa", "Can I see what changed?",
         "Yes. Go to Reports \u203a Code set changes and choose the release."),
    ] + web_footer(V), font="Helvetica", size=10.2, accent="#006494", pagenum="")

# ---------------------------------------------------------------- N11 CPT = certified pharmacy technician
V = "Apex Allied Staffing, Inc."
doc("n11", "not_addressed", V,
    "Staffing agreement where 'CPT' means Certified Pharmacy Technician; a $150 placement fee per CPT is a staffing fee, not a code licence.",
    [("ctitle", "TEMPORARY STAFFING SERVICES AGREEMENT"),
     ("p", "This Agreement is between <b>Apex Allied Staffing, Inc.</b> (\"Apex\") and <b>Gulf Coast Infusion and "
           "Oncology Center, LLC</b> (\"Client\"), effective July 14, 2025."),
     ("h2", "1. Definitions"),
     ("j", "\"CPT\" means a Certified Pharmacy Technician holding a current national certification and any state "
           "registration required to work in Client's infusion pharmacy. \"Assignment\" means a period during which an "
           "Apex worker is placed with Client. \"Worker\" means a CPT or other allied professional supplied by Apex."),
     ("h2", "2. Services"),
     ("j", "Apex will recruit, screen, credential and supply Workers to Client on request. Apex verifies certification, "
           "licensure, background checks, drug screens and immunization records before any Assignment."),
     ("h2", "3. Fees"),
     ("table", [["Role", "Bill rate (per hour)", "Overtime"],
                ["CPT \u2014 day shift", "$38.50", "1.5x after 40 hours"],
                ["CPT \u2014 evening / weekend", "$42.00", "1.5x after 40 hours"],
                ["Pharmacist (PRN)", "$96.00", "1.5x after 40 hours"]],
      {"widths": [0.4, 0.3, 0.3], "ruled": "grid"}),
     ("j", "A placement fee of $150.00 per CPT applies to each new Assignment of four weeks or longer. If Client hires a "
           "Worker directly within six months of an Assignment, a conversion fee of 15% of first-year salary applies."),
     ("h2", "4. Client responsibilities"),
     ("j", "Client shall provide site orientation, supervision by a licensed pharmacist, and a safe workplace, and shall "
           "approve time records weekly."),
     ("h2", "5. Insurance and employment"),
     ("j", "Apex is the employer of record and maintains workers' compensation, general liability and professional "
           "liability insurance for Workers."),
     ("h2", "6. Term"),
     ("j", "One year, renewing automatically. Either party may terminate on 30 days' notice."),
     ("sig", [["APEX ALLIED STAFFING, INC.", ("By", "______________")],
              ["GULF COAST INFUSION AND ONCOLOGY CENTER, LLC", ("By", "______________")]]),
     ], font="Helvetica", size=10, accent="#9d0208")

# ================================================================= UNCLEAR
# ---------------------------------------------------------------- U01 "may apply"
V = "Willowmere Software, Inc."
doc("u01", "unclear", V,
    "Online terms of service: 'Fees for third-party content, including CPT, may apply and will be communicated separately' - no grant, no amount, no statement of who licenses.",
    [("small", "willowmere.io/terms"),
     ("title", "Willowmere Terms of Service"),
     ("subtitle", "Effective March 1, 2025"),
     ("p", "These Terms govern your use of the Willowmere practice platform provided by Willowmere Software, Inc. "
           "(\"Willowmere\", \"we\", \"us\"). \"You\" means the practice that creates an account."),
     ("h2", "1. Your account"),
     ("p", "You are responsible for the people you invite to your account and for keeping credentials secure."),
     ("h2", "2. Subscription and fees"),
     ("p", "You agree to pay the subscription fees for your plan as shown at checkout. Fees are billed monthly in "
           "advance and are non-refundable except where required by law. We may change plan prices on 30 days' "
           "notice."),
     ("h2", "3. Third-party content"),
     ("p", "The platform makes available content owned by third parties, such as drug information and CPT\u00ae "
           "procedure codes. Your use of that content may be subject to additional terms of its owner. Fees for "
           "third-party content, including CPT, may apply and will be communicated separately."),
     ("h2", "4. Acceptable use"),
     ("p", "Do not use the platform to send spam, to store data you have no right to store, or to attempt to access "
           "other customers' data."),
     ("h2", "5. Privacy and HIPAA"),
     ("p", "Our Business Associate Agreement applies to protected health information you store with us."),
     ("h2", "6. Disclaimers and limitation of liability"),
     ("p", "The platform is provided \"as is\". Our total liability is limited to the fees you paid in the three months "
           "before the claim."),
     ("h2", "7. Changes"),
     ("p", "We may update these Terms. If a change is material we will tell you at least 30 days in advance."),
     ("h2", "8. Contact"),
     ("p", "legal@willowmere.io  \u00b7  Willowmere Software, Inc., 222 Second Street, San Francisco, CA 94105"),
     ], font="Helvetica", size=10.2, accent="#3a5a40", pagenum="")

# ---------------------------------------------------------------- U02 TBD in order form
V = "Brightline Ortho Systems, Inc."
doc("u02", "unclear", V,
    "Order form whose CPT licensing row reads 'TBD - to be agreed before go-live (Vendor sublicense or Client direct AMA licence)'; who pays is left open.",
    [("title", "ORDER FORM"),
     ("kv", [("Vendor", "Brightline Ortho Systems, Inc., 55 Commerce Drive, Columbus, OH 43215"),
             ("Client", "Buckeye Bone and Joint, Inc."), ("Order no.", "BOS-2025-044"),
             ("Target go-live", "September 2, 2025")]),
     ("table", [["Item", "Qty", "Fee", "Billing"],
                ["Brightline Ortho EHR \u2014 surgeon", "6", "$395.00 / month", "monthly"],
                ["Brightline Ortho EHR \u2014 PA / NP", "4", "$245.00 / month", "monthly"],
                ["PT/OT documentation module", "1", "$300.00 / month", "monthly"],
                ["Imaging (PACS) viewer integration", "1", "$4,000.00", "one-time"],
                ["CPT\u00ae licensing", "\u2014", "TBD", "\u2014"]],
      {"widths": [0.44, 0.08, 0.26, 0.22], "ruled": "grid"}),
     ("h2", "Notes"),
     ("num", "1.", "CPT licensing: TBD. The parties will agree before go-live whether CPT content will be provided under "
                   "Vendor's sublicense or under a direct license between Client and the American Medical Association, "
                   "and any associated fee."),
     ("num", "2.", "All other terms are governed by the Brightline Master Agreement dated June 30, 2025."),
     ("num", "3.", "Prices exclude tax. Monthly fees begin on the go-live date."),
     ("sig", [["BRIGHTLINE ORTHO SYSTEMS, INC.", ("By", "______________")],
              ["BUCKEYE BONE AND JOINT, INC.", ("By", "______________")]]),
     ], font="Helvetica", size=9.8, accent="#c1121f")

# ---------------------------------------------------------------- U03 vendor evaluating options
V = "Gable Street Health Apps, LLC"
doc("u03", "unclear", V,
    "Customer announcement: vendor is 'evaluating options' for the AMA's CPT licensing requirements and will share details later; nothing decided.",
    [("small", "status.gablestreet.app  \u203a  Announcements"),
     ("title", "An update on CPT\u00ae licensing"),
     ("small", "Posted September 22, 2025 by the Gable Street team"),
     ("p", "Some of you have asked whether Gable Street will begin charging an AMA fee, as several other EHRs have "
           "done. We want to be open about where things stand."),
     ("p", "The American Medical Association has contacted Gable Street Health Apps, LLC about how CPT codes are "
           "licensed to practices that use our app. We are evaluating a few options, which may include becoming a "
           "distributor ourselves, working with an authorized distributor, or asking practices to license CPT "
           "directly. Each option has different costs and paperwork, and we have not made a decision."),
     ("p", "<b>No action is needed from you right now.</b> You will not see any new charge on your account without at "
           "least 60 days' notice."),
     ("p", "We expect to share details later this year. In the meantime, you can follow this page or contact "
           "support@gablestreet.app with questions."),
     ("p", "Thank you for your patience,<br/>The Gable Street team"),
     ], font="Helvetica", size=10.6, accent="#6d597a", pagenum="")

# ---------------------------------------------------------------- U04 contradiction without precedence
V = "Sandpiper Medical Solutions, Inc."
Vd, Cu, PR = "Sandpiper", "Customer", "Solution"
secs = sections([
    ("Solution", ["Sandpiper will provide its hosted practice management and EHR Solution to Customer as described in "
                  "Exhibit A."]),
    ("Fees", [
        "Customer shall pay the subscription fees in Exhibit A.",
        "The subscription fees include the royalty payable to the American Medical Association for CPT\u00ae content "
        "made available in the Solution."]),
    "payment:0", "support:0", "term:0", "confidentiality:0", "hipaa:0", "liability:0", "law:1",
    ("General", ["Headings are for convenience only. If any provision is held invalid, the remaining provisions "
                 "remain in effect. This Agreement, including its Exhibits, is the entire agreement of the parties. "
                 "If the parties disagree about the meaning of any provision, they shall first attempt to resolve the "
                 "disagreement through good-faith negotiation between executives."]),
], Vd, Cu, PR)
doc("u04", "unclear", V,
    "Agreement that says fees include the AMA CPT royalty (s.2.2) while Exhibit A says Customer must obtain its own CPT licence from the AMA; no order-of-precedence clause resolves the conflict.",
    [("ctitle", "SUBSCRIPTION SERVICES AGREEMENT"),
     ("p", "Entered into on April 22, 2025 between <b>Sandpiper Medical Solutions, Inc.</b> (\"Sandpiper\") and <b>Dune "
           "Harbor Women's Care, PLLC</b> (\"Customer\")."),
     ] + number(secs, "dotted") + [
        ("h", "EXHIBIT A \u2014 SOLUTION DESCRIPTION AND FEES"),
        ("table", [["Component", "Fee"], ["Sandpiper PM + EHR, per provider", "$349.00 / month"],
                   ["Additional staff users", "$20.00 / user / month"], ["Onboarding", "$2,500.00 one-time"]],
         {"widths": [0.6, 0.4], "right": [1], "ruled": "grid"}),
        ("p", "<b>Customer responsibilities.</b> Customer shall supply its payer enrollment details and fee schedules. "
              "Customer must obtain its own license for CPT\u00ae content from the American Medical Association before "
              "go-live and maintain it for the term."),
        ("sig", [["SANDPIPER MEDICAL SOLUTIONS, INC.", ("By", "______________")],
                 ["DUNE HARBOR WOMEN'S CARE, PLLC", ("By", "______________")]]),
    ], font="Times", size=10)

# ---------------------------------------------------------------- U05 condition whose facts are missing
V = "Hawthorne Clinical Software, Inc."
doc("u05", "unclear", V,
    "Order form: a $19 per user per year CPT royalty applies only if the Coding Assist Module is elected; otherwise CPT is under the vendor's licence at no charge; the election is left to a later written confirmation not in the document.",
    [("title", "Hawthorne EHR \u2014 Subscription Order Form"),
     ("kv", [("Vendor", "Hawthorne Clinical Software, Inc., 800 Cherry Street, Chattanooga, TN 37402"),
             ("Customer", "Lookout Mountain Family Physicians, P.C."), ("Order date", "August 11, 2025"),
             ("Initial term", "36 months")]),
     ("table", [["Core subscription", "Qty", "Monthly"],
                ["Hawthorne EHR \u2014 provider", "5", "$289.00 each"],
                ["Hawthorne EHR \u2014 staff user", "12", "$22.00 each"]],
      {"widths": [0.6, 0.1, 0.3], "right": [1, 2], "ruled": "grid"}),
     ("h2", "Optional modules"),
     ("p", "Customer will confirm in writing, before the go-live date, which of the optional modules below it elects. "
           "Elected modules are added to the first invoice after go-live."),
     ("table", [["Module", "Fee"],
                ["Coding Assist Module (code suggestions, CPT descriptor search, E/M calculator)",
                 "$45.00 per provider per month"],
                ["Patient Kiosk", "$89.00 per location per month"],
                ["Advanced Analytics", "$150.00 per month"]],
      {"widths": [0.65, 0.35], "ruled": "grid"}),
     ("h2", "CPT\u00ae content"),
     ("j", "If Customer elects the Coding Assist Module, the AMA CPT royalty of $19.00 per user per year applies to all "
           "users with access to the module, invoiced annually. If Customer does not elect it, CPT codes within the "
           "core EHR are provided under Vendor's distribution license with the American Medical Association at no "
           "additional charge."),
     ("h2", "Signatures"),
     ("p", "Customer signature: ______________________   Date: ____________"),
     ("p", "Hawthorne Clinical Software, Inc.: ______________________   Date: ____________"),
     ], font="Helvetica", size=9.8, accent="#4f5d2f")

# ---------------------------------------------------------------- U06 hedge with vendor option
V = "Copperleaf Systems, LLC"
Vd, Cu, PR = "Copperleaf", "Customer", "Services"
secs = sections([
    ("Services", ["Copperleaf will provide the hosted billing and EHR Services in the Order Form."]),
    ("Fees", ["Customer shall pay the fees in the Order Form, which are fixed for the Initial Term."]),
    ("Third-Party Code Sets", [
        "The Services use code sets owned by third parties, including CPT\u00ae, which is owned by the American Medical "
        "Association.",
        "To the extent required by the AMA, Customer may be required to obtain a license for, or to pay royalties in "
        "respect of, its use of CPT. Copperleaf may, at its option and on notice, either collect any such royalty from "
        "Customer or require Customer to license CPT directly from the AMA."]),
    "payment:1", "term:1", "confidentiality:1", "hipaa:1", "liability:1", "law:0",
], Vd, Cu, PR)
doc("u06", "unclear", V,
    "Agreement hedging 'to the extent required by the AMA, Customer may be required' to license or pay for CPT, with the vendor reserving an option to collect or require a direct licence; not yet exercised.",
    [("ctitle", "COPPERLEAF SERVICES AGREEMENT"),
     ("p", "This Services Agreement is made on February 3, 2025 between <b>Copperleaf Systems, LLC</b> (\"Copperleaf\") "
           "and <b>Red River Behavioral Health, PLLC</b> (\"Customer\")."),
     ] + number(secs, "dotted") + [
        ("sig", [["COPPERLEAF SYSTEMS, LLC", ("By", "______________")],
                 ["RED RIVER BEHAVIORAL HEALTH, PLLC", ("By", "______________")]]),
    ], font="Times", size=10.4)

# ---------------------------------------------------------------- U07 email, no answer
V = "Trillium Care Software, Inc."
doc("u07", "unclear", V,
    "E-mail thread: the practice asks whether the AMA fee is included; the vendor rep 'believes it might be' and is checking with legal; no answer given.",
    [("title", "RE: Is the AMA fee included in our quote?"),
     ("email", [("From", "Greg Albers &lt;galbers@trilliumcare.com&gt;"),
                ("To", "Monica Reyes &lt;mreyes@prairiewindpeds.com&gt;"),
                ("Date", "Mon, 14 Jul 2025 15:55"), ("Subject", "RE: Is the AMA fee included in our quote?")],
      ["Hi Monica,",
       "Honestly I'm not 100% sure. I believe it might be included in the per-provider price, but some of our "
       "customers on older contracts do see a separate line, and I don't want to tell you the wrong thing. I've asked "
       "our legal team to confirm how CPT licensing works for new contracts and will get back to you as soon as I hear.",
       "Greg Albers<br/>Account Executive, Trillium Care Software, Inc."]),
     ("email", [("From", "Monica Reyes &lt;mreyes@prairiewindpeds.com&gt;"),
                ("To", "Greg Albers &lt;galbers@trilliumcare.com&gt;"),
                ("Date", "Mon, 14 Jul 2025 11:08"), ("Subject", "Is the AMA fee included in our quote?")],
      ["Hi Greg,",
       "Thanks for the quote for 4 providers. One question before we take it to the partners: does the $310 per "
       "provider per month include the AMA CPT license, or will there be a separate AMA fee like our current system "
       "charges? And do we need our own license from the AMA?",
       "Monica Reyes<br/>Practice Administrator, Prairie Wind Pediatrics"]),
     ], font="Helvetica", size=10, accent="#333333")

# ---------------------------------------------------------------- U08 exhibit referenced but missing
V = "Kingsford Health Data, Inc."
Vd, Cl, PR = "Kingsford", "Client", "Platform"
secs = sections([
    ("Platform", ["Kingsford will make its population health and billing analytics Platform available to Client."]),
    ("Fees", ["Client shall pay the fees in Exhibit B."]),
    ("Licensed Content", [
        "The Platform displays content licensed from third parties, including CPT\u00ae codes and descriptors of the "
        "American Medical Association.",
        "The arrangements under which CPT content is made available to Client, and any associated fees, are described "
        "in Exhibit D."]),
    "payment:0", "term:0", "confidentiality:1", "hipaa:0", "liability:0", "law:2", "entire:0",
], Vd, Cl, PR)
doc("u08", "unclear", V,
    "Agreement stating that CPT arrangements and any fees are described in Exhibit D, but Exhibit D is marked 'to be attached'; who licenses or pays cannot be determined.",
    [("ctitle", "PLATFORM SUBSCRIPTION AGREEMENT"),
     ("p", "This Agreement is entered into on October 6, 2025 between <b>Kingsford Health Data, Inc.</b> (\"Kingsford\") "
           "and <b>Big Sky Multispecialty Clinic, P.C.</b> (\"Client\")."),
     ] + number(secs, "dotted") + [
        ("h", "EXHIBIT B \u2014 FEES"),
        ("table", [["Item", "Fee"], ["Platform subscription", "$2,400.00 per month"],
                   ["Additional data source", "$350.00 per month each"], ["Implementation", "$9,000.00 one-time"]],
         {"widths": [0.6, 0.4], "right": [1], "ruled": "grid"}),
        ("h", "EXHIBIT C \u2014 SERVICE LEVELS"),
        ("p", "Availability target 99.5% monthly; support response within four business hours."),
        ("h", "EXHIBIT D \u2014 CPT CONTENT"),
        ("p", "[To be attached.]"),
        ("sig", [["KINGSFORD HEALTH DATA, INC.", ("By", "______________")],
                 ["BIG SKY MULTISPECIALTY CLINIC, P.C.", ("By", "______________")]]),
    ], font="Helvetica", size=9.8, accent="#264653")
