# -*- coding: utf-8 -*-
"""Customer-must-license (11) and not-addressed (9) documents."""
from common import COOKIE_1, COOKIE_2, COOKIE_3, web

DOCS = []

# ---------------- customer_must_license ----------------

# C1 -- EULA: no CPT content, licensee must license and load its own codes
DOCS.append(dict(
    key="cl_eula_hazelton", word="enduser", font="Times", page="letter",
    title="Hazelton Software Licence Agreement",
    desc="Click-through software licence: the product ships without CPT content; Licensee must obtain its own CPT licence from the AMA or an authorized distributor and load codes under that licence; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Hazelton Systems, Inc."),
    blocks=[
        ("h1", "Software Licence Agreement: Hazelton Charge Manager"),
        ("small", "Shown on installation. Scroll to the end and select \"I accept\" to continue."),
        ("p", "This Agreement is between Hazelton Systems, Inc. (\"Licensor\") and the person or organisation installing the "
              "Software (\"Licensee\")."),
        ("h3", "1. Licence"),
        ("p", "Licensor grants Licensee a perpetual, non-exclusive licence to install the Software on up to the number of "
              "workstations stated in Licensee's purchase confirmation, subject to payment of the Licence Fee and, if elected, "
              "the annual Maintenance Fee (18% of the Licence Fee)."),
        ("h3", "2. Code Tables"),
        ("p", "2.1 The Software provides empty procedure, diagnosis and modifier tables that Licensee populates. The Software "
              "as delivered does not contain CPT codes or descriptors, and Licensor does not sublicense CPT to Licensee."),
        ("p", "2.2 CPT is owned by the American Medical Association. Before Licensee enters, imports or uses CPT codes or "
              "descriptions in the Software, Licensee must obtain, at Licensee's own expense, a licence covering every person "
              "who will use that content, either directly from the AMA or from an AMA-authorised distributor, and must keep that "
              "licence in force while CPT content remains in the Software."),
        ("p", "2.3 The Software can import the AMA's standard data files in tab-delimited format. Licensor provides the import "
              "tool only and is not responsible for the content imported."),
        ("p", "2.4 ICD-10-CM and HCPCS Level II tables published by the federal government may be downloaded from within the "
              "Software at no charge."),
        ("h3", "3. Restrictions"),
        ("p", "Licensee shall not reverse engineer the Software, rent it, or use it to provide service-bureau processing to third parties."),
        ("h3", "4. Warranty"),
        ("p", "Licensor warrants for ninety days that the Software will perform substantially as described in its user guide."),
        ("h3", "5. Limitation of Liability"),
        ("p", "Licensor's liability is limited to the Licence Fee paid. Licensor is not liable for any claim by the AMA or any "
              "other owner of code content that Licensee loads into the Software."),
        ("small", "CPT is a registered trademark of the American Medical Association.      ( ) I accept   ( ) I do not accept"),
    ]))

# C2 -- clearinghouse: Provider (practice) represents it holds CPT licence
DOCS.append(dict(
    key="cl_clearing_keystone", word="edi", font="Helvetica", page="letter",
    title="Keystone Claims Network - Provider Agreement",
    desc="Clearinghouse agreement (Provider = practice): Provider represents it holds, at its expense, a CPT licence from the AMA or an authorized distributor for all its users; clearinghouse supplies none; per-claim fees are distractors; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Keystone Claims Network, LLC"),
    blocks=[
        ("h1", "Provider Participation Agreement"),
        ("p", "Keystone Claims Network, LLC (\"Keystone\") and the undersigned health care provider (\"Provider\") agree as follows."),
        ("h3", "1. Services"),
        ("p", "Keystone will accept claim data from Provider's practice management system, validate it against HIPAA "
              "transaction standards and payer-specific edits, and route it to payers. Keystone will return acknowledgements, "
              "rejections and electronic remittance advice."),
        ("h3", "2. Fees"),
        ("table", [["Transaction", "Price"],
                   ["Professional or institutional claim", "$0.27 per claim"],
                   ["Claim status inquiry", "$0.09 per inquiry"],
                   ["Eligibility (batch or real time)", "$0.11 per inquiry"],
                   ["ERA", "no charge"],
                   ["Setup", "$99 per tax ID (one time)"]],
         {"ruled": True, "widths": [0.55, 0.45]}),
        ("pb",),
        ("h3", "3. Code Content"),
        ("p", "3.1 Keystone's edit engine checks that procedure codes on Provider's claims are valid but does not display or "
              "supply CPT descriptors to Provider, and Keystone does not license CPT to Provider."),
        ("p", "3.2 Provider represents and warrants that it holds, and will maintain at its own cost throughout this Agreement, "
              "a current licence from the American Medical Association, or from an AMA-authorised distributor, covering "
              "Provider's use of CPT in its own systems and by all of its personnel who work with CPT."),
        ("p", "3.3 Provider shall indemnify Keystone against claims arising from Provider's failure to hold such a licence."),
        ("h3", "4. Provider Responsibilities"),
        ("p", "Provider is solely responsible for the accuracy and completeness of claim data, including codes, and for "
              "compliance with payer billing rules."),
        ("h3", "5. Term"),
        ("p", "This Agreement renews monthly and may be terminated by either party on 30 days' notice."),
        ("sig", ["KEYSTONE CLAIMS NETWORK, LLC", "By: ________________", "Date: ________"],
                ["PROVIDER: Allegheny Foot & Ankle Center", "By: ________________", "Tax ID: 25-0000000"]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# C3 -- help article: import your own licensed CPT file
DOCS.append(dict(
    key="cl_kb_lindenwood", word="howto", font="Helvetica", page="A4",
    title="Importing your CPT code file",
    **web("https://support.lindenwoodcloud.example/s/article/import-cpt", "Importing your CPT code file - Lindenwood Support", "2/11/25, 4:55 PM"),
    desc="Help-centre how-to: Lindenwood ships no CPT descriptors; practices must buy their own CPT data file and licence from the AMA or an authorized reseller and upload it; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Lindenwood Health Cloud, Inc."),
    blocks=[
        ("banner", COOKIE_1),
        ("crumbs", "Support Home  >  Setup  >  Code Tables  >  Importing your CPT code file"),
        ("h1", "Importing your CPT code file"),
        ("small", "Applies to: Lindenwood Practice (all editions) · Permissions needed: Administrator"),
        ("h2", "Before you begin"),
        ("p", "Lindenwood Health Cloud, Inc. does not distribute CPT content, so a new Lindenwood account has an empty "
              "procedure code table. To use CPT codes and descriptions, your practice needs its own CPT licence covering "
              "everyone on your team who will work with the codes. You can buy the licence and data file directly from the American Medical "
              "Association or from an AMA-authorised reseller. Lindenwood cannot sell it to you or pay for it on your behalf."),
        ("p", "Keep your licence confirmation. If your licence lapses, you are responsible for removing or replacing the content."),
        ("h2", "Steps"),
        ("ol", ["Download the CPT data file from your licensor in tab-delimited (.txt) format.",
                "In Lindenwood, go to **Settings > Code Tables > Procedures** and select **Import**.",
                "Choose the file, then map the columns: Code, Short descriptor, Long descriptor.",
                "Select **Validate**. Lindenwood flags duplicates and codes shorter than five characters.",
                "Select **Import**. A summary shows how many codes were added or updated.",
                "Repeat every year when your licensor releases the new file (usually in the autumn for January 1)."]),
        ("h2", "Tips"),
        ("ul", ["Your fee schedule is separate. Import fees after codes so that each fee finds its code.",
                "HCPCS Level II codes can be loaded from the free CMS quarterly file using the same tool.",
                "Only Administrators can import. Other users will see the codes once imported."]),
        ("hr",),
        ("h3", "Related articles"),
        ("ul", ["Importing a fee schedule", "Loading ICD-10-CM updates", "User roles and permissions"]),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# C4 -- email: we don't distribute CPT; license directly (AMA prices quoted)
DOCS.append(dict(
    key="cl_mail_meadowlark", header=('High Plains Rheumatology Mail', 'RE: Do you charge the AMA fee?'), pagenum="%d", word="reply", font="Times", page="letter",
    title="RE: Do you charge the AMA fee?",
    desc="E-mail reply: Meadowlark does not distribute CPT and will not charge for it; the practice must license CPT directly from the AMA, whose internal-use pricing is quoted for information only; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Meadowlark Medical Software, LLC"),
    blocks=[
        ("email", [("From", "Support <help@meadowlarkmed.example>"),
                   ("To", "Beth Sandoval <bsandoval@highplainsrheum.example>"),
                   ("Date", "Wed, Jan 22, 2025 at 2:18 PM"),
                   ("Subject", "RE: Do you charge the AMA fee?")]),
        ("p", "Hi Beth,"),
        ("p", "Thanks for asking before your renewal. Meadowlark Medical Software, LLC is not an AMA distributor and we do not "
              "supply CPT codes inside Meadowlark, so you will never see an AMA charge from us. The codes in your procedure "
              "list were entered by your practice when you set up the system."),
        ("p", "That does mean your practice needs its own CPT licence from the AMA for the people who use those codes in "
              "Meadowlark. Our contract (Customer Agreement section 9.3) puts that on the customer. The AMA handles it "
              "directly; you can apply on their website."),
        ("p", "For your budgeting only: the AMA's published internal-use pricing for 2025 is its entity fee plus $18.50 per "
              "user per year. With five physicians and about twenty staff touching codes, you would be looking at roughly "
              "$450 a year, but the AMA will give you the exact figure."),
        ("p", "Best,\nOwen Caldwell\nCustomer Support, Meadowlark Medical Software, LLC"),
        ("email", [("From", "Beth Sandoval <bsandoval@highplainsrheum.example>"),
                   ("To", "help@meadowlarkmed.example"),
                   ("Date", "Wed, Jan 22, 2025 at 9:40 AM"),
                   ("Subject", "Do you charge the AMA fee?")]),
        ("quote", ["Hello, a colleague at another practice says her EHR now bills her for \"AMA CPT\" every January. Are you going "
                   "to do the same? We're budgeting for our renewal. Thanks, Beth Sandoval, High Plains Rheumatology"]),
    ]))

# C5 -- pricing page: CPT not included, bring your own licence
DOCS.append(dict(
    key="cl_pricing_nettlebrook", word="compare", font="Helvetica", page="letter",
    title="Nettlebrook pricing",
    **web("https://nettlebrook-ehr.example/pricing", "Pricing - Nettlebrook EHR", "9/3/25, 6:40 PM"),
    desc="Pricing grid: row 'CPT code descriptors' reads 'Not included - bring your own AMA licence' on every plan, with a footnote telling practices to license CPT from the AMA themselves; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Nettlebrook EHR, Inc."),
    blocks=[
        ("banner", COOKIE_2),
        ("crumbs", "Nettlebrook  /  Pricing"),
        ("h1", "Pricing that grows with you"),
        ("table", [["", "Lite", "Standard", "Pro"],
                   ["Monthly, per clinician", "$49", "$99", "$139"],
                   ["Notes & scheduling", "\u2713", "\u2713", "\u2713"],
                   ["ICD-10-CM diagnosis library", "\u2713", "\u2713", "\u2713"],
                   ["CPT\u00ae code descriptors", "Not included \u2020", "Not included \u2020", "Not included \u2020"],
                   ["Superbills", "\u2713", "\u2713", "\u2713"],
                   ["Claims via partner clearinghouse", "\u2014", "$0.25 / claim", "Included"],
                   ["Telehealth", "\u2014", "\u2713", "\u2713"],
                   ["Priority support", "\u2014", "\u2014", "\u2713"]],
         {"ruled": True, "widths": [0.37, 0.21, 0.21, 0.21]}),
        ("small", "\u2020 Bring your own AMA licence. Nettlebrook EHR, Inc. is not a CPT distributor. Practices that want CPT codes "
                  "and descriptors in their superbills must license CPT themselves from the American Medical Association or an "
                  "AMA-authorised distributor and add their codes to Nettlebrook under that licence. Nettlebrook does not charge "
                  "or collect any fee for CPT."),
        ("h2", "FAQ"),
        ("h3", "Can I switch plans?"),
        ("p", "Yes, at any time; changes take effect on your next billing date."),
        ("h3", "Are there setup fees?"),
        ("p", "No setup fees on Lite and Standard. Pro includes a guided setup at no charge."),
        ("small", "All prices USD. CPT is a registered trademark of the American Medical Association."),
    ]))

# C6 -- AMA internal-use licence renewal issued to the practice (the document is itself an AMA licence)
DOCS.append(dict(
    key="cl_ama_internaluse", word="renewalnotice", font="Times", page="letter",
    title="CPT Internal Use License - Renewal Confirmation",
    desc="Renewal confirmation of the practice's own internal-use CPT licence issued by the American Medical Association, with entity fee and per-user royalty; the practice licenses CPT directly, so customer must license (no vendor pass-through).",
    label=dict(coverage="customer_must_license", fee=None, vendor="American Medical Association"),
    blocks=[
        ("p", "American Medical Association\nCPT Licensing and Royalty Services\ncptlicensing@ama-licensing.example"),
        ("sp", 6),
        ("h2", "CPT\u00ae Internal Use License: Renewal Confirmation"),
        ("kv", [("Licensee", "Sorrel Valley Family Medicine, P.C."), ("License number", "IU-25-004417"),
                ("License year", "January 1, 2026 - December 31, 2026"),
                ("Licensed application", "Chartwell PM (practice management and billing), version 12")]),
        ("p", "Thank you for renewing your internal use license. This confirmation summarises the terms of your renewal. The "
              "license is granted by the American Medical Association directly to the Licensee named above and permits use of "
              "CPT content only in the licensed application, only by the Licensee's own personnel, and only for internal purposes."),
        ("table", [["Fee component", "Basis", "Amount"],
                   ["Entity fee", "per licensee, per year", "$82.50"],
                   ["User royalty", "$18.50 x 14 reported users", "$259.00"],
                   ["Total due", "", "$341.50"]],
         {"ruled": True, "widths": [0.4, 0.35, 0.25], "bold_last": True}),
        ("h3", "Key terms"),
        ("ol", ["A user is any individual who accesses CPT in the licensed application or relies on output from it that could not "
                "exist without CPT. Licensee must report any increase in users within thirty days.",
                "This license does not cover other applications. If Licensee's EHR or clearinghouse contains CPT, that product "
                "must be covered by its vendor's distribution arrangements or by a separate license.",
                "The AMA may audit Licensee's user count once per license year on reasonable notice.",
                "Affiliated entities are not covered unless separately licensed."]),
        ("p", "Payment is due within thirty days. Please quote the license number on your remittance."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]))

# C7 -- billing service, Provider = practice must license for portal users
DOCS.append(dict(
    key="cl_billing_orchardstreet", word="billingagreement", font="Times", page="A4",
    title="Billing Services Agreement - Orchard Street Billing",
    desc="Billing-service agreement (Provider = practice): the billing company's portal shows CPT, but Provider must obtain and pay for its own CPT licence for its staff who use the portal; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Orchard Street Billing, LLC"),
    blocks=[
        ("h1", "Billing Services Agreement"),
        ("p", "Orchard Street Billing, LLC (\"OSB\") and Cedar Ridge Physical Medicine, PLLC (\"Provider\") enter into this "
              "Agreement effective August 1, 2025."),
        ("h3", "1. OSB Services"),
        ("p", "OSB will code encounters from Provider's documentation, prepare and submit claims, post remittances, appeal "
              "denials and send patient statements. OSB will give Provider's staff access to the OSB Client Portal to upload "
              "documents, review charges before submission and run reports."),
        ("h3", "2. Fees"),
        ("p", "Provider pays OSB 7% of monthly collections on claims OSB submits, plus $3.00 per patient statement. "
              "There is no setup fee."),
        ("h3", "3. Code Content and Licences"),
        ("p", "3.1 The OSB Client Portal displays CPT codes and descriptors on charge review screens and reports."),
        ("p", "3.2 OSB's own licence from the American Medical Association covers OSB's employees only. It does not extend to "
              "Provider or to Provider's personnel."),
        ("p", "3.3 Before any of Provider's personnel access the OSB Client Portal, Provider shall obtain and maintain, at "
              "Provider's sole cost, a licence for CPT from the AMA or an AMA-authorised distributor covering those personnel's "
              "use of CPT in the OSB Client Portal, and shall provide OSB with evidence of that licence on request."),
        ("p", "3.4 If Provider does not provide such evidence, OSB may restrict Provider's portal access to documents that do "
              "not contain CPT content."),
        ("h3", "4. Provider Duties"),
        ("p", "Provider shall deliver complete and accurate documentation, keep its credentialing current, and forward all "
              "payer correspondence to OSB within five business days."),
        ("h3", "5. Term"),
        ("p", "One year, renewing automatically. Either party may terminate on sixty days' notice."),
        ("pb",),
        ("sig", ["ORCHARD STREET BILLING, LLC", "By: ______________", "Marta Kowalski, Owner"],
                ["CEDAR RIDGE PHYSICAL MEDICINE, PLLC", "By: ______________", "Dr. Alan Whitfield"]),
    ]))

# C8 -- onboarding checklist: upload proof of AMA licence
DOCS.append(dict(
    key="cl_onboard_pebbleridge", word="setuplist", font="Helvetica", page="letter",
    title="Pebble Ridge implementation checklist",
    desc="Implementation checklist: the practice must upload its own AMA CPT licence number before the coding module is switched on, because Pebble Ridge does not supply CPT; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Pebble Ridge Health, Inc."),
    blocks=[
        ("h1", "Implementation Checklist"),
        ("p", "Pebble Ridge Health, Inc. · Client: **Lakeview Gastroenterology Associates** · Project PR-2291"),
        ("h2", "Phase 1: Contracting and access"),
        ("check", [(True, "Master agreement and BAA signed"), (True, "Implementation fee paid ($3,000)"),
                   (True, "Admin user created for practice manager")]),
        ("h2", "Phase 2: Configuration"),
        ("check", [(True, "Providers, locations and payers entered"),
                   (False, "Upload your CPT licence details (Settings > Compliance > Code licences). Pebble Ridge does not "
                           "supply or license CPT. The coding module stays switched off until we receive the licence number and "
                           "user count of your practice's own CPT licence from the AMA or an AMA-authorised distributor. "
                           "Any cost of that licence is paid by the practice to its licensor."),
                   (False, "Load your CPT codes under that licence using the Code Import tool"),
                   (False, "Load fee schedules")]),
        ("h2", "Phase 3: Testing"),
        ("check", [(False, "Test claims to three payers"), (False, "Statement print test"),
                   (False, "Sign-off by practice manager")]),
        ("h2", "Phase 4: Go-live"),
        ("check", [(False, "Go-live on agreed date"), (False, "Two weeks of daily check-ins")]),
        ("small", "Questions: implementations@pebbleridgehealth.example · CPT is a registered trademark of the American Medical Association."),
    ]))

# C9 -- release notes: no longer bundling CPT; customers must license directly
DOCS.append(dict(
    key="cl_release_redwater", word="whatsnew", font="Helvetica", page="A4",
    title="Redwater Practice 5.0 - What's new",
    **web("https://community.redwatersoftware.example/t/redwater-practice-5-0-whats-new/8812", "Redwater Practice 5.0 - What's new - Redwater Community", "6/2/25, 12:01 PM"),
    desc="Release notes for v5.0: Redwater stops bundling CPT descriptors; from this version customers must license CPT content directly from the AMA or another authorized distributor and import it; customer must license (earlier inclusion is history).",
    label=dict(coverage="customer_must_license", fee=None, vendor="Redwater Software Group, Inc."),
    blocks=[
        ("banner", COOKIE_3),
        ("crumbs", "Community  ›  Announcements  ›  Release notes"),
        ("h1", "Redwater Practice 5.0: What's new"),
        ("small", "Posted by redwater-product-team · Pinned"),
        ("h2", "Highlights"),
        ("ul", ["New claim workbench with keyboard shortcuts.", "Payer rules engine now supports custom edits.",
                "Dark mode for the scheduler."]),
        ("h2", "Important: change to CPT content"),
        ("p", "Versions up to 4.x shipped with CPT descriptors under Redwater Software Group, Inc.'s distribution agreement with "
              "the American Medical Association. That agreement ends with the 4.x line. **Starting with 5.0, Redwater Practice no "
              "longer includes CPT content.**"),
        ("p", "From 5.0 onward, each customer must license CPT directly from the AMA or from another AMA-authorised distributor "
              "and import the licensed file using **Admin > Code Loader**. Redwater will not invoice customers for CPT and does not "
              "pay for CPT on their behalf. Your existing 4.x sublicense expires when you upgrade."),
        ("p", "Customers who stay on 4.8 keep their current arrangement until 4.8 reaches end of support on December 31, 2025."),
        ("h2", "Other changes"),
        ("ul", ["ICD-10-CM and HCPCS Level II tables continue to be delivered and updated by Redwater.",
                "The legacy report writer has been removed; use Report Studio.",
                "Minimum supported browser versions raised."]),
        ("hr",),
        ("small", "12 replies · 31 likes · Related topics: Code Loader file formats; Upgrade planning for 5.0"),
    ]))

# C10 -- plain-English terms: you type codes in, you need your own licence
DOCS.append(dict(
    key="cl_terms_sparrowhawk", word="policy", font="Helvetica", page="letter",
    title="Sparrowhawk Terms",
    desc="Plain-English 'you/we' terms for a notes app: we include no CPT codes; if you type in or upload CPT codes you need your own AMA licence and pay for it yourself; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Sparrowhawk Notes, Inc."),
    blocks=[
        ("h1", "Sparrowhawk Terms"),
        ("p", "Hi. These are the rules for using Sparrowhawk. \"We\" are Sparrowhawk Notes, Inc. \"You\" are the clinician or "
              "practice with the account."),
        ("h3", "Your account"),
        ("p", "Keep your password to yourself, turn on two-step sign-in, and tell us right away if you think someone else got in."),
        ("h3", "Paying us"),
        ("p", "$29 a month per clinician, charged to your card. No contracts. If you pay yearly, it's $290."),
        ("h3", "About billing codes"),
        ("p", "Sparrowhawk lets you build superbills by typing codes into your own code list. We don't ship any CPT codes or "
              "descriptions, and we don't have a licence from the American Medical Association to give you one."),
        ("p", "So if you type in, paste or upload CPT codes or their descriptions, that's your content, and you need your own "
              "licence from the AMA (or from a company the AMA authorises) for everyone on your account who uses them. You pay "
              "for that licence yourself. We won't charge you for it and we can't buy it for you."),
        ("p", "ICD-10 codes are public, and our diagnosis search uses the government's free list."),
        ("h3", "Your stuff"),
        ("p", "Your notes and client information belong to you. We keep them encrypted and use them only to run Sparrowhawk."),
        ("h3", "If things go wrong"),
        ("p", "We do our best, but the app comes as it is. If we mess up, the most we'll owe you is what you paid us in the last "
              "three months."),
        ("small", "Updated March 3, 2025 · Sparrowhawk Notes, Inc. · 12 Ferry Lane, Burlington, VT 05400 · hello@sparrowhawknotes.example"),
    ]))

# C11 -- renewal quote: CPT line customer-supplied $0.00
DOCS.append(dict(
    key="cl_quote_thornbury", word="order", font="Courier", page="letter", size=9,
    title="Thornbury Renewal Order",
    desc="Renewal order whose CPT line reads 'customer-supplied, $0.00' with a note that the customer maintains its own AMA internal-use licence and loads its own codes; the $0 line is not vendor coverage; customer must license.",
    label=dict(coverage="customer_must_license", fee=None, vendor="Thornbury Systems, LLC"),
    blocks=[
        ("mono", "THORNBURY SYSTEMS, LLC                      RENEWAL ORDER RO-8830\n220 WEAVER ST, GREENSBORO NC 27400          DATE: 08/19/2025\nORDERS@THORNBURYSYS.EXAMPLE"),
        ("sp", 6),
        ("mono", "CUSTOMER: PIEDMONT NEPHROLOGY GROUP, P.A.\nTERM:     10/01/2025 - 09/30/2026"),
        ("sp", 6),
        ("table", [["LINE", "ITEM", "QTY", "PRICE", "EXTENDED"],
                   ["1", "THORNBURY PM SERVER LICENSE - ANNUAL MAINT.", "1", "6,400.00", "6,400.00"],
                   ["2", "CONCURRENT SESSIONS (BLOCK OF 5)", "4", "900.00", "3,600.00"],
                   ["3", "EDI MODULE", "1", "1,100.00", "1,100.00"],
                   ["4", "CPT CODE CONTENT - CUSTOMER-SUPPLIED (SEE NOTE A)", "1", "0.00", "0.00"],
                   ["5", "ICD-10-CM / HCPCS II TABLE UPDATES", "1", "0.00", "0.00"],
                   ["", "", "", "TOTAL", "11,100.00"]],
         {"ruled": False, "widths": [0.07, 0.55, 0.08, 0.14, 0.16], "shade": False}),
        ("mono", "NOTE A: THORNBURY DOES NOT DISTRIBUTE CPT. CUSTOMER HAS ADVISED THAT\nIT HOLDS ITS OWN CPT INTERNAL USE LICENSE FROM THE AMERICAN MEDICAL\nASSOCIATION AND LOADS THE ANNUAL CPT FILE INTO THORNBURY PM UNDER\nTHAT LICENSE. CUSTOMER IS RESPONSIBLE FOR KEEPING THAT LICENSE\nCURRENT FOR ALL USERS. LINE 4 IS SHOWN FOR COMPLETENESS ONLY."),
        ("sp", 6),
        ("mono", "NOTE B: MAINTENANCE INCREASES ARE CAPPED AT 6% PER YEAR UNDER\nSECTION 5.2 OF THE SOFTWARE LICENSE AGREEMENT."),
        ("sp", 10),
        ("mono", "ACCEPTED BY CUSTOMER: ______________________  DATE: __________"),
        ("small", "This order renews services under the Software License Agreement between Thornbury Systems, LLC and the customer."),
    ]))

# ---------------- not_addressed ----------------

# N1 -- commercial payer portal terms; CPT only as claim requirement and trademark
DOCS.append(dict(
    key="na_portal_bluewater", word="payerportal", font="Helvetica", page="letter",
    title="Bluewater Provider Connect - Terms of Use",
    **web("https://providers.bluewaterhealthplan.example/connect/terms", "Terms of Use | Bluewater Provider Connect", "8/12/25, 9:47 AM"),
    desc="Health-plan provider-portal terms: requires valid CPT/HCPCS codes on claims and carries a CPT trademark line, but says nothing about licensing CPT or who pays; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Bluewater Community Health Plan, Inc."),
    blocks=[
        ("banner", COOKIE_2),
        ("crumbs", "Provider Connect  >  Help  >  Terms of Use"),
        ("h1", "Provider Connect Terms of Use"),
        ("p", "Provider Connect is operated by Bluewater Community Health Plan, Inc. (\"Bluewater\", \"the Plan\"). By signing in, "
              "you (the participating provider, group, or billing agent acting for one) agree to these terms."),
        ("h3", "1. Permitted use"),
        ("p", "You may use Provider Connect to check member eligibility and benefits, submit and track claims and "
              "authorisations, view remittance advice, and update your practice demographics. You may not use it to access "
              "information about members you are not treating."),
        ("h3", "2. Claims submitted through the portal"),
        ("p", "Claims must include valid, current procedure codes (CPT or HCPCS Level II), ICD-10-CM diagnosis codes, and the "
              "rendering provider's NPI. Claims with deleted or invalid codes will be rejected. Modifiers must be appended as "
              "described in the Bluewater Provider Manual, chapter 7."),
        ("h3", "3. Prior authorisation"),
        ("p", "Authorisation requests for services on the Plan's prior authorisation list must be submitted at least five "
              "business days before the scheduled service, except for urgent requests."),
        ("h3", "4. Security"),
        ("p", "Each person must have their own login. Office administrators must remove access for departing staff within "
              "two business days. Bluewater may suspend accounts that show unusual activity."),
        ("h3", "5. No fees"),
        ("p", "There is no charge to participating providers for using Provider Connect."),
        ("h3", "6. Disclaimer"),
        ("p", "Eligibility and benefit information is not a guarantee of payment. Payment depends on the member's eligibility "
              "on the date of service and the terms of the member's plan."),
        ("small", "CPT is a registered trademark of the American Medical Association. © 2025 Bluewater Community Health Plan, Inc."),
    ]))

# N2 -- invoice with ICD-10/HCPCS II update fee, no CPT licensing
DOCS.append(dict(
    key="na_inv_cedarhollow", word="invoiceno", font="Times", page="letter",
    title="Cedar Hollow invoice 2025-3312",
    desc="Ruled invoice with subscription, implementation and a per-provider 'code set update service (ICD-10-CM / HCPCS Level II)' line; no CPT licence charge or statement; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Cedar Hollow Software, Inc."),
    blocks=[
        ("h1", "Invoice 2025-3312"),
        ("p", "Cedar Hollow Software, Inc. · 77 Orchard Park Road · Lansing, MI 48900"),
        ("kv", [("Bill to", "Great Lakes Allergy & Asthma, P.C."), ("Date", "November 1, 2025"),
                ("Due", "December 1, 2025"), ("PO", "GLAA-2025-19")]),
        ("table", [["Description", "Qty", "Unit", "Amount"],
                   ["Cedar Hollow EHR, per provider, November 2025", "5", "$210.00", "$1,050.00"],
                   ["Code set update service (ICD-10-CM / HCPCS Level II), per provider, November 2025", "5", "$12.00", "$60.00"],
                   ["Allergy immunotherapy module", "1", "$95.00", "$95.00"],
                   ["Interface: Quest lab results", "1", "$65.00", "$65.00"],
                   ["Additional training (hours)", "2", "$125.00", "$250.00"],
                   ["Total", "", "", "$1,520.00"]],
         {"ruled": True, "widths": [0.58, 0.1, 0.14, 0.18], "bold_last": True}),
        ("p", "The code set update service covers Cedar Hollow's loading, testing and mapping of the October ICD-10-CM release "
              "and the quarterly HCPCS Level II files published by CMS."),
        ("p", "Thank you. Please remit by ACH to the account on your customer profile, referencing the invoice number."),
    ]))

# N3 -- clearinghouse price sheet where CPT means cost per transaction
DOCS.append(dict(
    key="na_rates_deltaport", word="ratesheet", font="Helvetica", page="A4",
    title="Deltaport rate sheet 2025",
    desc="Clearinghouse rate sheet in which 'CPT' is defined as cost per transaction (per-claim pricing tiers); CPT codes/AMA licensing are never dealt with; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Deltaport Claims Clearing, Inc."),
    blocks=[
        ("h1", "2025 Rate Sheet"),
        ("p", "Deltaport Claims Clearing, Inc. · Rates effective January 1, 2025 · sales@deltaportclearing.example"),
        ("p", "In this rate sheet **CPT** means **cost per transaction**: the price of one accepted transaction of the type "
              "shown. Volume tiers are applied to the total of all transaction types in a calendar month."),
        ("table", [["Monthly volume", "Claim CPT", "Eligibility CPT", "Status CPT", "ERA"],
                   ["0 - 999", "$0.32", "$0.14", "$0.10", "Free"],
                   ["1,000 - 4,999", "$0.27", "$0.12", "$0.08", "Free"],
                   ["5,000 - 19,999", "$0.22", "$0.10", "$0.06", "Free"],
                   ["20,000 +", "Call us", "Call us", "Call us", "Free"]],
         {"ruled": True, "widths": [0.24, 0.19, 0.19, 0.19, 0.19]}),
        ("h3", "Other charges"),
        ("ul", ["Account setup: $75 per tax ID, one time.",
                "Paper claim conversion: $0.60 per page.",
                "Monthly minimum: $30 when transaction charges are below that amount.",
                "Rejected transactions are not charged a CPT."]),
        ("h3", "How your CPT is calculated"),
        ("p", "We count every transaction accepted by our gateway in the month, find your tier, and multiply each type's count "
              "by that tier's CPT. Your invoice lists counts and CPTs by type. Example: 2,400 claims and 3,000 eligibility "
              "requests in March place you in the 1,000 - 4,999 tier for both."),
        ("h3", "Contract"),
        ("p", "Rates are guaranteed for 12 months from your start date and may change afterwards on 60 days' notice."),
    ]))

# N4 -- dental pricing page: CDT fee; no CPT
DOCS.append(dict(
    key="na_pricing_evergreen", word="dentalpricing", font="Helvetica", page="letter",
    title="Evergreen Dental Cloud pricing",
    **web("https://evergreendentalcloud.example/pricing", "Pricing | Evergreen Dental Cloud", "10/1/25, 7:15 AM"),
    desc="Dental software pricing grid with an annual ADA CDT code licence fee per location and insurance claim features; CDT is not CPT and CPT licensing is not dealt with; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Evergreen Dental Cloud, LLC"),
    blocks=[
        ("banner", COOKIE_1),
        ("crumbs", "Home  ›  Pricing"),
        ("h1", "Plans for every dental office"),
        ("table", [["", "Solo", "Group", "DSO"],
                   ["Per location / month", "$229", "$349", "Custom"],
                   ["Charting & perio", "\u2713", "\u2713", "\u2713"],
                   ["Imaging integration", "\u2713", "\u2713", "\u2713"],
                   ["Dental insurance claims", "\u2713", "\u2713", "\u2713"],
                   ["CDT\u00ae code licence (ADA)", "$35 / location / yr", "$35 / location / yr", "Included"],
                   ["Patient texting", "Add-on $39/mo", "\u2713", "\u2713"],
                   ["Multi-location reporting", "\u2014", "\u2713", "\u2713"]],
         {"ruled": True, "widths": [0.34, 0.22, 0.22, 0.22]}),
        ("h2", "Why is there a CDT fee?"),
        ("p", "The Code on Dental Procedures and Nomenclature (CDT) is owned by the American Dental Association. Evergreen "
              "Dental Cloud, LLC pays the ADA for the codes in your charting and claims, and passes the cost through once a year "
              "on your renewal date."),
        ("h2", "What's included in every plan"),
        ("ul", ["Unlimited users and chairs", "Free data conversion from most systems", "Daily backups and 99.9% uptime",
                "Phone and chat support"]),
        ("small", "CDT is a registered trademark of the American Dental Association. Prices in USD, excluding taxes."),
    ]))

# N5 -- release notes with CPT features only and copyright notice
DOCS.append(dict(
    key="na_release_fairhaven", word="updates", font="Times", page="letter",
    title="Fairhaven EHR 11.2 release notes",
    desc="Release notes listing CPT-related features (2026 code update, modifier validation, E/M calculator) and an AMA copyright notice, but nothing about licensing or fees; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Fairhaven EHR Corporation"),
    blocks=[
        ("h1", "Fairhaven EHR 11.2: Release Notes"),
        ("p", "Fairhaven EHR Corporation · Release date: December 15, 2025 · Deployment: automatic for hosted customers; "
              "on-premise customers may install from the customer portal."),
        ("h2", "Coding and billing"),
        ("ul", ["2026 CPT code update: new, revised and deleted codes effective January 1, 2026 are loaded. Deleted codes "
                "remain visible on historical encounters and are blocked on new ones.",
                "Modifier validation: the charge screen now warns when modifier 25 is used without a same-day procedure code.",
                "E/M calculator: updated medical decision-making table for office visits.",
                "Telehealth place-of-service defaults can be set per provider."]),
        ("h2", "Clinical"),
        ("ul", ["Growth charts now support the extended BMI percentiles.",
                "Immunisation forecaster updated to the latest schedule.",
                "Problem list: ICD-10-CM codes now show the full descriptor on hover."]),
        ("h2", "Administration"),
        ("ul", ["Audit log export adds user IP address.", "Session timeout can be set between 5 and 60 minutes."]),
        ("h2", "Resolved issues"),
        ("ul", ["FHE-2211: Superbill print cut off the last line on legal paper.",
                "FHE-2218: Duplicate reminder texts for recurring appointments.",
                "FHE-2230: Fee schedule import rejected codes with leading zeros."]),
        ("hr",),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT is a registered trademark of the AMA."),
    ]))

# N6 -- onboarding checklist where CPT = Care Pathway Template
DOCS.append(dict(
    key="na_onboard_goldfinch", word="kickoff", font="Helvetica", page="A4",
    title="Goldfinch Engage kickoff checklist",
    desc="Onboarding checklist for a patient-engagement tool in which 'CPT' means Care Pathway Template; there are subscription and implementation fees but nothing about CPT codes or AMA licensing; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Goldfinch Engage, Inc."),
    blocks=[
        ("h1", "Kickoff Checklist"),
        ("p", "Goldfinch Engage, Inc. · Patient engagement and reminders · Client: Harbor View Cardiology"),
        ("p", "Glossary for this checklist: **CPT** = Care Pathway Template, a reusable sequence of reminders, education messages "
              "and surveys that Goldfinch sends a patient after a visit type. **CSM** = your Customer Success Manager."),
        ("check", [(True, "1. Order form signed: 4 locations, Engage Plus, $0.06 per text message after 5,000 per month."),
                   (True, "2. Implementation fee paid ($900, one time)."),
                   (False, "3. Connect your scheduling system (HL7 SIU feed or API)."),
                   (False, "4. Choose up to three starter CPTs from our library (post-cath follow-up, new patient welcome, annual "
                           "echo recall)."),
                   (False, "5. Review and edit the message text in each CPT with your clinical lead."),
                   (False, "6. Set quiet hours and opt-out wording."),
                   (False, "7. Pilot each CPT at one location for two weeks."),
                   (False, "8. Roll out to all locations; CSM reviews response rates at 30 days."),
                   (False, "9. Additional custom CPTs are billed at $150 each after the first five.")]),
        ("h3", "Notes"),
        ("p", "Goldfinch does not read or write billing codes; it uses appointment types from your scheduler only. "
              "Message charges are invoiced monthly in arrears."),
    ]))

# N7 -- email about subscription increase; CPT only as chargemaster import
DOCS.append(dict(
    key="na_mail_heronsgate", header=('Mail - Victor Chen - Outlook', 'RE: 2026 price change'), pagenum="%d", word="pricechange", font="Helvetica", page="letter",
    title="RE: 2026 price change",
    desc="E-mail thread about a per-user subscription increase and an implementation fee for a new location; CPT appears only as the practice's CPT-based chargemaster import; no CPT licensing terms; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Heronsgate Practice Software, Inc."),
    blocks=[
        ("email", [("From", "Alicia Moreno <amoreno@heronsgate.example>"),
                   ("To", "Victor Chen <vchen@baysideimaging.example>"),
                   ("Date", "Monday, November 17, 2025 1:05 PM"),
                   ("Subject", "RE: 2026 price change")]),
        ("p", "Hi Victor,"),
        ("p", "Confirming the numbers we discussed on the phone:"),
        ("ul", ["Your per-user subscription goes from $85 to $90 per user per month on January 1, 2026, as allowed under the "
                "annual adjustment clause of your Heronsgate agreement.",
                "The new Redwood City location will have a one-time implementation fee of $1,800, which covers configuration, "
                "two training days on site and import of your CPT-based chargemaster from the old system.",
                "Your existing multi-year discount (8%) continues to apply to subscription fees."]),
        ("p", "I'll send the formal amendment for signature this week. Let me know if anything above doesn't match your notes."),
        ("p", "Best,\nAlicia Moreno\nAccount Manager, Heronsgate Practice Software, Inc."),
        ("email", [("From", "Victor Chen <vchen@baysideimaging.example>"),
                   ("To", "Alicia Moreno <amoreno@heronsgate.example>"),
                   ("Date", "Monday, November 17, 2025 10:22 AM"),
                   ("Subject", "2026 price change")]),
        ("quote", ["Alicia, can you put in writing what we talked about this morning? The per-user increase and the cost of "
                   "setting up Redwood City. Our CFO wants it before the budget meeting. We'll also need our chargemaster with "
                   "all the CPT codes and prices moved over. Thanks, Victor Chen, Director of Operations, Bayside Imaging Partners"]),
    ]))

# N8 -- EULA with only copyright/trademark notices for CPT
DOCS.append(dict(
    key="na_eula_ivybridge", word="subscriberterms", font="Times", page="A4",
    title="Ivybridge Subscriber Terms",
    desc="Subscriber terms whose only CPT content is an AMA copyright notice and trademark line in the notices section; no licence grant, fee or customer obligation for CPT; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Ivybridge Medical Technologies, Inc."),
    blocks=[
        ("h1", "Subscriber Terms"),
        ("p", "These Subscriber Terms govern access to the Ivybridge ambulatory platform provided by Ivybridge Medical "
              "Technologies, Inc. (\"Ivybridge\") to the subscribing practice (\"Subscriber\")."),
        ("h3", "1. Access"),
        ("p", "Ivybridge will make the platform available to Subscriber's authorised users 24 hours a day, subject to scheduled "
              "maintenance announced at least 48 hours in advance. Ivybridge targets 99.8% monthly availability."),
        ("h3", "2. Subscriber Obligations"),
        ("p", "Subscriber is responsible for its users' conduct, for the accuracy of data it enters, and for obtaining any "
              "patient consents required by law."),
        ("h3", "3. Fees"),
        ("p", "Subscriber shall pay the fees set out in its order: a monthly platform fee per provider and a monthly fee per "
              "additional staff user above the included allowance. Ivybridge may increase fees once per year on 60 days' notice, "
              "by no more than 5%."),
        ("h3", "4. Data"),
        ("p", "Subscriber owns its data. Ivybridge will return Subscriber's data in a standard export format within 30 days of "
              "termination on request."),
        ("h3", "5. Warranties; Liability"),
        ("p", "Ivybridge warrants that the platform will perform materially in accordance with its documentation. Each party's "
              "aggregate liability is limited to the fees paid in the twelve months before the claim."),
        ("h3", "6. General"),
        ("p", "These terms are governed by Delaware law. Notices must be in writing to the addresses in the order."),
        ("pb",),
        ("h3", "7. Notices and Attributions"),
        ("p", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT is a registered trademark of the "
              "American Medical Association. SNOMED CT is a registered trademark of SNOMED International. LOINC is a registered "
              "trademark of Regenstrief Institute, Inc."),
        ("small", "Ivybridge Medical Technologies, Inc. · 4 Market Square · Wilmington, DE 19800 · Version 3.4"),
    ]))

# N9 -- KB article about telehealth billing codes
DOCS.append(dict(
    key="na_kb_jaspervalley", word="knowledgebase", font="Helvetica", page="letter",
    title="Billing telehealth visits",
    **web("https://help.jaspervalley.example/articles/billing-telehealth-visits", "Billing telehealth visits - Jasper Valley Help", "4/3/25, 5:30 PM"),
    desc="Help-centre article on which CPT codes, modifiers and place-of-service values to use for telehealth visits; CPT is only billing content, nothing on licensing; not addressed.",
    label=dict(coverage="not_addressed", fee=None, vendor="Jasper Valley Telehealth, Inc."),
    blocks=[
        ("banner", COOKIE_3),
        ("crumbs", "Help  >  Billing  >  Telehealth"),
        ("h1", "Billing telehealth visits"),
        ("small", "Jasper Valley Telehealth, Inc. · Billing guides · 6 min read"),
        ("p", "When a visit is completed by video in Jasper Valley, the visit summary creates a draft charge. This guide explains "
              "how to finish that charge so payers accept it."),
        ("h2", "1. Choose the visit code"),
        ("p", "For most established patients seen by video, use the same office visit CPT codes you would use in person "
              "(99212 to 99215), based on medical decision making or total time. Audio-only visits may need different codes "
              "depending on the payer; check your payer's policy."),
        ("h2", "2. Add the right modifier"),
        ("ul", ["Modifier 95: synchronous audio-video telehealth, accepted by many commercial payers.",
                "Modifier 93: audio-only services where the payer allows them.",
                "Some Medicare claims use place of service instead of a modifier; see below."]),
        ("h2", "3. Set the place of service"),
        ("ul", ["POS 10: patient is at home.", "POS 02: patient is somewhere other than home (for example a clinic)."]),
        ("h2", "4. Check before you submit"),
        ("p", "Open the charge, confirm the diagnosis pointers, and select **Ready to bill**. Jasper Valley will flag common "
              "mismatches, such as POS 10 with a code the payer does not cover for telehealth."),
        ("hr",),
        ("h3", "Related articles"),
        ("ul", ["Setting payer-specific telehealth rules", "Understanding claim rejections", "Time-based coding tips"]),
        ("small", "CPT is a registered trademark of the American Medical Association. This guide is general information, not "
                  "billing advice; payer rules change often."),
    ]))
