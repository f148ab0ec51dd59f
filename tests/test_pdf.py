"""Reading PDFs and every kind of bad input, each with its own code and plain sentence."""

import pytest

from cptcompare import Limits
from cptcompare.models import Document

from .helpers import analyze
from .pdfgen import blank_pages_pdf, drawings_only_pdf, image_only_pdf, pdf_from_text, pdf_with_table

GOOD = pdf_from_text(
    "Vendor shall provide the Software. The CPT license fee is $19.00 per provider per year."
)


def _error(result):
    assert result.status == "error"
    assert result.terms is None
    assert result.error.message.endswith(".")
    assert "Traceback" not in result.error.message
    return result.error.code


def test_good_pdf_reads_every_page():
    result = analyze(GOOD)
    assert result.status == "ok"
    assert result.pages == 1
    assert result.error is None


def test_empty_file():
    assert _error(analyze(b"", "empty.pdf")) == "empty"


def test_not_pdf_is_judged_on_bytes_not_name():
    assert _error(analyze(b"Dear vendor, this is a Word file really." * 10, "contract.pdf")) == "not_pdf"
    assert _error(analyze(b"\x89PNG\r\n\x1a\n" + b"\0" * 100, "scan.pdf")) == "not_pdf"


def test_pdf_with_wrong_name_is_still_read():
    assert analyze(GOOD, "contract.docx").status == "ok"


def test_truncated_pdf_is_corrupt():
    assert _error(analyze(GOOD[:400], "cut.pdf")) == "corrupt"


def test_garbage_after_header_is_corrupt():
    assert _error(analyze(b"%PDF-1.7\n" + b"garbage " * 200, "junk.pdf")) == "corrupt"


def test_password_missing_wrong_and_right():
    locked = pdf_from_text("The CPT license fee is $19.00 per provider per year.", encrypt="s3cret")
    missing = analyze(locked, "locked.pdf")
    assert _error(missing) == "encrypted"
    assert "password" in missing.error.message.lower()
    wrong = analyze(locked, "locked.pdf", password="nope")
    assert _error(wrong) == "encrypted"
    assert "not correct" in wrong.error.message
    right = analyze(locked, "locked.pdf", password="s3cret")
    assert right.status == "ok"
    assert right.terms.cpt_fee.amount == 19.0


def test_image_only_scan_says_it_needs_ocr_where_tesseract_is_missing():
    """Where Tesseract is installed the scan is read (tests/test_ocr.py); where it is not, the
    message says so and how to enable OCR."""
    result = analyze(image_only_pdf(2), "scan.pdf", limits=Limits(tesseract="/nonexistent/tesseract"))
    assert _error(result) == "no_text_layer"
    assert "OCR" in result.error.message and "tesseract-ocr-eng" in result.error.message


def test_pages_without_text_or_pictures_say_so():
    result = analyze(drawings_only_pdf(), "blank.pdf")
    assert _error(result) == "no_text_layer"
    assert "blank" in result.error.message


def test_too_large_by_configured_limit():
    result = analyze(GOOD, "big.pdf", limits=Limits(max_file_mb=0.001))
    assert _error(result) == "too_large"
    assert "MB" in result.error.message


def test_too_many_pages_by_configured_limit():
    result = analyze(blank_pages_pdf(3), "long.pdf", limits=Limits(max_pages=2))
    assert _error(result) == "too_many_pages"
    assert "3 pages" in result.error.message


def test_default_limits_match_the_issue():
    limits = Limits()
    assert (limits.max_file_mb, limits.max_pages) == (50, 2000)


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("CPTCOMPARE_MAX_PAGES", "7")
    assert Limits().max_pages == 7


def test_layout_reads_tables_only_on_named_pages():
    from cptcompare import pdf

    data = pdf_with_table(
        ["Order Form"], [["Item", "Unit", "Price"], ["AMA CPT license", "per provider", "$19.00"]]
    )
    with pdf.open_pdf(data, "x", Limits()) as handle:
        doc: Document = handle.read_text()
        assert doc.pages[0].tables is None
        handle.add_layout(doc, [1])
    page = doc.pages[0]
    assert page.words and any(w.text == "$19.00" for w in page.words)
    assert ["AMA CPT license", "per provider", "$19.00"] in page.tables[0].rows


def test_quote_box_lies_on_the_page():
    result = analyze(GOOD)
    fee = next(f for f in result.terms.findings if f.field == "cpt_fee")
    assert fee.box is not None
    assert 0 <= fee.box.x0 < fee.box.x1 <= 612
    assert 0 <= fee.box.top < fee.box.bottom <= 792


@pytest.mark.parametrize("isolate", [True, False])
def test_result_is_the_same_with_and_without_the_worker(isolate):
    assert analyze(GOOD, isolate=isolate).terms.cpt_fee.amount == 19.0
