"""Heartbeats: when a long-running process last showed it was alive."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from storage.models import Heartbeat


def beat(session: Session, *, name: str, at: datetime, pid: int | None = None) -> None:
    """Record that the process called name is alive at `at`."""
    row = session.get(Heartbeat, name)
    if row is None:
        session.add(Heartbeat(name=name, at=at, pid=pid))
    else:
        row.at, row.pid = at, pid
    session.flush()


def last_beat(session: Session, *, name: str) -> datetime | None:
    """When the process called name last beat, or None if it never did."""
    row = session.get(Heartbeat, name)
    return row.at if row is not None else None
