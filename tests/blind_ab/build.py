#!/usr/bin/env python
"""Build the blind_ab test set: render every PDF and write labels.json.

    python build.py           render all PDFs and labels.json into this folder
    python build.py --check   re-render in memory and verify the folder (byte-identical files,
                              PDFs open with pypdfium2, 1-4 pages with text on every page, vendor
                              name present, no file-name word in any text, all e-mail/web
                              addresses end in .example, labels consistent)

Deterministic: reportlab invariant mode, no clock, no randomness.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import layout  # noqa: E402
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402

SET = "blind_ab"

# 60 river-fish and insect names; the n-th file (in hash order) takes the n-th word.
WORDS = [
    "anchovy", "barbel", "bitterling", "bluegill", "bowfin", "bream", "burbot", "catfish",
    "chub", "crappie", "gudgeon", "grayling", "lamprey", "loach", "minnow", "mooneye",
    "muskellunge", "paddlefish", "sauger", "sculpin", "stickleback", "sturgeon", "tench",
    "walleye", "zander", "killifish", "madtom", "stonecat", "quillback", "goldeye",
    "topminnow", "rudd", "ruffe", "beetle", "mayfly", "stonefly", "caddisfly", "dragonfly",
    "damselfly", "cicada", "cricket", "katydid", "earwig", "firefly", "hornet", "lacewing",
    "ladybird", "locust", "mosquito", "sawfly", "silverfish", "termite", "weevil", "aphid",
    "hoverfly", "waterboatman", "springtail", "scorpionfly", "treehopper", "leafhopper",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(docs) == len(WORDS) == len(set(WORDS)) == 60, (len(docs), len(WORDS))
    return docs


def ordered():
    """Return [(file_name, doc)] ordered by sha256 of 'blind_ab:' + key."""
    docs = sorted(all_docs(), key=lambda d: hashlib.sha256((SET + ":" + d["key"]).encode()).hexdigest())
    return [("ab%02d_%s.pdf" % (i + 1, WORDS[i]), d) for i, d in enumerate(docs)]


def label_of(doc):
    fee = doc["fee"]
    if fee is not None:
        fee = {"amount": fee["amount"], "currency": fee["currency"], "unit": fee["unit"],
               "period": fee["period"]}
    return {"description": doc["desc"], "status": "ok",
            "terms": {"coverage": doc["coverage"], "cpt_fee": fee, "vendor": doc["vendor"]}}


def labels_bytes(items):
    labels = {"contracts": {name: label_of(d) for name, d in items}}
    return (json.dumps(labels, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def validate_labels(items):
    errs = []
    for name, d in items:
        if d["coverage"] not in COVERAGES:
            errs.append("%s: bad coverage %r" % (name, d["coverage"]))
        fee = d["fee"]
        if d["coverage"] != "pass_through" and fee is not None:
            errs.append("%s: fee given for %s" % (name, d["coverage"]))
        if fee is not None:
            if not isinstance(fee["amount"], (int, float)) or fee["currency"] != "USD":
                errs.append("%s: bad fee amount/currency" % name)
            if fee["unit"] not in UNITS or fee["period"] not in PERIODS:
                errs.append("%s: bad unit/period" % name)
    nulls = sum(1 for _, d in items if d["coverage"] == "pass_through" and d["fee"] is None)
    if nulls > 2:
        errs.append("more than 2 pass_through documents without a fee")
    return errs


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+")
WEB = re.compile(r"(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)+(?:com|org|net|gov|edu|io|co|us|info|biz|"
                 r"health|app|example|ai|md|care)\b")


def page_texts(data):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    out = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        out.append(tp.get_text_range())
        tp.close()
        page.close()
    pdf.close()
    return out


def norm(s):
    s = s.replace("\r", " ").replace("\n", " ").replace("\u00a0", " ").replace("\ufffe", "")
    s = s.replace("\u2019", "'")
    return re.sub(r"\s+", " ", s)


def check_pdf(name, doc, data):
    errs = []
    try:
        texts = page_texts(data)
    except Exception as e:  # pragma: no cover
        return ["%s: does not open with pypdfium2 (%s)" % (name, e)]
    if not 1 <= len(texts) <= 4:
        errs.append("%s: %d pages" % (name, len(texts)))
    for i, t in enumerate(texts):
        if len(t.strip()) < 40:
            errs.append("%s: page %d has no text" % (name, i + 1))
    full = norm(" ".join(texts))
    low = full.lower()
    if norm(doc["vendor"]).lower() not in low:
        errs.append("%s: vendor name %r not found in text" % (name, doc["vendor"]))
    for w in WORDS:
        if w in low:
            errs.append("%s: file-name word %r appears in text" % (name, w))
    for m in EMAIL.findall(full):
        if not m.rstrip(".,;:)").lower().endswith(".example"):
            errs.append("%s: e-mail address %r does not end in .example" % (name, m))
    for m in WEB.findall(full):
        if not m.lower().endswith(".example"):
            errs.append("%s: web address %r does not end in .example" % (name, m))
    for m in re.findall(r"(?i)(?:https?://|www\.)\S+", full):
        host = re.sub(r"(?i)^https?://", "", m).split("/")[0].rstrip(".,;:)")
        if not host.lower().endswith(".example"):
            errs.append("%s: web address %r does not end in .example" % (name, m))
    return errs


def build():
    items = ordered()
    errs = validate_labels(items)
    if errs:
        raise SystemExit("\n".join(errs))
    for name, d in items:
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(layout.render(d))
    with open(os.path.join(HERE, "labels.json"), "wb") as f:
        f.write(labels_bytes(items))
    tally = {}
    for _, d in items:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("wrote %d PDFs and labels.json; tally %s" % (len(items), json.dumps(tally, sort_keys=True)))


def check():
    items = ordered()
    errs = validate_labels(items)
    expected = {name for name, _ in items} | {"labels.json"}
    present = {f for f in os.listdir(HERE) if f.endswith(".pdf") or f == "labels.json"}
    for extra in sorted(present - expected):
        errs.append("unexpected file %s" % extra)
    for name, d in items:
        data = layout.render(d)
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            errs.append("%s: missing" % name)
        else:
            with open(path, "rb") as f:
                if f.read() != data:
                    errs.append("%s: differs from a fresh render" % name)
        errs.extend(check_pdf(name, d, data))
    lp = os.path.join(HERE, "labels.json")
    if not os.path.exists(lp) or open(lp, "rb").read() != labels_bytes(items):
        errs.append("labels.json differs from a fresh build")
    if errs:
        print("\n".join(errs))
        raise SystemExit("check FAILED: %d problem(s)" % len(errs))
    print("check OK: %d PDFs and labels.json verified" % len(items))


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        build()
