"""Talking to the bot as Slack does: signed form posts over HTTP, written independently of the bot."""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import time
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode, urlsplit


def slack_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 request signature: HMAC-SHA256 of b'v0:' + timestamp + b':' + body."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Reply:
    """An HTTP answer from the bot, with how long it took."""

    status: int
    body: bytes
    seconds: float

    def json(self) -> Any:
        """The body as JSON."""
        return json.loads(self.body)

    @property
    def text(self) -> str:
        """Everything a user would read in the reply: text plus all text in its blocks."""
        data = self.json()
        return data.get("text", "") + "\n" + json.dumps(data.get("blocks", []), ensure_ascii=False)


def post(base_url: str, path: str, body: bytes, headers: dict[str, str], timeout: float = 10.0) -> Reply:
    """POST body to the server and time the round trip."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    started = time.perf_counter()
    try:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    return Reply(response.status, data, time.perf_counter() - started)


def get(base_url: str, path: str, timeout: float = 5.0) -> Reply:
    """GET a path from the server."""
    parts = urlsplit(base_url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
    started = time.perf_counter()
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        data = response.read()
    finally:
        conn.close()
    return Reply(response.status, data, time.perf_counter() - started)


def signed(secret: str, body: bytes, *, timestamp: int | None = None) -> dict[str, str]:
    """The headers Slack sends with a request body."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": slack_signature(secret, ts, body),
    }


def slash_command(text: str, *, team_id: str, user_id: str, response_url: str, command: str = "/partner") -> bytes:
    """A slash command body as Slack posts it."""
    return urlencode(
        {
            "token": "unused",
            "team_id": team_id,
            "team_domain": "library",
            "channel_id": "C0GENERAL",
            "channel_name": "general",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0PARTNERBOT",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": f"{time.time():.0f}.1.{uuid.uuid4().hex}",
        }
    ).encode()


def interactive(payload: dict[str, Any]) -> bytes:
    """An interactive payload body (button, view submission, shortcut) as Slack posts it."""
    return urlencode({"payload": json.dumps(payload)}).encode()
