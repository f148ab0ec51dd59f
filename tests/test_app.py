"""Every page, run by Streamlit's AppTest against a real database in a fresh data folder: the
first start fills a sample workspace; Compare, Contracts, Contract detail and Practice, with
their happy and error paths, driven through keyed widgets."""

import time

import pytest
import streamlit as st
from sqlalchemy import text
from streamlit.testing.v1 import AppTest

from cptcompare import FeeSchedule, PracticeProfile, Settings, open_store

from .helpers import CONTRACTS, ROOT, labels
from .pdfgen import pdf_from_text
from .store_workers import _reading

PROTECTED = "ashgrove_billing_terms_protected.pdf"
FIGURES = "The figures in this chart"


@pytest.fixture(scope="module")
def _app_data(tmp_path_factory):
    """One data folder for the module, so the samples are read once; the app's cached store
    must then point at it, not at another module's folder."""
    st.cache_resource.clear()
    st.cache_data.clear()
    yield tmp_path_factory.mktemp("app-data")
    from pages.common import readers

    readers().stop()  # this module's readers; the next module's app gets its own
    st.cache_resource.clear()


@pytest.fixture(autouse=True)
def _data_dir(_app_data, monkeypatch):
    monkeypatch.setenv("CPTCOMPARE_DATA_DIR", str(_app_data))
    monkeypatch.setenv("STREAMLIT_CLIENT_SHOW_ERROR_DETAILS", "full")  # a failing test shows why


def plain(text: str) -> str:
    """Inert text as the reader sees it (Markdown escapes removed)."""
    return text.replace("\\", "")


def _store():
    return open_store(Settings())


def _workspace(name: str = "Sample practice") -> str:
    store = _store()
    try:
        return store.catalog.workspace_named(name).id
    finally:
        store.close()


def _all_read(seconds: float = 240) -> None:
    """Wait until the server's readers have read everything queued."""
    store = _store()
    end = time.monotonic() + seconds
    try:
        while store.library.pending() or _reading(store):
            assert time.monotonic() < end, "the readers did not finish"
            time.sleep(0.2)
    finally:
        store.close()


def _app(page: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    for key, value in params.items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    return at.run()


def _sha(name: str) -> str:
    from cptcompare import sha256_of

    return sha256_of((CONTRACTS / name).read_bytes())


def _costs(at: AppTest):
    return at.dataframe[0].value.set_index("Vendor")


# --- Compare ----------------------------------------------------------------------------------


def test_first_start_reads_the_samples_into_a_workspace():
    at = _app()
    assert not at.exception
    assert "Reading" in at.sidebar.get("progress")[0].proto.text  # the sidebar says how far
    _all_read()
    at = _app()  # (AppTest drops app.py's sidebar on a second run of one session: a fresh one)
    readable = [n for n, c in labels().items() if c["status"] == "ok" and not c["password"]]
    assert sorted(at.dataframe[0].value["Contract"][:-1]) == sorted(readable)
    row = _costs(at).loc["Bluepeak Health Systems, Inc."]
    assert row["Who pays for CPT"].startswith("✔ ")  # an icon and words, never colour alone
    assert "covers CPT" in row["Who pays for CPT"]
    assert at.query_params["w"] == _workspace()


def test_headline_and_direct_row_follow_the_scenario():
    at = _app(w=_workspace())
    at.number_input(key="providers").set_value(5).run()
    at.number_input(key="year").set_value(2026).run()
    assert not at.exception
    costs = _costs(at)
    assert costs.loc["American Medical Association", "Direct AMA license"] == "$452.50"
    assert costs.loc["Greenfield Clinical Cloud, Inc.", "CPT cost a year"] == "$372.00"
    headline = at.markdown[0].value.replace("\\", "")
    assert "A direct AMA license for your 20 users would cost $452.50 a year per application." in headline
    at.number_input(key="users").set_value(10).run()
    assert _costs(at).loc["American Medical Association", "Direct AMA license"] == "$267.50"


def test_scenario_comes_from_the_link():
    at = _app(w=_workspace(), providers="8", users="40", year="2024")
    assert not at.exception
    assert (
        _costs(at).loc["American Medical Association", "Direct AMA license"] == "$802.50"
    )  # 82.50 + 18 x 40


def test_saved_practice_and_fee_figures_drive_the_costs():
    store = _store()
    store.catalog.save_profile("Big group", PracticeProfile(providers={"physicians": 10}))
    store.catalog.save_schedule(FeeSchedule(name="Phone quote", entity_fee=100, per_user=20))
    store.close()
    at = _app(w=_workspace())
    at.selectbox(key="profile").select("Big group").run()
    at.selectbox(key="fees").select("Phone quote").run()
    assert not at.exception
    assert _costs(at).loc["American Medical Association", "Direct AMA license"] == "$900.00"  # 100 + 20 x 40


def test_unreadable_file_is_listed_with_its_message():
    at = _app(w=_workspace())
    assert any(PROTECTED in plain(w.value) and "password" in w.value for w in at.warning)
    links = [link.proto.label for link in at.get("page_link")]
    assert "Enter the password on the Contracts page" in links  # it says where


def test_exports_charts_and_share_link_are_offered():
    workspace = _workspace()
    at = _app(w=workspace)
    assert [b.label for b in at.get("download_button")] == [
        "Download CSV",
        "Download Excel",
        "Download PDF summary",
    ]
    picker = at.segmented_control(key="chart")
    assert picker.options == [
        "Per contract",
        "Royalty and markup",
        "Against the number of users",
        "Next 5 years",
    ]
    assert picker.value == "vendor" and len(at.get("plotly_chart")) == 1  # only the chart picked is drawn
    for name in ("markup", "users", "years", "vendor"):
        at.segmented_control(key="chart").set_value(name).run()
        assert not at.exception
        charts = at.get("plotly_chart")
        assert len(charts) == 1 and charts[0].proto.id.endswith(f"chart_{name}")  # each with its figures
        assert FIGURES in [e.label for e in at.expander]
    link = at.sidebar.code[0].value
    assert f"/?w={workspace}" in link and "providers=" in link


def test_empty_workspace_offers_the_samples_in_one_click():
    store = _store()
    north = store.catalog.create_workspace("North clinic").id
    store.close()
    at = _app(w=north)
    assert not at.exception
    assert "no contracts yet" in at.info[0].value
    at.button(key="add_samples").click().run()
    assert not at.exception
    assert len(at.dataframe[0].value) > 10
    store = _store()
    assert len(store.catalog.contracts_in(north)) == len(list(CONTRACTS.glob("*.pdf")))
    store.close()


def test_link_to_a_deleted_workspace_says_so():
    at = _app(w="no-such-workspace")
    assert not at.exception
    assert "no longer exists" in at.sidebar.warning[0].value
    assert at.query_params["w"] != "no-such-workspace"


# --- Contracts --------------------------------------------------------------------------------


def test_library_lists_every_contract_with_its_status():
    at = _app("pages/contracts.py", w=_workspace())
    assert not at.exception
    table = at.dataframe[0].value.set_index("Contract")
    assert len(table) == len(labels())
    assert table.loc["bluepeak_ehr_msa.pdf", "Status"] == "✔ Read"
    assert table.loc[PROTECTED, "Status"] == "× Needs its password"


def test_upload_names_duplicates_and_bad_files():
    at = _app("pages/contracts.py", w=_workspace())
    good = pdf_from_text("Acme Health IT, Inc. includes the AMA CPT license in its subscription fees.")
    at.file_uploader[0].set_value(
        [
            ("acme.pdf", good, "application/pdf"),
            ("bluepeak copy.pdf", (CONTRACTS / "bluepeak_ehr_msa.pdf").read_bytes(), "application/pdf"),
            ("broken.pdf", b"this is not a PDF at all", "application/pdf"),
        ]
    ).run()
    assert not at.exception
    assert "acme.pdf: queued for reading" in plain(at.success[0].value)
    assert "already uploaded on" in at.info[0].value and "as bluepeak_ehr_msa.pdf" in plain(at.info[0].value)
    assert "broken.pdf" in plain(at.error[0].value) and "Nothing was saved" in plain(at.error[0].value)
    names = list(at.dataframe[0].value["Contract"])
    assert "acme.pdf" in names and "broken.pdf" not in names
    _all_read()
    table = _app("pages/contracts.py", w=_workspace()).dataframe[0].value.set_index("Contract")
    assert table.loc["acme.pdf", "Status"] == "✔ Read"


def test_password_unlocks_a_protected_contract():
    at = _app("pages/contracts.py", w=_workspace())
    at.text_input(key=f"password_{_sha(PROTECTED)}").input("wrong")
    at.form_submit_button[0].click().run()
    assert "did not open it" in at.error[0].value
    at.text_input(key=f"password_{_sha(PROTECTED)}").input("practice2026")
    at.form_submit_button[0].click().run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("Contract")
    assert table.loc[PROTECTED, "Vendor"] == "Ashgrove Medical Billing Co."
    assert any(f"Unlocked and read: {PROTECTED}" in plain(m.value) for m in at.success)  # it says so


def test_removed_contract_can_be_put_back():
    workspace, sha = _workspace(), _sha("tidewater_clearinghouse_icd_hcpcs.pdf")
    store = _store()
    store.catalog.remove_from_workspace(workspace, sha)
    store.close()
    at = _app("pages/contracts.py", w=workspace)
    assert "tidewater_clearinghouse_icd_hcpcs.pdf" not in list(at.dataframe[0].value["Contract"])
    at.button(key=f"restore_{sha}").click().run()
    assert "tidewater_clearinghouse_icd_hcpcs.pdf" in list(at.dataframe[0].value["Contract"])


# --- Contract detail --------------------------------------------------------------------------


def test_detail_shows_evidence_and_the_page_image():
    sha = _sha("greenfield_per_user_month.pdf")
    at = _app("pages/detail.py", w=_workspace(), c=sha)
    assert not at.exception
    texts = [t.value for t in at.text]
    assert "$1.55 per user a month" in texts
    assert any("USD 1.55/user/month" in t for t in texts)  # the contract's own words
    assert len(at.image) == 2  # a close-up of the highlighted words, then the whole page
    assert any(c.value.startswith("Page 1, close up") for c in at.caption)
    assert [b.label for b in at.get("download_button")] == ["Download this page (PNG)"]


def test_evidence_from_a_scan_says_it_was_read_by_ocr():
    at = _app("pages/detail.py", w=_workspace(), c=_sha("scanned_meridian_pm_agreement.pdf"))
    assert not at.exception
    assert "$20.00 per provider a year" in [t.value for t in at.text]
    assert any("read from a scan by OCR" in c.value for c in at.caption)
    assert len(at.image) == 2  # the scan's words are highlighted too: close-up and page


def test_correction_is_kept_with_its_history():
    sha = _sha("lakemont_eligibility_unclear.pdf")
    at = _app("pages/detail.py", w=_workspace(), c=sha)
    at.selectbox(key="fix_coverage").select("pass_through")
    at.form_submit_button(key="FormSubmitter:correct_coverage-Save correction").click().run()
    assert "Add your name" in at.error[0].value  # a correction needs a reviewer
    at.selectbox(key="fix_coverage").select("pass_through")
    at.text_input(key="fix_coverage_who").input("Dana (practice manager)")
    at.text_area(key="fix_coverage_note").input("Amendment 2 sets a CPT fee")
    at.form_submit_button(key="FormSubmitter:correct_coverage-Save correction").click().run()
    assert not at.exception
    again = _app("pages/detail.py", w=_workspace(), c=sha)  # a fresh session: it was kept
    history = again.dataframe[0].value
    assert history.loc[0, "Who"] == "Dana (practice manager)"
    assert history.loc[0, "Now"] == "Vendor charges a separate CPT fee"
    assert "Vendor charges a separate CPT fee" in [t.value for t in again.text]


def test_unstated_terms_get_questions_and_an_email():
    at = _app("pages/detail.py", w=_workspace(), c=_sha("pinecrest_telehealth_no_codes.pdf"))
    assert not at.exception
    email = at.code[0].value
    assert email.startswith("Subject: CPT licensing terms") and "AMA license" in email


# --- Practice ---------------------------------------------------------------------------------


def test_practice_page_counts_users_by_the_proxy_then_by_role():
    at = _app("pages/practice.py", w=_workspace())
    assert not at.exception
    assert at.metric[0].value == "20 (estimate)"  # 5 physicians x 4
    at.toggle(key="know_staff").set_value(True).run()
    at.number_input(key="staff_coders").set_value(2).run()
    at.number_input(key="staff_other_staff").set_value(3).run()
    assert at.metric[0].value == "7"  # 5 physicians + 2 coders; the 3 others do not count
    at.checkbox(key="counts_coders").uncheck().run()
    assert at.metric[0].value == "5"
    reasons = " ".join(c.value for c in at.caption)
    assert "AMA definition (a)" in reasons and "(c)" in reasons


def test_practice_page_saves_a_profile_and_own_fee_figures():
    at = _app("pages/practice.py", w=_workspace())
    at.text_input(key="profile_name").input("North clinic")
    at.button(key="FormSubmitter:save_profile-Save practice profile").click().run()
    assert not at.exception and "Saved" in at.success[0].value
    at.text_input(key="schedule_name").input("Quoted by phone")
    at.number_input(key="per_user").set_value(21.0)
    at.button(key="FormSubmitter:own_schedule-Save these figures").click().run()
    assert "Quoted by phone" in at.main.caption[-1].value
    fees = at.dataframe[0].value
    assert "$452.50" not in fees.to_string() and "$18.50" in fees.to_string()
    assert len(at.dataframe[1].value) == 9  # the code-set guide


# --- Sign-in ----------------------------------------------------------------------------------


def test_configured_sign_in_is_required_before_anything_shows():
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.secrets["auth"] = {
        "redirect_uri": "http://localhost:8501/oauth2callback",
        "cookie_secret": "test-only-secret",
        "client_id": "cptcompare",
        "client_secret": "test-only",
        "server_metadata_url": "https://login.example.org/.well-known/openid-configuration",
    }
    at.secrets["access"] = {"allowed": ["@practice.org"]}
    at.run()
    assert not at.exception
    assert at.button(key="sign_in").label == "Sign in"
    assert not at.dataframe  # no contract data before sign-in


# --- Regressions (issue 12) -------------------------------------------------------------------


def test_shared_compare_link_opens_the_home_page_not_page_not_found():
    at = _app(w=_workspace())
    link = at.sidebar.code[0].value
    assert "/compare" not in link and "/?w=" in link  # the home page lives at /


def test_link_to_a_missing_contract_says_so():
    at = _app("pages/detail.py", w=_workspace(), c="no-such-contract")
    assert not at.exception
    assert any("not in this workspace any more" in w.value for w in at.warning)


def test_unlocked_contract_shows_its_page_to_colleagues_without_a_clear_password():
    sha = _sha(PROTECTED)
    store = _store()
    store.library.run(sha, password="practice2026")  # unlocked once (the Contracts form does this)
    store.close()
    colleague = _app("pages/detail.py", w=_workspace(), c=sha)  # a fresh session: no password typed
    assert not colleague.exception
    assert len(colleague.image) == 2  # the close-up and the whole page
    store = _store()
    with store.engine.connect() as conn:
        kept = conn.execute(text("SELECT token FROM unlocks")).scalars().all()
    store.close()
    assert kept and all("practice2026" not in t for t in kept)


def test_put_back_clears_the_undo_notice():
    workspace, sha = _workspace(), _sha("pinecrest_telehealth_no_codes.pdf")
    store = _store()
    store.catalog.remove_from_workspace(workspace, sha)
    store.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=240)
    at.query_params["w"] = workspace
    at.switch_page("pages/contracts.py")
    at.session_state["removed"] = [(sha, "pinecrest_telehealth_no_codes.pdf")]
    at.run()
    assert any("Removed from this workspace" in i.value for i in at.info)
    at.button(key=f"restore_{sha}").click().run()
    assert not any("Removed from this workspace" in i.value for i in at.info)


def test_practice_page_keeps_figures_across_pages_and_loads_a_saved_practice():
    at = _app("pages/practice.py", w=_workspace())
    at.number_input(key="providers_physicians").set_value(7).run()
    at.switch_page("pages/compare.py").run()
    at.switch_page("pages/practice.py").run()
    assert at.number_input(key="providers_physicians").value == 7  # kept
    assert at.metric[0].value == "28 (estimate)"
    store = _store()
    store.catalog.save_profile("Loadable", PracticeProfile(providers={"physicians": 2}, locations=3))
    store.close()
    at = _app("pages/practice.py", w=_workspace())
    at.selectbox(key="load_profile_name").select("Loadable")
    at.button(key="load_profile").click().run()
    assert at.number_input(key="providers_physicians").value == 2
    assert at.number_input(key="locations").value == 3
    assert at.text_input(key="profile_name").value == "Loadable"


def test_comparison_asks_how_many_applications_use_cpt():
    at = _app(w=_workspace())
    readable = sum(1 for c in labels().values() if c["status"] == "ok" and not c["password"])
    assert at.number_input(key="applications").value >= readable  # one per contract read
    at.number_input(key="applications").set_value(3).run()
    assert not at.exception
    direct = at.metric[2]
    assert "3 application" in direct.label


# --- Review, sign-off, plan and history (issue 13) ---------------------------------------------


def _frame_with(at: AppTest, column: str):
    return next(d.value for d in at.dataframe if column in d.value.columns)


def test_verifying_a_contract_marks_it_on_compare_and_in_the_exports():
    workspace, sha = _workspace(), _sha("bluepeak_ehr_msa.pdf")
    at = _app("pages/detail.py", w=workspace, c=sha)
    assert any("To review" in i.value for i in at.info)
    submit = f"FormSubmitter:sign_off_{sha}-Verify this contract"
    at.text_input(key=f"sign_off_who_{sha}").input("Dana (practice manager)")
    at.form_submit_button(key=submit).click().run()
    assert "Tick every term you checked first" in at.error[0].value  # nothing ticked: not verified
    for key in ("coverage", "fee", "unit", "vendor", "dates", "application"):
        at.checkbox(key=f"ok_{key}_{sha}").check()
    at.text_input(key=f"sign_off_who_{sha}").input("Dana (practice manager)")
    at.form_submit_button(key=submit).click().run()
    assert not at.exception
    assert any(plain(s.value).startswith("Verified by Dana (practice manager) on ") for s in at.success)
    compare_page = _app(w=workspace)
    checked = _costs(compare_page).loc["Bluepeak Health Systems, Inc.", "Checked"]
    assert checked.startswith("✔ Verified by Dana (practice manager) on ")
    assert _costs(compare_page).loc["Greenfield Clinical Cloud, Inc.", "Checked"] == "To review"
    from cptcompare import compare
    from cptcompare.report import to_csv

    store = _store()  # the CSV the page offers is built from the same comparison
    try:
        entries = store.views.entries(workspace)
        results = store.views.results(entries)
        states = store.verifications.states({s: r.terms for s, r in results.items() if r.terms})
    finally:
        store.close()
    csv_text = to_csv(compare(list(results.values()), PracticeProfile(), verifications=states)).decode()
    line = next(x for x in csv_text.splitlines() if "Bluepeak Health" in x)
    assert "Verified by Dana (practice manager) on " in line


def test_a_correction_after_sign_off_returns_the_contract_to_review_on_compare():
    workspace, sha = _workspace(), _sha("bluepeak_ehr_msa.pdf")
    store = _store()
    store.library.correct(sha, "coverage", "unclear", "checking the amendment", "Lee")
    store.close()
    costs = _costs(_app(w=workspace))
    assert costs.loc["Bluepeak Health Systems, Inc.", "Checked"] == "To review (changed since verified)"
    detail = _app("pages/detail.py", w=workspace, c=sha)
    words = plain(detail.info[0].value)
    assert "Who pays for CPT was “Vendor covers CPT in its price” when verified" in words
    store = _store()
    store.library.correct(sha, "coverage", "vendor_covers", "amendment checked: it does", "Lee")
    store.close()
    assert _costs(_app(w=workspace)).loc["Bluepeak Health Systems, Inc.", "Checked"].startswith("✔ Verified")


def test_needs_review_lists_what_the_engine_is_unsure_of_and_what_nobody_checked():
    at = _app(w=_workspace())
    assert not at.exception
    review = _frame_with(at, "Why").set_index("Vendor")
    assert "Bluepeak Health Systems, Inc." not in review.index  # verified: nothing to review
    assert "Nobody has checked this reading yet." in review.loc["Greenfield Clinical Cloud, Inc.", "Why"]
    unsure = [why for why in review["Why"] if "Other clauses point to a different answer" in why]
    assert len(unsure) == 2, "readings the engine is unsure of are listed with the reason"
    assert list(review["Why"]).index(unsure[0]) == 0  # and they come first
    assert all("/contract?" in link and "c=" in link for link in review["Evidence"])  # one click away


def test_the_plan_across_applications_is_on_compare():
    at = _app(w=_workspace())
    plan = _frame_with(at, "Choice")
    kinds = dict(zip(plan["Vendor"], plan["Application"], strict=True))
    assert kinds["Bluepeak Health Systems, Inc."] == "EHR"
    assert kinds["Tidewater Claims Network, Inc."] == "Clearinghouse"
    assert kinds["Meridian Practice Solutions LLC"] == "Practice management"
    assert any(t.value.startswith("The cheapest compliant plan costs ") for t in at.text)


def test_the_application_kind_can_be_corrected_on_the_contract_page():
    workspace, sha = _workspace(), _sha("juniper_one_time_fee.pdf")
    at = _app("pages/detail.py", w=workspace, c=sha)
    at.selectbox(key="fix_application").select("practice_management")
    at.text_input(key="fix_application_who").input("Lee")
    at.form_submit_button(key="FormSubmitter:correct_application-Save correction").click().run()
    assert not at.exception
    plan = _frame_with(_app(w=workspace), "Choice")
    row = plan[plan["Vendor"] == "Juniper Ridge Medical Software, Inc."]
    assert list(row["Application"]) == ["Practice management"]


def test_history_shows_who_did_what_and_filters_by_action():
    at = _app("pages/history.py", w=_workspace())
    assert not at.exception
    events = _frame_with(at, "What")
    assert {"Uploaded", "Verified", "Corrected"} <= set(events["What"])
    verified = events[events["What"] == "Verified"]
    assert list(verified["Who"]) == ["Dana (practice manager)"]
    assert list(verified["Contract"]) == ["bluepeak_ehr_msa.pdf"]
    at.multiselect(key="history_actions").select("correct").run()
    assert set(_frame_with(at, "What")["What"]) == {"Corrected"}
    assert [b.label for b in at.get("download_button")] == ["Download as CSV"]


def test_compare_filters_who_charges_us_and_sorts_by_cost():
    at = _app(w=_workspace())
    at.selectbox(key="show").select("charges").run()
    costs = at.dataframe[0].value
    contracts = costs[costs["Vendor"] != "American Medical Association"]
    assert len(contracts) and all(w.startswith("$ ") for w in contracts["Who pays for CPT"])
    assert costs["Vendor"].iloc[-1] == "American Medical Association"  # the direct row stays
    at.selectbox(key="sort").select("cost").run()
    shown = at.dataframe[0].value["CPT cost a year"][:-1]
    dollars = [float(c.split()[0].strip("$").replace(",", "")) for c in shown if c != "unknown"]
    assert dollars == sorted(dollars, reverse=True)
    assert list(at.dataframe[0].value.columns[:5]) == [
        "Vendor",
        "Who pays for CPT",
        "CPT cost a year",
        "Difference",
        "What to do",
    ]


def test_the_dates_can_be_corrected_and_the_history_says_how():
    workspace, sha = _workspace(), _sha("oakhaven_customer_license.pdf")
    at = _app("pages/detail.py", w=workspace, c=sha)
    at.number_input(key="fix_dates_notice").set_value(45)
    at.number_input(key="fix_dates_renewal").set_value(12)
    at.selectbox(key="fix_dates_renews").select(True)
    at.text_input(key="fix_dates_who").input("Lee")
    at.form_submit_button(key="FormSubmitter:correct_dates-Save correction").click().run()
    assert not at.exception
    store = _store()
    try:
        dates = store.library.effective_terms(sha).dates
        events = store.history.events(sha=sha, actions=["correct"])
    finally:
        store.close()
    assert (dates.notice_days, dates.renewal_term_months, dates.auto_renews) == (45, 12, True)
    assert "renews by itself; renewing for 12 months; 45 days' notice" in events[0].detail


def test_contracts_of_the_same_vendor_say_how_they_differ():
    vendors = list(_app(w=_workspace()).dataframe[0].value["Vendor"])
    meridian = [v for v in vendors if v.startswith("Meridian Practice Solutions LLC · ")]
    assert len(meridian) >= 2 and len(set(meridian)) == len(meridian)
    assert "Bluepeak Health Systems, Inc." in vendors  # a vendor with one contract is just its name


# --- at scale ---------------------------------------------------------------------------------


def test_a_rerun_with_nothing_changed_works_nothing_out_again(monkeypatch):
    """Compare draws from what it worked out before (the comparison, its tables and the charts
    shown) until the workspace or the figures change: then once more, and only then; a chart is
    drawn when first picked, never on a rerun, and one nobody picks is never drawn."""
    import pages.common
    import pages.rows

    calls = []

    def counted(name, func):
        def call(*args, **kwargs):
            calls.append(name)
            return func(*args, **kwargs)

        return call

    monkeypatch.setattr(pages.common, "compare", counted("compare", pages.common.compare))
    for name, (draw, rows) in pages.common.CHARTS.items():
        monkeypatch.setitem(pages.common.CHARTS, name, (counted(name, draw), counted(f"{name} rows", rows)))
    for name in ("_row", "_why"):  # each contract's table row and its "Needs review" reasons
        monkeypatch.setattr(pages.rows, name, counted(name, getattr(pages.rows, name)))
    at = _app(w=_workspace())
    at.number_input(key="providers").set_value(13).run()  # figures no other test uses
    assert not at.exception
    assert sorted(set(calls)) == ["_row", "_why", "compare", "vendor", "vendor rows"]
    calls.clear()
    at.run()
    at.run()
    assert calls == []
    at.segmented_control(key="chart").set_value("users").run()
    assert calls == ["users", "users rows"]  # the chart picked, drawn once
    calls.clear()
    at.segmented_control(key="chart").set_value("vendor").run()
    at.run()
    assert calls == []
    at.number_input(key="providers").set_value(14).run()
    assert sorted(set(calls)) == ["_row", "_why", "compare", "vendor", "vendor rows"]


def test_each_contract_links_to_its_own_evidence():
    workspace = _workspace()
    at = _app(w=workspace, providers="6")
    names = dict(zip(at.dataframe[0].value["Contract"], at.dataframe[0].value["Evidence"], strict=True))
    sha = _sha("meridian_pm_agreement.pdf")
    link = names["meridian_pm_agreement.pdf"]
    assert f"/contract?w={workspace}" in link and "providers=6" in link and link.endswith(f"&c={sha}")
    assert names["AMA (direct license)"] == ""


def test_a_workspace_of_more_than_a_thousand_contracts_opens_on_compare():
    """2,000 contracts once broke Compare: the applications default (one per contract) was over
    the box's maximum of 1,000."""
    store = _store()
    big = store.catalog.create_workspace("Billing group").id
    sample = _sha("meridian_pm_agreement.pdf")
    kept = store.library.result(sample).model_dump_json()
    data = (CONTRACTS / "meridian_pm_agreement.pdf").read_bytes()
    with store.engine.begin() as conn:
        for i in range(1_001):
            stored = store.library.add_in(conn, data + f"\n% copy {i}\n".encode(), f"{i}.pdf", workspace=big)
            store.catalog.add_in(conn, big, stored.sha256)
            conn.execute(
                text("UPDATE analyses SET status = 'ok', result = :r WHERE sha256 = :s"),
                {"r": kept.replace(sample, stored.sha256), "s": stored.sha256},
            )
    store.close()
    at = _app(w=big)
    assert not at.exception
    assert at.number_input(key="applications").value == 1_001
    assert len(at.dataframe[0].value) == 1_002


# --- A phone (issue 14) -----------------------------------------------------------------------


def _cards(at: AppTest, start: str) -> list[str]:
    """The lines of Compare's cards (pages/cards.py) that begin with ``start``."""
    return [t.value for t in at.text if t.value.startswith(start)]


def test_compare_cards_carry_the_tables_rows_with_its_filter_and_order():
    at = _app(w=_workspace())
    at.selectbox(key="show").select("charges").run()
    at.selectbox(key="sort").select("cost").run()
    table = at.dataframe[0].value
    assert _cards(at, "Who pays for CPT: ") == [f"Who pays for CPT: {w}" for w in table["Who pays for CPT"]]
    costs = [line.split(" (")[0] for line in _cards(at, "CPT cost a year: ")]
    assert costs == [f"CPT cost a year: {c}" for c in table["CPT cost a year"]]
    assert _cards(at, "What to do: ") == [f"What to do: {w}" for w in table["What to do"]]
    links = [link for link in at.get("page_link") if link.proto.label == "Open the evidence"]
    assert len(links) == len(table) - 1  # each contract's evidence; the AMA row has none


def test_compare_draws_30_cards_then_more_on_request():
    store = _store()
    try:
        workspace = store.catalog.create_workspace("Thirty-one contracts").id
        for n in range(31):
            text = f'Vendor Number {n} Health IT, Inc. ("Vendor") includes the AMA CPT license in its fees.'
            stored = store.library.add(pdf_from_text(text), f"vendor-{n}.pdf")
            store.catalog.add_to_workspace(workspace, stored.sha256)
            store.library.run(stored.sha256, name=stored.display_name)
    finally:
        store.close()
    at = _app(w=workspace)
    assert len(at.dataframe[0].value) == 32  # the table has them all, and the AMA row
    assert len(_cards(at, "Who pays for CPT: ")) == 31  # 30 contracts' cards and the AMA's
    assert any("Showing 30 of 31 contracts" in c.value for c in at.caption)
    at.button(key="cards_more").click().run()
    assert len(_cards(at, "Who pays for CPT: ")) == 32  # all 31 now, and the AMA's
    assert not [b for b in at.button if b.key == "cards_more"]
