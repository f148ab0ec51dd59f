#!/usr/bin/env python3
"""Render the blind_p test set deterministically.

Usage:  python build.py            # writes PDFs + labels.json next to this file
        python build.py --check    # renders twice, compares bytes, checks text and vendor names
"""
import hashlib, io, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, PageBreak,
                                Table, TableStyle, XPreformatted, KeepTogether)

import docs_a, docs_b, docs_c, docs_d

WORDS = ["alder", "basalt", "cobalt", "dunlin", "ember", "fescue", "garnet", "heron", "indigo", "juniper",
         "kestrel", "lichen", "marram", "nettle", "ochre", "plover", "quartz", "rowan", "sorrel", "tansy",
         "umber", "vetch", "willow", "yarrow", "zircon", "aster", "bramble", "cedar", "dogwood", "egret",
         "flint", "gorse", "hazel", "iris", "jasper", "kelp", "larch", "maple", "nutmeg", "onyx",
         "pumice", "quince", "rush", "slate", "thistle", "upland", "violet", "wren", "yew", "zinnia",
         "acorn", "bittern", "clover", "delta", "elm", "fennel", "gannet", "holly", "ivy", "jet"]

FONTS = {"Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
         "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
         "Courier": ("Courier", "Courier-Bold", "Courier-Oblique")}


def all_docs():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    order = sorted(docs, key=lambda d: hashlib.sha256(("blind_p:" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(order):
        d["file"] = "p%02d_%s.pdf" % (i + 1, WORDS[i])
    return order


def styles(font, two_col):
    reg, bold, ital = FONTS[font]
    base = 8.6 if two_col else (9.2 if font == "Courier" else 10)
    lead = base * 1.28
    S = {}
    S["p"] = ParagraphStyle("p", fontName=reg, fontSize=base, leading=lead, alignment=TA_JUSTIFY,
                            spaceAfter=base * 0.55)
    S["cl"] = ParagraphStyle("cl", parent=S["p"], leftIndent=base * 2.2, firstLineIndent=-base * 2.2)
    S["h"] = ParagraphStyle("h", fontName=bold, fontSize=base + 0.8, leading=lead + 1, spaceBefore=base * 0.6,
                            spaceAfter=base * 0.35, alignment=TA_LEFT)
    S["title"] = ParagraphStyle("title", fontName=bold, fontSize=base + (4 if two_col else 5), leading=lead + 6,
                                alignment=TA_CENTER, spaceAfter=base * 0.4)
    S["sub"] = ParagraphStyle("sub", fontName=reg, fontSize=base, leading=lead, alignment=TA_CENTER,
                              spaceAfter=base * 0.8)
    S["fn"] = ParagraphStyle("fn", fontName=reg, fontSize=base - 1.8, leading=(base - 1.8) * 1.25,
                             alignment=TA_LEFT, spaceAfter=2)
    S["small"] = ParagraphStyle("small", fontName=ital, fontSize=base - 1.2, leading=(base - 1.2) * 1.3,
                                alignment=TA_LEFT, spaceAfter=base * 0.5)
    S["pre"] = ParagraphStyle("pre", fontName="Courier", fontSize=(7.2 if two_col else 8.3),
                              leading=(7.2 if two_col else 8.3) * 1.3, spaceAfter=base * 0.6)
    S["cell"] = ParagraphStyle("cell", fontName=reg, fontSize=base - 0.6, leading=(base - 0.6) * 1.22)
    S["cellb"] = ParagraphStyle("cellb", parent=S["cell"], fontName=bold)
    S["_bold"] = bold
    return S


def flow(blocks, S, width):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("p", "h", "title", "sub", "fn", "small"):
            out.append(Paragraph(b[1], S[t]))
        elif t == "cl":
            out.append(Paragraph("<b>%s</b>&nbsp;&nbsp;%s" % (b[1], b[2]), S["cl"]))
        elif t == "pre":
            out.append(XPreformatted(b[1], S["pre"]))
        elif t == "pb":
            out.append(PageBreak())
        elif t == "sp":
            out.append(Spacer(1, b[1]))
        elif t == "tbl":
            rows = b[1]
            widths = b[2] if len(b) > 2 and b[2] else None
            ncol = len(rows[0])
            if widths is None:
                widths = [width * 0.46] + [width * 0.54 / (ncol - 1)] * (ncol - 1)
            else:
                widths = [width * w for w in widths]
            data = []
            for ri, r in enumerate(rows):
                st = S["cellb"] if ri == 0 else S["cell"]
                data.append([Paragraph(str(c), st) for c in r])
            tb = Table(data, colWidths=widths, hAlign="LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 2),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
            out.append(tb)
            out.append(Spacer(1, 6))
        elif t == "sig":
            left, right = b[1]
            cell = lambda who: Paragraph(
                "<b>%s</b><br/><br/>By: ______________________<br/>Name:<br/>Title:<br/>Date:" % who, S["cell"])
            tb = Table([[cell(left), cell(right)]], colWidths=[width / 2.0, width / 2.0], hAlign="LEFT")
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            out.append(Spacer(1, 8))
            out.append(KeepTogether([tb]))
        else:
            raise ValueError("unknown block %r" % (t,))
    return out


def render(d):
    buf = io.BytesIO()
    ps = letter if d["size"] == "letter" else A4
    W, H = ps
    m = 54 if d["size"] == "letter" else 50
    two = d["cols"] == 2
    S = styles(d["font"], two)
    ref = d["ref"]
    reg = FONTS[d["font"]][0]

    def deco(canv, doc_):
        canv.saveState()
        canv.setFont(reg, 7)
        txt = "%s    Page %d" % (ref, canv.getPageNumber()) if ref else "Page %d" % canv.getPageNumber()
        canv.drawCentredString(W / 2.0, 30, txt)
        canv.restoreState()

    doc_ = BaseDocTemplate(buf, pagesize=ps, leftMargin=m, rightMargin=m, topMargin=m, bottomMargin=m,
                           title=d["file"][:-4], author="blind_p test set", subject="", creator="blind_p build.py",
                           producer="ReportLab")
    fw = W - 2 * m
    fh = H - 2 * m
    if two:
        gap = 18
        cw = (fw - gap) / 2.0
        # first block(s) marked "full" go in a header frame on page 1? keep simple: both columns, title in col 1
        frames = [Frame(m, m, cw, fh, id="c1", leftPadding=0, rightPadding=0),
                  Frame(m + cw + gap, m, cw, fh, id="c2", leftPadding=0, rightPadding=0)]
        width = cw
    else:
        frames = [Frame(m, m, fw, fh, id="f", leftPadding=0, rightPadding=0)]
        width = fw
    doc_.addPageTemplates([PageTemplate(id="main", frames=frames, onPage=deco)])
    doc_.build(flow(d["blocks"], S, width))
    return buf.getvalue()


def labels(docs):
    out = {}
    for d in docs:
        out[d["file"]] = {"description": d["desc"], "status": "ok",
                          "terms": {"coverage": d["coverage"], "cpt_fee": d["fee"], "vendor": d["vendor"]}}
    return {"contracts": out}


def validate(docs):
    allowed = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
    for d in docs:
        assert d["coverage"] in allowed, d["key"]
        f = d["fee"]
        if f is not None:
            assert d["coverage"] == "pass_through", d["key"]
            assert set(f) == {"amount", "currency", "unit", "period"}, d["key"]
            assert f["unit"] in ("user", "provider", "location", "organization", None), d["key"]
            assert f["period"] in ("year", "month", "one_time", None), d["key"]


def build(outdir):
    docs = all_docs()
    validate(docs)
    for d in docs:
        with open(os.path.join(outdir, d["file"]), "wb") as fh:
            fh.write(render(d))
    with open(os.path.join(outdir, "labels.json"), "w") as fh:
        json.dump(labels(docs), fh, indent=2, sort_keys=True)
        fh.write("\n")
    return docs


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    import pypdfium2 as pdfium
    docs = all_docs()
    validate(docs)
    bad = 0
    pages_total = 0
    for d in docs:
        a = render(d)
        b = render(d)
        if a != b:
            print("NOT DETERMINISTIC:", d["file"]); bad += 1
        path = os.path.join(HERE, d["file"])
        if not os.path.exists(path) or open(path, "rb").read() != a:
            print("STALE OR MISSING (run build.py):", d["file"]); bad += 1
        pdf = pdfium.PdfDocument(a)
        texts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            t = tp.get_text_range()
            if not t.strip():
                print("EMPTY PAGE:", d["file"], i + 1); bad += 1
            texts.append(t)
        n = len(pdf)
        pages_total += n
        if not (1 <= n <= 5):
            print("PAGE COUNT %d:" % n, d["file"]); bad += 1
        full = norm(" ".join(texts))
        if norm(d["vendor"]) not in full:
            print("VENDOR NOT IN TEXT:", d["file"], d["vendor"]); bad += 1
        pdf.close()
    lab = json.load(open(os.path.join(HERE, "labels.json")))
    if lab != json.loads(json.dumps(labels(docs))):
        print("labels.json stale"); bad += 1
    print("%d documents, %d pages, %d problems" % (len(docs), pages_total, bad))
    return bad == 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    ds = build(HERE)
    from collections import Counter
    print("built %d documents" % len(ds), dict(Counter(d["coverage"] for d in ds)))
