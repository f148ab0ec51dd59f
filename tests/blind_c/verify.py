#!/usr/bin/env python3
"""Check the built set: every PDF opens, has text, 1-4 pages, vendor string present."""
import collections
import json
import os
import re
import sys

import pypdfium2 as pdfium

HERE = os.path.dirname(os.path.abspath(__file__))


def text_of(path):
    pdf = pdfium.PdfDocument(path)
    pages = []
    for i in range(len(pdf)):
        tp = pdf[i].get_textpage()
        pages.append(tp.get_text_range())
    return len(pdf), "\n".join(pages)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json")))["contracts"]
    pdfs = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
    bad = []
    if sorted(labels) != pdfs:
        bad.append("label/pdf mismatch")
    cov = collections.Counter()
    for f in pdfs:
        n, txt = text_of(os.path.join(HERE, f))
        t = labels[f]["terms"]
        cov[t["coverage"]] += 1
        if not (1 <= n <= 4):
            bad.append("%s: %d pages" % (f, n))
        if len(norm(txt)) < 400:
            bad.append("%s: little text" % f)
        if t["vendor"] not in norm(txt):
            bad.append("%s: vendor %r not in text" % (f, t["vendor"]))
        fee = t["cpt_fee"]
        if (fee is not None) and t["coverage"] != "pass_through":
            bad.append("%s: fee on non-pass-through" % f)
        if fee is not None:
            amt = fee["amount"]
            s = ("%.2f" % amt)
            print("%-26s %2dp  %-22s %7s %-12s %s" % (f, n, t["coverage"], s, fee["unit"], fee["period"]))
        else:
            print("%-26s %2dp  %-22s" % (f, n, t["coverage"]))
    print(dict(cov), "total", len(pdfs))
    if len(pdfs) < 64:
        bad.append("fewer than 64 PDFs")
    for b in bad:
        print("PROBLEM:", b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
