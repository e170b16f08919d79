"""Run the Alembic migrations from code (start-up, tests, the benchmark)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine

from storage.db import make_engine, normalize_database_url

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ALEMBIC_INI = Path(__file__).resolve().parent.parent / "alembic.ini"


def alembic_config() -> Config:
    """Return an Alembic config that finds the migrations wherever the process runs from."""
    cfg = Config(str(ALEMBIC_INI)) if ALEMBIC_INI.exists() else Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def upgrade(url_or_engine: str | Engine, revision: str = "head") -> None:
    """Upgrade the database to the given revision (head by default)."""
    cfg = alembic_config()
    engine = url_or_engine
    if isinstance(url_or_engine, str):
        engine = make_engine(normalize_database_url(url_or_engine))
    assert isinstance(engine, Engine)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()


class SchemaBehind(Exception):
    """The database is not at the schema this code needs (never migrated, behind, or unknown)."""


def head_revision() -> str:
    """The newest revision the migrations define."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None when it was never migrated)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_schema(url_or_engine: str | Engine) -> str:
    """Return the database's revision when it is at head; raise SchemaBehind otherwise."""
    engine = make_engine(normalize_database_url(url_or_engine)) if isinstance(url_or_engine, str) else url_or_engine
    try:
        current = current_revision(engine)
    finally:
        if isinstance(url_or_engine, str):
            engine.dispose()
    head = head_revision()
    if current == head:
        return current
    if current is None:
        state = "was never migrated"
    else:
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(alembic_config())
        try:
            known = script.get_revision(current) is not None
        except Exception:  # noqa: BLE001 - alembic raises several kinds for an unknown id
            known = False
        if not known:
            raise SchemaBehind(
                f"the database is at revision {current}, newer than this code knows ({head}): deploy the matching code"
            )
        state = f"is at revision {current}, behind {head}"
    raise SchemaBehind(f"the database {state}: run `python -m bot migrate`")
