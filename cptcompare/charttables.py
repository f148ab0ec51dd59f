"""The figures each chart draws (charts.py), as the rows of a table: the charts' text
alternative, shown under each one. Names are as the contracts write them (a table shows text as
text, so nothing here is escaped); money is in words, as in the app's tables."""

from __future__ import annotations

from .charts import (
    break_evens,
    cost_at,
    costed,
    direct_at,
    drawn,
    name_of,
    renewal_name,
    split,
    users_axis_end,
)
from .markup import per_words, percent_words
from .models import Comparison, Renewals
from .onetime import cost_words
from .renewals import periods
from .wording import date_words, money

DIRECT = "Direct AMA license"


def cost_by_vendor_rows(c: Comparison) -> list[dict]:
    """Each bar (a contract whose cost is known) and the dashed line (the direct license)."""
    rows = [{"Contract": name_of(r, c), "CPT cost a year": cost_words(r)} for r in costed(c)]
    return [
        *rows,
        {"Contract": f"{DIRECT} (the dashed line)", "CPT cost a year": money(c.direct.annual_cost)},
    ]


def royalty_and_markup_rows(c: Comparison) -> list[dict]:
    """Each split fee: the AMA's royalty, the vendor's markup and the shortfall, a year."""
    out = []
    for r in (r for r in c.contracts if r.markup is not None):
        m = r.markup
        royalty, added, below = split(m)
        out.append(
            {
                "Contract": name_of(r, c),
                "Fee as stated": f"{money(m.fee)} {per_words(m)}",
                "AMA royalty a year": money(royalty),
                "Vendor's markup a year": money(added),
                "Below the AMA's royalty a year": money(below),
                "Markup, % of the royalty": ("-" if m.percent < 0 else "+") + percent_words(m.percent),
            }
        )
    return out


def _counts(c: Comparison) -> list[int]:
    """The user counts the table reads the lines at: half the practice's, its own, the chart's end."""
    yours = c.users.users
    return sorted({max(1, yours // 2), yours, users_axis_end(c)})


def _at(n: int, c: Comparison) -> str:
    return f"At {n} users" + (" (yours)" if n == c.users.users else "")


def cost_vs_users_rows(c: Comparison, most_users: int | None = None) -> list[dict]:
    """Each line at a few user counts, and where it meets the direct license's (its break-even)."""
    counts = _counts(c)
    meets = {id(r): u for r, u in break_evens(c, users_axis_end(c, most_users))}
    out = [{"Line": DIRECT} | {_at(n, c): money(direct_at(c, n)) for n in counts} | {"Break-even": "-"}]
    for r in (r for r in c.contracts if cost_at(r, 0) is not None):
        cells = {_at(n, c): money(cost_at(r, n)) for n in counts}
        even = f"{float(meets[id(r)]):g} users" if id(r) in meets else "none on the chart"
        out.append({"Line": name_of(r, c)} | cells | {"Break-even": even})
    return out


def projection_rows(c: Comparison) -> list[dict]:
    return [
        {
            "Year": y.year,
            f"{DIRECT} (all applications)": money(y.direct_annual_cost),
            "Your contracts' CPT costs": money(y.vendor_annual_cost)
            if y.vendor_annual_cost is not None
            else "not known",
        }
        for y in c.projection
    ]


def renewal_timeline_rows(rs: Renewals) -> list[dict]:
    """Each contract drawn: its terms, from and to, and its last day to give notice."""
    return [
        {
            "Contract": renewal_name(r, rs),
            "Terms": "; ".join(
                f"{p.words}: {date_words(p.start, True)} to {date_words(p.end, True)}" for p in periods(r)
            ),
            "Last day to give notice": (
                date_words(r.notice_deadline.date, True) if r.notice_deadline.date else "not known"
            ),
        }
        for r in drawn(rs)
    ]
