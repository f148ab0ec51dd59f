"""What the pages share (not a page itself: app.py lists the pages in st.navigation).

View state lives in the URL so a copied link shows a colleague the same view:
``w`` the workspace, ``c`` the contract, and the scenario figures (bound widgets on Compare).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import pandas as pd
import streamlit as st

from cptcompare import (
    AnalysisResult,
    Comparison,
    FeeSchedule,
    Limits,
    PracticeProfile,
    Settings,
    compare,
    inert,
    open_store,
)
from cptcompare.charts import cost_by_vendor, cost_vs_users, projection, royalty_and_markup
from cptcompare.charttables import (
    cost_by_vendor_rows,
    cost_vs_users_rows,
    projection_rows,
    royalty_and_markup_rows,
)
from cptcompare.intake import Outcome, first_workspace, submit
from cptcompare.models import Verification
from cptcompare.readers import Readers
from cptcompare.store import Entry, Store

SAMPLES = Path(__file__).resolve().parent.parent / "contracts"
FIRST_WORKSPACE = "Sample practice"
FIRST_START = threading.Lock()  # one first workspace per server, however many visitors arrive at once
HOME = "compare"  # the default page: Streamlit serves it at the root address
SCENARIO_KEYS = (
    "profile",
    "fees",
    "year",
    "providers",
    "users",
    "applications",
)  # bound to the URL on Compare
# Symbols every common font has (tables are drawn on a canvas, without emoji fallback).
ICONS = {
    "vendor_covers": "✔",
    "pass_through": "$",
    "customer_must_license": "!",
    "not_addressed": "–",
    "unclear": "?",
    "direct": "▣",
}
REVIEW_MARK = " (needs review)"  # after "who pays" where the engine is unsure of its reading
REVIEW_WORDS = "Needs review: the engine is not sure of this reading."
STATUS = {
    "ok": "✔ Read",
    "pending": "… Waiting to be read",
    "reading": "… Being read",
    "error": "× Could not be read",
}


@st.cache_resource
def store() -> Store:
    """The database, opened (and migrated) once per server."""
    return open_store(Settings())


def samples() -> list[Path]:
    return sorted(SAMPLES.glob("*.pdf"))


def table_height(rows: int, most: int = 25) -> int:
    """Pixels for a table that shows up to ``most`` rows without scrolling."""
    return (min(rows, most) + 1) * 35 + 3


# --- workspace --------------------------------------------------------------------------------


def workspace_id() -> str:
    """The workspace in view: the link's ``w``, else this session's, else the first one.
    A brand-new install gets a first workspace with the samples (_first_workspace)."""
    catalog = store().catalog
    wanted = st.query_params.get("w") or st.session_state.get("w")
    if wanted and catalog.workspace(wanted):
        chosen = wanted
    else:
        if wanted:
            st.session_state["missing_workspace"] = True
        existing = catalog.workspaces()
        chosen = existing[0].id if existing else _first_workspace()
    st.session_state["w"] = chosen
    st.query_params["w"] = chosen
    return chosen


def share_link(page: str, extra: dict[str, str] | None = None) -> str:
    """The address of this view: this page with the workspace, contract and scenario in the query."""
    params = {"w": st.session_state.get("w", "")}
    for key in SCENARIO_KEYS:
        value = st.session_state.get(key, st.query_params.get(key))
        if value is not None:
            params[key] = str(value)
    params |= extra or {}
    page = "" if page == HOME else page  # the home page lives at /, not at its url_path
    base = st.context.url or "http://localhost:8501/"
    scheme, netloc, path, _, _ = urlsplit(base)
    root = path.rsplit("/", 1)[0] if path.rstrip("/") else ""
    return urlunsplit((scheme, netloc, f"{root}/{page}".replace("//", "/"), urlencode(params), ""))


def contract_links() -> Callable[[str], str]:
    """``share_link("contract", {"c": sha})`` for many contracts: the view's part of the address
    (read from the session) is worked out once, then each contract's is added to it."""
    base = share_link("contract")
    return lambda sha: f"{base}&c={sha}"  # a SHA-256 in hex needs no quoting


def share_box(page: str, extra: dict[str, str] | None = None) -> None:
    """The 'copy link' control in the sidebar: this exact view, for a colleague."""
    with st.sidebar:
        st.caption("Link to this view (copy it with the icon at its right):")
        st.code(share_link(page, extra), language=None, wrap_lines=True)


# --- reading the workspace --------------------------------------------------------------------


@dataclass(frozen=True)
class View:
    entries: list[Entry]
    results: dict[str, AnalysisResult]  # finished analyses by sha256, corrections applied
    states: dict[str, Verification]  # verified or to review, by sha256 (read contracts only)
    workspace: str = ""
    revision: tuple = ()  # what the workspace looked like (store.views.revision) when read

    def ordered(self) -> list[tuple[Entry, AnalysisResult]]:
        """Each finished contract and its analysis, in upload order (worked out once per view:
        a view is kept per revision, so a rerun reuses it; read it, never change it)."""
        return self._ordered

    @cached_property
    def _ordered(self) -> list[tuple[Entry, AnalysisResult]]:
        return [(e, self.results[e.sha256]) for e in self.entries if e.sha256 in self.results]

    @cached_property
    def analyses(self) -> list[AnalysisResult]:
        """The analyses of ordered(), in its order: what a comparison is worked out from."""
        return [r for _, r in self.ordered()]

    @cached_property
    def readable(self) -> list[tuple[str, str]]:
        """(name, sha256) of each contract read with terms: the comparison's rows, in order."""
        return [(e.name, e.sha256) for e, r in self.ordered() if r.terms is not None]


@st.cache_resource(max_entries=32, show_spinner=False)
def _view(workspace: str, revision: tuple) -> View:
    entries = store().views.entries(workspace)
    results = store().views.results(entries)
    terms = {sha: r.terms for sha, r in results.items() if r.terms is not None}
    return View(entries, results, store().verifications.states(terms), workspace, revision)


def view(workspace: str) -> View:
    """The workspace's contracts and analyses; re-read only when something changed (revision)."""
    return _view(workspace, store().views.revision(workspace))


def who() -> str | None:
    """Who is acting: the signed-in account where sign-in is on, else the name this session
    typed last (remembered for the session), else nobody yet."""
    if st.user.get("is_logged_in"):
        return st.user.get("email")
    return st.session_state.get("reviewer") or None


def record(action: str, sha: str | None = None, detail: str = "") -> None:
    """Add an event to the history, by whoever is acting, in the workspace in view."""
    store().history.add(action, who(), st.session_state.get("w"), sha, detail)


# --- the comparison: worked out once per change of the workspace or of the figures ---------------


def scenario_key(data: View, profile: PracticeProfile, year: int, schedule: FeeSchedule | None) -> tuple:
    """What a comparison depends on: the workspace as read (its revision) and the figures."""
    figures = (profile.model_dump_json(), year, schedule.model_dump_json() if schedule else None)
    return (data.workspace, data.revision, date.today().isoformat(), *figures)  # days left change daily


def compared(
    data: View, profile: PracticeProfile, year: int, schedule: FeeSchedule | None
) -> tuple[tuple, Comparison]:
    """(its key, the comparison) of the workspace's readings for these figures: a rerun in
    which neither changed (a click elsewhere, a sidebar refresh, another session) reuses it."""
    key = scenario_key(data, profile, year, schedule)
    return key, _comparison(key, data.analyses, profile, year, schedule, data.states)


@st.cache_resource(max_entries=32, show_spinner=False)
def _comparison(key: tuple, _results: list, _profile, _year: int, _schedule, _states) -> Comparison:
    return compare(_results, _profile, _year, schedule=_schedule, verifications=_states)


@dataclass(frozen=True)
class Chart:
    figure: object | None  # the Plotly figure; None: nothing to draw (no fee to split)
    table: pd.DataFrame  # the figures it draws (charttables.py): its text alternative


CHARTS = {  # Compare's charts: (the figure, the table of its figures); one drawn at a time
    "vendor": (cost_by_vendor, cost_by_vendor_rows),
    "markup": (royalty_and_markup, royalty_and_markup_rows),
    "users": (cost_vs_users, cost_vs_users_rows),
    "years": (projection, projection_rows),
}


@st.cache_resource(max_entries=32, show_spinner=False)
def figure(key: tuple, name: str, _comparison: Comparison) -> Chart:
    """One of CHARTS for the comparison with this key (scenario_key), drawn the first time it
    is shown and kept: a rerun draws nothing again, and a chart nobody opens is never drawn."""
    draw, rows = CHARTS[name]
    if name == "markup" and not any(r.markup for r in _comparison.contracts):
        return Chart(None, pd.DataFrame())
    return Chart(draw(_comparison), pd.DataFrame(rows(_comparison)))


# --- adding files -----------------------------------------------------------------------------


@st.cache_resource
def readers() -> Readers:
    """The server's background readers: started once per server process, shared by every
    session; they read the queue whatever any browser does (close, reload, navigate)."""
    return Readers(store().library, Settings().reader_count).start()


def watch(batch_id: str) -> None:
    """This session follows the batch: the sidebar says how far it got and when it ended."""
    watched = st.session_state.setdefault("watched_batches", [])
    if batch_id not in watched:
        watched.append(batch_id)


def add_files(workspace: str, files: list[tuple[str, bytes]], who: str | None = None) -> list[Outcome]:
    """Check, store and queue every file (a second or two, no reading here); the server's
    readers read them in the background and the sidebar shows the progress."""
    outcomes, batch_id = submit(store(), workspace, files, who, Limits())
    readers().wake()
    watch(batch_id)
    return outcomes


def add_samples(workspace: str) -> list[Outcome]:
    return add_files(workspace, [(p.name, p.read_bytes()) for p in samples()])


def _first_workspace() -> str:
    """A brand-new install: the first workspace, with the sample contracts stored and queued in
    the same transaction (where Settings allow), so no visitor ever finds it half-filled. Two
    visitors arriving together get the same one: the second waits, then finds it."""
    with FIRST_START:
        existing = store().catalog.workspaces()
        if existing:
            return existing[0].id
        files = [(p.name, p.read_bytes()) for p in samples()] if Settings().samples_on_first_run else []
        workspace, _, batch_id = first_workspace(store(), FIRST_WORKSPACE, files, Limits())
    if files:
        readers().wake()
        watch(batch_id)
    return workspace


def show_outcomes(outcomes: list[Outcome]) -> None:
    """Each file's outcome as inert text (file names are untrusted)."""
    for o in outcomes:
        getattr(st, o.level)(inert(o.message))
