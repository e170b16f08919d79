"""The Partnerbot schema: every table carries its workspace (team_id, enterprise_id)."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.coltypes import UTCDateTime, utcnow
from storage.names import loose_key

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Search keys are compared byte-wise so that prefix range scans use the index; SQLite's
# default BINARY collation already does this, PostgreSQL needs the "C" collation.
SearchKey = String(200).with_variant(String(200, collation="C"), "postgresql")


class Base(DeclarativeBase):
    """Declarative base with a naming convention so migrations name constraints predictably."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Stored as short strings with a CHECK constraint: portable, and adding a value is a
    # constraint change rather than an ALTER TYPE.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        values_callable=lambda e: [m.value for m in e],
        length=20,
        validate_strings=True,
    )


class PartnerKind(enum.StrEnum):
    BUSINESS = "business"
    UNION = "union"
    PUBLISHER = "publisher"
    MUNICIPAL_DEPARTMENT = "municipal_department"
    WORKPLACE = "workplace"
    SCHOOL = "school"
    ASSOCIATION = "association"
    FOUNDATION = "foundation"
    OTHER = "other"


class Stage(enum.StrEnum):
    PROSPECT = "prospect"
    CONTACTED = "contacted"
    INTERESTED = "interested"
    AGREED_VERBALLY = "agreed_verbally"
    CONFIRMED_IN_WRITING = "confirmed_in_writing"
    ACTIVE = "active"
    COMPLETED = "completed"
    DECLINED = "declined"
    PAUSED = "paused"


class Publicity(enum.StrEnum):
    PUBLIC = "public"
    NO_PUBLICITY = "no_publicity"
    ASK_FIRST = "ask_first"


class PermissionStatus(enum.StrEnum):
    NEEDED = "needed"
    REQUESTED = "requested"
    GRANTED = "granted"
    REFUSED = "refused"


class InteractionKind(enum.StrEnum):
    CALL = "call"
    MEETING = "meeting"
    EMAIL = "email"
    NOTE = "note"


class PledgeKind(enum.StrEnum):
    MONEY = "money"
    TIME = "time"
    ADVICE = "advice"
    PRODUCTS = "products"
    BOOKS = "books"
    OTHER = "other"


class PledgeStatus(enum.StrEnum):
    PROPOSED = "proposed"
    VERBAL = "verbal"
    CONFIRMED_EMAIL = "confirmed_email"
    CONTRACT_SIGNED = "contract_signed"
    DELIVERED = "delivered"
    DECLINED = "declined"
    CANCELLED = "cancelled"


IN_WRITING = frozenset({PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED, PledgeStatus.DELIVERED})


class FollowUpAction(enum.StrEnum):
    CALL = "call"
    EMAIL = "email"
    MEETING = "meeting"
    CONTRACT = "contract"
    OTHER = "other"


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    CANCELLED = "cancelled"


class ReminderState(enum.StrEnum):
    PENDING = "pending"
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"


class DeliveryStatus(enum.StrEnum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"


class AuditAction(enum.StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    ERASE = "erase"
    MERGE = "merge"
    REFUSED = "refused"


class Scoped:
    """Columns every workspace-owned row has."""

    # sort_order puts the identifying columns first in CREATE TABLE, ahead of the subclass's.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-3)
    team_id: Mapped[str] = mapped_column(String(32), sort_order=-2)
    enterprise_id: Mapped[str | None] = mapped_column(String(32), sort_order=-1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class SoftDeletable:
    """Rows that are hidden rather than removed, and remember which log created them."""

    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by: Mapped[str | None] = mapped_column(String(32))  # Slack user id
    # Lets "Undo" of one logged interaction soft-delete exactly the rows it created.
    created_by_interaction_id: Mapped[int | None] = mapped_column(
        # use_alter: partners and interactions refer to each other, so PostgreSQL needs
        # this constraint added after both tables exist.
        ForeignKey("interactions.id", ondelete="SET NULL", use_alter=True),
        index=True,
    )


class WorkspaceRecord(Base):
    """An installation of the app in a Slack workspace."""

    __tablename__ = "workspaces"
    __table_args__ = (UniqueConstraint("team_id", "enterprise_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    enterprise_id: Mapped[str | None] = mapped_column(String(32))
    name: Mapped[str | None] = mapped_column(String(200))
    installed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    uninstalled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # When an uninstalled workspace's data is to be deleted for good.
    purge_after: Mapped[datetime | None] = mapped_column(UTCDateTime)


class User(Scoped, Base):
    """A Slack user's preferences and cached profile facts."""

    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("team_id", "user_id"),
        CheckConstraint("language IN ('da', 'en')", name="language"),
        CheckConstraint("length(digest_weekdays) <= 7", name="digest_weekdays"),
    )

    user_id: Mapped[str] = mapped_column(String(32))
    tz: Mapped[str | None] = mapped_column(String(64))  # cached from Slack, e.g. Europe/Copenhagen
    locale: Mapped[str | None] = mapped_column(String(16))  # cached from Slack, e.g. da-DK
    language: Mapped[str | None] = mapped_column(String(2))  # override; NULL follows locale
    digest_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    digest_time: Mapped[str | None] = mapped_column(String(5))  # "08:30"; NULL is the default
    digest_weekdays: Mapped[str] = mapped_column(String(7), default="12345")  # ISO weekdays


class Campaign(Scoped, SoftDeletable, Base):
    """A campaign such as "Læs for mig", with an optional goal and period."""

    __tablename__ = "campaigns"
    __table_args__ = (
        Index(None, "team_id", "name"),
        CheckConstraint("goal_dkk IS NULL OR goal_dkk >= 0", name="goal_dkk"),
        CheckConstraint("ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on", name="period"),
    )

    name: Mapped[str] = mapped_column(String(200))
    goal_dkk: Mapped[int | None] = mapped_column(Integer)  # whole kroner
    starts_on: Mapped[date | None] = mapped_column(Date)
    ends_on: Mapped[date | None] = mapped_column(Date)


class Partner(Scoped, SoftDeletable, Base):
    """An organisation we partner with or hope to."""

    __tablename__ = "partners"
    __table_args__ = (Index(None, "team_id", "stage"),)

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[PartnerKind] = mapped_column(_enum(PartnerKind, "kind"), default=PartnerKind.OTHER)
    stage: Mapped[Stage] = mapped_column(_enum(Stage, "stage"), default=Stage.PROSPECT)
    publicity: Mapped[Publicity] = mapped_column(_enum(Publicity, "publicity"), default=Publicity.ASK_FIRST)
    notes: Mapped[str | None] = mapped_column(Text)
    # Set when this partner was merged into another; the row stays for the audit trail.
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))

    names: Mapped[list[PartnerName]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", passive_deletes=True
    )


def _loose_default(context: Any) -> str:
    # Rows inserted with only a key still get their loose key (see storage.names.loose_key).
    return loose_key(context.get_current_parameters()["key"])


class PartnerName(Scoped, Base):
    """A name or alias of a partner with its folded search key."""

    __tablename__ = "partner_names"
    __table_args__ = (
        Index(None, "team_id", "key"),
        Index(None, "team_id", "loose"),
        Index(None, "partner_id"),
    )

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(SearchKey)
    # names.loose_key(key): "hillerod" finds "hilleroed" by an index range scan.
    loose: Mapped[str] = mapped_column(SearchKey, default=_loose_default)
    is_alias: Mapped[bool] = mapped_column(Boolean, default=False)

    partner: Mapped[Partner] = relationship(back_populates="names")
    tokens: Mapped[list[PartnerNameToken]] = relationship(cascade="all, delete-orphan", passive_deletes=True)


class PartnerNameToken(Scoped, Base):
    """The tail of a name key from its second token on, so token prefixes are index range scans."""

    __tablename__ = "partner_name_tokens"
    __table_args__ = (
        Index(None, "team_id", "key"),
        Index(None, "team_id", "loose"),
        Index(None, "partner_name_id"),
    )

    partner_name_id: Mapped[int] = mapped_column(ForeignKey("partner_names.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(SearchKey)
    loose: Mapped[str] = mapped_column(SearchKey, default=_loose_default)


class PartnerCampaign(Scoped, Base):
    """A partner's part in a campaign."""

    __tablename__ = "partner_campaigns"
    __table_args__ = (UniqueConstraint("partner_id", "campaign_id"), Index(None, "campaign_id"))

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id", ondelete="CASCADE"))


class Permission(Scoped, SoftDeletable, Base):
    """A permission one partner must give before another may be approached."""

    __tablename__ = "permissions"
    __table_args__ = (
        UniqueConstraint("partner_id", "grantor_id"),
        Index(None, "grantor_id"),
        CheckConstraint("partner_id <> grantor_id", name="not_self"),
    )

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    grantor_id: Mapped[int] = mapped_column(ForeignKey("partners.id", ondelete="CASCADE"))
    status: Mapped[PermissionStatus] = mapped_column(_enum(PermissionStatus, "status"), default=PermissionStatus.NEEDED)
    note: Mapped[str | None] = mapped_column(Text)


class Contact(Scoped, SoftDeletable, Base):
    """A person at a partner."""

    __tablename__ = "contacts"
    __table_args__ = (Index(None, "partner_id"), Index(None, "team_id", "name_key"))
    # Personal data: the audit trail records that these changed, never their values.
    __audit_redact__ = frozenset({"name", "name_key", "email", "phone", "notes"})

    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(SearchKey, default="")
    role: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320))
    phone: Mapped[str | None] = mapped_column(String(64))
    is_decision_maker: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Interaction(Scoped, SoftDeletable, Base):
    """A logged call, meeting, e-mail or note, with its raw text and what was understood."""

    __tablename__ = "interactions"
    __table_args__ = (
        Index(None, "partner_id", "occurred_at"),
        Index(None, "team_id", "occurred_at"),
        # "Was this call confirmed by a later e-mail to the partner?" (storage.overview.email_confirms)
        Index(None, "team_id", "partner_id", "kind", "occurred_at"),
    )
    __audit_redact__ = frozenset({"raw_text", "understood"})

    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    kind: Mapped[InteractionKind] = mapped_column(_enum(InteractionKind, "kind"))
    logged_by: Mapped[str] = mapped_column(String(32))  # Slack user id
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    raw_text: Mapped[str] = mapped_column(Text, default="")
    understood: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    slack_channel: Mapped[str | None] = mapped_column(String(32))
    slack_ts: Mapped[str | None] = mapped_column(String(32))


class InteractionContact(Scoped, Base):
    """A contact taking part in or mentioned by an interaction."""

    __tablename__ = "interaction_contacts"
    __table_args__ = (UniqueConstraint("interaction_id", "contact_id"), Index(None, "contact_id"))

    interaction_id: Mapped[int] = mapped_column(ForeignKey("interactions.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))


class Pledge(Scoped, SoftDeletable, Base):
    """An ask and what came of it: money, time, advice, products, books or other."""

    __tablename__ = "pledges"
    __table_args__ = (
        Index(None, "partner_id"),
        Index(None, "campaign_id"),
        CheckConstraint("amount_dkk IS NULL OR amount_dkk >= 0", name="amount_dkk"),
        CheckConstraint("quantity IS NULL OR quantity >= 0", name="quantity"),
    )

    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    kind: Mapped[PledgeKind] = mapped_column(_enum(PledgeKind, "kind"))
    amount_dkk: Mapped[int | None] = mapped_column(Integer)  # whole kroner
    quantity: Mapped[int | None] = mapped_column(Integer)
    what: Mapped[str | None] = mapped_column(String(200))  # e.g. "læsebamser"
    # Estimated value of an in-kind gift in whole kroner; never counted as cash (amount_dkk).
    value_dkk: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[PledgeStatus] = mapped_column(_enum(PledgeStatus, "status"), default=PledgeStatus.PROPOSED)
    # What shows the agreement is in writing: a Slack permalink, an e-mail subject, a file.
    evidence: Mapped[str | None] = mapped_column(Text)
    evidence_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @property
    def in_writing(self) -> bool:
        """Tell whether the agreement is confirmed in writing."""
        return self.status in IN_WRITING


class FollowUp(Scoped, SoftDeletable, Base):
    """A promised action with an owner, a due time and the state of its reminder."""

    __tablename__ = "followups"
    __table_args__ = (
        # A person's follow-ups by status and due time, carrying every column the daily digest shows:
        # the digest reads them from the index alone, so each person's rows are read together
        # instead of one table page per row scattered over the table (migration 0009).
        Index(
            "ix_followups_owner_digest",
            "team_id",
            "owner_user_id",
            "status",
            "due_at",
            "deleted_at",
            "enterprise_id",
            "snoozed_until",
            "id",
            "partner_id",
            "action",
            "all_day",
            "due_tz",
            "by_partner",
            "text",
        ),
        Index(None, "partner_id", "status"),
        Index(None, "team_id", "reminder_state", "due_at"),
        Index(None, "interaction_id"),
        CheckConstraint("attempts >= 0", name="attempts"),
    )

    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    # The interaction the follow-up came from (may differ from created_by_interaction_id
    # when a follow-up is added by hand to an old log).
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interactions.id", ondelete="SET NULL"))
    action: Mapped[FollowUpAction] = mapped_column(_enum(FollowUpAction, "action"))
    text: Mapped[str | None] = mapped_column(Text)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # An all-day follow-up is due at local midnight in due_tz; the tz is kept to render the date.
    all_day: Mapped[bool] = mapped_column(Boolean, default=False)
    due_tz: Mapped[str | None] = mapped_column(String(64))
    owner_user_id: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[FollowUpStatus] = mapped_column(_enum(FollowUpStatus, "status"), default=FollowUpStatus.OPEN)
    suggested: Mapped[bool] = mapped_column(Boolean, default=False)  # added by the practice
    # The partner promised it ("de sender logoet i morgen"): we wait for them, it is not our task.
    by_partner: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminder_state: Mapped[ReminderState] = mapped_column(
        _enum(ReminderState, "reminder_state"), default=ReminderState.PENDING
    )
    reminder_claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminder_ts: Mapped[str | None] = mapped_column(String(32))  # Slack message ts
    reminder_error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class Delivery(Scoped, Base):
    """A message the bot sends at most once, keyed per workspace (e.g. "digest:U123:2026-03-10")."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("team_id", "idempotency_key"), Index(None, "created_at"))

    idempotency_key: Mapped[str] = mapped_column(String(200))
    channel: Mapped[str | None] = mapped_column(String(32))
    slack_ts: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[DeliveryStatus] = mapped_column(_enum(DeliveryStatus, "status"), default=DeliveryStatus.PENDING)
    error: Mapped[str | None] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class TeamDigest(Scoped, Base):
    """A workspace's weekly summary for the campaign team, posted in one channel.

    By default the digest names only partners whose publicity is explicitly public. `names_all`
    is set only by a workspace admin (or PRIVACY_ADMINS), and only for a channel Slack said was
    private and not shared outside the organisation; `shared_outside` is what Slack last said
    (true: public or shared, so only public partners are named whatever names_all says).
    """

    __tablename__ = "team_digests"
    # One team digest per workspace; Slack team ids are unique across enterprises.
    __table_args__ = (
        UniqueConstraint("team_id"),
        CheckConstraint("weekday BETWEEN 1 AND 7", name="weekday"),
    )

    channel_id: Mapped[str] = mapped_column(String(32))
    shared_outside: Mapped[bool] = mapped_column(Boolean, default=True)
    names_all: Mapped[bool] = mapped_column(Boolean, default=False)
    weekday: Mapped[int] = mapped_column(Integer, default=1)  # ISO weekday, 1 = Monday
    time: Mapped[str] = mapped_column(String(5))  # local "HH:MM"
    tz: Mapped[str] = mapped_column(String(64))
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_by: Mapped[str | None] = mapped_column(String(32))  # Slack user id


class ProcessedRequest(Base):
    """A request id already handled, so a replayed Slack retry is recognised."""

    __tablename__ = "processed_requests"
    __table_args__ = (UniqueConstraint("team_id", "key"), Index(None, "created_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    enterprise_id: Mapped[str | None] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class AuditLog(Base):
    """One create, change, delete, restore, erasure, merge or refusal; append-only in the database."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index(None, "team_id", "entity_type", "entity_id"),
        Index(None, "team_id", "at"),
        Index(None, "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32))
    enterprise_id: Mapped[str | None] = mapped_column(String(32))
    actor: Mapped[str | None] = mapped_column(String(32))  # Slack user id, or None for the system
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    action: Mapped[AuditAction] = mapped_column(_enum(AuditAction, "action"))
    entity_type: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    changes: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Heartbeat(Base):
    """When a long-running process (the scheduler) last ticked, for /healthz of every web process.

    Operational, not workspace data: one row per process role, no team_id.
    """

    __tablename__ = "heartbeats"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    pid: Mapped[int | None] = mapped_column(Integer)


class KnownVersion(Base):
    """How often a workspace's known names (partners' names and aliases, contacts and roles) changed.

    Bumped by every unit of work that changes them (storage/known.py), read by every log, so a
    process's cache of the names is reloaded when another process changed them. Keyed by one
    string, not team_id: a purge must not reset the count (a cache made at the old count would
    look current again); purge_workspace bumps it instead.
    """

    __tablename__ = "known_versions"

    scope: Mapped[str] = mapped_column(String(80), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


# slack-sdk's OAuth tables belong to the same metadata, so migrations and checks cover them.
from storage import slack_tables  # noqa: E402,F401
