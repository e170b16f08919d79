"""End-to-end fixtures: the real server process, a fake Slack Web API, and signed requests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, text

from bot.offline.fakeslack import FakeSlack, FakeUser
from storage.db import normalize_database_url
from storage.migrate import upgrade
from tests.conftest import PG_URL, RUN_PREFIX, _skip_or_fail
from tests.e2e import wire

ROOT = Path(__file__).resolve().parents[2]
TEAM = "T0LIBRARY"
BOT_TOKEN = "xoxb-e2e-test-token"
SIGNING_SECRET = "e2e-signing-secret-1234567890abcdef"

ANNA = FakeUser("U0ANNA", "Anna", tz="Europe/Copenhagen", locale="da-DK")
BEN = FakeUser("U0BEN", "Ben", tz="Europe/London", locale="en-GB")


START_TIMEOUT_S = 150.0


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running `python -m bot serve` process and the fake Slack it talks to."""

    url: str
    fake: FakeSlack
    db_url: str
    process: subprocess.Popen[bytes]
    secret: str = SIGNING_SECRET
    log_path: Path | None = None
    _engine: Engine | None = field(default=None, repr=False)

    def output(self) -> str:
        """Everything the server process wrote so far (stdout and stderr)."""
        return process_output(self.log_path)

    def command(
        self, text: str, *, user: str = ANNA.id, team: str = TEAM, response_url: str | None = None
    ) -> wire.Reply:
        """Send a signed `/partner` command and return the HTTP reply."""
        body = wire.slash_command(
            text, team_id=team, user_id=user, response_url=response_url or self.fake.response_url("cmd")
        )
        return self._acked(wire.post(self.url, "/slack/events", body, wire.signed(self.secret, body)), "command")

    def post(self, body: bytes, headers: dict[str, str]) -> wire.Reply:
        """Post a raw body with the given headers."""
        return wire.post(self.url, "/slack/events", body, headers)

    def interact(self, payload: dict[str, Any]) -> wire.Reply:
        """Send a signed interactive payload (button, view submission, shortcut)."""
        body = wire.interactive(payload)
        kind = str(payload.get("type"))
        view = payload.get("view") if kind == "view_submission" else None
        return self._acked(self.post(body, wire.signed(self.secret, body)), kind, view)

    def _acked(self, reply: wire.Reply, kind: str, view: dict[str, Any] | None = None) -> wire.Reply:
        """Read an acknowledgement as Slack would; a refused one is recorded on the fake Slack."""
        if reply.status == 200:
            self.fake.check_ack(reply.body, kind=kind, view=view)
        return reply

    def scalars(self, statement: Any) -> list[Any]:
        """Run a SELECT against the server's database and return the first column."""
        if self._engine is None:
            self._engine = create_engine(normalize_database_url(self.db_url))
        with self._engine.connect() as conn:
            return list(conn.scalars(statement))

    def close(self) -> None:
        """Release the inspection engine."""
        if self._engine is not None:
            self._engine.dispose()


# Every child process of the e2e tests writes its output to a file here; a failing test's report
# shows the output its processes wrote while it ran (kept on disk for a look afterwards).
PROCESS_LOG_DIR = Path(tempfile.mkdtemp(prefix="partnerbot-e2e-"))
PROCESS_LOGS: list[tuple[str, Path]] = []


def output_file(name: str) -> tuple[Path, Any]:
    """A file for a child process's output, shown in the report of a test that fails while it runs."""
    handle = tempfile.NamedTemporaryFile(prefix=f"{name}-", suffix=".log", dir=PROCESS_LOG_DIR, delete=False)  # noqa: SIM115
    path = Path(handle.name)
    PROCESS_LOGS.append((name, path))
    return path, handle


def process_output(path: Path | None) -> str:
    """The text a child process wrote to its output file."""
    if path is None or not path.exists():
        return ""
    return path.read_text(errors="replace")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Attach the output that the test's processes wrote while it ran, when it fails."""
    outcome = yield
    report = outcome.get_result()
    if report.failed and report.when in ("setup", "call"):
        for name, path in PROCESS_LOGS:
            if path.exists() and path.stat().st_mtime >= call.start - 1:
                report.sections.append((f"output of {name} ({path})", process_output(path)[-20_000:] or "(empty)"))


def start_server(
    db_url: str,
    fake: FakeSlack,
    extra_env: dict[str, str] | None = None,
    log_path: Path | None = None,
    startup_seconds: float = 30,
) -> Server:
    """Start the bot in HTTP mode and wait until /healthz answers; its output goes to a file (log_path if given)."""
    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": db_url,
        "PORT": str(port),
        "LOG_LEVEL": "WARNING",
        **(extra_env or {}),
    }
    if log_path is None:
        log_path, handle = output_file("server")
    else:
        handle = log_path.open("ab")
    with handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"],
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    # Start-up is not what these tests measure (bench/bench_readiness.py does): on a shared,
    # loaded machine importing and migrating can take a minute, which is no failure.
    deadline = time.monotonic() + max(startup_seconds, START_TIMEOUT_S)
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}:\n{process_output(log_path)}")
        try:
            if wire.get(url, "/healthz", timeout=1).status == 200:
                return Server(url=url, fake=fake, db_url=db_url, process=process, log_path=log_path)
        except OSError:
            pass
        time.sleep(0.05)
    process.kill()
    raise RuntimeError(f"server did not become healthy in time:\n{process_output(log_path)[-3000:]}")


def stop_server(server: Server) -> None:
    """SIGTERM the server and wait for it to finish."""
    server.close()
    server.process.send_signal(signal.SIGTERM)
    try:
        server.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    """A fake Slack Web API that knows Anna (Danish) and Ben (English)."""
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]) as fake:
        yield fake


@pytest.fixture
def fresh_server(migrated_db_url: str, fake_slack: FakeSlack) -> Iterator[Server]:
    """The bot serving HTTP against a fresh test database and the fake Slack (one per test)."""
    running = start_server(migrated_db_url, fake_slack)
    yield running
    stop_server(running)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One server per test module and backend, for tests that each use their own users or partners.

    Starting the server takes about two seconds; modules with many small tests share one.
    Tests must not assume an empty database, and should clear `server.fake` calls they inspect.
    """
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'partnerbot.db'}"
        cleanup = None
    else:
        admin = request.getfixturevalue("pg_admin")
        if admin is None:
            _skip_or_fail(getattr(pytest, "pg_unreachable_reason", "PostgreSQL is unreachable"))
        schema = f"{RUN_PREFIX}_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = f"{PG_URL}?options={quote(f'-csearch_path={schema}')}"

        def cleanup() -> None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    upgrade(url)
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]) as fake:
        running = start_server(url, fake)
        try:
            yield running
        finally:
            stop_server(running)
            if cleanup is not None:
                cleanup()
