"""Installing to workspaces: OAuth with slack-sdk's SQLAlchemy stores, token rotation, uninstalls.

In single-workspace mode one bot token speaks for the one workspace. With SLACK_CLIENT_ID and
SLACK_CLIENT_SECRET the app installs to any number of workspaces; each installation's tokens
live in `slack_installations`/`slack_bots` (migrated with the rest of the schema), expiring
tokens are rotated before use, and `handlers.shared.clients.Clients` is the one place that decides which
token speaks for a workspace.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from slack_bolt.authorization.authorize import InstallationStoreAuthorize
from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk import WebClient
from slack_sdk.oauth.installation_store import Installation
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore

from bot.domain.services import Services
from bot.domain.workspaces import schedule_purge
from handlers.install.state import SingleUseStateStore
from handlers.shared.clients import ROTATE_BEFORE_MINUTES
from storage.scope import Workspace
from storage.workspaces import install_workspace

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600


class WorkspaceInstallationStore(SQLAlchemyInstallationStore):
    """slack-sdk's store, which also records the workspace as installed in the project's tables."""

    def __init__(self, client_id: str, engine: Engine, services: Services) -> None:
        super().__init__(client_id=client_id, engine=engine, logger=logging.getLogger("partnerbot.install"))
        self.services = services

    def save(self, installation: Installation) -> None:
        """Store the tokens, then mark the workspace installed (a reinstall cancels a pending purge)."""
        super().save(installation)
        if installation.team_id:
            ws = Workspace(installation.team_id, installation.enterprise_id or None)
            with self.services.transaction(installation.user_id) as session:
                install_workspace(session, ws=ws, name=installation.team_name)
        log.info("installed", extra={"team": installation.team_id})


def build_oauth(settings_client: WebClient, services: Services) -> tuple[OAuthSettings, WorkspaceInstallationStore]:
    """OAuth settings for Bolt: stores in the project's database, rotation through our Web API client."""
    settings = services.settings
    assert settings.slack_client_id and settings.slack_client_secret
    store = WorkspaceInstallationStore(settings.slack_client_id, services.engine, services)
    oauth = OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        scopes=list(settings.slack_scopes),
        installation_store=store,
        installation_store_bot_only=True,
        state_store=SingleUseStateStore(services, STATE_SECONDS),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        token_rotation_expiration_minutes=ROTATE_BEFORE_MINUTES,
    )
    # Bolt's default authorizer rotates tokens through a client aimed at slack.com; ours honours
    # SLACK_API_URL and retries like every other Web API call.
    oauth.authorize = InstallationStoreAuthorize(
        logger=logging.getLogger("partnerbot.authorize"),
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret,
        token_rotation_expiration_minutes=ROTATE_BEFORE_MINUTES,
        installation_store=store,
        bot_only=True,
        client=settings_client,
    )
    return oauth, store


def forget_tokens(services: Services, store: WorkspaceInstallationStore | None, ws: Workspace) -> None:
    """On uninstall: delete the workspace's tokens at once, keep its data until the retention period ends."""
    if store is not None:
        store.delete_all(enterprise_id=ws.enterprise_id, team_id=ws.team_id)
    schedule_purge(services, ws)
    log.info("uninstalled; tokens deleted, data kept for the retention period", extra={"team": ws.team_id})
