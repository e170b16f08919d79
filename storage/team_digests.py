"""A workspace's team digest: the channel, whether it may name every partner, and its weekly time."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import TeamDigest
from storage.scope import Workspace, in_ws

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def get_team_digest(session: Session, *, ws: Workspace) -> TeamDigest | None:
    """Return the workspace's team digest (on or off), or None if it was never set up."""
    return session.scalars(select(TeamDigest).where(in_ws(TeamDigest, ws))).one_or_none()


def set_team_digest(
    session: Session,
    *,
    ws: Workspace,
    channel_id: str,
    shared_outside: bool,
    weekday: int,
    time: str,
    tz: str,
    created_by: str | None = None,
    names_all: bool = False,
) -> TeamDigest:
    """Turn the team digest on in channel_id at weekday/time (replacing any earlier setup).

    names_all lets it name every partner; it is refused with shared_outside (a channel that is
    public or shared outside the organisation only ever sees partners marked public).
    """
    if names_all and shared_outside:
        raise ValueError("a digest that names every partner needs a private channel not shared outside")
    if not 1 <= weekday <= 7:
        raise ValueError("weekday is an ISO weekday, 1 (Monday) to 7")
    if not _TIME.match(time):
        raise ValueError("time must look like 09:00")
    if not channel_id:
        raise ValueError("a team digest needs a channel")
    values = {
        "channel_id": channel_id,
        "shared_outside": shared_outside,
        "names_all": names_all,
        "weekday": weekday,
        "time": time,
        "tz": tz,
        "enabled": True,
        "created_by": created_by,
    }
    row = get_team_digest(session, ws=ws)
    if row is None:
        # Two admins saving at once: the unique team id lets the loser update the winner's row.
        try:
            with session.begin_nested():
                row = TeamDigest(**ws.stamp(), **values)
                session.add(row)
            return row
        except IntegrityError:
            row = get_team_digest(session, ws=ws)
            if row is None:
                raise
    for key, value in values.items():
        setattr(row, key, value)
    session.flush()
    return row


def disable_team_digest(session: Session, *, ws: Workspace) -> TeamDigest | None:
    """Turn the team digest off, keeping its setup; None if there was none."""
    row = get_team_digest(session, ws=ws)
    if row is not None:
        row.enabled = False
        session.flush()
    return row


def mark_team_digest_shared(session: Session, *, ws: Workspace, channel_id: str) -> TeamDigest | None:
    """Record that Slack called the digest's channel public or shared: it names public partners only from now."""
    row = get_team_digest(session, ws=ws)
    if row is not None and row.channel_id == channel_id and not row.shared_outside:
        row.shared_outside = True
        session.flush()
    return row


def enabled_team_digests(session: Session) -> list[TeamDigest]:
    """Every workspace's team digest that is on, for the scheduler (not scoped: it visits them all)."""
    stmt = select(TeamDigest).where(TeamDigest.enabled.is_(True)).order_by(TeamDigest.team_id)
    return list(session.scalars(stmt))
