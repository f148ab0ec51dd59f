"""Compare on a phone: each contract as a card (vendor, who pays, cost, what to do) where the
wide table cannot be read.

Streamlit does not tell the server how wide the browser is, but a CSS media query knows: both the
table and the cards are sent, and a static stylesheet (STYLE: no contract text in it) shows the
cards and hides the table at NARROW pixels or less, the table and not the cards above that. A
phone turned sideways switches at once, with no rerun. The cards carry the table's own rows (the
same words, the same filter and order) as plain text: contract text goes through st.text, and
the vendor's name through inert() where it is set in bold.
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from cptcompare import inert

NARROW = 640  # px: at this width or less, cards instead of the table
TABLE, CARDS = "compare_table", "compare_cards"  # the containers' keys: Streamlit adds st-key-<key>
STYLE = f"""<style>
@media (max-width: {NARROW}px) {{ .st-key-{TABLE} {{ display: none; }} }}
@media (min-width: {NARROW + 1}px) {{ .st-key-{CARDS} {{ display: none; }} }}
</style>"""
FIRST = 30  # cards drawn at first; "Show more" adds as many again (a long list is hidden on a desk)


def wide_only() -> DeltaGenerator:
    """The container for the table and its key: shown above NARROW px, hidden below."""
    st.html(STYLE)
    return st.container(key=TABLE)


def show(rows: list[dict], shas: list[str]) -> None:
    """One card per row of the Compare table (the direct AMA row last, with no evidence)."""
    most = st.session_state.setdefault("cards_shown", FIRST)
    with st.container(key=CARDS):
        for row, sha in zip(rows[:-1][:most], shas, strict=False):
            _card(row, sha)
        if len(rows) - 1 > most:
            st.caption(f"Showing {most} of {len(rows) - 1} contracts; 'Show' above picks fewer.")
            st.button("Show more", key="cards_more", on_click=_more)
        _card(rows[-1], "")


def _more() -> None:
    st.session_state["cards_shown"] += FIRST


def _card(row: dict, sha: str) -> None:
    with st.container(border=True):
        st.markdown(f"**{inert(row['Vendor'])}**")
        st.text(f"Who pays for CPT: {row['Who pays for CPT']}")
        st.text(
            f"CPT cost a year: {row['CPT cost a year']} (a direct AMA license: {row['Direct AMA license']}; "
            f"difference: {row['Difference']})"
        )
        st.text(f"What to do: {row['What to do']}")
        if row["Risk flags"] != "none":
            st.text(f"Risk flags: {row['Risk flags']}")
        if sha:
            st.caption(inert(f"{row['Checked']} · File: {row['Contract']}"))
            st.page_link(
                "pages/detail.py",
                label="Open the evidence",  # the card's vendor, in bold above, says whose
                icon=":material/find_in_page:",
                query_params={"w": st.session_state.get("w", ""), "c": sha},
            )
