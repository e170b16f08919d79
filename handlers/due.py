"""`/partner due [@user | all]`: open follow-ups by urgency, each with Done and Snooze."""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.domain.followup_times import SNOOZE_OPTIONS, snooze_until
from bot.domain.overview.due import DueBuckets, due_overview
from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from handlers.ids import DUE_DONE, DUE_MORE, DUE_SNOOZE
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from handlers.shared.followup_rows import HOME, item_blocks
from handlers.shared.home import refresh_home
from storage.followups import complete_followup, get_followup, snooze_followup

log = logging.getLogger(__name__)

PAGE_SIZE = 15  # two blocks per follow-up: 30 of a message's 50
ALL = "all"

_MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")


def parse_scope(args: str, actor: Actor) -> str | None:
    """The owner whose follow-ups to show (a user id) or 'all'; None when the words are not understood."""
    word = args.strip()
    if not word or word.lower() in ("me", "mig", "mine"):
        return actor.user_id
    if word.lower() in ("all", "alle", "team", "holdet"):
        return ALL
    match = _MENTION.match(word)
    return match.group(1) if match else None


def build_due_blocks(
    buckets: DueBuckets,
    lang: str,
    tz: str,
    *,
    scope: str,
    offset: int = 0,
    notice: str | None = None,
    page_size: int = PAGE_SIZE,
) -> list[bk.Block]:
    """One page of follow-ups under overdue / today / this week headings, with 'show more'."""
    whose = (
        t(lang, "overview.due.title_all")
        if scope == ALL
        else t(lang, "overview.due.title_user", user=fmt.person(scope))
    )
    blocks: list[bk.Block] = []
    if notice:
        blocks.append(bk.context(notice))
    blocks.append(bk.section(f"*{whose}*"))
    items = buckets.items()
    if not items:
        blocks.append(bk.section(t(lang, "overview.due.nothing")))
        return blocks
    page = items[offset : offset + page_size]
    current = None
    for item in page:
        if item.bucket != current:
            current = item.bucket
            count = len(getattr(buckets, current))
            blocks.append(bk.section(f"*{t(lang, f'overview.due.{current}')}* ({count})"))
        blocks.extend(item_blocks(item, lang, tz, show_owner=scope == ALL, scope=scope, offset=offset))
    end = offset + len(page)
    if end < len(items):
        blocks.append(bk.context(t(lang, "overview.shown", first=offset + 1, last=end, total=len(items))))
        blocks.append(bk.actions(bk.button(t(lang, "overview.show_more"), DUE_MORE, f"{scope}|{end}")))
    return blocks


def _due_page(services: Services, actor: Actor, scope: str, offset: int, notice: str | None = None) -> list[bk.Block]:
    with services.transaction(actor.user_id) as session:
        buckets = due_overview(
            session, ws=actor.ws, owner_user_id=None if scope == ALL else scope, now=services.now(), tz=actor.tz
        )
        # Built inside the session: the builders read the rows' attributes.
        return build_due_blocks(buckets, actor.lang, actor.tz, scope=scope, offset=offset, notice=notice)


def handle_due(inv: Invocation) -> None:
    """Answer with my (or someone's, or the team's) open follow-ups."""
    scope = parse_scope(inv.args, inv.actor)
    if scope is None:
        inv.ack(response_type="ephemeral", text=t(inv.lang, "overview.due.usage", command=inv.command_name))
        return
    blocks = _due_page(inv.services, inv.actor, scope, 0)
    inv.ack(response_type="ephemeral", **bk.message(t(inv.lang, "overview.due.plain"), blocks))


def _split_ref(parts: list[str]) -> tuple[str, int]:
    scope = parts[0] if parts and (parts[0] in (ALL, HOME) or _MENTION.match(f"<@{parts[0]}>")) else HOME
    offset = parse_id(parts[1]) if len(parts) > 1 else 0
    return scope, offset or 0


def _after_change(
    body: dict[str, Any],
    respond: Respond,
    client: WebClient,
    services: Services,
    actor: Actor,
    scope: str,
    offset: int,
    notice: str,
    owner: str | None,
) -> None:
    if scope != HOME and body.get("response_url"):
        blocks = _due_page(services, actor, scope, offset, notice)
        respond(response_type="ephemeral", replace_original=True, **bk.message(notice, blocks))
    for user_id in dict.fromkeys(u for u in (actor.user_id, owner) if u):
        refresh_home(client, services, actor.ws, user_id)


def handle_done(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
    """Done: mark the follow-up done, redraw the list and the App Home."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = str((body.get("actions") or [{}])[0].get("value") or "")
    fid, *ref = raw.split("|")
    with services.transaction(actor.user_id) as session:
        followup = get_followup(session, ws=actor.ws, followup_id=parse_id(fid))
        if followup is not None:
            complete_followup(session, ws=actor.ws, followup_id=followup.id)
            owner = followup.owner_user_id
            notice = t(
                actor.lang,
                "overview.done.notice",
                action=fmt.label("action", followup.action, actor.lang),
                text=bk.escape(bk.clip(followup.text or "", 100)),
            )
    if followup is None:
        refuse(
            services, actor, entity_type="followups", raw_id=fid, respond=respond if body.get("response_url") else None
        )
        return
    scope, offset = _split_ref(ref)
    _after_change(body, respond, client, services, actor, scope, offset, notice, owner)


def handle_snooze(ack: Ack, body: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext) -> None:
    """Snooze: push the follow-up to the chosen time, redraw the list and the App Home."""
    ack()
    services, actor = services_of(context), actor_of(context)
    action = (body.get("actions") or [{}])[0]
    raw = str((action.get("selected_option") or {}).get("value") or "")
    parts = raw.split("|")
    fid, option, ref = parts[0], parts[1] if len(parts) > 1 else "", parts[2:]
    if option not in SNOOZE_OPTIONS:
        return
    until = snooze_until(option, now=services.now(), tz=actor.tz)
    with services.transaction(actor.user_id) as session:
        followup = get_followup(session, ws=actor.ws, followup_id=parse_id(fid))
        if followup is not None:
            snooze_followup(session, ws=actor.ws, followup_id=followup.id, until=until)
            owner = followup.owner_user_id
            notice = t(
                actor.lang,
                "overview.snooze.notice",
                action=fmt.label("action", followup.action, actor.lang),
                until=fmt.due(until, all_day=False, tz=actor.tz, lang=actor.lang),
            )
    if followup is None:
        refuse(
            services, actor, entity_type="followups", raw_id=fid, respond=respond if body.get("response_url") else None
        )
        return
    scope, offset = _split_ref(ref)
    _after_change(body, respond, client, services, actor, scope, offset, notice, owner)


def handle_more(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Show more: the next page as a new message below."""
    ack()
    services, actor = services_of(context), actor_of(context)
    scope, offset = _split_ref(str((body.get("actions") or [{}])[0].get("value") or "").split("|"))
    if scope == HOME:
        return
    blocks = _due_page(services, actor, scope, offset)
    respond(
        response_type="ephemeral", replace_original=False, **bk.message(t(actor.lang, "overview.due.plain"), blocks)
    )


def register(app: App, commands: Commands) -> None:
    """Add `due` (Danish: `frister`) and the Done, Snooze and 'show more' buttons."""
    commands.add(
        "due",
        handle_due,
        help_key="help.cmd.due",
        usage="[@user | all]",
        # The daily digest's own words ask for the same list: "/partner overblik", "/partner digest".
        aliases=("frister", "opgaver", "overblik", "digest", "todo"),
        da=("frister", "[@kollega | alle]"),
    )
    app.action(DUE_DONE)(handle_done)
    app.action(DUE_SNOOZE)(handle_snooze)
    app.action(DUE_MORE)(handle_more)
