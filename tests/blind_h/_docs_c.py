"""Documents in which the practice must hold its own CPT licence (from the AMA or another distributor)."""
from _common import doc, number, sections, web_chrome, web_footer

# ---------------------------------------------------------------- C01 EULA, software ships without CPT
V = "Pemberton Software Works, Inc."
L, C, PR = "Pemberton", "Licensee", "Software"
secs = sections([
    ("Grant", ["Pemberton grants Licensee a non-exclusive, non-transferable license to install and use one copy of "
               "the Software on up to the number of workstations for which Licensee has paid, for Licensee's internal "
               "billing operations."]),
    ("Restrictions", ["Licensee shall not rent, lease, or lend the Software, use it for service-bureau purposes, or "
                      "reverse engineer it except to the extent applicable law expressly permits."]),
    ("Code Sets", [
        "The Software ships without Current Procedural Terminology (CPT\u00ae) content. Pemberton does not distribute "
        "CPT and does not hold a license from the American Medical Association (\"AMA\") to do so.",
        "Any CPT codes and descriptors that Licensee types, imports or loads into the Software are subject to the "
        "AMA's copyright. Licensee shall obtain, at its own expense, a license from the AMA or an AMA-authorized "
        "distributor covering every user of the Software before entering such content, and shall maintain that "
        "license while it uses the Software.",
        "ICD-10-CM and HCPCS Level II tables published by the federal government are supplied with the Software at "
        "no charge."]),
    ("Maintenance", ["Annual maintenance, if purchased, includes updates to the Software and telephone support. "
                     "Maintenance fees are 18% of the current license price per year."]),
    "warranty:1", "liability:1", "law:1", "entire:1",
], L, C, PR)
doc("c01", "customer_must_license", V,
    "Desktop billing software EULA: software ships without CPT; licensee must obtain its own AMA (or distributor) licence at its own expense before entering CPT codes.",
    [("ctitle", "PEMBERTON BILLING DESKTOP \u2014 END USER LICENSE AGREEMENT"),
     ("p", "PLEASE READ THIS AGREEMENT BEFORE INSTALLING THE SOFTWARE. By installing or using Pemberton Billing Desktop "
           "(the \"Software\"), you (\"Licensee\") agree to be bound by this End User License Agreement with Pemberton "
           "Software Works, Inc. (\"Pemberton\")."),
     ] + number(secs, "dotted") + [
        ("small", "Pemberton Software Works, Inc., 310 Fulton Street, Peoria, IL 61602. EULA version 7.1 (2024)."),
    ], font="Helvetica", size=10, accent="#444444")

# ---------------------------------------------------------------- C02 FAQ, bring your own codes
V = "Driftwood Billing Apps LLC"
doc("c02", "customer_must_license", V,
    "Help-centre FAQ: the app does not supply CPT; practices import their own fee schedule, so the practice must hold its own CPT licence; ICD-10 is free.",
    web_chrome("help.driftwoodbilling.com", ["Setting up", "Codes and fee schedules"]) + [
        ("title", "Codes in Driftwood: what's included and what isn't"),
        ("qa", "Does Driftwood come with CPT\u00ae codes?",
         "No. Driftwood Billing Apps LLC does not distribute CPT. You import your own procedure list or fee schedule "
         "(CSV or Excel) during setup."),
        ("qa", "Do I need a license for the CPT codes I import?",
         "Yes. CPT is owned by the American Medical Association. Because you are bringing the codes into Driftwood "
         "yourself, the AMA requires your practice to hold its own CPT license for the users who work with them. "
         "See the licensing pages on the AMA's website, or ask your coding-book supplier whether it is an "
         "authorized distributor."),
        ("qa", "Does Driftwood charge an AMA fee?", "No \u2014 we don't collect anything for CPT because we don't supply it."),
        ("qa", "What about ICD-10 diagnosis codes?",
         "ICD-10-CM is published free by the federal government, and Driftwood loads it for you every October."),
        ("qa", "And HCPCS Level II?", "Also free. We load the CMS quarterly file automatically."),
        ("qa", "Can you import my codes for me?",
         "Yes, our onboarding team can load your fee schedule file. You remain responsible for having the right to use it."),
    ] + web_footer(V), font="Helvetica", size=10.2, accent="#35605a", pagenum="")

# ---------------------------------------------------------------- C03 clearinghouse, "Provider" represents it holds licence
V = "Relay Point Claims, LLC"
Rp, Pv, PR = "Relay Point", "Provider", "Services"
secs = sections([
    ("Definitions", [
        "\"Provider\" means the physician, group practice or other health care provider that submits "
        "Transactions through the Services, as identified in the Provider Enrollment Form. \"Services\" means "
        "Relay Point's claims clearinghouse, eligibility and remittance services. \"Transactions\" has the "
        "meaning in 45 C.F.R. Part 162."]),
    ("Services", ["Relay Point will accept Provider's Transactions in the formats described in the Companion Guide, "
                  "validate them, and route them to the payers Provider designates."]),
    ("Fees", ["Provider shall pay the per-transaction and monthly fees set out in the Fee Schedule. Fees are "
              "billed monthly in arrears and debited from Provider's designated bank account."]),
    ("Code Set Licenses", [
        "Provider represents and warrants that it holds, and will maintain throughout the Term, a valid license "
        "from the American Medical Association or an AMA-authorized distributor covering all CPT\u00ae codes included "
        "in Transactions that Provider submits through the Services.",
        "Relay Point does not sublicense CPT to Provider, and the Fees include no CPT royalty. Relay Point's "
        "handling of codes within Transactions is solely as Provider's business associate for transmission.",
        "Provider shall indemnify Relay Point against any claim by the AMA arising from Provider's use of CPT "
        "without an adequate license."]),
    "hipaa:1", "term:2", "liability:0", "confidentiality:1", "law:0",
], Rp, Pv, PR)
doc("c03", "customer_must_license", V,
    "Clearinghouse agreement where 'Provider' is the practice: Provider warrants it holds and will keep its own AMA/distributor CPT licence; clearinghouse does not sublicense CPT and fees include no royalty.",
    [("ctitle", "PROVIDER CLEARINGHOUSE AGREEMENT"),
     ("p", "This Provider Clearinghouse Agreement is entered into on June 9, 2025 between <b>Relay Point Claims, "
           "LLC</b>, 5000 Legacy Drive, Plano, TX 75024 (\"Relay Point\"), and <b>Sunrise Endocrinology Clinic, "
           "PLLC</b> (\"Provider\")."),
     ] + number(secs, "dotted") + [
        ("sig", [["RELAY POINT CLAIMS, LLC", ("By", "______________"), ("Title", "Director, Provider Services")],
                 ["SUNRISE ENDOCRINOLOGY CLINIC, PLLC", ("By", "______________"), ("Title", "Practice Manager")]]),
    ], font="Times", size=10.2, footer="Relay Point Claims, LLC \u2014 Provider Clearinghouse Agreement")

# ---------------------------------------------------------------- C04 client already holds its own AMA licence
V = "Vantage Crest Health IT, Inc."
Vd, Cl, PR = "Vantage Crest", "Client", "Platform"
secs = sections([
    ("Scope", ["Vantage Crest will provide the hosted Platform, interfaces and managed services described in "
               "Schedule A to Client and its employed clinicians at the sites listed there."]),
    "support:1", "payment:0",
    ("Third-Party Content", [
        "The Platform can display drug, allergy and procedure-code content from third-party licensors.",
        "Client has advised Vantage Crest that it holds an internal use license directly from the American Medical "
        "Association covering its users of CPT\u00ae content in the Platform. Accordingly, no CPT sublicense is granted "
        "under this Agreement and the Fees do not include any CPT royalty. Client shall maintain its AMA license "
        "throughout the Term, shall report its users of the Platform to the AMA as that license requires, and shall "
        "provide evidence of the license to Vantage Crest on request.",
        "Vantage Crest will load the CPT data file supplied by Client under Client's AMA license each December."]),
    "term:0", "confidentiality:0", "hipaa:0", "warranty:0", "liability:0", "insurance:0", "law:3", "entire:0",
], Vd, Cl, PR)
doc("c04", "customer_must_license", V,
    "Managed-platform agreement recording that the client already holds its own AMA internal use licence; no CPT sublicence granted, fees exclude CPT royalty, client must maintain its licence and supply the data file.",
    [("ctitle", "PLATFORM SERVICES AGREEMENT"),
     ("p", "This Platform Services Agreement is made as of May 1, 2025 between <b>Vantage Crest Health IT, Inc.</b> "
           "(\"Vantage Crest\") and <b>Commonwealth Orthopedic and Spine Institute, P.C.</b> (\"Client\")."),
     ] + number(secs, "article") + [
        ("sig", [["VANTAGE CREST HEALTH IT, INC.", ("By", "/s/ Martin Sousa"), ("Title", "President")],
                 ["COMMONWEALTH ORTHOPEDIC AND SPINE INSTITUTE, P.C.", ("By", "/s/ Helen Park"),
                  ("Title", "Chief Administrative Officer")]]),
    ], font="Times", size=9.6, margin=0.8, footer="Vantage Crest Health IT, Inc. \u2014 Confidential")

# ---------------------------------------------------------------- C05 the AMA's own internal use licence
V = "American Medical Association"
doc("c05", "customer_must_license", V,
    "An internal-use CPT licence agreement between the AMA and a practice (the practice licenses CPT directly); royalty schedule of entity fee plus $18.50 per user is the AMA's, not a vendor pass-through.",
    [("ctitle", "CPT\u00ae INTERNAL USE LICENSE AGREEMENT"),
     ("center", "Counting Users Model \u2014 Agreement No. IU-25-08812"),
     ("p", "This Internal Use License Agreement (the \"Agreement\") is made between the <b>American Medical "
           "Association</b>, an Illinois not-for-profit corporation, 330 North Wabash Avenue, Chicago, Illinois "
           "60611 (\"AMA\"), and <b>Cypress Bend Family Practice, LLC</b>, 18 Bayou Road, Lafayette, Louisiana 70503 "
           "(\"Licensee\"), effective January 1, 2025."),
     ("h2", "1. Grant"),
     ("j", "AMA grants Licensee a non-exclusive, non-transferable license to use the Licensed Product identified in "
           "Appendix A solely for Licensee's internal business purposes, by its Users, within the United States, "
           "in the Licensee Applications listed in Appendix B. No right is granted to distribute, sublicense or "
           "publish the Licensed Product."),
     ("h2", "2. Users"),
     ("j", "A \"User\" is an individual who (a) accesses, uses or manipulates the Licensed Product, (b) uses a "
           "Licensee Application that contains the Licensed Product to produce output that could not be produced "
           "without it, or (c) makes use of such output. Users are counted as named individuals and not on a "
           "concurrent basis, separately for each Licensee Application."),
     ("h2", "3. Royalties and reports"),
     ("j", "Licensee shall pay AMA the royalties calculated under Appendix A for each annual release it uses. With "
           "each payment Licensee shall report the number of Users for each Licensee Application. Licensee shall "
           "report any increase in Users within thirty (30) days and pay the corresponding royalty."),
     ("h2", "4. Records and audit"),
     ("j", "Licensee shall keep records sufficient to verify its User counts for three (3) years. AMA or its "
           "designee may audit those records on thirty (30) days' notice, not more than once a year. Licensee shall "
           "pay any underpayment found, and the cost of the audit if the underpayment exceeds five percent (5%)."),
     ("h2", "5. Notices and disclaimers"),
     ("j", "Licensee shall display the AMA copyright notice on any screen or print-out containing CPT content. The "
           "Licensed Product is provided \"as is\". AMA does not directly or indirectly practice medicine or dispense "
           "medical services."),
     ("h2", "6. Term and termination"),
     ("j", "This Agreement continues until terminated. Either party may terminate it on ninety (90) days' written "
           "notice effective at the end of a calendar year. AMA may terminate on notice if Licensee fails to pay "
           "royalties or breaches Section 1."),
     ("h2", "7. General"),
     ("j", "This Agreement is governed by Illinois law. It may be amended only in writing signed by both parties."),
     ("h", "Appendix A \u2014 Licensed Product and Royalty"),
     ("table", [["Licensed Product", "Annual release", "Royalty"],
                ["CPT\u00ae Standard data file", "2025", "Then-current Entity Fee plus $18.50 for each User"],
                ["CPT\u00ae Standard data file", "2026", "Then-current Entity Fee plus $18.50 for each User"]],
      {"widths": [0.35, 0.2, 0.45], "ruled": "grid"}),
     ("h", "Appendix B \u2014 Licensee Applications"),
     ("table", [["Application", "Vendor", "Reported Users"],
                ["Practice management / billing", "in-house spreadsheet and payer portals", "6"],
                ["Coding reference", "printed CPT Professional Edition (not a licensed application)", "\u2014"]],
      {"widths": [0.35, 0.45, 0.2], "ruled": "grid"}),
     ("sig", [["AMERICAN MEDICAL ASSOCIATION", ("By", "______________"), ("Title", "Director, CPT Licensing")],
              ["CYPRESS BEND FAMILY PRACTICE, LLC", ("By", "______________"), ("Title", "Owner")]]),
     ], font="Times", size=9.8, footer="AMA Internal Use License \u2014 IU-25-08812")

# ---------------------------------------------------------------- C06 FAQ naming another distributor
V = "Sunfield EHR, Inc."
doc("c06", "customer_must_license", V,
    "FAQ: the EHR vendor does not charge for or provide CPT; practices must buy their CPT licence from a named third-party AMA-authorised distributor (Optiva Content Services).",
    web_chrome("sunfieldehr.com/blog", ["Practice resources"], "Posted December 4, 2024") + [
        ("title", "CPT\u00ae licensing for Sunfield users: the facts"),
        ("p", "We have received many questions about CPT licensing for 2025. Here is what we know."),
        ("num", "1.", "CPT codes and descriptions are created and owned by the American Medical Association (AMA), "
                      "which controls how they may be used."),
        ("num", "2.", "Anyone who uses CPT codes needs a license from the AMA or from an AMA-authorized distributor. "
                      "This applies to practices on every EHR, not just Sunfield."),
        ("num", "3.", "Sunfield EHR, Inc. does not charge its customers to use or access CPT codes, and does not sell "
                      "CPT licenses."),
        ("num", "4.", "The AMA has told us that, from 2025, the authorized distributor for Sunfield practices is "
                      "Optiva Content Services. Each practice must obtain its CPT license from Optiva; you will be "
                      "prompted with a link when you sign in."),
        ("num", "5.", "Sunfield has no role in setting the price or terms of those licenses. Please direct questions "
                      "about fees to Optiva or the AMA."),
        ("num", "6.", "As we understand it, the AMA calculates the fee per user per year and assumes, for planning "
                      "purposes, several users for each physician, including the physician. Practices with fewer users "
                      "may ask Optiva to adjust."),
        ("p", "We know this is frustrating, and we will keep you informed as we learn more."),
    ] + web_footer(V), font="Helvetica", size=10.2, accent="#d17a22", pagenum="")

# ---------------------------------------------------------------- C07 billing company: own licence covers its staff only
V = "Ridgewell Medical Billing Services, Inc."
Co, Cl, PR = "Company", "Client", "Services"
secs = sections([
    ("Engagement", ["Client engages Company to perform coding review, charge entry, claim submission and accounts "
                    "receivable follow-up for Client's professional services, as set out in Exhibit A."]),
    ("Client Systems", ["Company's staff will work inside Client's practice management and EHR systems through "
                        "credentials issued by Client. Company does not provide software to Client under this "
                        "Agreement."]),
    ("Compensation", ["Client shall pay Company 6% of monthly net collections, with a minimum of $950.00 per month."]),
    ("Coding Content", [
        "Company's certified coders access CPT\u00ae content under Company's own license from the American Medical "
        "Association, which covers Company personnel only and does not extend to Client.",
        "Client is responsible for obtaining and maintaining any CPT license required for Client's own personnel and "
        "systems, including its EHR and practice management systems, whether directly from the AMA or through its "
        "software vendors. Company does not sublicense CPT to Client."]),
    "hipaa:0", "confidentiality:0", "term:1", "termination:0", "liability:1", "independent:0", "law:2",
], Co, Cl, PR)
doc("c07", "customer_must_license", V,
    "Billing-company agreement: the billing company's own AMA licence covers only its coders; the client must obtain any CPT licence for its own staff and systems (directly or through its software vendors).",
    [("ctitle", "MEDICAL BILLING SERVICES AGREEMENT"),
     ("p", "This Agreement is entered into as of August 1, 2024 by <b>Ridgewell Medical Billing Services, Inc.</b> "
           "(\"Company\") and <b>Chesapeake Allergy and Asthma Center, LLC</b> (\"Client\")."),
     ] + number(secs, "section") + [
        ("sig", [["RIDGEWELL MEDICAL BILLING SERVICES, INC.", ("By", "/s/ Tanya Greer"), ("Title", "CEO")],
                 ["CHESAPEAKE ALLERGY AND ASTHMA CENTER, LLC", ("By", "/s/ Rahul Mehta, MD"), ("Title", "Owner")]]),
    ], font="Times", size=10.2)

# ---------------------------------------------------------------- C08 passive voice, supplier/subscriber
V = "Oriel Data Systems, Inc."
doc("c08", "customer_must_license", V,
    "Supplier/Subscriber order terms; passive wording: 'A CPT licence is to be procured by the Subscriber from the AMA prior to the Go-Live Date', software supplied without CPT data.",
    [("title", "Oriel Scheduling and Charge Capture \u2014 Subscription Order"),
     ("kv", [("Supplier", "Oriel Data Systems, Inc., 70 Canal Street, Providence, RI 02903"),
             ("Subscriber", "Narragansett Family Eye Care, Inc."), ("Order date", "February 18, 2025"),
             ("Go-Live Date", "April 1, 2025"), ("Term", "24 months")]),
     ("table", [["Item", "Qty", "Monthly"],
                ["Oriel Scheduling \u2014 per location", "2", "$180.00"],
                ["Oriel Charge Capture \u2014 per provider", "5", "$95.00"],
                ["HL7 interface to optical POS", "1", "$120.00"]],
      {"widths": [0.6, 0.1, 0.3], "right": [1, 2], "ruled": "grid"}),
     ("h2", "Special Conditions"),
     ("num", "1.", "The Software is supplied by the Supplier without CPT\u00ae data. A CPT license is to be procured by "
                   "the Subscriber from the American Medical Association prior to the Go-Live Date, and is to be "
                   "maintained by the Subscriber for the Term; the CPT code table is then to be populated by the "
                   "Subscriber from its licensed data file using the import tool."),
     ("num", "2.", "No royalty or other amount in respect of CPT is included in the charges above, and none will be "
                   "collected by the Supplier."),
     ("num", "3.", "ICD-10-CM and HCPCS Level II tables are provided and updated by the Supplier."),
     ("num", "4.", "Charges are invoiced monthly in advance and payable within 30 days. Prices are fixed for the Term."),
     ("num", "5.", "This Order is subject to the Supplier's Standard Terms (rev. 2024-03), which the Subscriber "
                   "acknowledges having received."),
     ("sig", [["ORIEL DATA SYSTEMS, INC.", ("By", "______________"), ("Name", "Felix Moreau")],
              ["NARRAGANSETT FAMILY EYE CARE, INC.", ("By", "______________"), ("Name", "Dr. Grace Tavares, OD")]]),
     ], font="Helvetica", size=9.8, accent="#283593")

# ---------------------------------------------------------------- C09 negation far from verb
V = "Thistledown Clinical Apps, LLC"
Vd, Cu, PR = "Vendor", "Customer", "Application"
secs = sections([
    ("The Application", ["Vendor provides the Thistledown intake, charting and superbill Application to Customer on a "
                         "subscription basis as described in the Order."]),
    ("Fees", ["Customer shall pay the subscription fees in the Order monthly in advance."]),
    ("Procedure Codes", [
        "The Application allows Customer to maintain a procedure-code list and to print superbills using it.",
        "Nothing in this Agreement, including any Order, the Documentation, any in-product message or any statement "
        "by Vendor's sales or support personnel, shall be construed as granting to Customer, or as an undertaking by "
        "Vendor to procure for Customer or to pay on Customer's behalf, any license to the CPT\u00ae code set of the "
        "American Medical Association; Customer shall license CPT directly from the AMA for all of its users of the "
        "Application and shall bear the cost of doing so."]),
    "support:1", "term:2", "confidentiality:1", "warranty:1", "liability:0", "law:0", "entire:0",
], Vd, Cu, PR)
doc("c09", "customer_must_license", V,
    "Subscription agreement with a long 'Nothing in this Agreement ... shall be construed as granting ... any license to CPT' clause whose operative duty comes at the end: Customer shall license CPT directly from the AMA.",
    [("title", "Thistledown Subscription Agreement"),
     ("p", "Between Thistledown Clinical Apps, LLC (\"Vendor\") and Willow Creek Counseling Group, LLC (\"Customer\"), "
           "effective October 1, 2024."),
     ] + number(secs, "inline") + [
        ("sig", [["THISTLEDOWN CLINICAL APPS, LLC", ("By", "______________"), ("Title", "Member")],
                 ["WILLOW CREEK COUNSELING GROUP, LLC", ("By", "______________"), ("Title", "Clinical Director")]]),
    ], font="Helvetica", size=10, accent="#6a1b9a")

# ---------------------------------------------------------------- C10 quote: CPT not supplied
V = "Bayfront Coding Labs, Inc."
doc("c10", "customer_must_license", V,
    "Quote for a coding/audit tool: ICD-10 and HCPCS rows included, CPT row 'Not supplied - customer to license from the AMA'.",
    [("title", "Quote #BCL-7731"),
     ("kv", [("Vendor", "Bayfront Coding Labs, Inc., 1 Harbor Point, San Diego, CA 92101"),
             ("Customer", "Pacific Crest Surgical Group, Inc."), ("Date", "May 27, 2025"), ("Valid for", "30 days")]),
     ("p", "Bayfront AuditDesk lets your compliance team sample encounters, score documentation against coding rules "
           "and track provider education. Pricing below is annual."),
     ("table", [["Component", "Basis", "Annual price"],
                ["AuditDesk \u2014 auditor seat", "3 seats x $1,900", "$5,700.00"],
                ["AuditDesk \u2014 provider scorecards", "22 providers x $60", "$1,320.00"],
                ["ICD-10-CM / PCS content", "federal code set", "Included"],
                ["HCPCS Level II content", "federal code set", "Included"],
                ["CPT\u00ae codes and descriptors", "\u2014", "Not supplied \u2014 customer to license from the AMA"],
                ["NCCI edit tables", "CMS", "Included"],
                ["", "Total", "$7,020.00"]],
      {"widths": [0.38, 0.27, 0.35], "right": [2], "ruled": "grid", "bold_last": True}),
     ("h2", "Notes"),
     ("bullets", ["AuditDesk reads CPT codes from your claim files but does not contain CPT descriptors. Your "
                  "organization must hold its own license from the American Medical Association (see "
                  "ama-assn.org) for its AuditDesk users.",
                  "Bayfront is not a CPT distributor and does not resell CPT licenses.",
                  "Prices exclude applicable tax. Annual invoicing in advance."]),
     ("p", "Accepted by: ____________________   Title: ______________   Date: __________"),
     ], font="Helvetica", size=9.7, accent="#005f73")

# ---------------------------------------------------------------- C11 amendment: sublicence ends, direct licence from 2026
V = "Cedar Hollow Software, Inc."
doc("c11", "customer_must_license", V,
    "Amendment: vendor's AMA distribution agreement ends 31 Dec 2025, the CPT sublicence (previously included) terminates, and from 1 Jan 2026 the customer must obtain a direct AMA licence.",
    [("ctitle", "AMENDMENT NO. 3 TO LICENSE AND SERVICES AGREEMENT"),
     ("p", "This Amendment No. 3 is made on November 17, 2025 between <b>Cedar Hollow Software, Inc.</b> (\"Vendor\") "
           "and <b>Lakeland Kidney Specialists, P.A.</b> (\"Customer\") and amends the License and Services Agreement "
           "dated January 5, 2021 (the \"Agreement\")."),
     ("h2", "Background"),
     ("p", "Section 8 of the Agreement grants Customer a sublicense of CPT\u00ae content, the royalties for which have "
           "been included in the license fees. Vendor's distribution agreement with the American Medical "
           "Association will not be renewed after December 31, 2025."),
     ("h2", "Terms"),
     ("num", "1.", "Effective January 1, 2026, the CPT sublicense in Section 8 of the Agreement terminates, and "
                   "Section 8 is replaced with: \"8. <i>CPT.</i> Customer shall obtain and maintain a license directly "
                   "from the American Medical Association for all users of CPT content in the Software, and shall "
                   "supply Vendor with the licensed CPT data file each year for loading. Vendor grants no rights in "
                   "CPT content.\""),
     ("num", "2.", "Vendor will continue to load Customer's licensed CPT data file into the Software at no charge."),
     ("num", "3.", "The license fees under the Agreement are unchanged."),
     ("num", "4.", "Except as amended here, the Agreement continues in full force and effect."),
     ("sig", [["CEDAR HOLLOW SOFTWARE, INC.", ("By", "/s/ Arthur Benning"), ("Title", "VP Contracts"),
               ("Date", "11/17/2025")],
              ["LAKELAND KIDNEY SPECIALISTS, P.A.", ("By", "/s/ Nicole Hart"), ("Title", "Administrator"),
               ("Date", "11/24/2025")]]),
     ], font="Times", size=10.8)

# ---------------------------------------------------------------- C12 email: vendor doesn't distribute, quotes AMA direct pricing
V = "Quartzline Scheduling, Inc."
doc("c12", "customer_must_license", V,
    "E-mail reply: the scheduling vendor does not distribute CPT, customers upload their own code list, so the practice needs its own AMA licence; the AMA's per-user pricing quoted is not a vendor fee.",
    [("title", "RE: Do we need an AMA license for Quartzline?"),
     ("email", [("From", "Support Team &lt;help@quartzline.io&gt;"),
                ("To", "Lucia Romero &lt;lromero@desertbloomderm.com&gt;"),
                ("Date", "Fri, 11 Apr 2025 13:20"), ("Subject", "RE: Do we need an AMA license for Quartzline?")],
      ["Hi Lucia,",
       "Thanks for checking. Quartzline Scheduling, Inc. doesn't distribute CPT\u00ae codes \u2014 Quartzline ships with "
       "an empty service list, and each practice uploads its own codes for visit types and pre-authorizations.",
       "Under the AMA's rules, when customers enter or upload CPT codes themselves, the people who use them need a "
       "CPT license of their own. So yes, your practice would need its own license from the AMA (or an authorized "
       "distributor) to cover your Quartzline users. We don't charge anything for CPT and can't sell you a license.",
       "For a rough idea, the AMA's published internal-use rate is an entity fee plus $18.50 per user per year, but "
       "please confirm with the AMA directly \u2014 we're not able to quote on their behalf.",
       "Kind regards,<br/>Theo<br/>Quartzline Support"]),
     ("email", [("From", "Lucia Romero &lt;lromero@desertbloomderm.com&gt;"), ("To", "help@quartzline.io"),
                ("Date", "Thu, 10 Apr 2025 17:02"), ("Subject", "Do we need an AMA license for Quartzline?")],
      ["Hello, our billing consultant says every system that shows CPT codes needs an AMA license. We use "
       "Quartzline for scheduling and it shows the CPT code next to each appointment type. Is that covered by you?",
       "Lucia Romero<br/>Office Manager, Desert Bloom Dermatology"]),
     ], font="Helvetica", size=10, accent="#333333")
