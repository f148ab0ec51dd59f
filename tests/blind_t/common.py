"""Rendering helpers for the blind_t test set.

Every document is a plain dict:
    key, vendor, coverage, fee, description, style (dict), blocks (list of tuples)
Blocks are small tuples, e.g. ("p", text), ("h", text), ("table", rows, opts).
Only built-in PDF fonts are used and rl_config.invariant is set, so output is
byte-for-byte reproducible.
"""
import sys

sys.dont_write_bytecode = True

import io

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame,
                                FrameBreak, KeepTogether, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table,
                                TableStyle, XPreformatted)
from reportlab.platypus.flowables import HRFlowable

FAMILIES = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

DEFAULT_STYLE = {
    "family": "helv",        # body font family
    "head_family": None,     # heading family (defaults to body family)
    "size": 10,              # body size in points
    "lead": 1.25,            # leading factor
    "justify": False,
    "page": "letter",        # or "a4"
    "margin": 0.85,          # inches
    "layout": "single",      # or "two_col"
    "hdr_h": 1.7,            # height (inches) of the full-width header frame, two_col only
    "gutter": 0.3,
    "footer": "",            # text printed at the foot of every page
    "page_label": "Page {n}",
    "heading": "bold",       # bold | caps | shaded | underline
    "table": "grid",         # default table look: grid | lines | plain | zebra
    "title_align": "left",
}


def _styles(st):
    reg, bold, ital = FAMILIES[st["family"]]
    hreg, hbold, hital = FAMILIES[st["head_family"] or st["family"]]
    size = st["size"]
    lead = size * st["lead"]
    align = TA_JUSTIFY if st["justify"] else TA_LEFT
    tal = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT}[st["title_align"]]
    s = {}
    s["p"] = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead,
                            alignment=align, spaceAfter=size * 0.55)
    s["pi"] = ParagraphStyle("pi", parent=s["p"], leftIndent=size * 2.2)
    s["pii"] = ParagraphStyle("pii", parent=s["p"], leftIndent=size * 4.4)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=size * 0.78,
                                leading=size * 0.78 * st["lead"])
    s["center"] = ParagraphStyle("center", parent=s["p"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["p"], alignment=TA_RIGHT)
    s["title"] = ParagraphStyle("title", fontName=hbold, fontSize=size + 7,
                                leading=(size + 7) * 1.2, alignment=tal,
                                spaceAfter=size * 0.5)
    s["subtitle"] = ParagraphStyle("subtitle", fontName=hreg, fontSize=size + 1.5,
                                   leading=(size + 1.5) * 1.25, alignment=tal,
                                   spaceAfter=size * 0.8)
    hsz = size + 1.5
    s["h"] = ParagraphStyle("h", fontName=hbold, fontSize=hsz, leading=hsz * 1.25,
                            spaceBefore=size * 0.7, spaceAfter=size * 0.35,
                            keepWithNext=1)
    if st["heading"] == "shaded":
        s["h"].backColor = colors.Color(0.88, 0.88, 0.88)
        s["h"].borderPadding = (2, 3, 2, 3)
    s["h2"] = ParagraphStyle("h2", fontName=hbold, fontSize=size, leading=size * 1.3,
                             spaceBefore=size * 0.4, spaceAfter=size * 0.2,
                             keepWithNext=1)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size * 0.88,
                               leading=size * 0.88 * 1.2)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size * 0.85,
                               leading=size * 0.85 * 1.25)
    s["bul"] = ParagraphStyle("bul", parent=s["p"], leftIndent=size * 1.8,
                              bulletIndent=size * 0.6, spaceAfter=size * 0.3)
    s["box"] = ParagraphStyle("box", parent=s["p"], borderWidth=0.6,
                              borderColor=colors.black, borderPadding=6,
                              spaceBefore=8, spaceAfter=12)
    s["_bold"] = bold
    s["_reg"] = reg
    return s


def _heading_text(st, text):
    if st["heading"] == "caps":
        return text.upper()
    if st["heading"] == "underline":
        return "<u>%s</u>" % text
    return text


def _table(rows, opts, s, st, avail):
    look = opts.get("style", st["table"])
    header = opts.get("header", True)
    bold_last = opts.get("bold_last", False)
    right_cols = set(opts.get("right", []))
    data = []
    for ri, row in enumerate(rows):
        out = []
        for ci, cell in enumerate(row):
            if header and ri == 0:
                sty = s["cellb"]
            elif bold_last and ri == len(rows) - 1:
                sty = s["cellb"]
            elif ci in right_cols:
                sty = s["cellr"]
            else:
                sty = s["cell"]
            out.append(Paragraph(cell, sty))
        data.append(out)
    widths = opts.get("widths")
    if widths:
        tot = float(sum(widths))
        widths = [avail * w / tot for w in widths]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0,
              hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if look == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.85, 0.85, 0.85)))
    elif look == "lines":
        if header:
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black))
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black))
    elif look == "zebra":
        cmds.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1),
                     [colors.white, colors.Color(0.92, 0.92, 0.92)]))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    elif look == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
    # "plain": no rules at all
    t.setStyle(TableStyle(cmds))
    return t


def _story(doc, s, st, avail):
    out = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("p", "pi", "pii", "small", "center", "right"):
            out.append(Paragraph(b[1], s[kind]))
        elif kind == "title":
            out.append(Paragraph(b[1], s["title"]))
        elif kind == "subtitle":
            out.append(Paragraph(b[1], s["subtitle"]))
        elif kind == "h":
            out.append(Paragraph(_heading_text(st, b[1]), s["h"]))
        elif kind == "h2":
            out.append(Paragraph(b[1], s["h2"]))
        elif kind == "bul":
            for item in b[1]:
                out.append(Paragraph(item, s["bul"], bulletText="\u2022"))
        elif kind == "num":
            for i, item in enumerate(b[1]):
                out.append(Paragraph(item, s["bul"], bulletText="%d." % (i + 1)))
        elif kind == "dash":
            for item in b[1]:
                out.append(Paragraph(item, s["bul"], bulletText="-"))
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            out.append(_table(b[1], opts, s, st, avail))
            out.append(Spacer(1, st["size"] * 0.8))
        elif kind == "kv":
            rows = [[k, v] for k, v in b[1]]
            opts = {"style": "plain", "header": False,
                    "widths": b[2] if len(b) > 2 else [1, 2.6]}
            t = _table(rows, opts, s, st, avail)
            out.append(t)
            out.append(Spacer(1, st["size"] * 0.6))
        elif kind == "mail":
            rows = [["<b>%s:</b>" % k, v] for k, v in b[1]]
            t = _table(rows, {"style": "plain", "header": False,
                              "widths": [0.9, 5.5]}, s, st, avail)
            out.append(t)
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.black,
                                  spaceBefore=2, spaceAfter=6))
        elif kind == "pre":
            out.append(XPreformatted(b[1], s["mono"]))
            out.append(Spacer(1, 6))
        elif kind == "box":
            out.append(Paragraph(b[1], s["box"]))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.7, color=colors.black,
                                  spaceBefore=3, spaceAfter=6))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "fb":
            out.append(FrameBreak())
        elif kind == "cond":
            out.append(CondPageBreak(b[1]))
        elif kind == "sig":
            cols = b[1]
            rows = []
            depth = max(len(c) for c in cols)
            for i in range(depth):
                rows.append([c[i] if i < len(c) else "" for c in cols])
            t = _table(rows, {"style": "plain", "header": False}, s, st, avail)
            out.append(Spacer(1, 6))
            out.append(KeepTogether([t]))
        else:
            raise ValueError("unknown block %r in %s" % (kind, doc["key"]))
    return out


def render(doc):
    st = dict(DEFAULT_STYLE)
    st.update(doc.get("style", {}))
    s = _styles(st)
    pagesize = A4 if st["page"] == "a4" else letter
    pw, ph = pagesize
    m = st["margin"] * inch
    buf = io.BytesIO()
    title = doc.get("pdf_title", "Document")
    bdt = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=m, rightMargin=m,
                          topMargin=m, bottomMargin=m, title=title,
                          author="", subject="", creator="blind_t build",
                          producer="ReportLab", keywords="")
    fam_reg = s["_reg"]

    def deco(canv, d):
        canv.saveState()
        canv.setFont(fam_reg, 7)
        y = m * 0.5
        if st["footer"]:
            canv.drawString(m, y, st["footer"])
        if st["page_label"]:
            canv.drawRightString(pw - m, y, st["page_label"].format(n=d.page))
        canv.restoreState()

    avail = pw - 2 * m
    if st["layout"] == "two_col":
        g = st["gutter"] * inch
        cw = (avail - g) / 2.0
        hh = st["hdr_h"] * inch
        body_h = ph - 2 * m
        first = [Frame(m, ph - m - hh, avail, hh, id="hdr", leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0),
                 Frame(m, m, cw, body_h - hh, id="c1", leftPadding=0, rightPadding=0),
                 Frame(m + cw + g, m, cw, body_h - hh, id="c2", leftPadding=0,
                       rightPadding=0)]
        later = [Frame(m, m, cw, body_h, id="l1", leftPadding=0, rightPadding=0),
                 Frame(m + cw + g, m, cw, body_h, id="l2", leftPadding=0,
                       rightPadding=0)]
        bdt.addPageTemplates([
            PageTemplate(id="first", frames=first, onPage=deco, autoNextPageTemplate="later"),
            PageTemplate(id="later", frames=later, onPage=deco)])
        story_avail = cw
    else:
        frame = Frame(m, m, avail, ph - 2 * m, id="body", leftPadding=0,
                      rightPadding=0)
        bdt.addPageTemplates([PageTemplate(id="one", frames=[frame], onPage=deco)])
        story_avail = avail
    bdt.build(_story(doc, s, st, story_avail))
    return buf.getvalue()


# ---------------------------------------------------------------------------
# Small helpers used by the document modules
# ---------------------------------------------------------------------------

def doc(key, vendor, coverage, fee, description, blocks, **style):
    """Build a document dict. fee is None or (amount, unit, period)."""
    if fee is not None:
        amount, unit, period = fee
        fee = {"amount": amount, "currency": "USD", "unit": unit, "period": period}
    return {"key": key, "vendor": vendor, "coverage": coverage, "fee": fee,
            "description": description, "blocks": blocks, "style": style,
            "pdf_title": style.pop("pdf_title", "Document")}


def sig(left_name, right_name, left=("", ""), right=("", "")):
    """Two-party signature block."""
    return ("sig", [
        ["<b>%s</b>" % left_name, "By: ______________________________",
         "Name: %s" % left[0], "Title: %s" % left[1], "Date: ________________"],
        ["<b>%s</b>" % right_name, "By: ______________________________",
         "Name: %s" % right[0], "Title: %s" % right[1], "Date: ________________"],
    ])


# Neutral boilerplate paragraphs (written for this set). They say nothing
# about code sets, content licences or royalties, so they never decide a label.

def boiler_confidentiality(party_a, party_b, v=0):
    texts = [
        "Each party may receive non-public information of the other in the course of this "
        "arrangement. The receiving party shall use that information only to perform or "
        "enjoy the benefit of this Agreement, shall protect it with at least the care it "
        "uses for its own information of like sensitivity, and shall not disclose it except "
        "to personnel and advisers who need to know it and are bound by duties of "
        "confidence no less strict than these. Information that is public through no fault "
        "of the receiving party, already lawfully known to it, or independently developed, "
        "is excluded. A party compelled by law to disclose shall give prompt notice where "
        "lawful so the other may seek protection.",
        "Neither %s nor %s shall publish or pass on the other's confidential material, save "
        "to its own staff, auditors and legal counsel on a need-to-know footing, or as a "
        "court or regulator may require. These duties survive for three years after this "
        "Agreement ends, and indefinitely for trade secrets and for protected health "
        "information." % (party_a, party_b),
        "Confidential Information stays the property of the party that disclosed it. On "
        "written request after termination, the recipient shall return or destroy it, "
        "except for copies kept in routine back-ups or required to be retained by law, "
        "which remain subject to this clause for as long as they are held.",
    ]
    return texts[v % len(texts)]


def boiler_liability(v=0):
    texts = [
        "EXCEPT FOR BREACH OF CONFIDENTIALITY, INDEMNITY OBLIGATIONS OR AMOUNTS DUE FOR "
        "SERVICES RENDERED, NEITHER PARTY SHALL BE LIABLE FOR INDIRECT, INCIDENTAL, SPECIAL, "
        "CONSEQUENTIAL OR PUNITIVE DAMAGES, OR FOR LOST PROFITS OR LOST DATA, HOWEVER "
        "ARISING, AND EACH PARTY'S TOTAL LIABILITY SHALL NOT EXCEED THE AMOUNTS PAID OR "
        "PAYABLE UNDER THIS AGREEMENT IN THE TWELVE MONTHS BEFORE THE EVENT GIVING RISE TO "
        "THE CLAIM.",
        "Neither party is answerable to the other for loss of profit, revenue, goodwill or "
        "anticipated savings, or for any indirect or consequential loss. Subject to that, "
        "each party's aggregate liability in any contract year is limited to the charges "
        "paid in that contract year. Nothing in this clause limits liability for death or "
        "personal injury caused by negligence, or for fraud.",
        "The remedies in this Agreement are exclusive. In no event will either party owe "
        "the other more, in total, than the fees actually received under the applicable "
        "order during the year preceding the claim, and neither will owe damages that were "
        "not reasonably foreseeable when the order was signed.",
    ]
    return texts[v % len(texts)]


def boiler_term(v=0):
    texts = [
        "This Agreement begins on the Effective Date and runs for an initial term of "
        "thirty-six months. It then renews for successive twelve-month periods unless "
        "either party gives at least ninety days' written notice of non-renewal before the "
        "end of the current period. Either party may terminate on written notice if the "
        "other commits a material breach that remains uncured thirty days after notice "
        "describing it.",
        "The term is one year from the go-live date, renewing automatically for further "
        "one-year periods. Either side may end the arrangement at the close of any period "
        "on sixty days' notice, or at once if the other becomes insolvent or ceases to do "
        "business in the ordinary course.",
        "Either party may terminate this Agreement for convenience on one hundred and "
        "twenty days' notice after the first anniversary. Termination does not affect "
        "amounts already due. Provisions that by their nature should survive, including "
        "payment, confidentiality, limitation of liability and records access, survive.",
    ]
    return texts[v % len(texts)]


def boiler_hipaa(v=0):
    texts = [
        "To the extent a party creates, receives, maintains or transmits protected health "
        "information on behalf of the other, the parties shall sign and comply with a "
        "business associate agreement in the form the covered entity reasonably requires, "
        "which is incorporated by reference.",
        "The parties will observe the privacy and security rules made under the Health "
        "Insurance Portability and Accountability Act of 1996, as amended, and the business "
        "associate addendum attached as an exhibit controls all handling of protected "
        "health information.",
        "Each party shall implement administrative, physical and technical safeguards "
        "appropriate to the patient information it handles, shall report any security "
        "incident affecting that information within five business days of discovery, and "
        "shall cooperate reasonably in any notification the law requires.",
    ]
    return texts[v % len(texts)]


def boiler_law(state, v=0):
    texts = [
        "This Agreement is governed by the laws of the State of %s, without regard to its "
        "conflict-of-laws rules. The parties submit to the exclusive jurisdiction of the "
        "state and federal courts sitting in that State." % state,
        "The law of %s governs this Agreement and any dispute arising from it. Before "
        "starting proceedings, a party shall first refer the dispute to senior executives "
        "of both parties, who shall meet within twenty days to try to resolve it." % state,
        "Any controversy that is not resolved informally shall be settled by binding "
        "arbitration in %s before a single arbitrator under the commercial rules then in "
        "force, and judgment on the award may be entered in any court of competent "
        "jurisdiction." % state,
    ]
    return texts[v % len(texts)]


def boiler_misc(v=0):
    texts = [
        "Notices must be in writing and are effective when delivered by hand, by "
        "recognized courier, or by e-mail with confirmation of transmission to the "
        "addresses on the signature page. Neither party may assign this Agreement without "
        "the other's consent, not unreasonably withheld, except to a successor to "
        "substantially all of its business. No waiver is effective unless in writing. If "
        "any provision is held unenforceable, the remainder continues in effect.",
        "Neither party is liable for delay caused by events beyond its reasonable control, "
        "such as natural disaster, epidemic, failure of public utilities or acts of "
        "government, provided it gives prompt notice and uses reasonable efforts to resume "
        "performance. The parties are independent contractors; nothing here creates a "
        "partnership, joint venture or agency.",
        "This Agreement may be signed in counterparts, including by electronic signature, "
        "each of which is an original and all of which together are one instrument. "
        "Headings are for convenience only and do not affect interpretation. The words "
        "'including' and 'include' mean 'including without limitation'.",
    ]
    return texts[v % len(texts)]
