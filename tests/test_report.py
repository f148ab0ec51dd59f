"""Exports: CSV and XLSX hold the comparison's figures, spreadsheets never run contract text as a
formula, and the PDF summary shows the table, chart and the contracts' own words.

Fit for a board packet: the workbook read back with openpyxl (frozen header, filter, widths and
wrapping, 'unknown' written out, money as numbers in a currency format, the scenario and sources
sheet); the PDF's text read back with pypdfium2 (practice, date, scenario, "Page n of m", the
direct-AMA row on the page of the last contract, headings never last on a page, every name in
the chart in full, the files that could not be read and why) and its pages rendered to PNG.
"""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from cptcompare import PracticeProfile, compare
from cptcompare.report import safe_cell, to_csv, to_pdf, to_xlsx
from cptcompare.report.words import HEADINGS

from .helpers import analyze
from .pdfgen import pdf_from_text

HOSTILE = '=HYPERLINK("http://evil.example","x") Health, Inc. ("Vendor") charges an AMA CPT fee of $19 per provider per year.'
PRACTICE = "Riverside Family Medicine"
PREPARED = date(2026, 3, 1)
MONEY = '"$"#,##0.00'


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


def _contract(title: str, effective: str, vendor: str, fee: str) -> bytes:
    return pdf_from_text(
        title, f"This Agreement is effective as of {effective}.", f'{vendor} ("Vendor") {fee}'
    )


@pytest.fixture(scope="module")
def board():
    """A practice's packet: two contracts of one vendor (told apart by title, date and file), a
    fee nobody can cost yet, and a file that could not be read."""
    meridian = "Meridian Practice Solutions LLC"
    results = [
        analyze(
            _contract(
                "MASTER SUBSCRIPTION AGREEMENT",
                "March 1, 2025",
                meridian,
                "charges an AMA CPT fee of $20 per user per year.",
            ),
            "meridian_msa.pdf",
        ),
        analyze(
            _contract(
                "FIRST AMENDMENT TO THE MASTER SUBSCRIPTION AGREEMENT",
                "January 1, 2026",
                meridian,
                "charges an AMA CPT fee of $21 per user per year.",
            ),
            "meridian_amendment.pdf",
        ),
        analyze(
            _contract(
                "CLEARINGHOUSE SERVICES AGREEMENT",
                "July 1, 2025",
                "Tidewater Claims Network, Inc.",
                "may charge additional fees for third-party content, including CPT, as it determines.",
            ),
            "tidewater.pdf",
        ),
        analyze(b"this is not a PDF at all", "scan_of_fax.pdf"),
    ]
    profile = PracticeProfile(name=PRACTICE, providers={"physicians": 5})
    return compare(results, profile, 2026, as_of=PREPARED), results


def _book(comparison, results):
    return load_workbook(io.BytesIO(to_xlsx(comparison, results, practice=PRACTICE, prepared=PREPARED)))


def _table(sheet):
    """The filtered table's header and rows (the scenario line under it is not part of it)."""
    last = int(sheet.auto_filter.ref.split(":")[1].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    header = [c.value for c in sheet[1]]
    return header, [dict(zip(header, (c for c in sheet[r]), strict=True)) for r in range(2, last + 1)]


def _pages(pdf: bytes) -> list[str]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]


def _squash(text: str) -> str:
    return " ".join(text.split())


# --- CSV and the formula guard --------------------------------------------------------------


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
    comparison, results = comparison_and_results
    assert (
        safe_cell("=1+1") == "'=1+1"
        and safe_cell("@SUM(A1)") == "'@SUM(A1)"
        and safe_cell("plain") == "plain"
    )
    text = to_csv(comparison).decode("utf-8-sig")
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
    book = load_workbook(io.BytesIO(to_xlsx(comparison, results, practice="=cmd|' /C calc'!A0")))
    assert all(
        not (isinstance(c.value, str) and c.value.startswith("=")) and c.data_type != "f"
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for c in row
    )


# --- the workbook ---------------------------------------------------------------------------


def test_xlsx_money_is_numbers(comparison_and_results):
    comparison, _ = comparison_and_results
    book = load_workbook(io.BytesIO(to_xlsx(comparison)))  # the old call still works
    _, rows = _table(book["Comparison"])
    assert rows[-1]["Vendor"].value == "AMA (direct license)"
    assert rows[-1]["Direct AMA license a year (USD)"].value == 452.5
    assert "Scenario and sources" in book.sheetnames


def test_workbook_header_is_frozen_filtered_and_sized_to_its_content(board):
    sheet = _book(*board)["Comparison"]
    header, rows = _table(sheet)
    assert sheet.freeze_panes == "B2"  # the header row and the vendor column stay in view
    assert sheet.auto_filter.ref == f"A1:U{len(rows) + 1}" and len(header) == 21
    assert len(rows) == 4  # three contracts and the direct-AMA row
    assert all(c.font.b and c.alignment.wrap_text for c in sheet[1])
    width = {h: sheet.column_dimensions[c.column_letter].width for h, c in zip(header, sheet[1], strict=True)}
    assert width["What to do"] > 2 * width["Evidence page"]  # by content, not all alike
    assert width["Vendor"] >= len("Meridian Practice Solutions LLC")
    assert all(r["What to do"].alignment.wrap_text for r in rows)
    lines = len(rows[0]["What to do"].value) / width["What to do"]
    assert sheet.row_dimensions[2].height >= 15 * lines  # tall enough for the wrapped advice
    assert sheet.print_title_rows == "$1:$1" and sheet.page_setup.orientation == "landscape"


def test_workbook_writes_unknown_and_keeps_money_numbers_in_currency(board):
    header, rows = _table(_book(*board)["Comparison"])
    tidewater = next(r for r in rows if r["Vendor"].value == "Tidewater Claims Network, Inc.")
    assert tidewater["CPT cost a year (USD)"].value == "unknown"
    assert tidewater["Difference (USD)"].value == "unknown"
    assert tidewater["Direct AMA license a year (USD)"].value == 452.5
    msa = rows[0]
    assert (msa["CPT cost a year (USD)"].value, msa["Difference (USD)"].value) == (400.0, -52.5)
    money_columns = [h for h in header if h.endswith("(USD)")]
    assert all(r[h].number_format == MONEY for r in rows for h in money_columns)
    assert all(
        r[h].data_type == "n" for r in rows for h in money_columns if r[h].value not in ("unknown", "–")
    )
    assert (
        msa["Markup (% of royalty)"].value == 8.1 and msa["Markup (% of royalty)"].number_format == '0.0"%"'
    )


def test_workbook_tells_two_contracts_of_one_vendor_apart(board):
    comparison, results = board
    text = to_csv(comparison, results).decode("utf-8-sig")
    assert "First Amendment to the Master Subscription Agreement, effective 1 January 2026" in text
    _, rows = _table(_book(*board)["Comparison"])
    meridian = [r for r in rows if r["Vendor"].value == "Meridian Practice Solutions LLC"]
    assert [(r["Contract"].value, r["File"].value) for r in meridian] == [
        ("Master Subscription Agreement, effective 1 March 2025", "meridian_msa.pdf"),
        (
            "First Amendment to the Master Subscription Agreement, effective 1 January 2026",
            "meridian_amendment.pdf",
        ),
    ]


def test_workbook_scenario_line_under_the_table(board):
    sheet = _book(*board)["Comparison"]
    _, rows = _table(sheet)
    note = sheet.cell(row=len(rows) + 3, column=1).value
    assert note.startswith(f"{PRACTICE}: CPT licensing comparison for 2026, prepared 1 March 2026; 20 CPT")
    assert "'Scenario and sources'" in note


def test_workbook_scenario_and_sources_sheet(board):
    comparison, _ = board
    sheet = _book(*board)["Scenario and sources"]
    cells = {}
    for label, value in sheet.iter_rows(max_col=2):
        cells.setdefault(label.value, []).append(value)
    one = {k: v[0].value for k, v in cells.items()}
    assert one["Practice"] == PRACTICE and one["Prepared on"] == datetime(2026, 3, 1)
    assert one["Year of the comparison"] == 2026 and one["CPT users"] == "20 (an estimate)"
    assert "User Proxy Model" in one["How the users were counted"]
    assert one["Fee figures"] == comparison.schedule.name
    assert one["Source of the fee figures"] == comparison.schedule.source
    direct = cells["Direct AMA license a year, per application"][0]
    assert (direct.value, direct.number_format) == (452.5, MONEY)
    assert one["Projection of the AMA's fees"] == comparison.escalation
    assert [c.value for c in cells["Assumptions"]] == comparison.direct.assumptions
    assert one["The plan"] == comparison.plan.headline
    assert one["Files that could not be read"] == 1
    assert "Master Subscription Agreement, effective 1 March 2025" in one["meridian_msa.pdf"]
    assert "$20 per user per year" in one["meridian_msa.pdf"]  # the words the figure rests on
    assert cells["scan_of_fax.pdf"][0].value.startswith("This file is not a PDF.")


# --- the PDF --------------------------------------------------------------------------------


def test_pdf_summary_reads_back(comparison_and_results):
    comparison, results = comparison_and_results
    squashed = _squash(" ".join(_pages(to_pdf(comparison, results))))
    assert "Greenleaf EHR, Inc." in squashed and "$452.50" in squashed and "$372.00" in squashed
    assert "$1.55 per user per month" in squashed  # the contract's own words
    assert '=HYPERLINK("http://evil.example","x")' in squashed  # shown as text, not markup
    assert "(practice not named)" in squashed  # no name given: said so


def test_pdf_names_the_practice_date_scenario_and_pages(board):
    comparison, results = board
    pages = _pages(to_pdf(comparison, results, practice=PRACTICE, prepared=PREPARED))
    first = _squash(pages[0])
    assert first.startswith(f"CPT licensing: {PRACTICE}") and "Prepared 1 March 2026" in first
    for said in ["CPT users 20 (an estimate)", "User Proxy Model", comparison.schedule.source]:
        assert said in first
    assert all(_squash(a) in first for a in comparison.direct.assumptions)
    assert _squash(comparison.plan.headline) in first
    assert all(f"Page {n} of {len(pages)}" in p for n, p in enumerate(pages, start=1))
    assert all(f"{PRACTICE} · prepared 1 March 2026" in p for p in pages)


def test_pdf_lists_the_files_that_could_not_be_read_and_why(board):
    text = _squash(" ".join(_pages(to_pdf(*board, practice=PRACTICE))))
    listed = text.rsplit(HEADINGS["unreadable"], 1)[1]  # the heading, after the scenario's count
    assert listed.strip().startswith("File Why scan_of_fax.pdf This file is not a PDF.")


def test_pdf_tells_two_contracts_of_one_vendor_apart(board):
    text = _squash(" ".join(_pages(to_pdf(*board))))
    table = text.split(HEADINGS["table"], 1)[1]
    assert "Master Subscription Agreement, effective 1 Mar 2025 · meridian_msa.pdf" in table
    assert "effective 1 Jan 2026 · meridian_amendment.pdf" in table
    chart = text.split(HEADINGS["chart"], 1)[1]
    assert "Meridian Practice Solutions LLC (meridian_msa.pdf)" in chart
    assert "Meridian Practice Solutions LLC (meridian_amendment.pdf)" in chart


def test_pdf_escapes_the_practice_name(board):
    text = _squash(" ".join(_pages(to_pdf(*board, practice="Smith & Jones <b>Family</b> Practice"))))
    assert "CPT licensing: Smith & Jones <b>Family</b> Practice" in text


LONG = "Evergreen Regional Clinical Information Technologies and Services, Inc."
VENDORS = [
    "Alder", "Birchwood", "Cobalt", "Dunmore", "Elmhurst", "Fernway", "Granite", "Hollis", "Ironleaf",
    "Juniper", "Kestrel", "Larkspur", "Maplecrest", "Northwind", "Oakridge", "Pinewood", "Quarry",
    "Redfern", "Silverton", "Thornbury", "Upland", "Valemont", "Westbrook", "Yarrow", "Zephyr",
    "Ashby", "Brookline", "Crestview", "Driftwood", LONG,
]  # fmt: skip


@pytest.fixture(scope="module")
def many():
    """Thirty contracts, the last with a long name: tables of every length up to two pages."""
    results = []
    for i, name in enumerate(VENDORS, start=1):
        vendor = name if " " in name else f"{name} Health Software, Inc."
        fee = f"charges an AMA CPT fee of ${18 + i % 5}.50 per user per year."
        results.append(
            analyze(_contract("SERVICES AGREEMENT", "May 1, 2025", vendor, fee), f"contract_{i:02}.pdf")
        )
    return results


def _ends_with_heading(page: str) -> bool:
    lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
    body = [ln for ln in lines if not ln.startswith(("CPT licensing comparison ·", "Page "))]
    return bool(body) and body[-1] in HEADINGS.values()


@pytest.mark.parametrize("count", range(1, 31))
def test_pdf_keeps_the_ama_row_with_the_last_contract_and_headings_with_what_follows(many, count):
    results = many[:count]
    comparison = compare(results, PracticeProfile(providers={"physicians": 5}), 2026)
    pages = _pages(to_pdf(comparison, results, practice=PRACTICE))
    last = f"contract_{count:02}.pdf"  # named in the table only
    where = [i for i, p in enumerate(pages) if last in p]
    ama = [i for i, p in enumerate(pages) if "You license CPT directly" in p]
    assert where and where[:1] == ama
    headers = [i for i, p in enumerate(pages) if "Fee as the contract" in p]
    assert ama[0] in headers  # the header is repeated on the page the table ends on
    assert not any(_ends_with_heading(p) for p in pages)
    if count <= 18:  # a table that fits one page is kept whole on one page
        assert len(headers) == 1


def test_pdf_chart_names_every_contract_in_full(many):
    comparison = compare(many, PracticeProfile(providers={"physicians": 5}), 2026)
    text = _squash(" ".join(_pages(to_pdf(comparison, many))))
    chart = text.split(HEADINGS["chart"], 1)[1].split(HEADINGS["markup"], 1)[0]
    for row in comparison.contracts:
        assert row.vendor in chart
    assert comparison.contracts[-1].vendor == LONG and LONG in chart
    assert "AMA (direct license)" in chart


def test_exports_of_a_workspace_with_no_contract_read():
    results = [analyze(b"this is not a PDF at all", "scan_of_fax.pdf")]
    comparison = compare(results, PracticeProfile(), 2026)
    pages = _pages(to_pdf(comparison, results))
    text = _squash(" ".join(pages))
    assert "scan_of_fax.pdf This file is not a PDF." in text and "You license CPT directly" in text
    assert HEADINGS["chart"] not in text  # nothing to chart
    _, rows = _table(load_workbook(io.BytesIO(to_xlsx(comparison, results)))["Comparison"])
    assert [r["Vendor"].value for r in rows] == ["AMA (direct license)"]


def test_pdf_pages_render(board, tmp_path):
    doc = pdfium.PdfDocument(to_pdf(*board, practice=PRACTICE, prepared=PREPARED))
    for i in range(len(doc)):
        image = doc[i].render(scale=1).to_pil()
        image.save(tmp_path / f"page_{i + 1}.png")
        assert image.width > image.height  # landscape, for the table's width
        dark = sum(image.convert("L").point(lambda v: v < 128 and 255).histogram()[255:])
        assert dark > 2000  # something is drawn on every page
