"""The document's title as it names itself ("MASTER SUBSCRIPTION AGREEMENT", "Order Form",
"Amendment No. 2"): the first short line of the first page with a document word, for naming
the contract to people (an e-mail to the vendor) instead of its file name."""

from __future__ import annotations

import re

from ..models import Document
from ..textclean import squash

TITLE_WORDS = re.compile(
    r"\b(?:agreement|terms|order\s+form|amendment|addendum|contract|licen[cs]e|schedule|"
    r"statement\s+of\s+work|quote|quotation|invoice|notice|faq|frequently\s+asked|policy|letter)\b",
    re.I,
)
PAGE_MARK = re.compile(r"\bpage\s+\d+\b", re.I)  # a running header ("... Page 1") is not the title
KEEP_UPPER = {"EHR", "EMR", "CPT", "CPT®", "AMA", "IT", "PM", "RCM", "EDI", "FAQ", "HL7", "LLC", "II", "III"}
SMALL = {"and", "of", "to", "for", "the", "a", "an", "in", "on", "with", "by"}
MAX_WORDS = 12
LINES = 8  # the title is near the top


def extract_title(doc: Document) -> str | None:
    if not doc.pages:
        return None
    for line in doc.pages[0].text.splitlines()[:LINES]:
        words = line.split()
        if not words or len(words) > MAX_WORDS or PAGE_MARK.search(line) or line.rstrip().endswith("."):
            continue
        if TITLE_WORDS.search(line):
            text = squash(line).strip(" :-")
            return _title_case(text) if text.isupper() else text
    return None


def _title_case(text: str) -> str:
    """'MASTER EHR AGREEMENT' -> 'Master EHR Agreement' (acronyms and small words kept right)."""
    out = []
    for i, word in enumerate(text.split()):
        if word in KEEP_UPPER or any(ch.isdigit() for ch in word):
            out.append(word)
        elif i and word.lower() in SMALL:
            out.append(word.lower())
        else:
            out.append(word.capitalize())
    return " ".join(out)
