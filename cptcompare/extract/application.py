"""What kind of application a contract is for (EHR, practice management, billing service,
clearinghouse, ...), guessed from its first pages with the words that decided it as evidence.
The lexicon is data/applications.toml; a person can correct the guess like any other term."""

from __future__ import annotations

import re
from functools import cache

from ..applications import lexicon
from ..models import Application, Document
from ..textclean import squash

QUOTE_CHARS = 160  # evidence: the words around the deciding mention


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    kinds = lexicon()["kinds"]
    return {
        kind: re.compile(r"\b(?:" + "|".join(entry["words"]) + r")\b", re.I)
        for kind, entry in kinds.items()
        if entry["words"]
    }


def _score(text: str, title_end: int, rx: re.Pattern[str]) -> tuple[int, re.Match[str] | None]:
    weight = lexicon()["scoring"]["title_weight"]
    score, first = 0, None
    for m in rx.finditer(text):
        score += weight if m.start() < title_end else 1
        first = first or m
    return score, first


def _quote(text: str, m: re.Match[str]) -> str:
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > QUOTE_CHARS:
        at = m.start() - start
        line = line[max(0, at - QUOTE_CHARS // 2) : at + QUOTE_CHARS // 2]
    return squash(line)


def guess_application(doc: Document, ama_license: bool = False) -> Application:
    """The most-mentioned kind on the first pages (a title mention counts more), with where
    it is first mentioned; a tie goes to the kind listed first in the lexicon."""
    if ama_license:
        return Application(kind="ama_license", confidence=0.9)
    scoring = lexicon()["scoring"]
    totals: dict[str, int] = {}
    first: dict[str, tuple[int, re.Match[str]]] = {}
    for page in doc.pages[: scoring["pages"]]:
        title_end = scoring["title_chars"] if page.number == 1 else 0
        for kind, rx in _patterns().items():
            score, m = _score(page.text[: scoring["page_chars"]], title_end, rx)
            if m is not None:
                totals[kind] = totals.get(kind, 0) + score
                first.setdefault(kind, (page.number, m))
    if not totals:
        return Application(kind="other", confidence=0.0)
    kind = max(totals, key=lambda k: (totals[k], -list(_patterns()).index(k)))
    number, m = first[kind]
    rest = sum(totals.values()) - totals[kind]
    confidence = round(min(0.9, 0.4 + 0.1 * (totals[kind] - rest)), 2)
    quote = _quote(doc.pages[number - 1].text, m)
    return Application(kind=kind, page=number, quote=quote, confidence=max(0.3, confidence))
