"""Customer-must-license (11) and not-addressed (9) documents."""
from common import bp, bps, doc, fee

DOCS = []
A = DOCS.append

# ================================================================ CUSTOMER MUST LICENSE
# ---------------------------------------------------------------- C1 MSA defs, customer-supplied code sets
V, C = "Licensor", "Customer"
A(doc("cm_msa_customer_supplied", "Hollowell Practice Systems, Inc.", "customer_must_license", None,
 "MSA defines 'Customer-Supplied Code Sets'; Section 5 says Licensor provides no CPT content and Customer shall load CPT under its own licence from the AMA or an authorised distributor.",
 [("title", "MASTER SOFTWARE AGREEMENT"),
  ("p", "This Master Software Agreement is made between <b>Hollowell Practice Systems, Inc.</b> (\"Licensor\") and <b>Granite Falls Physical Medicine, PLLC</b> (\"Customer\") as of April 22, 2025."),
  ("h", "1. Definitions"),
  ("cl", "1.1", "\"Code Tables\" means the configurable tables in the Software in which procedure, diagnosis, modifier and fee schedule codes are stored."),
  ("cl", "1.2", "\"Customer-Supplied Code Sets\" means any code set, descriptor file or fee schedule that Customer loads into the Code Tables, including Current Procedural Terminology (\"CPT\")."),
  ("cl", "1.3", "\"Licensor Content\" means the ICD-10-CM, HCPCS Level II and place-of-service tables that Licensor pre-loads from public government files."),
  ("cl", "1.4", "\"Software\" means the Hollowell PM application and related documentation."),
  ("h", "2. Licence"),
  ("p", "Licensor grants Customer a non-exclusive, non-transferable licence to use the Software for Customer's internal purposes during the term."),
  ("h", "3. Implementation"),
  ("p", "Licensor will install and configure the Software and train up to six Customer staff members. Customer will provide its fee schedules and payer lists in the formats Licensor specifies."),
 ] + bps(["support", "data", "security"], 4, V, C) + [
  ("h", "7. Code Content"),
  ("cl", "7.1", "Licensor Content is supplied without charge."),
  ("cl", "7.2", "Licensor does not distribute CPT and the Software is delivered without CPT codes or descriptors. Customer shall load CPT into the Code Tables as a Customer-Supplied Code Set, and shall first obtain, and keep in force throughout the term, its own licence for CPT from the American Medical Association or an AMA-authorised distributor covering every individual who will use CPT in the Software."),
  ("cl", "7.3", "Customer is solely responsible for the fees for that licence and for complying with its terms. Licensor may ask Customer for evidence of the licence and may suspend access to the Code Tables if Customer cannot provide it."),
  ("cl", "7.4", "Customer shall indemnify Licensor against claims by any owner of a Customer-Supplied Code Set arising from Customer's use of it."),
 ] + bps(["payment", "term", "termination", "confid", "baa", "warranty", "liability", "law", "misc"], 8, V, C) + [
  ("sig", ["Hollowell Practice Systems, Inc.", "Granite Falls Physical Medicine, PLLC"]),
 ], font="Helvetica", size="letter", ref="HPS-MSA-0422"))

# ---------------------------------------------------------------- C2 Relative clause "which Licensee shall procure at its own cost"
V, C = "Licensor", "Licensee"
A(doc("cm_relative_clause", "Thornbury Analytics Group LLC", "customer_must_license", None,
 "Coding analytics licence: the CPT code set is required, 'for which a licence, which Licensee shall procure at its own cost directly from the AMA or an authorised distributor, is required'; Licensor supplies none.",
 [("title", "SOFTWARE LICENCE AGREEMENT"),
  ("sub", "Thornbury Analytics Group LLC - CodeLens Charge Integrity"),
  ("p", "This Software Licence Agreement is between Thornbury Analytics Group LLC (\"Licensor\") and Fairhaven Multispecialty Group, Inc. (\"Licensee\"), effective July 7, 2025."),
  ("h", "1. Product"),
  ("p", "CodeLens Charge Integrity analyses Licensee's charge and claim data to find missed charges, undercoding and likely denials, and produces worklists for Licensee's coders."),
  ("h", "2. Licence Grant"),
  ("p", "Licensor grants Licensee a non-exclusive, non-transferable, term licence to use CodeLens for Licensee's internal operations at the sites listed in the Order."),
  ("h", "3. Data and Code Sets"),
  ("cl", "3.1", "CodeLens reads procedure codes from Licensee's claim files and compares them with reference tables. The reference tables for procedure codes are built from the CPT code set published by the American Medical Association, for which a licence, which Licensee shall procure at its own cost directly from the AMA or from an AMA-authorised distributor, is required before CodeLens is configured."),
  ("cl", "3.2", "Licensor is not an AMA distributor and supplies no CPT content. Licensee shall upload its licensed CPT data file through the CodeLens administration page each year."),
  ("cl", "3.3", "Payer policies and national correct coding edits used by CodeLens are drawn from public sources and are included in the licence fee."),
  ("h", "4. Fees"),
  ("p", "Licensee shall pay the annual licence fee of $38,000.00 and the one-time configuration fee of $7,500.00 stated in the Order. Fees are invoiced annually in advance."),
 ] + bps(["term", "termination", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 5, V, C) + [
  ("sig", ["Thornbury Analytics Group LLC", "Fairhaven Multispecialty Group, Inc."]),
 ], font="Times", size="A4", ref="CodeLens SLA"))

# ---------------------------------------------------------------- C3 Billing service: Provider (practice) maintains own licence
V, C = "Billing Agent", "Provider"
A(doc("cm_billing_provider_own", "Pinecrest Medical Billing Co.", "customer_must_license", None,
 "Billing-service agreement (Provider = practice): the billing agent's licence covers only its own staff; Provider shall maintain its own CPT internal-use licence covering Provider personnel who access the portal.",
 [("title", "BILLING SERVICES AGREEMENT"),
  ("p", "This Billing Services Agreement is entered into on March 1, 2025 between <b>Pinecrest Medical Billing Co.</b> (\"Billing Agent\") and <b>Alder Creek Chiropractic and Rehabilitation, P.C.</b> (\"Provider\")."),
  ("h", "1. Appointment"),
  ("p", "Provider appoints Billing Agent to prepare and submit claims for Provider's professional services, post payments and follow up on unpaid claims, in each case in Provider's name and under Provider's payer enrolments."),
  ("h", "2. Coding"),
  ("cl", "2.1", "Provider's clinicians select the diagnosis and procedure codes for each encounter. Billing Agent may query codes that appear inconsistent with documentation but will not change a code without Provider's approval."),
  ("cl", "2.2", "Billing Agent holds a licence for Current Procedural Terminology (CPT) from the American Medical Association that covers Billing Agent's own employees only."),
  ("cl", "2.3", "Provider's personnel may view coded claims and reports in Billing Agent's online portal. Because the licence described in Section 2.2 does not extend to them, Provider shall obtain and maintain its own CPT internal-use licence from the AMA (or through an AMA-authorised distributor) covering every Provider employee or contractor who accesses the portal, and shall pay any fees for that licence."),
  ("h", "3. Compensation"),
  ("p", "Provider shall pay Billing Agent seven percent (7%) of amounts collected on claims submitted by Billing Agent, with a monthly minimum of $500.00, plus $1.10 per patient statement mailed."),
 ] + bps(["term", "termination", "confid", "baa", "compliance", "records", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Pinecrest Medical Billing Co.", "Alder Creek Chiropractic and Rehabilitation, P.C."]),
 ], font="Helvetica", size="A4", ref="PMB-BSA"))

# ---------------------------------------------------------------- C4 Clearinghouse: does not distribute CPT
V, C = "Clearinghouse", "Submitter"
A(doc("cm_clearinghouse_submitter", "Ridgeway Claims Network LLC", "customer_must_license", None,
 "Clearinghouse terms: the clearinghouse does not distribute CPT; Submitter is responsible for obtaining any licence required for its use of CPT in the claims it creates and in the web claim-entry screens.",
 [("title", "CLEARINGHOUSE SERVICES TERMS"),
  ("sub", "Ridgeway Claims Network LLC"),
  ("p", "These terms apply to claim, eligibility and remittance services provided by Ridgeway Claims Network LLC (\"Clearinghouse\") to a health care provider or billing service that enrols (\"Submitter\")."),
  ("h", "1. Services"),
  ("p", "Clearinghouse accepts claims in standard electronic formats or through its web claim-entry screens, applies format and payer edits, forwards claims to payers, and returns reports and remittances."),
  ("h", "2. Fees"),
  ("tbl", [["Service", "Fee"],
           ["Unlimited professional claims", "$89.00 per month per billing NPI"],
           ["Eligibility (270/271)", "$0.12 per transaction"],
           ["Remittance (835)", "included"],
           ["Paper claims", "$0.79 per claim"]], [0.55, 0.45]),
  ("h", "3. Code Sets"),
  ("cl", "3.1", "Clearinghouse transmits the codes that Submitter places on its claims. Clearinghouse does not distribute CPT, and the web claim-entry screens accept codes typed by Submitter's users without supplying CPT descriptors."),
  ("cl", "3.2", "Submitter is responsible for obtaining any licence required from the American Medical Association, or from an AMA-authorised distributor, for its use of CPT in the claims it creates, including claims keyed into the web claim-entry screens."),
  ("cl", "3.3", "Submitter warrants that it holds all such licences and will indemnify Clearinghouse for any claim arising from Submitter's use of code sets."),
 ] + bps(["term", "termination", "baa", "security", "confid", "liability", "law", "misc"], 4, V, C) + [
 ], font="Courier", size="letter", ref="RCN Terms 2025"))

# ---------------------------------------------------------------- C5 Customer must license, with AMA prices quoted (trap)
V, C = "Vendor", "Customer"
A(doc("cm_direct_prices_quoted", "Quarrystone Software, Inc.", "customer_must_license", None,
 "Subscription terms require Customer to hold its own AMA internal-use licence (entity fee plus 18.50 per user quoted as the AMA's price); Vendor charges nothing for CPT and supplies none, so no CPT fee to the vendor.",
 [("title", "SUBSCRIPTION AGREEMENT"),
  ("sub", "Quarrystone Software, Inc. - StoneChart EHR"),
  ("p", "Quarrystone Software, Inc. (\"Vendor\") and Brandywine Rheumatology Associates, LLC (\"Customer\") agree to the following terms effective February 10, 2025."),
  ("h", "1. Subscription"),
  ("p", "Vendor will provide StoneChart EHR as a hosted service for Customer's internal use. The subscription fee is $265.00 per provider per month."),
  ("h", "2. CPT"),
  ("cl", "2.1", "StoneChart EHR can store and display Current Procedural Terminology (CPT) codes, but Vendor is not an AMA-authorised distributor and does not include CPT content in StoneChart EHR."),
  ("cl", "2.2", "Customer must obtain an internal-use licence for CPT directly from the American Medical Association before importing CPT into StoneChart EHR, and must keep that licence current for all of its users. For Customer's planning only, the AMA's published price for such a licence for 2025 is an entity fee (stated by the AMA for 2024 as $82.50) plus $18.50 per user per year. Customer pays the AMA directly; Vendor does not collect or invoice any CPT fee."),
  ("cl", "2.3", "Vendor will provide an import utility that loads the AMA's standard data file into StoneChart EHR."),
 ] + bps(["payment", "term", "termination", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 3, V, C) + [
  ("sig", ["Quarrystone Software, Inc.", "Brandywine Rheumatology Associates, LLC"]),
 ], font="Times", size="letter", ref="QS-SA-2025"))

# ---------------------------------------------------------------- C6 Practice's own AMA licence, represented and required
V, C = "Vendor", "Client"
A(doc("cm_practice_holds_own", "Eastgate Medical Software Ltd.", "customer_must_license", None,
 "Licence terms where Client represents it holds a current AMA internal-use licence for all users and must keep it in force; the vendor's code tables are used only under Client's own licence.",
 [("title", "SOFTWARE SUBSCRIPTION TERMS"),
  ("sub", "Eastgate Medical Software Ltd. - Eastgate Practice Manager"),
  ("p", "These terms apply between <b>Eastgate Medical Software Ltd.</b> (\"Vendor\") and <b>Three Rivers Anesthesia Group, Inc.</b> (\"Client\") from October 1, 2024."),
  ("h", "1. Subscription"),
  ("p", "Vendor grants Client access to Eastgate Practice Manager for Client's anesthesia billing operations, with the number of user logins stated in the order."),
  ("h", "2. Procedure Codes"),
  ("cl", "2.1", "Client represents that it holds a current internal-use licence for Current Procedural Terminology (CPT) from the American Medical Association that covers every user of Eastgate Practice Manager, and Client shall keep that licence in force, at Client's cost, throughout the term."),
  ("cl", "2.2", "Eastgate Practice Manager includes code tables into which CPT codes and anesthesia crosswalks are loaded. Those tables are made available to Client only for use under Client's own CPT licence; Vendor grants no licence to CPT and charges no fee for it."),
  ("cl", "2.3", "Client shall notify Vendor promptly if its CPT licence lapses, in which case Vendor may disable the code tables until the licence is renewed."),
  ("h", "3. Anesthesia Base Units"),
  ("p", "Base unit values for anesthesia services are loaded from public federal sources and are not part of CPT."),
 ] + bps(["payment", "term", "termination", "support", "confid", "baa", "liability", "law", "misc"], 4, V, C) + [
 ], font="Helvetica", size="A4", ref="EMS Terms 10/2024"))

# ---------------------------------------------------------------- C7 Two-column: CPT not included, import own file
A(doc("cm_twocol_import_own", "Morningside Apps LLC", "customer_must_license", None,
 "Two-column online terms ('we'/'you'): CPT codes are not included; if you want them you must import a file you license yourself from the AMA.",
 [("title", "Morningside Apps LLC"),
  ("sub", "TherapyLedger Terms of Use - updated January 2025"),
  ("p", "These Terms of Use are an agreement between Morningside Apps LLC (\"we\", \"us\") and the practice or solo clinician who uses TherapyLedger (\"you\")."),
  ("h", "1. The service"),
  ("p", "TherapyLedger is a lightweight notes, scheduling and superbill tool for counsellors, therapists and coaches. It is not a clearinghouse and does not submit claims."),
  ("h", "2. Pricing"),
  ("p", "TherapyLedger costs $24 per clinician per month, billed monthly. There is a free tier for one clinician with up to 10 active clients."),
  ("h", "3. Service codes on superbills"),
  ("p", "3.1 Superbills list the service codes and fees that you set up in your service catalogue."),
  ("p", "3.2 CPT codes are not included in TherapyLedger. CPT is owned by the American Medical Association, and we do not have a licence to distribute it. If you want to use CPT codes and descriptors on your superbills, you must obtain your own licence from the AMA (or from a distributor authorised by the AMA) and import your licensed file or type the codes into your catalogue under that licence."),
  ("p", "3.3 You are responsible for the accuracy of the codes in your catalogue."),
  ("h", "4. Your information"),
  ("p", "Your client records are yours. We act as your business associate under the agreement you accept during sign-up. You can export everything at any time."),
  ("h", "5. Acceptable use"),
  ("p", "No unlawful content, no spam, no attempts to break security, no reselling."),
  ("h", "6. Ending"),
  ("p", "Cancel any time; your access continues to the end of the month you have paid for. We may end these terms on thirty days' notice."),
  ("h", "7. Disclaimers"),
  ("p", "TherapyLedger is provided as is. We are not liable for indirect losses, and our liability is limited to the fees you paid in the last six months."),
  ("h", "8. Law"),
  ("p", "These terms are governed by the laws of Oregon. Morningside Apps LLC, 1200 NW Naito Parkway, Portland, OR 97209."),
 ], font="Times", size="letter", cols=2, ref="TherapyLedger ToU"))

# ---------------------------------------------------------------- C8 Conditional coding module elected -> customer must license
V, C = "Company", "Customer"
A(doc("cm_conditional_coding_module", "Silverlake Documentation Systems, Inc.", "customer_must_license", None,
 "If Customer elects the coding module, Customer must first obtain its own CPT licence and load its CPT file; the order form shows the coding module elected; Company supplies no CPT.",
 [("title", "SERVICES AGREEMENT"),
  ("p", "This Services Agreement is between <b>Silverlake Documentation Systems, Inc.</b> (\"Company\") and <b>Crescent Bay Surgical Associates, Inc.</b> (\"Customer\"), dated August 12, 2025."),
  ("h", "1. Services"),
  ("p", "Company provides cloud dictation, transcription and operative-note templates (the \"Core Services\") and an optional coding module that lets surgeons attach procedure codes to operative notes (the \"Coding Module\")."),
  ("h", "2. Coding Module"),
  ("cl", "2.1", "The Coding Module is delivered without any procedure code content."),
  ("cl", "2.2", "If Customer elects the Coding Module, Customer shall, before activation, obtain its own licence for Current Procedural Terminology (CPT) from the American Medical Association or an AMA-authorised distributor, and shall upload its licensed CPT file to the Coding Module. Company does not supply or sublicense CPT and does not charge for it."),
  ("cl", "2.3", "If Customer does not elect the Coding Module, Section 2.2 does not apply."),
  ("h", "3. Fees"),
  ("p", "Fees are set out in the Order Schedule below and are invoiced monthly."),
 ] + bps(["term", "termination", "baa", "confid", "security", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("h", "ORDER SCHEDULE"),
  ("pre",
   "Elected  Item                                   Fee\n"
   "  [X]    Core Services - 8 surgeons            $210.00 per surgeon per month\n"
   "  [X]    Coding Module                          $35.00 per surgeon per month\n"
   "  [ ]    Same-day transcription turnaround      $0.21 per line\n"
   "  [X]    Template build (operative notes)       $1,800.00 one-time\n"),
  ("sig", ["Silverlake Documentation Systems, Inc.", "Crescent Bay Surgical Associates, Inc."]),
 ], font="Helvetica", size="letter", ref="SDS-SA-0812"))

# ---------------------------------------------------------------- C9 Telehealth: clinicians must be licensed
V, C = "Company", "Practice"
A(doc("cm_telehealth_clinicians", "Harrowgate Connect, Inc.", "customer_must_license", None,
 "Telehealth terms: codes on visit summaries are entered by the Practice; the platform owner provides no CPT licence, and the Practice must hold the AMA licence required for its users who enter CPT codes.",
 [("title", "TELEHEALTH SERVICES AGREEMENT"),
  ("p", "<b>Harrowgate Connect, Inc.</b> (\"Company\") and <b>Sagebrush Pediatric Clinic, P.C.</b> (\"Practice\") agree to these terms as of November 3, 2025."),
  ("h", "1. Platform"),
  ("p", "Company provides a video visit platform with scheduling, waiting room, screen sharing, e-consent and a visit summary form. Practice's clinicians complete the visit summary, which Practice exports to its own billing system."),
  ("h", "2. Codes on Visit Summaries"),
  ("cl", "2.1", "The visit summary form has free-text fields in which clinicians may enter diagnosis and procedure codes. The platform does not contain any CPT code list or descriptors."),
  ("cl", "2.2", "Company provides no licence to Current Procedural Terminology (CPT). Practice shall obtain, at its own expense, the licence from the American Medical Association required for its clinicians and staff who enter or use CPT codes in the platform, whether directly from the AMA or through another authorised distributor."),
  ("h", "3. Fees"),
  ("p", "Practice pays $79.00 per clinician per month and $0.35 per completed video visit. Fees are invoiced monthly."),
 ] + bps(["term", "termination", "baa", "security", "confid", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Harrowgate Connect, Inc.", "Sagebrush Pediatric Clinic, P.C."]),
 ], font="Times", size="A4", ref="HC-TSA-1103"))

# ---------------------------------------------------------------- C10 Lab interface, codes originate in client system
V, C = "Laboratory", "Client"
A(doc("cm_lab_client_system", "Bayfront Clinical Laboratories, Inc.", "customer_must_license", None,
 "Lab interface agreement: the interface carries no CPT content; CPT codes in orders come from Client's EHR, and Client must license them from the AMA or its EHR vendor at its own cost.",
 [("title", "RESULTS AND ORDERS INTERFACE AGREEMENT"),
  ("p", "This Agreement is made as of June 23, 2025 between <b>Bayfront Clinical Laboratories, Inc.</b> (\"Laboratory\") and <b>Harbor Point Medical Group</b> (\"Client\")."),
  ("h", "1. Interface"),
  ("p", "Laboratory will establish an HL7 version 2.5.1 interface to receive test orders from Client's electronic health record and to return results. Laboratory will map its orderable test codes and LOINC result codes to Client's order catalogue."),
  ("h", "2. Code Sets"),
  ("cl", "2.1", "The interface does not contain CPT content. Any CPT codes that appear in Client's orders or order catalogue originate in Client's system."),
  ("cl", "2.2", "Client is responsible for holding, at its own cost, the licence required for CPT content in Client's systems, whether obtained from the American Medical Association or through Client's EHR vendor. Laboratory grants no licence to CPT."),
  ("cl", "2.3", "LOINC codes are used under their free public licence."),
  ("h", "3. Costs"),
  ("p", "Each party bears its own interface costs. Laboratory will not charge Client for interface maintenance while Client sends Laboratory an average of at least 150 requisitions per month."),
 ] + bps(["term", "termination", "baa", "confid", "compliance", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Bayfront Clinical Laboratories, Inc.", "Harbor Point Medical Group"]),
 ], font="Courier", size="letter", ref="BCL-ROIA"))

# ---------------------------------------------------------------- C11 Amendment: vendor stops sublicensing
V, C = "Vendor", "Customer"
A(doc("cm_amendment_stops_sublicense", "Westerly Health Software Corp.", "customer_must_license", None,
 "Amendment dated May 2025: from July 1, 2025 Vendor no longer sublicenses CPT (replacing the earlier 'included' clause) and Customer must obtain its own CPT licence; the amended position governs.",
 [("title", "AMENDMENT TO CUSTOMER AGREEMENT"),
  ("p", "This Amendment is dated May 14, 2025 and is made between <b>Westerly Health Software Corp.</b> (\"Vendor\") and <b>Narragansett Family Health, Inc.</b> (\"Customer\"). It amends the Customer Agreement between them dated September 1, 2021 (the \"Agreement\")."),
  ("h", "1. Background"),
  ("p", "Section 8.2 of the Agreement currently provides that Vendor sublicenses CPT to Customer and that the applicable royalty is included in the subscription fee. Vendor's distribution agreement with the American Medical Association will not be renewed after June 30, 2025."),
  ("h", "2. Amendments"),
  ("cl", "2.1", "With effect from July 1, 2025 (the \"Change Date\"), Section 8.2 of the Agreement is deleted and replaced by: \"8.2 CPT. Vendor does not sublicense CPT. Customer shall obtain and maintain its own licence for CPT from the American Medical Association, or from another AMA-authorised distributor, covering all of Customer's users of the Software, and shall bear the cost of that licence.\""),
  ("cl", "2.2", "Vendor will keep the CPT tables in the Software active for Customer from the Change Date only if Customer provides Vendor with written confirmation of its licence."),
  ("cl", "2.3", "The subscription fee is unchanged at $298.00 per provider per month."),
  ("h", "3. General"),
  ("p", "This Amendment controls over any inconsistent term of the Agreement. All other terms remain in effect."),
  ("sig", ["Westerly Health Software Corp.", "Narragansett Family Health, Inc."]),
 ], font="Helvetica", size="letter", ref="WHS Amendment 05/2025"))

# ================================================================ NOT ADDRESSED
# ---------------------------------------------------------------- N1 CPT as billing feature only
V, C = "Company", "Customer"
A(doc("na_feature_only", "Greystone Clinic Cloud, Inc.", "not_addressed", None,
 "MSA where CPT appears only as a feature (charge capture with CPT and ICD-10 code entry, claim scrubbing); per-user subscription prices and other fees, but nothing on CPT licensing or who pays for it.",
 [("title", "MASTER SERVICES AGREEMENT"),
  ("p", "This Master Services Agreement is entered into by <b>Greystone Clinic Cloud, Inc.</b> (\"Company\") and <b>Elmhurst Primary Care Associates, LLC</b> (\"Customer\") on January 8, 2025."),
  ("h", "1. Services"),
  ("cl", "1.1", "Company provides its cloud practice management service (the \"Service\"), which includes patient registration, scheduling, eligibility checking, charge capture with CPT and ICD-10 code entry, claim scrubbing, electronic claim submission, payment posting and financial reporting."),
  ("cl", "1.2", "Customer may configure fee schedules, payer rules and claim edits in the Service."),
  ("h", "2. Fees"),
  ("tbl", [["Item", "Price"],
           ["Service subscription", "$95.00 per user per month"],
           ["Claim submission", "$0.30 per claim"],
           ["Eligibility checks", "included"],
           ["Onboarding", "$1,500.00 one-time"]], [0.55, 0.45]),
  ("p", "Subscription fees may increase by up to 5% on each anniversary."),
 ] + bps(["payment", "term", "termination", "support", "data", "security", "confid", "baa", "oss", "warranty", "liability", "indemnity", "law", "misc"], 3, V, C) + [
  ("sig", ["Greystone Clinic Cloud, Inc.", "Elmhurst Primary Care Associates, LLC"]),
 ], font="Helvetica", size="letter", ref="GCC-MSA-0108"))

# ---------------------------------------------------------------- N2 AMA copyright notice and nothing else
V, C = "Licensor", "Licensee"
A(doc("na_copyright_notice_only", "Bellhaven Software Solutions, Inc.", "not_addressed", None,
 "EHR licence whose only CPT content is a closing notice ('CPT only copyright 2024 American Medical Association. All rights reserved.' and a trademark line); no grant, fee or obligation about CPT.",
 [("title", "END USER SOFTWARE LICENSE"),
  ("sub", "Bellhaven Software Solutions, Inc. - Bellhaven Chart 12"),
  ("p", "This End User Software License is between Bellhaven Software Solutions, Inc. (\"Licensor\") and the practice that accepts it (\"Licensee\")."),
  ("h", "1. License"),
  ("p", "Licensor grants Licensee a non-exclusive licence to use Bellhaven Chart 12 on the number of workstations stated in the purchase order, for Licensee's internal use."),
  ("h", "2. Fees"),
  ("p", "Licensee shall pay the licence fee and annual support fee stated in the purchase order. Support fees are due each anniversary."),
 ] + bps(["warranty", "liability", "confid", "termination", "acceptable", "feedback", "export", "law", "misc"], 3, V, C) + [
  ("sp", 10),
  ("small", "Notices. Bellhaven and Bellhaven Chart are trademarks of Bellhaven Software Solutions, Inc. CPT only copyright 2024 American Medical Association. All rights reserved. CPT is a registered trademark of the American Medical Association. Other product names are the property of their respective owners."),
 ], font="Times", size="letter", ref="BSS-EUSL-12"))

# ---------------------------------------------------------------- N3 Two-column: CPT = cost per transaction
A(doc("na_twocol_cpt_acronym", "Lakemont Payment Exchange LLC", "not_addressed", None,
 "Two-column patient-payments agreement where 'CPT' is defined as 'Cost Per Transaction' (0.32 per card payment); there is no medical code licensing in the document.",
 [("title", "MERCHANT SERVICES AGREEMENT"),
  ("sub", "Lakemont Payment Exchange LLC - Patient Payments Program"),
  ("p", "This agreement is between Lakemont Payment Exchange LLC (\"Lakemont\") and the medical practice identified in the application (\"Merchant\")."),
  ("h", "1. Definitions"),
  ("p", "\"CPT\" means Cost Per Transaction, the fixed amount charged by Lakemont for each card or ACH payment processed, in addition to the percentage discount rate. \"Discount Rate\" means the percentage of each card payment retained by Lakemont. \"Portal\" means the patient payment portal hosted by Lakemont."),
  ("h", "2. Services"),
  ("p", "Lakemont will process patient card and ACH payments taken at the front desk, through the Portal, by text-to-pay and by recurring payment plans, and will deposit net proceeds to Merchant's bank account within two business days."),
  ("h", "3. Pricing"),
  ("p", "3.1 Discount Rate: 2.65% for card-present and 2.95% for card-not-present payments."),
  ("p", "3.2 CPT: $0.32 for each card payment and $0.25 for each ACH payment."),
  ("p", "3.3 Monthly Portal fee: $25.00 per location."),
  ("p", "3.4 Chargeback fee: $15.00 per chargeback."),
  ("p", "3.5 Lakemont may change the CPT or the Discount Rate on thirty days' notice if card network fees change."),
  ("h", "4. Merchant obligations"),
  ("p", "Merchant will follow card network rules, keep receipts for eighteen months, not split transactions to avoid limits, and not surcharge patients except as network rules and state law allow."),
  ("h", "5. Reserve"),
  ("p", "Lakemont may hold a reserve if chargebacks exceed 1% of transactions in any month."),
  ("h", "6. Data security"),
  ("p", "Lakemont maintains PCI DSS compliance for the Portal. Merchant is responsible for the security of its own terminals and networks."),
  ("h", "7. Term"),
  ("p", "Three years, renewing annually. Early termination fee: $195.00, waived if Lakemont raises the Discount Rate."),
  ("h", "8. Liability"),
  ("p", "Lakemont's liability is limited to the fees Merchant paid in the prior three months."),
  ("h", "9. Law"),
  ("p", "Illinois law governs. Lakemont Payment Exchange LLC, 222 West Adams Street, Chicago, IL 60606."),
 ], font="Helvetica", size="A4", cols=2, ref="LPE-MSA Patient Payments"))

# ---------------------------------------------------------------- N4 Dental: CDT/ADA pass-through
V, C = "Vendor", "Practice"
A(doc("na_dental_cdt_fee", "Tidemark Dental Software, Inc.", "not_addressed", None,
 "Dental practice software order with a separate ADA CDT code licence fee of 38.00 per dentist per year; CDT is not CPT and CPT is never mentioned, so CPT licensing is not addressed.",
 [("title", "DENTAL PRACTICE SOFTWARE AGREEMENT"),
  ("p", "This Agreement is between <b>Tidemark Dental Software, Inc.</b> (\"Vendor\") and <b>Seabright Family Dentistry, PLLC</b> (\"Practice\"), effective March 2, 2025."),
  ("h", "1. Software"),
  ("p", "Vendor provides Tidemark Cloud, a dental practice management system with charting, imaging integration, treatment planning, insurance claims and patient communications."),
  ("h", "2. Dental Procedure Codes"),
  ("cl", "2.1", "Tidemark Cloud includes the Code on Dental Procedures and Nomenclature (the CDT Code), which is owned by the American Dental Association (ADA). Vendor distributes the CDT Code under a commercial licence from the ADA."),
  ("cl", "2.2", "Practice shall pay the ADA CDT code licence fee of $38.00 per dentist per year, which Vendor collects and remits under its ADA licence. Hygienists and office staff are not counted."),
  ("cl", "2.3", "Practice shall not copy the CDT Code out of Tidemark Cloud."),
  ("h", "3. Fees"),
  ("tbl", [["Item", "Price"],
           ["Tidemark Cloud", "$349.00 per location per month"],
           ["Imaging bridge", "$49.00 per location per month"],
           ["ADA CDT code licence fee", "$38.00 per dentist per year"],
           ["Data conversion", "$1,200.00 one-time"]], [0.55, 0.45]),
 ] + bps(["payment", "term", "termination", "data", "confid", "baa", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Tidemark Dental Software, Inc.", "Seabright Family Dentistry, PLLC"]),
 ], font="Times", size="letter", ref="TDS-DPSA-2025"))

# ---------------------------------------------------------------- N5 ICD-10 / HCPCS II update fee only
V, C = "Supplier", "Customer"
A(doc("na_icd_hcpcs_fee", "Orchard Valley Coding Tools, Inc.", "not_addressed", None,
 "Code-update subscription charging an annual ICD-10-CM and HCPCS Level II update fee of 150.00; CPT is never mentioned, so nothing about CPT licensing (the ICD/HCPCS fee is a trap).",
 [("title", "CODE UPDATE SUBSCRIPTION AGREEMENT"),
  ("sub", "Orchard Valley Coding Tools, Inc."),
  ("p", "This Agreement is between <b>Orchard Valley Coding Tools, Inc.</b> (\"Supplier\") and <b>Brookside Community Health Center</b> (\"Customer\"), dated September 9, 2024."),
  ("h", "1. Subscription"),
  ("p", "Supplier will deliver formatted update files for the ICD-10-CM diagnosis code set and the HCPCS Level II code set, ready to load into Customer's practice management system, together with change summaries and crosswalks of deleted codes."),
  ("h", "2. Fee"),
  ("cl", "2.1", "Customer shall pay an annual ICD-10-CM and HCPCS Level II update fee of $150.00, invoiced each September."),
  ("cl", "2.2", "Customer acknowledges that the underlying ICD-10-CM and HCPCS Level II files are published by the federal government and that the fee is for Supplier's formatting, validation and delivery services."),
  ("h", "3. Delivery"),
  ("p", "ICD-10-CM files are delivered by September 15 for the October 1 effective date. HCPCS Level II files are delivered quarterly within ten business days after publication by the Centers for Medicare and Medicaid Services."),
 ] + bps(["term", "termination", "warranty", "liability", "confid", "law", "misc"], 4, V, C) + [
  ("sig", ["Orchard Valley Coding Tools, Inc.", "Brookside Community Health Center"]),
 ], font="Courier", size="A4", ref="OVCT-CUSA"))

# ---------------------------------------------------------------- N6 Telehealth, no CPT at all; generic third-party content (maps)
V, C = "Company", "Customer"
A(doc("na_telehealth_no_cpt", "Meadowlark Video Health, Inc.", "not_addressed", None,
 "Telehealth agreement with per-visit and subscription fees and a 'Third-Party Content' clause limited to mapping and pharmacy-directory data; no procedure codes or CPT at all.",
 [("title", "VIRTUAL VISIT SERVICES AGREEMENT"),
  ("p", "This Agreement is between <b>Meadowlark Video Health, Inc.</b> (\"Company\") and <b>Riverbend Behavioral Health Group</b> (\"Customer\"), effective April 14, 2025."),
  ("h", "1. Services"),
  ("p", "Company provides secure video visits, a virtual waiting room, appointment reminders, intake questionnaires and a pharmacy locator that patients can use after a visit."),
  ("h", "2. Third-Party Content"),
  ("cl", "2.1", "\"Third-Party Content\" means map tiles, geocoding results and the retail pharmacy directory that Company obtains from third-party providers and displays in the pharmacy locator."),
  ("cl", "2.2", "Third-Party Content is provided as is. Company pays all charges of its providers for Third-Party Content, and Customer may not copy it out of the Service."),
  ("h", "3. Fees"),
  ("tbl", [["Item", "Fee"],
           ["Platform subscription", "$65.00 per clinician per month"],
           ["Completed video visit", "$0.40 per visit"],
           ["Reminder texts above 500 per month", "$0.02 per message"],
           ["Onboarding", "$300.00 one-time"]], [0.55, 0.45]),
 ] + bps(["payment", "term", "termination", "baa", "security", "confid", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Meadowlark Video Health, Inc.", "Riverbend Behavioral Health Group"]),
 ], font="Helvetica", size="A4", ref="MVH-VVSA"))

# ---------------------------------------------------------------- N7 AMA membership dues (not CPT licence)
V, C = "Manager", "Group"
A(doc("na_ama_membership_dues", "Cornerstone Physician Management, LLC", "not_addressed", None,
 "Management services agreement where the Manager pays physicians' AMA, state and specialty society membership dues as practice expenses; AMA membership is not a CPT licence and no CPT licensing is dealt with.",
 [("title", "MANAGEMENT SERVICES AGREEMENT"),
  ("p", "This Management Services Agreement is made on July 1, 2025 between <b>Cornerstone Physician Management, LLC</b> (\"Manager\") and <b>Hartwell Cardiology Group, P.C.</b> (\"Group\")."),
  ("h", "1. Appointment"),
  ("p", "Group appoints Manager to provide the non-clinical management services described in this Agreement. Group retains sole authority over all clinical matters and the professional judgement of its physicians."),
  ("h", "2. Management Services"),
  ("cl", "2.1", "Manager will provide office space, equipment, non-physician personnel, billing and collection services, payer contracting support, accounting, human resources and information technology."),
  ("cl", "2.2", "Manager will select and contract for the practice management and electronic health record systems used by Group, after consulting Group's medical director."),
  ("h", "3. Practice Expenses"),
  ("cl", "3.1", "Manager shall pay, as practice expenses, rent, utilities, malpractice insurance premiums, staff salaries and benefits, and software subscription fees."),
  ("cl", "3.2", "Manager shall also pay, as practice expenses, each Group physician's annual membership dues to the American Medical Association, the state medical society and one specialty society."),
  ("h", "4. Management Fee"),
  ("p", "Group shall pay Manager a monthly management fee equal to the practice expenses incurred in that month plus eight percent (8%) of Group's net collections for that month. The parties intend the fee to be consistent with fair market value for the services provided."),
 ] + bps(["term", "termination", "confid", "baa", "compliance", "records", "insurance", "law", "misc"], 5, V, C) + [
  ("sig", ["Cornerstone Physician Management, LLC", "Hartwell Cardiology Group, P.C."]),
 ], font="Times", size="letter", ref="CPM-MSA-HCG"))

# ---------------------------------------------------------------- N8 White-label branding agreement, CPT as feature
V, C = "Platform Company", "Partner"
A(doc("na_whitelabel_branding", "Sunfield Health Platforms, Inc.", "not_addressed", None,
 "White-label agreement with a practice-owned MSO covering branding, revenue share and support; CPT appears only in the feature list ('CPT and ICD-10 code search') and licensing is not dealt with.",
 [("title", "WHITE-LABEL PLATFORM AGREEMENT"),
  ("p", "This White-Label Platform Agreement is made on October 20, 2025 between <b>Sunfield Health Platforms, Inc.</b> (\"Platform Company\") and <b>Heartland Independent Physicians MSO, LLC</b> (\"Partner\"), which provides shared services to its member practices."),
  ("h", "1. Platform"),
  ("p", "Platform Company will make its ambulatory EHR and billing platform available to Partner under Partner's brand for use by Partner's member practices. Platform features include e-prescribing, lab integration, CPT and ICD-10 code search, claim creation, patient portal and dashboards."),
  ("h", "2. Branding"),
  ("cl", "2.1", "Partner supplies its logo, colour palette and domain name. Platform Company will apply them to the login page, patient portal, statements and e-mails."),
  ("cl", "2.2", "Each party keeps ownership of its trademarks and grants the other a limited licence to use them only as needed for this Agreement."),
  ("h", "3. Pricing and Revenue Share"),
  ("cl", "3.1", "Partner pays Platform Company $215.00 per provider per month for each provider at a member practice."),
  ("cl", "3.2", "Partner sets the price that it charges member practices. Platform Company will pay Partner a marketing allowance of 3% of the fees paid under Section 3.1 each quarter."),
  ("h", "4. Support"),
  ("p", "Partner provides first-line support to member practices. Platform Company provides second-line support to Partner's help desk."),
 ] + bps(["term", "termination", "data", "confid", "baa", "warranty", "liability", "nonsolicit", "law", "misc"], 5, V, C) + [
  ("sig", ["Sunfield Health Platforms, Inc.", "Heartland Independent Physicians MSO, LLC"]),
 ], font="Helvetica", size="letter", ref="SHP-WLPA"))

# ---------------------------------------------------------------- N9 Lab interface, LOINC, CPT only in compendium description
V, C = "Laboratory", "Practice"
A(doc("na_lab_loinc_only", "Clearbrook Pathology Associates, P.C.", "not_addressed", None,
 "Lab services/interface agreement covering HL7 results, LOINC mapping and specimen pickup; CPT codes are mentioned only as billing information on requisitions, with nothing on licensing.",
 [("title", "LABORATORY SERVICES AND INTERFACE AGREEMENT"),
  ("p", "This Agreement is entered into on May 19, 2025 by <b>Clearbrook Pathology Associates, P.C.</b> (\"Laboratory\") and <b>Fox Hollow Dermatology, LLC</b> (\"Practice\")."),
  ("h", "1. Services"),
  ("cl", "1.1", "Laboratory will perform anatomic pathology and dermatopathology services on specimens submitted by Practice and will report results electronically and by fax."),
  ("cl", "1.2", "Laboratory will arrange daily courier pickup of specimens from Practice's two locations at no charge."),
  ("h", "2. Interface"),
  ("cl", "2.1", "Laboratory will provide a unidirectional HL7 results interface to Practice's electronic health record. Result codes are mapped to LOINC."),
  ("cl", "2.2", "Practice will complete Laboratory's requisition for each specimen, including patient demographics, insurance information and, where Practice bills globally, the CPT codes Practice intends to report."),
  ("h", "3. Billing"),
  ("p", "Laboratory bills payers and patients directly for its services, except that Practice is billed for specimens it designates as client-billed, at the rates in Laboratory's client fee schedule delivered with this Agreement."),
 ] + bps(["term", "termination", "baa", "confid", "compliance", "insurance", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Clearbrook Pathology Associates, P.C.", "Fox Hollow Dermatology, LLC"]),
 ], font="Times", size="A4", ref="CPA-LSIA"))


from common import baa, sla

def _extend(key, extra):
    for d in DOCS:
        if d["key"] == key:
            d["blocks"] = d["blocks"] + extra
            return
    raise KeyError(key)

_extend("cm_twocol_import_own", baa("Morningside Apps LLC", "the practice", "BUSINESS ASSOCIATE AGREEMENT"))
_extend("na_feature_only", baa("Company", "Customer", "EXHIBIT A - BUSINESS ASSOCIATE ADDENDUM"))
_extend("cm_msa_customer_supplied", [("pb",)] + sla("Licensor", "Customer", "SCHEDULE 1 - SUPPORT"))
