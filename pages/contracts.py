"""Contracts: upload PDFs, see each one's status, re-read, unlock, remove (with undo)."""

from hashlib import sha256

import pandas as pd
import streamlit as st

from cptcompare import COVERAGE_WORDS, inert
from pages.common import (
    ICONS,
    REVIEW_MARK,
    STATUS,
    View,
    add_files,
    contract_links,
    readers,
    samples,
    share_box,
    show_outcomes,
    store,
    table_height,
    view,
    who,
    workspace_id,
)

COLUMNS = {
    "Contract": st.column_config.TextColumn(width=230, pinned=True),
    "Status": st.column_config.TextColumn(width=170),
    "Evidence": st.column_config.LinkColumn(display_text="Open", width=70),
    "Vendor": st.column_config.TextColumn(width=230),
    "Who pays for CPT": st.column_config.TextColumn(width=260),
    "Corrections": st.column_config.TextColumn(width=120),
    "Uploaded": st.column_config.TextColumn(width=110),
}
ERROR_STATUS = {"encrypted": "× Needs its password", "no_text_layer": "× No text to read"}


def _upload(workspace: str) -> None:
    round_ = st.session_state.setdefault("upload_round", 0)
    files = st.file_uploader(
        "Drop your vendor contracts here (PDF, several at once)",
        type=["pdf"],
        accept_multiple_files=True,
        key=f"uploader_{round_}",
        help="EHR, practice management, billing service, clearinghouse: any contract or order form.",
    )
    if files:  # stored and queued in a second or two; the readers do the rest
        st.session_state["outcomes"] = add_files(workspace, [(f.name, f.getvalue()) for f in files], who())
        st.session_state["upload_round"] = round_ + 1  # a fresh, empty uploader
        st.rerun()


def _row(entry, result, link: str) -> dict:
    terms = result.terms if result else None
    status = STATUS[entry.status]
    if entry.status == "error":
        status = ERROR_STATUS.get(entry.error_code or "", status)
    fixes = f"{entry.corrections}" + (f", {entry.needs_review} to review" if entry.needs_review else "")
    return {
        "Contract": entry.name,
        "Status": status,
        "Evidence": link,
        "Vendor": (terms.vendor or "(not stated)") if terms else "—",
        "Who pays for CPT": f"{ICONS[terms.coverage]} {COVERAGE_WORDS[terms.coverage]}"
        + (REVIEW_MARK if terms.needs_review else "")
        if terms
        else "—",
        "Corrections": fixes if entry.corrections else "none",
        "Uploaded": f"{entry.uploaded_at:%d %b %Y}",
    }


def _library(workspace: str, data: View) -> list:
    link = contract_links()
    rows = [_row(e, data.results.get(e.sha256), link(e.sha256)) for e in data.entries]
    picked = st.dataframe(
        pd.DataFrame(rows),
        hide_index=True,
        width="stretch",
        height=table_height(len(rows)),
        column_config=COLUMNS,
        key=_table_key(data),
        on_select="rerun",
        selection_mode="multi-row",
    )
    return [data.entries[i] for i in picked.selection.rows if i < len(data.entries)]


def _table_key(data: View) -> str:
    """Ticks belong to the rows as they were: a new key (no ticks) whenever the contracts in
    the table change, or after an action on the ticked ones."""
    shas = "|".join(e.sha256 for e in data.entries)
    return f"library_{sha256(shas.encode()).hexdigest()[:16]}_{st.session_state.get('ticks_round', 0)}"


def _clear_ticks() -> None:
    st.session_state["ticks_round"] = st.session_state.get("ticks_round", 0) + 1


def _actions(workspace: str, chosen: list) -> None:
    library, catalog = store().library, store().catalog
    left, right, _ = st.columns([1, 1.5, 2.5], gap="small")
    hint = "Tick contracts in the table first." if not chosen else None
    if left.button(f"Read again ({len(chosen)})", disabled=not chosen, help=hint, key="reanalyze"):
        for e in chosen:
            library.requeue(e.sha256, who(), workspace)
        readers().wake()
        _clear_ticks()
        st.session_state["done"] = (
            f"{len(chosen)} contract(s) queued to be read again; the sidebar shows the progress. "
            "Corrections and sign-offs are kept (a changed value goes back to review)."
        )
        st.rerun()
    if right.button(f"Remove from workspace ({len(chosen)})", disabled=not chosen, help=hint, key="remove"):
        for e in chosen:
            catalog.remove_from_workspace(workspace, e.sha256, who())
        st.session_state["removed"] = [(e.sha256, e.name) for e in chosen]
        _clear_ticks()
        st.rerun()


def _undo(workspace: str) -> None:
    removed = st.session_state.get("removed")
    if not removed:
        return
    names = ", ".join(name for _, name in removed)
    note, button = st.columns([4, 1])
    note.info(inert(f"Removed from this workspace: {names}. The files stay in the library."))
    if button.button("Undo", key="undo_remove", type="primary"):
        for sha, _ in removed:
            store().catalog.add_to_workspace(workspace, sha, who())
        del st.session_state["removed"]
        st.rerun()


def _locked(data: View) -> None:
    for e in data.entries:
        if e.error_code != "encrypted":
            continue
        with st.form(f"unlock_{e.sha256}", border=True):
            st.text(f"{e.name} is protected by a password.")
            password = st.text_input("Password", type="password", key=f"password_{e.sha256}")
            if st.form_submit_button("Unlock and read"):
                result = store().library.run(e.sha256, password=password, name=e.name)
                if result is not None and result.status == "ok":
                    st.session_state["done"] = f"Unlocked and read: {e.name}. Colleagues can open it too."
                    st.rerun()
                st.error("That password did not open it. Check it with the vendor and try again.")


def _removed(workspace: str) -> None:
    gone = [e for e in store().views.entries(workspace, include_removed=True) if e.removed_at]
    if not gone:
        return
    with st.expander(f"Removed from this workspace ({len(gone)})"):
        for e in gone:
            name, button = st.columns([4, 1])
            name.text(f"{e.name} (removed {e.removed_at:%d %b %Y})")
            if button.button("Put back", key=f"restore_{e.sha256}"):
                store().catalog.add_to_workspace(workspace, e.sha256, who())
                _forget_removal(e.sha256)
                st.rerun()


def _forget_removal(sha: str) -> None:
    """A contract put back is no longer 'removed': the Undo notice drops it (and goes when empty)."""
    left = [(s, n) for s, n in st.session_state.get("removed", []) if s != sha]
    if left:
        st.session_state["removed"] = left
    else:
        st.session_state.pop("removed", None)


workspace = workspace_id()
st.title("Contracts")
share_box("contracts")
st.write(
    "Upload each vendor contract as a PDF. We keep the original, read its CPT licensing terms and show "
    "the words behind every answer. Files stay on this server; nothing is sent anywhere."
)
_upload(workspace)
show_outcomes(st.session_state.pop("outcomes", []))
if done := st.session_state.pop("done", None):
    st.success(inert(done))
_undo(workspace)
data = view(workspace)
if not data.entries:
    st.info(
        f"No contracts here yet. Drop PDFs above, or add the {len(samples())} samples from the Compare page."
    )
else:
    st.subheader(f"In this workspace ({len(data.entries)})")
    chosen = _library(workspace, data)
    _actions(workspace, chosen)
    _locked(data)
for e in data.entries:
    if e.status == "error" and e.error_message and e.error_code != "encrypted":
        st.warning(inert(f"{e.name}: {e.error_message}"))
_removed(workspace)
