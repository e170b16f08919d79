"""Deleting old bookkeeping rows in bounded batches (the clock's retention sweep, bot/domain/retention.py).

Each function deletes rows older than a moment, at most `batch` per statement so no sweep holds
a long lock; they return how many rows went. These are operational tables across every
workspace; no workspace's partner data is touched here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage import _common
from storage.models import AuditLog, Delivery, ProcessedRequest

BATCH = 5000


def _delete_older(session: Session, table: Any, id_column: Any, when_column: Any, before: Any, batch: int) -> int:
    total = 0
    while True:
        ids = select(id_column).where(when_column < before).limit(batch).scalar_subquery()
        removed = _common.affected(session.execute(delete(table).where(id_column.in_(ids))))
        total += removed
        if removed < batch:
            return total


def prune_processed_requests(session: Session, *, before: datetime, batch: int = BATCH) -> int:
    """Forget replay ids remembered before `before` (Slack retries and replays come within minutes)."""
    return _delete_older(session, ProcessedRequest, ProcessedRequest.id, ProcessedRequest.created_at, before, batch)


def prune_deliveries(session: Session, *, before: datetime, batch: int = BATCH) -> int:
    """Delete delivery records created before `before` (digests are keyed by day, reminders by their follow-up)."""
    return _delete_older(session, Delivery, Delivery.id, Delivery.created_at, before, batch)


def prune_audit(session: Session, *, before: datetime, batch: int = BATCH) -> int:
    """Delete audit rows written before `before`; the database refuses any younger than 365 days."""
    return _delete_older(session, AuditLog, AuditLog.id, AuditLog.at, before, batch)
