"""The foundation over the real wire: signed commands, signature checks, health, faults, console."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, func, select

from bot.offline.fakeslack import Fault
from storage.db import normalize_database_url
from storage.models import User
from tests.e2e import wire
from tests.e2e.conftest import BEN, ROOT, TEAM, Server

pytestmark = pytest.mark.e2e

SLACK_DEADLINE = 3.0


def user_rows(server: Server, user_id: str) -> int:
    engine = create_engine(normalize_database_url(server.db_url))
    try:
        with engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(User).where(User.user_id == user_id))
    finally:
        engine.dispose()


def test_help_in_danish_within_slacks_deadline(server: Server) -> None:
    reply = server.command("help")
    assert reply.status == 200
    assert reply.seconds < SLACK_DEADLINE
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    assert "Partnerbot holder styr på jeres partnere" in reply.text
    assert "/partner hjælp" in reply.text  # Danish help names the Danish commands


def test_help_follows_the_users_slack_locale(server: Server) -> None:
    reply = server.command("", user=BEN.id)
    assert reply.status == 200
    assert "Partnerbot keeps track of your partners" in reply.text
    # The locale came from users.info, asked with include_locale.
    calls = server.fake.calls_to("users.info")
    assert any(
        c.args.get("user") == BEN.id and str(c.args.get("include_locale")).lower() in ("1", "true") for c in calls
    )


def test_unknown_subcommand_gets_help_not_an_error(server: Server) -> None:
    reply = server.command("frobnicate <!channel> now")
    assert reply.status == 200
    assert "Jeg kender ikke kommandoen `frobnicate`" in reply.text
    assert "/partner hjælp" in reply.text


def test_language_override_beats_the_slack_locale(fresh_server: Server) -> None:
    server = fresh_server
    assert "I will now write to you in English" in server.command("language en").text
    assert "Partnerbot keeps track" in server.command("help").text
    assert "sproget i din Slack-indstilling" in server.command("sprog auto").text
    assert "Partnerbot holder styr" in server.command("help").text


@pytest.mark.parametrize(
    "tamper",
    ["body", "secret", "no-signature", "no-timestamp", "old", "future"],
)
def test_bad_signatures_are_refused_and_change_nothing(server: Server, tamper: str) -> None:
    user = f"U0INTRUDER{tamper.upper().replace('-', '')}"
    body = wire.slash_command("language en", team_id=TEAM, user_id=user, response_url=server.fake.response_url("x"))
    now = int(time.time())
    headers = wire.signed(server.secret, body)
    if tamper == "body":
        body = body.replace(b"language+en", b"language+da")
    elif tamper == "secret":
        headers = wire.signed("not-the-secret", body)
    elif tamper == "no-signature":
        del headers["X-Slack-Signature"]
    elif tamper == "no-timestamp":
        del headers["X-Slack-Request-Timestamp"]
    elif tamper == "old":
        headers = wire.signed(server.secret, body, timestamp=now - 301)
    elif tamper == "future":
        # Outside Slack's five minutes by a margin: a slow machine may take seconds to deliver
        # the request, and every second brings a future timestamp closer to the window.
        headers = wire.signed(server.secret, body, timestamp=now + 330)
    server.fake.clear()
    reply = server.post(body, headers)
    assert reply.status == 401
    assert user_rows(server, user) == 0
    assert server.fake.calls == []


def test_a_signature_just_inside_five_minutes_is_accepted(server: Server) -> None:
    body = wire.slash_command("help", team_id=TEAM, user_id=BEN.id, response_url=server.fake.response_url("x"))
    reply = server.post(body, wire.signed(server.secret, body, timestamp=int(time.time()) - 290))
    assert reply.status == 200


def test_health_reports_the_database(server: Server) -> None:
    reply = wire.get(server.url, "/healthz")
    assert reply.status == 200
    assert reply.json()["database"] == "ok"


def test_slack_errors_on_profile_lookup_fall_back_to_defaults(server: Server) -> None:
    server.fake.fail("users.info", Fault(status=500, times=5))
    reply = server.command("help", user="U0NEWCOMER")
    assert reply.status == 200 and reply.seconds < SLACK_DEADLINE
    assert "Partnerbot holder styr" in reply.text  # DEFAULT_LANGUAGE is Danish


def test_rate_limited_profile_lookup_still_answers_in_time(server: Server) -> None:
    server.fake.fail("users.info", Fault(status=429, retry_after=30))
    reply = server.command("help", user="U0RATELIMITED")
    assert reply.status == 200
    assert reply.seconds < SLACK_DEADLINE


def test_oversized_body_is_refused(server: Server) -> None:
    body = b"x" * 2_000_000
    reply = server.post(body, wire.signed(server.secret, body))
    assert reply.status == 413


def _bot_env(tmp_path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_") and k != "DATABASE_URL"}
    env.update({"DATABASE_URL": f"sqlite:///{tmp_path / 'console.sqlite3'}", **extra})
    return env


def test_console_answers_through_the_same_app(tmp_path) -> None:
    """With no Slack credentials, `python -m bot` is the console and answers /partner lines."""
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=ROOT,
        env=_bot_env(tmp_path),
        input="/partner help\n/partner sprog en\n/partner nonsense\n"
        "/partner log Called Lars at Danske Bank Greve, calling back Friday at 10\nd1\n:home\n:quit\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Partnerbot console" in out
    assert "Partnerbot holder styr på jeres partnere" in out
    assert "I will now write to you in English" in out
    assert "I don't know the command `nonsense`" in out
    assert "Saved · call with Danske Bank Greve (new partner)" in out  # bold shown as bold, not asterisks
    # d1 pressed the first button of the fourth message (the card), Done, and the card was redrawn
    assert "(done)" in out and "replaces d ──" in out
    assert "· App Home ──" in out and "My follow-ups" in out
    assert (tmp_path / "console.sqlite3").exists()


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("PORT", "eighty", "PORT must be a number"),
        ("DIGEST_TIME", "25:99", "DIGEST_TIME must be a time of day"),
        ("DEFAULT_TIMEZONE", "Mars/Olympus", "DEFAULT_TIMEZONE must be an IANA time zone"),
        ("SLACK_BOT_TOKEN", "xoxp-user-token", "SLACK_BOT_TOKEN must start with 'xoxb-'"),
    ],
)
def test_malformed_setting_stops_with_one_clear_line(tmp_path, name: str, value: str, expected: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        cwd=ROOT,
        env=_bot_env(tmp_path, **{name: value}),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.stderr


def test_http_mode_refuses_to_start_without_a_signing_secret(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve"],
        cwd=ROOT,
        env=_bot_env(tmp_path, SLACK_BOT_TOKEN="xoxb-1", SLACK_SIGNING_SECRET="  "),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "SLACK_SIGNING_SECRET is not set" in result.stderr


@pytest.mark.parametrize(
    "body",
    [b"\xff\xfe\x00not utf-8", b"payload=not-json", b"payload=%5B1%2C2%5D", b'["a", "list"]', b"payload=%7B%7D"],
)
def test_malformed_bodies_get_a_clear_4xx_not_a_server_error(server: Server, body: bytes) -> None:
    reply = server.post(body, {"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status in (400, 401)
    reply = server.post(body, wire.signed(server.secret, body))
    assert reply.status in (400, 401, 404) and reply.status != 500


def test_the_first_command_after_the_port_opens_is_answered_warm(migrated_db_url: str, fake_slack) -> None:
    """gunicorn binds the port only after the app is built and warm (preload), so whoever connects
    first is answered inside Slack's budget, and /healthz never reports a cold worker as up."""
    import socket as socket_
    from urllib.parse import urlsplit

    from tests.e2e.conftest import (
        ANNA,
        BOT_TOKEN,
        SIGNING_SECRET,
        free_port,
        output_file,
        process_output,
    )

    port = free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": fake_slack.api_url,
        "DATABASE_URL": migrated_db_url,
        "PORT": str(port),
        "LOG_LEVEL": "WARNING",
        "RUN_SCHEDULER": "false",
    }
    log_path, handle = output_file("server")
    with handle:
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve"], cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process_output(log_path)
            assert time.monotonic() < deadline, "the port never opened"
            try:
                socket_.create_connection((urlsplit(url).hostname, port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.01)
        body = wire.slash_command(
            "log Ringede til Lars hos Readiness Boghandel. Ring igen fredag.",
            team_id=TEAM,
            user_id=ANNA.id,
            response_url=fake_slack.response_url("r"),
        )
        first = wire.post(url, "/slack/events", body, wire.signed(SIGNING_SECRET, body))
        assert first.status == 200 and "Gemt" in first.text, first.body[:300]
        assert first.seconds < SLACK_DEADLINE, f"first command took {first.seconds:.2f} s"
        health = wire.get(url, "/healthz")
        assert health.status == 200 and health.json()["status"] == "ready"
    finally:
        process.terminate()
        process.wait(timeout=30)
