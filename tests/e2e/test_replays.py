"""Replays and retries change the data once: the same signed command, a retried event, a resubmitted view."""

from __future__ import annotations

import json
import time
import uuid

import pytest
from sqlalchemy import func, select

from bot.offline.fakeslack import Call
from storage.models import Interaction, ProcessedRequest
from tests.e2e import payloads, wire
from tests.e2e.conftest import ANNA, TEAM, Server

pytestmark = pytest.mark.e2e

VIEWER = "U0HOMEVIEWER"


def _name() -> str:
    return "Replay " + uuid.uuid4().hex[:6].translate(str.maketrans("0123456789", "ghjkmnpqrs")).capitalize()


def count_logs(server: Server, name: str) -> int:
    texts = server.scalars(select(Interaction.raw_text).where(Interaction.deleted_at.is_(None)))
    return sum(name in text for text in texts)


def test_the_same_signed_command_twice_saves_once(server: Server) -> None:
    name = _name()
    body = wire.slash_command(
        f"log Ringede til Lars hos {name} Bank. Ring igen fredag.",
        team_id=TEAM,
        user_id=ANNA.id,
        response_url=server.fake.response_url("r"),
    )
    headers = wire.signed(server.secret, body)
    first = server.post(body, headers)
    second = server.post(body, headers)  # byte for byte the same request, within the five minutes
    assert first.status == second.status == 200
    assert "Gemt" in first.text
    assert "allerede behandlet" in second.text and "Gemt" not in second.text
    assert count_logs(server, name) == 1


def test_a_retried_event_is_handled_once(server: Server) -> None:
    event_id = f"Ev{uuid.uuid4().hex[:10].upper()}"
    body = json.dumps(
        {
            "token": "x",
            "team_id": TEAM,
            "api_app_id": "A0PARTNERBOT",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": {"type": "app_home_opened", "user": VIEWER, "channel": "D0HOMEVIEWER", "tab": "home"},
        }
    ).encode()

    def publishes(calls: list[Call]) -> list[Call]:
        # Only this user's Home: other tests' logs refresh Anna's Home after their replies.
        return [c for c in calls if c.method == "views.publish" and c.args.get("user_id") == VIEWER]

    headers = {**wire.signed(server.secret, body), "Content-Type": "application/json"}
    assert server.post(body, headers).status == 200
    assert server.fake.wait_for(lambda calls: bool(publishes(calls)))
    retry = {
        **wire.signed(server.secret, body),
        "Content-Type": "application/json",
        "X-Slack-Retry-Num": "1",
        "X-Slack-Retry-Reason": "http_timeout",
    }
    assert server.post(body, retry).status == 200
    time.sleep(0.5)  # give a wrongly accepted retry time to publish again
    assert len(publishes(server.fake.calls)) == 1
    assert server.scalars(
        select(func.count()).select_from(ProcessedRequest).where(ProcessedRequest.key == f"event:{event_id}")
    ) == [1]


def test_a_view_submitted_twice_saves_once(server: Server) -> None:
    name = _name()
    server.fake.clear()
    server.interact(
        payloads.message_shortcut(
            team_id=TEAM,
            user_id=ANNA.id,
            callback_id="log_to_partner_message",
            text=f"Aftale med {name} Bank: 5.000 kr.",
        )
    )
    assert server.fake.wait_for(lambda calls: any(c.method == "views.open" for c in calls))
    view = server.fake.calls_to("views.open")[0].args["view"]
    submission = payloads.view_submission(
        team_id=TEAM, user_id=ANNA.id, view=view, overrides={"partner": f"{name} Bank"}
    )
    body = wire.interactive(submission)
    headers = wire.signed(server.secret, body)
    assert server.post(body, headers).status == 200
    assert server.post(body, headers).status == 200
    assert count_logs(server, name) == 1
