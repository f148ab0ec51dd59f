"""What the pages share (not a page itself: app.py lists the pages in st.navigation)."""

import streamlit as st

from cptcompare import Settings, open_store


@st.cache_resource
def store():
    """The database, opened (and migrated) once."""
    return open_store(Settings())
