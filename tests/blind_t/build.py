"""Build (or check) the blind_t test set.

    python build.py           render the 60 PDFs and labels.json next to this script
    python build.py --check   render twice, compare bytes (and with the files on disk),
                              open every PDF with pypdfium2 and check its text
"""
import sys

sys.dont_write_bytecode = True

import hashlib
import json
import os
import re
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from reportlab import rl_config  # noqa: E402

rl_config.invariant = 1

import common  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402
import docs_e  # noqa: E402

SALT = "blind_t:"

# Fixed list of neutral file-name words. Position i goes to the i-th document in
# sha256 order. None of them names a vendor, person or place in the set (checked).
WORDS = [
    "acorn", "anvil", "bramble", "cinder", "dapple", "fennel", "garnet", "gravel",
    "kettle", "lantern", "marble", "nutmeg", "onyx", "pebble", "ripple", "saffron",
    "thimble", "umber", "velvet", "walnut", "yarrow", "zephyr", "almond", "cobble",
    "drizzle", "flint", "glacier", "indigo", "kelp", "lichen", "nectar", "oxbow",
    "pumice", "quartz", "russet", "sorrel", "tundra", "urchin", "vellum", "zinc",
    "basalt", "dune", "fern", "jute", "kiln", "loam", "mica", "nickel",
    "opal", "prism", "quince", "reed", "slate", "thistle", "tinder", "twine",
    "wicker", "bobbin", "chalk", "pollen",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license",
             "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = []
    for mod in (docs_a, docs_b, docs_c, docs_d, docs_e):
        docs.extend(mod.DOCS)
    keys = [d["key"] for d in docs]
    if len(set(keys)) != len(keys):
        dup = sorted(k for k in set(keys) if keys.count(k) > 1)
        raise SystemExit("duplicate keys: %s" % dup)
    if len(docs) != len(WORDS):
        raise SystemExit("have %d documents but %d words" % (len(docs), len(WORDS)))
    if len(set(WORDS)) != len(WORDS):
        raise SystemExit("duplicate words")
    for d in docs:
        if d["coverage"] not in COVERAGES:
            raise SystemExit("%s: bad coverage %r" % (d["key"], d["coverage"]))
        fee = d["fee"]
        if fee is not None:
            if d["coverage"] != "pass_through":
                raise SystemExit("%s: fee on a non pass_through document" % d["key"])
            if fee["unit"] not in UNITS or fee["period"] not in PERIODS:
                raise SystemExit("%s: bad fee shape %r" % (d["key"], fee))
    docs.sort(key=lambda d: hashlib.sha256((SALT + d["key"]).encode("utf-8")).hexdigest())
    return docs


def names(docs):
    return ["t%02d_%s.pdf" % (i + 1, WORDS[i]) for i in range(len(docs))]


def render_all(docs):
    return {n: common.render(d) for n, d in zip(names(docs), docs)}


def labels(docs):
    out = {}
    for n, d in zip(names(docs), docs):
        out[n] = {"description": d["description"], "status": "ok",
                  "terms": {"coverage": d["coverage"], "cpt_fee": d["fee"],
                            "vendor": d["vendor"]}}
    return {"contracts": out}


def labels_text(docs):
    return json.dumps(labels(docs), indent=2, ensure_ascii=False) + "\n"


def write(outdir, rendered, docs):
    for old in os.listdir(outdir):
        if re.match(r"^t\d\d_[a-z]+\.pdf$", old) and old not in rendered:
            os.remove(os.path.join(outdir, old))
    for n, data in rendered.items():
        with open(os.path.join(outdir, n), "wb") as fh:
            fh.write(data)
    with open(os.path.join(outdir, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(labels_text(docs))


def norm(text):
    return re.sub(r"\s+", " ", text.replace("\u00ad", "")).strip()


def check():
    import pypdfium2 as pdfium

    docs = all_docs()
    first = render_all(docs)
    second = render_all(docs)
    problems = []
    for n in first:
        if first[n] != second[n]:
            problems.append("%s: two renders differ" % n)
        on_disk = os.path.join(HERE, n)
        if os.path.exists(on_disk):
            with open(on_disk, "rb") as fh:
                if fh.read() != first[n]:
                    problems.append("%s: file on disk differs from a fresh render" % n)
        else:
            problems.append("%s: missing on disk (run build.py)" % n)
    lab_path = os.path.join(HERE, "labels.json")
    if os.path.exists(lab_path):
        with open(lab_path, encoding="utf-8") as fh:
            if fh.read() != labels_text(docs):
                problems.append("labels.json differs from a fresh build")
    else:
        problems.append("labels.json missing (run build.py)")

    all_text = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n, d in zip(names(docs), docs):
            path = os.path.join(tmp, n)
            with open(path, "wb") as fh:
                fh.write(first[n])
            pdf = pdfium.PdfDocument(path)
            count = len(pdf)
            if not 1 <= count <= 4:
                problems.append("%s: %d pages" % (n, count))
            texts = []
            for i in range(count):
                page = pdf[i]
                tp = page.get_textpage()
                t = tp.get_text_range()
                tp.close()
                page.close()
                if not t.strip():
                    problems.append("%s: page %d has no extractable text" % (n, i + 1))
                texts.append(t)
            pdf.close()
            full = norm(" ".join(texts))
            all_text[n] = full
            if norm(d["vendor"]) not in full:
                problems.append("%s: vendor %r not found in text" % (n, d["vendor"]))
    # file-name words must not occur anywhere in the set's text or vendor names
    corpus = " ".join(all_text.values()).lower()
    for w in WORDS:
        if re.search(r"\b%s\b" % re.escape(w), corpus):
            problems.append("word %r occurs in document text" % w)
    tally = {}
    for d in docs:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    pages = {}
    for n in first:
        pages[n] = len(pdfium.PdfDocument(first[n]))
    print("documents: %d  pages: %d-%d  tally: %s" % (
        len(docs), min(pages.values()), max(pages.values()),
        ", ".join("%s=%d" % (k, tally[k]) for k in sorted(tally))))
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        return 1
    print("check OK")
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    docs = all_docs()
    rendered = render_all(docs)
    write(HERE, rendered, docs)
    tally = {}
    for d in docs:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("wrote %d PDFs and labels.json to %s" % (len(rendered), HERE))
    print("tally:", ", ".join("%s=%d" % (k, tally[k]) for k in sorted(tally)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
