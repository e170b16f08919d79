"""OAuth states: issued by the install page, consumed once by the redirect, purged when expired.

The table is slack-sdk's (`storage.slack_tables.oauth_states`); times are naive UTC, as slack-sdk
writes them. Consuming is one conditional DELETE whose row count says whether this caller won:
two concurrent redirects with the same state cannot both see it, on SQLite or PostgreSQL.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from storage.slack_tables import oauth_states


def _naive_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def issue_state(session: Session, *, state: str, expire_at: datetime) -> None:
    """Store a fresh state that is valid until expire_at."""
    if not state or len(state) > 200:
        raise ValueError("a state is 1 to 200 characters")
    session.execute(insert(oauth_states).values(state=state, expire_at=_naive_utc(expire_at)))


def consume_state(session: Session, *, state: str, now: datetime) -> bool:
    """Delete an unexpired state; True only for the one caller whose DELETE removed exactly one row."""
    if not state or len(state) > 200:
        return False
    c = oauth_states.c
    result = session.execute(
        delete(oauth_states).where(c.state == state, c.expire_at > _naive_utc(now)),
        execution_options={"synchronize_session": False},
    )
    return getattr(result, "rowcount", 0) == 1


def purge_expired_states(session: Session, *, now: datetime) -> int:
    """Delete every state that expired before now; the number deleted."""
    result = session.execute(
        delete(oauth_states).where(oauth_states.c.expire_at <= _naive_utc(now)),
        execution_options={"synchronize_session": False},
    )
    return int(getattr(result, "rowcount", 0) or 0)


def count_states(session: Session) -> int:
    """How many states are stored (live or not yet purged)."""
    return int(session.scalar(select(func.count()).select_from(oauth_states)) or 0)
