"""What each amount of money in a piece of text is, and which amount a CPT fee comes to.

Each amount gets a role from the words next to it: the CPT fee itself, a processing
surcharge, a total, something else (a subscription price, a cap, an escalation step), or
unknown. The fee the customer pays is the total, else CPT part plus surcharges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from .. import phrases
from .money import Money, find_money

NEAR = 45  # characters before an amount whose fee words say what it is (surcharges)
BEFORE = 100  # characters before an amount read at all
RIGHT_AFTER = 20  # characters after an amount that can name it ("$18.50 AMA royalty")
CLAUSE_END = re.compile(r"[;(+=]|\bplus\b|\band\b|\bor\b|,\s|\.\s", re.I)
RELATIVE = re.compile(r"^\W{0,3}\s*(?:which|that|being)\b[^;,]{0,80}", re.I)
# "nineteen dollars and fifty cents (" just before "$19.50": the words, not the fee's name.
NUMBER_WORD = (
    r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|thousand|and)"
)
WRITTEN_AMOUNT = re.compile(
    rf"(?:{NUMBER_WORD}[-\s]+)+(?:u\.?s\.?\s+)?dollars?(?:\s+and\s+(?:{NUMBER_WORD}[-\s]+)+cents?)?\s*\(\s*$",
    re.I,
)
SURCHARGE_SHARE = Decimal("0.5")  # a processing fee is at most half the royalty it is added to
CHANGED_TO = re.compile(r"\s*(?:to|→|->)\s*", re.I)
UNITS = ("user", "provider", "location", "organization")
PERIODS = ("year", "month", "one_time")


@dataclass(frozen=True)
class FeeWords:
    """The words that name a CPT amount in one document: the data's, plus the document's own
    defined terms for its CPT charge (e.g. '"Code Set Charges" means ... CPT ...')."""

    cpt: re.Pattern[str]

    @classmethod
    def with_terms(cls, terms: list[str]) -> FeeWords:
        base = phrases.pattern("fees", "cpt").pattern
        extra = "".join(f"|(?:{re.escape(t)})" for t in terms)
        return cls(re.compile(base + extra, phrases.FLAGS))


def _rx(*path: str) -> re.Pattern[str]:
    return phrases.pattern(*path)


NOT_A_NOUN = r"(?![\s-]+(?:licen[cs]es?|agreements?|terms)\b)"  # "an end-user licence for each Clinician"


@cache
def _unit_rx(unit: str) -> re.Pattern[str]:
    """'per provider', 'each Named User', '/seat', 'per-clinician' for one unit's words."""
    words = "|".join(f"(?:{w})" for w in phrases.section("fees", "units", unit))
    lead = "|".join(f"(?:{w})" for w in phrases.section("fees", "units", "lead"))
    describing = "|".join(phrases.section("fees", "units", "describing"))
    standalone = "|".join(phrases.section("fees", "units").get(f"standalone_{unit}", []))
    possessive = r"(?:[\w]+[\x27\u2019]s\s+)?"  # "per Licensee's Authorized User"
    described = rf"(?:(?:{describing})\s+){{0,2}}"
    led = rf"(?<!\bnot\s)(?:\b(?:{lead})|/)[\s-]*{possessive}{described}(?:{words})\b{NOT_A_NOUN}"
    return re.compile(rf"{led}|\b(?:{standalone})\b" if standalone else led, re.I)


def _earliest(text: str, names: tuple[str, ...], rx_of, last: bool = False) -> str | None:
    """The name whose pattern matches first in the text (or last, nearest an amount before it)."""
    best = None
    for name in names:
        hits = list(rx_of(name).finditer(text)) if last else [m for m in [rx_of(name).search(text)] if m]
        for m in hits[-1:] if last else hits:
            key = (m.start(), -(m.end() - m.start()))  # at the same place the longer phrase wins
            if best is None or (key[0] > best[0][0] if last else key < best[0]):
                best = (key, name)
    return best[1] if best else None


NOT_COUNTED = re.compile(  # "irrespective of the number of Named Users": no unit the fee counts
    r"\b(?:irrespective|regardless|independent)\s+of\s+(?:the\s+|your\s+)?(?:number|count|headcount)\s+of(?:\s+[\w-]+){1,2}"
    r"|(?<=\bcovering\s)all\s+(?:of\s+)?(?:its|their|your|the)(?:\s+[\w-]+){1,2}",
    re.I,
)


def find_unit(text: str, last: bool = False) -> str | None:
    """The fee unit named earliest in the text (``last``: the one named last)."""
    text = NOT_COUNTED.sub(lambda m: " " * len(m.group(0)), text)
    return _earliest(text, UNITS, _unit_rx, last)


def find_period(text: str, last: bool = False) -> str | None:
    return _earliest(text, PERIODS, lambda p: _rx("fees", "periods", p), last)


def other_period(text: str, period: str | None) -> bool:
    """The text names a period, and not this one ("per month" beside a yearly fee)."""
    named = find_period(text)
    return bool(named and period and named != period)


@cache
def _bare_rx(unit: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(phrases.section("fees", "units", unit)) + r")\b", re.I)


def bare_unit(text: str) -> str | None:
    """A person unit named without 'per' ("Rendering providers incur a CPT charge of $1.75")."""
    return _earliest(text, ("provider", "user"), _bare_rx)


def _last(rx: re.Pattern[str], text: str) -> int:
    positions = [m.end() for m in rx.finditer(text)]
    return max(positions) if positions else -1


BESIDES = re.compile(
    r"\b(?:in\s+addition\s+to|on\s+top\s+of|besides|apart\s+from|separate\s+from)\s+[^,;:.]{0,60}?(?:,|\s+and\s+)",
    re.I,
)  # "In addition to the software price, the purchaser pays $39": the amount is not that price


ASIDE = re.compile(
    r"\([^()$]{1,80}\)"
)  # "AMA CPT licence (required with the Coding Module)": not the module's price
CONTENT_IN = re.compile(  # "the CPT content contained in the Platform, at $4.25": where, not whose price
    r"\b(?:contained|embedded|included|available|used|displayed)\s+(?:in|within|on|through)\s+the\s+(?:hosted\s+)?"
    r"(?:platform|software|system|service|application)\b",
    re.I,
)


def _after(text: str, money: Money, next_start: int) -> str:
    """The words right after an amount, to the end of its clause, or a relative clause."""
    rest = text[money.end : next_start]
    relative = RELATIVE.match(rest)
    if relative:
        return relative.group(0)
    near = rest[:RIGHT_AFTER]
    cut = CLAUSE_END.search(near)
    return near[: cut.start()] if cut else near


def _role(text: str, money: Money, prev_end: int, next_start: int, words: FeeWords) -> str:
    """cpt | processing | total | other | skip | unknown, from the words around one amount."""
    start = max(prev_end, money.start - BEFORE)
    while start > prev_end and text[start - 1].isalnum():
        start -= 1  # whole words: "CPT sublicense fee", not "T sublicense fee"
    before = WRITTEN_AMOUNT.sub("", text[start : money.start])
    before = BESIDES.sub(lambda m: " " * len(m.group(0)), before)
    before = CONTENT_IN.sub(lambda m: " " * len(m.group(0)), before)
    before = ASIDE.sub(
        lambda m: m.group(0) if words.cpt.search(m.group(0)) else " " * len(m.group(0)), before
    )
    not_fee = _rx("fees", "not_fee_before").pattern
    if re.search(rf"(?:{not_fee})(?:\s+(?:to|of|at|by))?\W*$", before[-30:], re.I):
        return "skip"
    if re.search(rf"(?:{_rx('fees', 'total').pattern})\W*(?:of\W*)?$", before[-25:], re.I):
        return "total"
    after = _after(text, money, next_start)
    kinds = {"processing": _rx("fees", "processing"), "cpt": words.cpt, "other": _rx("fees", "other")}
    for role, rx in kinds.items():
        if rx.search(after):
            return role
    near = max(0, len(before) - NEAR)  # surcharge words count only close by; positions in ``before``
    marks = {role: _last(rx, before[near:] if role == "processing" else before) for role, rx in kinds.items()}
    if marks["processing"] >= 0:
        marks["processing"] += near
    role, pos = max(marks.items(), key=lambda kv: kv[1])
    return role if pos >= 0 else "unknown"


ROYALTY_AND_SURCHARGE = re.compile(
    r"\broyalt\w*\s+(?:and|plus|\+|&)\s+(?:\w+\s+)?(?:processing|administrat\w*|handling)", re.I
)


def roles(
    text: str, words: FeeWords, amounts: list[Money] | None = None, own: str | None = None
) -> list[tuple[Money, str]]:
    """Each amount's role (cpt, processing, total, other, ...); ``own`` is the amount's own
    sentence where ``text`` adds the sentences that lead to it."""
    amounts = find_money(text) if amounts is None else amounts
    floor = max(text.rfind(own), 0) if own else 0  # an amount's words are in its own sentence...
    out: list[tuple[Money, str]] = []
    for i, money in enumerate(amounts):
        words_before = WRITTEN_AMOUNT.sub("", text[floor : money.start])  # not "seventeen dollars ($17.75)"
        led = money.start >= floor and re.search(r"[A-Za-z]", words_before)  # "The charge is $3"
        prev_end = max(amounts[i - 1].end if i else 0, floor if led else 0)  # not "Fee. $17.75 per User"
        next_start = amounts[i + 1].start if i + 1 < len(amounts) else len(text)
        if out and CHANGED_TO.fullmatch(text[prev_end : money.start]):
            # "rises from $1.50 to $2.00": the new figure takes the old one's role; the old is skipped
            out[-1], role = (out[-1][0], "skip"), out[-1][1]
            out.append((money, role))
            continue
        out.append((money, _role(text, money, prev_end, next_start, words)))
    # An amount no words claim is the CPT fee when the text is about CPT and nothing else.
    # ("... rather than raise everyone's subscription, we show it as its own line. The charge is
    # three dollars."): other prices named only in the lead-in are not this sentence's.
    besides = BESIDES.sub(" ", text if own is None else own)
    about_cpt_only = words.cpt.search(text) and not _rx("fees", "other").search(besides)
    if about_cpt_only or any(r == "cpt" for _, r in out):
        out = [(m, "cpt" if r == "unknown" else r) for m, r in out]
    if [r for _, r in out] == ["processing"] and ROYALTY_AND_SURCHARGE.search(text):
        out = [(out[0][0], "cpt")]  # one figure for "AMA royalty and administration": both together
    if own and any(r == "cpt" and m.start >= floor for m, r in out):
        # "... I told you it would be $24. ... The confirmed amount is $22.50": the sentence's own figure
        out = [(m, "skip" if r == "cpt" and m.start < floor else r) for m, r in out]
    return out


def combine(found: list[tuple[Money, str]], amendment: bool) -> tuple[Decimal, Money] | None:
    """The amount the customer pays, and the amount whose words to read the unit after."""
    cpt = [m for m, r in found if r == "cpt"]
    proc = [m for m, r in found if r == "processing"]
    totals = [m for m, r in found if r == "total"]
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
    later = [m for m in later if m.value <= base.value * SURCHARGE_SHARE]  # a surcharge, not another price
    return base.value + sum((m.value for m in later), Decimal(0)), (later[-1] if later else base)


COUNT_WORDS = (
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
)  # fmt: skip
COUNTED_REACH = 120  # characters after an amount where "for your seven clinicians" may follow


@cache
def _counted_rx() -> re.Pattern[str]:
    """ "$133.00 ... for your seven clinicians": an amount for a number of units, not one."""
    words = [w for u in ("user", "provider", "location") for w in phrases.section("fees", "units", u)]
    units = "|".join(f"(?:{w})" for w in words)
    count = r"\d{1,4}|" + "|".join(COUNT_WORDS)
    return re.compile(
        rf"\b(?:for|covering|across)\s+(?:(?:all\s+)?(?:your|the|its|our|these|those|all)\s+)?"
        rf"(?:\(?(?P<n>{count})\)?)\s+(?:(?:active|licensed|enrolled|current)\s+)?(?P<unit>{units})\b",
        re.I,
    )


def per_counted(text: str, anchor: Money) -> tuple[Decimal, str] | None:
    """The amount per unit and the unit where the words after an amount say it is for several
    units ("The charge of $133.00 is the annual CPT fee for your seven clinicians": $19 each)."""
    after = text[anchor.end : anchor.end + COUNTED_REACH]
    m = _counted_rx().search(after)
    if m is None or find_unit(after[: m.start()]) or re.search(r"\bup\s+to\s*$", after[: m.start()], re.I):
        return None  # "$19 per provider for your 7 providers" is already per unit
    n = m.group("n").lower()
    count = Decimal(COUNT_WORDS.index(n) + 2 if n in COUNT_WORDS else int(n))
    each = anchor.value / count
    if count < 2 or each != each.quantize(Decimal("0.01")):
        return None
    return each.quantize(Decimal("0.01")), find_unit("per " + m.group("unit")) or "provider"


def unit_and_period(text: str, anchor: Money, extra: str = "") -> tuple[str | None, str | None]:
    after, before = text[anchor.end : anchor.end + 120], text[max(0, anchor.start - 120) : anchor.start]
    unit = find_unit(after) or find_unit(before, last=True) or find_unit(text) or find_unit(extra)
    period = find_period(after) or find_period(before, last=True) or find_period(text) or find_period(extra)
    return unit or bare_unit(text) or bare_unit(extra), period
