"""The kinds of application a practice licenses CPT for (data/applications.toml): their names
for people, and the words that identify each in a contract (used by extract/application.py)."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parent / "data" / "applications.toml"


@cache
def lexicon() -> dict:
    return tomllib.loads(LEXICON.read_text(encoding="utf-8"))


def kind_labels() -> dict[str, str]:
    """Kind -> its name for people, in the lexicon's order."""
    return {kind: entry["label"] for kind, entry in lexicon()["kinds"].items()}


def kind_label(kind: str | None) -> str:
    return kind_labels().get(kind or "other", "Other")
