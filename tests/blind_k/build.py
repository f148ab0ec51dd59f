"""Build the blind_k test set: 60 short vendor documents (PDF) + labels.json.

    python tests/blind_k/build.py            # write PDFs and labels.json next to this file
    python tests/blind_k/build.py --check    # build, then check every PDF and determinism
    python tests/blind_k/build.py --out DIR  # write somewhere else

Content lives in docs_*.py (one list DOCS per file); ordinary contract sections and the
block constructors live in boiler.py. No randomness: file order is the md5 of
"blind_k:" + each document's internal key, and reportlab runs in invariant mode, so two
builds give identical bytes.
"""
import argparse
import hashlib
import io
import json
import os
import re
import sys

sys.dont_write_bytecode = True

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import inch  # noqa: E402
from reportlab.platypus import (HRFlowable, KeepTogether, PageBreak, Paragraph,  # noqa: E402
                                SimpleDocTemplate, Spacer, Table, TableStyle, XPreformatted)

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402
import docs_e  # noqa: E402
import docs_f  # noqa: E402

ALL_DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS + docs_e.DOCS + docs_f.DOCS

# Neutral words for file names; position in md5 order picks the word.
WORDS = """basalt cinder delta ember fjord garnet hinge indigo jetty kelp lichen marble nectar onyx
pewter quartz russet sable tundra umber velvet willow yarrow zephyr bramble dune flint glacier
heather iris jasper lagoon mesa nutmeg opal reed thyme vale yew zinc aspen bison coral dahlia
egret gull hazel ivory juniper kiln lotus nimbus oxbow prism quince rapids saffron tinder urchin
walnut""".split()

COVERAGES = ("vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear")
UNITS = ("user", "provider", "location", "organization", None)
PERIODS = ("year", "month", "one_time", None)

THEMES = {
    # body font, bold, italic, heading font, size, alignment, side margin
    "legal": dict(body="Times-Roman", bold="Times-Bold", head="Times-Bold", size=10.5,
                  align=TA_JUSTIFY, margin=0.95 * inch),
    "legal_sans": dict(body="Times-Roman", bold="Times-Bold", head="Helvetica-Bold", size=10.5,
                       align=TA_JUSTIFY, margin=0.9 * inch),
    "modern": dict(body="Helvetica", bold="Helvetica-Bold", head="Helvetica-Bold", size=9.5,
                   align=TA_LEFT, margin=0.8 * inch),
    "web": dict(body="Helvetica", bold="Helvetica-Bold", head="Helvetica-Bold", size=10,
                align=TA_LEFT, margin=0.85 * inch),
    "mono": dict(body="Courier", bold="Courier-Bold", head="Courier-Bold", size=9,
                 align=TA_LEFT, margin=0.8 * inch),
    "letter": dict(body="Times-Roman", bold="Times-Bold", head="Helvetica-Bold", size=11,
                   align=TA_LEFT, margin=1.05 * inch),
    "email": dict(body="Helvetica", bold="Helvetica-Bold", head="Helvetica-Bold", size=10,
                  align=TA_LEFT, margin=0.9 * inch),
}

_AMP = re.compile(r"&(?![A-Za-z]+;|#\d+;)")


def esc(t):
    return _AMP.sub("&amp;", t)


def styles(theme, size):
    th = THEMES[theme]
    lead = size * 1.28
    s = {}
    s["p"] = ParagraphStyle("p", fontName=th["body"], fontSize=size, leading=lead,
                            alignment=th["align"], spaceAfter=size * 0.5)
    s["h1"] = ParagraphStyle("h1", fontName=th["head"], fontSize=size + 5, leading=(size + 5) * 1.2,
                             spaceAfter=size * 0.6, alignment=TA_LEFT)
    s["h2"] = ParagraphStyle("h2", fontName=th["head"], fontSize=size + 2, leading=(size + 2) * 1.25,
                             spaceBefore=size * 0.5, spaceAfter=size * 0.4)
    s["h3"] = ParagraphStyle("h3", fontName=th["head"], fontSize=size + 0.5, leading=(size + 0.5) * 1.25,
                             spaceBefore=size * 0.45, spaceAfter=size * 0.2)
    s["n"] = ParagraphStyle("n", parent=s["p"], leftIndent=size * 2.6, firstLineIndent=-size * 2.6)
    s["bul"] = ParagraphStyle("bul", parent=s["p"], leftIndent=size * 1.6, firstLineIndent=-size * 0.9,
                              spaceAfter=size * 0.25)
    s["q"] = ParagraphStyle("q", parent=s["p"], fontName=th["bold"], spaceBefore=size * 0.5, spaceAfter=size * 0.2,
                            alignment=TA_LEFT)
    s["a"] = ParagraphStyle("a", parent=s["p"], leftIndent=size * 1.2)
    s["fn"] = ParagraphStyle("fn", parent=s["p"], fontSize=size - 1.5, leading=(size - 1.5) * 1.25,
                             alignment=TA_LEFT, spaceAfter=size * 0.25)
    s["cell"] = ParagraphStyle("cell", fontName=th["body"], fontSize=size - 0.5, leading=(size - 0.5) * 1.2,
                               alignment=TA_LEFT)
    s["cellr"] = ParagraphStyle("cellr", parent=s["cell"], alignment=TA_RIGHT)
    s["cellh"] = ParagraphStyle("cellh", parent=s["cell"], fontName=th["bold"])
    s["cellhr"] = ParagraphStyle("cellhr", parent=s["cellh"], alignment=TA_RIGHT)
    s["cells"] = ParagraphStyle("cells", parent=s["cell"], fontSize=size - 1.5, leading=(size - 1.5) * 1.2)
    s["cellsr"] = ParagraphStyle("cellsr", parent=s["cells"], alignment=TA_RIGHT)
    s["cellsh"] = ParagraphStyle("cellsh", parent=s["cells"], fontName=th["bold"])
    s["cellshr"] = ParagraphStyle("cellshr", parent=s["cellsh"], alignment=TA_RIGHT)
    s["mono"] = ParagraphStyle("mono", fontName="Courier", fontSize=size - 0.5, leading=(size - 0.5) * 1.25,
                               spaceAfter=size * 0.5)
    s["center"] = ParagraphStyle("center", parent=s["p"], alignment=TA_CENTER)
    s["right"] = ParagraphStyle("right", parent=s["p"], alignment=TA_RIGHT)
    s["kvk"] = ParagraphStyle("kvk", parent=s["cell"], fontName=th["bold"])
    s["kvv"] = ParagraphStyle("kvv", parent=s["cell"])
    s["kvkm"] = ParagraphStyle("kvkm", parent=s["cell"], fontName="Courier-Bold")
    s["kvvm"] = ParagraphStyle("kvvm", parent=s["cell"], fontName="Courier")
    s["sig"] = ParagraphStyle("sig", parent=s["cell"], leading=size * 1.7)
    return s


def flow(blocks, st, width):
    out = []
    for b in blocks:
        kind = b[0]
        if kind in ("h1", "h2", "h3"):
            out.append(Paragraph(esc(b[1]), st[kind]))
        elif kind == "p":
            kw = b[2]
            style = st[kw.get("style", "p")]
            if "lead" in kw:  # letterheads and banners set a larger leading
                style = ParagraphStyle(style.name + "_l", parent=style, leading=kw["lead"])
            out.append(Paragraph(esc(b[1]), style))
        elif kind == "n":
            out.append(Paragraph(f"{esc(b[1])}<font size='1'> </font>&nbsp;&nbsp;{esc(b[2])}", st["n"]))
        elif kind == "bullets":
            for it in b[1]:
                out.append(Paragraph("\u2022&nbsp;&nbsp;" + esc(it), st["bul"]))
        elif kind == "qa":
            out.append(KeepTogether([Paragraph(esc(b[1]), st["q"]), Paragraph(esc(b[2]), st["a"])]))
        elif kind == "fn":
            out.append(Paragraph(esc(b[1]), st["fn"]))
        elif kind == "sp":
            out.append(Spacer(1, b[1]))
        elif kind == "hr":
            out.append(HRFlowable(width="100%", thickness=0.6, color=colors.grey, spaceBefore=3, spaceAfter=6))
        elif kind == "pagebreak":
            out.append(PageBreak())
        elif kind == "mono":
            out.append(XPreformatted(esc(b[1]), st["mono"]))
        elif kind == "center":
            out.append(Paragraph(esc(b[1]), st["center"]))
        elif kind == "right":
            out.append(Paragraph(esc(b[1]), st["right"]))
        elif kind == "kv":
            mono = b[2]
            ks, vs = (st["kvkm"], st["kvvm"]) if mono else (st["kvk"], st["kvv"])
            data = [[Paragraph(esc(k), ks), Paragraph(esc(v), vs)] for k, v in b[1]]
            t = Table(data, colWidths=[width * 0.26, width * 0.74])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5)]))
            out.append(t)
            out.append(Spacer(1, 6))
        elif kind == "sig":
            cells = []
            for label, name in (b[1], b[2]):
                nm = esc(name) if name else "______________________________"
                cells.append(Paragraph(f"<b>{esc(label)}</b><br/>By: ______________________________<br/>"
                                       f"Name: {nm}<br/>Title: ___________________________<br/>"
                                       f"Date: ____________________", st["sig"]))
            t = Table([cells], colWidths=[width * 0.5, width * 0.5])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            out.append(Spacer(1, 8))
            out.append(KeepTogether([t]))
        elif kind == "table":
            rows, o = b[1], b[2]
            small = o["small"]
            data = []
            for ri, row in enumerate(rows):
                is_head = o["header"] and ri == 0
                is_last_bold = o["boldlast"] and ri == len(rows) - 1
                cr = []
                for ci, cell in enumerate(row):
                    right = ci in o["right"]
                    if is_head or is_last_bold:
                        key = ("cellsh" if small else "cellh") + ("r" if right else "")
                    else:
                        key = ("cells" if small else "cell") + ("r" if right else "")
                    cr.append(Paragraph(esc(cell), st[key]))
                data.append(cr)
            ncol = len(rows[0])
            fr = o["widths"] or [1.0 / ncol] * ncol
            t = Table(data, colWidths=[width * f for f in fr], repeatRows=1 if o["header"] else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
            if o["ruled"]:
                cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.grey)]
                if o["header"]:
                    cmds += [("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88))]
            else:
                cmds += [("LEFTPADDING", (0, 0), (-1, -1), 1)]
            t.setStyle(TableStyle(cmds))
            out.append(t)
            out.append(Spacer(1, 7))
        else:
            raise ValueError(f"unknown block {kind}")
    return out


def render(doc, size=None):
    """Render one document to PDF bytes; shrink the font until it fits on two pages."""
    th = THEMES[doc["theme"]]
    size = size or doc.get("size") or th["size"]
    while True:
        buf = io.BytesIO()
        pages = [0]
        header = doc.get("header")
        footer = doc.get("footer")
        hf_font = doc.get("hf_font", "Helvetica")

        def on_page(canv, d):
            pages[0] = max(pages[0], d.page)
            canv.saveState()
            canv.setFont(hf_font, 7.5)
            canv.setFillColor(colors.Color(0.3, 0.3, 0.3))
            if header:
                canv.drawString(th["margin"], letter[1] - 0.5 * inch, header)
            y = 0.45 * inch
            if footer:
                canv.drawString(th["margin"], y, footer)
            canv.drawRightString(letter[0] - th["margin"], y, f"Page {d.page}")
            canv.restoreState()

        d = SimpleDocTemplate(buf, pagesize=letter, leftMargin=th["margin"], rightMargin=th["margin"],
                              topMargin=0.8 * inch, bottomMargin=0.75 * inch,
                              title=doc["title"], author="", subject="", creator="blind_k build.py",
                              producer="ReportLab")
        width = letter[0] - 2 * th["margin"] - 12  # frame has 6pt padding each side
        st = styles(doc["theme"], size)
        d.build(flow(doc["blocks"], st, width), onFirstPage=on_page, onLaterPages=on_page)
        if pages[0] <= 2 or size <= 7.5:
            return buf.getvalue(), pages[0], size
        size -= 0.5


def ordered():
    keys = [d["key"] for d in ALL_DOCS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(ALL_DOCS) <= len(WORDS)
    docs = sorted(ALL_DOCS, key=lambda d: hashlib.md5(("blind_k:" + d["key"]).encode()).hexdigest())
    return [(f"k{i + 1:02d}_{WORDS[i]}.pdf", d) for i, d in enumerate(docs)]


def terms(doc):
    fee = doc.get("fee")
    if fee is not None:
        amount, unit, period = fee
        assert doc["coverage"] == "pass_through"
        assert unit in UNITS and period in PERIODS
        fee = {"amount": float(amount), "currency": "USD", "period": period, "unit": unit}
    assert doc["coverage"] in COVERAGES
    return {"coverage": doc["coverage"], "cpt_fee": fee, "vendor": doc["vendor"]}


def all_text(doc):
    parts = []
    for b in doc["blocks"]:
        for x in b[1:]:
            if isinstance(x, str):
                parts.append(x)
            elif isinstance(x, (list, tuple)):
                for y in x:
                    if isinstance(y, str):
                        parts.append(y)
                    elif isinstance(y, (list, tuple)):
                        parts.extend(z for z in y if isinstance(z, str))
    for k in ("header", "footer", "title"):
        if doc.get(k):
            parts.append(doc[k])
    return "\n".join(parts)


def build(out_dir):
    os.makedirs(out_dir, exist_ok=True)
    labels = {}
    report = []
    for fname, doc in ordered():
        txt = all_text(doc)
        txt.encode("cp1252")  # standard PDF fonts: WinAnsi only
        data, pages, size = render(doc)
        with open(os.path.join(out_dir, fname), "wb") as f:
            f.write(data)
        labels[fname] = {"description": doc["desc"], "status": "ok", "terms": terms(doc)}
        report.append((fname, pages, size, doc["key"]))
    with open(os.path.join(out_dir, "labels.json"), "w") as f:
        json.dump({"contracts": labels}, f, indent=2)
        f.write("\n")
    return report


def norm(s):
    return " ".join(s.split())


def check(out_dir):
    import pypdfium2 as pdfium
    ok = True
    labels = json.load(open(os.path.join(out_dir, "labels.json")))["contracts"]
    counts = {}
    for fname, doc in ordered():
        path = os.path.join(out_dir, fname)
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        text = ""
        for i in range(n):
            tp = pdf[i].get_textpage()
            t = tp.get_text_range()
            if not t.strip():
                print(f"FAIL {fname}: page {i + 1} has no text layer")
                ok = False
            text += t + "\n"
        pdf.close()
        if n > 2:
            print(f"FAIL {fname}: {n} pages")
            ok = False
        if norm(doc["vendor"]) not in norm(text):
            print(f"FAIL {fname}: vendor string {doc['vendor']!r} not found in text")
            ok = False
        again, _, _ = render(doc)
        if again != open(path, "rb").read():
            print(f"FAIL {fname}: second build differs")
            ok = False
        lab = labels[fname]["terms"]
        counts[lab["coverage"]] = counts.get(lab["coverage"], 0) + 1
    print("coverage counts:", counts, "total:", sum(counts.values()))
    print("ALL CHECKS PASSED" if ok else "SOME CHECKS FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    rep = build(a.out)
    for fname, pages, size, key in rep:
        print(f"{fname:24s} pages={pages} size={size:<5} {key}")
    if a.check:
        sys.exit(0 if check(a.out) else 1)


if __name__ == "__main__":
    main()
