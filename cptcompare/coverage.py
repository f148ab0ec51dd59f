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
from .extract.doubt import hedged
from .extract.evidence import finding
from .extract.fees import FeeReading, is_plausible
from .extract.lexicon import words
from .extract.sentences import Sentence, Sentences
from .extract.statements import Statement, about_cpt
from .extract.structure import places
from .extract.verdict import (
    CONDITIONAL_FACTOR,
    FEE_WEIGHT,
    HIGH,
    MODAL_FACTOR,
    ZERO_FEE_WEIGHT,
    Evidence,
    Verdict,
    decide,
    evidence_of,
)
from .models import Document, Finding

AMA_PARTY = re.compile(
    r"between\s+(?:the\s+)?american\s+medical\s+association|\blicensor\W{0,3}\s*(?:the\s+)?american\s+medical\s+association",
    re.I,
)
LICENCE_TITLE = re.compile(r"licen[cs]e\s+agreement|internal[- ]use|end\s+user\s+licen", re.I)
AMA_LICENSOR = re.compile(
    r"^\W*(?:the\s+)?american\s+medical\s+association\b|american\s+medical\s+association\s*"
    r"(?:\(\s*(?:the\s+)?[\"“]?AMA[\"”]?\s*\)\s*)?,?\s+(?:hereby\s+)?(?:grants|licenses)\s+(?:to\s+)?(?:the\s+)?licensee",
    re.I,
)
INTERNAL_USE = re.compile(r"internal[- ]use\s+licen", re.I)
AMA_TITLE = re.compile(r"\bAMA\s+(?:CPT\W?\s+)?internal[- ]use\s+licen[cs]e\s+agreement", re.I)
HEAD_SENTENCES = 15
CMS_HEAD = 4  # a CMS licence says what it is at its top
LICENSEE = re.compile(r"\blicensee\b", re.I)
POINT_AND_CLICK = re.compile(
    r"point[- ]and[- ]click|click[- ]through|(?:medicare|CMS)\s+(?:administrative\s+)?contractor", re.I
)
CMS_ONLY = re.compile(r"\b(?:medicare|medicaid|CMS)\b", re.I)
TRADEMARK_ONLY = re.compile(r"registered\s+trademark|\btrademark\s+of", re.I)
OTHER_CPT = re.compile(
    r"\b(?P<name>(?:[A-Za-z]+[\s-]+){1,4})\(\s*[\"“]?CPT[\"”]?\s*\)|\bCPT[\"”]?\s+(?:or\s+[\"“](?P<alias>[^\"”]{3,60})[\"”]\s+)?(?:means|stands\s+for|refers\s+to)\s+"
    r"(?P<def>[^.]{3,60})"
)
REAL_CPT = re.compile(r"current\s+procedural\s+terminology|american\s+medical\s+association|\bHCPCS\b", re.I)
AMA = re.compile(r"\bAMA\b", re.I)
CODES = re.compile(r"\bprocedur\w*\s+(?:codes?|terminology)|\bcode\s+sets?\b|\bcod(?:es|ing)\b", re.I)
THIRD_PARTY_DEFINED = re.compile(
    r"[\"“]Third[- ]Party\s+(?:Content|Data|Materials?)[\"”]\s+(?:means|shall\s+mean|refers\s+to|includes)\s+"
    r"(?P<body>[^.]{3,300})",
    re.I,
)
AMA_OTHER = re.compile(  # '"AMA" means the Annual ...', 'Annual Maintenance Agreement (AMA)': not the AMA
    r"[\"“]AMA[\"”]\s+(?:means|shall\s+mean|refers\s+to|stands\s+for)\s+(?!(?:the\s+)?American\s+Medical)"
    r"|\b(?!American\s)(?:[A-Z][a-z]+\s+){1,4}\(\s*[\"“]?AMA[\"”]?\s*\)"
)
NAME_LIKE = re.compile(
    r"\bCPT[- ]\d|\bCPT\s+[-–]\s+[a-z]"
    r"|\bCPT\s+(?:technician|trainer|course|training|session|protocol|therapy|test)"
    r"|\b(?:Certified|Cognitive|Continuous)\s+(?:[A-Z][a-z]+\s+){1,3}\(?[\"“]?CPT\b",
    re.I,
)
OTHER_MEANING = re.compile(  # "the Attentix CPT, a computerized Continuous Performance Test"
    r"\bCPT\W{0,3},\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:test|therapy|assessment|program|course|technician|training)\b"
    r"|\b(?:Continuous|Cognitive)\s+Performance\s+Test|\bCertified\s+(?:Personal|Pharmacy)\s+(?:Trainer|Technician)"
    r"|\bCPT\s*\((?!\s*(?:current|procedural|codes?|AMA|american|HCPCS|category|level|edition))"
    r"[a-z][a-z\s-]{3,40}\)"  # "CPT (chest physiotherapy)"
    r"|\bcost\s+per\s+(?:transaction|test|click|thousand)\b"
    r"|(?-i:\bC[a-z]+\s+P[a-z]+\s+T[a-z]+)\s*\(\s*[\"“]?CPTs?\b",  # "Care Pathway Templates (CPTs, ...)"
    re.I,
)
CODE_SET_USE = re.compile(
    r"\bCPT(?:®|\(R\))|\bCPT\W{0,3}\s*(?:codes?|coding|code\s+sets?|content|descriptors?|procedure|fees?|royalt\w*|"
    r"licen[cs]\w*|lic\.|sublicen[cs]\w*|charges?|data|files?|releases?|updates?|library|look-?ups?|editions?|"
    r"pass[- ]through)"
    r"|(?:\bfor|\bof|\bto\s+use|\bsublicen[cs]e\s+to|\blicen[cs]e\s+to)\s+(?:the\s+)?CPT\b",
    re.I,
)
DEFINED_AT = (  # where a definition of "CPT" starts
    *("CPT)", "CPT”)", 'CPT")', "CPT means", "CPT” means", 'CPT" means', "CPT stands", 'CPT" or', "CPT” or"),
)
OTHER_CODE_SETS = re.compile(  # the code sets of a tool that may have no CPT at all
    r"\bICD-10(?:-CM)?\b[^.]{0,40}\bHCPCS(?:\s+Level\s+II)?\b|\bHCPCS\s+Level\s+II\b", re.I
)
DENTAL = re.compile(r"\bCDT\b|\bdental\b|\bAmerican\s+Dental\s+Association\b|\bADA\b", re.I)
LICENSING = re.compile(
    r"licen[cs](?!e\s+(?:number|no\b|#))|royalt"
    r"|(?:CPT|AMA)\W*(?:\w+\s+){0,2}(?:fees?|charges?(?!\s+(?:capture|entry|posting))|costs?)\b",
    re.I,
)  # not "your NPI and licence number", nor "CPT-driven charge capture" (a feature)
NOTICE_WORDS = re.compile(r"copyright|fee\s+schedules,\s+relative\s+value|FARS|practice\s+medicine", re.I)
# Why a reading needs a person's review, in the words the app and the CLI show.
REASONS = {
    "cms": "This is a CMS contractor's point-and-click licence: it covers CPT in CMS programs only, "
    "not a vendor's product.",
    "sublicence": "The vendor sublicenses CPT and the contract names no CPT fee, but it never says the "
    "royalty is in the price.",
    "trademark": "Only a trademark line names CPT: attribution, not a licence term.",
    "notice": "Only the AMA's notice speaks of CPT: it suggests a sublicence but does not say who pays.",
    "mention": "CPT is mentioned near licensing words, but no clause says who pays.",
}
CONDITION_LEAD = 40  # characters at a zero-fee line's start where a condition opens it
IMPLAUSIBLE_FEE_WEIGHT = 3.0  # a "CPT fee" far from the royalty may be another price: a sign, not proof
NO_CPT_ACTS = {"include", "provide"}  # "does not include CPT codes": in a dental product, no CPT at all


@dataclass
class CoverageResult:
    finding: Finding
    reasons: list[str] = field(default_factory=list)
    deciding: list[Finding] = field(default_factory=list)
    ama_license: bool = False


def is_ama_licence(sentences: Sentences) -> Sentence | None:
    """The first sentences name the AMA as a party to a licence with the reader as licensee."""
    head = sentences[:HEAD_SENTENCES]
    if not any(LICENCE_TITLE.search(s.text) for s in head):
        return None
    named = any(LICENSEE.search(s.text) for s in head) or any(INTERNAL_USE.search(s.text) for s in head[:3])
    if not named:
        return None
    titled = next((s for s in head[:3] if AMA_TITLE.search(s.text)), None)
    return titled or next((s for s in head if AMA_PARTY.search(s.text) or AMA_LICENSOR.search(s.text)), None)


def cpt_is_something_else(text: str) -> bool:
    """'CPT' names something other than the code set: defined as another name (a therapy, a
    technician, a test), or used only as a bare name while nothing names the AMA, Current
    Procedural Terminology, HCPCS or CPT codes."""
    if "CPT" not in text or REAL_CPT.search(text) or AMA.search(text) and not AMA_OTHER.search(text):
        return False
    if NAME_LIKE.search(text) and not CODE_SET_USE.search(text) or OTHER_MEANING.search(text):
        return True
    at = max(text.find(k) for k in DEFINED_AT)
    if at < 0:
        return False
    m = OTHER_CPT.search(text, max(0, at - 80))
    if m is None:
        return False
    meaning = " ".join(m.group(g) or "" for g in ("name", "alias", "def")).lower()
    return "procedural" not in meaning and "terminology" not in meaning


def _other_content(sentences: Sentences) -> bool:
    """The document defines its third-party content as something other than codes ("map tiles
    and the pharmacy directory") and names CPT, the AMA or procedure codes nowhere."""
    defined = THIRD_PARTY_DEFINED.search(sentences.text)
    if defined is None or CODES.search(defined.group("body")):
        return False
    return not any(names_cpt(s.text) or CODES.search(s.text) for s in sentences)


def _cms_licence(sentences: Sentences) -> bool:
    head = " ".join(s.text for s in sentences[:CMS_HEAD])
    return bool(POINT_AND_CLICK.search(head) and CMS_ONLY.search(head))


def _no_cpt_product(statements: list[Statement], text: str) -> bool:
    """A dental, ICD-10 or HCPCS Level II product that says it has no CPT: nothing to license."""
    if not (DENTAL.search(text) or OTHER_CODE_SETS.search(text)):
        return False
    deciding = [s for s in statements if s.coverage == "customer_must_license"]
    return bool(deciding) and all(s.act in NO_CPT_ACTS and s.negated for s in deciding)


def _supplied_only(signs: list[Evidence]) -> bool:
    """Only the weak sign that CPT is in the product ("The CPT codes shown below are provided for
    your information"): CPT as data, which says nothing of a licence by itself."""
    return bool(signs) and all(
        e.act == "provide"
        and e.coverage == "unclear"
        and not LICENSING.search(e.finding.quote or "")
        and not AMA.search(
            e.finding.quote or ""
        )  # "Subject to the AMA's requirements, CPT may be made available"
        for e in signs
    )


def _signs(
    doc: Document, sentences: Sentences, statements: list[Statement], fee, zero: list[Sentence]
) -> list[Evidence]:
    signs = evidence_of(doc, statements)
    if fee.fee is not None and fee.fee.amount > 0:
        weight = FEE_WEIGHT if is_plausible(fee.fee) else IMPLAUSIBLE_FEE_WEIGHT
        weight *= CONDITIONAL_FACTOR if fee.conditional else 1.0
        weight *= MODAL_FACTOR if hedged(fee.finding.quote or "") else 1.0  # "probably ... about $18"
        signs.append(Evidence("pass_through", weight, fee.finding, fee.part, fee.part_no, fee.conditional))
    where = places(sentences)
    for s in zero:
        if any(
            st.sentence.index == s.index and st.negated and st.coverage == "customer_must_license"
            for st in statements
        ):
            continue  # "Seller does not sublicense CPT and no CPT charge is included": no CPT, no charge
        f = finding(doc, "coverage_evidence", "vendor_covers", s)
        conditional = bool(words("condition").search(s.text[:CONDITION_LEAD]))  # "Otherwise ... included"
        weight = ZERO_FEE_WEIGHT * (CONDITIONAL_FACTOR if conditional else 1.0)
        place = where[s.index]
        signs.append(Evidence("vendor_covers", weight, f, place.part, place.part_no, conditional))
    return signs


def _not_addressed(confidence: float) -> Finding:
    return Finding(field="coverage", value="not_addressed", stated=False, confidence=confidence)


def _other_notice(sentences: Sentences) -> bool:
    """An AMA notice other than a trademark line (copyright, fee schedules, FARS/DFARS)."""
    named = (s.text for s in sentences if REAL_CPT.search(s.text) or AMA.search(s.text))
    return any(NOTICE_WORDS.search(text) for text in named)


def _fallback(doc: Document, sentences: Sentences, signs: list[Evidence], notice: Finding) -> CoverageResult:
    distributor = [e for e in signs if e.coverage == "distributor"]
    if distributor and max(e.weight for e in distributor) >= 2.0:
        best = max(distributor, key=lambda e: e.weight)
        f = best.finding.model_copy(
            update={"field": "coverage", "value": "vendor_covers", "confidence": 0.75}
        )
        return CoverageResult(f, [REASONS["sublicence"]], [best.finding])
    mention = next((s for s in sentences if about_cpt(s.text) and LICENSING.search(s.text)), None)
    if mention is not None and names_cpt(mention.text) and not NOTICE_WORDS.search(mention.text):
        # "* AMA licensing fees may apply" under a price grid: a licensing term, though no one is named
        f = finding(doc, "coverage", "unclear", mention, 0, confidence=0.5)
        return CoverageResult(f, [REASONS["mention"]], [f])
    if notice.value and re.search(r"\bCPT\b", notice.quote or ""):
        if TRADEMARK_ONLY.search(notice.quote or "") and not _other_notice(sentences):
            return CoverageResult(_not_addressed(0.7), [REASONS["trademark"]])
        f = notice.model_copy(update={"field": "coverage", "value": "unclear", "confidence": 0.5})
        return CoverageResult(f, [REASONS["notice"]], [notice])
    if mention is not None and names_cpt(mention.text):
        f = finding(doc, "coverage", "unclear", mention, 0, confidence=0.5)
        return CoverageResult(f, [REASONS["mention"]], [f])
    named = any(names_cpt(s.text) for s in sentences)
    return CoverageResult(_not_addressed(0.8 if named else 0.9))


def decide_coverage(
    doc: Document,
    sentences: Sentences,
    statements: list[Statement],
    fee: FeeReading,
    zero: list[Sentence],
    notice: Finding,
) -> CoverageResult:
    licence = is_ama_licence(sentences)
    if licence is not None:
        f = finding(doc, "coverage", "customer_must_license", licence, confidence=0.9)
        return CoverageResult(f, [], [f], ama_license=True)
    if DENTAL.search(sentences.text) and not any(names_cpt(s.text) for s in sentences):
        return CoverageResult(_not_addressed(0.9))  # a CDT royalty "included" says nothing of CPT
    if cpt_is_something_else(sentences.text) or _no_cpt_product(statements, sentences.text):
        return CoverageResult(_not_addressed(0.8))
    if _cms_licence(sentences):
        return CoverageResult(_not_addressed(0.7), [REASONS["cms"]])
    signs = _signs(doc, sentences, statements, fee, zero)
    if signs and all(e.act == "third_party" for e in signs) and _other_content(sentences):
        return CoverageResult(_not_addressed(0.8))  # "Third-Party Content" means map tiles: no codes
    verdict: Verdict | None = None if _supplied_only(signs) else decide(signs, sentences.text)
    if verdict is None:
        return _fallback(doc, sentences, signs, notice)
    return CoverageResult(verdict.coverage, verdict.reasons, verdict.deciding)


__all__ = ["HIGH", "CoverageResult", "decide_coverage"]
