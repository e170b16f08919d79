"""Helpers the reliability tests share: servers in their own process group, databases per backend."""

from __future__ import annotations

import http.client
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, text

from bot.offline.fakeslack import FakeSlack
from tests.conftest import PG_URL, RUN_PREFIX
from tests.e2e import wire
from tests.e2e.conftest import ANNA, BOT_TOKEN, ROOT, SIGNING_SECRET, TEAM, free_port

SAVED_WORDS = ("Gemt", "Saved")


@dataclass
class Proc:
    """A `python -m bot ...` process started in its own session, so SIGKILL can reach its workers too."""

    process: subprocess.Popen[bytes]
    url: str = ""
    output: Path | None = None

    def post(self, body: bytes, headers: dict[str, str], timeout: float = 30) -> wire.Reply | None:
        """POST a raw body to /slack/events; None when the connection fails."""
        try:
            return wire.post(self.url, "/slack/events", body, headers, timeout=timeout)
        except (OSError, http.client.HTTPException):
            return None

    def kill9(self) -> None:
        """SIGKILL the whole process group (gunicorn master and workers) and wait until it is gone."""
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(self.process.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.02)

    def terminate(self, timeout: float = 30) -> int:
        """SIGTERM the process group and wait; SIGKILL if it does not stop in time."""
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            return self.process.wait(timeout=timeout)
        except ProcessLookupError:
            return self.process.wait()
        except subprocess.TimeoutExpired:
            self.kill9()
            return -9


def bot_env(db_url: str, fake: FakeSlack, extra: dict[str, str] | None = None) -> dict[str, str]:
    """The environment a bot process gets in these tests (no Slack settings leak in from outside)."""
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake.api_url,
        "DATABASE_URL": db_url,
        "LOG_LEVEL": "WARNING",
        **(extra or {}),
    }


def start_bot(args: list[str], env: dict[str, str], output: Path | IO[bytes]) -> Proc:
    """Start `python -m bot <args>` in a new session, its stdout and stderr appended to output."""
    sink = open(output, "ab") if isinstance(output, Path) else output  # noqa: SIM115 - the child owns it
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    finally:
        if isinstance(output, Path):
            sink.close()
    return Proc(process, output=output if isinstance(output, Path) else None)


def launch_web(db_url: str, fake: FakeSlack, output: Path, extra: dict[str, str] | None = None) -> Proc:
    """Start `python -m bot serve` without waiting for it."""
    port = free_port()
    proc = start_bot(["serve"], bot_env(db_url, fake, {"PORT": str(port), **(extra or {})}), output)
    proc.url = f"http://127.0.0.1:{port}"
    return proc


def wait_healthy(proc: Proc, timeout: float = 150) -> Proc:
    """Wait until the server's /healthz answers 200."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.process.poll() is not None:
            raise RuntimeError(f"server exited with {proc.process.returncode}:\n{tail(proc.output)}")
        try:
            if wire.get(proc.url, "/healthz", timeout=1).status == 200:
                return proc
        except OSError:
            pass
        time.sleep(0.05)
    proc.kill9()
    raise RuntimeError(f"server did not become healthy within {timeout} s:\n{tail(proc.output)}")


def start_web(db_url: str, fake: FakeSlack, output: Path, extra: dict[str, str] | None = None) -> Proc:
    """Start `python -m bot serve` and wait until /healthz answers 200."""
    return wait_healthy(launch_web(db_url, fake, output, extra))


def tail(path: Path | None, chars: int = 3000) -> str:
    """The end of a captured output file."""
    return path.read_text(errors="replace")[-chars:] if path and path.exists() else ""


def send_command(url: str, fake: FakeSlack, text: str, *, user: str = ANNA.id, timeout: float = 5) -> wire.Reply | None:
    """Post a signed `/partner text`; None when the connection fails."""
    body = wire.slash_command(text, team_id=TEAM, user_id=user, response_url=fake.response_url("rel"))
    try:
        return wire.post(url, "/slack/events", body, wire.signed(SIGNING_SECRET, body), timeout=timeout)
    except (OSError, http.client.HTTPException):  # refused, reset, or cut off mid-answer
        return None


def said_saved(reply: wire.Reply | None) -> bool:
    """True when the reply is a 200 whose text says the log was saved."""
    if reply is None or reply.status != 200 or not reply.body:
        return False
    try:
        shown = reply.text
    except ValueError:
        return False
    return any(word in shown for word in SAVED_WORDS)


def unique_name(prefix: str) -> str:
    """A partner name no other test uses, made of letters only (digits would read as amounts)."""
    letters = str.maketrans("0123456789", "ghjkmnpqrs")
    return f"{prefix} {uuid.uuid4().hex[:12].translate(letters).capitalize()}"


@contextmanager
def pg_schema(admin: Engine) -> Iterator[str]:
    """A URL to a fresh PostgreSQL schema, dropped afterwards."""
    schema = f"{RUN_PREFIX}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        separator = "&" if "?" in PG_URL else "?"
        yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


def require_pg(admin: Engine | None) -> bool:
    """True when PostgreSQL is reachable; on CI its absence fails the test."""
    if admin is None and os.environ.get("CI", "").lower() == "true":
        pytest.fail(getattr(pytest, "pg_unreachable_reason", "PostgreSQL is unreachable"))
    return admin is not None


@dataclass
class Tally:
    """Counts shared by client threads."""

    sent: int = 0
    acked: list[str] = field(default_factory=list)
    unsaved: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
