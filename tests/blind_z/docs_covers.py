"""blind_z documents whose label is vendor_covers (the vendor pays or includes the AMA royalty)."""

DOCS = []

# V1 -- help article: subscription includes the licence; per-user subscription price next to CPT words
DOCS.append(dict(
    key="cov-help-pinewood",
    vendor="Pinewood Clinical Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Help-centre article stating that the vendor pays the AMA royalty for every user and that "
                "no CPT charge is added, with the per-user subscription price shown nearby as a hard negative.",
    theme="help",
    header="Pinewood Support",
    header_right="Article 2041",
    footer="Pinewood Clinical Software, Inc. | support.pinewood.example",
    blocks=[
        ("title", "Do I need to pay the AMA for CPT codes?"),
        ("sub", "Last reviewed 9 January 2026 by the Pinewood Billing team"),
        ("p", "Short answer: **no**. You don't need to buy anything extra to use CPT\u00ae codes in Pinewood."),
        ("h", "Why not?"),
        ("p", "Pinewood has a distribution agreement with the American Medical Association. Under it we pay the "
              "AMA's royalty for every person on your account who can see or use CPT codes in Pinewood - "
              "providers, nurses, coders, billers and front-desk staff alike. That cost is part of what you "
              "already pay us; we don't add a separate CPT or AMA line to your invoice."),
        ("p", "Your subscription is $65 per user per month on the Essentials plan and $89 per user per month "
              "on Complete. Those prices already include CPT content. They have not gone up because of the "
              "AMA's 2026 royalty change."),
        ("h", "I got a letter saying every user needs an AMA licence. Is that true?"),
        ("p", "It's true that everyone who uses CPT codes in software needs to be covered by a licence. For "
              "Pinewood, you are covered through our agreement - your users receive a sublicence as part of "
              "the Pinewood terms of service. If you use CPT in other systems (a separate clearinghouse, a "
              "coding encoder), those products need their own cover; ask those vendors."),
        ("h", "Will you report my users to the AMA?"),
        ("p", "We report total user counts to the AMA as our agreement requires. We do not send the AMA your "
              "patients' information."),
        ("h", "What about ICD-10 and HCPCS?"),
        ("p", "ICD-10-CM and HCPCS Level II are public code sets published by the government. They are "
              "included too, and nobody charges a royalty for them."),
        ("h", "Related articles"),
        ("bullets", ["Updating to the 2026 code sets", "Adding and removing users",
                     "Understanding your invoice"]),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. Pinewood Clinical "
                  "Software, Inc., 1010 Timber Lane, Bend Hollow, OR 97701."),
    ],
))

# V2 -- order form with CPT line at $0.00 included, plus set-up and interface fees
DOCS.append(dict(
    key="cov-orderform-galloway",
    vendor="Galloway Health Information Systems, LLC",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Order form in which the AMA CPT content licence line is priced $0.00 and marked included, "
                "next to set-up, interface and per-provider subscription charges.",
    theme="form",
    header="Galloway Health Information Systems",
    header_right="Order Form GHIS-4471",
    footer="Galloway Health Information Systems, LLC - 250 Loch Street, New Dunmore, PA 18512",
    blocks=[
        ("title", "Order Form GHIS-4471"),
        ("kv", [("Customer", "Fairmont Urology Specialists, P.A."), ("Effective date", "1 March 2026"),
                ("Term", "36 months"), ("Billing frequency", "Monthly in advance; one-time fees on signature")]),
        ("h", "Products and services"),
        ("table", ["Item", "Quantity", "Price", "Notes"], [
            ["Galloway EHR + PM subscription", "5 providers", "$349.00 per provider per month",
             "Unlimited staff users"],
            ["AMA CPT\u00ae content licence", "All users", "$0.00", "Included in subscription"],
            ["ICD-10-CM / HCPCS Level II code sets", "All users", "$0.00", "Public code sets"],
            ["Set-up and configuration", "1", "$4,500.00", "One-time"],
            ["HL7 results interface (Tri-County Lab)", "1", "$2,750.00", "One-time; maintenance $95/month"],
            ["Urology templates pack", "1", "$0.00", "Promotional"],
            ["Document scanning stations", "2", "$39.00 per station per month", "Optional hardware lease"],
        ], (0.34, 0.14, 0.26, 0.26)),
        ("h", "Special terms"),
        ("numbered", [
            "CPT content is provided under Galloway's distribution licence from the American Medical "
            "Association. The royalty for Customer's users is paid by Galloway and is included in the "
            "subscription price; no separate CPT charge applies during the Term.",
            "Customer's users receive a non-exclusive, non-transferable sublicence to use CPT content only "
            "within Galloway EHR + PM, for Customer's internal purposes in the United States.",
            "The subscription price is fixed for the first 12 months and may then increase by no more than 5% "
            "per year.",
            "This Order Form is governed by the Galloway Subscription Terms v9.",
        ]),
        ("kv", [("Galloway Health Information Systems, LLC", "Signed: M. Strachan, COO   24 Feb 2026"),
                ("Fairmont Urology Specialists, P.A.", "Signed: Dr. K. Oduya, President   25 Feb 2026")],
         (0.45, 0.55)),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the American Medical Association."),
    ],
))

# V3 -- invoice with $0.00 CPT line, HCPCS publisher fee as hard negative
DOCS.append(dict(
    key="cov-invoice-ellsworth",
    vendor="Ellsworth Billing Technologies, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Monthly invoice with an \"AMA CPT royalty - included in subscription\" line at $0.00, "
                "beside a separate HCPCS Level II reference-data fee and a total.",
    theme="invoice",
    header="ELLSWORTH BILLING TECHNOLOGIES",
    header_right="Invoice EBT-77120",
    footer="Ellsworth Billing Technologies, Inc. - 5 Quarry Hill Road, Ellsworth Falls, ME 04605",
    blocks=[
        ("title", "Invoice EBT-77120"),
        ("kv", [("Bill to", "Seacoast Dermatology Group, LLC, 40 Wharf Street, Portland Cove, ME 04101"),
                ("Invoice date", "1 February 2026"), ("Period", "February 2026"), ("Terms", "Net 15"),
                ("Customer ID", "SDG-0093")]),
        ("table", ["Line", "Description", "Qty", "Rate", "Amount"], [
            ["1", "Ellsworth Claims Pro - provider licence (monthly)", "4", "$189.00", "$756.00"],
            ["2", "Additional staff login (monthly)", "6", "$19.00", "$114.00"],
            ["3", "AMA CPT\u00ae royalty - included in subscription", "10", "$0.00", "$0.00"],
            ["4", "HCPCS Level II annotated reference data (publisher edition), monthly", "1", "$14.00",
             "$14.00"],
            ["5", "Paper claim print-and-mail", "37", "$0.85", "$31.45"],
        ], (0.07, 0.5, 0.08, 0.15, 0.2)),
        ("kv", [("Subtotal", "$915.45"), ("Credits", "-$0.00"), ("**Amount due**", "**$915.45**")], (0.72, 0.28)),
        ("h", "Notes"),
        ("bullets", [
            "Line 3 is shown for transparency: Ellsworth pays the AMA royalty for all ten of your users under "
            "our AMA distribution agreement. You are not charged for it.",
            "Line 4 is an optional annotated HCPCS reference you added in December; the HCPCS code set itself "
            "is free. Remove it anytime under Account > Add-ons.",
            "Autopay is on for the card ending 2209. The charge will post on 16 February 2026.",
        ]),
        ("small", "Questions: billing@ellsworthbt.example or 207-555-0164. CPT is a registered trademark of the "
                  "American Medical Association."),
    ],
))

# V4 -- short terms of use with a sublicence grant, AMA notices, no fee; "Provider" = vendor
DOCS.append(dict(
    key="cov-terms-sterling",
    vendor="Sterling Brook Telehealth, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Short terms-of-use page in which \"Provider\" is the vendor and grants users a sublicence "
                "to CPT content with the AMA-required notices, and no CPT fee appears anywhere.",
    theme="terms",
    header="Sterling Brook Telehealth - Terms of Use",
    header_right="Version 4.3",
    footer="Sterling Brook Telehealth, Inc. - legal@sterlingbrook.example",
    blocks=[
        ("title", "Terms of Use"),
        ("sub", "Effective 1 December 2025"),
        ("p", "These Terms of Use govern access to the Sterling Brook virtual-visit platform (the \"Service\"). "
              "In these terms, \"Provider\" means Sterling Brook Telehealth, Inc., the company that operates "
              "the Service, and \"Subscriber\" means the clinic or practice that signed up, together with its "
              "authorized users."),
        ("h", "1. Access"),
        ("p", "Provider grants Subscriber a limited, non-exclusive right to access the Service during the "
              "subscription term for Subscriber's internal business purposes. Subscriber is responsible for "
              "keeping passwords confidential and for its users' compliance with these terms."),
        ("h", "2. Fees"),
        ("p", "Subscriber pays the subscription fees shown at checkout or in its order. Fees are billed monthly "
              "in advance and are non-refundable except as required by law."),
        ("h", "3. CPT content"),
        ("p", "The Service includes Current Procedural Terminology (CPT\u00ae) codes and descriptors from the "
              "American Medical Association (AMA), which Provider distributes under a licence from the AMA. "
              "Provider grants Subscriber and its authorized users a non-exclusive, non-transferable sublicence "
              "to use that CPT content solely within the Service, in the United States, for Subscriber's own "
              "visit documentation and billing. Subscriber may not copy, distribute, sell or create derivative "
              "works of the CPT content, or use it outside the Service."),
        ("p", "CPT only copyright 2025 American Medical Association. All rights reserved. Fee schedules, "
              "relative value units, conversion factors and/or related components are not assigned by the AMA, "
              "are not part of CPT, and the AMA is not recommending their use. The AMA does not directly or "
              "indirectly practice medicine or dispense medical services. The AMA assumes no liability for data "
              "contained or not contained herein."),
        ("p", "U.S. Government rights: CPT is commercial technical data developed exclusively at private expense "
              "by the AMA. Use by the U.S. Government is subject to the applicable FAR and DFARS restrictions."),
        ("p", "The AMA is a third-party beneficiary of this Section 3. If Provider's licence from the AMA ends, "
              "the sublicence in this Section ends at the same time."),
        ("h", "4. Subscriber data"),
        ("p", "Subscriber owns the clinical and business data it enters into the Service. Provider processes "
              "that data only to provide the Service, under the business associate agreement between the "
              "parties, and does not sell it. Provider may use de-identified, aggregated usage statistics to "
              "improve the Service."),
        ("h", "5. Availability and support"),
        ("p", "Provider aims to keep the Service available 99.5% of the time each month, excluding planned "
              "maintenance announced at least 48 hours in advance. Support is available by chat and e-mail "
              "from 7 a.m. to 9 p.m. Eastern, seven days a week. Provider may update the Service from time to "
              "time, provided that updates do not materially reduce its core functions."),
        ("h", "6. Acceptable use"),
        ("p", "Subscriber will not use the Service to record visits without patient consent where consent is "
              "required, share logins, upload malicious code, attempt to access other subscribers' data or "
              "use the Service outside the United States."),
        ("h", "7. Clinical responsibility"),
        ("p", "The Service is a communication and documentation tool. Subscriber's clinicians remain solely "
              "responsible for clinical decisions and for the accuracy of codes submitted to payers."),
        ("h", "8. Termination"),
        ("p", "Either party may end the subscription on 30 days' notice. Sections 3 (restrictions), 4, 7 and "
              "9 survive."),
        ("h", "9. General"),
        ("p", "These terms are governed by the laws of the State of Delaware. Notices to Provider go to "
              "legal@sterlingbrook.example."),
    ],
))

# V5 -- e-mail thread: earlier pass-through quote, latest says vendor absorbs royalty
DOCS.append(dict(
    key="cov-email-maplecrest",
    vendor="Maplecrest Health Systems, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="E-mail thread (newest first) where an earlier message quoted an $18-per-provider CPT "
                "pass-through but the vendor's latest message says it will absorb the AMA royalty with no CPT "
                "line on the invoice.",
    theme="email",
    header="Conversation export",
    header_right="Thread: AMA fee question",
    footer="Exported from the Maplecrest customer portal, 17 Jan 2026",
    blocks=[
        ("title", "AMA fee question (3 messages)"),
        ("email", [("From", "Eleanor Vance <evance@maplecrest.example>"),
                   ("To", "Darnell Price <dprice@oakviewfm.example>"),
                   ("Cc", "accounts@maplecrest.example"),
                   ("Date", "Fri, 16 Jan 2026 15:20 -0500"), ("Subject", "RE: AMA fee question")],
         ["Hi Darnell,",
          "Following up on my note from Tuesday with good news. After a lot of customer feedback, our "
          "leadership has decided that Maplecrest will absorb the AMA royalty for CPT content for all "
          "customers, starting with the 2026 code year. We will pay the AMA directly under our distribution "
          "agreement; there will be no CPT or AMA line on your invoices, this year or going forward.",
          "Please disregard the $18-per-provider charge I described earlier. If your January invoice already "
          "shows it, it will be reversed automatically on the February statement.",
          "Kind regards,",
          "Eleanor Vance, Customer Success Manager, Maplecrest Health Systems, Inc."]),
        ("email", [("From", "Darnell Price <dprice@oakviewfm.example>"),
                   ("To", "Eleanor Vance <evance@maplecrest.example>"),
                   ("Date", "Wed, 14 Jan 2026 08:47 -0500"), ("Subject", "RE: AMA fee question")],
         ["Eleanor, thanks. Honestly this is frustrating - our contract price was supposed to be all-in. Can "
          "you check whether this can be waived? We have 11 providers.",
          "Darnell Price, COO, Oakview Family Medicine"]),
        ("email", [("From", "Eleanor Vance <evance@maplecrest.example>"),
                   ("To", "Darnell Price <dprice@oakviewfm.example>"),
                   ("Date", "Tue, 13 Jan 2026 10:05 -0500"), ("Subject", "AMA fee question")],
         ["Hi Darnell,",
          "You asked about the new line on the January invoice. The AMA charges a royalty for CPT codes, and "
          "for 2026 we planned to pass it through at $18 per provider per year. I'll check with our finance "
          "team about your contract and come back to you.",
          "Eleanor"]),
        ("rule",),
        ("small", "Maplecrest Health Systems, Inc. - 900 Sugarbush Road, Montpelier Heights, VT 05602."),
    ],
))

# V6 -- renewal notice: subscription increase, CPT royalty still covered
DOCS.append(dict(
    key="cov-renewal-thornbury",
    vendor="Thornbury Medical Cloud, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Renewal notice announcing a 4% subscription increase while stating that the vendor keeps "
                "paying the AMA royalty and adds no separate CPT charge.",
    theme="letter",
    header="Thornbury Medical Cloud",
    header_right="Renewal notice",
    footer="Thornbury Medical Cloud, Inc. - 315 Hedgerow Lane, Thornbury Park, NJ 07901",
    blocks=[
        ("title", "Your 2026 renewal"),
        ("kv", [("Account", "Willow Bend Pediatrics, P.C. (TMC-22017)"), ("Renewal date", "1 March 2026"),
                ("Notice date", "2 January 2026")]),
        ("p", "Hello Willow Bend team,"),
        ("p", "Your Thornbury subscription renews on 1 March 2026 for another 12 months. Here is what to "
              "expect."),
        ("h", "Your new price"),
        ("table", ["Item", "Current", "From 1 March 2026"], [
            ["Provider subscription (per provider per month)", "$278.00", "$289.12"],
            ["Staff user (per user per month)", "$22.00", "$22.88"],
            ["Patient portal (flat, per month)", "$60.00", "$60.00"],
        ], (0.52, 0.24, 0.24)),
        ("p", "The 4% increase reflects hosting and security investments made this year, including "
              "round-the-clock monitoring and a second US data centre."),
        ("h", "What is not changing"),
        ("bullets", [
            "**CPT\u00ae codes.** Many practices have asked us about the AMA's royalty for CPT codes. Thornbury "
            "continues to pay that royalty for all of your users under our agreement with the AMA. It is "
            "included in the prices above, and we will not add a separate CPT charge.",
            "Your support plan, data retention and HIPAA business associate agreement.",
            "Your implementation credits - any unused credits remain available until 28 February 2027.",
        ]),
        ("h", "If you want to make changes"),
        ("p", "To add or remove users or change plans, reply to this notice by 30 January 2026 or contact "
              "renewals@thornbury.example. If we don't hear from you, your subscription renews as shown."),
        ("p", "Thank you for choosing Thornbury."),
        ("p", "Kim Alvarado, Customer Renewals Lead, Thornbury Medical Cloud, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# V7 -- clearinghouse service summary where "Provider" is the practice; royalty included in per-claim fees
DOCS.append(dict(
    key="cov-clearinghouse-riverstone",
    vendor="Riverstone Claims Exchange, L.P.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Clearinghouse service summary in which \"Provider\" is the practice and the clearinghouse "
                "states that the AMA royalty for Provider's users is included in its per-claim fees.",
    theme="terms",
    header="Riverstone Claims Exchange",
    header_right="Provider Service Summary",
    footer="Riverstone Claims Exchange, L.P. - 8 Levee Street, Baton Shoals, LA 70801",
    blocks=[
        ("title", "Provider Service Summary"),
        ("sub", "Attachment 1 to the Riverstone Provider Enrollment Agreement - edition 2026.1"),
        ("p", "This summary explains the services Riverstone Claims Exchange, L.P. (\"Riverstone\") provides to "
              "the health care provider that enrolled (\"Provider\"), and the fees Provider pays."),
        ("h", "1. Services"),
        ("bullets", ["Submission of professional (837P) and institutional (837I) claims to connected payers.",
                     "Claim scrubbing against payer edits, including CPT\u00ae / ICD-10-CM pairing checks.",
                     "Electronic remittance (835) delivery and eligibility (270/271) look-ups.",
                     "A web portal with claim status, rejection work lists and reports."]),
        ("h", "2. Fees"),
        ("table", ["Service", "Fee"], [
            ["Claims submitted to connected payers", "$0.29 per claim"],
            ["Claims dropped to paper", "$0.79 per claim"],
            ["Eligibility look-ups", "First 500 per month free, then $0.10 each"],
            ["ERA enrollment", "$0.00"],
            ["Monthly minimum", "$25.00 per Provider tax ID"],
        ], (0.6, 0.4)),
        ("h", "3. Code sets"),
        ("p", "Riverstone's portal and scrubber display and use CPT content. Riverstone is party to a "
              "distribution licence agreement with the American Medical Association, and the royalty for "
              "Provider's users of the portal is included in the per-claim fees in Section 2. Provider does "
              "not need to purchase a separate CPT licence to use the Riverstone portal, and Riverstone will "
              "not invoice Provider for CPT royalties."),
        ("p", "That licence covers the Riverstone portal only. Provider's practice-management or EHR system "
              "needs its own cover from its vendor."),
        ("h", "4. Provider responsibilities"),
        ("bullets", ["Keep payer enrollments and NPI data current.",
                     "Review rejection lists at least weekly.",
                     "Notify Riverstone within 5 business days of a change of tax ID or ownership."]),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. Applicable FARS/DFARS "
                  "restrictions apply to government use."),
    ],
))

# V8 -- procurement questionnaire; double negatives; royalty included
DOCS.append(dict(
    key="cov-questionnaire-ashcombe",
    vendor="Ashcombe Digital Health, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Vendor's procurement-questionnaire answers stating it holds an AMA distribution licence and "
                "that royalties are included in subscription fees, worded with negations and a double negative.",
    theme="quest",
    header="Security & Licensing Questionnaire",
    header_right="Respondent: Ashcombe Digital Health",
    footer="Ashcombe Digital Health, Inc. - response for Northgate Neurology Associates",
    blocks=[
        ("title", "Licensing & compliance questionnaire - vendor answers"),
        ("kv", [("Requesting practice", "Northgate Neurology Associates, S.C."),
                ("Vendor", "Ashcombe Digital Health, Inc."), ("Completed by", "Victor Lanning, Compliance Officer"),
                ("Date", "3 November 2025")]),
        ("table", ["No.", "Question", "Vendor answer"], [
            ["L-1", "Does your product contain CPT\u00ae content?", "Yes. CPT codes and full descriptors are "
                                                                   "used in order entry, charge capture and "
                                                                   "claims."],
            ["L-2", "Do you hold a current AMA distribution licence?", "Yes. Ashcombe has held a distribution "
                                                                       "licence with the AMA since 2017 and "
                                                                       "renews it annually. We warrant that it "
                                                                       "is in force."],
            ["L-3", "Is the CPT royalty charged to the customer separately?", "No. The AMA royalty for all of "
                                                                              "your users is included in the "
                                                                              "subscription fees. There is no "
                                                                              "separate CPT charge."],
            ["L-4", "Will the customer need its own AMA licence for your product?",
             "No. It is not the case that your practice would be left without cover: every user of the "
             "product is sublicensed under our agreement for as long as your subscription is active."],
            ["L-5", "Who reports user counts to the AMA?", "Ashcombe reports counts. We do not disclose "
                                                           "patient data."],
            ["L-6", "Does the licence cover affiliates?", "Only entities listed on your order form. Additional "
                                                          "legal entities must be added by order."],
            ["L-7", "Are there fees for ICD-10-CM, HCPCS Level II or SNOMED CT?", "No fees. ICD-10-CM and "
                                                                                   "HCPCS Level II are public; "
                                                                                   "SNOMED CT is free in the US "
                                                                                   "under the UMLS licence."],
            ["L-8", "Will you indemnify the customer for licensing shortfalls?", "Yes, for CPT content "
                                                                                 "provided in the product, "
                                                                                 "per Section 11 of our "
                                                                                 "subscription agreement."],
        ], (0.08, 0.37, 0.55)),
        ("h", "Pricing reference (from proposal)"),
        ("p", "Subscription: $310 per neurologist per month; $45 per additional staff user per month; "
              "implementation $6,000 one-time; EEG device interface $1,800 one-time."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# V9 -- release notes: 2026 code set loaded, licence included at no additional cost
DOCS.append(dict(
    key="cov-release-fernhill",
    vendor="Fernhill Software Group, LLC",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Release notes for the annual code-set update stating that the AMA licence for CPT content "
                "remains included in the subscription at no additional cost.",
    theme="help",
    header="Fernhill PM",
    header_right="Release notes - December 2025",
    footer="Fernhill Software Group, LLC | status.fernhill.example",
    blocks=[
        ("title", "December 2025 release: 2026 code sets and more"),
        ("sub", "Version 31.0 - available 15 December 2025"),
        ("h", "Code sets"),
        ("bullets", [
            "The 2026 CPT\u00ae code set is loaded and takes effect for dates of service from 1 January 2026. "
            "Deleted 2025 codes remain available for earlier dates of service.",
            "HCPCS Level II January quarterly update loaded.",
            "ICD-10-CM FY2026 codes were loaded in October and are unchanged.",
            "As always, Fernhill's licence for CPT content from the American Medical Association is included "
            "in your subscription at no additional cost. Fernhill pays the royalty; there is nothing to buy "
            "and no new charge on your invoice.",
        ]),
        ("h", "New"),
        ("bullets", ["Batch eligibility now runs overnight for the next three days' appointments.",
                     "Payment plans can be set up from the patient ledger in two clicks.",
                     "New report: denials by CPT code and payer, with drill-down to the claim."]),
        ("h", "Improved"),
        ("bullets", ["The charge-entry screen remembers your last used place of service.",
                     "Statement messages can be up to 500 characters."]),
        ("h", "Fixed"),
        ("bullets", ["Corrected rounding on anaesthesia time units over four hours.",
                     "Fixed duplicate reminder texts for recurring appointments."]),
        ("h", "Action needed"),
        ("p", "Review your fee schedule for the new 2026 codes under Setup > Fee Schedules. Fernhill does not "
              "set your fees."),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. Fee schedules, "
                  "relative value units, conversion factors and/or related components are not assigned by the "
                  "AMA. Fernhill Software Group, LLC, 62 Bracken Road, Fernhill, WI 53005."),
    ],
))

# V10 -- support chat; AMA direct price mentioned by the customer as a hard negative
DOCS.append(dict(
    key="cov-chat-lindenhall",
    vendor="Lindenhall EHR Solutions, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Support-chat transcript in which the agent says the vendor is an AMA-licensed distributor "
                "and the royalty is built into the per-seat price, while the customer quotes the AMA's direct "
                "per-user rate.",
    theme="chat",
    header="Lindenhall Support Chat",
    header_right="Session LH-30981",
    footer="Lindenhall EHR Solutions, Inc. | chat transcripts are provided for your records",
    blocks=[
        ("title", "Support chat - saved transcript"),
        ("kv", [("Date", "Thursday 8 January 2026"), ("Customer", "Gwen Halloran, Billing Manager, Saltmarsh "
                                                                  "Chiropractic"),
                ("Agent", "Marcus (Account Support)")]),
        ("chat", [
            ("14:31", "Gwen", "Hi. A colleague told me the AMA charges $18.50 a user for CPT. Do we need to "
                              "buy that for everyone who uses Lindenhall? We have 9 users."),
            ("14:32", "Marcus", "Hi Gwen! Good question and a common one this month."),
            ("14:32", "Marcus", "For Lindenhall you don't need to buy anything. We're an AMA-licensed "
                                "distributor and the royalty is baked into your per-seat price ($72 per seat "
                                "per month on your plan)."),
            ("14:33", "Gwen", "So no extra line on our invoice for CPT?"),
            ("14:33", "Marcus", "Correct - no extra line, now or at renewal. The $18.50 your colleague "
                                "mentioned is what the AMA charges when a practice licenses directly. That "
                                "applies to systems where the vendor doesn't include it."),
            ("14:34", "Gwen", "Our clearinghouse is separate though."),
            ("14:35", "Marcus", "Right, our cover is for Lindenhall only. Your clearinghouse would need to "
                                "answer for its own portal."),
            ("14:35", "Gwen", "Perfect. Can you put that in writing?"),
            ("14:36", "Marcus", "Sure - it's in section 6.2 of your subscription terms, and I'll email you "
                                "this transcript too."),
            ("14:36", "Gwen", "Thanks!"),
        ]),
        ("rule",),
        ("small", "Transcript sent to ghalloran@saltmarshchiro.example. Lindenhall EHR Solutions, Inc., 410 "
                  "Linden Avenue, Hallsport, OH 43215."),
    ],
))

# V11 -- pricing page with footnote: CPT included, add-on fees elsewhere
DOCS.append(dict(
    key="cov-pricing-kingsmere",
    vendor="Kingsmere Therapy Notes, LLC",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Pricing page with plan columns whose footnote says CPT content licensed from the AMA is "
                "included in every plan with no add-on fee, next to priced add-ons.",
    theme="pricing",
    header="Kingsmere",
    header_right="Plans & pricing",
    footer="Kingsmere Therapy Notes, LLC | kingsmere.example | prices in USD",
    blocks=[
        ("title", "Plans for every practice"),
        ("sub", "Notes, scheduling, billing and telehealth for therapists, counselors and group practices."),
        ("table", ["", "Solo", "Team", "Clinic"], [
            ["Monthly price", "$49 per clinician", "$44 per clinician", "$39 per clinician"],
            ["Minimum", "1 clinician", "2 clinicians", "10 clinicians"],
            ["Progress notes & treatment plans", "Yes", "Yes", "Yes"],
            ["CPT\u00ae & ICD-10 codes on superbills and claims*", "Yes", "Yes", "Yes"],
            ["Insurance claims", "Yes", "Yes", "Yes"],
            ["Telehealth", "Yes", "Yes", "Yes"],
            ["Supervision workflow", "-", "Yes", "Yes"],
            ["Admin seats", "1 free", "3 free", "Unlimited"],
        ], (0.34, 0.22, 0.22, 0.22)),
        ("h", "Add-ons"),
        ("table", ["Add-on", "Price"], [
            ["Text & email reminders", "$10 per clinician per month"],
            ["Online intake forms", "$8 per clinician per month"],
            ["Data import from another EHR", "$150 one-time"],
        ], (0.6, 0.4)),
        ("h", "Questions"),
        ("qa", "Is there a free trial?", "Yes, 30 days, no card required."),
        ("qa", "Do you charge an AMA fee?", "No. See the note below."),
        ("notes", ["* CPT\u00ae content licensed from the American Medical Association is included in every "
                   "plan. Kingsmere pays the AMA royalty; there are no add-on fees for CPT codes, and there "
                   "won't be any AMA fee on your invoice.",
                   "CPT is a registered trademark of the American Medical Association."]),
    ],
))

# V12 -- amendment deleting a pass-through fee; vendor bears royalty
DOCS.append(dict(
    key="cov-amendment-gresham",
    vendor="Gresham Practice Technologies, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Amendment that deletes the master agreement's $16-per-user CPT pass-through section and "
                "makes the vendor bear the AMA royalty for all authorized users.",
    theme="terms",
    header="Gresham Practice Technologies",
    header_right="First Amendment",
    footer="Gresham Practice Technologies, Inc. - 1200 Granary Road, Gresham Falls, IL 61701",
    blocks=[
        ("title", "First Amendment to Subscription Agreement"),
        ("p", "This First Amendment (the \"Amendment\") is made on 20 January 2026 (the \"Amendment Date\") "
              "between Gresham Practice Technologies, Inc. (\"Vendor\") and Prairie Sky Internal Medicine, "
              "S.C. (\"Customer\"), and amends the Subscription Agreement between them dated 1 April 2024 (the "
              "\"Agreement\")."),
        ("h", "Background"),
        ("p", "Section 4.3 of the Agreement (\"CPT Pass-Through Fee\") requires Customer to pay Vendor sixteen "
              "dollars ($16.00) per Authorized User per year for the American Medical Association royalty on "
              "CPT\u00ae content. The parties have agreed to remove that fee as part of Customer's early "
              "renewal."),
        ("h", "Amendments"),
        ("numbered", [
            "Effective on the Amendment Date, Section 4.3 of the Agreement is deleted in its entirety and "
            "replaced with: \"4.3 CPT Royalty. Vendor shall bear and pay the AMA royalty for CPT content for "
            "all Authorized Users. No CPT fee is payable by Customer.\"",
            "Any CPT Pass-Through Fee invoiced for periods after the Amendment Date will be credited.",
            "Section 7.1 (Term) is amended so the current term ends on 31 March 2029.",
            "Exhibit A (Pricing) is replaced by the Exhibit A attached to this Amendment, which increases the "
            "per-provider subscription fee from $295 to $305 per month.",
        ]),
        ("h", "General"),
        ("p", "Except as set out above, the Agreement is unchanged. If the Agreement and this Amendment "
              "conflict, this Amendment controls. This Amendment may be signed electronically."),
        ("kv", [("Gresham Practice Technologies, Inc.", "Lydia Crane, General Counsel"),
                ("Prairie Sky Internal Medicine, S.C.", "Dr. Omar Haddad, President")], (0.45, 0.55)),
        ("pagebreak",),
        ("h", "Exhibit A (Pricing) - as amended"),
        ("table", ["Item", "Fee"], [
            ["Gresham EHR subscription", "$305 per provider per month"],
            ["Staff users", "Included"],
            ["Lab interface maintenance", "$80 per month"],
            ["CPT royalty", "Paid by Vendor (Section 4.3)"],
        ], (0.55, 0.45)),
        ("p", "Fees are invoiced monthly in advance. Subscription fees may be increased once per year, from the "
              "second anniversary of the Agreement, by no more than the lesser of 5% or the change in the "
              "Consumer Price Index for the previous twelve months."),
        ("p", "Authorized Users are the individuals Customer permits to access the Gresham EHR, including "
              "providers, clinical staff, billing staff and contractors working on Customer's behalf. "
              "Customer will keep its list of Authorized Users current in the administration console."),
    ],
))

# V13 -- onboarding checklist: nothing to do for CPT, sublicence included, vendor reports counts
DOCS.append(dict(
    key="cov-onboard-hartwell",
    vendor="Hartwell Behavioral Health Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Onboarding checklist telling the practice that its CPT sublicence is included with the "
                "platform and that the vendor reports user counts to the AMA, so no CPT purchase is needed.",
    theme="help",
    header="Hartwell Onboarding",
    header_right="Go-live checklist",
    footer="Hartwell Behavioral Health Software, Inc. | onboarding@hartwell.example",
    blocks=[
        ("title", "Your go-live checklist"),
        ("p", "Work through these items with your onboarding specialist. Most practices finish in two to three "
              "weeks. Tick each box as you go."),
        ("h", "Account & users"),
        ("check", [(True, "Sign the subscription agreement and business associate agreement", "Done"),
                   (False, "Add each staff member and pick their role (clinician, biller, front desk, admin)",
                    "Week 1"),
                   (False, "Turn on two-factor sign-in for everyone", "Week 1")]),
        ("h", "Clinical set-up"),
        ("check", [(False, "Choose note templates (intake, progress, group, discharge)", "Week 1"),
                   (False, "Set appointment types and default durations", "Week 1"),
                   (False, "Load your service list - we map it to CPT\u00ae codes with you", "Week 2")]),
        ("h", "Code-set licensing"),
        ("check", [(True, "CPT licence - nothing for you to do. Your CPT sublicence is included with the "
                          "Hartwell platform; we pay the AMA royalty and report user counts to the AMA",
                    "Included"),
                   (True, "ICD-10-CM diagnosis codes - public, preloaded", "Included")]),
        ("h", "Billing"),
        ("check", [(False, "Enter payer IDs and enrol for electronic remittance", "Week 2"),
                   (False, "Connect your card processor for copays ($0.30 + 2.7% per card charge)", "Week 2"),
                   (False, "Send a test claim", "Week 3")]),
        ("h", "Go-live day"),
        ("bullets", ["Your specialist joins a 30-minute huddle at 8 a.m.",
                     "The support line has priority routing for your first two weeks: 888-555-0136.",
                     "After go-live, submit questions at help.hartwell.example."]),
        ("small", "CPT is a registered trademark of the American Medical Association. Hartwell Behavioral "
                  "Health Software, Inc., 27 Quiet Harbor Drive, Salem Neck, MA 01970."),
    ],
))
