"""Layout for the blind_z test set: turns a document spec (a list of blocks) into PDF bytes.

Only reportlab built-in fonts are used. rl_config.invariant is set so output is byte-stable.
Block forms (tuples):
  ("title", text) ("sub", text) ("h", text) ("p", text) ("small", text) ("quote", text)
  ("bullets", [text, ...]) ("numbered", [text, ...])
  ("kv", [(key, value), ...])                      two columns, no grid
  ("table", header, rows, widths)                   widths are fractions of the frame width
  ("qa", question, answer_or_list_of_paragraphs)    FAQ pair
  ("email", headers_list, [paragraphs])            one message of a thread
  ("chat", [(time, speaker, text), ...])           support-chat transcript
  ("check", [(ticked, label, price), ...])         "[X]" / "[ ]" options
  ("box", text) ("rule",) ("space", points) ("pagebreak",) ("notes", [text, ...])
Inline markup in text: **bold**; everything else is escaped.
"""
import io
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.lib.pagesizes import A4, LETTER, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable, KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

# theme name -> (font family, page size, body size, accent colour, margins in points)
THEMES = {
    "help": ("helv", LETTER, 9.6, colors.HexColor("#1f5f8b"), 54),
    "pricing": ("helv", LETTER, 9.2, colors.HexColor("#2e7d32"), 50),
    "invoice": ("helv", LETTER, 9.0, colors.HexColor("#444444"), 48),
    "form": ("times", LETTER, 10.0, colors.HexColor("#333366"), 56),
    "terms": ("times", A4, 10.0, colors.HexColor("#222222"), 60),
    "email": ("helv", LETTER, 9.4, colors.HexColor("#555555"), 54),
    "chat": ("helv", A4, 9.2, colors.HexColor("#6a1b9a"), 50),
    "memo": ("courier", LETTER, 9.0, colors.HexColor("#000000"), 58),
    "news": ("times", LETTER, 10.2, colors.HexColor("#8b2f1f"), 54),
    "slides": ("helv", landscape(LETTER), 14.0, colors.HexColor("#0d47a1"), 60),
    "letter": ("times", LETTER, 10.6, colors.HexColor("#222222"), 66),
    "quest": ("helv", A4, 9.0, colors.HexColor("#37474f"), 52),
}


def esc(text):
    t = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    return t


class Styles:
    def __init__(self, theme):
        fam, _size, body, accent, _m = THEMES[theme]
        reg, bold, ital = FONTS[fam]
        self.accent = accent
        self.reg, self.bold, self.ital = reg, bold, ital
        lead = body * 1.32
        self.p = ParagraphStyle("p", fontName=reg, fontSize=body, leading=lead, spaceAfter=body * 0.55)
        self.small = ParagraphStyle("s", parent=self.p, fontSize=body * 0.8, leading=body * 1.02,
                                    spaceAfter=body * 0.3, textColor=colors.HexColor("#333333"))
        self.title = ParagraphStyle("t", fontName=bold, fontSize=body * 1.85, leading=body * 2.2,
                                    spaceAfter=body * 0.5, textColor=accent)
        self.sub = ParagraphStyle("u", fontName=ital, fontSize=body * 1.05, leading=body * 1.4,
                                  spaceAfter=body * 0.9, textColor=colors.HexColor("#444444"))
        self.h = ParagraphStyle("h", fontName=bold, fontSize=body * 1.18, leading=body * 1.5,
                                spaceBefore=body * 0.7, spaceAfter=body * 0.35, textColor=accent,
                                keepWithNext=1)
        self.q = ParagraphStyle("q", parent=self.p, fontName=bold, spaceBefore=body * 0.4, spaceAfter=body * 0.2)
        self.cell = ParagraphStyle("c", fontName=reg, fontSize=body * 0.9, leading=body * 1.12)
        self.cellb = ParagraphStyle("cb", parent=self.cell, fontName=bold)
        self.quote = ParagraphStyle("qq", parent=self.p, leftIndent=16, textColor=colors.HexColor("#333333"),
                                    fontName=ital)
        self.bullet = ParagraphStyle("b", parent=self.p, leftIndent=14, bulletIndent=3, spaceAfter=body * 0.25)
        self.centre = ParagraphStyle("ce", parent=self.p, alignment=TA_CENTER)


def _table(st, header, rows, widths, frame_w, grid=True):
    data = []
    if header:
        data.append([Paragraph(esc(c), st.cellb) for c in header])
    for r in rows:
        data.append([Paragraph(esc(c), st.cell) for c in r])
    cw = [frame_w * w for w in widths]
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if grid:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef3")))
    else:
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#cccccc")))
    t.setStyle(TableStyle(cmds))
    return t


def build_flowables(doc, st, frame_w):
    out = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("title", "sub", "h", "p", "small", "quote"):
            style = {"title": st.title, "sub": st.sub, "h": st.h, "p": st.p, "small": st.small,
                     "quote": st.quote}[kind]
            out.append(Paragraph(esc(b[1]), style))
        elif kind in ("bullets", "numbered"):
            for i, item in enumerate(b[1], 1):
                mark = "\u2022" if kind == "bullets" else "%d." % i
                out.append(Paragraph(esc(item), st.bullet, bulletText=mark))
            out.append(Spacer(1, 4))
        elif kind == "kv":
            out.append(_table(st, None, [(k, v) for k, v in b[1]], b[2] if len(b) > 2 else (0.3, 0.7),
                              frame_w, grid=False))
            out.append(Spacer(1, 8))
        elif kind == "table":
            out.append(_table(st, b[1], b[2], b[3], frame_w))
            out.append(Spacer(1, 8))
        elif kind == "qa":
            ans = b[2] if isinstance(b[2], list) else [b[2]]
            parts = [Paragraph(esc(b[1]), st.q)] + [Paragraph(esc(a), st.p) for a in ans]
            out.append(KeepTogether(parts))
        elif kind == "email":
            rows = [("%s:" % k, v) for k, v in b[1]]
            out.append(HRFlowable(width="100%", thickness=0.8, color=st.accent, spaceBefore=6, spaceAfter=4))
            out.append(_table(st, None, rows, (0.13, 0.87), frame_w, grid=False))
            out.append(Spacer(1, 4))
            for para in b[2]:
                out.append(Paragraph(esc(para), st.p))
        elif kind == "chat":
            for when, who, text in b[1]:
                out.append(Paragraph("<font color='#777777'>%s</font>  <b>%s</b>: %s"
                                     % (esc(when), esc(who), esc(text)), st.p))
        elif kind == "check":
            rows = [("[X]" if t else "[ ]", lab, price) for t, lab, price in b[1]]
            widths = b[2] if len(b) > 2 else (0.07, 0.68, 0.25)
            out.append(_table(st, None, rows, widths, frame_w, grid=False))
            out.append(Spacer(1, 8))
        elif kind == "box":
            t = Table([[Paragraph(esc(b[1]), st.p)]], colWidths=[frame_w])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, st.accent),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f4f6f8")),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            out.append(t)
            out.append(Spacer(1, 8))
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.5, color=colors.HexColor("#999999"),
                                  spaceBefore=4, spaceAfter=6))
        elif kind == "space":
            out.append(Spacer(1, b[1]))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "notes":
            out.append(HRFlowable(width="30%", thickness=0.5, color=colors.HexColor("#777777"),
                                  hAlign="LEFT", spaceBefore=8, spaceAfter=3))
            for n in b[1]:
                out.append(Paragraph(esc(n), st.small))
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(doc):
    """Return the PDF bytes for one document spec."""
    theme = doc.get("theme", "help")
    fam, size, body, accent, margin = THEMES[theme]
    st = Styles(theme)
    buf = io.BytesIO()
    header_l = doc.get("header", "")
    header_r = doc.get("header_right", "")
    footer = doc.get("footer", "")

    def on_page(canv, d):
        canv.saveState()
        w, h = size
        if header_l or header_r:
            canv.setFont(st.bold, body * 0.85)
            canv.setFillColor(accent)
            canv.drawString(margin, h - margin * 0.6, header_l)
            canv.setFont(st.reg, body * 0.75)
            canv.setFillColor(colors.HexColor("#555555"))
            canv.drawRightString(w - margin, h - margin * 0.6, header_r)
            canv.setStrokeColor(accent)
            canv.setLineWidth(0.6)
            canv.line(margin, h - margin * 0.6 - 5, w - margin, h - margin * 0.6 - 5)
        canv.setFont(st.reg, body * 0.7)
        canv.setFillColor(colors.HexColor("#666666"))
        if footer:
            canv.drawString(margin, margin * 0.5, footer)
        canv.drawRightString(w - margin, margin * 0.5, "Page %d" % d.page)
        canv.restoreState()

    tmpl = SimpleDocTemplate(buf, pagesize=size, leftMargin=margin, rightMargin=margin,
                             topMargin=margin, bottomMargin=margin,
                             title=doc.get("pdf_title", ""), author=doc.get("pdf_author", ""),
                             subject="", creator="", producer="")
    frame_w = size[0] - 2 * margin
    tmpl.build(build_flowables(doc, st, frame_w), onFirstPage=on_page, onLaterPages=on_page)
    return buf.getvalue()
