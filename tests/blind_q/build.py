#!/usr/bin/env python3
"""Render the blind_q test set (PDFs + labels.json) deterministically.

Usage:  python build.py          # write PDFs and labels.json next to this file
        python build.py --check  # render twice, compare bytes, verify text and vendor names
"""
import hashlib, io, json, os, re, sys
from xml.sax.saxutils import escape

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter, A4
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, KeepTogether, XPreformatted)
from reportlab.platypus.flowables import HRFlowable
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

SYMBOL_FONT = None
_DJ = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
if os.path.exists(_DJ):
    pdfmetrics.registerFont(TTFont("DejaVuSans", _DJ))
    SYMBOL_FONT = "DejaVuSans"

FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "Times": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "Courier": ("Courier", "Courier-Bold", "Courier-Oblique"),
}


def load_docs():
    docs = []
    for mod in ("docs_a", "docs_b", "docs_c", "docs_d"):
        m = __import__(mod)
        docs.extend(m.DOCS)
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    return docs


def file_names(docs):
    order = sorted(docs, key=lambda d: hashlib.sha256(("blind_q:" + d["key"]).encode()).hexdigest())
    names = {}
    for i, d in enumerate(order, 1):
        names[d["key"]] = "q%02d_%s.pdf" % (i, d["word"])
    return order, names


def mk(text, sym=True, br=True):
    """Escape plain text; **bold**, __italic__; check/cross marks in a symbol font."""
    t = escape(text)
    t = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", t)
    t = re.sub(r"__([A-Za-z][^_]*?)__", r"<i>\1</i>", t)
    if br:
        t = t.replace("\n", "<br/>")
    if sym:
        for ch in ("\u2713", "\u2717", "\u2610", "\u2611"):
            if ch in t:
                if SYMBOL_FONT:
                    t = t.replace(ch, '<font name="%s">%s</font>' % (SYMBOL_FONT, ch))
                else:
                    t = t.replace(ch, {"\u2713": "Yes", "\u2717": "No", "\u2610": "[ ]", "\u2611": "[x]"}[ch])
    return t


class Styles:
    def __init__(self, fam, base=9.5):
        r, b, i = FAMILIES[fam]
        self.r, self.b, self.i = r, b, i
        lead = base * 1.3
        self.p = ParagraphStyle("p", fontName=r, fontSize=base, leading=lead, spaceAfter=5)
        self.small = ParagraphStyle("s", parent=self.p, fontSize=base - 2, leading=(base - 2) * 1.3,
                                    textColor=colors.HexColor("#555555"))
        self.h1 = ParagraphStyle("h1", parent=self.p, fontName=b, fontSize=base + 7, leading=(base + 7) * 1.25,
                                 spaceBefore=4, spaceAfter=8)
        self.h2 = ParagraphStyle("h2", parent=self.p, fontName=b, fontSize=base + 3, leading=(base + 3) * 1.25,
                                 spaceBefore=8, spaceAfter=4)
        self.h3 = ParagraphStyle("h3", parent=self.p, fontName=b, fontSize=base + 1, leading=(base + 1) * 1.25,
                                 spaceBefore=6, spaceAfter=3)
        self.crumbs = ParagraphStyle("c", parent=self.small, textColor=colors.HexColor("#1a5fa8"))
        self.quote = ParagraphStyle("q", parent=self.p, leftIndent=16, textColor=colors.HexColor("#444444"))
        self.cell = ParagraphStyle("cell", parent=self.p, fontSize=base - 1, leading=(base - 1) * 1.25, spaceAfter=0)
        self.cellb = ParagraphStyle("cellb", parent=self.cell, fontName=b)
        self.mono = ParagraphStyle("m", parent=self.p, fontName="Courier", fontSize=base - 1, leading=(base - 1) * 1.3)
        self.bul = ParagraphStyle("bul", parent=self.p, leftIndent=14, bulletIndent=4, spaceAfter=3)


def build_table(rows, opts, st, avail):
    widths = opts.get("widths")
    ncol = max(len(r) for r in rows)
    if widths:
        cw = [avail * w for w in widths]
    else:
        cw = [avail / ncol] * ncol
    header = opts.get("header", True)
    data = []
    for ri, row in enumerate(rows):
        row = list(row) + [""] * (ncol - len(row))
        sty = st.cellb if (header and ri == 0) or (opts.get("bold_last") and ri == len(rows) - 1) else st.cell
        data.append([Paragraph(mk(str(c)), sty) for c in row])
    t = Table(data, colWidths=cw, hAlign="LEFT")
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    ruled = opts.get("ruled", True)
    if ruled == "grid" or ruled is True:
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")))
    elif ruled == "lines":
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")))
    if header:
        if opts.get("shade", True) and ruled:
            cmds.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
        if not ruled:
            cmds.append(("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black))
    t.setStyle(TableStyle(cmds))
    return t


def render(doc):
    fam = doc.get("font", "Helvetica")
    st = Styles(fam, doc.get("size", 10.5 if fam == "Times" else 10))
    pagesize = A4 if doc.get("page") == "A4" else letter
    buf = io.BytesIO()
    lm = doc.get("margin", 0.8) * inch
    header = doc.get("header")
    footer = doc.get("footer")

    def deco(canv, d):
        canv.saveState()
        w, h = pagesize
        canv.setFont(st.r, 7)
        canv.setFillColor(colors.HexColor("#666666"))
        if header:
            canv.drawString(lm, h - 0.45 * inch, header[0])
            if len(header) > 1:
                canv.drawRightString(w - lm, h - 0.45 * inch, header[1])
        if footer:
            canv.drawString(lm, 0.45 * inch, footer)
        pn = doc.get("pagenum", "%d")
        canv.drawRightString(w - lm, 0.45 * inch, pn % canv.getPageNumber())
        canv.restoreState()

    sd = SimpleDocTemplate(buf, pagesize=pagesize, leftMargin=lm, rightMargin=lm,
                           topMargin=0.75 * inch, bottomMargin=0.75 * inch,
                           title=doc.get("title", doc["key"]), author="", subject="", creator="blind_q build",
                           producer="ReportLab")
    avail = pagesize[0] - 2 * lm
    story = []
    for blk in doc["blocks"]:
        kind = blk[0]
        if kind == "mono":
            story.append(XPreformatted(mk(blk[1], br=False), st.mono))
        elif kind in ("p", "small", "h1", "h2", "h3", "crumbs"):
            story.append(Paragraph(mk(blk[1]), getattr(st, kind)))
        elif kind == "banner":
            t = Table([[Paragraph(mk(blk[1]), st.small)]], colWidths=[avail])
            t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#888888")),
                                   ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f2f2f2"))]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "ul":
            for it in blk[1]:
                story.append(Paragraph(mk(it), st.bul, bulletText="\u2022"))
        elif kind == "ol":
            for n, it in enumerate(blk[1], 1):
                story.append(Paragraph(mk(it), st.bul, bulletText="%d." % n))
        elif kind == "check":
            for done, it in blk[1]:
                mark = "\u2611" if done else "\u2610"
                story.append(Paragraph(mk(mark + "  " + it), st.bul))
        elif kind == "quote":
            for para in blk[1]:
                story.append(Paragraph(mk(para), st.quote))
        elif kind == "table":
            opts = blk[2] if len(blk) > 2 else {}
            story.append(build_table(blk[1], opts, st, avail))
            story.append(Spacer(1, 6))
        elif kind == "kv":
            rows = [[Paragraph(mk(k), st.cellb), Paragraph(mk(v), st.cell)] for k, v in blk[1]]
            t = Table(rows, colWidths=[avail * 0.28, avail * 0.72], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "email":
            rows = [[Paragraph(mk(k + ":"), st.cellb), Paragraph(mk(v), st.cell)] for k, v in blk[1]]
            t = Table(rows, colWidths=[avail * 0.14, avail * 0.86], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "sig":
            left, right = blk[1], blk[2]
            t = Table([[Paragraph(mk("\n".join(left)), st.cell), Paragraph(mk("\n".join(right)), st.cell)]],
                      colWidths=[avail / 2, avail / 2], hAlign="LEFT")
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(Spacer(1, 10))
            story.append(t)
        elif kind == "hr":
            story.append(HRFlowable(width="100%", thickness=0.6, color=colors.HexColor("#999999"),
                                    spaceBefore=4, spaceAfter=6))
        elif kind == "sp":
            story.append(Spacer(1, blk[1]))
        elif kind == "pb":
            story.append(PageBreak())
        else:
            raise ValueError("unknown block %r in %s" % (kind, doc["key"]))
    sd.build(story, onFirstPage=deco, onLaterPages=deco)
    return buf.getvalue()


def labels(docs, names):
    out = {}
    for d in sorted(docs, key=lambda d: names[d["key"]]):
        lab = d["label"]
        fee = lab.get("fee")
        if lab["coverage"] != "pass_through":
            assert fee is None, d["key"]
        cpt_fee = None
        if fee is not None:
            amount, unit, period = fee
            assert unit in ("user", "provider", "location", "organization", None), d["key"]
            assert period in ("year", "month", "one_time", None), d["key"]
            cpt_fee = {"amount": amount, "currency": "USD", "unit": unit, "period": period}
        assert lab["coverage"] in ("vendor_covers", "pass_through", "customer_must_license",
                                   "not_addressed", "unclear"), d["key"]
        out[names[d["key"]]] = {"description": d["desc"], "status": "ok",
                                "terms": {"coverage": lab["coverage"], "cpt_fee": cpt_fee,
                                          "vendor": lab["vendor"]}}
    return {"contracts": out}


def build_all(outdir):
    docs = load_docs()
    order, names = file_names(docs)
    blobs = {}
    for d in order:
        blobs[names[d["key"]]] = render(d)
    lab = labels(docs, names)
    for fn, b in blobs.items():
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(b)
    with open(os.path.join(outdir, "labels.json"), "w") as f:
        json.dump(lab, f, indent=2, sort_keys=False)
        f.write("\n")
    return docs, names, blobs, lab


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check():
    import pypdfium2 as pdfium
    docs = load_docs()
    order, names = file_names(docs)
    ok = True
    tally = {}
    for d in order:
        fn = names[d["key"]]
        a = render(d)
        b = render(d)
        if a != b:
            print("NOT DETERMINISTIC:", fn); ok = False
        on_disk = os.path.join(HERE, fn)
        if not os.path.exists(on_disk) or open(on_disk, "rb").read() != a:
            print("STALE OR MISSING ON DISK:", fn); ok = False
        pdf = pdfium.PdfDocument(a)
        texts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            t = tp.get_text_range()
            if not t.strip():
                print("EMPTY PAGE:", fn, i + 1); ok = False
            texts.append(t)
        n = len(pdf)
        if n > 3:
            print("MORE THAN 3 PAGES:", fn, n); ok = False
        full = norm(" ".join(texts))
        v = norm(d["label"]["vendor"])
        if v not in full:
            print("VENDOR NOT IN TEXT:", fn, v); ok = False
        c = d["label"]["coverage"]
        tally[c] = tally.get(c, 0) + 1
        pdf.close()
    lab = labels(docs, names)
    on = json.load(open(os.path.join(HERE, "labels.json")))
    if on != lab:
        print("labels.json differs from sources"); ok = False
    print("documents:", len(order), "tally:", dict(sorted(tally.items())))
    print("CHECK OK" if ok else "CHECK FAILED")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    docs, names, blobs, lab = build_all(HERE)
    print("wrote %d PDFs and labels.json to %s" % (len(blobs), HERE))
