"""make bench, part 2: every file of ../shared/corpus through ingestion, as the app reads them.

Prints the files, how many were read, the clean errors by code, the crashes (an exception, or
one the worker caught) and hangs (the time limit reached), the slowest file, and the peak
memory of the worker processes (their largest resident set, which includes what a forked worker
shares with this process). Exits 1 if any file crashed or hung; says so and exits 0 where
../shared/corpus is absent.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cptcompare import Limits, analyze_bytes  # noqa: E402
from tests.helpers import CORPUS, corpus_files, crashed  # noqa: E402

LIMITS = Limits(timeout_seconds=30)


def peak_children_mb() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


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
    started = time.perf_counter()
    for path in files:
        kind, seconds = outcome(path)
        counts[kind] += 1
        if kind in ("crash", "hang"):
            print(f"  {kind}: {path.relative_to(CORPUS)} ({seconds:.1f} s)")
        if seconds > slowest_s:
            slowest, slowest_s = str(path.relative_to(CORPUS)), seconds
        if peak_children_mb() > peak:
            peak, peak_file = peak_children_mb(), str(path.relative_to(CORPUS))
    total = time.perf_counter() - started
    errors = {code: n for code, n in counts.most_common() if code not in ("ok", "crash", "hang")}
    report = {
        "files": len(files),
        "ok": counts["ok"],
        "clean_errors": errors,
        "crashes": counts["crash"],
        "hangs": counts["hang"],
        "slowest": {"file": slowest, "seconds": round(slowest_s, 3)},
        "peak_worker_rss_mb": round(peak, 1),
        "peak_file": peak_file,
        "total_seconds": round(total, 1),
    }
    by_code = ", ".join(f"{code} {n}" for code, n in errors.items()) or "none"
    limits = f"{LIMITS.timeout_seconds:g} s and {LIMITS.max_memory_mb} MB a file"
    print(f"corpus: {len(files)} files in {CORPUS} (limits {limits})")
    print(f"  ok {counts['ok']}; clean errors {sum(errors.values())} ({by_code})")
    print(f"  crashes {counts['crash']}; hangs {counts['hang']}")
    print(f"  slowest {slowest} {slowest_s:.2f} s; all files {total:.1f} s")
    print(f"  peak memory {peak:.0f} MB (largest worker process, RSS), first reached on {peak_file}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "corpus.json").write_text(json.dumps(report, indent=2) + "\n")
    return 1 if counts["crash"] or counts["hang"] else 0


if __name__ == "__main__":
    sys.exit(main())
