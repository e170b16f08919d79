"""Read-only queries behind the overviews (list, report, export, App Home), batched per page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from storage.followups import OPEN
from storage.models import (
    Campaign,
    Contact,
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Partner,
    PartnerCampaign,
    PartnerKind,
    Pledge,
    Stage,
)
from storage.scope import Workspace, in_ws


def _campaign_partner_ids(ws: Workspace, campaign_id: int) -> Select[Any]:
    return select(PartnerCampaign.partner_id).where(
        in_ws(PartnerCampaign, ws), PartnerCampaign.campaign_id == campaign_id
    )


def _partner_filter(
    ws: Workspace,
    *,
    stage: Stage | None = None,
    kind: PartnerKind | None = None,
    campaign_id: int | None = None,
) -> list:
    clauses = [in_ws(Partner, ws), Partner.deleted_at.is_(None)]
    if stage is not None:
        clauses.append(Partner.stage == stage)
    if kind is not None:
        clauses.append(Partner.kind == kind)
    if campaign_id is not None:
        clauses.append(Partner.id.in_(_campaign_partner_ids(ws, campaign_id)))
    return clauses


def partners_page(
    session: Session,
    *,
    ws: Workspace,
    stage: Stage | None = None,
    kind: PartnerKind | None = None,
    campaign_id: int | None = None,
    limit: int = 100,
    offset: int = 0,
) -> tuple[list[Partner], int]:
    """Return one page of live partners by name, and how many match in all."""
    clauses = _partner_filter(ws, stage=stage, kind=kind, campaign_id=campaign_id)
    total = session.scalar(select(func.count(Partner.id)).where(*clauses)) or 0
    stmt = select(Partner).where(*clauses).order_by(Partner.name, Partner.id).limit(limit).offset(offset)
    return list(session.scalars(stmt)), int(total)


def stage_counts(session: Session, *, ws: Workspace, campaign_id: int | None = None) -> dict[Stage, int]:
    """Return how many live partners are in each stage (of a campaign, or of the workspace)."""
    clauses = _partner_filter(ws, campaign_id=campaign_id)
    stmt = select(Partner.stage, func.count(Partner.id)).where(*clauses).group_by(Partner.stage)
    return {Stage(stage): int(count) for stage, count in session.execute(stmt)}


def last_contacts(session: Session, *, ws: Workspace, partner_ids: Iterable[int]) -> dict[int, datetime]:
    """Return when each partner was last called, met or written to (notes do not count)."""
    ids = list(partner_ids)
    if not ids:
        return {}
    stmt = (
        select(Interaction.partner_id, func.max(Interaction.occurred_at))
        .where(
            in_ws(Interaction, ws),
            Interaction.partner_id.in_(ids),
            Interaction.deleted_at.is_(None),
            Interaction.kind != InteractionKind.NOTE,
        )
        .group_by(Interaction.partner_id)
    )
    # max() keeps the column's UTC type, so the values come back aware on both backends.
    return {pid: at for pid, at in session.execute(stmt) if pid is not None and at is not None}


def open_followups_of(session: Session, *, ws: Workspace, partner_ids: Iterable[int]) -> list[FollowUp]:
    """Return the open or snoozed follow-ups of some partners, soonest first."""
    ids = list(partner_ids)
    if not ids:
        return []
    stmt = (
        select(FollowUp)
        .where(
            in_ws(FollowUp, ws),
            FollowUp.partner_id.in_(ids),
            FollowUp.status.in_(OPEN),
            FollowUp.deleted_at.is_(None),
        )
        .order_by(FollowUp.due_at, FollowUp.id)
    )
    return list(session.scalars(stmt))


def open_followups_due(
    session: Session,
    *,
    ws: Workspace,
    owner_user_id: str | None,
    before: datetime,
    limit: int = 500,
) -> list[FollowUp]:
    """Return open follow-ups (of one owner, or everyone's) due or snoozed until before a moment."""
    effective = func.coalesce(FollowUp.snoozed_until, FollowUp.due_at)
    clauses = [
        in_ws(FollowUp, ws),
        FollowUp.status.in_(OPEN),
        FollowUp.deleted_at.is_(None),
        or_(FollowUp.due_at < before, and_(FollowUp.snoozed_until.is_not(None), effective < before)),
    ]
    if owner_user_id is not None:
        clauses.append(FollowUp.owner_user_id == owner_user_id)
    stmt = select(FollowUp).where(*clauses).order_by(FollowUp.due_at, FollowUp.id).limit(limit)
    return list(session.scalars(stmt))


def partners_by_id(session: Session, *, ws: Workspace, partner_ids: Iterable[int | None]) -> dict[int, Partner]:
    """Return the partners of the workspace with these ids (deleted ones included, for labels)."""
    ids = sorted({pid for pid in partner_ids if pid is not None})
    if not ids:
        return {}
    stmt = select(Partner).where(in_ws(Partner, ws), Partner.id.in_(ids))
    return {p.id: p for p in session.scalars(stmt)}


def campaign_pledges(session: Session, *, ws: Workspace, campaign_id: int | None = None) -> list[Pledge]:
    """Return live pledges of live partners: of a campaign (its own, and its partners' unfiled ones) or all."""
    stmt = (
        select(Pledge)
        .join(Partner, Partner.id == Pledge.partner_id)
        .where(
            in_ws(Pledge, ws),
            in_ws(Partner, ws),
            Pledge.deleted_at.is_(None),
            Partner.deleted_at.is_(None),
        )
    )
    if campaign_id is not None:
        stmt = stmt.where(
            or_(
                Pledge.campaign_id == campaign_id,
                and_(
                    Pledge.campaign_id.is_(None),
                    Pledge.partner_id.in_(_campaign_partner_ids(ws, campaign_id)),
                ),
            )
        )
    return list(session.scalars(stmt.order_by(Pledge.created_at, Pledge.id)))


def email_confirms(ws: Workspace) -> Any:
    """The condition that an e-mail confirmed a call (an `Interaction` row): an e-mail to the partner
    logged at or after it, or the call's own e-mail follow-up marked done."""
    later_email = aliased(Interaction)
    email_logged = exists().where(
        in_ws(later_email, ws),
        later_email.partner_id == Interaction.partner_id,
        later_email.kind == InteractionKind.EMAIL,
        later_email.deleted_at.is_(None),
        later_email.occurred_at >= Interaction.occurred_at,
    )
    email_done = exists().where(
        in_ws(FollowUp, ws),
        FollowUp.interaction_id == Interaction.id,
        FollowUp.action == FollowUpAction.EMAIL,
        FollowUp.status == FollowUpStatus.DONE,
        FollowUp.deleted_at.is_(None),
    )
    return or_(email_logged, email_done)


def calls_without_email(
    session: Session,
    *,
    ws: Workspace,
    since: datetime,
    campaign_id: int | None = None,
    limit: int = 200,
) -> list[Interaction]:
    """Return calls since a moment that no e-mail confirmed (see `email_confirms`), newest first."""
    stmt = (
        select(Interaction)
        .join(Partner, Partner.id == Interaction.partner_id)
        .where(
            in_ws(Interaction, ws),
            in_ws(Partner, ws),
            Partner.deleted_at.is_(None),
            Interaction.deleted_at.is_(None),
            Interaction.kind == InteractionKind.CALL,
            Interaction.occurred_at >= since,
            ~email_confirms(ws),
        )
    )
    if campaign_id is not None:
        stmt = stmt.where(Interaction.partner_id.in_(_campaign_partner_ids(ws, campaign_id)))
    return list(session.scalars(stmt.order_by(Interaction.occurred_at.desc()).limit(limit)))


def partners_in_touch_stages(
    session: Session, *, ws: Workspace, stages: Iterable[Stage], campaign_id: int | None = None
) -> list[Partner]:
    """Return live partners in some stages (of a campaign, or all), by name."""
    clauses = _partner_filter(ws, campaign_id=campaign_id)
    clauses.append(Partner.stage.in_(list(stages)))
    return list(session.scalars(select(Partner).where(*clauses).order_by(Partner.name, Partner.id)))


def recent_logged(session: Session, *, ws: Workspace, limit: int = 8) -> list[Interaction]:
    """Return the workspace's most recently logged live interactions, newest first."""
    stmt = (
        select(Interaction)
        .where(in_ws(Interaction, ws), Interaction.deleted_at.is_(None))
        .order_by(Interaction.occurred_at.desc(), Interaction.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


def contacts_of_partners(session: Session, *, ws: Workspace, partner_ids: Iterable[int]) -> list[Contact]:
    """Return the live contacts of some partners, decision makers first."""
    ids = list(partner_ids)
    if not ids:
        return []
    stmt = (
        select(Contact)
        .where(in_ws(Contact, ws), Contact.partner_id.in_(ids), Contact.deleted_at.is_(None))
        .order_by(Contact.partner_id, Contact.is_decision_maker.desc(), Contact.name, Contact.id)
    )
    return list(session.scalars(stmt))


def pledges_of_partners(session: Session, *, ws: Workspace, partner_ids: Iterable[int]) -> list[Pledge]:
    """Return the live pledges of some partners, oldest first."""
    ids = list(partner_ids)
    if not ids:
        return []
    stmt = (
        select(Pledge)
        .where(in_ws(Pledge, ws), Pledge.partner_id.in_(ids), Pledge.deleted_at.is_(None))
        .order_by(Pledge.partner_id, Pledge.created_at, Pledge.id)
    )
    return list(session.scalars(stmt))


def campaign_names_of_partners(session: Session, *, ws: Workspace, partner_ids: Iterable[int]) -> dict[int, list[str]]:
    """Return the live campaign names of each partner."""
    ids = list(partner_ids)
    if not ids:
        return {}
    stmt = (
        select(PartnerCampaign.partner_id, Campaign.name)
        .join(Campaign, Campaign.id == PartnerCampaign.campaign_id)
        .where(
            in_ws(PartnerCampaign, ws),
            in_ws(Campaign, ws),
            Campaign.deleted_at.is_(None),
            PartnerCampaign.partner_id.in_(ids),
        )
        .order_by(Campaign.name)
    )
    out: dict[int, list[str]] = {}
    for pid, name in session.execute(stmt):
        out.setdefault(pid, []).append(name)
    return out


def campaign_partner_counts(session: Session, *, ws: Workspace) -> dict[int, int]:
    """Return how many live partners each campaign has."""
    stmt = (
        select(PartnerCampaign.campaign_id, func.count(PartnerCampaign.id))
        .join(Partner, Partner.id == PartnerCampaign.partner_id)
        .where(in_ws(PartnerCampaign, ws), in_ws(Partner, ws), Partner.deleted_at.is_(None))
        .group_by(PartnerCampaign.campaign_id)
    )
    return {cid: int(n) for cid, n in session.execute(stmt)}
