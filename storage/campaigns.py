"""Campaigns (e.g. "Læs for mig") and which partners take part."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage import _common
from storage.models import Campaign, Partner, PartnerCampaign, Pledge, PledgeKind, PledgeStatus
from storage.partners import require_partner
from storage.scope import Workspace, in_ws


def create_campaign(
    session: Session,
    *,
    ws: Workspace,
    name: str,
    goal_dkk: int | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    created_by: str | None = None,
) -> Campaign:
    """Create a campaign with an optional goal in DKK and period."""
    campaign = Campaign(
        **ws.stamp(),
        name=name.strip(),
        goal_dkk=goal_dkk,
        starts_on=starts_on,
        ends_on=ends_on,
        created_by=created_by,
    )
    session.add(campaign)
    session.flush()
    return campaign


def get_campaign(
    session: Session, *, ws: Workspace, campaign_id: int | None, include_deleted: bool = False
) -> Campaign | None:
    """Return the campaign with this id in the workspace, or None."""
    return _common.get_scoped(session, Campaign, ws=ws, id=campaign_id, include_deleted=include_deleted)


def list_campaigns(session: Session, *, ws: Workspace) -> list[Campaign]:
    """Return the workspace's live campaigns, newest first."""
    stmt = (
        select(Campaign)
        .where(in_ws(Campaign, ws), Campaign.deleted_at.is_(None))
        .order_by(Campaign.starts_on.desc(), Campaign.id.desc())
    )
    return list(session.scalars(stmt))


def add_partner(session: Session, *, ws: Workspace, campaign_id: int, partner_id: int) -> None:
    """Make a partner part of a campaign (idempotent)."""
    _common.require_scoped(session, Campaign, ws=ws, id=campaign_id)
    require_partner(session, ws=ws, partner_id=partner_id)
    exists = session.scalar(
        select(PartnerCampaign.id).where(
            in_ws(PartnerCampaign, ws),
            PartnerCampaign.campaign_id == campaign_id,
            PartnerCampaign.partner_id == partner_id,
        )
    )
    if exists is None:
        session.add(PartnerCampaign(**ws.stamp(), campaign_id=campaign_id, partner_id=partner_id))
        session.flush()


def remove_partner(session: Session, *, ws: Workspace, campaign_id: int, partner_id: int) -> None:
    """Take a partner out of a campaign."""
    link = session.scalar(
        select(PartnerCampaign).where(
            in_ws(PartnerCampaign, ws),
            PartnerCampaign.campaign_id == campaign_id,
            PartnerCampaign.partner_id == partner_id,
        )
    )
    if link is not None:
        session.delete(link)
        session.flush()


def campaigns_of(session: Session, *, ws: Workspace, partner_id: int) -> list[Campaign]:
    """Return the live campaigns a partner takes part in."""
    stmt = (
        select(Campaign)
        .join(PartnerCampaign, PartnerCampaign.campaign_id == Campaign.id)
        .where(
            in_ws(Campaign, ws),
            in_ws(PartnerCampaign, ws),
            PartnerCampaign.partner_id == partner_id,
            Campaign.deleted_at.is_(None),
        )
        .order_by(Campaign.name)
    )
    return list(session.scalars(stmt))


def money_pledged(session: Session, *, ws: Workspace, campaign_id: int) -> dict[str, int]:
    """Return the DKK pledged to a campaign per pledge status (declined and cancelled left out)."""
    stmt = (
        select(Pledge.status, func.coalesce(func.sum(Pledge.amount_dkk), 0))
        .join(Partner, Partner.id == Pledge.partner_id)
        .where(
            in_ws(Pledge, ws),
            Pledge.campaign_id == campaign_id,
            Pledge.kind == PledgeKind.MONEY,
            Pledge.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
            Pledge.status.not_in([PledgeStatus.DECLINED, PledgeStatus.CANCELLED]),
        )
        .group_by(Pledge.status)
    )
    return {PledgeStatus(status).value: int(total or 0) for status, total in session.execute(stmt)}


def soft_delete_campaign(session: Session, *, ws: Workspace, campaign_id: int) -> Campaign:
    """Hide a campaign; restore_campaign undoes it."""
    return _common.soft_delete(session, Campaign, ws=ws, id=campaign_id)


def restore_campaign(session: Session, *, ws: Workspace, campaign_id: int) -> Campaign:
    """Undo soft_delete_campaign."""
    return _common.restore(session, Campaign, ws=ws, id=campaign_id)
