"""The history of who did what: every upload, removal, put-back, re-read, correction, sign-off,
export and question sent, with who, when and what. Rows are only ever added: nothing in the
app or the library changes or deletes one.

    history.record(conn, "upload", who, workspace, sha, "contract.pdf: queued for reading")
    history.events(workspace, sha=None, actions=None)   # newest first
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, insert, or_, select

from ..textclean import sanitize
from .queue import now
from .schema import events

# Action -> how the History view names it.
ACTIONS = {
    "upload": "Uploaded",
    "refused": "Upload refused",
    "remove": "Removed from workspace",
    "put_back": "Put back",
    "reread": "Read again",
    "correct": "Corrected",
    "verify": "Verified",
    "unverified": "Back to review",
    "export": "Exported",
    "asked": "Question sent to vendor",
}


@dataclass(frozen=True)
class Event:
    id: int
    workspace_id: str | None
    sha256: str | None
    action: str
    who: str | None
    detail: str
    created_at: datetime

    @property
    def action_words(self) -> str:
        return ACTIONS.get(self.action, self.action)


class History:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @staticmethod
    def record(
        conn: Connection,
        action: str,
        who: str | None = None,
        workspace: str | None = None,
        sha: str | None = None,
        detail: str = "",
    ) -> None:
        """Add one event inside the caller's transaction (it lands with what it records)."""
        if action not in ACTIONS:
            raise ValueError(f"Unknown history action '{action}'.")
        conn.execute(
            insert(events).values(
                workspace_id=workspace,
                sha256=sha,
                action=action,
                who=sanitize(who) if who else None,
                detail=sanitize(detail)[:2000],
                created_at=now(),
            )
        )

    def add(
        self,
        action: str,
        who: str | None = None,
        workspace: str | None = None,
        sha: str | None = None,
        detail: str = "",
    ) -> None:
        """record() in a transaction of its own."""
        with self.engine.begin() as conn:
            self.record(conn, action, who, workspace, sha, detail)

    def events(
        self,
        workspace: str | None = None,
        sha: str | None = None,
        actions: list[str] | None = None,
        contracts: list[str] | None = None,
    ) -> list[Event]:
        """Newest first: a workspace's events, plus those about its ``contracts`` done outside
        any workspace (a re-read by the readers, a command-line correction); or one contract's;
        optionally only some actions."""
        query = select(events).order_by(events.c.id.desc())
        if workspace is not None:
            mine = events.c.workspace_id == workspace
            if contracts:
                mine = or_(mine, events.c.workspace_id.is_(None) & events.c.sha256.in_(contracts))
            query = query.where(mine)
        if sha is not None:
            query = query.where(events.c.sha256 == sha)
        if actions:
            query = query.where(events.c.action.in_(actions))
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            rows = conn.execute(query).all()
        return [Event(r.id, r.workspace_id, r.sha256, r.action, r.who, r.detail, r.created_at) for r in rows]


def to_csv(rows: list[Event], names: dict[str, str] | None = None) -> bytes:
    """The events as CSV (UTF-8 with BOM, so Excel opens it right): when, who, what, contract, detail."""
    names = names or {}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["When (UTC)", "Who", "What", "Contract", "Detail"])
    for e in rows:
        contract = names.get(e.sha256 or "", (e.sha256 or "")[:12])
        when = f"{e.created_at:%Y-%m-%d %H:%M:%S}"
        writer.writerow([when, e.who or "", e.action_words, contract, e.detail])
    return out.getvalue().encode("utf-8-sig")
