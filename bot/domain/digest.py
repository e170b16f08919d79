"""What a daily digest says, as plain data: overdue, today's and the coming week's follow-ups,
agreements not yet in writing, and calls without a confirming e-mail. Nothing here knows Slack.

Digests for many users are built in a handful of queries (one per section, for all recipients at
once), so a workspace of 1,000 users with 100,000 open follow-ups is one pass, not 1,000.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from bot.domain.people import language_and_timezone, valid_timezone
from bot.settings import Settings
from storage.models import (
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Partner,
    Pledge,
    PledgeKind,
    PledgeStatus,
    User,
)
from storage.scope import Workspace, in_ws

WEEK_DAYS = 7
# Calls older than this no longer nag for a confirming e-mail (the practice says "same day").
CALL_WINDOW = timedelta(days=7)
_CHUNK = 500


@dataclass(frozen=True)
class Recipient:
    """Who a message goes to, in which language and timezone."""

    user_id: str
    lang: str
    tz: str


@dataclass(frozen=True)
class DigestItem:
    """One follow-up line of a digest."""

    followup_id: int
    partner_id: int | None
    partner_name: str | None
    action: FollowUpAction
    text: str | None
    due_at: datetime
    all_day: bool
    due_tz: str | None


@dataclass(frozen=True)
class PledgeItem:
    """An agreement of the recipient's still only verbal."""

    pledge_id: int
    partner_id: int
    partner_name: str
    kind: PledgeKind
    amount_dkk: int | None
    quantity: int | None
    what: str | None


@dataclass(frozen=True)
class CallItem:
    """A call the recipient logged with no e-mail to the partner since."""

    interaction_id: int
    partner_id: int
    partner_name: str
    occurred_at: datetime


@dataclass
class Digest:
    """One user's digest for one local day."""

    recipient: Recipient
    day: date
    overdue: list[DigestItem] = field(default_factory=list)
    today: list[DigestItem] = field(default_factory=list)
    week: list[DigestItem] = field(default_factory=list)
    not_in_writing: list[PledgeItem] = field(default_factory=list)
    calls_without_email: list[CallItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to say (and so no message is sent)."""
        return not (self.overdue or self.today or self.week or self.not_in_writing or self.calls_without_email)


def recipient_of(user: User, settings: Settings) -> Recipient:
    """A user's language (override, else Slack locale, else the default) and timezone."""
    lang, tz = language_and_timezone(user.language, user.locale, user.tz, settings)
    return Recipient(user.user_id, lang, tz)  # type: ignore[arg-type]


def digest_time_of(user: User, settings: Settings) -> time:
    """The local time of day the user's digest is due."""
    if user.digest_time:
        hour, minute = user.digest_time.split(":")
        return time(int(hour), int(minute))
    return settings.digest_time


def digest_due_day(user: User, settings: Settings, now: datetime, tz: str) -> date | None:
    """The local date whose digest is due for the user at `now`, or None.

    Only today's date is ever due, so a digest missed during downtime is not sent the next day.
    Comparing wall-clock times makes a digest time skipped by spring-forward go out at 03:00,
    and one repeated by fall-back go out at its first occurrence (the key makes it once).
    """
    if not user.digest_enabled:
        return None
    local = now.astimezone(ZoneInfo(tz))
    if str(local.isoweekday()) not in (user.digest_weekdays or ""):
        return None
    if local.time() < digest_time_of(user, settings):
        return None
    return local.date()


def _chunks(values: Sequence[str]) -> Iterable[list[str] | None]:
    # For many recipients one pass over the workspace (filtered in Python) beats many IN lists,
    # each of which may scan the same rows again; None means "no owner filter".
    if len(values) > _CHUNK:
        yield None
        return
    yield list(values)


def _owned(column, owners: list[str] | None):  # noqa: ANN001, ANN202 - a SQL condition
    return column.in_(owners) if owners is not None else column.is_not(None)


def _local_day(moment: datetime, tz: str) -> date:
    return moment.astimezone(ZoneInfo(tz)).date()


def build_digests(
    session: Session, *, ws: Workspace, recipients: Sequence[Recipient], now: datetime
) -> dict[str, Digest]:
    """Build the digests of many users at `now`, each in their own timezone; keyed by user id."""
    digests = {r.user_id: Digest(r, _local_day(now, r.tz)) for r in recipients}
    if not digests:
        return digests
    users = list(digests)
    # Wide enough for every recipient's "next 7 days", whatever their timezone (UTC±14).
    horizon = now + timedelta(days=WEEK_DAYS + 2)
    for owners in _chunks(users):
        stmt = (
            select(
                FollowUp.id, FollowUp.owner_user_id, FollowUp.partner_id, Partner.name, FollowUp.action,
                FollowUp.text, FollowUp.due_at, FollowUp.all_day, FollowUp.due_tz, FollowUp.status,
                FollowUp.snoozed_until,
            )
            .outerjoin(Partner, Partner.id == FollowUp.partner_id)
            .where(
                in_ws(FollowUp, ws),
                _owned(FollowUp.owner_user_id, owners),
                FollowUp.deleted_at.is_(None),
                or_(
                    and_(FollowUp.status == FollowUpStatus.OPEN, FollowUp.due_at < horizon),
                    and_(FollowUp.status == FollowUpStatus.SNOOZED, FollowUp.snoozed_until < horizon),
                ),
            )
            .order_by(FollowUp.due_at, FollowUp.id)
        )
        for fid, owner, pid, pname, action, text, due_at, all_day, due_tz, status, snoozed in session.execute(stmt):
            digest = digests.get(owner)
            if digest is None:
                continue
            tz = digest.recipient.tz
            if status is FollowUpStatus.SNOOZED and snoozed is not None:
                # A snoozed follow-up counts from when it wakes up, at that time of day.
                due_at, all_day = snoozed, False
            item = DigestItem(fid, pid, pname, action, text, due_at, all_day, due_tz)
            # An all-day follow-up belongs to its calendar date where it was written.
            day = _local_day(due_at, due_tz if all_day and due_tz and valid_timezone(due_tz) else tz)
            if (not all_day and due_at < now) or day < digest.day:
                digest.overdue.append(item)
            elif day == digest.day:
                digest.today.append(item)
            elif day <= digest.day + timedelta(days=WEEK_DAYS):
                digest.week.append(item)
    for owners in _chunks(users):
        stmt = (
            select(
                Pledge.id, Pledge.created_by, Pledge.partner_id, Partner.name, Pledge.kind, Pledge.amount_dkk,
                Pledge.quantity, Pledge.what,
            )
            .join(Partner, Partner.id == Pledge.partner_id)
            .where(
                in_ws(Pledge, ws),
                in_ws(Partner, ws),
                _owned(Pledge.created_by, owners),
                Pledge.deleted_at.is_(None),
                Partner.deleted_at.is_(None),
                Pledge.status == PledgeStatus.VERBAL,
            )
            .order_by(Pledge.created_at, Pledge.id)
        )
        for pid, owner, partner_id, pname, kind, amount, quantity, what in session.execute(stmt):
            if owner in digests:
                digests[owner].not_in_writing.append(PledgeItem(pid, partner_id, pname, kind, amount, quantity, what))
    _add_calls_without_email(session, ws, digests, users, now)
    return digests


def _add_calls_without_email(
    session: Session, ws: Workspace, digests: dict[str, Digest], users: list[str], now: datetime
) -> None:
    since = now - CALL_WINDOW
    calls = []
    for loggers in _chunks(users):
        stmt = (
            select(Interaction.id, Interaction.logged_by, Interaction.partner_id, Partner.name, Interaction.occurred_at)
            .join(Partner, Partner.id == Interaction.partner_id)
            .where(
                in_ws(Interaction, ws),
                _owned(Interaction.logged_by, loggers),
                Interaction.kind == InteractionKind.CALL,
                Interaction.deleted_at.is_(None),
                Partner.deleted_at.is_(None),
                Interaction.occurred_at >= since,
                Interaction.occurred_at <= now,
            )
            .order_by(Interaction.occurred_at, Interaction.id)
        )
        calls.extend(row for row in session.execute(stmt) if row[1] in digests)
    if not calls:
        return
    partners = sorted({row[2] for row in calls})
    last_email: dict[int, datetime] = {}
    for start in range(0, len(partners), _CHUNK):
        stmt = (
            select(Interaction.partner_id, func.max(Interaction.occurred_at))
            .where(
                in_ws(Interaction, ws),
                Interaction.partner_id.in_(partners[start : start + _CHUNK]),
                Interaction.kind == InteractionKind.EMAIL,
                Interaction.deleted_at.is_(None),
            )
            .group_by(Interaction.partner_id)
        )
        last_email.update({pid: at for pid, at in session.execute(stmt)})
    seen: dict[str, set[int]] = defaultdict(set)
    for iid, logger, partner_id, pname, occurred_at in calls:
        emailed = last_email.get(partner_id)
        if emailed is not None and emailed >= occurred_at:
            continue
        # One line per partner: the latest call is the one the e-mail should sum up.
        if partner_id in seen[logger]:
            digests[logger].calls_without_email = [c for c in digests[logger].calls_without_email if c.partner_id != partner_id]
        seen[logger].add(partner_id)
        digests[logger].calls_without_email.append(CallItem(iid, partner_id, pname, occurred_at))
