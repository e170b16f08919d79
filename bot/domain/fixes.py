"""Quick fixes from the card: an agreement confirmed in writing, delivered or withdrawn, and a
partner's publicity wish. Each applies at once, is idempotent (a retried click changes nothing
more) and is audited by the session hook like every other change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.domain.logbook import PIPELINE
from storage.interactions import get_interaction
from storage.models import IN_WRITING, PledgeStatus, Publicity, Stage
from storage.partners import get_partner
from storage.pledges import get_pledge

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.scope import Workspace

# The fixes a card offers per agreement, in the order shown.
PLEDGE_FIXES = ("in_writing", "delivered", "withdrawn")
PUBLICITY_CHOICES = (Publicity.PUBLIC.value, Publicity.ASK_FIRST.value, Publicity.NO_PUBLICITY.value)
# Where a fix moves the partner at least (never back).
_STAGE_AT_LEAST = {"in_writing": Stage.CONFIRMED_IN_WRITING, "delivered": Stage.ACTIVE}


@dataclass(frozen=True)
class Fixed:
    """What a quick fix did: the log whose card shows the row, and whether anything changed."""

    interaction_id: int | None
    changed: bool


def fix_pledge(
    session: Session, *, ws: Workspace, pledge_id: int | None, fix: str, user_id: str, now: datetime
) -> Fixed | None:
    """Mark an agreement confirmed in writing, delivered or withdrawn; None if it is not this workspace's."""
    pledge = get_pledge(session, ws=ws, pledge_id=pledge_id)
    if pledge is None or fix not in PLEDGE_FIXES:
        return None
    before = pledge.status
    if fix == "in_writing" and pledge.status not in IN_WRITING:
        pledge.status = PledgeStatus.CONFIRMED_EMAIL
    elif fix == "delivered":
        pledge.status = PledgeStatus.DELIVERED
    elif fix == "withdrawn":
        pledge.status = PledgeStatus.CANCELLED
    if pledge.status in IN_WRITING and not pledge.evidence:
        pledge.evidence = f"marked on the card by {user_id} on {now.date().isoformat()}"
        pledge.evidence_at = now
    partner = get_partner(session, ws=ws, partner_id=pledge.partner_id)
    target = _STAGE_AT_LEAST.get(fix)
    if partner is not None and target is not None and partner.stage in PIPELINE:
        partner.stage = max(partner.stage, target, key=PIPELINE.index)
    session.flush()
    return Fixed(pledge.created_by_interaction_id, pledge.status is not before)


def set_publicity(session: Session, *, ws: Workspace, interaction_id: int | None, publicity: str) -> Fixed | None:
    """Set the publicity wish of a log's partner; None if the log or partner is not this workspace's."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    if interaction is None or publicity not in PUBLICITY_CHOICES:
        return None
    partner = get_partner(session, ws=ws, partner_id=interaction.partner_id)
    if partner is None:
        return None
    changed = partner.publicity.value != publicity
    partner.publicity = Publicity(publicity)
    session.flush()
    return Fixed(interaction.id, changed)
