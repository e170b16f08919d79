"""The queries that reading a log against what the workspace knows needs (bot/domain/story.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from storage.followups import OPEN
from storage.models import (
    Campaign,
    FollowUp,
    Partner,
    PartnerCampaign,
    PartnerName,
    Permission,
    PermissionStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
)
from storage.scope import Workspace, in_ws


@dataclass(frozen=True)
class KnownName:
    """One name or alias of a live partner, with its folded key."""

    partner_id: int
    name: str
    key: str


# team_id -> ((row count, newest change), names): a write to partner_names changes the stamp, so
# the cache is never stale, and a log pays one small aggregate query instead of reading every name.
_NAMES_CACHE: dict[tuple[str, str | None], tuple[tuple[int, Any], list[KnownName]]] = {}
_CACHE_LIMIT = 256


def known_names(session: Session, *, ws: Workspace) -> list[KnownName]:
    """Every name and alias of the workspace's live partners (cached per workspace until one changes)."""
    stamp_row = session.execute(
        select(func.count(PartnerName.id), func.max(PartnerName.updated_at), func.max(Partner.updated_at))
        .join(Partner, Partner.id == PartnerName.partner_id)
        .where(in_ws(PartnerName, ws))
    ).one()
    stamp = (int(stamp_row[0]), (str(stamp_row[1]), str(stamp_row[2])))
    key = (ws.team_id, ws.enterprise_id)
    cached = _NAMES_CACHE.get(key)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    rows = session.execute(
        select(PartnerName.partner_id, PartnerName.name, PartnerName.key)
        .join(Partner, Partner.id == PartnerName.partner_id)
        .where(in_ws(PartnerName, ws), Partner.deleted_at.is_(None), Partner.merged_into_id.is_(None))
        .order_by(PartnerName.partner_id, PartnerName.id)
    ).all()
    names = [KnownName(int(pid), str(name), str(k)) for pid, name, k in rows]
    if len(_NAMES_CACHE) >= _CACHE_LIMIT:
        _NAMES_CACHE.clear()
    _NAMES_CACHE[key] = (stamp, names)
    return names


def live_pledges(session: Session, *, ws: Workspace, partner_id: int) -> list[Pledge]:
    """A partner's live pledges, oldest first."""
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


def live_campaigns(session: Session, *, ws: Workspace) -> list[Campaign]:
    """The workspace's live campaigns."""
    return list(session.scalars(select(Campaign).where(in_ws(Campaign, ws), Campaign.deleted_at.is_(None))))


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
