"""Fee schedules a user saves under a name (their own figures), kept as JSON files.

Names are display text only: the file name is derived from the name (a slug plus a hash), never
the name itself. Writes are atomic. (A later store keeps these in the database.)
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from .models import FeeSchedule


class ScheduleStore:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, name: str) -> Path:
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40] or "schedule"
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        return self.folder / f"{slug}-{digest}.json"

    def save(self, schedule: FeeSchedule) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        data = schedule.model_copy(update={"kind": "custom"}).model_dump_json(indent=2)
        fd, tmp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(data)
        os.replace(tmp, self._path(schedule.name))

    def load(self, name: str) -> FeeSchedule | None:
        try:
            return FeeSchedule.model_validate_json(self._path(name).read_text("utf-8"))
        except (OSError, ValueError):
            return None

    def all(self) -> list[FeeSchedule]:
        found = []
        for path in sorted(self.folder.glob("*.json")):
            try:
                found.append(FeeSchedule.model_validate_json(path.read_text("utf-8")))
            except (OSError, ValueError):
                continue
        return sorted(found, key=lambda s: s.name.lower())
