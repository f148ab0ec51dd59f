"""Which pages of a long contract are worth reading sentence by sentence.

Splitting every page of a 300-page contract into sentences costs more than reading its text.
Only some pages can hold what the engine looks for: the first and last (parties, signatures),
those naming CPT, a code set, a licence, a date, a notice, a definition or a part of the
contract (data/phrases.toml [focus]), and the pages either side of those (a clause or a table
that runs over a page break). Short contracts are read whole.
"""

from __future__ import annotations

import re
from functools import cache

from .. import phrases, twocores
from ..models import Document
from .vendor import entity_rx

PART_LEAD = (".", ":", "\n")  # what may stand before a part's heading word, spaces aside
WHOLE_WORD_HINTS = ("cpt", "ama", "cdt", "dental")  # how the whole words (phrases.toml) begin, after \b
PARALLEL_PAGES = 60  # from this many pages on, they are looked at on both cores (twocores.py); measured


@cache
def _whole_words() -> re.Pattern[str]:
    return re.compile("|".join(phrases.section("focus", "whole_words")))


def _setting(name: str) -> int:
    return int(phrases.section("focus", name))


def _starts_part(low: str) -> bool:
    """A part's heading word ("Exhibit B", "Order Form") at a line's or a sentence's start,
    not a mention of it ("as set out in Exhibit C")."""
    for word in phrases.section("focus", "part_words"):
        at = low.find(word)
        while at >= 0:
            before = low[max(0, at - 4) : at].rstrip(" \t")
            if at == 0 or not before or before.endswith(PART_LEAD):
                return True
            at = low.find(word, at + 1)
    return False


def matters(text: str) -> bool:
    """Might the engine find something on a page with this text?"""
    low = text.lower()
    flat = low.replace("\n", " ")
    return (
        any(w in flat for w in phrases.section("focus", "words"))
        or _has_whole_word(low)
        or _starts_part(low)
        or _names_a_company(text, low)
    )


def _has_whole_word(low: str) -> bool:
    """The whole words' pattern, tried only where one of its words begins: each of its
    alternatives is \\b and one of WHOLE_WORD_HINTS (tests/test_focus.py checks), so this finds
    what a search of the page would, without the search (slow for a pattern that starts with \\b)."""
    rx = _whole_words()
    for hint in WHOLE_WORD_HINTS:
        at = low.find(hint)
        while at >= 0:
            if rx.match(low, at):
                return True
            at = low.find(hint, at + 1)
    return False


def _names_a_company(text: str, low: str) -> bool:
    """A company's legal name ("Prairie Health Records Inc."): the vendor may be the one most named."""
    return bool(_suffix().search(text)) and bool(entity_rx().search(text))


@cache
def _suffix() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(phrases.section("vendor", "suffixes")) + r")(?![\w])")


def focus_pages(doc: Document) -> set[int] | None:
    """Page numbers to read, or None for all of them."""
    count = len(doc.pages)
    if count < _setting("min_pages"):
        return None
    head, tail, reach = _setting("head_pages"), _setting("tail_pages"), _setting("neighbours")
    texts = [p.text for p in doc.pages]
    marked = twocores.map_items(lambda i: matters(texts[i]), count, PARALLEL_PAGES)
    hits = {n for n, hit in enumerate(marked, start=1) if hit}
    hits |= set(range(1, head + 1)) | set(range(count - tail + 1, count + 1))
    kept = {n + d for n in hits for d in range(-reach, reach + 1) if 1 <= n + d <= count}
    return None if len(kept) == count else kept
