"""A long contract is read only on the pages that can matter (extract/focus.py): proven here to
give the same answers as reading every page, on real PDFs.

Every sample contract and every blind-set document is made long by real pages of ordinary
contract prose (no CPT, dates or definitions) put before and after it and between its own pages,
then read both ways. The shared corpus (PDFium's test files) and the long sample are read both
ways as they are.
"""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from cptcompare import Limits
from cptcompare.errors import InputError
from cptcompare.extract import extract_terms, pages_that_matter
from cptcompare.extract.focus import focus_pages, matters
from cptcompare.pdf import open_pdf

from .helpers import CONTRACTS, ROOT, corpus_files
from .pdfgen import pdf_from_pages

PROSE = [
    "Each party shall perform its obligations in a professional and workmanlike manner, using personnel "
    "with the skill and training the work reasonably requires.",
    "Customer shall give Vendor reasonable access to its premises and systems as needed for the Services, "
    "subject to Customer's ordinary security rules.",
    "Neither party is liable for any delay caused by events beyond its reasonable control, including fire, "
    "flood, strikes, war or failures of public utilities.",
    "All invoices are payable within thirty (30) days of receipt, in United States dollars, by ACH transfer "
    "to the account Vendor designates in writing.",
    "Vendor shall keep complete and accurate records of the Services and make them available to Customer "
    "upon reasonable request during business hours.",
]
OWN_PAGES = 4  # the document's own pages are spread among this many ordinary ones each side
SETS = sorted(p.name for p in (ROOT / "tests").glob("blind_*") if p.is_dir())  # every blind set


@cache
def _prose_pdf() -> pdfium.PdfDocument:
    pages = [[f"{n + 1}.{i + 1} {PROSE[(n + i) % len(PROSE)]}" for i in range(12)] for n in range(OWN_PAGES)]
    return pdfium.PdfDocument(pdf_from_pages(pages))


def _made_long(data: bytes) -> bytes:
    """Ordinary pages, then the document's pages each followed by an ordinary one, then more."""
    src, prose = pdfium.PdfDocument(data), _prose_pdf()
    out = pdfium.PdfDocument.new()
    out.import_pages(prose)
    for i in range(len(src)):
        out.import_pages(src, [i])
        out.import_pages(prose, [i % OWN_PAGES])
    out.import_pages(prose)
    buf = io.BytesIO()
    out.save(buf)
    return buf.getvalue()


def _answers(terms) -> dict:
    coverage = next(f for f in terms.findings if f.field == "coverage")
    fee = next(f for f in terms.findings if f.field == "cpt_fee")
    return {
        "coverage": terms.coverage,
        "confidence": coverage.confidence,
        "evidence": (coverage.page, coverage.quote),
        "fee": terms.cpt_fee,
        "fee_evidence": (fee.page, fee.quote),
        "vendor": terms.vendor,
        "ama_notice": terms.ama_notice,
        "code_sets": terms.code_sets,
        "user_definition": terms.user_definition,
        "flags": [(f.id, f.page) for f in terms.flags],
        "code_set_fees": [(f.id, f.page) for f in terms.code_set_fees],
        "dates": terms.dates,
        "needs_review": terms.review_reasons,
        "ama_license": terms.ama_license,
    }


def _both_ways(data: bytes, password: str | None = None) -> tuple[dict, dict, set[int] | None]:
    with open_pdf(data, "test", Limits(), password) as pdf:
        doc = pdf.read_text()
        pdf.add_layout(doc, pages_that_matter(doc))
    return _answers(extract_terms(doc)), _answers(extract_terms(doc, everywhere=True)), focus_pages(doc)


def _documents() -> list[tuple[str, Path]]:
    out = [(f"contracts/{p.name}", p) for p in sorted(CONTRACTS.glob("*.pdf")) if "protected" not in p.name]
    for folder in SETS:
        out += [(f"{folder}/{p.name}", p) for p in sorted((ROOT / "tests" / folder).glob("*.pdf"))]
    return out


@pytest.mark.parametrize(("name", "path"), _documents(), ids=[n for n, _ in _documents()])
def test_reading_only_the_pages_that_matter_changes_no_answer(name, path):
    focused, everywhere, pages = _both_ways(_made_long(path.read_bytes()))
    assert pages is not None, "the ordinary pages were not left out: the test proves nothing"
    assert focused == everywhere


@pytest.mark.parametrize("path", corpus_files(), ids=lambda p: p.name)
def test_focus_changes_no_answer_on_the_shared_corpus(path):
    try:
        focused, everywhere, _ = _both_ways(path.read_bytes())
    except InputError as exc:  # blank, damaged or locked: the corpus tests check its message
        pytest.skip(f"not readable: {type(exc).__name__}")
    assert focused == everywhere


def test_the_long_sample_is_read_on_fewer_pages_with_the_same_answers():
    focused, everywhere, pages = _both_ways((CONTRACTS / "stonebridge_enterprise_long.pdf").read_bytes())
    assert focused == everywhere
    assert pages is None or len(pages) < 83


def test_ordinary_prose_does_not_matter_but_each_kind_of_term_does():
    assert not any(matters(p) for p in PROSE)
    assert not matters("as set out in Exhibit C, the damages are incidental; Customer accepts")
    for text in (
        "The CPT fee is billed yearly.",
        "This Agreement renews for one year.",
        "Exhibit B - Fees",
        'Acme Health, Inc. ("Vendor")',
        "Either party may end it on sixty days' notice.",
        "royalties owed to the American Medical Association",
    ):
        assert matters(text), text


def test_short_documents_are_read_whole():
    data = (CONTRACTS / "meridian_pm_agreement.pdf").read_bytes()
    with open_pdf(data, "test", Limits()) as pdf:
        assert focus_pages(pdf.read_text()) is None


def test_whole_words_are_found_as_a_search_of_the_page_finds_them():
    """focus looks for the whole words only where one begins: the same answer as a search."""
    from cptcompare import phrases
    from cptcompare.extract.focus import WHOLE_WORD_HINTS, _has_whole_word, _whole_words

    for word in phrases.section("focus", "whole_words"):  # each begins with \b and a hint
        assert any(word.startswith("\\b" + hint) for hint in WHOLE_WORD_HINTS), word
    texts = ["damages", "the cpt-based fee", "xcpt", "ama's", "amalgamated", "dental", "icdt", "", "cdt"]
    for path in sorted(CONTRACTS.glob("*.pdf")):
        if "protected" not in path.name:
            with open_pdf(path.read_bytes(), "test", Limits()) as pdf:
                texts += [p.text.lower() for p in pdf.read_text().pages]
    assert [_has_whole_word(t) for t in texts] == [bool(_whole_words().search(t)) for t in texts]


def test_pages_naming_cpt_are_found_as_a_search_of_the_page_finds_them():
    """names_cpt tries the CPT and AMA patterns only where a keyword begins: the same answer."""
    from cptcompare import phrases
    from cptcompare.extract.context import names_cpt

    for path in ("cpt", "ama"):
        keywords = phrases.keywords("context", path)
        for phrase in phrases.section("context", path):  # each begins with one of its keywords
            assert phrase.removeprefix("\\b").lower().startswith(keywords), phrase
    texts = [
        "damages",
        "the AMA's fee",
        "CPT® codes",
        "xcpt",
        "Current Procedural Terminology",
        "HCPCS Level I",
    ]
    texts += ["HCPCS Level II", "the American Medical Association", "panamerican medical association", ""]
    for path in sorted(CONTRACTS.glob("*.pdf")):
        if "protected" not in path.name:
            with open_pdf(path.read_bytes(), "test", Limits()) as pdf:
                texts += [p.text for p in pdf.read_text().pages]

    def searched(text: str) -> bool:  # as names_cpt read before: a keyword, then a search of the page
        return any(
            any(word in text.lower() for word in phrases.keywords("context", path))
            and bool(phrases.pattern("context", path).search(text))
            for path in ("cpt", "ama")
        )

    assert [names_cpt(t) for t in texts] == [searched(t) for t in texts]
