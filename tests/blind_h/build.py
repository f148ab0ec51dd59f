"""Deterministic builder for the blind_h test set (CPT Compare).

Writes hNN_<word>.pdf and labels.json into this folder. No randomness: every
variation is chosen from fixed tables, and file order comes from an md5
permutation of the internal keys, so neither name nor position reveals a label.

Run:  .venv/bin/python tests/blind_h/build.py
"""
import hashlib
import json
import os
import re
import sys

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

NEUTRAL_WORDS = [
    "alder", "basalt", "cedar", "delta", "ember", "fjord", "garnet", "harbor",
    "iris", "juniper", "kelp", "lagoon", "maple", "nimbus", "opal", "pebble",
    "quarry", "raven", "sorrel", "tundra", "umber", "valley", "willow", "xenon",
    "yarrow", "zephyr", "acorn", "birch", "canyon", "dune", "elm", "flint",
    "grove", "heath", "inlet", "jasper", "knoll", "linden", "meadow", "nectar",
    "oak", "prairie", "quartz", "reef", "slate", "thicket", "upland", "vale",
    "wren", "yew", "zinnia", "aspen", "brook", "cliff", "dell", "estuary",
    "fern", "glade", "hollow", "isle", "jetty", "kestrel", "lark", "marsh",
    "nettle", "orchard", "pine", "quill", "ridge", "spruce", "thistle", "urchin",
]


def esc(text):
    """Escape bare ampersands for reportlab's mini-markup; tags are kept."""
    return re.sub(r"&(?!(amp|lt|gt|nbsp|#\d+);)", "&amp;", text)


from _common import DOCS  # noqa: E402


# ---------------------------------------------------------------- rendering
class Styles:
    def __init__(self, family="Helvetica", size=10.0, lead=None, accent=colors.HexColor("#1f3b63")):
        reg, bold, ital = FONTS[family]
        lead = lead or size * 1.32
        self.reg, self.bold, self.ital = reg, bold, ital
        self.size = size
        self.accent = accent
        self.body = ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55)
        self.just = ParagraphStyle("just", parent=self.body, alignment=4)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=size + 9,
                                    spaceAfter=size * 0.6, textColor=accent)
        self.ctitle = ParagraphStyle("ctitle", parent=self.title, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", fontName=ital, fontSize=size, leading=lead,
                                       spaceAfter=size * 0.8, textColor=colors.HexColor("#444444"))
        self.h = ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3,
                                spaceBefore=size * 0.7, spaceAfter=size * 0.35, textColor=accent)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=size, leading=lead,
                                 spaceBefore=size * 0.5, spaceAfter=size * 0.25)
        self.num = ParagraphStyle("num", parent=self.body, leftIndent=size * 2.6, firstLineIndent=-size * 2.6)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=size * 1.6, bulletIndent=size * 0.4,
                                     spaceAfter=size * 0.25)
        self.q = ParagraphStyle("q", fontName=bold, fontSize=size, leading=lead, spaceBefore=size * 0.5,
                                spaceAfter=size * 0.2)
        self.small = ParagraphStyle("small", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3,
                                    textColor=colors.HexColor("#555555"), spaceAfter=size * 0.4)
        self.cell = ParagraphStyle("cell", fontName=reg, fontSize=size - 0.8, leading=(size - 0.8) * 1.25)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.cellr = ParagraphStyle("cellr", parent=self.cell, alignment=TA_RIGHT)
        self.cellbr = ParagraphStyle("cellbr", parent=self.cellb, alignment=TA_RIGHT)
        self.quote = ParagraphStyle("quote", parent=self.body, leftIndent=size * 1.5,
                                    textColor=colors.HexColor("#555555"), fontSize=size - 0.5)
        self.mono = ParagraphStyle("mono", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3,
                                   spaceAfter=1)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)


def P(text, style):
    return Paragraph(esc(text), style)


def build_table(st, rows, width, opts):
    header = opts.get("header", True)
    ruled = opts.get("ruled", "grid")  # grid | lines | none | box
    widths = opts.get("widths")
    ralign = set(opts.get("right", []))
    bold_last = opts.get("bold_last", False)
    data = []
    for r, row in enumerate(rows):
        out = []
        for c, cell in enumerate(row):
            is_head = header and r == 0
            is_last = bold_last and r == len(rows) - 1
            if c in ralign:
                sty = st.cellbr if (is_head or is_last) else st.cellr
            else:
                sty = st.cellb if (is_head or is_last) else st.cell
            out.append(P(str(cell), sty))
        data.append(out)
    if widths:
        cw = [width * w for w in widths]
    else:
        cw = [width / len(rows[0])] * len(rows[0])
    t = Table(data, colWidths=cw, repeatRows=1 if header else 0, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    grey = colors.HexColor("#888888")
    if ruled == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, grey))
    elif ruled == "box":
        cmds.append(("BOX", (0, 0), (-1, -1), 0.7, grey))
    elif ruled == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, grey))
    if header and ruled != "none":
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(opts.get("head_bg", "#e6ebf2"))))
    if header and ruled == "none":
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def flow(st, blocks, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(P(b[1], st.title))
        elif kind == "ctitle":
            out.append(P(b[1], st.ctitle))
        elif kind == "subtitle":
            out.append(P(b[1], st.subtitle))
        elif kind == "h":
            out.append(P(b[1], st.h))
        elif kind == "h2":
            out.append(P(b[1], st.h2))
        elif kind == "p":
            out.append(P(b[1], st.body))
        elif kind == "j":
            out.append(P(b[1], st.just))
        elif kind == "right":
            out.append(P(b[1], st.right))
        elif kind == "center":
            out.append(P(b[1], st.center))
        elif kind == "num":
            out.append(P("%s&nbsp;&nbsp;%s" % (b[1], b[2]), st.num))
        elif kind == "bullets":
            for item in b[1]:
                out.append(Paragraph(esc(item), st.bullet, bulletText="\u2022"))
        elif kind == "qa":
            out.append(KeepTogether([P(b[1], st.q), P(b[2], st.body)]))
        elif kind == "small":
            out.append(P(b[1], st.small))
        elif kind == "quote":
            out.append(P(b[1], st.quote))
        elif kind == "mono":
            for line in b[1].split("\n"):
                out.append(Paragraph(esc(line).replace(" ", "&nbsp;") or "&nbsp;", st.mono))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "pb":
            out.append(PageBreak())
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            out.append(build_table(st, b[1], width, opts))
            out.append(Spacer(1, st.size * 0.7))
        elif kind == "kv":
            rows = [[P("<b>%s</b>" % k, st.cell), P(v, st.cell)] for k, v in b[1]]
            kw = b[2] if len(b) > 2 else 0.28
            t = Table(rows, colWidths=[width * kw, width * (1 - kw)], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(t)
            out.append(Spacer(1, st.size * 0.6))
        elif kind == "sig":
            cells = []
            for party in b[1]:
                lines = ["<b>%s</b>" % party[0]] + ["%s: %s" % (k, v) for k, v in party[1:]]
                cells.append(P("<br/>".join(lines), st.body))
            t = Table([cells], colWidths=[width / len(cells)] * len(cells), hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(Spacer(1, st.size))
            out.append(KeepTogether([t]))
        elif kind == "email":
            # ("email", [("From", ..), ("To", ..), ...], [paragraphs])
            rows = [[P("<b>%s:</b>" % k, st.cell), P(v, st.cell)] for k, v in b[1]]
            t = Table(rows, colWidths=[width * 0.13, width * 0.87], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.HexColor("#777777")),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(Spacer(1, st.size * 0.6))
            out.append(t)
            out.append(Spacer(1, st.size * 0.5))
            for para in b[2]:
                out.append(P(para, st.body))
        else:
            raise ValueError(kind)
    return out


def render(d, path):
    lay = d["layout"]
    page = A4 if lay.get("page") == "A4" else letter
    st = Styles(lay.get("font", "Helvetica"), lay.get("size", 10.0),
                accent=colors.HexColor(lay.get("accent", "#1f3b63")))
    margin = lay.get("margin", 0.9) * inch
    header = lay.get("header", "")
    footer = lay.get("footer", "")
    pagenum = lay.get("pagenum", "Page %d")

    def on_page(canvas, docobj):
        canvas.saveState()
        w, h = page
        canvas.setFont(st.reg, 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        if header:
            canvas.drawString(margin, h - margin * 0.55, header)
        if footer:
            canvas.drawString(margin, margin * 0.45, footer)
        if pagenum:
            canvas.drawRightString(w - margin, margin * 0.45, pagenum % docobj.page)
        canvas.restoreState()

    sdt = SimpleDocTemplate(path, pagesize=page, leftMargin=margin, rightMargin=margin,
                            topMargin=margin, bottomMargin=margin,
                            title=lay.get("title", ""), author="", subject="", creator="", producer="")
    width = page[0] - 2 * margin
    sdt.build(flow(st, d["blocks"], width), onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------- main
def load_docs():
    import _docs_a  # noqa: F401
    import _docs_b  # noqa: F401
    import _docs_c  # noqa: F401
    import _docs_d  # noqa: F401


def main():
    load_docs()
    keys = [d["key"] for d in DOCS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = sorted(DOCS, key=lambda d: hashlib.md5(("blind_h/" + d["key"]).encode()).hexdigest())
    words = sorted(NEUTRAL_WORDS, key=lambda w: hashlib.md5(("word/" + w).encode()).hexdigest())
    assert len(words) >= len(order)
    for f in os.listdir(HERE):
        if re.match(r"h\d\d_.*\.pdf$", f):
            os.remove(os.path.join(HERE, f))
    labels = {"contracts": {}}
    for i, d in enumerate(order, 1):
        name = "h%02d_%s.pdf" % (i, words[i - 1])
        render(d, os.path.join(HERE, name))
        labels["contracts"][name] = {
            "description": d["desc"],
            "status": "ok",
            "terms": {"coverage": d["cov"], "cpt_fee": d["fee"], "vendor": d["vendor"]},
        }
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels, fh, indent=2, sort_keys=False)
        fh.write("\n")
    print("wrote %d documents" % len(order))


if __name__ == "__main__":
    main()
