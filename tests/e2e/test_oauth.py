"""Installing with OAuth: two workspaces, token rotation, uninstall (real server, fake Slack)."""

from __future__ import annotations

import http.client
import json
import re
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from sqlalchemy import func, select

from bot.offline.fakeslack import FakeSlack, FakeUser, OAuthGrant
from storage.models import Partner, Pledge, WorkspaceRecord
from storage.slack_tables import bots
from tests.e2e import wire
from tests.e2e.conftest import Server, start_server, stop_server

pytestmark = pytest.mark.e2e

OAUTH_ENV = {"SLACK_BOT_TOKEN": "", "SLACK_CLIENT_ID": "1111.2222", "SLACK_CLIENT_SECRET": "oauth-client-secret"}
LIB_A, LIB_B = "T0LIBA", "T0LIBB"


def _get(server: Server, path: str, cookie: str | None = None) -> tuple[int, str, dict[str, str]]:
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = conn.getresponse()
        return response.status, response.read().decode(), {k.lower(): v for k, v in response.getheaders()}
    finally:
        conn.close()


def install(server: Server, team_id: str, *, expires_in: int | None = None) -> None:
    """Go through /slack/install and /slack/oauth_redirect as a browser and Slack would."""
    status, page, headers = _get(server, "/slack/install")
    assert status == 200
    state = re.search(r"state=([\w-]+)", page).group(1)
    cookie = headers["set-cookie"].split(";", 1)[0]
    code = f"code-{team_id}-{time.time_ns()}"
    server.fake.grant(code, OAuthGrant(team_id, f"Library {team_id}", f"U0ADMIN{team_id[-1]}", expires_in=expires_in))
    status, page, _ = _get(server, f"/slack/oauth_redirect?code={code}&state={state}", cookie)
    assert status == 200, page


@pytest.fixture
def oauth_server(migrated_db_url: str) -> Iterator[Server]:
    users = [FakeUser("U0ANNA", "Anna", locale="da-DK"), FakeUser("U0BEN", "Ben", locale="en-GB")]
    with FakeSlack(team_id=LIB_A, users=users) as fake:
        fake.tokens["xoxb-unused-sentinel"] = "T0NONE"  # the fake now checks tokens
        running = start_server(migrated_db_url, fake, OAUTH_ENV)
        yield running
        stop_server(running)


def command(server: Server, text: str, team: str, user: str = "U0ANNA") -> wire.Reply:
    body = wire.slash_command(text, team_id=team, user_id=user, response_url=server.fake.response_url("c"))
    return server.post(body, wire.signed(server.secret, body))


def test_two_installed_workspaces_each_see_only_their_own_data(oauth_server: Server) -> None:
    server = oauth_server
    install(server, LIB_A)
    install(server, LIB_B)
    assert sorted(server.scalars(select(WorkspaceRecord.team_id))) == [LIB_A, LIB_B]
    tokens = dict(zip(server.scalars(select(bots.c.team_id)), server.scalars(select(bots.c.bot_token)), strict=True))
    assert set(tokens) == {LIB_A, LIB_B} and tokens[LIB_A] != tokens[LIB_B]

    a = command(server, "log Ringede til Lars hos Danske Bank Greve, de giver 20.000 kr.", LIB_A)
    b = command(server, "log Ringede til Lars hos Danske Bank Greve, de giver 5.000 kr.", LIB_B)
    assert a.status == b.status == 200
    assert "20.000 kr." in a.text and "(ny partner)" in a.text
    assert "5.000 kr." in b.text and "(ny partner)" in b.text  # B does not see A's partner
    rows = server.scalars(select(Partner.team_id).where(Partner.name == "Danske Bank Greve").order_by(Partner.team_id))
    assert rows == [LIB_A, LIB_B]
    amounts = {team: server.scalars(select(Pledge.amount_dkk).where(Pledge.team_id == team)) for team in (LIB_A, LIB_B)}
    assert amounts == {LIB_A: [20000], LIB_B: [5000]}
    # Each workspace's Web API calls were made with its own token.
    used = {c.token for c in server.fake.calls if c.method == "users.info"}
    assert used == {tokens[LIB_A], tokens[LIB_B]}


def test_an_expiring_token_is_rotated_before_use(oauth_server: Server) -> None:
    server = oauth_server
    install(server, LIB_A, expires_in=60)  # expires within the rotation window at once
    (first,) = server.scalars(select(bots.c.bot_token).where(bots.c.team_id == LIB_A))
    server.fake.clear()
    assert command(server, "help", LIB_A).status == 200
    refreshes = [c for c in server.fake.calls_to("oauth.v2.access") if c.args.get("grant_type") == "refresh_token"]
    assert len(refreshes) == 1
    (rotated,) = server.scalars(select(bots.c.bot_token).where(bots.c.team_id == LIB_A))
    assert rotated != first
    assert {c.token for c in server.fake.calls if c.method == "users.info"} == {rotated}


def test_uninstall_deletes_tokens_at_once_and_schedules_the_purge(oauth_server: Server) -> None:
    server = oauth_server
    install(server, LIB_A)
    install(server, LIB_B)
    assert command(server, "log Ringede til Pia hos Greve Bilsyn, ringer fredag", LIB_A).status == 200
    event = {"type": "app_uninstalled"}
    body = json.dumps(
        {
            "token": "x",
            "team_id": LIB_A,
            "api_app_id": "A0PARTNERBOT",
            "event": event,
            "type": "event_callback",
            "event_id": "Ev0UNINSTALL",
            "event_time": int(time.time()),
        }
    ).encode()
    headers = {**wire.signed(server.secret, body), "Content-Type": "application/json"}
    assert server.post(body, headers).status == 200

    def settled() -> bool:
        tokens_gone = server.scalars(select(func.count()).select_from(bots).where(bots.c.team_id == LIB_A)) == [0]
        marked = server.scalars(select(WorkspaceRecord.purge_after).where(WorkspaceRecord.team_id == LIB_A)) != [None]
        return tokens_gone and marked

    deadline = time.monotonic() + 5  # the event is acknowledged first, then handled
    while time.monotonic() < deadline and not settled():
        time.sleep(0.05)
    assert server.scalars(select(func.count()).select_from(bots).where(bots.c.team_id == LIB_A)) == [0]
    assert server.scalars(select(func.count()).select_from(bots).where(bots.c.team_id == LIB_B)) == [1]
    (purge_after,) = server.scalars(select(WorkspaceRecord.purge_after).where(WorkspaceRecord.team_id == LIB_A))
    assert purge_after is not None
    # The data stays until the purge; a command from the uninstalled workspace changes nothing.
    partners = server.scalars(select(Partner.id).where(Partner.team_id == LIB_A))
    assert len(partners) == 1
    command(server, "log Ringede til Pia hos Greve Bilsyn igen", LIB_A)
    assert server.scalars(select(Partner.id).where(Partner.team_id == LIB_A)) == partners
