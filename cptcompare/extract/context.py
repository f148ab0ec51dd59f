"""Which sentences are about CPT or the AMA, and so may carry licensing terms."""

from __future__ import annotations

from .. import phrases
from .sentences import Sentence

WINDOW = 3  # a sentence is in a CPT passage if it or one of the 3 before it names CPT or the AMA


def names_cpt(text: str) -> bool:
    return bool(
        phrases.pattern("context", "cpt").search(text) or phrases.pattern("context", "ama").search(text)
    )


def cpt_passages(sentences: list[Sentence]) -> list[bool]:
    """For each sentence: is it inside a passage about CPT or the AMA?"""
    named = [names_cpt(s.text) for s in sentences]
    return [any(named[max(0, i - WINDOW) : i + 1]) for i in range(len(sentences))]


def mentions_cpt(sentences: list[Sentence]) -> bool:
    cpt = phrases.pattern("context", "cpt")
    return any(cpt.search(s.text) for s in sentences)
