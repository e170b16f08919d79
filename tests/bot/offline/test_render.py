"""The console's text rendering of Block Kit."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.offline.render import mrkdwn_to_text, render_blocks
from handlers.shared import blockkit as bk


def test_escaped_user_text_comes_back_literally() -> None:
    hostile = "<!channel> & <@U123> <https://x|click> *bold*"
    assert mrkdwn_to_text(bk.escape(hostile), "UTC") == hostile


def test_slack_date_tokens_show_in_the_readers_timezone() -> None:
    moment = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)
    token = bk.slack_date(moment, with_time=True, fallback="12 Mar")
    assert mrkdwn_to_text(token, "Europe/Copenhagen") == "Thu 12 Mar 2026 10:00"
    assert mrkdwn_to_text(token, "America/New_York") == "Thu 12 Mar 2026 05:00"
    day = bk.slack_date(moment, with_time=False, fallback="12 Mar")
    assert mrkdwn_to_text(day, "Europe/Copenhagen") == "Thu 12 Mar 2026"


def test_buttons_are_numbered_for_clicking() -> None:
    blocks = [
        bk.section("*Card*"),
        bk.actions(bk.button("Edit", "edit", "1"), bk.button("Undo", "undo", "1")),
        bk.section("Follow-up", accessory=bk.button("Done", "done", "7")),
    ]
    rendered = render_blocks(blocks, tz="UTC")
    assert "[1: Edit] [2: Undo]" in rendered.text
    assert "Follow-up  [3: Done]" in rendered.text
    assert [c.element["action_id"] for c in rendered.clickables] == ["edit", "undo", "done"]
