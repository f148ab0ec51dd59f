"""Pure functions from page text to findings, one module per term.

``extract_terms(document)`` is the whole pass; ``pages_that_matter(document)`` names the pages
worth pdfplumber's slower layout reading (fee tables, CPT clauses).
"""

from __future__ import annotations

import re

from ..coverage import decide
from ..models import ContractTerms, Document, Finding
from .codeset_fees import extract_code_set_fees
from .context import names_cpt
from .dates import extract_dates
from .fees import extract_fee, zero_fee_sentences
from .flags import extract_flags
from .money import find_money
from .notices import extract_ama_notice, extract_code_sets, extract_user_definition
from .sentences import split_sentences
from .signals import find_signals
from .vendor import extract_vendor

# Bump when extraction changes what it returns: cached results of older versions are redone.
EXTRACTOR_VERSION = "2026.11.9"
MAX_LAYOUT_PAGES = 4
FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})*\.\d{2}\b")  # a price in a table may have no currency sign

__all__ = ["EXTRACTOR_VERSION", "extract_terms", "pages_that_matter"]


def pages_that_matter(doc: Document) -> list[int]:
    """Pages that name CPT or the AMA next to an amount of money: where fee tables live."""
    hits = [
        p.number for p in doc.pages if names_cpt(p.text) and (find_money(p.text) or FIGURE.search(p.text))
    ]
    return hits[:MAX_LAYOUT_PAGES]


def extract_terms(doc: Document) -> ContractTerms:
    sentences = split_sentences(doc)
    vendor = extract_vendor(doc, sentences)
    fee, fee_finding = extract_fee(doc, sentences)
    notice = extract_ama_notice(doc, sentences)
    code_sets, code_findings = extract_code_sets(doc, sentences)
    user_def = extract_user_definition(doc, sentences)
    dates, date_findings = extract_dates(doc, sentences)
    coverage = decide(
        doc,
        sentences,
        find_signals(sentences),
        (fee, fee_finding),
        zero_fee_sentences(sentences),
        notice,
    )
    findings: list[Finding] = [
        vendor,
        coverage,
        fee_finding,
        notice,
        user_def,
        *code_findings,
        *date_findings,
    ]
    return ContractTerms(
        vendor=vendor.value,
        coverage=coverage.value,
        cpt_fee=fee if coverage.value == "pass_through" else None,  # a fee found elsewhere stays a finding
        ama_notice=bool(notice.value),
        code_sets=code_sets,
        user_definition=user_def.value,
        flags=extract_flags(doc, sentences),
        code_set_fees=extract_code_set_fees(doc, sentences),
        dates=dates,
        findings=findings,
    )
