"""The sidebar's reading progress, on every page (not a page itself): "Reading 3 of 12…",
refreshing itself; the end of each batch this session follows ("12 contracts read; 1 needs its
password"); and a rerun of the page when new results or a colleague's correction land."""

from __future__ import annotations

import time

import streamlit as st

from cptcompare import inert
from cptcompare.store import summary
from pages.common import readers, store

REFRESH_SECONDS = 2
QUIET_SECONDS = 3  # no redraw this soon after the page was drawn: it would wipe its notices
RERUN_EVERY_SECONDS = 10  # during a batch, the page itself is redrawn at most this often


def _follow(workspace: str) -> bool:
    """Show the workspace's reading under way; True while there is some."""
    active = store().batches.active(workspace)
    watched = st.session_state.setdefault("watched_batches", [])
    if active is None:
        return False
    watched.extend(b for b in active.batch_ids if b not in watched)
    at = min(active.finished + 1, active.total)
    st.progress(active.finished / active.total, text=f"Reading {at} of {active.total}…")
    if active.reading:
        st.caption(inert("Now reading: " + ", ".join(active.reading[:3])))
    return True


def _ended() -> None:
    """Batches this session followed that have ended, each said once, until dismissed."""
    watched = st.session_state.setdefault("watched_batches", [])
    notes = st.session_state.setdefault("batch_notes", [])
    for batch_id, progress in store().batches.progress(watched).items():
        if progress.done:
            watched.remove(batch_id)
            notes.append(summary(progress))
    for note in notes:
        st.success(note)
    if notes and st.button("OK", key="batch_notes_ok"):
        notes.clear()
        st.rerun(scope="fragment")


def _refresh(workspace: str, busy: bool) -> None:
    """Redraw the page when what it shows changed (a file read, a correction, an upload)."""
    revision = store().views.revision(workspace)
    seen = st.session_state.get("seen_revision")
    if seen is None or revision == seen:
        return
    since = time.monotonic() - st.session_state.get("page_drawn_at", 0)
    if since < QUIET_SECONDS or (busy and since < RERUN_EVERY_SECONDS):
        return  # the page was just drawn (this session's own change is on its way in)
    st.rerun(scope="app")


@st.fragment(run_every=REFRESH_SECONDS)
def reading_sidebar(workspace: str) -> None:
    busy = _follow(workspace)
    _ended()
    _refresh(workspace, busy)


def show(workspace: str) -> None:
    """Call once per script run, in the sidebar."""
    readers()  # the server's readers run from the first visit on
    st.session_state["seen_revision"] = store().views.revision(workspace)
    st.session_state["page_drawn_at"] = time.monotonic()
    reading_sidebar(workspace)
