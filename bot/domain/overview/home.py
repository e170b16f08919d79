"""What a person's App Home shows: their follow-ups, the team's latest logs, campaign progress."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from bot.domain.overview.due import DueBuckets, due_overview
from bot.domain.overview.report import CampaignProgress, awaited, campaign_progress
from storage import overview as queries
from storage.campaigns import list_campaigns
from storage.models import (
    Interaction,
)
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class HomeData:
    """What a person's App Home shows."""

    due: DueBuckets
    recent: list[tuple[Interaction, str | None]]
    campaigns: list[CampaignProgress]
    awaited_permissions: list[tuple[str, str]] = field(default_factory=list)


def home_data(session: Session, *, ws: Workspace, user_id: str, now: datetime, tz: str) -> HomeData:
    """A person's follow-ups, the team's latest logs and every campaign's progress."""
    due = due_overview(session, ws=ws, owner_user_id=user_id, now=now, tz=tz)
    recent = queries.recent_logged(session, ws=ws, limit=8)
    partners = queries.partners_by_id(session, ws=ws, partner_ids=(i.partner_id for i in recent))
    named = [(i, partners[i.partner_id].name if i.partner_id in partners else None) for i in recent]
    progress = [campaign_progress(session, ws=ws, campaign=c) for c in list_campaigns(session, ws=ws)]
    return HomeData(due=due, recent=named, campaigns=progress, awaited_permissions=awaited(session, ws=ws))
