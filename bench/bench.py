"""make bench: speed and memory of `analyze`, as ratios to plain PDFium text extraction.

For each test file both are run as whole processes, in the same run, several times; the
median wall time is compared. Peak memory is the largest resident set of the process tree.
The files are generated here (a long contract of many pages) so the bench needs nothing else.
"""

from __future__ import annotations

import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7  # pairs of runs for each figure
PAGES = (20, 300, 1000)
CACHE_TARGET_S = 0.15
BASELINE = (
    "import sys, pypdfium2 as pdfium\n"
    "pdf = pdfium.PdfDocument(sys.argv[1])\n"
    "text = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]\n"
)
CLAUSES = [
    "The Customer shall pay all undisputed invoices within thirty (30) days of receipt.",
    "Each party shall protect the other party's Confidential Information with reasonable care.",
    "Vendor shall maintain the Services in accordance with the Service Level Agreement in Exhibit C.",
    "Neither party is liable for indirect, incidental or consequential damages arising from this Agreement.",
    "Customer is responsible for the accuracy of all data it enters into the Software.",
]
CPT_PAGE = [
    "12. CPT Content. Vendor is party to a distribution license agreement with the American Medical "
    "Association and sublicenses CPT content to Customer for use within the Software.",
    "12.2 Customer shall pay the AMA CPT license fee of $18.50 per provider per year plus a $1.50 "
    "processing fee per provider.",
    "CPT only copyright 2025 American Medical Association. All rights reserved.",
]


def make_contract(pages: int) -> bytes:
    styles = getSampleStyleSheet()
    story: list = []
    for page in range(pages):
        if page:
            story.append(PageBreak())
        if page == pages // 2:
            story += [Paragraph(p, styles["Normal"]) for p in CPT_PAGE]
        for i in range(9):
            text = " ".join(CLAUSES[(page + i + j) % len(CLAUSES)] for j in range(3))
            story.append(Paragraph(f"{page + 1}.{i + 1} {text}", styles["Normal"]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=letter, invariant=1, title="Bench contract").build(story)
    return out.getvalue()


def run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB of the process and its children) of one whole process."""
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{cmd} failed: {proc.stderr.read().decode()}")
    return elapsed, usage.ru_maxrss / 1024


def median_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    results = [run(cmd, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def paired(base: list[str], ours: list[str], env: dict[str, str]) -> dict:
    """RUNS pairs, each the baseline then ours, so that a busy moment of the machine slows both:
    medians, the ratio of the medians, the lowest and highest ratio within a pair, peak RSS."""
    pairs = [(run(base, env), run(ours, env)) for _ in range(RUNS)]
    base_t = statistics.median(b[0] for b, _ in pairs)
    ours_t = statistics.median(o[0] for _, o in pairs)
    ratios = [o[0] / b[0] for b, o in pairs]
    return {
        "base_s": round(base_t, 3),
        "ours_s": round(ours_t, 3),
        "ratio": round(ours_t / base_t, 2),
        "ratio_spread": [round(min(ratios), 2), round(max(ratios), 2)],
        "base_peak_mb": round(max(b[1] for b, _ in pairs)),
        "ours_peak_mb": round(max(o[1] for _, o in pairs)),
    }


def _baseline(path: Path) -> list[str]:
    return [sys.executable, "-c", BASELINE, str(path)]


def _analyze(path: Path, *options: str) -> list[str]:
    return [sys.executable, "-m", "cptcompare", "analyze", "--json", *options, str(path)]


def bench_file(path: Path, pages: int, env: dict[str, str]) -> dict:
    return {"file": path.name, "pages": pages, **paired(_baseline(path), _analyze(path, "--no-cache"), env)}


def bench_cache(path: Path, env: dict[str, str]) -> dict:
    """A hit, as a whole process, against reading the same file's text with PDFium."""
    run(_analyze(path), env)  # fills the cache
    hit = paired(_baseline(path), _analyze(path), env)
    sys.path.insert(0, str(ROOT))
    from cptcompare import ResultCache, analyze_bytes

    data = path.read_bytes()
    cache = ResultCache(Path(env["CPTCOMPARE_DATA_DIR"]) / "cache")
    started = time.perf_counter()
    analyze_bytes(data, path.name, cache=cache)
    return {"file": path.name, **hit, "call_s": round(time.perf_counter() - started, 4)}


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def report(rows: list[dict], cache: dict, loads: list[str]) -> list[str]:
    head = ("file", "pages", "PDFium s", "analyze s", "ratio", f"lowest-highest of {RUNS}", "peak MB")
    lines = [f"{head[0]:26} {head[1]:>5} {head[2]:>9} {head[3]:>9} {head[4]:>6} {head[5]:>20} {head[6]:>12}"]
    for r in rows:
        low, high = r["ratio_spread"]
        memory = f"{r['ours_peak_mb']} ({r['ours_peak_mb'] / r['base_peak_mb']:.1f}x)"
        lines.append(
            f"{r['file']:26} {r['pages']:>5} {r['base_s']:>9} {r['ours_s']:>9} {r['ratio']:>6} "
            f"{f'{low}-{high}':>20} {memory:>12}"
        )
    low, high = cache["ratio_spread"]
    verdict = "within" if cache["ours_s"] < CACHE_TARGET_S else "OVER"
    lines += [
        f"cache hit, {cache['file']}: whole process {cache['ours_s']} s = {cache['ratio']}x reading its "
        f"text with PDFium ({low}-{high}), {verdict} the {CACHE_TARGET_S} s target",
        f"  (analyze_bytes of a cached file, in this process: {cache['call_s']} s)",
        "ratio: analyze --json --no-cache over plain PDFium text extraction of the same file, both whole",
        f"processes, run in {RUNS} pairs; peak MB: largest resident set, (x) of PDFium's. {os.cpu_count()} "
        f"cores; load average (1, 5, 15 min) {loads[0]} at the start, {loads[1]} at the end.",
    ]
    return lines


def main() -> None:
    loads = [_load()]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, CPTCOMPARE_DATA_DIR=str(folder / "data"))
        files = {}
        for pages in PAGES:
            files[pages] = folder / f"contract_{pages}_pages.pdf"
            files[pages].write_bytes(make_contract(pages))
        rows = [bench_file(files[n], n, env) for n in PAGES]
        cache = bench_cache(files[300], env)
    loads.append(_load())
    print("\n".join(report(rows, cache, loads)))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({"files": rows, "cache": cache, "load": loads}, indent=2))


if __name__ == "__main__":
    main()
