"""Sign-off: a person confirms a contract's terms (who pays, the fee with its unit and period,
the vendor, the dates, the application kind) and the values they confirmed are kept. The
contract counts as verified while its current terms (extraction plus corrections) still equal
those values; a re-read or a correction that changes one returns it to review, saying what.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select

from ..models import ContractTerms, Verification
from ..textclean import sanitize
from ..wording import describe_value
from .history import History
from .queue import now
from .schema import verifications

REVIEWED = ("coverage", "cpt_fee", "vendor", "dates", "application")
LABELS = {
    "coverage": "Who pays for CPT",
    "cpt_fee": "CPT fee",
    "vendor": "Vendor",
    "dates": "Dates and renewal",
    "application": "Application",
}
TO_REVIEW = "To review: nobody has checked this reading yet."


def reviewed_values(terms: ContractTerms) -> dict[str, Any]:
    """The values a sign-off confirms, as JSON-ready data."""
    dumped = terms.model_dump(mode="json", include=set(REVIEWED))
    dumped["application"] = terms.application.kind
    return dumped


def _describe(field: str, value: Any) -> str:
    return describe_value(field, value)


def changes(signed: dict[str, Any], current: dict[str, Any]) -> list[str]:
    """In words, each reviewed value that differs from what was signed off."""
    return [
        f"{LABELS[f]} was “{_describe(f, signed.get(f))}” when verified, "
        f"now “{_describe(f, current.get(f))}”."
        for f in REVIEWED
        if signed.get(f) != current.get(f)
    ]


@dataclass(frozen=True)
class SignOff:
    values: dict[str, Any]
    author: str
    created_at: datetime


def state(signoff: SignOff | None, terms: ContractTerms) -> Verification:
    """Verified, or to review (and what changed since the last sign-off, if there was one)."""
    if signoff is None:
        return Verification(state="to_review", words=TO_REVIEW)
    on = f"{signoff.created_at:%d %b %Y}"
    changed = changes(signoff.values, reviewed_values(terms))
    if not changed:
        return Verification(
            state="verified",
            by=signoff.author,
            on=signoff.created_at.date().isoformat(),
            words=f"Verified by {signoff.author} on {on}.",
        )
    return Verification(
        state="to_review",
        by=signoff.author,
        on=signoff.created_at.date().isoformat(),
        changed=changed,
        words=f"To review: verified by {signoff.author} on {on}, but the reading has changed since. "
        + " ".join(changed),
    )


class Verifications:
    def __init__(self, engine: Engine, history: History) -> None:
        self.engine = engine
        self.history = history

    def verify(self, sha: str, terms: ContractTerms, author: str, workspace: str | None = None) -> None:
        """Sign off these terms (the ones the person saw) as right, by ``author``, now."""
        author = sanitize(author).strip()
        if not author:
            raise ValueError("A sign-off needs the name of the person who checked the contract.")
        values = reviewed_values(terms)
        with self.engine.begin() as conn:
            conn.execute(
                insert(verifications).values(
                    sha256=sha, terms=json.dumps(values), author=author, created_at=now()
                )
            )
            detail = "; ".join(f"{LABELS[f]}: {_describe(f, values[f])}" for f in REVIEWED)
            self.history.record(conn, "verify", author, workspace, sha, detail)

    def latest(self, shas: list[str]) -> dict[str, SignOff]:
        """Each contract's most recent sign-off (one query)."""
        newest = (
            select(func.max(verifications.c.id).label("id"))
            .where(verifications.c.sha256.in_(shas))
            .group_by(verifications.c.sha256)
        )
        query = select(verifications).where(verifications.c.id.in_(newest))
        with self.engine.connect().execution_options(sqlite_begin="DEFERRED") as conn:
            rows = conn.execute(query).all()
        return {r.sha256: SignOff(json.loads(r.terms), r.author, r.created_at) for r in rows}

    def states(self, terms_by_sha: dict[str, ContractTerms]) -> dict[str, Verification]:
        signed = self.latest(list(terms_by_sha))
        return {sha: state(signed.get(sha), terms) for sha, terms in terms_by_sha.items()}
