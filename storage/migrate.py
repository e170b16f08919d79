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
