"""The summary e-mail from the card: a modal with the draft, ready to copy; "Sent" marks the log's
summary e-mail follow-up done and redraws the card."""

from __future__ import annotations

import json
import logging
from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.webhook import WebhookClient

from bot.domain import logbook, summary
from bot.i18n import t
from handlers.log.card import card_message
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, parse_id, refuse, services_of

log = logging.getLogger(__name__)

LOG_SUMMARY_MODAL = "log_summary_modal"
BODY_CHARS = 3000


def _fit(text: str, limit: int) -> str:
    """Cut a long draft at a line end, so what is shown is whole lines."""
    if len(text) <= limit:
        return text
    return text[: text.rfind("\n", 0, limit - 2)] + "\n…"


def build_summary_modal(draft: summary.SummaryDraft, *, lang: str, response_url: str | None) -> dict[str, Any]:
    """The draft in two copyable fields, subject and text; submitting means it was sent."""

    def field(block_id: str, label: str, value: str, *, multiline: bool, limit: int) -> bk.Block:
        return {
            "type": "input",
            "block_id": block_id,
            "optional": True,
            "label": bk.plain(label, 2000),
            "element": {
                "type": "plain_text_input",
                "action_id": "v",
                "multiline": multiline,
                "initial_value": _fit(value, limit),
                "max_length": limit,
            },
        }

    return {
        "type": "modal",
        "callback_id": LOG_SUMMARY_MODAL,
        "title": bk.plain(t(lang, "summary.modal_title"), 24),
        "submit": bk.plain(t(lang, "summary.modal_sent"), 24),
        "close": bk.plain(t(lang, "summary.modal_close"), 24),
        "private_metadata": json.dumps({"i": draft.interaction_id, "u": response_url}),
        "blocks": [
            bk.section(t(lang, "summary.modal_intro")),
            field("subject", t(lang, "summary.modal_subject"), draft.subject, multiline=False, limit=250),
            field("body", t(lang, "summary.modal_body"), draft.body, multiline=True, limit=BODY_CHARS),
        ],
    }


def handle_summary(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext) -> None:
    """Draft summary e-mail: open the modal with the draft of this log."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = body["actions"][0].get("value")
    with services.transaction(actor.user_id, read_only=True) as session:
        draft = summary.draft_summary(session, ws=actor.ws, interaction_id=parse_id(raw), lang=actor.lang, tz=actor.tz)
    if draft is None:
        refuse(services, actor, entity_type="interactions", raw_id=raw, respond=respond)
        return
    view = build_summary_modal(draft, lang=actor.lang, response_url=body.get("response_url"))
    client.views_open(trigger_id=body["trigger_id"], view=view)


def handle_summary_sent(ack: Ack, view: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Sent: the log's summary e-mail follow-up is done; the card shows it."""
    services, actor = services_of(context), actor_of(context)
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        metadata = {}
    with services.transaction(actor.user_id) as session:
        done = summary.mark_sent(session, ws=actor.ws, interaction_id=parse_id(metadata.get("i")), tz=actor.tz)
        card = (
            logbook.load_card(session, ws=actor.ws, interaction_id=parse_id(metadata.get("i")) or -1)
            if done is not None
            else None
        )
    ack()
    if done is None or card is None:
        refuse(services, actor, entity_type="interactions", raw_id=metadata.get("i"), respond=None)
        return
    try:
        if metadata.get("u"):
            WebhookClient(metadata["u"]).send(replace_original=True, **card_message(card, actor.lang))
        else:
            client.chat_postMessage(channel=actor.user_id, text=t(actor.lang, "summary.sent_done"))
    except (SlackApiError, SlackClientError, OSError):
        log.warning("marked as sent, but could not redraw the card", exc_info=True)
