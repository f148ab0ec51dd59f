"""blind_aa: documents whose label is customer_must_license (the practice needs its own CPT licence)."""
from docs_common import boiler, make, std_terms


def c_pm_saas_own():
    V = "Ironbridge Practice Manager, Inc."
    b = [("title", "IRONBRIDGE PRACTICE MANAGER"),
         ("sub", "Customer Agreement and Order - Ironbridge Practice Manager, Inc."),
         ("p", "This Customer Agreement is between Ironbridge Practice Manager, Inc., 1400 Market Street, "
               "Chattanooga, Tennessee 37402 (\"Ironbridge\"), and Blue Ridge Chiropractic & Wellness, LLC "
               "(\"Customer\"), effective April 14, 2025."),
         ("h", "1. Service"),
         ("p", "Ironbridge provides a web-based scheduling, patient ledger, claims and reporting service for "
               "small practices (the \"Service\"). Customer's staff access the Service with named logins."),
         ("h", "2. Price"),
         ("table", [["Item", "Price", "Basis"],
                    ["Named login", "$59.00", "per user per month"],
                    ["Claims and ERA", "$0.30", "per claim"],
                    ["Set-up", "$495.00", "one-time"]],
          {"widths": [4, 2, 4]}),
         ("p", "The per-user price covers the Service only. It does not include any licence to third-party code "
               "sets."),
         ("h", "3. Procedure Codes - Customer Licence Required"),
         ("p", "3.1 Ironbridge does not distribute CPT content and is not an AMA-authorized distributor. The "
               "Service ships with an empty procedure-code table. Customer enters or imports the CPT codes and "
               "descriptors it uses."),
         ("p", "3.2 Customer must obtain, and keep in force for the whole term, its own licence for CPT from the "
               "American Medical Association or from an authorized distributor, covering every user of the "
               "Service, and must pay any royalty due under that licence directly to the licensor. Ironbridge "
               "does not collect, pay or reimburse CPT royalties."),
         ("p", "3.3 Customer will indemnify Ironbridge against any claim by the AMA arising from Customer's use of "
               "CPT content in the Service without a licence."),
         ("p", "3.4 HCPCS Level II and ICD-10-CM code tables, which are federal public-domain works, are preloaded "
               "at no charge."),
         ]
    bb, n = boiler(4, "Ironbridge", "Customer", "the State of Tennessee",
                   [("pay", 1), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 2), ("term", 1), ("gen", 1)])
    b += bb
    b += [("sig", [("IRONBRIDGE PRACTICE MANAGER, INC.", "Kyle Danvers", "Founder", "April 14, 2025"),
                   ("BLUE RIDGE CHIROPRACTIC & WELLNESS, LLC", "Dr. Jenna Pike, DC", "Owner", "April 14, 2025")])]
    return make("c_pm_saas_own", V, "customer_must_license", None,
                "Practice-management agreement: the vendor does not distribute CPT and the customer must hold its "
                "own CPT licence from the AMA or a distributor for every user; the $59 per-user price is a "
                "subscription price.",
                b, family="Helvetica", size=9.5)


def c_load_own():
    V = "Holloway Point Analytics, LLC"
    b = [("title", "DATA SERVICES AGREEMENT"),
         ("sub", "Holloway Point Analytics, LLC - Charge Integrity and Fee Schedule Modeling"),
         ("p", "This Data Services Agreement is effective September 2, 2025 between Holloway Point Analytics, LLC, "
               "a Michigan limited liability company, 500 Woodward Avenue, Detroit, Michigan 48226 (\"Holloway "
               "Point\"), and Great Lakes Anesthesia Partners, P.C. (\"Client\")."),
         ("h", "1. Services"),
         ("p", "Holloway Point provides a hosted tool that compares Client's charges against its payer contracts, "
               "flags under-coded and missed charges, and models fee-schedule changes (the \"Platform\")."),
         ("h", "2. Client Data and Code Tables"),
         ("p", "2.1 Client will upload its charge master, payer fee schedules, remittance files and code tables to "
               "the Platform. The Platform does not contain any CPT descriptors of its own; it reads whatever "
               "procedure codes and descriptors Client loads."),
         ("p", "2.2 Client represents and warrants that it holds, and will maintain throughout the term, a valid "
               "licence from the American Medical Association (or from an AMA-authorized distributor) that "
               "permits all of Client's users of the Platform to use the CPT content Client uploads, and that "
               "Client will pay any royalties due under that licence."),
         ("p", "2.3 Holloway Point does not sublicense CPT and does not charge or collect any CPT royalty. If Client "
               "asks Holloway Point to load a CPT file on Client's behalf, Holloway Point will do so only from a "
               "file Client supplies under Client's own licence."),
         ("h", "3. Fees"),
         ("table", [["Service", "Fee"],
                    ["Platform subscription", "$2,400 per month"],
                    ["Additional payer contract model", "$150 per contract per month"],
                    ["Onboarding and historical load (24 months)", "$7,500 one-time"],
                    ["Analyst hours beyond 10 per month", "$165 per hour"]],
          {"widths": [6, 3]}),
         ]
    bb, n = boiler(4, "Holloway Point", "Client", "the State of Michigan",
                   [("pay", 0), ("conf", 1), ("priv", 0), ("ip", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("HOLLOWAY POINT ANALYTICS, LLC", "Simone Garrity", "Managing Director", "September 2, 2025"),
                   ("GREAT LAKES ANESTHESIA PARTNERS, P.C.", "Dr. Raymond Koval", "President", "September 2, 2025")])]
    return make("c_load_own", V, "customer_must_license", None,
                "Analytics agreement in which the client uploads its own CPT code tables and warrants that it holds "
                "its own AMA licence covering all users; the vendor does not sublicense or collect CPT royalties.",
                b, family="Times", size=10, start="two")


def c_ama_direct():
    V = "American Medical Association"
    b = [("title", "CPT\u00ae INTERNAL USE LICENSE AGREEMENT"),
         ("sub", "Health Care Delivery Organization - Single Application"),
         ("p", "This CPT Internal Use License Agreement (the \"License\") is entered into between the American "
               "Medical Association (\"AMA\") and the licensee named in Schedule A (\"Licensee\"). By signing "
               "Schedule A, Licensee agrees to the terms below. (Prepared for Licensee's records; the clause "
               "wording below is a summary form.)"),
         ("h", "1. Grant"),
         ("p", "1.1 The AMA grants Licensee a non-exclusive, non-transferable license to use the CPT code set, "
               "descriptors and related data (the \"Licensed Content\") solely for Licensee's internal business "
               "purposes within the application identified in Schedule A, for the License Year."),
         ("p", "1.2 The License covers only Licensee as a single legal entity. Use by a parent, subsidiary, "
               "affiliate or other entity requires its own license."),
         ("h", "2. Users"),
         ("p", "2.1 A user is any individual who accesses, uses or manipulates the Licensed Content; who uses the "
               "application to produce output that could not be produced without the Licensed Content; or who "
               "makes use of such output. Users are counted as named individuals, not concurrent users."),
         ("p", "2.2 Licensee shall report its user count for each License Year through the AMA's royalty portal "
               "and shall pay for any increase within thirty (30) days."),
         ("h", "3. Fees"),
         ("p", "Licensee shall pay the AMA the entity fee and the per-user royalty stated in Schedule A for each "
               "License Year. Fees are payable to the AMA, are non-refundable and exclude taxes."),
         ("h", "4. Restrictions"),
         ("p", "Licensee shall not distribute, sell, publish or sublicense the Licensed Content; shall not create "
               "derivative works; and shall display the AMA copyright notice on any print-out or screen showing "
               "the Licensed Content."),
         ("h", "5. Audit"),
         ("p", "The AMA may, on thirty (30) days' notice and not more than once a year, audit Licensee's records "
               "to verify user counts. If an audit shows under-reporting of more than 5%, Licensee shall pay the "
               "shortfall and the reasonable cost of the audit."),
         ("h", "6. Disclaimers"),
         ("p", "The Licensed Content is provided \"as is\". The AMA does not directly or indirectly practice "
               "medicine or dispense medical services. Fee schedules, relative value units, conversion factors "
               "and related components are not assigned by the AMA and are not part of CPT."),
         ("h", "7. Term"),
         ("p", "The License runs for the License Year stated in Schedule A and renews for successive calendar "
               "years on payment of the then-current fees."),
         ("newpage",),
         ("title", "SCHEDULE A"),
         ("kv", [("Licensee", "Riverside Women's Health Partners, P.A., 1200 Riverside Avenue, Jacksonville, Florida 32204"),
                 ("Application", "Licensee's in-house scheduling and charge-entry database (developed internally)"),
                 ("License Year", "January 1, 2026 - December 31, 2026"),
                 ("Reported users", "12")]),
         ("table", [["Fee", "Rate", "Qty", "Amount"],
                    ["Entity fee", "$82.50", "1", "$82.50"],
                    ["Per-user royalty", "$18.50", "12", "$222.00"],
                    ["Total due to the AMA", "", "", "$304.50"]],
          {"widths": [4, 2, 1, 2], "bold_last": True}),
         ("p", "Licensee confirms that the application is not supplied by a vendor holding a CPT distribution "
               "license, and that Licensee therefore licenses CPT for it directly from the AMA."),
         ("sig", [("AMERICAN MEDICAL ASSOCIATION", "CPT Licensing", "Licensing representative", "December 8, 2025"),
                  ("LICENSEE: Riverside Women's Health Partners, P.A.", "Dana Mirell", "Practice Administrator", "December 5, 2025")])]
    return make("c_ama_direct", V, "customer_must_license", None,
                "A CPT internal-use licence the practice signs directly with the AMA for an in-house application "
                "(entity fee plus per-user royalty payable to the AMA), so the practice licenses CPT itself.",
                b, family="Times", size=10)


def c_clearinghouse_provider():
    V = "Bluestem Claims Network, Inc."
    b = [("title", "ELECTRONIC DATA INTERCHANGE SERVICES AGREEMENT"),
         ("sub", "Bluestem Claims Network, Inc."),
         ("p", "This EDI Services Agreement is made as of October 1, 2025 between Bluestem Claims Network, Inc., an "
               "Oklahoma corporation, 100 North Broadway, Oklahoma City, Oklahoma 73102 (\"Bluestem\"), and the "
               "health care provider identified below (\"Provider\"). \"Provider\" means that practice and all "
               "clinicians billing under its tax identification number."),
         ("h", "1. Services"),
         ("p", "Bluestem will accept Provider's claim, eligibility and claim-status transactions, validate them "
               "against the HIPAA implementation guides and payer companion guides, route them to payers, and "
               "return acknowledgements and remittance files. Bluestem's edits check format, payer IDs, NPI and "
               "taxonomy, and code validity against lists supplied by Provider's practice management system."),
         ("h", "2. Code Sets"),
         ("p", "2.1 Bluestem does not supply, license or sublicense CPT content. Procedure codes appear in "
               "Provider's transactions only because Provider puts them there."),
         ("p", "2.2 Provider is solely responsible for holding any licence required for its use of CPT, whether "
               "directly from the American Medical Association or through the vendor of its practice management "
               "system, and for paying any royalty due. Provider represents that it holds such a licence."),
         ("p", "2.3 Bluestem does not charge any CPT, AMA or code-set fee."),
         ("h", "3. Provider Obligations"),
         ("p", "Provider will complete payer enrollment forms, keep its NPI and taxonomy data current, review "
               "rejection reports daily, and correct and resubmit rejected transactions. Provider is responsible "
               "for the content and accuracy of every transaction."),
         ("h", "4. Fees"),
         ("table", [["Service", "Fee"],
                    ["Unlimited professional claims, per Provider NPI", "$39 per month"],
                    ["Real-time eligibility", "$0.10 per inquiry"],
                    ["Paper remittance conversion", "$1.25 per page"],
                    ["Enrollment processing", "$0 (included)"]],
          {"widths": [6, 3]}),
         ]
    bb, n = boiler(5, "Bluestem", "Provider", "the State of Oklahoma",
                   [("conf", 0), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("sig", [("BLUESTEM CLAIMS NETWORK, INC.", "Lena Harjo", "VP Operations", "October 1, 2025"),
                   ("PROVIDER: Red Earth Pediatrics, PLLC", "Dr. Samuel Ketchum", "Managing Member", "September 29, 2025")])]
    return make("c_clearinghouse_provider", V, "customer_must_license", None,
                "Clearinghouse agreement ('Provider' is the practice): the clearinghouse does not license CPT and "
                "the Provider must hold its own licence from the AMA or its PM vendor and pay any royalty.",
                b, family="Helvetica", size=9.5)


def c_reseller_direct():
    V = "Copperfield Solutions Group, LLC"
    b = [("title", "VALUE-ADDED RESELLER SALES AGREEMENT"),
         ("sub", "Copperfield Solutions Group, LLC - Kinross Clinical Platform"),
         ("p", "This Sales Agreement is made June 9, 2025 between Copperfield Solutions Group, LLC, 88 Main "
               "Street, Boise, Idaho 83702 (\"Reseller\"), and Snake River Women's Clinic, PLLC (\"Customer\")."),
         ("h", "1. Products"),
         ("p", "Reseller sells, installs and supports the Kinross Clinical Platform, software developed by "
               "Kinross Software, Inc. (\"Kinross\"). Customer's use of the software is governed by Kinross's "
               "end-user licence, which Customer accepts on installation. Reseller provides installation, "
               "training, first-line support and hardware."),
         ("h", "2. CPT Licensing"),
         ("p", "2.1 Reseller is not an AMA-authorized distributor and does not sublicense CPT content."),
         ("p", "2.2 The Kinross Clinical Platform is delivered with CPT content disabled. Before enabling CPT "
               "features, Customer must obtain its own CPT licence either (a) directly from the American Medical "
               "Association under an internal-use licence, or (b) from Kinross under Kinross's separate CPT "
               "end-user terms, and must pay the applicable royalty to the AMA or to Kinross, as the case may be. "
               "Reseller does not invoice, collect or pay any CPT royalty."),
         ("p", "2.3 Reseller will enable CPT features once Customer shows evidence of a licence."),
         ("h", "3. Pricing"),
         ("table", [["Item", "Qty", "Price", "Extended"],
                    ["Kinross Clinical Platform licence (per provider)", "4", "$4,200.00", "$16,800.00"],
                    ["Reseller installation and configuration", "1", "$3,600.00", "$3,600.00"],
                    ["Training (per day)", "3", "$1,100.00", "$3,300.00"],
                    ["Workstations and label printers", "6", "$1,050.00", "$6,300.00"],
                    ["First-year Reseller support", "1", "$2,880.00", "$2,880.00"],
                    ["Total", "", "", "$32,880.00"]],
          {"widths": [5, 0.8, 1.7, 1.7], "bold_last": True}),
         ("h", "4. Warranty"),
         ("p", "Reseller warrants its installation and training services for ninety (90) days. Software "
               "warranties are those given by Kinross in its end-user licence; Reseller passes them through to "
               "Customer to the extent permitted. Hardware carries the manufacturer's warranty."),
         ]
    bb, n = boiler(5, "Reseller", "Customer", "the State of Idaho",
                   [("pay", 2), ("conf", 0), ("liab", 2), ("gen", 0)])
    b += bb
    b += [("sig", [("COPPERFIELD SOLUTIONS GROUP, LLC", "Dale Whitaker", "Owner", "June 9, 2025"),
                   ("SNAKE RIVER WOMEN'S CLINIC, PLLC", "Dr. Anita Shaw", "Owner", "June 10, 2025")])]
    return make("c_reseller_direct", V, "customer_must_license", None,
                "Reseller agreement: the reseller does not sublicense CPT, and the customer must get its own CPT "
                "licence directly from the AMA or from the software maker under separate terms and pay that "
                "licensor.",
                b, family="Times", size=10)


def c_uk_procure():
    V = "Wolverton Digital Health plc"
    b = [("title", "WOLVERTON DIGITAL HEALTH PLC"),
         ("sub", "Framework Terms for the Supply of the Wolverton Outpatient Suite to US Licensees"),
         ("p", "These Framework Terms are entered into on 2 May 2025 between Wolverton Digital Health plc, a "
               "public limited company registered in England and Wales (company number 04433221), whose "
               "registered office is at 7 Silbury Boulevard, Milton Keynes MK9 2AH (the \"Supplier\"), and "
               "Evergreen Vascular Surgeons, PLLC, of Portland, Oregon (the \"Licensee\")."),
         ("h", "1. Definitions"),
         ("p", "\"Suite\" means the Supplier's outpatient scheduling, clinical documentation and theatre-list "
               "software; \"Users\" means individuals authorised by the Licensee to use the Suite; \"CPT\" means the "
               "Current Procedural Terminology code set of the American Medical Association (the \"AMA\")."),
         ("h", "2. Supply"),
         ("p", "The Supplier shall make the Suite available to the Licensee on the Supplier's hosted platform in "
               "the United States, together with the support services described in Schedule 1."),
         ("h", "3. Coding content"),
         ("p", "3.1 The Suite was designed for the NHS and supports OPCS-4 and ICD-10 natively. For the United "
               "States it provides a configurable procedure-code table into which CPT codes may be loaded."),
         ("p", "3.2 The Supplier does not hold a CPT distribution licence and does not provide CPT content. The "
               "Licensee shall procure and maintain, at its own cost, a licence from the AMA (or from a "
               "distributor authorised by the AMA) that covers all Users' use of CPT in the Suite, and shall load "
               "CPT content into the Suite only under that licence."),
         ("p", "3.3 For guidance only and without any commitment by the Supplier: the AMA's published "
               "internal-use royalty for 2025 was an entity fee plus US$18.50 per user. The Licensee should obtain "
               "current terms from the AMA."),
         ("p", "3.4 The Licensee shall indemnify the Supplier against any claim arising from use of CPT in the "
               "Suite without an appropriate licence."),
         ("h", "4. Charges"),
         ("p", "The Licensee shall pay the Supplier US$2,750 per month for the Suite (up to 25 Users), US$85 per "
               "additional User per month, and a one-off implementation charge of US$9,000."),
         ]
    bb, n = boiler(5, "the Supplier", "the Licensee", "England and Wales",
                   [("supp", 1), ("conf", 2), ("priv", 1), ("warr", 2), ("liab", 1), ("term", 2), ("gen", 2)], spelling="uk")
    b += bb
    b += [("sig", [("Signed for WOLVERTON DIGITAL HEALTH PLC", "Harriet Lowe", "Chief Commercial Officer", "2 May 2025"),
                   ("Signed for EVERGREEN VASCULAR SURGEONS, PLLC", "Dr. Paul Nakagawa", "Managing Partner", "2 May 2025")])]
    return make("c_uk_procure", V, "customer_must_license", None,
                "English-law framework terms: the supplier holds no CPT distribution licence and the US licensee must "
                "procure its own AMA licence at its own cost; the AMA direct price is quoted for guidance only.",
                b, family="Times", size=10, pagesize="a4")


def c_amend_ends():
    V = "Glenrock Medical Systems, Inc."
    b = [("title", "GLENROCK MEDICAL SYSTEMS, INC."),
         ("sub", "Software Services Agreement (extract) and Amendment No. 3"),
         ("h", "PART A - SOFTWARE SERVICES AGREEMENT (dated March 1, 2023) - extract"),
         ("p", "Parties: Glenrock Medical Systems, Inc., 2 Union Square, Cheyenne, Wyoming 82001 (\"Glenrock\"), and "
               "High Plains Urology, P.C. (\"Customer\")."),
         ("p", "7.1 Glenrock provides its urology EHR and PM system as a hosted service for the fees in Exhibit A."),
         ("p", "7.4 CPT Included. Glenrock is an AMA-authorized distributor. CPT content is sublicensed to Customer "
               "under Exhibit C, and the AMA royalty for Customer's users is included in the fees in Exhibit A."),
         ("p", "7.5 Exhibit A fees: $460 per provider per month; $38 per staff user per month; $2,500 annual "
               "interface maintenance."),
         ("p", "12.3 This Agreement may be amended only in a writing signed by both parties. Each amendment "
               "prevails over earlier terms to the extent of any conflict."),
         ("rule",),
         ("h", "PART B - AMENDMENT No. 3 (dated November 3, 2025)"),
         ("p", "Background: Glenrock's distribution agreement with the American Medical Association expires on "
               "December 31, 2025 and will not be renewed. Glenrock will continue to supply the system and "
               "update the procedure-code table structure but will no longer supply CPT content."),
         ("p", "1. Section 7.4 and Exhibit C are deleted with effect from January 1, 2026."),
         ("p", "2. New Section 7.4: \"CPT Licence. From January 1, 2026, Customer shall obtain and maintain its own "
               "licence for CPT content directly from the AMA (or from another AMA-authorized distributor) "
               "covering all of Customer's users of the system, shall pay all royalties under that licence, and "
               "shall load each annual CPT release into the system using Glenrock's import utility.\""),
         ("p", "3. In recognition of the change, the staff user fee in Section 7.5 is reduced from $38 to $36 per "
               "staff user per month from January 1, 2026."),
         ("p", "4. Glenrock will provide the import utility and two hours of remote assistance per year at no "
               "charge."),
         ("p", "5. All other terms of the Agreement continue unchanged."),
         ("sig", [("GLENROCK MEDICAL SYSTEMS, INC.", "Wade Tillman", "President", "November 3, 2025"),
                  ("HIGH PLAINS UROLOGY, P.C.", "Dr. Beth Arnaud", "Managing Physician", "November 10, 2025")]),
         ("newpage",),
         ("h", "PART C - Customer checklist attached to Amendment No. 3"),
         ("bullets", ["Count all individuals who use the system or its output, including billers and front desk.",
                      "Apply to the AMA for an internal-use licence for the Glenrock system before January 1, 2026.",
                      "Obtain the CPT data file for 2026 under that licence and run the import utility.",
                      "Keep the licence confirmation for audit purposes.",
                      "Other systems (for example the lab interface engine) need their own coverage."]),
         ]
    bb, n = boiler(13, "Glenrock", "Customer", "the State of Wyoming", [("conf", 0), ("liab", 0)])
    b += [("h", "PART D - Unchanged provisions (reproduced for convenience)")] + bb
    return make("c_amend_ends", V, "customer_must_license", None,
                "Agreement extract saying the CPT royalty is included, then Amendment No. 3 deletes that clause "
                "because the vendor's AMA agreement ends and requires the customer to license CPT directly from 2026.",
                b, family="Helvetica", size=9.5)


def c_precedence_exhibit():
    V = "Highmoor Cardiology Software, Inc."
    b = [("title", "MASTER LICENSE AGREEMENT"),
         ("sub", "Highmoor Cardiology Software, Inc."),
         ("p", "This Master License Agreement is dated July 21, 2025 between Highmoor Cardiology Software, Inc., "
               "1000 Main Street, Houston, Texas 77002 (\"Highmoor\"), and Gulf Coast Heart & Vascular, PLLC "
               "(\"Licensee\")."),
         ("h", "1. Structure and Order of Precedence"),
         ("p", "1.1 This Agreement consists of these general terms, the Order Form, Exhibit B (Service Levels) and "
               "Exhibit C (Third-Party Content)."),
         ("p", "1.2 In the event of any conflict or inconsistency concerning third-party content, including code "
               "sets, Exhibit C controls over these general terms and over the Order Form. Otherwise the Order "
               "Form controls over these general terms."),
         ("h", "2. License"),
         ("p", "Highmoor grants Licensee a non-exclusive license to use the cardiology information system for its "
               "internal purposes at the sites listed in the Order Form."),
         ("h", "3. Fees"),
         ("p", "3.1 Licensee shall pay the fees in the Order Form. 3.2 The fees include all content and data "
               "necessary to operate the system as described in the Documentation."),
         ]
    bb, n = boiler(4, "Highmoor", "Licensee", "the State of Texas",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 0), ("term", 0), ("gen", 0)])
    b += bb
    b += [("newpage",),
          ("h", "ORDER FORM"),
          ("table", [["Item", "Fee"],
                     ["Cardiology information system, per cardiologist", "$650 per month"],
                     ["Cath lab hemodynamic interface", "$5,000 one-time"],
                     ["Structured reporting templates", "included"]],
           {"widths": [6, 3]}),
          ("h", "EXHIBIT C - THIRD-PARTY CONTENT"),
          ("p", "C.1 CPT. The system is capable of displaying CPT codes and descriptors in its procedure-reporting "
                "and charge modules. Highmoor does not hold a CPT distribution license and does not supply CPT "
                "content. Licensee must hold its own license for CPT from the American Medical Association or an "
                "authorized distributor, covering every user of the system, and must load CPT content under that "
                "license."),
          ("p", "C.2 SNOMED CT and LOINC content in the system is used under the licences available free of charge "
                "in the United States."),
          ("p", "C.3 Licensee may not use third-party content outside the system."),
          ("sig", [("HIGHMOOR CARDIOLOGY SOFTWARE, INC.", "Reid Castillo", "SVP Sales", "July 21, 2025"),
                   ("GULF COAST HEART & VASCULAR, PLLC", "Dr. Anjali Mehta", "President", "July 22, 2025")])]
    return make("c_precedence_exhibit", V, "customer_must_license", None,
                "Master licence whose body says fees include all content, but Exhibit C requires the licensee to hold "
                "its own CPT licence, and the order-of-precedence clause makes Exhibit C control on third-party content.",
                b, family="Times", size=10)


def c_sow_client_file():
    V = "Tamarind Consulting Group, LLC"
    b = [("title", "STATEMENT OF WORK No. 4"),
         ("sub", "Practice Management System Conversion - under Consulting Services Agreement dated January 15, 2024"),
         ("kv", [("Consultant", "Tamarind Consulting Group, LLC, 75 State Street, Albany, New York 12207"),
                 ("Client", "Hudson Valley Spine & Pain, PLLC"),
                 ("SOW date", "August 18, 2025"), ("Target go-live", "December 1, 2025")]),
         ("h", "1. Scope"),
         ("p", "Tamarind will plan and carry out Client's conversion from its legacy practice management system to "
               "the new PM system Client has licensed from its software vendor (the \"New System\"), including "
               "data mapping, fee schedule build, payer set-up, testing and go-live support."),
         ("h", "2. Deliverables"),
         ("table", [["#", "Deliverable", "Acceptance"],
                    ["D1", "Conversion plan and data map", "Client sign-off"],
                    ["D2", "Patient demographics and balances conversion", "Reconciled to within 0.5%"],
                    ["D3", "Fee schedule and charge master build", "Client sign-off"],
                    ["D4", "Payer and provider enrollment tables", "Test claims accepted"],
                    ["D5", "Go-live support (two weeks on site)", "Completion"]],
          {"widths": [0.6, 5, 3]}),
         ("h", "3. Assumptions and Client Responsibilities"),
         ("bullets", ["Client will provide timely access to the legacy system and to subject-matter experts.",
                      "The New System does not include CPT descriptors. For D3, Client will supply the current CPT "
                      "data file obtained under Client's own licence from the American Medical Association, and "
                      "Client is responsible for holding a licence that covers all of its users of the New System.",
                      "Tamarind will not supply, purchase or license CPT content for Client and will use Client's CPT "
                      "file only to perform this SOW.",
                      "Client's software vendor is responsible for the New System's configuration outside the scope "
                      "above."]),
         ("h", "4. Fees"),
         ("table", [["Role", "Rate", "Estimated hours", "Estimate"],
                    ["Engagement lead", "$210/hour", "60", "$12,600"],
                    ["Conversion analyst", "$145/hour", "180", "$26,100"],
                    ["Billing specialist", "$120/hour", "120", "$14,400"],
                    ["Total estimate (time and materials)", "", "", "$53,100"]],
          {"widths": [4, 2, 2, 2], "bold_last": True}),
         ("p", "Travel is billed at cost. Invoices are monthly, net 30. Changes to scope require a written change "
               "order."),
         ("h", "5. Terms"),
         ("p", "This SOW is governed by the Consulting Services Agreement. Confidentiality, data security and "
               "limitation of liability provisions of that agreement apply to all work under this SOW."),
         ("sig", [("TAMARIND CONSULTING GROUP, LLC", "Brian Osei", "Principal", "August 18, 2025"),
                  ("HUDSON VALLEY SPINE & PAIN, PLLC", "Carla Benedetti", "Chief Operating Officer", "August 20, 2025")])]
    b += std_terms("Consulting Services Agreement (January 15, 2024) - provisions applying to this SOW", "Tamarind",
                   "Client", "the State of New York",
                   [("pay", 0), ("conf", 0), ("priv", 0), ("warr", 0), ("liab", 2), ("term", 0), ("gen", 0)])
    return make("c_sow_client_file", V, "customer_must_license", None,
                "Consulting statement of work: the client must supply the CPT data file under its own AMA licence "
                "covering all users of its new PM system; the consultant supplies no CPT content.",
                b, family="Helvetica", size=9.5)


def c_po_buyer_licence():
    V = "Ardley Mobile Health, Inc."
    b = [("title", "PURCHASE ORDER No. 7782"),
         ("kv", [("Issued by (Buyer)", "Coastal Wound Care Specialists, LLC, 14 Harbor Road, Charleston, South Carolina 29401"),
                 ("Issued to (Seller)", "Ardley Mobile Health, Inc., 900 Peachtree Street, Atlanta, Georgia 30309"),
                 ("Date", "January 27, 2025"), ("Requested by", "Tonya Rivers, Practice Manager")]),
         ("table", [["Line", "Description", "Qty", "Unit price", "Total"],
                    ["1", "Ardley WoundTrack mobile app, annual subscription per clinician", "9", "$780.00", "$7,020.00"],
                    ["2", "Tablet configuration and MDM enrolment", "9", "$65.00", "$585.00"],
                    ["3", "EHR export interface", "1", "$2,200.00", "$2,200.00"],
                    ["", "Total", "", "", "$9,805.00"]],
          {"widths": [0.6, 5.4, 0.7, 1.3, 1.3], "bold_last": True}),
         ("h", "Buyer's terms"),
         ("p", "Delivery within 30 days. Net 30 from receipt of invoice. Seller to sign Buyer's business associate "
               "agreement. South Carolina law applies."),
         ("rule",),
         ("h", "SELLER'S ACCEPTANCE WITH CONDITIONS"),
         ("p", "Ardley Mobile Health, Inc. accepts Purchase Order No. 7782 subject to the following conditions, "
               "which Buyer accepts by countersigning below:"),
         ("p", "1. WoundTrack is supplied without CPT content. The app captures wound measurements, photographs "
               "and debridement details and can attach procedure codes to each encounter, but only from a code "
               "list that Buyer loads."),
         ("p", "2. Buyer shall load CPT codes into WoundTrack only under a CPT licence held by Buyer, from the "
               "American Medical Association or from an authorized distributor, that covers each clinician and "
               "other user of the app. Seller does not sublicense CPT and no CPT charge is included in or added "
               "to this order."),
         ("p", "3. Seller's standard Subscription Terms (version 2024-2) apply in place of any conflicting Buyer terms "
               "other than Buyer's business associate agreement."),
         ("p", "4. Subscription renews annually unless either party gives 60 days' notice."),
         ("sig", [("ARDLEY MOBILE HEALTH, INC.", "Devon Marsh", "Contracts Manager", "January 29, 2025"),
                  ("COUNTERSIGNED BY BUYER", "Tonya Rivers", "Practice Manager", "January 30, 2025")])]
    b += std_terms("Ardley Subscription Terms (version 2024-2)", "Ardley", "Buyer", "the State of Georgia",
                   [("ip", 1), ("supp", 1), ("pay", 1), ("priv", 0), ("warr", 1), ("liab", 0), ("term", 1), ("gen", 1)])
    return make("c_po_buyer_licence", V, "customer_must_license", None,
                "Practice purchase order accepted by the vendor with conditions: the app has no CPT content and the "
                "buyer may load CPT only under its own licence from the AMA or a distributor.",
                b, family="Courier", size=9)


def c_canada_vendor():
    V = "Laurentide Telehealth Solutions Inc."
    b = [("title", "LAURENTIDE TELEHEALTH SOLUTIONS INC."),
         ("sub", "Service Agreement - US Clinics"),
         ("p", "This Service Agreement is entered into as of February 17, 2025 between Laurentide Telehealth "
               "Solutions Inc., a corporation governed by the Canada Business Corporations Act, 1250 Rene-Levesque "
               "Boulevard West, Montreal, Quebec H3B 4W8 (the \"Provider\"), and Lakeview Sleep Medicine, LLC, "
               "Burlington, Vermont (the \"Client\"). In this Agreement \"Provider\" means Laurentide as the "
               "provider of the service, and not any health care provider."),
         ("h", "1. Service"),
         ("p", "The Provider supplies a secure video-visit platform with scheduling, intake forms, e-consent, "
               "remote sleep-study upload and a visit-summary generator (the \"Service\")."),
         ("h", "2. Visit summaries and procedure codes"),
         ("p", "2.1 The visit-summary generator can attach billing codes to each visit for export to the Client's "
               "billing system. The Service contains no CPT content; the Client enters the procedure codes it "
               "wishes to use in a code list."),
         ("p", "2.2 The Client is responsible for obtaining and maintaining its own licence for CPT from the "
               "American Medical Association or from an authorized distributor, covering all of its users who "
               "enter or rely on CPT codes in the Service, and for paying any royalty due under that licence. "
               "The Provider neither grants a sublicence nor charges for CPT."),
         ("h", "3. Fees"),
         ("p", "The Client shall pay US$129 per clinician per month and US$0.60 per completed video visit beyond "
               "400 visits a month. Fees are invoiced monthly in US dollars. No GST/QST is charged on services "
               "supplied to the Client outside Canada."),
         ("h", "4. Language"),
         ("p", "The parties have requested that this Agreement be drawn up in English. Les parties ont exige que "
               "la presente convention soit redigee en anglais."),
         ]
    bb, n = boiler(5, "the Provider", "the Client", "the Province of Quebec",
                   [("supp", 1), ("conf", 2), ("priv", 2), ("warr", 1), ("liab", 2), ("term", 1), ("gen", 1)], spelling="ca")
    b += bb
    b += [("sig", [("LAURENTIDE TELEHEALTH SOLUTIONS INC.", "Mathieu Gagnon", "Directeur des ventes", "February 17, 2025"),
                   ("LAKEVIEW SLEEP MEDICINE, LLC", "Dr. Ruth Ellison", "Medical Director", "February 18, 2025")])]
    return make("c_canada_vendor", V, "customer_must_license", None,
                "Canadian telehealth vendor's agreement ('Provider' is the vendor): the service has no CPT content and "
                "the client must hold its own CPT licence from the AMA or an authorized distributor.",
                b, family="Helvetica", size=9.5)


def c_gpo_members():
    V = "Brookhurst EHR Corporation"
    b = [("title", "GROUP PURCHASING SUPPLIER AGREEMENT"),
         ("sub", "Allied Ambulatory Purchasing Cooperative and Brookhurst EHR Corporation"),
         ("p", "This Supplier Agreement is made as of April 1, 2025 between Allied Ambulatory Purchasing "
               "Cooperative, a member-owned group purchasing organization (the \"Cooperative\"), and Brookhurst "
               "EHR Corporation, a Delaware corporation, 44 Innovation Drive, Wilmington, Delaware 19801 "
               "(\"Supplier\"). Members of the Cooperative that sign a Member Participation Form (\"Participating "
               "Members\") may buy Supplier's products at the prices below and will contract with Supplier for "
               "them. This copy has been countersigned by a Participating Member and forms its contract with "
               "Supplier."),
         ("h", "1. Member Pricing"),
         ("table", [["Product", "Supplier list", "Cooperative price", "Basis"],
                    ["Brookhurst Ambulatory EHR", "$425", "$349", "per provider per month"],
                    ["Brookhurst PM and claims", "$175", "$139", "per provider per month"],
                    ["Patient engagement suite", "$95", "$79", "per location per month"],
                    ["Implementation (remote)", "$8,000", "$6,000", "per Participating Member"]],
          {"widths": [4, 2, 2.2, 3]}),
         ("p", "Supplier pays the Cooperative an administrative fee of 3% of net sales to Participating Members, "
               "disclosed to Members as required by law."),
         ("h", "2. CPT"),
         ("p", "2.1 Supplier's products do not include CPT content and Supplier does not sublicense CPT. Each "
               "Participating Member must obtain its own licence for CPT from the American Medical Association or "
               "an authorized distributor, covering its users of Supplier's products, before loading CPT codes."),
         ("p", "2.2 Neither the Cooperative nor Supplier pays CPT royalties on behalf of any Participating Member, "
               "and the Cooperative's administrative fee does not fund any CPT licence."),
         ("h", "3. Member Participation"),
         ("p", "A Participating Member may terminate its participation on 90 days' notice after the first year. "
               "Pricing is guaranteed for three years from the date of the Member Participation Form."),
         ]
    bb, n = boiler(4, "Supplier", "Participating Member", "the State of Delaware",
                   [("conf", 0), ("priv", 0), ("liab", 0), ("gen", 1)])
    b += bb
    b += [("sig", [("BROOKHURST EHR CORPORATION", "Natalie Greer", "VP, Channel Partnerships", "April 1, 2025"),
                   ("ALLIED AMBULATORY PURCHASING COOPERATIVE", "Roger Tam", "Executive Director", "April 1, 2025")]),
          ("h2", "Member Participation Form"),
          ("p", "Participating Member: Mesa Verde Family Practice, P.C., Durango, Colorado. Products: Ambulatory EHR "
                "(5 providers), PM and claims (5 providers). Signed: Dr. Lucia Baca, President, May 12, 2025. "
                "Accepted by Brookhurst EHR Corporation: Natalie Greer, May 13, 2025.")]
    return make("c_gpo_members", V, "customer_must_license", None,
                "Group-purchasing supplier agreement signed by a member: the supplier's products have no CPT content "
                "and each member must obtain its own CPT licence; neither the group nor the supplier pays.",
                b, family="Times", size=10)


DOCS = [c_pm_saas_own, c_load_own, c_ama_direct, c_clearinghouse_provider, c_reseller_direct, c_uk_procure,
        c_amend_ends, c_precedence_exhibit, c_sow_client_file, c_po_buyer_licence, c_canada_vendor, c_gpo_members]
