"""The flows that broke for a new user (issue 12), each in a real browser on a fresh install:
headless Chromium driven by Playwright against one real `streamlit run` server, started with the
first start's sample contracts, shared by this module's tests (each works in its own workspace
or only reads the samples). Each test is named after what broke."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from cptcompare import sha256_of
from cptcompare.store import open_store

from . import browserkit
from .browserkit import CHROMIUM, NO_CHROMIUM, WAIT, go, new_context, settle, shot
from .helpers import CONTRACTS, labels
from .pdfgen import pdf_from_text
from .store_workers import _reading

playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is in requirements-dev.txt")
expect = playwright.expect
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)

SAMPLES = sorted(p.name for p in CONTRACTS.glob("*.pdf"))
PROTECTED = next(n for n, c in labels().items() if c["password"])
READABLE = sum(1 for c in labels().values() if c["status"] == "ok" and not c["password"])
BATCH_END = re.compile(r"\d+ contracts? read")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("flows-data")


@pytest.fixture(scope="module")
def server(data_dir):
    with browserkit.app_server(data_dir) as url:  # a fresh install: the samples on the first start
        yield url


@pytest.fixture(scope="module")
def db(data_dir):
    """The server's own database, opened beside it (to find ids and wait for the readers)."""
    store = open_store(url=f"sqlite:///{(data_dir / 'cptcompare.db').resolve()}")
    yield store
    store.close()


@pytest.fixture(scope="module")
def browser():
    with browserkit.chromium(playwright) as chromium:
        yield chromium


@pytest.fixture
def page(browser):
    context = new_context(browser)
    yield context.new_page()
    context.close()


def _all_read(db, seconds: float = 150) -> None:
    end = time.monotonic() + seconds
    while db.library.pending() or _reading(db):
        assert time.monotonic() < end, "the server's readers did not finish"
        time.sleep(0.2)


@pytest.fixture
def samples(server, db, browser) -> str:
    """The sample workspace, every sample read (the first visit starts them if no test did)."""
    if db.catalog.workspace_named("Sample practice") is None:
        context = new_context(browser)
        first = context.new_page()
        first.goto(server)
        settle(first)
        end = time.monotonic() + WAIT / 1000  # the first run may still be creating it
        while db.catalog.workspace_named("Sample practice") is None and time.monotonic() < end:
            time.sleep(0.2)
        context.close()
    _all_read(db)
    return db.catalog.workspace_named("Sample practice").id


def _new_workspace(page, server: str, name: str) -> None:
    page.goto(server)
    settle(page)
    page.get_by_text("New workspace").click()
    page.get_by_label("Name").fill(name)
    page.get_by_role("button", name="Create").click()
    settle(page)
    expect(browserkit.workspace_box(page)).to_have_value(name, timeout=WAIT)
    expect(page.get_by_text(f"Created the workspace “{name}”")).to_be_visible()  # it says so
    expect(page.get_by_label("Name")).to_be_hidden()  # and the "New workspace" panel closed


def _small_pdfs(folder: Path, names: list[str]) -> list[str]:
    paths = []
    for n, name in enumerate(names):
        path = folder / name
        path.write_bytes(
            pdf_from_text(
                f'{name[:-4].title()} Health IT, Inc. ("Vendor") contract number {n}.',
                "Vendor includes the AMA CPT license in its subscription fees.",
            )
        )
        paths.append(str(path))
    return paths


def _listed(page, count: int) -> None:
    page.get_by_text(f"In this workspace ({count})", exact=True).wait_for(timeout=WAIT)


def _tick(page, row: int) -> None:
    """Tick a row of the Contracts table (drawn on a canvas: its tick boxes are its first column)."""
    grid = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(grid["x"] + 18, grid["y"] + 35 + 17 + 35 * row)
    settle(page)


def test_all_18_samples_present_after_navigating_away_during_their_load(server, db, browser, page):
    page.goto(server)  # the very first visit of a fresh install starts the samples...
    page.get_by_test_id("stSidebarNav").wait_for(timeout=WAIT)
    go(page, "Contracts", wait=False)  # ...and the user clicks another page at once
    settle(page)
    go(page, "Compare")
    page.get_by_test_id("stSidebar").get_by_text(BATCH_END).wait_for(timeout=150_000)
    go(page, "Contracts")
    _listed(page, len(SAMPLES))
    assert len(SAMPLES) == 18 and not db.library.pending() and not _reading(db)
    shot(page, "flows-01-samples-after-navigating-away")
    colleague = new_context(browser)  # a later visitor sees all of them too
    other = colleague.new_page()
    other.goto(f"{server}/contracts")
    settle(other)
    _listed(other, len(SAMPLES))
    colleague.close()


def test_8_uploads_all_read_after_navigating_away_at_the_second(server, samples, page, tmp_path):
    _new_workspace(page, server, "Eight uploads")
    go(page, "Contracts")
    names = [f"vendor{chr(97 + n)}.pdf" for n in range(8)]
    page.locator("input[type=file]").set_input_files(_small_pdfs(tmp_path, names))
    page.wait_for_timeout(1000)
    go(page, "Compare", wait=False)  # away while the upload is taken in
    settle(page)
    go(page, "Contracts")
    _listed(page, 8)
    page.get_by_test_id("stSidebar").get_by_text("8 contracts read.", exact=True).wait_for(timeout=WAIT)
    go(page, "Compare")
    page.get_by_text(re.compile(r"\d+ of 8 vendors include CPT in their price")).wait_for(timeout=WAIT)
    assert page.get_by_text("still waiting to be read").count() == 0
    shot(page, "flows-02-eight-uploads")


def test_shared_compare_link_opens_the_same_view_without_page_not_found(server, samples, browser, page):
    page.goto(f"{server}/?w={samples}")
    settle(page)
    applications = page.get_by_role("spinbutton", name="Applications that use CPT")
    applications.fill("3")
    applications.press("Enter")
    settle(page)
    direct = page.get_by_text("Direct AMA license a year, 3 application(s)")
    direct.wait_for(timeout=WAIT)
    link = page.get_by_test_id("stSidebar").locator("[data-testid=stCode]").inner_text().strip()
    assert "/compare" not in link and "applications=3" in link and f"w={samples}" in link
    colleague = new_context(browser)
    other = colleague.new_page()
    other.goto(link)
    settle(other)
    other.get_by_text("Direct AMA license a year, 3 application(s)").wait_for(timeout=WAIT)
    expect(other.get_by_role("spinbutton", name="Applications that use CPT")).to_have_value("3")
    other.wait_for_timeout(1000)
    assert other.get_by_text("Page not found").count() == 0
    shot(other, "flows-03-shared-compare-link")
    colleague.close()


def test_unlocked_contract_shows_its_page_picture_in_a_fresh_browser_context(server, samples, browser, page):
    page.goto(f"{server}/contracts?w={samples}")
    settle(page)
    form = page.get_by_test_id("stForm").filter(has_text=PROTECTED)
    form.locator("input[type=password]").fill(labels()[PROTECTED]["password"])
    form.get_by_role("button", name="Unlock and read").click()
    settle(page)
    expect(page.get_by_test_id("stForm").filter(has_text=PROTECTED)).to_have_count(0, timeout=WAIT)
    colleague = new_context(browser)  # nobody typed the password here
    other = colleague.new_page()
    other.goto(f"{server}/contract?w={samples}&c={sha256_of((CONTRACTS / PROTECTED).read_bytes())}")
    settle(other)
    other.locator("[data-testid=stImage] img").first.wait_for(timeout=WAIT)  # the page, drawn
    assert other.get_by_text("Ashgrove Medical Billing Co.", exact=False).count() >= 1
    shot(other, "flows-04-unlocked-contract")
    colleague.close()


def _named(suffix: str):
    return lambda download: download.suggested_filename.endswith(suffix)


def test_three_downloads_clicked_within_a_second_all_arrive(server, samples, db, page):
    exported = len(db.history.events(samples, actions=["export"]))
    page.goto(f"{server}/?w={samples}")
    settle(page)
    buttons = [page.get_by_role("button", name=n) for n in ("Download CSV", "Download Excel")]
    buttons.append(page.get_by_role("button", name="Download PDF summary"))
    for button in buttons:
        button.scroll_into_view_if_needed(timeout=WAIT)
    boxes = [button.bounding_box() for button in buttons]  # one row: all three on screen
    with (
        page.expect_download(predicate=_named(".csv"), timeout=WAIT) as csv,
        page.expect_download(predicate=_named(".xlsx"), timeout=WAIT) as xlsx,
        page.expect_download(predicate=_named(".pdf"), timeout=WAIT) as pdf,
    ):
        started = time.monotonic()
        for box in boxes:  # real mouse clicks, as fast as a person double-checking them all
            page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        assert time.monotonic() - started < 1.0  # three clicks within a second
    assert "Bluepeak Health Systems, Inc." in Path(csv.value.path()).read_text(encoding="utf-8")
    assert Path(xlsx.value.path()).read_bytes()[:2] == b"PK"  # a workbook (zip)
    assert Path(pdf.value.path()).read_bytes()[:5] == b"%PDF-"
    # each recorded as it was made (a click used to rerun the page, and lost a click made during it)
    details = [e.detail for e in db.history.events(samples, actions=["export"])]
    assert len(details) == exported + 3
    assert {"CSV", "Excel workbook", "PDF summary"} <= set(details)


def test_practice_figures_kept_when_leaving_the_page_and_coming_back(server, samples, page):
    page.goto(f"{server}/practice?w={samples}")
    settle(page)
    physicians = page.get_by_role("spinbutton", name="Physicians", exact=True)
    physicians.fill("7")
    physicians.press("Enter")
    settle(page)
    page.get_by_text("28 (estimate)").wait_for(timeout=WAIT)  # 7 physicians x 4
    go(page, "Compare")
    go(page, "Practice and AMA fees")
    expect(page.get_by_role("spinbutton", name="Physicians", exact=True)).to_have_value("7", timeout=WAIT)
    page.get_by_text("28 (estimate)").wait_for(timeout=WAIT)


def test_no_contract_shows_ticked_after_a_removal(server, samples, browser, db, page, tmp_path):
    _new_workspace(page, server, "Ticks")
    go(page, "Contracts")
    names = ["a-first.pdf", "b-second.pdf", "c-third.pdf", "d-fourth.pdf"]
    page.locator("input[type=file]").set_input_files(_small_pdfs(tmp_path, names))
    _listed(page, 4)
    workspace = db.catalog.workspace_named("Ticks").id

    _tick(page, 0)  # a-first, then remove it: b-second moves up into its row
    page.get_by_role("button", name="Remove from workspace (1)").click()
    settle(page)
    _listed(page, 3)
    expect(page.get_by_role("button", name="Remove from workspace (0)")).to_be_disabled()
    shot(page, "flows-05-after-removal")

    _tick(page, 1)  # c-third; then a colleague removes b-second, above it
    expect(page.get_by_role("button", name="Remove from workspace (1)")).to_be_enabled()
    colleague = new_context(browser)
    other = colleague.new_page()
    other.goto(f"{server}/contracts?w={workspace}")
    settle(other)
    _tick(other, 0)
    other.get_by_role("button", name="Remove from workspace (1)").click()
    settle(other)
    colleague.close()
    _listed(page, 2)  # this page redraws itself; d-fourth now sits in c-third's old row
    settle(page)
    ticked = page.get_by_role("button", name="Remove from workspace (1)")
    if ticked.count():  # a tick that followed its contract may stay: it must be c-third's
        ticked.click()
        settle(page)
    left = [e.name for e in db.views.entries(workspace)]
    assert "d-fourth.pdf" in left, "the tick moved to the contract now in its row"


def test_a_sign_off_in_the_browser_shows_in_the_csv_and_the_history(server, samples, page):
    """Issue 13: verify a contract by hand, then see it in the CSV download and the History."""
    sha = sha256_of((CONTRACTS / "meridian_pm_agreement.pdf").read_bytes())
    page.set_viewport_size({"width": 1400, "height": 1000})
    page.goto(f"{server}/contract?w={samples}&c={sha}")
    settle(page)
    form = page.get_by_test_id("stForm").filter(has_text="Verify this contract")
    boxes = form.get_by_role("checkbox")
    expect(boxes).to_have_count(6, timeout=WAIT)  # one per term to check
    for box in boxes.all():
        box.check(force=True)  # Streamlit draws its own box over the input
    form.get_by_label("Your name").fill("Dana Whitfield")
    form.get_by_role("button", name="Verify this contract").click()
    settle(page)
    expect(page.get_by_text("Verified by Dana Whitfield on").first).to_be_visible(timeout=WAIT)
    shot(page, "issue13-detail-verified")
    page.goto(f"{server}/?w={samples}")
    settle(page)
    shot(page, "issue13-compare")
    button = page.get_by_role("button", name="Download CSV")
    button.scroll_into_view_if_needed(timeout=WAIT)
    with page.expect_download(timeout=WAIT) as csv:
        button.click()
    text = Path(csv.value.path()).read_text(encoding="utf-8-sig")
    line = next(x for x in text.splitlines() if x.startswith("Meridian Practice Solutions"))
    assert "Verified by Dana Whitfield on " in line
    settle(page)
    go(page, "History")
    expect(page.get_by_text("entries.").first).to_be_visible(timeout=WAIT)
    shot(page, "issue13-history")
