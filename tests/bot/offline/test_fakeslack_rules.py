"""The fake Slack answers as Slack does when a payload breaks Slack's rules, and keeps it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.webhook import WebhookClient

from bot.offline.fakeslack import Call, FakeSlack

pytest_plugins = ["pytester"]
ROOT = Path(__file__).resolve().parents[3]

TOKEN = "xoxb-rules"
DUPLICATE = [
    {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": "pick",
                "text": {"type": "plain_text", "text": "A"},
                "value": "1",
            },
            {
                "type": "button",
                "action_id": "pick",
                "text": {"type": "plain_text", "text": "B"},
                "value": "2",
            },
        ],
    }
]


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    with FakeSlack(bot_token=TOKEN) as running:
        yield running


@pytest.mark.slack_refusals
def test_a_refused_message_is_answered_as_slack_answers_and_kept_out_of_calls(
    fake: FakeSlack,
) -> None:
    client = WebClient(token=TOKEN, base_url=fake.api_url)
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="U0ANNA", text="Which partner?", blocks=DUPLICATE)
    answer = raised.value.response.data
    assert answer["ok"] is False and answer["error"] == "invalid_blocks"
    assert answer["response_metadata"]["messages"] == [
        "[ERROR] duplicate action_id: pick [json-pointer:/blocks/0/elements/1/action_id]"
    ]
    assert fake.calls_to("chat.postMessage") == [] and fake.messages == {}
    [refusal] = fake.refused
    assert refusal.method == "chat.postMessage" and refusal.error == "invalid_blocks"
    assert "action_id 'pick' is used by 2 elements" in refusal.reason
    # The same message within the rules is posted.
    one_button = [{**DUPLICATE[0], "elements": DUPLICATE[0]["elements"][:1]}]
    client.chat_postMessage(channel="U0ANNA", text="Which partner?", blocks=one_button)
    assert len(fake.calls_to("chat.postMessage")) == 1 and len(fake.refused) == 1


@pytest.mark.slack_refusals
@pytest.mark.parametrize(
    "method",
    [
        "chat.postEphemeral",
        "chat.update",
        "views.open",
        "views.push",
        "views.update",
        "views.publish",
    ],
)
def test_every_method_that_takes_blocks_or_a_view_checks_them(fake: FakeSlack, method: str) -> None:
    client = WebClient(token=TOKEN, base_url=fake.api_url)
    if method.startswith("views."):
        kind = "home" if method == "views.publish" else "modal"
        view = {"type": kind, "title": {"type": "plain_text", "text": "Log"}, "blocks": DUPLICATE}
        args = {"view": view, "user_id": "U0ANNA", "trigger_id": "1.2.3", "view_id": "V1"}
        expected = "invalid_arguments"
    else:
        args = {"channel": "C1", "user": "U0ANNA", "ts": "1.2", "text": "x", "blocks": DUPLICATE}
        expected = "invalid_blocks"
    with pytest.raises(SlackApiError) as raised:
        client.api_call(method, json=args)
    assert raised.value.response["error"] == expected
    assert [r.method for r in fake.refused] == [method]


@pytest.mark.slack_refusals
def test_a_refused_response_url_post_gets_a_400_with_the_error_code(fake: FakeSlack) -> None:
    response = WebhookClient(fake.response_url("cmd")).send(text="Which partner?", blocks=DUPLICATE)
    assert (response.status_code, response.body) == (400, "invalid_blocks")
    assert fake.calls_to("response_url:cmd") == []
    assert [(r.method, r.error) for r in fake.refused] == [("response_url:cmd", "invalid_blocks")]
    ok = WebhookClient(fake.response_url("cmd")).send(text="Danske Bank Greve", replace_original=True)
    assert ok.status_code == 200 and len(fake.calls_to("response_url:cmd")) == 1


@pytest.mark.slack_refusals
def test_an_acknowledgement_is_checked_and_a_refused_one_recorded(fake: FakeSlack) -> None:
    assert fake.check_ack(b"", kind="command").ok
    assert fake.check_ack(json.dumps({"text": "Saved"}), kind="command").ok
    verdict = fake.check_ack(json.dumps({"text": "Which?", "blocks": DUPLICATE}), kind="command")
    assert verdict.error == "invalid_blocks"
    assert [r.method for r in fake.refused] == ["ack:command"]


def test_blocks_without_text_are_posted_with_slacks_warning(fake: FakeSlack) -> None:
    client = WebClient(token=TOKEN, base_url=fake.api_url)
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "Hi"}}]
    with pytest.warns(UserWarning, match="text"):  # slack_sdk warns on the client side as well
        answer = client.chat_postMessage(channel="U0ANNA", blocks=blocks)
    assert answer["ok"] is True and answer["response_metadata"]["warnings"] == [
        "missing_text_or_fallback_or_attachments"
    ]
    assert fake.warnings == [("chat.postMessage", "missing_text_or_fallback_or_attachments")]
    assert fake.refused == []


@pytest.mark.slack_refusals
def test_listeners_hear_a_refusal(fake: FakeSlack) -> None:
    heard: list[Call] = []
    fake.listeners.append(heard.append)
    client = WebClient(token=TOKEN, base_url=fake.api_url)
    with pytest.raises(SlackApiError):
        client.views_open(
            trigger_id="1.2.3",
            view={"type": "modal", "title": {"type": "plain_text", "text": "x" * 25}, "blocks": []},
        )
    assert [(c.method, c.refusal.error if c.refusal else None) for c in heard] == [("views.open", "invalid_arguments")]


TEST_THAT_POSTS_A_REFUSED_MESSAGE = """
from slack_sdk import WebClient
from bot.offline.fakeslack import FakeSlack

def test_posts():
    with FakeSlack(bot_token="xoxb-x") as fake:
        client = WebClient(token="xoxb-x", base_url=fake.api_url)
        try:
            header = {"type": "header", "text": {"type": "mrkdwn", "text": "*x*"}}
            client.chat_postMessage(channel="C1", text="t", blocks=[header])
        except Exception:
            pass  # a bot that swallows the error still fails the test
"""


@pytest.mark.slack_refusals  # the inner test's refusal happens in this process too
def test_a_test_during_which_slack_would_refuse_something_fails(pytester: pytest.Pytester) -> None:
    pytester.makeconftest((ROOT / "tests" / "conftest.py").read_text())
    pytester.makepyfile(TEST_THAT_POSTS_A_REFUSED_MESSAGE)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*Slack would refuse:*",
            "*chat.postMessage: invalid_blocks*",
            "*header text must be plain_text*",
        ]
    )
