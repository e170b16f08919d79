"""Structured log lines, scrubbed of secrets and personal data before they leave the process.

The code logs ids, not content: never names, raw log text or message bodies. The scrubber is the
second line of defence for what slips through (an exception that quotes a URL, a library that
logs a token): Slack tokens, secrets from the settings, database URLs, e-mail addresses and
phone numbers (Danish and international) are replaced before a line is written, and in an
exception's text the quoted values and SQL parameters, where user input lands.
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
    # International: +<country> or 00<country>, then digits in groups ("+1 212 555 0199", "+44 (20) 7946-0958",
    # "0049 30 1234567"); a UTC offset ("+00:00") has a colon and is left alone.
    (re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[\s.-]?\(?\d{1,5}\)?){2,6}(?![\d])"), "[phone]"),
    # North American without a country code: "(212) 555-0199", "212-555-0199", "212.555.0199".
    (re.compile(r"(?<![\w.-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\w-])"), "[phone]"),
    # Not an ISO date ("2026-11-25" is also eight digits in pairs): that would blank every timestamp.
    (re.compile(r"(?<![\d.])(?!\d{4}-\d{2}-\d{2})(?:(?:\+|00)45[\s-]?)?(?:\d{2}[\s-]?){3}\d{2}(?![\d])"), "[phone]"),
)
# In an exception's text, quoted values are usually the input that failed ("Invalid isoformat
# string: 'Hemmelig Hansen'") and SQL parameters are rows' contents: neither belongs in a log.
_EXCEPTION_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\[parameters: .*?\](?=\n|$)", re.DOTALL), "[parameters: [redacted]]"),
    (re.compile(r"'(?:[^'\\\n]|\\.){1,2000}'"), "'[text]'"),
    (re.compile(r'"(?:[^"\\\n]|\\.){1,2000}"'), '"[text]"'),
)


def scrub_exception(text: str) -> str:
    """An exception's text without the quoted values and SQL parameters that carry user input."""
    lines = text.split("\n")
    # Keep the code lines of a traceback (they are ours, not user input); scrub everything else.
    for index, line in enumerate(lines):
        if line.startswith("  File ") or line.startswith("    "):
            continue
        for pattern, replacement in _EXCEPTION_PATTERNS:
            line = pattern.sub(replacement, line)
        lines[index] = line
    return "\n".join(lines)


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
            entry["exc"] = scrub_exception(self.formatException(record.exc_info))
            # A library that logs an error puts the exception's text in its message, too.
            entry["msg"] = scrub_exception(entry["msg"])
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
