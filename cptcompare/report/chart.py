"""The PDF's chart: each contract's CPT cost a year as a bar beside its full name (a table row
per contract, so no name is ever cut short), the direct AMA license in orange and as a dashed
line on every row, and an axis. A contract whose cost is unknown keeps its row, marked
'unknown', so the chart leaves nobody out."""

from __future__ import annotations

import math
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from .. import palette
from ..models import Comparison, ComparisonRow
from ..onetime import cost_words

VENDOR = colors.HexColor(palette.VENDOR)  # the app's charts' colours, meaning the same (palette.py)
DIRECT = colors.HexColor(palette.AMA)
BAR_WIDTH, BAR_HEIGHT = 360, 12
LABEL_WIDTH, VALUE_ROOM = 250, 100  # the figure is written just past the bar's end
FONT, SIZE = "Helvetica", 7.5
TICKS = 5  # about this many steps on the axis


def _step(top: Decimal) -> Decimal:
    """A round step (1, 2 or 5 times a power of ten) giving about TICKS steps up to ``top``."""
    raw = max(top, Decimal(1)) / TICKS
    power = Decimal(10) ** (len(str(int(raw))) - 1)
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


def _scale(rows: list[ComparisonRow]) -> tuple[Decimal, Decimal]:
    """(the axis's end, its step): the next round figure at or above the largest cost."""
    top = max(r.annual_cpt_cost for r in rows if r.annual_cpt_cost is not None)
    step = _step(top)
    return max(step, math.ceil(top / step) * step), step


def _x(amount: Decimal, end: Decimal) -> float:
    return float(amount / end) * BAR_WIDTH


def _bar(row: ComparisonRow, end: Decimal, direct: Decimal) -> Drawing:
    """The bar, the direct license's dashed line across it, and the figure past the bar's end."""
    drawing = Drawing(BAR_WIDTH + VALUE_ROOM, BAR_HEIGHT)
    width = _x(row.annual_cpt_cost, end) if row.annual_cpt_cost else 0.0
    if width:
        fill = DIRECT if row.coverage == "direct" else VENDOR
        drawing.add(Rect(0, 2, width, BAR_HEIGHT - 4, fillColor=fill, strokeColor=None))
    at = _x(direct, end)
    drawing.add(Line(at, 0, at, BAR_HEIGHT, strokeColor=DIRECT, strokeWidth=1, strokeDashArray=[2, 2]))
    drawing.add(Line(0, 0, 0, BAR_HEIGHT, strokeColor=colors.grey, strokeWidth=0.5))
    drawing.add(
        String(_text_at(width, at, cost_words(row)), 3.5, cost_words(row), fontName=FONT, fontSize=SIZE)
    )
    return drawing


def _text_at(bar_end: float, line: float, text: str) -> float:
    """Just past the bar's end, or past the dashed line where the figure would cross it."""
    x = bar_end + 4
    return line + 4 if x - 2 < line < x + stringWidth(text, FONT, SIZE) + 2 else x


def _axis(end: Decimal, step: Decimal) -> Drawing:
    drawing = Drawing(BAR_WIDTH, 16)
    drawing.add(Line(0, 14, BAR_WIDTH, 14, strokeColor=colors.grey, strokeWidth=0.5))
    tick = Decimal(0)
    while tick <= end:
        x = _x(tick, end)
        drawing.add(Line(x, 11, x, 14, strokeColor=colors.grey, strokeWidth=0.5))
        drawing.add(String(x, 2, f"${tick:,.0f}", fontName=FONT, fontSize=7, textAnchor="middle"))
        tick += step
    return drawing


def cost_chart(comparison: Comparison, labels: list[str], label: ParagraphStyle) -> Table:
    """One row per contract (``labels``, in the table's order), then the direct license, then the axis."""
    rows = [*comparison.contracts, comparison.direct_row]
    end, step = _scale(rows)
    direct = comparison.direct.annual_cost
    data = [
        [Paragraph(escape(name), label), _bar(r, end, direct)]
        for name, r in zip([*labels, comparison.direct_row.vendor or ""], rows, strict=True)
    ]
    data.append(["", _axis(end, step)])
    table = Table(data, colWidths=[LABEL_WIDTH, BAR_WIDTH + VALUE_ROOM], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (1, 0), (1, -1), 0),
                ("LINEBELOW", (0, -3), (-1, -3), 0.25, colors.lightgrey),  # above the direct license
            ]
        )
    )
    return table
