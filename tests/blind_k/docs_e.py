from boiler import (B, C, FN, H1, H2, H3, HR, KV, MONO, N, P, PB, Q, R, SIG, SP, T,
                    confidentiality, hipaa, law, liability, misc, payment, support, term, warranty)

DOCS = []

# ------------------------------------------------------------------ pricing page with footnotes
DOCS.append(dict(
    key="pricing-fernhollow-footnotes",
    theme="web",
    title="Fernhollow pricing",
    vendor="Fernhollow Health, Inc.",
    coverage="pass_through",
    fee=(24.00, "provider", "year"),
    desc="Pricing page: plan prices per clinician per month (traps) and a dagger footnote adding an annual AMA "
         "CPT fee of $24 per clinician ($18.50 royalty + $5.50 service charge; labelled as the sum).",
    footer="fernhollow.example/pricing",
    blocks=[
        P("<font size='18'><b>Simple pricing for independent practices</b></font>", style="center", lead=24),
        C("No setup fees. Cancel any time on monthly billing. Prices in USD."),
        SP(6),
        T([["", "Starter", "Growth", "Complete"],
           ["Price*", "$59 per clinician / month", "$99 per clinician / month", "$149 per clinician / month"],
           ["Scheduling, intake and reminders", "yes", "yes", "yes"],
           ["Notes and treatment plans", "yes", "yes", "yes"],
           ["Insurance claims and ERA\u00a7", "\u2014", "yes", "yes"],
           ["Code sets: ICD-10-CM, HCPCS II\u2021", "yes", "yes", "yes"],
           ["CPT\u00ae codes\u2020", "yes", "yes", "yes"],
           ["Telehealth", "add-on $15", "yes", "yes"],
           ["Dedicated onboarding specialist", "\u2014", "\u2014", "yes"],
           ["Admin and front-desk logins", "2 included", "5 included", "unlimited"]],
          widths=[0.31, 0.23, 0.23, 0.23], small=True),
        FN("* Prices shown are for annual billing. Monthly billing adds 15%. Taxes may apply in some states."),
        FN("\u2020 An annual AMA CPT\u00ae fee of $24 per clinician applies on all plans. It is made up of the "
           "American Medical Association's royalty ($18.50) and a $5.50 service charge, and is charged each January, "
           "or when a clinician is added during the year."),
        FN("\u2021 ICD-10-CM and HCPCS Level II codes are included at no charge."),
        FN("\u00a7 Claims are sent through our clearinghouse partner. Starter customers who add claims pay $0.30 per "
           "claim."),
        H3("Frequently asked"),
        Q("What counts as a clinician?",
          "Anyone who sees patients and writes notes in Fernhollow. Admin and front-desk logins are separate and "
          "don't count."),
        Q("Can I switch plans?",
          "Yes, upgrades take effect immediately and are prorated; downgrades take effect at your next renewal."),
        Q("Is there a contract?",
          "Our Terms of Service apply to every plan. Annual plans are paid up front for twelve months."),
        HR(),
        FN("\u00a9 2025 Fernhollow Health, Inc., 55 Water Street, Brooklyn, NY 11201. CPT is a registered trademark "
           "of the American Medical Association."),
    ]))

# ------------------------------------------------------------------ renewal quote, royalties remain included
DOCS.append(dict(
    key="renewal-cobaltridge-included",
    theme="modern",
    title="Cobalt Ridge Health IT - 2026 renewal quote",
    vendor="Cobalt Ridge Health IT, LLC",
    coverage="vendor_covers",
    fee=None,
    desc="Renewal quote: 'as in prior years, royalties to the AMA for the CPT codes remain included in your "
         "platform fee; no separate CPT charge'; per-provider price increase and claim fees are traps.",
    footer="Cobalt Ridge Health IT, LLC \u00b7 renewals@cobaltridge.example",
    blocks=[
        P("<font size='14'><b>Cobalt Ridge Health IT, LLC</b></font><br/>240 Union Station Plaza, Denver, CO 80202", lead=18),
        H2("Your 2026 renewal quote"),
        KV([("Customer", "Front Range Pediatric Associates, P.C."),
            ("Agreement", "Cobalt Ridge Platform Agreement No. CR-1187 (signed January 2023)"),
            ("Renewal term", "January 1 \u2013 December 31, 2026"),
            ("Quote date", "October 20, 2025"),
            ("Respond by", "December 1, 2025")]),
        T([["Item", "2025", "2026", "Annual 2026"],
           ["Platform fee, 7 providers (per provider / month)", "$300.00", "$310.00", "$26,040.00"],
           ["Patient engagement suite (per month)", "$225.00", "$225.00", "$2,700.00"],
           ["Clearinghouse claims (per claim)", "$0.28", "$0.28", "as used"],
           ["Hosting and disaster recovery", "included", "included", "\u2014"],
           ["Total fixed fees", "", "", "$28,740.00"]],
          widths=[0.46, 0.16, 0.16, 0.22], right=(1, 2, 3), boldlast=True),
        H3("What changes"),
        B(["The platform fee rises by $10.00 per provider per month (about 3.3%), within the 5% cap in Section 6.2 "
           "of your agreement.",
           "The patient engagement suite and claims pricing are unchanged.",
           "As in prior years, royalties to the American Medical Association for the CPT codes used in Cobalt Ridge "
           "remain included in your platform fee. There is no separate CPT charge in 2026."]),
        H3("What you need to do"),
        P("Nothing, if you're happy to renew: the agreement renews automatically on January 1. If you want to add or "
          "remove providers, or move to a multi-year term with a locked price, reply to this quote or call your "
          "account manager, Naomi Park, at (303) 555-0142 before December 1."),
        P("This quote is issued under, and does not change any other term of, Platform Agreement No. CR-1187."),
    ]))

# ------------------------------------------------------------------ clearinghouse; practice = "Provider"; must license
DOCS.append(dict(
    key="edi-nexusgate-provider-warrants",
    theme="legal_sans",
    title="Nexus Gate EDI Services Provider Enrollment and EDI Services Agreement",
    vendor="Nexus Gate EDI Services, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Clearinghouse agreement (practice = 'Provider'): Provider warrants it holds a valid licence for any CPT "
         "content in its transactions; Nexus Gate supplies no CPT and its fees include no CPT royalty.",
    footer="Nexus Gate EDI Services, Inc. - PEESA v3",
    blocks=[
        H1("Provider Enrollment and EDI Services Agreement"),
        P("This Agreement is made on March 30, 2026 between <b>Nexus Gate EDI Services, Inc.</b>, a Florida "
          "corporation (\"Nexus Gate\"), and <b>Gulf Breeze Internal Medicine, P.A.</b>, a health care provider "
          "(\"Provider\")."),
        H3("1. Definitions"),
        P("\"Transactions\" means the HIPAA standard electronic transactions that Provider sends or receives "
          "through the Services, including 837 claims, 835 remittances, 270/271 eligibility and 276/277 status "
          "transactions. \"Services\" means Nexus Gate's clearinghouse network, edits, reports and portal. "
          "\"Payer\" means a health plan that exchanges Transactions with Nexus Gate."),
        H3("2. Services"),
        P("Nexus Gate shall receive Transactions from Provider, edit them for format and Payer-specific "
          "requirements, translate them where needed, and transmit them to the appropriate Payer, and shall "
          "deliver to Provider the responses it receives from Payers."),
        H3("3. Fees"),
        P("Provider shall pay a monthly service fee of $15.00 and $0.22 for each claim Transaction. Remittance, "
          "eligibility and status Transactions are included. Fees are billed monthly in arrears and paid by "
          "automatic debit."),
        H3("4. Provider Obligations"),
        P("Provider shall ensure that Transactions are accurate and complete, shall maintain current enrollment "
          "with each Payer, and shall keep its credentials secure."),
        H3("5. Data"),
        P("Nexus Gate shall retain Transactions for six years and may use de-identified data to improve its edits. "
          "Nexus Gate acts as Provider's business associate to the extent it handles protected health information "
          "on Provider's behalf."),
        H3("6. Representations"),
        N("6.1", "Each party represents that it has full power to enter into this Agreement."),
        N("6.2", "Provider represents and warrants that it holds, and will maintain throughout the Term, a valid "
                 "license for any CPT\u00ae content contained in or used to prepare Transactions submitted through "
                 "the Services. Nexus Gate does not supply, distribute or sublicense CPT, and its fees include no CPT "
                 "royalty."),
        N("6.3", "Provider shall indemnify Nexus Gate against any claim arising from a breach of Section 6.2."),
        *term("7", "Nexus Gate", "Provider", variant=0, months=12),
        *liability("8", "Nexus Gate", "Provider", variant=0),
        *law("9", state="Florida", variant=0),
        SIG(("NEXUS GATE EDI SERVICES, INC.", None), ("GULF BREEZE INTERNAL MEDICINE, P.A.", None)),
    ]))

# ------------------------------------------------------------------ patient messaging, no CPT
DOCS.append(dict(
    key="messaging-chimebridge-order",
    theme="modern",
    title="Chimebridge Patient Messaging Service Order",
    vendor="Chimebridge Patient Messaging, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Service order and terms for SMS/voice appointment reminders (per-message pricing, TCPA consent, BAA); "
         "no CPT or code-set content at all.",
    footer="Chimebridge Patient Messaging, Inc. - Service Order SO-30112",
    blocks=[
        H1("Service Order SO-30112"),
        KV([("Provider of service", "Chimebridge Patient Messaging, Inc., 19 Pearl Street, Hartford, CT 06103"),
            ("Customer", "Riverside Eye Physicians, LLC (4 locations)"),
            ("Start date", "February 2, 2026"),
            ("Initial term", "12 months")]),
        H3("Services and pricing"),
        T([["Service", "Price"],
           ["Platform access (all locations)", "$149.00 per month"],
           ["Text reminders and confirmations", "$0.03 per message segment"],
           ["Automated voice reminders", "$0.09 per call"],
           ["Two-way texting inbox", "included"],
           ["Post-visit surveys", "$0.05 per survey sent"],
           ["EHR scheduling integration (setup)", "$500.00 one-time"]], widths=[0.6, 0.4]),
        H3("Terms"),
        N("1.", "<b>Consent.</b> Customer is responsible for obtaining the patient consents required by the Telephone "
                "Consumer Protection Act and state law before messages are sent, and for honoring opt-outs. "
                "Chimebridge processes STOP replies automatically."),
        N("2.", "<b>Content.</b> Message templates are approved by Customer. Chimebridge will not include clinical "
                "details beyond appointment date, time, location and preparation instructions unless Customer "
                "configures them."),
        N("3.", "<b>Carrier charges.</b> Chimebridge may pass through carrier registration fees for Customer's "
                "sending numbers at cost, currently $4.00 per number per month."),
        N("4.", "<b>Billing.</b> The platform fee is billed monthly in advance; usage is billed monthly in arrears. "
                "Payment is due in 20 days."),
        N("5.", "<b>Availability.</b> Chimebridge targets 99.9% monthly availability of the sending platform and "
                "will credit one day's platform fee for each hour of unscheduled outage beyond that target."),
        *hipaa("6", "Chimebridge", "Customer", variant=1),
        *confidentiality("7", "Chimebridge", "Customer", variant=1),
        *term("8", "Chimebridge", "Customer", variant=1),
        *law("9", state="Connecticut", variant=0),
        SIG(("CHIMEBRIDGE PATIENT MESSAGING, INC.", None), ("RIVERSIDE EYE PHYSICIANS, LLC", None)),
    ]))

# ------------------------------------------------------------------ ToS: pass-through at then-current rate, no amount
DOCS.append(dict(
    key="tos-stillwater-then-current",
    theme="web",
    title="Stillwater EHR Terms of Service",
    vendor="Stillwater EHR Corp.",
    coverage="pass_through",
    fee=None,
    desc="SaaS terms of service: a separate annual CPT License Fee per User 'at the rate shown on our pricing "
         "page'; vendor charges it but no amount is stated in the document, so cpt_fee is null.",
    footer="Stillwater EHR Corp. \u00b7 Terms of Service \u00b7 version 2025-08",
    blocks=[
        H1("Stillwater EHR \u2014 Terms of Service"),
        P("<i>Effective August 1, 2025</i>"),
        P("Welcome. These Terms of Service form a contract between Stillwater EHR Corp. (\"Stillwater\", \"we\", "
          "\"our\") and the practice that opens an account (\"you\"). Please read them with our Privacy Notice and "
          "Business Associate Agreement, which are part of them."),
        H3("1. Accounts and users"),
        P("\"User\" means each person you invite to your account, whatever their role. You must keep the list of "
          "Users current and must not share credentials."),
        H3("2. The service"),
        P("We provide a cloud EHR with charting, e-prescribing, scheduling, billing and a patient portal. We update "
          "the service continuously and may change features, but we won't remove core charting or billing "
          "features during your paid term."),
        H3("3. Your data"),
        P("You own your patient records. We use them only to provide the service to you, as your business "
          "associate. You can export your records at any time in standard formats."),
        H3("4. Subscription"),
        P("Subscriptions are sold per provider per month, on the plan you select in the app. Plan prices are on our "
          "pricing page and are locked for the term you pay for."),
        H3("5. Payment"),
        P("We bill the card or account on file. Subscription fees are billed monthly or annually in advance, as you "
          "choose. Unpaid accounts may be suspended after 15 days' notice."),
        H3("6. CPT License Fee"),
        N("6.1", "The service includes CPT\u00ae codes and descriptors licensed to us by the American Medical "
                 "Association for distribution to our customers."),
        N("6.2", "Because of that, you will pay us a CPT License Fee for each User, at the rate shown on our pricing "
                 "page at the time of billing. The CPT License Fee is billed annually, on your first invoice of each "
                 "calendar year, and is in addition to your subscription fees."),
        N("6.3", "Users added during the year are billed the CPT License Fee on the next invoice. We don't refund "
                 "it for Users removed during the year."),
        N("6.4", "Your use of CPT is subject to the AMA end-user terms in Appendix 1."),
        *warranty("7", "Stillwater", "you", variant=1),
        *liability("8", "Stillwater", "you", variant=1),
        *term("9", "Stillwater", "you", variant=1),
        *law("10", state="Washington", variant=1),
    ]))

# ------------------------------------------------------------------ contradiction between body and exhibit
DOCS.append(dict(
    key="msa-blackthorn-contradiction",
    theme="legal",
    title="Blackthorn Clinical Systems Master Agreement",
    vendor="Blackthorn Clinical Systems, Inc.",
    coverage="unclear",
    fee=None,
    desc="MSA whose body says subscription fees include all content fees while Exhibit C says 'CPT royalty "
         "charges, if any, will be invoiced separately'; the conflict is not resolved, so who pays is open.",
    hf_font="Times-Roman",
    footer="Blackthorn Clinical Systems, Inc. - Master Agreement BCS-MA-9",
    blocks=[
        C("<b>MASTER AGREEMENT</b>"),
        P("This Master Agreement is entered into as of April 21, 2025 by Blackthorn Clinical Systems, Inc., an Ohio "
          "corporation (\"Vendor\"), and Buckeye Valley Urology, Inc. (\"Customer\")."),
        H3("1. Scope"),
        P("Vendor shall license to Customer the Blackthorn urology EHR and practice management software, hosted by "
          "Vendor (the \"Platform\"), and shall provide the implementation, support and hosting services described "
          "in the Exhibits."),
        H3("2. Fees"),
        N("2.1", "Customer shall pay the subscription fees in Exhibit C (\"Subscription Fees\")."),
        N("2.2", "The Subscription Fees are inclusive of all fees for content incorporated in the Platform as of the "
                 "Effective Date, and of hosting, support and updates."),
        N("2.3", "Vendor may increase Subscription Fees once per year by no more than the change in the Consumer "
                 "Price Index over the prior twelve months."),
        *payment("", "Vendor", "Customer", variant=2),
        *confidentiality("3", "Vendor", "Customer", variant=0),
        *hipaa("4", "Vendor", "Customer", variant=0),
        *term("5", "Vendor", "Customer", variant=0, months=60),
        *liability("6", "Vendor", "Customer", variant=0),
        *law("7", state="Ohio", variant=0),
        H3("8. Exhibits"),
        P("Exhibit A (Platform description), Exhibit B (Service levels) and Exhibit C (Fees) are part of this "
          "Agreement."),
        H2("Exhibit C \u2014 Fees"),
        T([["Item", "Fee"],
           ["Platform subscription", "$365.00 per provider per month"],
           ["Mid-level provider", "$180.00 per provider per month"],
           ["Staff users", "$20.00 per user per month"],
           ["Implementation", "$8,000.00 one-time"]], widths=[0.5, 0.5]),
        P("Notes: (1) Providers are counted by individual NPI. (2) CPT\u00ae royalty charges, if any, will be "
          "invoiced separately in accordance with Vendor's then-current policy. (3) Interfaces not listed in "
          "Exhibit A are quoted separately."),
        SIG(("BLACKTHORN CLINICAL SYSTEMS, INC.", None), ("BUCKEYE VALLEY UROLOGY, INC.", None)),
    ]))

# ------------------------------------------------------------------ licence certificate (mono), royalty included
DOCS.append(dict(
    key="certificate-thistledown-encoder",
    theme="mono",
    title="Thistledown License Certificate TCS-26-00318",
    vendor="Thistledown Coding Solutions Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Terse licence certificate/order confirmation for a coding encoder: 'CPT(R) royalty: INCLUDED IN LICENSE "
         "FEE - PAID BY THISTLEDOWN TO AMA'; the $590 per named user per year licence fee is a trap.",
    blocks=[
        P("<b>THISTLEDOWN CODING SOLUTIONS INC.</b>"),
        P("LICENSE CERTIFICATE AND ORDER CONFIRMATION"),
        HR(),
        MONO("Certificate no. ....... TCS-26-00318\n"
             "Issued ................ 2025-12-19\n"
             "Licensee .............. Granite State Anesthesia Group, PLLC\n"
             "Customer no. .......... 40221\n"
             "Product ............... CodeCompass Encoder Pro (web)\n"
             "Named users ........... 4  (see schedule)\n"
             "Term .................. 2026-01-01 through 2026-12-31\n"
             "\n"
             "License fee ........... USD 2,360.00\n"
             "                        (USD 590.00 per named user per year)\n"
             "CPT(R) royalty ........ INCLUDED IN LICENSE FEE - PAID BY\n"
             "                        THISTLEDOWN TO AMA\n"
             "ICD-10-CM/PCS ......... included\n"
             "HCPCS Level II ........ included\n"
             "Anesthesia crosswalk .. included\n"
             "NCCI edits ............ included, quarterly\n"
             "\n"
             "Payment ............... due 2026-01-15, net 27\n"
             "Invoice ............... INV-26-00318 (sent separately)"),
        HR(),
        P("SCHEDULE OF NAMED USERS"),
        MONO("1  R. Delacroix, CPC      3  H. Nakamura, CCS-P\n"
             "2  T. Abernathy, CANPC    4  M. Oyelaran, CPC-A"),
        HR(),
        P("CONDITIONS"),
        P("1. Thistledown is an AMA-authorized distributor of CPT. The license fee above includes the CPT royalties "
          "for the named users listed; no further CPT charge will be invoiced for them during the term."),
        P("2. Each named user must have an individual login. Replacing a named user is free once per quarter. "
          "Adding a named user requires a revised certificate at USD 590.00 per year, prorated monthly."),
        P("3. Use of CPT content is subject to the CPT End User Terms printed on the back of this certificate and "
          "available in the Help menu."),
        P("4. This certificate is issued under the Thistledown Software License Terms (rev. 12) accepted by the "
          "licensee on first login. Thistledown Coding Solutions Inc., 101 Elm Street, Manchester, NH 03101."),
    ]))

# ------------------------------------------------------------------ side letter: fee in words, per user per month
DOCS.append(dict(
    key="sideletter-ambercroft-words",
    theme="letter",
    title="Ambercroft side letter - CPT content charge",
    vendor="Ambercroft Systems, Inc.",
    coverage="pass_through",
    fee=(1.50, "user", "month"),
    desc="Side letter dated 2025-08-18 (effective 2026-01-01) ending the 'royalties included' clause and adding a "
         "CPT content charge of 'one dollar and fifty cents per User per month' (words only).",
    blocks=[
        P("<font name='Helvetica-Bold' size='13'>AMBERCROFT SYSTEMS, INC.</font><br/>"
          "<font name='Helvetica' size='8'>3 Quarry Hill Road, Concord, MA 01742</font>", lead=17),
        SP(8),
        P("August 18, 2025"),
        P("Cypress Family Health Center, Inc.<br/>Attention: Executive Director<br/>410 Bayview Drive<br/>"
          "Fall River, MA 02720"),
        P("<b>Re: Side Letter to Subscription Agreement dated March 1, 2023 (the \"Agreement\")</b>"),
        P("Dear Ms. Carvalho,"),
        P("This letter supplements the Agreement between Ambercroft Systems, Inc. (\"Ambercroft\") and Cypress Family "
          "Health Center, Inc. (\"Customer\"). Section 8.1 of the Agreement provides that the Subscription Fees "
          "include the royalties Ambercroft pays the American Medical Association (\"AMA\") for CPT content in the "
          "Ambercroft platform. Following our discussions in July, the parties agree that, with effect from "
          "January 1, 2026:"),
        P("(a) Section 8.1 shall no longer apply to royalties for CPT content."),
        P("(b) Beginning with the January 2026 invoice, Customer shall pay Ambercroft a CPT content charge of one "
          "dollar and fifty cents per User per month, invoiced monthly together with the Subscription Fees. "
          "\"User\" has the meaning given in the Agreement."),
        P("(c) Ambercroft shall continue to hold its distribution license with the AMA and to report User counts to "
          "it, and Customer consents to Ambercroft disclosing Customer's name and User count to the AMA for that "
          "purpose."),
        P("(d) In consideration of the foregoing, Ambercroft waives the three percent (3%) increase in Subscription "
          "Fees that Section 7.3 of the Agreement would otherwise permit for the 2026 renewal year."),
        P("Except as set out in this letter, the Agreement remains in full force and effect. If this letter and the "
          "Agreement conflict, this letter prevails. Please countersign below to confirm Customer's agreement."),
        P("Sincerely,"),
        SP(10),
        P("Daniel Feingold<br/>Chief Financial Officer, Ambercroft Systems, Inc."),
        SP(6),
        P("AGREED AND ACCEPTED: Cypress Family Health Center, Inc."),
        P("By: ____________________________ &nbsp; Name: Lucia Carvalho &nbsp; Title: Executive Director &nbsp; "
          "Date: ___________"),
    ]))

# ------------------------------------------------------------------ telehealth terms of use: you need your own licence
DOCS.append(dict(
    key="tou-cedarslate-superbills",
    theme="web",
    title="Cedar & Slate Telehealth - Terms of Use for Clinicians",
    vendor="Cedar & Slate Telehealth, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Telehealth terms of use: clinicians type CPT onto superbills; the vendor supplies no CPT and holds no "
         "licence covering them, so they must hold their own; CMS point-and-click licence is noted as CMS-only.",
    footer="Cedar & Slate Telehealth, Inc. \u00b7 Terms of Use for Clinicians \u00b7 rev. 7",
    blocks=[
        H1("Terms of Use for Clinicians"),
        P("<i>Revision 7 \u2014 last changed January 12, 2026</i>"),
        P("These terms apply to clinicians and practices (\"you\") who use the Cedar &amp; Slate video visit, "
          "scheduling and superbill tools (the \"Platform\") operated by Cedar &amp; Slate Telehealth, Inc. "
          "(\"Cedar &amp; Slate\", \"we\")."),
        H3("1. Eligibility"),
        P("You must hold an active license to practice in each state where your patients are located at the time of "
          "the visit, and must keep your credentials on file current."),
        H3("2. Your practice, your decisions"),
        P("We provide technology, not medical care. You decide whether a video visit is clinically appropriate and "
          "you remain responsible for your documentation, prescribing and billing."),
        H3("3. Fees"),
        P("The Platform costs $39 per clinician per month, plus 2.9% + $0.30 on patient card payments processed "
          "through it. There is no setup fee."),
        H3("4. Superbills and codes"),
        N("4.1", "You can add procedure codes, diagnosis codes and modifiers to a superbill for each visit and give "
                 "it to the patient or send it to your billing service."),
        N("4.2", "We don't supply CPT\u00ae codes or descriptions and we don't hold a license from the American "
                 "Medical Association that covers you. If you or your staff enter CPT on the Platform, you are "
                 "responsible for holding your own CPT license for each person in your practice who uses it."),
        N("4.3", "The Medicare fee look-up links to the CMS physician fee schedule search, which you open under the "
                 "CMS End User Point and Click Agreement. That agreement covers use of CPT in programs administered "
                 "by CMS only; it does not cover use of CPT on the Platform."),
        N("4.4", "ICD-10-CM diagnosis codes may be entered without restriction."),
        H3("5. Acceptable use"),
        P("No recording of visits without patient consent; no use of the Platform for patients outside the United "
          "States; no sharing of accounts."),
        *hipaa("6", "Cedar & Slate", "you", variant=1),
        *liability("7", "Cedar & Slate", "you", variant=1),
        *term("8", "Cedar & Slate", "you", variant=1),
        *law("9", state="Colorado", variant=1),
    ]))

# ------------------------------------------------------------------ transcription, ICD-10 fee trap
DOCS.append(dict(
    key="transcription-scribewell-icd",
    theme="legal_sans",
    title="Scribewell Transcription Services Agreement",
    vendor="Scribewell Transcription Services, LLC",
    coverage="not_addressed",
    fee=None,
    desc="Medical transcription agreement with per-line pricing and ICD-10-CM code-library and suggestion fees; "
         "CPT is never mentioned, so not addressed (ICD-10 licence fee is a trap).",
    footer="Scribewell Transcription Services, LLC - MTSA 2025",
    blocks=[
        H1("Medical Transcription Services Agreement"),
        P("This Agreement dated June 2, 2025 is between <b>Scribewell Transcription Services, LLC</b> "
          "(\"Scribewell\") and <b>Mesa Verde Orthopedics, PLLC</b> (\"Practice\")."),
        H3("1. Services"),
        P("Scribewell will transcribe dictation uploaded by Practice's clinicians through the Scribewell mobile app "
          "or telephone dictation line into clinic notes, operative reports and letters, and will deliver finished "
          "documents to Practice's EHR by interface."),
        H3("2. Turnaround"),
        T([["Document type", "Standard", "Stat"],
           ["Clinic notes and letters", "24 hours", "4 hours"],
           ["Operative reports", "12 hours", "2 hours"],
           ["Independent medical exams", "48 hours", "12 hours"]], widths=[0.5, 0.25, 0.25]),
        H3("3. Fees"),
        T([["Service", "Fee"],
           ["Transcription (65-character line, spaces counted)", "$0.11 per line"],
           ["Stat surcharge", "$0.03 per line"],
           ["ICD-10-CM Code Library access in the review portal", "$5.00 per user per month"],
           ["ICD-10-CM diagnosis code suggestions on notes", "$0.75 per report"],
           ["HCPCS Level II supply code look-up", "included"],
           ["EHR interface maintenance", "$95.00 per month"]], widths=[0.65, 0.35]),
        P("Fees are invoiced monthly in arrears based on lines delivered. Code suggestions are a convenience; "
          "Practice's clinicians remain responsible for final code selection."),
        H3("4. Quality"),
        P("Scribewell targets 99% accuracy measured by its quality assurance team on a random sample of documents. "
          "Practice may return any document for correction at no charge within 30 days."),
        *confidentiality("5", "Scribewell", "Practice", variant=0),
        *hipaa("6", "Scribewell", "Practice", variant=0),
        *term("7", "Scribewell", "Practice", variant=0, months=12),
        *liability("8", "Scribewell", "Practice", variant=1),
        *law("9", state="New Mexico", variant=0),
        SIG(("SCRIBEWELL TRANSCRIPTION SERVICES, LLC", None), ("MESA VERDE ORTHOPEDICS, PLLC", None)),
    ]))
