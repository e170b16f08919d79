"""The OAuth state store: single-use states in the project's database, purged by the clock."""

from __future__ import annotations

import logging
import secrets
from datetime import datetime, timedelta

from slack_sdk.oauth.state_store import OAuthStateStore

from bot.domain.services import Services, Sweep
from storage.oauth_states import consume_state, issue_state, purge_expired_states

log = logging.getLogger(__name__)


class SingleUseStateStore(OAuthStateStore):
    """Issues random states valid for expiration_seconds; each is consumed by at most one redirect.

    slack-sdk's SQLAlchemy store reads, then deletes, so two concurrent redirects on PostgreSQL can
    both find the row; here the DELETE itself decides (it must remove exactly one row).
    """

    def __init__(self, services: Services, expiration_seconds: int) -> None:
        self.services = services
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> logging.Logger:
        return log

    def issue(self, *args: object, **kwargs: object) -> str:
        """A new state, stored until it expires."""
        state = secrets.token_urlsafe(32)
        expire_at = self.services.now() + timedelta(seconds=self.expiration_seconds)
        with self.services.transaction(None) as session:
            issue_state(session, state=state, expire_at=expire_at)
        return state

    def consume(self, state: str) -> bool:
        """True once for a live state; False for an unknown, expired or already used one."""
        with self.services.transaction(None) as session:
            won = consume_state(session, state=str(state or ""), now=self.services.now())
        if not won:
            log.info("OAuth state refused: unknown, expired or already used")
        return won


def purge_states_sweep(services: Services) -> Sweep:
    """A clock sweep (every tick) that deletes expired OAuth states, so install-page visits leave nothing behind."""

    def purge_oauth_states(now: datetime) -> None:
        with services.transaction(None) as session:
            purged = purge_expired_states(session, now=now)
        if purged:
            log.info("purged expired OAuth states", extra={"count": purged})

    return purge_oauth_states
