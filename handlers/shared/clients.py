"""Which Web API client speaks for a workspace, for work no request started (reminders, digests):
the one bot token, or the workspace's OAuth installation, rotated before it expires."""

from __future__ import annotations

from typing import TYPE_CHECKING

from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Bot
from slack_sdk.oauth.token_rotation import TokenRotator

from bot.domain.services import Services
from storage.scope import Workspace

if TYPE_CHECKING:
    from handlers.install.oauth import WorkspaceInstallationStore

# Rotate a token this long before it expires (Slack's rotating tokens last 12 hours).
ROTATE_BEFORE_MINUTES = 120


class Clients:
    """Which Web API client speaks for a workspace (for work that no request started: reminders, digests)."""

    def __init__(self, shared: WebClient, services: Services, store: WorkspaceInstallationStore | None) -> None:
        self.shared = shared
        self.services = services
        self.store = store
        settings = services.settings
        self.rotator = (
            TokenRotator(client_id=settings.slack_client_id, client_secret=settings.slack_client_secret, client=shared)
            if store is not None and settings.slack_client_id and settings.slack_client_secret
            else None
        )

    def token_for(self, ws: Workspace) -> str | None:
        """The workspace's bot token, rotated first if it is about to expire; None if not installed."""
        if self.store is None:
            return self.shared.token
        bot = self.store.find_bot(enterprise_id=ws.enterprise_id, team_id=ws.team_id, is_enterprise_install=False)
        if bot is None or not bot.bot_token:
            return None
        return self._rotated(bot).bot_token

    def for_workspace(self, ws: Workspace) -> WebClient | None:
        """A client with the workspace's bot token (see token_for); None if the app is not installed there."""
        token = self.token_for(ws)
        if token is None:
            return None
        if token == self.shared.token:
            return self.shared
        return WebClient(
            token=token,
            base_url=self.shared.base_url,
            timeout=self.shared.timeout,
            retry_handlers=self.shared.retry_handlers,
        )

    def _rotated(self, bot: Bot) -> Bot:
        if self.rotator is None or not bot.bot_refresh_token:
            return bot
        refreshed = self.rotator.perform_bot_token_rotation(bot=bot, minutes_before_expiration=ROTATE_BEFORE_MINUTES)
        if refreshed is None:
            return bot
        assert self.store is not None
        self.store.save_bot(refreshed)
        return refreshed
