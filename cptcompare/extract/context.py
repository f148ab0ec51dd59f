"""Which sentences are about CPT or the AMA, and so may carry licensing terms."""

from __future__ import annotations

from .. import phrases
from .sentences import Sentence

WINDOW = 3  # a sentence is in a CPT passage if it or one of the 3 before it names CPT or the AMA
HEADING_WORDS = 6  # sentences this short are headings and do not count towards the window


def names_cpt(text: str) -> bool:
    return bool(
        phrases.pattern("context", "cpt").search(text) or phrases.pattern("context", "ama").search(text)
    )


def cpt_passages(sentences: list[Sentence]) -> list[bool]:
    """For each sentence: is it inside a passage about CPT or the AMA?"""
    out, recent = [], 0  # recent: substantive sentences since the last one naming CPT or the AMA
    for s in sentences:
        if names_cpt(s.text):
            recent = 0
        elif len(s.text.split()) > HEADING_WORDS:
            recent += 1
        out.append(recent <= WINDOW)
    return out if any(names_cpt(s.text) for s in sentences) else [False] * len(sentences)


def mentions_cpt(sentences: list[Sentence]) -> bool:
    cpt = phrases.pattern("context", "cpt")
    return any(cpt.search(s.text) for s in sentences)
