"""Build the blind_y test set: render every PDF and write labels.json.

    python build.py           render all PDFs and labels.json into this folder
    python build.py --check   re-render in memory and verify the files on disk (byte-identical PDFs and
                              labels.json, 1-4 pages with text on each, vendor name present, no file-name word
                              in any text, every e-mail / web address ends in .example)
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import layout  # noqa: E402,F401  (sets rl_config.invariant before any rendering)
import docs_cml  # noqa: E402
import docs_na  # noqa: E402
import docs_pt  # noqa: E402
import docs_un  # noqa: E402
import docs_vc  # noqa: E402

TREES = [
    "alder", "birch", "rowan", "larch", "linden", "hornbeam", "sycamore", "aspen", "poplar", "cypress",
    "hemlock", "sequoia", "redwood", "magnolia", "acacia", "baobab", "banyan", "catalpa", "chestnut", "dogwood",
    "eucalyptus", "ginkgo", "hawthorn", "hickory", "jacaranda", "kapok", "mahogany", "mulberry", "pawpaw", "pecan",
    "persimmon", "quince", "sassafras", "tamarack", "teak", "tupelo", "walnut", "yellowwood", "zelkova", "almond",
    "apricot", "beech", "buckeye", "butternut", "cottonwood", "hackberry", "ironwood", "kauri", "mimosa", "myrtle",
    "nutmeg", "tamarind", "alerce", "juniper", "spruce", "willow", "cedar", "sumac", "blackthorn", "basswood",
]
assert len(TREES) == 60 and len(set(TREES)) == 60

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = docs_pt.DOCS + docs_vc.DOCS + docs_cml.DOCS + docs_na.DOCS + docs_un.DOCS
    keys = [d["key"] for d in docs]
    assert len(keys) == 60, len(keys)
    assert len(set(keys)) == 60, "duplicate keys"
    docs.sort(key=lambda d: hashlib.sha256(("blind_y:" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "y%02d_%s.pdf" % (i + 1, TREES[i])
    return docs


def render_all():
    out = {}
    labels = {}
    for d in all_docs():
        spec = dict(d["spec"])
        spec.setdefault("pdf_title", "")
        spec.setdefault("pdf_author", "")
        out[d["file"]] = layout.render(spec)
        labels[d["file"]] = {"description": d["desc"], "status": "ok",
                             "terms": {"coverage": d["coverage"], "cpt_fee": d["fee"], "vendor": d["vendor"]}}
    lab = json.dumps({"contracts": labels}, indent=2, ensure_ascii=False) + "\n"
    return out, lab


def validate_labels(docs):
    errs = []
    for d in docs:
        if d["coverage"] not in COVERAGES:
            errs.append("%s: bad coverage" % d["key"])
        f = d["fee"]
        if d["coverage"] != "pass_through" and f is not None:
            errs.append("%s: fee on non-pass-through" % d["key"])
        if f is not None:
            if set(f) != {"amount", "currency", "unit", "period"} or f["currency"] != "USD":
                errs.append("%s: bad fee keys" % d["key"])
            if not isinstance(f["amount"], (int, float)) or not (1 <= f["amount"] <= 400):
                errs.append("%s: amount out of range" % d["key"])
            if f["unit"] not in UNITS or f["period"] not in PERIODS:
                errs.append("%s: bad unit/period" % d["key"])
    return errs


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+[A-Za-z0-9])")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+[A-Za-z0-9])", re.I)
DOMAINLIKE = re.compile(r"\b([a-z0-9-]+\.)+(com|org|net|gov|edu|io|co|us|health|ai)\b", re.I)


def page_texts(pdf_bytes):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(pdf_bytes)
    texts = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        texts.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return texts


def check():
    docs = all_docs()
    errs = validate_labels(docs)
    out, lab = render_all()
    for name, data in out.items():
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errs.append("%s: missing on disk" % name)
        elif open(path, "rb").read() != data:
            errs.append("%s: differs from fresh render" % name)
    disk_pdfs = {f for f in os.listdir(HERE) if f.endswith(".pdf")}
    for extra in sorted(disk_pdfs - set(out)):
        errs.append("%s: stray PDF on disk" % extra)
    lp = os.path.join(HERE, "labels.json")
    if not os.path.exists(lp) or open(lp, encoding="utf-8").read() != lab:
        errs.append("labels.json differs from fresh build")
    tally = {}
    for d in docs:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
        texts = page_texts(out[d["file"]])
        if not 1 <= len(texts) <= 4:
            errs.append("%s: %d pages" % (d["file"], len(texts)))
        for i, t in enumerate(texts):
            if len(t.strip()) < 40:
                errs.append("%s: page %d has no text" % (d["file"], i + 1))
        flat = re.sub(r"\s+", " ", " ".join(texts))
        if d["vendor"] not in flat:
            errs.append("%s: vendor name %r not found in text" % (d["file"], d["vendor"]))
        low = flat.lower()
        for w in TREES:
            if re.search(r"\b%s\b" % w, low):
                errs.append("%s: tree word %r appears in text" % (d["file"], w))
        for m in EMAIL.finditer(flat):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: e-mail %r not .example" % (d["file"], m.group(0)))
        for m in URL.finditer(flat):
            if not m.group(1).lower().endswith(".example"):
                errs.append("%s: web address %r not .example" % (d["file"], m.group(0)))
        for m in DOMAINLIKE.finditer(flat):
            errs.append("%s: domain-like %r" % (d["file"], m.group(0)))
    for e in errs:
        print("ERROR:", e)
    print("tally:", dict(sorted(tally.items())))
    print("checked %d PDFs: %s" % (len(out), "OK" if not errs else "%d problem(s)" % len(errs)))
    return 0 if not errs else 1


def build():
    docs = all_docs()
    errs = validate_labels(docs)
    if errs:
        for e in errs:
            print("ERROR:", e)
        return 1
    out, lab = render_all()
    for f in os.listdir(HERE):
        if f.endswith(".pdf") and f not in out:
            os.remove(os.path.join(HERE, f))
    for name, data in out.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(lab)
    print("wrote %d PDFs and labels.json" % len(out))
    return 0


if __name__ == "__main__":
    sys.exit(check() if "--check" in sys.argv[1:] else build())
