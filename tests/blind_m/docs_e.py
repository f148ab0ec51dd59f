"""blind_m content, module E (10 documents)."""


def fee(amount, period, unit):
    return {"amount": amount, "currency": "USD", "period": period, "unit": unit}


DOCS = []

# ---------------------------------------------------------------- E1
DOCS.append(dict(
    key="e01_email_per_user_no_period",
    font="Helvetica", size=10,
    title="RE: CPT charge question",
    pagenum=False,
    blocks=[
        ("mono", "From:    Dana Whitlock <dana.whitlock@brooklineridge.example>\nTo:      Teresa Alvarado <talvarado@maplehollowfp.example>\nDate:    Tue, 14 Oct 2025 10:42:17 -0500\nSubject: RE: CPT charge question"),
        ("hr",),
        ("p", "Hi Teresa,"),
        ("p", "Thanks for the call this morning. The item you asked about on the draft invoice is the AMA pass-through for CPT. Brookline Ridge licenses the CPT codes in the system from the AMA, and the AMA now requires us to collect the royalty from each customer."),
        ("p", "It's $18 per user, and we'll add it to your next invoice for the 6 users currently on your account, so $108 in total. Your subscription price isn't changing."),
        ("p", "If you deactivate anyone who no longer needs access before the invoice runs on the 25th, let me know and I'll adjust the count."),
        ("p", "Best,<br/>Dana"),
        ("p", "Dana Whitlock | Account Manager<br/>Brookline Ridge Health, Inc.<br/>(614) 555-0188"),
        ("hr",),
        ("mono", "From:    Teresa Alvarado <talvarado@maplehollowfp.example>\nSent:    Mon, 13 Oct 2025 16:05:51 -0500\nTo:      Dana Whitlock <dana.whitlock@brooklineridge.example>\nSubject: CPT charge question"),
        ("p", "Hi Dana, our draft invoice has a new $108 line labelled \"AMA/CPT\". Is that something new? We pay $1,140 a month already and nobody mentioned this when we signed. Can you explain what it is before I approve the invoice?"),
        ("p", "Thanks,<br/>Teresa Alvarado, Office Manager<br/>Maple Hollow Family Practice"),
    ],
    label=dict(coverage="pass_through", cpt_fee=fee(18.0, None, "user"),
               vendor="Brookline Ridge Health, Inc."),
    description="Vendor e-mail: AMA CPT pass-through of $18 per user added to the next invoice (6 users = $108); no period is stated, so period is null; the $108 total and $1,140 monthly are distractors.",
))

# ---------------------------------------------------------------- E2
DOCS.append(dict(
    key="e02_amendment_raises_fee",
    font="Times", size=10.5, justify=True,
    title="Amendment No. 2 to Master Subscription Agreement",
    footer="Fernhill Software Corporation - Amendment No. 2",
    blocks=[
        ("title", "AMENDMENT NO. 2"),
        ("subtitle", "to the Master Subscription Agreement dated March 1, 2023"),
        ("p", "This Amendment No. 2 is made on December 2, 2024 between <b>Fernhill Software Corporation</b> (\"Fernhill\") and <b>Lindenwood Neurology Associates, LLC</b> (\"Customer\"), and takes effect on January 1, 2025 (the \"Amendment Date\")."),
        ("h2", "Background"),
        ("p", "Amendment No. 1, dated August 14, 2024, moved Customer's environment to Fernhill's new hosting region and did not change any fees. Section 4.3 of the Agreement currently sets a CPT License Fee of $19.00 per Provider per year. The American Medical Association has increased the royalty it charges Fernhill for the 2025 CPT release."),
        ("h2", "Amendment"),
        ("p", "1. Section 4.3 of the Agreement is deleted and replaced with the following:"),
        ("ind", "\"4.3 <i>CPT License Fee.</i> In addition to the Subscription Fees, Customer shall pay Fernhill a CPT License Fee of $20.00 per Provider per Contract Year, invoiced in January of each Contract Year. Fernhill remits the royalty portion of this fee to the American Medical Association under Fernhill's distribution agreement. For a Provider added during a Contract Year, the fee is invoiced in full on the next monthly invoice.\""),
        ("p", "2. The CPT License Fee of $19.00 per Provider continues to apply to Contract Year 2024 only."),
        ("p", "3. Subscription Fees remain $299.00 per Provider per month until the end of the current term."),
        ("p", "4. All other terms of the Agreement, as amended by Amendment No. 1, remain unchanged. If this Amendment conflicts with the Agreement, this Amendment prevails."),
        ("sig", [["<b>FERNHILL SOFTWARE CORPORATION</b>", "By: ______________________", "Name: Gordon Achebe", "Title: VP, Contracts", "Date: December 2, 2024"],
                 ["<b>LINDENWOOD NEUROLOGY ASSOCIATES, LLC</b>", "By: ______________________", "Name: Marianne Sokol", "Title: Administrator", "Date: December 4, 2024"]]),
    ],
    label=dict(coverage="pass_through", cpt_fee=fee(20.0, "year", "provider"),
               vendor="Fernhill Software Corporation"),
    description="Amendment No. 2 (effective 2025-01-01) replaces the $19.00 CPT License Fee with $20.00 per Provider per Contract Year; the fee in force is $20.00.",
))

# ---------------------------------------------------------------- E3
DOCS.append(dict(
    key="e03_side_letter_reduces_fee_with_credit",
    font="Helvetica", size=10,
    title="Side Letter - AMA CPT Fee",
    footer="Gullwing Health Systems, LLC - 400 Pier Avenue, Charleston, SC 29401",
    blocks=[
        ("p", "<b>Gullwing Health Systems, LLC</b><br/>400 Pier Avenue<br/>Charleston, SC 29401"),
        ("p", "February 10, 2026"),
        ("p", "Eastbrook Cardiology Associates, P.A.<br/>Attn: Dr. Celeste Morrow, Managing Partner<br/>1900 Hampton Park Drive<br/>Columbia, SC 29203"),
        ("p", "<b>Re: Side letter to Order Form GW-0311 dated March 1, 2024 - AMA CPT Fee</b>"),
        ("p", "Dear Dr. Morrow:"),
        ("p", "Following our review of your account, Gullwing Health Systems, LLC (\"Gullwing\") agrees with Eastbrook Cardiology Associates, P.A. (\"Eastbrook\") as follows. This letter forms part of the Order Form and prevails over it to the extent they differ."),
        ("numbered", [
            "<b>CPT fee.</b> For the 2026 subscription year and each later subscription year, the AMA CPT Fee shall be $19.50 per user per year. This replaces the AMA CPT Fee of $24.00 per user per year stated in the Order Form.",
            "<b>Credit.</b> Gullwing will apply a one-time credit of $120.00 to Eastbrook's next invoice, in recognition of CPT users billed in 2025 who had been deactivated before January 1, 2025.",
            "<b>User counts.</b> The AMA CPT Fee is charged for each user with access to the coding and charge-entry screens on January 1 of the subscription year. Gullwing will send Eastbrook its user list by December 15 each year for review.",
            "<b>Everything else.</b> All other terms of the Order Form and the Gullwing Subscription Terms, including the subscription fee of $265.00 per user per month, remain unchanged.",
        ]),
        ("p", "Please sign below to confirm Eastbrook's agreement."),
        ("p", "Sincerely,"),
        ("sig", [["Gullwing Health Systems, LLC", "By: ______________________", "Harlan Pryce, Chief Financial Officer"],
                 ["Agreed: Eastbrook Cardiology Associates, P.A.", "By: ______________________", "Dr. Celeste Morrow, Managing Partner", "Date: ______________"]]),
    ],
    label=dict(coverage="pass_through", cpt_fee=fee(19.5, "year", "user"),
               vendor="Gullwing Health Systems, LLC"),
    description="Side letter dated 2026-02-10 reducing the AMA CPT Fee from $24.00 to $19.50 per user per year; the $120 credit and $265/user/month subscription are distractors; fee in force is $19.50.",
))

# ---------------------------------------------------------------- E4
DOCS.append(dict(
    key="e04_lab_interface_lab_pays_royalty",
    font="Times", size=10.5, justify=True,
    title="Laboratory Order Interface Agreement",
    footer="Sandhill Reference Laboratories, Inc. - Order Interface Agreement",
    blocks=[
        ("title", "LABORATORY ORDER INTERFACE AGREEMENT"),
        ("p", "This Agreement is entered into on August 18, 2025 by <b>Sandhill Reference Laboratories, Inc.</b> (\"Laboratory\") and <b>Piedmont Valley Family Medicine, P.A.</b> (\"Client\")."),
        ("h2", "1. Interface"),
        ("p", "Laboratory will provide Client with access to the Sandhill Connect web portal and, where Client's EHR supports it, a bi-directional HL7 interface for electronic test orders and results (together, the \"Interface\"). Laboratory provides the Interface at no charge to Client as long as Client refers testing to Laboratory."),
        ("h2", "2. Test Compendium"),
        ("p", "2.1 The Interface displays Laboratory's test compendium, which lists for each orderable test its specimen requirements, LOINC codes and the CPT codes Laboratory uses to bill the test."),
        ("p", "2.2 Laboratory holds a distribution license from the American Medical Association for the CPT content in the compendium and pays all royalties associated with Client's users viewing that content in the Interface. Client is not charged for the CPT content, and Client's users need no separate license to view it in the Interface."),
        ("p", "2.3 The compendium is provided for ordering purposes only. Laboratory does not advise Client on coding of Client's own services."),
        ("h2", "3. Client's EHR"),
        ("p", "Any fees charged by Client's EHR vendor to build or maintain its side of the HL7 interface are Client's responsibility. Laboratory will contribute up to $1,500 toward such fees on presentation of the EHR vendor's invoice."),
        ("h2", "4. Compliance"),
        ("p", "Nothing in this Agreement requires Client to refer testing to Laboratory. The Interface is limited to functions used for Laboratory orders and results, and has no independent value to Client."),
        ("h2", "5. Term"),
        ("p", "This Agreement continues until terminated by either party on thirty (30) days' notice."),
        ("sig", [["<b>Sandhill Reference Laboratories, Inc.</b>", "By: ______________________", "Outreach Director"],
                 ["<b>Piedmont Valley Family Medicine, P.A.</b>", "By: ______________________", "Practice Manager"]]),
    ],
    label=dict(coverage="vendor_covers", cpt_fee=None, vendor="Sandhill Reference Laboratories, Inc."),
    description="Lab order-interface agreement: the laboratory holds an AMA distribution licence for CPT in its test compendium and pays all royalties; client is not charged and needs no separate licence.",
))

# ---------------------------------------------------------------- E5
DOCS.append(dict(
    key="e05_email_royalty_in_subscription",
    font="Helvetica", size=10,
    title="AMA fee question",
    pagenum=False,
    blocks=[
        ("mono", "From:    Priya Holloway <pholloway@ravenscroft.example>\nTo:      Marcus Wen <mwen@tallpinesortho.example>\nCc:      support@ravenscroft.example\nDate:    Thu, 22 May 2025 09:15:02 -0700\nSubject: RE: AMA fee question - Tall Pines Orthopedics"),
        ("hr",),
        ("p", "Hi Marcus,"),
        ("p", "Short answer: no, there's no separate AMA fee on your account, and there won't be one at renewal."),
        ("p", "Ravenscroft has a distribution agreement with the AMA and pays the CPT royalty for every user on your account. It's already built into your $310 per-provider monthly price. Your invoices will keep showing just the subscription, claims and fax lines."),
        ("p", "Your colleague at the other practice is probably on a system that bills the royalty separately. We've seen $18 to $25 per user a year in those cases, which may be what she meant."),
        ("p", "Happy to put this in writing in your contract file. Let me know."),
        ("p", "Priya Holloway<br/>Customer Success Manager<br/>Ravenscroft Medical Cloud, Inc."),
        ("hr",),
        ("mono", "> From: Marcus Wen <mwen@tallpinesortho.example>\n> Sent: Wed, 21 May 2025 17:48\n> Subject: AMA fee question - Tall Pines Orthopedics\n>\n> Priya - a colleague says her EHR just added an AMA license fee\n> for CPT. Are we going to see that from Ravenscroft too?\n> Thanks, Marcus (Practice Administrator)"),
    ],
    label=dict(coverage="vendor_covers", cpt_fee=None, vendor="Ravenscroft Medical Cloud, Inc."),
    description="Vendor e-mail: vendor has an AMA distribution agreement and pays the CPT royalty for all users inside the $310/provider/month price; '$18 to $25 per user' refers to other systems.",
))

# ---------------------------------------------------------------- E6
DOCS.append(dict(
    key="e06_email_not_distributor_need_own_license",
    font="Courier", size=9.5,
    title="Charge master and CPT",
    pagenum=False,
    blocks=[
        ("mono", "From:    Support <support@elmstead.example>\nTo:      Gina Portillo <gportillo@oakviewent.example>\nDate:    Mon, 8 Sep 2025 14:02:33 -0400\nSubject: [Ticket #48812] Charge master and CPT"),
        ("hr",),
        ("p", "Hello Gina,"),
        ("p", "Thanks for writing in about setting up the charge master in Elmstead Scheduler."),
        ("p", "To answer your question directly: Elmstead is not an AMA distributor, and the charge master module does not come with CPT codes. The module is built so that each practice can import its own code list."),
        ("p", "If you import CPT codes and descriptions into the charge master, your practice needs its own CPT license from the American Medical Association (or from another AMA-authorized distributor, such as your EHR vendor if its license allows it) covering everyone on your team who will use those codes in Elmstead. We don't sell that license and won't bill you for it."),
        ("p", "Once you have a licensed file, the import steps are in article KB-117. If you'd like, we can join a screen share for the first import."),
        ("p", "Kind regards,"),
        ("p", "Omar Reyes<br/>Customer Support, Elmstead Scheduling Software, LLC"),
        ("hr",),
        ("mono", "> Hi - we're an ENT practice, 4 physicians, and want to use your\n> charge master for CPT-based pricing. Do you supply the codes, or\n> do we? Gina Portillo, Oakview ENT Associates"),
    ],
    label=dict(coverage="customer_must_license", cpt_fee=None, vendor="Elmstead Scheduling Software, LLC"),
    description="Vendor support e-mail: vendor is not an AMA distributor and supplies no CPT; if the practice imports CPT it needs its own AMA/distributor licence for its users; vendor will not bill for it.",
))

# ---------------------------------------------------------------- E7
DOCS.append(dict(
    key="e07_analytics_client_warrants_and_licenses",
    font="Times", size=10.5, justify=True,
    title="Data Services Agreement",
    footer="Ostrander Analytics, Inc. - Data Services Agreement DSA-25-09",
    blocks=[
        ("title", "DATA SERVICES AGREEMENT"),
        ("p", "This Data Services Agreement is entered into as of September 9, 2025 by <b>Ostrander Analytics, Inc.</b> (\"Ostrander\") and <b>Cascade Physicians Network, LLC</b> (\"Client\")."),
        ("h2", "1. Services"),
        ("p", "Ostrander will receive Client's claims and remittance extracts, benchmark coding patterns and reimbursement against regional data, and publish dashboards and reports to Client's users through a secure portal (the \"Reports\")."),
        ("h2", "2. Fees"),
        ("p", "Client shall pay an annual platform fee of $24,000, plus $600 per additional practice location beyond ten, invoiced annually in advance."),
        ("h2", "3. Client Data"),
        ("p", "3.1 Client will provide monthly extracts that contain CPT codes, ICD-10-CM codes and payment data. 3.2 Client represents that it is licensed by the American Medical Association, directly or through its software vendors, to use CPT and to disclose CPT codes to Ostrander for the purposes of this Agreement."),
        ("h2", "4. CPT in the Reports"),
        ("p", "4.1 The Reports display CPT codes and short descriptors drawn from Client's own data. Ostrander does not license CPT to Client and does not include any CPT royalty in its fees."),
        ("p", "4.2 Client is responsible for obtaining and paying for any license from the American Medical Association required for its users' access to CPT content in the Reports, and shall count those users in its reports to the AMA."),
        ("h2", "5. De-identified Data"),
        ("p", "Ostrander may use Client data in de-identified form to maintain its benchmarks, in accordance with HIPAA and the parties' Business Associate Agreement."),
        ("h2", "6. Term"),
        ("p", "Three years, then annually. Either party may terminate for uncured material breach on thirty (30) days' notice."),
        ("sig", [["<b>OSTRANDER ANALYTICS, INC.</b>", "By: ______________________"],
                 ["<b>CASCADE PHYSICIANS NETWORK, LLC</b>", "By: ______________________"]]),
    ],
    label=dict(coverage="customer_must_license", cpt_fee=None, vendor="Ostrander Analytics, Inc."),
    description="Analytics data-services agreement: client warrants its own AMA licence and must obtain and pay for any AMA licence its users need to view CPT in the reports; vendor licenses no CPT.",
))

# ---------------------------------------------------------------- E8
DOCS.append(dict(
    key="e08_continuous_performance_test_software",
    font="Helvetica", size=10,
    title="Attentix CPT License and Order",
    footer="Attentix Assessment Software, Inc. - License and Order AX-7714",
    blocks=[
        ("ltitle", "Attentix CPT - License and Order"),
        ("p", "<b>Attentix Assessment Software, Inc.</b> (\"Attentix\") licenses the Attentix CPT, a computerized <b>Continuous Performance Test</b> of sustained attention and impulsivity, to the customer below."),
        ("kv", [("Customer", "Little Oaks Developmental Pediatrics, PLLC"),
                ("Order date", "March 18, 2025"),
                ("Installations", "2 clinic workstations")]),
        ("h2", "What's licensed"),
        ("bullets", ["Attentix CPT test software (ages 6 to adult), Windows edition",
                     "Normative scoring and the parent-friendly summary report",
                     "Administrations are purchased in packs and do not expire"]),
        ("h2", "Pricing"),
        ("table", [["Item", "Qty", "Price"],
                   ["Attentix CPT software license (per workstation, perpetual)", "2", "$495.00 each"],
                   ["Administration pack - 25 CPT administrations", "2", "$275.00 each"],
                   ["Interpretive report add-on", "1", "$150.00 per year"],
                   ["Total", "", "$1,690.00"]],
         [0.6, 0.1, 0.3], "grid", (2,)),
        ("h2", "Terms"),
        ("numbered", [
            "Each administration of the CPT counts against the pack when the test session is started, whether or not it is completed.",
            "The CPT may be administered only by or under the supervision of a qualified clinician. Interpretation is the clinician's responsibility.",
            "Test stimuli and norms are confidential and may not be copied or shown to patients outside a test session.",
            "Software updates are free for three years from the order date.",
        ]),
        ("small", "Attentix and Attentix CPT are trademarks of Attentix Assessment Software, Inc."),
    ],
    label=dict(coverage="not_addressed", cpt_fee=None, vendor="Attentix Assessment Software, Inc."),
    description="Licence/order for a neuropsychological 'CPT' (Continuous Performance Test) sold per workstation and per administration pack; CPT here is not the AMA code set.",
))

# ---------------------------------------------------------------- E9
DOCS.append(dict(
    key="e09_icd10_hcpcs_lookup_no_cpt",
    font="Courier", size=9.5,
    title="Plainsong Code Lookup Subscription",
    footer="Plainsong Reference Data, LLC - Subscription Terms PRD-2",
    blocks=[
        ("ltitle", "PLAINSONG CODE LOOKUP"),
        ("p", "Subscription Terms - Plainsong Reference Data, LLC"),
        ("hr",),
        ("h2", "1. CONTENT"),
        ("p", "Code Lookup is a web and API reference for: ICD-10-CM diagnosis codes (CDC/NCHS release); ICD-10-PCS (CMS release); HCPCS Level II (CMS quarterly file); and an NDC-to-HCPCS crosswalk built from FDA and CMS public data. Plainsong adds search synonyms, effective-date history and payer-neutral usage notes."),
        ("h2", "2. FEES"),
        ("p", "$12.00 per user per month, billed annually. API access: $0.002 per call above 50,000 calls per month."),
        ("h2", "3. UPDATES"),
        ("p", "ICD-10 files are loaded by October 1 each year; HCPCS Level II files within five business days of each CMS quarterly release."),
        ("h2", "4. USE"),
        ("p", "Customer may use Code Lookup for its own coding, billing and analytics. Customer may not resell the Plainsong synonym and usage-note layers."),
        ("h2", "5. ACCURACY"),
        ("p", "Plainsong reproduces government code files as released. Customer remains responsible for the codes it reports on claims."),
        ("h2", "6. TERM"),
        ("p", "12 months, auto-renewing. 30 days' notice to cancel."),
        ("hr",),
        ("p", "Customer: Bright Harbor Urgent Care, LLC / Users: 8 / Start: 04/01/2025"),
    ],
    label=dict(coverage="not_addressed", cpt_fee=None, vendor="Plainsong Reference Data, LLC"),
    description="Code-lookup subscription covering only ICD-10-CM/PCS, HCPCS Level II and NDC public data; CPT is never mentioned; the per-user fee is for the lookup product.",
))

# ---------------------------------------------------------------- E10
DOCS.append(dict(
    key="e10_email_rep_checking_with_finance",
    font="Helvetica", size=10,
    title="RE: Are we paying an AMA CPT fee?",
    pagenum=False,
    blocks=[
        ("mono", "From:    Jordan Pike <jpike@larchmonthealth.example>\nTo:      Renee Oduya <roduya@westfieldpeds.example>\nDate:    Wed, 3 Dec 2025 11:27:40 -0500\nSubject: RE: Are we paying an AMA CPT fee?"),
        ("hr",),
        ("p", "Hi Renee,"),
        ("p", "Good question, and I'm sorry I couldn't answer it on the phone. I took over your account in October and your agreement was signed before my time, under one of our older plan structures."),
        ("p", "I've asked our finance team to confirm whether the CPT royalty for your practice is built into your plan or whether it is billed separately at renewal. I don't want to guess and give you the wrong number for your budget."),
        ("p", "I'll come back to you by Friday. In the meantime nothing changes on your December invoice."),
        ("p", "Thanks for your patience,<br/>Jordan Pike<br/>Account Executive, Larchmont Health Software, Inc."),
        ("hr",),
        ("mono", "> From: Renee Oduya <roduya@westfieldpeds.example>\n> Sent: Tue, 2 Dec 2025 15:10\n> Subject: Are we paying an AMA CPT fee?\n>\n> Jordan, our board asked whether we pay an AMA CPT fee through\n> Larchmont or whether it's in our subscription. Can you confirm\n> for 2026 budgeting? - Renee, Westfield Pediatrics"),
    ],
    label=dict(coverage="unclear", cpt_fee=None, vendor="Larchmont Health Software, Inc."),
    description="Vendor e-mail: the rep does not know whether the CPT royalty is in the plan or billed separately and is checking with finance; who pays cannot be determined from the text.",
))
