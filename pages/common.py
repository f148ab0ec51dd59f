"""What the pages share (not a page itself: app.py lists the pages in st.navigation).

View state lives in the URL so a copied link shows a colleague the same view:
``w`` the workspace, ``c`` the contract, and the scenario figures (bound widgets on Compare).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

import streamlit as st

from cptcompare import COVERAGE_WORDS, AnalysisResult, Limits, Settings, inert, open_store
from cptcompare.errors import InputError
from cptcompare.pdf import check_bytes
from cptcompare.store import Entry, Store

SAMPLES = Path(__file__).resolve().parent.parent / "contracts"
FIRST_WORKSPACE = "Sample practice"
SCENARIO_KEYS = ("profile", "fees", "year", "providers", "users")  # bound to the URL on Compare
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
STATUS = {"ok": "✔ Read", "pending": "… Waiting to be read", "error": "× Could not be read"}


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
    A brand-new install gets a first workspace; app.py fills it with the samples."""
    catalog = store().catalog
    wanted = st.query_params.get("w") or st.session_state.get("w")
    if wanted and catalog.workspace(wanted):
        chosen = wanted
    else:
        if wanted:
            st.session_state["missing_workspace"] = True
        existing = catalog.workspaces()
        if existing:
            chosen = existing[0].id
        else:
            chosen = catalog.create_workspace(FIRST_WORKSPACE).id
            st.session_state["first_run"] = True
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
    base = st.context.url or "http://localhost:8501/"
    scheme, netloc, path, _, _ = urlsplit(base)
    root = path.rsplit("/", 1)[0] if path.rstrip("/") else ""
    return urlunsplit((scheme, netloc, f"{root}/{page}".replace("//", "/"), urlencode(params), ""))


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

    def ordered(self) -> list[tuple[Entry, AnalysisResult]]:
        return [(e, self.results[e.sha256]) for e in self.entries if e.sha256 in self.results]


@st.cache_resource(max_entries=32, show_spinner=False)
def _view(workspace: str, revision: tuple) -> View:
    entries = store().views.entries(workspace)
    return View(entries, store().views.results(entries))


def view(workspace: str) -> View:
    """The workspace's contracts and analyses; re-read only when something changed (revision)."""
    return _view(workspace, store().views.revision(workspace))


# --- adding files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What happened to one uploaded file, in words for the person who uploaded it."""

    name: str
    level: str  # success | info | warning | error
    message: str
    sha256: str | None = None


def add_file(
    workspace: str, name: str, data: bytes, who: str | None = None, stage: Callable[[str], None] | None = None
) -> Outcome:
    """Check, store (before any parsing), add to the workspace, then read: one file's whole journey."""
    s, stage = store(), stage or (lambda _: None)
    stage("checking it is a PDF")
    try:
        check_bytes(data, Limits())
    except InputError as exc:
        return Outcome(name, "error", f"{name}: {exc.message} Nothing was saved.")
    stage("saving the original")
    stored = s.library.add(data, name, who)
    s.catalog.add_to_workspace(workspace, stored.sha256)
    stage("reading its CPT terms")

    def scanned(done: int, total: int) -> None:
        stage(f"reading scanned page {min(done + 1, total)} of {total} with OCR")

    result = s.library.run(stored.sha256, name=stored.display_name, progress=scanned)
    result = result or s.library.result(stored.sha256)
    if stored.duplicate_of:
        when = f"{stored.first_uploaded_at:%d %B %Y}" if stored.first_uploaded_at else "earlier"
        return Outcome(
            name, "info", f"{name}: already uploaded on {when} as {stored.duplicate_of}.", stored.sha256
        )
    if result is None or result.status != "ok":
        message = result.error.message if result and result.error else "It is waiting to be read."
        return Outcome(name, "warning", f"{name}: {message}", stored.sha256)
    terms = result.terms
    verdict = f"{terms.vendor or 'Vendor not named'}: {COVERAGE_WORDS[terms.coverage]}"
    return Outcome(name, "success", f"{name}: read. {verdict}.", stored.sha256)


def add_files(workspace: str, files: list[tuple[str, bytes]], who: str | None = None) -> list[Outcome]:
    """Add several files with a progress bar naming each file and its stage."""
    outcomes = []
    bar = st.progress(0.0, text="Starting…")
    for i, (name, data) in enumerate(files, start=1):

        def stage(what: str, i: int = i, name: str = name) -> None:
            bar.progress((i - 1) / len(files), text=inert(f"File {i} of {len(files)}, {name}: {what}…"))

        outcomes.append(add_file(workspace, name, data, who, stage))
    bar.empty()
    return outcomes


def add_samples(workspace: str) -> list[Outcome]:
    return add_files(workspace, [(p.name, p.read_bytes()) for p in samples()])


def show_outcomes(outcomes: list[Outcome]) -> None:
    """Each file's outcome as inert text (file names are untrusted)."""
    for o in outcomes:
        getattr(st, o.level)(inert(o.message))
