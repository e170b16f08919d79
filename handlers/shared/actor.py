"""Who is asking, as Slack tells it: the user's locale and timezone from `users.info`."""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.people import Actor, load_actor
from bot.domain.services import Services
from handlers.shared.reach import is_unreachable, note_unreachable, quick_client, slack_seems_down
from storage.scope import Workspace

log = logging.getLogger(__name__)

# A first-time user's profile is fetched on the request path, so the call gets a tight budget
# (one attempt, one second: handlers/shared/reach.py); if Slack is slow the reply uses the
# defaults and the profile is fetched again next time.


def fetch_profile(client: WebClient, user_id: str) -> tuple[str | None, str | None]:
    """The user's Slack locale and timezone; (None, None) when Slack cannot answer in time."""
    if slack_seems_down():
        return None, None
    quick = quick_client(client)
    try:
        user = quick.users_info(user=user_id, include_locale=True)["user"]
    except (SlackApiError, SlackClientError, OSError, KeyError, TypeError) as exc:
        if is_unreachable(exc):
            note_unreachable(exc, "users.info")
        else:
            log.info("users.info failed, using defaults", extra={"error": type(exc).__name__})
        return None, None
    return user.get("locale"), user.get("tz")


def resolve_actor(services: Services, client: WebClient | None, ws: Workspace, user_id: str) -> Actor:
    """Load (and on first sight or once a day, refresh from Slack) a user's language and timezone."""
    fetch = (lambda: fetch_profile(client, user_id)) if client is not None and client.token else None
    return load_actor(services, ws, user_id, fetch)
