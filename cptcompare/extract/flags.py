"""Risk flags: clauses a practice lead should read before signing (see data/phrases.toml)."""

from __future__ import annotations

from .. import phrases
from ..models import Document, Flag
from .context import cpt_passages
from .evidence import quote
from .sentences import Sentence


def extract_flags(doc: Document, sentences: list[Sentence]) -> list[Flag]:
    """Each flag once, with the first clause that raises it, in the order of the data file."""
    in_passage = cpt_passages(sentences)
    flags = []
    for flag_id, spec in phrases.section("flags").items():
        rx = phrases.pattern("flags", flag_id, "patterns")
        any_context = spec.get("context") == "any"
        for s, inside in zip(sentences, in_passage, strict=True):
            m = rx.search(s.text) if inside or any_context else None
            if m:
                page, words = quote(doc, s, m.start())
                flags.append(Flag(id=flag_id, label=spec["label"], page=page, quote=words))
                break
    return flags
