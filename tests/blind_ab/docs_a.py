"""blind_ab documents, part A: vendors that charge a separate CPT / AMA fee."""


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_therapy_help_processing",
    vendor="Lanternbrook Health Systems, Inc.",
    coverage="pass_through", fee=fee(19.50, "provider", "year"),
    desc="Help-centre article of a therapy EHR explaining a yearly AMA fee of $19.50 per clinician "
         "($18.50 AMA royalty plus $1.00 processing), separate from the monthly per-clinician plan price.",
    style="help", brand="Lanternbrook Notes  |  Help Center", nav="Billing & Account > Invoices",
    site="help.lanternbrook.example/articles/annual-ama-fee",
    footer="\u00a9 2025 Lanternbrook Health Systems, Inc.  \u00b7  help.lanternbrook.example",
    title="Why is there an AMA fee on my invoice?",
    blocks=[
        ("h1", "Why is there an AMA fee on my invoice?"),
        ("small", "Updated 3 November 2025 \u00b7 4 min read \u00b7 Written by the Lanternbrook Billing Team"),
        ("p", "Once a year you will see a line called <b>AMA CPT\u00ae fee</b> on your Lanternbrook Notes "
              "invoice. This article explains what it is, who it applies to and when it is billed. If you "
              "only want the number, skip to <i>How much is it?</i>"),
        ("h2", "What are CPT codes, and who owns them?"),
        ("p", "CPT (Current Procedural Terminology) codes are the five-character procedure codes you pick "
              "when you document a session or build a claim, such as a 53-minute psychotherapy visit. The "
              "American Medical Association (AMA) owns the copyright in the code set and charges software "
              "companies a royalty for every clinician who can use the codes inside their product."),
        ("h2", "Why am I being charged?"),
        ("p", "Lanternbrook Notes shows CPT codes in notes, superbills and claims, so the AMA bills us a "
              "royalty for each clinician on your account. Rather than raise every plan price, we pass that "
              "royalty on to the accounts that actually have clinicians, and add a small amount to cover "
              "card processing and the reporting we send to the AMA."),
        ("h2", "How much is it?"),
        ("table", [["Item", "2025 amount", "How it is counted"],
                   ["AMA CPT royalty", "$18.50", "per clinician, per calendar year"],
                   ["Processing", "$1.00", "per clinician, per calendar year"],
                   ["Total AMA CPT fee", "$19.50", "per clinician, per calendar year"]],
         {"widths": [2.2, 1.3, 3], "last_bold": True}),
        ("p", "This is in addition to your plan. For comparison, the Solo plan is $59 per clinician per "
              "month and the Group plan is $74 per clinician per month; neither price includes the AMA fee."),
        ("h2", "Who counts as a clinician?"),
        ("ul", ["Anyone with a clinician seat who can sign notes or appears as the rendering clinician on "
                "a claim.",
                "Practice managers, billers and schedulers on non-clinical seats are <b>not</b> counted.",
                "Pre-licensed clinicians and interns who have their own clinician seat are counted."]),
        ("h2", "When is it billed?"),
        ("p", "The fee is billed on your December invoice for the following calendar year. If you add a "
              "clinician part way through the year, the full yearly fee for that clinician appears on your "
              "next monthly invoice. We do not prorate, and the fee is not refunded if a clinician leaves."),
        ("h2", "Can I pay the AMA myself instead?"),
        ("p", "No. The AMA bills us for use of the codes inside our software, so a licence you buy somewhere "
              "else does not cover Lanternbrook Notes. If you also use a separate billing tool, that tool may "
              "have its own arrangement."),
        ("h2", "Is sales tax added?"),
        ("p", "Not at present. If tax rules change in your state we will tell you before we start charging it."),
        ("note", "Still have questions? Write to billing@lanternbrook.example or use the chat bubble in the "
                 "app. Our billing team answers Monday to Friday, 8am to 6pm Central."),
        ("small", "Related articles: Reading your monthly invoice \u00b7 Adding and removing clinician seats "
                  "\u00b7 Updating your payment method"),
        ("small", "Was this article helpful?  Yes / No  \u00b7  42 out of 57 found this helpful"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_pricing_calculator_user",
    vendor="Quillfeather Software, LLC",
    coverage="pass_through", fee=fee(18.50, "user", "year"),
    desc="Pricing-calculator result page listing a CPT royalty line of $18.50 per licensed user per year "
         "alongside the per-user monthly subscription, a one-time implementation fee and a first-year total.",
    style="pricing", brand="Quillfeather PM", nav="Pricing \u00b7 Calculator \u00b7 Sign in",
    site="quillfeather.example/pricing/calculator",
    footer="Quillfeather Software, LLC \u00b7 quillfeather.example \u00b7 Estimate only, not an invoice",
    title="Your Quillfeather price estimate",
    blocks=[
        ("h1", "Your estimate is ready"),
        ("p", "Thanks for trying the Quillfeather PM price calculator. Below is the estimate for the "
              "options you picked. Change any answer and press <b>Recalculate</b> to see a new figure."),
        ("h2", "What you told us"),
        ("kv", [("Plan", "Professional (scheduling, billing, claims, reporting)"),
                ("Licensed users", "6 (two physicians, one nurse practitioner, three office staff)"),
                ("Billing", "Monthly, card on file"),
                ("Implementation", "Guided set-up with data import"),
                ("Add-ons", "Patient text reminders")]),
        ("h2", "Estimated first-year cost"),
        ("table", [["Line", "Rate", "Qty", "First-year amount"],
                   ["Professional plan subscription", "$42.00 per user per month", "6 users x 12 months",
                    "$3,024.00"],
                   ["Patient text reminders", "$19.00 per month", "12 months", "$228.00"],
                   ["CPT\u00ae royalty (AMA)", "$18.50 per licensed user per year", "6 users", "$111.00"],
                   ["ICD-10-CM and HCPCS Level II updates", "Included", "-", "$0.00"],
                   ["Guided implementation", "$600.00 one time", "1", "$600.00"],
                   ["Estimated first-year total", "", "", "$3,963.00"]],
         {"widths": [2.6, 2.3, 1.5, 1.4], "last_bold": True}),
        ("p", "From the second year the implementation line drops off, so the same set-up would come to "
              "$3,363.00 a year at today's rates."),
        ("h2", "Why is the CPT royalty listed separately?"),
        ("p", "The American Medical Association charges a royalty for every person who uses CPT codes in "
              "software like ours. Quillfeather collects that royalty from you and pays it to the AMA. It is "
              "billed once a year for each licensed user on your account, including office staff who build "
              "claims or run reports that show procedure codes."),
        ("h2", "Things the estimate does not include"),
        ("ul", ["Sales tax, where it applies.",
                "Clearinghouse charges billed by your clearinghouse directly.",
                "Custom interfaces to hospital systems (quoted separately).",
                "Any change the AMA makes to its royalty for the coming year."]),
        ("note", "Ready to go? Email sales@quillfeather.example with this estimate number: QF-EST-20417. "
                 "Estimates are valid for 30 days."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_forum_monthly_line",
    vendor="Harborline Medical Software Corp.",
    coverage="pass_through", fee=fee(3.50, None, "month"),
    desc="Community forum thread where vendor staff explain that the monthly 'CPT content' line of $3.50 "
         "is the AMA royalty passed through, with no unit stated; a user quotes an AMA direct price only "
         "for comparison.",
    style="forum", brand="Harborline Community", nav="Forums > Billing & Invoices",
    site="community.harborline.example/t/cpt-content-line-on-invoice/8812",
    footer="Harborline Community is run by Harborline Medical Software Corp. Posts by customers are their own views.",
    title="What is the CPT content line on my invoice?",
    blocks=[
        ("h1", "What is the \"CPT content\" line on my invoice?"),
        ("small", "Billing & Invoices \u00b7 5 replies \u00b7 311 views \u00b7 Solved"),
        ("post", {"author": "dana_pm_officemgr", "role": "Member", "date": "Sep 9, 2025"}),
        ("p", "Starting with our September invoice there is a new line that just says <i>CPT content</i>. "
              "Nobody told us about it and I can't find it in the pricing page. Is this a mistake? We have "
              "been on Harborline for four years and never had it before."),
        ("post", {"author": "rgoldfarb_billing", "role": "Member", "date": "Sep 9, 2025"}),
        ("p", "We have the new line too. I looked into buying a licence straight from the AMA instead and "
              "the quote I got was an $82.50 entity fee plus $18.50 for each user per year, which for our "
              "eight people would cost a lot more than this line. So I'm not complaining, just curious what "
              "it covers."),
        ("post", {"author": "Marisol (Harborline)", "role": "Staff", "date": "Sep 10, 2025"}),
        ("p", "Hi both, and thanks for flagging this. That line is not a mistake. The American Medical "
              "Association charges a royalty for the CPT codes that appear in Harborline's charge entry, "
              "claims and reports. Until this summer we absorbed it. From September the royalty is passed "
              "on: the line labelled <b>CPT content</b> is <b>$3.50 each month</b>, billed with your regular "
              "invoice, and we send it on to the AMA. Harborline does not keep any of it."),
        ("p", "A licence bought directly from the AMA would not replace this line, because the AMA licenses "
              "each software product separately. An email went out on August 14; I'm sorry if it landed in "
              "a spam folder. I'll ask the team to add the line to the pricing page as well."),
        ("post", {"author": "dana_pm_officemgr", "role": "Member", "date": "Sep 10, 2025"}),
        ("p", "Found the email, it went to our old billing address. Thanks for explaining."),
        ("post", {"author": "tkwong_md", "role": "Member", "date": "Sep 12, 2025"}),
        ("p", "For what it's worth our ICD-10 updates still come at no charge, so it is only the CPT side "
              "that changed."),
        ("post", {"author": "Marisol (Harborline)", "role": "Staff", "date": "Sep 12, 2025"}),
        ("p", "That's right. ICD-10-CM and HCPCS Level II updates are federal code sets and stay free in "
              "Harborline. Marking this thread as solved, but feel free to reply if anything else looks off."),
        ("hr",),
        ("small", "Community guidelines: do not post patient information. Staff replies are marked. Contact "
                  "support@harborline.example for account-specific questions."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_yearend_letter_location",
    vendor="Corvane Clinical Cloud, Inc.",
    coverage="pass_through", fee=fee(21.00, "location", "year"),
    desc="Year-end letter announcing that the CPT licence charge for 2026 will be twenty-one dollars per "
         "licensed location per calendar year (up from $20.00), with a cap on increases and an unchanged "
         "per-location subscription.",
    style="letter", title="Your 2026 CPT licence charge",
    footer="Corvane Clinical Cloud, Inc. \u00b7 1450 Larkin Commons, Suite 300, Mendota Falls, OR 97920",
    blocks=[
        ("p", "<b>CORVANE CLINICAL CLOUD, INC.</b><br/>1450 Larkin Commons, Suite 300<br/>Mendota Falls, "
              "OR 97920<br/>accounts@corvane.example"),
        ("sp", 10),
        ("p", "November 17, 2025"),
        ("p", "Ms. Priya Anand, Practice Administrator<br/>Greywell Orthopedic Associates<br/>88 Quarry "
              "Road<br/>Hollins, WA 98960"),
        ("p", "Account number: CVN-30551"),
        ("p", "<b>Re: Your CPT licence charge for 2026</b>"),
        ("p", "Dear Ms. Anand,"),
        ("p", "Each autumn we write to let you know what your CPT licence charge will be for the coming "
              "year, so you can plan your budget. As you know, Corvane passes on to each customer the cost "
              "of the American Medical Association licence that allows CPT codes to be used in Corvane "
              "Chart and Corvane Billing."),
        ("p", "For 2025 the charge was twenty dollars ($20.00) for each licensed location. For calendar "
              "year 2026 the CPT licence charge will be <b>twenty-one dollars ($21.00) per licensed "
              "location</b>, billed once for the year on your January invoice. Your account has three "
              "licensed locations (Hollins, Pine Ridge and East Hollins Surgery Center), so your 2026 CPT "
              "licence charge will total $63.00."),
        ("p", "As provided in your master agreement, any yearly increase in the CPT licence charge is "
              "capped at five percent (5%) over the prior year. The $1.00 change for 2026 is within that "
              "cap."),
        ("p", "Your subscription is not changing: Corvane Chart and Corvane Billing remain at $310.00 per "
              "location per month, and your support plan remains at the Priority tier. Interface and "
              "training fees are quoted separately when you request them."),
        ("p", "If you open or close a location during 2026, please tell your account manager. A location "
              "added during the year will be billed the full yearly charge on the next monthly invoice; a "
              "location that closes is not refunded for the rest of the year."),
        ("p", "Thank you for being a Corvane customer. If you have questions about this letter, please "
              "contact me directly at the address above or at 1-800-555-0148."),
        ("sig", ["Sincerely,", "", "Gordon Ellery", "Director, Customer Accounts", "Corvane Clinical Cloud, Inc."]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_email_thread_corrected",
    vendor="Mistral Peak Billing Technologies, Inc.",
    coverage="pass_through", fee=fee(22.50, "user", "year"),
    desc="Support e-mail thread in which the latest reply corrects an earlier quote of $24 to a CPT "
         "licence charge of $22.50 per user per year; the latest e-mail governs.",
    style="email", title="RE: CPT charge question",
    footer="Mistral Peak Billing Technologies, Inc. \u00b7 support@mistralpeak.example",
    blocks=[
        ("email", {"from": "Jonah Whitcombe <jwhitcombe@mistralpeak.example>",
                   "to": "Alana Brisco <abrisco@tillsonpeds.example>",
                   "date": "Thursday, October 23, 2025 4:12 PM",
                   "subject": "RE: RE: CPT charge question (ticket #55190)"}),
        ("p", "Hi Alana,"),
        ("p", "I owe you a correction. On Monday I told you the CPT charge for next year would be $24 per "
              "user. That was the figure from an internal draft and it's wrong. The confirmed amount is "
              "<b>$22.50 per user per year</b>. Please disregard the $24 figure in my earlier email."),
        ("p", "With your 11 users that comes to $247.50 for the year, which will appear as a single line "
              "on your January invoice. Your subscription is unchanged at $38 per user per month."),
        ("p", "Sorry for the confusion, and thanks for your patience."),
        ("p", "Jonah Whitcombe<br/>Customer Support, Mistral Peak Billing Technologies, Inc.<br/>"
              "support@mistralpeak.example \u00b7 1-888-555-0112"),
        ("hr",),
        ("email", {"from": "Alana Brisco <abrisco@tillsonpeds.example>",
                   "to": "Jonah Whitcombe <jwhitcombe@mistralpeak.example>",
                   "date": "Wednesday, October 22, 2025 9:47 AM",
                   "subject": "RE: CPT charge question (ticket #55190)"}),
        ("p", "Thanks Jonah. Just so I have it right for our budget meeting: $24 for each person who logs "
              "in, once a year? Does that include our two part-time coders who only work remotely?"),
        ("hr",),
        ("email", {"from": "Jonah Whitcombe <jwhitcombe@mistralpeak.example>",
                   "to": "Alana Brisco <abrisco@tillsonpeds.example>",
                   "date": "Monday, October 20, 2025 2:30 PM",
                   "subject": "RE: CPT charge question (ticket #55190)"}),
        ("p", "Hi Alana, good question. Mistral Peak collects the AMA's royalty for CPT codes used in our "
              "billing platform and passes it through to customers. For 2026 it will be $24 per user, "
              "charged annually. Every named user counts, including remote coders, because they work with "
              "the codes. Users are named individuals, so two people can't share a login to reduce the "
              "count."),
        ("hr",),
        ("email", {"from": "Alana Brisco <abrisco@tillsonpeds.example>",
                   "to": "support@mistralpeak.example",
                   "date": "Friday, October 17, 2025 11:05 AM",
                   "subject": "CPT charge question"}),
        ("p", "Hello, our administrator heard that there will be a separate charge for CPT codes next "
              "year. Can you tell me how much and how it is calculated? We are Tillson Pediatrics, account "
              "MPB-4471.<br/>Thank you,<br/>Alana Brisco, Office Manager"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_welcome_onetime_org",
    vendor="Birchgate Systems, Inc.",
    coverage="pass_through", fee=fee(150.00, "organization", "one_time"),
    desc="Onboarding welcome letter whose first-invoice table includes a one-time CPT code licence "
         "activation fee of $150 for the whole practice, beside set-up, migration and training fees.",
    style="letter", title="Welcome to Birchgate",
    footer="Birchgate Systems, Inc. \u00b7 onboarding@birchgate.example \u00b7 Welcome packet v3.2",
    blocks=[
        ("p", "<b>Birchgate Systems, Inc.</b> \u00b7 Onboarding Team<br/>600 Ferry Landing Way, Brackett, "
              "ME 04019"),
        ("sp", 8),
        ("p", "June 2, 2025"),
        ("p", "Dr. Samuel Okafor and team<br/>Riverside Podiatry Group, P.C."),
        ("h2", "Welcome to Birchgate!"),
        ("p", "Thank you for choosing Birchgate EHR and PM. This letter walks you through the first six "
              "weeks, introduces your onboarding specialist and sets out what will appear on your first "
              "invoice, so there are no surprises."),
        ("h3", "Your team"),
        ("ul", ["Onboarding specialist: Leah Marchetti (leah.marchetti@birchgate.example)",
                "Data migration lead: Owen Pryce",
                "Support line after go-live: 1-877-555-0190, or support@birchgate.example"]),
        ("h3", "Your first six weeks"),
        ("table", [["Week", "What happens"],
                   ["1", "Kick-off call; we collect your fee schedules, payer list and provider details."],
                   ["2-3", "We migrate demographics and open balances from your old system."],
                   ["4", "Two live training sessions for front desk and billing."],
                   ["5", "Test claims to your clearinghouse; template review with providers."],
                   ["6", "Go-live, with a specialist on call all day."]], {"widths": [1, 6]}),
        ("h3", "What will be on your first invoice"),
        ("table", [["Item", "Amount", "Notes"],
                   ["Practice set-up", "$450.00", "One time"],
                   ["Data migration", "$300.00", "One time"],
                   ["Live training (2 sessions)", "$180.00", "One time, $90 per session"],
                   ["CPT\u00ae code licence activation", "$150.00",
                    "One time, for your whole practice; see below"],
                   ["First month subscription", "$1,035.00", "3 providers at $345 per provider per month"]],
         {"widths": [2.6, 1.2, 3.2]}),
        ("p", "<b>About the CPT code licence activation.</b> CPT codes belong to the American Medical "
              "Association, and Birchgate pays the AMA for the right to include them in your system. We "
              "recover that cost through a single activation fee of $150.00 per practice organization, "
              "charged once when your account is created. It is not repeated at renewal and does not "
              "change when you add providers or staff."),
        ("p", "ICD-10-CM and HCPCS Level II code sets are loaded at no charge. If you later add the dental "
              "module, the ADA's CDT codes carry their own annual charge, which we will quote at that time."),
        ("p", "We are excited to work with you. Please reply to Leah with any questions before the kick-off "
              "call."),
        ("sig", ["Warm regards,", "", "The Birchgate Onboarding Team"]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_billing_service_rendering",
    vendor="Keystone Reach Revenue Partners, LLC",
    coverage="pass_through", fee=fee(20.00, "provider", "year"),
    desc="Billing-service FAQ and fine print in which the practice (called 'Provider') reimburses the "
         "company a $17.75 AMA royalty plus a $2.25 handling fee per rendering provider per calendar year, "
         "separate from the percentage-of-collections service fee.",
    style="help", brand="Keystone Reach RCM", nav="Client Resources > Fees",
    site="keystonereach.example/clients/fees-faq",
    footer="Keystone Reach Revenue Partners, LLC \u00b7 clients@keystonereach.example",
    title="Client fee FAQ",
    blocks=[
        ("h1", "Client fee FAQ"),
        ("p", "This page answers the questions new clients ask most about how Keystone Reach bills for "
              "revenue cycle services. In our service agreement, your practice is called the "
              "<b>Provider</b> and Keystone Reach Revenue Partners, LLC is called the <b>Company</b>; we use "
              "the same words below."),
        ("h2", "What is the main service fee?"),
        ("p", "The Company's fee is 6.25% of net collections on claims we work, invoiced monthly. There is "
              "no separate per-claim charge and no minimum for practices with fewer than 10 providers."),
        ("h2", "Are there any one-time fees?"),
        ("p", "Yes. Onboarding is $750 per practice, and credentialing support is $225 per provider per "
              "payer when you ask for it."),
        ("h2", "Do I pay anything for CPT codes?"),
        ("p", "Yes, a small yearly amount. We code and bill your services in our own platform, which uses "
              "the American Medical Association's CPT code set. The AMA bills the Company a royalty for each "
              "clinician whose services are coded, and the service agreement lets us pass that royalty on. "
              "See the fine print below for the exact amounts."),
        ("h2", "Is ICD-10 coding or HCPCS extra?"),
        ("p", "No. Diagnosis coding and HCPCS Level II supply codes are part of the service fee."),
        ("h2", "Fine print"),
        ("small", "1. <b>CPT royalty reimbursement.</b> For each calendar year in which the Company submits "
                  "claims for a Rendering Provider of the Provider, the Provider shall reimburse the Company "
                  "the AMA royalty of $17.75 for that Rendering Provider, together with a handling fee of "
                  "$2.25 per Rendering Provider. Both amounts are invoiced in January, or on the first "
                  "monthly invoice after a new Rendering Provider's first claim."),
        ("small", "2. <b>Rendering Provider</b> means each physician, nurse practitioner, physician "
                  "assistant, therapist or other clinician whose NPI appears as rendering on a claim the "
                  "Company submits."),
        ("small", "3. The Company may change the amounts in item 1 on 60 days' written notice if the AMA "
                  "changes its royalty. Reimbursements are not refundable."),
        ("small", "4. Amounts in this FAQ are summaries; the service agreement signed by the Provider "
                  "controls if there is any difference."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_clearinghouse_fee_footnote",
    vendor="Tidewater Claims Exchange, Inc.",
    coverage="pass_through", fee=fee(95.00, "organization", "year"),
    desc="Clearinghouse fee schedule whose 'CPT Sublicense Fee' row of $95.00 per year is explained in a "
         "footnote as billed once per submitter account, next to per-claim, eligibility and enrollment fees.",
    style="pricing", brand="Tidewater Claims Exchange", nav="Fee Schedule 2026",
    site="tidewaterclaims.example/fees",
    footer="Tidewater Claims Exchange, Inc. \u00b7 Fee Schedule effective January 1, 2026",
    title="Tidewater fee schedule 2026",
    blocks=[
        ("h1", "2026 Fee Schedule"),
        ("p", "This schedule applies to all Tidewater submitter accounts from January 1, 2026. In this "
              "schedule, <i>you</i> and <i>Provider</i> mean the health care practice or billing office "
              "that holds the submitter account."),
        ("h2", "Transaction fees"),
        ("table", [["Service", "Fee", "Billed"],
                   ["Professional claim (837P) submission", "$0.32 per claim", "Monthly in arrears"],
                   ["Institutional claim (837I) submission", "$0.45 per claim", "Monthly in arrears"],
                   ["Electronic remittance (835) delivery", "No charge", "-"],
                   ["Real-time eligibility (270/271)", "$0.10 per inquiry", "Monthly in arrears"],
                   ["Paper claim print and mail", "$0.89 per claim", "Monthly in arrears"]],
         {"widths": [3.2, 1.8, 1.8]}),
        ("h2", "Account fees"),
        ("table", [["Service", "Fee", "Billed"],
                   ["Payer enrollment set-up", "$75.00 one time", "At sign-up"],
                   ["Additional NPI on account", "$10.00 per NPI per month", "Monthly"],
                   ["CPT\u00ae Sublicense Fee *", "$95.00 / year", "Each January"],
                   ["Claim scrubber rules pack", "Included", "-"]],
         {"widths": [3.2, 1.8, 1.8]}),
        ("small", "* The CPT Sublicense Fee recovers the royalty the American Medical Association charges "
                  "Tidewater for CPT codes shown in the claim editor, scrubber messages and reports. It is "
                  "charged once per submitter account (one organization), no matter how many users or NPIs "
                  "are on the account. Accounts opened after January are charged the full amount on the "
                  "first invoice."),
        ("h2", "Payment terms"),
        ("ul", ["Invoices are due 20 days after the invoice date.",
                "Accounts more than 45 days past due may be suspended after 10 days' notice.",
                "Fees exclude taxes, which are added where required."]),
        ("p", "Questions about this schedule: billing@tidewaterclaims.example."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_settings_addon_monthly",
    vendor="Pinecrest Practice Cloud, Inc.",
    coverage="pass_through", fee=fee(1.75, "user", "month"),
    desc="Account-settings 'Plan and add-ons' page showing CPT Code Access switched on at $1.75 per user "
         "per month, next to the per-user plan price and free ICD-10 and HCPCS Level II libraries.",
    style="settings", brand="Pinecrest  \u00b7  Settings", nav="Account > Plan & add-ons",
    site="app.pinecrest.example/settings/plan",
    footer="Pinecrest Practice Cloud, Inc. \u00b7 Signed in as m.duarte@lakeviewfamily.example",
    title="Plan and add-ons",
    blocks=[
        ("h1", "Plan & add-ons"),
        ("kv", [("Practice", "Lakeview Family Medicine"),
                ("Plan", "Clinic Plus \u2014 $55 per user / month"),
                ("Active users", "8 of 10 seats used"),
                ("Next invoice", "December 1, 2025"),
                ("Payment method", "Visa ending 4417")]),
        ("h2", "Add-ons"),
        ("table", [["Add-on", "Status", "Price", ""],
                   ["CPT\u00ae Code Access", "On", "$1.75 per user / month", "Manage"],
                   ["ICD-10-CM library", "On", "No charge", "-"],
                   ["HCPCS Level II library", "On", "No charge", "-"],
                   ["E-fax line", "Off", "$12.00 / month", "Turn on"],
                   ["Patient payments", "On", "2.9% + $0.30 per transaction", "Manage"]],
         {"widths": [2.4, 0.8, 2.6, 1]}),
        ("note", "<b>About CPT Code Access.</b> CPT codes are owned by the American Medical Association. "
                 "Pinecrest collects the AMA's royalty through this add-on and pays it to the AMA. It is "
                 "charged for every active user on your account while it is on. If you turn it off, CPT "
                 "codes and descriptors are hidden from charge entry, superbills and claims, which means you "
                 "will not be able to bill insurance from Pinecrest."),
        ("h2", "Estimated next invoice"),
        ("table", [["Line", "Amount"],
                   ["Clinic Plus, 8 users x $55.00", "$440.00"],
                   ["CPT Code Access, 8 users x $1.75", "$14.00"],
                   ["Total before tax and payment fees", "$454.00"]],
         {"widths": [4, 2], "last_bold": True}),
        ("small", "Changes to users or add-ons take effect on your next invoice. Need help? "
                  "help@pinecrest.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_tos_defined_fee_site",
    vendor="Osprey Ridge Imaging Informatics, Inc.",
    coverage="pass_through", fee=fee(360.00, "location", "year"),
    desc="Three-page terms of service for an imaging reading portal that defines the 'CPT Pass-Through "
         "Fee' on page 1 as three hundred sixty dollars per Site per License Year and imposes it on page 3.",
    style="tos", title="Osprey Ridge Reading Portal Terms of Service",
    footer="Osprey Ridge Imaging Informatics, Inc. \u00b7 Reading Portal Terms of Service \u00b7 Version 2025-2",
    blocks=[
        ("h1", "Reading Portal Terms of Service"),
        ("p", "These Terms of Service (the \"Terms\") govern access to the Osprey Ridge Reading Portal by "
              "the imaging center, radiology group or physician practice that signs up for it "
              "(\"Customer\"). The portal is operated by Osprey Ridge Imaging Informatics, Inc. (\"Osprey "
              "Ridge\"). By creating an account, Customer accepts these Terms."),
        ("h2", "1. Definitions"),
        ("p", "1.1 \"Authorized User\" means an employee or contracted radiologist of Customer to whom "
              "Customer issues portal credentials."),
        ("p", "1.2 \"CPT Content\" means the Current Procedural Terminology codes and descriptors owned by "
              "the American Medical Association (\"AMA\") that the portal displays in worklists, procedure "
              "lookups and billing exports."),
        ("p", "1.3 \"CPT Pass-Through Fee\" means three hundred sixty dollars (US $360.00) per Site for each "
              "License Year, representing the AMA royalty and related administration for CPT Content."),
        ("p", "1.4 \"License Year\" means each twelve-month period beginning on the Start Date or an "
              "anniversary of it."),
        ("p", "1.5 \"Site\" means each physical imaging location or reading room of Customer from which "
              "the portal is used, as listed in Customer's account profile."),
        ("p", "1.6 \"Subscription Fee\" means the monthly fee per Authorized User shown in Customer's "
              "account when it signs up."),
        ("h2", "2. The Service"),
        ("p", "2.1 Osprey Ridge will make the portal available for viewing studies, dictating and signing "
              "reports, and exporting billing data to Customer's billing system. Osprey Ridge aims for "
              "99.5% monthly availability, excluding scheduled maintenance announced at least 48 hours in "
              "advance."),
        ("p", "2.2 Customer is responsible for its network, workstations and diagnostic displays, and for "
              "confirming that displays meet the standards that apply to its reading."),
        ("pb",),
        ("h2", "3. Accounts and security"),
        ("p", "3.1 Customer will keep credentials confidential, require multi-factor sign-in for all "
              "Authorized Users and tell Osprey Ridge promptly of any suspected unauthorized access."),
        ("p", "3.2 Osprey Ridge may suspend an Authorized User's access if it reasonably believes the "
              "account has been compromised, and will restore access once the issue is resolved."),
        ("h2", "4. Patient information"),
        ("p", "4.1 The parties' Business Associate Agreement governs protected health information. If these "
              "Terms and that agreement conflict on a privacy matter, the Business Associate Agreement "
              "controls."),
        ("h2", "5. Customer content"),
        ("p", "5.1 Reports, images and other content uploaded by Customer remain Customer's. Osprey Ridge "
              "uses them only to provide the service and as the Business Associate Agreement allows."),
        ("h2", "6. Support"),
        ("p", "6.1 Support is available 24 hours a day for outages and from 7am to 7pm Eastern on business "
              "days for other questions, at support@ospreyridge.example."),
        ("pb",),
        ("h2", "7. Fees and payment"),
        ("p", "7.1 Customer shall pay the Subscription Fee monthly in advance for each Authorized User."),
        ("p", "7.2 Customer shall also pay the CPT Pass-Through Fee for every Site, invoiced at the start of "
              "each License Year. A Site added during a License Year is invoiced the full CPT Pass-Through "
              "Fee when it is added."),
        ("p", "7.3 Onboarding, custom worklist configuration and interface work are billed at the rates in "
              "the statement of work, if any."),
        ("p", "7.4 Invoices are payable within 30 days. Late amounts bear interest at 1% per month or the "
              "highest lawful rate, whichever is lower."),
        ("h2", "8. CPT Content"),
        ("p", "8.1 CPT Content is provided for Customer's internal use in the United States only. Customer "
              "will not copy, publish or distribute CPT Content outside the portal and its billing exports."),
        ("p", "8.2 CPT is a registered trademark of the AMA. Fee schedules, relative value units and "
              "conversion factors are not assigned by the AMA."),
        ("h2", "9. Term and termination"),
        ("p", "9.1 These Terms continue month to month until either party gives 30 days' notice. Fees paid "
              "for a License Year are not refunded on termination."),
        ("h2", "10. General"),
        ("p", "10.1 These Terms are governed by the laws of the State of Delaware. Notices to Osprey Ridge "
              "go to legal@ospreyridge.example."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_app_listing_no_period",
    vendor="Wrenfield Apps, Inc.",
    coverage="pass_through", fee=fee(12.00, "provider", None),
    desc="App-store style listing for a therapy charting app stating an AMA CPT fee of $12.00 per "
         "therapist when CPT billing codes are enabled, without saying how often; the monthly Pro price "
         "is a separate subscription.",
    style="listing", brand="App Marketplace", nav="Health & Fitness > Medical",
    site="apps.marketplace.example/chartpocket-for-therapists",
    footer="Listing provided by the developer, Wrenfield Apps, Inc. \u00b7 Report a problem with this listing",
    title="ChartPocket for Therapists",
    blocks=[
        ("h1", "ChartPocket for Therapists"),
        ("small", "Wrenfield Apps, Inc. \u00b7 Medical \u00b7 Rated 4.6 (1,284 ratings) \u00b7 Ages 17+"),
        ("p", "Write progress notes between sessions, send superbills and keep your caseload organised \u2014 "
              "right from your phone or tablet. ChartPocket is built for solo and small-group therapists "
              "who want a clean, fast notes app without a full EHR."),
        ("h2", "Highlights"),
        ("ul", ["SOAP, DAP and BIRP note templates with voice dictation",
                "Secure client portal for intake forms and signatures",
                "One-tap superbills with diagnosis and CPT\u00ae billing codes",
                "Appointment reminders by text and email",
                "Works offline; syncs when you are back online"]),
        ("h2", "Pricing"),
        ("table", [["Option", "Price"],
                   ["ChartPocket Free", "Up to 5 active clients"],
                   ["ChartPocket Pro", "$29.99 per month, per therapist"],
                   ["AMA CPT fee", "$12.00 per therapist"]], {"widths": [2, 4]}),
        ("p", "The AMA CPT fee applies when you switch on CPT billing codes for superbills. It is collected "
              "by Wrenfield Apps and paid to the American Medical Association, which owns the CPT code set. "
              "It is charged through your marketplace account in addition to any Pro subscription."),
        ("h2", "What's new in version 5.8"),
        ("ul", ["Group practice sharing for up to 4 therapists",
                "Faster PDF export of superbills",
                "Bug fixes for dictation on older tablets"]),
        ("h2", "App privacy"),
        ("p", "The developer says data is encrypted in transit and at rest, is not sold, and is not used "
              "for advertising. A Business Associate Agreement is available to Pro users on request."),
        ("h2", "Information"),
        ("kv", [("Seller", "Wrenfield Apps, Inc."), ("Size", "84.2 MB"),
                ("Languages", "English, Spanish"),
                ("Support", "help@wrenfield.example")]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_tos_amended_monthly",
    vendor="Sable Creek Health IT, LLC",
    coverage="pass_through", fee=fee(9.00, "provider", "month"),
    desc="Short terms of service setting a CPT Content Fee of $7.50 per provider per month, followed by "
         "Amendment No. 1 that replaces it with $9.00 per provider per month; the amended fee governs.",
    style="tos", title="Sable Creek Subscription Terms and Amendment No. 1",
    footer="Sable Creek Health IT, LLC \u00b7 Subscription Terms (rev. 2025) and Amendment No. 1",
    blocks=[
        ("h1", "Sable Creek Subscription Terms"),
        ("p", "These terms apply to practices that subscribe online to Sable Creek Charting (\"you\"). "
              "\"We\" and \"Sable Creek\" mean Sable Creek Health IT, LLC."),
        ("h3", "1. Your subscription"),
        ("p", "You may use Sable Creek Charting for your practice's patients. Each provider and staff member "
              "needs their own login. Subscriptions renew monthly until cancelled."),
        ("h3", "2. Your data"),
        ("p", "Your records belong to you. You can export them at any time in PDF and CCD formats, and for "
              "90 days after cancelling."),
        ("h3", "3. Availability and support"),
        ("p", "We aim for 99.9% uptime and answer support email (care@sablecreek.example) within one "
              "business day."),
        ("h3", "4. Fees"),
        ("p", "4.1 <b>Subscription.</b> $129 per provider per month. Staff logins are included."),
        ("p", "4.2 <b>CPT Content Fee.</b> $7.50 per provider per month, to cover the royalty the American "
              "Medical Association charges for CPT codes in the product."),
        ("p", "4.3 <b>Onboarding.</b> A one-time $250 fee covers account set-up and one training session."),
        ("p", "4.4 We bill your card on file on the same day each month. Fees are non-refundable except "
              "where the law requires."),
        ("h3", "5. Ending the subscription"),
        ("p", "You can cancel at any time from Settings. We can end the subscription on 30 days' notice, or "
              "straight away if fees are more than 30 days unpaid."),
        ("h3", "6. Law"),
        ("p", "These terms are governed by the law of the State of Colorado."),
        ("pb",),
        ("h1", "Amendment No. 1 to the Sable Creek Subscription Terms"),
        ("p", "Effective date: March 1, 2026"),
        ("p", "This amendment changes the Sable Creek Subscription Terms for all subscribers. Except as "
              "changed here, the terms stay in force."),
        ("p", "<b>1.</b> Section 4.2 is deleted and replaced with the following:"),
        ("quote", "4.2 CPT Content Fee. $9.00 per provider per month, to cover the royalty the American "
                  "Medical Association charges for CPT codes in the product and our cost of reporting user "
                  "counts to it."),
        ("p", "<b>2.</b> Section 4.1 is unchanged. The subscription stays at $129 per provider per month."),
        ("p", "<b>3.</b> If you do not agree to this amendment you may cancel before the effective date "
              "without any charge for the month of March 2026."),
        ("p", "We emailed this amendment to all account owners on January 15, 2026. Questions: "
              "care@sablecreek.example."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_lab_portal_rule_no_amount",
    vendor="Granite Bay Reference Laboratory, Inc.",
    coverage="pass_through", fee=None,
    desc="Laboratory ordering-portal terms stating that the practice will be invoiced, at cost and yearly, "
         "the AMA's then-current per-user CPT royalty for each portal user, without giving any amount.",
    style="portal", brand="Granite Bay Lab Link", nav="Terms of Use",
    site="lablink.granitebaylab.example/terms",
    footer="Granite Bay Reference Laboratory, Inc. \u00b7 Lab Link Terms of Use \u00b7 Last updated August 4, 2025",
    title="Lab Link Terms of Use",
    blocks=[
        ("h1", "Lab Link Terms of Use"),
        ("p", "Lab Link is the online ordering and results portal of Granite Bay Reference Laboratory, Inc. "
              "(\"Granite Bay\", \"we\"). These terms apply to the physician practice, clinic or other "
              "ordering facility that requests Lab Link access (\"your practice\") and to each person your "
              "practice authorizes to use it (an \"Authorized User\")."),
        ("h2", "What Lab Link does"),
        ("ul", ["Place test orders electronically and print specimen labels.",
                "Check medical-necessity guidance before a specimen is sent.",
                "View, print and download results, and receive critical-value alerts.",
                "Look up our test directory, including the CPT\u00ae codes we bill for each test."]),
        ("h2", "Who may use it"),
        ("p", "Only licensed clinicians and staff acting under their direction may use Lab Link. Your "
              "practice must remove an Authorized User within one business day of that person leaving."),
        ("h2", "Cost of Lab Link"),
        ("p", "There is no charge for ordering, results or the test directory. Interfaces that send orders "
              "from your EHR are set up under a separate interface agreement."),
        ("h2", "CPT codes in Lab Link"),
        ("p", "The CPT code set belongs to the American Medical Association (AMA). Because Lab Link shows "
              "CPT codes and descriptors to your Authorized Users, the AMA charges Granite Bay a royalty for "
              "them. Granite Bay passes that royalty through to your practice at cost: once a year we invoice "
              "your practice the AMA's then-current per-user royalty for each Authorized User on your "
              "account on January 1 of that year. We do not add a margin."),
        ("h2", "Results and clinical decisions"),
        ("p", "Reference ranges and interpretive comments are provided to support, not replace, the "
              "judgement of the ordering clinician. Call client services for urgent questions."),
        ("h2", "Security"),
        ("p", "Each Authorized User must have a personal login. Do not share passwords. Tell us straight "
              "away at security@granitebaylab.example if you think an account has been misused."),
        ("h2", "Changes"),
        ("p", "We may update these terms by posting a new version here and notifying your practice's "
              "administrator by email at least 30 days before the change takes effect."),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the American Medical Association."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_plan_compare_seat_footnote",
    vendor="Northfold Software, Inc.",
    coverage="pass_through", fee=fee(5.00, "user", "month"),
    desc="Plan-comparison page whose footnote adds a CPT content fee of $5 per seat per month to every "
         "plan, next to per-seat plan prices, free ICD-10/HCPCS and a paid CDT add-on.",
    style="pricing", brand="Northfold EHR", nav="Product \u00b7 Plans \u00b7 Customers \u00b7 Log in",
    site="northfold.example/plans/compare",
    footer="\u00a9 2025 Northfold Software, Inc. \u00b7 Prices in US dollars",
    title="Compare Northfold plans",
    blocks=[
        ("h1", "Compare plans"),
        ("p", "Every Northfold plan includes unlimited patients, secure messaging and free data export. "
              "Pick the plan that fits your clinic today and change it whenever you like."),
        ("table", [["", "Starter", "Group", "Complete"],
                   ["Price", "$39 per seat / month", "$59 per seat / month", "$89 per seat / month"],
                   ["Charting and templates", "Yes", "Yes", "Yes"],
                   ["Scheduling and reminders", "Yes", "Yes", "Yes"],
                   ["Insurance billing and claims", "-", "Yes", "Yes"],
                   ["CPT\u00ae codes and descriptors", "Yes \u2020", "Yes \u2020", "Yes \u2020"],
                   ["ICD-10-CM and HCPCS Level II", "Included", "Included", "Included"],
                   ["CDT dental codes", "Add-on $8 per seat / month", "Add-on $8 per seat / month",
                    "Add-on $8 per seat / month"],
                   ["Custom reporting", "-", "-", "Yes"],
                   ["Dedicated success manager", "-", "-", "10+ seats"]],
         {"widths": [2.3, 1.6, 1.6, 1.6]}),
        ("small", "\u2020 A CPT content fee of $5 per seat per month is added to every plan to cover the "
                  "American Medical Association's royalty for CPT codes. It appears as its own line on your "
                  "invoice."),
        ("h2", "Frequently asked"),
        ("h3", "What is a seat?"),
        ("p", "A seat is one named person who can sign in: clinicians, front desk, billers and managers all "
              "use a seat. Seats cannot be shared."),
        ("h3", "Is there a set-up fee?"),
        ("p", "Starter and Group have none. Complete includes a guided migration for a one-time $500."),
        ("h3", "Can I pay yearly?"),
        ("p", "Yes. Paying yearly takes 10% off the plan price. The CPT content fee is not discounted."),
        ("h3", "Do you offer a trial?"),
        ("p", "Yes, 14 days on the Group plan with sample data. No card needed."),
        ("small", "Questions? sales@northfold.example \u00b7 1-866-555-0133"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="pt_help_fineprint_npi",
    vendor="Cedar Hollow Software Group, Inc.",
    coverage="pass_through", fee=fee(27.00, "provider", "year"),
    desc="Help article whose answer points to a fine-print section setting a CPT licence fee of $27.00 per "
         "NPI billed at the start of each renewal year; ICD-10 and HCPCS are free.",
    style="help", brand="Cedar Hollow Support", nav="Knowledge Base > Pricing",
    site="support.cedarhollow.example/kb/extra-charges",
    footer="Cedar Hollow Software Group, Inc. \u00b7 support.cedarhollow.example",
    title="Are there extra charges beyond my subscription?",
    blocks=[
        ("h1", "Are there extra charges beyond my subscription?"),
        ("small", "Knowledge Base \u00b7 Pricing \u00b7 Article KB-2291"),
        ("p", "Most customers pay only their Cedar Hollow PM subscription. A few items are charged "
              "separately. Here is the short version; the exact terms are in the fine print at the end."),
        ("h2", "Is my subscription all-inclusive?"),
        ("p", "It covers the software, hosting, upgrades, standard support and unlimited claim "
              "submissions through our built-in clearinghouse connection."),
        ("h2", "What costs extra?"),
        ("ul", ["<b>Statements</b> printed and mailed by us: $0.68 each.",
                "<b>Extra training</b> beyond the two included sessions: $85 per hour.",
                "<b>Interfaces</b> to labs or hospitals: quoted per project.",
                "<b>CPT\u00ae licence:</b> yes, there is a separate yearly charge for each billing NPI. See "
                "<i>Fine print, item B</i>."]),
        ("h2", "Do I pay for ICD-10 or HCPCS codes?"),
        ("p", "No. ICD-10-CM and HCPCS Level II code sets are free federal code sets and are updated in "
              "Cedar Hollow PM at no charge."),
        ("h2", "Why isn't the CPT licence just part of the price?"),
        ("p", "The American Medical Association sets the royalty for CPT codes and changes it from time to "
              "time. Listing it separately lets us keep your subscription price steady and pass on the "
              "royalty without a markup beyond our cost of reporting."),
        ("hr",),
        ("h2", "Fine print"),
        ("small", "A. Subscription prices are per provider per month as shown on your order. Prices do not "
                  "include sales tax."),
        ("small", "B. CPT licence fee: $27.00 per NPI that bills through Cedar Hollow PM, invoiced at the "
                  "start of each renewal year of your subscription. An NPI added during a renewal year is "
                  "invoiced the full fee on the next invoice. If the AMA raises its royalty we may adjust "
                  "this fee on 60 days' notice; any increase will not exceed the AMA's increase plus $1.00."),
        ("small", "C. Training hours must be used within 12 months of purchase."),
        ("small", "D. Mailed statement prices may change with postal rates."),
    ]))
