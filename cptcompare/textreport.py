"""Plain-text tables for the terminal: the analysis of each file, the cost comparison, the
renewals and notice deadlines; and the progress line of a long scan."""

from __future__ import annotations

import sys
from typing import TextIO

from .models import (
    COVERAGE_WORDS,
    AnalysisResult,
    Comparison,
    ComparisonRow,
    DatedValue,
    Progress,
    Renewal,
    Renewals,
)
from .onetime import cost_words
from .wording import date_words, describe_fee, money, plural

MAX_CELL = 60


def table(rows: list[list[str]]) -> str:
    """Columns padded to their widest cell (cut at 60 characters), a rule under the header."""
    widths = [min(max(len(row[i]) for row in rows), MAX_CELL) for i in range(len(rows[0]))]
    lines = [
        "  ".join(cell[:MAX_CELL].ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


REVIEW = "needs review"


def _analysis_row(r: AnalysisResult) -> list[str]:
    if r.status == "error" or r.terms is None:
        return [r.file, "error", "-", r.error.message if r.error else "-", "-", "-", "-"]
    t = r.terms
    page = next((f.page for f in t.findings if f.field == "coverage" and f.page), None)
    cells = [t.vendor or "(not stated)", COVERAGE_WORDS[t.coverage], describe_fee(t.cpt_fee)]
    return [r.file, "ok", *cells, str(page or "-"), REVIEW if t.needs_review else "-"]


def analysis_table(results: list[AnalysisResult]) -> str:
    """One row per file; below the table, why each reading marked 'needs review' is unsure."""
    header = ["File", "Status", "Vendor", "Coverage", "CPT fee", "Page", "Check"]
    notes = [
        f"{r.file}: {' '.join(r.terms.review_reasons)}" for r in results if r.terms and r.terms.needs_review
    ]
    text = table([header] + [_analysis_row(r) for r in results])
    return text + ("\n\nNeeds review:\n" + "\n".join(f"- {n}" for n in notes) if notes else "")


def _money_or_dash(value) -> str:
    return "unknown" if value is None else money(value)


def _comparison_row(r: ComparisonRow) -> list[str]:
    cells = [r.fee_stated, cost_words(r), money(r.direct_annual_cost)]
    return [r.vendor or r.file, r.coverage_words, *cells, _money_or_dash(r.difference)]


def comparison_text(c: Comparison) -> str:
    header = ["Vendor", "Who pays for CPT", "Fee as stated", "CPT a year", "Direct AMA", "Difference"]
    rows = [header] + [_comparison_row(r) for r in c.contracts] + [_comparison_row(c.direct_row)]
    parts = [table(rows), "", c.summary, "", "Assumptions:"]
    parts += [f"- {a}" for a in c.direct.assumptions]
    parts += ["", "Per contract:"]
    for r in c.contracts:
        parts.append(f"- {r.vendor or r.file}: {r.advice}")
        parts += [f"    {note}" for note in r.code_set_notes + r.assumptions]
        if r.break_even:
            parts.append(f"    {r.break_even.text}")
        if r.markup:
            parts.append(f"    Markup: {r.markup.basis}")
    parts += [f"Could not be read: {u}" for u in c.unreadable]
    return "\n".join(parts)


CALCULATED = " (calculated)"
RENEWS = {True: "yes", False: "no", None: "not stated"}


def _day(value: DatedValue) -> str:
    if value.date is None:
        return "-"
    return date_words(value.date, short=True) + (CALCULATED if value.calculated else "")


def renews_words(r: Renewal) -> str:
    """'yes, for 12 months at a time' / 'yes, for how long not found' / 'no' / 'not stated'."""
    if not r.renews:
        return RENEWS[r.renews]
    if r.renewal_term_months:
        return f"yes, {plural(r.renewal_term_months, 'month')} at a time"
    return "yes, length not found"


def _renewal_row(r: Renewal) -> list[str]:
    days = "-" if r.days_left is None else str(r.days_left) + (" (soon)" if r.notice_soon else "")
    notice = plural(r.notice_days, "day") if r.notice_days else "not stated"
    return [
        r.vendor or r.file,
        _day(r.notice_deadline),
        days,
        _day(r.term_end),
        renews_words(r),
        notice,
        _day(r.effective_date),
    ]


def _renewal_notes(r: Renewal) -> list[str]:
    lines = [f"- {r.vendor or r.file} ({r.file})"]
    for label, value in (("Last day to give notice", r.notice_deadline), ("Term ends", r.term_end)):
        lines.append(f"    {label}: {value.how or value.reason or date_words(value.date)}")
    lines += [f"    p. {c.page or '?'}: \u201c{c.quote}\u201d" for c in _unique(r)]
    if r.escalation:
        lines.append(f"    The CPT fee can rise (p. {r.escalation.page}): \u201c{r.escalation.quote}\u201d")
    return lines


def _unique(r: Renewal) -> list:
    seen, out = set(), []
    for c in r.clauses:
        if (c.page, c.quote) not in seen:
            seen.add((c.page, c.quote))
            out.append(c)
    return out


def renewals_text(rs: Renewals) -> str:
    """The next deadlines first, then each contract's workings and clauses."""
    header = ["Vendor", "Last day for notice", "Days left", "Term ends", "Renews", "Notice", "Effective"]
    parts = [
        f"As of {date_words(rs.as_of)}. Dates marked (calculated) are worked out from the contract's words.",
        "",
    ]
    if rs.contracts:
        parts += [table([header] + [_renewal_row(r) for r in rs.contracts]), "", "Per contract:"]
    else:
        parts.append("No contract could be read.")
    for r in rs.contracts:
        parts += _renewal_notes(r)
    parts += [f"Could not be read: {u.file}: {u.error.message}" for u in rs.unreadable]
    return "\n".join(parts)


def scan_progress(name: str, stream: TextIO | None = None) -> Progress:
    """A progress callback that writes "NAME: reading scanned pages with OCR, 3 of 20" to stderr:
    one line rewritten in place on a terminal, a line per page otherwise (logs, pipes)."""
    out = stream or sys.stderr
    live = out.isatty()

    def report(done: int, total: int) -> None:
        line = f"{name}: reading scanned pages with OCR, {done} of {total}"
        if live:
            out.write("\r" + line + ("\n" if done == total else ""))
        else:
            out.write(line + "\n")
        out.flush()

    return report
