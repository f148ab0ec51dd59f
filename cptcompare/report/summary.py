"""The PDF summary for a board packet: the practice, the date, the summary and the plan's
headline first, then the scenario with its assumptions and the files that could not be read and
why; the table, on a page of its own where it fits one (else its header repeated on each page,
and the direct-AMA row never parted from the last contract); the chart with every name in full;
the markup; and the contracts' own words. Headings stay with what follows; "Page n of m" below.

Every text from a contract or a user is escaped before reportlab reads it as markup; the footer
is drawn as plain text.
"""

from __future__ import annotations

import io
from datetime import date
from functools import partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from ..applications import kind_label
from ..markup import per_words, percent_words
from ..models import AnalysisResult, Comparison, ComparisonRow
from ..onetime import cost_words
from ..wording import date_words, money, plural
from .chart import cost_chart
from .scenario import plain, practice_name, quote_words, quotes, scenario, unreadable
from .table import checked_words, contract_words, row_label, row_terms, shared_vendors, terms_by_row
from .words import (
    CHART_NOTE,
    DOC_TITLE,
    FOOTER,
    HEADINGS,
    NEEDS_REVIEW,
    PAGE,
    SUBTITLE,
    TABLE_HEADER,
    TABLE_NOTE,
    TITLE,
)

PAGE_SIZE = landscape(letter)
MARGIN = 36  # half an inch: the table needs the width
FOOT = 20  # the footer's baseline, above the page's foot
WIDTHS = [242, 66, 100, 96, 64, 64, 76]  # the table's columns: the frame's 708 points
SHORT = 60  # characters: a scenario item this short shares its row with another
LABEL, HALF = 140, sum(WIDTHS) / 2
GRID = colors.HexColor("#BBBBBB")
HEAD_FILL = colors.HexColor("#E6E6E6")
DIRECT_FILL = colors.HexColor("#FDEBD3")
GREY = colors.HexColor("#555555")
LINES = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID)]


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=base["BodyText"], fontSize=9.5, leading=12.5)
    cell = ParagraphStyle("cell", fontName="Helvetica", fontSize=7.5, leading=9)
    return {
        "title": ParagraphStyle(
            "title", parent=base["Title"], alignment=0, fontSize=18, leading=22, spaceAfter=2
        ),
        "subtitle": ParagraphStyle("subtitle", parent=body, textColor=GREY, spaceAfter=6),
        "heading": ParagraphStyle(
            "heading", parent=base["Heading3"], fontName="Helvetica-Bold", spaceBefore=10, keepWithNext=1
        ),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, spaceBefore=3),
        "legend": ParagraphStyle("legend", parent=body, fontSize=8, leading=10, spaceAfter=3, keepWithNext=1),
        "cell": cell,
        "bold": ParagraphStyle("bold", parent=cell, fontName="Helvetica-Bold"),
        "right": ParagraphStyle("right", parent=cell, alignment=TA_RIGHT),
    }


class Pdf:
    """The pieces of one summary, each a list of flowables."""

    def __init__(self, comparison: Comparison, results: list[AnalysisResult] | None, practice: str, on: date):
        self.c, self.results, self.practice, self.on = comparison, results, practice_name(practice), on
        self.s = _styles()
        self.shared = shared_vendors(comparison)
        self.terms = terms_by_row(results)

    def para(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(escape(text), self.s[style])

    def heading(self, key: str) -> Paragraph:
        return self.para(HEADINGS[key], "heading")

    def top(self) -> list:
        """Title, date, the summary, and the plan's headline."""
        out = [
            self.para(TITLE.format(practice=self.practice), "title"),
            self.para(SUBTITLE.format(year=self.c.year, on=date_words(self.on)), "subtitle"),
            self.para(self.c.summary),
        ]
        plan = self.c.plan
        if plan and (plan.headline or plan.words):
            out += [self.heading("plan"), self._boxed(plan.headline or plan.words)]
        return out

    def _boxed(self, text: str) -> Table:
        box = Table([[self.para(text)]], colWidths=[sum(WIDTHS)])
        box.setStyle(
            TableStyle([("BOX", (0, 0), (-1, -1), 0.75, GREY), ("BACKGROUND", (0, 0), (-1, -1), "#F7F7F7")])
        )
        return box

    def _pairs(
        self, rows: list[tuple[str, str]], widths: list[float], head: tuple[str, str] | None = None
    ) -> Table:
        """A two-column table of words: label (bold) and value."""
        data = [[self.para(a, "bold"), self.para(b, "cell")] for a, b in rows]
        if head:
            data.insert(0, [self.para(head[0], "bold"), self.para(head[1], "bold")])
        table = Table(data, colWidths=widths, repeatRows=1 if head else 0, hAlign="LEFT")
        table.setStyle(TableStyle(LINES + ([("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)] if head else [])))
        return table

    def scenario(self) -> list:
        """Short items two to a row; long ones (sources, notes, assumptions) a row each."""
        items = [(label, plain(value)) for label, value in scenario(self.c, self.practice, self.on)]
        short = [item for item in items if len(item[1]) <= SHORT]
        long = _once([item for item in items if len(item[1]) > SHORT])
        pairs = [
            short[i] + (short[i + 1] if i + 1 < len(short) else ("", "")) for i in range(0, len(short), 2)
        ]
        cells = [[self.para(t, "bold" if j % 2 == 0 else "cell") for j, t in enumerate(row)] for row in pairs]
        grid = Table(cells, colWidths=[LABEL, HALF - LABEL, LABEL, HALF - LABEL])
        grid.setStyle(TableStyle(LINES))
        return [self.heading("scenario"), grid, self._pairs(long, [LABEL, sum(WIDTHS) - LABEL])]

    def unreadable(self) -> list:
        failed = unreadable(self.c, self.results)
        if not failed:
            return []
        return [self.heading("unreadable"), self._pairs(failed, [250, sum(WIDTHS) - 250], ("File", "Why"))]

    def _contract(self, r: ComparisonRow) -> Paragraph:
        """The vendor, and below it the contract's title, date and file: two contracts of one
        vendor are told apart."""
        if r.coverage == "direct":
            return self.para(r.vendor or "", "bold")
        detail = " · ".join(p for p in [contract_words(row_terms(r, self.terms), short=True), r.file] if p)
        vendor = escape(r.vendor or r.file)
        return Paragraph(
            f"<b>{vendor}</b><br/><font size=6.2 color='#555555'>{escape(detail)}</font>", self.s["cell"]
        )

    def _row(self, r: ComparisonRow) -> list:
        pays = r.coverage_words + (NEEDS_REVIEW if r.needs_review else "")
        application = kind_label(r.application.kind) if r.coverage != "direct" else ""
        figures = [cost_words(r), money(r.difference)]  # the direct license: the last row, and the note
        return [
            self._contract(r),
            self.para(application, "cell"),
            self.para(pays, "cell"),
            self.para(r.fee_stated, "cell"),
            *(self.para(f, "right") for f in figures),
            self.para(checked_words(r), "cell"),
        ]

    def table(self) -> list:
        rows = [*self.c.contracts, self.c.direct_row]
        data = [[self.para(h, "bold") for h in TABLE_HEADER], *map(self._row, rows)]
        widths = list(WIDTHS)
        if not any(r.verification for r in self.c.contracts):  # no sign-offs kept: no Checked column
            data, widths = [d[:-1] for d in data], [widths[0] + widths[-1], *widths[1:-1]]
        table = Table(data, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(_table_style(len(data))))
        note = TABLE_NOTE.format(direct=money(self.c.direct.annual_cost))
        return [self.heading("table"), self.para(note, "legend"), table]

    def markup(self) -> list:
        """Each split fee in a sentence, led by its contract's name in bold."""
        lines = []
        for r in self.c.contracts:
            label = row_label(r, self.shared)
            line = markup_line(r, label)
            if line:
                rest = escape(line.removeprefix(f"{label}: "))
                lines.append(Paragraph(f"<b>{escape(label)}</b>: {rest}", self.s["small"]))
        return [self.heading("markup"), *lines] if lines else []

    def chart(self) -> list:
        """Heading, legend and chart on one page (the chart fits one, unless the contracts are many);
        none without a contract to chart."""
        if not self.c.contracts:
            return []
        labels = [row_label(r, self.shared) for r in self.c.contracts]
        note = CHART_NOTE.format(direct=money(self.c.direct.annual_cost))
        chart = cost_chart(self.c, labels, self.s["cell"])
        return [KeepTogether([self.heading("chart"), self.para(note, "legend"), chart])]

    def quotes(self) -> list:
        said = quotes(self.results)
        lines = [
            Paragraph(
                f"<b>{escape(row_label(r, self.shared))}</b>, {escape(quote_words(*q))}", self.s["small"]
            )
            for r in self.c.contracts
            for q in said.get(r.sha256, [])
        ]
        return [self.heading("quotes"), *lines] if lines else []

    def story(self) -> list:
        parts = [self.top(), self.scenario(), self.unreadable(), self.table(), self.chart(), self.markup()]
        return [flowable for part in [*parts, self.quotes()] for flowable in part]


def _once(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A label said once for a run of items under it (the assumptions)."""
    return [(label if i == 0 or items[i - 1][0] != label else "", v) for i, (label, v) in enumerate(items)]


def _table_style(rows: int) -> list:
    return [
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ROWBACKGROUNDS", (0, 1), (-1, rows - 2), [colors.white, colors.HexColor("#F5F7FA")]),
        ("BACKGROUND", (0, rows - 1), (-1, rows - 1), DIRECT_FILL),  # the direct-AMA row
        ("NOSPLIT", (0, rows - 2), (-1, rows - 1)),  # never on a page of its own
    ]


def markup_line(r: ComparisonRow, label: str | None = None) -> str | None:
    """One contract's markup in a sentence, for the PDF summary (None: no split)."""
    m = r.markup
    if m is None:
        return None
    above = m.vendor_addition >= 0
    split = f"{money(m.ama_royalty)} AMA royalty {'+' if above else '-'} {money(abs(m.vendor_addition))}"
    share = f"{percent_words(m.percent)}{'' if above else ' below'}"
    year = money(abs(m.annual_addition)) + (" a year" if above else " a year below the royalty")
    return (
        f"{label or r.vendor or r.file}: {money(m.fee)} {per_words(m)} = {split} ({share}); {year} for "
        f"your {plural(m.unit_count, m.unit)}. {m.basis}"
    )


class _Numbered(Canvas):
    """A canvas that holds its pages until the end, to write "Page n of m" on each."""

    def __init__(self, *args, footer: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self._footer, self._pages = footer, []

    def showPage(self):  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, len(self._pages))
            super().showPage()
        super().save()

    def _draw_footer(self, number: int, total: int) -> None:
        width, _ = self._pagesize
        self.setStrokeColor(GRID)
        self.line(MARGIN, FOOT + 10, width - MARGIN, FOOT + 10)
        self.setFont("Helvetica", 7.5)
        self.setFillColor(GREY)
        self.drawString(MARGIN, FOOT, self._footer)
        self.drawRightString(width - MARGIN, FOOT, PAGE.format(n=number, m=total))


def build(comparison: Comparison, results: list[AnalysisResult] | None, practice: str, on: date) -> bytes:
    pdf = Pdf(comparison, results, practice, on)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN - 6,
        bottomMargin=FOOT + 12,
        title=f"{DOC_TITLE}: {pdf.practice}",
    )
    footer = FOOTER.format(practice=pdf.practice, on=date_words(on))
    doc.build(pdf.story(), canvasmaker=partial(_Numbered, footer=footer))
    return out.getvalue()
