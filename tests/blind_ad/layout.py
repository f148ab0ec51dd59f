"""Page layout for the blind_ad documents.

Every document is a dict with a list of "blocks"; this module turns the blocks
into a PDF with reportlab, using only the built-in Type 1 fonts.  Rendering is
deterministic (rl_config.invariant), so the same input gives the same bytes.
"""
import io
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    CondPageBreak, HRFlowable, KeepTogether, ListFlowable, ListItem, PageBreak,
    Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

_TAG = re.compile(r"(</?(?:b|i|u|br/?|super|sub|font[^>]*)>)")


def esc(text):
    """Escape XML specials but keep the few inline tags we use."""
    parts = _TAG.split(text)
    out = []
    for part in parts:
        if _TAG.fullmatch(part or ""):
            out.append(part)
        else:
            out.append(part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    return "".join(out)


class Styles:
    def __init__(self, family="Helvetica", size=9.5, accent="#1f3a5f"):
        reg, bold, ital = FAMILIES[family]
        self.reg, self.bold, self.ital = reg, bold, ital
        self.accent = colors.HexColor(accent)
        lead = size * 1.32
        self.body = ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead,
                                   spaceAfter=size * 0.55, alignment=TA_LEFT)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size - 1.7,
                                    leading=(size - 1.7) * 1.3, spaceAfter=3)
        self.tiny = ParagraphStyle("tiny", parent=self.body, fontSize=size - 2.3,
                                   leading=(size - 2.3) * 1.3, spaceAfter=2)
        self.title = ParagraphStyle("title", parent=self.body, fontName=bold,
                                    fontSize=size + 6, leading=(size + 6) * 1.2,
                                    spaceAfter=6, textColor=self.accent)
        self.subtitle = ParagraphStyle("subtitle", parent=self.body, fontName=ital,
                                       fontSize=size + 0.5, spaceAfter=8)
        self.h = ParagraphStyle("h", parent=self.body, fontName=bold, fontSize=size + 1.2,
                                leading=(size + 1.2) * 1.3, spaceBefore=6, spaceAfter=3,
                                textColor=self.accent)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=size - 0.8,
                                   leading=(size - 0.8) * 1.25, spaceAfter=0)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.cellr = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.lh_name = ParagraphStyle("lhn", parent=self.body, fontName=bold,
                                      fontSize=size + 5, leading=(size + 5) * 1.15,
                                      textColor=self.accent, spaceAfter=1)
        self.lh_line = ParagraphStyle("lhl", parent=self.small, spaceAfter=0)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.mono = ParagraphStyle("mono", parent=self.body, fontName="Courier",
                                   fontSize=size - 0.8, leading=(size - 0.8) * 1.3)


def _cell(st, value, bold=False, right=False):
    if isinstance(value, Paragraph):
        return value
    style = st.cellb if bold else (st.cellr if right else st.cell)
    return Paragraph(esc(str(value)), style)


def _table(st, rows, opts, avail):
    header = opts.get("header", True)
    right_cols = set(opts.get("right", []))
    data = []
    for r, row in enumerate(rows):
        data.append([_cell(st, v, bold=(header and r == 0), right=(c in right_cols and not (header and r == 0)))
                     for c, v in enumerate(row)])
    widths = opts.get("widths")
    if widths:
        total = float(sum(widths))
        widths = [avail * w / total for w in widths]
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if opts.get("grid", True):
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b0b0b0")))
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("shade", "#e4e9f0"))))
    for r in opts.get("bold_rows", []):
        cmds.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#f2f2f2")))
    t.setStyle(TableStyle(cmds))
    return t


def build_story(doc, st, avail):
    story = []
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "letterhead":
            _, name, lines = blk
            story.append(Paragraph(esc(name), st.lh_name))
            for ln in lines:
                story.append(Paragraph(esc(ln), st.lh_line))
            story.append(Spacer(1, 4))
            story.append(HRFlowable(width="100%", thickness=1.2, color=st.accent, spaceAfter=8))
        elif kind == "title":
            story.append(Paragraph(esc(blk[1]), st.title))
        elif kind == "subtitle":
            story.append(Paragraph(esc(blk[1]), st.subtitle))
        elif kind == "h":
            story.append(CondPageBreak(0.9 * inch))
            story.append(Paragraph(esc(blk[1]), st.h))
        elif kind == "p":
            story.append(Paragraph(esc(blk[1]), st.body))
        elif kind == "small":
            story.append(Paragraph(esc(blk[1]), st.small))
        elif kind == "tiny":
            story.append(Paragraph(esc(blk[1]), st.tiny))
        elif kind == "center":
            story.append(Paragraph(esc(blk[1]), st.center))
        elif kind == "mono":
            for ln in blk[1].split("\n"):
                story.append(Paragraph(esc(ln).replace(" ", "&nbsp;") or "&nbsp;", st.mono))
        elif kind in ("bullets", "numbered"):
            items = [ListItem(Paragraph(esc(t), st.body), leftIndent=14) for t in blk[1]]
            if kind == "bullets":
                lf = ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14,
                                  bulletFontName=st.reg, bulletFontSize=st.body.fontSize)
            else:
                lf = ListFlowable(items, bulletType="1", leftIndent=16,
                                  bulletFontName=st.reg, bulletFontSize=st.body.fontSize)
            story.append(lf)
            story.append(Spacer(1, 4))
        elif kind == "checklist":
            rows = [["\u2612" if False else ("[x]" if done else "[  ]"), txt] for done, txt in blk[1]]
            story.append(_table(st, rows, {"header": False, "grid": False, "widths": [0.6, 9.4]}, avail))
            story.append(Spacer(1, 6))
        elif kind == "table":
            opts = blk[2] if len(blk) > 2 else {}
            story.append(_table(st, blk[1], opts, avail))
            story.append(Spacer(1, 7))
        elif kind == "kv":
            rows = [[Paragraph("<b>%s</b>" % esc(k), st.cell), _cell(st, v)] for k, v in blk[1]]
            w = blk[2] if len(blk) > 2 else [3, 7]
            story.append(_table(st, rows, {"header": False, "grid": False, "widths": w}, avail))
            story.append(Spacer(1, 7))
        elif kind == "qa":
            for q, a in blk[1]:
                story.append(KeepTogether([Paragraph("<b>%s</b>" % esc(q), st.body),
                                           Paragraph(esc(a), st.body)]))
        elif kind == "email":
            _, hdr, paras = blk
            rows = [[Paragraph("<b>%s:</b>" % k, st.cell), _cell(st, v)] for k, v in hdr]
            t = Table(rows, colWidths=[0.9 * inch, avail - 0.9 * inch], hAlign="LEFT")
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f1f1f1")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            story.append(t)
            story.append(Spacer(1, 5))
            for para in paras:
                story.append(Paragraph(esc(para), st.body))
            story.append(HRFlowable(width="100%", thickness=0.5, color=colors.grey,
                                    spaceBefore=4, spaceAfter=8, dash=(2, 2)))
        elif kind == "sig":
            cells = []
            for party, name, title in blk[1]:
                cells.append(Paragraph(
                    "<b>%s</b><br/><br/>By: ______________________________<br/>Name: %s<br/>Title: %s<br/>Date: ________________"
                    % (esc(party), esc(name), esc(title)), st.cell))
            t = Table([cells], colWidths=[avail / len(cells)] * len(cells), hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 8))
            story.append(KeepTogether([t]))
            story.append(Spacer(1, 8))
        elif kind == "rule":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                    spaceBefore=3, spaceAfter=6))
        elif kind == "space":
            story.append(Spacer(1, blk[1]))
        elif kind == "pagebreak":
            story.append(PageBreak())
        elif kind == "footnote":
            story.append(Spacer(1, 6))
            story.append(HRFlowable(width="35%", thickness=0.5, color=colors.black,
                                    spaceBefore=2, spaceAfter=3, hAlign="LEFT"))
            story.append(Paragraph(esc(blk[1]), st.tiny))
        else:
            raise ValueError("unknown block kind %r" % (kind,))
    return story


def render(doc):
    """Return the PDF bytes for one document dict."""
    family = doc.get("font", "Helvetica")
    st = Styles(family, doc.get("size", 9.5), doc.get("accent", "#1f3a5f"))
    pagesize = A4 if doc.get("a4") else LETTER
    margin = doc.get("margin", 0.8) * inch
    buf = io.BytesIO()
    footer = doc.get("footer", "")
    header = doc.get("header", "")

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(st.reg, 7.2)
        w, h = pagesize
        if header:
            canvas.drawString(margin, h - margin * 0.55, header)
        left = footer
        canvas.drawString(margin, margin * 0.5, left)
        canvas.drawRightString(w - margin, margin * 0.5, "Page %d" % canvas.getPageNumber())
        canvas.restoreState()

    tmpl = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                             topMargin=margin, bottomMargin=margin,
                             title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""),
                             subject="", creator="", producer="ReportLab PDF Library")
    avail = pagesize[0] - 2 * margin
    story = build_story(doc, st, avail)
    tmpl.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
