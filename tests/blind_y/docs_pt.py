"""blind_y documents whose label is pass_through (the vendor charges a separate CPT / AMA fee)."""
from docs_common import confidentiality, general, hipaa, liability, payment, sec, support, term, warranty


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


DOCS = []


def doc(f):
    DOCS.append(f())
    return f


# ---------------------------------------------------------------------------------------------
@doc
def pt_msa_defs():
    V = "Quillfeather Health Systems, Inc."
    defs = [
        ("\"Affiliate\"", "means any entity that controls, is controlled by or is under common control with a party, "
                          "where control means ownership of more than fifty percent of the voting interests."),
        ("\"Authorized User\"", "means an individual employee or contractor of Customer whom Customer permits to log "
                                "in to the Platform under a unique credential, whether or not that individual renders "
                                "clinical services. Credentials may not be shared."),
        ("\"Contract Year\"", "means the twelve-month period beginning on the Go-Live Date and each successive "
                              "twelve-month period thereafter during the Term."),
        ("\"CPT Content\"", "means the Current Procedural Terminology codes, descriptors and related guidelines "
                            "published by the American Medical Association (the \"AMA\") and embedded in the Platform."),
        ("\"CPT Pass-Through Fee\"", "means the sum of $19.25 for each Authorized User in each Contract Year, being the "
                                     "royalty that Quillfeather remits to the AMA in respect of that Authorized User."),
        ("\"Customer Data\"", "means all data, including Protected Health Information, that Customer or its Authorized "
                              "Users enter into or generate through the Platform."),
        ("\"Documentation\"", "means Quillfeather's then-current user guides and release notes for the Platform."),
        ("\"Go-Live Date\"", "means the date on which the Platform is first used by Customer in production."),
        ("\"Implementation Fee\"", "means the one-time fee for configuration, data conversion and training set out in "
                                   "the Order Form."),
        ("\"Order Form\"", "means an ordering document signed by both parties that references this Agreement."),
        ("\"Platform\"", "means Quillfeather's hosted electronic health record and practice management application, "
                         "including the patient portal and any modules listed in an Order Form."),
        ("\"Subscription Fee\"", "means the recurring fee of $129.00 per Authorized User per month for access to the "
                                 "Platform, as adjusted under Section 6.6."),
        ("\"Term\"", "has the meaning given in Section 10.1."),
    ]
    blocks = [
        ("title", "MASTER SUBSCRIPTION AND SERVICES AGREEMENT"),
        ("subtitle", "Agreement No. QHS-MSA-2025-0417"),
        ("p", "This Master Subscription and Services Agreement (this \"Agreement\") is made as of April 17, 2025 (the "
              "\"Effective Date\") between Quillfeather Health Systems, Inc., a Delaware corporation with offices at "
              "2200 Canal Street, Suite 900, New Orleans, Louisiana 70130 (\"Quillfeather\"), and Harborview Family "
              "Medicine, P.C., a Louisiana professional corporation with offices at 41 Levee Road, Baton Rouge, "
              "Louisiana 70802 (\"Customer\")."),
        ("h", "ARTICLE 1. DEFINITIONS"),
        ("p", "Capitalised terms used in this Agreement have the meanings given below or where they are first defined "
              "in the text. The singular includes the plural, and \"including\" means \"including without limitation\"."),
    ]
    for i, (t, d) in enumerate(defs):
        blocks.append(("cl", "1.%d" % (i + 1), "%s %s" % (t, d), 0))
    blocks += [
        ("h", "ARTICLE 2. SUBSCRIPTION"),
        ("cl", "2.1", "Subject to this Agreement and payment of the applicable fees, Quillfeather grants Customer a "
                      "non-exclusive, non-transferable right during the Term for its Authorized Users to access and use "
                      "the Platform for Customer's internal business purposes in the United States.", 0),
        ("cl", "2.2", "Customer shall not, and shall not permit any person to: (a) copy, modify or create derivative "
                      "works of the Platform; (b) sell, rent or sublicense access to any third party, including any "
                      "Affiliate not named in an Order Form; (c) reverse engineer the Platform; or (d) extract CPT "
                      "Content from the Platform other than in reports and claims generated in the ordinary course.", 0),
        ("cl", "2.3", "Customer is responsible for each Authorized User's compliance with this Agreement and shall "
                      "promptly deactivate the credentials of any individual who leaves Customer's workforce.", 0),
        ("h", "ARTICLE 3. IMPLEMENTATION"),
        ("cl", "3.1", "Quillfeather will perform the implementation services described in the Order Form, including "
                      "build of Customer's fee schedules, provider enrollment profiles and clearinghouse connection.", 0),
        ("cl", "3.2", "Customer will supply a project lead with authority to make configuration decisions and will "
                      "complete data validation within ten business days of each conversion pass.", 0),
        ("cl", "3.3", "The Implementation Fee is due fifty percent on signature and fifty percent on the Go-Live Date.", 0),
    ]
    blocks += support(4, "Quillfeather", "Customer")
    blocks += hipaa(5, "Quillfeather", "Customer")
    blocks += [
        ("h", "ARTICLE 6. FEES"),
        ("cl", "6.1", "Customer shall pay the Subscription Fee monthly in advance for each Authorized User provisioned "
                      "at any time during the month.", 0),
        ("cl", "6.2", "The Implementation Fee is payable as provided in Section 3.3.", 0),
        ("cl", "6.3", "Fees for optional modules, interfaces and additional training are as set out in the applicable "
                      "Order Form.", 0),
        ("cl", "6.4", "In addition to the Subscription Fee, Customer shall pay the CPT Pass-Through Fee. Quillfeather "
                      "will invoice the CPT Pass-Through Fee in advance at the start of each Contract Year on the basis "
                      "of the number of Authorized Users provisioned on that date.", 0),
        ("cl", "6.5", "Where an Authorized User is added after the start of a Contract Year, the CPT Pass-Through Fee "
                      "for that individual is invoiced in full with the next monthly invoice and is not prorated. No "
                      "credit is given for Authorized Users removed during a Contract Year.", 0),
        ("cl", "6.6", "Quillfeather may increase the Subscription Fee once in each Contract Year after the first by no "
                      "more than four percent (4%) on sixty days' written notice. Any change in the CPT Pass-Through Fee "
                      "requires an amendment signed by both parties.", 0),
        ("cl", "6.7", "Customer consents to Quillfeather reporting Customer's name and Authorized User count to the "
                      "AMA as its distribution agreement requires.", 0),
    ]
    blocks += payment(7, "Quillfeather", "Customer")
    blocks += confidentiality(8, "Quillfeather", "Customer")
    blocks += warranty(9, "Quillfeather", "Customer")
    blocks += term(10, "Quillfeather", "Customer")
    blocks += liability(11, "Quillfeather", "Customer")
    blocks += general(12, "Quillfeather", "Customer", law="the State of Louisiana")
    blocks += [("sig", [("QUILLFEATHER HEALTH SYSTEMS, INC.", "Daniel Okafor", "Chief Revenue Officer"),
                        ("HARBORVIEW FAMILY MEDICINE, P.C.", "Renee Castille, M.D.", "President")])]
    return dict(key="pt_msa_defs", vendor=V, coverage="pass_through", fee=fee(19.25, "user", "year"),
                desc="Master subscription agreement whose definitions article fixes a CPT Pass-Through Fee of $19.25 "
                     "per Authorized User per Contract Year that Article 6 then charges on top of the $129 per-user "
                     "monthly subscription.",
                spec=dict(font="Times", size=9.5, header="Quillfeather Health Systems, Inc. - Master Subscription and "
                          "Services Agreement - Confidential", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_uk_licence():
    V = "Thistledown Clinical Software Ltd"
    blocks = [
        ("title", "SOFTWARE LICENCE AGREEMENT"),
        ("center", "THIS AGREEMENT is dated 9 June 2025"),
        ("h2", "PARTIES"),
        ("cl", "(1)", "THISTLEDOWN CLINICAL SOFTWARE LTD, incorporated and registered in England and Wales with company "
                      "number 08812275 whose registered office is at 14 Wharf Approach, Leeds LS1 4BR (the \"Licensor\").", 0),
        ("cl", "(2)", "RIDGEWAY SPORTS MEDICINE CLINIC, LLC, a limited liability company organised under the laws of "
                      "the State of Colorado whose principal office is at 900 Grant Street, Denver, Colorado 80203, "
                      "United States (the \"Licensee\").", 0),
        ("h2", "BACKGROUND"),
        ("cl", "(A)", "The Licensor is the proprietor of the clinical documentation and billing software known as "
                      "Thistledown Clinic Manager and has the right to distribute certain third-party materials with it.", 0),
        ("cl", "(B)", "The Licensee wishes to use the Software in its clinics in the United States and the Licensor has "
                      "agreed to grant a licence on the terms of this Agreement.", 0),
        ("h2", "AGREED TERMS"),
    ]
    blocks += sec(1, "Interpretation", [
        "The definitions and rules of interpretation in this clause apply in this Agreement.",
        ("", "AMA: the American Medical Association.", 1),
        ("", "Authorised Site: each clinic of the Licensee listed in the Schedule.", 1),
        ("", "CPT Content: the Current Procedural Terminology codes and descriptors of the AMA as incorporated in "
             "the Software from time to time.", 1),
        ("", "Licence Year: each period of twelve months beginning on the Commencement Date or an anniversary of it.", 1),
        ("", "Named User: an individual who is authorised by the Licensee to use the Software and to whom the "
             "Licensor has issued a unique log-in.", 1),
        ("", "Software: Thistledown Clinic Manager in object code form, together with updates supplied under clause 6.", 1),
        "Clause, Schedule and paragraph headings shall not affect the interpretation of this Agreement. A reference to "
        "writing or written includes e-mail. References to US$ are to the lawful currency of the United States.",
    ])
    blocks += sec(2, "Licence", [
        "In consideration of the Licence Fee the Licensor grants to the Licensee a non-exclusive, non-transferable "
        "licence to use the Software at the Authorised Sites for the Licensee's internal business purposes.",
        "The Licensee shall not sub-license, assign or otherwise transfer the rights granted in clause 2.1, nor permit "
        "the Software to be used by any person other than a Named User.",
        "The Licence Fee for the Software is US$2,400 per Authorised Site per Licence Year, payable annually in advance. "
        "An implementation charge of US$3,750 is payable once on signature of this Agreement.",
    ])
    blocks += sec(3, "Third Party Content", [
        "The Licensee acknowledges that the CPT Content is owned by the AMA and is supplied to the Licensor under a "
        "distribution agreement which requires the Licensor to account to the AMA for each Named User.",
        "The Licensor shall procure that the CPT Content is available within the Software for the duration of this "
        "Agreement, provided always that the Licensee pays to the Licensor, for each Named User, the CPT Royalty of "
        "US$18.50 in respect of each Licence Year, which sum the Licensor shall remit to the AMA.",
    ])
    blocks += [("pb",)]
    blocks += [
        ("cl", "3.3", "In addition to the sum referred to in clause 3.2, an administration charge of US$2.00 per Named "
                      "User shall be payable in respect of each Licence Year. The administration charge is retained by "
                      "the Licensor and is not remitted to the AMA.", 0),
        ("cl", "3.4", "The sums due under clauses 3.2 and 3.3 shall be invoiced together at the start of each Licence "
                      "Year by reference to the number of Named Users on that date, and a supplementary invoice shall "
                      "be raised for any Named User added during a Licence Year.", 0),
        ("cl", "3.5", "The Licensee consents to the disclosure of its name, address and Named User count to the AMA, "
                      "and agrees that the AMA may enforce the restrictions in this clause 3 as a third party.", 0),
    ]
    blocks += payment(4, "the Licensor", "the Licensee", var=1)
    blocks += warranty(5, "the Licensor", "the Licensee", var=1)
    blocks += sec(6, "Updates and Support", [
        "The Licensor shall provide the Licensee with all updates to the Software, including each annual release of "
        "the CPT Content, within thirty days of their general release.",
        "Support shall be available by telephone and e-mail between 08:00 and 20:00 Mountain Time on business days "
        "through support@thistledown-clinical.example.",
    ])
    blocks += liability(7, "the Licensor", "the Licensee", var=1)
    blocks += confidentiality(8, "the Licensor", "the Licensee", var=1)
    blocks += term(9, "the Licensor", "the Licensee", var=1)
    blocks += general(10, "the Licensor", "the Licensee", var=1, law="the law of England and Wales")
    blocks += [
        ("h", "SCHEDULE - AUTHORISED SITES"),
        ("table", [["Site", "Address", "Named Users at Commencement"],
                   ["Denver (Grant Street)", "900 Grant Street, Denver, CO 80203", "11"],
                   ["Lakewood", "7400 W Alameda Avenue, Lakewood, CO 80226", "6"]], {"widths": [0.25, 0.5, 0.25]}),
        ("p", "This Agreement has been entered into on the date stated at the beginning of it."),
        ("sig", [("Signed by Helen Ashworth-Pryce, Director, for and on behalf of THISTLEDOWN CLINICAL SOFTWARE LTD",
                  "Helen Ashworth-Pryce", "Director"),
                 ("Signed by Marcus Delgado, Manager, for and on behalf of RIDGEWAY SPORTS MEDICINE CLINIC, LLC",
                  "Marcus Delgado", "Manager")]),
    ]
    return dict(key="pt_uk_licence", vendor=V, coverage="pass_through", fee=fee(20.50, "user", "year"),
                desc="English-law software licence in which the Licensee pays a CPT Royalty of US$18.50 per Named "
                     "User per Licence Year (clause 3.2) plus, across a page break, a US$2.00 administration charge "
                     "per Named User (clause 3.3), so US$20.50 per user per year.",
                spec=dict(font="Times", size=10, page="a4", header="Thistledown Clinical Software Ltd - Software "
                          "Licence Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_order_table():
    V = "Brantwell Medical Software, Inc."
    blocks = [
        ("title", "ORDER FORM"),
        ("subtitle", "Brantwell Medical Software, Inc. | 55 Market Square, Suite 300, Knoxville, TN 37902"),
        ("kv", [("Order Number", "BMS-Q-24117"), ("Customer", "Summit Ridge Orthopaedics, P.A."),
                ("Bill-To Address", "1180 Hillcrest Parkway, Chattanooga, TN 37405"),
                ("Customer Contact", "Janelle Whitcomb, Practice Administrator"),
                ("Order Effective Date", "February 1, 2025"), ("Initial Term", "36 months from Go-Live"),
                ("Governing Agreement", "Brantwell Master Software Subscription Agreement v7.2")]),
        ("h", "Section A - Products and Services"),
        ("table", [
            ["Item", "Description", "Unit of measure", "Qty", "Unit price", "Billing frequency", "Extended"],
            ["", "", "", "", "(USD)", "", "(USD)"],
            ["1", "Brantwell Ortho EHR + PM subscription", "Rendering provider", "4", "349.00", "Monthly", "1,396.00"],
            ["2", "Mid-level / therapist add-on access", "Non-physician clinician", "3", "149.00", "Monthly", "447.00"],
            ["3", "Patient portal and online intake", "Practice", "1", "Included", "-", "0.00"],
            ["4", "ICD-10-CM and HCPCS Level II code update service", "Practice", "1", "Included", "Annual", "0.00"],
            ["5", "AMA CPT(R) content fee (pass-through)", "Rendering provider", "4", "21.00", "Annual", "84.00"],
            ["6", "Implementation and data conversion", "Project", "1", "4,800.00", "One-time", "4,800.00"],
            ["7", "On-site go-live training", "Day", "2", "1,250.00", "One-time", "2,500.00"],
            ["8", "Bidirectional imaging (PACS) interface", "Interface", "1", "1,950.00", "One-time", "1,950.00"],
        ], {"header": 2, "widths": [0.05, 0.3, 0.14, 0.06, 0.11, 0.14, 0.2],
            "spans": [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (3, 1)), ((5, 0), (5, 1))]}),
        ("table", [["Summary", "USD"],
                   ["Monthly recurring (items 1-2)", "1,843.00"],
                   ["Annual recurring (item 5)", "84.00"],
                   ["One-time (items 6-8)", "9,250.00"]], {"widths": [0.7, 0.3], "ruled": False}),
        ("h", "Section B - Order Terms"),
        ("cl", "B.1", "Recurring subscription charges begin on the Go-Live Date and are invoiced monthly in advance. "
                      "Rendering provider counts are reviewed quarterly and increased where additional providers have "
                      "been credentialed in the system.", 0),
        ("cl", "B.2", "Item 5 is a pass-through of the royalty that Brantwell pays to the American Medical Association "
                      "for CPT content displayed in the software. It is billed each January for every rendering "
                      "provider active on January 1, and for a provider added later in the year it is billed on the "
                      "next invoice. Item 5 is not part of the subscription price in item 1 and is not discounted.", 0),
        ("cl", "B.3", "Items 3 and 4 are provided at no additional charge while item 1 remains in effect. ICD-10-CM "
                      "and HCPCS Level II files are federal publications and no content fee applies to them.", 0),
        ("cl", "B.4", "One-time fees are invoiced 50% on execution of this Order Form and 50% on the Go-Live Date. "
                      "Travel for on-site training is billed at cost.", 0),
        ("cl", "B.5", "Pricing in this Order Form is valid if it is signed by March 15, 2025. Recurring prices in item 1 "
                      "and item 2 are fixed for the Initial Term.", 0),
        ("cl", "B.6", "Questions about invoices may be sent to billing@brantwell-medical.example.", 0),
        ("p", "By signing below, Customer orders the products and services above subject to the Governing Agreement, "
              "which is incorporated by reference. If this Order Form conflicts with the Governing Agreement, this "
              "Order Form controls for the items listed in it."),
        ("sig", [("BRANTWELL MEDICAL SOFTWARE, INC.", "Toby Rasmussen", "Regional Sales Director"),
                 ("SUMMIT RIDGE ORTHOPAEDICS, P.A.", "Janelle Whitcomb", "Practice Administrator")]),
    ]
    return dict(key="pt_order_table", vendor=V, coverage="pass_through", fee=fee(21.00, "provider", "year"),
                desc="Order form whose pricing table carries an 'AMA CPT content fee (pass-through)' row of $21.00 per "
                     "rendering provider billed annually, among per-provider subscription, ICD-10/HCPCS, training and "
                     "interface lines.",
                spec=dict(font="Helvetica", size=9, margin=0.7, header="Brantwell Medical Software, Inc. - Order Form "
                          "BMS-Q-24117", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_billing_provider():
    V = "Meriwether Revenue Partners, LLC"
    blocks = [
        ("title", "BILLING SERVICES AGREEMENT"),
        ("p", "This Billing Services Agreement (\"Agreement\") is entered into effective July 1, 2025 by and between "
              "Meriwether Revenue Partners, LLC, an Ohio limited liability company (\"Company\"), and Eastbrook Internal "
              "Medicine, P.C., an Ohio professional corporation (\"Provider\"). Company and Provider are each a "
              "\"Party\"."),
        ("h", "RECITALS"),
        ("p", "Provider is a medical group whose physicians furnish professional services to patients at the locations "
              "listed in Exhibit A (each a \"Provider Location\"). Company is in the business of furnishing medical "
              "billing and accounts receivable management services, and makes available to its clients a hosted "
              "practice management platform licensed from a third-party software publisher (the \"Platform\"). Provider "
              "desires to engage Company, and Company desires to be engaged, on the terms below."),
    ]
    blocks += sec(1, "Services", [
        "Company shall prepare and submit claims for Provider's professional services to Medicare, Medicaid and "
        "commercial payers using the charge information and codes that Provider enters in the Platform.",
        "Company shall post payments and adjustments, work denials, prepare and send patient statements, and follow up "
        "on unpaid claims older than thirty (30) days.",
        "Company shall deliver a monthly management report showing charges, collections, adjustments and aged "
        "receivables by Provider Location and by rendering physician.",
        "Provider remains solely responsible for the accuracy of its documentation and for selecting the codes that "
        "describe the services rendered. Company does not provide coding services under this Agreement.",
    ])
    blocks += sec(2, "Provider Obligations", [
        "Provider shall enter charges within three (3) business days after the date of service and shall supply "
        "copies of payer contracts, fee schedules and credentialing records as Company reasonably requests.",
        "Provider shall maintain each physician's enrollment with Medicare and other payers and shall notify Company "
        "of any change in tax identification number, NPI or practice address.",
    ])
    blocks += sec(3, "Platform", [
        "Company grants Provider's staff access to the Platform for scheduling, registration and charge entry during "
        "the term of this Agreement. Provider shall ensure its staff comply with the Platform's end-user terms, which "
        "Company will make available on request.",
        "Company shall maintain the Platform's interfaces with Company's clearinghouse and shall load payer fee "
        "schedules supplied by Provider.",
    ])
    blocks += sec(4, "Compensation", [
        "In consideration of the Services, Provider shall pay Company six and one-quarter percent (6.25%) of Net "
        "Collections received in each calendar month. \"Net Collections\" means all payments received for Provider's "
        "services, less refunds and recoupments.",
        "Patient statements are billed at $0.85 per statement mailed. A one-time onboarding fee of $1,500 is payable "
        "on the effective date.",
        "Provider shall also reimburse Company for the licence charge attributable to the CPT content contained in the "
        "Platform, at the rate of $4.25 per Provider Location for each calendar month in which the Provider Location "
        "is active in the Platform. That charge is passed through at cost and is shown as a separate line on the "
        "monthly statement.",
        "Company shall invoice Provider monthly by the tenth (10th) day of the following month, and Provider shall pay "
        "each invoice within fifteen (15) days.",
    ])
    blocks += sec(5, "Records and Compliance", [
        "Company shall maintain records of claims submitted and payments posted for at least seven (7) years.",
        "Company shall maintain a compliance program consistent with federal compliance program guidance for third-party"
        " medical billing companies and shall report to Provider any credible evidence of an overpayment.",
    ])
    blocks += hipaa(6, "Company", "Provider")
    blocks += term(7, "Company", "Provider", var=2, years=2)
    blocks += liability(8, "Company", "Provider")
    blocks += general(9, "Company", "Provider", var=2, law="the State of Ohio")
    blocks += [
        ("h", "EXHIBIT A - PROVIDER LOCATIONS"),
        ("table", [["No.", "Provider Location", "Address", "Physicians"],
                   ["1", "Eastbrook Main", "310 Franklin Avenue, Columbus, OH 43215", "5"],
                   ["2", "Eastbrook Westerville", "72 State Street, Westerville, OH 43081", "3"],
                   ["3", "Eastbrook Grove City", "4010 Broadway, Grove City, OH 43123", "2"]],
         {"widths": [0.08, 0.27, 0.5, 0.15]}),
        ("sig", [("MERIWETHER REVENUE PARTNERS, LLC", "Carla Bingham", "Managing Member"),
                 ("EASTBROOK INTERNAL MEDICINE, P.C.", "Arjun Patel, M.D.", "Medical Director")]),
    ]
    return dict(key="pt_billing_provider", vendor=V, coverage="pass_through", fee=fee(4.25, "location", "month"),
                desc="Billing services agreement in which 'Provider' is the practice and must reimburse the billing "
                     "company $4.25 per Provider Location per month for the CPT content in the hosted platform, beside "
                     "a percentage-of-collections fee and per-statement charges.",
                spec=dict(font="Times", size=10, header="Meriwether Revenue Partners, LLC - Billing Services Agreement",
                          blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_clearinghouse_words():
    V = "Vantmoor Claims Exchange, Inc."
    blocks = [
        ("title", "CLEARINGHOUSE SERVICES AGREEMENT"),
        ("p", "This Clearinghouse Services Agreement is made on September 2, 2025 between Vantmoor Claims Exchange, Inc., "
              "a Georgia corporation (\"Clearinghouse\"), and Piedmont Allergy & Asthma Center, LLC (\"Client\")."),
    ]
    blocks += sec(1, "Definitions", [
        "\"Transactions\" means the HIPAA standard electronic transactions listed in Schedule A, including 837P "
        "professional claims, 835 remittance advice, 270/271 eligibility inquiries and 276/277 claim status.",
        "\"Provider\" means each individual physician or other practitioner, identified by a National Provider "
        "Identifier, on whose behalf Client submits Transactions.",
        "\"Payer\" means a health plan or other entity to which Clearinghouse routes Transactions.",
        "\"Edits\" means the front-end validation rules that Clearinghouse applies to claims before release to a "
        "Payer, including code-validity checks against the current procedure and diagnosis code sets.",
    ])
    blocks += sec(2, "Services", [
        "Clearinghouse shall receive Transactions from Client's practice management system, translate them into the "
        "format required by each Payer, apply the Edits, and route them to the Payer or its intermediary.",
        "Clearinghouse shall return acknowledgements and rejection reports to Client within one business day of receipt "
        "of a Transaction.",
        "Clearinghouse shall enroll each Provider for electronic remittance with the Payers that Client designates.",
    ])
    blocks += sec(3, "Client Responsibilities", [
        "Client is responsible for the accuracy and completeness of all data in the Transactions it submits.",
        "Client shall obtain any Payer authorisations required for Clearinghouse to act as its agent.",
    ])
    blocks += sec(4, "Fees", [
        "Client shall pay the fees set out in Schedule A. Fees are invoiced monthly in arrears, except where Schedule A "
        "states otherwise.",
        "Clearinghouse may change the per-Transaction fees on ninety (90) days' notice, but not more than once in any "
        "twelve-month period.",
    ])
    blocks += hipaa(5, "Clearinghouse", "Client")
    blocks += term(6, "Clearinghouse", "Client", var=0, years=1)
    blocks += liability(7, "Clearinghouse", "Client")
    blocks += general(8, "Clearinghouse", "Client", law="the State of Georgia")
    blocks += [
        ("h", "SCHEDULE A - FEES"),
        ("table", [["Service", "Fee", "Basis"],
                   ["837P professional claim", "$0.29", "per claim accepted"],
                   ["Paper claim conversion (drop-to-paper)", "$0.65", "per claim"],
                   ["835 ERA delivery", "Included", "-"],
                   ["270/271 real-time eligibility", "$0.12", "per inquiry"],
                   ["ERA enrollment", "$15.00", "per Provider NPI per Payer, one-time"],
                   ["Monthly platform minimum", "$95.00", "per month"]], {"widths": [0.45, 0.2, 0.35]}),
        ("p", "CPT code set access. The Edits rely on the CPT code set, which the American Medical Association licenses "
              "to Clearinghouse under a distribution agreement. Client shall pay an annual CPT code set access fee of "
              "one hundred twenty-five dollars (US $125.00) for Client's organization, irrespective of the number of "
              "Providers or submitters, which Clearinghouse applies toward the royalty it owes the AMA. The fee is "
              "invoiced on the first monthly invoice after the effective date and on each anniversary of it."),
        ("p", "The ERA enrollment fee above is an administrative charge and is unrelated to code set access."),
        ("sig", [("VANTMOOR CLAIMS EXCHANGE, INC.", "Gordon Akers", "Vice President, Client Services"),
                 ("PIEDMONT ALLERGY & ASTHMA CENTER, LLC", "Sheila Monroe", "Office Manager")]),
    ]
    return dict(key="pt_clearinghouse_words", vendor=V, coverage="pass_through",
                fee=fee(125.00, "organization", "year"),
                desc="Clearinghouse agreement whose fee schedule adds an annual CPT code set access fee written in "
                     "words and figures (one hundred twenty-five dollars) for the client organization as a whole, "
                     "next to per-claim and per-NPI enrollment fees.",
                spec=dict(font="Times", size=10, header="Vantmoor Claims Exchange, Inc. - Clearinghouse Services "
                          "Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_amend_clinician():
    V = "Larkspur Therapy Cloud, Inc."
    blocks = [
        ("title", "SECOND AMENDMENT TO SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "This Second Amendment (this \"Amendment\") is entered into as of March 3, 2025 (the \"Amendment "
              "Effective Date\") by and between Larkspur Therapy Cloud, Inc., a California corporation (\"Larkspur\"), "
              "and Coastal Speech & Occupational Therapy, LLC (\"Customer\")."),
        ("h", "RECITALS"),
        ("cl", "A.", "Larkspur and Customer are parties to a Software Subscription Agreement dated August 15, 2022 (the "
                     "\"Agreement\"), under which Customer subscribes to Larkspur's therapy documentation, scheduling "
                     "and billing platform.", 0),
        ("cl", "B.", "The parties entered into a First Amendment dated January 9, 2023, which added Section 5.3 to the "
                     "Agreement and provided for a CPT Licence Fee of $17.50 per Clinician per Subscription Year.", 0),
        ("cl", "C.", "The royalty that the American Medical Association charges Larkspur has since changed, and the "
                     "parties wish to restate Section 5.3 and to add two clinic locations.", 0),
        ("p", "NOW, THEREFORE, for good and valuable consideration, the receipt and sufficiency of which are "
              "acknowledged, the parties agree as follows:"),
        ("cl", "1.", "Definitions. Capitalized terms used and not defined in this Amendment have the meanings given in "
                     "the Agreement. \"Clinician\" means each therapist, assistant or other practitioner who is listed as "
                     "a rendering provider in the platform at any time during a Subscription Year.", 0),
        ("cl", "2.", "CPT Licence Fee. Section 5.3 of the Agreement, as added by the First Amendment, is deleted in its "
                     "entirety and replaced with the following:", 0),
        ("cl", "", "\"5.3 CPT Licence Fee. For each Subscription Year beginning on or after January 1, 2025, Customer "
                   "shall pay Larkspur a CPT Licence Fee of $22.00 for each Clinician. The CPT Licence Fee is invoiced "
                   "in January for all Clinicians active on January 1 and, for any Clinician added later, on the next "
                   "monthly invoice. The CPT Licence Fee is in addition to, and not part of, the Subscription Fees, and "
                   "is not refundable if a Clinician is deactivated during the Subscription Year.\"", 1),
        ("cl", "3.", "Locations. Exhibit B of the Agreement is amended to add the clinic locations at 18 Harbor Way, "
                     "Ventura, California 93001 and 2230 Ocean Avenue, Oxnard, California 93035.", 0),
        ("cl", "4.", "Subscription Fees. The Subscription Fee of $69.00 per Clinician per month stated in Exhibit A of "
                     "the Agreement is unchanged for the remainder of the current term.", 0),
        ("cl", "5.", "Effect. Except as modified by this Amendment, the Agreement and the First Amendment remain in full "
                     "force and effect. If this Amendment conflicts with the Agreement or the First Amendment, this "
                     "Amendment controls.", 0),
        ("cl", "6.", "Counterparts. This Amendment may be executed in counterparts and by electronic signature.", 0),
        ("sig", [("LARKSPUR THERAPY CLOUD, INC.", "Priya Venkataraman", "VP, Customer Contracts"),
                 ("COASTAL SPEECH & OCCUPATIONAL THERAPY, LLC", "Dana Ferreira", "Owner")]),
    ]
    return dict(key="pt_amend_clinician", vendor=V, coverage="pass_through", fee=fee(22.00, "provider", "year"),
                desc="Second amendment that deletes the earlier $17.50 CPT Licence Fee and restates it as $22.00 per "
                     "Clinician per Subscription Year from 2025, separate from the $69 per-clinician monthly "
                     "subscription.",
                spec=dict(font="Times", size=10.5, header="Larkspur Therapy Cloud, Inc. - Second Amendment",
                          blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_email_thread():
    V = "Pellucid Practice Software LLC"
    blocks = [
        ("p", "Printed from webmail - Westgate Pain & Spine shared mailbox"),
        ("email", [("From", "Owen Brandt <obrandt@pellucid-practice.example>"),
                   ("To", "Lorena Fuentes <lfuentes@westgate-pain.example>"),
                   ("Cc", "Accounts Receivable <ar@pellucid-practice.example>"),
                   ("Date", "Thursday, January 16, 2025 3:42 PM"),
                   ("Subject", "RE: RE: AMA CPT fee on 2025 renewal")],
         ["Hi Lorena,",
          "Thanks for your patience while I checked this with our licensing team. I need to correct what I sent on "
          "the 8th. For practices on the Pellucid Clinic plan the CPT fee is billed per rendering provider, not per "
          "user, so your front desk, billers and MAs are not counted.",
          "The corrected charge is $2.10 per rendering provider per month. It will appear as its own line, \"AMA CPT "
          "royalty pass-through\", on your monthly invoice beginning with the February invoice. For your three "
          "providers that comes to $6.30 a month. Please disregard the per-user amount in my earlier e-mail; no "
          "annual per-user charge will be billed.",
          "Your subscription itself ($310 per provider per month) is unchanged by any of this.",
          "Best,", "Owen Brandt | Account Manager | Pellucid Practice Software LLC"]),
        ("email", [("From", "Lorena Fuentes <lfuentes@westgate-pain.example>"),
                   ("To", "Owen Brandt <obrandt@pellucid-practice.example>"),
                   ("Date", "Monday, January 13, 2025 9:05 AM"),
                   ("Subject", "RE: AMA CPT fee on 2025 renewal")],
         ["Owen,",
          "Before I approve the renewal I need to understand this. We have 3 providers and 9 staff logins. Does the "
          "per-user fee apply to all 12? That seems high. Our billing consultant says the AMA's own internal-use "
          "licence would be the entity fee plus $18.50 per user, so I want to make sure we are not paying twice.",
          "Also, is this a one-time charge or every year?",
          "Thanks,", "Lorena Fuentes, Practice Manager, Westgate Pain & Spine Associates"]),
        ("email", [("From", "Owen Brandt <obrandt@pellucid-practice.example>"),
                   ("To", "Lorena Fuentes <lfuentes@westgate-pain.example>"),
                   ("Date", "Wednesday, January 8, 2025 11:17 AM"),
                   ("Subject", "AMA CPT fee on 2025 renewal")],
         ["Hi Lorena,",
          "Attached is your renewal quote for 2025. One new item to flag: the American Medical Association requires "
          "software companies to collect a royalty for the CPT codes used in the system. For 2025 the AMA fee will "
          "be $15.00 per user for the year and will be billed with your first invoice.",
          "Let me know if you have any questions.",
          "Owen"]),
        ("fn", "CONFIDENTIALITY NOTICE: This message and any attachments are intended only for the addressee and may "
               "contain confidential information. If you received it in error, please notify the sender and delete it."),
    ]
    return dict(key="pt_email_thread", vendor=V, coverage="pass_through", fee=fee(2.10, "provider", "month"),
                desc="Printed e-mail thread in which the vendor's latest message corrects an earlier $15 per-user "
                     "annual AMA fee to $2.10 per rendering provider per month, with an AMA direct price quoted for "
                     "comparison in between.",
                spec=dict(font="Helvetica", size=9.5, justify=False, header="Westgate Pain & Spine Associates - "
                          "e-mail printout", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_footnote_location():
    V = "Orrington Clinical Networks Corp."
    blocks = [
        ("title", "EXHIBIT B"),
        ("subtitle", "PRICING SCHEDULE"),
        ("subtitle", "to the Master Services Agreement dated May 5, 2025 between Orrington Clinical Networks Corp. "
                     "and QuickCare Urgent Care Partners, LLC"),
        ("p", "1. Scope. This Exhibit B sets out the fees for the Orrington UrgentFlow platform at each of Customer's "
              "locations. Capitalized terms have the meanings given in the Master Services Agreement (the \"MSA\")."),
        ("p", "2. Location fees. The table below lists the locations in scope at signature. Additional locations may "
              "be added by a Location Addendum on the same pricing."),
        ("table", [
            ["Location", "Go-live (target)", "Providers", "Subscription per month (1)", "Activation (2)(3)",
             "Interfaces (4)"],
            ["Mesa - Dobson Rd", "Jul 2025", "6", "$2,340.00", "$3,200.00", "Lab, Radiology"],
            ["Tempe - Rural Rd", "Jul 2025", "5", "$1,950.00", "$3,200.00", "Lab"],
            ["Chandler - Ray Rd", "Sep 2025", "4", "$1,560.00", "$3,200.00", "Lab"],
            ["Gilbert - Val Vista", "Nov 2025", "4", "$1,560.00", "$3,200.00", "Lab, Radiology"],
        ], {"widths": [0.2, 0.13, 0.1, 0.2, 0.17, 0.2]}),
        ("p", "3. Invoicing. Subscription fees for a location begin on its go-live date. Activation fees are invoiced "
              "on the go-live date of the relevant location. Interface fees are governed by Section 5."),
        ("p", "4. Price protection. Subscription fees are fixed for the first twenty-four months of the Initial Term "
              "and may thereafter increase by no more than three percent per year."),
        ("p", "5. Interfaces. Each lab interface is $1,800 one-time plus $95 per month; each radiology interface is "
              "$2,400 one-time plus $125 per month. Interfaces to a hospital system that requires a separate vendor "
              "quote are excluded."),
        ("p", "6. Optional services. Coding audit services are available at $85 per hour. Additional training beyond "
              "the initial eight hours per location is $125 per hour."),
        ("sp", 6),
        ("fn", "(1) Subscription is $390.00 per provider per month, based on the number of providers credentialed at "
               "the location. Provider counts are trued up quarterly."),
        ("fn", "(2) Activation covers location build, template configuration, and eight hours of remote training."),
        ("fn", "(3) In addition to the Activation fee, a CPT(R) royalty pass-through of $36.00 is charged once for each "
               "location at its go-live, covering the American Medical Association content made available at that "
               "location. No further CPT charge is made for a location after go-live."),
        ("fn", "(4) See Section 5 for interface pricing."),
        ("sp", 8),
        ("p", "Agreed and accepted:"),
        ("sig", [("ORRINGTON CLINICAL NETWORKS CORP.", "Felicia Northam", "Director, Contracts"),
                 ("QUICKCARE URGENT CARE PARTNERS, LLC", "Brent Caldwell", "Chief Operating Officer")]),
    ]
    return dict(key="pt_footnote_location", vendor=V, coverage="pass_through", fee=fee(36.00, "location", "one_time"),
                desc="Pricing exhibit whose footnote (3) adds a CPT royalty pass-through of $36.00 charged once per "
                     "location at go-live, beside per-provider subscription, activation and interface prices.",
                spec=dict(font="Helvetica", size=9.5, header="Orrington Clinical Networks Corp. - Exhibit B Pricing "
                          "Schedule", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_au_schedule():
    V = "Wattlebird Health Informatics Pty Ltd"
    blocks = [
        ("title", "SOFTWARE LICENCE AND SERVICES AGREEMENT"),
        ("center", "Wattlebird Health Informatics Pty Ltd (ACN 612 448 907)"),
        ("center", "Level 11, 88 Phillip Street, Sydney NSW 2000"),
        ("h", "Parties"),
        ("p", "Wattlebird Health Informatics Pty Ltd (ACN 612 448 907) (Licensor) and the party identified in Item 1 of "
              "Schedule 2 (Licensee)."),
        ("h", "Background"),
        ("p", "The Licensor develops the ClinicLedger practice management software. The Licensee operates outpatient "
              "clinics in the United States and wishes to use the software there. The parties agree as follows."),
    ]
    blocks += sec(1, "Definitions and interpretation", [
        "In this agreement: Authorised User means an individual nominated by the Licensee in accordance with clause 4; "
        "Commencement Date means the date in Item 2 of Schedule 2; CPT Content means the Current Procedural "
        "Terminology material owned by the American Medical Association (AMA) and included in the Software; "
        "Licence Fee means the fee in Item 3 of Schedule 2; Software means ClinicLedger and its updates.",
        "Headings are for convenience only and do not affect interpretation. A reference to an Item is to an item of "
        "Schedule 2. A reference to dollars or USD is to United States dollars.",
    ])
    blocks += sec(2, "Licence", [
        "The Licensor grants the Licensee a non-exclusive, non-transferable licence to use the Software for the "
        "Licensee's internal purposes at the sites in Item 6, for the number of Authorised Users in Item 5.",
        "The Licensee must not permit any related body corporate or other entity to use the Software.",
    ])
    blocks += sec(3, "Services", [
        "The Licensor will host the Software in a United States data centre and provide the support services described "
        "in Schedule 1.",
        "The Licensor may engage subcontractors to perform the services but remains responsible for them.",
    ])
    blocks += sec(4, "Authorised Users", [
        "The Licensee may nominate Authorised Users up to the number in Item 5 and may increase that number by notice, "
        "in which case the Licence Fee is adjusted pro rata.",
    ])
    blocks += payment(5, "the Licensor", "the Licensee", var=1, days=21)
    blocks += warranty(6, "the Licensor", "the Licensee", var=1)
    blocks += sec(7, "CPT Content", [
        "Subject to the Licensee's compliance with this clause 7, the Licensor grants the Licensee a non-exclusive, "
        "non-transferable sub-licence to use the CPT Content within the Software, under and for so long as the "
        "Licensor's distribution agreement with the AMA remains in force.",
        "The Licensee must not copy, extract or publish the CPT Content except in claims, statements and reports "
        "produced by the Software in the ordinary course of its business.",
        "In consideration of the sub-licence in clause 7.1, the Licensee must pay the fee set out in Item 4 of "
        "Schedule 2, which is separate from and additional to the Licence Fee.",
        "The Licensee acknowledges that the AMA is a third-party beneficiary of this clause 7 and may audit the "
        "Licensee's use of the CPT Content on reasonable notice.",
    ])
    blocks += liability(8, "the Supplier", "the Licensee", var=2)
    blocks += term(9, "the Licensor", "the Licensee", var=1)
    blocks += general(10, "the Licensor", "the Licensee", var=1, law="the laws of New South Wales")
    blocks += [
        ("pb",),
        ("h", "Schedule 1 - Support"),
        ("p", "Support is available by telephone and through help@wattlebird-health.example from 7.00 am to 6.00 pm "
              "United States Eastern Time, Monday to Friday, excluding United States federal holidays. Severity 1 "
              "incidents receive a response within one hour."),
        ("h", "Schedule 2 - Agreement Details"),
        ("table", [["Item", "Description", "Details"],
                   ["1", "Licensee", "Gulfside Dermatology Associates, P.A., 5100 Bayshore Boulevard, Tampa, "
                                     "Florida 33611, United States"],
                   ["2", "Commencement Date", "1 October 2025"],
                   ["3", "Licence Fee", "USD 1,150.00 per month, payable monthly in advance"],
                   ["4", "CPT Sub-licence Fee", "USD 240.00 for the Licensee, covering all of its Authorised Users"],
                   ["5", "Authorised Users", "14"],
                   ["6", "Sites", "Tampa (Bayshore Boulevard); Clearwater (Drew Street)"],
                   ["7", "Implementation fee", "USD 6,500.00, payable on the Commencement Date"],
                   ["8", "Initial Period", "36 months from the Commencement Date"]],
         {"widths": [0.08, 0.27, 0.65]}),
        ("p", "Executed as an agreement."),
        ("sig", [("Executed by Wattlebird Health Informatics Pty Ltd in accordance with section 127 of the "
                  "Corporations Act 2001 (Cth)", "Simon Nguyen", "Director"),
                 ("Signed for Gulfside Dermatology Associates, P.A. by its authorised officer", "Maria Olvera, M.D.",
                  "President")]),
    ]
    return dict(key="pt_au_schedule", vendor=V, coverage="pass_through", fee=fee(240.00, "organization", None),
                desc="Australian-style licence whose clause 7.3 requires payment of 'the fee set out in Item 4 of "
                     "Schedule 2', a CPT Sub-licence Fee of USD 240.00 for the Licensee as a whole, with no period "
                     "stated for that fee anywhere.",
                spec=dict(font="Times", size=10, page="a4", header="Wattlebird Health Informatics Pty Ltd - Software "
                          "Licence and Services Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_rule_noamount():
    V = "Halvorsen Digital Health, Inc."
    blocks = [
        ("title", "HALVORSEN DIGITAL HEALTH, INC."),
        ("subtitle", "CLOUD SERVICES TERMS AND CONDITIONS (AMBULATORY)"),
        ("center", "Version 2025.2 - incorporated into each Halvorsen Service Order"),
    ]
    blocks += sec(1, "Application", [
        "These Terms govern every Service Order between Halvorsen Digital Health, Inc. (\"Halvorsen\") and the "
        "customer named in it (\"Customer\"). A Service Order and these Terms together form the \"Agreement\".",
        "If a Service Order expressly overrides a provision of these Terms, the Service Order prevails for that "
        "Service Order only.",
    ])
    blocks += sec(2, "The Services", [
        "Halvorsen will provide the cloud-hosted electronic health record, practice management and analytics services "
        "described in the Service Order (the \"Services\").",
        "Customer may permit its employees and contractors (\"Users\") to access the Services. Each User must have a "
        "unique login. Halvorsen may audit User counts remotely.",
        "Halvorsen may modify the Services provided that it does not materially reduce their core functionality.",
    ])
    blocks += sec(3, "Fees", [
        "Customer shall pay the Subscription Fees and one-time fees stated in the Service Order.",
        "Halvorsen may increase the Subscription Fees on each anniversary of the Service Order start date, provided "
        "that no increase exceeds five percent (5%) of the fees for the preceding year.",
        "Third-party code content. The Services display procedure codes from the Current Procedural Terminology (CPT) "
        "code set, which the American Medical Association (the \"AMA\") licenses to Halvorsen. In addition to the "
        "Subscription Fees, Customer shall reimburse Halvorsen for the royalty that the AMA assesses against Halvorsen "
        "in respect of Customer's Users, calculated at the per-user rate that the AMA publishes for the relevant "
        "calendar year. Halvorsen will invoice that reimbursement once a year, in arrears, with the January invoice.",
        "The reimbursement under Section 3.3 is not subject to the cap in Section 3.2 and is not a Subscription Fee.",
        "All fees are non-cancellable and non-refundable except as expressly stated in the Agreement.",
    ])
    blocks += payment(4, "Halvorsen", "Customer", days=30)
    blocks += sec(5, "Customer Data", [
        "As between the parties, Customer owns Customer Data. Halvorsen may use de-identified data to operate and "
        "improve the Services and to prepare aggregate benchmarks that do not identify Customer or any patient.",
        "Halvorsen will back up Customer Data daily and retain back-ups for thirty-five (35) days.",
    ])
    blocks += hipaa(6, "Halvorsen", "Customer")
    blocks += confidentiality(7, "Halvorsen", "Customer", var=2)
    blocks += warranty(8, "Halvorsen", "Customer")
    blocks += liability(9, "Halvorsen", "Customer")
    blocks += term(10, "Halvorsen", "Customer", years=3)
    blocks += general(11, "Halvorsen", "Customer", law="the State of Minnesota")
    blocks += [("fn", "Halvorsen Digital Health, Inc. | 600 Hennepin Avenue, Minneapolis, MN 55403 | "
                      "contracts@halvorsen-dh.example")]
    return dict(key="pt_rule_noamount", vendor=V, coverage="pass_through", fee=None,
                desc="Cloud services terms requiring the customer to reimburse, on top of subscription fees, the AMA "
                     "per-user royalty at the rate the AMA publishes each year, so a pass-through stated only as a "
                     "rule with no amount; a 5% cap applies to subscription fees, not to it.",
                spec=dict(font="Times", size=10, header="Halvorsen Digital Health, Inc. - Cloud Services Terms and "
                          "Conditions v2025.2", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_sow_seats():
    V = "Kestrel Point Solutions, Inc."
    blocks = [
        ("title", "STATEMENT OF WORK No. 3"),
        ("subtitle", "Revenue Cycle Coding Workbench Deployment"),
        ("kv", [("Under", "Master Services Agreement dated November 1, 2023 (the \"MSA\")"),
                ("Vendor", "Kestrel Point Solutions, Inc."),
                ("Client", "Valley Heart & Vascular Group, LLC"),
                ("SOW Effective Date", "June 2, 2025"),
                ("Vendor project manager", "Aaron Lindqvist (alindqvist@kestrelpoint.example)"),
                ("Client project sponsor", "Dr. Samuel Oyelaran, Chief Medical Officer")]),
        ("h", "1. Background and Objectives"),
        ("p", "Client's coding team currently abstracts cardiology procedures from paper superbills. Under this SOW, "
              "Vendor will deploy its Coding Workbench module, connected to Client's existing Kestrel practice "
              "management instance, so that coders can review documentation, select procedure and diagnosis codes and "
              "release charges electronically."),
        ("h", "2. Scope of Work"),
        ("cl", "2.1", "Discovery: two remote workshops to document current coding workflow, charge lag and denial "
                      "patterns.", 0),
        ("cl", "2.2", "Configuration: build of cardiology-specific code favourites, modifier rules and edit checks.", 0),
        ("cl", "2.3", "Integration: activation of the charge interface between the Coding Workbench and the practice "
                      "management system.", 0),
        ("cl", "2.4", "Training: four virtual sessions for coders and one for physicians.", 0),
        ("cl", "2.5", "Hypercare: thirty days of elevated support after go-live.", 0),
        ("h", "3. Out of Scope"),
        ("p", "Hospital-side charge capture, payer contract modelling, and any coding audit services are out of scope "
              "and may be ordered under a separate SOW."),
        ("h", "4. Deliverables and Acceptance"),
        ("table", [["Milestone", "Deliverable", "Target date", "Fixed fee"],
                   ["M1", "Discovery report", "June 27, 2025", "$3,500.00"],
                   ["M2", "Configured Workbench in test", "July 25, 2025", "$6,000.00"],
                   ["M3", "Go-live", "August 18, 2025", "$4,500.00"],
                   ["", "Total fixed fees", "", "$14,000.00"]], {"widths": [0.12, 0.43, 0.2, 0.25]}),
        ("p", "Client will accept or reject each deliverable within five business days of delivery; silence is "
              "acceptance."),
        ("h", "5. Recurring Charges"),
        ("p", "From go-live, the following recurring charges are added to Client's monthly invoice under the MSA:"),
        ("table", [["Recurring item", "Quantity", "Rate", "Monthly amount"],
                   ["Coding Workbench seat", "12 seats", "$45.00 per seat per month", "$540.00"],
                   ["CPT licence pass-through (AMA royalty)", "12 seats", "$1.75 per seat per month", "$21.00"],
                   ["Total recurring", "", "", "$561.00"]], {"widths": [0.38, 0.14, 0.28, 0.2], "ruled": False}),
        ("p", "The CPT licence pass-through is charged for every Coding Workbench seat because each seat displays CPT "
              "descriptors. Seat counts may change on thirty days' notice and both recurring items follow the seat "
              "count."),
        ("h", "6. Assumptions"),
        ("cl", "(a)", "Client will provide a test environment login for each coder by June 16, 2025.", 0),
        ("cl", "(b)", "Travel is not anticipated; any travel will be pre-approved and billed at cost.", 0),
        ("cl", "(c)", "This SOW is governed by the MSA. If this SOW conflicts with the MSA, the MSA controls except for "
                      "the fees stated in Sections 4 and 5.", 0),
        ("sig", [("KESTREL POINT SOLUTIONS, INC.", "Aaron Lindqvist", "Engagement Director"),
                 ("VALLEY HEART & VASCULAR GROUP, LLC", "Samuel Oyelaran, M.D.", "Chief Medical Officer")]),
    ]
    return dict(key="pt_sow_seats", vendor=V, coverage="pass_through", fee=fee(1.75, "user", "month"),
                desc="Statement of work whose recurring-charges table adds a CPT licence pass-through of $1.75 per "
                     "seat per month beside a $45 per-seat module charge and a $561 monthly total.",
                spec=dict(font="Helvetica", size=9.5, header="Kestrel Point Solutions, Inc. - SOW No. 3",
                          blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_outreach_cap():
    V = "Brightmoor Regional Medical Center, Inc."
    blocks = [
        ("title", "COMMUNITY EHR PARTICIPATION AGREEMENT"),
        ("subtitle", "Brightmoor Connect Outreach Program"),
        ("p", "This Community EHR Participation Agreement (\"Agreement\") is entered into as of October 1, 2025 between "
              "Brightmoor Regional Medical Center, Inc., a Michigan nonprofit corporation (\"Hospital\"), and "
              "Lakeshore Pediatric Associates, PLLC (\"Practice\")."),
        ("h", "Background"),
        ("p", "Hospital licenses an enterprise electronic health record system from its software supplier and, through "
              "the Brightmoor Connect program, extends a hosted instance of that system to independent community "
              "practices to improve care coordination. Practice wishes to participate on the terms below, which are "
              "intended to comply with the electronic health records exception and safe harbor under federal law."),
    ]
    blocks += sec(1, "Participation", [
        "Hospital shall provide Practice with access to Brightmoor Connect, including ambulatory clinical "
        "documentation, scheduling, registration, billing and the patient portal, for use by Practice's workforce at "
        "its Practice Sites listed in Attachment 1.",
        "Participation is not conditioned on, and shall not take into account, the volume or value of referrals or "
        "other business between Practice and Hospital.",
        "Practice is free to use any other electronic health record system and to refer patients to any provider.",
    ])
    blocks += sec(2, "Practice Contribution", [
        "Practice shall pay Hospital fifteen percent (15%) of Hospital's cost of the items and services provided, "
        "which the parties have agreed is $210.00 per Practice physician per month (the \"Participation Fee\"). The "
        "Participation Fee is payable monthly in advance.",
        "Practice shall pay a one-time implementation contribution of $4,200.",
        "Practice shall pay Hospital the CPT Content Charge of $42.50 for each Practice Site for each calendar year, "
        "which Hospital passes on to the AMA-authorised distributor that supplies the CPT code set used in Brightmoor "
        "Connect. The CPT Content Charge is invoiced each January.",
        "Hospital may adjust the CPT Content Charge once per calendar year to reflect a change in the distributor's "
        "rates, provided that no annual increase shall exceed five percent (5%) of the charge for the preceding year.",
        "Practice's contribution may not be paid or financed by Hospital or any related party.",
    ])
    blocks += sec(3, "Use of the System", [
        "Practice shall use Brightmoor Connect in accordance with Hospital's policies, including its acceptable use, "
        "password and downtime procedures, as updated from time to time.",
        "Practice is responsible for the professional judgement of its clinicians and for the accuracy of the records "
        "they create.",
        "Practice shall not use Brightmoor Connect to access records of patients with whom it has no treatment "
        "relationship.",
    ])
    blocks += hipaa(4, "Hospital", "Practice")
    blocks += term(5, "Hospital", "Practice", var=2, years=3)
    blocks += liability(6, "Hospital", "Practice")
    blocks += general(7, "Hospital", "Practice", var=0, law="the State of Michigan")
    blocks += [
        ("h", "Attachment 1 - Practice Sites"),
        ("table", [["Practice Site", "Address", "Physicians"],
                   ["Lakeshore Pediatrics - Grand Haven", "220 Washington Avenue, Grand Haven, MI 49417", "4"],
                   ["Lakeshore Pediatrics - Holland", "77 East 8th Street, Holland, MI 49423", "3"]],
         {"widths": [0.35, 0.5, 0.15]}),
        ("sig", [("BRIGHTMOOR REGIONAL MEDICAL CENTER, INC.", "Gwendolyn Price", "VP, Physician Outreach"),
                 ("LAKESHORE PEDIATRIC ASSOCIATES, PLLC", "Thomas Vance, M.D.", "Managing Partner")]),
    ]
    return dict(key="pt_outreach_cap", vendor=V, coverage="pass_through", fee=fee(42.50, "location", "year"),
                desc="Hospital outreach EHR agreement in which the practice pays the hospital a CPT Content Charge of "
                     "$42.50 per Practice Site per calendar year, with a 5% cap on yearly increases, beside a "
                     "per-physician participation fee.",
                spec=dict(font="Times", size=10, header="Brightmoor Regional Medical Center, Inc. - Community EHR "
                          "Participation Agreement", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_nounit_handling():
    V = "Mossgate Wellness Software, LLC"
    blocks = [
        ("title", "Mossgate Terms of Service"),
        ("center", "Mossgate Wellness Software, LLC | Last updated: August 4, 2025"),
        ("colbreak",),
        ("h2", "1. About these terms"),
        ("p", "These Terms of Service govern your use of Mossgate, the online scheduling, notes and billing service for "
              "counsellors, coaches and other wellness practices, operated by Mossgate Wellness Software, LLC "
              "(\"Mossgate\", \"we\", \"us\"). By creating an account you agree to them on behalf of your practice "
              "(\"you\")."),
        ("h2", "2. Accounts"),
        ("p", "You must provide accurate information when you sign up and keep your login details secure. The account "
              "owner may invite team members and is responsible for what they do in the account."),
        ("h2", "3. Plans"),
        ("p", "Mossgate offers the Starter plan at $39 per month and the Practice plan at $99 per month. Plan features "
              "are described on our pricing page at www.mossgate.example. You may change plans at any time and we "
              "will prorate the difference."),
        ("h2", "4. Payment processing"),
        ("p", "If you accept card payments from clients through Mossgate, our payment partner charges 2.9% plus $0.30 "
              "per transaction. These amounts are deducted before payouts."),
        ("h2", "5. Insurance billing and CPT codes"),
        ("p", "Mossgate lets you create superbills and submit claims using procedure codes from the CPT code set. CPT "
              "is owned by the American Medical Association, which requires software companies that include CPT to "
              "collect a royalty."),
        ("p", "Annual CPT fee. Where insurance billing is used at any point in a calendar year, the "
              "annual CPT fee of $18.00 applies, plus a $3.50 handling charge to cover our administration costs. It "
              "is billed each January (or, if you turn on insurance billing later in the year, on your next bill) and "
              "is not refundable. The AMA has historically raised its royalty by about $0.50 each year, and we will "
              "tell you in advance of any change."),
        ("p", "If you never turn on insurance billing, no CPT fee is charged."),
        ("h2", "6. Your content"),
        ("p", "You own the notes, documents and other content you put into Mossgate. You give us permission to host "
              "and process it only to provide the service to you."),
        ("h2", "7. Privacy"),
        ("p", "We will sign a business associate agreement with you if you are a covered entity. Our Privacy Notice "
              "explains how we handle personal information."),
        ("h2", "8. Cancellation"),
        ("p", "You can cancel at any time from the billing page. Cancellation takes effect at the end of your current "
              "billing period and fees already paid are not refunded."),
        ("h2", "9. Disclaimers"),
        ("p", "Mossgate is provided as is. We do not give clinical, legal or billing advice, and you are responsible "
              "for the codes you choose and the claims you submit."),
        ("h2", "10. Limitation of liability"),
        ("p", "To the extent the law allows, our total liability to you is limited to the fees you paid us in the "
              "twelve months before the claim."),
        ("h2", "11. Changes"),
        ("p", "We may update these terms. If a change is material we will give at least thirty days' notice by e-mail "
              "before it takes effect."),
        ("h2", "12. Contact"),
        ("p", "Questions: support@mossgate.example. Mossgate Wellness Software, LLC, 1400 Pearl Street, Boulder, "
              "Colorado 80302."),
    ]
    return dict(key="pt_nounit_handling", vendor=V, coverage="pass_through", fee=fee(21.50, None, "year"),
                desc="Two-column terms of service charging an annual CPT fee of $18.00 plus a $3.50 handling charge "
                     "($21.50 a year) without ever saying whether it is per clinician, user or account.",
                spec=dict(font="Helvetica", size=9, twocol=True, masthead=0.8, justify=False,
                          header="Mossgate Wellness Software, LLC - Terms of Service", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_sideletter_org():
    V = "Fennimore Health Data, Inc."
    blocks = [
        ("p", "FENNIMORE HEALTH DATA, INC."),
        ("p", "318 West Adams Street, 14th Floor, Chicago, Illinois 60606"),
        ("sp", 10),
        ("p", "December 12, 2024"),
        ("p", "Granite Bay Medical Group, Inc.\nAttention: Katherine Liu, Chief Financial Officer\n8790 Sierra College "
              "Boulevard, Roseville, California 95661"),
        ("p", "Re: Side Letter to Master Software Agreement dated February 20, 2023 (the \"Agreement\") - CPT Royalty Fee"),
        ("p", "Dear Ms. Liu:"),
        ("p", "This letter confirms the understanding reached between Fennimore Health Data, Inc. (\"Fennimore\") and "
              "Granite Bay Medical Group, Inc. (\"Customer\") during our meeting of December 4, 2024 concerning the fee "
              "that Customer pays for CPT content in the Fennimore Enterprise PM system. Capitalized terms not defined "
              "here have the meanings given in the Agreement."),
        ("cl", "1.", "Background. Section 8.2 of the Agreement and Item 6 of Order Form No. 1 provide for a CPT Royalty "
                     "Fee of $19.00 per Named User per Contract Year. Customer has grown to approximately 140 Named "
                     "Users across its clinics and has asked Fennimore to simplify the calculation.", 0),
        ("cl", "2.", "Flat fee. Notwithstanding Section 8.2 of the Agreement and Item 6 of Order Form No. 1, for the 2025 "
                     "and 2026 Contract Years the CPT Royalty Fee shall be a flat amount of $350.00 per Contract Year "
                     "for Customer's organization as a whole, irrespective of the number of Named Users. Fennimore "
                     "will invoice the flat amount on the first invoice of each of those Contract Years.", 0),
        ("cl", "3.", "No other change. The per-Named-User subscription fees in Order Form No. 1 ($84.00 per Named User "
                     "per month) are not affected by this letter. Fennimore remains responsible for reporting to the "
                     "American Medical Association under its distribution agreement.", 0),
        ("cl", "4.", "Reversion. Unless the parties agree otherwise in writing, from the 2027 Contract Year the CPT "
                     "Royalty Fee will again be calculated under Section 8.2 of the Agreement.", 0),
        ("cl", "5.", "Confidentiality. The terms of this letter are Confidential Information under the Agreement.", 0),
        ("p", "Except as set out above, the Agreement remains unchanged and in full force. Where this letter and the "
              "Agreement differ, this letter governs for the 2025 and 2026 Contract Years."),
        ("p", "Please countersign below to confirm Customer's agreement and return a copy to "
              "contracts@fennimore-hd.example."),
        ("p", "Sincerely,"),
        ("sig", [("FENNIMORE HEALTH DATA, INC.", "Robert Haldane", "General Counsel"),
                 ("Acknowledged and agreed: GRANITE BAY MEDICAL GROUP, INC.", "Katherine Liu",
                  "Chief Financial Officer")]),
    ]
    return dict(key="pt_sideletter_org", vendor=V, coverage="pass_through", fee=fee(350.00, "organization", "year"),
                desc="Side letter that replaces a $19.00 per-Named-User CPT Royalty Fee with a flat $350.00 per "
                     "Contract Year for the customer's whole organization in 2025 and 2026.",
                spec=dict(font="Times", size=10.5, justify=False, header="", blocks=blocks))


# ---------------------------------------------------------------------------------------------
@doc
def pt_twocol_words():
    V = "Stonecrest Behavioral Systems, Inc."
    blocks = [
        ("title", "CLINICIAN SUBSCRIPTION TERMS"),
        ("center", "Stonecrest Behavioral Systems, Inc. - Group Practice Edition - Effective January 1, 2025"),
        ("colbreak",),
        ("h2", "1. Definitions"),
        ("p", "\"Clinician\" means a licensed or pre-licensed behavioral health professional who provides services to "
              "clients and is set up in the Service as a rendering provider. \"Staff Member\" means any other person "
              "with a login, such as a biller, scheduler or supervisor who does not render services. \"Service\" means "
              "the Stonecrest online platform. \"Group\" means the practice that accepts these terms."),
        ("h2", "2. Subscription"),
        ("p", "2.1 Seats. The Group pays $59.00 per Clinician per month for a Clinician seat. Staff Member logins are "
              "free of charge and unlimited."),
        ("p", "2.2 Billing cycle. Subscription fees are charged monthly in advance to the card or bank account on file."),
        ("p", "2.3 Interns. A pre-licensed intern under supervision may be added at the reduced rate of $29.00 per "
              "month."),
        ("h2", "3. CPT Licensing Fee"),
        ("p", "3.1 The Service includes CPT(R) codes, which are owned by the American Medical Association. Stonecrest "
              "holds a distribution licence from the AMA and must pay a royalty for each Clinician who uses them."),
        ("p", "3.2 A CPT Licensing Fee of nineteen dollars and fifty cents ($19.50) is charged for each Clinician "
              "who renders billable services during a calendar year. That amount is made up of the royalty of $18.50 "
              "payable to the AMA and a processing fee of $1.00; no further amount is added to it."),
        ("p", "3.3 The CPT Licensing Fee is charged on the Group's December invoice for the following calendar year, "
              "and on the next invoice for a Clinician added during a year. It is not prorated and not refunded."),
        ("p", "3.4 Staff Members and interns who do not render billable services are not charged the CPT Licensing "
              "Fee."),
        ("h2", "4. Acceptable Use"),
        ("p", "The Group shall not share logins, upload malicious code, or use the Service to send unsolicited "
              "messages. Stonecrest may suspend access that threatens the security of the Service."),
        ("h2", "5. Client Records"),
        ("p", "The Group owns its client records. On cancellation, records can be exported as PDF and CSV for ninety "
              "days. Stonecrest acts as the Group's business associate and the Business Associate Addendum at "
              "www.stonecrest-behavioral.example forms part of these terms."),
        ("h2", "6. Availability"),
        ("p", "Stonecrest targets 99.9% monthly availability, excluding scheduled maintenance on Sundays between "
              "1:00 and 5:00 a.m. Eastern Time."),
        ("h2", "7. Fees Changes"),
        ("p", "Stonecrest may change subscription prices on sixty days' notice. Changes to the AMA royalty are passed "
              "through at the time they take effect and will be notified by e-mail."),
        ("h2", "8. Warranties and Liability"),
        ("p", "The Service is provided as is, without warranty of any kind. Stonecrest's total liability is limited to "
              "the subscription fees paid in the six months before the claim. Neither party is liable for indirect or "
              "consequential loss."),
        ("h2", "9. Term and Cancellation"),
        ("p", "These terms run month to month. The Group may cancel at any time; cancellation is effective at the end "
              "of the paid month."),
        ("h2", "10. General"),
        ("p", "These terms are governed by the laws of the Commonwealth of Massachusetts. Notices to Stonecrest go to "
              "legal@stonecrest-behavioral.example."),
    ]
    return dict(key="pt_twocol_words", vendor=V, coverage="pass_through", fee=fee(19.50, "provider", "year"),
                desc="Two-column subscription terms charging a CPT Licensing Fee written as 'nineteen dollars and fifty "
                     "cents ($19.50)' per Clinician per calendar year, which already includes the $18.50 royalty and "
                     "$1.00 processing fee, beside a $59 per-clinician monthly seat price.",
                spec=dict(font="Times", size=9.5, twocol=True, masthead=0.85,
                          header="Stonecrest Behavioral Systems, Inc. - Clinician Subscription Terms", blocks=blocks))
