"""Who may use the app when sign-in is on: an allow-list of e-mail addresses and domains.

The allow-list lives in .streamlit/secrets.toml beside the OIDC settings:

    [access]
    allowed = ["lead@practice.org", "@practice.org"]   # an address, or "@domain" for everyone there

Sign-in is on when the secrets hold an ``[auth]`` section (Streamlit's st.login settings).
An empty allow-list lets nobody in: sign-in without a list would admit anyone with an account
at the identity provider, which is rarely what a practice means.
"""

from __future__ import annotations

from collections.abc import Iterable


def normalize(entries: Iterable[str]) -> list[str]:
    """Lower-cased, trimmed entries; a bare domain ("practice.org") is read as "@practice.org"."""
    out = []
    for entry in entries:
        entry = str(entry).strip().lower()
        if entry and "@" not in entry:
            entry = "@" + entry
        if entry:
            out.append(entry)
    return out


def is_allowed(email: str | None, entries: Iterable[str]) -> bool:
    """True when the address is listed, or its domain is (an "@domain" entry)."""
    if not email or email.count("@") != 1:
        return False
    email = email.strip().lower()
    domain = "@" + email.split("@")[1]
    allowed = normalize(entries)
    return email in allowed or domain in allowed


LOCAL_ADDRESSES = {"127.0.0.1", "localhost", "::1"}


def reach(address: str | None, sign_in: bool) -> str:
    """Who can open the app, in a sentence for the sidebar. ``address`` is the one the server
    listens on (Streamlit's server.address; None or empty: every network interface)."""
    local = (address or "").strip().lower() in LOCAL_ADDRESSES
    if local:
        return "Only this computer can open the app (it listens on 127.0.0.1)."
    where = f"on {address}" if address and address not in ("0.0.0.0", "::") else "on every network interface"
    if sign_in:
        return f"Anyone on your network can reach the app ({where}); only people signed in and listed get in."
    return (
        f"Anyone on your network can reach the app ({where}) and, with sign-in off, see what is in it. "
        "Turn sign-in on (see the README) or serve this computer only."
    )
