"""A campaign's report: progress against the goal, what is not in writing, calls without a confirming e-mail, partners losing touch."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from bot.domain.overview.totals import Totals, pledge_totals
from bot.domain.practice import CONFIRMING_EMAIL_WINDOW, IN_TOUCH_STAGES, LOSING_TOUCH
from storage import overview as queries
from storage.campaigns import list_campaigns
from storage.models import (
    Campaign,
    Interaction,
    Partner,
    Pledge,
    PledgeStatus,
    Stage,
)
from storage.scope import Workspace
from storage.story import awaited_permissions, campaign_partner_ids

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LOSING_TOUCH_DAYS = LOSING_TOUCH.days
STAGE_ORDER = tuple(Stage)


@dataclass(frozen=True)
class CampaignProgress:
    """How far a campaign (or, with campaign None, all partners) has come towards its goal."""

    campaign: Campaign | None
    totals: Totals

    @property
    def goal_dkk(self) -> int | None:
        """The campaign's goal in DKK, if it has one."""
        return self.campaign.goal_dkk if self.campaign is not None else None

    @property
    def share(self) -> float | None:
        """Pledged money as a share of the goal (may exceed 1), or None without a goal."""
        goal = self.goal_dkk
        return self.totals.pledged_dkk / goal if goal else None


@dataclass(frozen=True)
class LosingTouch:
    """A partner we are in touch with but have not spoken to for a while."""

    partner: Partner
    last_contact: datetime | None
    days: int | None  # None: never contacted


def losing_touch(
    partners: Iterable[Partner],
    last_contact: dict[int, datetime],
    *,
    now: datetime,
    days: int = LOSING_TOUCH_DAYS,
) -> list[LosingTouch]:
    """Partners in an in-touch stage with no call, meeting or e-mail in `days` days, longest silence first."""
    out = []
    for p in partners:
        if p.stage not in IN_TOUCH_STAGES:
            continue
        last = last_contact.get(p.id)
        if last is None:
            out.append(LosingTouch(p, None, None))
        elif now - last >= timedelta(days=days):
            out.append(LosingTouch(p, last, (now - last).days))
    return sorted(out, key=lambda lt: (lt.days is not None, -(lt.days or 0), lt.partner.name))


@dataclass(frozen=True)
class Report:
    """`/partner report`: progress, pipeline, and what needs attention."""

    campaign: Campaign | None
    progress: CampaignProgress
    stages: dict[Stage, int]
    not_in_writing: list[tuple[Pledge, Partner]]
    unconfirmed_calls: list[tuple[Interaction, Partner]]
    losing_touch: list[LosingTouch]
    stale_days: int
    campaigns: list[CampaignProgress]  # every campaign's progress, for the workspace-wide report
    # (partner name, grantor name) for permissions still awaited, of the campaign's partners
    awaited_permissions: list[tuple[str, str]] = field(default_factory=list)


def campaign_progress(session: Session, *, ws: Workspace, campaign: Campaign | None) -> CampaignProgress:
    """Totals of one campaign's pledges (or of all pledges with campaign None)."""
    pledges = queries.campaign_pledges(session, ws=ws, campaign_id=campaign.id if campaign else None)
    return CampaignProgress(campaign, pledge_totals(pledges))


def _latest_call_each(calls: list[Interaction], partners: dict[int, Partner]) -> list[tuple[Interaction, Partner]]:
    """One line per partner, its latest unconfirmed call (calls come newest first), as the digest lists them:
    one summary e-mail answers them all."""
    seen: set[int] = set()
    out = []
    for call in calls:
        if call.partner_id in partners and call.partner_id not in seen:
            seen.add(call.partner_id)
            out.append((call, partners[call.partner_id]))
    return out


def build_report(
    session: Session,
    *,
    ws: Workspace,
    campaign: Campaign | None,
    now: datetime,
    stale_days: int = LOSING_TOUCH_DAYS,
) -> Report:
    """Everything the report shows, for one campaign or (campaign None) the whole workspace."""
    cid = campaign.id if campaign else None
    pledges = queries.campaign_pledges(session, ws=ws, campaign_id=cid)
    partners = queries.partners_by_id(session, ws=ws, partner_ids=(p.partner_id for p in pledges))
    verbal = [(p, partners[p.partner_id]) for p in pledges if p.status == PledgeStatus.VERBAL]
    calls = queries.calls_without_email(session, ws=ws, since=now - CONFIRMING_EMAIL_WINDOW, campaign_id=cid)
    call_partners = queries.partners_by_id(session, ws=ws, partner_ids=(c.partner_id for c in calls))
    in_touch = queries.partners_in_touch_stages(session, ws=ws, stages=IN_TOUCH_STAGES, campaign_id=cid)
    last = queries.last_contacts(session, ws=ws, partner_ids=[p.id for p in in_touch])
    each = (
        []
        if campaign is not None
        else [campaign_progress(session, ws=ws, campaign=c) for c in list_campaigns(session, ws=ws)]
    )
    return Report(
        campaign=campaign,
        progress=CampaignProgress(campaign, pledge_totals(pledges)),
        stages=queries.stage_counts(session, ws=ws, campaign_id=cid),
        not_in_writing=verbal,
        unconfirmed_calls=_latest_call_each(calls, call_partners),
        losing_touch=losing_touch(in_touch, last, now=now, days=stale_days),
        stale_days=stale_days,
        campaigns=each,
        awaited_permissions=awaited(session, ws=ws, campaign_id=cid),
    )


def awaited(session: Session, *, ws: Workspace, campaign_id: int | None = None) -> list[tuple[str, str]]:
    """(partner, grantor) names for every permission still awaited (of a campaign's partners)."""
    members = set(campaign_partner_ids(session, ws=ws, campaign_id=campaign_id)) if campaign_id else None
    return [(p.name, g.name) for p, g in awaited_permissions(session, ws=ws) if members is None or p.id in members]
