"""The CLI as DESIGN.md specifies it: JSON shape, table, exit codes 0/1/2, --password."""

import json

import pytest

from .helpers import run_cli
from .pdfgen import pdf_from_text

FEE = 'Bluepeak Health Systems, Inc. ("Vendor") charges a CPT license fee of $19.00 per provider per year.'
TERM_KEYS = {"vendor", "coverage", "cpt_fee", "ama_notice", "code_sets", "findings"}
FINDING_KEYS = {"field", "value", "page", "quote", "confidence"}


def run(*args, data_dir=None):
    return run_cli(*args, data_dir=data_dir)


@pytest.fixture
def files(tmp_path):
    good = tmp_path / "good.pdf"
    good.write_bytes(pdf_from_text(FEE))
    bad = tmp_path / "notes.pdf"
    bad.write_bytes(b"just some text, not a PDF at all")
    locked = tmp_path / "locked.pdf"
    locked.write_bytes(pdf_from_text(FEE, encrypt="pw123"))
    return good, bad, locked


def test_json_shape_and_exit_zero(files):
    good, _, _ = files
    proc = run("analyze", "--json", good)
    assert proc.returncode == 0, proc.stderr
    [obj] = json.loads(proc.stdout)
    assert set(obj) == {"file", "sha256", "status", "pages", "error", "terms"}
    assert (obj["file"], obj["status"], obj["pages"], obj["error"]) == (str(good), "ok", 1, None)
    assert len(obj["sha256"]) == 64
    terms = obj["terms"]
    assert set(terms) >= TERM_KEYS
    assert terms["vendor"] == "Bluepeak Health Systems, Inc."
    assert terms["coverage"] == "pass_through"
    assert terms["cpt_fee"] == {"amount": 19.0, "currency": "USD", "unit": "provider", "period": "year"}
    assert terms["code_sets"] == ["CPT"]
    assert all(set(f) >= FINDING_KEYS for f in terms["findings"])


def test_one_bad_file_exits_one_and_others_still_analyzed(files):
    good, bad, _ = files
    proc = run("analyze", "--json", bad, good)
    assert proc.returncode == 1
    first, second = json.loads(proc.stdout)
    assert first["status"] == "error" and first["terms"] is None
    assert first["error"]["code"] == "not_pdf"
    assert first["error"]["message"]
    assert second["status"] == "ok"


def test_password_opens_a_protected_file(files):
    _, _, locked = files
    assert json.loads(run("analyze", "--json", locked).stdout)[0]["error"]["code"] == "encrypted"
    proc = run("analyze", "--json", "--password", "pw123", locked)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)[0]["terms"]["cpt_fee"]["amount"] == 19.0


def test_readable_table_without_json(files):
    good, bad, _ = files
    proc = run("analyze", good, bad)
    assert proc.returncode == 1
    assert "Bluepeak Health Systems, Inc." in proc.stdout
    assert "$19.00 per provider a year" in proc.stdout
    assert "not a PDF" in proc.stdout
    assert "Traceback" not in proc.stdout + proc.stderr


@pytest.mark.parametrize("args", [[], ["analyze"], ["analyze", "--bogus", "x.pdf"], ["frobnicate", "x.pdf"]])
def test_usage_errors_exit_two(args):
    assert run(*args).returncode == 2


def test_missing_path_is_a_usage_error(tmp_path):
    proc = run("analyze", tmp_path / "nope.pdf")
    assert proc.returncode == 2
    assert "no such file" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_second_run_is_answered_from_the_cache(files, tmp_path):
    good, _, _ = files
    first = json.loads(run("analyze", "--json", good, data_dir=tmp_path / "data").stdout)
    cached = list((tmp_path / "data" / "cache").glob("*.json"))
    assert len(cached) == 1 and first[0]["sha256"] in cached[0].name
    assert json.loads(run("analyze", "--json", good, data_dir=tmp_path / "data").stdout) == first
