#!/usr/bin/env python3
"""Build the blind_c test set: vendor documents (PDF) and labels.json.

Deterministic: reportlab with invariant=1, no randomness.  Every PDF and
labels.json is written into the folder holding this script.

Run:  .venv/bin/python build.py
"""
import json
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold",
        "Courier": "Courier-Bold"}
ITAL = {"Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
        "Courier": "Courier-Oblique"}


def esc(t):
    return re.sub(r"&(?!(#\d+|[a-zA-Z]+);)", "&amp;", t)


class B:
    """A tiny story builder."""

    def __init__(self, font="Helvetica", size=9.5, lead=None):
        self.f = font
        self.fb = BOLD[font]
        self.fi = ITAL[font]
        self.size = size
        self.lead = lead or size * 1.32
        self.story = []
        self.st = ParagraphStyle("b", fontName=font, fontSize=size,
                                 leading=self.lead, spaceAfter=size * 0.55)
        self.st_small = ParagraphStyle("s", parent=self.st,
                                       fontSize=size - 1.5,
                                       leading=(size - 1.5) * 1.3)
        self.st_cell = ParagraphStyle("c", parent=self.st,
                                      fontSize=size - 1,
                                      leading=(size - 1) * 1.25,
                                      spaceAfter=0)
        self.st_cellb = ParagraphStyle("cb", parent=self.st_cell,
                                       fontName=self.fb)

    # text -----------------------------------------------------------
    def p(self, t, indent=0, small=False, align=None, italic=False):
        st = self.st_small if small else self.st
        if indent or align is not None or italic:
            st = ParagraphStyle("x", parent=st, leftIndent=indent,
                                alignment=align if align is not None else TA_LEFT,
                                fontName=self.fi if italic else st.fontName)
        self.story.append(Paragraph(esc(t), st))

    def sec(self, num, head, text, indent=0):
        lab = (num + " " if num else "") + head
        self.p("<b>%s.</b> %s" % (lab, text) if head else
               ("<b>%s</b> %s" % (num, text)), indent=indent)

    def caps(self, t):
        self.p(t.upper(), small=True)

    def title(self, t, size=None, align=TA_CENTER, space=8):
        s = size or self.size + 5
        st = ParagraphStyle("t", fontName=self.fb, fontSize=s,
                            leading=s * 1.2, alignment=align, spaceAfter=space)
        self.story.append(Paragraph(esc(t), st))

    def h(self, t, size=None, space_before=4):
        s = size or self.size + 1.5
        st = ParagraphStyle("h", fontName=self.fb, fontSize=s,
                            leading=s * 1.25, spaceBefore=space_before,
                            spaceAfter=3)
        self.story.append(Paragraph(esc(t), st))

    def center(self, t, small=False, bold=False):
        st = ParagraphStyle("ce", parent=self.st_small if small else self.st,
                            alignment=TA_CENTER,
                            fontName=self.fb if bold else self.f)
        self.story.append(Paragraph(esc(t), st))

    def right(self, t, small=False):
        st = ParagraphStyle("r", parent=self.st_small if small else self.st,
                            alignment=TA_RIGHT)
        self.story.append(Paragraph(esc(t), st))

    def bullets(self, items, sym="&bull;"):
        for it in items:
            st = ParagraphStyle("bl", parent=self.st, leftIndent=14,
                                bulletIndent=4, spaceAfter=2)
            self.story.append(Paragraph(esc(it), st, bulletText=None if sym is None else
                                        sym.replace("&bull;", "\u2022")))

    def sp(self, h=6):
        self.story.append(Spacer(1, h))

    def pb(self):
        self.story.append(PageBreak())

    # layout ---------------------------------------------------------
    def letterhead(self, name, lines=(), rule=True, align=TA_LEFT, size=None):
        s = size or self.size + 6
        st = ParagraphStyle("lh", fontName=self.fb, fontSize=s,
                            leading=s * 1.15, alignment=align, spaceAfter=1)
        self.story.append(Paragraph(esc(name), st))
        st2 = ParagraphStyle("lh2", parent=self.st_small, alignment=align,
                             spaceAfter=0)
        for ln in lines:
            self.story.append(Paragraph(esc(ln), st2))
        if rule:
            t = Table([[""]], colWidths=[6.9 * inch], rowHeights=[4])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2,
                                    colors.black)]))
            self.story.append(t)
        self.sp(8)

    def table(self, rows, widths=None, ruled=True, header=True,
              right_cols=(), bold_last=False, zebra=False, box=True,
              font_delta=0):
        data = []
        for i, r in enumerate(rows):
            row = []
            for j, c in enumerate(r):
                st = self.st_cellb if (header and i == 0) or \
                    (bold_last and i == len(rows) - 1) else self.st_cell
                if j in right_cols:
                    st = ParagraphStyle("rr", parent=st, alignment=TA_RIGHT)
                row.append(Paragraph(esc(str(c)), st))
            data.append(row)
        if widths:
            widths = [w * inch for w in widths]
        t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("TOPPADDING", (0, 0), (-1, -1), 3),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        if ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            if header:
                style.append(("BACKGROUND", (0, 0), (-1, 0),
                              colors.Color(0.88, 0.88, 0.88)))
        else:
            if header:
                style.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
            if bold_last:
                style.append(("LINEABOVE", (0, -1), (-1, -1), 0.8,
                              colors.black))
            if box:
                pass
        if zebra:
            for i in range(1, len(rows), 2):
                style.append(("BACKGROUND", (0, i), (-1, i),
                              colors.Color(0.95, 0.95, 0.95)))
        t.setStyle(TableStyle(style))
        self.story.append(t)
        self.sp(8)

    def kv(self, pairs, widths=(1.7, 5.2)):
        self.table([[a, b] for a, b in pairs], widths=widths, ruled=False,
                   header=False)

    def sig(self, left, right, titles=("", "")):
        rows = [[left, right],
                ["By: ______________________", "By: ______________________"],
                ["Name: " + titles[0] if titles[0] else "Name:",
                 "Name: " + titles[1] if titles[1] else "Name:"],
                ["Title:", "Title:"], ["Date:", "Date:"]]
        data = [[Paragraph(esc(c), self.st_cellb if i == 0 else self.st_cell)
                 for c in r] for i, r in enumerate(rows)]
        t = Table(data, colWidths=[3.4 * inch, 3.4 * inch])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("TOPPADDING", (0, 0), (-1, -1), 4)]))
        self.story.append(KeepTogether([Spacer(1, 6), t]))


# ---------------------------------------------------------------------
# Reusable boilerplate (written for this set; unrelated to CPT)
# ---------------------------------------------------------------------
BP = {
    "conf": [
        "Each party may receive non-public information of the other. The receiving party will use that information only to perform under this Agreement, will protect it with at least reasonable care, and will disclose it only to personnel and advisers who need it and are bound by comparable duties. Information that is public through no fault of the recipient, already known to it, or independently developed is not confidential.",
        "Neither party will disclose the other's Confidential Information except as this Agreement permits or as law requires. A party compelled by law to disclose will, where lawful, give prompt notice so the other may seek a protective order. On termination each party will return or destroy the other's Confidential Information, except copies kept in routine backups.",
        "The parties' obligations of confidence survive for three (3) years after termination, and for trade secrets for so long as they remain trade secrets. Pricing and the terms of any Order are Confidential Information of the vendor.",
    ],
    "baa": [
        "To the extent the Services involve protected health information, the parties will comply with the Business Associate Agreement attached or incorporated by reference, which controls in the event of conflict with this Agreement on any matter of HIPAA privacy or security.",
        "The parties acknowledge that the vendor acts as a business associate of the practice under 45 C.F.R. Parts 160 and 164. The parties' business associate agreement is incorporated into this Agreement.",
        "Client's protected health information will be handled in accordance with HIPAA, the HITECH Act and their implementing regulations, and with the business associate terms executed by the parties on or before the Effective Date.",
    ],
    "warranty": [
        "The Services will perform materially in accordance with the Documentation. Customer's sole remedy for breach of this warranty is re-performance or, if re-performance is not achieved within thirty (30) days, termination of the affected Order and a refund of prepaid fees for the unused period. EXCEPT AS STATED IN THIS SECTION, THE SERVICES ARE PROVIDED \"AS IS\" AND ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, ARE DISCLAIMED.",
        "Vendor does not warrant that the software will be error-free or uninterrupted, and does not give clinical, coding or legal advice. Client remains responsible for all clinical decisions and for the accuracy of every claim submitted under its name.",
        "No warranty is given as to payer acceptance of any claim, the amount of any reimbursement, or the outcome of any audit.",
    ],
    "liab": [
        "IN NO EVENT WILL EITHER PARTY BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES, OR FOR LOST PROFITS, EVEN IF ADVISED OF THEIR POSSIBILITY. EACH PARTY'S AGGREGATE LIABILITY IS LIMITED TO THE FEES PAID OR PAYABLE IN THE TWELVE (12) MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM.",
        "The total liability of Company arising out of this Agreement, whether in contract, tort or otherwise, will not exceed the amounts Customer paid Company in the six (6) months preceding the claim. This limitation does not apply to a party's indemnity obligations or to breach of confidentiality.",
        "Neither party excludes liability for fraud, gross negligence or wilful misconduct. Otherwise, liability is capped at one times the annual fees under the applicable Order.",
    ],
    "term": [
        "This Agreement begins on the Effective Date and continues for an initial term of thirty-six (36) months. It renews for successive twelve-month terms unless either party gives notice of non-renewal at least ninety (90) days before the end of the then-current term.",
        "Either party may terminate this Agreement on sixty (60) days' written notice if the other materially breaches it and fails to cure within that period. Fees accrued before termination remain payable.",
        "The initial term is one (1) year from the Go-Live Date. Thereafter the Agreement renews automatically for one-year periods unless terminated by either party on at least sixty (60) days' written notice.",
    ],
    "law": [
        "This Agreement is governed by the laws of the State of {st}, without regard to conflict-of-laws principles. The state and federal courts located in {st} have exclusive jurisdiction.",
        "The laws of {st} govern this Agreement. Any dispute that cannot be settled by negotiation within thirty days will be resolved by binding arbitration in {st} under the commercial rules of the American Arbitration Association.",
        "Governing law: {st}. Venue: the courts sitting in the county of Company's principal office.",
    ],
    "misc": [
        "This Agreement, including its exhibits and each Order, is the entire agreement of the parties on its subject and supersedes prior proposals. It may be amended only in a writing signed by both parties. If a provision is held unenforceable, the rest remains in effect. Neither party may assign this Agreement without the other's consent, except to a successor in a merger or sale of substantially all assets.",
        "Notices must be in writing and are effective on receipt when delivered by hand, by courier, or by email with confirmation of receipt to the addresses on the signature page. Neither party is liable for delay caused by events beyond its reasonable control.",
        "Headings are for convenience only. The word \"including\" means \"including without limitation.\" This Agreement may be signed in counterparts and by electronic signature.",
    ],
    "pay": [
        "Invoices are due thirty (30) days from the invoice date. Late amounts bear interest at one percent (1%) per month or the highest lawful rate, if less. Fees exclude taxes, which Customer will pay other than taxes on Company's income.",
        "Client authorizes recurring charges to the card or bank account on file. If a charge fails, Company may suspend access after ten (10) days' notice.",
        "Fees are payable annually in advance unless the Order states otherwise. All amounts are in U.S. dollars.",
    ],
}

STATES = ["Ohio", "Oregon", "Tennessee", "Colorado", "North Carolina",
          "Minnesota", "Arizona", "Georgia", "Wisconsin", "Virginia",
          "Texas", "Missouri", "Indiana", "Utah", "Kentucky", "Iowa"]


def bp(kind, k, **kw):
    txt = BP[kind][k % len(BP[kind])]
    if "{st}" in txt:
        txt = txt.replace("{st}", kw.get("st", STATES[k % len(STATES)]))
    return txt


AMA_NOTICE = (
    "CPT only copyright {y} American Medical Association. All rights reserved. "
    "Fee schedules, relative value units, conversion factors and/or related "
    "components are not assigned by the AMA, are not part of CPT, and the AMA is "
    "not recommending their use. The AMA does not directly or indirectly practice "
    "medicine or dispense medical services. The AMA assumes no liability for data "
    "contained or not contained herein.")

FARS = (
    "U.S. Government End Users. CPT is commercial technical data, which was "
    "developed exclusively at private expense by the American Medical Association, "
    "330 North Wabash Avenue, Chicago, Illinois 60611. Use by the U.S. Government "
    "is subject to the restrictions that apply under FAR 52.227-14 and DFARS "
    "252.227-7015, as applicable.")

DOCS = []


def doc(fname, vendor, coverage, desc, fee="MISSING", font="Helvetica", size=9.5,
        footer=None, ama=False):
    if coverage == "pass_through":
        assert fee != "MISSING", fname
    else:
        assert fee == "MISSING", fname
        fee = None

    def deco(fn):
        DOCS.append(dict(fname=fname, vendor=vendor, coverage=coverage,
                         desc=desc, fee=fee, font=font, size=size,
                         footer=footer, ama=ama, fn=fn))
        return fn
    return deco


def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit,
            "period": period}


# =====================================================================
# DOCUMENTS
# =====================================================================

@doc("c01_larkspur.pdf", "Larkspur Health Software, Inc.", "pass_through",
     "Help-centre FAQ: $18.50 AMA royalty + $2.50 processing = $21 per clinician per year; AMA direct price and subscription price quoted beside it",
     fee=fee(21.0, "provider", "year"), footer="help.larkspurnotes.example / Billing / Article 4471")
def c01(b):
    b.p("Larkspur Notes Help Center  &gt;  Billing &amp; Subscription  &gt;  Fees", small=True)
    b.title("AMA CPT\u00ae fee: frequently asked questions", align=TA_LEFT, size=16)
    b.p("Updated November 18, 2024 &middot; 6 min read &middot; Written by the Larkspur Billing Team", small=True, italic=True)
    b.p("Larkspur Notes is published by Larkspur Health Software, Inc. This article explains the annual American Medical Association fee that appears on Larkspur accounts where clinicians have access to CPT codes.")
    b.h("What is the AMA fee?")
    b.p("CPT (Current Procedural Terminology) codes are owned by the American Medical Association. The AMA licenses the code set to software companies like ours and charges a royalty for every clinician who can use the codes in our product. We have absorbed that royalty in past years. Starting with the 2025 calendar year, we will bill it to the accounts that use it.")
    b.h("How much is it?")
    b.p("For 2025 the fee is <b>$21.00 per clinician</b>. Of that amount, $18.50 is the royalty the AMA charges us, and $2.50 is a processing fee that covers our cost of counting, reporting and remitting the royalty. We don't make money on it.")
    b.h("Is it charged every month?")
    b.p("No. It is charged once per calendar year, on the first invoice you receive after January 1. Clinicians added later in the year are charged on the next invoice after they are added.")
    b.h("Who counts as a clinician?")
    b.p("Anyone on your account with a clinician role: therapists, counselors, psychologists, physicians, and supervised clinicians such as interns. Office staff, billers and schedulers without a clinician role are not counted.")
    b.h("Is this part of my subscription?")
    b.p("It is separate. Your Larkspur Notes subscription (currently $59 per clinician per month on the Group plan, or $39 a month on Solo) does not change. The AMA fee is its own line on the invoice.")
    b.h("Can I pay the AMA directly instead?")
    b.p("You can license CPT from the AMA for your own internal systems. For reference, the AMA's published internal-use pricing for 2025 is an entity fee plus $18.50 per user, and it counts every user, not only clinicians. A direct licence does not replace the royalty we owe the AMA for CPT inside Larkspur Notes, so the fee on your Larkspur invoice still applies.")
    b.h("Will the fee go up?")
    b.p("The AMA sets its royalty each year and has historically raised it by about fifty cents. We will post any change here and email account owners at least 30 days before it is billed.")
    b.h("I don't bill insurance. Do I still pay?")
    b.p("If your clinicians can pick CPT codes on notes or superbills, yes. Accounts where the code picker has been switched off for the whole year are not charged. To turn it off, go to Settings &gt; Practice &gt; Billing codes.")
    b.h("Do you charge tax on the fee?")
    b.p("Not at this time. If tax rules change, we will let you know first.")
    b.sp(6)
    b.p("Was this article helpful?  Yes / No", small=True)
    b.p("Related: Changing your plan &middot; Adding a clinician &middot; Understanding your invoice &middot; Larkspur Health Software, Inc. Terms of Service", small=True)


@doc("c02_thistledown.pdf", "Thistledown Medical Software, Inc.", "vendor_covers",
     "End-user licence with the AMA sublicence clause and an explicit statement that the AMA royalty is paid by the vendor and included in the subscription fees",
     font="Times-Roman", size=10, footer="Thistledown EULA v7.2 - Confidential")
def c02(b):
    b.title("THISTLEDOWN MEDICAL SOFTWARE, INC.<br/>END USER LICENSE AGREEMENT<br/>Thistledown PM and Thistledown Charts", size=13)
    b.caps("Please read this agreement carefully before using the software. By clicking \"I agree\" or by using the software you accept these terms on behalf of the practice you represent.")
    b.p("This End User License Agreement (the \"EULA\") is between Thistledown Medical Software, Inc., a Delaware corporation (\"Thistledown\"), and the practice or other entity identified in the applicable Order (\"Customer\").")
    b.sec("1.", "License", "Subject to payment of the Subscription Fees stated in the Order, Thistledown grants Customer a non-exclusive, non-transferable right during the Subscription Term to permit its Authorized Users to access and use the Software solely for Customer's internal business purposes in the United States.")
    b.sec("2.", "Restrictions", "Customer will not copy, frame, reverse engineer, resell or sublicense the Software, or use it to build a competing product. Customer is responsible for the acts of its Authorized Users.")
    b.sec("3.", "Subscription Fees", "Customer will pay the Subscription Fees in the Order monthly in advance. " + bp("pay", 0))
    b.sec("4.", "CPT Content", "")
    b.sec("4.1", "", "The Software contains content from Current Procedural Terminology (\"CPT\"), which is copyrighted by the American Medical Association (\"AMA\"). CPT is a registered trademark of the AMA.", indent=14)
    b.sec("4.2", "", "Thistledown, as a party to a license agreement with the AMA, is authorized to grant Customer a limited, non-exclusive, non-transferable, non-sublicensable license to use CPT content in the Software for Customer's internal use within the United States. Thistledown grants that license to Customer by this EULA.", indent=14)
    b.sec("4.3", "", "The royalty due to the AMA for Customer's use of CPT content in the Software is paid by Thistledown and is included in the Subscription Fees. Thistledown will not invoice Customer any separate CPT or AMA charge for the Software during the Subscription Term.", indent=14)
    b.sec("4.4", "", "The sublicense in Section 4.2 ends automatically if Thistledown's agreement with the AMA ends, unless the AMA consents otherwise or Customer enters into a direct license with the AMA. Updates to CPT content depend on Thistledown's continuing relationship with the AMA.", indent=14)
    b.sec("4.5", "", "Customer will not make CPT content publicly available, create derivative works of it, or transfer it to any unauthorized party, including a subsidiary, affiliate or other legal entity. Use of CPT content is at Customer's own risk and is provided \"as is.\"", indent=14)
    b.sec("4.6", "", AMA_NOTICE.format(y=2025) + " " + FARS, indent=14)
    b.sec("4.7", "", "Customer consents to Thistledown reporting Customer's name and user counts to the AMA as the AMA requires, and acknowledges that the AMA is a third-party beneficiary of this Section 4.", indent=14)
    b.sec("5.", "Warranty", bp("warranty", 0))
    b.sec("6.", "Limitation of Liability", bp("liab", 0))
    b.sec("7.", "Confidentiality", bp("conf", 1))
    b.sec("8.", "Term", bp("term", 1))
    b.sec("9.", "General", bp("law", 0, st="Delaware") + " " + bp("misc", 0))
    b.p("Thistledown Medical Software, Inc. &middot; 1180 Quarry Road, Suite 300, Wilmington, DE 19801", small=True, align=TA_CENTER)


@doc("c03_ravenscourt.pdf", "Ravenscourt Software, LLC", "customer_must_license",
     "SaaS terms: vendor holds no AMA licence, customer must license CPT itself for every user; notes a Medicare point-and-click licence does not suffice; per-user subscription price present",
     footer="Ravenscourt PracticeDesk Terms of Service - rev. 2025-02")
def c03(b):
    b.letterhead("Ravenscourt Software, LLC", ["PracticeDesk Cloud  |  402 Alder Street, Portland, OR 97205  |  legal@ravenscourt.example"])
    b.title("PracticeDesk Terms of Service", align=TA_LEFT)
    b.p("These Terms govern your use of PracticeDesk, the scheduling, charge-entry and billing service offered by Ravenscourt Software, LLC (\"Ravenscourt\", \"we\", \"us\"). \"You\" means the medical practice that creates the account. By creating an account you accept these Terms.")
    b.h("1. Your account")
    b.p("You are responsible for all activity under your account and for keeping credentials confidential. Each login is for one named person and may not be shared.")
    b.h("2. Plans and prices")
    b.p("PracticeDesk is sold per user. The Standard plan is $75 per user per month and the Plus plan is $95 per user per month, billed monthly. Prices for the next renewal may change on 60 days' notice.")
    b.h("3. Code sets and your content")
    b.p("PracticeDesk lets you build charge screens and superbills from the procedure and diagnosis code tables you maintain in your account. ICD-10-CM and HCPCS Level II tables published by the federal government may be loaded at your request.")
    b.p("<b>CPT.</b> Ravenscourt does not distribute CPT and does not hold a distribution license from the American Medical Association. If you or your staff enter, import or use CPT codes or descriptors in PracticeDesk, you must obtain and maintain your own license to CPT, from the AMA or from an AMA-authorized distributor, covering every individual who uses CPT in PracticeDesk. Any royalty for that license is payable by you to the licensor, not to us.")
    b.p("A point-and-click license accepted on a Medicare Administrative Contractor's website covers use of CPT within programs administered by CMS only. It does not license the use of CPT in PracticeDesk.")
    b.p("You will indemnify us against claims that content you load into PracticeDesk infringes a third party's rights.")
    b.h("4. Privacy and HIPAA")
    b.p(bp("baa", 0))
    b.h("5. Warranties and liability")
    b.p(bp("warranty", 1))
    b.p(bp("liab", 1))
    b.h("6. Term and termination")
    b.p("You may cancel at the end of any billing month. " + bp("term", 1))
    b.h("7. General")
    b.p(bp("law", 0, st="Oregon") + " " + bp("misc", 2))


@doc("c04_gullwing.pdf", "Gullwing Dental Software, Inc.", "not_addressed",
     "Dental PM order form and terms: a CDT (ADA) code licence fee per location; CPT never dealt with",
     footer="Gullwing Dental Software - Order GDS-55102")
def c04(b):
    b.letterhead("Gullwing Dental Software, Inc.", ["2000 Harbor View Blvd, Tampa, FL 33602", "Sales: (813) 555-0144  |  orders@gullwingdental.example"])
    b.title("Subscription Order Form", align=TA_LEFT)
    b.kv([("Order number", "GDS-55102"), ("Customer", "Bayfront Family Dentistry, P.A."),
          ("Locations", "2 (Tampa; Brandon)"), ("Start date", "March 1, 2025"), ("Term", "24 months")])
    b.table([["Item", "Basis", "Qty", "Price", "Extended / mo"],
             ["Gullwing Cloud PM - Practice edition", "per location / month", "2", "$329.00", "$658.00"],
             ["Imaging bridge", "per location / month", "2", "$45.00", "$90.00"],
             ["eClaims (dental, ASC X12 837D)", "per location / month", "2", "$60.00", "$120.00"],
             ["CDT Code License (ADA)", "per location / month", "2", "$6.00", "$12.00"],
             ["Data conversion", "one-time", "1", "$1,500.00", "-"],
             ["Monthly total", "", "", "", "$880.00"]],
             widths=[2.6, 1.5, 0.5, 1.0, 1.3], right_cols=(2, 3, 4), bold_last=True)
    b.h("Terms specific to this Order")
    b.p("<b>CDT.</b> The Software includes the Code on Dental Procedures and Nomenclature (CDT Code), copyright American Dental Association. Gullwing holds a commercial user license from the ADA. The CDT Code License line reflects Gullwing's cost of maintaining annual CDT updates in the Software. CDT is a registered trademark of the American Dental Association.")
    b.p("<b>Medical cross-coding.</b> The Software does not include a medical cross-coding module. Claims for medical payers must be prepared outside the Software.")
    b.p("<b>Hardware.</b> Workstations, sensors and network equipment are the Customer's responsibility and must meet Gullwing's published minimum specifications.")
    b.p("<b>Payment.</b> " + bp("pay", 1))
    b.p("This Order is governed by the Gullwing Master Subscription Agreement at gullwingdental.example/msa, which is incorporated by reference. " + bp("baa", 2))
    b.sig("Gullwing Dental Software, Inc.", "Bayfront Family Dentistry, P.A.")


@doc("c05_glenmoor.pdf", "Glenmoor Health Software, Inc.", "unclear",
     "MSA mentions CPT only in a 'fees for third-party content may apply' clause; who pays is left open",
     font="Times-Roman", size=10, footer="Glenmoor MSA 2024.3")
def c05(b):
    b.title("MASTER SOFTWARE AND SERVICES AGREEMENT", size=14)
    b.p("This Master Software and Services Agreement (\"Agreement\") is entered into as of April 2, 2025 (the \"Effective Date\") by and between <b>Glenmoor Health Software, Inc.</b>, a Minnesota corporation with offices at 77 Lake Street, Minneapolis, MN 55401 (\"Glenmoor\"), and <b>Prairie Lakes Internal Medicine, LLC</b> (\"Client\").")
    b.h("1. Definitions")
    b.p("\"Software\" means Glenmoor's hosted electronic health record and practice management applications listed in an Order. \"Order\" means an ordering document signed by both parties. \"Third-Party Content\" means code sets, drug databases, clinical content and other data that Glenmoor licenses from third parties and makes available in the Software. \"Users\" means Client's employees and contractors authorized to access the Software.")
    b.h("2. Services")
    b.p("Glenmoor will provide the Software and the implementation, training and support services described in each Order. Support is available from 7 a.m. to 7 p.m. Central time on business days.")
    b.h("3. Fees")
    b.p("3.1 Client will pay the fees stated in each Order. " + bp("pay", 0))
    b.p("3.2 Fees for Third-Party Content, including code sets such as CPT, may apply and will be communicated to Client separately. Glenmoor may update the list of Third-Party Content from time to time.")
    b.p("3.3 Glenmoor may increase recurring fees at renewal by no more than five percent (5%) over the prior term.")
    b.h("4. Third-Party Content")
    b.p("Third-Party Content is provided subject to the terms its licensors require, and those licensors are not responsible to Client for the Software. CPT is a registered trademark of the American Medical Association.")
    b.h("5. Client Obligations")
    b.p("Client is responsible for the accuracy of data it enters, for its Users' compliance with this Agreement, and for maintaining equipment and connectivity meeting Glenmoor's minimum requirements.")
    b.h("6. Confidentiality")
    b.p(bp("conf", 0))
    b.h("7. HIPAA")
    b.p(bp("baa", 1))
    b.h("8. Warranty; Liability")
    b.p(bp("warranty", 0) + " " + bp("liab", 2))
    b.h("9. Term and Termination")
    b.p(bp("term", 0))
    b.h("10. Miscellaneous")
    b.p(bp("law", 0, st="Minnesota") + " " + bp("misc", 0))
    b.sig("Glenmoor Health Software, Inc.", "Prairie Lakes Internal Medicine, LLC")


@doc("c06_meridel.pdf", "Meridel Practice Systems LLC", "pass_through",
     "Ruled order-form table: a separate 'AMA CPT License (annual)' line at $22.00 per provider per year beside per-provider monthly subscription lines",
     fee=fee(22.00, "provider", "year"), footer="Meridel Practice Systems LLC - Quote/Order Q-10877")
def c06(b):
    b.letterhead("Meridel Practice Systems LLC", ["9400 Commerce Parkway, Suite 210, Columbus, OH 43219", "www.meridel.example  |  (614) 555-0190"])
    b.title("ORDER FORM", align=TA_LEFT)
    b.kv([("Order / Quote #", "Q-10877"), ("Customer", "Scioto Valley Orthopedics, Inc."),
          ("Billing contact", "Dana Whitfield, Practice Administrator"),
          ("Order date", "January 14, 2025"), ("Subscription term", "36 months from Go-Live")])
    b.table([["Product / Service", "Billing unit", "Qty", "Unit price", "Period"],
             ["Meridel PM Cloud - subscription", "Provider", "4", "$129.00", "Monthly"],
             ["Claims & Remits module", "Provider", "4", "$35.00", "Monthly"],
             ["Patient Statements (print & mail)", "Statement", "est. 600", "$0.68", "Monthly, in arrears"],
             ["AMA CPT\u00ae License (annual)", "Provider", "4", "$22.00", "Annual"],
             ["Implementation & data migration", "Project", "1", "$3,200.00", "One-time"],
             ["Live training (remote)", "Hour", "8", "$125.00", "One-time"]],
            widths=[2.6, 1.1, 0.8, 1.0, 1.4], right_cols=(2, 3))
    b.p("<b>Estimated first invoice:</b> $4,944.00 (one-time items, first month's subscription and the annual AMA CPT License for four providers). Estimated recurring monthly charges: $656.00 plus statements.")
    b.h("Order terms")
    b.bullets([
        "The AMA CPT License line is collected by Meridel on behalf of the American Medical Association for each provider with access to CPT codes in Meridel PM Cloud, and is billed each January for the calendar year. Providers added mid-year are billed when added.",
        "The AMA sets its royalty annually; Meridel will give 30 days' notice of any change to the AMA CPT License line.",
        "Subscription fees for months 13-36 increase by 3% per year.",
        "Statement volumes are estimates only; actual usage is billed.",
        "This Order is subject to the Meridel Master Subscription Agreement dated January 14, 2025.",
    ])
    b.sig("Meridel Practice Systems LLC", "Scioto Valley Orthopedics, Inc.")


@doc("c07_brightwater.pdf", "Brightwater Clinical Systems LLC", "vendor_covers",
     "Order form: per-user subscription price next to a CPT code set licence line 'Included - $0.00'; footnote says royalties are in the subscription",
     footer="Brightwater Clinical Systems LLC | Order BW-2025-0311")
def c07(b):
    b.letterhead("Brightwater Clinical Systems LLC", ["Brightwater EHR Suite", "600 Riverfront Plaza, Chattanooga, TN 37402  |  (423) 555-0112"], align=TA_CENTER)
    b.title("Sales Order BW-2025-0311")
    b.kv([("Client", "Lookout Mountain Pediatrics, PLLC"), ("Ship-to / site", "1400 Broad St, Chattanooga, TN"),
          ("Effective", "March 11, 2025"), ("Initial term", "24 months")])
    b.table([["Line", "Description", "Qty", "Rate", "Monthly"],
             ["1", "Brightwater EHR Suite - per user per month", "11 users", "$89.00", "$979.00"],
             ["2", "ePrescribing incl. EPCS", "4 prescribers", "$25.00", "$100.00"],
             ["3", "Patient portal & reminders", "1 practice", "$149.00", "$149.00"],
             ["4", "CPT\u00ae code set licence (AMA)*", "11 users", "Included", "$0.00"],
             ["5", "Interface - Quest/LabCorp results", "1", "$75.00", "$75.00"],
             ["", "Total monthly recurring", "", "", "$1,303.00"]],
            widths=[0.5, 3.0, 1.1, 0.9, 1.2], right_cols=(3, 4), bold_last=True)
    b.p("* Brightwater is an AMA authorized distributor. The AMA royalty for CPT content in the Brightwater EHR Suite is included in the per-user subscription price; no separate CPT fee applies to this Order.", small=True)
    b.h("Additional terms")
    b.p("One-time implementation fee: $2,750.00, payable on signature. Training beyond the included 10 hours is billed at $110 per hour. " + bp("pay", 0))
    b.p("CPT is a registered trademark of the American Medical Association. Use of CPT in the EHR Suite is subject to the end-user terms in the Brightwater Subscription Agreement, Exhibit D.")
    b.p("This Sales Order is governed by the Brightwater Subscription Agreement. In the event of conflict, this Sales Order controls as to pricing.")
    b.sig("Brightwater Clinical Systems LLC", "Lookout Mountain Pediatrics, PLLC")


@doc("c08_ama.pdf", "American Medical Association", "customer_must_license",
     "An AMA internal-use licence signed by the practice itself: the practice licenses CPT directly from the AMA (entity fee + per-user royalty)",
     font="Times-Roman", size=10, footer="AMA Internal Use License - Counting Users Model", ama=True)
def c08(b):
    b.title("AMERICAN MEDICAL ASSOCIATION<br/>INTERNAL USE LICENSE AGREEMENT", size=14)
    b.center("Agreement No. IU-2025-184302", small=True)
    b.p("This Internal Use License Agreement (\"Agreement\") is made effective January 1, 2025 between the <b>American Medical Association</b>, an Illinois not-for-profit corporation, 330 North Wabash Avenue, Suite 39300, Chicago, Illinois 60611 (\"AMA\"), and <b>Cedar Hollow Pediatrics, PLLC</b>, 88 Mill Pond Road, Nashua, New Hampshire 03060 (\"Licensee\").")
    b.h("1. Definitions")
    b.p("\"Licensed Content\" means the Current Procedural Terminology (CPT\u00ae) Standard data file for the annual release or releases identified in Schedule A. \"User\" means an individual who (a) accesses, uses or manipulates the Licensed Content; (b) uses a program containing the Licensed Content to produce output that could not be produced without it; or (c) makes use of such output. Users are counted as named individuals and not on a concurrent basis. \"Licensee's System\" means the practice management system identified in Schedule A.")
    b.h("2. Grant of License")
    b.p("Subject to this Agreement and payment of the royalties in Schedule A, AMA grants Licensee a non-exclusive, non-transferable license to install the Licensed Content in Licensee's System and to permit its Users to use it solely for Licensee's internal business purposes within the United States. Licensee may not distribute the Licensed Content to any third party, including any affiliate, subsidiary or other legal entity.")
    b.h("3. Royalties and Reports")
    b.p("Licensee will pay AMA the royalties stated in Schedule A. Within thirty (30) days after the start of each license year Licensee will report to AMA the number of Users. If the number of Users increases during a license year, Licensee will report the increase and pay the additional royalty within thirty (30) days.")
    b.h("4. Records and Audit")
    b.p("Licensee will keep records sufficient to verify User counts for three (3) years. AMA may, on reasonable notice and not more than once a year, audit those records. If an audit shows an underpayment of more than five percent, Licensee will reimburse AMA's reasonable audit costs.")
    b.h("5. Proprietary Rights; Notices")
    b.p("AMA owns all right, title and interest in CPT. Licensee will reproduce the notice \"CPT copyright 2025 American Medical Association. All rights reserved.\" on any printed output that includes CPT descriptors.")
    b.h("6. Disclaimer")
    b.caps("The Licensed Content is provided \"as is\" without warranty of any kind. AMA does not directly or indirectly practice medicine or dispense medical services. Fee schedules, relative value units, conversion factors and/or related components are not assigned by the AMA and are not part of CPT.")
    b.h("7. Term and Termination")
    b.p("This Agreement covers the 2025 annual release and renews for each subsequent annual release unless either party gives written notice of non-renewal at least sixty (60) days before the release date. AMA may terminate on thirty (30) days' notice for an uncured breach. On termination Licensee will cease using and will delete the Licensed Content.")
    b.h("8. General")
    b.p("This Agreement is governed by the laws of the State of Illinois. It may be amended only in a writing signed by both parties.")
    b.pb()
    b.h("SCHEDULE A - LICENSED CONTENT AND ROYALTIES")
    b.table([["Licensed Content", "Licensee's System", "Licensing model", "Royalty"],
             ["CPT Standard data file, 2025 annual release", "Practice management system (on-premises)", "Counting Users", "Entity Fee of $82.50 plus $18.50 for each User"]],
            widths=[1.8, 1.8, 1.2, 2.1])
    b.p("Initial User count reported by Licensee: 14. Royalty for the 2025 annual release: $82.50 + (14 x $18.50) = $341.50, due on signature.")
    b.sig("American Medical Association", "Cedar Hollow Pediatrics, PLLC")


@doc("c09_ridgeway.pdf", "Ridgeway Payment Services, LLC", "not_addressed",
     "Card-processing agreement where 'CPT' means Cost Per Transaction ($0.22); AMA CPT never dealt with",
     footer="Ridgeway Payment Services - Merchant Agreement MPA-7")
def c09(b):
    b.letterhead("Ridgeway Payment Services, LLC", ["Healthcare Merchant Services  |  3100 Peachtree Rd NE, Atlanta, GA 30305"])
    b.title("Merchant Processing Agreement - Healthcare Program", align=TA_LEFT)
    b.p("This Merchant Processing Agreement is made between Ridgeway Payment Services, LLC (\"Ridgeway\") and Magnolia Dermatology Associates, P.C. (\"Merchant\"), effective on approval of Merchant's application.")
    b.h("Definitions")
    b.p("\"Card\" means a credit, debit or prepaid card bearing the mark of a card network. \"Transaction\" means an authorization request submitted by Merchant. \"CPT\" or \"Cost Per Transaction\" means the fixed per-Transaction processing fee stated in the Fee Schedule, charged in addition to interchange and network assessments. \"HSA/FSA Card\" means a card issued for a health savings or flexible spending account.")
    b.h("Fee Schedule")
    b.table([["Fee", "Amount", "Applies to"],
             ["Pricing model", "Interchange plus 0.35%", "All Card volume"],
             ["CPT (Cost Per Transaction)", "$0.22", "Each authorized Transaction"],
             ["Patient portal payments gateway", "$15.00 / month", "Per merchant account"],
             ["Card-on-file vault", "$10.00 / month", "Per merchant account"],
             ["Chargeback", "$20.00", "Per chargeback"],
             ["PCI program fee", "$89.00 / year", "Per merchant account"]],
            widths=[2.4, 1.8, 2.7])
    b.p("Ridgeway may adjust the CPT and other fees on thirty (30) days' notice if a card network changes its fees. The CPT does not vary by ticket size.")
    b.h("Merchant obligations")
    b.p("Merchant will honor all valid Cards, will not impose surcharges except as permitted by law and network rules, will obtain patient authorization before storing a Card on file, and will keep transaction records for eighteen (18) months. HSA/FSA Card transactions must be for eligible medical expenses only.")
    b.h("Settlement and reserves")
    b.p("Ridgeway will deposit settled funds, less fees, to Merchant's designated account within two business days. Ridgeway may establish a reserve if chargeback ratios exceed 1% in any month.")
    b.h("Data security")
    b.p("Merchant will maintain PCI DSS compliance and will not store full card numbers outside the Ridgeway vault. Patient health information is not transmitted through the payment gateway.")
    b.h("Term")
    b.p("The initial term is three (3) years, renewing for one-year terms. Early termination by Merchant incurs a fee of $295.")
    b.p(bp("law", 0, st="Georgia") + " " + bp("liab", 1))
    b.sig("Ridgeway Payment Services, LLC", "Magnolia Dermatology Associates, P.C.")


@doc("c10_brackenridge.pdf", "Brackenridge Clinical Cloud, Inc.", "pass_through",
     "Invoice: 'AMA CPT Code License - 2025 annual, per rendering provider' 6 x $19.75 among subscription lines and totals",
     fee=fee(19.75, "provider", "year"), font="Courier", size=9, footer="Brackenridge Clinical Cloud, Inc. - remit to PO Box 4410, Austin TX 78765")
def c10(b):
    b.letterhead("Brackenridge Clinical Cloud, Inc.", ["2101 E. Cesar Chavez St, Austin, TX 78702", "billing@brackenridge.example  |  Tax ID 74-5550193"])
    b.title("INVOICE", align=TA_RIGHT, size=16)
    b.kv([("Invoice no.", "INV-250104-03318"), ("Invoice date", "January 4, 2025"), ("Due date", "February 3, 2025"),
          ("Bill to", "Hill Country Family Practice, P.A., 512 Main St, Dripping Springs, TX 78620"),
          ("Account", "HC-20931")], widths=(1.5, 5.4))
    b.table([["Description", "Qty", "Unit price", "Amount"],
             ["Brackenridge EHR + PM subscription, January 2025 (per provider)", "6", "$249.00", "$1,494.00"],
             ["Clearinghouse connectivity, January 2025", "1", "$95.00", "$95.00"],
             ["Patient text reminders, Dec 2024 usage (messages)", "2,210", "$0.03", "$66.30"],
             ["AMA CPT\u00ae Code License - 2025 annual, per rendering provider", "6", "$19.75", "$118.50"],
             ["Credit - December service outage (ticket 88120)", "1", "($50.00)", "($50.00)"],
             ["Subtotal", "", "", "$1,723.80"],
             ["Sales tax (software subscription, 8.25% on $1,589.00)", "", "", "$131.09"],
             ["TOTAL DUE", "", "", "$1,854.89"]],
            widths=[3.9, 0.7, 1.1, 1.2], right_cols=(1, 2, 3))
    b.h("Notes")
    b.p("The AMA CPT Code License fee is billed once a year on the first invoice of the year, for each rendering provider on your account with access to CPT codes. Providers added after this invoice will be billed on the following invoice. The fee is not taxed.")
    b.p("Pay online at pay.brackenridge.example with your account number, or by ACH. Questions about this invoice: (512) 555-0176.")
    b.p("Thank you for your business.", small=True)


@doc("c11_holloway.pdf", "Holloway Health Apps, Inc.", "vendor_covers",
     "Help-centre article: the vendor pays the AMA royalty itself, no AMA fee; quotes the AMA direct price and competitors' per-clinician fees for comparison only",
     footer="support.holloway.example - Billing FAQ")
def c11(b):
    b.p("Holloway Support  /  Account &amp; billing  /  Pricing questions", small=True)
    b.title("Will Holloway charge me an AMA fee for CPT codes?", align=TA_LEFT, size=15)
    b.p("Last updated February 3, 2025", small=True, italic=True)
    b.p("<b>Short answer: no.</b> There is no AMA or CPT fee on a Holloway account, and there won't be one added to your 2025 invoices.")
    b.h("Why are other EHRs charging one?")
    b.p("The American Medical Association owns CPT and charges software companies a royalty for each person who can use the codes. Several practice platforms now pass that royalty on to customers, often around $20 per clinician per year with a processing fee on top. Holloway Health Apps, Inc. is an authorized CPT distributor under a license agreement with the AMA, and we pay the royalty for your users ourselves. It is part of the price of your plan.")
    b.h("Do I need my own license from the AMA?")
    b.p("Not for using CPT in Holloway. Your Holloway subscription includes a sublicense to the CPT content in the app, for use inside your practice in the United States. If you also use CPT in another system that doesn't include it, that system needs its own coverage.")
    b.p("For comparison only: an organization licensing CPT directly from the AMA for 2025 pays the AMA's entity fee plus $18.50 for every user. You don't need to do that for Holloway.")
    b.h("Will my plan price change because of this?")
    b.p("Plan prices are reviewed once a year. Any change is announced 60 days ahead and applies to the whole plan, not as a separate AMA line.")
    b.h("Where can I read the CPT terms?")
    b.p("The AMA's required end-user terms are in Section 12 of the Holloway Terms of Service. " + AMA_NOTICE.format(y=2025))
    b.sp(6)
    b.p("Still have questions? Chat with us from the Help icon in the app, or email billing@holloway.example.", small=True)


@doc("c12_elmstead.pdf", "Elmstead Analytics, Inc.", "customer_must_license",
     "Revenue-analytics services agreement: client uploads its own CPT codes and fee schedules and warrants it holds the AMA licence; vendor supplies no CPT",
     font="Times-Roman", size=10, footer="Elmstead Analytics - Services Agreement")
def c12(b):
    b.title("DATA ANALYTICS SERVICES AGREEMENT", size=14)
    b.p("This Data Analytics Services Agreement is made as of June 1, 2025 between <b>Elmstead Analytics, Inc.</b>, a Colorado corporation (\"Elmstead\"), and <b>Front Range Gastroenterology, P.C.</b> (\"Client\").")
    b.h("Recitals")
    b.p("Elmstead provides a hosted platform that benchmarks a practice's charges, payments and denials against payer contracts. Client wishes to use the platform for its physician practice.")
    b.h("1. Services")
    b.p("1.1 Elmstead will provide the RevLens platform, onboarding, and a quarterly review with Client's billing lead. 1.2 Elmstead will load Client Data into the platform within ten business days of receipt in the agreed file layout.")
    b.h("2. Client Data")
    b.p("2.1 \"Client Data\" means all data Client or its billing agent submits, including claim and remittance files, payer fee schedules, charge masters and any procedure codes and descriptors contained in them.")
    b.p("2.2 Client Data may contain codes and descriptors from Current Procedural Terminology (CPT), owned by the American Medical Association. Elmstead does not supply or sublicense CPT content. Client represents and warrants that it holds, and will maintain throughout the term, a valid license from the AMA or an AMA-authorized distributor permitting the CPT content in Client Data to be used by Client's personnel in the platform, and Client is responsible for any royalties payable under that license.")
    b.p("2.3 Client grants Elmstead a limited license to process Client Data solely to provide the Services.")
    b.h("3. Fees")
    b.p("Client will pay a platform fee of $1,150 per month plus $0.04 per claim line processed above 40,000 lines per month. " + bp("pay", 2))
    b.h("4. Confidentiality and HIPAA")
    b.p(bp("conf", 2) + " " + bp("baa", 1))
    b.h("5. Warranties")
    b.p(bp("warranty", 2) + " Benchmarks are estimates and not legal or reimbursement advice.")
    b.h("6. Indemnity")
    b.p("Client will defend and indemnify Elmstead against any third-party claim that Client Data, or Elmstead's use of it as permitted here, infringes that party's intellectual property rights.")
    b.h("7. Term; General")
    b.p(bp("term", 2) + " " + bp("law", 0, st="Colorado"))
    b.sig("Elmstead Analytics, Inc.", "Front Range Gastroenterology, P.C.")


@doc("c13_larchmont.pdf", "Larchmont EHR Company", "unclear",
     "Terms of service carrying only AMA notices (copyright, disclaimers, FARS/DFARS); no grant, no fee, no statement of who pays",
     footer="Larchmont EHR Company - Terms of Service")
def c13(b):
    b.letterhead("Larchmont EHR Company", ["Terms of Service  |  Effective September 1, 2024"], rule=True)
    b.p("Welcome to Larchmont. These Terms of Service (\"Terms\") are an agreement between Larchmont EHR Company (\"Larchmont\") and the practice that subscribes (\"Subscriber\"). They apply to the Larchmont web application, mobile apps and related services.")
    b.h("1. Subscription")
    b.p("Subscriber may use the services for the number of providers and the plan selected at sign-up. Plans renew monthly until cancelled. Larchmont may change plan features on 30 days' notice.")
    b.h("2. Acceptable use")
    b.p("Subscriber will not use the services to store content unrelated to patient care or practice operations, attempt to breach security, or send unsolicited messages to patients.")
    b.h("3. Subscriber data")
    b.p("Subscriber owns its data. Larchmont will export it in a standard format on request within 60 days after cancellation, after which it may be deleted. " + bp("baa", 2))
    b.h("4. Third-party notices")
    b.p("4.1 <i>CPT.</i> " + AMA_NOTICE.format(y=2024) + " CPT is a registered trademark of the American Medical Association.")
    b.p("4.2 <i>Government use.</i> " + FARS)
    b.p("4.3 <i>Drug data.</i> Medication information is provided by a third-party compendium and is not a substitute for professional judgment.")
    b.h("5. Disclaimers")
    b.p(bp("warranty", 1))
    b.h("6. Limitation of liability")
    b.p(bp("liab", 0))
    b.h("7. Changes; general")
    b.p("Larchmont may update these Terms by posting a new version; continued use after 30 days is acceptance. " + bp("law", 0, st="New York"))


@doc("c14_tamarack.pdf", "Tamarack EHR Solutions Corp.", "pass_through",
     "Vendor letter announcing the 2026 AMA fee: $18.50 royalty + $2.00 processing = $20.50 per provider, replacing $20.00 for 2025",
     fee=fee(20.50, "provider", "year"), font="Times-Roman", size=10.5, footer="Tamarack EHR Solutions Corp.")
def c14(b):
    b.letterhead("Tamarack EHR Solutions Corp.", ["1 Tamarack Way  \u00b7  Green Bay, WI 54301  \u00b7  (920) 555-0108"], align=TA_CENTER)
    b.p("January 6, 2026")
    b.p("Dr. Ellen Voss<br/>Practice Owner<br/>Northwoods Chiropractic &amp; Rehab, S.C.<br/>410 Oak Street<br/>Wausau, WI 54401")
    b.p("Re: Your 2026 AMA CPT\u00ae license fee - Account NW-3381")
    b.p("Dear Dr. Voss,")
    b.p("Thank you for another year with Tamarack. We are writing, as we do each January, about the annual license fee for the CPT codes built into your Tamarack EHR.")
    b.p("The American Medical Association requires us, as an authorized distributor, to pay a royalty for every provider who uses CPT in our software, and your agreement with us provides that this royalty is passed through to you together with a processing fee. For calendar year 2026 the fee is <b>$20.50 per provider</b>: the AMA's royalty of $18.50, which is unchanged from last year, and our processing fee, which rises from $1.50 to $2.00 to reflect higher payment-card and reporting costs. Last year's total was $20.00 per provider.")
    b.p("Your account currently lists three providers, so the 2026 charge of $61.50 appears on the invoice dated January 10. If you add a provider during the year, the fee for that provider will be added to the following month's invoice. If one of the providers listed no longer uses Tamarack, tell us before January 31 and we will remove the charge.")
    b.p("Nothing else about your subscription changes. Your monthly subscription and support fees continue at the rates in your current order.")
    b.p("If you have questions, please call our billing team at (920) 555-0108, option 3, or write to billing@tamarack.example.")
    b.p("Sincerely,")
    b.sp(14)
    b.p("Marcus Lindqvist<br/>Director, Customer Billing<br/>Tamarack EHR Solutions Corp.")
    b.p("CPT is a registered trademark of the American Medical Association.", small=True)


@doc("c15_granite.pdf", "Granite Arch Software Corporation", "vendor_covers",
     "Perpetual licence agreement (Licensor/Licensee): licensor holds the AMA distribution licence and pays all AMA royalties; licence fees stated to be inclusive",
     font="Times-Roman", size=10, footer="Granite Arch Software Corporation - Software License Agreement")
def c15(b):
    b.title("SOFTWARE LICENSE AND MAINTENANCE AGREEMENT", size=14)
    b.p("THIS AGREEMENT is made on August 19, 2024 between <b>Granite Arch Software Corporation</b>, a North Carolina corporation with its principal office at 500 Glenwood Avenue, Raleigh, NC 27603 (\"Licensor\"), and <b>Cape Fear Cardiology Associates, PLLC</b> (\"Licensee\").")
    b.h("ARTICLE 1 - DEFINITIONS")
    b.p("1.1 \"Software\" means the object code of Licensor's GraniteChart practice management and charge capture programs, version 11 and later releases supplied under maintenance. 1.2 \"Documentation\" means Licensor's user manuals. 1.3 \"License Fees\" means the fees for the license and maintenance set out in Schedule 1. 1.4 \"Site\" means Licensee's locations listed in Schedule 1.")
    b.h("ARTICLE 2 - LICENSE")
    b.p("2.1 Licensor grants Licensee a perpetual, non-exclusive, non-transferable license to install and use the Software at the Sites for Licensee's internal business purposes. 2.2 Licensee may make one backup copy. 2.3 Licensee shall not sublicense, rent or time-share the Software.")
    b.h("ARTICLE 3 - THIRD-PARTY CONTENT")
    b.p("3.1 The Software incorporates Current Procedural Terminology (CPT) codes and descriptors of the American Medical Association (\"AMA\"). Licensor holds a distribution license from the AMA and, under that license, grants Licensee a non-exclusive, non-transferable sublicense to use CPT in the Software at the Sites.")
    b.p("3.2 Licensor shall be solely responsible for, and shall pay when due, all royalties and fees owed to the AMA in connection with Licensee's use of CPT within the Software, including with each annual CPT update delivered under maintenance. The License Fees in Schedule 1 are inclusive of such royalties, and Licensor shall not charge Licensee any additional amount on account of them.")
    b.p("3.3 Licensee shall not remove copyright notices, distribute CPT to any other legal entity, or use CPT outside the United States. " + AMA_NOTICE.format(y=2024))
    b.h("ARTICLE 4 - MAINTENANCE")
    b.p("4.1 Maintenance includes error correction, regulatory updates, annual code-set updates and telephone support. 4.2 Maintenance renews annually unless cancelled on ninety days' notice.")
    b.h("ARTICLE 5 - WARRANTY; LIABILITY")
    b.p(bp("warranty", 0) + " " + bp("liab", 2))
    b.h("ARTICLE 6 - GENERAL")
    b.p(bp("law", 0, st="North Carolina") + " " + bp("misc", 0))
    b.pb()
    b.h("SCHEDULE 1 - LICENSE FEES AND SITES")
    b.table([["Item", "Fee", "Terms"],
             ["Perpetual license - GraniteChart PM, up to 6 physicians", "$18,000.00", "50% on signature, 50% at go-live"],
             ["Charge capture module", "$4,500.00", "At go-live"],
             ["Annual maintenance", "20% of license fees ($4,500.00 in year 1)", "Annually in advance"],
             ["On-site installation", "$2,400.00", "On completion"]],
            widths=[3.0, 1.9, 2.0])
    b.p("Sites: 2130 South 17th Street, Wilmington, NC 28401; 118 Medical Center Drive, Jacksonville, NC 28546.")
    b.p("Maintenance may increase by up to 4% per year after the second year.")
    b.sig("Granite Arch Software Corporation", "Cape Fear Cardiology Associates, PLLC")


@doc("c16_mossbank.pdf", "Mossbank Health Records, Inc.", "not_addressed",
     "Plain EHR subscription agreement with no mention of CPT or any code-set licensing",
     footer="Mossbank Health Records, Inc. - Subscription Agreement")
def c16(b):
    b.letterhead("Mossbank Health Records, Inc.", ["840 Pearl Street, Boulder, CO 80302  |  contracts@mossbank.example"])
    b.title("Subscription Agreement", align=TA_LEFT)
    b.p("This Subscription Agreement is between Mossbank Health Records, Inc. (\"Mossbank\") and Aspen Grove Women's Health, LLC (\"Customer\") and is effective on the date of the last signature below.")
    b.sec("1.", "Service", "Mossbank will make its cloud electronic health record available to Customer's authorized users, with 99.5% monthly availability excluding scheduled maintenance announced 48 hours in advance.")
    b.sec("2.", "Fees", "Customer will pay $310 per full-time provider per month and $95 per part-time provider per month, with a one-time onboarding fee of $1,800. " + bp("pay", 1))
    b.sec("3.", "Support", "Standard support is included and is available by phone and chat from 8 a.m. to 6 p.m. Mountain time on business days. Critical issues are acknowledged within one hour at any time.")
    b.sec("4.", "Data", "Customer owns its data. Mossbank will return Customer's data in a standard export format within 30 days after termination on request. " + bp("baa", 0))
    b.sec("5.", "Security", "Mossbank maintains administrative, physical and technical safeguards consistent with industry standards, encrypts data at rest and in transit, and will notify Customer of a security incident affecting Customer's data without unreasonable delay.")
    b.sec("6.", "Confidentiality", bp("conf", 0))
    b.sec("7.", "Warranty", bp("warranty", 0))
    b.sec("8.", "Liability", bp("liab", 0))
    b.sec("9.", "Term", bp("term", 2))
    b.sec("10.", "General", bp("law", 0, st="Colorado") + " " + bp("misc", 1))
    b.sig("Mossbank Health Records, Inc.", "Aspen Grove Women's Health, LLC")



@doc("c17_ashgrove.pdf", "Ashgrove Health Technologies, L.P.", "pass_through",
     "MSA with a defined term 'CPT Pass-Through Fee' used in the body; the amount ($18.50 royalty + $1.75 administrative charge per Authorized User per contract year) sits in Exhibit B on a later page",
     fee=fee(20.25, "user", "year"), font="Times-Roman", size=10, footer="Ashgrove Health Technologies, L.P. - MSA No. AHT-2291")
def c17(b):
    b.title("MASTER SERVICES AGREEMENT", size=14)
    b.center("Agreement No. AHT-2291", small=True)
    b.p("This Master Services Agreement (\"Agreement\") is made as of February 24, 2025 (\"Effective Date\") between <b>Ashgrove Health Technologies, L.P.</b>, a Texas limited partnership (\"Ashgrove\"), and <b>Brazos Valley Urology, P.A.</b>, a Texas professional association (\"Customer\").")
    b.h("1. DEFINITIONS")
    b.p("\"Authorized User\" means an individual employee or contractor of Customer who is issued credentials to access the Platform. \"Platform\" means Ashgrove's hosted practice management and revenue cycle applications described in Exhibit A. \"Subscription Fees\" means the recurring fees for the Platform stated in Exhibit B. \"CPT\" means the Current Procedural Terminology code set owned by the American Medical Association (\"AMA\"). \"CPT Pass-Through Fee\" means the amount per Authorized User per Contract Year stated in Exhibit B as the CPT Pass-Through Fee. \"Contract Year\" means each twelve-month period beginning on the Effective Date or an anniversary of it.")
    b.h("2. PLATFORM")
    b.p("2.1 Ashgrove will provide the Platform and the support described in Exhibit A. 2.2 Customer may add Authorized Users at any time by written request; additions are billed from the date added.")
    b.h("3. CPT CONTENT")
    b.p("3.1 The Platform contains CPT content that Ashgrove distributes under a license agreement with the AMA. Ashgrove grants Customer a non-exclusive, non-transferable sublicense to use that content in the Platform for Customer's internal purposes in the United States, subject to the end-user terms in Exhibit C.")
    b.p("3.2 Customer shall pay the CPT Pass-Through Fee for each Authorized User in each Contract Year. Ashgrove will invoice the CPT Pass-Through Fee annually in advance, and for Authorized Users added mid-year, on the next monthly invoice without proration.")
    b.p("3.3 Customer consents to Ashgrove reporting Customer's name and Authorized User count to the AMA.")
    b.h("4. FEES AND PAYMENT")
    b.p("4.1 Customer shall pay the Subscription Fees and other fees in Exhibit B. " + bp("pay", 0))
    b.p("4.2 Ashgrove may increase the Subscription Fees once per Contract Year, beginning in the second Contract Year, by not more than four percent (4%). Changes to the CPT Pass-Through Fee follow changes in the AMA royalty and take effect on thirty (30) days' notice.")
    b.h("5. CONFIDENTIALITY; DATA")
    b.p(bp("conf", 0) + " " + bp("baa", 0))
    b.h("6. WARRANTIES; LIABILITY")
    b.p(bp("warranty", 0))
    b.p(bp("liab", 0))
    b.h("7. TERM")
    b.p(bp("term", 0))
    b.h("8. GENERAL")
    b.p(bp("law", 0, st="Texas") + " " + bp("misc", 0))
    b.sig("Ashgrove Health Technologies, L.P.", "Brazos Valley Urology, P.A.")
    b.pb()
    b.h("EXHIBIT A - PLATFORM AND SUPPORT")
    b.p("Ashgrove PM (scheduling, registration, charge entry, claims, remittance posting, statements); Ashgrove Denials Workbench; standard interfaces to Customer's EHR (ADT and DFT). Support: business days 7:00-19:00 Central; Severity 1 response within 1 hour.")
    b.h("EXHIBIT B - FEES")
    b.table([["Fee", "Amount", "Basis"],
             ["Subscription Fees - Ashgrove PM", "$68.00", "per Authorized User per month"],
             ["Subscription Fees - Denials Workbench", "$450.00", "per month, flat"],
             ["Implementation", "$6,500.00", "one-time"],
             ["CPT Pass-Through Fee", "$18.50 AMA royalty plus $1.75 administrative charge", "per Authorized User per Contract Year"]],
            widths=[2.4, 2.5, 2.0])
    b.p("Initial Authorized Users: 9.")
    b.h("EXHIBIT C - CPT END-USER TERMS")
    b.p("Customer shall not publish, distribute or create derivative works of CPT, or make it available to any other legal entity. The sublicense ends if Ashgrove's agreement with the AMA ends unless the AMA consents. " + AMA_NOTICE.format(y=2025) + " " + FARS)


@doc("c18_ironwood.pdf", "Ironwood Billing Group, LLC", "customer_must_license",
     "Billing-service agreement where 'Provider' is the practice: the billing company works in the practice's own system and the Provider must keep its own CPT licences at its expense",
     footer="Ironwood Billing Group, LLC - Billing Services Agreement")
def c18(b):
    b.letterhead("Ironwood Billing Group, LLC", ["Revenue Cycle Services  |  1455 Market St, Suite 900, St. Louis, MO 63103"])
    b.title("Medical Billing Services Agreement", align=TA_LEFT)
    b.p("This Agreement is entered into as of May 5, 2025 by Ironwood Billing Group, LLC (\"Billing Company\") and Gateway Neurology Associates, Inc. (\"Provider\"). In this Agreement \"Provider\" includes Provider's physicians and other practitioners who bill under Provider's tax identification number.")
    b.h("1. Services")
    b.p("Billing Company will: (a) enter charges from encounter documentation supplied by Provider; (b) prepare and transmit claims; (c) post payments and adjustments; (d) work denials and unpaid claims older than 30 days; and (e) deliver monthly reports. Billing Company will perform the Services in Provider's practice management system, \"PM System\", using credentials issued by Provider.")
    b.h("2. Provider responsibilities")
    b.p("2.1 Provider is responsible for the accuracy and completeness of clinical documentation and for the selection of codes by its practitioners. 2.2 Provider will maintain the PM System, its clearinghouse connection, and all licenses needed to operate them. Without limiting the foregoing, Provider shall obtain and maintain at its own expense any license required by the American Medical Association for the use of CPT codes and descriptors in the PM System, including for Billing Company personnel who access CPT in the PM System on Provider's behalf. Billing Company furnishes no software or CPT content under this Agreement.")
    b.p("2.3 Provider will forward all payer correspondence to Billing Company within five business days.")
    b.h("3. Compensation")
    b.p("Provider will pay Billing Company six percent (6%) of net collections on claims submitted by Billing Company, invoiced monthly, with a minimum monthly fee of $1,200. Collections on claims with dates of service before the Effective Date are billed at eight percent (8%).")
    b.h("4. Compliance")
    b.p("Billing Company will not submit any claim it knows to be false. Each party will comply with the federal Anti-Kickback Statute, the False Claims Act and applicable payer rules. " + bp("baa", 1))
    b.h("5. Term and termination")
    b.p(bp("term", 1) + " After termination, Billing Company will work claims submitted before termination for ninety (90) days at the rates above.")
    b.h("6. Liability; general")
    b.p(bp("liab", 2) + " " + bp("law", 0, st="Missouri"))
    b.sig("Ironwood Billing Group, LLC", "Gateway Neurology Associates, Inc.")


@doc("c19_marbleleaf.pdf", "Marbleleaf Health Systems, Inc.", "vendor_covers",
     "Subscription agreement that negates pass-through: the vendor will not pass through or invoice any CPT royalty and pays it out of its own fees",
     footer="Marbleleaf Health Systems, Inc. - Cloud Subscription Agreement v5")
def c19(b):
    b.letterhead("Marbleleaf Health Systems, Inc.", ["Marbleleaf Cloud EHR  \u00b7  75 Canal Street, Indianapolis, IN 46202"])
    b.title("Cloud Subscription Agreement", align=TA_LEFT)
    b.p("Marbleleaf Health Systems, Inc. (\"Company\") and the customer named on the signature page (\"Customer\") agree as follows.")
    b.h("1. Subscription")
    b.p("Company will provide Customer with access to Marbleleaf Cloud EHR for the number of providers on the Order. The subscription fee is $275 per provider per month for the EHR and $110 per provider per month for billing services, each billed monthly in advance.")
    b.h("2. Code sets")
    b.p("2.1 The subscription includes ICD-10-CM, HCPCS Level II and CPT code sets, each updated annually. CPT content is owned by the American Medical Association and is provided under Company's distribution license with the AMA, which authorizes Company to sublicense CPT to Customer for internal use within the United States.")
    b.p("2.2 Company will not pass through, invoice or otherwise charge Customer any royalty, license fee or processing fee for CPT, now or on renewal. Company pays the AMA royalty attributable to Customer's users out of its own fees. Customer does not need to obtain a separate CPT license to use CPT in Marbleleaf Cloud EHR.")
    b.p("2.3 Customer will not copy CPT content out of the service for use in other systems, and will not make it available to any other legal entity. The AMA is a third-party beneficiary of this Section 2.")
    b.h("3. Customer obligations")
    b.p("Customer will keep user lists current, will not share credentials, and will ensure its users complete Company's onboarding training before seeing patients in the system.")
    b.h("4. Fees; taxes")
    b.p(bp("pay", 1) + " Subscription fees may increase at renewal by up to 5%.")
    b.h("5. Confidentiality; HIPAA")
    b.p(bp("conf", 1) + " " + bp("baa", 2))
    b.h("6. Warranty and liability")
    b.p(bp("warranty", 1) + " " + bp("liab", 1))
    b.h("7. Term; general")
    b.p(bp("term", 2) + " " + bp("law", 0, st="Indiana") + " " + bp("misc", 2))
    b.sig("Marbleleaf Health Systems, Inc.", "Customer: White River Internal Medicine, P.C.")


@doc("c20_crestline.pdf", "Crestline Revenue Partners, LLC", "pass_through",
     "Billing-company agreement ('Provider' = practice) on the billing company's own platform: CPT content fee of two dollars ($2.00) per rendering physician per month, written in words; percentage fee nearby",
     fee=fee(2.00, "provider", "month"), font="Times-Roman", size=10, footer="Crestline Revenue Partners, LLC - RCM Services Agreement")
def c20(b):
    b.title("REVENUE CYCLE MANAGEMENT SERVICES AGREEMENT", size=13)
    b.p("This Revenue Cycle Management Services Agreement (the \"Agreement\") is entered into effective July 1, 2025, by and between <b>Crestline Revenue Partners, LLC</b>, an Arizona limited liability company (\"Crestline\"), and <b>Sonoran Spine &amp; Pain Physicians, PLLC</b> (\"Provider\").")
    b.h("1. Engagement")
    b.p("Provider engages Crestline to perform billing and collection services for the professional services of Provider's physicians and advanced practice clinicians, and Crestline accepts the engagement on the terms below.")
    b.h("2. The Platform")
    b.p("2.1 Crestline will perform the services in its own practice management and billing platform (the \"Platform\"), and will give Provider's staff read-only and charge-entry access to the Platform. 2.2 The Platform contains CPT codes and descriptors, which are copyrighted by the American Medical Association. Crestline distributes CPT in the Platform under its license agreement with the AMA and sublicenses it to Provider for use in the Platform only.")
    b.h("3. Fees")
    b.p("3.1 <i>Service fee.</i> Provider shall pay Crestline five and one-half percent (5.5%) of net collections received in each month on claims processed by Crestline.")
    b.p("3.2 <i>CPT content fee.</i> In addition, Provider shall pay Crestline a CPT content fee of two dollars ($2.00) per month for each rendering physician or other rendering provider whose claims are billed through the Platform in that month. This fee reimburses the royalty Crestline pays the AMA for Provider's use of CPT in the Platform.")
    b.p("3.3 <i>Statements and lockbox.</i> Patient statements are billed at cost plus ten percent. Lockbox services, if elected, are $150 per month.")
    b.p("3.4 Crestline will invoice monthly in arrears; invoices are due within fifteen (15) days.")
    b.h("4. Provider Obligations")
    b.p("Provider will furnish complete encounter documentation within three business days of each date of service, will respond to coding queries within five business days, and will remain responsible for the codes its practitioners select.")
    b.h("5. Compliance; HIPAA")
    b.p(bp("baa", 0) + " Crestline will maintain a compliance program consistent with the OIG's guidance for third-party billing companies.")
    b.h("6. Term and Termination")
    b.p(bp("term", 0))
    b.h("7. Limitation of Liability")
    b.p(bp("liab", 0))
    b.h("8. General")
    b.p(bp("law", 0, st="Arizona") + " " + bp("misc", 1))
    b.sig("Crestline Revenue Partners, LLC", "Sonoran Spine & Pain Physicians, PLLC")


@doc("c21_bellweather.pdf", "Bellweather Claims Software, Inc.", "unclear",
     "Claims-software terms that rely on the customer's CMS/Medicare contractor point-and-click licence for CPT; that licence covers CMS programs only, so coverage for the product is left open",
     footer="Bellweather Claims Software, Inc. - License Terms")
def c21(b):
    b.letterhead("Bellweather Claims Software, Inc.", ["ClaimSmith Desktop  |  18 Depot Street, Burlington, VT 05401"])
    b.title("ClaimSmith Desktop License Terms", align=TA_LEFT)
    b.p("These terms apply to ClaimSmith Desktop, claim-preparation software published by Bellweather Claims Software, Inc. (\"Bellweather\"), licensed to the practice that purchases it (\"you\").")
    b.h("1. License")
    b.p("Bellweather grants you a non-exclusive license to install ClaimSmith Desktop on up to the number of workstations you purchased and to use it to prepare CMS-1500 and 837P claims for your practice.")
    b.h("2. Fees")
    b.p("The license fee is $699 per workstation, with annual updates and support at $229 per workstation per year. Payer connectivity is billed by your chosen clearinghouse.")
    b.h("3. Code sets")
    b.p("3.1 ClaimSmith Desktop ships with the current HCPCS Level II and ICD-10-CM files published by CMS.")
    b.p("3.2 ClaimSmith Desktop also displays CPT codes and short descriptors. Use of CPT in ClaimSmith Desktop is made under the End User/Point and Click Agreement for CPT that you accept when you register on your Medicare Administrative Contractor's provider portal. By installing ClaimSmith Desktop you confirm that you have accepted that agreement.")
    b.p("3.3 CPT is a registered trademark of the American Medical Association.")
    b.h("4. Restrictions")
    b.p("You may not copy the software except for backup, transfer it to another practice, or reverse engineer it.")
    b.h("5. Warranty")
    b.p("Bellweather warrants that the software media will be free of defects for 90 days. " + bp("warranty", 2))
    b.h("6. Liability")
    b.p(bp("liab", 1))
    b.h("7. General")
    b.p(bp("law", 0, st="Vermont") + " " + bp("misc", 2))


@doc("c22_ellisford.pdf", "Ellisford Code Reference, Inc.", "not_addressed",
     "Code-reference subscription charging only for the AMA's ICD-10-CM/PCS and HCPCS Level II editions (per user per year); CPT is never dealt with",
     footer="Ellisford Code Reference, Inc. - Subscription Order")
def c22(b):
    b.letterhead("Ellisford Code Reference, Inc.", ["Online code books for physician offices  |  270 Canal St, Boston, MA 02114"])
    b.title("Subscription Order and Terms - 2025", align=TA_LEFT)
    b.kv([("Subscriber", "North Shore Podiatry Group, LLC"), ("Users", "5 named users"),
          ("Subscription year", "January 1 - December 31, 2025")])
    b.table([["Code content", "Edition", "Price per user per year", "Users", "Total"],
             ["ICD-10-CM / ICD-10-PCS", "AMA's edition, 2025", "$21.50", "5", "$107.50"],
             ["HCPCS Level II", "AMA's edition, 2025", "$19.00", "5", "$95.00"],
             ["Ellisford search & crosswalk tools", "Platform", "$120.00", "5", "$600.00"],
             ["Annual total", "", "", "", "$802.50"]],
            widths=[2.0, 1.5, 1.5, 0.6, 1.3], right_cols=(2, 3, 4), bold_last=True)
    b.h("Terms")
    b.p("1. <b>Content.</b> The ICD-10-CM, ICD-10-PCS and HCPCS Level II code sets are works of the United States government. The AMA's editions add proprietary annotations, indexes and formatting, and the per-user prices above are set by the publisher of those editions.")
    b.p("2. <b>Named users.</b> Each subscription is for one named individual and may not be shared. You may reassign a subscription once per year when a staff member leaves.")
    b.p("3. <b>Renewal.</b> Subscriptions renew each January at the then-current price unless cancelled by December 1.")
    b.p("4. <b>No coding advice.</b> Ellisford provides reference content only and is not responsible for code selection or payer acceptance.")
    b.p("5. <b>General.</b> " + bp("liab", 1) + " " + bp("law", 0, st="Massachusetts"))
    b.sig("Ellisford Code Reference, Inc.", "North Shore Podiatry Group, LLC")


@doc("c23_pinnacle.pdf", "Pinnacle Claims Exchange, Inc.", "pass_through",
     "Clearinghouse agreement ('Provider' = practice): fee schedule lists an AMA CPT licence surcharge of forty-five dollars ($45.00) per Provider location per year next to per-claim fees",
     fee=fee(45.00, "location", "year"), footer="Pinnacle Claims Exchange, Inc. - Provider Services Agreement")
def c23(b):
    b.letterhead("Pinnacle Claims Exchange, Inc.", ["EDI Clearinghouse Services  \u00b7  600 Grand Ave, Des Moines, IA 50309"])
    b.title("Provider Services Agreement", align=TA_LEFT)
    b.p("This Provider Services Agreement is between Pinnacle Claims Exchange, Inc. (\"Pinnacle\"), a clearinghouse, and the health care provider organization identified below (\"Provider\"). Provider wishes to use Pinnacle to transmit claims and receive remittances and eligibility responses.")
    b.h("1. Services")
    b.p("Pinnacle will receive Provider's claim files, edit them against payer and national rules (\"Claim Scrubbing\"), translate them into the formats payers require, transmit them, and return acknowledgments, remittances and reports through the Pinnacle portal.")
    b.h("2. Provider Obligations")
    b.p("Provider will ensure that submitted data is accurate, will enroll with payers where enrollment is required, and will keep its portal users current.")
    b.h("3. CPT in Claim Scrubbing")
    b.p("Claim Scrubbing uses CPT code and descriptor content licensed by Pinnacle from the American Medical Association. Pinnacle's license requires it to pay a royalty for each Provider location that uses Claim Scrubbing, and Pinnacle recovers that royalty through the AMA CPT license surcharge in Schedule 1.")
    b.h("4. Fees")
    b.p("Provider will pay the fees in Schedule 1. " + bp("pay", 1))
    b.h("5. HIPAA")
    b.p("Pinnacle is a health care clearinghouse under HIPAA. " + bp("baa", 1))
    b.h("6. Term; Liability; General")
    b.p(bp("term", 2) + " " + bp("liab", 0) + " " + bp("law", 0, st="Iowa"))
    b.h("Schedule 1 - Fees")
    b.table([["Service", "Fee"],
             ["Setup", "$250.00 per Provider tax ID, one-time"],
             ["Professional claims (837P)", "$0.29 per claim"],
             ["Electronic remittance (835)", "$0.00 - included"],
             ["Real-time eligibility (270/271)", "$0.12 per inquiry"],
             ["Paper claims to non-EDI payers", "$0.65 per claim plus postage"],
             ["AMA CPT license surcharge", "Forty-five dollars ($45.00) per Provider location per year, billed each January"]],
            widths=[2.6, 4.3])
    b.p("Provider: Cedar Rapids Allergy & Asthma Clinic, P.C. (3 locations)")
    b.sig("Pinnacle Claims Exchange, Inc.", "Cedar Rapids Allergy & Asthma Clinic, P.C.")


@doc("c24_codewright.pdf", "Codewright Analytics, LLC", "vendor_covers",
     "Coding-tool subscription: $39 per user per month seat price that expressly includes the current CPT code set and the AMA royalty; no separate CPT fee",
     footer="Codewright Analytics, LLC - Subscription Terms")
def c24(b):
    b.letterhead("Codewright Analytics, LLC", ["Codewright Encoder & Audit  |  1200 Fifth Ave, Seattle, WA 98101"])
    b.title("Codewright Encoder - Subscription Terms and Pricing", align=TA_LEFT)
    b.p("These terms apply when a practice (\"Subscriber\") buys seats for Codewright Encoder, a web-based coding lookup and chart-audit tool offered by Codewright Analytics, LLC (\"Codewright\").")
    b.h("Pricing")
    b.table([["Plan", "Price", "What's included"],
             ["Coder seat", "$39 per user per month", "Code search, edits, crosswalks; current CPT, ICD-10-CM and HCPCS Level II code sets; the AMA royalty for CPT"],
             ["Auditor seat", "$59 per user per month", "Everything in Coder, plus chart audit workflows and audit reports"],
             ["Practice admin", "No charge", "User management and billing only; no code access"]],
            widths=[1.3, 1.6, 4.0])
    b.p("Seats are billed monthly per named user. Annual prepayment receives a 10% discount.")
    b.h("CPT licensing")
    b.p("Codewright is licensed by the American Medical Association to distribute CPT in Codewright Encoder. The royalty the AMA charges for each seat with CPT access is included in the seat price above, and there is no separate CPT or AMA fee. Subscribers do not need their own CPT license to use CPT within Codewright Encoder. Practice admin seats do not access CPT.")
    b.p("Subscriber may not export CPT descriptors in bulk or use them outside Codewright Encoder. " + AMA_NOTICE.format(y=2025))
    b.h("Other terms")
    b.p("Seats may not be shared. Codewright may suspend a seat that shows concurrent logins from different locations. " + bp("warranty", 1) + " " + bp("liab", 1))
    b.p(bp("law", 0, st="Washington") + " " + bp("misc", 2))


@doc("c25_tidewater.pdf", "Tidewater Claims Hub, Inc.", "customer_must_license",
     "Clearinghouse portal terms: subscriber must obtain a CPT licence from the AMA or a distributor for each portal user; the clearinghouse does not sublicense CPT",
     footer="Tidewater Claims Hub, Inc. - Portal Subscriber Terms")
def c25(b):
    b.letterhead("Tidewater Claims Hub, Inc.", ["Clearinghouse & Payer Connectivity  |  101 W. Main St, Norfolk, VA 23510"])
    b.title("Portal Subscriber Terms", align=TA_LEFT)
    b.p("These Portal Subscriber Terms govern access to the Tidewater web portal by a provider organization (\"Subscriber\") enrolled with Tidewater Claims Hub, Inc. (\"Tidewater\"). They supplement the Tidewater Clearinghouse Agreement.")
    b.sec("1.", "Portal", "The portal lets Subscriber key claims, upload claim files, correct rejected claims and view remittances. Subscriber will designate portal users and keep their access current.")
    b.sec("2.", "Fees", "Portal access is $49 per month per Subscriber, plus per-claim fees under the Clearinghouse Agreement.")
    b.sec("3.", "Code Content", "The portal accepts codes entered or uploaded by Subscriber and validates their format. Tidewater does not sublicense CPT and does not hold a distribution license from the American Medical Association for the portal. Subscriber shall obtain and maintain a license to CPT from the AMA or an AMA-authorized distributor covering each individual who views, enters or relies on CPT codes or descriptors in the portal, and shall pay any royalties due under that license. Tidewater may ask Subscriber to confirm that such a license is in place.")
    b.sec("4.", "Security", "Subscriber users must use multifactor authentication. Tidewater may suspend any account it reasonably believes is compromised.")
    b.sec("5.", "HIPAA", bp("baa", 2))
    b.sec("6.", "Disclaimer", bp("warranty", 2))
    b.sec("7.", "Liability", bp("liab", 2))
    b.sec("8.", "Changes", "Tidewater may amend these Portal Subscriber Terms on 30 days' notice posted in the portal. " + bp("law", 0, st="Virginia"))


@doc("c26_silverbirch.pdf", "Silverbirch Medical Software, Inc.", "pass_through",
     "Amendment No. 2 replaces the CPT Licence Fee of $18.00 per Named User per year with $19.50 per Named User per year",
     fee=fee(19.50, "user", "year"), font="Times-Roman", size=10.5, footer="Silverbirch - Amendment No. 2")
def c26(b):
    b.title("AMENDMENT NO. 2<br/>TO SOFTWARE SUBSCRIPTION AGREEMENT", size=14)
    b.p("This Amendment No. 2 (\"Amendment\") is entered into as of December 1, 2024 (\"Amendment Date\") by <b>Silverbirch Medical Software, Inc.</b> (\"Silverbirch\") and <b>Lakeshore Pulmonary &amp; Sleep, S.C.</b> (\"Customer\"), and amends the Software Subscription Agreement between them dated March 15, 2022, as amended by Amendment No. 1 dated January 1, 2023 (together, the \"Agreement\").")
    b.h("Background")
    b.p("A. Under Exhibit A, Section 3 of the Agreement, Customer pays Silverbirch a CPT License Fee for each Named User, which Silverbirch remits to the American Medical Association as royalty for CPT content in the Silverbirch software.")
    b.p("B. Amendment No. 1 set the CPT License Fee at $18.00 per Named User per year.")
    b.p("C. The AMA has increased its royalty, and the parties wish to update the CPT License Fee and extend the term.")
    b.h("Agreement")
    b.p("1. <b>CPT License Fee.</b> Exhibit A, Section 3 of the Agreement is deleted and replaced with the following: \"3. CPT License Fee. Customer shall pay a CPT License Fee of nineteen dollars and fifty cents ($19.50) per Named User per year, invoiced each January for the Named Users active on January 1, and for Named Users added later, on the next invoice.\" The new fee applies from January 1, 2025.")
    b.p("2. <b>Term.</b> The current term of the Agreement is extended to March 14, 2027.")
    b.p("3. <b>Subscription fees.</b> Subscription fees remain as stated in Exhibit A, Section 1 ($165 per Named User per month) for the extended term.")
    b.p("4. <b>Effect.</b> Except as amended here, the Agreement remains in full force. If this Amendment conflicts with the Agreement, this Amendment controls. Capitalized terms not defined here have the meanings given in the Agreement.")
    b.p("5. <b>Counterparts.</b> This Amendment may be signed electronically and in counterparts.")
    b.sig("Silverbirch Medical Software, Inc.", "Lakeshore Pulmonary & Sleep, S.C.")


@doc("c27_harbourview.pdf", "Harbourview Video Visits, LLC", "not_addressed",
     "Telehealth platform terms with no CPT or code-set licensing content",
     footer="Harbourview Video Visits, LLC")
def c27(b):
    b.letterhead("Harbourview Video Visits, LLC", ["Secure video visits for independent practices", "45 Commercial Wharf, Boston, MA 02110"], align=TA_CENTER)
    b.title("Platform Terms for Practices")
    b.p("By enabling Harbourview for your practice you agree to these terms with Harbourview Video Visits, LLC (\"Harbourview\", \"we\").")
    b.h("What we provide")
    b.p("A browser-based video room for each clinician, a virtual waiting room, appointment links by text and email, screen sharing, and visit logs. We do not provide clinical documentation, prescribing or billing functions; use your existing systems for those.")
    b.h("Pricing")
    b.p("$29 per clinician per month, or $290 per clinician per year if paid annually. Group rooms for up to 8 participants are included. Text messages beyond 500 per clinician per month cost $0.02 each.")
    b.h("Your responsibilities")
    b.p("You are responsible for confirming patient identity and location, obtaining any consent your state requires, and holding licensure in the state where the patient is located. You are responsible for the equipment and network you use.")
    b.h("Privacy")
    b.p("Visits are encrypted in transit and are not recorded. " + bp("baa", 0))
    b.h("Availability")
    b.p("We aim for 99.9% uptime and post incidents at status.harbourview.example. Service credits of 10% of the monthly fee are available if monthly uptime falls below 99.5%.")
    b.h("Ending service")
    b.p("You may cancel at any time; annual plans are refunded pro rata. We may suspend an account for non-payment after 15 days' notice.")
    b.h("Legal")
    b.p(bp("warranty", 1) + " " + bp("liab", 1) + " " + bp("law", 0, st="Massachusetts"))


@doc("c28_sparrowgate.pdf", "Sparrowgate Virtual Care, Inc.", "vendor_covers",
     "Telehealth platform terms with visit coding: vendor holds an AMA distribution licence and pays the royalty for the practice's clinicians; no separate charge",
     footer="Sparrowgate Virtual Care, Inc. - Practice Agreement")
def c28(b):
    b.letterhead("Sparrowgate Virtual Care, Inc.", ["Telehealth & virtual-first care platform  |  900 Congress Ave, Austin, TX 78701"])
    b.title("Practice Platform Agreement", align=TA_LEFT)
    b.p("This Practice Platform Agreement is between Sparrowgate Virtual Care, Inc. (\"Sparrowgate\") and the practice signing below (\"Practice\").")
    b.sec("1.", "Platform", "Sparrowgate provides video visits, asynchronous visits, intake forms, visit notes and a superbill generator. At the end of each visit the platform suggests procedure and diagnosis codes for the clinician to accept or change.")
    b.sec("2.", "Fees", "Practice pays $119 per clinician per month for the Complete plan. Asynchronous visit volume above 300 per clinician per month is billed at $0.50 per visit.")
    b.sec("3.", "CPT", "The code suggestions and superbills use CPT, which is owned by the American Medical Association. Sparrowgate holds a distribution license from the AMA and sublicenses CPT to Practice for use in the platform. Sparrowgate pays the AMA royalty for Practice's clinicians and staff, and there is no separate charge for CPT; the plan price is all Practice pays for it. Practice may not extract CPT content for use outside the platform. " + AMA_NOTICE.format(y=2025))
    b.sec("4.", "Clinical responsibility", "Practice and its clinicians are solely responsible for clinical decisions and for the codes they accept. Code suggestions are not coding advice.")
    b.sec("5.", "HIPAA", bp("baa", 1))
    b.sec("6.", "Term", bp("term", 2))
    b.sec("7.", "Liability", bp("liab", 0))
    b.sec("8.", "General", bp("law", 0, st="Texas") + " " + bp("misc", 1))
    b.sig("Sparrowgate Virtual Care, Inc.", "Practice: Hill Country Telepsychiatry, PLLC")


@doc("c29_norcastle.pdf", "Norcastle Medical Cloud, Inc.", "unclear",
     "MSA: vendor 'may' invoice third-party royalties (incl. AMA) if ever required, on notice; nothing says whether CPT is currently charged or included",
     font="Times-Roman", size=10, footer="Norcastle Medical Cloud, Inc. - Master Agreement")
def c29(b):
    b.title("NORCASTLE MEDICAL CLOUD, INC.<br/>MASTER CLOUD SERVICES AGREEMENT", size=13)
    b.p("This Master Cloud Services Agreement is made on October 7, 2024 between Norcastle Medical Cloud, Inc., a Kentucky corporation (\"Norcastle\"), and Bluegrass Primary Care Partners, PLLC (\"Customer\").")
    b.h("1. Services")
    b.p("Norcastle will host and provide the Norcastle EHR and billing applications described in the Order, including the code sets used in those applications, and will provide support and updates as described in the Support Policy.")
    b.h("2. Fees")
    b.p("2.1 Customer will pay the subscription fees in the Order, which are $240 per provider per month for the initial term.")
    b.p("2.2 <i>Third-party royalties.</i> If the American Medical Association or any other licensor of content used in the Services requires Norcastle to collect royalties from its customers, Norcastle may invoice Customer for those royalties upon sixty (60) days' written notice. Any such amounts will be in addition to the subscription fees.")
    b.p("2.3 " + bp("pay", 0))
    b.h("3. Content")
    b.p("The Services contain content owned by third parties, including CPT, which is a registered trademark of the American Medical Association. Customer will comply with any end-user terms that such third parties require Norcastle to pass on.")
    b.h("4. Confidentiality; Data")
    b.p(bp("conf", 0) + " " + bp("baa", 0))
    b.h("5. Warranties; Liability")
    b.p(bp("warranty", 0) + " " + bp("liab", 0))
    b.h("6. Term")
    b.p(bp("term", 0))
    b.h("7. General")
    b.p(bp("law", 0, st="Kentucky") + " " + bp("misc", 0))
    b.sig("Norcastle Medical Cloud, Inc.", "Bluegrass Primary Care Partners, PLLC")


@doc("c30_harborline.pdf", "Harborline Health IT Co.", "pass_through",
     "Unruled renewal quote whose column header holds the unit and period ('Annual, per Provider'): CPT royalty $18.50 + CPT processing $1.50 = $20.00; a 5% subscription escalator sits nearby",
     fee=fee(20.00, "provider", "year"), footer="Harborline Health IT Co. - Renewal Quote RQ-4410")
def c30(b):
    b.letterhead("Harborline Health IT Co.", ["55 Harbor Street, Portland, ME 04101  |  renewals@harborline.example"])
    b.title("Renewal Quote RQ-4410", align=TA_LEFT)
    b.p("Prepared for: Casco Bay Family Medicine, P.A.<br/>Prepared on: October 21, 2025<br/>Renewal term: January 1, 2026 - December 31, 2026<br/>Providers: 7")
    b.p("Thank you for choosing Harborline. Below is your renewal pricing. Amounts are shown per provider for the full year.")
    b.table([["Item", "Annual, per Provider", "Providers", "Annual total"],
             ["Harborline Core EHR", "$2,400.00", "7", "$16,800.00"],
             ["Practice Management & Claims", "$1,140.00", "7", "$7,980.00"],
             ["CPT\u00ae royalty (AMA pass-through)", "$18.50", "7", "$129.50"],
             ["CPT processing fee", "$1.50", "7", "$10.50"],
             ["Patient portal", "$180.00", "7", "$1,260.00"],
             ["Total 2026", "", "", "$26,180.00"]],
            widths=[2.7, 1.6, 1.0, 1.6], ruled=False, right_cols=(1, 2, 3), bold_last=True)
    b.h("Notes")
    b.bullets([
        "Core EHR, Practice Management and Patient portal prices reflect the 5% annual escalator in your agreement (2025: $2,285.71, $1,085.71 and $171.43 per provider).",
        "The CPT royalty is set by the American Medical Association and passed through at cost. The CPT processing fee covers our reporting and remittance costs. Neither is subject to the escalator.",
        "Providers added during the year are billed pro rata for subscription items and in full for the CPT royalty and processing fee.",
        "Quote valid until December 15, 2025. Sign below or accept in the customer portal.",
    ])
    b.sig("Harborline Health IT Co.", "Casco Bay Family Medicine, P.A.")


@doc("c31_lanternfish.pdf", "Lanternfish Telemedicine LLC", "customer_must_license",
     "Telehealth clinician terms: platform passes through codes the clinician enters; clinician must hold its own AMA CPT licence if it enters CPT",
     footer="Lanternfish Telemedicine LLC - Clinician Terms")
def c31(b):
    b.letterhead("Lanternfish Telemedicine LLC", ["Clinician Network Terms  |  Updated May 2025"])
    b.p("These terms are between Lanternfish Telemedicine LLC (\"Lanternfish\") and each independent clinician or clinician group (\"Clinician\") that uses the Lanternfish platform to see patients.")
    b.h("1. The platform")
    b.p("Lanternfish provides scheduling, video, e-prescribing through a certified partner, and a billing export. Lanternfish is not a health care provider and does not employ Clinicians.")
    b.h("2. Fees")
    b.p("Clinician pays a platform fee of 9% of visit revenue collected through Lanternfish, or $79 per month on the flat plan, whichever Clinician selects at enrollment.")
    b.h("3. Codes and billing export")
    b.p("The billing export carries the procedure and diagnosis codes that Clinician types into the visit summary. Lanternfish does not supply a CPT code library, does not sublicense CPT, and has no license from the American Medical Association covering Clinician's use. If Clinician enters CPT codes or descriptors in the platform, Clinician must hold its own CPT license from the AMA or an AMA-authorized distributor and is responsible for any fee charged under it.")
    b.h("4. Clinician obligations")
    b.p("Clinician will maintain licensure, DEA registration where applicable, malpractice coverage of at least $1 million per claim, and will comply with state telehealth rules.")
    b.h("5. Privacy")
    b.p(bp("baa", 2))
    b.h("6. Legal")
    b.p(bp("warranty", 1) + " " + bp("liab", 1) + " " + bp("law", 0, st="Florida"))


@doc("c32_pemberton.pdf", "Pemberton Valley EHR, Inc.", "vendor_covers",
     "Renewal quote with a 4% escalator on all lines; a note states the AMA CPT royalty is included in the platform fee with no separate charge",
     footer="Pemberton Valley EHR, Inc. - Renewal")
def c32(b):
    b.letterhead("Pemberton Valley EHR, Inc.", ["3300 Ridge Road, Harrisburg, PA 17110  |  (717) 555-0133"])
    b.title("2026 Renewal Proposal", align=TA_LEFT)
    b.kv([("Customer", "Susquehanna Pediatric Group, P.C."), ("Proposal date", "November 3, 2025"),
          ("Renewal term", "12 months from January 1, 2026")])
    b.table([["Service", "2025 price", "2026 price (+4%)", "Basis"],
             ["Platform fee - EHR & PM", "$325.00", "$338.00", "per provider per month"],
             ["Revenue cycle services", "4.25%", "4.25%", "of collections (not escalated)"],
             ["Hosting & backup", "$210.00", "$218.40", "per month"],
             ["Interfaces (2)", "$150.00", "$156.00", "per interface per month"]],
            widths=[2.2, 1.2, 1.4, 2.1], right_cols=(1, 2))
    b.p("The annual escalator of four percent (4%) in Section 6.2 of your Master Agreement applies to the platform, hosting and interface fees above.")
    b.h("What's included")
    b.bullets([
        "All regulatory updates, including annual ICD-10-CM, HCPCS and CPT code updates.",
        "AMA CPT\u00ae royalty: included in the platform fee. Pemberton Valley holds the AMA distribution license and pays the royalty for your users; there is no separate CPT line on your invoices.",
        "Unlimited support tickets and two onsite visits per year.",
    ])
    b.p("To accept, sign and return by December 1, 2025. Pricing not accepted by that date will be re-quoted.")
    b.sig("Pemberton Valley EHR, Inc.", "Susquehanna Pediatric Group, P.C.")


@doc("c33_foxglove.pdf", "Foxglove Revenue Cycle, LLC", "not_addressed",
     "Billing-service agreement that mentions assigning CPT codes as a service but never deals with CPT licensing or fees",
     font="Times-Roman", size=10, footer="Foxglove Revenue Cycle, LLC")
def c33(b):
    b.title("BILLING AND CODING SERVICES AGREEMENT", size=13)
    b.p("This Agreement is made on March 3, 2025 between <b>Foxglove Revenue Cycle, LLC</b>, a Utah limited liability company (\"Foxglove\"), and <b>Wasatch Dermatology &amp; Skin Surgery, P.C.</b> (\"Practice\").")
    b.h("1. Services")
    b.p("1.1 <i>Coding.</i> Foxglove's certified coders will review Practice's encounter documentation and assign CPT, HCPCS and ICD-10-CM codes and modifiers consistent with the documentation and applicable payer policy. Coders will query Practice's clinicians where documentation is insufficient.")
    b.p("1.2 <i>Billing.</i> Foxglove will submit claims through Practice's clearinghouse, post remittances, and work denials.")
    b.p("1.3 <i>Audits.</i> Foxglove will perform a quarterly ten-chart audit per clinician and report its findings.")
    b.h("2. Practice Responsibilities")
    b.p("Practice will give Foxglove access to its EHR and practice management system, deliver documentation within 72 hours of service, and notify Foxglove of new payer contracts.")
    b.h("3. Fees")
    b.p("Practice will pay Foxglove $4.10 per coded encounter and 3.9% of net collections, invoiced monthly. " + bp("pay", 0))
    b.h("4. Compliance")
    b.p("Foxglove will not code any service that is not documented. Final responsibility for claims submitted under Practice's NPI rests with Practice. " + bp("baa", 1))
    b.h("5. Non-solicitation")
    b.p("During the term and for twelve months afterwards, Practice will not hire any Foxglove coder assigned to its account without Foxglove's consent.")
    b.h("6. Term; Liability; General")
    b.p(bp("term", 1) + " " + bp("liab", 2) + " " + bp("law", 0, st="Utah") + " " + bp("misc", 2))
    b.sig("Foxglove Revenue Cycle, LLC", "Wasatch Dermatology & Skin Surgery, P.C.")



@doc("c34_wrenfield.pdf", "Wrenfield Systems Corporation", "pass_through",
     "CPT content EULA: 'End User must obtain a license ... for each Provider and pay the applicable fee as set forth in the Order Form'; the attached order-form page sets $24.00 per Provider per year",
     fee=fee(24.00, "provider", "year"), font="Times-Roman", size=10, footer="Wrenfield Systems Corporation - CPT Content EULA")
def c34(b):
    b.title("END-USER LICENSE AGREEMENT FOR WRENFIELD CODING CONTENT<br/>CONTAINING CURRENT PROCEDURAL TERMINOLOGY (CPT\u00ae)", size=12)
    b.caps("Important - read carefully. This end-user license agreement is a legal contract between you (an individual or a single business entity, the \"End User\") and Wrenfield Systems Corporation (\"Wrenfield\"). By clicking accept, signing, or using the coding content you agree to be bound by it. This agreement is separate from your master agreement with Wrenfield for Wrenfield software and services.")
    b.h("1. License Terms")
    b.p("1.1 End User must obtain a license to the CPT content within the Wrenfield Coding Content (the \"Editorial Content\") for each Provider who uses Wrenfield software or services to document or bill for medical services, and pay the applicable fee as set forth in the Order Form. The Editorial Content is not licensed on a concurrent-use basis.")
    b.p("1.2 \"Provider\" means a physician, nurse practitioner, physician assistant, therapist or other licensed practitioner who renders services billed under End User's tax identification number.")
    b.p("1.3 Wrenfield, as a party to a license agreement with the American Medical Association, grants End User a non-exclusive, non-transferable license to use the Editorial Content solely for End User's internal purposes within the United States, for the number of Providers for whom the fee has been paid.")
    b.h("2. Restrictions")
    b.p("End User shall not copy, distribute, publicly display or create derivative works of the Editorial Content, and shall not make it available to any affiliate or other legal entity. End User shall include the AMA copyright notice on any permitted printed output.")
    b.h("3. Reporting")
    b.p("End User shall notify Wrenfield within thirty (30) days of any increase in the number of Providers and shall pay the fee for each additional Provider.")
    b.h("4. Disclaimers")
    b.caps("The editorial content is provided \"as is\" without warranty of any kind. " + AMA_NOTICE.format(y=2025))
    b.p(FARS)
    b.h("5. Term")
    b.p("This EULA remains in effect while End User subscribes to Wrenfield Coding Content and ends automatically if Wrenfield's agreement with the AMA ends, unless End User obtains a direct license from the AMA.")
    b.pb()
    b.title("ORDER FORM - WRENFIELD CODING CONTENT", size=12)
    b.kv([("Order", "WSC-OF-88213"), ("End User", "Piedmont Rheumatology Associates, P.A."),
          ("Term", "January 1, 2025 - December 31, 2025, renewing annually")])
    b.table([["Item", "Unit", "Billing", "Qty", "Fee"],
             ["Wrenfield PM - annual subscription", "Practice", "Annual", "1", "$9,600.00"],
             ["Wrenfield Coding Content - CPT\u00ae Content License", "Provider", "Annual", "5", "$24.00"],
             ["Wrenfield Coding Content - ICD-10-CM/HCPCS updates", "Practice", "Annual", "1", "Included"]],
            widths=[3.0, 0.9, 0.9, 0.5, 1.3], right_cols=(3, 4))
    b.p("Fees are per unit. The CPT Content License fee covers one Provider for one contract year and is invoiced annually in advance.")
    b.sig("Wrenfield Systems Corporation", "Piedmont Rheumatology Associates, P.A.")


@doc("c35_quarrylane.pdf", "Quarry Lane Lab Link, Inc.", "customer_must_license",
     "Lab-interface terms: CPT may travel in order/billing messages, vendor does not license CPT and client must obtain its own licence",
     footer="Quarry Lane Lab Link, Inc. - Interface Terms")
def c35(b):
    b.letterhead("Quarry Lane Lab Link, Inc.", ["Laboratory ordering & results interfaces  |  7 Quarry Lane, Madison, WI 53703"])
    b.title("Interface Services Terms", align=TA_LEFT)
    b.p("These terms apply to interfaces supplied by Quarry Lane Lab Link, Inc. (\"Quarry Lane\") between a physician practice (\"Client\") and one or more reference laboratories.")
    b.sec("1.", "Interfaces", "Quarry Lane will build, test and host bidirectional HL7 v2 interfaces for electronic lab orders (ORM) and results (ORU) between Client's EHR and each laboratory listed in the Statement of Work.")
    b.sec("2.", "Fees", "Setup: $1,500 per laboratory. Hosting and monitoring: $95 per laboratory per month. Changes to an interface after go-live are billed at $140 per hour.")
    b.sec("3.", "Content in messages", "Order and result messages may contain LOINC codes, laboratory test codes and, where a laboratory includes them, CPT codes for billing. Quarry Lane transports these codes as received and does not supply any code set. Quarry Lane does not license or sublicense CPT. Client shall obtain its own license to CPT from the American Medical Association or an authorized distributor for any use of CPT by Client's personnel in connection with the interfaces, and shall pay any fees due under it.")
    b.sec("4.", "Client responsibilities", "Client will provide a test environment, named contacts at each laboratory, and timely validation of test messages.")
    b.sec("5.", "HIPAA", bp("baa", 0))
    b.sec("6.", "Warranty", bp("warranty", 1))
    b.sec("7.", "Liability", bp("liab", 1))
    b.sec("8.", "Term", bp("term", 1) + " " + bp("law", 0, st="Wisconsin"))


@doc("c36_stonebridge.pdf", "Stonebridge Medical Billing Services, Inc.", "vendor_covers",
     "Billing-company agreement ('Provider' = practice): the billing company maintains and pays for the AMA licence for CPT in its own software, at no charge to the Provider",
     font="Times-Roman", size=10, footer="Stonebridge Medical Billing Services, Inc.")
def c36(b):
    b.title("MEDICAL BILLING SERVICES AGREEMENT", size=13)
    b.p("This Medical Billing Services Agreement (\"Agreement\") is made as of September 8, 2025 between <b>Stonebridge Medical Billing Services, Inc.</b>, a Georgia corporation (\"Billing Company\"), and <b>Chattahoochee Ear, Nose &amp; Throat, LLC</b> (\"Provider\").")
    b.h("1. Appointment")
    b.p("Provider appoints Billing Company as its billing agent for professional claims for the term of this Agreement. Billing Company does not take assignment of any receivable.")
    b.h("2. Billing Company's Systems")
    b.p("2.1 Billing Company will perform the Services using its own licensed practice management, coding and billing software (the \"Billing System\"). Provider's staff may be given access to reports and a charge-entry screen in the Billing System.")
    b.p("2.2 The Billing System contains CPT codes and descriptors of the American Medical Association. Billing Company maintains, and pays for, the license from the AMA (through its software vendor's distribution agreement) covering CPT in the Billing System, including use by Billing Company's staff and by any Provider personnel given access to the Billing System. No charge is made to Provider for CPT, and Provider need not obtain a CPT license to use the Billing System.")
    b.p("2.3 Provider remains responsible for licensing any CPT content in its own EHR or other systems.")
    b.h("3. Fees")
    b.p("Provider will pay Billing Company 5% of net collections, with a monthly minimum of $900. Credentialing services, if requested, are $250 per payer per clinician.")
    b.h("4. Records")
    b.p("Billing Company will keep claim and remittance records for seven years and will deliver them to Provider on termination in electronic form.")
    b.h("5. Compliance")
    b.p(bp("baa", 2) + " Each party will notify the other promptly of any government inquiry relating to claims under this Agreement.")
    b.h("6. Term; Liability; General")
    b.p(bp("term", 2) + " " + bp("liab", 0) + " " + bp("law", 0, st="Georgia"))
    b.sig("Stonebridge Medical Billing Services, Inc.", "Chattahoochee Ear, Nose & Throat, LLC")


@doc("c37_vireo.pdf", "Vireo Telehealth, Inc.", "pass_through",
     "Telehealth pricing page and terms: CPT code access fee of $1.75 per clinician per month added to the monthly invoice, beside a $49 per clinician subscription",
     fee=fee(1.75, "provider", "month"), footer="Vireo Telehealth, Inc. - Pricing & Billing Terms")
def c37(b):
    b.letterhead("Vireo Telehealth, Inc.", ["vireo.example/pricing  |  Effective for invoices on or after April 1, 2025"], align=TA_CENTER)
    b.title("Plans, Pricing and Billing Terms")
    b.table([["", "Solo", "Pro", "Clinic"],
             ["Monthly price", "$29 / clinician", "$49 / clinician", "$69 / clinician"],
             ["Video visits", "Unlimited", "Unlimited", "Unlimited"],
             ["Notes & superbills", "-", "Yes", "Yes"],
             ["Insurance claims", "-", "Yes", "Yes"],
             ["CPT\u00ae code access", "-", "Yes*", "Yes*"],
             ["Shared front desk seats", "-", "2", "Unlimited"]],
            widths=[1.9, 1.6, 1.6, 1.6])
    b.p("* Plans with CPT code access carry a CPT code access fee. See Section 3.", small=True)
    b.h("1. Billing cycle")
    b.p("Vireo Telehealth, Inc. bills subscriptions monthly in advance to the card on file. Clinicians added mid-month are prorated.")
    b.h("2. Taxes")
    b.p("Prices exclude sales tax where it applies.")
    b.h("3. CPT code access fee")
    b.p("The American Medical Association owns CPT and charges us a royalty for each clinician who can use CPT codes in Vireo. On the Pro and Clinic plans we add a CPT code access fee of <b>$1.75 per clinician per month</b> to your monthly subscription invoice. We remit the royalty to the AMA and keep the remainder to cover payment and reporting costs. Solo accounts, which have no code access, are not charged.")
    b.p("You can't opt out of the fee on Pro or Clinic. If you don't want CPT access, move to Solo. Front desk seats are not charged the fee.")
    b.h("4. Cancellations and refunds")
    b.p("Cancel any time from Settings; access continues to the end of the paid month. We don't refund partial months except where required by law.")
    b.h("5. Other terms")
    b.p("These billing terms form part of the Vireo Terms of Service. " + bp("baa", 2) + " " + bp("liab", 1))


@doc("c38_summit.pdf", "Summit Tech Support Partners, Inc.", "not_addressed",
     "Managed IT services agreement for a practice (help desk, backups, hardware); no CPT content at all",
     footer="Summit Tech Support Partners, Inc. - MSA")
def c38(b):
    b.letterhead("Summit Tech Support Partners, Inc.", ["Managed IT for medical & dental offices  |  2250 Blake St, Denver, CO 80205"])
    b.title("Managed Services Agreement", align=TA_LEFT)
    b.p("This Managed Services Agreement is between Summit Tech Support Partners, Inc. (\"Summit\") and Clear Creek Physical Therapy, LLC (\"Client\"), effective April 15, 2025.")
    b.h("1. Covered services")
    b.bullets(["Help desk for Client staff, 7 a.m.-7 p.m. Mountain time, with after-hours emergency line.",
               "Monitoring and patching of covered workstations, servers, firewalls and wireless access points.",
               "Nightly encrypted off-site backup of Client's on-premises server with quarterly restore tests.",
               "Endpoint protection and email filtering licenses for covered users.",
               "Vendor liaison with Client's EHR, phone and internet providers."])
    b.h("2. Fees")
    b.table([["Service", "Fee"],
             ["Managed workstation", "$95 per device per month"],
             ["Managed server", "$275 per server per month"],
             ["Network (firewall + Wi-Fi)", "$150 per site per month"],
             ["Projects outside scope", "$145 per hour"]], widths=[3.0, 3.9])
    b.h("3. Client responsibilities")
    b.p("Client will keep hardware under manufacturer warranty, give Summit administrative credentials, and not allow third parties to alter covered systems without notice.")
    b.h("4. Security incidents")
    b.p("Summit will notify Client within 24 hours of discovering a security incident on covered systems and will assist with containment. " + bp("baa", 0))
    b.h("5. Exclusions")
    b.p("Software licenses for Client's line-of-business applications, hardware purchases, and damage caused by misuse are excluded.")
    b.h("6. Term; liability; general")
    b.p(bp("term", 1) + " " + bp("liab", 0) + " " + bp("law", 0, st="Colorado"))
    b.sig("Summit Tech Support Partners, Inc.", "Clear Creek Physical Therapy, LLC")


@doc("c39_saffron.pdf", "Saffron Hill EHR, Inc.", "customer_must_license",
     "Help-centre article: the EHR does not include a CPT licence, practices need their own; quotes the AMA direct price (entity fee + $18.50 per user), which is not the vendor's fee",
     footer="help.saffronhill.example")
def c39(b):
    b.p("Saffron Hill Help  \u203a  Coding  \u203a  Code libraries", small=True)
    b.title("Do I need a CPT license to use Saffron Hill?", align=TA_LEFT, size=15)
    b.p("Updated March 12, 2025  \u00b7  Applies to: Saffron Hill EHR (all editions)", small=True, italic=True)
    b.p("Yes, if your practice uses CPT codes in Saffron Hill. This article explains why and how to get one.")
    b.h("Why doesn't Saffron Hill include CPT?")
    b.p("Saffron Hill EHR, Inc. is not a CPT distributor. Our code library ships with ICD-10-CM and HCPCS Level II, which are free federal code sets. CPT is owned by the American Medical Association, and when customers load CPT into a product themselves, the AMA requires each user of that product to be licensed. So your practice needs its own CPT license before you import a CPT file into Saffron Hill.")
    b.h("Where do I get a license?")
    b.p("You can license CPT directly from the AMA under its internal-use program, or buy a licensed CPT data file from an AMA-authorized distributor. Either way, the license and its fee are between your practice and the licensor. Saffron Hill doesn't collect or pass through any CPT fee.")
    b.h("What does a direct license cost?")
    b.p("The AMA sets its own prices. For the 2025 release, its published internal-use rate is the AMA's entity fee (last published at $82.50) plus $18.50 for each user. For a practice with 12 users that works out to roughly $304.50 for the year. Check the AMA's site for current pricing.")
    b.h("How do I import the file once I have it?")
    b.p("Go to Admin \u203a Code Libraries \u203a Import, choose \"CPT (licensed file)\", and upload the tab-delimited file from your licensor. You'll be asked to confirm that your practice holds a current license.")
    b.p("Related: Importing fee schedules \u00b7 Updating ICD-10 each October \u00b7 Saffron Hill Terms of Use", small=True)


@doc("c40_alderbank.pdf", "Alderbank Systems LLC", "unclear",
     "Terms: third-party code sets are subject to separate online terms 'which may include additional fees'; only a CPT trademark line; who pays is left open",
     footer="Alderbank Systems LLC - Customer Agreement")
def c40(b):
    b.letterhead("Alderbank Systems LLC", ["Alderbank PM  |  500 Main Street, Kansas City, MO 64105"])
    b.title("Customer Agreement", align=TA_LEFT)
    b.p("This Customer Agreement (\"Agreement\") is between Alderbank Systems LLC (\"Alderbank\") and the customer identified in the Order (\"Customer\").")
    b.h("1. Services")
    b.p("Alderbank provides its hosted practice management application and related support (the \"Services\") for the users and modules in the Order.")
    b.h("2. Fees")
    b.p("Customer will pay the fees in the Order, currently $149 per provider per month for Alderbank PM and $45 per provider per month for the scheduling add-on. " + bp("pay", 2))
    b.h("3. Third-party components")
    b.p("3.1 The Services include or give access to components supplied by third parties, including code sets, payer lists and address verification. Use of third-party code sets made available in the Services is subject to the third-party terms posted at alderbank.example/third-party-terms, as updated from time to time, which may include additional fees.")
    b.p("3.2 CPT is a registered trademark of the American Medical Association.")
    b.h("4. Customer data")
    b.p("Customer owns its data and grants Alderbank a license to process it to provide the Services. " + bp("baa", 0))
    b.h("5. Warranty; liability")
    b.p(bp("warranty", 0) + " " + bp("liab", 1))
    b.h("6. Term")
    b.p(bp("term", 2))
    b.h("7. General")
    b.p(bp("law", 0, st="Missouri") + " " + bp("misc", 0))
    b.sig("Alderbank Systems LLC", "Customer: Blue Valley Pediatrics, P.A.")


@doc("c41_bluefin.pdf", "Bluefin EDI Network, LLC", "vendor_covers",
     "Clearinghouse agreement ('Provider' = practice): the clearinghouse is an AMA-authorized distributor and bears the CPT royalty for its claim-editing engine inside per-claim fees",
     font="Times-Roman", size=10, footer="Bluefin EDI Network, LLC - Clearinghouse Agreement")
def c41(b):
    b.title("CLEARINGHOUSE SERVICES AGREEMENT", size=13)
    b.p("This Clearinghouse Services Agreement is between <b>Bluefin EDI Network, LLC</b>, a South Carolina limited liability company (\"Clearinghouse\"), and <b>Lowcountry Women's Care, P.A.</b> (\"Provider\"), effective January 1, 2025.")
    b.h("1. Services")
    b.p("Clearinghouse will accept Provider's claims, apply its claim-editing engine (\"SmartEdits\"), forward clean claims to payers, and return reports, acknowledgments and remittance files.")
    b.h("2. CPT Content in SmartEdits")
    b.p("SmartEdits uses CPT codes and descriptors of the American Medical Association. Clearinghouse is an AMA-authorized distributor for the CPT content used in SmartEdits. The AMA royalty for Provider's users of SmartEdits is borne by Clearinghouse and is included in the per-claim fees in Section 3; Clearinghouse will not bill Provider separately for CPT. Provider may not copy CPT content out of SmartEdits.")
    b.h("3. Fees")
    b.table([["Transaction", "Fee"],
             ["Professional claim (837P), including SmartEdits", "$0.34 per claim"],
             ["Remittance (835)", "Included"],
             ["Claim status (276/277)", "$0.08 per inquiry"],
             ["Monthly minimum", "$60.00"]], widths=[4.0, 2.9])
    b.h("4. Provider Responsibilities")
    b.p("Provider is responsible for the content of its claims, for payer enrollment, and for the conduct of its users.")
    b.h("5. HIPAA")
    b.p(bp("baa", 1))
    b.h("6. Term; Liability; General")
    b.p(bp("term", 0) + " " + bp("liab", 2) + " " + bp("law", 0, st="South Carolina"))
    b.sig("Bluefin EDI Network, LLC", "Lowcountry Women's Care, P.A.")


@doc("c42_cobaltline.pdf", "Cobaltline Coding Tools LLC", "pass_through",
     "Desktop coding-tool order for the 2025 edition: a one-time AMA CPT royalty of $135.00 per practice (up to 5 users) separate from the licence price",
     fee=fee(135.00, "organization", "one_time"), font="Courier", size=9, footer="Cobaltline Coding Tools LLC - Order CCT-25-0912")
def c42(b):
    b.letterhead("Cobaltline Coding Tools LLC", ["Coder Desktop  |  1801 Lavaca St, Austin, TX 78701  |  orders@cobaltline.example"])
    b.title("ORDER CONFIRMATION", align=TA_LEFT)
    b.kv([("Order", "CCT-25-0912"), ("Date", "December 9, 2024"),
          ("Customer", "Pecos Valley Family Health, PLLC"), ("Edition", "Coder Desktop 2025 (single practice, up to 5 users)")])
    b.table([["Item", "Qty", "Price", "Amount"],
             ["Coder Desktop 2025 - edition license (perpetual for 2025 content)", "1 practice", "$495.00", "$495.00"],
             ["AMA CPT\u00ae 2025 content royalty - one-time, per practice", "1 practice", "$135.00", "$135.00"],
             ["Optional: priority phone support, 12 months", "1", "$89.00", "$89.00"],
             ["Shipping (USB installer)", "1", "$0.00", "$0.00"],
             ["Order total", "", "", "$719.00"]],
            widths=[3.6, 1.0, 1.0, 1.3], right_cols=(1, 2, 3), bold_last=True)
    b.h("About the CPT royalty")
    b.p("Coder Desktop includes the AMA's CPT codes and descriptors for the 2025 edition. Cobaltline is licensed by the AMA to distribute CPT in Coder Desktop and pays the AMA a royalty for each practice that installs an edition. That royalty is charged to you once, on this order, and is not refundable after activation. It covers up to five users at one practice for the 2025 edition only; the 2026 edition will be a separate purchase.")
    b.h("License terms")
    b.p("Install on up to five workstations at the practice named above. Do not copy CPT content out of Coder Desktop or share it with another practice or legal entity. " + AMA_NOTICE.format(y=2025))
    b.p(bp("warranty", 1) + " " + bp("liab", 1))


@doc("c43_blackthorn.pdf", "Blackthorn Medical Data LLC", "customer_must_license",
     "Order form whose CPT line reads 'Not included - Customer to supply licensed CPT data file'; terms require the customer to import its own licensed CPT",
     footer="Blackthorn Medical Data LLC - Order BMD-1187")
def c43(b):
    b.letterhead("Blackthorn Medical Data LLC", ["Charge capture & analytics  |  60 State Street, Albany, NY 12207"])
    b.title("Order Form BMD-1187", align=TA_LEFT)
    b.kv([("Customer", "Mohawk Valley Surgical Associates, PLLC"), ("Start", "August 1, 2025"), ("Term", "24 months")])
    b.table([["Component", "Included?", "Fee"],
             ["Blackthorn Charge Capture (mobile + web), 12 surgeons", "Yes", "$2,160.00 per month"],
             ["HL7 DFT interface to Customer's PM system", "Yes", "$125.00 per month"],
             ["ICD-10-CM code library (CMS file)", "Yes", "Included"],
             ["CPT\u00ae code library", "Not included - Customer to supply licensed CPT data file", "-"],
             ["Implementation", "Yes", "$4,000.00 one-time"]],
            widths=[3.0, 2.4, 1.5])
    b.h("Terms for this Order")
    b.p("1. <b>CPT data.</b> Blackthorn does not distribute CPT. Before go-live Customer shall import into Blackthorn Charge Capture a CPT data file that Customer has licensed from the American Medical Association or from an AMA-authorized distributor, and shall keep that license current for every user of the service. Blackthorn will load annual updates supplied by Customer at no charge.")
    b.p("2. <b>Users.</b> The monthly fee covers up to 12 surgeons and unlimited office staff users.")
    b.p("3. <b>Price protection.</b> Fees are fixed for the first 12 months; thereafter Blackthorn may increase them by up to 3% on 60 days' notice.")
    b.p("4. This Order is governed by the Blackthorn Terms of Service. " + bp("baa", 0))
    b.sig("Blackthorn Medical Data LLC", "Mohawk Valley Surgical Associates, PLLC")


@doc("c44_fernhollow.pdf", "Fernhollow Software, Inc.", "pass_through",
     "Help-centre article: $1.75 per user per month for AMA CPT content, stated in words and figures; a $24 yearly cap per user is a trap",
     fee=fee(1.75, "user", "month"), footer="Fernhollow Software, Inc. - Knowledge Base")
def c44(b):
    b.p("Fernhollow Knowledge Base  \u00bb  Billing  \u00bb  Charges on your statement", small=True)
    b.title("The \"AMA CPT content\" line on your monthly statement", align=TA_LEFT, size=15)
    b.p("Applies to: FernPM and FernPM + Charts  \u00b7  Last reviewed January 2025", small=True, italic=True)
    b.p("Starting with your January 2025 statement you'll see a new line called <b>AMA CPT content</b>. Here's what it is.")
    b.h("What you're paying for")
    b.p("Fernhollow Software, Inc. includes the American Medical Association's CPT codes and descriptions in FernPM so your team can pick codes, build superbills and send claims. The AMA charges us for every person who uses that content, and we now bill that cost back to each account.")
    b.h("How it's calculated")
    b.p("Each licensed user with access to CPT content is billed one dollar and seventy-five cents ($1.75) monthly. A licensed user is any named login with a role that can view or select procedure codes; roles without code access, such as \"Scheduler - no billing\", are not counted.")
    b.p("The count is taken on the first day of each month. A user added on the 10th is counted from the next month.")
    b.h("Is there a limit?")
    b.p("Yes. Whatever happens to the AMA's rates during the year, your CPT content charges for any one user will never exceed $24.00 in a calendar year.")
    b.h("Can I remove it?")
    b.p("Only by removing CPT access from user roles. Go to Admin \u00bb Roles, open the role, and clear \"Procedure codes\". Users in that role won't be able to code or bill.")
    b.h("Example")
    b.table([["Users with code access", "Monthly AMA CPT content charge"],
             ["3", "$5.25"], ["8", "$14.00"], ["15", "$26.25"]], widths=[2.6, 2.6], ruled=False)
    b.p("Questions? Call (859) 555-0147 or open a ticket from the Help menu.", small=True)


@doc("c45_kingfisher.pdf", "Kingfisher Lab Exchange, Inc.", "not_addressed",
     "Lab-results interface agreement using LOINC and SNOMED CT (free licences); CPT never dealt with",
     footer="Kingfisher Lab Exchange, Inc.")
def c45(b):
    b.letterhead("Kingfisher Lab Exchange, Inc.", ["Results delivery network  |  12 Lighthouse Rd, Providence, RI 02903"])
    b.title("Results Interface Agreement", align=TA_LEFT)
    b.p("This Results Interface Agreement is made between Kingfisher Lab Exchange, Inc. (\"Kingfisher\") and Narragansett Endocrinology, Inc. (\"Practice\").")
    b.sec("1.", "Scope", "Kingfisher will deliver laboratory results from participating laboratories to Practice's EHR in HL7 v2.5.1 format and will map local laboratory test codes to LOINC where the laboratory supplies a mapping.")
    b.sec("2.", "Vocabularies", "Result messages use LOINC for test identifiers and may use SNOMED CT for organism and specimen values. LOINC is used under the free license from the Regenstrief Institute. SNOMED CT is used under the UMLS Metathesaurus License of the National Library of Medicine, which permits use in the United States at no charge. Practice is not required to pay any fee to use these vocabularies.")
    b.sec("3.", "Fees", "Practice will pay $60 per month for each participating laboratory connection and a one-time setup fee of $750.")
    b.sec("4.", "Practice obligations", "Practice will designate a clinical contact to review mapping exceptions and will acknowledge abnormal results under its own clinical procedures.")
    b.sec("5.", "HIPAA", bp("baa", 1))
    b.sec("6.", "Warranty", "Kingfisher delivers results as received from laboratories and is not responsible for their clinical accuracy. " + bp("warranty", 0))
    b.sec("7.", "Liability", bp("liab", 1))
    b.sec("8.", "Term", bp("term", 2) + " " + bp("law", 0, st="Rhode Island"))
    b.sig("Kingfisher Lab Exchange, Inc.", "Narragansett Endocrinology, Inc.")


@doc("c46_oakhurst.pdf", "Oakhurst Digital Health, Inc.", "vendor_covers",
     "Amendment deletes the $20.00-per-provider CPT Licence Fee exhibit; from 2026 the CPT royalty is included in subscription fees and no separate fee is invoiced",
     font="Times-Roman", size=10.5, footer="Oakhurst Digital Health - Amendment No. 1")
def c46(b):
    b.title("AMENDMENT NO. 1 TO THE OAKHURST SUBSCRIPTION AGREEMENT", size=13)
    b.p("This Amendment No. 1 is entered into on November 20, 2025 between <b>Oakhurst Digital Health, Inc.</b> (\"Oakhurst\") and <b>Tri-County Behavioral Health Associates, LLC</b> (\"Customer\") and amends the Oakhurst Subscription Agreement dated February 1, 2024 (the \"Agreement\").")
    b.p("The parties agree:")
    b.p("1. <b>Deletion of CPT License Fee.</b> Exhibit C of the Agreement, which provides for a CPT License Fee of $20.00 per provider per year, is deleted in its entirety effective January 1, 2026.")
    b.p("2. <b>CPT royalty included.</b> Beginning January 1, 2026, the royalty payable to the American Medical Association for CPT content in the Oakhurst platform is included in the Subscription Fees. Oakhurst will not invoice Customer any separate CPT, AMA or processing fee for the platform. Oakhurst remains responsible for paying the AMA.")
    b.p("3. <b>Subscription Fees.</b> The Subscription Fees in Exhibit A are increased from $189.00 to $192.00 per provider per month effective January 1, 2026.")
    b.p("4. <b>Sublicense.</b> Section 9 of the Agreement (CPT End-User Terms) continues to apply, and Oakhurst continues to grant Customer a sublicense to CPT content in the platform under Oakhurst's license agreement with the AMA.")
    b.p("5. <b>No other changes.</b> Except as set out above, the Agreement remains unchanged and in full force. This Amendment controls over any conflicting term of the Agreement.")
    b.sig("Oakhurst Digital Health, Inc.", "Tri-County Behavioral Health Associates, LLC")


@doc("c47_hawthorne.pdf", "Hawthorne Lane Systems, Inc.", "customer_must_license",
     "Amendment: from the 2026 release the vendor stops sublicensing CPT and deletes its 'royalty included' clause; customer must license CPT directly",
     font="Times-Roman", size=10.5, footer="Hawthorne Lane Systems - Amendment")
def c47(b):
    b.title("SECOND AMENDMENT TO LICENSE AND SERVICES AGREEMENT", size=13)
    b.p("This Second Amendment (\"Amendment\") is effective December 15, 2025 and is between <b>Hawthorne Lane Systems, Inc.</b>, a Michigan corporation (\"Hawthorne\"), and <b>Grand Traverse Orthopaedics, P.C.</b> (\"Customer\"). It amends the License and Services Agreement between the parties dated June 30, 2021, as amended (the \"Agreement\").")
    b.h("Recitals")
    b.p("Hawthorne's distribution agreement with the American Medical Association expires on December 31, 2025 and will not be renewed. The parties therefore wish to change how CPT content is provided under the Agreement.")
    b.h("Amendments")
    b.p("1. Section 7.2 of the Agreement (\"CPT Content; Royalties Included\") is deleted. From and after the 2026 annual CPT release, Hawthorne will no longer distribute or sublicense CPT and will not pay any royalty to the AMA in respect of Customer.")
    b.p("2. A new Section 7.2 is added: \"7.2 Customer CPT License. Customer shall obtain, at its own cost, a license to CPT directly from the AMA or from another AMA-authorized distributor covering all of Customer's users of the Software, and shall load the licensed CPT data file into the Software using the import utility. Hawthorne will provide the import utility at no charge.\"")
    b.p("3. The sublicense granted under the Agreement for the 2025 and earlier CPT releases continues until December 31, 2025 and then ends.")
    b.p("4. Maintenance fees under Schedule B are reduced by 2% from January 1, 2026.")
    b.p("5. All other terms of the Agreement remain in effect.")
    b.sig("Hawthorne Lane Systems, Inc.", "Grand Traverse Orthopaedics, P.C.")


@doc("c48_obsidian.pdf", "Obsidian Peak Health, Inc.", "pass_through",
     "MSA: customer reimburses the vendor for AMA royalties at the AMA's then-current rate, invoiced annually; no amount stated anywhere",
     fee=None, font="Times-Roman", size=10, footer="Obsidian Peak Health, Inc. - MSA")
def c48(b):
    b.title("MASTER SUBSCRIPTION AGREEMENT", size=14)
    b.p("This Master Subscription Agreement is made as of May 19, 2025 between <b>Obsidian Peak Health, Inc.</b>, a Nevada corporation (\"Obsidian\"), and <b>High Desert Nephrology, Ltd.</b> (\"Customer\").")
    b.h("1. Definitions")
    b.p("\"Users\" means Customer's personnel who are given access credentials. \"AMA\" means the American Medical Association. \"CPT\" means the AMA's Current Procedural Terminology. \"Subscription Fees\" means the fees in the applicable Order.")
    b.h("2. Subscription")
    b.p("Obsidian will provide Customer with its hosted nephrology EHR, dialysis charting and billing applications for the Users specified in each Order, subject to this Agreement.")
    b.h("3. CPT")
    b.p("3.1 The applications contain CPT, which Obsidian distributes under a license agreement with the AMA. Obsidian sublicenses CPT to Customer for internal use within the applications, subject to the AMA end-user terms in Exhibit 2.")
    b.p("3.2 Customer shall reimburse Obsidian for the royalties the AMA charges Obsidian in respect of Customer's Users of CPT, at the AMA's then-current rate. Obsidian will invoice these royalties annually, separately from the Subscription Fees, based on the number of Users on Customer's account on January 1, and will true up for Users added during the year.")
    b.p("3.3 Customer consents to Obsidian reporting Customer's User count to the AMA.")
    b.h("4. Fees and Payment")
    b.p("Customer will pay the Subscription Fees in each Order. " + bp("pay", 0))
    b.h("5. Confidentiality")
    b.p(bp("conf", 0))
    b.h("6. HIPAA")
    b.p(bp("baa", 0))
    b.h("7. Warranty; Liability")
    b.p(bp("warranty", 0) + " " + bp("liab", 0))
    b.h("8. Term")
    b.p(bp("term", 0))
    b.h("9. General")
    b.p(bp("law", 0, st="Nevada") + " " + bp("misc", 0))
    b.h("Exhibit 2 - AMA End-User Terms")
    b.p("Customer shall not publish, distribute or create derivative works of CPT, or make it available to any other legal entity. " + AMA_NOTICE.format(y=2025))
    b.sig("Obsidian Peak Health, Inc.", "High Desert Nephrology, Ltd.")


@doc("c49_sandpiper.pdf", "Sandpiper Billing Associates, Inc.", "unclear",
     "Billing-company agreement: responsibility for code-set licences including CPT is deferred to an Implementation Plan that is not attached",
     footer="Sandpiper Billing Associates, Inc.")
def c49(b):
    b.letterhead("Sandpiper Billing Associates, Inc.", ["Outsourced billing for specialty practices  |  14 Ocean Ave, Myrtle Beach, SC 29577"])
    b.title("Billing Services Agreement", align=TA_LEFT)
    b.p("Sandpiper Billing Associates, Inc. (\"Sandpiper\") and Grand Strand Cardiology, LLC (\"Provider\") agree as follows, effective August 1, 2025.")
    b.sec("1.", "Services", "Sandpiper will provide charge entry, claim submission, payment posting, denial management and patient statement services for Provider's professional claims.")
    b.sec("2.", "Systems", "The parties will agree in a written Implementation Plan which practice management system will be used, who will hold the user accounts, and how data will be exchanged. Responsibility for licenses to third-party code sets, including CPT, will be allocated in the Implementation Plan.")
    b.sec("3.", "Fees", "Provider will pay 4.75% of net collections and $0.85 per patient statement mailed. Fees are invoiced monthly and due in 20 days.")
    b.sec("4.", "Provider duties", "Provider will supply demographic and insurance information, encounter forms and documentation, and will promptly forward payer correspondence.")
    b.sec("5.", "Compliance", bp("baa", 0) + " Sandpiper will maintain errors-and-omissions insurance of at least $1,000,000.")
    b.sec("6.", "Term", bp("term", 2))
    b.sec("7.", "Liability", bp("liab", 2))
    b.sec("8.", "General", bp("law", 0, st="South Carolina") + " " + bp("misc", 1))
    b.sig("Sandpiper Billing Associates, Inc.", "Grand Strand Cardiology, LLC")


@doc("c50_cinderford.pdf", "Cinderford Practice Solutions, Inc.", "vendor_covers",
     "Terms grant a CPT sublicence under the vendor's AMA agreement with AMA notices; the fee section lists only subscription fees and no CPT fee anywhere",
     footer="Cinderford Practice Solutions, Inc. - Terms of Service")
def c50(b):
    b.letterhead("Cinderford Practice Solutions, Inc.", ["Cinderford One  |  801 Grand Ave, Des Moines, IA 50309"])
    b.title("Cinderford One Terms of Service", align=TA_LEFT)
    b.p("These Terms of Service are between Cinderford Practice Solutions, Inc. (\"Cinderford\") and the practice that subscribes to Cinderford One (\"Customer\").")
    b.h("1. Subscription and fees")
    b.p("1.1 Customer subscribes to Cinderford One for the number of providers shown in its account. 1.2 The subscription fee is $199 per provider per month (Essentials) or $279 per provider per month (Complete), plus a one-time setup fee of $500. These are the only fees for Cinderford One unless Customer orders optional services such as data conversion or on-site training, which are quoted separately. 1.3 " + bp("pay", 1))
    b.h("2. License")
    b.p("Cinderford grants Customer a non-exclusive, non-transferable right to use Cinderford One for its internal business during the subscription.")
    b.h("3. CPT")
    b.p("3.1 Cinderford One contains Current Procedural Terminology (CPT) of the American Medical Association. Cinderford, as a party to a license agreement with the AMA, grants Customer a limited, non-exclusive, non-transferable, non-sublicensable license to use CPT in Cinderford One for Customer's internal use within the United States.")
    b.p("3.2 The sublicense ends if Cinderford's agreement with the AMA ends, unless the AMA consents otherwise. Customer shall not distribute CPT to any subsidiary, affiliate or other legal entity.")
    b.p("3.3 " + AMA_NOTICE.format(y=2025))
    b.p("3.4 " + FARS)
    b.h("4. Data and privacy")
    b.p(bp("baa", 1))
    b.h("5. Warranties; liability")
    b.p(bp("warranty", 1) + " " + bp("liab", 0))
    b.h("6. Term; general")
    b.p(bp("term", 2) + " " + bp("law", 0, st="Iowa") + " " + bp("misc", 2))



@doc("c51_juniper.pdf", "Juniper Crossing Health LLC", "pass_through",
     "Plan comparison + order: CPT royalty included only on the Starter plan; the Professional plan bought carries an AMA CPT licence of $19.00 per provider annually",
     fee=fee(19.00, "provider", "year"), footer="Juniper Crossing Health LLC - Order JCH-3055")
def c51(b):
    b.letterhead("Juniper Crossing Health LLC", ["Juniper EHR  |  410 S. Mill Ave, Tempe, AZ 85281"])
    b.title("Order Form JCH-3055", align=TA_LEFT)
    b.kv([("Customer", "Saguaro Sports Medicine, PLLC"), ("Order date", "February 2, 2025"),
          ("Plan selected", "Professional"), ("Providers", "3"), ("Term", "12 months, auto-renewing")])
    b.h("Plan comparison (for reference)")
    b.table([["", "Starter", "Professional", "Enterprise"],
             ["Subscription", "$99 / provider / mo", "$219 / provider / mo", "Custom"],
             ["Billing & claims", "Basic", "Full", "Full + RCM analytics"],
             ["CPT\u00ae codes", "Royalty included in subscription", "AMA CPT license billed separately", "AMA CPT license billed separately"],
             ["Support", "Email", "Phone + email", "Dedicated manager"]],
            widths=[1.4, 1.8, 1.9, 1.8])
    b.h("Charges under this Order")
    b.table([["Item", "Qty", "Rate", "Billing"],
             ["Juniper EHR - Professional plan", "3 providers", "$219.00", "Monthly"],
             ["AMA CPT\u00ae license", "3 providers", "$19.00", "Annually, per provider"],
             ["Onboarding package", "1", "$950.00", "One-time"]],
            widths=[2.8, 1.3, 1.1, 1.7], right_cols=(2,))
    b.p("On the Professional and Enterprise plans the AMA CPT license is billed at $19.00 per provider annually, on the first invoice and then each January, and covers the AMA royalty plus Juniper's processing cost. Juniper does not pass through any CPT fee on the Starter plan.")
    b.p("This Order incorporates the Juniper Crossing Health Terms of Service. " + bp("pay", 1))
    b.sig("Juniper Crossing Health LLC", "Saguaro Sports Medicine, PLLC")


@doc("c52_ledgerpoint.pdf", "Ledgerpoint Coding Co.", "customer_must_license",
     "Coding-audit tool terms: subscriber must hold a current CPT licence from the AMA or a distributor; the service does not include one; per-user subscription price present",
     footer="Ledgerpoint Coding Co. - Subscription Terms")
def c52(b):
    b.letterhead("Ledgerpoint Coding Co.", ["Chart audit and coding QA software  |  99 Market St, Wilmington, DE 19801"])
    b.title("Ledgerpoint Audit - Subscription Terms", align=TA_LEFT)
    b.p("These terms apply between Ledgerpoint Coding Co. (\"Ledgerpoint\") and each organization that subscribes to Ledgerpoint Audit (\"Subscriber\").")
    b.h("1. The service")
    b.p("Ledgerpoint Audit lets Subscriber's auditors sample encounters, compare documented services against billed codes, record findings and produce provider education reports.")
    b.h("2. Price")
    b.p("$59 per auditor user per month, billed annually in advance. Read-only report users are free.")
    b.h("3. Code content")
    b.p("3.1 Ledgerpoint Audit does not include CPT content. Audit worksheets reference the codes present in Subscriber's own claim data, and code descriptors are displayed only from a CPT data file that Subscriber uploads.")
    b.p("3.2 Subscriber must hold a current CPT license from the American Medical Association or an AMA-authorized distributor that covers every user who views CPT in Ledgerpoint Audit, and must upload a licensed CPT data file each year. The Service does not include one and Ledgerpoint does not sell one.")
    b.p("3.3 ICD-10-CM and HCPCS Level II descriptors are loaded by Ledgerpoint from the public CMS files.")
    b.h("4. Data")
    b.p(bp("baa", 0) + " Ledgerpoint will delete Subscriber data within 90 days after the subscription ends.")
    b.h("5. Legal")
    b.p(bp("warranty", 1) + " " + bp("liab", 1) + " " + bp("law", 0, st="Delaware"))


@doc("c53_cloverdale.pdf", "Cloverdale Patient Engagement, Inc.", "not_addressed",
     "Patient reminders / online payments service agreement; no CPT content",
     footer="Cloverdale Patient Engagement, Inc.")
def c53(b):
    b.letterhead("Cloverdale Patient Engagement, Inc.", ["Reminders \u00b7 Reviews \u00b7 Online bill pay", "3030 Olive St, Dallas, TX 75219"])
    b.title("Service Agreement", align=TA_LEFT)
    b.p("This Service Agreement is between Cloverdale Patient Engagement, Inc. (\"Cloverdale\") and Trinity Oaks Family Medicine, P.A. (\"Client\").")
    b.h("Services")
    b.bullets(["Automated appointment reminders by text, email and voice, synchronized with Client's scheduling system every 15 minutes.",
               "Two-way texting between Client's front desk and patients.",
               "Online bill pay page with card and ACH acceptance through Client's merchant account.",
               "Post-visit satisfaction surveys and review requests."])
    b.h("Fees")
    b.table([["Item", "Fee"],
             ["Platform", "$249 per location per month"],
             ["Additional provider calendars beyond 5", "$20 per calendar per month"],
             ["Voice reminders", "$0.09 per call"],
             ["Setup", "$399 per location, one-time"]], widths=[3.2, 3.7])
    b.h("Messaging compliance")
    b.p("Client will obtain patient consent to text messages as required by the Telephone Consumer Protection Act and will honor opt-outs, which Cloverdale processes automatically.")
    b.h("Privacy")
    b.p("Reminder content is limited to the minimum necessary. " + bp("baa", 2))
    b.h("Term")
    b.p("Month-to-month after an initial six-month term. Either party may cancel on 30 days' notice.")
    b.h("General")
    b.p(bp("liab", 1) + " " + bp("law", 0, st="Texas"))
    b.sig("Cloverdale Patient Engagement, Inc.", "Trinity Oaks Family Medicine, P.A.")


@doc("c54_redmarsh.pdf", "Redmarsh Diagnostics Connect, Inc.", "pass_through",
     "Lab-ordering interface terms: annual CPT content fee of $60.00 per ordering site for the CPT-coded order compendium",
     fee=fee(60.00, "location", "year"), footer="Redmarsh Diagnostics Connect, Inc. - Subscriber Terms")
def c54(b):
    b.letterhead("Redmarsh Diagnostics Connect, Inc.", ["eOrders & results for outpatient practices  |  1 Marsh Plaza, Baton Rouge, LA 70801"])
    b.title("Interface Subscriber Terms", align=TA_LEFT)
    b.p("These terms govern the Redmarsh Connect ordering portal and interfaces provided by Redmarsh Diagnostics Connect, Inc. (\"Redmarsh\") to the subscribing practice (\"Interface Subscriber\").")
    b.h("1. Service")
    b.p("Redmarsh provides an ordering portal and EHR interface that lets Interface Subscriber's clinicians order tests from participating laboratories using a shared order compendium, track specimens and receive results.")
    b.h("2. Order compendium and CPT")
    b.p("The order compendium shows, for each orderable test, the CPT codes the laboratory will bill, so clinicians can see coverage and medical-necessity information at the time of ordering. CPT is the property of the American Medical Association and is provided in the compendium under Redmarsh's license from the AMA, which Redmarsh sublicenses to Interface Subscriber for use in the portal only.")
    b.h("3. Fees")
    b.table([["Fee", "Amount", "When billed"],
             ["Portal and interface subscription", "$110.00 per ordering site per month", "Monthly"],
             ["Annual CPT content fee", "$60.00 per ordering site", "Each January (or on activation)"],
             ["Label printer (optional)", "$240.00 each", "One-time"]], widths=[2.3, 2.6, 2.0])
    b.p("The annual CPT content fee recovers the royalty Redmarsh pays the AMA for CPT content displayed at each ordering site. An ordering site is each physical location from which orders are placed.")
    b.h("4. Responsibilities")
    b.p("Interface Subscriber is responsible for the clinical appropriateness of each order and for obtaining any advance beneficiary notice required by Medicare.")
    b.h("5. Other terms")
    b.p(bp("baa", 1) + " " + bp("liab", 2) + " " + bp("law", 0, st="Louisiana"))
    b.p("Interface Subscriber: Acadiana Internal Medicine Group, LLC (2 ordering sites).")


@doc("c55_willowmere.pdf", "Willowmere Health Cloud, LLC", "vendor_covers",
     "Invoice showing 'AMA CPT license - included in subscription' at $0.00 among paid lines and totals",
     font="Courier", size=9, footer="Willowmere Health Cloud, LLC - Invoice")
def c55(b):
    b.letterhead("Willowmere Health Cloud, LLC", ["PO Box 7781, Louisville, KY 40257", "ar@willowmere.example  |  (502) 555-0165"])
    b.title("INVOICE", align=TA_RIGHT, size=16)
    b.kv([("Invoice #", "WHC-2025-07-1142"), ("Date", "July 1, 2025"), ("Terms", "Net 30"),
          ("Customer", "Ohio River Family Physicians, PSC"), ("Account", "ORFP-0098")], widths=(1.5, 5.4))
    b.table([["Description", "Qty", "Rate", "Amount"],
             ["Willowmere Cloud EHR - July 2025 (per provider)", "5", "$289.00", "$1,445.00"],
             ["Billing service - June collections $62,410.00 @ 3.5%", "1", "", "$2,184.35"],
             ["AMA CPT\u00ae license - included in subscription", "5", "$0.00", "$0.00"],
             ["Fax line", "1", "$15.00", "$15.00"],
             ["Subtotal", "", "", "$3,644.35"],
             ["Tax", "", "", "$0.00"],
             ["Amount due", "", "", "$3,644.35"]],
            widths=[3.9, 0.6, 1.1, 1.3], right_cols=(1, 2, 3))
    b.p("Willowmere is an authorized CPT distributor; the AMA royalty for your providers is paid by Willowmere and shown here for your records only.")
    b.p("Please include the invoice number with your payment. A 1.5% monthly late charge applies to balances over 30 days.")


@doc("c56_copperfield.pdf", "Copperfield Medical Software Ltd.", "customer_must_license",
     "EULA (Licensor/Licensee): nothing grants a CPT licence; licensee is solely responsible for obtaining CPT rights and paying any AMA royalties",
     font="Times-Roman", size=10, footer="Copperfield Medical Software Ltd. - EULA")
def c56(b):
    b.title("COPPERFIELD MEDICAL SOFTWARE LTD.<br/>END USER LICENCE AGREEMENT - COPPERFIELD CLINIC MANAGER", size=12)
    b.caps("This end user licence agreement is a legal agreement between you (\"Licensee\") and Copperfield Medical Software Ltd. (\"Licensor\"). By installing the software you agree to these terms.")
    b.sec("1.", "Grant", "Licensor grants Licensee a non-exclusive, non-transferable licence to install and use Copperfield Clinic Manager (the \"Software\") on the number of workstations for which Licensee has paid, for Licensee's internal practice management in the United States.")
    b.sec("2.", "Fees", "The licence fee is $1,250 per workstation. Annual maintenance is 18% of the licence fee and includes updates and telephone support.")
    b.sec("3.", "Code sets", "The Software provides fields and tables into which Licensee may enter procedure codes, diagnosis codes and fee schedules. Nothing in this Agreement grants any licence to CPT or to any other code set owned by a third party. Licensee is solely responsible for obtaining any rights required to use CPT in the Software, whether from the American Medical Association or from an authorised distributor, and for paying any royalties owed to the AMA in connection with that use. Licensor supplies no CPT content.")
    b.sec("4.", "Restrictions", "Licensee shall not copy the Software except for backup, rent or lend it, or remove proprietary notices.")
    b.sec("5.", "Warranty", "Licensor warrants that the Software will perform substantially as described in the user guide for 90 days from installation. " + bp("warranty", 1))
    b.sec("6.", "Liability", bp("liab", 0))
    b.sec("7.", "Termination", "This licence ends automatically if Licensee breaches it. On termination Licensee must uninstall the Software.")
    b.sec("8.", "General", bp("law", 0, st="Pennsylvania") + " " + bp("misc", 0))


@doc("c57_quartzwood.pdf", "Quartzwood Health Tech, Inc.", "unclear",
     "Invoice with a 'Third-party content pass-through (code sets)' line whose note says it may include AMA, ADA or AHA content; CPT fee not identified",
     font="Courier", size=9, footer="Quartzwood Health Tech, Inc. - Invoice")
def c57(b):
    b.letterhead("Quartzwood Health Tech, Inc.", ["1500 Quartz Ave, Albuquerque, NM 87102", "accounts@quartzwood.example"])
    b.title("INVOICE", align=TA_RIGHT, size=16)
    b.kv([("Invoice", "QHT-100384"), ("Date", "January 15, 2025"), ("Due", "February 14, 2025"),
          ("Bill to", "Rio Grande Multispecialty Clinic, LLC"), ("Sites", "3")], widths=(1.5, 5.4))
    b.table([["Description", "Qty", "Unit", "Amount"],
             ["Quartzwood PM/EHR - January 2025", "14 users", "$145.00", "$2,030.00"],
             ["Dental module - January 2025", "1 site", "$180.00", "$180.00"],
             ["Third-party content pass-through (code sets), 2025", "1", "$240.00", "$240.00"],
             ["Document imaging - storage over 200 GB", "35 GB", "$0.40", "$14.00"],
             ["Total", "", "", "$2,464.00"]],
            widths=[3.8, 0.9, 1.0, 1.2], right_cols=(1, 2, 3))
    b.p("Note: Third-party content may include content licensed from the AMA, ADA or AHA depending on the modules on your account. Contact your account manager for a breakdown.")
    b.p("Remit by ACH to the account shown on your portal. Questions: (505) 555-0121.")


@doc("c58_northgale.pdf", "Northgale Clinical Systems, Inc.", "pass_through",
     "Agreement where the fee is split across pages: AMA royalty of eighteen dollars and fifty cents per Licensed User per contract year on page 1, a $3.00 royalty handling charge per royalty unit in the fee schedule later = $21.50",
     fee=fee(21.50, "user", "year"), font="Times-Roman", size=10, footer="Northgale Clinical Systems, Inc. - License and Subscription Agreement")
def c58(b):
    b.title("LICENSE AND SUBSCRIPTION AGREEMENT", size=14)
    b.p("This Agreement is made as of January 2, 2025 by <b>Northgale Clinical Systems, Inc.</b>, a Minnesota corporation (\"Northgale\"), and <b>Iron Range Community Clinics, Inc.</b>, a Minnesota nonprofit corporation (\"Client\").")
    b.h("1. Definitions")
    b.p("\"Licensed User\" means an individual to whom Client issues a login to the Northgale system. \"Contract Year\" means each twelve-month period beginning on the date above. \"Royalty Unit\" means one Licensed User for one Contract Year.")
    b.h("2. Subscription")
    b.p("Northgale will provide the Northgale Community Health EHR and practice management system for Client's Licensed Users at the clinic sites in Schedule 1.")
    b.h("3. CPT")
    b.p("3.1 The system contains CPT, which Northgale distributes under its license agreement with the American Medical Association and sublicenses to Client for internal use.")
    b.p("3.2 Client shall pay Northgale the AMA royalty of eighteen dollars and fifty cents ($18.50) per Licensed User per Contract Year, which Northgale remits to the AMA. Charges associated with the royalty are set out in Schedule 2.")
    b.p("3.3 Client consents to Northgale reporting Client's name and Licensed User count to the AMA.")
    b.h("4. Fees")
    b.p("Client shall pay the fees in Schedule 2. " + bp("pay", 0))
    b.h("5. Confidentiality")
    b.p(bp("conf", 0))
    b.h("6. HIPAA and 42 C.F.R. Part 2")
    b.p(bp("baa", 0) + " Where Client's records include substance use disorder records, Northgale will also comply with 42 C.F.R. Part 2.")
    b.h("7. Warranty; Liability")
    b.p(bp("warranty", 0) + " " + bp("liab", 2))
    b.h("8. Term")
    b.p(bp("term", 0))
    b.h("9. General")
    b.p(bp("law", 0, st="Minnesota") + " " + bp("misc", 0) + " " + bp("misc", 1))
    b.sig("Northgale Clinical Systems, Inc.", "Iron Range Community Clinics, Inc.")
    b.pb()
    b.h("SCHEDULE 1 - SITES")
    b.p("Hibbing Clinic, 1200 E. 25th St, Hibbing, MN 55746; Virginia Clinic, 901 9th St N, Virginia, MN 55792; Ely Clinic, 300 W. Conan St, Ely, MN 55731.")
    b.h("SCHEDULE 2 - FEES")
    b.table([["Fee", "Amount", "Notes"],
             ["EHR/PM subscription", "$94.00 per Licensed User per month", "Billed monthly in advance"],
             ["Sliding-fee and UDS reporting module", "$400.00 per month", "Flat"],
             ["AMA royalty", "See Section 3.2", "Billed annually"],
             ["Royalty Handling Charge", "$3.00 per Royalty Unit", "Billed with the AMA royalty"],
             ["Implementation", "$12,000.00", "One-time, 50% on signature"]],
            widths=[2.3, 2.5, 2.1])
    b.p("Royalty Handling Charge covers Northgale's cost of counting, reporting and remitting royalties. Subscription fees may increase by up to 3% per Contract Year after the first; the AMA royalty and Royalty Handling Charge are not subject to that increase but follow any change in the AMA's rate.")
    b.p("Initial Licensed Users: 46.")


@doc("c59_featherstone.pdf", "Featherstone Coding Software, Inc.", "vendor_covers",
     "Coding-software order: CPT royalty included in the subscription; the only AMA-related charge is an optional AMA ICD-10-CM data file at $21.50 per user per year (not CPT)",
     footer="Featherstone Coding Software, Inc. - Order")
def c59(b):
    b.letterhead("Featherstone Coding Software, Inc.", ["FeatherCode Pro  |  220 W. Washington St, Milwaukee, WI 53204"])
    b.title("Order Form - FeatherCode Pro", align=TA_LEFT)
    b.kv([("Customer", "Lakeview Surgical Specialists, S.C."), ("Order date", "October 1, 2025"), ("Term", "12 months")])
    b.table([["Line", "Item", "Unit", "Qty", "Price", "Total"],
             ["1", "FeatherCode Pro subscription (incl. CPT\u00ae code set)", "user / year", "6", "$540.00", "$3,240.00"],
             ["2", "AMA's ICD-10-CM data file (annotated edition)", "user / year", "6", "$21.50", "$129.00"],
             ["3", "Modifier & NCCI edit pack", "user / year", "6", "$60.00", "$360.00"],
             ["", "Order total", "", "", "", "$3,729.00"]],
            widths=[0.4, 2.8, 0.9, 0.5, 0.9, 1.0], right_cols=(3, 4, 5), bold_last=True)
    b.h("Notes")
    b.p("<b>CPT.</b> Featherstone is an AMA-authorized distributor. The AMA royalty for CPT in FeatherCode Pro is included in the subscription price in line 1 and is paid by Featherstone. There is no separate CPT charge.")
    b.p("<b>ICD-10-CM.</b> Line 2 is the AMA's proprietary annotated edition of ICD-10-CM, which Customer elected to add. The underlying ICD-10-CM code set is also available free of charge from CMS.")
    b.p("<b>Renewal.</b> Prices may change at renewal on 60 days' notice. " + bp("pay", 2))
    b.p("This Order is governed by the Featherstone Subscription Terms. CPT is a registered trademark of the American Medical Association.")
    b.sig("Featherstone Coding Software, Inc.", "Lakeview Surgical Specialists, S.C.")


@doc("c60_amberlight.pdf", "Amberlight Practice Software, Inc.", "customer_must_license",
     "Order form with an optional CPT Content Add-On ($22 per provider per year) that was declined (qty 0); terms say without the add-on the customer must license CPT itself",
     footer="Amberlight Practice Software, Inc. - Order AMB-7731")
def c60(b):
    b.letterhead("Amberlight Practice Software, Inc.", ["AmberPM  |  11 Court Square, Charlottesville, VA 22902"])
    b.title("Order AMB-7731", align=TA_LEFT)
    b.kv([("Customer", "Blue Ridge Allergy Partners, PLC"), ("Order date", "April 8, 2025"), ("Providers", "4")])
    b.table([["Item", "Basis", "Price", "Qty", "Selected"],
             ["AmberPM core", "per provider per month", "$159.00", "4", "Yes"],
             ["Electronic claims & ERA", "per provider per month", "$30.00", "4", "Yes"],
             ["Patient statements", "per statement", "$0.72", "as used", "Yes"],
             ["CPT\u00ae Content Add-On (optional)", "per provider per year", "$22.00", "0", "Declined"],
             ["Data migration", "one-time", "$1,800.00", "1", "Yes"]],
            widths=[2.4, 1.7, 1.0, 0.8, 1.0], right_cols=(2, 3))
    b.h("Order terms")
    b.p("1. <b>CPT Content Add-On.</b> The optional CPT Content Add-On provides CPT descriptors in AmberPM under Amberlight's distribution license from the American Medical Association. If Customer does not purchase the CPT Content Add-On, AmberPM contains no CPT content and Customer must obtain its own license to any CPT codes or descriptors it enters or imports, from the AMA or another authorized distributor, at Customer's expense.")
    b.p("2. Customer may add the CPT Content Add-On later by written request; it will then be billed for the remainder of the contract year.")
    b.p("3. Subscription fees are fixed for 24 months.")
    b.p("4. This Order is subject to the Amberlight Master Agreement. " + bp("baa", 1))
    b.sig("Amberlight Practice Software, Inc.", "Blue Ridge Allergy Partners, PLC")


@doc("c61_parkhurst.pdf", "Parkhurst Institutional Billing Software, Inc.", "not_addressed",
     "Institutional billing software for an ASC: an AHA UB-04 data specifications licence fee is passed through; CPT is never dealt with",
     footer="Parkhurst Institutional Billing Software, Inc.")
def c61(b):
    b.letterhead("Parkhurst Institutional Billing Software, Inc.", ["UB-04 / 837I billing for ambulatory surgery centers  |  4200 Research Pkwy, Columbus, OH 43212"])
    b.title("Software Subscription Order and Terms", align=TA_LEFT)
    b.kv([("Customer", "Olentangy Surgery Center, LLC"), ("Facility type", "Ambulatory surgery center"), ("Start", "June 1, 2025")])
    b.table([["Item", "Fee", "Basis"],
             ["Parkhurst Facility Billing", "$1,450.00", "per facility per month"],
             ["837I claims connectivity", "$0.32", "per claim"],
             ["UB-04 Data Specifications license (AHA/NUBC)", "$225.00", "per facility per year"],
             ["Implementation", "$3,500.00", "one-time"]],
            widths=[3.0, 1.3, 2.6])
    b.h("Terms")
    b.p("1. <b>UB-04 content.</b> The software uses the UB-04 data specifications (revenue codes, condition codes, occurrence codes and value codes) of the National Uniform Billing Committee, which are licensed through the American Hospital Association. The AHA requires each facility using the specifications in software to be licensed; Parkhurst obtains that license for Customer and bills the fee above at cost.")
    b.p("2. <b>Facility charge master.</b> Customer maintains its own charge description master and revenue code assignments.")
    b.p("3. <b>Payer edits.</b> Parkhurst updates institutional payer edits quarterly.")
    b.p("4. " + bp("baa", 2) + " " + bp("liab", 0) + " " + bp("law", 0, st="Ohio"))
    b.sig("Parkhurst Institutional Billing Software, Inc.", "Olentangy Surgery Center, LLC")


@doc("c62_kestrel.pdf", "Kestrel Bay Medical Software, LLC", "pass_through",
     "Order form sets CPT licence at $18.50 royalty + $2.50 processing per provider per year; a later letter (page 2) cuts the processing fee to $1.00, so $19.50 now in force",
     fee=fee(19.50, "provider", "year"), footer="Kestrel Bay Medical Software, LLC")
def c62(b):
    b.letterhead("Kestrel Bay Medical Software, LLC", ["KestrelPM  |  500 Bayshore Dr, Pensacola, FL 32502"])
    b.title("Order Form KB-2291", align=TA_LEFT)
    b.kv([("Customer", "Emerald Coast Pain Management, P.A."), ("Order date", "November 12, 2024"), ("Term", "January 1, 2025 - December 31, 2027")])
    b.table([["Item", "Unit", "Price", "Frequency"],
             ["KestrelPM subscription", "per provider", "$199.00", "monthly"],
             ["CPT\u00ae license - AMA royalty", "per provider", "$18.50", "annual"],
             ["CPT\u00ae license - processing fee", "per provider", "$2.50", "annual"],
             ["Go-live services", "project", "$2,200.00", "one-time"]],
            widths=[2.8, 1.3, 1.2, 1.6], right_cols=(2,))
    b.p("Providers: 5. The CPT license lines are billed each January for every provider with CPT access.")
    b.sig("Kestrel Bay Medical Software, LLC", "Emerald Coast Pain Management, P.A.")
    b.pb()
    b.letterhead("Kestrel Bay Medical Software, LLC", ["500 Bayshore Dr, Pensacola, FL 32502"], size=12)
    b.p("February 14, 2025")
    b.p("Emerald Coast Pain Management, P.A.<br/>Attn: Practice Administrator")
    b.p("Re: Change to the CPT license processing fee - Order KB-2291")
    b.p("Dear Customer,")
    b.p("We have moved royalty reporting onto a new automated process and are passing the savings on. Effective March 1, 2025, the CPT license processing fee under your Order is reduced from $2.50 to $1.00 per provider per year. The AMA royalty portion stays at $18.50 per provider per year. The reduction will be applied to your 2025 charges as a credit of $7.50 on your March invoice (5 providers x $1.50), and to each later year of your term.")
    b.p("All other terms of your Order remain the same. This letter amends the Order as described above.")
    b.p("Kind regards,<br/><br/>Tessa Moreau<br/>Controller, Kestrel Bay Medical Software, LLC")


@doc("c63_peregrine.pdf", "Peregrine Point Health, Inc.", "unclear",
     "Help-centre article: an AMA fee 'may' appear depending on plan and contract; no amount, no rule, refers to account manager",
     footer="Peregrine Point Health - Help Center")
def c63(b):
    b.p("Peregrine Help Center  /  Billing  /  Invoices", small=True)
    b.title("Why is there (or isn't there) an AMA line on my invoice?", align=TA_LEFT, size=15)
    b.p("Peregrine Point Health, Inc.  \u00b7  Updated June 2025", small=True, italic=True)
    b.p("We get this question a lot, so here's what we can say in general.")
    b.p("Peregrine products use CPT codes, which belong to the American Medical Association. How CPT licensing is handled for your account depends on which Peregrine products you use, when you signed, and the terms of your contract. Depending on your plan and contract, an AMA fee may appear on your invoice, or it may not.")
    b.p("Because arrangements differ between accounts, we can't tell you in this article whether your account is charged. Your account manager can look at your contract and explain the charges that apply to you.")
    b.h("Other things people ask")
    b.bullets(["<b>Is the AMA fee taxed?</b> That depends on your state's rules for software and services.",
               "<b>Does it apply to my front desk?</b> Ask your account manager; it depends on how your users are set up.",
               "<b>Can I see my contract?</b> Account owners can download signed documents from Settings &gt; Account &gt; Documents."])
    b.p("CPT is a registered trademark of the American Medical Association.", small=True)
    b.p("Contact: accountmanagement@peregrinepoint.example", small=True)


@doc("c64_westbrook.pdf", "Westbrook Health Informatics LLC", "customer_must_license",
     "Renewal quote: CPT licensing is the client's responsibility and no CPT royalty is in the pricing; a 3% renewal cap is a trap",
     footer="Westbrook Health Informatics LLC - Renewal Quote")
def c64(b):
    b.letterhead("Westbrook Health Informatics LLC", ["Westbrook Analytics & Registry Suite  |  7 Commerce Dr, Hartford, CT 06103"])
    b.title("Renewal Quote WB-R-2026-061", align=TA_LEFT)
    b.p("Client: Nutmeg Oncology & Hematology, P.C.  |  Quote date: September 30, 2025  |  Renewal term: 12 months from November 1, 2025")
    b.table([["Product", "Current annual", "Renewal annual", "Change"],
             ["Registry & Quality Suite (15 users)", "$21,600.00", "$22,248.00", "+3.0%"],
             ["Payer contract modeler", "$6,000.00", "$6,180.00", "+3.0%"],
             ["Premium support", "$2,400.00", "$2,400.00", "0%"],
             ["Total", "$30,000.00", "$30,828.00", ""]],
            widths=[2.8, 1.4, 1.4, 1.3], ruled=False, right_cols=(1, 2, 3), bold_last=True)
    b.h("Terms")
    b.bullets([
        "Renewal increases are capped at 3% per year under Section 5.4 of the Master Agreement.",
        "CPT\u00ae licensing is Client's responsibility. The payer contract modeler reads CPT codes from Client's own claim and fee schedule files; Westbrook does not distribute CPT and its pricing does not include any CPT royalty. Client must maintain a license from the AMA or an authorized distributor covering its users of the modeler.",
        "Quote valid for 30 days.",
    ])
    b.sig("Westbrook Health Informatics LLC", "Nutmeg Oncology & Hematology, P.C.")


@doc("c65_lumenvale.pdf", "Lumenvale Practice Cloud, Inc.", "pass_through",
     "Invoice with separate 'AMA CPT royalty' ($18.50) and 'CPT processing fee' ($2.00) lines, annual per user, amid subscription lines and totals = $20.50",
     fee=fee(20.50, "user", "year"), font="Courier", size=9, footer="Lumenvale Practice Cloud, Inc. - Invoice")
def c65(b):
    b.letterhead("Lumenvale Practice Cloud, Inc.", ["88 Lantern Row, Asheville, NC 28801", "billing@lumenvale.example"])
    b.title("INVOICE", align=TA_RIGHT, size=16)
    b.kv([("Invoice", "LPC-25-00917"), ("Date", "January 2, 2025"), ("Due", "January 17, 2025"),
          ("Customer", "Blue Ridge Speech & Hearing, PLLC"), ("Plan", "Lumenvale Therapy Suite")], widths=(1.5, 5.4))
    b.table([["Description", "Qty", "Rate", "Amount"],
             ["Therapy Suite subscription, January (per user)", "4", "$65.00", "$260.00"],
             ["AMA CPT\u00ae royalty - 2025 annual, per user", "4", "$18.50", "$74.00"],
             ["CPT processing fee - 2025 annual, per user", "4", "$2.00", "$8.00"],
             ["Telehealth add-on, January", "1", "$25.00", "$25.00"],
             ["Total due", "", "", "$367.00"]],
            widths=[3.8, 0.6, 1.1, 1.4], right_cols=(1, 2, 3))
    b.p("The AMA CPT royalty and processing fee are billed once a year for each user with access to CPT codes. Users added during 2025 will be billed both lines on the next invoice.")
    b.p("Autopay is on for this account; the card ending 4421 will be charged on the due date.")


@doc("c66_brambleton.pdf", "Brambleton Behavioral Learning, LLC", "not_addressed",
     "Licence for Cognitive Processing Therapy ('CPT') training materials at $95 per clinician per year; 'CPT' is not the AMA code set",
     footer="Brambleton Behavioral Learning, LLC")
def c66(b):
    b.letterhead("Brambleton Behavioral Learning, LLC", ["Evidence-based therapy training  |  19 Brambleton Ave, Roanoke, VA 24016"])
    b.title("CPT Program Materials License Agreement", align=TA_LEFT)
    b.p("This agreement is between Brambleton Behavioral Learning, LLC (\"Brambleton\") and Star City Counseling Collective, PLLC (\"Practice\").")
    b.h("1. Definitions")
    b.p("\"CPT\" means Cognitive Processing Therapy, a structured, manualized psychotherapy for posttraumatic stress disorder. \"Program Materials\" means Brambleton's CPT session guides, worksheets, fidelity checklists, patient handouts and online consultation library. \"Licensed Clinician\" means a licensed mental health professional employed or contracted by Practice who has completed Brambleton's CPT workshop.")
    b.h("2. License")
    b.p("Brambleton grants Practice a non-exclusive license to reproduce the Program Materials for use by Licensed Clinicians with Practice's own clients. Practice may not resell the Program Materials or use them to train clinicians outside Practice.")
    b.h("3. Fees")
    b.table([["Item", "Fee"],
             ["CPT Program Materials license", "$95 per Licensed Clinician per year"],
             ["Two-day CPT workshop", "$650 per clinician"],
             ["Case consultation group (12 weekly calls)", "$480 per clinician"]], widths=[3.4, 3.5])
    b.p("License fees are invoiced annually in advance and are not refundable after the materials are accessed.")
    b.h("4. Clinical responsibility")
    b.p("Practice and its Licensed Clinicians remain solely responsible for assessment, treatment decisions and documentation. Completion of Brambleton training is not a certification or credential.")
    b.h("5. General")
    b.p(bp("liab", 1) + " " + bp("law", 0, st="Virginia"))
    b.sig("Brambleton Behavioral Learning, LLC", "Star City Counseling Collective, PLLC")


# =====================================================================
# build
# =====================================================================

def _footer_factory(text, font):
    def draw(canvas, doc):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.drawString(0.8 * inch, 0.5 * inch, text or "")
        canvas.drawRightString(letter[0] - 0.8 * inch, 0.5 * inch,
                               "Page %d" % doc.page)
        canvas.restoreState()
    return draw


def build_all():
    labels = {"contracts": {}}
    for d in DOCS:
        b = B(font=d["font"], size=d["size"])
        d["fn"](b)
        path = os.path.join(HERE, d["fname"])
        pdf = SimpleDocTemplate(path, pagesize=letter, invariant=1,
                                leftMargin=0.8 * inch, rightMargin=0.8 * inch,
                                topMargin=0.75 * inch, bottomMargin=0.8 * inch,
                                title=d["fname"][:-4], author="", subject="",
                                creator="", producer="")
        ft = _footer_factory(d["footer"], d["font"])
        pdf.build(b.story, onFirstPage=ft, onLaterPages=ft)
        terms = {"vendor": d["vendor"], "coverage": d["coverage"],
                 "cpt_fee": d["fee"] if d["coverage"] == "pass_through" else None}
        if d["ama"]:
            terms["ama_license"] = True
        labels["contracts"][d["fname"]] = {"description": d["desc"],
                                           "status": "ok", "terms": terms}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=True)
        fh.write("\n")
    return labels


if __name__ == "__main__":
    lab = build_all()
    print("wrote %d PDFs and labels.json" % len(lab["contracts"]))
