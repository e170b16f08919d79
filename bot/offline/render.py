"""Block Kit rendered as readable terminal text, for the offline console."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

_DATE_TOKEN = re.compile(r"<!date\^(\d+)\^([^|>]*)(?:\^[^|>]*)?\|([^>]*)>")
_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_LINK = re.compile(r"<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>")
_BARE_LINK = re.compile(r"<((?:https?|mailto|tel):[^>]+)>")
_SPECIAL = re.compile(r"<!(here|channel|everyone)>")


@dataclass
class Clickable:
    """A button or menu option the console user can press by number."""

    element: dict[str, Any]
    block_id: str | None
    label: str


@dataclass
class Rendered:
    """Text for the terminal and the interactive elements in it, numbered from 1."""

    text: str
    clickables: list[Clickable] = field(default_factory=list)


def _format_date(epoch: str, token: str, tz: str) -> str:
    moment = datetime.fromtimestamp(int(epoch), UTC).astimezone(ZoneInfo(tz))
    out = token.replace("{date_short_pretty}", moment.strftime("%a %d %b %Y"))
    out = out.replace("{date_long_pretty}", moment.strftime("%A %d %B %Y"))
    out = out.replace("{date_short}", moment.strftime("%d %b %Y"))
    out = out.replace("{date_num}", moment.strftime("%Y-%m-%d"))
    out = out.replace("{date}", moment.strftime("%d %B %Y"))
    return out.replace("{time}", moment.strftime("%H:%M"))


def mrkdwn_to_text(text: str, tz: str) -> str:
    """Resolve Slack's angle-bracket tokens and entities the way the Slack client shows them."""
    text = _DATE_TOKEN.sub(lambda m: _format_date(m.group(1), m.group(2), tz), text)
    text = _USER.sub(lambda m: "@" + m.group(1), text)
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", text)
    text = _BARE_LINK.sub(lambda m: m.group(1), text)
    text = _SPECIAL.sub(lambda m: "@" + m.group(1), text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("\u200b", "")


def _text_of(obj: dict[str, Any] | None, tz: str) -> str:
    if not obj:
        return ""
    text = str(obj.get("text") or "")
    return mrkdwn_to_text(text, tz) if obj.get("type") == "mrkdwn" else text


class _Renderer:
    def __init__(self, tz: str) -> None:
        self.tz = tz
        self.lines: list[str] = []
        self.clickables: list[Clickable] = []

    def clickable(self, element: dict[str, Any], block_id: str | None) -> str:
        kind = element.get("type")
        if kind == "button":
            label = _text_of(element.get("text"), self.tz)
            self.clickables.append(Clickable(element, block_id, label))
            return f"[{len(self.clickables)}: {label}]"
        if kind in ("static_select", "overflow"):
            parts = []
            for option in element.get("options") or []:
                label = _text_of(option.get("text"), self.tz)
                self.clickables.append(Clickable({**element, "selected_option": option}, block_id, label))
                parts.append(f"[{len(self.clickables)}: {label}]")
            placeholder = _text_of(element.get("placeholder"), self.tz)
            return (placeholder + " " if placeholder else "") + " ".join(parts)
        if kind in ("datepicker", "timepicker"):
            return f"({kind} {element.get('initial_date') or element.get('initial_time') or ''})"
        return f"({kind})"

    def block(self, block: dict[str, Any]) -> None:
        kind = block.get("type")
        block_id = block.get("block_id")
        if kind == "header":
            self.lines.append("== " + _text_of(block.get("text"), self.tz) + " ==")
        elif kind == "section":
            text = _text_of(block.get("text"), self.tz)
            fields = [_text_of(f, self.tz) for f in block.get("fields") or []]
            line = "\n".join([text, *fields]).strip("\n")
            if block.get("accessory"):
                line += "  " + self.clickable(block["accessory"], block_id)
            self.lines.append(line)
        elif kind == "context":
            self.lines.append("   " + "  ·  ".join(
                _text_of(e, self.tz) if e.get("type") != "image" else f"[{e.get('alt_text', 'image')}]"
                for e in block.get("elements") or []
            ))
        elif kind == "divider":
            self.lines.append("─" * 40)
        elif kind == "actions":
            self.lines.append(" ".join(self.clickable(e, block_id) for e in block.get("elements") or []))
        elif kind == "image":
            self.lines.append(f"[image: {block.get('alt_text', '')}]")
        elif kind == "input":
            label = _text_of(block.get("label"), self.tz)
            element = block.get("element") or {}
            value = element.get("initial_value") or element.get("initial_date") or element.get("initial_time") or ""
            self.lines.append(f"{label}: {value}")
        else:
            self.lines.append(f"({kind})")


def render_blocks(blocks: list[dict[str, Any]] | None, fallback: str = "", *, tz: str = "Europe/Copenhagen") -> Rendered:
    """Render blocks (or the fallback text when there are none) as terminal text."""
    renderer = _Renderer(tz)
    if not blocks:
        return Rendered(mrkdwn_to_text(fallback or "", tz))
    for block in blocks:
        renderer.block(block)
    return Rendered("\n".join(renderer.lines), renderer.clickables)


def render_view(view: dict[str, Any], *, tz: str) -> Rendered:
    """Render a modal or App Home view with its title."""
    title = _text_of(view.get("title"), tz)
    body = render_blocks(view.get("blocks"), tz=tz)
    heading = f"┌ {title} ┐\n" if title else ""
    return Rendered(heading + body.text, body.clickables)
