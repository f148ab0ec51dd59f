"""The contract library: originals, analyses and corrections, kept in the database.

Every write is one short transaction. An upload is stored (blob, upload row, pending analysis)
before any parsing starts; the pending analysis is a job of the reading queue (queue.py): a
reader claims it with a lease, and a parse that crashes or is killed loses the lease, so the job
is read again by the next reader. Corrections are kept as a history: the effective
terms are the extraction plus, per field, the latest correction.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Engine, func, insert, select, update
from sqlalchemy.engine import Connection

from ..analysis import analyze_bytes, sha256_of
from ..config import Limits
from ..extract import EXTRACTOR_VERSION
from ..models import AnalysisResult, ContractTerms, ErrorInfo, Progress
from ..questions import LABELS
from ..textclean import sanitize
from ..wording import describe_value
from .history import History
from .queue import GAVE_UP, LEASE_SECONDS, MAX_ATTEMPTS, Claim, Queue
from .schema import analyses, blobs, corrections, uploads, verifications
from .unlocks import Unlocks
from .verify import SignOff, changes, reviewed_values
from .views import corrected

__all__ = ["GAVE_UP", "MAX_ATTEMPTS", "Correction", "Library", "Stored"]
CORRECTABLE = {
    "vendor",
    "coverage",
    "cpt_fee",
    "ama_notice",
    "code_sets",
    "user_definition",
    "application",
    "dates",
}


def now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Stored:
    """What add() acknowledged: the upload is durable from here on."""

    upload_id: int
    sha256: str
    display_name: str
    duplicate_of: str | None  # the first name this file was uploaded under (in its workspace), if seen
    first_uploaded_at: datetime | None = None  # and when


@dataclass(frozen=True)
class Correction:
    id: int
    sha256: str
    field: str
    old_value: Any
    new_value: Any
    note: str
    author: str | None
    created_at: datetime
    needs_review: bool


class Library:
    def __init__(
        self,
        engine: Engine,
        limits: Limits | None = None,
        lease_seconds: float = LEASE_SECONDS,
        unlocks: Unlocks | None = None,
        history: History | None = None,
    ) -> None:
        self.engine = engine
        self.limits = limits or Limits()
        self.queue = Queue(engine, lease_seconds)
        self.unlocks = unlocks  # passwords that opened protected files, kept encrypted
        self.history = history or History(engine)

    def _read(self):
        return self.engine.connect().execution_options(sqlite_begin="DEFERRED")

    # --- uploads -------------------------------------------------------------------------------

    def add(self, data: bytes, name: str, who: str | None = None, workspace: str | None = None) -> Stored:
        """Store the original and a pending analysis, in one transaction, before any parsing."""
        with self.engine.begin() as conn:
            return self.add_in(conn, data, name, who, workspace)

    def add_in(
        self, conn: Connection, data: bytes, name: str, who: str | None = None, workspace: str | None = None
    ) -> Stored:
        """add() inside the caller's transaction. With ``workspace``, a file seen before is named
        only if it was uploaded to that workspace (another workspace's names are not its to see)."""
        sha = sha256_of(data)
        name = sanitize(name)[:255] or "unnamed.pdf"
        self.store_blob(conn, sha, data)
        first, first_at = self._seen(conn, sha, workspace)
        upload_id = conn.execute(
            insert(uploads).values(
                sha256=sha,
                display_name=name,
                uploaded_by=sanitize(who) if who else None,
                uploaded_at=now(),
                workspace_id=workspace,
            )
        ).inserted_primary_key[0]
        self._ensure_analysis(conn, sha)
        return Stored(upload_id, sha, name, first, first_at)

    @staticmethod
    def store_blob(conn: Connection, sha: str, data: bytes) -> None:
        if conn.execute(select(blobs.c.sha256).where(blobs.c.sha256 == sha)).first() is None:
            conn.execute(insert(blobs).values(sha256=sha, size=len(data), data=data, created_at=now()))

    @staticmethod
    def _seen(conn: Connection, sha: str, workspace: str | None) -> tuple[str | None, datetime | None]:
        query = select(uploads.c.display_name, uploads.c.uploaded_at).where(uploads.c.sha256 == sha)
        if workspace is not None:
            query = query.where(uploads.c.workspace_id == workspace)
        seen = conn.execute(query.order_by(uploads.c.id).limit(1)).first()
        return (seen[0], seen[1]) if seen else (None, None)

    def _ensure_analysis(self, conn, sha: str) -> None:
        found = conn.execute(
            select(analyses.c.id).where(
                analyses.c.sha256 == sha, analyses.c.extractor_version == EXTRACTOR_VERSION
            )
        ).first()
        if found is None:
            conn.execute(
                insert(analyses).values(
                    sha256=sha,
                    extractor_version=EXTRACTOR_VERSION,
                    status="pending",
                    attempts=0,
                    updated_at=now(),
                )
            )

    def original(self, sha: str) -> bytes | None:
        with self._read() as conn:
            return conn.execute(select(blobs.c.data).where(blobs.c.sha256 == sha)).scalar()

    def uploads(self) -> list[dict[str, Any]]:
        """Every upload with the status of its current analysis, newest first."""
        query = (
            select(
                uploads.c.id,
                uploads.c.sha256,
                uploads.c.display_name,
                uploads.c.uploaded_by,
                uploads.c.uploaded_at,
                analyses.c.status,
                analyses.c.error_code,
                analyses.c.error_message,
                blobs.c.size,
            )
            .join(blobs, blobs.c.sha256 == uploads.c.sha256)
            .outerjoin(
                analyses,
                (analyses.c.sha256 == uploads.c.sha256) & (analyses.c.extractor_version == EXTRACTOR_VERSION),
            )
            .order_by(uploads.c.id.desc())
        )
        with self._read() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    # --- analyses ------------------------------------------------------------------------------

    def pending(self) -> list[str]:
        """Files waiting to be read: pending, or held by a reader whose lease ran out."""
        return self.queue.waiting()

    def run(
        self, sha: str, password: str | None = None, name: str = "", progress: Progress | None = None
    ) -> AnalysisResult | None:
        """Analyze one stored file now, in this thread, if it waits to be read (a reader of the
        queue may hold it: then None until that reader records it). A file that failed for want
        of a password is tried again when a password is given (never stored).
        ``progress(done, total)``: scanned pages read with OCR, as in analyze_bytes."""
        if password:
            self._reopen_if_locked(sha)
        claim = self.queue.claim(sha)
        if claim is None:
            return self.result(sha)
        return self.read(claim, password, name, progress)

    def read(
        self, claim: Claim, password: str | None = None, name: str = "", progress: Progress | None = None
    ) -> AnalysisResult:
        """Read a claimed file in the limited child process, renewing the lease meanwhile, and
        record the outcome (if the claim still holds)."""
        data = self.original(claim.sha256)
        assert data is not None
        if password is None and self.unlocks is not None:
            password = self.unlocks.get(claim.sha256)
        try:
            with self.queue.holding(claim):
                result = analyze_bytes(
                    data, name or claim.sha256[:12], self.limits, password, progress=progress
                )
        except BaseException:
            self.queue.release(claim)
            raise
        self._record(claim, result)
        if password and result.status == "ok" and self.unlocks is not None:
            self.unlocks.put(claim.sha256, password)  # encrypted: colleagues see its pages too
        return result

    def _reopen_if_locked(self, sha: str) -> None:
        self._reopen(sha, analyses.c.error_code == "encrypted")

    def _reopen(self, sha: str, condition: ColumnElement[bool] | None = None) -> None:
        where = (analyses.c.sha256 == sha) & (analyses.c.extractor_version == EXTRACTOR_VERSION)
        if condition is not None:
            where = where & condition
        where = where & (analyses.c.status != "reading")  # a reader holds it: its outcome will land
        with self.engine.begin() as conn:
            self._ensure_analysis(conn, sha)
            conn.execute(update(analyses).where(where).values(status="pending", attempts=0, updated_at=now()))

    def requeue(self, sha: str, who: str | None = None, workspace: str | None = None) -> None:
        """Queue a stored file to be read again by the readers, whatever its last outcome."""
        self._reopen(sha)
        self.history.add("reread", who, workspace, sha, "queued to be read again")

    def reanalyze(
        self, sha: str, password: str | None = None, name: str = "", who: str | None = None
    ) -> AnalysisResult | None:
        """Read a stored file again, whatever its last outcome; corrections are kept (and flagged
        for review where the new reading differs)."""
        self._reopen(sha)
        self.history.add("reread", who, None, sha, "read again")
        return self.run(sha, password, name)

    def _record(self, claim: Claim, result: AnalysisResult) -> None:
        values: dict[str, Any] = {"status": result.status, "updated_at": now()}
        if result.status == "ok":
            values.update(result=result.model_dump_json(), error_code=None, error_message=None)
        else:
            values.update(error_code=result.error.code, error_message=result.error.message)
        with self.engine.begin() as conn:
            before = self._effective_in(conn, claim.sha256)
            if self.queue.finish(conn, claim, values):
                self._review_corrections(conn, claim.sha256, result)
                self._recheck_signoff(conn, claim.sha256, before)

    def run_pending(self, password: str | None = None) -> list[AnalysisResult]:
        """Analyze everything still pending (after a crash, or from another process)."""
        out = []
        for sha in self.pending():
            result = self.run(sha, password)
            if result is not None:
                out.append(result)
        return out

    def result(self, sha: str) -> AnalysisResult | None:
        """The current analysis of a stored file, if it has finished."""
        with self._read() as conn:
            row = conn.execute(
                select(analyses).where(
                    analyses.c.sha256 == sha, analyses.c.extractor_version == EXTRACTOR_VERSION
                )
            ).first()
        if row is None or row.status in ("pending", "reading"):
            return None
        if row.status == "ok":
            return AnalysisResult.model_validate_json(row.result)
        error = ErrorInfo(code=row.error_code, message=row.error_message)
        return AnalysisResult(
            file=sha[:12], sha256=sha, status="error", error=error, extractor_version=EXTRACTOR_VERSION
        )

    def outdated(self) -> list[str]:
        """Stored files with no analysis by the current extractor version (it changed)."""
        current = select(analyses.c.sha256).where(analyses.c.extractor_version == EXTRACTOR_VERSION)
        with self._read() as conn:
            return list(conn.execute(select(blobs.c.sha256).where(blobs.c.sha256.not_in(current))).scalars())

    def reanalyze_outdated(self) -> list[AnalysisResult]:
        with self.engine.begin() as conn:
            for sha in self.outdated():
                self._ensure_analysis(conn, sha)
        return self.run_pending()

    # --- corrections ---------------------------------------------------------------------------

    def correct(
        self,
        sha: str,
        field: str,
        new_value: Any,
        note: str = "",
        author: str | None = None,
        workspace: str | None = None,
    ) -> Correction:
        if field not in CORRECTABLE:
            raise ValueError(f"'{field}' cannot be corrected; these can: {', '.join(sorted(CORRECTABLE))}.")
        old = self.effective_values(sha).get(field)
        with self.engine.begin() as conn:
            before, after = describe_value(field, old), describe_value(field, new_value)
            detail = f"{LABELS.get(field, field)}: {before} → {after}"
            detail += f" ({sanitize(note)})" if note else ""
            self.history.record(conn, "correct", author, workspace, sha, detail)
            new_id = conn.execute(
                insert(corrections).values(
                    sha256=sha,
                    field=field,
                    old_value=json.dumps(old),
                    new_value=json.dumps(new_value),
                    note=sanitize(note),
                    author=sanitize(author) if author else None,
                    created_at=now(),
                    extractor_version=EXTRACTOR_VERSION,
                    needs_review=False,
                )
            ).inserted_primary_key[0]
        return next(c for c in self.corrections(sha) if c.id == new_id)

    def corrections(self, sha: str) -> list[Correction]:
        """The whole history, oldest first."""
        with self._read() as conn:
            rows = conn.execute(
                select(corrections).where(corrections.c.sha256 == sha).order_by(corrections.c.id)
            )
            return [
                Correction(
                    r.id,
                    r.sha256,
                    r.field,
                    json.loads(r.old_value),
                    json.loads(r.new_value),
                    r.note,
                    r.author,
                    r.created_at,
                    r.needs_review,
                )
                for r in rows
            ]

    def _extracted(self, sha: str) -> dict[str, Any]:
        result = self.result(sha)
        if result is None or result.terms is None:
            return {}
        return {k: v for k, v in result.terms.model_dump(mode="json").items() if k in CORRECTABLE}

    def effective_values(self, sha: str) -> dict[str, Any]:
        values = self._extracted(sha)
        for c in self.corrections(sha):
            values[c.field] = c.new_value
        return values

    def effective_terms(self, sha: str) -> ContractTerms | None:
        """The extraction plus, for each field, its latest correction."""
        result = self.result(sha)
        if result is None or result.terms is None:
            return None
        return corrected(result, {c.field: c.new_value for c in self.corrections(sha)}).terms

    def _review_corrections(self, conn, sha: str, result: AnalysisResult) -> None:
        """After a new analysis: a correction whose underlying value changed is flagged for review."""
        if result.terms is None:
            return
        extracted = result.terms.model_dump(mode="json")
        latest = conn.execute(
            select(corrections.c.field, func.max(corrections.c.id).label("id"))
            .where(corrections.c.sha256 == sha)
            .group_by(corrections.c.field)
        ).all()
        for field, latest_id in latest:
            first_old = conn.execute(
                select(corrections.c.old_value)
                .where(corrections.c.sha256 == sha, corrections.c.field == field)
                .order_by(corrections.c.id)
                .limit(1)
            ).scalar()
            if json.loads(first_old) != extracted.get(field):
                conn.execute(
                    update(corrections).where(corrections.c.id == latest_id).values(needs_review=True)
                )

    # --- sign-off after a re-read --------------------------------------------------------------

    def _effective_in(self, conn: Connection, sha: str) -> ContractTerms | None:
        """The current terms (extraction plus corrections), read inside ``conn``."""
        row = conn.execute(
            select(analyses.c.status, analyses.c.result).where(
                analyses.c.sha256 == sha, analyses.c.extractor_version == EXTRACTOR_VERSION
            )
        ).first()
        if row is None or not row.result:  # a re-read in progress keeps the last reading
            return None
        fixes = conn.execute(
            select(corrections.c.field, corrections.c.new_value)
            .where(corrections.c.sha256 == sha)
            .order_by(corrections.c.id)
        ).all()
        result = AnalysisResult.model_validate_json(row.result)
        return corrected(result, {f: json.loads(v) for f, v in fixes}).terms

    def _recheck_signoff(self, conn: Connection, sha: str, before: ContractTerms | None) -> None:
        """A re-read that changes a value someone verified sends the contract back to review:
        the history says so, and what changed (the sign-off itself no longer matches)."""
        row = conn.execute(
            select(verifications).where(verifications.c.sha256 == sha).order_by(verifications.c.id.desc())
        ).first()
        after = self._effective_in(conn, sha)
        if row is None or after is None:
            return
        signed = SignOff(json.loads(row.terms), row.author, row.created_at)
        was_verified = before is None or not changes(signed.values, reviewed_values(before))
        now_changed = changes(signed.values, reviewed_values(after))
        if was_verified and now_changed:
            self.history.record(conn, "unverified", None, None, sha, " ".join(now_changed))
