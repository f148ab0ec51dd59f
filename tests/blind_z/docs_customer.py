"""blind_z documents whose label is customer_must_license (the practice licenses CPT itself)."""

DOCS = []

# C1 -- help article on importing your own licensed CPT file
DOCS.append(dict(
    key="cust-help-corvid",
    vendor="Corvid Scheduling & Billing, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Help-centre article explaining that the vendor ships no CPT descriptors and that the "
                "practice must hold its own licence from the AMA or an authorized distributor and import the file.",
    theme="help",
    header="Corvid Knowledge Base",
    header_right="Setup > Code sets",
    footer="Corvid Scheduling & Billing, Inc. | kb.corvid.example",
    blocks=[
        ("title", "Importing your CPT\u00ae code file"),
        ("sub", "Applies to: Corvid Billing (all editions) - Reading time: 4 minutes"),
        ("p", "Corvid comes with ICD-10-CM and HCPCS Level II codes preloaded, because those are public code "
              "sets. CPT is different: the codes and descriptions are owned by the American Medical "
              "Association, and Corvid does not distribute them."),
        ("h", "Before you start"),
        ("box", "Your practice must hold its own licence for CPT content - either directly from the AMA or "
                "from an AMA-authorized distributor - covering everyone who will use CPT in Corvid. Corvid "
                "does not sell or sublicense CPT, and your Corvid subscription does not include a CPT licence."),
        ("p", "Most practices buy the annual CPT data file with an internal-use licence. Keep your licence "
              "paperwork: if the AMA ever asks, you will need to show that Corvid users were counted."),
        ("h", "Steps"),
        ("numbered", [
            "Download your licensed CPT data file (tab-delimited or CSV).",
            "In Corvid, go to Setup > Code sets > CPT and choose **Import file**.",
            "Map the columns: code, short descriptor, long descriptor (optional), effective date.",
            "Click **Validate**. Corvid flags duplicates and codes with no effective date.",
            "Click **Import**. Existing charges keep the code they were created with.",
        ]),
        ("h", "FAQ"),
        ("qa", "Can I just type the codes I use?",
         "You can create codes by hand, but entering CPT codes and descriptions yourself still counts as "
         "using CPT content, so the licence requirement is the same."),
        ("qa", "Does Corvid report my users to the AMA?", "No. Because you hold the licence, reporting is "
                                                        "between your practice and your licensor."),
        ("qa", "What does Corvid cost?", "Corvid Billing is $34 per user per month. There is no CPT line on "
                                         "Corvid invoices because we do not provide CPT content."),
        ("small", "CPT is a registered trademark of the American Medical Association. Corvid Scheduling & "
                  "Billing, Inc., 900 Rookery Street, Cawley, TX 78701."),
    ],
))

# C2 -- terms of use: customer solely responsible; double negative "nothing shall be construed"
DOCS.append(dict(
    key="cust-terms-ravenna",
    vendor="Ravenna Health Data, LLC",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Short terms of use stating that the customer alone must obtain any AMA licence for CPT codes "
                "used with the service and that nothing in the terms is a sublicence of CPT.",
    theme="terms",
    header="Ravenna Health Data - Terms of Service",
    header_right="Rev. 2025-09",
    footer="Ravenna Health Data, LLC - legal@ravenna.example",
    blocks=[
        ("title", "Terms of Service"),
        ("p", "These Terms of Service apply to Ravenna Insights, a reporting and benchmarking service for "
              "medical groups (the \"Service\"), provided by Ravenna Health Data, LLC (\"Ravenna\", \"we\"). "
              "\"Customer\" or \"you\" means the organization that subscribes."),
        ("h", "1. The Service"),
        ("p", "The Service ingests claim and encounter extracts that you upload, including procedure codes, "
              "diagnosis codes and charge amounts, and returns dashboards and benchmark reports."),
        ("h", "2. Your data and code sets"),
        ("p", "You keep all rights in the data you upload. You are responsible for having the rights needed to "
              "upload it and to have us process it."),
        ("p", "The extracts you upload may contain CPT\u00ae codes, which are owned by the American Medical "
              "Association. You are solely responsible for obtaining and maintaining, at your own cost, any "
              "licence the AMA requires for CPT codes used with the Service, including for every person in "
              "your organization who views reports containing them. Ravenna does not hold a CPT distribution "
              "licence for the Service. Nothing in these Terms shall be construed as a grant, sublicence or "
              "other transfer of rights in CPT by Ravenna."),
        ("p", "ICD-10-CM and HCPCS Level II codes are public code sets and need no licence."),
        ("h", "3. Fees"),
        ("p", "Fees are as stated in your order: currently $1,200 per month for up to 25 report viewers, plus "
              "$35 per additional viewer per month. Fees do not include any third-party licence you need "
              "under Section 2."),
        ("h", "4. Warranties and liability"),
        ("p", "The Service is provided \"as is\" except as stated in your order. Ravenna's total liability is "
              "limited to the fees paid in the 12 months before the claim."),
        ("h", "5. General"),
        ("p", "These Terms are governed by the laws of the State of Colorado. We may update these Terms on 30 "
              "days' notice."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# C3 -- order form with the CPT add-on unticked and a rule for that case
DOCS.append(dict(
    key="cust-orderform-bexley",
    vendor="Bexley Ambulatory Systems, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Order form where the optional CPT content add-on ($24 per provider per year) is left "
                "unticked and the form says that without it the customer must obtain its own CPT licence.",
    theme="form",
    header="Bexley Ambulatory Systems",
    header_right="Order Form BAS-2025-388",
    footer="Bexley Ambulatory Systems, Inc. - 75 Kingsway, Bexley Green, OH 43209",
    blocks=[
        ("title", "Order Form BAS-2025-388"),
        ("kv", [("Customer", "Lakeview Ambulatory Surgery Center, LLC"), ("Date", "30 October 2025"),
                ("Term", "24 months from the go-live date")]),
        ("p", "Tick the options you are ordering. Unticked options are not part of this order."),
        ("h", "Core"),
        ("check", [(True, "Bexley ASC Suite - scheduling, case costing, billing (per OR, per month)",
                    "$1,450.00 x 3 ORs"),
                   (True, "Anaesthesia record module (per OR, per month)", "$260.00 x 3 ORs")]),
        ("h", "Content options"),
        ("check", [(False, "CPT\u00ae content add-on - Bexley sublicence of AMA CPT content for all users "
                           "(per provider, per year)", "$24.00"),
                   (True, "ICD-10-PCS / ICD-10-CM content (public)", "$0.00"),
                   (False, "Implant and supply catalogue feed (per month)", "$120.00")]),
        ("p", "If Customer elects the CPT content add-on, Bexley will sublicense CPT content for all users and "
              "invoice the add-on price. If Customer does not elect it, Customer must obtain and keep its own "
              "licence for CPT content from the AMA or another authorized distributor, and must load its "
              "licensed CPT file into the Bexley ASC Suite before go-live."),
        ("h", "One-time"),
        ("check", [(True, "Implementation and training (remote)", "$7,800.00"),
                   (False, "On-site go-live support, per day", "$1,300.00")]),
        ("h", "Totals for ticked items"),
        ("table", ["", "Amount"], [["Monthly recurring", "$5,130.00"], ["One-time", "$7,800.00"]], (0.7, 0.3)),
        ("kv", [("For Bexley Ambulatory Systems, Inc.", "Neil Ashdown, Regional Sales Manager"),
                ("For Lakeview Ambulatory Surgery Center, LLC", "Carla Espinoza, Administrator  - initials CE")],
         (0.45, 0.55)),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# C4 -- e-mail thread: earlier "we'll include it", latest says license directly from the AMA
DOCS.append(dict(
    key="cust-email-hollowmere",
    vendor="Hollowmere Revenue Cycle, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="E-mail thread (newest first) in which an earlier message said the CPT licence was included "
                "but the vendor's latest message says the customer must obtain an internal-use licence "
                "directly from the AMA.",
    theme="email",
    header="Printed e-mail thread",
    header_right="3 messages",
    footer="Printed from Outlook web, 12 Feb 2026",
    blocks=[
        ("title", "RE: CPT licensing for the coding module"),
        ("email", [("From", "Graham Ostrowski <gostrowski@hollowmere.example>"),
                   ("To", "Beatrice Lam <blam@summitmsg.example>"),
                   ("Date", "Wed, 11 Feb 2026 17:58 -0700"), ("Subject", "RE: CPT licensing for the coding module")],
         ["Beatrice,",
          "I need to correct what I told you on Monday, and I'm sorry for the confusion. Our legal team "
          "reviewed your setup: Summit Medical Services Group bills for several separate physician groups, "
          "and our AMA distribution agreement does not extend to a billing company using the coding module "
          "for other legal entities.",
          "That means Hollowmere cannot include a CPT licence for your use of the module. Your organization "
          "will need to obtain its own internal-use licence for CPT directly from the AMA, counting each "
          "coder and biller who uses the module, before we switch it on. We're happy to share the user "
          "counts from your account to help with the AMA application.",
          "Regards,",
          "Graham Ostrowski | Director, Client Contracts | Hollowmere Revenue Cycle, Inc."]),
        ("email", [("From", "Beatrice Lam <blam@summitmsg.example>"),
                   ("To", "Graham Ostrowski <gostrowski@hollowmere.example>"),
                   ("Date", "Tue, 10 Feb 2026 08:12 -0700"), ("Subject", "RE: CPT licensing for the coding module")],
         ["Great, thanks Graham. So no extra cost for the CPT piece? I'll tell our CFO.",
          "Beatrice Lam, Operations Manager, Summit Medical Services Group"]),
        ("email", [("From", "Graham Ostrowski <gostrowski@hollowmere.example>"),
                   ("To", "Beatrice Lam <blam@summitmsg.example>"),
                   ("Date", "Mon, 9 Feb 2026 13:40 -0700"), ("Subject", "RE: CPT licensing for the coding module")],
         ["Hi Beatrice - yes, the coding module includes CPT content and we'll include the licence with it. "
          "The module is $95 per coder per month; set-up is $1,500.",
          "Graham"]),
        ("rule",),
        ("small", "Hollowmere Revenue Cycle, Inc., 1800 Mesa Verde Blvd, Suite 300, Cold Spring Junction, "
                  "CO 80903. This message may contain confidential information."),
    ],
))

# C5 -- the document is itself an AMA internal-use licence schedule the practice signs directly
DOCS.append(dict(
    key="cust-amalicence-direct",
    vendor="American Medical Association",
    coverage="customer_must_license",
    cpt_fee=None,
    description="An invented AMA internal-use licence schedule that the practice signs directly with the AMA "
                "(entity fee plus a per-user royalty), so the practice licenses CPT itself.",
    theme="terms",
    header="American Medical Association",
    header_right="CPT Internal Use License - Schedule 1",
    footer="Licensee copy",
    blocks=[
        ("title", "CPT\u00ae Internal Use License Agreement - Schedule 1"),
        ("sub", "Licensed Product, Users and Royalty for the 2026 Annual Release"),
        ("kv", [("Licensor", "American Medical Association (\"AMA\")"),
                ("Licensee", "Quarry Road Family Physicians, P.C., 4 Millrace Lane, Tillbury Flats, PA 18517"),
                ("Agreement number", "IUL-2026-118204"), ("Term", "1 January 2026 - 31 December 2026")]),
        ("h", "1. Licensed Product"),
        ("p", "CPT Standard data file, 2026 Annual Release, for internal use by Licensee in the following "
              "application only: Licensee's practice-management system (vendor product name as stated in "
              "Licensee's application). A separate schedule is needed for each additional application."),
        ("h", "2. Users"),
        ("p", "Licensee reports 16 Users. A User is any individual who accesses or uses the Licensed Product, "
              "uses software containing it to create output, or relies on that output in their work. Users "
              "are counted as named individuals, not concurrent logins."),
        ("h", "3. Royalty"),
        ("table", ["Component", "Basis", "Amount"], [
            ["Entity fee", "per legal entity", "$82.50"],
            ["User royalty", "16 Users x $18.50", "$296.00"],
            ["Total royalty for the Term", "", "$378.50"],
        ], (0.4, 0.35, 0.25)),
        ("p", "The royalty is payable by Licensee to the AMA within 30 days of the start of the Term. Users "
              "added during the Term must be reported and paid for within 30 days."),
        ("h", "4. Restrictions"),
        ("p", "Licensee may not distribute, sublicense or make the Licensed Product available to any other "
              "legal entity, including affiliates, and may use it only in the United States."),
        ("pagebreak",),
        ("h", "5. Reporting and audit"),
        ("p", "Licensee shall report its User count for each application at the start of each Term and "
              "within 30 days of any increase. The AMA may, on reasonable notice and no more than once a "
              "year, review Licensee's records of Users to confirm that royalties were correctly paid."),
        ("h", "6. Notices"),
        ("p", "Licensee shall keep the AMA copyright notice on every display or printout of the Licensed "
              "Product. The AMA does not directly or indirectly practice medicine or dispense medical "
              "services, and fee schedules, relative value units and conversion factors are not part of CPT."),
        ("h", "7. Term and renewal"),
        ("p", "This Schedule covers the 2026 Annual Release only. A new Schedule, at the royalty then in "
              "effect, is needed for each later Annual Release Licensee uses."),
        ("h", "8. Signatures"),
        ("kv", [("Licensee", "Dr. Abigail Frost, President - 8 January 2026"),
                ("AMA", "CPT Licensing - countersigned 13 January 2026")]),
        ("small", "CPT copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the American Medical Association."),
    ],
))

# C6 -- procurement questionnaire: not a distributor, client must license directly; AMA direct price quoted
DOCS.append(dict(
    key="cust-questionnaire-dunmore",
    vendor="Dunmore Analytics Corp.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Vendor's questionnaire answers saying it is not an AMA distributor and clients must license "
                "CPT directly from the AMA for each user, quoting the AMA's own rate only for reference.",
    theme="quest",
    header="Supplier Due-Diligence Questionnaire",
    header_right="Supplier: Dunmore Analytics",
    footer="Dunmore Analytics Corp. - response to Pacific Crest Medical Group",
    blocks=[
        ("title", "Supplier due-diligence questionnaire"),
        ("kv", [("Practice", "Pacific Crest Medical Group, Inc."), ("Supplier", "Dunmore Analytics Corp."),
                ("Product", "Dunmore Charge Integrity (coding audit software)"), ("Date", "18 August 2025")]),
        ("h", "Part 3 - Third-party content"),
        ("table", ["Ref", "Question", "Supplier response"], [
            ["3.1", "List third-party content in the product.", "CPT\u00ae (AMA); ICD-10-CM and HCPCS Level II "
                                                              "(CMS public files); NCCI edits (CMS public)."],
            ["3.2", "Is the supplier an AMA-authorized distributor of CPT?", "No."],
            ["3.3", "Is CPT licensing included in the supplier's fees?",
             "No. Dunmore does not provide a CPT licence. Clients must license CPT content directly from the "
             "AMA (an internal-use licence covering the Dunmore application) for each user who reviews codes "
             "in the product, and load the licensed file during implementation."],
            ["3.4", "Indicative cost of that licence?",
             "Set by the AMA, not by Dunmore. For reference only, the AMA's published internal-use rate for "
             "2025 was an entity fee plus $18.50 per user. Please confirm with the AMA."],
            ["3.5", "Will the supplier report users to the AMA?", "No; the client reports under its own "
                                                                 "licence."],
        ], (0.07, 0.38, 0.55)),
        ("h", "Part 4 - Commercial"),
        ("table", ["Ref", "Question", "Supplier response"], [
            ["4.1", "Subscription pricing.", "$2,150 per month for up to 15 auditor users; $110 per additional "
                                              "auditor user per month."],
            ["4.2", "One-time fees.", "Implementation $5,000; EHR extract interface $2,500."],
            ["4.3", "Price increases.", "No more than 5% per year after the first 24 months."],
        ], (0.07, 0.38, 0.55)),
        ("small", "CPT is a registered trademark of the American Medical Association. Dunmore Analytics Corp., "
                  "260 Foundry Lane, Dunmore Heights, WA 98101."),
    ],
))

# C7 -- billing service terms summary where "Provider" is the practice; Provider maintains its own licence
DOCS.append(dict(
    key="cust-billingsvc-calloway",
    vendor="Calloway Medical Billing Group, LLC",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Billing-service terms summary in which \"Provider\" is the practice and must maintain at its "
                "own expense any AMA licence for CPT codes, the company's services including none.",
    theme="terms",
    header="Calloway Medical Billing Group",
    header_right="Services Summary & Key Terms",
    footer="Calloway Medical Billing Group, LLC - 77 Depot Street, Calloway Junction, GA 30601",
    blocks=[
        ("title", "Billing Services - Summary of Key Terms"),
        ("p", "This summary accompanies the Billing Services Agreement between Calloway Medical Billing Group, "
              "LLC (\"Company\") and the health care practice named on the signature page (\"Provider\"). "
              "Provider includes its physicians and other rendering clinicians."),
        ("h", "1. What Company does"),
        ("bullets", ["Charge entry from Provider's superbills or EHR export.",
                     "Claim submission, follow-up on denials and appeals.",
                     "Payment posting and monthly A/R reports.",
                     "Patient statements and a patient billing phone line."]),
        ("h", "2. What Provider does"),
        ("bullets", ["Documents services and selects procedure and diagnosis codes.",
                     "Sends charges within 3 business days of the date of service.",
                     "Forwards payer correspondence within 5 business days.",
                     "Keeps its own practice-management/EHR system and its licences current."]),
        ("h", "3. Code-set licences"),
        ("p", "Company works in Provider's own practice-management system through remote access and does not "
              "supply software containing CPT\u00ae content. Provider shall obtain and maintain, at Provider's "
              "expense, all licences required for the use of CPT codes in its systems, including any licence "
              "required by the American Medical Association for Company's staff working in those systems on "
              "Provider's behalf. Company's fees do not include any CPT licence."),
        ("h", "4. Fees"),
        ("table", ["Fee", "Amount"], [
            ["Service fee", "6.25% of net collections, monthly"],
            ["Minimum monthly fee", "$650"],
            ["Set-up (credentialing review, payer set-up)", "$750 one-time"],
            ["Patient statement postage", "at cost"],
        ], (0.55, 0.45)),
        ("h", "5. Reporting"),
        ("p", "Company sends Provider a monthly package by the 10th business day: collections by payer and by "
              "rendering clinician, A/R aging, denial trends with root causes, and a list of claims Company "
              "recommends writing off, which Provider must approve before any write-off is posted."),
        ("h", "6. Compliance"),
        ("bullets", ["Company does not change codes selected by Provider without Provider's written query "
                     "response.",
                     "Company staff complete annual HIPAA and billing-compliance training.",
                     "Company will cooperate with any payer audit of claims it submitted.",
                     "Provider remains responsible for the accuracy of its documentation and code selection."]),
        ("h", "7. Records and transition"),
        ("p", "On termination Company finishes work on claims submitted before the termination date for 90 "
              "days (the run-out period) at the same percentage fee, then returns all reports and correspondence to "
              "Provider in electronic form."),
        ("h", "8. Term"),
        ("p", "12 months, renewing monthly after that. Either party may end the agreement on 60 days' notice."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))

# C8 -- lab portal terms: client must obtain its own licence
DOCS.append(dict(
    key="cust-labportal-westbury",
    vendor="Westbury Reference Laboratories, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Reference-lab portal terms of use saying CPT codes in the test menu are shown for ordering "
                "and that the client organization must hold its own CPT licence, which the lab does not provide.",
    theme="terms",
    header="Westbury Reference Laboratories",
    header_right="Client Portal Terms of Use",
    footer="Westbury Reference Laboratories, Inc. - portal.westburylabs.example",
    blocks=[
        ("title", "Client Portal - Terms of Use"),
        ("sub", "For physician offices and facilities that order tests from Westbury Reference Laboratories"),
        ("p", "The Westbury client portal lets authorized staff order tests, print requisitions and labels, "
              "track specimens and view results. By signing in you agree to these terms on behalf of your "
              "organization (the \"Client\")."),
        ("h", "1. Accounts"),
        ("p", "Each user needs their own login. Client's administrator must remove users who leave within two "
              "business days. Results may be viewed only by people involved in the patient's care or in "
              "billing for it."),
        ("h", "2. Test menu and codes"),
        ("p", "The test menu shows each test's CPT\u00ae code(s) so that ordering staff can check coverage and "
              "complete requisitions. CPT is copyrighted by the American Medical Association. Westbury does "
              "not provide Client with a licence to CPT content: Client must hold its own licence for CPT, "
              "from the AMA or an authorized distributor, covering the users who access CPT codes through "
              "the portal."),
        ("p", "Codes shown are Westbury's billing codes for its own services. Client remains responsible for "
              "coding any services it bills itself."),
        ("h", "3. Supplies and fees"),
        ("p", "Portal access is free for Clients with an active account. Specimen supplies are free for tests "
              "performed by Westbury. A courier fee of $18 per pickup applies outside our standard routes."),
        ("h", "4. Privacy"),
        ("p", "Portal activity is logged. Westbury complies with HIPAA as a covered entity and will notify "
              "Client of any breach affecting Client's patients."),
        ("h", "5. Changes"),
        ("p", "We may update these terms; continued use after notice means acceptance."),
        ("small", "CPT is a registered trademark of the American Medical Association. Westbury Reference "
                  "Laboratories, Inc., 400 Assay Drive, Westbury Point, NY 11590. clientservices@westburylabs.example"),
    ],
))

# C9 -- release notes: import your own CPT file
DOCS.append(dict(
    key="cust-release-tamsin",
    vendor="Tamsin Health Apps, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Release notes announcing a CPT import feature because the vendor cannot distribute CPT "
                "descriptors, so practices must upload a file licensed from the AMA or another distributor.",
    theme="help",
    header="Tamsin Notes",
    header_right="What's new - v8.4",
    footer="Tamsin Health Apps, Inc. | tamsin.example/whats-new",
    blocks=[
        ("title", "What's new in Tamsin 8.4"),
        ("sub", "Released 3 February 2026"),
        ("h", "Import your own CPT\u00ae file"),
        ("p", "Until now, Tamsin showed CPT codes without descriptions, and many of you asked why. The reason "
              "is licensing: CPT descriptions are owned by the American Medical Association, and Tamsin is not "
              "licensed to distribute them."),
        ("p", "With 8.4 you can upload the CPT data file your practice has licensed from the AMA or another "
              "authorized distributor, and Tamsin will show full descriptions everywhere codes appear. Your "
              "practice needs that licence to use CPT in Tamsin whether or not you upload the file - "
              "Tamsin's subscription does not include one."),
        ("p", "Go to Settings > Billing > Code libraries > CPT > Upload. Supported formats: the AMA's "
              "tab-delimited data files and CSV with code and descriptor columns."),
        ("h", "Other improvements"),
        ("bullets", ["Group notes: add up to 12 clients to one session note.",
                     "Superbills: your practice logo now prints at the top.",
                     "Calendar: colour by location as well as by clinician.",
                     "Telehealth: waiting-room messages can be customized."]),
        ("h", "Fixes"),
        ("bullets", ["Claims with more than six service lines no longer split incorrectly.",
                     "Fixed a delay in portal messages for clients in Hawaii and Alaska time zones."]),
        ("h", "Pricing reminder"),
        ("p", "Plans are unchanged at $42 per clinician per month (Essential) and $58 per clinician per month "
              "(Professional)."),
        ("small", "CPT is a registered trademark of the American Medical Association. Tamsin Health Apps, "
                  "Inc., 15 Lantern Row, Carrick Bay, ME 04011."),
    ],
))

# C10 -- slide handout for go-live: homework to buy CPT licence
DOCS.append(dict(
    key="cust-slides-oakhurst",
    vendor="Oakhurst Clinical Systems, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Go-live slide handout telling the practice to buy its own AMA internal-use CPT licence "
                "before go-live because the system carries no CPT descriptors, while ICD-10 and HCPCS are free.",
    theme="slides",
    header="Oakhurst Clinical Systems",
    header_right="Kick-off workshop",
    footer="Oakhurst Clinical Systems, Inc. - project kick-off",
    blocks=[
        ("title", "Project kick-off: Redfield Rheumatology"),
        ("bullets", ["Go-live target: Monday 4 May 2026",
                     "Oakhurst team: project lead, build analyst, trainer",
                     "Your team: practice manager, billing lead, two super-users",
                     "Weekly status call: Tuesdays, 11 a.m."]),
        ("pagebreak",),
        ("title", "Code sets - who does what"),
        ("bullets", ["ICD-10-CM and HCPCS Level II: loaded by Oakhurst, free (public government files)",
                     "**CPT\u00ae: your homework.** Oakhurst does not include CPT descriptors or a CPT licence",
                     "Buy an AMA internal-use licence for CPT for the Oakhurst system, counting every user",
                     "Send us the licensed data file by 6 April so we can load it"]),
        ("pagebreak",),
        ("title", "Timeline"),
        ("table", ["Week", "Milestone", "Owner"], [
            ["1-2", "Workflow interviews, fee schedule received", "Both"],
            ["3-4", "Build templates; CPT file loaded", "Oakhurst / Practice"],
            ["5-6", "Testing with real scenarios", "Practice"],
            ["7", "Training (remote, $1,200 one-time already paid)", "Oakhurst"],
            ["8", "Go-live", "Both"],
        ], (0.15, 0.6, 0.25)),
        ("p", "Oakhurst Clinical Systems, Inc. - questions to projects@oakhurst.example. CPT is a registered "
              "trademark of the American Medical Association."),
    ],
))

# C11 -- support chat: we don't resell CPT; license from the AMA directly
DOCS.append(dict(
    key="cust-chat-penhallow",
    vendor="Penhallow Practice Software, LLC",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Support-chat transcript in which the agent says the vendor does not resell CPT and the "
                "practice must license it from the AMA directly, mentioning the AMA's per-user rate.",
    theme="chat",
    header="Penhallow Help Chat",
    header_right="Conversation 7781-Q",
    footer="Penhallow Practice Software, LLC | help.penhallow.example",
    blocks=[
        ("title", "Conversation transcript"),
        ("kv", [("Date", "Mon 24 Nov 2025"), ("Customer", "Ben Adeyemi, Owner, Adeyemi Podiatry"),
                ("Agent", "Clara (Customer Care)")]),
        ("chat", [
            ("09:14", "Ben", "Morning. I got an AMA letter about CPT licensing. Is that included with "
                             "Penhallow?"),
            ("09:15", "Clara", "Good morning Ben! Penhallow doesn't resell CPT or include a CPT licence. Our "
                               "software stores the codes you enter, but the licence has to come from the AMA "
                               "or one of its distributors."),
            ("09:16", "Ben", "So I'd have to buy it myself?"),
            ("09:16", "Clara", "Yes - you'd license it from the AMA directly for Penhallow. Their internal-use "
                               "licence is an entity fee plus a per-user royalty (it was $18.50 per user for "
                               "2025). Penhallow doesn't collect or set that amount."),
            ("09:17", "Ben", "Who counts as a user? It's me, my assistant and a part-time biller."),
            ("09:18", "Clara", "The AMA counts anyone who uses CPT codes in the system or relies on its "
                               "output, so likely all three of you. The AMA can confirm."),
            ("09:18", "Ben", "And my Penhallow bill stays the same?"),
            ("09:19", "Clara", "Yes, $39 per user per month, no change."),
            ("09:19", "Ben", "Alright, thanks."),
            ("09:20", "Clara", "You're welcome! I'll send this transcript to your email."),
        ]),
        ("rule",),
        ("small", "Penhallow Practice Software, LLC, 3 Tinner's Court, Penhallow, CT 06320."),
    ],
))

# C12 -- renewal notice: CPT licence not part of renewal; practice maintains its own
DOCS.append(dict(
    key="cust-renewal-wickham",
    vendor="Wickham Medical Imaging Software, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Renewal notice reminding the practice that, under its agreement, it maintains its own CPT "
                "licence, which is not part of the renewal, next to per-radiologist subscription prices.",
    theme="letter",
    header="Wickham Medical Imaging Software",
    header_right="Renewal reminder",
    footer="Wickham Medical Imaging Software, Inc. - 50 Lumen Way, Wickham Fields, MN 55105",
    blocks=[
        ("title", "Renewal reminder - Wickham RIS"),
        ("kv", [("Customer", "Northstar Imaging Partners, LLC"), ("Agreement", "WMIS-RIS-1187"),
                ("Renewal date", "1 April 2026"), ("Notice date", "15 January 2026")]),
        ("p", "Dear Northstar team,"),
        ("p", "Your Wickham RIS subscription renews on 1 April 2026. The renewal pricing below is per our "
              "agreement."),
        ("table", ["Item", "Basis", "Renewal price"], [
            ["Wickham RIS", "per reading radiologist, per month", "$412.00"],
            ["Technologist and scheduler logins", "per login, per month", "$28.00"],
            ["PACS worklist interface", "flat, per month", "$150.00"],
        ], (0.4, 0.35, 0.25)),
        ("h", "A reminder about CPT\u00ae"),
        ("p", "Your CPT licence is not part of this renewal. Under Section 7 of your agreement, Northstar "
              "maintains its own licence for CPT content from the AMA or an authorized distributor, covering "
              "everyone who uses CPT codes in Wickham RIS, and loads the annual CPT file. Wickham does not "
              "supply CPT content. Please confirm your licence for 2026 is current before the renewal date; "
              "our support team can help you load the new file."),
        ("h", "Next steps"),
        ("bullets", ["No action is needed to renew.",
                     "To change login counts, email renewals@wickhamis.example by 1 March 2026.",
                     "Invoices are issued monthly; terms net 30."]),
        ("p", "With thanks,"),
        ("p", "Rosalind Achebe, Account Director, Wickham Medical Imaging Software, Inc."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ],
))
