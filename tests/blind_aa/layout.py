"""Layout for the blind_aa test set: turns a list of blocks into PDF bytes.

Blocks (tuples):
  ("title", text)              large centred title
  ("sub", text)                centred subtitle / reference line
  ("h", text)                  section heading
  ("h2", text)                 minor heading
  ("p", text)                  paragraph (**bold** allowed)
  ("small", text)              small paragraph
  ("fn", text)                 footnote-style note (small, after a rule)
  ("bullets", [text, ...])
  ("kv", [(key, value), ...])  two-column field list
  ("table", rows, opts)        rows[0] is the header; opts: widths, bold_last, align_right, size
  ("sig", [(party, name, title, date), ...])
  ("email", {from,to,date,subject,cc})   e-mail header box
  ("rule",)                    horizontal rule
  ("space", points)
  ("newpage",)                 page break
  ("twocol",)                  start a new page laid out in two columns
  ("onecol",)                  start a new page laid out in one column
  ("box", text)                boxed paragraph

Everything is deterministic: rl_config.invariant is set, no clock, no randomness.
"""
import io
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, HRFlowable, KeepTogether, NextPageTemplate, PageBreak,
    PageTemplate, Paragraph, Spacer, Table, TableStyle)

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def _esc(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"__(.+?)__", r"<i>\1</i>", text)
    return text.replace("\n", "<br/>")


class _Styles:
    def __init__(self, family, size):
        reg, bold, ital = FAMILIES[family]
        self.reg, self.bold, self.ital = reg, bold, ital
        lead = size * 1.25
        self.p = ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead,
                                spaceAfter=size * 0.55, alignment=TA_JUSTIFY)
        self.pl = ParagraphStyle("pl", parent=self.p, alignment=TA_LEFT)
        self.small = ParagraphStyle("s", fontName=reg, fontSize=size - 1.5,
                                    leading=(size - 1.5) * 1.22, spaceAfter=3)
        self.fn = ParagraphStyle("fn", fontName=reg, fontSize=size - 2,
                                 leading=(size - 2) * 1.2, spaceAfter=2)
        self.title = ParagraphStyle("t", fontName=bold, fontSize=size + 5,
                                    leading=(size + 5) * 1.2, alignment=TA_CENTER,
                                    spaceAfter=4)
        self.sub = ParagraphStyle("st", fontName=reg, fontSize=size,
                                  leading=size * 1.25, alignment=TA_CENTER, spaceAfter=8)
        self.h = ParagraphStyle("h", fontName=bold, fontSize=size + 1,
                                leading=(size + 1) * 1.25, spaceBefore=6, spaceAfter=3)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=size,
                                 leading=size * 1.25, spaceBefore=3, spaceAfter=2)
        self.cell = ParagraphStyle("c", fontName=reg, fontSize=size - 1,
                                   leading=(size - 1) * 1.2)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=bold)
        self.bullet = ParagraphStyle("b", parent=self.p, leftIndent=14, bulletIndent=4,
                                     spaceAfter=2)


def _table(rows, opts, st, avail):
    size = opts.get("size")
    cell = st.cell if size is None else ParagraphStyle("cx", parent=st.cell, fontSize=size,
                                                       leading=size * 1.2)
    cellb = ParagraphStyle("cbx", parent=cell, fontName=st.bold)
    ncol = max(len(r) for r in rows)
    widths = opts.get("widths")
    if widths:
        tot = float(sum(widths))
        widths = [avail * w / tot for w in widths]
    else:
        widths = [avail / ncol] * ncol
    data = []
    for i, r in enumerate(rows):
        r = list(r) + [""] * (ncol - len(r))
        bold = (i == 0 and opts.get("header", True)) or (
            opts.get("bold_last") and i == len(rows) - 1)
        data.append([Paragraph(_esc(str(c)), cellb if bold else cell) for c in r])
    t = Table(data, colWidths=widths, repeatRows=1 if opts.get("header", True) else 0)
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if opts.get("grid", True):
        style.append(("GRID", (0, 0), (-1, -1), 0.4, colors.grey))
    if opts.get("header", True):
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    t.setStyle(TableStyle(style))
    return t


def _flowables(blocks, st, avail_one, avail_two, start_two=False):
    out = []
    avail = avail_two if start_two else avail_one
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(Paragraph(_esc(b[1]), st.title))
        elif kind == "sub":
            out.append(Paragraph(_esc(b[1]), st.sub))
        elif kind == "h":
            out.append(Paragraph(_esc(b[1]), st.h))
        elif kind == "h2":
            out.append(Paragraph(_esc(b[1]), st.h2))
        elif kind == "p":
            out.append(Paragraph(_esc(b[1]), st.p))
        elif kind == "pl":
            out.append(Paragraph(_esc(b[1]), st.pl))
        elif kind == "small":
            out.append(Paragraph(_esc(b[1]), st.small))
        elif kind == "fn":
            out.append(HRFlowable(width="30%", thickness=0.5, color=colors.black,
                                  hAlign="LEFT", spaceBefore=2, spaceAfter=2))
            for line in (b[1] if isinstance(b[1], (list, tuple)) else [b[1]]):
                out.append(Paragraph(_esc(line), st.fn))
        elif kind == "bullets":
            for item in b[1]:
                out.append(Paragraph(_esc(item), st.bullet, bulletText="\u2022"))
            out.append(Spacer(1, 3))
        elif kind == "kv":
            rows = [[Paragraph(_esc(k), st.cellb), Paragraph(_esc(v), st.cell)] for k, v in b[1]]
            t = Table(rows, colWidths=[avail * 0.3, avail * 0.7])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            out.append(t)
            out.append(Spacer(1, 5))
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            out.append(_table(b[1], opts, st, avail))
            out.append(Spacer(1, 5))
        elif kind == "sig":
            cells = []
            for party, name, title, date in b[1]:
                txt = "<b>%s</b><br/><br/>By: ______________________<br/>Name: %s<br/>Title: %s<br/>Date: %s" % (
                    _esc(party), _esc(name), _esc(title), _esc(date))
                cells.append(Paragraph(txt, st.cell))
            t = Table([cells], colWidths=[avail / len(cells)] * len(cells))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(KeepTogether([Spacer(1, 6), t, Spacer(1, 6)]))
        elif kind == "email":
            hdr = b[1]
            lines = []
            for k in ("from", "to", "cc", "date", "subject"):
                if k in hdr:
                    lines.append("<b>%s:</b> %s" % (k.capitalize(), _esc(hdr[k])))
            t = Table([[Paragraph("<br/>".join(lines), st.cell)]], colWidths=[avail])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("BACKGROUND", (0, 0), (-1, -1),
                                    colors.Color(0.95, 0.95, 0.95))]))
            out.append(Spacer(1, 4))
            out.append(t)
            out.append(Spacer(1, 4))
        elif kind == "box":
            t = Table([[Paragraph(_esc(b[1]), st.pl)]], colWidths=[avail])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black)]))
            out.append(t)
            out.append(Spacer(1, 5))
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.black,
                                  spaceBefore=3, spaceAfter=3))
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "newpage":
            out.append(PageBreak())
        elif kind == "twocol":
            out.append(NextPageTemplate("two"))
            out.append(PageBreak())
            avail = avail_two
        elif kind == "onecol":
            out.append(NextPageTemplate("one"))
            out.append(PageBreak())
            avail = avail_one
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(doc):
    """doc: dict with blocks, and optional family, size, pagesize ('letter'|'a4'),
    start ('one'|'two'), header, footer, title."""
    family = doc.get("family", "Helvetica")
    size = doc.get("size", 9.5)
    st = _Styles(family, size)
    pagesize = A4 if doc.get("pagesize") == "a4" else LETTER
    W, H = pagesize
    margin = doc.get("margin", 0.75 * inch)
    avail_one = W - 2 * margin
    gap = 14
    avail_two = (avail_one - gap) / 2.0
    buf = io.BytesIO()
    header = doc.get("header", "")
    footer = doc.get("footer", "")

    def deco(canvas, d):
        canvas.saveState()
        canvas.setFont(st.reg, size - 2)
        if header:
            canvas.drawString(margin, H - margin + 16, header)
            canvas.setLineWidth(0.4)
            canvas.line(margin, H - margin + 12, W - margin, H - margin + 12)
        canvas.drawRightString(W - margin, margin - 24, "Page %d" % d.page)
        if footer:
            canvas.drawString(margin, margin - 24, footer)
        canvas.restoreState()

    one = PageTemplate("one", [Frame(margin, margin, avail_one, H - 2 * margin, id="f1")],
                       onPage=deco)
    two = PageTemplate("two", [
        Frame(margin, margin, avail_two, H - 2 * margin, id="c1"),
        Frame(margin + avail_two + gap, margin, avail_two, H - 2 * margin, id="c2")],
        onPage=deco)
    templates = [two, one] if doc.get("start") == "two" else [one, two]
    bd = BaseDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                         topMargin=margin, bottomMargin=margin,
                         title=doc.get("title", ""), author="", subject="", creator="ReportLab",
                         producer="ReportLab", pageTemplates=templates)
    flow = _flowables(doc["blocks"], st, avail_one, avail_two, doc.get("start") == "two")
    bd.build(flow)
    return buf.getvalue()

