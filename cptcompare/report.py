"""Exports of a comparison: CSV and XLSX tables, and a PDF summary for a board packet.

Contract text is untrusted: a cell that a spreadsheet would run as a formula (it starts with
=, +, -, @, a tab or a carriage return) is written with a leading apostrophe, and text placed
in the PDF is escaped before reportlab reads it as markup.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal
from xml.sax.saxutils import escape

from .applications import kind_label
from .markup import per_words, percent_words
from .models import AnalysisResult, Comparison, ComparisonRow
from .onetime import cost_words
from .wording import money, plural

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
COLUMNS = [
    "Vendor",
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
WIDE_COLUMNS = {"What to do": 60, "Markup basis": 50}


def safe_cell(value: object) -> object:
    """Text a spreadsheet shows as written; numbers and empty cells unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


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


def _row(r: ComparisonRow) -> dict[str, object]:
    return {
        "Vendor": r.vendor or "",
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


def table_rows(comparison: Comparison) -> list[dict[str, object]]:
    """One row per contract, then the direct-AMA row; money as Decimal, unknown as None."""
    return [_row(r) for r in [*comparison.contracts, comparison.direct_row]]


def _csv_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Decimal | int):
        return str(value)  # a number, negative ones included, stays a number
    return safe_cell(str(value))


def to_csv(comparison: Comparison) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for row in table_rows(comparison):
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return out.getvalue().encode("utf-8-sig")  # with a BOM, so Excel reads it as UTF-8


def to_xlsx(comparison: Comparison) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Comparison"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in table_rows(comparison):
        sheet.append([float(v) if isinstance(v, Decimal) else safe_cell(v) for v in row.values()])
    for index, name in enumerate(COLUMNS, start=1):
        letter = sheet.cell(row=1, column=index).column_letter
        sheet.column_dimensions[letter].width = WIDE_COLUMNS.get(name, 22)
        for cell in sheet[letter][1:]:
            if name in MONEY_COLUMNS:
                cell.number_format = '"$"#,##0.00'
            elif name in PERCENT_COLUMNS:
                cell.number_format = '0.0"%"'
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    notes = book.create_sheet("How it was worked out")
    plan = [comparison.plan.words, ""] if comparison.plan else []
    for line in [
        comparison.summary,
        "",
        *plan,
        *comparison.direct.assumptions,
        f"Projection: {comparison.escalation}",
    ]:
        notes.append([safe_cell(line)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _quotes(results: list[AnalysisResult]) -> list[tuple[str, str, int | None, str]]:
    """(vendor or file, field, page, quote) of the coverage and fee evidence of each contract."""
    out = []
    for r in results:
        if r.terms is None:
            continue
        said: set[str] = set()
        for f in r.terms.findings:
            if f.field in ("coverage", "cpt_fee") and f.quote and f.quote not in said:
                said.add(f.quote)
                out.append((r.terms.vendor or r.file, f.field.replace("cpt_fee", "CPT fee"), f.page, f.quote))
    return out


def _chart(comparison: Comparison):
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors

    known = [r for r in comparison.contracts if r.annual_cpt_cost is not None][:12]
    rows = [*known, comparison.direct_row]
    drawing = Drawing(460, 24 * len(rows) + 30)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 170, 20, 270, 24 * len(rows)
    chart.data = [[float(r.annual_cpt_cost or 0) for r in rows]]
    chart.categoryAxis.categoryNames = [(r.vendor or r.file)[:32] for r in rows]
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = "$%d"
    chart.bars[0].fillColor = colors.HexColor("#4C78A8")
    chart.bars[(0, len(rows) - 1)].fillColor = colors.HexColor("#F58518")  # the direct license
    chart.barLabelFormat = "$%.2f"
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    drawing.add(chart)
    return drawing


def markup_line(r: ComparisonRow) -> str | None:
    """One contract's markup in a sentence, for the PDF summary (None: no split)."""
    m = r.markup
    if m is None:
        return None
    above = m.vendor_addition >= 0
    split = f"{money(m.ama_royalty)} AMA royalty {'+' if above else '-'} {money(abs(m.vendor_addition))}"
    share = f"{percent_words(m.percent)}{'' if above else ' below'}"
    year = money(abs(m.annual_addition)) + (" a year" if above else " a year below the royalty")
    return (
        f"{r.vendor or r.file}: {money(m.fee)} {per_words(m)} = {split} ({share}); {year} for your "
        f"{plural(m.unit_count, m.unit)}. {m.basis}"
    )


def _markup_lines(comparison: Comparison, para, heading) -> list:
    lines = [line for line in map(markup_line, comparison.contracts) if line]
    if not lines:
        return []
    return [para("The vendors' markup over the AMA's royalty", heading), *map(para, lines)]


def to_pdf(comparison: Comparison, results: list[AnalysisResult] | None = None) -> bytes:
    """A few pages a practice lead can hand to the board: summary, table, chart, evidence."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import landscape, letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)

    def para(text: str, style=small) -> Paragraph:
        return Paragraph(escape(text), style)

    story = [
        para(f"What CPT costs the practice, {comparison.year}", styles["Title"]),
        para(comparison.summary, styles["BodyText"]),
        Spacer(1, 8),
    ]
    header = ["Vendor", "Who pays for CPT", "Fee as stated", "CPT a year", "Direct AMA", "Difference"]
    body = [
        [
            para(r.vendor or r.file),
            para(r.coverage_words),
            para(r.fee_stated),
            cost_words(r),
            money(r.direct_annual_cost),
            money(r.difference),
        ]
        for r in [*comparison.contracts, comparison.direct_row]
    ]
    table = Table([header, *body], colWidths=[150, 150, 150, 70, 70, 70], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story += [table, *_markup_lines(comparison, para, styles["Heading3"])]
    story += [
        Spacer(1, 10),
        para("Annual CPT cost per vendor, against a direct AMA license", styles["Heading3"]),
        _chart(comparison),
    ]
    story += [para("How the figures were worked out", styles["Heading3"])]
    story += [para(line) for line in comparison.direct.assumptions]
    quotes = _quotes(results or [])
    if quotes:
        story.append(para("The contracts' own words", styles["Heading3"]))
        story += [para(f"{who}, page {page} ({field}): “{quote}”") for who, field, page, quote in quotes]
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=landscape(letter), title="CPT licensing comparison").build(story)
    return out.getvalue()
