"""Upload batches: the files dropped together (or the first start's samples), each stored and
queued, or refused with its reason; and how far the reading of a workspace's batches has got.

The rows are written when the files are stored, so a batch's progress reads the same for every
visitor and survives a restart: a file's state is its analysis's (queue.py).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Engine, and_, insert, select
from sqlalchemy.engine import Connection

from ..extract import EXTRACTOR_VERSION
from .queue import now
from .schema import analyses, batch_files

RECENT = timedelta(days=1)  # batches older than this are not shown as progress any more
UNFINISHED = ("pending", "reading", None)


@dataclass(frozen=True)
class BatchFile:
    name: str
    sha256: str | None = None  # None: refused before it was stored
    error_code: str | None = None
    error_message: str | None = None


@dataclass
class BatchProgress:
    """Where the reading of one batch (or several, added up) has got."""

    batch_ids: list[str]
    total: int = 0
    finished: int = 0
    reading: list[str] = field(default_factory=list)  # names being read now
    outcomes: dict[str, int] = field(default_factory=dict)  # "ok" or an error code -> files

    @property
    def done(self) -> bool:
        return self.finished >= self.total


class Batches:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def new_id() -> str:
        return secrets.token_urlsafe(12)

    @staticmethod
    def record(conn: Connection, batch_id: str, workspace: str | None, files: list[BatchFile]) -> None:
        rows = [
            {
                "batch_id": batch_id,
                "workspace_id": workspace,
                "name": f.name,
                "sha256": f.sha256,
                "error_code": f.error_code,
                "error_message": f.error_message,
                "created_at": now(),
            }
            for f in files
        ]
        if rows:
            conn.execute(insert(batch_files), rows)

    def _rows(self, where) -> list:
        query = (
            select(batch_files.c.batch_id, batch_files.c.name, batch_files.c.error_code)
            .add_columns(analyses.c.status, analyses.c.error_code.label("read_code"))
            .outerjoin(
                analyses,
                and_(
                    analyses.c.sha256 == batch_files.c.sha256,
                    analyses.c.extractor_version == EXTRACTOR_VERSION,
                ),
            )
            .where(where)
            .order_by(batch_files.c.id)
        )
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            return conn.execute(query).all()

    def progress(self, batch_ids: list[str]) -> dict[str, BatchProgress]:
        """Each batch's progress, by id."""
        out: dict[str, BatchProgress] = {}
        for row in self._rows(batch_files.c.batch_id.in_(batch_ids)) if batch_ids else []:
            _count(out.setdefault(row.batch_id, BatchProgress([row.batch_id])), row)
        return out

    def active(self, workspace: str) -> BatchProgress | None:
        """The workspace's recent batches still being read, added up (None: nothing to read)."""
        recent = (batch_files.c.workspace_id == workspace) & (batch_files.c.created_at >= now() - RECENT)
        by_batch: dict[str, BatchProgress] = {}
        for row in self._rows(recent):
            _count(by_batch.setdefault(row.batch_id, BatchProgress([row.batch_id])), row)
        going = [p for p in by_batch.values() if not p.done]
        if not going:
            return None
        total = BatchProgress([i for p in going for i in p.batch_ids])
        for p in going:
            total.total += p.total
            total.finished += p.finished
            total.reading += p.reading
        return total


def _count(progress: BatchProgress, row) -> None:
    progress.total += 1
    if row.error_code:  # refused at the door
        outcome = row.error_code
    elif row.status in UNFINISHED:
        if row.status == "reading":
            progress.reading.append(row.name)
        return
    else:
        outcome = "ok" if row.status == "ok" else row.read_code or "corrupt"
    progress.finished += 1
    progress.outcomes[outcome] = progress.outcomes.get(outcome, 0) + 1


OUTCOME_WORDS = {  # (one file, several files)
    "ok": ("contract read", "contracts read"),
    "encrypted": ("needs its password", "need their password"),
    "not_pdf": ("is not a PDF", "are not PDFs"),
    "empty": ("is empty", "are empty"),
    "too_large": ("is too large", "are too large"),
    "too_many_pages": ("has too many pages", "have too many pages"),
    "no_text_layer": ("has no text to read", "have no text to read"),
    "timeout": ("took too long to read", "took too long to read"),
}
OTHER = ("could not be read", "could not be read")


def summary(progress: BatchProgress) -> str:
    """The end of a batch in one line: "12 contracts read; 1 needs its password; 1 is not a PDF."."""
    ok = progress.outcomes.get("ok", 0)
    parts = [f"{ok} {OUTCOME_WORDS['ok'][ok != 1]}"]
    for code, n in sorted(progress.outcomes.items(), key=lambda item: -item[1]):
        if code != "ok":
            parts.append(f"{n} {OUTCOME_WORDS.get(code, OTHER)[n != 1]}")
    return "; ".join(parts) + "."
