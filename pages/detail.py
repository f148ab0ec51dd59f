"""Contract detail: every term with its evidence, the page with the words highlighted,
corrections with their history, and what to ask the vendor about what the contract leaves open."""

from datetime import date

import pandas as pd
import streamlit as st

from cptcompare import COVERAGE_WORDS, code_sets, inert
from cptcompare.applications import kind_labels
from cptcompare.errors import InputError
from cptcompare.models import AnalysisResult, ContractTerms, Finding, Verification
from cptcompare.pageimage import close_up, render
from cptcompare.questions import LABELS, QUESTIONS, contract_words, mailto, not_stated, vendor_email
from cptcompare.store import Entry
from cptcompare.wording import PERIOD_WORDS, UNIT_WORDS, describe_value
from pages.common import ICONS, REVIEW_WORDS, record, share_box, store, view, who, workspace_id

ORDER = ["coverage", "cpt_fee", "vendor", "application", "ama_notice", "code_sets", "user_definition"]
SIGN_OFF = {  # what a person confirms before "Verified", in the words of the form
    "coverage": "Who pays for CPT",
    "fee": "The CPT fee's amount",
    "unit": "What the fee is counted by, and how often",
    "vendor": "The vendor",
    "dates": "The dates, term and renewal",
    "application": "The kind of application",
}
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
        st.session_state["pg"], st.session_state["pg_field"] = finding.page, field


def _fee_input(field: str, current, prefix: str = "fix") -> object:
    none = st.checkbox("No separate CPT fee", value=current is None, key=f"{prefix}_{field}_none")
    amount, unit, period = st.columns(3)
    current = current or {"amount": 0.0, "unit": "user", "period": "year"}
    value = {
        "amount": amount.number_input(
            "Amount (USD)", 0.0, 1_000_000.0, float(current["amount"]), key=f"{prefix}_{field}_amount"
        ),
        "currency": "USD",
        "unit": unit.selectbox(
            "Unit",
            list(UNITS),
            list(UNITS).index(current.get("unit") or "user"),
            format_func=UNITS.get,
            key=f"{prefix}_{field}_unit",
        ),
        "period": period.selectbox(
            "Period",
            list(PERIOD_WORDS),
            list(PERIOD_WORDS).index(current.get("period") or "year"),
            format_func=PERIOD_WORDS.get,
            key=f"{prefix}_{field}_period",
        ),
    }
    return None if none else value


def _months(column, label: str, current, key: str, most: int = 600) -> int | None:
    """A count the contract may not state: 0 stands for 'not stated'."""
    return int(column.number_input(label, 0, most, current or 0, key=key)) or None


def _dates_input(current: dict, prefix: str) -> dict:
    """The contract's dates as a person reads them; 0 or 'not stated' where it says nothing."""
    when = date.fromisoformat(current["effective_date"]) if current.get("effective_date") else None
    start, term = st.columns(2)
    picked = start.date_input("Effective date", when, key=f"{prefix}_dates_effective", format="YYYY-MM-DD")
    months = _months(
        term,
        "Initial term (months; 0: not stated)",
        current.get("initial_term_months"),
        f"{prefix}_dates_term",
    )
    renews_col, again, notice = st.columns(3)
    choices = [None, True, False]
    renews = renews_col.selectbox(
        "Renews by itself",
        choices,
        choices.index(current.get("auto_renews")),
        format_func=lambda v: {None: "not stated", True: "yes", False: "no"}[v],
        key=f"{prefix}_dates_renews",
    )
    return {
        "effective_date": picked.isoformat() if picked else None,
        "initial_term_months": months,
        "auto_renews": renews,
        "renewal_term_months": _months(
            again, "Renewal term (months)", current.get("renewal_term_months"), f"{prefix}_dates_renewal"
        ),
        "notice_days": _months(
            notice, "Notice (days)", current.get("notice_days"), f"{prefix}_dates_notice", 3650
        ),
    }


def _new_value(field: str, current, prefix: str = "fix"):
    """The input that fits the field; returns the corrected value as stored (JSON-ready)."""
    if field == "dates":
        return _dates_input(current, prefix)
    if field == "application":
        kinds = kind_labels()
        kind = st.selectbox(
            "Application kind",
            list(kinds),
            list(kinds).index(current["kind"]),
            format_func=kinds.get,
            key=f"{prefix}_{field}",
        )
        return {"kind": kind, "page": None, "quote": None, "confidence": 1.0}
    if field == "coverage":
        options = list(COVERAGE_WORDS)
        return st.selectbox(
            "Who pays for CPT",
            options,
            options.index(current),
            format_func=COVERAGE_WORDS.get,
            key=f"{prefix}_{field}",
        )
    if field == "cpt_fee":
        return _fee_input(field, current, prefix)
    if field == "ama_notice":
        return st.radio(
            "Carries the AMA notice",
            [True, False],
            0 if current else 1,
            format_func=lambda v: "yes" if v else "no",
            horizontal=True,
            key=f"{prefix}_{field}",
        )
    if field == "code_sets":
        codes = [s["code"] for s in code_sets()]
        return st.multiselect(
            "Code sets named", codes, [c for c in current if c in codes], key=f"{prefix}_{field}"
        )
    text = st.text_area(LABELS[field], current or "", key=f"{prefix}_{field}", max_chars=2000)
    return text.strip() or None


def _correction_form(sha: str, field: str, current) -> None:
    with st.expander(f"Correct “{LABELS[field]}”"), st.form(f"correct_{field}", border=False):
        value = _new_value(field, current)
        who_col, note = st.columns([1, 2])
        reviewer = _name_input(who_col, f"fix_{field}_who")
        why = note.text_area("Note (why, or where it says so)", key=f"fix_{field}_note", height=80)
        if st.form_submit_button("Save correction", type="primary"):
            if not reviewer.strip():
                st.error("Add your name so colleagues know who made the correction.")
                return
            store().library.correct(sha, field, value, why, reviewer.strip(), workspace_id())
            st.session_state["reviewer"] = reviewer.strip()
            st.session_state["saved_fix"] = f"Saved: {LABELS[field]} is now “{describe_value(field, value)}”."
            st.rerun()


def _name_input(column, key: str) -> str:
    """'Your name', filled in with the signed-in account or the name this session typed last."""
    signed_in = st.user.get("is_logged_in", False)
    return column.text_input("Your name", who() or "", key=key, disabled=signed_in)


def _application_finding(terms: ContractTerms) -> Finding:
    app = terms.application
    stated = app.quote is not None
    return Finding(
        field="application",
        value=app.kind,
        stated=stated,
        page=app.page,
        quote=app.quote,
        confidence=app.confidence,
    )


def _terms(sha: str, terms: ContractTerms, extracted: ContractTerms | None) -> None:
    found, open_ = _findings(extracted or terms), set(not_stated(terms))
    found["application"] = _application_finding(extracted or terms)
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
    _correction_form(sha, "dates", terms.dates.model_dump(mode="json"))
    if terms.flags or terms.code_set_fees:
        st.subheader("Clauses worth a look")
        for flag in [*terms.flags, *terms.code_set_fees]:
            st.text(f"⚑ {flag.label} (page {flag.page})")
            st.text(f"    “{flag.quote}”")


def _page_image(entry: Entry, result: AnalysisResult, terms: ContractTerms, slot) -> None:
    """The page picture with its navigator; the close-up of the deciding words goes in ``slot``,
    the whole width of the page, where they read at twice the size."""
    pages = result.pages or 1
    first = next((f.page for f in terms.findings if f.field == "coverage" and f.page), 1)
    if st.session_state.get("pg_for") != entry.sha256:  # another contract: start at its evidence
        st.session_state["pg"], st.session_state["pg_for"] = first, entry.sha256
    st.session_state["pg"] = min(max(1, st.session_state["pg"]), pages)
    number = int(st.number_input(f"Page (of {pages})", 1, pages, key="pg"))
    boxes = tuple(f.box for f in terms.findings if f.page == number and f.box)
    password = st.session_state.get(f"password_{entry.sha256}") or store().unlocks.get(entry.sha256)
    try:
        png = _page_png(entry.sha256, number, boxes, password)
    except InputError as exc:
        st.warning(exc.message)
        return
    near = close_up(png, [_closest(terms, number)] if boxes else [])
    if near is not None:
        slot.caption(f"Page {number}, close up (the whole page is on the right, below):")
        slot.image(near, width="stretch", alt=f"Page {number}, close up: the words behind the answer, boxed")
    if st.button("Open the page full size", icon=":material/zoom_in:", key="full_page"):
        _full_page(png, number)
    st.image(png, width="stretch", alt=f"Page {number} of the contract, the quoted evidence highlighted")
    st.caption(
        f"Page {number}, whole: the highlighted words are the evidence quoted on the left."
        if boxes
        else f"Page {number}: no quoted evidence on this page."
    )
    st.download_button(
        "Download this page (PNG)", png, f"page-{number}.png", "image/png", key="page_png", on_click="ignore"
    )


def _closest(terms: ContractTerms, number: int):
    """The words to show close up on this page: those of the term last asked for ("Show page"),
    else the verdict's, else the fee's, else the first highlighted."""
    on_page = [f for f in terms.findings if f.page == number and f.box]
    for field in (st.session_state.get("pg_field"), "coverage", "cpt_fee"):
        found = next((f.box for f in on_page if f.field == field), None)
        if found is not None:
            return found
    return on_page[0].box


@st.dialog("The page, full size", width="large")
def _full_page(png: bytes, number: int) -> None:
    st.caption(f"Page {number}. Scroll to read it; close with Esc or the ×.")
    st.image(png, alt=f"Page {number} of the contract, full size")


def _status(state: Verification | None) -> None:
    """Verified (by whom, when) or to review, at the top of the contract."""
    if state is None:
        return
    if state.state == "verified":
        st.success(inert(state.words), icon=":material/verified:")
    else:
        st.info(inert(state.words), icon=":material/rule:")


def _sign_off(sha: str, terms: ContractTerms, state: Verification | None) -> None:
    """Per term: confirm it is right as shown (or correct it above first), then sign off."""
    done = state is not None and state.state == "verified"
    title = "Check and sign off" + (" (verified)" if done else "")
    with st.expander(title, expanded=not done), st.form(f"sign_off_{sha}", border=False):
        st.caption(
            "Tick each term once you have checked it against the contract (the quotes and the page "
            "picture). Correct a term above first if it is wrong. Verified readings are marked on "
            "Compare and in the exports."
        )
        ticks = {
            key: st.checkbox(words, value=done, key=f"ok_{key}_{sha}") for key, words in SIGN_OFF.items()
        }
        name = _name_input(st, f"sign_off_who_{sha}")
        if st.form_submit_button("Verify this contract", type="primary"):
            missing = [SIGN_OFF[k] for k, ticked in ticks.items() if not ticked]
            if missing:
                st.error("Tick every term you checked first. Not ticked: " + "; ".join(missing) + ".")
                return
            if not name.strip():
                st.error("Add your name so colleagues know who checked it.")
                return
            store().verifications.verify(sha, terms, name.strip(), workspace_id())
            st.session_state["reviewer"] = name.strip()  # the status at the top now says it
            st.rerun()


def _events(sha: str) -> None:
    events = store().history.events(sha=sha)
    st.subheader("History of this contract")
    if not events:
        st.caption("Nothing recorded yet.")
        return
    rows = [
        {
            "When": f"{e.created_at:%d %b %Y %H:%M}",
            "Who": e.who or "",
            "What": e.action_words,
            "Detail": e.detail,
        }
        for e in events
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="contract_events")
    st.page_link("pages/history.py", label="The workspace's whole history", icon=":material/history:")


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


def _practice_name(workspace: str) -> str:
    """The practice's name from the workspace's saved profile, else 'our practice'."""
    space = store().catalog.workspace(workspace)
    profile = store().catalog.profile(space.profile_name) if space and space.profile_name else None
    return profile.name if profile and profile.name != "My practice" else "our practice"


def _asked(sha: str) -> None:
    sent = store().history.events(sha=sha, actions=["asked"])
    if sent:
        last = sent[0]
        st.caption(inert(f"Question sent on {last.created_at:%d %b %Y} by {last.who or 'someone'}."))


def _answer_form(sha: str, terms: ContractTerms, missing: list[str]) -> None:
    """The vendor's answer, kept as a correction with the answer as its note."""
    fields = [f for f in ORDER if f in missing or f in ("coverage", "cpt_fee")]
    with st.expander("Record the vendor's answer"):
        field = st.selectbox(
            "Which term did they answer?", fields, format_func=LABELS.get, key=f"answer_field_{sha}"
        )
        with st.form(f"answer_{sha}", border=False):
            value = _new_value(field, _value(terms, field), "answer")
            answer = st.text_area("Their answer, in their words", key=f"answer_text_{sha}", height=100)
            name = _name_input(st, f"answer_who_{sha}")
            if st.form_submit_button("Save the answer", type="primary"):
                if not answer.strip() or not name.strip():
                    st.error(
                        "Paste the vendor's answer and add your name, so colleagues see where it came from."
                    )
                    return
                note = f"Vendor's answer: {answer.strip()}"
                store().library.correct(sha, field, value, note, name.strip(), workspace_id())
                st.session_state["reviewer"] = name.strip()
                st.session_state["saved_fix"] = (
                    f"Saved the vendor's answer: {LABELS[field]} is now “{describe_value(field, value)}”."
                )
                st.rerun()


def _ask_vendor(entry: Entry, terms: ContractTerms, workspace: str) -> None:
    st.subheader("Ask the vendor")
    missing = not_stated(terms)
    if not missing:
        st.caption("The contract states every term we look for.")
        return
    contract, practice = contract_words(terms, entry.name), _practice_name(workspace)
    st.write(
        f"The contract leaves {len(missing)} term(s) open. Here is an e-mail asking for them "
        "(copy it with the icon at its top right, or open it in your mail program):"
    )
    st.code(vendor_email(terms, contract, practice), language=None, wrap_lines=True)
    mail, sent = st.columns(2)
    mail.link_button("Open in your mail program", mailto(terms, contract, practice), icon=":material/mail:")
    if sent.button("I sent it: note today's date", key=f"sent_{entry.sha256}"):
        record(
            "asked",
            entry.sha256,
            f"Asked {terms.vendor or 'the vendor'} about: " + ", ".join(LABELS[f] for f in missing),
        )
        st.session_state["saved_fix"] = "Noted: the question was sent today."
        st.rerun()
    _asked(entry.sha256)
    _answer_form(entry.sha256, terms, missing)


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
state = data.states.get(entry.sha256)
_status(state)
close_up_slot = st.container()
left, right = st.columns([1, 1], gap="large")
with left:
    _terms(entry.sha256, terms, extracted.terms if extracted else None)
    _sign_off(entry.sha256, terms, state)
with right:
    _page_image(entry, result, terms, close_up_slot)
_history(entry.sha256)
_events(entry.sha256)
_ask_vendor(entry, terms, workspace)
