#!/usr/bin/env python
"""Render the blind_m test set (60 PDFs + labels.json) deterministically.

usage:
  python build.py                 render into this folder
  python build.py --out DIR       render into DIR
  python build.py --check         render, then verify every PDF and a byte-identical re-render

File order: documents are sorted by md5("blind_m:" + internal key); the word in each file
name is taken by position from a neutral list of birds, so neither name nor position says
anything about the label.
"""
import argparse
import hashlib
import json
import os
import re
import sys
import tempfile

sys.dont_write_bytecode = True  # keep the folder free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import kit  # noqa: E402
import docs_a, docs_b, docs_c, docs_d, docs_e, docs_f  # noqa: E402,E401

MODULES = [docs_a, docs_b, docs_c, docs_d, docs_e, docs_f]

WORDS = [
    "albatross", "avocet", "bittern", "bluebird", "bunting", "buzzard", "canary", "cardinal",
    "chickadee", "condor", "cormorant", "crane", "curlew", "dipper", "dove", "dunlin",
    "egret", "eider", "falcon", "finch", "flamingo", "gannet", "godwit", "goldfinch",
    "goshawk", "grebe", "grouse", "gull", "harrier", "heron", "hoopoe", "ibis",
    "jacana", "jay", "kestrel", "kingfisher", "kite", "lapwing", "lark", "linnet",
    "loon", "magpie", "martin", "merlin", "nightjar", "nuthatch", "oriole", "osprey",
    "owl", "parakeet", "pelican", "petrel", "pipit", "plover", "puffin", "quail",
    "raven", "redstart", "robin", "sandpiper",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = []
    for m in MODULES:
        docs.extend(m.DOCS)
    keys = [d["key"] for d in docs]
    if len(keys) != len(set(keys)):
        raise SystemExit("duplicate keys")
    if len(docs) != len(WORDS):
        raise SystemExit("expected %d documents, found %d" % (len(WORDS), len(docs)))
    docs.sort(key=lambda d: hashlib.md5(("blind_m:" + d["key"]).encode()).hexdigest())
    named = []
    for i, d in enumerate(docs, 1):
        named.append(("m%02d_%s.pdf" % (i, WORDS[i - 1]), d))
    return named


def labels_json(named):
    out = {"contracts": {}}
    for name, d in named:
        lab = d["label"]
        out["contracts"][name] = {
            "description": d["description"],
            "status": "ok",
            "terms": {"coverage": lab["coverage"], "cpt_fee": lab["cpt_fee"], "vendor": lab["vendor"]},
        }
    return json.dumps(out, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def render_all(out_dir):
    named = all_docs()
    os.makedirs(out_dir, exist_ok=True)
    for name, d in named:
        with open(os.path.join(out_dir, name), "wb") as fh:
            fh.write(kit.render(d))
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(labels_json(named))
    return named


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def check_label(name, d, problems):
    lab = d["label"]
    cov = lab.get("coverage")
    if cov not in COVERAGES:
        problems.append("%s: bad coverage %r" % (name, cov))
    f = lab.get("cpt_fee")
    if f is not None:
        if cov != "pass_through":
            problems.append("%s: fee on a non-pass_through label" % name)
        if set(f) != {"amount", "currency", "period", "unit"}:
            problems.append("%s: fee keys %r" % (name, sorted(f)))
        if not isinstance(f.get("amount"), (int, float)) or f["amount"] <= 0:
            problems.append("%s: bad amount" % name)
        if f.get("currency") != "USD":
            problems.append("%s: currency" % name)
        if f.get("unit") not in UNITS or f.get("period") not in PERIODS:
            problems.append("%s: unit/period %r/%r" % (name, f.get("unit"), f.get("period")))
    if not lab.get("vendor"):
        problems.append("%s: no vendor" % name)
    if not d.get("description") or "\n" in d["description"]:
        problems.append("%s: description must be one line" % name)


def check(out_dir):
    import pypdfium2 as pdfium

    named = render_all(out_dir)
    problems = []
    tallies = {}
    with tempfile.TemporaryDirectory() as tmp:
        render_all(tmp)
        for name, d in named:
            a = open(os.path.join(out_dir, name), "rb").read()
            b = open(os.path.join(tmp, name), "rb").read()
            if a != b:
                problems.append("%s: second render differs" % name)
        la = open(os.path.join(out_dir, "labels.json"), "rb").read()
        lb = open(os.path.join(tmp, "labels.json"), "rb").read()
        if la != lb:
            problems.append("labels.json: second render differs")
    for name, d in named:
        check_label(name, d, problems)
        path = os.path.join(out_dir, name)
        try:
            pdf = pdfium.PdfDocument(path)
        except Exception as exc:  # pragma: no cover
            problems.append("%s: does not open (%s)" % (name, exc))
            continue
        n = len(pdf)
        if n < 1 or n > 2:
            problems.append("%s: %d pages" % (name, n))
        texts = []
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            t = tp.get_text_range()
            if len(norm(t)) < 40:
                problems.append("%s: page %d has no text layer" % (name, i + 1))
            texts.append(t)
            tp.close()
            page.close()
        pdf.close()
        full = norm(" ".join(texts))
        if norm(d["label"]["vendor"]) not in full:
            problems.append("%s: vendor string %r not found in text" % (name, d["label"]["vendor"]))
        cov = d["label"]["coverage"]
        tallies[cov] = tallies.get(cov, 0) + 1
    labels = json.load(open(os.path.join(out_dir, "labels.json"), encoding="utf-8"))
    if sorted(labels["contracts"]) != sorted(n for n, _ in named):
        problems.append("labels.json names do not match the PDFs")
    for name in sorted(os.listdir(out_dir)):
        if name.endswith(".pdf") and name not in labels["contracts"]:
            problems.append("stray PDF in output: %s" % name)
    print("rendered %d PDFs into %s" % (len(named), out_dir))
    print("coverage tallies: " + ", ".join("%s=%d" % kv for kv in sorted(tallies.items())))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("check OK: all open, text on every page, <=2 pages, vendor strings present, re-render byte-identical")
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=HERE, help="output folder (default: this folder)")
    ap.add_argument("--check", action="store_true", help="render and verify")
    args = ap.parse_args()
    if args.check:
        sys.exit(check(args.out))
    named = render_all(args.out)
    print("rendered %d PDFs into %s" % (len(named), args.out))


if __name__ == "__main__":
    main()
