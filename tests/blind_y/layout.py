"""Layout for the blind_y test set: turns a document spec (a list of blocks) into PDF bytes.

Block forms (tuples):
  ("title", text)            large centred title
  ("subtitle", text)         centred smaller line
  ("center", text)           centred body line
  ("h", text)                heading
  ("h2", text)               minor heading
  ("p", text)                paragraph
  ("cl", label, text[, lvl]) clause with hanging label, lvl 0..3
  ("fn", text)               small print / footnote
  ("kv", [(k, v), ...])      unruled two-column key/value list
  ("table", rows, opts)      table; opts: header (int rows), ruled (bool), widths (list of fractions)
  ("email", hdr, paras)      e-mail message: hdr = [(label, value)], paras = list of str
  ("sig", [(side, name, title), ...])  signature blocks
  ("sp", points)             vertical space
  ("pb",)                    page break
  ("colbreak",)              end the masthead of a two-column document
Text is plain; &, < and > are escaped here.
"""
from io import BytesIO

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, CondPageBreak, Frame, FrameBreak, KeepTogether, NextPageTemplate,
    PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle,
)

FAMILIES = {
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def _styles(font, size, justify):
    reg, bold, ital = FAMILIES[font]
    lead = size * 1.28
    al = TA_JUSTIFY if justify else TA_LEFT
    st = {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.2,
                                alignment=TA_CENTER, spaceAfter=6),
        "subtitle": ParagraphStyle("subtitle", fontName=reg, fontSize=size + 1, leading=(size + 1) * 1.25,
                                   alignment=TA_CENTER, spaceAfter=4),
        "center": ParagraphStyle("center", fontName=reg, fontSize=size, leading=lead, alignment=TA_CENTER,
                                 spaceAfter=3),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.25, spaceBefore=8,
                            spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead, spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, alignment=al, spaceAfter=5),
        "fn": ParagraphStyle("fn", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25, alignment=al,
                             spaceAfter=3),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.22),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.22),
        "emhdr": ParagraphStyle("emhdr", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.2),
    }
    for lvl in range(4):
        ind = 16 + 22 * lvl
        st["cl%d" % lvl] = ParagraphStyle("cl%d" % lvl, parent=st["p"], leftIndent=ind, firstLineIndent=0)
    st["bold"] = bold
    st["ital"] = ital
    st["reg"] = reg
    return st


class _Doc(BaseDocTemplate):
    pass


def render(spec):
    """spec: dict with blocks, font, size, page ('letter'|'a4'), twocol, header, footer, title, author."""
    font = spec.get("font", "Times")
    size = spec.get("size", 10)
    pagesize = A4 if spec.get("page") == "a4" else LETTER
    st = _styles(font, size, spec.get("justify", True))
    buf = BytesIO()
    W, H = pagesize
    lm = rm = spec.get("margin", 0.9) * inch
    tm = bm = 0.85 * inch
    doc = _Doc(buf, pagesize=pagesize, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
               title=spec.get("pdf_title", ""), author=spec.get("pdf_author", ""), subject="",
               creator="blind_y build", producer="ReportLab", invariant=1)
    header = spec.get("header", "")
    footer = spec.get("footer", "")

    def deco(canv, d):
        canv.saveState()
        canv.setFont(st["reg"], 7.5)
        if header:
            canv.drawString(lm, H - 0.55 * inch, header)
        pg = "Page %d" % canv.getPageNumber()
        if footer:
            canv.drawString(lm, 0.5 * inch, footer)
        canv.drawRightString(W - rm, 0.5 * inch, pg)
        canv.restoreState()

    fw = W - lm - rm
    fh = H - tm - bm
    if spec.get("twocol"):
        gap = 0.3 * inch
        cw = (fw - gap) / 2
        mast = spec.get("masthead", 1.5) * inch
        first = [Frame(lm, bm + fh - mast, fw, mast, id="mast", leftPadding=0, rightPadding=0),
                 Frame(lm, bm, cw, fh - mast, id="c1", leftPadding=0, rightPadding=0),
                 Frame(lm + cw + gap, bm, cw, fh - mast, id="c2", leftPadding=0, rightPadding=0)]
        later = [Frame(lm, bm, cw, fh, id="l1", leftPadding=0, rightPadding=0),
                 Frame(lm + cw + gap, bm, cw, fh, id="l2", leftPadding=0, rightPadding=0)]
        doc.addPageTemplates([PageTemplate("first", frames=first, onPage=deco),
                              PageTemplate("later", frames=later, onPage=deco)])
        avail = cw
    else:
        doc.addPageTemplates([PageTemplate("one", frames=[Frame(lm, bm, fw, fh, id="f", leftPadding=0,
                                                                  rightPadding=0)], onPage=deco)])
        avail = fw

    story = []
    if spec.get("twocol"):
        story.append(NextPageTemplate("later"))
    for b in spec["blocks"]:
        story.extend(_flow(b, st, avail))
    doc.build(story)
    return buf.getvalue()


def _P(text, style):
    return Paragraph(esc(text), style)


def _flow(b, st, avail):
    kind = b[0]
    if kind in ("title", "subtitle", "center", "h", "h2", "p", "fn"):
        out = [_P(b[1], st[kind])]
        if kind in ("h", "h2"):
            out.insert(0, CondPageBreak(40))
        return out
    if kind == "cl":
        lvl = b[3] if len(b) > 3 else 0
        style = st["cl%d" % lvl]
        lab = esc(b[1])
        txt = esc(b[2])
        ind = style.leftIndent
        tbl = Table([[Paragraph(lab, st["p"]), Paragraph(txt, st["p"])]],
                    colWidths=[ind + 14, avail - ind - 14])
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                 ("LEFTPADDING", (0, 0), (0, 0), ind - 16 + 2),
                                 ("LEFTPADDING", (1, 0), (1, 0), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        return [tbl]
    if kind == "kv":
        rows = [[Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), st["cell"])] for k, v in b[1]]
        t = Table(rows, colWidths=[avail * 0.32, avail * 0.68])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return [t, Spacer(1, 6)]
    if kind == "table":
        rows, opts = b[1], (b[2] if len(b) > 2 else {})
        nh = opts.get("header", 1)
        data = []
        for i, r in enumerate(rows):
            sty = st["cellb"] if i < nh else st["cell"]
            data.append([Paragraph(esc(c), sty) if isinstance(c, str) else c for c in r])
        ncol = max(len(r) for r in rows)
        widths = opts.get("widths")
        cw = [avail * w for w in widths] if widths else [avail / ncol] * ncol
        t = Table(data, colWidths=cw, repeatRows=nh)
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for sp in opts.get("spans", []):
            cmds.append(("SPAN",) + tuple(sp))
        if opts.get("ruled", True):
            cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
            if nh:
                cmds.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.Color(0.88, 0.88, 0.88)))
        else:
            if nh:
                cmds.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, colors.black))
            cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.4, colors.black))
        t.setStyle(TableStyle(cmds))
        return [Spacer(1, 3), t, Spacer(1, 8)]
    if kind == "email":
        hdr, paras = b[1], b[2]
        lines = [Paragraph("<font name='%s'>%s:</font> %s" % (st["bold"], esc(k), esc(v)), st["emhdr"])
                 for k, v in hdr]
        t = Table([[lines]], colWidths=[avail])
        t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.93, 0.93, 0.93)),
                               ("BOX", (0, 0), (-1, -1), 0.5, colors.grey)]))
        out = [Spacer(1, 6), t, Spacer(1, 4)]
        out += [_P(p, st["p"]) for p in paras]
        return out
    if kind == "sig":
        cells = []
        for side, name, title in b[1]:
            cells.append([Paragraph(esc(side), st["cellb"]), Spacer(1, 16),
                          Paragraph("By: ______________________________", st["cell"]),
                          Paragraph("Name: " + esc(name), st["cell"]),
                          Paragraph("Title: " + esc(title), st["cell"]),
                          Paragraph("Date: ____________________", st["cell"])])
        n = len(cells)
        t = Table([cells], colWidths=[avail / n] * n)
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return [Spacer(1, 10), KeepTogether([t])]
    if kind == "sp":
        return [Spacer(1, b[1])]
    if kind == "pb":
        return [PageBreak()]
    if kind == "colbreak":
        return [FrameBreak()]
    raise ValueError("unknown block %r" % (kind,))
