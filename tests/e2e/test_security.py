"""Hostile requests against the running server (issue 18), on SQLite and PostgreSQL.

Each probe is sent as an attacker or a careless member would send it: over HTTP to the real
`python -m bot serve` process, signed or not, with the bot's Web API calls landing in the fake
Slack. Every probe asserts the HTTP status, that the server logged no ERROR (and no user text),
and that nothing was written that should not be: unauthenticated probes leave every table as it
was; signed probes leave the workspace's records (and any other workspace's) untouched.

The probe lists are module constants; README's security section counts them per kind.
"""

from __future__ import annotations

import csv
import http.client
import io
import json
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, func, insert, inspect, select, text

from bot.offline.fakeslack import FakeChannel, FakeSlack, FakeUser, Fault, OAuthGrant
from bot.settings import BOT_SCOPES
from handlers.reminders import build_reschedule_modal
from storage.db import make_engine, make_session_factory
from storage.followups import create_followup
from storage.interactions import log_interaction
from storage.migrate import upgrade
from storage.models import FollowUp, Interaction, Publicity, TeamDigest
from storage.partners import create_partner
from storage.pledges import create_pledge
from storage.scope import Workspace
from storage.slack_tables import oauth_states
from storage.team_digests import set_team_digest
from tests.conftest import PG_URL, RUN_PREFIX, _skip_or_fail
from tests.e2e import payloads, wire
from tests.e2e.conftest import BOT_TOKEN, TEAM, Server, start_server, stop_server

pytestmark = pytest.mark.e2e

OTHER = "T0OTHERLIB"  # another workspace in the same database
ANNA = FakeUser("U0ANNA", "Anna", locale="da-DK")  # a member
ADA = FakeUser("U0ADA", "Ada", locale="en-GB", is_admin=True)  # a workspace admin
SECRET_SPONSOR = "Nordic Shipping"  # no publicity, 15.000 kr.
FORMULAS = ('=HYPERLINK("https://x.example","klik")', "+SUM(A1:A9)", "-2+3", "@cmd|' /C calc'!A0")
FORGED = "Hemmelig Hansen ringer +1 212 555 0199"
# Text that must never reach the server's log, whatever the probe.
NEVER_LOGGED = ("Hemmelig", "212 555", SECRET_SPONSOR, "Traceback")
# Written by the server's own clock at any moment, so no probe can say they stayed put.
CLOCK_TABLES = {"heartbeats", "deliveries", "alembic_version"}
# What a signed request may write without changing anything: the replay guard's ids, the users'
# profiles, and the audit trail (refusals are recorded).
BOOKKEEPING = {"processed_requests", "users", "audit_log"}
CPH = ZoneInfo("Europe/Copenhagen")
# Starting takes two seconds on an idle machine; a shared one under load can need far more.
STARTUP_SECONDS = 120


# ----- the server ------------------------------------------------------------------------------


@dataclass
class Probed:
    """The running server with its log file and the ids seeded in both workspaces."""

    server: Server
    log: Path
    ids: dict[str, int]

    @property
    def fake(self) -> FakeSlack:
        return self.server.fake

    def engine(self) -> Engine:
        """An engine on the server's database (the server's inspection engine, made on first use)."""
        self.server.scalars(text("SELECT 1"))
        assert self.server._engine is not None
        return self.server._engine

    def counts(self) -> dict[str, int]:
        """Rows per table (what the clock writes left out)."""
        with self.engine().connect() as conn:
            names = [n for n in inspect(conn).get_table_names() if n not in CLOCK_TABLES]
            return {name: conn.scalar(select(func.count()).select_from(text(f'"{name}"'))) for name in names}

    def log_text(self) -> str:
        return self.log.read_text(errors="replace")


def _channels(fake: FakeSlack) -> None:
    fake.add_channel(FakeChannel("C0SHARED", "partnere-ude", is_ext_shared=True, is_shared=True))
    fake.add_channel(FakeChannel("C0PUBLIC", "kampagne"))
    fake.add_channel(FakeChannel("G0PRIVATE", "styregruppe", is_private=True))
    fake.add_channel(FakeChannel("G0CONNECT", "med-forlaget", is_private=True, is_ext_shared=True, is_shared=True))
    fake.scopes = set(BOT_SCOPES)


def _seed(url: str) -> dict[str, int]:
    engine = make_engine(url)
    ws, other = Workspace(TEAM), Workspace(OTHER)
    now = datetime.now(UTC)
    ids: dict[str, int] = {}
    try:
        with make_session_factory(engine).begin() as session:
            secret = create_partner(session, ws=ws, name=SECRET_SPONSOR, publicity=Publicity.NO_PUBLICITY)
            create_pledge(
                session,
                ws=ws,
                partner_id=secret.id,
                kind="money",
                status="verbal",
                amount_dkk=15000,
                created_by=ANNA.id,
            )
            log_interaction(
                session,
                ws=ws,
                kind="call",
                logged_by=ANNA.id,
                raw_text="Nordic siger ja, men stille",
                partner_id=secret.id,
                occurred_at=now - timedelta(hours=1),
            )
            saxo = create_partner(session, ws=ws, name="Saxo Forlag", publicity=Publicity.PUBLIC)
            log_interaction(
                session,
                ws=ws,
                kind="email",
                logged_by=ANNA.id,
                raw_text="Saxo sender bøger",
                partner_id=saxo.id,
                occurred_at=now - timedelta(hours=2),
            )
            for name in FORMULAS:
                create_partner(session, ws=ws, name=name, allow_duplicate=True)
            theirs = create_partner(session, ws=other, name="Anden Fond", publicity=Publicity.NO_PUBLICITY)
            their_log = log_interaction(
                session,
                ws=other,
                kind="call",
                logged_by="U0THEM",
                raw_text="Deres log",
                partner_id=theirs.id,
                occurred_at=now - timedelta(days=1),
            )
            their_followup = create_followup(
                session,
                ws=other,
                action="call",
                due_at=now + timedelta(days=1),
                owner_user_id="U0THEM",
                partner_id=theirs.id,
                text="Deres opfølgning",
                due_tz="Europe/Copenhagen",
            )
            ids.update(
                secret=secret.id, their_partner=theirs.id, their_log=their_log.id, their_followup=their_followup.id
            )
    finally:
        engine.dispose()
    return ids


def _database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Any]:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path_factory.mktemp('security') / 'partnerbot.db'}", None
    admin = request.getfixturevalue("pg_admin")
    if admin is None:
        _skip_or_fail(getattr(pytest, "pg_unreachable_reason", "PostgreSQL is unreachable"))
    schema = f"{RUN_PREFIX}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def cleanup() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))

    return f"{PG_URL}?options={quote(f'-csearch_path={schema}')}", cleanup


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def probed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Probed]:
    """One server per backend for the signed and unsigned probes; its clock ticks every second."""
    url, cleanup = _database(request, tmp_path_factory)
    upgrade(url)
    ids = _seed(url)
    log = tmp_path_factory.mktemp("security-log") / "server.log"
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, ADA]) as fake:
        _channels(fake)
        server = start_server(
            url, fake, {"CLOCK_TICK_SECONDS": "1", "LOG_LEVEL": "INFO"}, log_path=log, startup_seconds=STARTUP_SECONDS
        )
        try:
            yield Probed(server, log, ids)
        finally:
            stop_server(server)
            if cleanup is not None:
                cleanup()


@pytest.fixture
def clean(probed: Probed) -> Iterator[Probed]:
    """Each probe: the log it adds holds no ERROR and no user text."""
    start = len(probed.log_text())
    probed.fake.clear()
    yield probed
    time.sleep(0.2)  # let the request's after-ack work reach the log
    added = probed.log_text()[start:]
    for line in added.splitlines():
        if line.startswith("{"):
            assert json.loads(line)["level"] not in ("error", "critical"), line
        else:
            assert "ERROR" not in line, line
    for secret in NEVER_LOGGED:
        assert secret not in added, f"{secret!r} reached the server log"


def _unchanged(before: dict[str, int], after: dict[str, int], *, allowed: set[str] = frozenset()) -> None:
    changed = {name: (before.get(name), after.get(name)) for name in after if before.get(name) != after.get(name)}
    assert set(changed) <= allowed, changed


def post_raw(server: Server, body: Any, headers: dict[str, str], path: str = "/slack/events") -> int:
    """POST without the helpers' conveniences (iterables are sent chunked); the status."""
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
    try:
        conn.request("POST", path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    finally:
        conn.close()


def get_raw(server: Server, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.read().decode(), {k.lower(): v for k, v in response.getheaders()}
    finally:
        conn.close()


def command_body(text_: str, *, user: str = ANNA.id, response_url: str | None = None) -> bytes:
    return wire.slash_command(
        text_, team_id=TEAM, user_id=user, response_url=response_url or "https://hooks.slack.com/commands/T0LIBRARY/1/x"
    )


class Trap:
    """A TCP listener standing in for an attacker's server: it counts who connects."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/hook"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=2)
        self.sock.close()


@pytest.fixture(scope="module")
def trap() -> Iterator[Trap]:
    listener = Trap()
    yield listener
    listener.close()


# ----- 1. unauthenticated requests: 401 before the framework, nothing written --------------------

ZEROS = "v0=" + "0" * 64
UNSIGNED_HEADERS = [
    pytest.param({"X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=0"}, id="timestamp-abc"),
    pytest.param({"X-Slack-Request-Timestamp": "1796039570.5", "X-Slack-Signature": ZEROS}, id="timestamp-float"),
    pytest.param({"X-Slack-Request-Timestamp": "-1796039570", "X-Slack-Signature": ZEROS}, id="timestamp-negative"),
    pytest.param({"X-Slack-Request-Timestamp": "9" * 40, "X-Slack-Signature": ZEROS}, id="timestamp-40-digits"),
    pytest.param({"X-Slack-Request-Timestamp": "0x6b3a1c2d", "X-Slack-Signature": ZEROS}, id="timestamp-hex"),
    pytest.param({"X-Slack-Request-Timestamp": "", "X-Slack-Signature": ZEROS}, id="timestamp-empty"),
    pytest.param({"X-Slack-Signature": ZEROS}, id="timestamp-missing"),
    pytest.param({"X-Slack-Request-Timestamp": "NOW"}, id="signature-missing"),
    pytest.param({"X-Slack-Request-Timestamp": "NOW", "X-Slack-Signature": "v0=abc"}, id="signature-short"),
    pytest.param({"X-Slack-Request-Timestamp": "NOW", "X-Slack-Signature": "v1=" + "0" * 64}, id="signature-v1"),
    pytest.param({"X-Slack-Request-Timestamp": "NOW", "X-Slack-Signature": "v0=" + "Z" * 64}, id="signature-not-hex"),
    pytest.param({}, id="no-headers"),
]


@pytest.mark.parametrize("headers", UNSIGNED_HEADERS)
def test_malformed_signature_headers_get_401_and_write_nothing(clean: Probed, headers: dict[str, str]) -> None:
    before = clean.counts()
    headers = {k: str(int(time.time())) if v == "NOW" else v for k, v in headers.items()}
    for body in (b"x=1", command_body("log Ringede til Nordic Shipping, 20.000 kr.")):
        assert post_raw(clean.server, body, {"Content-Type": "application/x-www-form-urlencoded", **headers}) == 401
    _unchanged(before, clean.counts())
    assert clean.fake.calls == []


SIGNATURE_TAMPERING = ["stale", "future", "body-changed", "other-secret", "other-body", "replayed-headers-new-body"]


@pytest.mark.parametrize("tamper", SIGNATURE_TAMPERING)
def test_stale_and_tampered_signatures_get_401_and_write_nothing(clean: Probed, tamper: str) -> None:
    before = clean.counts()
    body = command_body("log Ringede til Saxo Forlag, de giver 5.000 kr.")
    now = int(time.time())
    headers = wire.signed(clean.server.secret, body)
    if tamper == "stale":
        headers = wire.signed(clean.server.secret, body, timestamp=now - 301)
    elif tamper == "future":
        headers = wire.signed(clean.server.secret, body, timestamp=now + 330)
    elif tamper == "body-changed":
        body = body.replace(b"5.000", b"500.000")
    elif tamper == "other-secret":
        headers = wire.signed("not-the-signing-secret", body)
    elif tamper == "other-body":
        headers = wire.signed(clean.server.secret, command_body("help"))
    elif tamper == "replayed-headers-new-body":
        body = command_body("settings team-digest <#C0SHARED|ude>", user=ADA.id)
    assert post_raw(clean.server, body, headers) == 401
    _unchanged(before, clean.counts())
    assert clean.fake.calls == []


# ----- 2. bodies: bounded, chunked or not ----------------------------------------------------------

BODIES = ["declared-2MB", "chunked-1.5MB", "chunked-signed-command", "length-not-a-number"]


@pytest.mark.parametrize("kind", BODIES)
def test_oversized_and_chunked_bodies(clean: Probed, kind: str) -> None:
    before = clean.counts()
    server = clean.server
    if kind == "declared-2MB":
        body = b"x" * 2_000_000
        assert post_raw(server, body, wire.signed(server.secret, body)) == 413
    elif kind == "chunked-1.5MB":
        chunks = [b"y" * 100_000 for _ in range(15)]
        assert (
            post_raw(
                server,
                iter(chunks),
                {
                    "Content-Type": "application/x-www-form-urlencoded",
                    "X-Slack-Request-Timestamp": str(int(time.time())),
                    "X-Slack-Signature": ZEROS,
                },
            )
            == 413
        )
    elif kind == "chunked-signed-command":
        # Slack does not chunk, but a chunked body that is signed is read whole and answered.
        body = command_body("help")
        parts = [body[: len(body) // 2], body[len(body) // 2 :]]
        assert post_raw(server, iter(parts), wire.signed(server.secret, body)) == 200
    else:
        status = post_raw(server, b"x=1", {"Content-Length": "12abc", "X-Slack-Signature": ZEROS})
        assert status == 400
    _unchanged(before, clean.counts(), allowed=BOOKKEEPING if kind == "chunked-signed-command" else set())


# ----- 3. signed but malformed payloads: 400, never 500 ----------------------------------------------


def _click(**changes: Any) -> dict[str, Any]:
    payload = payloads.block_action(
        team_id=TEAM,
        user_id=ANNA.id,
        action_id="overview_due_done",
        value="1",
        response_url="https://hooks.slack.com/actions/T0LIBRARY/1/x",
    )
    payload.update(changes)
    return payload


def _submission(values: Any) -> dict[str, Any]:
    return {
        "type": "view_submission",
        "team": {"id": TEAM},
        "user": {"id": ANNA.id, "team_id": TEAM},
        "trigger_id": "1.2.3",
        "view": {
            "id": "V1",
            "type": "modal",
            "callback_id": "log_modal",
            "private_metadata": "{}",
            "state": {"values": values},
        },
    }


MALFORMED = [
    pytest.param(_click(actions="approve"), id="actions-string"),
    pytest.param(_click(actions=[]), id="actions-empty"),
    pytest.param(_click(actions=7), id="actions-number"),
    pytest.param(_click(actions=[{"action_id": 12, "value": "1"}]), id="action-id-number"),
    pytest.param(_click(actions=[{"action_id": "overview_due_done", "value": ["1"]}]), id="action-value-list"),
    pytest.param(_click(user="U0ANNA"), id="user-string"),
    pytest.param(_submission([["text", "value"]]), id="state-values-list"),
    pytest.param(_submission({"text": ["value"]}), id="state-block-list"),
    pytest.param({**_submission({}), "view": "V1"}, id="view-string"),
    pytest.param({**_submission({}), "view": {"id": "V1", "callback_id": "log_modal"}}, id="view-without-type"),
    pytest.param(["block_actions"], id="payload-list"),
]


@pytest.mark.parametrize("payload", MALFORMED)
def test_signed_malformed_payloads_get_400(clean: Probed, payload: Any) -> None:
    before = clean.counts()
    body = wire.interactive(payload)
    assert post_raw(clean.server, body, wire.signed(clean.server.secret, body)) == 400
    _unchanged(before, clean.counts())


MALFORMED_BODIES = [
    pytest.param(b"payload=%7Bnot+json", "application/x-www-form-urlencoded", id="payload-not-json"),
    pytest.param(b"\xff\xfe\x00not utf-8", "application/x-www-form-urlencoded", id="not-utf8"),
    pytest.param(b'{"type": "event_callback", "event": "app_home_opened"}', "application/json", id="event-string"),
    pytest.param(b'["event_callback"]', "application/json", id="json-list"),
]


@pytest.mark.parametrize(("body", "content_type"), MALFORMED_BODIES)
def test_signed_malformed_bodies_get_400(clean: Probed, body: bytes, content_type: str) -> None:
    before = clean.counts()
    headers = {**wire.signed(clean.server.secret, body), "Content-Type": content_type}
    assert post_raw(clean.server, body, headers) == 400
    _unchanged(before, clean.counts())


# ----- 4. only Slack's URLs are called ------------------------------------------------------------------

FOREIGN_URLS = [
    "TRAP",
    "https://evil.example/hook",
    "https://hooks.slack.com.evil.example/x",
    "https://hooks.slack.com@evil.example/x",
    "http://hooks.slack.com/commands/x",
    "http://127.0.0.1:1/",
]


@pytest.mark.parametrize("url", FOREIGN_URLS)
def test_a_foreign_response_url_is_refused_and_never_called(clean: Probed, trap: Trap, url: str) -> None:
    url = trap.url if url == "TRAP" else url
    before = clean.counts()
    body = command_body("due", response_url=url)
    assert post_raw(clean.server, body, wire.signed(clean.server.secret, body)) == 400
    click = wire.interactive(_click(response_url=url))
    assert post_raw(clean.server, click, wire.signed(clean.server.secret, click)) == 400
    time.sleep(0.3)
    assert trap.connections == 0
    assert "refused a URL that is not Slack" in clean.log_text()
    _unchanged(before, clean.counts())


def _open_log_modal(probed: Probed) -> dict[str, Any]:
    shortcut = {
        "type": "shortcut",
        "callback_id": "log_to_partner_global",
        "team": {"id": TEAM},
        "user": {"id": ANNA.id, "team_id": TEAM},
        "trigger_id": f"{time.time():.0f}.9.{uuid.uuid4().hex}",
        "token": "unused",
    }
    assert probed.server.interact(shortcut).status == 200
    assert probed.fake.wait_for(lambda calls: any(c.method == "views.open" for c in calls))
    return probed.fake.calls_to("views.open")[-1].args["view"]


def test_a_foreign_url_in_private_metadata_is_not_called_and_the_card_goes_to_the_dm(clean: Probed, trap: Trap) -> None:
    view = _open_log_modal(clean)
    view = {**view, "private_metadata": json.dumps({"i": None, "u": trap.url, "c": None})}
    submission = payloads.view_submission(
        team_id=TEAM, user_id=ANNA.id, view=view, overrides={"text": "Mødtes med Saxo Forlag om bogpakker"}
    )
    assert clean.server.interact(submission).status == 200
    assert clean.fake.wait_for(
        lambda calls: any(c.method == "chat.postMessage" and c.args.get("channel") == ANNA.id for c in calls)
    )
    time.sleep(0.3)
    assert trap.connections == 0
    assert "log modal private_metadata" in clean.log_text()


def _reschedule_view(followup_id: int, day: str | None, at: str | None) -> dict[str, Any]:
    """The reschedule modal as the bot draws it, submitted with the given picker values."""
    view = build_reschedule_modal("da", followup_id, "D0ANNA", "1.000100")
    values = {
        "reschedule_day": {"reschedule_day": {"type": "datepicker", "selected_date": day}},
        "reschedule_time": {"reschedule_time": {"type": "timepicker", "selected_time": at}},
    }
    return {**view, "id": "V1", "state": {"values": values}}


# ----- 5. other workspaces' ids in buttons and private_metadata ---------------------------------------

CROSS_WORKSPACE = [
    "reminder_done",
    "reminder_snooze",
    "reminder_reschedule",
    "overview_due_done",
    "log_edit",
    "log_open_for_partner",
    "reschedule-metadata",
    "log-modal-metadata",
]


@pytest.mark.parametrize("cross", CROSS_WORKSPACE)
def test_cross_workspace_ids_change_nothing(clean: Probed, cross: str) -> None:
    ids = clean.ids
    engine = clean.engine()

    def theirs() -> tuple[Any, ...]:
        with engine.connect() as conn:
            followup = conn.execute(
                select(FollowUp.status, FollowUp.due_at, FollowUp.snoozed_until).where(
                    FollowUp.id == ids["their_followup"]
                )
            ).one()
            log = conn.execute(
                select(Interaction.raw_text, Interaction.deleted_at).where(Interaction.id == ids["their_log"])
            ).one()
        return tuple(followup) + tuple(log)

    before_rows, before = clean.counts(), theirs()
    response = clean.fake.response_url(f"cross-{cross}")
    if cross in ("reschedule-metadata", "log-modal-metadata"):
        if cross == "reschedule-metadata":
            view = _reschedule_view(ids["their_followup"], "2030-01-02", None)
            payload = {
                "type": "view_submission",
                "team": {"id": TEAM},
                "user": {"id": ANNA.id, "team_id": TEAM},
                "trigger_id": f"{time.time():.0f}.7.{uuid.uuid4().hex}",
                "view": view,
                "response_urls": [],
            }
        else:
            view = _open_log_modal(clean)
            view = {**view, "private_metadata": json.dumps({"i": ids["their_log"], "u": None, "c": None})}
            payload = payloads.view_submission(
                team_id=TEAM, user_id=ANNA.id, view=view, overrides={"text": "Overskrevet af en anden"}
            )
        assert clean.server.interact(payload).status == 200
    else:
        value = {"log_open_for_partner": ids["their_partner"], "log_edit": ids["their_log"]}.get(
            cross, ids["their_followup"]
        )
        payload = payloads.block_action(
            team_id=TEAM, user_id=ANNA.id, action_id=cross, value=str(value), response_url=response
        )
        if cross == "reminder_snooze":
            option = {"text": {"type": "plain_text", "text": "1 time"}, "value": f"{ids['their_followup']}:1h"}
            payload["actions"][0].update(type="static_select", selected_option=option)
            del payload["actions"][0]["value"]
        assert clean.server.interact(payload).status == 200
        assert clean.fake.wait_for(lambda calls: any(c.method.startswith("response_url:cross") for c in calls))
        said = json.dumps(
            [c.args for c in clean.fake.calls if c.method.startswith("response_url:cross")], ensure_ascii=False
        )
        assert "Anden Fond" not in said and "Deres" not in said
    time.sleep(0.3)
    assert theirs() == before
    _unchanged(before_rows, clean.counts(), allowed=BOOKKEEPING)


# ----- 6. replays ---------------------------------------------------------------------------------------

REPLAYS = ["command", "view-submission"]


@pytest.mark.parametrize("kind", REPLAYS)
def test_a_replayed_signed_request_is_handled_once(clean: Probed, kind: str) -> None:
    marker = uuid.uuid4().hex[:8]
    if kind == "command":
        body = command_body(f"log Ringede til Saxo Forlag om gave {marker}")
    else:
        view = _open_log_modal(clean)
        body = wire.interactive(
            payloads.view_submission(
                team_id=TEAM, user_id=ANNA.id, view=view, overrides={"text": f"Mødtes med Saxo Forlag {marker}"}
            )
        )
    headers = wire.signed(clean.server.secret, body)
    assert post_raw(clean.server, body, headers) == 200
    assert post_raw(clean.server, body, headers) == 200
    time.sleep(0.5)
    saved = clean.server.scalars(
        select(func.count()).select_from(Interaction).where(Interaction.raw_text.contains(marker))
    )
    assert saved == [1]


# ----- 7. forged pickers and control characters -----------------------------------------------------------

FORGED_PICKERS = ["reschedule-date", "reschedule-time", "log-modal-date"]


@pytest.mark.parametrize("kind", FORGED_PICKERS)
def test_a_forged_picker_value_gets_a_field_error_and_stays_out_of_the_log(clean: Probed, kind: str) -> None:
    before = clean.counts()
    if kind.startswith("reschedule"):
        day, at = ("2030-01-02", FORGED) if kind == "reschedule-time" else (FORGED, None)
        view = _reschedule_view(1, day, at)
        payload = {
            "type": "view_submission",
            "team": {"id": TEAM},
            "user": {"id": ANNA.id, "team_id": TEAM},
            "trigger_id": f"{time.time():.0f}.8.{uuid.uuid4().hex}",
            "view": view,
            "response_urls": [],
        }
    else:
        view = _open_log_modal(clean)
        payload = payloads.view_submission(
            team_id=TEAM,
            user_id=ANNA.id,
            view=view,
            overrides={"text": "Ringede til Saxo Forlag", "fu0_action": "call", "fu0_date": FORGED},
        )
    reply = clean.server.interact(payload)
    assert reply.status == 200
    assert reply.json()["response_action"] == "errors"
    _unchanged(before, clean.counts(), allowed=BOOKKEEPING)


def test_nul_and_control_characters_leave_user_text_the_same_on_both_databases(clean: Probed) -> None:
    marker = uuid.uuid4().hex[:8]
    reply = clean.server.command(f"log Ringede\x00 til Saxo\x07 Forlag\x1b[31m {marker}\u0085 om bøger")
    assert reply.status == 200 and "Noget gik galt" not in reply.text
    [raw] = clean.server.scalars(select(Interaction.raw_text).where(Interaction.raw_text.contains(marker)))
    assert raw == f"Ringede til Saxo Forlag[31m {marker} om bøger"


# ----- 8. CSV formula cells ------------------------------------------------------------------------------


def test_the_export_neutralises_formula_cells(clean: Probed) -> None:
    clean.fake.uploads.clear()
    assert clean.server.command("export").status == 200
    assert clean.fake.wait_for(lambda calls: any(c.method == "files.completeUploadExternal" for c in calls), timeout=15)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and not clean.fake.uploads:
        time.sleep(0.05)
    cells: list[str] = []
    for raw in clean.fake.uploads.values():
        content = raw.decode("utf-8-sig")
        delimiter = ";" if content.splitlines()[0].count(";") > content.splitlines()[0].count(",") else ","
        cells += [cell for row in csv.reader(io.StringIO(content), delimiter=delimiter) for cell in row]
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)
    for formula in FORMULAS:
        assert "'" + formula in cells, formula


# ----- 9. the team digest names no one it may not ---------------------------------------------------------

TEAM_DIGEST = [
    "member-sets-channel",
    "member-turns-off",
    "admin-all-in-shared",
    "admin-all-in-public",
    "admin-all-in-connect",
    "admin-all-in-private",
]


def _digest_row(probed: Probed) -> tuple[Any, ...] | None:
    with probed.engine().connect() as conn:
        row = conn.execute(
            select(TeamDigest.channel_id, TeamDigest.names_all, TeamDigest.enabled).where(TeamDigest.team_id == TEAM)
        ).one_or_none()
    return tuple(row) if row is not None else None


@pytest.mark.parametrize("kind", TEAM_DIGEST)
def test_team_digest_settings_are_for_admins_and_all_only_in_private_unshared_channels(
    clean: Probed, kind: str
) -> None:
    engine = clean.engine()
    with engine.begin() as conn:
        conn.execute(TeamDigest.__table__.delete().where(TeamDigest.team_id == TEAM))
    if kind == "member-turns-off":
        with make_session_factory(engine).begin() as session:
            set_team_digest(
                session,
                ws=Workspace(TEAM),
                channel_id="G0PRIVATE",
                shared_outside=False,
                names_all=True,
                weekday=7,
                time="23:59",
                tz="Europe/Copenhagen",
            )
    before = _digest_row(clean)
    user, args = {
        "member-sets-channel": (ANNA.id, "team-digest <#C0SHARED|partnere-ude>"),
        "member-turns-off": (ANNA.id, "team-digest off"),
        "admin-all-in-shared": (ADA.id, "team-digest <#C0SHARED|partnere-ude> all"),
        "admin-all-in-public": (ADA.id, "team-digest <#C0PUBLIC|kampagne> all"),
        "admin-all-in-connect": (ADA.id, "team-digest <#G0CONNECT|med-forlaget> all"),
        "admin-all-in-private": (ADA.id, "team-digest <#G0PRIVATE|styregruppe> all sun 23:59"),
    }[kind]
    reply = clean.server.command(f"settings {args}", user=user)
    assert reply.status == 200 and reply.seconds < 3.0
    if kind == "admin-all-in-private":
        assert _digest_row(clean) == ("G0PRIVATE", True, True)
        assert clean.fake.wait_for(
            lambda calls: any(c.method == "chat.postMessage" and c.args.get("channel") == "G0PRIVATE" for c in calls)
        )
        announced = [
            c.args["text"] for c in clean.fake.calls_to("chat.postMessage") if c.args.get("channel") == "G0PRIVATE"
        ]
        assert announced and f"<@{ADA.id}>" in announced[-1]
    else:
        assert _digest_row(clean) == before
        expected = "Kun en administrator" if user == ANNA.id else "public or shared outside"
        assert expected in reply.text
        # No announcement in any channel (the clock may DM someone a digest meanwhile).
        assert not any(
            c.method == "chat.postMessage" and str(c.args.get("channel"))[:1] in "CG" for c in clean.fake.calls
        )
    # The attempt (refused or not) is in the audit trail.
    audited = clean.server.scalars(
        text("SELECT count(*) FROM audit_log WHERE entity_type = 'team_digests' AND actor = :who").bindparams(who=user)
    )
    assert audited[0] >= 1


def test_the_posted_team_digest_names_only_public_partners_even_after_the_channel_became_shared(clean: Probed) -> None:
    """Set up to name all in a channel that was private; Slack now says it is shared: the clock posts public names only."""
    engine = clean.engine()
    now = datetime.now(CPH)
    due = now - timedelta(minutes=2)
    with engine.begin() as conn:
        conn.execute(TeamDigest.__table__.delete().where(TeamDigest.team_id == TEAM))
    with make_session_factory(engine).begin() as session:
        set_team_digest(
            session,
            ws=Workspace(TEAM),
            channel_id="C0SHARED",
            shared_outside=False,
            names_all=True,
            weekday=due.isoweekday(),
            time=due.strftime("%H:%M"),
            tz="Europe/Copenhagen",
        )

    def posted(calls: list[Any]) -> list[Any]:
        return [c for c in calls if c.method == "chat.postMessage" and c.args.get("channel") == "C0SHARED"]

    assert clean.fake.wait_for(lambda calls: bool(posted(calls)), timeout=20)
    message = json.dumps(posted(clean.fake.calls)[0].args, ensure_ascii=False)
    # The public partner is named; the no-publicity sponsor only counts in the anonymous totals.
    assert "Saxo Forlag" in message
    assert SECRET_SPONSOR not in message and "Nordic" not in message
    # Slack said the channel is shared: the setup now names public partners only until an admin says all again.
    with engine.connect() as conn:
        assert conn.execute(select(TeamDigest.shared_outside).where(TeamDigest.team_id == TEAM)).scalar_one() is True
    with engine.begin() as conn:
        conn.execute(TeamDigest.__table__.delete().where(TeamDigest.team_id == TEAM))


# ----- 10. slow or failing Slack lookups never hold the acknowledgement -------------------------------------

SLOW_LOOKUPS = ["forget-users-info-500", "team-digest-users-info-500", "team-digest-conversations-info-500"]


@pytest.mark.parametrize("kind", SLOW_LOOKUPS)
def test_failing_lookups_before_the_ack_answer_in_time_with_the_safe_default(clean: Probed, kind: str) -> None:
    before = clean.counts()
    if kind.startswith("forget") or "users-info" in kind:
        clean.fake.fail("users.info", Fault(status=500, times=10))
    else:
        clean.fake.fail("conversations.info", Fault(status=500, times=10))
    args = {
        "forget-users-info-500": "forget Lars Jensen",
        "team-digest-users-info-500": "settings team-digest <#G0PRIVATE|s> all",
        "team-digest-conversations-info-500": "settings team-digest <#G0PRIVATE|s> all",
    }[kind]
    reply = clean.server.command(args, user=ADA.id)
    assert reply.status == 200 and reply.seconds < 3.0, reply.seconds
    assert any(word in reply.text for word in ("administrator", "admin", "did not answer", "svarede ikke"))
    clean.fake._faults.clear()
    _unchanged(before, clean.counts(), allowed=BOOKKEEPING)


# ----- 11. the install page and OAuth state ----------------------------------------------------------------

OAUTH_ENV = {
    "SLACK_BOT_TOKEN": "",
    "SLACK_CLIENT_ID": "1111.2222",
    "SLACK_CLIENT_SECRET": "oauth-client-secret",
    "CLOCK_TICK_SECONDS": "1",
    "LOG_LEVEL": "INFO",
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def installing(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Probed]:
    """A server that installs with OAuth, for the install page and state probes."""
    url, cleanup = _database(request, tmp_path_factory)
    upgrade(url)
    log = tmp_path_factory.mktemp("security-oauth-log") / "server.log"
    with FakeSlack(team_id="T0INSTALL", users=[ANNA]) as fake:
        fake.tokens["xoxb-unused-sentinel"] = "T0NONE"
        server = start_server(url, fake, OAUTH_ENV, log_path=log, startup_seconds=STARTUP_SECONDS)
        try:
            yield Probed(server, log, {})
        finally:
            stop_server(server)
            if cleanup is not None:
                cleanup()


def _states(probed: Probed) -> int:
    return probed.server.scalars(select(func.count()).select_from(oauth_states))[0]


def _install_page(probed: Probed, client: str) -> tuple[int, str | None, str | None]:
    status, page, headers = get_raw(probed.server, "/slack/install", {"X-Forwarded-For": client})
    if status != 200:
        return status, None, None
    found = re.search(r"state=([\w-]+)", page)
    return status, found.group(1) if found else None, headers["set-cookie"].split(";", 1)[0]


def test_the_install_page_writes_state_at_a_bounded_rate_per_client(installing: Probed) -> None:
    start = len(installing.log_text())
    before = _states(installing)
    client = f"203.0.113.{uuid.uuid4().int % 250}"
    statuses = [_install_page(installing, f"198.51.100.{n}, {client}")[0] for n in range(50)]
    assert statuses.count(200) == 10 and statuses.count(429) == 40
    assert _states(installing) - before == 10
    assert '"level": "error"' not in installing.log_text()[start:]


def test_the_clock_purges_expired_states(installing: Probed) -> None:
    with installing.engine().begin() as conn:
        conn.execute(
            insert(oauth_states),
            [
                {"state": f"expired-{n}", "expire_at": datetime.now(UTC).replace(tzinfo=None) - timedelta(minutes=1)}
                for n in range(50)
            ],
        )
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if not installing.server.scalars(
            select(func.count()).select_from(oauth_states).where(oauth_states.c.state.like("expired-%"))
        )[0]:
            break
        time.sleep(0.3)
    assert installing.server.scalars(
        select(func.count()).select_from(oauth_states).where(oauth_states.c.state.like("expired-%"))
    ) == [0]


def test_one_state_installs_once_under_concurrent_redirects(installing: Probed) -> None:
    """Three redirects at once with the same state and cookie, eight times: eight installs, not more."""
    start = len(installing.log_text())
    installing.fake.clear()
    for trial in range(8):
        status, state, cookie = _install_page(installing, f"192.0.2.{trial + 1}")
        assert status == 200 and state and cookie
        codes = [f"code-{trial}-{n}-{uuid.uuid4().hex[:6]}" for n in range(3)]
        for code in codes:
            installing.fake.grant(code, OAuthGrant(f"T0RACE{trial}", f"Race {trial}", "U0ANNA"))
        barrier = threading.Barrier(3)

        def redirect(code: str, state: str = state, cookie: str = cookie, barrier: threading.Barrier = barrier) -> int:
            barrier.wait(timeout=10)
            return get_raw(installing.server, f"/slack/oauth_redirect?code={code}&state={state}", {"Cookie": cookie})[0]

        with ThreadPoolExecutor(3) as pool:
            statuses = list(pool.map(redirect, codes))
        assert all(s < 500 for s in statuses), statuses
        # The state, now used, is refused to a later redirect too.
        late = f"code-{trial}-late"
        installing.fake.grant(late, OAuthGrant(f"T0RACE{trial}", f"Race {trial}", "U0ANNA"))
        get_raw(installing.server, f"/slack/oauth_redirect?code={late}&state={state}", {"Cookie": cookie})
    exchanges = [c for c in installing.fake.calls if c.method == "oauth.v2.access"]
    assert len(exchanges) == 8, len(exchanges)
    assert '"level": "error"' not in installing.log_text()[start:]


@pytest.mark.parametrize("kind", ["unknown-state", "no-cookie", "state-of-another-cookie"])
def test_a_redirect_with_a_bad_state_installs_nothing(installing: Probed, kind: str) -> None:
    installing.fake.clear()
    status, state, cookie = _install_page(installing, f"192.0.2.{100 + len(kind)}")
    assert status == 200 and state and cookie
    installing.fake.grant("code-bad", OAuthGrant("T0BAD", "Bad", "U0ANNA"))
    query = {
        "unknown-state": f"state=not-a-state-{uuid.uuid4().hex}",
        "no-cookie": f"state={state}",
        "state-of-another-cookie": f"state={state}",
    }[kind]
    headers = (
        {}
        if kind == "no-cookie"
        else {"Cookie": "slack-app-oauth-state=someone-else" if kind != "unknown-state" else cookie}
    )
    status, _, _ = get_raw(installing.server, f"/slack/oauth_redirect?code=code-bad&{query}", headers)
    assert status < 500
    assert installing.fake.calls_to("oauth.v2.access") == []
