"""Slack users' preferences: timezone, locale, language override, digest settings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import User
from storage.scope import Workspace, in_ws

_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_WEEKDAYS = re.compile(r"^[1-7]{0,7}$")
_UPDATABLE = {"tz", "locale", "language", "digest_enabled", "digest_time", "digest_weekdays"}


def get_user(session: Session, *, ws: Workspace, user_id: str) -> User | None:
    """Return the stored user, or None if they never used the bot."""
    stmt = select(User).where(in_ws(User, ws), User.user_id == user_id)
    return session.scalars(stmt).one_or_none()


def get_or_create_user(session: Session, *, ws: Workspace, user_id: str) -> User:
    """Return the user's row, creating it with defaults on first use."""
    user = get_user(session, ws=ws, user_id=user_id)
    if user is not None:
        return user
    # Two requests from a new user can race; a savepoint lets the loser read the winner's row.
    try:
        with session.begin_nested():
            user = User(**ws.stamp(), user_id=user_id)
            session.add(user)
    except IntegrityError:
        user = get_user(session, ws=ws, user_id=user_id)
        if user is None:
            raise
    return user


def update_user(session: Session, *, ws: Workspace, user_id: str, **fields: Any) -> User:
    """Change a user's cached tz/locale, language override or digest preferences."""
    unknown = set(fields) - _UPDATABLE
    if unknown:
        raise TypeError(f"cannot update {sorted(unknown)} with update_user")
    if fields.get("language") not in (None, "da", "en"):
        raise ValueError("language must be 'da', 'en' or None")
    if fields.get("digest_time") is not None and not _TIME.match(fields["digest_time"]):
        raise ValueError("digest_time must look like 08:30")
    if "digest_weekdays" in fields and not _WEEKDAYS.match(fields["digest_weekdays"] or "x"):
        raise ValueError("digest_weekdays is ISO weekday digits, e.g. '12345'")
    if "digest_weekdays" in fields:
        fields["digest_weekdays"] = "".join(sorted(set(fields["digest_weekdays"])))
    user = get_or_create_user(session, ws=ws, user_id=user_id)
    for key, value in fields.items():
        setattr(user, key, value)
    session.flush()
    return user


def list_digest_users(session: Session, *, ws: Workspace) -> list[User]:
    """Return the workspace's users who want a digest."""
    stmt = select(User).where(in_ws(User, ws), User.digest_enabled.is_(True)).order_by(User.user_id)
    return list(session.scalars(stmt))


def workspaces_with_users(session: Session) -> list[Workspace]:
    """Return the scopes of every workspace that has users (single-workspace installs have no rows
    in the workspaces table)."""
    stmt = select(User.team_id, User.enterprise_id).distinct().order_by(User.team_id)
    return [Workspace(team_id, enterprise_id) for team_id, enterprise_id in session.execute(stmt)]


def users_by_id(session: Session, *, ws: Workspace, user_ids: Iterable[str]) -> dict[str, User]:
    """The workspace's known users among these ids."""
    ids = sorted(set(user_ids))
    if not ids:
        return {}
    return {u.user_id: u for u in session.scalars(select(User).where(in_ws(User, ws), User.user_id.in_(ids)))}
