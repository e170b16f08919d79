"""Questions asked of Slack on the request path, before the acknowledgement: who is an admin, and
whether a channel is private and not shared. Each is one call with a short timeout and no retries
(Slack's three seconds are shared with everything else), and an unanswered question gets the
safe answer: not an admin, not a closed channel.
"""

from __future__ import annotations

import enum
import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.people import Actor
from bot.domain.services import Services
from handlers.shared.reach import quick_client

log = logging.getLogger(__name__)

_FAILURES = (SlackApiError, SlackClientError, OSError, KeyError, TypeError, ValueError)


def is_admin(services: Services, client: WebClient, actor: Actor) -> bool:
    """True for users named in PRIVACY_ADMINS and for the workspace's admins and owners (users.info)."""
    if actor.user_id in services.settings.privacy_admins:
        return True
    if not client.token:
        return False
    try:
        user = quick_client(client).users_info(user=actor.user_id)["user"]
    except _FAILURES as exc:
        log.warning("could not check whether a user is an admin", extra={"error": type(exc).__name__})
        return False
    return bool(user.get("is_admin") or user.get("is_owner") or user.get("is_primary_owner"))


class ChannelPrivacy(enum.Enum):
    """What Slack says about a channel: private and not shared, anything else, or no answer."""

    CLOSED = "closed"
    OPEN = "open"
    UNKNOWN = "unknown"


def channel_privacy(client: WebClient, channel_id: str, *, quick: bool = True) -> ChannelPrivacy:
    """Ask conversations.info (with groups:read, which answers for private channels only).

    A public channel answers missing_scope (the app does not ask for channels:read): it is not
    private, which is all the question needs. Shared means any share: Slack Connect with another
    organisation, a pending invitation, or another workspace of the enterprise.
    """
    asking = quick_client(client) if quick else client
    try:
        channel = asking.conversations_info(channel=channel_id)["channel"]
    except SlackApiError as exc:
        error = str((exc.response.data or {}).get("error") if isinstance(exc.response.data, dict) else "")
        if exc.response.status_code == 200 and error in ("missing_scope", "channel_not_found"):
            # Public (our scope cannot see it) or a private channel we are not in: not one to name all in.
            return ChannelPrivacy.OPEN
        log.warning("could not ask Slack about a channel", extra={"error": error or exc.response.status_code})
        return ChannelPrivacy.UNKNOWN
    except _FAILURES as exc:
        log.warning("could not ask Slack about a channel", extra={"error": type(exc).__name__})
        return ChannelPrivacy.UNKNOWN
    shared = any(
        bool(channel.get(key)) for key in ("is_shared", "is_ext_shared", "is_org_shared", "is_pending_ext_shared")
    )
    return ChannelPrivacy.CLOSED if channel.get("is_private") is True and not shared else ChannelPrivacy.OPEN
