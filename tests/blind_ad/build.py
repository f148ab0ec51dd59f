#!/usr/bin/env python
"""Build (or verify) the blind_ad test set.

    python build.py          render every PDF and write labels.json
    python build.py --check  re-render in memory and verify the files on disk

The build is deterministic: reportlab runs in invariant mode, nothing reads the
clock, and nothing is random.  File order comes from sha256("blind_ad:" + key).
"""
import hashlib
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import layout  # noqa: E402
import docs_1  # noqa: E402
import docs_2  # noqa: E402
import docs_3  # noqa: E402
import docs_4  # noqa: E402

# Fixed list of 60 spice and herb names used as the file-name word.
WORDS = [
    "anise", "basil", "clove", "cumin", "ginger", "nutmeg", "thyme", "fennel", "saffron", "paprika",
    "cardamom", "cinnamon", "coriander", "cilantro", "turmeric", "oregano", "rosemary", "marjoram",
    "tarragon", "parsley", "lavender", "allspice", "caraway", "fenugreek", "galangal", "juniper",
    "lemongrass", "licorice", "lovage", "mustard", "sumac", "wasabi", "horseradish", "chervil", "borage",
    "sorrel", "vanilla", "epazote", "asafoetida", "nigella", "ajwain", "mahlab", "annatto", "chicory",
    "hyssop", "verbena", "woodruff", "yarrow", "costmary", "perilla", "shiso", "sassafras", "culantro",
    "cubeb", "mugwort", "tansy", "catnip", "bergamot", "chamomile", "peppermint",
]

COVERAGES = ("vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear")
UNITS = ("user", "provider", "location", "organization", None)
PERIODS = ("year", "month", "one_time", None)


def all_docs():
    docs = docs_1.DOCS + docs_2.DOCS + docs_3.DOCS + docs_4.DOCS
    keys = [d["key"] for d in docs]
    dup = [k for k, n in Counter(keys).items() if n > 1]
    if dup:
        raise SystemExit("duplicate keys: %s" % dup)
    if len(docs) != len(WORDS):
        raise SystemExit("expected %d documents, found %d" % (len(WORDS), len(docs)))
    if len(set(WORDS)) != len(WORDS):
        raise SystemExit("duplicate file-name words")
    docs.sort(key=lambda d: hashlib.sha256(("blind_ad:" + d["key"]).encode("utf-8")).hexdigest())
    out = []
    for i, d in enumerate(docs):
        out.append(("ad%02d_%s.pdf" % (i + 1, WORDS[i]), d))
    return out


def validate_label(fname, d):
    problems = []
    if d["coverage"] not in COVERAGES:
        problems.append("bad coverage")
    fee = d["cpt_fee"]
    if d["coverage"] != "pass_through" and fee is not None:
        problems.append("fee given for non-pass_through")
    if fee is not None:
        if set(fee) != {"amount", "currency", "unit", "period"}:
            problems.append("fee keys")
        if not isinstance(fee["amount"], (int, float)) or not (0 < fee["amount"] < 1000):
            problems.append("fee amount")
        if fee["currency"] != "USD" or fee["unit"] not in UNITS or fee["period"] not in PERIODS:
            problems.append("fee unit/period/currency")
    if not d["vendor"] or not d["description"]:
        problems.append("missing vendor/description")
    return ["%s: %s" % (fname, p) for p in problems]


def labels_for(pairs):
    contracts = {}
    for fname, d in pairs:
        contracts[fname] = {
            "description": d["description"],
            "status": "ok",
            "terms": {"coverage": d["coverage"], "cpt_fee": d["cpt_fee"], "vendor": d["vendor"]},
        }
    return json.dumps({"contracts": contracts}, indent=2, ensure_ascii=False) + "\n"


_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_WEB = re.compile(r"(?:https?://|www\.)\S+", re.I)
_DOMAIN = re.compile(r"\b[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})\b")
_COMMON_NON_TLD = set()


def address_problems(text):
    bad = []
    for m in _EMAIL.finditer(text):
        if not m.group(1).lower().endswith(".example"):
            bad.append(m.group(0))
    for m in _WEB.finditer(text):
        host = re.sub(r"^(?:https?://)", "", m.group(0), flags=re.I).split("/")[0].rstrip(".,;)")
        if not host.lower().endswith(".example"):
            bad.append(m.group(0))
    # bare host names such as help.vendor.com
    for m in _DOMAIN.finditer(text):
        tok = m.group(0)
        tld = m.group(1).lower()
        if "." not in tok or tld == "example":
            continue
        if tld in ("com", "org", "net", "io", "gov", "edu", "us", "co", "info", "biz", "health", "app"):
            bad.append(tok)
    return bad


def pdf_text_pages(data):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    pages = []
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            pages.append(tp.get_text_range())
            tp.close()
            page.close()
    finally:
        pdf.close()
    return pages


def check_pdf(fname, d, data):
    problems = []
    try:
        pages = pdf_text_pages(data)
    except Exception as exc:  # pragma: no cover
        return ["%s: pdfium could not open it (%s)" % (fname, exc)]
    if not 1 <= len(pages) <= 4:
        problems.append("%s: %d pages" % (fname, len(pages)))
    for i, t in enumerate(pages):
        if len(t.strip()) < 20:
            problems.append("%s: page %d has no text" % (fname, i + 1))
    text = " ".join(pages)
    flat = re.sub(r"\s+", " ", text)
    if d["vendor"] not in flat:
        problems.append("%s: vendor name %r not in text" % (fname, d["vendor"]))
    low = flat.lower()
    for w in WORDS:
        if w in low:
            problems.append("%s: file-name word %r appears in text" % (fname, w))
    for a in address_problems(flat):
        problems.append("%s: address not ending in .example: %r" % (fname, a))
    return problems


def main(argv):
    check = "--check" in argv
    pairs = all_docs()
    problems = []
    for fname, d in pairs:
        problems += validate_label(fname, d)
    rendered = {fname: layout.render(d) for fname, d in pairs}
    labels = labels_for(pairs)
    for fname, d in pairs:
        problems += check_pdf(fname, d, rendered[fname])
    # second render must be identical (determinism)
    for fname, d in pairs:
        if layout.render(d) != rendered[fname]:
            problems.append("%s: rendering is not deterministic" % fname)

    if check:
        on_disk = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
        if on_disk != sorted(rendered):
            problems.append("PDF set on disk differs from build: extra %s, missing %s" % (
                sorted(set(on_disk) - set(rendered)), sorted(set(rendered) - set(on_disk))))
        for fname, data in rendered.items():
            path = os.path.join(HERE, fname)
            if os.path.exists(path):
                with open(path, "rb") as fh:
                    if fh.read() != data:
                        problems.append("%s: file on disk differs from fresh render" % fname)
        lpath = os.path.join(HERE, "labels.json")
        if not os.path.exists(lpath) or open(lpath, encoding="utf-8").read() != labels:
            problems.append("labels.json differs from fresh build")
    else:
        for f in os.listdir(HERE):
            if re.fullmatch(r"ad\d\d_[a-z]+\.pdf", f) and f not in rendered:
                os.remove(os.path.join(HERE, f))
        for fname, data in rendered.items():
            with open(os.path.join(HERE, fname), "wb") as fh:
                fh.write(data)
        with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
            fh.write(labels)

    tally = Counter(d["coverage"] for _, d in pairs)
    print("documents: %d" % len(pairs))
    for c in COVERAGES:
        print("  %-22s %d" % (c, tally[c]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems:
            print("  " + p)
        return 1
    print("check OK" if check else "build OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
