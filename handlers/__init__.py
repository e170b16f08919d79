"""Slack listeners, one module per feature, all registered from `register_all`."""

from __future__ import annotations

from slack_bolt import App

from handlers import (
    campaigns,
    due,
    home,
    language,
    listing,
    log,
    privacy,
    profile,
    reminders,
    report,
    router,
    settings,
    status,
)
from handlers import help as help_feature
from handlers.router import Commands


def register_all(app: App, commands: Commands) -> None:
    """Register every feature's listeners and subcommands on the app, in help order."""
    log.register(app, commands)
    status.register(app, commands)
    due.register(app, commands)
    listing.register(app, commands)
    report.register(commands)
    campaigns.register(commands)
    home.register(app)
    reminders.register(app)
    settings.register(app, commands)
    privacy.register(app, commands)
    language.register(commands)
    help_feature.register(commands)
    router.register(app, commands)
    profile.register(app)
