"""Engines and session factories for SQLite (development, small installs) and PostgreSQL."""

# normalize_database_url is re-exported here for the callers that already import it from storage.db.

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from storage.urls import normalize_database_url

# What the layers above catch, named here so that only storage speaks SQLAlchemy: any database
# failure, and the busy or unreachable kind that a later retry may get past.
DatabaseError = SQLAlchemyError
DatabaseBusy = OperationalError

log = logging.getLogger(__name__)

# A connection execution option: "IMMEDIATE" (default) takes SQLite's write lock when the
# transaction begins, "DEFERRED" lets a read-only unit of work run beside a writer.
SQLITE_BEGIN = "sqlite_begin"
SQLITE_BUSY_TIMEOUT_MS = 30_000
_HOLDS_WRITERS = "partnerbot_holds_writers_lock"


def _setup_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take over BEGIN from the sqlite3 module (it would defer it until the first write,
        # which is what turns lock upgrades into "database is locked").
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    # SQLite's busy handler waits for a lock by sleeping in growing steps (up to 100 ms each),
    # so threads of one process queueing for the write lock wait far longer than the writes
    # take. Writers of this process take turns on a Python lock first (a real queue), and meet
    # SQLite's lock only when another process (the clock, another worker) is writing.
    writers = threading.Lock()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Readers and writers in WAL mode do not block each other, but two deferred
        # transactions that both try to upgrade to a write lock deadlock and one fails at
        # once without waiting for busy_timeout; taking the lock up front makes it wait.
        mode = conn.get_execution_options().get(SQLITE_BEGIN, "IMMEDIATE")
        if mode not in ("IMMEDIATE", "DEFERRED", "EXCLUSIVE"):
            raise ValueError(f"unknown SQLite BEGIN mode {mode!r}")
        if mode != "DEFERRED" and not conn.info.get(_HOLDS_WRITERS):
            if not writers.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000):
                raise sqlite3.OperationalError("database is locked (waited for this process's other writers)")
            conn.info[_HOLDS_WRITERS] = True
        conn.exec_driver_sql(f"BEGIN {mode}")

    def _release(info: dict[str, Any]) -> None:
        if info.pop(_HOLDS_WRITERS, False):
            writers.release()

    # After COMMIT or ROLLBACK has been issued the next writer may begin; SQLite's own lock
    # covers the moment the statement is still finishing. Checkin is the backstop for a
    # connection returned to the pool without either (an error in between).
    event.listen(engine, "commit", lambda conn: _release(conn.info))
    event.listen(engine, "rollback", lambda conn: _release(conn.info))
    event.listen(engine.pool, "checkin", lambda _dbapi, record: _release(record.info))


def make_engine(url: str, **kw: Any) -> Engine:
    """Create an engine configured for concurrent use on SQLite or pooled use on PostgreSQL."""
    url = normalize_database_url(url)
    # A failed statement's exception otherwise quotes its parameters (names, log text) into the logs.
    kw.setdefault("hide_parameters", True)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        connect_args = {"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000, **kw.pop("connect_args", {})}
        engine = create_engine(url, connect_args=connect_args, **kw)
        _setup_sqlite(engine)
        return engine
    if backend == "postgresql":
        connect_args = dict(kw.pop("connect_args", {}))
        # Sessions in UTC make server-side now() and date arithmetic agree with the app; kept
        # beside any options already in the URL (a test's search_path, for instance).
        options = connect_args.get("options") or make_url(url).query.get("options") or ""
        if "timezone" not in str(options):
            connect_args["options"] = f"{options} -c timezone=UTC".strip()
        engine = create_engine(url, connect_args=connect_args, **kw)
        if not kw.get("pool_pre_ping"):
            _ping_when_idle(engine)
        return engine
    return create_engine(url, **kw)


# pool_pre_ping would send SELECT 1 before every unit of work: a round trip, and on a busy machine
# a wake-up of the server process, three times per log. A connection back in the pool less than
# this long ago is taken as alive (if the server went away meanwhile, that one request fails as
# "busy" and the pool drops its connections); one idle longer is pinged and replaced if dead.
IDLE_PING_SECONDS = 5.0
_CHECKED_IN = "partnerbot_checked_in"


def _ping_when_idle(engine: Engine) -> None:
    @event.listens_for(engine.pool, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        last = record.info.get(_CHECKED_IN)
        if last is None or time.monotonic() - last < IDLE_PING_SECONDS:
            return  # just connected, or used a moment ago
        try:
            alive = engine.dialect.do_ping(dbapi_connection)
        except Exception as exc:  # noqa: BLE001 - any failure means: use another connection
            raise DisconnectionError("idle connection did not answer a ping") from exc
        if not alive:
            raise DisconnectionError("idle connection did not answer a ping")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return the session factory for units of work (the caller owns each transaction)."""
    from storage import audit, in_hand, known  # local import: they import the models, which import nothing here

    factory = sessionmaker(bind=engine, expire_on_commit=False)
    audit.install(factory)
    known.install(factory)
    in_hand.install(factory)
    return factory


def ping(engine: Engine) -> bool:
    """Tell whether the database answers SELECT 1; never raises."""
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception as exc:  # noqa: BLE001 - a health check must report, not raise
        log.warning("database ping failed: %s", exc)
        return False
