"""Reminder DMs, digests and the weekly team digest on Slack: their Block Kit, the transport the sweeps
send with, and the Done / Snooze / Reschedule buttons. What is due and the exactly-once protocol live in
bot/domain/reminders.py (the team digest's content and sweep in bot/domain/team_digest.py).
"""

from __future__ import annotations

import json
import logging
import sys
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryHandler, RetryState

from bot.domain.digest import Digest, DigestItem
from bot.domain.followup_times import SNOOZE_OPTIONS, at_local, local_midnight, snooze_until
from bot.domain.people import Actor
from bot.domain.reminders import (
    DigestSweep,
    LookupUnavailable,
    Outgoing,
    ReminderContent,
    ReminderSweep,
    SendFailed,
    Transport,
    load_reminder_content,
)
from bot.domain.services import Services
from bot.domain.team_digest import AgreementLine, TeamDigestContent, TeamDigestSweep, Unnamed
from bot.i18n import t
from bot.process.clock import Sweep
from bot.settings import Settings
from handlers import settings as settings_feature
from handlers.ids import LOG_OPEN_FOR_PARTNER
from handlers.install.oauth import Clients
from handlers.router import Commands
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from handlers.shared.formatting import due as due_token
from handlers.shared.formatting import label, money, person
from storage.followups import complete_followup as complete
from storage.followups import get_followup, reschedule_followup, snooze_followup
from storage.scope import Workspace

log = logging.getLogger(__name__)

ACTION_DONE = "reminder_done"
ACTION_SNOOZE = "reminder_snooze"
ACTION_RESCHEDULE = "reminder_reschedule"
RESCHEDULE_MODAL = "reminder_reschedule_modal"
BLOCK_DAY, ACTION_DAY = "reschedule_day", "reschedule_day"
BLOCK_TIME, ACTION_TIME = "reschedule_time", "reschedule_time"
METADATA_EVENT = "partnerbot_delivery"
DIGEST_LINES = 8
LAST_TEXT_CHARS = 300
# A Retry-After longer than this is not waited out in the scheduler thread: the message is
# handed back with that retry time instead.
MAX_INLINE_WAIT = 30.0
RATE_LIMIT_RETRIES = 3


# ----- Block Kit -------------------------------------------------------------------------------


def _what(lang: str, action: Any, partner_name: str | None, text: str | None) -> str:
    partner = f"*{bk.escape(partner_name)}*" if partner_name else t(lang, "reminder.no_partner")
    line = t(lang, f"reminder.action.{action}", partner=partner)
    if text:
        line += f" – {bk.escape(bk.clip(text, 200))}"
    return line


def build_reminder_blocks(content: ReminderContent, lang: str, tz: str, *, state: str | None = None) -> list[bk.Block]:
    """The reminder DM: what is due and when, the contact, what was said last time, and buttons.

    With `state` (a line saying it was done, snoozed or moved) the buttons are replaced by it.
    """
    when = due_token(content.due_at, all_day=content.all_day, tz=content.due_tz or tz, lang=lang)
    blocks: list[bk.Block] = []
    if content.late and state is None:
        blocks.append(bk.context(t(lang, "reminder.late")))
    title = t(lang, "reminder.title", what=_what(lang, content.action, content.partner_name, content.text), due=when)
    if content.snoozed:
        title += " " + t(lang, "reminder.snoozed_again")
    blocks.append(bk.section(title))
    facts = []
    if content.contact_name or content.phone or content.email:
        who = ", ".join(
            bk.escape(part)
            for part in (
                content.contact_name and (f"{content.contact_name} ({content.contact_role})" if content.contact_role else content.contact_name),
                content.phone,
                content.email,
            )
            if part
        )
        facts.append(t(lang, "reminder.contact", who=who))
    if content.last_agreed:
        when_last = due_token(content.last_at, all_day=True, tz=tz, lang=lang) if content.last_at else ""
        facts.append(t(lang, "reminder.last", when=when_last, text=bk.escape(bk.clip(content.last_agreed, LAST_TEXT_CHARS))))
    if facts:
        blocks.append(bk.context(*facts))
    if state is not None:
        blocks.append(bk.context(state))
        return blocks
    fid = str(content.followup_id)
    elements = [bk.button(t(lang, "reminder.done"), ACTION_DONE, fid, style="primary")]
    if content.partner_id is not None:
        elements.append(bk.button(t(lang, "reminder.log"), LOG_OPEN_FOR_PARTNER, str(content.partner_id)))
    elements.append(
        {
            "type": "overflow",
            "action_id": ACTION_SNOOZE,
            "options": [
                {"text": bk.plain(f"{t(lang, 'reminder.snooze')}: {t(lang, f'reminder.snooze.{option}')}", 75), "value": f"{fid}:{option}"}
                for option in SNOOZE_OPTIONS
            ],
        }
    )
    elements.append(bk.button(t(lang, "reminder.reschedule"), ACTION_RESCHEDULE, fid))
    blocks.append(bk.actions(*elements, block_id=f"reminder_{fid}"))
    return blocks


def reminder_message(content: ReminderContent, lang: str, tz: str) -> dict[str, Any]:
    """The chat.postMessage arguments (text + blocks) of a reminder."""
    notify = t(lang, "reminder.notify", what=_what(lang, content.action, content.partner_name, content.text).replace("*", ""))
    return bk.message(notify, build_reminder_blocks(content, lang, tz))


def _lines(items: list[str], lang: str) -> str:
    shown = items[:DIGEST_LINES]
    if len(items) > DIGEST_LINES:
        shown.append(t(lang, "digest.more", n=len(items) - DIGEST_LINES))
    return "\n".join(shown)


def _item_line(item: DigestItem, lang: str, tz: str) -> str:
    when = due_token(item.due_at, all_day=item.all_day, tz=item.due_tz or tz, lang=lang)
    return f"• {_what(lang, item.action, item.partner_name, item.text)} – {when}"


def build_digest_blocks(digest: Digest) -> list[bk.Block]:
    """The daily digest DM, one section per non-empty part."""
    lang, tz = digest.recipient.lang, digest.recipient.tz
    day = due_token(datetime.combine(digest.day, dtime(12), tzinfo=ZoneInfo(tz)), all_day=True, tz=tz, lang=lang)
    blocks: list[bk.Block] = [bk.section(f"*{t(lang, 'digest.header', day=day)}*")]
    for key, items in (("digest.overdue", digest.overdue), ("digest.today", digest.today), ("digest.week", digest.week)):
        if items:
            lines = [_item_line(item, lang, tz) for item in items]
            blocks.append(bk.section(f"{t(lang, key, n=len(items))}\n{_lines(lines, lang)}"))
    if digest.not_in_writing:
        lines = []
        for p in digest.not_in_writing:
            what = label("pledge_kind", p.kind, lang)
            if p.amount_dkk:
                what = money(p.amount_dkk, lang)
            elif p.quantity:
                what = f"{p.quantity} {bk.escape(p.what or '')}".strip()
            elif p.what:
                what = bk.escape(p.what)
            lines.append(f"• *{bk.escape(p.partner_name)}*: {what}")
        blocks.append(bk.section(f"{t(lang, 'digest.pledges', n=len(lines))}\n{_lines(lines, lang)}"))
    if digest.calls_without_email:
        lines = [
            f"• *{bk.escape(c.partner_name)}* – {due_token(c.occurred_at, all_day=False, tz=tz, lang=lang)}"
            for c in digest.calls_without_email
        ]
        blocks.append(bk.section(f"{t(lang, 'digest.calls', n=len(lines))}\n{_lines(lines, lang)}"))
    blocks.append(bk.context(t(lang, "digest.footer")))
    return blocks


def digest_message(digest: Digest) -> dict[str, Any]:
    """The chat.postMessage arguments (text + blocks) of a digest."""
    return bk.message(t(digest.recipient.lang, "digest.notify"), build_digest_blocks(digest))


# ----- the weekly team digest ------------------------------------------------------------------

TEAM_NAME_CHARS = 100


def _partner(name: str) -> str:
    return f"*{bk.escape(bk.clip(name, TEAM_NAME_CHARS))}*"


def _unnamed_line(unnamed: Unnamed, lang: str, *, with_amount: bool = False) -> list[str]:
    if not unnamed:
        return []
    if with_amount and unnamed.amount_dkk:
        return [t(lang, "team_digest.unnamed_amount", n=unnamed.partners, amount=money(unnamed.amount_dkk, lang))]
    return [t(lang, "team_digest.unnamed", n=unnamed.partners)]


def _agreement_text(line: AgreementLine, lang: str) -> str:
    if line.amount_dkk:
        return money(line.amount_dkk, lang)
    if line.quantity:
        return f"{line.quantity} {bk.escape(bk.clip(line.what or '', 80))}".strip()
    if line.what:
        return bk.escape(bk.clip(line.what, 80))
    return label("pledge_kind", line.kind, lang)


def build_team_digest_blocks(digest: TeamDigestContent) -> list[bk.Block]:
    """The weekly team digest for a channel, one section per non-empty part.

    Owners of follow-ups are shown as Slack mentions (one weekly ping for one's own open follow-ups)
    only in a channel that is not shared outside; a shared channel gets counts only. Partner names
    that a shared channel may not see never reach this function (bot/domain/team_digest.py leaves them out).
    """
    lang, tz = digest.recipient.lang, digest.recipient.tz
    week = digest.week.split("-W")[-1].lstrip("0") + f" ({digest.week[:4]})"
    start = due_token(digest.start, all_day=True, tz=tz, lang=lang)
    end = due_token(digest.end, all_day=True, tz=tz, lang=lang)
    blocks: list[bk.Block] = [
        bk.section(f"*{t(lang, 'team_digest.header', week=week)}*"),
        bk.context(t(lang, "team_digest.period", start=start, end=end)),
    ]
    if digest.interactions:
        kinds = ", ".join(
            t(lang, f"team_digest.kind.{kind}", n=n) for kind, n in sorted(digest.interactions.items()) if n
        )
        lines = [f"• {_partner(p.name)}" for p in digest.contacted]
        lines += _unnamed_line(digest.contacted_unnamed, lang)
        head = t(lang, "team_digest.activity", n=digest.interaction_count, kinds=kinds, partners=digest.partners_contacted)
        blocks.append(bk.section(f"{head}\n{_lines(lines, lang)}".rstrip()))
    if digest.agreements or digest.agreements_unnamed:
        lines = [
            f"• {_partner(a.name)}: {_agreement_text(a, lang)} "
            f"({t(lang, 'team_digest.in_writing' if a.in_writing else 'team_digest.verbal')})"
            for a in digest.agreements
        ]
        lines += _unnamed_line(digest.agreements_unnamed, lang, with_amount=True)
        head = t(
            lang, "team_digest.agreements", n=len(digest.agreements) + digest.agreements_unnamed.partners,
            total=money(digest.pledged_dkk, lang), written=money(digest.pledged_in_writing_dkk, lang),
            verbal=money(digest.pledged_dkk - digest.pledged_in_writing_dkk, lang),
        )
        blocks.append(bk.section(f"{head}\n{_lines(lines, lang)}"))
    if digest.moved or digest.moved_unnamed:
        lines = [
            f"• {_partner(m.name)}: {label('stage', m.old_stage, lang) if m.old_stage else '–'} → "
            f"{label('stage', m.new_stage, lang) if m.new_stage else '–'}"
            for m in digest.moved
        ]
        lines += _unnamed_line(digest.moved_unnamed, lang)
        n = len(digest.moved) + digest.moved_unnamed.partners
        blocks.append(bk.section(f"{t(lang, 'team_digest.moved', n=n)}\n{_lines(lines, lang)}"))
    if digest.due_total:
        lines = [t(lang, "team_digest.due_owner", who=person(owner), n=n) for owner, n in digest.due_by_owner.items()]
        if digest.due_by_owner and digest.due_unowned:
            lines.append(t(lang, "team_digest.due_unowned", n=digest.due_unowned))
        head = t(lang, "team_digest.due", n=digest.due_total, people=digest.due_people)
        blocks.append(bk.section(f"{head}\n{_lines(lines, lang)}".rstrip()))
    if digest.not_in_writing or digest.not_in_writing_unnamed:
        lines = [f"• {_partner(a.name)}: {_agreement_text(a, lang)}" for a in digest.not_in_writing]
        lines += _unnamed_line(digest.not_in_writing_unnamed, lang, with_amount=True)
        n = len(digest.not_in_writing) + digest.not_in_writing_unnamed.partners
        blocks.append(bk.section(f"{t(lang, 'team_digest.not_in_writing', n=n)}\n{_lines(lines, lang)}"))
    if digest.losing_touch or digest.losing_touch_unnamed:
        lines = [
            f"• {_partner(p.name)} – "
            + (due_token(p.last_contact, all_day=True, tz=tz, lang=lang) if p.last_contact
               else t(lang, "team_digest.never_contacted"))
            for p in digest.losing_touch
        ]
        lines += _unnamed_line(digest.losing_touch_unnamed, lang)
        n = len(digest.losing_touch) + digest.losing_touch_unnamed.partners
        blocks.append(bk.section(f"{t(lang, 'team_digest.losing_touch', n=n)}\n{_lines(lines, lang)}"))
    footer = [t(lang, "team_digest.footer")]
    if digest.shared:
        footer.append(t(lang, "team_digest.footer_shared"))
    blocks.append(bk.context(*footer))
    return blocks


def team_digest_message(digest: TeamDigestContent) -> dict[str, Any]:
    """The chat.postMessage arguments (text + blocks) of a team digest."""
    return bk.message(t(digest.recipient.lang, "team_digest.notify", week=digest.week), build_team_digest_blocks(digest))


def render(message: Outgoing) -> dict[str, Any]:
    """Text and blocks for any outgoing message."""
    if isinstance(message.content, ReminderContent):
        return reminder_message(message.content, message.recipient.lang, message.recipient.tz)
    if isinstance(message.content, TeamDigestContent):
        return team_digest_message(message.content)
    return digest_message(message.content)


# ----- the transport -------------------------------------------------------------------------


def _retry_after(response: HttpResponse | None) -> float | None:
    if response is None:
        return None
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return float(values[0])
            except ValueError:
                return None
    return None


class RateLimitWait(RetryHandler):
    """Waits out a 429's Retry-After (when short) and tries again; `sleep` is injectable for tests."""

    def __init__(self, max_retry_count: int = RATE_LIMIT_RETRIES, max_wait: float = MAX_INLINE_WAIT,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait
        self.sleep = sleep

    def _can_retry(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                   error: Exception | None = None) -> bool:
        wait = _retry_after(response)
        return response is not None and response.status_code == 429 and (wait is None or wait <= self.max_wait)

    def prepare_for_next_attempt(self, *, state: RetryState, request: HttpRequest, response: HttpResponse | None = None,
                                 error: Exception | None = None) -> None:
        state.next_attempt_requested = True
        wait = _retry_after(response)
        self.sleep(1.0 if wait is None else wait)
        state.increment_current_attempt()


def sweep_client(services: Services, token: str | None, *, sleep: Callable[[float], None] = time.sleep) -> WebClient:
    """A client for the scheduler thread: it waits out short rate limits, but never re-posts after a 5xx
    or a dropped connection, where Slack may have posted already (the protocol looks first)."""
    settings = services.settings
    return WebClient(
        token=token or settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[RateLimitWait(sleep=sleep)],
    )


class SlackTransport(Transport):
    """Posts DMs with the key in message metadata, and finds them again in the DM's history."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def send(self, ws: Workspace, channel: str, message: Outgoing) -> str:
        """chat.postMessage to channel; returns the ts."""
        args = render(message)
        try:
            answer = self.client.chat_postMessage(
                channel=channel,
                text=args["text"],
                blocks=args["blocks"],
                metadata={"event_type": METADATA_EVENT, "event_payload": {"key": message.key}},
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            raise _failure(exc) from exc
        except (SlackClientError, OSError) as exc:
            raise SendFailed(type(exc).__name__, maybe_delivered=True) from exc
        return str(answer["ts"])

    def find(self, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
        """Search the DM with channel (a user id), or the channel itself, for a message with key in its metadata."""
        try:
            # A team digest goes to a channel id; reminders and digests to a user, through their DM.
            dm = channel if channel[:1] in ("C", "G", "D") else self.client.conversations_open(users=channel)["channel"]["id"]
            history = self.client.conversations_history(
                channel=dm, oldest=f"{since.timestamp():.6f}", include_all_metadata=True, limit=200
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or "")
            if exc.response.status_code == 200 and error in ("missing_scope", "unknown_method", "not_allowed_token_type", "method_deprecated"):
                raise LookupUnavailable(error) from exc
            raise _failure(exc) from exc
        except (SlackClientError, OSError) as exc:
            raise SendFailed(type(exc).__name__, maybe_delivered=True) from exc
        for message in history.get("messages") or []:
            payload = (message.get("metadata") or {}).get("event_payload") or {}
            if payload.get("key") == key:
                return str(message["ts"])
        return None


def _failure(exc: SlackApiError) -> SendFailed:
    status = exc.response.status_code
    error = str(exc.response.get("error") or f"HTTP {status}") if isinstance(exc.response.data, dict) else f"HTTP {status}"
    if status == 429:
        return SendFailed(error, maybe_delivered=False, retry_after=_retry_after_of(exc) or 60.0)
    # Slack answered 200 with ok=false: it refused the message, so nothing was posted.
    return SendFailed(error, maybe_delivered=status >= 500)


def _retry_after_of(exc: SlackApiError) -> float | None:
    for name, values in (exc.response.headers or {}).items():
        if name.lower() == "retry-after":
            value = values[0] if isinstance(values, list) else values
            try:
                return float(value)
            except ValueError:
                return None
    return None


def client_for(services: Services, clients: Clients, *, sleep: Callable[[float], None] = time.sleep
               ) -> Callable[[Workspace], WebClient | None]:
    """Which client sends for a workspace: a scheduler-only client with that workspace's bot token.

    The token comes from Clients (the one bot token, or the workspace's OAuth installation,
    rotated when it is about to expire); None when the app is not installed there.
    """

    def pick(ws: Workspace) -> WebClient | None:
        token = clients.token_for(ws)
        return sweep_client(services, token, sleep=sleep) if token else None

    return pick


class NotInstalled(Transport):
    """The transport for a workspace without a token: every send fails and stays pending."""

    def send(self, ws: Workspace, channel: str, message: Outgoing) -> str:
        raise SendFailed("not_installed", maybe_delivered=False)

    def find(self, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
        return None


def build_sweeps(services: Services, clients: Clients, *, sleep: Callable[[float], None] = time.sleep) -> list[Sweep]:
    """The scheduler's sweeps for reminders, digests and team digests, sending with a scheduler-only client."""
    pick = client_for(services, clients, sleep=sleep)

    def transport_for(ws: Workspace) -> Transport:
        client = pick(ws)
        return SlackTransport(client) if client is not None else NotInstalled()

    return [ReminderSweep(services, transport_for), DigestSweep(services, transport_for),
            TeamDigestSweep(services, transport_for)]


# ----- buttons ---------------------------------------------------------------------------------


def _container(body: dict[str, Any]) -> tuple[str | None, str | None]:
    container = body.get("container") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    ts = container.get("message_ts") or (body.get("message") or {}).get("ts")
    return channel, ts


def _update_dm(client: WebClient, services: Services, actor: Actor, followup_id: int, channel: str | None,
               ts: str | None, state: str) -> None:
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


def handle_done(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext,
                respond: Respond) -> None:
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
    _update_dm(client, services, actor, followup_id, channel, ts, t(actor.lang, "reminder.state.done", who=person(actor.user_id)))


def handle_snooze(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext,
                  respond: Respond) -> None:
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
            {"type": "input", "block_id": BLOCK_DAY, "label": bk.plain(t(lang, "reminder.modal.day")),
             "element": {"type": "datepicker", "action_id": ACTION_DAY}},
            {"type": "input", "block_id": BLOCK_TIME, "optional": True, "label": bk.plain(t(lang, "reminder.modal.time")),
             "element": {"type": "timepicker", "action_id": ACTION_TIME}},
        ],
    }


def handle_reschedule(ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext,
                      respond: Respond) -> None:
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


def handle_reschedule_submit(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient,
                             context: BoltContext) -> None:
    """Move the follow-up to the picked date (and time; none means all day) in the user's timezone."""
    services, actor = services_of(context), actor_of(context)
    values = (view.get("state") or {}).get("values") or {}
    day = (values.get(BLOCK_DAY) or {}).get(ACTION_DAY, {}).get("selected_date")
    at = (values.get(BLOCK_TIME) or {}).get(ACTION_TIME, {}).get("selected_time")
    if not day:
        ack(response_action="errors", errors={BLOCK_DAY: t(actor.lang, "reminder.modal.need_day")})
        return
    ack()
    try:
        meta = json.loads(view.get("private_metadata") or "{}")
    except json.JSONDecodeError:
        meta = {}
    followup_id = parse_id(meta.get("f"))
    due_at = at_local(day, at, actor.tz) if at else local_midnight(day, actor.tz)
    with services.transaction(actor.user_id) as session:
        followup = get_followup(session, ws=actor.ws, followup_id=followup_id)
        if followup is not None:
            reschedule_followup(session, ws=actor.ws, followup_id=followup.id, due_at=due_at, all_day=not at, due_tz=actor.tz)
    if followup is None or followup_id is None:
        refuse(services, actor, entity_type="followup", raw_id=meta.get("f"), respond=None)
        return
    when = due_token(due_at, all_day=not at, tz=actor.tz, lang=actor.lang)
    _update_dm(client, services, actor, followup_id, meta.get("c"), meta.get("ts"), t(actor.lang, "reminder.state.moved", when=when))


def register(app: App, commands: Commands) -> None:
    """Listen for the reminder DM's buttons and the reschedule modal; add `/partner settings`."""
    settings_feature.register(app, commands)
    app.action(ACTION_DONE)(handle_done)
    app.action(ACTION_SNOOZE)(handle_snooze)
    app.action(ACTION_RESCHEDULE)(handle_reschedule)
    app.view(RESCHEDULE_MODAL)(handle_reschedule_submit)


# ----- `python -m bot digest --now [--dry-run]` ---------------------------------------------------


def digest_main(argv: list[str]) -> int:
    """Send the digests and team digests due now (each at most once), or print them with --dry-run."""
    import argparse

    from bot.domain.reminders import workspaces
    from bot.settings import SettingsError, load_settings

    parser = argparse.ArgumentParser(prog="python -m bot digest", description=digest_main.__doc__)
    parser.add_argument("--now", action="store_true", help="send the digests that are due now")
    parser.add_argument("--dry-run", action="store_true", help="print the digests instead of sending them")
    args = parser.parse_args(argv)
    if not (args.now or args.dry_run):
        parser.error("say --now (send) or --dry-run (print)")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"partnerbot: {exc}", file=sys.stderr)
        return 2
    if args.dry_run:
        return _print_due(settings)
    from bot.process.app import create_app

    app = create_app(settings)
    sweep = next(s for s in app.sweeps if isinstance(s, DigestSweep))
    team = next((s for s in app.sweeps if isinstance(s, TeamDigestSweep)), None)
    now = app.services.now()
    for ws in workspaces(app.services):
        result = sweep.sweep(ws, now)
        print(f"{ws.team_id}: sent {len(result.sent)}, nothing to say {len(result.empty)}, failed {len(result.failed)}")
        if team is not None:
            weekly = team.sweep(ws, now)
            print(f"{ws.team_id}: team digest sent {len(weekly.sent)}, nothing to say {len(weekly.empty)}, "
                  f"failed {len(weekly.failed)}")
    return 0


def _print_due(settings: Settings) -> int:
    """--dry-run: build what is due from the database alone; no Slack app, so no token is needed."""
    from bot.domain.reminders import workspaces
    from storage.db import make_engine, make_session_factory
    from storage.team_digests import enabled_team_digests

    engine = make_engine(settings.database_url)
    services = Services(settings=settings, engine=engine, session_factory=make_session_factory(engine))

    def offline(ws: Workspace) -> Transport:
        return NotInstalled()

    digests, team = DigestSweep(services, offline), TeamDigestSweep(services, offline)
    now = services.now()
    with services.transaction(None) as session:
        teams = [Workspace(row.team_id, row.enterprise_id) for row in enabled_team_digests(session)]
    for ws in dict.fromkeys([*workspaces(services), *teams]):
        for digest in digests.preview(ws, now):
            print(json.dumps({"team": ws.team_id, "user": digest.recipient.user_id, "day": str(digest.day),
                              **digest_message(digest)}, ensure_ascii=False))
        for weekly in team.preview(ws, now):
            print(json.dumps({"team": ws.team_id, "channel": weekly.channel, "week": weekly.week,
                              **team_digest_message(weekly)}, ensure_ascii=False))
    engine.dispose()
    return 0
