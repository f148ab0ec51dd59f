"""How a one-time CPT fee is shown and added up: a fee paid once with no term to spread it over
is "$60.00 once", never "a year", and counted once (in the first year) in every total; the
projection (comparison.py) pays it in the first year only. A one-time fee spread over a stated term
is a yearly cost for the years of that term, and shown as such."""

from __future__ import annotations

from decimal import Decimal

from .ama import cents
from .models import ComparisonRow
from .wording import money

ONE_TIME_NO_TERM = (
    "The one-time CPT fee is paid once: the contract states no term, so it is shown as paid once and "
    "counted once, in the first year, in every total and in the projection."
)


def paid_once(row: ComparisonRow) -> bool:
    """A one-time CPT fee with no term to spread it over: paid once, never 'a year'."""
    return bool(row.cpt_fee and row.cpt_fee.period == "one_time" and ONE_TIME_NO_TERM in row.assumptions)


def cost_words(row: ComparisonRow) -> str:
    """The row's CPT cost as shown: "$372.00" (a year), "$60.00 once", or "unknown"."""
    return money(row.annual_cpt_cost) + (" once" if paid_once(row) and row.annual_cpt_cost else "")


def cost_phrase(row: ComparisonRow) -> str:
    """What it costs in words: "$372.00 a year" or "$60.00 once"."""
    return cost_words(row) if paid_once(row) else f"{money(row.annual_cpt_cost)} a year"


def split_totals(rows: list[ComparisonRow]) -> tuple[Decimal, Decimal]:
    """(what the rows' CPT fees cost a year, what is paid once) over the rows whose cost is known."""
    known = [r for r in rows if r.annual_cpt_cost is not None]
    once = sum((r.annual_cpt_cost for r in known if paid_once(r)), Decimal(0))
    yearly = sum((r.annual_cpt_cost for r in known if not paid_once(r)), Decimal(0))
    return cents(yearly), cents(once)


def totals_words(rows: list[ComparisonRow]) -> str:
    """The rows' CPT fees added up in words: "$1,200.00 a year plus $60.00 once" ("none" if none)."""
    yearly, once = split_totals(rows)
    parts = ([f"{money(yearly)} a year"] if yearly else []) + ([f"{money(once)} once"] if once else [])
    return " plus ".join(parts) or "none"
