"""Every file of the shared real-world corpus ends in a result or a clean error: no crash (an
exception, or one the worker caught) and no hang (the time limit reached), within the limits.
`make bench` runs the same files and reports the slowest and the peak memory (bench/corpus.py)."""

import time

import pytest

from cptcompare import Limits, analyze_bytes
from cptcompare.errors import ERROR_CODES

from .helpers import CORPUS, corpus_files, crashed

FILES = corpus_files()
LIMITS = Limits(timeout_seconds=30)
NO_CORPUS = f"no corpus: {CORPUS} is absent (../shared/corpus lies beside the clone in CI)"


@pytest.mark.skipif(not FILES, reason=NO_CORPUS)
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_corpus_file_ends_cleanly(path):
    started = time.monotonic()
    result = analyze_bytes(path.read_bytes(), path.name, LIMITS)  # raising here is a crash too
    elapsed = time.monotonic() - started
    assert not crashed(result), "the reader raised an unexpected exception on this file"
    assert result.status == "ok" or result.error.code != "timeout", "hang: the time limit was reached"
    assert elapsed < LIMITS.timeout_seconds, f"hang: {elapsed:.0f} s"
    if result.status == "ok":
        assert result.terms is not None and result.pages >= 1
    else:
        assert result.error.code in ERROR_CODES
        assert result.error.message.endswith(".") and "Traceback" not in result.error.message
