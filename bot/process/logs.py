"""Structured log lines, scrubbed of secrets and personal data before they leave the process.

The code logs ids, not content: never names, raw log text or message bodies. The scrubber is the
second line of defence for what slips through (an exception that quotes a URL, a library that
logs a token): Slack tokens, secrets from the settings, database URLs, e-mail addresses and
phone numbers are replaced before a line is written.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", (), None).__dict__) | {"message", "asctime"}

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bxox[abposer]-[A-Za-z0-9-]+|\bxapp-[A-Za-z0-9-]+|\bxoxe(?:\.xox[a-z])?-[A-Za-z0-9-]+"), "[token]"),
    (re.compile(r"\b(postgres(?:ql)?(?:\+\w+)?|mysql|sqlite)://[^\s'\"]+"), r"\1://[redacted]"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "[email]"),
    # Not an ISO date ("2026-11-25" is also eight digits in pairs): that would blank every timestamp.
    (re.compile(r"(?<![\d.])(?!\d{4}-\d{2}-\d{2})(?:(?:\+|00)45[\s-]?)?(?:\d{2}[\s-]?){3}\d{2}(?![\d])"), "[phone]"),
)


class Scrubber:
    """Replaces tokens, configured secrets, database URLs, e-mails and phone numbers in text."""

    def __init__(self, secrets: list[str | None] | None = None) -> None:
        self.secrets = sorted({s for s in secrets or [] if s and len(s) >= 6}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[secret]")
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, extra fields, exception."""

    def __init__(self, scrub: Scrubber) -> None:
        super().__init__()
        self.scrub = scrub

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value if isinstance(value, int | float | bool | type(None)) else str(value)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return self.scrub(json.dumps(entry, ensure_ascii=False))


class _DropKnownNoise(logging.Filter):
    """Drops Bolt's warning that it read SLACK_BOT_TOKEN from the environment although the app
    passed a client carrying that same token (settings are read in one place, bot/settings.py)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("As you gave `client` as well")


def configure(level: str, secrets: list[str | None], stream: Any = None) -> None:
    """Send every logger's records through one scrubbing JSON handler; quiet chatty libraries."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter(Scrubber(secrets)))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("slack_bolt", "slack_sdk", "apscheduler", "alembic", "urllib3"):
        logging.getLogger(name).setLevel(logging.WARNING)
    handler.addFilter(_DropKnownNoise())
