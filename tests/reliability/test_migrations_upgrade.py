"""Migrations: from empty to head, from every earlier revision with data in it, and down to base and back.

For every revision R that Alembic knows, an empty database is upgraded to R, filled with
realistic rows written as plain SQL valid at R (only the columns R has), then upgraded to head;
the app's own storage functions must then read every row back and keep working with them.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, Table, inspect, select

from bot.domain import logbook
from bot.understanding import parse
from storage.db import make_engine, make_session_factory
from storage.interactions import get_interaction
from storage.migrate import alembic_config
from storage.models import AuditLog, Contact, FollowUp
from storage.names import loose_key, search_key, token_suffixes
from storage.pledges import pledges_of
from storage.scope import Workspace
from storage.search import find_partners
from storage.team_digests import get_team_digest

REVISIONS = [s.revision for s in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))]
WS = Workspace("T0MIGRATE")
USER = "U0MIGRATE"
PARTNER = "Hillerød Boghandel"
LOG = "Ringede til Lars Jensen hos Hillerød Boghandel. De giver 20.000 kr. Ring igen fredag kl. 10."
ID = 9001  # explicit ids far above what a sequence hands out next
NOW = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
DUE = NOW + timedelta(days=7)


def _migrate(engine: Engine, fn: Any, revision: str) -> None:
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        fn(cfg, revision)


def _when(engine: Engine, value: datetime) -> datetime:
    # What the app's UTCDateTime writes: naive UTC text on SQLite, timestamptz on PostgreSQL.
    return value.replace(tzinfo=None) if engine.dialect.name == "sqlite" else value


def _rows(engine: Engine) -> list[tuple[str, dict[str, Any]]]:
    at = _when(engine, NOW)
    stamp = {"team_id": WS.team_id, "enterprise_id": None, "created_at": at, "updated_at": at}
    key = search_key(PARTNER)
    rows: list[tuple[str, dict[str, Any]]] = [
        ("workspaces", {"id": ID, "team_id": WS.team_id, "name": "Hillerød Bibliotek", "installed_at": at}),
        (
            "users",
            {
                **stamp,
                "id": ID,
                "user_id": USER,
                "tz": "Europe/Copenhagen",
                "locale": "da-DK",
                "language": None,
                "digest_enabled": True,
                "digest_time": "08:30",
                "digest_weekdays": "12345",
            },
        ),
        (
            "partners",
            {
                **stamp,
                "id": ID,
                "name": PARTNER,
                "kind": "business",
                "stage": "agreed_verbally",
                "publicity": "public",
                "notes": "Stamkunde",
                "created_by": USER,
            },
        ),
        (
            "partner_names",
            {
                **stamp,
                "id": ID,
                "partner_id": ID,
                "name": PARTNER,
                "key": key,
                "loose": loose_key(key),
                "is_alias": False,
            },
        ),
        (
            "contacts",
            {
                **stamp,
                "id": ID,
                "partner_id": ID,
                "name": "Lars Jensen",
                "name_key": search_key("Lars Jensen"),
                "role": "direktør",
                "email": "lars@boghandel.example",
                "phone": "+45 20 30 40 50",
                "is_decision_maker": True,
                "created_by": USER,
            },
        ),
        (
            "interactions",
            {
                **stamp,
                "id": ID,
                "partner_id": ID,
                "kind": "call",
                "logged_by": USER,
                "occurred_at": at,
                "raw_text": LOG,
                "understood": {"organization": PARTNER, "money": [{"amount": 20000}]},
                "slack_channel": "C0GENERAL",
                "created_by": USER,
            },
        ),
        ("interaction_contacts", {**stamp, "id": ID, "interaction_id": ID, "contact_id": ID}),
        (
            "pledges",
            {
                **stamp,
                "id": ID,
                "partner_id": ID,
                "contact_id": ID,
                "kind": "money",
                "amount_dkk": 20000,
                "status": "verbal",
                "created_by": USER,
                "created_by_interaction_id": ID,
            },
        ),
        (
            "followups",
            {
                **stamp,
                "id": ID,
                "partner_id": ID,
                "contact_id": ID,
                "interaction_id": ID,
                "action": "call",
                "text": "Ring igen",
                "due_at": _when(engine, DUE),
                "all_day": False,
                "due_tz": "Europe/Copenhagen",
                "owner_user_id": USER,
                "status": "open",
                "suggested": False,
                "reminder_state": "pending",
                "attempts": 0,
                "by_partner": False,
                "created_by": USER,
                "created_by_interaction_id": ID,
            },
        ),
        (
            "team_digests",
            {
                **stamp,
                "id": ID,
                "channel_id": "C0KAMPAGNE",
                "shared_outside": False,
                "weekday": 5,
                "time": "09:00",
                "tz": "Europe/Copenhagen",
                "enabled": True,
                "created_by": USER,
                "names_all": False,
            },
        ),
        (
            "audit_log",
            {
                "id": ID,
                "team_id": WS.team_id,
                "actor": USER,
                "at": at,
                "action": "create",
                "entity_type": "partners",
                "entity_id": ID,
                "changes": {"name": [None, PARTNER]},
            },
        ),
    ]
    rows += [
        ("partner_name_tokens", {**stamp, "id": ID + n, "partner_name_id": ID, "key": tail, "loose": loose_key(tail)})
        for n, tail in enumerate(token_suffixes(key))
    ]
    return rows


def _insert_at_revision(engine: Engine) -> None:
    """Insert the rows with only the columns this revision's tables have (plain Core INSERTs)."""
    meta = MetaData()
    with engine.begin() as conn:
        tables = set(inspect(conn).get_table_names())
        for table_name, values in _rows(engine):
            if table_name not in tables:
                continue  # added by a later revision
            table = Table(table_name, meta, autoload_with=conn)
            present = {k: v for k, v in values.items() if k in table.c}
            missing = [c.name for c in table.c if not c.nullable and c.name not in present and c.server_default is None]
            assert not missing, f"{table_name} needs {missing} at this revision: extend _rows()"
            conn.execute(table.insert().values(**present))


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_each_revision_with_data_keeps_it_usable(revision: str, db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        _migrate(engine, command.upgrade, revision)
        _insert_at_revision(engine)
        _migrate(engine, command.upgrade, "head")
        with engine.connect() as conn:
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert current == REVISIONS[-1]

        factory = make_session_factory(engine)
        with factory() as session:
            found = find_partners(session, ws=WS, query="Hillerød")
            assert [m.partner.id for m in found][:1] == [ID], found
            assert [m.partner.id for m in find_partners(session, ws=WS, query="boghandel")][:1] == [ID]
            interaction = get_interaction(session, ws=WS, interaction_id=ID)
            assert interaction is not None and interaction.raw_text == LOG and interaction.partner_id == ID
            assert interaction.understood["money"] == [{"amount": 20000}]
            assert [p.amount_dkk for p in pledges_of(session, ws=WS, partner_id=ID)] == [20000]
            contact = session.get(Contact, ID)
            assert contact is not None and (contact.name, contact.email) == ("Lars Jensen", "lars@boghandel.example")
            followup = session.get(FollowUp, ID)
            assert followup is not None and followup.due_at == DUE and followup.status == "open"
            # Follow-ups from before partner promises existed stay ours; cash stays cash.
            assert followup.by_partner is False
            (pledge,) = pledges_of(session, ws=WS, partner_id=ID)
            assert (pledge.amount_dkk, pledge.value_dkk) == (20000, None)
            assert session.scalar(select(AuditLog.entity_id).where(AuditLog.id == ID)) == ID
            # A team digest set up before 0005 keeps its channel and time, and names only public partners.
            digest = get_team_digest(session, ws=WS)
            if revision >= "0003":
                assert digest is not None and (digest.channel_id, digest.weekday, digest.time) == (
                    "C0KAMPAGNE",
                    5,
                    "09:00",
                )
                assert digest.enabled and digest.names_all is False
        # Still usable: a new log about the migrated partner attaches to it, not to a new one.
        with factory.begin() as session:
            understood = parse(LOG, now=NOW, tz="Europe/Copenhagen")
            saved = logbook.record_log(
                session, ws=WS, user_id=USER, text=LOG, understood=understood, tz="Europe/Copenhagen", now=NOW
            )
            assert saved.partner_id == ID, saved
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again_on_an_empty_database(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        _migrate(engine, command.upgrade, "head")
        tables_at_head = set(inspect(engine).get_table_names())
        _migrate(engine, command.downgrade, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        _migrate(engine, command.upgrade, "head")
        assert set(inspect(engine).get_table_names()) == tables_at_head
    finally:
        engine.dispose()


def test_0006_lets_audit_rows_older_than_a_year_go_and_indexes_the_digest_lookup(db_url: str) -> None:
    """Audit rows written before 0006 stay append-only for a year, and older ones can be pruned."""
    from sqlalchemy import delete, func

    from storage.db import DatabaseError
    from storage.retention import prune_audit

    engine = make_engine(db_url)
    real_now = datetime.now(UTC)
    try:
        _migrate(engine, command.upgrade, REVISIONS[REVISIONS.index("0006") - 1])
        with engine.begin() as conn:
            for days, entity in ((400, "old"), (30, "young")):
                conn.execute(
                    AuditLog.__table__.insert().values(
                        team_id=WS.team_id,
                        at=real_now - timedelta(days=days),
                        action="create",
                        entity_type=entity,
                        entity_id=1,
                    )
                )
        _migrate(engine, command.upgrade, "head")
        assert "ix_followups_interaction_id" in {i["name"] for i in inspect(engine).get_indexes("followups")}
        factory = make_session_factory(engine)
        with pytest.raises(DatabaseError, match="append-only"), factory.begin() as session:
            session.execute(delete(AuditLog).where(AuditLog.entity_type == "young"))
        with factory.begin() as session:
            assert prune_audit(session, before=real_now - timedelta(days=366)) == 1
        with factory() as session:
            assert session.scalar(select(func.count()).select_from(AuditLog)) == 1
        _migrate(engine, command.downgrade, REVISIONS[REVISIONS.index("0006") - 1])
        with pytest.raises(DatabaseError, match="append-only"), factory.begin() as session:
            session.execute(delete(AuditLog))
    finally:
        engine.dispose()
