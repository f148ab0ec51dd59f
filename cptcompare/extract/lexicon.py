"""The lexicon of acts and words (data/acts.toml): what each act's verbs are, what it needs near
it, and the coverage and weight it points to for each doer and polarity."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources


@cache
def lexicon() -> dict:
    return tomllib.loads(resources.files("cptcompare").joinpath("data/acts.toml").read_text("utf-8"))


@cache
def words(key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in lexicon()["words"][key]), re.I)


@dataclass(frozen=True)
class Act:
    id: str
    verbs: re.Pattern[str]
    needs: str
    any_context: bool
    modal_outcome: str | None
    by_object: bool
    outcomes: dict
    active_only: bool = False  # a passive form ("codes are provided") is not this act


@cache
def acts() -> tuple[Act, ...]:
    out = []
    for a in lexicon()["acts"]:
        table = {k: v for k, v in a.items() if isinstance(v, dict)}
        out.append(
            Act(
                id=a["id"],
                verbs=re.compile("|".join(f"(?:{v})" for v in a["verbs"]), re.I),
                needs=a.get("needs", ""),
                any_context=a.get("context") == "any",
                modal_outcome=a.get("modal"),
                by_object=a.get("by") == "object",
                outcomes=table,
                active_only=bool(a.get("active_only")),
            )
        )
    return tuple(out)
