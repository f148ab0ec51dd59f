"""make bench, part 2: every file of ../shared/corpus through ingestion, as the app reads them.

Prints the files, how many were read, the clean errors by code, the crashes (an exception, or
one the worker caught) and hangs (the time limit reached), the slowest file, and the peak
memory of the worker processes (their largest resident set, which includes what a forked worker
shares with this process). Times are also given as ratios to plain PDFium text extraction of the
same files in the same run, in the same kind of limited worker (so process start and fork cost
the same on both sides). Exits 1 if any file crashed or hung; says so and exits 0 where
../shared/corpus is absent.
"""

from __future__ import annotations

import contextlib
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cptcompare import Limits, analyze_bytes  # noqa: E402
from cptcompare.errors import InputError  # noqa: E402
from cptcompare.worker import run_limited  # noqa: E402
from tests.helpers import CORPUS, corpus_files, crashed  # noqa: E402

LIMITS = Limits(timeout_seconds=30)


def peak_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def pdfium_text(data: bytes) -> int:
    """Plain PDFium text extraction of every page (the baseline): characters read."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return 0
    return sum(len(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf)))


def baseline_seconds(path: Path) -> float:
    started = time.perf_counter()
    with contextlib.suppress(InputError):  # timed out or out of memory: counted at its time, like ours
        run_limited(pdfium_text, (path.read_bytes(),), LIMITS)
    return time.perf_counter() - started


def outcome(path: Path) -> tuple[str, float]:
    """('ok' | an error code | 'crash' | 'hang', seconds) of one file."""
    started = time.perf_counter()
    try:
        result = analyze_bytes(path.read_bytes(), path.name, LIMITS)
    except Exception as exc:  # noqa: BLE001 - counted and named, not hidden
        print(f"  crash: {path.name}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return "crash", time.perf_counter() - started
    elapsed = time.perf_counter() - started
    if crashed(result):
        return "crash", elapsed
    if result.status == "error" and result.error.code == "timeout":
        return "hang", elapsed
    return ("ok" if result.status == "ok" else result.error.code), elapsed


def main() -> int:
    files = corpus_files()
    if not files:
        print(f"corpus: no files: {CORPUS} is absent (it lies beside the clone, as ../shared/corpus)")
        return 0
    counts: Counter[str] = Counter()
    slowest, slowest_s, peak, peak_file = "", 0.0, 0.0, ""
    baseline, total, slowest_base = {}, 0.0, 0.0
    for path in files:
        baseline[path] = baseline_seconds(path)
    for path in files:
        kind, seconds = outcome(path)
        total += seconds
        counts[kind] += 1
        if kind in ("crash", "hang"):
            print(f"  {kind}: {path.relative_to(CORPUS)} ({seconds:.1f} s)")
        if seconds > slowest_s:
            slowest, slowest_s, slowest_base = str(path.relative_to(CORPUS)), seconds, baseline[path]
        if peak_children_mb() > peak:
            peak, peak_file = peak_children_mb(), str(path.relative_to(CORPUS))
    base_total = sum(baseline.values())
    errors = {code: n for code, n in counts.most_common() if code not in ("ok", "crash", "hang")}
    report = {
        "files": len(files),
        "ok": counts["ok"],
        "clean_errors": errors,
        "crashes": counts["crash"],
        "hangs": counts["hang"],
        "slowest": {
            "file": slowest,
            "seconds": round(slowest_s, 3),
            "pdfium_seconds": round(slowest_base, 3),
        },
        "peak_worker_rss_mb": round(peak, 1),
        "peak_file": peak_file,
        "total_seconds": round(total, 1),
        "pdfium_total_seconds": round(base_total, 1),
        "ratio": round(total / base_total, 2),
    }
    by_code = ", ".join(f"{code} {n}" for code, n in errors.items()) or "none"
    limits = f"{LIMITS.timeout_seconds:g} s and {LIMITS.max_memory_mb} MB a file"
    print(f"corpus: {len(files)} files in {CORPUS} (limits {limits})")
    print(f"  ok {counts['ok']}; clean errors {sum(errors.values())} ({by_code})")
    print(f"  crashes {counts['crash']}; hangs {counts['hang']}")
    print(
        f"  all files {total:.1f} s = {total / base_total:.2f}x plain PDFium text of the same files in "
        f"the same kind of worker ({base_total:.1f} s); slowest {slowest} {slowest_s:.2f} s "
        f"({slowest_s / max(slowest_base, 1e-9):.1f}x its PDFium text)"
    )
    print(f"  peak memory {peak:.0f} MB (largest worker process, RSS), first reached on {peak_file}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "corpus.json").write_text(json.dumps(report, indent=2) + "\n")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
