"""Installations: which workspaces use the app, and when an uninstalled one is purged."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.coltypes import utcnow
from storage.models import WorkspaceRecord as WorkspaceRow
from storage.scope import Workspace, in_ws

PURGE_GRACE = timedelta(days=30)


def get_workspace(session: Session, *, ws: Workspace) -> WorkspaceRow | None:
    """Return the workspace's installation row, or None."""
    return session.scalars(select(WorkspaceRow).where(in_ws(WorkspaceRow, ws))).one_or_none()


def install_workspace(session: Session, *, ws: Workspace, name: str | None = None) -> WorkspaceRow:
    """Record an installation (or a reinstallation, which cancels a pending purge)."""
    row = get_workspace(session, ws=ws)
    if row is None:
        row = WorkspaceRow(**ws.stamp(), name=name)
        session.add(row)
    else:
        row.installed_at, row.uninstalled_at, row.purge_after = utcnow(), None, None
        row.name = name or row.name
    session.flush()
    return row


def uninstall_workspace(
    session: Session, *, ws: Workspace, grace: timedelta = PURGE_GRACE
) -> WorkspaceRow | None:
    """Record an uninstallation; the data is kept until purge_after."""
    row = get_workspace(session, ws=ws)
    if row is not None:
        row.uninstalled_at = utcnow()
        row.purge_after = row.uninstalled_at + grace
        session.flush()
    return row


def installed_workspaces(session: Session) -> list[Workspace]:
    """Return the scopes of all installed workspaces (for the scheduler to visit one by one)."""
    stmt = (
        select(WorkspaceRow.team_id, WorkspaceRow.enterprise_id)
        .where(WorkspaceRow.uninstalled_at.is_(None))
        .order_by(WorkspaceRow.team_id)
    )
    return [Workspace(team_id, enterprise_id) for team_id, enterprise_id in session.execute(stmt)]


def due_for_purge(session: Session, *, now: datetime | None = None) -> list[Workspace]:
    """Return the scopes of uninstalled workspaces whose grace period is over."""
    now = now or utcnow()
    stmt = select(WorkspaceRow.team_id, WorkspaceRow.enterprise_id).where(
        WorkspaceRow.uninstalled_at.is_not(None), WorkspaceRow.purge_after <= now
    )
    return [Workspace(team_id, enterprise_id) for team_id, enterprise_id in session.execute(stmt)]
