"""Layout for the blind_ac documents: turns a list of blocks into PDF bytes.

Block kinds (tuples):
  ("title", text)              big centred title
  ("subtitle", text)           smaller centred line
  ("meta", [lines])            small left-aligned lines (letterheads, addresses, e-mail headers)
  ("h", text)                  part / article heading
  ("h2", text)                 sub heading
  ("p", text) / ("p", text, lead)   paragraph, optional bold lead-in
  ("ip", text) / ("ip", text, lead) indented paragraph
  ("bul", [items])             bulleted list
  ("table", rows, widths)      rows[0] is the header; widths are fractions of the frame
  ("note", text)               small print
  ("sig", [(party, name, title), ...])   signature blocks
  ("rule",)                    horizontal rule
  ("pb",)                      page break
  ("sp", points)               vertical space
Everything is plain text; markup characters are escaped here.
"""
import io
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (HRFlowable, KeepTogether, PageBreak, Paragraph,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle)

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def _styles(font, size, justify):
    reg, bold, ital = FONTS[font]
    lead = size * 1.28
    al = TA_JUSTIFY if justify else TA_LEFT
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 8,
                                alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", fontName=reg, fontSize=size, leading=lead,
                                   alignment=TA_CENTER, spaceAfter=6),
        "meta": ParagraphStyle("meta", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=size + 4,
                            spaceBefore=9, spaceAfter=4),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                             spaceBefore=5, spaceAfter=2),
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, alignment=al,
                            spaceAfter=4),
        "ip": ParagraphStyle("ip", fontName=reg, fontSize=size, leading=lead, alignment=al,
                             leftIndent=18, spaceAfter=3),
        "bul": ParagraphStyle("bul", fontName=reg, fontSize=size, leading=lead, leftIndent=18,
                              bulletIndent=6, spaceAfter=2),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellh": ParagraphStyle("cellh", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
        "note": ParagraphStyle("note", fontName=ital, fontSize=size - 1.5,
                               leading=(size - 1.5) * 1.25, spaceAfter=3),
        "sig": ParagraphStyle("sig", fontName=reg, fontSize=size - 0.5, leading=(size - 0.5) * 1.3),
        "bold": bold,
        "reg": reg,
    }


def _t(s):
    return escape(s)


def _flow(blocks, st, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("title", "subtitle", "h", "h2", "note"):
            out.append(Paragraph(_t(b[1]), st[kind]))
        elif kind == "meta":
            out.append(Paragraph("<br/>".join(_t(x) for x in b[1]), st["meta"]))
            out.append(Spacer(1, 5))
        elif kind in ("p", "ip"):
            txt = _t(b[1])
            if len(b) > 2 and b[2]:
                txt = "<font name='%s'>%s</font> %s" % (st["bold"], _t(b[2]), txt)
            out.append(Paragraph(txt, st[kind]))
        elif kind == "bul":
            for item in b[1]:
                out.append(Paragraph(_t(item), st["bul"], bulletText="\u2022"))
            out.append(Spacer(1, 3))
        elif kind == "table":
            rows, widths = b[1], b[2]
            data = []
            for i, r in enumerate(rows):
                data.append([Paragraph(_t(c), st["cellh" if i == 0 else "cell"]) for c in r])
            t = Table(data, colWidths=[w * width for w in widths], repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]))
            out.append(Spacer(1, 3))
            out.append(t)
            out.append(Spacer(1, 5))
        elif kind == "sig":
            cells = []
            for party, name, title in b[1]:
                cells.append(Paragraph(
                    "<font name='%s'>%s</font><br/><br/>By: ______________________<br/>Name: %s<br/>Title: %s"
                    % (st["bold"], _t(party), _t(name), _t(title)), st["sig"]))
            if len(cells) % 2:
                cells.append(Paragraph("", st["sig"]))
            grid = [cells[i:i + 2] for i in range(0, len(cells), 2)]
            t = Table(grid, colWidths=[width / 2.0, width / 2.0])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 8)]))
            out.append(KeepTogether([Spacer(1, 6), t]))
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                  spaceBefore=4, spaceAfter=4))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(doc):
    """doc: dict with blocks, and optional font, size, paper, justify, header, footer, title."""
    font = doc.get("font", "helv")
    size = doc.get("size", 10.5)
    paper = A4 if doc.get("paper") == "a4" else LETTER
    st = _styles(font, size, doc.get("justify", font == "times"))
    margin = doc.get("margin", 1.0) * inch
    buf = io.BytesIO()
    header = doc.get("header", "")
    footer = doc.get("footer", "")
    reg = st["reg"]

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(reg, 7.5)
        w, h = paper
        if header:
            canvas.drawString(margin, h - margin + 16, header)
        canvas.drawRightString(w - margin, margin - 22, "Page %d" % d.page)
        if footer:
            canvas.drawString(margin, margin - 22, footer)
        canvas.restoreState()

    sd = SimpleDocTemplate(buf, pagesize=paper, leftMargin=margin, rightMargin=margin,
                           topMargin=margin, bottomMargin=margin,
                           title=doc.get("title", "Agreement"), author=doc.get("author", ""),
                           subject="", creator="blind_ac build", producer="ReportLab")
    width = paper[0] - 2 * margin
    sd.build(_flow(doc["blocks"], st, width), onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()
