"""Exactly-once sends (deliveries) and replay protection (processed request ids)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from storage import _common
from storage.models import Delivery, DeliveryStatus, ProcessedRequest
from storage.scope import Workspace, in_ws

MAX_ATTEMPTS = 5


def get_delivery(session: Session, *, ws: Workspace, key: str) -> Delivery | None:
    """Return the delivery with this idempotency key, or None."""
    stmt = select(Delivery).where(in_ws(Delivery, ws), Delivery.idempotency_key == key)
    return session.scalars(stmt).one_or_none()


def first_time(session: Session, *, ws: Workspace, key: str) -> bool:
    """Remember a request id; True the first time, False for a replay.

    One statement (INSERT ... ON CONFLICT DO NOTHING RETURNING): of two concurrent copies only
    one gets the row back, and no savepoint is needed around a failing insert.
    """
    from storage.coltypes import utcnow

    stmt = (
        _insert_for(session)(ProcessedRequest)
        .values(**ws.stamp(), key=key, created_at=utcnow())
        .on_conflict_do_nothing(index_elements=["team_id", "key"])
        .returning(ProcessedRequest.id)
    )
    return session.execute(stmt).first() is not None


def forget_requests_before(session: Session, *, ws: Workspace, before: datetime) -> int:
    """Delete remembered request ids older than `before`; return how many."""
    result = session.execute(
        delete(ProcessedRequest).where(in_ws(ProcessedRequest, ws), ProcessedRequest.created_at < before)
    )
    return _common.affected(result)


# ----- claims with a stale-claim timeout, for the scheduler's sweeps (see bot/domain/reminders.py) ----
# A PENDING delivery's updated_at is the time of its claim, set explicitly from the sweep's
# clock; a FAILED one's updated_at is when it may be retried (its backoff).


@dataclass(frozen=True)
class DeliveryClaim:
    """The right to send the message with this key, with what a previous attempt left."""

    key: str
    claimed_at: datetime
    attempts: int
    previous_error: str | None
    was_claimed: bool  # a stale claim was taken over: its send may or may not have happened


def sent_keys(session: Session, *, ws: Workspace, keys: Iterable[str]) -> set[str]:
    """The keys among `keys` whose delivery is finished (sent, or found empty)."""
    keys = list(keys)
    found: set[str] = set()
    for start in range(0, len(keys), 500):
        stmt = select(Delivery.idempotency_key).where(
            in_ws(Delivery, ws),
            Delivery.idempotency_key.in_(keys[start : start + 500]),
            Delivery.status == DeliveryStatus.SENT,
        )
        found.update(session.scalars(stmt))
    return found


def claim_deliveries(
    session: Session,
    *,
    ws: Workspace,
    channels: dict[str, str],
    now: datetime,
    stale: timedelta,
) -> list[DeliveryClaim]:
    """Claim the keys (key -> channel) no other worker holds; returns the ones this worker won.

    A new key is inserted with ON CONFLICT DO NOTHING, so of two schedulers only one gets the
    row back; an existing key is taken over only by a conditional UPDATE that names the state
    it saw (a stale claim, or a failure whose backoff is over).
    """
    if not channels:
        return []
    won: list[DeliveryClaim] = []
    existing = {
        row.idempotency_key: row
        for start in range(0, len(channels), 500)
        for row in session.execute(
            select(
                Delivery.idempotency_key,
                Delivery.status,
                Delivery.updated_at,
                Delivery.error,
                Delivery.attempts,
            ).where(
                in_ws(Delivery, ws),
                Delivery.idempotency_key.in_(list(channels)[start : start + 500]),
            )
        )
    }
    fresh = [key for key in channels if key not in existing]
    if fresh:
        insert = _insert_for(session)
        for start in range(0, len(fresh), 500):
            rows = [
                {
                    **ws.stamp(),
                    "idempotency_key": key,
                    "channel": channels[key],
                    "status": DeliveryStatus.PENDING,
                    "attempts": 1,
                    "created_at": now,
                    "updated_at": now,
                }
                for key in fresh[start : start + 500]
            ]
            stmt = (
                insert(Delivery)
                .values(rows)
                .on_conflict_do_nothing(index_elements=["team_id", "idempotency_key"])
                .returning(Delivery.idempotency_key)
            )
            won.extend(DeliveryClaim(k, now, 1, None, False) for k in session.scalars(stmt))
    for key, row in existing.items():
        if row.status is DeliveryStatus.SENT:
            continue
        if row.status is DeliveryStatus.PENDING and row.updated_at >= now - stale:
            continue
        if row.status is DeliveryStatus.FAILED and row.updated_at > now:
            continue
        taken = _common.affected(
            session.execute(
                update(Delivery)
                .where(
                    in_ws(Delivery, ws),
                    Delivery.idempotency_key == key,
                    Delivery.status == row.status,
                    Delivery.updated_at == row.updated_at,
                )
                .values(status=DeliveryStatus.PENDING, updated_at=now, attempts=Delivery.attempts + 1)
                .execution_options(synchronize_session=False)
            )
        )
        if taken:
            won.append(DeliveryClaim(key, now, row.attempts + 1, row.error, row.status is DeliveryStatus.PENDING))
    return won


def record_delivery(
    session: Session,
    *,
    ws: Workspace,
    key: str,
    claimed_at: datetime,
    now: datetime,
    slack_ts: str | None,
    channel: str | None = None,
    note: str | None = None,
) -> bool:
    """Finish a claimed delivery with its Slack ts (None: nothing needed sending, see note)."""
    values: dict[str, object] = {
        "status": DeliveryStatus.SENT,
        "slack_ts": slack_ts,
        "sent_at": now,
        "updated_at": now,
        "error": note,
    }
    if channel:
        values["channel"] = channel
    result = session.execute(
        update(Delivery)
        .where(
            in_ws(Delivery, ws),
            Delivery.idempotency_key == key,
            Delivery.status == DeliveryStatus.PENDING,
            Delivery.updated_at == claimed_at,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return bool(_common.affected(result))


def record_delivery_sent_once(
    session: Session,
    *,
    ws: Workspace,
    key: str,
    channel: str | None,
    slack_ts: str | None,
    now: datetime,
) -> None:
    """Store a finished delivery made under another claim (a reminder's) so its key and ts are kept."""
    insert = _insert_for(session)
    session.execute(
        insert(Delivery)
        .values(
            **ws.stamp(),
            idempotency_key=key,
            channel=channel,
            slack_ts=slack_ts,
            status=DeliveryStatus.SENT,
            attempts=1,
            sent_at=now,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_nothing(index_elements=["team_id", "idempotency_key"])
    )


def fail_delivery(
    session: Session,
    *,
    ws: Workspace,
    key: str,
    claimed_at: datetime,
    error: str,
    retry_at: datetime,
) -> bool:
    """Give a claimed delivery back as FAILED, to be retried from retry_at."""
    result = session.execute(
        update(Delivery)
        .where(
            in_ws(Delivery, ws),
            Delivery.idempotency_key == key,
            Delivery.status == DeliveryStatus.PENDING,
            Delivery.updated_at == claimed_at,
        )
        .values(status=DeliveryStatus.FAILED, error=error[:2000], updated_at=retry_at)
        .execution_options(synchronize_session=False)
    )
    return bool(_common.affected(result))


def _insert_for(session: Session):  # noqa: ANN202 - the dialect's insert() construct
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
