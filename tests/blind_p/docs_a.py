"""Pass-through documents (18)."""
from common import bp, bps, doc, fee

DOCS = []
A = DOCS.append

# ---------------------------------------------------------------- P1 MSA with definitions + order form
V, C = "Quillfeather", "Customer"
A(doc("pt_msa_defs_orderform", "Quillfeather Health Systems, Inc.", "pass_through", fee(20.00, "provider", "year"),
 "MSA whose defined term 'Pass-Through Fees' (royalties for Third-Party Content incl. CPT) is charged per Licensed Provider in the Order Form: CPT royalty 18.50 plus pass-through administration 1.50, per provider per calendar year (footnote), so 20.00 per provider per year.",
 [("title", "MASTER SUBSCRIPTION AGREEMENT"),
  ("sub", "Quillfeather Health Systems, Inc. (\"Quillfeather\") and the customer identified in the Order Form (\"Customer\")"),
  ("h", "1. Definitions"),
  ("p", "Capitalised terms have the meanings below. Other terms are defined where they first appear."),
  ("cl", "1.1", "\"Authorized User\" means an individual employed or engaged by Customer to whom Customer issues credentials for the Service."),
  ("cl", "1.2", "\"Content Owner\" means a third party that owns content embedded in the Service and licenses it to Quillfeather for distribution, such as a drug-knowledge publisher or the American Medical Association (\"AMA\")."),
  ("cl", "1.3", "\"Documentation\" means Quillfeather's user guides and release notes for the Service, as updated from time to time."),
  ("cl", "1.4", "\"Licensed Provider\" means each physician, nurse practitioner, physician assistant or other clinician whose services are documented or billed through the Service in a calendar year."),
  ("cl", "1.5", "\"Order Form\" means an ordering document signed by both parties that references this Agreement."),
  ("cl", "1.6", "\"Pass-Through Fees\" means amounts that Quillfeather charges Customer to recover royalties that Quillfeather must pay a Content Owner because of Customer's use of Third-Party Content, together with any administration charge stated next to them in an Order Form."),
  ("cl", "1.7", "\"Service\" means Quillfeather's hosted electronic health record and practice management application and related modules identified in an Order Form."),
  ("cl", "1.8", "\"Subscription Fees\" means the recurring fees for access to the Service. Subscription Fees do not include Pass-Through Fees."),
  ("cl", "1.9", "\"Third-Party Content\" means code sets, reference data and other content owned by a Content Owner and made available in the Service, including Current Procedural Terminology (\"CPT\")."),
  ("h", "2. Access to the Service"),
  ("cl", "2.1", "Subject to this Agreement and payment of the applicable fees, Quillfeather grants Customer a non-exclusive, non-transferable right during the term for its Authorized Users to use the Service for Customer's internal business purposes in the United States."),
  ("cl", "2.2", "Customer may add Authorized Users or Licensed Providers at any time; additional fees are prorated to the end of the current billing period."),
  ("h", "3. Third-Party Content"),
  ("cl", "3.1", "Quillfeather holds distribution agreements with the Content Owners whose content appears in the Service and grants Customer a limited sublicence to use that content only within the Service and only for Customer's internal purposes."),
  ("cl", "3.2", "Customer shall not publish, resell or make Third-Party Content available to any other entity, including an affiliate. The sublicence for any item of Third-Party Content ends if Quillfeather's agreement with the relevant Content Owner ends, unless Customer has obtained a licence directly from that Content Owner."),
  ("cl", "3.3", "(a) Reporting. Customer authorises Quillfeather to report to each Content Owner the number of Licensed Providers and Authorized Users using its content. (b) Fees. (i) Customer acknowledges that Content Owners charge royalties for their content. (ii) For CPT, Customer shall pay the Pass-Through Fees stated in the Order Form for each Licensed Provider; those amounts are invoiced in addition to the Subscription Fees and are not subject to the discount in Section 4.2."),
  ("h", "4. Fees"),
  ("cl", "4.1", "Customer shall pay the fees in each Order Form. Subscription Fees are fixed for the Initial Term and may then increase by no more than five percent (5%) per renewal year."),
  ("cl", "4.2", "Where an Order Form grants a multi-year discount, the discount applies to Subscription Fees only."),
 ] + bps(["payment", "term", "termination", "confid", "baa", "warranty", "liability", "law", "misc"], 5, V, C) + [
  ("pb",),
  ("title", "ORDER FORM"),
  ("sub", "Order Form No. QF-2025-0412 under the Master Subscription Agreement with Quillfeather Health Systems, Inc."),
  ("p", "<b>Customer:</b> Larkspur Family Medicine, P.A.   <b>Initial Term:</b> 36 months   <b>Governing law:</b> Texas   <b>Effective Date:</b> February 1, 2025"),
  ("tbl", [["Item", "Qty", "Unit price (USD)", "Billing", "Extended"],
           ["EHR + PM subscription", "6 Licensed Providers", "329.00", "monthly", "1,974.00 / month"],
           ["Patient portal and reminders", "1", "included", "-", "0.00"],
           ["Implementation and data migration", "1", "4,800.00", "one-time", "4,800.00"],
           ["ICD-10-CM / HCPCS Level II tables", "-", "no charge", "-", "0.00"],
           ["CPT royalty (Pass-Through Fee) *", "6", "18.50", "annual", "111.00"],
           ["Pass-Through administration *", "6", "1.50", "annual", "9.00"],
           ["Multi-year discount (Subscription Fees)", "", "-3%", "monthly", "-59.22 / month"]],
   [0.34, 0.17, 0.16, 0.13, 0.20]),
  ("fn", "* Charged for each Licensed Provider for each calendar year and billed on the first invoice of that year; Licensed Providers added later in the year are billed on the next invoice."),
  ("p", "This Order Form is governed by the Master Subscription Agreement. Quillfeather Health Systems, Inc., 4410 Canal Row, Suite 300, Austin, TX 78701, billing@quillfeather.example."),
  ("sig", ["Quillfeather Health Systems, Inc.", "Larkspur Family Medicine, P.A."]),
 ], font="Helvetica", size="letter", ref="QF-MSA v4.2"))

# ---------------------------------------------------------------- P2 Order form, unruled pre block
A(doc("pt_orderform_peruser", "Brightmoor Clinical Software LLC", "pass_through", fee(21.00, "user", "year"),
 "Order form with several price rows (per-user monthly subscription, implementation, per-claim clearinghouse fees) plus a separate 'AMA CPT license fee' of 21.00 per user per year collected on the AMA's behalf.",
 [("title", "SALES ORDER"),
  ("sub", "Brightmoor Clinical Software LLC  |  1200 Tanner Mill Road, Greenville, SC 29601  |  orders@brightmoor.example"),
  ("pre",
   "Sales Order:  BCS-24-1187                 Date:  October 14, 2024\n"
   "Customer:     Piedmont Orthopaedic Associates, PLLC\n"
   "Term:         24 months from Go-Live      Users:  12 named users\n"
   "\n"
   "Description                              Qty    Unit Price    Frequency       Amount\n"
   "Brightmoor PM Cloud subscription          12       $65.00     per month      $780.00\n"
   "Brightmoor Charge Capture (add-on)        12       $15.00     per month      $180.00\n"
   "Implementation and training               1     $3,200.00    one-time     $3,200.00\n"
   "Claim submission (clearinghouse)          --        $0.32    per claim       usage\n"
   "Eligibility inquiries                     --        $0.10    per inquiry     usage\n"
   "AMA CPT license fee                       12       $21.00    per year       $252.00\n"
   "ICD-10-CM diagnosis tables                --     included    --               $0.00\n"
   "\n"
   "First-year total (excluding usage fees)                                  $14,972.00\n"),
  ("p", "Monthly subscription amounts are billed monthly in advance. One-time and annual amounts are billed on the first invoice. Usage fees are billed monthly in arrears."),
  ("h", "Terms applicable to this Sales Order"),
  ("cl", "1.", "This Sales Order is issued under and governed by the Brightmoor Software Services Terms (version 7), which are incorporated by reference."),
  ("cl", "2.", "The AMA CPT license fee is charged for each named user who can access procedure codes in the Brightmoor PM Cloud. Brightmoor collects this fee on behalf of the American Medical Association under its distribution agreement and remits it to the AMA; it is not a Brightmoor subscription charge and is non-refundable once the calendar year has begun."),
  ("cl", "3.", "Customer may add named users by written request. Each added user is billed the monthly subscription from activation and the annual AMA CPT license fee for the calendar year in which the user is added."),
  ("cl", "4.", "Clearinghouse fees cover claim transmission to payers and are unrelated to code-set licensing."),
  ("cl", "5.", "Subscription prices are fixed for the Term. Thereafter they may increase by up to 6% per year with sixty (60) days' notice."),
  ("cl", "6.", "Prices are in U.S. dollars and exclude applicable taxes."),
  ("sig", ["Brightmoor Clinical Software LLC", "Piedmont Orthopaedic Associates, PLLC"]),
 ], font="Helvetica", size="letter", ref="BCS-24-1187"))

# ---------------------------------------------------------------- P3 Amendment changing fee
V, C = "Tessellate", "Client"
A(doc("pt_amendment_fee_change", "Tessellate EHR Corporation", "pass_through", fee(19.50, "provider", "year"),
 "Amendment No. 2 replaces Section 5.4 of the services agreement: the CPT royalty recovery fee, previously 17.50 per Provider per year under Amendment No. 1, becomes 19.50 per Provider per calendar year from January 1, 2025.",
 [("title", "AMENDMENT NO. 2 TO SOFTWARE SERVICES AGREEMENT"),
  ("p", "This Amendment No. 2 (the \"Amendment\") is made as of December 9, 2024 (the \"Amendment Date\") between <b>Tessellate EHR Corporation</b>, a Delaware corporation (\"Tessellate\"), and <b>Oakhurst Pediatrics, LLC</b> (\"Client\"), and amends the Software Services Agreement between them dated March 3, 2022, as previously amended by Amendment No. 1 dated January 17, 2023 (together, the \"Agreement\")."),
  ("h", "Recitals"),
  ("p", "A. Section 5.4 of the Agreement, as amended by Amendment No. 1, requires Client to pay a CPT Royalty Recovery Fee of $17.50 per Provider per calendar year so that Tessellate can meet its royalty obligations to the American Medical Association for CPT content in the Tessellate platform."),
  ("p", "B. The royalty charged to Tessellate has increased, and the parties also wish to revise the subscription pricing and add the telehealth module."),
  ("p", "The parties therefore agree as follows:"),
  ("h", "1. CPT Royalty Recovery Fee"),
  ("p", "Section 5.4 of the Agreement is deleted in its entirety and replaced with the following:"),
  ("p", "<i>\"5.4 CPT Royalty Recovery Fee. Beginning with calendar year 2025, Client shall pay Tessellate a CPT Royalty Recovery Fee of $19.50 per Provider per calendar year. The fee is invoiced each January for the Providers active on January 1, and on the next monthly invoice for any Provider activated later in the year. The fee is not prorated and is not refundable.\"</i>"),
  ("h", "2. Subscription Fees"),
  ("p", "The monthly subscription fee in Schedule A is increased from $289.00 to $301.00 per Provider per month effective January 1, 2025. The fee for non-provider staff accounts remains $0.00."),
  ("h", "3. Telehealth Module"),
  ("p", "Client adds the Tessellate Telehealth module at $45.00 per Provider per month, with a one-time activation charge of $350.00. The telehealth module uses the same code content as the core platform, and no additional royalty recovery fee applies to it."),
  ("h", "4. Definitions"),
  ("p", "\"Provider\" has the meaning in Section 1.14 of the Agreement: each licensed clinician with a unique NPI who is set up in the Tessellate platform as a rendering or supervising clinician."),
  ("h", "5. Effect"),
  ("p", "Except as changed by this Amendment, the Agreement remains in full force. If this Amendment and the Agreement conflict, this Amendment controls. Amendment No. 1 is superseded only to the extent it set the amount of the CPT Royalty Recovery Fee."),
  ("sig", ["Tessellate EHR Corporation", "Oakhurst Pediatrics, LLC"]),
 ], font="Times", size="letter", ref="Tessellate / Oakhurst - Amendment 2"))

# ---------------------------------------------------------------- P4 Side letter with direct AMA comparison
A(doc("pt_side_letter_clinician", "Harbor Lantern Software, Inc.", "pass_through", fee(20.50, "provider", "year"),
 "Dated letter announcing an annual AMA CPT royalty of 18.50 plus a 2.00 processing charge per rendering clinician per year on the first invoice of the year; AMA direct prices are quoted only for comparison.",
 [("p", "Harbor Lantern Software, Inc.<br/>77 Wharf Street, Portland, ME 04101<br/>support@harborlantern.example"),
  ("sp", 6),
  ("p", "November 4, 2024"),
  ("p", "Ms. Dana Okafor, Practice Administrator<br/>Cove Street Behavioral Health Group<br/>18 Cove Street, Bath, ME 04530"),
  ("p", "<b>Re: Subscription Agreement No. HL-3391 - annual charge for CPT code content</b>"),
  ("p", "Dear Ms. Okafor,"),
  ("p", "We are writing about a change to your invoices under the Subscription Agreement between Harbor Lantern Software, Inc. (\"Harbor Lantern\") and Cove Street Behavioral Health Group (\"you\"). This letter supplements that agreement and, once you countersign it, forms part of it."),
  ("p", "Our scheduling, notes and billing tools display Current Procedural Terminology codes and descriptors, which the American Medical Association owns and licenses to software companies such as ours. The AMA now charges us a royalty for each clinician who uses those codes in our product. Until now we have not charged you for this."),
  ("p", "Beginning with your January 2025 invoice, Harbor Lantern will bill an annual CPT royalty of $18.50 for each rendering clinician, plus a processing charge of $2.00 per rendering clinician, for each calendar year. A clinician who is added to your account during the year will be billed on the following invoice. Clinicians whose accounts are deactivated before January 1 will not be billed for the new year. Schedulers, billers and office staff are not counted as rendering clinicians for this charge."),
  ("p", "Some customers have asked whether they could license CPT from the AMA themselves instead. For your information only, the AMA's published internal-use terms for 2025 list an entity fee (stated by the AMA for 2024 as $82.50) plus $18.50 per user, and that licence counts every individual user, not only clinicians. A direct licence would not change the charge described above, which applies to all customers of our platform."),
  ("p", "Your subscription price, currently $59.00 per clinician per month, is not changing. All other terms of your agreement remain as they are."),
  ("p", "Please countersign below and return a copy to us by December 15, 2024. If you have questions, reply to this letter or call your account manager."),
  ("p", "Sincerely,"),
  ("p", "Miriam Castellanos<br/>Director, Customer Finance<br/>Harbor Lantern Software, Inc."),
  ("sp", 10),
  ("p", "Acknowledged and agreed: Cove Street Behavioral Health Group"),
  ("p", "By: _________________________   Name: ______________________   Date: ____________"),
 ], font="Times", size="letter", ref="HL-3391 side letter"))

# ---------------------------------------------------------------- P5 Two-column EULA we/you, per user per month
A(doc("pt_twocol_eula_monthly", "Okaloosa Data Works LLC", "pass_through", fee(1.75, "user", "month"),
 "Two-column online terms ('we'/'you'): the CPT Content Fee, collected for the AMA and separate from the Subscription Fee, is billed at 1.75 per User per month.",
 [("title", "Okaloosa Data Works LLC"),
  ("sub", "ClinicDesk Online Terms of Service - Effective August 1, 2024"),
  ("p", "These terms form a contract between Okaloosa Data Works LLC (\"we\", \"us\" or \"our\") and the medical practice that registers for ClinicDesk (\"you\" or \"your\"). By creating an account you accept them on behalf of your practice."),
  ("h", "1. What ClinicDesk is"),
  ("p", "ClinicDesk is a browser-based scheduling, charting and billing tool for small practices. We host it, keep it updated and provide support by chat and e-mail. Features vary by plan; the current plan descriptions are on our pricing page."),
  ("h", "2. Your account and Users"),
  ("p", "A \"User\" is any individual to whom you give a login, whether clinician, biller, scheduler or manager. You are responsible for everything done under your Users' logins, for keeping passwords private, and for removing access when a person leaves your practice. Logins may not be shared."),
  ("h", "3. Subscription Fee"),
  ("p", "Your plan's Subscription Fee is charged monthly to the card or bank account on file. Plan prices are per User per month. We may change plan prices on thirty days' notice; the change applies from your next billing date."),
  ("h", "4. Code content"),
  ("p", "4.1 ClinicDesk includes procedure codes from Current Procedural Terminology (CPT), which is owned by the American Medical Association (AMA), and diagnosis codes from ICD-10-CM, which are published by the U.S. government and carry no licence charge."),
  ("p", "4.2 We distribute CPT under our agreement with the AMA, and you receive a limited right to use CPT inside ClinicDesk for your own practice in the United States. You may not copy CPT out of ClinicDesk, publish it, or let another business use it."),
  ("p", "4.3 You acknowledge that the CPT Content Fee, which we collect on behalf of the AMA, is separate from the Subscription Fee and will be billed at $1.75 per User per month on the same invoice. Because the AMA counts everyone who relies on CPT in their work, the fee applies to every User, not only clinicians."),
  ("p", "4.4 We report User counts to the AMA when our agreement requires it. You consent to our telling the AMA your practice's name and User count for that purpose."),
  ("h", "5. Your data"),
  ("p", "Your patient records belong to you. We process them only to run ClinicDesk for you and under our Business Associate Agreement, which is part of these terms. You can export your records at any time from the Settings page, and for sixty days after you close your account."),
  ("h", "6. Acceptable use"),
  ("p", "Do not use ClinicDesk to break the law, to send spam, to probe our systems for weaknesses, or to build a competing product. We may suspend an account that puts other customers or patients at risk."),
  ("h", "7. Cancelling"),
  ("p", "You can cancel at any time from the Billing page; cancellation takes effect at the end of the current monthly period. We do not refund partial months. We may end these terms with thirty days' notice, or immediately for serious misuse."),
  ("h", "8. Warranties and liability"),
  ("p", "We work hard to keep ClinicDesk accurate and available, but we provide it as is. To the extent the law allows, we are not liable for indirect or consequential losses, and our total liability is limited to the fees you paid us in the three months before the claim. Clinical and coding decisions are yours."),
  ("h", "9. Changes to these terms"),
  ("p", "We may update these terms. If a change is material we will e-mail your account owner at least thirty days ahead. Continued use after that date means you accept the change."),
  ("h", "10. Law"),
  ("p", "Florida law governs these terms. Disputes go to the state or federal courts in Okaloosa County, Florida."),
  ("p", "Okaloosa Data Works LLC, 310 Eglin Parkway NE, Fort Walton Beach, FL 32548 - legal@okaloosadata.example"),
 ], font="Helvetica", size="letter", cols=2, ref="ClinicDesk ToS 2024-08"))

# ---------------------------------------------------------------- P6 Reseller / white-label, per location
V, C = "Reseller", "Practice"
A(doc("pt_reseller_location", "Bluegill Practice Solutions, Inc.", "pass_through", fee(240.00, "location", "year"),
 "Reseller customer agreement for a white-labelled platform: the Practice pays the Reseller an 'AMA Content Charge' (Schedule B) of 240.00 per Practice Location per year, which the Reseller remits upstream; the Reseller is the contracting vendor.",
 [("title", "CUSTOMER AGREEMENT"),
  ("sub", "Bluegill Practice Solutions, Inc. - authorised reseller of the MeridelOne platform"),
  ("p", "This Customer Agreement is between <b>Bluegill Practice Solutions, Inc.</b>, a Georgia corporation (\"Reseller\"), and <b>Satilla River Cardiology, P.C.</b> (\"Practice\"), effective April 1, 2025."),
  ("h", "1. Background"),
  ("p", "Reseller markets, under its own brand \"Bluegill Clinic Suite\", a white-labelled edition of a cloud platform owned and operated by Meridel Cloud Health, Inc. (the \"Platform Owner\"). The Platform Owner is not a party to this Agreement. Practice contracts only with Reseller, and Reseller is solely responsible to Practice for the fees and obligations in this Agreement."),
  ("h", "2. Definitions"),
  ("cl", "2.1", "\"Practice Location\" means each physical site, identified by a distinct service-facility address, at which Practice schedules or bills patient encounters through the Platform."),
  ("cl", "2.2", "\"Platform\" means the Bluegill Clinic Suite, including scheduling, documentation, charge capture and reporting."),
  ("cl", "2.3", "\"Licensed Content\" means content owned by third parties and included in the Platform, including Current Procedural Terminology codes and descriptors owned by the American Medical Association (\"AMA\")."),
  ("h", "3. Licensed Content"),
  ("cl", "3.1", "The Platform Owner holds a distribution licence from the AMA. Reseller is authorised to extend to Practice a limited right to use Licensed Content solely within the Platform for Practice's internal purposes."),
  ("cl", "3.2", "Practice shall pay Reseller the AMA Content Charge set out in Schedule B. Reseller remits the AMA Content Charge to the Platform Owner, which accounts for it to the AMA. The AMA Content Charge is in addition to the Platform Fees."),
  ("cl", "3.3", "Practice shall notify Reseller within fifteen (15) days of opening or closing a Practice Location."),
 ] + bps(["payment", "support", "data", "confid", "baa", "warranty", "liability", "assign", "law", "misc"], 4, V, C) + [
  ("pb",),
  ("h", "SCHEDULE A - PLATFORM FEES"),
  ("tbl", [["Component", "Basis", "Price (USD)"],
           ["Bluegill Clinic Suite", "per clinician per month", "249.00"],
           ["Additional non-clinical login", "per login per month", "19.00"],
           ["Onboarding package", "one-time", "1,750.00"],
           ["E-prescribing", "per prescriber per month", "included"]], [0.45, 0.35, 0.20]),
  ("h", "SCHEDULE B - AMA CONTENT CHARGE"),
  ("tbl", [["Charge", "Basis", "Price (USD)"],
           ["AMA Content Charge", "per Practice Location, per contract year", "240.00"],
           ["Locations at signing", "3", "720.00 per contract year"]], [0.45, 0.35, 0.20]),
  ("p", "The AMA Content Charge is invoiced on each anniversary of the effective date for the Practice Locations active on that date. A Practice Location opened during a contract year is charged in full on the next invoice."),
  ("sig", ["Bluegill Practice Solutions, Inc.", "Satilla River Cardiology, P.C."]),
 ], font="Times", size="A4", ref="BPS-CA-2025-07"))

# ---------------------------------------------------------------- P7 Billing service agreement; Provider = practice
V, C = "Company", "Provider"
A(doc("pt_billing_service_surcharge", "Redwater Revenue Partners, LLC", "pass_through", fee(4.00, "provider", "month"),
 "Billing-service agreement (Provider = the practice): beside the 6% collections fee, Provider pays a CPT licensing surcharge of 4.00 per Rendering Provider per month to reimburse the company's AMA royalty for portal users.",
 [("title", "MEDICAL BILLING SERVICES AGREEMENT"),
  ("p", "This Agreement is entered into as of June 2, 2025 by <b>Redwater Revenue Partners, LLC</b>, an Oklahoma limited liability company (\"Company\"), and <b>Cimarron Valley Internal Medicine, Inc.</b> (\"Provider\")."),
  ("h", "1. Services"),
  ("cl", "1.1", "Company will perform the revenue-cycle services in Exhibit 1, including charge entry from Provider's encounter forms, claim preparation and electronic submission, payment posting, denial follow-up and monthly reporting."),
  ("cl", "1.2", "Company performs the Services using practice management software that Company licenses from its own vendor (the \"Billing System\"). Provider's personnel may view claims, reports and coded charges through Company's web portal (the \"Portal\")."),
  ("cl", "1.3", "Provider remains responsible for the accuracy of the diagnosis and procedure codes selected by its clinicians and for the medical necessity of services billed. Company may flag apparent coding errors but does not make final coding determinations."),
  ("h", "2. Provider Responsibilities"),
  ("p", "Provider will deliver complete encounter documentation within three (3) business days of service, maintain its payer enrolments, forward correspondence received from payers, and promptly answer Company's queries. Provider shall designate one staff member as billing liaison."),
  ("h", "3. Compensation"),
  ("cl", "3.1", "<b>Billing fee.</b> Provider shall pay Company six percent (6%) of Net Collections received each month on claims submitted by Company. \"Net Collections\" means payments received from payers and patients, less refunds and recoupments."),
  ("cl", "3.2", "<b>CPT licensing surcharge.</b> The Billing System and the Portal display CPT codes and descriptors owned by the American Medical Association. The AMA requires that each person who relies on that content be licensed, and Company's vendor charges Company a royalty for Provider's users of the Portal. Provider shall therefore pay Company a CPT licensing surcharge of $4.00 per Rendering Provider per month, which is in addition to the billing fee in Section 3.1. \"Rendering Provider\" means each clinician of Provider under whose NPI claims are submitted during the month."),
  ("cl", "3.3", "<b>Statement and payment.</b> Company will invoice the billing fee and the surcharge monthly, together with a collections report. Invoices are due within fifteen (15) days."),
  ("cl", "3.4", "<b>Minimum.</b> If the billing fee for any month is less than $750.00, Provider will pay $750.00 for that month. The surcharge is not counted toward the minimum."),
 ] + bps(["term", "termination", "confid", "baa", "compliance", "records", "insurance", "liability", "notices", "law", "misc"], 4, V, C) + [
  ("h", "Exhibit 1 - Scope of Services"),
  ("p", "Charge entry; claim scrubbing against payer edits; electronic and paper claim submission; electronic remittance posting; manual posting of paper explanations of benefits; denial management and appeals; patient statements (monthly); credit balance reporting; month-end reports (collections, aging, payer mix). Credentialing and coding audits are not included and may be ordered separately."),
  ("sig", ["Redwater Revenue Partners, LLC", "Cimarron Valley Internal Medicine, Inc."]),
 ], font="Helvetica", size="letter", ref="RRP-MBSA-0602"))

# ---------------------------------------------------------------- P8 Clearinghouse, flat per account
V, C = "Clearinghouse", "Submitter"
A(doc("pt_clearinghouse_account", "Cinderpath Claims Exchange, Inc.", "pass_through", fee(95.00, "organization", "year"),
 "Clearinghouse agreement: per-claim and ERA fees are transaction charges, but Schedule 1 also sets a CPT 'Code Content Fee' of 95.00 per Submitter account per year for CPT descriptors in the claim editor.",
 [("title", "ELECTRONIC CLAIMS SERVICES AGREEMENT"),
  ("p", "Between <b>Cinderpath Claims Exchange, Inc.</b> (\"Clearinghouse\") and the health care provider organization signing below (\"Submitter\")."),
  ("h", "1. Services"),
  ("p", "Clearinghouse will receive Submitter's claim files, edit them against payer and standard-format rules, transmit them to payers in the HIPAA standard format, and return acknowledgements, claim status and electronic remittance advice. Clearinghouse also provides a web claim editor (\"ClaimDesk\") in which Submitter's staff can correct rejected claims."),
  ("h", "2. Submitter Obligations"),
  ("p", "Submitter is responsible for the content of its claims, including the codes reported, and for obtaining any payer enrolment needed for electronic submission. Submitter will keep its user list current and will not let anyone outside its organization use its ClaimDesk logins."),
  ("h", "3. Code Content in ClaimDesk"),
  ("p", "ClaimDesk shows code descriptors next to the codes on a claim so that staff can spot errors. Descriptors for procedure codes come from Current Procedural Terminology (CPT), which Clearinghouse distributes under a licence from the American Medical Association. Submitter receives a non-transferable right to view CPT descriptors in ClaimDesk for its own claims. For that right Submitter pays the Code Content Fee in Schedule 1, which Clearinghouse passes through to cover the AMA royalty and does not treat as a transaction fee."),
  ("h", "4. Fees"),
  ("p", "Submitter shall pay the fees in Schedule 1. Transaction fees are billed monthly in arrears based on Clearinghouse's transaction logs; the Code Content Fee is billed annually in advance."),
 ] + bps(["term", "termination", "confid", "baa", "security", "liability", "force", "law", "misc"], 5, V, C) + [
  ("h", "Schedule 1 - Fees"),
  ("pre",
   "Fee                                  Basis                        Amount\n"
   "Enrollment and set-up                one-time                    $150.00\n"
   "Professional claim (837P)            per claim                     $0.29\n"
   "Institutional claim (837I)           per claim                     $0.35\n"
   "Electronic remittance (835)          per remittance file           $0.05\n"
   "Paper claim drop-to-print            per claim                     $0.85\n"
   "Code Content Fee (CPT)               per Submitter account, yearly $95.00\n"
   "Monthly minimum (transactions)       per month                    $40.00\n"),
  ("p", "A Submitter account is the single account issued to Submitter's organization, regardless of the number of ClaimDesk logins under it."),
  ("sig", ["Cinderpath Claims Exchange, Inc.", "Submitter"]),
 ], font="Courier", size="letter", ref="CCE-ECSA rev. 11"))

# ---------------------------------------------------------------- P9 Telehealth, conditional coding module elected
V, C = "Vistamere", "Customer"
A(doc("pt_telehealth_coding_module", "Vistamere Telehealth, Inc.", "pass_through", fee(22.00, "provider", "year"),
 "Telehealth agreement: if Customer elects the Coding Module, Customer pays the CPT Pass-Through in the Order Form; the Order Form shows the module elected and the pass-through at 22.00 per Practitioner annually.",
 [("title", "TELEHEALTH PLATFORM AGREEMENT"),
  ("p", "This Telehealth Platform Agreement is between <b>Vistamere Telehealth, Inc.</b> (\"Vistamere\") and <b>Blue Mesa Women's Health, PLLC</b> (\"Customer\") and takes effect on the date of the last signature below."),
  ("h", "1. Platform"),
  ("cl", "1.1", "Vistamere provides a HIPAA-compliant video visit platform with virtual waiting rooms, intake forms, secure messaging and visit summaries (the \"Platform\")."),
  ("cl", "1.2", "\"Practitioner\" means each licensed clinician of Customer who conducts visits on the Platform."),
  ("h", "2. Optional Coding Module"),
  ("cl", "2.1", "The Coding Module suggests evaluation and management and procedure codes from the visit note and lets Practitioners pick codes from searchable code lists before the visit summary is sent to Customer's billing system."),
  ("cl", "2.2", "The procedure code lists in the Coding Module are Current Procedural Terminology (CPT) content of the American Medical Association, which Vistamere distributes under its agreement with the AMA. The core Platform contains no CPT content."),
  ("cl", "2.3", "If Customer elects the Coding Module in an Order Form, (a) Customer receives a sublicence to use CPT content within the Coding Module for its internal purposes, and (b) Customer shall pay the CPT Pass-Through stated in that Order Form for each Practitioner with access to the Coding Module. If Customer does not elect the Coding Module, no CPT Pass-Through is payable."),
  ("h", "3. Fees"),
  ("p", "Customer shall pay the fees in the Order Form. Visit fees are billed monthly in arrears; subscription fees are billed monthly in advance; annual amounts are billed at the start of each contract year."),
 ] + bps(["term", "termination", "baa", "security", "confid", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("pb",),
  ("title", "ORDER FORM VT-1182"),
  ("p", "Customer: Blue Mesa Women's Health, PLLC    Contract start: May 1, 2025    Term: 12 months"),
  ("tbl", [["Selection", "Item", "Price (USD)"],
           ["[X]", "Platform subscription - 5 Practitioners", "89.00 per Practitioner per month"],
           ["[X]", "Video visits", "0.49 per completed visit"],
           ["[ ]", "Remote patient monitoring add-on", "30.00 per enrolled patient per month"],
           ["[X]", "Coding Module", "25.00 per Practitioner per month"],
           ["[X]", "CPT Pass-Through (applies only with Coding Module)", "22.00 per Practitioner, annually"],
           ["[X]", "Onboarding", "600.00 one-time"]], [0.12, 0.50, 0.38]),
  ("p", "The box marked [X] indicates an item Customer has elected."),
  ("sig", ["Vistamere Telehealth, Inc.", "Blue Mesa Women's Health, PLLC"]),
 ], font="Helvetica", size="A4", ref="VT-TPA-2025"))

# ---------------------------------------------------------------- P10 Lab interface, reimburse royalty, amount not stated
V, C = "Laboratory", "Client"
A(doc("pt_lab_interface_reimburse", "Northgate Reference Laboratories, Inc.", "pass_through", None,
 "Lab interface/portal agreement: Client must reimburse the Laboratory, on a separate annual invoice line, for the AMA CPT royalty attributable to Client's portal users at the rate the Laboratory is charged; no amount is stated.",
 [("title", "LABORATORY ORDERING AND RESULTS INTERFACE AGREEMENT"),
  ("p", "<b>Northgate Reference Laboratories, Inc.</b> (\"Laboratory\") and <b>Prairie Crossing Family Clinic, S.C.</b> (\"Client\") agree as follows, effective September 15, 2024."),
  ("h", "1. Interface and Portal"),
  ("cl", "1.1", "Laboratory will build and maintain a bidirectional HL7 interface between Client's electronic health record and Laboratory's laboratory information system for electronic test orders and results. Laboratory bears the cost of building the interface on its side."),
  ("cl", "1.2", "Laboratory also provides Client with access to its web ordering portal (\"NorthLink\"), through which Client's staff can place orders, print specimen labels, look up the test compendium and view results."),
  ("cl", "1.3", "The test compendium in NorthLink shows, for each orderable test, the specimen requirements, LOINC result codes and the CPT codes Laboratory uses when billing the test."),
  ("h", "2. Code Content"),
  ("cl", "2.1", "CPT codes and descriptors are owned by the American Medical Association (AMA). Laboratory is licensed by the AMA to display them in NorthLink and permits Client's authorised users to view them for the purpose of ordering tests."),
  ("cl", "2.2", "The AMA charges Laboratory a royalty for each individual with access to CPT content in NorthLink. Client shall reimburse Laboratory for the royalty attributable to Client's NorthLink users, at the per-user rate the AMA charges Laboratory for the relevant year. Laboratory will show this reimbursement as a separate line on an annual invoice, with the number of Client users counted."),
  ("cl", "2.3", "LOINC codes are used under the free licence of their publisher, and no charge applies to them."),
  ("h", "3. Testing Services and Billing"),
  ("p", "Testing services are billed to patients' insurers, to patients or to Client according to the billing instructions on each order and Laboratory's client fee schedule. Nothing in this Agreement changes those arrangements. Laboratory will not bill Client for interface maintenance."),
 ] + bps(["term", "termination", "baa", "confid", "compliance", "liability", "law", "misc"], 4, V, C) + [
  ("sig", ["Northgate Reference Laboratories, Inc.", "Prairie Crossing Family Clinic, S.C."]),
 ], font="Times", size="letter", ref="NRL-INT-4471"))

# ---------------------------------------------------------------- P11 Double negative
V, C = "Ferncliff", "Customer"
A(doc("pt_double_negative", "Ferncliff Medical Informatics Corp.", "pass_through", fee(18.00, "user", "year"),
 "Subscription agreement stating the fees do not include, and the AMA royalty is not waived; Schedule 2 bills the CPT royalty at 18.00 per Named User annually in addition to subscription fees.",
 [("title", "SUBSCRIPTION AGREEMENT"),
  ("sub", "Ferncliff Medical Informatics Corp. - ChartWell Ambulatory"),
  ("p", "This Subscription Agreement (\"Agreement\") is between Ferncliff Medical Informatics Corp. (\"Ferncliff\") and Haverford Lane Dermatology, LLC (\"Customer\")."),
  ("h", "1. Definitions"),
  ("cl", "1.1", "\"Named User\" means an individual identified by name to whom Customer assigns a unique login to ChartWell Ambulatory. Named User logins may be reassigned only when a person permanently leaves Customer's workforce."),
  ("cl", "1.2", "\"Subscription Fees\" means the fees in Schedule 1."),
  ("cl", "1.3", "\"CPT\" means the Current Procedural Terminology code set and descriptors owned by the American Medical Association (\"AMA\")."),
  ("h", "2. Subscription"),
  ("p", "Ferncliff grants Customer a non-exclusive right for its Named Users to access ChartWell Ambulatory during the term for Customer's internal purposes. The number of Named Users may not exceed the number purchased."),
  ("h", "3. CPT"),
  ("cl", "3.1", "Ferncliff is party to a distribution agreement with the AMA and grants Customer a sublicence to use CPT solely as embedded in ChartWell Ambulatory."),
  ("cl", "3.2", "The Subscription Fees do not include, and shall not be deemed to include, any royalty owed to the AMA for Customer's use of CPT. No part of that royalty is waived by Ferncliff, and nothing in any proposal, discount or promotion shall be read as making CPT access free of charge. The royalty is not optional for any Named User who can view CPT."),
  ("cl", "3.3", "Customer shall pay the CPT royalty at the rate in Schedule 2 for each Named User for each year of the term."),
 ] + bps(["payment", "term", "termination", "data", "confid", "warranty", "liability", "law", "misc"], 4, V, C) + [
  ("h", "Schedule 1 - Subscription Fees"),
  ("tbl", [["Item", "Quantity", "Price"],
           ["ChartWell Ambulatory, Named User", "14", "$72.00 per Named User per month"],
           ["Dermatology content pack", "1", "$150.00 per month"],
           ["Implementation", "1", "$5,500.00 one-time"]], [0.45, 0.15, 0.40]),
  ("h", "Schedule 2 - CPT Royalty"),
  ("tbl", [["Item", "Quantity", "Price"],
           ["CPT royalty, Named User", "14", "$18.00 per Named User annually"]], [0.45, 0.15, 0.40]),
  ("p", "The CPT royalty is billed in addition to the Subscription Fees, each year on the anniversary of the effective date, and for Named Users added mid-year on the next invoice."),
  ("sig", ["Ferncliff Medical Informatics Corp.", "Haverford Lane Dermatology, LLC"]),
 ], font="Times", size="A4", ref="FMI-SA-2291"))

# ---------------------------------------------------------------- P12 Passive voice + footnote with unit/period
V, C = "Sandhollow", "the Practice"
A(doc("pt_passive_footnote_location", "Sandhollow Systems Group, Inc.", "pass_through", fee(150.00, "location", "year"),
 "Passive-voice licence terms: 'a CPT Content Fee is charged for each Service Location'; the footnote sets it at 150.00 per Service Location, charged annually in advance.",
 [("title", "PRACTICE SOFTWARE LICENCE AND SERVICES TERMS"),
  ("sub", "Sandhollow Systems Group, Inc. - MedLedger Practice Edition"),
  ("p", "These terms apply to every licence of MedLedger Practice Edition granted by Sandhollow Systems Group, Inc. (\"Sandhollow\") to a medical practice (\"the Practice\") under a signed quotation."),
  ("h", "1. Licence"),
  ("p", "A non-exclusive, non-transferable licence to use MedLedger at the Practice's Service Locations is granted to the Practice for the term stated in the quotation. A \"Service Location\" is each clinic address at which MedLedger is used to schedule, document or bill patient services."),
  ("h", "2. Code Content"),
  ("cl", "2.1", "MedLedger is supplied with procedure code content taken from the American Medical Association's Current Procedural Terminology (\"CPT\"), which is distributed by Sandhollow under licence, and with ICD-10-CM and HCPCS Level II tables derived from files published by the federal government."),
  ("cl", "2.2", "Use of the CPT content is permitted only within MedLedger and only by the Practice's own personnel. Removal of the AMA's copyright notices is not permitted."),
  ("cl", "2.3", "A CPT Content Fee is charged for each Service Location.&dagger; The fee is collected by Sandhollow and is accounted for to the AMA under Sandhollow's distribution agreement. It is not included in the licence fee or in the support fee."),
  ("cl", "2.4", "No separate fee is charged for the ICD-10-CM or HCPCS Level II tables."),
  ("h", "3. Support"),
  ("p", "Support and updates are provided for an annual support fee equal to eighteen percent (18%) of the list licence fee. Annual code updates are delivered each December."),
 ] + bps(["payment", "confid", "warranty", "liability", "termination", "law", "misc"], 4, "Sandhollow", "the Practice") + [
  ("sp", 8),
  ("fn", "&dagger; $150.00 per Service Location, charged annually in advance with the support fee invoice."),
 ], font="Times", size="A4", ref="MLPE-T 2025.1"))

# ---------------------------------------------------------------- P13 One-time organization fee
V, C = "Copperline", "Licensee"
A(doc("pt_onetime_datafile", "Copperline Medical Software, Inc.", "pass_through", fee(275.00, "organization", "one_time"),
 "Perpetual on-premises licence quote: a one-time 'CPT data file licence' charge of 275.00 for the Licensee organization, listed separately from the software licence and annual maintenance.",
 [("title", "SOFTWARE LICENSE QUOTATION AND TERMS"),
  ("sub", "Copperline Medical Software, Inc. - Copperline PM Server 9"),
  ("p", "Quotation Q-55019 issued March 3, 2025 to Ridgeback Podiatry Group, LLC (\"Licensee\"). Valid for 45 days."),
  ("tbl", [["Line", "Description", "Qty", "Price (USD)"],
           ["1", "Copperline PM Server 9 - perpetual licence, up to 10 concurrent sessions", "1", "11,900.00"],
           ["2", "Annual maintenance and support (year 1)", "1", "2,142.00"],
           ["3", "Installation and configuration (remote)", "1", "1,200.00"],
           ["4", "CPT data file licence - one-time charge for the Licensee organization", "1", "275.00"],
           ["5", "Statement printing interface", "1", "450.00"],
           ["", "Total", "", "15,967.00"]], [0.08, 0.60, 0.08, 0.24]),
  ("h", "Terms"),
  ("cl", "1.", "<b>Licence.</b> Copperline grants Licensee a perpetual, non-exclusive, non-transferable licence to install and use the software on servers it controls, for its own practice, with the number of concurrent sessions stated above."),
  ("cl", "2.", "<b>CPT data file.</b> The software reads procedure codes and descriptors from a CPT data file supplied by Copperline under its distribution licence from the American Medical Association. Line 4 is the charge for that file and is paid once by Licensee; it is collected by Copperline for the AMA. The file covers the CPT edition current at delivery; later editions are delivered with maintenance updates."),
  ("cl", "3.", "<b>Maintenance.</b> Maintenance renews annually at 18% of the then-current list licence price. Maintenance includes software updates, telephone support and annual code-table updates."),
  ("cl", "4.", "<b>Concurrent sessions.</b> The software licence is measured in concurrent sessions. Licensee acknowledges that this measurement applies to the software only."),
  ("cl", "5.", "<b>Payment.</b> 50% of lines 1, 3, 4 and 5 on acceptance, balance on installation. Line 2 is invoiced on installation."),
 ] + bps(["warranty", "liability", "confid", "law", "misc"], 6, V, C, style="cl") + [
  ("sig", ["Copperline Medical Software, Inc.", "Ridgeback Podiatry Group, LLC"]),
 ], font="Courier", size="letter", ref="Q-55019"))

# ---------------------------------------------------------------- P14 Pass-through without amount
V, C = "Wickerbay", "Customer"
A(doc("pt_amount_not_stated", "Wickerbay Health Cloud, Inc.", "pass_through", None,
 "Cloud services agreement: Customer is invoiced separately for the AMA royalty then in effect for each End User reported in its annual user count; no amount is given anywhere.",
 [("title", "CLOUD SERVICES AGREEMENT"),
  ("p", "This Cloud Services Agreement is between <b>Wickerbay Health Cloud, Inc.</b> (\"Wickerbay\") and the entity named on the signature page (\"Customer\")."),
  ("h", "1. Definitions"),
  ("cl", "1.1", "\"End User\" means any individual who accesses or relies on output of the Services in the course of Customer's operations, including clinicians, coders, billing staff and front-desk personnel."),
  ("cl", "1.2", "\"AMA Royalty\" means the per-user royalty that the American Medical Association charges Wickerbay for the distribution of Current Procedural Terminology (CPT) content to Customer through the Services."),
  ("cl", "1.3", "\"Services\" means Wickerbay's cloud practice management, revenue cycle and analytics services described in the Service Description."),
  ("h", "2. Services"),
  ("p", "Wickerbay will provide the Services in accordance with the Service Description and the service levels in Exhibit B."),
  ("h", "3. User Counts and the AMA Royalty"),
  ("cl", "3.1", "Within thirty (30) days after the end of each calendar year, Customer shall certify to Wickerbay the number of End Users during that year, using the form Wickerbay provides."),
  ("cl", "3.2", "Customer will be invoiced the AMA Royalty in effect for the relevant year for each End User certified under Section 3.1. The AMA Royalty is billed as a separate line item and is in addition to the service fees."),
  ("cl", "3.3", "Wickerbay may report Customer's name and End User count to the AMA and may permit the AMA to verify that count."),
  ("cl", "3.4", "Historically the AMA has increased its royalty from year to year; any increase will be reflected in the invoice for the year in which it applies."),
  ("h", "4. Service Fees"),
  ("p", "Service fees are stated in the Order Form and are charged monthly on a per-provider basis. Service fees may increase at renewal by no more than the increase in the Consumer Price Index for the preceding year plus two percent."),
 ] + bps(["payment", "term", "termination", "data", "security", "confid", "baa", "warranty", "liability", "indemnity", "law", "misc"], 5, V, C) + [
  ("sig", ["Wickerbay Health Cloud, Inc.", "Customer"]),
 ], font="Helvetica", size="letter", ref="WHC-CSA 3.0"))

# ---------------------------------------------------------------- P15 Exhibit overrides body (with precedence)
V, C = "Galloway", "Customer"
A(doc("pt_exhibit_overrides_body", "Galloway Peak Software, LLC", "pass_through", fee(20.00, "provider", "year"),
 "Body says subscription fees include use of embedded code sets, but Exhibit C bills an AMA CPT Fee of 20.00 per Provider per year in addition, and Section 14.3 makes Exhibits control over the body.",
 [("title", "SOFTWARE AS A SERVICE AGREEMENT"),
  ("p", "This Agreement is made between <b>Galloway Peak Software, LLC</b> (\"Galloway\") and <b>Twin Forks Urgent Care, LLC</b> (\"Customer\") as of January 6, 2025."),
  ("h", "1. Definitions"),
  ("p", "\"Provider\" means each physician, nurse practitioner or physician assistant for whom Customer submits claims using the Software. \"Software\" means Galloway's PeakPM and PeakChart applications. \"Exhibits\" means the exhibits attached to this Agreement."),
  ("h", "2. Subscription"),
  ("p", "Galloway grants Customer a subscription to use the Software for the Term for Customer's internal business operations."),
  ("h", "6. Fees"),
  ("cl", "6.1", "Customer shall pay the Subscription Fees set out in Exhibit C."),
  ("cl", "6.2", "The Subscription Fees include Customer's use of the code sets embedded in the Software and all standard updates to them."),
  ("cl", "6.3", "Galloway may adjust the Subscription Fees at renewal on sixty (60) days' notice."),
 ] + bps(["payment", "support", "data", "security", "confid", "baa", "warranty", "liability"], 7, V, C) + [
  ("h", "14. Construction"),
  ("cl", "14.1", "Headings are for convenience only."),
  ("cl", "14.2", "\"Including\" means including without limitation."),
  ("cl", "14.3", "<b>Order of precedence.</b> If there is any conflict or inconsistency between the body of this Agreement and any Exhibit, the Exhibit shall control to the extent of the conflict."),
  ("pb",),
  ("h", "EXHIBIT C - FEES"),
  ("tbl", [["Fee", "Basis", "Amount (USD)"],
           ["PeakPM + PeakChart subscription", "per Provider per month", "379.00"],
           ["Urgent care template library", "per location per month", "60.00"],
           ["Implementation", "one-time", "3,900.00"],
           ["AMA CPT Fee", "per Provider per year", "20.00"],
           ["Interface (lab, bidirectional)", "one-time", "1,500.00"]], [0.45, 0.33, 0.22]),
  ("p", "<b>Notes to Exhibit C.</b> (1) The AMA CPT Fee is billed in addition to the Subscription Fees and is remitted by Galloway to the American Medical Association under Galloway's CPT distribution licence. (2) The AMA CPT Fee is invoiced each January for all Providers active during the prior month. (3) All other code sets in the Software are included in the Subscription Fees."),
  ("sig", ["Galloway Peak Software, LLC", "Twin Forks Urgent Care, LLC"]),
 ], font="Helvetica", size="A4", ref="GPS-SaaS-TFUC"))

# ---------------------------------------------------------------- P16 Two-column, per account per month
A(doc("pt_twocol_account_monthly", "Tidewell Clinical Apps LLC", "pass_through", fee(12.00, "organization", "month"),
 "Two-column subscriber terms: an 'AMA code set pass-through' of 12.00 per month per Account, where the Account is the Subscriber's single practice account.",
 [("title", "SUBSCRIBER TERMS"),
  ("sub", "Tidewell Clinical Apps LLC - TidewellPT"),
  ("p", "These Subscriber Terms govern access to TidewellPT, the therapy documentation and billing application operated by Tidewell Clinical Apps LLC (\"Tidewell\"), by the physical therapy, occupational therapy or speech practice that subscribes (\"Subscriber\")."),
  ("h", "1. Account"),
  ("p", "Each Subscriber receives one account (the \"Account\"). One Account is issued per legal entity; a Subscriber operating several clinics under one legal entity uses one Account with multiple clinic profiles. Subscriber appoints an Account owner who controls logins, permissions and billing details."),
  ("h", "2. Plans"),
  ("p", "Plans are priced per therapist per month, with unlimited support staff logins. Plan prices and included features are shown in the Plan Summary at sign-up and on each monthly receipt."),
  ("h", "3. Billing features"),
  ("p", "TidewellPT generates claims and superbills using procedure codes, including the timed therapy codes, and modifiers. Code descriptions are drawn from the CPT code set of the American Medical Association (AMA)."),
  ("h", "4. AMA code set pass-through"),
  ("p", "4.1 Tidewell distributes the CPT code set to Subscribers under a licence from the AMA. The AMA requires Tidewell to pay for that distribution."),
  ("p", "4.2 Subscriber will be charged an AMA code set pass-through of $12.00 per month per Account. This charge appears on the monthly receipt as a separate line, is not part of the plan price, and is not reduced by plan discounts or promotional credits."),
  ("p", "4.3 Subscriber may not export the CPT code set or use it outside TidewellPT."),
  ("h", "5. Payment"),
  ("p", "All charges are billed monthly in advance to Subscriber's card on file. If a payment fails, Tidewell will retry for ten days and may then limit the Account to read-only access until payment is made."),
  ("h", "6. Records"),
  ("p", "Subscriber owns its clinical and billing records. Tidewell processes them as Subscriber's business associate under the Business Associate Agreement accepted at sign-up. Records remain exportable for ninety days after cancellation."),
  ("h", "7. Availability"),
  ("p", "Tidewell targets 99.9% monthly availability, excluding maintenance windows on Sunday mornings between 1:00 and 5:00 a.m. Central time. Status updates are posted at status.tidewell.example."),
  ("h", "8. Cancellation"),
  ("p", "Subscriber may cancel at the end of any monthly period. Tidewell may terminate on thirty days' notice or immediately for non-payment exceeding sixty days or for misuse."),
  ("h", "9. Liability"),
  ("p", "TidewellPT is provided as is. Tidewell's total liability in any twelve-month period is limited to the amounts Subscriber paid Tidewell in that period. Neither party is liable for indirect or consequential damages."),
  ("h", "10. General"),
  ("p", "Texas law governs. These Subscriber Terms, the Plan Summary and the Business Associate Agreement are the entire agreement. Tidewell Clinical Apps LLC, 2100 Seawall Blvd, Galveston, TX 77550."),
 ], font="Times", size="letter", cols=2, ref="TidewellPT Subscriber Terms 2025"))

# ---------------------------------------------------------------- P17 Royalty + admin, per user, unruled table with totals
V, C = "Amberlight", "Client"
A(doc("pt_royalty_plus_admin_user", "Amberlight Health Software, Inc.", "pass_through", fee(18.75, "user", "year"),
 "Price schedule lists 'CPT royalty (AMA)' 18.00 and 'CPT administration' 0.75 per user per year (sum 18.75), beside no-charge ICD-10-CM/HCPCS II rows, totals for 10 users and a note on future royalty increases.",
 [("title", "PRICE SCHEDULE AND SPECIAL TERMS"),
  ("sub", "Attachment 2 to the Amberlight Master Agreement between Amberlight Health Software, Inc. and Cedar Hollow Neurology, P.C."),
  ("p", "Effective July 1, 2025. Capitalised terms not defined here have the meanings in the Master Agreement. \"User\" means each named individual with a login to the Amberlight platform."),
  ("h", "A. Recurring fees"),
  ("tbl", [["Item", "Rate", "Per", "Users", "Annual"],
           ["Amberlight EHR - clinician licence", "$310.00", "user / month", "4", "$14,880.00"],
           ["Amberlight EHR - staff licence", "$45.00", "user / month", "6", "$3,240.00"],
           ["CPT royalty (AMA)", "$18.00", "user / year", "10", "$180.00"],
           ["CPT administration", "$0.75", "user / year", "10", "$7.50"],
           ["ICD-10-CM code set", "no charge", "-", "10", "$0.00"],
           ["HCPCS Level II code set", "no charge", "-", "10", "$0.00"],
           ["Total recurring, year 1", "", "", "", "$18,307.50"]], [0.38, 0.14, 0.16, 0.10, 0.22]),
  ("h", "B. One-time fees"),
  ("tbl", [["Item", "Amount"],
           ["Implementation and template build", "$6,000.00"],
           ["Data conversion from prior system", "$2,250.00"]], [0.60, 0.40]),
  ("h", "C. Special terms"),
  ("cl", "C.1", "The CPT royalty and CPT administration charges relate to Current Procedural Terminology content licensed by Amberlight from the American Medical Association and sublicensed to Client under Section 9 of the Master Agreement. They are invoiced once per year for every User, whether clinical or administrative."),
  ("cl", "C.2", "If the AMA changes the royalty it charges Amberlight, the CPT royalty line will change by the same amount from the next calendar year. Amberlight will give Client at least thirty (30) days' notice. The CPT administration charge will not increase during the Initial Term."),
  ("cl", "C.3", "ICD-10-CM and HCPCS Level II are government code sets and are not charged."),
  ("cl", "C.4", "Clinician and staff licence rates are fixed for the Initial Term of thirty-six months and may then increase by up to 4% per year."),
  ("sig", ["Amberlight Health Software, Inc.", "Cedar Hollow Neurology, P.C."]),
 ], font="Helvetica", size="letter", ref="Amberlight MA Attachment 2"))

# ---------------------------------------------------------------- P18 Statement split across page break, cap
V, C = "Stonebridge", "Client"
A(doc("pt_split_pagebreak_cap", "Stonebridge Practice Technologies, Inc.", "pass_through", fee(19.00, "provider", "year"),
 "The AMA Pass-Through Fee clause is split across a page break: '$19.00' ends page 1 and 'per Provider per calendar year', with an annual aggregate cap of 950.00, begins page 2.",
 [("title", "PRACTICE SYSTEM SERVICES AGREEMENT"),
  ("p", "Stonebridge Practice Technologies, Inc. (\"Stonebridge\") and Millrace Ear, Nose and Throat Associates, P.A. (\"Client\") enter into this Agreement as of October 1, 2024."),
  ("h", "1. Scope"),
  ("p", "Stonebridge will provide its hosted practice system (scheduling, charting, charge capture, claims and reporting) and the related services described in the Statement of Work."),
  ("h", "2. Providers"),
  ("p", "\"Provider\" means a physician, audiologist, nurse practitioner or physician assistant of Client who is enrolled in the practice system as a billing or rendering clinician. Client will keep its Provider roster current."),
] + bps(["support", "training", "data", "security"], 3, V, C) + [
  ("h", "7. Fees"),
  ("p", "7.1 Client shall pay the monthly service fee of $415.00 per Provider."),
  ("p", "7.2 Client shall pay the implementation fee of $4,000.00, half on signature and half at go-live."),
  ("p", "7.3 The practice system contains Current Procedural Terminology content that Stonebridge distributes under its licence from the American Medical Association. In addition to the monthly service fee, the AMA Pass-Through Fee is $19.00"),
  ("pb",),
  ("p", "per Provider per calendar year, provided that the aggregate AMA Pass-Through Fee charged to Client for any calendar year shall not exceed $950.00. The AMA Pass-Through Fee is invoiced in January and is not prorated."),
  ("p", "7.4 The aggregate cap in Section 7.3 applies only to the AMA Pass-Through Fee and does not limit any other fee."),
 ] + bps(["payment", "term", "termination", "confid", "baa", "liability", "law", "misc"], 8, V, C) + [
  ("sig", ["Stonebridge Practice Technologies, Inc.", "Millrace Ear, Nose and Throat Associates, P.A."]),
 ], font="Courier", size="letter", ref="SPT-PSSA"))


# ---------------------------------------------------------------- appendices that add realistic bulk
from common import baa, sla

def _extend(key, extra):
    for d in DOCS:
        if d["key"] == key:
            d["blocks"] = d["blocks"] + extra
            return
    raise KeyError(key)

_extend("pt_twocol_eula_monthly", baa("Okaloosa Data Works LLC", "the practice", "BUSINESS ASSOCIATE AGREEMENT"))
_extend("pt_twocol_account_monthly", baa("Tidewell", "Subscriber"))
_extend("pt_msa_defs_orderform", baa("Quillfeather", "Customer", "EXHIBIT B - BUSINESS ASSOCIATE ADDENDUM"))
_extend("pt_amount_not_stated", [("pb",)] + sla("Wickerbay", "Customer", "EXHIBIT B - SERVICE LEVELS")
        + baa("Wickerbay", "Customer", "EXHIBIT C - BUSINESS ASSOCIATE ADDENDUM", pb=False))
