"""A reminder DM's buttons: Done, Snooze and Reschedule (with its modal). The messages are drawn in
views.py and sent by transport.py; what is due and the exactly-once protocol live in bot/domain/reminders.py
(the team digest's content and sweep in bot/domain/team_digest.py).
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.domain.followup_times import (
    SNOOZE_OPTIONS,
    at_local,
    local_midnight,
    picked_day,
    picked_time,
    snooze_until,
)
from bot.domain.people import Actor
from bot.domain.reminders import (
    load_reminder_content,
)
from bot.domain.services import Services
from bot.i18n import t
from handlers.reminders.views import (
    ACTION_DAY,
    ACTION_DONE,
    ACTION_RESCHEDULE,
    ACTION_SNOOZE,
    ACTION_TIME,
    BLOCK_DAY,
    BLOCK_TIME,
    RESCHEDULE_MODAL,
    build_reminder_blocks,
)
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from handlers.shared.formatting import due as due_token
from handlers.shared.formatting import person
from storage.followups import complete_followup as complete
from storage.followups import get_followup, reschedule_followup, snooze_followup

log = logging.getLogger(__name__)


def _container(body: dict[str, Any]) -> tuple[str | None, str | None]:
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    return channel, ts


def _update_dm(
    client: WebClient,
    services: Services,
    actor: Actor,
    followup_id: int,
    channel: str | None,
    ts: str | None,
    state: str,
) -> None:
    if not channel or not ts:
        return
    lead = timedelta(minutes=services.settings.reminder_lead_minutes)
    with services.transaction(actor.user_id) as session:
        content = load_reminder_content(session, ws=actor.ws, followup_id=followup_id, now=services.now(), lead=lead)
    if content is None:
        return
    blocks = build_reminder_blocks(content, actor.lang, actor.tz, state=state)
    try:
        client.chat_update(channel=channel, ts=ts, text=state, blocks=blocks)
    except SlackApiError:
        log.warning("could not update the reminder message", exc_info=True)


def handle_done(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond
) -> None:
    """Done: mark the follow-up done and turn the DM into a receipt."""
    ack()
    services, actor = services_of(context), actor_of(context)
    followup_id = parse_id(action.get("value"))
    with services.transaction(actor.user_id) as session:
        followup = get_followup(session, ws=actor.ws, followup_id=followup_id)
        if followup is not None:
            complete(session, ws=actor.ws, followup_id=followup.id)
    if followup is None or followup_id is None:
        refuse(services, actor, entity_type="followup", raw_id=action.get("value"), respond=respond)
        return
    channel, ts = _container(body)
    _update_dm(
        client,
        services,
        actor,
        followup_id,
        channel,
        ts,
        t(actor.lang, "reminder.state.done", who=person(actor.user_id)),
    )


def handle_snooze(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond
) -> None:
    """Snooze 1 hour, until tomorrow 09:00 or 2 days: the reminder comes again then."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = str((action.get("selected_option") or {}).get("value") or "")
    raw_id, _, option = raw.partition(":")
    followup_id = parse_id(raw_id)
    if option not in SNOOZE_OPTIONS:
        return
    until = snooze_until(option, now=services.now(), tz=actor.tz)
    with services.transaction(actor.user_id) as session:
        followup = get_followup(session, ws=actor.ws, followup_id=followup_id)
        if followup is not None:
            snooze_followup(session, ws=actor.ws, followup_id=followup.id, until=until)
    if followup is None or followup_id is None:
        refuse(services, actor, entity_type="followup", raw_id=raw_id, respond=respond)
        return
    channel, ts = _container(body)
    when = due_token(until, all_day=False, tz=actor.tz, lang=actor.lang)
    _update_dm(client, services, actor, followup_id, channel, ts, t(actor.lang, "reminder.state.snoozed", when=when))


def build_reschedule_modal(lang: str, followup_id: int, channel: str | None, ts: str | None) -> dict[str, Any]:
    """The modal with a date picker and a time picker."""
    return {
        "type": "modal",
        "callback_id": RESCHEDULE_MODAL,
        "private_metadata": json.dumps({"f": followup_id, "c": channel, "ts": ts}),
        "title": bk.plain(t(lang, "reminder.modal.title"), 24),
        "submit": bk.plain(t(lang, "reminder.modal.submit"), 24),
        "close": bk.plain(t(lang, "reminder.modal.cancel"), 24),
        "blocks": [
            {
                "type": "input",
                "block_id": BLOCK_DAY,
                "label": bk.plain(t(lang, "reminder.modal.day")),
                "element": {"type": "datepicker", "action_id": ACTION_DAY},
            },
            {
                "type": "input",
                "block_id": BLOCK_TIME,
                "optional": True,
                "label": bk.plain(t(lang, "reminder.modal.time")),
                "element": {"type": "timepicker", "action_id": ACTION_TIME},
            },
        ],
    }


def handle_reschedule(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond
) -> None:
    """Reschedule: open the date/time modal for the follow-up."""
    ack()
    services, actor = services_of(context), actor_of(context)
    followup_id = parse_id(action.get("value"))
    with services.transaction(actor.user_id) as session:
        found = get_followup(session, ws=actor.ws, followup_id=followup_id) is not None
    if not found or followup_id is None:
        refuse(services, actor, entity_type="followup", raw_id=action.get("value"), respond=respond)
        return
    channel, ts = _container(body)
    client.views_open(trigger_id=body["trigger_id"], view=build_reschedule_modal(actor.lang, followup_id, channel, ts))


def handle_reschedule_submit(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    """Move the follow-up to the picked date (and time; none means all day) in the user's timezone."""
    services, actor = services_of(context), actor_of(context)
    values = (view.get("state") or {}).get("values") or {}
    day = (values.get(BLOCK_DAY) or {}).get(ACTION_DAY, {}).get("selected_date")
    at = (values.get(BLOCK_TIME) or {}).get(ACTION_TIME, {}).get("selected_time")
    if picked_day(day) is None:
        ack(response_action="errors", errors={BLOCK_DAY: t(actor.lang, "reminder.modal.need_day")})
        return
    if at and picked_time(at) is None:
        ack(response_action="errors", errors={BLOCK_TIME: t(actor.lang, "reminder.modal.need_time")})
        return
    ack()
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    if not isinstance(meta, dict):
        meta = {}
    followup_id = parse_id(meta.get("f"))
    due_at = at_local(day, at, actor.tz) if at else local_midnight(day, actor.tz)
    with services.transaction(actor.user_id) as session:
        followup = get_followup(session, ws=actor.ws, followup_id=followup_id)
        if followup is not None:
            reschedule_followup(
                session, ws=actor.ws, followup_id=followup.id, due_at=due_at, all_day=not at, due_tz=actor.tz
            )
    if followup is None or followup_id is None:
        refuse(services, actor, entity_type="followup", raw_id=meta.get("f"), respond=None)
        return
    when = due_token(due_at, all_day=not at, tz=actor.tz, lang=actor.lang)
    _update_dm(
        client,
        services,
        actor,
        followup_id,
        meta.get("c"),
        meta.get("ts"),
        t(actor.lang, "reminder.state.moved", when=when),
    )


def register(app: App) -> None:
    """Listen for the reminder DM's buttons and the reschedule modal."""
    app.action(ACTION_DONE)(handle_done)
    app.action(ACTION_SNOOZE)(handle_snooze)
    app.action(ACTION_RESCHEDULE)(handle_reschedule)
    app.view(RESCHEDULE_MODAL)(handle_reschedule_submit)
