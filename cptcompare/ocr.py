"""Reading scanned pages: Tesseract OCR (through pytesseract) on page images rendered by PDFium.

pdf.py decides which pages need OCR (no text layer, a picture on the page) and renders them;
this module reads one page image into words with boxes and confidences, joins the words into the
page's text, and finds the words (their box, their confidence) under a span of that text.

A page that reads badly may be lying on its side or upside down: Tesseract's orientation check
(OSD) then says how to turn it, the turned image is read again, and the better reading is kept,
its boxes turned back onto the page as it is shown. Boxes are in PDF points from the top-left
corner of the page as shown (as PDFium renders it), like every other evidence box.

Tesseract runs single-threaded (OMP_THREAD_LIMIT=1, unless set otherwise): on a shared machine
its OpenMP threads made a page about four times slower, not faster.
"""

from __future__ import annotations

import os
import shutil
import statistics
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from .models import Box, Page, Word
from .textclean import clean, raw_span

LANGUAGE = "eng"
THREADS = "OMP_THREAD_LIMIT"
GOOD_READING = 60.0  # mean word confidence (0-100) below which the page's orientation is checked
TRANSPOSE = {90: "ROTATE_270", 180: "ROTATE_180", 270: "ROTATE_90"}  # OSD turns clockwise, PIL counter-


class OcrUnavailable(Exception):
    """Tesseract (or its English data) cannot be run here."""


@dataclass(frozen=True)
class Reading:
    """What OCR read on one page image: words (boxes in image pixels) and the page's text."""

    words: list[Word]
    text: str

    @property
    def confidence(self) -> float | None:
        confidences = [w.confidence for w in self.words if w.confidence is not None]
        return statistics.fmean(confidences) if confidences else None


def available(command: str) -> bool:
    """Can the Tesseract command (a name on PATH or a path) be found?"""
    return shutil.which(command) is not None


@contextmanager
def _single_threaded() -> Iterator[None]:
    before = os.environ.get(THREADS)
    os.environ.setdefault(THREADS, "1")
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(THREADS, None)


def _tesseract(command: str):
    import pytesseract  # imported here: only the parsing worker reads scans

    pytesseract.pytesseract.tesseract_cmd = command
    return pytesseract


def _words(image, command: str) -> tuple[list[Word], str]:
    """Tesseract's words in reading order (boxes in pixels) and their text, line by line."""
    tess = _tesseract(command)
    table = tess.image_to_data(image, lang=LANGUAGE, output_type=tess.Output.DICT)
    words: list[Word] = []
    lines: dict[tuple[int, int, int], list[str]] = {}
    for i, text in enumerate(table["text"]):
        text, confidence = text.strip(), float(table["conf"][i])
        if not text or confidence < 0:
            continue
        left, top = table["left"][i], table["top"][i]
        box = Box(x0=left, top=top, x1=left + table["width"][i], bottom=top + table["height"][i])
        words.append(Word(text=text, box=box, confidence=confidence / 100))
        lines.setdefault((table["block_num"][i], table["par_num"][i], table["line_num"][i]), []).append(text)
    return words, "\n".join(" ".join(line) for line in lines.values())


def _turn(image, command: str) -> int:
    """Degrees (clockwise) OSD says the image must turn to stand upright; 0 if it cannot say."""
    tess = _tesseract(command)
    try:
        return int(tess.image_to_osd(image, output_type=tess.Output.DICT)["rotate"]) % 360
    except (tess.TesseractError, KeyError, ValueError):  # too few letters to tell
        return 0


def _turned_back(box: Box, degrees: int, width: int, height: int) -> Box:
    """A box read on the image turned clockwise by ``degrees``, on the unturned width x height image."""
    if degrees == 90:
        return Box(x0=box.top, top=height - box.x1, x1=box.bottom, bottom=height - box.x0)
    if degrees == 180:
        return Box(x0=width - box.x1, top=height - box.bottom, x1=width - box.x0, bottom=height - box.top)
    if degrees == 270:
        return Box(x0=width - box.bottom, top=box.x0, x1=width - box.top, bottom=box.x1)
    return box


def _read_turned(image, degrees: int, command: str) -> Reading:
    from PIL import Image

    turned = image.transpose(getattr(Image.Transpose, TRANSPOSE[degrees]))
    words, text = _words(turned, command)
    for w in words:
        w.box = _turned_back(w.box, degrees, image.width, image.height)
    return Reading(words, text)


def read(image, command: str) -> Reading:
    """OCR of one page image (PIL); raises OcrUnavailable if Tesseract cannot run."""
    tess = _tesseract(command)
    try:
        with _single_threaded():
            reading = Reading(*_words(image, command))
            if (reading.confidence or 0) * 100 >= GOOD_READING or not reading.words:
                return reading
            degrees = _turn(image, command)
            if degrees not in TRANSPOSE:
                return reading
            turned = _read_turned(image, degrees, command)
    except tess.TesseractNotFoundError:
        raise OcrUnavailable(command) from None
    except tess.TesseractError as exc:
        if "language" in str(exc.message).lower():  # 'Failed loading language': no English data
            raise OcrUnavailable(str(exc.message)) from None
        return Reading([], "")
    return turned if (turned.confidence or 0) > (reading.confidence or 0) else reading


def scanned_page(number: int, reading: Reading, scale: float, size: tuple[int, int]) -> Page:
    """A Page from OCR of its image: ``scale`` image pixels per PDF point, ``size`` in pixels."""
    words = [
        Word(
            text=w.text,
            box=Box(
                x0=w.box.x0 / scale, top=w.box.top / scale, x1=w.box.x1 / scale, bottom=w.box.bottom / scale
            ),
            confidence=w.confidence,
        )
        for w in reading.words
    ]
    confidence = reading.confidence
    return Page(
        number=number,
        text=clean(reading.text),
        raw_text=reading.text,
        width=size[0] / scale,
        height=size[1] / scale,
        words=words,
        ocr=True,
        ocr_confidence=round(confidence, 3) if confidence is not None else None,
    )


def _words_in(page: Page, start: int, end: int) -> list[Word]:
    """The page's OCR words that overlap raw-text span [start, end)."""
    found, at = [], 0
    for word in page.words or []:
        at = page.raw_text.find(word.text, at)
        if at < 0:
            break
        if at < end and at + len(word.text) > start:
            found.append(word)
        at += len(word.text)
    return found


def words_under(page: Page, start: int, end: int) -> Sequence[Word]:
    """OCR words under cleaned-text span [start, end) of a scanned page."""
    return _words_in(page, *raw_span(page.raw_text, start, end))


def box_around(words: Sequence[Word]) -> Box | None:
    if not words:
        return None
    return Box(
        x0=min(w.box.x0 for w in words),
        top=min(w.box.top for w in words),
        x1=max(w.box.x1 for w in words),
        bottom=max(w.box.bottom for w in words),
    )


def confidence_of(words: Sequence[Word]) -> float | None:
    values = [w.confidence for w in words if w.confidence is not None]
    return statistics.fmean(values) if values else None
