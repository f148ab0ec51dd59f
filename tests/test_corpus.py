"""Every real-world PDF of the shared corpus ends in a result or a clean error, never a crash."""

import pytest

from cptcompare import Limits, analyze_bytes
from cptcompare.errors import ERROR_CODES

from .helpers import CORPUS

FILES = sorted(p for p in CORPUS.glob("*") if p.is_file() and p.name != "LICENSE") if CORPUS.is_dir() else []
LIMITS = Limits(timeout_seconds=30)


@pytest.mark.skipif(not FILES, reason="../shared/corpus is not beside this clone")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_corpus_file_ends_cleanly(path):
    result = analyze_bytes(path.read_bytes(), path.name, LIMITS)
    if result.status == "ok":
        assert result.terms is not None and result.pages >= 1
    else:
        assert result.error.code in ERROR_CODES
        assert result.error.message.endswith(".") and "Traceback" not in result.error.message
