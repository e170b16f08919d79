"""Database fixtures: every storage test runs on SQLite and on PostgreSQL, migrated by Alembic."""

from __future__ import annotations

import os
import shutil
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from storage.db import make_engine, make_session_factory, normalize_database_url
from storage.known import forget_cache
from storage.migrate import upgrade
from storage.scope import Workspace

pytest_plugins = ["tests.support.reminders"]

PG_URL = normalize_database_url(
    os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
)
# One prefix per test run, so an interrupted run's schemas can be told apart and removed.
RUN_PREFIX = f"pbtest_{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def pg_admin() -> Iterator[Engine | None]:
    """An engine on the PostgreSQL test database, or None when it cannot be reached."""
    engine = create_engine(PG_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "unreachable"
        engine.dispose()
        pytest.pg_unreachable_reason = f"PostgreSQL at {PG_URL} is unreachable: {exc}"  # type: ignore[attr-defined]
        yield None
        return
    yield engine
    with engine.connect() as conn:
        leftovers = conn.scalars(
            text("SELECT nspname FROM pg_namespace WHERE nspname LIKE :p"),
            {"p": RUN_PREFIX + "%"},
        ).all()
        for schema in leftovers:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


def _skip_or_fail(reason: str) -> None:
    # On CI a missing PostgreSQL is a broken pipeline, not an optional extra.
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


class _MigratedPostgres:
    """One PostgreSQL schema per test run (per process), migrated once, emptied before each test.

    Creating a schema and running every Alembic migration costs about 0.3 s idle and over a
    second on a loaded machine; emptying the tables and restarting the sequences of a migrated
    schema costs about 10 ms. The migrations write no rows besides `alembic_version` (checked
    when the schema is made), so an emptied schema is what a fresh migration would give.
    """

    def __init__(self, admin: Engine) -> None:
        self.admin = admin
        self.resetter = create_engine(PG_URL)  # not autocommit: the emptying is one transaction
        self.schema = ""
        self.reset_sql = ""

    def _create(self) -> None:
        self.schema = f"{RUN_PREFIX}_migrated_{uuid.uuid4().hex[:8]}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.schema}"'))
        engine = make_engine(_pg_schema_url(self.schema))
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        with self.admin.connect() as conn:
            tables = conn.scalars(
                text("SELECT tablename FROM pg_tables WHERE schemaname = :s AND tablename <> 'alembic_version'"),
                {"s": self.schema},
            ).all()
            sequences = conn.execute(
                text("SELECT sequencename, start_value FROM pg_sequences WHERE schemaname = :s"), {"s": self.schema}
            ).all()
            counts = conn.execute(
                # Names from the catalogue, not from input.
                text(" UNION ALL ".join(f'SELECT \'{t}\', count(*) FROM "{self.schema}"."{t}"' for t in tables))  # noqa: S608
            ).all()
        seeded = [f"{table} ({count})" for table, count in counts if count]
        assert not seeded, f"a migration writes rows; emptying its tables would not give a fresh schema: {seeded}"
        # Triggers off for the emptying only (the audit trail refuses DELETE), and no wait on a lock
        # a stray connection of an earlier test still holds: that schema is then left for a new one.
        self.reset_sql = "".join(
            [
                "SET LOCAL session_replication_role = replica;",
                "SET LOCAL lock_timeout = '3s';",
                *(f'DELETE FROM "{self.schema}"."{t}";' for t in tables),  # noqa: S608
                *(f'SELECT setval(\'"{self.schema}"."{q}"\', {start}, false);' for q, start in sequences),
            ]
        )

    def url(self) -> str:
        """The URL of the migrated schema, emptied; a new schema when emptying fails."""
        if not self.schema:
            self._create()
            return _pg_schema_url(self.schema)
        try:
            with self.resetter.begin() as conn:
                conn.exec_driver_sql(self.reset_sql)
        except Exception:  # noqa: BLE001 - any failure (a lock held, a table gone): start over elsewhere
            self._create()
        return _pg_schema_url(self.schema)


def _pg_schema_url(schema: str) -> str:
    separator = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"


@pytest.fixture(scope="session")
def migrated_pg(pg_admin: Engine | None) -> Iterator[_MigratedPostgres | None]:
    """The run's migrated PostgreSQL schema (None when PostgreSQL cannot be reached)."""
    if pg_admin is None:
        yield None
        return
    migrated = _MigratedPostgres(pg_admin)
    yield migrated
    migrated.resetter.dispose()


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per run; each test that needs it gets a copy."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    finally:
        engine.dispose()  # the last connection closed checkpoints the WAL into the file
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a temp SQLite file, or a fresh PostgreSQL schema.

    When the test uses `engine` or `migrated_db_url`, the database is instead migrated to head: a
    copy of a SQLite file migrated once per run, or the run's migrated PostgreSQL schema, emptied.
    """
    migrated = not {"engine", "migrated_db_url"}.isdisjoint(request.fixturenames)
    # The known-names cache trusts that a workspace's version never goes back; an emptied schema
    # at the same URL starts the versions again, so this process forgets what it cached.
    forget_cache()
    if request.param == "sqlite":
        path = tmp_path / "partnerbot.db"
        if migrated:
            shutil.copyfile(request.getfixturevalue("migrated_sqlite"), path)
        yield f"sqlite:///{path}"
        return
    admin = request.getfixturevalue("pg_admin")
    if admin is None:
        _skip_or_fail(getattr(pytest, "pg_unreachable_reason", "PostgreSQL is unreachable"))
    if migrated:
        yield request.getfixturevalue("migrated_pg").url()
        return
    schema = f"{RUN_PREFIX}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    yield _pg_schema_url(schema)
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def migrated_db_url(db_url: str) -> str:
    """`db_url` migrated to head with Alembic (once per run), for a test or a process that needs no engine."""
    return db_url


@pytest.fixture
def backend(db_url: str) -> str:
    """The name of the backend under test: "sqlite" or "postgresql"."""
    return "sqlite" if db_url.startswith("sqlite") else "postgresql"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on the test database, migrated to head with Alembic (not create_all): `db_url`
    gives a test that uses this fixture a database already migrated, once per run."""
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session_factory(engine: Engine) -> sessionmaker[Session]:
    """The application's session factory (with the audit hook) on the test database."""
    return make_session_factory(engine)


@pytest.fixture
def session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session whose transaction the test may commit; it is rolled back and closed after."""
    with session_factory() as session:
        yield session
        session.rollback()


@pytest.fixture
def ws() -> Workspace:
    """The workspace most tests act in."""
    return Workspace("T0A")


@pytest.fixture
def ws_b() -> Workspace:
    """A second workspace for isolation checks."""
    return Workspace("T0B")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """Fail a test when any fake Slack refused a payload during it, as Slack would have.

    A test that seeds a violation on purpose says so with `@pytest.mark.slack_refusals`.
    """

    def fakes() -> list[Any]:
        # Only when some test has imported the fake: plain domain tests never load it.
        module = sys.modules.get("bot.offline.fakeslack")
        return list(module.FakeSlack.instances) if module is not None else []

    before = {id(fake): len(fake.refused) for fake in fakes()}
    result = yield
    if item.get_closest_marker("slack_refusals") is None:
        new = [r for fake in fakes() for r in fake.refused[before.get(id(fake), 0) :]]
        if new:
            pytest.fail("Slack would refuse:\n" + "\n".join(str(r) for r in new), pytrace=False)
    return result
