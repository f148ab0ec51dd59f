"""Contracts: analyze the sample contracts or your own PDFs, and see each verdict with evidence."""

from datetime import date
from pathlib import Path

import pandas as pd
import streamlit as st

from cptcompare import (
    COVERAGE_WORDS,
    AnalysisResult,
    ComparisonRow,
    Limits,
    PracticeProfile,
    ResultCache,
    Settings,
    analyze_bytes,
    compare,
    describe_fee,
    inert,
    money,
    scenarios,
    sha256_of,
)
from cptcompare.charts import cost_by_vendor, cost_vs_users, projection
from cptcompare.report import to_csv, to_pdf, to_xlsx
from pages.common import store as shared_store

SAMPLES = Path(__file__).resolve().parent.parent / "contracts"
# Symbols every common font has (the table is drawn on a canvas, without emoji fallback).
ICONS = {
    "vendor_covers": "✔",
    "pass_through": "$",
    "customer_must_license": "!",
    "not_addressed": "–",
    "unclear": "?",
}


@st.cache_resource
def _cache() -> ResultCache | None:
    settings = Settings()
    return ResultCache(settings.cache_dir) if settings.cache else None


def _password_key(data: bytes) -> str:
    return f"password_{sha256_of(data)}"


def _analyze(files: list[tuple[str, bytes]]) -> list[AnalysisResult]:
    results, limits = [], Limits()
    bar = st.progress(0.0, text="Reading contracts…")
    for i, (name, data) in enumerate(files, start=1):
        bar.progress((i - 1) / len(files), text=inert(f"Reading {name} ({i} of {len(files)})…"))
        password = st.session_state.get(_password_key(data)) or None
        results.append(analyze_bytes(data, name, limits, password=password, cache=_cache()))
    bar.empty()
    return results


def _row(r: AnalysisResult) -> dict:
    if r.terms is None:
        return {
            "Contract": r.file,
            "Vendor": "—",
            "Who pays for CPT": "× Could not be read (see below)",
            "CPT fee": "—",
            "Evidence page": "",
        }
    t = r.terms
    page = next((f.page for f in t.findings if f.field == "coverage" and f.page), None)
    return {
        "Contract": r.file,
        "Vendor": t.vendor or "(not stated)",
        "Who pays for CPT": f"{ICONS[t.coverage]} {COVERAGE_WORDS[t.coverage]}",
        "CPT fee": describe_fee(t.cpt_fee) if t.cpt_fee else "—",
        "Evidence page": str(page) if page else "",
    }


def _cost_row(r: ComparisonRow) -> dict:
    return {
        "Vendor": r.vendor or r.file,
        "Who pays for CPT": r.coverage_words,
        "Fee as stated": r.fee_stated,
        "CPT cost a year": money(r.annual_cpt_cost),
        "Direct AMA license": money(r.direct_annual_cost),
        "What to do": r.advice,
    }


def _details(r: AnalysisResult, data: bytes) -> None:
    unreadable = r.terms is None
    label = f"× {r.file}: could not be read" if unreadable else f"{r.file}: the words behind each answer"
    with st.expander(inert(label), expanded=unreadable):
        if r.terms is None:
            st.text(r.error.message if r.error else "Could not be read.")
            if r.error and r.error.code == "encrypted":
                st.text_input("Password for this PDF", type="password", key=_password_key(data))
            return
        for f in r.terms.findings:
            where = f"page {f.page}" if f.page else "not stated in the contract"
            st.text(f"{f.field}: {f.value}   ({where}, confidence {f.confidence:.0%})")
            if f.quote:
                st.text(f"    “{f.quote}”")
        for flag in r.terms.flags:
            st.text(f"⚑ {flag.label} (page {flag.page}): “{flag.quote}”")


st.title("Who pays for your CPT license?")
st.write(
    "Upload your vendor contracts (EHR, practice management, billing service, clearinghouse). "
    "For each one we find whether the vendor already covers your AMA CPT license, what it "
    "charges for it, and the page and words that say so."
)

uploads = st.file_uploader("Contract PDFs", type=["pdf"], accept_multiple_files=True, key="uploads")
samples = sorted(SAMPLES.glob("*.pdf"))
use_samples = st.toggle(f"Include the {len(samples)} sample contracts", value=not uploads, key="use_samples")

files = [(u.name, u.getvalue()) for u in uploads or []]
files += [(p.name, p.read_bytes()) for p in samples] if use_samples else []

if not files:
    st.info("Upload a contract PDF, or switch on the sample contracts to see how it works.")
    st.stop()

COLUMNS = {
    "Contract": st.column_config.TextColumn(width=200),
    "Vendor": st.column_config.TextColumn(width=210),
    "Who pays for CPT": st.column_config.TextColumn(width=260),
    "CPT fee": st.column_config.TextColumn(width=230),
    "Evidence page": st.column_config.TextColumn("Page", width=50),
}
results = _analyze(files)
table = pd.DataFrame([_row(r) for r in results])
st.dataframe(table, hide_index=True, width="stretch", column_config=COLUMNS, key="results")
st.caption(
    "Fees are as the contract states them. Open a contract below for the exact words behind each answer."
)

st.header("What CPT costs your practice")
store = shared_store()
saved_profiles, saved_schedules = store.catalog.profile_names(), store.catalog.schedule_names()
choose_profile, choose_fees = st.columns(2)
profile_name = choose_profile.selectbox(
    "Practice",
    ["Enter below", *saved_profiles],
    key="profile_choice",
    help="Practices saved on the 'Practice and AMA fees' page, with staff counted by role.",
)
fee_names = ["The AMA's figures for the year", *(s.name for s in scenarios()), *saved_schedules]
fees_name = choose_fees.selectbox("Fee figures", fee_names, key="fees_choice")
left, middle, right = st.columns(3)
year = right.number_input("Year", 2010, 2100, date.today().year, key="year")
if profile_name == "Enter below":
    providers = left.number_input(
        "Providers (physicians, NPs, PAs, therapists)", 0, 10_000, 5, key="providers"
    )
    known = middle.number_input(
        "People who use CPT or its output (0 if you don't know)",
        0,
        100_000,
        0,
        key="users",
        help="Coders, billers, front desk, nurses, managers who read reports: under the AMA's "
        "definition anyone who relies on CPT to do their job counts. Leave 0 to use the AMA's "
        "estimate of 4 per provider.",
    )
    profile = PracticeProfile(providers={"physicians": int(providers)}, users=int(known) or None)
else:
    profile = store.catalog.profile(profile_name) or PracticeProfile()
schedule = next((s for s in scenarios() if s.name == fees_name), None) or store.catalog.schedule(fees_name)
comparison = compare(results, profile, int(year), schedule=schedule)
st.markdown(inert(comparison.summary))
costs = pd.DataFrame([_cost_row(r) for r in [*comparison.contracts, comparison.direct_row]])
st.dataframe(costs, hide_index=True, width="stretch", key="costs")
by_vendor, by_users, by_year = st.tabs(["Per contract", "Against the number of users", "Next 5 years"])
by_vendor.plotly_chart(cost_by_vendor(comparison), key="chart_vendor")
by_users.plotly_chart(cost_vs_users(comparison), key="chart_users")
by_year.plotly_chart(projection(comparison), key="chart_years")
with st.expander("How these figures were worked out"):
    for line in comparison.direct.assumptions:
        st.text(line)
csv_col, xlsx_col, pdf_col = st.columns(3)
stem = f"cpt-comparison-{int(year)}"
# Exports are built when asked for, not on every rerun of the page.
csv_col.download_button("Download CSV", lambda: to_csv(comparison), f"{stem}.csv", "text/csv", key="csv")
xlsx_col.download_button(
    "Download Excel",
    lambda: to_xlsx(comparison),
    f"{stem}.xlsx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    key="xlsx",
)
pdf_col.download_button(
    "Download PDF summary", lambda: to_pdf(comparison, results), f"{stem}.pdf", "application/pdf", key="pdf"
)

st.header("The words behind each answer")
for r, (_, data) in zip(results, files, strict=True):
    _details(r, data)
