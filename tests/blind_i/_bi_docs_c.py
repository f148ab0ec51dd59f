"""Documents in which the practice must hold its own CPT licence (customer_must_license)."""
from _bi_boiler import (confidentiality, general, hipaa, liability, payment, support, term,
                        warranty)


def P(t):
    return ("p", t)


def H(t):
    return ("h", t)


def ps(texts):
    return [P(t) for t in texts]


DOCS = []


def doc(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------- C01 SaaS terms you/we
doc(key="c01_foxglove_terms", coverage="customer_must_license", fee=None,
    vendor="Foxglove Practice Software, LLC", kind="contract",
    description="Subscription terms (you/we): vendor supplies no CPT and is not an AMA "
                "distributor; customer who enters/uploads CPT must license it from the AMA.",
    theme={"family": "sans", "size": 9.5, "lead": 12.4, "header": "Foxglove Practice Software, "
           "LLC \u2014 Subscription Terms", "page_numbers": "{n}", "accent": "#6a1b4d"},
    blocks=[
        ("title", "Foxglove Subscription Terms"),
        ("small", "Version 3.1 \u00b7 Effective January 1, 2025"),
        P("These Subscription Terms are an agreement between Foxglove Practice Software, LLC "
          "(\"Foxglove\", \"we\", \"our\") and the practice that signs an order for the Foxglove "
          "service (\"you\", \"your\")."),
        H("1. The service"),
        P("We provide a hosted practice management service for scheduling, registration, charge "
          "entry, claims and patient billing (the \"Service\"). We may improve the Service over "
          "time but will not materially reduce its core functions during your subscription term."),
        H("2. Your account"),
        P("You will designate an account administrator, keep log-in credentials confidential and "
          "make sure each user has a unique log-in. You are responsible for your users' actions."),
        H("3. Fees"),
        P("You will pay the fees in your order. We charge recurring fees monthly in advance to "
          "the card or bank account on file; if a charge fails we will tell you and try again "
          "within five business days. Fees do not include taxes, which you will pay except for "
          "taxes on our income."),
        H("4. Term"),
        *ps(term(3, "Foxglove", "you")),
        H("5. Support"),
        *ps(support(1, "Foxglove", "you")),
        H("6. Privacy and security"),
        *ps(hipaa(1, "Foxglove", "you")),
        H("7. Liability"),
        *ps(liability(0, "Foxglove", "you")),
        H("8. Code sets and your content"),
        P("8.1 The Service lets you build fee schedules, charge masters and superbill templates "
          "by entering or uploading procedure and diagnosis codes. Foxglove does not supply CPT\u00ae "
          "codes or descriptors with the Service and is not a distributor of CPT content."),
        P("8.2 If you enter, upload or use CPT content in the Service, you are solely responsible "
          "for obtaining and maintaining, at your own expense, a licence from the American Medical "
          "Association covering each individual who uses that content in the Service. You will "
          "give us evidence of that licence if we reasonably ask for it."),
        P("8.3 We supply the ICD-10-CM and HCPCS Level II code sets published by the federal "
          "government at no charge."),
        H("9. General"),
        *ps(general(1, "Foxglove", "you", "Oregon")),
    ])


# ---------------------------------------------------------------- C02 help-centre: import your own fee schedule
doc(key="c02_tallgrass_import_help", coverage="customer_must_license", fee=None,
    vendor="Tallgrass EMR, Inc.", kind="web",
    description="Help-centre article on importing your own CPT fee schedule; vendor ships no "
                "CPT descriptors and cannot sell a licence; practice must license from AMA or "
                "another distributor.",
    theme={"family": "sans", "size": 9.8, "lead": 12.8, "accent": "#8a6d1f",
           "header": "Tallgrass Knowledge Base", "header_right": "kb.tallgrassemr.example",
           "footer": "\u00a9 Tallgrass EMR, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("small", "Knowledge Base \u203a Setup \u203a Fee schedules"),
        ("title", "Importing your CPT\u00ae fee schedule"),
        P("Tallgrass doesn't come preloaded with CPT descriptions. Instead, you bring your own "
          "procedure list and fees, and Tallgrass uses them on superbills, claims and statements. "
          "This article walks through the import and explains the licensing requirements."),
        H("Before you start"),
        ("bul", ["Export your fee schedule from your previous system as a CSV file with columns "
                 "Code, Modifier, Description, Fee.",
                 "Make sure you have Admin permissions in Tallgrass.",
                 "Confirm your practice is licensed to use CPT content (see Licensing, below)."]),
        H("Steps"),
        ("num", ["Go to Settings \u203a Billing \u203a Fee Schedules and click Import.",
                 "Choose your CSV file and map each column.",
                 "Review the preview. Rows with invalid codes are highlighted in red.",
                 "Click Save. Your new schedule applies to encounters created from now on."]),
        H("Licensing"),
        P("CPT codes and descriptions are copyrighted by the American Medical Association. "
          "Because you are loading CPT content into Tallgrass yourself, the AMA requires that "
          "everyone who uses it in Tallgrass be covered by a CPT licence held by your practice. "
          "Tallgrass EMR, Inc. is not an AMA distributor and can't sell you that licence."),
        P("Most practices license CPT directly from the AMA under an internal-use licence, or "
          "through another AMA-authorized distributor. Keep a copy of your licence confirmation "
          "with your compliance records; the AMA counts users individually, so include front-desk "
          "and billing staff who work with codes."),
        H("Troubleshooting"),
        P("If the import stops at a row, check for extra commas in the Description column or "
          "codes stored as numbers with a dropped leading zero."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- C03 practice already holds licence
V, C = "Westbury", "Client"
doc(key="c03_westbury_system_license", coverage="customer_must_license", fee=None,
    vendor="Westbury Data Systems, Inc.", kind="contract",
    description="System licence agreement: client represents it holds its own AMA internal-use "
                "licence; vendor provides no CPT licence and charges no CPT fee.",
    theme={"family": "serif", "size": 10, "lead": 12.8, "justify": True,
           "header": "Westbury Data Systems, Inc.", "header_right": "System License and Support "
           "Agreement", "page_numbers": "Page {n}"},
    blocks=[
        ("title", "System License and Support Agreement"),
        P("This Agreement is made effective July 1, 2024 between **Westbury Data Systems, Inc.**, "
          "a Georgia corporation (\"Westbury\"), and **Stillwater Cardiology Group, P.A.** "
          "(\"Client\")."),
        H("1. License"),
        P("1.1 Westbury grants Client a non-exclusive, non-transferable, perpetual licence to "
          "install and use the Westbury Cardio PM system (the \"System\") on servers controlled "
          "by Client, for Client's internal business purposes."),
        P("1.2 The licence fee of $28,500.00 is payable 50% on signature and 50% on acceptance."),
        H("2. Support"),
        *ps(["2.1 " + support(2, V, C)[0]]),
        P("2.2 Annual Support Fees are 18% of the licence fee, invoiced annually in advance. "
          + payment(3, V, C)[0]),
        H("3. Term of Support"),
        *ps(term(1, V, C)[:1]),
        H("4. Warranty"),
        *ps(warranty(0, V, C)),
        H("5. Confidentiality"),
        *ps(confidentiality(0, V, C)),
        H("6. Limitation of Liability"),
        *ps(liability(2, V, C)),
        H("9. Code Sets"),
        P("9.1 The System uses procedure and diagnosis code tables that Client loads and "
          "maintains. Westbury provides a load utility for annual code releases."),
        P("9.2 Client represents that it holds, and will maintain throughout the term of this "
          "Agreement, an internal-use licence from the American Medical Association covering "
          "CPT\u00ae content loaded into the System, for all individuals who use the System. "
          "Westbury does not provide or sublicense CPT content and charges no CPT fee. Client will "
          "load each annual CPT release from the data file it receives under its AMA licence."),
        P("9.3 Client shall indemnify Westbury against any claim by the American Medical "
          "Association arising from Client's failure to maintain the licence described in "
          "Section 9.2."),
        H("10. General"),
        *ps(general(0, V, C, "Georgia")),
        ("sig", [("WESTBURY DATA SYSTEMS, INC.", "Harold Lindsey", "President"),
                 ("STILLWATER CARDIOLOGY GROUP, P.A.", "Helen Marsh", "Revenue Cycle Manager")]),
    ])


# ---------------------------------------------------------------- C04 AMA internal use licence
doc(key="c04_ama_internal_use", coverage="customer_must_license", fee=None,
    vendor="American Medical Association", kind="contract",
    description="The AMA's own CPT internal-use licence signed by the practice (practice "
                "licenses CPT directly); royalties by reference to the AMA schedule, no amount.",
    theme={"family": "serif", "size": 9.8, "lead": 12.4, "justify": True,
           "title_align": "center", "head_upper": True, "accent": "#000000",
           "header": "American Medical Association \u2014 CPT\u00ae Internal Use License Agreement",
           "page_numbers": "Page {n}"},
    blocks=[
        ("title", "CPT\u00ae INTERNAL USE LICENSE AGREEMENT"),
        ("center", "Agreement No. IU-2025-048812"),
        P("This Internal Use License Agreement (\"Agreement\") is entered into between the "
          "American Medical Association, an Illinois not-for-profit corporation, 330 North Wabash "
          "Avenue, Chicago, Illinois 60611 (\"AMA\"), and the organization identified in Exhibit "
          "A (\"Licensee\"), effective January 1, 2025."),
        H("1. Definitions"),
        P("1.1 \"Licensed Content\" means the AMA's Current Procedural Terminology (CPT\u00ae) "
          "Standard data file for the annual release identified in Exhibit A, including codes, "
          "descriptors and guidelines."),
        P("1.2 \"User\" means an individual who (a) accesses, uses or manipulates the Licensed "
          "Content; (b) uses an application that incorporates the Licensed Content to produce "
          "output that could not exist without it; or (c) uses such output. Users are counted "
          "individually and not on a concurrent basis."),
        P("1.3 \"Application\" means each software system identified in Exhibit A into which "
          "Licensee loads or in which Licensee uses Licensed Content."),
        H("2. License grant"),
        P("2.1 Subject to this Agreement and payment of royalties, AMA grants Licensee a "
          "non-exclusive, non-transferable licence to use the Licensed Content solely for "
          "Licensee's internal business purposes within the United States, in the Applications, "
          "by no more than the number of Users reported under Section 4."),
        P("2.2 Licensee shall not distribute, sublicense, publish or make the Licensed Content "
          "available to any third party, including affiliates and other legal entities, and "
          "shall not create derivative works except as permitted in writing by AMA."),
        H("3. Royalties"),
        P("3.1 Licensee shall pay AMA the royalties set out in AMA's published internal-use "
          "royalty schedule for the applicable annual release, calculated as an entity fee plus "
          "an amount for each User in each Application. AMA will invoice Licensee through its "
          "royalties portal, and invoices are payable within thirty (30) days."),
        P("3.2 Royalties are non-refundable. Licensee shall pay any applicable taxes."),
        H("4. Reporting and audit"),
        P("4.1 Licensee shall report its User count for each Application before the start of "
          "each release year and within thirty (30) days after any increase of more than ten "
          "percent."),
        P("4.2 AMA or its designee may, on thirty (30) days' notice and not more than once a "
          "year, audit Licensee's records to verify User counts. Licensee shall promptly pay any "
          "shortfall identified."),
        H("5. Term and termination"),
        P("This Agreement continues for the release year in Exhibit A and renews for each "
          "subsequent annual release upon payment of royalties, unless either party gives sixty "
          "(60) days' written notice. AMA may terminate on thirty (30) days' notice for an uncured "
          "breach. On termination Licensee shall cease use of the Licensed Content."),
        H("6. Disclaimers"),
        P("THE LICENSED CONTENT IS PROVIDED \"AS IS\". AMA DOES NOT DIRECTLY OR INDIRECTLY "
          "PRACTICE MEDICINE OR DISPENSE MEDICAL SERVICES. FEE SCHEDULES, RELATIVE VALUE UNITS, "
          "CONVERSION FACTORS AND RELATED COMPONENTS ARE NOT ASSIGNED BY AMA AND ARE NOT PART OF "
          "CPT. AMA'S LIABILITY SHALL NOT EXCEED THE ROYALTIES PAID IN THE PRIOR TWELVE MONTHS."),
        H("7. General"),
        P("This Agreement is governed by the laws of the State of Illinois. It is the entire "
          "agreement of the parties regarding the Licensed Content."),
        ("pb",),
        ("h", "Exhibit A \u2014 Licensee and Applications"),
        ("kv", [("Licensee", "Willow Creek Speech & Language Clinic, LLC"),
                ("Address", "77 Creekside Drive, Asheville, NC 28803"),
                ("Release year", "2025 CPT annual release"),
                ("Applications", "(1) Practice management and billing system; (2) Clinical "
                                 "documentation system"),
                ("Users reported", "Application 1: 6 Users; Application 2: 9 Users")]),
        ("sig", [("AMERICAN MEDICAL ASSOCIATION", "", "CPT Intellectual Property Services"),
                 ("LICENSEE", "Teresa Valdivia", "Practice Manager")]),
    ])


# ---------------------------------------------------------------- C05 FAQ with designated distributor
doc(key="c05_clearwater_distributor_faq", coverage="customer_must_license", fee=None,
    vendor="Clearwater Charting, Inc.", kind="web",
    description="FAQ: vendor charges nothing for CPT; AMA designated another distributor "
                "(Medlicense Direct, LLC) from whom practices buy their own CPT licence.",
    theme={"family": "sans", "size": 9.7, "lead": 12.7, "accent": "#0d6e8c",
           "header": "Clearwater Charting \u2014 CPT\u00ae licence FAQ",
           "footer": "Clearwater Charting, Inc. \u00b7 San Diego, California",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "CPT\u00ae licensing for Clearwater customers"),
        ("small", "Posted December 2024"),
        P("We've had many questions about CPT licences after customers received notices in their "
          "Clearwater inbox. Here are the facts as we understand them."),
        ("num", [
            "CPT codes are created and owned by the American Medical Association (AMA), which "
            "controls how they may be used.",
            "To use CPT codes lawfully, a practice must be licensed by the AMA itself or by a "
            "distributor the AMA has authorized. That is true whichever EHR you use.",
            "Clearwater Charting, Inc. makes no charge for the CPT codes in the software and "
            "does not sell CPT licences.",
            "The AMA has told us that, starting January 1, 2025, the authorized distributor for "
            "Clearwater users is Medlicense Direct, LLC. You'll purchase your practice's CPT "
            "licence from Medlicense Direct, and they will invoice you directly.",
            "The price and terms of your CPT licence are settled between you, Medlicense Direct "
            "and the AMA; Clearwater isn't involved, so please send questions about them to "
            "Medlicense Direct or the AMA."]),
        H("What will it cost?"),
        P("We don't set the price, but our understanding is that the AMA's royalty is calculated "
          "per user, and that the AMA generally assumes about four users for each physician "
          "(the physician included) unless your practice shows it has fewer."),
        H("What happens if I don't buy a licence?"),
        P("Clearwater will keep working, but the AMA considers unlicensed use of CPT an "
          "infringement of its copyright. We recommend you complete the Medlicense Direct "
          "purchase before the end of January."),
        H("Where do I start?"),
        P("Click the \"CPT licence\" banner in Clearwater, which takes you to Medlicense Direct's "
          "order page with your Clearwater account number pre-filled."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- C06 order form note
doc(key="c06_junipercrest_order", coverage="customer_must_license", fee=None,
    vendor="Juniper Crest Software, Inc.", kind="order",
    description="Order form special terms: CPT not included; customer must license CPT from the "
                "AMA or an authorised distributor before go-live.",
    theme={"family": "sans", "size": 9.2, "lead": 11.8, "table_style": "box",
           "header": "Juniper Crest Software, Inc.", "header_right": "Order JCS-4471",
           "page_numbers": "{n}"},
    blocks=[
        ("title", "Customer Order"),
        ("kv", [("Order", "JCS-4471"),
                ("Customer", "Harborlight Pain Management, LLC"),
                ("Effective", "May 12, 2025"),
                ("Subscription term", "24 months")]),
        ("tbl", [["Item", "Qty", "Price", "Billing"],
                 ["Juniper Crest RCM Cloud \u2014 billing workspace", "4 users", "$85.00 per "
                  "user", "Monthly"],
                 ["Juniper Crest Analytics", "1", "$300.00", "Monthly"],
                 ["Setup and configuration", "1", "$2,000.00", "One-time"],
                 ["Fee schedule load (customer-supplied)", "1", "$250.00", "One-time"]],
         {"widths": [50, 14, 20, 16]}),
        H("Special terms"),
        ("num", [
            "CPT\u00ae content is not included in the Software. Customer shall license CPT from "
            "the American Medical Association, or from an AMA-authorized distributor, before "
            "go-live, and shall maintain that licence for all Users during the Subscription Term.",
            "Juniper Crest will load Customer's fee schedule, including code descriptors supplied "
            "by Customer, from a file provided by Customer.",
            "User quantities may be increased at any time; increases are prorated to the next "
            "monthly invoice.",
            "This Order is governed by the Juniper Crest Master Terms (v2025-01)."]),
        ("sig", [("Juniper Crest Software, Inc.", "Ari Feldman", "Account Director"),
                 ("Harborlight Pain Management, LLC", "Victor Haddad, MD", "Medical Director")]),
    ])


# ---------------------------------------------------------------- C07 announcement: distribution ends
doc(key="c07_stonebridge_announcement", coverage="customer_must_license", fee=None,
    vendor="Stonebridge Medical Records, Inc.", kind="web",
    description="Web announcement: vendor's AMA distribution agreement ends Dec 31, 2024; from "
                "2025 each practice must license CPT directly from the AMA (in force now).",
    theme={"family": "serif", "size": 10.2, "lead": 13.2, "accent": "#7b1f1f",
           "header": "Stonebridge Newsroom", "header_right": "stonebridgemr.example/news",
           "footer": "Stonebridge Medical Records, Inc.", "page_numbers": "{n}"},
    blocks=[
        ("small", "Customer announcements \u00b7 September 9, 2024"),
        ("title", "Important: changes to CPT\u00ae licensing for 2025"),
        P("To all Stonebridge practices:"),
        P("Stonebridge's distribution agreement with the American Medical Association (AMA) will "
          "end on December 31, 2024, and Stonebridge Medical Records, Inc. will not renew it. "
          "Through that date, CPT content in Stonebridge remains licensed to you through us at no "
          "extra charge."),
        P("**From January 1, 2025, Stonebridge will no longer sublicense CPT.** CPT codes will "
          "still be available in the software, but to keep using them each practice must obtain "
          "its own CPT licence directly from the AMA, covering every user of CPT in Stonebridge. "
          "Stonebridge will not invoice any CPT or AMA fee."),
        H("What you need to do"),
        ("num", ["Apply for an AMA internal-use licence through the AMA's CPT licensing site "
                 "before December 1, 2024.",
                 "Count your users: the AMA counts every individual who uses CPT codes or output "
                 "that depends on them, including front-desk and billing staff.",
                 "Upload your licence confirmation under Admin \u203a Compliance \u203a Code set "
                 "licences. Practices without a confirmation on file by January 31, 2025 will "
                 "see a reminder banner at log-in."]),
        H("Why is this happening?"),
        P("The AMA's distribution terms now require reporting and audit commitments that we "
          "cannot meet at our size without raising prices for everyone. We believe a direct "
          "licence is the more transparent option for most practices."),
        P("Questions: compliance@stonebridgemr.example or your account manager."),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ])


# ---------------------------------------------------------------- C08 analytics: customer data contains CPT
V, C = "Supplier", "Customer"
doc(key="c08_cobaltquay_analytics", coverage="customer_must_license", fee=None,
    vendor="Cobalt Quay Analytics, LLC", kind="contract",
    description="Analytics services agreement: platform displays CPT from the customer's own "
                "data; customer must ensure it and its users hold AMA licences.",
    theme={"family": "sans", "size": 9.2, "lead": 12, "justify": True,
           "header": "Cobalt Quay Analytics, LLC", "header_right": "Data Analytics Services "
           "Agreement", "page_numbers": "{n}", "accent": "#1c3d6e"},
    blocks=[
        ("title", "Data Analytics Services Agreement"),
        P("Cobalt Quay Analytics, LLC (\"Supplier\") and Lakeview Behavioral Health Group, Inc. "
          "(\"Customer\") agree to the following terms, effective October 15, 2024."),
        H("1. Platform"),
        P("Supplier will ingest Customer's practice management and claims data (\"Customer "
          "Data\") through secure file transfer, and will provide dashboards on productivity, "
          "payer mix, denials and reimbursement trends through its hosted platform."),
        H("2. Fees"),
        P("Customer shall pay a platform fee of $1,250.00 per month and $40.00 per Authorized "
          "User per month. " + payment(1, V, C)[0]),
        H("3. Customer Data"),
        P("3.1 Customer owns Customer Data and grants Supplier a licence to process it solely to "
          "provide the services."),
        P("3.2 Customer Data may contain CPT\u00ae codes and descriptors, which the platform "
          "displays in reports and dashboards. Supplier does not license CPT content to Customer "
          "and does not supply CPT data. Customer shall ensure that it and each of its Authorized "
          "Users holds all licences required by the American Medical Association for the use of "
          "CPT content in Customer Data as processed and displayed by the platform."),
        H("4. Term"),
        *ps(term(2, V, C)),
        H("5. Confidentiality and Security"),
        *ps(confidentiality(1, V, C)),
        *ps(hipaa(1, V, C)),
        H("6. Warranties; Liability"),
        *ps(warranty(1, V, C)),
        *ps(liability(0, V, C)),
        H("7. General"),
        *ps(general(1, V, C, "Illinois")),
        ("sig", [("Cobalt Quay Analytics, LLC", "Anders Mikkelsen", "Chief Executive Officer"),
                 ("Lakeview Behavioral Health Group, Inc.", "Curtis Ambrose",
                  "Chief Operating Officer")]),
    ])


# ---------------------------------------------------------------- C09 email: not a distributor
doc(key="c09_larkspur_email", coverage="customer_must_license", fee=None,
    vendor="Larkspur Scheduling Systems, Inc.", kind="email",
    description="Support e-mail: scheduling vendor is not an AMA distributor; practice uses its "
                "own code list and must license CPT (e.g. from the AMA); the EHR's licence does "
                "not extend to it.",
    theme={"family": "sans", "size": 9.6, "lead": 12.4, "page_numbers": "{n}",
           "header": "Larkspur Support \u2014 Ticket #88412"},
    blocks=[
        ("title", "Ticket #88412: Does our subscription cover CPT licensing?"),
        ("kv", [("Status", "Solved"), ("Requester", "Nadia Ferreira (Granite Peak Urgent Care)"),
                ("Assignee", "Support Tier 2 \u2014 Ben Okoro")]),
        ("hr",),
        ("h2", "Ben Okoro (Larkspur Scheduling Systems, Inc.) \u2014 Feb 11, 2025, 3:18 PM"),
        P("Hi Nadia,"),
        P("Thanks for checking. Larkspur isn't an AMA distributor, so we can't license CPT\u00ae "
          "to you and our subscription doesn't include a CPT licence. Larkspur doesn't ship any CPT "
          "content either: the visit-type setup lets you attach procedure codes, but those come "
          "from the list your practice uploads."),
        P("If your team uses CPT codes in Larkspur (for example on visit types or the "
          "check-out screen), the AMA expects your practice to hold a licence covering those "
          "users. Most of our customers get one directly from the AMA through its CPT licensing "
          "portal. The licence that comes with your EHR covers the EHR only, not Larkspur."),
        P("I've attached our one-page guide to the AMA's application. Let me know if anything "
          "is unclear."),
        P("Ben"),
        ("hr",),
        ("h2", "Nadia Ferreira \u2014 Feb 11, 2025, 10:02 AM"),
        P("Hello, our EHR vendor charges us an AMA fee every January for CPT. Do we need to pay "
          "something similar for Larkspur, or is it already covered by our Larkspur "
          "subscription? We use Larkspur for scheduling at all four clinics."),
        P("Nadia Ferreira, Operations Manager, Granite Peak Urgent Care, LLC"),
    ])


# ---------------------------------------------------------------- C10 interface engine
V, C = "Supplier", "Customer"
doc(key="c10_meadowgate_interface", coverage="customer_must_license", fee=None,
    vendor="Meadowgate Integration Services, Inc.", kind="contract",
    description="Interface SOW/terms: engine transmits CPT but includes none; customer secures "
                "and pays for all code-set licences, including the AMA's.",
    theme={"family": "serif", "size": 10, "lead": 12.7,
           "header": "Meadowgate Integration Services, Inc.", "header_right": "SOW-2025-07",
           "page_numbers": "Page {n}"},
    blocks=[
        ("title", "Statement of Work and Interface Services Terms"),
        ("kv", [("Statement of Work", "SOW-2025-07"),
                ("Supplier", "Meadowgate Integration Services, Inc."),
                ("Customer", "Kingsley Family Health Center, Inc."),
                ("Start", "June 16, 2025")]),
        H("1. Scope"),
        P("Supplier will build, test and support the following HL7 v2 interfaces using its "
          "hosted interface engine: (a) ADT from Customer's EHR to its laboratory system; (b) "
          "DFT charge messages from the EHR to Customer's practice management system; (c) ORU "
          "results from the reference lab to the EHR."),
        H("2. Fees"),
        ("tbl", [["Component", "Fee"],
                 ["Interface build (3 interfaces)", "$4,500.00 one-time"],
                 ["Hosting and monitoring", "$275.00 per interface per month"],
                 ["Change requests", "$165.00 per hour"]],
         {"style": "lines", "widths": [60, 40]}),
        *ps(payment(3, V, C)[:1]),
        H("3. Acceptance"),
        P("Each interface is accepted when it processes five consecutive business days of "
          "production messages without a Supplier-caused error, or when Customer uses it in "
          "production, whichever is earlier."),
        H("4. Code Set Licences"),
        P("The interface engine maps and transmits code values contained in Customer's messages, "
          "including CPT\u00ae procedure codes in charge messages. Supplier does not supply, and "
          "grants no licence to, any code set. Customer shall be responsible for securing and "
          "paying for all code set licences required in connection with the Interfaces, "
          "including any licence required by the American Medical Association for CPT."),
        H("5. Support"),
        *ps(support(0, V, C)),
        H("6. Term; Liability"),
        *ps(term(1, V, C)[:1]),
        *ps(liability(1, V, C)),
        H("7. General"),
        *ps(general(2, V, C, "Wisconsin")),
        ("sig", [("Meadowgate Integration Services, Inc.", "Rita Kowalski", "Delivery Director"),
                 ("Kingsley Family Health Center, Inc.", "Abena Mensah", "Executive Director")]),
    ])


# ---------------------------------------------------------------- C11 billing service, Provider = practice, own licences
V, C = "Clearfield", "Provider"
doc(key="c11_clearfield_billing", coverage="customer_must_license", fee=None,
    vendor="Clearfield Claims Management, Inc.", kind="contract",
    description="Billing-service agreement ('Provider' = the practice): billing company works in "
                "the practice's own PM system; Provider must obtain the CPT licences, including "
                "for the billing company's staff.",
    theme={"family": "sans", "size": 9.4, "lead": 12.3, "head_upper": True,
           "header": "Clearfield Claims Management, Inc.", "header_right": "Billing Services "
           "Agreement", "page_numbers": "{n}", "accent": "#2f4f4f"},
    blocks=[
        ("title", "Billing Services Agreement"),
        P("This Billing Services Agreement is entered into as of August 1, 2025 by Clearfield "
          "Claims Management, Inc., a North Carolina corporation (\"Clearfield\"), and Willow "
          "Creek Speech & Language Clinic, LLC (\"Provider\")."),
        H("1. Services"),
        P("Clearfield will submit Provider's claims, post payments, work denials and "
          "underpayments, and send patient statements, as described in Exhibit 1."),
        H("2. Fees"),
        P("Provider shall pay Clearfield $4.10 per claim submitted and $250.00 per month for "
          "accounts-receivable follow-up. " + payment(0, V, C)[0]),
        H("3. Term"),
        *ps(term(0, V, C)),
        H("4. Systems and Access"),
        P("4.1 Clearfield will perform the Services in Provider's own practice management "
          "system, using individual log-ins that Provider issues to Clearfield staff."),
        P("4.2 Provider shall maintain the practice management system, including its vendor "
          "support agreement and all code set updates."),
        P("4.3 Provider's System and Licences. Provider shall obtain and maintain, at Provider's "
          "own cost, the CPT\u00ae licences required by the American Medical Association for that "
          "system, including for Clearfield staff who access it on Provider's behalf. Clearfield "
          "does not sublicense CPT, and its fees do not include any CPT royalty."),
        H("5. HIPAA and Confidentiality"),
        *ps(hipaa(0, V, C)),
        *ps(confidentiality(2, V, C)),
        H("6. Liability"),
        *ps(liability(1, V, C)),
        H("7. General"),
        *ps(general(1, V, C, "North Carolina")),
        ("sig", [("Clearfield Claims Management, Inc.", "Jolene Pratt", "President"),
                 ("Willow Creek Speech & Language Clinic, LLC", "Teresa Valdivia",
                  "Practice Manager")]),
    ])


# ---------------------------------------------------------------- C12 amendment reverses inclusion
doc(key="c12_ironwood_amend1", coverage="customer_must_license", fee=None,
    vendor="Ironwood Health Systems, Inc.", kind="amendment",
    description="Amendment No. 1 deletes the 'subscription includes CPT royalty' clause; from "
                "2025 customer must license CPT from the AMA or a distributor other than the "
                "vendor; trap: original clause quoted.",
    theme={"family": "serif", "size": 10.4, "lead": 13.2, "justify": True,
           "title_align": "center", "accent": "#000000", "page_numbers": "{n}"},
    blocks=[
        ("title", "AMENDMENT NO. 1 TO EHR SUBSCRIPTION AGREEMENT"),
        P("This Amendment No. 1 is made as of November 20, 2024 between **Ironwood Health "
          "Systems, Inc.** (\"Ironwood\") and **Prairie Rose Counseling Center, LLC** "
          "(\"Customer\") to the EHR Subscription Agreement dated April 1, 2022 (the "
          "\"Agreement\")."),
        H("Recitals"),
        P("Section 7.2 of the Agreement currently provides: \"The Subscription Fees include the "
          "royalty payable to the American Medical Association for CPT content in the System.\" "
          "Ironwood's distribution arrangement with the AMA will not continue after December 31, "
          "2024."),
        H("Amendments"),
        P("1. Effective January 1, 2025, Section 7.2 of the Agreement is deleted and replaced "
          "with the following:"),
        ("pi", "\"7.2 CPT Content. Ironwood does not sublicense CPT\u00ae content. Customer shall "
               "obtain and maintain its own licence for CPT content from the American Medical "
               "Association or an AMA-authorized distributor other than Ironwood, covering all "
               "Users, and shall provide Ironwood a copy of its licence confirmation by January "
               "31 of each year. Ironwood will load the CPT release supplied by Customer into "
               "the System at no charge.\""),
        P("2. The Subscription Fees in Exhibit A are reduced by three percent (3%) effective "
          "January 1, 2025."),
        P("3. Customer shall indemnify Ironwood against claims by the AMA arising from Customer's "
          "failure to comply with Section 7.2 as amended."),
        P("4. Except as amended here, the Agreement remains in full force and effect. In case of "
          "conflict, this Amendment prevails."),
        ("sig", [("IRONWOOD HEALTH SYSTEMS, INC.", "Douglas Reyes", "SVP, Finance"),
                 ("PRAIRIE ROSE COUNSELING CENTER, LLC", "Leah Brightwater, LCSW",
                  "Clinical Director")]),
    ])
