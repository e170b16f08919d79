"""Slack unreachable from the bot (refused, or silent): commands still get a clear answer in time.

Slack can still send us requests and read our acknowledgements while our calls to its Web API
fail; what needs no Web API call is done and confirmed, and nothing ends in an HTTP 500.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from bot.offline.fakeslack import FakeSlack
from tests.e2e.conftest import ANNA, BOT_TOKEN, TEAM, Server, start_server, stop_server

pytestmark = pytest.mark.e2e
SLACK_DEADLINE = 3.0


@pytest.fixture(params=["refused", "silent"])
def unreachable(request: pytest.FixtureRequest) -> Iterator[socket.socket]:
    """A socket whose port refuses connections, or accepts them and never answers."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        if request.param == "silent":
            sock.listen(128)  # connections complete in the backlog; nobody reads or answers
        yield sock


@pytest.fixture
def unreachable_url(unreachable: socket.socket) -> str:
    """A Web API URL that refuses connections, or accepts them and never answers."""
    return f"http://127.0.0.1:{unreachable.getsockname()[1]}/api/"


@pytest.fixture
def cut_off(migrated_db_url: str, unreachable: socket.socket, unreachable_url: str) -> Iterator[Server]:
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA]) as fake:
        server = start_server(migrated_db_url, fake, {"SLACK_API_URL": unreachable_url, "RUN_SCHEDULER": "false"})
        try:
            yield server
        finally:
            # The test is over: closing the silent port resets the calls still waiting on it, so
            # the server drains at once instead of after their read timeouts (about 10 s).
            unreachable.close()
            stop_server(server)


def test_a_log_is_saved_and_confirmed_in_time_while_slack_is_unreachable(cut_off: Server, unreachable_url: str) -> None:
    # Slack's response URLs live where its Web API does (the guard refuses any other host), so
    # they are unreachable too.
    hooks = f"{unreachable_url}hooks/cmd"
    replies = [
        cut_off.command("log Ringede til Lars hos Afskåret Boghandel. De giver 2.000 kr.", response_url=hooks),
        cut_off.command(
            "log Ringede til Mette hos Afskåret Cykler. Ring igen fredag.", user="U0NEWBIE", response_url=hooks
        ),
    ]
    for reply in replies:
        assert reply.status == 200, reply.body[:300]
        assert reply.seconds < SLACK_DEADLINE, f"{reply.seconds:.2f} s"
        assert reply.json().get("response_type") == "ephemeral"
        assert "Gemt" in reply.text or "Saved" in reply.text
    help_reply = cut_off.command("help", response_url=hooks)
    assert help_reply.status == 200 and help_reply.seconds < SLACK_DEADLINE
    output = cut_off.output()
    assert "Slack unreachable" in output or "users.info failed" in output
    assert "Traceback" not in output


def test_calls_before_the_ack_pause_after_slack_was_found_unreachable(monkeypatch: pytest.MonkeyPatch) -> None:
    """After one call found Slack unreachable, the next requests do not each wait for their own timeout."""
    from slack_sdk import WebClient
    from slack_sdk.errors import SlackApiError

    from handlers.shared import reach
    from handlers.shared.actor import fetch_profile

    monkeypatch.setattr(reach, "_down_until", 0.0)
    assert reach.is_unreachable(ConnectionRefusedError()) and reach.is_unreachable(TimeoutError())
    assert not reach.is_unreachable(SlackApiError("ratelimited", {"ok": False}))
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)  # silent: accepts, never answers
        client = WebClient(token=BOT_TOKEN, base_url=f"http://127.0.0.1:{sock.getsockname()[1]}/api/")
        started = time.monotonic()
        assert fetch_profile(client, "U0A") == (None, None)
        first = time.monotonic() - started
        assert reach.slack_seems_down()
        authorize = reach.SingleTeamAuthorize(client).function()
        started = time.monotonic()
        result = authorize(enterprise_id=None, team_id=TEAM, user_id="U0A")
        assert fetch_profile(client, "U0B") == (None, None)
        later = time.monotonic() - started
    assert reach.QUICK_TIMEOUT_SECONDS * 0.9 <= first < 2.5
    assert later < 0.2
    assert result.team_id == TEAM and result.bot_token == BOT_TOKEN
