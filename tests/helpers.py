"""Shared test helpers: run the real pipeline on real (generated or sample) PDFs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from cptcompare import AnalysisResult, ContractTerms, Limits, analyze_bytes

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "contracts"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "pdfium"


def analyze(data: bytes, name: str = "test.pdf", **kwargs) -> AnalysisResult:
    """The real pipeline, in-process (the worker has its own tests)."""
    kwargs.setdefault("isolate", False)
    return analyze_bytes(data, name, kwargs.pop("limits", Limits()), **kwargs)


def terms_of(data: bytes) -> ContractTerms:
    result = analyze(data)
    assert result.status == "ok", result.error
    assert result.terms is not None
    return result.terms


def finding(terms: ContractTerms, field: str):
    return next(f for f in terms.findings if f.field == field)


def labels() -> dict:
    return json.loads((CONTRACTS / "labels.json").read_text("utf-8"))["contracts"]


def run_cli(*args: object, data_dir: Path | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """``python -m cptcompare ARGS`` in a real process, with its own data folder if given."""
    env = dict(os.environ)
    if data_dir is not None:
        env["CPTCOMPARE_DATA_DIR"] = str(data_dir)
    command = [sys.executable, "-m", "cptcompare", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout)
