"""Permissions one partner must give before another may be approached (SOF before care homes)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import _common
from storage.in_hand import rows_of_new_partner
from storage.models import Partner, Permission, PermissionStatus
from storage.partners import require_partner
from storage.scope import Workspace, in_ws


def require_permission(
    session: Session,
    *,
    ws: Workspace,
    partner_id: int,
    grantor_id: int,
    note: str | None = None,
    created_by: str | None = None,
) -> Permission:
    """Record that partner_id may only be approached once grantor_id has said yes."""
    require_partner(session, ws=ws, partner_id=partner_id)
    require_partner(session, ws=ws, partner_id=grantor_id)
    if partner_id == grantor_id:
        raise ValueError("a partner cannot need its own permission")
    held = rows_of_new_partner(session, Permission, ws, partner_id)
    if held is not None:
        existing = next((p for p in held if p.grantor_id == grantor_id), None)
    else:
        existing = session.scalar(
            select(Permission).where(
                in_ws(Permission, ws),
                Permission.partner_id == partner_id,
                Permission.grantor_id == grantor_id,
            )
        )
    if existing is not None:
        existing.deleted_at = None
        return existing
    perm = Permission(**ws.stamp(), partner_id=partner_id, grantor_id=grantor_id, note=note, created_by=created_by)
    session.add(perm)
    session.flush()
    return perm


def get_permission(session: Session, *, ws: Workspace, permission_id: int) -> Permission | None:
    """The permission with this id in the workspace (live or not), or None."""
    return _common.get_scoped(session, Permission, ws=ws, id=permission_id, include_deleted=True)


def set_permission_status(
    session: Session, *, ws: Workspace, permission_id: int, status: PermissionStatus
) -> Permission:
    """Mark a permission as requested, granted or refused."""
    perm = _common.require_scoped(session, Permission, ws=ws, id=permission_id)
    perm.status = PermissionStatus(status)
    session.flush()
    return perm


def pending_permissions(session: Session, *, ws: Workspace, partner_id: int) -> list[tuple[Permission, Partner]]:
    """Return the permissions a partner still waits for, each with the partner who must give it."""
    held = rows_of_new_partner(session, Permission, ws, partner_id)
    if held is not None:
        waiting = [p for p in held if p.deleted_at is None and p.status is not PermissionStatus.GRANTED]
        pairs = [(p, _common.get_scoped(session, Partner, ws=ws, id=p.grantor_id)) for p in waiting]
        return sorted(((p, g) for p, g in pairs if g is not None), key=lambda pg: pg[1].name)
    stmt = (
        select(Permission, Partner)
        .join(Partner, Partner.id == Permission.grantor_id)
        .where(
            in_ws(Permission, ws),
            in_ws(Partner, ws),
            Permission.partner_id == partner_id,
            Permission.deleted_at.is_(None),
            Permission.status != PermissionStatus.GRANTED,
        )
        .order_by(Partner.name)
    )
    return [(perm, grantor) for perm, grantor in session.execute(stmt)]
