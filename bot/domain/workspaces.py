"""A workspace's life after uninstall: its data is kept for the retention period, then purged."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot.domain.services import Services
from storage.scope import Workspace
from storage.workspaces import (
    due_for_purge,
    install_workspace,
    purge_workspace,
    uninstall_workspace,
)

log = logging.getLogger(__name__)


def schedule_purge(services: Services, ws: Workspace) -> None:
    """Mark the workspace uninstalled, so its data is purged after DATA_RETENTION_DAYS."""
    grace = timedelta(days=services.settings.data_retention_days)
    with services.transaction(None) as session:
        if uninstall_workspace(session, ws=ws, grace=grace) is None:
            # Single-workspace installs were never recorded; record them so the purge finds them.
            install_workspace(session, ws=ws)
            uninstall_workspace(session, ws=ws, grace=grace)


def purge_sweep(services: Services) -> Callable[[datetime], None]:
    """A scheduler sweep that deletes the data of workspaces uninstalled longer than the retention period."""

    def purge_uninstalled(now: datetime) -> None:
        with services.transaction(None) as session:
            due = due_for_purge(session, now=now)
        for ws in due:
            with services.transaction(None) as session:
                counts = purge_workspace(session, ws=ws)
            log.info("purged an uninstalled workspace", extra={"team": ws.team_id, "rows": sum(counts.values())})

    return purge_uninstalled
