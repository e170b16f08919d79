"""Small, safe builders for Block Kit: escaping, sections, buttons and Slack date tokens.

Everything a user typed goes through `escape()` before it reaches mrkdwn, so a partner called
`<!channel>` is shown literally and pings no one.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

Block = dict[str, Any]

# Slack's documented limits for the blocks the bot builds.
MAX_BLOCKS_MESSAGE = 50
MAX_BLOCKS_VIEW = 100
MAX_SECTION_TEXT = 3000
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_HEADER_TEXT = 150
MAX_CONTEXT_ELEMENTS = 10
MAX_ACTIONS_ELEMENTS = 25


# A zero-width space after a formatting character keeps `*bold*` or `_x_` typed by a user from
# turning into formatting; Slack has no escape for these, and the space is invisible.
_FORMATTING = str.maketrans({c: c + "\u200b" for c in "*_~`"})


def escape(text: str | None) -> str:
    """Make user text literal in mrkdwn: &, < and > escaped, formatting characters neutralised."""
    if not text:
        return ""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").translate(_FORMATTING)


def clip(text: str, limit: int) -> str:
    """Cut text to limit characters, marking the cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object (text must already be escaped)."""
    return {"type": "mrkdwn", "text": clip(text, MAX_SECTION_TEXT)}


def plain(text: str, limit: int = MAX_SECTION_TEXT) -> dict[str, Any]:
    """A plain_text object; Slack shows it literally, so it needs no escaping."""
    return {"type": "plain_text", "text": clip(text or " ", limit), "emoji": True}


def header(text: str) -> Block:
    """A header block."""
    return {"type": "header", "text": plain(text, MAX_HEADER_TEXT)}


def section(text: str, *, accessory: dict[str, Any] | None = None, block_id: str | None = None) -> Block:
    """A section block with mrkdwn text (already escaped)."""
    block: Block = {"type": "section", "text": mrkdwn(text)}
    if accessory is not None:
        block["accessory"] = accessory
    if block_id is not None:
        block["block_id"] = block_id
    return block


def context(*texts: str) -> Block:
    """A context block of mrkdwn lines (already escaped)."""
    return {"type": "context", "elements": [mrkdwn(t) for t in texts[:MAX_CONTEXT_ELEMENTS]]}


def divider() -> Block:
    """A divider block."""
    return {"type": "divider"}


def button(text: str, action_id: str, value: str = "", *, style: str | None = None) -> dict[str, Any]:
    """A button element."""
    element: dict[str, Any] = {
        "type": "button",
        "text": plain(text, MAX_BUTTON_TEXT),
        "action_id": action_id,
    }
    if value:
        element["value"] = value[:MAX_BUTTON_VALUE]
    if style in ("primary", "danger"):
        element["style"] = style
    return element


def actions(*elements: dict[str, Any], block_id: str | None = None) -> Block:
    """An actions block holding buttons and pickers."""
    block: Block = {"type": "actions", "elements": list(elements[:MAX_ACTIONS_ELEMENTS])}
    if block_id is not None:
        block["block_id"] = block_id
    return block


def slack_date(moment: datetime, *, with_time: bool, fallback: str) -> str:
    """A `<!date^...>` token so every reader sees the moment in their own timezone."""
    token = "{date_short_pretty} {time}" if with_time else "{date_short_pretty}"
    return f"<!date^{int(moment.timestamp())}^{token}|{escape(fallback)}>"


def message(text: str, blocks: list[Block]) -> dict[str, Any]:
    """The arguments of a message: notification text plus at most 50 blocks."""
    return {"text": clip(text, MAX_SECTION_TEXT), "blocks": blocks[:MAX_BLOCKS_MESSAGE]}
