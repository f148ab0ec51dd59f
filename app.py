"""Streamlit entry point: page config, navigation, shared sidebar. No parsing, no maths here."""

import streamlit as st

st.set_page_config(page_title="CPT Compare", page_icon=":material/balance:", layout="wide")

pages = [
    st.Page("pages/contracts.py", title="Contracts and costs", icon=":material/description:", default=True),
    st.Page("pages/practice.py", title="Practice and AMA fees", icon=":material/groups:"),
]
navigation = st.navigation(pages)

with st.sidebar:
    st.caption(
        "CPT Compare reads your vendor contracts and tells you who pays for your AMA CPT "
        "license, with the page and the words that say so."
    )
    st.caption(
        "Anyone who can reach this app can see what is in it. "
        "Keep it on your own computer or your practice's internal network."
    )

navigation.run()
