"""blind_ad documents, part 3: the practice must hold its own CPT licence."""
from docs_common import (ama_notices, confidentiality, general, hipaa, liability,
                         term_termination, warranty)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
add(
    key="counseling_tos_customer_obtains",
    vendor="Sparrowgate Counseling Software, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Counseling-practice software terms of service stating that the service ships without CPT content "
                "and that Customer alone must obtain a CPT licence from the AMA or an authorized distributor for "
                "each user who enters CPT codes.",
    font="Helvetica", size=9, footer="Sparrowgate Terms of Service  |  Last revised February 2025",
    blocks=[
        ("title", "Sparrowgate Terms of Service"),
        ("p", "These Terms govern access to the Sparrowgate practice platform offered by <b>Sparrowgate "
              "Counseling Software, Inc.</b> (\"Sparrowgate\") to counselors, therapists and their practices "
              "(\"Customer\"). By creating an account, Customer agrees to these Terms."),
        ("h", "1. Accounts"),
        ("p", "Each person who uses the platform needs an individual account. Customer's account owner controls "
              "who has access and what each person can see."),
        ("h", "2. Subscription"),
        ("p", "Subscriptions are $34 per user per month or $340 per user per year. Fees are charged in advance and "
              "are not refundable for partial periods."),
        ("h", "3. Service codes and billing"),
        ("p", "3.1 The platform lets Customer build a list of its own services with a name, duration, rate and an "
              "optional billing code, and prints that code on superbills and claims."),
        ("p", "3.2 Sparrowgate does not supply or license CPT content. No CPT code descriptors are included in the "
              "platform; any CPT code that appears in Customer's account was entered by Customer."),
        ("p", "3.3 Customer is solely responsible for obtaining, from the American Medical Association or an "
              "AMA-authorized distributor, a licence covering each of its users who enters, views or relies on CPT "
              "codes in the platform, and for paying any fee for that licence. Customer will indemnify Sparrowgate "
              "against any claim arising from Customer's use of CPT content without such a licence."),
        ("h", "4. Acceptable use"),
        ("bullets", [
            "No uploading of malicious code or attempts to access other customers' data.",
            "No use of the platform to send unsolicited marketing messages.",
            "No storage of information unrelated to Customer's practice.",
        ]),
        ("h", "5. Privacy and security"),
        ("p", "Sparrowgate hosts Customer data in the United States, encrypts it in transit and at rest, and acts "
              "as Customer's business associate under the Business Associate Agreement that accompanies these "
              "Terms."),
        ("h", "6. Liability"),
        ("p", "Sparrowgate's liability is limited to the fees Customer paid in the six months before the claim. "
              "Sparrowgate is not responsible for payer rejections caused by codes Customer chooses."),
        ("h", "7. Changes"),
        ("p", "Sparrowgate may update these Terms by posting a new version and e-mailing account owners at least "
              "thirty days before it takes effect."),
        ("tiny", "Contact: legal@sparrowgate.example. CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="rehab_implementation_guide_own_file",
    vendor="Motus Clinic Software, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Implementation guide for rehab clinic software in which the clinic must import its own licensed "
                "CPT data file because the vendor does not distribute CPT, among go-live tasks and fees for "
                "training and interfaces.",
    font="Helvetica", size=9.3, footer="Motus Implementation Guide  |  Section 4  |  rev C",
    blocks=[
        ("letterhead", "Motus Clinic Software, Inc.", ["Implementation Services", "implementation@motusclinic.example"]),
        ("title", "Implementation Guide - Section 4: Code Tables and Fee Schedules"),
        ("p", "This section explains how your clinic's billing tables are set up before go-live. Your "
              "implementation consultant will walk through it with your billing lead during the second build "
              "meeting."),
        ("h", "4.1 What Motus loads for you"),
        ("bullets", [
            "ICD-10-CM diagnosis codes from the current federal release.",
            "HCPCS Level II codes and modifiers, including the therapy modifiers GP, GO and GN and the KX "
            "threshold modifier.",
            "Payer list and claim form rules for your state.",
        ]),
        ("h", "4.2 What your clinic loads: CPT codes"),
        ("p", "Motus does not distribute CPT content and holds no CPT distribution licence. Your clinic must obtain "
              "its own licence for the CPT data file from the American Medical Association or an AMA-authorized "
              "distributor and import that file through Admin > Code Tables > Import. The import tool accepts the "
              "standard tab-delimited layout. The clinic is responsible for the cost of that licence and for "
              "renewing it each year so that January code changes can be loaded."),
        ("p", "Until a CPT file is imported, the treatment grid will show your clinic's own short service names "
              "only, and claims cannot be created."),
        ("h", "4.3 Fee schedules"),
        ("p", "After import, enter your charge for each code. Motus can copy a payer's published allowed amounts "
              "if you upload them as a spreadsheet."),
        ("h", "4.4 Related implementation fees"),
        ("table", [
            ["Service", "Fee"],
            ["Standard remote implementation", "$1,800 per clinic"],
            ["Additional training session (90 minutes)", "$180"],
            ["Interface to outside clearinghouse", "$950 one time"],
            ["Fee schedule upload assistance", "included"],
        ], {"widths": [6, 3]}),
        ("h", "4.5 Checklist before the build meeting"),
        ("checklist", [
            (False, "Confirm who in your clinic will sign the CPT licence and which supplier you will use"),
            (False, "Gather current fee schedule and payer contracts"),
            (False, "List therapists and their NPIs"),
        ]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="ama_internal_use_licence_practice",
    vendor="American Medical Association",
    coverage="customer_must_license",
    cpt_fee=None,
    description="A CPT internal-use licence that a multi-site practice signs directly with the AMA, with an entity "
                "fee plus per-user royalty schedule; the practice licenses CPT itself rather than through a "
                "vendor.",
    font="Times", size=10, footer="CPT Internal Use Licence  |  Licensee: Granite Falls Medical Group, P.C.",
    blocks=[
        ("title", "CPT\u00ae Internal Use Licence Agreement"),
        ("p", "This Internal Use Licence Agreement (\"Agreement\") is between the <b>American Medical "
              "Association</b> (\"AMA\"), and <b>Granite Falls Medical "
              "Group, P.C.</b> (\"Licensee\"), and is effective January 1, 2026."),
        ("h", "1. Licence"),
        ("p", "1.1 The AMA grants Licensee a non-exclusive, non-transferable licence to use the CPT Data Files "
              "for the Licensed Application listed in Schedule A, solely for Licensee's internal business "
              "purposes in the United States and solely by Users employed or engaged by Licensee."),
        ("p", "1.2 \"User\" means an individual who accesses, uses or manipulates CPT content in the Licensed "
              "Application, or who uses output of that application that could not have been produced without CPT "
              "content. Users are counted individually, not concurrently."),
        ("p", "1.3 The licence does not extend to any parent, subsidiary, affiliate or other legal entity, or to "
              "any application not listed in Schedule A."),
        ("h", "2. Royalties and Reporting"),
        ("p", "2.1 Licensee shall pay the royalties in Schedule B for each licence year. Licensee shall report its "
              "number of Users each year and promptly report any increase."),
        ("p", "2.2 The AMA may audit Licensee's User counts once a year on reasonable notice."),
        ("h", "3. Restrictions"),
        ("p", "Licensee may not distribute, sell or publish CPT content, create derivative works from it, or remove "
              "copyright notices."),
        ("h", "4. Term"),
        ("p", "This Agreement runs for one licence year and renews for successive licence years on payment of the "
              "royalties then in effect."),
        ("h", "Schedule A - Licensed Application"),
        ("p", "Licensee's in-house charge review and scheduling database, used at Licensee's three clinic "
              "locations. (Licensee's vendor-hosted EHR is not a Licensed Application under this Agreement.)"),
        ("h", "Schedule B - Royalties"),
        ("table", [
            ["Component", "Amount"],
            ["Entity fee, per licence year", "$82.50"],
            ["Royalty per User, per licence year", "$18.50"],
            ["Users reported for 2026", "34"],
            ["Total for 2026", "$711.50"],
        ], {"widths": [6, 3], "right": [1]}),
        ("sig", [("American Medical Association", "[Authorized signatory]", "CPT Licensing"),
                 ("Granite Falls Medical Group, P.C.", "Deborah Oyelowo", "Chief Operating Officer")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="clearinghouse_client_licence_duty",
    vendor="Keystone Claims Network, LLC",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Clearinghouse enrollment terms requiring Client to obtain and maintain at its own cost any AMA "
                "licence for the CPT codes in its claim files, the clearinghouse transmitting codes as supplied and "
                "licensing no CPT to Client.",
    font="Helvetica", size=9, footer="Keystone Claims Network  |  Enrollment Terms  |  KCN-ET-11",
    blocks=[
        ("letterhead", "Keystone Claims Network, LLC", ["Harrisburg, PA", "enroll@keystoneclaims.example"]),
        ("title", "Client Enrollment Terms"),
        ("p", "These Enrollment Terms apply to every practice, billing service or facility (\"Client\") that "
              "submits transactions through Keystone Claims Network, LLC (\"Keystone\")."),
        ("h", "1. Transactions"),
        ("p", "Keystone accepts claims, eligibility inquiries and claim status requests from Client in the "
              "standard HIPAA formats, validates their structure, and delivers them to payers. Keystone returns "
              "payer responses and remittance files to Client's mailbox. Keystone checks format and payer "
              "enrollment only; it does not edit clinical or coding content."),
        ("h", "2. Pricing"),
        ("table", [
            ["Item", "Price"],
            ["Monthly mailbox fee", "$40.00"],
            ["Claims", "$0.22 each"],
            ["Eligibility", "$0.08 each"],
            ["Remittance files", "no charge"],
        ], {"widths": [6, 3]}),
        ("h", "3. Client Data and Code Sets"),
        ("p", "3.1 Client is responsible for the content of every transaction it submits, including the codes in "
              "it."),
        ("p", "3.2 Client shall obtain and maintain, at its own cost, any licence the American Medical "
              "Association requires for the CPT codes contained in Client's claim files and in the systems Client "
              "uses to create them. Keystone transmits codes exactly as Client supplies them and does not license "
              "CPT content to Client."),
        ("p", "3.3 HCPCS Level II and ICD-10-CM are federal code sets; no licence is needed from Keystone."),
        ("h", "4. Security"),
        ("p", "Client will protect its mailbox credentials, use the secure transfer methods Keystone supports, "
              "and tell Keystone at once of any suspected unauthorized access."),
    ] + hipaa("Keystone", "Client") + liability("Keystone", "the fees Client paid in the three months before the claim")
      + term_termination("one (1) year", "thirty (30) days") + general("Pennsylvania"),
)

# ---------------------------------------------------------------------------
add(
    key="consultant_engagement_letter",
    vendor="Ashford Practice Advisors, LLC",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Practice-consultant engagement letter for a charge-master and coding review saying the "
                "consultant's CPT licence covers only its own staff and the client must keep its own CPT licence "
                "for deliverables loaded into its systems.",
    font="Times", size=10.8, footer="Ashford Practice Advisors, LLC  |  Engagement letter",
    blocks=[
        ("letterhead", "Ashford Practice Advisors, LLC", ["Practice operations and revenue integrity consulting",
                                                          "410 Commerce Row, Louisville, KY 40202"]),
        ("p", "June 9, 2025"),
        ("p", "Ms. Evelyn Strand, Administrator<br/>Bluegrass Dermatology & Mohs Surgery, PLLC<br/>2900 Tates Creek Road<br/>Lexington, KY 40502"),
        ("p", "Dear Ms. Strand:"),
        ("p", "Thank you for choosing Ashford Practice Advisors. This letter confirms the scope and terms of our "
              "engagement."),
        ("p", "<b>Scope.</b> We will (1) review your charge master and fee schedule against current code sets and "
              "your top eight payer contracts, (2) audit 120 encounters across your five dermatologists, with "
              "attention to Mohs surgery, repair and E/M coding with modifier 25, and (3) deliver an updated fee "
              "schedule workbook, an audit report and a one-hour education session for providers."),
        ("p", "<b>Fees.</b> Our fixed fee is $14,500, payable 40% on signature and 60% on delivery of the "
              "report. Travel for the on-site session is billed at cost. Additional audit samples are $45 per "
              "encounter."),
        ("p", "<b>Code content.</b> Our workbook and report will list CPT codes and short descriptions. Ashford "
              "holds a licence for its own staff's use of CPT content in preparing them; that licence does not "
              "extend to your practice. Your practice must maintain its own licence for CPT content from the "
              "American Medical Association or an authorized distributor, including for any system into which "
              "you import the fee schedule workbook, and is responsible for its cost."),
        ("p", "<b>Responsibilities.</b> Coding and billing decisions remain yours. Our findings are advice, not a "
              "legal opinion, and we do not submit claims on your behalf."),
        ("p", "<b>Confidentiality.</b> We will sign your business associate agreement and keep your information "
              "confidential."),
        ("p", "If this letter reflects your understanding, please sign below and return it with the initial "
              "payment."),
        ("p", "Very truly yours,<br/>Abigail Thorne, CPC, CPMA<br/>Principal"),
        ("sig", [("Accepted: Bluegrass Dermatology & Mohs Surgery, PLLC", "Evelyn Strand", "Administrator")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="edit_engine_license_import",
    vendor="Redline Edit Engine, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Coding-edit software licence requiring the customer to import a CPT data file bought from the AMA "
                "or an authorized distributor, whose fees the customer pays to its supplier, next to a per-seat "
                "software price.",
    font="Courier", size=8.6, footer="Redline Edit Engine  |  Software Licence  |  REE-SL-5",
    blocks=[
        ("title", "Redline Edit Engine - Software Licence Terms"),
        ("p", "These terms are between Redline Edit Engine, Inc. (\"Redline\") and the licensee named in the "
              "order (\"Licensee\")."),
        ("h", "1. Grant"),
        ("p", "Redline grants Licensee a non-exclusive, non-transferable licence to install and run the Redline "
              "Edit Engine on Licensee's servers for the number of seats ordered, to check claims before "
              "submission. Price: $1,100 per seat per year, including updates to Redline's edit logic."),
        ("h", "2. What the Engine checks"),
        ("p", "The Engine applies procedure-to-procedure edits, medically unlikely edit limits, global surgery "
              "periods, modifier rules, age and sex conflicts, and Licensee's own custom rules. It reports each "
              "hit with the edit source and a suggested correction."),
        ("h", "3. Reference data supplied by Licensee"),
        ("p", "3.1 The Engine ships with public edit tables and with HCPCS Level II and ICD-10-CM data. It does not "
              "ship with CPT descriptors."),
        ("p", "3.2 To display CPT descriptors and run descriptor-based rules, Licensee must import a CPT data file "
              "that Licensee has licensed from the American Medical Association or an AMA-authorized distributor. "
              "Fees for that file and licence are not included in Redline's price and are payable by Licensee to "
              "its supplier."),
        ("p", "3.3 Licensee warrants that each seat that views CPT descriptors is covered by that licence."),
        ("h", "4. Support"),
        ("p", "Support is available 8:00-18:00 Eastern on business days at support@redlineedit.example. "
              "Quarterly edit updates are delivered by secure download."),
    ] + warranty("Redline") + liability("Redline") + general("Delaware"),
)

# ---------------------------------------------------------------------------
add(
    key="community_connect_affiliate_own",
    vendor="Lakeshore Regional Medical Center, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Hospital 'community connect' EHR affiliate agreement stating that the hospital's CPT licence does "
                "not extend to the affiliate, which must license CPT itself, and quoting the AMA's direct price for "
                "comparison only.",
    font="Times", size=10, footer="Lakeshore Connect Affiliate Agreement  |  LRMC-IT-204",
    blocks=[
        ("title", "Lakeshore Connect Affiliate Agreement"),
        ("p", "This Agreement is made as of September 1, 2025 between <b>Lakeshore Regional Medical Center, "
              "Inc.</b> (\"Hospital\") and <b>Dunewood Pediatrics, S.C.</b> (\"Affiliate\")."),
        ("h", "1. Purpose"),
        ("p", "Hospital makes its hosted electronic health record available to independent community practices "
              "under the Lakeshore Connect program, so that referrals, results and records can be shared."),
        ("h", "2. Grant of Access"),
        ("p", "Hospital grants Affiliate's authorized users access to a dedicated Affiliate environment of the "
              "system. Hospital provides hosting, upgrades, help-desk support and standard clinical content."),
        ("h", "3. Fees"),
        ("table", [
            ["Item", "Affiliate share"],
            ["Subscription", "$620 per provider per month"],
            ["Implementation (Affiliate's 15% share)", "$6,300 one time"],
            ["Additional training", "$120 per hour"],
        ], {"widths": [6, 3]}),
        ("h", "4. Third-Party Content"),
        ("p", "4.1 Hospital's licence for CPT content from the American Medical Association covers Hospital's own "
              "workforce only and does not extend to Affiliate, which is a separate legal entity."),
        ("p", "4.2 Affiliate shall obtain its own licence for CPT content used in its environment, directly from "
              "the AMA or from an authorized distributor, before go-live, and shall keep it in force throughout "
              "the term. Affiliate bears all royalties for that licence and shall give Hospital evidence of it on "
              "request."),
        ("p", "4.3 For information only: at the date of this Agreement the AMA's published internal-use pricing "
              "is an entity fee plus $18.50 per user per year. Hospital does not collect or remit this amount."),
        ("h", "5. No Inducement"),
        ("p", "Nothing in this Agreement requires Affiliate to refer patients to Hospital, and fees do not vary with "
              "referrals."),
    ] + hipaa("Hospital", "Affiliate") + term_termination("three (3) years", "one hundred twenty (120) days")
      + general("Michigan") + [
        ("sig", [("Lakeshore Regional Medical Center, Inc.", "Russell Kowalczyk", "Chief Information Officer"),
                 ("Dunewood Pediatrics, S.C.", "Dr. Hana Petrosyan", "President")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="anesthesia_billing_provider_is_vendor",
    vendor="Sedation Revenue Services, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Anesthesia billing-service agreement in which 'Provider' is the billing vendor; Provider's CPT "
                "licence covers only its own staff and systems, and Client must license CPT for its own systems and "
                "personnel.",
    font="Helvetica", size=9.2, footer="Sedation Revenue Services  |  Billing Services Agreement",
    blocks=[
        ("title", "Anesthesia Billing Services Agreement"),
        ("p", "This Agreement is between <b>Sedation Revenue Services, Inc.</b> (\"Provider\") and <b>Great Plains "
              "Anesthesia Partners, LLC</b> (\"Client\"), effective April 1, 2025."),
        ("h", "1. Services"),
        ("p", "Provider will abstract anesthesia records received from Client's facilities, assign anesthesia, "
              "pain management and ancillary procedure codes, calculate base and time units, submit claims, post "
              "payments and manage denials."),
        ("h", "2. Fees"),
        ("p", "Client will pay Provider 4.75% of net collections, plus $0.55 per patient statement mailed. There is "
              "no set-up fee."),
        ("h", "3. Systems and Licences"),
        ("p", "3.1 Provider will perform the Services on its own billing platform. Provider holds the licence for "
              "CPT content required for its coders and its platform; that licence covers Provider's personnel and "
              "systems only."),
        ("p", "3.2 Client shall license CPT content, from the American Medical Association or an authorized "
              "distributor, for Client's own systems and personnel, including its anesthesia information "
              "management system and any staff who review coded reports outside Provider's platform. Client is "
              "responsible for the associated fees."),
        ("p", "3.3 Provider does not sublicense CPT content to Client."),
        ("h", "4. Client Duties"),
        ("bullets", [
            "Deliver complete anesthesia records within four business days of service.",
            "Notify Provider of new anesthesia providers and facility contracts.",
            "Remain responsible for the medical necessity and documentation of every service billed.",
        ]),
    ] + hipaa("Provider", "Client") + confidentiality("Provider", "Client")
      + term_termination("two (2) years", "ninety (90) days") + general("Kansas"),
)

# ---------------------------------------------------------------------------
add(
    key="televisit_help_upload_codes",
    vendor="Canopy Televisit, LLC",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Telehealth help article explaining that CPT codes are not preloaded and each practice must upload "
                "its own licensed CPT code list and is responsible for holding the right to use it.",
    font="Helvetica", size=9.5, footer="Canopy Help  |  Billing setup  |  Article 212",
    blocks=[
        ("letterhead", "Canopy Help Center", ["Canopy Televisit, LLC  |  help.canopytelevisit.example"]),
        ("title", "Adding procedure codes to visit types"),
        ("p", "Visit summaries in Canopy can carry a procedure code and up to four diagnosis codes so that your "
              "billing team, or your PM system through the export, has what it needs."),
        ("h", "Before you start"),
        ("p", "Canopy does not come with CPT codes preloaded, and Canopy does not hold a licence to give you CPT "
              "content. If you want CPT codes on your visit types, your practice must upload its own licensed code "
              "list. You are responsible for making sure your practice holds the right to use that content (for "
              "example, through a licence from the American Medical Association or an authorized distributor, "
              "or through the vendor of another system whose licence covers this use)."),
        ("h", "Steps"),
        ("numbered", [
            "Go to Settings > Billing > Procedure codes.",
            "Download the CSV template.",
            "Fill in one row per code: code, short description, default duration, and price.",
            "Upload the file and review the preview. Fix any rows flagged in red.",
            "Open each visit type and choose its default procedure code.",
        ]),
        ("h", "Diagnosis codes"),
        ("p", "ICD-10-CM codes are built in and searchable; nothing needs to be uploaded."),
        ("h", "Plan pricing reminder"),
        ("p", "Procedure code fields are available on the Clinic plan ($49 per clinician per month) and above."),
        ("small", "Was this article helpful?  Yes / No"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="ortho_quote_excludes_cpt",
    vendor="Fieldstone Ortho Systems, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Signed orthopedic PM/EHR quote whose last paragraph says quoted prices exclude CPT licensing and "
                "the customer will obtain its CPT licence directly from the AMA or a distributor of its choice.",
    font="Helvetica", size=9, footer="Fieldstone Ortho Systems  |  Quote FOS-2291",
    blocks=[
        ("letterhead", "Fieldstone Ortho Systems, Inc.", ["EHR and practice management for orthopaedic groups",
                                                          "quotes@fieldstoneortho.example"]),
        ("title", "Quote FOS-2291"),
        ("kv", [("Customer", "Pine Hollow Orthopaedics, P.A."), ("Date", "January 13, 2025"),
                ("Providers", "7 surgeons, 4 PAs"), ("Term", "60 months")]),
        ("table", [
            ["Item", "Qty", "Price", "Extended"],
            ["Fieldstone EHR + PM, per provider per month", "11", "$395.00", "$4,345.00 / mo"],
            ["Imaging viewer integration", "1", "$6,000.00", "$6,000.00 one time"],
            ["Implementation and training", "1", "$22,000.00", "$22,000.00 one time"],
            ["Patient engagement suite", "1", "$350.00", "$350.00 / mo"],
            ["Interface to ASC billing system", "1", "$4,200.00", "$4,200.00 one time"],
        ], {"widths": [4.6, 0.6, 1.6, 2.4], "right": [1, 2, 3]}),
        ("h", "Terms"),
        ("numbered", [
            "Monthly fees begin at go-live; one-time fees are invoiced 50% on signature and 50% at go-live.",
            "Annual price increases are limited to 4% after the first 24 months.",
            "The Fieldstone Master Agreement governs this quote.",
        ]),
        ("sig", [("Fieldstone Ortho Systems, Inc.", "Kendall Rourke", "Regional Sales Director"),
                 ("Pine Hollow Orthopaedics, P.A.", "Dr. Silas Marchbanks", "Managing Partner")]),
        ("p", "Quoted prices do not include CPT licensing. Customer will obtain its CPT licence directly from the "
              "American Medical Association or from an authorized distributor of its choosing, for all users of "
              "the system, and will provide Fieldstone with evidence of that licence on request before CPT "
              "updates are loaded."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="ems_epcr_licence_schedule",
    vendor="Roadline ePCR Software, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="EMS ePCR licence schedule that bundles HCPCS Level II ambulance codes at no charge but requires the "
                "agency to buy its CPT licence from a distributor of its choice, the vendor not reselling CPT.",
    font="Helvetica", size=9.2, footer="Roadline ePCR  |  Licence Schedule 2  |  Code Content",
    blocks=[
        ("title", "Licence Schedule 2 - Code Content"),
        ("p", "This Schedule is part of the Software Licence Agreement between <b>Roadline ePCR Software, Inc.</b> "
              "(\"Roadline\") and the EMS agency named in the Agreement (\"Agency\")."),
        ("h", "2.1 Included code content"),
        ("table", [
            ["Content", "Source", "Charge"],
            ["HCPCS Level II ambulance service and mileage codes (A0425-A0436)", "CMS public release", "included"],
            ["Origin/destination modifiers", "CMS public release", "included"],
            ["ICD-10-CM diagnosis codes", "federal public release", "included"],
            ["National EMS data standard value lists", "public standard", "included"],
        ], {"widths": [5, 3, 1.5]}),
        ("h", "2.2 CPT codes"),
        ("p", "Some Agencies document procedures such as intubation, cardioversion or critical care time using "
              "CPT codes for community paramedicine or specialty care billing. Roadline's software can store and "
              "export those codes, but Roadline does not distribute or resell CPT content."),
        ("p", "Agency must purchase a licence for CPT content through the American Medical Association or a "
              "third-party authorized distributor of its choice before entering CPT codes in the software, and "
              "must maintain that licence for every crew member and biller who uses them."),
        ("h", "2.3 Fees under the Agreement"),
        ("table", [
            ["Item", "Fee"],
            ["Per-vehicle licence", "$65 per vehicle per month"],
            ["Tablet hardware (optional)", "$1,240 per device"],
            ["Billing export interface", "$1,500 one time"],
        ], {"widths": [6, 3]}),
        ("h", "2.4 Updates"),
        ("p", "Roadline updates included code content within thirty days of each public release."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="practice_cloud_amendment_shift",
    vendor="Brookfield Practice Cloud, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    description="Amendment to a practice-management agreement that deletes the old clause including CPT royalties "
                "in the subscription and replaces it with the customer's duty to obtain its own CPT licence at its "
                "own expense.",
    font="Times", size=10.5, footer="Brookfield Practice Cloud  |  First Amendment  |  BPC-MSA-7781",
    blocks=[
        ("title", "First Amendment to Master Subscription Agreement"),
        ("p", "This First Amendment is made as of December 1, 2025 between <b>Brookfield Practice Cloud, Inc.</b> "
              "(\"Brookfield\") and <b>Tallgrass Women's Health, P.C.</b> (\"Customer\") and amends the Master "
              "Subscription Agreement between them dated January 15, 2023 (the \"Agreement\")."),
        ("h", "1. Background"),
        ("p", "Section 7.3 of the Agreement currently reads: <i>\"Brookfield distributes CPT content in the Service "
              "under its licence from the American Medical Association, and the applicable royalties are included "
              "in the Subscription Fees.\"</i> Brookfield's distribution licence ends on December 31, 2025, and "
              "the parties wish to reflect that change."),
        ("h", "2. Amendment"),
        ("p", "Effective January 1, 2026 (the renewal date), Section 7.3 of the Agreement is deleted and replaced "
              "with the following:"),
        ("p", "<i>\"7.3 CPT Content. Customer shall obtain, at its own expense, its own licence for CPT content "
              "used in the Service, from the American Medical Association or an AMA-authorized distributor, "
              "covering all of Customer's users, and shall load the CPT data file supplied under that licence "
              "using the Service's import tool. Brookfield does not distribute CPT content and no CPT royalty is "
              "included in the Subscription Fees.\"</i>"),
        ("h", "3. Fees"),
        ("p", "The Subscription Fees remain $240 per provider per month. The one-time data import assistance fee "
              "for the first CPT load is waived."),
        ("h", "4. Effect"),
        ("p", "Except as amended here, the Agreement continues unchanged. If this Amendment conflicts with the "
              "Agreement, this Amendment governs."),
        ("sig", [("Brookfield Practice Cloud, Inc.", "Julian Ferraro", "General Counsel"),
                 ("Tallgrass Women's Health, P.C.", "Dr. Lucia Hargrove", "President")]),
    ],
)
