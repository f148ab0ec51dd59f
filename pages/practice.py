"""Practice and AMA costs: who counts as a CPT user, the AMA's fees by year, the code-set guide."""

from datetime import date
from decimal import Decimal

import pandas as pd
import streamlit as st

from cptcompare import (
    FeeSchedule,
    PracticeProfile,
    ama_years,
    code_sets,
    count_users,
    inert,
    money,
    provider_kinds,
    roles,
    scenarios,
    schedule_for,
    user_definition,
)
from pages.common import share_box, store

KEPT = "practice_figures"  # the figures, kept across pages (Streamlit forgets a widget not shown)


def _defaults() -> dict[str, object]:
    values: dict[str, object] = {f"providers_{k}": 5 if k == "physicians" else 0 for k in provider_kinds()}
    values |= {"locations": 1, "know_staff": False, "profile_name": "My practice"}
    for role, spec in roles().items():
        if role != "providers":
            values |= {f"staff_{role}": 0, f"counts_{role}": bool(spec["counted"])}
    return values


def _restore() -> None:
    """Each figure as last entered in this session (or its default), before the widgets."""
    kept = st.session_state.setdefault(KEPT, {})
    for key, value in _defaults().items():
        if key not in st.session_state:
            st.session_state[key] = kept.get(key, value)


def _keep() -> None:
    st.session_state[KEPT] = {k: st.session_state[k] for k in _defaults() if k in st.session_state}


def _load() -> None:
    """Put the picked saved practice's figures into the form, for editing (an on_click callback)."""
    name = st.session_state.get("load_profile_name") or ""
    profile = store().catalog.profile(name)
    if profile is None:
        return
    for kind in provider_kinds():
        st.session_state[f"providers_{kind}"] = int(profile.providers.get(kind, 0))
    st.session_state["locations"] = profile.locations
    st.session_state["know_staff"] = profile.staff is not None
    for role, spec in roles().items():
        if role != "providers":
            st.session_state[f"staff_{role}"] = int((profile.staff or {}).get(role, 0))
            st.session_state[f"counts_{role}"] = bool(profile.counted.get(role, spec["counted"]))
    st.session_state["profile_name"] = name
    _keep()


def _loader() -> None:
    names = store().catalog.profile_names()
    if not names:
        return
    pick, button = st.columns([3, 1], vertical_alignment="bottom")
    pick.selectbox("Saved practices", names, key="load_profile_name")
    button.button("Load for editing", on_click=_load, key="load_profile")


def _providers() -> dict[str, int]:
    columns = st.columns(len(provider_kinds()))
    return {
        kind: int(col.number_input(label, 0, 10_000, key=f"providers_{kind}"))
        for col, (kind, label) in zip(columns, provider_kinds().items(), strict=True)
    }


def _staff() -> tuple[dict[str, int], dict[str, bool]]:
    staff, counted = {}, {}
    for role, spec in roles().items():
        if role == "providers":
            continue
        people, counts, why = st.columns([1, 1, 3])
        staff[role] = int(people.number_input(spec["label"], 0, 10_000, key=f"staff_{role}"))
        counted[role] = counts.checkbox("Counts as a user", key=f"counts_{role}")
        clause = (
            f"AMA definition ({spec['clause']}): a user {user_definition()[spec['clause']]}. "
            if spec["clause"]
            else ""
        )
        why.caption(clause + spec["reason"])
    return staff, counted


def _users_section() -> PracticeProfile:
    st.subheader("Who counts as a CPT user")
    definition = user_definition()
    st.caption(
        f"The AMA counts as a user anyone who (a) {definition['a']}, (b) {definition['b']}, or (c) "
        f"{definition['c']}. Source: {definition['source']}."
    )
    providers = _providers()
    locations = int(st.number_input("Locations", 0, 1_000, key="locations"))
    known = st.toggle("I know how many staff work in each role", key="know_staff")
    staff, counted = _staff() if known else (None, {})
    profile = PracticeProfile(providers=providers, locations=locations, staff=staff, counted=counted)
    count = count_users(profile)
    st.metric("CPT users", f"{count.users}" + (" (estimate)" if count.estimate else ""))
    for line in count.assumptions:
        st.caption(line)
    return profile


def _save_profile(profile: PracticeProfile) -> None:
    with st.form("save_profile", clear_on_submit=False):
        name = st.text_input("Save this practice as", key="profile_name")
        if st.form_submit_button("Save practice profile"):
            store().catalog.save_profile(name.strip() or "My practice", profile)
            st.success(inert(f"Saved “{name}”."))


def _fees_section() -> None:
    st.subheader("What the AMA charges for a direct license")
    rows = [
        {
            "Year": y,
            "Entity fee a year": money(s.entity_fee),
            "Per user a year": money(s.per_user),
            "Entity fee assumed": "yes" if s.entity_fee_assumed else "no",
            "Source": s.source,
            "Note": s.note,
        }
        for y, s in sorted(ama_years().items())
    ]
    rows += [
        {
            "Year": s.year,
            "Entity fee a year": money(s.entity_fee),
            "Per user a year": money(s.per_user),
            "Entity fee assumed": "no",
            "Source": s.source,
            "Note": f"{s.name}: {s.note}",
        }
        for s in scenarios()
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, width="stretch", key="fee_schedule")
    current, _ = schedule_for(date.today().year)
    with st.form("own_schedule"):
        st.write("Quoted something else? Save your own figures and compare with them.")
        left, middle, right = st.columns(3)
        name = left.text_input("Name", "Our quote", key="schedule_name")
        entity = middle.number_input(
            "Entity fee a year (USD)", 0.0, 100_000.0, float(current.entity_fee), key="entity"
        )
        per_user = right.number_input(
            "Per user a year (USD)", 0.0, 10_000.0, float(current.per_user), key="per_user"
        )
        if st.form_submit_button("Save these figures"):
            schedule = FeeSchedule(
                name=name.strip() or "Our quote",
                kind="custom",
                entity_fee=Decimal(str(entity)),
                per_user=Decimal(str(per_user)),
                source="entered by you",
            )
            store().catalog.save_schedule(schedule)
            st.success(inert(f"Saved “{schedule.name}”."))
    saved = store().catalog.schedule_names()
    if saved:
        st.caption("Saved: " + inert(", ".join(saved)))


def _code_sets_section() -> None:
    st.subheader("Which code sets need a license")
    table = [
        {
            "Code set": s["name"],
            "Who publishes it": s["steward"],
            "License needed": "yes" if s["licensed"] else "no (free)",
            "Note": s["note"],
        }
        for s in code_sets()
    ]
    st.dataframe(pd.DataFrame(table), hide_index=True, width="stretch", key="code_sets")


st.title("Your practice and the AMA's fees")
share_box("practice")
_restore()
_loader()
profile = _users_section()
_keep()
_save_profile(profile)
_fees_section()
_code_sets_section()
