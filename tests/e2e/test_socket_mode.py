"""Socket Mode end to end: the real `python -m bot socket` process against a fake Slack Socket Mode server.

The same commands, buttons and App Home events as over HTTP, then what Slack and networks do to
a connection: a refresh, a drop without a close frame, a half-open connection, a reset, a close
frame, a replayed envelope, and SIGTERM. Every ack must arrive inside Slack's 3 s; how fast a
dead connection is replaced is measured by bench/bench_socket.py, not asserted here.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import pytest
from sqlalchemy import Engine, create_engine, func, select

from bench.common import cpu_seconds
from bot.offline.fake_socket_mode import APP_TOKEN, Ack, Envelope, FakeSocketMode, SocketConnection
from bot.offline.fakeslack import Call, FakeSlack
from handlers import log as log_feature
from storage.db import normalize_database_url
from storage.models import FollowUp, Heartbeat, Interaction, ProcessedRequest
from tests.e2e import payloads, wire
from tests.e2e.conftest import ANNA, BEN, BOT_TOKEN, ROOT, TEAM
from tests.e2e.test_log import buttons, card_text, unique
from tests.support.blockcheck import assert_valid_blocks

pytestmark = pytest.mark.e2e

SLACK_DEADLINE = 3.0
# Generous bounds for waiting on the process (a busy two-core machine); not the figures asserted.
START_TIMEOUT = 60.0
RECONNECT_TIMEOUT = 30.0


@dataclass
class SocketBot:
    """A running `python -m bot socket`, the fake Web API and the fake Socket Mode server it uses."""

    fake: FakeSlack
    sm: FakeSocketMode
    process: subprocess.Popen[bytes]
    db_url: str
    log_path: Path
    _engine: Engine | None = field(default=None, repr=False)

    def command(self, text: str, *, user: str = ANNA.id, conn: SocketConnection | None = None) -> Envelope:
        """Send `/partner <text>` as a slash_commands envelope."""
        body = wire.slash_command(text, team_id=TEAM, user_id=user, response_url=self.fake.response_url("cmd"))
        return self.sm.command(dict(parse_qsl(body.decode(), keep_blank_values=True)), connection=conn)

    def acked(self, envelope: Envelope) -> Ack:
        """The ack of an envelope, which must come inside Slack's 3 s."""
        ack = self.sm.wait_ack(envelope, timeout=10)
        assert ack is not None, f"{envelope.type} envelope not acknowledged"
        assert ack.latency is not None and ack.latency < SLACK_DEADLINE, f"ack after {ack.latency:.2f} s"
        return ack

    def ask(self, text: str, *, user: str = ANNA.id, conn: SocketConnection | None = None) -> dict[str, Any]:
        """Send a command and return the response payload of its ack (what the user sees)."""
        ack = self.acked(self.command(text, user=user, conn=conn))
        assert ack.payload is not None, "the command's ack carries no message"
        return ack.payload

    def scalars(self, statement: Any) -> list[Any]:
        """Run a SELECT on the bot's database."""
        if self._engine is None:
            self._engine = create_engine(normalize_database_url(self.db_url))
        with self._engine.connect() as conn:
            return list(conn.scalars(statement))

    def output(self) -> str:
        """Everything the process wrote to stdout and stderr so far."""
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def log_lines(self, message: str) -> list[dict[str, Any]]:
        """The JSON log lines with this message."""
        found = []
        for line in self.output().splitlines():
            if line.startswith("{"):
                entry = json.loads(line)
                if entry.get("msg") == message:
                    found.append(entry)
        return found

    def settled(self, connections: int, timeout: float = RECONNECT_TIMEOUT) -> None:
        """Wait until the bot has logged its n-th connection as up (it is then the current one)."""
        deadline = time.monotonic() + timeout
        while len(self.log_lines("socket mode connected")) < connections:
            assert time.monotonic() < deadline, f"connection {connections} never came up:\n{self.output()[-3000:]}"
            assert self.process.poll() is None, f"the bot exited:\n{self.output()[-3000:]}"
            time.sleep(0.05)

    def cpu(self) -> float:
        return cpu_seconds(self.process.pid) or 0.0

    def quiet(self, timeout: float = 30.0) -> None:
        """Wait until start-up work (a background import, the scheduler's first tick) is over."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            before = self.cpu()
            time.sleep(0.5)
            if self.cpu() - before < 0.05:
                return

    def terminate(self, sig: int = signal.SIGTERM, timeout: float = 30.0) -> int:
        """Signal the process and return its exit code."""
        self.process.send_signal(sig)
        return self.process.wait(timeout=timeout)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()


def socket_env(db_url: str, fake: FakeSlack) -> dict[str, str]:
    """The environment `python -m bot` reads for Socket Mode against the fakes (no signing secret needed)."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_APP_TOKEN": APP_TOKEN,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": db_url,
        "LOG_LEVEL": "INFO",
    }


@pytest.fixture
def bot(migrated_db_url: str, tmp_path: Path) -> Iterator[SocketBot]:
    """`python -m bot` in Socket Mode (SLACK_APP_TOKEN set) on a fresh database, connected."""
    fake = FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]).start()
    sm = FakeSocketMode().attach(fake).start()
    log_path = tmp_path / "bot.log"
    with log_path.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot"],
            cwd=ROOT,
            env=socket_env(migrated_db_url, fake),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    running = SocketBot(fake=fake, sm=sm, process=process, db_url=migrated_db_url, log_path=log_path)
    try:
        if sm.wait_hello(1, timeout=START_TIMEOUT) is None:
            raise RuntimeError(f"the bot did not connect within {START_TIMEOUT:.0f} s:\n{running.output()}")
        running.settled(1)
        yield running
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        running.close()
        sm.stop()
        fake.stop()


def home_opened(user: str) -> dict[str, Any]:
    """An app_home_opened event callback, as the events_api envelope carries it."""
    return {
        "token": "unused",
        "team_id": TEAM,
        "api_app_id": "A0PARTNERBOT",
        "type": "event_callback",
        "event_id": f"Ev{uuid.uuid4().hex[:12].upper()}",
        "event_time": int(time.time()),
        "event": {
            "type": "app_home_opened",
            "user": user,
            "channel": "D0" + user[2:],
            "tab": "home",
            "event_ts": f"{time.time():.6f}",
        },
    }


def wait_acks(bot: SocketBot, envelope: Envelope, count: int, timeout: float = 10.0) -> list[Ack]:
    """The acks of an envelope id once there are `count` of them (or what there is at the timeout)."""
    deadline = time.monotonic() + timeout
    while len(bot.sm.acks_for(envelope)) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    return bot.sm.acks_for(envelope)


def publishes_for(calls: list[Call], user: str) -> list[Call]:
    """The App Home publishes for one user among the calls (wait_for hands its predicate the calls)."""
    return [c for c in calls if c.method == "views.publish" and c.args.get("user_id") == user]


# ----- the same features as over HTTP ------------------------------------------------------------


def test_log_card_button_status_and_home_over_socket_mode(bot: SocketBot) -> None:
    partner = unique("FOA SOSU")
    card = bot.ask(f"log Ringede til Sofie hos {partner}. De giver 5.000 kr. Ring til hende i morgen kl. 13.30.")
    assert card["response_type"] == "ephemeral"
    assert_valid_blocks(card["blocks"])
    assert f"*{partner}* (ny partner)" in card_text(card)
    (followup_id,) = buttons(card["blocks"])[log_feature.LOG_DONE]

    # The Done button: acknowledged, then the card is redrawn through the response_url.
    key = uuid.uuid4().hex
    click = payloads.block_action(
        team_id=TEAM,
        user_id=ANNA.id,
        action_id=log_feature.LOG_DONE,
        value=followup_id,
        response_url=bot.fake.response_url(key),
    )
    bot.acked(bot.sm.interactive(click))
    assert bot.fake.wait_for(lambda calls: any(c.method == f"response_url:{key}" for c in calls))
    (redrawn,) = bot.fake.calls_to(f"response_url:{key}")
    assert log_feature.LOG_DONE not in buttons(redrawn.args["blocks"])
    assert bot.scalars(select(FollowUp.status).where(FollowUp.id == int(followup_id))) == ["done"]

    status = bot.ask(f"status {partner}")
    assert partner in json.dumps(status["blocks"], ensure_ascii=False)
    assert "5.000 kr." in json.dumps(status["blocks"], ensure_ascii=False)

    english = bot.ask("help", user=BEN.id)
    assert "/partner log" in json.dumps(english, ensure_ascii=False)

    bot.acked(bot.sm.event(home_opened(ANNA.id)))
    assert bot.fake.wait_for(lambda calls: bool(publishes_for(calls, ANNA.id)), timeout=10)
    view = publishes_for(bot.fake.calls_to("views.publish"), ANNA.id)[-1].args["view"]
    view = view if isinstance(view, dict) else json.loads(view)
    assert view["type"] == "home"
    assert partner in json.dumps(view["blocks"], ensure_ascii=False)


def test_a_replayed_envelope_changes_data_once(bot: SocketBot) -> None:
    partner = unique("Replay Bank")
    first = bot.command(f"log Ringede til Lars hos {partner}. Ring igen fredag.")
    assert "Gemt" in json.dumps(bot.acked(first).payload, ensure_ascii=False)
    again = bot.sm.replay(first)
    assert again.envelope_id == first.envelope_id
    answers = wait_acks(bot, first, 2)
    assert len(answers) == 2, "the replay was not acknowledged"
    assert "allerede behandlet" in json.dumps(answers[1].payload, ensure_ascii=False)
    texts = bot.scalars(select(Interaction.raw_text))
    assert sum(partner in text for text in texts) == 1

    event = bot.sm.event(home_opened("U0HOMEREPLAY"))
    bot.acked(event)
    assert bot.fake.wait_for(lambda calls: bool(publishes_for(calls, "U0HOMEREPLAY")), timeout=10)
    retry = bot.sm.replay(event)
    assert retry.message()["retry_attempt"] == 1 and retry.message()["retry_reason"] == "timeout"
    assert len(wait_acks(bot, event, 2)) == 2
    time.sleep(0.5)  # give a wrongly accepted retry time to publish again
    assert len(publishes_for(bot.fake.calls_to("views.publish"), "U0HOMEREPLAY")) == 1
    key = f"event:{event.payload['event_id']}"
    assert bot.scalars(select(func.count()).select_from(ProcessedRequest).where(ProcessedRequest.key == key)) == [1]


# ----- what Slack and the network do to the connection ------------------------------------------


@pytest.mark.parametrize("reason", ["refresh_requested", "warning"])
def test_a_command_right_after_a_refresh_is_acknowledged_inside_3_s(bot: SocketBot, reason: str) -> None:
    for n in range(3):
        old = bot.sm.current()
        bot.sm.refresh(reason, connection=old)
        new = bot.sm.wait_new_connection(old, timeout=RECONNECT_TIMEOUT)
        assert new is not None, f"no new connection after disconnect ({reason})"
        # The moment the new connection is greeted, a command on it.
        assert "/partner log" in json.dumps(bot.ask("help", conn=new), ensure_ascii=False)
        # The old connection is closed with a close frame once the new one is up (by the bot,
        # or by the fake after its 5 s if it is Slack's turn).
        assert bot.sm.wait_closed(old, timeout=RECONNECT_TIMEOUT)
        assert old.client_close_code is not None or old.ended_by == "server_close"
        bot.settled(n + 2)
    assert len(bot.sm.live()) == 1
    requested = bot.log_lines("socket mode disconnect requested")
    assert [entry["reason"] for entry in requested] == [reason] * 3


def test_a_drop_without_close_frame_and_a_half_open_connection_are_replaced(bot: SocketBot) -> None:
    old = bot.sm.current()
    bot.sm.drop(old)
    new = bot.sm.wait_new_connection(old, timeout=RECONNECT_TIMEOUT)
    assert new is not None, "no new connection after a drop"
    bot.ask("help", conn=new)
    bot.settled(2)

    bot.sm.half_open(new)  # nothing answered any more, pings included; TCP stays open
    newer = bot.sm.wait_new_connection(new, timeout=RECONNECT_TIMEOUT)
    assert newer is not None, "a half-open connection was never replaced"
    assert bot.sm.wait_closed(new, timeout=RECONNECT_TIMEOUT), "the dead connection was left open"
    bot.ask("help", conn=newer)
    causes = [entry["cause"] for entry in bot.log_lines("socket mode connection lost")]
    assert causes == ["eof", "no_pong"]


def test_while_slack_is_unreachable_the_bot_waits_without_spinning_and_comes_back(bot: SocketBot) -> None:
    bot.quiet()
    bot.sm.outage(True)
    old = bot.sm.current()
    bot.sm.drop(old)
    cpu_before, started = bot.cpu(), time.monotonic()
    time.sleep(4)
    busy = (bot.cpu() - cpu_before) / (time.monotonic() - started)
    assert busy < 0.3, f"the process used {busy:.0%} of a core while disconnected"
    assert bot.sm.refused >= 1  # it did try
    bot.sm.outage(False)
    newest = bot.sm.connections[-1]
    back = bot.sm.wait_new_connection(newest if newest.id > old.id else old, timeout=RECONNECT_TIMEOUT)
    assert back is not None
    bot.ask("help", conn=back)


def test_a_reset_and_a_close_frame_reconnect(bot: SocketBot) -> None:
    old = bot.sm.current()
    bot.sm.reset(old)
    new = bot.sm.wait_new_connection(old, timeout=RECONNECT_TIMEOUT)
    assert new is not None, "no new connection after a TCP reset"
    bot.ask("help", conn=new)
    bot.settled(2)

    bot.sm.close(new, code=1001, reason="going away")
    newer = bot.sm.wait_new_connection(new, timeout=RECONNECT_TIMEOUT)
    assert newer is not None, "no new connection after a close frame"
    assert new.client_close_code == 1001  # the bot answered the close frame, as RFC 6455 asks
    bot.ask("help", conn=newer)
    causes = [entry["cause"] for entry in bot.log_lines("socket mode connection lost")]
    assert causes == ["reset", "close_frame"]


# ----- shutdown and health ---------------------------------------------------------------------------


def test_sigterm_finishes_the_envelope_in_flight_closes_cleanly_and_exits_0(bot: SocketBot) -> None:
    conn = bot.sm.current()
    partner = unique("Nordea Køge")
    # Ben's first command makes the bot read his Slack profile; holding that answer back keeps
    # the command in flight while SIGTERM arrives.
    reading = threading.Event()

    def slow_profile(call: Call) -> None:
        if call.method == "users.info":
            reading.set()
            time.sleep(0.6)

    bot.fake.listeners.append(slow_profile)
    envelope = bot.command(f"log Met Eva at {partner}. Will send an e-mail tomorrow.", user=BEN.id)
    assert reading.wait(10), "the command never reached its handler"
    assert bot.terminate(signal.SIGTERM) == 0
    ack = bot.sm.wait_ack(envelope, timeout=1)
    assert ack is not None and "Saved" in json.dumps(ack.payload, ensure_ascii=False)
    assert sum(partner in text for text in bot.scalars(select(Interaction.raw_text))) == 1
    assert bot.sm.wait_closed(conn, timeout=5)
    assert conn.client_close_code == 1000 and conn.ended_by == "client"
    for message in ("shutdown requested", "socket mode closed", "scheduler stopped", "socket mode stopped"):
        assert bot.log_lines(message), message
    (stopped,) = bot.log_lines("socket mode stopped")
    assert stopped["drained"] is True


def test_sigint_also_shuts_down_cleanly(bot: SocketBot) -> None:
    conn = bot.sm.current()
    assert bot.terminate(signal.SIGINT) == 0
    assert bot.sm.wait_closed(conn, timeout=5)
    assert conn.client_close_code == 1000
    assert bot.log_lines("socket mode stopped")


def test_health_reports_the_connection_and_logs_are_scrubbed(bot: SocketBot) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not bot.scalars(select(Heartbeat.pid).where(Heartbeat.name == "socket_mode")):
        time.sleep(0.1)
    assert bot.scalars(select(Heartbeat.pid).where(Heartbeat.name == "socket_mode")) == [bot.process.pid]
    probe = subprocess.run(
        [sys.executable, "-m", "bot", "health"],
        cwd=ROOT,
        env=socket_env(bot.db_url, bot.fake),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert probe.returncode == 0, probe.stdout + probe.stderr
    report = json.loads(probe.stdout)
    assert report["socket_mode"] == "ok" and report["database"] == "ok"

    connected = bot.log_lines("socket mode connected")
    assert connected and connected[0]["connection"] == 1 and connected[0]["num_connections"] == 1
    output = bot.output()
    assert APP_TOKEN not in output and BOT_TOKEN not in output
    assert "ticket=" not in output
