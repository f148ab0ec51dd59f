#!/usr/bin/env python3
"""Sanity checks for blind set D: every PDF opens, has text, 1-4 pages, vendor string present."""
import collections
import json
import os
import re

import pypdfium2 as pdfium

HERE = os.path.dirname(os.path.abspath(__file__))


def norm(t):
    t = t.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", t)


def main():
    labels = json.load(open(os.path.join(HERE, "labels.json")))["contracts"]
    pdfs = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
    assert set(pdfs) == set(labels), (set(pdfs) ^ set(labels))
    problems = []
    cov = collections.Counter()
    pages_hist = collections.Counter()
    for f in pdfs:
        lab = labels[f]["terms"]
        cov[lab["coverage"]] += 1
        doc = pdfium.PdfDocument(os.path.join(HERE, f))
        n = len(doc)
        pages_hist[n] += 1
        text = ""
        for i in range(n):
            tp = doc[i].get_textpage()
            text += tp.get_text_range() + "\n"
        doc.close()
        t = norm(text)
        if not (1 <= n <= 4):
            problems.append(f"{f}: {n} pages")
        if len(t.strip()) < 200:
            problems.append(f"{f}: little text")
        if norm(lab["vendor"]) not in t:
            problems.append(f"{f}: vendor '{lab['vendor']}' not found in text")
        fee = lab["cpt_fee"]
        if (fee is not None) and lab["coverage"] != "pass_through":
            problems.append(f"{f}: fee on non pass_through")
    print("PDFs:", len(pdfs))
    print("coverage:", dict(cov))
    print("pages:", dict(sorted(pages_hist.items())))
    print("problems:", len(problems))
    for p in problems:
        print("  ", p)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
