"""Build (or check) the blind_ac test set.

    python build.py           render every PDF and write labels.json
    python build.py --check   re-render in memory and verify files, labels and text rules
"""
import hashlib
import importlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import layout  # noqa: E402

MODULES = ["docs_pt", "docs_vc", "docs_cl", "docs_na", "docs_un"]

RIVERS = [
    "danube", "volga", "loire", "vistula", "dnieper", "tagus", "douro", "ebro", "garonne", "tiber",
    "arno", "zambezi", "limpopo", "orinoco", "parana", "magdalena", "mekong", "yangtze", "ganges", "indus",
    "brahmaputra", "irrawaddy", "salween", "amur", "yenisei", "tigris", "euphrates", "kolyma", "pechora",
    "dniester", "prut", "sava", "drava", "tisza", "morava", "isar", "neckar", "ruhr", "weser", "saale",
    "havel", "spree", "schelde", "marne", "meuse", "dordogne", "charente", "guadalquivir", "guadiana",
    "jucar", "adige", "piave", "brenta", "tanaro", "ticino", "volturno", "liffey", "boyne", "elbe", "rhone",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def collect():
    docs = []
    for m in MODULES:
        mod = importlib.import_module(m)
        for fn in mod.DOCS:
            docs.append(fn())
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(docs) == 60, "expected 60 documents, got %d" % len(docs)
    assert len(RIVERS) == 60 and len(set(RIVERS)) == 60
    docs.sort(key=lambda d: hashlib.sha256(("blind_ac:" + d["key"]).encode()).hexdigest())
    for i, d in enumerate(docs):
        d["file"] = "ac%02d_%s.pdf" % (i + 1, RIVERS[i])
    return docs


def labels(docs):
    out = {}
    for d in docs:
        assert d["coverage"] in COVERAGES, d["key"]
        f = d["cpt_fee"]
        if f is not None:
            assert d["coverage"] == "pass_through", d["key"]
            assert f["unit"] in UNITS and f["period"] in PERIODS and f["currency"] == "USD", d["key"]
            assert isinstance(f["amount"], (int, float)), d["key"]
        out[d["file"]] = {"description": d["description"], "status": "ok",
                          "terms": {"coverage": d["coverage"], "cpt_fee": f, "vendor": d["vendor"]}}
    return json.dumps({"contracts": out}, indent=2, sort_keys=False) + "\n"


def norm(s):
    s = s.replace("\u2019", "'").replace("\u00a0", " ").replace("\ufffe", "").replace("\x02", "")
    s = s.replace("-\r\n", "-").replace("-\n", "-")
    return re.sub(r"\s+", " ", s)


DOMAIN_RE = re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|co|uk|ca|gov|us|health|info|biz)\b", re.I)
EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
WEB_RE = re.compile(r"(?:https?://|www\.)([\w.-]+)")


def text_problems(d, pages):
    probs = []
    full = norm(" ".join(pages))
    if d["vendor"] not in full:
        probs.append("vendor name not found: %s" % d["vendor"])
    for r in RIVERS:
        if re.search(r"\b%s\b" % r, full, re.I):
            probs.append("file-name word in text: %s" % r)
    for m in EMAIL_RE.finditer(full):
        if not m.group(1).rstrip(".").lower().endswith(".example"):
            probs.append("e-mail not .example: %s" % m.group(0))
    for m in WEB_RE.finditer(full):
        if not m.group(1).rstrip(".").lower().endswith(".example"):
            probs.append("web address not .example: %s" % m.group(0))
    for m in DOMAIN_RE.finditer(full):
        probs.append("real-looking domain: %s" % m.group(0))
    return probs


def pdf_pages_text(data):
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


def main():
    check = "--check" in sys.argv
    docs = collect()
    problems = []
    rendered = {}
    for d in docs:
        data = layout.render(d)
        rendered[d["file"]] = data
        pages = pdf_pages_text(data)
        if not 1 <= len(pages) <= 4:
            problems.append("%s (%s): %d pages" % (d["file"], d["key"], len(pages)))
        for i, t in enumerate(pages):
            if not t.strip():
                problems.append("%s: page %d has no text" % (d["file"], i + 1))
        for p in text_problems(d, pages):
            problems.append("%s (%s): %s" % (d["file"], d["key"], p))
    lab = labels(docs)
    if check:
        existing = sorted(f for f in os.listdir(HERE) if f.endswith(".pdf"))
        if existing != sorted(rendered):
            problems.append("PDF file list differs from build")
        for f, data in rendered.items():
            p = os.path.join(HERE, f)
            if not os.path.exists(p) or open(p, "rb").read() != data:
                problems.append("%s differs from a fresh render" % f)
        lp = os.path.join(HERE, "labels.json")
        if not os.path.exists(lp) or open(lp).read() != lab:
            problems.append("labels.json differs from a fresh build")
    else:
        for f in os.listdir(HERE):
            if f.endswith(".pdf") and f not in rendered:
                os.remove(os.path.join(HERE, f))
        for f, data in rendered.items():
            with open(os.path.join(HERE, f), "wb") as fh:
                fh.write(data)
        with open(os.path.join(HERE, "labels.json"), "w") as fh:
            fh.write(lab)
    tally = {}
    for d in docs:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("documents:", len(docs), "tally:", json.dumps(tally, sort_keys=True))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  " + p)
        sys.exit(1)
    print("check OK" if check else "build OK")


if __name__ == "__main__":
    main()
