"""blind_r documents, part A."""
from common import (TITLE, SUB, H, P, SMALL, B, N, T, KV, M, F, SIG, PB, SP, HR, CENTER,
                    US, UK, FORMAL, clauses)


def fee(amount, unit, period):
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


def D(key, coverage, vendor, fee_, desc, blocks, **kw):
    d = {"key": key, "coverage": coverage, "vendor": vendor, "fee": fee_, "desc": desc, "blocks": blocks}
    d.update(kw)
    return d


DOCS = []

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_quill_order", "pass_through", "Quillfeather Health Systems, Inc.", fee(19.5, "user", "year"),
    "Quill order form (ruled table) with a separate 'AMA CPT content licence pass-through' line at $19.50 per "
    "Authorized User per year, Authorized Users being defined in Section 1 of the MSA; the $55 seat price is "
    "subscription, not CPT.",
    [
        TITLE("Quill \u2014 Subscription Order Form"),
        SUB("Order No. Q-2025-00418 \u00b7 issued under the Quill Master Subscription Agreement v4.2"),
        KV([
            ["Vendor", "Quillfeather Health Systems, Inc. (\"Quill\"), 4100 Lantern Way, Suite 300, Madison, WI 53703"],
            ["Customer", "Lakeshore Family Medicine, S.C., 88 Harbor Road, Sheboygan, WI 53081"],
            ["Order Effective Date", "February 1, 2025"],
            ["Subscription Term", "Thirty-six (36) months from the Order Effective Date"],
            ["Governing agreement", "Quill Master Subscription Agreement v4.2 (the \"MSA\"), accepted by Customer on "
                                    "January 22, 2025. Capitalized terms not defined here have the meanings in the MSA."],
            ["Billing contact", "ap@lakeshorefm.example"],
        ]),
        H("1. Products and Fees"),
        T([
            ["Item", "Description", "Qty", "Unit price", "Billing", "First-year amount"],
            ["QPM-CORE", "Quill Practice Management \u2014 core platform, one tax ID", "1", "$6,000.00", "Annual, in advance", "$6,000.00"],
            ["QEHR-USR", "Quill EHR seat, per Authorized User", "22", "$55.00 / month", "Monthly, in advance", "$14,520.00"],
            ["QCLR-837", "Claims clearinghouse, per professional claim (estimate)", "1,800 / mo", "$0.32", "Monthly, in arrears", "$6,912.00"],
            ["QAMA-CPT", "AMA CPT\u00ae content licence pass-through, per Authorized User (see Note 2)", "22", "$19.50", "Annual, in advance", "$429.00"],
            ["QIMP", "Implementation, training and data migration", "1", "$4,500.00", "One time", "$4,500.00"],
            ["", "<b>Estimated first-year total</b>", "", "", "", "<b>$32,361.00</b>"],
        ], widths=[1.0, 2.9, 0.8, 1.0, 1.2, 1.2], right=(2, 3, 5)),
        H("2. Notes"),
        N([
            "<b>User count.</b> The quantity of 22 is Customer's starting count of Authorized Users, as that term is "
            "defined in Section 1 of the MSA. Quill will recount Authorized Users at the end of each calendar quarter "
            "and adjust both the EHR seat charge and the QAMA-CPT charge for any increase, prorated for the seat "
            "charge and at the full annual amount for the QAMA-CPT charge.",
            "<b>CPT pass-through.</b> Quill distributes CPT content under its agreement with the American Medical "
            "Association and remits to the AMA the royalty attributable to Customer's Authorized Users. That royalty "
            "is not part of the QEHR-USR seat price; it is recovered through the QAMA-CPT line. If the AMA changes the "
            "royalty it charges Quill, Quill may change the QAMA-CPT unit price on sixty (60) days' written notice.",
            "<b>Clearinghouse.</b> The QCLR-837 amount is an estimate only; Customer is billed for actual claims "
            "transmitted. Electronic remittance files and eligibility checks are included in QPM-CORE.",
            "<b>Price protection.</b> Seat and platform prices are fixed for the first twelve months and may then "
            "increase by no more than five percent (5%) per year.",
        ]),
        H("3. Order Form Terms"),
        P("This Order Form is governed by the MSA. If a term of this Order Form about pricing, quantities or billing "
          "frequency conflicts with the MSA, this Order Form controls for this order only. All other conflicts are "
          "resolved in favor of the MSA."),
        P("Fees are payable in U.S. dollars within thirty (30) days of invoice. Customer's purchase order number, if "
          "any, is for reference only, and pre-printed terms on a purchase order have no effect."),
        SIG([("Quillfeather Health Systems, Inc.", "Renata Solvang", "Regional Vice President, Sales", "January 28, 2025"),
             ("Lakeshore Family Medicine, S.C.", "Dr. Owen Haldane", "Managing Physician", "January 29, 2025")]),
    ], font="Helvetica", size=9.5, footer="Quill Order Form Q-2025-00418 \u2014 Confidential"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_brightwell_help", "pass_through", "Brightwell Clinical Software LLC", fee(21.0, "provider", "year"),
    "Brightwell help-center Q&A: annual AMA CPT royalty charge of $21 per rendering clinician per calendar year "
    "($18.50 AMA royalty + $2.50 collection cost), billed on the January invoice.",
    [
        SMALL("Brightwell Help Center \u203a Billing &amp; account \u203a Charges on your invoice"),
        TITLE("The AMA CPT\u00ae royalty charge: your questions answered"),
        SUB("Last updated November 18, 2024 \u00b7 4 minute read"),
        P("From the 2025 calendar year, every Brightwell account will see an annual line on its invoice labelled "
          "<i>AMA CPT royalty</i>. This article explains what the charge is, how it is worked out and when it "
          "appears."),
        H("What is this charge for?"),
        P("The procedure codes and descriptions you pick from when you document a visit or build a claim come from "
          "the CPT code set, which the American Medical Association owns. Brightwell is allowed to include CPT in "
          "the software because we hold a distribution agreement with the AMA, and under that agreement we report "
          "and pay a royalty for the clinicians who use CPT in Brightwell. Until now we paid that royalty ourselves. "
          "From 2025 we are passing it on to practices as a separate charge."),
        H("How much is it?"),
        P("$21.00 per rendering clinician for each calendar year. $18.50 of that is the royalty the AMA charges "
          "Brightwell for 2025; the other $2.50 covers our cost of counting, reporting and remitting. We do not "
          "prorate the charge for part of a year."),
        H("Who counts as a rendering clinician?"),
        P("Anyone whose staff profile has the <i>Rendering clinician</i> box ticked on January 1, plus anyone "
          "whose profile is switched to rendering clinician later in the year. Front-desk, billing and "
          "administrator-only profiles are not charged."),
        H("When will I be billed?"),
        P("On your first invoice dated in January. If you add a rendering clinician after that, the full annual "
          "charge for that person appears on your next monthly invoice."),
        H("Can I pay the AMA directly instead?"),
        P("No. The AMA licenses CPT inside Brightwell through us, so the royalty for use of CPT in Brightwell has to "
          "be collected by Brightwell. If you use other systems that contain CPT, such as a separate billing "
          "service's software, those are licensed separately and we can't speak for them."),
        H("Is it taxed? Will it go up?"),
        P("We are not collecting sales tax on this charge at present, but a few states may treat it as taxable in "
          "future. The AMA reviews its royalty every year; if the rate changes we will tell you at least 30 days "
          "before the January invoice."),
        H("Does this change my subscription price?"),
        P("No. Your monthly plan price (for example, $89 per clinician on the Standard plan) stays exactly as it "
          "is. The royalty is an extra line, not a plan increase."),
        HR(),
        SMALL("Brightwell is a trademark of Brightwell Clinical Software LLC, 1200 Foundry Street, Boise, ID 83702. "
              "support@brightwell.example. CPT is a registered trademark of the American Medical Association."),
        SMALL("Was this article helpful? \u00a0Yes \u00b7 No \u00a0\u00a0 Related: Reading your invoice \u00b7 "
              "Adding a clinician \u00b7 Plans and pricing"),
    ], font="Helvetica", size=10, footer="help.brightwell.example/articles/ama-cpt-royalty"))

# ---------------------------------------------------------------------------
p3 = {"V": "Licensor", "C": "Licensee", "VP": "Licensor's", "CP": "Licensee's", "state": "New Jersey"}
DOCS.append(D(
    "pt_marrowby_formal", "pass_through", "Marrowby Informatics Corporation", fee(1.75, "user", "month"),
    "Formal WITNESSETH-style licence agreement: Article IV imposes a CPT Content Fee of US$1.75 per Named User "
    "per calendar month, separate from the licence fees, with Named User defined in Article I; the $89 Named User "
    "access fee is subscription.",
    [
        CENTER("MASTER SOFTWARE LICENSE AGREEMENT"),
        P("THIS MASTER SOFTWARE LICENSE AGREEMENT (hereinafter the \"Agreement\") is made and entered into as of "
          "the first day of April, 2025 (the \"Effective Date\"), by and between MARROWBY INFORMATICS CORPORATION, a "
          "corporation organized and existing under the laws of the State of Delaware, having its principal place "
          "of business at 600 Canal Pointe Boulevard, Princeton, New Jersey 08540 (hereinafter \"Licensor\"), and "
          "CEDAR KNOLL ORTHOPAEDIC ASSOCIATES, P.A., a professional association organized under the laws of the "
          "State of New Jersey, having its principal office at 19 Mill Race Lane, Flemington, New Jersey 08822 "
          "(hereinafter \"Licensee\")."),
        CENTER("WITNESSETH:"),
        P("WHEREAS, Licensor has developed and owns certain proprietary practice management and clinical "
          "documentation software known as the MIC Practice Suite; and"),
        P("WHEREAS, Licensor is party to a distribution license agreement with the American Medical Association "
          "(hereinafter the \"AMA\") under which Licensor is authorized to incorporate the AMA's Current Procedural "
          "Terminology in its products and to sublicense the same to its customers; and"),
        P("WHEREAS, Licensee desires to obtain, and Licensor is willing to grant, a license to use the said "
          "software, together with such content, upon the terms and subject to the conditions hereinafter set "
          "forth;"),
        P("NOW, THEREFORE, in consideration of the premises and of the mutual covenants herein contained, and for "
          "other good and valuable consideration, the receipt and sufficiency of which are hereby acknowledged, the "
          "parties hereto, intending to be legally bound, agree as follows:"),
        CENTER("ARTICLE I \u2014 DEFINITIONS"),
        P("1.1 \"Named User\" shall mean each individual natural person, being an employee or contractor of "
          "Licensee, to whom Licensee causes unique log-in credentials to the Software to be issued, each such "
          "person being counted once irrespective of the number or frequency of his or her sessions and "
          "irrespective of whether such person is a physician, clinician, coder, biller or member of the "
          "administrative staff."),
        P("1.2 \"CPT Content\" shall mean the codes, descriptors, guidelines and related material of the AMA's "
          "Current Procedural Terminology, in whatever edition is from time to time furnished by Licensor within the "
          "Software."),
        P("1.3 \"Software\" shall mean the MIC Practice Suite in object-code form, inclusive of all updates and "
          "releases furnished hereunder, together with the Documentation."),
        P("1.4 \"Documentation\" shall mean the user manuals and on-line help furnished by Licensor with the "
          "Software."),
        CENTER("ARTICLE II \u2014 GRANT OF LICENSE"),
        P("2.1 Subject to the terms and conditions hereof, Licensor hereby grants unto Licensee a non-exclusive, "
          "non-transferable license, for the term hereof, to permit its Named Users to access and use the Software "
          "solely for the internal business purposes of Licensee within the United States."),
        P("2.2 Licensee shall not, and shall not permit any third party to, copy, modify, reverse engineer, "
          "sublicense, rent or otherwise make the Software available to any person who is not a Named User."),
        CENTER("ARTICLE III \u2014 CPT CONTENT"),
        P("3.1 Licensor hereby grants unto Licensee a limited, non-exclusive, non-transferable sublicense to use the "
          "CPT Content solely as embedded in the Software and solely for Licensee's internal use in the United "
          "States, which sublicense shall terminate forthwith upon the termination or expiration of Licensor's "
          "agreement with the AMA, save as the AMA may otherwise consent."),
        P("3.2 Licensee shall not publish, distribute, or prepare derivative works of the CPT Content, nor make the "
          "same available to any affiliate or other legal entity. Licensee acknowledges that the AMA is a third-party "
          "beneficiary of this Article III."),
        P("3.3 Licensee acknowledges that the CPT Content is furnished without warranty of any kind by the AMA, that "
          "the AMA neither practices medicine nor dispenses medical services, and that fee schedules and relative "
          "value units are not assigned by the AMA nor form part of the CPT Content."),
        CENTER("ARTICLE IV \u2014 FEES"),
        P("4.1 In consideration of the license granted in Article II, Licensee shall pay unto Licensor the license "
          "and service fees set forth in Schedule A hereto."),
        P("4.2 In addition to, and separate and apart from, the fees set forth in Schedule A, Licensee shall pay unto "
          "Licensor a CPT Content Fee in the amount of One Dollar and Seventy-Five Cents (US$1.75) per Named User "
          "per calendar month, which sum is levied in respect of the royalties payable by Licensor to the AMA by "
          "reason of Licensee's use of the CPT Content. The CPT Content Fee shall be invoiced monthly in arrears on "
          "the basis of the greatest number of Named Users enabled at any time during the month invoiced."),
        P("4.3 All sums payable hereunder shall be paid within thirty (30) days following the date of Licensor's "
          "invoice therefor, without set-off or deduction."),
    ] + clauses(FORMAL, ["conf", "warr", "liab", "term", "law", "misc"], 5, p3, runin=True, prefix="") + [
        P("IN WITNESS WHEREOF, the parties hereto have caused this Agreement to be executed by their duly authorized "
          "officers as of the day and year first above written."),
        SIG([("Marrowby Informatics Corporation", "Theodore P. Vance", "Executive Vice President", "April 1, 2025"),
             ("Cedar Knoll Orthopaedic Associates, P.A.", "Miriam Okafor, M.D.", "President", "April 1, 2025")]),
        SP(10),
        CENTER("SCHEDULE A \u2014 LICENSE AND SERVICE FEES"),
        T([
            ["Component", "Basis", "Fee"],
            ["Named User access", "per Named User, per month", "$89.00"],
            ["Hosting and disaster recovery", "per month, flat", "$650.00"],
            ["Interface engine (HL7 lab and imaging)", "one-time installation", "$3,200.00"],
            ["Premium support (24x7)", "per month, flat", "$400.00"],
        ], widths=[3, 2.2, 1.2], right=(2,)),
        SMALL("The CPT Content Fee payable under Section 4.2 is not included in the foregoing fees."),
    ], font="Times", size=10, paper="letter", footer="Marrowby / Cedar Knoll \u2014 Master Software License Agreement"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_harrowgate_amend", "pass_through", "Harrowgate Medical Technologies Corp.", fee(22.0, "provider", "year"),
    "Amendment No. 2 replaces one sentence of Section 5.3: the CPT License Fee the Practice pays Harrowgate "
    "rises from $18.00 to $22.00 per Provider per calendar year; the label is the amended fee.",
    [
        CENTER("AMENDMENT NO. 2 TO SOFTWARE SUBSCRIPTION AGREEMENT"),
        P("This Amendment No. 2 (this \"Amendment\") is entered into as of November 15, 2024 (the \"Amendment "
          "Date\") by and between Harrowgate Medical Technologies Corp., a Pennsylvania corporation "
          "(\"Harrowgate\"), and Sable River Pediatrics, PLLC (\"Practice\")."),
        H("Background"),
        P("A. Harrowgate and Practice are parties to a Software Subscription Agreement dated June 1, 2022, as amended "
          "by Amendment No. 1 dated January 15, 2023, which added the telehealth module (together, the "
          "\"Agreement\")."),
        P("B. Section 5.3 of the Agreement provides that Practice shall pay Harrowgate a CPT License Fee for each "
          "Provider who has access to CPT codes in the Software, and its second sentence sets the amount of that "
          "fee. The parties wish to change that amount and nothing else."),
        H("Agreement"),
        P("1. <b>Amendment of Section 5.3.</b> The second sentence of Section 5.3 of the Agreement, which currently "
          "reads \"The CPT License Fee shall be Eighteen Dollars ($18.00) per Provider per calendar year.\", is "
          "deleted in its entirety and replaced with the following sentence:"),
        P("<i>\"The CPT License Fee shall be Twenty-Two Dollars ($22.00) per Provider per calendar year, beginning "
          "with the invoice for calendar year 2025.\"</i>"),
        P("2. <b>No other changes.</b> Except as expressly set out in Section 1, the Agreement remains unchanged and in "
          "full force and effect. The subscription fees in Exhibit B, the telehealth fees added by Amendment No. 1, "
          "and the annual increase limit in Section 5.6 are not affected by this Amendment."),
        P("3. <b>Definitions.</b> Capitalized terms used but not defined in this Amendment, including \"Provider\", "
          "have the meanings given to them in the Agreement."),
        P("4. <b>Counterparts; electronic signature.</b> This Amendment may be signed in counterparts and by "
          "electronic signature, each of which is an original and all of which together are one instrument."),
        SIG([("Harrowgate Medical Technologies Corp.", "Colleen Brandt", "Director, Contracts", "November 15, 2024"),
             ("Sable River Pediatrics, PLLC", "Jonah Whitfield, MD", "Managing Member", "November 19, 2024")]),
    ], font="Times", size=11, footer="Harrowgate Contract No. HMT-2022-0611 \u00b7 Amendment No. 2"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_pellucare_invoice", "pass_through", "Pellucid Practice Software, Inc.", fee(19.0, "provider", "year"),
    "PelluCare invoice whose line items include 'AMA CPT royalty pass-through, calendar year 2025' at $19.00 for "
    "each of 6 providers, alongside subscription, staff logins, e-prescribing and per-claim lines.",
    [
        TITLE("INVOICE"),
        P("<b>PelluCare</b> \u2014 practice software by Pellucid Practice Software, Inc.<br/>"
          "2770 Orchard Parkway, Suite 140, San Jose, CA 95134 \u00b7 billing@pellucare.example \u00b7 (408) 555-0143"),
        KV([
            ["Invoice number", "PC-250107-3318"],
            ["Invoice date", "January 7, 2025"],
            ["Account", "NGIM-0042"],
            ["Terms", "Net 30 \u2014 due February 6, 2025"],
            ["Bill to", "Northgate Internal Medicine Group, attn: Accounts Payable, 410 Elm Crossing, Fresno, CA 93710"],
        ], widths=(1.4, 5.1)),
        T([
            ["#", "Description", "Qty", "Unit price", "Amount"],
            ["1", "PelluCare Complete subscription \u2014 January 2025 (per provider)", "6", "$349.00", "$2,094.00"],
            ["2", "Additional staff logins (non-provider) \u2014 January 2025", "9", "$35.00", "$315.00"],
            ["3", "e-Prescribing with EPCS add-on \u2014 January 2025 (per provider)", "6", "$15.00", "$90.00"],
            ["4", "AMA CPT\u00ae royalty pass-through, calendar year 2025 (Jan 1 \u2013 Dec 31), per provider", "6", "$19.00", "$114.00"],
            ["5", "Claims transmitted, December 2024 (per claim)", "1,412", "$0.25", "$353.00"],
            ["", "<b>Subtotal</b>", "", "", "$2,966.00"],
            ["", "Sales tax", "", "", "$0.00"],
            ["", "<b>Total due</b>", "", "", "<b>$2,966.00</b>"],
        ], widths=[0.4, 4.0, 0.7, 1.0, 1.1], right=(2, 3, 4)),
        H("About line 4"),
        P("The American Medical Association charges a royalty for each provider who uses CPT codes in PelluCare. "
          "We bill it once a year, on the first invoice of the calendar year, for every provider active on your "
          "account on January 1. Providers added later in the year are billed on the next invoice. This is a "
          "pass-through of the AMA royalty and is not part of your subscription price."),
        H("How to pay"),
        B(["ACH: Pellucid Practice Software, Inc., routing 000000000, account ending 4417 (use invoice number as reference)",
           "Card: log in to PelluCare \u203a Settings \u203a Billing \u203a Pay invoice",
           "Questions about this invoice: billing@pellucare.example"]),
        SMALL("CPT is a registered trademark of the American Medical Association. Please remit within the terms "
              "shown; late balances may incur a 1.5% monthly finance charge."),
    ], font="Helvetica", size=9.5, footer="Pellucid Practice Software, Inc. \u00b7 Invoice PC-250107-3318"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_ashcombe_uk", "pass_through", "Ashcombe Clinical Systems Limited", fee(95.0, "organization", "year"),
    "British-drafted terms of supply ('licence', 'organisation'): clause 6.3 imposes a separate CPT licence charge "
    "of USD 95.00 per organisation per annum, invoiced apart from the Subscription Charges.",
    [
        TITLE("Ashcombe PracticeHub"),
        SUB("Terms of Supply for Customers in the United States \u2014 version 3.1, January 2025"),
        P("These terms are made between <b>Ashcombe Clinical Systems Limited</b>, a company registered in England and "
          "Wales under number 09876543 whose registered office is at 14 Quayside Walk, Bristol BS1 4QA (\"Ashcombe\", "
          "\"we\", \"us\"), and the organisation named in the Order (\"you\"). They apply to every Order for the "
          "PracticeHub service placed by a customer located in the United States."),
        H("1. Definitions and interpretation"),
        P("1.1 In these terms: <b>Authorised Users</b> means your employees and contractors whom you authorise to use "
          "the Service; <b>Charges</b> means the Subscription Charges and any other sums payable under these terms; "
          "<b>Contract Year</b> means each period of twelve months beginning on the Service Start Date or an "
          "anniversary of it; <b>Order</b> means the order form signed by you and accepted by us; <b>Service</b> means "
          "the PracticeHub hosted scheduling, clinical note and billing service; <b>Subscription Charges</b> means the "
          "charges set out in the Order for access to the Service."),
        P("1.2 Clause headings do not affect interpretation. References to \"including\" mean \"including without "
          "limitation\". References to the Supplier are to Ashcombe, and references to the Customer are to you."),
        H("2. The Service"),
        P("2.1 We shall provide the Service to you from the Service Start Date in accordance with these terms and the "
          "Order. We may update the Service from time to time, provided that no update materially reduces its "
          "functionality."),
        P("2.2 You shall ensure that only Authorised Users access the Service, that each has a personal login, and "
          "that logins are not shared."),
        H("3. Your organisation's responsibilities"),
        P("3.1 You are responsible for the accuracy of information entered into the Service, for clinical and "
          "coding decisions made by your staff, and for your compliance with the laws that apply to your practice."),
        H("4. Support"),
    ] + [P("4.1 " + UK["support"][1])] + [
        H("5. Data protection"),
        P("5.1 " + UK["data"][1]),
        H("6. Charges and payment"),
        P("6.1 You shall pay the Subscription Charges set out in the Order, monthly in advance, by direct debit or "
          "card."),
        P("6.2 The Subscription Charges are fixed for the first Contract Year. We may increase them with effect from "
          "the start of any later Contract Year by giving you not less than sixty days' notice, but no increase shall "
          "exceed the greater of 4% and the annual change in the US Consumer Price Index."),
        P("6.3 <b>CPT licence charge.</b> The Service displays procedure codes and descriptors from the CPT code set, "
          "which is owned by the American Medical Association, and we are required to account to the AMA for your "
          "organisation's use of that content. Accordingly, in addition to the Subscription Charges, we shall invoice "
          "you a CPT licence charge of USD 95.00 per organisation per annum, payable in advance at the start of each "
          "Contract Year. The charge is the same whatever the number of Authorised Users or sites within your "
          "organisation, and it is not refundable if the Agreement ends part-way through a Contract Year."),
        P("6.4 All Charges are stated and payable in US dollars and are exclusive of any US sales or use taxes, which "
          "you shall pay where applicable. Value added tax does not apply to supplies to US customers."),
        P("6.5 If you do not pay an invoice by its due date, we may charge interest at 2% a year above the Bank of "
          "England base rate and, after giving fourteen days' further notice, suspend the Service."),
        H("7. Limitation of liability"),
        P("7.1 " + UK["liab"][1]),
        H("8. Duration and termination"),
        P("8.1 " + UK["term"][1]),
        H("9. General"),
        P("9.1 " + UK["entire"][1]),
        P("9.2 " + UK["variation"][1]),
        P("9.3 These terms and any dispute arising from them are governed by the law of England and Wales, save that "
          "matters concerning protected health information are governed by the federal law of the United States. "
          "The courts of England and Wales have exclusive jurisdiction."),
    ], font="Times", size=10.5, paper="A4", footer="Ashcombe Clinical Systems Limited \u2014 PracticeHub US Terms v3.1"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_nimbus_renewal", "pass_through", "Nimbus Charting Co.", fee(19.75, "user", "year"),
    "NimbusChart renewal notice: besides a capped 5% subscription increase, it bills an annual AMA CPT fee of "
    "$18.50 per user plus a $1.25 per-user CPT administration fee, i.e. $19.75 per user per year.",
    [
        P("<b>NimbusChart</b><br/>Nimbus Charting Co. \u00b7 55 Tremont Row, Floor 6, Boston, MA 02108 \u00b7 "
          "renewals@nimbuschart.example"),
        SP(6),
        P("January 10, 2025"),
        P("Dr. Alana Peres<br/>Bayview Dermatology, LLC<br/>301 Shore Drive, Suite 2B<br/>Portsmouth, NH 03801"),
        P("<b>Re: Your NimbusChart renewal \u2014 account NC-77120 \u2014 renewal date March 1, 2025</b>"),
        P("Dear Dr. Peres,"),
        P("Thank you for another year with NimbusChart. Your subscription renews automatically on March 1, 2025 for a "
          "further twelve months on the same plan. We want you to see exactly what you'll be billed, so the figures "
          "are set out below."),
        T([
            ["", "Current term (2024\u201325)", "Renewal term (2025\u201326)"],
            ["Plan", "NimbusChart Pro", "NimbusChart Pro"],
            ["Users on account", "11", "11"],
            ["Subscription, per user per month", "$59.00", "$61.95"],
            ["Subscription, annual", "$7,788.00", "$8,177.40"],
            ["AMA CPT\u00ae fee, per user per year", "\u2014", "$18.50"],
            ["CPT administration fee, per user per year", "\u2014", "$1.25"],
            ["AMA CPT\u00ae and administration fees, annual", "\u2014", "$217.25"],
            ["<b>Estimated annual total</b>", "<b>$7,788.00</b>", "<b>$8,394.65</b>"],
        ], ruled=False, widths=[3.2, 1.7, 1.7], right=(1, 2)),
        P("<b>Why the subscription is changing.</b> Your agreement allows us to raise the subscription price at "
          "renewal by no more than 5%. This year's change is exactly that cap: $2.95 per user per month."),
        P("<b>Why there is a new AMA CPT fee.</b> The American Medical Association owns the CPT procedure codes you "
          "use in NimbusChart and charges a royalty for every person who uses them. Until now we absorbed that cost. "
          "From this renewal we will collect it from you and pass it to the AMA, together with a small "
          "administration fee for counting, reporting and remitting. Both appear as separate lines on your March "
          "invoice, charged once for the year for each user on your account on the renewal date. Users added later "
          "are charged on the following invoice."),
        P("<b>Nothing to do.</b> If you are happy to continue, no action is needed. If you want to change your plan "
          "or the number of users, reply to this letter or call us at (617) 555-0170 by February 14, 2025."),
        P("With thanks,"),
        P("Marcus Leung<br/>Renewals Team, Nimbus Charting Co."),
        SMALL("NimbusChart is a registered trademark of Nimbus Charting Co. CPT is a registered trademark of the "
              "American Medical Association. Estimated totals exclude applicable taxes."),
    ], font="Helvetica", size=10, footer="NimbusChart renewal notice \u00b7 NC-77120"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_redfern_quote", "pass_through", "Redfern Ridge Software, LLC", fee(240.0, "location", "year"),
    "Redfern PM price quotation, signed: the optional 'CPT code set licence (AMA content)' line at $240 per "
    "location per year is ticked [X] for 3 locations, so the practice pays a separate CPT fee.",
    [
        TITLE("Redfern PM \u2014 Price Quotation"),
        KV([
            ["From", "Redfern Ridge Software, LLC, 900 Pinnacle Road, Chattanooga, TN 37405 \u00b7 sales@redfernpm.example"],
            ["Quote", "RR-Q-5521 \u00b7 issued March 3, 2025 \u00b7 valid for 30 days"],
            ["Prepared for", "Hilltop Urgent Care Partners, LLC (3 clinic locations: Ridgeview, Dalton Pike, East Brainerd)"],
            ["Prepared by", "Shawn Pruitt, Account Executive"],
        ], widths=(1.2, 5.3)),
        H("A. Required items"),
        T([
            ["Item", "Unit", "Qty", "Unit price", "Annual / one-time"],
            ["Redfern PM platform licence (scheduling, billing, reporting)", "per location per year", "3", "$4,800.00", "$14,400.00"],
            ["Onboarding and staff training", "one time", "1", "$2,500.00", "$2,500.00"],
        ], widths=[3.1, 1.5, 0.5, 1.0, 1.3], right=(2, 3, 4)),
        H("B. Optional items \u2014 tick to include"),
        T([
            ["Include?", "Item", "Unit", "Qty", "Unit price", "Annual"],
            ["[X]", "CPT\u00ae code set licence (AMA content). Required if you will code or bill with CPT in Redfern PM.", "per location per year", "3", "$240.00", "$720.00"],
            ["[\u00a0\u00a0\u00a0]", "Patient statement printing and mailing", "per statement", "\u2014", "$0.89", "\u2014"],
            ["[X]", "Real-time eligibility bundle (unlimited checks)", "per location per month", "3", "$60.00", "$2,160.00"],
            ["[\u00a0\u00a0\u00a0]", "Advanced analytics dashboards", "per year", "\u2014", "$1,200.00", "\u2014"],
        ], widths=[0.7, 2.8, 1.3, 0.5, 0.9, 0.9], right=(3, 4, 5)),
        H("C. Summary"),
        T([
            ["Required items, first year", "$16,900.00"],
            ["Selected optional items, first year", "$2,880.00"],
            ["<b>Total, first year</b>", "<b>$19,780.00</b>"],
            ["Recurring annual amount from year two (before any increase)", "$17,280.00"],
        ], ruled=False, header=False, widths=[4.6, 1.6], right=(1,)),
        H("D. Conditions"),
        N(["Recurring items are billed annually in advance from go-live. Onboarding is billed on signature.",
           "The CPT code set licence is Redfern's sublicence of AMA content for use within Redfern PM only, priced per "
           "clinic location. Redfern may adjust its price once a year to reflect changes in the AMA's charges.",
           "This quotation is subject to Redfern's Customer Terms at redfernpm.example/terms.",
           "Prices exclude sales tax."]),
        H("Acceptance"),
        P("By signing, the customer accepts this quotation, including the optional items marked [X]."),
        SIG([("Hilltop Urgent Care Partners, LLC", "Marisol Ortega", "Practice Administrator", "March 11, 2025")]),
    ], font="Helvetica", size=9.5, footer="Redfern Ridge Software, LLC \u00b7 Quote RR-Q-5521"))

# ---------------------------------------------------------------------------
p9 = {"V": "Company", "C": "Subscriber", "state": "Colorado", "venue": "Denver, Colorado"}
DOCS.append(D(
    "pt_larkspur_terms", "pass_through", "Larkspur Practice Solutions, Inc.", None,
    "General terms whose long fees paragraph buries a commitment that Company invoices Subscriber, as a separate "
    "line each January, the AMA royalty for Subscriber's users at the AMA's then-current rate; no amount is "
    "stated.",
    [
        CENTER("LARKSPUR PRACTICE SOLUTIONS, INC."),
        CENTER("General Terms and Conditions for Subscription Services"),
        P("These General Terms and Conditions (the \"Terms\") govern every order for subscription services "
          "(each, an \"Order\") between Larkspur Practice Solutions, Inc., a Colorado corporation (\"Company\"), and "
          "the medical practice identified in the Order (\"Subscriber\"). The Terms and the Orders together are the "
          "\"Agreement\"."),
        P("<b>1. Services.</b> Company will provide the hosted practice management, electronic health record and "
          "patient engagement services described in each Order (the \"Services\"). Company may improve or modify the "
          "Services, but will not materially reduce the functionality Subscriber has purchased during the then-current "
          "term."),
        P("<b>2. Subscriber Responsibilities.</b> Subscriber will ensure that its users keep their credentials secure, "
          "that information entered into the Services is accurate, and that its use of the Services complies with "
          "applicable law, including laws on billing and the privacy of health information."),
    ] + clauses(US, ["accounts", "data", "hipaa"], 3, p9) + [
        P("<b>6. Fees and Payment.</b> Subscriber shall pay the Subscription Fees, implementation fees and usage "
          "fees stated in each Order, in the amounts and at the frequencies there stated, and all such fees are "
          "payable in U.S. dollars without set-off within thirty (30) days of the date of Company's invoice. Unless the "
          "Order states otherwise, Subscription Fees are invoiced annually in advance and usage fees monthly in "
          "arrears, and Company may, on not less than sixty (60) days' notice before a renewal term begins, increase "
          "the Subscription Fees for that renewal term by an amount not exceeding seven percent (7%) of the fees for "
          "the expiring term. Subscriber acknowledges that the Services incorporate the Current Procedural "
          "Terminology code set, which is owned by the American Medical Association, that the AMA assesses a royalty "
          "in respect of each individual who uses that content, and that this royalty is not included in the "
          "Subscription Fees; accordingly Company will invoice Subscriber, as a separate line item on the first "
          "invoice issued in each calendar year, for the royalty attributable to Subscriber's users at the rate "
          "then charged to Company by the AMA, and Subscriber shall pay that amount together with, and on the same "
          "terms as, the other fees hereunder. Fees are exclusive of taxes, which Subscriber shall pay other than "
          "taxes on Company's net income; where Company is required to collect such taxes they will be shown on the "
          "invoice. Amounts not paid when due accrue interest at one and one-half percent (1.5%) per month or, if "
          "less, the maximum lawful rate, and Company may, after ten (10) days' written notice, suspend the Services "
          "until all overdue amounts are paid. Subscriber must raise any good-faith dispute about an invoice in "
          "writing within thirty (30) days of its date, failing which the invoice is deemed accepted; the parties will "
          "work together promptly to resolve any dispute so raised, and Subscriber shall pay all undisputed amounts "
          "when due."),
    ] + clauses(US, ["conf", "warr", "clin", "liab", "indem", "term", "force", "assign", "law", "entire"], 7, p9) + [
        P("<b>17. Acceptance.</b> These Terms are accepted by Subscriber when it signs an Order that references them "
          "or first uses the Services, whichever is earlier."),
        SMALL("Larkspur Practice Solutions, Inc. \u00b7 1650 Wynkoop Street, Suite 500, Denver, CO 80202 \u00b7 "
              "legal@larkspurpractice.example \u00b7 Form LPS-GTC-2025.1"),
    ], font="Times", size=10, footer="Larkspur Practice Solutions, Inc. \u2014 General Terms LPS-GTC-2025.1"))

# ---------------------------------------------------------------------------
p10 = {"V": "Billing Company", "C": "Provider", "state": "Pennsylvania", "venue": "Harrisburg, Pennsylvania"}
DOCS.append(D(
    "pt_keystone_billing", "pass_through", "Keystone Revenue Partners LLC", fee(24.0, "provider", "year"),
    "Billing-service agreement in which the practice is 'Provider': Section 3.4 makes Provider reimburse "
    "Billing Company for the CPT sublicense fee at $24.00 per rendering provider per year, on top of the 5.5% "
    "collections fee.",
    [
        CENTER("MEDICAL BILLING SERVICES AGREEMENT"),
        P("This Medical Billing Services Agreement (the \"Agreement\") is made effective as of July 1, 2025 between "
          "<b>Keystone Revenue Partners LLC</b>, a Pennsylvania limited liability company with offices at 220 Market "
          "Square, Harrisburg, PA 17101 (\"Billing Company\"), and <b>Riverside Behavioral Health Associates, P.C.</b>, "
          "a Pennsylvania professional corporation (\"Provider\")."),
        H("1. Services"),
        P("1.1 Billing Company will perform the following revenue-cycle services for Provider: charge entry from "
          "Provider's encounter documentation; electronic submission of professional claims; posting of payer and "
          "patient payments; denial management and appeals; follow-up on unpaid claims older than 30 days; patient "
          "statement preparation; and monthly reporting."),
        P("1.2 Billing Company performs these services using its own licensed practice management system, "
          "\"KRP Connect\". Provider's staff will receive read-only portal access to KRP Connect to view claim status "
          "and reports."),
        H("2. Provider Responsibilities"),
        P("2.1 Provider is solely responsible for the selection of diagnosis and procedure codes and for the "
          "accuracy and completeness of its clinical documentation. Billing Company will not change a code selected by "
          "Provider without Provider's written approval."),
        P("2.2 Provider will deliver encounter information to Billing Company within three (3) business days of the "
          "date of service, will forward all payer correspondence promptly, and will maintain current enrollment "
          "with each payer."),
        H("3. Compensation"),
        P("3.1 Provider will pay Billing Company five and one-half percent (5.5%) of Net Collections each month. "
          "\"Net Collections\" means all amounts actually received on claims submitted by Billing Company, less "
          "refunds and recoupments."),
        P("3.2 The monthly fee under Section 3.1 will not be less than $750.00 for any full calendar month."),
        P("3.3 Patient statements printed and mailed by Billing Company are charged at $0.85 per statement."),
        P("3.4 <b>Code set licensing.</b> KRP Connect contains CPT\u00ae codes and descriptors furnished under "
          "Billing Company's sublicense from an AMA-authorized distributor. Provider shall reimburse Billing "
          "Company for the CPT sublicense fee attributable to Provider's rendering providers at the rate of "
          "Twenty-Four Dollars ($24.00) per rendering provider per year. This amount is invoiced each January, in "
          "addition to the fees in Sections 3.1 through 3.3, for each rendering provider on Provider's roster on "
          "January 1 and, for providers added later, on the next monthly invoice."),
        P("3.5 Billing Company invoices monthly. Invoices are due within fifteen (15) days."),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "insur", "indep", "law", "entire"], 4, p10, runin=True) + [
        SIG([("Keystone Revenue Partners LLC", "Gail Amsel", "Managing Director", "June 20, 2025"),
             ("Riverside Behavioral Health Associates, P.C.", "Dr. Patrick Nwosu", "President", "June 23, 2025")]),
    ], font="Helvetica", size=9.5, footer="Keystone Revenue Partners LLC \u2014 Medical Billing Services Agreement"))

# ---------------------------------------------------------------------------
p11 = {"V": "Tidewater", "C": "Client", "state": "Virginia", "venue": "Norfolk, Virginia"}
DOCS.append(D(
    "pt_tidewater_clearing", "pass_through", "Tidewater Claims Exchange, Inc.", fee(3.0, "provider", "month"),
    "Clearinghouse agreement with per-claim and per-inquiry fees; Exhibit A adds a separate CPT content fee of "
    "$3.00 per Rendering Provider per month for the claim scrubber, which Client must pay.",
    [
        TITLE("Electronic Claims Services Agreement"),
        SUB("Tidewater Claims Exchange, Inc. \u00b7 Agreement No. TCE-41877"),
        P("This Agreement is between <b>Tidewater Claims Exchange, Inc.</b>, a Virginia corporation (\"Tidewater\"), "
          "and <b>Chesapeake Sports Medicine, PLLC</b> (\"Client\"), and takes effect on the date Client's first "
          "claim batch is accepted by Tidewater (the \"Effective Date\")."),
        H("1. Definitions"),
        B(["<b>Rendering Provider</b> means each individual practitioner, identified by a Type 1 NPI, whose services "
           "are billed through Client's Tidewater account in a given month.",
           "<b>Transaction</b> means a single claim, eligibility inquiry, claim status inquiry, or remittance file "
           "processed by Tidewater for Client.",
           "<b>Claim Scrubber</b> means Tidewater's pre-submission editing and code-lookup tool."]),
        H("2. Services"),
        P("Tidewater will receive Client's claims in ANSI X12 837P format or through the Tidewater web portal, "
          "apply payer-specific edits, route claims to payers, and return acknowledgments, payer reports and 835 "
          "remittance files. Tidewater will maintain connections to the payers listed on its website and will give "
          "Client thirty (30) days' notice before discontinuing any payer connection."),
        H("3. Client Obligations"),
        P("Client is responsible for the accuracy of all claim data, for maintaining its own payer enrollments, and "
          "for retaining source documentation. Client will not use the services to submit claims on behalf of any "
          "other practice."),
        H("4. Fees"),
        P("Client shall pay the fees in Exhibit A. The Claim Scrubber displays CPT\u00ae codes and descriptors, and "
          "Tidewater obtains that content from an AMA-authorized distributor. Client shall pay the CPT Content Fee "
          "shown in Exhibit A, which Tidewater remits to that distributor, in addition to the Transaction fees. "
          "Fees are invoiced monthly in arrears and due within twenty (20) days."),
    ] + clauses(US, ["hipaa", "conf", "liab", "term", "law"], 5, p11, runin=True) + [
        SIG([("Tidewater Claims Exchange, Inc.", "Anthony Reyes", "Director, Client Services", "April 2, 2025"),
             ("Chesapeake Sports Medicine, PLLC", "Laura Benning", "Office Manager", "April 3, 2025")]),
        PB(),
        CENTER("EXHIBIT A \u2014 FEE SCHEDULE"),
        T([
            ["Service", "Unit", "Fee"],
            ["Professional claim (837P), electronic", "per claim", "$0.27"],
            ["Paper claim drop-to-print", "per claim", "$0.65"],
            ["Electronic remittance (835)", "per file", "Included"],
            ["Eligibility inquiry (270/271)", "per inquiry", "$0.12"],
            ["Claim status inquiry (276/277)", "per inquiry", "$0.10"],
            ["Claim Scrubber \u2014 CPT\u00ae Content Fee", "per Rendering Provider per month", "$3.00"],
            ["Account setup", "one time", "$150.00"],
            ["Monthly minimum (Transaction fees only)", "per month", "$40.00"],
        ], widths=[3.4, 2.2, 1.0], right=(2,)),
        SMALL("The monthly minimum applies to Transaction fees only; the CPT Content Fee and setup fee are billed in "
              "addition. Tidewater may revise Transaction fees on sixty (60) days' notice."),
    ], font="Helvetica", size=10, footer="Tidewater Claims Exchange, Inc. \u00b7 TCE-41877"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_oriel_email", "pass_through", "Oriel Health Cloud, Inc.", None,
    "E-mail from the vendor's client success manager confirming a new separate 'AMA CPT pass-through' line, "
    "charged per user per year at the AMA's published rate; no amount is stated, so the fee is null.",
    [
        M("From:    Dana Whitlock <dwhitlock@orielhealth.example>\n"
          "To:      Priya Natarajan <pnatarajan@maplecrestpeds.example>\n"
          "Cc:      billing@orielhealth.example\n"
          "Date:    Tue, 14 Jan 2025 10:42:17 -0600\n"
          "Subject: RE: New AMA line on our renewal quote?"),
        HR(),
        P("Hi Priya,"),
        P("Thanks for flagging this before the invoice goes out \u2014 good catch, and yes, the line is correct."),
        P("Starting with the 2025 calendar year, Oriel bills the AMA CPT royalty to each practice as a separate "
          "pass-through charge instead of absorbing it in the subscription. Here is how it works for Maplecrest:"),
        B(["It is charged per user, and we count every active user account on your practice as of January 1. You had "
           "14 active users on that date (5 physicians, 2 NPs, 7 staff).",
           "The rate is the AMA's published royalty for 2025; we don't add a markup or a handling fee.",
           "It is an annual charge. It will appear as its own line, \"AMA CPT pass-through\", on the January invoice, "
           "and users you add during the year will be picked up on the following month's invoice.",
           "Your subscription itself is unchanged at $1,240/month under the pricing in your Order Form."]),
        P("If you'd like to reduce the count, deactivating users who no longer need access before the invoice runs on "
          "January 20 will take them off this year's charge."),
        P("Happy to jump on a call if it's easier.<br/><br/>Best,<br/>Dana"),
        P("Dana Whitlock | Client Success Manager<br/>Oriel Health Cloud, Inc.<br/>1 Riverwalk Plaza, Suite 900, "
          "San Antonio, TX 78205<br/>(210) 555-0188"),
        HR(),
        M("-----Original Message-----\n"
          "From:    Priya Natarajan <pnatarajan@maplecrestpeds.example>\n"
          "Sent:    Mon, 13 Jan 2025 16:05\n"
          "To:      Dana Whitlock\n"
          "Subject: New AMA line on our renewal quote?"),
        P("Hi Dana \u2014 our renewal quote shows a new line called \"AMA CPT pass-through\" that we've never seen "
          "before. Is this something we actually have to pay to Oriel, or is it the AMA billing us? And how is it "
          "worked out? Our CFO wants to understand it before we approve. Thanks, Priya (Practice Manager, Maplecrest "
          "Pediatrics)"),
        SMALL("This message may contain confidential information intended only for the addressee."),
    ], font="Helvetica", size=10, footer="Printed from Outlook \u2014 Maplecrest Pediatrics"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_cinder_grid", "pass_through", "Cinderford Software Group LLC", fee(2.0, "user", "month"),
    "CinderEHR pricing grid: the 'AMA CPT license' row shows $2/user/mo in every tier and the footnote says it is "
    "billed monthly per named user in addition to the plan price; ICD-10/HCPCS II shown as free.",
    [
        TITLE("CinderEHR plans and pricing"),
        SUB("Effective January 1, 2025 \u00b7 all prices in US dollars"),
        P("Choose the plan that fits your practice. Every plan includes hosting, daily backups, software updates and "
          "unlimited phone support. Switch plans at any time; changes take effect on your next billing date."),
        T([
            ["", "Starter", "Growth", "Enterprise"],
            ["Plan price", "$129 / provider / mo", "$199 / provider / mo", "$289 / provider / mo"],
            ["Non-provider staff logins", "2 included", "5 included", "Unlimited"],
            ["Additional staff logins", "$25 / login / mo", "$20 / login / mo", "\u2014"],
            ["Claims through CinderEHR clearinghouse", "$0.35 / claim", "500 claims / mo included", "Unlimited"],
            ["Patient portal and online intake", "\u2014", "Yes", "Yes"],
            ["Telehealth", "Add-on $30 / provider / mo", "Yes", "Yes"],
            ["ICD-10-CM and HCPCS Level II code sets", "Included", "Included", "Included"],
            ["AMA CPT\u00ae license", "$2 / user / mo*", "$2 / user / mo*", "$2 / user / mo*"],
            ["Implementation", "$750 one time", "$1,500 one time", "Quoted"],
            ["Annual price lock", "12 months", "24 months", "36 months"],
        ], widths=[2.4, 1.6, 1.6, 1.6], zebra=True),
        F("* Billed monthly for each named user with access to CPT content in CinderEHR, including staff logins, in "
          "addition to the plan price. Covers the royalty payable to the American Medical Association and our cost "
          "of reporting it. ICD-10-CM and HCPCS Level II are public code sets and carry no separate charge."),
        H("Frequently asked"),
        P("<b>Is there a contract?</b> Starter is month-to-month. Growth and Enterprise are annual agreements billed "
          "monthly."),
        P("<b>Can I bring my own clearinghouse?</b> Yes, on Growth and Enterprise, for a $50 monthly connection fee."),
        P("<b>Do you offer discounts?</b> Practices with 15 or more providers should ask about Enterprise volume "
          "pricing."),
        SMALL("CinderEHR is a service of Cinderford Software Group LLC, 412 Wharf Street, Savannah, GA 31401. "
              "Prices subject to the CinderEHR Subscription Terms. CPT is a registered trademark of the American "
              "Medical Association."),
    ], font="Helvetica", size=9.5, footer="cinderehr.example/pricing"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_wexmoor_sideletter", "pass_through", "Wexmoor Digital Health, Inc.", fee(15.0, "user", "year"),
    "Side letter lowering the MSA Section 7.2 CPT Royalty Charge from $18.00 to $15.00 per Authorized User per "
    "year for 2025-2026, with Authorized Users counted under MSA Section 1.3; the label is the amended fee.",
    [
        P("<b>WEXMOOR DIGITAL HEALTH, INC.</b><br/>3300 Commerce Court, Suite 1200, Charlotte, NC 28202"),
        SP(6),
        P("December 2, 2024"),
        P("<b>BY E-MAIL AND OVERNIGHT COURIER</b>"),
        P("Oakridge Women's Health Group, LLC<br/>Attention: Ms. Felicia Crane, Chief Financial Officer<br/>"
          "7100 Providence Road, Charlotte, NC 28226<br/>fcrane@oakridgewhg.example"),
        P("<b>Re: Side letter to Master Services Agreement dated September 1, 2023 (the \"MSA\") \u2014 CPT Royalty "
          "Charge</b>"),
        P("Dear Ms. Crane:"),
        P("This letter records an agreement between Wexmoor Digital Health, Inc. (\"Wexmoor\") and Oakridge Women's "
          "Health Group, LLC (the \"Group\") that supplements the MSA. Capitalized terms used in this letter have the "
          "meanings given to them in the MSA."),
        P("Section 7.2 of the MSA requires the Group to pay Wexmoor a CPT Royalty Charge of $18.00 per Authorized User "
          "per year, which Wexmoor invoices each January. In recognition of the Group's expansion to its fourth clinic "
          "and its commitment to the additional sites in Order Form No. 3, Wexmoor agrees that:"),
        N(["For calendar years 2025 and 2026, the CPT Royalty Charge under Section 7.2 shall be $15.00 per "
           "Authorized User per year, invoiced in January of each of those years.",
           "Authorized Users shall continue to be counted exactly as provided in Section 1.3 of the MSA, and the "
           "quarterly true-up in Section 7.2 continues to apply at the rate in paragraph 1.",
           "Wexmoor shall bear any difference between the amount in paragraph 1 and the royalty Wexmoor owes to its "
           "licensor for the Group's use of CPT content.",
           "From January 1, 2027, Section 7.2 applies without modification unless the parties agree otherwise in "
           "writing."]),
        P("Except as set out above, the MSA is unchanged. This letter is confidential and forms part of the MSA. If "
          "it reflects the Group's understanding, please countersign below and return a copy to me."),
        P("Sincerely,"),
        P("Howard Lin<br/>Senior Vice President, Client Partnerships<br/>Wexmoor Digital Health, Inc."),
        HR(),
        P("<b>Agreed and accepted</b> on behalf of Oakridge Women's Health Group, LLC:"),
        SIG([("Oakridge Women's Health Group, LLC", "Felicia Crane", "Chief Financial Officer", "December 6, 2024")]),
    ], font="Times", size=11, footer="Wexmoor Digital Health, Inc. \u2014 Confidential"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_galloway_footnote", "pass_through", "Galloway Point Systems, Inc.", fee(18.5, "provider", "year"),
    "Galloway Chart order schedule whose only CPT words are in a footnote: Annual Fees exclude the AMA CPT royalty, "
    "which Galloway bills separately at $18.50 per Provider each Contract Year.",
    [
        TITLE("Order Schedule No. 2"),
        SUB("Galloway Chart \u2014 cloud EHR and practice management"),
        KV([
            ["Supplier", "Galloway Point Systems, Inc. (\"Galloway\")"],
            ["Client", "Millbrook Neurology Associates, P.C."],
            ["Master agreement", "Galloway Client Services Agreement dated May 5, 2023"],
            ["Schedule start", "May 5, 2025 (Contract Year 3)"],
        ], widths=(1.5, 5.0)),
        P("This Order Schedule renews and replaces Order Schedule No. 1 for Contract Years 3 through 5."),
        T([
            ["Service", "Metric", "Quantity", "Annual Fees**"],
            ["Galloway Chart Clinical", "Provider", "7", "$21,420.00"],
            ["Galloway Chart Revenue Cycle", "Provider", "7", "$9,660.00"],
            ["Patient messaging", "Location", "2", "$1,800.00"],
            ["Document scanning and indexing", "Page (est. 60,000)", "\u2014", "$2,400.00"],
            ["Premier support", "Account", "1", "$2,000.00"],
            ["<b>Total Annual Fees</b>", "", "", "<b>$37,280.00</b>"],
        ], ruled=False, widths=[2.7, 1.6, 0.9, 1.4], right=(2, 3)),
        P("Annual Fees are invoiced quarterly in advance. Annual Fees for Contract Years 4 and 5 will increase by 3% "
          "per year. Provider means each physician, nurse practitioner, physician assistant or therapist for whom a "
          "provider profile is active in Galloway Chart."),
        P("Quantities are minimums. Additional Providers or Locations may be added at the same unit rates, prorated "
          "to the end of the current Contract Year."),
        SIG([("Galloway Point Systems, Inc.", "Erin Castellano", "Contracts Manager", "April 14, 2025"),
             ("Millbrook Neurology Associates, P.C.", "Samuel Oduya, MD", "Managing Partner", "April 17, 2025")]),
        SP(14),
        HR(),
        F("** Annual Fees shown above do not include the AMA CPT\u00ae royalty. Galloway bills that royalty separately "
          "on the first invoice of each Contract Year at $18.50 per Provider."),
    ], font="Helvetica", size=10, footer="Galloway Point Systems, Inc. \u00b7 Order Schedule No. 2"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_northmark_mso", "pass_through", "Northmark Physicians Services Organization, Inc.",
    fee(275.0, "organization", "one_time"),
    "MSO technology addendum where the practice is 'Member': besides a $425 per-physician monthly technology fee, "
    "Member pays Northmark a one-time CPT data license fee of $275.00 per Member organization.",
    [
        CENTER("NORTHMARK PHYSICIANS SERVICES ORGANIZATION, INC."),
        CENTER("Technology Services Addendum to Member Services Agreement"),
        P("This Technology Services Addendum (the \"Addendum\") supplements the Member Services Agreement between "
          "Northmark Physicians Services Organization, Inc. (\"Northmark\") and the physician practice named on the "
          "signature page (\"Member\"). It sets out the terms on which Member's physicians and staff use the shared "
          "practice management and EHR platform that Northmark operates for its members (the \"Platform\")."),
        H("1. The Platform"),
        P("1.1 Northmark licenses the Platform from its software vendor and hosts a separate, access-controlled "
          "partition for each Member. Member's data is not visible to other Members."),
        P("1.2 Northmark maintains the Platform's fee schedules, payer rules, and code tables on behalf of all Members, "
          "including annual code updates, and supports Member's users through the Northmark service desk."),
        H("2. Fees"),
        P("2.1 <b>Technology fee.</b> Member shall pay Northmark a technology fee of $425.00 per physician per month, "
          "which covers Platform access for the physician and up to three support staff, hosting, help desk, and "
          "routine interface maintenance."),
        P("2.2 <b>Onboarding.</b> Member shall pay a one-time onboarding fee of $1,950.00, which covers data migration "
          "from Member's prior system and four days of on-site training."),
        P("2.3 <b>CPT data license.</b> The Platform's code tables include CPT\u00ae content that Northmark sublicenses "
          "to Members. Upon joining the Platform, Member shall pay Northmark a one-time CPT data license fee of "
          "$275.00 per Member organization. This fee is separate from the technology fee and is not refundable. "
          "Northmark may change this fee for organizations joining after the date of a written notice to Members."),
        P("2.4 <b>Payment.</b> Technology fees are billed monthly in advance by ACH debit. Other fees are due thirty "
          "(30) days after invoice."),
        H("3. Member Obligations"),
        P("3.1 Member shall ensure that only its own personnel access its partition, that each user has individual "
          "credentials, and that users complete Northmark's privacy training before access is granted."),
        P("3.2 Member remains responsible for all coding and billing decisions made by its personnel and for the "
          "content of claims submitted in its name."),
        H("4. Term"),
        P("4.1 This Addendum runs concurrently with the Member Services Agreement and ends automatically when that "
          "agreement ends. On termination Northmark will provide Member an export of its data in a standard format "
          "within thirty (30) days."),
        H("5. Miscellaneous"),
        P("5.1 The business associate terms in Exhibit C of the Member Services Agreement apply to the Platform. If "
          "this Addendum conflicts with the Member Services Agreement on a matter concerning the Platform, this "
          "Addendum controls."),
        SIG([("Northmark Physicians Services Organization, Inc.", "Beverly Stanton", "Chief Operating Officer", "August 1, 2025"),
             ("Member: Granger Creek Family Physicians, LLP", "Dr. Ivan Mercado", "Partner", "August 4, 2025")]),
    ], font="Times", size=10.5, footer="Northmark PSO \u2014 Technology Services Addendum (Rev. 2025-03)"))

# ---------------------------------------------------------------------------
p17 = {"V": "Provider", "C": "Customer", "state": "Ohio", "venue": "Columbus, Ohio"}
DOCS.append(D(
    "pt_thistledown_buried", "pass_through", "Thistledown Software Corporation", fee(19.25, "user", "year"),
    "Subscription agreement in which 'Provider' is the vendor; a long Section 8 paragraph buries a separately "
    "stated CPT royalty of $18.50 plus a $0.75 administrative charge per Licensed User (defined in Section 1.9) "
    "per Subscription Year.",
    [
        CENTER("SUBSCRIPTION AGREEMENT"),
        P("This Subscription Agreement (the \"Agreement\") is entered into as of March 1, 2025 by and between "
          "Thistledown Software Corporation, an Ohio corporation (\"Provider\"), and Brookhaven Cardiology, Inc. "
          "(\"Customer\")."),
        H("1. Definitions"),
        P("1.1 \"Affiliate\" means an entity controlling, controlled by or under common control with a party. "
          "1.2 \"Documentation\" means Provider's user guides for the Service. 1.3 \"Order\" means an ordering document "
          "signed by both parties that references this Agreement. 1.4 \"Service\" means Provider's hosted cardiology "
          "practice management and clinical documentation service described in the Order. 1.5 \"Subscription Fees\" "
          "means the fees for the Service stated in an Order. 1.6 \"Subscription Year\" means each successive twelve "
          "month period beginning on the Service start date in the first Order. 1.7 \"Customer Data\" means data "
          "entered into the Service by or for Customer. 1.8 \"Go-Live\" means the first day on which Customer uses the "
          "Service in production. 1.9 \"Licensed User\" means each individual to whom Customer gives a login to the "
          "Service, whether a physician, advanced practice provider, nurse, technologist, coder, biller, scheduler or "
          "manager, and whether or not that individual logs in during the period concerned. 1.10 \"Professional "
          "Services\" means implementation, interface and training services. 1.11 \"Support\" means the support "
          "described in Exhibit B. 1.12 \"Term\" has the meaning in Section 12."),
        H("2. Service"),
        P("Provider will make the Service available to Customer's Licensed Users in accordance with the "
          "Documentation and the Order, and will provide Support. Customer may not make the Service available to any "
          "Affiliate or other third party without Provider's written consent."),
    ] + clauses(US, ["accounts", "data", "hipaa", "clin", "conf"], 3, p17) + [
        H("8. Fees; Payment; Taxes"),
        P("Customer shall pay the Subscription Fees, Professional Services fees and other amounts set out in each "
          "Order. Subscription Fees are invoiced annually in advance at the start of each Subscription Year, "
          "Professional Services are invoiced monthly as performed at the rates stated in the Order, and "
          "reasonable pre-approved travel expenses are invoiced at cost. Customer shall further pay, as a separately "
          "stated charge that is not part of the Subscription Fees, a CPT royalty of $18.50 per Licensed User per "
          "Subscription Year together with an administrative charge of $0.75 per Licensed User per Subscription Year "
          "for Provider's reporting of Customer's usage to the American Medical Association; both amounts are "
          "invoiced in advance at the start of each Subscription Year on the basis of the Licensed Users then "
          "enabled, and are trued up on the next invoice for any Licensed User added during the Subscription Year, "
          "without proration. Invoices are due thirty (30) days from their date. Provider may increase the "
          "Subscription Fees for any renewal Subscription Year by up to four percent (4%) on ninety (90) days' "
          "notice, and may change the CPT royalty to match any change in the royalty the American Medical "
          "Association charges Provider. Fees are exclusive of taxes, and Customer shall pay all sales, use, "
          "value-added and similar taxes other than taxes on Provider's income. Late amounts bear interest at one "
          "percent (1%) per month, and Provider may suspend the Service on fifteen (15) days' notice if undisputed "
          "amounts remain unpaid. Any dispute of an invoice must be raised in writing within thirty (30) days."),
    ] + clauses(US, ["warr", "liab", "indem", "term", "law", "entire"], 9, p17) + [
        SIG([("Thistledown Software Corporation", "Nadia Ferrante", "Vice President, Sales Operations", "March 1, 2025"),
             ("Brookhaven Cardiology, Inc.", "Gregory Ames", "Chief Executive Officer", "March 1, 2025")]),
    ], font="Times", size=9.5, footer="Thistledown Software Corporation \u2014 Subscription Agreement TSC-SA-2025"))

# ---------------------------------------------------------------------------
DOCS.append(D(
    "pt_copperleaf_dental", "pass_through", "Copperleaf Integrated Care Software, LLC", fee(16.0, "provider", "year"),
    "Fee and code-set addendum for an oral surgery practice listing an ADA CDT fee ($14 per user per year) and a "
    "separate AMA CPT licence fee of $16.00 per provider per year; the CPT fee is the label, not the CDT fee.",
    [
        TITLE("Fee Schedule and Code Set Licensing Addendum"),
        SUB("Copperleaf Integrated Care Software, LLC \u00b7 Addendum to Subscription Agreement No. CL-3092"),
        P("This Addendum applies to <b>Lakeview Oral and Maxillofacial Surgery, P.A.</b> (\"Practice\"), which bills "
          "both dental and medical payers through the Copperleaf platform."),
        H("1. Recurring charges"),
        B(["Copperleaf OMS subscription: $310.00 per provider per month.",
           "Front-office and assistant logins: five included; additional logins $20.00 per login per month.",
           "Imaging bridge (CBCT and panoramic): $95.00 per location per month.",
           "Dental claims (837D) and medical claims (837P) through Copperleaf's clearinghouse partner: $0.30 per claim."]),
        H("2. Code set licences"),
        P("Copperleaf's software contains code sets owned by third parties. The fees below are pass-through "
          "charges that Copperleaf collects for the code set owners and are billed each January, separately from "
          "the subscription:"),
        T([
            ["Code set", "Owner", "Used for", "Annual fee"],
            ["CDT\u00ae (Current Dental Terminology)", "American Dental Association", "Dental claims and charting", "$14.00 per user"],
            ["CPT\u00ae (Current Procedural Terminology)", "American Medical Association", "Medical claims and cross-coding", "$16.00 per provider"],
            ["ICD-10-CM", "CDC / CMS (public)", "Diagnoses on both claim types", "No charge"],
            ["HCPCS Level II", "CMS (public)", "Supplies and drugs", "No charge"],
        ], widths=[2.1, 1.8, 1.8, 1.2]),
        P("\"User\" for the CDT fee means every individual with a Copperleaf login. \"Provider\" for the CPT fee means "
          "each oral surgeon, dentist or anesthesia provider who renders services billed to a medical payer through "
          "Copperleaf in the calendar year."),
        H("3. Changes"),
        P("If the American Dental Association or the American Medical Association changes what it charges "
          "Copperleaf, Copperleaf may change the matching fee in Section 2 from the next January invoice by giving "
          "Practice at least forty-five (45) days' notice."),
        H("4. Everything else"),
        P("All other terms of Subscription Agreement No. CL-3092 continue to apply. This Addendum prevails over the "
          "Subscription Agreement on the fees it describes."),
        SIG([("Copperleaf Integrated Care Software, LLC", "Dana Fujimoto", "Account Director", "December 9, 2024"),
             ("Lakeview Oral and Maxillofacial Surgery, P.A.", "Dr. Helena Voss", "President", "December 12, 2024")]),
        SMALL("CDT is a registered trademark of the American Dental Association. CPT is a registered trademark of the "
              "American Medical Association."),
    ], font="Helvetica", size=10, footer="Copperleaf Integrated Care Software, LLC \u00b7 CL-3092 Addendum"))
