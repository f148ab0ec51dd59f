"""The first schema: blobs, uploads, analyses, corrections, profiles, schedules, workspaces.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "blobs",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("data", sa.LargeBinary, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "workspaces",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("profile_name", sa.Text),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("deleted_at", WHEN),
    )
    op.create_table(
        "uploads",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False, index=True),
        sa.Column("display_name", sa.Text, nullable=False),
        sa.Column("uploaded_by", sa.Text),
        sa.Column("uploaded_at", WHEN, nullable=False),
    )
    op.create_table(
        "analyses",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("error_code", sa.String(30)),
        sa.Column("error_message", sa.Text),
        sa.Column("result", sa.Text),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("updated_at", WHEN, nullable=False),
        sa.UniqueConstraint("sha256", "extractor_version", name="uq_analyses_sha_version"),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False, index=True),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("old_value", sa.Text),
        sa.Column("new_value", sa.Text),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("author", sa.Text),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("needs_review", sa.Boolean, nullable=False),
    )
    for name in ("profiles", "schedules"):
        op.create_table(
            name,
            sa.Column("name", sa.Text, primary_key=True),
            sa.Column("data", sa.Text, nullable=False),
            sa.Column("updated_at", WHEN, nullable=False),
        )
    op.create_table(
        "workspace_contracts",
        sa.Column("workspace_id", sa.String(40), sa.ForeignKey("workspaces.id"), primary_key=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), primary_key=True),
        sa.Column("added_at", WHEN, nullable=False),
        sa.Column("removed_at", WHEN),
    )


def downgrade() -> None:
    for name in ("workspace_contracts", "schedules", "profiles", "corrections", "analyses", "uploads"):
        op.drop_table(name)
    op.drop_table("workspaces")
    op.drop_table("blobs")
