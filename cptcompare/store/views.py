"""Read-side views for the dashboard: a workspace's contracts with their status, and their
effective analyses, read in a few queries whatever the number of contracts.

``revision()`` is a cheap fingerprint of everything these views read, so a page can cache the
views and still see a colleague's upload or correction on its next rerun.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, and_, case, func, select

from ..extract import EXTRACTOR_VERSION
from ..models import AnalysisResult, ErrorInfo
from .schema import analyses, corrections, uploads, verifications, workspace_contracts


@dataclass(frozen=True)
class Entry:
    """One contract in a workspace, as the library table shows it."""

    sha256: str
    name: str  # the name it was first uploaded under
    uploaded_at: datetime
    uploaded_by: str | None
    status: str  # pending | ok | error
    error_code: str | None
    error_message: str | None
    removed_at: datetime | None
    corrections: int
    needs_review: int


class Views:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _read(self):
        return self.engine.connect().execution_options(sqlite_begin="DEFERRED")

    def revision(self, workspace_id: str) -> tuple:
        """Changes whenever an analysis, a correction, a sign-off or the workspace's contract
        list changes."""
        in_ws = workspace_contracts.c.workspace_id == workspace_id
        with self._read() as conn:
            return (
                *conn.execute(select(func.max(analyses.c.updated_at), func.count(analyses.c.id))).one(),
                *conn.execute(select(func.max(corrections.c.id))).one(),
                *conn.execute(select(func.max(verifications.c.id))).one(),
                *conn.execute(
                    select(
                        func.count(),
                        func.max(workspace_contracts.c.added_at),
                        func.max(workspace_contracts.c.removed_at),
                        func.count(workspace_contracts.c.removed_at),
                    ).where(in_ws)
                ).one(),
            )

    def entries(self, workspace_id: str, include_removed: bool = False) -> list[Entry]:
        """The workspace's contracts, oldest first, with the status of their current analysis."""
        first = _first_upload(workspace_id)
        fixes = (
            select(
                corrections.c.sha256,
                func.count().label("n"),
                func.count().filter(corrections.c.needs_review).label("review"),
            )
            .group_by(corrections.c.sha256)
            .subquery()
        )
        query = (
            select(
                workspace_contracts.c.sha256,
                uploads.c.display_name,
                uploads.c.uploaded_at,
                uploads.c.uploaded_by,
                analyses.c.status,
                analyses.c.error_code,
                analyses.c.error_message,
                workspace_contracts.c.removed_at,
                fixes.c.n,
                fixes.c.review,
            )
            .join(first, first.c.sha256 == workspace_contracts.c.sha256)
            .join(uploads, uploads.c.id == first.c.id)
            .outerjoin(
                analyses,
                and_(
                    analyses.c.sha256 == workspace_contracts.c.sha256,
                    analyses.c.extractor_version == EXTRACTOR_VERSION,
                ),
            )
            .outerjoin(fixes, fixes.c.sha256 == workspace_contracts.c.sha256)
            .where(workspace_contracts.c.workspace_id == workspace_id)
            .order_by(workspace_contracts.c.added_at, uploads.c.display_name)
        )
        if not include_removed:
            query = query.where(workspace_contracts.c.removed_at.is_(None))
        with self._read() as conn:
            rows = conn.execute(query).all()
        return [
            Entry(r[0], r[1], r[2], r[3], r[4] or "pending", r[5], r[6], r[7], r[8] or 0, r[9] or 0)
            for r in rows
        ]

    def results(self, entries: list[Entry]) -> dict[str, AnalysisResult]:
        """Finished analyses of these contracts under their display names, each with its latest
        corrections applied (two queries in all)."""
        shas = [e.sha256 for e in entries]
        names = {e.sha256: e.name for e in entries}
        with self._read() as conn:
            stored = conn.execute(
                select(analyses.c.sha256, analyses.c.status, analyses.c.result, analyses.c.error_code)
                .add_columns(analyses.c.error_message)
                .where(analyses.c.sha256.in_(shas), analyses.c.extractor_version == EXTRACTOR_VERSION)
            ).all()
            latest = conn.execute(
                select(corrections.c.sha256, corrections.c.field, corrections.c.new_value)
                .where(corrections.c.sha256.in_(shas))
                .order_by(corrections.c.id)
            ).all()
        fixes: dict[str, dict] = {}
        for sha, field, value in latest:
            fixes.setdefault(sha, {})[field] = json.loads(value)
        out = {}
        for sha, status, result, code, message in stored:
            if status == "ok":
                out[sha] = corrected(AnalysisResult.model_validate_json(result), fixes.get(sha, {}))
            elif status == "error":
                error = ErrorInfo(code=code, message=message)
                out[sha] = AnalysisResult(
                    file=sha[:12],
                    sha256=sha,
                    status="error",
                    error=error,
                    extractor_version=EXTRACTOR_VERSION,
                )
            if sha in out:
                out[sha] = out[sha].model_copy(update={"file": names[sha]})
        return out


def _first_upload(workspace_id: str):
    """Each file's first upload into this workspace (else one made outside any workspace): its
    name is the one shown, never a name another workspace gave it."""
    here = func.min(case((uploads.c.workspace_id == workspace_id, uploads.c.id)))
    anywhere = func.min(case((uploads.c.workspace_id.is_(None), uploads.c.id)))
    chosen = func.coalesce(here, anywhere, func.min(uploads.c.id))
    return select(uploads.c.sha256, chosen.label("id")).group_by(uploads.c.sha256).subquery()


def corrected(result: AnalysisResult, fixes: dict) -> AnalysisResult:
    """The analysis with each corrected field replaced by its latest correction."""
    if result.terms is None or not fixes:
        return result
    confirmed = {}
    if "cpt_fee" in fixes:
        confirmed["fee_plausible"] = True  # a person set the fee: it counts
    if {"coverage", "cpt_fee"} & set(fixes):
        confirmed.update(needs_review=False, review_reasons=[])  # a person read who pays
    terms = result.terms.model_validate({**result.terms.model_dump(mode="json"), **fixes, **confirmed})
    return result.model_copy(update={"terms": terms})
