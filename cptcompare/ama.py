"""The AMA's direct license: fee schedules by year (data/ama_fees.toml), direct cost, projection
over several years, and the break-even point between a vendor's pass-through fee and a direct
license. All money is Decimal, exact to the cent.
"""

from __future__ import annotations

import math
import tomllib
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from importlib import resources
from typing import Any, Literal

from .models import BreakEven, DirectCost, FeeSchedule

CENT = Decimal("0.01")
Escalation = Literal["none", "vendor_claim"]
NEVER_PER_USER = "The vendor's fee per user is at or below the AMA's rate: a direct license never costs less."
NEVER_FIXED = (
    "The vendor's fee is less than a direct license for even one user: a direct license never costs less."
)
ALWAYS = "With no per-user rate, a direct license always costs less than this fee."


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


@cache
def _data() -> dict[str, Any]:
    text = resources.files("cptcompare").joinpath("data/ama_fees.toml").read_text("utf-8")
    return tomllib.loads(text)


def _entry(raw: dict[str, Any], year: int, kind: str, name: str) -> FeeSchedule:
    return FeeSchedule(
        name=name,
        kind=kind,
        year=year,
        entity_fee=Decimal(raw["entity_fee"]),
        per_user=Decimal(raw["per_user"]),
        entity_fee_assumed=raw.get("entity_fee_assumed", False),
        source=raw["source"],
        note=raw["note"],
    )


def ama_years() -> dict[int, FeeSchedule]:
    """The AMA's figures, one entry per year they apply to."""
    return {
        year: _entry(raw, year, "ama", f"AMA direct license, {year}")
        for raw in _data()["years"]
        for year in raw["years"]
    }


def scenarios() -> list[FeeSchedule]:
    """Named figures that are not AMA policy (quotes, claims), for comparison only."""
    return [_entry(raw, raw["year"], "scenario", raw["name"]) for raw in _data()["scenarios"]]


def proxy_users_per_physician() -> int:
    return int(_data()["proxy"]["users_per_physician"])


def escalation_words(escalation: Escalation) -> str:
    """The projection's assumption about the AMA fee, in words (data/ama_fees.toml)."""
    return _data()["escalation"][f"{escalation}_words"]


def vendor_claimed_increase() -> Decimal:
    return Decimal(_data()["escalation"]["vendor_claim_per_user"])


def nearest_year(year: int) -> int:
    """The year itself if the AMA has figures for it, else the nearest that has (the later on a tie)."""
    years = ama_years()
    return year if year in years else min(years, key=lambda y: (abs(y - year), -y))


def royalty_for(year: int) -> tuple[Decimal, int]:
    """The AMA's per-user royalty a year for ``year``, and the year those figures are from."""
    of = nearest_year(year)
    return ama_years()[of].per_user, of


def schedule_for(year: int) -> tuple[FeeSchedule, list[str]]:
    """The AMA figures for a year, and what was assumed to get them (in words)."""
    years = ama_years()
    assumptions = []
    if year in years:
        chosen = years[year]
    else:
        nearest = nearest_year(year)
        chosen = years[nearest].model_copy(update={"year": year, "name": f"AMA direct license, {year}"})
        assumptions.append(f"The AMA has published no figures for {year}; the {nearest} figures are used.")
    if chosen.entity_fee_assumed:
        assumptions.append(
            f"The AMA does not publish its entity fee for {year}; "
            f"${chosen.entity_fee} (its 2024 fee) is assumed."
        )
    return chosen, assumptions


def direct_cost(schedule: FeeSchedule, users: int, applications: int = 1) -> DirectCost:
    """Entity fee + per-user rate x users, for one application and one year."""
    annual = cents(schedule.entity_fee + schedule.per_user * users)
    assumptions = [
        f"A direct license costs ${schedule.entity_fee} + ${schedule.per_user} x {users} users "
        f"= ${annual} a year for each application that uses CPT ({schedule.source})."
    ]
    return DirectCost(
        users=users,
        entity_fee=schedule.entity_fee,
        per_user=schedule.per_user,
        annual_cost=annual,
        applications=applications,
        assumptions=assumptions,
    )


def per_user_in_year(schedule: FeeSchedule, offset: int, escalation: Escalation) -> Decimal:
    """The per-user rate ``offset`` years after the schedule's year."""
    step = vendor_claimed_increase() if escalation == "vendor_claim" else Decimal(0)
    return schedule.per_user + step * offset


def break_even(vendor_per_year: Decimal, unit: str, unit_count: int, schedule: FeeSchedule) -> BreakEven:
    """The user count at which a vendor's CPT fee and a direct license cost the same.

    A per-user fee grows with users as the direct license does; a fee per provider, location or
    practice is fixed for the practice while the direct license grows with its users.
    """
    entity, rate = schedule.entity_fee, schedule.per_user
    if unit == "user":
        if vendor_per_year <= rate:
            return BreakEven(users=None, direct_cheaper="never", text=NEVER_PER_USER)
        users = entity / (vendor_per_year - rate)
        most = math.floor(users) + 1
        text = f"A direct license would cost less only with {most} or more users."
        return BreakEven(users=users.quantize(Decimal("0.1")), direct_cheaper="more_users", text=text)
    if not rate:
        return BreakEven(users=None, direct_cheaper="always", text=ALWAYS)
    users = (vendor_per_year * unit_count - entity) / rate
    fewest = math.ceil(users) - 1
    if fewest < 1:
        return BreakEven(users=None, direct_cheaper="never", text=NEVER_FIXED)
    text = f"A direct license would cost less only with {fewest} or fewer users."
    return BreakEven(users=users.quantize(Decimal("0.1")), direct_cheaper="fewer_users", text=text)
