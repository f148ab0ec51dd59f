"""Who pays for the practice's CPT licence: the coverage verdict with its evidence and doubts.

The statements (extract/statements.py) and the fee decide it (extract/verdict.py). Before them:
a document that is itself an AMA licence means the practice licenses CPT directly; "CPT" that
names something else (a therapy, a trainer) is not the code set; a dental product that merely
says it has no CPT codes does not address CPT. After them, where nothing decides: a sublicence
with no fee anywhere is a vendor that covers CPT (needing review), the AMA notice alone is
unclear, a licensing sentence about CPT is unclear, and no CPT at all is not addressed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .extract.context import names_cpt
from .extract.evidence import finding
from .extract.sentences import Sentence, Sentences
from .extract.statements import Statement, about_cpt
from .extract.verdict import HIGH, ZERO_FEE_WEIGHT, Evidence, Verdict, decide, evidence_of
from .models import Document, Fee, Finding

AMA_PARTY = re.compile(
    r"between\s+(?:the\s+)?american\s+medical\s+association|american\s+medical\s+association\s*,?\s*"
    r"(?:an?\s+[\w\s-]{0,60}?)?\(\s*(?:the\s+)?[\"“]?AMA[\"”]?\s*\)(?:[^.]|\.(?=\w)){0,200}\blicensee\b",
    re.I,
)
LICENCE_TITLE = re.compile(r"licen[cs]e\s+agreement|internal\s+use|end\s+user\s+licen", re.I)
OTHER_CPT = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+[\s-]+){1,4})\(\s*CPT\s*\)|\bCPT\s+(?:means|stands\s+for)\s+(?P<def>[^.]{3,60})")
REAL_CPT = re.compile(r"current\s+procedural\s+terminology|american\s+medical\s+association|\bAMA\b", re.I)
DENTAL = re.compile(r"\bCDT\b|\bdental\b|\bAmerican\s+Dental\s+Association\b|\bADA\b", re.I)
LICENSING = re.compile(r"licen[cs]|royalt|\bfees?\b|charge|\bpay|cost", re.I)
NO_CPT_ACTS = {"include", "provide"}  # "does not include CPT codes": in a dental product, no CPT at all


@dataclass
class CoverageResult:
    finding: Finding
    reasons: list[str] = field(default_factory=list)
    deciding: list[Finding] = field(default_factory=list)
    ama_license: bool = False


def is_ama_licence(sentences: Sentences) -> Sentence | None:
    """The first sentences name the AMA as a party to a licence with the reader as licensee."""
    head = sentences[:25]
    if not any(LICENCE_TITLE.search(s.text) for s in head):
        return None
    return next((s for s in head if AMA_PARTY.search(s.text)), None)


def cpt_is_something_else(text: str) -> bool:
    m = OTHER_CPT.search(text)
    if m is None or REAL_CPT.search(text):
        return False
    meaning = (m.group("name") or m.group("def") or "").lower()
    return "procedural" not in meaning and "terminology" not in meaning


def _dental_only(statements: list[Statement], text: str) -> bool:
    if not DENTAL.search(text):
        return False
    deciding = [s for s in statements if s.coverage == "customer_must_license"]
    return bool(deciding) and all(s.act in NO_CPT_ACTS and s.negated for s in deciding)


def _signs(doc: Document, statements: list[Statement], fee, zero: list[Sentence]) -> list[Evidence]:
    signs = evidence_of(doc, statements)
    fee_value, fee_finding, fee_place = fee
    if fee_value is not None and fee_value.amount > 0:
        part, part_no = fee_place
        signs.append(Evidence("pass_through", 5.0, fee_finding, part, part_no))
    for s in zero:
        signs.append(Evidence("vendor_covers", ZERO_FEE_WEIGHT, finding(doc, "coverage_evidence", "vendor_covers", s)))
    return signs


def _fallback(doc: Document, sentences: Sentences, signs: list[Evidence], notice: Finding) -> CoverageResult:
    distributor = [e for e in signs if e.coverage == "distributor"]
    if distributor and max(e.weight for e in distributor) >= 2.0:
        best = max(distributor, key=lambda e: e.weight)
        f = best.finding.model_copy(update={"field": "coverage", "value": "vendor_covers", "confidence": 0.75})
        reason = "The vendor sublicenses CPT and the contract names no CPT fee, but it never says the royalty is in the price."
        return CoverageResult(f, [reason], [best.finding])
    if notice.value:
        f = notice.model_copy(update={"field": "coverage", "value": "unclear", "confidence": 0.5})
        reason = "Only the AMA's notice speaks of CPT: it suggests a sublicence but does not say who pays."
        return CoverageResult(f, [reason], [notice])
    mention = next((s for s in sentences if about_cpt(s.text) and LICENSING.search(s.text)), None)
    if mention is not None and names_cpt(mention.text):
        f = finding(doc, "coverage", "unclear", mention, 0, confidence=0.5)
        return CoverageResult(f, ["CPT is mentioned near licensing words, but no clause says who pays."], [f])
    named = any(names_cpt(s.text) for s in sentences)
    return CoverageResult(Finding(field="coverage", value="not_addressed", stated=False, confidence=0.8 if named else 0.9))


def decide_coverage(
    doc: Document,
    sentences: Sentences,
    statements: list[Statement],
    fee: tuple[Fee | None, Finding, tuple[str, int]],
    zero: list[Sentence],
    notice: Finding,
) -> CoverageResult:
    licence = is_ama_licence(sentences)
    if licence is not None:
        f = finding(doc, "coverage", "customer_must_license", licence, confidence=0.9)
        return CoverageResult(f, [], [f], ama_license=True)
    if cpt_is_something_else(sentences.text):
        return CoverageResult(Finding(field="coverage", value="not_addressed", stated=False, confidence=0.8))
    if _dental_only(statements, sentences.text):
        return CoverageResult(Finding(field="coverage", value="not_addressed", stated=False, confidence=0.8))
    signs = _signs(doc, statements, fee, zero)
    verdict: Verdict | None = decide(signs, sentences.text)
    if verdict is None:
        return _fallback(doc, sentences, signs, notice)
    return CoverageResult(verdict.coverage, verdict.reasons, verdict.deciding)


__all__ = ["HIGH", "CoverageResult", "decide_coverage"]
