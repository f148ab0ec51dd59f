"""blind_ad documents, part 2: vendors whose price already carries the CPT royalty."""
from docs_common import (ama_notices, confidentiality, dispute_resolution, general, hipaa,
                         indemnity, insurance, liability, records_audit, service_levels,
                         term_termination, warranty)

DOCS = []


def add(**kw):
    DOCS.append(kw)


# ---------------------------------------------------------------------------
add(
    key="pt_eula_schedule_included",
    vendor="Kinetic Ledger Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="PT/OT software end-user licence schedule: the vendor is party to an AMA licence, sublicenses CPT "
                "to Authorized Users and states it pays the AMA royalty, which is included in the $55 per-user "
                "Subscription Fees with no separate CPT charge.",
    font="Times", size=10, footer="Kinetic Ledger EULA  |  Schedule 3  |  Third-Party Content",
    blocks=[
        ("title", "End User Licence Agreement - Schedule 3: Third-Party Content"),
        ("p", "This Schedule supplements the End User Licence Agreement between <b>Kinetic Ledger Software, Inc.</b> "
              "(\"Company\") and the customer named in the Order (\"Customer\") for the Kinetic Ledger therapy "
              "documentation and billing system. Capitalized terms not defined here have the meanings given in "
              "the Agreement. Under the Order, Customer pays Subscription Fees of $55.00 per Authorized User per "
              "month."),
        ("h", "3.1 Current Procedural Terminology"),
        ("p", "(a) Kinetic Ledger includes Current Procedural Terminology (CPT) codes, descriptors and related "
              "content owned by the American Medical Association (\"AMA\"). Company is a party to a licence "
              "agreement with the AMA that authorizes it to distribute CPT content in Kinetic Ledger."),
        ("p", "(b) Company grants Customer a limited, non-exclusive, non-transferable sublicence for its "
              "Authorized Users to use CPT content solely within Kinetic Ledger and solely for Customer's internal "
              "use in the United States. Customer may not publish CPT content, create derivative works from it, or "
              "make it available to any other person or legal entity, including an affiliate."),
        ("p", "(c) Company pays the royalties owed to the AMA for Customer's Authorized Users. Those royalties are "
              "included in the Subscription Fees, and Company will not invoice Customer any separate amount for "
              "CPT content during the current term or any renewal term."),
        ("p", "(d) This sublicence ends automatically if Company's licence from the AMA ends, unless the AMA "
              "consents otherwise or Customer obtains a direct licence from the AMA. Updated CPT content depends on "
              "Company's continuing relationship with the AMA."),
        ("p", "(e) Customer consents to Company disclosing Customer's name and the number of its Authorized "
              "Users to the AMA for royalty reporting, and agrees that the AMA is a third-party beneficiary of this "
              "Section 3.1."),
        ("h", "3.2 Other Code Sets"),
        ("p", "ICD-10-CM and HCPCS Level II codes are drawn from public federal releases. Functional limitation "
              "G-codes and their modifiers are included for Medicare reporting."),
        ("h", "3.3 Exercise Content"),
        ("p", "Exercise illustrations and videos are licensed from a third-party publisher and may be used only in "
              "home programs given to Customer's own patients."),
        ("h", "3.4 AMA Notices"),
    ] + ama_notices(2025, "full"),
)

# ---------------------------------------------------------------------------
add(
    key="chiro_price_table_zero_line",
    vendor="Adjustline Chiropractic Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Chiropractic software price sheet whose table lists the AMA CPT code licence as 'Included' at "
                "$0.00, beside per-location, per-doctor and set-up prices.",
    font="Helvetica", size=10, footer="Adjustline price sheet  |  effective April 2025",
    blocks=[
        ("letterhead", "Adjustline", ["Adjustline Chiropractic Software, Inc.", "Boise, Idaho  |  hello@adjustline.example"]),
        ("title", "Price Sheet"),
        ("subtitle", "Everything a chiropractic office needs: SOAP notes, scheduling, billing, and patient reminders."),
        ("table", [
            ["Item", "Price", "Notes"],
            ["Adjustline Office (first location)", "$149.00 / month", "Includes 1 doctor and unlimited staff"],
            ["Additional location", "$99.00 / month", ""],
            ["Additional doctor", "$40.00 / month", "Per doctor"],
            ["AMA CPT\u00ae code licence", "Included - $0.00", "Royalty paid by Adjustline"],
            ["ICD-10 code updates", "Included - $0.00", ""],
            ["Claims clearinghouse", "$0.25 / claim", "ERA at no charge"],
            ["Set-up and data import", "$299.00 one time", "Waived on annual prepay"],
            ["Online booking widget", "$19.00 / month", "Optional"],
        ], {"widths": [3.6, 2.4, 3.6]}),
        ("h", "Good to know"),
        ("bullets", [
            "Annual prepay saves 10% on monthly items.",
            "No long-term contract. Cancel with 30 days' notice.",
            "Prices are per office unless noted and exclude sales tax where it applies.",
            "Free training webinars every Tuesday.",
        ]),
        ("tiny", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="rcm_agreement_company_bears",
    vendor="Northgate Medical Billing Group, LLC",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Revenue-cycle outsourcing agreement ('Provider' is the practice) stating that the billing company "
                "bears the cost of the CPT licences its coders and systems need and will not invoice Provider for "
                "CPT royalties; the fee is 5.25% of collections.",
    font="Times", size=10.2, footer="Northgate Medical Billing Group  |  Revenue Cycle Services Agreement",
    blocks=[
        ("title", "Revenue Cycle Services Agreement"),
        ("p", "This Agreement is entered into on May 5, 2025 by <b>Northgate Medical Billing Group, LLC</b> "
              "(\"Company\") and <b>Ironwood Orthopaedic & Sports Medicine, P.C.</b> (\"Provider\")."),
        ("h", "1. Definitions"),
        ("p", "\"Services\" means the coding, charge entry, claim submission, payment posting, denial management, "
              "patient billing and reporting services in Schedule 1. \"Company Systems\" means the billing "
              "platform, encoder, claim scrubber and reporting portal that Company uses or makes available to "
              "Provider to deliver the Services."),
        ("h", "2. Services"),
        ("p", "Company will perform the Services in accordance with payer rules and applicable law. Company's "
              "coders will review operative notes and office visit documentation and assign CPT, HCPCS Level II "
              "and ICD-10-CM codes; questions about documentation will be routed to Provider's physicians through "
              "the portal query queue."),
        ("h", "3. Compensation"),
        ("p", "3.1 Provider will pay Company 5.25% of net collections on claims with dates of service on or after "
              "the go-live date, invoiced monthly."),
        ("p", "3.2 Credentialing of new physicians, if requested, is billed at $325 per physician per payer."),
        ("p", "3.3 Company bears the cost of every licence its coders, billers and Company Systems require to "
              "perform the Services, including the licence for CPT content from the American Medical Association "
              "or its distributor. That cost is absorbed within the percentage in Section 3.1. Company shall not "
              "invoice Provider for CPT royalties, whether for Company personnel or for Provider personnel who "
              "view CPT-coded reports in the Company Systems."),
        ("p", "3.4 Section 3.3 concerns the Company Systems only. It does not extend to electronic health record, "
              "practice management or other software Provider licenses from others."),
        ("h", "4. Provider Responsibilities"),
        ("bullets", [
            "Provide complete and timely documentation for every encounter.",
            "Sign payer enrollment forms and maintain current licences and credentials.",
            "Refer all payer and patient correspondence to Company within five business days.",
            "Retain final authority over, and responsibility for, codes submitted in Provider's name.",
        ]),
    ] + service_levels() + hipaa("Company", "Provider") + confidentiality("Company", "Provider")
      + records_audit("Company") + insurance("Company") + indemnity("Company", "Provider")
      + term_termination("two (2) years", "ninety (90) days") + liability("Company")
      + dispute_resolution("Arizona", "Phoenix") + general("Arizona") + [
        ("sig", [("Northgate Medical Billing Group, LLC", "Priya Saltonstall", "Chief Executive Officer"),
                 ("Ironwood Orthopaedic & Sports Medicine, P.C.", "Dr. Gideon Farquhar", "President")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="telehealth_email_absorb_latest",
    vendor="Lumen Visit Technologies, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="E-mail thread in which a telehealth vendor first announces a $2.00 per provider per month CPT fee, "
                "but the latest message says the company will absorb the AMA royalty and no CPT fee will be billed.",
    font="Helvetica", size=9.3, footer="Exported thread  |  LumenVisit account #LV-30872",
    blocks=[
        ("title", "Thread: Upcoming change to your LumenVisit invoice"),
        ("email", [("From", "LumenVisit Billing <billing@lumenvisit.example>"),
                   ("To", "Dr. Sabine Okafor <sokafor@okaforderm.example>"),
                   ("Date", "September 29, 2025 10:05 AM"),
                   ("Subject", "Update: no CPT fee after all")],
         ["Dear Dr. Okafor,",
          "Earlier this month we wrote that a CPT fee of $2.00 per provider per month would be added to LumenVisit "
          "invoices starting in the fourth quarter. After hearing from many of you, our leadership team has "
          "decided that Lumen Visit Technologies, Inc. will absorb the AMA royalty for CPT codes used in "
          "LumenVisit.",
          "Please disregard our earlier message. No CPT fee will appear on your invoices, now or at renewal, and "
          "your plan price of $45 per provider per month is unchanged. The CPT code picker stays available to "
          "every provider on your account.",
          "Thank you for your patience,",
          "The LumenVisit Billing Team"]),
        ("email", [("From", "Dr. Sabine Okafor <sokafor@okaforderm.example>"),
                   ("To", "LumenVisit Billing <billing@lumenvisit.example>"),
                   ("Date", "September 12, 2025 7:41 PM"),
                   ("Subject", "RE: Upcoming change to your LumenVisit invoice")],
         ["Is this mandatory? We already pay for CPT through our EHR. I don't understand why we would pay twice "
          "for the same codes. Please advise before I renew."]),
        ("email", [("From", "LumenVisit Billing <billing@lumenvisit.example>"),
                   ("To", "Dr. Sabine Okafor <sokafor@okaforderm.example>"),
                   ("Date", "September 10, 2025 9:00 AM"),
                   ("Subject", "Upcoming change to your LumenVisit invoice")],
         ["Dear LumenVisit customer,",
          "The American Medical Association owns the CPT codes that providers select when closing a visit in "
          "LumenVisit, and charges us a royalty for them. Beginning October 1, 2025 we will add a CPT fee of "
          "$2.00 per provider per month to your invoice to recover that royalty.",
          "If you have questions, just reply to this message.",
          "The LumenVisit Billing Team"]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="audit_seat_price_reflects",
    vendor="Cobalt Audit Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Coding-compliance audit software quote stating that the $42 per-seat subscription price reflects "
                "the AMA royalty for each seat and that Customer owes nothing further for CPT content.",
    font="Helvetica", size=9.3, footer="Cobalt Audit  |  Quote and Terms Summary  |  CA-Q-7781",
    blocks=[
        ("letterhead", "Cobalt Audit Software, Inc.", ["Compliance auditing for physician groups and ASCs",
                                                       "55 Tremont Place, Boston, MA 02108  |  sales@cobaltaudit.example"]),
        ("title", "Quote CA-Q-7781"),
        ("kv", [("Customer", "Harbor Lights Surgical Group, LLC"), ("Quote date", "June 2, 2025"),
                ("Valid until", "July 2, 2025")]),
        ("table", [
            ["Item", "Qty", "Unit price", "Term", "Total"],
            ["Cobalt Audit seat (auditor workbench)", "5", "$42.00 / seat / month", "12 months", "$2,520.00"],
            ["Provider education portal", "1", "$150.00 / month", "12 months", "$1,800.00"],
            ["Onboarding and rules set-up", "1", "$1,500.00", "one time", "$1,500.00"],
        ], {"widths": [3.6, 0.6, 2.2, 1.4, 1.4], "right": [1, 4]}),
        ("p", "<b>Total for first year: $5,820.00</b>"),
        ("h", "What the service does"),
        ("p", "Cobalt Audit samples encounters, lets auditors compare documentation with the CPT and ICD-10-CM "
              "codes billed, scores risk by provider, tracks corrective action, and generates education reports. "
              "Edit libraries are updated quarterly, and CPT content is refreshed each January."),
        ("h", "Terms summary"),
        ("numbered", [
            "Seats are named and may be reassigned once per quarter.",
            "The per-seat subscription price reflects the royalty Cobalt pays the American Medical Association "
            "for each licensed seat's access to CPT content. Customer owes no further amount for CPT content in "
            "Cobalt Audit.",
            "Customer may use CPT content only within Cobalt Audit for internal compliance purposes.",
            "Invoices are issued annually in advance and are due net 30.",
            "The full Cobalt Subscription Terms, available on request, govern this quote.",
        ]),
        ("sig", [("Cobalt Audit Software, Inc.", "Naveen Holloway", "Account Executive"),
                 ("Harbor Lights Surgical Group, LLC", "Gretchen Mbeki", "Compliance Officer")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="encoder_book_app_bundle_card",
    vendor="Granite Coding Press, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Licence card for a coding-book-plus-app bundle stating that the purchase price includes the AMA "
                "royalty for one named user's app access to CPT content for the edition year.",
    font="Times", size=10.5, footer="Granite Coding Press  |  Bundle licence card  |  2026 edition",
    blocks=[
        ("letterhead", "Granite Coding Press, Inc.", ["Publisher of coding references for the physician office",
                                                      "Activation help: activate@granitecoding.example"]),
        ("title", "Your 2026 Code Companion Bundle: Licence and Activation"),
        ("p", "Thank you for buying the Code Companion Bundle, which pairs the spiral-bound Code Companion "
              "desk reference with a year of access to the Code Companion app and web encoder."),
        ("h", "Activating the app"),
        ("numbered", [
            "Scratch the panel below to reveal your one-time activation key.",
            "Sign in or create an account in the app using your work e-mail address.",
            "Enter the key under Account > Redeem. Your access runs to December 31, 2026.",
        ]),
        ("center", "<b>Activation key:  XXXX - XXXX - XXXX - XXXX</b>"),
        ("h", "Who may use it"),
        ("p", "One key licenses one named user. The desk reference may be shared in the office, but the app and "
              "web encoder may be used only by the person who activates the key."),
        ("h", "CPT content"),
        ("p", "The app and encoder contain CPT codes, descriptors and guidelines from the American Medical "
              "Association, distributed by Granite Coding Press under a licence from the AMA. Your purchase price "
              "includes the royalty for one named user's access to that CPT content for the 2026 edition year. "
              "Nothing more is owed for CPT content in this bundle."),
        ("p", "The printed desk reference itself does not license you to load CPT content into any other "
              "software."),
        ("h", "Renewal"),
        ("p", "We will e-mail you in the autumn with the 2027 bundle price. If you do not renew, the app reverts to "
              "the free ICD-10-CM and HCPCS Level II search."),
    ] + ama_notices(2025, "full"),
)

# ---------------------------------------------------------------------------
add(
    key="clearinghouse_own_expense",
    vendor="Summit Relay Clearinghouse, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Clearinghouse agreement stating that the clearinghouse obtains and maintains the AMA CPT licence "
                "for its claim-editing tools at its own expense and charges Client no code-set fee, while noting "
                "Client's other systems are licensed separately.",
    font="Helvetica", size=9, footer="Summit Relay Clearinghouse  |  Participation Agreement  |  SRC-PA-2025",
    blocks=[
        ("title", "Clearinghouse Participation Agreement"),
        ("p", "Between <b>Summit Relay Clearinghouse, Inc.</b> (\"Summit Relay\") and <b>Cascade Valley Pulmonary "
              "& Sleep Clinic, PLLC</b> (\"Client\"), effective July 1, 2025."),
        ("h", "1. What Summit Relay does"),
        ("p", "Summit Relay accepts electronic professional and institutional claims from Client's practice "
              "management system, edits them against national and payer-specific rules, forwards them to "
              "payers, and returns claim acknowledgements, status responses and remittance files. The Summit "
              "Relay web console lets Client's staff search rejected claims, view the edit that fired, and "
              "correct and resubmit the claim."),
        ("h", "2. Fees"),
        ("table", [
            ["Service", "Fee"],
            ["Monthly subscription (up to 6 rendering providers)", "$95.00 per month"],
            ["Each additional rendering provider", "$12.00 per month"],
            ["Claims", "unlimited"],
            ["Eligibility inquiries", "$0.10 each above 1,000 per month"],
            ["Payer enrollment assistance", "$25.00 per payer"],
        ], {"widths": [6, 3]}),
        ("h", "3. Code Set Licences"),
        ("p", "3.1 Summit Relay has obtained, and will maintain at its own expense throughout the term, every "
              "licence required for the code sets used in its editing engine and web console, including its "
              "licence from the American Medical Association for CPT content."),
        ("p", "3.2 No code-set, royalty or content fee will be charged to Client for CPT or any other code set "
              "used in the Summit Relay services."),
        ("p", "3.3 This Section 3 covers the Summit Relay services only. Client's practice management and "
              "electronic health record systems are licensed under Client's agreements with those vendors."),
        ("h", "4. Client Obligations"),
        ("bullets", [
            "Send claims in the X12 837 format or another format Summit Relay supports.",
            "Obtain any payer agreements required for electronic submission.",
            "Keep user log-ins confidential and remove access for departed staff within one business day.",
        ]),
    ] + hipaa("Summit Relay", "Client") + warranty("Summit Relay") + liability("Summit Relay")
      + term_termination("one (1) year", "thirty (30) days") + general("Oregon"),
)

# ---------------------------------------------------------------------------
add(
    key="bh_signed_quote_zero_fee",
    vendor="Haven Note Systems, LLC",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Signed behavioral-health EHR quote with an 'AMA CPT code fee' line of $0.00 (included) among "
                "per-clinician licence, implementation and data-migration charges.",
    font="Courier", size=8.8, footer="Haven Note Systems  |  Quote HN-2025-0442  |  Signed",
    blocks=[
        ("letterhead", "Haven Note Systems, LLC", ["Quote HN-2025-0442", "Prepared 03/18/2025 for Riverbend Counseling Collective, LLC"]),
        ("table", [
            ["#", "Description", "Qty", "Rate", "Amount"],
            ["1", "Haven Note clinician licence (notes, scheduling, claims)", "6", "$75.00/mo", "$450.00/mo"],
            ["2", "Supervisor co-signature workflow", "1", "$0.00", "$0.00"],
            ["3", "AMA CPT(R) code fee", "6", "$0.00", "$0.00 (included)"],
            ["4", "Implementation and template build", "1", "$500.00", "$500.00"],
            ["5", "Data migration from spreadsheet records", "1", "$350.00", "$350.00"],
            ["6", "Client portal and e-signature forms", "1", "$25.00/mo", "$25.00/mo"],
        ], {"widths": [0.4, 4.6, 0.6, 1.4, 1.8], "right": [2, 3, 4]}),
        ("p", "Recurring: $475.00 per month.  One-time: $850.00."),
        ("h", "Notes"),
        ("numbered", [
            "Line 3: Haven Note covers the AMA royalty for CPT codes used in Haven Note. No CPT charge will be "
            "added later in the term.",
            "Clinician licences may be added at the same rate at any time.",
            "Term is 12 months, then month to month.",
        ]),
        ("sig", [("Haven Note Systems, LLC", "Marcus Ebbesen", "Sales"),
                 ("Riverbend Counseling Collective, LLC", "Talia Brandvold, LCSW", "Director")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="lab_portal_sublicense_no_fee",
    vendor="Tamarack Reference Laboratories, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Reference-lab ordering-portal terms that grant portal users a sublicence to the CPT codes and "
                "descriptors shown in the portal, with AMA notices, while the portal is free and no fee is "
                "mentioned anywhere.",
    font="Helvetica", size=8.8, footer="Tamarack Connect Portal  |  Terms of Use  |  TRL-LGL-031",
    blocks=[
        ("title", "Tamarack Connect - Portal Terms of Use"),
        ("p", "Tamarack Connect is the online ordering and results portal of <b>Tamarack Reference Laboratories, "
              "Inc.</b> (\"Tamarack\"). These terms apply to every person who signs in on behalf of a client "
              "practice (\"you\"). Portal access is provided to client practices at no charge."),
        ("h", "1. Use of the portal"),
        ("p", "You may use the portal to place test orders, print requisitions and specimen labels, check "
              "specimen status, view and download results, and look up test information for your patients. You "
              "may not use it for any other purpose or let anyone use your log-in."),
        ("h", "2. Test information"),
        ("p", "The test menu shows specimen requirements, stability, turnaround time and the procedure codes "
              "Tamarack uses when billing each test. Codes are shown to help you and your patients understand "
              "billing; the ordering provider remains responsible for ordering only medically necessary tests."),
        ("h", "3. Licence to CPT content"),
        ("p", "The portal displays CPT codes and descriptors owned by the American Medical Association. Tamarack "
              "grants you a limited, non-exclusive, non-transferable sublicence to use that CPT content solely "
              "within the portal, for ordering and billing tests performed by Tamarack, in the United States. You "
              "may not copy CPT content out of the portal, sell it, or provide it to any other organization. The "
              "sublicence ends when your portal access ends or when Tamarack's licence from the AMA ends."),
        ("h", "4. Results"),
        ("p", "Results posted in the portal are the same as those sent by interface or courier. Critical values "
              "are also telephoned to the ordering office as required by law."),
        ("h", "5. Privacy"),
        ("p", "Tamarack handles patient information under HIPAA. Activity in the portal is logged and audited."),
        ("h", "6. Changes and termination"),
        ("p", "Tamarack may update these terms or suspend access to protect patient data. Continued use after an "
              "update means you accept it."),
        ("h", "7. Notices"),
    ] + ama_notices(2025, "full") + [
        ("small", "Client services: clientservices@tamaracklabs.example"),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="ehr_renewal_letter_fee_dropped",
    vendor="Oakmoss EHR, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Renewal letter noting the separate $19.50 per-provider AMA royalty charged in 2025 and stating "
                "that from the 2026 licence year it will no longer be billed because the royalty is now included "
                "in the subscription.",
    font="Times", size=10.8, footer="Oakmoss EHR, Inc.  |  Account notice",
    blocks=[
        ("letterhead", "Oakmoss EHR, Inc.", ["3100 Lamar Commons, Austin, TX 78705", "accounts@oakmossehr.example"]),
        ("p", "November 3, 2025"),
        ("p", "Office Manager<br/>Cypress Bend Family Practice, P.A.<br/>77 Mill Race Road<br/>San Marcos, TX 78666"),
        ("p", "<b>Your 2026 Oakmoss renewal</b>"),
        ("p", "Dear Office Manager,"),
        ("p", "Your Oakmoss subscription for four providers renews on January 1, 2026. Here is what changes."),
        ("p", "<b>The AMA line is going away.</b> For 2025 your January invoice included a separate AMA CPT royalty "
              "of $19.50 per provider, $78.00 in total. Beginning with the 2026 licence year we will no longer bill "
              "that royalty separately. The royalty is now included in your subscription, and Oakmoss pays it to "
              "the AMA on your behalf. You will not see an AMA or CPT line on any 2026 invoice."),
        ("p", "<b>Subscription.</b> Your subscription rate stays at $315 per provider per month. Optional "
              "services such as the patient kiosk ($60 per month per kiosk) are unchanged."),
        ("p", "<b>Agreement wording.</b> This letter amends Section 6.4 of your Oakmoss Subscription Agreement for "
              "2026 and later years; where that section refers to a separate CPT royalty, it no longer applies."),
        ("p", "No action is needed to renew. If you have questions, call your account team at (512) 555-0187."),
        ("p", "Sincerely,"),
        ("p", "Delphine Aragon<br/>Director, Customer Accounts"),
        ("tiny", "CPT is a registered trademark of the American Medical Association."),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="anesthesia_service_double_negative",
    vendor="Caudal Billing Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Anesthesia billing-software service agreement whose fee clause says, through a double negative, "
                "that no CPT royalty is invoiced separately and nothing excludes the AMA royalty from the Service "
                "Fees.",
    font="Times", size=10, footer="Caudal Billing Software  |  Service Agreement  |  CBS-SA-14",
    blocks=[
        ("title", "Software Service Agreement"),
        ("p", "This Agreement is made on August 18, 2025 between <b>Caudal Billing Software, Inc.</b> "
              "(\"Caudal\") and <b>Summit Pain & Anesthesia Associates, LLC</b> (\"Customer\")."),
        ("h", "1. Service"),
        ("p", "Caudal will provide hosted access to its anesthesia charge capture and billing application, "
              "including anesthesia time and base-unit calculation, concurrency and medical direction modifiers, "
              "pain procedure coding, claim creation and denial work queues."),
        ("h", "2. Fees"),
        ("p", "2.1 <b>Service Fees.</b> Customer will pay a Service Fee of $1.95 per anesthesia case billed through "
              "the application, with a minimum of $900 per month, invoiced monthly in arrears."),
        ("p", "2.2 <b>Implementation.</b> A one-time implementation fee of $3,500 is due on signature."),
        ("p", "2.3 <b>Content.</b> The application contains anesthesia crosswalk content and CPT codes and "
              "descriptors licensed from the American Medical Association. No CPT royalty will be invoiced to "
              "Customer separately, and nothing in this Agreement shall be read as excluding the AMA royalty from "
              "the Service Fees. It is not the case that Customer's users must hold any CPT licence of their own "
              "to use the application."),
        ("p", "2.4 <b>Taxes.</b> Fees exclude taxes, which Customer will pay except for taxes on Caudal's income."),
        ("h", "3. Customer Obligations"),
        ("p", "Customer will supply complete anesthesia records, keep its payer enrollments current, and review "
              "and approve coding for cases flagged for physician review."),
    ] + confidentiality("Caudal", "Customer") + hipaa("Caudal", "Customer") + warranty("Caudal")
      + liability("Caudal") + term_termination() + general("Utah") + [
        ("sig", [("Caudal Billing Software, Inc.", "Wendell Marchetti", "President"),
                 ("Summit Pain & Anesthesia Associates, LLC", "Dr. Iris Kalani", "Managing Partner")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="university_reseller_central_royalty",
    vendor="Harlan Crest Health Technology Services, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="University health-system IT subsidiary's service description for faculty practice plans: CPT "
                "royalties for participating department users are paid centrally and not charged back, while a "
                "per-workstation chargeback applies.",
    font="Helvetica", size=9.2, footer="HCHTS Service Catalogue  |  Ambulatory EHR for Faculty Practices  |  FY2026",
    blocks=[
        ("letterhead", "Harlan Crest Health Technology Services, Inc.",
         ["A subsidiary of Harlan Crest University", "servicedesk@hchts.example"]),
        ("title", "Service Description: Ambulatory EHR for Faculty Practice Departments"),
        ("h", "Overview"),
        ("p", "Harlan Crest Health Technology Services, Inc. (HCHTS) resells and supports the enterprise "
              "ambulatory EHR and professional billing system used by the University's faculty practice plan. "
              "Clinical departments (for example Family Medicine, Psychiatry and Rehabilitation Sciences) sign "
              "this Service Description through their department administrator."),
        ("h", "What HCHTS provides"),
        ("bullets", [
            "Licences for the EHR and professional billing applications, hosted in the University data centre.",
            "Help desk, 7 a.m. to 7 p.m., and after-hours on-call support for clinical outages.",
            "Build and maintenance of department templates, order sets and fee schedules.",
            "Annual code-set loads (CPT, HCPCS Level II, ICD-10-CM) each January and October.",
        ]),
        ("h", "Chargeback to departments"),
        ("table", [
            ["Component", "FY2026 rate"],
            ["Workstation and printer support", "$28.00 per workstation per month"],
            ["Provider EHR access", "$210.00 per billing provider per month"],
            ["Template build beyond standard", "$85.00 per hour"],
            ["Code-set content, including CPT", "not charged back"],
        ], {"widths": [5, 4]}),
        ("h", "Code-set licensing"),
        ("p", "HCHTS holds a distribution agreement with the American Medical Association covering CPT content in "
              "the EHR and billing system for all faculty practice users. The royalties for every participating "
              "department's users are paid centrally by HCHTS from its operating budget and are not charged back "
              "to departments. Departments must not load CPT content from other sources into the system."),
        ("h", "Department responsibilities"),
        ("bullets", [
            "Name a department administrator and a clinical champion.",
            "Approve user access requests and remove access for departing staff promptly.",
            "Complete required privacy training for all users.",
        ]),
        ("h", "Approval"),
        ("sig", [("Harlan Crest Health Technology Services, Inc.", "Cyrus Whitford", "Director, Ambulatory Applications"),
                 ("Department of Rehabilitation Sciences", "Dr. Noor Castellanos", "Department Administrator")]),
    ],
)

# ---------------------------------------------------------------------------
add(
    key="dental_medical_support_included",
    vendor="Molarline Systems, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    description="Dental-plus-medical cross-coding product FAQ stating that the vendor is an authorized AMA "
                "distributor and the CPT royalty is included in the annual support fee, while a separate $89 CDT "
                "update fee applies.",
    font="Helvetica", size=9.5, footer="Molarline MedX  |  Licensing FAQ  |  2025",
    blocks=[
        ("letterhead", "Molarline Systems, Inc.", ["Molarline MedX - medical billing for dental practices",
                                                   "support@molarline.example"]),
        ("title", "MedX Code Content: Frequently Asked Questions"),
        ("p", "MedX adds medical claim tools to the Molarline dental practice system so that sleep apnea "
              "appliances, oral surgery, trauma and biopsies can be billed to medical insurers."),
        ("qa", [
            ("Which code sets are in MedX?",
             "CPT for medical procedures, ICD-10-CM for diagnoses, HCPCS Level II for appliances and supplies, and "
             "the CDT codes you already use for dental claims, with a crosswalk between CDT and CPT."),
            ("Do I pay for the CPT codes?",
             "No separate amount. Molarline is an authorized distributor of CPT content under its agreement with "
             "the American Medical Association, and the AMA royalty for every MedX user is included in the MedX "
             "annual support fee of $1,200 per office."),
            ("What about the dental codes?",
             "CDT is licensed separately from its copyright owner. The yearly CDT update is a separate $89 per "
             "office per year, just as it is for the base Molarline system."),
            ("Are ICD-10-CM and HCPCS codes extra?",
             "No. They come from public federal releases and are loaded at no cost."),
            ("Can my staff print code lists for the front desk?",
             "Please don't. The CPT sublicence lets your team use the codes inside MedX only."),
            ("What happens if I stop MedX?",
             "Medical claim history stays readable, but new CPT updates stop and the CPT sublicence ends."),
        ]),
        ("tiny", "CPT is a registered trademark of the American Medical Association."),
    ],
)
