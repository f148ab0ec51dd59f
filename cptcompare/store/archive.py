"""Export the whole library to one zip file (JSON plus the original PDFs) and import it again.

Import adds what is missing and skips what is already there, so importing twice changes nothing.
Every PDF is checked against its SHA-256 before it is stored.
"""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, insert, select

from ..analysis import sha256_of
from ..errors import CptCompareError
from .schema import (
    analyses,
    blobs,
    corrections,
    events,
    profiles,
    schedules,
    uploads,
    verifications,
    workspace_contracts,
    workspaces,
)

FORMAT = 1
ROWS: dict[str, Table] = {
    "workspaces": workspaces,
    "uploads": uploads,
    "analyses": analyses,
    "corrections": corrections,
    "profiles": profiles,
    "schedules": schedules,
    "workspace_contracts": workspace_contracts,
    "verifications": verifications,
    "events": events,
}
# Columns that identify a row across databases (ids are not kept: they differ between databases).
NATURAL_KEYS = {
    "workspaces": ("id",),
    "uploads": ("sha256", "display_name", "uploaded_at"),
    "analyses": ("sha256", "extractor_version"),
    "corrections": ("sha256", "field", "created_at", "new_value"),
    "profiles": ("name",),
    "schedules": ("name",),
    "workspace_contracts": ("workspace_id", "sha256"),
    "verifications": ("sha256", "created_at", "author"),
    "events": ("action", "created_at", "sha256", "workspace_id"),
}
DATES = {"uploaded_at", "created_at", "updated_at", "deleted_at", "added_at", "removed_at", "lease_until"}


class ArchiveError(CptCompareError):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _jsonable(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()}


def export_library(engine: Engine, path: Path) -> int:
    """Write everything needed to rebuild the library; returns the number of PDFs written."""
    with (
        engine.connect().execution_options(sqlite_begin="DEFERRED") as conn,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        tables = {
            name: [_jsonable(dict(r._mapping)) for r in conn.execute(select(table))]
            for name, table in ROWS.items()
        }
        count = 0
        for sha, data in conn.execute(select(blobs.c.sha256, blobs.c.data)):
            archive.writestr(f"files/{sha}.pdf", data)
            count += 1
        archive.writestr("library.json", json.dumps({"format": FORMAT, "tables": tables}, indent=1))
    return count


def _parse_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: datetime.fromisoformat(v) if k in DATES and v else v for k, v in row.items()}


def _exists(conn, table: Table, name: str, row: dict[str, Any]) -> bool:
    key = [table.c[col] == row[col] for col in NATURAL_KEYS[name]]
    return conn.execute(select(table).where(*key)).first() is not None


def _read_archive(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("library.json"))
            files = {n[6:-4]: archive.read(n) for n in archive.namelist() if n.startswith("files/")}
    except (OSError, KeyError, ValueError, zipfile.BadZipFile):
        raise ArchiveError(f"{path.name} is not a CPT Compare library export.") from None
    if manifest.get("format") != FORMAT:
        raise ArchiveError(f"{path.name} was written by another version of CPT Compare.")
    for sha, data in files.items():
        if sha256_of(data) != sha:
            raise ArchiveError(f"{path.name} is damaged: a PDF inside it does not match its fingerprint.")
    return manifest["tables"], files


def import_library(engine: Engine, path: Path) -> dict[str, int]:
    """Add what the export holds and the library lacks, in one transaction; counts per table."""
    tables, files = _read_archive(path)
    added = {"files": 0}
    with engine.begin() as conn:
        for sha, data in files.items():
            if conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == sha)).first() is None:
                conn.execute(
                    insert(blobs).values(sha256=sha, size=len(data), data=data, created_at=datetime.now())
                )
                added["files"] += 1
        for name, table in ROWS.items():
            rows = [_parse_row(r) for r in tables.get(name, [])]
            fresh = [r for r in rows if not _exists(conn, table, name, r)]
            for row in fresh:
                conn.execute(
                    insert(table).values(
                        **{k: v for k, v in row.items() if k != "id" or name == "workspaces"}
                    )
                )
            added[name] = len(fresh)
    return added
