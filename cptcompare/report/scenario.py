"""What a comparison assumed and rests on, for the PDF's scenario block and the workbook's
'Scenario and sources' sheet: (label, value) pairs, the value a number, a date or words."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ..models import AnalysisResult, Comparison, UserCount
from ..wording import date_words, money
from .table import contract_words, row_terms, terms_by_row
from .words import COUNTED, ESTIMATE, METHODS, NOT_STATED, ROLE, SCENARIO, UNNAMED

Value = str | int | Decimal | date
Item = tuple[str, Value]


def practice_name(practice: str) -> str:
    return practice.strip() or UNNAMED


def _users(users: UserCount) -> list[Item]:
    count: Value = ESTIMATE.format(users=users.users) if users.estimate else users.users
    items: list[Item] = [
        (SCENARIO["users"], count),
        (SCENARIO["counted"], METHODS.get(users.method, users.method)),
    ]
    roles = [
        ROLE.format(label=r.label, people=r.people, counted=COUNTED[r.counted])
        for r in users.roles
        if r.people
    ]
    return items + ([(SCENARIO["roles"], "; ".join(roles))] if roles else [])


def _fees(comparison: Comparison) -> list[Item]:
    s = comparison.schedule
    items: list[Item] = [
        (SCENARIO["schedule"], s.name),
        (SCENARIO["entity_fee"], s.entity_fee),
        (SCENARIO["per_user"], s.per_user),
        (SCENARIO["source"], s.source or NOT_STATED),
    ]
    return items + ([(SCENARIO["note"], s.note)] if s.note else [])


def scenario(comparison: Comparison, practice: str, prepared: date) -> list[Item]:
    """The practice, the date, the year, the users and how they were counted, the fee figures and
    their source, the direct cost, the projection's escalation and every assumption."""
    head: list[Item] = [
        (SCENARIO["practice"], practice_name(practice)),
        (SCENARIO["prepared"], prepared),
        (SCENARIO["year"], comparison.year),
    ]
    tail: list[Item] = [
        (SCENARIO["applications"], comparison.direct.applications),
        (SCENARIO["direct"], comparison.direct.annual_cost),
        (SCENARIO["escalation"], comparison.escalation),
        (SCENARIO["read"], len(comparison.contracts)),
        (SCENARIO["unreadable"], len(comparison.unreadable)),
    ]
    assumptions = [(SCENARIO["assumption"], a) for a in comparison.direct.assumptions]
    return head + _users(comparison.users) + _fees(comparison) + tail + assumptions


def unreadable(comparison: Comparison, results: list[AnalysisResult] | None) -> list[tuple[str, str]]:
    """(file, why) of each file that could not be read: from the results where given (a file's
    name may hold a colon), else from the comparison's 'file: message' lines."""
    given = [(r.file, r.error.message) for r in results or [] if r.terms is None and r.error]
    if given or results:
        return given
    return [(f, why) for f, _, why in (line.partition(": ") for line in comparison.unreadable)]


def quotes(results: list[AnalysisResult] | None) -> dict[str, list[tuple[str, int | None, str]]]:
    """By sha256: (field, page, quote) of the coverage and CPT fee evidence, each quote once."""
    out: dict[str, list[tuple[str, int | None, str]]] = {}
    for r in results or []:
        said: set[str] = set()
        for f in r.terms.findings if r.terms else []:
            if f.field in ("coverage", "cpt_fee") and f.quote and f.quote not in said:
                said.add(f.quote)
                field = "who pays" if f.field == "coverage" else "CPT fee"
                out.setdefault(r.sha256, []).append((field, f.page, f.quote))
    return out


def quote_words(field: str, page: int | None, quote: str) -> str:
    where = f"page {page}" if page else "page not known"
    return f"{where} ({field}): “{quote}”"


def sources(comparison: Comparison, results: list[AnalysisResult] | None) -> list[tuple[str, str]]:
    """(file, what it is and the words its figures rest on) for each contract read."""
    terms, said = terms_by_row(results), quotes(results)
    out = []
    for r in comparison.contracts:
        what = ", ".join(p for p in [r.vendor or "", contract_words(row_terms(r, terms))] if p)
        words = [quote_words(*q) for q in said.get(r.sha256, [])]
        out.append((r.file, "; ".join([what or NOT_STATED, *words])))
    return out


def plain(value: Value) -> str:
    """A scenario value in words, as the PDF shows it."""
    if isinstance(value, Decimal):
        return money(value)
    if isinstance(value, date):
        return date_words(value)
    return str(value)
