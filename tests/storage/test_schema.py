"""Migrations and models agree, the audit trail is append-only, engines are set up right."""

from __future__ import annotations

import gc
import threading
import time

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text, update
from sqlalchemy.exc import DatabaseError, IntegrityError

from storage import audit, db, partners
from storage.models import AuditLog, Base, Partner
from storage.scope import Workspace


def test_models_match_migrations(engine):
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []


def test_migration_is_at_head(engine):
    from alembic.script import ScriptDirectory

    from storage.migrate import alembic_config

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    with engine.connect() as conn:
        assert MigrationContext.configure(conn).get_current_revision() == head


def test_check_constraints_hold(session, ws):
    session.execute(
        text(
            "INSERT INTO partners (team_id, name, kind, stage, publicity, created_at, updated_at)"
            " VALUES ('T0A', 'x', 'business', 'prospect', 'public', :t, :t)"
        ),
        {"t": "2026-01-01 00:00:00"},
    )
    with pytest.raises(IntegrityError):
        with session.begin_nested():
            session.execute(
                text(
                    "INSERT INTO partners (team_id, name, kind, stage, publicity, created_at,"
                    " updated_at) VALUES ('T0A', 'x', 'bank', 'prospect', 'public', :t, :t)"
                ),
                {"t": "2026-01-01 00:00:00"},
            )


def test_foreign_keys_are_enforced(session, ws):
    with pytest.raises(IntegrityError):
        with session.begin_nested():
            session.execute(
                text(
                    "INSERT INTO contacts (team_id, name, name_key, is_decision_maker, partner_id,"
                    " created_at, updated_at) VALUES ('T0A', 'x', 'x', false, 999, :t, :t)"
                ),
                {"t": "2026-01-01 00:00:00"},
            )


def _one_audit_row(session_factory, ws):
    with session_factory.begin() as session:
        audit.set_actor(session, "U1")
        partners.create_partner(session, ws=ws, name="Saxo")
    with session_factory() as session:
        return session.scalars(select(AuditLog)).first().id


def test_audit_rows_cannot_be_updated_via_orm(session_factory, ws):
    row_id = _one_audit_row(session_factory, ws)
    with session_factory() as session:
        row = session.get(AuditLog, row_id)
        row.actor = "U_FORGER"
        with pytest.raises(DatabaseError, match="append-only"):
            session.commit()
    with session_factory() as session:
        row = session.get(AuditLog, row_id)
        with pytest.raises(DatabaseError, match="append-only"):
            session.delete(row)
            session.commit()


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE audit_log SET actor = 'U_FORGER'",
        "DELETE FROM audit_log",
        "UPDATE audit_log SET changes = NULL",
    ],
)
def test_audit_rows_cannot_be_changed_via_sql(engine, session_factory, ws, sql):
    _one_audit_row(session_factory, ws)
    with pytest.raises(DatabaseError, match="append-only"):
        with engine.begin() as conn:
            conn.execute(text(sql))
    with pytest.raises(DatabaseError, match="append-only"):
        with session_factory.begin() as session:
            session.execute(update(AuditLog).values(entity_type="x"))
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM audit_log WHERE actor = 'U1'")) >= 1


def test_audit_records_create_update_with_actor(session, ws):
    audit.set_actor(session, "U0CARL")
    p = partners.create_partner(session, ws=ws, name="Saxo")
    partners.set_stage(session, ws=ws, partner_id=p.id, stage="contacted")
    session.commit()
    rows = audit.history(session, ws=ws, entity_type="partners", entity_id=p.id)
    assert [(r.action.value, r.actor) for r in rows] == [("create", "U0CARL"), ("update", "U0CARL")]
    assert rows[0].changes["name"] == "Saxo"
    assert rows[1].changes == {"stage": ["prospect", "contacted"]}
    assert rows[0].at.tzinfo is not None


def test_normalize_database_url():
    assert db.normalize_database_url("postgres://u:p@h:5432/d") == "postgresql+psycopg://u:p@h:5432/d"
    assert db.normalize_database_url("postgresql://h/d") == "postgresql+psycopg://h/d"
    assert db.normalize_database_url("postgresql+psycopg://h/d") == "postgresql+psycopg://h/d"
    assert db.normalize_database_url("sqlite:///data/x.db") == "sqlite:///data/x.db"


def test_ping(engine):
    assert db.ping(engine) is True
    assert db.ping(db.make_engine("postgresql://nobody@127.0.0.1:1/none")) is False


def test_sqlite_pragmas(engine, backend):
    if backend != "sqlite":
        pytest.skip("SQLite pragmas")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


def test_sqlite_two_writers_never_see_database_is_locked(engine, session_factory, backend):
    """Two threads write in parallel for a few seconds; every transaction must succeed."""
    if backend != "sqlite":
        pytest.skip("SQLite locking")
    errors: list[BaseException] = []
    counts = {"T1": 0, "T2": 0}
    stop = time.monotonic() + 3

    def writer(team: str) -> None:
        ws = Workspace(team)
        i = 0
        try:
            while time.monotonic() < stop:
                with session_factory.begin() as session:
                    # Read first, then write: the pattern that deadlocks with deferred BEGIN.
                    session.scalar(select(Partner.id).limit(1))
                    partners.create_partner(session, ws=ws, name=f"P {team} {i}", allow_duplicate=True)
                i += 1
                counts[team] = i
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(t,)) for t in counts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert counts["T1"] > 10 and counts["T2"] > 10
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT count(*) FROM partners")) == counts["T1"] + counts["T2"]


def test_sqlite_deferred_read_beside_a_writer(engine, session_factory, backend):
    """A read-only unit of work can opt out of the write lock and run while a writer holds it."""
    if backend != "sqlite":
        pytest.skip("SQLite locking")
    with engine.connect() as writer:
        writer.begin()
        writer.exec_driver_sql(
            "INSERT INTO processed_requests (team_id, key, created_at) VALUES ('T', 'k', '2026-01-01')"
        )
        reader_engine = engine.execution_options(**{db.SQLITE_BEGIN: "DEFERRED"})
        started = time.monotonic()
        with reader_engine.begin() as reader:
            assert reader.scalar(text("SELECT count(*) FROM processed_requests")) == 0
        assert time.monotonic() - started < 1
        writer.rollback()


def test_every_new_session_factory_writes_audit_rows(engine, ws):
    """A factory made where a collected one lived still gets the audit hooks (SQLAlchemy's listener
    registry is keyed by id(), so asking it whether a factory is hooked answered yes for a new one)."""
    for attempt in range(40):
        factory = db.make_session_factory(engine)
        with factory.begin() as session:
            audit.set_actor(session, "U1")
            partners.create_partner(session, ws=ws, name=f"Partner {attempt}", allow_duplicate=True)
        with factory() as session:
            count = session.scalar(select(func.count()).select_from(AuditLog).where(AuditLog.entity_type == "partners"))
        assert count == attempt + 1, f"factory {attempt} wrote no audit row"
        del factory, session
        gc.collect(1)  # the young generations hold the collected factory; a full collection costs 0.7 s here
