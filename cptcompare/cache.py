"""Results of files analyzed before, kept on disk by (sha256, extractor version).

Only successful analyses are kept: an error can depend on a password or a limit that the
user may change. Writes are atomic (temp file, then rename), so a killed process never leaves
half a result behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .models import AnalysisResult


class ResultCache:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, sha256: str, version: str) -> Path:
        return self.folder / f"{sha256}-{version}.json"

    def get(self, sha256: str, version: str) -> AnalysisResult | None:
        try:
            text = self._path(sha256, version).read_text("utf-8")
            return AnalysisResult.model_validate_json(text)
        except (OSError, ValueError):
            return None

    def put(self, result: AnalysisResult) -> None:
        if result.status != "ok":
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(result.model_dump_json())
        os.replace(tmp, self._path(result.sha256, result.extractor_version))
