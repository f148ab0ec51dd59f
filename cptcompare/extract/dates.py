"""The contract's dates: effective date, initial term, renewal and notice period."""

from __future__ import annotations

import re
from datetime import date, datetime

from .. import phrases
from ..models import ContractDates, Document, Finding
from .evidence import finding
from .money import parse_count
from .sentences import Sentences

MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
DATE = re.compile(
    rf"(?P<mdy>(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    rf"|(?P<dmy>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:{MONTHS}),?\s+\d{{4}})"
    r"|(?P<num>\d{1,2}/\d{1,2}/\d{4})|(?P<iso>\d{4}-\d{2}-\d{2})",
    re.IGNORECASE,
)
DURATION = re.compile(
    r"(?P<count>\(?\d{1,3}\)?|[a-z]+(?:-[a-z]+)?(?:\s*\(\d{1,3}\))?)[\s-]+(?P<unit>months?|years?)\b", re.I
)


def parse_date(text: str) -> date | None:
    m = DATE.search(text)
    if not m:
        return None
    raw = re.sub(r"(?<=\d)(?:st|nd|rd|th)|day\s+of\s+|,", "", m.group(0), flags=re.I)
    raw = " ".join(raw.split())
    for fmt in ("%B %d %Y", "%d %B %Y", "%m/%d/%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None


def _months(text: str) -> int | None:
    for m in DURATION.finditer(text):
        count = parse_count(m.group("count"))
        if count:
            return count * (12 if m.group("unit").lower().startswith("year") else 1)
    return None


def _first(sentences: Sentences, path: str, after: int = 160):
    for s, m in sentences.find(*phrases.search_list("dates", path)):
        yield s, m, s.text[m.end() : m.end() + after]


def _effective(doc: Document, sentences: Sentences) -> Finding | None:
    for s, m, tail in _first(sentences, "effective", 60):
        when = parse_date(tail[:40])
        if when:
            return finding(doc, "effective_date", when.isoformat(), s, m.start(), 0.85)
    return None


def _term(doc: Document, sentences: Sentences) -> Finding | None:
    for s, m, tail in _first(sentences, "initial_term", 120):
        months = _months(tail)
        if months:
            return finding(doc, "initial_term_months", months, s, m.start(), 0.8)
    return None


def _renewal(doc: Document, sentences: Sentences) -> list[Finding]:
    out = []
    for s, m, _ in _first(sentences, "no_renewal"):
        out.append(finding(doc, "auto_renews", False, s, m.start(), 0.8))
        return out
    for s, m, _ in _first(sentences, "auto_renews"):
        out.append(finding(doc, "auto_renews", True, s, m.start(), 0.85))
        tail = s.text[m.start() :]
        renewal = re.search(
            r"(?:successive|additional|consecutive|renewal)\s+(?:terms?\s+of\s+)?(.{0,40})", tail, re.I
        )
        months = _months(renewal.group(1)) if renewal else None
        if months:
            out.append(finding(doc, "renewal_term_months", months, s, m.start(), 0.75))
        return out
    return out


NOTICE_DAYS = re.compile(
    r"(?:\((?P<p>\d{1,3})\)|(?P<d>\d{1,3})|(?P<w>[a-z]+(?:-[a-z]+)?))\s*(?:calendar\s+|business\s+)?days?\b",
    re.I,
)
NOTICE_TOPIC = re.compile(r"renew|terminat|cancel|expir", re.I)
NOTICE_TOPIC_WORDS = ("renew", "terminat", "cancel", "expir")
NOT_NOTICE_TOPIC = re.compile(r"\bcure|breach|default", re.I)  # notice to cure is another clock


def _notice(doc: Document, sentences: Sentences) -> Finding | None:
    """Days of notice needed to stop a renewal (or, failing that, to terminate)."""
    notice = phrases.pattern("dates", "notice")
    on_topic = [s for s, _ in sentences.find(NOTICE_TOPIC, NOTICE_TOPIC_WORDS)]
    ranked = sorted(on_topic, key=lambda s: not re.search(r"renew", s.text, re.I))
    for s in ranked:
        if not notice.search(s.text) or NOT_NOTICE_TOPIC.search(s.text):
            continue
        for days in NOTICE_DAYS.finditer(s.text):
            count = parse_count(days.group("p") or days.group("d") or days.group("w"))
            if count:
                return finding(doc, "notice_days", count, s, days.start(), 0.75)
    return None


def extract_dates(doc: Document, sentences: Sentences) -> tuple[ContractDates, list[Finding]]:
    found = [f for f in (_effective(doc, sentences), _term(doc, sentences), _notice(doc, sentences)) if f]
    found += _renewal(doc, sentences)
    values = {f.field: f.value for f in found}
    missing = [Finding.not_stated(name) for name in ContractDates.model_fields if name not in values]
    return ContractDates(**values), found + missing
