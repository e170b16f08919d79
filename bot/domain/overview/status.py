"""One partner at a glance: which partner a name means, and its status."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.domain.overview.totals import Totals, pledge_totals
from storage.scope import Workspace
from storage.search import Match, find_partners
from storage.status import PartnerStatus, partner_status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Lookup:
    """What a typed partner name found: one partner to show, or candidates to choose from."""

    query: str
    chosen: Match | None
    candidates: list[Match]


def choose(matches: Sequence[Match]) -> Match | None:
    """The match to show at once, or None when the person should pick (or nothing matched)."""
    if not matches:
        return None
    top = matches[0]
    if top.how == "fuzzy":
        return None  # a guess: ask "did you mean" rather than show the wrong partner
    if len(matches) == 1:
        return top
    second = matches[1]
    if top.how == "exact" and second.how != "exact":
        return top
    if second.how == "fuzzy" and top.score - second.score >= 0.1:
        return top
    return None


def lookup_partner(session: Session, *, ws: Workspace, query: str, limit: int = 8) -> Lookup:
    """Find a partner as a person types it (partial, any case or accents, aliases)."""
    matches = find_partners(session, ws=ws, query=query, limit=limit)
    return Lookup(query=query, chosen=choose(matches), candidates=matches)


@dataclass(frozen=True)
class StatusSummary:
    """Everything `/partner status` shows about one partner."""

    status: PartnerStatus
    totals: Totals


def status_summary(session: Session, *, ws: Workspace, partner_id: int, now: datetime) -> StatusSummary | None:
    """The status of a partner of the workspace, or None if it is gone or not the workspace's."""
    status = partner_status(session, ws=ws, partner_id=partner_id, now=now)
    if status is None:
        return None
    return StatusSummary(status=status, totals=pledge_totals(status.pledges))
