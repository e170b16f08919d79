"""The Slack transport the sweeps send with: a post with the message's key in its metadata, a look in
the DM's history before posting again, and short rate limits waited out in the scheduler thread.
What is due and the exactly-once protocol live in bot/domain/reminders.py."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry import HttpRequest, HttpResponse, RetryHandler, RetryState

from bot.domain.reminders import (
    DigestSweep,
    LookupUnavailable,
    Outgoing,
    ReminderSweep,
    SendFailed,
    Transport,
)
from bot.domain.services import Services, Sweep
from bot.domain.team_digest import TeamDigestSweep
from handlers.reminders.views import METADATA_EVENT, render
from handlers.shared.clients import Clients
from handlers.shared.slack_checks import ChannelPrivacy, channel_privacy
from storage.scope import Workspace

# A Retry-After longer than this is not waited out in the scheduler thread: the message is
# handed back with that retry time instead.
MAX_INLINE_WAIT = 30.0
RATE_LIMIT_RETRIES = 3


def _retry_after(response: HttpResponse | None) -> float | None:
    if response is None:
        return None
    for name, values in response.headers.items():
        if name.lower() == "retry-after" and values:
            try:
                return float(values[0])
            except ValueError:
                return None
    return None


class RateLimitWait(RetryHandler):
    """Waits out a 429's Retry-After (when short) and tries again; `sleep` is injectable for tests."""

    def __init__(
        self,
        max_retry_count: int = RATE_LIMIT_RETRIES,
        max_wait: float = MAX_INLINE_WAIT,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.max_wait = max_wait
        self.sleep = sleep

    def _can_retry(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> bool:
        wait = _retry_after(response)
        return response is not None and response.status_code == 429 and (wait is None or wait <= self.max_wait)

    def prepare_for_next_attempt(
        self,
        *,
        state: RetryState,
        request: HttpRequest,
        response: HttpResponse | None = None,
        error: Exception | None = None,
    ) -> None:
        state.next_attempt_requested = True
        wait = _retry_after(response)
        self.sleep(1.0 if wait is None else wait)
        state.increment_current_attempt()


def sweep_client(services: Services, token: str | None, *, sleep: Callable[[float], None] = time.sleep) -> WebClient:
    """A client for the scheduler thread: it waits out short rate limits, but never re-posts after a 5xx
    or a dropped connection, where Slack may have posted already (the protocol looks first)."""
    settings = services.settings
    return WebClient(
        token=token or settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[RateLimitWait(sleep=sleep)],
    )


class SlackTransport(Transport):
    """Posts DMs with the key in message metadata, and finds them again in the DM's history."""

    def __init__(self, client: WebClient) -> None:
        self.client = client

    def send(self, ws: Workspace, channel: str, message: Outgoing) -> str:
        """chat.postMessage to channel; returns the ts."""
        args = render(message)
        try:
            answer = self.client.chat_postMessage(
                channel=channel,
                text=args["text"],
                blocks=args["blocks"],
                metadata={"event_type": METADATA_EVENT, "event_payload": {"key": message.key}},
                unfurl_links=False,
                unfurl_media=False,
            )
        except SlackApiError as exc:
            raise _failure(exc) from exc
        except (SlackClientError, OSError) as exc:
            raise SendFailed(type(exc).__name__, maybe_delivered=True) from exc
        return str(answer["ts"])

    def channel_is_closed(self, ws: Workspace, channel: str) -> bool | None:
        """Whether Slack says the channel is private and not shared outside (None: no answer); asked before each team digest."""
        privacy = channel_privacy(self.client, channel, quick=False)
        return None if privacy is ChannelPrivacy.UNKNOWN else privacy is ChannelPrivacy.CLOSED

    def find(self, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
        """Search the DM with channel (a user id), or the channel itself, for a message with key in its metadata."""
        try:
            # A team digest goes to a channel id; reminders and digests to a user, through their DM.
            dm = (
                channel
                if channel[:1] in ("C", "G", "D")
                else self.client.conversations_open(users=channel)["channel"]["id"]
            )
            history = self.client.conversations_history(
                channel=dm, oldest=f"{since.timestamp():.6f}", include_all_metadata=True, limit=200
            )
        except SlackApiError as exc:
            error = str(exc.response.get("error") or "")
            if exc.response.status_code == 200 and error in (
                "missing_scope",
                "unknown_method",
                "not_allowed_token_type",
                "method_deprecated",
            ):
                raise LookupUnavailable(error) from exc
            raise _failure(exc) from exc
        except (SlackClientError, OSError) as exc:
            raise SendFailed(type(exc).__name__, maybe_delivered=True) from exc
        for message in history.get("messages") or []:
            payload = (message.get("metadata") or {}).get("event_payload") or {}
            if payload.get("key") == key:
                return str(message["ts"])
        return None


def _failure(exc: SlackApiError) -> SendFailed:
    status = exc.response.status_code
    error = (
        str(exc.response.get("error") or f"HTTP {status}") if isinstance(exc.response.data, dict) else f"HTTP {status}"
    )
    if status == 429:
        return SendFailed(error, maybe_delivered=False, retry_after=_retry_after_of(exc) or 60.0)
    # Slack answered 200 with ok=false: it refused the message, so nothing was posted.
    return SendFailed(error, maybe_delivered=status >= 500)


def _retry_after_of(exc: SlackApiError) -> float | None:
    for name, values in (exc.response.headers or {}).items():
        if name.lower() == "retry-after":
            value = values[0] if isinstance(values, list) else values
            try:
                return float(value)
            except ValueError:
                return None
    return None


def client_for(
    services: Services, clients: Clients, *, sleep: Callable[[float], None] = time.sleep
) -> Callable[[Workspace], WebClient | None]:
    """Which client sends for a workspace: a scheduler-only client with that workspace's bot token.

    The token comes from Clients (the one bot token, or the workspace's OAuth installation,
    rotated when it is about to expire); None when the app is not installed there.
    """

    def pick(ws: Workspace) -> WebClient | None:
        token = clients.token_for(ws)
        return sweep_client(services, token, sleep=sleep) if token else None

    return pick


class NotInstalled(Transport):
    """The transport for a workspace without a token: every send fails and stays pending."""

    def send(self, ws: Workspace, channel: str, message: Outgoing) -> str:
        raise SendFailed("not_installed", maybe_delivered=False)

    def find(self, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
        return None


def build_sweeps(services: Services, clients: Clients, *, sleep: Callable[[float], None] = time.sleep) -> list[Sweep]:
    """The scheduler's sweeps for reminders, digests and team digests, sending with a scheduler-only client."""
    pick = client_for(services, clients, sleep=sleep)

    def transport_for(ws: Workspace) -> Transport:
        client = pick(ws)
        return SlackTransport(client) if client is not None else NotInstalled()

    return [
        ReminderSweep(services, transport_for),
        DigestSweep(services, transport_for),
        TeamDigestSweep(services, transport_for),
    ]
