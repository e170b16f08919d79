"""What handlers and jobs share: settings, the database and the clock."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property
from typing import TYPE_CHECKING

from bot.settings import Settings
from storage.audit import set_actor
from storage.db import SQLITE_BEGIN, make_engine, make_session_factory

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

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

    @classmethod
    def connect(cls, settings: Settings, *, clock: Callable[[], datetime] = utc_now) -> Services:
        """Services on a new engine for settings.database_url."""
        engine = make_engine(settings.database_url)
        return cls(settings=settings, engine=engine, session_factory=make_session_factory(engine), clock=clock)

    def now(self) -> datetime:
        """The current time as the bot sees it (a test or the console may move it)."""
        return self.clock()

    @cached_property
    def _reader(self) -> Engine:
        if self.engine.dialect.name == "postgresql":
            # Each statement of a read in READ COMMITTED sees its own snapshot anyway; without
            # BEGIN and ROLLBACK a read is one round trip per statement and nothing more.
            return self.engine.execution_options(isolation_level="AUTOCOMMIT")
        return self.engine.execution_options(**{SQLITE_BEGIN: "DEFERRED"})

    @contextmanager
    def transaction(self, actor: str | None, *, read_only: bool = False) -> Iterator[Session]:
        """The one way to open a unit of work: for actor (a Slack user id, or None for the system),
        audited and committed at the end. read_only: a plain read that commits nothing and, on
        SQLite, does not queue behind writers."""
        if read_only:
            with self.session_factory(bind=self._reader) as session:
                yield session
            return
        with self.session_factory.begin() as session:
            set_actor(session, actor)
            yield session
