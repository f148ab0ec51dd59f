"""The vendor's markup: each pass-through CPT fee split into the AMA's royalty for the year and
what the vendor adds, read from real PDFs through analyze + compare; the figures worked out by
hand below. The practice: 5 physicians, so 20 users by the AMA's estimate of 4 per physician;
the AMA's royalty is $18.50 per user a year in 2026 and $18.00 in 2024 (data/ama_fees.toml)."""

import csv
import io
import json
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
import streamlit as st
from openpyxl import load_workbook
from streamlit.testing.v1 import AppTest

from cptcompare import PracticeProfile, Settings, compare, open_store
from cptcompare.charts import royalty_and_markup
from cptcompare.markup import REASONS, cell, chart_note
from cptcompare.report import to_csv, to_pdf, to_xlsx

from .helpers import ROOT, analyze, run_cli
from .pdfgen import pdf_from_text, pdf_with_table

VENDOR = 'Greenleaf EHR, Inc. ("Vendor")'
SPLIT = f"{VENDOR} charges a CPT fee of $18.50 AMA royalty + $1.50 processing fee per user per year."
NO_SPLIT = f"{VENDOR} charges an AMA CPT fee of $20 per user per year."
PER_PROVIDER = f"{VENDOR} charges an AMA CPT fee of $90 per provider per year."
PER_CLINICIAN_SPLIT = (
    f"{VENDOR} charges $20 per clinician per year for CPT: $18.50 AMA royalty plus a $1.50 processing fee."
)
MONTHLY = f"{VENDOR} charges an AMA CPT fee of $1.75 per user per month."
BELOW = f"{VENDOR} charges an AMA CPT fee of $17 per user per year."
ROYALTY_THEN_SURCHARGE = (
    f"{VENDOR} will bill the AMA CPT royalty of $18.50 per user per year.",
    "A processing fee of $1.50 per user per year applies to the CPT royalty.",
)
NULLS = {
    "vendor_covers": "Acme Health IT, Inc. includes the AMA CPT license in its subscription fees.",
    "one_time": f"{VENDOR} charges an AMA CPT fee of $40 one time per user.",
    "location": f"{VENDOR} charges an AMA CPT fee of $240 per location per year.",
    "no_unit": f"{VENDOR} charges an AMA CPT fee of $19 per year.",
    "implausible": f"{VENDOR} charges an AMA CPT fee of $300 per user per year.",
    "no_fee": "Acme Telehealth, Inc. provides video visits. The service includes no billing codes.",
}
FIVE_PHYSICIANS = PracticeProfile(providers={"physicians": 5})


def row_for(*paragraphs: str, year: int = 2026):
    [row] = compare([analyze(pdf_from_text(*paragraphs))], FIVE_PHYSICIANS, year).contracts
    return row


def test_royalty_plus_processing_is_split_as_the_contract_states_it():
    row = row_for(SPLIT)
    m = row.markup
    assert row.annual_cpt_cost == Decimal("400.00")  # the engine reports the sum: $20 x 20 users
    assert (m.ama_royalty, m.vendor_addition, m.fee) == (Decimal("18.50"), Decimal("1.50"), Decimal("20.00"))
    assert m.percent == Decimal("8.1")  # 1.50 / 18.50 = 8.108%
    assert (m.unit, m.period, m.unit_count) == ("user", "year", 20)
    assert (m.annual_royalty, m.annual_addition) == (Decimal("370.00"), Decimal("30.00"))  # x 20
    assert m.stated_split and (m.stated_royalty, m.stated_addition) == (Decimal("18.50"), Decimal("1.50"))
    assert m.addition_label == "processing fee"
    assert m.basis.startswith("The contract splits it: $18.50 AMA royalty + $1.50 processing fee per user")
    assert "2026 royalty" in m.basis
    assert cell(row) == "+$1.50 (8%)"
    ask = "Ask Greenleaf EHR, Inc. what the $1.50 per user a year above the AMA's royalty pays for."
    assert ask in row.advice and row.question == ask
    assert "$1.50 (8%) is Greenleaf EHR, Inc.'s processing fee" in row.advice


def test_a_fee_that_states_no_split_has_an_unexplained_addition():
    m = row_for(NO_SPLIT).markup
    assert (m.ama_royalty, m.vendor_addition, m.percent) == (
        Decimal("18.50"),
        Decimal("1.50"),
        Decimal("8.1"),
    )
    assert not m.stated_split and m.stated_royalty is None
    assert m.addition_label == "addition the contract does not explain"
    assert m.basis == (
        "The contract states no split; the difference from the AMA's 2026 royalty of $18.50 per user "
        "a year is the vendor's addition."
    )


def test_a_royalty_with_its_processing_fee_in_the_next_sentence_is_a_stated_split():
    m = row_for(*ROYALTY_THEN_SURCHARGE).markup
    assert m.stated_split and (m.stated_royalty, m.stated_addition) == (Decimal("18.50"), Decimal("1.50"))
    assert m.vendor_addition == Decimal("1.50")


def test_a_table_of_royalty_and_processing_rows_is_a_stated_split():
    data = pdf_with_table(
        [f"{VENDOR} Order Form. Fees per user per year."],
        [["Item", "Fee per user per year"], ["AMA CPT royalty", "$18.50"], ["Processing fee", "$1.50"]],
    )
    [row] = compare([analyze(data)], FIVE_PHYSICIANS, 2026).contracts
    assert row.markup.stated_split and row.markup.vendor_addition == Decimal("1.50")


def test_the_split_uses_the_royalty_of_the_year_compared():
    m = row_for(SPLIT, year=2024).markup
    assert (m.ama_royalty, m.vendor_addition, m.royalty_year) == (Decimal("18.00"), Decimal("2.00"), 2024)
    assert m.percent == Decimal("11.1")  # 2.00 / 18.00
    assert "Against the AMA's 2024 royalty of $18.00 per user a year, the vendor adds $2.00" in m.basis


def test_a_per_provider_fee_is_set_against_four_users_per_physician():
    row = row_for(PER_PROVIDER)
    m = row.markup
    assert (m.ama_royalty, m.users_per_unit) == (Decimal("74.00"), 4)  # 4 x 18.50
    assert (m.vendor_addition, m.percent) == (Decimal("16.00"), Decimal("21.6"))  # 16 / 74 = 21.62%
    assert (m.unit_count, m.annual_royalty, m.annual_addition) == (5, Decimal("370.00"), Decimal("80.00"))
    assert (
        "The AMA's estimate of 4 users per physician gives $74.00 of royalty per provider a year" in m.basis
    )
    assert "what the $16.00 per provider a year above the AMA's royalty pays for" in row.advice


def test_a_per_clinician_royalty_of_one_user_is_below_the_four_user_estimate():
    row = row_for(PER_CLINICIAN_SPLIT)
    m = row.markup
    assert (m.unit, m.stated_royalty, m.stated_addition) == ("provider", Decimal("18.50"), Decimal("1.50"))
    assert (m.vendor_addition, m.percent) == (Decimal("-54.00"), Decimal("-73.0"))  # 20 - 74; 54 / 74
    assert m.annual_addition == Decimal("-270.00")  # -54 x 5 providers
    assert cell(row) == "$54.00 below the 4-user royalty (73%); states processing fee $1.50"
    assert "how many users per provider its CPT fee covers" in row.question


def test_a_monthly_fee_is_compared_as_a_year_and_reported_a_month():
    m = row_for(MONTHLY).markup
    assert (m.period, m.fee) == ("month", Decimal("1.75"))
    assert m.ama_royalty == Decimal("1.54")  # 18.50 / 12 = 1.5417
    assert m.vendor_addition == Decimal("0.21")  # 1.75 - 1.54: the parts add up to the fee
    assert m.percent == Decimal("13.5")  # (1.75 x 12 - 18.50) / 18.50 = 2.50 / 18.50
    assert (m.annual_royalty, m.annual_addition) == (Decimal("370.00"), Decimal("50.00"))  # 2.50 x 20
    assert "($1.54 a month)" in m.basis


def test_a_fee_below_the_royalty_is_not_called_a_markup():
    row = row_for(BELOW)
    m = row.markup
    assert (m.vendor_addition, m.percent, m.annual_addition) == (
        Decimal("-1.50"),
        Decimal("-8.1"),
        Decimal("-30.00"),
    )
    assert "below the AMA's 2026 royalty of $18.50 per user a year: the vendor absorbs part" in m.basis
    assert cell(row) == "$1.50 below the royalty (8%)"
    assert "markup" not in row.advice and "absorbs part of it" in row.advice
    assert "rise to the AMA's full royalty" in row.question


@pytest.mark.parametrize("key", sorted(NULLS))
def test_a_fee_that_cannot_be_split_says_why(key):
    row = row_for(NULLS[key])
    assert row.markup is None
    assert row.markup_reason == REASONS[key][0]
    assert cell(row) == f"– {REASONS[key][1]}"


# --- exports, chart, CLI, page ---------------------------------------------------------------


@pytest.fixture(scope="module")
def comparison_and_results():
    results = [
        analyze(pdf_from_text(SPLIT), "split.pdf"),
        analyze(pdf_from_text(BELOW.replace("Greenleaf EHR", "Birchwood PM")), "below.pdf"),
        analyze(pdf_from_text(NULLS["one_time"].replace("Greenleaf EHR", "Juniper Coding")), "once.pdf"),
    ]
    return compare(results, FIVE_PHYSICIANS, 2026), results


def test_csv_and_excel_carry_the_markup_as_numbers(comparison_and_results):
    comparison, _ = comparison_and_results
    rows = list(csv.DictReader(io.StringIO(to_csv(comparison).decode("utf-8-sig"))))
    split = rows[0]
    assert (split["AMA royalty per unit (USD)"], split["Markup per unit (USD)"]) == ("18.50", "1.50")
    assert (split["Markup (% of royalty)"], split["Markup per"]) == ("8.1", "per user a year")
    assert split["Markup a year, your practice (USD)"] == "30.00"
    assert rows[1]["Markup per unit (USD)"] == "-1.50"  # a number, not a formula-guarded text
    assert rows[2]["Markup per unit (USD)"] == "" and "one-time" in rows[2]["Markup basis"]
    sheet = load_workbook(io.BytesIO(to_xlsx(comparison)))["Comparison"]
    header = [c.value for c in sheet[1]]
    first = [c.value for c in sheet[2]]
    at = header.index
    assert (first[at("AMA royalty per unit (USD)")], first[at("Markup per unit (USD)")]) == (18.5, 1.5)
    assert first[at("Markup (% of royalty)")] == 8.1
    assert first[at("AMA royalty a year, your practice (USD)")] == 370.0
    assert sheet.cell(row=3, column=at("Markup a year, your practice (USD)") + 1).value == -30.0
    assert sheet.cell(row=2, column=at("Markup per unit (USD)") + 1).number_format == '"$"#,##0.00'


def test_pdf_summary_has_a_markup_line(comparison_and_results):
    comparison, results = comparison_and_results
    pdf = pdfium.PdfDocument(to_pdf(comparison, results))
    text = " ".join(" ".join(pdf[i].get_textpage().get_text_range().split()) for i in range(len(pdf)))
    assert "The vendors' markup over the AMA's royalty" in text
    assert "$20.00 per user a year = $18.50 AMA royalty + $1.50 (8%); $30.00 a year for your 20 users" in text


def test_chart_stacks_royalty_and_markup_and_names_what_is_left_out(comparison_and_results):
    comparison, _ = comparison_and_results
    fig = royalty_and_markup(comparison)
    royalty, markup, below = fig.data
    assert list(royalty.x) == [370.0, 340.0]  # 18.50 x 20; the $17 fee reaches 340 of its 370
    assert list(markup.x) == [30.0, 0.0] and list(below.x) == [0.0, 30.0]
    labels = [y.replace("<br>", " ") for y in royalty.y]  # (wrapped onto short lines)
    assert "+$30.00 markup (8%)" in labels[0]  # in the label, where a phone has room for it
    assert "$30.00 below the royalty (8%)" in labels[1]
    assert "per user a year" in royalty.y[0]
    said, left_out = chart_note(comparison.contracts, 2026)
    assert left_out == "Not drawn: Juniper Coding, Inc. (a one-time fee)."
    assert "$18.50 per user a year" in said and "4 users per physician: $74.00" in said


def test_compare_json_has_markup_or_its_reason(tmp_path):
    split, once = tmp_path / "split.pdf", tmp_path / "once.pdf"
    split.write_bytes(pdf_from_text(SPLIT))
    once.write_bytes(pdf_from_text(NULLS["one_time"]))
    proc = run_cli("compare", "--json", "--providers", 5, "--year", 2026, split, once, data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    first, second = json.loads(proc.stdout)["contracts"]
    m = first["markup"]
    assert {"ama_royalty", "vendor_addition", "percent", "unit", "period", "stated_split", "basis"} <= set(m)
    assert (m["ama_royalty"], m["vendor_addition"], m["percent"]) == (18.5, 1.5, 8.1)
    assert (m["unit"], m["period"], m["stated_split"]) == ("user", "year", True)
    assert first["markup_reason"] is None
    assert second["markup"] is None and second["markup_reason"] == REASONS["one_time"][0]


@pytest.fixture
def markup_workspace(tmp_path, monkeypatch):
    """A fresh install (no samples) with one workspace of three contracts, read at once."""
    monkeypatch.setenv("CPTCOMPARE_DATA_DIR", str(tmp_path / "app"))
    monkeypatch.setenv("CPTCOMPARE_SAMPLES_ON_FIRST_RUN", "false")
    st.cache_resource.clear()
    st.cache_data.clear()
    store = open_store(Settings())
    workspace = store.catalog.create_workspace("Markup practice").id
    for name, text in [
        ("split.pdf", SPLIT),
        ("per_provider.pdf", PER_PROVIDER.replace("Greenleaf EHR", "Oakline Billing")),
        ("once.pdf", NULLS["one_time"].replace("Greenleaf EHR", "Juniper Coding")),
    ]:
        stored = store.library.add(pdf_from_text(text), name, workspace=workspace)
        store.catalog.add_to_workspace(workspace, stored.sha256)
        store.library.run(stored.sha256)
    store.close()
    yield workspace
    from pages.common import readers

    readers().stop()
    st.cache_resource.clear()


def test_compare_page_shows_the_markup_column_and_chart(markup_workspace):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in {"w": markup_workspace, "providers": "5", "year": "2026"}.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    table = at.dataframe[0].value.set_index("Vendor")
    assert table.loc["Greenleaf EHR, Inc.", "Markup"] == "+$1.50 (8%)"
    assert table.loc["Oakline Billing, Inc.", "Markup"] == "+$16.00 (22%)"  # 90 - 4 x 18.50
    assert table.loc["Juniper Coding, Inc.", "Markup"] == "– a one-time fee"
    assert (
        "what the $1.50 per user a year above the AMA's royalty pays for"
        in table.loc["Greenleaf EHR, Inc.", "What to do"]
    )
    at.segmented_control(key="chart").set_value("markup").run()  # Compare draws the chart picked
    assert not at.exception
    charts = at.get("plotly_chart")
    assert len(charts) == 1 and charts[0].proto.id.endswith("chart_markup")
    captions = " ".join(c.value.replace("\\", "") for c in at.caption)
    assert "Not drawn: Juniper Coding, Inc. (a one-time fee)." in captions
    assert "Ask Oakline Billing, Inc. what the $16.00 per provider a year" in at.markdown[-1].value.replace(
        "\\", ""
    )
