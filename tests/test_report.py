"""Exports: CSV and XLSX hold the comparison's figures, spreadsheets never run contract text as a
formula, and the PDF summary shows the table, chart and the contracts' own words."""

import csv
import io
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from cptcompare import PracticeProfile, compare
from cptcompare.report import safe_cell, to_csv, to_pdf, to_xlsx

from .helpers import analyze
from .pdfgen import pdf_from_text

HOSTILE = '=HYPERLINK("http://evil.example","x") Health, Inc. ("Vendor") charges an AMA CPT fee of $19 per provider per year.'


@pytest.fixture(scope="module")
def comparison_and_results():
    results = [
        analyze(
            pdf_from_text(
                'Greenleaf EHR, Inc. ("Vendor") charges an AMA CPT fee of $1.55 per user per month.'
            )
        ),
        analyze(pdf_from_text(HOSTILE)),
    ]
    return compare(results, PracticeProfile(providers={"physicians": 5}), 2026), results


def test_csv_has_every_row_and_exact_figures(comparison_and_results):
    comparison, _ = comparison_and_results
    rows = list(csv.DictReader(io.StringIO(to_csv(comparison).decode("utf-8-sig"))))
    assert [r["Vendor"] for r in rows][-1] == "AMA (direct license)"
    greenleaf = next(r for r in rows if r["Vendor"] == "Greenleaf EHR, Inc.")
    assert (greenleaf["CPT cost a year (USD)"], greenleaf["Direct AMA license a year (USD)"]) == (
        "372.00",
        "452.50",
    )
    assert Decimal(greenleaf["Difference (USD)"]) == Decimal("-80.50")


def test_spreadsheets_do_not_run_contract_text(comparison_and_results):
    comparison, _ = comparison_and_results
    assert (
        safe_cell("=1+1") == "'=1+1"
        and safe_cell("@SUM(A1)") == "'@SUM(A1)"
        and safe_cell("plain") == "plain"
    )
    text = to_csv(comparison).decode("utf-8-sig")
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    sheet = load_workbook(io.BytesIO(to_xlsx(comparison)))["Comparison"]
    assert all(
        not (isinstance(c.value, str) and c.value.startswith("=")) and c.data_type != "f"
        for row in sheet.iter_rows()
        for c in row
    )


def test_xlsx_money_is_numbers(comparison_and_results):
    comparison, _ = comparison_and_results
    book = load_workbook(io.BytesIO(to_xlsx(comparison)))
    sheet = book["Comparison"]
    header = [c.value for c in sheet[1]]
    last = [c.value for c in sheet[sheet.max_row]]
    assert last[header.index("Vendor")] == "AMA (direct license)"
    assert last[header.index("Direct AMA license a year (USD)")] == 452.5
    assert "How it was worked out" in book.sheetnames


def test_pdf_summary_reads_back(comparison_and_results):
    comparison, results = comparison_and_results
    pdf = pdfium.PdfDocument(to_pdf(comparison, results))
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    squashed = " ".join(text.split())
    assert "Greenleaf EHR, Inc." in squashed and "$452.50" in squashed and "$372.00" in squashed
    assert "$1.55 per user per month" in squashed  # the contract's own words
    assert '=HYPERLINK("http://evil.example","x")' in squashed  # shown as text, not markup
