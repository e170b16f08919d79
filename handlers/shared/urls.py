"""Which URLs the bot may call with what it knows: Slack's, and nothing a payload makes up.

A `response_url` (and the one the log modal keeps in `private_metadata`) is Slack's when it is
`https://hooks.slack.com/...`. When SLACK_API_URL points somewhere other than slack.com (the
fake Slack of the tests and the console), URLs on exactly that scheme, host and port are Slack's
too. Anything else is refused: the caller logs it and answers another way.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

SLACK_HOOKS = ("https", "hooks.slack.com", 443)
_SLACK_API_HOSTS = frozenset({"slack.com", "www.slack.com"})


def _origin(url: str) -> tuple[str, str, int] | None:
    if not url or len(url) > 2000 or any(ch.isspace() or ord(ch) < 32 or ch in "\\@" for ch in url):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host:
        return None
    return scheme, host, port if port is not None else (443 if scheme == "https" else 80)


def is_slack_url(url: object, api_url: str) -> bool:
    """True for Slack's hooks (https://hooks.slack.com/...), or the origin of a fake Slack in api_url."""
    if not isinstance(url, str):
        return False
    origin = _origin(url)
    if origin is None:
        return False
    if origin == SLACK_HOOKS:
        return True
    fake = _origin(api_url)
    return fake is not None and fake[1] not in _SLACK_API_HOSTS and origin == fake


def checked_url(url: object, api_url: str, *, where: str) -> str | None:
    """url if it is Slack's; otherwise None, and a warning that names where it came from (never the URL)."""
    if url in (None, ""):
        return None
    if is_slack_url(url, api_url):
        return str(url)
    log.warning("refused a URL that is not Slack's", extra={"where": where})
    return None
