"""History: who did what in this workspace, and when (uploads, removals, put-backs, re-reads,
corrections, sign-offs, exports, questions sent). Read-only: nothing here can be changed."""

import pandas as pd
import streamlit as st

from cptcompare.store import ACTIONS
from cptcompare.store.history import to_csv
from pages.common import share_box, store, table_height, workspace_id

ALL = "All contracts"

workspace = workspace_id()
st.title("History")
share_box("history")
st.caption(
    "Everything done in this workspace, newest first: who did it, when, and what. Entries are kept "
    "for good and cannot be edited or deleted here."
)
everything = store().views.entries(workspace, include_removed=True)
names = {e.sha256: e.name for e in everything}
which, kinds = st.columns([2, 3])
contract = which.selectbox(
    "Contract", [ALL, *names], format_func=lambda s: names.get(s, s), key="history_contract"
)
actions = kinds.multiselect(
    "What", list(ACTIONS), format_func=ACTIONS.get, placeholder="Every kind of action", key="history_actions"
)
events = store().history.events(
    workspace,
    sha=None if contract == ALL else contract,
    actions=actions or None,
    contracts=list(names),
)
if not events:
    st.info("Nothing recorded yet for this choice. Uploads, corrections and sign-offs will appear here.")
    st.stop()
rows = [
    {
        "When (UTC)": f"{e.created_at:%d %b %Y %H:%M}",
        "Who": e.who or "(no name given)",
        "What": e.action_words,
        "Contract": names.get(e.sha256 or "", "") if e.sha256 else "(whole workspace)",
        "Detail": e.detail,
    }
    for e in events
]
st.dataframe(
    pd.DataFrame(rows),
    hide_index=True,
    width="stretch",
    height=table_height(len(rows)),
    column_config={"Detail": st.column_config.TextColumn(width="large")},
    key="history_table",
)
st.caption(f"{len(rows)} entries.")
st.download_button(
    "Download as CSV",
    to_csv(events, names),
    "cpt-compare-history.csv",
    "text/csv",
    key="history_csv",
    on_click="ignore",
)
