"""blind_ab documents, part C: the practice must hold its own CPT licence."""

DOCS = []

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_help_import_own_file",
    vendor="Meadowlark Charting, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Help article explaining that the product ships without CPT codes and the practice must import a "
         "CPT file licensed from the AMA or another distributor covering all its users; ICD-10/HCPCS are preloaded free.",
    style="help", brand="Meadowlark Help Center", nav="Setup > Code sets",
    site="help.meadowlark.example/setup/import-cpt",
    footer="\u00a9 2025 Meadowlark Charting, Inc. \u00b7 help.meadowlark.example",
    title="Importing your CPT code file",
    blocks=[
        ("h1", "Importing your CPT\u00ae code file"),
        ("small", "Setup \u00b7 Code sets \u00b7 Applies to Meadowlark Charting 9.x"),
        ("p", "Meadowlark comes with diagnosis and supply codes ready to use. Procedure codes are different: "
              "you bring them. This article explains why and walks you through the import."),
        ("h2", "Which code sets are already loaded?"),
        ("table", [["Code set", "In Meadowlark?", "Cost"],
                   ["ICD-10-CM", "Preloaded, updated each October", "No charge"],
                   ["HCPCS Level II", "Preloaded, updated quarterly", "No charge"],
                   ["CPT", "Not included \u2014 you import it", "Licensed by your practice"]],
         {"widths": [1.8, 3, 2]}),
        ("h2", "Why doesn't Meadowlark include CPT?"),
        ("p", "CPT codes and descriptors are copyrighted by the American Medical Association. Meadowlark is "
              "not an AMA distributor, so we can't supply them. Your practice needs its own CPT licence "
              "\u2014 from the AMA or from another authorized distributor \u2014 and that licence must cover "
              "every person at your practice who will see or use the codes in Meadowlark, including "
              "front-desk and billing staff."),
        ("h2", "How do I import the file?"),
        ("ol", ["Download the current-year CPT data file you have licensed (tab-delimited format).",
                "In Meadowlark, go to <b>Settings > Code sets > CPT</b> and choose <b>Import file</b>.",
                "Select the file and confirm the year. The import takes about two minutes.",
                "Open <b>Fee schedule</b> and link your prices to the new codes."]),
        ("h2", "What if I only use a handful of codes?"),
        ("p", "You can type codes into your fee schedule by hand, but the licence requirement is the same: "
              "entering CPT codes into software yourself still requires a licence for the people who use them."),
        ("note", "Tip: add a reminder for early December. New CPT codes take effect on January 1 and the "
                 "file is usually available in the autumn."),
        ("small", "Related: Updating your fee schedule \u00b7 Mapping old codes to new ones \u00b7 Contact "
                  "support@meadowlark.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_ama_internal_use_order",
    vendor="American Medical Association",
    coverage="customer_must_license",
    fee=None,
    desc="Order confirmation and summary terms of a CPT internal-use licence that a practice takes directly "
         "from the AMA for one named application; the practice itself is the licensee, so it licenses directly.",
    style="tos", title="CPT Internal Use License - Order Confirmation",
    footer="American Medical Association \u00b7 CPT Internal Use License \u00b7 Order confirmation IUL-26-004518",
    blocks=[
        ("h1", "CPT\u00ae Internal Use License \u2014 Order Confirmation"),
        ("kv", [("Licensor", "American Medical Association (\"AMA\")"),
                ("Licensee", "Sorrel Creek Family Medicine, PLLC"),
                ("Licensee address", "410 Tannery Row, Hadley Springs, VT 05090"),
                ("Confirmation no.", "IUL-26-004518"),
                ("License year", "January 1, 2026 to December 31, 2026"),
                ("Licensed application", "Coldwater PM, a practice-management system supplied by Hallett "
                                         "Software Works, Inc., which does not distribute CPT content")]),
        ("h2", "Fees for this license year"),
        ("table", [["Item", "Quantity", "Amount"],
                   ["Entity fee", "1 legal entity", "$82.50"],
                   ["User royalty at $18.50 per user", "14 users", "$259.00"],
                   ["Total due", "", "$341.50"]], {"widths": [3.2, 1.8, 1.6], "last_bold": True}),
        ("h2", "Summary of license terms"),
        ("p", "1. <b>Grant.</b> The AMA grants Licensee a non-exclusive, non-transferable license to use the "
              "CPT data file for Licensee's internal purposes, in the licensed application only, within "
              "the United States, during the license year."),
        ("p", "2. <b>Users.</b> The user count is the number of individuals who access CPT in the licensed "
              "application or rely on its CPT output to do their work, counted by named individual and "
              "not by concurrent session. Licensee reported 3 physicians and 11 staff."),
        ("p", "3. <b>Changes in users.</b> Licensee will report any increase in users within 30 days and "
              "pay the royalty for added users for the rest of the license year."),
        ("p", "4. <b>Other applications.</b> This license covers only the licensed application named above. "
              "Use of CPT in any other product requires its own license, either from the AMA or through "
              "that product's supplier if it is an authorized distributor."),
        ("p", "5. <b>No sharing.</b> Licensee may not make CPT available to any affiliate, subsidiary or "
              "other legal entity, or to anyone outside its workforce."),
        ("p", "6. <b>Audit.</b> On reasonable notice the AMA may verify Licensee's user count once a year."),
        ("p", "7. <b>Renewal.</b> The license renews for the next year on payment of that year's fees."),
        ("sp", 8),
        ("p", "Accepted for Licensee: Dr. Carys Whitlock, Owner \u2014 signed electronically on "
              "December 2, 2025."),
        ("small", "CPT is a registered trademark of the American Medical Association. This confirmation "
                  "summarizes the license agreement accepted by Licensee; the full agreement governs."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_forum_not_a_distributor",
    vendor="Vireo Cloud Systems, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Forum thread where vendor staff confirm the company is not an AMA distributor and each practice "
         "must obtain its own CPT licence and upload the file; 'provider' is used by a user to mean the old vendor.",
    style="forum", brand="Vireo Community", nav="Q&A > Billing setup",
    site="community.vireocloud.example/qa/3307",
    footer="Vireo Community \u00b7 a forum of Vireo Cloud Systems, Inc. \u00b7 community.vireocloud.example",
    title="Do we need our own CPT license to use Vireo?",
    blocks=[
        ("h1", "Do we need our own CPT license to use Vireo?"),
        ("small", "Q&A \u00b7 Billing setup \u00b7 6 answers"),
        ("post", {"author": "Keisha at Brookfield PT", "role": "Customer", "date": "Feb 3, 2025"}),
        ("p", "Setting up our fee schedule and the CPT list is empty. Our previous provider (the software "
              "company, not a clinician!) had CPT codes built in and included the license. Is that not the "
              "case with Vireo? Do we really have to get our own?"),
        ("post", {"author": "Ana Pereira", "role": "Vireo Support", "date": "Feb 3, 2025"}),
        ("p", "Hi Keisha, thanks for asking here. Yes, you do. Vireo is not an AMA-authorized distributor, "
              "so we can't include CPT content or sublicense it to you. Each practice using Vireo needs its "
              "own CPT license from the AMA or from an authorized distributor, covering the people at your "
              "practice who use the codes in Vireo. Once you have the file, upload it under "
              "<b>Admin > Code Libraries > CPT</b>."),
        ("post", {"author": "Keisha at Brookfield PT", "role": "Customer", "date": "Feb 4, 2025"}),
        ("p", "OK. Does Vireo sell the license or add it to our bill?"),
        ("post", {"author": "Ana Pereira", "role": "Vireo Support", "date": "Feb 4, 2025"}),
        ("p", "No, we don't sell it and it won't appear on your Vireo invoice. The license is between your "
              "practice and whoever you buy it from. Your Vireo subscription ($45 per user per month on the "
              "Clinic plan) covers the software only."),
        ("post", {"author": "mike_dpt_owner", "role": "Customer", "date": "Feb 5, 2025"}),
        ("p", "We went direct to the AMA last year. Took about a week. Make sure you count your front desk "
              "too, not just therapists."),
        ("post", {"author": "Ana Pereira", "role": "Vireo Support", "date": "Feb 5, 2025"}),
        ("p", "Good advice, thanks Mike. ICD-10 codes, by the way, are built into Vireo and don't need a "
              "license."),
        ("hr",),
        ("small", "Vireo Support answers reflect our policy on the date posted. Email "
                  "help@vireocloud.example for account questions."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_tos_onepage_customer_codes",
    vendor="Pebblestone Labs, LLC",
    coverage="customer_must_license",
    fee=None,
    desc="One-page terms of service of a small billing tool making the practice solely responsible for "
         "obtaining and paying for any licence for CPT codes it enters, next to a per-user subscription price.",
    style="tos", title="Pebblestone Billing Terms of Service",
    footer="Pebblestone Labs, LLC \u00b7 Terms of Service \u00b7 Last updated May 2025",
    blocks=[
        ("h1", "Pebblestone Billing \u2014 Terms of Service"),
        ("p", "Pebblestone Billing is a lightweight claims and invoicing tool made by Pebblestone Labs, LLC "
              "(\"Pebblestone\", \"we\"). These terms apply to you, the practice that creates an account."),
        ("p", "<b>1. Price.</b> $35 per user per month, billed monthly. Cancel any time; we don't prorate "
              "the month you cancel in."),
        ("p", "<b>2. What you get.</b> Claim creation and submission, patient invoices, payment tracking and "
              "basic reports. Pebblestone does not include any procedure code library."),
        ("p", "<b>3. Codes you enter.</b> The service lets you type or upload procedure and diagnosis codes. "
              "You are solely responsible for obtaining and keeping any licence required for the CPT\u00ae "
              "codes you enter or upload, including a licence from the American Medical Association or one "
              "of its authorized distributors, and for paying any fees for that licence. Pebblestone does "
              "not grant you any right to use CPT."),
        ("p", "<b>4. Your data.</b> You own your data. We use it only to run the service. You can export "
              "everything as CSV at any time."),
        ("p", "<b>5. Security.</b> We encrypt data in transit and at rest and sign a Business Associate "
              "Agreement with every paying account."),
        ("p", "<b>6. Availability.</b> We try hard to keep the service running but don't promise it will "
              "never go down. Planned maintenance is announced at status.pebblestone.example."),
        ("p", "<b>7. Liability.</b> Our total liability is limited to what you paid us in the previous three "
              "months."),
        ("p", "<b>8. Changes.</b> We'll email you 30 days before changing these terms or our prices."),
        ("p", "<b>9. Law.</b> Oregon law applies."),
        ("small", "Contact: hello@pebblestone.example \u00b7 Pebblestone Labs, LLC, 19 Cannery Steps, "
                  "Astoria Bend, OR 97104"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_email_latest_direct_licence",
    vendor="Heronsgate Software, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="E-mail thread where an earlier reply says CPT is included, but the latest e-mail corrects it: from "
         "January the product no longer includes CPT and the practice must license it directly from the AMA.",
    style="email", title="RE: Is CPT included?",
    footer="Heronsgate Software, Inc. \u00b7 success@heronsgate.example",
    blocks=[
        ("email", {"from": "Priyanka Rao <prao@heronsgate.example>",
                   "to": "Tom Ellison <tellison@millbrookurology.example>",
                   "date": "Friday, December 5, 2025 1:18 PM",
                   "subject": "RE: RE: Is CPT included? (correction)"}),
        ("p", "Hi Tom,"),
        ("p", "I need to correct what I told you last month, and I'm sorry for the mix-up. From January 1, "
              "2026, Heronsgate will no longer include CPT content in the product. Our distribution "
              "arrangement with the AMA is not being renewed. That means your practice will need to license "
              "CPT directly from the American Medical Association (or another authorized distributor) for "
              "your users of Heronsgate, and load the yearly CPT file using the import tool. We won't be "
              "reselling CPT or adding it to your invoice."),
        ("p", "Your ICD-10-CM and HCPCS Level II updates continue as before, and your subscription price is "
              "unchanged. I've attached our import guide and I'm happy to join a call with your billing lead."),
        ("p", "Priyanka Rao<br/>Customer Success Manager, Heronsgate Software, Inc."),
        ("hr",),
        ("email", {"from": "Priyanka Rao <prao@heronsgate.example>",
                   "to": "Tom Ellison <tellison@millbrookurology.example>",
                   "date": "Tuesday, November 11, 2025 9:26 AM",
                   "subject": "RE: Is CPT included?"}),
        ("p", "Hi Tom, yes \u2014 CPT codes are included in your Heronsgate plan, so there is nothing extra "
              "to buy. Let me know if you have other questions before your renewal."),
        ("hr",),
        ("email", {"from": "Tom Ellison <tellison@millbrookurology.example>",
                   "to": "Priyanka Rao <prao@heronsgate.example>",
                   "date": "Monday, November 10, 2025 4:51 PM",
                   "subject": "Is CPT included?"}),
        ("p", "Priyanka, our compliance officer asked me to confirm whether we need a separate CPT license "
              "for Heronsgate or whether it's covered by our subscription. Can you let me know?<br/>Thanks, "
              "Tom Ellison, Practice Administrator, Millbrook Urology"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_plan_compare_bring_own",
    vendor="Tallgrass Health Apps, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Plan-comparison page showing CPT as 'Bring your own licence' on every plan, with a footnote that "
         "the vendor supplies no CPT content, beside per-user prices and included ICD-10/HCPCS.",
    style="pricing", brand="Tallgrass", nav="Plans \u00b7 Features \u00b7 Support",
    site="tallgrasshealth.example/plans",
    footer="\u00a9 2025 Tallgrass Health Apps, Inc.",
    title="Tallgrass plans",
    blocks=[
        ("h1", "Plans for clinics of every size"),
        ("p", "All plans are billed per user per month. Switch plans at any time; changes apply from your "
              "next bill."),
        ("table", [["", "Basic", "Standard", "Plus"],
                   ["Price", "$29 / user / month", "$49 / user / month", "$69 / user / month"],
                   ["Scheduling", "Yes", "Yes", "Yes"],
                   ["Clinical notes", "Yes", "Yes", "Yes"],
                   ["Claims and ERA", "-", "Yes", "Yes"],
                   ["ICD-10-CM", "Included", "Included", "Included"],
                   ["HCPCS Level II", "Included", "Included", "Included"],
                   ["CPT\u00ae", "Bring your own licence *", "Bring your own licence *",
                    "Bring your own licence *"],
                   ["API access", "-", "-", "Yes"]], {"widths": [1.8, 1.7, 1.7, 1.7]}),
        ("small", "* Tallgrass does not supply CPT content. To use CPT codes in Tallgrass, your clinic must "
                  "hold a CPT licence from the American Medical Association or an authorized distributor "
                  "that covers all of your Tallgrass users, and load the CPT data file under that licence."),
        ("h2", "Common questions"),
        ("h3", "Is there a free trial?"),
        ("p", "Yes, 30 days on the Standard plan."),
        ("h3", "Do you charge set-up fees?"),
        ("p", "No. Optional guided onboarding is $300."),
        ("h3", "Can I mix plans?"),
        ("p", "All users on an account share one plan."),
        ("small", "Talk to sales: sales@tallgrasshealth.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_clearinghouse_provider_warrants",
    vendor="Cobalt Gate Exchange, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Clearinghouse enrollment terms in which the practice ('Provider') warrants it holds a valid licence "
         "from the AMA or a distributor for the CPT codes it submits and the clearinghouse grants no CPT sublicence.",
    style="portal", brand="Cobalt Gate Exchange", nav="Enrollment > Terms",
    site="enroll.cobaltgate.example/terms",
    footer="Cobalt Gate Exchange, Inc. \u00b7 Submitter Enrollment Terms \u00b7 Form CG-ENR-4",
    title="Submitter Enrollment Terms",
    blocks=[
        ("h1", "Submitter Enrollment Terms"),
        ("p", "These terms are accepted by the health care provider or group enrolling as a submitter "
              "(\"Provider\") with Cobalt Gate Exchange, Inc. (\"Clearinghouse\")."),
        ("h2", "1. What the Clearinghouse does"),
        ("p", "The Clearinghouse receives Provider's claim files, checks them for format errors, forwards "
              "them to payers and returns acknowledgements and remittances. The Clearinghouse does not add, "
              "change or look up procedure codes."),
        ("h2", "2. Fees"),
        ("table", [["Service", "Fee"],
                   ["Claim file processing", "$0.30 per claim"],
                   ["Remittance delivery", "$0.05 per remittance"],
                   ["Monthly minimum", "$25.00"]], {"widths": [3, 3]}),
        ("h2", "3. Code sets"),
        ("p", "3.1 Provider represents and warrants that it holds, and will keep for as long as it submits "
              "claims, a valid licence from the American Medical Association or an AMA-authorized "
              "distributor covering the CPT\u00ae codes contained in the claims it submits and the people who "
              "prepare them."),
        ("p", "3.2 The Clearinghouse does not sublicense CPT or any other code set to Provider and does "
              "not collect any royalty for it."),
        ("p", "3.3 Provider will indemnify the Clearinghouse for claims by code-set owners arising from "
              "Provider's use of code sets without a required licence."),
        ("h2", "4. Data and privacy"),
        ("p", "The Clearinghouse acts as Provider's business associate and handles data under the Business "
              "Associate Agreement in Form CG-BAA-2."),
        ("h2", "5. Term"),
        ("p", "Either party may end enrollment on 30 days' written notice to enroll@cobaltgate.example."),
        ("sp", 6),
        ("p", "Provider name: Lakeshore Behavioral Associates, LLC \u00b7 NPI (group): on file \u00b7 "
              "Accepted by: J. Moreno, Office Manager, March 3, 2025"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_billing_service_client_system",
    vendor="Saltmarsh Billing Group, LLC",
    coverage="customer_must_license",
    fee=None,
    desc="Billing-service FAQ stating that the company works inside the practice's own PM system and the "
         "practice must hold CPT licensing for that system, counting the company's billers as users.",
    style="help", brand="Saltmarsh Billing Group", nav="New clients > FAQ",
    site="saltmarshbilling.example/new-clients",
    footer="Saltmarsh Billing Group, LLC \u00b7 onboarding@saltmarshbilling.example",
    title="New client FAQ",
    blocks=[
        ("h1", "New client FAQ"),
        ("p", "Saltmarsh works as an extension of your office. Unlike billing companies that move you onto "
              "their software, we log in to yours. Here's what that means in practice."),
        ("h2", "What do you charge?"),
        ("p", "4.5% of net collections, plus a one-time onboarding fee of $500. Patient statement printing "
              "and postage are passed through at cost."),
        ("h2", "Which systems do you work in?"),
        ("p", "Your practice-management system. Our team has experience with most major PM and EHR "
              "products. You create logins for our billers, just as you would for an employee."),
        ("h2", "Who takes care of CPT licensing?"),
        ("p", "You do. Because we work inside your system, the CPT codes we use are the ones in your "
              "software. Your practice must hold the CPT licensing for that system, whether through your "
              "software vendor or directly with the American Medical Association, and that licence must "
              "count our billers as users. Saltmarsh does not supply CPT content and does not pay for it."),
        ("h2", "Do you need our clearinghouse login?"),
        ("p", "Yes, or we can enroll you with ours at no extra charge."),
        ("h2", "What reports will we get?"),
        ("ul", ["Weekly: claims submitted, denials and open follow-ups.",
                "Monthly: collections, A/R ageing and payer mix.",
                "Quarterly: a review call with your account lead."]),
        ("h2", "How do we end the service?"),
        ("p", "Give 60 days' notice. We'll finish work on claims already submitted and remove our logins."),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_analytics_marketplace_listing",
    vendor="Lumen Fork Analytics, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Marketplace listing for a denial-analytics app that reads CPT codes from claims and requires the "
         "organisation's own CPT licence covering app users; the flat monthly price is a subscription, not a CPT fee.",
    style="listing", brand="Partner Marketplace", nav="Revenue cycle > Analytics",
    site="marketplace.partnerhub.example/apps/deniallens",
    footer="Published by Lumen Fork Analytics, Inc. \u00b7 Listing reviewed August 2025",
    title="DenialLens",
    blocks=[
        ("h1", "DenialLens"),
        ("small", "by Lumen Fork Analytics, Inc. \u00b7 Revenue cycle \u00b7 4.4 stars (212 reviews)"),
        ("p", "DenialLens reads your remittance and claim history and shows you exactly where revenue is "
              "leaking: which payers deny which procedures, which modifiers trigger rework and how long "
              "appeals take."),
        ("h2", "Features"),
        ("ul", ["Denial trends by payer, procedure code, provider and location",
                "Root-cause tags mapped to claim adjustment reason codes",
                "Appeal tracker with deadline alerts",
                "Weekly email digest for practice leaders"]),
        ("h2", "Pricing"),
        ("p", "$199 per month per organization, unlimited users. Annual billing saves 15%."),
        ("h2", "Requirements"),
        ("ul", ["A connected practice-management system or clearinghouse feed.",
                "<b>Your own CPT\u00ae licence.</b> DenialLens displays the CPT codes found in your claims. It "
                "does not include a CPT licence. Your organization must hold a licence from the American "
                "Medical Association or an authorized distributor that covers your DenialLens users.",
                "A signed Business Associate Agreement (available during sign-up)."]),
        ("h2", "Support"),
        ("p", "Email support@lumenfork.example. Response within one business day."),
        ("h2", "Reviews"),
        ("quote", "\"Found $40k in underpaid visits in the first month.\" \u2014 practice administrator, "
                  "12-provider cardiology group"),
        ("quote", "\"Setup was easy once our PM vendor turned on the feed.\" \u2014 billing manager, "
                  "multi-site urgent care"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_yearend_letter_going_direct",
    vendor="Windrush Medical Software, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Year-end letter stating that the vendor's AMA distribution agreement ends and from 2026 the practice "
         "needs its own AMA internal-use licence; the 2025 pass-through and the AMA direct price are mentioned only as background.",
    style="letter", title="Important: CPT licensing from 2026",
    footer="Windrush Medical Software, Inc. \u00b7 3 Kestrel Court, Whitby Lakes, WI 53190 \u00b7 customercare@windrush.example",
    blocks=[
        ("p", "<b>Windrush Medical Software, Inc.</b><br/>3 Kestrel Court<br/>Whitby Lakes, WI 53190"),
        ("sp", 8),
        ("p", "October 27, 2025"),
        ("p", "Dear Windrush customer,"),
        ("p", "<b>Important: how CPT\u00ae codes will be licensed in Windrush from January 1, 2026</b>"),
        ("p", "For the past four years Windrush has distributed CPT codes inside Windrush PM under an "
              "agreement with the American Medical Association and passed the royalty on to you, most "
              "recently at $19 per user for 2025. That agreement ends on December 31, 2025 and will not be "
              "renewed."),
        ("p", "<b>What this means for you.</b> From January 1, 2026, Windrush will no longer supply CPT "
              "codes or collect any CPT fee. To keep using CPT codes in Windrush PM, your practice will need "
              "its own internal-use licence from the AMA (or a licence from another authorized distributor) "
              "that covers all your Windrush users, and will need to import the 2026 CPT file yourself."),
        ("p", "<b>What it costs.</b> The AMA sets its own prices. For comparison only, the AMA's published "
              "internal-use pricing at the time of writing is an entity fee plus $18.50 per user per year. "
              "Windrush will not add anything to that, and your January invoice will no longer show a CPT line."),
        ("p", "<b>What stays the same.</b> Your subscription, support plan and ICD-10-CM and HCPCS Level II "
              "updates are not affected."),
        ("p", "We know this is extra work. Our import guide and a recorded webinar are available at "
              "windrush.example/cpt2026, and our support team can help you load the file."),
        ("sig", ["Sincerely,", "", "Malcolm Trevelyan", "President, Windrush Medical Software, Inc."]),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_settings_customer_supplied",
    vendor="Ashgrove Practice Technologies, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Code-set settings page where the only CPT source is a customer-supplied licensed file and the "
         "page explains the vendor does not distribute CPT; ICD-10 and HCPCS are vendor-maintained at no charge.",
    style="settings", brand="Ashgrove  \u00b7  Admin", nav="Admin > Code sets",
    site="app.ashgrove.example/admin/code-sets",
    footer="Ashgrove Practice Technologies, Inc. \u00b7 Admin console",
    title="Code sets",
    blocks=[
        ("h1", "Code sets"),
        ("p", "Manage the code libraries used in charge entry, orders and claims."),
        ("table", [["Code set", "Source", "Version", "Status"],
                   ["ICD-10-CM", "Ashgrove-maintained (no charge)", "FY2026", "Active"],
                   ["HCPCS Level II", "Ashgrove-maintained (no charge)", "2026 Q1", "Active"],
                   ["CPT\u00ae", "Customer-supplied file (required)", "-", "Not loaded"],
                   ["Custom practice codes", "Your practice", "-", "12 codes"]],
         {"widths": [1.6, 2.6, 1.1, 1.2]}),
        ("note", "<b>CPT codes are not included in Ashgrove.</b> Ashgrove does not distribute CPT content. "
                 "To enable CPT, upload the CPT data file that your practice licenses from the American "
                 "Medical Association or an authorized distributor. Your licence must cover every Ashgrove "
                 "user who works with CPT codes. By uploading a file you confirm that your practice holds "
                 "such a licence."),
        ("h2", "Upload CPT file"),
        ("kv", [("File", "No file selected  [Choose file]"),
                ("Licence year", "2026"),
                ("Licensed users (as stated in your licence)", "__"),
                ("Licence holder", "__")]),
        ("small", "Accepted formats: tab-delimited text or CSV, up to 40 MB. Need help? "
                  "support@ashgrove.example"),
    ]))

# ---------------------------------------------------------------------------
DOCS.append(dict(
    key="cml_teletherapy_faq_negations",
    vendor="Quarry Hill Telehealth, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="Teletherapy platform FAQ ('Provider' meaning the vendor) answering with negations that no CPT "
         "licence is included and the practice needs its own licence for the CPT codes it uses on the platform.",
    style="help", brand="Quarry Hill Telehealth", nav="FAQ > Billing & codes",
    site="quarryhill.example/faq/billing-codes",
    footer="Quarry Hill Telehealth, Inc. \u00b7 quarryhill.example",
    title="Billing and codes FAQ",
    blocks=[
        ("h1", "Billing & codes FAQ"),
        ("p", "In our Terms of Service, Quarry Hill Telehealth, Inc. is called the \"Provider\" and you, the "
              "clinician or group, are the \"Subscriber\". This FAQ uses plain language but the Terms control."),
        ("h2", "What does Quarry Hill cost?"),
        ("p", "$39 per clinician per month for video sessions, scheduling and secure messaging. The billing "
              "add-on, which creates superbills and claims, is $20 per clinician per month."),
        ("h2", "Can I put CPT codes on superbills?"),
        ("p", "Yes. The billing add-on lets you add CPT\u00ae codes to a service type, and they print on "
              "superbills and go out on claims."),
        ("h2", "Isn't the CPT licence included?"),
        ("p", "Not with us. The Provider doesn't supply CPT codes: you type them in or upload them, and "
              "nothing in either plan includes a licence for them. It isn't that no licence is needed \u2014 "
              "one is. If you use CPT codes on Quarry Hill, your practice must hold its own CPT licence from "
              "the American Medical Association or an authorized distributor that covers each person who "
              "uses them here."),
        ("h2", "Do I need a licence for ICD-10 codes?"),
        ("p", "No. ICD-10-CM is a free federal code set."),
        ("h2", "Can I cancel the billing add-on?"),
        ("p", "Yes, any time from Settings > Plan. Your superbill history stays available."),
        ("small", "More help: support@quarryhill.example"),
    ]))
