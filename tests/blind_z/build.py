"""Build (or --check) the blind_z test set.

  python build.py          render every PDF and write labels.json
  python build.py --check  re-render in memory; verify byte identity, that each PDF opens with
                           pypdfium2, has 1-4 pages with text on every page, contains the labelled
                           vendor legal name, contains no file-name word, and that every e-mail
                           or web address ends in .example
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from layout import render  # noqa: E402
import docs_pass  # noqa: E402
import docs_covers  # noqa: E402
import docs_customer  # noqa: E402
import docs_other  # noqa: E402

SET = "blind_z"

WORDS = [
    "agate", "alexandrite", "amethyst", "andalusite", "apatite", "aquamarine", "aragonite", "azurite",
    "barite", "beryl", "bloodstone", "calcite", "carnelian", "celestine", "chalcedony", "chrysoberyl",
    "cinnabar", "citrine", "corundum", "diopside", "dolomite", "emerald", "epidote", "feldspar",
    "fluorite", "galena", "garnet", "gypsum", "halite", "hematite", "iolite", "jadeite", "jasper",
    "kunzite", "kyanite", "labradorite", "lazurite", "magnetite", "malachite", "moonstone",
    "morganite", "nephrite", "obsidian", "olivine", "onyx", "peridot", "prehnite", "pyrite",
    "quartz", "rhodonite", "rutile", "sapphire", "sodalite", "spinel", "sunstone", "tanzanite",
    "topaz", "tourmaline", "turquoise", "zircon",
]

COVERAGES = ("vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear")
UNITS = ("user", "provider", "location", "organization", None)
PERIODS = ("year", "month", "one_time", None)


def all_docs():
    docs = docs_pass.DOCS + docs_covers.DOCS + docs_customer.DOCS + docs_other.DOCS
    keys = [d["key"] for d in docs]
    assert len(docs) == 60, len(docs)
    assert len(set(keys)) == 60, "duplicate keys"
    assert len(WORDS) == 60 and len(set(WORDS)) == 60
    for d in docs:
        assert d["coverage"] in COVERAGES, d["key"]
        fee = d.get("cpt_fee")
        if d["coverage"] != "pass_through":
            assert fee is None, d["key"]
        elif fee is not None:
            assert set(fee) == {"amount", "currency", "unit", "period"}, d["key"]
            assert fee["currency"] == "USD" and fee["unit"] in UNITS and fee["period"] in PERIODS, d["key"]
            assert isinstance(fee["amount"], (int, float)), d["key"]
    order = sorted(docs, key=lambda d: hashlib.sha256((SET + ":" + d["key"]).encode()).hexdigest())
    named = []
    for i, d in enumerate(order, 1):
        named.append(("z%02d_%s.pdf" % (i, WORDS[i - 1]), d))
    return named


def labels_json(named):
    out = {"contracts": {}}
    for fname, d in named:
        out["contracts"][fname] = {
            "description": d["description"],
            "status": "ok",
            "terms": {"coverage": d["coverage"], "cpt_fee": d.get("cpt_fee"), "vendor": d["vendor"]},
        }
    return (json.dumps(out, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)
BARE_DOMAIN_RE = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:com|org|net|io|gov|edu|us|co|health|info))\b", re.I)


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\r", " ").replace("\n", " ")
    return re.sub(r"\s+", " ", s)


def page_texts(data):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    try:
        texts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            texts.append(tp.get_text_range())
            tp.close()
            page.close()
        return texts
    finally:
        pdf.close()


def check(named):
    problems = []
    want_labels = labels_json(named)
    path = os.path.join(HERE, "labels.json")
    if not os.path.exists(path) or open(path, "rb").read() != want_labels:
        problems.append("labels.json differs from a fresh build")
    on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
    if on_disk != sorted(f for f, _ in named):
        problems.append("PDF file list differs from the build list")
    for fname, d in named:
        data = render(d)
        fp = os.path.join(HERE, fname)
        if not os.path.exists(fp) or open(fp, "rb").read() != data:
            problems.append("%s: bytes differ from a fresh render" % fname)
        try:
            texts = page_texts(data)
        except Exception as e:  # noqa: BLE001
            problems.append("%s: pypdfium2 cannot open it (%s)" % (fname, e))
            continue
        if not 1 <= len(texts) <= 4:
            problems.append("%s: %d pages" % (fname, len(texts)))
        for i, t in enumerate(texts, 1):
            if len(norm(t).strip()) < 40:
                problems.append("%s: page %d has (almost) no text" % (fname, i))
        full = norm(" ".join(texts))
        if norm(d["vendor"]) not in full:
            problems.append("%s: vendor name %r not found in text" % (fname, d["vendor"]))
        low = full.lower()
        for w in WORDS:
            if w in low:
                problems.append("%s: file-name word %r appears in text" % (fname, w))
        if re.search(r"\bz\d\d_", low):
            problems.append("%s: a file name appears in text" % fname)
        for m in EMAIL_RE.finditer(full):
            if not m.group(1).lower().endswith(".example"):
                problems.append("%s: e-mail address %r" % (fname, m.group(0)))
        for m in URL_RE.finditer(full):
            if not m.group(1).lower().endswith(".example"):
                problems.append("%s: web address %r" % (fname, m.group(0)))
        for m in BARE_DOMAIN_RE.finditer(full):
            problems.append("%s: non-.example domain %r" % (fname, m.group(0)))
    return problems


def main():
    named = all_docs()
    if "--check" in sys.argv[1:]:
        problems = check(named)
        for p in problems:
            print("FAIL", p)
        if problems:
            print("%d problem(s)" % len(problems))
            sys.exit(1)
        print("OK: %d PDFs and labels.json verified" % len(named))
        return
    for f in os.listdir(HERE):
        if f.endswith(".pdf"):
            os.remove(os.path.join(HERE, f))
    for fname, d in named:
        with open(os.path.join(HERE, fname), "wb") as fh:
            fh.write(render(d))
    with open(os.path.join(HERE, "labels.json"), "wb") as fh:
        fh.write(labels_json(named))
    tally = {}
    for _f, d in named:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("wrote %d PDFs; tally %s" % (len(named), json.dumps(tally, sort_keys=True)))


if __name__ == "__main__":
    main()
