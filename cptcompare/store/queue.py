"""The reading queue: which stored files wait to be read, and who is reading which.

A job is the analysis row of a (file, extractor version): ``pending`` until a reader claims it,
``reading`` while a reader holds its lease, then ``ok`` or ``error`` (with its reason). Claims
are atomic: on PostgreSQL ``SELECT ... FOR UPDATE SKIP LOCKED`` lets several app instances
claim different rows without waiting for each other; on SQLite every write transaction starts
with ``BEGIN IMMEDIATE`` (db.py), so one claim at a time. A reader renews its lease while it
reads (``holding``); a reader that stops (a killed server) loses the lease when it runs out and
the next reader takes the job over. Every claim counts an attempt: a file that stops the reader
MAX_ATTEMPTS times is marked as an error rather than tried forever. Only the holder of the
current claim may record the outcome, so a file is never recorded twice.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, or_, select, update

from ..extract import EXTRACTOR_VERSION
from .schema import analyses

MAX_ATTEMPTS = 3  # a file that stops the reader this often is marked as an error, not retried
LEASE_SECONDS = 30.0
GAVE_UP = (
    "This PDF stopped the reader {n} times and will not be tried again. Ask the vendor for a fresh copy."
)


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Claim:
    """A job held by one reader: only this claim may record its outcome."""

    id: int
    sha256: str
    token: str  # unique to this claim
    attempt: int


def _token() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


class Queue:
    def __init__(self, engine: Engine, lease_seconds: float = LEASE_SECONDS) -> None:
        self.engine = engine
        self.lease_seconds = lease_seconds

    def _current(self):
        return analyses.c.extractor_version == EXTRACTOR_VERSION

    def _waiting(self, at: datetime):
        """Jobs a reader may take: pending, or reading under a lease that ran out."""
        lapsed = (analyses.c.status == "reading") & (analyses.c.lease_until < at)
        return self._current() & or_(analyses.c.status == "pending", lapsed)

    def waiting(self) -> list[str]:
        """The files waiting to be read, oldest first."""
        query = select(analyses.c.sha256).where(self._waiting(now())).order_by(analyses.c.updated_at)
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            return list(conn.execute(query).scalars())

    def claim(self, sha: str | None = None, lease_seconds: float | None = None) -> Claim | None:
        """Take the oldest waiting job (or this file's, if waiting), atomically; None if none."""
        lease = self.lease_seconds if lease_seconds is None else lease_seconds
        while True:
            with self.engine.begin() as conn:
                at = now()
                query = select(analyses.c.id, analyses.c.sha256, analyses.c.attempts).where(self._waiting(at))
                if sha is not None:
                    query = query.where(analyses.c.sha256 == sha)
                query = query.order_by(analyses.c.updated_at, analyses.c.id).limit(1)
                row = conn.execute(query.with_for_update(skip_locked=True)).first()
                if row is None:
                    return None
                if row.attempts >= MAX_ATTEMPTS:
                    conn.execute(self._give_up(row.id, row.attempts, at))
                    continue
                claim = Claim(row.id, row.sha256, _token(), row.attempts + 1)
                conn.execute(
                    update(analyses)
                    .where(analyses.c.id == row.id)
                    .values(
                        status="reading",
                        claimed_by=claim.token,
                        lease_until=at + timedelta(seconds=lease),
                        attempts=claim.attempt,
                        updated_at=at,
                    )
                )
                return claim

    @staticmethod
    def _give_up(job: int, attempts: int, at: datetime):
        message = GAVE_UP.format(n=attempts)
        return (
            update(analyses)
            .where(analyses.c.id == job)
            .values(
                status="error", error_code="timeout", error_message=message, claimed_by=None, updated_at=at
            )
        )

    def _held(self, claim: Claim):
        return (
            (analyses.c.id == claim.id)
            & (analyses.c.claimed_by == claim.token)
            & (analyses.c.status == "reading")
        )

    def renew(self, claim: Claim) -> bool:
        """Extend the lease; False if the claim was lost (the lease ran out and another took it)."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(analyses)
                .where(self._held(claim))
                .values(lease_until=now() + timedelta(seconds=self.lease_seconds))
            )
        return done.rowcount == 1

    @contextmanager
    def holding(self, claim: Claim) -> Iterator[None]:
        """Renew the claim's lease in the background while the block runs (a long read)."""
        stop = threading.Event()

        def keep() -> None:
            while not stop.wait(self.lease_seconds / 3):
                if not self.renew(claim):
                    return

        keeper = threading.Thread(target=keep, daemon=True, name=f"lease-{claim.id}")
        keeper.start()
        try:
            yield
        finally:
            stop.set()
            keeper.join()

    def finish(self, conn: Any, claim: Claim, values: dict[str, Any]) -> bool:
        """Record the outcome inside the caller's transaction, if the claim still holds."""
        values = values | {"claimed_by": None, "lease_until": None}
        return conn.execute(update(analyses).where(self._held(claim)).values(**values)).rowcount == 1

    def release(self, claim: Claim) -> None:
        """Give a job back untouched (the reader itself failed, not the file)."""
        with self.engine.begin() as conn:
            conn.execute(
                update(analyses)
                .where(self._held(claim))
                .values(status="pending", claimed_by=None, lease_until=None)
            )
