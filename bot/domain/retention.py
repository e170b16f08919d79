"""Bounded growth: how long bookkeeping rows are kept, enforced by a sweep the clock runs.

| table | kept for | why that long |
| --- | --- | --- |
| processed_requests (replay ids) | 1 day | Slack retries within minutes and signatures expire after 5 |
| deliveries (sent digests and reminders) | 90 days | a digest is keyed by its day, a reminder guarded by its follow-up |
| slack_oauth_states | until they expire (every tick: handlers/install/state.py) | a state is good for one install attempt |
| audit_log | 365 days | the database itself refuses to delete younger rows |

A workspace's own data (partners, logs, follow-ups) is not bookkeeping: it is kept until the
workspace is uninstalled and then purged after DATA_RETENTION_DAYS (bot/domain/workspaces.py).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.domain.services import Services
from storage.retention import (
    prune_audit,
    prune_deliveries,
    prune_processed_requests,
)

log = logging.getLogger(__name__)

REPLAY_IDS_KEPT = timedelta(days=1)
DELIVERIES_KEPT = timedelta(days=90)
AUDIT_KEPT = timedelta(days=365)
# The sweep deletes little each time; once an hour is plenty.
EVERY = timedelta(hours=1)


class RetentionSweep:
    """A clock sweep that deletes bookkeeping rows older than their window, at most once an hour."""

    __name__ = "retention"

    def __init__(self, services: Services) -> None:
        self.services = services
        self.last_run: datetime | None = None
        self.last_counts: dict[str, int] = {}

    def __call__(self, now: datetime) -> None:
        if self.last_run is not None and now - self.last_run < EVERY:
            return
        self.last_counts = self.prune(now)
        self.last_run = now

    def prune(self, now: datetime) -> dict[str, int]:
        """Delete what is older than its window at `now`; return how many rows went, per table."""
        counts: dict[str, int] = {}
        with self.services.transaction(None) as session:
            counts["processed_requests"] = prune_processed_requests(session, before=now - REPLAY_IDS_KEPT)
            counts["deliveries"] = prune_deliveries(session, before=now - DELIVERIES_KEPT)
        with self.services.transaction(None) as session:
            # A day's margin over the database's own 365 days, so clock skew never makes it refuse.
            counts["audit_log"] = prune_audit(session, before=now - AUDIT_KEPT - timedelta(days=1))
        if any(counts.values()):
            log.info("retention sweep", extra={"rows": counts})
        return counts


def retention_sweep(services: Services) -> RetentionSweep:
    """The retention sweep for these services."""
    return RetentionSweep(services)
