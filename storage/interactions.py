"""Interactions: logged calls, meetings, e-mails and notes, and undoing one log."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage import _common
from storage.coltypes import utcnow
from storage.in_hand import created_here, rows_in_hand
from storage.models import (
    Campaign,
    Contact,
    FollowUp,
    Interaction,
    InteractionContact,
    InteractionKind,
    Partner,
    Permission,
    Pledge,
)
from storage.partners import require_partner
from storage.scope import Workspace, in_ws

# Everything a log can create; "Undo" soft-deletes the rows that name the log as their origin.
CREATED_BY_LOG = (Partner, Contact, Pledge, FollowUp, Campaign, Permission, Interaction)


def log_interaction(
    session: Session,
    *,
    ws: Workspace,
    kind: InteractionKind,
    logged_by: str,
    raw_text: str,
    occurred_at: datetime | None = None,
    partner_id: int | None = None,
    campaign_id: int | None = None,
    contact_ids: Iterable[int] = (),
    understood: dict[str, Any] | None = None,
    slack_channel: str | None = None,
    slack_ts: str | None = None,
) -> Interaction:
    """Store one logged interaction with its raw text and what was understood from it."""
    if partner_id is not None:
        require_partner(session, ws=ws, partner_id=partner_id)
    if campaign_id is not None:
        _common.require_scoped(session, Campaign, ws=ws, id=campaign_id)
    interaction = Interaction(
        **ws.stamp(),
        kind=InteractionKind(kind),
        logged_by=logged_by,
        created_by=logged_by,
        occurred_at=occurred_at or utcnow(),
        raw_text=raw_text,
        understood=understood,
        partner_id=partner_id,
        campaign_id=campaign_id,
        slack_channel=slack_channel,
        slack_ts=slack_ts,
    )
    session.add(interaction)
    session.flush()
    for contact_id in dict.fromkeys(contact_ids):
        link_contact(session, ws=ws, interaction_id=interaction.id, contact_id=contact_id)
    return interaction


def link_contact(session: Session, *, ws: Workspace, interaction_id: int, contact_id: int) -> None:
    """Record that a contact took part in (or is mentioned by) an interaction."""
    _common.require_scoped(session, Interaction, ws=ws, id=interaction_id)
    _common.require_scoped(session, Contact, ws=ws, id=contact_id)
    exists: int | None = None
    links = None
    if created_here(session, interaction_id):  # a log written in this unit of work: its links are in hand
        session.flush()
        links = rows_in_hand(session, InteractionContact)
    if links is not None:
        exists = next(
            (1 for link in links if (link.interaction_id, link.contact_id) == (interaction_id, contact_id)), None
        )
    else:
        exists = session.scalar(
            select(InteractionContact.id).where(
                in_ws(InteractionContact, ws),
                InteractionContact.interaction_id == interaction_id,
                InteractionContact.contact_id == contact_id,
            )
        )
    if exists is None:
        session.add(InteractionContact(**ws.stamp(), interaction_id=interaction_id, contact_id=contact_id))
        session.flush()


def get_interaction(
    session: Session, *, ws: Workspace, interaction_id: int | None, include_deleted: bool = False
) -> Interaction | None:
    """Return the interaction with this id in the workspace, or None."""
    return _common.get_scoped(session, Interaction, ws=ws, id=interaction_id, include_deleted=include_deleted)


def recent_interactions(session: Session, *, ws: Workspace, partner_id: int, limit: int = 5) -> list[Interaction]:
    """Return a partner's latest live interactions, newest first."""
    stmt = (
        select(Interaction)
        .where(
            in_ws(Interaction, ws),
            Interaction.partner_id == partner_id,
            Interaction.deleted_at.is_(None),
        )
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def last_contact_at(session: Session, *, ws: Workspace, partner_id: int) -> datetime | None:
    """Return when the partner was last called, met or written to (notes do not count)."""
    stmt = select(func.max(Interaction.occurred_at)).where(
        in_ws(Interaction, ws),
        Interaction.partner_id == partner_id,
        Interaction.deleted_at.is_(None),
        Interaction.kind != InteractionKind.NOTE,
    )
    return session.scalar(stmt)


def _created_by(session: Session, ws: Workspace, interaction_id: int) -> list[Any]:
    rows: list[Any] = []
    for model in CREATED_BY_LOG:
        m: Any = model
        rows.extend(session.scalars(select(model).where(in_ws(m, ws), m.created_by_interaction_id == interaction_id)))
    return rows


def undo_log(session: Session, *, ws: Workspace, interaction_id: int) -> dict[str, int]:
    """Soft-delete one log and exactly the rows it created; return counts per table."""
    interaction = _common.require_scoped(session, Interaction, ws=ws, id=interaction_id)
    now = utcnow()
    counts: dict[str, int] = {}
    for row in [interaction, *_created_by(session, ws, interaction.id)]:
        if row.deleted_at is None:
            row.deleted_at = now
            counts[row.__tablename__] = counts.get(row.__tablename__, 0) + 1
    session.flush()
    return counts


def redo_log(session: Session, *, ws: Workspace, interaction_id: int) -> dict[str, int]:
    """Undo undo_log: restore the log and the rows it created."""
    interaction = _common.require_scoped(session, Interaction, ws=ws, id=interaction_id, include_deleted=True)
    counts: dict[str, int] = {}
    for row in [interaction, *_created_by(session, ws, interaction.id)]:
        # A row erased for GDPR stays erased.
        if row.deleted_at is not None and getattr(row, "erased_at", None) is None:
            row.deleted_at = None
            counts[row.__tablename__] = counts.get(row.__tablename__, 0) + 1
    session.flush()
    return counts


def soft_delete_interaction(session: Session, *, ws: Workspace, interaction_id: int) -> Interaction:
    """Hide one interaction (not what it created; see undo_log)."""
    return _common.soft_delete(session, Interaction, ws=ws, id=interaction_id)


def latest_interaction(session: Session, *, ws: Workspace, partner_id: int) -> Interaction | None:
    """The partner's most recent live interaction."""
    return session.scalars(
        select(Interaction)
        .where(in_ws(Interaction, ws), Interaction.partner_id == partner_id, Interaction.deleted_at.is_(None))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(1)
    ).first()


def interactions_between(
    session: Session, *, ws: Workspace, start: datetime, end: datetime
) -> list[tuple[InteractionKind, int | None]]:
    """(kind, partner id) of every live interaction that happened in [start, end)."""
    rows = session.execute(
        select(Interaction.kind, Interaction.partner_id).where(
            in_ws(Interaction, ws),
            Interaction.deleted_at.is_(None),
            Interaction.occurred_at >= start,
            Interaction.occurred_at < end,
        )
    ).all()
    return [(InteractionKind(kind), pid) for kind, pid in rows]


def created_by_log(
    session: Session, *, ws: Workspace, interaction_id: int, model: Any, include_deleted: bool = False
) -> list[Any]:
    """The rows of one table a log created (follow-ups by due time, others by id)."""
    m: Any = model
    held = rows_in_hand(session, model) if created_here(session, interaction_id) else None
    if held is not None:
        # A log created in this unit of work: all it created is in hand (storage/in_hand.py).
        session.flush()
        rows = [
            row
            for row in rows_in_hand(session, model) or ()
            if row.created_by_interaction_id == interaction_id
            and row.team_id == ws.team_id
            and row.enterprise_id == ws.enterprise_id
            and (include_deleted or row.deleted_at is None)
        ]
        if model is FollowUp:
            return sorted(rows, key=lambda f: (f.suggested, f.due_at, f.id))
        return sorted(rows, key=lambda row: row.id)
    stmt = select(model).where(in_ws(m, ws), m.created_by_interaction_id == interaction_id)
    if not include_deleted:
        stmt = stmt.where(m.deleted_at.is_(None))
    order = (m.suggested, m.due_at, m.id) if model is FollowUp else (m.id,)
    return list(session.scalars(stmt.order_by(*order)))


def contacts_of_interaction(session: Session, *, ws: Workspace, interaction_id: int) -> list[Contact]:
    """The contacts a log names, in the order they were first saved."""
    links = rows_in_hand(session, InteractionContact) if created_here(session, interaction_id) else None
    if links is not None:
        # A log created in this unit of work: its links are in hand, and mostly their contacts too.
        session.flush()
        ids = {
            link.contact_id
            for link in rows_in_hand(session, InteractionContact) or ()
            if link.interaction_id == interaction_id
        }
        found = [session.get(Contact, contact_id) for contact_id in ids]
        return sorted(
            (c for c in found if c is not None and c.team_id == ws.team_id and c.enterprise_id == ws.enterprise_id),
            key=lambda c: c.id,
        )
    return list(
        session.scalars(
            select(Contact)
            .join(InteractionContact, InteractionContact.contact_id == Contact.id)
            .where(InteractionContact.interaction_id == interaction_id, in_ws(Contact, ws))
            .order_by(Contact.id)
        )
    )


def unlink_contacts(session: Session, *, ws: Workspace, interaction_id: int) -> None:
    """Forget which contacts a log names (before it is saved again from corrected values)."""
    if _common.get_scoped(session, Interaction, ws=ws, id=interaction_id, include_deleted=True) is None:
        return
    session.execute(delete(InteractionContact).where(InteractionContact.interaction_id == interaction_id))


def soft_delete_created_by(session: Session, *, ws: Workspace, interaction_id: int, models: Iterable[Any]) -> None:
    """Soft-delete the live rows of these tables that a log created."""
    now = utcnow()
    for model in models:
        for row in created_by_log(session, ws=ws, interaction_id=interaction_id, model=model):
            row.deleted_at = now


def undo_log_rows(session: Session, *, ws: Workspace, interaction_id: int) -> dict[str, list[int]]:
    """Soft-delete one log and the live rows it created; return their ids per table.

    The ids are the journal Restore replays: rows an Edit had already removed stay removed.
    """
    interaction = _common.require_scoped(session, Interaction, ws=ws, id=interaction_id)
    now = utcnow()
    journal: dict[str, list[int]] = {}
    for row in [interaction, *_created_by(session, ws, interaction.id)]:
        if row.deleted_at is None:
            row.deleted_at = now
            journal.setdefault(row.__tablename__, []).append(row.id)
    session.flush()
    return journal


def restore_rows(session: Session, *, ws: Workspace, journal: dict[str, list[int]]) -> int:
    """Bring back exactly the rows a journal names (a GDPR-erased row stays erased); return how many."""
    by_table = {model.__tablename__: model for model in CREATED_BY_LOG}
    restored = 0
    for table, ids in journal.items():
        model: Any = by_table.get(table)
        if model is None or not ids:
            continue
        for row in session.scalars(select(model).where(in_ws(model, ws), model.id.in_([int(i) for i in ids]))):
            if row.deleted_at is not None and getattr(row, "erased_at", None) is None:
                row.deleted_at = None
                restored += 1
    session.flush()
    return restored


def unlink_contact(session: Session, *, ws: Workspace, interaction_id: int, contact_id: int) -> None:
    """Forget that one contact took part in one log."""
    session.execute(
        delete(InteractionContact).where(
            in_ws(InteractionContact, ws),
            InteractionContact.interaction_id == interaction_id,
            InteractionContact.contact_id == contact_id,
        )
    )


def other_logs_of_contact(session: Session, *, ws: Workspace, contact_id: int, interaction_id: int) -> int:
    """How many logs other than this one name the contact."""
    return int(
        session.scalar(
            select(func.count(InteractionContact.id)).where(
                in_ws(InteractionContact, ws),
                InteractionContact.contact_id == contact_id,
                InteractionContact.interaction_id != interaction_id,
            )
        )
        or 0
    )
