"""Talking to Slack before the acknowledgement: one try with a short timeout, and telling an
unreachable Slack apart from Slack's own answers.

Slack gives up on a request after 3 seconds. A call made before the ack (auth.test for the first
request, users.info for a newcomer, views.open) must leave room for the answer, so it gets one
attempt and a one-second budget; the retrying client (bot/process/app.py) is for work after the ack.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from slack_bolt.authorization import AuthorizeResult
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

log = logging.getLogger(__name__)

QUICK_TIMEOUT_SECONDS = 1.0
# After a call before the ack found Slack unreachable, the next ones within this many seconds are
# not tried: two one-second timeouts in one request would leave too little of Slack's three.
UNREACHABLE_PAUSE_SECONDS = 30.0

_down_until = 0.0
_down_lock = threading.Lock()


def slack_seems_down() -> bool:
    """True shortly after a call before the ack found Slack unreachable."""
    return time.monotonic() < _down_until


def note_unreachable(exc: BaseException, what: str) -> None:
    """Remember that Slack could not be reached (for UNREACHABLE_PAUSE_SECONDS) and log a warning."""
    global _down_until
    with _down_lock:
        _down_until = time.monotonic() + UNREACHABLE_PAUSE_SECONDS
    log.warning("Slack unreachable", extra={"call": what, "error": type(exc).__name__})


def quick_client(client: WebClient, timeout: float = QUICK_TIMEOUT_SECONDS) -> WebClient:
    """A copy of client for calls made before the ack: one attempt, a short timeout (one second)."""
    return WebClient(token=client.token, base_url=client.base_url, timeout=timeout, retry_handlers=[])


def is_unreachable(exc: BaseException) -> bool:
    """True when Slack could not be reached or did not answer (not when it answered with an error)."""
    if isinstance(exc, SlackApiError):
        return False
    return isinstance(exc, SlackClientError | OSError)


class SingleTeamAuthorize:
    """Bolt's authorize for a single-workspace install: auth.test once, cached, with a short budget.

    Bolt's own single-team authorization calls auth.test on the first request through the
    retrying client; with Slack unreachable that request waits out every retry and ends in an
    HTTP 500. Here auth.test gets one quick attempt; while Slack cannot be reached the request is
    authorized with what it carries (the team Slack signed it for, the configured token) and
    auth.test is tried again on the next request. An invalid token still fails as Bolt reports it.
    """

    def __init__(self, client: WebClient) -> None:
        self.client = client
        self._known: dict[str, Any] | None = None
        self._lock = threading.Lock()

    def function(self) -> Callable[..., AuthorizeResult]:
        """The authorize function for Bolt (which passes arguments by the names a plain function declares)."""

        def authorize(enterprise_id: str | None, team_id: str | None, user_id: str | None) -> AuthorizeResult:
            return self.authorize(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id)

        return authorize

    def authorize(self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None) -> AuthorizeResult:
        """Authorize one request."""
        token = self.client.token
        known = self._known
        if known is None:
            unsigned = AuthorizeResult(enterprise_id=enterprise_id, team_id=team_id, user_id=user_id, bot_token=token)
            if slack_seems_down():
                return unsigned
            try:
                known = dict(quick_client(self.client).auth_test().data)  # type: ignore[arg-type]
            except SlackApiError:
                raise
            except (SlackClientError, OSError) as exc:
                # Authorized from the request's signature; auth.test is tried again after the pause.
                note_unreachable(exc, "auth.test")
                return unsigned
            with self._lock:
                self._known = known
        bot_user_id = known.get("user_id") if known.get("bot_id") is not None else None
        return AuthorizeResult(
            enterprise_id=known.get("enterprise_id") or enterprise_id,
            team_id=known.get("team_id") or team_id,
            team=known.get("team"),
            url=known.get("url"),
            bot_id=known.get("bot_id"),
            bot_user_id=bot_user_id,
            user_id=user_id,
            bot_token=token,
        )
