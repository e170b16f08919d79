"""Questions asked of Slack before the ack, against the fake Slack over HTTP: answers, scopes, failures."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from slack_sdk import WebClient

from bot.domain.people import Actor
from bot.domain.services import Services
from bot.offline.fakeslack import FakeChannel, FakeSlack, FakeUser, Fault
from bot.settings import BOT_SCOPES, Settings
from handlers.shared.slack_checks import ChannelPrivacy, channel_privacy, is_admin
from storage.scope import Workspace

TOKEN = "xoxb-checks"


@pytest.fixture
def fake() -> Iterator[FakeSlack]:
    users = [
        FakeUser("U0ANNA", "Anna"),
        FakeUser("U0ADA", "Ada", is_admin=True),
        FakeUser("U0OLE", "Ole", is_owner=True),
    ]
    with FakeSlack(bot_token=TOKEN, users=users) as slack:
        slack.scopes = set(BOT_SCOPES)
        for channel in (
            FakeChannel("G0PRIV", "styregruppe", is_private=True),
            FakeChannel("C0PUB", "kampagne"),
            FakeChannel("G0CONNECT", "med-forlaget", is_private=True, is_ext_shared=True, is_shared=True),
            FakeChannel("G0PENDING", "inviteret", is_private=True, is_pending_ext_shared=True),
            FakeChannel("G0ORG", "koncern", is_private=True, is_org_shared=True, is_shared=True),
            FakeChannel("G0NOTIN", "uden-bot", is_private=True, bot_is_member=False),
        ):
            slack.add_channel(channel)
        yield slack


def client_for(fake: FakeSlack) -> WebClient:
    return WebClient(token=TOKEN, base_url=fake.api_url)


@pytest.mark.parametrize(
    ("channel", "expected"),
    [
        ("G0PRIV", ChannelPrivacy.CLOSED),
        ("C0PUB", ChannelPrivacy.OPEN),
        ("G0CONNECT", ChannelPrivacy.OPEN),
        ("G0PENDING", ChannelPrivacy.OPEN),
        ("G0ORG", ChannelPrivacy.OPEN),
        ("G0NOTIN", ChannelPrivacy.OPEN),
        ("C0NOSUCH", ChannelPrivacy.OPEN),
    ],
)
def test_only_a_private_unshared_channel_is_closed(fake: FakeSlack, channel: str, expected: ChannelPrivacy) -> None:
    assert channel_privacy(client_for(fake), channel) is expected


def test_the_public_channel_is_answered_by_missing_scope_with_the_apps_scopes(fake: FakeSlack) -> None:
    client = client_for(fake)
    with pytest.raises(Exception) as refused:
        client.conversations_info(channel="C0PUB")
    assert "missing_scope" in str(refused.value)


def test_a_failing_slack_is_unknown_after_one_quick_try(fake: FakeSlack) -> None:
    fake.fail("conversations.info", Fault(status=500, times=5))
    started = time.perf_counter()
    assert channel_privacy(client_for(fake), "G0PRIV") is ChannelPrivacy.UNKNOWN
    assert time.perf_counter() - started < 1.5
    assert len(fake.calls_to("conversations.info")) == 1  # no retry before the ack


def services(admins: frozenset[str] = frozenset()) -> Services:
    return Services(settings=Settings(privacy_admins=admins), engine=None, session_factory=None)  # type: ignore[arg-type]


def actor(user_id: str) -> Actor:
    return Actor(Workspace("T0PARTNER"), user_id, "da", "Europe/Copenhagen")


def test_admins_and_owners_are_admins_members_are_not(fake: FakeSlack) -> None:
    client = client_for(fake)
    assert is_admin(services(), client, actor("U0ADA"))
    assert is_admin(services(), client, actor("U0OLE"))
    assert not is_admin(services(), client, actor("U0ANNA"))
    assert not is_admin(services(), client, actor("U0NOBODY"))
    assert is_admin(services(frozenset({"U0ANNA"})), client, actor("U0ANNA"))


def test_a_failing_users_info_is_no_admin_after_one_quick_try(fake: FakeSlack) -> None:
    fake.fail("users.info", Fault(status=500, times=5))
    started = time.perf_counter()
    assert not is_admin(services(), client_for(fake), actor("U0ADA"))
    assert time.perf_counter() - started < 1.5
    assert len(fake.calls_to("users.info")) == 1
