"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 07:26:40.919396
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Tables created before "interactions" that point at it (partners and interactions refer to
# each other, so one side of the cycle has to be added after both tables exist).
BY_INTERACTION_TABLES = ("campaigns", "partners", "contacts", "permissions", "followups", "pledges")

# audit_log is append-only for everyone, the application included: the triggers raise.
SQLITE_AUDIT_TRIGGERS = (
    """
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
    """,
    """
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END
    """,
)
PG_AUDIT_TRIGGERS = (
    """
    CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    """
    CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
    """,
    """
    CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
    """,
)


def _is_sqlite() -> bool:
    return op.get_context().dialect.name == "sqlite"


def _fk_name(table: str) -> str:
    return f"fk_{table}_created_by_interaction_id_interactions"


def _by_interaction_fk(table: str) -> list[sa.ForeignKeyConstraint]:
    """Inline on SQLite (which cannot add constraints later and does not mind forward references)."""
    if not _is_sqlite():
        return []
    return [
        sa.ForeignKeyConstraint(
            ["created_by_interaction_id"],
            ["interactions.id"],
            name=op.f(_fk_name(table)),
            ondelete="SET NULL",
        )
    ]


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("actor", sa.String(length=32), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "restore",
                "erase",
                "merge",
                "refused",
                name="action",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_team_id_at"), "audit_log", ["team_id", "at"], unique=False)
    op.create_index(
        op.f("ix_audit_log_team_id_entity_type_entity_id"),
        "audit_log",
        ["team_id", "entity_type", "entity_id"],
        unique=False,
    )

    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("goal_dkk", sa.Integer(), nullable=True),
        sa.Column("starts_on", sa.Date(), nullable=True),
        sa.Column("ends_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on",
            name=op.f("ck_campaigns_period"),
        ),
        sa.CheckConstraint("goal_dkk IS NULL OR goal_dkk >= 0", name=op.f("ck_campaigns_goal_dkk")),
        *_by_interaction_fk("campaigns"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_index(
        op.f("ix_campaigns_created_by_interaction_id"),
        "campaigns",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(op.f("ix_campaigns_team_id_name"), "campaigns", ["team_id", "name"], unique=False)

    op.create_table(
        "deliveries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("idempotency_key", sa.String(length=200), nullable=False),
        sa.Column("channel", sa.String(length=32), nullable=True),
        sa.Column("slack_ts", sa.String(length=32), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "sent",
                "failed",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deliveries")),
        sa.UniqueConstraint("team_id", "idempotency_key", name=op.f("uq_deliveries_team_id_idempotency_key")),
    )
    op.create_table(
        "partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "business",
                "union",
                "publisher",
                "municipal_department",
                "workplace",
                "school",
                "association",
                "foundation",
                "other",
                name="kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "stage",
            sa.Enum(
                "prospect",
                "contacted",
                "interested",
                "agreed_verbally",
                "confirmed_in_writing",
                "active",
                "completed",
                "declined",
                "paused",
                name="stage",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "publicity",
            sa.Enum(
                "public",
                "no_publicity",
                "ask_first",
                name="publicity",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        *_by_interaction_fk("partners"),
        sa.ForeignKeyConstraint(["merged_into_id"], ["partners.id"], name=op.f("fk_partners_merged_into_id_partners")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partners")),
    )
    op.create_index(
        op.f("ix_partners_created_by_interaction_id"),
        "partners",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(op.f("ix_partners_team_id_stage"), "partners", ["team_id", "stage"], unique=False)

    op.create_table(
        "processed_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_processed_requests")),
        sa.UniqueConstraint("team_id", "key", name=op.f("uq_processed_requests_team_id_key")),
    )
    op.create_index(op.f("ix_processed_requests_created_at"), "processed_requests", ["created_at"], unique=False)

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("tz", sa.String(length=64), nullable=True),
        sa.Column("locale", sa.String(length=16), nullable=True),
        sa.Column("language", sa.String(length=2), nullable=True),
        sa.Column("digest_enabled", sa.Boolean(), nullable=False),
        sa.Column("digest_time", sa.String(length=5), nullable=True),
        sa.Column("digest_weekdays", sa.String(length=7), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("language IN ('da', 'en')", name=op.f("ck_users_language")),
        sa.CheckConstraint("length(digest_weekdays) <= 7", name=op.f("ck_users_digest_weekdays")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("team_id", "user_id", name=op.f("uq_users_team_id_user_id")),
    )
    op.create_table(
        "workspaces",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("installed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("uninstalled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("purge_after", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workspaces")),
        sa.UniqueConstraint("team_id", "enterprise_id", name=op.f("uq_workspaces_team_id_enterprise_id")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "name_key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=True),
        sa.Column("phone", sa.String(length=64), nullable=True),
        sa.Column("is_decision_maker", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("erased_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        *_by_interaction_fk("contacts"),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_contacts_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    op.create_index(
        op.f("ix_contacts_created_by_interaction_id"),
        "contacts",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(op.f("ix_contacts_partner_id"), "contacts", ["partner_id"], unique=False)
    op.create_index(op.f("ix_contacts_team_id_name_key"), "contacts", ["team_id", "name_key"], unique=False)

    op.create_table(
        "interactions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "call",
                "meeting",
                "email",
                "note",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("logged_by", sa.String(length=32), nullable=False),
        sa.Column("occurred_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("raw_text", sa.Text(), nullable=False),
        sa.Column("understood", sa.JSON(), nullable=True),
        sa.Column("slack_channel", sa.String(length=32), nullable=True),
        sa.Column("slack_ts", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_interactions_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interactions_created_by_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_interactions_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interactions")),
    )
    op.create_index(
        op.f("ix_interactions_created_by_interaction_id"),
        "interactions",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_interactions_partner_id_occurred_at"),
        "interactions",
        ["partner_id", "occurred_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_interactions_team_id_occurred_at"),
        "interactions",
        ["team_id", "occurred_at"],
        unique=False,
    )

    op.create_table(
        "partner_campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_partner_campaigns_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_campaigns_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_campaigns")),
        sa.UniqueConstraint("partner_id", "campaign_id", name=op.f("uq_partner_campaigns_partner_id_campaign_id")),
    )
    op.create_index(op.f("ix_partner_campaigns_campaign_id"), "partner_campaigns", ["campaign_id"], unique=False)

    op.create_table(
        "partner_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("is_alias", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_partner_names_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_names")),
    )
    op.create_index(op.f("ix_partner_names_partner_id"), "partner_names", ["partner_id"], unique=False)
    op.create_index(op.f("ix_partner_names_team_id_key"), "partner_names", ["team_id", "key"], unique=False)

    op.create_table(
        "permissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("grantor_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "needed",
                "requested",
                "granted",
                "refused",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("partner_id <> grantor_id", name=op.f("ck_permissions_not_self")),
        *_by_interaction_fk("permissions"),
        sa.ForeignKeyConstraint(
            ["grantor_id"],
            ["partners.id"],
            name=op.f("fk_permissions_grantor_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_permissions_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_permissions")),
        sa.UniqueConstraint("partner_id", "grantor_id", name=op.f("uq_permissions_partner_id_grantor_id")),
    )
    op.create_index(
        op.f("ix_permissions_created_by_interaction_id"),
        "permissions",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(op.f("ix_permissions_grantor_id"), "permissions", ["grantor_id"], unique=False)

    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=True),
        sa.Column(
            "action",
            sa.Enum(
                "call",
                "email",
                "meeting",
                "contract",
                "other",
                name="action",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("all_day", sa.Boolean(), nullable=False),
        sa.Column("due_tz", sa.String(length=64), nullable=True),
        sa.Column("owner_user_id", sa.String(length=32), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "snoozed",
                "cancelled",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("suggested", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("snoozed_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "reminder_state",
            sa.Enum(
                "pending",
                "claimed",
                "sent",
                "failed",
                name="reminder_state",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("reminder_claimed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminder_sent_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reminder_ts", sa.String(length=32), nullable=True),
        sa.Column("reminder_error", sa.Text(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("attempts >= 0", name=op.f("ck_followups_attempts")),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_followups_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        *_by_interaction_fk("followups"),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_followups_interaction_id_interactions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_followups_partner_id_partners"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_followups")),
    )
    op.create_index(
        op.f("ix_followups_created_by_interaction_id"),
        "followups",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(op.f("ix_followups_partner_id_status"), "followups", ["partner_id", "status"], unique=False)
    op.create_index(
        op.f("ix_followups_team_id_owner_user_id_status_due_at"),
        "followups",
        ["team_id", "owner_user_id", "status", "due_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_followups_team_id_reminder_state_due_at"),
        "followups",
        ["team_id", "reminder_state", "due_at"],
        unique=False,
    )

    op.create_table(
        "interaction_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("interaction_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_interaction_contacts_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["interaction_id"],
            ["interactions.id"],
            name=op.f("fk_interaction_contacts_interaction_id_interactions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interaction_contacts")),
        sa.UniqueConstraint(
            "interaction_id",
            "contact_id",
            name=op.f("uq_interaction_contacts_interaction_id_contact_id"),
        ),
    )
    op.create_index(
        op.f("ix_interaction_contacts_contact_id"),
        "interaction_contacts",
        ["contact_id"],
        unique=False,
    )

    op.create_table(
        "partner_name_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_name_id", sa.Integer(), nullable=False),
        sa.Column(
            "key",
            sa.String(length=200).with_variant(sa.String(length=200, collation="C"), "postgresql"),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_name_id"],
            ["partner_names.id"],
            name=op.f("fk_partner_name_tokens_partner_name_id_partner_names"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_name_tokens")),
    )
    op.create_index(
        op.f("ix_partner_name_tokens_partner_name_id"),
        "partner_name_tokens",
        ["partner_name_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_partner_name_tokens_team_id_key"),
        "partner_name_tokens",
        ["team_id", "key"],
        unique=False,
    )

    op.create_table(
        "pledges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("enterprise_id", sa.String(length=32), nullable=True),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "money",
                "time",
                "advice",
                "products",
                "books",
                "other",
                name="kind",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("amount_dkk", sa.Integer(), nullable=True),
        sa.Column("quantity", sa.Integer(), nullable=True),
        sa.Column("what", sa.String(length=200), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "proposed",
                "verbal",
                "confirmed_email",
                "contract_signed",
                "delivered",
                "declined",
                "cancelled",
                name="status",
                native_enum=False,
                create_constraint=True,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.Column("evidence_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=True),
        sa.Column("created_by_interaction_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("amount_dkk IS NULL OR amount_dkk >= 0", name=op.f("ck_pledges_amount_dkk")),
        sa.CheckConstraint("quantity IS NULL OR quantity >= 0", name=op.f("ck_pledges_quantity")),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_pledges_campaign_id_campaigns"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_pledges_contact_id_contacts"),
            ondelete="SET NULL",
        ),
        *_by_interaction_fk("pledges"),
        sa.ForeignKeyConstraint(["partner_id"], ["partners.id"], name=op.f("fk_pledges_partner_id_partners")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pledges")),
    )
    op.create_index(op.f("ix_pledges_campaign_id"), "pledges", ["campaign_id"], unique=False)
    op.create_index(
        op.f("ix_pledges_created_by_interaction_id"),
        "pledges",
        ["created_by_interaction_id"],
        unique=False,
    )
    op.create_index(op.f("ix_pledges_partner_id"), "pledges", ["partner_id"], unique=False)
    if not _is_sqlite():
        for table in BY_INTERACTION_TABLES:
            op.create_foreign_key(
                op.f(_fk_name(table)),
                table,
                "interactions",
                ["created_by_interaction_id"],
                ["id"],
                ondelete="SET NULL",
            )
    for statement in SQLITE_AUDIT_TRIGGERS if _is_sqlite() else PG_AUDIT_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    """Revert this revision."""
    if _is_sqlite():
        op.execute("DROP TRIGGER audit_log_no_update")
        op.execute("DROP TRIGGER audit_log_no_delete")
    else:
        op.execute("DROP TRIGGER audit_log_no_truncate ON audit_log")
        op.execute("DROP TRIGGER audit_log_no_change ON audit_log")
        op.execute("DROP FUNCTION audit_log_append_only()")
        for table in BY_INTERACTION_TABLES:
            op.drop_constraint(op.f(_fk_name(table)), table, type_="foreignkey")
    for table in (
        "pledges",
        "partner_name_tokens",
        "interaction_contacts",
        "followups",
        "permissions",
        "partner_names",
        "partner_campaigns",
        "interactions",
        "contacts",
        "workspaces",
        "users",
        "processed_requests",
        "partners",
        "deliveries",
        "campaigns",
        "audit_log",
    ):
        op.drop_table(table)
