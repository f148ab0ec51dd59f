"""Deterministic builder for blind test set J.

Run:  .venv/bin/python tests/blind_j/build.py
Writes jNN_<word>.pdf and labels.json next to this file. No randomness: file order is a
fixed permutation (md5 of each document's internal key).
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

import docs_a  # noqa: E402
import docs_b  # noqa: E402,F401
import docs_c  # noqa: E402,F401
import docs_d  # noqa: E402,F401

WORDS = ["amber", "basin", "cedar", "delta", "ember", "fable", "garnet", "harbor", "indigo",
         "juniper", "kettle", "lantern", "meadow", "nectar", "orbit", "pebble", "quartz", "ripple",
         "saddle", "timber", "umber", "velvet", "willow", "yarrow", "zephyr", "acorn", "birch",
         "canyon", "dune", "estuary", "fern", "glacier", "heath", "island", "jasper", "knoll",
         "lagoon", "marble", "nutmeg", "opal", "prairie", "quill", "reef", "sorrel", "thistle",
         "upland", "vale", "wren", "yew", "zinnia", "anchor", "bramble", "cobble", "dapple",
         "elder", "flint", "grove", "hollow", "ivy", "kelp"]

BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


def esc(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = s.replace("(R)", "\u00ae")
    return s.replace("\n", "<br/>")


def styles(font):
    b = BOLD[font]
    base = 9.5 if font == "Courier" else 10
    return {
        "T": ParagraphStyle("T", fontName=b, fontSize=15, leading=19, spaceAfter=6),
        "S": ParagraphStyle("S", fontName=font, fontSize=8.5, leading=11, textColor=colors.HexColor("#444444"),
                            spaceAfter=3),
        "H": ParagraphStyle("H", fontName=b, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3),
        "Q": ParagraphStyle("Q", fontName=b, fontSize=base, leading=base + 3, spaceBefore=5, spaceAfter=1),
        "P": ParagraphStyle("P", fontName=font, fontSize=base, leading=base + 3.5, spaceAfter=5),
        "B": ParagraphStyle("B", fontName=font, fontSize=base, leading=base + 3.5, leftIndent=14,
                            bulletIndent=4, spaceAfter=2),
        "C": ParagraphStyle("C", fontName=font, fontSize=8.8, leading=11),
        "CH": ParagraphStyle("CH", fontName=b, fontSize=8.8, leading=11),
    }


def make_table(rows, st, ruled, width):
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    lens = [max(8, min(45, max(len(r[i]) for r in rows))) for i in range(ncol)]
    tot = float(sum(lens))
    widths = [width * n / tot for n in lens]
    header = len(rows) > 1 and ncol > 2 or (len(rows) > 1 and rows[0][0] in ("Item", "Component", "Fee", "License", "Charge", "Option", "Choice", "Plan", "Topic", "Service", "Application"))
    data = []
    for i, r in enumerate(rows):
        s = st["CH"] if (header and i == 0) else st["C"]
        data.append([Paragraph(esc(c), s) for c in r])
    t = Table(data, colWidths=widths)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if ruled:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if header:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")))
    elif header:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def sig_block(parties, st, width):
    a, b = parties.split("|")
    rows = [[Paragraph("<b>%s</b>" % esc(a), st["C"]), Paragraph("<b>%s</b>" % esc(b), st["C"])],
            [Paragraph("By: ______________________", st["C"]), Paragraph("By: ______________________", st["C"])],
            [Paragraph("Name / Title:", st["C"]), Paragraph("Name / Title:", st["C"])],
            [Paragraph("Date:", st["C"]), Paragraph("Date:", st["C"])]]
    t = Table(rows, colWidths=[width / 2.0] * 2)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4)]))
    return [Spacer(1, 10), t]


def render(doc, path):
    st = styles(doc["font"])
    width = letter[0] - 1.8 * inch
    story = []
    table = []

    def flush():
        if table:
            story.append(make_table(list(table), st, doc["ruled"], width))
            story.append(Spacer(1, 6))
            table.clear()

    for line in doc["lines"]:
        if line.startswith("|"):
            cells = line[1:].split("|")
            if table and len(table[0]) != len(cells):
                flush()
            table.append(cells)
            continue
        flush()
        if line == "PB":
            story.append(PageBreak())
        elif line.startswith("SIG:"):
            story.extend(sig_block(line[4:], st, width))
        elif line[:2] in ("T:", "S:", "H:", "Q:"):
            story.append(Paragraph(esc(line[2:]), st[line[0]]))
        elif line.startswith("- "):
            story.append(Paragraph(esc(line[2:]), st["B"], bulletText="\u2022"))
        else:
            story.append(Paragraph(esc(line), st["P"]))
    flush()

    font = doc["font"]

    def footer(canvas, d):
        canvas.saveState()
        canvas.setFont(font, 7.5)
        canvas.drawRightString(letter[0] - 0.9 * inch, 0.5 * inch, "Page %d" % d.page)
        canvas.restoreState()

    sd = SimpleDocTemplate(path, pagesize=letter, leftMargin=0.9 * inch, rightMargin=0.9 * inch,
                           topMargin=0.8 * inch, bottomMargin=0.8 * inch, title="Document",
                           author="", subject="", creator="", producer="")
    sd.build(story, onFirstPage=footer, onLaterPages=footer)


def main():
    docs = docs_a.DOCS
    keys = [d["key"] for d in docs]
    assert len(set(keys)) == len(keys)
    order = sorted(docs, key=lambda d: hashlib.md5(("blind_j:" + d["key"]).encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith("j") and f.endswith(".pdf"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, d in enumerate(order, 1):
        name = "j%02d_%s.pdf" % (i, WORDS[i - 1])
        render(d, os.path.join(HERE, name))
        fee = None
        if d["fee"] is not None:
            amt, unit, period = d["fee"]
            fee = {"amount": float(amt), "currency": "USD", "unit": unit, "period": period}
        labels[name] = {"description": d["desc"], "status": "ok",
                        "terms": {"coverage": d["cov"], "cpt_fee": fee, "vendor": d["vendor"]}}
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump({"contracts": labels}, fh, indent=2, sort_keys=True)
        fh.write("\n")
    print("wrote %d documents" % len(labels))


if __name__ == "__main__":
    main()
