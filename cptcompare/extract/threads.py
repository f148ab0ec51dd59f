"""E-mail threads: the messages of a printed thread and their order in time.

A thread is two messages or more, each opening with a "From:" line. Its messages are ranked by
the date and time on their "Date:" or "Sent:" line; where those do not settle it, a thread
with "Original message" separators or "... wrote:" lines runs newest first (as mail programs
print replies), any other oldest first. The latest message that says who pays decides, as a
later letter does (verdict.py).
"""

from __future__ import annotations

import re
from datetime import date

from .dates import parse_date
from .sentences import Sentences

FROM_LINE = re.compile(  # at a sentence's start, or inside one with its address or next field
    r"^\W{0,3}From\s*:\s*\S|\bFrom\s*:\s*\S[^\n]{0,80}?(?:@|\b(?:To|Date|Sent)\s*:)", re.I | re.M
)
DATE_FIELD = re.compile(r"\b(?:Date|Sent)\s*:", re.I)  # header lines may be read as one sentence
TIME = re.compile(r"\b(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?")
NEWEST_FIRST = re.compile(
    r"-{2,}\s*(?:original|forwarded)\s+message|\bwrote\s*:\s*$|\b(?:newest|latest|most\s+recent)\s+(?:message\s+)?first",
    re.I | re.M,
)
HEADER_LINES = 4  # sentences after "From:" where its "Date:" line can be
DATE_REACH = 60  # characters after "Date:" that hold the date and time
MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
SHORT_DATE = re.compile(
    rf"\b(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})|(?P<month2>{MONTH})\s+(?P<day2>\d{{1,2}}),?)\s+(?P<year>\d{{4}})\b",
    re.I,
)


def _minutes(text: str) -> int:
    m = TIME.search(text)
    if m is None:
        return 0
    hour, minute, half = int(m.group(1)) % 12 if m.group(3) else int(m.group(1)), int(m.group(2)), m.group(3)
    return (hour + (12 if half and half[0] in "Pp" else 0)) * 60 + minute


def _day(text: str) -> date | None:
    """The day on a "Date:" line: "Fri, 11 Apr 2025 13:20", "Monday 9 March 2026", "3/14/2025"."""
    m = SHORT_DATE.search(text)
    if m is None:
        return parse_date(text)
    month = MONTHS.index((m.group("month") or m.group("month2"))[:3].lower()) + 1
    try:
        return date(int(m.group("year")), month, int(m.group("day") or m.group("day2")))
    except ValueError:
        return None


def _sent_at(sentences: Sentences, start: int) -> tuple[date, int] | None:
    """When the message opening at ``start`` was sent, from its "Date:" line."""
    for s in sentences[start : start + HEADER_LINES]:
        field = DATE_FIELD.search(s.text)
        if field:
            when = s.text[field.end() : field.end() + DATE_REACH]
            day = _day(when)
            return (day, _minutes(when)) if day else None
    return None


def message_ranks(sentences: Sentences) -> dict[int, int]:
    """The sentence index each message of a thread opens at, mapped to its rank in time
    (0 for the oldest); {} for a document that is no thread."""
    if "messages" not in sentences.memo:
        starts = [s.index for s, _ in sentences.matching(FROM_LINE)]
        ranks: dict[int, int] = {}
        if len(starts) >= 2:
            sent = [_sent_at(sentences, i) for i in starts]
            if all(sent) and len(set(sent)) == len(sent):
                order = [i for _, i in sorted(zip(sent, starts, strict=True))]  # dates known, distinct
            elif NEWEST_FIRST.search(sentences.text):
                order = starts[::-1]
            else:
                order = starts
            ranks = {i: rank for rank, i in enumerate(order)}
        sentences.memo["messages"] = ranks
    return sentences.memo["messages"]  # type: ignore[return-value]
