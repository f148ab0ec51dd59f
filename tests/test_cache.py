"""The analyze cache: a hit prints exactly what reading the file prints, without loading pydantic
or the PDF libraries; what is not a whole, current result is never used."""

import json
import os
import shutil
import subprocess
import sys

import pytest

from cptcompare import EXTRACTOR_VERSION, Settings
from cptcompare.cache import ResultCache, folder_from_environment, sha256_of

from .helpers import CONTRACTS, ROOT, run_cli
from .pdfgen import pdf_from_text

HEAVY = ("pydantic", "pydantic_core", "pydantic_settings", "pypdfium2", "pdfplumber", "sqlalchemy")
PASSWORD = "practice2026"  # of the protected sample (contracts/build.py)


def _loaded(importtime: str) -> set[str]:
    """Top-level packages named in ``python -X importtime`` output."""
    return {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in importtime.splitlines() if "|" in line}


def _run_importtime(*args, data_dir) -> subprocess.CompletedProcess:
    env = dict(os.environ, CPTCOMPARE_DATA_DIR=str(data_dir))
    command = [sys.executable, "-X", "importtime", "-m", "cptcompare", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


def test_a_hit_prints_what_reading_prints_for_every_sample(tmp_path):
    samples = sorted(CONTRACTS.glob("*.pdf"))
    args = ("analyze", "--json", "--password", PASSWORD, *samples)
    read = run_cli(*args, data_dir=tmp_path)
    assert read.returncode == 0, read.stderr
    hit = _run_importtime(*args, data_dir=tmp_path)
    assert hit.returncode == 0, hit.stderr
    assert hit.stdout == read.stdout
    assert _loaded(hit.stderr).isdisjoint(HEAVY)


def test_a_file_not_in_the_cache_is_read_with_the_others(tmp_path):
    kept, new = tmp_path / "kept.pdf", tmp_path / "new.pdf"
    shutil.copy(CONTRACTS / "meridian_pm_agreement.pdf", kept)
    new.write_bytes(pdf_from_text("The CPT license fee is $19.00 per provider per year."))
    first = run_cli("analyze", "--json", kept, data_dir=tmp_path / "data")
    both = run_cli("analyze", "--json", kept, new, data_dir=tmp_path / "data")
    assert json.loads(both.stdout)[0] == json.loads(first.stdout)[0]
    assert json.loads(both.stdout)[1]["terms"]["cpt_fee"]["amount"] == 19.0


def test_old_damaged_or_foreign_cache_files_are_not_used(tmp_path):
    path = tmp_path / "a.pdf"
    shutil.copy(CONTRACTS / "meridian_pm_agreement.pdf", path)
    expected = run_cli("analyze", "--json", "--no-cache", path).stdout
    sha = sha256_of(path.read_bytes())
    folder = tmp_path / "data" / "cache"
    folder.mkdir(parents=True)
    (folder / f"{sha}-{EXTRACTOR_VERSION}.json").write_text('{"status": "ok"}')  # the older naming
    kept = ResultCache(folder)._path(sha, EXTRACTOR_VERSION)
    for damaged in ('{"status": "ok", "sha2', json.dumps({"status": "ok", "sha256": "0" * 64})):
        kept.write_text(damaged)
        assert ResultCache(folder).stored(sha, EXTRACTOR_VERSION) is None
        assert run_cli("analyze", "--json", path, data_dir=tmp_path / "data").stdout == expected
    assert ResultCache(folder).stored(sha, EXTRACTOR_VERSION)["sha256"] == sha  # read again, kept again


@pytest.mark.parametrize(
    ("environ", "answered"),
    [
        ({}, True),
        ({"CPTCOMPARE_DATA_DIR": "/srv/cpt"}, True),
        ({"cptcompare_data_dir": "elsewhere", "CPTCOMPARE_CACHE": "TRUE"}, True),
        ({"CPTCOMPARE_CACHE": "yes"}, True),
        ({"CPTCOMPARE_CACHE": "false"}, False),
        ({"CPTCOMPARE_CACHE": "0"}, False),
        ({"CPTCOMPARE_CACHE": "Off"}, False),
        ({"CPTCOMPARE_CACHE": " true"}, False),
        ({"CPTCOMPARE_CACHE": "maybe"}, False),
        ({"CPTCOMPARE_DATA_DIR": ""}, False),
    ],
)
def test_the_cache_folder_is_the_one_settings_give_or_none(monkeypatch, environ, answered):
    """Read without pydantic-settings, the folder is Settings' own; where the cache is off, or
    that reading is not sure, None (the CLI then takes the ordinary way)."""
    for key in [k for k in os.environ if k.lower().startswith("cptcompare_")]:
        monkeypatch.delenv(key)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    quick = folder_from_environment()
    assert (quick is not None) == answered
    if answered:
        settings = Settings()
        assert settings.cache and quick == settings.cache_dir
