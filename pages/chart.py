"""A chart and its text alternative: the Plotly figure with a short description for screen
readers, then "The figures in this chart", the table of what it draws (charttables.py), for
anyone who cannot see the chart or wants the numbers. Not a page (app.py lists the pages)."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from pages.common import table_height

FIGURES = "The figures in this chart"


def title_of(fig) -> str:
    """The chart's title as words (Plotly's line breaks and escapes undone)."""
    return html.unescape((fig.layout.title.text or "").replace("<br>", " "))


def show(fig, table: pd.DataFrame, key: str) -> None:
    """The chart, then its figures (a table of the rows charttables.py gives for it)."""
    st.plotly_chart(fig, key=key, alt=f"Chart: {title_of(fig)}. Its figures are in the table below it.")
    # keyed: each chart its own expander, closed until opened (Compare draws one chart at a time
    # in the same place; unkeyed, the next one would open as the last was left)
    with st.expander(FIGURES, icon=":material/table_view:", key=f"{key}_figures_shown"):
        first = table.columns[0] if len(table.columns) else None  # what each row is: kept in view
        st.dataframe(
            table,
            hide_index=True,
            width="stretch",
            height=table_height(len(table)),
            column_config={first: st.column_config.Column(width="medium", pinned=True)} if first else None,
            key=f"{key}_figures",
        )
