#!/usr/bin/env python
"""Build (or --check) the blind_v CPT-licensing test set.

Usage (from the repository root):
    .venv/bin/python tests/blind_v/build.py           # render PDFs + labels.json
    .venv/bin/python tests/blind_v/build.py --check   # verify determinism and content
"""
import hashlib
import json
import os
import re
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from layout import render  # noqa: E402
import docs_pass, docs_vendor, docs_customer, docs_notaddr, docs_unclear  # noqa: E402

# Neutral file-name words; --check verifies none appears in any document's text.
WORDS = """
anvil basalt cairn dromedary egret fennel gazebo hemlock isthmus jackal kiln lichen
marmot nutmeg obsidian pagoda quince rampart saffron tundra umber vortex wombat yarrow
zircon abacus bramble cormorant dulcimer ember fjord garnet heron iguana jasper kelp
lupine mangrove narwhal ocelot parsnip quartz rhubarb sorrel toucan urchin walrus xylem
yucca zinnia almond bison cobalt dingo eland ferret gopher hazel
ibex jonquil koala lemur
""".split()

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = docs_vendor.DOCS + docs_pass.DOCS + docs_customer.DOCS + docs_notaddr.DOCS + docs_unclear.DOCS
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    docs.sort(key=lambda d: hashlib.sha256(("blind_v:" + d["key"]).encode()).hexdigest())
    assert len(docs) <= len(WORDS)
    for i, d in enumerate(docs, 1):
        d["file"] = "v%02d_%s.pdf" % (i, WORDS[i - 1])
    return docs


def label(d):
    fee = None
    if d["fee"] is not None:
        amt, unit, period = d["fee"]
        fee = {"amount": float(amt), "currency": "USD", "unit": unit, "period": period}
    return {"description": d["desc"], "status": "ok",
            "terms": {"coverage": d["coverage"], "cpt_fee": fee, "vendor": d["vendor"]}}


def labels(docs):
    return {"contracts": {d["file"]: label(d) for d in docs}}


def validate(docs):
    for d in docs:
        assert d["coverage"] in COVERAGES, d["key"]
        if d["fee"] is not None:
            assert d["coverage"] == "pass_through", d["key"]
            assert d["fee"][1] in UNITS and d["fee"][2] in PERIODS, d["key"]


def norm(s):
    s = s.replace("\r", " ").replace("\n", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s)


def pdf_text_pages(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        pages.append(tp.get_text_range())
    pdf.close()
    return pages


def build():
    docs = all_docs()
    validate(docs)
    keep = {d["file"] for d in docs}
    for f in os.listdir(HERE):
        if re.match(r"v\d\d_.*\.pdf$", f) and f not in keep:
            os.remove(os.path.join(HERE, f))
    for d in docs:
        with open(os.path.join(HERE, d["file"]), "wb") as fh:
            fh.write(render(d))
    with open(os.path.join(HERE, "labels.json"), "w") as fh:
        json.dump(labels(docs), fh, indent=2, sort_keys=True)
        fh.write("\n")
    print("built %d PDFs" % len(docs))


def check():
    docs = all_docs()
    validate(docs)
    errors = []
    texts = {}
    for d in docs:
        p = os.path.join(HERE, d["file"])
        if not os.path.exists(p):
            errors.append("missing " + d["file"])
            continue
        with open(p, "rb") as fh:
            if fh.read() != render(d):
                errors.append("not byte-identical on re-render: " + d["file"])
        try:
            pages = pdf_text_pages(p)
        except Exception as e:  # noqa: BLE001
            errors.append("cannot open %s: %s" % (d["file"], e))
            continue
        if not 1 <= len(pages) <= 4:
            errors.append("%s has %d pages" % (d["file"], len(pages)))
        for i, t in enumerate(pages):
            if len(t.strip()) < 20:
                errors.append("%s page %d has no extractable text" % (d["file"], i + 1))
        full = norm(" ".join(pages))
        texts[d["file"]] = full.lower()
        if norm(d["vendor"]) not in full:
            errors.append("vendor name not found in " + d["file"] + ": " + d["vendor"])
    for d in docs:
        w = d["file"][4:-4]
        for f, t in texts.items():
            if re.search(r"\b%s\b" % re.escape(w), t):
                errors.append("file word %r appears in %s" % (w, f))
    with open(os.path.join(HERE, "labels.json")) as fh:
        if json.load(fh) != labels(docs):
            errors.append("labels.json out of date")
    extra = [f for f in os.listdir(HERE) if f.endswith(".pdf") and f not in {d["file"] for d in docs}]
    if extra:
        errors.append("unexpected PDFs: %s" % extra)
    if errors:
        print("\n".join(errors))
        print("CHECK FAILED (%d problems)" % len(errors))
        sys.exit(1)
    print("check ok: %d PDFs byte-identical, text on every page, vendor names present" % len(docs))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        build()
