"""Database fixtures: every storage test runs on SQLite and on PostgreSQL, migrated by Alembic."""

from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.orm import Session, sessionmaker

from storage.db import make_engine, make_session_factory, normalize_database_url
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


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A URL to an empty database: a temp SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'partnerbot.db'}"
        return
    admin = request.getfixturevalue("pg_admin")
    if admin is None:
        _skip_or_fail(getattr(pytest, "pg_unreachable_reason", "PostgreSQL is unreachable"))
    schema = f"{RUN_PREFIX}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


@pytest.fixture
def backend(db_url: str) -> str:
    """The name of the backend under test: "sqlite" or "postgresql"."""
    return "sqlite" if db_url.startswith("sqlite") else "postgresql"


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """An engine on the test database, migrated to head with Alembic (not create_all)."""
    engine = make_engine(db_url)
    upgrade(engine)
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
