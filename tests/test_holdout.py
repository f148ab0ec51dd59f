"""The held-out contracts (tests/holdout/), written apart from the engine to check that its rules
generalize. First run before any tuning: 52 of 60 fields right; now every field must hold."""

import json

import pytest

from cptcompare import Limits, analyze_bytes

from .helpers import ROOT

HOLDOUT = ROOT / "tests" / "holdout"
LABELS = json.loads((HOLDOUT / "labels.json").read_text("utf-8"))["contracts"]


@pytest.mark.parametrize("name", sorted(LABELS))
def test_holdout_contract_matches_its_labels(name):
    result = analyze_bytes((HOLDOUT / name).read_bytes(), name, Limits())
    assert result.status == "ok"
    got = result.terms.model_dump(mode="json")
    assert {k: got[k] for k in LABELS[name]["terms"]} == LABELS[name]["terms"]
