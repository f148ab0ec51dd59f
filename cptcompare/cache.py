"""Results of files analyzed before, kept on disk by (sha256, extractor version, schema).

Only successful analyses are kept: an error can depend on a password or a limit that the
user may change. Writes are atomic (temp file, then rename), so a killed process never leaves
half a result behind.

A file's name holds its SHA-256, the extractor version and a digest of models.py (the schema
the result was written in), so a result is never read back under a schema it was not written
in, and files of older versions or schemas (or of the older ``{sha256}-{version}.json`` naming)
are simply never read again: the folder can be deleted at any time.

This module loads nothing heavy: ``stored()`` gives a result's JSON as written, so that
``analyze --json`` can answer a cache hit without pydantic or the PDF libraries (cli.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .models import AnalysisResult

SCHEMA_FILE = Path(__file__).with_name("models.py")
TRUE_WORDS = {"1", "on", "t", "true", "y", "yes"}  # pydantic's words for true, lowercase


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@cache
def schema() -> str:
    """A digest of models.py: any change to it starts the cache afresh."""
    try:
        return hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest()[:12]
    except OSError:  # installed without its sources: the version alone tells results apart
        return "unknown"


def folder_from_environment(environ: Mapping[str, str] = os.environ) -> Path | None:
    """The cache folder Settings() gives (``CPTCOMPARE_DATA_DIR``/cache), read straight from
    the environment, since loading pydantic-settings takes longer than a whole cache hit may;
    None where the cache is off, or where a value is one only Settings can judge (the caller
    then goes the ordinary way, which says what is wrong). Like Settings, names in any case."""
    env = {key.lower(): value for key, value in environ.items()}
    flag = env.get("cptcompare_cache")
    folder = env.get("cptcompare_data_dir", "data")
    if (flag is not None and flag.lower() not in TRUE_WORDS) or not folder.strip():
        return None
    return Path(folder) / "cache"


class ResultCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, sha256: str, version: str) -> Path:
        return self.folder / f"{sha256}-{version}-{schema()}.json"

    def get(self, sha256: str, version: str) -> AnalysisResult | None:
        from .models import AnalysisResult

        try:
            text = self._path(sha256, version).read_text("utf-8")
            return AnalysisResult.model_validate_json(text)
        except (OSError, ValueError):
            return None

    def stored(self, sha256: str, version: str) -> dict[str, Any] | None:
        """The JSON of a kept result, as written, without the schema: None unless it is there,
        whole, and the ok result of that very file and version."""
        try:
            kept = json.loads(self._path(sha256, version).read_text("utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(kept, dict) or kept.get("status") != "ok":
            return None
        return kept if (kept.get("sha256"), kept.get("extractor_version")) == (sha256, version) else None

    def put(self, result: AnalysisResult) -> None:
        if result.status != "ok":
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(result.model_dump_json())
        os.replace(tmp, self._path(result.sha256, result.extractor_version))
