"""Coverage signals: the sentences that say who pays for CPT (see data/phrases.toml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .. import phrases
from .context import cpt_passages
from .sentences import Sentence, Sentences


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


def _group_signals(group: _Group, sentences: Sentences, in_passage: list[bool]) -> list[Signal]:
    """At most one signal per sentence: the first of the group's patterns that holds there."""
    found: dict[int, Signal] = {}
    for rx in group.patterns:
        if group.any_context:
            hits = sentences.find(rx, keywords=phrases.keywords("coverage", "any_context"))
        else:
            hits = sentences.find(rx, only=in_passage)
        for s, m in hits:
            if s.index in found:
                continue
            if group.negatable and _negated(s.text, m.start(), m.end()):
                continue
            found[s.index] = Signal(group.coverage, _weight(group.weight, s), s, m.start())
    return [found[i] for i in sorted(found)]


def find_signals(sentences: Sentences) -> list[Signal]:
    in_passage = cpt_passages(sentences)
    return [signal for group in _groups() for signal in _group_signals(group, sentences, in_passage)]
