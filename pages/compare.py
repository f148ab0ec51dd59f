"""Compare (the home page): who pays for CPT in each contract, against a direct AMA license."""

from collections import Counter
from datetime import date

import pandas as pd
import streamlit as st

from cptcompare import Comparison, ComparisonRow, PracticeProfile, inert, markup, money, scenarios
from cptcompare.applications import kind_label
from cptcompare.charttables import (
    cost_by_vendor_rows,
    cost_vs_users_rows,
    projection_rows,
    royalty_and_markup_rows,
)
from cptcompare.onetime import cost_words, split_totals
from cptcompare.questions import contract_words
from cptcompare.renewals import SOON_DAYS
from cptcompare.report import checked_words, to_csv, to_pdf, to_xlsx
from cptcompare.wording import date_words
from pages import cards, chart
from pages.common import (
    ICONS,
    REVIEW_MARK,
    add_samples,
    compared,
    contract_links,
    figures,
    record,
    samples,
    share_box,
    show_outcomes,
    store,
    table_height,
    view,
    workspace_id,
)

ENTER = "Enter below"
ONCE_HELP = "A one-time CPT fee with no term is paid once: it is counted once, never as a yearly cost."
AMA_FIGURES = "The AMA's figures for the year"
COLUMNS = {  # what a lead asks first (who, who pays, what it costs, what to do), then the rest
    "Vendor": st.column_config.TextColumn(width=210, pinned=True),
    "Who pays for CPT": st.column_config.TextColumn(width=300),
    "CPT cost a year": st.column_config.TextColumn(width=105),
    "Difference": st.column_config.TextColumn(
        width=95, help="Vendor's CPT cost minus a direct AMA license: below zero, the vendor is cheaper."
    ),
    "What to do": st.column_config.TextColumn(
        width=420, help="Hover or widen the column to read it all; the full advice is in the exports."
    ),
    "Evidence": st.column_config.LinkColumn(display_text="Open", width=80),
    "Checked": st.column_config.TextColumn(
        width=150, help="Verified: a person checked this reading against the contract and signed it off."
    ),
    "Fee as stated": st.column_config.TextColumn(width=190),
    "Markup": st.column_config.TextColumn(
        width=230,
        help="What the vendor adds to the AMA's royalty, per unit per period as the fee is stated, and "
        "as a percent of the royalty (a fee per provider against the AMA's estimate of 4 users each).",
    ),
    "Direct AMA license": st.column_config.TextColumn(width=115),
    "Risk flags": st.column_config.TextColumn(width=220),
    "Contract": st.column_config.TextColumn("File", width=200),
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


def _row(entry_name: str, link: str, r, differ: str | None = None) -> dict:
    vendor = r.vendor or "(not stated)"
    return {
        "Vendor": f"{vendor} · {differ}" if differ else vendor,
        "Who pays for CPT": f"{ICONS[r.coverage]} {r.coverage_words}"
        + (REVIEW_MARK if r.needs_review else ""),
        "Checked": ("✔ " if r.verified else "") + checked_words(r),
        "Fee as stated": r.fee_stated,
        "Markup": markup.cell(r),
        "CPT cost a year": cost_words(r),
        "Direct AMA license": money(r.direct_annual_cost),
        "Difference": money(r.difference),
        "Evidence": link,
        "Risk flags": "; ".join(_deadline_flag(r) + r.flags) or "none",
        "What to do": r.advice,
        "Contract": entry_name,
    }


def _deadline_flag(r) -> list[str]:
    """A notice deadline within SOON_DAYS, flagged first (the Renewals page has every date)."""
    if not r.notice_soon:
        return []
    return [
        f"⚠ Last day to give notice {date_words(r.notice_deadline, short=True)} ({r.notice_days_left} days)"
    ]


def _deadlines_soon(place, comparison: Comparison) -> None:
    soon = sorted((r for r in comparison.contracts if r.notice_soon), key=lambda r: r.notice_days_left)
    if not soon:
        return
    names = "; ".join(
        f"{r.vendor or r.file} by {date_words(r.notice_deadline)} ({r.notice_days_left} days)" for r in soon
    )
    place.warning(inert(f"Notice deadlines within {SOON_DAYS} days: {names}."), icon=":material/alarm:")
    place.page_link(
        "pages/renewals.py", label="See every renewal and notice deadline", icon=":material/event:"
    )


SHOW = {  # the table's filter: what a lead asks
    "all": "All contracts",
    "charges": "Who charges us for CPT",
    "ours": "Where we must license CPT",
    "unknown": "Who pays is not known",
    "attention": "Needs attention (unsure, not checked, deadline near)",
}
SORT = {"uploaded": "In upload order", "cost": "By CPT cost a year, highest first"}


def _shown(r: ComparisonRow, show: str) -> bool:
    return {
        "all": True,
        "charges": r.coverage == "pass_through",
        "ours": r.coverage == "customer_must_license",
        "unknown": r.coverage in ("unclear", "not_addressed") or r.annual_cpt_cost is None,
        "attention": r.needs_review or not r.verified or r.notice_soon,
    }[show]


def _differences(names: list[tuple[str, str]], rows: list[ComparisonRow]) -> dict[str, str]:
    """For a vendor with several contracts here: each one by its own title and date, and its
    file where even those are the same (a scan of the same agreement)."""
    same = Counter(r.vendor for r in rows)
    words = {}
    for (name, sha), r in zip(names, rows, strict=True):
        result = data.results.get(sha)
        if same[r.vendor] > 1 and result and result.terms:
            words[sha] = contract_words(result.terms, name)
    repeated, files = Counter(words.values()), {sha: name for name, sha in names}
    return {sha: w if repeated[w] == 1 else f"{w} ({files[sha]})" for sha, w in words.items()}


def _table(comparison: Comparison, names: list[tuple[str, str]]) -> None:
    pick, order = st.columns([3, 2])
    show = pick.selectbox("Show", list(SHOW), format_func=SHOW.get, key="show")
    sort = order.selectbox("Order", list(SORT), format_func=SORT.get, key="sort")
    pairs = [(n, r) for n, r in zip(names, comparison.contracts, strict=True) if _shown(r, show)]
    if sort == "cost":  # unknown costs last, then the largest first
        pairs.sort(key=lambda p: (p[1].annual_cpt_cost is None, -(p[1].annual_cpt_cost or 0)))
    differs = _differences(names, comparison.contracts)
    link = contract_links()
    rows = [_row(name, link(sha), r, differs.get(sha)) for (name, sha), r in pairs]
    rows.append(
        _row("AMA (direct license)", "", comparison.direct_row) | {"Vendor": "American Medical Association"}
    )
    if len(pairs) < len(comparison.contracts):
        st.caption(f"Showing {len(pairs)} of {len(comparison.contracts)} contracts, and the direct AMA row.")
    wide = cards.wide_only()  # on a phone, the cards below instead (pages/cards.py)
    wide.dataframe(
        pd.DataFrame(rows)[list(COLUMNS)],
        hide_index=True,
        width="stretch",
        height=table_height(len(rows)),
        column_config=COLUMNS,
        key="costs",
    )
    cards.show(rows, [sha for (_, sha), _ in pairs])
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


def _exports(key: tuple, comparison: Comparison, results: list, practice: str) -> None:
    csv_col, xlsx_col, pdf_col = st.columns(3)
    stem = f"cpt-comparison-{comparison.year}"

    def built(kind: str):
        return lambda: _file(kind, key, comparison, results, practice)

    csv_col.download_button(
        "Download CSV",
        built("csv"),
        f"{stem}.csv",
        "text/csv",
        key="csv",
        on_click=record,
        args=("export", None, "CSV"),
    )
    xlsx_col.download_button(
        "Download Excel",
        built("xlsx"),
        f"{stem}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        key="xlsx",
        on_click=record,
        args=("export", None, "Excel workbook"),
    )
    pdf_col.download_button(
        "Download PDF summary",
        built("pdf"),
        f"{stem}.pdf",
        "application/pdf",
        key="pdf",
        on_click=record,
        args=("export", None, "PDF summary"),
    )


def _attention(comparison: Comparison) -> list[dict]:
    """Each contract that needs a person's look, and why, one click from its evidence."""
    rows, link = [], contract_links()
    for r in comparison.contracts:
        why = list(r.review_reasons) if r.needs_review else []
        if r.coverage == "pass_through" and r.cpt_fee and r.annual_cpt_cost is None and not r.needs_review:
            why.append("The CPT fee cannot be costed yet: " + (r.question or "ask the vendor."))
        if r.verification and r.verification.changed:
            why.append("Changed since it was verified: " + " ".join(r.verification.changed))
        elif not r.verified:
            why.append("Nobody has checked this reading yet.")
        rows.append(
            {
                "Vendor": r.vendor or r.file,
                "Why": " ".join(why),
                "Evidence": link(r.sha256),
                "engine": r.needs_review or bool(r.verification and r.verification.changed),
            }
        )
    return [x for x in rows if x["Why"]]


def _needs_review(comparison: Comparison) -> None:
    items = _attention(comparison)
    unsure = [x for x in items if x.pop("engine")]
    with st.expander(f"Needs review ({len(items)})", expanded=bool(unsure), icon=":material/rule:"):
        if not items:
            st.success("Every reading here has been checked and signed off.")
            return
        st.caption(
            f"{len(unsure)} reading(s) the engine is unsure of or that changed since a sign-off, and "
            f"{len(items) - len(unsure)} not checked by anyone yet. Open each one, check it against "
            "the quoted words, correct it if needed, and sign it off."
        )
        st.dataframe(
            pd.DataFrame(unsure + [x for x in items if x not in unsure]),
            hide_index=True,
            width="stretch",
            height=table_height(len(items), 10),
            column_config={
                "Vendor": st.column_config.TextColumn(width=220),
                "Why": st.column_config.TextColumn(width=620),
                "Evidence": st.column_config.LinkColumn(display_text="Open", width=80),
            },
            key="needs_review",
        )


PLAN_STATUS = {
    "covered": "✔ CPT included",
    "charged": "$ Separate CPT fee",
    "left_to_practice": "! You license CPT",
    "open": "? Not known yet",
}


def _plan(comparison: Comparison) -> None:
    plan = comparison.plan
    if plan is None or not plan.lines:
        return
    st.subheader("One plan across your applications")
    a, b, c = st.columns(3)
    a.metric("CPT a year, cheapest compliant plan", money(plan.total_annual))
    b.metric("Direct AMA license for every application", money(plan.all_direct))
    c.metric("Applications you must license yourself", plan.licenses_needed)
    rows = [
        {
            "Application": kind_label(line.kind),
            "Vendor": item.vendor or item.file,
            "CPT": PLAN_STATUS[item.status],
            "CPT a year": money(item.annual_cost),
            "Direct license a year": money(item.direct_cost),
            "Choice": item.choice,
        }
        for line in plan.lines
        for item in line.items
    ]
    st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        height=table_height(len(rows)),
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
readable_count = sum(r.terms is not None for _, r in data.ordered())
profile, year, schedule, described = _scenario(readable_count)
share_box("compare")
pairs = data.ordered()
results = [r for _, r in pairs]
key, comparison = compared(data, profile, year, schedule)
readable = [(e.name, e.sha256) for e, r in pairs if r.terms is not None]
estimate = ", an estimate" if comparison.users.estimate else ""
top.caption(
    inert(
        f"For {described}: {comparison.users.users} CPT users{estimate}; fee figures: "
        f"{comparison.schedule.name}. Change them under 'Practice and fee figures' below."
    )
)
with top.container(border=True):
    st.markdown(inert(comparison.summary))
covers = sum(r.coverage == "vendor_covers" for r in comparison.contracts)
charged = [r for r in comparison.contracts if r.coverage == "pass_through"]
a, b, c = top.columns(3)
a.metric("Vendors that include CPT", f"{covers} of {len(comparison.contracts)}")
yearly, once = split_totals(charged)  # the value fits its box; what is paid once goes under it
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
_deadlines_soon(top, comparison)
_table(comparison, readable)
_needs_review(comparison)
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
by_vendor, by_markup, by_users, by_year = st.tabs(
    ["Per contract", "Royalty and markup", "Against the number of users", "Next 5 years"]
)
charts = figures(key, comparison)
with by_vendor:
    chart.show(charts.by_vendor, cost_by_vendor_rows(comparison), "chart_vendor")
if charts.by_markup is not None:
    with by_markup:
        chart.show(charts.by_markup, royalty_and_markup_rows(comparison), "chart_markup")
else:
    by_markup.info(markup.NONE_TO_SPLIT)
for line in markup.chart_note(comparison.contracts, comparison.year):
    by_markup.caption(inert(line))
asks = markup.questions(comparison.contracts)
if asks:
    by_markup.markdown("**What to ask about the markup**\n\n" + "\n".join(f"- {inert(q)}" for q in asks))
with by_users:
    chart.show(charts.by_users, cost_vs_users_rows(comparison), "chart_users")
with by_year:
    chart.show(charts.by_year, projection_rows(comparison), "chart_years")
_plan(comparison)
with st.expander("How these figures were worked out"):
    for line in comparison.direct.assumptions:
        st.text(line)
named = st.session_state.get("profile", ENTER) != ENTER  # a saved practice, else the workspace's name
practice = profile.name if named else getattr(store().catalog.workspace(workspace), "name", "")
_exports(key, comparison, results, practice)
