"""The reading queue: analyses get a lease (who reads it, until when); uploads remember their
workspace; batch_files lists the files of each upload batch for progress and its end message;
unlocks keeps protected files' passwords, encrypted.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("analyses") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(120)))
        batch.add_column(sa.Column("lease_until", WHEN))
    op.create_index("ix_analyses_queue", "analyses", ["extractor_version", "status"])
    with op.batch_alter_table("uploads") as batch:
        batch.add_column(sa.Column("workspace_id", sa.String(40)))
    op.create_index("ix_uploads_workspace_id", "uploads", ["workspace_id"])
    op.create_table(
        "batch_files",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("batch_id", sa.String(40), nullable=False, index=True),
        sa.Column("workspace_id", sa.String(40), index=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256")),
        sa.Column("error_code", sa.String(30)),
        sa.Column("error_message", sa.Text),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "unlocks",
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), primary_key=True),
        sa.Column("token", sa.Text, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unlocks")
    op.drop_table("batch_files")
    op.drop_index("ix_uploads_workspace_id", "uploads")
    with op.batch_alter_table("uploads") as batch:
        batch.drop_column("workspace_id")
    op.drop_index("ix_analyses_queue", "analyses")
    with op.batch_alter_table("analyses") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("claimed_by")
