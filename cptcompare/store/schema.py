"""The database tables (SQLAlchemy Core). Changes go through an Alembic migration in migrations/.

- blobs: each original PDF once, by SHA-256, saved before any parsing starts.
- uploads: who uploaded which file under which name (display text only), when, into which workspace.
- unlocks: the password of a protected file, encrypted under a key kept outside the database.
- batch_files: the files of one upload batch (stored, or refused with the reason), for progress.
- analyses: one per (sha256, extractor version), and the reading queue's job for it: pending,
  reading (by ``claimed_by`` until ``lease_until``; a stopped reader loses it), ok (with the
  result) or error (with its reason). See queue.py.
- corrections: changes people make to extracted terms; the history is kept.
- profiles, schedules: practice profiles and fee schedules saved under a name.
- workspaces, workspace_contracts: named sets of contracts with an unguessable id; removal is soft.
- verifications: a person's sign-off of a contract's terms, with the values they confirmed.
- events: the history of who did what (uploads, removals, re-reads, corrections, sign-offs,
  exports, questions sent); only ever appended to.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

workspaces = Table(
    "workspaces",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("profile_name", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("deleted_at", DateTime(timezone=True)),
)

uploads = Table(
    "uploads",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False, index=True),
    Column("display_name", Text, nullable=False),
    Column("uploaded_by", Text),
    Column("uploaded_at", DateTime(timezone=True), nullable=False),
    Column("workspace_id", String(40), index=True),  # None: uploaded outside any workspace
)

analyses = Table(
    "analyses",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False),
    Column("extractor_version", String(40), nullable=False),
    Column("status", String(10), nullable=False),  # pending | reading | ok | error
    Column("error_code", String(30)),
    Column("error_message", Text),
    Column("result", Text),  # AnalysisResult as JSON, when ok
    Column("attempts", Integer, nullable=False, default=0),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Column("claimed_by", String(120)),  # the reader that holds it while reading
    Column("lease_until", DateTime(timezone=True)),  # ... until then; after, anyone may take it over
    UniqueConstraint("sha256", "extractor_version", name="uq_analyses_sha_version"),
    Index("ix_analyses_queue", "extractor_version", "status"),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False, index=True),
    Column("field", String(60), nullable=False),
    Column("old_value", Text),  # JSON
    Column("new_value", Text),  # JSON
    Column("note", Text, nullable=False, default=""),
    Column("author", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("extractor_version", String(40), nullable=False),
    Column("needs_review", Boolean, nullable=False, default=False),
)


def _named_documents(name: str) -> Table:
    """A table of JSON documents saved under a name (profiles, schedules)."""
    return Table(
        name,
        metadata,
        Column("name", Text, primary_key=True),
        Column("data", Text, nullable=False),
        Column("updated_at", DateTime(timezone=True), nullable=False),
    )


profiles = _named_documents("profiles")  # PracticeProfile as JSON
schedules = _named_documents("schedules")  # FeeSchedule as JSON

workspace_contracts = Table(
    "workspace_contracts",
    metadata,
    Column("workspace_id", String(40), ForeignKey("workspaces.id"), primary_key=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), primary_key=True),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("removed_at", DateTime(timezone=True)),
)

batch_files = Table(
    "batch_files",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("batch_id", String(40), nullable=False, index=True),
    Column("workspace_id", String(40), index=True),
    Column("name", Text, nullable=False),
    Column("sha256", String(64), ForeignKey("blobs.sha256")),  # None: refused, not stored
    Column("error_code", String(30)),  # why it was refused
    Column("error_message", Text),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

unlocks = Table(
    "unlocks",
    metadata,
    Column("sha256", String(64), ForeignKey("blobs.sha256"), primary_key=True),
    Column("token", Text, nullable=False),  # the password, encrypted (unlocks.py); never in clear
    Column("created_at", DateTime(timezone=True), nullable=False),
)

verifications = Table(
    "verifications",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False, index=True),
    Column("terms", Text, nullable=False),  # JSON: the values the person confirmed (verify.py)
    Column("author", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("workspace_id", String(40), index=True),  # None: not done in a workspace
    Column("sha256", String(64), index=True),  # None: not about one contract (an export)
    Column("action", String(20), nullable=False),
    Column("who", Text),
    Column("detail", Text, nullable=False, default=""),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
