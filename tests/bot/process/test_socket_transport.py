"""The Socket Mode transport in-process against the fake Socket Mode server: envelopes, churn, shutdown.

The end-to-end tests (tests/e2e/test_socket_mode.py) run the real process; these exercise the
transport's own rules quickly, with a stand-in handler and short liveness timings.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from slack_sdk import WebClient

from bot.offline.fake_socket_mode import APP_TOKEN, FakeSocketMode
from bot.offline.fakeslack import FakeSlack
from bot.process.socket_transport import (
    SOCKET_MODE,
    OpenFailed,
    SocketModeTransport,
    socket_health,
    web_api_opener,
)
from storage.heartbeats import beat


@pytest.fixture
def slack() -> Iterator[tuple[FakeSlack, FakeSocketMode]]:
    fake = FakeSlack(bot_token="xoxb-test").start()
    sm = FakeSocketMode().attach(fake).start()
    yield fake, sm
    sm.stop()
    fake.stop()


class Recorder:
    """A handler that answers every envelope with its type, optionally slowly or by failing."""

    def __init__(self, delay: float = 0.0, fail: bool = False) -> None:
        self.delay, self.fail = delay, fail
        self.seen: list[dict[str, Any]] = []

    def __call__(self, envelope: dict[str, Any]) -> dict[str, Any] | None:
        self.seen.append(envelope)
        time.sleep(self.delay)
        if self.fail:
            raise RuntimeError("listener failed")
        return {"text": f"handled {envelope['type']}"}


def transport(fake: FakeSlack, handler: Recorder, **kwargs: Any) -> SocketModeTransport:
    opener = web_api_opener(WebClient(base_url=fake.api_url), APP_TOKEN)
    return SocketModeTransport(opener, handler, **kwargs).start()


def test_apps_connections_open_wants_the_app_token(slack: tuple[FakeSlack, FakeSocketMode]) -> None:
    fake, sm = slack
    client = WebClient(base_url=fake.api_url)
    url = web_api_opener(client, APP_TOKEN)()
    assert url.startswith(f"ws://127.0.0.1:{sm.port}/link/?ticket=")
    with pytest.raises(OpenFailed) as refused:
        web_api_opener(client, "xoxb-test")()
    assert refused.value.reason == "not_allowed_token_type"
    with pytest.raises(OpenFailed) as wrong:
        web_api_opener(client, "xapp-1-wrong")()
    assert wrong.value.reason == "invalid_auth"


def test_the_fake_refuses_an_unknown_ticket(slack: tuple[FakeSlack, FakeSocketMode]) -> None:
    _fake, sm = slack
    with socket.create_connection(("127.0.0.1", sm.port), timeout=5) as sock:
        sock.sendall(
            b"GET /link/?ticket=forged HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
            b"Sec-WebSocket-Version: 13\r\n\r\n"
        )
        assert sock.recv(100).startswith(b"HTTP/1.1 401")
    assert sm.connections == [] and sm.refused == 1


def test_envelopes_are_handled_and_acknowledged_with_a_payload_only_where_slack_takes_one(
    slack: tuple[FakeSlack, FakeSocketMode],
) -> None:
    fake, sm = slack
    handler = Recorder()
    running = transport(fake, handler)
    try:
        conn = sm.wait_hello(1)
        assert conn is not None and running.wait_connected(5)
        command = sm.command({"command": "/partner", "text": "help", "trigger_id": "1.2.3"})
        click = sm.interactive({"type": "block_actions", "actions": []})
        event = sm.event({"type": "event_callback", "event_id": "Ev1", "event": {"type": "app_home_opened"}})
        command_ack, click_ack, event_ack = (sm.wait_ack(e) for e in (command, click, event))
        assert command_ack is not None and command_ack.payload == {"text": "handled slash_commands"}
        assert click_ack is not None and click_ack.payload is None
        assert event_ack is not None and event_ack.payload is None
        assert [e["type"] for e in handler.seen] == ["slash_commands", "interactive", "events_api"]
        assert handler.seen[2]["retry_attempt"] == 0
    finally:
        running.stop(drain_seconds=1)


def test_a_failing_handler_is_still_acknowledged(slack: tuple[FakeSlack, FakeSocketMode], caplog) -> None:
    fake, sm = slack
    running = transport(fake, Recorder(fail=True))
    try:
        sm.wait_hello(1)
        with caplog.at_level(logging.ERROR, logger="bot.process.socket_transport"):
            ack = sm.wait_ack(sm.event({"type": "event_callback", "event_id": "Ev2", "event": {}}))
        assert ack is not None
        assert any(r.getMessage() == "envelope handler failed" for r in caplog.records)
    finally:
        running.stop(drain_seconds=1)


def test_after_a_refresh_an_envelope_on_the_old_connection_is_acknowledged_on_it(
    slack: tuple[FakeSlack, FakeSocketMode],
) -> None:
    fake, sm = slack
    running = transport(fake, Recorder())
    try:
        old = sm.wait_hello(1)
        sm.refresh("warning", connection=old)  # Slack keeps a warned connection open for a while
        new = sm.wait_new_connection(old)
        assert new is not None and old is not None
        late = sm.command({"command": "/partner", "text": "help", "trigger_id": "4.5.6"}, connection=old)
        ack = sm.wait_ack(late)
        assert ack is not None and ack.connection == old.id
        # Then the old connection is closed by the bot with a close frame; one stays.
        assert sm.wait_closed(old, timeout=10)
        assert old.client_close_code == 1000
        assert [c.id for c in sm.live()] == [new.id]
        assert running.reconnects == 1
    finally:
        running.stop(drain_seconds=1)


def test_a_half_open_connection_is_cut_and_replaced(slack: tuple[FakeSlack, FakeSocketMode]) -> None:
    fake, sm = slack
    running = transport(fake, Recorder(), ping_seconds=0.2, dead_after_seconds=0.8)
    try:
        first = sm.wait_hello(1)
        time.sleep(1.0)
        assert first is not None and first.pings >= 2  # a healthy connection is pinged and stays
        assert sm.current() is first
        sm.half_open(first)
        second = sm.wait_new_connection(first, timeout=10)
        assert second is not None
        assert sm.wait_closed(first, timeout=5)
        assert sm.wait_ack(sm.command({"command": "/partner", "text": "help", "trigger_id": "7"}), 5) is not None
    finally:
        running.stop(drain_seconds=1)


def test_reconnects_back_off_while_slack_refuses(slack: tuple[FakeSlack, FakeSocketMode]) -> None:
    fake, sm = slack
    running = transport(fake, Recorder())
    try:
        first = sm.wait_hello(1)
        sm.outage(True)
        sm.drop(first)
        # At once, then after about 1 s and 2 s (±20 % jitter): not a retry loop. The fake notes
        # when each attempt came, so a loaded machine can only lengthen the gaps, not fail the test.
        deadline = time.monotonic() + 30
        while len(sm.refused_at) < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        refused_at = list(sm.refused_at)
        assert len(refused_at) >= 3, f"{len(refused_at)} attempts in 30 s"
        assert refused_at[1] - refused_at[0] >= 0.5, refused_at
        assert refused_at[2] - refused_at[1] >= 1.2, refused_at
        assert not running.connected
        sm.outage(False)
        assert sm.wait_new_connection(first, timeout=15) is not None
    finally:
        running.stop(drain_seconds=1)


def test_stop_finishes_what_is_in_flight_refuses_new_envelopes_and_closes_with_a_close_frame(
    slack: tuple[FakeSlack, FakeSocketMode],
) -> None:
    fake, sm = slack
    handler = Recorder(delay=0.5)
    running = transport(fake, handler)
    conn = sm.wait_hello(1)
    slow = sm.command({"command": "/partner", "text": "log", "trigger_id": "8"})
    time.sleep(0.1)
    stopping = threading.Thread(target=running.stop)
    stopping.start()
    time.sleep(0.1)
    refused = sm.command({"command": "/partner", "text": "help", "trigger_id": "9"})
    stopping.join(timeout=10)
    assert sm.wait_ack(slow, 1) is not None
    assert sm.wait_ack(refused, 0.5) is None
    assert len(handler.seen) == 1
    assert conn is not None and sm.wait_closed(conn, 5) and conn.client_close_code == 1000


def test_link_disabled_is_logged_as_an_error_and_a_new_connection_is_tried(
    slack: tuple[FakeSlack, FakeSocketMode],
    caplog,
) -> None:
    fake, sm = slack
    running = transport(fake, Recorder())
    try:
        first = sm.wait_hello(1)
        with caplog.at_level(logging.INFO, logger="bot.process.socket_transport"):
            sm.refresh("link_disabled", connection=first)
            assert sm.wait_new_connection(first) is not None
        (record,) = [r for r in caplog.records if r.getMessage() == "socket mode disconnect requested"]
        assert record.levelno == logging.ERROR and record.reason == "link_disabled"  # type: ignore[attr-defined]
    finally:
        running.stop(drain_seconds=1)


def test_socket_health_reads_the_heartbeat(session) -> None:
    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert socket_health(session, now)["socket_mode"] == "never"
    beat(session, name=SOCKET_MODE, at=now - timedelta(seconds=5), pid=1)
    assert socket_health(session, now) == {
        "socket_mode": "ok",
        "socket_mode_last_connected": (now - timedelta(seconds=5)).isoformat(),
    }
    assert socket_health(session, now + timedelta(minutes=1))["socket_mode"] == "late"
    json.dumps(socket_health(session, now))  # what `python -m bot health` prints
