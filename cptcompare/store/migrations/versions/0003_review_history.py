"""Sign-off and history: verifications keeps who confirmed a contract's terms and the values
they confirmed; events keeps who did what, when (appended to, never changed).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "verifications",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("sha256", sa.String(64), sa.ForeignKey("blobs.sha256"), nullable=False, index=True),
        sa.Column("terms", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("workspace_id", sa.String(40), index=True),
        sa.Column("sha256", sa.String(64), index=True),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("who", sa.Text),
        sa.Column("detail", sa.Text, nullable=False, server_default=""),
        sa.Column("created_at", WHEN, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("events")
    op.drop_table("verifications")
