"""Helpers the query modules share: scoped lookups and soft deletion."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import CursorResult, Result, event, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.util import identity_key

from storage.coltypes import utcnow
from storage.scope import NotFound, Workspace, in_ws

T = TypeVar("T")


def get_scoped(
    session: Session,
    model: type[T],
    *,
    ws: Workspace,
    id: int | None,
    include_deleted: bool = False,
) -> T | None:
    """Load one row by id, but only from the caller's workspace.

    A row this session already holds (loaded or written in this unit of work, not expired) is
    answered from the identity map without a round trip: a SELECT would return that same object.
    """
    if id is None:
        return None
    m: Any = model
    held: Any = session.identity_map.get(identity_key(model, id))
    if held is not None and not inspect(held).expired_attributes and held not in session.deleted:
        same_ws = held.team_id == ws.team_id and held.enterprise_id == ws.enterprise_id
        if not same_ws:
            return None
        if not include_deleted and getattr(held, "deleted_at", None) is not None:
            return None
        return held
    stmt = select(model).where(m.id == id, in_ws(m, ws))
    if not include_deleted and hasattr(m, "deleted_at"):
        stmt = stmt.where(m.deleted_at.is_(None))
    return session.scalars(stmt).one_or_none()


def require_scoped(
    session: Session,
    model: type[T],
    *,
    ws: Workspace,
    id: int | None,
    include_deleted: bool = False,
) -> T:
    """Load one row by id from the caller's workspace or raise NotFound."""
    obj = get_scoped(session, model, ws=ws, id=id, include_deleted=include_deleted)
    if obj is None:
        raise NotFound(f"{getattr(model, '__tablename__', model)} {id} not found")
    return obj


def soft_delete(session: Session, model: type[T], *, ws: Workspace, id: int) -> T:
    """Hide a row (it can be restored); the audit hook records the deletion."""
    obj: Any = require_scoped(session, model, ws=ws, id=id, include_deleted=True)
    if obj.deleted_at is None:
        obj.deleted_at = utcnow()
        session.flush()
    return obj


def restore(session: Session, model: type[T], *, ws: Workspace, id: int) -> T:
    """Bring back a soft-deleted row."""
    obj: Any = require_scoped(session, model, ws=ws, id=id, include_deleted=True)
    if obj.deleted_at is not None:
        obj.deleted_at = None
        session.flush()
    return obj


def affected(result: Result[Any]) -> int:
    """How many rows an UPDATE, DELETE or INSERT ... ON CONFLICT changed."""
    return result.rowcount if isinstance(result, CursorResult) else 0


def hook_sessions(factory: sessionmaker[Session], tag: str, hooks: list[tuple[str, Any]]) -> None:
    """Attach session hooks to every session a factory makes, once per factory and tag.

    The mark is kept on the factory itself. `event.contains` is no guard: SQLAlchemy's listener
    registry is keyed by `id()`, so a new factory at the address of a collected one read as already
    hooked and got no hooks at all (seen as a unit of work that wrote no audit rows, in about one
    test run in seven).
    """
    marks: set[str] = factory.__dict__.setdefault("_partnerbot_hooks", set())
    if tag in marks:
        return
    marks.add(tag)
    for name, hook in hooks:
        event.listen(factory, name, hook)
