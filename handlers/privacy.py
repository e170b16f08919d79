"""`/partner forget <person>` and `/partner export-person <person>`: GDPR erasure and access, for admins."""

from __future__ import annotations

import json
import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, dm_channel, parse_id, refuse, services_of
from handlers.shared.slack_checks import is_admin
from storage.contacts import get_contact, people_named
from storage.gdpr import erase_contact, export_contact
from storage.partners import get_partner
from storage.scope import Workspace

log = logging.getLogger(__name__)

PRIVACY_FORGET = "privacy_forget"
PRIVACY_CHOOSE_FORGET = "privacy_choose_forget"
PRIVACY_CHOOSE_EXPORT = "privacy_choose_export"
MAX_CHOICES = 10


def is_privacy_admin(services: Services, client: WebClient, actor: Actor) -> bool:
    """True for users named in PRIVACY_ADMINS and for the workspace's admins and owners (a quick users.info)."""
    return is_admin(services, client, actor)


def find_people(services: Services, ws: Workspace, name: str) -> list[tuple[int, str, str | None]]:
    """Live contacts whose name is, or starts with, what was typed: (id, name, partner name)."""
    with services.transaction(None, read_only=True) as session:
        return people_named(session, ws=ws, name=name, limit=MAX_CHOICES)


def _start(invocation: Invocation, sub: str, *, erase: bool, choose_action: str) -> None:
    lang, actor = invocation.lang, invocation.actor
    if not is_privacy_admin(invocation.services, invocation.client, actor):
        invocation.ack(response_type="ephemeral", text=t(lang, "privacy.not_allowed"))
        return
    name = invocation.args.strip()
    if not name:
        invocation.ack(
            response_type="ephemeral", text=t(lang, "privacy.usage", command=invocation.command_name, sub=sub)
        )
        return
    people = find_people(invocation.services, actor.ws, name)
    if not people:
        invocation.ack(response_type="ephemeral", text=t(lang, "privacy.no_match", name=bk.escape(bk.clip(name, 80))))
        return
    if len(people) == 1 and erase:
        invocation.ack(
            response_type="ephemeral", blocks=_confirm_blocks(people[0], lang), text=t(lang, "privacy.button_forget")
        )
        return
    if len(people) == 1:
        invocation.ack(response_type="ephemeral", text=t(lang, "privacy.exported"))
        _send_export(invocation.services, invocation.client, actor, people[0][0], invocation.respond)
        return
    options = [
        (f"{person} ({partner or t(lang, 'privacy.no_partner')})", f"{choose_action}:{i}", str(contact_id))
        for i, (contact_id, person, partner) in enumerate(people)
    ]
    blocks = bk.choices(t(lang, "privacy.choose", name=bk.escape(bk.clip(name, 80))), options)
    invocation.ack(
        response_type="ephemeral", blocks=blocks, text=t(lang, "privacy.choose", name=bk.escape(bk.clip(name, 80)))
    )


def _confirm_blocks(person: tuple[int, str, str | None], lang: str) -> list[bk.Block]:
    contact_id, name, partner = person
    text = t(
        lang,
        "privacy.confirm_forget",
        name=bk.escape(name),
        partner=bk.escape(partner or t(lang, "privacy.no_partner")),
    )
    return [
        bk.section(text),
        bk.actions(bk.button(t(lang, "privacy.button_forget"), PRIVACY_FORGET, str(contact_id), style="danger")),
    ]


def handle_forget(invocation: Invocation) -> None:
    """`/partner forget <person>`: find the person and ask for confirmation."""
    _start(invocation, "forget", erase=True, choose_action=PRIVACY_CHOOSE_FORGET)


def handle_export_person(invocation: Invocation) -> None:
    """`/partner export-person <person>`: send everything stored about them as a JSON file."""
    _start(invocation, "export-person", erase=False, choose_action=PRIVACY_CHOOSE_EXPORT)


def _send_export(services: Services, client: WebClient, actor: Actor, contact_id: int, respond: Respond) -> None:
    with services.transaction(None, read_only=True) as session:
        data = export_contact(session, ws=actor.ws, contact_id=contact_id)
    try:
        client.files_upload_v2(
            channel=dm_channel(client, actor.user_id),
            filename=f"person-{contact_id}.json",
            title=f"person-{contact_id}.json",
            content=json.dumps(data, ensure_ascii=False, indent=1, default=str),
        )
    except (SlackApiError, SlackClientError, OSError):
        log.warning("could not upload a person export")
        respond(response_type="ephemeral", replace_original=False, text=t(actor.lang, "privacy.export_failed"))


def _admin_and_contact(
    ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext
) -> tuple[Services, Actor, int] | None:
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = body["actions"][0].get("value")
    if not is_privacy_admin(services, client, actor):
        respond(response_type="ephemeral", replace_original=False, text=t(actor.lang, "privacy.not_allowed"))
        return None
    with services.transaction(None, read_only=True) as session:
        contact = get_contact(session, ws=actor.ws, contact_id=parse_id(raw), include_deleted=True)
        contact_id = contact.id if contact is not None and contact.erased_at is None else None
    if contact_id is None:
        refuse(services, actor, entity_type="contacts", raw_id=raw, respond=respond)
        return None
    return services, actor, contact_id


def handle_forget_confirmed(
    ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext
) -> None:
    """Erase, after the admin pressed the button."""
    found = _admin_and_contact(ack, body, client, respond, context)
    if found is None:
        return
    services, actor, contact_id = found
    with services.transaction(actor.user_id) as session:
        erase_contact(session, ws=actor.ws, contact_id=contact_id)
    respond(replace_original=True, text=t(actor.lang, "privacy.forgotten"))


def handle_choose_forget(
    ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext
) -> None:
    """One of several people was chosen for erasure: ask to confirm."""
    found = _admin_and_contact(ack, body, client, respond, context)
    if found is None:
        return
    services, actor, contact_id = found
    person = next(p for p in find_people_by_id(services, actor.ws, contact_id))
    respond(
        replace_original=True, blocks=_confirm_blocks(person, actor.lang), text=t(actor.lang, "privacy.button_forget")
    )


def handle_choose_export(
    ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond, context: BoltContext
) -> None:
    """One of several people was chosen for export."""
    found = _admin_and_contact(ack, body, client, respond, context)
    if found is None:
        return
    services, actor, contact_id = found
    respond(replace_original=True, text=t(actor.lang, "privacy.exported"))
    _send_export(services, client, actor, contact_id, respond)


def find_people_by_id(services: Services, ws: Workspace, contact_id: int) -> list[tuple[int, str, str | None]]:
    """The (id, name, partner name) of one contact of the workspace."""
    with services.transaction(None, read_only=True) as session:
        contact = get_contact(session, ws=ws, contact_id=contact_id, include_deleted=True)
        if contact is None:
            return []
        partner = get_partner(session, ws=ws, partner_id=contact.partner_id, include_deleted=True)
        return [(contact.id, contact.name, partner.name if partner is not None else None)]


def register(app: App, commands: Commands) -> None:
    """`forget` and `export-person` with their buttons."""
    commands.add(
        "forget", handle_forget, help_key="help.cmd.forget", usage="<name>", aliases=("glem",), da=("glem", "<navn>")
    )
    commands.add(
        "export-person",
        handle_export_person,
        help_key="help.cmd.export_person",
        usage="<name>",
        aliases=("eksporter-person",),
        da=("eksporter-person", "<navn>"),
    )
    app.action(PRIVACY_FORGET)(handle_forget_confirmed)
    app.action(re.compile(rf"^{PRIVACY_CHOOSE_FORGET}:\d+$"))(handle_choose_forget)
    app.action(re.compile(rf"^{PRIVACY_CHOOSE_EXPORT}:\d+$"))(handle_choose_export)
