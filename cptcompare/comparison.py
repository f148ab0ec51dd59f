"""Side by side: what each contract's CPT terms cost this practice, against a direct AMA license.

One row per contract plus the direct-AMA row, each with the annual CPT cost for this practice,
the direct cost for the same application, the difference, a plain-English recommendation and,
where the contract leaves something open, the question to put to the vendor.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from . import ama, markup, renewals
from .ama import Escalation, cents
from .codesets import notes_for
from .models import (
    COVERAGE_WORDS,
    AnalysisResult,
    Comparison,
    ComparisonRow,
    ContractTerms,
    DirectCost,
    FeeSchedule,
    PracticeProfile,
    UserCount,
    Verification,
    YearCost,
)
from .onetime import ONE_TIME_NO_TERM, cost_phrase, paid_once, totals_words
from .plan import build_plan
from .users import count_users
from .wording import describe_fee, money, plural

PROJECTION_YEARS = 5
IMPLAUSIBLE = (
    "The CPT fee read from this contract is far from the AMA's per-user royalty, so it may be another "
    "price; it is left out of the totals until someone confirms it on the contract's page."
)
NO_PERIOD = "The contract does not say how often the CPT fee is charged; once a year is assumed."
CAUTION = (
    " A direct license only saves money if the vendor agrees to drop its CPT fee: ask before you buy one."
)
COVERS = (
    "{vendor} includes CPT in its price: no separate CPT fee, and no AMA license of your own for this "
    "product."
)
FEE_UNCOUNTED = (
    "{vendor} charges a separate CPT fee, but the contract does not say how it is counted. Ask: {q}"
)
FEE_IMPLAUSIBLE = (
    "{vendor} charges a separate CPT fee, but the {fee} read from the contract is far from the AMA's "
    "royalty and may be another price: it is not counted until you confirm it. Ask: {q}"
)
UNCLEAR = "The contract mentions CPT but leaves open who pays for it. Ask {vendor}: {q}"
NOT_ADDRESSED = (
    "The contract does not deal with CPT licensing. If the product shows or uses CPT codes, ask {vendor}: {q}"
)
QUESTIONS = {
    "not_addressed": (
        "Does your product include CPT codes or descriptions? If it does, do you hold an AMA "
        "distribution license that covers our users, and is the AMA royalty included in our price?"
    ),
    "unclear": (
        "Will you charge us a separate AMA CPT fee? If so, how much is it, is it per user, provider, "
        "location or practice, and is it per year or per month?"
    ),
    "fee_implausible": (
        "Please confirm your CPT fee: the amount, whether it is per user, provider, location or "
        "practice, and whether it is per year or per month?"
    ),
    "fee_unknown": (
        "What exactly is your CPT fee: the amount, whether it is per user, provider, location or "
        "practice, and whether it is per year or per month?"
    ),
}


@dataclass
class VendorCost:
    annual: Decimal | None  # this practice, one year
    per_unit_year: Decimal | None = None
    unit_count: int | None = None
    assumptions: list[str] = field(default_factory=list)
    question: str | None = None


def _unit_count(unit: str, profile: PracticeProfile, users: UserCount) -> int:
    """How many of the fee's unit this practice has (an organization is the practice itself)."""
    counts = {"user": users.users, "provider": profile.provider_count, "location": profile.locations}
    return counts.get(unit, 1)


def _per_year(terms: ContractTerms) -> tuple[Decimal, list[str]]:
    fee = terms.cpt_fee
    assert fee is not None
    amount = Decimal(str(fee.amount))
    if fee.period == "month":
        return amount * 12, []
    if fee.period == "one_time":
        months = terms.dates.initial_term_months
        if not months:
            return amount, [ONE_TIME_NO_TERM]
        years = Decimal(months) / 12
        return amount / years, [f"The one-time CPT fee is spread over the {months}-month term."]
    if fee.period is None:
        return amount, [NO_PERIOD]
    return amount, []


def vendor_cost(
    terms: ContractTerms, profile: PracticeProfile, users: UserCount, direct: DirectCost
) -> VendorCost:
    """What the practice pays for CPT under this contract in a year (None where it is open)."""
    if terms.coverage == "vendor_covers":
        return VendorCost(annual=Decimal("0.00"))
    if terms.coverage == "customer_must_license":
        note = "You must license CPT for this product yourself; the direct AMA license cost is used."
        return VendorCost(annual=direct.annual_cost, assumptions=[note])
    if terms.coverage != "pass_through":
        return VendorCost(annual=None, question=QUESTIONS[terms.coverage])
    if terms.cpt_fee is None or terms.cpt_fee.unit is None:
        return VendorCost(annual=None, question=QUESTIONS["fee_unknown"])
    if not terms.fee_plausible:
        return VendorCost(annual=None, question=QUESTIONS["fee_implausible"], assumptions=[IMPLAUSIBLE])
    per_year, assumptions = _per_year(terms)
    count = _unit_count(terms.cpt_fee.unit, profile, users)
    return VendorCost(cents(per_year * count), per_year, count, assumptions)


def _advice_pass_through(row: ComparisonRow, cost: VendorCost, terms: ContractTerms, users: int) -> str:
    vendor = row.vendor or "This vendor"
    unit = terms.cpt_fee.unit if terms.cpt_fee else "user"
    head = (
        f"{vendor} charges {row.fee_stated} for CPT: {cost_phrase(row)} for your "
        f"{plural(cost.unit_count, unit)}. A direct AMA license for this application would cost "
        f"{money(row.direct_annual_cost)} for your {plural(users, 'user')}"
    )
    diff = row.difference
    if diff > 0:
        verdict = f", {money(diff)} less than the vendor's fee."
    elif diff < 0:
        verdict = f", {money(-diff)} more than the vendor's fee: the vendor's fee is the better deal."
    else:
        verdict = ", the same as the vendor's fee."
    if paid_once(row):
        return head + _once_verdict(row)
    return head + verdict + (CAUTION if diff > 0 else "")


def _once_verdict(row: ComparisonRow) -> str:
    """A fee paid once against a license paid every year: compared over the projection's years."""
    direct = row.direct_annual_cost * PROJECTION_YEARS
    diff = row.annual_cpt_cost - direct
    over = f" a year; over {PROJECTION_YEARS} years that is {money(direct)}"
    if diff > 0:
        return f"{over}, {money(diff)} less than the vendor's one-time fee." + CAUTION
    if diff < 0:
        return f"{over}, {money(-diff)} more than the vendor's one-time fee: the vendor's fee is cheaper."
    return f"{over}, the same as the vendor's one-time fee."


def _advice(row: ComparisonRow, cost: VendorCost, terms: ContractTerms, users: int) -> str:
    vendor = row.vendor or "The vendor"
    if terms.coverage == "vendor_covers":
        return COVERS.format(vendor=vendor)
    if terms.coverage == "customer_must_license":
        return (
            f"{vendor} leaves CPT licensing to you: you need your own AMA license (or one from an "
            f"AMA-authorized distributor) for this product. Directly from the AMA that costs "
            f"{money(row.direct_annual_cost)} a year for your {plural(users, 'user')}."
        )
    if cost.annual is not None:
        return _advice_pass_through(row, cost, terms, users)
    if terms.coverage == "pass_through" and not terms.fee_plausible and terms.cpt_fee:
        return FEE_IMPLAUSIBLE.format(vendor=vendor, fee=describe_fee(terms.cpt_fee), q=cost.question)
    if terms.coverage == "pass_through":
        return FEE_UNCOUNTED.format(vendor=vendor, q=cost.question)
    if terms.coverage == "unclear":
        return UNCLEAR.format(vendor=vendor, q=cost.question)
    return NOT_ADDRESSED.format(vendor=vendor, q=cost.question)


def _evidence_page(terms: ContractTerms) -> int | None:
    return next((f.page for f in terms.findings if f.field == "coverage" and f.page), None)


def contract_row(
    result: AnalysisResult,
    profile: PracticeProfile,
    users: UserCount,
    direct: DirectCost,
    schedule: FeeSchedule,
    year: int | None = None,
) -> ComparisonRow:
    """One contract's row; ``year`` picks the AMA royalty its markup is split by (default: this year)."""
    terms = result.terms
    assert terms is not None
    cost = vendor_cost(terms, profile, users, direct)
    row = ComparisonRow(
        unit_count=cost.unit_count,
        file=result.file,
        vendor=terms.vendor,
        coverage=terms.coverage,
        coverage_words=COVERAGE_WORDS[terms.coverage],
        fee_stated=describe_fee(terms.cpt_fee) if terms.cpt_fee else "none stated",
        cpt_fee=terms.cpt_fee,
        annual_cpt_cost=cost.annual,
        direct_annual_cost=direct.annual_cost,
        difference=None if cost.annual is None else cost.annual - direct.annual_cost,
        flags=[f.label for f in terms.flags],
        evidence_page=_evidence_page(terms),
        advice="",
        question=cost.question,
        code_set_notes=notes_for(terms),
        assumptions=cost.assumptions,
        needs_review=terms.needs_review,
        review_reasons=terms.review_reasons,
        sha256=result.sha256,
        application=terms.application,
    )
    if cost.per_unit_year is not None and terms.cpt_fee and terms.cpt_fee.unit:
        row.break_even = ama.break_even(
            cost.per_unit_year, terms.cpt_fee.unit, cost.unit_count or 0, schedule
        )
    row.markup, row.markup_reason = markup.split(terms, cost.unit_count, year or date.today().year)
    row.advice = _advice(row, cost, terms, users.users)
    if row.markup is not None:
        row.advice += " " + markup.advice(row.markup, row.vendor)
        row.question = row.question or markup.question(row.markup, row.vendor)
    return row


def direct_row(direct: DirectCost, schedule: FeeSchedule) -> ComparisonRow:
    return ComparisonRow(
        file="",
        vendor="AMA (direct license)",
        coverage="direct",
        coverage_words="You license CPT directly from the AMA",
        fee_stated=f"{money(schedule.entity_fee)} a year plus {money(schedule.per_user)} per user a year",
        annual_cpt_cost=direct.annual_cost,
        direct_annual_cost=direct.annual_cost,
        difference=Decimal("0.00"),
        advice=(
            f"A direct AMA license for your {plural(direct.users, 'user')} costs {money(direct.annual_cost)} "
            "a year for each application that uses CPT."
        ),
        assumptions=direct.assumptions,
    )


def _paid_years(terms: ContractTerms) -> int | None:
    """Years a one-time fee is paid over: its term's, or the first year only; None: not one-time."""
    if terms.cpt_fee is None or terms.cpt_fee.period != "one_time":
        return None
    months = terms.dates.initial_term_months
    return max(1, math.ceil(months / 12)) if months else 1


def _projection(
    rows: list[ComparisonRow],
    spans: list[int | None],
    schedule: FeeSchedule,
    users: int,
    applications: int,
    escalation: Escalation,
) -> list[YearCost]:
    """Direct and vendor CPT costs over the next years, under the chosen escalation."""
    out = []
    base_year = schedule.year or date.today().year
    for offset in range(PROJECTION_YEARS):
        rate = ama.per_user_in_year(schedule, offset, escalation)
        direct_one = cents(schedule.entity_fee + rate * users)
        vendor = _vendor_total(rows, spans, offset, direct_one, rate - schedule.per_user)
        year = YearCost(
            year=base_year + offset,
            per_user=rate,
            direct_annual_cost=direct_one * applications,
            vendor_annual_cost=vendor,
        )
        out.append(year)
    return out


def _vendor_total(
    rows: list[ComparisonRow], spans: list[int | None], offset: int, direct_one: Decimal, step: Decimal
) -> Decimal | None:
    """What the vendors' CPT terms cost in year ``offset`` when the AMA rate has risen by
    ``step`` per user (vendors pass such a rise on per unit). A one-time fee is paid once: in
    the first year, or spread over the years of its term; it does not rise."""
    known = [(r, span) for r, span in zip(rows, spans, strict=True) if r.annual_cpt_cost is not None]
    if not known:
        return None
    total = Decimal(0)
    for r, span in known:
        if r.coverage == "customer_must_license":
            total += direct_one
        elif span is not None:
            total += r.annual_cpt_cost if offset < span else Decimal(0)
        elif r.coverage == "pass_through":
            total += r.annual_cpt_cost + step * (r.unit_count or 0)
        else:
            total += r.annual_cpt_cost
    return cents(total)


NAMED_CHARGES = 3  # up to this many vendors' CPT fees are spelt out in the summary


def _summary(rows: list[ComparisonRow], direct: DirectCost, unreadable: list[str]) -> str:
    covers = [r for r in rows if r.coverage == "vendor_covers"]
    charged = [r for r in rows if r.coverage == "pass_through" and r.annual_cpt_cost is not None]
    own = [r for r in rows if r.coverage == "customer_must_license"]
    open_ = [r for r in rows if r.annual_cpt_cost is None]
    parts = [f"{len(covers)} of {plural(len(rows), 'vendor')} include CPT in their price."]
    if len(charged) > NAMED_CHARGES:  # a headline, not a list: the table has each fee
        parts.append(
            f"{len(charged)} charge a separate CPT fee, {totals_words(charged)} in all for your practice."
        )
        charged = []
    for r in charged:
        parts.append(
            f"{r.vendor or r.file} charges {r.fee_stated} ({cost_phrase(r)} for your "
            f"{plural(r.unit_count, r.cpt_fee.unit if r.cpt_fee and r.cpt_fee.unit else 'user')})."
        )
    parts.append(
        f"A direct AMA license for your {plural(direct.users, 'user')} would cost "
        f"{money(direct.annual_cost)} a year per application."
    )
    if own:
        leave = "contract leaves" if len(own) == 1 else "contracts leave"
        parts.append(f"{len(own)} {leave} CPT licensing to you.")
    if open_:
        names = ", ".join(r.vendor or r.file for r in open_)
        say = "its contract does" if len(open_) == 1 else "their contracts do"
        parts.append(f"Ask {names} who pays for CPT: {say} not say.")
    if unreadable:
        parts.append(f"{plural(len(unreadable), 'file')} could not be read.")
    return " ".join(parts)


def _own_license(results: list[AnalysisResult], year: int) -> tuple[FeeSchedule, str] | None:
    """The practice's own AMA license agreement in the workspace, with its royalty per user (and
    entity fee, where stated): its figures stand in for the AMA's published ones."""
    for r in results:
        own = r.terms.own_license if r.terms is not None and r.terms.ama_license else None
        if own is None:
            continue
        base, _ = ama.schedule_for(year)
        update = {
            "name": f"Your AMA license ({r.file})",
            "kind": "custom",
            "per_user": cents(Decimal(str(own.per_user))),
            "source": f"{r.file}, page {own.page}: {own.quote}",
            "note": "The figures of your own AMA license agreement in this workspace.",
        }
        if own.entity_fee is not None:
            update |= {"entity_fee": cents(Decimal(str(own.entity_fee))), "entity_fee_assumed": False}
        return base.model_copy(update=update), r.file
    return None


def _signed(rows: list[ComparisonRow], verifications: dict[str, Verification] | None) -> None:
    if verifications is None:
        return
    for row in rows:
        state = verifications.get(row.sha256)
        row.verification = state
        row.verified = state is not None and state.state == "verified"


def _with_deadline(row: ComparisonRow, result: AnalysisResult, as_of: date) -> ComparisonRow:
    """The contract's next notice deadline (renewals.py), flagged when it is near."""
    dates = renewals.renewal(result, as_of)
    row.notice_deadline, row.notice_days_left = dates.notice_deadline.date, dates.days_left
    row.notice_soon = dates.notice_soon
    return row


def compare(
    results: list[AnalysisResult],
    profile: PracticeProfile,
    year: int | None = None,
    escalation: Escalation = "none",
    schedule: FeeSchedule | None = None,
    verifications: dict[str, Verification] | None = None,
    as_of: date | None = None,
) -> Comparison:
    """The whole comparison for a practice; ``schedule`` overrides the AMA figures for the year
    (else the practice's own AMA license in ``results``, else the AMA's published figures);
    ``verifications`` (by sha256) says which readings a person signed off; notice deadlines are
    counted from ``as_of`` (default today)."""
    year = year or date.today().year
    as_of = as_of or date.today()
    own = None if schedule else _own_license(results, year)
    if own:
        schedule = own[0]
    chosen, assumptions = (schedule, []) if schedule else ama.schedule_for(year)
    users = count_users(profile)
    direct = ama.direct_cost(chosen, users.users, profile.applications)
    direct.assumptions = users.assumptions + assumptions + direct.assumptions
    readable = [r for r in results if r.terms is not None]
    rows = [_with_deadline(contract_row(r, profile, users, direct, chosen, year), r, as_of) for r in readable]
    _signed(rows, verifications)
    unreadable = [f"{r.file}: {r.error.message}" for r in results if r.terms is None and r.error]
    return Comparison(
        year=year,
        schedule=chosen,
        users=users,
        direct=direct,
        contracts=rows,
        direct_row=direct_row(direct, chosen),
        projection=_projection(
            rows,
            [_paid_years(r.terms) for r in readable],
            chosen,
            users.users,
            profile.applications,
            escalation,
        ),
        escalation=ama.escalation_words(escalation),
        summary=_summary(rows, direct, unreadable),
        unreadable=unreadable,
        plan=build_plan(rows, own[1] if own else None),
    )
