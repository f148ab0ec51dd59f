"""make bench, OCR: how fast scanned contracts are read, per page and as a ratio to plain PDFium
text extraction of the same file (which finds no text in a scan, so the ratio is large).

Files: the scanned sample contract (150 dpi, slightly skewed) and a longer generated contract
rendered to an image-only PDF at 200 dpi. For each, whole `analyze` processes are timed against
the pypdfium2 baseline (as bench.py does), and the OCR itself (rendering and Tesseract, no
process start or extraction) is timed in this process, page by page.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from bench import BASELINE, ROOT, make_contract, median_run

sys.path.insert(0, str(ROOT))
from cptcompare import Limits
from cptcompare.pdf import open_pdf
from tests.pdfgen import scan_of

SAMPLE = ROOT / "contracts" / "scanned_meridian_pm_agreement.pdf"
GENERATED_PAGES = 6
GENERATED_DPI = 200


def ocr_seconds(data: bytes) -> tuple[int, float]:
    """(pages, seconds) to read every page's text, OCR included, in this process."""
    started = time.perf_counter()
    with open_pdf(data, "bench", Limits()) as handle:
        document = handle.read_text()
    assert all(p.ocr for p in document.pages), "a page was not read with OCR"
    return len(document.pages), time.perf_counter() - started


def bench_scan(path: Path, env: dict[str, str]) -> dict:
    base_t, _ = median_run([sys.executable, "-c", BASELINE, str(path)], env)
    cmd = [sys.executable, "-m", "cptcompare", "analyze", "--json", "--no-cache", str(path)]
    ours_t, ours_mem = median_run(cmd, env)
    pages, ocr_t = ocr_seconds(path.read_bytes())
    return {
        "file": path.name,
        "pages": pages,
        "pypdfium2_s": round(base_t, 3),
        "analyze_s": round(ours_t, 2),
        "ratio": round(ours_t / base_t, 1),
        "analyze_s_per_page": round(ours_t / pages, 2),
        "ocr_s_per_page": round(ocr_t / pages, 2),
        "analyze_peak_mb": round(ours_mem),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = dict(os.environ, CPTCOMPARE_DATA_DIR=str(folder / "data"))
        generated = folder / f"scan_{GENERATED_PAGES}_pages_{GENERATED_DPI}dpi.pdf"
        generated.write_bytes(scan_of(make_contract(GENERATED_PAGES), GENERATED_DPI))
        rows = [bench_scan(SAMPLE, env), bench_scan(generated, env)]
    head = ("file", "pages", "pypdfium2 s", "analyze s", "ratio", "s/page", "OCR s/page", "peak MB")
    print(f"{head[0]:36} " + " ".join(f"{h:>11}" for h in head[1:]))
    keys = ("pages", "pypdfium2_s", "analyze_s", "ratio", "analyze_s_per_page", "ocr_s_per_page")
    keys += ("analyze_peak_mb",)
    for r in rows:
        print(f"{r['file']:36} " + " ".join(f"{r[k]:>11}" for k in keys))
    print("s/page: whole analyze process per page; OCR s/page: rendering + Tesseract alone (one thread).")
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / "ocr.json").write_text(json.dumps({"scans": rows}, indent=2) + "\n")


if __name__ == "__main__":
    main()
