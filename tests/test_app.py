"""The first page, run by Streamlit's AppTest: it analyzes the sample contracts, shows each
verdict, and shows unreadable samples with their plain message (never a traceback)."""

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from .helpers import ROOT, labels


@pytest.fixture(scope="module")
def _app_data(tmp_path_factory):
    """One data folder for all the app's tests, so the sample contracts are read once; the app's
    cached store and result cache must then point at it, not at another module's folder."""
    st.cache_resource.clear()
    return tmp_path_factory.mktemp("app-data")


@pytest.fixture(autouse=True)
def _data_dir(_app_data, monkeypatch):
    monkeypatch.setenv("CPTCOMPARE_DATA_DIR", str(_app_data))


def _app() -> AppTest:
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=180).run()


def test_first_page_analyzes_every_sample():
    at = _app()
    assert not at.exception
    table = at.dataframe[0].value
    assert sorted(table["Contract"]) == sorted(labels())
    row = table.set_index("Contract").loc["meridian_pm_agreement.pdf"]
    assert row["Vendor"] == "Meridian Practice Solutions LLC"
    assert row["CPT fee"] == "$20.00 per provider a year"
    assert "separate CPT fee" in row["Who pays for CPT"]


def test_unreadable_sample_shows_its_message():
    at = _app()
    texts = [t.value for t in at.text]
    assert any("needs OCR" in t for t in texts)
    assert any("protected by a password" in t for t in texts)


def test_switching_samples_off_leaves_a_helpful_empty_state():
    at = _app()
    at.toggle(key="use_samples").set_value(False).run()
    assert not at.exception
    assert "Upload a contract PDF" in at.info[0].value


def test_password_box_opens_a_protected_sample():
    at = _app()
    [box] = [t for t in at.text_input if t.label == "Password for this PDF"]
    box.input("practice2026").run()
    assert not at.exception
    row = at.dataframe[0].value.set_index("Contract").loc["ashgrove_billing_terms_protected.pdf"]
    assert row["Vendor"] == "Ashgrove Medical Billing Co."


def test_cost_section_follows_the_practice_size():
    at = _app()
    at.number_input(key="providers").set_value(5).run()
    at.number_input(key="year").set_value(2026).run()
    assert not at.exception
    costs = at.dataframe[1].value.set_index("Vendor")
    assert costs.loc["AMA (direct license)", "Direct AMA license"] == "$452.50"
    assert costs.loc["Meridian Practice Solutions LLC", "CPT cost a year"] == "$100.00"
    at.number_input(key="users").set_value(10).run()
    assert (
        at.dataframe[1].value.set_index("Vendor").loc["AMA (direct license)", "Direct AMA license"]
        == "$267.50"
    )


def test_exports_are_offered():
    at = _app()
    assert not at.exception
    labels = [b.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download Excel", "Download PDF summary"]


def test_charts_are_drawn():
    at = _app()
    assert not at.exception
    assert len(at.get("plotly_chart")) == 3


def _practice() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=180)
    at.switch_page("pages/practice.py")
    return at.run()


def test_practice_page_counts_users_by_the_proxy_then_by_role():
    at = _practice()
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
    at = _practice()
    at.text_input(key="profile_name").input("North clinic")
    at.button[0].click().run()
    assert not at.exception and "Saved" in at.success[0].value
    at.text_input(key="schedule_name").input("Quoted by phone")
    at.number_input(key="per_user").set_value(21.0)
    at.button[1].click().run()
    assert "Quoted by phone" in at.caption[-1].value
    fees = at.dataframe[0].value
    assert "$452.50" not in fees.to_string() and "$18.50" in fees.to_string()
    assert len(at.dataframe[1].value) == 9  # the code-set guide


def test_saved_practice_and_fee_figures_drive_the_costs():
    from cptcompare import FeeSchedule, PracticeProfile, Settings, open_store

    store = open_store(Settings())
    store.catalog.save_profile("Big group", PracticeProfile(providers={"physicians": 10}))
    store.catalog.save_schedule(FeeSchedule(name="Phone quote", entity_fee=100, per_user=20))
    store.close()
    at = _app()
    at.selectbox(key="profile_choice").select("Big group").run()
    at.selectbox(key="fees_choice").select("Phone quote").run()
    assert not at.exception
    costs = at.dataframe[1].value.set_index("Vendor")
    assert costs.loc["AMA (direct license)", "Direct AMA license"] == "$900.00"  # 100 + 20 x 40 users
