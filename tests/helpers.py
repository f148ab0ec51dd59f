"""Shared test helpers: run the real pipeline on real (generated or sample) PDFs."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cptcompare import AnalysisResult, ContractTerms, Limits, analyze_bytes
from cptcompare.worker import UNREADABLE

ROOT = Path(__file__).resolve().parent.parent
CONTRACTS = ROOT / "contracts"
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"  # real-world PDFs (PDFium's test files), beside a clone, not in it
NOT_SAMPLES = {"README.md", "LICENSE"}


def analyze(data: bytes, name: str = "test.pdf", **kwargs) -> AnalysisResult:
    """The real pipeline, in-process (the worker has its own tests)."""
    kwargs.setdefault("isolate", False)
    return analyze_bytes(data, name, kwargs.pop("limits", Limits()), **kwargs)


def corpus_files() -> list[Path]:
    """Every file of ../shared/corpus, in all its folders, but READMEs and licences; [] where
    ../shared is absent."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name not in NOT_SAMPLES)


def crashed(result: AnalysisResult) -> bool:
    """Did the worker catch an unexpected exception (a bug) rather than a typed error? It turns
    one into a `corrupt` result with exactly the sentence worker.UNREADABLE."""
    return result.status == "error" and result.error is not None and result.error.message == UNREADABLE


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


def vm_size_mb() -> int:
    """This process's address space now, in MB: a forked worker starts from it."""
    status = Path("/proc/self/status").read_text()
    return int(re.search(r"^VmSize:\s+(\d+) kB", status, re.M).group(1)) // 1024


def worker_memory_mb(extra: int) -> int:
    """A memory limit that leaves the worker ``extra`` MB for its own use. A worker forked from
    a single-threaded caller starts from this process's size; the fresh interpreter started
    for a caller with threads (see worker.run_limited) from nearly nothing."""
    return (vm_size_mb() if threading.active_count() == 1 else 0) + extra


def in_a_thread(func: Callable[[], Any]) -> Any:
    """Run func in a second thread, as the app does (so the worker is a fresh interpreter);
    its result or exception comes back to the caller."""
    box = {}

    def run():
        try:
            box["value"] = func()
        except Exception as exc:  # noqa: BLE001 - handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if "error" in box:
        raise box["error"]
    return box["value"]
