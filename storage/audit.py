"""The audit trail: every create, change and delete is recorded from one session hook."""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from storage._common import hook_sessions
from storage.coltypes import utcnow
from storage.models import AuditAction, AuditLog, Base
from storage.scope import Workspace, in_ws

ACTOR_KEY = "actor"
# Derived or operational rows whose history says nothing a person needs to know.
_NOT_AUDITED = frozenset({"partner_name_tokens", "deliveries", "processed_requests", "audit_log"})
_NOISE_COLUMNS = frozenset({"created_at", "updated_at"})


def set_actor(session: Session, user_id: str | None) -> None:
    """Name the Slack user the session's changes are made for (None for the system)."""
    session.info[ACTOR_KEY] = user_id


def record(
    session: Session,
    *,
    ws: Workspace,
    action: AuditAction,
    entity_type: str,
    entity_id: int | None,
    changes: dict[str, Any] | None = None,
) -> AuditLog:
    """Add an explicit audit row (merge, erase, refused) to the session."""
    row = AuditLog(
        **ws.stamp(),
        actor=session.info.get(ACTOR_KEY),
        at=utcnow(),
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        changes=changes,
    )
    session.add(row)
    return row


def history(
    session: Session, *, ws: Workspace, entity_type: str | None = None, entity_id: int | None = None
) -> list[AuditLog]:
    """Return the workspace's audit rows, oldest first, optionally for one entity."""
    flush_audit(session)
    stmt = select(AuditLog).where(in_ws(AuditLog, ws)).order_by(AuditLog.id)
    if entity_type is not None:
        stmt = stmt.where(AuditLog.entity_type == entity_type)
    if entity_id is not None:
        stmt = stmt.where(AuditLog.entity_id == entity_id)
    return list(session.scalars(stmt))


def install(factory: sessionmaker[Session]) -> None:
    """Attach the audit hooks to every session the factory makes."""
    hook_sessions(
        factory,
        "audit",
        [
            ("after_flush", _after_flush),
            ("before_commit", _before_commit),
            ("after_soft_rollback", _after_soft_rollback),
        ],
    )


# Audit rows are collected at each flush and written in one multi-row INSERT when the unit of
# work (or a savepoint) commits, rather than one INSERT per flush: a log flushes about ten times.
# Each collected row remembers the transaction it was flushed in, so a savepoint that is rolled
# back takes its audit rows with it, as it takes the rows they describe.
_PENDING = "partnerbot_audit_pending"


def flush_audit(session: Session) -> None:
    """Write the audit rows collected so far (before reading the audit log in the same unit of work)."""
    session.flush()
    pending = session.info.pop(_PENDING, None)
    # Rows of a transaction that ended without a commit (a closed session) are not written.
    rows = [row for transaction, row in pending or () if transaction.is_active]
    if rows:
        session.connection().execute(insert(AuditLog), rows)


def _before_commit(session: Session) -> None:
    flush_audit(session)


def _after_soft_rollback(session: Session, previous_transaction: Any) -> None:
    pending = session.info.get(_PENDING)
    if pending:
        kept = [(t, row) for t, row in pending if t is not previous_transaction and t.is_active]
        session.info[_PENDING] = kept


def _jsonable(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, dict | list | str | int | float | bool) or value is None:
        return value
    return str(value)


def _value(obj: Any, key: str, value: Any) -> Any:
    # Personal data is never copied into the append-only log: an erasure could not remove it.
    if key in getattr(obj, "__audit_redact__", ()):
        return "<redacted>" if value is not None else None
    return _jsonable(value)


def _created(obj: Any) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        attr.key: _value(obj, attr.key, getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in _NOISE_COLUMNS and getattr(obj, attr.key) is not None
    }


def _changed(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _NOISE_COLUMNS:
            continue
        hist = state.attrs[attr.key].history
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old != new:
            changes[attr.key] = [_value(obj, attr.key, old), _value(obj, attr.key, new)]
    return changes


def _row(session: Session, obj: Any, action: AuditAction, changes: dict[str, Any]) -> dict:
    return {
        "team_id": obj.team_id,
        "enterprise_id": obj.enterprise_id,
        "actor": session.info.get(ACTOR_KEY),
        "at": utcnow(),
        "action": action,
        "entity_type": obj.__tablename__,
        "entity_id": obj.id,
        "changes": changes or None,
    }


def _audited(obj: Any) -> bool:
    return isinstance(obj, Base) and obj.__tablename__ not in _NOT_AUDITED and hasattr(obj, "team_id")


def _after_flush(session: Session, _flush_context: Any) -> None:
    # after_flush, not before_flush: new rows have their ids here, and attribute history
    # still shows what changed.
    rows = []
    for obj in session.new:
        if _audited(obj):
            rows.append(_row(session, obj, AuditAction.CREATE, _created(obj)))
    for obj in session.dirty:
        if not _audited(obj) or not session.is_modified(obj, include_collections=False):
            continue
        changes = _changed(obj)
        if not changes:
            continue
        action = AuditAction.UPDATE
        if "deleted_at" in changes:
            old, new = changes["deleted_at"]
            action = AuditAction.DELETE if new is not None else AuditAction.RESTORE
        rows.append(_row(session, obj, action, changes))
    for obj in session.deleted:
        if _audited(obj):
            rows.append(_row(session, obj, AuditAction.DELETE, {"hard": True}))
    if rows:
        transaction = session.get_nested_transaction() or session.get_transaction()
        session.info.setdefault(_PENDING, []).extend((transaction, row) for row in rows)


def changes_between(
    session: Session, *, ws: Workspace, entity_type: str, start: datetime, end: datetime
) -> list[AuditLog]:
    """Creations and updates of one table's rows in [start, end), in the order they happened."""
    flush_audit(session)
    stmt = (
        select(AuditLog)
        .where(
            in_ws(AuditLog, ws),
            AuditLog.entity_type == entity_type,
            AuditLog.action.in_((AuditAction.CREATE, AuditAction.UPDATE)),
            AuditLog.at >= start,
            AuditLog.at < end,
        )
        .order_by(AuditLog.id)
    )
    return list(session.scalars(stmt))
