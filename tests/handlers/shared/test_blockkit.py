"""Block Kit helpers: cuts never land inside a token, an escape or a mention; long lists lose nothing."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from handlers.shared import blockkit as bk

DATE = bk.slack_date(datetime(2026, 3, 12, 9, 0, tzinfo=UTC), with_time=True, fallback="12. mar 2026 10:00")
TOKENS = [DATE, "<@U0ANNA>", "&amp;", "&lt;", "&gt;", "<https://example.org|example.org>", bk.escape("*")]
WHOLE = re.compile(r"<[@#!][^<>]*>|<https?:[^<>]*>|&(?:amp|lt|gt);")


def _broken(piece: str) -> bool:
    """True when a piece holds half a token or half an escape."""
    rest = WHOLE.sub("", piece)
    return bool(re.search(r"<[@#!h]|&(?:a|am|amp|l|lt|g|gt)?$", rest)) or rest.endswith("*")


@pytest.mark.parametrize("token", TOKENS)
def test_a_clip_never_lands_inside_a_token(token: str) -> None:
    for pad in range(0, 60):
        text = "x" * pad + token + " tail" * 20
        for limit in range(max(pad, 1), pad + len(token) + 2):
            clipped = bk.clip(text, limit)
            assert len(clipped) <= limit
            assert not _broken(clipped.removesuffix("…")), (pad, limit, clipped)


def test_split_text_keeps_every_character_and_every_token_whole() -> None:
    words = [f"{TOKENS[i % len(TOKENS)]} ord{i}" for i in range(900)]
    text = " ".join(words)
    pieces = bk.split_text(text, 3000)
    assert all(len(p) <= 3000 for p in pieces) and len(pieces) > 2
    assert "".join(p.replace(" ", "") for p in pieces) == text.replace(" ", "")
    assert not any(_broken(p) for p in pieces)


def test_sections_spread_long_lines_over_several_blocks_and_lose_none() -> None:
    lines = [f"• *Partner {i:03d} {'x' * 180}* – {DATE}" for i in range(120)]
    blocks = bk.sections(lines, title="*Forfaldne*")
    texts = [b["text"]["text"] for b in blocks]
    assert all(len(t) <= bk.MAX_SECTION_TEXT for t in texts)
    joined = "\n".join(texts)
    assert all(line in joined for line in lines)
    assert texts[0].startswith("*Forfaldne*")


def test_a_single_line_longer_than_a_section_continues_in_the_next() -> None:
    line = " ".join(f"{DATE} &amp; ord{i}" for i in range(200))
    blocks = bk.sections([line])
    assert len(blocks) > 1
    assert "".join(b["text"]["text"].replace("\n", " ").replace(" ", "") for b in blocks) == line.replace(" ", "")


def test_listing_says_how_many_it_leaves_out() -> None:
    lines = [f"• linje {i}" for i in range(30)]
    blocks = bk.listing(lines, title="*Liste*", shown=10, more=lambda n: f"… og {n} mere")
    text = "\n".join(b["text"]["text"] for b in blocks)
    assert "• linje 9" in text and "• linje 10" not in text
    assert text.endswith("… og 20 mere")
    assert "mere" not in "\n".join(
        b["text"]["text"] for b in bk.listing(lines[:5], title=None, shown=10, more=lambda n: f"… og {n} mere")
    )


def test_a_mention_in_a_log_reads_as_a_name_and_nothing_becomes_markup() -> None:
    text = "Ringede til Saxo <@U0CARL|carl> ringer <@U0VICTIM> <!channel> & <https://x|klik>"
    shown = bk.escape_with_names(text)
    assert "@carl ringer" in shown and "<@" not in shown
    assert "&lt;@U0VICTIM&gt;" in shown
    assert "&lt;!channel&gt;" in shown and "&amp;" in shown and "&lt;https://x|klik&gt;" in shown


def test_a_message_that_would_overflow_says_how_many_blocks_it_left_out() -> None:
    blocks = [bk.section(f"linje {i}") for i in range(60)]
    kept = bk.message("x", blocks)["blocks"]
    assert len(kept) == bk.MAX_BLOCKS_MESSAGE
    assert kept[-1]["type"] == "context" and "+11" in kept[-1]["elements"][0]["text"]
    assert len(bk.message("x", blocks[:50])["blocks"]) == 50
