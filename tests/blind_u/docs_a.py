"""Documents in which the vendor charges the practice a separate CPT fee."""
import sys

sys.dont_write_bytecode = True

from common import Kit, colors, fee, flat, inch


# ---------------------------------------------------------------------------
def pt_faq_bh():
    v = "Quietwater Behavioral Software, LLC"
    k = Kit("sans", size=9.5)
    s = flat(
        k.small("Help Centre  &gt;  Billing &amp; Account  &gt;  Fees and Charges"),
        k.h1("Understanding the annual AMA fee on your Quietwater invoice"),
        k.small("Article 2291  |  Updated 3 November 2025  |  Applies to: "
                "Quietwater Practice (Solo, Group and Group Plus plans)"),
        k.hr(),
        k.p("Quietwater Practice gives your clinicians the full Current "
            "Procedural Terminology (CPT&reg;) code set for progress notes, "
            "superbills and insurance claims. CPT is owned by the American "
            "Medical Association, and the AMA requires every software company "
            "that embeds the codes to pay it a royalty for each clinician who "
            "uses them. Starting with the 2026 calendar year, Quietwater will "
            "show that royalty as its own line on your invoice instead of "
            "absorbing it."),
        k.h2("How much is it?"),
        k.p("The charge is <b>$20.00 per clinician for each calendar year</b>. "
            "Of that, $18.50 is the royalty the AMA charges us and $1.50 is a "
            "processing fee that covers our reporting and remittance costs. "
            "The fee is not prorated: a clinician who joins in October is "
            "charged the same annual amount as one who started in January."),
        k.h2("When will I be charged?"),
        k.p("The annual AMA fee is billed on your first invoice of each year. "
            "If you add a clinician later in the year, that clinician's fee "
            "appears on your next monthly invoice after the profile is "
            "activated."),
        k.h2("Who counts as a clinician?"),
        k.p("Anyone with an active clinician profile who can be selected as "
            "the rendering provider on an appointment. Practice owners who do "
            "not see clients, schedulers, billers and front-desk staff do not "
            "need a clinician profile and are not charged. Supervisees and "
            "pre-licensed clinicians who render services under supervision "
            "do count, because CPT codes are attached to their sessions."),
        k.h2("I only see private-pay clients. Do I still pay?"),
        k.p("If a clinician never uses CPT codes, an account owner can switch "
            "off <i>CPT Code Access</i> under Settings &gt; Team &gt; Clinician "
            "details before 31 December. With access switched off the clinician "
            "can only use custom service codes, which most insurers will not "
            "accept, and no AMA fee is charged for that clinician."),
        k.h2("Can I pay the AMA myself instead?"),
        k.p("Not for use inside Quietwater. Because the codes are delivered "
            "through our software, the AMA collects the royalty from us. For "
            "comparison only: an organisation that licenses CPT directly from "
            "the AMA for its own internal systems pays the AMA's entity fee "
            "(currently $82.50) plus $18.50 per user for the 2026 release, and "
            "that licence would not replace the royalty due for Quietwater."),
        k.h2("Will the fee go up?"),
        k.p("The AMA has historically raised its per-user royalty by about "
            "$0.50 a year. We will email account owners at least 30 days before "
            "any change to the annual AMA fee takes effect. Our $1.50 "
            "processing portion is fixed through 2027."),
        k.h2("Is sales tax added?"),
        k.p("Not at present. If your state begins to treat the fee as taxable "
            "we will add the applicable tax and tell you in advance."),
        k.h2("I use another billing tool as well. Will they charge me too?"),
        k.p("Possibly. The AMA licenses CPT per product, so each system that "
            "displays or relies on the codes is licensed separately. We cannot "
            "speak for other vendors' pricing."),
        k.hr(),
        k.small("Related articles: Turning CPT Code Access on or off for a "
                "clinician  |  Reading your monthly invoice  |  Quietwater "
                "pricing plans"),
        k.small("Quietwater Behavioral Software, LLC  |  help.quietwater.example"
                "  |  CPT&reg; is a registered trademark of the American "
                "Medical Association."),
    )
    return dict(
        key="pt_faq_bh", vendor=v, coverage="pass_through",
        fee=fee(20.0, "provider", "year"), kit=k, story=s,
        title="Understanding the annual AMA fee",
        footer="Quietwater Help Centre", paper="a4",
        description="Help-centre article from a behavioural-health EHR "
        "announcing a separate annual AMA fee of $20 per clinician ($18.50 "
        "royalty + $1.50 processing); the AMA direct rate and the expected "
        "$0.50 rise are context only.")


# ---------------------------------------------------------------------------
def pt_saas_codesets():
    v = "Harrowgate Clinical Systems, Inc."
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("SUBSCRIPTION SERVICES AGREEMENT", center=True),
        k.center("Harrowgate Clinical Systems, Inc. &mdash; Standard Terms "
                 "(Version 7.2)"),
        k.sp(6),
        k.p("This Subscription Services Agreement (the \"Agreement\") is entered "
            "into as of the Effective Date stated on the first Order Form by "
            "Harrowgate Clinical Systems, Inc., a Delaware corporation with "
            "offices at 4400 Kilbride Parkway, Suite 210, Orland Ridge, "
            "Minnesota (\"Harrowgate\"), and the customer identified on that "
            "Order Form (\"Customer\")."),
        k.h3("1. Definitions"),
        k.p("\"Named User\" means an individual employee or contractor of "
            "Customer who is issued log-in credentials for the Service. A Named "
            "User credential may not be shared and may be reassigned no more "
            "than once per calendar quarter. \"Order Form\" means an ordering "
            "document signed by both parties that references this Agreement. "
            "\"Service\" means Harrowgate's hosted electronic health record and "
            "practice management application described in the Order Form. "
            "\"Third-Party Content\" means data, code sets, drug compendia and "
            "other material owned by third parties that Harrowgate makes "
            "available through the Service."),
        k.h3("2. The Service"),
        k.p("2.1 Subject to this Agreement, Harrowgate grants Customer a "
            "non-exclusive, non-transferable right during the Subscription Term "
            "for its Named Users to access and use the Service for Customer's "
            "internal business purposes in the United States. 2.2 Harrowgate "
            "will provide support in accordance with its Support Policy and "
            "will use commercially reasonable efforts to make the Service "
            "available 99.5% of each calendar month, excluding scheduled "
            "maintenance."),
        k.h3("3. Fees and Payment"),
        k.p("3.1 <i>Subscription Fees.</i> Customer shall pay the subscription "
            "fees set out in each Order Form, which are quoted per Named User "
            "per month (the list price for the Professional edition is $129.00 "
            "per Named User per month) and are invoiced monthly in advance. "
            "3.2 <i>Payment.</i> Invoices are due within thirty (30) days. "
            "Late amounts bear interest at 1% per month or the highest lawful "
            "rate, if lower. 3.3 <i>Price adjustments.</i> After the initial "
            "Subscription Term, Harrowgate may increase Subscription Fees on "
            "renewal by not more than five percent (5%) per year on sixty (60) "
            "days' written notice. 3.4 <i>Taxes.</i> Fees exclude taxes, which "
            "Customer shall pay other than taxes on Harrowgate's income."),
        k.h3("4. Customer Data"),
        k.p("Customer owns Customer Data. Harrowgate will process Customer Data "
            "only to provide the Service and as described in the Business "
            "Associate Agreement attached as Exhibit B, which controls as to "
            "protected health information."),
        k.h3("5. Confidentiality"),
        k.p("Each party shall protect the other's Confidential Information "
            "with at least the care it uses for its own similar information, "
            "and in no event less than reasonable care, and shall use it only "
            "to perform under this Agreement."),
        k.h3("6. Warranties"),
        k.p("Harrowgate warrants that the Service will perform materially in "
            "accordance with the Documentation. Customer's exclusive remedy for "
            "breach of this warranty is re-performance or, failing that, a "
            "refund of prepaid fees for the non-conforming portion."),
        k.h3("7. Third-Party Content and Code Sets"),
        k.p("7.1 <i>CPT.</i> The Service incorporates Current Procedural "
            "Terminology (\"CPT\"), which is copyrighted by the American Medical "
            "Association (\"AMA\"). Harrowgate is a party to a distribution "
            "license agreement with the AMA and, subject to Customer's "
            "compliance with Exhibit C (CPT End User Terms), grants Customer a "
            "non-exclusive, non-transferable sublicense to use CPT solely "
            "within the Service for Customer's internal purposes."),
        k.p("7.2 <i>CPT Royalty Fee.</i> In consideration of the sublicense in "
            "Section 7.1, Customer shall pay Harrowgate a CPT royalty fee of "
            "$19.50 per Named User per Contract Year (the \"CPT Royalty Fee\"). "
            "The CPT Royalty Fee is separate from, and in addition to, the "
            "Subscription Fees and is invoiced annually in advance on the "
            "Effective Date and each anniversary of it. Named Users added during "
            "a Contract Year are invoiced the full CPT Royalty Fee on the next "
            "monthly invoice."),
        k.p("7.3 <i>Changes in AMA royalties.</i> If the AMA increases the "
            "royalty it charges Harrowgate, Harrowgate may increase the CPT "
            "Royalty Fee on sixty (60) days' written notice by an amount not "
            "exceeding the AMA increase. The cap in Section 3.3 does not apply "
            "to such an adjustment."),
        k.p("7.4 <i>Other code sets.</i> ICD-10-CM, ICD-10-PCS and HCPCS Level "
            "II files published by the Centers for Medicare &amp; Medicaid "
            "Services are provided without additional charge. The drug "
            "database is licensed from its publisher under the terms in the "
            "Documentation."),
        k.p("7.5 <i>Reporting.</i> Customer consents to Harrowgate reporting "
            "Customer's name and Named User count to the AMA as required by "
            "Harrowgate's distribution license, and agrees that the AMA may "
            "audit such counts."),
        k.h3("8. Term and Termination"),
        k.p("The initial Subscription Term is stated in the Order Form and "
            "renews for successive one-year terms unless either party gives "
            "notice of non-renewal at least ninety (90) days before the end of "
            "the then-current term. Either party may terminate for material "
            "breach not cured within thirty (30) days of notice. The sublicense "
            "in Section 7.1 ends automatically when this Agreement ends or when "
            "Harrowgate's agreement with the AMA ends, whichever is earlier."),
        k.h3("9. Limitation of Liability"),
        k.p("EXCEPT FOR BREACH OF SECTION 5 OR A PARTY'S INDEMNITY OBLIGATIONS, "
            "NEITHER PARTY'S AGGREGATE LIABILITY SHALL EXCEED THE FEES PAID OR "
            "PAYABLE BY CUSTOMER IN THE TWELVE (12) MONTHS PRECEDING THE EVENT "
            "GIVING RISE TO THE CLAIM, AND NEITHER PARTY SHALL BE LIABLE FOR "
            "INDIRECT, CONSEQUENTIAL OR PUNITIVE DAMAGES."),
        k.h3("10. General"),
        k.p("This Agreement is governed by the laws of the State of Minnesota. "
            "Notices must be in writing and sent to the addresses in the Order "
            "Form, with a copy of notices to Harrowgate to "
            "legal@harrowgate.example. This Agreement, its Exhibits and all "
            "Order Forms form the entire agreement of the parties on its "
            "subject matter."),
        k.h3("Exhibit C &mdash; CPT End User Terms (summary)"),
        k.p("Customer may not copy, distribute, publish or create derivative "
            "works of CPT, or make it available to any subsidiary, affiliate or "
            "other legal entity. CPT is provided \"as is\". The AMA does not "
            "practise medicine or dispense medical services, and fee "
            "schedules, relative value units and conversion factors are not "
            "assigned by the AMA and do not form part of CPT. U.S. Government "
            "end users receive CPT with restricted rights as described in the "
            "applicable FAR and DFARS provisions. CPT copyright 2025 American "
            "Medical Association. All rights reserved."),
    )
    return dict(
        key="pt_saas_codesets", vendor=v, coverage="pass_through",
        fee=fee(19.5, "user", "year"), kit=k, story=s,
        title="Subscription Services Agreement",
        footer="Harrowgate Clinical Systems - Subscription Services Agreement v7.2",
        description="SaaS subscription agreement whose Code Sets section "
        "sublicenses CPT for a separate CPT Royalty Fee of $19.50 per Named "
        "User per Contract Year; the $129 per-user monthly subscription price "
        "and the 5% renewal cap are distractors.")


# ---------------------------------------------------------------------------
def pt_order_um():
    v = "Tollbridge Health Technologies Corp."
    k = Kit("sans", size=9)
    rows = [
        ["Line", "Description", "Qty", "Unit", "Unit price", "Ext. price"],
        ["1", "Tollbridge PM Platform - Professional tier", "12", "user / mo",
         "$89.00", "$1,068.00"],
        ["2", "Clearinghouse connectivity (837P/835/270-271)", "1",
         "practice / mo", "$150.00", "$150.00"],
        ["3", "AMA CPT&reg; License", "12", "user / mo", "$1.75", "$21.00"],
        ["4", "Patient statements (print &amp; mail)", "est. 900", "statement",
         "$0.62", "usage"],
        ["5", "Electronic claims in excess of 1,500 per month", "-", "claim",
         "$0.19", "usage"],
        ["6", "Implementation and data conversion", "1", "one-time",
         "$2,400.00", "$2,400.00"],
        ["7", "Remote training (6 sessions)", "1", "one-time", "$600.00",
         "$600.00"],
        ["", "Monthly recurring (lines 1-3)", "", "", "", "$1,239.00"],
        ["", "One-time (lines 6-7)", "", "", "", "$3,000.00"],
    ]
    s = flat(
        k.letterhead("Tollbridge Health Technologies Corp.",
                     ["1180 Cordell Avenue, 5th Floor, Wexley, Ohio",
                      "sales@tollbridge.example  |  www.tollbridge.example"]),
        k.table([["<b>ORDER FORM</b>", "Quote Q-2025-0419"],
                 ["Customer: Pine Hollow Internal Medicine, LLC",
                  "Issued: 14 October 2025"],
                 ["Bill-to contact: Darlene Ochs, Practice Administrator",
                  "Valid until: 13 December 2025"],
                 ["Initial term: 36 months from Go-Live",
                  "Sales rep: Marcus Feld"]],
                widths=[4.0 * inch, 2.7 * inch], ruled="none", header=False),
        k.sp(8),
        k.table(rows, widths=[0.4 * inch, 2.9 * inch, 0.6 * inch,
                              1.0 * inch, 0.85 * inch, 0.95 * inch],
                ruled="grid", right_cols=(4, 5), total_rows=2),
        k.sp(6),
        k.h3("Notes"),
        k.bullets([
            "Recurring fees begin on the Go-Live date and are invoiced monthly "
            "in advance. Usage items are invoiced monthly in arrears.",
            "Line 3 covers the CPT&reg; content embedded in the PM Platform. It "
            "is charged for each named user on the account in each month and "
            "is remitted to the American Medical Association under "
            "Tollbridge's distribution agreement. It is not included in the "
            "Line 1 subscription price.",
            "User counts may be increased at any time; Lines 1 and 3 adjust "
            "from the following invoice. Decreases take effect at the next "
            "anniversary of Go-Live.",
            "Clearinghouse connectivity includes up to 1,500 electronic claims "
            "per month; see Line 5 for additional claims.",
            "Pricing excludes applicable sales tax.",
        ], kind="num"),
        k.p("This Order Form is governed by the Tollbridge Master Subscription "
            "Terms at www.tollbridge.example/terms (version dated 1 July 2025), "
            "which are incorporated by reference."),
        k.sig(["<b>Tollbridge Health Technologies Corp.</b>",
               "Signature: ______________________", "Name: Marcus Feld",
               "Title: Regional Sales Director", "Date: ________"],
              ["<b>Pine Hollow Internal Medicine, LLC</b>",
               "Signature: ______________________", "Name: Darlene Ochs",
               "Title: Practice Administrator", "Date: ________"]),
    )
    return dict(
        key="pt_order_um", vendor=v, coverage="pass_through",
        fee=fee(1.75, "user", "month"), kit=k, story=s,
        title="Order Form Q-2025-0419", footer="Tollbridge - Confidential",
        description="PM order form with a ruled price table whose AMA CPT "
        "License row is $1.75 per user per month for 12 users; the $21.00 "
        "extended price and the $89 per-user subscription are not the fee.")


# ---------------------------------------------------------------------------
def pt_invoice_pm():
    v = "Ostrander Revenue Cloud, Inc."
    k = Kit("sans", size=9)
    lines = [
        ["Description", "Qty", "Rate", "Amount"],
        ["Ostrander RCM subscription - provider seats (Oct 2025)", "4",
         "$249.00", "$996.00"],
        ["Electronic claims submitted", "612", "$0.28", "$171.36"],
        ["Electronic remittance (ERA) posting", "588", "included", "$0.00"],
        ["Real-time eligibility inquiries", "410", "$0.10", "$41.00"],
        ["CPT code license pass-through - rendering providers (Oct 2025)", "4",
         "$2.10", "$8.40"],
        ["Paper claim drop-to-print", "9", "$0.85", "$7.65"],
        ["Subtotal", "", "", "$1,224.41"],
        ["Sales tax (6.0% on subscription)", "", "", "$59.76"],
        ["Total due", "", "", "$1,284.17"],
    ]
    s = flat(
        k.table([["<b>Ostrander Revenue Cloud, Inc.</b><br/>"
                  "77 Quenby Street, Floor 3<br/>Harlow Falls, Pennsylvania"
                  "<br/>billing@ostrander.example",
                  "<b>INVOICE</b><br/>Invoice no. ORC-204418<br/>"
                  "Invoice date: 1 November 2025<br/>Service period: 1-31 "
                  "October 2025<br/>Terms: Net 15"]],
                widths=[3.6 * inch, 3.1 * inch], ruled="none", header=False),
        k.hr(),
        k.table([["<b>Bill to</b>", "<b>Account</b>"],
                 ["Eastbrook Podiatry Group, P.A.<br/>Attn: Accounts Payable"
                  "<br/>210 Lindell Road, Suite 4<br/>Carrow, Pennsylvania",
                  "Account no. 88-1031<br/>Customer since: March 2023<br/>"
                  "Payment method: ACH on file"]],
                widths=[3.6 * inch, 3.1 * inch], ruled="none", header=True,
                shade=False),
        k.sp(6),
        k.table(lines, widths=[4.0 * inch, 0.6 * inch, 0.9 * inch,
                               1.2 * inch], ruled="lines",
                right_cols=(1, 2, 3), total_rows=3),
        k.sp(8),
        k.small("Rates are those in your Services Agreement dated 6 March 2023, "
                "as amended. The CPT code license pass-through is charged for "
                "each active rendering provider in each monthly service period "
                "under Section 5.2 of that agreement and is remitted to the "
                "American Medical Association's authorized distributor. Claims "
                "and eligibility volumes are taken from the clearinghouse "
                "ledger as of 23:59 on the last day of the service period."),
        k.small("Questions about this invoice? Email billing@ostrander.example "
                "or call the number on your account page. Please quote the "
                "invoice number with any payment made outside ACH."),
        k.sp(10),
        k.table([["Previous balance", "$1,271.18"],
                 ["Payment received 14 Oct 2025 - thank you", "($1,271.18)"],
                 ["Current charges", "$1,284.17"],
                 ["Balance due by 16 November 2025", "$1,284.17"]],
                widths=[4.6 * inch, 2.1 * inch], ruled="box", header=False,
                right_cols=(1,)),
    )
    return dict(
        key="pt_invoice_pm", vendor=v, coverage="pass_through",
        fee=fee(2.1, "provider", "month"), kit=k, story=s,
        title="Invoice ORC-204418", footer="Ostrander Revenue Cloud",
        description="Monthly RCM invoice with a CPT code license pass-through "
        "line of $2.10 per rendering provider for the monthly service period, "
        "among per-claim, eligibility and seat charges.")


# ---------------------------------------------------------------------------
def pt_loc_year():
    v = "Brightwell Practice Solutions, L.P."
    k = Kit("serif", size=10)
    rows = [
        ["Fee item", "Basis", "Amount"],
        ["Platform subscription", "per Provider per month", "$310.00"],
        ["Practice Location setup", "per Practice Location, one-time",
         "$500.00"],
        ["Additional database environment (test)", "per month", "$75.00"],
        ["Interface maintenance", "per live interface per month", "$95.00"],
        ["Statement processing", "per patient statement", "$0.58"],
    ]
    s = flat(
        k.center("<b>SCHEDULE 2</b>"),
        k.center("<b>FEES, BILLING AND CODE CONTENT CHARGES</b>"),
        k.center("to the Practice Management Services Agreement between "
                 "Brightwell Practice Solutions, L.P. and Coldwater "
                 "Orthopaedic Associates, PLLC dated 2 June 2025"),
        k.sp(8),
        k.p("<b>1. Recurring and one-time fees.</b> Client shall pay the fees "
            "below. Monthly fees are invoiced in advance on the first day of "
            "each month. One-time fees are invoiced on signature."),
        k.table(rows, widths=[2.8 * inch, 2.5 * inch, 1.3 * inch],
                ruled="lines", right_cols=(2,)),
        k.sp(6),
        k.p("<b>2. Practice Locations.</b> A \"Practice Location\" is each "
            "physical site, identified by a separate service-facility address, "
            "at which Client's personnel use the Platform. Client has four (4) "
            "Practice Locations on the Effective Date: Coldwater Main, Ridgeway "
            "Surgery Center, Fenner Street, and the Harmon Clinic satellite."),
        k.p("<b>3. Code content charges.</b> The Platform includes CPT&reg; "
            "content that Brightwell distributes under its license from the "
            "American Medical Association. Brightwell does not absorb the "
            "associated royalty. Accordingly, Client shall pay, for each "
            "Practice Location, an AMA royalty allocation of $80.00 per "
            "calendar year. Client shall also pay a license administration "
            "fee of $15.00 per Practice Location per calendar year, which "
            "covers Brightwell's user reporting to the AMA and its annual code "
            "file loading. Both amounts are invoiced together each January, "
            "and for a Practice Location added during the year, on the next "
            "monthly invoice, without proration."),
        k.p("<b>4. Code sets without charge.</b> ICD-10-CM diagnosis codes and "
            "HCPCS Level II codes are loaded from the public federal files "
            "without charge. National Drug Codes are supplied with the "
            "e-prescribing interface."),
        k.p("<b>5. Adjustments.</b> Brightwell may adjust the Platform "
            "subscription once per Contract Year by no more than the "
            "percentage change in the Consumer Price Index (All Urban "
            "Consumers) for the preceding twelve months. The AMA royalty "
            "allocation in Section 3 tracks the AMA's rates and may change "
            "when those rates change, on sixty days' notice."),
        k.p("<b>6. Disputed invoices.</b> Client must notify Brightwell of any "
            "disputed amount within thirty (30) days of the invoice date and "
            "pay the undisputed portion when due. The parties shall work in "
            "good faith to resolve the dispute within thirty days of notice."),
        k.p("<b>7. Relationship to the Agreement.</b> Capitalised terms not "
            "defined in this Schedule have the meanings given in the "
            "Agreement. If this Schedule conflicts with the body of the "
            "Agreement as to fees, this Schedule controls."),
        k.sp(10),
        k.sig(["BRIGHTWELL PRACTICE SOLUTIONS, L.P.",
               "By its general partner, Brightwell GP, LLC",
               "By: ____________________", "Name: Renata Solis",
               "Title: Chief Operating Officer"],
              ["COLDWATER ORTHOPAEDIC ASSOCIATES, PLLC", "",
               "By: ____________________", "Name: Dr. Alan Petrakis",
               "Title: Managing Member"]),
    )
    return dict(
        key="pt_loc_year", vendor=v, coverage="pass_through",
        fee=fee(95.0, "location", "year"), kit=k, story=s,
        title="Schedule 2 - Fees", footer="Brightwell PMSA - Schedule 2",
        description="Fee schedule that charges, per Practice Location per "
        "calendar year, an $80 AMA royalty allocation plus a $15 licence "
        "administration fee (total $95, never summed in the text); the "
        "per-provider subscription and one-time location setup are distractors.")


# ---------------------------------------------------------------------------
def pt_loc_month():
    v = "Kestrel Intake Systems, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.letterhead("KESTREL INTAKE SYSTEMS",
                     ["Kestrel Intake Systems, Inc.  |  2 Fallow Court, "
                      "Brennard, Colorado  |  hello@kestrelintake.example"]),
        k.h2("Proposal and Order: Check-in Tablets and Patient Estimates"),
        k.p("Prepared for: Juniper Flats Family Clinic, P.C. (attn. Omar "
            "Haddad, Operations Manager)<br/>Proposal date: 9 September 2025"
            "<br/>Locations in scope: 3 (North, Central, Airport Road)"),
        k.sp(6),
        k.table([
            ["What you get", "How it's priced", "Price"],
            ["Kestrel Check-in software (intake forms, consents, card capture)",
             "per location, monthly", "$139.00"],
            ["Patient cost estimates with procedure descriptions",
             "per location, monthly", "$59.00"],
            ["CPT descriptor display licence (AMA content shown in "
             "estimates and on the check-in receipt)",
             "per location, monthly", "$8.00"],
            ["Tablet lease incl. stand and case", "per tablet, monthly",
             "$45.00"],
            ["Card reader", "per device, one-time", "$129.00"],
            ["Onboarding (remote)", "one-time", "$750.00"],
        ], widths=[3.4 * inch, 1.7 * inch, 1.4 * inch], ruled="none",
            right_cols=(2,)),
        k.hr(),
        k.p("<b>Your monthly total</b> for 3 locations and 6 tablets comes to "
            "$888.00 ($139 + $59 + $8 for each location, plus $45 for each "
            "tablet). One-time charges: $750 onboarding and $258 for two card "
            "readers."),
        k.h3("A few things to know"),
        k.bullets([
            "Patient estimates show the CPT code and a plain-language "
            "description of each expected service. Those descriptions are AMA "
            "content. Kestrel is an AMA-authorised distributor and charges the "
            "descriptor licence above to cover the AMA royalty and our "
            "reporting; it is billed with your monthly subscription for each "
            "location where estimates are switched on.",
            "If you switch estimates off at a location, the estimates fee and "
            "the descriptor licence stop from the next month.",
            "Eligibility checks run through your existing clearinghouse; we "
            "don't charge per check.",
            "Subscription prices are held for 24 months, then may rise by up "
            "to 4% a year.",
        ]),
        k.p("By signing below you agree to this order and to the Kestrel "
            "Customer Terms at kestrelintake.example/terms, including the CPT "
            "end-user terms in Appendix 1 of those terms."),
        k.sig(["For Kestrel Intake Systems, Inc.",
               "______________________", "Priya Nandakumar, Account Executive"],
              ["For Juniper Flats Family Clinic, P.C.",
               "______________________", "Omar Haddad, Operations Manager"]),
    )
    return dict(
        key="pt_loc_month", vendor=v, coverage="pass_through",
        fee=fee(8.0, "location", "month"), kit=k, story=s,
        title="Kestrel proposal and order", footer="Kestrel Intake Systems",
        description="Plain-language proposal for check-in tablets with an "
        "unruled price table charging a CPT descriptor display licence of $8 "
        "per location per month, alongside software, estimate and tablet-lease "
        "prices.")


# ---------------------------------------------------------------------------
def pt_billing_org():
    v = "Meridale Revenue Partners, LLC"
    k = Kit("serif", size=10, justify=True)
    s = flat(
        k.h1("MEDICAL BILLING SERVICES AGREEMENT", center=True),
        k.p("This Medical Billing Services Agreement (\"Agreement\") is made as "
            "of August 1, 2025 between <b>Meridale Revenue Partners, LLC</b>, a "
            "Georgia limited liability company (\"Company\"), and <b>Larkspur "
            "Women's Health, P.C.</b>, a Georgia professional corporation "
            "(\"Provider\")."),
        k.h3("RECITALS"),
        k.p("Provider is a medical practice that renders professional services "
            "to patients. Company provides billing, coding support and accounts "
            "receivable management using a practice management and claims "
            "platform that Company licenses from a third party (the "
            "\"Platform\"). Provider wishes to engage Company, and Company "
            "wishes to be engaged, on the terms below."),
        k.h3("1. Services"),
        k.p("1.1 Company shall (a) enter charges from encounter documentation "
            "supplied by Provider; (b) submit clean claims electronically "
            "within three business days of receipt of complete documentation; "
            "(c) post payments and adjustments; (d) work denials and unpaid "
            "claims older than thirty days; and (e) provide the monthly reports "
            "listed in Exhibit A. 1.2 Provider's personnel will be given "
            "read-only and charge-review access to the Platform. 1.3 Company "
            "does not select codes for Provider's services; Provider remains "
            "responsible for the accuracy of all diagnosis and procedure codes "
            "it documents."),
        k.h3("2. Provider Responsibilities"),
        k.p("Provider shall furnish complete and timely encounter information, "
            "demographic and insurance data, copies of payer correspondence, "
            "and prompt answers to coding queries. Provider shall maintain its "
            "own enrolment with payers and shall notify Company within five "
            "business days of any change in its tax identification number, "
            "NPI or payer contracts."),
        k.h3("3. Compensation"),
        k.p("3.1 <i>Percentage fee.</i> Provider shall pay Company six and "
            "one-half percent (6.5%) of Net Collections each month, subject to "
            "a monthly minimum of $750.00. \"Net Collections\" means all "
            "payments received on claims Company submitted, less refunds and "
            "recoupments. 3.2 <i>Patient statements.</i> $0.55 per statement "
            "mailed. 3.3 <i>Credentialing</i> is outside this Agreement and, if "
            "requested, is billed at $175.00 per payer application."),
        k.p("3.4 <i>CPT sublicense.</i> The Platform contains CPT&reg; codes and "
            "descriptors owned by the American Medical Association. Company's "
            "Platform licensor is an AMA-authorized distributor and charges "
            "Company a royalty for each client organization whose users access "
            "CPT in the Platform. Provider shall reimburse Company for that "
            "royalty at the rate of one hundred fifty dollars ($150.00) per "
            "Provider organization per calendar year, invoiced with the "
            "January statement (or, in the first year, with the first monthly "
            "statement). This reimbursement is in addition to the fees in "
            "Sections 3.1 through 3.3 and is not a percentage of collections."),
        k.p("3.5 <i>Invoicing.</i> Company will invoice by the tenth day of each "
            "month for the preceding month. Invoices are payable within fifteen "
            "days by ACH debit."),
        k.h3("4. Compliance"),
        k.p("Each party shall comply with HIPAA and the Business Associate "
            "Agreement attached as Exhibit B. Compensation under this Agreement "
            "is for administrative services only and is consistent with fair "
            "market value; Company shall not be compensated in a manner that "
            "would violate the reassignment rules of 42 C.F.R. 424.73 and "
            "424.80."),
        k.h3("5. Term and Termination"),
        k.p("The initial term is two years. Thereafter the Agreement renews "
            "for one-year terms unless either party gives ninety days' notice. "
            "On termination, Company will work claims submitted before the "
            "termination date for ninety days at the percentage fee, and will "
            "deliver Provider's data in a standard export format."),
        k.h3("6. Limitation of Liability; Insurance"),
        k.p("Company's total liability is limited to the fees paid in the "
            "twelve months before the claim. Company shall maintain errors and "
            "omissions insurance of at least $1,000,000 per claim."),
        k.h3("7. Miscellaneous"),
        k.p("This Agreement is governed by Georgia law. It may be amended only "
            "in a writing signed by both parties. Exhibits A and B are "
            "incorporated by reference."),
        k.sig(["MERIDALE REVENUE PARTNERS, LLC", "By: _____________________",
               "Jolene Abernathy-Cruz, Managing Director"],
              ["LARKSPUR WOMEN'S HEALTH, P.C.", "By: _____________________",
               "Teresa Olufemi, M.D., President"]),
    )
    return dict(
        key="pt_billing_org", vendor=v, coverage="pass_through",
        fee=fee(150.0, "organization", "year"), kit=k, story=s,
        title="Medical Billing Services Agreement",
        footer="Meridale / Larkspur - Billing Services Agreement",
        description="Billing-service agreement in which the practice is "
        "called 'Provider' and must reimburse the billing company's CPT "
        "sublicence royalty at $150 per Provider organization per calendar "
        "year; the 6.5% of collections and statement fees are not the fee.")


# ---------------------------------------------------------------------------
def pt_org_onetime():
    v = "Calder Benchmark Analytics, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.letterhead("Calder Benchmark Analytics",
                     ["Calder Benchmark Analytics, Inc.  |  310 Vireo Lane, "
                      "Suite 12, Ashcombe, Wisconsin  |  "
                      "participants@calderbench.example"]),
        k.h2("Participation Agreement - Ambulatory Surgery Benchmarking "
             "Program, 2026 Cohort"),
        k.kv([("Participant", "Sorensen Eye &amp; Laser Center, LLC"),
              ("Program", "ASC Efficiency and Outcomes Benchmark (quarterly "
               "reports, peer dashboards)"),
              ("Term", "1 January 2026 to 31 December 2027"),
              ("Account lead", "Natalie Brandt, nbrandt@calderbench.example")]),
        k.sp(6),
        k.h3("1. What Calder provides"),
        k.p("Calder receives de-identified case-level data from Participant "
            "each quarter, groups cases by procedure, and returns peer "
            "comparisons on turnover time, supply cost per case, and "
            "same-day transfer rates. Reports group cases by CPT&reg; code and "
            "display the AMA's short descriptors so that staff can recognise "
            "each procedure family."),
        k.h3("2. Fees"),
        k.table([
            ["Item", "When billed", "Amount"],
            ["Annual participation fee", "each January", "$3,600.00 per year"],
            ["Additional facility (same legal entity)", "each January",
             "$900.00 per year"],
            ["CPT content licence fee", "once, with first invoice",
             "$240.00 per Participating Organization"],
            ["Custom report request", "as ordered", "$150.00 per hour"],
        ], widths=[2.7 * inch, 1.7 * inch, 2.2 * inch], ruled="grid"),
        k.sp(4),
        k.p("The CPT content licence fee is a single, non-recurring charge "
            "that Calder collects to cover the AMA royalty and administration "
            "for the procedure descriptors displayed in Participant's reports "
            "for the whole Term. It is not refundable and is not charged again "
            "on renewal of the same Term. Participation fees may increase by "
            "up to 3% for the second year of the Term."),
        k.h3("3. Data and privacy"),
        k.p("Participant will submit only data that has been de-identified "
            "under 45 C.F.R. 164.514(b). Calder will not attempt to re-identify "
            "any individual and will use Participant's data only to produce "
            "benchmark reports and aggregate research findings in which no "
            "participant is named."),
        k.h3("4. Use of reports"),
        k.p("Reports are for Participant's internal quality and operations "
            "work. Participant may not publish or resell reports or the CPT "
            "descriptors in them, or share them with any other legal entity, "
            "including an affiliate, without Calder's written consent."),
        k.h3("5. General"),
        k.p("Either party may end this Agreement at the end of a calendar year "
            "on sixty days' written notice. Wisconsin law governs. This "
            "Agreement and Calder's Data Submission Guide are the whole "
            "agreement on this subject."),
        k.sig(["Calder Benchmark Analytics, Inc.", "Signed: ______________",
               "Natalie Brandt, Director, Participant Programs"],
              ["Sorensen Eye &amp; Laser Center, LLC", "Signed: ______________",
               "Marguerite Yoon, Administrator"]),
    )
    return dict(
        key="pt_org_onetime", vendor=v, coverage="pass_through",
        fee=fee(240.0, "organization", "one_time"), kit=k, story=s,
        title="Participation Agreement", footer="Calder Benchmark Analytics",
        description="Benchmarking-registry participation agreement charging a "
        "single non-recurring CPT content licence fee of $240 per "
        "Participating Organization for the whole term, beside $3,600 annual "
        "participation fees.")


# ---------------------------------------------------------------------------
def pt_words():
    v = "Pellham & Roarke Medical Software Company"
    k = Kit("serif", size=10.5, justify=True)
    s = flat(
        k.center("<b>SOFTWARE LICENSE AND SUPPORT AGREEMENT</b>"),
        k.center("between"),
        k.center("<b>PELLHAM &amp; ROARKE MEDICAL SOFTWARE COMPANY</b> "
                 "(\"Licensor\")"),
        k.center("and"),
        k.center("<b>THE GRISWOLD CLINIC OF NEUROLOGY, P.A.</b> (\"Licensee\")"),
        k.sp(8),
        k.p("WHEREAS Licensor has developed and owns certain computer programs "
            "for the documentation, scheduling and billing of physician "
            "services; and WHEREAS Licensee desires to obtain a license to use "
            "such programs on its own premises upon the terms and conditions "
            "hereinafter set forth; NOW, THEREFORE, in consideration of the "
            "mutual covenants herein contained, the parties agree as follows."),
        k.h3("ARTICLE I - DEFINITIONS"),
        k.p("Section 1.01. \"Licensed Programs\" means the object code of the "
            "programs listed in Appendix A together with all updates furnished "
            "hereunder. Section 1.02. \"Provider\" means each physician, nurse "
            "practitioner, physician assistant or other licensed professional "
            "who renders services billed by Licensee through the Licensed "
            "Programs. Section 1.03. \"Licensed Code Content\" means the "
            "edition of Current Procedural Terminology published by the "
            "American Medical Association that Licensor furnishes with the "
            "Licensed Programs, and each annual update thereof."),
        k.h3("ARTICLE II - GRANT OF LICENSE"),
        k.p("Section 2.01. Licensor hereby grants to Licensee a perpetual, "
            "non-exclusive and non-transferable license to install and use the "
            "Licensed Programs on servers located at Licensee's premises for "
            "Licensee's internal purposes. Section 2.02. Licensee shall not "
            "sublicense, rent, or operate the Licensed Programs as a service "
            "bureau for others."),
        k.h3("ARTICLE III - LICENSE FEES"),
        k.p("Section 3.01. In consideration of the license in Article II, "
            "Licensee shall pay the one-time license fees stated in Appendix A. "
            "Section 3.02. Such fees are earned upon delivery and are not "
            "refundable save as provided in Article VIII."),
        k.h3("ARTICLE IV - SUPPORT AND UPDATES"),
        k.p("Section 4.01. For so long as Licensee pays the annual support fee, "
            "which is equal to eighteen percent (18%) of the license fees then "
            "in effect, Licensor shall furnish telephone assistance during "
            "business hours, error corrections, and regulatory updates. "
            "Section 4.02. The support fee is payable annually in advance and "
            "may be increased by Licensor not more than once in any twelve "
            "month period, by not more than three percent (3%)."),
        k.h3("ARTICLE V - LICENSEE OBLIGATIONS"),
        k.p("Section 5.01. Licensee shall provide and maintain the hardware, "
            "operating system and database licenses specified in the "
            "Installation Guide, and shall perform daily backups of its data."),
        k.h3("ARTICLE VI - LICENSED CODE CONTENT"),
        k.p("Section 6.01. Licensor holds a license from the American Medical "
            "Association to distribute the Licensed Code Content with its "
            "software, and hereby sublicenses the Licensed Code Content to "
            "Licensee for use solely within the Licensed Programs, subject to "
            "the end-user provisions in Appendix C. References in this Article "
            "to Licensor are to Pellham & Roarke Medical Software Company in "
            "its capacity as such distributor."),
        k.p("Section 6.02. Licensee shall pay to Licensor, as a code content "
            "fee separate from and in addition to the fees under Articles III "
            "and IV, the sum of twenty-two dollars per Provider."),
        k.pb(),
        k.p("Section 6.03. The code content fee is payable for each calendar "
            "year in which a Provider renders services billed through the "
            "Licensed Programs, and shall be invoiced in January of each year "
            "upon the number of Providers reported by Licensee in the "
            "preceding December, with a reconciliation in the following "
            "January for Providers added during the year."),
        k.p("Section 6.04. Licensee shall, upon request, certify the number of "
            "Providers and of other individuals who use the Licensed Code "
            "Content, and consents to the disclosure of such counts to the "
            "American Medical Association."),
        k.h3("ARTICLE VII - WARRANTY"),
        k.p("Section 7.01. Licensor warrants for ninety days from installation "
            "that the Licensed Programs will conform substantially to their "
            "documentation. THE FOREGOING WARRANTY IS IN LIEU OF ALL OTHER "
            "WARRANTIES, EXPRESS OR IMPLIED, INCLUDING THE IMPLIED WARRANTIES "
            "OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE."),
        k.h3("ARTICLE VIII - TERM AND TERMINATION"),
        k.p("Section 8.01. The license in Article II continues until terminated "
            "by Licensee upon thirty days' written notice, or by Licensor upon "
            "Licensee's uncured material breach. Section 8.02. The sublicense "
            "in Article VI terminates automatically upon termination of "
            "Licensor's agreement with the American Medical Association, in "
            "which event Licensee may obtain a license directly."),
        k.h3("ARTICLE IX - MISCELLANEOUS"),
        k.p("Section 9.01. This Agreement shall be construed in accordance "
            "with the laws of the Commonwealth of Virginia. Section 9.02. No "
            "waiver of any provision shall be effective unless in writing. "
            "Section 9.03. This Agreement, with its Appendices, constitutes the "
            "entire agreement of the parties."),
        k.p("IN WITNESS WHEREOF, the parties have caused this Agreement to be "
            "executed by their duly authorized officers."),
        k.sig(["PELLHAM &amp; ROARKE MEDICAL SOFTWARE COMPANY",
               "By: ______________________", "Cornelius Roarke III, President",
               "Date: ___________"],
              ["THE GRISWOLD CLINIC OF NEUROLOGY, P.A.",
               "By: ______________________", "Helena Griswold, M.D., Secretary",
               "Date: ___________"]),
    )
    return dict(
        key="pt_words", vendor=v, coverage="pass_through",
        fee=fee(22.0, "provider", "year"), kit=k, story=s,
        title="Software License and Support Agreement",
        footer="Pellham & Roarke - Software License and Support Agreement",
        description="Very formal on-premises licence whose Article VI imposes a "
        "code content fee written only in words ('twenty-two dollars per "
        "Provider'), with the calendar-year period in the next section after "
        "a page break; the 18% support fee and 3% cap are distractors.")


# ---------------------------------------------------------------------------
def pt_defined_later():
    v = "Vantor Health Cloud, Inc."
    k = Kit("sans", size=9.5, justify=True)
    s = flat(
        k.h1("Vantor Health Cloud - Master Services Agreement"),
        k.small("Agreement no. VHC-MSA-3317  |  Customer: Redstone Pulmonary "
                "&amp; Sleep Medicine, LLC  |  Effective 1 December 2025"),
        k.hr(),
        k.h3("1. Definitions"),
        k.p("\"Authorized User\" means an individual whom Customer permits to "
            "access the Services under a unique credential, including "
            "clinicians, coders, billers, schedulers and anyone who runs "
            "reports containing procedure codes."),
        k.p("\"CPT Content\" means the Current Procedural Terminology codes, "
            "descriptors and guidelines of the American Medical Association "
            "(\"AMA\") as embedded in the Services."),
        k.p("\"CPT Content Fee\" means the fee for the sublicence of CPT Content "
            "set out in Schedule B."),
        k.p("\"Subscription Year\" means each twelve-month period beginning on "
            "the Effective Date or an anniversary of it."),
        k.p("\"Subscription Fees\" means the fees for the Services set out in "
            "Schedule A."),
        k.h3("2. Services"),
        k.p("2.1 Vantor will provide the cloud EHR, practice management and "
            "patient engagement services described in Schedule A. 2.2 Vantor "
            "will maintain the Services in accordance with the Service Level "
            "Addendum. 2.3 Customer is responsible for its own equipment, "
            "network connectivity and the conduct of its Authorized Users."),
        k.h3("3. Licences to Third-Party Content"),
        k.p("3.1 Vantor is an authorised distributor of CPT Content under an "
            "agreement with the AMA. Subject to payment of the CPT Content Fee, "
            "Vantor grants Customer a non-exclusive, non-transferable "
            "sublicence for its Authorized Users to use CPT Content within the "
            "Services for Customer's internal use in the United States. "
            "3.2 The end-user terms required by the AMA are set out in Schedule "
            "C and bind Customer and each Authorized User. 3.3 Customer shall "
            "report its Authorized User count to Vantor within fifteen days of "
            "a request and consents to Vantor sharing that count and "
            "Customer's name with the AMA."),
        k.h3("4. Fees"),
        k.p("4.1 Customer shall pay the Subscription Fees, the CPT Content Fee "
            "and any other fees stated in the Schedules. 4.2 Except as "
            "expressly stated otherwise in Schedule B, the Subscription Fees "
            "include hosting, support, upgrades and the third-party content "
            "that Vantor chooses to include in the Services. 4.3 Fees are "
            "payable in US dollars within thirty days of invoice and exclude "
            "taxes. 4.4 If a Schedule conflicts with the body of this "
            "Agreement on any matter of price, the Schedule controls."),
        k.h3("5. Term"),
        k.p("The initial term is three Subscription Years. It renews for "
            "further one-year periods unless either party gives notice at least "
            "sixty days before renewal."),
        k.h3("5A. Suspension"),
        k.p("Vantor may suspend access for any Authorized User whose use "
            "threatens the security or integrity of the Services, and may "
            "suspend the Services on ten days' notice if undisputed fees are "
            "more than forty-five days overdue. Vantor will restore access "
            "promptly once the cause is resolved."),
        k.h3("5B. Customer Data and Privacy"),
        k.p("As between the parties, Customer owns all Customer Data. Vantor "
            "processes protected health information only as a business "
            "associate under the Business Associate Agreement, which prevails "
            "over this Agreement on any question concerning protected health "
            "information. Vantor may use de-identified, aggregated data to "
            "operate and improve the Services but will not sell it. On "
            "termination Vantor will make Customer Data available for export "
            "for ninety days in industry-standard formats."),
        k.h3("5C. Support"),
        k.p("Vantor provides support by portal and telephone from 7:00 a.m. to "
            "7:00 p.m. Central Time on business days, with critical-severity "
            "coverage at all times. Response targets are set out in the Service "
            "Level Addendum; the credits described there are Customer's sole "
            "remedy for availability shortfalls."),
        k.h3("5D. Acceptable Use"),
        k.p("Customer shall not (a) resell or sublicense the Services; (b) "
            "reverse engineer them; (c) introduce malicious code; (d) use the "
            "Services to build a competing product; or (e) permit any person "
            "other than an Authorized User to access them. Customer is "
            "responsible for the acts and omissions of its Authorized Users."),
        k.h3("5E. Audit"),
        k.p("No more than once in any twelve-month period, on thirty days' "
            "notice, Vantor or a licensor of third-party content may verify "
            "Customer's Authorized User counts and compliance with Section 3. "
            "If an audit shows under-reporting, Customer shall pay the "
            "shortfall at the rates then in effect."),
        k.h3("6. Warranties and Disclaimers"),
        k.p("Vantor warrants that the Services will materially conform to the "
            "Documentation. CPT Content is supplied as is; the AMA makes no "
            "warranty about it and does not practise medicine. The AMA does "
            "not assign fee schedules, relative values or conversion factors."),
        k.h3("7. Indemnity"),
        k.p("Vantor will defend Customer against third-party claims that the "
            "Services, excluding third-party content, infringe a United States "
            "patent or copyright, and will pay any resulting award."),
        k.h3("8. Liability"),
        k.p("Each party's liability under this Agreement is capped at the "
            "amounts paid and payable by Customer in the twelve months before "
            "the claim arose. Neither party is liable for lost profits or "
            "indirect loss."),
        k.h3("9. General"),
        k.p("Delaware law governs. Notices to Vantor go to "
            "contracts@vantorhealth.example. Schedules A to C form part of this "
            "Agreement."),
        k.pb(),
        k.h2("Schedule A - Services and Subscription Fees"),
        k.table([
            ["Service", "Metric", "Fee"],
            ["Vantor EHR + PM (Specialty edition)", "per Provider per month",
             "$379.00"],
            ["Vantor Engage (portal, reminders, online intake)",
             "per Provider per month", "$49.00"],
            ["Sleep lab scheduling module", "per location per month", "$120.00"],
            ["Data migration from prior EHR", "one-time", "$4,500.00"],
        ], widths=[3.2 * inch, 1.9 * inch, 1.3 * inch], ruled="grid",
            right_cols=(2,)),
        k.p("Customer is subscribing for 6 Providers and 2 locations. "
            "Subscription Fees are invoiced monthly in advance."),
        k.sp(10),
        k.h2("Schedule B - Fees Outside the Subscription"),
        k.table([
            ["Item", "Metric", "Fee"],
            ["CPT Content Fee", "per Authorized User per Subscription Year",
             "$21.00"],
            ["Additional sandbox environment", "per month", "$200.00"],
            ["Custom interface build", "per interface, one-time", "$3,000.00"],
            ["After-hours go-live support", "per hour", "$180.00"],
        ], widths=[2.5 * inch, 2.6 * inch, 1.3 * inch], ruled="grid",
            right_cols=(2,)),
        k.p("The CPT Content Fee is invoiced at the start of each Subscription "
            "Year on the number of Authorized Users at that date, with a "
            "quarterly true-up for Authorized Users added later (no credit for "
            "removals). Vantor may change the CPT Content Fee once a year to "
            "reflect a change in the AMA's royalty, on sixty days' notice."),
        k.sp(10),
        k.h2("Schedule C - CPT End-User Terms"),
        k.p("Customer may use CPT Content only within the Services and only for "
            "its own internal purposes. Customer may not copy, distribute, "
            "translate or create works derived from CPT Content, or make it "
            "available to any other legal entity, including an affiliate. The "
            "sublicence ends when this Agreement ends or when Vantor's "
            "agreement with the AMA ends, unless Customer has entered into a "
            "licence directly with the AMA. U.S. Government rights in CPT "
            "Content are limited as provided in FAR 52.227-14 and DFARS "
            "252.227-7015. CPT copyright 2025 American Medical Association. "
            "All rights reserved. CPT is a registered trademark of the AMA."),
        k.sig(["Vantor Health Cloud, Inc.", "By: __________________",
               "Samuel Okonkwo, VP Commercial"],
              ["Redstone Pulmonary &amp; Sleep Medicine, LLC",
               "By: __________________", "Dr. Ingrid Halvorsen, CEO"]),
        k.pb(),
        k.h2("Service Level Addendum"),
        k.p("1. <b>Availability.</b> Vantor will make the production "
            "environment available 99.7% of the minutes in each calendar "
            "month, excluding Scheduled Maintenance and events outside "
            "Vantor's reasonable control. Scheduled Maintenance occurs between "
            "11:00 p.m. Saturday and 5:00 a.m. Sunday Central Time, with at "
            "least five days' notice for windows longer than two hours."),
        k.p("2. <b>Service credits.</b> If availability in a month falls below "
            "the target, Customer may request a credit against the next "
            "invoice for the Subscription Fees only, as follows:"),
        k.table([
            ["Monthly availability", "Credit (% of that month's Subscription "
             "Fees)"],
            ["99.0% to below 99.7%", "5%"],
            ["97.0% to below 99.0%", "10%"],
            ["below 97.0%", "20%"],
        ], widths=[2.6 * inch, 3.8 * inch], ruled="lines"),
        k.sp(4),
        k.p("Credits must be requested within thirty days after the end of the "
            "affected month. Credits do not apply to the CPT Content Fee or to "
            "any one-time fee, and are Customer's sole remedy for availability "
            "shortfalls."),
        k.p("3. <b>Support severity levels.</b>"),
        k.table([
            ["Severity", "Example", "Response target"],
            ["1 - Critical", "Services unavailable to all users; no "
             "workaround", "30 minutes, 24x7"],
            ["2 - High", "Major function (e.g., claims, scheduling) impaired",
             "2 business hours"],
            ["3 - Normal", "Function impaired with workaround",
             "1 business day"],
            ["4 - Low", "Question or cosmetic issue", "2 business days"],
        ], widths=[1.2 * inch, 3.4 * inch, 1.8 * inch], ruled="grid"),
        k.sp(4),
        k.p("4. <b>Backups and recovery.</b> Vantor takes encrypted backups of "
            "Customer Data at least every four hours and retains them for "
            "thirty-five days. Vantor's recovery point objective is four hours "
            "and its recovery time objective is twelve hours."),
        k.p("5. <b>Security incidents.</b> Vantor will notify Customer of any "
            "confirmed security incident affecting Customer Data without undue "
            "delay, and in any event within the time required by the Business "
            "Associate Agreement."),
        k.p("6. <b>Reporting.</b> On request, Vantor will provide a monthly "
            "availability report and a summary of Severity 1 and 2 tickets."),
    )
    return dict(
        key="pt_defined_later", vendor=v, coverage="pass_through",
        fee=fee(21.0, "user", "year"), kit=k, story=s,
        title="Master Services Agreement VHC-MSA-3317",
        footer="Vantor Health Cloud - MSA VHC-MSA-3317",
        description="Four-page MSA that defines a 'CPT Content Fee' on page 1 "
        "and prices it only in Schedule B two pages later at $21 per "
        "Authorized User per "
        "Subscription Year; the generic 'subscription includes third-party "
        "content' clause yields to the Schedule by its own terms.")


# ---------------------------------------------------------------------------
def pt_header_period():
    v = "Fennimore Therapy Software, Inc."
    k = Kit("sans", size=9)
    s = flat(
        k.letterhead("Fennimore Therapy Software",
                     ["Fennimore Therapy Software, Inc. - 95 Ostrow Street, "
                      "Tallis Bay, Oregon - quotes@fennimore.example"]),
        k.table([["Quote FTS-88120", "Prepared 2 December 2025"],
                 ["For: Bayard Physical Therapy &amp; Sports Rehab, Inc.",
                  "Contact: Lucia Ferrante, Clinic Director"],
                 ["Clinicians: 9 (7 PT, 2 PTA)", "Clinic sites: 2"]],
                widths=[3.6 * inch, 3.1 * inch], ruled="none", header=False),
        k.sp(6),
        k.table([
            ["Item", "Per Clinician", "Per Practice", "Notes"],
            ["Fennimore Documentation &amp; Scheduling", "$59.00", "-",
             "All clinicians incl. PTAs"],
            ["Billing &amp; claims module", "$22.00", "-", "Claims unlimited"],
            ["Outcomes module (patient-reported surveys)", "$12.00", "-",
             "Optional - declined"],
            ["CPT&reg; code licence (AMA)", "$1.60", "-",
             "Required if Billing module used"],
            ["Home exercise program library", "-", "$35.00", ""],
            ["Patient portal &amp; reminders", "-", "$49.00", ""],
            ["Onboarding package", "-", "$1,200.00", "One-time"],
        ], widths=[2.6 * inch, 1.0 * inch, 1.0 * inch, 2.1 * inch],
            ruled="grid", right_cols=(1, 2)),
        k.sp(4),
        k.small("Amounts in the Per Clinician column recur monthly and are "
                "billed in advance on the first business day of each month for "
                "every active clinician login. Amounts in the Per Practice "
                "column recur monthly unless marked one-time."),
        k.sp(6),
        k.h3("Estimated recurring charges"),
        k.table([
            ["", "Calculation", "Monthly"],
            ["Per Clinician items", "9 x ($59.00 + $22.00 + $1.60)", "$743.40"],
            ["Per Practice items", "$35.00 + $49.00", "$84.00"],
            ["Total recurring", "", "$827.40"],
        ], widths=[2.2 * inch, 3.0 * inch, 1.5 * inch], ruled="lines",
            right_cols=(2,), total_rows=1),
        k.sp(6),
        k.h3("About the CPT code licence"),
        k.p("CPT codes and descriptions are copyrighted by the American "
            "Medical Association. Fennimore distributes them under an AMA "
            "licence and passes the royalty through at cost plus a small "
            "handling amount, which is the figure shown above. Clinicians on "
            "documentation-only accounts that never attach CPT codes to a "
            "visit can be excluded on request."),
        k.h3("Terms"),
        k.p("Pricing is held for 12 months from go-live; renewals may increase "
            "by up to 6%. This quote is subject to the Fennimore Customer "
            "Agreement (fennimore.example/legal) and is valid for 30 days."),
        k.sig(["Accepted for Bayard Physical Therapy &amp; Sports Rehab, Inc.",
               "________________________  Date ________",
               "Lucia Ferrante, Clinic Director"],
              ["Fennimore Therapy Software, Inc.",
               "________________________  Date ________",
               "Graham Achterberg, Sales"]),
    )
    return dict(
        key="pt_header_period", vendor=v, coverage="pass_through",
        fee=fee(1.6, "provider", "month"), kit=k, story=s,
        title="Quote FTS-88120", footer="Fennimore Therapy Software",
        description="Physical-therapy quote whose CPT code licence row shows "
        "$1.60 under a 'Per Clinician' column header, with the monthly period "
        "given only in the note below the table; other per-clinician rows are "
        "subscription prices.")


# ---------------------------------------------------------------------------
def pt_amend_up():
    v = "Vellacott Clinical Cloud, Inc."
    k = Kit("serif", size=10.5, justify=True)
    s = flat(
        k.h1("AMENDMENT NO. 2 TO SUBSCRIPTION AGREEMENT", center=True),
        k.p("This Amendment No. 2 (\"Amendment\") is entered into as of "
            "November 17, 2025 (\"Amendment Date\") by and between Vellacott "
            "Clinical Cloud, Inc. (\"Vellacott\") and Tamarind Gastroenterology "
            "Associates, LLC (\"Customer\"), and amends the Subscription "
            "Agreement between them dated March 1, 2023, as previously amended "
            "by Amendment No. 1 dated January 9, 2024 (together, the "
            "\"Agreement\")."),
        k.h3("Background"),
        k.p("A. Section 8.3 of the Agreement provides that Customer pays a CPT "
            "License Fee of $18.00 per User per Contract Year for the "
            "sublicense of CPT content within the Services."),
        k.p("B. The American Medical Association has increased the royalty it "
            "charges Vellacott for the 2026 release of CPT, and Vellacott will "
            "begin charging separately for the cost of preparing the annual "
            "user report that the AMA requires."),
        k.p("C. The parties wish to amend Section 8.3 accordingly and to make "
            "the other changes below."),
        k.h3("Agreement"),
        k.p("1. <b>Section 8.3 replaced.</b> Section 8.3 of the Agreement is "
            "deleted in its entirety and replaced with the following:"),
        k.pi("\"8.3 CPT License Fee. For each Contract Year beginning on or "
             "after January 1, 2026, Customer shall pay Vellacott (a) a CPT "
             "royalty of $18.50 per User, and (b) an administrative charge of "
             "$1.00 per User, together the 'CPT License Fee'. The CPT License "
             "Fee is invoiced annually in advance on the first day of each "
             "Contract Year on the number of Users then active, and for Users "
             "added during a Contract Year, on the next monthly invoice without "
             "proration. Vellacott shall not increase the CPT License Fee by "
             "more than $1.00 per User in any later Contract Year, except to "
             "the extent the AMA royalty itself increases by more.\""),
        k.p("2. <b>User definition.</b> Section 1.14 (\"User\") is amended by "
            "adding at the end: \"For purposes of Section 8.3, a User includes "
            "every individual with an active login that permits viewing, "
            "selecting or reporting CPT codes, whether or not such individual "
            "is a clinician.\""),
        k.p("3. <b>Contract Year.</b> For clarity, the current Contract Year "
            "began on March 1, 2025; the first Contract Year to which the new "
            "Section 8.3 applies is the Contract Year beginning March 1, 2026."),
        k.p("4. <b>Subscription fees unchanged.</b> Nothing in this Amendment "
            "changes the Subscription Fees in Order Form No. 4, which remain "
            "$215.00 per Provider per month through February 28, 2027."),
        k.p("5. <b>Effect.</b> Except as amended by this Amendment, the "
            "Agreement remains in full force and effect. If this Amendment "
            "conflicts with the Agreement, this Amendment controls. This "
            "Amendment may be signed in counterparts and by electronic "
            "signature."),
        k.sig(["VELLACOTT CLINICAL CLOUD, INC.", "By: ______________________",
               "Name: Brigitte Aalders", "Title: Director, Contracts",
               "Date: November 17, 2025"],
              ["TAMARIND GASTROENTEROLOGY ASSOCIATES, LLC",
               "By: ______________________", "Name: Rafael Ibarra, M.D.",
               "Title: Managing Partner", "Date: November 21, 2025"]),
    )
    return dict(
        key="pt_amend_up", vendor=v, coverage="pass_through",
        fee=fee(19.5, "user", "year"), kit=k, story=s,
        title="Amendment No. 2", footer="Vellacott / Tamarind - Amendment No. 2",
        description="Amendment that replaces an $18.00 per-User CPT License "
        "Fee with an $18.50 royalty plus $1.00 administrative charge per User "
        "per Contract Year (total $19.50); the $1.00 annual cap and the "
        "per-provider subscription are not the fee.")


# ---------------------------------------------------------------------------
def pt_letter_down_ca():
    v = "Northmoor Clinic Software Ltd."
    k = Kit("serif", size=10.5)
    s = flat(
        k.letterhead("Northmoor Clinic Software Ltd.",
                     ["1450 Rue Vautrin, Bureau 300, Sainte-Odile, Quebec",
                      "accounts@northmoor.example  |  www.northmoor.example"],
                     rule=True),
        k.p("3 December 2025"),
        k.p("Dr. Evelyn Marchbanks<br/>Marchbanks Family Practice, PLLC<br/>"
            "88 Wescott Road<br/>Pellston Falls, Vermont"),
        k.p("Account reference: NCS-US-00412"),
        k.p("<b>Re: Change to your CPT licence recovery charge</b>"),
        k.p("Dear Dr. Marchbanks,"),
        k.p("Thank you for continuing to use Northmoor Clinic for your "
            "practice. We are writing about one line on your annual invoice: "
            "the CPT licence recovery charge, which we collect because your "
            "Northmoor system includes the American Medical Association's "
            "CPT&reg; codes and descriptors for your US claims."),
        k.p("Since your account was opened, that charge has been US$24.00 per "
            "provider per year. Last spring we renegotiated the terms of our "
            "distribution licence with the AMA and moved our royalty reporting "
            "to a simpler per-provider model. As a result, we are able to "
            "lower the charge. <b>Effective with your renewal on 1 March 2026, "
            "the CPT licence recovery charge will be US$19.00 per provider per "
            "year.</b> It will continue to appear as a separate line on your "
            "annual invoice and is calculated on the providers active on your "
            "account at renewal."),
        k.p("Nothing else about your subscription changes. Your subscription "
            "and hosting fees, which are billed monthly in Canadian dollars "
            "under your current agreement, are not affected by this letter, "
            "and the licence terms that the AMA requires us to pass on to you "
            "remain as set out in Schedule D of your Customer Agreement."),
        k.p("You do not need to do anything. If you would prefer to pay by "
            "cheque rather than by the card on file, or if you have questions, "
            "our accounts centre is happy to help at accounts@northmoor.example."),
        k.p("With thanks and warm regards,"),
        k.sp(14),
        k.p("Genevieve Tremblay-Ross<br/>Director, Customer Accounts<br/>"
            "Northmoor Clinic Software Ltd."),
        k.sp(8),
        k.small("This letter forms part of, and amends Schedule C (Fees) of, "
                "your Northmoor Customer Agreement. CPT is a registered "
                "trademark of the American Medical Association."),
    )
    return dict(
        key="pt_letter_down_ca", vendor=v, coverage="pass_through",
        fee=fee(19.0, "provider", "year"), kit=k, story=s,
        title="Change to your CPT licence recovery charge",
        footer="Northmoor Clinic Software Ltd.", paper="a4", numbers=False,
        description="Canadian-spelling price-change letter lowering the CPT "
        "licence recovery charge from US$24.00 to US$19.00 per provider per "
        "year from the March 2026 renewal; the later fee replaces the old one.")


# ---------------------------------------------------------------------------
def pt_no_amount_agmt():
    v = "Stonecroft Dermatology Systems, Inc."
    k = Kit("sans", size=8.8, justify=True)
    s = flat(
        k.h1("Stonecroft Derm - Customer Terms of Service"),
        k.small("Last updated 15 September 2025. These terms apply to every "
                "practice that subscribes online or through an order form."),
        k.p("BY CLICKING \"I AGREE\", CREATING AN ACCOUNT OR USING THE SERVICE, "
            "YOU AGREE TO THESE TERMS ON BEHALF OF THE PRACTICE YOU REPRESENT. "
            "IF YOU DO NOT HAVE AUTHORITY TO BIND THE PRACTICE, DO NOT ACCEPT."),
        k.h3("1. Who we are"),
        k.p("The Service is provided by Stonecroft Dermatology Systems, Inc. "
            "(\"Stonecroft\", \"we\"). \"You\" or \"Practice\" means the medical "
            "practice that opens the account. \"Provider\" means each "
            "physician, physician assistant or nurse practitioner for whom you "
            "create a provider profile."),
        k.h3("2. Your subscription"),
        k.p("You may choose the Starter, Practice or Group plan. Plan prices "
            "are shown on the pricing page when you subscribe and are charged "
            "monthly per Provider to the card or bank account on file. We may "
            "change plan prices on 30 days' notice; changes apply from your "
            "next billing date."),
        k.h3("3. Photos and clinical images"),
        k.p("Images you upload remain part of your medical record. We store "
            "them encrypted and never use them to train models or for "
            "marketing."),
        k.h3("4. Codes and content from others"),
        k.p("4.1 The Service includes ICD-10-CM diagnosis codes, HCPCS Level II "
            "codes and the American Medical Association's CPT&reg; procedure "
            "codes. ICD-10-CM and HCPCS Level II are federal code sets and cost "
            "you nothing extra."),
        k.p("4.2 We distribute CPT under a licence from the AMA, and the AMA "
            "charges us a royalty for every Provider who uses it. That royalty "
            "is not included in your plan price. You agree to pay us an AMA "
            "Pass-Through Fee for each Provider on your account, at the rate we "
            "publish for the applicable calendar year in our Help Centre. We "
            "invoice the AMA Pass-Through Fee on your first invoice of each "
            "calendar year, and for Providers added later in the year, on the "
            "next invoice after they are added."),
        k.p("4.3 Your use of CPT is subject to the AMA end-user terms in "
            "Appendix 1. In short: use CPT only inside the Service and only for "
            "your own practice; do not copy or share it outside the Service."),
        k.h3("5. Payments"),
        k.p("If a payment fails we will retry twice over seven days. After that "
            "we may limit your account to read-only until the balance is paid. "
            "Amounts are in US dollars and exclude taxes."),
        k.h3("6. Cancelling"),
        k.p("You can cancel at any time from Settings. Cancellation takes "
            "effect at the end of the current monthly billing period. Annual "
            "charges, including the AMA Pass-Through Fee, are not refunded on "
            "cancellation."),
        k.h3("7. Data export"),
        k.p("For 60 days after cancellation you can export your records in "
            "PDF and CCD formats. After that we delete them unless the law "
            "requires us to keep them."),
        k.h3("8. Disclaimers and limits"),
        k.p("THE SERVICE IS PROVIDED AS IS. OUR TOTAL LIABILITY IS LIMITED TO "
            "WHAT YOU PAID US IN THE 12 MONTHS BEFORE THE CLAIM."),
        k.h3("9. Disputes"),
        k.p("North Carolina law governs. Any dispute will be resolved in the "
            "state or federal courts in Wake County, North Carolina."),
        k.h3("Appendix 1 - AMA end-user terms"),
        k.p("CPT is provided without warranty. The AMA does not practise "
            "medicine and does not assign fee schedules or relative value "
            "units. You may not transfer CPT to any other person or entity. "
            "Your sublicence ends if these terms end or if our licence from "
            "the AMA ends. CPT copyright 2025 American Medical Association. All "
            "rights reserved."),
        k.small("Questions: support@stonecroftderm.example"),
    )
    return dict(
        key="pt_no_amount_agmt", vendor=v, coverage="pass_through", fee=None,
        kit=k, story=s, title="Stonecroft Derm Customer Terms of Service",
        footer="Stonecroft Dermatology Systems - Customer Terms",
        description="Click-through terms that make the practice pay a "
        "per-Provider AMA Pass-Through Fee each calendar year at a rate "
        "published elsewhere; the amount is not stated, so no fee is "
        "recorded.")


# ---------------------------------------------------------------------------
def pt_email_no_amount():
    v = "Ashgrove Podiatry Software, Inc."
    k = Kit("sans", size=9.5)
    s = flat(
        k.p("<b>Ticket #58214 - \"AMA charge on our invoice?\"</b>", "h3"),
        k.email_head("Ashgrove Support &lt;support@ashgrove.example&gt;",
                     "Wendell Pruitt &lt;wpruitt@fenwayfoot.example&gt;",
                     "Tue, 9 Dec 2025 10:42",
                     "RE: AMA charge on our invoice?"),
        k.p("Hi Wendell,"),
        k.p("Thanks for reaching out, and sorry for the confusion. To answer "
            "your questions in order:"),
        k.bullets([
            "<b>Is the AMA royalty part of our subscription?</b> No. Your "
            "subscription covers the software, hosting and support. The AMA "
            "royalty for CPT codes is collected separately from each "
            "practice, which is what your contract's Schedule 3 refers to as "
            "the \"CPT pass-through\".",
            "<b>How is it calculated?</b> It's charged per rendering provider "
            "on the account, once a year. For Fenway Foot &amp; Ankle that is "
            "currently three providers. Front-desk and billing logins aren't "
            "counted.",
            "<b>When will we see it?</b> On the January invoice, as a separate "
            "line called \"AMA CPT pass-through\".",
            "<b>What's the rate for 2026?</b> Our licensing team hasn't "
            "finalised the 2026 figure yet. It follows the AMA's royalty plus "
            "our processing cost, and we'll publish it in the Help Centre "
            "before invoices go out.",
        ]),
        k.p("About the $17 your colleague mentioned: that sounds like an older "
            "AMA figure, and the $18.50 you found on the AMA's site is what "
            "the AMA charges organisations that license directly. Neither is "
            "our rate, so I'd hold off on budgeting from those."),
        k.p("Hope that helps! Let me know if you'd like me to walk through "
            "your invoice on a call."),
        k.p("Best,<br/>Kezia Ambrose<br/>Customer Success, Ashgrove Podiatry "
            "Software, Inc."),
        k.hr(thick=0.3),
        k.email_head("Wendell Pruitt &lt;wpruitt@fenwayfoot.example&gt;",
                     "support@ashgrove.example", "Mon, 8 Dec 2025 16:05",
                     "AMA charge on our invoice?"),
        k.p("Hello - a colleague at another practice says her EHR started "
            "charging an \"AMA fee\" of about $17 per doctor and that we "
            "should expect the same from Ashgrove. I also see the AMA lists "
            "$18.50 per user on its own site. Is this part of what we already "
            "pay you? If not, how much, and when?"),
        k.p("Thanks,<br/>Wendell Pruitt<br/>Office Manager, Fenway Foot &amp; "
            "Ankle Specialists, LLC"),
    )
    return dict(
        key="pt_email_no_amount", vendor=v, coverage="pass_through", fee=None,
        kit=k, story=s, title="Ticket 58214", footer="Ashgrove Support",
        numbers=True,
        description="Support e-mail confirming that the vendor bills the AMA "
        "CPT royalty separately per rendering provider each January, but the "
        "2026 rate is not yet set; the $17 and $18.50 figures are hearsay and "
        "the AMA direct rate.")


DOCS = [pt_faq_bh, pt_saas_codesets, pt_order_um, pt_invoice_pm, pt_loc_year,
        pt_loc_month, pt_billing_org, pt_org_onetime, pt_words,
        pt_defined_later, pt_header_period, pt_amend_up, pt_letter_down_ca,
        pt_no_amount_agmt, pt_email_no_amount]
