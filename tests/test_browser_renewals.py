"""The Renewals page in a real browser: a fresh install with the sample contracts, read by the
server; the page lists the next deadlines, draws the timeline, and its .ics download is a
calendar that icalendar reads back with the deadlines' dates. A full-page screenshot is saved
outside the repository (/tmp/shots_renewals.png) and in artifacts/."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import icalendar
import pytest

from cptcompare import renewal_dates
from cptcompare.store import open_store

from . import browserkit
from .browserkit import CHROMIUM, NO_CHROMIUM, WAIT, go, new_context, settle, shot
from .store_workers import _reading

playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is in requirements-dev.txt")
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)
SCREENSHOT = Path("/tmp/shots_renewals.png")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("renewals-browser")
    with browserkit.app_server(data) as url:  # a fresh install: the samples on the first start
        yield url, data


def _samples_read(db, seconds: float = 300):
    """The first start's sample workspace, once the server's readers have read all of it."""
    end = time.monotonic() + seconds
    while (workspace := db.catalog.workspace_named("Sample practice")) is None:
        assert time.monotonic() < end, "the first start made no sample workspace"
        time.sleep(0.5)
    while db.library.pending() or _reading(db):
        assert time.monotonic() < end, "the server's readers did not finish"
        time.sleep(0.5)
    return workspace


def test_renewals_page_lists_deadlines_and_its_calendar_reads_back(server):
    url, data = server
    with browserkit.chromium(playwright) as browser:
        context = new_context(browser)
        page = context.new_page()
        page.goto(url)  # the first visit starts reading the samples
        settle(page)
        db = open_store(url=f"sqlite:///{(data / 'cptcompare.db').resolve()}")
        try:
            workspace = _samples_read(db)
            entries = db.views.entries(workspace.id)
            expected = renewal_dates(list(db.views.results(entries).values()), date.today())
        finally:
            db.close()
        go(page, "Renewals")
        page.get_by_text("Renewals and notice deadlines").first.wait_for(timeout=WAIT)
        page.get_by_test_id("stDataFrame").first.wait_for(timeout=WAIT)
        page.locator(".js-plotly-plot").first.wait_for(timeout=WAIT)
        first = expected.contracts[0]
        assert first.notice_deadline.date is not None
        page.get_by_text(re.compile(r"Next notice deadline")).first.wait_for(timeout=WAIT)
        button = page.get_by_role("button", name=re.compile(r"for your calendar \(\.ics\)"))
        with page.expect_download(timeout=WAIT) as download:
            button.click()
        calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
        days = sorted(e.decoded("dtstart") for e in calendar.walk("VEVENT"))
        wanted = sorted(
            date.fromisoformat(r.notice_deadline.date) for r in expected.contracts if r.notice_deadline.date
        )
        assert days == wanted and days[0] == date.fromisoformat(first.notice_deadline.date)
        assert download.value.suggested_filename.endswith(".ics")
        browserkit.whole_page(page, 1500)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        shot(page, "renewals")
        assert page.get_by_text("Traceback").count() == 0
        context.close()
