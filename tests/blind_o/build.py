#!/usr/bin/env python3
"""Render the blind_o test set deterministically.

usage: build.py [--out DIR] [--check]
Content lives in docs_a.py ... docs_f.py (10 documents each). File names are assigned by
sorting md5("blind_o:" + key) and taking a tree name from WORDS by position.
"""
import argparse, hashlib, json, os, re, sys, tempfile, shutil
from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                HRFlowable, KeepTogether)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import docs_a, docs_b, docs_c, docs_d, docs_e, docs_f  # noqa: E402

WORDS = ["acacia", "alder", "almond", "apple", "ash", "aspen", "balsa", "banyan", "baobab",
         "beech", "birch", "boxwood", "buckeye", "butternut", "cacao", "catalpa", "cedar",
         "cherry", "chestnut", "cork", "cypress", "dogwood", "ebony", "elder", "elm",
         "eucalyptus", "fig", "fir", "ginkgo", "hawthorn", "hazel", "hemlock", "hickory",
         "holly", "hornbeam", "juniper", "kapok", "larch", "laurel", "linden", "locust",
         "magnolia", "mahogany", "mango", "maple", "mulberry", "myrtle", "oak", "olive",
         "palm", "pecan", "persimmon", "pine", "poplar", "redwood", "rowan", "sassafras",
         "spruce", "sycamore", "walnut"]

FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
         "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
         "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}


def all_docs():
    docs = []
    for m in (docs_a, docs_b, docs_c, docs_d, docs_e, docs_f):
        assert len(m.DOCS) == 10, m.__name__
        docs.extend(m.DOCS)
    keys = [d["key"] for d in docs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    docs.sort(key=lambda d: hashlib.md5(("blind_o:" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "o%02d_%s.pdf" % (i + 1, WORDS[i])
    return docs


def esc(t):
    # allow <b>, <i>, <br/> markup; escape bare ampersands
    return re.sub(r"&(?!amp;|lt;|gt;|#)", "&amp;", t)


def styles(font, size):
    reg, bold, ital = FONTS[font]
    lead = size * 1.3
    return {
        "title": ParagraphStyle("title", fontName=bold, fontSize=size + 5, leading=size + 8,
                                spaceAfter=6),
        "sub": ParagraphStyle("sub", fontName=ital, fontSize=size, leading=lead, spaceAfter=6),
        "h": ParagraphStyle("h", fontName=bold, fontSize=size + 1, leading=lead + 1,
                            spaceBefore=6, spaceAfter=3),
        "p": ParagraphStyle("p", fontName=reg, fontSize=size, leading=lead, spaceAfter=5),
        "small": ParagraphStyle("small", fontName=reg, fontSize=size - 2, leading=(size - 2) * 1.3,
                                spaceAfter=4, textColor=colors.HexColor("#333333")),
        "cell": ParagraphStyle("cell", fontName=reg, fontSize=size - 1, leading=(size - 1) * 1.25),
        "cellb": ParagraphStyle("cellb", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.25),
        "right": ParagraphStyle("right", fontName=reg, fontSize=size - 1, leading=lead, alignment=2),
    }


def render(doc, path):
    font = doc.get("font", "Helvetica")
    size = doc.get("size", 10)
    st = styles(font, size)
    pagesize = A4 if doc.get("paper") == "a4" else letter
    margin = doc.get("margin", 0.9) * inch
    header = doc.get("header")
    reg = FONTS[font][0]

    def on_page(canvas, d):
        canvas.saveState()
        canvas.setFont(reg, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        if header:
            canvas.drawString(margin, pagesize[1] - 0.55 * inch, header)
        canvas.drawRightString(pagesize[0] - margin, 0.5 * inch, "Page %d" % d.page)
        canvas.restoreState()

    story = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind in ("title", "sub", "h", "p", "small", "right"):
            story.append(Paragraph(esc(b[1]), st[kind]))
        elif kind == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey,
                                    spaceBefore=3, spaceAfter=6))
        elif kind == "sp":
            story.append(Spacer(1, b[1]))
        elif kind == "table":
            rows = b[1]
            data = [[Paragraph(esc(str(c)), st["cellb"] if r == 0 else st["cell"]) for c in row]
                    for r, row in enumerate(rows)]
            widths = b[2] if len(b) > 2 else None
            if widths:
                total = pagesize[0] - 2 * margin
                widths = [w * total for w in widths]
            t = Table(data, colWidths=widths, repeatRows=1)
            t.setStyle(TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "kv":  # borderless key/value rows
            data = [[Paragraph(esc(k), st["cellb"]), Paragraph(esc(v), st["cell"])] for k, v in b[1]]
            total = pagesize[0] - 2 * margin
            t = Table(data, colWidths=[0.3 * total, 0.7 * total])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
            story.append(t)
            story.append(Spacer(1, 6))
        else:
            raise ValueError(kind)
    sd = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=margin, rightMargin=margin,
                           topMargin=0.8 * inch, bottomMargin=0.8 * inch,
                           title=doc.get("doctitle", "Document"), author="", subject="",
                           creator="blind_o", producer="blind_o")
    sd.build(story, onFirstPage=on_page, onLaterPages=on_page)


def label(doc):
    fee = None
    if doc.get("fee"):
        amt, unit, period = doc["fee"]
        fee = {"amount": float(amt), "currency": "USD", "period": period, "unit": unit}
    return {"description": doc["desc"], "status": "ok",
            "terms": {"coverage": doc["coverage"], "cpt_fee": fee, "vendor": doc["vendor"]}}


def build(out):
    os.makedirs(out, exist_ok=True)
    docs = all_docs()
    labels = {"contracts": {}}
    for d in docs:
        render(d, os.path.join(out, d["file"]))
        labels["contracts"][d["file"]] = label(d)
    with open(os.path.join(out, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, sort_keys=True)
        f.write("\n")
    return docs


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return " ".join(s.split())


def check():
    import pypdfium2 as pdfium
    COV = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
    t1, t2 = tempfile.mkdtemp(), tempfile.mkdtemp()
    try:
        docs = build(t1)
        build(t2)
        bad = 0
        tally = {}
        for d in docs:
            p1, p2 = os.path.join(t1, d["file"]), os.path.join(t2, d["file"])
            errs = []
            if open(p1, "rb").read() != open(p2, "rb").read():
                errs.append("not byte-identical")
            pdf = pdfium.PdfDocument(p1)
            n = len(pdf)
            if n > 2 or n < 1:
                errs.append("%d pages" % n)
            text = ""
            for i in range(n):
                tp = pdf[i].get_textpage()
                t = tp.get_text_range()
                if not t.strip():
                    errs.append("page %d no text" % (i + 1))
                text += " " + t
            pdf.close()
            if norm(d["vendor"]) not in norm(text):
                errs.append("vendor string missing")
            if d["coverage"] not in COV:
                errs.append("bad coverage")
            if d.get("fee") and d["coverage"] != "pass_through":
                errs.append("fee on non-pass_through")
            if d.get("fee"):
                a, u, pr = d["fee"]
                if u not in ("user", "provider", "location", "organization", None) or \
                        pr not in ("year", "month", "one_time", None):
                    errs.append("bad fee shape")
            tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
            if errs:
                bad += 1
                print("FAIL", d["file"], d["key"], errs)
            else:
                print("ok  ", d["file"], n, "page(s)", d["coverage"])
        print("tally:", json.dumps(tally, sort_keys=True))
        print("%d documents, %d failures" % (len(docs), bad))
        return bad == 0
    finally:
        shutil.rmtree(t1)
        shutil.rmtree(t2)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        ok = check()
        build(a.out)
        sys.exit(0 if ok else 1)
    build(a.out)
