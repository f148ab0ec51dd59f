#!/usr/bin/env python3
"""Build the blind test set "blind_a" for CPT Compare.

Writes every contract PDF and labels.json into the folder that holds this
script.  Deterministic: reportlab runs with invariant=1, there is no
randomness, and contracts are emitted in a fixed order.

All parties, products and people are fictional.  Wording was written for this
set, modelled loosely on the kinds of public vendor FAQs and end-user terms
described in ../shared/DOMAIN.md; nothing is pasted from a real document.

Run:  .venv/bin/python build.py
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = Path(__file__).resolve().parent
CONTRACTS: list[dict] = []

# ---------------------------------------------------------------------------
# Themes (fonts and layout)
# ---------------------------------------------------------------------------
THEMES = {
    "formal": dict(font="Times-Roman", bold="Times-Bold", ital="Times-Italic", size=10.5,
                   lead=13.5, align=TA_JUSTIFY, hsize=11, tsize=15, margin=1.0),
    "plain": dict(font="Helvetica", bold="Helvetica-Bold", ital="Helvetica-Oblique", size=9.5,
                  lead=13, align=TA_LEFT, hsize=11.5, tsize=17, margin=0.9),
    "web": dict(font="Helvetica", bold="Helvetica-Bold", ital="Helvetica-Oblique", size=9.5,
                lead=13.5, align=TA_LEFT, hsize=12, tsize=18, margin=0.7),
    "form": dict(font="Helvetica", bold="Helvetica-Bold", ital="Helvetica-Oblique", size=8.8,
                 lead=11.5, align=TA_LEFT, hsize=10, tsize=15, margin=0.65),
    "mono": dict(font="Courier", bold="Courier-Bold", ital="Courier-Oblique", size=9,
                 lead=11.5, align=TA_LEFT, hsize=9.5, tsize=12, margin=1.0),
    "letter": dict(font="Times-Roman", bold="Times-Bold", ital="Times-Italic", size=11,
                   lead=14.5, align=TA_LEFT, hsize=11, tsize=14, margin=1.1),
    "brit": dict(font="Times-Roman", bold="Times-Bold", ital="Times-Italic", size=10.5,
                 lead=13.5, align=TA_JUSTIFY, hsize=11, tsize=14, margin=1.0),
}


def _styles(t):
    th = THEMES[t]
    base = ParagraphStyle("base", fontName=th["font"], fontSize=th["size"], leading=th["lead"],
                          alignment=th["align"], spaceAfter=5)
    return {
        "p": base,
        "pi": ParagraphStyle("pi", parent=base, leftIndent=22),
        "pii": ParagraphStyle("pii", parent=base, leftIndent=44),
        "small": ParagraphStyle("small", parent=base, fontSize=th["size"] - 1.8,
                                leading=th["lead"] - 2.5),
        "title": ParagraphStyle("title", parent=base, fontName=th["bold"], fontSize=th["tsize"],
                                leading=th["tsize"] + 4, alignment=TA_CENTER, spaceAfter=8),
        "subtitle": ParagraphStyle("subtitle", parent=base, alignment=TA_CENTER,
                                   fontName=th["ital"], spaceAfter=10),
        "h": ParagraphStyle("h", parent=base, fontName=th["bold"], fontSize=th["hsize"],
                            leading=th["hsize"] + 4, spaceBefore=7, spaceAfter=4,
                            alignment=TA_LEFT),
        "q": ParagraphStyle("q", parent=base, fontName=th["bold"], fontSize=th["size"] + 1.5,
                            leading=th["lead"] + 2, spaceBefore=9, spaceAfter=3),
        "a": ParagraphStyle("a", parent=base),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "cell": ParagraphStyle("cell", parent=base, fontSize=th["size"] - 0.8,
                               leading=th["lead"] - 1.5, spaceAfter=0, alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", parent=base, fontName=th["bold"],
                                fontSize=th["size"] - 0.8, leading=th["lead"] - 1.5,
                                spaceAfter=0, alignment=TA_LEFT),
        "cellr": ParagraphStyle("cellr", parent=base, fontSize=th["size"] - 0.8,
                                leading=th["lead"] - 1.5, spaceAfter=0, alignment=TA_RIGHT),
        "bul": ParagraphStyle("bul", parent=base, leftIndent=18, bulletIndent=6, spaceAfter=2),
    }


def _esc(s: str) -> str:
    # allow a small set of inline tags; escape stray ampersands
    return re.sub(r"&(?!amp;|lt;|gt;|#)", "&amp;", s)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def _table(rows, st, th, ruled=True, widths=None, header=True, right_cols=(), avail=None,
           zebra=False, box=False):
    data = []
    for ri, row in enumerate(rows):
        cells = []
        for ci, c in enumerate(row):
            if ri == 0 and header:
                sty = st["cellb"]
            elif ci in right_cols:
                sty = st["cellr"]
            else:
                sty = st["cell"]
            cells.append(Paragraph(_esc(str(c)), sty))
        data.append(cells)
    if widths is not None and avail is not None:
        tot = sum(widths)
        widths = [avail * w / tot for w in widths]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
        if header:
            cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93))]
    else:
        cmds += [("LEFTPADDING", (0, 0), (-1, -1), 2)]
        if box:
            cmds += [("BOX", (0, 0), (-1, -1), 0.4, colors.grey)]
    if zebra:
        for i in range(1, len(rows)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.95, 0.95, 0.95)))
    t.setStyle(TableStyle(cmds))
    return t


def render(c):
    th = THEMES[c["theme"]]
    st = _styles(c["theme"])
    pagesize = c.get("pagesize", letter)
    m = th["margin"] * inch
    path = HERE / c["file"]
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=m, rightMargin=m,
                            topMargin=m + 0.15 * inch, bottomMargin=m + 0.1 * inch,
                            title=c.get("doc_title", c["file"]), author=c.get("author", ""),
                            subject="", creator="", producer="", invariant=1)
    avail = pagesize[0] - 2 * m
    header = c.get("header")
    footer = c.get("footer")
    font = th["font"]

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.setFillColor(colors.Color(0.3, 0.3, 0.3))
        w, h = pagesize
        if header:
            canvas.drawString(m, h - m * 0.6, header.replace("{page}", str(d.page)))
        if footer:
            txt = footer.replace("{page}", str(d.page))
            canvas.drawCentredString(w / 2, m * 0.5, txt)
        canvas.restoreState()

    story = []
    for b in c["blocks"]:
        kind = b[0]
        if kind == "br":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "bul":
            for item in b[1]:
                story.append(Paragraph(_esc(item), st["bul"], bulletText=b[2] if len(b) > 2 else "\u2022"))
            story.append(Spacer(1, 4))
        elif kind == "tbl":
            opts = b[2] if len(b) > 2 else {}
            story.append(_table(b[1], st, th, avail=avail, **opts))
            story.append(Spacer(1, 8))
        elif kind == "sig":
            rows = []
            names = b[1]
            cols = [[], []]
            for i, (party, person, title) in enumerate(names):
                cols[i % 2] += [Paragraph("<b>%s</b>" % _esc(party), st["cell"]),
                                Paragraph("By: ______________________________", st["cell"]),
                                Paragraph("Name: %s" % _esc(person), st["cell"]),
                                Paragraph("Title: %s" % _esc(title), st["cell"]),
                                Paragraph("Date: ____________________", st["cell"])]
            n = max(len(cols[0]), len(cols[1]))
            for i in range(n):
                rows.append([cols[0][i] if i < len(cols[0]) else "",
                             cols[1][i] if i < len(cols[1]) else ""])
            t = Table(rows, colWidths=[avail / 2, avail / 2], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4)]))
            story.append(Spacer(1, 10))
            story.append(t)
        else:
            story.append(Paragraph(_esc(b[1]), st[kind]))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# Registration
# ---------------------------------------------------------------------------

def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}


def add(file, vendor, coverage, cpt_fee, description, theme, blocks, **kw):
    assert coverage in ("vendor_covers", "pass_through", "customer_must_license",
                        "not_addressed", "unclear"), coverage
    if cpt_fee is not None:
        assert coverage == "pass_through"
    CONTRACTS.append(dict(file=file, vendor=vendor, coverage=coverage, cpt_fee=cpt_fee,
                          description=description, theme=theme, blocks=blocks, **kw))


# ---------------------------------------------------------------------------
# Boilerplate library.  None of it mentions CPT or code-set licensing.
# ---------------------------------------------------------------------------

def H(t):
    return ("h", t)


def P(t):
    return ("p", t)


def PI(t):
    return ("pi", t)


def bp(names, n, V="Company", C="Customer", voice="formal", state="Illinois", days=30,
       numbered=True, sub=True):
    """Return boilerplate blocks for the given clause names, numbered from n."""
    out = []
    for name in names:
        head, paras = _BP[voice][name](V, C, state, days)
        if numbered:
            out.append(H("%d. %s" % (n, head)))
            for i, para in enumerate(paras, 1):
                out.append(P(("%d.%d " % (n, i) if sub and len(paras) > 1 else "") + para))
        else:
            out.append(H(head))
            out += [P(x) for x in paras]
        n += 1
    return out


def _formal():
    d = {}
    d["confidentiality"] = lambda V, C, s, dd: ("Confidentiality", [
        "Each party (the \u201cRecipient\u201d) shall hold in confidence all non-public information disclosed by the other party (the \u201cDiscloser\u201d) that is marked as confidential or that a reasonable person would understand to be confidential (\u201cConfidential Information\u201d), and shall use such information solely to perform its obligations or exercise its rights under this Agreement.",
        "Confidential Information does not include information that (a) is or becomes generally available to the public through no act or omission of the Recipient; (b) was lawfully known to the Recipient without restriction before receipt; (c) is independently developed without use of the Discloser\u2019s information; or (d) is rightfully received from a third party without a duty of confidentiality.",
        "The Recipient may disclose Confidential Information to the extent required by law or court order, provided that, where lawful, it gives the Discloser prompt notice and reasonable assistance in seeking a protective order. The obligations in this Section survive for three (3) years following termination, and for so long as any trade secret or Protected Health Information remains in the Recipient\u2019s possession."])
    d["hipaa"] = lambda V, C, s, dd: ("HIPAA and Protected Health Information", [
        "To the extent %s creates, receives, maintains or transmits Protected Health Information on behalf of %s, %s acts as a business associate of %s, and the parties\u2019 Business Associate Agreement (the \u201cBAA\u201d) is incorporated into this Agreement by reference. In the event of a conflict between this Agreement and the BAA regarding Protected Health Information, the BAA controls." % (V, C, V, C),
        "%s shall implement administrative, physical and technical safeguards that reasonably and appropriately protect the confidentiality, integrity and availability of electronic Protected Health Information, and shall report any Security Incident or Breach of Unsecured Protected Health Information to %s without unreasonable delay and in no event later than ten (10) business days after discovery." % (V, C)])
    d["warranty"] = lambda V, C, s, dd: ("Warranties and Disclaimers", [
        "%s warrants that the Services will perform materially in accordance with the Documentation during the Term. As %s\u2019s sole remedy for breach of this warranty, %s shall use commercially reasonable efforts to correct the non-conformity or, failing that within a reasonable time, either party may terminate the affected Services and %s shall refund any prepaid fees for the unused portion of the Term." % (V, C, V, V),
        "EXCEPT AS EXPRESSLY SET FORTH IN THIS AGREEMENT, THE SERVICES ARE PROVIDED \u201cAS IS\u201d AND %s DISCLAIMS ALL OTHER WARRANTIES, EXPRESS OR IMPLIED, INCLUDING ANY IMPLIED WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE, TITLE AND NON-INFRINGEMENT." % V.upper(),
        "%s acknowledges that the Services are a tool to assist licensed professionals and do not provide medical advice. %s remains solely responsible for all clinical decisions, for the content of its records and for the accuracy of every claim it submits to a payer." % (C, C)])
    d["liability"] = lambda V, C, s, dd: ("Limitation of Liability", [
        "IN NO EVENT SHALL EITHER PARTY BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS, LOST REVENUE OR LOSS OF DATA, HOWEVER CAUSED, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGES.",
        "EXCEPT FOR A PARTY\u2019S INDEMNIFICATION OBLIGATIONS AND BREACH OF THE CONFIDENTIALITY SECTION, EACH PARTY\u2019S AGGREGATE LIABILITY ARISING OUT OF THIS AGREEMENT SHALL NOT EXCEED THE FEES PAID OR PAYABLE BY %s IN THE TWELVE (12) MONTHS PRECEDING THE EVENT GIVING RISE TO THE CLAIM." % C.upper()])
    d["term"] = lambda V, C, s, dd: ("Term and Termination", [
        "This Agreement commences on the Effective Date and continues for an initial term of thirty-six (36) months, after which it renews automatically for successive twelve (12) month terms unless either party gives written notice of non-renewal at least sixty (60) days before the end of the then-current term.",
        "Either party may terminate this Agreement upon written notice if the other party materially breaches this Agreement and fails to cure the breach within %d days after receiving written notice describing it, or if the other party becomes the subject of a petition in bankruptcy or any proceeding relating to insolvency." % dd,
        "Upon termination, %s shall make %s Data available for export in a commonly used electronic format for sixty (60) days, after which %s may delete it in accordance with its retention policies, subject to the BAA." % (V, C, V)])
    d["payment"] = lambda V, C, s, dd: ("Invoicing and Payment", [
        "Unless otherwise stated in an Order Form, %s will invoice recurring fees in advance and usage-based fees monthly in arrears. Invoices are payable within thirty (30) days of the invoice date." % V,
        "Amounts not paid when due bear interest at the lesser of one and one-half percent (1.5%%) per month or the maximum rate permitted by law. %s may suspend the Services if any undisputed amount remains unpaid more than forty-five (45) days after the due date, upon ten (10) days\u2019 prior written notice." % V,
        "Fees are exclusive of sales, use, value-added and similar taxes, which %s shall pay except for taxes on %s\u2019s net income." % (C, V)])
    d["indemnity"] = lambda V, C, s, dd: ("Indemnification", [
        "%s shall defend %s against any third-party claim alleging that the Services, as provided by %s, infringe a United States patent, copyright or trademark, and shall pay any damages finally awarded or agreed in settlement, provided that %s promptly notifies %s of the claim, gives %s sole control of the defense, and provides reasonable cooperation." % (V, C, V, C, V, V),
        "%s shall defend %s against any third-party claim arising from %s\u2019s clinical practice, its submission of claims to payers, or its breach of applicable law." % (C, V, C)])
    d["law"] = lambda V, C, s, dd: ("Governing Law", [
        "This Agreement is governed by the laws of the State of %s, without regard to its conflict-of-laws rules. The state and federal courts located in the State of %s have exclusive jurisdiction over any dispute arising out of this Agreement, and each party consents to such jurisdiction." % (s, s)])
    d["general"] = lambda V, C, s, dd: ("General", [
        "Neither party may assign this Agreement without the other party\u2019s prior written consent, except to a successor in connection with a merger, acquisition or sale of all or substantially all of its assets. Neither party is liable for delay caused by events beyond its reasonable control. The parties are independent contractors.",
        "Notices must be in writing and are effective when delivered by hand, by nationally recognized courier, or by email with confirmation of receipt, to the addresses set out in the signature block or the Order Form.",
        "This Agreement, together with its Exhibits and each Order Form, constitutes the entire agreement of the parties regarding its subject matter and supersedes all prior proposals and understandings. It may be amended only in a writing signed by both parties and may be executed in counterparts."])
    d["support"] = lambda V, C, s, dd: ("Support and Service Levels", [
        "%s will provide telephone and portal support from 7:00 a.m. to 7:00 p.m. Central Time, Monday through Friday, excluding national holidays. Severity 1 incidents (the Services are unavailable to all users) receive a response within one (1) hour." % V,
        "%s will use commercially reasonable efforts to make the hosted Services available 99.5%% of the time in each calendar month, excluding scheduled maintenance announced at least forty-eight (48) hours in advance." % V])
    d["data"] = lambda V, C, s, dd: ("Customer Data", [
        "As between the parties, %s owns all data it enters into the Services (\u201c%s Data\u201d). %s grants %s a limited licence to host, process and back up %s Data solely to provide the Services. %s may create de-identified, aggregated statistics from usage of the Services, provided that they do not identify %s, any patient or any individual clinician." % (C, C, C, V, C, V, C)])
    d["insurance"] = lambda V, C, s, dd: ("Insurance", [
        "During the Term %s shall maintain commercial general liability insurance of not less than $1,000,000 per occurrence, technology errors and omissions insurance of not less than $2,000,000 per claim, and cyber liability insurance of not less than $2,000,000 per claim, and shall furnish certificates of insurance on request." % V])
    d["ip"] = lambda V, C, s, dd: ("Ownership", [
        "%s and its licensors retain all right, title and interest in and to the Services, the Software and the Documentation, including all modifications and derivative works. No rights are granted except as expressly stated in this Agreement. %s shall not reverse engineer, decompile or attempt to derive the source code of the Software, or use the Services to build a competing product." % (V, C)])
    d["nonsolicit"] = lambda V, C, s, dd: ("Non-Solicitation", [
        "During the Term and for twelve (12) months thereafter, neither party shall directly solicit for employment any employee of the other party who was materially involved in the performance of this Agreement, without the other party\u2019s written consent. General advertisements are not solicitation."])
    return d


def _plain():
    d = {}
    d["confidentiality"] = lambda V, C, s, dd: ("Keeping things confidential", [
        "Each of us may share information with the other that is not public, such as pricing, product roadmaps, or details about your practice. Whoever receives that information will protect it with at least reasonable care and use it only for the purposes of these terms. This does not apply to information that is already public or that the receiving party already had or develops on its own."])
    d["hipaa"] = lambda V, C, s, dd: ("Patient information and HIPAA", [
        "When you store patient information in the service, we act as your business associate under HIPAA. Our Business Associate Agreement forms part of these terms. We encrypt data in transit and at rest, we restrict access to staff who need it, and we will tell you promptly if we discover a breach involving your patients\u2019 information."])
    d["warranty"] = lambda V, C, s, dd: ("What we promise, and what we don\u2019t", [
        "We will provide the service with reasonable skill and care and keep it working substantially as described in our help centre documentation. Apart from that, the service is provided as is. We don\u2019t promise that it will be uninterrupted or error-free, and we are not responsible for clinical decisions, documentation choices or billing decisions that you or your staff make while using it."])
    d["liability"] = lambda V, C, s, dd: ("Limits on liability", [
        "Neither of us will be liable to the other for indirect or consequential losses such as lost profits. Except for amounts you owe us and for breaches of the confidentiality or HIPAA sections, each party\u2019s total liability under these terms is limited to the amount you paid us in the twelve months before the claim arose."])
    d["term"] = lambda V, C, s, dd: ("Cancelling", [
        "You can cancel at any time from the billing page of your account. Cancellation takes effect at the end of your current billing period, and we do not give partial refunds. We may suspend or close your account if you do not pay, if you break these terms, or if required by law. After your account closes, you will have thirty days to export your records before we delete them."])
    d["payment"] = lambda V, C, s, dd: ("Paying us", [
        "You authorise us to charge the card or bank account on file for your plan fee at the start of each billing period, and for any usage charges at the end of it. If a payment fails we will retry it and let you know. Prices do not include taxes; where tax applies it will be added to your invoice."])
    d["law"] = lambda V, C, s, dd: ("Disputes", [
        "These terms are governed by the laws of the State of %s. If we have a disagreement, we will both try in good faith to resolve it informally for thirty days before either of us starts formal proceedings, which will take place in the state or federal courts located in %s." % (s, s)])
    d["general"] = lambda V, C, s, dd: ("Changes and other legal bits", [
        "We may update these terms from time to time. If a change materially affects you, we will give you at least thirty days\u2019 notice by email or in the app, and your continued use after the change takes effect means you accept it. If any part of these terms is unenforceable, the rest remains in effect. These terms, together with your plan selection and our BAA, are the whole agreement between us."])
    d["support"] = lambda V, C, s, dd: ("Support", [
        "Our support team is available by chat and email on weekdays from 8 a.m. to 8 p.m. Eastern Time. Phone support is included on Group and Enterprise plans. We aim to answer all messages within one business day."])
    d["data"] = lambda V, C, s, dd: ("Your data", [
        "Your records belong to you. We use them only to run the service for you, to keep it secure and to meet legal obligations. We may use de-identified usage statistics to improve the product. We never sell patient information."])
    d["accounts"] = lambda V, C, s, dd: ("Accounts and logins", [
        "Each person who uses the service needs their own login; sharing credentials is not allowed. You are responsible for everything that happens under the logins on your account, for making sure your staff follow these terms, and for removing access promptly when someone leaves your practice."])
    return d


def _brit():
    d = {}
    d["confidentiality"] = lambda V, C, s, dd: ("Confidentiality", [
        "Each party shall keep confidential all information of a confidential nature received from the other party in connection with this Agreement, shall use it only for the purposes of this Agreement and shall not disclose it save to its employees and professional advisers who need to know it and who are bound by equivalent obligations, or as required by law or by any governmental or regulatory authority."])
    d["hipaa"] = lambda V, C, s, dd: ("Protected Health Information", [
        "The %s acknowledges that the %s is a covered entity under the United States Health Insurance Portability and Accountability Act of 1996. Whilst it processes Protected Health Information on the %s\u2019s behalf, the %s shall comply with the business associate agreement signed by the parties on or about the date of this Agreement, which shall prevail in the event of any inconsistency." % (V, C, C, V)])
    d["warranty"] = lambda V, C, s, dd: ("Warranties", [
        "The %s warrants that the Services will be supplied with reasonable skill and care and in accordance with good industry practice. All other warranties, conditions and terms, whether express or implied by statute, common law or otherwise, are excluded to the fullest extent permitted by law." % V])
    d["liability"] = lambda V, C, s, dd: ("Limitation of liability", [
        "Neither party shall be liable, whether in contract, tort (including negligence), breach of statutory duty or otherwise, for any loss of profit, loss of goodwill or any indirect or consequential loss. Subject to the foregoing, each party\u2019s total aggregate liability in each Contract Year shall not exceed the Charges paid in the preceding twelve months."])
    d["term"] = lambda V, C, s, dd: ("Duration and termination", [
        "This Agreement shall continue for an Initial Period of two years from the Commencement Date and thereafter from year to year until terminated by either party on not less than ninety days\u2019 written notice. Either party may terminate forthwith by notice if the other commits a material breach which is irremediable or, if remediable, is not remedied within thirty days of notice requiring it to be remedied."])
    d["payment"] = lambda V, C, s, dd: ("Payment", [
        "The %s shall pay each invoice within thirty days of receipt. If any sum is not paid when due, the %s may charge interest on the overdue sum at the rate of four per cent per annum above the prime rate from time to time published in The Wall Street Journal, accruing daily until payment is made." % (C, V)])
    d["law"] = lambda V, C, s, dd: ("Governing law", [
        "This Agreement and any dispute or claim arising out of or in connection with it shall be governed by the laws of the State of %s, United States of America, and the parties irrevocably submit to the exclusive jurisdiction of the courts of that State." % s])
    d["general"] = lambda V, C, s, dd: ("General", [
        "No variation of this Agreement shall be effective unless it is in writing and signed by or on behalf of each of the parties. A waiver of any right is only effective if given in writing. This Agreement constitutes the entire agreement between the parties and supersedes all previous drafts, arrangements and understandings between them relating to its subject matter. Nothing in this Agreement creates a partnership or agency between the parties."])
    d["support"] = lambda V, C, s, dd: ("Support", [
        "The %s shall provide the Support Services during Business Hours, being 8.00 a.m. to 6.00 p.m. Eastern Time on any day other than a Saturday, Sunday or a United States federal holiday, in accordance with the service levels set out in Schedule 3." % V])
    d["data"] = lambda V, C, s, dd: ("Customer Data", [
        "The %s shall own all rights in the Customer Data. The %s shall follow its archiving procedures for Customer Data, and in the event of any loss or damage to Customer Data, the %s\u2019s sole remedy shall be for the %s to use reasonable endeavours to restore the lost or damaged data from the latest back-up." % (C, V, C, V)])
    return d


_BP = {"formal": _formal(), "plain": _plain(), "brit": _brit()}

AMA_NOTICE = ("CPT is copyright {yr} American Medical Association. All rights reserved. "
              "Fee schedules, relative value units, conversion factors and/or related components are not "
              "assigned by the AMA, are not part of CPT, and the AMA is not recommending their use. The AMA "
              "does not directly or indirectly practice medicine or dispense medical services. The AMA "
              "assumes no liability for data contained or not contained herein.")
FARS = ("U.S. Government End Users. CPT is commercial technical data, which was developed exclusively at "
        "private expense by the American Medical Association. Use by the U.S. Government is subject to "
        "the restrictions set forth in FAR 52.227-14 (Data Rights \u2013 General) and DFARS 252.227-7015 "
        "(Technical Data \u2013 Commercial Items), as applicable.")


# ---------------------------------------------------------------------------
# Helpers for preambles and signatures
# ---------------------------------------------------------------------------

def preamble(doc, date, vendor, vdef, vform, cust, cdef, cform, short=None):
    short = short or "Agreement"
    return P("This %s (this \u201c%s\u201d) is entered into as of %s (the \u201cEffective Date\u201d) by and "
             "between <b>%s</b>, %s (\u201c%s\u201d), and <b>%s</b>, %s (\u201c%s\u201d). %s and %s are each "
             "a \u201cParty\u201d and together the \u201cParties.\u201d"
             % (doc, short, date, vendor, vform, vdef, cust, cform, cdef, vdef, cdef))


def sig(*rows):
    return ("sig", list(rows))


# ===========================================================================
# PASS-THROUGH
# ===========================================================================

add("fernwood_faq.pdf", "Fernwood Practice Software, LLC", "pass_through", fee(20.0, "provider", "year"),
    "Web help-centre FAQ exported to PDF; $18.50 AMA + $1.50 processing per rendering provider per year, billed on first invoice; +$0.50/yr history is a distractor",
    "web", header="support.fernwoodpractice.example/hc/articles/4410-ama-cpt-fee          Printed 01/08/2025, 9:14 AM",
    footer="\u00a9 2025 Fernwood Practice Software, LLC  |  Help Centre  |  Terms  |  Privacy          {page}",
    blocks=[
        ("small", "Help Centre  \u203a  Billing and Invoices  \u203a  Fees"),
        ("title", "The AMA CPT\u00ae licence fee: your questions answered"),
        ("small", "Updated 3 weeks ago \u00b7 5 min read"),
        P("This article forms part of the Fernwood Subscription Terms between your practice and Fernwood Practice Software, LLC (\u201cFernwood\u201d, \u201cwe\u201d, \u201cus\u201d). If anything here conflicts with your signed order, the order wins."),
        ("q", "Why is there a line called \u201cAMA CPT Fee\u201d on my invoice?"),
        ("a", "The CPT\u00ae procedure codes and their descriptions belong to the American Medical Association (AMA), which charges a royalty for every clinician whose work depends on them. Like other EHR and practice management companies, we are required to collect CPT licensing fees once a year on behalf of the AMA, and we pass the money on to the AMA when we file our royalty report."),
        ("q", "How much is it?"),
        ("a", "For calendar year 2025 you will be charged $20.00 for each rendering provider on your account. That total is made up of the AMA\u2019s royalty of $18.50 and a $1.50 processing fee that covers the cost of counting, reporting and remitting."),
        ("q", "Who counts as a rendering provider?"),
        ("a", "Anyone set up in Fernwood with the Rendering Provider role who signs at least one visit note or claim with a CPT code during the year. Schedulers, billers and front-desk staff who are not rendering providers are not counted for this fee."),
        ("q", "When will I be charged?"),
        ("a", "The fee is billed on your first invoice of the year. If a new rendering provider joins mid-year and starts using CPT codes, you\u2019ll see a charge for that person on your next monthly invoice. The fee is not prorated."),
        ("q", "Will it go up next year?"),
        ("a", "Historically the AMA has raised its royalty by around fifty cents each year, so you may see a similar increase in future years. We\u2019ll always email you before any change takes effect, and the amount shown above is the amount for 2025."),
        ("q", "Can I pay the AMA directly and skip this fee?"),
        ("a", "Not for CPT use inside Fernwood. The AMA licenses CPT application by application, and for Fernwood the royalty is reported through us. A licence you hold for another system does not cover Fernwood, and our fee does not cover your other systems."),
        ("q", "Is sales tax charged on the fee?"),
        ("a", "Not at present. If state tax rules change we may need to add tax in future."),
        ("q", "Do I also pay for ICD-10 codes?"),
        ("a", "No. ICD-10-CM is published by the federal government and there is no charge for it in Fernwood."),
        ("q", "Where can I read the AMA\u2019s end-user terms?"),
        ("a", "They are shown to each user the first time they open the coding screen, and are also available under Settings \u203a Legal. By using CPT in Fernwood, each user agrees to them."),
        ("small", "Was this article helpful?   Yes   No        42 out of 51 found this helpful"),
        ("small", "Related articles: Understanding your monthly invoice \u00b7 Adding and removing providers \u00b7 Updating your payment method"),
    ])

add("harborlight_msa.pdf", "Harborlight Clinical Systems, Inc.", "pass_through", fee(19.0, "user", "year"),
    "Formal MSA; defined term 'Content Fee' in s.1, priced in Schedule B at $19.00 per Authorized User per calendar year beside a $149/user/month subscription",
    "formal", footer="Harborlight Master Subscription Agreement v4.2  \u2013  Page {page}",
    blocks=[
        ("title", "MASTER SUBSCRIPTION AGREEMENT"),
        preamble("Master Subscription Agreement", "February 3, 2025", "Harborlight Clinical Systems, Inc.",
                 "Harborlight", "a Delaware corporation with offices at 400 Wharf Street, Suite 900, Portland, Maine 04101",
                 "Lakeshore Pediatric Associates, PLLC", "Customer", "a Michigan professional limited liability company"),
        H("1. Definitions"),
        P("1.1 \u201cAuthorized User\u201d means an individual employee, contractor or agent of Customer to whom Harborlight issues a unique login to the Platform. A login may not be shared or reassigned more than once per calendar quarter."),
        P("1.2 \u201cContent Fee\u201d means the annual fee payable by Customer for the CPT Content, in the amount stated in Schedule B."),
        P("1.3 \u201cCPT Content\u201d means the Current Procedural Terminology code set, descriptors and related guidelines published by the American Medical Association (the \u201cAMA\u201d), as embedded in the Platform."),
        P("1.4 \u201cPlatform\u201d means Harborlight\u2019s hosted electronic health record and practice management software, including updates made generally available to its customers."),
        P("1.5 \u201cSubscription Fee\u201d means the recurring fee for access to the Platform stated in Schedule B."),
        H("2. Subscription"),
        P("2.1 Subject to this Agreement, Harborlight grants Customer a non-exclusive, non-transferable right during the Term for its Authorized Users to access and use the Platform for Customer\u2019s internal business purposes in the United States."),
        P("2.2 Customer shall not (a) make the Platform available to any third party other than its Authorized Users; (b) use the Platform on behalf of any other legal entity, including an affiliate; or (c) attempt to circumvent any usage limit."),
        H("3. CPT Content"),
        P("3.1 Harborlight distributes the CPT Content under a distribution licence agreement with the AMA. Customer\u2019s right to use the CPT Content is a sublicence that is subject to the end-user terms in Exhibit A and ends automatically if Harborlight\u2019s agreement with the AMA ends, unless Customer obtains a direct licence from the AMA."),
        P("3.2 For each calendar year, or part of a calendar year, in which an individual is an Authorized User, Customer shall pay the Content Fee in respect of that individual. The Content Fee is payable in addition to the Subscription Fee and is invoiced each January, with additional Authorized Users invoiced in the month after they are added."),
        P("3.3 Customer consents to Harborlight reporting Customer\u2019s name and the number of its Authorized Users to the AMA as required by Harborlight\u2019s distribution licence."),
        H("4. Fees"),
        P("4.1 Customer shall pay the fees set out in Schedule B. Harborlight may increase the Subscription Fee on any renewal by giving at least ninety (90) days\u2019 notice, provided the increase does not exceed seven percent (7%) over the prior year."),
    ] + bp(["payment", "confidentiality", "hipaa", "liability", "term", "general"], 5,
           V="Harborlight", C="Customer", state="Maine") + [
        sig(("Harborlight Clinical Systems, Inc.", "Dana Ortiz", "VP, Commercial Operations"),
            ("Lakeshore Pediatric Associates, PLLC", "Priya Raman, MD", "Managing Partner")),
        ("br",),
        ("h", "SCHEDULE B \u2013 FEES"),
        ("tbl", [["Item", "Basis", "Price"],
                 ["Platform Subscription (EHR + PM)", "per Authorized User per month", "$149.00"],
                 ["e-Prescribing with EPCS", "per prescriber per month", "$25.00"],
                 ["Content Fee (CPT Content)", "per Authorized User per calendar year", "$19.00"],
                 ["Implementation and training", "one-time", "$2,500.00"],
                 ["Data conversion from prior system", "one-time", "$1,200.00"]],
         {"ruled": True, "widths": [3, 3, 1.3]}),
        P("Note to Schedule B: the Content Fee consists of the AMA royalty of $18.50 and an administration charge of $0.50 retained by Harborlight. Harborlight will give notice of any change in the AMA royalty before it is invoiced."),
        ("h", "EXHIBIT A \u2013 CPT END-USER TERMS"),
        P("A.1 Customer\u2019s use of the CPT Content is limited to use within the Platform by Authorized Users in the United States for Customer\u2019s internal purposes. Customer shall not copy, publish, sell or create derivative works from the CPT Content."),
        P("A.2 " + AMA_NOTICE.format(yr="2024")),
        P("A.3 " + FARS),
    ])

add("quillpoint_orderform_ruled.pdf", "Quillpoint Health Technologies, Inc.", "pass_through", fee(1.75, "user", "month"),
    "Order form with ruled price grid; 'AMA CPT licence pass-through' row at $1.75 per user per month among $89 and $35 per-user subscription rows",
    "form", header="Quillpoint Health Technologies, Inc.  |  Order Form Q-2025-0412",
    footer="Page {page}  |  Confidential",
    blocks=[
        ("title", "ORDER FORM"),
        ("tbl", [["Order No.", "Q-2025-0412", "Order Date", "April 12, 2025"],
                 ["Vendor", "Quillpoint Health Technologies, Inc., 2200 Mission Ridge Blvd, Austin, TX 78704", "Customer", "Copper Hills Physical Therapy, LLC, 87 Quarry Road, Boulder, CO 80302"],
                 ["Subscription Term", "36 months from Go-Live", "Billing", "Monthly in advance, ACH"],
                 ["Governing terms", "Quillpoint Master Subscription Agreement v3 (the \u201cMSA\u201d)", "Sales Rep", "J. Whitfield"]],
         {"ruled": True, "header": False, "widths": [1.1, 2.6, 1.1, 2.6]}),
        ("h", "Recurring Fees"),
        ("tbl", [["SKU", "Description", "Qty", "Unit", "Unit Price", "Monthly Total"],
                 ["QP-EHR-PT", "Quillpoint PT Documentation (includes flowsheets, HEP builder)", "6", "user / month", "$89.00", "$534.00"],
                 ["QP-BILL", "Billing and Claims module", "6", "user / month", "$35.00", "$210.00"],
                 ["QP-AMA", "AMA CPT\u00ae licence pass-through", "6", "user / month", "$1.75", "$10.50"],
                 ["QP-FAX", "e-Fax bundle, 500 pages", "1", "flat / month", "$15.00", "$15.00"],
                 ["", "", "", "", "Monthly subtotal", "$769.50"]],
         {"ruled": True, "widths": [0.9, 3.0, 0.5, 1.0, 0.9, 1.0], "right_cols": (2, 4, 5)}),
        ("h", "One-Time Fees"),
        ("tbl", [["SKU", "Description", "Price"],
                 ["QP-IMPL", "Implementation, configuration and remote training (up to 12 hours)", "$1,800.00"],
                 ["QP-MIG", "Data migration from prior EMR (demographics, balances, 3 years of notes)", "$950.00"]],
         {"ruled": True, "widths": [0.9, 5.0, 1.1], "right_cols": (2,)}),
        ("h", "Order Notes"),
        ("bul", ["SKU QP-AMA is the royalty that Quillpoint collects for the American Medical Association for each user with access to CPT\u00ae content in the Quillpoint platform. It is invoiced monthly with the subscription and follows the number of active users.",
                 "User quantities may be increased at any time; decreases take effect at the next anniversary of Go-Live.",
                 "Quillpoint may increase recurring fees on each anniversary by no more than 5%.",
                 "Pricing is valid for signature on or before May 15, 2025."]),
        ("h", "Terms"),
        P("1. This Order Form is governed by the MSA, which is incorporated by reference. Capitalized terms not defined here have the meanings given in the MSA. In the event of conflict, this Order Form controls as to pricing and quantities."),
        P("2. Customer acknowledges receipt of the CPT end-user terms in Schedule 2 of the MSA and agrees that each user accepts them on first login."),
        P("3. Quillpoint will begin invoicing recurring fees on the Go-Live date, which is expected to be no later than 45 days after signature. One-time fees are invoiced on signature."),
        P("4. Customer is responsible for the accuracy of the billing contact and for notifying Quillpoint in writing of any change in the number of users."),
        P("5. Either party may terminate this Order Form for the other party\u2019s uncured material breach as provided in the MSA. Early termination by Customer for convenience requires payment of 50% of the recurring fees remaining for the Subscription Term."),
        P("6. HIPAA: the Business Associate Agreement executed with the MSA applies to all services under this Order Form."),
        sig(("Quillpoint Health Technologies, Inc.", "Marcus Lee", "Director, Sales Operations"),
            ("Copper Hills Physical Therapy, LLC", "Hannah Brooks, PT, DPT", "Owner")),
    ])

add("tidewater_quote_unruled.pdf", "Tidewater Medical Informatics LLC", "pass_through", fee(95.0, "location", "year"),
    "Quotation with unruled aligned columns; 'CPT Code Set Royalty' row at $95.00 per location annually; ICD-10 row 'Included' is a distractor",
    "form", footer="Tidewater Medical Informatics LLC  \u00b7  Quotation TMI-7781  \u00b7  {page}",
    blocks=[
        ("right", "Quotation TMI-7781<br/>Issued: 17 March 2025<br/>Valid until: 16 May 2025"),
        ("title", "Tidewater Medical Informatics LLC"),
        ("center", "1 Harbor Point Drive, Norfolk, VA 23510  \u00b7  sales@tidewatermi.example"),
        ("sp", 6),
        P("<b>Prepared for:</b> North Fork Behavioral Health Group, LLC, 310 Main Street, Riverhead, NY 11901, operating three clinic locations (Riverhead, Southold, Mattituck)."),
        P("<b>Solution:</b> Tidewater BH Cloud \u2013 behavioral health EHR, scheduling, billing and telehealth."),
        ("h", "Pricing"),
        ("tbl", [["Product / Service", "Basis", "Frequency", "Qty", "Price", "Extended"],
                 ["Tidewater BH Cloud (up to 40 users per location)", "per location", "monthly", "3", "$1,150.00", "$3,450.00"],
                 ["ICD-10-CM / HCPCS Level II library", "per location", "annual", "3", "Included", "\u2013"],
                 ["CPT\u00ae Code Set Royalty", "per location", "annual", "3", "$95.00", "$285.00"],
                 ["Telehealth add-on", "per location", "monthly", "3", "$120.00", "$360.00"],
                 ["Onboarding and data load", "project", "one-time", "1", "$4,000.00", "$4,000.00"]],
         {"ruled": False, "widths": [3.2, 1.1, 1.0, 0.5, 1.0, 1.0], "right_cols": (3, 4, 5)}),
        P("The CPT\u00ae Code Set Royalty is billed each January for every location active on January 1, and for a location added later in the year, on the first invoice after it goes live. Tidewater passes the royalty through to the American Medical Association and retains no margin on it."),
        ("h", "Commercial terms"),
        ("bul", ["Initial term 24 months; renews annually thereafter unless either party gives 60 days\u2019 notice.",
                 "Monthly fees invoiced in advance; annual items invoiced each January; payment net 30.",
                 "Prices exclude applicable sales tax.",
                 "Service levels: 99.7% monthly availability; Severity 1 response within 30 minutes, 24x7.",
                 "This quotation is subject to the Tidewater Customer Agreement (rev. 2024-11), which governs confidentiality, warranties, limitation of liability and HIPAA. The Business Associate Agreement is signed with the Customer Agreement."]),
        ("h", "Assumptions"),
        P("Pricing assumes no more than 40 named users per location and standard interfaces to one laboratory and one clearinghouse. Additional interfaces are quoted at $2,500 each. Travel for on-site training, if requested, is billed at cost."),
        ("h", "Acceptance"),
        P("To accept, sign below and return to your Tidewater representative. Acceptance creates a binding order on the terms stated above."),
        sig(("Tidewater Medical Informatics LLC", "Renee Caldwell", "Account Executive"),
            ("North Fork Behavioral Health Group, LLC", "Thomas Grady, LCSW", "Executive Director")),
    ])

add("marrowstone_terms_onetime.pdf", "Marrowstone Cloud Charting, Inc.", "pass_through", fee(250.0, "organization", "one_time"),
    "Plain-English 'we/you' terms; one-time $250 CPT activation charge per practice; per-user $39/month plan price is a distractor",
    "plain", footer="Marrowstone Terms of Service \u2013 effective January 15, 2025 \u2013 page {page}",
    blocks=[
        ("title", "Marrowstone Terms of Service"),
        ("subtitle", "Effective January 15, 2025"),
        P("These terms are an agreement between Marrowstone Cloud Charting, Inc. (\u201cMarrowstone\u201d, \u201cwe\u201d, \u201cour\u201d) and the practice that signs up for a Marrowstone account (\u201cyou\u201d). The person who clicks \u201cI agree\u201d confirms they are authorised to bind the practice."),
        H("1. What Marrowstone does"),
        P("Marrowstone is a web-based charting, scheduling and billing service for small outpatient practices. You can document visits, send claims through our clearinghouse partner, and give patients access to a portal."),
        H("2. Plans and prices"),
        P("Our Starter plan costs $39 per user per month and our Complete plan costs $69 per user per month, billed monthly. A user is any person with a login. Plan prices are shown on our pricing page and on your account\u2019s billing screen, and we will give you 30 days\u2019 notice of any change."),
        H("3. CPT codes"),
        P("Marrowstone shows CPT\u00ae codes and descriptions, which are owned by the American Medical Association. We are licensed by the AMA to include them, and the AMA charges us for each practice that uses them. When you first switch on billing, we charge your practice a one-time CPT activation charge of $250. This is a single charge for the practice, not for each user, and it is not repeated while your subscription continues without a break. If you cancel and later return, the activation charge applies again."),
        P("By using CPT codes in Marrowstone you also accept the AMA end-user terms shown in the app. You may use the codes only inside Marrowstone and only for your own practice."),
    ] + bp(["accounts", "payment", "hipaa", "data", "confidentiality", "warranty", "liability", "term", "support", "law", "general"], 4,
           voice="plain", state="Washington") + [
        P("Questions about these terms? Write to legal@marrowstone.example or Marrowstone Cloud Charting, Inc., 1100 Water Street, Port Townsend, WA 98368."),
    ])

add("kestrel_amendment2.pdf", "Kestrel EHR Solutions, Inc.", "pass_through", fee(20.0, "provider", "year"),
    "Dated amendment replacing Exhibit C fee ($17.50 royalty + $1.00) with $18.50 royalty + $1.50 processing per Provider (clinician) per contract year from 1 Jan 2025",
    "formal", footer="Amendment No. 2 \u2013 Kestrel / Riverbend \u2013 Page {page}",
    blocks=[
        ("title", "AMENDMENT NO. 2<br/>TO EHR LICENSE AND SERVICES AGREEMENT"),
        P("This Amendment No. 2 (this \u201cAmendment\u201d) is made as of November 20, 2024 and is effective January 1, 2025 (the \u201cAmendment Effective Date\u201d), between <b>Kestrel EHR Solutions, Inc.</b>, a Minnesota corporation (\u201cKestrel\u201d), and <b>Riverbend Family Medicine, P.C.</b>, an Iowa professional corporation (\u201cClient\u201d)."),
        H("Recitals"),
        P("A. Kestrel and Client are parties to an EHR License and Services Agreement dated March 3, 2022, as amended by Amendment No. 1 dated December 1, 2023 (together, the \u201cAgreement\u201d)."),
        P("B. Section 1.14 of the Agreement defines \u201cProvider\u201d as each physician, nurse practitioner, physician assistant or other licensed clinician who documents patient encounters in the Kestrel software under Client\u2019s account."),
        P("C. Under Exhibit C, Section 2 of the Agreement, as amended by Amendment No. 1, Client currently pays a CPT Royalty of $17.50 per Provider per contract year and a Processing Fee of $1.00 per Provider per contract year, for a total of $18.50 per Provider per contract year."),
        P("D. The American Medical Association has notified Kestrel of an increase in the royalty applicable to the 2025 release of CPT, and the Parties wish to amend Exhibit C accordingly."),
        H("Agreement"),
        P("NOW, THEREFORE, in consideration of the mutual promises below, the Parties agree as follows:"),
        P("1. <b>Replacement of Exhibit C, Section 2.</b> With effect from the Amendment Effective Date, Exhibit C, Section 2 of the Agreement is deleted in its entirety and replaced with the following:"),
        PI("\u201c2. CPT Royalty and Processing Fee. For each contract year, Client shall pay (a) a CPT Royalty of eighteen dollars and fifty cents ($18.50) per Provider and (b) a Processing Fee of one dollar and fifty cents ($1.50) per Provider, for a total of twenty dollars ($20.00) per Provider per contract year. The amounts are invoiced on the first invoice of each contract year for each Provider active on that date, and on the next monthly invoice for any Provider added later in the contract year. The CPT Royalty is remitted by Kestrel to the American Medical Association.\u201d"),
        P("2. <b>No other changes.</b> Except as expressly amended by this Amendment, the Agreement remains in full force and effect. References in the Agreement to \u201cthis Agreement\u201d include this Amendment. In the event of conflict between this Amendment and the Agreement, this Amendment controls."),
        P("3. <b>Counterparts; electronic signature.</b> This Amendment may be executed in counterparts and by electronic signature, each of which is deemed an original."),
        P("4. <b>Confidentiality.</b> The terms of this Amendment are Confidential Information of both Parties under Section 11 of the Agreement."),
        P("5. <b>Governing law.</b> This Amendment is governed by the law that governs the Agreement."),
        sig(("Kestrel EHR Solutions, Inc.", "Erik Lindqvist", "Chief Financial Officer"),
            ("Riverbend Family Medicine, P.C.", "Maria Delgado, DO", "President")),
    ])

add("brackenridge_billing_services.pdf", "Brackenridge Revenue Partners, LLC", "pass_through", fee(21.0, "provider", "year"),
    "Billing-service agreement where 'Provider' is the PRACTICE and vendor is 'Billing Agent'; $21.00 per Rendering Clinician per calendar year CPT charge; 5.5% collections fee is a distractor",
    "formal", footer="Brackenridge Revenue Partners \u2013 Billing Services Agreement \u2013 {page}",
    blocks=[
        ("title", "MEDICAL BILLING SERVICES AGREEMENT"),
        P("This Medical Billing Services Agreement (this \u201cAgreement\u201d) is made as of June 1, 2025 between <b>Brackenridge Revenue Partners, LLC</b>, a Texas limited liability company (\u201cBilling Agent\u201d), and <b>Sierra Vista Internal Medicine, P.A.</b>, a Texas professional association (\u201cProvider\u201d)."),
        H("1. Appointment"),
        P("1.1 Provider appoints Billing Agent as its non-exclusive agent to prepare and submit claims for professional services rendered by Provider\u2019s clinicians, to post payments, and to follow up on unpaid and denied claims, in each case in Provider\u2019s name and under Provider\u2019s payer enrollments."),
        P("1.2 Provider retains sole responsibility for the services it renders, for the documentation supporting each claim, and for the selection of diagnosis and procedure codes, which Billing Agent may review but shall not change without Provider\u2019s approval."),
        H("2. Billing Platform"),
        P("2.1 Billing Agent will perform the services using its hosted practice management platform, Brackenridge Ledger (the \u201cPlatform\u201d), and will give Provider\u2019s staff read-only and charge-entry access to the Platform."),
        P("2.2 The Platform contains CPT\u00ae content that Billing Agent licenses from the American Medical Association (\u201cAMA\u201d) under a distribution agreement. Provider\u2019s use of that content is subject to the AMA end-user terms available within the Platform."),
        P("2.3 Billing Agent will invoice Provider, and Provider shall pay, an annual CPT licence charge of twenty-one dollars ($21.00) for each Rendering Clinician who is credentialed under Provider\u2019s group for any part of a calendar year. \u201cRendering Clinician\u201d means a physician, nurse practitioner or physician assistant whose services are billed under Provider\u2019s tax identification number. Billing Agent remits the AMA royalty from this charge and retains the balance to cover reporting costs."),
        H("3. Compensation"),
        P("3.1 In consideration of the billing services, Provider shall pay Billing Agent five and one-half percent (5.5%) of Net Collections each month. \u201cNet Collections\u201d means all payments received from payers and patients on claims submitted by Billing Agent, less refunds."),
        P("3.2 Billing Agent will invoice its percentage fee and any other charges under this Agreement by the tenth day of each month, payable within fifteen (15) days."),
        H("4. Provider Responsibilities"),
        P("4.1 Provider shall deliver complete encounter documentation and charge information within three (3) business days after each date of service, maintain its payer enrollments, and promptly forward to Billing Agent all correspondence from payers."),
        P("4.2 Provider shall not submit claims for the same services through any other billing agent or system during the Term."),
        H("5. Compliance"),
        P("5.1 Each party shall comply with applicable federal and state law, including the False Claims Act, the Anti-Kickback Statute and payer billing rules. Billing Agent shall maintain a compliance program consistent with the OIG Compliance Program Guidance for Third-Party Medical Billing Companies."),
    ] + bp(["hipaa", "confidentiality", "liability", "term", "law", "general"], 6, V="Billing Agent", C="Provider", state="Texas") + [
        sig(("Brackenridge Revenue Partners, LLC", "Luis Ybarra", "Managing Member"),
            ("Sierra Vista Internal Medicine, P.A.", "Caroline Hughes, MD", "President")),
    ])

add("ashgrove_licence_british.pdf", "Ashgrove Clinical Software Limited", "pass_through", fee(19.5, "provider", "year"),
    "British-spelling licence (A4); fee in words 'nineteen United States dollars and fifty cents (US$19.50) per Practitioner per annum'; per-site licence charge per annum is a distractor",
    "brit", pagesize=A4, footer="Ashgrove Clinical Software Limited \u2013 Licence Agreement \u2013 Page {page}",
    blocks=[
        ("title", "SOFTWARE LICENCE AND SERVICES AGREEMENT"),
        P("THIS AGREEMENT is dated 14 April 2025"),
        P("PARTIES"),
        P("(1) <b>Ashgrove Clinical Software Limited</b>, incorporated and registered in England and Wales with company number 08812345, whose registered office is at 12 Cathedral Close, Norwich NR1 4DH, United Kingdom, acting through its United States branch (the \u201cSupplier\u201d); and"),
        P("(2) <b>Harrowgate Podiatry Group, LLC</b>, a limited liability company organised under the laws of the Commonwealth of Pennsylvania, whose principal office is at 55 Chestnut Hill Avenue, Philadelphia, PA 19118 (the \u201cCustomer\u201d)."),
        P("BACKGROUND: The Supplier has developed the PodiaSuite clinical software and is willing to licence it to the Customer, and to supply related services, on the terms of this Agreement."),
        H("1. Interpretation"),
        P("1.1 In this Agreement: \u201cCharges\u201d means the charges set out in clause 3; \u201cPractitioner\u201d means a podiatrist, podiatric surgeon or other licensed clinician who records patient encounters in the Software under the Customer\u2019s account; \u201cSite\u201d means a clinic premises of the Customer listed in Schedule 1; \u201cSoftware\u201d means PodiaSuite, including any updates supplied under this Agreement."),
        H("2. Licence"),
        P("2.1 The Supplier grants to the Customer a non-exclusive, non-transferable licence for the duration of this Agreement to use the Software at the Sites for the Customer\u2019s internal business purposes."),
        P("2.2 The Customer shall not sub-license, assign or otherwise transfer the licence, nor permit any person other than its employees and contractors to use the Software."),
        H("3. Charges"),
        P("3.1 The Customer shall pay the Supplier a licence charge of US$2,400 per Site per annum and a support charge of US$600 per Site per annum, each payable annually in advance."),
        P("3.2 The Supplier may increase the Charges with effect from each anniversary of this Agreement by giving not less than sixty days\u2019 written notice, provided that no increase exceeds four per cent."),
        H("4. CPT content"),
        P("4.1 The Software incorporates the Current Procedural Terminology (CPT\u00ae) code set of the American Medical Association. The Supplier holds a distribution licence from the American Medical Association and grants the Customer a sublicence to use that content solely within the Software."),
        P("4.2 In consideration of the sublicence in clause 4.1, the Customer shall pay the Supplier a CPT licence fee of nineteen United States dollars and fifty cents (US$19.50) per Practitioner per annum, invoiced annually in advance on 1 January, together with a pro-rata invoice for any Practitioner added during the year. The CPT licence fee is separate from, and additional to, the Charges in clause 3."),
        P("4.3 The Customer agrees that the Supplier may disclose to the American Medical Association the Customer\u2019s name and the number of its Practitioners for the purpose of royalty reporting."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 5,
           V="Supplier", C="Customer", voice="brit", state="Pennsylvania") + [
        P("This Agreement has been entered into on the date stated at the beginning of it."),
        sig(("Ashgrove Clinical Software Limited", "Oliver Pennington", "Director"),
            ("Harrowgate Podiatry Group, LLC", "Dr Samuel Okafor, DPM", "Managing Member")),
    ])

add("solano_royalty_split_pagebreak.pdf", "Solano Health Data Corporation", "pass_through", fee(20.75, "user", "year"),
    "Formal agreement; AMA royalty $18.50 per Named User per year on one page and a $2.25 per Named User processing fee on the next page (sum 20.75)",
    "formal", footer="Solano Health Data Corporation \u2013 Subscription Agreement \u2013 Page {page}",
    blocks=[
        ("title", "SUBSCRIPTION AGREEMENT"),
        preamble("Subscription Agreement", "January 6, 2025", "Solano Health Data Corporation", "Solano",
                 "a California corporation", "Valley Oak Urgent Care, Inc.", "Customer", "a California professional medical corporation"),
        H("1. Definitions"),
        P("\u201cNamed User\u201d means an individual identified by name to whom Customer assigns credentials to access the Service. Named User credentials are personal and may not be used concurrently by more than one individual."),
        P("\u201cService\u201d means Solano\u2019s hosted urgent-care charting and charge-capture application, together with its mobile companion app."),
        P("\u201cCPT\u201d means the Current Procedural Terminology code set, descriptors and guidelines copyrighted by the American Medical Association."),
        H("2. Access"),
        P("2.1 Solano grants Customer, during the Subscription Term, a non-exclusive right for its Named Users to access the Service for Customer\u2019s internal operations. Customer may add Named Users at any time by written request or through the administrator console."),
        P("2.2 Customer shall ensure that each Named User keeps credentials confidential and uses multi-factor authentication."),
        H("3. Subscription Fees"),
        P("3.1 The Subscription Fee is $210.00 per Named User per month, invoiced monthly in advance. The Subscription Fee includes hosting, standard support and all generally available updates."),
        P("3.2 Implementation services are billed at $175.00 per hour, estimated at 24 hours."),
    ] + bp(["confidentiality", "hipaa", "warranty"], 4, V="Solano", C="Customer", state="California") + [
        H("7. Payment"),
        P("7.1 Invoices are payable within thirty (30) days. Disputed amounts must be identified in writing within the payment period."),
        H("8. CPT Royalty"),
        P("8.1 CPT is embedded in the Service under Solano\u2019s distribution agreement with the American Medical Association. Customer\u2019s Named Users may use CPT only within the Service."),
        P("8.2 The CPT royalty payable by Customer is eighteen dollars and fifty cents ($18.50) per Named User for each calendar year, or part of a calendar year, in which that individual is a Named User."),
        ("br",),
        P("8.3 In addition to the royalty in Section 8.2, Customer shall pay a royalty processing fee of $2.25 per Named User per calendar year, which covers Solano\u2019s cost of user counting, reporting and remittance to the American Medical Association."),
        P("8.4 The amounts in Sections 8.2 and 8.3 are invoiced together each January, and for Named Users added later in the year, on the next monthly invoice. They are not refundable if a Named User is removed during the year."),
    ] + bp(["liability", "term", "law", "general"], 9, V="Solano", C="Customer", state="California") + [
        sig(("Solano Health Data Corporation", "Grace Yamamoto", "Chief Revenue Officer"),
            ("Valley Oak Urgent Care, Inc.", "Daniel Ferreira, MD", "Medical Director")),
    ])

add("orcas_billing_notes_terse.pdf", "Orcas Session Records, Inc.", "pass_through", fee(20.0, "provider", "year"),
    "Terse bullet-list billing sheet; AMA CPT fee $20 per clinician per year billed on first invoice; AMA direct price and $59/clinician/month plan are distractors",
    "plain", footer="Orcas Session Records, Inc.  \u2022  Account and Billing Notes 2025  \u2022  {page}",
    blocks=[
        ("title", "Account and Billing Notes \u2013 2025"),
        ("subtitle", "Orcas Session Records, Inc. \u2013 for group practices on the Orcas Group plan"),
        P("This sheet is Attachment 1 to your Orcas Group Plan Order and summarises the charges on your account. It is issued by Orcas Session Records, Inc., 901 Fairhaven Ave, Bellingham, WA 98225."),
        H("Your plan"),
        ("bul", ["Orcas Group plan: $59 per clinician per month",
                 "Non-clinical staff logins (schedulers, billers): free, up to 10",
                 "Telehealth: included",
                 "Insurance claims: $0.25 per claim after the first 100 each month"]),
        H("AMA CPT\u00ae fee"),
        ("bul", ["$20 per clinician per year",
                 "Made up of the AMA royalty ($18.50) plus our processing fee ($1.50)",
                 "Billed on your first invoice of the year",
                 "Clinicians added later in the year: billed on the next invoice, not prorated",
                 "Charged for every clinician who has a CPT code on any note, superbill or claim during the year, including private-pay-only clinicians",
                 "Not charged for non-clinical staff logins"]),
        H("Paying the AMA yourself?"),
        ("bul", ["Not possible for CPT use inside Orcas: the AMA licenses each application separately, and Orcas reports its users to the AMA",
                 "For comparison only: an AMA internal-use licence taken directly costs an entity fee (about $82.50) plus $18.50 per user, for each application"]),
        H("Other code sets"),
        ("bul", ["ICD-10-CM: no charge (public domain)",
                 "HCPCS Level II: no charge"]),
        H("Payment"),
        ("bul", ["Card or ACH on file, charged on the 1st of each month",
                 "Failed payments retried after 3 and 7 days; account read-only after 21 days",
                 "Questions: billing@orcasrecords.example"]),
        P("These notes are part of your Order and are governed by the Orcas Terms of Service and Business Associate Agreement accepted at sign-up."),
    ])

add("larkspur_side_letter.pdf", "Larkspur Medical Software, Inc.", "pass_through", fee(22.0, "provider", "year"),
    "Side letter dated 1 Mar 2025 reducing an annual CPT pass-through from $24.00 to $22.00 per provider per year; $30 cap in the original is a distractor",
    "letter", blocks=[
        ("title", "Larkspur Medical Software, Inc."),
        ("center", "77 Prairie Lane, Suite 300 \u00b7 Omaha, Nebraska 68102 \u00b7 (402) 555-0148"),
        ("sp", 14),
        P("March 1, 2025"),
        P("Bayside Cardiology Group, LLC<br/>Attn: Karen Whitlock, Practice Administrator<br/>4400 Bayshore Drive<br/>Tampa, Florida 33611"),
        P("<b>Re: Software Subscription Agreement dated August 14, 2023 (the \u201cAgreement\u201d) \u2013 Section 7.4, CPT Pass-Through Fee</b>"),
        P("Dear Ms. Whitlock:"),
        P("Under Section 7.4 of the Agreement, Bayside Cardiology Group, LLC currently pays Larkspur an annual CPT pass-through fee of $24.00 for each provider credentialed on its Larkspur account. Section 7.4 also provides that the CPT pass-through fee will not exceed $30.00 per provider per year at any time during the Term."),
        P("Following our renegotiation of royalty terms with the American Medical Association, we are pleased to confirm that, with effect from April 1, 2025, Larkspur will reduce the CPT pass-through fee payable under Section 7.4 to $22.00 per provider per year. The reduced fee will apply to the annual charge invoiced in January 2026 and thereafter, and we will issue a credit of $2.00 per provider against the 2025 annual charge already invoiced."),
        P("The cap in Section 7.4 is unchanged. All other terms of the Agreement, including the Subscription Fees in Schedule 1, remain in full force and effect. This letter amends the Agreement as described above, and upon countersignature forms part of it."),
        P("Please countersign a copy of this letter and return it to contracts@larkspurmed.example by March 31, 2025. If you have any questions, please contact your account manager, Jenna Ruiz."),
        P("Sincerely,"),
        P("<br/><br/>Michael Trent<br/>Vice President, Finance<br/>Larkspur Medical Software, Inc."),
        ("sp", 16),
        P("<b>Acknowledged and agreed:</b>"),
        P("Bayside Cardiology Group, LLC<br/><br/>By: ______________________________<br/>Name: Karen Whitlock<br/>Title: Practice Administrator<br/>Date: ____________________"),
    ])

add("pinecrest_at_cost_no_amount.pdf", "Pinecrest Chart Systems, LLC", "pass_through", None,
    "Formal services agreement; customer reimburses the AMA royalty 'at cost' per Authorized User, invoiced each January, but no amount is stated anywhere",
    "formal", footer="Pinecrest Chart Systems, LLC \u2013 Services Agreement \u2013 {page}",
    blocks=[
        ("title", "SOFTWARE AS A SERVICE AGREEMENT"),
        preamble("Software as a Service Agreement", "September 9, 2024", "Pinecrest Chart Systems, LLC", "Pinecrest",
                 "a Colorado limited liability company", "Aspen Ridge Dermatology, P.C.", "Customer", "a Colorado professional corporation"),
        H("1. Services"),
        P("1.1 Pinecrest will provide Customer with access to its dermatology EHR and image management application (the \u201cApplication\u201d) for use by the individuals whom Customer designates and for whom Pinecrest issues credentials (\u201cAuthorized Users\u201d)."),
        P("1.2 Pinecrest will provide hosting, backups, standard support and all updates it makes generally available. Custom development is outside the scope of this Agreement unless set out in a signed statement of work."),
        H("2. Fees"),
        P("2.1 Customer shall pay the subscription fees stated in the Order Form. Unless otherwise stated there, subscription fees are invoiced quarterly in advance."),
        P("2.2 <b>Code-set royalties.</b> The Application incorporates the AMA\u2019s CPT\u00ae code set under Pinecrest\u2019s distribution licence. In addition to the subscription fees, Customer shall reimburse Pinecrest, at cost and without mark-up, for the royalty that Pinecrest pays to the American Medical Association in respect of Customer\u2019s Authorized Users. Pinecrest will invoice the reimbursement each January on the basis of its royalty report for the year, and will provide a copy of the relevant portion of the report on request."),
        P("2.3 Customer consents to the disclosure of its name and Authorized User count to the American Medical Association for royalty reporting purposes."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Pinecrest", C="Customer", state="Colorado") + [
        sig(("Pinecrest Chart Systems, LLC", "Aaron Holt", "President"),
            ("Aspen Ridge Dermatology, P.C.", "Lena Marsh, MD", "Owner")),
    ])

add("wrenfield_tos_monthly_user.pdf", "Wrenfield Health, Inc.", "pass_through", fee(1.60, "user", "month"),
    "Plain-English terms; CPT cost passed on at $1.60 per user each month beside $65/$95 per-user plan prices",
    "plain", footer="Wrenfield Health \u2013 Customer Terms \u2013 page {page}",
    blocks=[
        ("title", "Wrenfield Customer Terms"),
        ("subtitle", "Last updated: 2 December 2024"),
        P("Welcome to Wrenfield. These terms are between Wrenfield Health, Inc. (\u201cWrenfield\u201d, \u201cwe\u201d or \u201cus\u201d) and the medical practice that opens an account (\u201cyou\u201d). Please read them carefully; by creating an account you agree to them."),
        H("1. Your plan"),
        P("You choose a plan when you sign up. Wrenfield Core is $65 per user each month and Wrenfield Plus, which adds revenue-cycle reporting and a patient app, is $95 per user each month. A user is anyone in your practice with their own login, whether or not they see patients."),
        H("2. CPT content"),
        P("Wrenfield includes CPT\u00ae codes and descriptions, which are owned by the American Medical Association. The AMA charges a royalty for every person who can use them in our software, and we pass that cost on to you. The charge is $1.60 per user each month and appears on your invoice as \u201cAMA CPT content\u201d. It is added to your plan price, whichever plan you choose."),
        P("If one of your users never uses billing or coding screens, you can ask us to switch off their CPT access; from the next month they won\u2019t be charged the CPT content fee, but they won\u2019t see any CPT codes either."),
    ] + bp(["accounts", "payment", "hipaa", "data", "confidentiality", "warranty", "liability", "term", "law", "general"], 3,
           voice="plain", state="Massachusetts"),
    )

add("glasshouse_clearinghouse_tin.pdf", "Glasshouse Claims Exchange, LLC", "pass_through", fee(45.0, "organization", "year"),
    "Clearinghouse agreement where 'Provider' is the PRACTICE; CPT licence fee of $45.00 per enrolled Tax Identification Number per year; per-claim and ERA fees are distractors",
    "formal", footer="Glasshouse Claims Exchange \u2013 Provider Services Agreement \u2013 Page {page}",
    blocks=[
        ("title", "CLEARINGHOUSE PROVIDER SERVICES AGREEMENT"),
        P("This Clearinghouse Provider Services Agreement (\u201cAgreement\u201d) is made effective as of July 1, 2025 by and between <b>Glasshouse Claims Exchange, LLC</b>, an Ohio limited liability company (\u201cClearinghouse\u201d), and <b>Buckeye Sports Medicine, Inc.</b>, an Ohio corporation, on behalf of itself and the practitioners who bill under its tax identification numbers (\u201cProvider\u201d)."),
        H("1. Services"),
        P("1.1 Clearinghouse will receive claim files from Provider or its practice management system, edit them against payer and industry rules, translate them into the HIPAA-standard 837P format, and transmit them to payers. Clearinghouse will return payer acknowledgments, claim status responses and electronic remittance advice (ERA) to Provider."),
        P("1.2 Clearinghouse will maintain connections to the payers listed on its website and will give Provider at least thirty (30) days\u2019 notice before discontinuing a payer connection, except where the payer ends the connection."),
        H("2. Provider Obligations"),
        P("2.1 Provider is responsible for the accuracy and completeness of all data it submits, including patient demographics, diagnosis codes, procedure codes and charges, and for obtaining any payer enrollment required for electronic submission."),
        P("2.2 Provider shall not use the Services to submit claims on behalf of any entity that is not listed in the enrollment schedule."),
        H("3. Code Content in the Claim Editor"),
        P("3.1 The Clearinghouse web portal includes a claim editor that displays CPT\u00ae descriptors licensed to Clearinghouse by the American Medical Association. Provider\u2019s users may view and use those descriptors only within the portal."),
        P("3.2 Provider shall pay Clearinghouse a CPT licence fee of forty-five dollars ($45.00) per year for each Tax Identification Number enrolled for the Services. The fee is invoiced each July and is paid over by Clearinghouse to the American Medical Association."),
        H("4. Fees"),
        P("4.1 Transaction fees: professional claims, $0.29 per claim; ERA, $0.10 per remittance file; real-time eligibility, $0.12 per inquiry. A monthly minimum of $49.00 applies per Tax Identification Number."),
        P("4.2 Clearinghouse may change transaction fees on sixty (60) days\u2019 notice. Invoices are payable within twenty (20) days by ACH debit."),
    ] + bp(["hipaa", "confidentiality", "warranty", "liability", "term", "law", "general"], 5,
           V="Clearinghouse", C="Provider", state="Ohio") + [
        sig(("Glasshouse Claims Exchange, LLC", "Brenda Kowalski", "Director of Provider Services"),
            ("Buckeye Sports Medicine, Inc.", "Jerome Watts", "Chief Operating Officer")),
    ])

add("sandpiper_double_negative.pdf", "Sandpiper Rehab Software Corp.", "pass_through", fee(18.75, "provider", "year"),
    "Rehab software agreement using negations ('not inclusive of', 'No Practitioner shall be treated as not requiring'); CPT Royalty $18.75 per Practitioner per calendar year in Exhibit 2",
    "formal", footer="Sandpiper Rehab Software Corp. \u2013 Client Agreement \u2013 {page}",
    blocks=[
        ("title", "CLIENT LICENSE AGREEMENT"),
        preamble("Client License Agreement", "October 1, 2024", "Sandpiper Rehab Software Corp.", "Sandpiper",
                 "a North Carolina corporation", "Blue Heron Therapy Partners, LLC", "Client", "a South Carolina limited liability company"),
        H("1. Definitions"),
        P("\u201cPractitioner\u201d means a physical therapist, occupational therapist, speech-language pathologist or therapy assistant who documents treatment in the Software under Client\u2019s account. \u201cCPT Royalty\u201d means the amount payable under Section 9 and Exhibit 2. \u201cSubscription Fees\u201d means the fees stated in Exhibit 1."),
        H("2. License"),
        P("Sandpiper grants Client a non-exclusive, non-transferable license during the Term to use the Sandpiper Rehab software, including its documentation, scheduling and billing modules (the \u201cSoftware\u201d), for Client\u2019s internal purposes at Client\u2019s clinics in the United States."),
    ] + bp(["support", "confidentiality", "hipaa", "warranty", "liability", "term"], 3, V="Sandpiper", C="Client", state="North Carolina") + [
        H("9. CPT Royalty"),
        P("9.1 The Subscription Fees are not inclusive of the CPT Royalty, and nothing in any proposal, quotation or marketing material shall be read as stating otherwise."),
        P("9.2 No Practitioner shall be treated as not requiring a CPT licence merely because that Practitioner treats only self-pay patients or does not personally submit claims; every Practitioner who records a CPT code in the Software during a calendar year is counted for that year."),
        P("9.3 Client shall pay the CPT Royalty stated in Exhibit 2 for each Practitioner so counted. Sandpiper remits the royalty to the American Medical Association under its distribution agreement and is not obliged to refund any part of it if a Practitioner leaves Client during the year."),
    ] + bp(["law", "general"], 10, V="Sandpiper", C="Client", state="North Carolina") + [
        sig(("Sandpiper Rehab Software Corp.", "Nathan Cole", "Chief Executive Officer"),
            ("Blue Heron Therapy Partners, LLC", "Alicia Grant, PT", "Managing Member")),
        H("EXHIBIT 1 \u2013 SUBSCRIPTION FEES"),
        ("tbl", [["Component", "Basis", "Fee"],
                 ["Sandpiper Rehab (documentation, scheduling, billing)", "per Practitioner per month", "$74.00"],
                 ["Front-office logins", "per login per month", "$15.00"],
                 ["Home exercise program library", "per clinic per month", "$30.00"]],
         {"ruled": True, "widths": [3.5, 2.5, 1]}),
        H("EXHIBIT 2 \u2013 CPT ROYALTY"),
        ("tbl", [["Item", "Amount", "Basis"],
                 ["CPT Royalty (including Sandpiper processing)", "$18.75", "per Practitioner, per calendar year"]],
         {"ruled": True, "widths": [3.5, 1, 2.5]}),
        P("The CPT Royalty is invoiced in January for Practitioners active on January 1, and monthly in arrears for Practitioners who first record a CPT code later in the year. Beginning with the first Renewal Term after the initial thirty-six (36) month term, the CPT Royalty increases by $0.50 at the start of each Renewal Term."),
    ])

add("corvid_order_unit_not_stated.pdf", "Corvid Practice Cloud LLC", "pass_through", fee(60.0, None, "year"),
    "Order confirmation stating an annual CPT licence fee of $60.00 billed each January with no unit anywhere (amount and period stated, unit not stated)",
    "plain", footer="Corvid Practice Cloud LLC \u2013 Order Confirmation CPC-20931 \u2013 {page}",
    blocks=[
        ("title", "Order Confirmation"),
        ("subtitle", "Corvid Practice Cloud LLC \u2013 Order CPC-20931"),
        P("Thank you for choosing Corvid. This confirmation sets out what you have ordered and forms a binding agreement between Corvid Practice Cloud LLC (\u201cCorvid\u201d) and Maple Street Chiropractic, LLC (\u201cyou\u201d), together with the Corvid Subscriber Terms available in your account."),
        H("What you ordered"),
        ("tbl", [["Service", "Charge"],
                 ["Corvid Chiro \u2013 Small Office plan (charting, scheduling, billing)", "$129.00 per month"],
                 ["Online booking and reminders", "$19.00 per month"],
                 ["Annual CPT\u00ae licence fee", "$60.00 per year"],
                 ["Setup and data import", "$300.00 one-time"]],
         {"ruled": False, "widths": [4.5, 2]}),
        H("About the CPT licence fee"),
        P("CPT\u00ae codes are owned by the American Medical Association. Corvid includes them under its licence from the AMA and recovers the royalty through the annual CPT licence fee, which is billed each January with your renewal. The first fee is billed with your setup charge."),
        H("Billing"),
        P("Monthly charges are billed to your card on the date you signed up. Annual charges are billed each January. All prices are in US dollars and exclude any applicable sales tax."),
        H("Term and cancellation"),
        P("Your plan is month-to-month. You may cancel at any time from your account settings; monthly charges stop at the end of the current month. Annual charges already billed are not refunded."),
        H("Privacy and HIPAA"),
        P("Corvid acts as your business associate. Our Business Associate Agreement applies automatically to your account and is available to download from Settings \u203a Legal."),
        H("Support"),
        P("Email help@corvidcloud.example or call (614) 555-0190, Monday to Friday, 8 a.m. to 6 p.m. Eastern."),
        P("Confirmed on 5 May 2025 for Maple Street Chiropractic, LLC, Dr. Ellen Novak, account owner."),
    ])

add("loonwater_msa_site_monthly.pdf", "Loonwater Clinic Systems, Inc.", "pass_through", fee(12.0, "location", "month"),
    "MSA with the CPT Content Charge defined in the body and priced in the next sentence at $12.00 for each Site each month; per-user subscription is a distractor",
    "formal", footer="Loonwater Clinic Systems, Inc. \u2013 MSA \u2013 Page {page}",
    blocks=[
        ("title", "MASTER SERVICES AGREEMENT"),
        preamble("Master Services Agreement", "March 17, 2025", "Loonwater Clinic Systems, Inc.", "Loonwater",
                 "a Wisconsin corporation", "Northwoods Community Clinics, Inc.", "Client", "a Wisconsin nonstock corporation"),
        H("1. Definitions"),
        P("\u201cSite\u201d means each physical clinic location of Client at which the System is used, as listed in Schedule 1, including any location added by written notice. \u201cSystem\u201d means Loonwater\u2019s hosted ambulatory EHR and practice management system. \u201cUser\u201d means an individual authorized by Client to access the System."),
        H("2. Services"),
        P("2.1 Loonwater will provide the System and the implementation, training and support services described in Schedule 2 (the \u201cServices\u201d)."),
        P("2.2 Client may add Sites and Users at any time; each addition is charged from the first day of the following month."),
        H("3. Fees"),
        P("3.1 Client shall pay a System subscription fee of $115.00 per User per month and an interface maintenance fee of $250.00 per interface per month."),
        P("3.2 Client shall also pay the CPT Content Charge. The CPT Content Charge is twelve dollars ($12.00) for each Site each month, and is payable for so long as the System at that Site contains CPT\u00ae content licensed by Loonwater from the American Medical Association."),
        P("3.3 All fees are invoiced monthly in advance and are payable within thirty (30) days."),
    ] + bp(["confidentiality", "hipaa", "warranty", "indemnity", "liability", "term", "law", "general"], 4,
           V="Loonwater", C="Client", state="Wisconsin") + [
        sig(("Loonwater Clinic Systems, Inc.", "Jared Lindgren", "President"),
            ("Northwoods Community Clinics, Inc.", "Sarah Bjork", "Chief Executive Officer")),
        H("SCHEDULE 1 \u2013 SITES"),
        ("tbl", [["Site", "Address", "Go-live"],
                 ["Rhinelander Clinic", "210 Oneida Ave, Rhinelander, WI", "May 1, 2025"],
                 ["Minocqua Clinic", "8 Front St, Minocqua, WI", "May 1, 2025"],
                 ["Eagle River Clinic", "1540 Wall St, Eagle River, WI", "June 1, 2025"]],
         {"ruled": True, "widths": [2, 3.5, 1.5]}),
    ])


# ===========================================================================
# VENDOR COVERS
# ===========================================================================

add("bluegill_eula_royalty_included.pdf", "Bluegill Health Systems, Inc.", "vendor_covers", None,
    "End-user licence terms: vendor is party to an AMA distribution agreement, grants a CPT sublicence, and states the royalty is paid by vendor and included in Subscription Fees",
    "formal", footer="Bluegill Health Systems, Inc. \u2013 End User License Terms \u2013 {page}",
    blocks=[
        ("title", "END USER LICENSE TERMS"),
        ("subtitle", "Bluegill Practice Platform \u2013 Version 2025.1"),
        P("These End User License Terms (the \u201cTerms\u201d) govern the use of the Bluegill Practice Platform by the customer named in the applicable order (\u201cCustomer\u201d) and its authorized users, and are entered into between Customer and <b>Bluegill Health Systems, Inc.</b>, a Georgia corporation (\u201cBluegill\u201d). By signing an order that references these Terms, Customer agrees to them."),
        H("1. License"),
        P("1.1 Bluegill grants Customer a non-exclusive, non-transferable, non-sublicensable license during the subscription term to access and use the Bluegill Practice Platform (the \u201cPlatform\u201d) for Customer\u2019s internal business purposes in the United States."),
        P("1.2 Customer shall not permit any person other than its authorized users to access the Platform and shall ensure that its users comply with these Terms."),
        H("2. CPT Content"),
        P("2.1 The Platform includes content from Current Procedural Terminology (\u201cCPT\u201d), which is copyrighted by the American Medical Association (the \u201cAMA\u201d). CPT is a registered trademark of the AMA."),
        P("2.2 Bluegill, as a party to a distribution license agreement with the AMA, grants Customer a limited, non-exclusive, non-transferable sublicense for its authorized users to use CPT content solely within the Platform for Customer\u2019s internal use in the United States. The sublicense ends automatically if Bluegill\u2019s agreement with the AMA ends, unless the AMA consents otherwise or Customer enters into a direct license with the AMA."),
        P("2.3 The royalty owed to the AMA for Customer\u2019s sublicense is paid by Bluegill and is included in the Subscription Fees. Bluegill will not invoice Customer separately for CPT content."),
        P("2.4 Customer shall not publish, distribute, translate or create derivative works of CPT content, or make it available to any affiliate or other legal entity. Customer acknowledges that the AMA is a third-party beneficiary of this Section 2."),
        P("2.5 " + AMA_NOTICE.format(yr="2024")),
        P("2.6 " + FARS),
        H("3. Fees"),
        P("3.1 Customer shall pay the Subscription Fees stated in its order, which are charged per active provider per month, together with any one-time implementation fees. Subscription Fees may be increased on renewal on sixty (60) days\u2019 notice."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law"], 4,
           V="Bluegill", C="Customer", state="Georgia"),
    )

add("cobaltridge_orderform_included.pdf", "Cobaltridge Software Group, LLC", "vendor_covers", None,
    "Ruled order form; 'AMA CPT Content' row at $0.00 / Included next to a $189 per-user-per-month subscription row",
    "form", header="Cobaltridge Software Group, LLC  \u2014  Sales Order SO-55102", footer="Page {page}",
    blocks=[
        ("title", "SALES ORDER"),
        ("tbl", [["Sales Order", "SO-55102", "Date", "June 2, 2025"],
                 ["Seller", "Cobaltridge Software Group, LLC<br/>1600 Copper Loop, Tempe, AZ 85281", "Buyer", "Desert Bloom OB/GYN, PLLC<br/>44 Saguaro Way, Mesa, AZ 85201"],
                 ["Term", "24 months", "Payment", "Net 30, invoiced monthly"]],
         {"ruled": True, "header": False, "widths": [1.1, 2.7, 1, 2.7]}),
        ("h", "Subscription"),
        ("tbl", [["Line", "Product", "Qty", "Unit", "Unit Price", "Ext. Monthly"],
                 ["1", "Cobaltridge PM + EHR (OB/GYN content pack)", "8", "user / mo", "$189.00", "$1,512.00"],
                 ["2", "AMA CPT\u00ae Content", "8", "user / mo", "$0.00", "Included"],
                 ["3", "Patient portal and online bill pay", "1", "practice / mo", "$0.00", "Included"],
                 ["4", "Fetal monitoring interface", "1", "interface / mo", "$275.00", "$275.00"],
                 ["", "", "", "", "Total monthly", "$1,787.00"]],
         {"ruled": True, "widths": [0.4, 3.1, 0.5, 1.1, 1, 1.1], "right_cols": (2, 4, 5)}),
        ("h", "Services"),
        ("tbl", [["Line", "Service", "Price"],
                 ["5", "Implementation (remote), 30 hours", "$4,200.00"],
                 ["6", "Historical data conversion", "$1,500.00"]],
         {"ruled": True, "widths": [0.4, 5.2, 1.2], "right_cols": (2,)}),
        ("h", "Terms and Conditions"),
        P("This Sales Order is governed by the Cobaltridge Customer Agreement dated June 2, 2025 between the parties. Buyer\u2019s users accept the CPT\u00ae end-user notice on first login. Prices are firm for the Term; renewals may be adjusted by up to 6%. Buyer may add users at the unit prices above at any time. Implementation fees are invoiced 50% on signature and 50% at go-live. The Business Associate Agreement attached to the Customer Agreement applies."),
        sig(("Cobaltridge Software Group, LLC", "Tamara Jensen", "Sales Director"),
            ("Desert Bloom OB/GYN, PLLC", "Rosa Medina, MD", "Managing Physician")),
    ])

add("merriweather_faq_no_fee.pdf", "Merriweather EHR, Inc.", "vendor_covers", None,
    "Web FAQ: vendor holds AMA distribution licence and pays the royalty itself; other EHRs' ~$20/clinician fee and AMA direct $82.50 + $18.50/user quoted only for comparison",
    "web", header="merriweatherehr.example/help/billing/cpt-codes-and-the-ama        2/20/25, 3:02 PM",
    footer="Merriweather EHR, Inc. \u00b7 help centre \u00b7 {page}",
    blocks=[
        ("small", "Home / Help / Billing"),
        ("title", "CPT\u00ae codes and the AMA: do I pay anything extra?"),
        P("This page explains how CPT licensing works in Merriweather. It is published by Merriweather EHR, Inc. and forms part of the Merriweather Subscriber Agreement."),
        ("q", "Does Merriweather charge an AMA or CPT fee?"),
        ("a", "No. Merriweather is an authorized CPT distributor. We hold a distribution licence with the American Medical Association and we pay the royalty for every one of our users ourselves. The cost is built into your subscription price, so there is no separate CPT line on your invoice."),
        ("q", "A colleague\u2019s EHR bills about $20 per clinician each year for CPT. Why don\u2019t you?"),
        ("a", "Some vendors choose to pass the AMA royalty through to their customers as a separate charge. We decided to keep our pricing simple and absorb it."),
        ("q", "Would it be cheaper to license CPT directly from the AMA?"),
        ("a", "You don\u2019t need to: your use of CPT inside Merriweather is already covered by our licence. For reference, the AMA\u2019s own internal-use licence is priced at an entity fee (about $82.50 a year) plus $18.50 per user, and it would cover only the applications you list with the AMA."),
        ("q", "Does this cover my clearinghouse or my other software?"),
        ("a", "No. The AMA licenses CPT per application. Our licence covers CPT inside Merriweather only. Please check with each of your other vendors."),
        ("q", "Who counts as a user?"),
        ("a", "Anyone with a Merriweather login. We report our user counts to the AMA under our distribution agreement; you don\u2019t need to report anything."),
        ("q", "What about ICD-10 and HCPCS Level II?"),
        ("a", "Both are free federal code sets and are included in Merriweather at no charge."),
        ("q", "Are there any terms I have to accept?"),
        ("a", "Yes. The AMA requires each user to accept short end-user terms, which appear the first time you open the superbill screen. Among other things, they say you may use CPT only inside Merriweather and may not copy or resell it."),
        ("small", "Still have questions? Contact support from the ? menu in the app."),
    ])

add("quarrystone_msa_no_passthrough.pdf", "Quarrystone Informatics, Inc.", "vendor_covers", None,
    "Formal MSA with a negated pass-through: 'Quarrystone does not pass through AMA royalties' and bears all royalty obligations; $399/provider/month subscription is a distractor",
    "formal", footer="Quarrystone Informatics, Inc. \u2013 Master Services Agreement \u2013 {page}",
    blocks=[
        ("title", "MASTER SERVICES AGREEMENT"),
        preamble("Master Services Agreement", "August 4, 2025", "Quarrystone Informatics, Inc.", "Quarrystone",
                 "a Vermont corporation", "Green Mountain Orthopedics, PLLC", "Customer", "a Vermont professional limited liability company"),
        H("1. Services"),
        P("1.1 Quarrystone will provide Customer with its cloud orthopedic EHR, practice management and imaging viewer (the \u201cServices\u201d) as described in the Order Form."),
        P("1.2 Quarrystone may update the Services from time to time, provided that no update materially reduces the core functionality for which Customer subscribed."),
        H("2. Fees"),
        P("2.1 Customer shall pay a subscription fee of $399.00 per Provider per month, where \u201cProvider\u201d means each physician or advanced practice clinician who documents encounters in the Services, and a subscription fee of $35.00 per month for each additional staff login in excess of four per Provider."),
        P("2.2 Fees for implementation and training are set out in the Order Form."),
        H("3. Third-Party Content"),
        P("3.1 The Services incorporate content licensed from third parties, including the Current Procedural Terminology code set of the American Medical Association (\u201cCPT\u201d), drug interaction content and imaging codecs."),
        P("3.2 <b>No pass-through.</b> Quarrystone does not pass through AMA royalties, CPT licence fees or any other code-set royalty to Customer. Quarrystone is solely responsible for all amounts owed to the American Medical Association under its distribution agreement in respect of Customer\u2019s use of CPT within the Services, and the fees in Section 2 are the only fees payable by Customer for that use."),
        P("3.3 Customer\u2019s users shall comply with the AMA end-user terms displayed within the Services."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "indemnity", "liability", "term", "law", "general"], 4,
           V="Quarrystone", C="Customer", state="Vermont") + [
        sig(("Quarrystone Informatics, Inc.", "Peter Ashworth", "Chief Executive Officer"),
            ("Green Mountain Orthopedics, PLLC", "Colleen Daly, MD", "Managing Member")),
    ])

add("thornbury_amendment_now_included.pdf", "Thornbury Medical Systems, LLC", "vendor_covers", None,
    "Amendment dated 15 May 2025, effective 1 Jul 2025, deleting a $19.00 per provider per year CPT pass-through and making CPT royalties included in Subscription Fees",
    "mono", footer="THORNBURY / OAKHAVEN - AMENDMENT NO. 1 - PAGE {page}",
    blocks=[
        ("title", "AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT"),
        P("This Amendment No. 1 (\"Amendment\") is entered into on May 15, 2025 by Thornbury Medical Systems, LLC, a Kentucky limited liability company (\"Thornbury\"), and Oakhaven Primary Care, PLLC, a Kentucky professional limited liability company (\"Customer\"), and amends the Master Services Agreement between them dated January 10, 2024 (the \"MSA\")."),
        P("1. EFFECTIVE DATE. This Amendment takes effect on July 1, 2025 (the \"Amendment Effective Date\")."),
        P("2. BACKGROUND. Section 5.6 of the MSA currently reads: \"5.6 CPT Pass-Through Fee. Customer shall pay Thornbury a CPT pass-through fee of $19.00 per Provider per year, invoiced each January, representing royalties payable to the American Medical Association.\""),
        P("3. DELETION AND REPLACEMENT. Section 5.6 of the MSA is deleted in its entirety and replaced with the following:"),
        PI("\"5.6 CPT Content. Royalties payable to the American Medical Association for CPT content in the Services are included in the Subscription Fees. Thornbury shall not invoice Customer any separate CPT fee, royalty or surcharge for any period on or after July 1, 2025.\""),
        P("4. CREDIT. Thornbury will credit Customer, on the next monthly invoice after the Amendment Effective Date, one-half of the CPT pass-through fee invoiced for calendar year 2025 under former Section 5.6."),
        P("5. SUBSCRIPTION FEES UNCHANGED. The Subscription Fees in Schedule A of the MSA ($245.00 per Provider per month) are not changed by this Amendment."),
        P("6. ORDER OF PRECEDENCE. In the event of any conflict between this Amendment and the MSA, this Amendment controls. Except as amended here, the MSA remains in full force and effect."),
        P("7. COUNTERPARTS. This Amendment may be signed in counterparts and delivered electronically."),
        sig(("Thornbury Medical Systems, LLC", "William Harlan", "Managing Director"),
            ("Oakhaven Primary Care, PLLC", "Janet Cho, MD", "Member")),
    ])

add("alderbank_quote_no_separate_charge.pdf", "Alderbank Software, Inc.", "vendor_covers", None,
    "Unruled quote; 'CPT content licence - no separate charge' plus footnote that vendor pays the royalty; a $40/user/month Coding Assistant with CPT lookup is a software fee, not a CPT fee",
    "form", footer="Alderbank Software, Inc. \u2013 Proposal P-3318 \u2013 {page}",
    blocks=[
        ("title", "Proposal P-3318"),
        ("center", "Alderbank Software, Inc. \u00b7 250 Granite Street, Manchester, NH 03101"),
        P("<b>For:</b> Seacoast Family Health Center, Inc., Portsmouth, NH \u2014 5 physicians, 2 nurse practitioners, 14 staff<br/><b>Date:</b> September 22, 2025 \u00b7 <b>Valid for:</b> 45 days"),
        ("h", "Software"),
        ("tbl", [["Item", "Unit", "Qty", "Price", "Monthly"],
                 ["Alderbank Chart (clinician licence)", "per provider / month", "7", "$310.00", "$2,170.00"],
                 ["Alderbank Front Office (staff licence)", "per user / month", "14", "$45.00", "$630.00"],
                 ["Coding Assistant \u2013 CPT\u00ae and ICD-10 lookup, E/M calculator", "per user / month", "4", "$40.00", "$160.00"],
                 ["CPT\u00ae content licence", "\u2013", "\u2013", "no separate charge", "\u2013"],
                 ["Lab and imaging interfaces (2)", "per interface / month", "2", "$150.00", "$300.00"]],
         {"ruled": False, "widths": [3.4, 1.6, 0.5, 1.2, 1], "right_cols": (2, 3, 4)}),
        P("Footnote: Alderbank is an AMA-authorized CPT distributor. The royalty for CPT content used in Alderbank products is paid by Alderbank and is reflected in the software prices above; it is not invoiced separately."),
        ("h", "Services"),
        ("tbl", [["Item", "Price"],
                 ["Project management and configuration", "$6,000.00"],
                 ["On-site go-live support (3 days)", "$4,500.00"]],
         {"ruled": False, "widths": [5, 1.5], "right_cols": (1,)}),
        ("h", "Conditions"),
        ("bul", ["This proposal becomes binding when signed by both parties and is governed by the Alderbank Master License Agreement.",
                 "Annual fee adjustments on renewal are limited to the lesser of 5% or CPI-U.",
                 "Travel expenses are billed at cost and capped at $2,000 per trip.",
                 "All support, hosting and HIPAA terms are as set out in the Master License Agreement and its Business Associate Addendum."]),
        sig(("Alderbank Software, Inc.", "Kevin Moreau", "Regional Sales Manager"),
            ("Seacoast Family Health Center, Inc.", "Linda Pearce", "Chief Executive Officer")),
    ])

add("mistral_licence_brit_borne_by_supplier.pdf", "Mistral Clinical Systems Ltd", "vendor_covers", None,
    "British-spelling licence (A4): Supplier holds an AMA distribution licence and bears all royalties out of the Charges; Customer pays no further sum",
    "brit", pagesize=A4, footer="Mistral Clinical Systems Ltd \u2013 Customer Licence \u2013 {page}",
    blocks=[
        ("title", "CUSTOMER LICENCE AGREEMENT"),
        P("THIS AGREEMENT is made on 3 February 2025 BETWEEN:"),
        P("(1) <b>Mistral Clinical Systems Ltd</b>, a company incorporated in Scotland (company number SC612345) whose registered office is at 9 Albyn Place, Aberdeen AB10 1YH (the \u201cSupplier\u201d); and"),
        P("(2) <b>Cascade Allergy and Asthma Center, P.C.</b>, a professional corporation organised under the laws of the State of Oregon (the \u201cCustomer\u201d)."),
        H("1. Definitions"),
        P("In this Agreement \u201cCharges\u201d means the licence and support charges set out in Schedule 2; \u201cAuthorised User\u201d means an employee or contractor of the Customer authorised to use the Software; \u201cSoftware\u201d means the Mistral Immunology Suite."),
        H("2. Grant of licence"),
        P("2.1 The Supplier grants the Customer a non-exclusive licence to use the Software for the Term for the purposes of its clinical practice in the United States. 2.2 The Customer shall not permit use of the Software by any person other than an Authorised User."),
        H("3. Third-party content"),
        P("3.1 The Supplier holds a distribution licence from the American Medical Association in respect of the CPT\u00ae code set and sublicenses the CPT content contained in the Software to the Customer for use by Authorised Users within the Software only."),
        P("3.2 All royalties due to the American Medical Association in respect of the Customer\u2019s use of CPT content are borne by the Supplier out of the Charges, and the Customer shall pay no further sum in respect of CPT content."),
        P("3.3 The Customer shall not copy, distribute or create derivative works of the CPT content."),
        H("4. Charges"),
        P("4.1 The Customer shall pay the Charges, being a licence charge of US$4,800 per annum per clinic and a support charge of US$1,200 per annum per clinic, annually in advance."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 5,
           V="Supplier", C="Customer", voice="brit", state="Oregon") + [
        sig(("Mistral Clinical Systems Ltd", "Fiona MacLeod", "Director"),
            ("Cascade Allergy and Asthma Center, P.C.", "Dr Raj Patel", "President")),
    ])

add("gannetfield_sublicense_no_fee.pdf", "Gannetfield Technologies, Inc.", "vendor_covers", None,
    "EULA granting a CPT sublicence (AMA notices, FARS/DFARS) with no CPT fee anywhere; vendor covers by inference from sublicence + no fee",
    "formal", footer="Gannetfield Technologies, Inc. \u2013 EULA \u2013 {page}",
    blocks=[
        ("title", "GANNETFIELD END USER LICENSE AGREEMENT"),
        P("This End User License Agreement (\u201cEULA\u201d) is between <b>Gannetfield Technologies, Inc.</b>, a New Jersey corporation (\u201cGannetfield\u201d), and the health care organization that has purchased a subscription to Gannetfield Chart (\u201cLicensee\u201d). It applies in addition to the subscription agreement between Gannetfield and Licensee."),
        H("1. Software License"),
        P("1.1 Gannetfield grants Licensee a non-exclusive, non-transferable license to use Gannetfield Chart, in object code form or as a hosted service, for Licensee\u2019s internal operations during the subscription term."),
        P("1.2 Licensee may not sublicense, rent or lease the software, or use it to process data for any other entity."),
        H("2. CPT Sublicense"),
        P("2.1 Gannetfield Chart contains CPT\u00ae content. Under its license agreement with the American Medical Association, Gannetfield grants Licensee a non-exclusive, non-transferable sublicense to use CPT content solely within Gannetfield Chart, for internal use by Licensee\u2019s employees and contractors in the United States."),
        P("2.2 Licensee shall not publicly display CPT content, create derivative works, or transfer CPT content to any other entity, including a subsidiary or affiliate. The sublicense terminates if Gannetfield\u2019s license agreement with the AMA terminates."),
        P("2.3 The provision of updated CPT content depends on the continuing relationship between Gannetfield and the AMA."),
        P("2.4 " + AMA_NOTICE.format(yr="2025")),
        P("2.5 " + FARS),
        P("2.6 Licensee acknowledges that the AMA is a third-party beneficiary of this Section 2 and may enforce it directly."),
        H("3. Ownership"),
        P("Gannetfield and its licensors retain all rights in the software and its content. No implied licenses are granted."),
        H("4. Disclaimer"),
        P("THE SOFTWARE AND ALL CONTENT ARE PROVIDED \u201cAS IS\u201d. GANNETFIELD DISCLAIMS ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE. Licensee is solely responsible for clinical and coding decisions."),
        H("5. Limitation of Liability"),
        P("GANNETFIELD\u2019S TOTAL LIABILITY UNDER THIS EULA SHALL NOT EXCEED THE AMOUNTS PAID BY LICENSEE UNDER THE SUBSCRIPTION AGREEMENT IN THE TWELVE MONTHS BEFORE THE CLAIM."),
        H("6. Termination"),
        P("This EULA terminates automatically when the subscription agreement ends. Sections 2.2, 3, 4 and 5 survive."),
        H("7. Governing Law"),
        P("This EULA is governed by the laws of the State of New Jersey."),
    ])

add("ironbark_billing_service_vendor_pays.pdf", "Ironbark Billing Solutions, LLC", "vendor_covers", None,
    "Billing-service agreement where 'Provider' is the PRACTICE; Company holds AMA distribution licence, pays the royalties, and charges Provider no CPT fee; 6% of collections is the service fee",
    "formal", footer="Ironbark Billing Solutions \u2013 Revenue Cycle Services Agreement \u2013 {page}",
    blocks=[
        ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
        P("This Revenue Cycle Services Agreement (the \u201cAgreement\u201d) is entered into as of April 1, 2025 by and between <b>Ironbark Billing Solutions, LLC</b>, a Tennessee limited liability company (\u201cCompany\u201d), and <b>Pinewood Women\u2019s Health, PLLC</b>, a Tennessee professional limited liability company (\u201cProvider\u201d)."),
        H("1. Services"),
        P("1.1 Company will provide charge entry, coding review, claim submission, payment posting, denial management and patient statement services for Provider\u2019s professional services (the \u201cServices\u201d), using Company\u2019s proprietary billing platform (the \u201cPlatform\u201d)."),
        P("1.2 Provider\u2019s staff will receive logins to the Platform to enter charges, view reports and respond to coding queries."),
        H("2. Fees"),
        P("2.1 Provider shall pay Company six percent (6%) of Net Collections each month, with a minimum monthly fee of $1,500.00. Patient statements are charged at $0.68 per statement mailed."),
        P("2.2 Company will invoice monthly in arrears; invoices are due within fifteen (15) days."),
        H("3. Code Sets"),
        P("3.1 The Platform contains CPT\u00ae content. Company maintains a distribution license from the American Medical Association covering CPT content in the Platform, and Company, not Provider, pays the associated royalties, including for Provider\u2019s staff who use the Platform."),
        P("3.2 Company does not charge Provider any CPT license, royalty or content fee, and the fees in Section 2 are Provider\u2019s only payment obligation for use of the Platform."),
        P("3.3 Provider\u2019s users shall comply with the AMA end-user notice shown on the Platform login page. This Section does not extend to any system other than the Platform."),
        H("4. Provider Responsibilities"),
        P("4.1 Provider shall deliver complete documentation within two (2) business days after each encounter and remains responsible for the medical necessity and accuracy of services billed in its name."),
    ] + bp(["hipaa", "confidentiality", "liability", "term", "law", "general"], 5,
           V="Company", C="Provider", state="Tennessee") + [
        sig(("Ironbark Billing Solutions, LLC", "Derek Sloan", "Chief Executive Officer"),
            ("Pinewood Women\u2019s Health, PLLC", "Amanda Reyes, MD", "Managing Member")),
    ])

add("kingfisher_plans_terse_included.pdf", "Kingfisher Clinic Cloud, Inc.", "vendor_covers", None,
    "Terse plan sheet bullets: CPT, HCPCS II and ICD-10 included in every plan, no AMA surcharge, vendor pays the royalty; per-user plan prices are distractors",
    "plain", footer="Kingfisher Clinic Cloud, Inc. \u2014 Plans and Pricing (Schedule A to the Subscriber Agreement) \u2014 {page}",
    blocks=[
        ("title", "Plans and Pricing"),
        ("subtitle", "Schedule A to the Kingfisher Subscriber Agreement \u2014 effective 1 January 2025"),
        P("Issued by Kingfisher Clinic Cloud, Inc., 300 Lakeview Pkwy, Madison, WI 53703."),
        H("Plans"),
        ("bul", ["Essentials \u2014 $49 per user per month \u2014 charting, scheduling, e-prescribing",
                 "Professional \u2014 $79 per user per month \u2014 adds billing, claims, payment posting",
                 "Enterprise \u2014 $109 per user per month \u2014 adds analytics, API access, SSO"]),
        H("Included in every plan"),
        ("bul", ["CPT\u00ae, HCPCS Level II and ICD-10-CM code sets, with annual updates",
                 "No AMA surcharge and no separate CPT charge \u2014 Kingfisher pays the AMA royalty under its distribution licence",
                 "Unlimited e-fax (fair use)",
                 "Business Associate Agreement"]),
        H("Add-ons"),
        ("bul", ["Telehealth \u2014 $15 per provider per month",
                 "Text reminders \u2014 $0.03 per message",
                 "Clearinghouse claims \u2014 $0.22 per claim"]),
        H("Billing rules"),
        ("bul", ["Billed monthly in advance by card or ACH",
                 "Annual prepay: 10% discount",
                 "Price changes: 60 days\u2019 notice, no more than once every 12 months",
                 "Users removed mid-month are billed to month end"]),
        P("This Schedule forms part of the Kingfisher Subscriber Agreement. If this Schedule conflicts with the Subscriber Agreement on price, this Schedule controls."),
    ])

add("lanternfish_other_product_fee.pdf", "Lanternfish Health Software, Inc.", "vendor_covers", None,
    "MSA + product schedule: royalty included for the PM Suite ordered; a $21/learner/year CPT fee applies only to Coding Academy, which is expressly not ordered",
    "formal", footer="Lanternfish Health Software, Inc. \u2013 Customer Agreement and Product Schedule \u2013 {page}",
    blocks=[
        ("title", "CUSTOMER AGREEMENT"),
        preamble("Customer Agreement", "May 12, 2025", "Lanternfish Health Software, Inc.", "Lanternfish",
                 "a Maryland corporation", "Chesapeake Gastroenterology Associates, P.A.", "Customer", "a Maryland professional association"),
        H("1. Products"),
        P("1.1 Customer orders the Lanternfish products listed as \u201cOrdered\u201d in the Product Schedule. Products listed as \u201cNot ordered\u201d are described for information only and are not provided under this Agreement."),
        P("1.2 Lanternfish grants Customer a non-exclusive right during the Term for its users to access the Ordered products for Customer\u2019s internal purposes."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 2,
           V="Lanternfish", C="Customer", state="Maryland") + [
        sig(("Lanternfish Health Software, Inc.", "Gregory Pham", "SVP Sales"),
            ("Chesapeake Gastroenterology Associates, P.A.", "Helen Tsai, MD", "President")),
        ("br",),
        H("PRODUCT SCHEDULE"),
        ("tbl", [["Product", "Status", "Quantity", "Fee"],
                 ["Lanternfish PM Suite (scheduling, billing, claims, reporting)", "Ordered", "12 users", "$92.00 per user per month"],
                 ["Lanternfish Endoscopy Writer", "Ordered", "5 physicians", "$180.00 per physician per month"],
                 ["Lanternfish Coding Academy (e-learning for coders)", "Not ordered", "\u2013", "see note 2"]],
         {"ruled": True, "widths": [3.4, 1.1, 1.1, 2]}),
        P("Note 1 \u2013 CPT content in Ordered products. Lanternfish is a party to a distribution agreement with the American Medical Association. The CPT\u00ae royalty for users of the PM Suite and Endoscopy Writer is included in the fees shown above and is paid by Lanternfish."),
        P("Note 2 \u2013 Coding Academy. Customers who purchase Coding Academy pay a CPT content fee of $21.00 per learner per year in addition to the Coding Academy subscription, because Coding Academy reproduces CPT guidelines in its course material. Coding Academy has not been ordered by Customer."),
    ])

add("saltmarsh_passive_borne_by_licensor.pdf", "Saltmarsh Systems Corporation", "vendor_covers", None,
    "Passive-voice licence: AMA royalties for embedded CPT 'are borne by Licensor and are reflected in the Fees'; no CPT charge is to be invoiced to Licensee",
    "formal", footer="Saltmarsh Systems Corporation \u2013 License Agreement \u2013 {page}",
    blocks=[
        ("title", "SOFTWARE LICENSE AGREEMENT"),
        preamble("Software License Agreement", "November 3, 2024", "Saltmarsh Systems Corporation", "Licensor",
                 "a Delaware corporation", "Tidal Creek Pulmonary Associates, LLC", "Licensee", "a Georgia limited liability company"),
        H("1. License Grant"),
        P("1.1 Subject to payment of the Fees, Licensee is granted a non-exclusive, non-transferable license to use the Saltmarsh PFT and sleep-study reporting platform (the \u201cPlatform\u201d) at its facilities during the Term."),
        P("1.2 Licensee is not permitted to sublicense the Platform or to allow it to be used for the benefit of any third party."),
        H("2. Embedded Content"),
        P("2.1 CPT\u00ae content is embedded in the Platform under a distribution agreement entered into between Licensor and the American Medical Association. Use of that content by Licensee is permitted only within the Platform."),
        P("2.2 Royalties owed to the American Medical Association for the CPT content embedded in the Platform are borne by Licensor and are reflected in the Fees set out in Exhibit A. No royalty, surcharge or content fee for CPT shall be invoiced to Licensee."),
        P("2.3 The AMA end-user notice is displayed within the Platform and is to be accepted by each user before CPT content is accessed."),
        H("3. Fees"),
        P("3.1 The Fees are set out in Exhibit A and are invoiced annually in advance."),
    ] + bp(["confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 4,
           V="Licensor", C="Licensee", state="Georgia") + [
        sig(("Saltmarsh Systems Corporation", "Victor Alvarez", "General Counsel"),
            ("Tidal Creek Pulmonary Associates, LLC", "Mei Chen, MD", "Managing Member")),
        H("EXHIBIT A \u2013 FEES"),
        ("tbl", [["Item", "Fee"],
                 ["Platform license, up to 3 reading physicians", "$14,400 per year"],
                 ["Additional reading physician", "$3,600 per year"],
                 ["Device interfaces (spirometers, PSG systems)", "$900 per device per year"]],
         {"ruled": True, "widths": [4.5, 2]}),
    ])

add("verdigris_orderform_waived.pdf", "Verdigris Medical Cloud, LLC", "vendor_covers", None,
    "Ruled order form; 'AMA CPT royalty' row marked 'Waived (paid by Verdigris)' among per-provider subscription rows; 4% increase cap is a distractor",
    "form", header="VERDIGRIS MEDICAL CLOUD, LLC \u2014 ORDER FORM VMC-0917", footer="{page}",
    blocks=[
        ("title", "Order Form VMC-0917"),
        P("<b>Vendor:</b> Verdigris Medical Cloud, LLC, 18 Foundry Street, Providence, RI 02903<br/><b>Customer:</b> Narragansett Urology, Inc., 700 Post Road, Warwick, RI 02888<br/><b>Order date:</b> January 27, 2025 \u00b7 <b>Initial term:</b> 3 years"),
        ("tbl", [["#", "Description", "Basis", "Frequency", "Qty", "Rate"],
                 ["1", "Verdigris Urology EHR", "per provider", "monthly", "6", "$365.00"],
                 ["2", "Verdigris Revenue Cycle", "per provider", "monthly", "6", "$140.00"],
                 ["3", "AMA CPT\u00ae royalty", "per provider", "annual", "6", "Waived (paid by Verdigris)"],
                 ["4", "Uroflow device integration", "per device", "monthly", "2", "$60.00"],
                 ["5", "Implementation", "fixed", "one-time", "1", "$7,500.00"]],
         {"ruled": True, "widths": [0.3, 2.6, 1.1, 1, 0.5, 1.7], "right_cols": (4,)}),
        ("h", "Special terms"),
        P("1. Recurring rates may increase on each anniversary of the order date by no more than 4%."),
        P("2. Line 3: Verdigris pays the American Medical Association royalty for CPT\u00ae content used by Customer\u2019s providers and staff within the Verdigris platform. No CPT royalty will be invoiced to Customer during the term of this Order Form."),
        P("3. This Order Form is subject to the Verdigris Master Subscription Agreement, including its Business Associate Agreement, limitation of liability and confidentiality terms."),
        P("4. Customer may add providers at the rates above; additions are co-terminous with the initial term."),
        sig(("Verdigris Medical Cloud, LLC", "Paul Ferreira", "Chief Commercial Officer"),
            ("Narragansett Urology, Inc.", "Steven Amato, MD", "President")),
    ])

add("bramblecote_plain_we_cover_it.pdf", "Bramblecote Health Apps, Inc.", "vendor_covers", None,
    "Plain-English terms: 'we don't add a CPT fee' and absorb any AMA increase (the +$0.50/yr history is a distractor)",
    "plain", footer="Bramblecote Terms of Use \u2013 {page}",
    blocks=[
        ("title", "Bramblecote Terms of Use"),
        ("subtitle", "For practices using Bramblecote Notes and Bramblecote Billing \u2013 version 7, 1 March 2025"),
        P("These terms form a contract between your practice (\u201cyou\u201d) and Bramblecote Health Apps, Inc. (\u201cBramblecote\u201d, \u201cwe\u201d, \u201cus\u201d). Your plan and price are shown on the checkout page when you subscribe."),
        H("1. Your subscription"),
        P("You pay a monthly fee for each clinician and each staff member with a login. We\u2019ll remind you 30 days before any price change. You can change plans at any time and the new price applies from your next billing date."),
        H("2. CPT codes \u2013 we\u2019ve got it covered"),
        P("Bramblecote Billing uses CPT\u00ae codes, which belong to the American Medical Association. We have a distribution licence from the AMA and we pay the royalty for all of your users. We don\u2019t add a CPT fee to your bill, now or later in the year."),
        P("Even if the AMA raises its royalty \u2013 historically it has gone up by around fifty cents a year \u2013 we absorb the increase rather than passing it on. The only thing we ask is that your users accept the short AMA end-user notice the first time they open the billing screens."),
    ] + bp(["accounts", "payment", "hipaa", "data", "confidentiality", "warranty", "liability", "term", "support", "law", "general"], 3,
           voice="plain", state="Oregon"),
    )


# ===========================================================================
# CUSTOMER MUST LICENSE
# ===========================================================================

add("ama_internal_use_license_prairiehills.pdf", "American Medical Association", "customer_must_license", None,
    "An AMA internal-use licence signed by the practice directly with the AMA (counting-users model, entity fee + $18.50/user royalty schedule)",
    "formal", ama_license=True, footer="AMA Internal Use License Agreement \u2013 Licensee: Prairie Hills Family Physicians, P.C. \u2013 Page {page}",
    blocks=[
        ("title", "INTERNAL USE LICENSE AGREEMENT"),
        ("subtitle", "Current Procedural Terminology (CPT\u00ae) \u2013 Counting Users Model"),
        P("This Internal Use License Agreement (the \u201cAgreement\u201d) is made effective January 1, 2025 (the \u201cEffective Date\u201d) by and between the <b>American Medical Association</b>, an Illinois not-for-profit corporation with offices at AMA Plaza, 330 North Wabash Avenue, Chicago, Illinois 60611 (\u201cAMA\u201d), and <b>Prairie Hills Family Physicians, P.C.</b>, a Kansas professional corporation with offices at 2100 Wheatland Drive, Salina, Kansas 67401 (\u201cLicensee\u201d)."),
        H("1. Definitions"),
        P("1.1 \u201cLicensed Product\u201d means the CPT Standard data file for each annual release made available to Licensee during the Term, including codes, descriptors and guidelines."),
        P("1.2 \u201cUser\u201d means each individual who (a) accesses, uses or manipulates the Licensed Product; (b) accesses, uses or manipulates a system that contains the Licensed Product to produce output that could not be produced without it; or (c) uses such output in the course of his or her duties. Users are counted by individual and not by concurrent access."),
        P("1.3 \u201cLicensee Application\u201d means each software application identified in Attachment 2 in which Licensee uses the Licensed Product."),
        H("2. Grant of License"),
        P("2.1 Subject to the terms of this Agreement and payment of the royalties in Attachment 1, AMA grants Licensee a non-exclusive, non-transferable license to use the Licensed Product within the Licensee Applications solely for Licensee\u2019s internal business purposes in the United States."),
        P("2.2 Licensee shall not distribute, sublicense, sell or otherwise make the Licensed Product available to any third party, including any affiliate or separate legal entity, and shall not create derivative works."),
        H("3. Royalties and Reports"),
        P("3.1 Licensee shall pay AMA the royalties calculated in accordance with Attachment 1 for each annual release. Royalties for the first annual release are due within thirty (30) days after the Effective Date; thereafter, royalties are due on or before January 31 of each year."),
        P("3.2 With each payment, Licensee shall submit a report identifying each Licensee Application and the number of Users for that application. If the number of Users increases during a year, Licensee shall report and pay for the additional Users within thirty (30) days."),
        P("3.3 AMA or its designee may, on reasonable notice and not more than once in any twelve-month period, audit Licensee\u2019s records relating to User counts. If an audit reveals an underpayment of more than five percent (5%), Licensee shall reimburse the reasonable cost of the audit."),
        H("4. Term and Termination"),
        P("4.1 This Agreement continues for one year from the Effective Date and renews automatically for successive one-year terms unless either party gives sixty (60) days\u2019 notice of non-renewal. Either party may terminate for material breach not cured within thirty (30) days of notice."),
        P("4.2 Upon termination Licensee shall cease use of the Licensed Product and destroy all copies, and shall certify such destruction in writing."),
        H("5. Notices and Disclaimers"),
        P("5.1 Licensee shall include AMA\u2019s copyright notice on any internal reports that display CPT descriptors. " + AMA_NOTICE.format(yr="2024")),
        P("5.2 THE LICENSED PRODUCT IS PROVIDED \u201cAS IS\u201d WITHOUT WARRANTY OF ANY KIND. AMA\u2019S TOTAL LIABILITY SHALL NOT EXCEED THE ROYALTIES PAID BY LICENSEE IN THE PRECEDING TWELVE MONTHS."),
        H("6. General"),
        P("This Agreement is governed by the laws of the State of Illinois. It constitutes the entire agreement of the parties regarding the Licensed Product and may be amended only in writing signed by both parties."),
        sig(("American Medical Association", "Authorized Signatory", "CPT Intellectual Property Services"),
            ("Prairie Hills Family Physicians, P.C.", "Gloria Stanton", "Practice Administrator")),
        ("br",),
        H("ATTACHMENT 1 \u2013 ROYALTY SCHEDULE"),
        ("tbl", [["Annual release", "Royalty"],
                 ["CPT Standard 2025", "Then-current Entity Fee plus $18.50 for each User"],
                 ["CPT Standard 2026", "Then-current Entity Fee plus $18.50 for each User"]],
         {"ruled": True, "widths": [2, 4.5]}),
        P("The Entity Fee is payable once per legal entity per annual release, regardless of the number of Licensee Applications. The per-User royalty is payable for each User of each Licensee Application."),
        H("ATTACHMENT 2 \u2013 LICENSEE APPLICATIONS"),
        ("tbl", [["Application", "Vendor", "Reported Users"],
                 ["Practice management system (locally hosted)", "Licensee-maintained", "14"],
                 ["Internal charge-audit spreadsheet tools", "Licensee-maintained", "3"]],
         {"ruled": True, "widths": [3.2, 2, 1.3]}),
    ])

add("ama_internal_use_renewal_summit.pdf", "American Medical Association", "customer_must_license", None,
    "AMA internal-use licence renewal and royalty report form signed by the practice (user-proxy model; a computed $748.50 total is not a vendor fee)",
    "form", ama_license=True, header="AMERICAN MEDICAL ASSOCIATION \u2022 CPT INTELLECTUAL PROPERTY SERVICES", footer="Form IU-R (2025) \u2022 Page {page}",
    blocks=[
        ("title", "Internal Use License \u2013 Renewal and Royalty Report"),
        ("center", "License No. IU-2025-04417 \u2022 Annual Release: CPT 2025"),
        ("tbl", [["Licensor", "American Medical Association, AMA Plaza, 330 N. Wabash Ave., Chicago, IL 60611"],
                 ["Licensee", "Summit Orthopaedic Partners, LLC, 1200 Alpine Way, Ogden, UT 84403"],
                 ["Licensing model", "User Proxy Model (ambulatory EHR / PM)"],
                 ["Term of renewal", "January 1, 2025 \u2013 December 31, 2025"]],
         {"ruled": True, "header": False, "widths": [1.6, 5.4]}),
        ("h", "Part A \u2013 Applications covered"),
        ("tbl", [["Application", "Type", "Base metric", "Proxy users"],
                 ["OrthoChart (self-hosted EHR, licensee-loaded CPT file)", "EHR/PM", "9 physicians \u00d7 4", "36"]],
         {"ruled": True, "widths": [3.5, 1, 1.5, 1]}),
        ("h", "Part B \u2013 Royalty calculation"),
        ("tbl", [["Component", "Rate", "Quantity", "Amount"],
                 ["Entity Fee (assumed at 2024 level pending AMA notice)", "$82.50", "1", "$82.50"],
                 ["CPT Standard royalty", "$18.50 per User", "36", "$666.00"],
                 ["Total due", "", "", "$748.50"]],
         {"ruled": True, "widths": [3.2, 1.5, 1, 1.3], "right_cols": (1, 2, 3)}),
        ("h", "Part C \u2013 Terms of renewal"),
        P("1. By signing below, Licensee renews its Internal Use License Agreement with the American Medical Association for the term stated above, on the terms of that agreement as last amended, and agrees to pay the total due within thirty (30) days of the invoice date."),
        P("2. Licensee confirms that the CPT data file used in the application listed in Part A was obtained from the AMA under this license and that no other legal entity uses it."),
        P("3. Licensee shall report any increase in physicians, and therefore in proxy users, within thirty (30) days, and shall pay the royalty for the additional users."),
        P("4. Licensee acknowledges that this license covers only the application listed in Part A. Any other application containing CPT content must be covered by a license from the AMA or from an AMA-authorized distributor."),
        P("5. The AMA may audit Licensee\u2019s physician counts on reasonable notice."),
        ("h", "Certification"),
        P("I certify that the information in this report is accurate and complete and that I am authorized to sign on behalf of the Licensee."),
        sig(("Summit Orthopaedic Partners, LLC", "Brian Kessler", "Chief Financial Officer"),
            ("American Medical Association", "Licensing Associate", "CPT Intellectual Property Services")),
    ])

add("rookery_clearinghouse_no_sublicense.pdf", "Rookery Claims Network, Inc.", "customer_must_license", None,
    "Clearinghouse agreement where 'Provider' is the PRACTICE; 'Rookery does not sublicense CPT to Provider' and Provider must hold its own AMA or distributor licence; per-claim fees are distractors",
    "formal", footer="Rookery Claims Network, Inc. \u2013 Submitter Agreement \u2013 Page {page}",
    blocks=[
        ("title", "ELECTRONIC CLAIMS SUBMITTER AGREEMENT"),
        P("This Electronic Claims Submitter Agreement (\u201cAgreement\u201d) is made as of February 18, 2025 between <b>Rookery Claims Network, Inc.</b>, a Missouri corporation (\u201cRookery\u201d), and <b>Gateway Neurology Associates, LLC</b>, a Missouri limited liability company, together with the individual practitioners who bill under its group enrollment (collectively, \u201cProvider\u201d)."),
        H("1. Services"),
        P("1.1 Rookery will accept Provider\u2019s electronic claim files, validate them against HIPAA X12 standards and payer companion guides, and route them to payers. Rookery will return acknowledgments, claim status and remittance files to Provider\u2019s designated mailbox."),
        P("1.2 Rookery acts solely as a conduit and does not review claims for coding accuracy or medical necessity."),
        H("2. Fees"),
        P("2.1 Provider shall pay $0.32 per professional claim, $0.15 per ERA and a monthly mailbox fee of $25.00. Fees are debited monthly in arrears."),
        H("3. Code Sets"),
        P("3.1 Claim files that Provider submits will contain CPT\u00ae, HCPCS and ICD-10-CM codes generated by Provider\u2019s own practice management system. Rookery does not sublicense CPT to Provider, does not supply CPT content, and does not pay any royalty to the American Medical Association on Provider\u2019s behalf."),
        P("3.2 Provider represents that it holds, and shall maintain throughout the Term, a valid licence to use CPT obtained from the American Medical Association or from an AMA-authorized distributor, covering every application in which Provider creates or views the claim data it submits through Rookery, including the Rookery web portal."),
        P("3.3 Provider shall indemnify Rookery against any claim by the American Medical Association arising from Provider\u2019s failure to hold such a licence."),
    ] + bp(["hipaa", "confidentiality", "warranty", "liability", "term", "law", "general"], 4,
           V="Rookery", C="Provider", state="Missouri") + [
        sig(("Rookery Claims Network, Inc.", "Terrence Bell", "VP, Network Operations"),
            ("Gateway Neurology Associates, LLC", "Monica Hale", "Revenue Cycle Director")),
    ])

add("peregrine_license_customer_imports_codes.pdf", "Peregrine Ledger Software, LLC", "customer_must_license", None,
    "On-premise PM software licence: ships without CPT; customer imports its own code files and must license CPT from the AMA or a distributor at its own cost",
    "formal", footer="Peregrine Ledger Software, LLC \u2013 Perpetual License Agreement \u2013 {page}",
    blocks=[
        ("title", "PERPETUAL SOFTWARE LICENSE AGREEMENT"),
        preamble("Perpetual Software License Agreement", "July 22, 2024", "Peregrine Ledger Software, LLC", "Peregrine",
                 "an Idaho limited liability company", "Snake River Eye Care, P.A.", "Customer", "an Idaho professional association"),
        H("1. License"),
        P("1.1 Upon payment of the License Fee, Peregrine grants Customer a perpetual, non-exclusive, non-transferable license to install and use Peregrine Ledger (the \u201cSoftware\u201d) on servers owned or controlled by Customer, for up to the number of workstations stated in Schedule 1."),
        P("1.2 The License Fee is a one-time fee of $18,000. Annual maintenance and support is $3,240 per year, beginning on the first anniversary of installation."),
        H("2. Code Files"),
        P("2.1 The Software is delivered without CPT\u00ae content. Customer will import its own procedure code files, fee schedules and descriptors using the Software\u2019s code-table import utility."),
        P("2.2 Customer is solely responsible for obtaining, from the American Medical Association or an AMA-authorized distributor, a licence to use CPT that covers every user of the Software, and for paying all royalties associated with that licence. Peregrine does not distribute CPT and grants no rights in it."),
        P("2.3 Peregrine\u2019s support staff may view code tables while resolving support requests; Customer\u2019s licence shall permit such access."),
    ] + bp(["support", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Peregrine", C="Customer", state="Idaho") + [
        sig(("Peregrine Ledger Software, LLC", "Curtis Rowe", "Owner"),
            ("Snake River Eye Care, P.A.", "Natalie Byrne, OD", "President")),
    ])

add("meadowlark_terms_if_you_upload.pdf", "Meadowlark Scheduling and Billing, Inc.", "customer_must_license", None,
    "Plain-English terms with a condition: the service contains no CPT; if you upload CPT codes or descriptions you must first hold your own AMA licence; the service requires uploading a fee schedule",
    "plain", footer="Meadowlark Terms \u2013 page {page}",
    blocks=[
        ("title", "Meadowlark Subscriber Terms"),
        ("subtitle", "Effective 1 June 2025"),
        P("These terms are between Meadowlark Scheduling and Billing, Inc. (\u201cMeadowlark\u201d, \u201cwe\u201d) and the practice that subscribes (\u201cyou\u201d)."),
        H("1. The service"),
        P("Meadowlark is an online scheduling, invoicing and claims tool for small therapy and counselling practices. To bill insurers, you set up your services by uploading a fee schedule listing the procedure codes you bill and your charge for each."),
        H("2. Procedure codes"),
        P("Meadowlark does not come with CPT\u00ae codes or descriptions; the service contains only the codes you put into it. If you upload a fee schedule or code list that includes CPT codes or descriptions, you must first have your own licence for CPT from the American Medical Association (or from another authorised distributor) that covers everyone in your practice who uses Meadowlark, and you confirm that you have one each time you upload."),
        P("We don\u2019t sell CPT licences and we don\u2019t pay the AMA for your use of CPT. If the AMA asks us whether you are licensed, we may tell it that you use Meadowlark."),
        H("3. Price"),
        P("Meadowlark costs $29 per month for one clinician and $12 per month for each additional clinician."),
    ] + bp(["accounts", "payment", "hipaa", "data", "confidentiality", "warranty", "liability", "term", "law", "general"], 4,
           voice="plain", state="Kansas"),
    )

add("osprey_analytics_provider_is_vendor.pdf", "Osprey Data Works, Inc.", "customer_must_license", None,
    "Software licence where 'Provider' means the VENDOR; relative clause 'a licence from the AMA, which Licensee shall procure and maintain at its own expense'",
    "formal", footer="Osprey Data Works, Inc. \u2013 Analytics Subscription Agreement \u2013 {page}",
    blocks=[
        ("title", "ANALYTICS SUBSCRIPTION AGREEMENT"),
        P("This Analytics Subscription Agreement (\u201cAgreement\u201d) is entered into as of March 30, 2025 by <b>Osprey Data Works, Inc.</b>, a Florida corporation (\u201cProvider\u201d), and <b>Lakeview Surgical Associates, LLC</b>, a Florida limited liability company (\u201cLicensee\u201d)."),
        H("1. Definitions"),
        P("\u201cAnalytics Module\u201d means Provider\u2019s hosted revenue and productivity analytics service. \u201cLicensee Data\u201d means claim, remittance and scheduling data that Licensee or its practice management vendor transmits to Provider. \u201cAuthorized User\u201d means an employee of Licensee with credentials issued by Provider."),
        H("2. Subscription"),
        P("2.1 Provider grants Licensee a non-exclusive right for Authorized Users to access the Analytics Module during the Term. 2.2 Licensee shall pay a subscription fee of $1,250.00 per month for up to ten (10) Authorized Users and $95.00 per month for each additional Authorized User."),
        H("3. Procedure Codes"),
        P("3.1 The Analytics Module reads the procedure codes contained in Licensee Data and displays them, with Licensee\u2019s own code descriptions, in dashboards and reports. Provider does not supply any CPT\u00ae descriptors."),
        P("3.2 Licensee may use the CPT code set with the Analytics Module only under a licence from the American Medical Association, which Licensee shall procure and maintain at its own expense and which shall extend to all Authorized Users. Provider does not distribute CPT, grants no rights in it, and is not responsible for any royalty arising from Licensee\u2019s use of it."),
    ] + bp(["confidentiality", "hipaa", "data", "warranty", "liability", "term", "law", "general"], 4,
           V="Provider", C="Licensee", state="Florida") + [
        sig(("Osprey Data Works, Inc.", "Jonathan Pike", "Chief Executive Officer"),
            ("Lakeview Surgical Associates, LLC", "Rachel Dunn", "Practice Director")),
    ])

add("cormorant_msa_pointclick_not_enough.pdf", "Cormorant Practice Solutions, LLC", "customer_must_license", None,
    "MSA stating a Medicare contractor point-and-click CPT licence covers CMS materials only, not the vendor platform; vendor is not a distributor; customer must license from AMA",
    "formal", footer="Cormorant Practice Solutions, LLC \u2013 Master Agreement \u2013 {page}",
    blocks=[
        ("title", "MASTER SOFTWARE AND SERVICES AGREEMENT"),
        preamble("Master Software and Services Agreement", "January 13, 2025", "Cormorant Practice Solutions, LLC", "Cormorant",
                 "a Louisiana limited liability company", "Bayou Family Clinic, LLC", "Customer", "a Louisiana limited liability company"),
        H("1. Platform"),
        P("1.1 Cormorant provides a hosted practice management platform with scheduling, billing and reporting functions (the \u201cPlatform\u201d). Customer loads its own fee schedules and procedure codes into the Platform."),
        P("1.2 Customer shall pay the platform fee of $650.00 per month for up to five providers, plus $110.00 per month for each additional provider."),
        H("2. CPT"),
        P("2.1 Cormorant is not an authorized distributor of CPT\u00ae and the Platform does not include CPT content supplied by Cormorant."),
        P("2.2 Customer acknowledges that any \u201cEnd User/Point and Click\u201d licence for CPT that Customer or its staff accept on the website of a Medicare Administrative Contractor or of the Centers for Medicare and Medicaid Services permits use of CPT only as contained in that contractor\u2019s or CMS\u2019s own materials, for programs administered by CMS, and does not extend to the Platform."),
        P("2.3 Accordingly, Customer shall obtain, at Customer\u2019s cost, a licence to use CPT from the American Medical Association (or from an AMA-authorized distributor) that covers each of its users of the Platform, and shall provide evidence of that licence to Cormorant on request."),
    ] + bp(["confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Cormorant", C="Customer", state="Louisiana") + [
        sig(("Cormorant Practice Solutions, LLC", "Andre Boudreaux", "Managing Member"),
            ("Bayou Family Clinic, LLC", "Celeste Thibodeaux, NP", "Owner")),
        H("APPENDIX \u2013 EXAMPLE OF A CONTRACTOR POINT-AND-CLICK NOTICE (for reference only)"),
        ("small", "The following is the kind of notice displayed on the Gulf States Medicare Services portal, a Medicare contractor, before fee schedule look-ups. It is reproduced to illustrate Section 2.2 and is not a licence granted by Cormorant: \u201cYou, your employees and agents are authorized to use CPT only as contained in the fee schedules, bulletins and related materials on this site, internally within your organization in the United States, and only for programs administered by CMS. Any other use requires a licence from the AMA.\u201d"),
    ])

add("starlingford_brit_customer_procures_licence.pdf", "Starlingford Health Software Ltd", "customer_must_license", None,
    "British-spelling agreement (A4): Customer solely responsible for procuring an AMA licence for its Authorised Users; Supplier is not a distributor; Licence Fee per annum is software",
    "brit", pagesize=A4, footer="Starlingford Health Software Ltd \u2013 Services Agreement \u2013 page {page}",
    blocks=[
        ("title", "SOFTWARE SERVICES AGREEMENT"),
        P("This Agreement is dated 8 July 2025 and is made between <b>Starlingford Health Software Ltd</b>, a company registered in Northern Ireland with number NI654321, whose registered office is at 4 Linenhall Street, Belfast BT2 8BG (the \u201cSupplier\u201d), and <b>Brookfield Endocrine Associates, P.C.</b>, a New York professional corporation (the \u201cCustomer\u201d)."),
        H("1. Services"),
        P("1.1 The Supplier shall make available to the Customer its diabetes and endocrine care-management platform, StarlingCare, as a hosted service, together with the Support Services. 1.2 The Customer shall pay a Licence Fee of US$7,200 per annum and a Support Fee of US$1,800 per annum."),
        H("2. Code sets"),
        P("2.1 StarlingCare permits the Customer to record procedures and to generate billing summaries. The procedure code tables are populated by the Customer."),
        P("2.2 The Customer shall be solely responsible for procuring, at its own cost, a licence from the American Medical Association (or from an authorised distributor of the American Medical Association) permitting the use of the CPT\u00ae code set by each of its Authorised Users within StarlingCare. The Supplier is not an authorised distributor of CPT and does not sublicense it."),
        P("2.3 ICD-10-CM and SNOMED CT content supplied within StarlingCare is provided without charge."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Supplier", C="Customer", voice="brit", state="New York") + [
        sig(("Starlingford Health Software Ltd", "Declan O\u2019Neill", "Managing Director"),
            ("Brookfield Endocrine Associates, P.C.", "Dr Anita Sharma", "President")),
    ])

add("dunlin_billing_company_client_licenses.pdf", "Dunlin Medical Billing Services, LLC", "customer_must_license", None,
    "Billing-service agreement: biller works inside the client's own PM system; client must maintain all software and CPT licences and count the biller's staff as users",
    "formal", footer="Dunlin Medical Billing Services, LLC \u2013 Services Agreement \u2013 {page}",
    blocks=[
        ("title", "BILLING SERVICES AGREEMENT"),
        P("This Billing Services Agreement (\u201cAgreement\u201d) is entered into on September 2, 2025 between <b>Dunlin Medical Billing Services, LLC</b>, a North Dakota limited liability company (\u201cBilling Company\u201d), and <b>Red River Pediatrics, P.C.</b>, a North Dakota professional corporation (\u201cClient\u201d)."),
        H("1. Scope"),
        P("1.1 Billing Company will perform charge entry, claim submission, payment posting, denial follow-up and monthly reporting for Client\u2019s professional services."),
        P("1.2 Billing Company will perform the services remotely, working within Client\u2019s existing practice management system and clearinghouse account, to which Client will provide Billing Company\u2019s staff with individual logins."),
        H("2. Fees"),
        P("2.1 Client shall pay Billing Company 4.75% of Net Collections, invoiced monthly, with a minimum of $900.00 per month."),
        H("3. Systems and Licences"),
        P("3.1 Client shall, at its own expense, maintain all software licences, clearinghouse subscriptions and code-set licences, including any CPT\u00ae licence required by the American Medical Association, for its practice management system and any other application in which Billing Company\u2019s staff work on Client\u2019s behalf."),
        P("3.2 Client shall include Billing Company\u2019s staff who access CPT in those applications in the user count that Client or its software vendor reports for CPT licensing purposes. Billing Company does not supply CPT content and pays no CPT royalty."),
        H("4. Client Responsibilities"),
        P("4.1 Client shall provide complete, signed documentation and charge tickets within three (3) business days of service and shall be responsible for code selection."),
    ] + bp(["hipaa", "confidentiality", "liability", "term", "law", "general"], 5,
           V="Billing Company", C="Client", state="North Dakota") + [
        sig(("Dunlin Medical Billing Services, LLC", "Kari Olson", "Owner"),
            ("Red River Pediatrics, P.C.", "Mark Halvorson, MD", "President")),
    ])

add("heronsgate_passive_client_obtains.pdf", "Heronsgate Systems, Inc.", "customer_must_license", None,
    "Passive voice: 'A licence to use CPT is required to be obtained by Client directly from the AMA. No licence to CPT is granted, and no CPT royalty is collected, under this Agreement'",
    "formal", footer="Heronsgate Systems, Inc. \u2013 Client Agreement \u2013 {page}",
    blocks=[
        ("title", "CLIENT SERVICES AGREEMENT"),
        preamble("Client Services Agreement", "December 9, 2024", "Heronsgate Systems, Inc.", "Heronsgate",
                 "an Arkansas corporation", "Ozark Hills Rheumatology, PLLC", "Client", "an Arkansas professional limited liability company"),
        H("1. Services"),
        P("1.1 Heronsgate will host and support the Heronsgate infusion-centre management application (the \u201cApplication\u201d), including drug inventory, chair scheduling and charge capture."),
        P("1.2 The service fee is $1,900.00 per month per infusion suite, invoiced monthly."),
        H("2. Code Sets"),
        P("2.1 Charge masters and procedure code tables are maintained in the Application by Client."),
        P("2.2 A licence to use CPT\u00ae is required to be obtained by Client directly from the American Medical Association. No licence to CPT is granted, and no CPT royalty is collected, under this Agreement."),
        P("2.3 HCPCS Level II drug codes and National Drug Codes are loaded by Heronsgate from public federal sources at no charge."),
    ] + bp(["confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Heronsgate", C="Client", state="Arkansas") + [
        sig(("Heronsgate Systems, Inc.", "Philip Granger", "President"),
            ("Ozark Hills Rheumatology, PLLC", "Susan Wheeler, MD", "Managing Member")),
    ])

add("petrel_faq_license_yourself.pdf", "Petrel Notes, LLC", "customer_must_license", None,
    "Web FAQ: product ships without CPT; because you enter codes yourself, your practice must hold its own AMA licence; AMA direct price quoted for information; vendor collects no CPT fee",
    "web", header="help.petrelnotes.example/articles/do-i-need-a-cpt-license                    Printed 4/2/2025",
    footer="Petrel Notes, LLC  \u2022  {page}",
    blocks=[
        ("title", "Do I need a CPT\u00ae licence to use Petrel?"),
        P("This article is published by Petrel Notes, LLC and is incorporated into the Petrel Terms of Service."),
        ("q", "Does Petrel include CPT codes?"),
        ("a", "No. Petrel doesn\u2019t ship with the CPT code set. When you set up your services you type in, or import, the procedure codes your practice uses."),
        ("q", "So do I need a licence?"),
        ("a", "Yes. Because you enter CPT codes into Petrel yourself, the AMA expects your practice to hold its own CPT licence covering every person who uses Petrel. You can apply through the AMA\u2019s licensing portal or buy a licensed data file from an AMA-authorized distributor."),
        ("q", "Does Petrel charge a CPT fee or pay the AMA for me?"),
        ("a", "No. We don\u2019t collect or remit CPT royalties, and there is no CPT line on a Petrel invoice. Your Petrel subscription ($35 per clinician per month) covers the software only."),
        ("q", "What might a direct licence cost?"),
        ("a", "For information only: the AMA\u2019s published internal-use rate for the 2025 release is its entity fee plus $18.50 per user, for each application. Please check the AMA\u2019s current rates before you budget."),
        ("q", "Will my EHR\u2019s CPT licence cover Petrel too?"),
        ("a", "Usually not. The AMA licenses CPT per application, so a licence through another vendor normally covers only that vendor\u2019s product."),
        ("q", "What about ICD-10?"),
        ("a", "ICD-10-CM is free to use and you can import it from the CMS website."),
        ("small", "Last reviewed March 2025 by the Petrel compliance team."),
    ])

add("curlew_orderform_customer_to_license.pdf", "Curlew Health Technologies, Inc.", "customer_must_license", None,
    "Ruled order form with a CPT row reading 'Not supplied by Curlew - Customer to license directly from the AMA - N/A'; $225/provider/month subscription is a distractor",
    "form", header="Curlew Health Technologies, Inc. | Order Form OF-2025-118", footer="Page {page}",
    blocks=[
        ("title", "ORDER FORM OF-2025-118"),
        ("tbl", [["Vendor", "Curlew Health Technologies, Inc., 95 Marsh Road, Charleston, SC 29401"],
                 ["Customer", "Lowcountry Internal Medicine, LLC, 12 Rivers Ave, North Charleston, SC 29405"],
                 ["Effective", "October 1, 2025 for 12 months, auto-renewing"]],
         {"ruled": True, "header": False, "widths": [1.2, 5.8]}),
        ("h", "Fees"),
        ("tbl", [["Item", "Basis", "Qty", "Price", "Notes"],
                 ["Curlew Ambulatory EHR", "per provider / month", "4", "$225.00", "includes e-prescribing"],
                 ["Curlew Billing Console", "per user / month", "3", "$55.00", "billers and coders"],
                 ["AMA CPT\u00ae licence", "\u2013", "\u2013", "N/A", "Not supplied by Curlew \u2013 Customer to license directly from the AMA"],
                 ["ICD-10-CM / HCPCS II tables", "\u2013", "\u2013", "$0.00", "public code sets, included"],
                 ["Setup", "one-time", "1", "$2,000.00", ""]],
         {"ruled": True, "widths": [1.8, 1.4, 0.4, 0.9, 2.6], "right_cols": (2, 3)}),
        ("h", "Order terms"),
        P("1. Curlew does not hold a CPT distribution licence. Customer will load its CPT code tables using the CPT data file it licenses from the American Medical Association, and is responsible for all associated royalties and user reporting."),
        P("2. This Order Form is governed by the Curlew Subscription Terms (version 2.3), including confidentiality, limitation of liability and the Business Associate Agreement."),
        P("3. Fees are invoiced monthly in advance and are payable net 30. Setup is invoiced on signature."),
        P("4. Either party may terminate at the end of any term on 60 days\u2019 written notice."),
        sig(("Curlew Health Technologies, Inc.", "Olivia Grant", "Account Director"),
            ("Lowcountry Internal Medicine, LLC", "Frederick Simmons, MD", "Managing Member")),
    ])

add("avocet_split_across_pages.pdf", "Avocet Clinical Apps, Inc.", "customer_must_license", None,
    "Formal agreement where the CPT sentence is split across a page break: vendor is not a distributor ... [page] ... Customer shall license CPT directly from the AMA at its expense",
    "formal", footer="Avocet Clinical Apps, Inc. \u2013 Subscription Agreement \u2013 Page {page}",
    blocks=[
        ("title", "SUBSCRIPTION AGREEMENT"),
        preamble("Subscription Agreement", "August 18, 2025", "Avocet Clinical Apps, Inc.", "Avocet",
                 "a Utah corporation", "Wasatch Pain Management, PLLC", "Customer", "a Utah professional limited liability company"),
        H("1. Application"),
        P("1.1 Avocet will provide Customer with access to the Avocet procedure-documentation and charge-capture application (the \u201cApplication\u201d) on iOS and web."),
        P("1.2 Customer shall pay $135.00 per month for each clinician account and $40.00 per month for each staff account."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability"], 2, V="Avocet", C="Customer", state="Utah") + [
        H("7. Procedure Codes"),
        P("7.1 The Application lets Customer attach procedure codes to each documented procedure from a code list that Customer maintains. Avocet is not an authorized distributor of the CPT\u00ae code set and does not include CPT content in the Application. Accordingly, Customer"),
        ("br",),
        P("shall license CPT directly from the American Medical Association, at Customer\u2019s expense, for every individual who uses the Application, before loading any CPT codes or descriptors into it."),
        P("7.2 Customer shall indemnify Avocet against any claim by the American Medical Association arising from Customer\u2019s use of CPT in the Application."),
    ] + bp(["term", "law", "general"], 8, V="Avocet", C="Customer", state="Utah") + [
        sig(("Avocet Clinical Apps, Inc.", "Trevor Nash", "Chief Operating Officer"),
            ("Wasatch Pain Management, PLLC", "Kendra Moss, MD", "Managing Member")),
    ])


# ===========================================================================
# NOT ADDRESSED
# ===========================================================================

add("wagtail_reminders_terms_no_cpt.pdf", "Wagtail Reminders, Inc.", "not_addressed", None,
    "Plain-English terms for an appointment-reminder service; no CPT or code sets at all",
    "plain", footer="Wagtail Reminders \u2013 Terms of Service \u2013 {page}",
    blocks=[
        ("title", "Wagtail Terms of Service"),
        ("subtitle", "Effective 10 February 2025"),
        P("These terms are between Wagtail Reminders, Inc. (\u201cWagtail\u201d, \u201cwe\u201d) and the clinic or practice that creates a Wagtail account (\u201cyou\u201d)."),
        H("1. What we do"),
        P("Wagtail sends appointment reminders, recall notices and two-way text messages to your patients, using appointment data synchronised from your scheduling system. We also provide a simple dashboard showing confirmations and cancellations."),
        H("2. Prices"),
        P("The Wagtail Basic plan is $49 per location per month and includes 1,000 text messages. Additional messages cost $0.04 each. Voice reminders cost $0.09 per call. Prices are in US dollars."),
        H("3. Messaging rules"),
        P("You confirm that you have each patient\u2019s consent to receive text messages and that you will honour opt-outs, which Wagtail processes automatically when a patient replies STOP. You will not use Wagtail to send marketing messages that require separate consent under the Telephone Consumer Protection Act."),
    ] + bp(["accounts", "payment", "hipaa", "data", "confidentiality", "warranty", "liability", "term", "support", "law", "general"], 4,
           voice="plain", state="Minnesota"),
    )

add("bittern_claims_license_cpt_features.pdf", "Bittern Claims Software, LLC", "not_addressed", None,
    "Claims software licence: CPT mentioned only as claim content and as features of a $45/user/month product; nothing about who licenses CPT",
    "formal", footer="Bittern Claims Software, LLC \u2013 License and Services Agreement \u2013 {page}",
    blocks=[
        ("title", "LICENSE AND SERVICES AGREEMENT"),
        preamble("License and Services Agreement", "April 28, 2025", "Bittern Claims Software, LLC", "Bittern",
                 "a Nevada limited liability company", "High Desert Family Practice, PLLC", "Customer", "a Nevada professional limited liability company"),
        H("1. Software"),
        P("1.1 Bittern Claims Pro (the \u201cSoftware\u201d) enables Customer to create, scrub and submit professional claims (CMS-1500 and ANSI 837P) containing CPT, HCPCS and ICD-10-CM codes, to track claim status, and to post electronic remittances."),
        P("1.2 Features include a CPT and ICD-10 code look-up, modifier and NCCI edit checks, a charge-entry screen with favourites lists, and denial analytics."),
        H("2. Fees"),
        P("2.1 The subscription fee for the Software, including the code look-up and claim scrubber, is $45.00 per user per month. Claim transmission through Bittern\u2019s clearinghouse partner is $0.27 per claim."),
        P("2.2 Bittern may increase the subscription fee on each anniversary of the Effective Date by up to 5%."),
    ] + bp(["payment", "support", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Bittern", C="Customer", state="Nevada") + [
        sig(("Bittern Claims Software, LLC", "Ray Castillo", "Managing Member"),
            ("High Desert Family Practice, PLLC", "Joan Fuller, MD", "Member")),
    ])

add("molarline_dental_orderform_cdt_fee.pdf", "Molarline Dental Systems, Inc.", "not_addressed", None,
    "Dental practice-management order form; CDT (ADA) content fee of $12 per location per year; no CPT anywhere (CDT is not CPT)",
    "form", header="Molarline Dental Systems, Inc. \u2022 Order Form MDS-4420", footer="{page}",
    blocks=[
        ("title", "Order Form MDS-4420"),
        P("<b>Vendor:</b> Molarline Dental Systems, Inc., 500 Enamel Way, Raleigh, NC 27601<br/><b>Customer:</b> Brightsmile Family Dentistry, PLLC, 31 Oak Street, Durham, NC 27701 (2 locations)<br/><b>Date:</b> March 4, 2025"),
        ("tbl", [["Item", "Basis", "Qty", "Price"],
                 ["Molarline Cloud PM (charting, perio, imaging bridge)", "per location / month", "2", "$399.00"],
                 ["Additional operatory licences", "per operatory / month", "6", "$25.00"],
                 ["CDT\u00ae Code Set content fee (ADA)", "per location / year", "2", "$12.00"],
                 ["Dental claims and attachments", "per claim", "\u2013", "$0.35"],
                 ["Data conversion", "one-time", "1", "$1,500.00"]],
         {"ruled": True, "widths": [3.6, 1.7, 0.5, 1.2], "right_cols": (2, 3)}),
        ("h", "Notes"),
        P("1. The CDT\u00ae code set (Current Dental Terminology) is owned by the American Dental Association. Molarline licenses CDT from the ADA and recovers the content fee shown above. CDT is a registered trademark of the American Dental Association."),
        P("2. This Order Form is governed by the Molarline Subscription Agreement, including its Business Associate Agreement, confidentiality, warranty and limitation of liability terms."),
        P("3. Monthly fees are invoiced in advance; annual items are invoiced on the order date and each anniversary."),
        P("4. Initial term 24 months; automatic 12-month renewals unless either party gives 60 days\u2019 notice."),
        sig(("Molarline Dental Systems, Inc.", "Heather Quinn", "Sales Manager"),
            ("Brightsmile Family Dentistry, PLLC", "Dr Kevin Park, DDS", "Owner")),
    ])

add("northlight_cpt_therapy_training.pdf", "Northlight Trauma Training Institute, Inc.", "not_addressed", None,
    "Training agreement where 'CPT' means Cognitive Processing Therapy; per-clinician training fee; no CPT code set at all",
    "formal", footer="Northlight Trauma Training Institute \u2013 Training Agreement \u2013 {page}",
    blocks=[
        ("title", "CPT TRAINING AND CONSULTATION AGREEMENT"),
        P("This Training and Consultation Agreement (\u201cAgreement\u201d) is made on January 20, 2025 between <b>Northlight Trauma Training Institute, Inc.</b>, a Vermont nonprofit corporation (the \u201cInstitute\u201d), and <b>Green Valley Counseling Collective, LLC</b>, a New Hampshire limited liability company (the \u201cPractice\u201d)."),
        H("1. Programme"),
        P("1.1 The Institute will deliver its Cognitive Processing Therapy (\u201cCPT\u201d) training programme to up to eight (8) clinicians employed by the Practice, consisting of a two-day live online workshop followed by twelve (12) weekly group consultation calls."),
        P("1.2 Clinicians who complete the workshop and consultation, and submit two case recordings rated as adherent, will receive the Institute\u2019s certificate of completion in CPT."),
        H("2. Licence to Materials"),
        P("2.1 The Institute grants the Practice a non-exclusive licence for its trained clinicians to use the CPT treatment manual, worksheets and patient handouts (the \u201cMaterials\u201d) with the Practice\u2019s own clients. The Materials may not be used to train other clinicians."),
        P("2.2 The Institute does not provide billing or coding advice, and nothing in the Materials is a statement about reimbursement."),
        H("3. Fees"),
        P("3.1 The training fee is $650.00 per clinician, payable before the workshop. Consultation is included. Replacement of a clinician who withdraws before the workshop is free; later withdrawals are not refundable."),
        H("4. Recordings and Client Privacy"),
        P("4.1 Case recordings shall be shared only through the Institute\u2019s secure portal, with client consent obtained by the Practice, and will be deleted by the Institute within ninety (90) days after rating."),
    ] + bp(["confidentiality", "liability", "law", "general"], 5, V="Institute", C="Practice", state="Vermont") + [
        sig(("Northlight Trauma Training Institute, Inc.", "Dr Elaine Foster", "Director of Training"),
            ("Green Valley Counseling Collective, LLC", "Marcus Webb, LICSW", "Clinical Director")),
    ])

add("ptarmigan_icd10_hcpcs_only_fee.pdf", "Ptarmigan Coding Content, LLC", "not_addressed", None,
    "Code-content subscription priced at $9.00 per user per year for ICD-10-CM/PCS and HCPCS Level II only; no CPT anywhere (an ICD-10 fee is not a CPT fee)",
    "formal", footer="Ptarmigan Coding Content, LLC \u2013 Content Subscription \u2013 {page}",
    blocks=[
        ("title", "CODE CONTENT SUBSCRIPTION AGREEMENT"),
        preamble("Code Content Subscription Agreement", "November 14, 2024", "Ptarmigan Coding Content, LLC", "Ptarmigan",
                 "a Montana limited liability company", "Big Sky Ambulatory Surgery Center, LLC", "Subscriber", "a Montana limited liability company"),
        H("1. Content"),
        P("1.1 Ptarmigan will deliver to Subscriber, in tab-delimited and JSON formats, its enhanced editions of the ICD-10-CM, ICD-10-PCS and HCPCS Level II code sets, with plain-language lay descriptions, crosswalk tables and quarterly update files (the \u201cContent\u201d)."),
        P("1.2 The Content is derived from files published by the Centers for Medicare and Medicaid Services and the National Center for Health Statistics; the lay descriptions, crosswalks and formatting are Ptarmigan\u2019s proprietary work."),
        H("2. Licence"),
        P("2.1 Ptarmigan grants Subscriber a non-exclusive licence to load the Content into Subscriber\u2019s internal systems and to use it for Subscriber\u2019s internal coding, billing and reporting."),
        H("3. Fees"),
        P("3.1 The subscription fee is $9.00 per user per year, with a minimum of twenty-five (25) users, invoiced annually in advance. A \u201cuser\u201d is any individual with access to a system into which the Content is loaded."),
        P("3.2 Ptarmigan may change the subscription fee on renewal by giving sixty (60) days\u2019 notice."),
    ] + bp(["payment", "confidentiality", "warranty", "liability", "term", "law", "general"], 4,
           V="Ptarmigan", C="Subscriber", state="Montana") + [
        sig(("Ptarmigan Coding Content, LLC", "Lisa Harmon", "Managing Member"),
            ("Big Sky Ambulatory Surgery Center, LLC", "Owen Briggs", "Administrator")),
    ])

add("plover_managed_it_services.pdf", "Plover Managed IT Services, LLC", "not_addressed", None,
    "Managed IT services agreement for a medical practice (help desk, backups, EHR server hosting); no CPT at all",
    "formal", footer="Plover Managed IT Services \u2013 MSA \u2013 {page}",
    blocks=[
        ("title", "MANAGED IT SERVICES AGREEMENT"),
        preamble("Managed IT Services Agreement", "May 5, 2025", "Plover Managed IT Services, LLC", "Plover",
                 "a Delaware limited liability company", "Brandywine Cardiology, P.A.", "Client", "a Delaware professional association"),
        H("1. Services"),
        P("1.1 Plover will provide the following services for Client\u2019s two offices: remote and on-site help desk; monitoring and patching of workstations and servers; endpoint protection; nightly encrypted backups with off-site replication; firewall management; and hosting of Client\u2019s EHR database server in Plover\u2019s data centre."),
        P("1.2 Plover will not modify application software licensed to Client by third parties except at Client\u2019s request and in accordance with the third party\u2019s instructions."),
        H("2. Fees"),
        P("2.1 Client shall pay $145.00 per workstation per month and $325.00 per server per month. On-site visits outside the included four (4) hours per month are billed at $140.00 per hour."),
        H("3. Service Levels"),
        P("3.1 Response times: critical, 30 minutes; high, 2 hours; normal, next business day. Plover will credit 5% of the monthly fee for each missed critical response, up to 25% per month."),
    ] + bp(["confidentiality", "hipaa", "warranty", "insurance", "liability", "term", "law", "nonsolicit", "general"], 4,
           V="Plover", C="Client", state="Delaware") + [
        sig(("Plover Managed IT Services, LLC", "Gavin Hurst", "Managing Member"),
            ("Brandywine Cardiology, P.A.", "Ruth Coleman", "Practice Manager")),
    ])

add("skua_telehealth_terms_superbill.pdf", "Skua Telehealth, Inc.", "not_addressed", None,
    "Plain-English telehealth terms; CPT appears only as a superbill feature (patients get CPT and ICD-10 codes you select); nothing about licensing",
    "plain", footer="Skua Telehealth \u2013 Clinician Terms \u2013 {page}",
    blocks=[
        ("title", "Skua Clinician Terms"),
        ("subtitle", "Version 3.1 \u2013 updated 15 August 2025"),
        P("These terms are an agreement between Skua Telehealth, Inc. (\u201cSkua\u201d, \u201cwe\u201d) and the practice or independent clinician who registers to see patients on Skua (\u201cyou\u201d)."),
        H("1. The platform"),
        P("Skua lets you run secure video visits, take card payments from self-pay patients, and keep short visit notes. After each visit you can generate a superbill listing the CPT\u00ae and ICD-10 codes you select, which your patient can submit to their insurer for out-of-network reimbursement."),
        H("2. Fees"),
        P("Skua Solo costs $39 per month. Skua Group costs $29 per clinician per month for three or more clinicians. Card payments carry a processing fee of 2.9% plus $0.30 per transaction."),
        H("3. Your professional obligations"),
        P("You are responsible for holding a valid licence to practise in each state where your patients are located, for obtaining informed consent to telehealth, and for the accuracy of the codes and charges you place on superbills."),
    ] + bp(["accounts", "payment", "hipaa", "data", "confidentiality", "warranty", "liability", "term", "law", "general"], 4,
           voice="plain", state="Colorado"),
    )

add("juniper_phlebotomy_cpt_program.pdf", "Juniper Allied Health Academy, LLC", "not_addressed", None,
    "Employer enrolment agreement where 'CPT' means Certified Phlebotomy Technician training; no procedure code set",
    "formal", footer="Juniper Allied Health Academy \u2013 Employer Enrollment Agreement \u2013 {page}",
    blocks=[
        ("title", "EMPLOYER-SPONSORED ENROLLMENT AGREEMENT"),
        ("subtitle", "Certified Phlebotomy Technician (CPT) Preparation Program"),
        P("This Enrollment Agreement is made on February 24, 2025 between <b>Juniper Allied Health Academy, LLC</b>, an Arizona limited liability company (the \u201cAcademy\u201d), and <b>Saguaro Internal Medicine Group, PLLC</b>, an Arizona professional limited liability company (the \u201cEmployer\u201d)."),
        H("1. Program"),
        P("1.1 The Academy will provide its Certified Phlebotomy Technician (CPT) preparation program to the employees named in Schedule A (each, a \u201cStudent\u201d). The program consists of 60 hours of instruction, a skills laboratory, and a 40-hour clinical externship, which the Employer may host at its own laboratory."),
        P("1.2 On completion, each Student will be eligible to sit a national phlebotomy certification examination. The examination fee is paid directly by the Student or Employer to the certifying body and is not part of this Agreement."),
        H("2. Tuition"),
        P("2.1 Tuition is $1,200.00 per Student, including textbook, scrubs and laboratory supplies. Tuition is payable in full before the first class. A Student who withdraws before the fifth class receives a 50% refund."),
        H("3. Externship"),
        P("3.1 If the Employer hosts the externship, it shall provide a qualified supervisor, ensure that Students follow its infection-control and specimen-handling procedures, and complete the Academy\u2019s competency checklist for each Student."),
        H("4. Records"),
        P("4.1 The Academy will give the Employer attendance and progress reports for each Student, with the Student\u2019s written consent."),
    ] + bp(["confidentiality", "liability", "law", "general"], 5, V="Academy", C="Employer", state="Arizona") + [
        sig(("Juniper Allied Health Academy, LLC", "Teresa Montoya", "Program Director"),
            ("Saguaro Internal Medicine Group, PLLC", "Alan Brooks", "Practice Administrator")),
    ])

add("brightenamel_dental_faq_cdt.pdf", "Brightenamel Dental Cloud, Inc.", "not_addressed", None,
    "Dental software web FAQ: CDT (ADA) code set included and licensed from the ADA; dental-only product that never deals with CPT",
    "web", header="support.brightenamel.example/faq/cdt-codes            Printed 6/11/2025 11:47 AM",
    footer="\u00a9 2025 Brightenamel Dental Cloud, Inc. \u2022 {page}",
    blocks=[
        ("title", "Dental codes in Brightenamel: FAQ"),
        P("This FAQ is provided by Brightenamel Dental Cloud, Inc. and forms part of the Brightenamel Subscription Terms."),
        ("q", "Which procedure codes does Brightenamel use?"),
        ("a", "Brightenamel uses the Code on Dental Procedures and Nomenclature (the CDT\u00ae code set), published by the American Dental Association. All treatment planning, charting and claim screens use CDT codes."),
        ("q", "Do I pay extra for CDT codes?"),
        ("a", "No. We hold a commercial licence from the ADA and the cost is included in your subscription. Annual CDT updates are loaded automatically each January."),
        ("q", "Can I add my own codes?"),
        ("a", "Yes, you can create in-house codes for non-billable items such as missed-appointment notes. In-house codes are never sent on claims."),
        ("q", "What about medical cross-coding for oral surgery?"),
        ("a", "Brightenamel does not support medical claim forms. If your practice bills medical insurers, please use a separate medical billing system."),
        ("q", "What does Brightenamel cost?"),
        ("a", "$329 per location per month, including up to six operatories, imaging bridge and patient reminders. Additional operatories are $20 per month each."),
        ("q", "Is my data protected?"),
        ("a", "Yes. Brightenamel signs a Business Associate Agreement with every practice, encrypts data in transit and at rest, and keeps backups in two US regions."),
    ])

add("whimbrel_business_associate_agreement.pdf", "Whimbrel Data Security, Inc.", "not_addressed", None,
    "Stand-alone HIPAA business associate agreement with a security vendor; no CPT or code sets",
    "formal", footer="Whimbrel Data Security, Inc. \u2013 Business Associate Agreement \u2013 {page}",
    blocks=[
        ("title", "BUSINESS ASSOCIATE AGREEMENT"),
        P("This Business Associate Agreement (\u201cBAA\u201d) is entered into as of June 16, 2025 between <b>Lakeside Women\u2019s Health, P.C.</b>, an Illinois professional corporation (\u201cCovered Entity\u201d), and <b>Whimbrel Data Security, Inc.</b>, an Illinois corporation (\u201cBusiness Associate\u201d), in connection with the Security Services Agreement between them (the \u201cServices Agreement\u201d)."),
        H("1. Definitions"),
        P("Capitalized terms used but not defined in this BAA have the meanings given in 45 C.F.R. Parts 160 and 164 (the \u201cHIPAA Rules\u201d), including Breach, Protected Health Information (\u201cPHI\u201d), Security Incident, Subcontractor and Unsecured PHI."),
        H("2. Obligations of Business Associate"),
        P("2.1 Business Associate shall not use or disclose PHI other than as permitted or required by this BAA or as required by law."),
        P("2.2 Business Associate shall use appropriate safeguards, and comply with Subpart C of 45 C.F.R. Part 164 with respect to electronic PHI, to prevent use or disclosure of PHI other than as provided by this BAA."),
        P("2.3 Business Associate shall report to Covered Entity any use or disclosure of PHI not provided for by this BAA, including Breaches of Unsecured PHI, within five (5) business days after discovery, and any Security Incident of which it becomes aware; provided that unsuccessful attempts such as pings and port scans need not be reported individually."),
        P("2.4 Business Associate shall ensure that any Subcontractor that creates, receives, maintains or transmits PHI on its behalf agrees to the same restrictions and conditions."),
        P("2.5 Business Associate shall make PHI available for access and amendment, and shall provide an accounting of disclosures, as required by 45 C.F.R. \u00a7\u00a7 164.524, 164.526 and 164.528."),
        P("2.6 Business Associate shall make its internal practices, books and records available to the Secretary of Health and Human Services for purposes of determining compliance with the HIPAA Rules."),
        H("3. Permitted Uses"),
        P("Business Associate may use or disclose PHI as necessary to perform the services set out in the Services Agreement, for its proper management and administration, and to provide data aggregation services relating to Covered Entity\u2019s health care operations."),
        H("4. Term and Termination"),
        P("4.1 This BAA remains in effect until the Services Agreement terminates. Covered Entity may terminate this BAA and the Services Agreement if Business Associate violates a material term and fails to cure within thirty (30) days."),
        P("4.2 Upon termination, Business Associate shall return or destroy all PHI, or, if return or destruction is infeasible, extend the protections of this BAA to that PHI."),
        H("5. Miscellaneous"),
        P("Any ambiguity shall be resolved to permit compliance with the HIPAA Rules. This BAA is governed by the laws of the State of Illinois and supersedes any conflicting provision of the Services Agreement regarding PHI."),
        sig(("Lakeside Women\u2019s Health, P.C.", "Dr Beth Sorensen", "President"),
            ("Whimbrel Data Security, Inc.", "Omar Haddad", "Chief Information Security Officer")),
    ])

add("kittiwake_rcm_percentage_no_licensing.pdf", "Kittiwake Revenue Cycle Group, LLC", "not_addressed", None,
    "Revenue-cycle services agreement (5.9% of collections); coders assign CPT/HCPCS/ICD-10 codes; no mention of CPT licensing",
    "formal", footer="Kittiwake Revenue Cycle Group \u2013 Services Agreement \u2013 {page}",
    blocks=[
        ("title", "REVENUE CYCLE MANAGEMENT SERVICES AGREEMENT"),
        P("This Agreement is made as of October 6, 2025 between <b>Kittiwake Revenue Cycle Group, LLC</b>, a Massachusetts limited liability company (\u201cKittiwake\u201d), and <b>Cape Ann Surgical Associates, P.C.</b>, a Massachusetts professional corporation (\u201cPractice\u201d)."),
        H("1. Services"),
        P("1.1 Kittiwake\u2019s certified coders will review operative notes and office documentation, assign CPT\u00ae, HCPCS Level II and ICD-10-CM codes and modifiers, and query Practice\u2019s surgeons where documentation is insufficient. Kittiwake will then submit claims, post payments and work denials."),
        P("1.2 Kittiwake will perform a quarterly internal coding audit of a random sample of 30 encounters per surgeon and share the results with Practice."),
        H("2. Fees"),
        P("2.1 Practice shall pay Kittiwake 5.9% of Net Collections, invoiced monthly. Coding-only services for encounters that Kittiwake does not bill are charged at $4.50 per encounter."),
        H("3. Practice Obligations"),
        P("3.1 Practice shall provide Kittiwake with access to its EHR and practice management system, complete documentation within 48 hours of each procedure, and respond to coding queries within three business days."),
    ] + bp(["hipaa", "confidentiality", "warranty", "liability", "term", "law", "general"], 4,
           V="Kittiwake", C="Practice", state="Massachusetts") + [
        sig(("Kittiwake Revenue Cycle Group, LLC", "Sean Gallagher", "Managing Director"),
            ("Cape Ann Surgical Associates, P.C.", "Laura Pike, MD", "President")),
    ])


# ===========================================================================
# UNCLEAR
# ===========================================================================

add("shearbrook_msa_third_party_fees_may_apply.pdf", "Shearbrook Health Platforms, Inc.", "unclear", None,
    "MSA listing CPT among third-party content and saying only 'third-party content fees may apply'; no payer, no amount",
    "formal", footer="Shearbrook Health Platforms, Inc. \u2013 Master Agreement \u2013 {page}",
    blocks=[
        ("title", "MASTER SUBSCRIPTION AGREEMENT"),
        preamble("Master Subscription Agreement", "February 24, 2025", "Shearbrook Health Platforms, Inc.", "Shearbrook",
                 "a Washington corporation", "Puget Sound Family Medicine, PLLC", "Customer", "a Washington professional limited liability company"),
        H("1. Services"),
        P("1.1 Shearbrook will provide the Shearbrook ambulatory EHR and practice management services described in each Order Form (the \u201cServices\u201d)."),
        P("1.2 Subscription fees are stated in each Order Form and are charged per provider per month."),
        H("2. Third-Party Content"),
        P("2.1 The Services include or interoperate with content licensed from third parties, which may include the American Medical Association\u2019s CPT\u00ae code set, drug compendia, clinical decision support rules and patient education materials (\u201cThird-Party Content\u201d)."),
        P("2.2 Third-Party Content is subject to the terms imposed by its licensors, which Shearbrook will make available on request. Third-party content fees may apply."),
        P("2.3 Shearbrook may remove or replace any Third-Party Content if its licence to that content ends."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Shearbrook", C="Customer", state="Washington") + [
        sig(("Shearbrook Health Platforms, Inc.", "Anna Kowal", "VP Sales"),
            ("Puget Sound Family Medicine, PLLC", "Dr Ben Iverson", "Managing Member")),
    ])

add("gadwall_passive_licences_shall_be_obtained.pdf", "Gadwall Software, LLC", "unclear", None,
    "Passive clause 'any licences that may be required for Third-Party Content, including CPT, shall be obtained as required by the content owner' without saying who obtains or pays",
    "formal", footer="Gadwall Software, LLC \u2013 Subscription Terms \u2013 {page}",
    blocks=[
        ("title", "GADWALL SUBSCRIPTION TERMS"),
        P("These Subscription Terms (the \u201cTerms\u201d) are agreed as of June 30, 2025 between <b>Gadwall Software, LLC</b>, an Indiana limited liability company (\u201cGadwall\u201d), and <b>Hoosier Hand and Upper Extremity Center, P.C.</b>, an Indiana professional corporation (\u201cCustomer\u201d)."),
        H("1. Subscription"),
        P("1.1 Gadwall grants Customer a right to use the Gadwall Ortho charting and scheduling service during the subscription term for the number of users stated in the Order. The subscription fee is $118 per user per month."),
        H("2. Third-Party Content"),
        P("2.1 The service makes use of Third-Party Content, including procedure terminology published by the American Medical Association (CPT\u00ae) and implant catalogues supplied by manufacturers."),
        P("2.2 Any licences that may be required for Third-Party Content, including CPT, shall be obtained as required by the relevant content owner. Use of Third-Party Content is subject to that owner\u2019s terms."),
        P("2.3 Gadwall makes no warranty regarding the accuracy or completeness of Third-Party Content."),
    ] + bp(["payment", "confidentiality", "hipaa", "liability", "term", "law", "general"], 3,
           V="Gadwall", C="Customer", state="Indiana") + [
        sig(("Gadwall Software, LLC", "Craig Lutz", "President"),
            ("Hoosier Hand and Upper Extremity Center, P.C.", "Diane Morrow", "Practice Manager")),
    ])

add("tealbrook_body_vs_exhibit_conflict.pdf", "Tealbrook EHR, Inc.", "unclear", None,
    "Body says the subscription fees include all CPT royalties; Exhibit B lists an AMA CPT royalty of $19.00 per provider per year; no order-of-precedence clause",
    "formal", footer="Tealbrook EHR, Inc. \u2013 Subscription Agreement \u2013 Page {page}",
    blocks=[
        ("title", "EHR SUBSCRIPTION AGREEMENT"),
        preamble("EHR Subscription Agreement", "September 15, 2025", "Tealbrook EHR, Inc.", "Tealbrook",
                 "a Connecticut corporation", "Shoreline Ear, Nose and Throat, LLC", "Customer", "a Connecticut limited liability company"),
        H("1. Subscription"),
        P("1.1 Tealbrook will provide Customer with the Tealbrook ENT EHR and practice management service (the \u201cService\u201d) for the Term."),
        P("1.2 Customer\u2019s providers and staff may access the Service using individual credentials."),
        H("2. Fees"),
        P("2.1 Customer shall pay the fees in Exhibit B (the \u201cFee Schedule\u201d)."),
        P("2.2 The subscription fees include all royalties for CPT\u00ae content used within the Service, and Tealbrook is responsible for reporting Customer\u2019s users to the American Medical Association under Tealbrook\u2019s distribution licence."),
    ] + bp(["payment", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Tealbrook", C="Customer", state="Connecticut") + [
        sig(("Tealbrook EHR, Inc.", "Michelle Dorsey", "Chief Operating Officer"),
            ("Shoreline Ear, Nose and Throat, LLC", "Dr Paul Renner", "Managing Member")),
        ("br",),
        H("EXHIBIT B \u2013 FEE SCHEDULE"),
        ("tbl", [["Fee", "Amount", "Basis", "Billing"],
                 ["Tealbrook ENT subscription", "$279.00", "per provider per month", "monthly in advance"],
                 ["Staff logins", "$30.00", "per login per month", "monthly in advance"],
                 ["AMA CPT\u00ae royalty", "$19.00", "per provider per year", "annually, each January"],
                 ["Audiology module", "$85.00", "per audiologist per month", "monthly in advance"],
                 ["Implementation", "$3,000.00", "one-time", "on signature"]],
         {"ruled": True, "widths": [2.3, 1, 2, 1.7], "right_cols": (1,)}),
    ])

add("scaup_eula_ama_notices_only.pdf", "Scaup Medical Systems, Inc.", "unclear", None,
    "EULA carrying only AMA-required notices (copyright line, 'AMA does not practice medicine', FARS/DFARS) with no sublicence grant, payer or fee",
    "formal", footer="Scaup Medical Systems, Inc. \u2013 End User License Agreement \u2013 {page}",
    blocks=[
        ("title", "END USER LICENSE AGREEMENT"),
        P("This End User License Agreement (\u201cEULA\u201d) is between <b>Scaup Medical Systems, Inc.</b>, a Michigan corporation (\u201cScaup\u201d), and the customer identified in the Scaup order form (\u201cCustomer\u201d), and governs Customer\u2019s use of Scaup PracticeView (the \u201cSoftware\u201d)."),
        H("1. License"),
        P("1.1 Scaup grants Customer a non-exclusive, non-transferable license to use the Software during the subscription term for Customer\u2019s internal operations, for the number of users in the order form."),
        P("1.2 Customer shall not copy, modify or distribute the Software, or allow any third party to use it."),
        H("2. Fees"),
        P("2.1 Customer shall pay the fees set out in the order form. Fees are non-refundable except as expressly provided in this EULA."),
        H("3. Notices"),
        P("3.1 " + AMA_NOTICE.format(yr="2025")),
        P("3.2 " + FARS),
        P("3.3 CPT\u00ae is a registered trademark of the American Medical Association."),
        H("4. Disclaimer and Limitation"),
        P("THE SOFTWARE IS PROVIDED \u201cAS IS\u201d. SCAUP\u2019S TOTAL LIABILITY IS LIMITED TO THE FEES PAID IN THE TWELVE MONTHS BEFORE THE CLAIM. SCAUP IS NOT LIABLE FOR INDIRECT OR CONSEQUENTIAL DAMAGES."),
    ] + bp(["confidentiality", "hipaa", "term", "law", "general"], 5, V="Scaup", C="Customer", state="Michigan"),
    )

add("eiderdown_pricelist_may_be_charged.pdf", "Eiderdown Health Cloud, LLC", "unclear", None,
    "Plain-English price list with a footnote that fees for third-party content, including any CPT royalty, 'may be charged separately at then-current rates'; no amount, no commitment",
    "plain", footer="Eiderdown Health Cloud \u2013 Price List 2025 \u2013 {page}",
    blocks=[
        ("title", "Eiderdown Price List 2025"),
        P("This price list is issued by Eiderdown Health Cloud, LLC (\u201cEiderdown\u201d, \u201cwe\u201d) and forms part of your Eiderdown Customer Agreement."),
        H("Plans"),
        ("tbl", [["Plan", "What you get", "Price"],
                 ["Eiderdown Solo", "charting, scheduling, patient portal", "$99 per clinician per month"],
                 ["Eiderdown Team", "adds billing, claims and reporting", "$149 per clinician per month"],
                 ["Staff seats", "front desk and billing staff", "$20 per seat per month"],
                 ["Telehealth", "video visits, waiting room", "$10 per clinician per month"]],
         {"ruled": False, "widths": [1.6, 3, 2.2]}),
        H("Footnotes"),
        P("1. Prices exclude sales tax. 2. Annual prepayment earns two months free. 3. Fees for third-party content, including any CPT\u00ae royalty, may be charged separately at our then-current rates, which we may change on 30 days\u2019 notice. 4. Claims are sent through our clearinghouse partner at $0.25 per claim after the first 200 each month."),
        H("How we bill"),
        P("We charge your card or bank account at the start of each month for plan and seat fees, and at the end of the month for per-claim charges. Clinicians and seats added mid-month are prorated."),
    ] + bp(["hipaa", "term", "law"], 1, voice="plain", state="Georgia", numbered=False),
    )

add("merganser_orderform_cpt_tbd.pdf", "Merganser Practice Systems, Inc.", "unclear", None,
    "Ruled order form whose CPT licence row reads 'as applicable' / 'TBD', with no clause saying who pays or what",
    "form", header="Merganser Practice Systems, Inc. \u2014 Order MPS-1187", footer="Page {page}",
    blocks=[
        ("title", "ORDER FORM MPS-1187"),
        ("tbl", [["Vendor", "Merganser Practice Systems, Inc., 60 Lakeshore Blvd, Cleveland, OH 44114"],
                 ["Customer", "Erie Shores Podiatry, LLC, 1500 Superior Ave, Sandusky, OH 44870"],
                 ["Date / Term", "July 7, 2025 / 36 months"]],
         {"ruled": True, "header": False, "widths": [1.2, 5.8]}),
        ("tbl", [["Description", "Basis", "Qty", "Price"],
                 ["Merganser PM and EHR", "per provider / month", "3", "$240.00"],
                 ["Merganser staff logins", "per login / month", "5", "$25.00"],
                 ["CPT\u00ae licence", "as applicable", "\u2013", "TBD"],
                 ["Implementation", "one-time", "1", "$2,750.00"]],
         {"ruled": True, "widths": [3, 2, 0.6, 1.3], "right_cols": (2, 3)}),
        ("h", "Terms"),
        P("1. This Order is governed by the Merganser Master Agreement. 2. Recurring fees begin at go-live and are billed monthly. 3. Renewal increases are capped at 5%. 4. The Business Associate Agreement attached to the Master Agreement applies. 5. Customer may add providers at the rates above."),
        sig(("Merganser Practice Systems, Inc.", "Ian Kowalczyk", "Account Executive"),
            ("Erie Shores Podiatry, LLC", "Dr Leah Simon, DPM", "Owner")),
    ])

add("goldeneye_faq_conflicts_with_terms.pdf", "Goldeneye Health, Inc.", "unclear", None,
    "Two-part pack: FAQ (stated to form part of the terms) says no separate CPT fee, while the Terms require payment of CPT content licence fees from a Price List that is not attached; no precedence",
    "plain", footer="Goldeneye Health, Inc. \u2013 Customer Terms and FAQ \u2013 {page}",
    blocks=[
        ("title", "Goldeneye Customer Terms"),
        P("These terms are between Goldeneye Health, Inc. (\u201cGoldeneye\u201d) and the practice subscribing to Goldeneye (\u201cCustomer\u201d). The Goldeneye Billing FAQ at the end of this document forms part of these terms."),
        H("1. Subscription"),
        P("Customer may use Goldeneye\u2019s cloud EHR and billing service for its users. Subscription fees are $89 per user per month."),
        H("2. Content licence fees"),
        P("Customer shall pay the content licence fees for CPT\u00ae and any other licensed content set out in the Goldeneye Price List in effect from time to time."),
    ] + bp(["payment", "hipaa", "confidentiality", "liability", "term", "law"], 3, voice="plain", state="Arizona") + [
        ("br",),
        ("title", "Goldeneye Billing FAQ"),
        ("q", "What will I be charged each month?"),
        ("a", "Your subscription fee for each user, plus any per-claim clearinghouse charges."),
        ("q", "Is there a separate CPT fee?"),
        ("a", "There\u2019s no separate CPT fee. CPT codes are available in Goldeneye for all users."),
        ("q", "Can I get a discount for annual payment?"),
        ("a", "Yes, paying annually in advance saves 8%."),
    ])

add("smewfield_license_trademark_only.pdf", "Smewfield Medical Software, LLC", "unclear", None,
    "Licence saying the software includes the current CPT code set with annual updates plus a bare trademark line; nothing on who licenses or pays",
    "formal", footer="Smewfield Medical Software, LLC \u2013 License Agreement \u2013 {page}",
    blocks=[
        ("title", "SOFTWARE LICENSE AND SUPPORT AGREEMENT"),
        preamble("Software License and Support Agreement", "March 2, 2025", "Smewfield Medical Software, LLC", "Smewfield",
                 "a Kentucky limited liability company", "Bluegrass Allergy Clinic, PLLC", "Customer", "a Kentucky professional limited liability company"),
        H("1. Software and Updates"),
        P("1.1 Smewfield grants Customer a non-exclusive, non-transferable license to use Smewfield Office, a practice management and billing application, on Customer\u2019s workstations for up to twelve (12) concurrent sessions."),
        P("1.2 Smewfield Office includes the current CPT code set, which Smewfield updates annually in December, together with quarterly ICD-10-CM and HCPCS updates."),
        P("1.3 CPT is a registered trademark of the American Medical Association."),
        H("2. Fees"),
        P("2.1 The license fee is $9,600, payable on installation. Annual support and updates are $2,100 per year."),
    ] + bp(["support", "confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Smewfield", C="Customer", state="Kentucky") + [
        sig(("Smewfield Medical Software, LLC", "Roger Hale", "Owner"),
            ("Bluegrass Allergy Clinic, PLLC", "Dr Anne Whitley", "Managing Member")),
    ])

add("pochard_tools_subject_to_ama_terms.pdf", "Pochard Clinical Tools, Inc.", "unclear", None,
    "Terms say use of CPT in the tools is 'subject to the AMA's licensing terms, which may require the payment of royalties' without saying who pays or how much",
    "formal", footer="Pochard Clinical Tools, Inc. \u2013 Terms of Service \u2013 {page}",
    blocks=[
        ("title", "POCHARD TERMS OF SERVICE"),
        P("These Terms of Service are between <b>Pochard Clinical Tools, Inc.</b>, an Oklahoma corporation (\u201cPochard\u201d), and the medical practice that registers for Pochard Tools (\u201cSubscriber\u201d)."),
        H("1. Tools"),
        P("1.1 Pochard Tools is a set of browser-based utilities for outpatient practices: an E/M level calculator, a charge-capture checklist, a prior-authorization tracker and a fee-schedule comparison tool (the \u201cTools\u201d)."),
        P("1.2 Subscriber pays $59 per month for up to five users and $9 per month for each additional user."),
        H("2. CPT"),
        P("2.1 Several Tools display CPT\u00ae codes and descriptors. Use of CPT within the Tools is subject to the American Medical Association\u2019s licensing terms, which may require the payment of royalties."),
        P("2.2 Subscriber shall comply with the AMA end-user notice displayed in the Tools."),
    ] + bp(["confidentiality", "hipaa", "warranty", "liability", "term", "law", "general"], 3,
           V="Pochard", C="Subscriber", state="Oklahoma"),
    )


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main():
    names = [c["file"] for c in CONTRACTS]
    assert len(names) == len(set(names)), "duplicate file names"
    for old in HERE.glob("*.pdf"):
        if old.name not in names:
            old.unlink()
    labels = {}
    for c in CONTRACTS:
        render(c)
        terms = {"vendor": c["vendor"], "coverage": c["coverage"], "cpt_fee": c["cpt_fee"]}
        if c.get("ama_license"):
            terms["ama_license"] = True
        labels[c["file"]] = {"description": c["description"], "status": "ok", "terms": terms}
    out = {"contracts": dict(sorted(labels.items()))}
    (HERE / "labels.json").write_text(json.dumps(out, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    counts = {}
    for c in CONTRACTS:
        counts[c["coverage"]] = counts.get(c["coverage"], 0) + 1
    print("wrote %d contracts: %s" % (len(CONTRACTS), counts))


if __name__ == "__main__":
    main()
