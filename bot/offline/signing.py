"""Building requests as Slack sends them (signed bodies), for the console and the benchmarks."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from typing import Any
from urllib.parse import urlencode


def new_trigger_id() -> str:
    """A fresh trigger id in Slack's shape; each request Slack sends has its own."""
    return f"{int(time.time())}.{secrets.randbelow(10**12)}.{secrets.token_hex(16)}"


def signed_headers(
    secret: str, body: str, timestamp: int | None = None, *, content_type: str = "application/x-www-form-urlencoded"
) -> dict[str, str]:
    """Headers that carry Slack's v0 signature of body: HMAC-SHA256 over `v0:{timestamp}:{body}`."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "content-type": content_type,
        "x-slack-request-timestamp": ts,
        "x-slack-signature": f"v0={digest}",
    }


def command_body(
    *,
    text: str,
    team_id: str,
    user_id: str,
    response_url: str,
    command: str = "/partner",
    channel_id: str = "C0CONSOLE",
    trigger_id: str | None = None,
) -> str:
    """The form body of a slash command invocation."""
    return urlencode(
        {
            "token": "legacy-verification-token-unused",
            "team_id": team_id,
            "team_domain": "partner-library",
            "channel_id": channel_id,
            "channel_name": "partnerbot",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0PARTNERBOT",
            "response_url": response_url,
            "trigger_id": trigger_id or new_trigger_id(),
        }
    )


def interaction_body(payload: dict[str, Any]) -> str:
    """The form body of an interactive payload (button click, view submission, shortcut)."""
    return urlencode({"payload": json.dumps(payload)})


def event_body(event: dict[str, Any], *, team_id: str, event_id: str) -> str:
    """The JSON body of an Events API callback."""
    return json.dumps(
        {
            "token": "legacy-verification-token-unused",
            "team_id": team_id,
            "api_app_id": "A0PARTNERBOT",
            "event": event,
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
        }
    )
