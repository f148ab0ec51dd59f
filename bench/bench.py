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
RUNS = 3
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


def bench_file(path: Path, env: dict[str, str]) -> dict:
    base_t, base_mem = median_run([sys.executable, "-c", BASELINE, str(path)], env)
    ours_t, ours_mem = median_run(
        [sys.executable, "-m", "cptcompare", "analyze", "--json", "--no-cache", str(path)], env
    )
    return {
        "file": path.name,
        "pypdfium2_s": round(base_t, 3),
        "analyze_s": round(ours_t, 3),
        "ratio": round(ours_t / base_t, 2),
        "pypdfium2_peak_mb": round(base_mem),
        "analyze_peak_mb": round(ours_mem),
    }


def bench_cache(path: Path, env: dict[str, str]) -> dict:
    cmd = [sys.executable, "-m", "cptcompare", "analyze", "--json", str(path)]
    run(cmd, env)  # fills the cache
    whole, _ = median_run(cmd, env)
    sys.path.insert(0, str(ROOT))
    from cptcompare import ResultCache, analyze_bytes

    data = path.read_bytes()
    cache = ResultCache(Path(env["CPTCOMPARE_DATA_DIR"]) / "cache")
    started = time.perf_counter()
    analyze_bytes(data, path.name, cache=cache)
    return {
        "file": path.name,
        "cached_process_s": round(whole, 3),
        "cached_call_s": round(time.perf_counter() - started, 4),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, CPTCOMPARE_DATA_DIR=str(folder / "data"))
        files = {}
        for pages in (20, 300, 1000):
            files[pages] = folder / f"contract_{pages}_pages.pdf"
            files[pages].write_bytes(make_contract(pages))
        rows = [bench_file(files[n], env) for n in (20, 300, 1000)]
        cache = bench_cache(files[300], env)
    print(f"{'file':28} {'pypdfium2 s':>11} {'analyze s':>10} {'ratio':>6} {'peak MB':>8}")
    for r in rows:
        cells = (r["pypdfium2_s"], r["analyze_s"], r["ratio"], r["analyze_peak_mb"])
        print(f"{r['file']:28} {cells[0]:>11} {cells[1]:>10} {cells[2]:>6} {cells[3]:>8}")
    print(f"cache hit, {cache['file']}: whole process {cache['cached_process_s']} s,", end=" ")
    print(f"analyze_bytes call {cache['cached_call_s']} s")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "latest.json").write_text(json.dumps({"files": rows, "cache": cache}, indent=2))


if __name__ == "__main__":
    main()
