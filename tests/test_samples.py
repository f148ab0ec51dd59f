"""Every sample contract in contracts/ agrees with contracts/labels.json (the ground truth)."""

import json

import pytest

from cptcompare import Limits, analyze_bytes

from .helpers import CONTRACTS, labels, run_cli

LABELS = labels()
COMPARED = ("vendor", "coverage", "cpt_fee", "ama_notice", "code_sets", "user_definition")
DATES = ("effective_date", "initial_term_months", "auto_renews", "notice_days")


def _result(name: str, password: str | None = None):
    return analyze_bytes((CONTRACTS / name).read_bytes(), name, Limits(), password=password)


def actual(name: str, truth: dict) -> dict:
    result = _result(name, truth.get("password"))
    out = {"status": result.status, "error_code": result.error.code if result.error else None}
    if result.terms is not None:
        terms = result.terms.model_dump(mode="json")
        out.update({k: terms[k] for k in COMPARED})
        out["flags"] = sorted(f["id"] for f in terms["flags"])
        out.update({k: terms["dates"][k] for k in DATES})
        out["pages"] = result.pages
    return out


def expected(truth: dict) -> dict:
    out = {"status": truth["status"], "error_code": truth["error_code"]}
    if truth["terms"] is not None:
        out.update({k: truth["terms"][k] for k in (*COMPARED, *DATES)})
        out["flags"] = sorted(truth["terms"]["flags"])
        out["pages"] = truth["pages"]
    return out


def test_there_are_enough_samples():
    assert len(LABELS) >= 12
    assert {t["terms"]["coverage"] for t in LABELS.values() if t["terms"]} >= {
        "vendor_covers",
        "pass_through",
        "customer_must_license",
        "not_addressed",
        "unclear",
    }


@pytest.mark.parametrize("name", sorted(LABELS))
def test_sample_matches_its_labels(name):
    truth = LABELS[name]
    assert actual(name, truth) == expected(truth)


@pytest.mark.parametrize("name", sorted(n for n, t in LABELS.items() if t.get("password")))
def test_protected_sample_needs_its_password(name):
    result = _result(name)
    assert result.status == "error" and result.error.code == "encrypted"


def test_cli_over_all_samples_agrees_with_labels():
    """The issue's acceptance check: `analyze --json contracts/*.pdf` (with the sample password)."""
    names = sorted(LABELS)
    paths = [CONTRACTS / n for n in names]
    proc = run_cli("analyze", "--json", "--no-cache", "--password", "practice2026", *paths)
    assert proc.returncode == (1 if any(t["status"] == "error" for t in LABELS.values()) else 0)
    for name, obj in zip(names, json.loads(proc.stdout), strict=True):
        truth = LABELS[name]
        assert obj["status"] == truth["status"], name
        if truth["terms"] is None:
            assert obj["error"]["code"] == truth["error_code"], name
            continue
        for key in COMPARED:
            assert obj["terms"][key] == truth["terms"][key], (name, key)
