"""in-kind value of pledges and follow-ups the partner promised

pledges.value_dkk holds the estimated value of an in-kind gift ("180 bamser, værdi ca. 9.000 kr."),
kept apart from amount_dkk, which is cash. followups.by_partner marks a follow-up the partner
promised (we wait for them). Existing pledges keep their amount as cash and get no value;
existing follow-ups stay ours (by_partner false).

Written against 0004 so it applies on its own; the lead relinks it after 0005/0006 when merging.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 16:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN (no batch rebuild): on SQLite a rebuild with foreign keys on would cascade.
    op.add_column("pledges", sa.Column("value_dkk", sa.Integer(), nullable=True))
    op.add_column(
        "followups",
        sa.Column("by_partner", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    if op.get_context().dialect.name != "sqlite":
        op.alter_column("followups", "by_partner", server_default=None)


def downgrade() -> None:
    """Revert this revision."""
    # Plain DROP COLUMN (SQLite 3.35+), for the same reason as above.
    op.drop_column("followups", "by_partner")
    op.drop_column("pledges", "value_dkk")
