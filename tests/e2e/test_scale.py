"""Production shapes: several web processes and two clocks on one PostgreSQL, and SIGTERM under load."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.offline.fakeslack import FakeSlack
from storage.models import FollowUp, Heartbeat, Interaction
from tests.e2e import wire
from tests.e2e.conftest import (
    ANNA,
    BEN,
    BOT_TOKEN,
    ROOT,
    SIGNING_SECRET,
    TEAM,
    Server,
    output_file,
    start_server,
    stop_server,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]


@dataclass
class Stream:
    """Signed /partner log commands sent from several threads; remembers what was acknowledged."""

    server: Server
    acked: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    started: float = field(default_factory=time.monotonic)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def send(self, name: str, text: str) -> None:
        body = wire.slash_command(
            f"log {text}", team_id=TEAM, user_id=ANNA.id, response_url=self.server.fake.response_url("s")
        )
        sent_at = time.monotonic() - self.started
        try:
            reply = wire.post(self.server.url, "/slack/events", body, wire.signed(SIGNING_SECRET, body), timeout=5)
        except OSError as exc:
            reply, error = None, f"{type(exc).__name__}: {exc}"
        with self.lock:
            if reply is not None and reply.status == 200 and "Gemt" in reply.text and reply.seconds < 3:
                self.acked.append(name)
            elif reply is None:
                self.failures.append(f"{name}: sent at {sent_at:.2f} s, no answer ({error})")
            else:
                self.failures.append(
                    f"{name}: sent at {sent_at:.2f} s, HTTP {reply.status} after "
                    f"{reply.seconds:.2f} s: {reply.body[:200]!r}"
                )


def _names(prefix: str, count: int) -> list[str]:
    letters = str.maketrans("0123456789", "ghjkmnpqrs")
    return [f"{prefix} {uuid.uuid4().hex[:8].translate(letters).capitalize()}" for _ in range(count)]


def _clock(db_url: str, fake: FakeSlack) -> subprocess.Popen[bytes]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": db_url,
        "CLOCK_TICK_SECONDS": "1",
        "LOG_LEVEL": "WARNING",
    }
    _path, handle = output_file("clock")
    with handle:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "clock"], cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
        )


@pytest.fixture
def pg_url(db_url: str, backend: str) -> Iterator[str]:
    if backend != "postgresql":
        pytest.skip("scale-out runs against PostgreSQL, the production database")
    yield db_url


def test_three_web_processes_and_two_clocks_store_every_log_once_and_remind_once(pg_url: str) -> None:
    from storage.migrate import upgrade

    upgrade(pg_url)
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]) as fake:
        server = start_server(pg_url, fake, {"WEB_CONCURRENCY": "3", "RUN_SCHEDULER": "false"})
        clocks = [_clock(pg_url, fake) for _ in range(2)]
        try:
            # On a platform the clock runs on its own dyno; on this shared 2-core machine its
            # start-up (imports) would compete with the web workers for CPU. Start the stream once
            # both clocks have ticked, so a slow acknowledgement means a slow web process.
            deadline = time.monotonic() + 150
            ticked: set[int] = set()  # the heartbeat row names the pid of the clock that ticked last
            while len(ticked) < len(clocks):
                assert all(clock.poll() is None for clock in clocks), "a clock exited"
                assert time.monotonic() < deadline, f"only {len(ticked)} clock(s) ticked within 150 s"
                ticked.update(server.scalars(select(Heartbeat.pid).where(Heartbeat.name == "scheduler")))
                time.sleep(0.1)
            stream = Stream(server)
            soon = datetime.now(ZoneInfo("Europe/Copenhagen")) + timedelta(minutes=5)
            names = _names("Scale Partner", 48)
            threads = [
                threading.Thread(
                    target=stream.send, args=(name, f"Ringede til Lars hos {name}. Ring igen kl. {soon:%H.%M}.")
                )
                for name in names
            ]
            for chunk in range(0, len(threads), 8):  # eight clients at a time
                for thread in threads[chunk : chunk + 8]:
                    thread.start()
                for thread in threads[chunk : chunk + 8]:
                    thread.join()
            assert stream.failures == []
            assert sorted(stream.acked) == sorted(names)
            stored = server.scalars(select(Interaction.raw_text).where(Interaction.team_id == TEAM))
            for name in names:
                assert sum(name in text for text in stored) == 1, name

            timed = server.scalars(
                select(FollowUp.id).where(FollowUp.all_day.is_(False), FollowUp.suggested.is_(False))
            )
            assert len(timed) == len(names)

            def reminder_keys() -> Counter[str]:
                keys: Counter[str] = Counter()
                for call in fake.calls_to("chat.postMessage"):
                    key = ((call.args.get("metadata") or {}).get("event_payload") or {}).get("key", "")
                    if key.startswith("reminder:"):
                        keys[key] += 1
                return keys

            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and len(reminder_keys()) < len(timed):
                time.sleep(0.5)
            time.sleep(3)  # a few more ticks of both clocks: nothing may be sent twice
            keys = reminder_keys()
            reminded = {int(key.split(":")[1]) for key in keys}
            assert set(timed) <= reminded
            assert max(keys.values()) == 1, [k for k, n in keys.items() if n > 1]
            states = server.scalars(select(FollowUp.reminder_state).where(FollowUp.id.in_(timed)))
            assert set(states) == {"sent"}
        finally:
            for clock in clocks:
                clock.send_signal(signal.SIGTERM)
            for clock in clocks:
                try:
                    assert clock.wait(timeout=30) == 0
                except subprocess.TimeoutExpired:
                    clock.kill()
            stop_server(server)


@pytest.mark.parametrize("workers", ["1", "3"])
def test_sigterm_during_load_loses_no_acknowledged_command(db_url: str, workers: str) -> None:
    from storage.migrate import upgrade

    upgrade(db_url)
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]) as fake:
        server = start_server(db_url, fake, {"WEB_CONCURRENCY": workers, "RUN_SCHEDULER": "false"})
        stream = Stream(server)
        names = _names("Term Partner", 400)
        stop = threading.Event()

        def client(mine: list[str]) -> None:
            for name in mine:
                if stop.is_set():
                    return
                stream.send(name, f"Ringede til Lars hos {name}. De giver 1.000 kr. Ring igen fredag.")

        threads = [threading.Thread(target=client, args=(names[i::8],)) for i in range(8)]
        for thread in threads:
            thread.start()
        time.sleep(1.5)
        server.process.send_signal(signal.SIGTERM)
        code = server.process.wait(timeout=40)
        stop.set()
        for thread in threads:
            thread.join()
        server.close()
        assert code == 0
        assert stream.acked, "the server should have acknowledged some commands before SIGTERM"
        assert stream.failed > 0 or len(stream.acked) == len(names)
        texts = server.scalars(select(Interaction.raw_text).where(Interaction.team_id == TEAM))
        for name in stream.acked:
            assert sum(name in text for text in texts) == 1, f"acknowledged but not stored once: {name}"
        # Nothing half-written: every stored log has its follow-up (same transaction).
        without = server.scalars(
            select(func.count())
            .select_from(Interaction)
            .where(~select(FollowUp.id).where(FollowUp.interaction_id == Interaction.id).exists())
        )
        assert without == [0]
