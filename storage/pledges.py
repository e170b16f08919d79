"""Asks and agreements (pledges): what was asked for, what was promised, and the proof in writing."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage import _common
from storage.coltypes import utcnow
from storage.models import Campaign, Contact, Partner, Pledge, PledgeKind, PledgeStatus
from storage.partners import require_partner
from storage.scope import Workspace, in_ws


def create_pledge(
    session: Session,
    *,
    ws: Workspace,
    partner_id: int,
    kind: PledgeKind,
    status: PledgeStatus = PledgeStatus.PROPOSED,
    amount_dkk: int | None = None,
    quantity: int | None = None,
    what: str | None = None,
    value_dkk: int | None = None,
    campaign_id: int | None = None,
    contact_id: int | None = None,
    evidence: str | None = None,
    created_by: str | None = None,
    created_by_interaction_id: int | None = None,
) -> Pledge:
    """Record an ask or an agreement with a partner."""
    require_partner(session, ws=ws, partner_id=partner_id)
    if campaign_id is not None:
        _common.require_scoped(session, Campaign, ws=ws, id=campaign_id)
    if contact_id is not None:
        _common.require_scoped(session, Contact, ws=ws, id=contact_id)
    status = PledgeStatus(status)
    _check_evidence(status, evidence)
    pledge = Pledge(
        **ws.stamp(),
        partner_id=partner_id,
        kind=PledgeKind(kind),
        status=status,
        amount_dkk=amount_dkk,
        quantity=quantity,
        what=what,
        value_dkk=value_dkk,
        campaign_id=campaign_id,
        contact_id=contact_id,
        evidence=evidence,
        evidence_at=utcnow() if evidence else None,
        created_by=created_by,
        created_by_interaction_id=created_by_interaction_id,
    )
    session.add(pledge)
    session.flush()
    return pledge


def _check_evidence(status: PledgeStatus, evidence: str | None) -> None:
    # "In writing" is a claim the practice relies on; it needs something to point at.
    if status in (PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED) and not evidence:
        raise ValueError(f"status {status.value} needs evidence (an e-mail, a contract)")


def get_pledge(
    session: Session, *, ws: Workspace, pledge_id: int | None, include_deleted: bool = False
) -> Pledge | None:
    """Return the pledge with this id in the workspace, or None."""
    return _common.get_scoped(session, Pledge, ws=ws, id=pledge_id, include_deleted=include_deleted)


def set_pledge_status(
    session: Session,
    *,
    ws: Workspace,
    pledge_id: int,
    status: PledgeStatus,
    evidence: str | None = None,
) -> Pledge:
    """Move a pledge along (verbal, confirmed by e-mail, signed, delivered, declined...)."""
    pledge = _common.require_scoped(session, Pledge, ws=ws, id=pledge_id)
    status = PledgeStatus(status)
    if evidence:
        pledge.evidence = evidence
        pledge.evidence_at = utcnow()
    _check_evidence(status, pledge.evidence)
    pledge.status = status
    session.flush()
    return pledge


def pledges_of(session: Session, *, ws: Workspace, partner_id: int) -> list[Pledge]:
    """Return a partner's live pledges, oldest first."""
    stmt = (
        select(Pledge)
        .where(in_ws(Pledge, ws), Pledge.partner_id == partner_id, Pledge.deleted_at.is_(None))
        .order_by(Pledge.created_at, Pledge.id)
    )
    return list(session.scalars(stmt))


def not_in_writing_with_partners(
    session: Session, *, ws: Workspace, limit: int | None = None
) -> list[tuple[Pledge, Partner]]:
    """Return verbal agreements of live partners that still lack written confirmation, oldest first."""
    stmt = (
        select(Pledge, Partner)
        .join(Partner, Partner.id == Pledge.partner_id)
        .where(
            in_ws(Pledge, ws),
            in_ws(Partner, ws),
            Pledge.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            Pledge.status == PledgeStatus.VERBAL,
        )
        .order_by(Pledge.created_at, Pledge.id)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    return [(pledge, partner) for pledge, partner in session.execute(stmt)]


def not_in_writing(session: Session, *, ws: Workspace, limit: int = 100) -> list[Pledge]:
    """Return verbal agreements of live partners that still lack written confirmation."""
    return [pledge for pledge, _ in not_in_writing_with_partners(session, ws=ws, limit=limit)]


def soft_delete_pledge(session: Session, *, ws: Workspace, pledge_id: int) -> Pledge:
    """Hide a pledge; restore_pledge undoes it."""
    return _common.soft_delete(session, Pledge, ws=ws, id=pledge_id)


def restore_pledge(session: Session, *, ws: Workspace, pledge_id: int) -> Pledge:
    """Undo soft_delete_pledge."""
    return _common.restore(session, Pledge, ws=ws, id=pledge_id)


def pledges_by_id(
    session: Session, *, ws: Workspace, pledge_ids: Iterable[int], statuses: Iterable[PledgeStatus]
) -> list[Pledge]:
    """The live pledges among these ids whose status is one of these, by id."""
    ids = sorted(set(pledge_ids))
    if not ids:
        return []
    stmt = (
        select(Pledge)
        .where(in_ws(Pledge, ws), Pledge.deleted_at.is_(None), Pledge.status.in_(list(statuses)), Pledge.id.in_(ids))
        .order_by(Pledge.id)
    )
    return list(session.scalars(stmt))
