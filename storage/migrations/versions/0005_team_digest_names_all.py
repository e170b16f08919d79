"""team digest names all

`team_digests.names_all`: whether a workspace admin has let the team digest name every partner
(issue 18). Until now any member could point the digest at a channel, and unless they said
`shared` it named every partner, no-publicity sponsors included. Existing digests keep their
channel, day and time and start naming only partners marked public (names_all = false); an admin
turns naming all on again, which the bot allows only in a channel Slack says is private and not
shared outside the organisation.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30 16:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN (no batch rebuild, which would have to restate the weekday check on SQLite).
    op.add_column("team_digests", sa.Column("names_all", sa.Boolean(), nullable=False, server_default=sa.false()))
    if op.get_context().dialect.name != "sqlite":
        op.alter_column("team_digests", "names_all", server_default=None)


def downgrade() -> None:
    """Revert this revision."""
    # SQLite 3.35+ drops a column in place, keeping the table's other constraints.
    op.drop_column("team_digests", "names_all")
