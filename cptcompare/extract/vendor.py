"""The vendor: the legal name of the party that supplies the software or service.

A legal name is a run of capitalised words ending in an entity suffix (Inc., LLC, ...). The
vendor is the one a contract labels with a vendor role ("Vendor", "Licensor", "we") in the
parties clause; failing that, the one in a signature block under a vendor role, then the name
that recurs most often and is not labelled as the customer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from .. import phrases
from ..models import Document, Finding
from .dates import MONTHS
from .evidence import finding
from .sentences import Sentence, Sentences

QUOTES = "\"'“”‘’"
CONNECTOR = r"(?:of|and|the|for|&|de|du|d/b/a)"
HEAD_PAGES = 3
LEADING_DATE = re.compile(
    rf"^(?:(?:effective|dated|as\s+of)\s+)?(?:{MONTHS})\s+\d{{1,2}},\s+(?:19|20)\d\d,\s*", re.I
)


@cache
def entity_rx() -> re.Pattern[str]:
    suffix = "|".join(phrases.section("vendor", "suffixes"))
    word = r"(?:[A-Z0-9][\w'’&.\-]*|[a-z]+[A-Z][\w'’&.\-]*|&)"  # also brand words like eRx
    return re.compile(rf"\b(?P<name>{word}(?:,?\s+(?:{word}|{CONNECTOR}))*?,?\s+(?:{suffix}))(?![\w])")


@cache
def role_rx() -> re.Pattern[str]:
    return re.compile(
        r"^[\s,]*(?:(?:a|an)\s+[^()]{0,160}?)?\(\s*(?:hereinafter\s+)?(?:(?:referred\s+to\s+|called\s+)?as\s+)?"
        rf"(?:the\s+)?[{QUOTES}]?(?P<role>[A-Za-z][A-Za-z ]{{0,30}}?)[{QUOTES}]?\s*[,)]",
        re.I,
    )


@dataclass(frozen=True)
class Party:
    name: str
    role: str  # vendor | customer | other (labelled, but neither) | unknown (no label)
    sentence: Sentence
    at: int


def _classify(label: str) -> str:
    label = label.strip().lower()
    for kind in ("vendor", "customer"):
        if re.fullmatch(phrases.pattern("vendor", f"{kind}_roles").pattern, label, re.I):
            return kind
    return "other"


@cache
def _title_rx() -> re.Pattern[str]:
    """A comma-separated job title ending a person's name and title before the company's."""
    title = phrases.pattern("vendor", "job_titles").pattern
    return re.compile(rf"^.*,\s*(?:[\w-]+\s+){{0,3}}(?:{title})\s*,\s*", re.I)


def _clean_name(name: str) -> str:
    name = re.sub(r"^(?:(?:this|the|by|and|between|among|with|from|to|of)\s+)+", "", name, flags=re.I)
    name = _title_rx().sub("", name)  # "Priya Rao, Account Manager, Tidewater Software, Inc."
    name = LEADING_DATE.sub("", name)  # "Effective September 1, 2025, Vantor Health Software Corp."
    return name.strip(" ,")


def _is_excluded(name: str) -> bool:
    return bool(phrases.pattern("vendor", "not_vendor").search(name))


def _form_label(name: str) -> tuple[str, str | None]:
    """'Vendor Tallowmere Health Systems, Inc.' (an order form's field label before the name)
    -> ('Tallowmere Health Systems, Inc.', 'vendor')."""
    first, _, rest = name.partition(" ")
    role = _classify(first) if rest else "other"
    return (rest, role) if role in ("vendor", "customer") else (name, None)


def _parties(sentences: Sentences, only: list[bool] | None = None) -> list[Party]:
    out = []
    for s, _ in sentences.find(entity_rx(), phrases.keywords("vendor", "suffixes"), only):
        for m in entity_rx().finditer(s.text):
            name, role = _form_label(_clean_name(m.group("name")))
            if not name or _is_excluded(name) or " " not in name:
                continue
            label = role_rx().match(s.text[m.end() : m.end() + 160])
            role = role or (_classify(label.group("role")) if label else "unknown")
            out.append(Party(name, role, s, m.start()))
    return out


def _signature_vendor(sentences: Sentences) -> Party | None:
    rx = re.compile(rf"\b(?P<role>{phrases.pattern('vendor', 'vendor_roles').pattern})\s*:\s*$", re.I | re.M)
    for prev, _ in sentences.find(rx, [":"]):
        s = sentences[prev.index + 1] if prev.index + 1 < len(sentences) else None
        if s is not None and (m := entity_rx().match(s.text.strip())):
            return Party(_clean_name(m.group("name")), "vendor", s, 0)
    return None


def _pick(parties: list[Party], sentences: Sentences) -> tuple[Party, float] | None:
    head = [p for p in parties if p.sentence.page <= HEAD_PAGES]
    labelled = next((p for p in head + parties if p.role == "vendor"), None)
    if labelled:
        return labelled, 0.9
    other = next((p for p in head if p.role == "other"), None)
    if other:
        return other, 0.7
    signed = _signature_vendor(sentences)
    if signed:
        return signed, 0.75
    customers = {p.name for p in parties if p.role == "customer"}
    counts = Counter(p.name for p in parties if p.name not in customers)
    if not counts:
        return None
    name, _ = counts.most_common(1)[0]
    return next(p for p in parties if p.name == name), 0.5


def extract_vendor(doc: Document, sentences: Sentences) -> Finding:
    head = _parties(sentences, only=[s.page <= HEAD_PAGES for s in sentences])
    labelled = next((p for p in head if p.role == "vendor"), None)  # the usual case, read quickly
    picked = (labelled, 0.9) if labelled else _pick(_parties(sentences), sentences)
    if picked is None:
        return Finding.not_stated("vendor")
    party, confidence = picked
    return finding(doc, "vendor", party.name, party.sentence, party.at, confidence)
