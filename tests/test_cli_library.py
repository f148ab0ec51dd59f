"""The library command: add (stored, then read), list, reanalyze, export and import."""

import json

from .helpers import CONTRACTS, run_cli

MERIDIAN = CONTRACTS / "meridian_pm_agreement.pdf"
LOCKED = CONTRACTS / "ashgrove_billing_terms_protected.pdf"  # unreadable without its password


def test_add_list_export_import(tmp_path):
    data = tmp_path / "data"
    added = run_cli("library", "add", "--workspace", "Main", "--by", "alice", MERIDIAN, LOCKED, data_dir=data)
    assert added.returncode == 1  # the locked file cannot be read; the other file still is
    assert "stored meridian_pm_agreement.pdf" in added.stdout
    assert "Vendor charges a separate CPT fee" in added.stdout
    assert "protected by a password" in added.stdout
    again = run_cli("library", "add", MERIDIAN, data_dir=data)
    assert "already uploaded as meridian_pm_agreement.pdf" in again.stdout
    rows = json.loads(run_cli("library", "list", "--json", data_dir=data).stdout)
    assert sorted(r["status"] for r in rows) == ["error", "ok", "ok"]
    assert {r["uploaded_by"] for r in rows} == {"alice", None}
    assert "Read 0 contracts again" in run_cli("library", "reanalyze", data_dir=data).stdout
    archive = tmp_path / "backup.zip"
    assert run_cli("library", "export", archive, data_dir=data).returncode == 0
    restored = run_cli("library", "import", archive, data_dir=tmp_path / "fresh")
    assert restored.returncode == 0 and "2 files" in restored.stdout
    assert len(json.loads(run_cli("library", "list", "--json", data_dir=tmp_path / "fresh").stdout)) == 3


def test_import_of_a_wrong_file_is_a_plain_error(tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"not a zip")
    proc = run_cli("library", "import", junk, data_dir=tmp_path / "data")
    assert proc.returncode == 1
    assert "not a CPT Compare library export" in proc.stderr
    assert "Traceback" not in proc.stderr
