"""Log hygiene: with errors forced everywhere, the server's output holds no secret and no personal data.

The server runs at LOG_LEVEL=DEBUG and INFO (on SQLite and PostgreSQL, the PostgreSQL URL with
a password in it). The fake Slack answers users.info, chat.postMessage and views.open with 500,
429, HTML bodies and dropped connections; a table is renamed under the running server so
statements fail; malformed, forged and half-shaped payloads arrive. Afterwards the captured
stdout and stderr may contain no `xox` token, no signing secret, no database URL, password or
file path, and nothing personal from the logs that were sent.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.offline.fakeslack import FakeSlack, FakeUser, Fault
from handlers.ids import LOG_MODAL, SHORTCUT_LOG_GLOBAL
from storage.db import normalize_database_url
from storage.migrate import upgrade
from tests.e2e import payloads, wire
from tests.e2e.conftest import ANNA, BEN, BOT_TOKEN, SIGNING_SECRET, TEAM
from tests.reliability.common import send_command, start_web

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

PASSWORD = "Pw-hygiejne-7Qx"
PERSONAL = [
    "Lars Jensen",
    "lars.jensen@example.dk",
    "20 30 40 50",
    "Hemmelig sponsoraftale",
    "Birgitte Kjær",
    "Kjær",
    "Odense Bogcafé",
]
LOG_TEXT = (
    "Ringede til Lars Jensen (lars.jensen@example.dk, tlf. 20 30 40 50) hos Odense Bogcafé. "
    "Hemmelig sponsoraftale: de giver 40.000 kr. Ring igen fredag <@U0BEN>."
)
ODD_USER = FakeUser("U0BIRGITTE", "Birgitte Kjær", tz="Europe/Copenhagen", locale="da-DK")


def _force_faults(server, fake: FakeSlack, db_url: str) -> int:
    """Every kind of failure the test can provoke; returns how many were injected."""
    injected = 0
    faults = [
        Fault(500, times=4),
        Fault(429, retry_after=1),
        Fault(500, body="<html><body>Bad Gateway</body></html>"),
        Fault(reset=True, times=4),
    ]
    for n, fault in enumerate(faults):
        # users.info: each command comes from a user the bot has not seen yet.
        user = FakeUser(f"U0HYG{n}", "Birgitte Kjær", tz="Europe/Copenhagen", locale="da-DK")
        fake.add_user(user)
        fake.fail("users.info", fault)
        send_command(server.url, fake, "log " + LOG_TEXT, user=user.id, timeout=30)
        # chat.postMessage: the DM to the colleague the log gives a follow-up.
        fake.fail(
            "chat.postMessage", Fault(fault.status, fault.retry_after, fault.body, fault.reset, times=fault.times)
        )
        send_command(server.url, fake, "log " + LOG_TEXT, timeout=30)
        # views.open: the global shortcut opens the log modal.
        fake.fail("views.open", Fault(fault.status, fault.retry_after, fault.body, fault.reset, times=fault.times))
        body = wire.interactive(
            {
                "type": "shortcut",
                "callback_id": SHORTCUT_LOG_GLOBAL,
                "team": {"id": TEAM, "domain": "library"},
                "user": {"id": ANNA.id, "username": "anna", "team_id": TEAM},
                "api_app_id": "A0PARTNERBOT",
                "token": "unused",
                "trigger_id": f"{time.time():.0f}.9.hygiene",
            }
        )
        server.post(body, wire.signed(SIGNING_SECRET, body))
        injected += 3
    # Statements that fail: tables disappear under the running server for a moment (the contact's
    # INSERT carries the name and e-mail as parameters).
    engine = create_engine(normalize_database_url(db_url))
    try:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE pledges RENAME TO pledges_gone"))
            conn.execute(text("ALTER TABLE contacts RENAME TO contacts_gone"))
        send_command(server.url, fake, "log " + LOG_TEXT, timeout=30)
        send_command(server.url, fake, "status Odense Bogcafé", timeout=30)
        injected += 2
    finally:
        with engine.begin() as conn:
            conn.execute(text("ALTER TABLE pledges_gone RENAME TO pledges"))
            conn.execute(text("ALTER TABLE contacts_gone RENAME TO contacts"))
        engine.dispose()
    # Malformed payloads: forged signature, garbage, half-shaped interactions, a view without state.
    forged = wire.slash_command(LOG_TEXT, team_id=TEAM, user_id=ANNA.id, response_url=fake.response_url("x"))
    server.post(forged, wire.signed("not-the-secret", forged))
    for raw in (b"payload=%7Bnot-json", b"\x00\xff" * 50, ("text=" + LOG_TEXT).encode(), b"payload=" + b"[1,2]"):
        server.post(raw, wire.signed(SIGNING_SECRET, raw))
    broken = [
        {
            "type": "block_actions",
            "team": {"id": TEAM},
            "user": {"id": ANNA.id},
            "actions": [{"action_id": "log_edit"}],
        },
        {
            "type": "block_actions",
            "team": {"id": TEAM},
            "user": {"id": ANNA.id},
            "actions": [{"action_id": "log_undo", "value": LOG_TEXT}],
            "response_url": fake.response_url("u"),
        },
        {
            "type": "view_submission",
            "team": {"id": TEAM},
            "user": {"id": ANNA.id},
            "view": {"callback_id": LOG_MODAL, "private_metadata": LOG_TEXT},
        },
        {
            "type": "view_submission",
            "team": {"id": TEAM},
            "user": {"id": ANNA.id},
            "view": {
                "callback_id": LOG_MODAL,
                "state": {
                    "values": {
                        "text": {"v": {"value": LOG_TEXT}},
                        "fu0_action": {"v": {"selected_option": {"value": "call"}}},
                        "fu0_date": {"v": {"selected_date": "Lars Jensen"}},
                    }
                },
                "private_metadata": json.dumps({"i": LOG_TEXT, "u": "http://127.0.0.1:1/" + LOG_TEXT}),
            },
        },
    ]
    for payload in broken:
        body = wire.interactive(payload)
        server.post(body, wire.signed(SIGNING_SECRET, body))
    injected += 1 + 4 + len(broken)
    # A modal the bot really opened, submitted with a response_url that refuses connections.
    send_command(server.url, fake, "log " + LOG_TEXT, user=ODD_USER.id, timeout=30)
    views = fake.calls_to("views.open")
    if views and isinstance(views[-1].args.get("view"), dict):
        submission = payloads.view_submission(team_id=TEAM, user_id=ANNA.id, view=views[-1].args["view"])
        body = wire.interactive(submission)
        server.post(body, wire.signed(SIGNING_SECRET, body))
    return injected


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
def test_server_output_holds_no_secret_and_no_personal_data(
    level: str, db_url: str, backend: str, tmp_path: Path
) -> None:
    if backend == "postgresql":
        # Trust authentication ignores the password, so it can be put in the URL to see if it leaks.
        db_url = db_url.replace("://postgres@", f"://postgres:{PASSWORD}@", 1)
        assert PASSWORD in db_url
        secrets = [PASSWORD, db_url.split("?")[0]]
    else:
        db_path = tmp_path / "hygiene-private-folder" / "partnerbot-hygiene.db"
        db_path.parent.mkdir()
        db_url = f"sqlite:///{db_path}"
        secrets = ["hygiene-private-folder", "partnerbot-hygiene.db"]
    upgrade(db_url)
    output = tmp_path / "server.log"
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN, ODD_USER]) as fake:
        server = start_web(db_url, fake, output, {"LOG_LEVEL": level, "RUN_SCHEDULER": "false"})
        try:
            injected = _force_faults(server, fake, db_url)
            time.sleep(2)  # let work after the acks (DMs, retries) finish and log
        finally:
            server.terminate()
    captured = output.read_text(errors="replace")
    lines = captured.count("\n")
    print(f"\nlog hygiene {level} {backend}: {injected} faults injected, {lines} lines of output checked")
    assert lines > 0, "the forced errors should have been logged"
    assert "[phone]T" not in captured, "the scrubber blanked the timestamps"
    # Case-insensitive: search keys store names lower-cased ("lars jensen").
    low = captured.lower()
    leaks = [
        s
        for s in [
            "xox",
            BOT_TOKEN,
            SIGNING_SECRET,
            "sqlite:///",
            "postgresql://",
            "postgresql+psycopg://",
            *secrets,
            *PERSONAL,
            LOG_TEXT[:40],
        ]
        if s.lower() in low
    ]
    where = {s: low[max(0, low.index(s.lower()) - 300) : low.index(s.lower()) + 100] for s in leaks[:3]}
    assert not leaks, where
