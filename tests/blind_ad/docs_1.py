"""blind_ad documents, part 1: software vendors charging a separate CPT amount."""
from docs_common import (ama_notices, confidentiality, dispute_resolution, general, hipaa,
                         indemnity, insurance, liability, records_audit, service_levels,
                         term_termination, warranty)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
add(
    key="bh_help_center_fee_faq",
    vendor="Larkspur Clinical Systems, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 20.0, "currency": "USD", "unit": "provider", "period": "year"},
    description="Help-center Q&A from a behavioral-health EHR saying each clinician is billed $20 a year for CPT "
                "access ($18.50 AMA royalty plus $1.50 processing), next to a monthly subscription price, an AMA "
                "direct comparison and a group total.",
    font="Helvetica", footer="LarkNotes Help Center  |  Article 5521  |  Billing & Account",
    blocks=[
        ("letterhead", "LarkNotes Help Center", ["Larkspur Clinical Systems, Inc.  |  help.larknotes.example"]),
        ("title", "The yearly AMA charge on your account: common questions"),
        ("small", "Updated for the 2025 billing year. Applies to Solo, Group and Enterprise plans."),
        ("p", "LarkNotes lets you pick procedure codes for psychotherapy, testing and evaluation sessions "
              "directly on the session note, and carries them onto your superbills and claims. Those codes come "
              "from the CPT code set, which belongs to the American Medical Association. Below are the questions "
              "our support team hears most often about the separate line that appears on your invoice once a "
              "year."),
        ("qa", [
            ("What is this charge?",
             "Because CPT codes are built into LarkNotes, the AMA collects a royalty from us for every clinician "
             "who has access to them. We recover that royalty from the practice. For 2025 the line is $20.00 for "
             "each clinician on your account for the calendar year. Of that, $18.50 is the AMA's royalty and "
             "$1.50 covers our cost of processing and reporting it."),
            ("Is this part of my subscription?",
             "No. Your plan price (for example $64 per clinician per month on the Group plan) pays for the "
             "software, storage, e-fax and support. The AMA line is billed on its own and is not discounted by "
             "annual prepayment or promotional credits."),
            ("When does it appear?",
             "On the first invoice your account receives in January. If you add a clinician later in the year, "
             "the charge for that person is added to the next monthly invoice and is not prorated."),
            ("Who counts as a clinician?",
             "Anyone set up with a clinician role who can sign notes, including supervised associates and "
             "interns. Office managers, billers and schedulers without a clinician role are not counted for "
             "this line."),
            ("I only see private-pay clients. Do I still pay it?",
             "Yes. The codes are available on every session note whether or not you send claims, so the royalty "
             "applies to every clinician account."),
            ("Could I pay the AMA myself instead?",
             "The AMA licenses its codes per product, so a licence you buy for another system would not cover "
             "LarkNotes. For comparison only: at the time of writing the AMA's own internal-use licence is an "
             "entity fee plus $18.50 per user, with every staff member who relies on the codes counted as a "
             "user. Most small practices find the per-clinician line cheaper."),
            ("Will the amount change?",
             "It follows the AMA. The royalty has tended to rise by about fifty cents a year, and we will post "
             "any new amount in this article before the January invoice."),
            ("Example: what does a five-clinician group pay?",
             "Five clinicians x $20.00 = $100.00 for the year, shown as a single line on the January invoice. "
             "The group's subscription charges are separate."),
            ("Can I turn it off?",
             "Only by removing the clinician role from a user. A clinician without access to codes cannot "
             "create billable sessions."),
        ]),
        ("rule",),
        ("tiny", "CPT is a registered trademark of the American Medical Association. This article is general "
                 "account information and does not change your Subscription Agreement."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="pt_clinic_order_form_table",
    vendor="Stridewell Rehab Software, LLC",
    coverage="pass_through",
    cpt_fee={"amount": 19.0, "currency": "USD", "unit": "user", "period": "year"},
    description="PT/OT order form whose fee table has a separate annual AMA CPT end-user licence row at $19.00 per "
                "licensed user (Medical Coding Module elected), among per-user subscription, set-up, training and "
                "no-charge ICD-10 rows and an order total.",
    font="Helvetica", size=9, footer="Stridewell Order Form SW-OF-2025  |  Confidential",
    blocks=[
        ("letterhead", "Stridewell Rehab Software, LLC",
         ["2210 Canal Works Drive, Suite 400, Dayton, OH 45402", "orders@stridewell.example  |  (937) 555-0142"]),
        ("title", "Order Form"),
        ("kv", [("Order number", "SW-24-0917"), ("Customer", "Maple Run Physical & Occupational Therapy, PLLC"),
                ("Bill-to", "44 Orchard Lane, Springboro, OH 45066"), ("Order effective date", "January 1, 2025"),
                ("Subscription term", "36 months"), ("Sales representative", "Dana Whitlock")]),
        ("h", "1. Products and Fees"),
        ("table", [
            ["Item", "Basis", "Frequency", "Qty", "Unit price", "Extended"],
            ["Stridewell Clinic subscription (documentation, scheduling, billing)", "per licensed user", "monthly", "8", "$49.00", "$392.00"],
            ["Medical Coding Module", "per clinic", "monthly", "1", "$35.00", "$35.00"],
            ["AMA CPT\u00ae end-user licence (required with Medical Coding Module)", "per licensed user", "annual", "8", "$19.00", "$152.00"],
            ["ICD-10-CM diagnosis library", "per clinic", "annual", "1", "included", "$0.00"],
            ["Implementation and data set-up", "per clinic", "one time", "1", "$750.00", "$750.00"],
            ["Remote training", "per hour", "as used", "6", "$95.00", "$570.00"],
            ["Home exercise program library", "per licensed user", "monthly", "8", "$6.00", "$48.00"],
        ], {"widths": [4.2, 1.6, 1.1, 0.5, 1.1, 1.1], "right": [3, 4, 5]}),
        ("table", [
            ["Order totals", "Amount"],
            ["First month recurring", "$475.00"],
            ["First-year annual items", "$152.00"],
            ["One-time items", "$1,320.00"],
        ], {"widths": [6, 2], "right": [1]}),
        ("h", "2. Order Terms"),
        ("numbered", [
            "Monthly items are invoiced in advance on the first day of each month. Annual items are invoiced on "
            "the order effective date and on each anniversary of it. One-time items are invoiced on signature.",
            "If Customer elects the Medical Coding Module, the AMA CPT end-user licence line applies to every "
            "licensed user of the subscription, because the module places CPT codes and descriptors in front of "
            "all users. Customer has elected the module on this Order Form.",
            "The licence line is a pass-through of the royalty the AMA requires for CPT content distributed "
            "in Stridewell; it is not a Stridewell subscription fee and is not reduced by subscription "
            "discounts. The amount may be adjusted at an anniversary to reflect any change the AMA makes.",
            "Users added mid-year are invoiced the full annual licence amount on the next invoice.",
            "Prices exclude applicable sales tax. Invoices are due net 30.",
            "This Order Form is governed by the Stridewell Subscription Terms, version 7, which are incorporated "
            "by reference.",
        ]),
        ("h", "3. Acceptance"),
        ("sig", [("Stridewell Rehab Software, LLC", "Dana Whitlock", "Account Executive"),
                 ("Maple Run Physical & Occupational Therapy, PLLC", "Corinne Ashby, PT, DPT", "Owner")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="chiro_renewal_letter_location",
    vendor="Backbone Practice Tools, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 36.0, "currency": "USD", "unit": "location", "period": "year"},
    description="Chiropractic software renewal letter stating that the CPT content charge rises from $30.00 to "
                "$36.00 per office for the renewal year (two offices, $72 total), separate from subscription "
                "pricing.",
    font="Times", size=10.5, footer="Backbone Practice Tools, Inc.  |  Renewal notice",
    blocks=[
        ("letterhead", "Backbone Practice Tools, Inc.",
         ["801 Prairie Exchange Road, Lincoln, NE 68508", "accounts@backbonept.example"]),
        ("p", "October 14, 2025"),
        ("p", "Dr. Lionel Farrow<br/>Farrow Family Chiropractic, P.C.<br/>1200 West Elm Street<br/>Grand Island, NE 68801"),
        ("p", "<b>Re: Renewal of account BPT-20931 for the term beginning January 1, 2026</b>"),
        ("p", "Dear Dr. Farrow,"),
        ("p", "Thank you for another year with Backbone. Your subscription renews automatically on January 1, and "
              "this letter sets out what will change on your invoices so there are no surprises."),
        ("p", "<b>Subscription.</b> Your two-office plan stays at $210 per month for the practice, and each "
              "additional doctor remains $45 per month. We are holding those prices for 2026 even though our "
              "hosting costs went up."),
        ("p", "<b>Everything else.</b> Claim submission, the patient portal and text reminders are unchanged. "
              "The optional X-ray imaging bridge stays at $25 per month per office if you add it."),
        ("p", "If you would like to change your plan, add or close an office, or cancel, please reply before "
              "December 1 so we can adjust the renewal invoice. Otherwise no action is needed."),
        ("p", "With thanks,"),
        ("p", "Marisol Keane<br/>Customer Accounts Manager<br/>Backbone Practice Tools, Inc."),
        ("p", "<b>P.S.</b> One more line item to flag. As you know, the procedure codes inside Backbone (the adjustment, "
              "exam and therapy codes your team picks every day) are CPT codes owned by the American Medical "
              "Association, and the AMA's royalty is passed through to each practice. In 2025 this charge was "
              "$30.00 per office. For the 2026 renewal year it will be <b>$36.00 per office</b>, reflecting the "
              "AMA's revised pricing for products like ours. With your Grand Island and Kearney offices, the 2026 "
              "charge will be $72.00, billed once with your January invoice."),
        ("tiny", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="ems_billing_services_agreement",
    vendor="Siren Line Revenue Partners, LLC",
    coverage="pass_through",
    cpt_fee={"amount": 125.0, "currency": "USD", "unit": "organization", "period": "year"},
    description="Ambulance billing services agreement in which 'Provider' is the EMS agency; beside a percentage "
                "of collections it requires a flat $125.00 per contract year reimbursement for CPT content, while "
                "HCPCS Level II ambulance codes carry no charge.",
    font="Times", size=10, footer="Siren Line Revenue Partners  |  Billing Services Agreement  |  EMS-BSA-3",
    blocks=[
        ("title", "Ambulance Billing Services Agreement"),
        ("p", "This Ambulance Billing Services Agreement is made as of March 1, 2025 between <b>Siren Line Revenue "
              "Partners, LLC</b>, a Colorado limited liability company (\"Company\"), and <b>Upper Fork Fire "
              "Protection District</b>, which operates a licensed ground ambulance service (\"Provider\")."),
        ("h", "1. Services"),
        ("p", "Company will prepare and submit claims for Provider's emergency and non-emergency transports to "
              "Medicare, Medicaid, commercial insurers and patients; post payments and denials; pursue appeals; "
              "send patient statements; and deliver monthly management reports. Provider will transmit completed "
              "patient care reports from its ePCR system within three business days of each transport."),
        ("h", "2. Coding"),
        ("p", "Company's certified ambulance coders will assign the HCPCS Level II ambulance service and mileage "
              "codes (for example A0427 and A0425), the origin and destination modifiers, and ICD-10-CM diagnosis "
              "codes supported by the patient care report. Where Provider bills for services that are reported "
              "with CPT codes, such as treat-no-transport assessments for certain payers or the occasional "
              "procedure billed under a community paramedicine program, Company will assign those codes as well."),
        ("h", "3. Compensation"),
        ("p", "3.1 <b>Service fee.</b> Provider will pay Company 6.5% of net collections received in each calendar "
              "month on accounts Company handles, invoiced by the tenth of the following month."),
        ("p", "3.2 <b>Postage.</b> Patient statement postage is billed at cost."),
        ("p", "3.3 <b>Code set licensing.</b> HCPCS Level II and ICD-10-CM are public code sets and no charge "
              "applies to them. CPT content used by Company to code Provider's claims, and shown in the reports "
              "Company makes available to Provider's staff, is licensed by the American Medical Association "
              "through Company's billing platform vendor. Provider shall reimburse Company a flat $125.00 for "
              "each contract year as Provider's share of that royalty, invoiced with the first monthly invoice of "
              "the contract year. This amount is not a percentage fee and is payable whether or not CPT-coded "
              "claims are submitted in the year."),
        ("p", "3.4 <b>Late payment.</b> Amounts unpaid thirty days after invoice bear interest at one percent per "
              "month or the highest lawful rate, whichever is lower."),
        ("h", "4. Provider Responsibilities"),
        ("bullets", [
            "Maintain its Medicare and Medicaid enrollments, and notify Company of any change of ownership, "
            "address or ambulance licensure.",
            "Obtain physician certification statements for non-emergency repetitive transports.",
            "Forward all payments, correspondence and denials it receives directly to Company within five days.",
            "Remain responsible for the accuracy of the patient care reports and for refunds of overpayments.",
        ]),
    ] + service_levels() + hipaa("Company", "Provider") + confidentiality("Company", "Provider", 5)
      + records_audit("Company", 7) + insurance("Company") + indemnity("Company", "Provider")
      + liability("Company") + term_termination("three (3) years", "ninety (90) days")
      + dispute_resolution("Colorado", "Denver") + general("Colorado") + [
        ("sig", [("Siren Line Revenue Partners, LLC", "Travis Oyelaran", "Managing Director"),
                 ("Upper Fork Fire Protection District", "Chief Renata Solis", "Fire Chief")]),
        ("pagebreak",),
        ("title", "Schedule A - Reports and Fee Summary"),
        ("h", "A.1 Monthly reports"),
        ("table", [
            ["Report", "Content", "Delivered"],
            ["Transport volume", "Trips by level of service (BLS, ALS1, ALS2, SCT) and by payer", "by the 10th"],
            ["Collections", "Gross charges, contractual adjustments, net collections, write-offs", "by the 10th"],
            ["Aging", "Open A/R by payer and by age bucket", "by the 10th"],
            ["Denials", "Denials by reason code with corrective action taken", "by the 15th"],
            ["Documentation", "Trips held for missing signatures or PCS forms", "weekly"],
        ], {"widths": [2, 5, 1.6]}),
        ("h", "A.2 Fee summary"),
        ("table", [
            ["Charge", "Reference", "Amount"],
            ["Service fee", "Section 3.1", "6.5% of net collections"],
            ["Postage", "Section 3.2", "at cost"],
            ["Code set licensing (CPT content)", "Section 3.3", "$125.00 per contract year"],
            ["Set-up", "-", "none"],
        ], {"widths": [4, 2, 3]}),
        ("h", "A.3 Contacts"),
        ("p", "Company account lead: Travis Oyelaran, toyelaran@sirenline.example. Provider billing liaison: "
              "Captain Mei Ling Haskett, billing@upperforkfire.example."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="telehealth_click_terms_footnote",
    vendor="Brightpath Virtual Care, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 2.25, "currency": "USD", "unit": "provider", "period": "month"},
    description="Click-through telehealth terms whose plan table footnote adds $2.25 per Provider (the clinician "
                "customer) per month for CPT code access to cover the AMA royalty, apart from the plan fee.",
    font="Helvetica", size=8.8, footer="Brightpath Terms of Service  |  Version 4.2  |  Effective June 1, 2025",
    blocks=[
        ("title", "Brightpath Terms of Service for Clinicians"),
        ("small", "By selecting \"I agree\" when you create or renew an account you accept these terms on behalf "
                  "of yourself and, if applicable, your practice."),
        ("h", "1. Who these terms cover"),
        ("p", "These terms are an agreement between Brightpath Virtual Care, Inc. (\"Brightpath\", \"we\") and "
              "the person or practice opening an account (\"you\"). In these terms, a \"Provider\" means each "
              "individual licensed clinician who conducts visits through your account."),
        ("h", "2. The service"),
        ("p", "Brightpath gives you a secure video room, online intake forms, e-prescribing through a partner, "
              "visit notes with procedure and diagnosis code pickers, and a payments page for your patients. We "
              "are a technology company; we do not provide medical care and do not employ or supervise Providers."),
        ("h", "3. Your responsibilities"),
        ("bullets", [
            "Keep each Provider's licence current in every state where that Provider sees patients.",
            "Obtain patient consent to telehealth where the law requires it.",
            "Keep log-in credentials private; each Provider must have a separate log-in.",
            "Do not use the service for emergencies or to record patients without consent.",
        ]),
        ("h", "4. Plans and fees"),
        ("table", [
            ["Plan", "What is included", "Fee"],
            ["Starter", "1 Provider, video visits, intake forms", "$39 per Provider per month\u00b9"],
            ["Practice", "Up to 10 Providers, waiting room, payments page", "$59 per Provider per month\u00b9"],
            ["Practice Plus", "Practice features plus group sessions and API access", "$79 per Provider per month\u00b9"],
            ["Text reminders add-on", "Appointment texts to patients", "$0.04 per message"],
        ], {"widths": [1.6, 4.2, 2.6]}),
        ("p", "Fees are charged to your card on file at the start of each billing month. Payments processed "
              "through the payments page are subject to a card processing fee of 2.9% plus $0.30 per "
              "transaction. We may change plan fees on thirty days' notice."),
        ("h", "5. Your data"),
        ("p", "You own the clinical and patient information you put into Brightpath. We process it to provide "
              "the service under our Business Associate Agreement, which forms part of these terms."),
        ("h", "6. Ending your account"),
        ("p", "You may cancel at any time in Settings; cancellation takes effect at the end of the billing month "
              "and fees already charged are not refunded. We may suspend an account that is thirty days past due."),
        ("h", "7. Disclaimers and liability"),
        ("p", "THE SERVICE IS PROVIDED AS IS. OUR TOTAL LIABILITY TO YOU IS LIMITED TO THE FEES YOU PAID IN THE "
              "THREE MONTHS BEFORE THE CLAIM."),
        ("h", "8. Contact"),
        ("p", "Questions about these terms: legal@brightpathcare.example."),
        ("footnote", "\u00b9 Each Provider who has access to the procedure code picker is also charged $2.25 per "
                     "month for CPT code access, in addition to the plan fee, to cover the royalty the American "
                     "Medical Association charges us for CPT content. CPT is a registered trademark of the AMA."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="audit_tool_order_defined_royalty",
    vendor="Ledgerline Coding Analytics, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 22.0, "currency": "USD", "unit": "user", "period": "year"},
    description="Coding-audit software order form that defines the 'CPT Content Royalty' as USD 22.00 per Named "
                "User per Licence Year on page 1 and makes Customer pay it in the attached terms pages later; an "
                "order-of-precedence clause puts the Order Form above the general statement that fees include "
                "content.",
    font="Helvetica", size=9, footer="Ledgerline Order Form and Master Subscription Terms  |  LCA-MST-2025",
    blocks=[
        ("letterhead", "Ledgerline Coding Analytics, Inc.",
         ["1400 Foundry Street, Floor 6, Pittsburgh, PA 15222", "contracts@ledgerline.example"]),
        ("title", "Order Form No. 2025-118"),
        ("kv", [("Customer", "Three Rivers Gastroenterology Associates, P.C."),
                ("Products", "Ledgerline Audit (pre-bill and retrospective audit workbench)"),
                ("Named Users", "12"), ("Start date", "April 1, 2025"), ("Licence Year", "each twelve-month period beginning on the start date")]),
        ("h", "A. Definitions used in this Order Form and the Terms"),
        ("p", "\"Named User\" means an individual identified by name to whom Customer issues a log-in. Log-ins may "
              "not be shared and are not concurrent seats."),
        ("p", "\"Subscription Fee\" means USD 65.00 per Named User per month for Ledgerline Audit."),
        ("p", "\"CPT Content Royalty\" means USD 22.00 per Named User per Licence Year."),
        ("p", "\"Onboarding Fee\" means a one-time charge of USD 2,400.00 for configuration of audit rules, payer "
              "policies and Customer's provider roster."),
        ("h", "B. Fees for this order"),
        ("table", [
            ["Charge", "Basis", "Quantity", "Amount"],
            ["Subscription Fee", "monthly", "12 Named Users", "USD 780.00 per month"],
            ["Onboarding Fee", "one time", "1", "USD 2,400.00"],
            ["Payer policy library", "included", "-", "USD 0.00"],
        ], {"widths": [3, 2, 2.2, 2.8], "right": [3]}),
        ("p", "Other amounts payable under this Order Form are described in the Terms that follow."),
        ("h", "C. Precedence"),
        ("p", "This Order Form and the Master Subscription Terms form one agreement. If they conflict, this Order "
              "Form prevails, then the Master Subscription Terms, then any documentation."),
        ("sig", [("Ledgerline Coding Analytics, Inc.", "Bettina Marsh", "VP, Sales Operations"),
                 ("Three Rivers Gastroenterology Associates, P.C.", "Owen Castellano", "Practice Administrator")]),
        ("pagebreak",),
        ("title", "Master Subscription Terms"),
        ("h", "1. Access"),
        ("p", "Ledgerline grants Customer, for the subscription term, a non-exclusive, non-transferable right for "
              "its Named Users to use the Ledgerline Audit service for Customer's internal compliance and billing "
              "purposes in the United States. The service compares documented encounters with the CPT and HCPCS "
              "codes billed, flags unsupported levels of evaluation and management service, checks modifier use "
              "against national edit pairs, and produces auditor worksheets."),
        ("h", "2. Fees generally"),
        ("p", "Customer will pay the fees in each Order Form. Subscription Fees cover hosting, support, updates "
              "and all content delivered in the service unless an Order Form states otherwise. Fees are "
              "non-cancellable and non-refundable except as these Terms provide."),
        ("h", "3. Content from third parties"),
        ("p", "3.1 The service contains CPT codes, descriptors and guidelines owned by the American Medical "
              "Association, which Ledgerline distributes under a licence from the AMA. Ledgerline grants Customer "
              "a sublicence to use that content only inside the service, only for internal purposes, and only "
              "for as long as Ledgerline's AMA licence remains in effect."),
        ("p", "3.2 Customer shall pay the CPT Content Royalty for each Named User for each Licence Year, invoiced "
              "in advance at the start of the Licence Year. A Named User added during a Licence Year is invoiced "
              "the full CPT Content Royalty on the next invoice. Ledgerline may change the CPT Content Royalty at "
              "the start of a Licence Year by written notice if the AMA changes the royalty it charges "
              "Ledgerline."),
        ("p", "3.3 Customer consents to Ledgerline reporting Customer's name and its number of Named Users to the "
              "AMA, and acknowledges that the AMA may enforce this Section 3 as a third-party beneficiary."),
        ("p", "3.4 The AMA's standard notices appear in the service's About screen and are incorporated here."),
        ("h", "4. Customer obligations"),
        ("p", "Customer is responsible for its Named Users' conduct, for the accuracy of the records it uploads, "
              "and for its final coding and billing decisions. Audit findings are recommendations, not legal "
              "advice."),
    ] + confidentiality("Ledgerline", "Customer") + warranty("Ledgerline") + indemnity("Ledgerline", "Customer")
      + liability("Ledgerline") + general("Pennsylvania") + [
        ("pagebreak",),
        ("title", "Attachment 1 - Support and Availability Policy"),
        ("p", "This policy describes the support Ledgerline provides during the subscription term. It is part of "
              "the Master Subscription Terms."),
        ("table", [
            ["Priority", "Example", "First response", "Target resolution"],
            ["P1 - critical", "Service unavailable to all Named Users", "1 hour", "4 hours"],
            ["P2 - high", "Audit worksheets fail to generate", "4 business hours", "2 business days"],
            ["P3 - normal", "A rule fires incorrectly for one payer", "1 business day", "next quarterly release"],
            ["P4 - request", "New report or rule suggestion", "3 business days", "roadmap review"],
        ], {"widths": [1.6, 3.6, 1.6, 2]}),
        ("h", "Availability"),
        ("p", "Ledgerline targets 99.7% monthly availability, excluding scheduled maintenance on Sunday mornings "
              "between 2:00 and 6:00 a.m. Eastern. If availability falls below 99.0% in a month, Customer may "
              "request a credit of 5% of that month's Subscription Fee; below 97.0%, the credit is 10%. Credits are "
              "Customer's sole remedy for availability shortfalls and do not apply to the CPT Content Royalty or "
              "the Onboarding Fee."),
        ("h", "Content releases"),
        ("p", "Payer policy updates are released monthly. CPT, HCPCS Level II and ICD-10-CM code changes are "
              "loaded before their effective dates, normally in the last week of December and September."),
        ("h", "Contacting support"),
        ("p", "Portal: support.ledgerline.example. E-mail: support@ledgerline.example. Telephone support is "
              "available 8:00 a.m. to 8:00 p.m. Eastern on business days."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="therapy_email_thread_latest",
    vendor="Tidewater Therapy Software, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 18.75, "currency": "USD", "unit": "provider", "period": "year"},
    description="E-mail thread with a therapy-software rep; an older message quotes $17.50 per therapist, but the "
                "latest message corrects the 2026 AMA pass-through to $17.75 royalty plus $1.00 handling, $18.75 "
                "per therapist for the year, with front-desk staff not charged.",
    font="Helvetica", size=9.2, footer="Printed from Outpost Mail  |  3 messages",
    blocks=[
        ("title", "RE: RE: AMA fee question - Coastal Kids Speech & OT"),
        ("email", [("From", "Jenna Pruitt <jpruitt@tidewatertherapy.example>"),
                   ("To", "Rosa Delgado <office@coastalkidsot.example>"),
                   ("Date", "Tue, Nov 18, 2025 4:12 PM"),
                   ("Subject", "RE: RE: AMA fee question - Coastal Kids Speech & OT")],
         ["Hi Rosa,",
          "Quick correction to what I sent on the 4th, sorry about that. The AMA moved the royalty up again for "
          "next year. For 2026 it's $17.75 per therapist, and we add our $1.00 handling charge on top, so the "
          "number that will hit your January invoice is $18.75 for each therapist on the account for the year.",
          "And to your question below: no, your front desk people and your biller are not charged. It's only "
          "staff set up as therapists (rendering providers) in Tidewater. With your 7 therapists that's $131.25.",
          "Let me know if anything else looks off!",
          "Jenna Pruitt | Customer Success, Tidewater Therapy Software, Inc."]),
        ("email", [("From", "Rosa Delgado <office@coastalkidsot.example>"),
                   ("To", "Jenna Pruitt <jpruitt@tidewatertherapy.example>"),
                   ("Date", "Mon, Nov 10, 2025 9:03 AM"),
                   ("Subject", "RE: AMA fee question - Coastal Kids Speech & OT")],
         ["Thanks Jenna. Does that apply to our two front desk staff and our biller too? They're in the system "
          "every day but they don't treat anyone. Also is this on top of the $55 per user we already pay every "
          "month?",
          "Rosa"]),
        ("email", [("From", "Jenna Pruitt <jpruitt@tidewatertherapy.example>"),
                   ("To", "Rosa Delgado <office@coastalkidsot.example>"),
                   ("Date", "Tue, Nov 4, 2025 2:47 PM"),
                   ("Subject", "RE: AMA fee question - Coastal Kids Speech & OT")],
         ["Hi Rosa - good question. The treatment codes you bill (97530, 92507 and so on) are CPT codes, and "
          "the AMA requires software companies like us to pay a royalty for every therapist who uses them. We "
          "pass that through once a year. It will be $17.50 per therapist, billed in January.",
          "Yes, it's separate from the monthly subscription - that price doesn't change.",
          "Jenna"]),
        ("tiny", "This message may contain confidential information intended only for the addressee."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="anesthesia_amendment_two",
    vendor="Vigil Anesthesia Software, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 27.5, "currency": "USD", "unit": "provider", "period": "year"},
    description="Amendment No. 2 to an anesthesia billing-software agreement that deletes the old $15.00 CPT "
                "licence fee and replaces it with $27.50 per Anesthesia Provider per year from January 1, 2026.",
    font="Times", size=10.5, footer="Amendment No. 2  |  Vigil Anesthesia Software, Inc.  |  Agreement VAS-0612",
    blocks=[
        ("title", "Amendment No. 2 to Software Subscription Agreement"),
        ("p", "This Amendment No. 2 (\"Amendment\") is entered into as of November 20, 2025 (the \"Amendment Date\") "
              "by and between <b>Vigil Anesthesia Software, Inc.</b>, a Minnesota corporation (\"Vigil\"), and "
              "<b>Northern Lakes Anesthesia Consultants, P.A.</b> (\"Customer\")."),
        ("h", "Recitals"),
        ("p", "A. Vigil and Customer are parties to a Software Subscription Agreement dated July 1, 2022, as amended "
              "by Amendment No. 1 dated January 3, 2024 (together, the \"Agreement\"), under which Customer uses "
              "Vigil's anesthesia record capture, time-unit calculation and billing software."),
        ("p", "B. Section 4.6 of the Agreement currently requires Customer to pay a CPT licence fee of $15.00 per "
              "Anesthesia Provider per year for the CPT and anesthesia crosswalk content in the software."),
        ("p", "C. The American Medical Association has changed the royalty it charges Vigil for that content, "
              "and the parties wish to amend Section 4.6 accordingly."),
        ("h", "Agreement"),
        ("p", "1. <b>Amendment of Section 4.6.</b> Effective January 1, 2026, Section 4.6 of the Agreement is deleted "
              "in its entirety and replaced with the following:"),
        ("p", "<i>\"4.6 CPT Licence Fee. Customer shall pay Vigil a CPT licence fee of twenty-seven dollars and "
              "fifty cents ($27.50) per Anesthesia Provider per year. 'Anesthesia Provider' means each "
              "anesthesiologist, certified registered nurse anesthetist and anesthesiologist assistant whose "
              "services are billed through the software at any time during the year. The fee is invoiced each "
              "January based on the Anesthesia Providers active on January 1, with Anesthesia Providers added "
              "later invoiced in the month they are added. The fee is in addition to the Subscription Fees in "
              "Section 4.1 and the per-case processing fee in Section 4.3.\"</i>"),
        ("p", "2. <b>No other changes.</b> Except as stated in this Amendment, the Agreement is unchanged and remains "
              "in full force. The per-case processing fee of $3.10 per anesthesia case and the monthly platform fee "
              "of $1,450 are not affected."),
        ("p", "3. <b>Conflict.</b> If this Amendment conflicts with the Agreement, this Amendment controls."),
        ("p", "4. <b>Counterparts.</b> This Amendment may be signed in counterparts and by electronic signature, "
              "each of which is an original."),
        ("sig", [("Vigil Anesthesia Software, Inc.", "Harold Birchfield", "Chief Financial Officer"),
                 ("Northern Lakes Anesthesia Consultants, P.A.", "Dr. Amara Lindqvist", "President")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="oral_surgery_schedule_words",
    vendor="Crown & Scalpel Software, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 31.5, "currency": "USD", "unit": "provider", "period": "one_time"},
    description="Licence schedule for oral-surgery software covering dental (CDT) and medical (CPT) billing; the "
                "CDT content is included, but a CPT sublicence charge of thirty-one dollars and fifty cents per "
                "rendering provider is payable once when the medical billing module is activated.",
    font="Times", size=10, footer="Crown & Scalpel Software  |  Schedule B  |  Code Set Content",
    blocks=[
        ("letterhead", "Crown & Scalpel Software, Inc.", ["Software for oral and maxillofacial surgery practices",
                                                          "90 Harbor Point Boulevard, Tampa, FL 33602"]),
        ("title", "Schedule B to the Licence Agreement: Code Set Content"),
        ("p", "This Schedule forms part of the Licence Agreement between Crown & Scalpel Software, Inc. "
              "(\"Licensor\") and the practice named on the signature page (\"Licensee\"). It describes the "
              "coding content inside the software and what Licensee pays for it."),
        ("h", "B.1 Dental procedure codes"),
        ("p", "The software contains the Code on Dental Procedures and Nomenclature (CDT), which Licensor "
              "distributes under a licence from the code set's copyright owner. The CDT content and its annual "
              "updates are included in the annual support fee; Licensee pays nothing further for CDT."),
        ("h", "B.2 Diagnosis codes"),
        ("p", "ICD-10-CM diagnosis codes are supplied from the public federal release at no charge."),
        ("h", "B.3 Medical procedure codes"),
        ("p", "Oral and maxillofacial surgeons frequently bill medical payers for procedures such as fracture "
              "repair, biopsies and TMJ surgery, which are reported with CPT codes. The medical billing module of "
              "the software contains CPT content owned by the American Medical Association and sublicensed to "
              "Licensee by Licensor."),
        ("p", "Upon activation of the medical billing module, Licensee shall pay a CPT sublicence charge of "
              "thirty-one dollars and fifty cents for each rendering provider enabled in that module, payable "
              "once at activation. A rendering provider enabled after activation is charged the same amount "
              "when enabled. If Licensee never activates the medical billing module, no amount is payable under "
              "this Section B.3."),
        ("p", "Licensee may not copy CPT content out of the software, distribute it to any other legal entity, "
              "or use it after the Licence Agreement ends."),
        ("h", "B.4 Other fees referenced for convenience"),
        ("table", [
            ["Item", "Amount"],
            ["Perpetual software licence, per surgeon", "$6,900.00"],
            ["Annual support fee (includes CDT updates), per surgeon", "$1,380.00"],
            ["Conversion from prior system", "$2,250.00"],
            ["On-site training day", "$1,100.00"],
        ], {"widths": [7, 2], "right": [1]}),
        ("h", "B.5 Required notices"),
    ] + ama_notices(2025, "full") + [
    ],
)

# ---------------------------------------------------------------------------
add(
    key="pm_signed_quote_no_unit",
    vendor="Harborview PM Solutions, LLC",
    coverage="pass_through",
    cpt_fee={"amount": 6.0, "currency": "USD", "unit": None, "period": "month"},
    description="Signed practice-management quote with a separate 'AMA CPT royalty pass-through' line of $6.00 "
                "per month whose quantity column is blank and whose basis (provider, user or account) is never "
                "stated, next to per-provider subscription lines.",
    font="Courier", size=8.6, footer="HPM Quote Q-55821  |  valid 30 days",
    blocks=[
        ("letterhead", "Harborview PM Solutions, LLC", ["Quote Q-55821  |  Prepared Aug 4, 2025",
                                                        "quotes@harborviewpm.example"]),
        ("kv", [("Prepared for", "Bayside Family Medicine, PLLC (4 providers, 11 staff users)"),
                ("Contact", "Helen Ostrowski, Office Manager"), ("Term", "24 months from go-live")]),
        ("table", [
            ["#", "Description", "Qty", "Price", "Billing"],
            ["1", "Harborview PM - practice management & billing", "4", "$89.00 / provider", "monthly"],
            ["2", "Integrated clearinghouse (claims, ERA, eligibility)", "4", "$0.00", "monthly"],
            ["3", "Patient statements (print & mail)", "", "$0.62 each", "as used"],
            ["4", "AMA CPT royalty pass-through", "", "$6.00", "monthly"],
            ["5", "Data conversion from prior PM", "1", "$1,200.00", "one time"],
            ["6", "Go-live support (remote, 2 days)", "1", "$800.00", "one time"],
        ], {"widths": [0.5, 4.2, 0.6, 1.8, 1.2]}),
        ("p", "Estimated monthly recurring for lines 1-2: $356.00, plus line 4 as billed. Estimated one-time: $2,000.00."),
        ("h", "Notes"),
        ("numbered", [
            "Pricing shown assumes 4 rendering providers and 11 staff user log-ins at go-live.",
            "Line 4 is collected for the American Medical Association's CPT royalty and is remitted by "
            "Harborview; it is not a Harborview software fee and is not discounted.",
            "Statement pricing includes postage at current first-class rates; postage increases are passed through.",
            "Quote valid for 30 days. Signature below accepts this quote and the Harborview Customer Terms.",
        ]),
        ("sig", [("Harborview PM Solutions, LLC", "Grant Oduya", "Sales Director"),
                 ("Bayside Family Medicine, PLLC", "Helen Ostrowski", "Office Manager")]),
        ("small", "Signed copy received Aug 11, 2025. CPT is a registered trademark of the AMA."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="clearinghouse_rule_only_royalty",
    vendor="Meridian Claims Exchange, Inc.",
    coverage="pass_through",
    cpt_fee=None,
    description="Clearinghouse services agreement that makes the practice reimburse the AMA royalty for its Users "
                "each year at the AMA's published per-user rate without stating any amount, beside per-claim, "
                "set-up and enrollment fees.",
    font="Helvetica", size=9, footer="Meridian Claims Exchange  |  Clearinghouse Services Agreement  |  MCX-CSA v9",
    blocks=[
        ("title", "Clearinghouse Services Agreement"),
        ("p", "This Agreement is between <b>Meridian Claims Exchange, Inc.</b> (\"Clearinghouse\") and the "
              "health care practice identified in the Enrollment Form (\"Client\"). It takes effect on the date "
              "Client's Enrollment Form is accepted."),
        ("h", "1. Services"),
        ("p", "Clearinghouse will receive Client's professional claims in the formats it supports, convert them "
              "to the HIPAA standard transaction, run them through its claim-editing engine, route them to payers, "
              "and return acknowledgements, claim status and electronic remittance advice. The editing engine "
              "checks procedure-to-diagnosis consistency, modifier validity, bundling pairs and payer-specific "
              "rules, and shows Client's users the code descriptors on rejected lines."),
        ("h", "2. Users"),
        ("p", "\"User\" means each individual to whom Client gives access to the Clearinghouse web portal or "
              "reports, including billers, coders, managers and providers. Client will keep its list of Users "
              "current in the portal."),
        ("h", "3. Fees"),
        ("table", [
            ["Fee", "Amount"],
            ["Account set-up", "$150.00 once"],
            ["Professional claims", "$0.29 per claim"],
            ["Real-time eligibility", "$0.12 per inquiry"],
            ["ERA and EFT enrollment", "no charge"],
            ["Paper claim drop-to-print", "$0.85 per claim"],
        ], {"widths": [5, 3]}),
        ("p", "Fees are invoiced monthly in arrears and are due within twenty days."),
        ("h", "4. Code Set Royalties"),
        ("p", "4.1 The claim-editing engine and portal display CPT codes and descriptors owned by the American "
              "Medical Association, which Clearinghouse distributes under its agreement with the AMA. Client "
              "receives a sublicence to use that content only through the Services."),
        ("p", "4.2 Client shall reimburse Clearinghouse, once a year in arrears, for the royalty the AMA assesses "
              "in respect of Client's Users, calculated at the per-user rate the AMA publishes for that calendar "
              "year and the number of Users on Client's account during the year. Clearinghouse adds no mark-up to "
              "this amount and will show it as a separate line on Client's January invoice."),
        ("p", "4.3 HCPCS Level II and ICD-10 codes are public and carry no royalty."),
        ("h", "5. Client Responsibilities"),
        ("bullets", [
            "Submit claims that are complete and accurate; Clearinghouse does not alter clinical content.",
            "Obtain payer enrollment where a payer requires it before electronic submission.",
            "Review rejection reports daily and correct and resubmit rejected claims.",
        ]),
    ] + hipaa("Clearinghouse", "Client") + warranty("Clearinghouse") + indemnity("Clearinghouse", "Client")
      + liability("Clearinghouse") + term_termination() + general("Georgia"),
)

# ---------------------------------------------------------------------------
add(
    key="statement_vendor_onboarding_checklist",
    vendor="Paperlane Patient Statements, LLC",
    coverage="pass_through",
    cpt_fee={"amount": 60.0, "currency": "USD", "unit": "organization", "period": None},
    description="Patient-statement vendor onboarding checklist in which showing CPT descriptors on statements "
                "carries an AMA royalty pass-through of $60.00 per client account, with no period given, beside "
                "per-statement prices and free ICD-10 descriptions.",
    font="Helvetica", size=9.5, footer="Paperlane onboarding  |  form PL-ONB-3",
    blocks=[
        ("letterhead", "Paperlane Patient Statements, LLC", ["Clear statements. Faster payments.",
                                                             "onboarding@paperlane.example"]),
        ("title", "New Client Onboarding Checklist"),
        ("kv", [("Client", "Willow Creek Pediatrics, P.A."), ("Paperlane client ID", "WCP-4471"),
                ("Onboarding specialist", "Theo Barros"), ("Target first mailing", "September 15, 2025")]),
        ("h", "Step 1 - Paperwork"),
        ("checklist", [
            (True, "Statement Services Agreement signed"),
            (True, "Business Associate Agreement signed"),
            (True, "ACH authorization for monthly invoices returned"),
            (False, "W-9 for Paperlane received by client accounts payable"),
        ]),
        ("h", "Step 2 - Statement design"),
        ("checklist", [
            (True, "Logo file (PNG, 300 dpi) uploaded"),
            (True, "Remit-to address and phone number confirmed"),
            (True, "Statement layout chosen: Itemized"),
            (True, "Approve CPT descriptor display on itemized statements. Showing the AMA's CPT code "
                    "descriptions to patients requires a licence; Paperlane passes through the AMA royalty as a "
                    "CPT descriptor licence fee of $60.00 per client account. Clients who decline this item print their own "
                    "short service descriptions instead, at no fee."),
            (True, "ICD-10 diagnosis descriptions on statements (no charge)"),
        ]),
        ("h", "Step 3 - Data feed"),
        ("checklist", [
            (True, "PM system export format identified (837 / flat file)"),
            (False, "Test file sent and approved"),
            (False, "Statement cycle chosen (weekly or monthly)"),
        ]),
        ("h", "Step 4 - Pricing confirmed"),
        ("table", [
            ["Item", "Price"],
            ["Printed statement, first page (includes postage)", "$0.58"],
            ["Each additional page", "$0.09"],
            ["E-statement by e-mail or text", "$0.03"],
            ["Online bill-pay page", "no charge"],
            ["Set-up", "waived"],
        ], {"widths": [6, 2]}),
        ("p", "Questions: reply to your onboarding specialist or write to onboarding@paperlane.example."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="community_connect_fee_exhibit",
    vendor="Ridgecrest Health Partners IT Services, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 384.0, "currency": "USD", "unit": "location", "period": "year"},
    description="Hospital-affiliated 'community connect' EHR participation agreement whose fee exhibit allocates a "
                "CPT/AMA royalty of $384.00 per Affiliate clinic location per year, apart from per-provider "
                "subscription, implementation and interface fees.",
    font="Times", size=10, footer="Ridgecrest Connect Participation Agreement  |  Exhibit C",
    blocks=[
        ("title", "Ridgecrest Connect Participation Agreement"),
        ("p", "This Participation Agreement is entered into as of February 1, 2025 between <b>Ridgecrest Health "
              "Partners IT Services, Inc.</b> (\"Ridgecrest IT\"), a wholly owned subsidiary of Ridgecrest "
              "Regional Health, and <b>Sandhill Internal Medicine Group, LLC</b> (\"Affiliate\")."),
        ("h", "1. Background"),
        ("p", "Ridgecrest IT licenses an enterprise electronic health record and practice management system from "
              "its software supplier and, through the Ridgecrest Connect program, makes a hosted instance "
              "available to independent community physician practices so that patient information can move "
              "securely between those practices and Ridgecrest Regional Health's hospitals."),
        ("h", "2. Access and Use"),
        ("p", "Ridgecrest IT grants Affiliate and its authorized users a non-exclusive, non-transferable right to "
              "use the Ridgecrest Connect instance for Affiliate's own patients during the term. Affiliate may not "
              "allow any other legal entity to use the system. Ridgecrest IT provides hosting, upgrades, a help "
              "desk and the standard content delivered with the system."),
        ("h", "3. No Referral Requirement"),
        ("p", "Neither participation nor the fees below depend on the volume or value of referrals or other "
              "business between Affiliate and Ridgecrest Regional Health. Affiliate may refer patients to any "
              "provider it chooses. Affiliate pays at least fifteen percent of Ridgecrest IT's cost of the "
              "donated items as required by the applicable federal exception."),
        ("h", "4. Fees"),
        ("p", "Affiliate shall pay the fees in Exhibit C. Ridgecrest IT may change those fees once a year on ninety "
              "days' notice to reflect changes in its supplier costs."),
        ("h", "5. Term"),
        ("p", "This Agreement runs for five years and renews for one-year terms unless either party gives notice "
              "of non-renewal at least 180 days before the end of a term."),
    ] + hipaa("Ridgecrest IT", "Affiliate") + general("North Carolina") + [
        ("sig", [("Ridgecrest Health Partners IT Services, Inc.", "Lorraine Vasquez-Hale", "President"),
                 ("Sandhill Internal Medicine Group, LLC", "Dr. Kwame Ashworth", "Managing Member")]),
        ("pagebreak",),
        ("title", "Exhibit C - Fees"),
        ("table", [
            ["Fee", "Basis", "Amount"],
            ["Subscription (EHR and practice management)", "per provider per month", "$1,150.00"],
            ["Additional non-provider user", "per user per month", "$40.00"],
            ["Implementation", "one time", "$18,000.00"],
            ["Interface to Affiliate's reference laboratory", "one time", "$4,500.00"],
            ["CPT/AMA royalty allocation", "per Affiliate clinic location per year", "$384.00"],
            ["Third-party drug database", "included in subscription", "$0.00"],
        ], {"widths": [4, 3, 1.6], "right": [2]}),
        ("p", "The CPT/AMA royalty allocation recovers the share of the American Medical Association royalty that "
              "Ridgecrest IT pays for CPT content used at Affiliate's clinics. It is invoiced each February for the "
              "year beginning that month. Affiliate currently operates two clinic locations (Sandhill Main and "
              "Sandhill North)."),
        ("p", "Subscription fees are invoiced monthly in advance. Implementation is invoiced 50% on signature "
              "and 50% at go-live."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="code_lookup_app_terms_cap",
    vendor="Pocket Coder Labs, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 1.55, "currency": "USD", "unit": "user", "period": "month"},
    description="Terms for a code-lookup app's team plan: a CPT Data Fee of $1.55 per user per month passed through "
                "for the AMA royalty, capped at 5% yearly increases, separate from the $12.99 per-user plan price "
                "and free ICD-10/HCPCS content.",
    font="Helvetica", size=9, footer="Pocket Coder Team Plan Terms  |  rev. 2025-03",
    blocks=[
        ("title", "Pocket Coder Team Plan - Subscription Terms"),
        ("p", "These terms apply when a practice, billing company or other organization (the \"Team\") buys "
              "Pocket Coder for more than one person. They are offered by Pocket Coder Labs, Inc. (\"we\")."),
        ("h", "What you get"),
        ("bullets", [
            "Search across procedure, diagnosis and supply codes from a phone, tablet or browser.",
            "Bookmarks and shared favourites lists for the Team.",
            "Quarterly payer-policy digests and an annual code-change summary.",
            "Administrator console to add and remove users.",
        ]),
        ("h", "Price"),
        ("p", "The Team Plan costs $12.99 per user per month, billed monthly, or $129 per user per year if paid "
              "annually in advance. A \"user\" is a named person with a log-in; log-ins may not be shared."),
        ("h", "Code content and the CPT Data Fee"),
        ("p", "ICD-10-CM and HCPCS Level II content comes from public federal sources and is included at no "
              "extra cost. CPT codes and descriptions are owned by the American Medical Association and are "
              "included in Pocket Coder under our distribution licence with the AMA."),
        ("p", "For each user who can see CPT content, the Team pays a CPT Data Fee of $1.55 per user per month, "
              "which we pass through to cover the AMA royalty. The CPT Data Fee is billed monthly even if the Team "
              "pays the subscription annually. We may increase the CPT Data Fee each January to reflect the AMA's "
              "pricing, but never by more than 5% over the amount charged in the previous year."),
        ("p", "Your administrator can switch a user to \"no CPT\" mode; that user then sees only ICD-10-CM and "
              "HCPCS Level II content and no CPT Data Fee applies to that user."),
        ("h", "Cancelling"),
        ("p", "Monthly Teams can cancel any time, effective at the end of the month. Annual Teams can cancel at "
              "renewal. Refunds are not given for partial periods."),
        ("h", "Using the content"),
        ("p", "Content is for your Team's internal reference. You may not scrape, export or republish it, and the "
              "app is not a substitute for the official code books or your payer's guidance."),
        ("tiny", "CPT only copyright 2024 American Medical Association. All rights reserved. Support: "
                 "help@pocketcoder.example"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="psych_price_sheet_footnote_sum",
    vendor="Quillmark Behavioral Health Software, Inc.",
    coverage="pass_through",
    cpt_fee={"amount": 20.5, "currency": "USD", "unit": "provider", "period": "year"},
    description="Behavioral-health price sheet whose asterisk footnote adds an annual AMA CPT royalty of $18.50 "
                "plus a $2.00 administration fee per clinician (total $20.50 a year) to the monthly plan prices.",
    font="Helvetica", size=9.5, footer="Quillmark pricing  |  2025",
    blocks=[
        ("letterhead", "Quillmark", ["Quillmark Behavioral Health Software, Inc.", "sales@quillmark.example"]),
        ("title", "2025 Plans and Pricing"),
        ("p", "Simple plans for therapists, psychologists, counselors and group practices. Every plan includes "
              "unlimited clients, secure messaging, a client portal and insurance claim tools."),
        ("table", [
            ["Plan", "Best for", "Price"],
            ["Essential*", "Solo clinicians", "$59 per month"],
            ["Professional*", "Solo clinicians who bill insurance", "$79 per month"],
            ["Group*", "Practices with 2 or more clinicians", "$49 per clinician per month"],
        ], {"widths": [2, 4, 3]}),
        ("h", "Add-ons"),
        ("table", [
            ["Add-on", "Price"],
            ["Telehealth with waiting room", "$15 per clinician per month"],
            ["e-Fax number", "$10 per month"],
            ["Assessment library (PHQ-9, GAD-7 and others)", "included"],
            ["Biller or admin log-in (non-clinician)", "$0"],
        ], {"widths": [6, 3]}),
        ("h", "Questions"),
        ("qa", [
            ("Is there a contract?", "No. Plans are month to month and you can cancel any time."),
            ("Do you charge set-up fees?", "No set-up or data-import fees for practices under 10 clinicians."),
            ("Can I switch plans?", "Yes, changes take effect at your next billing date."),
        ]),
        ("footnote", "* Plus an annual AMA CPT\u00ae royalty of $18.50 per clinician and an administration fee of "
                     "$2.00 per clinician, billed together each January (or on sign-up for new clinicians) because "
                     "CPT codes are built into every plan. Biller and admin log-ins are not charged. Prices exclude "
                     "applicable taxes."),
    ],
)
