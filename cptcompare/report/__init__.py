"""Exports of a comparison: CSV and XLSX tables, and a PDF summary for a board packet.

Contract text is untrusted: a cell that a spreadsheet would run as a formula (it starts with
=, +, -, @, a tab or a carriage return) is written with a leading apostrophe (``safe_cell``),
and text placed in the PDF is escaped before reportlab reads it as markup.

Modules: ``table`` (the rows every export shares, and the CSV), ``scenario`` (what the figures
assume and rest on), ``workbook`` (Excel), ``summary`` and ``chart`` (the PDF), ``words`` (their
wording). openpyxl and reportlab load only when a workbook or a PDF is made.
"""

from __future__ import annotations

from datetime import date

from ..models import AnalysisResult, Comparison
from .table import COLUMNS, checked_words, safe_cell, table_rows, to_csv

__all__ = [
    "COLUMNS",
    "checked_words",
    "markup_line",
    "safe_cell",
    "table_rows",
    "to_csv",
    "to_pdf",
    "to_xlsx",
]


def to_xlsx(
    comparison: Comparison,
    results: list[AnalysisResult] | None = None,
    practice: str = "",
    prepared: date | None = None,
) -> bytes:
    """The workbook: the table (sheet 'Comparison') and the sheet 'Scenario and sources'."""
    from .workbook import build

    return build(comparison, results, practice, prepared or date.today())


def to_pdf(
    comparison: Comparison,
    results: list[AnalysisResult] | None = None,
    practice: str = "",
    prepared: date | None = None,
) -> bytes:
    """A few pages a practice lead can hand to the board (see summary.py)."""
    from .summary import build

    return build(comparison, results, practice, prepared or date.today())


def markup_line(r, label: str | None = None) -> str | None:
    from .summary import markup_line as line

    return line(r, label)
