"""Reading PDFs: the only module that opens them (pypdfium2 for speed, pdfplumber for layout).

Every page's text comes from PDFium (fast). pdfplumber, about two orders of magnitude slower,
reads words with boxes and tables only on the few pages the caller names (fee tables, CPT
clauses). Evidence boxes for quotes come from PDFium's character boxes.

A page with no text layer but a picture (a scan) is rendered and read with OCR (ocr.py), where
Tesseract is installed and Limits.ocr allows; its evidence boxes come from the OCR words.
"""

from __future__ import annotations

import io
import math
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import errors, ocr, twocores
from .config import Limits
from .models import Box, Document, Page, Progress, Table, Word
from .textclean import clean, raw_span

PDF_MAGIC = b"%PDF-"
MAGIC_WINDOW = 1024  # PDF readers accept the header anywhere in the first 1 KB.
MIN_TEXT_CHARS = 20  # fewer readable characters than this in the whole file (or on a page with a
# picture): treat it as a scan.
MAX_OCR_PIXELS = 50_000_000  # a page is rendered for OCR at most this big (a huge page: lower dpi)
RULINGS_FOR_TABLE = 3  # a table drawn with rules has at least this many path objects
PDFIUM_PASSWORD_ERRORS = {4, 5}  # FPDF_ERR_PASSWORD, FPDF_ERR_SECURITY
# pdfplumber's layout is a bonus on top of PDFium's text, and its pure-Python parser is where a
# hostile page costs most (a 1.5-million-character page: 40 s and 3.4 GB; a stream inflating to
# 20 MB of NULs: 16 s). So it reads no page longer than LAYOUT_MAX_CHARS, and gets at most
# LAYOUT_SHARE of the time limit in CPU time; past that the pages keep their PDFium text.
LAYOUT_MAX_CHARS = 20_000  # a dense contract page holds about 6,000
LAYOUT_SHARE = 0.25
PARALLEL_PAGES = 30  # from this many pages on, page text is read on both cores (twocores.py); measured

MB = 1024 * 1024
NO_TEXT_NO_OCR = (
    "This PDF has no readable text: it looks like a scanned image, and reading scans needs OCR "
    "(text recognition), which is not installed here. To enable OCR install the Debian packages "
    "tesseract-ocr and tesseract-ocr-eng (make run does this), then have the file read again; or "
    "ask the vendor for the original PDF."
)
NO_TEXT_OCR_OFF = (
    "This PDF has no readable text: it looks like a scanned image, and reading scans with OCR is "
    "turned off here (CPTCOMPARE_OCR). Turn it on, or ask the vendor for the original PDF."
)
NO_TEXT_OCR_EMPTY = (
    "This PDF has no readable text: it looks like a scanned image, and text recognition (OCR) "
    "found no words in it. Ask the vendor for the original PDF or a clearer scan."
)
NO_TEXT_BLANK = (
    "This PDF has no readable text: its pages are blank or hold only drawings. "
    "Check that it is the right file, or ask the vendor for the original PDF."
)


def check_bytes(data: bytes, limits: Limits) -> None:
    """Refuse what is plainly not a PDF we should read, before any parser sees it."""
    if not data:
        raise errors.EmptyFileError("The file is empty (0 bytes). Upload the contract again.")
    if len(data) > limits.max_file_bytes:
        raise errors.TooLargeError(
            f"The file is {len(data) / MB:.1f} MB, over the {limits.max_file_mb:g} MB limit. "
            "Split the contract or raise the limit (CPTCOMPARE_MAX_FILE_MB)."
        )
    if PDF_MAGIC not in data[:MAGIC_WINDOW]:
        raise errors.NotPdfError(
            "This file is not a PDF. Save or export the contract as PDF and upload that."
        )


def _open_error(exc: pdfium.PdfiumError, password: str | None) -> errors.InputError:
    if exc.err_code in PDFIUM_PASSWORD_ERRORS:
        if password:
            return errors.EncryptedPdfError(
                "The password given for this PDF is not correct. Check it and try again."
            )
        return errors.EncryptedPdfError(
            "This PDF is protected by a password. Enter the password to have it read."
        )
    return errors.CorruptPdfError("This PDF is damaged and cannot be read. Ask the vendor for a fresh copy.")


class PdfFile:
    """An open PDF: text of every page, layout of chosen pages, boxes of quotes."""

    def __init__(
        self, pdf: pdfium.PdfDocument, sha256: str, layout_seconds: float = 30.0, limits: Limits | None = None
    ) -> None:
        self._pdf = pdf
        self.sha256 = sha256
        self._layout_seconds = layout_seconds
        self._limits = limits or Limits()

    def __len__(self) -> int:
        return len(self._pdf)

    def read_text(
        self, progress: Progress | None = None, meanwhile: Callable[[], object] | None = None
    ) -> Document:
        """Cleaned text of every page; a page PDFium cannot read counts as blank. Scanned pages
        are read with OCR, reporting ``progress(done, total)`` of them: (0, total) first.
        ``meanwhile()`` is called once, while a long PDF's pages are being read on the other core."""
        pages = self._read_pages(meanwhile)
        scans = [
            p.number for p in pages if len(p.text.strip()) < MIN_TEXT_CHARS and self._has_image(p.number)
        ]
        unread = self._read_scans(pages, scans, progress) if scans else NO_TEXT_BLANK
        if sum(len(p.text.strip()) for p in pages) < MIN_TEXT_CHARS:
            raise errors.NoTextLayerError(unread)
        return Document(sha256=self.sha256, pages=pages)

    def _has_image(self, number: int) -> bool:
        try:
            return (
                next(self._pdf[number - 1].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None)
                is not None
            )
        except (pdfium.PdfiumError, TypeError, ValueError, OSError):
            return False

    def _read_scans(self, pages: list[Page], numbers: list[int], progress: Progress | None) -> str:
        """OCR of the scanned pages, in place; returns what to say if the file stays unreadable."""
        if not self._limits.ocr:
            return NO_TEXT_OCR_OFF
        if not ocr.available(self._limits.tesseract):
            return NO_TEXT_NO_OCR
        if len(numbers) > self._limits.max_ocr_pages:
            raise errors.TooManyPagesError(
                f"This scan has {len(numbers):,} pages to read with OCR, over the limit of "
                f"{self._limits.max_ocr_pages:,}. Upload the contract on its own, without "
                "attachments, or raise the limit (CPTCOMPARE_MAX_OCR_PAGES)."
            )
        for done, number in enumerate(numbers):
            if progress:
                progress(done, len(numbers))
            try:
                pages[number - 1] = self._ocr_page(number)
            except ocr.OcrUnavailable:
                return NO_TEXT_NO_OCR
        if progress:
            progress(len(numbers), len(numbers))
        return NO_TEXT_OCR_EMPTY

    def _ocr_page(self, number: int) -> Page:
        page = self._pdf[number - 1]
        width, height = page.get_size()
        scale = self._limits.ocr_dpi / 72
        if width * height * scale * scale > MAX_OCR_PIXELS:
            scale = math.sqrt(MAX_OCR_PIXELS / (width * height))
        image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
        return ocr.scanned_page(number, ocr.read(image, self._limits.tesseract), scale, image.size)

    def _read_pages(self, meanwhile: Callable[[], object] | None) -> list[Page]:
        """Every page's text; a long PDF's on both cores (see PARALLEL_PAGES)."""
        return twocores.map_items(self._read_page, len(self._pdf), PARALLEL_PAGES, meanwhile)

    def _read_page(self, index: int) -> Page:
        try:
            page = self._pdf[index]
            width, height = page.get_size()
            textpage = page.get_textpage()
            raw = textpage.get_text_range()
        except (pdfium.PdfiumError, TypeError, ValueError, OSError):
            return Page(number=index + 1, text="", raw_text="")
        return Page(number=index + 1, text=clean(raw), raw_text=raw, width=width, height=height)

    def image(self, number: int, scale: float):
        """Page ``number`` (1-based) rendered as a PIL image, ``scale`` pixels per PDF point."""
        if not 1 <= number <= len(self._pdf):
            raise errors.InputError(f"This contract has no page {number}.")
        return self._pdf[number - 1].render(scale=scale).to_pil()

    def box(self, page: Page, start: int, end: int) -> Box | None:
        """Box around cleaned-text span [start, end) of a page, from PDFium's char boxes (from
        the OCR words on a scanned page)."""
        if page.ocr:
            return ocr.box_around(ocr.words_under(page, start, end))
        rs, re_ = raw_span(page.raw_text, start, end)
        try:
            textpage = self._pdf[page.number - 1].get_textpage()
            count = textpage.count_chars()
            boxes = [textpage.get_charbox(i) for i in range(rs, min(re_, count))]
        except (pdfium.PdfiumError, TypeError, ValueError, OSError):
            return None
        boxes = [b for b in boxes if b[2] > b[0] or b[3] > b[1]]
        if not boxes:
            return None
        left, bottom = min(b[0] for b in boxes), min(b[1] for b in boxes)
        right, top = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return Box(x0=left, top=page.height - top, x1=right, bottom=page.height - bottom)

    def _has_rulings(self, number: int) -> bool:
        """Does the page draw lines or boxes? pdfplumber finds tables only along rulings."""
        try:
            paths = self._pdf[number - 1].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=2)
            return sum(1 for _ in zip(range(RULINGS_FOR_TABLE), paths, strict=False)) >= RULINGS_FOR_TABLE
        except (pdfium.PdfiumError, TypeError, ValueError, OSError):
            return False

    def add_layout(self, document: Document, numbers: Iterable[int]) -> None:
        """Words with boxes and tables, by pdfplumber, for those of the given 1-based pages
        that draw rulings (where tables can be) and are not too long (see LAYOUT_MAX_CHARS)."""
        wanted = sorted(
            n
            for n in set(numbers)
            if 1 <= n <= len(document.pages)
            and len(document.pages[n - 1].raw_text) <= LAYOUT_MAX_CHARS
            and not document.pages[n - 1].ocr
            and self._has_rulings(n)
        )
        if not wanted:
            return
        import pdfplumber  # imported here: slow to import and needed only for these pages

        try:
            with _cpu_budget(self._layout_seconds):
                try:
                    self._layout_pass(pdfplumber, document, wanted)
                except Exception:  # noqa: BLE001 - one bad page (no MediaBox: a bare TypeError)
                    for number in wanted if len(wanted) > 1 else []:  # spoils only itself
                        try:
                            self._layout_pass(pdfplumber, document, [number])
                        except Exception:  # noqa: BLE001 - that page keeps its PDFium text
                            continue
        except (Exception, _OutOfBudget):  # noqa: BLE001 - layout is a bonus; the text is already read
            return

    def _layout_pass(self, pdfplumber, document: Document, numbers: list[int]) -> None:
        """pdfplumber on a PDF of just these pages, so that its parser walks them alone, not
        the whole document; each of its pages maps back to the page it was copied from."""
        with pdfplumber.open(io.BytesIO(self._pages_pdf(numbers))) as plumber:
            for number, plumber_page in zip(numbers, plumber.pages, strict=True):
                _fill_layout(document.pages[number - 1], plumber_page)

    def _pages_pdf(self, numbers: list[int]) -> bytes:
        """A new, unencrypted PDF (in memory only) of these 1-based pages: PDFium copies each
        page with its resources and inherited boxes and rotation, so pdfplumber's coordinates
        are those of the original page."""
        pages = pdfium.PdfDocument.new()
        try:
            pages.import_pages(self._pdf, [n - 1 for n in numbers])
            out = io.BytesIO()
            pages.save(out)
            return out.getvalue()
        finally:
            pages.close()


class _OutOfBudget(BaseException):
    """Raised when the layout's CPU budget is spent; a BaseException, so that pdfminer's own
    ``except Exception`` cannot swallow it."""


@contextmanager
def _cpu_budget(seconds: float) -> Iterator[None]:
    """Raise _OutOfBudget in the block once this process has used ``seconds`` more CPU time.
    Signals reach only the main thread, so elsewhere the block runs unbudgeted (the worker's
    own time limit still holds). One shot: a timer that fired inside a finalizer is lost, and
    the worker's limit is the backstop."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise _OutOfBudget

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_PROF, 0)
        finally:
            signal.signal(signal.SIGPROF, previous)


def _fill_layout(page: Page, plumber_page) -> None:
    try:
        words = plumber_page.extract_words(keep_blank_chars=False, use_text_flow=True)
        tables = plumber_page.extract_tables()
    except Exception:  # noqa: BLE001 - a page whose layout fails keeps its text
        return
    page.words = [
        Word(text=w["text"], box=Box(x0=w["x0"], top=w["top"], x1=w["x1"], bottom=w["bottom"])) for w in words
    ]
    page.tables = [Table(rows=[[_cell(c) for c in row] for row in t]) for t in tables if t]


def _cell(value: str | None) -> str | None:
    return clean(value) if value else None


def _open_document(data: bytes, password: str | None) -> pdfium.PdfDocument:
    """The document. A password that does not open the file is tried as none at all: a PDF
    with only an owner password (empty user password) opens for anyone, so a password given
    for other files (``analyze --password``) must not lock it."""
    try:
        return pdfium.PdfDocument(data, password=password or None)
    except pdfium.PdfiumError as exc:
        if not password or exc.err_code not in PDFIUM_PASSWORD_ERRORS:
            raise _open_error(exc, password) from None
        wrong = exc
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise _open_error(wrong, password) from None


@contextmanager
def open_pdf(data: bytes, sha256: str, limits: Limits, password: str | None = None) -> Iterator[PdfFile]:
    """Open PDF bytes after the byte checks; raise a typed InputError for anything unreadable."""
    check_bytes(data, limits)
    pdf = _open_document(data, password)
    try:
        if len(pdf) > limits.max_pages:
            raise errors.TooManyPagesError(
                f"The PDF has {len(pdf):,} pages, over the {limits.max_pages:,}-page limit. "
                "Upload the contract on its own, without attachments, or raise the limit "
                "(CPTCOMPARE_MAX_PAGES)."
            )
        yield PdfFile(pdf, sha256, limits.timeout_seconds * LAYOUT_SHARE, limits=limits)
    finally:
        pdf.close()
