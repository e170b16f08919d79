"""The checks every HTTP request passes before Bolt sees it.

Bolt parses the body and calls `int()` on the timestamp header before it checks the signature, so
a forged header or body reached code that failed with a 500 and a traceback. Here, in order:
the body is read once, bounded (Content-Length or chunked) -> 413; the signature headers must look
like Slack's and the signature must match within Slack's five minutes -> 401; a signed payload
must have the shape Slack gives it (actions a list of objects with string ids, view state values
nested objects, ...) -> 400. The install page, which writes an OAuth state for anyone who asks,
is rate-limited per client -> 429.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

# Slack's payloads are a few kilobytes; anything far larger is not from Slack.
MAX_BODY_BYTES = 1_000_000
# Slack refuses requests whose timestamp is more than five minutes off; so do we.
SIGNATURE_WINDOW_SECONDS = 300
_TIMESTAMP = re.compile(r"^[0-9]{1,12}$")
_SIGNATURE = re.compile(r"^v0=[0-9a-f]{64}$")


@dataclass(frozen=True)
class Refusal:
    """An answer given instead of passing the request on: HTTP status, a short reason, extra headers."""

    status: str
    reason: str
    headers: tuple[tuple[str, str], ...] = ()


TOO_LARGE = Refusal("413 Payload Too Large", "payload too large")
UNSIGNED = Refusal("401 Unauthorized", "invalid signature")
MALFORMED = Refusal("400 Bad Request", "malformed request")


def read_body(environ: dict[str, Any], limit: int = MAX_BODY_BYTES) -> bytes | Refusal:
    """The request body, read once and put back for Bolt with its exact length; a refusal if too large."""
    raw_length = str(environ.get("CONTENT_LENGTH") or "").strip()
    stream = environ.get("wsgi.input")
    if raw_length:
        if not raw_length.isdigit():
            return MALFORMED
        length = int(raw_length)
        if length > limit:
            return TOO_LARGE
        body = stream.read(length) if stream is not None and length else b""
    else:
        # No length: a chunked body (gunicorn de-chunks it) or none. Read one byte past the limit
        # to know whether it is too large without holding more than that.
        body = _read_up_to(stream, limit + 1) if stream is not None else b""
        if len(body) > limit:
            return TOO_LARGE
    environ["wsgi.input"] = io.BytesIO(body)
    environ["CONTENT_LENGTH"] = str(len(body))
    return body


def _read_up_to(stream: Any, limit: int) -> bytes:
    chunks, size = [], 0
    while size < limit:
        chunk = stream.read(min(65536, limit - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def verify_signature(environ: dict[str, Any], body: bytes, secret: str, now: float) -> Refusal | None:
    """None if the request carries Slack's signature for this body within five minutes; else 401."""
    timestamp = str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or "")
    signature = str(environ.get("HTTP_X_SLACK_SIGNATURE") or "")
    if not _TIMESTAMP.match(timestamp) or not _SIGNATURE.match(signature):
        return UNSIGNED
    if abs(now - int(timestamp)) > SIGNATURE_WINDOW_SECONDS:
        return UNSIGNED
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()
    return None if hmac.compare_digest(expected, signature) else UNSIGNED


# ----- the shape of a signed payload ----------------------------------------------------------


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _optional(payload: dict[str, Any], key: str, check: Callable[[Any], bool]) -> bool:
    return key not in payload or payload[key] is None or check(payload[key])


def _action_ok(action: Any) -> bool:
    if not isinstance(action, dict) or not _is_str(action.get("action_id")):
        return False
    return all(
        _optional(action, key, check)
        for key, check in (
            ("block_id", _is_str),
            ("value", _is_str),
            ("type", _is_str),
            ("selected_option", lambda v: isinstance(v, dict)),
            ("selected_options", lambda v: isinstance(v, list)),
            ("selected_date", _is_str),
            ("selected_time", _is_str),
            ("selected_date_time", lambda v: isinstance(v, int)),
            ("selected_user", _is_str),
            ("selected_channel", _is_str),
            ("selected_conversation", _is_str),
        )
    )


def _values_ok(values: Any) -> bool:
    # view.state.values: {block_id: {action_id: {type, value | selected_* ...}}}
    if not isinstance(values, dict):
        return False
    for block in values.values():
        if not isinstance(block, dict):
            return False
        for element in block.values():
            if not isinstance(element, dict):
                return False
    return True


def _view_ok(view: Any) -> bool:
    if not isinstance(view, dict):
        return False
    state = view.get("state")
    if state is not None and (not isinstance(state, dict) or not _optional(state, "values", _values_ok)):
        return False
    return all(_optional(view, key, _is_str) for key in ("private_metadata", "callback_id", "id", "hash", "type"))


def _object(value: Any) -> bool:
    return isinstance(value, dict)


FOREIGN_URL = "response_url not Slack's"


def _any_url(payload: dict[str, Any]) -> list[Any]:
    urls = [payload.get("response_url")]
    urls += [entry.get("response_url") for entry in payload.get("response_urls") or [] if isinstance(entry, dict)]
    return [url for url in urls if url not in (None, "")]


def interactive_problem(payload: Any, url_ok: Callable[[Any], bool] = lambda url: True) -> str | None:
    """Why an interactive payload does not have Slack's shape (or names a URL not Slack's), or None."""
    if not isinstance(payload, dict) or not _is_str(payload.get("type")):
        return "payload"
    for key in ("user", "team", "channel", "message", "container", "enterprise"):
        if not _optional(payload, key, _object):
            return key
    for key in ("response_url", "trigger_id", "callback_id", "api_app_id", "token"):
        if not _optional(payload, key, _is_str):
            return key
    if not _optional(payload, "response_urls", lambda v: isinstance(v, list) and all(map(_object, v))):
        return "response_urls"
    if "actions" in payload or payload["type"] == "block_actions":
        actions = payload.get("actions")
        if not isinstance(actions, list) or not actions or not all(map(_action_ok, actions)):
            return "actions"
    if not _optional(payload, "view", _view_ok):
        return "view"
    # Slack always says what kind of view was submitted or closed; Bolt reads it before any listener.
    if payload["type"] in ("view_submission", "view_closed") and not (
        isinstance(payload.get("view"), dict) and _is_str(payload["view"].get("type"))
    ):
        return "view"
    if not all(map(url_ok, _any_url(payload))):
        return FOREIGN_URL
    return None


def event_problem(payload: Any) -> str | None:
    """Why an Events API body does not have Slack's shape, or None if it does."""
    if not isinstance(payload, dict) or not _is_str(payload.get("type")):
        return "payload"
    if not _optional(payload, "event", lambda e: isinstance(e, dict) and _optional(e, "type", _is_str)):
        return "event"
    for key in ("team_id", "event_id", "api_app_id", "challenge"):
        if not _optional(payload, key, _is_str):
            return key
    return None


def payload_problem(body: bytes, content_type: str, url_ok: Callable[[Any], bool] = lambda url: True) -> str | None:
    """Why a signed body is not something Slack sends, or None; url_ok says which response URLs are Slack's."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return "encoding"
    if "application/json" in content_type:
        try:
            return event_problem(json.loads(text))
        except ValueError:
            return "json"
    form = parse_qs(text, keep_blank_values=True)
    if "payload" in form:
        try:
            return interactive_problem(json.loads(form["payload"][0]), url_ok)
        except ValueError:
            return "json"
    if not all(map(url_ok, [u for u in form.get("response_url", []) if u])):
        return FOREIGN_URL
    return None


# ----- the install page -------------------------------------------------------------------------


class RateLimiter:
    """At most `per_client` hits per client and `overall` hits in all per `window` seconds (per process)."""

    def __init__(
        self, per_client: int, overall: int, window: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_client, self.overall, self.window, self.clock = per_client, overall, window, clock
        self._hits: dict[str, deque[float]] = {}
        self._all: deque[float] = deque()
        self._lock = threading.Lock()

    def allow(self, client: str) -> bool:
        """Count a hit for client; False (and not counted) when it is over either limit."""
        now = self.clock()
        with self._lock:
            cutoff = now - self.window
            while self._all and self._all[0] <= cutoff:
                self._all.popleft()
            hits = self._hits.get(client)
            if hits is not None:
                while hits and hits[0] <= cutoff:
                    hits.popleft()
                if not hits:
                    del self._hits[client]
                    hits = None
            if len(self._all) >= self.overall or (hits is not None and len(hits) >= self.per_client):
                return False
            self._hits.setdefault(client, deque()).append(now)
            self._all.append(now)
            return True


def client_of(environ: dict[str, Any]) -> str:
    """Who is asking: the address the platform's proxy saw (the last X-Forwarded-For hop), else the peer."""
    forwarded = str(environ.get("HTTP_X_FORWARDED_FOR") or "")
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return (hops[-1] if hops else str(environ.get("REMOTE_ADDR") or "?"))[:64]


# ----- user text on the way in ------------------------------------------------------------------

# C0 controls but tab, newline and carriage return; DEL; C1 controls; lone surrogates (JSON can
# carry them, PostgreSQL refuses them and NUL, SQLite would store them): none is text anyone typed.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_MAX_DEPTH = 30


def clean_text(value: str) -> str:
    """value without NUL and other control characters, so both databases store the same text."""
    return _CONTROLS.sub("", value)


def clean_payload(value: Any, depth: int = 0) -> Any:
    """Every string in a payload cleaned in place (dicts and lists are changed, not copied)."""
    if isinstance(value, str):
        return clean_text(value)
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, dict):
        for key, item in list(value.items()):
            value[key] = clean_payload(item, depth + 1)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            value[index] = clean_payload(item, depth + 1)
    return value
