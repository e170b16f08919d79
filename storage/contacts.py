"""Contacts: the people at partners."""

from __future__ import annotations

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from storage import _common
from storage.in_hand import rows_of_new_partner
from storage.models import Contact, Partner
from storage.names import prefix_upper_bound, search_key
from storage.partners import require_partner
from storage.scope import Workspace, in_ws

_UPDATABLE = {"name", "role", "email", "phone", "is_decision_maker", "notes", "partner_id"}


def create_contact(
    session: Session,
    *,
    ws: Workspace,
    name: str,
    partner_id: int | None = None,
    role: str | None = None,
    email: str | None = None,
    phone: str | None = None,
    is_decision_maker: bool = False,
    created_by: str | None = None,
    created_by_interaction_id: int | None = None,
) -> Contact:
    """Add a person, usually at a partner of the same workspace."""
    if partner_id is not None:
        require_partner(session, ws=ws, partner_id=partner_id)  # refuses another workspace's id
    contact = Contact(
        **ws.stamp(),
        partner_id=partner_id,
        name=name.strip(),
        name_key=search_key(name),
        role=role,
        email=email,
        phone=phone,
        is_decision_maker=is_decision_maker,
        created_by=created_by,
        created_by_interaction_id=created_by_interaction_id,
    )
    session.add(contact)
    session.flush()
    return contact


def get_contact(
    session: Session, *, ws: Workspace, contact_id: int | None, include_deleted: bool = False
) -> Contact | None:
    """Return the contact with this id in the workspace, or None."""
    return _common.get_scoped(session, Contact, ws=ws, id=contact_id, include_deleted=include_deleted)


def contacts_of(session: Session, *, ws: Workspace, partner_id: int) -> list[Contact]:
    """Return a partner's live contacts, decision makers first."""
    stmt = (
        select(Contact)
        .where(in_ws(Contact, ws), Contact.partner_id == partner_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_decision_maker.desc(), Contact.name, Contact.id)
    )
    return list(session.scalars(stmt))


def find_contacts(
    session: Session, *, ws: Workspace, name: str, partner_id: int | None = None, limit: int = 10
) -> list[Contact]:
    """Find live contacts whose folded name starts with what was typed."""
    key = search_key(name)
    if not key:
        return []
    held = rows_of_new_partner(session, Contact, ws, partner_id) if partner_id is not None else None
    if held is not None:
        upper = prefix_upper_bound(key)
        found = [c for c in held if c.deleted_at is None and key <= c.name_key < upper]
        return sorted(found, key=lambda c: (c.name_key, c.id))[:limit]
    stmt = select(Contact).where(
        in_ws(Contact, ws),
        Contact.deleted_at.is_(None),
        Contact.name_key >= key,
        Contact.name_key < prefix_upper_bound(key),
    )
    if partner_id is not None:
        stmt = stmt.where(Contact.partner_id == partner_id)
    return list(session.scalars(stmt.order_by(Contact.name_key, Contact.id).limit(limit)))


def update_contact(session: Session, *, ws: Workspace, contact_id: int, **fields) -> Contact:
    """Change a contact's details (name, role, e-mail, phone, decision maker, partner)."""
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise TypeError(f"cannot update {sorted(unknown)} with update_contact")
    contact = _common.require_scoped(session, Contact, ws=ws, id=contact_id)
    if fields.get("partner_id") is not None:
        require_partner(session, ws=ws, partner_id=fields["partner_id"])
    for key, value in fields.items():
        setattr(contact, key, value)
    if "name" in fields:
        contact.name_key = search_key(contact.name)
    session.flush()
    return contact


def soft_delete_contact(session: Session, *, ws: Workspace, contact_id: int) -> Contact:
    """Hide a contact; restore_contact undoes it."""
    return _common.soft_delete(session, Contact, ws=ws, id=contact_id)


def restore_contact(session: Session, *, ws: Workspace, contact_id: int) -> Contact:
    """Undo soft_delete_contact."""
    return _common.restore(session, Contact, ws=ws, id=contact_id)


def person_to_call(session: Session, *, ws: Workspace, partner_id: int) -> Contact | None:
    """The partner's decision maker, else whoever was added first: the person a reminder names."""
    return session.scalars(
        select(Contact)
        .where(in_ws(Contact, ws), Contact.partner_id == partner_id, Contact.deleted_at.is_(None))
        .order_by(Contact.is_decision_maker.desc(), Contact.id)
        .limit(1)
    ).first()


def people_named(session: Session, *, ws: Workspace, name: str, limit: int) -> list[tuple[int, str, str | None]]:
    """Unerased contacts whose name is what was typed, else starts with it: (id, name, partner name)."""
    key = search_key(name)
    if not key:
        return []
    rows = session.execute(
        select(Contact.id, Contact.name, Partner.name, Contact.name_key)
        .outerjoin(Partner, Partner.id == Contact.partner_id)
        .where(
            in_ws(Contact, ws),
            Contact.erased_at.is_(None),
            Contact.name_key >= key,
            Contact.name_key < prefix_upper_bound(key),
        )
        .order_by(Contact.name_key, Contact.id)
        .limit(limit + 1)
    ).all()
    exact = [r for r in rows if r[3] == key]
    return [(r[0], r[1], r[2]) for r in (exact or rows)[:limit]]


def _partners_with_contact(
    session: Session, ws: Workspace, named: ColumnElement[bool], limit: int
) -> list[tuple[int, str]]:
    """The live partners with a live contact whose name matches `named`: (partner id, partner name), distinct."""
    rows = session.execute(
        select(Partner.id, Partner.name)
        .join(Contact, Contact.partner_id == Partner.id)
        .where(
            in_ws(Contact, ws),
            Contact.deleted_at.is_(None),
            Contact.erased_at.is_(None),
            named,
            Partner.deleted_at.is_(None),
        )
        .distinct()
        .order_by(Partner.id)
        .limit(limit)
    ).all()
    return [(pid, pname) for pid, pname in rows]


def partners_of_person(session: Session, *, ws: Workspace, name: str, limit: int = 3) -> list[tuple[int, str]]:
    """The live partners with a live contact of exactly this name: (partner id, partner name), distinct."""
    key = search_key(name)
    if not key:
        return []
    return _partners_with_contact(session, ws, Contact.name_key == key, limit)


def partners_of_first_name(session: Session, *, ws: Workspace, name: str, limit: int = 3) -> list[tuple[int, str]]:
    """The live partners with a live contact whose name is this first name, alone or before a surname
    ("Priya" for Priya Shah): (partner id, partner name), distinct."""
    key = search_key(name)
    if not key or " " in key:
        return []
    named = (Contact.name_key == key) | (
        (Contact.name_key >= key + " ") & (Contact.name_key < prefix_upper_bound(key + " "))
    )
    return _partners_with_contact(session, ws, named, limit)
