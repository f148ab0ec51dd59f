"""One CPT plan across the practice's applications.

The AMA licenses CPT per application, so each contract is one application (its kind guessed
from the text, or set by a person): CPT is covered in its price, charged as a separate fee, left
to the practice (a direct license for it), or not known yet. The plan adds up the cheapest
compliant choice for each, against licensing every application directly, and says it in words.
"""

from __future__ import annotations

from decimal import Decimal

from .applications import kind_label, kind_labels
from .models import ComparisonRow, Plan, PlanItem, PlanLine
from .wording import money, plural

OPEN = {"not_addressed", "unclear"}


def _item(row: ComparisonRow) -> PlanItem:
    vendor = row.vendor or row.file
    direct = row.direct_annual_cost
    if row.coverage == "vendor_covers":
        status, cost, choice = "covered", Decimal("0.00"), f"Keep {vendor}: CPT is included in its price."
    elif row.coverage == "customer_must_license":
        status, cost = "left_to_practice", direct
        choice = (
            f"License CPT for {vendor} directly from the AMA ({money(direct)} a year): its contract "
            "leaves CPT to you."
        )
    elif row.coverage == "pass_through" and row.annual_cpt_cost is not None:
        status, cost = "charged", row.annual_cpt_cost
        choice = f"Pay {vendor}'s CPT fee ({money(cost)} a year)"
        if cost > direct:
            choice += (
                f"; a direct AMA license for it would cost {money(direct)}, so ask {vendor} to drop its fee "
                "if you license CPT yourself."
            )
        else:
            choice += f", no more than a direct AMA license for it ({money(direct)})."
    else:
        status, cost = ("charged" if row.coverage == "pass_through" else "open"), None
        choice = f"Ask {vendor} what CPT costs under its contract before counting it."
    return PlanItem(
        file=row.file, vendor=row.vendor, status=status, annual_cost=cost, direct_cost=direct, choice=choice
    )


def _line(kind: str, items: list[PlanItem]) -> PlanLine:
    statuses = {i.status for i in items}
    known = [i.annual_cost for i in items if i.annual_cost is not None]
    cost = sum(known, Decimal(0)) if len(known) == len(items) else None
    return PlanLine(
        kind=kind,
        label=kind_label(kind),
        status=statuses.pop() if len(statuses) == 1 else "mixed",
        annual_cost=cost,
        items=items,
    )


def _headline(items: list[PlanItem], total: Decimal, all_direct: Decimal, own: str | None) -> str:
    """The plan's totals and what is still open, without each application's choice."""
    known = [i for i in items if i.annual_cost is not None]
    open_ = [i for i in items if i.annual_cost is None]
    parts = []
    if known:
        parts.append(
            f"The cheapest compliant plan costs {money(total)} a year for CPT across "
            f"{plural(len(known), 'application')}; licensing every one directly from the AMA would "
            f"cost {money(all_direct)}."
        )
    if open_:
        names = ", ".join(i.vendor or i.file for i in open_)
        parts.append(f"Not counted yet: ask {names} who pays for CPT and how much.")
    if own:
        parts.append(f"Direct-license figures come from your own AMA license ({own}).")
    return " ".join(parts)


def _words(items: list[PlanItem], headline: str) -> str:
    """The whole plan in words: each application's choice, then the totals."""
    chosen = [i.choice for i in items if i.annual_cost is not None]
    return " ".join(["Cheapest compliant plan:", *chosen, headline])


def build_plan(rows: list[ComparisonRow], own_license: str | None = None) -> Plan:
    """The plan for these contracts (the practice's own AMA license is not an application)."""
    apps = [r for r in rows if r.application.kind != "ama_license"]
    items = {id(r): _item(r) for r in apps}
    order = list(kind_labels())
    lines = [
        _line(kind, [items[id(r)] for r in apps if r.application.kind == kind])
        for kind in order
        if any(r.application.kind == kind for r in apps)
    ]
    every = list(items.values())
    total = sum((i.annual_cost for i in every if i.annual_cost is not None), Decimal(0))
    all_direct = sum((i.direct_cost for i in every), Decimal(0))
    headline = _headline(every, total, all_direct, own_license) if every else ""
    return Plan(
        lines=lines,
        total_annual=total,
        open_count=sum(i.annual_cost is None for i in every),
        licenses_needed=sum(i.status == "left_to_practice" for i in every),
        all_direct=all_direct,
        headline=headline,
        words=_words(every, headline) if every else "No applications to plan for yet.",
        own_license=own_license,
    )
