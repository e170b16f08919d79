"""The offline console shows what Slack would refuse the way a Slack user would meet it."""

from __future__ import annotations

import io

import pytest

from bot.offline.console import Console
from bot.offline.fakeslack import FakeUser
from bot.settings import Settings
from handlers import help as help_feature

DUPLICATE_BUTTONS = [
    {
        "type": "actions",
        "elements": [
            {"type": "button", "action_id": "same", "text": {"type": "plain_text", "text": "A"}},
            {"type": "button", "action_id": "same", "text": {"type": "plain_text", "text": "B"}},
        ],
    }
]


@pytest.mark.slack_refusals
def test_a_refused_command_answer_is_shown_as_slack_shows_it(tmp_path, monkeypatch) -> None:
    out = io.StringIO()
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'console.sqlite3'}", run_scheduler=False)
    console = Console(settings, user=FakeUser("U0ANNA", "Anna"), out=out)
    try:
        console.handle_line("/partner help")
        assert "Slack refused" not in out.getvalue()
        monkeypatch.setattr(help_feature, "build_help_blocks", lambda *args: DUPLICATE_BUTTONS)
        console.handle_line("/partner help")
    finally:
        console.close()
    shown = out.getvalue()
    assert "── Slack refused ack:command: invalid_blocks ──" in shown
    assert '/partner failed with the error "invalid_blocks"' in shown
    assert "action_id 'same' is used by 2 elements" in shown
    assert [r.method for r in console.fake.refused] == ["ack:command"]
