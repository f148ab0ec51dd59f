"""Shared reportlab layout helper for the blind_v test set (deterministic)."""
import io
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle, PageBreak, Preformatted)

FONTS = {
    "helv": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def _styles(font, size):
    reg, bold, ital = FONTS[font]
    s = {}
    s["p"] = ParagraphStyle("p", fontName=reg, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.5)
    s["title"] = ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.25,
                                spaceAfter=size * 0.6, alignment=1)
    s["sub"] = ParagraphStyle("sub", fontName=ital, fontSize=size, leading=size * 1.3, spaceAfter=size, alignment=1)
    s["h"] = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                            spaceBefore=size * 0.6, spaceAfter=size * 0.3)
    s["num"] = ParagraphStyle("num", parent=s["p"], leftIndent=28, firstLineIndent=-28)
    s["num2"] = ParagraphStyle("num2", parent=s["p"], leftIndent=56, firstLineIndent=-28)
    s["bul"] = ParagraphStyle("bul", parent=s["p"], leftIndent=16, firstLineIndent=-10)
    s["fn"] = ParagraphStyle("fn", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.25, spaceAfter=2)
    s["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["cellb"] = ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3)
    s["small"] = ParagraphStyle("small", fontName=ital, fontSize=size - 1, leading=(size - 1) * 1.3, spaceAfter=4)
    return s


def _cell(txt, st):
    return Paragraph(txt, st) if isinstance(txt, str) else txt


def _flowables(blocks, s, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("p", "title", "sub", "h", "fn", "small"):
            out.append(Paragraph(b[1], s[kind]))
        elif kind == "num":
            for n, t in b[1]:
                st = s["num2"] if n.count(".") >= 2 or n.startswith("(") else s["num"]
                out.append(Paragraph("%s&nbsp;&nbsp;%s" % (n, t), st))
        elif kind == "bul":
            for t in b[1]:
                out.append(Paragraph("&bull;&nbsp;" + t, s["bul"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "break":
            out.append(PageBreak())
        elif kind == "mono":
            out.append(Preformatted(b[1], s["mono"]))
        elif kind == "table":
            rows = b[1]
            opts = b[2] if len(b) > 2 else {}
            ruled = opts.get("ruled", True)
            head = opts.get("header", True)
            data = []
            for i, r in enumerate(rows):
                st = s["cellb"] if (head and i == 0) else s["cell"]
                data.append([_cell(c, st) for c in r])
            cw = opts.get("widths")
            if cw:
                tot = float(sum(cw))
                cw = [width * c / tot for c in cw]
            t = Table(data, colWidths=cw, hAlign="LEFT", repeatRows=1 if head else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
            if ruled:
                cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
                if head:
                    cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]
            elif head:
                cmds += [("LINEBELOW", (0, 0), (-1, 0), 0.3, colors.white)]
            t.setStyle(TableStyle(cmds))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            data = [[Paragraph("<b>%s</b>" % n, s["cell"]) for n in b[1]],
                    [Paragraph("Signature: ______________________", s["cell"]) for _ in b[1]],
                    [Paragraph("Name / Title: ___________________", s["cell"]) for _ in b[1]],
                    [Paragraph("Date: __________________________", s["cell"]) for _ in b[1]]]
            t = Table(data, hAlign="LEFT")
            out.append(Spacer(1, 10))
            out.append(t)
        else:
            raise ValueError(kind)
    return out


def render(doc):
    """doc: dict with blocks, and optional header, footer, font, size, columns, pagesize, title."""
    buf = io.BytesIO()
    ps = A4 if doc.get("pagesize") == "a4" else letter
    font = doc.get("font", "helv")
    size = doc.get("size", 10)
    s = _styles(font, size)
    lm = rm = 0.9 * inch
    tm = bm = 0.9 * inch
    W, H = ps
    header = doc.get("header", "")
    footer = doc.get("footer", "")
    reg = FONTS[font][0]

    def deco(canv, d):
        canv.saveState()
        canv.setFont(reg, 7.5)
        if header:
            canv.drawString(lm, H - 0.55 * inch, header)
            canv.line(lm, H - 0.6 * inch, W - rm, H - 0.6 * inch)
        canv.drawRightString(W - rm, 0.5 * inch, "Page %d" % d.page)
        if footer:
            canv.drawString(lm, 0.5 * inch, footer)
        canv.restoreState()

    bd = BaseDocTemplate(buf, pagesize=ps, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                         title=doc.get("title", ""), author=doc.get("author", ""), subject="",
                         creator="blind_v", producer="blind_v", invariant=1)
    fw = W - lm - rm
    fh = H - tm - bm
    if doc.get("columns", 1) == 2:
        gap = 0.3 * inch
        cw = (fw - gap) / 2
        frames = [Frame(lm, bm, cw, fh, id="c1", leftPadding=0, rightPadding=0),
                  Frame(lm + cw + gap, bm, cw, fh, id="c2", leftPadding=0, rightPadding=0)]
        width = cw
    else:
        frames = [Frame(lm, bm, fw, fh, id="f", leftPadding=0, rightPadding=0)]
        width = fw
    bd.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    pre = doc.get("pre", [])  # full-width blocks for 2-col docs are simply placed in the columns
    bd.build(_flowables(pre + doc["blocks"], s, width))
    return buf.getvalue()
