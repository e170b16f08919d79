"""Follow-ups: promised actions with an owner and a due time, and their reminder delivery state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, or_, select, update
from sqlalchemy.orm import Session

from storage import _common
from storage.coltypes import require_aware, utcnow
from storage.models import (
    Contact,
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    ReminderState,
)
from storage.partners import require_partner
from storage.scope import Workspace, in_ws

OPEN = (FollowUpStatus.OPEN, FollowUpStatus.SNOOZED)
# A claim older than this is taken to belong to a worker that died mid-send.
STALE_CLAIM = timedelta(minutes=10)
MAX_ATTEMPTS = 5


def create_followup(
    session: Session,
    *,
    ws: Workspace,
    action: FollowUpAction,
    due_at: datetime,
    owner_user_id: str | None,
    all_day: bool = False,
    due_tz: str | None = None,
    text: str | None = None,
    partner_id: int | None = None,
    contact_id: int | None = None,
    interaction_id: int | None = None,
    suggested: bool = False,
    created_by: str | None = None,
    created_by_interaction_id: int | None = None,
    by_partner: bool = False,
    flush: bool = True,
) -> FollowUp:
    """Add a follow-up; due_at must be aware (an all-day one is local midnight in due_tz).

    flush=False leaves the INSERT to the caller's next flush, so several go in one round trip.
    """
    require_aware(due_at)
    if partner_id is not None:
        require_partner(session, ws=ws, partner_id=partner_id)
    if contact_id is not None:
        _common.require_scoped(session, Contact, ws=ws, id=contact_id)
    if interaction_id is not None:
        _common.require_scoped(session, Interaction, ws=ws, id=interaction_id)
    followup = FollowUp(
        **ws.stamp(),
        action=FollowUpAction(action),
        due_at=due_at,
        all_day=all_day,
        due_tz=due_tz,
        text=text,
        owner_user_id=owner_user_id,
        partner_id=partner_id,
        contact_id=contact_id,
        interaction_id=interaction_id,
        suggested=suggested,
        created_by=created_by,
        created_by_interaction_id=created_by_interaction_id,
        by_partner=by_partner,
    )
    session.add(followup)
    if flush:
        session.flush()
    return followup


def get_followup(
    session: Session, *, ws: Workspace, followup_id: int | None, include_deleted: bool = False
) -> FollowUp | None:
    """Return the follow-up with this id in the workspace, or None."""
    return _common.get_scoped(session, FollowUp, ws=ws, id=followup_id, include_deleted=include_deleted)


def open_followups(
    session: Session,
    *,
    ws: Workspace,
    owner_user_id: str | None = None,
    partner_id: int | None = None,
    due_after: datetime | None = None,
    due_before: datetime | None = None,
    limit: int = 100,
) -> list[FollowUp]:
    """Return open or snoozed follow-ups, soonest first, by owner, partner and due window."""
    stmt = select(FollowUp).where(in_ws(FollowUp, ws), FollowUp.status.in_(OPEN), FollowUp.deleted_at.is_(None))
    if owner_user_id is not None:
        stmt = stmt.where(FollowUp.owner_user_id == owner_user_id)
    if partner_id is not None:
        stmt = stmt.where(FollowUp.partner_id == partner_id)
    if due_after is not None:
        stmt = stmt.where(FollowUp.due_at >= due_after)
    if due_before is not None:
        stmt = stmt.where(FollowUp.due_at < due_before)
    return list(session.scalars(stmt.order_by(FollowUp.due_at, FollowUp.id).limit(limit)))


def _set_status(session: Session, ws: Workspace, followup_id: int, status: FollowUpStatus) -> FollowUp:
    followup = _common.require_scoped(session, FollowUp, ws=ws, id=followup_id)
    followup.status = status
    followup.done_at = utcnow() if status is FollowUpStatus.DONE else None
    session.flush()
    return followup


def complete_followup(session: Session, *, ws: Workspace, followup_id: int) -> FollowUp:
    """Mark a follow-up done."""
    return _set_status(session, ws, followup_id, FollowUpStatus.DONE)


def cancel_followup(session: Session, *, ws: Workspace, followup_id: int) -> FollowUp:
    """Mark a follow-up cancelled."""
    return _set_status(session, ws, followup_id, FollowUpStatus.CANCELLED)


def snooze_followup(session: Session, *, ws: Workspace, followup_id: int, until: datetime) -> FollowUp:
    """Snooze a follow-up; its reminder is sent again at `until`."""
    require_aware(until)
    followup = _common.require_scoped(session, FollowUp, ws=ws, id=followup_id)
    followup.status = FollowUpStatus.SNOOZED
    followup.snoozed_until = until
    followup.reminder_state = ReminderState.PENDING
    followup.reminder_error = None
    session.flush()
    return followup


def reschedule_followup(
    session: Session,
    *,
    ws: Workspace,
    followup_id: int,
    due_at: datetime,
    all_day: bool = False,
    due_tz: str | None = None,
) -> FollowUp:
    """Move a follow-up to another due time; its reminder goes out again."""
    require_aware(due_at)
    followup = _common.require_scoped(session, FollowUp, ws=ws, id=followup_id)
    followup.due_at, followup.all_day = due_at, all_day
    followup.due_tz = due_tz or followup.due_tz
    followup.status = FollowUpStatus.OPEN
    followup.snoozed_until = None
    followup.reminder_state = ReminderState.PENDING
    session.flush()
    return followup


def soft_delete_followup(session: Session, *, ws: Workspace, followup_id: int) -> FollowUp:
    """Hide a follow-up; restore_followup undoes it."""
    return _common.soft_delete(session, FollowUp, ws=ws, id=followup_id)


def restore_followup(session: Session, *, ws: Workspace, followup_id: int) -> FollowUp:
    """Undo soft_delete_followup."""
    return _common.restore(session, FollowUp, ws=ws, id=followup_id)


# ----- the reminder sweep's claim/record steps (see bot/domain/reminders.py for the protocol) ---------
# These use Core UPDATEs: the reminder bookkeeping is operational state, like deliveries, and
# would only fill the audit trail with noise. While a reminder is FAILED, reminder_claimed_at
# holds the earliest time it may be retried (the backoff), so one indexable column says
# "claimable from".


@dataclass(frozen=True)
class ReminderClaim:
    """A follow-up whose reminder this worker now owns, with what the previous attempt left."""

    followup_id: int
    claimed_at: datetime
    attempts: int
    previous_error: str | None
    was_claimed: bool  # a stale claim was taken over: its send may or may not have happened


def _reminder_due(now: datetime, lead: timedelta) -> ColumnElement[bool]:
    return or_(
        (FollowUp.status == FollowUpStatus.OPEN) & FollowUp.all_day.is_(False) & (FollowUp.due_at <= now + lead),
        (FollowUp.status == FollowUpStatus.SNOOZED) & (FollowUp.snoozed_until <= now),
    )


def _reminder_claimable(now: datetime, stale: timedelta) -> ColumnElement[bool]:
    return or_(
        FollowUp.reminder_state == ReminderState.PENDING,
        (FollowUp.reminder_state == ReminderState.CLAIMED) & (FollowUp.reminder_claimed_at < now - stale),
        (FollowUp.reminder_state == ReminderState.FAILED) & (FollowUp.reminder_claimed_at <= now),
    )


def claim_reminders(
    session: Session,
    *,
    ws: Workspace,
    now: datetime,
    lead: timedelta,
    limit: int = 50,
    stale: timedelta = STALE_CLAIM,
) -> list[ReminderClaim]:
    """Claim timed follow-ups due within `lead` (and snoozes that ran out) for this worker.

    PostgreSQL: FOR UPDATE SKIP LOCKED, so a second scheduler skips rows being claimed; SQLite:
    the unit of work begins IMMEDIATE (the write lock), and the UPDATE repeats the condition.
    """
    require_aware(now)
    stmt = (
        select(FollowUp.id, FollowUp.reminder_state, FollowUp.reminder_error, FollowUp.attempts)
        .where(
            in_ws(FollowUp, ws),
            FollowUp.deleted_at.is_(None),
            FollowUp.owner_user_id.is_not(None),
            _reminder_due(now, lead),
            _reminder_claimable(now, stale),
        )
        .order_by(FollowUp.due_at, FollowUp.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    claims = []
    for followup_id, state, error, attempts in session.execute(stmt).all():
        won = _common.affected(
            session.execute(
                update(FollowUp)
                .where(FollowUp.id == followup_id, _reminder_claimable(now, stale))
                .values(
                    reminder_state=ReminderState.CLAIMED,
                    reminder_claimed_at=now,
                    attempts=FollowUp.attempts + 1,
                )
                .execution_options(synchronize_session=False)
            )
        )
        if won:
            claims.append(ReminderClaim(followup_id, now, attempts + 1, error, state is ReminderState.CLAIMED))
    return claims


def _still_our_claim(ws: Workspace, followup_id: int, claimed_at: datetime) -> tuple[Any, ...]:
    """The conditions under which a claimed reminder is still the claimer's to record."""
    return (
        in_ws(FollowUp, ws),
        FollowUp.id == followup_id,
        FollowUp.reminder_state == ReminderState.CLAIMED,
        FollowUp.reminder_claimed_at == claimed_at,
    )


def record_reminder_sent(
    session: Session,
    *,
    ws: Workspace,
    followup_id: int,
    claimed_at: datetime,
    slack_ts: str | None,
    now: datetime,
) -> bool:
    """Mark a claimed reminder sent with its Slack ts; False if the claim was no longer ours."""
    result = session.execute(
        update(FollowUp)
        .where(*_still_our_claim(ws, followup_id, claimed_at))
        .values(
            reminder_state=ReminderState.SENT,
            reminder_sent_at=now,
            reminder_ts=slack_ts,
            reminder_error=None,
            # A snooze that went off makes the follow-up plainly open again.
            status=case(
                (FollowUp.status == FollowUpStatus.SNOOZED, FollowUpStatus.OPEN),
                else_=FollowUp.status,
            ),
        )
        .execution_options(synchronize_session=False)
    )
    return bool(_common.affected(result))


def record_reminder_failed(
    session: Session,
    *,
    ws: Workspace,
    followup_id: int,
    claimed_at: datetime,
    error: str,
    retry_at: datetime,
) -> bool:
    """Give a claimed reminder back as FAILED, to be retried from retry_at; nothing is dropped."""
    result = session.execute(
        update(FollowUp)
        .where(*_still_our_claim(ws, followup_id, claimed_at))
        .values(
            reminder_state=ReminderState.FAILED,
            reminder_claimed_at=retry_at,
            reminder_error=error[:2000],
        )
        .execution_options(synchronize_session=False)
    )
    return bool(_common.affected(result))


def release_reminder(session: Session, *, ws: Workspace, followup_id: int, claimed_at: datetime) -> bool:
    """Hand back a claim without counting it as sent (e.g. the follow-up changed meanwhile)."""
    result = session.execute(
        update(FollowUp)
        .where(*_still_our_claim(ws, followup_id, claimed_at))
        .values(reminder_state=ReminderState.SENT, reminder_error="skipped")
        .execution_options(synchronize_session=False)
    )
    return bool(_common.affected(result))


def workspaces_with_pending_reminders(session: Session) -> list[Workspace]:
    """Workspaces with an owned follow-up whose reminder is not sent yet (owners may never have used a command)."""
    rows = session.execute(
        select(FollowUp.team_id, FollowUp.enterprise_id)
        .where(FollowUp.reminder_state != ReminderState.SENT, FollowUp.owner_user_id.is_not(None))
        .distinct()
    )
    return [Workspace(team, enterprise) for team, enterprise in rows]


def owners_due_between(session: Session, *, ws: Workspace, start: datetime, end: datetime) -> list[str | None]:
    """The owner of every open follow-up due (or snoozed until) in [start, end); None for unowned ones."""
    return list(
        session.scalars(
            select(FollowUp.owner_user_id).where(
                in_ws(FollowUp, ws),
                FollowUp.deleted_at.is_(None),
                or_(
                    and_(FollowUp.status == FollowUpStatus.OPEN, FollowUp.due_at >= start, FollowUp.due_at < end),
                    and_(
                        FollowUp.status == FollowUpStatus.SNOOZED,
                        FollowUp.snoozed_until >= start,
                        FollowUp.snoozed_until < end,
                    ),
                ),
            )
        ).all()
    )


def followups_by_id(session: Session, *, ws: Workspace, followup_ids: list[int]) -> list[FollowUp]:
    """The workspace's follow-ups among these ids (deleted ones too)."""
    if not followup_ids:
        return []
    return list(session.scalars(select(FollowUp).where(in_ws(FollowUp, ws), FollowUp.id.in_(followup_ids))))
