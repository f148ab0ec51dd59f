"""Streamlit entry point: sign-in (when configured), the workspace, the sidebar, navigation.
No parsing and no maths here."""

import streamlit as st

from cptcompare import inert
from cptcompare.access import is_allowed, reach
from pages import reading
from pages.common import store, workspace_id

st.set_page_config(page_title="CPT Compare", page_icon=":material/balance:", layout="wide")

OPEN_NOTICE = "Sign-in is off: anyone who can reach this app can see what is in it."


def _secrets() -> dict:
    try:
        return {k: st.secrets[k] for k in ("auth", "access") if k in st.secrets}
    except (FileNotFoundError, KeyError, st.errors.StreamlitSecretNotFoundError):
        return {}


def _signed_in() -> tuple[bool, str | None]:
    """(may this browser see the app, who is signed in). Without OIDC settings: (True, None)."""
    secrets = _secrets()
    if "auth" not in secrets:
        return True, None
    if not st.user.get("is_logged_in", False):
        return False, None
    email = st.user.get("email")
    return is_allowed(email, secrets.get("access", {}).get("allowed", [])), email


def _sign_in_page(email: str | None) -> None:
    """What someone not (yet) let in sees: a way in, and no contract data."""
    st.title("CPT Compare")
    if email is None and not st.user.get("is_logged_in", False):
        st.write("Sign in with your practice account to see the contracts and the comparison.")
        st.button("Sign in", on_click=st.login, type="primary", key="sign_in")
        return
    who = email or "(no e-mail address)"
    st.error(inert(f"The account {who} is not on this practice's list of people allowed in."))
    st.write("Ask whoever runs CPT Compare at your practice to add you, then sign in again.")
    st.button("Sign out", on_click=st.logout, key="sign_out")


def _workspace_sidebar(current: str) -> None:
    catalog = store().catalog
    spaces = catalog.workspaces()
    ids = [w.id for w in spaces]
    names = {w.id: w.name for w in spaces}

    def switch() -> None:
        st.session_state["w"] = st.session_state["workspace_pick"]
        st.query_params["w"] = st.session_state["w"]

    st.session_state["workspace_pick"] = current
    st.selectbox("Workspace", ids, format_func=names.get, key="workspace_pick", on_change=switch)
    round_ = st.session_state.setdefault("new_ws_round", 0)  # a new round: the panel closes
    with (
        st.expander("New workspace", key=f"new_ws_{round_}"),
        st.form("new_workspace", clear_on_submit=True, border=False),
    ):
        name = st.text_input("Name", placeholder="e.g. Main Street Family Practice", key="new_ws_name")
        if st.form_submit_button("Create", type="primary"):
            if not name.strip():
                st.error("Give the workspace a name.")
            else:
                st.session_state["w"] = catalog.create_workspace(name.strip()).id
                st.query_params["w"] = st.session_state["w"]
                st.session_state["new_ws_round"] = round_ + 1
                st.session_state["created_ws"] = name.strip()
                st.rerun()
    if created := st.session_state.pop("created_ws", None):
        st.success(inert(f"Created the workspace “{created}”. Add its contracts on the Contracts page."))


PAGES = [
    st.Page("pages/compare.py", title="Compare", icon=":material/balance:", url_path="compare", default=True),
    st.Page("pages/contracts.py", title="Contracts", icon=":material/description:", url_path="contracts"),
    st.Page("pages/detail.py", title="Contract detail", icon=":material/find_in_page:", url_path="contract"),
    st.Page("pages/renewals.py", title="Renewals", icon=":material/event:", url_path="renewals"),
    st.Page(
        "pages/practice.py", title="Practice and AMA fees", icon=":material/groups:", url_path="practice"
    ),
    st.Page("pages/history.py", title="History", icon=":material/history:", url_path="history"),
]

# Navigation comes first, even before sign-in: without it Streamlit would list pages/ by itself.
allowed, user = _signed_in()
navigation = st.navigation(PAGES, position="sidebar" if allowed else "hidden")
if not allowed:
    _sign_in_page(user)
    st.stop()
current = workspace_id()

with st.sidebar:
    _workspace_sidebar(current)
    if st.session_state.pop("missing_workspace", False):
        st.warning("The workspace in that link no longer exists; showing another one.")
    if user:
        st.caption(inert(f"Signed in as {user}."))
        st.button("Sign out", on_click=st.logout, key="sign_out")
    else:
        st.caption(OPEN_NOTICE)
    st.caption(reach(st.get_option("server.address"), sign_in="auth" in _secrets()))
    reading.show(current)

navigation.run()
