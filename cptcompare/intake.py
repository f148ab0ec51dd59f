"""Taking files in: check each one, store it and queue it for reading, in a second or two,
without reading any. The reading happens in the background readers (readers.py).

    outcomes, batch_id = submit(store, workspace, [(name, data), ...], who)

Every file gets an Outcome in words for the person who uploaded it: refused (not a PDF, empty,
too large...: nothing saved), queued, or already in this workspace. A file name from another
workspace is never shown: an upload is recognised only against this workspace's own uploads.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .config import Limits
from .errors import InputError
from .pdf import check_bytes
from .textclean import sanitize

if TYPE_CHECKING:
    from .store import Store


SAMPLES_BY = "CPT Compare (sample contracts, first start)"  # who added them, in the history


@dataclass(frozen=True)
class Outcome:
    """What happened to one uploaded file, in words for the person who uploaded it."""

    name: str
    level: str  # success | info | warning | error
    message: str
    sha256: str | None = None


def _refused(name: str, exc: InputError):
    from .store import BatchFile

    return BatchFile(name, error_code=exc.code, error_message=exc.message), Outcome(
        name, "error", f"{name}: {exc.message} Nothing was saved."
    )


def _accepted(store: Store, conn, workspace: str | None, name: str, data: bytes, who: str | None):
    from .store import BatchFile

    stored = store.library.add_in(conn, data, name, who, workspace)
    if workspace:
        store.catalog.add_in(conn, workspace, stored.sha256, who)
    if stored.duplicate_of:
        when = f"{stored.first_uploaded_at:%d %B %Y}" if stored.first_uploaded_at else "earlier"
        message = f"{stored.display_name}: already uploaded on {when} as {stored.duplicate_of}."
        outcome = Outcome(stored.display_name, "info", message, stored.sha256)
    else:
        outcome = Outcome(
            stored.display_name, "success", f"{stored.display_name}: queued for reading.", stored.sha256
        )
    return BatchFile(stored.display_name, stored.sha256), outcome


def submit(
    store: Store,
    workspace: str | None,
    files: list[tuple[str, bytes]],
    who: str | None = None,
    limits: Limits | None = None,
) -> tuple[list[Outcome], str]:
    """Check, store and queue every file in one transaction (all kept, or none if the database
    fails); returns each file's outcome and the batch id for its progress."""
    batch_id = store.batches.new_id()
    with store.engine.begin() as conn:
        outcomes = _submit_in(conn, store, workspace, files, who, limits or Limits(), batch_id)
    return outcomes, batch_id


def first_workspace(
    store: Store, name: str, files: list[tuple[str, bytes]], limits: Limits | None = None
) -> tuple[str, list[Outcome], str]:
    """A brand-new install's first workspace with the sample contracts in it, queued: created
    in one transaction, so a visitor never finds the workspace without its samples."""
    batch_id = store.batches.new_id()
    with store.engine.begin() as conn:
        workspace = store.catalog.create_workspace_in(conn, name)
        outcomes = _submit_in(conn, store, workspace, files, SAMPLES_BY, limits or Limits(), batch_id)
    return workspace, outcomes, batch_id


def _submit_in(conn, store: Store, workspace, files, who, limits: Limits, batch_id: str) -> list[Outcome]:
    rows, outcomes = [], []
    for raw_name, data in files:
        name = sanitize(raw_name)[:255] or "unnamed.pdf"
        try:
            check_bytes(data, limits)
        except InputError as exc:
            row, outcome = _refused(name, exc)
        else:
            row, outcome = _accepted(store, conn, workspace, name, data, who)
        rows.append(row)
        outcomes.append(outcome)
        action = "upload" if outcome.sha256 else "refused"
        store.history.record(conn, action, who, workspace, outcome.sha256, outcome.message)
    store.batches.record(conn, batch_id, workspace, rows)
    return outcomes
