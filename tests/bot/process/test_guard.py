"""The checks before Bolt: bounded bodies, Slack's signature headers, Slack's payload shapes, the install rate."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.process.guard import (
    MALFORMED,
    TOO_LARGE,
    UNSIGNED,
    RateLimiter,
    client_of,
    interactive_problem,
    payload_problem,
    read_body,
    verify_signature,
)

SECRET = "guard-secret"
NOW = 1_796_039_570


def signed_environ(body: bytes, *, timestamp: str | None = None, signature: str | None = None) -> dict[str, Any]:
    ts = timestamp if timestamp is not None else str(NOW)
    sig = (
        signature
        if signature is not None
        else ("v0=" + hmac.new(SECRET.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest())
    )
    return {"HTTP_X_SLACK_REQUEST_TIMESTAMP": ts, "HTTP_X_SLACK_SIGNATURE": sig}


def test_a_correct_signature_passes() -> None:
    assert verify_signature(signed_environ(b"x=1"), b"x=1", SECRET, NOW + 10) is None


@pytest.mark.parametrize(
    "timestamp, signature",
    [
        ("abc", "v0=" + "0" * 64),
        ("1796039570.5", "v0=" + "0" * 64),
        ("-1796039570", "v0=" + "0" * 64),
        ("1" * 40, "v0=" + "0" * 64),
        ("", "v0=" + "0" * 64),
        (str(NOW), "v0=0"),
        (str(NOW), "v1=" + "0" * 64),
        (str(NOW), ""),
        (str(NOW), "v0=" + "g" * 64),
    ],
)
def test_malformed_signature_headers_are_unsigned(timestamp: str, signature: str) -> None:
    assert (
        verify_signature(signed_environ(b"x=1", timestamp=timestamp, signature=signature), b"x=1", SECRET, NOW)
        is UNSIGNED
    )


def test_stale_tampered_and_foreign_signatures_are_unsigned() -> None:
    environ = signed_environ(b"x=1")
    assert verify_signature(environ, b"x=1", SECRET, NOW + 301) is UNSIGNED
    assert verify_signature(environ, b"x=1", SECRET, NOW - 301) is UNSIGNED
    assert verify_signature(environ, b"x=2", SECRET, NOW) is UNSIGNED
    assert verify_signature(environ, b"x=1", "another-secret", NOW) is UNSIGNED


class Trickle(io.RawIOBase):
    """A de-chunked body that arrives in small reads and has no Content-Length."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, size: int = -1) -> bytes:
        size = 1000 if size < 0 else min(size, 1000)
        chunk, self.data = self.data[:size], self.data[size:]
        return chunk


def test_bodies_are_read_once_bounded_and_put_back_with_their_length() -> None:
    environ: dict[str, Any] = {"CONTENT_LENGTH": "5", "wsgi.input": io.BytesIO(b"hello")}
    assert read_body(environ) == b"hello"
    assert environ["wsgi.input"].read() == b"hello" and environ["CONTENT_LENGTH"] == "5"
    chunked: dict[str, Any] = {"wsgi.input": Trickle(b"a" * 2500)}
    assert read_body(chunked, limit=3000) == b"a" * 2500 and chunked["CONTENT_LENGTH"] == "2500"
    assert read_body({"wsgi.input": Trickle(b"a" * 3001)}, limit=3000) is TOO_LARGE
    assert read_body({"CONTENT_LENGTH": "3001", "wsgi.input": io.BytesIO(b"")}, limit=3000) is TOO_LARGE
    assert read_body({"CONTENT_LENGTH": "12abc", "wsgi.input": io.BytesIO(b"")}) is MALFORMED


def block_actions(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "team": {"id": "T1"},
        "trigger_id": "1.2.abc",
        "response_url": "https://hooks.slack.com/actions/T1/1/x",
        "actions": [{"action_id": "a", "block_id": "b", "value": "1", "type": "button"}],
    }
    payload.update(changes)
    return payload


def test_slacks_own_shapes_pass() -> None:
    assert interactive_problem(block_actions()) is None
    view = {
        "id": "V1",
        "type": "modal",
        "callback_id": "c",
        "private_metadata": "{}",
        "state": {"values": {"b": {"a": {"type": "plain_text_input", "value": "x"}}}},
    }
    assert (
        interactive_problem({"type": "view_submission", "user": {"id": "U1"}, "view": view, "response_urls": []})
        is None
    )
    assert (
        interactive_problem({"type": "shortcut", "callback_id": "x", "trigger_id": "t", "user": {"id": "U1"}}) is None
    )
    assert (
        payload_problem(
            urlencode({"command": "/partner", "text": "help"}).encode(), "application/x-www-form-urlencoded"
        )
        is None
    )
    assert (
        payload_problem(
            json.dumps({"type": "event_callback", "event": {"type": "app_home_opened"}}).encode(), "application/json"
        )
        is None
    )


@pytest.mark.parametrize(
    "payload",
    [
        block_actions(actions="approve"),
        block_actions(actions=[]),
        block_actions(actions=7),
        block_actions(actions=[{"action_id": 12, "value": "1"}]),
        block_actions(actions=[{"action_id": "a", "value": {"id": 1}}]),
        block_actions(actions=["a"]),
        block_actions(user="U1"),
        block_actions(response_url=["https://hooks.slack.com/x"]),
        {"type": "view_submission", "view": {"state": {"values": [["b", "a"]]}}},
        {"type": "view_submission", "view": {"state": {"values": {"b": ["a"]}}}},
        {"type": "view_submission", "view": {"private_metadata": {"response_url": "x"}}},
        {"type": "view_submission", "view": "V1"},
        {"type": "view_submission", "view": {"id": "V1", "callback_id": "c"}},
        {"type": "view_closed", "view": {"id": "V1", "type": 3}},
        {"type": 5},
        ["block_actions"],
    ],
)
def test_signed_but_malformed_interactive_payloads_are_named(payload: Any) -> None:
    body = urlencode({"payload": json.dumps(payload)}).encode()
    assert payload_problem(body, "application/x-www-form-urlencoded") is not None


@pytest.mark.parametrize(
    "body, content_type",
    [
        (b"payload=%7Bnot json", "application/x-www-form-urlencoded"),
        (b"\xff\xfe", "application/x-www-form-urlencoded"),
        (b"[1, 2]", "application/json"),
        (b'{"type": "event_callback", "event": "app_home_opened"}', "application/json"),
        (b'{"type": "event_callback", "team_id": 5}', "application/json"),
    ],
)
def test_malformed_bodies_are_named(body: bytes, content_type: str) -> None:
    assert payload_problem(body, content_type) is not None


def test_the_install_rate_is_bounded_per_client_and_overall() -> None:
    now = [0.0]
    limiter = RateLimiter(per_client=3, overall=5, window=60, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    assert [limiter.allow("b") for _ in range(3)] == [True, True, False]  # five in all
    now[0] = 61
    assert limiter.allow("a") and limiter.allow("b")


def test_the_client_is_the_last_proxy_hop_not_what_the_sender_claims() -> None:
    assert client_of({"HTTP_X_FORWARDED_FOR": "1.1.1.1, 10.0.0.7", "REMOTE_ADDR": "10.0.0.1"}) == "10.0.0.7"
    assert client_of({"REMOTE_ADDR": "127.0.0.1"}) == "127.0.0.1"
