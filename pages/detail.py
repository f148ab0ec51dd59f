"""Contract detail: every term with its evidence, the page with the words highlighted,
corrections with their history, and what to ask the vendor about what the contract leaves open."""

import pandas as pd
import streamlit as st

from cptcompare import COVERAGE_WORDS, code_sets, inert
from cptcompare.errors import InputError
from cptcompare.models import AnalysisResult, ContractTerms, Finding
from cptcompare.pageimage import render
from cptcompare.questions import LABELS, QUESTIONS, not_stated, vendor_email
from cptcompare.store import Entry
from cptcompare.wording import PERIOD_WORDS, UNIT_WORDS, describe_value
from pages.common import ICONS, REVIEW_WORDS, share_box, store, view, workspace_id

ORDER = ["coverage", "cpt_fee", "vendor", "ama_notice", "code_sets", "user_definition"]
DATES = ["effective_date", "initial_term_months", "auto_renews", "renewal_term_months", "notice_days"]
UNITS = {unit: f"per {words}" for unit, words in UNIT_WORDS.items()}


@st.cache_data(max_entries=48, show_spinner="Drawing the page…")
def _page_png(sha: str, number: int, boxes: tuple, password: str | None) -> bytes:
    data = store().library.original(sha)
    return render(data, number, list(boxes), password)


def _pick(entries: list[Entry]) -> Entry:
    shas = [e.sha256 for e in entries]
    names = {e.sha256: e.name for e in entries}
    wanted = st.query_params.get("c")
    if wanted and wanted not in shas:
        st.warning(
            "The contract in that link is not in this workspace any more (it was removed, or the "
            "link is wrong). Pick one below, or look under “Removed from this workspace” on Contracts."
        )
    index = shas.index(wanted) if wanted in shas else 0
    sha = st.selectbox("Contract", shas, index=index, format_func=names.get, key=f"contract_{wanted}")
    st.query_params["c"] = sha
    return entries[shas.index(sha)]


def _findings(terms: ContractTerms) -> dict[str, Finding]:
    return {f.field: f for f in terms.findings}


def _value(terms: ContractTerms, field: str):
    if field in DATES:
        return getattr(terms.dates, field)
    value = getattr(terms, field)
    return value.model_dump(mode="json") if hasattr(value, "model_dump") else value


def _evidence(field: str, value, finding: Finding | None, corrected: bool, open_: set[str]) -> None:
    if corrected:
        st.caption("Corrected by a reviewer (see the history below).")
    if field in open_:
        st.caption("Not stated in the contract.")
        st.text(f"Ask the vendor: {QUESTIONS[field]}")
        return
    if finding is None or not finding.stated:
        st.caption(
            "Not stated in the contract."
            if value in (None, [], False)
            else "Read from the contract's wording as a whole; no single sentence to quote."
        )
        return
    where = f"Page {finding.page}" if finding.page else "No page"
    scanned = " · read from a scan by OCR" if finding.ocr else ""
    if finding.ocr and finding.ocr_confidence is not None:
        scanned += f" (words {finding.ocr_confidence:.0%} sure)"
    st.caption(f"{where} · confidence {finding.confidence:.0%}{scanned}")
    if finding.quote:
        st.text(f"“{finding.quote}”")
    if finding.page and st.button(f"Show page {finding.page}", key=f"show_{field}"):
        st.session_state["pg"] = finding.page


def _fee_input(field: str, current) -> object:
    none = st.checkbox("No separate CPT fee", value=current is None, key=f"fix_{field}_none")
    amount, unit, period = st.columns(3)
    current = current or {"amount": 0.0, "unit": "user", "period": "year"}
    value = {
        "amount": amount.number_input(
            "Amount (USD)", 0.0, 1_000_000.0, float(current["amount"]), key=f"fix_{field}_amount"
        ),
        "currency": "USD",
        "unit": unit.selectbox(
            "Unit",
            list(UNITS),
            list(UNITS).index(current.get("unit") or "user"),
            format_func=UNITS.get,
            key=f"fix_{field}_unit",
        ),
        "period": period.selectbox(
            "Period",
            list(PERIOD_WORDS),
            list(PERIOD_WORDS).index(current.get("period") or "year"),
            format_func=PERIOD_WORDS.get,
            key=f"fix_{field}_period",
        ),
    }
    return None if none else value


def _new_value(field: str, current):
    """The input that fits the field; returns the corrected value as stored (JSON-ready)."""
    if field == "coverage":
        options = list(COVERAGE_WORDS)
        return st.selectbox(
            "Who pays for CPT",
            options,
            options.index(current),
            format_func=COVERAGE_WORDS.get,
            key=f"fix_{field}",
        )
    if field == "cpt_fee":
        return _fee_input(field, current)
    if field == "ama_notice":
        return st.radio(
            "Carries the AMA notice",
            [True, False],
            0 if current else 1,
            format_func=lambda v: "yes" if v else "no",
            horizontal=True,
            key=f"fix_{field}",
        )
    if field == "code_sets":
        codes = [s["code"] for s in code_sets()]
        return st.multiselect(
            "Code sets named", codes, [c for c in current if c in codes], key=f"fix_{field}"
        )
    text = st.text_area(LABELS[field], current or "", key=f"fix_{field}", max_chars=2000)
    return text.strip() or None


def _correction_form(sha: str, field: str, current) -> None:
    with st.expander(f"Correct “{LABELS[field]}”"), st.form(f"correct_{field}", border=False):
        value = _new_value(field, current)
        who, note = st.columns([1, 2])
        reviewer = who.text_input("Your name", st.session_state.get("reviewer", ""), key=f"fix_{field}_who")
        why = note.text_input("Note (why, or where it says so)", key=f"fix_{field}_note")
        if st.form_submit_button("Save correction", type="primary"):
            if not reviewer.strip():
                st.error("Add your name so colleagues know who made the correction.")
                return
            store().library.correct(sha, field, value, why, reviewer.strip())
            st.session_state["reviewer"] = reviewer.strip()
            st.session_state["saved_fix"] = f"Saved: {LABELS[field]} is now “{describe_value(field, value)}”."
            st.rerun()


def _terms(sha: str, terms: ContractTerms, extracted: ContractTerms | None) -> None:
    found, open_ = _findings(extracted or terms), set(not_stated(terms))
    for field in ORDER:
        with st.container(border=True):
            value = _value(terms, field)
            st.markdown(f"**{LABELS[field]}**")
            st.text(describe_value(field, value))
            corrected = extracted is not None and value != _value(extracted, field)
            _evidence(field, value, found.get(field), corrected, open_)
            _correction_form(sha, field, value)
    with st.expander("Dates, term and renewal"):
        for field in DATES:
            st.text(f"{LABELS[field]}: {describe_value(field, _value(terms, field))}")
            _evidence(field, _value(terms, field), found.get(field), False, open_)
    if terms.flags or terms.code_set_fees:
        st.subheader("Clauses worth a look")
        for flag in [*terms.flags, *terms.code_set_fees]:
            st.text(f"⚑ {flag.label} (page {flag.page})")
            st.text(f"    “{flag.quote}”")


def _page_image(entry: Entry, result: AnalysisResult, terms: ContractTerms) -> None:
    pages = result.pages or 1
    first = next((f.page for f in terms.findings if f.field == "coverage" and f.page), 1)
    if st.session_state.get("pg_for") != entry.sha256:  # another contract: start at its evidence
        st.session_state["pg"], st.session_state["pg_for"] = first, entry.sha256
    st.session_state["pg"] = min(max(1, st.session_state["pg"]), pages)
    number = int(st.number_input(f"Page (of {pages})", 1, pages, key="pg"))
    boxes = tuple(f.box for f in terms.findings if f.page == number and f.box)
    password = st.session_state.get(f"password_{entry.sha256}") or store().unlocks.get(entry.sha256)
    try:
        st.image(_page_png(entry.sha256, number, boxes, password), width="stretch")
    except InputError as exc:
        st.warning(exc.message)
        return
    st.caption(
        f"Page {number}: the highlighted words are the evidence quoted on the left."
        if boxes
        else f"Page {number}: no quoted evidence on this page."
    )


def _history(sha: str) -> None:
    history = store().library.corrections(sha)
    st.subheader("Corrections")
    if not history:
        st.caption("No corrections yet. Use “Correct …” under a term when the reading is wrong.")
        return
    rows = [
        {
            "When": f"{c.created_at:%d %b %Y %H:%M}",
            "Who": c.author or "",
            "Term": LABELS.get(c.field, c.field),
            "Was": describe_value(c.field, c.old_value),
            "Now": describe_value(c.field, c.new_value),
            "Note": c.note,
            "Check": "re-check: the contract now reads differently" if c.needs_review else "",
        }
        for c in reversed(history)
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="history")


def _ask_vendor(entry: Entry, terms: ContractTerms) -> None:
    st.subheader("Ask the vendor")
    missing = not_stated(terms)
    if not missing:
        st.caption("The contract states every term we look for.")
        return
    st.write(
        f"The contract leaves {len(missing)} term(s) open. Here is an e-mail asking for them "
        "(copy it with the icon at its top right):"
    )
    st.code(vendor_email(terms, entry.name), language=None, wrap_lines=True)


workspace = workspace_id()
st.title("Contract detail")
data = view(workspace)
entries = data.entries
if not entries:
    st.info("No contracts in this workspace yet.")
    st.page_link("pages/contracts.py", label="Upload contracts", icon=":material/upload:")
    st.stop()
entry = _pick(entries)
share_box("contract", {"c": entry.sha256})
if saved := st.session_state.pop("saved_fix", None):
    st.success(inert(saved))
result = data.results.get(entry.sha256)
if result is None or result.terms is None:
    message = result.error.message if result and result.error else "It is still waiting to be read."
    st.warning(inert(f"{entry.name}: {message}"))
    st.page_link(
        "pages/contracts.py",
        label="Go to Contracts to unlock, re-read or remove it",
        icon=":material/description:",
    )
    st.stop()
terms = result.terms
extracted = store().library.result(entry.sha256)
st.subheader(
    inert(
        f"{ICONS[terms.coverage]} {terms.vendor or '(vendor not stated)'}: {COVERAGE_WORDS[terms.coverage]}"
    )
)
if terms.needs_review:
    reasons = " ".join(terms.review_reasons)
    st.warning(
        inert(f"{REVIEW_WORDS} {reasons} Check the quoted clauses below, and correct a term if it is wrong.")
    )
left, right = st.columns([5, 4], gap="large")
with left:
    _terms(entry.sha256, terms, extracted.terms if extracted else None)
with right:
    _page_image(entry, result, terms)
_history(entry.sha256)
_ask_vendor(entry, terms)
