#!/usr/bin/env python
"""Deterministic builder for blind test set G (CPT licence coverage).

Every vendor, practice and person named here is invented (the AMA, CMS and ADA appear only in
their own roles).  Run with the project venv:

    .venv/bin/python tests/blind_g/build.py

It writes gNN_<word>.pdf and labels.json next to this file.  No randomness: the order of the
documents is a fixed permutation (md5 of an internal key), and reportlab runs in invariant mode,
so two builds give identical bytes.
"""
import hashlib
import json
import os
import re
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------------------------


def fmt(s):
    """Escape text for Paragraph markup; **x** -> bold."""
    s = escape(s)
    s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
    return s.replace("\n", "<br/>")


THEMES = {
    "contract": dict(font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=10.5, lead=13.2),
    "web": dict(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=10, lead=13.5),
    "form": dict(font="Helvetica", bold="Helvetica-Bold", italic="Helvetica-Oblique", size=9, lead=11.5),
    "mono": dict(font="Courier", bold="Courier-Bold", italic="Courier-Oblique", size=9, lead=11.2),
    "letter": dict(font="Times-Roman", bold="Times-Bold", italic="Times-Italic", size=11, lead=14.5),
}


def styles(theme):
    t = THEMES[theme]
    f, b, sz, ld = t["font"], t["bold"], t["size"], t["lead"]
    st = {}
    st["p"] = ParagraphStyle("p", fontName=f, fontSize=sz, leading=ld, spaceAfter=sz * 0.55)
    st["title"] = ParagraphStyle("title", fontName=b, fontSize=sz + 6, leading=sz + 9,
                                 spaceAfter=6, alignment=TA_CENTER if theme in ("contract",) else 0)
    st["title_l"] = ParagraphStyle("title_l", parent=st["title"], alignment=0)
    st["sub"] = ParagraphStyle("sub", fontName=f, fontSize=sz - 1.5, leading=ld - 2,
                               textColor=colors.HexColor("#555555"), spaceAfter=8)
    st["h"] = ParagraphStyle("h", fontName=b, fontSize=sz + 1.5, leading=ld + 2, spaceBefore=6, spaceAfter=3)
    st["h2"] = ParagraphStyle("h2", fontName=b, fontSize=sz, leading=ld, spaceBefore=4, spaceAfter=2)
    st["q"] = ParagraphStyle("q", fontName=b, fontSize=sz + 0.5, leading=ld + 1, spaceBefore=7, spaceAfter=2,
                             textColor=colors.HexColor("#1d3557") if theme == "web" else colors.black)
    st["small"] = ParagraphStyle("small", fontName=f, fontSize=sz - 2, leading=ld - 3,
                                 textColor=colors.HexColor("#444444"), spaceAfter=4)
    st["center"] = ParagraphStyle("center", parent=st["p"], alignment=TA_CENTER)
    st["right"] = ParagraphStyle("right", parent=st["p"], alignment=TA_RIGHT)
    st["bul"] = ParagraphStyle("bul", parent=st["p"], leftIndent=14, bulletIndent=4, spaceAfter=2)
    st["cell"] = ParagraphStyle("cell", fontName=f, fontSize=sz - 0.5, leading=ld - 1.5)
    st["cellb"] = ParagraphStyle("cellb", fontName=b, fontSize=sz - 0.5, leading=ld - 1.5)
    st["quote"] = ParagraphStyle("quote", parent=st["p"], leftIndent=18,
                                 textColor=colors.HexColor("#333333"))
    st["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=min(sz, 9), leading=min(ld, 11.2),
                                spaceAfter=4)
    return st


def render(blocks, theme):
    """Turn the little block language into flowables."""
    st = styles(theme)
    out = []
    for blk in blocks:
        kind = blk[0]
        if kind in ("p", "title", "title_l", "sub", "h", "h2", "q", "small", "center", "right", "quote", "mono"):
            out.append(Paragraph(fmt(blk[1]), st[kind]))
        elif kind == "a":  # FAQ answer
            out.append(Paragraph(fmt(blk[1]), st["p"]))
        elif kind == "sec":  # numbered section: ("sec", "4.2", "Heading", "text")
            num, head, text = blk[1], blk[2], blk[3]
            lead = f"<b>{escape(num)} {escape(head)}.</b> " if head else f"<b>{escape(num)}</b> "
            out.append(Paragraph(lead + fmt(text), st["p"]))
        elif kind == "bul":
            for item in blk[1]:
                out.append(Paragraph(fmt(item), st["bul"], bulletText="\u2022"))
        elif kind == "sp":
            out.append(Spacer(1, blk[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "tbl":
            rows, opt = blk[1], (blk[2] if len(blk) > 2 else {})
            out.append(make_table(rows, opt, st))
            out.append(Spacer(1, 6))
        elif kind == "sig":
            out.append(Spacer(1, 10))
            out.append(make_sig(blk[1], st))
        else:
            raise ValueError(kind)
    return out


def make_table(rows, opt, st):
    header = opt.get("header", True)
    cells = []
    for i, r in enumerate(rows):
        style = st["cellb"] if (header and i == 0) or (opt.get("bold_last") and i == len(rows) - 1) else st["cell"]
        cells.append([Paragraph(fmt(str(c)), style) for c in r])
    widths = opt.get("widths")
    if widths:
        tot = sum(widths)
        widths = [w / tot * opt.get("width", 6.5 * inch) for w in widths]
    t = Table(cells, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    ruled = opt.get("ruled", True)
    if ruled == "grid" or ruled is True:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e8ee")))
    elif ruled == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")))
        cmds.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black))
    elif ruled == "shade":
        for i in range(len(rows)):
            if i % 2 == 1:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f1f3f6")))
    # ruled False: no lines at all
    t.setStyle(TableStyle(cmds))
    return t


def make_sig(parties, st):
    cols = []
    for label, name, who in parties:
        txt = (f"<b>{escape(label)}</b><br/>{escape(name)}<br/><br/>By: ______________________________<br/>"
               f"Name: {escape(who[0])}<br/>Title: {escape(who[1])}<br/>Date: {escape(who[2])}")
        cols.append(Paragraph(txt, st["cell"]))
    t = Table([cols], colWidths=[6.5 * inch / len(cols)] * len(cols))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


# --------------------------------------------------------------------------------------------
# boilerplate (never mentions CPT, the AMA or code sets)
# --------------------------------------------------------------------------------------------

def bp_payment(v, c, k=0):
    return [
        f"{c} shall pay each undisputed invoice within thirty (30) days after the invoice date. Late amounts bear "
        f"interest at the lesser of one and one-half percent (1.5%) per month and the maximum rate the law allows. "
        f"If an undisputed amount is more than forty-five (45) days overdue, {v} may suspend access on fifteen (15) "
        f"days’ written notice. Amounts are stated in U.S. dollars and exclude sales, use and similar taxes, which "
        f"{c} will pay, other than taxes on {v}’s net income.",
        f"Recurring charges are invoiced monthly in advance and usage charges monthly in arrears. Payment is due net "
        f"thirty (30) by ACH or by the card on file; a returned payment carries a $35.00 handling charge. {c} must "
        f"raise any billing dispute in writing, with reasonable detail, within sixty (60) days after the invoice date, "
        f"failing which the invoice is treated as accepted.",
        f"Unless the order says otherwise, recurring charges are payable annually in advance. {v} may change recurring "
        f"charges at a renewal by giving at least ninety (90) days’ written notice, but no single increase will exceed "
        f"seven percent (7%) of the charges for the term then ending.",
    ][k % 3]


def bp_term(v, c, k=0):
    return [
        f"This Agreement starts on the Effective Date and runs for an initial term of thirty-six (36) months. It then "
        f"renews automatically for successive twelve (12) month terms unless either party gives written notice of "
        f"non-renewal at least sixty (60) days before the current term ends.",
        f"The subscription term is shown on the order. Either party may terminate for a material breach that remains "
        f"uncured thirty (30) days after written notice describing it. Within sixty (60) days after expiry or "
        f"termination {c} may ask for an export of its data in a standard format; after that period {v} may delete it.",
        f"The initial term is one (1) year from go-live and renews from year to year unless cancelled in writing no "
        f"later than thirty (30) days before an anniversary date.",
    ][k % 3]


def bp_conf(v, c, k=0):
    return [
        "Each party will keep the other’s Confidential Information confidential, use it only to perform or receive "
        "the services, and share it only with personnel and contractors who need it and who are bound by duties at "
        "least as protective. Information that is public through no fault of the recipient, already known to it "
        "without restriction, or independently developed is excluded. These duties survive for three (3) years after "
        "termination, and for as long as information remains a trade secret.",
        "Neither party will disclose the pricing or other non-public terms of this Agreement except to its advisers, "
        "auditors, lenders or prospective acquirers who owe it a duty of confidence, or where the law requires.",
    ][k % 2]


def bp_support(v, c, k=0):
    return [
        f"{v} provides telephone and ticket support from 7:00 a.m. to 7:00 p.m. Central Time on business days. "
        f"Severity 1 issues (service unavailable) receive a response within one (1) hour, Severity 2 within four (4) "
        f"business hours and all others within two (2) business days. {v} targets 99.5% monthly availability, "
        f"excluding maintenance announced at least forty-eight (48) hours ahead.",
        f"Support includes the online knowledge base, release notes and scheduled training webinars. On-site "
        f"training is billed at the professional services rate on the order, plus reasonable travel expenses.",
    ][k % 2]


def bp_warranty(v, c, k=0):
    return (f"{v} warrants that the services will perform materially as described in the Documentation. {c}’s sole "
            f"remedy for a breach of this warranty is for {v} to use commercially reasonable efforts to correct the "
            f"non-conformity or, if it cannot, to end the affected service and refund prepaid fees for the unused "
            f"period. EXCEPT AS STATED IN THIS SECTION, THE SERVICES ARE PROVIDED “AS IS” AND EACH PARTY DISCLAIMS "
            f"ALL IMPLIED WARRANTIES, INCLUDING MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE.")


def bp_liability(v, c, k=0):
    return (f"EXCEPT FOR BREACHES OF CONFIDENTIALITY, INDEMNITY OBLIGATIONS AND AMOUNTS DUE, NEITHER PARTY’S TOTAL "
            f"LIABILITY UNDER THIS AGREEMENT WILL EXCEED THE AMOUNTS PAID OR PAYABLE BY {c.upper()} IN THE TWELVE (12) "
            f"MONTHS BEFORE THE EVENT GIVING RISE TO THE CLAIM, AND NEITHER PARTY IS LIABLE FOR LOST PROFITS OR FOR "
            f"INDIRECT, SPECIAL OR CONSEQUENTIAL DAMAGES.")


def bp_data(v, c, k=0):
    return [
        f"Where {v} creates, receives, maintains or transmits protected health information for {c}, the parties’ "
        f"Business Associate Agreement applies to that information.",
        f"{v} hosts the services in U.S. data centres that hold current SOC 2 Type II reports, encrypts {c} data in "
        f"transit with TLS 1.2 or later and at rest with AES-256, and notifies {c} of a confirmed security incident "
        f"affecting its data without undue delay.",
    ][k % 2]


def bp_law(state, county):
    return (f"This Agreement is governed by the laws of the State of {state}, without regard to its conflict-of-laws "
            f"rules, and the state and federal courts sitting in {county} County have exclusive jurisdiction.")


def bp_misc(v, c, k=0):
    return ("Neither party may assign this Agreement without the other’s written consent, except to a successor in a "
            "merger or a sale of substantially all of its assets. Notices must be in writing and take effect on "
            "receipt when delivered by hand, by recognised courier or by email with confirmation of transmission. If "
            "a provision is held unenforceable the rest continues in effect, and no waiver is effective unless in "
            "writing.")


def bp_sections(v, c, start, keys, k=0, state="Illinois", county="Cook"):
    """Numbered boilerplate sections for a contract."""
    names = {"payment": ("Payment", bp_payment), "term": ("Term and Renewal", bp_term),
             "conf": ("Confidentiality", bp_conf), "support": ("Support", bp_support),
             "warranty": ("Warranty", bp_warranty), "liability": ("Limitation of Liability", bp_liability),
             "data": ("Data Protection", bp_data), "misc": ("General", bp_misc)}
    out = []
    n = start
    for key in keys:
        if key == "law":
            out.append(("sec", f"{n}.", "Governing Law", bp_law(state, county)))
        else:
            head, fn = names[key]
            out.append(("sec", f"{n}.", head, fn(v, c, k)))
        n += 1
    return out


def web_footer_blocks(legal, extra=""):
    return [("sp", 10), ("small", "Was this article helpful?   Yes   No"),
            ("small", f"© 2025 {legal}. All rights reserved. · Terms of Use · Privacy Notice{extra}")]

# --------------------------------------------------------------------------------------------
# document registry
# --------------------------------------------------------------------------------------------

DOCS = []


def doc(key, coverage, vendor, description, theme, fee=None, header="", footer=""):
    """Decorator registering a document builder returning a list of blocks."""
    def wrap(fn):
        DOCS.append(dict(key=key, coverage=coverage, vendor=vendor, description=description, theme=theme,
                         fee=fee, header=header, footer=footer, blocks=fn))
        return fn
    return wrap


def fee(amount, unit, period):
    return {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}

# ============================================================================================
# PASS-THROUGH documents
# ============================================================================================

@doc("pt_faq_lumenwick", "pass_through", "Lumenwick Health, Inc.",
     "Help-centre FAQ; fee given as $18.50 AMA royalty plus $2.50 administration charge per clinician per year "
     "(sum 21); front-desk staff excluded, no proration.",
     "web", fee(21.00, "provider", "year"),
     header="help.lumenwick.example  /  Billing & Account  /  Fees")
def _():
    return [
        ("title_l", "The AMA code royalty on your account: common questions"),
        ("sub", "Lumenwick Billing Team · Updated 14 days ago · 4 min read"),
        ("p", "Lumenwick lets your team choose procedure codes from the Current Procedural Terminology (CPT®) "
              "set while documenting sessions and building claims. The codes belong to the American Medical "
              "Association, and any software company that distributes them owes the AMA a royalty for each person "
              "who relies on them. This article explains how that cost reaches your account."),
        ("q", "How much will I pay this year?"),
        ("a", "For calendar year 2025 the AMA’s royalty is $18.50 for each clinician on your account. On top of "
              "that we add an administration charge of $2.50 per clinician, which covers the work of counting, "
              "reporting and sending the money to the AMA. Both amounts appear together on one line of your "
              "invoice."),
        ("q", "Who is counted as a clinician?"),
        ("a", "Anyone set up in Lumenwick as a rendering clinician, meaning a person whose name can appear on a "
              "note or claim as the one who provided the service. Front-desk staff, billers and schedulers who "
              "never render services are not counted, even though they can see codes on screens."),
        ("q", "When is it billed?"),
        ("a", "Once a year, on your first invoice after January 1. If you add a clinician in, say, July, the full "
              "annual amount for that person appears on the next monthly invoice. We don’t prorate, because the "
              "AMA doesn’t prorate what it charges us."),
        ("q", "Can I pay the AMA myself instead?"),
        ("a", "Not for codes used inside Lumenwick. The AMA bills us for every clinician who can reach the codes "
              "in our product, so the collection has to run through us. A license you hold for another program "
              "does not carry over to this one."),
        ("q", "Will the amount change?"),
        ("a", "The AMA revisits its schedule every year and has tended to move it up a little each time. We’ll "
              "update this article and email account owners at least 30 days before any change takes effect."),
        ("q", "Is sales tax added?"),
        ("a", "Not at present. If the tax treatment of this charge changes in your state we will tell you before "
              "we start collecting it."),
        ("h2", "Related articles"),
        ("bul", ["Reading your monthly Lumenwick invoice", "Adding and removing clinicians",
                 "Updating the card on file"]),
    ] + web_footer_blocks("Lumenwick Health, Inc.")


@doc("pt_orderform_copperline", "pass_through", "Copperline Practice Systems LLC",
     "Ruled order form, seven product rows incl. per-user and per-provider subscriptions; only line 5 is the AMA "
     "royalty, $19.50 per rendering provider, annual.",
     "form", fee(19.50, "provider", "year"), footer="Copperline Practice Systems LLC · Order Form CPS-24-0871")
def _():
    return [
        ("title_l", "ORDER FORM  No. CPS-24-0871"),
        ("tbl", [["Vendor", "Customer"],
                 ["Copperline Practice Systems LLC\n410 Furnace Street, Suite 200\nBirmingham, AL 35203",
                  "Lakeshore Orthopedic Associates, PLLC\n88 Harbor Drive\nSheboygan, WI 53081"],
                 ["Order Start Date: September 1, 2024", "Initial Term: 36 months from Order Start Date"]],
         {"ruled": "grid", "widths": [1, 1]}),
        ("h2", "Products and Services"),
        ("tbl", [["Line", "Product / Service", "Qty", "Unit", "Unit Price", "Billing"],
                 ["1", "Copperline PM — subscription", "9", "Named User", "$68.00", "Monthly"],
                 ["2", "Copperline EHR — subscription", "6", "Provider", "$249.00", "Monthly"],
                 ["3", "ePrescribing incl. EPCS", "6", "Provider", "$29.00", "Monthly"],
                 ["4", "Claims & Remittance", "—", "Claim", "$0.32", "Monthly in arrears"],
                 ["5", "AMA CPT® content royalty (pass-through)", "6", "Rendering Provider", "$19.50", "Annually"],
                 ["6", "Implementation & data conversion", "1", "Project", "$4,800.00", "One-time"],
                 ["7", "Patient statements", "—", "Statement", "$0.61", "Monthly in arrears"]],
         {"ruled": "grid", "widths": [0.5, 3.2, 0.6, 1.4, 1.0, 1.4]}),
        ("small", "Line 5 is collected by Copperline on behalf of the American Medical Association and is adjusted "
                  "each January to the AMA’s then-current schedule. Quantities on Lines 2, 3 and 5 follow the number "
                  "of active providers and are trued up quarterly."),
        ("h2", "Terms"),
        ("sec", "A.", "Agreement", "This Order Form is governed by the Copperline Master Subscription Agreement "
                                   "executed by the parties on August 14, 2024 (the “MSA”)."),
        ("sec", "B.", "Payment", bp_payment("Copperline", "Customer", 1)),
        ("sec", "C.", "Renewal", bp_term("Copperline", "Customer", 0)),
        ("sec", "D.", "Go-Live", "Copperline will schedule go-live no later than one hundred twenty (120) days "
                                 "after the Order Start Date, subject to Customer’s timely completion of the "
                                 "implementation checklist."),
        ("sig", [("COPPERLINE PRACTICE SYSTEMS LLC", "", ("Renee Okafor", "Regional Sales Director", "08/20/2024")),
                 ("LAKESHORE ORTHOPEDIC ASSOCIATES, PLLC", "", ("Thomas Brandvold", "Practice Administrator",
                                                               "08/22/2024"))]),
    ]


@doc("pt_quote_ostrander", "pass_through", "Ostrander Medical Software Co.",
     "Unruled quote table; unit (per location per month) appears only in the column header; CPT licence row "
     "$9.75 among other rows.",
     "form", fee(9.75, "location", "month"), footer="Ostrander Medical Software Co. — Quote Q-5512")
def _():
    return [
        ("title_l", "Ostrander Medical Software Co."),
        ("sub", "1200 Prospect Avenue · Des Moines, IA 50309 · sales@ostrander-med.example"),
        ("h", "Quote Q-5512"),
        ("tbl", [["Prepared for", "Valley Crossing Urgent Care, LLC (3 clinics)"],
                 ["Prepared by", "Jon Feeney, Account Executive"],
                 ["Quote date", "March 4, 2025"], ["Valid until", "April 30, 2025"]],
         {"ruled": False, "header": False, "widths": [1, 3]}),
        ("sp", 6),
        ("tbl", [["Component", "Locations", "Per Location / Month", "Extended / Month"],
                 ["Core scheduling & registration", "3", "$310.00", "$930.00"],
                 ["Charting (urgent care templates)", "3", "$425.00", "$1,275.00"],
                 ["Lab interface, bi-directional", "3", "$95.00", "$285.00"],
                 ["CPT® code set licence — AMA pass-through", "3", "$9.75", "$29.25"],
                 ["Kiosk check-in", "2", "$60.00", "$120.00"],
                 ["Total monthly recurring", "", "", "$2,639.25"]],
         {"ruled": False, "widths": [3.2, 1, 1.6, 1.6], "bold_last": True}),
        ("p", "One-time services: project management and build, $6,500.00; go-live support (two days on site), "
              "$2,400.00; historical data import, quoted separately after data review."),
        ("small", "The code set licence line reflects the royalty Ostrander pays the American Medical Association "
                  "for CPT content used at each licensed clinic. It is passed through at cost and may be revised "
                  "each January when the AMA publishes its new schedule."),
        ("h2", "Conditions of this quote"),
        ("bul", ["Pricing assumes a 36-month subscription commencing on the first day of the month after "
                 "signature.",
                 "Additional clinic locations may be added at the per-location rates above for the remainder of "
                 "the term.",
                 bp_payment("Ostrander", "Customer", 0),
                 "This quote is subject to the Ostrander Subscription Terms available on request and does not "
                 "become binding until countersigned by Ostrander."]),
        ("p", "Accepted for Valley Crossing Urgent Care, LLC: ____________________  Date: __________"),
    ]


@doc("pt_notice_harrowgate", "pass_through", "Harrowgate EHR Solutions, Inc.",
     "Fee-change notice: AMA royalty rises from $18.00 to $18.50, separate unchanged $1.50 collection fee; no "
     "total printed, in-force amount is 18.50+1.50.",
     "letter", fee(20.00, "provider", "year"), footer="Harrowgate EHR Solutions, Inc. · 77 Quarry Road · Provo, UT 84601")
def _():
    return [
        ("title_l", "HARROWGATE"),
        ("small", "Harrowgate EHR Solutions, Inc. · Client Billing Services"),
        ("sp", 8),
        ("p", "November 3, 2025"),
        ("p", "To: Account administrators of Harrowgate practices\nRe: **Change to the AMA CPT® pass-through "
              "charge for 2026**"),
        ("p", "Dear Harrowgate client,"),
        ("p", "Each year the American Medical Association sets the royalty that software companies must pay for "
              "the use of CPT codes by the clinicians who rely on them. Harrowgate collects that royalty from "
              "practices and remits it to the AMA, and we write each autumn to let you know what the coming year "
              "will look like."),
        ("p", "Effective January 1, 2026, the amount Harrowgate collects for the AMA’s royalty will rise from "
              "$18.00 to $18.50 for each rendering provider on your account. Our collection and reporting fee of "
              "$1.50 per rendering provider is unchanged. Both items will appear on your January 2026 invoice."),
        ("tbl", [["Per rendering provider, per calendar year", "2025", "2026"],
                 ["AMA CPT® royalty (remitted to the AMA)", "$18.00", "$18.50"],
                 ["Harrowgate collection & reporting fee", "$1.50", "$1.50"]],
         {"ruled": "lines", "widths": [3.6, 1, 1]}),
        ("p", "A rendering provider is any individual whose NPI appears as the rendering provider on at least one "
              "claim or encounter in Harrowgate during the year. Providers added after January will be billed on "
              "the following monthly invoice."),
        ("p", "You do not need to do anything. If you believe your provider count is wrong, your practice "
              "administrator can review it under Settings › Licensing before December 15, 2025."),
        ("p", "Thank you for working with us."),
        ("p", "Sincerely,\n\nAlicia Varga\nDirector, Client Billing\nHarrowgate EHR Solutions, Inc."),
    ]


@doc("pt_amend_tidewell", "pass_through", "Tidewell Clinical Cloud, LLC",
     "Amendment No. 2 replaces an 'all royalties included' clause with a $24.00 per Authorized User per year CPT "
     "License Fee; recitals quote the superseded included wording.",
     "contract", fee(24.00, "user", "year"), footer="Tidewell / Northfield — Amendment No. 2")
def _():
    return [
        ("title", "AMENDMENT NO. 2 TO MASTER SUBSCRIPTION AGREEMENT"),
        ("p", "This Amendment No. 2 (this “Amendment”) is made as of December 1, 2024 between **Tidewell Clinical "
              "Cloud, LLC**, a Delaware limited liability company (“Tidewell”), and **Northfield Behavioral Health "
              "Group, LLC** (“Client”)."),
        ("h2", "Background"),
        ("sec", "A.", "", "Tidewell and Client are parties to a Master Subscription Agreement dated June 1, 2022, "
                          "as amended by Amendment No. 1 dated March 15, 2023 (which extended support hours), "
                          "(together, the “Agreement”)."),
        ("sec", "B.", "", "Section 5.6 of the Agreement currently reads: “The Subscription Fees include all "
                          "royalties payable to the owners of third-party content delivered with the Services, "
                          "including the American Medical Association.”"),
        ("sec", "C.", "", "The parties wish to change how the royalty for CPT® content is paid, on the terms set "
                          "out below."),
        ("h2", "Agreement"),
        ("sec", "1.", "Replacement of Section 5.6", "Section 5.6 of the Agreement is deleted in its entirety and "
                       "replaced with the following: “5.6 CPT Content. The Subscription Fees do not include the "
                       "royalty payable to the American Medical Association for CPT® content. From the Amendment "
                       "Effective Date, Client shall pay Tidewell a CPT License Fee of twenty-four dollars ($24.00) "
                       "per Authorized User for each calendar year or part of a calendar year. Tidewell will invoice "
                       "the CPT License Fee each January and, for Authorized Users added during a year, on the next "
                       "monthly invoice.”"),
        ("sec", "2.", "Exhibit A", "Exhibit A (Fees) is amended by adding a line for the CPT License Fee described "
                                   "in Section 1 of this Amendment."),
        ("sec", "3.", "Amendment Effective Date", "The “Amendment Effective Date” is January 1, 2025."),
        ("sec", "4.", "Authorized Users", "For clarity, “Authorized User” has the meaning given in Section 1 of the "
                                          "Agreement: an individual to whom Client has issued credentials to "
                                          "access the Services."),
        ("sec", "5.", "No Other Changes", "Except as expressly amended by this Amendment, the Agreement remains "
                                          "unchanged and in full force and effect. Capitalised terms not defined "
                                          "here have the meanings given in the Agreement. This Amendment may be "
                                          "signed in counterparts and by electronic signature."),
        ("sig", [("TIDEWELL CLINICAL CLOUD, LLC", "", ("Priya Natarajan", "Chief Revenue Officer", "12/02/2024")),
                 ("NORTHFIELD BEHAVIORAL HEALTH GROUP, LLC", "", ("Gordon Heilig", "Chief Operating Officer",
                                                                  "12/04/2024"))]),
    ]


@doc("pt_invoice_quillfeather", "pass_through", "Quillfeather Practice Management, Inc.",
     "Invoice: AMA CPT royalty line 4 x $18.50 and a separate processing-fee line 4 x $1.25 (sum 19.75 per "
     "provider); other lines per named user, per claim, a credit.",
     "form", fee(19.75, "provider", "year"), footer="Quillfeather Practice Management, Inc. · Invoice QPM-2025-00419")
def _():
    return [
        ("title_l", "INVOICE"),
        ("tbl", [["From", "Bill to", "Invoice details"],
                 ["Quillfeather Practice Management, Inc.\n5 Lantern Square\nHartford, CT 06103",
                  "Cedar Ridge Pediatrics, P.A.\nAttn: Accounts Payable\n2140 Old Mill Road\nAsheville, NC 28806",
                  "Invoice no.: QPM-2025-00419\nInvoice date: January 6, 2025\nAccount: CRP-0078\nTerms: Net 30\n"
                  "Due: February 5, 2025"]],
         {"ruled": False, "widths": [1, 1, 1]}),
        ("sp", 6),
        ("tbl", [["Description", "Qty", "Rate", "Amount"],
                 ["Quillfeather PM subscription — January 2025 (named users)", "11", "$42.00", "$462.00"],
                 ["Clearinghouse claims submitted — December 2024", "1,284", "$0.27", "$346.68"],
                 ["Patient statements mailed — December 2024", "392", "$0.58", "$227.36"],
                 ["AMA CPT® royalty — calendar year 2025, per provider", "4", "$18.50", "$74.00"],
                 ["CPT royalty processing fee, per provider", "4", "$1.25", "$5.00"],
                 ["Service credit — outage of 12/11/2024", "1", "($50.00)", "($50.00)"]],
         {"ruled": "lines", "widths": [4.2, 0.7, 0.9, 1.0]}),
        ("tbl", [["", "Subtotal", "$1,065.04"], ["", "Sales tax (0%)", "$0.00"], ["", "Amount due", "$1,065.04"]],
         {"ruled": False, "header": False, "widths": [4.2, 1.6, 1.0], "bold_last": True}),
        ("h2", "Notes"),
        ("bul", ["The AMA royalty is billed once a year for each provider who renders services under your account, "
                 "and for providers added during the year on the next invoice after they are added.",
                 "Claims and statements are billed in arrears for the prior month.",
                 "Please include the invoice number with your payment. ACH: routing 000000000 (see remittance "
                 "advice); checks payable to Quillfeather Practice Management, Inc."]),
        ("small", "Questions about this invoice? billing@quillfeather.example · (860) 555-0147"),
    ]


@doc("pt_email_halberd", "pass_through", "Halberd Clinical Software, Inc.",
     "Email thread; fee in words only ('thirty-two dollars per named user each year'); an earlier support reply "
     "wrongly said it was bundled and is corrected; $55 per-seat price is a subscription.",
     "mono", fee(32.00, "user", "year"))
def _():
    return [
        ("mono", "From:    Marcus Lyle <mlyle@halberd-clinical.example>\nTo:      Dana Whitcombe "
                 "<dwhitcombe@brookhaven-ent.example>\nDate:    Tue, 11 Feb 2025 09:42:17 -0600\n"
                 "Subject: RE: RE: What is CPT-LIC on invoice 2025-0113?"),
        ("p", "Hi Dana,"),
        ("p", "Thanks for your patience while I checked with our licensing group. To confirm what I said on the "
              "phone this morning: the CPT licence charge on your account is thirty-two dollars per named user "
              "each year. It is separate from the seat price in your order form ($55 per user per month) and "
              "covers the royalty we pay the American Medical Association for the code set, plus our cost of "
              "administering it."),
        ("p", "It is billed every January for each person with a login, and anyone added during the year is "
              "billed when their login is created. My colleague’s note last week saying the code licence was "
              "bundled into your seat price was mistaken, and I’m sorry for the confusion. Your January invoice "
              "is correct as issued."),
        ("p", "Regards,\nMarcus Lyle\nAccounts Receivable\nHalberd Clinical Software, Inc.\n(414) 555-0190"),
        ("mono", "-----Original Message-----\nFrom:    Dana Whitcombe <dwhitcombe@brookhaven-ent.example>\n"
                 "Sent:    Mon, 10 Feb 2025 16:05:51 -0600\nTo:      Halberd Billing <billing@halberd-clinical.example>\n"
                 "Subject: RE: What is CPT-LIC on invoice 2025-0113?"),
        ("quote", "> Marcus - our January invoice has a line \"CPT-LIC 7 @ 32.00\". Your support person told me last "
                  "week this was already included in the $55 per seat we pay. Which is it, and is it every year? "
                  "We are a 3-physician ENT practice with 7 logins.\n> Dana Whitcombe, Office Manager, Brookhaven "
                  "ENT & Allergy"),
        ("mono", "-----Original Message-----\nFrom:    Halberd Support <support@halberd-clinical.example>\n"
                 "Sent:    Tue, 4 Feb 2025 11:20:03 -0600\nSubject: Case 88120 - invoice question"),
        ("quote", "> Hello Dana, I believe the code licence is part of your seat price, but I have passed your "
                  "question to billing who will follow up. Case 88120 remains open."),
        ("mono", "-----Original Message-----\nFrom:    Halberd Billing <no-reply@halberd-clinical.example>\n"
                 "Sent:    Mon, 13 Jan 2025 06:00:00 -0600\nSubject: Your Halberd invoice 2025-0113 is ready"),
        ("quote", "> Invoice 2025-0113 for Brookhaven ENT & Allergy is available in the portal. Amount due: "
                  "$609.00. Due date: February 12, 2025."),
        ("small", "This message may contain confidential information intended only for the addressee. If you "
                  "received it in error, please delete it and notify the sender."),
    ]


@doc("pt_pricing_brightmoor", "pass_through", "Brightmoor Health Software, Inc.",
     "Multi-column pricing page: CPT row is 'billed separately $22/provider/yr' for Essentials and Professional, "
     "'Included' for Enterprise; the order summary on page 2 selects Professional.",
     "web", fee(22.00, "provider", "year"), header="brightmoor.example/pricing")
def _():
    return [
        ("title_l", "Plans & Pricing"),
        ("sub", "Simple plans for independent practices. Prices per provider per month, billed annually."),
        ("tbl", [["", "Essentials", "Professional", "Enterprise"],
                 ["Price", "$119 / provider / mo", "$219 / provider / mo", "Custom quote"],
                 ["Scheduling & reminders", "Yes", "Yes", "Yes"],
                 ["Charting & specialty templates", "Basic", "Full library", "Full library + custom"],
                 ["Integrated claims & ERA", "Add-on", "Yes", "Yes"],
                 ["Patient portal & intake", "Yes", "Yes", "Yes"],
                 ["AMA CPT® royalty*", "$22 / provider / yr, billed separately",
                  "$22 / provider / yr, billed separately", "Included in price"],
                 ["Dedicated success manager", "—", "—", "Yes"],
                 ["Uptime commitment", "99.5%", "99.7%", "99.9%"]],
         {"ruled": "shade", "widths": [2, 1.5, 1.5, 1.5]}),
        ("small", "* The American Medical Association charges a royalty for access to CPT codes. Where it is billed "
                  "separately it appears once a year on your January invoice for each active provider."),
        ("h2", "Frequently asked"),
        ("q", "Can I switch plans?"),
        ("a", "Yes, at any renewal, or mid-term to a higher plan with the price difference prorated."),
        ("q", "What counts as a provider?"),
        ("a", "A licensed clinician who documents or bills visits in Brightmoor. Staff logins are free."),
        ("pb",),
        ("title_l", "Order Summary"),
        ("tbl", [["Customer", "Southgate Family Practice, LLC"], ["Plan selected", "Professional"],
                 ["Providers", "5"], ["Billing", "Annual prepay"], ["Start date", "July 1, 2025"],
                 ["Sales contact", "Ines Carvalho"]],
         {"ruled": "lines", "header": False, "widths": [1.3, 3]}),
        ("h2", "Terms of this order"),
        ("p", "This order is placed under the Brightmoor Subscription Terms published at "
              "brightmoor.example/legal as of the start date. " + bp_term("Brightmoor", "Customer", 2)),
        ("p", bp_payment("Brightmoor", "Customer", 2)),
        ("p", bp_data("Brightmoor", "Customer", 1)),
        ("p", "Brightmoor Health Software, Inc. · 3300 Riverside Parkway · Austin, TX 78741"),
        ("p", "Accepted by Customer: Dr. Helen Maddox, Managing Partner — electronically signed June 12, 2025"),
    ]


@doc("pt_billing_keystrand", "pass_through", "Keystrand Revenue Partners, LLC",
     "Billing-service agreement where 'Provider' is the practice; CPT Content Fee $150.00 per Provider entity "
     "(per TIN) per year regardless of practitioners; 5.75% of collections is the service fee.",
     "contract", fee(150.00, "organization", "year"), footer="Keystrand Revenue Partners, LLC — Revenue Cycle Services Agreement")
def _():
    v, c = "Company", "Provider"
    return [
        ("title", "REVENUE CYCLE SERVICES AGREEMENT"),
        ("p", "This Revenue Cycle Services Agreement is entered into as of April 1, 2025 by **Keystrand Revenue "
              "Partners, LLC**, a Pennsylvania limited liability company (“Company”), and **Harbor Point "
              "Cardiology, P.C.** (“Provider”)."),
        ("sec", "1.", "Definitions", "“Provider” means the professional corporation named above, acting for "
                 "itself and its physicians and non-physician practitioners. “Practitioner” means an individual "
                 "clinician who renders services billed under Provider’s tax identification number. “Company "
                 "Platform” means the web portal, work queues and reports Company makes available to Provider. "
                 "“Net Collections” means amounts actually received for Provider’s services, less refunds and "
                 "recoupments."),
        ("sec", "2.", "Services", "Company will prepare and submit professional claims, post payments and "
                 "adjustments, work denials and underpayments, follow up on unpaid claims older than thirty (30) "
                 "days, and deliver monthly performance reports. Provider remains responsible for the accuracy of "
                 "clinical documentation and for the codes its Practitioners assign."),
        ("sec", "3.", "Compensation", "Provider shall pay Company five and three-quarters percent (5.75%) of Net "
                 "Collections each month, with a monthly minimum of $1,250.00. Company will invoice by the tenth "
                 "day of each month for the prior month."),
        ("sec", "4.", "CPT Content Fee", "The Company Platform displays CPT® codes and descriptors under "
                 "Company’s distribution arrangement with the American Medical Association. In addition to the "
                 "compensation in Section 3, Company will invoice Provider an annual CPT Content Fee of one "
                 "hundred fifty dollars ($150.00) per Provider entity, meaning per tax identification number, "
                 "irrespective of the number of Practitioners, which Company uses to meet its royalty obligations "
                 "to the AMA. The fee is invoiced each April."),
        ("sec", "5.", "Provider Responsibilities", "Provider will furnish complete charge information within "
                 "three (3) business days of each date of service, maintain payer enrollments, and forward all "
                 "correspondence from payers to Company within five (5) business days of receipt."),
        ("sec", "6.", "Records", "Company will retain billing records for seven (7) years and make them "
                 "available to Provider on request and on termination."),
    ] + bp_sections(v, c, 7, ["data", "term", "conf", "liability", "law", "misc"], k=0,
                    state="Pennsylvania", county="Allegheny") + [
        ("sig", [("KEYSTRAND REVENUE PARTNERS, LLC", "", ("Owen Kessler", "Managing Member", "03/24/2025")),
                 ("HARBOR POINT CARDIOLOGY, P.C.", "", ("Rita Sandoval, MD", "President", "03/27/2025"))]),
    ]


@doc("pt_module_vellichor", "pass_through", "Vellichor Coding Systems, Inc.",
     "Schedule of optional modules: conditional one-time CPT data licence charge of $85.00 per workstation user "
     "'if Customer elects' the Coding Assistant module; order excerpt shows it elected.",
     "contract", fee(85.00, "user", "one_time"), footer="Vellichor Coding Systems, Inc. — Schedule 2")
def _():
    return [
        ("title", "SCHEDULE 2 — OPTIONAL MODULES"),
        ("center", "to the Software License and Services Agreement between Vellichor Coding Systems, Inc. "
                   "(“Vellichor”) and Granite Falls Surgical Center, LLC (“Customer”)"),
        ("sec", "2.1", "Scope", "This Schedule describes modules that Customer may add to the base software. "
                 "A module forms part of the Licensed Software only if it is marked as elected on an Order Form."),
        ("sec", "2.2", "Denial Analytics Module", "If elected, Customer pays $350.00 per month for the Denial "
                 "Analytics Module, which includes twelve standard dashboards and a monthly data refresh."),
        ("sec", "2.3", "Coding Assistant Module", "If Customer elects the Coding Assistant Module on the Order "
                 "Form, Customer shall pay, in addition to the module subscription of $600.00 per month, a "
                 "one-time CPT® data licence charge of $85.00 for each workstation user given access to the "
                 "module. That charge buys a perpetual licence to the CPT release delivered at go-live and is "
                 "paid to Vellichor, which accounts for it to the American Medical Association."),
        ("sec", "2.4", "Updates", "Annual code updates for the Coding Assistant Module are delivered each "
                 "December under Customer’s support plan; Vellichor will tell Customer in writing before any "
                 "update that carries an additional charge."),
        ("sec", "2.5", "Patient Portal Plus", "If elected, $1.10 per active patient account per month, with a "
                 "minimum of $200.00 per month."),
        ("sec", "2.6", "Removal", "Customer may remove an elected module at any renewal on sixty (60) days’ "
                 "notice. One-time charges are not refundable."),
        ("sec", "2.7", "Payment", bp_payment("Vellichor", "Customer", 0)),
        ("sec", "2.8", "Support", bp_support("Vellichor", "Customer", 0)),
        ("sp", 8),
        ("h2", "Order Form OF-2291 (excerpt) — Optional modules"),
        ("tbl", [["Elected", "Module", "Quantity"],
                 ["[X]", "Coding Assistant Module", "6 workstation users"],
                 ["[ ]", "Denial Analytics Module", "—"],
                 ["[ ]", "Patient Portal Plus", "—"]],
         {"ruled": "grid", "widths": [0.8, 3, 2]}),
        ("p", "Order Form OF-2291 was signed by both parties on May 19, 2025."),
    ]


@doc("pt_eula_northgale", "pass_through", "Northgale Medical Informatics Corp.",
     "End-user terms saying End User 'must obtain from Northgale a license ... and must pay the fee in Schedule 1' "
     "(reads like must-license but the vendor sells it); Schedule 1 table $27.00 per Provider per year.",
     "web", fee(27.00, "provider", "year"), header="northgale.example/legal/cpt-terms")
def _():
    return [
        ("title_l", "End User License Terms for CPT® Content in Northgale Software"),
        ("sub", "Version 2025.1 · Applies to Northgale Ambulatory, Northgale Billing and Northgale Analytics"),
        ("p", "IMPORTANT — PLEASE READ. These terms are a contract between you, the practice or other entity "
              "identified in your Northgale order (“End User”), and Northgale Medical Informatics Corp. "
              "(“Northgale”). They are in addition to, and separate from, your Master Agreement with Northgale. "
              "By accepting these terms or using the CPT content you agree to them."),
        ("sec", "1.", "Content", "The software contains content from Current Procedural Terminology (CPT®), which "
                 "is copyrighted by the American Medical Association (AMA). CPT is a registered trademark of the "
                 "AMA."),
        ("sec", "2.", "License requirement", "End User must obtain from Northgale a license to the CPT content for "
                 "each Provider who uses the software to document or bill services, and must pay the fee for that "
                 "license set out in Schedule 1. The CPT content is licensed per individual Provider and not on a "
                 "concurrent-use basis. “Provider” means a physician or other licensed practitioner identified as "
                 "such in the Master Agreement."),
        ("sec", "3.", "Use", "End User may use the CPT content only within Northgale software, for its own internal "
                 "purposes, in the United States. End User may not publish, sell, sublicense or otherwise make "
                 "the CPT content available to anyone outside its organization, including affiliates."),
        ("sec", "4.", "Disclaimers", "The CPT content is provided as is. The AMA does not practise medicine or "
                 "provide medical services. Fee schedules, relative value units and conversion factors are not "
                 "part of CPT and are not assigned by the AMA."),
        ("sec", "5.", "Termination", "These terms end automatically if the Master Agreement ends or if End User "
                 "breaches them; End User must then stop using the CPT content."),
        ("sec", "6.", "Government use", "CPT is commercial technical data developed at private expense by the "
                 "AMA; any U.S. Government use is subject to the restrictions of the applicable acquisition "
                 "regulations."),
        ("h2", "Schedule 1 — CPT content fees"),
        ("tbl", [["Item", "Basis", "Fee"],
                 ["CPT content license", "per Provider, per calendar year", "$27.00"],
                 ["Late-added Provider", "billed on next invoice, not prorated", "$27.00"],
                 ["Provider deactivated mid-year", "no refund", "—"]],
         {"ruled": "grid", "widths": [2, 2.5, 1]}),
        ("small", "© 2025 Northgale Medical Informatics Corp. CPT only © 2024 American Medical Association. All "
                  "rights reserved."),
    ]


@doc("pt_clearinghouse_saltmarsh", "pass_through", "Saltmarsh Claims Exchange, LLC",
     "Clearinghouse agreement ('Provider' = the practice) with fee table: per-claim and per-inquiry fees plus a CPT "
     "Code Access Fee of $8.50 per rendering provider NPI per month.",
     "contract", fee(8.50, "provider", "month"), footer="Saltmarsh Claims Exchange, LLC — Electronic Claims Services Agreement")
def _():
    v, c = "Clearinghouse", "Provider"
    return [
        ("title", "ELECTRONIC CLAIMS SERVICES AGREEMENT"),
        ("p", "Between **Saltmarsh Claims Exchange, LLC** (“Clearinghouse”) and **Mesa Verde Internal Medicine, "
              "PLLC** (“Provider”), effective February 1, 2025."),
        ("sec", "1.", "Services", "Clearinghouse will receive Provider’s claim files, edit them against payer "
                 "rules with its claim scrubber, translate them into the ANSI X12 837P format, transmit them to "
                 "payers and return acknowledgements, remittance advice (835) and claim status."),
        ("sec", "2.", "Provider Obligations", "Provider will submit complete and accurate data, keep its payer "
                 "enrollments current and review rejection reports daily."),
        ("sec", "3.", "Code Content", "The claim scrubber and the code look-up screens in the Clearinghouse portal "
                 "use CPT® content that Clearinghouse licenses from the American Medical Association. The CPT "
                 "Code Access Fee in Section 4 recovers the royalty Clearinghouse pays for that content."),
        ("sec", "4.", "Fees", "Provider shall pay the following:"),
        ("tbl", [["Item", "Fee"],
                 ["Account setup (one-time)", "$250.00"],
                 ["Professional claim, per claim", "$0.25"],
                 ["Electronic remittance (835)", "No charge"],
                 ["Eligibility inquiry, per inquiry", "$0.10"],
                 ["CPT Code Access Fee, per rendering provider NPI, per month", "$8.50"],
                 ["Paper claim drop-to-print, per claim", "$0.65"]],
         {"ruled": "grid", "widths": [4, 1.5]}),
    ] + bp_sections(v, c, 5, ["payment", "term", "data", "warranty", "liability", "law", "misc"], k=1,
                    state="Arizona", county="Maricopa") + [
        ("sig", [("SALTMARSH CLAIMS EXCHANGE, LLC", "", ("Benito Arroyo", "VP, Client Services", "01/21/2025")),
                 ("MESA VERDE INTERNAL MEDICINE, PLLC", "", ("Joan Pike", "Billing Manager", "01/23/2025"))]),
    ]


@doc("pt_renewal_pinecrest", "pass_through", "Pinecrest Ambulatory Systems, Inc.",
     "Renewal notice/quote: 'Licensing pass-throughs' section with AMA royalty $18.50 and collection fee $3.00 on "
     "separate rows, both per licensed user annual (sum 21.50); platform price per user per month.",
     "form", fee(21.50, "user", "year"), footer="Pinecrest Ambulatory Systems, Inc. — Renewal R-2026-0332")
def _():
    return [
        ("title_l", "Renewal Notice & Quote — Contract Year 2026"),
        ("p", "Pinecrest Ambulatory Systems, Inc. · 90 Granite Way · Concord, NH 03301"),
        ("tbl", [["Customer", "Elmhurst Women’s Health Associates, P.C."], ["Agreement", "Subscription Agreement "
                  "dated January 1, 2023"], ["Renewal term", "January 1 – December 31, 2026"],
                 ["Reference", "R-2026-0332"]],
         {"ruled": False, "header": False, "widths": [1.2, 4]}),
        ("p", "Your Pinecrest subscription renews on January 1, 2026. The charges for the renewal term are set out "
              "below. Quantities are based on your licensed user count on October 1, 2025."),
        ("h2", "Recurring charges"),
        ("tbl", [["Item", "Qty", "Unit price", "Period", "Total"],
                 ["Pinecrest Ambulatory platform (licensed users)", "14", "$74.00", "per month", "$12,432.00"],
                 ["Lab & imaging interfaces", "2", "$85.00", "per month", "$2,040.00"],
                 ["Patient messaging bundle", "1", "$120.00", "per month", "$1,440.00"]],
         {"ruled": "lines", "widths": [3, 0.5, 0.9, 0.9, 1.1]}),
        ("h2", "Licensing pass-throughs"),
        ("tbl", [["Item", "Qty", "Unit price", "Period", "Total"],
                 ["CPT® royalty (American Medical Association), per licensed user", "14", "$18.50", "annual",
                  "$259.00"],
                 ["Collection & reporting fee, per licensed user", "14", "$3.00", "annual", "$42.00"]],
         {"ruled": "lines", "widths": [3, 0.5, 0.9, 0.9, 1.1]}),
        ("tbl", [["", "Total for 2026 renewal term", "$16,213.00"]],
         {"ruled": False, "header": False, "widths": [3.3, 2, 1.1], "bold_last": True}),
        ("small", "Pass-through lines are billed once per contract year on the January invoice; users added later "
                  "in the year are billed on the next invoice. Platform charges are billed monthly."),
        ("h2", "Renewal terms"),
        ("bul", ["The renewal is on the terms of your Subscription Agreement, which remain unchanged except for "
                 "the prices above.",
                 "Platform pricing reflects a 4% increase, within the cap in Section 6.2 of your agreement.",
                 bp_payment("Pinecrest", "Customer", 1),
                 "To decline renewal you must notify us in writing by December 1, 2025."]),
        ("p", "Questions? Contact your account manager, Lila Brandt, at (603) 555-0118."),
    ]


@doc("pt_coop_tricounty", "pass_through", "Tri-County Physicians' Technology Cooperative, Inc.",
     "Cooperative membership agreement with unusual labels ('the Cooperative', 'Member', 'Member Practitioner'); "
     "reimbursement of $18.50 AMA royalty plus $1.00 administrative charge per Member Practitioner per contract "
     "year (sum 19.50); $600 membership dues are not CPT.",
     "contract", fee(19.50, "provider", "year"), footer="Tri-County Physicians' Technology Cooperative, Inc.")
def _():
    v, c = "the Cooperative", "the Member"
    return [
        ("title", "MEMBER TECHNOLOGY SERVICES AGREEMENT"),
        ("p", "This Agreement is between **Tri-County Physicians' Technology Cooperative, Inc.**, a member-owned "
              "cooperative corporation (the “Cooperative”), and the physician practice that signs below (the "
              "“Member”)."),
        ("sec", "1.", "Definitions", "“Shared Platform” means the electronic health record and practice "
                 "management system the Cooperative operates for its members. “Member Practitioner” means each "
                 "physician, nurse practitioner or physician assistant credentialed by the Member who is enabled "
                 "in the Shared Platform. “Contract Year” means each twelve-month period beginning July 1."),
        ("sec", "2.", "Membership", "The Member shall pay annual membership dues of six hundred dollars ($600.00) "
                 "and hold one share of the Cooperative’s common stock while this Agreement is in effect. Patronage "
                 "dividends, if any, are allocated as the Board decides."),
        ("sec", "3.", "Platform Services", "The Cooperative will host, maintain and support the Shared Platform, "
                 "apply regulatory updates and provide a help desk staffed by Cooperative employees."),
        ("sec", "4.", "Service Charges", "The Member shall pay the monthly service charge for each Member "
                 "Practitioner set by the Board in the annual rate resolution, currently $285.00."),
        ("sec", "5.", "Governance", "The Member may vote at members’ meetings and nominate candidates for the "
                 "Board under the Cooperative’s bylaws."),
        ("sec", "6.", "Member Data", bp_data(v, c, 0)),
        ("sec", "7.", "Third-Party Content", ""),
        ("sec", "7.1", "", "The Cooperative licenses drug, clinical-decision and terminology content from several "
                 "suppliers for use in the Shared Platform and passes through their terms where they require it."),
        ("sec", "7.2", "Code Set Royalty", "The Cooperative holds a distribution agreement with the American "
                 "Medical Association under which it pays the AMA a royalty for CPT® content in the Shared "
                 "Platform. Each Member shall reimburse the Cooperative for that royalty at the rate of eighteen "
                 "dollars and fifty cents ($18.50) per Member Practitioner per Contract Year, together with an "
                 "administrative charge of one dollar ($1.00) per Member Practitioner per Contract Year, both "
                 "invoiced each July."),
    ] + bp_sections(v.capitalize(), c.capitalize(), 8, ["term", "conf", "liability", "law"], k=2,
                    state="Ohio", county="Franklin") + [
        ("sig", [("TRI-COUNTY PHYSICIANS' TECHNOLOGY COOPERATIVE, INC.", "", ("Ellen Marsh", "Executive Director",
                                                                              "06/10/2025")),
                 ("MEMBER: Westview Family Physicians, Inc.", "", ("Dr. Samuel Ortiz", "President", "06/12/2025"))]),
    ]


@doc("pt_terms_marrowby", "pass_through", "Marrowby Software Group, Inc.",
     "Negation far from the verb: royalty 'is not, and shall not be deemed to be, included' after a long "
     "parenthetical; invoiced separately at $26.00 per User per annum; $89/user/month subscription is a trap.",
     "contract", fee(26.00, "user", "year"), footer="Marrowby Software Group, Inc. — Subscription Services Terms")
def _():
    v, c = "Marrowby", "Subscriber"
    return [
        ("title", "SUBSCRIPTION SERVICES TERMS"),
        ("p", "These terms govern the services that **Marrowby Software Group, Inc.** (“Marrowby”) provides to the "
              "customer named in the Order (“Subscriber”)."),
        ("sec", "1.", "Definitions", "“Services” means Marrowby’s hosted practice management and billing "
                 "application and related support. “User” means an individual authorised by Subscriber to access "
                 "the Services with unique credentials. “Subscription Fees” means the fees in Schedule A."),
        ("sec", "2.", "Access", "Marrowby grants Subscriber a non-exclusive, non-transferable right for its Users "
                 "to access the Services during the subscription term for Subscriber’s internal business purposes."),
        ("sec", "3.", "Restrictions", "Subscriber shall not resell the Services, share credentials, reverse "
                 "engineer the Services or use them to build a competing product."),
        ("sec", "4.", "Subscriber Data", bp_data(v, c, 1)),
        ("sec", "5.", "Support", bp_support(v, c, 0)),
        ("sec", "6.", "Fees", ""),
        ("sec", "6.1", "", "Subscriber shall pay the Subscription Fees set out in Schedule A."),
        ("sec", "6.2", "", bp_payment(v, c, 0)),
        ("sec", "6.3", "", "Marrowby may increase the Subscription Fees at a renewal by giving ninety (90) days’ notice."),
        ("sec", "6.4", "CPT Royalty", "The royalty that the American Medical Association requires in respect of "
                 "CPT® content made available through the Services, whether viewed directly by a User or relied "
                 "on by the Services to generate claims, statements or reports, and whether or not that content "
                 "is separately identified in the Documentation, is not, and shall not be deemed to be, included "
                 "in the Subscription Fees set out in Schedule A. That royalty shall be invoiced to Subscriber "
                 "separately, at the rate of $26.00 per User per annum."),
    ] + bp_sections(v, c, 7, ["term", "warranty", "liability", "conf", "law", "misc"], k=1,
                    state="Georgia", county="Fulton") + [
        ("h2", "Schedule A — Subscription Fees"),
        ("tbl", [["Service", "Fee"], ["Practice management & billing", "$89.00 per User per month"],
                 ["Onboarding", "$3,000.00 one-time"], ["Additional sandbox environment", "$250.00 per month"]],
         {"ruled": "grid", "widths": [3, 2.5]}),
    ]


@doc("pt_faq_fernhollow", "pass_through", "Fernhollow Therapy Software, LLC",
     "FAQ: AMA CPT charge assessed once per clinic location, explicitly not per therapist: $48 per location per "
     "year; telehealth-only practice counts as one location.",
     "web", fee(48.00, "location", "year"), header="support.fernhollow.example › Billing › AMA fee")
def _():
    return [
        ("title_l", "How the AMA fee works at Fernhollow"),
        ("sub", "Billing & subscriptions · Last reviewed January 2025"),
        ("p", "Fernhollow includes the CPT® procedure codes you use on superbills and claims. Because the "
              "American Medical Association owns those codes, we owe it a royalty, and we recover that cost with a "
              "small annual charge. Here’s how it works."),
        ("q", "Is the fee charged per therapist?"),
        ("a", "No. Unlike many systems, we assess the AMA CPT® charge once for each clinic location, however many "
              "therapists work there. For 2025 the charge is $48 per location per year."),
        ("q", "What counts as a location?"),
        ("a", "Each physical address you set up under Settings › Service Locations. If two suites share one street "
              "address they count once."),
        ("q", "We only do telehealth. Do we pay?"),
        ("a", "Yes — a telehealth-only practice is treated as one location."),
        ("q", "When does it show up?"),
        ("a", "On your first statement of the calendar year. A location added mid-year is charged on the next "
              "statement; a location closed mid-year is not refunded."),
        ("q", "Where does the money go?"),
        ("a", "Most of it goes to the AMA under our distribution agreement; the remainder covers the cost of "
              "reporting usage to them."),
        ("q", "Does my subscription price change?"),
        ("a", "No. Your plan (Solo $39/month, Group $29 per therapist per month) is billed exactly as before; the "
              "location charge is a separate line."),
        ("q", "Can I opt out?"),
        ("a", "Only by not using procedure codes at all, which means turning off superbills and claims for the "
              "whole account."),
    ] + web_footer_blocks("Fernhollow Therapy Software, LLC")


@doc("pt_sow_ashgrove", "pass_through", "Ashgrove Health Informatics, LLC",
     "Statement of work; amounts written in words only; ongoing annual CPT sublicence charge of twenty-two dollars "
     "and seventy-five cents per rendering clinician after go-live; hourly rate also in words.",
     "contract", fee(22.75, "provider", "year"), footer="Ashgrove Health Informatics, LLC — SOW No. 3")
def _():
    v, c = "Ashgrove", "Client"
    return [
        ("title", "STATEMENT OF WORK NO. 3"),
        ("center", "under the Master Services Agreement dated October 2, 2023 between Ashgrove Health Informatics, "
                   "LLC (“Ashgrove”) and Blue Heron Rheumatology, PLLC (“Client”)"),
        ("sec", "1.", "Purpose", "This Statement of Work covers the move of Client’s infusion-centre scheduling "
                 "and billing from its legacy system onto the Ashgrove platform, and the ongoing charges that "
                 "follow go-live."),
        ("sec", "2.", "Scope", "Ashgrove will (a) map and migrate three years of appointment and charge history; "
                 "(b) build an HL7 interface to Client’s infusion pump inventory system; (c) configure drug "
                 "administration charge rules; and (d) train up to twelve Client staff over two remote sessions."),
        ("sec", "3.", "Out of Scope", "Payer contract modelling, clinical content authoring and any hardware."),
        ("sec", "4.", "Milestones", "Data mapping sign-off, interface testing complete, parallel run, go-live. "
                 "Target go-live is the first Monday in March 2025."),
        ("sec", "5.", "Professional Fees", "Client shall pay for the work in Section 2 on a time-and-materials "
                 "basis at one hundred ninety-five dollars per hour, not to exceed one hundred twenty hours without "
                 "Client’s written approval, invoiced monthly in arrears."),
        ("sec", "6.", "Ongoing Charges", "Upon go-live, Client shall also pay (a) the platform subscription for "
                 "the infusion module at the rate stated in Order Form 2, and (b) an annual CPT sublicence charge "
                 "of twenty-two dollars and seventy-five cents per rendering clinician, which Ashgrove remits, "
                 "less its handling cost, to the American Medical Association for the CPT® content used in the "
                 "platform."),
        ("sec", "7.", "Assumptions", "Client will provide a project lead with decision authority, timely access "
                 "to legacy data extracts, and test patients in a non-production environment."),
        ("sec", "8.", "Change Control", "Changes to scope, schedule or fees require a written change order signed "
                 "by both parties."),
        ("sec", "9.", "Acceptance", "Each milestone is accepted on Client’s written sign-off or ten (10) business "
                 "days after delivery without a written list of material defects."),
        ("sec", "10.", "Terms", "This Statement of Work is governed by the Master Services Agreement. "
                 + bp_conf(v, c, 1)),
        ("sig", [("ASHGROVE HEALTH INFORMATICS, LLC", "", ("Nadia Fourie", "Delivery Director", "01/08/2025")),
                 ("BLUE HERON RHEUMATOLOGY, PLLC", "", ("Mark Ellison", "Administrator", "01/10/2025"))]),
    ]


@doc("pt_eula_cobaltine", "pass_through", "Cobaltine Systems, Inc.",
     "AMA-style end-user terms page with a sublicence grant and AMA disclaimers (looks like vendor covers) but "
     "Section 5 charges a CPT End User Fee of $17.75 per Authorized User for 2025.",
     "web", fee(17.75, "user", "year"), header="cobaltine.example/legal/cpt-end-user-terms")
def _():
    return [
        ("title_l", "CPT® End User Terms"),
        ("sub", "Cobaltine Systems, Inc. · Effective January 1, 2025"),
        ("sec", "1.", "Grant", "Cobaltine Systems, Inc. (“Cobaltine”) is a party to a distribution agreement with "
                 "the American Medical Association (“AMA”) and may therefore grant you a limited, non-exclusive, "
                 "non-transferable sublicense to use CPT® content inside Cobaltine products for your own internal "
                 "purposes in the United States."),
        ("sec", "2.", "Duration", "Your sublicense ends automatically if Cobaltine’s agreement with the AMA ends, "
                 "unless the AMA agrees otherwise or you enter into a license directly with the AMA. Delivery of "
                 "annual CPT updates depends on Cobaltine’s continuing relationship with the AMA."),
        ("sec", "3.", "Restrictions", "You may not make CPT content publicly available, translate it or create "
                 "derivative works, or transfer, sell, lease or license it or Cobaltine products containing it to "
                 "anyone else — including a subsidiary, affiliate or other legal entity."),
        ("sec", "4.", "Disclaimers", "Your use of CPT content is at your own risk and it is provided without "
                 "warranty. The AMA does not practise medicine or dispense medical services. Fee schedules, "
                 "relative value units and conversion factors are not assigned by the AMA, are not part of CPT, "
                 "and the AMA does not recommend their use. The AMA is not liable for any consequence of using, "
                 "not using or misusing information in CPT."),
        ("sec", "5.", "Fees", "You shall pay the CPT End User Fee shown on your Cobaltine invoice for each "
                 "Authorized User. For the 2025 calendar year that fee is $17.75 per Authorized User, billed with "
                 "your first invoice of the year."),
        ("sec", "6.", "Authorized Users", "An Authorized User is each individual to whom you issue a Cobaltine "
                 "login, whether a clinician, biller, coder or member of front-office staff. Logins are counted "
                 "individually, not by concurrent sessions."),
        ("sec", "7.", "Audit", "You agree that Cobaltine may report your organisation’s name and Authorized User "
                 "count to the AMA, and that the AMA is a third-party beneficiary of these terms."),
        ("sec", "8.", "U.S. Government", "CPT is commercial technical data and computer software developed at "
                 "private expense by the AMA. Government rights are limited as provided in the applicable federal "
                 "acquisition regulations."),
        ("small", "CPT is a registered trademark of the American Medical Association. CPT only © 2024 American "
                  "Medical Association. All rights reserved."),
    ]


@doc("pt_notice_wrenfield", "pass_through", "Wrenfield Practice Cloud, Inc.",
     "Billing notice: 'AMA content surcharge' of $12.00 per month, one per account (practice), expressly not per "
     "clinician or login.",
     "web", fee(12.00, "organization", "month"), header="Wrenfield · Account notices")
def _():
    return [
        ("title_l", "What’s the “AMA content surcharge” on my bill?"),
        ("sub", "Posted February 3, 2025 · Account notices"),
        ("p", "Starting with your March 2025 statement, each Wrenfield account will carry an AMA content "
              "surcharge of $12.00 per month."),
        ("p", "It’s one charge per account — that is, per practice — not per clinician and not per login. It "
              "covers the royalty Wrenfield owes the American Medical Association for the CPT® codes that appear "
              "in your fee schedules, superbills and claims."),
        ("h2", "Why now?"),
        ("p", "Our agreement with the AMA changed at the start of this year. Until now we covered the royalty "
              "ourselves; the new terms make that impossible at our current prices, so we are passing the cost "
              "through at a flat monthly rate rather than raising everyone’s subscription."),
        ("h2", "What you don’t need to do"),
        ("bul", ["You don’t need to sign anything or license CPT from the AMA yourself.",
                 "Your plan price ($59 per user per month on Team, $45 per user per month on Starter) does not "
                 "change.",
                 "Multi-location practices on a single Wrenfield account pay the surcharge once."]),
        ("h2", "Questions"),
        ("p", "Reply to your statement email or open a ticket from Help › Billing. Account owners can see the "
              "surcharge under Settings › Billing › Line items."),
        ("small", "Wrenfield Practice Cloud, Inc. · 145 Lakeview Blvd · Madison, WI 53703"),
    ]


@doc("pt_precedence_ironbridge", "pass_through", "Ironbridge Medical Systems, LLC",
     "Master terms say fees include the AMA royalty, but an order-of-precedence clause makes the Order Form "
     "control, and the Order Form charges an AMA CPT License Fee of $23.00 per provider annually.",
     "contract", fee(23.00, "provider", "year"), footer="Ironbridge Medical Systems, LLC")
def _():
    v, c = "Ironbridge", "Customer"
    return [
        ("title", "IRONBRIDGE MASTER TERMS"),
        ("p", "These Master Terms apply to every Order Form between **Ironbridge Medical Systems, LLC** "
              "(“Ironbridge”) and the customer named on it (“Customer”)."),
        ("sec", "1.", "Orders", "Customer orders subscriptions and services by signing Order Forms. Each Order "
                 "Form incorporates these Master Terms."),
        ("sec", "2.", "Subscription", "Ironbridge grants Customer’s authorised personnel access to the software "
                 "listed on an Order Form for the term stated there."),
        ("sec", "3.", "Customer Responsibilities", "Customer is responsible for its users’ conduct, for "
                 "safeguarding credentials and for the accuracy of data it enters."),
        ("sec", "4.", "Fees", ""),
        ("sec", "4.1", "", "Customer shall pay the fees stated on each Order Form."),
        ("sec", "4.2", "", "Fees include all royalties payable to third parties for content embedded in the "
                 "software, including the American Medical Association’s royalty for CPT®."),
        ("sec", "4.3", "", bp_payment(v, c, 2)),
    ] + bp_sections(v, c, 5, ["data", "warranty", "liability", "term", "conf"], k=1,
                    state="Missouri", county="Jackson") + [
        ("sec", "10.", "Order of Precedence", "If there is a conflict between an Order Form and these Master "
                  "Terms, the Order Form controls with respect to the transaction it describes."),
        ("sec", "11.", "General", bp_misc(v, c)),
        ("pb",),
        ("title_l", "ORDER FORM IB-3317"),
        ("tbl", [["Customer", "Prairie Rose Neurology, LLC"], ["Effective date", "August 1, 2025"],
                 ["Term", "24 months"]], {"ruled": False, "header": False, "widths": [1.2, 4]}),
        ("tbl", [["Item", "Unit", "Price", "Frequency"],
                 ["Ironbridge EHR & PM", "per provider", "$310.00", "monthly"],
                 ["Neurology content pack", "per practice", "$95.00", "monthly"],
                 ["AMA CPT® License Fee", "per provider", "$23.00", "annual"],
                 ["EEG device interface", "per device", "$40.00", "monthly"],
                 ["Implementation", "fixed", "$5,500.00", "one-time"]],
         {"ruled": "grid", "widths": [2.6, 1.3, 1.1, 1.1]}),
        ("p", "Providers at start: 4. This Order Form is subject to the Ironbridge Master Terms."),
        ("sig", [("IRONBRIDGE MEDICAL SYSTEMS, LLC", "", ("Carla Jensen", "Sales Director", "07/15/2025")),
                 ("PRAIRIE ROSE NEUROLOGY, LLC", "", ("Dr. Aaron Whitfield", "Owner", "07/16/2025"))]),
    ]

# ============================================================================================
# VENDOR-COVERS documents
# ============================================================================================

@doc("vc_terms_larkspur", "vendor_covers", "Larkspur Charting, Inc.",
     "Terms-of-service excerpt with a CPT sublicence grant, AMA disclaimers and notices and no CPT fee anywhere; "
     "the only fees are per-user subscription fees (DOMAIN rule: grant with no fee = vendor covers).",
     "web", None, header="larkspurcharting.example/terms")
def _():
    return [
        ("title_l", "Larkspur Charting Terms of Service"),
        ("sub", "Last updated April 2, 2025"),
        ("h", "4. Fees"),
        ("p", "4.1 You agree to pay the subscription fees for your plan as shown on your order or in the app "
              "(currently $49 per user per month on Standard and $79 per user per month on Plus), plus any "
              "add-ons you choose. 4.2 Fees are billed monthly in advance to your payment method. 4.3 We may "
              "change plan prices with thirty (30) days’ notice; changes apply from your next billing period. "
              "4.4 Fees are non-refundable except where the law or these Terms say otherwise."),
        ("h", "5. Your data"),
        ("p", "You own the clinical and business data you enter. You give us permission to host, copy and process "
              "it only to provide the service to you, and we act as your business associate under the agreement "
              "you accept at sign-up."),
        ("h", "6. Third-party content"),
        ("p", "6.1 **CPT®.** The service includes content from Current Procedural Terminology (CPT), which is "
              "copyrighted by the American Medical Association (AMA). Larkspur Charting, Inc. is authorized under "
              "a license agreement with the AMA to grant you a limited, non-exclusive, non-transferable, "
              "non-sublicensable license to use CPT content within the service, solely for your internal use in "
              "the United States."),
        ("p", "6.2 This sublicense ends automatically if our agreement with the AMA ends, unless the AMA consents "
              "to its continuation or you obtain a license directly from the AMA."),
        ("p", "6.3 You may not publish CPT content, create derivative works of it, or transfer or make it "
              "available to any other person or entity, including your affiliates."),
        ("p", "6.4 CPT content is provided “as is” and your use of it is at your own risk. The AMA does not "
              "directly or indirectly practise medicine or provide medical services. Fee schedules, relative value "
              "units, conversion factors and related components are not assigned by the AMA and are not part of "
              "CPT."),
        ("p", "6.5 U.S. Government rights in CPT are limited as set out in the applicable federal acquisition "
              "regulations for commercial technical data and software developed at private expense."),
        ("p", "6.6 Drug content is supplied by a third-party compendium under terms available on request."),
        ("h", "7. Termination"),
        ("p", "You can cancel at any time from Settings › Subscription; cancellation takes effect at the end of "
              "the billing period. We may suspend accounts that are more than 30 days past due."),
        ("small", "CPT only © 2024 American Medical Association. All rights reserved. CPT is a registered "
                  "trademark of the AMA. © 2025 Larkspur Charting, Inc."),
    ]


@doc("vc_faq_meadowlane", "vendor_covers", "Meadowlane EHR, Inc.",
     "FAQ: 'No' to 'Do you charge an AMA fee?'; vendor pays the royalty from the subscription; mentions that "
     "other EHRs pass through about $20 per clinician (a figure that is not Meadowlane's fee).",
     "web", None, header="help.meadowlane.example › Billing")
def _():
    return [
        ("title_l", "Do you charge an AMA or CPT® fee?"),
        ("sub", "Meadowlane Help Center · Billing · 2 min read"),
        ("q", "Short answer"),
        ("a", "No. Meadowlane pays the American Medical Association’s CPT royalty for every user on our platform, "
              "and we pay it out of your subscription price. You won’t see a separate AMA, CPT or “code licensing” "
              "line on your invoice."),
        ("q", "Why do other EHRs charge it?"),
        ("a", "Some vendors pass the AMA’s royalty through to their customers as a yearly charge — often around "
              "$20 per clinician. That’s their choice; ours is to include it. We hold a distribution license from "
              "the AMA, so the codes in Meadowlane are properly licensed for your whole team."),
        ("q", "Who is covered?"),
        ("a", "Everyone with a Meadowlane login at your practice: clinicians, coders, billers and front-desk staff."),
        ("q", "Does this cover my clearinghouse or billing company?"),
        ("a", "No. The AMA licenses each software product separately, so any other system you use needs its own "
              "coverage — ask those vendors how they handle it."),
        ("q", "Will this change at renewal?"),
        ("a", "Not during your contract term. If we ever changed our approach we would tell you at least 90 days "
              "before your renewal date."),
    ] + web_footer_blocks("Meadowlane EHR, Inc.")


@doc("vc_pricing_stonebrook", "vendor_covers", "Stonebrook Clinical Platforms, Inc.",
     "Plan comparison where the CPT row is 'passed through $19.00 per user per year' for two tiers and 'absorbed — "
     "no charge' for Health System; the proposal's acceptance block names the Health System tier.",
     "form", None, footer="Stonebrook Clinical Platforms, Inc. — Proposal P-7740")
def _():
    return [
        ("title_l", "Proposal P-7740 for Sunrise Valley Medical Group, LLC"),
        ("p", "Prepared by Stonebrook Clinical Platforms, Inc. · 2 Commerce Plaza · Richmond, VA 23219 · June 2, 2025"),
        ("h2", "1. Tier comparison"),
        ("tbl", [["", "Starter", "Growth", "Health System"],
                 ["Platform (per user / month)", "$58", "$72", "$66 (min. 150 users)"],
                 ["Ambulatory EHR", "Yes", "Yes", "Yes"],
                 ["Enterprise scheduling", "—", "Yes", "Yes"],
                 ["Population health dashboards", "—", "Add-on", "Yes"],
                 ["AMA CPT® licensing", "Passed through: $19.00 per user per year",
                  "Passed through: $19.00 per user per year", "Absorbed by Stonebrook — no charge"],
                 ["Named account team", "—", "—", "Yes"]],
         {"ruled": "grid", "widths": [2, 1.5, 1.5, 1.7]}),
        ("h2", "2. Implementation"),
        ("p", "Implementation for 160 users across six clinics is estimated at 16 weeks and $48,000, billed in "
              "four milestone payments."),
        ("h2", "3. Commercial terms"),
        ("bul", [bp_term("Stonebrook", "Customer", 0), bp_payment("Stonebrook", "Customer", 2),
                 "This proposal is valid for sixty (60) days and is subject to the Stonebrook Master Agreement."]),
        ("h2", "4. Acceptance"),
        ("p", "Sunrise Valley Medical Group, LLC accepts this proposal for the Health System tier, for 160 users, "
              "with a start date of September 1, 2025."),
        ("sig", [("SUNRISE VALLEY MEDICAL GROUP, LLC", "", ("Karen Liu", "Chief Financial Officer", "06/20/2025")),
                 ("STONEBROOK CLINICAL PLATFORMS, INC.", "", ("David Ames", "VP Sales", "06/23/2025"))]),
    ]


@doc("vc_orderform_bluefen", "vendor_covers", "Bluefen Software Corporation",
     "Ruled order form whose CPT row shows 'Included / $0.00' among priced rows; note says Bluefen remits the AMA "
     "royalty and no separate charge will be invoiced.",
     "form", None, footer="Bluefen Software Corporation · Order BSC-11902")
def _():
    return [
        ("title_l", "Bluefen Software Corporation — Sales Order BSC-11902"),
        ("tbl", [["Customer", "Ship / service address", "Order date"],
                 ["Pine Hollow Dermatology, P.C.", "17 Birch Lane, Burlington, VT 05401", "January 27, 2025"]],
         {"ruled": "grid", "widths": [2, 3, 1.4]}),
        ("tbl", [["SKU", "Description", "Qty", "Unit", "Price", "Extended"],
                 ["BF-EHR-D", "Bluefen EHR, dermatology edition", "12", "user / mo", "$61.00", "$732.00 / mo"],
                 ["BF-IMG", "Photo & image management", "12", "user / mo", "$9.00", "$108.00 / mo"],
                 ["BF-CPT", "CPT® content (AMA sublicense)", "12", "user", "Included", "$0.00"],
                 ["BF-PATH", "Pathology lab interface", "1", "interface / mo", "$75.00", "$75.00 / mo"],
                 ["BF-IMPL", "Implementation services", "1", "fixed", "$3,900.00", "$3,900.00"]],
         {"ruled": "grid", "widths": [0.9, 2.6, 0.5, 1.1, 0.9, 1.2]}),
        ("small", "Bluefen Software Corporation remits the American Medical Association’s royalty for CPT content "
                  "on Customer’s behalf; no separate CPT charge will be invoiced during the term of this order."),
        ("h2", "Order terms"),
        ("bul", ["Term: 36 months from go-live; " + bp_term("Bluefen", "Customer", 2),
                 bp_payment("Bluefen", "Customer", 1),
                 "Support: " + bp_support("Bluefen", "Customer", 0),
                 "This order is governed by the Bluefen Customer Agreement version 7.2."]),
        ("sig", [("BLUEFEN SOFTWARE CORPORATION", "", ("Tomasz Wrobel", "Account Executive", "01/27/2025")),
                 ("PINE HOLLOW DERMATOLOGY, P.C.", "", ("Dr. Ruth Abara", "Owner", "01/29/2025"))]),
    ]


@doc("vc_amend_gableworth", "vendor_covers", "Gableworth Medical Technologies, LLC",
     "Amendment switching a $19.00 per provider CPT pass-through to included: Licensor bears the AMA royalty from "
     "March 1, 2025 and credits fees already billed.",
     "contract", None, footer="Gableworth Medical Technologies, LLC — Amendment No. 1")
def _():
    return [
        ("title", "AMENDMENT NO. 1 TO SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "This Amendment No. 1 is dated February 10, 2025 and is between **Gableworth Medical Technologies, "
              "LLC** (“Licensor”) and **Coastal Bend Podiatry Group, PLLC** (“Customer”)."),
        ("sec", "1.", "Background", "The parties signed a Software Subscription Agreement dated November 1, 2023 "
                 "(the “Agreement”). Section 6.4 of the Agreement currently requires Customer to pay a CPT "
                 "Pass-Through Fee of $19.00 per provider per year, which Licensor forwards to the American "
                 "Medical Association."),
        ("sec", "2.", "Replacement of Section 6.4", "With effect from March 1, 2025 (the “Amendment Effective "
                 "Date”), Section 6.4 of the Agreement is deleted and replaced with: “6.4 CPT Royalty. Licensor "
                 "shall bear the royalty due to the AMA for CPT® content in the Software. That royalty is included "
                 "in the Subscription Fees, and no CPT Pass-Through Fee or other separate charge for CPT content "
                 "shall be invoiced to Customer.”"),
        ("sec", "3.", "Credit", "Any CPT Pass-Through Fee invoiced to Customer for calendar year 2025 before the "
                 "Amendment Effective Date will be credited in full on Customer’s next invoice."),
        ("sec", "4.", "Subscription Fees", "The Subscription Fees in Exhibit B are unchanged by this Amendment."),
        ("sec", "5.", "Term Extension", "In consideration of the change in Section 2, the current term of the "
                 "Agreement is extended by twelve (12) months, to October 31, 2027."),
        ("sec", "6.", "Effect", "Except as amended here, the Agreement remains in full force. If this Amendment "
                 "conflicts with the Agreement, this Amendment controls."),
        ("sig", [("GABLEWORTH MEDICAL TECHNOLOGIES, LLC", "", ("Lorraine Dube", "General Counsel", "02/10/2025")),
                 ("COASTAL BEND PODIATRY GROUP, PLLC", "", ("Dr. Victor Salas", "Managing Member", "02/12/2025"))]),
    ]


@doc("vc_precedence_orchardhill", "vendor_covers", "Orchard Hill Health Systems, Inc.",
     "General terms make customer pay third-party content royalties 'including the AMA's CPT royalty'; precedence "
     "clause lets the Order Form prevail and the Order Form says CPT royalty 'Included in subscription — no "
     "separate charge'.",
     "contract", None, footer="Orchard Hill Health Systems, Inc.")
def _():
    v, c = "Orchard Hill", "Customer"
    return [
        ("title", "ORCHARD HILL GENERAL TERMS AND CONDITIONS"),
        ("p", "Version 5.0. These General Terms apply to all orders placed with **Orchard Hill Health Systems, "
              "Inc.** (“Orchard Hill”) by the customer identified in an Order Form (“Customer”)."),
        ("sec", "1.", "Structure", "The contract between the parties consists of these General Terms and each "
                 "Order Form. In the event of any inconsistency, the Order Form prevails over these General Terms."),
        ("sec", "2.", "Services", "Orchard Hill will provide the hosted software, interfaces and services listed in "
                 "the Order Form."),
    ] + bp_sections(v, c, 3, ["payment", "support", "data", "warranty", "liability", "conf", "term"], k=0,
                    state="Michigan", county="Kent") + [
        ("sec", "10.", "Third-Party Content", "Customer shall pay all royalties, fees and charges invoiced by "
                  "Orchard Hill for third-party content made available through the services, including the AMA’s "
                  "CPT® royalty, at Orchard Hill’s rates then in effect."),
        ("sec", "11.", "General", bp_misc(v, c)),
        ("pb",),
        ("title_l", "ORDER FORM OH-2025-118"),
        ("tbl", [["Customer", "Great River Gastroenterology, P.C."], ["Order date", "May 5, 2025"],
                 ["Initial term", "60 months"]], {"ruled": False, "header": False, "widths": [1.2, 4]}),
        ("tbl", [["Item", "Quantity", "Fee"],
                 ["Orchard Hill Ambulatory Suite", "9 providers", "$365.00 per provider per month"],
                 ["Endoscopy reporting module", "1", "$450.00 per month"],
                 ["CPT® royalty (AMA)", "—", "Included in subscription — no separate charge"],
                 ["Data migration", "1", "$7,200.00 one-time"]],
         {"ruled": "lines", "widths": [2.5, 1.2, 2.6]}),
        ("p", "This Order Form is governed by the Orchard Hill General Terms and Conditions, version 5.0."),
        ("sig", [("ORCHARD HILL HEALTH SYSTEMS, INC.", "", ("Greg Tanaka", "Regional Vice President", "05/05/2025")),
                 ("GREAT RIVER GASTROENTEROLOGY, P.C.", "", ("Dr. Amina Yusuf", "President", "05/07/2025"))]),
    ]


@doc("vc_letter_cresthaven", "vendor_covers", "Cresthaven Practice Solutions, Inc.",
     "Letter amending the services agreement: from the November 1, 2025 invoice Cresthaven absorbs the AMA fee; "
     "the old '$21.00 AMA-CPT per provider' line is mentioned only as discontinued.",
     "letter", None, footer="Cresthaven Practice Solutions, Inc. · 610 Market Street · Chattanooga, TN 37402")
def _():
    return [
        ("title_l", "CRESTHAVEN"),
        ("small", "Cresthaven Practice Solutions, Inc."),
        ("sp", 8),
        ("p", "October 15, 2025"),
        ("p", "Ms. Patricia Elway\nPractice Manager\nRidgeline Internal Medicine, LLC\n400 Summit Avenue\n"
              "Knoxville, TN 37902"),
        ("p", "Re: Services Agreement dated May 1, 2022 — AMA licensing fee"),
        ("p", "Dear Ms. Elway,"),
        ("p", "Since 2022 your monthly invoices have carried a line reading “AMA-CPT $21.00 per provider”, which "
              "we collected each January to cover the American Medical Association’s royalty for CPT® codes used "
              "in Cresthaven."),
        ("p", "We are pleased to tell you that, effective with the invoice dated November 1, 2025, Cresthaven "
              "Practice Solutions, Inc. will absorb the AMA licensing fee rather than billing it to you. That line "
              "will no longer appear, and your subscription price does not change. Cresthaven remains an "
              "AMA-authorized distributor and will continue to report and pay the royalty for your users."),
        ("p", "This letter amends Section 3.5 of your Services Agreement accordingly. All other terms of the "
              "agreement remain as they are. If you agree, no action is needed; the change applies automatically."),
        ("p", "Thank you for being a Cresthaven client."),
        ("p", "Sincerely,\n\nGrant Holloway\nVice President, Finance\nCresthaven Practice Solutions, Inc."),
    ]


@doc("vc_clearinghouse_lanternway", "vendor_covers", "Lanternway Claims Network, Inc.",
     "Clearinghouse agreement ('Provider' = the practice): Lanternway holds an AMA distribution license and the "
     "CPT royalty is included in the per-transaction fees; Exhibit B lists per-claim fees and a monthly minimum.",
     "contract", None, footer="Lanternway Claims Network, Inc. — Clearinghouse Services Agreement")
def _():
    v, c = "Lanternway", "Provider"
    return [
        ("title", "CLEARINGHOUSE SERVICES AGREEMENT"),
        ("p", "This Agreement is made on July 1, 2025 between **Lanternway Claims Network, Inc.** (“Lanternway”) "
              "and **Silver Creek Pediatric Associates, P.A.** (“Provider”)."),
        ("sec", "1.", "Definitions", "“Provider” means the practice named above together with the individual "
                 "practitioners who bill under it. “Portal” means Lanternway’s web application for claim entry, "
                 "editing, status and reporting. “Transactions” means claims, remittances, eligibility and status "
                 "requests processed through the Portal."),
        ("sec", "2.", "Services", "Lanternway will edit, route and transmit Provider’s claims, deliver payer "
                 "responses and remittance files, and keep Transaction history available in the Portal for seven "
                 "(7) years."),
        ("sec", "3.", "Enrollment", "Lanternway will assist with payer enrollment for electronic claims and "
                 "remittance; Provider will sign payer enrollment forms promptly."),
        ("sec", "4.", "Fees", "Provider shall pay the fees in Exhibit B. " + bp_payment(v, c, 1)),
        ("sec", "5.", "Code Content", "Lanternway maintains a distribution license with the American Medical "
                 "Association covering the CPT® content used in the Portal, the claim editor and reports. The CPT "
                 "royalty attributable to Provider’s users is included in the Transaction fees in Exhibit B, and "
                 "Lanternway will not charge Provider separately for it."),
    ] + bp_sections(v, c, 6, ["data", "term", "warranty", "liability", "law", "misc"], k=0,
                    state="Colorado", county="Denver") + [
        ("h2", "Exhibit B — Fees"),
        ("tbl", [["Transaction", "Fee"], ["Professional claim", "$0.29 each"], ["Electronic remittance (835)",
                  "$0.05 each"], ["Eligibility request (270/271)", "$0.12 each"], ["Claim status (276/277)",
                  "$0.08 each"], ["Monthly minimum", "$75.00"]],
         {"ruled": "grid", "widths": [3, 2]}),
    ]


@doc("vc_billing_silverbirch", "vendor_covers", "Silverbirch Billing Associates, LLC",
     "Medical billing services agreement: the billing company maintains CPT licences at its own cost for its staff "
     "and the client portal, and Client will not be charged; compensation is a percentage of collections.",
     "contract", None, footer="Silverbirch Billing Associates, LLC — Medical Billing Services Agreement")
def _():
    v, c = "Billing Company", "Client"
    return [
        ("title", "MEDICAL BILLING SERVICES AGREEMENT"),
        ("p", "**Silverbirch Billing Associates, LLC** (“Billing Company”) and **Northshore Physical Medicine, "
              "PLLC** (“Client”) agree as follows, effective September 1, 2025."),
        ("sec", "1.", "Engagement", "Client engages Billing Company to perform charge entry, claim submission, "
                 "payment posting, denial management and patient statement services for Client’s professional "
                 "services."),
        ("sec", "2.", "Client Duties", "Client will provide superbills or encounter data within two (2) business "
                 "days of service, copies of insurance cards, and prompt answers to coding queries."),
        ("sec", "3.", "Compensation", "Client shall pay Billing Company six and one-half percent (6.5%) of monthly "
                 "collections on claims Billing Company submits, invoiced on the fifth business day of the month."),
        ("sec", "4.", "Systems and Content", ""),
        ("sec", "4.1", "", "Billing Company will perform the services using its own practice management system "
                 "and clearinghouse connections, and will give Client read-only access to a client portal with "
                 "reports."),
        ("sec", "4.2", "", "Billing Company shall, at its own cost, maintain all licences required for CPT® "
                 "content used by Billing Company’s staff and in any client portal or report Billing Company "
                 "furnishes to Client, including the royalty payable to the American Medical Association. Client "
                 "will not be charged for such licences."),
        ("sec", "4.3", "", "Client remains responsible for the accuracy of the services it documents and the "
                 "diagnosis and procedure codes its clinicians select."),
    ] + bp_sections("Billing Company", "Client", 5, ["data", "term", "conf", "liability", "law"], k=1,
                    state="Washington", county="King") + [
        ("sig", [("SILVERBIRCH BILLING ASSOCIATES, LLC", "", ("Hannah Greer", "Owner", "08/18/2025")),
                 ("NORTHSHORE PHYSICAL MEDICINE, PLLC", "", ("Dr. Paul Renner", "Managing Member", "08/19/2025"))]),
    ]


@doc("vc_negation_kettlewell", "vendor_covers", "Kettlewell Data Health, Inc.",
     "Negative that looks like a positive: 'Under no circumstances will Subscriber be invoiced for any separate "
     "fee, royalty, surcharge or pass-through' for CPT; the Company remits the royalties itself.",
     "contract", None, footer="Kettlewell Data Health, Inc. — Subscription Agreement")
def _():
    v, c = "the Company", "Subscriber"
    return [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("p", "Between **Kettlewell Data Health, Inc.** (the “Company”) and **Ashford Hills Urology, P.C.** "
              "(“Subscriber”), dated March 3, 2025."),
        ("sec", "1.", "Subscription", "The Company grants Subscriber a non-exclusive right to use the Kettlewell "
                 "practice analytics and billing platform during the Term for Subscriber’s internal purposes."),
        ("sec", "2.", "Fees", "Subscriber shall pay $149.00 per provider per month and a one-time onboarding fee of "
                 "$2,500.00. " + bp_payment("The Company", c, 0)),
        ("sec", "3.", "Code Sets", ""),
        ("sec", "3.1", "", "The platform uses ICD-10-CM, HCPCS Level II and CPT® code sets to validate and report "
                 "on claims."),
        ("sec", "3.2", "", "Under no circumstances will Subscriber be invoiced for any separate fee, royalty, "
                 "surcharge or pass-through relating to the CPT® code set; the Company shall itself remit all "
                 "such royalties to the American Medical Association under its distribution agreement, and the "
                 "Company’s sublicense to Subscriber is granted at no additional charge."),
        ("sec", "3.3", "", "Subscriber shall not export CPT descriptors from the platform for use in any other "
                 "system."),
    ] + bp_sections("The Company", c, 4, ["support", "data", "term", "warranty", "liability", "law"], k=1,
                    state="New Jersey", county="Mercer") + [
        ("sig", [("KETTLEWELL DATA HEALTH, INC.", "", ("Simon Adeyemi", "CEO", "03/03/2025")),
                 ("ASHFORD HILLS UROLOGY, P.C.", "", ("Dr. Leah Brandt", "President", "03/04/2025"))]),
    ]


@doc("vc_invoice_redmarrow", "vendor_covers", "Redmarrow Practice Software, LLC",
     "Invoice listing an AMA CPT license line 5 x $18.50 that is fully credited as absorbed by the vendor under the "
     "agreement (shown for transparency); net CPT charge zero.",
     "form", None, footer="Redmarrow Practice Software, LLC · Invoice RPS-250107")
def _():
    return [
        ("title_l", "Redmarrow Practice Software, LLC"),
        ("sub", "22 Foundry Lane · Lowell, MA 01852 · accounts@redmarrow.example"),
        ("h", "Invoice RPS-250107"),
        ("tbl", [["Bill to", "Invoice date", "Due date", "Account"],
                 ["Merrimack Valley Family Care, LLC", "January 7, 2025", "February 6, 2025", "MVFC-022"]],
         {"ruled": "lines", "widths": [2.5, 1.3, 1.3, 1]}),
        ("tbl", [["Line", "Description", "Qty", "Unit price", "Amount"],
                 ["1", "Redmarrow PM+EHR subscription, January 2025 (providers)", "5", "$279.00", "$1,395.00"],
                 ["2", "Patient text reminders, December 2024", "1,910", "$0.03", "$57.30"],
                 ["3", "AMA CPT® license — calendar year 2025 (providers) (note 2)", "5", "$18.50", "$92.50"],
                 ["4", "CPT license absorbed by Redmarrow (note 2)", "1", "($92.50)", "($92.50)"],
                 ["5", "Custom report build (approved change request 14)", "3 hrs", "$150.00", "$450.00"]],
         {"ruled": "grid", "widths": [0.5, 3.4, 0.7, 0.9, 1.0]}),
        ("tbl", [["", "Total due", "$1,902.30"]], {"ruled": False, "header": False, "widths": [4.5, 1, 1],
                                                   "bold_last": True}),
        ("h2", "Notes"),
        ("p", "1. Reminders and other usage items are billed in arrears."),
        ("p", "2. Under Section 4 of your Subscription Agreement the AMA royalty for CPT content is borne by "
              "Redmarrow Practice Software, LLC. Lines 3 and 4 are shown for transparency only; the royalty is "
              "credited in full and you owe nothing for it."),
        ("p", "3. Please quote the invoice number with your payment."),
    ]


@doc("vc_passive_duskfield", "vendor_covers", "Duskfield Medical Software, Inc.",
     "On-premise software licence; passive wording: the AMA royalty 'is paid by Licensor out of the License Fees "
     "and is not separately charged to Licensee'; 'Licensee' is the practice.",
     "contract", None, footer="Duskfield Medical Software, Inc. — Software License Agreement")
def _():
    v, c = "Licensor", "Licensee"
    return [
        ("title", "SOFTWARE LICENSE AGREEMENT"),
        ("p", "This Software License Agreement is made between **Duskfield Medical Software, Inc.** "
              "(“Licensor”) and **Tall Pines Family Medicine, P.A.** (“Licensee”) as of January 15, 2025."),
        ("sec", "1.", "License", "Licensor grants Licensee a perpetual, non-exclusive, non-transferable licence to "
                 "install and use the Duskfield Practice Suite, in object code form, on servers it controls at the "
                 "sites listed in Exhibit A, for its internal business purposes."),
        ("sec", "2.", "License Fees", "Licensee shall pay a licence fee of $1,450.00 per concurrent workstation "
                 "(eight workstations) and annual maintenance equal to twenty percent (20%) of the licence fee "
                 "(together, the “License Fees”)."),
        ("sec", "3.", "Maintenance", "Maintenance includes updates, regulatory changes and telephone support. "
                 + bp_support(v, c, 0)),
        ("sec", "4.", "Third-Party Content", ""),
        ("sec", "4.1", "", "The Software incorporates CPT® content, which is copyrighted by the American Medical "
                 "Association. Licensee’s use of that content is sublicensed under Licensor’s agreement with the "
                 "AMA and is subject to the AMA terms in Exhibit C."),
        ("sec", "4.2", "", "The annual royalty owed to the American Medical Association for CPT content "
                 "incorporated into the Software is paid by Licensor out of the License Fees and is not separately "
                 "charged to Licensee."),
        ("sec", "4.3", "", "Annual CPT updates are delivered with the December maintenance release."),
    ] + bp_sections(v, c, 5, ["warranty", "liability", "conf", "law", "misc"], k=0,
                    state="North Carolina", county="Wake") + [
        ("sig", [("DUSKFIELD MEDICAL SOFTWARE, INC.", "", ("Irene Castillo", "President", "01/15/2025")),
                 ("TALL PINES FAMILY MEDICINE, P.A.", "", ("Dr. Neil Foster", "Owner", "01/16/2025"))]),
    ]


@doc("vc_email_amberlock", "vendor_covers", "Amberlock Health, Inc.",
     "Email exchange: prospect asks whether an AMA charge like the old EHR's $110/user applies; rep says no, the "
     "royalty is in the $189 per-provider subscription, quoting Section 7.3.",
     "mono", None)
def _():
    return [
        ("mono", "From:    Jordan Pryce <jpryce@amberlock.example>\nTo:      Lena Harwood "
                 "<lharwood@oakmontortho.example>\nDate:    Thu, 8 May 2025 14:12:40 -0400\n"
                 "Subject: RE: Questions before we sign"),
        ("p", "Hi Lena,"),
        ("p", "Good questions — answers inline below."),
        ("p", "1) Separate AMA charge? No. There is no separate AMA or CPT® charge with us. Amberlock Health, Inc. "
              "is an AMA-authorized CPT distributor, and the royalty for your users is part of the per-provider "
              "subscription in your quote ($189 per provider per month). Section 7.3 of our Subscription Agreement "
              "puts it in writing: “Amberlock pays the royalty due to the American Medical Association for CPT "
              "content used in the Services; it is included in the Subscription Fees and is not billed "
              "separately.”"),
        ("p", "2) Data migration: we can bring over demographics, appointments and balances from your current "
              "system; clinical notes come across as PDFs."),
        ("p", "3) Contract length: 36 months is standard; we can do 24 months at a 5% higher rate."),
        ("p", "Let me know if you want a redline of the agreement.\n\nJordan Pryce\nSenior Account Executive\n"
              "Amberlock Health, Inc."),
        ("mono", "-----Original Message-----\nFrom:    Lena Harwood <lharwood@oakmontortho.example>\n"
                 "Sent:    Wed, 7 May 2025 17:30:02 -0400\nSubject: Questions before we sign"),
        ("quote", "> Jordan, a few things before we go to the partners:\n> 1) Our current EHR charges us an AMA fee "
                  "of $110 per user per year on top of everything else. Will we get something like that from "
                  "Amberlock?\n> 2) What data can you migrate?\n> 3) Is 36 months the only option?\n> Thanks, "
                  "Lena Harwood, Practice Administrator, Oakmont Orthopaedics"),
    ]


@doc("vc_faq_greyfriar", "vendor_covers", "Greyfriar Clinic Software, LLC",
     "FAQ: vendor is a licensed CPT distributor and has built the royalty into its plans, will never add an AMA "
     "line during the term; notes that other applications need their own coverage.",
     "web", None, header="greyfriar.example/help/ama-cpt")
def _():
    return [
        ("title_l", "Why doesn’t Greyfriar bill an AMA fee?"),
        ("sub", "Greyfriar Help · Accounts & Billing"),
        ("p", "You may have read that many practice software companies now add an annual American Medical "
              "Association charge for CPT® codes. Here is how Greyfriar handles it."),
        ("q", "Do I owe anything for CPT codes in Greyfriar?"),
        ("a", "No. Greyfriar is licensed by the AMA to distribute CPT, and we have built the royalty into the "
              "price of every plan. We will never add an AMA or CPT line item to your bill during your contract "
              "term."),
        ("q", "Do I need my own license from the AMA?"),
        ("a", "Not for Greyfriar. Your use of the codes inside Greyfriar is covered by our sublicense, which you "
              "accept with our terms of service."),
        ("q", "Does that cover my other software?"),
        ("a", "No. The AMA licenses CPT application by application, so a clearinghouse, billing service or coding "
              "tool you use alongside Greyfriar needs its own coverage."),
        ("q", "What happens if Greyfriar’s agreement with the AMA ended?"),
        ("a", "We would tell you in advance. Your sublicense depends on our agreement with the AMA, which has been "
              "in place since 2014 and renews each year."),
    ] + web_footer_blocks("Greyfriar Clinic Software, LLC")


@doc("vc_partner_windmere", "vendor_covers", "Windmere EHR Corporation",
     "EHR agreement where CPT content is supplied by a third-party AMA-authorized distributor (Meridale Code "
     "Services) that pays the royalty under its arrangement with Windmere; neither charges the customer.",
     "contract", None, footer="Windmere EHR Corporation — Customer Agreement")
def _():
    v, c = "Windmere", "Customer"
    return [
        ("title", "WINDMERE CUSTOMER AGREEMENT"),
        ("p", "This Customer Agreement is between **Windmere EHR Corporation** (“Windmere”) and **Bayfront "
              "Cardiology Associates, LLC** (“Customer”), effective October 1, 2025."),
        ("sec", "1.", "Subscription", "Windmere will provide Customer with the Windmere ambulatory EHR and practice "
                 "management software as a hosted service for the users and providers listed in the Order."),
        ("sec", "2.", "Fees", "Customer shall pay $325.00 per provider per month. Non-provider users are included "
                 "at no charge. " + bp_payment(v, c, 0)),
        ("sec", "3.", "Partner Content", ""),
        ("sec", "3.1", "", "Drug interaction content is supplied by a third-party compendium publisher."),
        ("sec", "3.2", "", "CPT® content in the software is supplied by Meridale Code Services, LLC, an "
                 "AMA-authorized distributor, under its agreement with Windmere. Meridale pays the American "
                 "Medical Association royalty for Customer’s users under its arrangement with Windmere, and "
                 "neither Windmere nor Meridale will charge Customer for that royalty."),
        ("sec", "3.3", "", "Customer agrees to the AMA end-user terms displayed on first login, which include the "
                 "AMA’s disclaimers and restrictions on redistribution."),
    ] + bp_sections(v, c, 4, ["support", "data", "term", "warranty", "liability", "law", "misc"], k=1,
                    state="Florida", county="Hillsborough") + [
        ("sig", [("WINDMERE EHR CORPORATION", "", ("Kevin Osei", "Director of Contracts", "09/22/2025")),
                 ("BAYFRONT CARDIOLOGY ASSOCIATES, LLC", "", ("Dr. Maria Chen", "Managing Partner", "09/24/2025"))]),
    ]

# ============================================================================================
# CUSTOMER-MUST-LICENSE documents
# ============================================================================================

@doc("cm_terms_thornquist", "customer_must_license", "Thornquist Analytics, Inc.",
     "Public SaaS terms of service: the service includes no CPT license; customer must obtain one from the AMA or "
     "an authorized distributor for every individual, at its own expense.",
     "web", None, header="thornquist.example/legal/terms-of-service")
def _():
    return [
        ("title_l", "Thornquist Terms of Service"),
        ("sub", "Effective March 1, 2025 · Thornquist Analytics, Inc."),
        ("p", "These Terms govern your organisation’s use of Thornquist’s revenue-cycle analytics service. "
              "“Customer”, “you” and “your” mean the organisation that signs up; “Thornquist”, “we” and “us” mean "
              "Thornquist Analytics, Inc."),
        ("h", "1. The service"),
        ("p", "Thornquist ingests claim, remittance and scheduling data from your systems and turns it into "
              "dashboards on denial rates, payer mix, days in accounts receivable and provider productivity."),
        ("h", "2. Your account"),
        ("p", "You are responsible for everyone who uses your account and for keeping credentials secure. Each "
              "user must have their own login."),
        ("h", "3. Fees"),
        ("p", "You pay the platform fee for your tier (Insight $450 per month, Insight Plus $900 per month) and "
              "$12 per additional dashboard user per month above the tier allowance. " + bp_payment("Thornquist",
                                                                                                    "Customer", 1)),
        ("h", "4. Code sets and third-party content"),
        ("p", "4.1 Your data will contain procedure and diagnosis codes, and our dashboards display and group "
              "them. The service does not include any license to CPT®. Customer is solely responsible for "
              "obtaining and maintaining, at its own expense, a current license from the American Medical "
              "Association, or from an AMA-authorized distributor, for each individual who will access CPT "
              "content through the service, and Customer will give us evidence of that license if we ask."),
        ("p", "4.2 ICD-10-CM and HCPCS Level II are public code sets and are used without charge."),
        ("h", "5. Data"),
        ("p", bp_data("Thornquist", "Customer", 0) + " " + bp_data("Thornquist", "Customer", 1)),
        ("h", "6. Term"),
        ("p", bp_term("Thornquist", "Customer", 1)),
        ("h", "7. Liability"),
        ("p", bp_liability("Thornquist", "Customer")),
        ("small", "CPT is a registered trademark of the American Medical Association."),
    ]


@doc("cm_upload_palisade", "customer_must_license", "Palisade Revenue Tools, LLC",
     "Charge-master tool where the customer uploads its own code tables including CPT and warrants it holds the "
     "AMA licence (customer-loaded CPT content).",
     "contract", None, footer="Palisade Revenue Tools, LLC — Subscription Agreement")
def _():
    v, c = "Palisade", "Customer"
    return [
        ("title", "SUBSCRIPTION AGREEMENT — CHARGEMASTER STUDIO"),
        ("p", "Between **Palisade Revenue Tools, LLC** (“Palisade”) and **Summit Orthopedic Surgery Center, LLC** "
              "(“Customer”), effective June 1, 2025."),
        ("sec", "1.", "Service", "Chargemaster Studio lets Customer maintain its charge description master, model "
                 "fee schedules against payer contracts and publish price-transparency files."),
        ("sec", "2.", "Fees", "Customer shall pay $1,100.00 per month for up to ten (10) users and $65.00 per "
                 "month for each additional user."),
        ("sec", "3.", "Customer Content", ""),
        ("sec", "3.1", "", "Palisade does not supply code sets. Customer will upload its own charge description "
                 "master, fee schedules and procedure code tables, including any CPT® codes and descriptors "
                 "(“Customer Content”)."),
        ("sec", "3.2", "", "Customer represents and warrants that it holds, and will maintain throughout the Term, "
                 "all licences required for Customer Content, including a license from the American Medical "
                 "Association for CPT content used by each of its users, and Customer shall indemnify Palisade "
                 "against claims arising from any failure to hold such licences."),
        ("sec", "3.3", "", "Palisade processes Customer Content only to provide the service."),
    ] + bp_sections(v, c, 4, ["support", "data", "term", "conf", "warranty", "liability", "law"], k=0,
                    state="Utah", county="Salt Lake") + [
        ("sig", [("PALISADE REVENUE TOOLS, LLC", "", ("Rachel Voss", "COO", "05/20/2025")),
                 ("SUMMIT ORTHOPEDIC SURGERY CENTER, LLC", "", ("Brian Kowalczyk", "Administrator", "05/22/2025"))]),
    ]


@doc("cm_ama_internal_riverbend", "customer_must_license", "American Medical Association",
     "The AMA's own internal-use licence signed by the practice (licensing CPT directly); entity fee $82.50 plus "
     "$18.50 per user appear but are AMA fees, not a vendor pass-through.",
     "contract", None, footer="CPT Internal Use License — Riverbend Family Medicine, P.C.")
def _():
    return [
        ("title", "CPT® INTERNAL USE LICENSE AGREEMENT"),
        ("p", "This License Agreement is between the **American Medical Association**, an Illinois not-for-profit "
              "corporation (“AMA”), and **Riverbend Family Medicine, P.C.** (“Licensee”), effective January 1, "
              "2025 (the “Effective Date”)."),
        ("sec", "1.", "Definitions", "“CPT” means the AMA’s Current Procedural Terminology code set, including "
                 "codes, descriptors, guidelines and modifiers, in the edition current during the term. “Licensed "
                 "Application” means Licensee’s practice management and billing system identified in Schedule A. "
                 "“User” means each individual who directly accesses CPT in the Licensed Application, or who "
                 "relies on CPT or output containing CPT to perform his or her work."),
        ("sec", "2.", "Grant", "AMA grants Licensee a non-exclusive, non-transferable license to use CPT in the "
                 "Licensed Application solely for Licensee’s internal purposes, by its Users, within the United "
                 "States. No right is granted to distribute CPT to third parties or to any affiliate or other "
                 "legal entity."),
        ("sec", "3.", "Royalties", "Licensee shall pay AMA an annual entity fee of $82.50 and a royalty of $18.50 "
                 "per User. For the first license year Licensee reports fourteen (14) Users, for a total of "
                 "$341.50, payable within thirty (30) days of the Effective Date. Royalties for later years are "
                 "payable at AMA’s then-current rates."),
        ("sec", "4.", "Reporting", "Licensee shall report its User count to AMA annually, and within thirty (30) "
                 "days after the number of Users increases by more than ten percent (10%). Additional Users are "
                 "charged at the per-User royalty, prorated by quarter."),
        ("sec", "5.", "Records and Audit", "Licensee shall keep records sufficient to verify User counts for three "
                 "(3) years, and AMA or its designee may audit them on thirty (30) days’ notice no more than once "
                 "a year."),
        ("sec", "6.", "Notices", "Licensee shall keep the notice “CPT only © American Medical Association. All "
                 "rights reserved.” on any internal report that reproduces CPT descriptors."),
        ("sec", "7.", "Disclaimer", "CPT is provided “as is”. AMA disclaims all warranties and is not liable for "
                 "any consequence of the use of CPT. AMA does not practise medicine."),
        ("sec", "8.", "Term", "This Agreement runs for one (1) year and renews for further one-year terms on "
                 "payment of the royalties due, unless either party gives sixty (60) days’ notice."),
        ("sec", "9.", "Governing Law", "This Agreement is governed by the laws of the State of Illinois."),
        ("h2", "Schedule A — Licensed Application"),
        ("p", "Practice management and billing system operated by Licensee at 1 Riverbend Plaza, Dubuque, Iowa, "
              "and used by Licensee’s employed physicians, nurses and billing staff."),
        ("sig", [("AMERICAN MEDICAL ASSOCIATION", "", ("(authorized signatory)", "CPT Intellectual Property "
                                                       "Services", "01/03/2025")),
                 ("RIVERBEND FAMILY MEDICINE, P.C.", "", ("Dr. Carol Lindqvist", "President", "12/18/2024"))]),
    ]


@doc("cm_ownlicense_oakvale", "customer_must_license", "Oakvale Scheduling & Billing, Inc.",
     "Services agreement where the client represents it already holds its own AMA internal-use licence and the "
     "vendor furnishes no CPT content; code tables are loaded from the client's licensed file.",
     "contract", None, footer="Oakvale Scheduling & Billing, Inc. — Services Agreement")
def _():
    v, c = "Oakvale", "Client"
    return [
        ("title", "SERVICES AGREEMENT"),
        ("p", "This Services Agreement is made as of July 14, 2025 between **Oakvale Scheduling & Billing, Inc.** "
              "(“Oakvale”) and **Lincoln Park Multispecialty Clinic, S.C.** (“Client”)."),
        ("sec", "1.", "Services", "Oakvale will provide its hosted scheduling and billing software and related "
                 "implementation and support services described in Exhibit A."),
        ("sec", "2.", "Fees", "Client shall pay $2,150.00 per month for the software and $165.00 per hour for "
                 "implementation services. " + bp_payment(v, c, 0)),
        ("sec", "3.", "Implementation", "Oakvale will configure provider schedules, appointment types, payer "
                 "tables and statement formats, and will load Client’s fee schedules."),
        ("sec", "4.", "Support", bp_support(v, c, 1)),
        ("sec", "5.", "Client Representations", ""),
        ("sec", "5.1", "", "Client has full power to enter into this Agreement."),
        ("sec", "5.2", "", "Client represents that it holds a current internal-use license from the American "
                 "Medical Association covering all of its personnel who use CPT® codes, and that it will keep "
                 "that license in force throughout the term. Oakvale does not furnish CPT content or sublicense "
                 "CPT; the procedure code tables in the services are populated from Client’s licensed data file."),
        ("sec", "5.3", "", "Client will ensure that its users comply with Oakvale’s acceptable use policy."),
    ] + bp_sections(v, c, 6, ["data", "term", "warranty", "liability", "law", "misc"], k=1,
                    state="Illinois", county="Cook") + [
        ("sig", [("OAKVALE SCHEDULING & BILLING, INC.", "", ("Anthony Rizzo", "President", "07/14/2025")),
                 ("LINCOLN PARK MULTISPECIALTY CLINIC, S.C.", "", ("Susan Grady", "Executive Director", "07/15/2025"))]),
    ]


@doc("cm_declined_blackwater", "customer_must_license", "Blackwater Practice Suite, LLC",
     "Order form with a choice: vendor CPT sublicence at $20.00 per provider per year (unchecked) versus customer "
     "licensing directly from the AMA (checked); the fee is a declined option.",
     "form", None, footer="Blackwater Practice Suite, LLC — Order Form BW-0562")
def _():
    return [
        ("title_l", "Blackwater Practice Suite — Order Form BW-0562"),
        ("tbl", [["Vendor", "Blackwater Practice Suite, LLC, 300 Levee Street, Baton Rouge, LA 70801"],
                 ["Customer", "Bayou Kids Pediatric Clinic, LLC"],
                 ["Order date", "October 6, 2025"], ["Term", "24 months from go-live"]],
         {"ruled": "grid", "header": False, "widths": [1.2, 5]}),
        ("h2", "Subscriptions"),
        ("tbl", [["Item", "Qty", "Price"],
                 ["Blackwater PM (per provider per month)", "3", "$175.00"],
                 ["Blackwater EHR (per provider per month)", "3", "$225.00"],
                 ["Vaccine inventory & registry interface (per month)", "1", "$60.00"]],
         {"ruled": "grid", "widths": [4, 0.7, 1.3]}),
        ("h2", "CPT® licensing (choose one)"),
        ("tbl", [["Choice", "Option"],
                 ["[ ]", "Option A — Customer purchases a CPT sublicense through Blackwater at $20.00 per provider "
                         "per year, billed each January."],
                 ["[X]", "Option B — Customer will license CPT directly from the American Medical Association or "
                         "another AMA-authorized distributor and will provide proof of that license before "
                         "go-live. Blackwater will not bill any CPT charge."]],
         {"ruled": "grid", "widths": [0.7, 5.3]}),
        ("small", "If neither option is marked, Option A applies."),
        ("h2", "Terms"),
        ("bul", [bp_payment("Blackwater", "Customer", 1), bp_term("Blackwater", "Customer", 1),
                 "This Order Form is governed by the Blackwater Subscription Agreement, version 2025-03."]),
        ("sig", [("BLACKWATER PRACTICE SUITE, LLC", "", ("Jolene Thibodeaux", "Sales Manager", "10/06/2025")),
                 ("BAYOU KIDS PEDIATRIC CLINIC, LLC", "", ("Dr. Andre Guidry", "Owner", "10/08/2025"))]),
    ]


@doc("cm_clearinghouse_cinderford", "customer_must_license", "Cinderford Clearinghouse Services, LLC",
     "Clearinghouse agreement ('Provider' = practice) stating Cinderford licenses no CPT to Provider; Provider must "
     "obtain any CPT licence for its systems and submitted data; clearinghouse is a conduit.",
     "contract", None, footer="Cinderford Clearinghouse Services, LLC")
def _():
    v, c = "Cinderford", "Provider"
    return [
        ("title", "CLEARINGHOUSE PARTICIPATION AGREEMENT"),
        ("p", "**Cinderford Clearinghouse Services, LLC** (“Cinderford”) and the healthcare provider organisation "
              "that signs below (“Provider”) agree to the following terms, effective on the date of Provider’s "
              "signature."),
        ("sec", "1.", "Role", "Cinderford acts as a healthcare clearinghouse, converting Provider’s claim data into "
                 "standard transactions and routing them to payers. Cinderford does not alter the clinical or "
                 "coding content of claims except to correct format errors Provider approves."),
        ("sec", "2.", "Fees", "Provider shall pay $0.22 per claim, $0.06 per remittance file and a $35.00 monthly "
                 "account fee. " + bp_payment(v, c, 1)),
        ("sec", "3.", "Code Content", "Cinderford does not license CPT® content to Provider. Provider shall obtain "
                 "and maintain any licence required for CPT content in Provider’s practice management system and "
                 "in the claim data Provider submits, whether from the American Medical Association or an "
                 "authorized distributor, and Cinderford transmits such data as a conduit only."),
        ("sec", "4.", "Trading Partner Terms", "Provider authorises Cinderford to sign payer trading partner "
                 "agreements on its behalf where a payer permits."),
    ] + bp_sections(v, c, 5, ["data", "term", "warranty", "liability", "conf", "law"], k=0,
                    state="Kentucky", county="Jefferson") + [
        ("sig", [("CINDERFORD CLEARINGHOUSE SERVICES, LLC", "", ("Marla Keene", "Director, Provider Services",
                                                                 "04/02/2025")),
                 ("PROVIDER: Falls City Neurology, PLLC", "", ("Dr. Imran Qureshi", "Managing Member", "04/01/2025"))]),
    ]


@doc("cm_faq_sparrowgate", "customer_must_license", "Sparrowgate Health Apps, Inc.",
     "FAQ: codes are entered by the practice itself, vendor is not an AMA distributor, so the practice must hold its "
     "own licence; AMA direct price quoted for information only.",
     "web", None, header="sparrowgate.example › Help › Codes")
def _():
    return [
        ("title_l", "Do I need my own CPT® license to use Sparrowgate?"),
        ("sub", "Sparrowgate Help · Setup · Updated September 2025"),
        ("q", "The short version"),
        ("a", "Yes. Sparrowgate doesn’t ship CPT codes. You add the codes you bill under Settings › Services, "
              "either by typing them or importing a spreadsheet. Because the codes come from you, the American "
              "Medical Association expects your practice to hold its own license for them."),
        ("q", "Can Sparrowgate sell me a license?"),
        ("a", "No. We are not an AMA-authorized distributor, so we can’t sublicense CPT or collect a fee for it."),
        ("q", "Where do I get one and what does it cost?"),
        ("a", "Directly from the AMA, or from a company the AMA authorizes to distribute CPT. For reference, the "
              "AMA’s published internal-use pricing for 2025 was $18.50 per user plus an annual entity fee. Check "
              "the AMA’s website for current prices and for how it counts users."),
        ("q", "Who counts as a user?"),
        ("a", "The AMA counts each named person who works with CPT codes or relies on them — usually clinicians, "
              "billers and front-desk staff, not just the people who pick codes."),
        ("q", "What about ICD-10 codes?"),
        ("a", "ICD-10-CM is published by the federal government and is free to use. Sparrowgate includes it."),
    ] + web_footer_blocks("Sparrowgate Health Apps, Inc.")


@doc("cm_distributor_hollowmere", "customer_must_license", "Hollowmere Software, Inc.",
     "Agreement saying CPT content is not supplied by the vendor; customer must buy a licence from an AMA-authorized "
     "distributor (an invented third party) before enabling the procedure picklist.",
     "contract", None, footer="Hollowmere Software, Inc. — License and Support Agreement")
def _():
    v, c = "Hollowmere", "Customer"
    return [
        ("title", "LICENSE AND SUPPORT AGREEMENT"),
        ("p", "**Hollowmere Software, Inc.** (“Hollowmere”) and **Red Mesa Physical Therapy, LLC** (“Customer”) "
              "enter into this Agreement on August 4, 2025."),
        ("sec", "1.", "Software", "Hollowmere licenses to Customer the Hollowmere Rehab documentation and billing "
                 "software for use by the number of therapists stated in the Order, for Customer’s internal use."),
        ("sec", "2.", "Fees", "Annual licence and support: $1,080.00 per therapist. " + bp_payment(v, c, 2)),
        ("sec", "3.", "Procedure Codes", ""),
        ("sec", "3.1", "", "The Software includes a procedure picklist, timed-unit calculator and the 8-minute rule "
                 "engine, which operate on procedure codes loaded into the Software."),
        ("sec", "3.2", "", "CPT® content is not supplied by Hollowmere. Before enabling the procedure picklist, "
                 "Customer must purchase a license for CPT content from an AMA-authorized distributor (for "
                 "example, Coderidge Data Services) covering each of its users, and load the licensed file using "
                 "the import tool. Hollowmere has no obligation to verify Customer’s license."),
        ("sec", "3.3", "", "HCPCS Level II codes are loaded by Hollowmere from the public CMS file."),
    ] + bp_sections(v, c, 4, ["support", "warranty", "liability", "term", "law"], k=0,
                    state="New Mexico", county="Bernalillo") + [
        ("sig", [("HOLLOWMERE SOFTWARE, INC.", "", ("Dale Etsitty", "CEO", "08/04/2025")),
                 ("RED MESA PHYSICAL THERAPY, LLC", "", ("Alma Trujillo, PT", "Owner", "08/04/2025"))]),
    ]


@doc("cm_negation_vantlow", "customer_must_license", "Vantlow Peak Software, LLC",
     "Long 'Nothing in this Agreement ... shall be construed as granting ... any right to use CPT' sentence whose "
     "operative end puts the licence on the customer; a 'CPT support' feature reference is a distractor.",
     "contract", None, footer="Vantlow Peak Software, LLC")
def _():
    v, c = "Vendor", "Customer"
    return [
        ("title", "SOFTWARE SUBSCRIPTION AGREEMENT"),
        ("p", "This Agreement is between **Vantlow Peak Software, LLC** (“Vendor”) and **High Desert Pain "
              "Management, PLLC** (“Customer”), effective November 1, 2025."),
        ("sec", "1.", "Subscription", "Vendor will provide the Vantlow practice management platform, including "
                 "its charge entry, claims and reporting modules, to Customer’s users during the Term."),
        ("sec", "2.", "Fees", "Customer shall pay $98.00 per user per month, billed monthly. "
                 + bp_payment(v, c, 0)),
        ("sec", "3.", "Documentation", "The Documentation describes the platform’s features, including its “CPT "
                 "support” for modifiers, units and bundling edits."),
        ("sec", "4.", "Intellectual Property", ""),
        ("sec", "4.1", "", "Vendor owns the platform and all improvements to it."),
        ("sec", "4.2", "", "Nothing in this Agreement, including the delivery with the platform of sample code "
                 "tables, charge templates or crosswalks that may display CPT® codes, and notwithstanding any "
                 "reference in the Documentation to “CPT support”, shall be construed as granting, or as an "
                 "undertaking by Vendor to procure, any right to use CPT, which right Customer shall itself "
                 "obtain from the American Medical Association, at Customer’s expense, before any user accesses "
                 "CPT content in the platform."),
        ("sec", "4.3", "", "Customer retains ownership of its data."),
    ] + bp_sections(v, c, 5, ["support", "data", "term", "warranty", "liability", "law"], k=0,
                    state="Nevada", county="Clark") + [
        ("sig", [("VANTLOW PEAK SOFTWARE, LLC", "", ("Rosa Delgado", "Managing Member", "10/27/2025")),
                 ("HIGH DESERT PAIN MANAGEMENT, PLLC", "", ("Dr. Kurt Lammers", "Owner", "10/29/2025"))]),
    ]


@doc("cm_amend_glassmoor", "customer_must_license", "Glassmoor Medical Systems, Inc.",
     "Amendment reversing an included CPT sublicence: the vendor's AMA distribution agreement ends, the sublicence "
     "and 'royalties included' statement are deleted from January 1, 2026 and the customer must license directly.",
     "contract", None, footer="Glassmoor Medical Systems, Inc. — Amendment No. 3")
def _():
    return [
        ("title", "AMENDMENT NO. 3"),
        ("center", "to the Subscription Agreement dated February 1, 2021 (the “Agreement”) between Glassmoor "
                   "Medical Systems, Inc. (“Company”) and Lakeview Ear, Nose & Throat, P.C. (“Customer”)"),
        ("sec", "1.", "Background", "Section 9.1 of the Agreement grants Customer a sublicense to use CPT® "
                 "content in the software, and Section 9.3 states that “the royalties for CPT content are included "
                 "in the Fees.” Company’s distribution agreement with the American Medical Association expires on "
                 "December 31, 2025 and will not be renewed."),
        ("sec", "2.", "Changes", "With effect from January 1, 2026: (a) the sublicense in Section 9.1 terminates; "
                 "(b) Section 9.3 is deleted; and (c) a new Section 9.4 is added: “9.4 Customer shall obtain and "
                 "maintain, at its own cost, a license for CPT content from the AMA or an AMA-authorized "
                 "distributor for each User, and shall load the licensed CPT file into the software using the "
                 "import utility Company provides.”"),
        ("sec", "3.", "Fees", "In recognition of the change, the Fees are reduced by two percent (2%) from "
                 "January 1, 2026."),
        ("sec", "4.", "Assistance", "Company will provide up to four (4) hours of remote assistance, at no charge, "
                 "to help Customer import its licensed CPT file before January 1, 2026."),
        ("sec", "5.", "Effect", "Except as set out in this Amendment, the Agreement is unchanged. This Amendment is "
                 "dated November 20, 2025."),
        ("sig", [("GLASSMOOR MEDICAL SYSTEMS, INC.", "", ("Henry Vogel", "VP, Legal", "11/20/2025")),
                 ("LAKEVIEW EAR, NOSE & THROAT, P.C.", "", ("Dr. Monica Hale", "President", "11/24/2025"))]),
    ]


@doc("cm_letter_mistralbay", "customer_must_license", "Mistral Bay Practice Technologies, Inc.",
     "Letter: vendor stops distributing CPT at the April 1, 2025 renewal, stops collecting the $19.00 per-provider "
     "AMA fee, and the practice must license CPT directly for use in the product.",
     "letter", None, footer="Mistral Bay Practice Technologies, Inc. · 18 Wharf Street · Portland, ME 04101")
def _():
    return [
        ("title_l", "MISTRAL BAY"),
        ("small", "Mistral Bay Practice Technologies, Inc."),
        ("sp", 8),
        ("p", "February 10, 2025"),
        ("p", "Casco Bay Family Medicine, P.A.\nAttn: Office Manager\n75 Forest Avenue\nPortland, ME 04101"),
        ("p", "Re: Changes to CPT® code content at your April 1, 2025 renewal"),
        ("p", "Dear Client,"),
        ("p", "We are writing to let you know about a change in how CPT codes will be handled in Mistral Bay from "
              "your next renewal."),
        ("p", "Mistral Bay Practice Technologies, Inc. will stop distributing CPT content when your subscription "
              "renews on April 1, 2025. From that date we will no longer collect the $19.00 per-provider AMA fee "
              "that has appeared on your January invoices, and your practice will need to license CPT directly "
              "from the American Medical Association, or through another AMA-authorized distributor, for use in "
              "Mistral Bay."),
        ("p", "Your existing codes and fee schedules will stay in the system. Once you have your license, you can "
              "import each year’s CPT file using the tool under Administration › Code Tables, and our support team "
              "can walk you through it."),
        ("p", "Nothing else about your subscription changes. Please call us at (207) 555-0133 with any questions."),
        ("p", "Kind regards,\n\nEvelyn Marsh\nClient Services Manager\nMistral Bay Practice Technologies, Inc."),
    ]


@doc("cm_definitions_quarrytown", "customer_must_license", "Quarrytown Health IT Partners, LLC",
     "Definitions-driven contract: 'Practice Group' is the customer, 'Code Set Licenses' defined early to include "
     "the AMA CPT licence; a later section makes Practice Group responsible for securing and paying for them.",
     "contract", None, footer="Quarrytown Health IT Partners, LLC — Platform Services Agreement")
def _():
    v, c = "Quarrytown", "Practice Group"
    return [
        ("title", "PLATFORM SERVICES AGREEMENT"),
        ("p", "Between **Quarrytown Health IT Partners, LLC** (“Quarrytown”) and **Brookside Anesthesia Practice "
              "Group, LLC** (the “Practice Group”), effective January 1, 2026."),
        ("sec", "1.", "Definitions", ""),
        ("sec", "1.1", "", "“Platform” means Quarrytown’s anesthesia record, case-time capture and billing "
                 "platform."),
        ("sec", "1.2", "", "“Authorized Personnel” means the Practice Group’s anesthesiologists, CRNAs and billing "
                 "staff given credentials to the Platform."),
        ("sec", "1.3", "", "“Code Set Licenses” means the licenses required from the owners of proprietary code "
                 "sets for their use in the Platform, including the license for CPT® from the American Medical "
                 "Association and, where dental anesthesia is billed, the license for CDT from the American Dental "
                 "Association."),
        ("sec", "1.4", "", "“Fees” means the amounts in Exhibit 1."),
        ("sec", "2.", "Platform Services", "Quarrytown will host and support the Platform and provide base-unit "
                 "and time-unit calculation, concurrency checks and claim generation."),
        ("sec", "3.", "Fees", "The Practice Group shall pay the Fees: 2.9% of anesthesia collections, with a "
                 "minimum of $3,000.00 per month."),
    ] + bp_sections(v, c, 4, ["payment", "support", "data", "conf", "warranty", "liability", "term"], k=0,
                    state="Texas", county="Travis") + [
        ("sec", "11.", "Code Sets", "The Practice Group shall be responsible for securing, maintaining and paying "
                  "for all Code Set Licenses for its Authorized Personnel. Quarrytown makes no code set content "
                  "available under license and will rely on the Practice Group’s Code Set Licenses."),
        ("sec", "12.", "Governing Law", bp_law("Texas", "Travis")),
        ("sig", [("QUARRYTOWN HEALTH IT PARTNERS, LLC", "", ("Jesse Calder", "CEO", "12/10/2025")),
                 ("BROOKSIDE ANESTHESIA PRACTICE GROUP, LLC", "", ("Dr. Olivia Park", "Managing Partner",
                                                                   "12/12/2025"))]),
    ]


@doc("cm_eut_tallowby", "customer_must_license", "Tallowby Code Reference, Inc.",
     "End-user terms of a coding reference service: the service contains no CPT licence; subscriber must hold a "
     "CPT licence from the AMA or a distributor for every individual; descriptors come from subscriber's own file.",
     "web", None, header="tallowby.example/end-user-terms")
def _():
    return [
        ("title_l", "Tallowby Code Reference — End User Terms"),
        ("sub", "Tallowby Code Reference, Inc. · Version 3.2 · Effective May 1, 2025"),
        ("p", "These End User Terms apply to every person who uses the Tallowby Code Reference service under a "
              "subscription purchased by an organisation (the “Subscriber”)."),
        ("h2", "1. What the service does"),
        ("p", "The service lets coders search coding guidance, payer policies, National Correct Coding Initiative "
              "edits and our own coding tips, and keep notes on cases."),
        ("h2", "2. Subscription"),
        ("p", "Subscriptions are sold per named user: $29 per user per month, or $290 per user per year if paid "
              "annually. Users may not share logins."),
        ("h2", "3. CPT® content"),
        ("p", "The service does not itself contain a license to CPT. Subscriber must hold a valid license to CPT "
              "from the American Medical Association, or from an AMA-authorized distributor, for every individual "
              "who uses the service. The service links code numbers to descriptors drawn from the Subscriber’s "
              "own licensed data file, which the Subscriber uploads in Admin › Data Sources."),
        ("h2", "4. Acceptable use"),
        ("p", "You may not scrape the service, resell access or publish content from it."),
        ("h2", "5. No professional advice"),
        ("p", "Coding guidance in the service is informational. You remain responsible for the codes you assign."),
        ("h2", "6. Ending access"),
        ("p", "Your access ends when your Subscriber’s subscription ends or when the Subscriber removes you."),
        ("small", "CPT is a registered trademark of the American Medical Association. © 2025 Tallowby Code "
                  "Reference, Inc."),
    ]


@doc("cm_pointclick_heartland", "customer_must_license", "Heartland Junction Medicare Solutions, LLC",
     "Medicare contractor 'End User / Point and Click' CPT licence for its own bulletins and fee schedules only "
     "(CMS programs); any other use must be licensed through the AMA; no licence for practice software.",
     "web", None, header="heartlandjunction-medicare.example/licenses")
def _():
    return [
        ("title_l", "Licenses and Notices"),
        ("sub", "Heartland Junction Medicare Solutions, LLC · A/B Medicare Administrative Contractor"),
        ("h", "License for Use of Current Procedural Terminology (CPT®)"),
        ("p", "**End User / Point and Click Agreement.** CPT codes, descriptions and other data only are "
              "copyright 2024 American Medical Association. All rights reserved. CPT is a registered trademark of "
              "the AMA."),
        ("p", "You, your employees and your agents may use CPT only as it appears in the materials published on "
              "this website — including our fee schedules, coverage articles, provider bulletins and "
              "educational materials — and only internally within your organisation in the United States. Such "
              "use is limited to Medicare, Medicaid and other programs administered by the Centers for Medicare & "
              "Medicaid Services (CMS). You agree to take the steps needed to make sure your employees and agents "
              "follow these terms."),
        ("p", "Any other use is prohibited. That includes, for example, copying CPT for resale or licensing, "
              "passing copies to anyone not bound by this agreement, building modified or derivative works, or "
              "any commercial use. A license for any use not authorized here must be obtained through the "
              "American Medical Association, CPT Intellectual Property Services."),
        ("p", "CPT is commercial technical data developed exclusively at private expense by the AMA. U.S. "
              "Government rights to use, modify, reproduce, release or disclose it are subject to the limited "
              "rights restrictions of the federal acquisition regulations that apply to commercial data."),
        ("p", "The AMA disclaims responsibility for any consequences or liability arising from the use, non-use "
              "or interpretation of information in these materials. The AMA does not directly or indirectly "
              "practise medicine or dispense medical services. Fee schedules and relative value units are not "
              "assigned by the AMA and are not part of CPT."),
        ("p", "This agreement ends if you fail to comply with it, in which case you must destroy any copies of "
              "CPT you hold."),
        ("p", "By selecting “I Accept” you confirm that you have read and agree to these terms. If you select "
              "“I Do Not Accept” you will be returned to the home page."),
        ("center", "[ I Accept ]     [ I Do Not Accept ]"),
        ("small", "Heartland Junction Medicare Solutions, LLC is a Medicare Administrative Contractor under "
                  "contract with CMS. Questions about licensing CPT for other purposes should be sent to the AMA."),
    ]

# ============================================================================================
# NOT-ADDRESSED documents
# ============================================================================================

@doc("na_msa_birchcombe", "not_addressed", "Birchcombe EHR, Inc.",
     "EHR master agreement that mentions CPT codes only as a charge-capture and claim-scrubbing feature; no "
     "licensing or royalty terms at all.",
     "contract", None, footer="Birchcombe EHR, Inc. — Master Software as a Service Agreement")
def _():
    v, c = "Birchcombe", "Customer"
    return [
        ("title", "MASTER SOFTWARE AS A SERVICE AGREEMENT"),
        ("p", "This Agreement is made on April 22, 2025 between **Birchcombe EHR, Inc.** (“Birchcombe”) and "
              "**Maple Grove Internal Medicine, LLC** (“Customer”)."),
        ("sec", "1.", "Services", "Birchcombe will provide its cloud EHR, including scheduling, charting, "
                 "e-prescribing, patient portal and billing functions, as described in Exhibit A."),
        ("sec", "2.", "Fees", "Customer shall pay $289.00 per provider per month and an implementation fee of "
                 "$4,000.00. " + bp_payment(v, c, 0)),
    ] + bp_sections(v, c, 3, ["support", "data", "term", "conf", "warranty", "liability", "law", "misc"], k=0,
                    state="Minnesota", county="Hennepin") + [
        ("h2", "Exhibit A — Functional Description"),
        ("bul", ["Scheduling: multi-provider calendars, recalls, waitlists and automated reminders.",
                 "Charting: specialty templates, problem lists, vitals flowsheets and device integration.",
                 "Charge capture: providers select CPT® and ICD-10-CM codes at the point of care; favourites lists "
                 "are maintained per provider.",
                 "Claim scrubbing: code pairs are checked against payer edits and National Correct Coding "
                 "Initiative tables before submission.",
                 "Reporting: productivity by provider, visit type and procedure code; accounts receivable ageing.",
                 "Patient portal: messaging, forms, statements and online payment."]),
        ("sig", [("BIRCHCOMBE EHR, INC.", "", ("Lauren Pike", "VP Sales", "04/22/2025")),
                 ("MAPLE GROVE INTERNAL MEDICINE, LLC", "", ("Dr. Eric Sato", "Owner", "04/23/2025"))]),
    ]


@doc("na_notice_ravensworth", "not_addressed", "Ravensworth Practice Management, Inc.",
     "Order form whose only CPT content is the AMA copyright notice and trademark line in the footer; no grant, no "
     "fee, no obligation (brief: notice only = not addressed).",
     "form", None, footer="CPT only © 2024 American Medical Association. All rights reserved. CPT is a registered trademark of the AMA.")
def _():
    return [
        ("title_l", "Ravensworth Practice Management, Inc."),
        ("sub", "Order Confirmation RPM-8841 · 1450 Commerce Drive · Omaha, NE 68102"),
        ("tbl", [["Customer", "Prairie Sky Chiropractic, LLC"], ["Confirmation date", "March 17, 2025"],
                 ["Subscription start", "April 1, 2025"], ["Term", "12 months, auto-renewing"]],
         {"ruled": "lines", "header": False, "widths": [1.5, 4]}),
        ("tbl", [["Item", "Qty", "Monthly"],
                 ["Ravensworth PM — chiropractic edition (per provider)", "2", "$198.00"],
                 ["Online scheduling widget", "1", "$25.00"],
                 ["Electronic claims (up to 500 per month)", "1", "$60.00"],
                 ["Text & email reminders", "1", "$19.00"]],
         {"ruled": "grid", "widths": [4, 0.6, 1.2]}),
        ("p", "Monthly total: $302.00. Setup fee: $499.00 (waived)."),
        ("h2", "Conditions"),
        ("bul", [bp_payment("Ravensworth", "Customer", 1), bp_term("Ravensworth", "Customer", 2),
                 bp_support("Ravensworth", "Customer", 1),
                 "This order is subject to the Ravensworth Terms of Service accepted at sign-up."]),
        ("p", "Thank you for choosing Ravensworth."),
    ]


@doc("na_icd_coralline", "not_addressed", "Coralline Coding Updates, LLC",
     "Product page for an ICD-10-CM/PCS and HCPCS Level II update service charging $15.00 per user per month; "
     "CPT is not mentioned (a code-set fee that is not a CPT fee).",
     "web", None, header="coralline-updates.example/products/code-update-service")
def _():
    return [
        ("title_l", "Code Update Service"),
        ("sub", "Coralline Coding Updates, LLC"),
        ("p", "Keep your billing system’s diagnosis and supply code tables current without manual work. Coralline "
              "delivers each year’s ICD-10-CM and ICD-10-PCS release and the quarterly HCPCS Level II updates as "
              "ready-to-import files for most practice management systems."),
        ("h2", "What’s included"),
        ("bul", ["ICD-10-CM diagnosis tables (annual October release plus April updates)",
                 "ICD-10-PCS procedure tables for facility billing",
                 "HCPCS Level II national alphanumeric codes (quarterly) with short and long descriptors",
                 "Change reports showing added, deleted and revised codes",
                 "Import scripts for 14 supported systems"]),
        ("h2", "Pricing"),
        ("tbl", [["Plan", "Price", "Notes"],
                 ["Standard", "$15.00 per user per month", "Billed annually"],
                 ["Facility", "$40.00 per user per month", "Adds ICD-10-PCS groupers"],
                 ["Custom import build", "$650.00 one-time", "For unsupported systems"]],
         {"ruled": "shade", "widths": [1.5, 2, 2.5]}),
        ("p", "The underlying ICD-10 and HCPCS Level II files are published by federal agencies; our price is for "
              "the formatting, validation and import service."),
        ("h2", "Questions"),
        ("q", "Do you support my system?"),
        ("a", "We support the 14 systems listed on our compatibility page and can build an import for others."),
        ("q", "How do I cancel?"),
        ("a", "Give 30 days’ notice before your annual renewal date."),
        ("small", "© 2025 Coralline Coding Updates, LLC"),
    ]


@doc("na_dental_molarwick", "not_addressed", "Molarwick Dental Systems, Inc.",
     "Dental practice software order form with a CDT (ADA) code royalty pass-through of $16.00 per dentist per year; "
     "CDT is not CPT, so CPT licensing is not addressed.",
     "form", None, footer="Molarwick Dental Systems, Inc. — Order MDS-4410")
def _():
    return [
        ("title_l", "Molarwick Dental Systems, Inc. — Order MDS-4410"),
        ("tbl", [["Practice", "Seaside Smiles Family Dentistry, PLLC"], ["Dentists", "3"], ["Hygienists", "4"],
                 ["Start", "February 1, 2025"]], {"ruled": False, "header": False, "widths": [1.2, 4]}),
        ("tbl", [["Item", "Unit", "Qty", "Price", "Billing"],
                 ["Molarwick Cloud — practice license", "practice", "1", "$349.00", "monthly"],
                 ["Additional dentist", "dentist", "2", "$99.00", "monthly"],
                 ["Imaging bridge", "operatory", "6", "$12.00", "monthly"],
                 ["CDT® code set royalty (ADA pass-through)", "dentist", "3", "$16.00", "annually"],
                 ["Data conversion from legacy system", "project", "1", "$1,200.00", "one-time"]],
         {"ruled": "grid", "widths": [2.8, 1, 0.5, 1, 1]}),
        ("small", "Current Dental Terminology (CDT) is copyright the American Dental Association. The CDT royalty "
                  "line recovers the fee Molarwick pays the ADA for each dentist using CDT codes in the software."),
        ("h2", "Terms"),
        ("bul", [bp_payment("Molarwick", "Practice", 1), bp_term("Molarwick", "Practice", 0),
                 bp_data("Molarwick", "Practice", 1),
                 "This order is governed by the Molarwick Subscription Terms."]),
        ("sig", [("MOLARWICK DENTAL SYSTEMS, INC.", "", ("Trevor Banks", "Account Manager", "01/15/2025")),
                 ("SEASIDE SMILES FAMILY DENTISTRY, PLLC", "", ("Dr. Nora Pell, DDS", "Owner", "01/16/2025"))]),
    ]


@doc("na_therapy_hearthstone", "not_addressed", "Hearthstone Behavioral Platforms, Inc.",
     "Behavioral-health add-on where 'CPT' is defined as Cognitive Processing Therapy; a 'CPT Protocol License' of "
     "$12 per clinician per month is not a code-set fee.",
     "contract", None, footer="Hearthstone Behavioral Platforms, Inc. — Add-On Schedule")
def _():
    v, c = "Hearthstone", "Customer"
    return [
        ("title", "ADD-ON SCHEDULE: TRAUMA TREATMENT TOOLKIT"),
        ("p", "This Add-On Schedule forms part of the Subscription Agreement between **Hearthstone Behavioral "
              "Platforms, Inc.** (“Hearthstone”) and **Clearwater Counseling Collective, LLC** (“Customer”) dated "
              "January 9, 2024."),
        ("sec", "1.", "Definitions", "“CPT” means Cognitive Processing Therapy, a manualized, evidence-based "
                 "psychotherapy protocol for post-traumatic stress. “PE” means Prolonged Exposure therapy. "
                 "“Toolkit” means the session templates, worksheets, fidelity checklists and outcome measures for "
                 "CPT and PE delivered in the Hearthstone platform."),
        ("sec", "2.", "Toolkit Content", "The Toolkit includes twelve CPT session templates, the stuck-point log, "
                 "the impact statement workflow, PCL-5 and PHQ-9 measures with graphing, and supervisor fidelity "
                 "review tools."),
        ("sec", "3.", "CPT Protocol License", "Customer shall pay a CPT Protocol License fee of $12.00 per "
                 "clinician per month for each clinician given access to the CPT templates. The fee covers "
                 "Hearthstone’s licence from the protocol authors’ publisher to reproduce the worksheets."),
        ("sec", "4.", "Training", "Hearthstone does not certify clinicians in CPT or PE. Customer is responsible "
                 "for ensuring clinicians have completed appropriate training before using the Toolkit."),
        ("sec", "5.", "Clinical Responsibility", "The Toolkit supports, and does not replace, clinical judgement."),
        ("sec", "6.", "Fees and Payment", bp_payment(v, c, 1)),
        ("sec", "7.", "Term", "This Add-On Schedule runs concurrently with the Subscription Agreement and may be "
                 "cancelled at any renewal on thirty (30) days’ notice."),
        ("sig", [("HEARTHSTONE BEHAVIORAL PLATFORMS, INC.", "", ("Dana Kirby", "VP Partnerships", "02/03/2025")),
                 ("CLEARWATER COUNSELING COLLECTIVE, LLC", "", ("Maya Ross, LCSW", "Clinical Director",
                                                                 "02/05/2025"))]),
    ]


@doc("na_pricing_fallowmere", "not_addressed", "Fallowmere Claims, LLC",
     "Clearinghouse price sheet where 'CPT' means cost per transaction ('CPT pricing', 'CPT tiers'); no AMA code "
     "licensing.",
     "form", None, footer="Fallowmere Claims, LLC — 2025 Price Sheet")
def _():
    return [
        ("title_l", "Fallowmere Claims — 2025 Price Sheet"),
        ("sub", "Fallowmere Claims, LLC · Electronic claims, remittance and eligibility for independent practices"),
        ("p", "All Fallowmere services are priced on a CPT (cost per transaction) basis. There are no monthly "
              "minimums on the Standard plan, and volume CPT tiers apply automatically."),
        ("h2", "CPT schedule — professional claims"),
        ("tbl", [["Monthly claim volume", "CPT (cost per transaction)"],
                 ["1 – 500", "$0.29"], ["501 – 2,000", "$0.24"], ["2,001 – 10,000", "$0.19"],
                 ["Over 10,000", "$0.15"]], {"ruled": "lines", "widths": [3, 2]}),
        ("h2", "Other transactions"),
        ("tbl", [["Transaction", "CPT"],
                 ["Electronic remittance (835)", "$0.04"], ["Eligibility (270/271)", "$0.09"],
                 ["Claim status (276/277)", "$0.07"], ["Paper claim print & mail", "$0.70"],
                 ["Patient statement print & mail", "$0.55"]], {"ruled": "lines", "widths": [3, 2]}),
        ("h2", "Plan options"),
        ("bul", ["Standard: pay-as-you-go at the CPT rates above.",
                 "Unlimited: flat $249 per month per billing entity for unlimited claims and remittances.",
                 "Setup is free. Payer enrollment assistance is $15 per payer."]),
        ("h2", "Terms"),
        ("p", bp_payment("Fallowmere", "Customer", 1) + " " + bp_term("Fallowmere", "Customer", 2)),
        ("small", "Prices valid January 1 – December 31, 2025. CPT rates exclude postage surcharges announced by "
                  "USPS after January 1."),
    ]


@doc("na_clearinghouse_eastwick", "not_addressed", "Eastwick Electronic Claims, Inc.",
     "Clearinghouse agreement that requires claims in HIPAA code sets (ICD-10-CM, CPT, HCPCS Level II) but says "
     "nothing about licensing or paying for CPT.",
     "contract", None, footer="Eastwick Electronic Claims, Inc.")
def _():
    v, c = "Eastwick", "Provider"
    return [
        ("title", "ELECTRONIC DATA INTERCHANGE SERVICES AGREEMENT"),
        ("p", "Between **Eastwick Electronic Claims, Inc.** (“Eastwick”) and **Tri-Valley Family Health, P.C.** "
              "(“Provider”), effective May 1, 2025."),
        ("sec", "1.", "Services", "Eastwick will accept Provider’s claim data, validate it, convert it into HIPAA "
                 "standard transactions and deliver it to payers, and return payer responses to Provider."),
        ("sec", "2.", "Data Standards", "Provider shall submit claims using the HIPAA standard medical code sets — "
                 "ICD-10-CM for diagnoses, CPT® and HCPCS Level II for procedures, services and supplies — and "
                 "shall use valid place-of-service and modifier values. Eastwick will reject files that fail "
                 "format validation."),
        ("sec", "3.", "Fees", "Provider shall pay a flat $189.00 per month for up to 1,500 claims and $0.18 per "
                 "claim beyond that. " + bp_payment(v, c, 0)),
        ("sec", "4.", "Testing", "Before production, Provider will send test files for each payer that requires "
                 "testing; Eastwick will certify the connection within ten (10) business days."),
    ] + bp_sections(v, c, 5, ["data", "term", "warranty", "liability", "conf", "law", "misc"], k=1,
                    state="California", county="Alameda") + [
        ("sig", [("EASTWICK ELECTRONIC CLAIMS, INC.", "", ("Gina Morales", "Director of Sales", "04/28/2025")),
                 ("TRI-VALLEY FAMILY HEALTH, P.C.", "", ("Dr. Howard Lin", "Medical Director", "04/29/2025"))]),
    ]


@doc("na_itservices_lindenbrook", "not_addressed", "Lindenbrook IT Services, LLC",
     "Managed IT services agreement for a clinic (network, devices, backups, help desk); no code sets of any kind.",
     "contract", None, footer="Lindenbrook IT Services, LLC — Managed Services Agreement")
def _():
    v, c = "Lindenbrook", "Client"
    return [
        ("title", "MANAGED SERVICES AGREEMENT"),
        ("p", "Between **Lindenbrook IT Services, LLC** (“Lindenbrook”) and **Foothill Allergy & Asthma Clinic, "
              "P.C.** (“Client”), effective June 16, 2025."),
        ("sec", "1.", "Covered Services", "Lindenbrook will monitor and manage Client’s network, firewall, "
                 "wireless access points, 28 workstations, two servers and printers; apply operating-system and "
                 "application patches; manage endpoint protection; and run nightly backups with monthly restore "
                 "tests."),
        ("sec", "2.", "Help Desk", "Unlimited remote help desk from 7 a.m. to 6 p.m. on business days; after-hours "
                 "emergency line for outages."),
        ("sec", "3.", "Fees", "Client shall pay $115.00 per workstation per month and $250.00 per server per "
                 "month. Projects outside Covered Services are billed at $140.00 per hour. "
                 + bp_payment(v, c, 0)),
        ("sec", "4.", "Client Responsibilities", "Client will keep software licences for its applications current, "
                 "give Lindenbrook administrative access, and not make network changes without notice."),
        ("sec", "5.", "Third-Party Software", "Lindenbrook may procure Microsoft 365 and endpoint protection "
                 "licences on Client’s behalf and will bill them at the distributor price plus ten percent."),
    ] + bp_sections(v, c, 6, ["data", "term", "warranty", "liability", "conf", "law"], k=0,
                    state="Oregon", county="Multnomah") + [
        ("sig", [("LINDENBROOK IT SERVICES, LLC", "", ("Corey Blake", "Owner", "06/10/2025")),
                 ("FOOTHILL ALLERGY & ASTHMA CLINIC, P.C.", "", ("Janet Moss", "Practice Manager", "06/11/2025"))]),
    ]


@doc("na_store_inkwell", "not_addressed", "Inkwell Coding Supply, LLC",
     "Reseller quote for AMA-published ICD-10-CM and HCPCS Level II data files and books at $21.50 and $19.00 per "
     "user; the AMA appears as publisher but CPT is not sold or mentioned.",
     "form", None, footer="Inkwell Coding Supply, LLC — Quote IC-2025-077")
def _():
    return [
        ("title_l", "Inkwell Coding Supply, LLC"),
        ("sub", "Coding books, data files and reference tools · 940 Printers Row · Chicago, IL 60605"),
        ("h", "Quote IC-2025-077"),
        ("tbl", [["Customer", "Oak Terrace Medical Billing, LLC"], ["Date", "September 2, 2025"],
                 ["Valid", "30 days"]], {"ruled": False, "header": False, "widths": [1.2, 4]}),
        ("tbl", [["Item", "Publisher", "Format", "Qty", "Price", "Total"],
                 ["ICD-10-CM 2026 data file", "American Medical Association", "Download, per user", "6",
                  "$21.50", "$129.00"],
                 ["HCPCS Level II 2026 data file", "American Medical Association", "Download, per user", "6",
                  "$19.00", "$114.00"],
                 ["ICD-10-CM 2026 Professional codebook", "Coding press", "Spiral bound", "2", "$124.95",
                  "$249.90"],
                 ["Coding highlighters (set of 4)", "—", "—", "6", "$6.50", "$39.00"]],
         {"ruled": "grid", "widths": [2.4, 1.8, 1.3, 0.5, 0.8, 0.9]}),
        ("p", "Subtotal $531.90. Shipping for printed items: $18.00. Data files are delivered by download link "
              "after payment and are licensed per named user under the publisher’s click-through terms."),
        ("h2", "Terms of sale"),
        ("bul", ["Payment by card or net 15 for approved accounts.",
                 "Printed books may be returned unopened within 30 days; downloads are non-refundable.",
                 "Prices exclude sales tax where applicable."]),
    ]


@doc("na_telehealth_swiftmoor", "not_addressed", "Swiftmoor Telehealth, Inc.",
     "Telehealth product page/terms summary mentioning reports 'by CPT code' and a third-party components list; "
     "nothing on CPT licensing.",
     "web", None, header="swiftmoor.example/product/telehealth")
def _():
    return [
        ("title_l", "Swiftmoor Telehealth for Practices"),
        ("sub", "Product overview and key terms · Swiftmoor Telehealth, Inc."),
        ("p", "Swiftmoor adds HIPAA-compliant video visits to any practice in an afternoon. Patients join from a "
              "text link with no app to download, and visits flow back to your EHR as encounters."),
        ("h2", "Features"),
        ("bul", ["Virtual waiting room with front-desk chat",
                 "Group visits of up to 12 participants",
                 "Interpreter three-way calling",
                 "Visit reports by provider, by CPT® code entered on the encounter, and by payer, exportable to CSV",
                 "Copay collection before the visit"]),
        ("h2", "Pricing"),
        ("p", "$39 per provider per month, or $29 per provider per month billed annually. No setup fees."),
        ("h2", "Key terms"),
        ("bul", [bp_term("Swiftmoor", "Customer", 1), bp_data("Swiftmoor", "Customer", 1),
                 "Third-party components: Swiftmoor uses open-source video libraries and a commercial SMS gateway; "
                 "notices are listed in the app under About › Acknowledgements."]),
        ("small", "© 2025 Swiftmoor Telehealth, Inc."),
    ]


@doc("na_terminology_quaymark", "not_addressed", "Quaymark Interoperability, Inc.",
     "Terminology notice for an interface engine covering SNOMED CT, LOINC, RxNorm and ICD-10 licences with no "
     "additional fees; CPT is not among them.",
     "web", None, header="quaymark.example/legal/terminology")
def _():
    return [
        ("title_l", "Terminology Licensing Notice"),
        ("sub", "Quaymark Interoperability, Inc. · Applies to the Quaymark Interface Engine and Quaymark Mapper"),
        ("p", "The Quaymark products use several standard terminologies to map and validate clinical data. This "
              "notice explains the licences under which they are used."),
        ("tbl", [["Terminology", "Owner / publisher", "Licence", "Fee to you"],
                 ["SNOMED CT (US Edition)", "SNOMED International; distributed in the US by the National Library "
                  "of Medicine", "UMLS Metathesaurus License (free for US use)", "None"],
                 ["LOINC", "Regenstrief Institute", "LOINC licence (free, attribution required)", "None"],
                 ["RxNorm", "National Library of Medicine", "Public domain source files", "None"],
                 ["ICD-10-CM", "CDC National Center for Health Statistics", "Public domain", "None"],
                 ["CVX / MVX vaccine codes", "CDC", "Public domain", "None"]],
         {"ruled": "grid", "widths": [1.5, 2.2, 2, 0.8]}),
        ("p", "If you use SNOMED CT outside the United States you may need an affiliate licence from SNOMED "
              "International or your national release centre."),
        ("p", "This material contains content from LOINC (loinc.org), copyright © Regenstrief Institute, Inc. and "
              "the LOINC Committee, available at no cost under the licence at loinc.org/license."),
        ("small", "© 2025 Quaymark Interoperability, Inc."),
    ]

# ============================================================================================
# UNCLEAR documents
# ============================================================================================

@doc("un_mayapply_hazelburn", "unclear", "Hazelburn Health Software, Inc.",
     "Third-party content clause naming CPT from the AMA but saying only that fees for third-party content 'may "
     "apply' and will be communicated separately.",
     "contract", None, footer="Hazelburn Health Software, Inc. — Customer Agreement")
def _():
    v, c = "Hazelburn", "Customer"
    return [
        ("title", "CUSTOMER AGREEMENT"),
        ("p", "This Customer Agreement is between **Hazelburn Health Software, Inc.** (“Hazelburn”) and **Granite "
              "State Sports Medicine, PLLC** (“Customer”), effective August 18, 2025."),
        ("sec", "1.", "Services", "Hazelburn will provide its EHR and practice management services to Customer’s "
                 "authorised users."),
        ("sec", "2.", "Fees", "Customer shall pay the subscription fees in the Order ($239.00 per provider per "
                 "month) and any other fees stated in the Order. " + bp_payment(v, c, 0)),
        ("sec", "3.", "Third-Party Content", "Certain features rely on content owned by third parties, including "
                 "CPT® from the American Medical Association, drug databases and clinical guidelines. Fees for "
                 "third-party content may apply and, if they do, will be communicated to Customer separately. "
                 "Customer’s use of third-party content is subject to the owners’ terms, which Hazelburn will make "
                 "available on request."),
    ] + bp_sections(v, c, 4, ["support", "data", "term", "warranty", "liability", "conf", "law", "misc"], k=0,
                    state="New Hampshire", county="Hillsborough") + [
        ("sig", [("HAZELBURN HEALTH SOFTWARE, INC.", "", ("Peter Lund", "VP Sales", "08/12/2025")),
                 ("GRANITE STATE SPORTS MEDICINE, PLLC", "", ("Dr. Julia Amos", "Owner", "08/14/2025"))]),
    ]


@doc("un_tbd_foxmead", "unclear", "Foxmead Practice Systems, LLC",
     "Order form CPT row priced 'TBD — see note 4'; note 4 says the parties will confirm before go-live whether "
     "Foxmead will sublicense CPT or the customer will license directly.",
     "form", None, footer="Foxmead Practice Systems, LLC — Order FPS-2025-61")
def _():
    return [
        ("title_l", "Foxmead Practice Systems, LLC — Order FPS-2025-61"),
        ("tbl", [["Customer", "Evergreen Women’s Care, PLLC"], ["Order date", "November 12, 2025"],
                 ["Planned go-live", "February 2, 2026"]], {"ruled": False, "header": False, "widths": [1.3, 4]}),
        ("tbl", [["#", "Item", "Qty", "Price", "Billing"],
                 ["1", "Foxmead EHR/PM subscription (per provider)", "5", "$255.00", "monthly"],
                 ["2", "OB flowsheet & prenatal module", "1", "$140.00", "monthly"],
                 ["3", "Fetal monitoring interface", "1", "$3,200.00", "one-time"],
                 ["4", "AMA CPT® licensing", "—", "TBD", "see note 4"],
                 ["5", "Training (remote, 16 hours)", "1", "$2,080.00", "one-time"]],
         {"ruled": "grid", "widths": [0.4, 3.2, 0.6, 1.1, 1.2]}),
        ("h2", "Notes"),
        ("p", "1. Subscription charges start at go-live."),
        ("p", "2. Interface pricing assumes the hospital’s HL7 feed is available by December 15, 2025."),
        ("p", "3. Training beyond 16 hours is billed at $130 per hour."),
        ("p", "4. Foxmead and Customer will confirm before go-live whether CPT content will be sublicensed by "
              "Foxmead or licensed by Customer directly from the AMA, and any resulting charge will be set out in "
              "a change order."),
        ("h2", "Terms"),
        ("bul", [bp_payment("Foxmead", "Customer", 1), bp_term("Foxmead", "Customer", 0)]),
        ("sig", [("FOXMEAD PRACTICE SYSTEMS, LLC", "", ("Anita Rao", "Account Executive", "11/12/2025")),
                 ("EVERGREEN WOMEN’S CARE, PLLC", "", ("Dr. Claire Dunn", "Managing Partner", "11/13/2025"))]),
    ]


@doc("un_evaluating_wickerham", "unclear", "Wickerham Medical Software, Inc.",
     "Letter: vendor is evaluating whether to absorb the AMA royalty, add a separate charge, or ask practices to "
     "license directly; decision to follow.",
     "letter", None, footer="Wickerham Medical Software, Inc. · 5 Commerce Court · Springfield, IL 62701")
def _():
    return [
        ("title_l", "WICKERHAM"),
        ("small", "Wickerham Medical Software, Inc."),
        ("sp", 8),
        ("p", "July 21, 2025"),
        ("p", "To all Wickerham clients"),
        ("p", "Re: CPT® royalties for 2026"),
        ("p", "Dear Client,"),
        ("p", "The American Medical Association has told us that the way it calculates royalties for CPT codes "
              "used in practice software will change for 2026. We want to be open with you about what this might "
              "mean."),
        ("p", "We are evaluating several options. We might absorb the royalty within your current subscription, "
              "add a separate annual charge per provider, or ask practices to obtain a license directly from the "
              "AMA. Each option has different effects on price and on paperwork for your office, and we have not "
              "yet made a decision."),
        ("p", "We expect to announce our approach by October 1, 2025, and nothing will change on your invoices "
              "before then. If a separate charge is introduced, we will give you at least 60 days’ notice."),
        ("p", "Thank you for your patience while we work through this."),
        ("p", "Sincerely,\n\nMargaret Oyelaran\nChief Executive Officer\nWickerham Medical Software, Inc."),
    ]


@doc("un_contradiction_brackenridge", "unclear", "Brackenridge Clinical Systems, Inc.",
     "Body says subscription fees include the AMA royalty; Schedule B lists an AMA CPT royalty of $18.00 per provider "
     "per year; the entire-agreement clause gives schedules equal effect and there is no precedence rule.",
     "contract", None, footer="Brackenridge Clinical Systems, Inc. — Subscription Agreement")
def _():
    v, c = "Brackenridge", "Customer"
    return [
        ("title", "SUBSCRIPTION AGREEMENT"),
        ("p", "Between **Brackenridge Clinical Systems, Inc.** (“Brackenridge”) and **Cottonwood Pulmonary "
              "Associates, P.A.** (“Customer”), effective March 1, 2025."),
        ("sec", "1.", "Subscription", "Brackenridge will make its pulmonary EHR and billing software available to "
                 "Customer’s users as a hosted service."),
        ("sec", "2.", "Implementation", "Brackenridge will configure the software, build interfaces to Customer’s "
                 "sleep-lab and spirometry devices and train Customer’s staff."),
        ("sec", "3.", "Fees", ""),
        ("sec", "3.1", "", "Customer shall pay the fees set out in Schedule B."),
        ("sec", "3.2", "", "The Subscription Fees include the royalty payable to the American Medical Association "
                 "for CPT® content in the software."),
        ("sec", "3.3", "", bp_payment(v, c, 0)),
    ] + bp_sections(v, c, 4, ["support", "data", "warranty", "liability", "term", "conf", "law"], k=1,
                    state="Oklahoma", county="Oklahoma") + [
        ("sec", "11.", "Entire Agreement", "This Agreement, including its Schedules, is the entire agreement of the "
                  "parties on its subject matter. The Schedules are part of this Agreement and have the same "
                  "force and effect as if set out in its body."),
        ("pb",),
        ("h", "Schedule B — Fees"),
        ("tbl", [["Item", "Fee", "Billing"],
                 ["Subscription Fees — pulmonary EHR & billing", "$295.00 per provider per month", "monthly"],
                 ["Device interfaces (3)", "$4,500.00", "one-time"],
                 ["AMA CPT® royalty", "$18.00 per provider per year", "annually in January"],
                 ["Additional training", "$125.00 per hour", "as used"]],
         {"ruled": "grid", "widths": [2.6, 2.3, 1.4]}),
        ("sig", [("BRACKENRIDGE CLINICAL SYSTEMS, INC.", "", ("Wes Harlan", "President", "02/20/2025")),
                 ("COTTONWOOD PULMONARY ASSOCIATES, P.A.", "", ("Dr. Sharon Ng", "President", "02/24/2025"))]),
    ]


@doc("un_eut_starlingrow", "unclear", "Starling Row Health, LLC",
     "AMA end-user terms page with restrictions, disclaimers, government-rights and copyright notice, but no grant "
     "of a sublicence and nothing about who pays.",
     "web", None, header="starlingrow.example/legal/cpt")
def _():
    return [
        ("title_l", "CPT® Terms for Starling Row Users"),
        ("sub", "Starling Row Health, LLC · Legal"),
        ("p", "The American Medical Association requires that the following terms apply to anyone who uses CPT "
              "content within Starling Row products. By using CPT content in our products you agree to them."),
        ("h2", "Restrictions"),
        ("bul", ["You may not make CPT content available to the public or to any person or entity outside your "
                 "organisation, including subsidiaries and affiliates.",
                 "You may not create derivative works from CPT content, including translations.",
                 "You may not sell, lease or transfer CPT content or any copy or portion of it.",
                 "You may use CPT content only in the United States."]),
        ("h2", "Disclaimers"),
        ("p", "CPT content is provided “as is”, without warranty of any kind, and your use of it is at your own "
              "risk. The AMA does not practise medicine or dispense medical services. Fee schedules, relative "
              "value units, conversion factors and related components are not assigned by the AMA, are not part "
              "of CPT, and the AMA does not recommend their use. The AMA is not responsible for the consequences "
              "of using, not using or misusing the content."),
        ("h2", "U.S. Government rights"),
        ("p", "CPT is commercial technical data and/or software developed at private expense by the AMA. Rights "
              "of the U.S. Government are limited as described in the applicable provisions of the Federal "
              "Acquisition Regulation and the Defense Federal Acquisition Regulation Supplement."),
        ("h2", "Notice"),
        ("p", "CPT only © 2024 American Medical Association. All rights reserved. CPT is a registered trademark of "
              "the American Medical Association."),
        ("small", "Questions about these terms may be sent to legal@starlingrow.example. © 2025 Starling Row "
                  "Health, LLC."),
    ]


@doc("un_email_mossgiel", "unclear", "Mossgiel EHR, Inc.",
     "Email thread: sales rep 'believes' the AMA fee is included, finance says it depends on which contract version "
     "was signed (legacy pass-through vs 2024 included) and can't tell; left unresolved.",
     "mono", None)
def _():
    return [
        ("mono", "From:    Tyler Brandon <tbrandon@mossgiel.example>\nTo:      Rosa Jimenez "
                 "<rjimenez@sagebrushpeds.example>\nDate:    Fri, 14 Mar 2025 10:03:55 -0600\n"
                 "Subject: RE: AMA fee?"),
        ("p", "Hi Rosa,"),
        ("p", "Quick update: finance is still checking which version of our agreement your practice signed, and "
              "that determines how the AMA fee works for you. I’ll come back to you as soon as I hear. Sorry for "
              "the delay."),
        ("p", "Tyler Brandon\nClient Success Manager\nMossgiel EHR, Inc."),
        ("mono", "-----Forwarded message-----\nFrom:    Kim Aldana <kaldana@mossgiel.example> (Finance)\n"
                 "To:      Tyler Brandon\nDate:    Thu, 13 Mar 2025 16:40:12 -0600"),
        ("quote", "> Tyler - it depends on the paper they're on. Legacy contracts (pre-2024) carry the AMA CPT "
                  "pass-through per provider; the 2024 template includes it in the subscription. CRM doesn't show "
                  "which one Sagebrush signed and I can't find the countersigned copy. Can you ask them to send "
                  "theirs? Until then I can't say whether the January line was right. - Kim"),
        ("mono", "-----Original Message-----\nFrom:    Tyler Brandon\nTo:      Rosa Jimenez\n"
                 "Date:    Tue, 11 Mar 2025 09:15:00 -0600"),
        ("quote", "> Hi Rosa - I believe the AMA fee is included in your subscription, but let me confirm with "
                  "finance before you pay that line. - Tyler"),
        ("mono", "-----Original Message-----\nFrom:    Rosa Jimenez <rjimenez@sagebrushpeds.example>\n"
                 "Date:    Mon, 10 Mar 2025 13:22:48 -0600"),
        ("quote", "> Our January Mossgiel invoice has a new line \"AMA CPT\". Do we owe this or is it already in "
                  "what we pay you each month? - Rosa Jimenez, Billing Lead, Sagebrush Pediatrics"),
    ]


@doc("un_conditional_pellucid", "unclear", "Pellucid Practice Cloud, Inc.",
     "Condition on user count: above 25 users the customer licenses CPT directly, otherwise the royalty is "
     "included; the order gives no user count ('per roster to be provided at kickoff').",
     "contract", None, footer="Pellucid Practice Cloud, Inc. — Service Agreement")
def _():
    v, c = "Pellucid", "Customer"
    return [
        ("title", "SERVICE AGREEMENT"),
        ("p", "Between **Pellucid Practice Cloud, Inc.** (“Pellucid”) and **Northgate Community Clinic, Inc.** "
              "(“Customer”), effective September 15, 2025."),
        ("sec", "1.", "Service", "Pellucid will provide its cloud practice management and EHR service to "
                 "Customer’s Users. “User” means any individual with a login."),
        ("sec", "2.", "Fees", "Customer shall pay $2,400.00 per month for the service, regardless of the number "
                 "of Users, plus implementation fees of $6,000.00."),
        ("sec", "3.", "Payment", bp_payment(v, c, 1)),
        ("sec", "4.", "Implementation", "Customer will provide its User roster at the project kickoff meeting."),
        ("sec", "5.", "Code Content", ""),
        ("sec", "5.1", "", "The service includes CPT®, ICD-10-CM and HCPCS Level II code tables."),
        ("sec", "5.2", "", "If the number of Users exceeds twenty-five (25) at any time, Customer shall license CPT "
                 "directly from the American Medical Association for all Users; otherwise, the AMA royalty for "
                 "CPT content is included in the fees in Section 2."),
    ] + bp_sections(v, c, 6, ["support", "data", "term", "liability", "law"], k=0,
                    state="Wisconsin", county="Dane") + [
        ("h2", "Order Summary"),
        ("tbl", [["Item", "Detail"], ["Service", "Pellucid PM + EHR, all modules"],
                 ["Users", "Per Customer roster, to be provided at kickoff"], ["Sites", "2"],
                 ["Monthly fee", "$2,400.00"]], {"ruled": "grid", "widths": [1.5, 4]}),
        ("sig", [("PELLUCID PRACTICE CLOUD, INC.", "", ("Owen Marsh", "VP Sales", "09/08/2025")),
                 ("NORTHGATE COMMUNITY CLINIC, INC.", "", ("Deborah Kane", "Executive Director", "09/10/2025"))]),
    ]


@doc("un_negotiate_tarnwell", "unclear", "Tarnwell Health Technologies, LLC",
     "Clause deferring allocation: should the AMA require a royalty for CPT accessed through the platform, the "
     "parties shall negotiate in good faith how it will be borne.",
     "contract", None, footer="Tarnwell Health Technologies, LLC — Platform Agreement")
def _():
    v, c = "Tarnwell", "Client"
    return [
        ("title", "PLATFORM AGREEMENT"),
        ("p", "Between **Tarnwell Health Technologies, LLC** (“Tarnwell”) and **Sandhill Orthopaedic Partners, "
              "LLC** (“Client”), effective June 1, 2025."),
        ("sec", "1.", "Platform", "Tarnwell will provide its surgical scheduling, prior-authorization and billing "
                 "platform to Client."),
        ("sec", "2.", "Fees", "Client shall pay $4,100.00 per month and $0.40 per prior-authorization submission. "
                 + bp_payment(v, c, 0)),
        ("sec", "3.", "Content", ""),
        ("sec", "3.1", "", "The platform displays procedure codes and descriptors, including CPT®, to build "
                 "authorization requests and claims."),
        ("sec", "3.2", "", "Should the American Medical Association require a royalty for CPT content accessed "
                 "through the platform, the parties shall negotiate in good faith how that royalty will be borne, "
                 "and pending agreement neither party waives its position."),
    ] + bp_sections(v, c, 4, ["support", "data", "warranty", "liability", "term", "conf", "law", "misc"], k=1,
                    state="South Carolina", county="Charleston") + [
        ("sig", [("TARNWELL HEALTH TECHNOLOGIES, LLC", "", ("Felicia Grant", "CEO", "05/27/2025")),
                 ("SANDHILL ORTHOPAEDIC PARTNERS, LLC", "", ("Dr. Cole Avery", "Managing Partner", "05/29/2025"))]),
    ]


@doc("un_faq_ivybridge", "unclear", "Ivybridge Charting, Inc.",
     "FAQ: arrangement with the AMA under review; not yet decided whether the royalty will be in plan prices or a "
     "separate line; no AMA line for now.",
     "web", None, header="help.ivybridge.example › Billing › AMA")
def _():
    return [
        ("title_l", "Will Ivybridge charge an AMA fee for CPT® codes?"),
        ("sub", "Ivybridge Help Center · Billing · Updated November 2025"),
        ("q", "Where things stand"),
        ("a", "Our arrangement with the American Medical Association for CPT codes is being reviewed for 2026. We "
              "haven’t decided yet whether any royalty will be built into plan prices or billed as a separate "
              "line on your invoice."),
        ("q", "Will I see a charge now?"),
        ("a", "Not while the review is under way. Until we decide, no AMA line will appear on your invoice."),
        ("q", "How much notice will I get?"),
        ("a", "At least 60 days before any change to your invoice, by email to your account owner."),
        ("q", "Do I need to buy a license from the AMA myself?"),
        ("a", "We can’t answer that yet — it depends on the outcome of the review. We’ll update this article as "
              "soon as we know."),
        ("q", "Is ICD-10 affected?"),
        ("a", "No. ICD-10-CM codes are published by the federal government and are free to use."),
    ] + web_footer_blocks("Ivybridge Charting, Inc.")

# ============================================================================================
# build
# ============================================================================================

WORDS = ["alder", "basalt", "cairn", "delta", "ember", "fjord", "garnet", "heath", "inlet", "juniper",
         "kestrel", "lichen", "marl", "nettle", "onyx", "pumice", "quartz", "rowan", "sedge", "tamarack",
         "umber", "vetch", "willow", "yarrow", "zephyr", "aster", "bramble", "clover", "dune", "elm",
         "fescue", "gorse", "hazel", "iris", "jasper", "kelp", "larch", "moss", "nimbus", "oriel",
         "pebble", "quill", "reed", "shale", "thistle", "upland", "valley", "wren", "yew", "zinnia",
         "acorn", "birch", "cedar", "drift", "egret", "flint", "grove", "heron", "ivy", "jetty",
         "knoll", "loam", "meadow", "nook", "ochre", "pine", "quarry", "ridge", "slate", "tern",
         "umbra", "vale", "wold", "xylem", "yucca", "zircon"]


def ordered_docs():
    keys = [d["key"] for d in DOCS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return sorted(DOCS, key=lambda d: hashlib.md5(("blind_g/" + d["key"]).encode()).hexdigest())


def page_decorator(header, footer, theme):
    font = THEMES[theme]["font"]

    def draw(canvas, docobj):
        canvas.saveState()
        canvas.setFont(font if theme != "mono" else "Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        w, h = letter
        if header:
            canvas.drawString(0.75 * inch, h - 0.5 * inch, header)
            canvas.setStrokeColor(colors.HexColor("#cccccc"))
            canvas.line(0.75 * inch, h - 0.55 * inch, w - 0.75 * inch, h - 0.55 * inch)
        if footer:
            canvas.drawString(0.75 * inch, 0.5 * inch, footer)
        canvas.drawRightString(w - 0.75 * inch, 0.5 * inch, f"Page {docobj.page}")
        canvas.restoreState()
    return draw


def build(outdir=HERE):
    labels = {}
    for i, d in enumerate(ordered_docs(), start=1):
        fname = f"g{i:02d}_{WORDS[i - 1]}.pdf"
        path = os.path.join(outdir, fname)
        blocks = d["blocks"]()
        pdf = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.75 * inch, rightMargin=0.75 * inch,
                                topMargin=0.8 * inch, bottomMargin=0.8 * inch,
                                title="", author="", subject="", creator="", producer="ReportLab")
        deco = page_decorator(d["header"], d["footer"], d["theme"])
        pdf.build(render(blocks, d["theme"]), onFirstPage=deco, onLaterPages=deco)
        labels[fname] = {"description": d["description"], "status": "ok",
                         "terms": {"coverage": d["coverage"], "cpt_fee": d["fee"], "vendor": d["vendor"]}}
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"contracts": labels}, fh, indent=2, sort_keys=True, ensure_ascii=False)
        fh.write("\n")
    return labels


if __name__ == "__main__":
    import sys
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    res = build(out)
    counts = {}
    for v in res.values():
        counts[v["terms"]["coverage"]] = counts.get(v["terms"]["coverage"], 0) + 1
    print(len(res), "documents", json.dumps(counts, sort_keys=True))
