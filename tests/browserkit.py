"""What the browser tests share: a real `streamlit run` server on a free port and a fresh data
folder, headless Chromium (Debian's) driven by Playwright, and waits for Streamlit's reruns."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .helpers import ROOT

CHROMIUM = Path(os.environ.get("CPTCOMPARE_CHROMIUM", "/usr/bin/chromium"))
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = ROOT / "artifacts"
WAIT = 60_000  # ms: a first page load, or a page waiting for the background readers
NO_CHROMIUM = f"no Chromium at {CHROMIUM}: make test installs Debian's chromium"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if server.poll() is not None:
            raise RuntimeError(f"streamlit exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError("streamlit did not become healthy")


@contextmanager
def app_server(data: Path, *options: str, **settings: str) -> Iterator[str]:
    """`streamlit run app.py` on 127.0.0.1 and a free port, its data in ``data``; yields its URL.
    ``options`` are more of streamlit's, e.g. "--secrets.files", path; ``settings`` are
    CPTCOMPARE_ variables, e.g. samples_on_first_run="false"."""
    port = free_port()
    env = os.environ | {"CPTCOMPARE_DATA_DIR": str(data)}
    env |= {f"CPTCOMPARE_{k.upper()}": v for k, v in settings.items()}
    env.pop("CPTCOMPARE_DATABASE_URL", None)
    command = [sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port)]
    command += ["--server.address", "127.0.0.1", "--server.headless", "true"]
    command += ["--server.fileWatcherType", "none", "--browser.gatherUsageStats", "false", *options]
    log = (data / "streamlit.log").open("w")
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextmanager
def chromium(sync_api) -> Iterator:
    """Debian's Chromium, headless, through Playwright's sync API (imported by the caller, which
    skips where Playwright is missing)."""
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield browser
        browser.close()


def new_context(browser):
    context = browser.new_context(viewport={"width": 1500, "height": 1300}, accept_downloads=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    return context


def settle(page) -> None:
    """Wait until Streamlit has finished running the script."""
    page.wait_for_selector("[data-testid=stApp]", timeout=WAIT)
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid=stStatusWidget]", state="detached", timeout=WAIT)
    page.wait_for_timeout(300)


def whole_page(page, width: int | None = None) -> None:
    """Streamlit scrolls inside its main block, so a full-page shot needs a window that tall."""
    page.mouse.move(5, 5)  # no tooltip left over from the last click
    height = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
    page.set_viewport_size({"width": width or page.viewport_size["width"], "height": int(height) + 40})
    page.wait_for_timeout(1500)


def shot(page, name: str) -> None:
    """The whole page, top to bottom, into artifacts/NAME.png (the window is restored after)."""
    ARTIFACTS.mkdir(exist_ok=True)
    before = page.viewport_size
    whole_page(page)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    page.set_viewport_size(before)


def go(page, label: str, wait: bool = True) -> None:
    """Click a page in the sidebar's navigation (and wait for its run unless told not to)."""
    page.get_by_test_id("stSidebarNav").get_by_text(label, exact=True).click()
    if wait:
        settle(page)


def workspace_box(page):
    return page.get_by_test_id("stSidebar").get_by_role("combobox", name="Workspace")
