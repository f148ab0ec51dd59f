"""Plotly figures of a comparison: cost per vendor against the direct license, the AMA's royalty
against the vendor's markup in each fee, cost against the number of users with the break-even
points, and the projection over the coming years; and the renewals timeline (each contract's
terms and its notice deadline). The figures each one draws, as a table: charttables.py.

Colours keep one meaning in every chart (palette.py), each with its own mark and its name beside
it. Every figure reads on a phone (390 px) as on a desk: names wrap onto short lines, legends sit
below the chart, words at the end of a bar go into its label, margins grow to fit their labels.

Plotly reads a little HTML in labels (links, line breaks): names that come from contracts are
escaped first, so they show as written.
"""

from __future__ import annotations

import html
import textwrap
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import plotly.graph_objects as go

from .markup import per_words, percent_words
from .models import Comparison, ComparisonRow, Markup, Renewal, Renewals
from .onetime import cost_words
from .palette import AMA, DEADLINE, INK, MARK, OUTLINE, SHORT, TERMS, TEXT_ON_AMA, VENDOR
from .renewals import PERIOD_WORDS, periods
from .wording import date_words, money

LABEL_WIDTH = 26  # characters on a line of a bar's label: beside the bars on a phone
LEGEND_WIDTH = 40  # characters on a line of the legend
TITLE_WIDTH = 34  # characters on a line of a title (its letters are larger)
ROW = 17  # pixels a line of a label takes
LEGEND_BELOW = {
    "orientation": "h",
    "x": 0,
    "xanchor": "left",
    "y": 0,
    "yanchor": "bottom",
    "yref": "container",
}
VENDOR_SYMBOLS = [  # one a contract's line (the AMA's are squares, a break-even a cross: never these)
    "circle",
    "triangle-up",
    "star",
    "triangle-down",
    "cross",
    "circle-open",
    "triangle-up-open",
    "star-open",
    "triangle-down-open",
    "hourglass",
]
MS_A_DAY = 86_400_000
DOLLARS = {"tickprefix": "$", "tickformat": ",.0f"}  # $8,000


def wrap(text: str, width: int = LABEL_WIDTH, most: int = 3) -> str:
    """``text`` escaped, in at most ``most`` lines of ``width`` characters joined by Plotly's line
    break (a longer name ends in "…": the hover and the chart's table have it whole)."""
    lines = textwrap.wrap(text, width, break_on_hyphens=False, max_lines=most, placeholder=" …") or [""]
    return "<br>".join(html.escape(line) for line in lines)


def _lines(label: str) -> int:
    return label.count("<br>") + 1


def _rows_height(labels: list[str], least: int = 30, pad: int = 12) -> int:
    """Pixels for the bars of a horizontal bar chart: Plotly gives every bar the same height,
    so each gets what the tallest label needs."""
    tallest = max((_lines(x) for x in labels), default=1)
    return max(len(labels), 3) * max(least, ROW * tallest + pad)


def _layout(fig: go.Figure, title: str, height: int, **more) -> go.Figure:
    """The layout every chart shares: a title that wraps, the legend below, room for labels."""
    heading = wrap(title, TITLE_WIDTH, most=4)
    fig.update_layout(
        template="plotly_white",
        title={"text": heading, "x": 0, "xanchor": "left", "font": {"color": INK}},
        font={"color": INK},
        margin={"l": 10, "r": 24, "t": 30 + 22 * _lines(heading), "b": 10},
        legend=LEGEND_BELOW | {"font": {"color": INK}} | more.pop("legend", {}),
        height=height,
        uniformtext={"minsize": 10, "mode": "hide"},  # words that do not fit a bar are left off
        **more,
    )
    words = {"automargin": True, "tickfont_color": INK, "title_font_color": INK}
    fig.update_xaxes(**words)
    fig.update_yaxes(**words)
    fig.update_annotations(font_color=INK)
    return fig


def _key(name: str, line: dict, **marker) -> go.Scatter:
    """A legend entry for a mark that is a shape (a line across the chart), not a trace."""
    return go.Scatter(x=[None], y=[None], mode="lines", name=name, line=line, hoverinfo="skip", **marker)


def name_of(row: ComparisonRow, c: Comparison) -> str:
    """The vendor's name, with the file's where two contracts share a vendor (they would merge)."""
    name = row.vendor or row.file
    if row.vendor and row.vendor in _shared(c):
        name = f"{row.vendor} ({row.file})"
    return name


_SHARED: dict[int, tuple[Comparison, frozenset[str]]] = {}  # the last few comparisons' answers


def _shared(c: Comparison) -> frozenset[str]:
    """Vendors named by more than one contract, counted once per comparison (not once per row:
    2,000 contracts made that four million comparisons for each chart)."""
    kept = _SHARED.get(id(c))
    if kept is None or kept[0] is not c:
        counts = Counter(r.vendor for r in c.contracts if r.vendor)
        kept = (c, frozenset(v for v, n in counts.items() if n > 1))
        if len(_SHARED) > 8:
            _SHARED.clear()
        _SHARED[id(c)] = kept
    return kept[1]


def _label(row: ComparisonRow, c: Comparison, width: int = LABEL_WIDTH) -> str:
    return wrap(name_of(row, c), width)


def costed(c: Comparison) -> list[ComparisonRow]:
    """The contracts whose CPT cost is known: the bars of cost_by_vendor."""
    return [r for r in c.contracts if r.annual_cpt_cost is not None]


def cost_by_vendor(c: Comparison) -> go.Figure:
    """Annual CPT cost of each contract whose cost is known, and the direct license beside them."""
    rows = costed(c)
    labels = [_label(r, c) for r in rows]
    costs = [float(r.annual_cpt_cost) for r in rows]
    direct = float(c.direct.annual_cost)
    fig = go.Figure(
        go.Bar(
            x=costs,
            y=labels,
            orientation="h",
            marker_color=VENDOR,
            name="Your contract's CPT cost a year",
            text=[cost_words(r) for r in rows],
            textposition="outside",
            textfont={"color": INK},
            cliponaxis=False,
            showlegend=True,
        )
    )
    line = {"color": AMA, "width": 3, "dash": "dash"}
    fig.add_vline(x=direct, line=line, layer="below")  # under the bars' figures
    fig.add_trace(_key(f"Direct AMA license: {money(c.direct.annual_cost)} a year", line))
    fig.update_xaxes(title="USD a year", range=[0, max([direct, *costs]) * 1.3], **DOLLARS)
    fig.update_yaxes(autorange="reversed")  # the table's order, top down
    return _layout(fig, "CPT cost a year, per contract", _rows_height(labels) + 190)


def _end_words(m: Markup) -> str:
    """What the bar's end says: the markup for this practice, or how far below the royalty."""
    if m.annual_addition < 0:
        return f"{money(-m.annual_addition)} below the royalty ({percent_words(m.percent)})"
    return f"+{money(m.annual_addition)} markup ({percent_words(m.percent)})"


def _split_label(row: ComparisonRow, c: Comparison) -> str:
    """Name, fee as stated, and the markup: in the label, where a phone has room for it."""
    m = row.markup
    assert m is not None
    return "<br>".join([_label(row, c), wrap(f"{money(m.fee)} {per_words(m)}"), wrap(_end_words(m))])


def _split_hover(m: Markup) -> str:
    per = per_words(m)
    return f"{money(m.ama_royalty)} AMA royalty {'+' if m.vendor_addition >= 0 else '-'} " + (
        f"{money(abs(m.vendor_addition))} {per} = {money(m.fee)} {per}<extra></extra>"
    )


def _split_bar(name: str, x: list[float], y: list[str], marker: dict, **more) -> go.Bar:
    return go.Bar(x=x, y=y, name=name, orientation="h", marker=marker, **more)


def split(m: Markup) -> tuple[float, float, float]:
    """(royalty, markup, short of the royalty) a year for the practice: the three stacked bars."""
    royalty = float(min(m.annual_royalty, m.annual_royalty + m.annual_addition))
    return royalty, float(max(m.annual_addition, 0)), float(max(-m.annual_addition, 0))


def royalty_and_markup(c: Comparison) -> go.Figure:
    """Each split fee, a year for this practice: the AMA's royalty in it, stacked with the vendor's
    markup (or, for a fee below the royalty, the part of the royalty the fee does not reach)."""
    rows = [r for r in c.contracts if r.markup is not None]
    marks = [r.markup for r in rows]
    y = [_split_label(r, c) for r in rows]
    parts = [split(m) for m in marks]
    royalty, added, below = ([p[n] for p in parts] for n in range(3))
    hover = [_split_hover(m) for m in marks]
    fig = go.Figure()
    fig.add_trace(
        _split_bar(
            "AMA royalty",
            royalty,
            y,
            {"color": AMA},
            text=[f"{money(v)} royalty" for v in royalty],
            textposition="inside",
            insidetextanchor="middle",
            insidetextfont={"color": TEXT_ON_AMA},
            textangle=0,
            hovertemplate=hover,
        )
    )
    fig.add_trace(_split_bar("Vendor's markup", added, y, {"color": VENDOR}, hovertemplate=hover))
    if any(below):
        pattern = {"shape": "/", "fgcolor": SHORT, "bgcolor": "white"}
        short = {"color": "white", "pattern": pattern, "line": {"color": SHORT, "width": 1}}
        fig.add_trace(_split_bar("Below the AMA's royalty", below, y, short, hovertemplate=hover))
    ends = [r + a + b for r, a, b in zip(royalty, added, below, strict=True)]
    fig.update_xaxes(title="USD a year", range=[0, max(ends, default=1) * 1.1], **DOLLARS)
    fig.update_yaxes(autorange="reversed")
    title = "The AMA's royalty and the vendor's markup, a year for your practice"
    return _layout(fig, title, _rows_height(y, 56) + 200, barmode="stack", legend={"traceorder": "normal"})


def cost_at(row: ComparisonRow, users: int) -> Decimal | None:
    """A contract's CPT cost a year at ``users`` users (a per-user fee grows, others do not);
    None where the contract has no pass-through fee of known cost to draw."""
    if row.annual_cpt_cost is None or row.coverage != "pass_through" or not row.cpt_fee:
        return None
    if row.cpt_fee.unit == "user" and row.unit_count:
        return row.annual_cpt_cost / row.unit_count * users
    return row.annual_cpt_cost


def _line_for(row: ComparisonRow, users: list[int]) -> list[float] | None:
    if cost_at(row, 0) is None:
        return None
    return [float(cost_at(row, u)) for u in users]


def users_axis_end(c: Comparison, most: int | None = None) -> int:
    """The right end of cost_vs_users: twice the practice's users, at least 40."""
    return most or max(40, c.users.users * 2)


def direct_at(c: Comparison, users: int) -> Decimal:
    return c.schedule.entity_fee + c.schedule.per_user * Decimal(users)


def break_evens(c: Comparison, top: int) -> list[tuple[ComparisonRow, int]]:
    """Each contract's break-even with a direct license, where it falls on the chart."""
    return [
        (r, r.break_even.users)
        for r in c.contracts
        if r.break_even and r.break_even.users is not None and 0 < r.break_even.users <= top
    ]


def _users_line(x: list[int], y: list[float], name: str, line: dict, symbol: str) -> go.Scatter:
    marker = {"symbol": symbol, "size": 8, "maxdisplayed": 9, "color": line["color"]}
    return go.Scatter(x=x, y=y, name=name, mode="lines+markers", line=line, marker=marker)


def cost_vs_users(c: Comparison, most_users: int | None = None) -> go.Figure:
    """Direct license cost and each pass-through fee against the number of users, break-evens marked."""
    top = users_axis_end(c, most_users)
    users = list(range(0, top + 1))
    direct = [float(direct_at(c, u)) for u in users]
    fig = go.Figure(
        _users_line(users, direct, "Direct AMA license", {"color": AMA, "width": 3, "dash": "dash"}, "square")
    )
    lines = [(r, _line_for(r, users)) for r in c.contracts]
    for n, (row, line) in enumerate((r, v) for r, v in lines if v is not None):
        symbol = VENDOR_SYMBOLS[n % len(VENDOR_SYMBOLS)]
        fig.add_trace(
            _users_line(users, line, _label(row, c, LEGEND_WIDTH), {"color": VENDOR, "width": 2}, symbol)
        )
    points = break_evens(c, top)
    if points:
        fig.add_trace(
            go.Scatter(
                x=[float(u) for _, u in points],
                y=[float(direct_at(c, u)) for _, u in points],
                mode="markers",
                marker={"size": 12, "symbol": "x", "color": MARK},
                name="Break-even with a direct license",
                hovertext=[f"Break-even: {_label(r, c)}, {u} users" for r, u in points],
                hoverinfo="text",
            )
        )
    fig.add_vline(
        x=c.users.users, line={"dash": "dot", "color": MARK}, annotation_text=f"Your {c.users.users} users"
    )
    fig.update_xaxes(title="Users", nticks=6)
    fig.update_yaxes(**DOLLARS)
    return _layout(fig, "CPT cost a year against the number of users", 420 + 24 * len(fig.data))


def projection(c: Comparison) -> go.Figure:
    years = [y.year for y in c.projection]
    direct = [float(y.direct_annual_cost) for y in c.projection]
    line = {"color": AMA, "width": 3, "dash": "dash"}
    marker = {"symbol": "square", "size": 8}
    fig = go.Figure(
        go.Scatter(x=years, y=direct, name="Direct AMA license (all applications)", line=line, marker=marker)
    )
    vendor = [y.vendor_annual_cost for y in c.projection]
    if all(v is not None for v in vendor):
        fig.add_trace(
            go.Scatter(
                x=years,
                y=[float(v) for v in vendor],
                name="Your contracts' CPT costs",
                line={"color": VENDOR, "width": 3},
                marker={"symbol": "circle", "size": 8},
            )
        )
    fig.update_traces(mode="lines+markers")
    fig.update_xaxes(title="Year", dtick=1)
    fig.update_yaxes(title="USD a year", rangemode="tozero", **DOLLARS)
    return _layout(fig, f"The next {len(years)} years ({c.escalation})", 440)


TERM_PATTERNS = {"initial": "", "renewal": ".", "next": "/"}


def renewal_name(r: Renewal, rs: Renewals) -> str:
    name = r.vendor or r.file
    if r.vendor and sum(o.vendor == r.vendor for o in rs.contracts) > 1:
        name = f"{r.vendor} ({r.file})"
    return name


def _renewal_label(r: Renewal, rs: Renewals) -> str:
    return wrap(renewal_name(r, rs))


def drawn(rs: Renewals) -> list[Renewal]:
    """The contracts a timeline can draw: those whose current term's end is known."""
    return [r for r in rs.contracts if periods(r)]


def _term_bars(rows: list[Renewal], rs: Renewals, kind: str) -> go.Bar:
    spans = [(_renewal_label(r, rs), p) for r in rows for p in periods(r) if p.kind == kind]
    pattern = {"shape": TERM_PATTERNS[kind], "fgcolor": OUTLINE, "bgcolor": TERMS[kind], "size": 6}
    return go.Bar(
        y=[label for label, _ in spans],
        x=[((p.end - p.start).days + 1) * MS_A_DAY for _, p in spans],
        base=[p.start.isoformat() for _, p in spans],
        orientation="h",
        name=PERIOD_WORDS[kind],
        marker={"color": TERMS[kind], "pattern": pattern, "line": {"color": OUTLINE, "width": 1}},
        hovertext=[
            f"{label}<br>{p.words}: {date_words(p.start, True)} to {date_words(p.end, True)}"
            for label, p in spans
        ],
        hoverinfo="text",
    )


def _deadline_marks(rows: list[Renewal], rs: Renewals) -> go.Scatter:
    due = [r for r in rows if r.notice_deadline.date]
    return go.Scatter(
        y=[_renewal_label(r, rs) for r in due],
        x=[r.notice_deadline.date for r in due],
        mode="markers",
        name="Last day to give notice",
        marker={"color": DEADLINE, "symbol": "diamond", "size": 13, "line": {"color": "white", "width": 1}},
        hovertext=[
            f"{_renewal_label(r, rs)}<br>Last day to give notice: {date_words(r.notice_deadline.date, True)}"
            f" ({r.days_left} days left)"
            for r in due
        ],
        hoverinfo="text",
    )


def _span(rows: list[Renewal]) -> list[str] | None:
    """From a month before the first term drawn to a month after the last."""
    spans = [p for r in rows for p in periods(r)]
    if not spans:
        return None
    margin = timedelta(days=30)
    return [
        (min(p.start for p in spans) - margin).isoformat(),
        (max(p.end for p in spans) + margin).isoformat(),
    ]


def renewal_timeline(rs: Renewals) -> go.Figure:
    """Each contract whose term's end is known: its terms so far, the next one, and its notice
    deadline; a line at the as-of date. The order is the table's (next deadline on top)."""
    rows = drawn(rs)
    fig = go.Figure([_term_bars(rows, rs, kind) for kind in PERIOD_WORDS] + [_deadline_marks(rows, rs)])
    today = date.fromisoformat(rs.as_of)
    fig.add_shape(
        type="line", x0=rs.as_of, x1=rs.as_of, y0=0, y1=1, yref="paper", line={"dash": "dot", "color": MARK}
    )
    fig.add_annotation(
        x=rs.as_of,
        y=1,
        yref="paper",
        text="Today" if today == date.today() else html.escape(date_words(today, True)),
        showarrow=False,
        yanchor="bottom",
    )
    labels = [_renewal_label(r, rs) for r in rows]
    fig.update_xaxes(type="date", range=_span(rows))
    fig.update_yaxes(categoryorder="array", categoryarray=labels, autorange="reversed")
    return _layout(fig, "Terms and notice deadlines", _rows_height(labels, 34) + 230, barmode="overlay")
