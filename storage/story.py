"""The queries that reading a log against what the workspace knows needs (bot/domain/story.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.followups import OPEN
from storage.in_hand import rows_of_new_partner
from storage.known import KnownName, known
from storage.models import (
    FollowUp,
    Partner,
    PartnerCampaign,
    Permission,
    PermissionStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
)
from storage.scope import Workspace, in_ws


def known_names(session: Session, *, ws: Workspace) -> list[KnownName]:
    """Every name and alias of the workspace's live, unmerged partners (storage/known.py keeps them)."""
    return list(known(session, ws=ws).unmerged)


def live_pledges(session: Session, *, ws: Workspace, partner_id: int) -> list[Pledge]:
    """A partner's live pledges, oldest first."""
    held = rows_of_new_partner(session, Pledge, ws, partner_id)
    if held is not None:
        return [p for p in held if p.deleted_at is None]
    return list(
        session.scalars(
            select(Pledge)
            .where(in_ws(Pledge, ws), Pledge.partner_id == partner_id, Pledge.deleted_at.is_(None))
            .order_by(Pledge.created_at, Pledge.id)
        )
    )


GOODS_LIMIT = 500


def awaited_goods(session: Session, *, ws: Workspace) -> list[tuple[Pledge, str]]:
    """Things pledged and not yet delivered (nor declined), with the partner's name, newest first.

    Read only for a delivery note that names no partner ("kureren kom med bamserne"): which
    partner's things came is found from what the workspace is waiting for.
    """
    waiting = (PledgeStatus.PROPOSED, PledgeStatus.VERBAL, PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED)
    rows = session.execute(
        select(Pledge, Partner.name)
        .join(Partner, Partner.id == Pledge.partner_id)
        .where(
            in_ws(Pledge, ws),
            Pledge.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            Pledge.kind.in_((PledgeKind.PRODUCTS, PledgeKind.BOOKS, PledgeKind.OTHER)),
            Pledge.status.in_(waiting),
            Pledge.what.is_not(None),
        )
        .order_by(Pledge.created_at.desc(), Pledge.id.desc())
        .limit(GOODS_LIMIT)
    )
    return [(pledge, name) for pledge, name in rows]


def open_partner_promises(session: Session, *, ws: Workspace, partner_id: int) -> list[FollowUp]:
    """Open follow-ups the partner promised (we wait for them), soonest first."""
    return list(
        session.scalars(
            select(FollowUp)
            .where(
                in_ws(FollowUp, ws),
                FollowUp.partner_id == partner_id,
                FollowUp.by_partner.is_(True),
                FollowUp.status.in_(OPEN),
                FollowUp.deleted_at.is_(None),
            )
            .order_by(FollowUp.due_at, FollowUp.id)
        )
    )


def permission_between(session: Session, *, ws: Workspace, partner_id: int, grantor_id: int) -> Permission | None:
    """The permission row (live or not) for this partner and grantor, if any."""
    return session.scalar(
        select(Permission).where(
            in_ws(Permission, ws),
            Permission.partner_id == partner_id,
            Permission.grantor_id == grantor_id,
        )
    )


def permissions_from(session: Session, *, ws: Workspace, grantor_id: int) -> list[Permission]:
    """Live permissions this partner is to give and has not yet granted."""
    return list(
        session.scalars(
            select(Permission)
            .where(
                in_ws(Permission, ws),
                Permission.grantor_id == grantor_id,
                Permission.deleted_at.is_(None),
                Permission.status != PermissionStatus.GRANTED,
            )
            .order_by(Permission.id)
        )
    )


def awaited_permissions(session: Session, *, ws: Workspace, limit: int = 50) -> list[tuple[Partner, Partner]]:
    """(partner, grantor) for every permission still awaited in the workspace, by partner name."""
    rows = session.execute(
        select(Partner, Permission.grantor_id)
        .join(Permission, Permission.partner_id == Partner.id)
        .where(
            in_ws(Permission, ws),
            in_ws(Partner, ws),
            Permission.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            Permission.status.in_([PermissionStatus.NEEDED, PermissionStatus.REQUESTED]),
        )
        .order_by(Partner.name, Permission.id)
        .limit(limit)
    ).all()
    ids = {gid for _, gid in rows}
    grantors = (
        {p.id: p for p in session.scalars(select(Partner).where(in_ws(Partner, ws), Partner.id.in_(ids)))}
        if ids
        else {}
    )
    return [(p, grantors[gid]) for p, gid in rows if gid in grantors]


def in_campaign(session: Session, *, ws: Workspace, partner_id: int, campaign_id: int) -> bool:
    """True when the partner is already part of the campaign."""
    return (
        session.scalar(
            select(PartnerCampaign.id).where(
                in_ws(PartnerCampaign, ws),
                PartnerCampaign.partner_id == partner_id,
                PartnerCampaign.campaign_id == campaign_id,
            )
        )
        is not None
    )


def unlink_campaign(session: Session, *, ws: Workspace, partner_id: int, campaign_id: int) -> None:
    """Take a partner out of a campaign (undo of a log that linked it)."""
    session.execute(
        delete(PartnerCampaign).where(
            PartnerCampaign.team_id == ws.team_id,
            PartnerCampaign.partner_id == partner_id,
            PartnerCampaign.campaign_id == campaign_id,
        )
    )


def parse_when(value: str | None) -> datetime | None:
    """A stored ISO time back as a datetime (None stays None)."""
    return datetime.fromisoformat(value) if value else None


def campaign_partner_ids(session: Session, *, ws: Workspace, campaign_id: int) -> list[int]:
    """Ids of the partners in a campaign."""
    return list(
        session.scalars(
            select(PartnerCampaign.partner_id).where(
                in_ws(PartnerCampaign, ws), PartnerCampaign.campaign_id == campaign_id
            )
        )
    )
