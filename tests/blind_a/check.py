#!/usr/bin/env python3
"""Sanity checks for blind_a: every PDF opens, has 1-4 pages, and contains its label's vendor string."""
import json
import re
import sys
from pathlib import Path

import pypdfium2 as pdfium

HERE = Path(__file__).resolve().parent
labels = json.loads((HERE / "labels.json").read_text())["contracts"]
bad = 0
for name, lab in sorted(labels.items()):
    pdf = pdfium.PdfDocument(str(HERE / name))
    pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    text = " ".join(" ".join(pages).split())
    vendor = lab["terms"]["vendor"]
    ok_vendor = vendor in text
    ok_pages = 1 <= len(pdf) <= 4
    if not (ok_vendor and ok_pages):
        bad += 1
    print("%-55s pages=%d vendor=%s cpt_mentions=%d" % (name, len(pdf), "ok" if ok_vendor else "MISSING",
                                                       len(re.findall(r"\bCPT\b", text))))
print("contracts:", len(labels), "problems:", bad)
sys.exit(1 if bad or len(labels) < 60 else 0)
