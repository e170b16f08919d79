"""Installs and uninstalls: OAuth to many workspaces (oauth.py); on app_uninstalled or tokens_revoked,
forget the workspace's tokens at once and keep its data for the retention period."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from handlers.install.oauth import WorkspaceInstallationStore, forget_tokens
from handlers.shared.context import services_of
from storage.scope import Workspace


def _workspace(context: BoltContext, body: dict[str, Any]) -> Workspace | None:
    team_id = context.team_id or body.get("team_id")
    return Workspace(team_id, context.enterprise_id or body.get("enterprise_id") or None) if team_id else None


def register(app: App, store: WorkspaceInstallationStore | None) -> None:
    """Listen for app_uninstalled and tokens_revoked."""

    def on_uninstalled(body: dict[str, Any], context: BoltContext) -> None:
        ws = _workspace(context, body)
        if ws is not None:
            forget_tokens(services_of(context), store, ws)

    def on_tokens_revoked(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        ws = _workspace(context, body)
        # Only the bot token matters: the app keeps no user tokens.
        if ws is not None and (event.get("tokens") or {}).get("bot"):
            forget_tokens(services_of(context), store, ws)

    app.event("app_uninstalled")(on_uninstalled)
    app.event("tokens_revoked")(on_tokens_revoked)
