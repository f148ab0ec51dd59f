"""Compare (the home page): who pays for CPT in each contract, against a direct AMA license."""

from datetime import date

import streamlit as st

from cptcompare import Comparison, ComparisonRow, PracticeProfile, inert, markup, money, scenarios
from cptcompare.renewals import SOON_DAYS
from cptcompare.report import to_csv, to_pdf, to_xlsx
from cptcompare.wording import date_words
from pages import cards, chart, rows
from pages.common import (
    add_samples,
    compared,
    figure,
    samples,
    share_box,
    share_link,
    show_outcomes,
    store,
    table_height,
    view,
    who,
    workspace_id,
)

ENTER = "Enter below"
ONCE_HELP = "A one-time CPT fee with no term is paid once: it is counted once, never as a yearly cost."
AMA_FIGURES = "The AMA's figures for the year"
CHARTS = {  # the charts (common.CHARTS), one shown at a time, picked by these words
    "vendor": "Per contract",
    "markup": "Royalty and markup",
    "users": "Against the number of users",
    "years": "Next 5 years",
}


def _empty_workspace(workspace: str) -> None:
    st.info("This workspace has no contracts yet.")
    left, right = st.columns(2)
    if left.button(f"Add the {len(samples())} sample contracts", type="primary", key="add_samples"):
        st.session_state["outcomes"] = add_samples(workspace)
        st.rerun()
    right.page_link("pages/contracts.py", label="Upload your own contracts", icon=":material/upload:")
    st.stop()


def _scenario(contracts: int) -> tuple[PracticeProfile, int, object, str]:
    """The practice and fee figures, each widget bound to the URL so a link carries them."""
    catalog = store().catalog
    with st.expander("Practice and fee figures for this comparison", expanded=False):
        pick, fees, year_col = st.columns(3)
        profile_name = pick.selectbox(
            "Practice",
            [ENTER, *catalog.profile_names()],
            key="profile",
            bind="query-params",
            help="Practices saved on the 'Practice and AMA fees' page, with staff counted by role.",
        )
        fee_names = [AMA_FIGURES, *(s.name for s in scenarios()), *catalog.schedule_names()]
        fees_name = fees.selectbox("Fee figures", fee_names, key="fees", bind="query-params")
        year = int(
            year_col.number_input("Year", 2010, 2100, date.today().year, key="year", bind="query-params")
        )
        left, right = st.columns(2)
        providers = left.number_input(
            "Providers (physicians, NPs, PAs, therapists)",
            0,
            10_000,
            5,
            key="providers",
            bind="query-params",
            disabled=profile_name != ENTER,
        )
        known = right.number_input(
            "People who use CPT or its output (0 if you don't know)",
            0,
            100_000,
            0,
            key="users",
            bind="query-params",
            disabled=profile_name != ENTER,
            help="Coders, billers, front desk, nurses, managers who read reports: under the AMA's "
            "definition anyone who relies on CPT to do their job counts. Leave 0 to use the AMA's "
            "estimate of 4 per provider.",
        )
    applications = int(
        st.number_input(
            "Applications that use CPT",
            1,
            100_000,  # a workspace may hold thousands of contracts: the default is one per contract
            max(1, contracts),
            key="applications",
            bind="query-params",
            help="The AMA licenses CPT per application: a direct license is needed for each product "
            "that uses CPT. The default is the number of contracts read in this workspace.",
        )
    )
    if profile_name == ENTER:
        profile = PracticeProfile(
            providers={"physicians": int(providers)}, users=int(known) or None, applications=applications
        )
        described = f"{int(providers)} providers"
    else:
        saved = catalog.profile(profile_name) or PracticeProfile()
        profile = saved.model_copy(update={"applications": applications})
        described = f"the saved practice {profile_name}"
    schedule = next((s for s in scenarios() if s.name == fees_name), None) or catalog.schedule(fees_name)
    return profile, year, schedule, described


def _deadlines_soon(place, soon: list[ComparisonRow]) -> None:
    if not soon:
        return
    names = "; ".join(
        f"{r.vendor or r.file} by {date_words(r.notice_deadline)} ({r.notice_days_left} days)" for r in soon
    )
    place.warning(inert(f"Notice deadlines within {SOON_DAYS} days: {names}."), icon=":material/alarm:")
    place.page_link(
        "pages/renewals.py", label="See every renewal and notice deadline", icon=":material/event:"
    )


def _table(comparison: Comparison, names: list[tuple[str, str]], key: tuple, base: str) -> None:
    pick, order = st.columns([3, 2])
    show = pick.selectbox("Show", list(rows.SHOW), format_func=rows.SHOW.get, key="show")
    sort = order.selectbox("Order", list(rows.SORT), format_func=rows.SORT.get, key="sort")
    table = rows.table(key, base, show, sort, comparison, names, data.results)
    if len(table.shas) < table.total:
        st.caption(f"Showing {len(table.shas)} of {table.total} contracts, and the direct AMA row.")
    wide = cards.wide_only()  # on a phone, the cards below instead (pages/cards.py)
    wide.dataframe(
        table.frame,
        hide_index=True,
        width="stretch",
        height=table_height(len(table.rows)),
        column_config=rows.COLUMNS,
        key="costs",
    )
    cards.show(table.rows, table.shas)
    wide.caption(
        "✔ vendor covers CPT · $ separate CPT fee · ! practice must license CPT · – not addressed · "
        "? unclear · ▣ direct AMA license. Fees are as the contract states them. Hover a cell to read "
        "it all; the first columns answer who pays and what it costs, the rest are to the right."
    )


@st.cache_data(max_entries=16, show_spinner=False)
def _file(kind: str, key: tuple, _comparison: Comparison, _results: list, practice: str) -> bytes:
    """One export of the comparison with this key (common.scenario_key), built when it is first
    downloaded and kept: the page itself builds none (2,000 contracts: 8 s on every change)."""
    both = (_comparison, _results)
    if kind == "csv":
        return to_csv(*both)
    return to_xlsx(*both, practice=practice) if kind == "xlsx" else to_pdf(*both, practice=practice)


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_EXPORTS = (  # (the file's kind and suffix, the button, its type, the history's words)
    ("csv", "Download CSV", "text/csv", "CSV"),
    ("xlsx", "Download Excel", XLSX, "Excel workbook"),
    ("pdf", "Download PDF summary", "application/pdf", "PDF summary"),
)


def _exports(key: tuple, comparison: Comparison, results: list, practice: str) -> None:
    """The three downloads. Each is built and recorded in the history when clicked, with no
    rerun: a rerun renews every button's file, and a second click made during it was lost."""
    csv_col, xlsx_col, pdf_col = st.columns(3)
    stem = f"cpt-comparison-{comparison.year}"
    history, by, workspace = store().history, who(), st.session_state.get("w")

    def built(kind: str, words: str):
        def made() -> bytes:
            data = _file(kind, key, comparison, results, practice)
            history.add("export", by, workspace, None, words)
            return data

        return made

    for column, (kind, label, mime, words) in zip((csv_col, xlsx_col, pdf_col), _EXPORTS, strict=True):
        column.download_button(label, built(kind, words), f"{stem}.{kind}", mime, key=kind, on_click="ignore")


def _needs_review(comparison: Comparison, key: tuple, base: str) -> None:
    items = rows.attention(key, base, comparison)
    count, unsure = len(items.frame), items.unsure
    with st.expander(f"Needs review ({count})", expanded=bool(unsure), icon=":material/rule:"):
        if not count:
            st.success("Every reading here has been checked and signed off.")
            return
        st.caption(
            f"{unsure} reading(s) the engine is unsure of or that changed since a sign-off, and "
            f"{count - unsure} not checked by anyone yet. Open each one, check it against "
            "the quoted words, correct it if needed, and sign it off."
        )
        st.dataframe(
            items.frame,
            hide_index=True,
            width="stretch",
            height=table_height(count, 10),
            column_config={
                "Vendor": st.column_config.TextColumn(width=220),
                "Why": st.column_config.TextColumn(width=620),
                "Evidence": st.column_config.LinkColumn(display_text="Open", width=80),
            },
            key="needs_review",
        )


def _charts(comparison: Comparison, key: tuple) -> None:
    """The chart picked, each drawn once per comparison and only when first picked (st.tabs would
    run, draw and send every chart on every rerun); the picker is reached by the keyboard."""
    name = st.segmented_control(
        "Chart",
        list(CHARTS),
        format_func=CHARTS.get,
        default="vendor",
        required=True,
        key="chart",
        label_visibility="collapsed",
    )
    shown = figure(key, name, comparison)
    with st.container(key="chart_shown"):
        if shown.figure is not None:
            chart.show(shown.figure, shown.table, f"chart_{name}")
        else:
            st.info(markup.NONE_TO_SPLIT)
        if name == "markup":  # what it shows, what it leaves out, what to ask
            notes, asks = rows.markup_words(key, comparison)
            for line in notes:
                st.caption(line)
            if asks:
                st.markdown(asks)


def _plan(comparison: Comparison, key: tuple) -> None:
    plan = comparison.plan
    if plan is None or not plan.lines:
        return
    st.subheader("One plan across your applications")
    a, b, c = st.columns(3)
    a.metric("CPT a year, cheapest compliant plan", money(plan.total_annual))
    b.metric("Direct AMA license for every application", money(plan.all_direct))
    c.metric("Applications you must license yourself", plan.licenses_needed)
    table = rows.plan(key, comparison)
    st.dataframe(
        table,
        hide_index=True,
        width="stretch",
        height=table_height(len(table)),
        column_config={"Choice": st.column_config.TextColumn(width="large")},
        key="plan",
    )
    with st.container(border=True):
        st.text(plan.headline)
    st.caption(
        "The AMA licenses CPT per application. An application's kind is guessed from its contract; "
        "correct it on the contract's page if it is wrong."
    )


workspace = workspace_id()
st.title("Who pays for your CPT license?")
show_outcomes(st.session_state.pop("outcomes", []))
data = view(workspace)
if not data.entries:
    _empty_workspace(workspace)

top = st.container()
profile, year, schedule, described = _scenario(len(data.readable))
share_box("compare")
key, comparison = compared(data, profile, year, schedule)
estimate = ", an estimate" if comparison.users.estimate else ""
top.caption(
    inert(
        f"For {described}: {comparison.users.users} CPT users{estimate}; fee figures: "
        f"{comparison.schedule.name}. Change them under 'Practice and fee figures' below."
    )
)
with top.container(border=True):
    st.markdown(inert(comparison.summary))
counts = rows.headline(key, comparison)
yearly, once = counts.yearly, counts.once  # the value fits its box; what is paid once goes under it
a, b, c = top.columns(3)
a.metric("Vendors that include CPT", f"{counts.covers} of {len(comparison.contracts)}")
b.metric(
    "Separate CPT fees, all vendors",
    f"{money(yearly)} a year" if yearly or not once else f"{money(once)} once",
    f"plus {money(once)} once" if yearly and once else None,
    delta_color="off",
    delta_arrow="off",
    help=ONCE_HELP,
)
c.metric(
    f"Direct AMA license a year, {profile.applications} application(s)",
    money(comparison.direct.annual_cost * profile.applications),
    help="Per application: " + money(comparison.direct.annual_cost) + " a year.",
)
_deadlines_soon(top, counts.soon)
base = share_link("contract")  # each contract's evidence: this address and its sha256
_table(comparison, data.readable, key, base)
_needs_review(comparison, key, base)
waiting = [e for e in data.entries if e.status == "pending"]
if waiting:
    st.info(f"{len(waiting)} contract(s) are still waiting to be read; see the Contracts page.")
for line in comparison.unreadable:
    st.warning(inert(line))
if any(e.error_code == "encrypted" for e in data.entries):
    st.page_link(
        "pages/contracts.py",
        label="Enter the password on the Contracts page",
        icon=":material/key:",
    )
_charts(comparison, key)
_plan(comparison, key)
with st.expander("How these figures were worked out"):
    for line in comparison.direct.assumptions:
        st.text(line)
named = st.session_state.get("profile", ENTER) != ENTER  # a saved practice, else the workspace's name
practice = profile.name if named else getattr(store().catalog.workspace(workspace), "name", "")
_exports(key, comparison, data.analyses, practice)
