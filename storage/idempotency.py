"""Exactly-once sends (deliveries) and replay protection (processed request ids)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage import _common
from storage.coltypes import utcnow
from storage.models import Delivery, DeliveryStatus, ProcessedRequest
from storage.scope import Workspace, in_ws

MAX_ATTEMPTS = 5


def get_delivery(session: Session, *, ws: Workspace, key: str) -> Delivery | None:
    """Return the delivery with this idempotency key, or None."""
    stmt = select(Delivery).where(in_ws(Delivery, ws), Delivery.idempotency_key == key)
    return session.scalars(stmt).one_or_none()


def claim_delivery(
    session: Session, *, ws: Workspace, key: str, channel: str | None = None
) -> Delivery | None:
    """Claim the right to send the message with this key; None if it is sent or being sent."""
    existing = get_delivery(session, ws=ws, key=key)
    if existing is None:
        try:
            # The unique key decides a race between two workers: the loser gets None.
            with session.begin_nested():
                delivery = Delivery(**ws.stamp(), idempotency_key=key, channel=channel, attempts=1)
                session.add(delivery)
            return delivery
        except IntegrityError:
            return None
    if existing.status is DeliveryStatus.FAILED and existing.attempts < MAX_ATTEMPTS:
        existing.status = DeliveryStatus.PENDING
        existing.attempts += 1
        session.flush()
        return existing
    return None


def mark_delivery_sent(
    session: Session, *, ws: Workspace, delivery_id: int, slack_ts: str | None
) -> Delivery:
    """Record that the message went out, with its Slack ts."""
    delivery = _common.require_scoped(session, Delivery, ws=ws, id=delivery_id)
    delivery.status, delivery.slack_ts, delivery.sent_at = DeliveryStatus.SENT, slack_ts, utcnow()
    delivery.error = None
    session.flush()
    return delivery


def mark_delivery_failed(
    session: Session, *, ws: Workspace, delivery_id: int, error: str
) -> Delivery:
    """Record a failed send so that a later claim may retry it."""
    delivery = _common.require_scoped(session, Delivery, ws=ws, id=delivery_id)
    delivery.status, delivery.error = DeliveryStatus.FAILED, error[:2000]
    session.flush()
    return delivery


def first_time(session: Session, *, ws: Workspace, key: str) -> bool:
    """Remember a request id; True the first time, False for a replay."""
    try:
        with session.begin_nested():
            session.add(ProcessedRequest(**ws.stamp(), key=key))
        return True
    except IntegrityError:
        return False


def forget_requests_before(session: Session, *, ws: Workspace, before: datetime) -> int:
    """Delete remembered request ids older than `before`; return how many."""
    result = session.execute(
        delete(ProcessedRequest).where(
            in_ws(ProcessedRequest, ws), ProcessedRequest.created_at < before
        )
    )
    return result.rowcount or 0
