"""Compare's tables as rows: the comparison table (with its filter and order), "Needs review" and
the plan across applications; the counts above the table and the words under the markup chart.
Each is worked out once per comparison (common.scenario_key) and view (the filter, the order,
the address its links start with) and kept, so a rerun in which none changed (a click
elsewhere, a sidebar refresh) formats nothing again: 2,000 contracts' rows took most of a
rerun. What is kept is only read, never changed. Not a page (app.py lists the pages)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

import pandas as pd
import streamlit as st

from cptcompare import AnalysisResult, Comparison, ComparisonRow, inert, markup, money
from cptcompare.applications import kind_label
from cptcompare.onetime import cost_words, split_totals
from cptcompare.questions import contract_words
from cptcompare.report import checked_words
from cptcompare.wording import date_words
from pages.common import ICONS, REVIEW_MARK

COLUMNS = {  # what a lead asks first (who, who pays, what it costs, what to do), then the rest
    "Vendor": st.column_config.TextColumn(width=210, pinned=True),
    "Who pays for CPT": st.column_config.TextColumn(width=300),
    "CPT cost a year": st.column_config.TextColumn(width=105),
    "Difference": st.column_config.TextColumn(
        width=95, help="Vendor's CPT cost minus a direct AMA license: below zero, the vendor is cheaper."
    ),
    "What to do": st.column_config.TextColumn(
        width=420, help="Hover or widen the column to read it all; the full advice is in the exports."
    ),
    "Evidence": st.column_config.LinkColumn(display_text="Open", width=80),
    "Checked": st.column_config.TextColumn(
        width=150, help="Verified: a person checked this reading against the contract and signed it off."
    ),
    "Fee as stated": st.column_config.TextColumn(width=190),
    "Markup": st.column_config.TextColumn(
        width=230,
        help="What the vendor adds to the AMA's royalty, per unit per period as the fee is stated, and "
        "as a percent of the royalty (a fee per provider against the AMA's estimate of 4 users each).",
    ),
    "Direct AMA license": st.column_config.TextColumn(width=115),
    "Risk flags": st.column_config.TextColumn(width=220),
    "Contract": st.column_config.TextColumn("File", width=200),
}
SHOW = {  # the table's filter: what a lead asks
    "all": "All contracts",
    "charges": "Who charges us for CPT",
    "ours": "Where we must license CPT",
    "unknown": "Who pays is not known",
    "attention": "Needs attention (unsure, not checked, deadline near)",
}
SORT = {"uploaded": "In upload order", "cost": "By CPT cost a year, highest first"}
PLAN_STATUS = {
    "covered": "✔ CPT included",
    "charged": "$ Separate CPT fee",
    "left_to_practice": "! You license CPT",
    "open": "? Not known yet",
}


# --- the headline -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Headline:
    covers: int  # contracts whose vendor includes CPT
    yearly: Decimal  # the separate CPT fees a year, where their cost is known
    once: Decimal  # ... and those paid once
    soon: list[ComparisonRow]  # notice deadlines within SOON_DAYS, the nearest first


@st.cache_resource(max_entries=32, show_spinner=False)
def headline(key: tuple, _comparison: Comparison) -> Headline:
    """The counts above the table, for the comparison with this key (scenario_key)."""
    rows = _comparison.contracts
    yearly, once = split_totals([r for r in rows if r.coverage == "pass_through"])
    soon = sorted((r for r in rows if r.notice_soon), key=lambda r: r.notice_days_left)
    return Headline(sum(r.coverage == "vendor_covers" for r in rows), yearly, once, soon)


# --- the comparison table -----------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    frame: pd.DataFrame  # the rows shown, in COLUMNS' order, the direct AMA row last
    rows: list[dict]  # the same rows, for the phone's cards (pages/cards.py)
    shas: list[str]  # each contract row's sha256, in the rows' order
    total: int  # contracts in the comparison, shown or not


def _row(entry_name: str, link: str, r, differ: str | None = None) -> dict:
    vendor = r.vendor or "(not stated)"
    return {
        "Vendor": f"{vendor} · {differ}" if differ else vendor,
        "Who pays for CPT": f"{ICONS[r.coverage]} {r.coverage_words}"
        + (REVIEW_MARK if r.needs_review else ""),
        "Checked": ("✔ " if r.verified else "") + checked_words(r),
        "Fee as stated": r.fee_stated,
        "Markup": markup.cell(r),
        "CPT cost a year": cost_words(r),
        "Direct AMA license": money(r.direct_annual_cost),
        "Difference": money(r.difference),
        "Evidence": link,
        "Risk flags": "; ".join(_deadline_flag(r) + r.flags) or "none",
        "What to do": r.advice,
        "Contract": entry_name,
    }


def _deadline_flag(r) -> list[str]:
    """A notice deadline within SOON_DAYS, flagged first (the Renewals page has every date)."""
    if not r.notice_soon:
        return []
    return [
        f"⚠ Last day to give notice {date_words(r.notice_deadline, short=True)} ({r.notice_days_left} days)"
    ]


def _shown(r: ComparisonRow, show: str) -> bool:
    return {
        "all": True,
        "charges": r.coverage == "pass_through",
        "ours": r.coverage == "customer_must_license",
        "unknown": r.coverage in ("unclear", "not_addressed") or r.annual_cpt_cost is None,
        "attention": r.needs_review or not r.verified or r.notice_soon,
    }[show]


def _differences(
    names: list[tuple[str, str]], rows: list[ComparisonRow], results: dict[str, AnalysisResult]
) -> dict[str, str]:
    """For a vendor with several contracts here: each one by its own title and date, and its
    file where even those are the same (a scan of the same agreement)."""
    same = Counter(r.vendor for r in rows)
    words = {}
    for (name, sha), r in zip(names, rows, strict=True):
        result = results.get(sha)
        if same[r.vendor] > 1 and result and result.terms:
            words[sha] = contract_words(result.terms, name)
    repeated, files = Counter(words.values()), {sha: name for name, sha in names}
    return {sha: w if repeated[w] == 1 else f"{w} ({files[sha]})" for sha, w in words.items()}


@st.cache_resource(max_entries=32, show_spinner=False)
def table(
    key: tuple,
    base: str,
    show: str,
    sort: str,
    _comparison: Comparison,
    _names: list[tuple[str, str]],
    _results: dict[str, AnalysisResult],
) -> Table:
    """The comparison with this key (scenario_key) as the table's rows, filtered by ``show`` and
    ordered by ``sort``; each contract's evidence link is ``base`` and its sha256."""
    pairs = [(n, r) for n, r in zip(_names, _comparison.contracts, strict=True) if _shown(r, show)]
    if sort == "cost":  # unknown costs last, then the largest first
        pairs.sort(key=lambda p: (p[1].annual_cpt_cost is None, -(p[1].annual_cpt_cost or 0)))
    differs = _differences(_names, _comparison.contracts, _results)
    rows = [_row(name, f"{base}&c={sha}", r, differs.get(sha)) for (name, sha), r in pairs]
    rows.append(
        _row("AMA (direct license)", "", _comparison.direct_row) | {"Vendor": "American Medical Association"}
    )
    frame = pd.DataFrame(rows)[list(COLUMNS)]
    return Table(frame, rows, [sha for (_, sha), _ in pairs], len(_comparison.contracts))


# --- needs review -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attention:
    frame: pd.DataFrame  # the engine's doubts first, then the readings nobody has checked
    unsure: int  # readings the engine is unsure of or that changed since a sign-off


def _why(r: ComparisonRow) -> list[str]:
    why = list(r.review_reasons) if r.needs_review else []
    if r.coverage == "pass_through" and r.cpt_fee and r.annual_cpt_cost is None and not r.needs_review:
        why.append("The CPT fee cannot be costed yet: " + (r.question or "ask the vendor."))
    if r.verification and r.verification.changed:
        why.append("Changed since it was verified: " + " ".join(r.verification.changed))
    elif not r.verified:
        why.append("Nobody has checked this reading yet.")
    return why


@st.cache_resource(max_entries=32, show_spinner=False)
def attention(key: tuple, base: str, _comparison: Comparison) -> Attention:
    """Each contract of the comparison with this key that needs a person's look, and why, one
    click from its evidence (``base`` and its sha256)."""
    unsure, unchecked = [], []
    for r in _comparison.contracts:
        why = " ".join(_why(r))
        if not why:
            continue
        item = {"Vendor": r.vendor or r.file, "Why": why, "Evidence": f"{base}&c={r.sha256}"}
        engine = r.needs_review or bool(r.verification and r.verification.changed)
        (unsure if engine else unchecked).append(item)
    return Attention(pd.DataFrame(unsure + unchecked), len(unsure))


# --- the plan across applications ----------------------------------------------------------------


@st.cache_resource(max_entries=32, show_spinner=False)
def plan(key: tuple, _comparison: Comparison) -> pd.DataFrame:
    """The plan of the comparison with this key: one row per contract, by application."""
    return pd.DataFrame(
        [
            {
                "Application": kind_label(line.kind),
                "Vendor": item.vendor or item.file,
                "CPT": PLAN_STATUS[item.status],
                "CPT a year": money(item.annual_cost),
                "Direct license a year": money(item.direct_cost),
                "Choice": item.choice,
            }
            for line in _comparison.plan.lines
            for item in line.items
        ]
    )


# --- under the royalty-and-markup chart ----------------------------------------------------------


@st.cache_resource(max_entries=32, show_spinner=False)
def markup_words(key: tuple, _comparison: Comparison) -> tuple[list[str], str]:
    """(what the chart shows and leaves out, each line inert; "What to ask about the markup" as
    Markdown, empty where there is nothing to ask) for the comparison with this key."""
    notes = [inert(line) for line in markup.chart_note(_comparison.contracts, _comparison.year)]
    asks = markup.questions(_comparison.contracts)
    said = "**What to ask about the markup**\n\n" + "\n".join(f"- {inert(q)}" for q in asks)
    return notes, said if asks else ""
