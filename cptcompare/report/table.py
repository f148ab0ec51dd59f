"""The comparison as a table: one row per contract, then the direct-AMA row, shared by the CSV,
the workbook and the PDF; and the CSV itself.

A contract is told apart from another of the same vendor by its title, effective date and file.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from ..applications import kind_label
from ..markup import per_words
from ..models import AnalysisResult, Comparison, ComparisonRow, ContractTerms
from ..wording import date_words
from .words import EFFECTIVE

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = [
    "Vendor",
    "Contract",
    "File",
    "Application",
    "Who pays for CPT",
    "Checked",
    "Fee as stated",
    "CPT cost a year (USD)",
    "Direct AMA license a year (USD)",
    "Difference (USD)",
    "AMA royalty per unit (USD)",
    "Markup per unit (USD)",
    "Markup (% of royalty)",
    "Markup per",
    "AMA royalty a year, your practice (USD)",
    "Markup a year, your practice (USD)",
    "Markup basis",
    "Break-even",
    "Flags",
    "Evidence page",
    "What to do",
]
MONEY_COLUMNS = {
    "CPT cost a year (USD)",
    "Direct AMA license a year (USD)",
    "Difference (USD)",
    "AMA royalty per unit (USD)",
    "Markup per unit (USD)",
    "AMA royalty a year, your practice (USD)",
    "Markup a year, your practice (USD)",
}
PERCENT_COLUMNS = {"Markup (% of royalty)"}


def safe_cell(value: object) -> object:
    """Text a spreadsheet shows as written; numbers and empty cells unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def terms_by_row(results: list[AnalysisResult] | None) -> dict[str, ContractTerms]:
    """Each readable result's terms, by sha256 and by file name (rows carry both)."""
    out: dict[str, ContractTerms] = {}
    for r in results or []:
        if r.terms is not None:
            out.setdefault(r.sha256, r.terms)
            out.setdefault(r.file, r.terms)
    return out


def contract_words(terms: ContractTerms | None, short: bool = False) -> str:
    """'Master Subscription Agreement, effective 1 March 2025' (short: '1 Mar 2025'), or what of it
    is known ('')."""
    if terms is None:
        return ""
    when = terms.dates.effective_date
    parts = [terms.title or "", EFFECTIVE.format(date=date_words(when, short)) if when else ""]
    return ", ".join(p for p in parts if p)


def row_terms(r: ComparisonRow, terms: dict[str, ContractTerms]) -> ContractTerms | None:
    if not r.file:  # the direct-AMA row
        return None
    return terms.get(r.sha256) or terms.get(r.file)


def shared_vendors(comparison: Comparison) -> set[str]:
    """Vendors with more than one contract: their rows need the file to be told apart."""
    names = [r.vendor for r in comparison.contracts if r.vendor]
    return {n for n in names if names.count(n) > 1}


def row_label(r: ComparisonRow, shared: set[str]) -> str:
    """The vendor's name, with the file's where the vendor has more than one contract."""
    if r.vendor and r.vendor in shared:
        return f"{r.vendor} ({r.file})"
    return r.vendor or r.file


def _markup(r: ComparisonRow) -> dict[str, object]:
    """The markup columns: figures per unit per period and a year for the practice, or the reason."""
    m = r.markup
    return {
        "AMA royalty per unit (USD)": m.ama_royalty if m else None,
        "Markup per unit (USD)": m.vendor_addition if m else None,
        "Markup (% of royalty)": m.percent if m else None,
        "Markup per": per_words(m) if m else "",
        "AMA royalty a year, your practice (USD)": m.annual_royalty if m else None,
        "Markup a year, your practice (USD)": m.annual_addition if m else None,
        "Markup basis": m.basis if m else (r.markup_reason or ""),
    }


def _row(r: ComparisonRow, contract: str) -> dict[str, object]:
    return {
        "Vendor": r.vendor or "",
        "Contract": contract,
        "File": r.file,
        "Application": kind_label(r.application.kind) if r.coverage != "direct" else "",
        "Who pays for CPT": r.coverage_words,
        "Checked": checked_words(r),
        "Fee as stated": r.fee_stated,
        "CPT cost a year (USD)": r.annual_cpt_cost,
        "Direct AMA license a year (USD)": r.direct_annual_cost,
        "Difference (USD)": r.difference,
        **_markup(r),
        "Break-even": r.break_even.text if r.break_even else "",
        "Flags": "; ".join(r.flags),
        "Evidence page": r.evidence_page,
        "What to do": r.advice,
    }


def checked_words(r: ComparisonRow) -> str:
    """Whether a person signed off this reading, as the table and the exports say it."""
    if r.coverage == "direct" or r.verification is None:
        return ""
    if r.verified:
        return f"Verified by {r.verification.by} on {r.verification.on}"
    return "To review (changed since verified)" if r.verification.changed else "To review"


def table_rows(
    comparison: Comparison, results: list[AnalysisResult] | None = None
) -> list[dict[str, object]]:
    """One row per contract, then the direct-AMA row; money as Decimal, unknown as None. With
    ``results``, each contract's title and effective date (the direct row: the fee figures)."""
    terms = terms_by_row(results)
    rows = [_row(r, contract_words(row_terms(r, terms))) for r in comparison.contracts]
    return [*rows, _row(comparison.direct_row, comparison.schedule.name)]


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Decimal | int):
        return str(value)  # a number, negative ones included, stays a number
    return safe_cell(str(value))


def to_csv(comparison: Comparison, results: list[AnalysisResult] | None = None) -> bytes:
    """The table as CSV (UTF-8 with a BOM, so Excel reads it as such); an unknown figure is empty."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for row in table_rows(comparison, results):
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return out.getvalue().encode("utf-8-sig")
