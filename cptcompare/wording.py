"""How money, counts and fees are written for people: one place, used by the CLI, app and exports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from .applications import kind_label
from .models import COVERAGE_WORDS, Fee

UNIT_WORDS = {"user": "user", "provider": "provider", "location": "location", "organization": "practice"}
PERIOD_WORDS = {"year": "a year", "month": "a month", "one_time": "one time"}


def money(value: Decimal | float | None) -> str:
    """$1,234.50 and -$80.50; whole dollars keep their cents so figures line up."""
    if value is None:
        return "unknown"
    amount = Decimal(str(value))
    return f"{'-' if amount < 0 else ''}${abs(amount):,.2f}"


def plural(count: int | None, noun: str) -> str:
    count = count or 0
    if noun == "organization":
        return "practice" if count == 1 else f"{count} practices"
    return f"{count} {noun}" + ("" if count == 1 else "s")


def describe_fee(fee: Fee | None) -> str:
    """'$19.00 per provider a year' as the contract states it."""
    if fee is None:
        return "-"
    unit = f" per {UNIT_WORDS[fee.unit]}" if fee.unit else ""
    period = f" {PERIOD_WORDS[fee.period]}" if fee.period else ""
    return f"{money(fee.amount)}{unit}{period}"


def date_words(value: date | str | None, short: bool = False) -> str:
    """'1 March 2025' (short: '1 Mar 2025'), from a date or an ISO string; 'not known' for None."""
    if value is None:
        return "not known"
    day = date.fromisoformat(value) if isinstance(value, str) else value
    return f"{day.day} {day:%b %Y}" if short else f"{day.day} {day:%B %Y}"


MARKDOWN_SPECIAL = "\\`*_{}[]()#+-.!|<>~$:"
_ESCAPED = str.maketrans({ch: f"\\{ch}" for ch in MARKDOWN_SPECIAL})


def inert(text: str) -> str:
    """Text from a contract or an upload made safe to show where Markdown is rendered: every
    character Markdown (or HTML inside it) could act on is escaped, so it shows as written."""
    return text.translate(_ESCAPED)


DATE_PARTS = {  # a contract's dates in words, in this order
    "effective_date": "effective {}",
    "initial_term_months": "a {}-month term",
    "auto_renews": "{}",
    "renewal_term_months": "renewing for {} months",
    "notice_days": "{} days' notice",
}


def dates_words(value: dict) -> str:
    """'effective 2025-03-01; a 36-month term; renews by itself; renewing for 12 months; ...'."""
    parts = []
    for key, pattern in DATE_PARTS.items():
        part = (value or {}).get(key)
        if part is None:
            continue
        if key == "auto_renews":
            part = "renews by itself" if part else "does not renew by itself"
        parts.append(pattern.format(part))
    return "; ".join(parts) or "none stated"


def describe_value(field: str, value: Any) -> str:
    """A term's value in words, for the evidence list and the correction history."""
    if value is None or value == []:
        return "not stated"
    if field == "coverage":
        return COVERAGE_WORDS.get(value, str(value))
    if field == "dates":
        return dates_words(value)
    if field == "application":
        return kind_label(value.get("kind") if isinstance(value, dict) else value)
    if field == "cpt_fee":
        return describe_fee(value if isinstance(value, Fee) else Fee.model_validate(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    if field.endswith("_months"):
        return plural(int(value), "month")
    if field == "notice_days":
        return plural(int(value), "day")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
