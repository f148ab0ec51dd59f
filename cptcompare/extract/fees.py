"""The CPT fee: amount, unit and period, with its evidence, from sentences and fee tables.

Each amount in a CPT sentence gets a role from the words next to it: the CPT fee itself,
a processing surcharge, a total, or something else (a subscription price, a cap, an
escalation step). The fee the customer pays is the total, else CPT part plus surcharges;
an amendment's figure beats the original; a zero or "included" CPT line is no fee.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache

from .. import phrases
from ..models import Document, Fee, Finding, Page, Table
from ..textclean import find_quote, squash
from .evidence import quote
from .money import Money, find_money
from .sentences import Sentence, Sentences

NEAR = 45  # characters before an amount that say what it is
RIGHT_AFTER = 20  # characters after an amount that can name it ("$18.50 AMA royalty")
CLAUSE_END = re.compile(r"[;(+=]|\bplus\b|\band\b|\bor\b|,\s|\.\s", re.I)
UNITS = ("user", "provider", "location", "organization")
PERIODS = ("year", "month", "one_time")


@dataclass(frozen=True)
class FeeCandidate:
    amount: Decimal
    unit: str | None
    period: str | None
    page: int
    quote: str
    order: float  # position in the document, for "last amendment wins"
    amendment: bool
    confidence: float


def _rx(*path: str) -> re.Pattern[str]:
    return phrases.pattern(*path)


@cache
def _unit_rx(unit: str) -> re.Pattern[str]:
    """'per provider', 'each Named User', '/seat', 'per-clinician' for one unit's words."""
    words = "|".join(f"(?:{w})" for w in phrases.section("fees", "units", unit))
    lead = "|".join(f"(?:{w})" for w in phrases.section("fees", "units", "lead"))
    return re.compile(rf"(?:\b(?:{lead})|/)[\s-]*(?:{words})\b", re.I)


def find_unit(text: str) -> str | None:
    """The fee unit named earliest in the text ('per provider', 'each Named User', '/seat')."""
    best = None
    for unit in UNITS:
        m = _unit_rx(unit).search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), unit)
    return best[1] if best else None


def find_period(text: str) -> str | None:
    best = None
    for period in PERIODS:
        m = _rx("fees", "periods", period).search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), period)
    return best[1] if best else None


def _last(rx: re.Pattern[str], text: str) -> int:
    positions = [m.end() for m in rx.finditer(text)]
    return max(positions) if positions else -1


def _role(text: str, money: Money, prev_end: int, next_start: int) -> str:
    """cpt | processing | total | other | skip, from the words around one amount."""
    before = text[max(prev_end, money.start - 100) : money.start]
    if re.search(
        rf"(?:{_rx('fees', 'not_fee_before').pattern})(?:\s+(?:to|of|at|by))?\W*$", before[-30:], re.I
    ):
        return "skip"
    after = text[money.end : min(next_start, money.end + RIGHT_AFTER)]
    cut = CLAUSE_END.search(after)
    after = after[: cut.start()] if cut else after
    if re.search(rf"(?:{_rx('fees', 'total').pattern})\W*(?:of\W*)?$", before[-25:], re.I):
        return "total"
    for role, path in (("processing", "processing"), ("cpt", "cpt"), ("other", "other")):
        if _rx("fees", path).search(after):
            return role
    marks = {
        "processing": _last(_rx("fees", "processing"), before[-NEAR:]),
        "cpt": _last(_rx("fees", "cpt"), before),
        "other": _last(_rx("fees", "other"), before),
    }
    role, pos = max(marks.items(), key=lambda kv: kv[1])
    return role if pos >= 0 else "unknown"


def _roles(text: str) -> list[tuple[Money, str]]:
    amounts = find_money(text)
    out = []
    for i, money in enumerate(amounts):
        prev_end = amounts[i - 1].end if i else 0
        next_start = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
        out.append((money, _role(text, money, prev_end, next_start)))
    # An amount no words claim is the CPT fee when the sentence is about CPT and nothing else.
    about_cpt_only = _rx("fees", "cpt").search(text) and not _rx("fees", "other").search(text)
    if about_cpt_only or any(r == "cpt" for _, r in out):
        out = [(m, "cpt" if r == "unknown" else r) for m, r in out]
    return out


def _combine(roles: list[tuple[Money, str]], amendment: bool) -> tuple[Decimal, Money] | None:
    """The amount the customer pays, and the amount whose words to read the unit after."""
    cpt = [m for m, r in roles if r == "cpt"]
    proc = [m for m, r in roles if r == "processing"]
    totals = [m for m, r in roles if r == "total"]
    if totals:
        pick = totals[-1] if amendment else totals[0]
        return pick.value, pick
    if not cpt:
        return None
    parts = cpt + proc
    biggest = max(parts, key=lambda m: m.value)
    if len(parts) > 2 and biggest.value == sum(m.value for m in parts if m is not biggest):
        return biggest.value, biggest
    if amendment and len(cpt) > 1:
        cpt = [cpt[-1]]
    elif len(cpt) > 1 and cpt[0].value == sum(m.value for m in cpt[1:] + proc):
        return cpt[0].value, cpt[0]
    base = cpt[0]
    later = [m for m in proc if m.start > base.start] or proc
    return base.value + sum((m.value for m in later), Decimal(0)), (later[-1] if later else base)


def _unit_and_period(text: str, anchor: Money, extra: str = "") -> tuple[str | None, str | None]:
    windows = [
        text[anchor.end : anchor.end + 120],
        text[max(0, anchor.start - 120) : anchor.start],
        text,
        extra,
    ]
    unit = next((u for u in (find_unit(w) for w in windows) if u), None)
    period = next((p for p in (find_period(w) for w in windows) if p), None)
    return unit, period


def _confidence(unit: str | None, period: str | None, sentence_text: str) -> float:
    score = 0.9 - 0.15 * (unit is None) - 0.15 * (period is None)
    if _rx("fees_extra", "direct_license").search(sentence_text):
        score *= phrases.section("fees_extra", "direct_factor")
    return round(score, 2)


def _candidate(
    text: str, amendment: bool, extra: str = ""
) -> tuple[Decimal, str | None, str | None, Money, float] | None:
    if not _rx("fees", "cpt").search(text) or not find_money(text):
        return None
    combined = _combine(_roles(text), amendment or bool(_rx("fees", "amendment").search(text)))
    if combined is None:
        return None
    value, anchor = combined
    unit, period = _unit_and_period(text, anchor, extra)
    return value, unit, period, anchor, _confidence(unit, period, text)


def _amendment_start(sentences: Sentences) -> int:
    """Index of the first sentence of an amendment inside the document, or past the end."""
    heading = _rx("fees", "amendment_heading")
    for s in sentences:
        if s.index > 0 and heading.match(s.text):
            return s.index
    return len(sentences)


def _from_sentences(doc: Document, sentences: Sentences) -> list[FeeCandidate]:
    start = _amendment_start(sentences)
    out = []
    for s, _ in sentences.find(*phrases.search_list("fees", "cpt")):
        found = _candidate(s.text, s.index >= start)
        if found is None:
            continue
        value, unit, period, anchor, conf = found
        amended = s.index >= start or bool(_rx("fees", "amendment").search(s.text))
        page, words = quote(doc, s, anchor.start)
        out.append(FeeCandidate(value, unit, period, page, words, s.index, amended, conf))
    return out


def _row_quote(page: Page, cells: list[str]) -> str:
    joined = " ".join(cells)
    if find_quote(page.text, joined):
        return squash(joined)
    for line in page.text.split("\n"):
        if all(c.split()[0] in line for c in cells if c.split()):
            return squash(line)
    return squash(joined)


def _from_table(page: Page, table: Table, order: float, amended: bool) -> list[FeeCandidate]:
    if len(table.rows) < 2:
        return []
    header = " ".join(c or "" for c in table.rows[0])
    out = []
    for row in table.rows[1:]:
        cells = [squash(c) for c in row if c and c.strip()]
        text = " ".join(cells)
        found = _candidate(text, amended, extra=header)
        if found is None:
            continue
        value, unit, period, _, conf = found
        out.append(
            FeeCandidate(value, unit, period, page.number, _row_quote(page, cells), order, amended, conf)
        )
    return out


def _table_candidates(doc: Document, sentences: Sentences) -> list[FeeCandidate]:
    start = _amendment_start(sentences)
    first_amended_page = sentences[start].page if start < len(sentences) else len(doc.pages) + 1
    out = []
    for page in doc.pages:
        for table in page.tables or []:
            order = next((s.index + 0.5 for s in sentences if s.page == page.number), 0)
            out.extend(_from_table(page, table, order, page.number > first_amended_page))
    return out


def _merge(text_cands: list[FeeCandidate], table_cands: list[FeeCandidate]) -> list[FeeCandidate]:
    """A table row and the same row read as text are one candidate; keep the fuller reading."""
    merged = list(text_cands)
    for t in table_cands:
        twin = next((c for c in merged if c.page == t.page and c.amount == t.amount), None)
        if twin is None:
            merged.append(t)
            continue
        fuller = replace(twin, unit=twin.unit or t.unit, period=twin.period or t.period)
        merged[merged.index(twin)] = replace(
            fuller, confidence=max(twin.confidence, t.confidence, _confidence(fuller.unit, fuller.period, ""))
        )
    return merged


def _choose(cands: list[FeeCandidate]) -> FeeCandidate | None:
    if not cands:
        return None
    amended = [c for c in cands if c.amendment]
    if amended:
        return max(amended, key=lambda c: (c.order, c.confidence))
    return max(cands, key=lambda c: (c.confidence, -c.order))


def extract_fee(doc: Document, sentences: Sentences) -> tuple[Fee | None, Finding]:
    """The CPT fee now in force, or an explicit 'not stated'."""
    cands = _merge(_from_sentences(doc, sentences), _table_candidates(doc, sentences))
    cands = [c for c in cands if c.amount > 0]
    best = _choose(cands)
    if best is None:
        return None, Finding.not_stated("cpt_fee")
    fee = Fee(amount=float(best.amount), unit=best.unit, period=best.period)
    value = fee.model_dump()
    return fee, Finding(
        field="cpt_fee", value=value, page=best.page, quote=best.quote, confidence=best.confidence
    )


def _states_zero_fee(text: str) -> bool:
    return bool(
        _rx("fees", "cpt").search(text)
        and re.search(r"\bfee|charge|royalt|licen", text, re.I)
        and _rx("fees", "zero").search(text)
        and not any(m.value > 0 for m in find_money(text))
    )


def zero_fee_sentences(sentences: Sentences) -> list[Sentence]:
    """Sentences that state a CPT fee of zero or 'included' (a sign the vendor covers it)."""
    return [
        s
        for s, _ in sentences.find(_rx("fees", "zero"), phrases.keywords("fees", "cpt"))
        if _states_zero_fee(s.text)
    ]
