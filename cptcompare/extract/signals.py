"""Coverage signals: the sentences that say who pays for CPT (see data/phrases.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import phrases
from .context import cpt_passages
from .sentences import Sentence


@dataclass(frozen=True)
class Signal:
    coverage: str
    weight: float
    sentence: Sentence
    at: int


def _negated(text: str, start: int, end: int) -> bool:
    window = phrases.section("negation", "window")
    before = text[max(0, start - window) : start]
    neg = phrases.pattern("negation", "before")
    return bool(neg.search(before) or re.search(r"\b(?:not|never|no)\b|n't\b", text[start:end], re.I))


def _weight(weight: float, sentence: Sentence) -> float:
    if phrases.pattern("negation", "conditional").search(sentence.text):
        weight *= phrases.section("negation", "conditional_factor")
    return weight


@dataclass(frozen=True)
class _Group:
    coverage: str
    weight: float
    negatable: bool
    any_context: bool
    patterns: tuple[re.Pattern[str], ...]


@cache
def _groups() -> tuple[_Group, ...]:
    return tuple(
        _Group(
            coverage=g["class"],
            weight=float(g["weight"]),
            negatable=bool(g.get("negatable")),
            any_context=g.get("context") == "any",
            patterns=tuple(re.compile(p, phrases.FLAGS) for p in g["patterns"]),
        )
        for g in phrases.section("coverage", "signals")
    )


def _group_signal(group: _Group, sentence: Sentence) -> Signal | None:
    for rx in group.patterns:
        m = rx.search(sentence.text)
        if m is None:
            continue
        if group.negatable and _negated(sentence.text, m.start(), m.end()):
            continue
        return Signal(group.coverage, _weight(group.weight, sentence), sentence, m.start())
    return None


def find_signals(sentences: list[Sentence]) -> list[Signal]:
    in_passage = cpt_passages(sentences)
    out: list[Signal] = []
    for group in _groups():
        for s, inside in zip(sentences, in_passage, strict=True):
            found = _group_signal(group, s) if inside or group.any_context else None
            if found:
                out.append(found)
    return out
