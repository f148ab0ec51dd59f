"""Reading PDFs and every kind of bad input, each with its own code and plain sentence."""

import io

import pdfplumber
import pypdfium2 as pdfium
import pytest

from cptcompare import Limits
from cptcompare.models import Document

from .helpers import analyze
from .pdfgen import (
    HELVETICA,
    RULES,
    blank_pages_pdf,
    drawings_only_pdf,
    image_only_pdf,
    pdf_from_pages,
    pdf_from_text,
    pdf_stream,
    pdf_with_table,
    text_ops,
    write_pdf,
)

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


FEE_ROWS = [["Item", "Unit", "Price"], ["AMA CPT license", "per provider", "$19.00"]]


def _long_with_table(before: int, after: int) -> bytes:
    """``before`` pages of prose, the fee table's page, ``after`` more pages of prose."""
    prose = pdfium.PdfDocument(
        pdf_from_pages([[f"{n}. Each party shall keep its records."] for n in range(9)])
    )
    table = pdfium.PdfDocument(pdf_with_table(["Order Form"], FEE_ROWS))
    out = pdfium.PdfDocument.new()
    out.import_pages(prose, [i % len(prose) for i in range(before)])
    out.import_pages(table)
    out.import_pages(prose, [i % len(prose) for i in range(after)])
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def _layout(data: bytes, numbers: list[int]) -> list:
    from cptcompare import pdf

    with pdf.open_pdf(data, "x", Limits()) as handle:
        doc = handle.read_text()
        handle.add_layout(doc, numbers)
    return [(p.words, p.tables) for p in doc.pages]


def _whole_file_layout(data: bytes, numbers: list[int]) -> dict[int, tuple]:
    """pdfplumber on the whole file, as the layout was read before it got a PDF of its pages."""
    from cptcompare.pdf import _fill_layout

    out = {}
    with pdfplumber.open(io.BytesIO(data), pages=numbers) as plumber:
        for plumber_page in plumber.pages:
            page = Document(sha256="x", pages=[{"number": 1, "text": "", "raw_text": ""}]).pages[0]
            _fill_layout(page, plumber_page)
            out[plumber_page.page_number] = (page.words, page.tables)
    return out


def _same_words(ours: list, theirs: list) -> bool:
    """The same words with the same boxes, to a millionth of a point (PDFium writes the copied
    page's numbers with a little less precision)."""
    return len(ours) == len(theirs) and all(
        a.text == b.text
        and all(abs(getattr(a.box, k) - getattr(b.box, k)) < 1e-6 for k in ("x0", "top", "x1", "bottom"))
        for a, b in zip(ours, theirs, strict=True)
    )


def test_layout_of_a_long_contract_reads_only_its_page(monkeypatch):
    """pdfplumber gets a PDF of just the page it lays out, not the 120 pages around it, and reads
    the same table and words there as it did in the whole file."""
    data = _long_with_table(60, 60)
    opened = []
    real_open = pdfplumber.open

    def spy(source, *args, **kwargs):
        opened.append(len(pdfium.PdfDocument(source.getvalue())))  # pages in the file it parses
        return real_open(source, *args, **kwargs)

    monkeypatch.setattr(pdfplumber, "open", spy)
    layout = _layout(data, [61])
    monkeypatch.setattr(pdfplumber, "open", real_open)
    assert opened == [1]
    words, tables = layout[60]
    assert FEE_ROWS[1] in tables[0].rows
    expected_words, expected_tables = _whole_file_layout(data, [61])[61]
    assert tables == expected_tables and _same_words(words, expected_words)
    assert all(w is None and t is None for w, t in layout[:60] + layout[61:])


def test_layout_keeps_the_boxes_and_rotation_a_page_inherits():
    """A page that takes its MediaBox and Rotate from the page tree is copied with them: the
    words sit where pdfplumber finds them in the original file."""
    lines = text_ops(["CPT license fee: $19.00 per provider per year"]) + b"\n" + RULES
    page = b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
    tree = b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 700 800] /Rotate 90 >>"
    data = write_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", tree, page, HELVETICA, pdf_stream(lines)])
    words, tables = _layout(data, [1])[0]
    expected_words, expected_tables = _whole_file_layout(data, [1])[1]
    assert words and _same_words(words, expected_words)
    assert tables == expected_tables


def test_a_long_pdf_reads_the_same_on_both_cores(monkeypatch):
    from cptcompare import pdf

    data = _long_with_table(40, 40)
    documents = []
    for at_least in (10_000, 2):  # one core, then both
        monkeypatch.setattr(pdf, "PARALLEL_PAGES", at_least)
        with pdf.open_pdf(data, "x", Limits()) as handle:
            documents.append(handle.read_text())
    assert len(documents[0].pages) == 81
    assert documents[0] == documents[1]


def test_quote_box_lies_on_the_page():
    result = analyze(GOOD)
    fee = next(f for f in result.terms.findings if f.field == "cpt_fee")
    assert fee.box is not None
    assert 0 <= fee.box.x0 < fee.box.x1 <= 612
    assert 0 <= fee.box.top < fee.box.bottom <= 792


@pytest.mark.parametrize("isolate", [True, False])
def test_result_is_the_same_with_and_without_the_worker(isolate):
    assert analyze(GOOD, isolate=isolate).terms.cpt_fee.amount == 19.0
