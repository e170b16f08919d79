"""The card's listeners called directly, with a WebClient on the fake Slack (which refuses bad Block Kit)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.domain.people import Actor
from bot.offline.fakeslack import FakeSlack
from tests.support.reminders import WS, make_services

ANNA = "U0ANNA"


class Recorder:
    """Stands in for Bolt's ack/respond and keeps what they were given."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append(kwargs)


class Harness:
    """Services on the test database, a client on the fake Slack, and the acting user."""

    def __init__(self, engine: Any, clock: Any, slack: FakeSlack, lang: str = "da") -> None:
        self.services = make_services(engine, clock, slack_api_url=slack.api_url)
        self.slack = slack
        self.client = WebClient(token="xoxb-test", base_url=slack.api_url)
        self.actor = Actor(ws=WS, user_id=ANNA, lang=lang, tz="Europe/Copenhagen")

    @property
    def context(self) -> dict[str, Any]:
        return {"services": self.services, "actor": self.actor}

    def click(self, handler: Any, action_id: str, value: str, *, response_url: str | None = None) -> Recorder:
        """Call a button listener as Bolt would; return what it answered through respond."""
        respond, ack = Recorder(), Recorder()
        body = {
            "actions": [{"action_id": action_id, "value": value}],
            "trigger_id": "1.2.trigger",
            "response_url": response_url,
            "user": {"id": ANNA},
        }
        handler(ack=ack, body=body, respond=respond, client=self.client, context=self.context)
        assert len(ack.calls) == 1
        return respond

    def choose(self, handler: Any, action_id: str, option_value: str) -> Recorder:
        """Call an overflow or select listener as Bolt would, with the option the user chose."""
        respond, ack = Recorder(), Recorder()
        body = {
            "actions": [{"action_id": action_id, "selected_option": {"value": option_value}}],
            "trigger_id": "1.2.trigger",
            "user": {"id": ANNA},
        }
        handler(ack=ack, body=body, respond=respond, client=self.client, context=self.context)
        assert len(ack.calls) == 1
        return respond


@pytest.fixture
def slack() -> Iterator[FakeSlack]:
    with FakeSlack(team_id=WS.team_id, bot_token="xoxb-test") as fake:
        yield fake


@pytest.fixture
def harness(engine, clock, slack) -> Harness:
    return Harness(engine, clock, slack)
