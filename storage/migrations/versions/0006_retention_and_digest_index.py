"""retention and digest index

Bounded growth: the clock's retention sweep deletes old bookkeeping rows (bot/domain/retention.py).
- audit_log stays append-only, except that rows older than 365 days may be deleted (the triggers
  check the row's age against the database's own clock, so the application cannot shorten it);
- indexes for the sweep's range deletes: audit_log(at), deliveries(created_at);
- the digest's "calls without a confirming e-mail" asks, per call, whether its e-mail follow-up
  is done (followups(interaction_id)) and whether a later e-mail to the partner was logged
  (interactions(team_id, partner_id, kind, occurred_at)); without them each call scanned the
  follow-ups, and the workspace's later interactions, so the digest grew with calls x rows.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 16:20:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AUDIT_RETENTION_DAYS = 365

SQLITE_NO_DELETE = f"""
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    WHEN old.at >= datetime('now', '-{AUDIT_RETENTION_DAYS} days')
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
"""
SQLITE_NO_DELETE_BEFORE = """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
"""
PG_FUNCTION = f"""
    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND OLD.at < now() - interval '{AUDIT_RETENTION_DAYS} days' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END
    $$
"""
PG_FUNCTION_BEFORE = """
    CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END
    $$
"""


def _is_sqlite() -> bool:
    return op.get_context().dialect.name == "sqlite"


def upgrade() -> None:
    """Apply this revision."""
    op.create_index(op.f("ix_followups_interaction_id"), "followups", ["interaction_id"], unique=False)
    op.create_index(
        op.f("ix_interactions_team_id_partner_id_kind_occurred_at"),
        "interactions",
        ["team_id", "partner_id", "kind", "occurred_at"],
        unique=False,
    )
    op.create_index(op.f("ix_deliveries_created_at"), "deliveries", ["created_at"], unique=False)
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    if _is_sqlite():
        op.execute("DROP TRIGGER audit_log_no_delete")
        op.execute(SQLITE_NO_DELETE)
    else:
        op.execute(PG_FUNCTION)


def downgrade() -> None:
    """Revert this revision."""
    if _is_sqlite():
        op.execute("DROP TRIGGER audit_log_no_delete")
        op.execute(SQLITE_NO_DELETE_BEFORE)
    else:
        op.execute(PG_FUNCTION_BEFORE)
    op.drop_index(op.f("ix_audit_log_at"), table_name="audit_log")
    op.drop_index(op.f("ix_deliveries_created_at"), table_name="deliveries")
    op.drop_index(op.f("ix_interactions_team_id_partner_id_kind_occurred_at"), table_name="interactions")
    op.drop_index(op.f("ix_followups_interaction_id"), table_name="followups")
