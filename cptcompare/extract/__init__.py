"""Pure functions from page text to findings, one module per term.

``extract_terms(document)`` is the whole pass; ``pages_that_matter(document)`` names the pages
worth pdfplumber's slower layout reading (fee tables, CPT clauses).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import twocores
from ..coverage import HIGH, decide_coverage
from ..models import ContractTerms, Document, Finding
from ..version import EXTRACTOR_VERSION  # bump it there when extraction changes what it returns
from .application import guess_application
from .codeset_fees import extract_code_set_fees
from .context import names_cpt
from .dates import extract_dates
from .doubt import DOUBTED, doubts
from .fees import extract_fee, is_plausible, zero_fee_sentences
from .flags import extract_flags
from .focus import PARALLEL_PAGES, focus_pages
from .license_figures import own_license
from .money import find_money
from .notices import extract_ama_notice, extract_code_sets, extract_user_definition
from .parties import resolve_roles
from .sentences import split_sentences
from .statements import read_statements
from .title import extract_title
from .vendor import extract_vendor

MAX_LAYOUT_PAGES = 4
PER_PROVIDER_LABEL = re.compile(
    r"\b(?:per|each|every)\s+Provider\b(?!\W*s?\s+(?i:service|location|site|clinician|practitioner|NPI))"
)  # the defined party "Provider" (capital P), not "a provider" or "Provider's clinicians"
CLINICIAN_PROVIDER = re.compile(
    r"(?:[\"“]|\b)Providers?[\"”]?\s+(?:(?:in|under)\s+this\s+(?:[\w-]+\s+){1,2}?)?(?:means|shall\s+mean|refers\s+to)\s+(?:each|a|an|any|every|the)?\s*(?:[\w-]+\s+){0,3}"
    r"(?:physician|practitioner|clinician|individual|person)",
    re.I,
)
FIGURE = re.compile(r"\b\d{1,3}(?:,\d{3})*\.\d{2}\b")  # a price in a table may have no currency sign

__all__ = ["EXTRACTOR_VERSION", "extract_terms", "pages_that_matter"]


def pages_that_matter(doc: Document) -> list[int]:
    """Pages that name CPT or the AMA next to an amount of money: where fee tables live."""
    texts = [p.text for p in doc.pages]
    marked = twocores.map_items(lambda i: _fee_table_page(texts[i]), len(texts), PARALLEL_PAGES)
    return [n for n, hit in enumerate(marked, start=1) if hit][:MAX_LAYOUT_PAGES]


def _fee_table_page(text: str) -> bool:
    return names_cpt(text) and bool(find_money(text) or FIGURE.search(text))


def _review(coverage, fee, reading, reasons: list[str]) -> list[str]:
    """Why a person should check this reading before it counts (empty: it can be trusted)."""
    out = list(reasons)
    if coverage.confidence < HIGH and not out:
        out.append("The engine is not sure of who pays for CPT here.")
    if coverage.value == "pass_through" and fee is None:
        out.append("The contract says a CPT fee is charged but states no amount.")
    if coverage.value == "pass_through" and fee is not None:
        if not is_plausible(fee):
            out.append("The CPT fee is far from the AMA's per-user royalty: check that it is the CPT fee.")
        elif fee.unit is None or fee.period is None:
            out.append("The CPT fee's amount is stated, but not what it is counted by or how often.")
        elif reading.competing:
            out.append("The contract names more than one CPT amount: check which one is charged.")
        elif reading.conditional:
            out.append("The CPT fee applies only under a condition the contract states.")
        elif reading.finding.confidence < HIGH:
            out.append("The CPT fee was read with some doubt.")
    return out


def _per_provider_practice(reading, roles, text: str):
    """'$250 per Provider' where the contract calls the practice "Provider" (billing services,
    clearinghouses) is per practice, not per clinician ('"Provider" means each physician' is)."""
    fee = reading.fee
    if fee is None or fee.unit != "provider" or roles.role_of("Provider") != "practice":
        return reading
    if CLINICIAN_PROVIDER.search(text):
        return reading
    if not PER_PROVIDER_LABEL.search(reading.finding.quote or ""):
        return reading
    fee = fee.model_copy(update={"unit": "organization"})
    finding = reading.finding.model_copy(update={"value": fee.model_dump()})
    return replace(reading, fee=fee, finding=finding)


def extract_terms(doc: Document, everywhere: bool = False) -> ContractTerms:
    """The CPT terms of a document; a long one is read on the pages that can hold them
    (extract/focus.py), or on every page with ``everywhere``."""
    sentences = split_sentences(doc, None if everywhere else focus_pages(doc))
    vendor = extract_vendor(doc, sentences)
    reading = extract_fee(doc, sentences)
    notice = extract_ama_notice(doc, sentences)
    code_sets, code_findings = extract_code_sets(doc, sentences)
    user_def = extract_user_definition(doc, sentences)
    dates, date_findings = extract_dates(doc, sentences)
    roles = resolve_roles(sentences, vendor.value)
    reading = _per_provider_practice(reading, roles, sentences.text)
    fee, fee_finding = reading.fee, reading.finding
    statements = read_statements(sentences, roles)
    verdict = decide_coverage(doc, sentences, statements, reading, zero_fee_sentences(sentences), notice)
    coverage = verdict.finding
    charged = fee if coverage.value == "pass_through" else None  # a fee found elsewhere stays a finding
    doubted = doubts(sentences, statements, coverage.value, charged, fee_finding.quote or "")
    if doubted and coverage.confidence >= HIGH:
        coverage = coverage.model_copy(update={"confidence": DOUBTED})
    reasons = _review(coverage, charged, reading, [*verdict.reasons, *doubted])
    findings: list[Finding] = [
        vendor,
        coverage,
        fee_finding,
        notice,
        user_def,
        *code_findings,
        *date_findings,
        *verdict.deciding,
    ]
    return ContractTerms(
        vendor=vendor.value,
        coverage=coverage.value,
        cpt_fee=charged,
        ama_notice=bool(notice.value),
        code_sets=code_sets,
        user_definition=user_def.value,
        flags=extract_flags(doc, sentences),
        code_set_fees=extract_code_set_fees(doc, sentences),
        dates=dates,
        findings=findings,
        needs_review=bool(reasons),
        review_reasons=reasons,
        ama_license=verdict.ama_license,
        fee_plausible=charged is None or is_plausible(charged),
        application=guess_application(doc, verdict.ama_license),
        title=extract_title(doc),
        own_license=own_license(doc) if verdict.ama_license else None,
    )
