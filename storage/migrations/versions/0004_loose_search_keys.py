"""loose search keys

A second, looser search key beside partner_names.key and partner_name_tokens.key, where the
Danish digraphs fold to one letter (oe -> o, ae -> a, aa -> a), so "Hillerod" is an index
prefix hit for "Hillerød" (key "hilleroed", loose "hillerod"). Existing rows are backfilled
with the same replace() calls as storage.names.loose_key, in the same order.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 09:00:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("partner_names", "partner_name_tokens")
# storage.names.loose_key as SQL; replace() is the same function on SQLite and PostgreSQL.
_LOOSE_SQL = "replace(replace(replace(key, 'aa', 'a'), 'ae', 'a'), 'oe', 'o')"


def _search_key() -> sa.types.TypeEngine:
    return sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql")


def upgrade() -> None:
    """Apply this revision."""
    # Plain ADD COLUMN rather than batch mode: on SQLite a batch rebuild of partner_names would
    # drop the old table, and with foreign keys on that cascades into partner_name_tokens.
    # ADD COLUMN ... NOT NULL needs a default on SQLite; PostgreSQL drops it after the backfill.
    for table in _TABLES:
        op.add_column(
            table,
            sa.Column("loose", _search_key(), nullable=False, server_default=sa.text("''")),
        )
        op.execute(f"UPDATE {table} SET loose = {_LOOSE_SQL}")  # noqa: S608 - constants only
        if op.get_context().dialect.name != "sqlite":
            op.alter_column(table, "loose", server_default=None)
        op.create_index(op.f(f"ix_{table}_team_id_loose"), table, ["team_id", "loose"])


def downgrade() -> None:
    """Revert this revision."""
    for table in _TABLES:
        op.drop_index(op.f(f"ix_{table}_team_id_loose"), table_name=table)
        op.drop_column(table, "loose")
