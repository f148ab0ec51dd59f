"""blind_t documents, group C: practice must hold its own CPT licence (customer_must_license)."""
import sys

sys.dont_write_bytecode = True

from common import (boiler_confidentiality, boiler_hipaa, boiler_law,
                    boiler_liability, boiler_misc, boiler_term, doc, sig)

DOCS = []


def add(d):
    DOCS.append(d)
    return d


# C1 -- the practice's direct AMA internal-use licence ----------------------------
V = "American Medical Association"
add(doc(
    "cml_ama_direct_internal_use", V, "customer_must_license", None,
    "Internal-use CPT licence signed directly between the practice and the American Medical "
    "Association, with an entity fee plus a per-user royalty; because the document is itself "
    "the practice's own AMA licence the label is customer_must_license and no pass-through "
    "fee applies.",
    [
        ("title", "CPT&reg; Internal Use License Agreement"),
        ("subtitle", "License No. IU-26-004871 &middot; License Year 2026"),
        ("p", "This Internal Use License Agreement (\"Agreement\") is entered into between the "
              "<b>American Medical Association</b>, an Illinois not-for-profit corporation "
              "(\"AMA\"), and the licensee identified below (\"Licensee\"). Correspondence: "
              "CPT Licensing Office, 100 Example Plaza, Lakeshore City, Illinois 60699, "
              "cpt-licensing@ama-licensing.example."),
        ("kv", [("Licensee", "Bellrock Neurology Associates, S.C."),
                ("Legal entity type", "Service corporation"),
                ("Licensed application(s)", "Neurology practice management and EHR system "
                                            "licensed by Licensee from a third-party vendor "
                                            "that is not an AMA distributor"),
                ("Licensed Users", "12 named individuals"),
                ("License Year", "1 January 2026 to 31 December 2026")]),
        ("h2", "1. Grant"),
        ("p", "Subject to this Agreement, the AMA grants Licensee a non-exclusive, "
              "non-transferable license for its Licensed Users to use the CPT data file and "
              "the CPT content loaded from it into the Licensed application(s), solely for "
              "Licensee's internal business purposes in the United States. No right to "
              "distribute, sublicense or publish CPT content is granted."),
        ("h2", "2. Users"),
        ("p", "CPT content is licensed per named individual, not per concurrent session. A "
              "Licensed User is any individual who accesses CPT content in the Licensed "
              "application(s), or who relies on output containing CPT content to perform his "
              "or her job. Licensee shall increase the number of Licensed Users, and pay the "
              "corresponding royalty, within thirty days after the number of such individuals "
              "exceeds the number licensed."),
        ("h2", "3. Royalties"),
        ("table", [["Component", "Rate", "Quantity", "Amount"],
                   ["Entity fee", "$82.50 per legal entity", "1", "$82.50"],
                   ["User royalty", "$18.50 per Licensed User", "12", "$222.00"],
                   ["Total for License Year 2026", "", "", "$304.50"]],
         {"style": "grid", "widths": [2.2, 2.0, 0.8, 1.0], "right": [2, 3], "bold_last": True}),
        ("p", "Royalties are payable in advance for each License Year. Licensee shall renew "
              "this Agreement, and pay the then-current royalties, before the start of each "
              "License Year in which it continues to use CPT content."),
        ("h2", "4. Scope"),
        ("p", "This Agreement covers only the Licensed application(s) named above and only "
              "Licensee as a single legal entity. Use of CPT content in any other software or "
              "by any affiliate, subsidiary or other legal entity requires a separate license "
              "from the AMA or an AMA-authorized distributor."),
        ("h2", "5. Audit"),
        ("p", "Licensee shall keep records of its Licensed Users for three years, and the AMA "
              "may, on thirty days' notice and not more than once a year, audit those records. "
              "If an audit shows underpayment of more than five percent, Licensee shall pay "
              "the shortfall and the reasonable cost of the audit."),
        ("h2", "6. Disclaimers"),
        ("p", "CPT is provided \"as is\". The AMA does not directly or indirectly practice "
              "medicine or dispense medical services. Fee schedules, relative value units, "
              "conversion factors and related components are not assigned by the AMA and are "
              "not part of CPT."),
        ("h2", "7. Term"),
        ("p", "This Agreement ends at the close of the License Year unless renewed. Either "
              "party may terminate it for uncured material breach on thirty days' notice."),
        sig("American Medical Association", "Bellrock Neurology Associates, S.C.",
            ("", "Licensing Operations"), ("Marguerite Ellenby", "Practice Administrator")),
    ],
    family="times", size=10, footer="AMA CPT Internal Use License IU-26-004871"))


# C2 -- hosting agreement; customer represents it holds its own AMA licence ------
V = "Stellwagen Data Centers, LLC"
add(doc(
    "cml_hosting_customer_represents", V, "customer_must_license", None,
    "Managed-hosting agreement in which the host supplies infrastructure only and the "
    "customer represents and warrants that it holds its own current AMA internal-use licence "
    "covering all users of the practice management application it runs on the hosted "
    "servers.",
    [
        ("title", "Managed Hosting Services Agreement"),
        ("p", "<b>%s</b> (\"Host\") and Tamsworth Allergy &amp; Asthma Clinic, P.A. "
              "(\"Customer\") agree as follows as of 10 March 2026." % V),
        ("h", "1. Services"),
        ("p", "Host will provide, in its Tier III facility, two dedicated virtual servers, "
              "2 TB of replicated storage, nightly encrypted back-ups retained for 35 days, "
              "managed firewall, operating-system patching and 24x7 monitoring (the "
              "\"Services\"). Host does not install, configure or support application "
              "software, which remains Customer's responsibility or that of its software "
              "vendor."),
        ("h", "2. Charges"),
        ("table", [["Service", "Monthly charge"],
                   ["Dedicated virtual servers (2)", "$640.00"],
                   ["Replicated storage, 2 TB", "$180.00"],
                   ["Managed firewall and VPN, up to 25 users", "$95.00"],
                   ["Additional VPN users", "$4.00 per user"]],
         {"style": "lines", "widths": [4, 1.5], "right": [1]}),
        ("h", "3. Customer applications and content"),
        ("p", "3.1 Customer will run on the Services its practice management application "
              "(the \"Application\"), licensed by Customer directly from its publisher, and "
              "any content Customer loads into it. 3.2 Host does not supply, license, "
              "sublicense or pay for any software or third-party content used by Customer, "
              "including medical code sets. 3.3 Customer represents and warrants that it holds, "
              "and will maintain throughout the term, a current internal-use license from the "
              "American Medical Association for the CPT codes and descriptors loaded into the "
              "Application, covering every individual who uses them, and that it holds all "
              "other licenses required for the Application and its content. 3.4 Customer "
              "shall indemnify Host against any claim that Customer's applications or content, "
              "as hosted, infringe a third party's rights."),
        ("h", "4. Service levels"),
        ("p", "Host targets 99.95% monthly availability of the virtual servers. If missed, "
              "Customer receives a credit of 10% of that month's server charge for each 0.1% of "
              "shortfall, up to 50%."),
        ("h", "5. Security and privacy"),
        ("p", boiler_hipaa(0)),
        ("h", "6. Limitation of liability"),
        ("p", boiler_liability(0)),
        ("h", "7. Term and general"),
        ("p", boiler_term(1) + " " + boiler_law("Massachusetts", 0)),
        sig(V, "Tamsworth Allergy &amp; Asthma Clinic, P.A.", ("Caspian Muldoon", "Sales Director"),
            ("Rosalind Achebe-Ward", "Practice Manager")),
    ],
    family="helv", size=9.5, heading="caps", footer="Stellwagen MHSA 2026-031"))


# C3 -- product ships without CPT; client uploads its own codes ----------------
V = "Gorecki Tessler Software, Inc."
add(doc(
    "cml_client_uploads_codes", V, "customer_must_license", None,
    "Software licence in which the product is delivered without CPT content, the client loads "
    "its own procedure code file, and a conditional clause requires the client to obtain an "
    "AMA licence for every individual who accesses CPT codes it uploads, which the data-load "
    "section says it will do.",
    [
        ("title", "Software Licence Agreement: GT Superbill Studio"),
        ("p", "Licensor: <b>%s</b>, 72 Brightline Avenue, Lowenna Grange, NJ 07990. Client: "
              "Marchwood Physical Medicine, LLC. Date: 8 April 2026." % V),
        ("h2", "1. The Product"),
        ("p", "GT Superbill Studio (the \"Product\") is an on-premise tool for designing "
              "encounter forms, capturing charges at the point of care and exporting them to "
              "the Client's billing system. The Product is delivered without any procedure or "
              "diagnosis code content. It contains code-set tables that the Client populates."),
        ("h2", "2. Licence"),
        ("p", "Licensor grants the Client a perpetual, non-exclusive licence to install the "
              "Product on up to fifteen workstations at the Client's premises. Licence fee: "
              "$6,750, payable on delivery. Annual support: $1,215, payable on each anniversary."),
        ("h2", "3. Code content"),
        ("p", "3.1 During implementation the Client will supply, and Licensor will load into "
              "the Product's code-set tables, the Client's own procedure code file, including "
              "CPT codes and descriptors, together with the Client's fee schedule. Licensor "
              "does not supply CPT content and is not an AMA-authorized distributor."),
        ("p", "3.2 If the Client uploads CPT codes or descriptors into the Product, whether "
              "under Section 3.1 or later, the Client shall obtain and maintain a licence from "
              "the American Medical Association or an AMA-authorized distributor for every "
              "individual who accesses them in the Product, and shall pay any royalty due for "
              "that licence directly to its licensor. 3.3 Licensor may ask the Client to "
              "confirm in writing that such a licence is in place before loading the file."),
        ("h2", "4. Support"),
        ("p", "Support includes bug fixes, new releases and help-desk access by phone and "
              "e-mail. It does not include annual code updates, which the Client obtains from "
              "its code-set licensor and loads itself using the Product's import wizard."),
        ("h2", "5. Warranty and liability"),
        ("p", "Licensor warrants that the Product will substantially conform to its "
              "documentation for ninety days after delivery. " + boiler_liability(2)),
        ("h2", "6. General"),
        ("p", boiler_law("New Jersey", 0) + " " + boiler_misc(0)),
        sig(V, "Marchwood Physical Medicine, LLC", ("Piotr Gorecki", "President"),
            ("Adaeze Whitcombe", "Administrator")),
    ],
    family="times", size=10.5, footer="GT Superbill Studio - SLA-0408"))


# C4 -- billing service working in the practice's own PM; Provider = practice ----
V = "Marchetti Revenue Cycle Group, Inc."
add(doc(
    "cml_billing_in_practice_system", V, "customer_must_license", None,
    "Billing-services agreement in which the billing company works inside the practice's own "
    "PM system and the practice (called \"Provider\") must maintain CPT licences for all "
    "users of that system, including billing-company staff given log-ins; the 6.25% fee is "
    "not a CPT fee.",
    [
        ("title", "Revenue Cycle Services Agreement"),
        ("p", "THIS AGREEMENT is between <b>%s</b> (\"RCG\") and Haverford Lane Cardiology, "
              "P.C. (\"Provider\"), dated 2 March 2026." % V),
        ("h", "1. Scope"),
        ("p", "RCG will perform charge entry, claim submission, payment posting, denial "
              "management, patient statements and collections follow-up for Provider. RCG "
              "will perform that work in Provider's own practice management system (the "
              "\"Provider System\"), to which Provider will give RCG's staff individual "
              "log-ins. RCG will not use its own billing software for Provider's accounts."),
        ("h", "2. Fees"),
        ("p", "Provider shall pay RCG six and one-quarter percent (6.25%) of net collections "
              "on accounts worked by RCG, plus $3.50 per patient statement mailed. RCG will "
              "invoice monthly and Provider shall pay within twenty days."),
        ("h", "3. Provider System and licences"),
        ("p", "3.1 Provider is responsible for the Provider System, including its "
              "availability, its vendor support and its licences. 3.2 The Provider System "
              "contains CPT codes owned by the American Medical Association. Provider shall "
              "maintain, at its own cost, CPT licences for all users of the Provider System, "
              "including RCG personnel to whom Provider issues log-ins, whether those licences "
              "are obtained from the AMA directly or through Provider's software vendor. RCG "
              "shall have no obligation to obtain or pay for any licence for the Provider "
              "System. 3.3 Provider shall tell RCG promptly if any licence lapses, and RCG may "
              "suspend work in the Provider System until it is restored."),
        ("h", "4. Standards"),
        ("p", "RCG's coders hold current national credentials. RCG will not change a code "
              "selected by a Provider clinician without a documented query and the "
              "clinician's agreement."),
        ("h", "5. Privacy"),
        ("p", boiler_hipaa(1)),
        ("h", "6. Term and general"),
        ("p", boiler_term(2) + " " + boiler_liability(1) + " " + boiler_law("New York", 1)),
        sig(V, "Haverford Lane Cardiology, P.C.", ("Gianluca Marchetti", "Chief Executive"),
            ("Dr. Oluwaseun Pryor", "President")),
    ],
    family="helv", size=9.5, heading="underline", footer="RCG / Haverford Lane - RCSA"))


# C5 -- chatty e-mail; vendor is not a distributor -----------------------------
V = "Ondrejka Apps, LLC"
add(doc(
    "cml_chatty_email_not_distributor", V, "customer_must_license", None,
    "Informal e-mail from a small vendor saying it is not an AMA distributor and the practice "
    "must buy its own CPT licence from the AMA or a distributor for the codes it types into "
    "the app; another client's AMA direct cost is quoted only as an example.",
    [
        ("mail", [("From", "Jiri Ondrejka &lt;jiri@ondrejkaapps.example&gt;"),
                  ("To", "Priya Sandhurst &lt;office@willowmerechiro.example&gt;"),
                  ("Date", "Fri, 6 March 2026 14:55 -0600"),
                  ("Subject", "re: CPT licence question")]),
        ("p", "Hi Priya,"),
        ("p", "Good question and I'm glad you asked before your renewal rather than after."),
        ("p", "So, straight answer: we're not an AMA distributor. Our app doesn't come with any "
              "CPT codes in it. What you've got in there are the codes your team typed into the "
              "Services list when you set up, which is why the app lets you edit them. Because "
              "those codes come from you and not from us, the AMA expects your practice to have "
              "its own licence for them. We can't sell you one and we don't pay for one on your "
              "behalf."),
        ("p", "You can get one straight from the AMA or through one of their authorized "
              "distributors. For what it's worth, another chiropractic client of ours with "
              "nine users told me they paid the AMA's entity fee plus $18.50 per person this "
              "year, but please check current pricing with the AMA yourself; I'm just passing "
              "that along, it's not something we charge."),
        ("p", "Your subscription stays exactly as it is: $49 a month for the whole office. "
              "Nothing about the licence changes that."),
        ("p", "Happy to hop on a call if it helps.<br/><br/>Jiri<br/>Founder, %s<br/>"
              "ondrejkaapps.example" % V),
        ("hr",),
        ("small", "&gt; On Thu, 5 Mar 2026, Priya Sandhurst wrote:<br/>&gt; Our billing consultant "
                  "says we need an AMA licence for CPT codes. Is that included in your app or do "
                  "we have to get it ourselves? - Priya, Willowmere Chiropractic"),
    ],
    family="courier", size=9.5, page_label="", footer="--"))


# C6 -- telehealth platform supplies no code sets ------------------------------
V = "Velasquez Nakamura Telehealth, Inc."
add(doc(
    "cml_telehealth_no_code_sets", V, "customer_must_license", None,
    "Telehealth platform terms stating that the platform supplies no code sets and holds no "
    "AMA licence that extends to clinicians, so clinicians who enter CPT codes in visit "
    "summaries or superbills must license CPT independently; the per-clinician monthly fee is "
    "not a CPT fee.",
    [
        ("title", "VN Telehealth &mdash; Clinician Terms"),
        ("small", "Effective 1 January 2026. Operated by %s." % V),
        ("p", "These terms apply to clinicians and clinical practices (\"you\") that use the VN "
              "Telehealth platform to see patients by video. Patients use the platform under "
              "separate patient terms."),
        ("h2", "Your account"),
        ("p", "Each clinician needs his or her own account, which may not be shared. Practice "
              "administrators can add and remove clinicians. The fee is $59 per active "
              "clinician per month; an account is active in any month in which it hosts at "
              "least one visit."),
        ("h2", "Clinical responsibility"),
        ("p", "We provide technology only. You are responsible for your clinical judgment, "
              "for being licensed where the patient is located, for patient identity checks, "
              "for consent, and for your own documentation."),
        ("h2", "Visit summaries and superbills"),
        ("p", "The platform lets you write a visit summary and generate a superbill that the "
              "patient can submit to an insurer. These features are free-text: the platform "
              "does not supply any code set, and any procedure or diagnosis codes in a "
              "summary or superbill are entered by you."),
        ("p", "CPT codes are owned by the American Medical Association. VN Telehealth holds no "
              "AMA licence that extends to you. If you or your staff enter CPT codes into visit "
              "summaries or superbills, you must license CPT independently, from the AMA or an "
              "authorized distributor, and keep that licence current. ICD-10-CM codes are in "
              "the public domain."),
        ("h2", "Payments"),
        ("p", "If you collect self-pay fees through the platform, our payments partner charges "
              "2.9% plus 30 cents per transaction, deducted before payout."),
        ("h2", "Privacy and security"),
        ("p", boiler_hipaa(1)),
        ("h2", "Ending your account"),
        ("p", "You can close your account at any time from Settings. We may close accounts "
              "that break these terms or go unpaid for sixty days."),
        ("h2", "Legal"),
        ("p", boiler_liability(2) + " " + boiler_law("California", 2)),
    ],
    family="helv", size=10, footer="VN Telehealth Clinician Terms 2026", page_label="{n}"))


# C7 -- payer provider-portal terms; Provider = practice; Payer supplies no CPT ---
V = "Orchard Valley Health Plan, Inc."
add(doc(
    "cml_payer_portal_terms", V, "customer_must_license", None,
    "Health plan provider-portal terms in which the practice is \"Provider\": the portal "
    "accepts uploaded claim files and shows claim status, the payer furnishes no CPT content, "
    "and Provider is solely responsible for any licence needed for CPT codes it submits or "
    "uploads.",
    [
        ("title", "Orchard Valley Health Plan"),
        ("subtitle", "ProviderLink Portal: Terms of Use"),
        ("p", "These Terms of Use govern access to ProviderLink, the secure provider portal "
              "operated by <b>%s</b> (\"Payer\"). \"Provider\" means the participating or "
              "non-participating health care provider, group or facility that registers for "
              "ProviderLink, and each individual it authorizes to use it." % V),
        ("h2", "1. Permitted use"),
        ("p", "Provider may use ProviderLink only to verify member eligibility and benefits, "
              "submit and correct claims, upload claim files in X12 837 format, check claim "
              "status, view remittance advice, request prior authorization and exchange "
              "messages with Payer about its members."),
        ("h2", "2. Accounts"),
        ("p", "Provider shall designate an administrator who approves individual users, and "
              "shall deactivate users within two business days after they leave Provider's "
              "employment. Credentials may not be shared."),
        ("h2", "3. Code sets"),
        ("p", "3.1 ProviderLink accepts claims coded with the HIPAA standard code sets. Claim "
              "status and remittance screens display back to Provider the codes Provider "
              "submitted. 3.2 Payer does not furnish CPT content to Provider through "
              "ProviderLink and does not grant Provider any licence to CPT. 3.3 CPT is "
              "copyrighted by the American Medical Association. Provider is solely responsible "
              "for holding any licence required for the CPT codes in claims it submits, files "
              "it uploads, or data it otherwise enters into ProviderLink."),
        ("h2", "4. Accuracy"),
        ("p", "Provider is responsible for the accuracy and completeness of information it "
              "submits. Eligibility information is not a guarantee of payment."),
        ("h2", "5. Privacy"),
        ("p", "Provider shall use member information obtained through ProviderLink only for "
              "treatment, payment and health care operations as permitted by law."),
        ("h2", "6. Changes and suspension"),
        ("p", "Payer may change ProviderLink or these Terms at any time by posting notice in "
              "the portal. Payer may suspend access for suspected misuse."),
        ("h2", "7. Disclaimer"),
        ("p", "PROVIDERLINK IS PROVIDED \"AS IS\". PAYER IS NOT LIABLE FOR INTERRUPTIONS OR "
              "FOR DECISIONS MADE IN RELIANCE ON PORTAL INFORMATION, EXCEPT AS THE PROVIDER "
              "AGREEMENT OR THE LAW REQUIRES."),
        ("small", "Questions: providerlink-help@orchardvalleyhp.example. Provider Services: "
                  "1-555-0107."),
    ],
    family="helv", size=9.5, heading="bold", footer="ProviderLink Terms of Use rev. 2026-01"))


# C8 -- order form with a CPT row that says "not included"; AMA list for comparison
V = "Abernathy Cole Health IT, Inc."
add(doc(
    "cml_order_row_not_included", V, "customer_must_license", None,
    "Ruled order form with a CPT licence row that reads \"not included; Customer to license "
    "directly\" and a note that the customer must hold its own AMA or distributor licence "
    "before go-live; the AMA list price in the row and the subscription prices are not CPT "
    "fees.",
    [
        ("title", "ORDER FORM"),
        ("kv", [("Order no.", "ACH-10-2291"),
                ("Supplier", V),
                ("Customer", "Fernhill Rheumatology Partners, LLC"),
                ("Order date", "30 January 2026"),
                ("Go-live target", "1 May 2026")]),
        ("table", [
            ["Ref", "Item", "Qty", "Price", "Frequency"],
            ["1", "AC Rheum EHR subscription", "5 providers", "$275.00 / provider", "Monthly"],
            ["2", "AC Infusion scheduling module", "1 suite", "$210.00", "Monthly"],
            ["3", "Registry reporting service", "1", "$1,100.00", "Yearly"],
            ["4", "CPT&reg; licence", "n/a", "Not included. Customer to license directly "
                  "(for reference, AMA 2026 list: entity fee + $18.50 per user)", "n/a"],
            ["5", "Implementation package", "1", "$7,800.00", "One-time"],
        ], {"style": "grid", "widths": [0.4, 2.0, 0.9, 2.3, 0.9]}),
        ("h2", "Notes to Order"),
        ("num", [
            "Abernathy Cole does not distribute CPT. The AC Rheum EHR reads procedure codes "
            "from the code file that Customer imports during implementation.",
            "Customer shall obtain, before go-live, its own licence for CPT from the American "
            "Medical Association or an AMA-authorized distributor, covering every individual "
            "who will use CPT codes in the AC Rheum EHR, and shall keep it in force throughout "
            "the subscription term. Any royalty for that licence is payable by Customer to its "
            "licensor, not to Abernathy Cole.",
            "The reference price in Ref 4 is shown for budgeting only and is not charged by "
            "Abernathy Cole.",
            "Monthly fees begin on the go-live date. Yearly fees are invoiced on go-live and "
            "each anniversary.",
        ]),
        sig(V, "Fernhill Rheumatology Partners, LLC", ("Lorcan Abernathy", "Sales"),
            ("Sabine Olufemi", "Chief Operating Officer")),
    ],
    family="helv", size=9.5, footer="ACH-10-2291"))


# C9 -- British formal analytics agreement; customer procures all licences -----
V = "Harrowgate Insight Limited"
add(doc(
    "cml_uk_customer_procures", V, "customer_must_license", None,
    "Formal British-spelling analytics services agreement in which the supplier processes the "
    "customer's claims data containing CPT codes, does not licence or supply CPT, and the "
    "customer must procure at its own cost every licence needed from the AMA.",
    [
        ("center", "<b>ANALYTICS SERVICES AGREEMENT</b>"),
        ("p", "THIS AGREEMENT is dated 3 February 2026 and made BETWEEN (1) <b>%s</b>, a "
              "company incorporated in England and Wales with registered number 11122334, "
              "whose registered office is at 9 Fellgate Row, Castlemoor CM4 2XY (the "
              "\"Supplier\"); and (2) Larkhaven Surgical Specialists, P.C., a professional "
              "corporation organised under the laws of the State of Maryland (the "
              "\"Customer\")." % V),
        ("h2", "BACKGROUND"),
        ("p", "(A) The Supplier provides benchmarking and revenue-integrity analytics to "
              "healthcare organisations in the United States. (B) The Customer wishes to "
              "engage the Supplier to analyse its claims and remittance data on the terms of "
              "this Agreement."),
        ("h2", "1. INTERPRETATION"),
        ("p", "1.1 \"Customer Data\" means the claims, remittance and scheduling data the "
              "Customer supplies, which will include procedure codes from the Current "
              "Procedural Terminology (\"CPT\") of the American Medical Association (the "
              "\"AMA\"). 1.2 \"Reports\" means the dashboards and written analyses the "
              "Supplier produces from Customer Data. 1.3 References to a statute include it as "
              "amended or re-enacted."),
        ("h2", "2. SERVICES"),
        ("p", "2.1 The Supplier shall load Customer Data into its analytics platform each "
              "month, apply its proprietary rules, and make the Reports available to the "
              "Customer's authorised users. 2.2 The Supplier shall perform the Services with "
              "reasonable skill and care and in accordance with good industry practice."),
        ("h2", "3. CHARGES"),
        ("p", "3.1 The Customer shall pay a fixed charge of USD 2,950 per calendar month, "
              "invoiced monthly in advance. 3.2 The charges are exclusive of any applicable "
              "sales tax."),
        ("h2", "4. THIRD-PARTY CODE SETS"),
        ("p", "4.1 The Supplier does not licence, sub-licence or supply CPT, and nothing in "
              "this Agreement grants the Customer any right in CPT. 4.2 The Customer shall "
              "procure, at its own expense, all licences required from the AMA (or an "
              "AMA-authorised distributor) for the use of CPT in Customer Data, in the Reports "
              "and by its authorised users, and shall maintain them for the duration of this "
              "Agreement. 4.3 The Customer shall indemnify the Supplier against any claim by "
              "the AMA arising from the Customer's failure to comply with clause 4.2. 4.4 "
              "Where a Report reproduces CPT descriptors, the Customer authorises the Supplier "
              "to do so under the Customer's licence."),
        ("h2", "5. DATA PROTECTION"),
        ("p", "The Supplier shall process Customer Data as the Customer's business associate, "
              "only on the Customer's documented instructions, and shall not transfer it "
              "outside the United States without the Customer's prior written consent."),
        ("h2", "6. LIMITATION OF LIABILITY"),
        ("p", boiler_liability(1)),
        ("h2", "7. TERM AND TERMINATION"),
        ("p", "This Agreement shall commence on the date above and continue for twenty-four "
              "months, and thereafter until terminated by either party on not less than three "
              "months' written notice."),
        ("h2", "8. GOVERNING LAW"),
        ("p", "This Agreement and any dispute or claim arising out of it shall be governed by "
              "the laws of the State of Maryland."),
        ("p", "This Agreement has been entered into on the date stated at the beginning of it."),
        sig(V, "Larkhaven Surgical Specialists, P.C.", ("Aurelia Penhaligon", "Director"),
            ("Dr. Desmond Achterberg", "President")),
    ],
    family="times", size=10, page="a4", justify=True, footer="Harrowgate Insight - Analytics Services Agreement"))


# C10 -- SOW with a responsibility matrix -------------------------------------
V = "Castile Bright Implementations, LLC"
add(doc(
    "cml_sow_raci", V, "customer_must_license", None,
    "Implementation statement of work whose responsibility matrix assigns obtaining the CPT "
    "licence from the AMA or an authorised distributor to the customer before go-live, with "
    "the implementer only importing the file the customer provides; hourly rates are not CPT "
    "fees.",
    [
        ("title", "Statement of Work: PM Conversion and Go-Live"),
        ("p", "Prepared by <b>%s</b> (\"Implementer\") for Oakhurst Valley Pediatrics, S.C. "
              "(\"Customer\") under the Master Services Agreement dated 5 January 2026." % V),
        ("h2", "Scope summary"),
        ("p", "Implementer will convert Customer's patient demographics and open balances "
              "from its current billing system to the practice management product Customer "
              "has licensed from its new software vendor, configure fee schedules and "
              "provider records, and support go-live on 1 June 2026."),
        ("h2", "Responsibility matrix"),
        ("table", [
            ["Task", "Customer", "Implementer"],
            ["Provide legacy data extract", "R / A", "C"],
            ["Map and convert demographics and balances", "C", "R / A"],
            ["Obtain CPT licence from the AMA or an authorized distributor, covering all "
             "users, before go-live", "R / A", "I"],
            ["Supply licensed CPT data file for import", "R", "I"],
            ["Import CPT file and build fee schedules", "A", "R"],
            ["Obtain payer enrollment for electronic claims", "R / A", "C"],
            ["End-user training", "A", "R"],
            ["Go-live support, 5 business days", "A", "R"],
        ], {"style": "grid", "widths": [4.0, 1.1, 1.1]}),
        ("small", "R = responsible, A = accountable, C = consulted, I = informed."),
        ("h2", "Assumptions"),
        ("bul", ["The PM product does not include CPT content; its vendor has confirmed that "
                 "customers load their own licensed CPT file.",
                 "Implementer will not import a CPT file until Customer confirms in writing that "
                 "its licence is in place.",
                 "Customer will make a project lead available for at least eight hours a "
                 "week."]),
        ("h2", "Fees"),
        ("p", "Time and materials at $150 per hour for analysts and $185 per hour for the "
              "project lead, estimated at 180 hours in total, billed every two weeks."),
        sig(V, "Oakhurst Valley Pediatrics, S.C.", ("Odalys Castile-Bright", "Principal"),
            ("Fergus Nwankwo", "Office Manager")),
    ],
    family="helv", size=10, heading="bold", footer="SOW - Castile Bright / Oakhurst Valley"))


# C11 -- amendment flipping vendor_covers to customer licence --------------------
V = "Whitcombe Osei Software Corp."
add(doc(
    "cml_amendment_flip_to_customer", V, "customer_must_license", None,
    "Amendment that deletes the original clause under which AMA royalties were included in the "
    "fees, because the vendor's AMA distribution agreement ends, and requires the customer to "
    "obtain its own CPT licence from 1 January 2026; the old and new terms are both quoted.",
    [
        ("title", "Amendment No. 1 to Subscription Agreement"),
        ("p", "Parties: <b>%s</b> (\"WOS\") and Greyfriars Dermatology Group, P.C. "
              "(\"Customer\"). Agreement: Subscription Agreement dated 1 September 2023. "
              "Amendment date: 14 November 2025." % V),
        ("h2", "Why this amendment"),
        ("p", "WOS's distribution agreement with the American Medical Association expires on "
              "31 December 2025 and will not be renewed. From that date WOS will no longer be "
              "able to sublicense CPT content or pay royalties for it on Customer's behalf."),
        ("h2", "Changes"),
        ("p", "<b>1.</b> Section 7.3 of the Agreement, which reads \"<i>WOS is an authorized "
              "distributor of CPT. Royalties payable to the AMA for Customer's users are "
              "included in the Fees.</i>\", is deleted with effect from 1 January 2026."),
        ("p", "<b>2.</b> A new Section 7.3 is inserted: \"<i>7.3 CPT. From 1 January 2026 WOS "
              "does not distribute CPT. Customer shall obtain and maintain its own licence for "
              "CPT from the American Medical Association or an AMA-authorized distributor, "
              "covering every individual who uses CPT codes in the Service, and shall load its "
              "licensed CPT file using the Service's code import tool. WOS shall remove the "
              "CPT content it previously supplied from Customer's environment on 31 December "
              "2025.</i>\""),
        ("p", "<b>3.</b> Fees. The Fees are reduced by $1.00 per user per month from 1 January "
              "2026 in recognition of the change. The reduced Fee is $47.00 per user per month."),
        ("p", "<b>4.</b> Everything else in the Agreement stays the same."),
        sig(V, "Greyfriars Dermatology Group, P.C.", ("Ekow Osei", "Chief Operating Officer"),
            ("Dr. Philippa Stroud", "President")),
    ],
    family="times", size=11, footer="WOS Amendment No. 1"))


# C12 -- IPA participation agreement ----------------------------------------------
V = "Tri-Meridian Independent Physicians Association, Inc."
add(doc(
    "cml_ipa_participation", V, "customer_must_license", None,
    "IPA participation agreement under which the IPA offers a shared billing platform but does "
    "not sublicense CPT, and each participating practice must obtain and maintain at its own "
    "cost a CPT licence for its users of the platform; the IPA dues and per-claim fees are not "
    "CPT fees.",
    [
        ("title", "Physician Participation Agreement"),
        ("p", "This agreement is made between <b>%s</b> (the \"IPA\") and the physician "
              "practice executing the signature page (the \"Participating Practice\")." % V),
        ("h2", "Part 1. Participation"),
        ("p", "1.1 The Participating Practice joins the IPA's network for the purpose of "
              "contracting with health plans on a messenger-model basis. The IPA does not "
              "negotiate fees jointly on behalf of competing practices. 1.2 The Participating "
              "Practice shall meet the IPA's credentialing standards and participate in its "
              "quality programs."),
        ("h2", "Part 2. Shared services"),
        ("p", "2.1 The IPA makes available to Participating Practices, at their option, a "
              "Shared Billing Platform, operated by the IPA under a licence from a software "
              "company, and a central coding-education program. 2.2 A Participating Practice "
              "that elects the Shared Billing Platform pays the IPA $1.85 per claim submitted "
              "through it."),
        ("h2", "Part 3. Code-set licences"),
        ("p", "3.1 The IPA's licence for the Shared Billing Platform does not include a right "
              "to sublicense CPT, and the IPA does not sublicense CPT to Participating "
              "Practices. 3.2 Each Participating Practice that uses the Shared Billing "
              "Platform shall obtain and maintain, at its own cost, a licence for CPT from the "
              "American Medical Association or an authorized distributor covering each of its "
              "users of the Shared Billing Platform, and shall provide a copy of its licence "
              "certificate to the IPA on request."),
        ("h2", "Part 4. Dues"),
        ("p", "Annual dues are $600 per physician, payable each January."),
        ("h2", "Part 5. General"),
        ("p", boiler_term(2) + " " + boiler_confidentiality("the IPA", "the Participating Practice", 2)
              + " " + boiler_law("Michigan", 1)),
        sig(V, "Participating Practice: Sable Point Family Physicians, P.C.",
            ("Dr. Winifred Castellanos", "Board Chair"), ("Dr. Arjun Mehrotra", "Owner")),
    ],
    family="times", size=10.5, justify=True, footer="Tri-Meridian IPA - Participation Agreement"))
