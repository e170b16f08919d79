"""Installations: which workspaces use the app, and when an uninstalled one is purged."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from storage import _common
from storage.coltypes import utcnow
from storage.models import AuditLog, Base
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


def uninstall_workspace(session: Session, *, ws: Workspace, grace: timedelta = PURGE_GRACE) -> WorkspaceRow | None:
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


def _workspace_tables() -> list[Any]:
    # Children before parents, so foreign keys never point at a deleted row. The audit trail
    # is append-only and holds no personal data (contacts' values are redacted): it stays.
    return [
        table
        for table in reversed(Base.metadata.sorted_tables)
        if "team_id" in table.c and table.name != AuditLog.__tablename__
    ]


def _in_workspace(table: Any, ws: Workspace) -> Any:
    if "enterprise_id" not in table.c:
        return table.c.team_id == ws.team_id
    enterprise = (
        table.c.enterprise_id.is_(None) if ws.enterprise_id is None else table.c.enterprise_id == ws.enterprise_id
    )
    return and_(table.c.team_id == ws.team_id, enterprise)


def export_workspace(session: Session, *, ws: Workspace) -> dict[str, list[dict[str, Any]]]:
    """Every row the workspace owns, table by table, without tokens (for an admin before a purge)."""
    secret = {"bot_token", "bot_refresh_token", "user_token", "user_refresh_token"}
    out: dict[str, list[dict[str, Any]]] = {}
    for table in reversed(_workspace_tables()):
        rows = session.execute(select(table).where(_in_workspace(table, ws))).mappings()
        out[table.name] = [{k: v for k, v in row.items() if k not in secret} for row in rows]
    return out


def purge_workspace(session: Session, *, ws: Workspace) -> dict[str, int]:
    """Delete everything the workspace owns for good (after its retention period); return counts."""
    from storage.known import bump

    bump(session, ws=ws)  # the names go: a process's cache of them must not outlive them
    counts: dict[str, int] = {}
    for table in _workspace_tables():
        result = session.execute(table.delete().where(_in_workspace(table, ws)))
        if _common.affected(result):
            counts[table.name] = _common.affected(result)
    return counts
