"""A person's data: export it, or erase it for good (an audited operation apart from soft delete)."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from storage import _common, audit
from storage.coltypes import utcnow
from storage.models import (
    AuditAction,
    Contact,
    FollowUp,
    Interaction,
    InteractionContact,
    Partner,
    Pledge,
)
from storage.scope import Workspace, in_ws

PLACEHOLDER = "[erased contact]"


def _mentioning(session: Session, ws: Workspace, contact: Contact) -> list[Interaction]:
    # Linked interactions, plus every log of the same partner: a name can appear in a
    # log that was never linked to the contact.
    linked = select(InteractionContact.interaction_id).where(
        in_ws(InteractionContact, ws), InteractionContact.contact_id == contact.id
    )
    clauses: list[ColumnElement[bool]] = [Interaction.id.in_(linked)]
    if contact.partner_id is not None:
        clauses.append(Interaction.partner_id == contact.partner_id)
    stmt = select(Interaction).where(in_ws(Interaction, ws), or_(*clauses)).order_by(Interaction.id)
    return list(session.scalars(stmt))


def _patterns(contact: Contact) -> list[re.Pattern[str]]:
    words = [contact.name]
    # First and last names on their own ("Lars said...") when long enough not to be a word.
    words += [part for part in re.split(r"\s+", contact.name) if len(part) >= 3]
    words += [w for w in (contact.email, contact.phone) if w]
    words = sorted({w.strip() for w in words if w and w.strip()}, key=len, reverse=True)
    return [re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE) for w in words]


def _scrub(value: Any, patterns: list[re.Pattern[str]], placeholder: str) -> Any:
    if isinstance(value, str):
        for pattern in patterns:
            value = pattern.sub(placeholder, value)
        return value
    if isinstance(value, list):
        return [_scrub(v, patterns, placeholder) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, patterns, placeholder) for k, v in value.items()}
    return value


def erase_contact(session: Session, *, ws: Workspace, contact_id: int, placeholder: str = PLACEHOLDER) -> Contact:
    """Wipe a person's name, e-mail, phone and notes, and their name from logged text."""
    contact = _common.require_scoped(session, Contact, ws=ws, id=contact_id, include_deleted=True)
    if contact.erased_at is not None:
        return contact
    patterns = _patterns(contact)
    scrubbed = 0
    for interaction in _mentioning(session, ws, contact):
        raw = _scrub(interaction.raw_text, patterns, placeholder)
        understood = _scrub(interaction.understood, patterns, placeholder)
        if raw != interaction.raw_text or understood != interaction.understood:
            interaction.raw_text, interaction.understood = raw, understood
            scrubbed += 1
    for row in session.scalars(select(FollowUp).where(in_ws(FollowUp, ws), FollowUp.contact_id == contact.id)):
        if row.text:
            row.text = _scrub(row.text, patterns, placeholder)
    now = utcnow()
    contact.name, contact.name_key = placeholder, ""
    contact.email = contact.phone = contact.notes = None
    contact.erased_at = now
    contact.deleted_at = contact.deleted_at or now
    # Counts only: the audit trail must not keep what was just erased.
    audit.record(
        session,
        ws=ws,
        action=AuditAction.ERASE,
        entity_type=Contact.__tablename__,
        entity_id=contact.id,
        changes={"interactions_scrubbed": scrubbed},
    )
    session.flush()
    return contact


def export_contact(session: Session, *, ws: Workspace, contact_id: int) -> dict[str, Any]:
    """Return everything stored about a person, for a subject access request."""
    contact = _common.require_scoped(session, Contact, ws=ws, id=contact_id, include_deleted=True)
    partner = _common.get_scoped(session, Partner, ws=ws, id=contact.partner_id, include_deleted=True)
    patterns = _patterns(contact)
    mentions = [i for i in _mentioning(session, ws, contact) if any(p.search(i.raw_text) for p in patterns)]
    linked = set(
        session.scalars(
            select(InteractionContact.interaction_id).where(
                in_ws(InteractionContact, ws), InteractionContact.contact_id == contact.id
            )
        )
    )
    mentions += [i for i in _mentioning(session, ws, contact) if i.id in linked and i not in mentions]
    pledge_rows = session.scalars(select(Pledge).where(in_ws(Pledge, ws), Pledge.contact_id == contact.id))
    followup_rows = session.scalars(select(FollowUp).where(in_ws(FollowUp, ws), FollowUp.contact_id == contact.id))
    return {
        "contact": {
            "id": contact.id,
            "name": contact.name,
            "role": contact.role,
            "email": contact.email,
            "phone": contact.phone,
            "is_decision_maker": contact.is_decision_maker,
            "notes": contact.notes,
            "created_at": contact.created_at.isoformat(),
            "erased_at": contact.erased_at.isoformat() if contact.erased_at else None,
        },
        "partner": partner.name if partner else None,
        "interactions": [
            {
                "id": i.id,
                "kind": i.kind.value,
                "occurred_at": i.occurred_at.isoformat(),
                "raw_text": i.raw_text,
            }
            for i in sorted(mentions, key=lambda i: i.occurred_at)
        ],
        "pledges": [{"id": p.id, "kind": p.kind.value, "status": p.status.value, "what": p.what} for p in pledge_rows],
        "followups": [
            {"id": f.id, "action": f.action.value, "due_at": f.due_at.isoformat(), "text": f.text}
            for f in followup_rows
        ],
    }
