#!/usr/bin/env python3
"""Build (or verify) the blind_w CPT-licensing test set.

    python build.py           render every PDF and write labels.json
    python build.py --check   re-render in memory and verify the files on disk
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import layout  # noqa: E402,F401  (sets rl_config.invariant before rendering)
import docs_covers  # noqa: E402
import docs_customer  # noqa: E402
import docs_none  # noqa: E402
import docs_pass  # noqa: E402
import docs_unclear  # noqa: E402
from layout import render  # noqa: E402

SET = "blind_w"

# Neutral file-name words.  None of them may occur in any document's text.
WORDS = [
    "abalone", "anchovy", "apricot", "artichoke", "azalea", "bagpipe", "banjo", "barnacle",
    "begonia", "bonsai", "cactus", "calypso", "camellia", "cantaloupe", "cashew", "chickpea",
    "cinnamon", "clarinet", "coconut", "cormorant", "cricket", "crocus", "cumin", "daffodil",
    "dahlia", "dolphin", "dragonfly", "eggplant", "flamingo", "gardenia", "gazelle", "gecko",
    "giraffe", "guava", "harmonica", "hibiscus", "iguana", "kiwi", "koala", "lavender",
    "lemur", "lobster", "lychee", "magnolia", "mango", "marimba", "meerkat", "narwhal",
    "nutmeg", "octopus", "okapi", "orchid", "papaya", "pelican", "peony", "penguin",
    "pistachio", "puffin", "quokka", "saffron",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = []
    for mod in (docs_pass, docs_covers, docs_customer, docs_none, docs_unclear):
        docs.extend(mod.docs())
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    vendors = [d["vendor"] for d in docs]
    assert len(vendors) == len(set(vendors)), "duplicate vendors"
    assert len(docs) == len(WORDS) == 60, (len(docs), len(WORDS))
    docs.sort(key=lambda d: hashlib.sha256((SET + ":" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "w%02d_%s.pdf" % (i + 1, WORDS[i])
    return docs


def validate_label(d):
    assert d["coverage"] in COVERAGES, d["key"]
    f = d["fee"]
    if f is not None:
        assert d["coverage"] == "pass_through", d["key"]
        assert f["currency"] == "USD" and isinstance(f["amount"], float)
        assert f["unit"] in UNITS and f["period"] in PERIODS, d["key"]


def labels(docs):
    out = {}
    for d in sorted(docs, key=lambda x: x["file"]):
        validate_label(d)
        out[d["file"]] = {
            "description": d["description"],
            "status": "ok",
            "terms": {"coverage": d["coverage"], "cpt_fee": d["fee"], "vendor": d["vendor"]},
        }
    return json.dumps({"contracts": out}, indent=2, ensure_ascii=False) + "\n"


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def inspect_pdf(data, d):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    try:
        n = len(pdf)
        texts = []
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            t = tp.get_text_range()
            tp.close()
            page.close()
            if not norm(t):
                raise AssertionError("%s: page %d has no text" % (d["file"], i + 1))
            texts.append(t)
    finally:
        pdf.close()
    full = norm(" ".join(texts))
    if d["vendor"] not in full:
        raise AssertionError("%s: vendor name %r not found in text" % (d["file"], d["vendor"]))
    if not 1 <= n <= 4:
        raise AssertionError("%s: %d pages" % (d["file"], n))
    low = full.lower()
    for w in WORDS:
        if w in low:
            raise AssertionError("%s: file-name word %r appears in text" % (d["file"], w))
    if ".example" not in low and ("@" in low or "www." in low):
        raise AssertionError("%s: address not ending in .example" % d["file"])
    for m in re.finditer(r"[\w.-]+@[\w.-]+|\b[\w-]+(?:\.[\w-]+)+/[\w./-]*", full):
        tok = m.group(0).rstrip(".,;)")
        host = tok.split("@")[-1].split("/")[0]
        if not host.endswith(".example"):
            raise AssertionError("%s: non-.example address %r" % (d["file"], tok))
    return n


def main():
    check = "--check" in sys.argv[1:]
    docs = all_docs()
    problems = []
    pages = {}
    for d in docs:
        data = render(d)
        again = render(d)
        if data != again:
            problems.append("%s: rendering is not deterministic" % d["file"])
        path = os.path.join(HERE, d["file"])
        if check:
            if not os.path.exists(path):
                problems.append("%s: missing" % d["file"])
            else:
                with open(path, "rb") as fh:
                    if fh.read() != data:
                        problems.append("%s: bytes differ from a fresh render" % d["file"])
        else:
            with open(path, "wb") as fh:
                fh.write(data)
        try:
            pages[d["file"]] = inspect_pdf(data, d)
        except AssertionError as e:
            problems.append(str(e))
    lab = labels(docs)
    lpath = os.path.join(HERE, "labels.json")
    if check:
        with open(lpath, encoding="utf-8") as fh:
            if fh.read() != lab:
                problems.append("labels.json differs from a fresh build")
        expected = {d["file"] for d in docs}
        stray = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf") and f not in expected)
        if stray:
            problems.append("stray PDFs: %s" % ", ".join(stray))
    else:
        for f in os.listdir(HERE):
            if f.endswith(".pdf") and f not in {d["file"] for d in docs}:
                os.remove(os.path.join(HERE, f))
        with open(lpath, "w", encoding="utf-8") as fh:
            fh.write(lab)
    tally = {}
    for d in docs:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("documents: %d  pages: %d  tally: %s" % (len(docs), sum(pages.values()), json.dumps(tally, sort_keys=True)))
    if problems:
        for p in problems:
            print("FAIL:", p)
        sys.exit(1)
    print("check OK" if check else "build OK")


if __name__ == "__main__":
    main()
