"""`/partner log <text>` and free text after `/partner`: parse, save in one transaction, and only then
acknowledge with the card; colleagues given a follow-up are told, and App Homes redrawn, after the ack."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain import logbook
from bot.domain.free_text import reads_like_log
from bot.domain.known import known_for
from bot.domain.logbook import MAX_LOG_CHARS, LogCard
from bot.domain.people import Actor
from bot.i18n import t
from bot.understanding import parse
from bot.understanding.model import ParseResult
from handlers.log.card import card_message
from handlers.router import Invocation
from handlers.shared import blockkit as bk
from handlers.shared.formatting import due, label, person
from handlers.shared.home import redraw_soon

log = logging.getLogger(__name__)


def free_text(invocation: Invocation) -> bool:
    """Text after `/partner` that names no command: saved as a log when it reads like one.

    Returns False (the caller answers with help) for what looks like a mistyped command. Text too
    long to be a log gets the clear "too long, nothing saved" answer either way.
    """
    text = invocation.args
    if len(text) > MAX_LOG_CHARS:
        if invocation.replayed():
            return True
        invocation.ack(
            response_type="ephemeral",
            text=t(
                invocation.lang,
                "log.too_long_free",
                length=len(text),
                limit=MAX_LOG_CHARS,
                command=invocation.command_name,
            ),
        )
        return True
    services, actor = invocation.services, invocation.actor
    now = services.now()
    with services.transaction(actor.user_id, read_only=True) as session:
        understood = parse(text, now=now, tz=actor.tz, known=known_for(session, ws=actor.ws))
        if not reads_like_log(session, ws=actor.ws, text=text, understood=understood):
            return False
    save_and_card(invocation, text, understood=understood, now=now)
    return True


def save_and_card(
    invocation: Invocation, text: str, *, understood: ParseResult | None = None, now: datetime | None = None
) -> None:
    """Parse (against what the workspace knows), save in one transaction, and acknowledge with the
    card (only after the commit). A log about two partners is saved as one log each: the first card
    is the acknowledgement, the others follow as messages of their own (each with its own buttons)."""
    services, actor = invocation.services, invocation.actor
    now = now or services.now()
    try:
        saved = _save(invocation, text, understood, now)
    except _Replayed:
        invocation.answer_replayed()
        return
    invocation.ack(response_type="ephemeral", **card_message(saved[0][1], actor.lang))
    for _, more in saved[1:]:
        try:
            invocation.respond(response_type="ephemeral", replace_original=False, **card_message(more, actor.lang))
        except Exception:  # saved already; the card is on the partner's page and in the App Home
            log.warning("could not show the card of a log's second partner", exc_info=True)
    owners: list[str] = []
    for done, shown in saved:
        notify_owners(invocation.client, shown, done.mentioned_owners, actor)
        owners.extend(done.mentioned_owners)
    refresh_homes(invocation.client, services, actor.ws, [actor.user_id, *owners])


class _Replayed(Exception):
    """The request id was claimed already: what was saved in this transaction is rolled back."""


def _save(
    invocation: Invocation, text: str, understood: ParseResult | None, now: datetime
) -> list[tuple[logbook.Saved, LogCard]]:
    """One transaction: claim the request id, parse against what the workspace knows, save, read the cards."""
    services, actor = invocation.services, invocation.actor
    with services.transaction(actor.user_id) as session:
        if invocation.replayed_in(session):
            raise _Replayed
        known = known_for(session, ws=actor.ws)
        if understood is None:
            understood = parse(text, now=now, tz=actor.tz, known=known)
        saved = logbook.record_logs(
            session,
            ws=actor.ws,
            user_id=actor.user_id,
            text=text,
            understood=understood,
            tz=actor.tz,
            now=now,
            channel=invocation.command.get("channel_id"),
            known=known,
        )
        cards = [logbook.load_card(session, ws=actor.ws, interaction_id=s.interaction_id) for s in saved]
    return [(s, card) for s, card in zip(saved, cards, strict=True) if card is not None]


def handle_log(invocation: Invocation) -> None:
    """`/partner log <text>`."""
    text = invocation.args.strip()
    lang = invocation.lang
    if (not text or len(text) > MAX_LOG_CHARS) and invocation.replayed():
        return
    if not text:
        invocation.ack(response_type="ephemeral", text=t(lang, "log.usage", command=invocation.command_name))
        return
    if len(text) > MAX_LOG_CHARS:
        invocation.ack(response_type="ephemeral", text=t(lang, "log.too_long", length=len(text), limit=MAX_LOG_CHARS))
        return
    save_and_card(invocation, text)


def notify_owners(client: WebClient, card: LogCard, owners: list[str], writer: Actor) -> None:
    """Tell colleagues who were given a follow-up (after the commit; a failure loses nothing)."""
    partner = bk.escape(card.partner_name or card.organization or "?")
    for owner in owners:
        mine = [f for f in card.followups if f.owner == owner]
        what = "; ".join(
            f"{label('action', f.action, writer.lang)} {due(f.due, all_day=f.all_day, tz=card.tz, lang=writer.lang)}"
            for f in mine
        )
        try:
            client.chat_postMessage(
                channel=owner,
                text=t(writer.lang, "log.notify_owner", writer=person(writer.user_id), partner=partner, what=what),
            )
        except (SlackApiError, SlackClientError):
            log.warning("could not tell a colleague about their follow-up", exc_info=True)


def refresh_homes(client: WebClient, services: Any, ws: Any, users: list[str]) -> None:
    """Redraw, soon, the App Home of everyone a change concerns (after the acknowledgement)."""
    for user_id in dict.fromkeys(users):
        redraw_soon(client, services, ws, user_id)
