"""Which sentences are about CPT or the AMA, and so may carry licensing terms."""

from __future__ import annotations

from .. import phrases
from .sentences import Sentences

WINDOW = 3  # a sentence is in a CPT passage if it or one of the 3 before it names CPT or the AMA
HEADING_WORDS = 6  # sentences this short are headings and do not count towards the window


def names_cpt(text: str) -> bool:
    low = text.lower()
    return any(_names(text, low, path) for path in ("cpt", "ama"))


def _names(text: str, low: str, path: str) -> bool:
    """Does the page name CPT (or the AMA)? Every phrase of those lists begins with one of its
    keywords (tests/test_focus.py checks), so on an ASCII page the pattern is tried only where a
    keyword begins: the answer of a search of the page, without the search."""
    rx, keywords = phrases.pattern("context", path), phrases.keywords("context", path)
    if not any(word in low for word in keywords):
        return False
    if not text.isascii():  # case folding may change offsets or match other letters: search
        return bool(rx.search(text))
    for word in keywords:
        at = low.find(word)
        while at >= 0:
            if rx.match(text, at):
                return True
            at = low.find(word, at + 1)
    return False


def naming(sentences: Sentences) -> set[int]:
    """Indexes of the sentences that name CPT or the AMA themselves (computed once)."""
    if "naming" not in sentences.memo:
        found: set[int] = set()
        for path in ("cpt", "ama"):
            found |= {s.index for s, _ in sentences.find(*phrases.search_list("context", path))}
        sentences.memo["naming"] = found
    return sentences.memo["naming"]  # type: ignore[return-value]


def cpt_passages(sentences: Sentences) -> list[bool]:
    """For each sentence: is it inside a passage about CPT or the AMA? (computed once)"""
    if "passages" not in sentences.memo:
        sentences.memo["passages"] = _passages(sentences)
    return sentences.memo["passages"]  # type: ignore[return-value]


def _passages(sentences: Sentences) -> list[bool]:
    named = naming(sentences)
    if not named:
        return [False] * len(sentences)
    out, recent = [], WINDOW + 1  # recent: substantive sentences since the last one naming CPT/AMA
    for s in sentences:
        if s.index in named:
            recent = 0
        elif len(s.text.split()) > HEADING_WORDS:
            recent += 1
        out.append(recent <= WINDOW)
    return out
