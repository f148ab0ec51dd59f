"""Rendering helpers for the blind_i test set (reportlab, deterministic).

A document is a list of blocks (tuples) plus a theme.  Blocks:
  ('title', text)            large heading
  ('subtitle', text)         smaller line under the title
  ('h', text)                section heading
  ('h2', text)               sub-heading
  ('p', text)                paragraph (supports **bold** and __italic__)
  ('pi', text)               indented paragraph
  ('small', text)            small print
  ('center', text) / ('right', text)
  ('bul', [items])           bullet list
  ('num', [items])           numbered list (1., 2., ...)
  ('tbl', rows, opts)        table; opts: header, style (grid|lines|plain|zebra|box), widths, align
  ('kv', [(k, v), ...])      two-column key/value block without rules
  ('sig', [(party, name, title), ...])  signature block
  ('mono', text)             preformatted text (emails, plain text)
  ('sp', points)             vertical space
  ('hr',)                    horizontal rule
  ('pb',)                    page break
"""
import re

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    HRFlowable,
    PageBreak,
    Paragraph,
    Preformatted,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

FAMILIES = {
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "mono": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

DEFAULT_THEME = {
    "family": "sans",
    "size": 9.5,
    "lead": 12.6,
    "page": "letter",
    "margin": 0.9,
    "justify": False,
    "head_upper": False,
    "head_color": "#000000",
    "title_size": 15,
    "title_align": "left",
    "header": "",
    "header_right": "",
    "footer": "",
    "page_numbers": "Page {n}",
    "table_style": "grid",
    "accent": "#1f3a5f",
}


def _esc(text):
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
    text = re.sub(r"__(.+?)__", r"<i>\1</i>", text)
    return text.replace("\n", "<br/>")


class Styles:
    def __init__(self, th):
        reg, bold, ital = FAMILIES[th["family"]]
        size, lead = th["size"], th["lead"]
        align = TA_JUSTIFY if th["justify"] else TA_LEFT
        self.th = th
        self.reg, self.bold, self.ital = reg, bold, ital
        self.body = ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead,
                                   alignment=align, spaceAfter=size * 0.55)
        self.indent = ParagraphStyle("indent", parent=self.body, leftIndent=18)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=size - 1.8,
                                    leading=lead - 2.2)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        title_align = {"left": TA_LEFT, "center": TA_CENTER}[th["title_align"]]
        self.title = ParagraphStyle("title", fontName=bold, fontSize=th["title_size"],
                                    leading=th["title_size"] * 1.25, alignment=title_align,
                                    spaceAfter=6, textColor=colors.HexColor(th["accent"]))
        self.subtitle = ParagraphStyle("subtitle", fontName=reg, fontSize=size,
                                       leading=lead, alignment=title_align, spaceAfter=8,
                                       textColor=colors.HexColor("#444444"))
        self.h = ParagraphStyle("h", fontName=bold, fontSize=size + 1.2, leading=lead + 2,
                                spaceBefore=7, spaceAfter=4,
                                textColor=colors.HexColor(th["head_color"]))
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                                 spaceBefore=4, spaceAfter=2)
        self.cell = ParagraphStyle("cell", fontName=reg, fontSize=size - 0.8,
                                   leading=lead - 1.2)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.mono = ParagraphStyle("mono", fontName="Courier", fontSize=size - 1,
                                   leading=lead - 1)


def _table(block, st, width):
    rows, opts = block[1], (block[2] if len(block) > 2 else {})
    header = opts.get("header", True)
    style = opts.get("style", st.th["table_style"])
    ncols = max(len(r) for r in rows)
    widths = opts.get("widths")
    if widths:
        total = float(sum(widths))
        widths = [width * w / total for w in widths]
    else:
        widths = [width / ncols] * ncols
    data = []
    for i, r in enumerate(rows):
        cells = list(r) + [""] * (ncols - len(r))
        sty = st.cellb if (header and i == 0) else st.cell
        data.append([Paragraph(_esc(str(c)), sty) for c in cells])
    t = Table(data, colWidths=widths, repeatRows=1 if header else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    grey = colors.HexColor("#e6e9ee")
    if style == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), grey))
    elif style == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 1.0, colors.black))
    elif style == "zebra":
        for i in range(1 if header else 0, len(data)):
            if i % 2 == 0:
                cmds.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f2f4f7")))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(st.th["accent"])))
            cmds.append(("TEXTCOLOR", (0, 0), (-1, 0), colors.white))
            data[0] = [Paragraph(_esc(str(c)), ParagraphStyle("zh", parent=st.cellb,
                                                               textColor=colors.white))
                       for c in (list(rows[0]) + [""] * (ncols - len(rows[0])))]
            t = Table(data, colWidths=widths, repeatRows=1)
    elif style == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.8, colors.black))
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    # 'plain' adds nothing
    t.setStyle(TableStyle(cmds))
    return t


def _flow(blocks, st, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(Paragraph(_esc(b[1]), st.title))
        elif kind == "subtitle":
            out.append(Paragraph(_esc(b[1]), st.subtitle))
        elif kind == "h":
            text = b[1].upper() if st.th["head_upper"] else b[1]
            out.append(Paragraph(_esc(text), st.h))
        elif kind == "h2":
            out.append(Paragraph(_esc(b[1]), st.h2))
        elif kind == "p":
            out.append(Paragraph(_esc(b[1]), st.body))
        elif kind == "pi":
            out.append(Paragraph(_esc(b[1]), st.indent))
        elif kind == "small":
            out.append(Paragraph(_esc(b[1]), st.small))
        elif kind == "center":
            out.append(Paragraph(_esc(b[1]), st.center))
        elif kind == "right":
            out.append(Paragraph(_esc(b[1]), st.right))
        elif kind in ("bul", "num"):
            for i, item in enumerate(b[1], 1):
                mark = "\u2022" if kind == "bul" else "%d." % i
                p = ParagraphStyle("li", parent=st.body, leftIndent=16, bulletIndent=4,
                                   spaceAfter=2)
                out.append(Paragraph(_esc(item), p, bulletText=mark))
            out.append(Spacer(1, 3))
        elif kind == "tbl":
            out.append(_table(b, st, width))
            out.append(Spacer(1, 7))
        elif kind == "kv":
            rows = [[Paragraph(_esc(k), st.cellb), Paragraph(_esc(v), st.cell)] for k, v in b[1]]
            t = Table(rows, colWidths=[width * 0.3, width * 0.7])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            cols = []
            for party, name, title in b[1]:
                cols.append(Paragraph(_esc(party), st.cellb))
            lines = [[Paragraph("By: ______________________________", st.cell)
                      for _ in b[1]],
                     [Paragraph("Name: " + _esc(n), st.cell) for _, n, _ in b[1]],
                     [Paragraph("Title: " + _esc(t), st.cell) for _, _, t in b[1]],
                     [Paragraph("Date: ____________________", st.cell) for _ in b[1]]]
            t = Table([cols] + lines, colWidths=[width / len(b[1])] * len(b[1]))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 4),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(Spacer(1, 8))
            out.append(t)
        elif kind == "mono":
            out.append(Preformatted(b[1], st.mono))
            out.append(Spacer(1, 6))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#888888"),
                                  spaceBefore=3, spaceAfter=6))
        elif kind == "pb":
            out.append(PageBreak())
        else:
            raise ValueError("unknown block %r" % (kind,))
    return out


def render(path, blocks, theme, meta_title):
    th = dict(DEFAULT_THEME)
    th.update(theme or {})
    st = Styles(th)
    pagesize = A4 if th["page"] == "a4" else letter
    m = th["margin"] * inch
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=m, rightMargin=m,
                            topMargin=m, bottomMargin=m, title=meta_title,
                            author="", subject="", creator="", producer="ReportLab")
    width = pagesize[0] - 2 * m

    def deco(canvas, doc_):
        canvas.saveState()
        canvas.setFont(st.reg, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        top = pagesize[1] - m * 0.55
        if th["header"]:
            canvas.drawString(m, top, th["header"])
        if th["header_right"]:
            canvas.drawRightString(pagesize[0] - m, top, th["header_right"])
        bottom = m * 0.5
        if th["footer"]:
            canvas.drawString(m, bottom, th["footer"])
        if th["page_numbers"]:
            canvas.drawRightString(pagesize[0] - m, bottom,
                                   th["page_numbers"].format(n=doc_.page))
        canvas.restoreState()

    doc.build(_flow(blocks, st, width), onFirstPage=deco, onLaterPages=deco)
