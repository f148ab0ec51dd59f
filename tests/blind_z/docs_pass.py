"""blind_z documents whose label is pass_through (the vendor charges a separate CPT / AMA fee)."""


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


DOCS = []

# P1 -- help-centre FAQ, royalty + processing stated with total, per clinician per year
DOCS.append(dict(
    key="pass-faq-larkspur",
    vendor="Larkspur Therapy Cloud, Inc.",
    coverage="pass_through",
    cpt_fee=fee(21.00, "provider", "year"),
    description="Help-centre FAQ from a therapy EHR explaining a yearly AMA fee of $21 per clinician "
                "($19.25 royalty plus $1.75 processing), next to a per-clinician monthly subscription price.",
    theme="help",
    header="Larkspur Help Center",
    header_right="Billing & Plans > Fees",
    footer="Larkspur Therapy Cloud, Inc. | help.larkspur.example",
    blocks=[
        ("title", "The AMA fee, explained"),
        ("sub", "Updated 3 November 2025 - 6 minute read - Applies to: Solo, Group and Group Plus plans"),
        ("p", "Larkspur lets you pick CPT\u00ae codes for sessions, superbills and insurance claims. Those "
              "codes belong to the American Medical Association (AMA), which charges a royalty for every "
              "clinician who can use them in software like ours. This article covers what we charge for "
              "that royalty, who it applies to and when it shows up on your bill."),
        ("h", "Quick answers"),
        ("qa", "Why is there an AMA line on my bill?",
         "Because CPT codes are available in your Larkspur workspace, the AMA bills us a royalty for each "
         "clinician. We do not absorb that royalty; we pass it on to you as a separate line called "
         "\"AMA fee\"."),
        ("qa", "How much is it?",
         ["For the 2026 code year the AMA fee is **$21.00 per clinician per year**. That is made up of the "
          "$19.25 royalty the AMA charges us and a $1.75 processing fee that covers card fees and the "
          "reporting we file with the AMA.",
          "The AMA fee is separate from your plan. For comparison, the Group plan is $54 per clinician per "
          "month and Group Plus is $72 per clinician per month; neither of those prices includes the AMA fee."]),
        ("qa", "Who counts as a clinician?",
         "Anyone on your team with a clinician seat - licensed therapists, associates and pre-licensed "
         "interns who document sessions. Admin-only seats (front desk, billing staff who never open a note) "
         "are not counted for the AMA fee."),
        ("qa", "When will I be charged?",
         "Once a year, on your first invoice dated on or after 1 January. If you add a clinician in, say, "
         "June, the fee for that person is added to your next monthly invoice. We do not prorate it."),
        ("qa", "Will it go up?",
         "The AMA has historically raised its royalty by around fifty cents a year. If that happens we will "
         "tell you at least 30 days before the January invoice. Your plan price is not affected by AMA "
         "changes."),
        ("qa", "I'm private pay only. Do I still pay it?",
         "Yes, if CPT codes are switched on for your workspace. Codes appear in your progress-note templates "
         "and superbills even when you never submit a claim. Owners can switch codes off under Settings > "
         "Billing > Code sets; if codes are off for the whole year, no AMA fee is charged."),
        ("qa", "Can I pay the AMA myself instead?",
         "Not for use inside Larkspur. The AMA licenses CPT to us as a distributor and expects us to collect "
         "the royalty for our customers. A licence you buy directly from the AMA for another system does not "
         "cover Larkspur."),
        ("qa", "Is tax charged on the AMA fee?",
         "Not at present. If state rules change we will update this article."),
        ("h", "Still have questions?"),
        ("p", "Message us from the in-app help button or write to billing@larkspur.example. Our billing team "
              "answers weekdays, 8 a.m. to 6 p.m. Pacific."),
        ("small", "CPT is a registered trademark of the American Medical Association. Larkspur Therapy Cloud, "
                  "Inc., 2250 Mission Bluff Road, Suite 400, Oakport, CA 94612."),
    ],
))

# P2 -- invoice with royalty and processing on separate lines; period in header
DOCS.append(dict(
    key="pass-invoice-halvorsen",
    vendor="Halvorsen Practice Systems, LLC",
    coverage="pass_through",
    cpt_fee=fee(20.00, "provider", "year"),
    description="January invoice from a practice-management vendor with separate line items for the "
                "calendar-year AMA CPT royalty ($18.50) and CPT processing fee ($1.50) per rendering provider, "
                "beside monthly seat charges and an invoice total.",
    theme="invoice",
    header="HALVORSEN PRACTICE SYSTEMS",
    header_right="Invoice HPS-2026-011873",
    footer="Halvorsen Practice Systems, LLC - 88 Foundry Row, Millbrook, MN 55402 - ar@halvorsen.example",
    blocks=[
        ("title", "INVOICE"),
        ("kv", [("Invoice number", "HPS-2026-011873"), ("Invoice date", "2 January 2026"),
                ("Due date", "1 February 2026"), ("Account", "ACC-40417"),
                ("Bill to", "Greenhollow Family Medicine, PLLC, 17 Orchard Street, Cedar Falls, IA 50613"),
                ("Service period (subscription)", "1 January 2026 - 31 January 2026"),
                ("Code-set licence period", "Calendar year 2026 (1 January - 31 December 2026)")],
         (0.34, 0.66)),
        ("table", ["Description", "Qty", "Unit price", "Amount"], [
            ["Halvorsen PM - clinician seat, monthly", "3", "$79.00", "$237.00"],
            ["Halvorsen PM - staff seat, monthly", "5", "$25.00", "$125.00"],
            ["Electronic statements add-on, monthly", "1", "$18.00", "$18.00"],
            ["AMA CPT\u00ae royalty - code-set licence period (per rendering provider)", "3", "$18.50", "$55.50"],
            ["CPT licence processing fee (per rendering provider)", "3", "$1.50", "$4.50"],
            ["ERA enrolment - new payer (one-time)", "2", "$15.00", "$30.00"],
        ], (0.58, 0.08, 0.16, 0.18)),
        ("kv", [("Subtotal", "$470.00"), ("Sales tax (7.3% on subscription lines)", "$27.74"),
                ("Payments received", "$0.00"), ("**Total due**", "**$497.74**")], (0.7, 0.3)),
        ("h", "About the AMA CPT lines"),
        ("p", "The two CPT lines appear once per code-set licence period, on the first invoice of the year. "
              "They are counted per rendering provider on your account as of 1 January; staff seats are not "
              "counted. Providers you add later in the year are billed on the following invoice. The royalty "
              "is the amount the AMA charges us as an authorized distributor and is remitted to the AMA; the "
              "processing fee is retained by Halvorsen."),
        ("h", "Payment options"),
        ("bullets", ["ACH: Northgate Commercial Bank, routing 000111222, account ending 4471 (reference your "
                     "invoice number).",
                     "Card: pay online at pay.halvorsen.example - a 2.9% card surcharge applies.",
                     "Questions about this invoice: ar@halvorsen.example or 612-555-0143."]),
        ("small", "Late payments may incur a 1.5% monthly finance charge after 30 days. Amounts are in US "
                  "dollars. CPT is a registered trademark of the American Medical Association."),
    ],
))

# P3 -- pricing page, fee only in a footnote, per user per month
DOCS.append(dict(
    key="pass-pricing-northfield",
    vendor="Northfield Charting Co.",
    coverage="pass_through",
    cpt_fee=fee(4.25, "user", "month"),
    description="Pricing page with per-user plan columns where a footnote adds a CPT content fee of $4.25 "
                "per licensed user per month on top of every plan.",
    theme="pricing",
    header="Northfield Charting",
    header_right="Pricing",
    footer="Northfield Charting Co. | northfield.example/pricing | Prices in USD, effective 1 October 2025",
    blocks=[
        ("title", "Simple pricing for busy clinics"),
        ("sub", "Charting, scheduling and billing in one place. Pick a plan, add your team, cancel anytime."),
        ("table", ["", "Starter", "Practice", "Enterprise"], [
            ["Best for", "1-2 clinicians", "3-25 clinicians", "26+ clinicians or multiple sites"],
            ["Price*", "$39 per user / month", "$59 per user / month", "Talk to sales"],
            ["Charting & templates", "Yes", "Yes", "Yes"],
            ["CPT\u00ae and ICD-10 code search\u2020", "Yes", "Yes", "Yes"],
            ["Claims & ERA", "-", "Yes", "Yes"],
            ["Patient portal", "Basic", "Full", "Full + custom domain"],
            ["Support", "Email", "Email + chat", "Named success manager"],
            ["Onboarding", "Self-serve", "$299 one-time", "Quoted"],
        ], (0.3, 0.22, 0.22, 0.26)),
        ("h", "Popular add-ons"),
        ("table", ["Add-on", "What it does", "Price"], [
            ["e-Prescribing", "EPCS-certified prescribing inside the chart", "$22 per prescriber / month"],
            ["Text reminders", "Two-way SMS reminders and confirmations", "$0.04 per message"],
            ["Live training", "Two-hour remote session for up to 10 staff", "$180 per session"],
            ["Data migration", "Import demographics and balances from your old system", "From $450"],
        ], (0.22, 0.5, 0.28)),
        ("h", "Frequently asked"),
        ("qa", "What is a \"user\"?", "Anyone who logs in: clinicians, front desk, billers and managers. "
                                       "Each person needs a named login; logins cannot be shared."),
        ("qa", "Is there a contract?", "Starter and Practice are month to month. Enterprise agreements are "
                                       "usually 12 or 36 months."),
        ("qa", "Can I change plans?", "Yes. Upgrades take effect immediately; downgrades at your next billing "
                                      "date."),
        ("notes", [
            "* Plan prices exclude taxes and the fees described below.",
            "\u2020 CPT\u00ae content fee: the American Medical Association requires a royalty for each "
            "person who can use CPT codes in the software. We add a CPT content fee of $4.25 per licensed "
            "user per month to every plan. It is not part of the plan prices shown above, and it is not "
            "optional while code search is enabled. ICD-10-CM and HCPCS Level II codes carry no extra fee.",
            "CPT is a registered trademark of the American Medical Association.",
        ]),
    ],
))

# P4 -- quote with checkboxes, per location per year, totals
DOCS.append(dict(
    key="pass-quote-meridian",
    vendor="Meridian Ridge Health Software, Inc.",
    coverage="pass_through",
    cpt_fee=fee(385.00, "location", "year"),
    description="Sales quote with ticked and unticked options; the ticked AMA CPT code licence option is a "
                "pass-through of $385 per practice location billed annually, next to implementation, training "
                "and free ICD-10/HCPCS options.",
    theme="form",
    header="Meridian Ridge Health Software",
    header_right="Quote Q-25-3390",
    footer="Meridian Ridge Health Software, Inc. - 1400 Larch Avenue, Boulder Creek, CO 80302",
    blocks=[
        ("title", "Quote Q-25-3390"),
        ("kv", [("Prepared for", "Sunbury Orthopedic Associates, P.C. (2 locations)"),
                ("Prepared by", "Travis Okafor, Account Executive, tokafor@meridianridge.example"),
                ("Quote date", "14 October 2025"), ("Valid until", "12 December 2025"),
                ("Term", "36 months from go-live")]),
        ("p", "Thank you for considering Meridian Ridge PM. Options marked [X] are included in this quote; "
              "options marked [ ] are shown for reference and are not included unless you tick them and "
              "initial the change."),
        ("h", "1. Subscription"),
        ("check", [(True, "Meridian Ridge PM - scheduling, charge capture, claims (per provider, monthly)",
                    "$210.00 x 7 providers"),
                   (True, "Patient statements & online payments (per location, monthly)", "$95.00 x 2"),
                   (False, "Meridian Ridge Analytics dashboards (per location, monthly)", "$140.00 x 2")]),
        ("h", "2. Code sets"),
        ("check", [(True, "AMA CPT\u00ae code licence, pass-through at AMA-set royalty plus handling, per "
                          "practice location, billed annually", "$385.00 x 2"),
                   (False, "ICD-10-CM / HCPCS Level II update service (CMS public files)", "No charge"),
                   (False, "CDT dental code set (not needed for orthopedics)", "$120.00 x 2")]),
        ("p", "The CPT licence covers every user at a location, whatever their role. It renews each "
              "12 months with the subscription and may be adjusted if the AMA changes its royalty."),
        ("h", "3. One-time services"),
        ("check", [(True, "Implementation & data conversion", "$2,400.00"),
                   (False, "On-site go-live support (per day)", "$1,150.00"),
                   (True, "Clearinghouse enrollment (per payer group)", "$0.00"),
                   (False, "HL7 interface to hospital lab", "$3,200.00")]),
        ("h", "Summary"),
        ("table", ["", "Amount"], [
            ["Monthly recurring (subscription)", "$1,660.00"],
            ["Annual recurring (CPT licence, 2 locations)", "$770.00"],
            ["One-time (implementation)", "$2,400.00"],
            ["First-year total", "$23,090.00"],
        ], (0.7, 0.3)),
        ("pagebreak",),
        ("h", "Notes to this quote"),
        ("numbered", [
            "Prices exclude applicable taxes. Monthly items are invoiced in advance from go-live; annual items "
            "are invoiced on go-live and on each anniversary.",
            "Provider counts are based on the 7 rendering providers listed in your request. Additional "
            "providers are added at the same monthly rate.",
            "Implementation includes conversion of demographics, open balances and future appointments from "
            "your current system, and two rounds of testing.",
            "Go-live is planned 10-12 weeks after signature, subject to payer enrollment times.",
            "This quote is governed by the Meridian Ridge Master Subscription Agreement, which you received "
            "with it.",
        ]),
        ("h", "Acceptance"),
        ("p", "To accept, sign below and return this quote to your account executive before the expiry date."),
        ("kv", [("Accepted for Sunbury Orthopedic Associates, P.C.", "Name / title: ______________________"),
                ("Signature", "______________________"), ("Date", "__________")], (0.45, 0.55)),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# P5 -- e-mail thread, latest message corrects to a flat organisation fee
DOCS.append(dict(
    key="pass-email-copperline",
    vendor="Copperline EHR, Inc.",
    coverage="pass_through",
    cpt_fee=fee(96.00, "organization", "year"),
    description="E-mail thread (newest first) in which the vendor's latest message corrects an earlier "
                "$30-per-provider CPT quote to one flat $96 for the whole organisation for the licence year.",
    theme="email",
    header="Mail - Printed conversation",
    header_right="4 messages",
    footer="Printed 9 December 2025 by m.ferreira@lakeshorepeds.example",
    blocks=[
        ("title", "RE: CPT licence on our renewal"),
        ("email", [("From", "Priya Natarajan <pnatarajan@copperline.example>"),
                   ("To", "Marisol Ferreira <m.ferreira@lakeshorepeds.example>"),
                   ("Date", "Mon, 8 Dec 2025 16:42 -0600"), ("Subject", "RE: CPT licence on our renewal")],
         ["Hi Marisol,",
          "Apologies - I gave you the wrong figure last week. For practices on the Community tier the AMA "
          "licence is not counted per provider. It is a single charge of **$96 for your whole organization** "
          "for the 2026 licence year, whatever your provider count. Please disregard the $30-per-provider "
          "figure in my message of 1 December; your renewal paperwork will show the $96 line.",
          "Everything else in the renewal (seat prices, the 3% uplift, the interface maintenance) stays as "
          "quoted.",
          "Best,", "Priya Natarajan | Renewals Specialist | Copperline EHR, Inc. | 512-555-0178"]),
        ("email", [("From", "Marisol Ferreira <m.ferreira@lakeshorepeds.example>"),
                   ("To", "Priya Natarajan <pnatarajan@copperline.example>"),
                   ("Date", "Thu, 4 Dec 2025 09:15 -0600"), ("Subject", "RE: CPT licence on our renewal")],
         ["Hi Priya - thanks. Just to check: is that really per provider? We have six providers but two are "
          "part-time. A colleague at another Copperline practice says they pay one amount for the account. "
          "Could you confirm before I take this to our board?",
          "Marisol Ferreira, Practice Administrator, Lakeshore Pediatrics Group"]),
        ("email", [("From", "Priya Natarajan <pnatarajan@copperline.example>"),
                   ("To", "Marisol Ferreira <m.ferreira@lakeshorepeds.example>"),
                   ("Date", "Mon, 1 Dec 2025 11:03 -0600"), ("Subject", "RE: CPT licence on our renewal")],
         ["Hi Marisol,",
          "Good question. Copperline is an AMA-authorized distributor, so we collect the CPT royalty for you "
          "rather than you licensing it yourself. For 2026 it will be $30 per provider per year, billed on "
          "your January invoice. With six providers that is $180.",
          "Priya"]),
        ("email", [("From", "Marisol Ferreira <m.ferreira@lakeshorepeds.example>"),
                   ("To", "renewals@copperline.example"),
                   ("Date", "Fri, 28 Nov 2025 14:27 -0600"), ("Subject", "CPT licence on our renewal")],
         ["Hello, our renewal notice mentions an \"AMA licence\" for the first time. Is this something we pay "
          "you, or do we need to buy it from the AMA? And how is it calculated?",
          "Thanks, Marisol Ferreira, Lakeshore Pediatrics Group, 2210 Shoreline Drive, Evanston, IL"]),
    ],
))

# P6 -- renewal notice, defined term in words on page 1, used on page 3
DOCS.append(dict(
    key="pass-renewal-sablecreek",
    vendor="Sable Creek Medical Software Corp.",
    coverage="pass_through",
    cpt_fee=fee(22.50, "user", "year"),
    description="Three-page renewal notice that defines a \"Code Set Access Charge\" in words as $22.50 per "
                "Named User per renewal year for CPT content and applies it in the renewal table two pages "
                "later, with an extended total.",
    theme="letter",
    header="Sable Creek Medical Software",
    header_right="Renewal notice RN-88214",
    footer="Sable Creek Medical Software Corp. - 600 Commerce Parkway, Harlan Springs, KY 40508",
    blocks=[
        ("title", "Your renewal is coming up"),
        ("kv", [("Customer", "Riverbend Internal Medicine, LLC"), ("Agreement", "SCMS-SA-2022-0419"),
                ("Current term ends", "31 January 2026"), ("Renewal term", "1 February 2026 - 31 January 2027"),
                ("Notice date", "20 November 2025")]),
        ("p", "Dear Dr. Abernathy,"),
        ("p", "Thank you for four years with Sable Creek. Your subscription renews automatically on 1 February "
              "2026 for a further renewal year unless you tell us otherwise at least 30 days before that date. "
              "This notice sets out what changes at renewal and what you will be billed."),
        ("h", "Words we use in this notice"),
        ("bullets", [
            "**\"Named User\"** means an individual person with their own login to the Sable Creek platform, "
            "whether or not they log in during the year.",
            "**\"Platform Fee\"** means the subscription fee for the Sable Creek platform shown in the renewal "
            "table on page 3.",
            "**\"Code Set Access Charge\"** means twenty-two dollars and fifty cents (US$22.50) per Named User "
            "for each renewal year. It is the charge we collect from you for the American Medical "
            "Association's CPT\u00ae content in the platform, and we remit the AMA royalty portion to the AMA.",
            "**\"Renewal Year\"** means each 12-month period starting on 1 February.",
        ]),
        ("h", "What is changing"),
        ("p", "Platform Fee: per our agreement, the Platform Fee rises by 3.5% at renewal. Support hours are "
              "extended to 7 a.m. - 8 p.m. Eastern. We are also retiring the legacy fax gateway; faxes now go "
              "through the cloud fax module at no extra charge."),
        ("pagebreak",),
        ("h", "Your Named Users"),
        ("p", "Our records show 14 Named Users on your account as of the notice date: 4 physicians, 2 nurse "
              "practitioners, 5 clinical staff and 3 billing and front-desk staff. The Code Set Access Charge "
              "applies to every Named User, not only to clinicians, because the AMA counts anyone who relies "
              "on CPT content in the software."),
        ("p", "If you remove a login before 1 February 2026, it will not be counted. Logins added during the "
              "Renewal Year are charged in full on the next invoice."),
        ("h", "Other things to know"),
        ("bullets", ["Your data stays in the same US data centre; no migration is needed.",
                     "The HIPAA business associate agreement signed in 2022 continues to apply.",
                     "Training credits you did not use this year (3 hours) roll over once.",
                     "ICD-10-CM and HCPCS Level II updates remain free of charge."]),
        ("p", "If you want to change your user count or your plan, reply to this notice or call your account "
              "manager, Denise Holloway, at 859-555-0120 (dholloway@sablecreek.example)."),
        ("pagebreak",),
        ("h", "Renewal table"),
        ("table", ["Item", "Basis", "Quantity", "Renewal Year amount"], [
            ["Platform Fee - Professional tier", "per provider", "6", "$13,413.60"],
            ["Platform Fee - staff logins", "per staff login", "8", "$2,980.80"],
            ["Code Set Access Charge", "as defined on page 1", "14 Named Users", "$315.00"],
            ["Cloud fax module", "flat", "1", "$0.00"],
            ["Total for the Renewal Year", "", "", "$16,709.40"],
        ], (0.36, 0.22, 0.18, 0.24)),
        ("p", "Invoices are issued annually in advance on 1 February. Payment terms are net 30."),
        ("p", "Sincerely,"),
        ("p", "Gordon Pike, Director of Customer Accounts, Sable Creek Medical Software Corp."),
        ("pagebreak",),
        ("h", "Questions we often get at renewal"),
        ("qa", "Why is the Code Set Access Charge counted for staff, not just providers?",
         "The AMA's licence counts people, not job titles: anyone who looks up, selects or relies on CPT "
         "codes in the platform is a user. Front-desk staff who attach codes to appointments and billers "
         "who work claims are counted for that reason."),
        ("qa", "Can the charge change during the Renewal Year?",
         "No. The Code Set Access Charge is fixed for the Renewal Year once your invoice is issued. If the "
         "AMA changes its royalty, we will tell you in the next renewal notice."),
        ("qa", "We already buy CPT books from the AMA. Does that count?",
         "Printed books are licensed for reading, not for use inside software. They do not replace the "
         "charge for CPT content in Sable Creek."),
        ("qa", "Is there a charge for ICD-10 or HCPCS?",
         "No. Those code sets are published by the government and are free to use."),
        ("qa", "Can we pay monthly?",
         "Yes, for a 2% administration surcharge on the Platform Fee. The Code Set Access Charge is always "
         "billed once, on the annual invoice."),
        ("qa", "How do I cancel?",
         "Write to us at least 30 days before 1 February 2026. You can export all your data free of charge "
         "for 90 days after the end of your term."),
        ("small", "CPT is a registered trademark of the American Medical Association. Sable Creek Medical "
                  "Software Corp. is an authorized distributor of CPT content."),
    ],
))

# P7 -- fee change letter / amendment with cap
DOCS.append(dict(
    key="pass-amendment-tidewater",
    vendor="Tidewater Clinical Apps, LLC",
    coverage="pass_through",
    cpt_fee=fee(18.75, "provider", "year"),
    description="Amendment letter that replaces the order form's $17.00 CPT pass-through fee with $18.75 per "
                "provider per year and caps later increases at $1.00 a year.",
    theme="letter",
    header="Tidewater Clinical Apps",
    header_right="Amendment No. 2",
    footer="Tidewater Clinical Apps, LLC - 41 Harbor Light Way, Port Delancey, VA 23510",
    blocks=[
        ("title", "Amendment No. 2 to Order Form TCA-OF-7731"),
        ("kv", [("Between", "Tidewater Clinical Apps, LLC (\"Tidewater\") and Chesterfield Podiatry Group, "
                            "P.C. (\"Client\")"),
                ("Order Form", "TCA-OF-7731 dated 15 March 2024, as amended by Amendment No. 1 dated 2 June 2024"),
                ("Amendment effective date", "1 January 2026")]),
        ("p", "We are writing to let you know about a change to the CPT fee on your order form. This letter is "
              "Amendment No. 2. Please read it with your order form; where they differ, this letter now applies."),
        ("h", "1. What your order form says today"),
        ("p", "Section 3 of the order form, headed \"CPT Pass-Through Fee\", says that Client pays Tidewater "
              "$17.00 per provider per year for the AMA royalty on CPT\u00ae content in Tidewater Scheduler "
              "and Tidewater Notes, billed each January."),
        ("h", "2. What changes"),
        ("p", "From the amendment effective date, the amount in Section 3 is replaced: the CPT Pass-Through "
              "Fee is **$18.75 per provider per year**. The fee continues to be billed each January for the "
              "providers active on 1 January, with providers added mid-year billed on the next invoice. "
              "Amendment No. 1 (which added the patient portal) is not affected."),
        ("h", "3. Future changes"),
        ("p", "Tidewater may adjust the CPT Pass-Through Fee once a year to reflect changes in the AMA "
              "royalty, on 60 days' written notice, but any increase will not exceed $1.00 per provider in "
              "a single year."),
        ("h", "4. Why"),
        ("p", "The AMA royalty we pay for each provider has risen, and our card-processing and reporting costs "
              "have too. We have kept the increase as small as we can. Your subscription fees and your "
              "implementation credit are unchanged."),
        ("h", "5. Everything else"),
        ("p", "All other terms of the order form and Amendment No. 1 remain in effect. If you do not agree to "
              "this amendment, you may end the CPT-enabled modules on 30 days' notice under Section 9 of the "
              "order form without an early-termination charge."),
        ("kv", [("For Tidewater Clinical Apps, LLC", "Renata Calloway, VP Finance - 5 November 2025"),
                ("For Chesterfield Podiatry Group, P.C.", "Dr. Lionel Ashby, Managing Partner - 12 November 2025")],
         (0.42, 0.58)),
    ],
))

# P8 -- support chat, one-time per-login fee
DOCS.append(dict(
    key="pass-chat-brambleton",
    vendor="Brambleton Rehab Software, Inc.",
    coverage="pass_through",
    cpt_fee=fee(35.00, "user", "one_time"),
    description="Support-chat transcript in which the agent explains that the AMA CPT licence is a one-time "
                "$35 charge for each new login, separate from the monthly per-user subscription.",
    theme="chat",
    header="Brambleton Rehab Software - Live Chat",
    header_right="Transcript #CH-552190",
    footer="Brambleton Rehab Software, Inc. | transcripts are kept for 24 months",
    blocks=[
        ("title", "Chat transcript"),
        ("kv", [("Started", "Tue 21 Oct 2025, 10:02 ET"), ("Customer", "Nadia Brooks, Office Manager, Kestrel "
                                                                        "Physical Therapy"),
                ("Agent", "Owen (Billing Support)"), ("Topic", "New user charges")]),
        ("chat", [
            ("10:02", "Nadia", "Hi, I added two new PTs yesterday and the invoice preview shows a $70 line "
                               "called \"AMA CPT activation\". What is that?"),
            ("10:03", "Owen", "Hi Nadia, thanks for reaching out! Happy to explain. Brambleton includes CPT "
                              "codes from the American Medical Association in the exercise flowsheets and the "
                              "billing screen."),
            ("10:03", "Owen", "The AMA requires a paid licence for everyone who uses those codes, and we pass "
                              "that cost on. The AMA bit is $35 per login, charged once when a new login is "
                              "created. Two new PTs = $70."),
            ("10:04", "Nadia", "Once as in every year? Or once ever?"),
            ("10:05", "Owen", "Once ever for that login. It's a one-time charge, so you won't see it again at "
                              "renewal for the same person. If someone leaves and you later create a brand-new "
                              "login for a replacement, that new login gets the one-time charge."),
            ("10:05", "Nadia", "OK. And the $45 per user I already pay each month doesn't include it?"),
            ("10:06", "Owen", "Right - the $45 is your monthly subscription per user. The CPT activation is "
                              "separate and not included in it."),
            ("10:07", "Nadia", "What about HCPCS and ICD-10? Are there fees for those too?"),
            ("10:07", "Owen", "No, those are public code sets from CMS, so there's no charge for them."),
            ("10:08", "Nadia", "Can I reactivate a login for someone who comes back, to avoid the charge?"),
            ("10:09", "Owen", "Yes - reactivating a deactivated login doesn't trigger a new activation charge. "
                              "Go to Admin > Users > Show inactive."),
            ("10:09", "Nadia", "Great, that helps. Thanks Owen."),
            ("10:10", "Owen", "Anytime! I'll email you a copy of this chat. Have a good day."),
        ]),
        ("rule",),
        ("small", "This transcript was sent to nbrooks@kestrelpt.example. Brambleton Rehab Software, Inc., 19 "
                  "Stonebridge Court, Ashburn Mills, VA 20147. Rate us: support.brambleton.example/rate"),
    ],
))

# P9 -- billing-service onboarding checklist; "Provider" is the practice; royalty + handling per location per month
DOCS.append(dict(
    key="pass-onboard-keystone",
    vendor="Keystone Claims Partners, LLC",
    coverage="pass_through",
    cpt_fee=fee(12.00, "location", "month"),
    description="Billing-service onboarding checklist where \"Provider\" is the practice and the company "
                "invoices a $10.00 CPT sublicence royalty plus a $2.00 handling charge per office location each "
                "month, separate from its percentage-of-collections fee.",
    theme="help",
    header="Keystone Claims Partners",
    header_right="New client onboarding checklist",
    footer="Keystone Claims Partners, LLC - 3100 Grant Street, Suite 12, Allenport, PA 15412",
    blocks=[
        ("title", "Welcome aboard: your first 30 days"),
        ("p", "In this checklist \"Keystone\", \"we\" and \"us\" mean Keystone Claims Partners, LLC, your "
              "billing service. \"Provider\" and \"you\" mean the practice that signed our Billing Services "
              "Agreement, including its rendering clinicians."),
        ("h", "Week 1 - paperwork"),
        ("check", [(False, "Return the signed Billing Services Agreement and BAA", "Provider"),
                   (False, "Complete payer enrollment forms (one set per NPI)", "Provider"),
                   (False, "Send a copy of your current fee schedule", "Provider"),
                   (False, "Grant us read access to your bank lockbox report", "Provider")]),
        ("h", "Week 2 - system set-up"),
        ("check", [(False, "We build your practice in our billing platform", "Keystone"),
                   (False, "We load your fee schedule and map it to CPT\u00ae and HCPCS codes", "Keystone"),
                   (False, "You confirm office locations and place-of-service codes", "Provider"),
                   (False, "We test claims to each major payer", "Keystone")]),
        ("h", "Week 3 - fees you will see"),
        ("p", "Our service fee is 5.5% of net collections, invoiced monthly in arrears. There is no set-up fee "
              "for practices with fewer than 10 clinicians."),
        ("p", "Our billing platform displays and stores CPT codes, which are licensed from the American "
              "Medical Association. We hold a distributor sublicence and pass the royalty through: Provider "
              "will be invoiced a CPT sublicence royalty of $10.00 per office location per month, plus a "
              "handling charge of $2.00 per office location per month. These appear as two lines on your "
              "monthly invoice, next to the service fee."),
        ("box", "Example: a practice with 3 office locations sees $30.00 (royalty) + $6.00 (handling) = "
                "$36.00 a month in CPT lines, plus the 5.5% service fee."),
        ("h", "Week 4 - go live"),
        ("check", [(False, "First claims batch submitted", "Keystone"),
                   (False, "First weekly status call", "Both"),
                   (False, "Staff trained on the charge-entry portal (optional, $0)", "Provider")]),
        ("p", "Questions? Your onboarding lead is Hank Morrow, hmorrow@keystoneclaims.example, 724-555-0199."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# P10 -- release notes, rule only (no amount)
DOCS.append(dict(
    key="pass-release-orchardlane",
    vendor="Orchard Lane Software, Inc.",
    coverage="pass_through",
    cpt_fee=None,
    description="Release notes announcing that the vendor now licenses CPT descriptors itself and will add "
                "the AMA royalty for each active provider to the annual invoice at the AMA's published rate, "
                "without giving an amount.",
    theme="help",
    header="Orchard Lane EHR",
    header_right="Release notes 14.2",
    footer="Orchard Lane Software, Inc. | docs.orchardlane.example/releases",
    blocks=[
        ("title", "Release 14.2 - \"Harvest\""),
        ("sub", "Rolling out 12-19 January 2026 to all cloud customers. On-premise builds follow in February."),
        ("h", "Highlights"),
        ("bullets", [
            "**2026 code sets.** The 2026 CPT\u00ae, HCPCS Level II and ICD-10-CM updates are loaded. Deleted "
            "codes are end-dated on 31 December 2025 and flagged in your favourites lists.",
            "**Faster charge review.** The charge review queue now loads 40% faster for practices with more "
            "than 5,000 open encounters.",
            "**Referral letters.** Letters can now include the problem list and the last three vitals.",
            "**Portal messaging.** Patients can attach up to five images per message.",
        ]),
        ("h", "Change to how CPT content is licensed"),
        ("p", "Until now, full CPT descriptors were shown only to practices that had loaded their own licensed "
              "data file. From this release, Orchard Lane distributes CPT content under its own agreement "
              "with the American Medical Association, and full descriptors are switched on for everyone."),
        ("p", "As part of that agreement we will pass the AMA's royalty through to you at cost for each active "
              "provider. It will be added to your next annual invoice at the per-provider rate the AMA "
              "publishes for that year, and it is not included in your subscription. Practices that already "
              "hold their own AMA licence for Orchard Lane can send us a copy to be exempted."),
        ("h", "Fixes"),
        ("bullets", ["Fixed an issue where modifier 25 was dropped when a visit was copied.",
                     "Fixed statement totals for patients with more than one guarantor.",
                     "Fixed time-zone display for telehealth visits booked from the portal.",
                     "Fixed the eligibility check timing out for two regional payers."]),
        ("h", "Known issues"),
        ("bullets", ["Printing a superbill from Safari on some tablets cuts off the last column. Use the PDF "
                     "download as a workaround."]),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the American Medical Association. Orchard Lane Software, Inc., 77 Pippin "
                  "Road, Hood Hollow, OR 97031."),
    ],
))

# P11 -- newsletter, amount and period but no unit anywhere
DOCS.append(dict(
    key="pass-newsletter-wrenfield",
    vendor="Wrenfield Health Tech, Inc.",
    coverage="pass_through",
    cpt_fee=fee(9.95, None, "month"),
    description="Customer newsletter whose billing item raises the separate CPT content fee to $9.95 per "
                "month from April without saying what it is counted per.",
    theme="news",
    header="The Wrenfield Dispatch",
    header_right="Issue 37 - February 2026",
    footer="Wrenfield Health Tech, Inc. - You receive this because you are a Wrenfield customer.",
    blocks=[
        ("title", "The Wrenfield Dispatch"),
        ("sub", "News, tips and product updates for Wrenfield clinics"),
        ("h", "In this issue"),
        ("bullets", ["Meet the new appointment board", "Billing corner: what's changing on your invoice",
                     "Customer spotlight: Pinecrest Allergy & Asthma", "Webinar dates for spring"]),
        ("h", "Meet the new appointment board"),
        ("p", "You asked, we listened. The new board shows rooms, providers and equipment side by side, with "
              "colour-coded visit types and drag-and-drop rescheduling. Turn it on under Settings > Labs. "
              "Early users tell us it saves front-desk teams about twenty minutes a day."),
        ("h", "Billing corner: what's changing on your invoice"),
        ("p", "Since 2024 your invoice has included a small line called \"CPT content fee\". It covers the "
              "royalty the American Medical Association charges for the CPT\u00ae codes built into Wrenfield's "
              "charge entry and claim screens, plus our cost of reporting to the AMA. It is separate from your "
              "subscription."),
        ("p", "The AMA raised its royalty for 2026, so from 1 April 2026 the CPT content fee will be **$9.95 "
              "per month** (it was $9.40). Nothing else on your invoice changes, and you don't need to do "
              "anything."),
        ("p", "While we're here: ICD-10-CM and HCPCS Level II codes are free public code sets, so you will "
              "never see a fee for them from us."),
        ("h", "Customer spotlight: Pinecrest Allergy & Asthma"),
        ("p", "Practice manager Leticia Dunmore moved Pinecrest's three offices to Wrenfield last summer. "
              "\"Our shot-clinic check-in used to be a clipboard,\" she says. \"Now patients scan a code at the "
              "door and the nurse sees them on the board before they sit down.\" Pinecrest cut no-shows by a "
              "third with automated reminders."),
        ("h", "Spring webinars"),
        ("table", ["Date", "Topic", "Length"], [
            ["5 March", "Getting the most from the appointment board", "30 min"],
            ["19 March", "Year-end reports for your accountant", "45 min"],
            ["2 April", "Prior authorizations without the headache", "45 min"],
        ], (0.2, 0.6, 0.2)),
        ("p", "Register at learn.wrenfield.example. Can't make it? Every session is recorded."),
        ("small", "Wrenfield Health Tech, Inc., 500 Tanager Street, Ridgefield, WA 98642. Unsubscribe or manage "
                  "preferences at wrenfield.example/prefs. CPT is a registered trademark of the American "
                  "Medical Association."),
    ],
))

# P12 -- procurement questionnaire; royalty + admin fee per provider; no period anywhere for the CPT fee
DOCS.append(dict(
    key="pass-questionnaire-aldergrove",
    vendor="Aldergrove Systems, Inc.",
    coverage="pass_through",
    cpt_fee=fee(20.75, "provider", None),
    description="Vendor's written answers to a practice's procurement questionnaire stating that the AMA "
                "royalty is passed through at $19.50 per rendering provider plus a $1.25 administration fee "
                "per provider, with no billing period given for that fee.",
    theme="quest",
    header="Vendor Response - Practice Systems RFP 2025-04",
    header_right="Respondent: Aldergrove Systems",
    footer="Aldergrove Systems, Inc. - Confidential response prepared for Ridgeway Cardiology Partners",
    blocks=[
        ("title", "Vendor questionnaire - responses"),
        ("kv", [("Issued by", "Ridgeway Cardiology Partners, LLP (procurement contact: A. Lindqvist)"),
                ("Respondent", "Aldergrove Systems, Inc., 2900 Cobalt Way, Fairhaven, MA 02719"),
                ("Response date", "22 September 2025"), ("Respondent contact",
                                                          "Celia Marsh, proposals@aldergrove.example")]),
        ("h", "Section A - Company"),
        ("table", ["#", "Question", "Response"], [
            ["A1", "Legal name and years in business.", "Aldergrove Systems, Inc.; founded 2009; 16 years."],
            ["A2", "Number of cardiology customers.", "41 cardiology groups, 9 with more than 20 physicians."],
            ["A3", "Hosting and certifications.", "US-only cloud hosting; SOC 2 Type II report available "
                                                  "under NDA; ONC-certified EHR modules."],
        ], (0.06, 0.38, 0.56)),
        ("h", "Section B - Pricing"),
        ("table", ["#", "Question", "Response"], [
            ["B1", "Describe your subscription pricing.", "Annual subscription, invoiced quarterly: $3,840 per "
                                                          "physician per year; mid-levels at $1,920. Staff "
                                                          "logins unlimited."],
            ["B2", "List one-time fees.", "Implementation $14,500 flat; device interfaces (echo, Holter) $2,200 "
                                          "each; on-site training $1,400 per day."],
            ["B3", "Are licensing fees for CPT\u00ae codes included in your subscription?",
             "No. Aldergrove is an AMA-authorized distributor, and we pass the AMA royalty through at cost: "
             "$19.50 per rendering provider. We add an administration fee of $1.25 per rendering provider "
             "for reporting and remittance. These CPT charges are not part of the subscription in B1."],
            ["B4", "Are there fees for ICD-10-CM or HCPCS Level II?", "No. Both are public code sets and are "
                                                                       "included at no cost."],
            ["B5", "Price protection at renewal.", "Subscription increases capped at 4% per renewal."],
        ], (0.06, 0.38, 0.56)),
        ("h", "Section C - Compliance"),
        ("table", ["#", "Question", "Response"], [
            ["C1", "Will you sign our BAA?", "Yes, with our standard security exhibit."],
            ["C2", "Who reports user counts to the AMA?", "Aldergrove reports rendering-provider counts to the "
                                                          "AMA. Client consents to its name and counts being "
                                                          "shared with the AMA for that purpose."],
            ["C3", "Does the AMA have audit rights?", "The AMA may audit Aldergrove's distribution records. "
                                                      "Clients are not audited directly by the AMA for "
                                                      "Aldergrove use."],
        ], (0.06, 0.38, 0.56)),
        ("h", "Section D - Implementation and support"),
        ("table", ["#", "Question", "Response"], [
            ["D1", "Typical implementation timeline.", "14-18 weeks for a practice of Ridgeway's size, "
                                                       "including two weeks of parallel running."],
            ["D2", "Data migration.", "Demographics, appointments, problem lists, medications, allergies and "
                                      "discrete cardiology results for the last seven years. Scanned "
                                      "documents migrated as indexed PDFs."],
            ["D3", "Training approach.", "Train-the-trainer for super-users, plus role-based e-learning. "
                                         "On-site go-live support priced per day (see B2)."],
            ["D4", "Support hours and response targets.", "24x7 for system-down issues (30-minute "
                                                          "response); 7 a.m.-7 p.m. Eastern weekdays "
                                                          "for other issues (4-hour response)."],
            ["D5", "Uptime commitment.", "99.9% monthly, excluding scheduled maintenance on Sunday "
                                         "mornings; service credits of 5% of the monthly subscription "
                                         "per 0.1% shortfall."],
            ["D6", "Upgrades.", "Quarterly releases applied by Aldergrove at no charge; code-set "
                                "updates loaded before 1 January and 1 October."],
        ], (0.06, 0.38, 0.56)),
        ("h", "Section E - References"),
        ("p", "Three cardiology references are available on request after the shortlist stage: a 28-physician "
              "group in the Midwest, a 9-physician practice in New England and a hospital-affiliated "
              "heart-rhythm clinic."),
        ("small", "Responses are valid for 120 days and are subject to a definitive agreement. CPT is a "
                  "registered trademark of the American Medical Association."),
    ],
))

# P13 -- meeting notes; flat per organisation per year, AMA direct comparison
DOCS.append(dict(
    key="pass-notes-bluestem",
    vendor="Bluestem Medical Records, Inc.",
    coverage="pass_through",
    cpt_fee=fee(240.00, "organization", "year"),
    description="Practice's meeting notes recording that the EHR vendor charges one flat $240 a year for the "
                "whole group as its CPT pass-through, with an AMA-direct price worked out only for comparison.",
    theme="memo",
    header="MEETING NOTES",
    header_right="Hollis Creek Women's Health",
    footer="Internal - prepared by T. Varga",
    blocks=[
        ("title", "Vendor call: Bluestem EHR renewal"),
        ("kv", [("Date", "Wed 15 Oct 2025, 2:00-2:45 pm"),
                ("Attendees", "Hollis Creek: Tamara Varga (practice admin), Dr. Ines Okonkwo, Ray Duffy "
                              "(billing lead). Bluestem Medical Records, Inc.: Jordan Pell (account manager), "
                              "Sam Whitcomb (solutions)"),
                ("Purpose", "Review 2026 renewal quote; questions on AMA/CPT charge")]),
        ("h", "1. Renewal quote"),
        ("bullets", ["Per-provider subscription goes from $415 to $429/month (3.4%). 7 providers.",
                     "Interface maintenance for lab interface unchanged at $85/month.",
                     "Jordan offered 2 free training hours if we sign by 30 Nov."]),
        ("h", "2. CPT / AMA charge"),
        ("bullets", [
            "Ray asked why the quote has a line \"CPT pass-through - $240.00\".",
            "Jordan: Bluestem is an AMA distributor; the AMA royalty isn't in the subscription. For groups our "
            "size they charge **one flat $240 per year for the whole group**, not per provider or per user. "
            "Billed with the January invoice.",
            "Ray: our coders and front desk also touch codes - do they add cost? Jordan: no, flat covers all "
            "staff in Bluestem.",
            "Sam noted the flat amount is reviewed each year and \"might move a few dollars\" if the AMA "
            "changes its rate.",
        ]),
        ("h", "3. Comparison (our own maths, not from Bluestem)"),
        ("bullets", [
            "If we licensed CPT directly from the AMA for Bluestem: entity fee (assume $82.50) + $18.50 per "
            "user x about 22 users = ~$489.50/yr. So the flat $240 is cheaper.",
            "Reminder: direct licence would be per application anyway - our clearinghouse is separate.",
        ]),
        ("h", "Action items"),
        ("numbered", ["Jordan to send the renewal order form with the CPT line spelled out - by 22 Oct.",
                      "Ray to check clearinghouse contract for any CPT wording - by 29 Oct.",
                      "Tamara to take renewal to partners' meeting 5 Nov."]),
        ("small", "Notes circulated to attendees. Corrections to tvarga@holliscreekwh.example."),
    ],
))

# P14 -- slide handout, per provider per month
DOCS.append(dict(
    key="pass-slides-harborview",
    vendor="Harborview Practice Cloud, Inc.",
    coverage="pass_through",
    cpt_fee=fee(1.60, "provider", "month"),
    description="Slide-style sales handout listing a CPT licence charge of $1.60 per provider per month "
                "billed with the subscription, alongside free HCPCS/ICD-10 and a one-time training fee.",
    theme="slides",
    header="Harborview Practice Cloud",
    header_right="Pricing overview - for discussion",
    footer="Harborview Practice Cloud, Inc. - harborview.example",
    blocks=[
        ("title", "What you'll pay - and what you won't"),
        ("bullets", ["One subscription: **$129 per provider per month**, unlimited staff logins",
                     "No set-up fee on 24-month agreements (otherwise $600 one-time)",
                     "Remote training: $250 one-time for your whole team",
                     "Cancel with 60 days' notice after the first term"]),
        ("pagebreak",),
        ("title", "Code sets"),
        ("bullets", ["ICD-10-CM and HCPCS Level II: free - public government files, updated every October "
                     "and quarterly",
                     "CPT\u00ae codes: licensed from the AMA. The royalty is not inside the $129",
                     "**CPT licence charge: $1.60 per provider per month**, billed with your subscription",
                     "Staff logins don't add to the CPT charge - it's counted per provider"]),
        ("pagebreak",),
        ("title", "Example: 4-provider family practice"),
        ("table", ["Item", "Monthly"], [
            ["Subscription (4 x $129)", "$516.00"],
            ["CPT licence charge (4 x $1.60)", "$6.40"],
            ["Text reminders (est. 1,500 x $0.03)", "$45.00"],
            ["Monthly total", "$567.40"],
        ], (0.7, 0.3)),
        ("p", "Questions? Book time with our team at harborview.example/demo. CPT is a registered trademark of "
              "the American Medical Association."),
    ],
))

# P15 -- order form; cover summary says code sets included, pricing table (which controls) shows CPT per NPI
DOCS.append(dict(
    key="pass-orderform-quillfeather",
    vendor="Quillfeather Revenue Systems, Inc.",
    coverage="pass_through",
    cpt_fee=fee(27.00, "provider", "year"),
    description="Order form whose cover summary says code sets are included but whose pricing table, which "
                "an order-of-precedence clause makes control, charges an AMA CPT sublicence of $27.00 per NPI, "
                "with recurring fees stated per contract year in the table header.",
    theme="form",
    header="Quillfeather Revenue Systems",
    header_right="Order Form QRS-2026-0152",
    footer="Quillfeather Revenue Systems, Inc. - 12 Vellum Street, Inkwell Bay, NC 28401",
    blocks=[
        ("title", "Order Form"),
        ("kv", [("Customer", "Brightwater Gastroenterology, PLLC"), ("Order number", "QRS-2026-0152"),
                ("Order date", "6 January 2026"), ("Initial term", "Two contract years from the start date"),
                ("Start date", "1 February 2026")]),
        ("h", "Summary"),
        ("p", "Quillfeather RCM gives your team claim scrubbing, denial work queues and patient statements in "
              "one place. Your order includes the core platform for 4 physicians and 9 staff users, and all "
              "the code sets you need for claims are included."),
        ("h", "Pricing Table"),
        ("p", "All recurring fees in this table are charged per contract year, invoiced in advance on the start "
              "date and each anniversary."),
        ("table", ["Line", "Item", "Qty", "Unit", "Rate (USD)", "Extended"], [
            ["1", "Quillfeather RCM core platform", "4", "physician", "3,300.00", "13,200.00"],
            ["2", "Staff user access", "9", "user", "240.00", "2,160.00"],
            ["3", "AMA CPT\u00ae sublicence (pass-through)", "4", "NPI", "27.00", "108.00"],
            ["4", "ICD-10-CM / HCPCS Level II updates", "1", "account", "0.00", "0.00"],
            ["5", "Patient statement printing & mailing", "-", "statement", "0.62", "usage"],
        ], (0.06, 0.36, 0.07, 0.13, 0.16, 0.22)),
        ("p", "One-time fees (not recurring): implementation $3,900; clearinghouse connection $0; historical "
              "A/R import $750."),
        ("h", "Terms"),
        ("numbered", [
            "This Order Form is governed by the Quillfeather Master Services Agreement (MSA) v6.1.",
            "Order of precedence: if anything in the Summary conflicts with the Pricing Table, the Pricing "
            "Table controls. If this Order Form conflicts with the MSA, this Order Form controls for this "
            "order only.",
            "Line 3 is collected on behalf of the American Medical Association and may be adjusted once per "
            "contract year to reflect the AMA's royalty. It applies to each rendering NPI billed through the "
            "platform.",
            "Payment terms: net 30. Late amounts accrue interest at 1% per month.",
        ]),
        ("kv", [("Quillfeather Revenue Systems, Inc.", "By: Harold Beaumont, Sales Director    Date: 6 Jan 2026"),
                ("Brightwater Gastroenterology, PLLC", "By: ______________________    Date: __________")],
         (0.42, 0.58)),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))
