"""Everything `/partner status` shows about one partner, gathered in a few indexed queries."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from storage import campaigns, contacts, followups, interactions, partners, permissions, pledges
from storage.coltypes import utcnow
from storage.models import (
    Campaign,
    Contact,
    FollowUp,
    Interaction,
    Partner,
    PartnerName,
    Permission,
    Pledge,
)
from storage.scope import Workspace


@dataclass(frozen=True)
class PartnerStatus:
    """A partner with its people, agreements, open follow-ups and recent history."""

    partner: Partner
    aliases: list[PartnerName]
    campaigns: list[Campaign]
    contacts: list[Contact]
    pledges: list[Pledge]
    open_followups: list[FollowUp]
    last_interactions: list[Interaction]
    pending_permissions: list[tuple[Permission, Partner]]
    last_contact_at: datetime | None
    days_since_last_contact: int | None


def partner_status(
    session: Session,
    *,
    ws: Workspace,
    partner_id: int,
    interactions_limit: int = 5,
    now: datetime | None = None,
) -> PartnerStatus | None:
    """Return the partner's status, or None if the id is not a live partner of the workspace."""
    partner = partners.get_partner(session, ws=ws, partner_id=partner_id)
    if partner is None:
        return None
    last = interactions.last_contact_at(session, ws=ws, partner_id=partner.id)
    now = now or utcnow()
    return PartnerStatus(
        partner=partner,
        aliases=[n for n in partners.names_of(session, ws=ws, partner_id=partner.id) if n.is_alias],
        campaigns=campaigns.campaigns_of(session, ws=ws, partner_id=partner.id),
        contacts=contacts.contacts_of(session, ws=ws, partner_id=partner.id),
        pledges=pledges.pledges_of(session, ws=ws, partner_id=partner.id),
        open_followups=followups.open_followups(session, ws=ws, partner_id=partner.id),
        last_interactions=interactions.recent_interactions(
            session, ws=ws, partner_id=partner.id, limit=interactions_limit
        ),
        pending_permissions=permissions.pending_permissions(session, ws=ws, partner_id=partner.id),
        last_contact_at=last,
        days_since_last_contact=None if last is None else (now - last).days,
    )
