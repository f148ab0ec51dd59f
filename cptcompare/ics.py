"""The notice deadlines as a calendar file (.ics, RFC 5545) for Outlook, Google or Apple Calendar:
one all-day event per deadline, its summary naming the vendor, its description the contract, the
clause (page and words) and how the date was worked out, and a reminder two weeks before.

    to_ics(renewals) -> bytes

UIDs are stable (the contract's SHA-256 and the deadline), so importing a newer file again
updates the same events rather than doubling them; DTSTAMP is the as-of date, so the same
contracts on the same day give the same bytes. Contract text goes in only as iCalendar TEXT
(escaped by the icalendar package), with control characters removed.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from .models import Renewal, Renewals
from .wording import date_words

PRODID = "-//CPT Compare//Notice deadlines//EN"
CALENDAR_NAME = "Contract notice deadlines"
REMIND_DAYS = 14
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
WORDS = {
    "summary": "Last day to give notice: {vendor}",
    "contract": "Contract: {file} ({vendor})",
    "why": "Give the vendor written notice by this day to stop the contract renewing on {renews_on}.",
    "why_end": "Give the vendor written notice by this day to end the contract when its term ends on "
    "{end} (the contract does not say whether it renews by itself).",
    "how": "Calculated: {how}. Check it against the clause before relying on it.",
    "clause": "Clause (page {page}): \u201c{quote}\u201d",
    "remind": "In {days} days: last day to give {vendor} notice.",
}


def _text(value: str) -> str:
    return CONTROL.sub(" ", value)


def _renews_on(r: Renewal) -> str:
    """The day the term the deadline belongs to would be followed by the next one."""
    assert r.notice_deadline.date is not None and r.notice_days is not None
    end = date.fromisoformat(r.notice_deadline.date) + timedelta(days=r.notice_days)
    return date_words(end + timedelta(days=1))


def _description(r: Renewal) -> str:
    vendor = r.vendor or "vendor not stated"
    lines = [
        WORDS["contract"].format(file=r.file, vendor=vendor),
        WORDS["why"].format(renews_on=_renews_on(r)),
    ]
    if r.notice_deadline.how:
        lines.append(WORDS["how"].format(how=r.notice_deadline.how))
    for clause in r.notice_deadline.sources:
        lines.append(WORDS["clause"].format(page=clause.page or "?", quote=clause.quote))
    return _text("\n".join(lines))


def _event(r: Renewal, stamp: datetime) -> Event:
    day = date.fromisoformat(r.notice_deadline.date or "")
    vendor = " ".join(_text(r.vendor or r.file).split())  # one line, whatever the contract holds
    event = Event()
    event.add("uid", f"notice-{r.sha256[:24]}-{day.isoformat()}@cptcompare")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + timedelta(days=1))
    event.add("summary", WORDS["summary"].format(vendor=vendor))
    event.add("description", _description(r))
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", WORDS["remind"].format(days=REMIND_DAYS, vendor=vendor))
    alarm.add("trigger", timedelta(days=-REMIND_DAYS))
    event.add_component(alarm)
    return event


def to_ics(renewals: Renewals) -> bytes:
    """A calendar with one all-day event per notice deadline (contracts without one are left out)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    stamp = datetime.combine(date.fromisoformat(renewals.as_of), datetime.min.time(), UTC)
    for r in renewals.contracts:
        if r.notice_deadline.date:
            calendar.add_component(_event(r, stamp))
    return calendar.to_ical()


def deadline_count(renewals: Renewals) -> int:
    return sum(r.notice_deadline.date is not None for r in renewals.contracts)
