"""Turn a place in a sentence into evidence: the page and the exact words on that page."""

from __future__ import annotations

from ..models import Document, Finding
from ..textclean import squash
from .sentences import Sentence


def quote(doc: Document, sentence: Sentence, at: int = 0) -> tuple[int, str]:
    """(page, quote): the sentence's words on the page where character ``at`` of it falls."""
    page, _, _ = sentence.locate(at, at + 1)
    pieces = [s for s in sentence.spans if s.page == page]
    text = doc.pages[page - 1].text[pieces[0].start : pieces[-1].end]
    return page, squash(text)


def finding(
    doc: Document, field: str, value: object, sentence: Sentence, at: int = 0, confidence: float = 0.8
) -> Finding:
    page, words = quote(doc, sentence, at)
    return Finding(field=field, value=value, page=page, quote=words, confidence=confidence)
