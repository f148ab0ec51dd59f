"""Build (or verify with --check) the blind_x CPT-licensing test set.

Usage (from the repository root):
    .venv/bin/python tests/blind_x/build.py          # render PDFs + labels.json
    .venv/bin/python tests/blind_x/build.py --check  # re-render and verify
"""
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from xlayout import render  # noqa: E402
import docs_pass  # noqa: E402
import docs_vendor  # noqa: E402
import docs_customer  # noqa: E402
import docs_none  # noqa: E402
import docs_unclear  # noqa: E402

WORDS = [
    "walrus", "ocelot", "tapir", "ibex", "lemur", "marmot", "okapi", "pangolin", "quoll", "serval",
    "tamarin", "vicuna", "wombat", "zebu", "axolotl", "bongo", "caracal", "dugong", "echidna", "fossa",
    "gharial", "hoatzin", "impala", "jerboa", "kinkajou", "margay", "numbat", "oryx", "peccary", "quetzal",
    "saiga", "wapiti", "xerus", "zorilla", "agouti", "bilby", "coati", "dingo", "fennec", "gerenuk",
    "hyrax", "indri", "jacana", "kudu", "lynx", "nilgai", "olingo", "pika", "sifaka", "tayra",
    "gecko", "puffin", "narwhal", "manatee", "bison", "alpaca", "gazelle", "jaguar", "koala", "meerkat",
]

COVERAGES = {"vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear"}
UNITS = {"user", "provider", "location", "organization", None}
PERIODS = {"year", "month", "one_time", None}


def all_docs():
    docs = docs_pass.DOCS + docs_vendor.DOCS + docs_customer.DOCS + docs_none.DOCS + docs_unclear.DOCS
    keys = [d["key"] for d in docs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    assert len(docs) <= len(WORDS)
    docs.sort(key=lambda d: hashlib.sha256(("blind_x:" + d["key"]).encode()).hexdigest())
    out = []
    for i, d in enumerate(docs):
        name = "x%02d_%s.pdf" % (i + 1, WORDS[i])
        out.append((name, d))
    return out


def build_all():
    results = []
    for name, d in all_docs():
        doc = dict(d)
        doc.setdefault("title", "")
        doc["author"] = ""
        results.append((name, d, render(doc)))
    return results


def labels_for(results):
    contracts = {}
    for name, d, _ in results:
        cov = d["coverage"]
        fee = d["fee"]
        assert cov in COVERAGES, d["key"]
        if cov == "pass_through":
            assert fee is not None, d["key"]
        else:
            assert fee is None, d["key"]
        if fee is not None:
            assert fee["unit"] in UNITS and fee["period"] in PERIODS and fee["currency"] == "USD"
            fee = {"amount": float(fee["amount"]), "currency": "USD", "unit": fee["unit"], "period": fee["period"]}
        contracts[name] = {"description": d["desc"], "status": "ok",
                           "terms": {"coverage": cov, "cpt_fee": fee, "vendor": d["vendor"]}}
    return {"contracts": contracts}


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


def norm(s):
    s = s.replace("\u00a0", " ").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def verify(results):
    errors = []
    for name, d, data in results:
        pages = pdf_text_pages(data)
        if not 1 <= len(pages) <= 4:
            errors.append("%s: %d pages" % (name, len(pages)))
        for i, t in enumerate(pages):
            if len(norm(t)) < 20:
                errors.append("%s: page %d has no extractable text" % (name, i + 1))
        text = norm(" ".join(pages))
        if d["vendor"] not in text:
            errors.append("%s: vendor name %r not found in text" % (name, d["vendor"]))
        low = text.lower()
        for w in WORDS:
            if w in low:
                errors.append("%s: file-name word %r appears in text" % (name, w))
        for m in re.findall(r"[\w.-]+@[\w.-]+", text):
            if not m.rstrip(".").endswith(".example"):
                errors.append("%s: e-mail address %r not .example" % (name, m))
        for m in re.findall(r"\b[\w-]+(?:\.[\w-]+)+/\S*", text):
            if ".example" not in m:
                errors.append("%s: web address %r not .example" % (name, m))
    return errors


def main():
    check = "--check" in sys.argv[1:]
    results = build_all()
    labels = labels_for(results)
    labels_bytes = (json.dumps(labels, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    errors = verify(results)
    if check:
        for name, _, data in results:
            path = os.path.join(HERE, name)
            if not os.path.exists(path):
                errors.append("%s: missing" % name)
            elif open(path, "rb").read() != data:
                errors.append("%s: bytes differ from a fresh render" % name)
        lp = os.path.join(HERE, "labels.json")
        if not os.path.exists(lp) or open(lp, "rb").read() != labels_bytes:
            errors.append("labels.json differs from a fresh build")
        expected = {n for n, _, _ in results}
        for f in os.listdir(HERE):
            if f.endswith(".pdf") and f not in expected:
                errors.append("%s: unexpected PDF" % f)
    else:
        for f in os.listdir(HERE):
            if f.endswith(".pdf"):
                os.remove(os.path.join(HERE, f))
        for name, _, data in results:
            with open(os.path.join(HERE, name), "wb") as fh:
                fh.write(data)
        with open(os.path.join(HERE, "labels.json"), "wb") as fh:
            fh.write(labels_bytes)
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    tally = {}
    for n, d, _ in results:
        tally[d["coverage"]] = tally.get(d["coverage"], 0) + 1
    print("%s OK: %d documents %s" % ("check" if check else "build", len(results), json.dumps(tally, sort_keys=True)))


if __name__ == "__main__":
    main()
