"""Slack ids the bot owns, named once: handlers register with them and tests import them."""

COMMAND = "/partner"
