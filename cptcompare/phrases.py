"""Loads the phrase lists in data/phrases.toml and compiles them once.

``pattern("fees", "cpt")`` gives one case-insensitive regex that matches any phrase of that
list; ``section("flags")`` gives the raw table for lists of records.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any

FLAGS = re.IGNORECASE


@cache
def data() -> dict[str, Any]:
    text = resources.files("cptcompare").joinpath("data/phrases.toml").read_text("utf-8")
    return tomllib.loads(text)


def section(*path: str) -> Any:
    node: Any = data()
    for key in path:
        node = node[key]
    return node


def compile_list(phrases: list[str]) -> re.Pattern[str]:
    """One regex matching any phrase of the list."""
    return re.compile("|".join(f"(?:{p})" for p in phrases), FLAGS)


@cache
def pattern(*path: str) -> re.Pattern[str]:
    return compile_list(section(*path))


def keywords(*path: str) -> tuple[str, ...]:
    """Lowercase words one of which every match of that pattern list contains (may be empty)."""
    return tuple(data().get("keywords", {}).get(".".join(path), ()))


@cache
def patterns(*path: str) -> tuple[re.Pattern[str], ...]:
    """Each phrase of the list as its own regex (when which one matched matters)."""
    return tuple(re.compile(p, FLAGS) for p in section(*path))


def search_list(*path: str) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """(pattern, keywords) of one phrase list: what Sentences.find takes."""
    return pattern(*path), keywords(*path)
