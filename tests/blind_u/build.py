"""Build the blind_u test set: 60 PDFs and labels.json.

Usage (from the repository root):
    .venv/bin/python tests/blind_u/build.py           # write PDFs + labels
    .venv/bin/python tests/blind_u/build.py --check   # verify determinism etc.
"""
import hashlib
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402  (sets rl_config.invariant before anything renders)
import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402
import docs_d  # noqa: E402
import docs_e  # noqa: E402

SALT = "blind_u:"

# Neutral file-name words, used in sha256 order. None of them may occur in the
# text of any document (checked by --check).
WORDS = [
    "acorn", "anvil", "barley", "beacon", "bramble", "candle", "canopy",
    "clover", "comet", "coral", "tinsel", "cobble", "dahlia", "ember", "sorbet",
    "flint", "garnet", "glacier", "heron", "indigo", "ivory", "wicker",
    "lagoon", "lantern", "lichen", "linen", "lotus", "maple", "marble",
    "meadow", "mosaic", "nectar", "nutmeg", "onyx", "orchid", "otter",
    "pebble", "pepper", "prism", "quartz", "quill", "pewter", "ripple",
    "saffron", "sparrow", "spruce", "thistle", "thimble", "tulip", "umber",
    "velvet", "walnut", "willow", "yarrow", "zephyr", "pumice", "hazelnut",
    "teacup", "mitten", "parsnip",
]

COVERAGES = ("vendor_covers", "pass_through", "customer_must_license",
             "not_addressed", "unclear")
UNITS = ("user", "provider", "location", "organization", None)
PERIODS = ("year", "month", "one_time", None)


def collect():
    specs = []
    for mod in (docs_a, docs_b, docs_c, docs_d, docs_e):
        for fn in mod.DOCS:
            specs.append(fn())
    keys = [s["key"] for s in specs]
    if len(set(keys)) != len(keys):
        raise SystemExit("duplicate keys")
    specs.sort(key=lambda s: hashlib.sha256(
        (SALT + s["key"]).encode("utf-8")).hexdigest())
    if len(specs) != len(WORDS):
        raise SystemExit("have %d documents but %d words"
                         % (len(specs), len(WORDS)))
    for i, s in enumerate(specs):
        s["file"] = "u%02d_%s.pdf" % (i + 1, WORDS[i])
    return specs


def label_of(s):
    return {"description": s["description"], "status": "ok",
            "terms": {"coverage": s["coverage"], "cpt_fee": s["fee"],
                      "vendor": s["vendor"]}}


def labels_json(specs):
    data = {"contracts": {s["file"]: label_of(s) for s in specs}}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def render_all(specs):
    out = {}
    for s in specs:
        # Rebuild the spec so that flowables are fresh for every render.
        out[s["file"]] = common.render(s)
    return out


def fresh_specs():
    return collect()


def write(specs, pdfs):
    for name in os.listdir(HERE):
        if re.match(r"^u\d\d_[a-z]+\.pdf$", name) and name not in pdfs:
            os.remove(os.path.join(HERE, name))
    for name, data in pdfs.items():
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        fh.write(labels_json(specs))


def norm(text):
    return " ".join(text.split())


def validate_labels(specs):
    errs = []
    tally = {c: 0 for c in COVERAGES}
    for s in specs:
        c = s["coverage"]
        if c not in COVERAGES:
            errs.append("%s: bad coverage %r" % (s["key"], c))
            continue
        tally[c] += 1
        f = s["fee"]
        if f is not None:
            if c != "pass_through":
                errs.append("%s: fee on non pass_through" % s["key"])
            if set(f) != {"amount", "currency", "unit", "period"}:
                errs.append("%s: fee keys" % s["key"])
            if not isinstance(f["amount"], (int, float)) or f["amount"] <= 0:
                errs.append("%s: fee amount" % s["key"])
            if f["unit"] not in UNITS or f["period"] not in PERIODS:
                errs.append("%s: fee unit/period" % s["key"])
        if not s["description"].strip() or "\n" in s["description"]:
            errs.append("%s: description" % s["key"])
    return errs, tally


def check():
    import pypdfium2 as pdfium

    errs = []
    specs1 = fresh_specs()
    pdfs1 = render_all(specs1)
    specs2 = fresh_specs()
    pdfs2 = render_all(specs2)
    if [s["file"] for s in specs1] != [s["file"] for s in specs2]:
        errs.append("file order differs between runs")
    for name in pdfs1:
        if pdfs1[name] != pdfs2.get(name):
            errs.append("%s: not byte-identical across renders" % name)
    lj = labels_json(specs1)
    if lj != labels_json(specs2):
        errs.append("labels.json differs between runs")
    # compare with what is on disk
    path = os.path.join(HERE, "labels.json")
    if not os.path.exists(path) or open(path, encoding="utf-8").read() != lj:
        errs.append("labels.json on disk is stale (run build.py)")
    on_disk = sorted(n for n in os.listdir(HERE)
                     if re.match(r"^u\d\d_[a-z]+\.pdf$", n))
    if on_disk != sorted(pdfs1):
        errs.append("PDF files on disk differ from the build list")
    for name, data in pdfs1.items():
        p = os.path.join(HERE, name)
        if os.path.exists(p) and open(p, "rb").read() != data:
            errs.append("%s: on-disk bytes are stale" % name)
    lerrs, tally = validate_labels(specs1)
    errs += lerrs
    texts = {}
    for s in specs1:
        name = s["file"]
        pdf = pdfium.PdfDocument(pdfs1[name])
        n = len(pdf)
        if not 1 <= n <= 4:
            errs.append("%s: %d pages" % (name, n))
        full = []
        for i in range(n):
            page = pdf[i]
            tp = page.get_textpage()
            t = tp.get_text_range()
            tp.close()
            page.close()
            if not t.strip():
                errs.append("%s: page %d has no text" % (name, i + 1))
            full.append(t)
        pdf.close()
        text = norm(" ".join(full))
        texts[name] = text
        if norm(s["vendor"]) not in text:
            errs.append("%s: vendor %r not found in text" % (name, s["vendor"]))
        s["pages"] = n
    # file-name words must not occur in any document
    alltext = " ".join(texts.values()).lower()
    for w in WORDS:
        if re.search(r"\b%s" % re.escape(w), alltext):
            errs.append("word %r occurs in document text" % w)
    vendors = [s["vendor"] for s in specs1]
    if len(set(vendors)) != len(vendors):
        errs.append("duplicate vendor names")
    for s in specs1:
        print("%-24s %-22s %-22s p%d %s" % (
            s["file"], s["key"], s["coverage"], s["pages"],
            "" if s["fee"] is None else "%s/%s/%s" % (
                s["fee"]["amount"], s["fee"]["unit"], s["fee"]["period"])))
    print("tally:", json.dumps(tally))
    if errs:
        print("\n".join("ERROR: " + e for e in errs))
        return 1
    print("check OK: %d PDFs, deterministic, text on every page" % len(pdfs1))
    return 0


def main(argv):
    if "--check" in argv:
        return check()
    specs = fresh_specs()
    pdfs = render_all(specs)
    write(specs, pdfs)
    _, tally = validate_labels(specs)
    print("wrote %d PDFs and labels.json; tally %s" % (len(pdfs),
                                                       json.dumps(tally)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
