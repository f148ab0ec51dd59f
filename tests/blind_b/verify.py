"""Checks every PDF opens, has text, 1-4 pages, and contains its label's vendor string.
Run: .venv/bin/python verify.py"""
import json, os, re, sys, collections
import pypdfium2 as pdfium
H = os.path.dirname(os.path.abspath(__file__))
L = json.load(open(os.path.join(H, "labels.json")))["contracts"]
pdfs = sorted(f for f in os.listdir(H) if f.endswith(".pdf"))
assert set(pdfs) == set(L), (set(pdfs) ^ set(L))
cnt = collections.Counter()
bad = 0
for f in pdfs:
    doc = pdfium.PdfDocument(os.path.join(H, f))
    n = len(doc)
    txt = ""
    for i in range(n):
        tp = doc[i].get_textpage()
        txt += tp.get_text_range() + "\n"
    norm = re.sub(r"\s+", " ", txt)
    t = L[f]["terms"]
    v = t["vendor"]
    strict = any(v in line for line in txt.splitlines())
    ok_norm = v in norm
    cov = t["coverage"]; cnt[cov] += 1
    fee = t["cpt_fee"]
    prob = []
    if not (1 <= n <= 4): prob.append("pages=%d" % n)
    if len(norm) < 500: prob.append("short text")
    if not ok_norm: prob.append("VENDOR MISSING")
    if not strict: prob.append("vendor only wrapped")
    if fee is not None and cov != "pass_through": prob.append("fee on non-PT")
    if cov == "pass_through" and fee is None: prob.append("(PT fee null)")
    if prob: bad += 1
    print("%-58s p=%d chars=%5d %-22s %s %s" % (f, n, len(norm), cov,
          (fee["amount"], fee["unit"], fee["period"]) if fee else "-", " ".join(prob)))
print(cnt, sum(cnt.values()))
