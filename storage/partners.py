"""Partners (organisations): create, rename, aliases, stage, soft delete, merge (searching is storage/search.py)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import _common, audit
from storage.coltypes import utcnow
from storage.models import (
    AuditAction,
    Contact,
    FollowUp,
    Interaction,
    Partner,
    PartnerCampaign,
    PartnerKind,
    PartnerName,
    PartnerNameToken,
    Permission,
    Pledge,
    Publicity,
    Stage,
)
from storage.names import loose_key, search_key, token_suffixes
from storage.scope import Workspace, in_ws
from storage.search import Match, probable_duplicates


class ProbableDuplicate(Exception):
    """Raised by create_partner when partners with a near-identical name already exist."""

    def __init__(self, name: str, candidates: list[Match]) -> None:
        super().__init__(f"{name!r} probably exists: {[m.name for m in candidates]}")
        self.name = name
        self.candidates = candidates


def _name_row(ws: Workspace, partner: Partner, name: str, *, is_alias: bool) -> PartnerName:
    key = search_key(name)
    row = PartnerName(**ws.stamp(), name=name, key=key, loose=loose_key(key), is_alias=is_alias)
    row.partner = partner
    row.tokens = [PartnerNameToken(**ws.stamp(), key=tail, loose=loose_key(tail)) for tail in token_suffixes(key)]
    return row


def create_partner(
    session: Session,
    *,
    ws: Workspace,
    name: str,
    kind: PartnerKind = PartnerKind.OTHER,
    stage: Stage = Stage.PROSPECT,
    publicity: Publicity = Publicity.ASK_FIRST,
    aliases: Iterable[str] = (),
    notes: str | None = None,
    created_by: str | None = None,
    created_by_interaction_id: int | None = None,
    allow_duplicate: bool = False,
) -> Partner:
    """Create a partner, or raise ProbableDuplicate so the caller can ask first."""
    name = name.strip()
    if not name:
        raise ValueError("a partner needs a name")
    if not allow_duplicate:
        candidates = probable_duplicates(session, ws=ws, name=name)
        if candidates:
            raise ProbableDuplicate(name, candidates)
    partner = Partner(
        **ws.stamp(),
        name=name,
        kind=kind,
        stage=stage,
        publicity=publicity,
        notes=notes,
        created_by=created_by,
        created_by_interaction_id=created_by_interaction_id,
    )
    session.add(partner)
    session.add(_name_row(ws, partner, name, is_alias=False))
    for alias in aliases:
        if alias.strip():
            session.add(_name_row(ws, partner, alias.strip(), is_alias=True))
    session.flush()
    return partner


def get_partner(
    session: Session, *, ws: Workspace, partner_id: int | None, include_deleted: bool = False
) -> Partner | None:
    """Return the partner with this id in the workspace, or None."""
    return _common.get_scoped(session, Partner, ws=ws, id=partner_id, include_deleted=include_deleted)


def require_partner(
    session: Session, *, ws: Workspace, partner_id: int | None, include_deleted: bool = False
) -> Partner:
    """Return the partner with this id in the workspace, or raise NotFound."""
    return _common.require_scoped(session, Partner, ws=ws, id=partner_id, include_deleted=include_deleted)


def list_partners(
    session: Session,
    *,
    ws: Workspace,
    stage: Stage | None = None,
    publicity: Publicity | None = None,
    campaign_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[Partner]:
    """List live partners by name, optionally by stage, publicity wish or campaign."""
    stmt = select(Partner).where(in_ws(Partner, ws), Partner.deleted_at.is_(None))
    if stage is not None:
        stmt = stmt.where(Partner.stage == stage)
    if publicity is not None:
        stmt = stmt.where(Partner.publicity == publicity)
    if campaign_id is not None:
        stmt = stmt.join(PartnerCampaign, PartnerCampaign.partner_id == Partner.id).where(
            in_ws(PartnerCampaign, ws), PartnerCampaign.campaign_id == campaign_id
        )
    stmt = stmt.order_by(Partner.name, Partner.id).limit(limit).offset(offset)
    return list(session.scalars(stmt))


def names_of(session: Session, *, ws: Workspace, partner_id: int) -> list[PartnerName]:
    """Return a partner's name and aliases, the name first."""
    stmt = (
        select(PartnerName)
        .where(in_ws(PartnerName, ws), PartnerName.partner_id == partner_id)
        .order_by(PartnerName.is_alias, PartnerName.id)
    )
    return list(session.scalars(stmt))


def add_alias(session: Session, *, ws: Workspace, partner_id: int, alias: str) -> PartnerName:
    """Add another name the partner is known by (an existing equal alias is returned)."""
    partner = require_partner(session, ws=ws, partner_id=partner_id)
    key = search_key(alias)
    for existing in names_of(session, ws=ws, partner_id=partner.id):
        if existing.key == key and existing.name == alias.strip():
            return existing
    row = _name_row(ws, partner, alias.strip(), is_alias=True)
    session.add(row)
    session.flush()
    return row


def rename_partner(
    session: Session, *, ws: Workspace, partner_id: int, name: str, keep_old_as_alias: bool = True
) -> Partner:
    """Give a partner a new name, keeping the old one as an alias by default."""
    partner = require_partner(session, ws=ws, partner_id=partner_id)
    name = name.strip()
    old = next(n for n in names_of(session, ws=ws, partner_id=partner.id) if not n.is_alias)
    if keep_old_as_alias:
        old.is_alias = True
    else:
        session.delete(old)
    session.add(_name_row(ws, partner, name, is_alias=False))
    partner.name = name
    session.flush()
    return partner


def update_partner(session: Session, *, ws: Workspace, partner_id: int, **fields: Any) -> Partner:
    """Change a partner's kind, stage, publicity wish or notes."""
    allowed = {"kind", "stage", "publicity", "notes"}
    unknown = set(fields) - allowed
    if unknown:
        raise TypeError(f"cannot update {sorted(unknown)} with update_partner")
    partner = require_partner(session, ws=ws, partner_id=partner_id)
    for key, value in fields.items():
        setattr(partner, key, value)
    session.flush()
    return partner


def set_stage(session: Session, *, ws: Workspace, partner_id: int, stage: Stage) -> Partner:
    """Move a partner to another stage of the partnership."""
    return update_partner(session, ws=ws, partner_id=partner_id, stage=Stage(stage))


def soft_delete_partner(session: Session, *, ws: Workspace, partner_id: int) -> Partner:
    """Hide a partner from lists and searches; restore_partner undoes it."""
    return _common.soft_delete(session, Partner, ws=ws, id=partner_id)


def restore_partner(session: Session, *, ws: Workspace, partner_id: int) -> Partner:
    """Undo soft_delete_partner (a merged partner stays merged)."""
    partner = require_partner(session, ws=ws, partner_id=partner_id, include_deleted=True)
    if partner.merged_into_id is not None:
        raise ValueError(f"partner {partner_id} was merged into {partner.merged_into_id}")
    return _common.restore(session, Partner, ws=ws, id=partner_id)


# --- merge --------------------------------------------------------------------------------


def merge_partners(session: Session, *, ws: Workspace, keep_id: int, merge_id: int) -> Partner:
    """Move everything of merge_id onto keep_id, keep its names as aliases, and retire it."""
    if keep_id == merge_id:
        raise ValueError("cannot merge a partner into itself")
    keep = require_partner(session, ws=ws, partner_id=keep_id)
    gone = require_partner(session, ws=ws, partner_id=merge_id)
    moved: dict[str, int] = {}
    for model in (Contact, Interaction, Pledge, FollowUp):
        m: Any = model
        rows = session.scalars(select(m).where(in_ws(m, ws), m.partner_id == gone.id))
        count = 0
        for row in rows:
            row.partner_id = keep.id
            count += 1
        moved[model.__tablename__] = count

    keep_keys = {n.key for n in names_of(session, ws=ws, partner_id=keep.id)}
    moved["names"] = 0
    for row in names_of(session, ws=ws, partner_id=gone.id):
        if row.key in keep_keys:
            session.delete(row)
        else:
            row.partner = keep
            row.is_alias = True
            keep_keys.add(row.key)
            moved["names"] += 1

    keep_campaigns = set(
        session.scalars(
            select(PartnerCampaign.campaign_id).where(in_ws(PartnerCampaign, ws), PartnerCampaign.partner_id == keep.id)
        )
    )
    for link in session.scalars(
        select(PartnerCampaign).where(in_ws(PartnerCampaign, ws), PartnerCampaign.partner_id == gone.id)
    ):
        if link.campaign_id in keep_campaigns:
            session.delete(link)
        else:
            link.partner_id = keep.id

    _merge_permissions(session, ws, keep, gone)
    if gone.notes:
        keep.notes = f"{keep.notes}\n\n{gone.notes}" if keep.notes else gone.notes
    gone.merged_into_id = keep.id
    gone.deleted_at = utcnow()
    audit.record(
        session,
        ws=ws,
        action=AuditAction.MERGE,
        entity_type=Partner.__tablename__,
        entity_id=keep.id,
        changes={"merged_id": gone.id, "moved": moved},
    )
    session.flush()
    return keep


def _merge_permissions(session: Session, ws: Workspace, keep: Partner, gone: Partner) -> None:
    perms = session.scalars(
        select(Permission).where(
            in_ws(Permission, ws),
            (Permission.partner_id == gone.id) | (Permission.grantor_id == gone.id),
        )
    ).all()
    existing = {
        (p.partner_id, p.grantor_id)
        for p in session.scalars(
            select(Permission).where(
                in_ws(Permission, ws),
                (Permission.partner_id == keep.id) | (Permission.grantor_id == keep.id),
            )
        )
    }
    for perm in perms:
        pair = (
            keep.id if perm.partner_id == gone.id else perm.partner_id,
            keep.id if perm.grantor_id == gone.id else perm.grantor_id,
        )
        # A permission between the two merged partners, or one keep already has, is moot.
        if pair[0] == pair[1] or pair in existing:
            session.delete(perm)
        else:
            perm.partner_id, perm.grantor_id = pair
            existing.add(pair)
