"""Layout for the blind_ab test set: turns a document spec (list of blocks) into PDF bytes.

Only reportlab built-in fonts are used. The build is deterministic (rl_config.invariant).
Block kinds:
  ("h1", text) ("h2", text) ("h3", text) ("p", text) ("small", text) ("ul", [items])
  ("ol", [items]) ("table", rows[, {"widths": [...], "head": True}]) ("kv", [(k, v), ...])
  ("note", text)  boxed call-out        ("quote", text)  indented quotation
  ("email", {"from","to","date","subject"})  e-mail header box
  ("post", {"author","role","date"})  forum post header
  ("hr",)  rule   ("pb",)  page break   ("sp", points)  vertical space
  ("sig", [lines])  signature block     ("mono", text)  fixed-width text
"""
import io
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable, KeepTogether, ListFlowable, ListItem, PageBreak, Paragraph,
    SimpleDocTemplate, Spacer, Table, TableStyle)

# style themes: (body font, heading font, accent colour, header band?)
THEMES = {
    "help": ("Helvetica", "Helvetica-Bold", colors.HexColor("#1f5f8b"), True),
    "forum": ("Helvetica", "Helvetica-Bold", colors.HexColor("#5b3f8c"), True),
    "pricing": ("Helvetica", "Helvetica-Bold", colors.HexColor("#0b7a5a"), True),
    "settings": ("Helvetica", "Helvetica-Bold", colors.HexColor("#444444"), True),
    "banner": ("Helvetica", "Helvetica-Bold", colors.HexColor("#b5520b"), True),
    "listing": ("Helvetica", "Helvetica-Bold", colors.HexColor("#2b6cb0"), True),
    "portal": ("Helvetica", "Helvetica-Bold", colors.HexColor("#6b2d2d"), True),
    "letter": ("Times-Roman", "Times-Bold", colors.HexColor("#222222"), False),
    "email": ("Courier", "Courier-Bold", colors.HexColor("#333333"), False),
    "tos": ("Times-Roman", "Times-Bold", colors.HexColor("#1a1a1a"), False),
}

_AMP = re.compile(r"&(?!amp;|lt;|gt;|#\d+;)")


def esc(text):
    return _AMP.sub("&amp;", text)


def _styles(theme):
    body, head, accent, _ = THEMES[theme]
    bold = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}[body]
    size = 9.5 if body == "Courier" else 10
    s = {}
    s["p"] = ParagraphStyle("p", fontName=body, fontSize=size, leading=size * 1.35,
                            spaceAfter=5, alignment=TA_LEFT)
    s["small"] = ParagraphStyle("small", parent=s["p"], fontSize=size - 2, leading=(size - 2) * 1.3,
                                textColor=colors.HexColor("#444444"))
    s["h1"] = ParagraphStyle("h1", fontName=head, fontSize=17, leading=21, spaceAfter=8,
                             spaceBefore=2, textColor=accent)
    s["h2"] = ParagraphStyle("h2", fontName=head, fontSize=12.5, leading=16, spaceAfter=4,
                             spaceBefore=8, textColor=accent)
    s["h3"] = ParagraphStyle("h3", fontName=bold, fontSize=10.5, leading=13.5, spaceAfter=3,
                             spaceBefore=5)
    s["cell"] = ParagraphStyle("cell", parent=s["p"], fontSize=size - 1, leading=(size - 1) * 1.25,
                               spaceAfter=0)
    s["cellb"] = ParagraphStyle("cellb", parent=s["cell"], fontName=bold)
    s["note"] = ParagraphStyle("note", parent=s["p"], spaceAfter=0)
    s["quote"] = ParagraphStyle("quote", parent=s["p"], leftIndent=18,
                                textColor=colors.HexColor("#333333"), fontName={
                                    "Helvetica": "Helvetica-Oblique", "Times-Roman": "Times-Italic",
                                    "Courier": "Courier-Oblique"}[body])
    s["mono"] = ParagraphStyle("mono", parent=s["p"], fontName="Courier", fontSize=8.5, leading=11)
    s["bold"] = bold
    s["accent"] = accent
    return s


def _table(rows, opts, s, width):
    head = opts.get("head", True)
    data = []
    for r_i, row in enumerate(rows):
        st = s["cellb"] if (head and r_i == 0) else s["cell"]
        data.append([Paragraph(esc(str(c)), st) for c in row])
    ncol = max(len(r) for r in rows)
    widths = opts.get("widths")
    if widths:
        tot = float(sum(widths))
        widths = [width * w / tot for w in widths]
    else:
        widths = [width / ncol] * ncol
    t = Table(data, colWidths=widths, repeatRows=1 if head else 0)
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if head:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    if opts.get("last_bold"):
        cmds.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#f3f3f3")))
    t.setStyle(TableStyle(cmds))
    return t


def _box(flow, width, border, bg):
    t = Table([[flow]], colWidths=[width])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, border),
                           ("BACKGROUND", (0, 0), (-1, -1), bg),
                           ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def _flowables(doc, s, width):
    out = []
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind in ("h1", "h2", "h3", "p", "small"):
            out.append(Paragraph(esc(blk[1]), s[kind]))
        elif kind in ("ul", "ol"):
            items = [ListItem(Paragraph(esc(t), s["p"]), leftIndent=14) for t in blk[1]]
            kw = {"bulletType": "bullet", "start": "\u2022"} if kind == "ul" else {"bulletType": "1"}
            out.append(ListFlowable(items, leftIndent=14, bulletFontSize=8, **kw))
            out.append(Spacer(1, 3))
        elif kind == "table":
            opts = blk[2] if len(blk) > 2 else {}
            out.append(_table(blk[1], opts, s, width))
            out.append(Spacer(1, 7))
        elif kind == "kv":
            rows = [[Paragraph(esc(k), s["cellb"]), Paragraph(esc(v), s["cell"])] for k, v in blk[1]]
            t = Table(rows, colWidths=[width * 0.32, width * 0.68])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#bbbbbb")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(t)
            out.append(Spacer(1, 7))
        elif kind == "note":
            out.append(_box(Paragraph(esc(blk[1]), s["note"]), width, s["accent"],
                            colors.HexColor("#f4f7fa")))
            out.append(Spacer(1, 8))
        elif kind == "quote":
            out.append(Paragraph(esc(blk[1]), s["quote"]))
        elif kind == "mono":
            out.append(Paragraph(esc(blk[1]).replace("\n", "<br/>"), s["mono"]))
        elif kind == "email":
            h = blk[1]
            lines = []
            for k in ("from", "to", "cc", "date", "subject"):
                if k in h:
                    lines.append("<b>%s:</b> %s" % (k.capitalize(),
                                                   esc(h[k].replace("<", "&lt;").replace(">", "&gt;"))))
            out.append(Spacer(1, 4))
            out.append(_box(Paragraph("<br/>".join(lines), s["note"]), width,
                            colors.HexColor("#888888"), colors.HexColor("#f2f2f2")))
            out.append(Spacer(1, 6))
        elif kind == "post":
            h = blk[1]
            txt = "<b>%s</b>" % esc(h["author"])
            if h.get("role"):
                txt += " &nbsp;<font color='#7a3'>[%s]</font>" % esc(h["role"])
            if h.get("date"):
                txt += " &nbsp;&middot;&nbsp; %s" % esc(h["date"])
            out.append(Spacer(1, 4))
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#bbbbbb")))
            out.append(Paragraph(txt, s["h3"]))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#999999"),
                                  spaceBefore=4, spaceAfter=6))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "sp":
            out.append(Spacer(1, blk[1]))
        elif kind == "sig":
            out.append(KeepTogether([Paragraph(esc(x), s["p"]) for x in blk[1]]))
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(doc):
    """Return the PDF bytes for one document spec."""
    theme = doc["style"]
    s = _styles(theme)
    body, head, accent, band = THEMES[theme]
    site = doc.get("site", "")
    footer = doc.get("footer", "")
    buf = io.BytesIO()
    margin = 0.8 * inch
    top = 1.05 * inch if band else 0.9 * inch
    pdf = SimpleDocTemplate(buf, pagesize=letter, leftMargin=margin, rightMargin=margin,
                            topMargin=top, bottomMargin=0.85 * inch,
                            title=doc.get("title", ""), author="", subject="", creator="",
                            producer="")
    width = letter[0] - 2 * margin

    def decorate(canvas, d):
        canvas.saveState()
        w, h = letter
        if band:
            canvas.setFillColor(accent)
            canvas.rect(0, h - 0.62 * inch, w, 0.62 * inch, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont("Helvetica-Bold", 11)
            canvas.drawString(margin, h - 0.40 * inch, doc.get("brand", ""))
            canvas.setFont("Helvetica", 8.5)
            if doc.get("nav"):
                canvas.drawRightString(w - margin, h - 0.40 * inch, doc["nav"])
            if site:
                canvas.setFillColor(colors.HexColor("#555555"))
                canvas.setFont("Helvetica", 7.5)
                canvas.drawString(margin, h - 0.80 * inch, site)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.setFont(body if body != "Courier" else "Courier", 7.5)
        if footer:
            canvas.drawString(margin, 0.5 * inch, footer)
        canvas.drawRightString(w - margin, 0.5 * inch, "Page %d" % d.page)
        canvas.restoreState()

    pdf.build(_flowables(doc, s, width), onFirstPage=decorate, onLaterPages=decorate)
    return buf.getvalue()
