"""What handlers and jobs share: settings, the database and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings
from storage.audit import set_actor

# A job the clock runs on every tick, given the tick's moment; it reads what is due from the database.
Sweep = Callable[[datetime], None]


def utc_now() -> datetime:
    """The current time, timezone-aware in UTC."""
    return datetime.now(UTC)


@dataclass
class Services:
    """The process-wide dependencies, built once by `create_app` and put on every request's context."""

    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    clock: Callable[[], datetime] = field(default=utc_now)

    def now(self) -> datetime:
        """The current time as the bot sees it (a test or the console may move it)."""
        return self.clock()

    @contextmanager
    def transaction(self, actor: str | None) -> Iterator[Session]:
        """One unit of work for actor (a Slack user id, or None for the system), audited, committed at the end."""
        with self.session_factory.begin() as session:
            set_actor(session, actor)
            yield session
