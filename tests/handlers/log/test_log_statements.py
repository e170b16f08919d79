"""What one `/partner log` costs the database, pinned so it cannot grow unnoticed (not timed).

Signed commands go through the WSGI app in this thread (listeners run at once, as in the console)
on SQLite and PostgreSQL. Counted up to the acknowledgement: statements (round trips), the
transactions that send BEGIN and the commits (each an fsync on PostgreSQL). The user hears
"saved" only after the one commit. bench/bench_log_path.py prints the same counts with timings.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from slack_bolt.context.ack.ack import Ack
from sqlalchemy import event

from bot.offline.console import ImmediateExecutor
from bot.offline.fakeslack import FakeSlack, FakeUser
from bot.offline.signing import command_body, signed_headers
from bot.process.app import create_app
from bot.process.server import make_wsgi_app
from bot.settings import Settings
from storage.migrate import upgrade

TEAM = "T0COUNT"
TOKEN = "xoxb-count"
SECRET = "count-signing-secret"
ANNA = FakeUser("U0ANNA", "Anna", tz="Europe/Copenhagen", locale="da-DK")

NEW_PARTNER = "Ringede til Mette Holm, direktør hos Gyldendal. De giver 20 bøger. Ring igen fredag kl. 10."
KNOWN_PARTNER = "Mødtes med Saxo Forlag, de er stadig interesserede. Send mail i morgen."
# Up to the acknowledgement, per backend: (statements at most, transactions, commits). Before
# issue 16's lean path these logs took 39 and 27 statements, three transactions (the user's row,
# the replay id, the log) and two commits on both databases; then 29 and 18, until (stop 24) the
# partner was there before the log was written, the search's partner was kept for the save, a new
# partner's rows came from those in hand, live campaigns came with the known names, and a log's
# follow-ups went in together (one INSERT on PostgreSQL; SQLite sends one per row). The bounds are
# today's counts. On SQLite the user's row is read in a transaction of its own (BEGIN DEFERRED, no
# commit), on PostgreSQL in autocommit.
LIMITS = {
    ("sqlite", NEW_PARTNER): (17, 2, 1),
    ("sqlite", KNOWN_PARTNER): (13, 2, 1),
    ("postgresql", NEW_PARTNER): (16, 1, 1),
    ("postgresql", KNOWN_PARTNER): (13, 1, 1),
}


class Counting:
    """Counts what the engine sends while on, and what had been sent when the ack went out."""

    def __init__(self, engine: Any) -> None:
        self.on = False
        self.counts: Counter[str] = Counter()
        self.at_ack: Counter[str] | None = None
        self.statements: list[str] = []
        event.listen(engine, "before_cursor_execute", self._statement)
        for name in ("begin", "commit"):
            event.listen(engine, name, self._transaction(name))

    def _statement(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.on and not statement.startswith("BEGIN"):  # SQLite's BEGIN is counted as a transaction
            self.counts["statements"] += 1
            self.statements.append(statement)

    def _transaction(self, name: str) -> Any:
        def count(conn: Any) -> None:
            if self.on and conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
                self.counts[name] += 1

        return count

    def acked(self) -> None:
        if self.on and self.at_ack is None:
            self.at_ack = Counter(self.counts)


@pytest.fixture
def app(db_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Counting, FakeSlack]]:
    upgrade(db_url)
    with FakeSlack(team_id=TEAM, bot_token=TOKEN, users=[ANNA]) as fake:
        settings = Settings(
            database_url=db_url,
            run_scheduler=False,
            slack_bot_token=TOKEN,
            slack_signing_secret=SECRET,
            slack_api_url=fake.api_url,
        )
        partnerbot = create_app(settings, listener_executor=ImmediateExecutor())
        counting = Counting(partnerbot.services.engine)
        original = Ack.__call__

        def ack(self: Ack, *args: Any, **kwargs: Any) -> Any:
            counting.acked()
            return original(self, *args, **kwargs)

        monkeypatch.setattr(Ack, "__call__", ack)
        try:
            yield make_wsgi_app(partnerbot), counting, fake
        finally:
            partnerbot.services.engine.dispose()


def _log(app: Any, fake: FakeSlack, text: str, *, body: str | None = None) -> bytes:
    body = body or command_body(
        text=f"log {text}", team_id=TEAM, user_id=ANNA.id, response_url=fake.response_url("count")
    )
    headers = signed_headers(SECRET, body)
    raw = body.encode()
    environ = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "QUERY_STRING": "",
        "CONTENT_TYPE": headers["content-type"],
        "CONTENT_LENGTH": str(len(raw)),
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": headers["x-slack-request-timestamp"],
        "HTTP_X_SLACK_SIGNATURE": headers["x-slack-signature"],
        "wsgi.input": io.BytesIO(raw),
        "wsgi.url_scheme": "http",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "0",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }
    status: list[str] = []
    out = b"".join(app(environ, lambda s, h, *a: status.append(s)))
    assert status[0].startswith("200"), (status, out[:300])
    return out


@pytest.mark.parametrize("text", [NEW_PARTNER, KNOWN_PARTNER], ids=["new-partner", "known-partner"])
def test_a_log_costs_one_commit_and_a_bounded_number_of_statements(app, backend: str, text: str) -> None:
    wsgi, counting, fake = app
    _log(wsgi, fake, "Ringede til Lars Jensen hos Saxo Forlag. De giver 5.000 kr. Ring igen torsdag.")  # warm
    _log(wsgi, fake, "Ringede til Ole hos Arnold Busck. Ingen svar.")  # the names' cache is current again
    counting.on = True
    assert b'"blocks"' in _log(wsgi, fake, text)
    counting.on = False
    assert counting.at_ack is not None, "the log was never acknowledged"
    statements, transactions, commits = LIMITS[(backend, text)]
    at_ack = counting.at_ack
    shown = "\n".join(" ".join(s.split())[:120] for s in counting.statements[: at_ack["statements"]])
    assert at_ack["commit"] == commits, shown  # "saved" is said after the commit, and only one
    assert at_ack["begin"] == transactions, shown
    assert at_ack["statements"] <= statements, f"{at_ack['statements']} statements up to the ack:\n{shown}"


@pytest.mark.parametrize("command", ["log Ringede til Saxo Forlag, de giver 5.000 kr.", "status Saxo", "hvad"])
def test_a_replayed_command_is_answered_as_a_replay_and_saves_nothing_again(app, command: str) -> None:
    wsgi, counting, fake = app
    body = command_body(text=command, team_id=TEAM, user_id=ANNA.id, response_url=fake.response_url("replay"))
    first = _log(wsgi, fake, "", body=body)
    counting.on = True
    second = _log(wsgi, fake, "", body=body)  # the same signed request again, within the five minutes
    counting.on = False
    assert b"allerede behandlet" not in first
    assert b"allerede behandlet" in second and b'"blocks"' not in second
    # Nothing saved again: a log's claim fails first and its transaction is rolled back.
    assert not [s for s in counting.statements if s.startswith("INSERT") and "processed_requests" not in s]
    assert not [s for s in counting.statements if s.startswith("UPDATE")]
