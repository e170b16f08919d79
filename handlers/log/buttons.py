"""The card's buttons: Undo, Restore, Done / Keep / Drop per follow-up, and the partner choice.
Each acknowledges first, changes the database, then redraws the card from what is stored."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain import logbook, story
from bot.domain.people import Actor
from handlers.log.card import card_message
from handlers.log.command import refresh_homes
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from storage.followups import cancel_followup, complete_followup, get_followup
from storage.interactions import get_interaction
from storage.partners import get_partner


def _redraw(respond: Respond, services: Any, actor: Actor, interaction_id: int, client: WebClient) -> None:
    with services.transaction(actor.user_id) as session:
        card = logbook.load_card(session, ws=actor.ws, interaction_id=interaction_id)
    if card is not None:
        respond(replace_original=True, **card_message(card, actor.lang))
        owners = [f.owner for f in card.followups if f.owner]
        refresh_homes(client, services, actor.ws, [actor.user_id, *owners])


def _log_button(change: Any, verb: str) -> Any:
    """A card button that changes a whole log (undo, restore) and redraws the card."""

    def handler(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
        ack()
        services, actor = services_of(context), actor_of(context)
        raw = body["actions"][0].get("value")
        with services.transaction(actor.user_id) as session:
            done = change(session, ws=actor.ws, interaction_id=parse_id(raw) or -1)
        if not done:
            refuse(services, actor, entity_type="interactions", raw_id=raw, respond=respond)
            return
        _redraw(respond, services, actor, int(raw), client)

    handler.__name__ = f"handle_{verb}"
    handler.__doc__ = f"{verb.capitalize()} a log from its card."
    return handler


def _followup_button(change: str) -> Any:
    def handler(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
        ack()
        services, actor = services_of(context), actor_of(context)
        raw = body["actions"][0].get("value")
        with services.transaction(actor.user_id) as session:
            followup = get_followup(session, ws=actor.ws, followup_id=parse_id(raw))
            if followup is not None:
                if change == "done":
                    complete_followup(session, ws=actor.ws, followup_id=followup.id)
                elif change == "drop":
                    cancel_followup(session, ws=actor.ws, followup_id=followup.id)
                else:
                    followup.suggested = False  # kept: it is the user's own follow-up now
                interaction_id = followup.created_by_interaction_id
        if followup is None:
            refuse(services, actor, entity_type="followups", raw_id=raw, respond=respond)
            return
        if interaction_id is not None:
            _redraw(respond, services, actor, interaction_id, client)

    handler.__name__ = f"handle_followup_{change}"
    return handler


def handle_choose(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
    """Attach a saved log to the partner the user picked."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = str(body["actions"][0].get("value") or "")
    interaction_raw, _, partner_raw = raw.partition(":")
    interaction_id, partner_id = parse_id(interaction_raw), parse_id(partner_raw)
    with services.transaction(actor.user_id) as session:
        card = logbook.load_card(session, ws=actor.ws, interaction_id=interaction_id or -1)
        partner = get_partner(session, ws=actor.ws, partner_id=partner_id)
        ok = card is not None and partner is not None and not card.deleted
        if ok and card.partner_id is None:
            logbook.attach_partner(
                session, ws=actor.ws, user_id=actor.user_id, interaction_id=card.interaction_id, partner_id=partner.id
            )
    if not ok or interaction_id is None:
        refuse(services, actor, entity_type="partners", raw_id=partner_raw, respond=respond)
        return
    _redraw(respond, services, actor, interaction_id, client)


def handle_new_partner(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Create the partner the log named and attach the log to it."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = body["actions"][0].get("value")
    with services.transaction(actor.user_id) as session:
        card = logbook.load_card(session, ws=actor.ws, interaction_id=parse_id(raw) or -1)
        ok = card is not None and not card.deleted and bool(card.organization)
        if ok and card.partner_id is None:
            logbook.attach_partner(
                session,
                ws=actor.ws,
                user_id=actor.user_id,
                interaction_id=card.interaction_id,
                new_name=card.organization,
            )
    if not ok:
        refuse(services, actor, entity_type="interactions", raw_id=raw, respond=respond)
        return
    _redraw(respond, services, actor, int(raw), client)


def handle_pick_pledge(
    ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """The user said which agreement an unclear log meant; update that one and redraw the card."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = str(body["actions"][0].get("value") or "")
    interaction_raw, _, pledge_raw = raw.partition(":")
    interaction_id, pledge_id = parse_id(interaction_raw), parse_id(pledge_raw)
    with services.transaction(actor.user_id) as session:
        interaction = get_interaction(session, ws=actor.ws, interaction_id=interaction_id)
        ok = (
            interaction is not None
            and pledge_id is not None
            and story.resolve_unclear(session, ws=actor.ws, interaction=interaction, pledge_id=pledge_id)
        )
    if not ok or interaction_id is None:
        refuse(services, actor, entity_type="pledges", raw_id=pledge_raw, respond=respond)
        return
    _redraw(respond, services, actor, interaction_id, client)
