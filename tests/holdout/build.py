"""Build the held-out evaluation set: 12 fictional vendor contracts (PDF) and labels.json.

The contracts are written independently of the engine's phrase lists and of the samples in
contracts/, to measure whether CPT Compare generalizes to other wording and layouts.
Deterministic: fixed texts, reportlab invariant mode, no randomness.

    .venv/bin/python tests/holdout/build.py
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = Path(__file__).resolve().parent

FONTS = {
    "sans": ("Helvetica", "Helvetica-Bold"),
    "serif": ("Times-Roman", "Times-Bold"),
    "mono": ("Courier", "Courier-Bold"),
}


# ----------------------------------------------------------------------------- document blocks
def title(text: str) -> tuple:
    return ("title", text)


def head(text: str) -> tuple:
    return ("head", text)


def para(text: str) -> tuple:
    return ("para", text)


def item(text: str) -> tuple:
    """An indented clause or list item."""
    return ("item", text)


def small(text: str) -> tuple:
    return ("small", text)


def grid(rows: list[list[str]], widths: list[float]) -> tuple:
    """A ruled table; the first row is the header."""
    return ("grid", rows, widths)


def pairs(rows: list[list[str]], widths: list[float]) -> tuple:
    """An unruled two-column key/value block."""
    return ("pairs", rows, widths)


BREAK = ("break",)


def fee(amount: float, unit: str, period: str) -> dict:
    return {"amount": amount, "currency": "USD", "unit": unit, "period": period}


@dataclass(frozen=True)
class Contract:
    file: str
    description: str
    vendor: str
    coverage: str
    cpt_fee: dict | None
    ama_notice: bool
    code_sets: list[str]
    font: str
    footer: str
    blocks: list[tuple]
    keys: list[str] = field(default_factory=list)  # sentences that must survive in the text layer

    def terms(self) -> dict:
        return {
            "vendor": self.vendor,
            "coverage": self.coverage,
            "cpt_fee": self.cpt_fee,
            "ama_notice": self.ama_notice,
            "code_sets": self.code_sets,
        }


# ----------------------------------------------------------------------------- the contracts
TALLOWMERE = Contract(
    file="tallowmere_order_form.pdf",
    description="Terse order form with a ruled fee grid; the CPT content license is a one-time "
    "per-practice row among per-user monthly subscription rows (not CPT fees).",
    vendor="Tallowmere Health Systems, Inc.",
    coverage="pass_through",
    cpt_fee=fee(240.0, "organization", "one_time"),
    ama_notice=True,
    code_sets=["CPT"],
    font="sans",
    footer="Tallowmere Health Systems | Order Form TH-25-0418",
    blocks=[
        title("ORDER FORM"),
        para("Order No. TH-25-0418"),
        pairs(
            [
                [
                    "Vendor",
                    "Tallowmere Health Systems, Inc., 2200 Calloway Street, Suite 400, Madison, WI 53703",
                ],
                ["Customer", "Riverbend Family Medicine, PLLC, 81 Mill Race Road, Asheville, NC 28801"],
                ["Order Start Date", "March 1, 2025"],
                ["Order Term", "36 months from the Order Start Date"],
                ["Products", "Tallowmere EHR; Tallowmere PM"],
                ["Invoicing", "Recurring fees annually in advance; one-time fees on the Order Start Date"],
                ["Payment terms", "Net 30"],
            ],
            [1.4 * inch, 5.2 * inch],
        ),
        head("Fees"),
        grid(
            [
                ["#", "Item", "Unit", "Billing", "Qty", "Unit price (USD)", "Amount (USD)"],
                ["1", "Tallowmere EHR subscription", "per named user", "monthly", "14", "79.00", "1,106.00"],
                ["2", "Tallowmere PM subscription", "per named user", "monthly", "6", "45.00", "270.00"],
                [
                    "3",
                    "Implementation and data migration",
                    "per order",
                    "one-time",
                    "1",
                    "2,500.00",
                    "2,500.00",
                ],
                ["4", "AMA CPT® content license", "per practice", "one-time", "1", "240.00", "240.00"],
                ["5", "Patient statements, print and mail", "per statement", "as used", "-", "0.62", "-"],
            ],
            [0.3 * inch, 2.1 * inch, 1.0 * inch, 0.75 * inch, 0.45 * inch, 1.0 * inch, 1.0 * inch],
        ),
        para("Monthly recurring total: USD 1,376.00. One-time total: USD 2,740.00."),
        head("Notes"),
        item(
            "1. Line 4 is the charge for the sublicense of CPT® content embedded in Tallowmere PM. It is "
            "billed once, on the Order Start Date, for the Customer's legal entity and covers the whole "
            "Order Term; it is not billed again at renewal unless a new Order Form says so."
        ),
        item(
            "2. Named user subscriptions may be added at any time by written request and are co-termed "
            "with this Order Form. Subscriptions may not be reduced during the Order Term."
        ),
        item("3. Fees exclude applicable sales and use taxes."),
        item(
            "4. This Order Form is governed by the Tallowmere Master Subscription Agreement as in effect "
            "on the Order Start Date. Where they conflict, this Order Form controls."
        ),
        head("Signatures"),
        pairs(
            [
                ["Riverbend Family Medicine, PLLC", "Tallowmere Health Systems, Inc."],
                ["By: ______________________", "By: ______________________"],
                ["Name / Title / Date:", "Name / Title / Date:"],
            ],
            [3.3 * inch, 3.3 * inch],
        ),
        small("CPT® is a registered trademark of the American Medical Association."),
    ],
    keys=[
        "AMA CPT® content license",
        "Line 4 is the charge for the sublicense of CPT® content",
        "CPT® is a registered trademark of the American Medical Association.",
    ],
)

KESTREL = Contract(
    file="kestrel_chartwise_terms_of_service.pdf",
    description="Plain-English 'we/you' Terms of Service; the vendor's AMA distribution agreement "
    "and royalty are inside the plan price; per-provider monthly plan prices are not CPT fees.",
    vendor="Kestrel Lane Software, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    ama_notice=True,
    code_sets=["CPT", "ICD-10"],
    font="sans",
    footer="Chartwise Terms of Service",
    blocks=[
        title("Chartwise Terms of Service"),
        small("Last updated: September 2, 2025"),
        para(
            "These Terms of Service are a contract between you (the practice that signs up, and everyone "
            "you let use your account) and Kestrel Lane Software, Inc., the company that makes Chartwise "
            '("we", "us", "our"). By creating an account you accept them.'
        ),
        head("1. Your account"),
        para(
            "You are responsible for the people you invite. Each person gets their own login, and logins "
            "may not be shared. You must be a health care provider in the United States or act on behalf "
            "of one."
        ),
        head("2. Plans, billing and renewals"),
        para(
            "Chartwise is sold by the month. The Solo plan costs $59 per provider per month; the Group plan "
            "costs $49 per provider per month for practices with three or more providers. Logins for "
            "support staff are free. We charge the card on file at the start of each billing month. We may "
            "change prices on 30 days' notice by email, starting with your next billing month."
        ),
        head("3. Medical codes in Chartwise"),
        para(
            "Chartwise shows procedure codes from CPT® and diagnosis codes from ICD-10-CM. ICD-10-CM is "
            "published by the U.S. government and is free to use."
        ),
        para(
            "CPT belongs to the American Medical Association (AMA). We have signed a distribution agreement "
            "with the AMA, and under it we give you a limited, non-transferable sublicense to use CPT inside "
            "Chartwise for your practice's own work. We pay the AMA royalty for every person on your account "
            "out of your plan price. You will not see a separate CPT charge on your invoice, and you do not "
            "need to buy a license from the AMA to use CPT in Chartwise."
        ),
        para(
            "Your sublicense ends when your account closes or if our agreement with the AMA ends. You may "
            "not copy CPT out of Chartwise, publish it, or use it in other software."
        ),
        para(
            "Notice required by the AMA: CPT copyright 2024 American Medical Association. All rights "
            "reserved. Fee schedules, relative value units, conversion factors and/or related components "
            "are not assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. "
            "The AMA does not directly or indirectly practice medicine or dispense medical services. The "
            "AMA assumes no liability for data contained or not contained herein."
        ),
        head("4. Your data"),
        para(
            "You own your patient data. We process it only to run Chartwise for you, under the business "
            "associate agreement that forms part of these terms."
        ),
        head("5. Cancelling"),
        para(
            "You can cancel at any time from Settings > Billing. Cancellation takes effect at the end of the "
            "billing month, and we do not refund partial months. You can export your data for 60 days after "
            "cancellation."
        ),
        head("6. Limits on our liability"),
        para(
            'Chartwise is provided "as is". Clinical decisions are yours. Our total liability to you for '
            "any claim is limited to the fees you paid us in the 12 months before the claim arose."
        ),
        head("7. Changes to these terms"),
        para(
            "We may update these terms. If a change is material, we will tell you at least 30 days before "
            "it takes effect."
        ),
        small(
            "Kestrel Lane Software, Inc., 410 Orchard Hill Road, Boulder, CO 80302. legal@chartwise.example"
        ),
    ],
    keys=[
        "We pay the AMA royalty for every person on your account out of your plan price.",
        "You will not see a separate CPT charge on your invoice",
        "The AMA does not directly or indirectly practice medicine",
    ],
)

AMBLESIDE = Contract(
    file="ambleside_software_licence.pdf",
    description="Formal British-drafted licence (Licensor/Licensee, licence, per annum); software is "
    "supplied without CPT and the Licensee must hold its own AMA licence and load CPT itself; "
    "the GBP per-user licence fee is not a CPT fee.",
    vendor="Ambleside Clinical Informatics Limited",
    coverage="customer_must_license",
    cpt_fee=None,
    ama_notice=False,
    code_sets=["CPT", "ICD-10", "SNOMED"],
    font="serif",
    footer="Ambleside Clinical Informatics Limited | Software Licence Agreement",
    blocks=[
        title("SOFTWARE LICENCE AGREEMENT"),
        para("THIS AGREEMENT is dated the 3rd day of February 2025."),
        head("PARTIES"),
        item(
            "(1) Ambleside Clinical Informatics Limited, a company incorporated in England and Wales under "
            "company number 08817342, whose registered office is at 14 Kirkstone Yard, Kendal LA9 4QT "
            '(the "Licensor"); and'
        ),
        item(
            "(2) Copperfield Paediatric Associates, P.C., a professional corporation organised under the "
            "laws of the State of Ohio, whose principal office is at 2900 Lindale Avenue, Columbus, "
            'OH 43215 (the "Licensee").'
        ),
        head("BACKGROUND"),
        item(
            "(A) The Licensor has developed the practice management software known as Ambleside Practice "
            'Suite (the "Software").'
        ),
        item(
            "(B) The Licensee wishes to use the Software at its clinics in the United States, and the "
            "Licensor has agreed to licence it on the terms of this Agreement."
        ),
        head("1. DEFINITIONS AND INTERPRETATION"),
        item(
            '1.1 In this Agreement: "Authorised User" means an employee or contractor of the Licensee who '
            "is authorised by the Licensee to use the Software and to whom a unique log-in has been issued; "
            '"Commencement Date" means 1 March 2025; "Licence Year" means each period of twelve months '
            'beginning on the Commencement Date or an anniversary of it; and "Third-Party Code Sets" means '
            "coding systems owned by persons other than the Licensor, including the CPT code set published "
            'by the American Medical Association (the "AMA"), SNOMED CT and ICD-10-CM.'
        ),
        item(
            "1.2 Clause headings shall not affect the interpretation of this Agreement. Words in the "
            "singular include the plural and vice versa."
        ),
        head("2. GRANT OF LICENCE"),
        item(
            "2.1 In consideration of the Licence Fee, the Licensor hereby grants to the Licensee a "
            "non-exclusive, non-transferable licence for the Authorised Users to use the Software for the "
            "Licensee's internal business purposes during the Term."
        ),
        item(
            "2.2 The Licensee shall not sub-license, assign or otherwise transfer the rights granted by "
            "clause 2.1, nor permit any person other than an Authorised User to use the Software."
        ),
        head("3. TERM"),
        item(
            "3.1 This Agreement shall commence on the Commencement Date and continue for an initial term of "
            "three Licence Years, and thereafter from year to year until terminated by either party giving "
            "not less than ninety days' written notice expiring at the end of a Licence Year."
        ),
        head("4. FEES"),
        item(
            "4.1 The Licensee shall pay to the Licensor a licence fee of GBP 420 (four hundred and twenty "
            'pounds sterling) per Authorised User per annum (the "Licence Fee"), payable annually in '
            "advance."
        ),
        item(
            "4.2 The Licence Fee is exclusive of VAT and of any sales or use tax, which shall be payable in "
            "addition at the applicable rate."
        ),
        item(
            "4.3 The Licensor may increase the Licence Fee with effect from any anniversary of the "
            "Commencement Date by not more than the percentage increase in the Consumer Prices Index over "
            "the preceding twelve months."
        ),
        head("5. THIRD-PARTY CODE SETS"),
        item(
            "5.1 The Software is supplied without CPT content. The Licensor is not a distributor of CPT, "
            "holds no licence from the AMA permitting it to sub-license CPT, and nothing in this Agreement "
            "grants the Licensee any right in CPT."
        ),
        item(
            "5.2 Should the Licensee wish to use CPT codes or descriptors within the Software, it shall "
            "first obtain, and thereafter maintain for so long as such use continues, at its own expense, a "
            "licence from the AMA or from a distributor authorised by the AMA covering every Authorised "
            "User, and shall itself load the CPT content into the Software by means of the import facility "
            "described in the Documentation."
        ),
        item(
            "5.3 The Licensee shall, on request, provide the Licensor with evidence of the licence referred "
            "to in clause 5.2, and shall indemnify the Licensor against all losses arising from any failure "
            "to hold it."
        ),
        item(
            "5.4 SNOMED CT and ICD-10-CM content is supplied with the Software and no separate charge is "
            "made for it."
        ),
        head("6. WARRANTIES"),
        item(
            "6.1 The Licensor warrants that the Software will perform substantially in accordance with the "
            "Documentation. The Licensee's sole remedy for breach of this warranty shall be correction or "
            "replacement of the defective part of the Software."
        ),
        head("7. LIMITATION OF LIABILITY"),
        item(
            "7.1 Nothing in this Agreement limits liability for death or personal injury caused by "
            "negligence, or for fraud. Subject to that, the Licensor's total liability in any Licence Year "
            "shall not exceed the Licence Fee paid in that Licence Year."
        ),
        head("8. TERMINATION"),
        item(
            "8.1 Either party may terminate this Agreement forthwith by written notice if the other commits "
            "a material breach which, being capable of remedy, is not remedied within thirty days of notice."
        ),
        head("9. GOVERNING LAW"),
        item(
            "9.1 This Agreement and any dispute or claim arising out of or in connection with it shall be "
            "governed by and construed in accordance with the law of England and Wales."
        ),
        para(
            "Signed for and on behalf of Ambleside Clinical Informatics Limited: ______________________ "
            "Director"
        ),
        para(
            "Signed for and on behalf of Copperfield Paediatric Associates, P.C.: ______________________ "
            "Authorised signatory"
        ),
    ],
    keys=[
        "The Software is supplied without CPT content.",
        "a licence from the AMA or from a distributor authorised by the AMA covering every Authorised User",
        "GBP 420 (four hundred and twenty pounds sterling) per Authorised User per annum",
    ],
)

HARROWGATE = Contract(
    file="harrowgate_billing_services.pdf",
    description="Billing-services agreement where the billing firm is the vendor; its coders assign CPT, "
    "HCPCS Level II and ICD-10-CM codes, but the contract never deals with code-set licensing.",
    vendor="Harrowgate Revenue Partners, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    ama_notice=False,
    code_sets=["CPT", "HCPCS", "ICD-10"],
    font="serif",
    footer="Harrowgate Revenue Partners | Medical Billing Services Agreement",
    blocks=[
        title("MEDICAL BILLING SERVICES AGREEMENT"),
        para(
            'This Medical Billing Services Agreement (the "Agreement") is made effective as of April 1, '
            "2025 by and between Harrowgate Revenue Partners, LLC, a Texas limited liability company "
            '("Billing Company"), and Saltmarsh Orthopedic Group, PLLC ("Practice").'
        ),
        head("1. Appointment"),
        para(
            "Practice appoints Billing Company as its non-exclusive agent to perform the billing and "
            'collection services described in Section 2 (the "Services") for professional services '
            "rendered by Practice's providers. Practice retains sole control over its fees and its "
            "relationships with payers."
        ),
        head("2. Services"),
        para("Billing Company shall:"),
        item(
            "(a) enter charges from the encounter documentation supplied by Practice within two business "
            "days of receipt;"
        ),
        item(
            "(b) review provider documentation and assign or validate CPT, HCPCS Level II and ICD-10-CM "
            "codes and modifiers, querying the provider where documentation is insufficient;"
        ),
        item("(c) submit claims electronically to payers, and on paper where a payer requires it;"),
        item("(d) post payments and adjustments from remittance advices;"),
        item("(e) work denials and underpayments and file appeals where warranted;"),
        item("(f) send patient statements monthly and answer patient billing calls; and"),
        item(
            "(g) deliver month-end reports of charges, collections, accounts receivable aging and denial "
            "trends by the tenth day of each month."
        ),
        head("3. Practice Responsibilities"),
        para(
            "Practice shall (a) ensure that documentation supports the services billed; (b) make the final "
            "coding decision where a provider disagrees with a Billing Company query; (c) maintain its payer "
            "enrollments and credentialing; and (d) forward payer correspondence to Billing Company within "
            "five business days of receipt."
        ),
        head("4. Compensation"),
        item(
            "4.1 Practice shall pay Billing Company five and one-half percent (5.5%) of Net Collections each "
            'month. "Net Collections" means all payments received for services billed by Billing Company, '
            "less refunds and recoupments."
        ),
        item(
            "4.2 If the amount computed under Section 4.1 is less than $750 in any month, Practice shall pay "
            "$750 for that month."
        ),
        item("4.3 Billing Company shall invoice Practice monthly, and invoices are due within fifteen days."),
        head("5. Privacy"),
        para(
            "The parties shall comply with HIPAA. The Business Associate Agreement attached as Exhibit A "
            "forms part of this Agreement."
        ),
        head("6. Compliance"),
        para(
            "Billing Company shall not knowingly submit a false or unsupported claim. Practice remains "
            "responsible for the accuracy of the clinical documentation on which each claim is based."
        ),
        head("7. Term and Termination"),
        para(
            "This Agreement has an initial term of one year and renews for successive one-year terms unless "
            "either party gives ninety days' written notice. After termination, Billing Company will continue "
            "to work claims it submitted before termination for ninety days, at the rate in Section 4.1."
        ),
        head("8. Records"),
        para(
            "All billing records belong to Practice. Billing Company shall return them in electronic form "
            "within thirty days after the end of the post-termination period."
        ),
        head("9. Liability"),
        para(
            "Neither party is liable for indirect or consequential damages. Billing Company's total "
            "liability shall not exceed the fees paid to it in the six months before the claim."
        ),
        head("10. Governing Law"),
        para("This Agreement is governed by the laws of the State of Texas."),
        para(
            "HARROWGATE REVENUE PARTNERS, LLC  By: __________________    "
            "SALTMARSH ORTHOPEDIC GROUP, PLLC  By: __________________"
        ),
    ],
    keys=[
        "assign or validate CPT, HCPCS Level II and ICD-10-CM codes and modifiers",
        "five and one-half percent (5.5%) of Net Collections",
    ],
)

PINECREST = Contract(
    file="pinecrest_reseller_addendum.pdf",
    description="Reseller addendum; the reseller disclaims knowledge of the publisher's CPT arrangements "
    "and leaves whether a CPT royalty is owed, and by whom, open.",
    vendor="Pinecrest Practice Solutions, LLC",
    coverage="unclear",
    cpt_fee=None,
    ama_notice=False,
    code_sets=["CPT"],
    font="sans",
    footer="Pinecrest Practice Solutions | Reseller Addendum",
    blocks=[
        title("RESELLER ADDENDUM"),
        para(
            "to the Customer Agreement dated June 10, 2025 between Pinecrest Practice Solutions, LLC and "
            "Bellhaven Chiropractic Center, Inc."
        ),
        para(
            'This Reseller Addendum (the "Addendum") is entered into by Pinecrest Practice Solutions, LLC '
            '("Reseller") and Bellhaven Chiropractic Center, Inc. ("Customer") and forms part of the '
            "Customer Agreement. It governs Customer's purchase, through Reseller, of subscriptions to the "
            'TrellisPM practice management service published by Trellis Cloud Labs, Inc. ("Publisher").'
        ),
        head("1. Resale"),
        para(
            "Reseller buys TrellisPM subscriptions from Publisher and resells them to Customer. Customer's "
            'use of TrellisPM is governed by Publisher\'s end user terms (the "Publisher Terms"), which '
            "Customer accepts on first login. As between Customer and Reseller, this Addendum governs price, "
            "invoicing and first-line support."
        ),
        head("2. Pricing"),
        para(
            "Customer shall pay Reseller the subscription price shown in the Quote, currently USD 115 per "
            "user per month for the Standard edition, invoiced quarterly in advance. Reseller may change the "
            "price on sixty days' notice, effective at the next renewal."
        ),
        head("3. Third-Party Content"),
        para(
            "TrellisPM includes content that Publisher licenses from third parties, including CPT procedure "
            "codes. Reseller has no agreement with the owners of that content and does not know the terms on "
            "which Publisher holds it. Whether any royalty for CPT content is owed in addition to the "
            "subscription price, and by whom, will be determined under Publisher's arrangements. If Publisher "
            "charges Reseller any such amount in respect of Customer's account, Reseller may re-invoice it "
            "to Customer."
        ),
        head("4. Support"),
        para(
            "Reseller provides first-line support by telephone and email on business days from 8 a.m. to "
            "6 p.m. Central time. Issues Reseller cannot resolve are escalated to Publisher."
        ),
        head("5. Warranties"),
        para(
            "Reseller gives no warranty in relation to TrellisPM beyond those given by Publisher in the "
            "Publisher Terms, which Reseller passes through to Customer to the extent it is able."
        ),
        head("6. End of the Reseller Relationship"),
        para(
            "If Reseller's agreement with Publisher ends, Reseller will use reasonable efforts to move "
            "Customer's subscriptions to Publisher directly or to another authorized reseller without "
            "interruption of service."
        ),
        head("7. Order of Precedence"),
        para(
            "If this Addendum conflicts with the Customer Agreement, this Addendum controls as to TrellisPM."
        ),
        para(
            "Pinecrest Practice Solutions, LLC: ____________________    "
            "Bellhaven Chiropractic Center, Inc.: ____________________"
        ),
    ],
    keys=[
        "Whether any royalty for CPT content is owed in addition to the subscription price, and by whom, "
        "will be determined under Publisher's arrangements."
    ],
)

ORCHARDLINE = Contract(
    file="orchardline_pricing_faq.pdf",
    description="Pricing FAQ web page; the CPT royalty is built into the per-clinician plan price and "
    "there is no CPT line; a $3 price-increase cap is not a CPT fee.",
    vendor="Orchardline Health, Inc.",
    coverage="vendor_covers",
    cpt_fee=None,
    ama_notice=True,
    code_sets=["CPT", "ICD-10"],
    font="sans",
    footer="orchardline.example/pricing/faq",
    blocks=[
        title("Pricing FAQ"),
        small("Orchardline | Plans and billing | Updated October 2025"),
        head("How much does Orchardline cost?"),
        para(
            "Two plans, both billed monthly per clinician: Essentials at $39/clinician/mo and Plus at "
            "$69/clinician/mo. Seats for admins and billers are free on both plans. Pay annually and save 10%."
        ),
        head("Is there a setup fee?"),
        para("No. We import data from most other EHRs for free, up to 5,000 client records."),
        head("Do you charge a CPT or AMA licensing fee?"),
        para(
            "No, and we never have. Some therapy EHRs add a yearly CPT fee for each clinician. Orchardline "
            "Health, Inc. holds a distribution license from the American Medical Association, and the AMA "
            "royalty for everyone on your account is built into the plan price. Your invoice has no CPT "
            "line, now or at renewal."
        ),
        head("My billers and front desk staff look up CPT codes too. Do they need their own AMA license?"),
        para(
            "Not for the work they do in Orchardline. Our license covers every user on your account while "
            "they work in Orchardline. If your practice also uses CPT in a separate system, such as a "
            "stand-alone clearinghouse or billing tool, that system needs its own coverage, so ask that "
            "vendor."
        ),
        head("What about diagnosis codes?"),
        para(
            "ICD-10 diagnosis codes are published by the federal government and are free. We load each "
            "year's update on October 1."
        ),
        head("Will my price go up?"),
        para(
            "We review prices once a year. Current customers get 60 days' notice, and any increase is "
            "capped at $3 per clinician per month."
        ),
        head("Can I get a refund?"),
        para(
            "Monthly plans can be cancelled at any time and are not refunded for the current month. Annual "
            "plans are refunded pro rata within the first 90 days."
        ),
        small(
            "CPT® is a registered trademark of the American Medical Association. "
            "© 2025 Orchardline Health, Inc."
        ),
    ],
    keys=[
        "the AMA royalty for everyone on your account is built into the plan price",
        "Your invoice has no CPT line, now or at renewal.",
        "CPT® is a registered trademark of the American Medical Association.",
    ],
)

CORVANE = Contract(
    file="corvane_rcm_agreement_with_amendment.pdf",
    description="RCM platform agreement with 'Code Set Charges' of USD 18.00 per Authorized User per "
    "Contract Year, raised to USD 19.50 by a later amendment letter; a USD 2.00 adjustment cap "
    "and a per-provider monthly platform fee are traps.",
    vendor="Corvane Revenue Technologies Corp.",
    coverage="pass_through",
    cpt_fee=fee(19.5, "user", "year"),
    ama_notice=False,
    code_sets=["CPT", "ICD-10"],
    font="serif",
    footer="Corvane Revenue Technologies Corp. | Confidential",
    blocks=[
        title("REVENUE CYCLE MANAGEMENT PLATFORM AGREEMENT"),
        para(
            'This Agreement is entered into as of July 1, 2023 (the "Effective Date") by Corvane Revenue '
            'Technologies Corp., a Delaware corporation ("Corvane"), and Lindqvist Internal Medicine, P.A. '
            '("Client").'
        ),
        head("1. Definitions"),
        item(
            '"Authorized User" means a named individual employed or engaged by Client who has been issued '
            "credentials to the Platform. Credentials may not be shared, and may be reassigned no more than "
            "once per calendar quarter."
        ),
        item(
            '"Code Set Charges" means the charges described in Schedule B, item 3, for the CPT content '
            "made available through the Platform."
        ),
        item(
            '"Contract Year" means each twelve-month period beginning on the Effective Date or on an '
            "anniversary of it."
        ),
        item(
            '"Platform" means Corvane\'s hosted revenue cycle software, including charge capture, claim '
            "scrubbing against CPT and ICD-10-CM edits, denial management and analytics."
        ),
        head("2. Access"),
        para(
            "Corvane grants Client a non-exclusive right for its Authorized Users to access the Platform "
            "during the term for Client's internal revenue cycle operations. Client shall keep an accurate "
            "list of Authorized Users and shall give Corvane the count on request."
        ),
        head("3. CPT Content"),
        para(
            "CPT codes and descriptors are made available in the Platform under Corvane's distribution "
            'arrangement with the American Medical Association (the "AMA"). Client\'s right to that content '
            "is limited to use within the Platform by Authorized Users, and it ends if Corvane's arrangement "
            "with the AMA ends. Client consents to Corvane reporting Client's name and Authorized User count "
            "to the AMA. The Code Set Charges are billed in addition to the Platform Fee."
        ),
        head("4. Fees and Payment"),
        para(
            "Client shall pay the fees in Schedule B. Invoices are due thirty days from the invoice date. "
            "Undisputed amounts not paid when due bear interest at one percent per month."
        ),
        head("5. Term"),
        para(
            "The initial term is three Contract Years. Thereafter this Agreement renews for one-year terms "
            "unless either party gives notice of non-renewal at least ninety days before the renewal date."
        ),
        head("6. Limitation of Liability"),
        para(
            "Except for breach of confidentiality or indemnity obligations, neither party's liability shall "
            "exceed the fees paid or payable in the twelve months preceding the event giving rise to it."
        ),
        head("Schedule B - Fees"),
        grid(
            [
                ["Item", "Description", "Fee"],
                ["1", "Platform Fee", "USD 310 per rendering provider per month"],
                ["2", "Implementation", "USD 6,000, payable once on the Effective Date"],
                [
                    "3",
                    "Code Set Charges",
                    "USD 18.00 per Authorized User per Contract Year, invoiced in arrears at "
                    "the end of each Contract Year on the highest number of Authorized Users "
                    "active at any time in that year",
                ],
                [
                    "4",
                    "Adjustment",
                    "Once in each Contract Year Corvane may adjust the Code Set Charges to reflect "
                    "a change in the royalty set by the AMA, provided that no single adjustment "
                    "exceeds USD 2.00 per Authorized User.",
                ],
            ],
            [0.5 * inch, 1.5 * inch, 4.6 * inch],
        ),
        BREAK,
        para("Corvane Revenue Technologies Corp. | 1 Wharf Row, Suite 1200, Baltimore, MD 21202"),
        para("May 20, 2024"),
        para(
            "Lindqvist Internal Medicine, P.A.<br/>Attn: Ms. Adaeze Okafor, Practice Administrator<br/>"
            "118 Elmcrest Drive, Towson, MD 21204",
        ),
        para(
            "**Re: Amendment No. 1 to the Revenue Cycle Management Platform Agreement dated July 1, 2023 "
            '(the "Agreement")**'
        ),
        para("Dear Ms. Okafor,"),
        para(
            "This letter, once countersigned, amends the Agreement as follows, with effect from the Contract "
            "Year beginning July 1, 2024 and for every later Contract Year:"
        ),
        item(
            '1. Schedule B, item 3 is deleted and replaced with: "3. Code Set Charges: nineteen U.S. '
            "dollars and fifty cents (USD 19.50) per Authorized User per Contract Year, invoiced in arrears "
            "at the end of each Contract Year on the highest number of Authorized Users active at any time "
            'in that year."'
        ),
        item(
            "2. The change reflects the increase in the AMA royalty and in Corvane's reporting costs, and it "
            "is the one adjustment permitted under Schedule B, item 4 for that Contract Year."
        ),
        item("3. Except as set out in this letter, the Agreement continues unchanged."),
        para("Please sign below and return a copy to contracts@corvane.example."),
        para(
            "Sincerely,<br/>Martin Feld, Vice President, Client Contracts<br/>"
            "Corvane Revenue Technologies Corp."
        ),
        para(
            "Agreed and accepted: Lindqvist Internal Medicine, P.A.<br/>"
            "By: ______________________  Date: ____________"
        ),
    ],
    keys=[
        "USD 18.00 per Authorized User per Contract Year",
        "nineteen U.S. dollars and fifty cents (USD 19.50) per Authorized User per Contract Year",
        "no single adjustment exceeds USD 2.00 per Authorized User",
    ],
)

SABLECREST = Contract(
    file="sablecrest_codeledger_eula.pdf",
    description="Coding-software EULA; ships ICD-10 and HCPCS Level II only, CPT (HCPCS Level I) must be "
    "imported under the customer's own AMA license; the one-time per-seat software fee is not "
    "a CPT fee.",
    vendor="Sablecrest Coding Tools, Inc.",
    coverage="customer_must_license",
    cpt_fee=None,
    ama_notice=False,
    code_sets=["CPT", "HCPCS", "ICD-10"],
    font="mono",
    footer="CodeLedger Pro EULA v4.2",
    blocks=[
        title("CODELEDGER PRO END USER LICENSE AGREEMENT"),
        small("Version 4.2, effective January 1, 2025"),
        para(
            'This End User License Agreement ("EULA") is a legal agreement between you, the organization '
            'that installs the software ("Licensee"), and Sablecrest Coding Tools, Inc. ("Sablecrest"). '
            'By installing or using CodeLedger Pro (the "Software") Licensee agrees to this EULA.'
        ),
        head("1. License Grant"),
        para(
            "Subject to payment of the License Fee, Sablecrest grants Licensee a non-exclusive, "
            "non-transferable license to install and use the Software for the number of Seats purchased. A "
            '"Seat" is one named individual.'
        ),
        head("2. License Fee"),
        para(
            "The License Fee is USD 349 per Seat, paid once, for a perpetual license to the version "
            "purchased. Annual maintenance, including code table updates, is available at 20% of the "
            "License Fee per year."
        ),
        head("3. Code Content"),
        item(
            "3.1 Included content. The Software ships with the ICD-10-CM and ICD-10-PCS code tables and the "
            "HCPCS Level II file as released by the Centers for Medicare & Medicaid Services."
        ),
        item(
            "3.2 Excluded content. The Software does not contain CPT (HCPCS Level I) codes, descriptors or "
            "guidelines, and Sablecrest does not sublicense CPT. No part of the License Fee or of any "
            "maintenance fee is paid to the American Medical Association."
        ),
        item(
            "3.3 Licensee's CPT license. Procedure coding features work only after Licensee imports a CPT "
            "data file. Licensee must obtain that file, and a license covering every Seat that uses it, "
            "directly from the American Medical Association or from another distributor it has authorized, "
            "and must keep that license current for as long as CPT content remains in the Software."
        ),
        item(
            "3.4 Proof. Licensee shall give Sablecrest proof of its CPT license on request. Sablecrest may "
            "disable procedure coding features until such proof is given."
        ),
        head("4. Restrictions"),
        para(
            "Licensee shall not copy the Software except for backup, reverse engineer it, or make it "
            "available to third parties as a service."
        ),
        head("5. Limited Warranty"),
        para(
            "For ninety days after delivery Sablecrest warrants that the Software will perform substantially "
            "as described in its documentation. Licensee's exclusive remedy is repair, replacement or refund "
            "of the License Fee."
        ),
        head("6. Disclaimer"),
        para(
            'EXCEPT AS STATED IN SECTION 5, THE SOFTWARE IS PROVIDED "AS IS" WITHOUT WARRANTY OF ANY KIND. '
            "CODE SUGGESTIONS ARE AIDS ONLY; LICENSEE IS RESPONSIBLE FOR EVERY CODE IT SUBMITS."
        ),
        head("7. Limitation of Liability"),
        para("Sablecrest's total liability shall not exceed the License Fee paid for the affected Seats."),
        head("8. Termination"),
        para(
            "This EULA ends automatically if Licensee breaches it. On termination Licensee shall uninstall "
            "the Software and destroy all copies."
        ),
        small("Sablecrest Coding Tools, Inc., 77 Foundry Lane, Providence, RI 02903"),
    ],
    keys=[
        "The Software does not contain CPT (HCPCS Level I) codes, descriptors or guidelines",
        "directly from the American Medical Association or from another distributor it has authorized",
    ],
)

MERIDALE = Contract(
    file="meridale_clearinghouse_agreement.pdf",
    description="EDI clearinghouse agreement that never mentions CPT; its only code-set fee is a "
    "USD 15 per user per year ICD-10-CM/HCPCS Level II table update service (a trap).",
    vendor="Meridale Claims Exchange, LLC",
    coverage="not_addressed",
    cpt_fee=None,
    ama_notice=False,
    code_sets=["HCPCS", "ICD-10", "LOINC"],
    font="sans",
    footer="Meridale Claims Exchange | EDI Services Agreement",
    blocks=[
        title("EDI CLEARINGHOUSE SERVICES AGREEMENT"),
        para(
            "This Agreement is between Meridale Claims Exchange, LLC, an Arizona limited liability company "
            '("Meridale"), and the health care provider identified on the signature page ("Provider"), '
            "and takes effect on the date Provider signs it."
        ),
        head("1. Services"),
        para("Meridale will:"),
        item(
            "(a) accept Provider's professional and institutional claims and transmit them to payers in ASC "
            "X12 837P and 837I format;"
        ),
        item("(b) return payer acknowledgments and claim status responses (276/277);"),
        item("(c) process eligibility inquiries and responses (270/271);"),
        item("(d) deliver electronic remittance advice (835) from payers in which Provider is enrolled; and"),
        item(
            "(e) route laboratory results received from reference laboratories, mapped to LOINC where the "
            "laboratory supplies LOINC identifiers."
        ),
        head("2. Claim Edits"),
        para(
            "Before transmission, claims are checked against payer-specific rules and against the current "
            "ICD-10-CM code set and HCPCS Level II file. Claims that fail an edit are returned to Provider's "
            "work queue with the reason. Meridale does not change codes on Provider's claims."
        ),
        head("3. Fees"),
        para("Provider shall pay the following fees, invoiced monthly in arrears:"),
        grid(
            [
                ["Service", "Fee"],
                ["Claim transmission (837P/837I)", "USD 0.29 per claim"],
                ["Eligibility inquiry (270/271)", "USD 0.12 per inquiry"],
                ["ERA delivery (835)", "Included"],
                ["Code table update service (ICD-10-CM and HCPCS Level II)", "USD 15.00 per user per year"],
                ["Monthly minimum", "USD 95.00 per organization"],
            ],
            [4.2 * inch, 2.4 * inch],
        ),
        head("4. Provider Obligations"),
        para(
            "Provider is responsible for the accuracy and completeness of claim content, including diagnosis "
            "and procedure coding, and for maintaining its enrollment with each payer."
        ),
        head("5. Privacy and Security"),
        para(
            "Meridale acts as a health care clearinghouse and business associate under HIPAA and will protect "
            "protected health information as required by the Business Associate Addendum."
        ),
        head("6. Term"),
        para(
            "This Agreement runs for one year and renews automatically for one-year periods unless either "
            "party gives sixty days' written notice."
        ),
        head("7. Liability"),
        para(
            "Meridale's total liability is limited to the fees paid by Provider in the six months before the "
            "claim. Meridale is not responsible for payer delays or rejections."
        ),
        head("8. General"),
        para(
            "Provider may not assign this Agreement without Meridale's consent. Notices must be in writing. "
            "This Agreement is governed by the laws of the State of Arizona and is the parties' entire "
            "agreement on its subject."
        ),
        pairs(
            [
                ["Meridale Claims Exchange, LLC", "Provider"],
                ["By: ______________________", "By: ______________________"],
                ["Title: ____________________", "NPI: ____________  Date: ____________"],
            ],
            [3.3 * inch, 3.3 * inch],
        ),
    ],
    keys=["Code table update service (ICD-10-CM and HCPCS Level II)", "USD 15.00 per user per year"],
)

NORTHBECK = Contract(
    file="northbeck_subscription_agreement.pdf",
    description="EHR subscription agreement that names a CPT code library and says only that royalties "
    "for third-party content, if any, may be invoiced separately.",
    vendor="Northbeck Medical Software Co.",
    coverage="unclear",
    cpt_fee=None,
    ama_notice=False,
    code_sets=["CPT", "ICD-10"],
    font="serif",
    footer="Northbeck Medical Software Co. | Subscription Agreement",
    blocks=[
        title("SUBSCRIPTION AGREEMENT: NORTHBECK CHART"),
        para(
            'This Subscription Agreement is between Northbeck Medical Software Co. ("Northbeck") and the '
            'subscriber named in the order ("Subscriber").'
        ),
        head("1. The Service"),
        para(
            "Northbeck Chart is a cloud EHR for ambulatory practices. It includes e-prescribing, a patient "
            'portal, and searchable CPT and ICD-10-CM code libraries for charge entry (the "Service").'
        ),
        head("2. Subscription Fees"),
        para(
            "Subscriber pays USD 1,200 per provider per year, billed annually in advance, plus USD 300 per "
            "year for each practice location after the first. Fees are non-refundable."
        ),
        head("3. Third-Party Content"),
        para(
            "Parts of the Service, including the CPT code library, are owned by third parties and are made "
            "available subject to those owners' terms. Royalties for such content, if any, may be invoiced "
            "separately at Northbeck's then-current rates."
        ),
        head("4. Subscriber Data"),
        para(
            "Subscriber owns its data. Northbeck will return it in a standard export format on request "
            "within thirty days after termination."
        ),
        head("5. Availability"),
        para(
            "Northbeck targets 99.5% monthly availability, excluding scheduled maintenance announced at least "
            "48 hours in advance."
        ),
        head("6. Term and Termination"),
        para(
            "The term is one year from the order date and renews for further one-year terms unless either "
            "party gives notice at least sixty days before renewal."
        ),
        head("7. Warranty Disclaimer"),
        para("Except as expressly stated, the Service is provided without warranties of any kind."),
        head("8. Governing Law"),
        para("This Agreement is governed by the laws of the State of Vermont."),
    ],
    keys=[
        "Royalties for such content, if any, may be invoiced separately at Northbeck's then-current rates."
    ],
)

LARKSPUR = Contract(
    file="larkspur_location_code_set_charges.pdf",
    description="Fee exhibit charging CPT at USD 7.50 per location per month (CDT separately at USD 4.00); "
    "a 3-location worked example total is a trap.",
    vendor="Larkspur Clinic Systems, Inc.",
    coverage="pass_through",
    cpt_fee=fee(7.5, "location", "month"),
    ama_notice=False,
    code_sets=["CDT", "CPT"],
    font="sans",
    footer="Larkspur Clinic Systems | MSA Exhibit A",
    blocks=[
        title("EXHIBIT A: FEES AND CODE SET CHARGES"),
        para(
            "This Exhibit A forms part of the Master Services Agreement dated August 18, 2025 between "
            'Larkspur Clinic Systems, Inc. ("Larkspur") and Tidewater Community Health Partners, Inc. '
            '("Customer").'
        ),
        head("A.1 Definitions"),
        para(
            '"Location" means a physical clinic site, identified by its street address, at which Customer '
            'delivers care using the Services. "Code Set Charges" means the charges in section A.3.'
        ),
        head("A.2 Platform Fees"),
        grid(
            [
                ["Service", "Fee"],
                ["Integrated medical and dental record", "USD 425 / location / month"],
                ["Patient engagement add-on", "USD 90 / location / month"],
            ],
            [4.0 * inch, 2.6 * inch],
        ),
        head("A.3 Code Set Charges"),
        para(
            "Larkspur distributes CPT under a license from the American Medical Association and CDT (Current "
            "Dental Terminology) under a license from the American Dental Association. The royalties are not "
            "included in the Platform Fees and are charged as follows:"
        ),
        grid(
            [
                ["Code set", "Charge", "Applies to"],
                ["CPT (AMA)", "USD 7.50 / location / month", "every Location"],
                ["CDT (ADA)", "USD 4.00 / location / month", "Locations with the dental module enabled"],
            ],
            [1.4 * inch, 2.2 * inch, 3.0 * inch],
        ),
        para(
            "Each Code Set Charge includes the royalty remitted to the code set owner and Larkspur's cost of "
            "reporting, and covers all users working at the Location. Code Set Charges are billed monthly "
            "with the Platform Fees; a Location added during a month is charged for the full month."
        ),
        para(
            "Example: a Customer with three Locations, all with the dental module enabled, pays USD 22.50 per "
            "month in CPT charges and USD 12.00 per month in CDT charges."
        ),
        head("A.4 Invoicing"),
        para("Larkspur invoices monthly in advance. Invoices are payable within thirty days."),
        head("A.5 Changes"),
        para(
            "Larkspur may change the Platform Fees at renewal on ninety days' notice. Code Set Charges change "
            "only when a code set owner changes its royalty, and then on thirty days' notice."
        ),
    ],
    keys=["CPT (AMA)", "USD 7.50 / location / month", "covers all users working at the Location"],
)

VELLACOTT = Contract(
    file="vellacott_erx_services_agreement.pdf",
    description="E-prescribing agreement whose CPT charge is split into an $18.50 AMA royalty and a $1.25 "
    "handling charge per Prescriber per year (19.75 provider/year); includes FARS/DFARS and "
    "copyright notices; a ~$0.50 royalty drift and the monthly service fee are traps.",
    vendor="Vellacott eRx Solutions, Inc.",
    coverage="pass_through",
    cpt_fee=fee(19.75, "provider", "year"),
    ama_notice=True,
    code_sets=["CPT", "ICD-10", "SNOMED"],
    font="serif",
    footer="Vellacott eRx Solutions, Inc. | Services Agreement",
    blocks=[
        title("E-PRESCRIBING AND CLINICAL SERVICES AGREEMENT"),
        para(
            "This Agreement is made between Vellacott eRx Solutions, Inc., a Minnesota corporation "
            '("Vellacott"), and the subscribing practice identified in the Order ("Subscriber").'
        ),
        head("1. Definitions"),
        item(
            '"Prescriber" means a physician, nurse practitioner, physician assistant or other clinician '
            "with prescribing authority who is enabled on Subscriber's account."
        ),
        item(
            '"AMA Content" means CPT codes, descriptors and related materials of the American Medical '
            'Association (the "AMA").'
        ),
        head("2. Services"),
        para(
            "Vellacott provides electronic prescribing, including controlled substances, medication history, "
            "formulary checking, a problem list coded in SNOMED CT with an ICD-10-CM crosswalk, and an "
            "electronic superbill that uses AMA Content."
        ),
        head("3. Service Fees"),
        para("Subscriber shall pay USD 229 per Prescriber per month, billed monthly in advance."),
        head("4. AMA Content"),
        item(
            "4.1 Vellacott is party to a distribution license with the AMA and sublicenses AMA Content to "
            "Subscriber on the terms in Appendix C."
        ),
        item(
            "4.2 For each Prescriber, Subscriber shall pay every year, in addition to the Service Fees: "
            "(a) eighteen dollars and fifty cents ($18.50), which is remitted to the AMA as its royalty; and "
            "(b) a handling charge of one dollar and twenty-five cents ($1.25), which Vellacott keeps for "
            "user reporting and remittance. Both amounts are invoiced together on each anniversary of the "
            "Order date."
        ),
        item(
            "4.3 The AMA sets its royalty each year, and it has tended to rise by about $0.50 annually. "
            "Vellacott will pass on any change in the royalty on thirty days' written notice. The handling "
            "charge will not change during the initial term."
        ),
        head("5. Term"),
        para(
            "The initial term is two years from the Order date. It renews for one-year terms unless either "
            "party gives sixty days' notice."
        ),
        head("6. Prescribing Compliance"),
        para(
            "Subscriber is responsible for the DEA registration and identity proofing of each Prescriber who "
            "prescribes controlled substances through the Services."
        ),
        head("Appendix C: AMA End User Terms"),
        item(
            "(1) Subscriber may use AMA Content only within the Services, for its internal purposes, and may "
            "not sell, publish or distribute it."
        ),
        item(
            "(2) CPT copyright 2025 American Medical Association. All rights reserved. CPT is a registered "
            "trademark of the American Medical Association."
        ),
        item(
            "(3) U.S. Government Rights. This product includes CPT, which is commercial technical data "
            "developed exclusively at private expense by the American Medical Association. Use by the U.S. "
            "Government is subject to FAR 52.227-14 (Data Rights - General) and DFARS 252.227-7015 "
            "(Technical Data - Commercial Items), as applicable."
        ),
        item("(4) The AMA is a third-party beneficiary of this Appendix and may enforce it directly."),
        item(
            "(5) Subscriber agrees that Vellacott may report Subscriber's name and its number of Prescribers "
            "to the AMA, and that Subscriber's sublicense ends if Vellacott's distribution license with the "
            "AMA ends."
        ),
        pairs(
            [
                ["Vellacott eRx Solutions, Inc.", "Subscriber"],
                ["By: ______________________", "By: ______________________"],
                ["Name / Title / Date:", "Name / Title / Date:"],
            ],
            [3.3 * inch, 3.3 * inch],
        ),
    ],
    keys=[
        "eighteen dollars and fifty cents ($18.50), which is remitted to the AMA as its royalty",
        "a handling charge of one dollar and twenty-five cents ($1.25)",
        "CPT is a registered trademark of the American Medical Association.",
    ],
)

CONTRACTS = [
    TALLOWMERE,
    KESTREL,
    AMBLESIDE,
    HARROWGATE,
    PINECREST,
    ORCHARDLINE,
    CORVANE,
    SABLECREST,
    MERIDALE,
    NORTHBECK,
    LARKSPUR,
    VELLACOTT,
]


# ----------------------------------------------------------------------------- rendering
def markup(text: str) -> str:
    """Escape XML, keep <br/>, and turn **bold** into <b>."""
    out = escape(text).replace("&lt;br/&gt;", "<br/>")
    return re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)


def styles(font: str) -> dict[str, ParagraphStyle]:
    regular, bold = FONTS[font]
    size = 9 if font == "mono" else 10
    body = ParagraphStyle(
        "body",
        fontName=regular,
        fontSize=size,
        leading=size * 1.35,
        spaceAfter=5,
        alignment=TA_JUSTIFY if font == "serif" else 0,
    )
    return {
        "title": ParagraphStyle("title", parent=body, fontName=bold, fontSize=15, leading=19, spaceAfter=8),
        "head": ParagraphStyle(
            "head", parent=body, fontName=bold, fontSize=size + 1, spaceBefore=6, keepWithNext=1
        ),
        "para": body,
        "item": ParagraphStyle("item", parent=body, leftIndent=18),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.grey),
        "cell": ParagraphStyle(
            "cell", parent=body, fontSize=size - 1, leading=(size - 1) * 1.25, spaceAfter=0, alignment=0
        ),
        "cellhead": ParagraphStyle(
            "cellhead",
            parent=body,
            fontName=bold,
            fontSize=size - 1,
            leading=(size - 1) * 1.25,
            spaceAfter=0,
            alignment=0,
        ),
    }


def table(block: tuple, st: dict[str, ParagraphStyle]) -> Table:
    kind, rows, widths = block
    ruled = kind == "grid"
    cells = [
        [Paragraph(markup(c), st["cellhead"] if ruled and r == 0 else st["cell"]) for c in row]
        for r, row in enumerate(rows)
    ]
    commands = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        commands += [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD")),
        ]
    tbl = Table(cells, colWidths=widths, hAlign="LEFT", repeatRows=1 if ruled else 0)
    tbl.setStyle(TableStyle(commands))
    return tbl


def flowables(contract: Contract) -> list:
    st = styles(contract.font)
    out: list = []
    for block in contract.blocks:
        if block[0] == "break":
            out.append(PageBreak())
        elif block[0] in ("grid", "pairs"):
            out += [table(block, st), Spacer(1, 8)]
        else:
            out.append(Paragraph(markup(block[1]), st[block[0]]))
    return out


def render(contract: Contract, path: Path) -> None:
    regular = FONTS[contract.font][0]

    def footer(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(regular, 8)
        canvas.drawString(0.9 * inch, 0.55 * inch, contract.footer)
        canvas.drawRightString(LETTER[0] - 0.9 * inch, 0.55 * inch, f"Page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(
        str(path),
        pagesize=LETTER,
        invariant=1,
        leftMargin=0.9 * inch,
        rightMargin=0.9 * inch,
        topMargin=0.85 * inch,
        bottomMargin=0.9 * inch,
        title=contract.file.removesuffix(".pdf"),
        author="CPT Compare holdout set",
        creator="tests/holdout/build.py",
    )
    doc.build(flowables(contract), onFirstPage=footer, onLaterPages=footer)


def labels() -> dict:
    return {
        "contracts": {
            c.file: {"description": c.description, "status": "ok", "terms": c.terms()} for c in CONTRACTS
        }
    }


def main(out_dir: Path = HERE) -> None:
    for contract in CONTRACTS:
        render(contract, out_dir / contract.file)
    text = json.dumps(labels(), indent=2, ensure_ascii=False) + "\n"
    (out_dir / "labels.json").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
