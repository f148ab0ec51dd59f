"""Renewals: each contract's current term, whether it renews by itself and the last day to give
notice, next deadlines first, with the clause behind each date; a timeline; the deadlines as a
calendar file; and the CPT fee's escalation clause beside each renewal."""

from datetime import date

import pandas as pd
import streamlit as st

from cptcompare import Renewal, Renewals, inert, renewal_dates, to_ics
from cptcompare.charts import drawn, renewal_timeline
from cptcompare.charttables import renewal_timeline_rows
from cptcompare.renewals import SOON_DAYS
from cptcompare.textreport import renews_words
from cptcompare.wording import date_words, plural
from pages import chart
from pages.common import (
    add_samples,
    samples,
    share_box,
    share_link,
    show_outcomes,
    table_height,
    view,
    workspace_id,
)

INTRO = (
    "When each contract's term ends, whether it renews by itself, and the last day to tell the "
    "vendor you want out. A date marked “calculated” is worked out from the contract's words: check "
    "it against the clause before you rely on it."
)
SOON = "⚠ "
CALCULATED = " (calculated)"
HOW_COUNTED = (
    f"{SOON.strip()} within {SOON_DAYS} days. Calculated dates count on the early side: a term of 12 "
    "months from 1 March ends on the last day of February, and the last day to give notice counts the "
    "notice days back from the term's last day."
)
ICS_HELP = (
    "One all-day event per deadline, with the contract and its clause in the description and a "
    "reminder two weeks before. Opens in Outlook, Google Calendar and Apple Calendar."
)
CLAUSE_WORDS = {
    "effective_date": "effective date",
    "initial_term_months": "initial term",
    "auto_renews": "renewal",
    "renewal_term_months": "renewal",
    "notice_days": "notice",
}
NO_ESCALATION = "No clause letting the CPT fee rise was found."
COLUMNS = {
    "Vendor": st.column_config.TextColumn(width=270, pinned=True),
    "Last day to give notice": st.column_config.TextColumn(width=190),
    "Days left": st.column_config.TextColumn(width=80, help="From the date at the top of the page."),
    "Current term ends": st.column_config.TextColumn(width=180),
    "Renews": st.column_config.TextColumn("Renews by itself", width=190),
    "Notice": st.column_config.TextColumn(width=80),
    "Effective date": st.column_config.TextColumn(width=110),
    "Clause behind the deadline": st.column_config.TextColumn(width=380),
    "CPT fee can rise": st.column_config.TextColumn(width=300),
    "Evidence": st.column_config.LinkColumn(display_text="Open", width=70),
    "File": st.column_config.TextColumn(width=200),
}


def _empty_workspace(workspace: str) -> None:
    st.info("This workspace has no contracts yet: add some and their renewal dates appear here.")
    left, right = st.columns(2)
    if left.button(f"Add the {len(samples())} sample contracts", type="primary", key="renewals_add_samples"):
        st.session_state["outcomes"] = add_samples(workspace)
        st.rerun()
    right.page_link("pages/contracts.py", label="Upload your own contracts", icon=":material/upload:")
    st.stop()


def _day(value, soon: bool = False) -> str:
    if value.date is None:
        return "not known"
    words = date_words(value.date, short=True) + (CALCULATED if value.calculated else "")
    return SOON + words if soon else words


def _quote(clause) -> str:
    return f"p. {clause.page or '?'}: “{clause.quote}”"


def _notice(r: Renewal) -> str:
    return plural(r.notice_days, "day") if r.notice_days else "not stated"


def _behind_deadline(r: Renewal) -> str:
    """The notice clause, or why there is no deadline."""
    value = r.notice_deadline
    if value.date and value.sources:
        return _quote(value.sources[0])
    return value.reason or "-"


def _row(r: Renewal) -> dict:
    return {
        "Vendor": r.vendor or "(not stated)",
        "Last day to give notice": _day(r.notice_deadline, r.notice_soon),
        "Days left": "–" if r.days_left is None else plural(r.days_left, "day"),
        "Current term ends": _day(r.term_end) + (" (ended)" if r.ended else ""),
        "Renews": renews_words(r),
        "Notice": _notice(r),
        "Effective date": _day(r.effective_date),
        "Clause behind the deadline": _behind_deadline(r),
        "CPT fee can rise": _quote(r.escalation) if r.escalation else "no clause found",
        "Evidence": share_link("contract", {"c": r.sha256}),
        "File": r.file,
    }


def _headline(rs: Renewals) -> None:
    due = [r for r in rs.contracts if r.notice_deadline.date]
    soon = [r for r in due if r.notice_soon]
    undated = [r for r in rs.contracts if not r.notice_deadline.date]
    first, near, without = st.columns(3)
    if due:
        nxt = due[0]
        first.metric(
            "Next notice deadline",
            date_words(nxt.notice_deadline.date, short=True),
            f"{plural(nxt.days_left, 'day')} left",
            delta_color="off",
            delta_arrow="off",
            help=f"{nxt.vendor or nxt.file}: {nxt.notice_deadline.how}",
        )
    else:
        first.metric("Next notice deadline", "none found")
    near.metric(f"Deadlines in the next {SOON_DAYS} days", len(soon))
    without.metric(
        "Contracts without a deadline",
        f"{len(undated)} of {len(rs.contracts)}",
        help="Each one's row, and its section below, says what is missing.",
    )
    if soon:
        names = "; ".join(
            f"{r.vendor or r.file} by {date_words(r.notice_deadline.date)} ({r.days_left} days)" for r in soon
        )
        st.warning(
            inert(
                f"Act soon: {names}. Give the vendor written notice by then if you do not want it to renew."
            ),
            icon=":material/alarm:",
        )


def _table(rs: Renewals) -> None:
    rows = [_row(r) for r in rs.contracts]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        height=table_height(len(rows)),
        column_config=COLUMNS,
        key="renewals_table",
    )
    st.caption(HOW_COUNTED)


def _calendar(rs: Renewals) -> None:
    count = sum(r.notice_deadline.date is not None for r in rs.contracts)
    if not count:
        st.caption("No notice deadline to put in a calendar yet.")
        return
    st.download_button(
        f"Download {plural(count, 'notice deadline')} for your calendar (.ics)",
        to_ics(rs),
        f"notice-deadlines-{rs.as_of}.ics",
        "text/calendar",
        key="renewals_ics",
        on_click="ignore",
        icon=":material/calendar_month:",
        help=ICS_HELP,
    )


def _timeline(rs: Renewals) -> None:
    st.subheader("Timeline")
    shown = drawn(rs)
    left_out = [r.vendor or r.file for r in rs.contracts if r not in shown]
    if shown:
        chart.show(renewal_timeline(rs), pd.DataFrame(renewal_timeline_rows(rs)), "renewals_timeline")
    else:
        st.info("No contract has dates enough to draw: each needs an effective date and a term.")
    if left_out:
        st.caption(
            inert(
                f"Not drawn, because the end of their current term is not known: {', '.join(left_out)}. "
                "Each one's reason is below."
            )
        )


def _dates_column(r: Renewal) -> None:
    st.markdown("**Term and renewal**")
    for label, value in (
        ("Effective date", r.effective_date),
        ("Current term ends", r.term_end),
        ("Last day to give notice", r.notice_deadline),
    ):
        st.text(f"{label}: {_day(value)}")
        if value.how or value.reason:
            st.caption(inert(value.how or value.reason))
    st.text(f"Renews by itself: {renews_words(r)}. Notice: {_notice(r)}.")
    if r.clauses:
        st.markdown("**The contract's words**")
    for labels, clause in _labelled(r):
        st.text(f"{labels}, {_quote(clause)}")


def _labelled(r: Renewal) -> list[tuple[str, object]]:
    """Each clause once, with what it says (one sentence may give the renewal and the notice)."""
    groups: dict[tuple, list] = {}
    for clause in r.clauses:
        groups.setdefault((clause.page, clause.quote), []).append(clause)
    out = []
    for group in groups.values():
        ordered = sorted(group, key=lambda c: list(CLAUSE_WORDS).index(c.field))
        words = list(dict.fromkeys(CLAUSE_WORDS[c.field] for c in ordered))
        out.append((" and ".join(words).capitalize(), group[0]))
    return out


def _escalation_column(r: Renewal) -> None:
    st.markdown("**The CPT fee**")
    if r.escalation is None:
        st.text(NO_ESCALATION)
    else:
        st.text("Flagged: the CPT fee can rise. The clause:")
        st.text(_quote(r.escalation))
    st.page_link(
        "pages/detail.py",
        label="Open the contract and its evidence",
        icon=":material/find_in_page:",
        query_params={"w": st.session_state.get("w", ""), "c": r.sha256},
    )


def _details(rs: Renewals) -> None:
    st.subheader("Each contract's dates and clauses")
    for r in rs.contracts:
        when = (
            f"notice by {date_words(r.notice_deadline.date, short=True)} ({plural(r.days_left, 'day')} left)"
            if r.notice_deadline.date
            else "no notice deadline found"
        )
        label = inert(f"{SOON if r.notice_soon else ''}{r.vendor or r.file}: {when}")
        with st.expander(label, expanded=r.notice_soon):
            left, right = st.columns([3, 2], gap="large")
            with left:
                _dates_column(r)
            with right:
                _escalation_column(r)


def _waiting(data, rs: Renewals) -> None:
    waiting = [e for e in data.entries if e.status in ("pending", "reading")]
    if waiting:
        st.info(f"{plural(len(waiting), 'contract')} still being read: their dates appear here once read.")
    for u in rs.unreadable:
        st.warning(inert(f"{u.file}: {u.error.message}"))


workspace = workspace_id()
st.title("Renewals and notice deadlines")
st.caption(INTRO)
show_outcomes(st.session_state.pop("outcomes", []))
data = view(workspace)
if not data.entries:
    _empty_workspace(workspace)
share_box("renewals")
picked = st.columns([1, 3])[0].date_input("Count the days left from", date.today(), key="renewals_as_of")
as_of = picked or date.today()  # a cleared box counts from today
pairs = data.ordered()
results = [r.model_copy(update={"file": e.name}) for e, r in pairs]
dates = renewal_dates(results, as_of)
if not dates.contracts:
    _waiting(data, dates)
    if not data.entries or not any(e.status in ("pending", "reading") for e in data.entries):
        st.info("None of this workspace's contracts could be read, so there are no dates to show.")
    st.page_link(
        "pages/contracts.py", label="See the contracts and their status", icon=":material/description:"
    )
    st.stop()
if not any(r.notice_deadline.date or r.term_end.date for r in dates.contracts):
    st.info(
        f"No dates found: none of the {plural(len(dates.contracts), 'contract')} read states an effective "
        "date and a term that the end of the term can be worked out from. Each row below says what is "
        "missing; ask the vendor for the dates, or open a contract to read its term clauses."
    )
_headline(dates)
_table(dates)
_calendar(dates)
_waiting(data, dates)
_timeline(dates)
_details(dates)
