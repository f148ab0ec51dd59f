"""One CPT fee candidate read from a text: its amount, unit, period, anchor and confidence,
and the amounts that are not this vendor's fee to this practice (extract/fees.py chooses)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .. import phrases
from .amounts import (
    FeeWords,
    combine,
    per_counted,
    roles,
    unit_and_period,
)
from .lexicon import acts, words
from .money import Money, find_money
from .structure import UNCHECKED, is_question_text


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
    table: bool = False  # read from a ruled table's cells (exact), not from text lines


FRAGMENT_WORDS = 4  # an amount's "sentence" this short ends a wrapped line ("$18.50 per user)")
VENDOR_CHARGES = re.compile(r"\b(?:collect|charg|bill|invoic|pass(?:es|ed)?\s+(?:through|on|along))\w*", re.I)
AMA_CHARGES = re.compile(
    r"\b(?:the\s+)?(?:AMA|American\s+Medical\s+Association)\s+(?:currently\s+)?(?:charges|bills)\b", re.I
)
NO_DISCOUNT = re.compile(r"(\$\s?(\d[\d.,]*))\s+[-–]\s+\$\s?\2(?![\d.])")
NOT_CHARGED = re.compile(  # "For reference only, and not as a charge under this Agreement: ..."
    r"\bnot\s+(?:as\s+)?an?\s+(?:charge|bill|invoice)\b|\b(?:not|never)\s+(?:be\s+)?(?:charged|billed|invoiced)\b",
    re.I,
)
YEAR = re.compile(r"\b(20[2-4]\d)\b")
NOW_THEN = re.compile(  # a header of today's price, then the new one: "Current  From 1 June 2026"
    r"\b(?:current|existing|today\W?s)\b.{0,30}?\b(?:from|new|renewal|renewed|effective|starting)\b", re.I
)
LIST_NET = re.compile(r"\blist\b.{0,40}?\bdiscount\b.{0,20}?\bnet\b", re.I)
UNKNOWN_COST = 0.15  # confidence lost for a fee's unknown unit, and again for its unknown period
COLUMNS_DOUBT = 0.85
COUNTED_DOUBT = 0.05  # a fee worked out from a total for several units is a little less sure
ROW_WORDS = 14


def unit_confidence(unit: str | None, period: str | None) -> float:
    return round(0.9 - UNKNOWN_COST * (unit is None) - UNKNOWN_COST * (period is None), 2)


def direct_price(text: str) -> bool:
    """A direct-AMA price quoted for comparison ("for reference, AMA 2026 list: ..."); "the AMA
    charges direct licensees $18.50" is the AMA's price, not the vendor's."""
    return bool(
        phrases.pattern("fees_extra", "direct_license").search(text)
        and not VENDOR_CHARGES.search(NOT_CHARGED.sub("", AMA_CHARGES.sub("", text)))
    )


def not_the_vendors_fee(text: str) -> bool:
    """A direct-AMA price quoted for comparison, another party's or product's price, a zero line,
    another code set's fee, or a fee for use outside this product."""
    if direct_price(text):
        return True
    text = NO_DISCOUNT.sub(r"\1", text)  # "List $18.50 | Discount - | Net $18.50": no range
    other = phrases.pattern("fees_extra", "not_this_fee").search(text)
    if other and not _charged_after(text, other):
        return True
    if phrases.pattern("fees_extra", "other_code_set").search(text) and not phrases.pattern(
        "context", "cpt"
    ).search(text):
        return True
    if UNCHECKED.match(text) or is_question_text(text):
        return True  # "[ ] Option A: a CPT sublicence at $20.00": not taken; "does the $310 include…?"
    return bool(words("other_scope").search(text) or words("former").search(text) or _stopped(text))


def _charged_after(text: str, inclusion: re.Match[str]) -> bool:
    """ "Includes CPT content … Company will add a CPT licensing charge of $7.50": charged after all."""
    return inclusion.group(0).lower().startswith("includ") and bool(
        VENDOR_CHARGES.search(text, inclusion.end())
    )


def _stopped(text: str) -> bool:
    """'We will no longer collect the $19.00 AMA fee': a fee that ends is not charged."""
    return bool(next(a for a in acts() if a.id == "no_longer").verbs.search(text))


def read_candidate(
    text: str,
    amendment: bool,
    words: FeeWords,
    extra: str = "",
    amounts: list[Money] | None = None,
    own: str | None = None,
    header: str = "",
    apart: bool = False,
) -> tuple[Decimal, str | None, str | None, Money, float] | None:
    """The CPT amount in ``text``, its unit, period, anchor and confidence; ``own`` is the
    amount's own sentence where ``text`` adds the sentences before it (``apart``: sentences of
    their own, not a heading that labels it); ``header`` its table's."""
    amounts = find_money(text) if amounts is None else amounts
    fragment = own is not None and len(own.split()) <= FRAGMENT_WORDS  # "$18.50 per user)" ends its row
    if not amounts or not words.cpt.search(text) or not_the_vendors_fee(text if own is None else own):
        return None
    if fragment and direct_price(text):  # "(for reference, AMA 2026 list: entity fee +" / "$18.50 per user)"
        return None
    amended = amendment or bool(phrases.pattern("fees", "amendment").search(text))
    columns = _price_columns(own or text, amounts)
    combined = combine(roles(text, words, year_column(header, amounts), own if apart else None), amended)
    if combined is None:
        return None
    value, anchor = combined
    unit, period = unit_and_period(text, anchor, extra)
    counted = per_counted(text, anchor) if value == anchor.value else None
    if counted:  # "$133.00 ... for your seven clinicians": $19.00 per clinician
        value, unit = counted
    confidence = unit_confidence(unit, period) - COUNTED_DOUBT * bool(counted)
    if columns:
        confidence = round(confidence * COLUMNS_DOUBT, 2)  # "$1.55 $1.60": which column is in force?
    return value, unit, period, anchor, confidence


def _price_columns(text: str, amounts: list[Money]) -> bool:
    """A short table row with several different prices side by side (this year and next, list and
    net, price and line total): the column the fee is in cannot be told from the words."""
    values = {m.value for m in amounts if m.value > 0}
    return len(text.split()) <= ROW_WORDS and len(values) > 1


def year_column(header: str, amounts: list[Money]) -> list[Money]:
    """Under a header of ascending years ("Basis 2025 2026"), a row's prices are one per year:
    the latest year's is the one going forward (a renewal's new rate), still read with doubt."""
    if NOW_THEN.search(header) and len(amounts) >= 2:
        return amounts[1:2]  # "Current  From 1 June 2026": the renewal's column
    if LIST_NET.search(header) and len(amounts) == 2:
        return amounts[1:2]  # "List  Discount  Net": "$8.00 25% $6.00" is paid at $6.00
    years = list(dict.fromkeys(int(y) for y in YEAR.findall(header)))  # "2025 2026 Qty 2026 annual"
    if len(years) < 2 or years != sorted(years) or len(amounts) < len(years):
        return amounts
    return amounts[len(years) - 1 : len(years)]  # a line total after the year columns is not a price
