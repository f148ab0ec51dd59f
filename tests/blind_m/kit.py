"""Tiny block-based PDF renderer shared by the blind_m content modules.

A document is a dict with keys:
  key          internal key (never printed)
  font         "Helvetica" | "Times" | "Courier"
  size         base font size (default 10)
  justify      justify body paragraphs (default False)
  header       text drawn at the top of every page (optional)
  footer       text drawn at the bottom left of every page (optional)
  pagenum      draw "Page N" bottom right (default True)
  title        PDF metadata title (neutral: the document's own heading)
  blocks       list of tuples, see render_blocks()
  label        {"coverage": ..., "cpt_fee": ..., "vendor": ...}
  description  one line for labels.json
"""
import io
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    Preformatted,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

MARGIN = 0.85 * inch
PAGE_W, PAGE_H = letter
BODY_W = PAGE_W - 2 * MARGIN

_ENT = re.compile(r"&(?!([A-Za-z]+|#\d+);)")


def esc(text):
    """Escape bare ampersands; <b>, <i>, <u>, <br/> markup is kept."""
    return _ENT.sub("&amp;", text)


def _styles(family, size, justify):
    reg, bold, ital = FAMILIES[family]
    lead = size * 1.32
    body_align = TA_JUSTIFY if justify else TA_LEFT
    s = {}
    s["p"] = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead,
                            alignment=body_align, spaceAfter=size * 0.55)
    s["ind"] = ParagraphStyle("ind", parent=s["p"], leftIndent=18)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 5,
                                leading=(size + 5) * 1.25, alignment=TA_CENTER,
                                spaceAfter=size * 0.5)
    s["ltitle"] = ParagraphStyle("ltitle", parent=s["title"], alignment=TA_LEFT)
    s["subtitle"] = ParagraphStyle("subtitle", fontName=reg, fontSize=size + 0.5,
                                   leading=(size + 0.5) * 1.3, alignment=TA_CENTER,
                                   spaceAfter=size * 0.8)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5,
                            leading=(size + 1.5) * 1.25, spaceBefore=size * 0.7,
                            spaceAfter=size * 0.35)
    s["h2"] = ParagraphStyle("h2", fontName=bold, fontSize=size,
                             leading=lead, spaceBefore=size * 0.45,
                             spaceAfter=size * 0.2)
    s["small"] = ParagraphStyle("small", fontName=reg, fontSize=size - 1.6,
                                leading=(size - 1.6) * 1.3, textColor=colors.HexColor("#333333"),
                                alignment=body_align, spaceAfter=size * 0.4)
    s["center"] = ParagraphStyle("center", parent=s["p"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["p"], alignment=TA_RIGHT)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size - 1,
                               leading=(size - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size - 1,
                               leading=(size - 1) * 1.3, spaceAfter=size * 0.5)
    s["_size"] = size
    s["_bold"] = bold
    s["_reg"] = reg
    return s


def _table(rows, widths, style, st, header=True, align_right_cols=()):
    data = []
    for r, row in enumerate(rows):
        cells = []
        for c, cell in enumerate(row):
            sty = st["cellb"] if (header and r == 0) else st["cell"]
            if c in align_right_cols and not (header and r == 0):
                sty = ParagraphStyle("cr", parent=sty, alignment=TA_RIGHT)
            cells.append(Paragraph(esc(str(cell)), sty))
        data.append(cells)
    if widths is None:
        widths = [1.0 / len(rows[0])] * len(rows[0])
    col_w = [w * BODY_W for w in widths]
    t = Table(data, colWidths=col_w, hAlign="LEFT", repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if style == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
    elif style == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#888888")))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black))
    elif style == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def render_blocks(blocks, st, family):
    out = []
    bullet_char = "*" if family == "Courier" else "\u2022"
    for b in blocks:
        kind = b[0]
        if kind in ("p", "title", "ltitle", "subtitle", "h", "h2", "small", "center", "right", "ind"):
            out.append(Paragraph(esc(b[1]), st[kind]))
        elif kind == "mono":
            out.append(Preformatted(b[1], st["mono"]))
        elif kind == "bullets":
            items = [ListItem(Paragraph(esc(t), st["p"]), leftIndent=14) for t in b[1]]
            out.append(ListFlowable(items, bulletType="bullet", start=bullet_char,
                                    bulletFontName=st["_reg"], bulletFontSize=st["_size"],
                                    leftIndent=14))
        elif kind == "numbered":
            start = b[2] if len(b) > 2 else 1
            items = [ListItem(Paragraph(esc(t), st["p"]), leftIndent=18) for t in b[1]]
            out.append(ListFlowable(items, bulletType="1", start=start,
                                    bulletFontName=st["_reg"], bulletFontSize=st["_size"],
                                    leftIndent=18,
                                    bulletFormat="%s."))
        elif kind == "table":
            rows = b[1]
            widths = b[2] if len(b) > 2 else None
            style = b[3] if len(b) > 3 else "grid"
            right = b[4] if len(b) > 4 else ()
            out.append(_table(rows, widths, style, st, header=True, align_right_cols=right))
            out.append(Spacer(1, 6))
        elif kind == "kv":
            rows = b[1]
            widths = b[2] if len(b) > 2 else [0.3, 0.7]
            data = [[Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), st["cell"])] for k, v in rows]
            t = Table(data, colWidths=[w * BODY_W for w in widths], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            cols = b[1]
            data = [[Paragraph(esc("<br/>".join(lines)), st["cell"]) for lines in cols]]
            t = Table(data, colWidths=[BODY_W / len(cols)] * len(cols), hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(KeepTogether([Spacer(1, 8), t]))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.black,
                                  spaceBefore=4, spaceAfter=6))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "br":
            out.append(PageBreak())
        else:
            raise ValueError("unknown block kind %r" % (kind,))
    return out


def render(doc):
    """Render one document dict to PDF bytes."""
    family = doc.get("font", "Helvetica")
    size = doc.get("size", 10)
    st = _styles(family, size, doc.get("justify", False))
    buf = io.BytesIO()
    tmpl = SimpleDocTemplate(buf, pagesize=letter, leftMargin=MARGIN, rightMargin=MARGIN,
                             topMargin=MARGIN, bottomMargin=MARGIN,
                             title=doc.get("title", ""), author="", subject="",
                             creator="blind_m build.py")
    reg = FAMILIES[family][0]
    header = doc.get("header")
    footer = doc.get("footer")
    pagenum = doc.get("pagenum", True)

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(reg, size - 2.5)
        if header:
            canvas.drawString(MARGIN, PAGE_H - MARGIN + 18, header)
        if footer:
            canvas.drawString(MARGIN, MARGIN - 24, footer)
        if pagenum:
            canvas.drawRightString(PAGE_W - MARGIN, MARGIN - 24, "Page %d" % d.page)
        canvas.restoreState()

    tmpl.build(render_blocks(doc["blocks"], st, family), onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()
