"""Scanned contracts read with OCR (Tesseract): the same terms as the text, evidence marked as OCR
and boxed on the page, turned and low-resolution scans, progress across the worker, and a clear
message where Tesseract is missing. The scans are made here from text PDFs (rendered, re-wrapped
as pictures), so each test knows the true text."""

import io
import json
import time

import pypdfium2 as pdfium
import pytest
from PIL import Image

from cptcompare import Limits, analyze_bytes
from cptcompare.models import Box
from cptcompare.store import open_store

from .helpers import CONTRACTS, analyze, in_a_thread, labels, run_cli
from .pdfgen import pdf_from_pages, pdf_from_text, scan_of

CLAUSES = (
    "1. Services. Vendor shall provide the Software and its support to Customer.",
    "2. CPT Content. The Software contains CPT codes licensed from the American Medical Association.",
    "3. Fees. The CPT license fee is $19.00 per provider per year, invoiced each January.",
    "4. Term. This Agreement has an initial term of three (3) years from the Effective Date.",
    "5. Notices. Notices shall be given in writing to the addresses stated in the Order Form.",
    "6. Law. This Agreement is governed by the laws of the State of Ohio.",
)
TEXT = pdf_from_text(*CLAUSES)
FEE_19 = {"amount": 19.0, "currency": "USD", "unit": "provider", "period": "year"}
SCANNED = {name: truth for name, truth in labels().items() if truth.get("text_version")}
NEAR = 5  # points: an OCR box may be this far from the text layer's box of the same words


def _finding(result, field: str):
    return next(f for f in result.terms.findings if f.field == field)


def _near(a: Box, b: Box) -> bool:
    return all(
        abs(x - y) <= NEAR for x, y in zip(a.model_dump().values(), b.model_dump().values(), strict=True)
    )


def _turned(box: Box, width: float) -> Box:
    """Where a box of a portrait page ``width`` points wide lies once the page is turned a
    quarter counter-clockwise (PIL's ROTATE_90)."""
    return Box(x0=box.top, top=width - box.x1, x1=box.bottom, bottom=width - box.x0)


@pytest.fixture(scope="module")
def text_fee_box() -> Box:
    return _finding(analyze(TEXT), "cpt_fee").box


def _terms(result) -> dict:
    """The terms as the labels hold them: every value, and flags by their ids (not their quotes)."""
    terms = result.terms.model_dump(mode="json", exclude={"findings"})
    terms["flags"] = sorted(f["id"] for f in terms["flags"])
    terms["code_set_fees"] = sorted(f["id"] for f in terms["code_set_fees"])
    return {"status": result.status, "pages": result.pages, **terms}


@pytest.fixture(scope="module", params=sorted(SCANNED))
def scan_and_text(request):
    """A scanned sample and its text version, each analyzed once (the scan in the worker)."""
    name = request.param
    scan = analyze_bytes((CONTRACTS / name).read_bytes(), name, Limits())
    text = analyze((CONTRACTS / SCANNED[name]["text_version"]).read_bytes())
    return scan, text


def test_scanned_sample_gives_the_terms_of_its_text_version(scan_and_text):
    scan, text = scan_and_text
    assert _terms(scan) == _terms(text)


def test_scanned_sample_evidence_is_marked_ocr_and_boxed_where_the_text_is(scan_and_text):
    scan, text = scan_and_text
    stated = [f for f in scan.terms.findings if f.stated]
    assert stated and all(f.ocr and 0.5 < f.ocr_confidence <= 1 for f in stated)
    assert all(f.confidence <= _finding(text, f.field).confidence for f in stated)  # OCR doubt folded in
    for field in ("vendor", "cpt_fee", "initial_term_months"):
        assert _near(_finding(scan, field).box, _finding(text, field).box), field
    assert not any(f.ocr for f in text.terms.findings)


def test_low_resolution_scan_is_read(text_fee_box):
    result = analyze(scan_of(TEXT, dpi=150), "scan150.pdf")
    assert result.status == "ok", result.error
    assert result.terms.cpt_fee.model_dump() == FEE_19
    fee = _finding(result, "cpt_fee")
    assert fee.ocr and fee.page == 1
    assert _near(fee.box, text_fee_box)


@pytest.mark.parametrize(
    "turn", [Image.Transpose.ROTATE_90, Image.Transpose.ROTATE_180], ids=["quarter", "upside_down"]
)
def test_turned_page_is_read_and_boxed_on_the_page_as_shown(turn, text_fee_box):
    result = analyze(scan_of(TEXT, turn=turn), "turned.pdf")
    assert result.status == "ok", result.error
    assert result.terms.cpt_fee.model_dump() == FEE_19
    box = _finding(result, "cpt_fee").box
    if turn is Image.Transpose.ROTATE_90:
        assert _near(box, _turned(text_fee_box, 612))
    else:
        flipped = Box(
            x0=612 - text_fee_box.x1,
            top=792 - text_fee_box.bottom,
            x1=612 - text_fee_box.x0,
            bottom=792 - text_fee_box.top,
        )
        assert _near(box, flipped)


def test_only_pages_without_a_text_layer_are_read_with_ocr():
    """A signed last page scanned onto a text contract: only that page goes through OCR."""
    first = pdf_from_pages([["The Software is provided by Ashford Clinical Systems, Inc. as Vendor."] * 3])
    last = scan_of(pdf_from_text(*CLAUSES[2:4]), dpi=150)
    merged = pdfium.PdfDocument.new()
    for part in (first, last):
        merged.import_pages(pdfium.PdfDocument(part))
    out = io.BytesIO()
    merged.save(out)
    calls = []
    result = analyze(out.getvalue(), "mixed.pdf", progress=lambda done, total: calls.append((done, total)))
    assert result.status == "ok", result.error
    assert calls == [(0, 1), (1, 1)]
    fee = _finding(result, "cpt_fee")
    assert (fee.page, fee.ocr, result.terms.cpt_fee.amount) == (2, True, 19.0)


def test_progress_crosses_the_forked_worker_and_the_time_limit_grows_with_the_pages():
    """Scanned pages take seconds each: 1 second for the file would not do, but each page adds
    ocr_seconds_per_page. Progress comes from the (forked) child to this thread."""
    calls = []
    limits = Limits(timeout_seconds=1, ocr_seconds_per_page=60)
    result = analyze_bytes(scan_of(TEXT, dpi=150), "scan.pdf", limits, progress=lambda *a: calls.append(a))
    assert result.status == "ok", result.error
    assert calls == [(0, 1), (1, 1)]


def test_progress_crosses_the_subprocess_worker():
    """A caller with threads (the app) gets a fresh `python -m cptcompare.worker`; progress still
    reaches the calling thread."""
    calls = []
    result = in_a_thread(
        lambda: analyze_bytes(scan_of(TEXT, dpi=150), "scan.pdf", progress=lambda *a: calls.append(a))
    )
    assert result.status == "ok", result.error
    assert calls == [(0, 1), (1, 1)]


class Stopped(Exception):
    pass


def _stop(done: int, total: int) -> None:
    raise Stopped  # as Streamlit stops a script when the user moves on


@pytest.mark.parametrize("threaded", [False, True], ids=["forked", "subprocess"])
def test_a_callback_that_raises_stops_the_read(threaded):
    started = time.monotonic()
    worker = in_a_thread if threaded else (lambda func: func())
    with pytest.raises(Stopped):
        worker(
            lambda: analyze_bytes(scan_of(pdf_from_pages([CLAUSES] * 3), dpi=150), "scan.pdf", progress=_stop)
        )
    assert time.monotonic() - started < 10  # not after reading all the pages


def test_library_run_passes_progress_on(tmp_path):
    """The dashboard's way in: a stored upload read by Library.run, with a progress callback."""
    store = open_store(url=f"sqlite:///{tmp_path / 'store.db'}")
    try:
        stored = store.library.add(scan_of(TEXT, dpi=150), "scan.pdf")
        calls = []
        result = store.library.run(stored.sha256, progress=lambda *a: calls.append(a))
    finally:
        store.close()
    assert result.status == "ok", result.error
    assert calls == [(0, 1), (1, 1)]


def test_scan_over_its_time_budget_ends_in_timeout():
    """The budget grows per page, but only by ocr_seconds_per_page: four pages that take seconds
    each cannot be read in 1 + 4 x 0.01 seconds."""
    started = time.monotonic()
    limits = Limits(timeout_seconds=1, ocr_seconds_per_page=0.01)
    result = analyze_bytes(scan_of(pdf_from_pages([CLAUSES] * 4), dpi=300), "slow.pdf", limits)
    assert result.error.code == "timeout"
    assert "too complex to read safely" in result.error.message
    assert time.monotonic() - started < 10


def test_time_budget_grows_per_page_up_to_the_ocr_page_limit(monkeypatch):
    monkeypatch.setenv("CPTCOMPARE_OCR_SECONDS_PER_PAGE", "5")
    limits = Limits(timeout_seconds=120, max_ocr_pages=40)
    assert (limits.time_budget(0), limits.time_budget(30), limits.time_budget(500)) == (120, 270, 320)


def test_too_many_pages_to_read_with_ocr():
    result = analyze(
        scan_of(pdf_from_pages([["Page one."], ["Page two."]]), dpi=72), limits=Limits(max_ocr_pages=1)
    )
    assert result.error.code == "too_many_pages"
    assert "CPTCOMPARE_MAX_OCR_PAGES" in result.error.message


@pytest.mark.parametrize(
    ("setting", "value", "words"),
    [
        ("CPTCOMPARE_TESSERACT", "/nonexistent/tesseract", "tesseract-ocr and tesseract-ocr-eng (make run"),
        ("CPTCOMPARE_OCR", "false", "turned off"),
    ],
)
def test_cli_without_ocr_says_how_to_enable_it(setting, value, words, monkeypatch, tmp_path):
    monkeypatch.setenv(setting, value)
    proc = run_cli("analyze", "--json", CONTRACTS / "scanned_meridian_pm_agreement.pdf", data_dir=tmp_path)
    assert proc.returncode == 1
    [obj] = json.loads(proc.stdout)
    assert obj["error"]["code"] == "no_text_layer"
    assert words in obj["error"]["message"]


def test_cli_reports_scan_progress_on_stderr(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(scan_of(TEXT, dpi=150))
    proc = run_cli("analyze", "--json", path, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert f"{path}: reading scanned pages with OCR, 1 of 1" in proc.stderr
    assert json.loads(proc.stdout)[0]["terms"]["cpt_fee"] == FEE_19


def test_picture_without_words_says_ocr_found_nothing():
    picture = Image.new("L", (600, 800), 255)
    picture.paste(0, (100, 100, 500, 700))  # a black block, no letters
    out = io.BytesIO()
    picture.save(out, format="PDF", resolution=72)
    result = analyze(out.getvalue(), "photo.pdf")
    assert result.error.code == "no_text_layer"
    assert "found no words" in result.error.message
