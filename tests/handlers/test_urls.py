"""Only Slack's URLs are called."""

from __future__ import annotations

import pytest

from handlers.shared.urls import checked_url, is_slack_url

SLACK = "https://slack.com/api/"
FAKE = "http://127.0.0.1:4567/api/"


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.slack.com/commands/T1/1/abc",
        "https://hooks.slack.com:443/actions/T1/2/x",
        "HTTPS://Hooks.Slack.com/x",
    ],
)
def test_slacks_hooks_are_slacks(url: str) -> None:
    assert is_slack_url(url, SLACK) and is_slack_url(url, FAKE)


@pytest.mark.parametrize(
    "url",
    [
        "http://hooks.slack.com/commands/T1/1/abc",
        "https://hooks.slack.com.evil.example/x",
        "https://evil.example/hooks.slack.com/",
        "https://hooks.slack.com@evil.example/x",
        "https://hooks.slack.com:8443/x",
        "https://slack.com/api/chat.postMessage",
        "http://127.0.0.1:1/",
        "file:///etc/passwd",
        "https://hooks.slack.com/x\r\nHost: evil",
        "",
        None,
        ["https://hooks.slack.com/x"],
    ],
)
def test_anything_else_is_not(url: object) -> None:
    assert not is_slack_url(url, SLACK)


def test_a_fake_slack_is_slacks_only_on_its_exact_origin() -> None:
    assert is_slack_url("http://127.0.0.1:4567/response/cmd", FAKE)
    assert not is_slack_url("http://127.0.0.1:4568/response/cmd", FAKE)
    assert not is_slack_url("https://127.0.0.1:4567/response/cmd", FAKE)
    assert not is_slack_url("http://localhost:4567/response/cmd", FAKE)
    # With the real Slack API, slack.com itself is no response URL.
    assert not is_slack_url("https://slack.com/api/", SLACK)


def test_a_refused_url_is_logged_without_the_url(caplog: pytest.LogCaptureFixture) -> None:
    assert checked_url("http://127.0.0.1:1/steal", SLACK, where="modal") is None
    assert "refused a URL" in caplog.text and "127.0.0.1:1" not in caplog.text
    assert checked_url(None, SLACK, where="modal") is None
