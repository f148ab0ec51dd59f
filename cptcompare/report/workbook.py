"""The comparison as an Excel workbook: the table on its first sheet, with a frozen header and
vendor column, a filter over the table, columns as wide as their content (long text wrapped),
money as numbers in a currency format, 'unknown' written where a cost is unknown, and the
scenario in a line under the table; its assumptions and sources on a second sheet.

An unknown cost is the text 'unknown' in a currency-formatted cell, never 0 (which would read as
free): sorted, Excel puts text after every number, so the unknown costs gather at one end of the
column instead of mixing with the figures.
"""

from __future__ import annotations

import io
import math
from datetime import date
from decimal import Decimal

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..models import AnalysisResult, Comparison
from .scenario import Item, practice_name, scenario, sources, unreadable
from .table import COLUMNS, MONEY_COLUMNS, PERCENT_COLUMNS, safe_cell, table_rows
from .words import (
    DOC_TITLE,
    NO_SPLIT,
    NOT_STATED,
    SCENARIO,
    SHEET_NOTE,
    SHEETS,
    SOURCE_HEADER,
    SOURCES,
    UNKNOWN,
    UNREADABLE_HEADER,
)

MONEY_FORMAT = '"$"#,##0.00'
PERCENT_FORMAT = '0.0"%"'
DATE_FORMAT = "d mmmm yyyy"
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
DIRECT_FILL = PatternFill("solid", fgColor="FDEBD3")
WRAP = Alignment(wrap_text=True, vertical="top")
RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")
CAPS = {"What to do": 70, "Markup basis": 60, "Break-even": 50, "Flags": 50}  # wider text, wrapped
CAP, MIN_WIDTH = 36, 12
LINE_HEIGHT = 15  # points per line of wrapped text
UNKNOWN_COST = {"CPT cost a year (USD)", "Difference (USD)"}
# What an empty cell of a contract's row says (the direct-AMA row keeps its blanks: not applicable).
EMPTY_WORDS = {
    **dict.fromkeys(MONEY_COLUMNS | PERCENT_COLUMNS, NO_SPLIT),
    **dict.fromkeys(UNKNOWN_COST, UNKNOWN),
    "Vendor": NOT_STATED,
    "Contract": NOT_STATED,
    "Markup per": NO_SPLIT,
    "Break-even": NO_SPLIT,
    "Flags": "none",
    "Evidence page": NOT_STATED,
}


def _value(name: str, value: object, direct: bool) -> object:
    """A cell's value: money and figures as numbers, an empty one in words, text made safe."""
    if (value is None or value == "") and not direct:
        value = EMPTY_WORDS.get(name, value)
    if isinstance(value, Decimal):
        return float(value)
    return safe_cell(value)


def _shown(value: object) -> str:
    """About what the cell shows, to size its column."""
    if isinstance(value, float):
        return f"${value:,.2f}"
    return "" if value is None else str(value)


def _width(name: str, values: list[object]) -> float:
    """As wide as the longest value (up to a cap, then wrapped), and the header's longest word."""
    longest = max((len(line) for v in values for line in _shown(v).splitlines()), default=0)
    header = max(len(word) for word in name.split())
    return min(CAPS.get(name, CAP), max(header, longest, MIN_WIDTH)) + 2


def _lines(value: object, width: float) -> int:
    text = _shown(value)
    return sum(max(1, math.ceil(len(line) / max(width - 2, 1))) for line in text.splitlines() or [""])


def _fit_rows(sheet: Worksheet, widths: list[float], first: int, last: int) -> None:
    """Row heights that show every wrapped line (not every spreadsheet program fits them itself)."""
    for row in range(first, last + 1):
        cells = [sheet.cell(row=row, column=i + 1).value for i in range(len(widths))]
        lines = max(_lines(v, w) for v, w in zip(cells, widths, strict=True))
        sheet.row_dimensions[row].height = min(409, LINE_HEIGHT * lines)


def _style_table(sheet: Worksheet, last_row: int) -> None:
    for cell in sheet[1]:
        cell.font, cell.fill, cell.alignment = Font(bold=True), HEADER_FILL, WRAP
    for index, name in enumerate(COLUMNS, start=1):
        for (cell,) in sheet.iter_rows(min_row=2, max_row=last_row, min_col=index, max_col=index):
            if name in MONEY_COLUMNS:
                cell.number_format = MONEY_FORMAT
            elif name in PERCENT_COLUMNS:
                cell.number_format = PERCENT_FORMAT
            numeric = name in MONEY_COLUMNS | PERCENT_COLUMNS or name == "Evidence page"
            cell.alignment = RIGHT if numeric else WRAP
    for cell in sheet[last_row]:  # the direct-AMA row
        cell.font, cell.fill = Font(bold=True), DIRECT_FILL


def _print_setup(sheet: Worksheet, title: str) -> None:
    """Printed: landscape, one page wide, the header row on every page, the practice above and
    "Page n of m" below ('&' starts a code in a print header, so a name's own is doubled)."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.oddHeader.left.text = title.replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P of &N"


def _note(comparison: Comparison, practice: str, prepared: date) -> str:
    users = comparison.users
    return SHEET_NOTE.format(
        practice=practice_name(practice),
        year=comparison.year,
        on=f"{prepared.day} {prepared:%B %Y}",
        users=users.users,
        estimate=" (an estimate)" if users.estimate else "",
        schedule=comparison.schedule.name,
        sheet=SHEETS["scenario"],
    )


def _table_sheet(sheet: Worksheet, comparison: Comparison, results, practice: str, prepared: date) -> None:
    sheet.title = SHEETS["table"]
    rows = table_rows(comparison, results)
    sheet.append(COLUMNS)
    for i, row in enumerate(rows):
        direct = i == len(rows) - 1
        sheet.append([_value(name, row[name], direct) for name in COLUMNS])
    last = len(rows) + 1
    columns = [
        [sheet.cell(row=r, column=c).value for r in range(2, last + 1)] for c in range(1, len(COLUMNS) + 1)
    ]
    widths = [_width(name, values) for name, values in zip(COLUMNS, columns, strict=True)]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    _style_table(sheet, last)
    _fit_rows(sheet, widths, 1, last)
    sheet.freeze_panes = "B2"  # the header row and the vendor column stay in view
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{last}"
    note = _note(comparison, practice, prepared)
    sheet.cell(row=last + 2, column=1, value=safe_cell(note))
    _print_setup(sheet, f"{practice_name(practice)} · {DOC_TITLE}, {comparison.year}")


def _put(sheet: Worksheet, label: str, value: object, bold: bool = False) -> None:
    sheet.append([safe_cell(label), safe_cell(float(value) if isinstance(value, Decimal) else value)])
    label_cell, cell = sheet[sheet.max_row]
    label_cell.font = Font(bold=True)
    cell.font = Font(bold=bold)
    label_cell.alignment = cell.alignment = WRAP
    if isinstance(value, Decimal):
        cell.number_format, cell.alignment = MONEY_FORMAT, Alignment(horizontal="left", vertical="top")
    elif isinstance(value, date):
        cell.number_format, cell.alignment = DATE_FORMAT, Alignment(horizontal="left", vertical="top")


def _section(sheet: Worksheet, title: str, header: tuple[str, str], items: list[tuple[str, str]]) -> None:
    sheet.append([])
    sheet.append([title])
    sheet[sheet.max_row][0].font = Font(bold=True, size=12)
    _put(sheet, *header, bold=True)
    for item in items:
        _put(sheet, *item)


def _plan_items(comparison: Comparison) -> list[Item]:
    plan = comparison.plan
    if plan is None:
        return []
    choices = plan.words.removesuffix(plan.headline).strip()
    return [(SCENARIO["plan"], plan.headline or plan.words)] + ([("", choices)] if choices else [])


def _scenario_sheet(sheet: Worksheet, comparison: Comparison, results, practice: str, prepared: date) -> None:
    sheet.column_dimensions["A"].width, sheet.column_dimensions["B"].width = 38, 110
    for item in scenario(comparison, practice, prepared):
        _put(sheet, *item)
    _put(sheet, SCENARIO["summary"], comparison.summary)
    for item in _plan_items(comparison):
        _put(sheet, *item)
    _section(sheet, SOURCES, SOURCE_HEADER, sources(comparison, results))
    failed = unreadable(comparison, results)
    if failed:
        _section(sheet, SCENARIO["unreadable"], UNREADABLE_HEADER, failed)
    _fit_rows(sheet, [38, 110], 1, sheet.max_row)
    sheet.page_setup.orientation = "landscape"


def build(
    comparison: Comparison, results: list[AnalysisResult] | None, practice: str, prepared: date
) -> bytes:
    book = Workbook()
    _table_sheet(book.active, comparison, results, practice, prepared)
    _scenario_sheet(book.create_sheet(SHEETS["scenario"]), comparison, results, practice, prepared)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
