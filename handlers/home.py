"""The App Home tab: drawn when a person opens it (the view itself is in handlers/shared/home.py)."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from handlers.shared.context import actor_of, services_of
from handlers.shared.home import refresh_home


def handle_home_opened(event: dict[str, Any], client: WebClient, context: BoltContext) -> None:
    """Draw the Home tab when a person opens it."""
    if event.get("tab", "home") != "home":
        return
    actor = actor_of(context)
    refresh_home(client, services_of(context), actor.ws, actor.user_id)


def register(app: App) -> None:
    """Listen for people opening the Home tab."""
    app.event("app_home_opened")(handle_home_opened)
