"""blind_ab documents, part B: vendors that pay or include the AMA royalty."""

DOCS = []

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_therapy_faq_no_fee",
    vendor="Fernbrook Therapy Software, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Therapy EHR billing FAQ stating that the company pays the AMA royalty itself and builds it into "
         "the plan price, unlike competitors who add a yearly per-clinician AMA fee.",
    style="help", brand="Fernbrook Help", nav="Billing FAQ",
    site="help.fernbrook.example/billing-faq",
    footer="\u00a9 2025 Fernbrook Therapy Software, Inc. \u00b7 help.fernbrook.example",
    title="Billing FAQ",
    blocks=[
        ("h1", "Billing FAQ"),
        ("p", "Answers to the billing questions we hear most from private-practice therapists. Can't find "
              "what you need? Email hello@fernbrook.example."),
        ("h2", "How much does Fernbrook cost?"),
        ("table", [["Plan", "Price", "Best for"],
                   ["Solo", "$49 per clinician / month", "One clinician, up to 40 active clients"],
                   ["Practice", "$64 per clinician / month", "Groups with shared scheduling"],
                   ["Practice + Billing", "$84 per clinician / month", "Groups that bill insurance in-app"]],
         {"widths": [1.6, 2.2, 3]}),
        ("h2", "Will I be charged an AMA or CPT fee?"),
        ("p", "No. You may have read that some EHRs add an annual \"AMA fee\" for each clinician, often "
              "around twenty dollars. Fernbrook doesn't. We have a licence agreement with the American "
              "Medical Association for the CPT\u00ae codes in our notes, superbills and claims, we pay the "
              "royalty ourselves, and that cost is built into the plan prices above. You won't see a "
              "separate CPT line on any invoice."),
        ("h2", "Do I need my own CPT licence?"),
        ("p", "Not for Fernbrook. Our licence covers every clinician and staff member using CPT codes inside "
              "Fernbrook. If you use another product that shows CPT codes, check with that company."),
        ("h2", "Can I pay yearly?"),
        ("p", "Yes. Yearly billing gives you two months free on any plan."),
        ("h2", "Do you charge per client or per session?"),
        ("p", "No. Pricing is per clinician only. Insurance claims are unlimited on the Practice + Billing "
              "plan; on other plans you can upgrade at any time."),
        ("h2", "What happens if I cancel?"),
        ("p", "You keep read-only access for 60 days and can export every note and document as PDF."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_eula_sublicense_grant",
    vendor="Marrowind Technologies, Inc.",
    coverage="vendor_covers", fee=None,
    desc="One-page end-user terms in which the vendor ('Provider') states it is party to an AMA licence and "
         "grants the customer a CPT sublicence, with AMA notices and no CPT fee anywhere.",
    style="tos", title="Marrowind End-User Terms for CPT Content",
    footer="Marrowind Technologies, Inc. \u00b7 End-User Terms for CPT Content \u00b7 Rev. 4",
    blocks=[
        ("h1", "End-User Terms for CPT Content"),
        ("p", "These terms form part of the subscription agreement between Marrowind Technologies, Inc. "
              "(\"Provider\") and the practice that subscribes to the Marrowind Clinic suite "
              "(\"Customer\"). They apply to the Current Procedural Terminology content (\"CPT\") included "
              "in the suite."),
        ("p", "<b>1. Grant.</b> Provider is a party to a licence agreement with the American Medical "
              "Association (\"AMA\") that allows it to include CPT in the Marrowind Clinic suite. Under "
              "that agreement, Provider grants Customer a limited, non-exclusive, non-transferable "
              "sublicence to use CPT within the suite, solely for Customer's internal business purposes in "
              "the United States, for as long as Customer's subscription is active."),
        ("p", "<b>2. Restrictions.</b> Customer may not publish CPT, make it available to anyone outside "
              "its own workforce, create derivative works from it, or give access to any affiliate, "
              "subsidiary or other legal entity. Printouts containing CPT may be made only as needed for "
              "Customer's own operations."),
        ("p", "<b>3. Ending.</b> The sublicence ends when Customer's subscription ends. It also ends if "
              "Provider's agreement with the AMA ends, unless the AMA agrees otherwise or Customer enters "
              "into its own licence with the AMA."),
        ("p", "<b>4. Counting users.</b> Customer agrees that Provider may report to the AMA the number of "
              "Customer's users of the suite, and Customer's name, as the AMA requires."),
        ("p", "<b>5. Notices.</b> CPT copyright 2025 American Medical Association. All rights reserved. "
              "Fee schedules, relative value units, conversion factors and related components are not "
              "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The "
              "AMA does not directly or indirectly practice medicine or dispense medical services, and "
              "assumes no liability for data contained or not contained in the suite. U.S. Government "
              "rights: CPT is a commercial technical data item; applicable FARS/DFARS restrictions apply."),
        ("p", "<b>6. Disclaimer.</b> CPT is provided \"as is\" without any warranty from the AMA. Customer "
              "uses CPT at its own risk to the extent the law allows."),
        ("p", "<b>7. Third-party beneficiary.</b> The AMA is a third-party beneficiary of these terms and "
              "may enforce sections 2, 3 and 5 directly."),
        ("p", "<b>8. Order of documents.</b> If these terms conflict with the subscription agreement on a "
              "matter about CPT, these terms control."),
        ("small", "Questions about these terms: contracts@marrowind.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_pricing_zero_line",
    vendor="Larkspur Medical Systems, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Pricing page whose 'what's on your bill' table lists the AMA CPT licence at $0.00 (included), "
         "beside a per-provider subscription, a paid CDT add-on and a one-time lab interface fee.",
    style="pricing", brand="Larkspur", nav="Pricing",
    site="larkspurmed.example/pricing",
    footer="\u00a9 2025 Larkspur Medical Systems, Inc. \u00b7 Prices effective October 1, 2025",
    title="Larkspur pricing",
    blocks=[
        ("h1", "Simple pricing for busy practices"),
        ("p", "One plan, everything you need to chart, schedule and get paid. No long contracts."),
        ("table", [["Larkspur Essentials", ""],
                   ["Price", "$240 per provider / month, billed monthly"],
                   ["Who counts as a provider", "MD, DO, NP, PA or other clinician who bills under their own NPI"],
                   ["Staff logins", "Unlimited, at no extra cost"],
                   ["Contract", "Month to month; 10% off with a 12-month term"]],
         {"widths": [2, 4.5]}),
        ("h2", "What's on your bill"),
        ("table", [["Item", "Price", "Notes"],
                   ["Essentials subscription", "$240 per provider / month", ""],
                   ["AMA CPT\u00ae licence", "$0.00", "Included. Larkspur pays the royalty."],
                   ["ICD-10-CM / HCPCS Level II", "$0.00", "Free federal code sets, updated yearly"],
                   ["CDT codes (oral surgery add-on)", "$15 per provider / month", "ADA licence, optional"],
                   ["Lab interface (per lab)", "$750 one time", "Optional"],
                   ["Claim submissions", "$0.00", "Unlimited through our clearinghouse partner"]],
         {"widths": [2.4, 1.9, 2.6]}),
        ("h2", "Why don't you charge for CPT?"),
        ("p", "Because it's part of the product. Larkspur holds a distribution licence from the American "
              "Medical Association and treats the royalty as a cost of doing business, the same as hosting."),
        ("h2", "Anything else I should know?"),
        ("ul", ["Data migration from another system is free for practices under 5 providers.",
                "Live training is included for the first 30 days.",
                "Sales tax is added where required."]),
        ("small", "Talk to us: sales@larkspurmed.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_yearend_letter_absorb",
    vendor="Oakmere Clinical Software, LLC",
    coverage="vendor_covers", fee=None,
    desc="Year-end customer letter confirming there will be no CPT charge in 2026 because the company keeps "
         "paying the AMA royalty inside the subscription, while the per-provider subscription rises 3%.",
    style="letter", title="Your 2026 renewal",
    footer="Oakmere Clinical Software, LLC \u00b7 2200 Orchard Bend, Castle Hill, TN 37020 \u00b7 renewals@oakmere.example",
    blocks=[
        ("p", "<b>Oakmere Clinical Software, LLC</b><br/>2200 Orchard Bend<br/>Castle Hill, TN 37020"),
        ("sp", 8),
        ("p", "December 1, 2025"),
        ("p", "To: Practice administrators using Oakmere PM"),
        ("p", "<b>Subject: What changes, and what doesn't, for 2026</b>"),
        ("p", "Dear Oakmere customer,"),
        ("p", "Thank you for another year with us. Here is a short summary of what your renewal will look "
              "like."),
        ("h3", "Subscription price"),
        ("p", "Oakmere PM will rise by 3%, from $124 to $128 per provider per month, from your January 2026 "
              "invoice. This is our first increase in two years."),
        ("h3", "CPT codes: no new charge"),
        ("p", "Many of you have asked whether we will follow other software companies in adding a separate "
              "yearly CPT or AMA fee, which elsewhere can run to about $20 per clinician. We will not. Oakmere "
              "will continue to pay the American Medical Association's royalty for every user of Oakmere PM "
              "and to include it in your subscription. You do not need to buy CPT codes or a licence for "
              "use in Oakmere."),
        ("h3", "2026 code updates"),
        ("p", "The 2026 CPT, ICD-10-CM and HCPCS Level II updates will be installed automatically on the "
              "weekend of December 20. Please review your fee schedule for new and deleted codes before "
              "January 1."),
        ("h3", "Holiday support hours"),
        ("p", "Support will close at 2pm on December 24 and December 31, and all day on December 25 and "
              "January 1."),
        ("p", "As always, thank you for your trust."),
        ("sig", ["Warm wishes,", "", "Renee Castillo", "Chief Executive Officer",
                 "Oakmere Clinical Software, LLC"]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_email_latest_reverses_fee",
    vendor="Stonebridge Practice Solutions, Inc.",
    coverage="vendor_covers", fee=None,
    desc="E-mail thread in which an account manager first announces a $20 per provider yearly CPT fee and "
         "the latest message withdraws it because the royalty stays in the subscription; the latest e-mail governs.",
    style="email", title="Update on CPT fee",
    footer="Stonebridge Practice Solutions, Inc. \u00b7 accounts@stonebridgeps.example",
    blocks=[
        ("email", {"from": "Carla Nguyen <cnguyen@stonebridgeps.example>",
                   "to": "Marcus Feld <mfeld@feldinternal.example>",
                   "date": "Tuesday, November 18, 2025 10:02 AM",
                   "subject": "UPDATE: no CPT fee after all"}),
        ("p", "Hi Marcus,"),
        ("p", "Good news, and a reversal of what I sent you two weeks ago. Stonebridge will <b>not</b> be "
              "billing the $20 per provider CPT fee I described in my November 4 email. Our leadership team "
              "reviewed it and decided to keep the AMA royalty inside the subscription price, as it has "
              "always been. Nothing new will appear on your invoice for CPT codes, in 2026 or at renewal."),
        ("p", "Your subscription itself stays at $210 per provider per month. The onboarding credit we "
              "discussed for your new Eastgate office still applies."),
        ("p", "Please ignore the earlier notice, and let me know if you already budgeted for it and need a "
              "letter for your board."),
        ("p", "Best,<br/>Carla Nguyen<br/>Senior Account Manager, Stonebridge Practice Solutions, Inc."),
        ("hr",),
        ("email", {"from": "Marcus Feld <mfeld@feldinternal.example>",
                   "to": "Carla Nguyen <cnguyen@stonebridgeps.example>",
                   "date": "Wednesday, November 5, 2025 8:15 AM",
                   "subject": "RE: Upcoming CPT fee"}),
        ("p", "Carla, this is a surprise. We have nine providers, so that's another $180 a year. Is this "
              "negotiable? Our contract says pricing is fixed through 2026."),
        ("hr",),
        ("email", {"from": "Carla Nguyen <cnguyen@stonebridgeps.example>",
                   "to": "Marcus Feld <mfeld@feldinternal.example>",
                   "date": "Tuesday, November 4, 2025 3:40 PM",
                   "subject": "Upcoming CPT fee"}),
        ("p", "Hi Marcus, a heads-up before the general announcement: starting in January, Stonebridge "
              "plans to pass through the American Medical Association's CPT royalty as a separate fee of "
              "$20 per provider per year, billed on the January invoice. More details to follow."),
        ("p", "Carla"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_billing_service_all_in",
    vendor="Ridgeway Medical Billing Associates, LLC",
    coverage="vendor_covers", fee=None,
    desc="Billing-service FAQ stating that the percentage fee covers everything and that the company holds "
         "and pays for the AMA CPT licences for its own staff and systems, with no separate CPT charge.",
    style="help", brand="Ridgeway Medical Billing", nav="For Practices > FAQ",
    site="ridgewaybilling.example/faq",
    footer="Ridgeway Medical Billing Associates, LLC \u00b7 hello@ridgewaybilling.example \u00b7 1-844-555-0161",
    title="Questions practices ask us",
    blocks=[
        ("h1", "Questions practices ask us"),
        ("p", "Ridgeway has handled billing for independent practices since 2009. Here are straight "
              "answers to what new clients usually want to know."),
        ("h2", "How do you charge?"),
        ("p", "A single percentage: 5.9% of net collections on the claims we work. We invoice on the 10th "
              "of each month for the prior month's collections. There is no set-up fee for practices that "
              "give us 90 days' notice before their start date."),
        ("h2", "What does the percentage include?"),
        ("ul", ["Charge entry and coding review",
                "Claim submission, follow-up and appeals",
                "Payment posting and patient statements",
                "Monthly performance reports and a quarterly review call",
                "All software, clearinghouse and code-set costs on our side"]),
        ("h2", "Will you charge us for CPT codes or an AMA licence?"),
        ("p", "No. Our coders and billers work in Ridgeway's own billing platform. Ridgeway holds the "
              "American Medical Association licences needed for the CPT codes our staff and systems use, "
              "and we pay those royalties ourselves as part of running the business. There is no separate "
              "CPT charge, and nothing is added to the percentage for it."),
        ("h2", "Do you need access to our EHR?"),
        ("p", "Read-only access helps us check documentation, but it is not required. We can work from "
              "scanned encounter forms."),
        ("h2", "How long is the contract?"),
        ("p", "Twelve months, then month to month. Either side can end it on 60 days' notice."),
        ("h2", "Who owns the data?"),
        ("p", "You do. When the engagement ends we hand back all claim and payment history in a standard "
              "export."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_clearinghouse_terms_included",
    vendor="Bluestem Claims Network, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Clearinghouse service terms where the practice is the 'Provider' and the clearinghouse states it "
         "is party to an AMA licence with the CPT royalty included in per-claim fees and no separate CPT fee.",
    style="portal", brand="Bluestem Claims Network", nav="Service Terms",
    site="portal.bluestemclaims.example/terms",
    footer="Bluestem Claims Network, Inc. \u00b7 Provider Service Terms \u00b7 v7",
    title="Provider Service Terms",
    blocks=[
        ("h1", "Provider Service Terms"),
        ("p", "These terms apply to every health care provider, group practice or billing office "
              "(\"Provider\") that submits transactions through the Bluestem Claims Network. \"Bluestem\" "
              "means Bluestem Claims Network, Inc."),
        ("h2", "1. Services"),
        ("p", "Bluestem transmits Provider's claims and eligibility requests to payers, returns payer "
              "responses and remittances, and offers a web claim editor with front-end edits."),
        ("h2", "2. Provider responsibilities"),
        ("ul", ["Provider is responsible for the accuracy of the data it submits.",
                "Provider will complete payer enrollment forms Bluestem provides.",
                "Provider will keep its user list current and disable departed staff within two business days."]),
        ("h2", "3. Fees"),
        ("table", [["Transaction", "Fee"],
                   ["Professional claim", "$0.27 per claim"],
                   ["Institutional claim", "$0.39 per claim"],
                   ["Eligibility request", "$0.08 per request"],
                   ["Remittance (835)", "No charge"],
                   ["Enrollment set-up", "$50 one time"]], {"widths": [3, 3]}),
        ("h2", "4. CPT codes"),
        ("p", "The claim editor and edit messages display CPT\u00ae codes and descriptors. Bluestem is party "
              "to a licence agreement with the American Medical Association covering that display, and "
              "grants Provider's users a sublicence to view and use CPT within the claim editor. The "
              "royalty for Provider's users is included in the transaction fees in section 3. Bluestem does "
              "not charge Provider a separate CPT fee."),
        ("h2", "5. Availability"),
        ("p", "Bluestem targets 99.8% availability of its submission gateway, excluding payer outages and "
              "maintenance windows posted on the status page."),
        ("h2", "6. Term"),
        ("p", "These terms continue until Provider closes its account. Bluestem may change fees on 60 days' "
              "notice."),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. Contact: "
                  "providers@bluestemclaims.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_welcome_letter_included",
    vendor="Thistledown Health Software, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Onboarding welcome letter listing implementation, training and interface fees and stating that "
         "CPT codes are included because the vendor holds an AMA distribution licence and pays the royalty.",
    style="letter", title="Welcome to Thistledown",
    footer="Thistledown Health Software, Inc. \u00b7 welcome@thistledown.example",
    blocks=[
        ("p", "<b>THISTLEDOWN HEALTH SOFTWARE, INC.</b><br/>77 Marlowe Street, Unit 5<br/>Benton Harbor "
              "Falls, MI 49070"),
        ("sp", 8),
        ("p", "April 14, 2025"),
        ("p", "Dr. Helena Voss<br/>Voss Pediatric and Adolescent Care"),
        ("p", "Dear Dr. Voss and team,"),
        ("p", "Welcome to Thistledown! We're delighted you chose us for your charting and billing. This "
              "letter confirms what you've purchased and what happens next."),
        ("h3", "What you've purchased"),
        ("table", [["Item", "Price", "When billed"],
                   ["Thistledown EHR + PM, 4 providers", "$289 per provider per month", "Monthly from go-live"],
                   ["Implementation and data conversion", "$1,200", "At signing"],
                   ["Extra training sessions (4)", "$95 each", "As used"],
                   ["HL7 lab results interface", "$1,500", "When the interface goes live"]],
         {"widths": [2.8, 2, 2]}),
        ("h3", "What's included at no extra cost"),
        ("ul", ["Unlimited staff logins",
                "Patient portal and online booking",
                "ICD-10-CM, HCPCS Level II and CPT\u00ae code sets, updated every year",
                "Phone and chat support, 7am to 8pm Eastern"]),
        ("p", "A word on CPT codes, since several practices ask: you don't need to buy them. Thistledown "
              "holds a distribution licence with the American Medical Association and pays the royalty for "
              "your users, so there is no separate CPT line on your invoices."),
        ("h3", "Next steps"),
        ("ol", ["Your project lead, Kenji Albright, will call within two business days.",
                "Send us your current fee schedule and payer list.",
                "Pick two training dates from the calendar link in Kenji's email."]),
        ("sig", ["With thanks,", "", "The Thistledown Customer Success Team"]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_inapp_notice_center",
    vendor="Glenmoor Software, Inc.",
    coverage="vendor_covers", fee=None,
    desc="In-app notice centre with a banner that the 2026 CPT code set is installed and that the plan "
         "already covers CPT licensing with no separate charge, among unrelated notices.",
    style="banner", brand="Glenmoor EHR  \u00b7  Notifications", nav="3 unread",
    site="app.glenmoor.example/notifications",
    footer="Glenmoor Software, Inc. \u00b7 Notifications are kept for 90 days",
    title="Notifications",
    blocks=[
        ("h1", "Notifications"),
        ("note", "<b>2026 CPT\u00ae code set installed</b> \u00b7 Dec 29, 2025<br/>The 2026 CPT codes and "
                 "descriptors are now live in charge entry, superbills and claims. <b>No action or payment "
                 "is needed.</b> Your Glenmoor plan already covers CPT licensing with the American Medical "
                 "Association \u2014 there is no separate charge for the codes. Tip: run the Fee Schedule "
                 "Review report to find deleted codes still on your fee schedule."),
        ("note", "<b>ICD-10-CM update for April</b> \u00b7 Dec 20, 2025<br/>Mid-year diagnosis code updates "
                 "will install on March 28. We'll remind you a week before."),
        ("note", "<b>Scheduled maintenance</b> \u00b7 Dec 12, 2025<br/>Glenmoor will be unavailable on "
                 "Sunday, January 11 from 1:00 to 3:00am Eastern while we upgrade our database servers."),
        ("note", "<b>New: batch eligibility checks</b> \u00b7 Nov 30, 2025<br/>Run eligibility for the "
                 "whole next day's schedule in one click from the Schedule menu."),
        ("h2", "Notification settings"),
        ("table", [["Type", "In app", "Email"],
                   ["Code set updates", "On", "On"],
                   ["Maintenance", "On", "Off"],
                   ["Product news", "On", "Off"]], {"widths": [3, 1.5, 1.5]}),
        ("small", "Manage what you receive in Settings > Notifications. Questions: support@glenmoor.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_forum_double_negative",
    vendor="Aldergrove Systems, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Community thread where staff say, with double negatives, that customers will not be charged a "
         "CPT fee and need no AMA licence because the vendor licenses CPT and the royalty is in the price.",
    style="forum", brand="Aldergrove User Forum", nav="Forums > Getting Started",
    site="forum.aldergrove.example/threads/switching-from-old-pm-cpt-fee",
    footer="Aldergrove User Forum \u00b7 operated by Aldergrove Systems, Inc. \u00b7 Be kind, no PHI",
    title="Switching from our old PM - will there be a CPT fee?",
    blocks=[
        ("h1", "Switching from our old PM \u2014 will there be a CPT fee?"),
        ("small", "Getting Started \u00b7 4 replies \u00b7 Answered by staff"),
        ("post", {"author": "hollis_ortho_admin", "role": "New member", "date": "Jan 6, 2026"}),
        ("p", "We're moving to Aldergrove in March. Our old PM charged us $19 per provider every January "
              "for \"AMA CPT licensing\". Our Aldergrove quote doesn't mention anything like that. Is it "
              "hidden somewhere, or do we need to go buy a licence from the AMA ourselves?"),
        ("post", {"author": "Theo R. (Aldergrove)", "role": "Staff", "date": "Jan 6, 2026"}),
        ("p", "Welcome aboard! Short answer: no, and no. You won't be charged a CPT fee by Aldergrove, and "
              "you don't need to buy a licence from the AMA for use in Aldergrove."),
        ("p", "That isn't because CPT isn't licensed \u2014 it is. Aldergrove licenses CPT from the American "
              "Medical Association, and the royalty is already part of what you pay for your subscription. "
              "It's not that we'll add it later either; there's no plan to unbundle it."),
        ("post", {"author": "hollis_ortho_admin", "role": "New member", "date": "Jan 6, 2026"}),
        ("p", "Great, thanks. So nothing on the invoice at all for CPT?"),
        ("post", {"author": "Theo R. (Aldergrove)", "role": "Staff", "date": "Jan 7, 2026"}),
        ("p", "Correct, nothing. Your invoice will show your subscription (per provider per month) and "
              "any training or interface work you order. Interfaces are quoted separately."),
        ("post", {"author": "dr_meyers_fp", "role": "Member", "date": "Jan 8, 2026"}),
        ("p", "Can confirm from the customer side, three renewals and never a CPT line."),
        ("hr",),
        ("small", "This thread has been marked answered. Replies by staff reflect Aldergrove's policy at "
                  "the date of posting. Account questions: support@aldergrove.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_amendment_removes_fee",
    vendor="Fairhaven Digital Health, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Terms of service with a $15 per named user yearly CPT royalty fee, followed by Amendment No. 2 "
         "that deletes it and puts the royalty inside the subscription; the amendment governs.",
    style="tos", title="Fairhaven Terms of Service and Amendment No. 2",
    footer="Fairhaven Digital Health, Inc. \u00b7 Terms of Service and Amendments",
    blocks=[
        ("h1", "Fairhaven Terms of Service"),
        ("p", "Version 3.0, effective July 1, 2024. Between Fairhaven Digital Health, Inc. (\"Fairhaven\") "
              "and the subscribing practice (\"Customer\")."),
        ("h3", "1. Service"),
        ("p", "Fairhaven provides the Fairhaven Practice platform, including scheduling, clinical "
              "documentation, billing and patient messaging, as a hosted service."),
        ("h3", "2. Named Users"),
        ("p", "\"Named User\" means an individual to whom Customer assigns a login. Logins may not be shared "
              "or reassigned more than once per quarter."),
        ("h3", "3. Acceptable use"),
        ("p", "Customer will use the service only for its own patients and in line with applicable law."),
        ("h3", "4. Data"),
        ("p", "Customer owns its data. Fairhaven processes protected health information under the parties' "
              "Business Associate Agreement."),
        ("h3", "5. Fees"),
        ("p", "5.1 Subscription Fees: $52 per Named User per month."),
        ("p", "5.2 Implementation: as stated in the welcome packet."),
        ("p", "5.3 Payment is due 30 days from invoice."),
        ("p", "5.4 CPT Royalty Fee: $15.00 per Named User per year, invoiced each January, covering the "
              "royalty due to the American Medical Association for CPT codes in the service."),
        ("h3", "6. Term"),
        ("p", "Twelve months from the start date, renewing for further twelve-month terms unless either "
              "party gives 60 days' notice."),
        ("h3", "7. Liability"),
        ("p", "Each party's liability is limited to the fees paid in the 12 months before the claim, except "
              "for breaches of confidentiality or the Business Associate Agreement."),
        ("pb",),
        ("h1", "Amendment No. 2"),
        ("p", "Effective January 1, 2026. This amendment applies to all Customers on Terms of Service "
              "version 3.0. (Amendment No. 1, concerning data export formats, remains in force.)"),
        ("p", "<b>1.</b> Section 5.4 (CPT Royalty Fee) is deleted in its entirety."),
        ("p", "<b>2.</b> A new section 5.5 is added: \"5.5 CPT codes. Fairhaven is party to a licence "
              "agreement with the American Medical Association for the CPT codes in the service. From "
              "January 1, 2026 the royalty is included in the Subscription Fees, and Fairhaven will not "
              "invoice Customer any separate amount for CPT.\""),
        ("p", "<b>3.</b> Section 5.1 is unchanged."),
        ("p", "<b>4.</b> Any CPT Royalty Fee invoiced for 2026 before this amendment was posted will be "
              "credited on the next invoice."),
        ("p", "Posted November 28, 2025. Questions: legal@fairhaven.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_order_form_precedence",
    vendor="Kestrel Lane Software, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Order form listing the AMA CPT licence as 'Included, $0.00' while the general terms make the "
         "customer pay CPT royalties unless an order says otherwise; the precedence clause makes the order form control.",
    style="tos", title="Kestrel Lane Order Form KL-2025-0871",
    footer="Kestrel Lane Software, Inc. \u00b7 Order Form KL-2025-0871 \u00b7 Confidential",
    blocks=[
        ("h1", "Order Form KL-2025-0871"),
        ("kv", [("Customer", "Brambleton Internal Medicine Group, P.A."),
                ("Vendor", "Kestrel Lane Software, Inc."),
                ("Order date", "September 8, 2025"),
                ("Start date", "October 1, 2025"),
                ("Initial term", "24 months")]),
        ("h2", "Products and fees"),
        ("table", [["Item", "Qty", "Unit price", "Monthly total"],
                   ["Kestrel Practice Suite (EHR + PM)", "12 users", "$65.00 per user per month", "$780.00"],
                   ["e-Prescribing with EPCS", "4 prescribers", "$15.00 per prescriber per month", "$60.00"],
                   ["AMA CPT\u00ae licence", "12 users", "Included", "$0.00"],
                   ["Monthly recurring total", "", "", "$840.00"]],
         {"widths": [2.8, 1.2, 2.2, 1.3], "last_bold": True}),
        ("table", [["One-time item", "Amount"],
                   ["Implementation and data conversion", "$2,400.00"],
                   ["On-site training (2 days)", "$1,600.00"]], {"widths": [4, 2]}),
        ("p", "This Order Form is governed by the Kestrel Lane General Terms (version 2025.1) below."),
        ("pb",),
        ("h1", "Kestrel Lane General Terms (extract)"),
        ("p", "<b>4. Fees.</b> 4.1 Customer will pay the fees in each Order Form. 4.2 Unless an Order Form "
              "says otherwise in writing, Customer shall also pay the royalties for third-party content used "
              "in the products, including royalties for CPT codes owned by the American Medical Association, "
              "at Kestrel Lane's then-current rates. 4.3 Fees exclude taxes."),
        ("p", "<b>5. Third-party content.</b> Kestrel Lane is party to a licence agreement with the AMA and "
              "sublicenses CPT content to Customer for internal use in the United States during the term. "
              "The AMA notices in the product help system apply."),
        ("p", "<b>9. Term and renewal.</b> Each Order Form renews for 12-month periods unless either party "
              "gives 90 days' notice."),
        ("p", "<b>14. Order of precedence.</b> If an Order Form conflicts with these General Terms, the "
              "Order Form controls for that order."),
        ("sp", 10),
        ("table", [["For Customer", "For Kestrel Lane Software, Inc."],
                   ["Name: Dr. Anil Raman", "Name: Whitney Soto"],
                   ["Title: Managing Partner", "Title: VP, Sales Operations"],
                   ["Date: September 8, 2025", "Date: September 9, 2025"]], {"widths": [3, 3]}),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="vc_lab_portal_no_charge",
    vendor="Juniper Flats Diagnostics, Inc.",
    coverage="vendor_covers", fee=None,
    desc="Laboratory portal terms stating the lab holds an AMA licence for the CPT codes shown in the "
         "portal and pays the royalty at no charge to the practice; EHR interfaces are mentioned only as conditions.",
    style="portal", brand="Juniper Flats Provider Portal", nav="Terms",
    site="portal.juniperflatsdx.example/terms",
    footer="Juniper Flats Diagnostics, Inc. \u00b7 Provider Portal Terms \u00b7 2025 edition",
    title="Provider Portal Terms",
    blocks=[
        ("h1", "Provider Portal Terms"),
        ("p", "Welcome to the Juniper Flats Diagnostics provider portal. In these terms, \"provider\" and "
              "\"you\" mean the ordering practice and its staff; \"we\" means Juniper Flats Diagnostics, Inc."),
        ("h2", "Using the portal"),
        ("ul", ["Order tests, track specimens and view results.",
                "Download requisitions and advance beneficiary notice forms.",
                "See the CPT\u00ae code and price for each test in our directory."]),
        ("h2", "Accounts"),
        ("p", "Your office administrator creates and removes staff accounts. Accounts unused for 180 days "
              "are locked automatically."),
        ("h2", "CPT codes in the portal"),
        ("p", "The test directory and order screens display CPT codes owned by the American Medical "
              "Association. We hold a licence from the AMA that covers this display to your staff, and we "
              "pay the royalty. There is no charge to your practice for it."),
        ("p", "If you choose to receive orders and results through an interface into your own EHR, CPT "
              "codes that your EHR shows are covered by your EHR vendor's arrangements, not by this portal."),
        ("h2", "Billing for tests"),
        ("p", "Tests are billed to the patient's insurer, the patient or your practice according to the "
              "bill-to option selected on the order. Client-bill prices are in your fee schedule."),
        ("h2", "Privacy"),
        ("p", "Results are protected health information. Use them only for treatment, payment and health "
              "care operations."),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. Questions: "
                  "clientservices@juniperflatsdx.example"),
    ]))
