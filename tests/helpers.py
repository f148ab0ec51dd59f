"""Shared test helpers: run the real pipeline on real (generated or sample) PDFs."""

from __future__ import annotations

import json
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
