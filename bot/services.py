"""What handlers and jobs share: settings, the database and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings


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
