"""Settings read from the environment (and a `.env` file), validated once at start-up."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from storage.urls import normalize_database_url

SLACK_API_DEFAULT = "https://slack.com/api/"
# The bot scopes the app asks for when it is installed; manifest.yml lists the same.
BOT_SCOPES = ("commands", "chat:write", "im:write", "im:history", "users:read", "files:write", "groups:read")
DATA_DIR_DEFAULT = Path("data")


class SettingsError(Exception):
    """A setting is missing or malformed; the message is one line that says how to fix it."""


@dataclass(frozen=True)
class Settings:
    """Everything the process needs to know about its environment."""

    slack_bot_token: str | None = None
    slack_signing_secret: str | None = None
    slack_app_token: str | None = None
    slack_client_id: str | None = None
    slack_client_secret: str | None = None
    slack_scopes: tuple[str, ...] = BOT_SCOPES
    slack_api_url: str = SLACK_API_DEFAULT
    database_url: str = f"sqlite:///{DATA_DIR_DEFAULT / 'partnerbot.sqlite3'}"
    port: int = 3000
    default_timezone: str = "Europe/Copenhagen"
    default_language: str = "da"
    digest_time: time = time(8, 30)
    reminder_lead_minutes: int = 15
    web_concurrency: int = 1
    web_threads: int = 8
    run_scheduler: bool = True
    clock_tick_seconds: int = 20
    # App Homes a change concerns are redrawn this long after it, once however many changes came in
    # between. A process reads HOME_REDRAW_MS (default 1000); settings built in code (the console,
    # in-process tests) redraw at once, so nothing is left running after them.
    home_redraw_ms: int = 0
    data_retention_days: int = 30
    privacy_admins: frozenset[str] = frozenset()
    log_level: str = "INFO"

    @property
    def oauth_enabled(self) -> bool:
        """True when the app installs to workspaces with OAuth (a token per workspace)."""
        return bool(self.slack_client_id and self.slack_client_secret)

    @property
    def has_slack_credentials(self) -> bool:
        """True when any Slack credential is configured, so the bot should talk to Slack."""
        return bool(self.slack_bot_token or self.slack_signing_secret or self.slack_app_token or self.oauth_enabled)

    @property
    def mode(self) -> str:
        """The transport `python -m bot` picks: socket, http or console."""
        if self.slack_app_token:
            return "socket"
        if self.has_slack_credentials:
            return "http"
        return "console"

    @property
    def is_sqlite(self) -> bool:
        """True when the database is the embedded SQLite default (or another SQLite file)."""
        return self.database_url.startswith("sqlite")

    def with_overrides(self, **changes: object) -> Settings:
        """A copy with some fields replaced, for tests and the console."""
        # replace() checks the names at run time; its stub cannot type a **kwargs of mixed fields.
        return replace(self, **changes)  # type: ignore[arg-type]

    def require_http(self) -> None:
        """Stop unless the settings the HTTP transport needs are present."""
        if not self.slack_signing_secret:
            raise SettingsError(
                "SLACK_SIGNING_SECRET is not set: copy it from your Slack app's "
                "Basic Information > App Credentials page (HTTP mode verifies every request with it)."
            )
        if bool(self.slack_client_id) != bool(self.slack_client_secret):
            missing = "SLACK_CLIENT_SECRET" if self.slack_client_id else "SLACK_CLIENT_ID"
            raise SettingsError(
                f"{missing} is not set: OAuth installs need both the client id and the client secret "
                "(Basic Information > App Credentials)."
            )
        if not self.slack_bot_token and not self.oauth_enabled:
            raise SettingsError(
                "SLACK_BOT_TOKEN is not set: install the app to your workspace and copy the "
                "xoxb- token from OAuth & Permissions (or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET "
                "to install it to workspaces with OAuth)."
            )

    def require_socket(self) -> None:
        """Stop unless the settings Socket Mode needs are present."""
        if not self.slack_bot_token:
            raise SettingsError(
                "SLACK_BOT_TOKEN is not set: Socket Mode needs the xoxb- bot token as well as "
                "SLACK_APP_TOKEN (OAuth & Permissions in your Slack app)."
            )


def _clean(environ: Mapping[str, str], name: str) -> str | None:
    value = environ.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def _token(environ: Mapping[str, str], name: str, prefix: str, where: str) -> str | None:
    value = _clean(environ, name)
    if value is not None and not value.startswith(prefix):
        raise SettingsError(f"{name} must start with '{prefix}': copy it from {where}.")
    return value


def _port(environ: Mapping[str, str]) -> int:
    raw = _clean(environ, "PORT")
    if raw is None:
        return 3000
    if not raw.isdigit() or not 0 < int(raw) < 65536:
        raise SettingsError(f"PORT must be a number from 1 to 65535, not {raw!r}.")
    return int(raw)


def _positive_int(environ: Mapping[str, str], name: str, default: int, upper: int, *, lowest: int = 1) -> int:
    raw = _clean(environ, name)
    if raw is None:
        return default
    if not raw.isdigit() or not lowest <= int(raw) <= upper:
        raise SettingsError(f"{name} must be a whole number from {lowest} to {upper}, not {raw!r}.")
    return int(raw)


def _timezone(environ: Mapping[str, str]) -> str:
    raw = _clean(environ, "DEFAULT_TIMEZONE") or "Europe/Copenhagen"
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(
            f"DEFAULT_TIMEZONE must be an IANA time zone such as Europe/Copenhagen, not {raw!r}."
        ) from None
    return raw


def _digest_time(environ: Mapping[str, str]) -> time:
    raw = _clean(environ, "DIGEST_TIME") or "08:30"
    match = re.fullmatch(r"([01]?\d|2[0-3])[:.]([0-5]\d)", raw)
    if not match:
        raise SettingsError(f"DIGEST_TIME must be a time of day as HH:MM, such as 08:30, not {raw!r}.")
    return time(int(match.group(1)), int(match.group(2)))


def _api_url(environ: Mapping[str, str]) -> str:
    raw = _clean(environ, "SLACK_API_URL") or SLACK_API_DEFAULT
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise SettingsError(f"SLACK_API_URL must be an http(s) URL such as {SLACK_API_DEFAULT}, not {raw!r}.")
    return raw if raw.endswith("/") else raw + "/"


def _database_url(environ: Mapping[str, str]) -> str:
    raw = _clean(environ, "DATABASE_URL")
    if raw is None:
        return Settings.database_url
    url = normalize_database_url(raw)
    if not (url.startswith("sqlite:///") or url.startswith("postgresql+psycopg://")):
        raise SettingsError(
            "DATABASE_URL must be a sqlite:///path or postgres(ql):// URL; "
            f"the scheme {raw.split(':', 1)[0]!r} is not supported."
        )
    return url


def _bool(environ: Mapping[str, str], name: str, default: bool) -> bool:
    raw = _clean(environ, name)
    if raw is None:
        return default
    if raw.lower() in ("1", "true", "yes", "on"):
        return True
    if raw.lower() in ("0", "false", "no", "off"):
        return False
    raise SettingsError(f"{name} must be true or false, not {raw!r}.")


def _language(environ: Mapping[str, str]) -> str:
    raw = (_clean(environ, "DEFAULT_LANGUAGE") or "da").lower()
    if raw not in ("da", "en"):
        raise SettingsError(f"DEFAULT_LANGUAGE must be da or en, not {raw!r}.")
    return raw


def load_settings(environ: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
    """Read and validate settings; a `.env` file in the working directory fills in what is unset."""
    if environ is None:
        if dotenv:
            from dotenv import dotenv_values

            file_values = {k: v for k, v in dotenv_values(".env").items() if v is not None}
            environ = {**file_values, **os.environ}
        else:
            environ = dict(os.environ)
    return Settings(
        slack_bot_token=_token(environ, "SLACK_BOT_TOKEN", "xoxb-", "OAuth & Permissions in your Slack app"),
        slack_signing_secret=_clean(environ, "SLACK_SIGNING_SECRET"),
        slack_app_token=_token(environ, "SLACK_APP_TOKEN", "xapp-", "Basic Information > App-Level Tokens"),
        slack_client_id=_clean(environ, "SLACK_CLIENT_ID"),
        slack_client_secret=_clean(environ, "SLACK_CLIENT_SECRET"),
        slack_api_url=_api_url(environ),
        database_url=_database_url(environ),
        port=_port(environ),
        default_timezone=_timezone(environ),
        default_language=_language(environ),
        digest_time=_digest_time(environ),
        reminder_lead_minutes=_positive_int(environ, "REMINDER_LEAD_MINUTES", 15, 24 * 60),
        web_concurrency=_positive_int(environ, "WEB_CONCURRENCY", 1, 64),
        web_threads=_positive_int(environ, "WEB_THREADS", 8, 256),
        run_scheduler=_bool(environ, "RUN_SCHEDULER", True),
        clock_tick_seconds=_positive_int(environ, "CLOCK_TICK_SECONDS", 20, 3600),
        home_redraw_ms=_positive_int(environ, "HOME_REDRAW_MS", 1000, 60_000, lowest=0),
        data_retention_days=_positive_int(environ, "DATA_RETENTION_DAYS", 30, 3650),
        privacy_admins=frozenset(u.strip() for u in (_clean(environ, "PRIVACY_ADMINS") or "").split(",") if u.strip()),
        log_level=(_clean(environ, "LOG_LEVEL") or "INFO").upper(),
    )
