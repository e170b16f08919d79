"""Hostile names and notes come back literally everywhere: cards, status, due, digest, App Home, CSV."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.offline.fakeslack import FakeSlack, FakeUser
from bot.offline.render import mrkdwn_to_text
from storage.contacts import create_contact
from storage.db import make_engine, make_session_factory
from storage.followups import create_followup
from storage.interactions import log_interaction
from storage.partners import create_partner
from storage.pledges import create_pledge
from storage.scope import Workspace
from tests.e2e import wire
from tests.e2e.conftest import BOT_TOKEN, TEAM, Server, start_server, stop_server

pytestmark = pytest.mark.e2e

EVIL = FakeUser("U0EVILTEST", "Eve", locale="en-GB")
HOSTILE_PARTNER = "Evilcorp <!channel> & *Co* <https://x.example|click> <@U0VICTIM> <!here>"
HOSTILE_CONTACT = '=HYPERLINK("https://x.example") <!everyone>'
HOSTILE_NOTE = "<!here> ring *nu* & <@U0VICTIM> _straks_"
# Slack turns these into pings, links or formatting when they reach mrkdwn unescaped.
LIVE_TOKENS = re.compile(r"<!(channel|here|everyone)>|<@U0VICTIM>|<https?://[^>]*>")


@pytest.fixture
def hostile_server(migrated_db_url: str) -> Iterator[Server]:
    """A server whose scheduler ticks every second, on a database seeded with hostile text."""
    engine = make_engine(migrated_db_url)
    ws = Workspace(TEAM)
    now = datetime.now(UTC)
    with make_session_factory(engine).begin() as session:
        partner = create_partner(session, ws=ws, name=HOSTILE_PARTNER, notes=HOSTILE_NOTE, allow_duplicate=True)
        create_contact(session, ws=ws, name=HOSTILE_CONTACT, partner_id=partner.id, role="*chef*")
        interaction = log_interaction(
            session,
            ws=ws,
            kind="call",
            logged_by=EVIL.id,
            raw_text=HOSTILE_NOTE,
            partner_id=partner.id,
            occurred_at=now - timedelta(days=1),
        )
        create_pledge(
            session,
            ws=ws,
            partner_id=partner.id,
            kind="products",
            status="verbal",
            quantity=5,
            what="*bold* <!channel> bamser",
            created_by=EVIL.id,
            created_by_interaction_id=interaction.id,
        )
        create_followup(
            session,
            ws=ws,
            action="call",
            due_at=now - timedelta(hours=2),
            owner_user_id=EVIL.id,
            partner_id=partner.id,
            text=HOSTILE_NOTE,
            due_tz="Europe/Copenhagen",
        )
    engine.dispose()
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[EVIL]) as fake:
        running = start_server(migrated_db_url, fake, {"CLOCK_TICK_SECONDS": "1", "DIGEST_TIME": "00:00"})
        yield running
        stop_server(running)


def texts_of(value: Any, kind: str) -> list[str]:
    """Every text string of one kind ("mrkdwn" or "plain_text") inside blocks or a view."""
    found: list[str] = []
    if isinstance(value, dict):
        if isinstance(value.get("text"), str) and value.get("type") == kind:
            found.append(value["text"])
        for child in value.values():
            found.extend(texts_of(child, kind))
    elif isinstance(value, list):
        for child in value:
            found.extend(texts_of(child, kind))
    return found


def assert_literal(blocks: Any, *expected: str) -> None:
    """No live Slack token survives in mrkdwn, and each hostile string reads back exactly as typed.

    plain_text is shown by Slack as it is (no pings, links or formatting), so it may hold them.
    """
    mrkdwn = " ".join(texts_of(blocks, "mrkdwn"))
    assert mrkdwn, "no mrkdwn text found"
    assert not LIVE_TOKENS.search(mrkdwn), LIVE_TOKENS.search(mrkdwn)
    shown = mrkdwn_to_text(mrkdwn, "UTC") + " " + " ".join(texts_of(blocks, "plain_text"))
    for text in expected:
        assert text in shown, text
    # *Co* and _straks_ are not turned into bold or italics: no bare pair survives.
    assert "*Co*" not in mrkdwn and "_straks_" not in mrkdwn


def command(server: Server, text: str) -> dict[str, Any]:
    reply = server.command(text, user=EVIL.id)
    assert reply.status == 200
    return reply.json()


def test_hostile_text_is_literal_in_status_due_home_digest_and_export(hostile_server: Server) -> None:
    server = hostile_server
    status = command(server, "status evilcorp")
    assert_literal(status["blocks"], HOSTILE_PARTNER, HOSTILE_CONTACT)

    due = command(server, "due")
    assert_literal(due["blocks"], HOSTILE_PARTNER)

    body = json.dumps(
        {
            "token": "x",
            "team_id": TEAM,
            "api_app_id": "A0PARTNERBOT",
            "type": "event_callback",
            "event_id": "Ev0INJECTHOME",
            "event_time": int(time.time()),
            "event": {"type": "app_home_opened", "user": EVIL.id, "channel": "D0EVIL", "tab": "home"},
        }
    ).encode()
    server.post(body, {**wire.signed(server.secret, body), "Content-Type": "application/json"})
    assert server.fake.wait_for(lambda calls: any(c.method == "views.publish" for c in calls))
    assert_literal(server.fake.calls_to("views.publish")[-1].args["view"]["blocks"], HOSTILE_PARTNER)

    def digest(calls: list[Any]) -> list[Any]:
        return [
            c
            for c in calls
            if c.method == "chat.postMessage"
            and str(((c.args.get("metadata") or {}).get("event_payload") or {}).get("key", "")).startswith("digest:")
        ]

    assert server.fake.wait_for(lambda calls: bool(digest(calls)), timeout=15)
    assert_literal(digest(server.fake.calls)[0].args["blocks"], HOSTILE_PARTNER)

    server.fake.uploads.clear()
    command(server, "export")
    assert server.fake.wait_for(
        lambda calls: len([c for c in calls if c.method == "files.completeUploadExternal"]) >= 1
    )
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not server.fake.uploads:
        time.sleep(0.05)
    for raw in server.fake.uploads.values():
        text = raw.decode("utf-8-sig")
        delimiter = ";" if text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
        cells = [cell for row in csv.reader(io.StringIO(text), delimiter=delimiter) for cell in row]
        assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
        if any("HYPERLINK" in cell for cell in cells):
            assert "'" + HOSTILE_CONTACT in cells
