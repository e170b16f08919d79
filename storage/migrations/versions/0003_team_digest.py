"""team digest

The weekly summary a workspace may post in one channel for its campaign team (issue 7).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 08:06:38.971330
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "team_digests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("shared_outside", sa.Boolean(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("time", sa.String(length=5), nullable=False),
        sa.Column("tz", sa.String(length=64), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("weekday BETWEEN 1 AND 7", name=op.f("ck_team_digests_weekday")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_team_digests")),
        sa.UniqueConstraint("team_id", name=op.f("uq_team_digests_team_id")),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("team_digests")
