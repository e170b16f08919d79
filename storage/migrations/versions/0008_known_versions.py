"""known_versions: a per-workspace count of changes to the names a log is read against

Every log reads the workspace's partner names, aliases, contacts and roles; the web processes
keep them in memory and reload them only when this count moved (storage/known.py), which every
unit of work that changes them bumps when it commits. No rows at first: a missing row is count 0.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 19:40:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "known_versions",
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("scope"),
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("known_versions")
