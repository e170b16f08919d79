"""A fake Slack for the reminder transport and buttons, in the reminder tests' workspace."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.offline.fakeslack import FakeSlack
from tests.support.reminders import WS


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack(team_id=WS.team_id, bot_token="xoxb-test") as fake:
        yield fake
