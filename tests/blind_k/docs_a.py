from boiler import (B, C, FN, H1, H2, H3, HR, KV, MONO, N, P, PB, Q, R, SIG, SP, T,
                    confidentiality, hipaa, law, liability, misc, payment, support, term, warranty)

DOCS = []

# ------------------------------------------------------------------ order form, ruled table
DOCS.append(dict(
    key="orderform-lanternfield-ehr-pm",
    theme="modern",
    title="Lanternfield Order Form LF-2025-0418",
    vendor="Lanternfield Health Systems, Inc.",
    coverage="pass_through",
    fee=(19.50, "provider", "year"),
    desc="EHR/PM order form (ruled price table): separate 'AMA CPT content license' line at $19.50 per provider "
         "per year; per-provider/per-user subscription prices and a HCPCS II module are traps.",
    footer="Lanternfield Health Systems, Inc. | Order Form LF-2025-0418 | Confidential",
    blocks=[
        H1("ORDER FORM  LF-2025-0418"),
        P("<b>Lanternfield Health Systems, Inc.</b> &nbsp;|&nbsp; 1180 Cannery Row Parkway, Suite 500, Portland, OR 97209"),
        KV([("Customer", "Alder Creek Internal Medicine, PLLC"),
            ("Billing address", "77 Fenwick Avenue, Salem, OR 97301"),
            ("Order date", "March 3, 2025"),
            ("Subscription start", "April 1, 2025"),
            ("Order term", "36 months from the subscription start"),
            ("Account executive", "R. Castellanos")]),
        P("This Order Form is placed under, and is governed by, the Lanternfield Master Subscription Agreement "
          "between Lanternfield Health Systems, Inc. (\"Lanternfield\") and the Customer named above (the \"MSA\"). "
          "Words with initial capitals have the meanings given to them in the MSA. If this Order Form conflicts "
          "with the MSA, this Order Form controls for the items ordered here."),
        H3("1. Items ordered"),
        T([["Item", "Qty", "Pricing unit", "Unit price", "First-year total"],
           ["Lanternfield EHR + PM, Professional tier", "4", "provider / month", "$349.00", "$16,752.00"],
           ["Non-provider staff seats", "9", "user / month", "$35.00", "$3,780.00"],
           ["Patient portal and appointment reminders", "1", "organization / month", "$120.00", "$1,440.00"],
           ["HCPCS Level II reference module", "13", "user / year", "$9.00", "$117.00"],
           ["AMA CPT\u00ae content license (sublicense)", "4", "provider / year", "$19.50", "$78.00"],
           ["Implementation and data migration", "1", "one-time", "$2,500.00", "$2,500.00"],
           ["", "", "", "Total", "$24,667.00"]],
          widths=[0.40, 0.07, 0.19, 0.14, 0.20], right=(1, 3, 4), boldlast=True),
        H3("2. Notes to the price table"),
        N("2.1", "The <b>CPT content license</b> line is the sublicense of the American Medical Association's Current "
                 "Procedural Terminology that Lanternfield embeds in its charge-capture, order-entry and claim screens. "
                 "It is counted per rendering provider and invoiced once each calendar year (for 2025, on the first "
                 "invoice after the subscription start), and it follows the royalty the AMA sets for the year."),
        N("2.2", "Subscription prices are fixed for the first twelve months. On each anniversary Lanternfield may raise "
                 "them by up to five percent (5%) on sixty days' written notice. That cap does not apply to the CPT "
                 "content license line, which changes only when the AMA's royalty changes."),
        N("2.3", "HCPCS Level II codes are a public federal code set; the reference module fee pays for Lanternfield's "
                 "lay descriptions, supply crosswalks and quarterly update service, not for the codes themselves."),
        N("2.4", "Additional providers or staff seats may be added at the unit prices above, prorated to the next "
                 "anniversary. Seats may be reduced only at an anniversary."),
        H3("3. Billing"),
        P("Recurring fees are invoiced annually in advance, starting on the subscription start date. Invoices are "
          "payable within thirty (30) days. The implementation fee is invoiced on signature. Prices exclude "
          "applicable taxes."),
        H3("4. Acceptance"),
        P("By signing below, each party agrees to this Order Form and to the MSA. This Order Form is not binding on "
          "Lanternfield until countersigned."),
        SIG(("LANTERNFIELD HEALTH SYSTEMS, INC.", None), ("ALDER CREEK INTERNAL MEDICINE, PLLC", "Dr. Helen Maas")),
    ]))

# ------------------------------------------------------------------ SaaS terms of service, vendor pays royalty
DOCS.append(dict(
    key="tos-silverline-peds",
    theme="web",
    title="Silverline Pediatric EHR - Terms of Service",
    vendor="Silverline Pediatric EHR, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="SaaS terms of service: vendor states it holds an AMA distribution licence and pays the royalties, which "
         "are part of the subscription; no separate CPT charge. $289/provider/month is the subscription, not a CPT fee.",
    footer="silverlinepeds.example/legal/terms",
    blocks=[
        H1("Terms of Service"),
        P("<i>Last updated: May 2, 2025</i>"),
        P("These terms are a contract between the practice that signs up (\"you\") and Silverline Pediatric EHR, Inc. "
          "(\"Silverline\", \"we\", \"us\"). They apply to the Silverline web application, mobile apps and "
          "related support (together, the \"Service\"). By creating an account or clicking \"I agree\" you accept "
          "them on behalf of your practice."),
        H3("1. Your account"),
        P("You choose an administrator who manages logins for your staff. Each login belongs to one person; shared "
          "logins are not allowed. You are responsible for what happens under your logins and for removing access "
          "for staff who leave."),
        H3("2. Acceptable use"),
        P("Use the Service only to run your own pediatric practice in the United States. Don't try to break its "
          "security, scrape it, resell it, or use it to store content that you have no right to store."),
        H3("3. Fees"),
        P("Your plan is priced at $289 per provider per month, billed monthly, plus any add-ons on your order page. "
          "Support staff logins are unlimited. We may change list prices for future terms on 60 days' notice."),
        *payment("", "Silverline", "you", variant=1),
        H3("4. Code sets and clinical content"),
        N("4.1", "The Service contains Current Procedural Terminology (CPT\u00ae), which is owned by the American "
                 "Medical Association (AMA). Silverline is party to a distribution license agreement with the AMA. "
                 "Under that agreement we pay the AMA the royalties due for every person who uses CPT through the "
                 "Service, and those royalties are part of what your subscription fee pays for. We do not add a "
                 "separate CPT or AMA charge to your invoice."),
        N("4.2", "We grant you, for the length of your subscription, a non-exclusive, non-transferable sublicense to "
                 "use CPT only inside the Service, for your practice's internal purposes. You may print CPT content "
                 "only as part of claims, superbills and patient records produced by the Service."),
        N("4.3", "CPT only \u00a9 2024 American Medical Association. All rights reserved. Fee schedules, relative "
                 "value units, conversion factors and related components are not assigned by the AMA; they form "
                 "no part of CPT and carry no AMA recommendation. The AMA does not directly or indirectly practice "
                 "medicine, and it gives no clinical advice through the Service."),
        N("4.4", "Vaccine and drug content comes from our licensed partners and is also included in your plan."),
        *hipaa("5", "Silverline", "you", variant=1),
        *term("6", "Silverline", "you", variant=1),
        *warranty("7", "Silverline", "you", variant=1),
        *liability("8", "Silverline", "you", variant=1),
        *law("9", state="Tennessee", variant=0),
        P("Questions about these terms: legal@silverlinepeds.example, or write to Silverline Pediatric EHR, Inc., "
          "4100 Charlotte Avenue, Nashville, TN 37209."),
    ]))

# ------------------------------------------------------------------ EULA, customer must load own CPT
DOCS.append(dict(
    key="eula-foxglove-clinic-manager",
    theme="legal",
    title="Foxglove Clinic Manager End User License Agreement",
    vendor="Foxglove Medical Software, Inc.",
    coverage="customer_must_license",
    fee=None,
    desc="On-premise PM software EULA: software ships without CPT; licensee must obtain its own AMA (or "
         "distributor) licence for every user and import the data file; indemnity for unlicensed use.",
    footer="Foxglove EULA v7.1 (rev. 2024-11)",
    hf_font="Times-Roman",
    blocks=[
        C("<b>FOXGLOVE CLINIC MANAGER</b><br/>END USER LICENSE AGREEMENT"),
        SP(4),
        P("THIS END USER LICENSE AGREEMENT (this \"Agreement\") is made between Foxglove Medical Software, Inc., a "
          "Minnesota corporation (\"Foxglove\"), and the person or entity that installs or uses the Software "
          "(\"Licensee\"). BY INSTALLING, COPYING OR USING THE SOFTWARE, LICENSEE AGREES TO BE BOUND BY THIS "
          "AGREEMENT. IF LICENSEE DOES NOT AGREE, IT MUST NOT INSTALL OR USE THE SOFTWARE."),
        H3("1. Definitions"),
        P("\"Software\" means the Foxglove Clinic Manager practice management program in object code, together with "
          "updates Foxglove provides under a current maintenance plan. \"Workstation\" means a single computer on "
          "which the client component is installed. \"Documentation\" means the user guides Foxglove publishes for "
          "the Software."),
        H3("2. License Grant"),
        P("Subject to Licensee's payment of the license and maintenance fees stated on Foxglove's invoice, Foxglove "
          "grants Licensee a perpetual, non-exclusive, non-transferable license to install the server component on "
          "one server and the client component on the number of Workstations purchased, and to use the Software for "
          "Licensee's internal business purposes only."),
        H3("3. Restrictions"),
        P("Licensee shall not (a) reverse engineer, decompile or disassemble the Software except to the extent "
          "applicable law expressly permits; (b) rent, lease or provide the Software on a service-bureau basis; "
          "(c) remove proprietary notices; or (d) use the Software to process data for any entity other than "
          "Licensee."),
        H3("4. Code Sets Not Included"),
        N("4.1", "The Software is delivered without Current Procedural Terminology (\"CPT\") content. Foxglove does not "
                 "distribute CPT and holds no license from the American Medical Association (\"AMA\") that extends to "
                 "Licensee or its personnel."),
        N("4.2", "Licensee shall obtain, at its own expense, a license from the AMA, or from a distributor authorized by "
                 "the AMA, covering every individual who will access, or rely on output containing, CPT in the "
                 "Software, and shall load the licensed CPT data file using the import utility described in the "
                 "Documentation. Licensee shall renew that license for each annual release it uses."),
        N("4.3", "Licensee shall indemnify and hold Foxglove harmless from any claim by the AMA or any other person "
                 "arising from Licensee's use of CPT without a valid license."),
        N("4.4", "ICD-10-CM and HCPCS Level II tables supplied with the Software are derived from files published by "
                 "the U.S. government and may be used without separate charge."),
        H3("5. Maintenance"),
        P("Maintenance, if purchased, includes bug fixes, regulatory updates to claim formats, and telephone support "
          "during business hours. Maintenance renews annually at Foxglove's then-current rate unless cancelled in "
          "writing thirty (30) days before renewal."),
        *warranty("6", "Foxglove", "Licensee", variant=0),
        *liability("7", "Foxglove", "Licensee", variant=1),
        H3("8. Termination"),
        P("This Agreement terminates automatically if Licensee breaches Section 3 or Section 4 and does not cure the "
          "breach within fifteen (15) days after notice. On termination Licensee shall uninstall the Software and "
          "destroy all copies."),
        *law("9", state="Minnesota", variant=2),
    ]))

# ------------------------------------------------------------------ dental, CDT only (trap: CDT fee)
DOCS.append(dict(
    key="dental-pearlstone-subscription",
    theme="modern",
    title="Pearlstone Dental Cloud Subscription Agreement",
    vendor="Pearlstone Dental Software, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Dental practice-management subscription: only CDT (ADA) codes, with a CDT code update fee of $15 per "
         "dentist per year; CPT is never mentioned, so CPT licensing is not addressed (CDT fee is a trap).",
    footer="Pearlstone Dental Software, Inc. - Subscription Agreement - Form PDS-SA-3",
    blocks=[
        H1("Pearlstone Dental Cloud"),
        H2("Subscription Agreement and Order"),
        KV([("Practice", "Brightsmile Family Dentistry, P.C. (2 locations, 3 dentists, 4 hygienists)"),
            ("Effective date", "September 15, 2025"),
            ("Vendor", "Pearlstone Dental Software, Inc., 901 Cumberland Way, Raleigh, NC 27603")]),
        H3("1. What you are buying"),
        P("Pearlstone Dental Cloud is a hosted practice-management and charting system for dental offices: "
          "scheduling, perio and restorative charting, treatment plans, imaging bridge, patient statements, "
          "insurance claims on the ADA Dental Claim Form and electronic 837D, and reporting."),
        H3("2. Fees"),
        T([["Item", "Basis", "Price"],
           ["Pearlstone Dental Cloud", "per location per month", "$399.00"],
           ["Imaging bridge", "per location per month", "$49.00"],
           ["E-claims and eligibility", "per location per month", "$65.00"],
           ["CDT\u00ae Code Update Fee", "per dentist per year", "$15.00"],
           ["Data conversion from prior system", "one-time", "$1,500.00"]],
          widths=[0.45, 0.33, 0.22], right=(2,)),
        P("The CDT Code Update Fee covers Pearlstone's license from the American Dental Association for the Code on "
          "Dental Procedures and Nomenclature and the annual update, which is installed automatically each January. "
          "It is invoiced with the first monthly invoice of each year."),
        H3("3. Intellectual property notices"),
        P("CDT is a registered trademark of the American Dental Association. The Code on Dental Procedures and "
          "Nomenclature is \u00a9 American Dental Association. All rights reserved. The ADA Dental Claim Form is "
          "reproduced under license."),
        *payment("4", "Pearlstone", "Practice", variant=0),
        *support("5", "Pearlstone", "Practice", variant=0),
        *hipaa("6", "Pearlstone", "Practice", variant=0),
        *term("7", "Pearlstone", "Practice", variant=0, months=24),
        *liability("8", "Pearlstone", "Practice", variant=0),
        *law("9", state="North Carolina", variant=0),
        SIG(("PEARLSTONE DENTAL SOFTWARE, INC.", None), ("BRIGHTSMILE FAMILY DENTISTRY, P.C.", None)),
    ]))

# ------------------------------------------------------------------ MSA, third-party content may carry fees
DOCS.append(dict(
    key="msa-goldcrest-thirdparty",
    theme="legal_sans",
    title="Goldcrest Medical Cloud Master Services Agreement",
    vendor="Goldcrest Medical Cloud, Inc.",
    coverage="unclear",
    fee=None,
    desc="Hosted EHR MSA: names CPT as third-party content that 'may be subject to additional fees as determined "
         "from time to time'; never says whether Goldcrest pays, charges, or the customer must license.",
    footer="Goldcrest MSA 2025.1",
    blocks=[
        H1("Master Services Agreement"),
        P("This Master Services Agreement (the \"Agreement\") is entered into as of June 30, 2025 (the \"Effective "
          "Date\") by and between Goldcrest Medical Cloud, Inc., a Colorado corporation (\"Goldcrest\"), and "
          "Pikes Valley Family Practice, LLC (\"Customer\")."),
        H3("1. Services"),
        P("Goldcrest will provide Customer with access to the Goldcrest hosted electronic health record and practice "
          "management platform and the related implementation, training and support services described in one or "
          "more order forms executed by the parties (each, an \"Order\"). Each Order is incorporated into this "
          "Agreement."),
        H3("2. Customer Responsibilities"),
        P("Customer is responsible for the accuracy of the data its users enter, for maintaining the confidentiality "
          "of user credentials, for its users' compliance with this Agreement, and for obtaining all consents "
          "necessary for Goldcrest to process patient information as contemplated here."),
        H3("3. Fees"),
        P("Customer shall pay the fees set out in each Order. Unless an Order states otherwise, subscription fees are "
          "charged per Provider per month, and implementation fees are charged on a time-and-materials basis at the "
          "rates in the Order."),
        *payment("", "Goldcrest", "Customer", variant=0),
        H3("4. Third-Party Content"),
        N("4.1", "The Services may make available content, code sets and data owned by third parties, including the "
                 "Current Procedural Terminology (CPT\u00ae) code set of the American Medical Association, drug "
                 "databases and clinical decision support rules (\"Third-Party Content\")."),
        N("4.2", "Customer's use of Third-Party Content is subject to the terms imposed by the respective owners, "
                 "which Goldcrest will make available on request. Third-Party Content may be subject to additional "
                 "fees as determined from time to time."),
        N("4.3", "Goldcrest may modify or withdraw any Third-Party Content if its agreement with the owner changes or "
                 "ends."),
        *confidentiality("5", "Goldcrest", "Customer", variant=0),
        *hipaa("6", "Goldcrest", "Customer", variant=0),
        *term("7", "Goldcrest", "Customer", variant=2, months=36),
        *liability("8", "Goldcrest", "Customer", variant=0),
        *law("9", state="Colorado", variant=1),
        SIG(("GOLDCREST MEDICAL CLOUD, INC.", None), ("PIKES VALLEY FAMILY PRACTICE, LLC", None)),
    ]))

# ------------------------------------------------------------------ help-centre FAQ, royalty + processing
DOCS.append(dict(
    key="faq-copperleaf-annual-fee",
    theme="web",
    title="Copperleaf Help Centre - The annual CPT fee",
    vendor="Copperleaf Therapy Software LLC",
    coverage="pass_through",
    fee=(21.00, "provider", "year"),
    desc="Help-centre FAQ: annual CPT fee of $21.00 per clinician ($18.50 AMA royalty + $2.50 administration "
         "charge; labelled as the sum); $39-$99 plan prices and expected increases are traps.",
    footer="help.copperleaf.example  >  Billing & Account",
    blocks=[
        P("<font size='8' color='#555555'>Copperleaf Help Centre  \u203a  Billing &amp; Account  \u203a  Fees</font>"),
        H1("The annual CPT\u00ae fee: questions and answers"),
        P("<i>Updated 14 October 2025 \u00b7 6 min read</i>"),
        Q("What is the CPT fee on my invoice?",
          "Copperleaf puts the American Medical Association's CPT codes into your progress notes, superbills and "
          "claims. The AMA charges a royalty for each clinician who works in software that contains those codes. "
          "We collect that royalty from your practice and pay it over to the AMA."),
        Q("How much is it?",
          "For the 2026 calendar year the fee is <b>$21.00 per clinician</b>. That figure is made up of the AMA "
          "royalty of $18.50 and a $2.50 administration charge that pays for our user reporting to the AMA and for "
          "card processing."),
        Q("When will I be charged?",
          "On your first invoice dated on or after January 1. If you activate another clinician later in the year, "
          "the fee for that clinician appears on the next monthly invoice. We don't prorate it."),
        Q("Are admins, billers and schedulers charged?",
          "No. Only team members with the Clinician role are counted. A practice owner who has no caseload, your "
          "biller and your front-desk staff are not included."),
        Q("Can I pay the AMA myself instead?",
          "Not for use inside Copperleaf. The AMA licenses us as a distributor, so the royalty for CPT inside our "
          "software has to come through us. A licence you buy from the AMA for some other purpose doesn't replace it."),
        Q("Will the fee go up?",
          "The AMA has raised its royalty in past years, usually by about fifty cents at a time. If the amount "
          "changes we'll email account owners at least 30 days before the January invoice."),
        Q("I don't bill insurance. Do I still pay?",
          "If CPT codes appear anywhere in a clinician's notes or superbills, yes. If a clinician never uses them, "
          "an account owner can switch CPT off for that person under Settings \u203a Team \u203a Codes before "
          "December 15, and they won't be charged."),
        Q("Does this change my plan price?",
          "No. Your plan (Solo $39, Group $69 or Practice+ $99 per clinician per month) is billed separately and is "
          "not affected."),
        HR(),
        FN("Copperleaf is a product of Copperleaf Therapy Software LLC, 410 Larch Street, Suite 300, Boise, ID 83702. "
           "CPT is a registered trademark of the American Medical Association. Was this article helpful? "
           "Yes \u00b7 No"),
    ]))

# ------------------------------------------------------------------ sales order, CPT line $0 included
DOCS.append(dict(
    key="salesorder-dunmore-urgentflow",
    theme="modern",
    title="Dunmore Sales Order SO-55019",
    vendor="Dunmore Health Technologies, Inc.",
    coverage="vendor_covers",
    fee=None,
    desc="Urgent-care EHR sales order: 'CPT content license - included - $0.00' line plus a term saying Dunmore "
         "pays the royalty inside the per-user price; $65/user/month and 3% escalator are traps.",
    header="DUNMORE HEALTH TECHNOLOGIES, INC. - SALES ORDER",
    blocks=[
        H1("Sales Order SO-55019"),
        KV([("Seller", "Dunmore Health Technologies, Inc., 3300 Ridgeline Drive, Columbus, OH 43219"),
            ("Customer", "Greenfield Urgent Care, LLC, 15 Depot Street, Greenfield, OH 45123"),
            ("Order date", "11 February 2026"),
            ("Order term", "1 March 2026 - 28 February 2029")]),
        T([["Product / service", "Qty", "Unit", "Price", "Annual amount"],
           ["Dunmore UrgentFlow EHR/PM", "18", "named user / month", "$65.00", "$14,040.00"],
           ["Self check-in kiosk licences", "2", "kiosk / month", "$40.00", "$960.00"],
           ["CPT\u00ae content license", "-", "included", "$0.00", "$0.00"],
           ["ICD-10-CM and HCPCS II content", "-", "included", "$0.00", "$0.00"],
           ["Lab interface build", "1", "one-time", "$1,800.00", "$1,800.00"],
           ["", "", "", "Year 1 total", "$16,800.00"]],
          widths=[0.38, 0.07, 0.22, 0.14, 0.19], right=(1, 3, 4), boldlast=True),
        H3("Order terms"),
        N("1.", "<b>Governing terms.</b> This Sales Order is subject to the Dunmore Customer Agreement v5 (the "
                "\"Customer Agreement\"), which the Customer has accepted."),
        N("2.", "<b>CPT.</b> Dunmore is an AMA-authorized distributor of Current Procedural Terminology. The royalty "
                "due to the American Medical Association for the CPT content embedded in UrgentFlow is paid by "
                "Dunmore and is reflected in the per-user price above. No CPT royalty, content fee or similar charge "
                "will be invoiced to Customer during the order term. Customer's use of CPT is subject to the end-user "
                "terms in Exhibit C of the Customer Agreement."),
        N("3.", "<b>Named users.</b> A named user is an individual with a UrgentFlow login. Logins may be reassigned "
                "when an employee leaves but may not be shared."),
        N("4.", "<b>Price changes.</b> Per-user and kiosk pricing increases by three percent (3%) on each anniversary "
                "of the order term start."),
        N("5.", "<b>Invoicing.</b> Recurring charges are invoiced quarterly in advance; the interface build is "
                "invoiced on completion. Payment is due net 30."),
        N("6.", "<b>Cancellation.</b> This Sales Order may not be cancelled for convenience during the order term. "
                "Customer may reduce named users by up to 15% at each anniversary."),
        SIG(("DUNMORE HEALTH TECHNOLOGIES, INC.", None), ("GREENFIELD URGENT CARE, LLC", None)),
    ]))

# ------------------------------------------------------------------ amendment replacing fee (dated)
DOCS.append(dict(
    key="amendment2-meridale-royalty",
    theme="legal",
    title="Second Amendment - Meridale Master Software License and Services Agreement",
    vendor="Meridale Practice Solutions Corp.",
    coverage="pass_through",
    fee=(18.75, "user", "year"),
    desc="Second amendment (effective 2025-01-01) replacing the CPT Royalty Charge of $16.00 with $18.75 per "
         "Authorized User per calendar year; the old figure and the $1,185 maintenance fee are traps.",
    hf_font="Times-Roman",
    blocks=[
        C("<b>SECOND AMENDMENT TO<br/>MASTER SOFTWARE LICENSE AND SERVICES AGREEMENT</b>"),
        SP(4),
        P("This Second Amendment (this \"Amendment\") is made as of December 9, 2024 and is effective as of January 1, "
          "2025 (the \"Amendment Effective Date\"), by and between <b>Meridale Practice Solutions Corp.</b>, a "
          "Pennsylvania corporation (\"Meridale\"), and <b>Riverbend Orthopaedic Associates, P.A.</b> (\"Client\")."),
        H3("RECITALS"),
        P("A. Meridale and Client are parties to a Master Software License and Services Agreement dated June 15, 2021, "
          "as amended by a First Amendment dated September 1, 2022 (as so amended, the \"Agreement\")."),
        P("B. Section 6.4 of the Agreement, as added by the First Amendment, requires Client to pay Meridale a CPT "
          "Royalty Charge of sixteen dollars ($16.00) per Authorized User per calendar year, being the royalty "
          "Meridale owes the American Medical Association for Client's use of CPT within the Licensed Software."),
        P("C. The royalty payable to the American Medical Association has increased, and the parties wish to amend "
          "the Agreement as set forth below."),
        P("NOW, THEREFORE, in consideration of the mutual promises herein, the parties agree as follows:"),
        N("1.", "<b>Replacement of Section 6.4.</b> Section 6.4 of the Agreement is deleted in its entirety and "
                "replaced with the following:"),
        P("\"6.4 <i>CPT Royalty Charge.</i> Meridale shall invoice Client, and Client shall pay, a CPT Royalty Charge "
          "of eighteen dollars and seventy-five cents ($18.75) per Authorized User for each calendar year. The charge "
          "shall be invoiced in January of each year on the basis of the number of Authorized Users active on the "
          "preceding December 15. Authorized Users added after that date shall be invoiced at the same rate in the "
          "month after activation, without proration.\"", style="a"),
        N("2.", "<b>Authorized Users.</b> For clarity, \"Authorized User\" has the meaning given in Section 1 of the "
                "Agreement and includes every individual issued credentials to the Licensed Software, including "
                "billing, coding and front-desk personnel, whether or not such individual renders clinical services."),
        N("3.", "<b>Maintenance Fee.</b> The Annual Software Maintenance Fee set forth in Exhibit A is increased from "
                "$1,140.00 to $1,185.00 per Authorized User, effective as of the Amendment Effective Date."),
        N("4.", "<b>Reporting.</b> Client consents to Meridale reporting Client's name and Authorized User count to "
                "the American Medical Association as required by Meridale's distribution agreement."),
        N("5.", "<b>Effect.</b> Except as expressly amended hereby, the Agreement remains unmodified and in full force "
                "and effect. In the event of conflict between this Amendment and the Agreement, this Amendment shall "
                "control. Capitalized terms not defined herein have the meanings given in the Agreement."),
        N("6.", "<b>Counterparts.</b> This Amendment may be executed in counterparts and by electronic signature."),
        P("IN WITNESS WHEREOF, the parties have caused this Amendment to be executed by their duly authorized "
          "representatives."),
        SIG(("MERIDALE PRACTICE SOLUTIONS CORP.", "Gordon Pryce"), ("RIVERBEND ORTHOPAEDIC ASSOCIATES, P.A.", None)),
    ]))

# ------------------------------------------------------------------ billing service; practice = "Provider"; must license
DOCS.append(dict(
    key="rcm-summerhill-provider-license",
    theme="modern",
    title="Summerhill Claims Management Revenue Cycle Services Agreement",
    vendor="Summerhill Claims Management, LLC",
    coverage="customer_must_license",
    fee=None,
    desc="Billing-service agreement in which the practice is called 'Provider': Provider must, at its own expense, "
         "hold the AMA licence for its PM system, which Summerhill staff use under Provider's licence.",
    footer="Summerhill Claims Management, LLC - RCSA (2025)",
    blocks=[
        H1("Revenue Cycle Services Agreement"),
        P("This Revenue Cycle Services Agreement (\"Agreement\") is dated April 14, 2025 and is between "
          "<b>Summerhill Claims Management, LLC</b>, a Georgia limited liability company (\"Summerhill\"), and "
          "<b>Magnolia Pulmonary &amp; Sleep, P.C.</b> (\"Provider\")."),
        H3("1. Engagement"),
        P("Provider engages Summerhill to perform the revenue cycle services in Section 2 for professional services "
          "rendered by Provider's physicians and advanced practice clinicians. Summerhill accepts the engagement as "
          "an independent contractor."),
        H3("2. Services"),
        B(["Charge entry from encounter forms and documents made available in Provider's practice management system;",
           "claim scrubbing and electronic submission through Provider's clearinghouse account;",
           "payment posting of ERAs and paper EOBs, and monthly reconciliation;",
           "denial management, appeals and follow-up on unpaid claims older than 30 days;",
           "patient statement runs twice monthly and a patient billing help line;",
           "monthly reporting: collections, A/R aging, denial trends and payer mix."]),
        H3("3. Provider responsibilities"),
        P("Provider will give Summerhill remote access to its practice management system, forward payer "
          "correspondence within five business days, keep documentation complete and timely, and remain "
          "responsible for the codes selected by its clinicians."),
        H3("4. Compensation"),
        P("Provider shall pay Summerhill four and nine-tenths percent (4.9%) of Net Collections each month, subject to "
          "a minimum monthly fee of $750. \"Net Collections\" means payments received on Provider's accounts, less "
          "refunds and recoupments. Summerhill will invoice by the 10th of each month for the prior month."),
        H3("5. Systems and licenses"),
        N("5.1", "Summerhill will perform the Services inside Provider's practice management system and will not "
                 "maintain a separate billing system for Provider."),
        N("5.2", "Provider shall, at Provider's expense, obtain and maintain all licenses required for the use of "
                 "Current Procedural Terminology (CPT\u00ae) by Provider's personnel and systems, including any "
                 "license required by the American Medical Association for users of Provider's practice management "
                 "system, and such license shall extend to the Summerhill personnel who access that system on "
                 "Provider's behalf."),
        N("5.3", "Summerhill personnel will access CPT only within Provider's system and under Provider's license, "
                 "and Summerhill will give Provider, on request, the names of its staff assigned to Provider's "
                 "account so that Provider can include them in its user count."),
        *hipaa("6", "Summerhill", "Provider", variant=0),
        *term("7", "Summerhill", "Provider", variant=0, months=12),
        *confidentiality("8", "Summerhill", "Provider", variant=2),
        *law("9", state="Georgia", variant=2),
        SIG(("SUMMERHILL CLAIMS MANAGEMENT, LLC", None), ("MAGNOLIA PULMONARY & SLEEP, P.C.", None)),
    ]))

# ------------------------------------------------------------------ CPT = cost per transaction
DOCS.append(dict(
    key="merchant-ledgerline-cpt-cost",
    theme="legal_sans",
    title="Ledgerline Payments Merchant Processing Agreement (Healthcare)",
    vendor="Ledgerline Payments, Inc.",
    coverage="not_addressed",
    fee=None,
    desc="Card-processing agreement for a clinic where 'CPT' is defined as 'cost per transaction'; nothing to "
         "do with AMA codes, so CPT licensing is not addressed (CPT fee figures are traps).",
    footer="Ledgerline Payments, Inc. - MPA-HC rev. 9",
    blocks=[
        H1("Merchant Processing Agreement"),
        P("<i>Healthcare Program \u2014 Schedule of Fees included</i>"),
        P("This Merchant Processing Agreement is entered into on July 7, 2025 between Ledgerline Payments, Inc., a "
          "registered independent sales organization sponsored by its member bank (\"Ledgerline\"), and Sunridge "
          "Dermatology Group, LLC (\"Merchant\"). Merchant accepts patient payments in its offices, through its "
          "patient portal and by phone."),
        H3("1. Definitions"),
        P("\"Card\" means a credit, debit, prepaid, HSA or FSA card bearing the mark of a card network. "
          "\"Discount Rate\" means the percentage of each settled transaction amount shown in Schedule 1. "
          "\"<b>CPT</b>\" means <b>cost per transaction</b>, the fixed per-item fee shown in Schedule 1 that is "
          "charged in addition to the Discount Rate for each authorization, sale, refund or ACH debit. "
          "\"Chargeback\" means a reversal of a transaction initiated by a cardholder or issuer."),
        H3("2. Services"),
        P("Ledgerline will authorize, capture and settle Card and ACH transactions submitted by Merchant, provide a "
          "virtual terminal and two countertop terminals, and deposit settled funds to Merchant's designated account "
          "on the next business day, net of fees unless Merchant elects monthly fee billing."),
        H3("Schedule 1 \u2014 Fees"),
        T([["Transaction type", "Discount Rate", "CPT"],
           ["Card present (chip / contactless)", "2.49%", "$0.10"],
           ["Card not present (portal, phone)", "2.89%", "$0.25"],
           ["HSA / FSA cards", "2.49%", "$0.10"],
           ["ACH debit", "-", "$0.45"],
           ["Refund", "-", "$0.10"]],
          widths=[0.5, 0.25, 0.25], right=(1, 2)),
        P("Other fees: chargeback $15.00 each; monthly statement and PCI program fee $12.95; terminal rental "
          "$18.00 per terminal per month. Merchant may request a CPT review once per year; Ledgerline will lower "
          "the CPT by $0.02 if Merchant's average monthly transaction count exceeds 1,500."),
        H3("3. Merchant obligations"),
        P("Merchant shall comply with card network rules, shall not surcharge HSA or FSA cards, shall keep "
          "transaction records for at least two years, and shall maintain PCI DSS compliance. Merchant shall not "
          "store full card numbers outside Ledgerline's tokenized vault."),
        H3("4. Reserve"),
        P("If Merchant's chargeback ratio exceeds 1% in any month, Ledgerline may hold a reserve of up to 5% of "
          "daily settlements for ninety days."),
        *term("5", "Ledgerline", "Merchant", variant=0, months=36),
        *liability("6", "Ledgerline", "Merchant", variant=1),
        *law("7", state="Arizona", variant=0),
    ]))
