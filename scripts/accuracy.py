"""Score the engine on labelled contracts or clauses: coverage confusion matrix, fees, calibration.

    .venv/bin/python scripts/accuracy.py tests/blind_a            # a folder with labels.json + PDFs
    .venv/bin/python scripts/accuracy.py tests/clauses/part1.json  # a clause corpus (PDFs made here)
    .venv/bin/python scripts/accuracy.py --wrong tests/blind_a     # also list every miss

Prints, per set: coverage right (count), the confusion matrix (rows: truth, columns: engine),
fees right, the dangerous errors ("vendor covers" where the practice in fact pays or must
license), and how often answers at confidence 0.85 or more were right. Runs the engine in this
process (no worker), on whatever ``cptcompare`` the working folder imports.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path.cwd()))
sys.path.insert(1, str(ROOT))

from cptcompare import Limits, analyze_bytes  # noqa: E402

VALUES = ("vendor_covers", "pass_through", "customer_must_license", "not_addressed", "unclear")
SHORT = {
    "vendor_covers": "covers",
    "pass_through": "pass",
    "customer_must_license": "must",
    "not_addressed": "n/a",
    "unclear": "unclear",
}
HIGH = 0.85


def cases(path: Path) -> list[tuple[str, bytes, dict]]:
    """(name, PDF bytes, true terms) for a labels folder or a clause-corpus JSON file."""
    if path.is_dir():
        labels = json.loads((path / "labels.json").read_text("utf-8"))["contracts"]
        return [
            (name, (path / name).read_bytes(), {**lab["terms"], "password": lab.get("password")})
            for name, lab in sorted(labels.items())
            if lab.get("status", "ok") == "ok"
        ]
    from tests.pdfgen import clause_pdf  # reportlab: only for a clause corpus

    items = json.loads(path.read_text("utf-8"))
    return [(i["id"], clause_pdf(i), i) for i in items]


def fee_of(terms) -> dict | None:
    fee = terms.cpt_fee
    if fee is None:
        return None
    return {"amount": round(fee.amount, 2), "unit": fee.unit, "period": fee.period}


def true_fee(label: dict) -> dict | None:
    fee = label.get("cpt_fee")
    return (
        None
        if fee is None
        else {"amount": round(fee["amount"], 2), "unit": fee["unit"], "period": fee["period"]}
    )


def score(path: Path, wrong: bool) -> dict:
    matrix: Counter = Counter()
    fee_right = cov_right = high = high_right = dangerous = review = review_wrong = 0
    misses = []
    runs = cases(path)
    for name, data, label in runs:
        result = analyze_bytes(data, name, Limits(), password=label.get("password"), isolate=False)
        truth = label["coverage"]
        if result.status != "ok":
            got, conf, fee, needs = "error", 0.0, None, True
        else:
            got = result.terms.coverage
            conf = next((f.confidence for f in result.terms.findings if f.field == "coverage"), 0.0)
            fee = fee_of(result.terms)
            needs = getattr(result.terms, "needs_review", conf < HIGH)
        matrix[truth, got] += 1
        fee_ok = fee == true_fee(label)
        right = got == truth and fee_ok
        cov_right += got == truth
        fee_right += fee_ok
        dangerous += got == "vendor_covers" and truth in ("pass_through", "customer_must_license")
        if conf >= HIGH and not needs:
            high += 1
            high_right += right
        else:
            review += 1
            review_wrong += not right
        if not right:
            misses.append((name, truth, got, conf, true_fee(label), fee, needs))
    report(
        path, len(runs), matrix, cov_right, fee_right, dangerous, (high, high_right), (review, review_wrong)
    )
    if wrong:
        for name, truth, got, conf, tf, f, needs in misses:
            mark = " (needs review)" if needs else ""
            print(f"  MISS {name}: truth {truth} {tf}; engine {got} {f} at {conf:.2f}{mark}")
    return {
        "n": len(runs),
        "coverage": cov_right,
        "fee": fee_right,
        "dangerous": dangerous,
        "high": high,
        "high_right": high_right,
    }


def report(path, n, matrix, cov_right, fee_right, dangerous, high, review) -> None:
    print(f"\n== {path}: {n} documents")
    print(f"coverage right {cov_right}/{n}; fee right {fee_right}/{n}; dangerous 'covers' errors {dangerous}")
    cols = [*VALUES, "error"]
    print("truth \\ engine " + "".join(f"{SHORT.get(c, c):>9}" for c in cols))
    for t in VALUES:
        print(f"{SHORT[t]:>15}" + "".join(f"{matrix[t, c]:>9}" for c in cols))
    h, hr = high
    print(
        f"high confidence (>= {HIGH}, not needing review): {hr}/{h} right"
        + (f" ({100 * hr / h:.0f}%)" if h else "")
    )
    r, rw = review
    print(f"marked for review: {r} ({rw} of them wrong)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--wrong", action="store_true", help="list every miss")
    args = parser.parse_args()
    for p in args.paths:
        score(p, args.wrong)


if __name__ == "__main__":
    main()
