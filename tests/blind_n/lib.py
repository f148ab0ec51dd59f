"""Tiny deterministic document renderer for the blind_n test set.

A document is a dict with:
  key       internal key (never printed)
  vendor    vendor legal name (must appear in the PDF)
  coverage  label
  fee       None or (amount, unit, period)
  desc      one-line description for labels.json
  font      'helv' | 'times' | 'courier'
  size      base font size (optional)
  layout    'one' | 'two' (two columns; blocks before ('cols',) span the page)
  running   running header text (optional)
  blocks    list of block tuples (see render())
"""
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    FrameBreak,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def esc(text):
    """Escape '&' for reportlab's mini-markup; tags like <b> are kept."""
    return text.replace("&", "&amp;")


def _styles(font, size):
    reg, bold, ital = FONTS[font]
    lead = size * 1.28
    s = {}
    s["p"] = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55,
                            alignment=TA_JUSTIFY if font == "times" else TA_LEFT)
    s["pi"] = ParagraphStyle("pi", parent=s["p"], leftIndent=18)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=size - 1.8, leading=(size - 1.8) * 1.25)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.2,
                                spaceAfter=size * 0.4, alignment=TA_CENTER if font == "times" else TA_LEFT)
    s["sub"] = ParagraphStyle("sub", fontName=ital if font != "courier" else reg, fontSize=size,
                              leading=lead, spaceAfter=size * 0.8,
                              alignment=TA_CENTER if font == "times" else TA_LEFT)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.25,
                            spaceBefore=size * 0.5, spaceAfter=size * 0.35)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.22)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["ol"] = ParagraphStyle("ol", parent=s["p"], leftIndent=22, firstLineIndent=-22)
    s["ul"] = ParagraphStyle("ul", parent=s["p"], leftIndent=14, firstLineIndent=-10, spaceAfter=size * 0.3)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size - 0.5, leading=(size - 0.5) * 1.25,
                               spaceAfter=size * 0.6)
    s["q"] = ParagraphStyle("q", parent=s["p"], fontName=bold, spaceAfter=size * 0.2, spaceBefore=size * 0.3)
    s["right"] = ParagraphStyle("right", parent=s["p"], alignment=TA_RIGHT)
    return s


def _table(rows, opts, s, avail):
    header = opts.get("header", True)
    widths = opts.get("widths")
    ncol = max(len(r) for r in rows)
    if widths is None:
        widths = [1.0 / ncol] * ncol
    colw = [avail * w for w in widths]
    right_cols = set(opts.get("right", []))
    data = []
    for i, r in enumerate(rows):
        row = []
        for j, c in enumerate(r):
            if header and i == 0:
                st = s["cellb"]
            elif j in right_cols:
                st = s["cellr"]
            else:
                st = s["cell"]
            if opts.get("boldlast") and i == len(rows) - 1:
                st = s["cellb"]
            row.append(Paragraph(esc(c), st))
        data.append(row)
    t = Table(data, colWidths=colw, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    style = opts.get("style", "grid")
    if style == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.grey))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.93)))
    elif style == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.Color(0.7, 0.7, 0.7)))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black))
    elif style == "plain":
        pass
    t.setStyle(TableStyle(cmds))
    return t


def build_flowables(doc, s, avail):
    out = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("p", "pi", "small", "title", "sub", "h", "right"):
            out.append(Paragraph(esc(b[1]), s[kind]))
        elif kind == "ul":
            for item in b[1]:
                out.append(Paragraph("\u2022&nbsp;&nbsp;" + esc(item), s["ul"]))
            out.append(Spacer(1, 3))
        elif kind == "ol":
            for lab, text in b[1]:
                out.append(Paragraph(esc(lab) + "&nbsp;" * 3 + esc(text), s["ol"]))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            out.append(_table(rows, opts, s, avail))
            out.append(Spacer(1, 7))
        elif kind == "kv":
            rows = [[k, v] for k, v in b[1]]
            opts = {"header": False, "style": "plain", "widths": b[2] if len(b) > 2 else [0.3, 0.7]}
            out.append(_table(rows, opts, s, avail))
            out.append(Spacer(1, 5))
        elif kind == "mono":
            out.append(Paragraph(esc(b[1]).replace("\n", "<br/>"), s["mono"]))
        elif kind == "qa":
            out.append(KeepTogether([Paragraph(esc(b[1]), s["q"]), Paragraph(esc(b[2]), s["p"])]))
        elif kind == "chat":
            for who, when, text in b[1]:
                out.append(Paragraph("<b>%s</b> <font size=%.1f>[%s]</font>: %s"
                                     % (esc(who), s["p"].fontSize - 2, esc(when), esc(text)), s["p"]))
        elif kind == "sig":
            rows = []
            for left, right in b[1]:
                rows.append([left, right])
            out.append(Spacer(1, 8))
            out.append(_table(rows, {"header": False, "style": "plain", "widths": [0.5, 0.5]}, s, avail))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "cols":
            out.append(FrameBreak())
        elif kind == "rule":
            t = Table([[""]], colWidths=[avail], rowHeights=[4])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
            out.append(t)
            out.append(Spacer(1, 4))
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(doc, path):
    font = doc.get("font", "helv")
    size = doc.get("size", 9.5)
    s = _styles(font, size)
    reg = FONTS[font][0]
    W, H = letter
    margin = doc.get("margin", 0.8 * inch)
    running = doc.get("running", "")
    footer = doc.get("footer", "")

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(reg, 7.5)
        if running:
            canvas.drawString(margin, H - 0.5 * inch, running)
        canvas.drawRightString(W - margin, 0.45 * inch, "Page %d" % d.page)
        if footer:
            canvas.drawString(margin, 0.45 * inch, footer)
        canvas.restoreState()

    bd = BaseDocTemplate(path, pagesize=letter, leftMargin=margin, rightMargin=margin,
                         topMargin=0.75 * inch, bottomMargin=0.75 * inch,
                         title=doc.get("pdf_title", "Document"), author="", subject="", creator="",
                         producer="ReportLab", invariant=1)
    avail_full = W - 2 * margin
    body_h = H - 1.5 * inch
    if doc.get("layout", "one") == "two":
        gap = 0.3 * inch
        colw = (avail_full - gap) / 2
        top_h = doc.get("top_h", 1.6 * inch)
        first = [Frame(margin, 0.75 * inch + body_h - top_h, avail_full, top_h, id="top", showBoundary=0),
                 Frame(margin, 0.75 * inch, colw, body_h - top_h, id="l1"),
                 Frame(margin + colw + gap, 0.75 * inch, colw, body_h - top_h, id="r1")]
        later = [Frame(margin, 0.75 * inch, colw, body_h, id="l2"),
                 Frame(margin + colw + gap, 0.75 * inch, colw, body_h, id="r2")]
        bd.addPageTemplates([PageTemplate(id="first", frames=first, onPage=on_page),
                             PageTemplate(id="later", frames=later, onPage=on_page)])
        flow = [NextPageTemplate("later")] + build_flowables(doc, s, colw)
        # title/top blocks were sized to full width; that is fine for paragraphs
    else:
        frame = Frame(margin, 0.75 * inch, avail_full, body_h, id="f")
        bd.addPageTemplates([PageTemplate(id="one", frames=[frame], onPage=on_page)])
        flow = build_flowables(doc, s, avail_full)
    bd.build(flow)
