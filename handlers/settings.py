"""`/partner settings` (Danish `indstillinger`): the daily digest's time, weekdays, on and off, and the
workspace's weekly team digest (`team-digest #channel [shared] [weekday] [HH:MM]`, `team-digest off`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared.context import actor_of, services_of
from storage.team_digests import disable_team_digest, get_team_digest, set_team_digest
from storage.users import get_or_create_user, update_user

ACTION_DIGEST_ON = "settings_digest_on"
ACTION_DIGEST_OFF = "settings_digest_off"
ACTION_WEEKDAYS = "settings_digest_weekdays"
ACTION_TIME = "settings_digest_time"

_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_DAY_NAMES = {
    "man": 1, "mandag": 1, "mon": 1, "monday": 1,
    "tir": 2, "tirsdag": 2, "tue": 2, "tues": 2, "tuesday": 2,
    "ons": 3, "onsdag": 3, "wed": 3, "wednesday": 3,
    "tor": 4, "torsdag": 4, "thu": 4, "thur": 4, "thurs": 4, "thursday": 4,
    "fre": 5, "fredag": 5, "fri": 5, "friday": 5,
    "lør": 6, "lørdag": 6, "lor": 6, "sat": 6, "saturday": 6,
    "søn": 7, "søndag": 7, "son": 7, "sun": 7, "sunday": 7,
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
_SHARED = ("shared", "delt", "ekstern", "external")
# Slack sends a picked channel as <#C123|name> (with should_escape on); a bare id works too.
_CHANNEL_MENTION = re.compile(r"^<#([CG][A-Z0-9]{2,30})(?:\|[^>]*)?>$")
_CHANNEL_ID = re.compile(r"^[CG][A-Z0-9]{2,30}$")


@dataclass(frozen=True)
class TeamDigestWish:
    """What `team-digest ...` asks for: a channel (None turns it off) and an optional day and time."""

    channel_id: str | None
    shared: bool = False
    weekday: int | None = None
    time: str | None = None


def parse_channel(token: str) -> str | None:
    """'<#C123|kampagne>', '<#C123>' or 'C123' -> 'C123'; None if it is not a channel id."""
    mention = _CHANNEL_MENTION.match(token)
    if mention:
        return mention.group(1)
    return token if _CHANNEL_ID.match(token) else None


def parse_team_digest(text: str) -> TeamDigestWish | None:
    """'<#C1|x> shared fre 09:00' or 'off' -> a wish; None if the words are not understood."""
    tokens = text.split()
    if len(tokens) == 1 and tokens[0].lower() in _OFF:
        return TeamDigestWish(None)
    if not tokens:
        return None
    channel = parse_channel(tokens[0])
    if channel is None:
        return None
    shared, weekday, at = False, None, None
    for token in tokens[1:]:
        word = token.lower()
        if word in _SHARED and not shared:
            shared = True
        elif weekday is None and not word.isdigit() and _day(word) is not None:
            weekday = _day(word)
        elif at is None and parse_time(word):
            at = parse_time(word)
        else:
            return None
    return TeamDigestWish(channel, shared, weekday, at)


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
    picker = {"type": "timepicker", "action_id": ACTION_TIME, "initial_time": at,
              "placeholder": bk.plain(t(lang, "settings.time_placeholder"), 150)}
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
        channel, shared, weekday, at, tz = setup.channel_id, setup.shared_outside, setup.weekday, setup.time, setup.tz
    return t(
        lang, "settings.team_digest_on", channel=channel, day=t(lang, f"settings.weekday.{weekday}"), time=at,
        tz=bk.escape(tz), shared=t(lang, "settings.team_digest_shared") if shared else "",
    )


def apply_team_digest(services: Services, actor: Actor, args: str) -> str | None:
    """Apply `team-digest #channel [shared] [weekday] [HH:MM]` or `team-digest off`; the error text if unclear."""
    wish = parse_team_digest(args)
    if wish is None:
        return ""
    settings = services.settings
    with services.transaction(actor.user_id) as session:
        if wish.channel_id is None:
            disable_team_digest(session, ws=actor.ws)
            return None
        set_team_digest(
            session, ws=actor.ws, channel_id=wish.channel_id, shared_outside=wish.shared, weekday=wish.weekday or 1,
            time=wish.time or settings.digest_time.strftime("%H:%M"), tz=settings.default_timezone,
            created_by=actor.user_id,
        )
    return None


def apply_settings(services: Services, actor: Actor, args: str) -> str | None:
    """Apply `digest HH:MM|on|off`, `days ...` or `team-digest ...`; the error text if args are not understood."""
    word, _, rest = args.strip().partition(" ")
    word, rest = word.lower(), rest.strip()
    changes: dict[str, Any]
    if word in TEAM_DIGEST_WORDS:
        return apply_team_digest(services, actor, rest)
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
    if invocation.args:
        error = apply_settings(services, actor, invocation.args)
        word, _, rest = invocation.args.strip().partition(" ")
        team = word.lower() in TEAM_DIGEST_WORDS
        if error == "":
            usage = "settings.team_digest_usage" if team else "settings.usage"
            error = t(actor.lang, usage, command=invocation.command_name)
        if error:
            invocation.ack(response_type="ephemeral", text=error)
            return
        note = t(actor.lang, "settings.saved")
        wish = parse_team_digest(rest) if team else None
        if wish is not None and wish.channel_id is not None:
            # The bot can only post where it is a member; saying so now saves a silent week.
            note += " " + t(actor.lang, "settings.team_digest_invite")
    blocks = build_settings_blocks(services, actor, note=note)
    invocation.ack(response_type="ephemeral", text=t(actor.lang, "settings.title").strip("*"), blocks=blocks)


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
    commands.add("settings", handle_settings, help_key="help.cmd.settings", usage="[digest HH:MM|on|off] [days 1-5] [team-digest #channel [shared] [day] [HH:MM]|off]",
                 aliases=("indstillinger",),
                 da=("indstillinger", "[digest HH:MM|on|off] [days 1-5] [team-digest #kanal [delt] [dag] [HH:MM]|off]"))
    app.action(ACTION_DIGEST_ON)(_button(lambda a: {"digest_enabled": True}))
    app.action(ACTION_DIGEST_OFF)(_button(lambda a: {"digest_enabled": False}))
    app.action(ACTION_WEEKDAYS)(_button(lambda a: {"digest_weekdays": "12345"}))
    app.action(ACTION_TIME)(
        _button(lambda a: {"digest_time": parse_time(a.get("selected_time") or "")} if parse_time(a.get("selected_time") or "") else {})
    )
