"""Plotly figures of a comparison: cost per vendor against the direct license, the AMA's royalty
against the vendor's markup in each fee, cost against the number of users with the break-even
points, and the projection over the coming years; and the renewals timeline (each contract's
terms and its notice deadline).

Plotly reads a little HTML in labels (links, line breaks): names that come from contracts are
escaped first, so they show as written.
"""

from __future__ import annotations

import html
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

import numpy as np
import plotly.graph_objects as go

from .markup import per_words, percent_words
from .models import Comparison, ComparisonRow, Markup, Renewal, Renewals
from .onetime import cost_words
from .renewals import PERIOD_WORDS, periods
from .wording import date_words, money

VENDOR = "#4C78A8"
DIRECT = "#F58518"
BELOW = "#9D9D9D"
LAYOUT = {"template": "plotly_white", "margin": {"l": 10, "r": 10, "t": 50, "b": 10}, "height": 420}


def _shared(c: Comparison) -> set[str]:
    """Vendors named by more than one contract (counted once, not once per row: 2,000 contracts)."""
    counts = Counter(r.vendor for r in c.contracts if r.vendor)
    return {vendor for vendor, n in counts.items() if n > 1}


def _label(row: ComparisonRow, shared: set[str]) -> str:
    """The vendor's name, with the file's where two contracts share a vendor (they would merge)."""
    name = row.vendor or row.file
    if row.vendor in shared:
        name = f"{row.vendor} ({row.file})"
    return html.escape(name)


def cost_by_vendor(c: Comparison) -> go.Figure:
    """Annual CPT cost of each contract whose cost is known, and the direct license beside them."""
    rows, shared = [r for r in c.contracts if r.annual_cpt_cost is not None], _shared(c)
    fig = go.Figure(
        go.Bar(
            x=[float(r.annual_cpt_cost) for r in rows],
            y=[_label(r, shared) for r in rows],
            orientation="h",
            marker_color=VENDOR,
            name="Your contract's CPT cost",
            text=[cost_words(r) for r in rows],
            textposition="auto",
        )
    )
    direct = float(c.direct.annual_cost)
    fig.add_vline(
        x=direct,
        line_color=DIRECT,
        line_width=3,
        line_dash="dash",
        annotation_text=f"Direct AMA license: ${direct:,.2f}",
        annotation_position="top",
    )
    layout = LAYOUT | {"height": 28 * max(len(rows), 3) + 160}  # bars of one thickness, however many
    fig.update_layout(title="CPT cost a year, per contract", xaxis_title="USD a year", **layout)
    return fig


def _split_label(row: ComparisonRow, c: Comparison) -> str:
    m = row.markup
    assert m is not None
    return f"{_label(row, c)}<br>{money(m.fee)} {per_words(m)}"


def _end_words(m: Markup) -> str:
    """What the bar's end says: the markup for this practice, or how far below the royalty."""
    if m.annual_addition < 0:
        return f"{money(-m.annual_addition)} below the royalty ({percent_words(m.percent)})"
    return f"+{money(m.annual_addition)} markup ({percent_words(m.percent)})"


def _split_hover(m: Markup) -> str:
    per = per_words(m)
    return f"{money(m.ama_royalty)} AMA royalty {'+' if m.vendor_addition >= 0 else '-'} " + (
        f"{money(abs(m.vendor_addition))} {per} = {money(m.fee)} {per}<extra></extra>"
    )


def _split_bar(name: str, x: list[float], y: list[str], marker: dict, **more) -> go.Bar:
    return go.Bar(x=x, y=y, name=name, orientation="h", marker=marker, **more)


def royalty_and_markup(c: Comparison) -> go.Figure:
    """Each split fee, a year for this practice: the AMA's royalty in it, stacked with the vendor's
    markup (or, for a fee below the royalty, the part of the royalty the fee does not reach)."""
    rows = [r for r in c.contracts if r.markup is not None]
    marks = [r.markup for r in rows]
    y = [_split_label(r, c) for r in rows]
    royalty = [float(min(m.annual_royalty, m.annual_royalty + m.annual_addition)) for m in marks]
    added = [float(max(m.annual_addition, 0)) for m in marks]
    below = [float(max(-m.annual_addition, 0)) for m in marks]
    hover = [_split_hover(m) for m in marks]
    fig = go.Figure()
    fig.add_trace(
        _split_bar(
            "AMA royalty",
            royalty,
            y,
            {"color": DIRECT},
            text=[f"{money(v)} royalty" for v in royalty],
            textposition="inside",
            insidetextanchor="middle",
            hovertemplate=hover,
        )
    )
    fig.add_trace(_split_bar("Vendor's markup", added, y, {"color": VENDOR}, hovertemplate=hover))
    pattern = {"shape": "/", "fgcolor": BELOW, "bgcolor": "white"}
    if any(below):
        fig.add_trace(
            _split_bar(
                "Below the AMA's royalty",
                below,
                y,
                {"color": "white", "pattern": pattern, "line": {"color": BELOW, "width": 1}},
                hovertemplate=hover,
            )
        )
    ends = [r + a + b for r, a, b in zip(royalty, added, below, strict=True)]
    for label, end, m in zip(y, ends, marks, strict=True):
        fig.add_annotation(
            x=end, y=label, text=_end_words(m), showarrow=False, xanchor="left", xshift=6, font={"size": 13}
        )
    layout = LAYOUT | {"height": 56 * max(len(rows), 2) + 170, "margin": {"l": 10, "r": 10, "t": 90, "b": 10}}
    fig.update_layout(
        title="The AMA's royalty and the vendor's markup, a year for your practice",
        barmode="stack",
        xaxis={"title": "USD a year", "range": [0, max(ends, default=1) * 1.45], "tickprefix": "$"},
        yaxis={"autorange": "reversed"},
        legend={"orientation": "h", "y": 1.02, "yanchor": "bottom", "x": 0, "traceorder": "normal"},
        **layout,
    )
    return fig


def _line_for(row: ComparisonRow, users: list[int], c: Comparison) -> list[float] | None:
    """A contract's CPT cost as the number of users changes (per-user fees grow; others do not)."""
    if row.annual_cpt_cost is None or row.coverage != "pass_through" or not row.cpt_fee:
        return None
    if row.cpt_fee.unit == "user" and row.unit_count:
        per_user = row.annual_cpt_cost / row.unit_count
        return [float(per_user * u) for u in users]
    return [float(row.annual_cpt_cost)] * len(users)


def cost_vs_users(c: Comparison, most_users: int | None = None) -> go.Figure:
    """Direct license cost and each pass-through fee against the number of users, break-evens marked."""
    top = most_users or max(40, c.users.users * 2)
    users = list(range(0, top + 1))
    entity, rate = c.schedule.entity_fee, c.schedule.per_user
    direct = go.Scatter(
        x=users,
        y=[float(entity + rate * u) for u in users],
        name="Direct AMA license",
        line={"color": DIRECT, "width": 3},
    )
    fig = go.Figure([direct, *_contract_traces(c, users, top)])  # one Figure: add_trace each is slow
    fig.add_vline(x=c.users.users, line_dash="dot", annotation_text=f"Your {c.users.users} users")
    fig.update_layout(
        title="CPT cost a year against the number of users",
        xaxis_title="Users",
        yaxis_title="USD a year",
        **LAYOUT,
    )
    return fig


def _contract_traces(c: Comparison, users: list[int], top: int) -> list[go.Scatter]:
    """Each contract's line (where its cost depends on users) and break-even point, in order."""
    entity, rate, shared = c.schedule.entity_fee, c.schedule.per_user, _shared(c)
    traces = []
    for row in c.contracts:
        line = _line_for(row, users, c)
        if line is not None:
            # arrays, not lists: the chart is sent again on every rerun, and Plotly copies and
            # encodes arrays at once but lists number by number (2,000 contracts: 0.1 s)
            xs, ys = np.array(users), np.array(line)
            traces.append(go.Scatter(x=xs, y=ys, name=_label(row, shared), line={"width": 1.5}))
        point = row.break_even
        if point and point.users is not None and 0 < point.users <= top:
            cost = entity + rate * Decimal(point.users)
            traces.append(
                go.Scatter(
                    x=[float(point.users)],
                    y=[float(cost)],
                    mode="markers",
                    marker={"size": 10, "symbol": "x"},
                    name=f"Break-even: {_label(row, shared)}",
                )
            )
    return traces


def projection(c: Comparison) -> go.Figure:
    years = [y.year for y in c.projection]
    fig = go.Figure(
        go.Scatter(
            x=years,
            y=[float(y.direct_annual_cost) for y in c.projection],
            name="Direct AMA license (all applications)",
            line={"color": DIRECT, "width": 3},
        )
    )
    vendor = [y.vendor_annual_cost for y in c.projection]
    if all(v is not None for v in vendor):
        fig.add_trace(
            go.Scatter(
                x=years,
                y=[float(v) for v in vendor],
                name="Your contracts' CPT costs",
                line={"color": VENDOR, "width": 3},
            )
        )
    fig.update_layout(
        title=f"The next {len(years)} years ({html.escape(c.escalation)})",
        xaxis_title="Year",
        yaxis_title="USD a year",
        xaxis={"dtick": 1},
        **LAYOUT,
    )
    return fig


TERM_COLOURS = {"initial": VENDOR, "renewal": "#9ECAE9", "next": "#D9D9D9"}
DEADLINE = "#C0392B"
MS_A_DAY = 86_400_000


def _renewal_label(r: Renewal, rs: Renewals) -> str:
    name = r.vendor or r.file
    if r.vendor and sum(o.vendor == r.vendor for o in rs.contracts) > 1:
        name = f"{r.vendor} ({r.file})"
    return html.escape(name)


def drawn(rs: Renewals) -> list[Renewal]:
    """The contracts a timeline can draw: those whose current term's end is known."""
    return [r for r in rs.contracts if periods(r)]


def _term_bars(rows: list[Renewal], rs: Renewals, kind: str) -> go.Bar:
    spans = [(_renewal_label(r, rs), p) for r in rows for p in periods(r) if p.kind == kind]
    return go.Bar(
        y=[label for label, _ in spans],
        x=[((p.end - p.start).days + 1) * MS_A_DAY for _, p in spans],
        base=[p.start.isoformat() for _, p in spans],
        orientation="h",
        name=PERIOD_WORDS[kind],
        marker={"color": TERM_COLOURS[kind], "line": {"color": "white", "width": 1}},
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
        type="line", x0=rs.as_of, x1=rs.as_of, y0=0, y1=1, yref="paper", line={"dash": "dot", "color": "#555"}
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
    layout = LAYOUT | {"height": 34 * max(len(rows), 3) + 190}
    fig.update_layout(
        title="Terms and notice deadlines",
        barmode="overlay",
        xaxis={"type": "date", "range": _span(rows)},
        yaxis={"categoryorder": "array", "categoryarray": labels, "autorange": "reversed"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.08, "x": 0},
        **layout,
    )
    return fig
