"""Reminder and digest test support: services on a controllable clock and a recording transport (fixtures loaded for every test by tests/conftest.py)."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest

from bot.domain.reminders import Outgoing, SendFailed
from bot.domain.services import Services
from bot.settings import Settings
from storage.db import make_session_factory
from storage.scope import Workspace

WS = Workspace("T0LIB")


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Posted:
    """A message the fake Slack accepted."""

    channel: str
    key: str
    ts: str
    message: Outgoing
    at: datetime


class Crash(BaseException):
    """The process dies here (not an Exception, so nothing in the bot catches it)."""


@dataclass
class FakeTransport:
    """An in-memory Slack for the protocol: records posts, finds them by key, fails on demand."""

    clock: Clock
    posted: list[Posted] = field(default_factory=list)
    # Scripted outcomes for the next sends: "429", "500", "500-posted" (Slack posted, then 500),
    # "crash-after" (posted, then the process dies), "crash-before".
    script: list[str] = field(default_factory=list)
    lookups: int = 0
    can_look_up: bool = True
    # What Slack says of a team digest's channel: private and not shared (True), not (False), no answer (None).
    closed: bool | None = False
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, ws: Workspace) -> FakeTransport:
        return self

    def _post(self, channel: str, message: Outgoing) -> str:
        ts = f"{len(self.posted) + 1}.000100"
        self.posted.append(Posted(channel, message.key, ts, message, self.clock()))
        return ts

    def send(self, ws: Workspace, channel: str, message: Outgoing) -> str:
        with self.lock:
            step = self.script.pop(0) if self.script else "ok"
            if step == "429":
                raise SendFailed("ratelimited", maybe_delivered=False, retry_after=30)
            if step == "500":
                raise SendFailed("HTTP 500", maybe_delivered=True)
            if step == "crash-before":
                raise Crash()
            ts = self._post(channel, message)
            if step == "500-posted":
                raise SendFailed("HTTP 500", maybe_delivered=True)
            if step == "crash-after":
                raise Crash()
            return ts

    def find(self, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
        from bot.domain.reminders import LookupUnavailable

        with self.lock:
            self.lookups += 1
            if not self.can_look_up:
                raise LookupUnavailable("missing_scope")
            return next((p.ts for p in self.posted if p.channel == channel and p.key == key), None)

    def channel_is_closed(self, ws: Workspace, channel: str) -> bool | None:
        return self.closed

    def keys(self) -> list[str]:
        return [p.key for p in self.posted]


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 23, 6, 0, tzinfo=UTC))


def make_services(engine, clock: Clock, **overrides) -> Services:
    settings = Settings(slack_bot_token="xoxb-test", **overrides)
    return Services(settings=settings, engine=engine, session_factory=make_session_factory(engine), clock=clock)


@pytest.fixture
def services(engine, clock: Clock) -> Services:
    return make_services(engine, clock)


@pytest.fixture
def transport(clock: Clock) -> FakeTransport:
    return FakeTransport(clock)
