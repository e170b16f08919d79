"""Every process checks the schema at start: PostgreSQL behind head stops with one line; SQLite migrates itself."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import create_engine, text

from storage.db import normalize_database_url
from storage.migrate import SchemaBehind, check_schema, head_revision, upgrade
from tests.e2e.conftest import BOT_TOKEN, ROOT, SIGNING_SECRET, free_port


def _run(command: list[str], db_url: str) -> subprocess.CompletedProcess[str]:
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": "http://127.0.0.1:9/api/",
        "DATABASE_URL": db_url,
        "PORT": str(free_port()),
        "LOG_LEVEL": "WARNING",
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *command], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


def _revision(db_url: str) -> str | None:
    engine = create_engine(normalize_database_url(db_url))
    try:
        with engine.connect() as conn:
            exists = conn.execute(text("SELECT count(*) FROM alembic_version")).scalar()
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() if exists else None
    finally:
        engine.dispose()


def test_check_schema_names_the_state_and_the_command(db_url: str, backend: str) -> None:
    with pytest.raises(SchemaBehind, match="never migrated: run `python -m bot migrate`"):
        check_schema(db_url)
    upgrade(db_url, "0002")
    with pytest.raises(SchemaBehind, match=f"revision 0002, behind {head_revision()}: run `python -m bot migrate`"):
        check_schema(db_url)
    upgrade(db_url)
    assert check_schema(db_url) == head_revision()


@pytest.mark.parametrize("command", [["serve"], ["clock"], ["digest", "--dry-run"]])
def test_a_process_on_an_unmigrated_postgresql_stops_with_one_line(
    db_url: str, backend: str, command: list[str]
) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite is the embedded default and migrates itself (next test)")
    result = _run(command, db_url)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines == ["partnerbot: the database was never migrated: run `python -m bot migrate`"], result.stderr
    assert "Traceback" not in result.stdout + result.stderr


def test_a_process_behind_head_stops_and_migrate_lets_it_start(db_url: str, backend: str) -> None:
    if backend != "postgresql":
        pytest.skip("SQLite migrates itself")
    upgrade(db_url, "0003")
    result = _run(["digest", "--dry-run"], db_url)
    assert result.returncode == 2 and "behind" in result.stderr and "python -m bot migrate" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    migrated = _run(["migrate"], db_url)
    assert migrated.returncode == 0, migrated.stderr
    assert _revision(db_url) == head_revision()
    assert _run(["digest", "--dry-run"], db_url).returncode == 0


def test_sqlite_migrates_itself_on_start(db_url: str, backend: str) -> None:
    if backend != "sqlite":
        pytest.skip("PostgreSQL is migrated by the release phase")
    result = _run(["digest", "--dry-run"], db_url)
    assert result.returncode == 0, result.stderr
    assert _revision(db_url) == head_revision()
