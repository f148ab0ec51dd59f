"""Documents in which the practice must hold its own CPT licence."""
import sys

sys.dont_write_bytecode = True

from common import Kit, fee, flat, inch


# ---------------------------------------------------------------------------
def cm_ama_direct():
    v = "American Medical Association"
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.center("<b>AMERICAN MEDICAL ASSOCIATION</b>"),
        k.center("<b>INTERNAL USE LICENSE AGREEMENT</b>"),
        k.center("Current Procedural Terminology (CPT&reg;) - Standard Data "
                 "File"),
        k.center("Agreement No. IU-26-04417"),
        k.sp(6),
        k.p("This Internal Use License Agreement (\"Agreement\") is entered "
            "into by the American Medical Association, an Illinois nonprofit "
            "corporation (\"AMA\"), and <b>Fairhollow Family Medicine, P.C.</b> "
            "(\"Licensee\"), effective January 1, 2026 (\"Effective Date\")."),
        k.h3("1. Definitions"),
        k.p("1.1 \"Licensed Product\" means the AMA's CPT Standard data file "
            "for the annual release identified in Exhibit 1, in electronic "
            "form. 1.2 \"User\" means an individual who (a) accesses, uses or "
            "manipulates the Licensed Product; (b) uses a system into which "
            "Licensee has loaded the Licensed Product to produce output that "
            "depends on it; or (c) makes use of such output in the course of "
            "his or her work for Licensee. Users are counted individually, not "
            "concurrently. 1.3 \"Licensee System\" means the practice "
            "management and electronic health record software identified in "
            "Exhibit 1, operated by Licensee for its own use."),
        k.h3("2. Grant"),
        k.p("2.1 AMA grants Licensee a non-exclusive, non-transferable license "
            "during the Term to load the Licensed Product into the Licensee "
            "System and to permit its Users to use it solely for Licensee's "
            "internal business purposes within the United States. 2.2 This "
            "license does not permit Licensee to distribute the Licensed "
            "Product, or any product or output that contains it, to any third "
            "party, including any parent, subsidiary or affiliated entity. "
            "2.3 This Agreement licenses CPT for the Licensee System only; any "
            "other software application in which Licensee uses CPT must be "
            "licensed separately, whether by Licensee or by that "
            "application's vendor."),
        k.h3("3. Royalties"),
        k.p("3.1 Licensee shall pay AMA the royalty set out in Exhibit 1, "
            "calculated as the entity fee plus the per-User royalty multiplied "
            "by the number of Users reported. 3.2 Licensee shall report its "
            "User count annually, by the date specified by AMA, through AMA's "
            "royalties portal, and shall pay additional royalties for any "
            "increase in Users during the year. 3.3 Royalties are "
            "non-refundable."),
        k.h3("4. Records and Audit"),
        k.p("Licensee shall keep records sufficient to verify its User count "
            "for three years and shall permit AMA or its designee, on "
            "reasonable notice and not more than once per year, to examine "
            "those records. If an examination reveals an underpayment of more "
            "than five percent, Licensee shall reimburse the cost of the "
            "examination."),
        k.h3("5. Proprietary Rights; Notices"),
        k.p("CPT is copyrighted by AMA and is a registered trademark of AMA. "
            "Licensee shall not remove any proprietary notice from the "
            "Licensed Product and shall display the notice \"CPT copyright "
            "2025 American Medical Association. All rights reserved.\" in the "
            "Licensee System where CPT descriptors are shown."),
        k.h3("6. Disclaimers"),
        k.p("THE LICENSED PRODUCT IS PROVIDED \"AS IS\". AMA DOES NOT PRACTICE "
            "MEDICINE AND DOES NOT ASSIGN FEE SCHEDULES, RELATIVE VALUE UNITS "
            "OR CONVERSION FACTORS. AMA'S LIABILITY SHALL NOT EXCEED THE "
            "ROYALTIES PAID UNDER THIS AGREEMENT IN THE PRECEDING TWELVE "
            "MONTHS."),
        k.h3("7. Term and Termination"),
        k.p("The Term is one year from the Effective Date and renews for "
            "successive one-year terms on payment of the royalty for the next "
            "annual release. AMA may terminate on thirty days' notice if "
            "Licensee breaches this Agreement and fails to cure. On "
            "termination Licensee shall delete the Licensed Product."),
        k.h3("8. General"),
        k.p("This Agreement is governed by Illinois law. Notices to AMA: CPT "
            "Intellectual Property Services, licensing@ama-ip.example."),
        k.h2("Exhibit 1 - License Details and Royalty"),
        k.table([
            ["Item", "Detail"],
            ["Licensed Product", "CPT 2026 Standard data file (annual release)"],
            ["Licensee System", "Self-hosted practice management and EHR "
             "software (Licensee-maintained code tables)"],
            ["Licensing model", "Counting Users"],
            ["Users reported", "14 (3 physicians, 2 NPs, 9 staff)"],
            ["Royalty", "Entity fee $82.50 + $18.50 x 14 Users = $341.50"],
            ["Payment due", "Within 30 days of AMA invoice"],
        ], widths=[1.8 * inch, 4.7 * inch], ruled="grid"),
        k.sig(["AMERICAN MEDICAL ASSOCIATION", "By: ____________________",
               "CPT Intellectual Property Services"],
              ["FAIRHOLLOW FAMILY MEDICINE, P.C.", "By: ____________________",
               "Noreen Castellano, Practice Administrator"]),
    )
    return dict(
        key="cm_ama_direct", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Internal Use License Agreement",
        footer="AMA Internal Use License IU-26-04417",
        description="The practice's own internal-use licence agreement with "
        "the AMA for the CPT data file loaded into its self-hosted system; "
        "the $82.50 + $18.50 per User royalty is paid directly to the AMA, so "
        "the practice licenses CPT itself.")


# ---------------------------------------------------------------------------
def cm_clearinghouse():
    v = "Transaxis Claims Exchange, Inc."
    k = Kit("sans", size=8.8, justify=True)
    s = flat(
        k.h1("Transaxis Claims Exchange - Provider Enrollment Terms"),
        k.small("Form TCE-ENR-14 (rev. 07/2025). These terms are accepted by the "
                "submitting organization when it completes online enrollment."),
        k.hr(),
        k.p("In these terms \"Transaxis\" means Transaxis Claims Exchange, Inc., "
            "\"Provider\" means the health care provider or group practice that "
            "enrolls, together with its billing staff and any billing agent "
            "acting for it, and \"Transactions\" means the HIPAA standard "
            "transactions (837, 835, 270/271, 276/277) and related reports "
            "exchanged through the clearinghouse."),
        k.h3("1. Enrollment and payer set-up"),
        k.p("Provider shall complete the enrollment forms required by each "
            "payer, including EDI and ERA enrollment, and shall keep its NPI, "
            "taxonomy and tax identification details current. Transaxis does "
            "not guarantee payer enrollment timelines."),
        k.h3("2. Services"),
        k.p("Transaxis will receive Transactions from Provider's practice "
            "management system, validate them against X12 implementation "
            "guides and payer companion guides, forward them to payers, and "
            "return acknowledgements, status and remittance files."),
        k.h3("3. Fees"),
        k.table([
            ["Service", "Fee"],
            ["Enrollment (per billing NPI)", "$75.00 one-time"],
            ["Professional claims (837P)", "$0.24 per claim"],
            ["Electronic remittance (835)", "$0.05 per ERA"],
            ["Eligibility (270/271)", "$0.09 per inquiry"],
            ["Claim Scrubber module (optional)", "$39.00 per billing NPI per "
             "month"],
        ], widths=[3.6 * inch, 2.9 * inch], ruled="lines"),
        k.sp(4),
        k.h3("4. Code sets and Provider licences"),
        k.p("4.1 Transaxis transmits the code values that Provider submits. It "
            "does not furnish, display or sublicense CPT descriptions as part "
            "of the core clearinghouse service."),
        k.p("4.2 The optional Claim Scrubber module displays CPT codes and "
            "short descriptors when it explains an edit. Transaxis does not "
            "sublicense CPT to Provider for the Claim Scrubber or any other "
            "module, and the Claim Scrubber fee does not include any CPT "
            "royalty."),
        k.p("4.3 Provider represents and warrants that it holds, and will "
            "maintain throughout the term, a current license from the American "
            "Medical Association or an AMA-authorized distributor covering "
            "every individual who uses CPT through Provider's practice "
            "management system and, if Provider subscribes to it, the Claim "
            "Scrubber module. Provider shall provide evidence of that license "
            "on request and shall indemnify Transaxis against any claim by the "
            "AMA arising from Provider's unlicensed use."),
        k.p("4.4 ICD-10-CM, HCPCS Level II, CARC/RARC and place-of-service codes "
            "are public code sets and require no licence from Provider."),
        k.h3("5. Provider responsibilities"),
        k.p("Provider is solely responsible for the accuracy of the data it "
            "submits, including codes, charges and patient information, and "
            "for reviewing rejection reports within two business days."),
        k.h3("6. HIPAA"),
        k.p("Transaxis acts as a health care clearinghouse and as Provider's "
            "business associate under the Business Associate Addendum "
            "incorporated in these terms."),
        k.h3("7. Term, suspension, termination"),
        k.p("These terms continue month to month. Either party may terminate "
            "on thirty days' notice. Transaxis may suspend submission if fees "
            "are more than sixty days past due."),
        k.h3("8. Liability"),
        k.p("Transaxis is not liable for payer delays or denials. Its total "
            "liability is limited to fees paid in the three months before the "
            "claim."),
        k.small("Transaxis Claims Exchange, Inc. - 915 Merriam Loop, Suite 400, "
                "Castine Springs, Tennessee - enrollment@transaxis.example"),
    )
    return dict(
        key="cm_clearinghouse", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Provider Enrollment Terms",
        footer="Transaxis Claims Exchange - Form TCE-ENR-14",
        description="Clearinghouse enrolment terms (practice = 'Provider') "
        "stating the clearinghouse does not sublicense CPT and the Provider "
        "warrants it holds its own AMA or distributor licence, including for "
        "the optional scrubber; per-claim and module fees are not CPT fees.")


# ---------------------------------------------------------------------------
def cm_upload():
    v = "Sorrell Revenue Analytics, Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("SORRELL REVENUE ANALYTICS, INC.", center=True),
        k.center("Platform Subscription Agreement - Charge Integrity Suite"),
        k.center("Customer: Wetherby Anesthesia &amp; Pain Specialists, P.C."),
        k.sp(6),
        k.p("This Platform Subscription Agreement is made on 3 November 2025 "
            "between Sorrell Revenue Analytics, Inc. (\"Sorrell\") and the "
            "Customer named above."),
        k.h3("1. The Platform"),
        k.p("Sorrell's Charge Integrity Suite (the \"Platform\") compares a "
            "practice's charges, fee schedules and payer contracts with its "
            "remittances to find underpayments and missed charges. The "
            "Platform is delivered as a hosted service."),
        k.h3("2. Implementation"),
        k.p("2.1 Within thirty days of signature Customer will upload (a) its "
            "charge master and fee schedules, (b) its payer contract rate "
            "tables, and (c) twenty-four months of 837 and 835 history. 2.2 "
            "The charge master and fee schedules that Customer uploads contain "
            "CPT codes and descriptors, and the Platform's reports display "
            "them. 2.3 Sorrell will map Customer's data and deliver a "
            "validated baseline report within sixty days of receiving complete "
            "data."),
        k.h3("3. Code content"),
        k.p("3.1 The Platform is supplied without any CPT content of its own. "
            "Sorrell is not a distributor of CPT and grants no license or "
            "sublicense to CPT."),
        k.p("3.2 Because the CPT content in the Platform will be supplied by "
            "Customer, Customer shall, before its first upload, obtain and "
            "thereafter maintain a license from the American Medical "
            "Association or an AMA-authorized distributor that covers the use "
            "of CPT in the Platform by each of Customer's Authorized Users. "
            "Customer shall bear all royalties due under that license."),
        k.p("3.3 Customer shall provide a copy or summary of that license to "
            "Sorrell on request. Sorrell may suspend display of CPT "
            "descriptors if Customer cannot show a current license."),
        k.h3("4. Fees"),
        k.p("4.1 Subscription: $1,850 per month for up to 15 Authorized Users. "
            "4.2 Recovery services (optional): 12% of underpayments actually "
            "recovered through appeals prepared by Sorrell. 4.3 Fees exclude "
            "taxes and are payable within thirty days."),
        k.h3("5. Data"),
        k.p("Customer Data remains Customer's property. Sorrell processes it "
            "as a business associate and only to provide the Platform."),
        k.h3("6. Term"),
        k.p("Twelve months, renewing annually unless either party gives sixty "
            "days' notice."),
        k.h3("7. Limitation"),
        k.p("Sorrell's liability is limited to fees paid in the prior twelve "
            "months. Sorrell does not guarantee any level of recovery."),
        k.h3("8. General"),
        k.p("Colorado law governs. Notices to legal@sorrellra.example."),
        k.sig(["SORRELL REVENUE ANALYTICS, INC.", "By: ________________",
               "Beatriz Olmedo, Chief Executive Officer"],
              ["WETHERBY ANESTHESIA &amp; PAIN SPECIALISTS, P.C.",
               "By: ________________", "Curtis Langhorne, M.D., President"]),
    )
    return dict(
        key="cm_upload", vendor=v, coverage="customer_must_license", fee=None,
        kit=k, story=s, title="Platform Subscription Agreement",
        footer="Sorrell Revenue Analytics - Platform Subscription Agreement",
        description="Revenue-analytics agreement in which the customer "
        "uploads its own charge master containing CPT and must first obtain "
        "its own AMA or distributor licence covering its users; the vendor "
        "grants no CPT sublicence.")


# ---------------------------------------------------------------------------
def cm_billing_provider():
    v = "Hollis Pratt Billing Associates, LLC"
    k = Kit("sans", size=9.2, justify=True)
    s = flat(
        k.h1("Revenue Cycle Services Agreement"),
        k.p("<b>Hollis Pratt Billing Associates, LLC</b> (\"Company\") and "
            "<b>Creekside Pediatric Partners, PLLC</b> (\"Provider\") agree as "
            "follows, effective 1 September 2025."),
        k.h3("1. Scope"),
        k.p("Company will perform charge entry, claim submission, payment "
            "posting, denial management and patient balance follow-up for "
            "Provider. Company's staff will perform that work inside "
            "Provider's own practice management system (currently Provider's "
            "licensed PM/EHR product) using logins Provider issues to them."),
        k.h3("2. Fees"),
        k.p("Provider shall pay Company 5.5% of net collections received in "
            "each month, with a minimum of $1,200 per month. Company does not "
            "charge Provider for software, clearinghouse access or CPT, "
            "because Company uses Provider's systems."),
        k.h3("3. Systems and licences"),
        k.p("3.1 Provider shall maintain, at its own expense, its subscription "
            "to the practice management system, its clearinghouse account, "
            "and all licences for the content in those systems, including any "
            "license required by the American Medical Association for CPT."),
        k.p("3.2 Company's personnel access CPT only through Provider's systems. "
            "Provider shall ensure that the CPT license for those systems, "
            "whether held by Provider directly or obtained through its PM "
            "vendor, covers Company's personnel as users, and shall include "
            "them in any user count reported to the AMA or to the vendor."),
        k.p("3.3 Company does not hold an AMA license for Provider's use and "
            "does not sublicense CPT to Provider."),
        k.h3("4. Coding"),
        k.p("Provider's clinicians select the codes for their services. "
            "Company's certified coders may query documentation and suggest "
            "corrections, but the final choice of code is Provider's."),
        k.h3("5. Reports"),
        k.p("Company will deliver a month-end package by the tenth business "
            "day: charges, payments, adjustments, A/R aging by payer, denial "
            "trends and a list of open items needing Provider action."),
        k.h3("6. Compliance"),
        k.p("Company will maintain a compliance program consistent with the "
            "OIG guidance for third-party billing companies and will sign "
            "Provider's business associate agreement."),
        k.h3("7. Term and termination"),
        k.p("One year, renewing automatically. Either party may terminate on "
            "sixty days' written notice. Company will finish working claims "
            "with dates of service before termination for sixty days."),
        k.h3("8. General"),
        k.p("This Agreement is governed by the laws of North Carolina. It may "
            "be changed only in a signed writing."),
        k.sig(["Hollis Pratt Billing Associates, LLC", "By: ______________",
               "Georgina Hollis-Pratt, Owner"],
              ["Creekside Pediatric Partners, PLLC", "By: ______________",
               "Samir Haddadin, M.D., Managing Member"]),
    )
    return dict(
        key="cm_billing_provider", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Revenue Cycle Services Agreement",
        footer="Hollis Pratt / Creekside - RCS Agreement",
        description="Billing-service agreement (practice = 'Provider') that "
        "works in the practice's own PM system and makes the practice "
        "maintain the AMA CPT licence covering the biller's staff; 'Company "
        "does not charge for CPT' is a negation, not an inclusion.")


# ---------------------------------------------------------------------------
def cm_payer_portal():
    v = "Bluecrest Community Health Plan, Inc."
    k = Kit("sans", size=8.8, justify=True)
    s = flat(
        k.h1("Bluecrest Provider Connect - Portal Terms of Use"),
        k.small("For participating and non-participating providers and their "
                "authorized staff. Effective 1 July 2025."),
        k.hr(),
        k.p("Bluecrest Provider Connect (the \"Portal\") is operated by "
            "Bluecrest Community Health Plan, Inc. (\"Bluecrest\" or the "
            "\"Plan\"). By registering or logging in you accept these terms on "
            "behalf of yourself and the provider organization you represent "
            "(\"your organization\")."),
        k.h3("1. What the Portal does"),
        k.p("The Portal lets your organization check member eligibility and "
            "benefits, submit and track prior authorization requests, view "
            "claim status and remittance advice, download fee schedules for "
            "your contract, and send secure messages to Provider Services. "
            "There is no charge for using the Portal."),
        k.h3("2. Accounts"),
        k.p("Each organization designates an administrator who approves user "
            "accounts. Accounts are personal; sharing credentials is a breach "
            "of these terms. You must remove access for staff who leave "
            "within two business days."),
        k.h3("3. Member information"),
        k.p("Use member information only for treatment, payment and health "
            "care operations for members you serve. All access is logged."),
        k.h3("4. Codes shown in the Portal"),
        k.p("4.1 Claim, authorization and fee-schedule screens display CPT&reg; "
            "codes, which are owned by the American Medical Association, as "
            "well as HCPCS Level II and ICD-10-CM codes. CPT codes appear "
            "solely to identify services that your organization has billed or "
            "asked to authorize."),
        k.p("4.2 Bluecrest does not grant your organization any license to "
            "CPT. By using the Portal, you represent that your organization "
            "holds a current license to CPT, from the AMA or an AMA-authorized "
            "distributor, for the systems in which it creates claims and "
            "authorization requests, and that your use of CPT information in "
            "the Portal is within the scope of that license."),
        k.p("4.3 Downloaded fee schedules may include CPT codes. Fee schedules "
            "and relative values are set by Bluecrest, not by the AMA."),
        k.h3("5. Availability"),
        k.p("The Portal is generally available except during maintenance on "
            "Sunday mornings. Bluecrest may change or withdraw features at any "
            "time."),
        k.h3("6. No change to your contract"),
        k.p("These terms do not amend your participation agreement. If they "
            "conflict with your participation agreement, the participation "
            "agreement controls except as to use of the Portal itself."),
        k.h3("7. Disclaimer"),
        k.p("Eligibility and benefit information is not a guarantee of "
            "payment. Claims are subject to the member's coverage at the date "
            "of service and to Bluecrest's payment policies."),
        k.small("Provider Services: providers@bluecrest.example | "
                "www.bluecrest.example/providers"),
    )
    return dict(
        key="cm_payer_portal", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Portal Terms of Use",
        footer="Bluecrest Provider Connect - Terms of Use",
        description="Health-plan provider-portal terms that grant no CPT "
        "licence and have the provider organization represent it holds its "
        "own current CPT licence from the AMA or a distributor; the portal "
        "itself is free.")


# ---------------------------------------------------------------------------
def cm_transcription():
    v = "Oakhurst Scribe Services, Inc."
    k = Kit("serif", size=10)
    s = flat(
        k.letterhead("Oakhurst Scribe Services", [
            "Oakhurst Scribe Services, Inc. - 140 Bellingham Court, Suite 6, "
            "Marrowstone, Washington - clientcare@oakhurstscribe.example"]),
        k.h2("Statement of Work No. 3 - Remote Scribing and Charge Entry"),
        k.kv([("Client", "Elmhurst Gastro Clinic, PLLC"),
              ("Under", "Master Services Agreement dated 5 May 2024"),
              ("Start", "1 January 2026"),
              ("Client contact", "Yvette Abernathy, Director of Operations")]),
        k.sp(4),
        k.h3("1. Services"),
        k.bullets([
            "Real-time remote scribing for 6 gastroenterologists during "
            "clinic sessions (Monday to Friday).",
            "Transcription of procedure dictation within 24 hours.",
            "Charge entry: Oakhurst staff enter the CPT and ICD-10-CM codes "
            "that Client's physicians select into Client's EHR charge screen.",
        ]),
        k.h3("2. Pricing"),
        k.table([
            ["Service", "Rate"],
            ["Remote scribe", "$19.00 per scribed clinic hour"],
            ["Procedure dictation transcription", "$0.11 per 65-character line"],
            ["Charge entry", "$1.40 per encounter"],
        ], widths=[3.0 * inch, 3.4 * inch], ruled="grid"),
        k.sp(4),
        k.h3("3. Systems and code licensing"),
        k.p("Oakhurst staff work only in Client's EHR, through accounts Client "
            "creates. Oakhurst does not hold an AMA distribution licence and "
            "does not supply CPT content. Client represents that it holds its "
            "own current licence for CPT, from the AMA or an authorised "
            "distributor, for its EHR, and that the licence covers the "
            "Oakhurst staff assigned to Client, whom Client will count as "
            "users. Client will notify Oakhurst if that licence lapses, and "
            "Oakhurst may pause charge entry until it is restored."),
        k.h3("4. Quality"),
        k.p("Oakhurst targets 98% accuracy on transcription and audits 5% of "
            "scribed notes monthly. Physicians must review and sign every "
            "note."),
        k.h3("5. Term"),
        k.p("This Statement of Work runs for twelve months and renews unless "
            "either party gives thirty days' notice."),
        k.sig(["Oakhurst Scribe Services, Inc.", "______________________",
               "Delphine Okafor, VP Client Services"],
              ["Elmhurst Gastro Clinic, PLLC", "______________________",
               "Yvette Abernathy, Director of Operations"]),
    )
    return dict(
        key="cm_transcription", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Statement of Work No. 3",
        footer="Oakhurst Scribe Services - SOW 3",
        description="Scribe and transcription SOW in which the vendor holds "
        "no AMA licence and the client represents it holds its own current "
        "CPT licence covering the vendor's staff; per-line and per-encounter "
        "prices are not CPT fees.")


# ---------------------------------------------------------------------------
def cm_registry():
    v = "Pinnacle Spine Outcomes Registry, Inc."
    k = Kit("sans", size=9.3, justify=True)
    s = flat(
        k.h1("Registry Participation Agreement"),
        k.small("Pinnacle Spine Outcomes Registry, Inc. - a nonprofit "
                "clinical data registry - registry@pinnaclespine.example"),
        k.hr(),
        k.p("Participant: <b>Greystone Neurosurgery &amp; Spine, LLC</b>, "
            "3 surgeons, 1 ambulatory surgery center. Effective 1 February "
            "2026."),
        k.h3("1. Purpose"),
        k.p("The Registry collects patient-reported outcomes and operative "
            "data on spine procedures to support quality improvement, "
            "benchmarking and MIPS reporting as a Qualified Clinical Data "
            "Registry."),
        k.h3("2. Data submission"),
        k.p("2.1 Participant will submit data through the Registry's upload "
            "specification, which uses CPT codes to identify procedures and "
            "ICD-10-CM codes for diagnoses. 2.2 The codes in each submission "
            "are extracted from Participant's own EHR and billing systems. "
            "2.3 Participant is responsible for the accuracy and completeness "
            "of its submissions."),
        k.h3("3. Code sets"),
        k.p("3.1 The Registry does not distribute CPT descriptors. Registry "
            "dashboards display procedure groupings and CPT code numbers "
            "supplied by Participant but no AMA descriptor text. 3.2 "
            "Participant is responsible for licensing CPT for its own systems "
            "and users, whether directly from the AMA or through its software "
            "vendors, and confirms that its submissions are made within the "
            "scope of that licensing. The Registry grants no licence to CPT."),
        k.h3("4. Fees"),
        k.p("Annual participation is $2,400 per surgeon, plus $1,500 per "
            "facility, invoiced in February. MIPS submission services are "
            "included for participating surgeons."),
        k.h3("5. Use of data"),
        k.p("The Registry may use de-identified data for research and "
            "publication. Participant will never be identified in publications "
            "without its written consent."),
        k.h3("6. Term"),
        k.p("Annual, renewing each February unless either party gives sixty "
            "days' notice."),
        k.sig(["Pinnacle Spine Outcomes Registry, Inc.", "_________________",
               "Harriet Lindgren, Executive Director"],
              ["Greystone Neurosurgery &amp; Spine, LLC", "_________________",
               "Vikram Sethi, M.D., Managing Partner"]),
    )
    return dict(
        key="cm_registry", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Registry Participation Agreement",
        footer="Pinnacle Spine Outcomes Registry",
        description="Clinical-registry participation agreement stating the "
        "registry distributes no CPT descriptors or licence and the "
        "participant is responsible for licensing CPT for its own systems "
        "and users; per-surgeon participation fees are not CPT fees.")


# ---------------------------------------------------------------------------
def cm_orderform_customer_supplied():
    v = "Dunmore Practice Systems, Inc."
    k = Kit("mono", size=8.6)
    s = flat(
        k.p("<b>DUNMORE PRACTICE SYSTEMS, INC.</b>", "mono"),
        k.p("812 Tillery Road  Bexhill Crossing, Kansas  orders@dunmore.example",
            "mono"),
        k.p("-" * 78, "mono"),
        k.p("SALES ORDER  DPS-SO-50213              DATE: 2025-09-22", "mono"),
        k.p("CUSTOMER:   Prairie Lantana Rheumatology, P.A.", "mono"),
        k.p("SITE:       Single location, on-premises server", "mono"),
        k.p("TERM:       Perpetual license + annual maintenance", "mono"),
        k.p("-" * 78, "mono"),
        k.table([
            ["ITEM", "DESCRIPTION", "QTY", "PRICE", "EXTENDED"],
            ["DPS-PM", "Dunmore PM Server License", "1", "$14,500.00",
             "$14,500.00"],
            ["DPS-WS", "Workstation access license", "9", "$450.00",
             "$4,050.00"],
            ["DPS-MNT", "Annual maintenance (yr 1)", "1", "$3,710.00",
             "$3,710.00"],
            ["DPS-CPT", "CPT(R) content: Customer-supplied (1)", "1", "$0.00",
             "$0.00"],
            ["DPS-IMP", "Code table import utility", "1", "included", "$0.00"],
            ["DPS-ICD", "ICD-10-CM / HCPCS II annual load", "1", "included",
             "$0.00"],
            ["DPS-TRN", "Training, 2 days on site", "1", "$2,800.00",
             "$2,800.00"],
            ["", "TOTAL", "", "", "$25,060.00"],
        ], widths=[0.8 * inch, 2.9 * inch, 0.5 * inch, 1.1 * inch,
                   1.2 * inch], ruled="none", right_cols=(3, 4), total_rows=1),
        k.p("-" * 78, "mono"),
        k.p("NOTES", "mono"),
        k.p("(1) Dunmore does not distribute CPT(R). Customer will license CPT "
            "directly from the American Medical Association or an AMA-"
            "authorized distributor, covering all users of the Dunmore "
            "system, and will load each annual CPT data file with the import "
            "utility. The $0.00 price reflects that no CPT content is supplied "
            "by Dunmore; it does not mean CPT is included.", "mono"),
        k.p("(2) ICD-10-CM and HCPCS Level II tables are loaded by Dunmore "
            "from the public CMS files each October and January.", "mono"),
        k.p("(3) Maintenance renews annually at 20% of current list price "
            "for licensed items, with increases capped at 4% per year.",
            "mono"),
        k.p("(4) Payment: 50% with order, 50% on installation.", "mono"),
        k.p("-" * 78, "mono"),
        k.p("ACCEPTED FOR CUSTOMER: __________________  DATE: __________",
            "mono"),
        k.p("NAME/TITLE: Gwendolyn Ashby-Torres, Office Manager", "mono"),
        k.p("ACCEPTED FOR DUNMORE:  __________________  DATE: __________",
            "mono"),
        k.p("NAME/TITLE: Ray Kowalczyk, Account Manager", "mono"),
        k.p("-" * 78, "mono"),
        k.p("Remit to: Dunmore Practice Systems, Inc., Lockbox 4471, Bexhill "
            "Crossing, Kansas. This order is subject to the Dunmore Software "
            "License Terms (form DPS-LT-9) on the reverse.", "mono"),
    )
    return dict(
        key="cm_orderform_customer_supplied", vendor=v,
        coverage="customer_must_license", fee=None, kit=k, story=s,
        title="Sales Order DPS-SO-50213", footer="Dunmore Practice Systems",
        description="Typewriter-style sales order whose 'CPT content: "
        "Customer-supplied' row is $0.00 with a footnote requiring the "
        "customer to license CPT directly from the AMA or a distributor; the "
        "$0.00 does not mean included.")


# ---------------------------------------------------------------------------
def cm_email():
    v = "Brannock Chiro Software, LLC"
    k = Kit("sans", size=9.5)
    s = flat(
        k.email_head("Brannock Support &lt;help@brannockchiro.example&gt;",
                     "Dr. Celeste Vang &lt;drvang@vangchiro.example&gt;",
                     "Fri, 14 Nov 2025 11:20",
                     "RE: Do you pay the AMA for CPT?"),
        k.p("Hi Dr. Vang,"),
        k.p("Good question, and one we get a lot this time of year."),
        k.p("Brannock doesn't sublicense CPT. We're not an AMA distributor, "
            "and the Brannock software ships with an empty procedure-code "
            "table (apart from your own custom codes). That means your "
            "practice needs its own CPT licence before you load codes into "
            "Brannock: either an internal-use licence from the AMA, or the "
            "annual CPT data file bought from an AMA-authorised distributor, "
            "which comes with an end-user licence for your office."),
        k.p("Once you have the file, the import is quick:"),
        k.bullets([
            "Settings &gt; Billing Codes &gt; Import.",
            "Choose the CSV or TXT file from your distributor.",
            "Map the columns (code, short descriptor, long descriptor).",
            "Run the import and check the preview before saving.",
        ], kind="num"),
        k.p("You'll need to repeat this each January when the new codes come "
            "out. We don't charge for imports or for the import tool."),
        k.p("Kind regards,<br/>Trevor Mbeki<br/>Brannock Chiro Software, LLC "
            "- Support Team"),
        k.hr(thick=0.3),
        k.email_head("Dr. Celeste Vang &lt;drvang@vangchiro.example&gt;",
                     "help@brannockchiro.example", "Thu, 13 Nov 2025 19:02",
                     "Do you pay the AMA for CPT?"),
        k.p("Hello, my previous EHR charged me an AMA fee every year. I don't "
            "see one from Brannock. Does that mean you cover it, or do I need "
            "to do something? I'm a solo chiropractor with two front-desk "
            "staff. Thanks, Celeste Vang, DC - Vang Family Chiropractic"),
    )
    return dict(
        key="cm_email", vendor=v, coverage="customer_must_license", fee=None,
        kit=k, story=s, title="RE: Do you pay the AMA for CPT?", footer="",
        description="Support e-mail stating firmly that the vendor does not "
        "sublicense CPT, ships an empty code table, and the practice needs "
        "its own AMA internal-use licence or distributor data file before "
        "importing codes.")


# ---------------------------------------------------------------------------
def cm_canadian():
    v = "Laurentide Clinical Software Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.letterhead("Laurentide Clinical Software Inc.", [
            "400-77 Rue Gosselin, Trois-Etangs, Quebec  |  "
            "legal@laurentide.example"]),
        k.h2("Software Licence Agreement - US Billing Edition"),
        k.p("This Software Licence Agreement is between Laurentide Clinical "
            "Software Inc., a corporation incorporated under the laws of "
            "Canada (the \"Vendor\"), and Northfork Physiotherapy and Sports "
            "Medicine, PLLC, a New York professional limited liability company "
            "(the \"Licensee\"), effective 1 October 2025."),
        k.h3("1. Licence"),
        k.p("1.1 The Vendor grants the Licensee a non-exclusive, "
            "non-transferable licence to use the Laurentide Clinic software, "
            "US Billing Edition (the \"Software\"), for the number of named "
            "users set out in Schedule A, at the Licensee's clinics in the "
            "United States. 1.2 The Software is hosted by the Vendor in a "
            "data centre in the United States."),
        k.h3("2. Fees"),
        k.p("2.1 The licensee shall pay USD 74 per named user per month, "
            "billed monthly in advance by pre-authorised debit. 2.2 The Vendor "
            "may revise fees on each anniversary on ninety days' notice, by no "
            "more than 5%."),
        k.h3("3. Procedure codes"),
        k.p("3.1 The Software's US billing module requires procedure codes "
            "from Current Procedural Terminology (\"CPT\"), which is the "
            "copyright of the American Medical Association (\"AMA\"). The "
            "Vendor does not distribute CPT and is not licensed by the AMA to "
            "do so. The Software is delivered with a blank procedure-code "
            "table."),
        k.p("3.2 The Licensee is responsible for obtaining and maintaining, "
            "at its own cost, a licence for CPT from the AMA or from an "
            "authorised distributor, covering every named user, and for "
            "loading the licensed codes into the Software each year. The "
            "Vendor will provide an import template and reasonable "
            "assistance, but will not supply or host any CPT file on the "
            "Licensee's behalf."),
        k.p("3.3 The Licensee shall indemnify the Vendor against any claim "
            "that the Licensee's use or loading of CPT infringes the AMA's "
            "rights."),
        k.h3("4. Support"),
        k.p("Support is available from 8:00 to 20:00 Eastern time on business "
            "days by telephone and the support centre portal. The Vendor will "
            "honour the response times set out in Schedule B."),
        k.h3("5. Privacy"),
        k.p("The Vendor will comply with HIPAA as the Licensee's business "
            "associate and will keep all patient data in the United States."),
        k.h3("6. Term"),
        k.p("The initial term is twelve months, renewing for twelve-month "
            "terms unless either party gives sixty days' notice."),
        k.h3("7. Governing law"),
        k.p("This Agreement is governed by the laws of the State of New York. "
            "The parties have requested that this Agreement be drawn up in "
            "English."),
        k.sig(["LAURENTIDE CLINICAL SOFTWARE INC.", "Per: _________________",
               "Mathieu Lavallee-Roy, President"],
              ["NORTHFORK PHYSIOTHERAPY AND SPORTS MEDICINE, PLLC",
               "Per: _________________", "Dana Whitcombe, DPT, Owner"]),
    )
    return dict(
        key="cm_canadian", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Software Licence Agreement",
        footer="Laurentide Clinical Software Inc.", paper="a4",
        description="Canadian-spelling licence in which the vendor does not "
        "distribute CPT, ships a blank procedure-code table and makes the "
        "licensee obtain its own AMA or distributor licence for every named "
        "user; the USD 74 per-user fee is the subscription.")


# ---------------------------------------------------------------------------
def cm_amend_shift():
    v = "Whitlock Surgical Systems, Inc."
    k = Kit("serif", size=10.5, justify=True)
    s = flat(
        k.h1("AMENDMENT NO. 3 TO MASTER SOFTWARE AGREEMENT", center=True),
        k.p("This Amendment No. 3 (\"Amendment\") dated October 30, 2025 is "
            "between Whitlock Surgical Systems, Inc. (\"Whitlock\") and "
            "Ravensworth Surgical Associates, LLC (\"Customer\") and amends "
            "the Master Software Agreement dated June 1, 2022 (the "
            "\"Agreement\")."),
        k.h3("Recitals"),
        k.p("A. Under Section 9.1 of the Agreement, Whitlock has sublicensed "
            "CPT content to Customer within the Whitlock surgical scheduling "
            "and billing software, with the AMA royalty included in the "
            "subscription fees."),
        k.p("B. Whitlock's distribution agreement with the American Medical "
            "Association expires on December 31, 2025 and will not be renewed. "
            "From January 1, 2026 Whitlock will no longer supply CPT content."),
        k.h3("Amendment"),
        k.p("1. <b>Section 9.1 replaced.</b> Effective January 1, 2026, "
            "Section 9.1 of the Agreement is deleted and replaced with: "
            "\"9.1 CPT. Whitlock does not supply or sublicense CPT. Customer "
            "shall obtain and maintain its own license to CPT, directly from "
            "the AMA or from an AMA-authorized distributor, covering all of "
            "its users of the Software, and shall load CPT into the Software "
            "using the code-set import function. Whitlock shall have no "
            "responsibility for any royalty due in respect of Customer's use "
            "of CPT.\""),
        k.p("2. <b>Removal of content.</b> On January 1, 2026, Whitlock will "
            "remove the CPT descriptors it supplied from Customer's "
            "environment. Procedure codes already attached to historical "
            "encounters will remain as entered."),
        k.p("3. <b>Fee credit.</b> In recognition of the change, the "
            "subscription fee in Order Form No. 2 is reduced by $3.00 per user "
            "per month from January 1, 2026, to $143.00 per user per month."),
        k.p("4. <b>Assistance.</b> Whitlock will provide, at no charge, up to "
            "four hours of remote assistance with Customer's first CPT import."),
        k.p("5. <b>Effect.</b> All other terms of the Agreement remain in "
            "effect. This Amendment prevails over the Agreement to the extent "
            "of any conflict."),
        k.sig(["WHITLOCK SURGICAL SYSTEMS, INC.", "By: __________________",
               "Grant Okonjo, VP Legal"],
              ["RAVENSWORTH SURGICAL ASSOCIATES, LLC", "By: __________________",
               "Maeve Calloway, Chief Operating Officer"]),
    )
    return dict(
        key="cm_amend_shift", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Amendment No. 3",
        footer="Whitlock / Ravensworth - Amendment No. 3",
        description="Amendment replacing the vendor's included CPT sublicence "
        "with an obligation on the customer to obtain its own AMA or "
        "distributor licence from 1 January 2026; the $3 per-user credit is "
        "not a CPT fee.")


# ---------------------------------------------------------------------------
def cm_eula_negation():
    v = "Estrin Software Group, Inc."
    k = Kit("sans", size=8.8, justify=True)
    s = flat(
        k.h1("Estrin Encoder Desktop - End User License Agreement"),
        k.small("Estrin Software Group, Inc. - EULA rev. 11 (2025)"),
        k.p("THIS END USER LICENSE AGREEMENT (\"EULA\") IS A CONTRACT BETWEEN "
            "YOU (\"LICENSEE\") AND ESTRIN SOFTWARE GROUP, INC. (\"LICENSOR\"). "
            "BY INSTALLING THE SOFTWARE YOU ACCEPT THIS EULA."),
        k.h3("1. Software"),
        k.p("Estrin Encoder Desktop (the \"Software\") is a coding workbench "
            "that applies Licensor's proprietary edit logic, crosswalks and "
            "coding tips to the code tables that Licensee loads into it."),
        k.h3("2. License grant"),
        k.p("Licensor grants Licensee a non-exclusive license to install the "
            "Software on the number of workstations for which Licensee has "
            "paid, for Licensee's internal use."),
        k.h3("3. Code tables"),
        k.p("3.1 The Software does not include CPT content. Licensor does not "
            "sublicense CPT to Licensee, and nothing in this EULA grants any "
            "right to CPT."),
        k.p("3.2 To use the Software for procedure coding, Licensee must "
            "obtain its own license to CPT from the American Medical "
            "Association or an AMA-authorized distributor, covering each "
            "individual who uses the Software, and load the licensed CPT data "
            "file using the Table Manager. For reference only, the AMA's "
            "published internal-use royalty for the 2026 release is its entity "
            "fee plus $18.50 per user; Licensor does not collect or set that "
            "royalty."),
        k.p("3.3 The notices in Section 7 are included because the Software "
            "displays CPT content that Licensee has loaded under Licensee's "
            "own license; their presence does not mean that Licensor is an AMA "
            "distributor."),
        k.h3("4. Fees"),
        k.p("The Software license is $640 per workstation, with annual "
            "updates to Licensor's edit logic at $160 per workstation per "
            "year."),
        k.h3("5. Warranty"),
        k.p("The media is warranted free of defects for 30 days. Otherwise the "
            "Software is provided as is. Coding decisions remain Licensee's "
            "responsibility."),
        k.h3("6. Termination"),
        k.p("This EULA ends if Licensee breaches it. On termination Licensee "
            "shall uninstall the Software."),
        k.h3("7. Notices regarding CPT"),
        k.p("CPT copyright 2025 American Medical Association. All rights "
            "reserved. CPT is a registered trademark of the AMA. The AMA does "
            "not directly or indirectly practise medicine or dispense medical "
            "services. The AMA does not assign fee schedules or relative value "
            "units. U.S. Government rights in CPT are restricted as provided "
            "in the applicable FAR and DFARS clauses."),
        k.small("Estrin Software Group, Inc. - 55 Calumet Row, Lindley "
                "Heights, Missouri - licensing@estrin.example"),
    )
    return dict(
        key="cm_eula_negation", vendor=v, coverage="customer_must_license",
        fee=None, kit=k, story=s, title="Estrin Encoder Desktop EULA",
        footer="Estrin Software Group - EULA rev. 11",
        description="Encoder EULA that carries the AMA notices but says the "
        "licensor does not sublicense CPT and the licensee must obtain its "
        "own AMA or distributor licence; the AMA direct royalty is quoted for "
        "reference only.")


DOCS = [cm_ama_direct, cm_clearinghouse, cm_upload, cm_billing_provider,
        cm_payer_portal, cm_transcription, cm_registry,
        cm_orderform_customer_supplied, cm_email, cm_canadian, cm_amend_shift,
        cm_eula_negation]
