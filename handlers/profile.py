"""Keep each user's cached timezone and language in step with their Slack profile."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from bot.domain.people import valid_timezone
from bot.domain.services import Services
from storage.scope import Workspace
from storage.users import get_user


def handle_user_change(event: dict[str, Any], context: BoltContext) -> None:
    """Take the new timezone and forget the cached locale, so the next request asks Slack for it."""
    user = event.get("user") or {}
    user_id, team_id = user.get("id"), user.get("team_id") or context.team_id
    if not user_id or not team_id:
        return
    services: Services = context["services"]
    ws = Workspace(team_id=team_id, enterprise_id=context.enterprise_id or None)
    with services.transaction(None) as session:
        row = get_user(session, ws=ws, user_id=user_id)
        if row is None:
            return
        if valid_timezone(user.get("tz")):
            row.tz = user["tz"]
        # user_change carries no locale; clearing it makes the next request fetch users.info.
        row.locale = None


def register(app: App) -> None:
    """Listen for profile changes."""
    app.event("user_change")(handle_user_change)
