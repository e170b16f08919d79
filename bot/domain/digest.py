"""What a daily digest says, as plain data: overdue, today's and the coming week's follow-ups,
agreements not yet in writing, and calls without a confirming e-mail. Nothing here knows Slack.

Digests for many users are built in a handful of queries (one per section, for all recipients at
once), so a workspace of 1,000 users with 100,000 open follow-ups is one pass, not 1,000.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, NamedTuple
from zoneinfo import ZoneInfo

from bot.domain.people import language_and_timezone, valid_timezone
from bot.domain.practice import CONFIRMING_EMAIL_WINDOW
from bot.settings import Settings
from storage.digests import (
    CHUNK,
    call_rows,
    confirmed_by_email,
    open_followup_rows,
    verbal_pledge_rows,
)
from storage.models import (
    FollowUpAction,
    FollowUpStatus,
    PledgeKind,
    User,
)
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

WEEK_DAYS = 7


class Recipient(NamedTuple):
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


class PledgeItem(NamedTuple):
    """An agreement of the recipient's still only verbal."""

    pledge_id: int
    partner_id: int
    partner_name: str
    kind: PledgeKind
    amount_dkk: int | None
    quantity: int | None
    what: str | None


class CallItem(NamedTuple):
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
    theirs: list[DigestItem] = field(default_factory=list)  # what partners promised, we wait for
    not_in_writing: list[PledgeItem] = field(default_factory=list)
    calls_without_email: list[CallItem] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when there is nothing to say (and so no message is sent)."""
        return not (
            self.overdue or self.today or self.week or self.theirs or self.not_in_writing or self.calls_without_email
        )


def recipient_of(user: User, settings: Settings) -> Recipient:
    """A user's language (override, else Slack locale, else the default) and timezone."""
    lang, tz = language_and_timezone(user.language, user.locale, user.tz, settings)
    return Recipient(user.user_id, lang, tz)


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
    if len(values) > CHUNK:
        yield None
        return
    yield list(values)


def _local_day(moment: datetime, tz: str) -> date:
    return moment.astimezone(ZoneInfo(tz)).date()


@dataclass
class SideLists:
    """What a digest shows besides follow-ups, per user: agreements not yet in writing and calls no
    e-mail confirmed. Read for all of a sweep's recipients in one pass, then handed to each batch."""

    not_in_writing: dict[str, list[PledgeItem]] = field(default_factory=dict)
    calls_without_email: dict[str, list[CallItem]] = field(default_factory=dict)


def side_lists(session: Session, *, ws: Workspace, users: Sequence[str], now: datetime) -> SideLists:
    """The side lists of these users at `now` (one pass over the workspace for many users)."""
    wanted = set(users)
    lists = SideLists()
    for owners in _chunks(users):
        for pid, owner, partner_id, pname, kind, amount, quantity, what in verbal_pledge_rows(
            session, ws=ws, creators=owners
        ):
            if owner in wanted:
                lists.not_in_writing.setdefault(owner, []).append(
                    PledgeItem(pid, partner_id, pname, kind, amount, quantity, what)
                )
    calls: list[Any] = []
    for loggers in _chunks(users):
        rows = call_rows(session, ws=ws, loggers=loggers, since=now - CONFIRMING_EMAIL_WINDOW, until=now)
        calls.extend(row for row in rows if row[1] in wanted)
    if not calls:
        return lists
    confirmed = confirmed_by_email(session, ws=ws, call_ids=[row[0] for row in calls])
    for iid, logger, partner_id, pname, occurred_at in calls:
        if iid in confirmed:
            continue
        # One line per partner: the latest call is the one the e-mail should sum up.
        mine = [c for c in lists.calls_without_email.get(logger, []) if c.partner_id != partner_id]
        lists.calls_without_email[logger] = [*mine, CallItem(iid, partner_id, pname, occurred_at)]
    return lists


def build_digests(
    session: Session,
    *,
    ws: Workspace,
    recipients: Sequence[Recipient],
    now: datetime,
    lists: SideLists | None = None,
) -> dict[str, Digest]:
    """Build the digests of many users at `now`, each in their own timezone; keyed by user id.

    lists: the side lists read once for a whole sweep (side_lists); read here for these users if None.
    """
    digests = {r.user_id: Digest(r, _local_day(now, r.tz)) for r in recipients}
    if not digests:
        return digests
    users = list(digests)
    # Wide enough for every recipient's "next 7 days", whatever their timezone (UTC±14).
    horizon = now + timedelta(days=WEEK_DAYS + 2)
    for owners in _chunks(users):
        rows = open_followup_rows(session, ws=ws, owners=owners, before=horizon)
        for fid, owner, pid, pname, action, text, due_at, all_day, due_tz, status, snoozed, by_partner in rows:
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
            if by_partner:
                if day <= digest.day + timedelta(days=WEEK_DAYS):
                    digest.theirs.append(item)
                continue
            if (not all_day and due_at < now) or day < digest.day:
                digest.overdue.append(item)
            elif day == digest.day:
                digest.today.append(item)
            elif day <= digest.day + timedelta(days=WEEK_DAYS):
                digest.week.append(item)
    if lists is None:
        lists = side_lists(session, ws=ws, users=users, now=now)
    for user, digest in digests.items():
        digest.not_in_writing = list(lists.not_in_writing.get(user, ()))
        digest.calls_without_email = list(lists.calls_without_email.get(user, ()))
    return digests
