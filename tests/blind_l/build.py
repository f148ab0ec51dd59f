#!/usr/bin/env python3
"""Render the blind_l test set: 60 short vendor-contract PDFs plus labels.json.

Usage:
    python build.py            render every PDF and labels.json into this folder
    python build.py --check    render, then verify every PDF (opens with pypdfium2,
                               text layer on every page, at most 2 pages, vendor string
                               present) and that a second render is byte-identical

Rendering is deterministic: reportlab runs with rl_config.invariant = 1, there is no
randomness, and file order/names come from md5("blind_l:" + key) and a fixed word list.
Content lives in docs_a.py ... docs_f.py (10 documents each).
"""
import hashlib
import importlib
import json
import os
import re
import shutil
import sys
import tempfile

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, Preformatted)

MODULES = ["docs_a", "docs_b", "docs_c", "docs_d", "docs_e", "docs_f"]

# Neutral words (trees, then minerals); the word in a file name comes from its position.
WORDS = [
    "alder", "ash", "aspen", "balsa", "baobab", "beech", "birch", "boxwood", "cedar",
    "cherry", "chestnut", "cypress", "ebony", "elm", "eucalyptus", "fir", "ginkgo",
    "hawthorn", "hazel", "hemlock", "hickory", "holly", "juniper", "larch", "laurel",
    "linden", "magnolia", "mahogany", "maple", "mulberry", "oak", "olive", "palm", "pecan",
    "pine", "poplar", "redwood", "rowan", "sequoia", "spruce", "sycamore", "tamarack",
    "teak", "walnut", "willow", "yew", "agate", "basalt", "calcite", "dolomite", "feldspar",
    "garnet", "gypsum", "jasper", "mica", "onyx", "pyrite", "quartz", "talc", "zircon",
]

FONTS = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times": ("Times-Roman", "Times-Bold"),
    "Courier": ("Courier", "Courier-Bold"),
}

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def esc(text):
    """Escape bare ampersands so that reportlab's paragraph markup accepts the text."""
    return re.sub(r"&(?![a-zA-Z]+;|#\d+;)", "&amp;", text)


def load_docs():
    docs = []
    for name in MODULES:
        mod = importlib.import_module(name)
        docs.extend(mod.DOCS)
    keys = [d["key"] for d in docs]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    docs.sort(key=lambda d: hashlib.md5(("blind_l:" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "l%02d_%s.pdf" % (i + 1, WORDS[i])
    return docs


class Styles:
    def __init__(self, font, size):
        reg, bold = FONTS[font]
        self.reg, self.bold, self.size = reg, bold, size
        lead = size * 1.32
        self.body = ParagraphStyle("body", fontName=reg, fontSize=size, leading=lead,
                                   spaceAfter=size * 0.55, alignment=TA_LEFT)
        self.just = ParagraphStyle("just", parent=self.body, alignment=TA_JUSTIFY)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=size + 5,
                                    leading=(size + 5) * 1.25, alignment=TA_CENTER,
                                    spaceAfter=size * 0.6)
        self.subtitle = ParagraphStyle("subtitle", fontName=reg, fontSize=size + 0.5,
                                       leading=(size + 0.5) * 1.3, alignment=TA_CENTER,
                                       spaceAfter=size * 0.9)
        self.h = ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                                spaceBefore=size * 0.5, spaceAfter=size * 0.35)
        self.left_title = ParagraphStyle("lt", fontName=bold, fontSize=size + 4,
                                         leading=(size + 4) * 1.25, spaceAfter=size * 0.5)
        self.small = ParagraphStyle("small", fontName=reg, fontSize=size - 1.5,
                                    leading=(size - 1.5) * 1.3, spaceAfter=size * 0.4)
        self.center = ParagraphStyle("center", parent=self.body, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=self.body, alignment=TA_RIGHT)
        self.cell = ParagraphStyle("cell", fontName=reg, fontSize=size - 0.5,
                                   leading=(size - 0.5) * 1.25)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=bold)
        self.clause = ParagraphStyle("clause", parent=self.body, leftIndent=size * 2.8,
                                     bulletIndent=0, bulletFontName=reg)
        self.bullet = ParagraphStyle("bullet", parent=self.body, leftIndent=size * 1.8,
                                     bulletIndent=size * 0.5, spaceAfter=size * 0.3)
        self.mono = ParagraphStyle("mono", fontName="Courier", fontSize=size - 0.5,
                                   leading=(size - 0.5) * 1.3, spaceAfter=size * 0.5)


def make_table(rows, opts, st, width):
    ruled = opts.get("ruled", True)
    header = opts.get("header", True)
    ncol = max(len(r) for r in rows)
    widths = opts.get("widths")
    if widths:
        total = float(sum(widths))
        col_w = [width * w / total for w in widths]
    else:
        col_w = [width / ncol] * ncol
    data = []
    for ri, row in enumerate(rows):
        cells = []
        for c in row:
            style = st.cellb if (header and ri == 0) else st.cell
            cells.append(Paragraph(esc(str(c)), style))
        while len(cells) < ncol:
            cells.append("")
        data.append(cells)
    t = Table(data, colWidths=col_w, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    else:
        if header:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black))
        if opts.get("total_line"):
            cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.6, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def flowables(doc, st, width):
    out = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "title":
            out.append(Paragraph(esc(b[1]), st.title))
        elif kind == "ltitle":
            out.append(Paragraph(esc(b[1]), st.left_title))
        elif kind == "subtitle":
            out.append(Paragraph(esc(b[1]), st.subtitle))
        elif kind == "h":
            out.append(Paragraph(esc(b[1]), st.h))
        elif kind == "p":
            out.append(Paragraph(esc(b[1]), st.body))
        elif kind == "pj":
            out.append(Paragraph(esc(b[1]), st.just))
        elif kind == "pc":
            out.append(Paragraph(esc(b[1]), st.center))
        elif kind == "pr":
            out.append(Paragraph(esc(b[1]), st.right))
        elif kind == "small":
            out.append(Paragraph(esc(b[1]), st.small))
        elif kind == "mono":
            out.append(Preformatted("\n".join(b[1]), st.mono))
        elif kind == "cl":
            out.append(Paragraph(esc(b[2]), st.clause, bulletText=b[1]))
        elif kind == "bul":
            mark = b[2] if len(b) > 2 else "\u2022"
            for item in b[1]:
                out.append(Paragraph(esc(item), st.bullet, bulletText=mark))
        elif kind == "table":
            opts = b[2] if len(b) > 2 else {}
            out.append(make_table(b[1], opts, st, width))
            out.append(Spacer(1, st.size * 0.8))
        elif kind == "kv":
            opts = {"ruled": False, "header": False, "widths": b[2] if len(b) > 2 else [1, 2.6]}
            out.append(make_table(b[1], opts, st, width))
            out.append(Spacer(1, st.size * 0.6))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "hr":
            t = Table([[""]], colWidths=[width], rowHeights=[4])
            t.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, colors.black)]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "pb":
            out.append(PageBreak())
        else:
            raise ValueError("unknown block %r in %s" % (kind, doc["key"]))
    return out


def render(doc, folder):
    st = Styles(doc.get("font", "Helvetica"), doc.get("size", 10))
    path = os.path.join(folder, doc["file"])
    margin = doc.get("margin", 0.9) * inch
    pdf = SimpleDocTemplate(path, pagesize=letter, leftMargin=margin, rightMargin=margin,
                            topMargin=0.85 * inch, bottomMargin=0.85 * inch,
                            title=doc.get("pdf_title", "Document"), author="", subject="",
                            creator="blind_l build.py", producer="reportlab")
    width = letter[0] - 2 * margin
    header = doc.get("header")
    footer = doc.get("footer")

    def on_page(canvas, _doc):
        canvas.saveState()
        canvas.setFont(st.reg, 7.5)
        if header:
            canvas.drawString(margin, letter[1] - 0.55 * inch, header)
        if footer:
            canvas.drawString(margin, 0.5 * inch, footer)
        if doc.get("page_numbers", True):
            canvas.drawRightString(letter[0] - margin, 0.5 * inch, "Page %d" % canvas.getPageNumber())
        canvas.restoreState()

    pdf.build(flowables(doc, st, width), onFirstPage=on_page, onLaterPages=on_page)
    return path


def validate_label(doc):
    lab = doc["label"]
    cov = lab["coverage"]
    assert cov in COVERAGES, doc["key"]
    fee = lab.get("cpt_fee")
    if fee is not None:
        assert cov == "pass_through", doc["key"]
        assert fee["unit"] in UNITS and fee["period"] in PERIODS, doc["key"]
        assert isinstance(fee["amount"], float), doc["key"]


def labels_json(docs):
    contracts = {}
    for d in docs:
        validate_label(d)
        fee = d["label"].get("cpt_fee")
        contracts[d["file"]] = {
            "description": d["description"],
            "status": "ok",
            "terms": {
                "coverage": d["label"]["coverage"],
                "cpt_fee": None if fee is None else {
                    "amount": fee["amount"], "currency": "USD",
                    "period": fee["period"], "unit": fee["unit"]},
                "vendor": d["vendor"],
            },
        }
    return {"contracts": contracts}


def render_all(folder, docs):
    for d in docs:
        render(d, folder)
    with open(os.path.join(folder, "labels.json"), "w") as f:
        json.dump(labels_json(docs), f, indent=2, sort_keys=False)
        f.write("\n")


def tallies(docs):
    cov, shapes = {}, {}
    for d in docs:
        c = d["label"]["coverage"]
        cov[c] = cov.get(c, 0) + 1
        fee = d["label"].get("cpt_fee")
        if fee:
            s = "%s/%s" % (fee["unit"], fee["period"])
            shapes[s] = shapes.get(s, 0) + 1
    return cov, shapes


def check(docs):
    import pypdfium2 as pdfium
    problems = []
    for d in docs:
        path = os.path.join(HERE, d["file"])
        try:
            pdf = pdfium.PdfDocument(path)
        except Exception as e:  # noqa: BLE001
            problems.append("%s: does not open (%s)" % (d["file"], e))
            continue
        n = len(pdf)
        if not 1 <= n <= 2:
            problems.append("%s: %d pages" % (d["file"], n))
        text = []
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            t = tp.get_text_range()
            if not t.strip():
                problems.append("%s: page %d has no text" % (d["file"], i + 1))
            text.append(t)
            tp.close()
            page.close()
        pdf.close()
        norm = " ".join(" ".join(text).split())
        if " ".join(d["vendor"].split()) not in norm:
            problems.append("%s: vendor string %r not found" % (d["file"], d["vendor"]))
    tmp = tempfile.mkdtemp(prefix="blind_l_")
    try:
        render_all(tmp, docs)
        for d in docs:
            with open(os.path.join(HERE, d["file"]), "rb") as a, \
                    open(os.path.join(tmp, d["file"]), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: second render differs" % d["file"])
        with open(os.path.join(HERE, "labels.json"), "rb") as a, \
                open(os.path.join(tmp, "labels.json"), "rb") as b:
            if a.read() != b.read():
                problems.append("labels.json: second render differs")
    finally:
        shutil.rmtree(tmp)
    return problems


def main(argv):
    docs = load_docs()
    if len(docs) != 60:
        raise SystemExit("expected 60 documents, found %d" % len(docs))
    render_all(HERE, docs)
    cov, shapes = tallies(docs)
    print("rendered %d PDFs + labels.json in %s" % (len(docs), HERE))
    print("coverage:", json.dumps(cov, sort_keys=True))
    print("pass_through fee shapes:", json.dumps(shapes, sort_keys=True))
    if "--check" in argv:
        problems = check(docs)
        if problems:
            print("CHECK FAILED")
            for p in problems:
                print("  " + p)
            return 1
        print("check ok: all %d PDFs open, have text on every page, <= 2 pages, contain "
              "their vendor string; second render byte-identical" % len(docs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
