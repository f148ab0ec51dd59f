"""What the CPT fee adds up to: a royalty plus the processing or handling fee stated beside it,
the total a text states for the two, and line totals (a rate times a count) that are no rate.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .. import phrases
from .amounts import CHANGED_TO, SURCHARGE_SHARE, other_period
from .fee_candidate import FeeCandidate, year_column
from .fee_context import NEIGHBOURS
from .money import Money, find_money
from .sentences import Sentences
from .structure import places

INCLUDES = re.compile(
    r"\binclud\w*|\bof\s+which\b|\bpart\s+of\b", re.I
)  # a surcharge inside the fee, not on top
ROYALTY_SURCHARGE = re.compile(  # "Royalty Handling Charge ... billed with the AMA royalty"
    r"(?:royalty|AMA|CPT)\W+(?:[\w-]+\s+){0,3}(?:handling|processing|administrat\w*)|"
    r"(?:handling|processing|administrat\w*)\W+(?:[\w-]+\s+){0,6}(?:AMA|CPT)\s+royalty",
    re.I,
)
MAX_QUANTITY = 10_000
SUM_REACH = 2  # sentences after the royalty where the total of it and its add-on is stated
COUNTED = re.compile(
    r"\b(?:[2-9]|\d{2,})\s+(?:(?:named|licensed|active|rendering)\s+)?"
    r"(?:locations|sites|offices|clinics|providers|clinicians|physicians|users|seats|prescribers)\b",
    re.I,
)


def surcharge_only(c: FeeCandidate) -> bool:
    """A candidate that prices only the processing or handling part of the CPT fee."""
    said = c.quote
    return (
        bool(phrases.pattern("fees", "processing").search(said))
        and len(find_money(said)) <= 2
        and not (phrases.pattern("fees", "total").search(said))
    )


def _one_figure(text: str, amounts: list[Money]) -> bool:
    """One amount, or an old and a new one ("will rise from $18.00 to $18.50")."""
    return len(amounts) == 1 or (
        len(amounts) == 2 and bool(CHANGED_TO.fullmatch(text[amounts[0].end : amounts[1].start]))
    )


def _row_surcharge(best: FeeCandidate, sentences: Sentences, own: list[Money]) -> FeeCandidate | None:
    """A processing fee on the table row right after the royalty's, in the same column
    ("CPT royalty ... 14 $18.50 annual $259.00" | "Collection & reporting fee ... 14 $3.00 annual $42.00")."""
    i, where = int(best.order), places(sentences)
    values = [m.value for m in own]
    if not own or not where[i].is_row or best.amount not in values or i + 1 >= len(sentences):
        return None
    near = sentences[i + 1]
    amounts = find_money(near.text)
    if not where[i + 1].is_row or len(amounts) != len(own) or INCLUDES.search(near.text):
        return None
    extra = amounts[values.index(best.amount)].value
    if (
        phrases.pattern("fees", "processing").search(near.text)
        and not phrases.pattern("fees", "other").search(near.text)  # "Card processing ... per transaction"
        and not other_period(near.text, best.period)
        and 0 < extra <= best.amount * SURCHARGE_SHARE
    ):
        return replace(best, amount=best.amount + extra)
    return None


def stated_sum(best: FeeCandidate, cands: list[FeeCandidate], sentences: Sentences) -> FeeCandidate:
    """The total a help page states right after the royalty and its add-on ("the royalty is
    $18.50. We add $2.50 to cover card processing ... So the line on your invoice is $21.00.")."""
    i = int(best.order)
    said = {m.value for s in sentences[max(0, i - 1) : i + SUM_REACH + 1] for m in find_money(s.text)}
    said |= {c.amount for c in cands}
    for total in cands:
        if total.amount not in {m.value for m in find_money(sentences[int(total.order)].text)}:
            continue  # a sum the reading made, not one the text states
        extra = total.amount - best.amount
        if (
            0 < total.order - best.order <= SUM_REACH
            and 0 < extra <= best.amount * SURCHARGE_SHARE
            and extra in said
        ):
            return replace(best, amount=total.amount)
    return best


def with_surcharge(best: FeeCandidate, sentences: Sentences) -> FeeCandidate:
    """A processing fee stated in the next sentences ("8.3 ... a processing fee of $2.25 per
    Named User"), added to a royalty stated alone."""
    i = int(best.order)
    own = find_money(sentences[i].text) if i < len(sentences) else []
    in_row = _row_surcharge(best, sentences, own)
    if in_row is not None:
        return in_row
    if not own or own[-1].value != best.amount or not _one_figure(sentences[i].text, own):
        return best  # none, several, or a surcharge already added
    tied = [s for s, _ in sentences.find(ROYALTY_SURCHARGE, ("handling", "processing", "administrat"))]
    where = places(sentences)
    for near in sentences[i + 1 : i + 1 + NEIGHBOURS] + [s for s in tied if s.index > i + NEIGHBOURS]:
        amounts = year_column(where[near.index].header or "", find_money(near.text))
        if (
            len(amounts) == 1
            and phrases.pattern("fees", "processing").search(near.text)
            and not INCLUDES.search(near.text)
        ):
            extra = amounts[0].value
            if other_period(near.text, best.period):
                continue  # "Monthly minimum (transactions) per month $40.00" under a yearly fee
            if extra <= best.amount * SURCHARGE_SHARE and not phrases.pattern("fees", "other").search(
                near.text
            ):
                return replace(best, amount=best.amount + extra)
    return best


def _extension(c: FeeCandidate, cands: list[FeeCandidate]) -> bool:
    """A line total with no unit that is a whole number of times another CPT price with one
    ("Annual CPT Sublicense Fee $209.00" beside "$19.00 per Named User", 11 users): not the fee."""
    if c.unit is not None and not COUNTED.search(c.quote):
        return False  # "Annual recurring (CPT licence, 2 locations) $770.00" counts, it is no rate
    for d in cands:
        if d.unit is not None and d.amount > 0 and d.amount < c.amount:
            times = c.amount / d.amount
            if times == times.to_integral_value() and 2 <= times <= MAX_QUANTITY:
                return True
    return False


def without_extensions(cands: list[FeeCandidate]) -> list[FeeCandidate]:
    kept = [c for c in cands if not _extension(c, cands)]
    return kept or cands
