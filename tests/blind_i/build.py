#!/usr/bin/env python
"""Deterministic builder for the blind_i test set (PDFs + labels.json).

Usage:
    python build.py                 # writes iNN_<word>.pdf and labels.json next to this file
    python build.py --out DIR       # writes them into DIR instead
    python build.py --check [DIR]   # opens every PDF with pypdfium2 and checks text + vendor

No randomness: documents are ordered by the md5 of their internal key, so neither the file
name nor the position reveals the label.  reportlab runs with rl_config.invariant = 1.
"""
import glob
import hashlib
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import _bi_docs_c  # noqa: E402
import _bi_docs_nu  # noqa: E402
import _bi_docs_p  # noqa: E402
import _bi_docs_v  # noqa: E402
from _bi_render import render  # noqa: E402

SALT = "blind_i/2025"

WORDS = [
    "anchor", "basket", "canvas", "dial", "easel", "fiddle", "gable", "hinge", "index",
    "jigsaw", "kettle", "ladder", "magnet", "needle", "oval", "pedal", "quartz", "ribbon",
    "saddle", "tablet", "umbra", "velvet", "wagon", "yarrow", "zenith", "atlas", "bolt",
    "cobble", "dune", "envoy", "flint", "gauge", "helix", "iris", "jade", "knot", "lumen",
    "mosaic", "nickel", "opal", "prism", "quiver", "rivet", "sable", "tundra", "urchin",
    "vector", "walnut", "xylem", "yonder", "zephyr", "acorn", "cipher", "domino", "ferry",
    "glacier", "hazel", "ivory", "jasper", "kiln", "lotus", "mortar", "nectar", "orbit",
    "pillar", "radish", "sprocket", "thimble", "violet", "pebble", "spindle",
]


def all_docs():
    docs = []
    for mod in (_bi_docs_p, _bi_docs_v, _bi_docs_c, _bi_docs_nu):
        docs.extend(mod.DOCS)
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    docs.sort(key=lambda d: hashlib.md5((SALT + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs, 1):
        d["file"] = "i%02d_%s.pdf" % (i, WORDS[i - 1])
    return docs


def label(d):
    fee = None
    if d["fee"] is not None:
        amount, unit, period = d["fee"]
        fee = {"amount": float(amount), "currency": "USD", "unit": unit, "period": period}
    return {"description": d["description"], "status": "ok",
            "terms": {"coverage": d["coverage"], "cpt_fee": fee, "vendor": d["vendor"]}}


def build(out):
    os.makedirs(out, exist_ok=True)
    for old in glob.glob(os.path.join(out, "i[0-9][0-9]_*.pdf")):
        os.remove(old)
    docs = all_docs()
    labels = {"contracts": {}}
    for d in docs:
        render(os.path.join(out, d["file"]), d["blocks"], d.get("theme"), d["file"][:3])
        labels["contracts"][d["file"]] = label(d)
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False, sort_keys=False)
        fh.write("\n")
    return docs


def check(out):
    import pypdfium2 as pdfium

    with open(os.path.join(out, "labels.json"), encoding="utf-8") as fh:
        labels = json.load(fh)["contracts"]
    problems, counts = [], {}
    for name, lab in labels.items():
        pdf = pdfium.PdfDocument(os.path.join(out, name))
        pages = len(pdf)
        text = ""
        for i in range(pages):
            tp = pdf[i].get_textpage()
            text += tp.get_text_range() + "\n"
        pdf.close()
        vendor = lab["terms"]["vendor"]
        flat = " ".join(text.split())
        if not 1 <= pages <= 3:
            problems.append("%s: %d pages" % (name, pages))
        if len(flat) < 400:
            problems.append("%s: little text" % name)
        if vendor not in text:
            problems.append("%s: vendor %r not found verbatim (flattened: %s)"
                            % (name, vendor, vendor in flat))
        cov = lab["terms"]["coverage"]
        counts[cov] = counts.get(cov, 0) + 1
        print("%-18s %d p  %-22s %s" % (name, pages, cov, lab["terms"]["cpt_fee"]))
    print(counts, "total", len(labels))
    for p in problems:
        print("PROBLEM", p)
    return not problems


if __name__ == "__main__":
    args = sys.argv[1:]
    if args and args[0] == "--check":
        ok = check(args[1] if len(args) > 1 else HERE)
        sys.exit(0 if ok else 1)
    out = HERE
    if args and args[0] == "--out":
        out = args[1]
    build(out)
    print("built", out)
