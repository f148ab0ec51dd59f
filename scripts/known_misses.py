"""Rewrite tests/known_misses.json from what the engine says now on every labelled set.

    .venv/bin/python scripts/known_misses.py          # rewrite the list
    .venv/bin/python scripts/known_misses.py --check  # print what changed, write nothing

Run it after an engine change, then read the diff: every item that left the list is fixed,
every item that joined it is a regression to explain or fix before committing.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests import test_accuracy_sets as sets  # noqa: E402

KNOWN = ROOT / "tests" / "known_misses.json"


def _says(terms) -> str:
    fee = sets._fee(terms.cpt_fee)
    said = f"engine says {terms.coverage}"
    if fee:
        said += f" {fee['amount']} per {fee['unit']} per {fee['period']}"
    return said + (" (needs review)" if terms.needs_review else "")


def misses() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for kind, items in sets.SETS.items():
        for name in sorted(items):
            terms = sets._reading(kind, name)
            if sets._answer(terms, items[name]) != sets._truth(items[name]):
                out.setdefault(kind, {})[name] = _says(terms)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="print the changes only")
    args = ap.parse_args()
    old = json.loads(KNOWN.read_text("utf-8"))
    new = misses()
    for kind in sorted(set(old) | set(new)):
        before, after = old.get(kind, {}), new.get(kind, {})
        for name in sorted(set(before) - set(after)):
            print(f"fixed      {kind}/{name}")
        for name in sorted(set(after) - set(before)):
            print(f"REGRESSED  {kind}/{name}: {after[name]}")
    if not args.check:
        KNOWN.write_text(json.dumps(new, indent=1, ensure_ascii=False) + "\n", "utf-8")


if __name__ == "__main__":
    main()
