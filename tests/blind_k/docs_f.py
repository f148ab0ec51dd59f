from boiler import (B, C, FN, H1, H2, H3, HR, KV, MONO, N, P, PB, Q, R, SIG, SP, T,
                    confidentiality, hipaa, law, liability, misc, payment, support, term, warranty)

DOCS = []

# ------------------------------------------------------------------ monthly statement, per account per month
DOCS.append(dict(
    key="statement-bellweather-surcharge",
    theme="mono",
    title="Bellweather Practice Cloud monthly statement",
    vendor="Bellweather Practice Cloud LLC",
    coverage="pass_through",
    fee=(12.00, "organization", "month"),
    desc="Monthly account statement with a 'CPT Licensing Surcharge (per account)' of $12.00 charged monthly, "
         "one per account regardless of user count; per-user core price is a trap.",
    blocks=[
        MONO("BELLWEATHER PRACTICE CLOUD LLC                 MONTHLY STATEMENT\n"
             "77 Larimer Ave, Suite 5, Pueblo CO 81003        support@bellweather.example\n"
             "----------------------------------------------------------------------\n"
             "ACCOUNT:   Orion Chiropractic & Wellness, LLC     ACCT NO: BPC-11902\n"
             "PERIOD:    02/01/2026 - 02/28/2026                STMT DATE: 03/01/2026\n"
             "----------------------------------------------------------------------\n"
             "DATE     DESCRIPTION                         QTY     RATE     AMOUNT\n"
             "02/01    Core PM/EHR - per user                3    79.00     237.00\n"
             "02/01    Texting bundle (1,000 msgs)           1    25.00      25.00\n"
             "02/01    CPT Licensing Surcharge (per acct)    1    12.00      12.00\n"
             "02/01    Online booking widget                 1     0.00       0.00\n"
             "02/28    Overage texts                        84     0.02       1.68\n"
             "----------------------------------------------------------------------\n"
             "                                   CURRENT CHARGES             275.68\n"
             "                                   PRIOR BALANCE               263.40\n"
             "                                   PAYMENT 02/03 - THANK YOU  -263.40\n"
             "                                   AMOUNT DUE 03/15/2026       275.68\n"
             "----------------------------------------------------------------------"),
        P("<b>MESSAGES</b>"),
        P("CPT LICENSING SURCHARGE: charged every month, one per account, regardless of how many users you have. It "
          "covers the royalty the American Medical Association charges for the CPT code content built into "
          "Bellweather. See Terms of Service section 11 (Third-Party Content)."),
        P("AUTOPAY: your card ending 4417 will be charged the amount due on 03/15/2026. To change your payment "
          "method, go to Settings &gt; Billing."),
        P("PRICE NOTICE: the texting bundle price will change to $27.00 from 04/01/2026. No other prices change."),
        HR(),
        P("Questions about this statement? Call (719) 555-0190, Mon-Fri 8-5 Mountain, or email "
          "support@bellweather.example. Bellweather Practice Cloud LLC."),
    ]))

# ------------------------------------------------------------------ clearinghouse; practice "Provider"; vendor covers
DOCS.append(dict(
    key="clearinghouse-relaywick-absorbs",
    theme="legal_sans",
    title="Relaywick Claims Electronic Claims Processing Agreement",
    vendor="Relaywick Claims, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Clearinghouse agreement (practice = 'Provider'): Relaywick is solely responsible for AMA royalties for "
         "CPT descriptors in its claim editor and passes none through; per-NPI and per-claim fees are traps.",
    footer="Relaywick Claims, Inc. - ECPA rev. 2025-10",
    blocks=[
        H1("Electronic Claims Processing Agreement"),
        P("Made on October 27, 2025 between <b>Relaywick Claims, Inc.</b>, a Nevada corporation (\"Clearinghouse\"), "
          "and <b>Silver State Pain Management, PLLC</b> (\"Provider\")."),
        H3("1. Appointment"),
        P("Provider appoints Clearinghouse as its agent for the limited purpose of transmitting Provider's claims and "
          "related transactions to payers and receiving payers' responses."),
        H3("2. Services"),
        B(["claim editing against payer rules and national edits before submission;",
           "transmission of 837P claims and receipt of 999, 277CA and 835 transactions;",
           "eligibility (270/271) and claim status (276/277) inquiries from the web portal;",
           "a rejection work list and monthly activity reports."]),
        H3("3. Fees"),
        T([["Fee", "Amount"],
           ["Monthly service fee", "$29.00 per billing NPI"],
           ["Claims", "300 per month included; $0.20 per claim thereafter"],
           ["Eligibility and status inquiries", "included"],
           ["Paper claims printed and mailed", "$0.70 per claim"]], widths=[0.45, 0.55]),
        *payment("", "Clearinghouse", "Provider", variant=1),
        H3("4. Provider obligations"),
        P("Provider shall submit complete and accurate data, maintain payer enrollments, review rejections promptly "
          "and keep its portal credentials secure."),
        H3("5. Code Content"),
        N("5.1", "Clearinghouse's claim editing tools display CPT\u00ae code descriptors licensed from the American "
                 "Medical Association. Clearinghouse is solely responsible for all royalties owed to the AMA in "
                 "respect of that display and shall not pass any such royalty through to Provider."),
        N("5.2", "Provider's own practice management system, and any CPT content in it, is outside the scope of this "
                 "Section."),
        *hipaa("6", "Clearinghouse", "Provider", variant=0),
        *term("7", "Clearinghouse", "Provider", variant=0, months=12),
        *liability("8", "Clearinghouse", "Provider", variant=0),
        *law("9", state="Nevada", variant=0),
        SIG(("RELAYWICK CLAIMS, INC.", None), ("SILVER STATE PAIN MANAGEMENT, PLLC", None)),
    ]))

# ------------------------------------------------------------------ renewal notice: "we are evaluating"
DOCS.append(dict(
    key="renewal-ashgrove-evaluating",
    theme="letter",
    title="Ashgrove EHR renewal notice",
    vendor="Ashgrove EHR, Inc.",
    coverage="unclear",
    fee=None,
    desc="Renewal notice: AMA CPT licensing changes are 'being reviewed' and the vendor will say later whether "
         "there will be an adjustment; renewal price increase is a trap; who pays is open.",
    blocks=[
        P("<font name='Helvetica-Bold' size='13'>Ashgrove EHR, Inc.</font><br/><font name='Helvetica' size='8'>"
          "8 Commerce Park Drive, Greenville, SC 29607 \u00b7 (864) 555-0128</font>", lead=17),
        SP(8),
        P("September 29, 2025"),
        P("Palmetto Primary Care, LLC<br/>Attn: Practice Administrator<br/>212 Laurel Street<br/>Anderson, SC 29621"),
        P("<b>Notice of renewal \u2014 Ashgrove EHR Subscription, Account AEH-7735</b>"),
        P("Dear Administrator,"),
        P("Your Ashgrove EHR subscription is scheduled to renew on December 1, 2025 for a further twelve-month term "
          "under the Subscription Agreement dated December 1, 2022. The renewal prices are:"),
        T([["Item", "Current", "From Dec 1, 2025"],
           ["Ashgrove EHR, per provider per month", "$335.00", "$349.00"],
           ["Staff users, per user per month", "$22.00", "$22.00"],
           ["Patient portal", "included", "included"]], widths=[0.5, 0.25, 0.25], right=(1, 2)),
        P("<b>A note on CPT\u00ae.</b> The American Medical Association has announced changes to how software vendors "
          "report and account for royalties on CPT codes. We are still reviewing what this means for Ashgrove "
          "customers. Before any change takes effect we will write to you and tell you whether there will be an "
          "adjustment to your account and what it would be."),
        P("If you do not want to renew, the Subscription Agreement requires written notice at least thirty days "
          "before the renewal date, so by October 31, 2025. To add providers at renewal, or for a multi-year price "
          "lock, please contact your account manager."),
        P("Thank you for choosing Ashgrove."),
        SP(8),
        P("Renee Oduya<br/>Director, Customer Accounts<br/>Ashgrove EHR, Inc."),
    ]))

# ------------------------------------------------------------------ fee schedule with cap; royalty + reporting charge
DOCS.append(dict(
    key="schedule3-kestrelpoint-cap",
    theme="legal",
    title="Kestrel Point Health Software - Schedule 3 (Fees)",
    vendor="Kestrel Point Health Software, Inc.",
    coverage="pass_through",
    fee=(19.00, "user", "year"),
    desc="Fee schedule to an MSA: CPT royalty pass-through of nineteen dollars per User per Contract Year "
         "($18.50 royalty + $0.50 reporting charge) with a $950 annual cap; the cap and adjustment clause are traps.",
    hf_font="Times-Roman",
    footer="Kestrel Point Health Software, Inc. - MSA KP-2207 - Schedule 3",
    blocks=[
        C("<b>SCHEDULE 3<br/>FEES AND PAYMENT</b>"),
        P("This Schedule 3 forms part of the Master Software and Services Agreement No. KP-2207 dated February 14, "
          "2025 (the \"Agreement\") between Kestrel Point Health Software, Inc. (\"Kestrel Point\") and Sandhill "
          "Community Physicians, P.A. (\"Customer\"). Capitalized terms have the meanings given in the Agreement."),
        N("3.1", "<b>Subscription Fees.</b> Customer shall pay Subscription Fees of $275.00 per Provider per month and "
                 "$28.00 per non-Provider User per month, invoiced monthly in advance."),
        N("3.2", "<b>Professional Services.</b> Implementation, training and interface work shall be charged at "
                 "$165.00 per hour, against the estimate in Schedule 4."),
        N("3.3", "<b>Hosting.</b> Hosting, backup and disaster recovery are included in the Subscription Fees."),
        N("3.4", "<b>CPT Royalty Pass-Through.</b> Customer shall pay Kestrel Point a CPT royalty pass-through of "
                 "nineteen dollars ($19.00) per User per Contract Year, comprising the royalty payable to the "
                 "American Medical Association ($18.50) and a fifty-cent ($0.50) reporting charge; provided, "
                 "however, that the aggregate CPT royalty pass-through payable for any Contract Year shall not "
                 "exceed nine hundred fifty dollars ($950.00). The pass-through shall be invoiced in the first month "
                 "of each Contract Year on the number of Users on the last day of the preceding month, with a "
                 "true-up in the seventh month for Users added since then."),
        N("3.5", "<b>Adjustment.</b> If the AMA changes its royalty, Kestrel Point may change the pass-through in "
                 "Section 3.4 by the same amount on sixty (60) days' written notice, and the cap shall be adjusted "
                 "in the same proportion."),
        N("3.6", "<b>Annual Increase.</b> On each anniversary of the Effective Date, Kestrel Point may increase the "
                 "fees in Sections 3.1 and 3.2 by up to four percent (4%). Sections 3.4 and 3.5 are not subject to "
                 "this increase."),
        N("3.7", "<b>Payment.</b> Invoices are due within thirty (30) days. Undisputed amounts unpaid after forty-five "
                 "(45) days accrue interest at one percent (1%) per month."),
        N("3.8", "<b>Taxes.</b> Fees exclude sales and use taxes, which Customer shall pay unless it provides a valid "
                 "exemption certificate."),
        N("3.9", "<b>Audit cooperation.</b> Customer shall cooperate with any audit of User counts conducted by or on "
                 "behalf of the AMA under Kestrel Point's distribution agreement, and shall pay any additional "
                 "pass-through found due, subject to the cap in Section 3.4."),
        SP(6),
        P("Agreed as part of the Agreement on the date first written above."),
        SIG(("KESTREL POINT HEALTH SOFTWARE, INC.", None), ("SANDHILL COMMUNITY PHYSICIANS, P.A.", None)),
    ]))

# ------------------------------------------------------------------ order form with content option checkbox
DOCS.append(dict(
    key="orderform-mosswood-byoc",
    theme="modern",
    title="Mosswood Clinical Systems Order Form",
    vendor="Mosswood Clinical Systems, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Order form with a content-option checkbox: Customer ticked 'Bring Your Own Content', so it must obtain "
         "its own AMA CPT licence; the unticked vendor-supplied option at $21/user/year is a trap.",
    footer="Mosswood Clinical Systems, Inc. - Order Form MCS-6021",
    blocks=[
        H1("Order Form MCS-6021"),
        KV([("Vendor", "Mosswood Clinical Systems, Inc., 1200 Sixth Avenue, Seattle, WA 98101"),
            ("Customer", "Puget Sound Sports Medicine, PLLC"),
            ("Order date", "July 14, 2025"),
            ("Term", "August 1, 2025 \u2013 July 31, 2027")]),
        H3("A. Subscription"),
        T([["Item", "Qty", "Price"],
           ["Mosswood Ortho EHR/PM \u2014 providers", "6", "$299.00 per provider per month"],
           ["Staff users", "14", "$24.00 per user per month"],
           ["Imaging viewer", "1", "$180.00 per month"],
           ["Implementation", "1", "$4,500.00 one-time"]], widths=[0.45, 0.1, 0.45]),
        H3("B. CPT content option (check one)"),
        MONO("[X]  Option A - Bring Your Own Content\n"
             "[ ]  Option B - Mosswood-supplied CPT content, $21.00 per User per year"),
        H3("C. Terms"),
        N("1.", "This Order Form is governed by the Mosswood Subscription Agreement, version 2025-1."),
        N("2.", "<b>Content options.</b> If Customer selects Option A, Customer shall obtain and maintain, at its own "
                "cost, a license from the American Medical Association (or an AMA-authorized distributor) for the "
                "CPT content it loads, covering all Users, and Mosswood shall have no obligation to supply CPT "
                "content. If Customer selects Option B, Mosswood shall sublicense CPT to Customer under Exhibit E "
                "and invoice the fee stated in Option B annually in advance."),
        N("3.", "Customer may switch from Option A to Option B at any anniversary by written notice; the fee for "
                "Option B will be Mosswood's then-current rate."),
        N("4.", "Fees are invoiced monthly in advance, except implementation, which is invoiced 50% on signature and "
                "50% at go-live. Payment terms are net 30."),
        N("5.", "Subscription prices may increase by up to 3% at the start of the second year of the Term."),
        SIG(("MOSSWOOD CLINICAL SYSTEMS, INC.", None), ("PUGET SOUND SPORTS MEDICINE, PLLC", "Dr. Kenji Ward")),
    ]))

# ------------------------------------------------------------------ pricing page, everything included
DOCS.append(dict(
    key="pricing-bluequarry-no-ama-fees",
    theme="web",
    title="Bluequarry Practice pricing",
    vendor="Bluequarry Practice, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Pricing page: 'No AMA licence fees, ever' footnote saying Bluequarry pays the AMA royalty for every "
         "user and it is already in the plan price; per-provider plan prices are traps.",
    footer="bluequarry.example/pricing",
    blocks=[
        H1("Pricing that doesn't hide anything"),
        P("One price per rendering provider. Everything your practice needs to chart, bill and get paid."),
        T([["", "Solo", "Group", "Enterprise"],
           ["Per rendering provider / month", "$129", "$179", "Talk to us"],
           ["Charting, e-Rx, labs", "included", "included", "included"],
           ["Billing and claims", "included", "included", "included"],
           ["Code sets: CPT\u00ae, ICD-10-CM, HCPCS II\u00b9", "included", "included", "included"],
           ["Support staff logins\u00b2", "unlimited", "unlimited", "unlimited"],
           ["Revenue cycle reporting", "basic", "advanced", "custom"],
           ["Dedicated success manager", "\u2014", "\u2014", "yes"]],
          widths=[0.34, 0.22, 0.22, 0.22], small=True),
        FN("\u00b9 No AMA licence fees, ever. Bluequarry Practice, Inc. pays the American Medical Association's "
           "royalty for CPT on behalf of every user in your account. It's already in the plan price, so you won't "
           "see a CPT or AMA line on your invoice."),
        FN("\u00b2 Prices are per rendering provider (anyone who bills under their own NPI). Nurses, front-desk and "
           "billing staff log in free."),
        FN("\u00b3 Save 10% when you prepay annually. Prices exclude applicable sales tax."),
        H3("Common questions"),
        Q("Are there setup fees?",
          "Solo and Group include guided self-setup at no cost. Data migration from another system is quoted "
          "separately."),
        Q("What happens to prices at renewal?",
          "We publish any price change at least 60 days before it applies. Annual prepay locks your price for the "
          "year."),
        Q("Do I sign a contract?",
          "You accept our Subscription Terms when you start. Monthly plans can be cancelled any time."),
        HR(),
        FN("\u00a9 2026 Bluequarry Practice, Inc. \u00b7 600 Congress Street, Portland, ME 04101. CPT is a registered "
           "trademark of the American Medical Association."),
    ]))

# ------------------------------------------------------------------ billing service with CPT coding, no licensing
DOCS.append(dict(
    key="billing-greyfeather-coding-only",
    theme="legal",
    title="Greyfeather Billing Associates Billing Services Agreement",
    vendor="Greyfeather Billing Associates, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Billing-services agreement (practice = 'Provider') in which coders assign CPT, HCPCS and ICD-10-CM codes "
         "as a service; nothing about licensing CPT or who pays the AMA.",
    hf_font="Times-Roman",
    footer="Greyfeather Billing Associates, Inc. - BSA",
    blocks=[
        C("<b>BILLING SERVICES AGREEMENT</b>"),
        P("This Billing Services Agreement is made effective as of February 2, 2026 by and between Greyfeather Billing "
          "Associates, Inc., a Michigan corporation (\"Company\"), and HURON SHORES FAMILY MEDICINE, P.C. "
          "(\"Provider\")."),
        H3("1. Appointment"),
        P("Provider appoints Company as its exclusive billing agent for professional claims during the Term. Company "
          "shall act in Provider's name and shall not endorse or deposit Provider's checks except into Provider's "
          "designated account."),
        H3("2. Coding"),
        P("Company's certified coders will review the documentation Provider makes available for each encounter "
          "and will assign CPT, HCPCS Level II and ICD-10-CM codes and modifiers. Where documentation is unclear, "
          "Company will query the rendering clinician, and shall not submit a claim until the query is resolved. "
          "Provider remains responsible for the accuracy and completeness of its documentation and for the final "
          "selection of codes submitted in its name."),
        H3("3. Billing and Collection"),
        P("Company shall submit clean claims within forty-eight hours of coding, post all payments and adjustments, "
          "appeal denials where warranted, send patient statements monthly, and refer accounts to collection only "
          "with Provider's written approval."),
        H3("4. Fees"),
        P("Provider shall pay Company six percent (6%) of net collections on claims submitted by Company, plus $2.50 "
          "per patient statement. For claims submitted by a prior billing agent that Company works, the fee is "
          "eight percent (8%) of net collections."),
        *payment("", "Company", "Provider", variant=0),
        H3("5. Compliance"),
        P("Company shall maintain a compliance program consistent with the guidance of the Office of Inspector "
          "General for third-party billing companies and shall report to Provider any suspected overpayment "
          "within ten business days of identifying it."),
        *hipaa("6", "Company", "Provider", variant=0),
        *term("7", "Company", "Provider", variant=0, months=24),
        *liability("8", "Company", "Provider", variant=0),
        *law("9", state="Michigan", variant=2),
        SIG(("GREYFEATHER BILLING ASSOCIATES, INC.", None), ("HURON SHORES FAMILY MEDICINE, P.C.", None)),
    ]))

# ------------------------------------------------------------------ AMA-style end-user terms + order form page 2
DOCS.append(dict(
    key="eut-graniteharbor-orderform",
    theme="legal_sans",
    title="Granite Harbor End User License Terms for CPT Content",
    vendor="Granite Harbor Medical Software, Inc.",
    coverage="pass_through",
    fee=(27.00, "provider", "year"),
    desc="AMA-style CPT end-user terms saying End User shall pay the fee 'as set forth in the Order Form'; the "
         "order-form excerpt on page 2 sets CPT End-User License at $27.00 per Provider per annum.",
    footer="Granite Harbor Medical Software, Inc. - CPT End User Terms / Order Form GH-5530",
    blocks=[
        H1("End User License Terms for CPT\u00ae Content"),
        P("These terms (\"End User Terms\") apply to the use of Current Procedural Terminology (\"CPT\") in the "
          "Granite Harbor PM software (the \"Product\") supplied by <b>Granite Harbor Medical Software, Inc.</b> "
          "(\"Granite Harbor\") to the customer named in the Order Form (\"End User\")."),
        N("1.", "CPT only \u00a9 2025 American Medical Association (\"AMA\"). All rights reserved."),
        N("2.", "Granite Harbor grants End User a non-exclusive, non-transferable license to use CPT as contained in "
                "the Product, for End User's internal use only, within the United States, during the term of the "
                "Order Form. End User shall not publish, distribute or create derivative works of CPT."),
        N("3.", "End User needs a license under these End User Terms for every Provider (as defined in the Order "
                "Form) who documents or bills services with the Product, and shall pay Granite Harbor the fee for each "
                "such license stated in the Order Form. Licenses are counted per named Provider, never by concurrent "
                "use."),
        N("4.", "Fee schedules, relative value units, conversion factors and/or related components are not assigned "
                "by the AMA and sit outside CPT; the AMA makes no recommendation about them. The AMA does not "
                "directly or indirectly practice medicine."),
        N("5.", "U.S. Government Rights: the AMA created CPT at its own cost, and CPT is commercial technical data. "
                "Any federal use is governed by the restrictions in the applicable FARS/DFARS clauses."),
        N("6.", "Neither Granite Harbor nor the AMA warrants CPT. If CPT contains an error, the only remedy is the "
                "corrected content the AMA later releases."),
        N("7.", "The AMA is a third-party beneficiary of these End User Terms. End User consents to the release of "
                "its name, and of the number of licensed Providers, to the AMA."),
        N("8.", "This license terminates if Granite Harbor's agreement with the AMA terminates, or upon End User's "
                "breach of these End User Terms."),
        PB(),
        H2("Order Form GH-5530 \u2014 excerpt"),
        KV([("End User", "Bayshore Podiatry Group, P.A."),
            ("Order term", "January 1, 2026 \u2013 December 31, 2028"),
            ("Provider (definition)", "a podiatrist or other practitioner who bills under an individual NPI")]),
        T([["Line", "Description", "Qty", "Unit", "Rate"],
           ["1", "Granite Harbor PM, named users", "9", "per user per month", "$55.00"],
           ["2", "Electronic claims and ERA", "1", "per month", "$119.00"],
           ["3", "CPT End-User License", "3", "per Provider per annum", "$27.00"],
           ["4", "Conversion of patient ledgers", "1", "one-time", "$1,350.00"]],
          widths=[0.07, 0.40, 0.07, 0.28, 0.18], right=(2, 4)),
        P("Line 3 is invoiced each January for the Providers active on January 1; Providers added later in the year "
          "are invoiced on the following monthly invoice. Lines 1 and 2 are invoiced monthly in advance. All other "
          "terms are as stated in the Granite Harbor Customer Agreement."),
        SIG(("GRANITE HARBOR MEDICAL SOFTWARE, INC.", None), ("BAYSHORE PODIATRY GROUP, P.A.", None)),
    ]))

# ------------------------------------------------------------------ side letter waiving the fee for the term
DOCS.append(dict(
    key="sideletter-evergreenloop-absorb",
    theme="letter",
    title="Evergreen Loop side letter - CPT royalty",
    vendor="Evergreen Loop Health Systems Corp.",
    coverage="vendor_covers",
    fee=None,
    desc="Side letter dated 2024-12-02: notwithstanding the $19.00 per User per year CPT reimbursement in Section "
         "7.2 of the order form, the vendor absorbs the CPT royalty for the whole 2025-2027 order term.",
    blocks=[
        P("<font name='Times-Bold' size='14'>EVERGREEN LOOP HEALTH SYSTEMS CORP.</font><br/>"
          "<font size='8'>4400 Pacific Highway, Suite 900 \u00b7 Tacoma, WA 98424</font>", lead=18),
        SP(8),
        P("December 2, 2024"),
        P("Millbrook Community Clinic<br/>Attn: Chief Operating Officer<br/>19 Millbrook Road<br/>Olympia, WA 98501"),
        P("<b>Re: CPT royalty \u2014 Order Form EL-3390 dated November 18, 2024</b>"),
        P("Dear Mr. Iverson,"),
        P("Section 7.2 of the Order Form provides that Millbrook Community Clinic (\"Customer\") will reimburse "
          "Evergreen Loop Health Systems Corp. (\"Evergreen Loop\") for the royalty owed to the American Medical "
          "Association for CPT content, at $19.00 per User per year."),
        P("As we discussed during negotiation, and notwithstanding Section 7.2, Evergreen Loop will absorb the CPT "
          "royalty in full for the Order Term, January 1, 2025 through December 31, 2027, and will not invoice "
          "Customer for it. Evergreen Loop remains responsible for reporting Users to the AMA and for paying the "
          "royalty."),
        P("This letter forms part of the Order Form and prevails over Section 7.2 for the Order Term. It does not "
          "change any other term. If the Order Form is renewed beyond December 31, 2027, the parties will agree the "
          "treatment of the CPT royalty for the renewal term in writing."),
        P("Please countersign and return a copy for our records."),
        P("Yours sincerely,"),
        SP(10),
        P("Caroline Ashby<br/>Vice President, Sales<br/>Evergreen Loop Health Systems Corp."),
        SP(8),
        P("Acknowledged and agreed for Millbrook Community Clinic:"),
        P("_____________________________ &nbsp; Name: Erik Iverson &nbsp; Title: COO &nbsp; Date: __________"),
    ]))

# ------------------------------------------------------------------ billing service: to be agreed separately
DOCS.append(dict(
    key="billing-keyhaven-separate-writing",
    theme="modern",
    title="Keyhaven Ledger Medical Billing Services Agreement",
    vendor="Keyhaven Ledger Medical Billing, LLC",
    coverage="unclear",
    fee=None,
    desc="Billing-services agreement (practice = 'Provider'): responsibility for AMA licence fees for CPT used in "
         "the services is to be decided by a separate written agreement; who pays is genuinely left open.",
    footer="Keyhaven Ledger Medical Billing, LLC - Services Agreement",
    blocks=[
        H1("Medical Billing Services Agreement"),
        P("This Agreement is dated November 10, 2025 and is between <b>Keyhaven Ledger Medical Billing, LLC</b>, a "
          "New Jersey limited liability company (\"Keyhaven\"), and <b>Shore Point Gastroenterology, LLC</b> "
          "(\"Provider\")."),
        H3("1. Services"),
        P("Keyhaven will provide full revenue cycle services for Provider's professional and ambulatory endoscopy "
          "claims: charge entry and coding review, electronic claim submission, payment posting, denial and appeal "
          "management, patient statements and a patient call line, credentialing maintenance, and monthly "
          "reporting. Keyhaven will work in its own billing platform, to which Provider's schedule and charges "
          "will be sent by interface."),
        H3("2. Provider responsibilities"),
        P("Provider will complete documentation within 72 hours of service, provide accurate insurance and "
          "demographic information, respond to coding queries, and notify Keyhaven of any payer audit."),
        H3("3. Fees"),
        T([["Fee", "Amount"],
           ["Professional claims", "5.25% of net collections"],
           ["Facility (ASC) claims", "3.75% of net collections"],
           ["Credentialing maintenance", "$85.00 per provider per month"],
           ["Patient statements", "$1.10 per statement mailed"]], widths=[0.5, 0.5]),
        H3("4. Code sets"),
        P("Responsibility for any license fees payable to the American Medical Association in connection with CPT\u00ae "
          "codes used in performing the Services shall be determined by mutual written agreement of the parties."),
        *hipaa("5", "Keyhaven", "Provider", variant=0),
        *term("6", "Keyhaven", "Provider", variant=0, months=24),
        *confidentiality("7", "Keyhaven", "Provider", variant=2),
        *liability("8", "Keyhaven", "Provider", variant=1),
        *law("9", state="New Jersey", variant=1),
        SIG(("KEYHAVEN LEDGER MEDICAL BILLING, LLC", None), ("SHORE POINT GASTROENTEROLOGY, LLC", None)),
    ]))
