"""Hostile and broken PDFs, each built here by hand: every one ends in a result or a specific
error with a plain sentence, inside the limits, and the caller carries on afterwards.

The files go through the real worker (a child process with time and memory limits), with small
limits so the suite stays fast. Where a case once broke something, its test says what.
"""

import os
import re
import time
from pathlib import Path

import pytest

from cptcompare import Limits, Settings, analyze_bytes, pdf
from cptcompare.errors import ERROR_CODES
from cptcompare.store import open_store
from cptcompare.textclean import BIDI_CONTROLS

from .helpers import crashed, in_a_thread, worker_memory_mb
from .pdfgen import (
    HELVETICA,
    MEDIABOX,
    RULES,
    bomb_pdf,
    fee_page_pdf,
    giant_page_pdf,
    page_objects,
    pdf_from_text,
    pdf_stream,
    text_ops,
    to_unicode_font_pdf,
    write_pdf,
)

FEE = "The CPT license fee is $19.00 per provider per year."
VENDOR = "Acme Health Software, Inc. Master Agreement"
TIMEOUT = 10.0
GRACE = 3.0  # the parent's backstop after the child's own alarm, and process start-up


def limits() -> Limits:
    """10 seconds, and 1 GB of memory for the worker's own use."""
    return Limits(timeout_seconds=TIMEOUT, max_memory_mb=worker_memory_mb(1024))


def analyze(data: bytes, name: str = "hostile.pdf", **kwargs):
    """The real pipeline in the limited worker; checks the outcome is clean and timely."""
    started = time.monotonic()
    result = analyze_bytes(data, name, limits(), **kwargs)
    elapsed = time.monotonic() - started
    assert elapsed < TIMEOUT + GRACE, f"took {elapsed:.1f} s"
    if result.status == "ok":
        assert result.terms is not None and result.pages >= 1
    else:
        assert result.error.code in ERROR_CODES
        assert not crashed(result), "the worker caught an unexpected exception"
        assert result.error.message.endswith(".") and "Traceback" not in result.error.message
    return result


def fee_of(result):
    assert result.status == "ok", result.error
    return result.terms.cpt_fee


def assert_reads_the_fee(result):
    fee = fee_of(result)
    assert (fee.amount, fee.unit, fee.period) == (19.0, "provider", "year")


# --- decompression bombs --------------------------------------------------------------------


def test_decompression_bomb_of_2_gb_ends_in_too_large():
    data = bomb_pdf(2, FEE)
    assert len(data) < 10_000  # a few KB on disk
    result = analyze(data, "bomb.pdf")
    assert result.error.code == "too_large"
    assert "too complex to read safely" in result.error.message


def test_caller_keeps_working_after_a_bomb():
    analyze(bomb_pdf(2, FEE), "bomb.pdf")
    assert_reads_the_fee(analyze(fee_page_pdf(FEE), "good.pdf"))


def test_threaded_caller_gets_too_large_for_a_bomb():
    """The app's way in: a fresh interpreter as the worker."""
    result = in_a_thread(lambda: analyze(bomb_pdf(2, FEE), "bomb.pdf"))
    assert result.error.code == "too_large"


def test_inflating_stream_on_a_fee_page_no_longer_stalls_the_layout_reader():
    """Regression: 100 MB of NULs in a fee page's content stream kept pdfplumber busy past the
    time limit (20 MB took 16 s), so a readable contract ended in `timeout`. The layout now has
    a CPU budget and the page keeps its PDFium text."""
    assert_reads_the_fee(analyze(bomb_pdf(0.1, VENDOR, FEE), "inflating.pdf"))


# --- a giant page -----------------------------------------------------------------------------


def test_giant_page_is_read_without_the_layout_reader():
    """Regression: a ruled page of 1.5 million characters that names a CPT fee went to
    pdfplumber, which took 46 s and 3.6 GB on it. Pages that long now keep their PDFium text."""
    data = giant_page_pdf(1_500_000, FEE)
    assert len(data) < 20_000
    result = analyze(data, "giant.pdf")
    assert_reads_the_fee(result)
    assert result.pages == 1


def test_giant_page_text_is_all_there():
    with pdf.open_pdf(giant_page_pdf(1_500_000, FEE), "x", limits()) as handle:
        doc = handle.read_text()
        assert len(doc.pages[0].text) > 1_400_000
        handle.add_layout(doc, [1])
    assert doc.pages[0].words is None  # too long for the layout reader


# --- truncated streams ------------------------------------------------------------------------

SECTIONS = [FEE] + [
    f"Section {i}. The Customer shall pay invoice {i * 7919 % 10007} within {i % 60} days of receipt."
    for i in range(2000)
]


def _compressed_page() -> bytes:
    import zlib

    return zlib.compress(RULES + b"\n" + text_ops(SECTIONS, size=3, leading=3))


def test_truncated_compressed_stream_keeps_what_it_holds():
    """A content stream cut in half (its /Length says so): the part that inflates is read."""
    half = _compressed_page()[: len(_compressed_page()) // 2]
    data = write_pdf(page_objects([pdf_stream(half, b"/Filter /FlateDecode ", compress=False)]))
    assert_reads_the_fee(analyze(data, "cut.pdf"))


def test_stream_longer_than_the_file_says_keeps_what_it_holds():
    """/Length claims far more than there is, and the Flate data stops mid-way."""
    half = _compressed_page()[: len(_compressed_page()) // 2]
    body = b"<< /Length 999999 /Filter /FlateDecode >>\nstream\n" + half + b"\nendstream"
    assert_reads_the_fee(analyze(write_pdf(page_objects([body])), "lying-length.pdf"))


def test_file_cut_off_inside_a_stream_is_corrupt():
    whole = _compressed_page()
    data = write_pdf(page_objects([pdf_stream(whole, b"/Filter /FlateDecode ", compress=False)]))
    cut = data[: data.index(b"stream\n") + 7 + len(whole) // 2]
    result = analyze(cut, "cut-file.pdf")
    assert result.error.code == "corrupt"
    assert "damaged" in result.error.message


# --- loops in the file's structure ----------------------------------------------------------


def _objects() -> list[bytes]:
    return page_objects([pdf_stream(text_ops([VENDOR, FEE]) + b"\n" + RULES)])


def _xref_prev_is_itself() -> bytes:
    return write_pdf(_objects(), b"/Root 1 0 R /Prev %XREF%")


def _page_tree_holds_itself() -> bytes:
    objects = _objects()
    objects[1] = b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>"
    return write_pdf(objects)


def _page_is_its_own_parent() -> bytes:
    objects = _objects()
    objects[2] = objects[2].replace(b"/Parent 2 0 R", b"/Parent 3 0 R")
    return write_pdf(objects)


def _length_refers_to_itself() -> bytes:
    objects = _objects()
    objects[4] = objects[4].replace(b"/Length ", b"/Length 6 0 R /Dummy ", 1)
    return write_pdf([*objects, b"6 0 R"])


def _form_draws_itself() -> bytes:
    objects = _objects()
    objects[2] = objects[2].replace(b"/F1 4 0 R >>", b"/F1 4 0 R >> /XObject << /X 6 0 R >>")
    objects[4] = pdf_stream(text_ops([VENDOR, FEE]) + b"\n/X Do\n" + RULES)
    form = pdf_stream(b"/X Do", b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources 7 0 R ")
    return write_pdf([*objects, form, b"<< /XObject << /X 6 0 R >> /Font << /F1 4 0 R >> >>"])


def _resources_refer_to_themselves() -> bytes:
    objects = _objects()
    objects[2] = objects[2].replace(b"/Resources << /Font << /F1 4 0 R >> >>", b"/Resources 6 0 R")
    return write_pdf([*objects, b"<< /Font << /F1 4 0 R >> /Self 6 0 R /XObject << /R 6 0 R >> >>"])


LOOPS = [
    _xref_prev_is_itself,
    _page_tree_holds_itself,
    _page_is_its_own_parent,
    _length_refers_to_itself,
    _form_draws_itself,
    _resources_refer_to_themselves,
]


@pytest.mark.parametrize("build", LOOPS, ids=[b.__name__.strip("_") for b in LOOPS])
def test_looping_structure_is_read_without_hanging(build):
    assert_reads_the_fee(analyze(build(), "loop.pdf"))


def test_xref_without_a_table_is_rebuilt():
    assert_reads_the_fee(analyze(write_pdf(_objects(), xref=False), "no-xref.pdf"))


# --- a page with no MediaBox ------------------------------------------------------------------


@pytest.mark.parametrize("page_extra", [b"", b"/MediaBox [0 0 (wide) /tall]", b"/MediaBox 9 0 R"])
def test_page_without_a_usable_media_box_is_read(page_extra):
    """pdfplumber raises a bare TypeError on a page without a MediaBox; it stays inside the
    layout step (a bonus), and the page keeps its PDFium text, on US Letter."""
    data = fee_page_pdf(VENDOR, FEE, page_extra=page_extra)
    assert_reads_the_fee(analyze(data, "no-mediabox.pdf"))
    with pdf.open_pdf(data, "x", limits()) as handle:
        doc = handle.read_text()
        handle.add_layout(doc, [1])
    page = doc.pages[0]
    assert (page.width, page.height) == (612, 792)
    assert FEE in page.text


def test_page_without_media_box_leaves_the_other_pages_layout():
    """Regression: one page's bare TypeError in pdfplumber dropped the layout (words, tables) of
    every other page read in the same pass."""
    content = pdf_stream(text_ops([VENDOR, FEE]) + b"\n" + RULES)
    data = write_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            HELVETICA,
            content,
            b"<< /Type /Page /Parent 2 0 R %s /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            % MEDIABOX,
        ]
    )
    with pdf.open_pdf(data, "x", limits()) as handle:
        doc = handle.read_text()
        handle.add_layout(doc, [1, 2])
    assert doc.pages[1].words, "the page with a MediaBox keeps its layout"


# --- encryption -----------------------------------------------------------------------------


def _owner_password_only() -> bytes:
    from reportlab.lib.pdfencrypt import StandardEncryption

    lock = StandardEncryption("", ownerPassword="vendor-only", canPrint=0, canModify=0, canCopy=0)
    data = pdf_from_text(VENDOR, FEE, encrypt=lock)
    assert b"/Encrypt" in data
    return data


def test_owner_password_only_pdf_is_read_as_anyone_can_open_it():
    """Policy (SECURITY.md): a PDF locked only by an owner password opens in every viewer
    without a password, so it is read; its 'no copying' permission does not stop the analysis."""
    assert_reads_the_fee(analyze(_owner_password_only(), "owner-only.pdf"))


def test_owner_password_only_pdf_is_read_whatever_password_is_given():
    """Regression: a password meant for other files (`analyze --password PW a.pdf b.pdf`, or a
    workspace's password box) made an owner-password-only PDF fail as `encrypted`, "password
    not correct", though it needs none."""
    for password in ("vendor-only", "practice2026"):
        assert_reads_the_fee(analyze(_owner_password_only(), "owner-only.pdf", password=password))


def test_user_password_still_needs_the_right_password():
    locked = pdf_from_text(FEE, encrypt="s3cret")
    assert analyze(locked, "locked.pdf", password="practice2026").error.code == "encrypted"
    assert_reads_the_fee(analyze(locked, "locked.pdf", password="s3cret"))


# --- NUL bytes, lone surrogates and direction overrides in the text ---------------------------

HOSTILE_CODES = {0x00: "0000", 0x80: "D800", 0x81: "DC00D800", 0x82: "202E", 0x83: "DFFF"}
HOSTILE_TEXT = (
    b"BT /F1 11 Tf 72 700 Td (Acme Health Software, Inc.\x00 Master\x83 Agreement) Tj 0 -14 Td "
    b"(The CPT \x00license\x80 fee is $19.00\x81 per \x82provider\x00 per year.) Tj ET"
)


def test_nul_surrogates_and_overrides_in_text_are_dropped():
    """Regression: a right-to-left override (U+202E) inside 'per \u202eprovider' hid the fee's unit
    and would have shown the quote reversed; cleaning now drops direction controls too."""
    result = analyze(to_unicode_font_pdf(HOSTILE_TEXT, HOSTILE_CODES), "nul.pdf")
    assert_reads_the_fee(result)
    quotes = [f.quote for f in result.terms.findings if f.quote]
    assert quotes
    for quote in quotes:
        assert "\x00" not in quote
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in quote)
        assert not re.search(f"[{BIDI_CONTROLS}]", quote)
    result.model_dump_json().encode("utf-8")  # storable as it is


# --- hostile file names -----------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../../../tmp/escape.pdf",
    "..\\..\\windows\\escape.pdf",
    "/etc/passwd",
    "contract\x00.pdf",
    "invoice\u202efdp.exe",
    "<script>alert(1)</script>.pdf",
    '<img src=x onerror="alert(1)">.pdf',
    "[click](javascript:alert(1)).pdf",
    "lone\ud800surrogate.pdf",
    "",
    "a" * 1000 + ".pdf",
]


def _files_under(folder: Path) -> set[Path]:
    return set(folder.rglob("*"))


def test_hostile_file_names_are_display_text_only(tmp_path, monkeypatch):
    """Names are cleaned for display (no NUL, lone surrogate or direction override; HTML and
    markdown kept as literal text, shown inert by the pages) and never used as paths: nothing
    is written outside the data folder."""
    work = tmp_path / "work"
    data_dir = work / "data"
    work.mkdir()
    monkeypatch.chdir(work)
    before_root = _files_under(tmp_path)
    escaped = Path("/tmp/escape.pdf")
    existed = escaped.exists()
    store = open_store(Settings(data_dir=data_dir), limits())
    try:
        good = fee_page_pdf(VENDOR, FEE)
        stored = [
            store.library.add(good + b"%" + str(i).encode(), name) for i, name in enumerate(HOSTILE_NAMES)
        ]
        results = [store.library.run(s.sha256, name=s.display_name) for s in stored]
        names = [row["display_name"] for row in store.library.uploads()]
    finally:
        store.close()
    for name in names:
        assert name and len(name) <= 255
        assert "\x00" not in name and "\u202e" not in name
        assert not any(0xD800 <= ord(ch) <= 0xDFFF for ch in name)
    assert "<script>alert(1)</script>.pdf" in names  # literal text; the pages show it inert
    assert "../../../../tmp/escape.pdf" in names
    assert "invoicefdp.exe" in names
    assert all(r.status == "ok" and r.terms.cpt_fee.amount == 19.0 for r in results)
    written = _files_under(tmp_path) - before_root
    assert written and all(data_dir in p.parents or p == data_dir for p in written), written
    assert existed or not escaped.exists()
    assert os.listdir(work) == ["data"]
