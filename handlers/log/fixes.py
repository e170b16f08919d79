"""Quick fixes on the card: per agreement (confirmed in writing, delivered, withdrawn) and the
partner's publicity wish. Each acknowledges first, applies the fix, then redraws the card."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain import fixes
from handlers.log.buttons import _redraw
from handlers.shared.context import actor_of, parse_id, refuse, services_of


def _chosen(body: dict[str, Any]) -> tuple[str, str]:
    action = body["actions"][0]
    value = str((action.get("selected_option") or {}).get("value") or action.get("value") or "")
    raw_id, _, choice = value.partition(":")
    return raw_id, choice


def handle_pledge_fix(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """An agreement's quick fix from its overflow menu."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw_id, fix = _chosen(body)
    with services.transaction(actor.user_id) as session:
        fixed = fixes.fix_pledge(
            session, ws=actor.ws, pledge_id=parse_id(raw_id), fix=fix, user_id=actor.user_id, now=services.now()
        )
    if fixed is None:
        refuse(services, actor, entity_type="pledges", raw_id=raw_id, respond=respond)
        return
    if fixed.interaction_id is not None:
        _redraw(respond, services, actor, fixed.interaction_id, client)


def handle_publicity(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
    """The partner's publicity wish, chosen on the card."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw_id, publicity = _chosen(body)
    with services.transaction(actor.user_id) as session:
        fixed = fixes.set_publicity(session, ws=actor.ws, interaction_id=parse_id(raw_id), publicity=publicity)
    if fixed is None or fixed.interaction_id is None:
        refuse(services, actor, entity_type="interactions", raw_id=raw_id, respond=respond)
        return
    _redraw(respond, services, actor, fixed.interaction_id, client)
