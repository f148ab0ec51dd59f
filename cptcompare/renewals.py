"""Renewal and notice deadlines: for each contract, when its current term ends, whether and for
how long it renews by itself, and the last day to give notice, each with the clause behind it.

    renewal(result, as_of) -> Renewal           one contract read
    renewal_dates(results, as_of) -> Renewals   all of them, the next notice deadlines first
    periods(renewal) -> [Period]                its terms so far and the next one (for a timeline)

Pure: the dates come from ContractTerms.dates and their findings (extract/dates.py); the CPT
fee's escalation clause from the ``fee_escalation`` flag (data/phrases.toml). Dates are counted
on the early side, so a deadline shown is never later than the contract allows:

- a term of N months that starts on day D runs to the day before D's N-month anniversary; where
  that month is too short (31 January + 1 month) the anniversary is the month's last day;
- every anniversary counts from the effective date, never from the last renewal, so a contract
  that started on 31 January renews on the 31st (or the month's last day) every time;
- a contract that renews by itself is rolled forward, a renewal term at a time, until its current
  term ends on or after the as-of date;
- the last day to give notice is the term's last day minus the notice days. Where that day has
  passed, it is too late for this term: the contract renews, and the deadline shown is the next
  term's (``missed_deadline`` keeps the one that passed).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from .models import (
    AnalysisResult,
    Clause,
    ContractDates,
    ContractTerms,
    DatedValue,
    Renewal,
    Renewals,
    Unreadable,
)
from .wording import date_words

SOON_DAYS = 90  # a notice deadline this close is flagged (Compare, Renewals)
DAY = timedelta(days=1)
FIELDS = ("effective_date", "initial_term_months", "auto_renews", "renewal_term_months", "notice_days")
REASONS = {
    "no_effective": "The contract's effective date was not found, so the end of its term cannot be "
    "worked out.",
    "no_effective_date": "The effective date was not found in the contract.",
    "no_term": "The length of the initial term was not found, so the end of the term cannot be worked out.",
    "no_renewal_length": "It renews automatically, but the length of a renewal term was not found, so "
    "the end of the current term cannot be worked out: check the renewal clause.",
    "renewal_unknown": "The initial term ended on {end} and the contract does not say whether it "
    "renews: ask the vendor until when it runs.",
    "out_of_range": "The contract's dates are too far in the past or future to work out.",
    "no_term_end": "Not known, because {missing}.",
    "no_notice": "The notice period was not found: ask the vendor how much notice stops the renewal.",
    "not_needed": "No notice needed: the contract does not renew automatically, it ends on {end}.",
    "ended": "No notice needed: the contract ended on {end} and does not renew automatically.",
    "missed_next_unknown": "Too late for this term: the last day to give notice was {missed}, so it "
    "renews on {renews_on}. The length of a renewal term was not found, so the next deadline is not "
    "known.",
    "missed": "The last day to give notice before the term ends on {end} was {missed}.",
}
MISSING = {  # why the term's end is not known, as the deadline's reason says it
    "no_effective": "the contract's effective date was not found",
    "no_term": "the length of the initial term was not found",
    "no_renewal_length": "the length of a renewal term was not found",
    "renewal_unknown": "the contract does not say whether it renews after its initial term",
    "out_of_range": "the contract's dates are too far in the past or future",
}
HOW = {
    "term": "{months}-month initial term from {start}",
    "rolled": ", renewed {times} for {months} months",
    "ends": ": its last day is the day before {next_start}",
    "notice": "{days} days before the term ends on {end}",
    "next": "{days} days before the next term ends on {end}: too late for this term (its deadline "
    "was {missed}), so it renews on {renews_on}",
}
PERIOD_WORDS = {
    "initial": "Initial term",
    "renewal": "Renewal term",
    "next": "Next term, unless notice is given",
}
MOST_PERIODS = 12  # a timeline draws at most this many of a contract's latest terms


def add_months(start: date, months: int) -> date:
    """``start`` moved on ``months`` months: the same day, or the month's last day where the
    month is shorter. Raises ValueError past the calendar's range (year 1 to 9999)."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        raise ValueError("year out of range")
    return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # its last day
    kind: str  # initial | renewal | next

    @property
    def words(self) -> str:
        return PERIOD_WORDS[self.kind]


# --- evidence ---------------------------------------------------------------------------------


def _clauses(terms: ContractTerms) -> dict[str, Clause]:
    """The quoted words behind each date term the contract states."""
    out = {}
    for f in terms.findings:
        if f.field in FIELDS and f.stated and f.quote and f.field not in out:
            out[f.field] = Clause(field=f.field, page=f.page, quote=f.quote)
    return out


def _sources(clauses: dict[str, Clause], *fields: str) -> list[Clause]:
    return [clauses[f] for f in fields if f in clauses]


def escalation_clause(terms: ContractTerms) -> Clause | None:
    flag = next((f for f in terms.flags if f.id == "fee_escalation"), None)
    return Clause(field="fee_escalation", page=flag.page, quote=flag.quote) if flag else None


# --- the current term -------------------------------------------------------------------------


def _end_after(start: date, initial: int, renewal: int, k: int) -> date:
    """The last day of term k (0: the initial term, 1: the first renewal, ...)."""
    return add_months(start, initial + k * renewal) - DAY


def _renewals_before(start: date, initial: int, renewal: int, as_of: date) -> int:
    """How many renewal terms have begun by ``as_of``: the fewest that end on or after it."""
    months = (as_of.year - start.year) * 12 + as_of.month - start.month
    k = max(1, (months - initial) // renewal)
    while k > 1 and _end_after(start, initial, renewal, k - 1) >= as_of:
        k -= 1
    while _end_after(start, initial, renewal, k) < as_of:
        k += 1
    return k


@dataclass(frozen=True)
class _Term:
    end: date | None
    renewals: int = 0  # renewal terms begun
    reason: str | None = None
    missing: str | None = None  # MISSING's key, where the end is not known


def _current_term(dates: ContractDates, start: date | None, as_of: date) -> _Term:
    if start is None:
        return _Term(None, reason=REASONS["no_effective"], missing="no_effective")
    initial = dates.initial_term_months
    if not initial:
        return _Term(None, reason=REASONS["no_term"], missing="no_term")
    end = add_months(start, initial) - DAY
    if end >= as_of or dates.auto_renews is False:
        return _Term(end)
    if dates.auto_renews is None:
        reason = REASONS["renewal_unknown"].format(end=date_words(end))
        return _Term(None, reason=reason, missing="renewal_unknown")
    if not dates.renewal_term_months:
        return _Term(None, reason=REASONS["no_renewal_length"], missing="no_renewal_length")
    k = _renewals_before(start, initial, dates.renewal_term_months, as_of)
    return _Term(_end_after(start, initial, dates.renewal_term_months, k), k)


def _term_value(dates: ContractDates, start: date | None, term: _Term, clauses: dict) -> DatedValue:
    if term.end is None:
        return DatedValue(reason=term.reason, sources=_sources(clauses, *FIELDS[:4]))
    how = HOW["term"].format(months=dates.initial_term_months, start=date_words(start))
    fields = ["effective_date", "initial_term_months"]
    if term.renewals:
        times = "once" if term.renewals == 1 else f"{term.renewals} times"
        how += HOW["rolled"].format(times=times, months=dates.renewal_term_months)
        fields += ["auto_renews", "renewal_term_months"]
    how += HOW["ends"].format(next_start=date_words(term.end + DAY))
    return DatedValue(date=term.end.isoformat(), calculated=True, how=how, sources=_sources(clauses, *fields))


# --- the notice deadline ----------------------------------------------------------------------


def _next_deadline(dates: ContractDates, start: date, term: _Term, as_of: date) -> tuple[date, date]:
    """(the last day to give notice, the term's end it stops) for the first term after the
    current one whose deadline is still to come."""
    notice, initial, renewal = dates.notice_days, dates.initial_term_months, dates.renewal_term_months
    k = term.renewals + 1
    while _end_after(start, initial, renewal, k) - timedelta(days=notice) < as_of:
        k += 1
    end = _end_after(start, initial, renewal, k)
    return end - timedelta(days=notice), end


def _deadline(
    dates: ContractDates, start: date | None, term: _Term, clauses: dict, as_of: date
) -> tuple[DatedValue, date | None]:
    """The next notice deadline still to come, and this term's where it has passed."""
    notice_clause = _sources(clauses, "notice_days")
    if term.end is None:
        reason = REASONS["no_term_end"].format(missing=MISSING[term.missing or "no_effective"])
        return DatedValue(reason=reason, sources=notice_clause), None
    end = date_words(term.end)
    if dates.auto_renews is False:
        key = "ended" if term.end < as_of else "not_needed"
        return DatedValue(reason=REASONS[key].format(end=end), sources=_sources(clauses, "auto_renews")), None
    if not dates.notice_days:
        return DatedValue(reason=REASONS["no_notice"]), None
    deadline = term.end - timedelta(days=dates.notice_days)
    if deadline >= as_of:
        how = HOW["notice"].format(days=dates.notice_days, end=end)
        return DatedValue(date=deadline.isoformat(), calculated=True, how=how, sources=notice_clause), None
    words = {"missed": date_words(deadline), "renews_on": date_words(term.end + DAY), "end": end}
    if not dates.auto_renews:
        return DatedValue(reason=REASONS["missed"].format(**words), sources=notice_clause), deadline
    if not dates.renewal_term_months:
        reason = REASONS["missed_next_unknown"].format(**words)
        return DatedValue(reason=reason, sources=notice_clause), deadline
    upcoming, next_end = _next_deadline(dates, start, term, as_of)
    how = HOW["next"].format(days=dates.notice_days, **(words | {"end": date_words(next_end)}))
    sources = _sources(clauses, "notice_days", "renewal_term_months")
    return DatedValue(date=upcoming.isoformat(), calculated=True, how=how, sources=sources), deadline


# --- one contract, all of them ----------------------------------------------------------------


def _effective(dates: ContractDates, clauses: dict) -> tuple[date | None, DatedValue]:
    if not dates.effective_date:
        return None, DatedValue(reason=REASONS["no_effective_date"])
    start = date.fromisoformat(dates.effective_date)
    return start, DatedValue(date=dates.effective_date, sources=_sources(clauses, "effective_date"))


def renewal(result: AnalysisResult, as_of: date) -> Renewal:
    """One contract's term, renewal and notice deadline as of ``as_of`` (a result that was read)."""
    terms = result.terms
    assert terms is not None, "only a contract that was read has dates"
    dates, clauses = terms.dates, _clauses(terms)
    start, effective = _effective(dates, clauses)
    try:
        term = _current_term(dates, start, as_of)
        notice, missed = _deadline(dates, start, term, clauses, as_of)
    except ValueError:  # a date past year 9999 (or before year 1)
        term = _Term(None, reason=REASONS["out_of_range"], missing="out_of_range")
        notice, missed = (
            DatedValue(reason=REASONS["no_term_end"].format(missing=MISSING["out_of_range"])),
            None,
        )
    days_left = (date.fromisoformat(notice.date) - as_of).days if notice.date else None
    return Renewal(
        file=result.file,
        sha256=result.sha256,
        vendor=terms.vendor,
        effective_date=effective,
        initial_term_months=dates.initial_term_months,
        renews=dates.auto_renews,
        renewal_term_months=dates.renewal_term_months,
        notice_days=dates.notice_days,
        term_end=_term_value(dates, start, term, clauses),
        notice_deadline=notice,
        missed_deadline=missed.isoformat() if missed else None,
        days_left=days_left,
        notice_soon=days_left is not None and days_left <= SOON_DAYS,
        ended=dates.auto_renews is False and term.end is not None and term.end < as_of,
        clauses=list(clauses.values()),
        escalation=escalation_clause(terms),
    )


def _order(r: Renewal) -> tuple:
    """Next deadlines first; then those without one, by the end of their term; then by name."""
    deadline, end = r.notice_deadline.date, r.term_end.date
    return (deadline is None, deadline or "", end is None, end or "", (r.vendor or r.file).lower())


def renewal_dates(results: list[AnalysisResult], as_of: date) -> Renewals:
    """Every contract read, next notice deadlines first; files that could not be read apart."""
    read = sorted((renewal(r, as_of) for r in results if r.terms is not None), key=_order)
    unreadable = [Unreadable(file=r.file, error=r.error) for r in results if r.terms is None and r.error]
    return Renewals(as_of=as_of.isoformat(), contracts=read, unreadable=unreadable)


def periods(r: Renewal) -> list[Period]:
    """The contract's terms up to the current one (the latest MOST_PERIODS of them), then the
    next one where it renews by itself; [] where the term's end is not known."""
    if r.effective_date.date is None or r.term_end.date is None or not r.initial_term_months:
        return []
    start, end = date.fromisoformat(r.effective_date.date), date.fromisoformat(r.term_end.date)
    out = [Period(start, add_months(start, r.initial_term_months) - DAY, "initial")]
    renewal_months = r.renewal_term_months or 0
    k = 1
    while renewal_months and out[-1].end < end:
        last = _end_after(start, r.initial_term_months, renewal_months, k)
        out.append(Period(out[-1].end + DAY, last, "renewal"))
        k += 1
    out = out[-MOST_PERIODS:]
    if r.renews and renewal_months:
        nxt = _end_after(start, r.initial_term_months, renewal_months, k)
        out.append(Period(end + DAY, nxt, "next"))
    return out
