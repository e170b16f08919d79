"""The daily digest's reads: open follow-ups, verbal agreements and recent calls of many owners at once.

`owners=None` means every owner in the workspace: for many recipients one pass filtered in Python
beats long IN lists that scan the same rows again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import and_, literal_column, select, union_all
from sqlalchemy.orm import Session

from storage.models import (
    FollowUp,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Partner,
    Pledge,
    PledgeStatus,
)
from storage.overview import email_confirms
from storage.scope import Workspace, in_ws

CHUNK = 500


def _owned(column: Any, owners: Sequence[str] | None) -> Any:
    return column.in_(list(owners)) if owners is not None else column.is_not(None)


def open_followup_rows(
    session: Session, *, ws: Workspace, owners: Sequence[str] | None, before: datetime
) -> Iterable[Any]:
    """Open follow-ups due (or snoozed until) before a moment: (id, owner, partner id, partner name,
    action, text, due_at, all_day, due_tz, status, snoozed_until, by_partner), by due time."""
    scope = in_ws(FollowUp, ws)
    if owners is None and session.get_bind().dialect.name == "sqlite":
        # The whole workspace: SQLite would walk the (team_id, owner, status, due_at) index and
        # fetch every row by rowid in index order, a random read per row whose cost grows with
        # the table (100,000 -> 300,000 follow-ups took 4.9x the time; 10x the data 28x). `+`
        # keeps the planner off that index, so it reads the table in order (3.3x for 3x).
        # PostgreSQL's planner already chooses a bitmap or sequential scan here.
        scope = and_(literal_column("+followups.team_id") == ws.team_id, *in_ws(FollowUp, ws).clauses[1:])
    columns = (
        FollowUp.id,
        FollowUp.owner_user_id,
        FollowUp.partner_id,
        Partner.name,
        FollowUp.action,
        FollowUp.text,
        FollowUp.due_at,
        FollowUp.all_day,
        FollowUp.due_tz,
        FollowUp.status,
        FollowUp.snoozed_until,
        FollowUp.by_partner,
    )

    def due(status: FollowUpStatus, moment: Any) -> Any:
        return (
            select(*columns)
            .outerjoin(Partner, Partner.id == FollowUp.partner_id)
            .where(
                scope,
                _owned(FollowUp.owner_user_id, owners),
                FollowUp.deleted_at.is_(None),
                FollowUp.status == status,
                moment < before,
            )
        )

    # Open and snoozed apart (not one OR): each then reads only its own rows by the (team, owner,
    # status, due) index, where the OR made SQLite read every follow-up of each owner.
    both = union_all(due(FollowUpStatus.OPEN, FollowUp.due_at), due(FollowUpStatus.SNOOZED, FollowUp.snoozed_until))
    ordered = select(both.subquery()).order_by(literal_column("due_at"), literal_column("id"))
    return session.execute(ordered)


def verbal_pledge_rows(session: Session, *, ws: Workspace, creators: Sequence[str] | None) -> Iterable[Any]:
    """Agreements still only verbal, of live partners: (id, created_by, partner id, partner name, kind,
    amount_dkk, quantity, what), oldest first."""
    stmt = (
        select(
            Pledge.id,
            Pledge.created_by,
            Pledge.partner_id,
            Partner.name,
            Pledge.kind,
            Pledge.amount_dkk,
            Pledge.quantity,
            Pledge.what,
        )
        .join(Partner, Partner.id == Pledge.partner_id)
        .where(
            in_ws(Pledge, ws),
            in_ws(Partner, ws),
            _owned(Pledge.created_by, creators),
            Pledge.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            Pledge.status == PledgeStatus.VERBAL,
        )
        .order_by(Pledge.created_at, Pledge.id)
    )
    return session.execute(stmt)


def call_rows(
    session: Session, *, ws: Workspace, loggers: Sequence[str] | None, since: datetime, until: datetime
) -> Iterable[Any]:
    """Calls to live partners logged in a window: (id, logged_by, partner id, partner name, occurred_at)."""
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
            Interaction.occurred_at <= until,
        )
        .order_by(Interaction.occurred_at, Interaction.id)
    )
    return session.execute(stmt)


def confirmed_by_email(session: Session, *, ws: Workspace, call_ids: Sequence[int]) -> set[int]:
    """Of these calls, those an e-mail confirmed: one logged to the partner after the call, or the
    call's own e-mail follow-up marked done (the same rule as `overview.calls_without_email`)."""
    confirmed: set[int] = set()
    scope = in_ws(Interaction, ws)
    if session.get_bind().dialect.name == "sqlite":
        # By id: on the team's index SQLite read every interaction of the workspace for each chunk.
        scope = and_(literal_column("+interactions.team_id") == ws.team_id, *scope.clauses[1:])
    for start in range(0, len(call_ids), CHUNK):
        chunk = list(call_ids[start : start + CHUNK])
        stmt = select(Interaction.id).where(scope, Interaction.id.in_(chunk), email_confirms(ws))
        confirmed.update(session.scalars(stmt))
    return confirmed
