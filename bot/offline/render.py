"""Block Kit rendered as readable terminal text, for the offline console."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.i18n import LANGUAGES, month_name, weekday_name

_DATE_TOKEN = re.compile(r"<!date\^(\d+)\^([^|>]*)(?:\^[^|>]*)?\|([^>]*)>")
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]*))?>")
_EMOJI_CODE = re.compile(r":([a-z0-9_+-]+):")
_BOLD = re.compile(r"(?<![\w*])\*(?=[^\s\u200b])([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=[^\s\u200b])([^_\n]+?)(?<=\S)_(?![\w_])")

# The shortcodes the bot's texts use (and a few common ones people type), as Slack shows them.
EMOJI = {
    "red_circle": "🔴",
    "large_orange_circle": "🟠",
    "large_blue_circle": "🔵",
    "white_circle": "⚪",
    "calendar": "📅",
    "memo": "📝",
    "hourglass": "⌛",
    "hourglass_flowing_sand": "⏳",
    "bar_chart": "📊",
    "zzz": "💤",
    "white_check_mark": "✅",
    "warning": "⚠️",
    "telephone_receiver": "📞",
    "tada": "🎉",
    "speech_balloon": "💬",
    "no_entry": "⛔",
    "handshake": "🤝",
    "arrow_forward": "▶️",
    "email": "📧",
    "phone": "📱",
    "star": "⭐",
    "bulb": "💡",
    "wave": "👋",
    "thumbsup": "👍",
    "+1": "👍",
    "heavy_check_mark": "✔️",
    "x": "❌",
    "books": "📚",
    "shushing_face": "🤫",
    "leftwards_arrow_with_hook": "↩️",
    "moneybag": "💰",
}

_RELATIVE = {"da": {-1: "i går", 0: "i dag", 1: "i morgen"}, "en": {-1: "Yesterday", 0: "Today", 1: "Tomorrow"}}


@dataclass
class Reader:
    """Who reads the rendered text: their timezone and language (Slack shows dates in both), the
    console users' names (Slack shows names, not ids), and how bold is shown on their terminal."""

    tz: str = "Europe/Copenhagen"
    lang: str = "en"
    names: Mapping[str, str] = field(default_factory=dict)
    now: datetime | None = None
    bold: tuple[str, str] = ("", "")  # ANSI on and off on a terminal; nothing when output is captured

    def today(self) -> date:
        return (self.now or datetime.now(UTC)).astimezone(ZoneInfo(self.tz)).date()


_LINK = re.compile(r"<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>")
_BARE_LINK = re.compile(r"<((?:https?|mailto|tel):[^>]+)>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)>")


@dataclass
class Clickable:
    """A button or menu option the console user can press by its label (a1, a2, b1 …)."""

    element: dict[str, Any]
    block_id: str | None
    label: str
    key: str = ""


@dataclass
class Field:
    """An input of a modal the console user can fill in with `:set <name> <value>`."""

    block_id: str
    action_id: str
    kind: str
    label: str
    element: dict[str, Any]
    optional: bool = False


@dataclass
class Rendered:
    """Text for the terminal, the interactive elements in it, and a modal's inputs."""

    text: str
    clickables: list[Clickable] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)


def _short(moment: datetime, lang: str) -> str:
    weekday, month = weekday_name(lang, moment.weekday()), month_name(lang, moment.month)
    if lang == "da":
        return f"{weekday[:3]}. {moment.day}. {month[:3]}. {moment.year}".replace("maj.", "maj")
    return f"{weekday[:3]} {moment.day:02d} {month[:3]} {moment.year}"


def _long(moment: datetime, lang: str) -> str:
    weekday, month = weekday_name(lang, moment.weekday()), month_name(lang, moment.month)
    if lang == "da":
        return f"{weekday} {moment.day}. {month} {moment.year}"
    return f"{weekday} {moment.day:02d} {month} {moment.year}"


def _format_date(epoch: str, token: str, reader: Reader) -> str:
    """A Slack date token as Slack shows it to this reader: their timezone, their language, and
    "i dag" / "Today" for the nearest days in the *_pretty forms."""
    lang = reader.lang if reader.lang in LANGUAGES else "en"
    moment = datetime.fromtimestamp(int(epoch), UTC).astimezone(ZoneInfo(reader.tz))
    relative = _RELATIVE[lang].get((moment.date() - reader.today()).days)
    out = token.replace("{date_short_pretty}", relative or _short(moment, lang))
    out = out.replace("{date_long_pretty}", relative or _long(moment, lang))
    out = out.replace("{date_short}", _short(moment, lang))
    out = out.replace("{date_long}", _long(moment, lang))
    out = out.replace("{date_num}", moment.strftime("%Y-%m-%d"))
    out = out.replace("{date}", _long(moment, lang))
    return out.replace("{time}", moment.strftime("%H:%M"))


def mrkdwn_to_text(text: str, tz: str | Reader = "Europe/Copenhagen") -> str:
    """Resolve Slack's angle-bracket tokens, entities, emoji and bold the way the Slack client shows them."""
    reader = tz if isinstance(tz, Reader) else Reader(tz=tz)
    text = _DATE_TOKEN.sub(lambda m: _format_date(m.group(1), m.group(2), reader), text)
    text = _USER.sub(lambda m: "@" + (m.group(2) or reader.names.get(m.group(1)) or m.group(1)), text)
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    text = _BARE_LINK.sub(lambda m: m.group(1), text)
    text = _SPECIAL.sub(lambda m: "@" + m.group(1), text)
    text = _EMOJI_CODE.sub(lambda m: EMOJI.get(m.group(1), m.group(0)), text)
    # Formatting the user typed carries an invisible space (see blockkit.escape), so it never matches.
    on, off = reader.bold
    text = _BOLD.sub(lambda m: f"{on}{m.group(1)}{off}", text)
    text = _ITALIC.sub(lambda m: m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\u200b", "")


def _text_of(obj: dict[str, Any] | None, reader: Reader) -> str:
    if not obj:
        return ""
    text = str(obj.get("text") or "")
    if obj.get("type") == "mrkdwn":
        return mrkdwn_to_text(text, reader)
    return _EMOJI_CODE.sub(lambda m: EMOJI.get(m.group(1), m.group(0)), text) if obj.get("emoji", True) else text


def initial_value(element: dict[str, Any]) -> Any:
    """What an input element holds before the user changes it, in the shape of view.state."""
    kind = element.get("type")
    if kind in ("plain_text_input", "email_text_input", "url_text_input", "number_input"):
        return element.get("initial_value")
    if kind == "datepicker":
        return element.get("initial_date")
    if kind == "timepicker":
        return element.get("initial_time")
    if kind in ("static_select", "radio_buttons"):
        return element.get("initial_option")
    if kind in ("checkboxes", "multi_static_select"):
        return list(element.get("initial_options") or [])
    if kind == "users_select":
        return element.get("initial_user")
    if kind == "multi_users_select":
        return list(element.get("initial_users") or [])
    return None


def shown_value(element: dict[str, Any], value: Any, reader: Reader) -> str:
    """A field's current value as text."""
    if value is None or value == []:
        return ""
    if isinstance(value, dict):
        return _text_of(value.get("text"), reader)
    if isinstance(value, list):
        return ", ".join(
            _text_of(v.get("text"), reader) if isinstance(v, dict) else "@" + reader.names.get(v, v) for v in value
        )
    if element.get("type") == "users_select":
        return "@" + reader.names.get(str(value), str(value))
    return str(value)


class _Renderer:
    def __init__(self, reader: Reader, prefix: str, values: Mapping[str, Any] | None) -> None:
        self.reader = reader
        self.prefix = prefix
        self.values = values or {}
        self.lines: list[str] = []
        self.clickables: list[Clickable] = []
        self.fields: list[Field] = []

    def _add(self, element: dict[str, Any], block_id: str | None, label: str) -> str:
        key = f"{self.prefix}{len(self.clickables) + 1}"
        self.clickables.append(Clickable(element, block_id, label, key))
        return f"[{key}: {label}]"

    def clickable(self, element: dict[str, Any], block_id: str | None) -> str:
        kind = element.get("type")
        if kind == "button":
            return self._add(element, block_id, _text_of(element.get("text"), self.reader))
        if kind in ("static_select", "overflow"):
            parts = [
                self._add({**element, "selected_option": option}, block_id, _text_of(option.get("text"), self.reader))
                for option in element.get("options") or []
            ]
            placeholder = _text_of(element.get("placeholder"), self.reader)
            return (placeholder + " " if placeholder else "") + " ".join(parts)
        if kind in ("datepicker", "timepicker"):
            return f"({kind} {element.get('initial_date') or element.get('initial_time') or ''})"
        return f"({kind})"

    def input(self, block: dict[str, Any]) -> None:
        label = _text_of(block.get("label"), self.reader)
        element = block.get("element") or {}
        block_id = str(block.get("block_id") or f"input{len(self.fields) + 1}")
        kind = str(element.get("type"))
        self.fields.append(
            Field(block_id, str(element.get("action_id") or ""), kind, label, element, bool(block.get("optional")))
        )
        value = self.values[block_id] if block_id in self.values else initial_value(element)
        shown = shown_value(element, value, self.reader)
        hint = ""
        if kind in ("static_select", "radio_buttons", "checkboxes", "multi_static_select"):
            options = " | ".join(str(o.get("value")) for o in element.get("options") or [])
            hint = f"  ({options})"
        elif kind in ("datepicker", "timepicker"):
            hint = "  (YYYY-MM-DD)" if kind == "datepicker" else "  (HH:MM)"
        optional = "" if block.get("optional") else " *"
        self.lines.append(f"{label}{optional} [:set {block_id}]: {shown}{hint}")

    def block(self, block: dict[str, Any]) -> None:
        kind = block.get("type")
        block_id = block.get("block_id")
        if kind == "header":
            self.lines.append("== " + _text_of(block.get("text"), self.reader) + " ==")
        elif kind == "section":
            text = _text_of(block.get("text"), self.reader)
            fields = [_text_of(f, self.reader) for f in block.get("fields") or []]
            line = "\n".join([text, *fields]).strip("\n")
            if block.get("accessory"):
                line += "  " + self.clickable(block["accessory"], block_id)
            self.lines.append(line)
        elif kind == "context":
            self.lines.append(
                "   "
                + "  ·  ".join(
                    _text_of(e, self.reader) if e.get("type") != "image" else f"[{e.get('alt_text', 'image')}]"
                    for e in block.get("elements") or []
                )
            )
        elif kind == "divider":
            self.lines.append("─" * 40)
        elif kind == "actions":
            self.lines.append(" ".join(self.clickable(e, block_id) for e in block.get("elements") or []))
        elif kind == "image":
            self.lines.append(f"[image: {block.get('alt_text', '')}]")
        elif kind == "input":
            self.input(block)
        else:
            self.lines.append(f"({kind})")


def render_blocks(
    blocks: list[dict[str, Any]] | None,
    fallback: str = "",
    *,
    tz: str = "Europe/Copenhagen",
    reader: Reader | None = None,
    prefix: str = "",
    values: Mapping[str, Any] | None = None,
) -> Rendered:
    """Render blocks (or the fallback text when there are none) as terminal text; buttons are
    labelled prefix + number (a1, a2 … when prefix is "a"; 1, 2 … without one)."""
    reader = reader or Reader(tz=tz)
    renderer = _Renderer(reader, prefix, values)
    if not blocks:
        return Rendered(mrkdwn_to_text(fallback or "", reader))
    for block in blocks:
        renderer.block(block)
    return Rendered("\n".join(renderer.lines), renderer.clickables, renderer.fields)


def render_view(
    view: dict[str, Any],
    *,
    tz: str = "Europe/Copenhagen",
    reader: Reader | None = None,
    prefix: str = "",
    values: Mapping[str, Any] | None = None,
) -> Rendered:
    """Render a modal or App Home view with its title (and a modal's submit and close)."""
    reader = reader or Reader(tz=tz)
    title = _text_of(view.get("title"), reader)
    body = render_blocks(view.get("blocks"), reader=reader, prefix=prefix, values=values)
    heading = f"┌ {title} ┐\n" if title else ""
    footer = ""
    if view.get("type") == "modal":
        submit = _text_of(view.get("submit"), reader)
        close = _text_of(view.get("close"), reader) or "Cancel"
        footer = "\n" + "  ".join(x for x in (f"[:submit {submit}]" if submit else "", f"[:close {close}]") if x)
    return Rendered(heading + body.text + footer, body.clickables, body.fields)
