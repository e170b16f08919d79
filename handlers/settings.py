"""`/partner settings` (Danish `indstillinger`): the daily digest's time, weekdays, on and off, and the
workspace's weekly team digest (`team-digest #channel [all] [weekday] [HH:MM]`, `team-digest off`).

The team digest is posted where many can read it, so it is safe by default: it names only partners
marked public. Only a workspace admin (or a user in PRIVACY_ADMINS) may change it at all, and
`all` (name every partner) is accepted only when Slack says the channel is private and not shared
outside the organisation. Every change is audited (the session hook) and announced in the channel.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, services_of
from handlers.shared.slack_checks import ChannelPrivacy, channel_privacy, is_admin
from storage.audit import record
from storage.models import AuditAction
from storage.team_digests import disable_team_digest, get_team_digest, set_team_digest
from storage.users import get_or_create_user, update_user

ACTION_DIGEST_ON = "settings_digest_on"
ACTION_DIGEST_OFF = "settings_digest_off"
ACTION_WEEKDAYS = "settings_digest_weekdays"
ACTION_TIME = "settings_digest_time"

log = logging.getLogger(__name__)

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_DAY_NAMES = {
    "man": 1,
    "mandag": 1,
    "mon": 1,
    "monday": 1,
    "tir": 2,
    "tirsdag": 2,
    "tue": 2,
    "tues": 2,
    "tuesday": 2,
    "ons": 3,
    "onsdag": 3,
    "wed": 3,
    "wednesday": 3,
    "tor": 4,
    "torsdag": 4,
    "thu": 4,
    "thur": 4,
    "thurs": 4,
    "thursday": 4,
    "fre": 5,
    "fredag": 5,
    "fri": 5,
    "friday": 5,
    "lør": 6,
    "lørdag": 6,
    "lor": 6,
    "sat": 6,
    "saturday": 6,
    "søn": 7,
    "søndag": 7,
    "son": 7,
    "sun": 7,
    "sunday": 7,
}


def parse_time(text: str) -> str | None:
    """'7:45', '07.45' -> '07:45'; None if it is not a time of day."""
    match = _TIME.match(text.strip())
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


def _day(token: str) -> int | None:
    token = token.strip().lower()
    if token.isdigit() and 1 <= int(token) <= 7:
        return int(token)
    return _DAY_NAMES.get(token)


def parse_days(text: str) -> str | None:
    """'1-5', 'man-fre', 'man,ons,fre', 'mon wed fri' -> ISO weekday digits ('12345'); None if unclear."""
    days: set[int] = set()
    for part in re.split(r"[,\s]+", text.strip().lower()):
        if not part:
            continue
        start, dash, end = part.partition("-")
        first, last = _day(start), _day(end) if dash else None
        if first is None or (dash and last is None):
            return None
        if last is None:
            days.add(first)
        else:
            # A range that wraps (fre-man) runs through the weekend.
            span = range(first, last + 1) if first <= last else [*range(first, 8), *range(1, last + 1)]
            days.update(span)
    return "".join(str(d) for d in sorted(days)) if days else None


TEAM_DIGEST_WORDS = ("team-digest", "teamdigest", "team-overblik", "teamoverblik")
_OFF = ("off", "fra", "slet")
# "Public partners only" is the default; the old word for it is still understood.
_PUBLIC_ONLY = ("shared", "delt", "ekstern", "external", "public", "offentlig", "offentlige")
_ALL = ("all", "alle", "names-all", "navngiv-alle")
# Slack sends a picked channel as <#C123|name> (with should_escape on); a bare id works too.
_CHANNEL_MENTION = re.compile(r"^<#([CG][A-Z0-9]{2,30})(?:\|[^>]*)?>$")
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,30}$")


@dataclass(frozen=True)
class TeamDigestWish:
    """What `team-digest ...` asks for: a channel (None turns it off), whether to name every partner,
    and an optional day and time."""

    channel_id: str | None
    names_all: bool = False
    weekday: int | None = None
    time: str | None = None


def parse_channel(token: str) -> str | None:
    """'<#C123|kampagne>', '<#C123>' or 'C123' -> 'C123'; None if it is not a channel id."""
    mention = _CHANNEL_MENTION.match(token)
    if mention:
        return mention.group(1)
    return token if _CHANNEL_ID.match(token) else None


def parse_team_digest(text: str) -> TeamDigestWish | None:
    """'<#C1|x> all fre 09:00' or 'off' -> a wish; None if the words are not understood."""
    tokens = text.split()
    if len(tokens) == 1 and tokens[0].lower() in _OFF:
        return TeamDigestWish(None)
    if not tokens:
        return None
    channel = parse_channel(tokens[0])
    if channel is None:
        return None
    names_all, public_only, weekday, at = False, False, None, None
    for token in tokens[1:]:
        word = token.lower()
        if word in _ALL and not names_all and not public_only:
            names_all = True
        elif word in _PUBLIC_ONLY and not public_only and not names_all:
            public_only = True
        elif weekday is None and not word.isdigit() and _day(word) is not None:
            weekday = _day(word)
        elif at is None and parse_time(word):
            at = parse_time(word)
        else:
            return None
    return TeamDigestWish(channel, names_all, weekday, at)


def _days_text(days: str, lang: str) -> str:
    if not days:
        return t(lang, "settings.weekday.none")
    return ", ".join(t(lang, f"settings.weekday.{d}") for d in days)


def build_settings_blocks(services: Services, actor: Actor, *, note: str | None = None) -> list[bk.Block]:
    """The current digest settings with buttons to change them."""
    lang = actor.lang
    with services.transaction(actor.user_id) as session:
        user = get_or_create_user(session, ws=actor.ws, user_id=actor.user_id)
        enabled, at, days = user.digest_enabled, user.digest_time, user.digest_weekdays
    at = at or services.settings.digest_time.strftime("%H:%M")
    line = (
        t(lang, "settings.digest_on", time=at, tz=bk.escape(actor.tz), days=_days_text(days, lang))
        if enabled
        else t(lang, "settings.digest_off")
    )
    toggle = (
        bk.button(t(lang, "settings.turn_off"), ACTION_DIGEST_OFF, "off")
        if enabled
        else bk.button(t(lang, "settings.turn_on"), ACTION_DIGEST_ON, "on", style="primary")
    )
    picker = {
        "type": "timepicker",
        "action_id": ACTION_TIME,
        "initial_time": at,
        "placeholder": bk.plain(t(lang, "settings.time_placeholder"), 150),
    }
    blocks = [bk.section(f"{t(lang, 'settings.title')}\n{line}\n{_team_digest_line(services, actor)}")]
    blocks.append(bk.actions(toggle, picker, bk.button(t(lang, "settings.weekdays"), ACTION_WEEKDAYS, "12345")))
    if note:
        blocks.append(bk.context(note))
    return blocks


def _team_digest_line(services: Services, actor: Actor) -> str:
    lang = actor.lang
    with services.transaction(actor.user_id) as session:
        setup = get_team_digest(session, ws=actor.ws)
        if setup is None or not setup.enabled:
            return t(lang, "settings.team_digest_off")
        channel, weekday, at, tz = setup.channel_id, setup.weekday, setup.time, setup.tz
        names_all = setup.names_all and not setup.shared_outside
    return t(
        lang,
        "settings.team_digest_on",
        channel=channel,
        day=t(lang, f"settings.weekday.{weekday}"),
        time=at,
        tz=bk.escape(tz),
        names=t(lang, "settings.team_digest_names_all" if names_all else "settings.team_digest_public_only"),
    )


@dataclass(frozen=True)
class TeamDigestChange:
    """A saved change of the team digest, for the announcement: where it was, where it is now, and how."""

    before_channel: str | None
    after_channel: str | None
    names_all: bool
    weekday: int
    time: str


def apply_team_digest(
    services: Services, client: WebClient, actor: Actor, args: str
) -> tuple[str | None, TeamDigestChange | None]:
    """Apply `team-digest #channel [all] [weekday] [HH:MM]` or `team-digest off`.

    Returns the error text ("" for "not understood") or None, and the change that was saved.
    Only admins may change the team digest; `all` only where Slack says the channel is private
    and not shared. A refusal is audited and saves nothing.
    """
    wish = parse_team_digest(args)
    if wish is None:
        return "", None
    lang = actor.lang
    if not is_admin(services, client, actor):
        _refuse_change(services, actor, "not an admin")
        return t(lang, "settings.team_digest_admins_only"), None
    if wish.names_all:
        privacy = channel_privacy(client, wish.channel_id or "")
        if privacy is not ChannelPrivacy.CLOSED:
            _refuse_change(services, actor, f"channel {privacy.value}")
            key = (
                "settings.team_digest_not_private" if privacy is ChannelPrivacy.OPEN else "settings.team_digest_unknown"
            )
            return t(lang, key, channel=wish.channel_id), None
    settings = services.settings
    with services.transaction(actor.user_id) as session:
        before = get_team_digest(session, ws=actor.ws)
        before_channel = before.channel_id if before is not None and before.enabled else None
        if wish.channel_id is None:
            disable_team_digest(session, ws=actor.ws)
            if before_channel is None:
                return None, None
            return None, TeamDigestChange(
                before_channel, None, False, before.weekday if before else 1, before.time if before else ""
            )
        weekday = wish.weekday or 1
        at = wish.time or settings.digest_time.strftime("%H:%M")
        # shared_outside records what Slack said: only a channel it called private and unshared is not.
        set_team_digest(
            session,
            ws=actor.ws,
            channel_id=wish.channel_id,
            shared_outside=not wish.names_all,
            names_all=wish.names_all,
            weekday=weekday,
            time=at,
            tz=settings.default_timezone,
            created_by=actor.user_id,
        )
    return None, TeamDigestChange(before_channel, wish.channel_id, wish.names_all, weekday, at)


def _refuse_change(services: Services, actor: Actor, reason: str) -> None:
    with services.transaction(actor.user_id) as session:
        record(
            session,
            ws=actor.ws,
            action=AuditAction.REFUSED,
            entity_type="team_digests",
            entity_id=None,
            changes={"reason": reason},
        )
    log.info("refused a team digest change", extra={"team": actor.ws.team_id, "reason": reason})


def announce_team_digest_change(services: Services, client: WebClient, actor: Actor, change: TeamDigestChange) -> None:
    """Say in the digest's channel (and the one it left) who changed it and what it names now (after the ack)."""
    lang = services.settings.default_language
    who = f"<@{actor.user_id}>"
    posts: list[tuple[str, str]] = []
    if change.after_channel is None and change.before_channel:
        posts.append((change.before_channel, t(lang, "settings.team_digest_announce_off", who=who)))
    if change.after_channel:
        names = t(lang, "settings.team_digest_names_all" if change.names_all else "settings.team_digest_public_only")
        posts.append(
            (
                change.after_channel,
                t(
                    lang,
                    "settings.team_digest_announce_on",
                    who=who,
                    day=t(lang, f"settings.weekday.{change.weekday}"),
                    time=change.time,
                    names=names,
                ),
            )
        )
        if change.before_channel and change.before_channel != change.after_channel:
            posts.append(
                (
                    change.before_channel,
                    t(lang, "settings.team_digest_announce_moved", who=who, channel=change.after_channel),
                )
            )
    for channel, text in posts:
        try:
            client.chat_postMessage(channel=channel, text=text, unfurl_links=False, unfurl_media=False)
        except (SlackApiError, SlackClientError, OSError) as exc:
            # Most often not_in_channel: the settings answer already asked the user to invite the bot.
            log.info("could not announce a team digest change", extra={"error": type(exc).__name__})


def apply_settings(services: Services, actor: Actor, args: str) -> str | None:
    """Apply `digest HH:MM|on|off` or `days ...`; the error text if args are not understood."""
    word, _, rest = args.strip().partition(" ")
    word, rest = word.lower(), rest.strip()
    changes: dict[str, Any]
    if word in ("digest", "overblik"):
        if rest.lower() in ("off", "fra", "slet"):
            changes = {"digest_enabled": False}
        elif rest.lower() in ("on", "til"):
            changes = {"digest_enabled": True}
        elif parse_time(rest):
            changes = {"digest_time": parse_time(rest), "digest_enabled": True}
        else:
            return t(actor.lang, "settings.bad_time", value=bk.escape(bk.clip(rest, 40)))
    elif word in ("days", "dage"):
        days = parse_days(rest)
        if days is None:
            return t(actor.lang, "settings.bad_days", value=bk.escape(bk.clip(rest, 40)))
        changes = {"digest_weekdays": days}
    else:
        return ""
    with services.transaction(actor.user_id) as session:
        update_user(session, ws=actor.ws, user_id=actor.user_id, **changes)
    return None


def handle_settings(invocation: Invocation) -> None:
    """Show the settings, or change them from the command's words."""
    services, actor = invocation.services, invocation.actor
    note = None
    change = None
    if invocation.args:
        word, _, rest = invocation.args.strip().partition(" ")
        team = word.lower() in TEAM_DIGEST_WORDS
        if team:
            error, change = apply_team_digest(services, invocation.client, actor, rest.strip())
        else:
            error = apply_settings(services, actor, invocation.args)
        if error == "":
            usage = "settings.team_digest_usage" if team else "settings.usage"
            error = t(actor.lang, usage, command=invocation.command_name)
        if error:
            invocation.ack(response_type="ephemeral", text=error)
            return
        note = t(actor.lang, "settings.saved")
        if change is not None and change.after_channel is not None:
            # The bot can only post where it is a member; saying so now saves a silent week.
            note += " " + t(actor.lang, "settings.team_digest_invite")
    blocks = build_settings_blocks(services, actor, note=note)
    invocation.ack(response_type="ephemeral", text=t(actor.lang, "settings.title").strip("*"), blocks=blocks)
    if change is not None:
        announce_team_digest_change(services, invocation.client, actor, change)


def _button(changes_of: Any) -> Any:
    def handle(ack: Ack, action: dict[str, Any], context: BoltContext, respond: Respond) -> None:
        ack()
        services, actor = services_of(context), actor_of(context)
        changes = changes_of(action)
        if changes:
            with services.transaction(actor.user_id) as session:
                update_user(session, ws=actor.ws, user_id=actor.user_id, **changes)
        blocks = build_settings_blocks(services, actor, note=t(actor.lang, "settings.saved"))
        respond(replace_original=True, response_type="ephemeral", text=t(actor.lang, "settings.saved"), blocks=blocks)

    return handle


def register(app: App, commands: Commands) -> None:
    """Add `settings` (Danish `indstillinger`) and its buttons."""
    commands.add(
        "settings",
        handle_settings,
        help_key="help.cmd.settings",
        usage="[digest HH:MM|on|off] [days 1-5] [team-digest #channel [all] [day] [HH:MM]|off]",
        aliases=("indstillinger",),
        da=("indstillinger", "[digest HH:MM|on|off] [days 1-5] [team-digest #kanal [alle] [dag] [HH:MM]|off]"),
    )
    app.action(ACTION_DIGEST_ON)(_button(lambda a: {"digest_enabled": True}))
    app.action(ACTION_DIGEST_OFF)(_button(lambda a: {"digest_enabled": False}))
    app.action(ACTION_WEEKDAYS)(_button(lambda a: {"digest_weekdays": "12345"}))
    app.action(ACTION_TIME)(
        _button(
            lambda a: (
                {"digest_time": parse_time(a.get("selected_time") or "")}
                if parse_time(a.get("selected_time") or "")
                else {}
            )
        )
    )
