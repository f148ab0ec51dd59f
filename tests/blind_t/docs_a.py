"""blind_t documents, group A: vendor charges a separate CPT fee (pass_through)."""
import sys

sys.dont_write_bytecode = True

from common import (boiler_confidentiality, boiler_hipaa, boiler_law,
                    boiler_liability, boiler_misc, boiler_term, doc, sig)

DOCS = []


def add(d):
    DOCS.append(d)
    return d


# A1 -- ruled order form; royalty row + processing row summed --------------
V = "Marlowe Ridge Health Systems, Inc."
add(doc(
    "pt_orderform_ruled_sum", V, "pass_through", (20.0, "provider", "year"),
    "Ruled EHR order form whose price grid carries an AMA CPT royalty row of $18.50 and a "
    "separate CPT processing row of $1.50, both per rendering provider per year, so the "
    "practice pays a $20.00 pass-through; the per-provider monthly subscription and the "
    "staff-login row are not the CPT fee.",
    [
        ("title", "ORDER FORM No. MR-2026-0417"),
        ("p", "<b>%s</b> &middot; 4410 Quarrystone Parkway, Suite 300 &middot; Dunmore Falls, OH "
              "43990 &middot; orders@marloweridge.example" % V),
        ("kv", [("Customer", "Ostrander Family Medicine, P.C."),
                ("Bill-to contact", "Renata Vukovic, Practice Administrator"),
                ("Order effective", "March 1, 2026"),
                ("Subscription term", "36 months from the Order Effective Date"),
                ("Governing terms", "Marlowe Ridge Subscription Terms v7.2 (the \"Terms\")")]),
        ("h", "1. Products and Fees"),
        ("table", [
            ["Line", "Item", "Qty", "Unit of measure", "Unit price", "Billing", "Extended"],
            ["1", "Ambulatory EHR + Practice Management, cloud", "6", "Provider / month",
             "$329.00", "Monthly in advance", "$1,974.00"],
            ["2", "Additional non-provider staff log-ins", "18", "User / month", "$0.00",
             "n/a", "Included"],
            ["3", "Patient portal and online intake", "1", "Practice / month", "$95.00",
             "Monthly in advance", "$95.00"],
            ["4", "AMA CPT&reg; royalty (pass-through)<super>1</super>", "6",
             "Rendering provider / year", "$18.50", "Annually, January invoice", "$111.00"],
            ["5", "CPT&reg; royalty processing charge<super>1</super>", "6",
             "Rendering provider / year", "$1.50", "Annually, January invoice", "$9.00"],
            ["6", "Implementation, data conversion and go-live support", "1",
             "Organization, one-time", "$4,500.00", "On signature", "$4,500.00"],
        ], {"widths": [0.4, 2.6, 0.45, 1.3, 0.85, 1.25, 0.9], "right": [2, 4, 6]}),
        ("small", "<super>1</super> Lines 4 and 5 are not part of the subscription price on "
                  "Line 1. Line 4 is the royalty Marlowe Ridge remits to the American Medical "
                  "Association for each rendering provider who uses CPT content in the "
                  "Products; Line 5 covers the cost of counting, reporting and remitting it. "
                  "Providers added after the January invoice are charged Lines 4 and 5 on the "
                  "next monthly invoice, without proration."),
        ("h", "2. Notes"),
        ("num", [
            "Monthly recurring fees on Lines 1 and 3 increase by 4% on each anniversary of the "
            "Order Effective Date. That uplift does not apply to Lines 4 and 5, which follow "
            "the royalty the AMA sets for the calendar year and are re-stated in writing "
            "each December.",
            "Line 2 log-ins are unlimited for schedulers, billers and clinical support staff "
            "working for Customer. Those log-ins do not create additional Line 4 or Line 5 "
            "charges.",
            "Customer's sublicense to use CPT content in the Products is conditional on "
            "payment of Lines 4 and 5. The sublicense is non-transferable and limited to "
            "Customer's internal use in the United States.",
            "Extended amounts are shown for budgeting only. Taxes, if any, are added at "
            "invoicing.",
        ]),
        ("h", "3. Acceptance"),
        ("p", "By signing below, Customer orders the Products and services listed above under "
              "the Terms. If this Order Form and the Terms conflict on price, this Order Form "
              "controls."),
        sig(V, "Ostrander Family Medicine, P.C.", ("Colm Pettibone", "VP, Sales Operations"),
            ("Renata Vukovic", "Practice Administrator")),
    ],
    family="helv", size=9, table="grid", footer="Marlowe Ridge - Order Form MR-2026-0417 - Confidential"))


# A2 -- help-centre Q&A; clinician fee = royalty + processing; AMA direct price for comparison
V = "Kestrel Lane Therapy Software, LLC"
add(doc(
    "pt_helpcentre_clinician", V, "pass_through", (21.0, "provider", "year"),
    "Help-centre question-and-answer article in which the vendor explains a $21.00 yearly "
    "charge per rendering clinician ($18.50 AMA royalty plus $2.50 processing); the AMA "
    "direct-licence prices and the expected yearly increase are quoted only for comparison.",
    [
        ("small", "Help Centre &gt; Billing &amp; Account &gt; Fees"),
        ("title", "The annual AMA code fee, explained"),
        ("small", "Last updated 14 January 2026 &middot; 6 min read &middot; Applies to Solo, "
                  "Group and Group Plus plans"),
        ("p", "If you looked at your January invoice and saw a line called <i>AMA code fee</i>, "
              "this article is for you. It covers what the fee is, who it applies to and how "
              "to manage it. This help centre is published by %s (\"we\", \"us\")." % V),
        ("h2", "What is this charge?"),
        ("p", "Procedure codes in the CPT&reg; code set belong to the American Medical "
              "Association. Every software company that shows those codes inside its product "
              "pays the AMA a royalty for each person who uses them. We collect that royalty "
              "from practices once a year and send it on to the AMA."),
        ("h2", "How much is it?"),
        ("p", "For calendar year 2026 the royalty the AMA charges us is $18.50. We add $2.50 "
              "to cover card processing and the quarterly usage reports we have to file. So "
              "the line on your invoice is $21.00."),
        ("h2", "Is it per practice or per person?"),
        ("p", "Per clinician. It is charged once for each clinician in your account who is set "
              "up as a rendering clinician on at least one appointment during the year. Your "
              "practice owner pays it on behalf of everyone, on the invoice for the month in "
              "which that clinician is first scheduled."),
        ("h2", "What about our office manager, biller and front desk?"),
        ("p", "They are not counted. Only rendering clinicians generate the fee in our "
              "product. Interns and supervisees who render services under their own name are "
              "counted as clinicians."),
        ("h2", "Can I pay the AMA myself and skip this?"),
        ("p", "You are free to hold your own licence from the AMA, but it will not switch the "
              "fee off in your account, because our distribution arrangement requires us to "
              "report and pay for every rendering clinician using our app. For context only: "
              "the AMA's published internal-use price for 2026 is an entity fee plus $18.50 "
              "for each user, and it covers a single application, so most small practices "
              "find the bundled route simpler."),
        ("h2", "Will it go up?"),
        ("p", "Historically the AMA has raised the royalty by around fifty cents a year. If that "
              "happens again we will tell you at least sixty days before the January invoice. "
              "Our $2.50 share is fixed until at least December 2027."),
        ("h2", "Is there a partial-year rate?"),
        ("p", "No. The fee covers the calendar year in which it is charged, whenever in that "
              "year the clinician starts. Deactivating a clinician stops the fee for the "
              "following year but does not refund the current one."),
        ("h2", "Where do I see the breakdown?"),
        ("p", "Go to <b>Settings &gt; Subscription &gt; Invoices</b>, open the January "
              "invoice, and expand the AMA code fee line. You will see one row per clinician."),
        ("hr",),
        ("small", "CPT is a registered trademark of the American Medical Association. Still have "
                  "questions? Write to help@kestrellane.example and a member of our billing team "
                  "will reply within one business day."),
    ],
    family="helv", size=10, heading="bold", footer="help.kestrellane.example/articles/ama-code-fee"))


# A3 -- invoice; per named user per month --------------------------------------
V = "Hartwell Billing Technologies, Inc."
add(doc(
    "pt_invoice_user_month", V, "pass_through", (1.75, "user", "month"),
    "Monthly invoice whose line for the CPT content licence charges $1.75 per named user per "
    "month, described in a footnote as the AMA royalty passed through; the $45.00 seat price "
    "and the per-claim and per-statement charges are not CPT fees.",
    [
        ("title", "INVOICE"),
        ("table", [
            ["<b>%s</b><br/>1187 Ferrous Avenue<br/>Calverton Heights, MN 55980<br/>"
             "ar@hartwellbilling.example" % V,
             "Invoice no. HBT-0093318<br/>Invoice date: 31 March 2026<br/>Terms: Net 20<br/>"
             "Customer ID: C-20417"],
        ], {"style": "plain", "header": False, "widths": [3, 2]}),
        ("p", "<b>Bill to:</b> Abernathy Hill Podiatry Group, LLC, Attn: Accounts Payable, "
              "92 Tollgate Road, Suite B, Marlsford, MN 55912"),
        ("p", "<b>Service period:</b> 1 March 2026 to 31 March 2026"),
        ("table", [
            ["Description", "Qty", "Rate", "Amount"],
            ["Cloud PM, named user seats", "14", "45.00", "630.00"],
            ["CPT&reg; content licence, named users *", "14", "1.75", "24.50"],
            ["Electronic claims via gateway (per claim)", "412", "0.32", "131.84"],
            ["Eligibility checks (per inquiry)", "297", "0.12", "35.64"],
            ["Patient statements printed and mailed (per statement)", "188", "0.68", "127.84"],
            ["", "", "Subtotal", "949.82"],
            ["", "", "Sales tax", "0.00"],
            ["", "", "Total due (USD)", "949.82"],
        ], {"style": "lines", "widths": [3.6, 0.6, 1.2, 1.0], "right": [1, 2, 3],
            "bold_last": True}),
        ("small", "* The CPT content licence line is charged each month for every named user "
                  "active in the service period. It recovers the royalty Hartwell pays to the "
                  "American Medical Association under its distribution agreement for CPT "
                  "codes and descriptors shown in the Cloud PM product, and is separate from "
                  "the seat fee. Named users are individual log-ins, not concurrent sessions."),
        ("h2", "Payment"),
        ("p", "Pay by ACH to Hartwell Billing Technologies, Inc., routing and account numbers "
              "as shown in your customer portal, or by card at pay.hartwellbilling.example. "
              "Quote the invoice number with your payment. Balances unpaid after 45 days "
              "accrue a late charge of 1% per month."),
        ("h2", "Questions about this invoice"),
        ("p", "Contact Billing Support at 1-555-0142 or ar@hartwellbilling.example within 30 "
              "days of the invoice date."),
    ],
    family="helv", size=9.5, footer="Hartwell Billing Technologies - Invoice HBT-0093318",
    page_label="{n}"))


# A4 -- amendment; old $17 replaced by $19 per authorized user per year ---------
V = "Sandoval Kray Medical Informatics Corp."
add(doc(
    "pt_amendment_user_year", V, "pass_through", (19.0, "user", "year"),
    "Second amendment that deletes the original CPT Content Fee of $17.00 per Authorized User "
    "per Contract Year and replaces it with $19.00 per Authorized User per Contract Year; the "
    "unchanged $52 monthly subscription is a trap.",
    [
        ("center", "<b>SECOND AMENDMENT TO MASTER SUBSCRIPTION AGREEMENT</b>"),
        ("p", "This Second Amendment (the \"Amendment\") is made as of February 9, 2026 (the "
              "\"Amendment Date\") between %s, a Delaware corporation (\"SKMI\"), and "
              "Whitford Gastroenterology Associates, P.A. (\"Customer\"), and amends the "
              "Master Subscription Agreement between them dated June 30, 2023, as amended by "
              "the First Amendment dated April 1, 2024 (together, the \"Agreement\")." % V),
        ("h2", "Background"),
        ("p", "SKMI supplies Customer with its hosted endoscopy documentation and billing "
              "application. Section 6.4 of the Agreement provides for a separate charge for the "
              "CPT content embedded in that application. The parties wish to change the amount "
              "of that charge and leave everything else as it is."),
        ("h2", "Agreed terms"),
        ("p", "<b>1. Section 6.4 replaced.</b> Section 6.4 of the Agreement currently reads:"),
        ("pi", "<i>\"6.4 CPT Content Fee. In addition to the Subscription Fees, Customer shall pay "
               "SKMI a CPT Content Fee of seventeen dollars ($17.00) per Authorized User per "
               "Contract Year, which SKMI shall remit, net of its reasonable costs, to the "
               "American Medical Association.\"</i>"),
        ("p", "With effect from the first day of the Contract Year beginning July 1, 2026, "
              "Section 6.4 is deleted in its entirety and replaced with the following:"),
        ("pi", "<i>\"6.4 CPT Content Fee. In addition to the Subscription Fees, Customer shall pay "
               "SKMI a CPT Content Fee of nineteen dollars ($19.00) per Authorized User per "
               "Contract Year. SKMI shall invoice the CPT Content Fee annually in advance at "
               "the start of each Contract Year, based on the number of Authorized Users on "
               "the invoice date, and shall invoice any Authorized User added during a "
               "Contract Year at the full annual amount.\"</i>"),
        ("p", "<b>2. Subscription Fees unchanged.</b> For clarity, the Subscription Fees remain "
              "fifty-two dollars ($52.00) per Authorized User per month as stated in Schedule "
              "1, and the annual adjustment mechanism in Section 6.2 continues to apply to them "
              "but not to the CPT Content Fee."),
        ("p", "<b>3. Authorized Users.</b> The definition of \"Authorized User\" in Section 1 is "
              "not changed. It means each named individual who is given credentials to the "
              "application by or for Customer."),
        ("p", "<b>4. No other changes.</b> Except as set out in this Amendment, the Agreement "
              "continues in full force and effect. Capitalised terms not defined in this "
              "Amendment have the meanings given in the Agreement. If this Amendment and the "
              "Agreement conflict, this Amendment governs."),
        ("p", "<b>5. Counterparts.</b> " + boiler_misc(2)),
        sig(V, "Whitford Gastroenterology Associates, P.A.", ("Imelda Sotherby", "General Counsel"),
            ("Dr. Paulo Enwright", "Managing Partner")),
    ],
    family="times", size=11, justify=True, footer="SKMI / Whitford - Second Amendment"))


# A5 -- WHEREAS style, amount in words only, per location per annum ------------
V = "Castellan Medical Data Corporation"
add(doc(
    "pt_whereas_words_location", V, "pass_through", (22.5, "location", "year"),
    "Very formal WHEREAS-style sublicence and maintenance agreement in which the CPT content "
    "royalty is written only in words as twenty-two dollars and fifty cents for each Licensed "
    "Location for each year; the maintenance charges, also in words, are totals and not the "
    "CPT fee.",
    [
        ("center", "<b>CONTENT SUBLICENCE AND SOFTWARE MAINTENANCE AGREEMENT</b>"),
        ("center", "by and between"),
        ("center", "<b>%s</b><br/>(hereinafter the \"Licensor\")" % V),
        ("center", "and"),
        ("center", "<b>Hollins Creek Orthopaedic Associates, PLLC</b><br/>(hereinafter the "
                   "\"Licensee\")"),
        ("sp", 6),
        ("p", "THIS AGREEMENT is entered into and made effective as of the first day of "
              "January, two thousand twenty-six (the \"Effective Date\")."),
        ("p", "WHEREAS, the Licensor develops, licenses and maintains a practice management "
              "and charge capture system known as Castellan PracticeWorks (the \"System\"), "
              "which the Licensee has used under a perpetual licence since the year two "
              "thousand nineteen;"),
        ("p", "WHEREAS, the System incorporates procedure codes and descriptors from the "
              "Current Procedural Terminology (\"CPT\") code set, which is the copyrighted "
              "work of the American Medical Association (the \"AMA\");"),
        ("p", "WHEREAS, the Licensor is party to a distribution agreement with the AMA under "
              "which the Licensor is permitted to sublicense CPT content to its customers upon "
              "the terms required by the AMA, and is obliged to account to the AMA for a "
              "royalty in respect of such sublicensing;"),
        ("p", "WHEREAS, the Licensee conducts its practice at the sites listed in Schedule A "
              "(each a \"Licensed Location\"), and desires to continue to receive maintenance "
              "of the System and a sublicence of the CPT content therein at each Licensed "
              "Location;"),
        ("p", "NOW, THEREFORE, in consideration of the mutual covenants herein contained, and "
              "for other good and valuable consideration, the receipt and sufficiency of which "
              "are hereby acknowledged, the parties, intending to be legally bound, do hereby "
              "agree as follows:"),
        ("h2", "ARTICLE I. MAINTENANCE"),
        ("p", "1.1 The Licensor shall furnish to the Licensee corrections, updates and new "
              "releases of the System as and when generally released, together with telephone "
              "and remote support during the hours of seven o'clock in the morning until seven "
              "o'clock in the evening, Eastern time, on business days."),
        ("p", "1.2 In consideration of such maintenance, the Licensee shall pay to the "
              "Licensor maintenance charges in the aggregate sum of eleven thousand four "
              "hundred dollars per annum for all Licensed Locations together, payable "
              "quarterly in advance (the \"Maintenance Charges\"). The Maintenance Charges may "
              "be increased upon each anniversary of the Effective Date by an amount not "
              "exceeding three per centum of the charges then in force."),
        ("h2", "ARTICLE II. SUBLICENCE OF CPT CONTENT"),
        ("p", "2.1 Subject to the terms hereof and to the terms the AMA requires to be passed "
              "to end users, which are set out in Schedule B and incorporated herein, the "
              "Licensor hereby grants to the Licensee a non-exclusive, non-transferable "
              "sublicence to use the CPT content contained in the System solely for the "
              "internal business purposes of the Licensee at the Licensed Locations."),
        ("p", "2.2 In consideration of the sublicence granted in Section 2.1, the Licensee "
              "shall pay to the Licensor, in addition to and separately from the Maintenance "
              "Charges, a CPT content royalty in the sum of twenty-two dollars and fifty cents, "
              "in lawful money of the United States, for each Licensed Location for each year "
              "of the Term or any part thereof, which sum the Licensor shall account for to the "
              "AMA. The said royalty shall be invoiced annually in advance on the Effective "
              "Date and upon each anniversary thereof."),
        ("p", "2.3 Should the Licensee open an additional site during any year of the Term, "
              "such site shall become a Licensed Location upon written notice to the Licensor, "
              "and the royalty provided in Section 2.2 shall be payable in respect thereof for "
              "the whole of the year in which notice is given."),
        ("h2", "ARTICLE III. TERM, LAW AND GENERAL PROVISIONS"),
        ("p", "3.1 " + boiler_term(0)),
        ("p", "3.2 " + boiler_liability(1)),
        ("p", "3.3 " + boiler_law("Pennsylvania", 0)),
        ("p", "3.4 " + boiler_hipaa(1)),
        ("p", "IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed "
              "by their duly authorised officers as of the Effective Date."),
        sig(V, "Hollins Creek Orthopaedic Associates, PLLC",
            ("Theodora Marchbanks", "Secretary and Treasurer"), ("Dr. Amos Kettridge", "Member")),
        ("h2", "SCHEDULE A. LICENSED LOCATIONS"),
        ("table", [["No.", "Site", "Address"],
                   ["1", "Main clinic", "600 Orrin Way, Bellcastle, PA 19577"],
                   ["2", "Sports medicine annex", "14 Tamsin Court, Bellcastle, PA 19577"],
                   ["3", "Ambulatory surgery suite", "2290 Old Ferry Road, Wexley, PA 19581"]],
         {"style": "lines", "widths": [0.5, 2, 3.5]}),
        ("h2", "SCHEDULE B. END USER TERMS REQUIRED BY THE AMA (EXTRACT)"),
        ("small", "CPT only copyright 2025 American Medical Association. All rights reserved. Fee "
                  "schedules, relative value units, conversion factors and related components "
                  "are not assigned by the AMA, are not part of CPT, and the AMA is not "
                  "recommending their use. The AMA does not directly or indirectly practice "
                  "medicine or dispense medical services. U.S. Government end users receive CPT "
                  "with restricted rights as provided under the applicable FARS and DFARS "
                  "provisions."),
    ],
    family="times", size=10, justify=True, footer="Castellan / Hollins Creek - Sublicence and Maintenance"))


# A6 -- long master terms; "Content Fee" defined early, priced in Schedule 2 ----
V = "Thornbury Analytics Group, Inc."
add(doc(
    "pt_content_fee_defined_priced_later", V, "pass_through", (240.0, "organization", "year"),
    "Dense master subscription terms that define a separate \"Content Fee\" for the CPT "
    "sublicence in the definitions and fees articles and price it pages later in Schedule 2 "
    "at $240.00 per Customer organization per Contract Year; the per-user subscription price "
    "and the 5% cap on increases are not the fee.",
    [
        ("title", "Thornbury Analytics Group, Inc."),
        ("subtitle", "Master Subscription Terms for Clinical Analytics Services (Version 2026.1)"),
        ("p", "These Master Subscription Terms (the \"Terms\") apply to every Order that refers "
              "to them and is signed by %s (\"Thornbury\") and the customer named in the Order "
              "(\"Customer\"). The Terms, each Order and the Schedules together form the "
              "agreement between the parties (the \"Agreement\")." % V),
        ("h", "1. Definitions"),
        ("p", "1.1 \"Authorized User\" means an individual employee or contractor of Customer "
              "to whom Customer issues credentials for the Service. 1.2 \"Contract Year\" "
              "means each successive twelve-month period beginning on the Subscription Start "
              "Date in the Order. 1.3 \"CPT Content\" means the Current Procedural Terminology "
              "codes, descriptors and guidelines of the American Medical Association (\"AMA\") "
              "as incorporated in the Service, including its procedure groupers and "
              "benchmarking reports. 1.4 \"Content Fee\" means the separate charge payable by "
              "Customer for the sublicence of CPT Content described in Section 5.3, at the rate "
              "stated in Schedule 2. 1.5 \"Service\" means Thornbury's hosted analytics "
              "application, its dashboards and extracts, and related Documentation. 1.6 "
              "\"Subscription Fees\" means the fees for access to the Service stated in the "
              "Order, excluding the Content Fee and any Professional Services fees. 1.7 "
              "\"Customer Data\" means all data submitted to the Service by or for Customer, "
              "including claims and remittance files."),
        ("h", "2. The Service"),
        ("p", "2.1 Thornbury grants Customer, during the term of each Order, a non-exclusive, "
              "non-transferable right for its Authorized Users to access and use the Service for "
              "Customer's internal business purposes. 2.2 Thornbury may update the Service from "
              "time to time provided that no update materially reduces its core functionality. "
              "2.3 Customer is responsible for its Authorized Users' compliance with the "
              "Agreement and for keeping credentials confidential. 2.4 Customer shall not "
              "(a) resell or make the Service available to third parties, (b) reverse engineer "
              "it, (c) use it to build a competing product, or (d) upload malicious code."),
        ("h", "3. Customer Data"),
        ("p", "3.1 As between the parties, Customer owns Customer Data. Customer grants "
              "Thornbury a licence to host, copy and process Customer Data solely to provide the "
              "Service and as the law requires. 3.2 Thornbury may create de-identified, "
              "aggregated statistics from Customer Data to improve its benchmarks, provided no "
              "Customer or patient can be identified. 3.3 " + boiler_hipaa(0)),
        ("h", "4. Professional Services"),
        ("p", "Implementation, report configuration and training are provided as described in "
              "the Order at the rates stated there. Travel is reimbursed at cost where "
              "pre-approved in writing. Professional Services are deemed accepted unless "
              "Customer notifies a material non-conformity within ten business days of "
              "delivery."),
        ("h", "5. Fees and Payment"),
        ("p", "5.1 <i>Subscription Fees.</i> Customer shall pay the Subscription Fees stated in "
              "the Order, annually in advance unless the Order says otherwise. 5.2 <i>Price "
              "adjustments.</i> Thornbury may increase the Subscription Fees and the Content "
              "Fee with effect from the start of any Contract Year after the first by written "
              "notice given at least sixty days in advance, provided that no such increase in "
              "any Contract Year exceeds five percent (5%) of the amount in effect for the "
              "preceding Contract Year."),
        ("p", "5.3 <i>CPT Content.</i> The Service incorporates CPT Content, which Thornbury "
              "distributes under a licence agreement with the AMA. Thornbury grants Customer a "
              "sublicence to use the CPT Content within the Service for Customer's internal "
              "purposes only, on the end user terms in Schedule 3. The royalty Thornbury owes "
              "the AMA is not included in the Subscription Fees. Customer shall pay the Content "
              "Fee, which Thornbury passes through to cover that royalty and its "
              "administration. The Content Fee is due whether or not Customer's Authorized "
              "Users open reports that display CPT Content."),
        ("p", "5.4 <i>Invoices and taxes.</i> Invoices are payable within thirty days. Fees "
              "exclude taxes, which Customer shall pay other than taxes on Thornbury's income. "
              "Overdue amounts bear interest at the lesser of one percent per month and the "
              "highest lawful rate. 5.5 <i>Disputes.</i> Customer may withhold an amount "
              "disputed in good faith if it notifies Thornbury in writing, with reasons, before "
              "the due date."),
        ("h", "6. Warranties"),
        ("p", "6.1 Thornbury warrants that the Service will perform materially in accordance "
              "with the Documentation, and that it will perform Professional Services in a "
              "professional and workmanlike manner. Customer's exclusive remedy for breach of "
              "this warranty is re-performance or, failing that, a refund of prepaid fees for "
              "the non-conforming portion. 6.2 EXCEPT AS EXPRESSLY STATED, THE SERVICE IS "
              "PROVIDED WITHOUT OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING OF "
              "MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE. Benchmarks and analytics "
              "are decision support only and do not replace professional judgment."),
        ("h", "7. Confidentiality"),
        ("p", boiler_confidentiality("Thornbury", "Customer", 0)),
        ("h", "8. Indemnities"),
        ("p", "Thornbury shall defend Customer against any third-party claim that the Service, "
              "as provided, infringes a United States patent, copyright or trademark, and pay "
              "damages finally awarded. Customer shall defend Thornbury against claims arising "
              "from Customer Data or Customer's breach of Section 2.4. The indemnified party "
              "must give prompt notice, reasonable cooperation and control of the defence."),
        ("h", "9. Limitation of Liability"),
        ("p", boiler_liability(0)),
        ("h", "10. Term and Termination"),
        ("p", boiler_term(0) + " On termination Thornbury will make Customer Data available "
              "for export for thirty days and then delete it."),
        ("h", "11. General"),
        ("p", boiler_law("Illinois", 1) + " " + boiler_misc(0)),
        ("pb",),
        ("h", "Schedule 1. Service Levels"),
        ("p", "Thornbury will use commercially reasonable efforts to make the Service "
              "available 99.5% of each calendar month, excluding scheduled maintenance "
              "announced at least 48 hours in advance. If availability falls below that "
              "target, Customer may claim a credit of 5% of the monthly Subscription Fees for "
              "each full percentage point of shortfall, up to 25%."),
        ("h", "Schedule 2. Fees"),
        ("table", [
            ["Item", "Basis", "Amount (USD)", "When invoiced"],
            ["Subscription Fees, Analytics Core", "per Authorized User per month", "38.00",
             "Annually in advance"],
            ["Subscription Fees, Payer Benchmark add-on", "per Authorized User per month",
             "11.00", "Annually in advance"],
            ["Content Fee", "per Customer organization per Contract Year", "240.00",
             "On the Subscription Start Date and each anniversary"],
            ["Professional Services", "per hour", "195.00", "Monthly in arrears"],
        ], {"style": "grid", "widths": [2.2, 2.2, 1.0, 1.8], "right": [2]}),
        ("p", "The Content Fee is a single charge for Customer's organization regardless of the "
              "number of Authorized Users or sites. Affiliates of Customer that sign their own "
              "Order pay their own Content Fee."),
        ("h", "Schedule 3. End User Terms for CPT Content"),
        ("small", "CPT is a registered trademark of the AMA. Customer's use of CPT Content is "
                  "limited to internal use within the United States. Customer shall not publish, "
                  "distribute, create derivative works of, or sublicense CPT Content, and shall "
                  "not make it available to any affiliate or other legal entity not party to an "
                  "Order. The sublicence ends automatically if Thornbury's licence agreement "
                  "with the AMA ends, unless the AMA consents to its continuation. CPT Content "
                  "is provided as is. The AMA is a third-party beneficiary of this Schedule."),
    ],
    family="times", size=8.5, justify=True, heading="caps",
    footer="Thornbury Analytics Group, Inc. - Master Subscription Terms 2026.1"))


# A7 -- quote; unit in table header, period in the billing clause ---------------
V = "Ambrose Telford Software Co."
add(doc(
    "pt_quote_header_unit", V, "pass_through", (19.25, "provider", "year"),
    "Unruled price quote whose CPT licence pass-through of 19.25 sits in the \"Per Provider\" "
    "column of the table, while the billing clause under the table says that item alone is "
    "billed annually each January; the other Per Provider amounts are monthly subscription "
    "charges.",
    [
        ("title", "Quotation Q-88123"),
        ("p", "%s<br/>77 Larch Mill Road, Hadley Cross, VT 05899 &middot; "
              "sales@ambrosetelford.example" % V),
        ("kv", [("Prepared for", "Brisbane Street Internal Medicine, PLLC (Attn: Hugo Sandoval)"),
                ("Prepared by", "Mirela Ostrowski, Account Executive"),
                ("Quote date", "20 January 2026"),
                ("Valid until", "20 March 2026"),
                ("Providers quoted", "4 physicians, 2 nurse practitioners")]),
        ("h2", "Pricing"),
        ("table", [
            ["Item", "Per Provider", "Per Location", "One-time"],
            ["Telford Chart (charting, orders, e-prescribing)", "210.00", "", ""],
            ["Telford Ledger (scheduling, billing, claims)", "95.00", "", ""],
            ["Lab results interface", "", "60.00", "1,200.00"],
            ["Document scanning and fax inbox", "", "35.00", ""],
            ["CPT&reg; licence pass-through (AMA royalty and administration)", "19.25", "", ""],
            ["Data migration from prior system", "", "", "3,400.00"],
            ["On-site go-live support (2 days)", "", "", "2,100.00"],
        ], {"style": "plain", "widths": [3.4, 1.1, 1.1, 1.1], "right": [1, 2, 3]}),
        ("p", "<b>How you are billed.</b> Recurring charges in the Per Provider and Per Location "
              "columns are invoiced monthly in advance, with one exception: the CPT licence "
              "pass-through is invoiced once a year, on the January invoice, for the whole "
              "calendar year, and for a provider who joins mid-year on the next invoice after "
              "the provider is activated. One-time charges are invoiced on signature."),
        ("p", "<b>About the CPT line.</b> Telford Ledger contains CPT codes and descriptors that "
              "Ambrose Telford distributes under its agreement with the American Medical "
              "Association. The CPT line is not a subscription charge; it is the royalty the "
              "AMA charges us for each of your providers, plus a small administration amount, "
              "and it changes only when the AMA changes its royalty."),
        ("p", "<b>Price protection.</b> Per Provider and Per Location subscription prices are "
              "fixed for the first 24 months and may then rise by no more than 3% a year."),
        ("p", "<b>What this quote does not include.</b> Hardware, scanners, third-party "
              "clearinghouse transaction fees, and any interfaces not listed above."),
        ("p", "To accept, sign and return this quotation. Acceptance incorporates the Ambrose "
              "Telford Customer Agreement published at legal.ambrosetelford.example."),
        sig(V, "Brisbane Street Internal Medicine, PLLC", ("Mirela Ostrowski", "Account Executive"),
            ("Hugo Sandoval", "Office Manager")),
    ],
    family="helv", size=9.5, footer="Quotation Q-88123 - Ambrose Telford Software Co."))


# A8 -- e-mail thread; pass-through confirmed, amount not stated ---------------
V = "Cobaltline Health Apps, Inc."
add(doc(
    "pt_email_unstated_amount", V, "pass_through", None,
    "E-mail thread in which the vendor's support lead confirms that from the July invoice it "
    "will bill the practice the AMA CPT royalty for each user at cost as a separate line, but "
    "cannot yet state the amount, so it is a pass-through with no stated fee.",
    [
        ("mail", [("From", "Rafferty Lin &lt;rlin@cobaltline.example&gt;"),
                  ("To", "Dolores Achterberg &lt;dachterberg@wexcombepeds.example&gt;"),
                  ("Cc", "accounts@cobaltline.example"),
                  ("Date", "Tue, 12 May 2026 16:04 -0500"),
                  ("Subject", "RE: New line on our statement - \"AMA royalty (TBD)\"")]),
        ("p", "Hi Dolores,"),
        ("p", "Thanks for your patience while I ran this down with our finance team. Short "
              "answer: yes, this is a real charge and it is coming."),
        ("p", "Starting with the July invoice, Cobaltline will bill your practice the AMA "
              "royalty for CPT codes for each user on your account. We pass it through at "
              "cost, with no markup, and it will show as its own line, separate from your "
              "subscription. The placeholder you saw on the May statement was our billing "
              "system getting ahead of itself, and there is nothing to pay for May or June."),
        ("p", "What I can't give you yet is the number. The AMA hasn't confirmed to us the "
              "per-user rate that will apply to our product for the second half of 2026, and I "
              "don't want to quote a figure and then have to correct it. As soon as we have it "
              "in writing I'll send it to you, and it will also be in the 30-day notice that "
              "goes to all account owners."),
        ("p", "On the user count: it's every named login, including your front desk and "
              "billing staff, because they all see the codes. If you have logins for people "
              "who have left, deactivate them before June 30 and they won't be counted."),
        ("p", "Best,<br/>Rafferty Lin<br/>Customer Success Lead<br/>%s<br/>"
              "support.cobaltline.example" % V),
        ("hr",),
        ("mail", [("From", "Dolores Achterberg &lt;dachterberg@wexcombepeds.example&gt;"),
                  ("To", "support@cobaltline.example"),
                  ("Date", "Mon, 4 May 2026 09:17 -0500"),
                  ("Subject", "New line on our statement - \"AMA royalty (TBD)\"")]),
        ("p", "Hello,"),
        ("p", "Our May statement has a new line reading \"AMA royalty (TBD)\" with no amount "
              "next to it. Our contract says $38 per user per month for the subscription and "
              "nothing else. Are we being charged something new? If so, how much and for whom? "
              "We have 3 pediatricians, 2 NPs and 7 staff with logins."),
        ("p", "Thanks,<br/>Dolores Achterberg<br/>Practice Manager, Wexcombe Pediatrics, S.C."),
    ],
    family="helv", size=10, page_label="", footer="Printed from Wexcombe Pediatrics mail archive"))


# A9 -- quote for perpetual licence; one-time CPT data file charge per organization
V = "Delacroix Ward Systems, LLC"
add(doc(
    "pt_quote_onetime_org", V, "pass_through", (310.0, "organization", "one_time"),
    "Quote for an on-premise perpetual licence in which the CPT data file sublicence is a "
    "one-time $310.00 charge per organization; the 18% annual maintenance, the licence price "
    "and the installation fee are not the CPT fee.",
    [
        ("table", [["<b>DELACROIX WARD SYSTEMS</b><br/>Practice software since 1998",
                    "QUOTE DW-2026-311<br/>Issued 3 February 2026<br/>Valid 45 days"]],
         {"style": "box", "header": False, "widths": [3, 2]}),
        ("p", "Customer: <b>Marisol Bay Dermatology, P.A.</b>, 1200 Sandhaven Boulevard, "
              "Port Aldous, FL 33990"),
        ("p", "Vendor: <b>%s</b>, 38 Keel Street, Port Aldous, FL 33991 "
              "(quotes@delacroixward.example)" % V),
        ("table", [
            ["#", "Description", "Price (USD)", "Recurs?"],
            ["1", "DW Practice Suite, perpetual licence, 8 concurrent workstations", "14,400.00",
             "No"],
            ["2", "Annual maintenance and support (18% of Line 1)", "2,592.00", "Yearly"],
            ["3", "2026 CPT&reg; data file, single-edition internal-use sublicence, "
                  "per organization", "310.00", "No"],
            ["4", "Installation on Customer's server and workstation set-up", "1,800.00", "No"],
            ["5", "Remote training, 12 hours", "1,320.00", "No"],
            ["", "<b>Total first-year investment</b>", "<b>20,422.00</b>", ""],
        ], {"style": "grid", "widths": [0.35, 4.0, 1.1, 0.8], "right": [2]}),
        ("h2", "Notes"),
        ("dash", [
            "Line 3 is a one-time charge for your organization. It covers the sublicence of the "
            "2026 edition of the CPT code set that Delacroix Ward loads into the Suite under "
            "its distribution agreement with the American Medical Association, and the AMA "
            "royalty for it. It is not part of Line 2 maintenance.",
            "Later CPT editions are not covered by Line 3 and are not part of maintenance. If "
            "you order a later edition we will quote it separately at that time.",
            "The licence on Line 1 counts concurrent workstations. The CPT sublicence on Line 3 "
            "is for your organization's internal use at the address above and may not be "
            "shared with another practice or legal entity.",
            "Maintenance on Line 2 begins at go-live and renews each year unless cancelled on "
            "60 days' notice. Renewal maintenance is capped at 18% of the then-current list "
            "price of Line 1.",
            "Prices exclude Florida sales tax where applicable.",
        ]),
        ("p", "Accepted for Marisol Bay Dermatology, P.A.: ______________________ "
              "Date: __________"),
    ],
    family="courier", size=9, footer="DW-2026-311", page_label="p.{n}"))


# A10 -- billing service: "Provider" is the practice; fee split over a page break
V = "Ferrante & Holt Revenue Partners LLC"
add(doc(
    "pt_billing_service_pagebreak", V, "pass_through", (1.6, "provider", "month"),
    "Billing-services agreement in which the practice is called \"Provider\" and the billing "
    "company passes through its software supplier's CPT sublicence charge; the sentence naming "
    "the charge ends page one and the amount, $1.60 per rendering clinician per month, opens "
    "page two; the 5.5% collections fee is not the CPT fee.",
    [
        ("title", "Medical Billing Services Agreement"),
        ("p", "This Medical Billing Services Agreement is entered into on April 6, 2026 between "
              "<b>Ferrante &amp; Holt Revenue Partners LLC</b>, a Georgia limited liability "
              "company (\"Billing Company\"), and <b>Lakemont Pulmonary &amp; Sleep Clinic, "
              "P.C.</b> (\"Provider\"). Provider is a medical practice; Billing Company is not a "
              "health care provider and does not render clinical services."),
        ("h", "1. Services"),
        ("p", "Billing Company will, on Provider's behalf: (a) enter charges from Provider's "
              "encounter forms and electronic superbills; (b) submit claims to payers "
              "electronically or on paper; (c) post payments and adjustments from remittance "
              "advice; (d) work denials and rejections and file appeals where warranted; (e) "
              "send patient statements on a 30-day cycle; and (f) provide the monthly reports "
              "listed in Exhibit 1. Provider remains responsible for the accuracy of clinical "
              "documentation and for code selection, and Billing Company will query Provider "
              "where documentation appears not to support a code."),
        ("h", "2. Provider's responsibilities"),
        ("p", "Provider shall deliver encounter information within three business days of each "
              "date of service, keep its payer enrollments current, forward all payer "
              "correspondence within five business days, and designate a contact authorized to "
              "approve write-offs and refunds."),
        ("h", "3. Compensation"),
        ("p", "3.1 Provider shall pay Billing Company five and one-half percent (5.5%) of Net "
              "Collections each month. \"Net Collections\" means amounts actually received on "
              "claims submitted by Billing Company, less refunds and recoupments, and excludes "
              "copayments collected at the time of service."),
        ("p", "3.2 Billing Company performs the Services using its own licensed practice "
              "management platform, hosted by its software supplier. That platform displays CPT "
              "codes and descriptors under the supplier's distribution agreement with the "
              "American Medical Association, and the supplier charges Billing Company a CPT "
              "sublicence charge for each clinician whose claims are processed on it. Provider "
              "shall reimburse Billing Company the CPT sublicence charge levied by that "
              "supplier."),
        ("pb",),
        ("p", "That charge is one dollar and sixty cents ($1.60) for each rendering clinician of "
              "Provider for each calendar month in which Billing Company submits at least one "
              "claim for that clinician. It is shown as a separate line on Billing Company's "
              "monthly statement and is not part of the percentage fee in Section 3.1. If the "
              "supplier changes the charge, Billing Company will give Provider 30 days' written "
              "notice of the new amount."),
        ("p", "3.3 Statements are issued by the tenth day of each month and are payable within "
              "fifteen days. Billing Company shall not deduct its fees from Provider's "
              "collections; all payer funds are deposited to Provider's account."),
        ("h", "4. Compliance"),
        ("p", "Billing Company shall not bill for services it knows are not documented, shall "
              "follow payer rules and applicable federal and state law, and shall maintain a "
              "compliance program with annual coder training. " + boiler_hipaa(0)),
        ("h", "5. Term, liability and general terms"),
        ("p", boiler_term(1)),
        ("p", boiler_liability(2)),
        ("p", boiler_law("Georgia", 1)),
        ("p", boiler_misc(1)),
        sig("Ferrante &amp; Holt Revenue Partners LLC", "Lakemont Pulmonary &amp; Sleep Clinic, P.C.",
            ("Vittoria Ferrante", "Managing Member"), ("Dr. Kwame Ostrander", "President")),
        ("h2", "Exhibit 1. Monthly reports"),
        ("bul", ["Charges, payments and adjustments by provider and payer",
                 "Accounts receivable ageing in 30-day buckets",
                 "Denial summary with top five reasons and status of appeals",
                 "Clinician roster used for the CPT sublicence charge"]),
    ],
    family="times", size=10.5, justify=False, heading="underline",
    footer="F&H Revenue Partners - Billing Services Agreement"))


# A11 -- renewal notice; CPT fee $19.00 -> $19.50 per user per year; cap trap ---
V = "Grayhaven Clinical Cloud, Inc."
add(doc(
    "pt_renewal_notice", V, "pass_through", (19.5, "user", "year"),
    "Renewal notice stating that the AMA CPT fee moves from $19.00 to $19.50 per user per "
    "year for 2026 ($18.50 royalty plus $1.00 administration); the new subscription price and "
    "the 7% renewal cap are traps.",
    [
        ("right", "%s<br/>500 Hollister Quay, Floor 9<br/>Easton Mills, WA 98990<br/>"
                  "renewals@grayhaven.example" % V),
        ("p", "17 November 2025"),
        ("p", "Benedetta Okoro<br/>Chief Operating Officer<br/>Northfork Women's Health "
              "Partners, PLLC<br/>3100 Coyle Drive<br/>Easton Mills, WA 98992"),
        ("p", "<b>Re: Renewal of your Grayhaven subscription, Agreement GH-1187</b>"),
        ("p", "Dear Ms. Okoro,"),
        ("p", "Your current subscription term ends on 31 January 2026. Under Section 12.2 of "
              "your agreement it renews automatically for another twelve months unless you tell "
              "us otherwise by 1 January. We are writing, as the agreement requires, to set out "
              "your pricing for the renewal term."),
        ("table", [
            ["Charge", "Current term", "Renewal term", "Change"],
            ["Platform subscription, per user per month", "$55.00", "$58.00", "+5.5%"],
            ["Telehealth add-on, per clinician per month", "$12.00", "$12.00", "none"],
            ["AMA CPT&reg; fee, per user per year", "$19.00", "$19.50", "+$0.50"],
            ["Clearinghouse, per claim", "$0.27", "$0.27", "none"],
        ], {"style": "lines", "widths": [3.0, 1.1, 1.1, 0.9], "right": [1, 2, 3]}),
        ("p", "The platform increase is within the 7% annual cap in Section 7.3 of your "
              "agreement. The cap does not apply to the AMA CPT fee, which follows the royalty "
              "the American Medical Association charges us for each user of the CPT codes in "
              "our platform. For 2026 the AMA royalty is $18.50 per user and our administration "
              "element is unchanged at $1.00, which is why your CPT fee becomes $19.50 per user "
              "for the year. It will be billed with your February invoice for all users active "
              "on 1 February, and for later additions on the following invoice."),
        ("p", "You currently have 27 users. If you would like to remove inactive users before "
              "1 February so they are not counted, your administrator can do that under "
              "<i>Admin &gt; Users</i>."),
        ("p", "If you have questions about this notice, please reply to this letter or call "
              "your account manager, Teodor Halloran, at 555-0188."),
        ("p", "Kind regards,"),
        ("p", "Ines Carrow<br/>Director, Customer Renewals<br/>%s" % V),
    ],
    family="times", size=10.5, page_label="", footer=""))


# A12 -- two-column subscriber terms; royalty and handling split across columns
V = "Northcote Lyle Informatics, Inc."
add(doc(
    "pt_twocol_royalty_handling", V, "pass_through", (21.5, "user", "year"),
    "Two-column subscriber terms in which the CPT Royalty (USD 18.50 per Named User per "
    "calendar year) and a separate handling charge (USD 3.00 per Named User per calendar year) "
    "are stated in different sections in different columns, so the CPT fee is their sum of USD 21.50.",
    [
        ("title", "Subscriber Terms: Coding Content"),
        ("p", "Issued by <b>%s</b> (\"NLI\") for subscribers to NLI ChargeFlow. Effective 1 "
              "January 2026. These terms supplement the NLI Subscription Agreement; where they "
              "deal with coding content they take priority over it." % V),
        ("fb",),
        ("h2", "1. Scope"),
        ("p", "These terms govern the coding content in ChargeFlow: CPT codes and descriptors "
              "owned by the American Medical Association (\"AMA\"); HCPCS Level II codes "
              "published by the Centers for Medicare &amp; Medicaid Services; and ICD-10-CM "
              "codes. Only CPT is subject to a royalty. HCPCS Level II and ICD-10-CM are "
              "supplied at no charge."),
        ("h2", "2. Named Users"),
        ("p", "A Named User is an individual who has a ChargeFlow login, or who relies on "
              "ChargeFlow reports that show CPT codes to do his or her work. Named Users are "
              "counted as individuals, never as concurrent sessions, and a login shared by two "
              "people counts as two."),
        ("h2", "3. Sublicence"),
        ("p", "NLI is licensed by the AMA to distribute CPT within ChargeFlow and sublicenses "
              "it to the Subscriber for internal use in the United States by its Named Users "
              "only. The Subscriber may not copy CPT out of ChargeFlow except in claims, "
              "statements and reports produced in the ordinary course."),
        ("h2", "4. Royalty"),
        ("p", "The CPT Royalty is USD 18.50 per Named User for each calendar year or part of "
              "one. It is the amount the AMA charges NLI and is collected from the Subscriber "
              "in addition to the ChargeFlow subscription fee of USD 64.00 per Named User per "
              "month."),
        ("h2", "5. Reporting"),
        ("p", "On 15 January each year the Subscriber's administrator shall confirm the list of "
              "Named Users. NLI reports the count, but not names, to the AMA. NLI may audit the "
              "list once a year on ten days' notice. Named Users added later in the year are "
              "added to the next invoice."),
        ("h2", "6. Changes"),
        ("p", "If the AMA changes its royalty, NLI will adjust the CPT Royalty from the next "
              "1 January on 45 days' notice. The handling charge will not change before 2028."),
        ("h2", "7. Required notices"),
        ("p", "CPT only copyright 2025 American Medical Association. All rights reserved. CPT "
              "is a registered trademark of the AMA. The AMA does not directly or indirectly "
              "practice medicine or dispense medical services. Fee schedules, relative value "
              "units, conversion factors and related components are not assigned by the AMA "
              "and are not part of CPT. U.S. Government rights are limited as provided in the "
              "applicable FAR and DFARS clauses."),
        ("h2", "8. End of the sublicence"),
        ("p", "The sublicence ends with the Subscriber's ChargeFlow subscription, or earlier if "
              "NLI's agreement with the AMA ends and the AMA does not consent to the sublicence "
              "continuing. The AMA is an intended third-party beneficiary of Sections 3, 7 and "
              "8."),
        ("h2", "9. Handling"),
        ("p", "In addition to the CPT Royalty, the Subscriber shall pay a handling charge of "
              "USD 3.00 for each Named User for each calendar year, covering NLI's cost of "
              "counting, reporting and remitting the CPT Royalty. The CPT Royalty and handling "
              "charge are invoiced together in January."),
        ("h2", "10. Questions"),
        ("p", "Write to coding-content@northcotelyle.example. Invoices are addressed to the "
              "account owner named in the Subscription Agreement."),
    ],
    family="helv", size=8.5, layout="two_col", hdr_h=0.95, justify=True,
    footer="NLI ChargeFlow - Subscriber Terms: Coding Content (2026)"))


# A13 -- British-spelling telehealth terms; per clinic site per month ----------
V = "Ashdown Virtual Clinics Ltd"
add(doc(
    "pt_uk_telehealth_site_month", V, "pass_through", (5.25, "location", "month"),
    "British-spelling telehealth platform terms for US practices in which a CPT licence fee of "
    "USD 5.25 per Clinic Site per calendar month applies when the US Billing Module is used; "
    "the per-clinician platform fee and minute bundles are not the CPT fee.",
    [
        ("title", "Ashdown Virtual Clinics"),
        ("subtitle", "Practice Terms for United States Customers"),
        ("p", "These terms are made between <b>%s</b>, a company registered in England and "
              "Wales under number 09912345 whose registered office is at 4 Cresswell Yard, "
              "Tunbridge Vale TV3 9QQ (\"Ashdown\", \"we\", \"us\"), and the practice "
              "named in the Order (the \"Practice\", \"you\")." % V),
        ("h", "1. What we provide"),
        ("p", "1.1 We provide a video consultation programme, secure messaging, online "
              "booking and, if you choose it, the US Billing Module, which turns completed "
              "consultations into claim-ready superbills. 1.2 We are not a healthcare "
              "provider. Your clinicians remain solely responsible for clinical decisions and "
              "for the codes they select."),
        ("h", "2. Charges"),
        ("p", "2.1 The platform fee is USD 79.00 per authorised clinician per calendar month, "
              "which includes 1,500 video minutes per clinician. Additional minutes are "
              "charged in bundles of 500 for USD 20.00."),
        ("p", "2.2 The US Billing Module displays CPT codes, which are owned by the American "
              "Medical Association. We hold a distribution licence from the American Medical "
              "Association and sub-license CPT to you for use in the Module. Where the "
              "Practice uses the US Billing Module, a CPT licence fee of USD 5.25 per Clinic "
              "Site per calendar month is payable, which we collect and remit to the American "
              "Medical Association, less our reasonable costs of administration. A \"Clinic "
              "Site\" is each physical location from which your clinicians consult, as listed "
              "in the Order; a clinician consulting from home is attached to the Clinic Site "
              "at which he or she is rostered."),
        ("p", "2.3 All charges are invoiced monthly in arrears in US dollars and are payable "
              "within 14 days by card or bank transfer. Charges exclude any sales or use tax, "
              "which you will pay where applicable."),
        ("h", "3. Your obligations"),
        ("p", "You will ensure that your staff keep log-in details secret, that patients are "
              "properly identified, that you hold any licence your clinicians need to practise "
              "in the patient's state, and that you obtain the consents your state's law "
              "requires for care by video."),
        ("h", "4. Data protection"),
        ("p", "We process patient information as your business associate within the meaning "
              "of US law and under the business associate agreement in Schedule 2. Video "
              "sessions are not recorded unless you switch recording on. Data for US "
              "customers is held in data centres in the United States."),
        ("h", "5. Liability"),
        ("p", boiler_liability(1)),
        ("h", "6. Term and ending the agreement"),
        ("p", "The agreement runs month to month. Either of us may end it on 30 days' written "
              "notice. If you stop using the US Billing Module, the CPT licence fee stops from "
              "the end of the month in which you tell us."),
        ("h", "7. Law"),
        ("p", "These terms are governed by the laws of the State of New York, and the courts of "
              "New York County have exclusive jurisdiction, notwithstanding that we are an "
              "English company."),
    ],
    family="helv", size=9.5, page="a4", heading="shaded",
    footer="Ashdown Virtual Clinics Ltd - US Practice Terms - March 2026"))


# A14 -- statement of work; CPT sublicence procured and re-invoiced at cost -----
V = "Penhallow Systems Integration, Inc."
add(doc(
    "pt_sow_at_cost", V, "pass_through", None,
    "Statement of work for an EHR migration in which the integrator will procure the AMA CPT "
    "sublicence for each client user of the hosted system and re-invoice it annually at cost, "
    "without stating an amount; the hourly rates and the not-to-exceed total are not CPT fees.",
    [
        ("title", "Statement of Work No. 4"),
        ("p", "Under the Professional Services Agreement dated 11 August 2025 between <b>%s</b> "
              "(\"Penhallow\") and Crestmoor Cardiology Group, LLC (\"Client\")." % V),
        ("h", "1. Purpose"),
        ("p", "Migrate Client from its on-premise charting system to the hosted Meridian EHR "
              "instance that Penhallow operates for its clients, convert five years of "
              "clinical and financial history, and take Client live by 1 October 2026."),
        ("h", "2. Deliverables"),
        ("table", [
            ["ID", "Deliverable", "Acceptance"],
            ["D1", "Data-mapping workbook covering demographics, problems, medications, "
                   "allergies, results, charges and balances", "Client sign-off"],
            ["D2", "Test conversion and reconciliation report", "Variance under 0.5%"],
            ["D3", "Configured hosted instance with Client's templates and fee schedules",
             "Successful end-to-end test"],
            ["D4", "Training for up to 40 users", "Attendance logs"],
            ["D5", "Go-live command centre, two weeks", "Issue log closed"],
        ], {"style": "grid", "widths": [0.5, 4.2, 1.6]}),
        ("h", "3. Third-party items"),
        ("p", "3.1 The hosted Meridian EHR includes CPT codes and descriptors. Penhallow will "
              "procure, on Client's behalf, a sublicence of that CPT content from the software "
              "publisher, who distributes it under its agreement with the American Medical "
              "Association, for each Client user of the hosted system."),
        ("p", "3.2 Penhallow will invoice Client for that sublicence at cost, without markup, "
              "once a year in the month of go-live and each anniversary. The amount depends on "
              "the publisher's then-current royalty schedule and on Client's user count on the "
              "invoice date, and Penhallow will provide the publisher's invoice as backup."),
        ("p", "3.3 Interface engine licences and the e-prescribing network fee are covered by "
              "Penhallow's hosting charge under SOW No. 2 and are not re-invoiced."),
        ("h", "4. Fees for this SOW"),
        ("table", [
            ["Role", "Rate per hour", "Estimated hours"],
            ["Engagement lead", "$215", "120"],
            ["Conversion analyst", "$165", "340"],
            ["Trainer", "$140", "96"],
        ], {"style": "lines", "widths": [2.5, 1.5, 1.5], "right": [1, 2]}),
        ("p", "Time and materials, billed monthly in arrears, not to exceed $96,000 without a "
              "change order. Reasonable travel is billed at cost."),
        ("h", "5. Assumptions"),
        ("bul", ["Client provides a read-only database extract of the legacy system by 1 June "
                 "2026.",
                 "Client's subject-matter experts are available for up to six hours a week.",
                 "Any historical data older than five years is archived, not converted."]),
        sig(V, "Crestmoor Cardiology Group, LLC", ("Anselm Ruiz-Partridge", "Director of Delivery"),
            ("Yevgenia Tallis", "Chief Administrative Officer")),
    ],
    family="helv", size=9.5, heading="caps", footer="Penhallow SOW 4 - Crestmoor Cardiology"))
