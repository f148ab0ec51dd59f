"""The parsing worker: limits on time and memory end in clean errors, never a hung caller."""

import contextlib
import time

import pytest

from cptcompare import Limits, analyze_bytes, errors
from cptcompare.worker import run_limited

from .helpers import in_a_thread, worker_memory_mb
from .pdfgen import pdf_from_pages

LONG = pdf_from_pages(
    [[f"Section {i}. The Customer shall pay all fees when due. " * 12] * 4 for i in range(300)]
)


def test_slow_parse_ends_in_timeout():
    started = time.monotonic()
    result = analyze_bytes(LONG, "long.pdf", Limits(timeout_seconds=0.05))
    assert result.status == "error"
    assert result.error.code == "timeout"
    assert "too complex to read safely" in result.error.message
    assert time.monotonic() - started < 10


def _hog() -> int:
    return len(bytearray(2 << 30))  # 2 GiB


def test_memory_limit_ends_in_too_large():
    limits = Limits(max_memory_mb=worker_memory_mb(256))
    with pytest.raises(errors.TooLargeError, match="too complex to read safely"):
        run_limited(_hog, (), limits)


def test_caller_keeps_working_after_a_killed_worker():
    analyze_bytes(LONG, "long.pdf", Limits(timeout_seconds=0.05))
    assert analyze_bytes(LONG, "long.pdf", Limits()).status == "ok"


def test_threaded_caller_gets_the_same_result():
    assert in_a_thread(lambda: analyze_bytes(LONG, "long.pdf", Limits())).status == "ok"


def test_threaded_caller_gets_timeout():
    result = in_a_thread(lambda: analyze_bytes(LONG, "long.pdf", Limits(timeout_seconds=0.05)))
    assert result.error.code == "timeout"


def test_threaded_caller_gets_typed_input_errors():
    result = in_a_thread(lambda: analyze_bytes(b"%PDF-1.4\n garbage", "bad.pdf", Limits()))
    assert result.error.code == "corrupt"


def test_threaded_caller_gets_too_large_for_memory():
    """Regression: the limit was this process's size + 256 MB, but a threaded caller's worker is a
    fresh interpreter; once earlier tests (the app's) had grown this process past 2 GB, the
    2 GiB hog fitted under it. A fresh interpreter needs well under 1 GB."""
    limits = Limits(max_memory_mb=1024)
    with pytest.raises(errors.TooLargeError):
        in_a_thread(lambda: run_limited(_hog, (), limits))


def _swallows_everything() -> str:
    end = time.monotonic() + 5
    while time.monotonic() < end:
        with contextlib.suppress(Exception):  # the library code the alarm must get through
            time.sleep(0.01)
    return "finished"


def test_timeout_is_not_swallowed_by_a_broad_except():
    """Regression: the alarm once raised an Exception, which `except Exception` in a library
    (pdfplumber, pydantic validators) could swallow, letting a slow parse finish as 'ok'."""
    started = time.monotonic()
    with pytest.raises(errors.ParseTimeoutError):
        run_limited(_swallows_everything, (), Limits(timeout_seconds=0.2))
    assert time.monotonic() - started < 1.5  # the child's own alarm, not the parent's backstop


def test_threaded_caller_in_another_folder_gets_the_same_result(tmp_path, monkeypatch):
    """Regression: the fresh interpreter found `cptcompare` only through the working folder, so
    an app started from elsewhere (or a test that changed folder) had every file end as
    `too_large` ("ran out of memory or time") when its worker could not even start."""
    monkeypatch.chdir(tmp_path)
    assert in_a_thread(lambda: analyze_bytes(LONG, "long.pdf", Limits())).status == "ok"
