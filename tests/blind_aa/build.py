#!/usr/bin/env python
"""Build (or, with --check, verify) the blind_aa test set.

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

import layout  # noqa: E402
import docs_pass  # noqa: E402
import docs_covers  # noqa: E402
import docs_customer  # noqa: E402
import docs_other  # noqa: E402

SET = "blind_aa"
BIRDS = ["avocet", "bittern", "curlew", "dunlin", "fulmar", "gadwall", "hoopoe", "ibis", "jacana",
         "kittiwake", "lapwing", "merganser", "nightjar", "ortolan", "plover", "quetzal", "redshank",
         "sanderling", "tanager", "vireo", "whimbrel", "xenops", "yellowlegs", "garganey", "shoveler",
         "pochard", "smew", "scaup", "eider", "gannet", "cormorant", "petrel", "shearwater", "skua",
         "guillemot", "razorbill", "puffin", "dotterel", "turnstone", "greenshank", "phalarope",
         "pratincole", "goshawk", "osprey", "nuthatch", "treecreeper", "wheatear", "stonechat",
         "whinchat", "chiffchaff", "bluethroat", "siskin", "brambling", "hawfinch", "waxwing", "bulbul",
         "drongo", "hornbill", "motmot", "trogon"]
COVERAGES = ("vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear")
UNITS = ("user", "provider", "location", "organization", None)
PERIODS = ("year", "month", "one_time", None)


def all_docs():
    docs = []
    for mod in (docs_pass, docs_covers, docs_customer, docs_other):
        docs += [f() for f in mod.DOCS]
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(docs) == 60, len(docs)
    assert len(BIRDS) == 60 and len(set(BIRDS)) == 60
    docs.sort(key=lambda d: hashlib.sha256((SET + ":" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "aa%02d_%s.pdf" % (i + 1, BIRDS[i])
    return docs


def render(d):
    spec = {k: v for k, v in d.items()
            if k in ("blocks", "family", "size", "pagesize", "start", "header", "footer", "margin")}
    spec["title"] = "Contract document"
    return layout.render(spec)


def labels(docs):
    out = {}
    for d in docs:
        out[d["file"]] = {"description": d["description"], "status": "ok",
                          "terms": {"coverage": d["coverage"], "cpt_fee": d["cpt_fee"],
                                    "vendor": d["vendor"]}}
    return json.dumps({"contracts": out}, indent=2, ensure_ascii=False) + "\n"


def validate_label(d):
    errs = []
    if d["coverage"] not in COVERAGES:
        errs.append("bad coverage")
    f = d["cpt_fee"]
    if d["coverage"] != "pass_through" and f is not None:
        errs.append("fee on non pass_through")
    if f is not None:
        if set(f) != {"amount", "currency", "unit", "period"}:
            errs.append("fee keys")
        if not isinstance(f["amount"], (int, float)) or f["currency"] != "USD":
            errs.append("fee amount/currency")
        if f["unit"] not in UNITS or f["period"] not in PERIODS:
            errs.append("fee unit/period")
    return errs


EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+)")
URL = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+)")
BARE = re.compile(r"\b[A-Za-z0-9-]+\.(?:com|org|net|gov|io|co\.uk|ca|us|info|biz)\b")


def text_checks(d, pages):
    errs = []
    full = " ".join(" ".join(p.split()) for p in pages)
    if d["vendor"] not in full:
        errs.append("vendor name %r not in text" % d["vendor"])
    low = full.lower()
    for w in BIRDS:
        if re.search(r"\b%s\b" % w, low):
            errs.append("file-name word %r in text" % w)
    for m in EMAIL.finditer(full):
        if not m.group(1).rstrip(".").endswith(".example"):
            errs.append("e-mail not .example: %s" % m.group(0))
    for m in URL.finditer(full):
        if not m.group(1).rstrip(".").endswith(".example"):
            errs.append("web address not .example: %s" % m.group(0))
    for m in BARE.finditer(full):
        errs.append("bare domain: %s" % m.group(0))
    return errs


def pdf_pages(data):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(data)
    pages = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        pages.append(tp.get_text_range())
        tp.close()
    pdf.close()
    return pages


def main(argv):
    check = "--check" in argv
    docs = all_docs()
    problems = []
    tally = {}
    for d in docs:
        data = render(d)
        path = os.path.join(HERE, d["file"])
        pages = pdf_pages(data)
        if not 1 <= len(pages) <= 4:
            problems.append("%s: %d pages" % (d["file"], len(pages)))
        for i, p in enumerate(pages):
            if not p.strip():
                problems.append("%s: page %d has no text" % (d["file"], i + 1))
        problems += ["%s (%s): %s" % (d["file"], d["key"], e) for e in text_checks(d, pages)]
        problems += ["%s: %s" % (d["file"], e) for e in validate_label(d)]
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
        if check:
            if not os.path.exists(path):
                problems.append("%s: missing" % d["file"])
            else:
                with open(path, "rb") as fh:
                    if fh.read() != data:
                        problems.append("%s: differs from a fresh render" % d["file"])
        else:
            with open(path, "wb") as fh:
                fh.write(data)
        if "--pages" in argv:
            print("%s %-28s %d pages" % (d["file"], d["key"], len(pages)))
    lab = labels(docs)
    lpath = os.path.join(HERE, "labels.json")
    if check:
        with open(lpath, encoding="utf-8") as fh:
            if fh.read() != lab:
                problems.append("labels.json differs from a fresh build")
        expected = {d["file"] for d in docs}
        on_disk = {f for f in os.listdir(HERE) if f.endswith(".pdf")}
        if on_disk != expected:
            problems.append("unexpected PDF set on disk: %s" % sorted(on_disk ^ expected))
    else:
        with open(lpath, "w", encoding="utf-8") as fh:
            fh.write(lab)
    print("tally:", json.dumps(tally, sort_keys=True))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        return 1
    print("%s: %d documents OK" % ("check" if check else "build", len(docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
