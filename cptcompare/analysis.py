"""One file from bytes to an AnalysisResult: check, read, extract, locate evidence; cached.

``analyze_bytes`` never raises for a bad file: every problem becomes an error object with a
code and a plain sentence. Parsing runs in a limited child process (see worker.py); scanned pages
are read there with OCR, and their progress comes back to the caller.
"""

from __future__ import annotations

import importlib

from . import errors
from .cache import ResultCache, sha256_of
from .config import Limits
from .models import AnalysisResult, ContractTerms, Document, ErrorInfo, Finding, Page, Progress
from .textclean import find_quote
from .version import EXTRACTOR_VERSION
from .worker import run_limited


def _locate(pdf, doc: Document, findings: list[Finding]) -> None:
    for f in findings:
        if f.page is None or not f.quote:
            continue
        page = doc.pages[f.page - 1]
        span = find_quote(page.text, f.quote)
        if span:
            f.box = pdf.box(page, *span)
        if page.ocr:
            _mark_ocr(f, page, span)


def _mark_ocr(finding: Finding, page: Page, span: tuple[int, int] | None) -> None:
    """Evidence read by OCR says so, with the OCR confidence of its words folded into its own."""
    from . import ocr  # loaded with the PDF libraries, in the process that parses

    read = ocr.confidence_of(ocr.words_under(page, *span)) if span else None
    read = read if read is not None else page.ocr_confidence
    finding.ocr = True
    if read is not None:
        finding.ocr_confidence = round(read, 2)
        finding.confidence = round(finding.confidence * read, 2)


def parse(
    data: bytes, sha256: str, limits: Limits, password: str | None, progress: Progress | None = None
) -> tuple[int, ContractTerms]:
    """Page count and terms of one PDF; raises errors.InputError for a file we cannot read."""
    from . import pdf  # the PDF libraries load only where parsing happens

    with pdf.open_pdf(data, sha256, limits, password) as handle:
        doc = handle.read_text(progress, meanwhile=_load_extractor)
        from .extract import extract_terms, pages_that_matter  # loaded by now (meanwhile)

        handle.add_layout(doc, pages_that_matter(doc))
        terms = extract_terms(doc)
        _locate(handle, doc, terms.findings)
        return len(doc.pages), terms


def _load_extractor() -> None:
    """The extractor's modules (and the patterns they compile as they load), loaded while a
    long contract's pages are read on the other core."""
    importlib.import_module(".extract", __package__)


def _ignore(done: int, total: int) -> None:
    return None


def _error(name: str, sha256: str, exc: errors.InputError) -> AnalysisResult:
    return AnalysisResult(
        file=name,
        sha256=sha256,
        status="error",
        error=ErrorInfo(code=exc.code, message=exc.message),
        extractor_version=EXTRACTOR_VERSION,
    )


def analyze_bytes(
    data: bytes,
    name: str,
    limits: Limits | None = None,
    password: str | None = None,
    cache: ResultCache | None = None,
    isolate: bool = True,
    progress: Progress | None = None,
) -> AnalysisResult:
    """Analyze one PDF given as bytes; ``name`` is display text only, never a path.

    ``progress(done, total)``, if given, is called in the calling thread while scanned pages are
    read with OCR: first ``(0, total)``, then after each page, ``total`` being the number of
    pages read with OCR. A file with a text layer on every page (or a cached result) makes no
    call. An exception it raises (e.g. a stopped page) stops the parse and is raised here.
    """
    limits = limits or Limits()
    sha256 = sha256_of(data)
    cached = cache.get(sha256, EXTRACTOR_VERSION) if cache else None
    if cached is not None:
        return cached.model_copy(update={"file": name})
    try:
        args = (data, sha256, limits, password)
        if isolate:
            pages, terms = run_limited(parse, args, limits, progress=progress or _ignore)
        else:
            pages, terms = parse(*args, progress=progress)
    except errors.InputError as exc:
        return _error(name, sha256, exc)
    result = AnalysisResult(
        file=name, sha256=sha256, status="ok", pages=pages, terms=terms, extractor_version=EXTRACTOR_VERSION
    )
    if cache:
        cache.put(result)
    return result
