"""blind_m content, module C (10 documents)."""


def fee(amount, period, unit):
    return {"amount": amount, "currency": "USD", "period": period, "unit": unit}


DOCS = []

# ---------------------------------------------------------------- C1
DOCS.append(dict(
    key="c01_pm_fee_schedule_per_tin_terse",
    font="Courier", size=9.5,
    title="Schedule of Fees",
    footer="Granite Peak Practice Services, Inc. - Fee Schedule GP-FS-2025",
    blocks=[
        ("ltitle", "SCHEDULE OF FEES"),
        ("p", "Granite Peak Practice Services, Inc. (\"Granite Peak\")"),
        ("p", "Client: Lone Cedar Medical Group, PLLC - TINs on file: 2"),
        ("p", "Attached to and part of the Practice Services Agreement dated 11/03/2025."),
        ("hr",),
        ("h2", "A. RECURRING"),
        ("bullets", [
            "A1. Platform access (scheduling, charge capture, claims): $249.00 per TIN per month.",
            "A2. Named user logins beyond 10 per TIN: $18.00 per login per month.",
            "A3. CPT Data License Fee: $145.00 per Tax Identification Number per calendar year, billed each January. This is Granite Peak's pass-through of the AMA royalty for CPT content in the Platform. Not prorated.",
            "A4. Patient statements: $0.72 per statement mailed.",
        ]),
        ("h2", "B. ONE-TIME"),
        ("bullets", [
            "B1. Onboarding, per TIN: $950.00.",
            "B2. Historical A/R conversion: $0.40 per open claim imported.",
        ]),
        ("h2", "C. CONDITIONS"),
        ("bullets", [
            "C1. A new TIN added mid-year is billed A3 in full on the next invoice.",
            "C2. A1 and A2 rise by CPI-U at each anniversary, max 5%.",
            "C3. A3 follows AMA royalty changes; Granite Peak gives 30 days' notice of any change.",
            "C4. All amounts USD, excl. tax. Net 30.",
        ]),
        ("hr",),
        ("p", "Initialed: GP ____  Client ____"),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
    label=dict(coverage="pass_through", cpt_fee=fee(145.0, "year", "organization"),
               vendor="Granite Peak Practice Services, Inc."),
    description="Terse fee schedule: 'CPT Data License Fee $145.00 per Tax Identification Number per calendar year', a pass-through of the AMA royalty; per-TIN monthly platform fee and per-login fees are distractors.",
))

# ---------------------------------------------------------------- C2
DOCS.append(dict(
    key="c02_telehealth_one_time_activation_per_provider",
    font="Helvetica", size=10,
    title="Skyloom Billing Add-On Terms",
    footer="Skyloom Virtual Care, Inc. - Billing Add-On Terms (April 2025)",
    blocks=[
        ("ltitle", "Skyloom Billing Add-On Terms"),
        ("p", "These terms supplement the Skyloom Virtual Care Terms of Service for practices that turn on the Billing Add-On. \"Skyloom\", \"we\" and \"us\" mean Skyloom Virtual Care, Inc. \"You\" means the practice."),
        ("h2", "1. What the Billing Add-On does"),
        ("p", "The Billing Add-On lets your enrolled providers attach CPT&reg; procedure codes and ICD-10-CM diagnosis codes to completed video visits, generate superbills, and send claims through our clearinghouse partner."),
        ("h2", "2. Price"),
        ("p", "The Billing Add-On is $49 per enrolled provider per month, on top of your Skyloom plan. Claims are $0.30 each."),
        ("h2", "3. CPT licence"),
        ("p", "CPT codes are owned by the American Medical Association, and each enrolled provider needs a CPT licence before the coding screen is switched on. We supply that licence under our distribution agreement with the AMA. Skyloom charges a <b>one-time CPT licence activation fee of $95.00 per provider</b>, payable when the provider is first enrolled in the Billing Add-On. After that, the licence stays in place for as long as the provider remains enrolled, with no further CPT charge from us."),
        ("p", "If a provider is removed and later re-enrolled, the activation fee applies again."),
        ("h2", "4. Cancelling"),
        ("p", "You can turn the Billing Add-On off for any provider at the end of a billing month. Activation fees are not refundable."),
        ("h2", "5. Your coding"),
        ("p", "You choose the codes. Skyloom does not review or recommend codes and is not responsible for payer denials."),
        ("small", "CPT is a registered trademark of the American Medical Association. CPT only &copy; 2025 American Medical Association. All rights reserved."),
    ],
    label=dict(coverage="pass_through", cpt_fee=fee(95.0, "one_time", "provider"),
               vendor="Skyloom Virtual Care, Inc."),
    description="Telehealth billing add-on terms: one-time CPT licence activation fee of $95.00 per provider charged by the vendor; the $49/provider/month add-on price and $0.30 claims are distractors.",
))

# ---------------------------------------------------------------- C3
DOCS.append(dict(
    key="c03_license_royalty_recovery_amount_in_words",
    font="Times", size=10.5, justify=True,
    title="Software License and Services Agreement",
    footer="Harrow Vale Medical Software Corporation - Agreement No. HV-2025-118",
    blocks=[
        ("title", "SOFTWARE LICENSE AND SERVICES AGREEMENT"),
        ("p", "THIS AGREEMENT is made as of the 2nd day of June, 2025, by and between <b>Harrow Vale Medical Software Corporation</b>, a Pennsylvania corporation (\"Licensor\"), and <b>Greystone Cardiology Associates, P.C.</b> (\"Licensee\")."),
        ("h2", "ARTICLE 8 - FEES AND PAYMENT"),
        ("p", "8.1 <u>License Fees.</u> Licensee shall pay Licensor an annual license fee of $3,600.00 for each Rendering Provider, payable annually in advance. \"Rendering Provider\" means each physician or advanced practice clinician whose services are billed under Licensee's tax identification number using the Software."),
        ("p", "8.2 <u>Implementation.</u> Licensee shall pay implementation fees of $7,500.00, one half on execution and one half on go-live."),
        ("p", "8.3 <u>Support.</u> Support and updates are included in the license fee for each Contract Year. \"Contract Year\" means each successive twelve-month period beginning on the go-live date."),
        ("p", "8.4 <u>CPT Royalty Recovery.</u> The Software contains Current Procedural Terminology, which Licensor distributes under an agreement with the American Medical Association. Licensee shall reimburse Licensor for the royalty Licensor owes the American Medical Association in respect of Licensee's use of that content, in the amount of twenty-two dollars per Rendering Provider for each Contract Year, payable within thirty (30) days after Licensor's invoice. The reimbursement is in addition to, and not part of, the license fee under Section 8.1."),
        ("p", "8.5 <u>Taxes.</u> Amounts payable are exclusive of taxes, which Licensee shall pay other than taxes on Licensor's income."),
        ("p", "8.6 <u>Late Payment.</u> Amounts not paid when due accrue interest at the lesser of 1.5% per month or the highest lawful rate."),
        ("h2", "ARTICLE 9 - TERM"),
        ("p", "9.1 The initial term is five (5) Contract Years. 9.2 Thereafter this Agreement renews for successive one-year terms unless either party gives one hundred twenty (120) days' prior written notice."),
        ("h2", "ARTICLE 10 - LIMITATION OF LIABILITY"),
        ("p", "EXCEPT FOR BREACH OF CONFIDENTIALITY, NEITHER PARTY SHALL BE LIABLE FOR INDIRECT OR CONSEQUENTIAL DAMAGES, AND LICENSOR'S AGGREGATE LIABILITY SHALL NOT EXCEED THE FEES PAID IN THE TWELVE MONTHS BEFORE THE CLAIM."),
        ("sig", [["<b>HARROW VALE MEDICAL SOFTWARE CORPORATION</b>", "By: _______________________", "Its: Senior Vice President"],
                 ["<b>GREYSTONE CARDIOLOGY ASSOCIATES, P.C.</b>", "By: _______________________", "Its: Chief Executive Officer"]]),
    ],
    label=dict(coverage="pass_through", cpt_fee=fee(22.0, "year", "provider"),
               vendor="Harrow Vale Medical Software Corporation"),
    description="Formal licence: 'CPT Royalty Recovery' of 'twenty-two dollars per Rendering Provider for each Contract Year' stated only in words; $3,600 per-provider licence fee is a distractor.",
))

# ---------------------------------------------------------------- C4
DOCS.append(dict(
    key="c04_cloud_ehr_negation_not_required_to_obtain",
    font="Helvetica", size=10,
    title="Bellwether Customer Agreement - Content and Licensing",
    footer="Bellwether Clinical Cloud, LLC - Customer Agreement, Section 8",
    blocks=[
        ("ltitle", "Customer Agreement - Section 8: Content and Licensing"),
        ("p", "This Section 8 is part of the Customer Agreement between <b>Bellwether Clinical Cloud, LLC</b> (\"Bellwether\") and the customer identified in the Order (\"Customer\")."),
        ("h2", "8.1 Bellwether Content"),
        ("p", "The Service includes clinical templates, order sets and reference code sets maintained by Bellwether, including CPT&reg;, ICD-10-CM, HCPCS Level II, LOINC and RxNorm, each updated on the schedule described in the Documentation."),
        ("h2", "8.2 CPT"),
        ("p", "Bellwether distributes CPT under a distribution agreement with the American Medical Association and bears all royalties due under that agreement for Customer's users. Customer shall not be required to obtain a separate license from the AMA for CPT content used within the Service, and Bellwether shall not charge Customer any CPT, AMA or code-set fee."),
        ("h2", "8.3 Customer-Connected Software"),
        ("p", "Customer must obtain its own licenses for any third-party software it connects to the Service through Bellwether's APIs, such as dictation tools or analytics applications, and is responsible for the fees for those licenses. Bellwether content may not be exported to such software except as the Documentation allows."),
        ("h2", "8.4 Restrictions"),
        ("p", "Customer shall use Bellwether content only within the Service and only for Customer's own patients and operations, and shall keep the AMA's copyright notice on any printed report containing CPT descriptors."),
        ("h2", "8.5 Changes"),
        ("p", "If the AMA terminates Bellwether's distribution agreement, Bellwether will give Customer prompt notice and will work in good faith to provide an alternative that does not increase Customer's fees."),
        ("sp", 6),
        ("small", "CPT only &copy; 2025 American Medical Association. All rights reserved. CPT is a registered trademark of the American Medical Association."),
    ],
    label=dict(coverage="vendor_covers", cpt_fee=None, vendor="Bellwether Clinical Cloud, LLC"),
    description="Negation trap: 'Customer shall not be required to obtain a separate license from the AMA' and vendor bears all royalties and charges no CPT fee; 'must obtain its own licenses' applies only to connected third-party software.",
))

# ---------------------------------------------------------------- C5
DOCS.append(dict(
    key="c05_amendment_deletes_pass_through",
    font="Times", size=10.5, justify=True,
    title="Amendment No. 1 to Software Subscription Agreement",
    footer="Marlowe Systems Group, Inc. - Amendment No. 1",
    blocks=[
        ("title", "AMENDMENT NO. 1 TO SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "This Amendment No. 1 (the \"Amendment\") is entered into on November 14, 2024 and is effective as of January 1, 2025 (the \"Amendment Effective Date\"), by and between <b>Marlowe Systems Group, Inc.</b> (\"Marlowe\") and <b>Fairhaven Urology, P.C.</b> (\"Customer\")."),
        ("h2", "Recitals"),
        ("p", "A. Marlowe and Customer are parties to a Software Subscription Agreement dated June 1, 2023 (the \"Agreement\")."),
        ("p", "B. Section 6.4 of the Agreement requires Customer to pay a CPT Pass-Through Fee of $18.00 per provider per year in respect of royalties payable to the American Medical Association."),
        ("p", "C. In connection with Customer's renewal for a further three-year term, the parties wish to amend the Agreement as set out below."),
        ("h2", "Agreement"),
        ("p", "1. <u>CPT Royalties.</u> Section 6.4 of the Agreement is deleted in its entirety and replaced with the following:"),
        ("ind", "\"6.4 CPT Royalties. Marlowe shall bear all royalties payable to the American Medical Association for CPT content in the Service. No CPT Pass-Through Fee shall be invoiced to Customer for any period on or after the Amendment Effective Date.\""),
        ("p", "2. <u>Prior Periods.</u> CPT Pass-Through Fees invoiced for calendar year 2024 and earlier remain payable and are not affected by this Amendment."),
        ("p", "3. <u>Renewal.</u> The term of the Agreement is extended to December 31, 2027. The Subscription Fee for the extended term is $412.00 per provider per month."),
        ("p", "4. <u>Effect.</u> Except as amended here, the Agreement remains in full force and effect. In the event of a conflict between this Amendment and the Agreement, this Amendment controls."),
        ("p", "IN WITNESS WHEREOF, the parties have executed this Amendment as of the date first written above."),
        ("sig", [["<b>MARLOWE SYSTEMS GROUP, INC.</b>", "By: ______________________", "Name: Felicity Oduya", "Title: General Counsel"],
                 ["<b>FAIRHAVEN UROLOGY, P.C.</b>", "By: ______________________", "Name: Dr. Russell Kaminski", "Title: Managing Partner"]]),
    ],
    label=dict(coverage="vendor_covers", cpt_fee=None, vendor="Marlowe Systems Group, Inc."),
    description="Amendment (effective 2025-01-01) deletes the $18/provider/year CPT pass-through and provides that the vendor bears all AMA royalties; the superseded fee no longer applies.",
))

# ---------------------------------------------------------------- C6
DOCS.append(dict(
    key="c06_audit_tool_ships_without_cpt",
    font="Courier", size=9.5,
    title="Quillmark Audit Workbench - Product Terms",
    footer="Quillmark Coding Tools, Inc. - Product Terms QAW-3",
    blocks=[
        ("ltitle", "QUILLMARK AUDIT WORKBENCH"),
        ("p", "Product Terms - Quillmark Coding Tools, Inc."),
        ("hr",),
        ("h2", "1. PRODUCT"),
        ("p", "The Audit Workbench is a desktop and browser tool for retrospective coding audits: sample selection, auditor worksheets, error-rate reports and provider education packets."),
        ("h2", "2. PRICE"),
        ("p", "$1,200.00 per auditor seat per year. Viewer seats (read-only reports): $240.00 per seat per year. Minimum two auditor seats."),
        ("h2", "3. CONTENT"),
        ("p", "3.1 The Workbench ships with ICD-10-CM, ICD-10-PCS and HCPCS Level II code files taken from public government releases, updated each quarter at no charge."),
        ("p", "3.2 The Workbench does not contain CPT. To audit CPT-coded claims, Customer loads the AMA CPT data file that Customer has licensed directly from the American Medical Association or through an AMA-authorized distributor. Customer is responsible for licensing every auditor and viewer who will see CPT content in the Workbench and for paying all related royalties."),
        ("p", "3.3 Quillmark is not an AMA distributor and does not collect CPT fees."),
        ("h2", "4. DATA"),
        ("p", "Audit samples stay on Customer's systems. Quillmark receives only anonymous usage metrics."),
        ("h2", "5. TERM"),
        ("p", "Annual subscription, auto-renewing. Cancel with 30 days' notice before renewal."),
        ("hr",),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
    label=dict(coverage="customer_must_license", cpt_fee=None, vendor="Quillmark Coding Tools, Inc."),
    description="Coding-audit tool terms: product ships without CPT; customer loads a CPT file licensed from the AMA or a distributor and licenses every user; vendor is not a distributor.",
))

# ---------------------------------------------------------------- C7
DOCS.append(dict(
    key="c07_optional_cpt_addon_declined",
    font="Helvetica", size=9.5,
    title="Foxglove Service Order",
    footer="Foxglove Health IT, Inc. - Service Order FX-5520",
    blocks=[
        ("ltitle", "Service Order FX-5520"),
        ("kv", [("Provider of Service", "Foxglove Health IT, Inc."),
                ("Customer", "Ambrose Family Chiropractic, LLC"),
                ("Service", "Foxglove Clinic (hosted scheduling, notes and billing)"),
                ("Start date", "January 6, 2026")]),
        ("h2", "Subscription"),
        ("table", [["Item", "Qty", "Price"],
                   ["Foxglove Clinic - clinician seat", "2", "$119.00 per seat per month"],
                   ["Foxglove Clinic - staff seat", "3", "$39.00 per seat per month"],
                   ["Text reminders", "-", "$0.03 per message"]],
         [0.5, 0.1, 0.4], "grid"),
        ("h2", "Optional items"),
        ("table", [["Option", "Price", "Customer election"],
                   ["CPT Content Add-On (CPT codes and descriptors loaded and updated by Foxglove)", "$21.00 per user per year", "[ ] Accept    [X] Decline"],
                   ["Paper claim printing", "$0.55 per claim", "[X] Accept    [ ] Decline"]],
         [0.5, 0.22, 0.28], "grid"),
        ("h2", "Terms applying to this Service Order"),
        ("numbered", [
            "If Customer accepts the CPT Content Add-On, Foxglove sublicenses CPT to Customer's users under Foxglove's agreement with the American Medical Association, and the Add-On price is charged for each user.",
            "If Customer declines the CPT Content Add-On, the Service is provisioned without CPT content. Customer must then load CPT under its own license from the American Medical Association or an AMA-authorized distributor, and Customer is responsible for all royalties and reporting under that license.",
            "Customer may accept the CPT Content Add-On later by written notice; the price will be the then-current price.",
            "Seat prices are fixed for 12 months from the start date.",
        ]),
        ("p", "Signed for Customer: Leah Ambrose, Owner, 12/15/2025.  Signed for Foxglove: Devin Marsh, Account Executive, 12/16/2025."),
    ],
    label=dict(coverage="customer_must_license", cpt_fee=None, vendor="Foxglove Health IT, Inc."),
    description="Service order where the optional $21/user/year CPT Content Add-On is marked Declined; terms say a declining customer must load CPT under its own AMA/distributor licence.",
))

# ---------------------------------------------------------------- C8
DOCS.append(dict(
    key="c08_managed_it_hosting_no_cpt",
    font="Times", size=10.5, justify=True,
    title="Managed Hosting and IT Services Agreement",
    footer="Copperline Managed IT, LLC - MSA-HC-0925",
    blocks=[
        ("title", "MANAGED HOSTING AND IT SERVICES AGREEMENT"),
        ("p", "This Agreement is between <b>Copperline Managed IT, LLC</b> (\"Copperline\") and <b>Prairie Rose Women's Health, P.C.</b> (\"Client\"), effective September 15, 2025."),
        ("h2", "1. Services"),
        ("p", "Copperline will host Client's electronic health record application server and database in Copperline's data center, manage Client's office network and workstations, and provide help desk support, as described in the Service Description attached as Schedule 1. Client licenses its EHR application directly from its EHR vendor; Copperline hosts and operates it but does not provide the application."),
        ("h2", "2. Fees"),
        ("table", [["Service", "Fee"],
                   ["Hosted server environment (production and test)", "$1,150.00 per month"],
                   ["Managed workstation", "$35.00 per user per month"],
                   ["Off-site backup, 30-day retention", "$220.00 per month"],
                   ["After-hours emergency call-out", "$165.00 per hour"],
                   ["Onboarding and migration", "$3,200.00 one-time"]],
         [0.62, 0.38], "lines"),
        ("h2", "3. Service Levels"),
        ("p", "Copperline targets 99.95% availability of the hosted environment, measured monthly. If availability falls below 99.5%, Client receives a credit of 10% of that month's hosting fee."),
        ("h2", "4. Security and HIPAA"),
        ("p", "Copperline will maintain administrative, physical and technical safeguards consistent with the HIPAA Security Rule and will sign Client's Business Associate Agreement. Copperline will notify Client of a security incident affecting Client's data within 48 hours of discovery."),
        ("h2", "5. Term"),
        ("p", "Thirty-six (36) months, renewing for twelve-month terms unless either party gives ninety (90) days' notice. On termination, Copperline will return Client's data in a standard database format within thirty (30) days."),
        ("h2", "6. Limitation of Liability"),
        ("p", "Copperline's liability is limited to the fees paid in the twelve months before the event giving rise to the claim, except for breach of the Business Associate Agreement."),
        ("sig", [["<b>Copperline Managed IT, LLC</b>", "By: ______________________"],
                 ["<b>Prairie Rose Women's Health, P.C.</b>", "By: ______________________"]]),
    ],
    label=dict(coverage="not_addressed", cpt_fee=None, vendor="Copperline Managed IT, LLC"),
    description="Managed hosting/IT services agreement for a practice's EHR server; no mention of CPT or code-set licensing at all.",
))

# ---------------------------------------------------------------- C9
DOCS.append(dict(
    key="c09_parties_to_agree_before_go_live",
    font="Helvetica", size=10,
    title="Implementation and Subscription Agreement",
    footer="Ashgrove Medical Informatics, Inc. - Implementation and Subscription Agreement",
    blocks=[
        ("title", "Implementation and Subscription Agreement"),
        ("p", "<b>Ashgrove Medical Informatics, Inc.</b> (\"Ashgrove\") and <b>Tri-County Pulmonary Associates, LLC</b> (\"Customer\") agree as follows, effective October 20, 2025."),
        ("h2", "1. Solution"),
        ("p", "Ashgrove will implement and host the Ashgrove EHR, practice management and patient engagement modules (the \"Solution\") for Customer's six locations."),
        ("h2", "2. Implementation"),
        ("p", "Implementation follows the project plan in Exhibit 1. The target Go-Live Date is March 2, 2026. Implementation fees are $18,000, payable in three milestones."),
        ("h2", "3. Subscription"),
        ("p", "From the Go-Live Date Customer will pay $365 per provider per month and $40 per non-provider user per month."),
        ("h2", "11. Third-Party Content"),
        ("p", "11.1 The Solution incorporates content licensed from third parties, including drug databases, patient education materials and the American Medical Association's Current Procedural Terminology (CPT&reg;)."),
        ("p", "11.2 Drug database and patient education content are included in the subscription."),
        ("p", "11.3 Responsibility for any AMA license fees associated with Customer's use of CPT in the Solution shall be agreed in writing by the parties before the Go-Live Date."),
        ("h2", "12. Entire Agreement"),
        ("p", "This Agreement, with Exhibit 1 (Project Plan) and Exhibit 2 (Business Associate Agreement), is the entire agreement of the parties. No other writing forms part of it unless signed by both parties."),
        ("sig", [["<b>Ashgrove Medical Informatics, Inc.</b>", "By: ______________________", "Date: 10/20/2025"],
                 ["<b>Tri-County Pulmonary Associates, LLC</b>", "By: ______________________", "Date: 10/20/2025"]]),
    ],
    label=dict(coverage="unclear", cpt_fee=None, vendor="Ashgrove Medical Informatics, Inc."),
    description="EHR implementation agreement: responsibility for AMA CPT licence fees 'shall be agreed in writing by the parties before the Go-Live Date'; no such writing is included, so who pays is open.",
))

# ---------------------------------------------------------------- C10
DOCS.append(dict(
    key="c10_vendor_election_absorb_or_invoice",
    font="Times", size=10.5, justify=True,
    title="Software Subscription Terms",
    footer="Thornbury Software Partners, LLC - Subscription Terms 2025",
    blocks=[
        ("title", "SOFTWARE SUBSCRIPTION TERMS"),
        ("p", "These Subscription Terms govern the Thornbury Practice Suite provided by <b>Thornbury Software Partners, LLC</b> (\"Thornbury\") to the subscribing practice (\"Customer\")."),
        ("h2", "1. Subscription Fees"),
        ("p", "Customer shall pay the Subscription Fees listed in its Order, which are charged per provider per month and billed quarterly in advance."),
        ("h2", "2. Code Sets"),
        ("p", "2.1 The Suite includes ICD-10-CM, HCPCS Level II and Current Procedural Terminology (CPT) code sets, updated annually."),
        ("p", "2.2 <i>CPT Royalties.</i> Thornbury distributes CPT under a license from the American Medical Association. For each calendar year Thornbury will, at its sole election, either (a) bear the AMA royalties attributable to Customer's use of CPT in the Suite, or (b) invoice those royalties to Customer at cost. Thornbury will notify Customer of its election for a calendar year by December 1 of the preceding year."),
        ("p", "2.3 Customer shall report the number of individuals with access to CPT in the Suite on request."),
        ("h2", "3. Term and Renewal"),
        ("p", "The term begins on the date of Customer's Order and continues for the period stated in it, renewing automatically for one-year periods unless either party gives sixty (60) days' notice."),
        ("h2", "4. Support"),
        ("p", "Support is available by phone and portal from 7 a.m. to 7 p.m. Central time on business days."),
        ("h2", "5. Warranty Disclaimer"),
        ("p", "EXCEPT AS EXPRESSLY STATED, THE SUITE IS PROVIDED WITHOUT WARRANTIES OF ANY KIND, INCLUDING WARRANTIES OF MERCHANTABILITY OR FITNESS FOR A PARTICULAR PURPOSE."),
        ("h2", "6. Governing Law"),
        ("p", "These Subscription Terms are governed by the laws of the State of Texas."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
    label=dict(coverage="unclear", cpt_fee=None, vendor="Thornbury Software Partners, LLC"),
    description="Subscription terms letting the vendor elect each year either to absorb AMA CPT royalties or invoice them at cost; no election is shown, so who pays cannot be determined.",
))
