"""Bounded growth: the clock's retention sweep deletes old bookkeeping rows and keeps young ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, insert, select

from bot.domain.retention import RetentionSweep
from bot.domain.services import Services
from bot.settings import Settings
from storage.db import DatabaseError, make_engine, make_session_factory
from storage.models import AuditAction, AuditLog, Delivery, DeliveryStatus, ProcessedRequest
from storage.slack_tables import oauth_states


@pytest.fixture
def services(migrated_db_url: str):
    engine = make_engine(migrated_db_url)
    yield Services(
        settings=Settings(database_url=migrated_db_url), engine=engine, session_factory=make_session_factory(engine)
    )
    engine.dispose()


def _fill(services: Services, now: datetime) -> None:
    ago = lambda **kw: now - timedelta(**kw)  # noqa: E731
    with services.session_factory.begin() as session:
        for team in ("T0A", "T0B"):
            session.execute(
                insert(ProcessedRequest),
                [
                    {"team_id": team, "key": f"command:old-{team}", "created_at": ago(days=2)},
                    {"team_id": team, "key": f"command:new-{team}", "created_at": ago(hours=1)},
                ],
            )
            session.execute(
                insert(Delivery),
                [
                    {
                        "team_id": team,
                        "idempotency_key": f"digest:U1:old-{team}",
                        "status": DeliveryStatus.SENT,
                        "attempts": 1,
                        "created_at": ago(days=100),
                        "updated_at": ago(days=100),
                    },
                    {
                        "team_id": team,
                        "idempotency_key": f"digest:U1:new-{team}",
                        "status": DeliveryStatus.SENT,
                        "attempts": 1,
                        "created_at": ago(days=10),
                        "updated_at": ago(days=10),
                    },
                ],
            )
            session.execute(
                insert(AuditLog),
                [
                    {
                        "team_id": team,
                        "at": ago(days=400),
                        "action": AuditAction.CREATE,
                        "entity_type": "old",
                        "entity_id": 1,
                    },
                    {
                        "team_id": team,
                        "at": ago(days=300),
                        "action": AuditAction.CREATE,
                        "entity_type": "young",
                        "entity_id": 2,
                    },
                    {
                        "team_id": team,
                        "at": ago(minutes=1),
                        "action": AuditAction.CREATE,
                        "entity_type": "young",
                        "entity_id": 3,
                    },
                ],
            )
        naive = now.replace(tzinfo=None)
        session.execute(
            insert(oauth_states),
            [
                {"state": "expired", "expire_at": naive - timedelta(minutes=5)},
                {"state": "valid", "expire_at": naive + timedelta(minutes=5)},
            ],
        )


def _count(services: Services, table, *where) -> int:
    with services.transaction(None, read_only=True) as session:
        return session.scalar(select(func.count()).select_from(table).where(*where))


def test_old_bookkeeping_rows_go_and_young_ones_stay(services: Services) -> None:
    now = datetime.now(UTC)
    _fill(services, now)
    sweep = RetentionSweep(services)
    sweep(now)
    assert sweep.last_counts == {"processed_requests": 2, "deliveries": 2, "audit_log": 2}
    assert _count(services, ProcessedRequest, ProcessedRequest.key.like("%old%")) == 0
    assert _count(services, ProcessedRequest) == 2
    assert _count(services, Delivery, Delivery.idempotency_key.like("%old%")) == 0
    assert _count(services, Delivery) == 2
    assert _count(services, oauth_states) == 2  # expired OAuth states are the install store's sweep's
    assert _count(services, AuditLog, AuditLog.entity_type == "old") == 0
    assert _count(services, AuditLog, AuditLog.entity_type == "young") == 4


def test_the_sweep_runs_at_most_once_an_hour(services: Services) -> None:
    now = datetime.now(UTC)
    sweep = RetentionSweep(services)
    sweep(now)
    _fill(services, now)
    sweep(now + timedelta(minutes=20))
    assert _count(services, ProcessedRequest) == 4  # not yet
    sweep(now + timedelta(minutes=61))
    assert _count(services, ProcessedRequest) == 2


def test_the_sweep_deletes_in_batches(services: Services) -> None:
    from storage.retention import prune_processed_requests

    now = datetime.now(UTC)
    with services.session_factory.begin() as session:
        session.execute(
            insert(ProcessedRequest),
            [{"team_id": "T0A", "key": f"event:{i}", "created_at": now - timedelta(days=3)} for i in range(25)],
        )
    with services.transaction(None) as session:
        assert prune_processed_requests(session, before=now - timedelta(days=1), batch=10) == 25
    assert _count(services, ProcessedRequest) == 0


def test_the_database_still_refuses_to_delete_audit_rows_younger_than_a_year(services: Services) -> None:
    now = datetime.now(UTC)
    _fill(services, now)
    with pytest.raises(DatabaseError, match="append-only"), services.session_factory.begin() as session:
        session.execute(delete(AuditLog).where(AuditLog.entity_type == "young"))
    with pytest.raises(DatabaseError, match="append-only"), services.session_factory.begin() as session:
        session.execute(delete(AuditLog))
    assert _count(services, AuditLog) == 6
