"""The dashboard in a real browser: headless Chromium driven by Playwright against a real
`streamlit run` server on a fresh data folder. It uploads, reads the verdicts and an error,
opens the evidence, corrects a field and reloads, shares a link into a second browser, downloads
the CSV, and checks that hostile contract text stays text. A screenshot of every page goes to
artifacts/ (gitignored) for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest

from . import browserkit
from .browserkit import CHROMIUM, NO_CHROMIUM, WAIT
from .browserkit import go as _go
from .browserkit import new_context as _context
from .browserkit import settle as _settle
from .browserkit import shot as _shot
from .browserkit import workspace_box as _workspace_box
from .helpers import CONTRACTS
from .pdfgen import pdf_from_text

GOOD = ["greenfield_per_user_month.pdf", "bluepeak_ehr_msa.pdf"]
HOSTILE = [
    "<script>window.__xss = 1</script>",
    "<img src=x onerror=window.__xss=2>",
    "[click me](javascript:window.__xss=3)",
]

playwright = pytest.importorskip("playwright.sync_api", reason="Playwright is in requirements-dev.txt")
_expect = playwright.expect
pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason=NO_CHROMIUM)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data = tmp_path_factory.mktemp("browser-data")
    with browserkit.app_server(data, samples_on_first_run="false") as url:  # start empty: the test uploads
        yield url


@pytest.fixture(scope="module")
def browser():
    with browserkit.chromium(playwright) as chromium:
        yield chromium


def _hostile_pdf() -> bytes:
    return pdf_from_text(
        "Evil Vendor, Inc. (the Vendor) grants the Customer a license. " + " ".join(HOSTILE),
        "The Vendor charges a CPT license fee of $5.00 per user per month. " + HOSTILE[0],
    )


def test_the_whole_journey(server, browser, tmp_path):
    dialogs: list[str] = []
    context = _context(browser)
    page = context.new_page()
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    # A fresh install: the empty workspace offers the samples and the upload page.
    page.goto(server)
    _settle(page)
    page.get_by_text("This workspace has no contracts yet.").wait_for(timeout=WAIT)
    nav = page.get_by_test_id("stSidebarNav").inner_text()
    assert "Compare" in nav and "common" not in nav  # our navigation, not Streamlit's list of pages/
    _shot(page, "01-compare-empty")

    # A workspace of our own, from the sidebar.
    page.get_by_text("New workspace").click()
    page.get_by_label("Name").fill("Main Street Family Practice")
    page.get_by_role("button", name="Create").click()
    _settle(page)
    _expect(_workspace_box(page)).to_have_value("Main Street Family Practice", timeout=WAIT)

    # Upload two samples and a broken file through the file input.
    _go(page, "Contracts")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"Dear customer, this is an e-mail saved with the wrong name.")
    page.locator("input[type=file]").set_input_files([str(CONTRACTS / n) for n in GOOD] + [str(broken)])
    page.get_by_text("greenfield_per_user_month.pdf: queued for reading.").wait_for(timeout=WAIT)
    assert page.get_by_text("broken.pdf: This file is not a PDF").count()
    # Read in the background; the sidebar says when the batch ends, and the page redraws itself.
    page.get_by_text("2 contracts read; 1 is not a PDF.").wait_for(timeout=WAIT)
    _shot(page, "02-contracts")

    # Remove one from the workspace, then undo.
    grid = page.get_by_test_id("stDataFrame").first.bounding_box()
    page.mouse.click(grid["x"] + 18, grid["y"] + 35 + 17)  # the first row's tick box
    page.get_by_role("button", name="Remove from workspace (1)").click()
    _settle(page)
    page.get_by_text("In this workspace (1)").wait_for(timeout=WAIT)
    assert page.get_by_text("Removed from this workspace:", exact=False).count()
    page.get_by_role("button", name="Undo").click()
    _settle(page)
    page.get_by_text("In this workspace (2)").wait_for(timeout=WAIT)

    # The comparison shows both, against the direct AMA license.
    _go(page, "Compare")
    page.get_by_text("1 of 2 vendors include CPT in their price.").wait_for(timeout=WAIT)
    page.locator(".js-plotly-plot").first.wait_for(timeout=WAIT)
    _shot(page, "03-compare")

    # Download the CSV.
    with page.expect_download() as download:
        page.get_by_role("button", name="Download CSV").click()
    csv = Path(download.value.path()).read_text(encoding="utf-8")
    assert "Greenfield Clinical Cloud, Inc." in csv and "Bluepeak Health Systems, Inc." in csv

    # Open a contract's evidence: its quote and the page image.
    _go(page, "Contract detail")
    page.get_by_test_id("stSelectbox").filter(has_text="Contract").click()
    page.get_by_role("option", name="greenfield_per_user_month.pdf").click()
    _settle(page)
    page.get_by_text("USD 1.55/user/month", exact=False).first.wait_for(timeout=WAIT)
    page.locator("[data-testid=stImage] img").first.wait_for(timeout=WAIT)  # the page, drawn
    assert page.locator("[data-testid=stImage] img").count() == 2  # the close-up and the whole page
    _settle(page)
    _shot(page, "04-contract-detail")

    # Correct the vendor's name, reload, and see the correction kept with its history.
    page.get_by_text("Correct “Vendor”").click()
    form = page.get_by_test_id("stForm").filter(has_text="Save correction").filter(has_text="Vendor").first
    form.get_by_label("Vendor").fill("Greenfield Clinical Cloud, Inc. (Delaware)")
    form.get_by_label("Your name").fill("Dana Reyes")
    form.get_by_label("Note (why, or where it says so)").fill("Signature page")
    form.get_by_role("button", name="Save correction").click()
    _settle(page)
    page.get_by_text("Saved: Vendor is now").wait_for(timeout=WAIT)
    page.reload()
    _settle(page)
    page.get_by_text("Greenfield Clinical Cloud, Inc. (Delaware)", exact=True).first.wait_for(timeout=WAIT)
    assert page.get_by_text("Corrected by a reviewer").count() >= 1

    # Copy the share link and open it in another browser context: the same view.
    sidebar = page.get_by_test_id("stSidebar")
    code = sidebar.locator("[data-testid=stCode]")
    code.hover()
    code.get_by_role("button").first.click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert "/contract?" in link and "c=" in link and "w=" in link
    colleague = _context(browser)
    other = colleague.new_page()
    other.goto(link)
    _settle(other)
    other.get_by_text("Greenfield Clinical Cloud, Inc. (Delaware)", exact=True).first.wait_for(timeout=WAIT)
    _expect(_workspace_box(other)).to_have_value("Main Street Family Practice", timeout=WAIT)
    colleague.close()

    # Practice page, for the record.
    _go(page, "Practice and AMA fees")
    page.get_by_text("Who counts as a CPT user").wait_for(timeout=WAIT)
    _shot(page, "05-practice")
    assert not dialogs
    context.close()


def test_hostile_text_and_file_name_stay_text(server, browser, tmp_path):
    context = _context(browser)
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{server}/contracts")
    _settle(page)
    evil = tmp_path / "<img src=x onerror=window.__xss=4>.pdf"
    evil.write_bytes(_hostile_pdf())
    page.locator("input[type=file]").set_input_files([str(evil)])
    page.get_by_text("1 contract read.", exact=False).first.wait_for(timeout=WAIT)
    _go(page, "Contract detail")
    page.get_by_text("Evil Vendor, Inc.", exact=False).first.wait_for(timeout=WAIT)
    for text in HOSTILE:
        assert page.get_by_text(text, exact=False).count() >= 1, text  # shown literally
    page.locator("[data-testid=stImage] img").first.wait_for(timeout=WAIT)
    _settle(page)
    _shot(page, "06-hostile-text")
    _go(page, "Compare")
    page.get_by_text("Evil Vendor, Inc.", exact=False).first.wait_for(timeout=WAIT)
    assert page.evaluate("window.__xss === undefined")
    assert page.locator("img[src=x]").count() == 0
    assert page.locator("a[href^='javascript:']").count() == 0
    assert not dialogs
    context.close()
