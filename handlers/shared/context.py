"""What every listener needs: who is asking, the services, safe ids, and a polite refusal."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient

from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from storage.audit import record
from storage.models import AuditAction

log = logging.getLogger(__name__)


def services_of(context: BoltContext | dict[str, Any]) -> Services:
    """The services the app factory put on the request context."""
    return context["services"]


def actor_of(context: BoltContext | dict[str, Any]) -> Actor:
    """The user behind the request, with language and timezone."""
    return context["actor"]


def dm_channel(client: WebClient, user_id: str) -> str:
    """The id of the bot's direct-message channel with a user (file uploads need a channel id)."""
    return str(client.conversations_open(users=user_id)["channel"]["id"])


def parse_id(raw: Any) -> int | None:
    """A database id from a button value or private_metadata; None for anything else."""
    text = str(raw or "").strip()
    if not text.isdigit() or len(text) > 18:
        return None
    return int(text)


def refuse(services: Services, actor: Actor, *, entity_type: str, raw_id: Any, respond: Respond | None) -> None:
    """Answer that a record is gone or not this workspace's, and audit the attempt; nothing else changes."""
    with services.transaction(actor.user_id) as session:
        record(
            session,
            ws=actor.ws,
            action=AuditAction.REFUSED,
            entity_type=entity_type,
            entity_id=parse_id(raw_id),
            changes={"reason": "not found in this workspace"},
        )
    log.info("refused a reference to a missing or foreign record", extra={"entity": entity_type})
    if respond is not None:
        respond(response_type="ephemeral", replace_original=False, text=t(actor.lang, "error.not_found"))
