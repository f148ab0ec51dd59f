#!/usr/bin/env python
"""Render the blind_n test set deterministically.

    python build.py                 render PDFs + labels.json into this folder
    python build.py --out DIR       render into DIR instead
    python build.py --check         render, then verify every PDF (pypdfium2 opens it, text layer
                                    on every page, <= 2 pages, vendor string present) and that a
                                    second render is byte-identical

File order: sorted by md5("blind_n:" + internal key); the word in each name is taken from WORDS
by position, so neither the name nor the position says anything about the label.
"""
import argparse
import hashlib
import json
import os
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import lib  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402
import docs_e  # noqa: E402
import docs_f  # noqa: E402

WORDS = [
    "albacore", "anchovy", "barracuda", "bass", "bluegill", "bonito", "bream", "brill", "burbot",
    "carp", "catfish", "char", "chub", "cod", "crappie", "dace", "dory", "eel", "flounder", "gar",
    "goby", "grayling", "grouper", "gudgeon", "haddock", "hake", "halibut", "herring", "ide",
    "jack", "kingfish", "lamprey", "ling", "mackerel", "marlin", "minnow", "monkfish", "mullet",
    "perch", "pike", "pollock", "pompano", "roach", "rudd", "sailfish", "salmon", "sardine",
    "shad", "skate", "smelt", "snapper", "sole", "sprat", "sturgeon", "sunfish", "swordfish",
    "tarpon", "tench", "tilapia", "trout",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = []
    for mod in (docs_a, docs_b, docs_c, docs_d, docs_e, docs_f):
        assert len(mod.DOCS) == 10, (mod.__name__, len(mod.DOCS))
        docs.extend(mod.DOCS)
    keys = [d["key"] for d in docs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    for d in docs:
        assert d["coverage"] in COVERAGES, d["key"]
        fee = d.get("fee")
        if fee is not None:
            assert d["coverage"] == "pass_through", d["key"]
            amount, unit, period = fee
            assert unit in UNITS and period in PERIODS, d["key"]
            assert isinstance(amount, (int, float)) and amount > 0, d["key"]
    return docs


def ordered(docs):
    docs = sorted(docs, key=lambda d: hashlib.md5(("blind_n:" + d["key"]).encode()).hexdigest())
    named = []
    for i, d in enumerate(docs):
        named.append(("n%02d_%s.pdf" % (i + 1, WORDS[i]), d))
    return named


def labels_for(named):
    out = {}
    for name, d in named:
        fee = d.get("fee")
        cpt_fee = None
        if fee is not None:
            amount, unit, period = fee
            cpt_fee = {"amount": float(amount), "currency": "USD", "period": period, "unit": unit}
        out[name] = {
            "description": d["desc"],
            "status": "ok",
            "terms": {"coverage": d["coverage"], "cpt_fee": cpt_fee, "vendor": d["vendor"]},
        }
    return {"contracts": out}


def render_all(outdir):
    os.makedirs(outdir, exist_ok=True)
    named = ordered(all_docs())
    for name, d in named:
        d = dict(d)
        d.setdefault("pdf_title", name[:-4])
        lib.render(d, os.path.join(outdir, name))
    with open(os.path.join(outdir, "labels.json"), "w") as f:
        json.dump(labels_for(named), f, indent=2, sort_keys=False)
        f.write("\n")
    return named


def norm(s):
    return " ".join(s.split())


def check(outdir):
    import pypdfium2 as pdfium

    named = render_all(outdir)
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        render_all(tmp)
        for name, d in named:
            path = os.path.join(outdir, name)
            try:
                pdf = pdfium.PdfDocument(path)
            except Exception as e:  # pragma: no cover
                problems.append("%s: does not open (%s)" % (name, e))
                continue
            n = len(pdf)
            if n > 2:
                problems.append("%s: %d pages" % (name, n))
            text = []
            for i in range(n):
                page = pdf[i]
                tp = page.get_textpage()
                t = tp.get_text_range()
                if not t.strip():
                    problems.append("%s: page %d has no text layer" % (name, i + 1))
                text.append(t)
                tp.close()
                page.close()
            pdf.close()
            if norm(d["vendor"]) not in norm(" ".join(text)):
                problems.append("%s: vendor string %r not found" % (name, d["vendor"]))
            with open(path, "rb") as a, open(os.path.join(tmp, name), "rb") as b:
                if a.read() != b.read():
                    problems.append("%s: second render differs" % name)
        with open(os.path.join(outdir, "labels.json"), "rb") as a, \
                open(os.path.join(tmp, "labels.json"), "rb") as b:
            if a.read() != b.read():
                problems.append("labels.json: second render differs")
    tally = {}
    for _, d in named:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("rendered %d PDFs into %s" % (len(named), outdir))
    print("coverage tally:", json.dumps(tally, sort_keys=True))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("check OK: all PDFs open, <=2 pages, text on every page, vendor present, byte-identical re-render")
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=HERE)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    if a.check:
        sys.exit(check(a.out))
    named = render_all(a.out)
    print("rendered %d PDFs into %s" % (len(named), a.out))


if __name__ == "__main__":
    main()
