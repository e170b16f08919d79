"""Open follow-ups by urgency: overdue, today and the coming week, in the reader's timezone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from storage import overview as queries
from storage.models import (
    FollowUp,
    FollowUpStatus,
)
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DUE_HORIZON_DAYS = 7


OVERDUE, TODAY, WEEK = "overdue", "today", "week"
# What the partner promised (we wait for them), shown apart from our own tasks.
THEIRS = "theirs"


@dataclass(frozen=True)
class DueItem:
    """An open follow-up placed in a bucket, with the moment it is due (after any snooze)."""

    followup: FollowUp
    partner_name: str | None
    due: datetime
    all_day: bool
    bucket: str


@dataclass
class DueBuckets:
    """Open follow-ups by urgency, each bucket soonest first."""

    overdue: list[DueItem] = field(default_factory=list)
    today: list[DueItem] = field(default_factory=list)
    week: list[DueItem] = field(default_factory=list)
    theirs: list[DueItem] = field(default_factory=list)

    def items(self) -> list[DueItem]:
        """All items, overdue first; what we wait for from partners last."""
        return [*self.overdue, *self.today, *self.week, *self.theirs]

    def __len__(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.week) + len(self.theirs)


def effective_due(followup: FollowUp) -> tuple[datetime, bool]:
    """When a follow-up is due now: its snooze time if snoozed, else its due time (and all-day flag)."""
    if followup.status == FollowUpStatus.SNOOZED and followup.snoozed_until is not None:
        return followup.snoozed_until, False
    return followup.due_at, bool(followup.all_day)


def bucket_of(
    due: datetime,
    all_day: bool,
    *,
    now: datetime,
    tz: str,
    due_tz: str | None = None,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> str | None:
    """overdue, today or week for a due moment as the reader in tz sees it; None if later."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    if all_day:
        # An all-day follow-up is due on the calendar date it was written for.
        day = due.astimezone(ZoneInfo(due_tz or tz)).date()
        if day < today:
            return OVERDUE
    else:
        if due < now:
            return OVERDUE
        day = due.astimezone(zone).date()
    if day == today:
        return TODAY
    if day <= today + timedelta(days=horizon_days):
        return WEEK
    return None


def due_horizon(now: datetime, tz: str, horizon_days: int = DUE_HORIZON_DAYS) -> datetime:
    """Local midnight after the last day the due list covers."""
    zone = ZoneInfo(tz)
    last = now.astimezone(zone).date() + timedelta(days=horizon_days + 1)
    return datetime.combine(last, time(0, 0), tzinfo=zone)


def due_buckets(
    followups: Iterable[FollowUp],
    partner_names: dict[int, str],
    *,
    now: datetime,
    tz: str,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> DueBuckets:
    """Sort open follow-ups into overdue, today and the coming week, in the reader's timezone."""
    out = DueBuckets()
    for f in followups:
        due, all_day = effective_due(f)
        bucket = bucket_of(due, all_day, now=now, tz=tz, due_tz=f.due_tz, horizon_days=horizon_days)
        if bucket is None:
            continue
        name = partner_names.get(f.partner_id) if f.partner_id is not None else None
        if getattr(f, "by_partner", False):
            out.theirs.append(DueItem(f, name, due, all_day, THEIRS))
            continue
        getattr(out, bucket).append(DueItem(f, name, due, all_day, bucket))
    for items in (out.overdue, out.today, out.week, out.theirs):
        items.sort(key=lambda item: (item.due, item.followup.id))
    return out


def due_overview(
    session: Session,
    *,
    ws: Workspace,
    owner_user_id: str | None,
    now: datetime,
    tz: str,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> DueBuckets:
    """A person's (or, with owner None, the team's) open follow-ups: overdue, today, coming week."""
    # A day of slack: all-day follow-ups are stored at midnight in their writer's timezone.
    before = due_horizon(now, tz, horizon_days) + timedelta(days=1)
    followups = queries.open_followups_due(session, ws=ws, owner_user_id=owner_user_id, before=before)
    partners = queries.partners_by_id(session, ws=ws, partner_ids=(f.partner_id for f in followups))
    names = {pid: p.name for pid, p in partners.items()}
    return due_buckets(followups, names, now=now, tz=tz, horizon_days=horizon_days)
