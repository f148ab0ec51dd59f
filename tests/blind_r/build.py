#!/usr/bin/env python
"""Render the blind_r test set deterministically.

    python build.py            # write r01_*.pdf .. r60_*.pdf and labels.json next to this file
    python build.py --check    # render twice, compare bytes (and with files on disk),
                               # open each PDF with pypdfium2, check text on every page,
                               # vendor string present, page count 1..4, labels consistent
"""
import hashlib
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

from reportlab.lib.pagesizes import letter, A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER  # noqa: E402
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,  # noqa: E402
                                PageBreak, Preformatted, ListFlowable, ListItem, KeepTogether)
from reportlab.platypus.flowables import HRFlowable  # noqa: E402

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}

WORDS = ["alder", "basalt", "cairn", "delta", "esker", "fjord", "garnet", "heath", "inlet", "jasper",
         "kelp", "lichen", "marl", "nettle", "onyx", "pumice", "quartz", "reed", "sorrel", "tarn",
         "umber", "vetch", "willow", "yarrow", "zinnia", "agate", "bramble", "cobble", "dune", "eddy",
         "fern", "gorse", "hazel", "iris", "jade", "kame", "larch", "mica", "obsidian", "pebble",
         "quince", "rush", "sedge", "thyme", "upland", "veld", "wold", "yew", "acorn", "birch",
         "clover", "dell", "estuary", "fescue", "glen", "heron", "ivy", "kiln", "loam", "marram"]


def all_docs():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    docs.sort(key=lambda d: hashlib.sha256(("blind_r:" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "r%02d_%s.pdf" % (i + 1, WORDS[i])
    return docs


def styles(font, size):
    reg, bold, ital = FAMILIES[font]
    lead = size * 1.28
    s = {
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=size * 0.55),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                                spaceAfter=3),
        "foot": ParagraphStyle("foot", fontName=reg, fontSize=size - 2.5, leading=(size - 2.5) * 1.25,
                               spaceBefore=2, spaceAfter=2),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.25,
                            spaceBefore=size * 0.8, spaceAfter=size * 0.35),
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 6, leading=(size + 6) * 1.2,
                                spaceAfter=size * 0.5),
        "sub": ParagraphStyle("sub", fontName=ital, fontSize=size, leading=lead, spaceAfter=size * 0.8),
        "center": ParagraphStyle("center", fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.3,
                                 alignment=TA_CENTER, spaceAfter=size * 0.6),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.2),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.2),
        "mono": ParagraphStyle("mono", fontName="Courier", fontSize=size - 1, leading=(size - 1) * 1.3),
    }
    return s


def esc(t):
    # allow a small markup vocabulary; escape bare ampersands
    return re.sub(r"&(?!(amp|lt|gt|quot|#\d+);)", "&amp;", t)


def make_table(spec, st, avail):
    rows = spec["rows"]
    ncol = max(len(r) for r in rows)
    widths = spec["widths"]
    if widths:
        tot = float(sum(widths))
        colw = [avail * w / tot for w in widths]
    else:
        colw = [avail / ncol] * ncol
    data = []
    for ri, r in enumerate(rows):
        row = []
        for ci in range(ncol):
            txt = r[ci] if ci < len(r) else ""
            sty = st["cellb"] if (spec["header"] and ri == 0) else st["cell"]
            if ci in spec["right"] and not (spec["header"] and ri == 0):
                sty = ParagraphStyle("r%d" % ci, parent=sty, alignment=2)
            row.append(Paragraph(esc(str(txt)), sty))
        data.append(row)
    t = Table(data, colWidths=colw, repeatRows=1 if spec["header"] else 0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if spec["ruled"]:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        if spec["header"]:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)))
    else:
        if spec["header"]:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.75, colors.black))
    if spec["zebra"]:
        for ri in range(1, len(rows), 2):
            cmds.append(("BACKGROUND", (0, ri), (-1, ri), colors.Color(0.95, 0.95, 0.95)))
    t.setStyle(TableStyle(cmds))
    return t


def flow(doc, st, avail):
    out = []
    for kind, val in doc["blocks"]:
        if kind in ("p", "small", "foot", "h", "title", "sub", "center"):
            out.append(Paragraph(esc(val), st[kind]))
        elif kind == "bullets":
            items = [ListItem(Paragraph(esc(x), st["p"]), leftIndent=14) for x in val]
            out.append(ListFlowable(items, bulletType="bullet", start="\u2022", leftIndent=14,
                                    bulletFontName=st["p"].fontName, bulletFontSize=st["p"].fontSize))
        elif kind == "numbered":
            items = [ListItem(Paragraph(esc(x), st["p"]), leftIndent=18) for x in val]
            out.append(ListFlowable(items, bulletType="1", leftIndent=18,
                                    bulletFontName=st["p"].fontName, bulletFontSize=st["p"].fontSize))
        elif kind == "table":
            out.append(make_table(val, st, avail))
            out.append(Spacer(1, 6))
        elif kind == "kv":
            spec = {"rows": val["rows"], "ruled": False, "widths": val["widths"], "header": False,
                    "right": (), "zebra": False}
            t = make_table(spec, st, avail)
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "mono":
            out.append(Preformatted(val, st["mono"]))
            out.append(Spacer(1, 6))
        elif kind == "sig":
            cells = []
            for party, name, title, date in val:
                cells.append([Paragraph(esc("<b>%s</b>" % party), st["cell"]),
                              Paragraph("By: ______________________________", st["cell"]),
                              Paragraph(esc("Name: %s" % name), st["cell"]),
                              Paragraph(esc("Title: %s" % title), st["cell"]),
                              Paragraph(esc("Date: %s" % date), st["cell"])])
            cols = list(zip(*cells)) if len(cells) > 1 else [(c,) for c in cells[0]]
            w = avail / max(1, len(cells))
            t = Table([list(r) for r in cols], colWidths=[w] * len(cells))
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 3)]))
            out.append(Spacer(1, 10))
            out.append(KeepTogether([t]))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "space":
            out.append(Spacer(1, val))
        elif kind == "rule":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=4,
                                  spaceAfter=6))
        else:
            raise ValueError(kind)
    return out


def render(doc):
    buf = io.BytesIO()
    ps = A4 if doc.get("paper") == "A4" else letter
    font = doc.get("font", "Helvetica")
    size = doc.get("size", 10)
    st = styles(font, size)
    margin = doc.get("margin", 0.9) * inch
    d = SimpleDocTemplate(buf, pagesize=ps, leftMargin=margin, rightMargin=margin,
                          topMargin=0.85 * inch, bottomMargin=0.85 * inch,
                          title=doc.get("doc_title", "Document"), author="", subject="", creator="",
                          producer="", keywords="")
    reg = FAMILIES[font][0]
    header = doc.get("header", "")
    footer = doc.get("footer", "")

    def deco(canvas, dd):
        canvas.saveState()
        canvas.setFont(reg, 7.5)
        w, h = ps
        if header:
            canvas.drawString(margin, h - 0.55 * inch, header)
        txt = "Page %d" % canvas.getPageNumber()
        if footer:
            canvas.drawString(margin, 0.5 * inch, footer)
        canvas.drawRightString(w - margin, 0.5 * inch, txt)
        canvas.restoreState()

    avail = ps[0] - 2 * margin
    d.build(flow(doc, st, avail), onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def fee_ok(fee):
    if fee is None:
        return True
    return (set(fee) == {"amount", "currency", "unit", "period"} and fee["currency"] == "USD"
            and fee["unit"] in ("user", "provider", "location", "organization", None)
            and fee["period"] in ("year", "month", "one_time", None)
            and isinstance(fee["amount"], (int, float)))


def labels(docs):
    out = {}
    for d in docs:
        assert d["coverage"] in ("vendor_covers", "pass_through", "customer_must_license",
                                 "not_addressed", "unclear"), d["key"]
        assert fee_ok(d["fee"]), d["key"]
        if d["fee"] is not None:
            assert d["coverage"] == "pass_through", d["key"]
        out[d["file"]] = {"description": d["desc"], "status": "ok",
                          "terms": {"coverage": d["coverage"], "cpt_fee": d["fee"], "vendor": d["vendor"]}}
    return {"contracts": out}


def norm(t):
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip()


def main():
    check = "--check" in sys.argv
    docs = all_docs()
    lab = json.dumps(labels(docs), indent=2, sort_keys=False) + "\n"
    if not check:
        for d in docs:
            with open(os.path.join(HERE, d["file"]), "wb") as fh:
                fh.write(render(d))
        with open(os.path.join(HERE, "labels.json"), "w") as fh:
            fh.write(lab)
        tally = {}
        for d in docs:
            tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
        print("wrote %d PDFs; tallies %s" % (len(docs), tally))
        return 0

    import pypdfium2 as pdfium
    bad = 0
    for d in docs:
        a, b = render(d), render(d)
        if a != b:
            print("NONDETERMINISTIC", d["file"]); bad += 1
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path):
            print("MISSING", d["file"]); bad += 1
            continue
        with open(path, "rb") as fh:
            if fh.read() != a:
                print("STALE (differs from fresh render)", d["file"]); bad += 1
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        texts = []
        for i in range(n):
            tp = pdf[i].get_textpage()
            t = tp.get_text_range()
            texts.append(t)
            if len(norm(t)) < 20:
                print("NO TEXT on page", i + 1, d["file"]); bad += 1
        pdf.close()
        if not 1 <= n <= 4:
            print("PAGES %d" % n, d["file"]); bad += 1
        full = norm(" ".join(texts))
        if norm(d["vendor"]) not in full:
            print("VENDOR NOT FOUND", d["file"], d["vendor"]); bad += 1
        for s in d.get("must", []):
            if norm(s) not in full:
                print("EXPECTED TEXT NOT FOUND", d["file"], s); bad += 1
    p = os.path.join(HERE, "labels.json")
    if not os.path.exists(p) or open(p).read() != lab:
        print("labels.json missing or stale"); bad += 1
    print("check: %d documents, %d problems" % (len(docs), bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
