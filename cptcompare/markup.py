"""The vendor's markup: a pass-through CPT fee split into the AMA's per-user royalty for the
year (data/ama_fees.toml) and what the vendor adds on top of it, a processing or handling fee
the contract states or a difference it does not explain, in dollars and as a percent of the
royalty.

Figures are per unit per period, as the contract states the fee; a monthly fee is compared as a
year (x 12), then reported a month. A per-provider fee is set against the AMA's estimate of users
per physician (its User Proxy Model, data/ama_fees.toml [proxy]). A fee below the royalty is
reported as below it, never as a markup. A fee that cannot be split (none, no unit, one-time,
per location or practice, implausible, not passed through) gives None and the reason in words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from . import ama, phrases
from .ama import cents
from .extract.money import find_money
from .models import ComparisonRow, ContractTerms, Fee, Markup
from .wording import money

# Why a fee is not split (shown with the row), and the few words the chart's note groups it by.
REASONS: dict[str, tuple[str, str]] = {
    "vendor_covers": (
        "The vendor includes CPT in its price: there is no separate CPT fee to split.",
        "CPT included in the price",
    ),
    "customer_must_license": (
        "You license CPT yourself for this product: the vendor charges no CPT fee to split.",
        "you license CPT yourself",
    ),
    "no_fee": ("The contract states no CPT fee, so there is nothing to split.", "no CPT fee stated"),
    "fee_unknown": (
        "The contract charges a CPT fee but states no amount, so it cannot be split.",
        "no amount stated",
    ),
    "no_unit": (
        "The contract does not say whether the CPT fee is per user, provider, location or practice, "
        "so it cannot be set against the AMA's per-user royalty.",
        "not said what the fee is counted by",
    ),
    "one_time": (
        "A one-time fee is not a yearly royalty: it cannot be split into the AMA's yearly royalty "
        "and a markup.",
        "a one-time fee",
    ),
    "location": (
        "A fee per location cannot be split: the AMA charges its royalty per user, and the contract "
        "does not say how many users a location's fee covers.",
        "a fee per location",
    ),
    "organization": (
        "A fee per practice cannot be split: the AMA charges its royalty per user, and the contract "
        "does not say how many users the practice's fee covers.",
        "a fee per practice",
    ),
    "implausible": (
        "The fee read is far from the AMA's royalty and may be another price: confirm it on the "
        "contract's page before splitting it.",
        "a fee to confirm first",
    ),
}
SHORT = dict(REASONS.values())
ROYALTY_WORDS = re.compile(r"\b(?:royalt\w*|AMA|American\s+Medical)\b", re.I)
LABEL_TAIL = re.compile(r"\w*(?:\s+(?:sur)?(?:fee|charge)s?\b)?", re.I)
SURCHARGE_SHARE = Decimal("0.5")  # a surcharge stated beside a royalty is smaller than half of it
UNEXPLAINED = "addition the contract does not explain"
BELOW = {  # after "the fee is $1.50 per user a year below the AMA's ... royalty"
    "user": ": the vendor absorbs part",
    "provider": ": the fee may cover fewer users per provider than the AMA counts",
}
ONCE_A_YEAR = "Once a year is assumed: the contract does not say how often the fee is charged."
PERIOD = {"year": "a year", "month": "a month"}
NONE_TO_SPLIT = "No contract has a fee per user or per provider to split into the AMA's royalty and a markup."


@dataclass(frozen=True)
class Stated:
    """The split the contract itself states: its royalty and its surcharge, per unit per period."""

    royalty: Decimal
    addition: Decimal
    label: str
    beside: bool  # the surcharge is in another clause or row than the quoted one


def reason_key(terms: ContractTerms) -> str | None:
    """Why this contract's fee cannot be split (a key of REASONS), or None: it can be."""
    if terms.coverage != "pass_through":
        return terms.coverage if terms.coverage in REASONS else "no_fee"
    fee = terms.cpt_fee
    if fee is None:
        return "fee_unknown"
    if fee.unit is None:
        return "no_unit"
    if fee.period == "one_time":
        return "one_time"
    if fee.unit in ("location", "organization"):
        return fee.unit
    return None if terms.fee_plausible else "implausible"


def surcharge_label(quote: str) -> str | None:
    """The contract's name for its surcharge ("processing fee", "handling charge"), or None."""
    found = phrases.pattern("fees", "processing").search(quote)
    if found is None:
        return None
    tail = LABEL_TAIL.match(quote, found.end())
    label = " ".join((found.group() + (tail.group() if tail else "")).lower().split())
    return label if re.search(r"(?:fee|charge)s?$", label) else f"{label} fee"


def stated_split(quote: str | None, fee: Decimal) -> Stated | None:
    """The royalty + surcharge the fee's quote states, adding up to the fee, or None.

    The engine reports their sum as the fee (extract/fees.py): "$18.50 AMA royalty + $1.50
    processing fee" is a fee of $20.00. A quote naming only the royalty of a fee it is below
    ("AMA CPT royalty $18.50", the surcharge in the next row) states the royalty alone."""
    if not quote or not ROYALTY_WORDS.search(quote):
        return None
    amounts = [m.value for m in find_money(quote)]
    parts = [a for a in amounts if a != fee]  # a total said again is not a part
    label = surcharge_label(quote)
    if len(parts) >= 2 and sum(parts) == fee:
        royalty = max(parts)
        return Stated(royalty, fee - royalty, label or "surcharge", beside=False)
    if len(amounts) == 1 and parts and fee - parts[0] <= parts[0] * SURCHARGE_SHARE:
        return Stated(parts[0], fee - parts[0], "surcharge", beside=True)
    return None


def _fee_quote(terms: ContractTerms) -> str | None:
    return next((f.quote for f in terms.findings if f.field == "cpt_fee" and f.stated), None)


def _percent(addition: Decimal, royalty: Decimal) -> Decimal:
    return (addition / royalty * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def split(terms: ContractTerms, unit_count: int | None, year: int) -> tuple[Markup | None, str | None]:
    """The fee split into the AMA's royalty for ``year`` and the vendor's addition, for this
    practice's ``unit_count`` users or providers; or None and the reason it cannot be split."""
    key = reason_key(terms)
    if key is not None:
        return None, REASONS[key][0]
    fee = terms.cpt_fee
    assert fee is not None and fee.unit in ("user", "provider")
    rate, of_year = ama.royalty_for(year)
    per = 1 if fee.unit == "user" else ama.proxy_users_per_physician()
    months = 12 if fee.period == "month" else 1
    amount = cents(Decimal(str(fee.amount)))
    royalty_year, addition_year = rate * per, amount * months - rate * per
    royalty = cents(royalty_year / months)
    stated = stated_split(_fee_quote(terms), amount)
    count = unit_count or 0
    markup = Markup(
        ama_royalty=royalty,
        vendor_addition=amount - royalty,
        percent=_percent(addition_year, royalty_year),
        unit=fee.unit,
        period=fee.period if fee.period == "month" else "year",
        fee=amount,
        users_per_unit=per,
        royalty_year=of_year,
        unit_count=count,
        annual_royalty=cents(royalty_year * count),
        annual_addition=cents(addition_year * count),
        stated_split=stated is not None,
        stated_royalty=stated.royalty if stated else None,
        stated_addition=stated.addition if stated else None,
        addition_label=stated.label if stated else UNEXPLAINED,
        basis="",
    )
    markup.basis = basis(markup, rate, stated, fee)
    return markup, None


# --- in words ----------------------------------------------------------------------------------


def per_words(m: Markup) -> str:
    """'per user a year', 'per provider a month'."""
    return f"per {m.unit} {PERIOD[m.period]}"


def _month(m: Markup) -> str:
    return f" ({money(m.ama_royalty)} a month)" if m.period == "month" else ""


def proxy_words(m: Markup, rate: Decimal) -> str:
    """The royalty of a provider under the AMA's estimate of users per physician, in a sentence."""
    return (
        f"The AMA's estimate of {m.users_per_unit} users per physician gives "
        f"{money(rate * m.users_per_unit)} of royalty per provider a year{_month(m)} "
        f"(its {m.royalty_year} rate is {money(rate)} per user)."
    )


def royalty_words(m: Markup, rate: Decimal) -> str:
    """The royalty the fee is set against: named for a user, 'that royalty' after proxy_words."""
    if m.unit == "user":
        return f"the AMA's {m.royalty_year} royalty of {money(rate)} per user a year{_month(m)}"
    return "that royalty"


def _lead(stated: Stated | None, m: Markup) -> str:
    if stated is None:
        return "The contract states no split"
    if stated.beside:
        return (
            f"The contract states an AMA royalty of {money(stated.royalty)} {per_words(m)}, and a "
            f"surcharge of {money(stated.addition)} beside it makes the fee {money(m.fee)}"
        )
    return (
        f"The contract splits it: {money(stated.royalty)} AMA royalty + {money(stated.addition)} "
        f"{stated.label} {per_words(m)}"
    )


def _against(m: Markup, rate: Decimal, stated: bool) -> str:
    """The fee set against the AMA's royalty, in words."""
    royalty, add = royalty_words(m, rate), m.vendor_addition
    if add > 0 and stated:
        return f"against {royalty}, the vendor adds {money(add)} {per_words(m)}"
    if add > 0:
        return f"the difference from {royalty} is the vendor's addition"
    if add == 0:
        return f"the fee equals {royalty}: the vendor adds nothing"
    return f"the fee is {money(-add)} {per_words(m)} below {royalty}{BELOW[m.unit]}"


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


def basis(m: Markup, rate: Decimal, stated: Stated | None, fee: Fee) -> str:
    """How the split was made, in a sentence or three."""
    lead, against = _lead(stated, m), _against(m, rate, stated is not None)
    matches = stated is not None and stated.royalty == m.ama_royalty
    if m.unit == "user" and matches:
        text = f"{lead}; {money(m.ama_royalty)} {per_words(m)} is the AMA's {m.royalty_year} royalty."
    elif m.unit == "user":
        text = f"{lead}; {against}." if stated is None else f"{lead}. {_sentence(against)}"
    else:
        tail = "The contract's royalty matches it." if matches else _sentence(against)
        text = f"{lead}. {proxy_words(m, rate)} {tail}"
    return f"{text} {ONCE_A_YEAR}" if fee.period is None else text


def percent_words(percent: Decimal) -> str:
    """8% (whole percent), 0.5% under one percent."""
    size = abs(percent)
    shown = size if size < 1 and size else size.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{shown}%"


def cell(row: ComparisonRow) -> str:
    """The markup as a table shows it: '+$1.50 (8%)', '$1.50 below (8%)', or why there is none;
    a surcharge the contract states, where it is not the markup, follows it."""
    m = row.markup
    if m is None and row.coverage == "direct":
        return ""  # the AMA's own row: no vendor, no markup
    if m is None:
        return f"– {SHORT[row.markup_reason]}" if row.markup_reason in SHORT else "–"
    add, share = m.vendor_addition, percent_words(m.percent)
    royalty = "the royalty" if m.unit == "user" else f"the {m.users_per_unit}-user royalty"
    said = f"+{money(add)} ({share})" if add > 0 else f"{money(-add)} below {royalty} ({share})"
    said = said if add else "none: the fee is the royalty"
    if m.stated_split and m.stated_addition != add:
        said += f"; states {m.addition_label} {money(m.stated_addition)}"
    return said


def _whose(m: Markup, who: str) -> str:
    """What the addition is: the vendor's own surcharge, or a difference it does not explain."""
    if not m.stated_split:
        return f"an {UNEXPLAINED}"
    if m.stated_addition == m.vendor_addition:
        return f"{who}'s {m.addition_label}"
    return (
        f"above the AMA's royalty ({who} states a royalty of {money(m.stated_royalty)} and a "
        f"{m.addition_label} of {money(m.stated_addition)})"
    )


def advice(m: Markup, vendor: str | None) -> str:
    """The sentences the row's advice gains: the markup named, and the question to ask."""
    who, per, ask = vendor or "the vendor", per_words(m), question(m, vendor)
    add = m.vendor_addition
    if add > 0:
        share = f"{money(add)} ({percent_words(m.percent)})"
        said = f"Of the {money(m.fee)} {per}, {money(m.ama_royalty)} is the AMA's royalty and {share} is"
        return f"{said} {_whose(m, who)}. {ask}"
    if add == 0:
        return f"The fee is exactly the AMA's royalty of {money(m.ama_royalty)} {per}: {who} adds nothing."
    gap = f"The fee is {money(-add)} {per} below"
    if m.unit == "user":
        return f"{gap} the AMA's royalty of {money(m.ama_royalty)}: {who} absorbs part of it. {ask}"
    estimate = f"{money(m.ama_royalty)} per provider ({m.users_per_unit} users per physician)"
    return f"{gap} the AMA's estimate of {estimate}. {ask}"


def question(m: Markup, vendor: str | None) -> str | None:
    """What to ask the vendor about its markup (None where it adds nothing)."""
    who, per = vendor or "the vendor", per_words(m)
    if m.vendor_addition > 0:
        return f"Ask {who} what the {money(m.vendor_addition)} {per} above the AMA's royalty pays for."
    if m.vendor_addition == 0:
        return None
    if m.unit == "user":
        return f"Ask {who} whether its CPT fee will rise to the AMA's full royalty, and when."
    return (
        f"Ask {who} how many users per provider its CPT fee covers: the AMA counts front desk, coders "
        "and billers who rely on CPT too."
    )


def not_drawn(rows: list[ComparisonRow]) -> list[str]:
    """The contracts without a split, grouped by why: 'Juniper Health, Inc. (a one-time fee)'."""
    groups: dict[str, list[str]] = {}
    for r in rows:
        if r.markup is None:
            groups.setdefault(SHORT.get(r.markup_reason or "", "no split"), []).append(r.vendor or r.file)
    return [f"{', '.join(names)} ({why})" for why, names in groups.items()]


def questions(rows: list[ComparisonRow]) -> list[str]:
    """The question to put to each vendor about its markup, in the rows' order."""
    return [q for r in rows if r.markup and (q := question(r.markup, r.vendor))]


def chart_note(rows: list[ComparisonRow], year: int) -> list[str]:
    """What the royalty-and-markup chart shows, then which contracts it leaves out and why."""
    rate, of_year = ama.royalty_for(year)
    per = ama.proxy_users_per_physician()
    said = (
        f"Each fee per user or provider is split into the AMA's {of_year} royalty of {money(rate)} per "
        f"user a year (per provider, the AMA's estimate of {per} users per physician: "
        f"{money(rate * per)}) and what the vendor adds; monthly fees are counted as a year."
    )
    left_out = not_drawn(rows)
    return [said] + ([f"Not drawn: {'; '.join(left_out)}."] if left_out else [])
