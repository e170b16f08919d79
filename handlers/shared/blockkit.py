"""Small, safe builders for Block Kit: escaping, sections, buttons and Slack date tokens.

Everything a user typed goes through `escape()` before it reaches mrkdwn, so a partner called
`<!channel>` is shown literally and pings no one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
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


# What a cut must never land inside: Slack's angle-bracket tokens (dates, mentions, links) and
# HTML escapes. A lone "<" or "&" of unescaped text is not one of them.
_TOKEN = re.compile(r"<[@#!][^<>]*>|<(?:https?|mailto|tel):[^<>]*>|&(?:amp|lt|gt|quot|#\d{1,5});")
_ZWSP = "\u200b"


_ESCAPED_MENTION = re.compile(r"&lt;@[UW][A-Z0-9]+\|([^&<>|]{1,80})&gt;")


def escape_with_names(text: str | None) -> str:
    """Like `escape`, but a colleague mentioned in a log (`<@U123|carl>`, as Slack sends it) reads as
    plain "@carl" rather than the raw token; nothing the user typed becomes a live mention or link."""
    return _ESCAPED_MENTION.sub(lambda m: "@" + m.group(1), escape(text))


def safe_cut(text: str, limit: int) -> int:
    """The largest index <= limit where text can be cut without splitting a token, an escape or
    a neutralised formatting character (see `escape`)."""
    if len(text) <= limit:
        return len(text)
    cut = max(limit, 0)
    for match in _TOKEN.finditer(text, max(0, cut - 600), cut + 600):
        if match.start() < cut < match.end():
            cut = match.start()
            break
    if cut < len(text) and text[cut] == _ZWSP and cut > 0:
        cut -= 1  # keep "*" and the invisible space after it together, or "*" starts bold
    return cut


def clip(text: str, limit: int) -> str:
    """Cut text to limit characters, marking the cut with an ellipsis; never inside a token or escape.

    For words a user may need in full, prefer `sections` (spreads over several blocks) or `listing`
    (shows a count of what it leaves out): a clip loses the end.
    """
    return text if len(text) <= limit else text[: safe_cut(text, limit - 1)] + "…"


def split_text(text: str, limit: int = MAX_SECTION_TEXT) -> list[str]:
    """Split text into pieces of at most limit characters, nothing lost: at a line break if one is
    near, else at a space, never inside a token, an escape or a word when it can be helped."""
    pieces: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = safe_cut(rest, limit)
        window = rest[:cut]
        for sep in ("\n", " "):
            at = window.rfind(sep)
            if at > limit // 2:
                cut = at
                break
        if cut <= 0:  # a single token longer than the limit; cannot happen with Slack's own tokens
            cut = limit
        pieces.append(rest[:cut])
        rest = rest[cut + 1 :] if rest[cut] in "\n " else rest[cut:]
    pieces.append(rest)
    return pieces


def joined(items: list[str], *, sep: str = ", ", limit: int = MAX_SECTION_TEXT - 200) -> list[str]:
    """Items joined by sep into as few lines as keep each under limit, never splitting an item, so
    that `sections` can spread a long enumeration (names, say) without cutting one in two."""
    lines: list[str] = []
    for item in items:
        if lines and len(lines[-1]) + len(sep) + len(item) <= limit:
            lines[-1] += sep + item
        else:
            lines.append(item)
    return lines or [""]


def sections(lines: list[str], *, title: str | None = None, limit: int = MAX_SECTION_TEXT) -> list[Block]:
    """Lines packed into as few sections as fit Slack's 3,000 characters each, never cut: a line too
    long for one section continues in the next. The title (mrkdwn) heads the first."""
    texts: list[str] = []
    current = title or ""
    for line in lines:
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) <= limit:
            current = candidate
            continue
        if current:
            texts.append(current)
        *full, current = split_text(line, limit)
        texts.extend(full)
    if current or not texts:
        texts.append(current or " ")
    return [section(text) for text in texts]


def listing(
    lines: list[str], *, title: str | None, shown: int, more: Callable[[int], str], limit: int = MAX_SECTION_TEXT
) -> list[Block]:
    """At most `shown` lines in sections (see `sections`), then the line `more(n)` saying how many
    were left out, so a list never drops anything silently."""
    visible = lines[:shown]
    hidden = len(lines) - len(visible)
    return sections([*visible, more(hidden)] if hidden else visible, title=title, limit=limit)


def mrkdwn(text: str) -> dict[str, Any]:
    """A mrkdwn text object (text must already be escaped)."""
    return {"type": "mrkdwn", "text": clip(text, MAX_SECTION_TEXT)}


def plain(text: str, limit: int = MAX_SECTION_TEXT) -> dict[str, Any]:
    """A plain_text object; Slack shows it literally, so it needs no escaping."""
    return {"type": "plain_text", "text": clip(text or " ", limit), "emoji": True}


def header(text: str) -> Block:
    """A header block."""
    return {"type": "header", "text": plain(text, MAX_HEADER_TEXT)}


def title(text: str) -> Block:
    """A header for plain text (a partner's name, say); a bold section when it is longer than a
    header may be, so a long name is shown whole rather than cut."""
    if len(text) <= MAX_HEADER_TEXT:
        return header(text)
    return {"type": "section", "text": {"type": "mrkdwn", "text": f"*{escape(text)}*"}}


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


def choices(intro: str, options: list[tuple[str, str, str]]) -> list[Block]:
    """A question (mrkdwn) and a button per option (label, action_id, value). A button shows at most
    75 characters; when a label is longer, the options are listed whole and numbered above the
    buttons, so a long name is never seen only cut."""
    if all(len(label) <= MAX_BUTTON_TEXT for label, _, _ in options):
        return [section(intro), actions(*(button(label, aid, value) for label, aid, value in options))]
    listed = [f"{n}. {escape(label)}" for n, (label, _, _) in enumerate(options, 1)]
    buttons = [button(f"{n}. {label}", aid, value) for n, (label, aid, value) in enumerate(options, 1)]
    return [*sections(listed, title=intro), actions(*buttons)]


def slack_date(moment: datetime, *, with_time: bool, fallback: str) -> str:
    """A `<!date^...>` token so every reader sees the moment in their own timezone."""
    token = "{date_short_pretty} {time}" if with_time else "{date_short_pretty}"
    return f"<!date^{int(moment.timestamp())}^{token}|{escape(fallback)}>"


def message(text: str, blocks: list[Block]) -> dict[str, Any]:
    """The arguments of a message: notification text plus at most 50 blocks.

    The views keep within 50 blocks themselves (they page, or count what they leave out); should one
    ever overflow, the last block says how many were left out rather than dropping them silently.
    """
    if len(blocks) > MAX_BLOCKS_MESSAGE:
        kept = blocks[: MAX_BLOCKS_MESSAGE - 1]
        blocks = [*kept, context(f"… (+{len(blocks) - len(kept)})")]
    return {"text": clip(text, MAX_SECTION_TEXT), "blocks": blocks}
