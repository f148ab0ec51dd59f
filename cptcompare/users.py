"""Who counts as a CPT user in this practice, under the AMA's definition (data/roles.toml).

A user count the lead knows wins. Otherwise, with staff counts by role, each role is counted or
not (the AMA's (a)/(b)/(c) definition, with the reason in words; the lead may override a role).
Without staff counts, the AMA's User Proxy Model gives about 4 users per physician, as an
estimate, and says so.
"""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

from .ama import proxy_users_per_physician
from .models import PracticeProfile, RoleCount, UserCount


@cache
def _data() -> dict[str, Any]:
    text = resources.files("cptcompare").joinpath("data/roles.toml").read_text("utf-8")
    return tomllib.loads(text)


def roles() -> dict[str, dict[str, Any]]:
    """Role id -> label, counted by default, AMA clause and reason."""
    return _data()["roles"]


def provider_kinds() -> dict[str, str]:
    return _data()["providers"]


def definition() -> dict[str, str]:
    return _data()["definition"]


def _reason(spec: dict[str, Any], counted: bool, overridden: bool) -> str:
    if overridden:
        return "Counted because you said so." if counted else "Not counted because you said so."
    clause = spec["clause"]
    where = f" (AMA definition, part ({clause}): a user {definition()[clause]})" if clause else ""
    return spec["reason"] + where


def _role_counts(profile: PracticeProfile) -> list[RoleCount]:
    people = dict(profile.staff or {})
    people["providers"] = profile.provider_count
    out = []
    for role, spec in roles().items():
        overridden = role in profile.counted
        counted = profile.counted.get(role, spec["counted"])
        out.append(
            RoleCount(
                role=role,
                label=spec["label"],
                people=people.get(role, 0),
                counted=counted,
                reason=_reason(spec, counted, overridden),
            )
        )
    return out


def count_users(profile: PracticeProfile) -> UserCount:
    if profile.users is not None:
        return UserCount(
            users=profile.users,
            estimate=False,
            method="given",
            assumptions=[f"{profile.users} users, as you gave them."],
        )
    if profile.staff is None:
        per = proxy_users_per_physician()
        users = per * profile.provider_count
        note = (
            f"Estimate: {profile.provider_count} providers x {per} users each = {users} users "
            "(the AMA's User Proxy Model of about 4 users per physician, physician included). "
            "Enter your staff by role for a real count."
        )
        return UserCount(users=users, estimate=True, method="proxy", assumptions=[note])
    counts = _role_counts(profile)
    users = sum(r.people for r in counts if r.counted)
    return UserCount(
        users=users,
        estimate=False,
        method="roles",
        roles=counts,
        assumptions=[f"{users} users counted by role under the AMA's definition of a user."],
    )
