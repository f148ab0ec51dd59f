"""Risk flags: clauses a practice lead should read before signing (see data/phrases.toml)."""

from __future__ import annotations

from .. import phrases
from ..models import Document, Flag
from .context import cpt_passages
from .evidence import quote
from .sentences import Sentences


def extract_flags(doc: Document, sentences: Sentences) -> list[Flag]:
    """Each flag once, with the first clause that raises it, in the order of the data file."""
    in_passage = cpt_passages(sentences)
    flags = []
    for flag_id, spec in phrases.section("flags").items():
        only = None if spec.get("context") == "any" else in_passage
        for s, m in sentences.find(phrases.pattern("flags", flag_id, "patterns"), only=only):
            page, words = quote(doc, s, m.start())
            flags.append(Flag(id=flag_id, label=spec["label"], page=page, quote=words))
            break
    return flags
