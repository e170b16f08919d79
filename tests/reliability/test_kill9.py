"""SIGKILL during load: whatever was acknowledged as saved survives, exactly once, and nothing is half-written.

Each run starts the real server, streams signed `/partner log` commands from four client
threads, and SIGKILLs the gunicorn master and its worker (the whole process group) after a
random 0.2 to 1.2 s. Between runs the database is checked: every log acknowledged with
"Gemt" is stored exactly once, every stored log has every row its text implied (partner,
contact, stated follow-ups, pledge), and SQLite's integrity_check says ok. SQLite and
PostgreSQL run side by side, each in its own database shared by all its runs.

KILL_RUNS is the number of runs per backend: 12 in `make test` (the gate), 100 in `make soak`;
KILL_SEED varies the moments.
"""

from __future__ import annotations

import json
import os
import random
import re
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.offline.fakeslack import FakeSlack
from storage.db import normalize_database_url
from storage.migrate import upgrade
from tests.e2e.conftest import ANNA, BEN, BOT_TOKEN, TEAM
from tests.reliability.common import (
    Proc,
    Tally,
    launch_web,
    pg_schema,
    require_pg,
    said_saved,
    send_command,
    unique_name,
    wait_healthy,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

KILL_RUNS = int(os.environ.get("KILL_RUNS", "12"))
KILL_SEED = os.environ.get("KILL_SEED", "9")
CLIENTS = 4
PREFIX = "Kill Partner"
NAME = re.compile(PREFIX + r" [A-Za-z]+")
# Three shapes of log: amount and follow-up, follow-up only, amount only (suggestions only).
TEMPLATES = (
    "Ringede til Lars Jensen hos {name}. De giver {k}.000 kr. Ring igen fredag.",
    "Møde med Mette hos {name}. Send mail i morgen.",
    "Ringede til Lars hos {name}. De giver {k}.000 kr.",
)


@dataclass
class Outcome:
    """What one backend's runs did."""

    backend: str
    runs: int = 0
    sent: int = 0
    acked: int = 0
    verified: int = 0
    problems: list[str] = field(default_factory=list)


def _stream(url: str, fake: FakeSlack, tally: Tally, stop: threading.Event, rng: random.Random) -> None:
    while not stop.is_set():
        name = unique_name(PREFIX)
        line = rng.choice(TEMPLATES).format(name=name, k=rng.randint(1, 99))
        with tally.lock:
            tally.sent += 1
        reply = send_command(url, fake, "log " + line, timeout=5)
        if said_saved(reply):
            with tally.lock:
                tally.acked.append(name)
        elif reply is None:
            return  # the server is gone
        else:
            with tally.lock:
                tally.unsaved.append(reply.body.decode(errors="replace")[:200])


def verify(db_url: str, acked: set[str]) -> list[str]:
    """Everything acknowledged is stored once; every stored log is whole; the file is intact."""
    problems: list[str] = []
    engine = create_engine(normalize_database_url(db_url))
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, raw_text, partner_id, understood FROM interactions "
                    "WHERE team_id = :t AND deleted_at IS NULL"
                ),
                {"t": TEAM},
            ).all()
            partners = dict(conn.execute(text("SELECT id, name FROM partners WHERE team_id = :t"), {"t": TEAM}).all())
            stated = Counter(
                conn.scalars(
                    text("SELECT interaction_id FROM followups WHERE team_id = :t AND suggested = :f"),
                    {"t": TEAM, "f": False},
                )
            )
            pledged = {
                (i, a)
                for i, a in conn.execute(
                    text("SELECT created_by_interaction_id, amount_dkk FROM pledges WHERE team_id = :t"), {"t": TEAM}
                )
            }
            linked = Counter(
                conn.scalars(text("SELECT interaction_id FROM interaction_contacts WHERE team_id = :t"), {"t": TEAM})
            )
    finally:
        engine.dispose()
    stored: Counter[str] = Counter()
    for interaction_id, raw, partner_id, understood in rows:
        found = NAME.search(raw)
        if not found:
            continue
        name = found.group(0)
        stored[name] += 1
        understood = json.loads(understood) if isinstance(understood, str) else understood or {}
        want = len(understood.get("followups") or [])
        decision = (understood.get("_log") or {}).get("decision")
        if decision in ("ambiguous", "duplicate", "missing"):
            # The bot asked which partner is meant (a random name can look like an earlier one):
            # the log and its follow-ups are saved whole, and nothing else waits on the choice.
            if partner_id is not None or stated[interaction_id] != want:
                problems.append(f"log {interaction_id} ({name}) waits for a partner choice but is not a whole draft")
            continue
        if partners.get(partner_id) != name:
            problems.append(
                f"log {interaction_id} ({name}) is not attached to its partner: {partners.get(partner_id)!r}"
            )
        if ("Ring igen" in raw or "Send mail" in raw) and want == 0:
            problems.append(f"log {interaction_id} ({name}) was understood without its follow-up")
        if stated[interaction_id] != want:
            problems.append(f"log {interaction_id} ({name}) states {want} follow-ups, {stated[interaction_id]} stored")
        for money in understood.get("money") or []:
            if (interaction_id, int(money["amount"])) not in pledged:
                problems.append(f"log {interaction_id} ({name}) says {money['amount']} kr., no such pledge")
        if understood.get("contacts") and not linked[interaction_id]:
            problems.append(f"log {interaction_id} ({name}) names a contact, none linked")
    problems += [f"stored {n} times: {name}" for name, n in stored.items() if n > 1]
    problems += [f"acknowledged but not stored: {name}" for name in acked if stored[name] == 0]
    orphans = [n for n in partners.values() if NAME.fullmatch(n) and stored[n] == 0]
    problems += [f"partner without its log (half-written): {n}" for n in orphans]
    if db_url.startswith("sqlite"):
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
            check = raw.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                problems.append(f"integrity_check: {check[:5]}")
            broken = raw.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                problems.append(f"foreign_key_check: {broken[:5]}")
        raw.close()
    return problems


def campaign(backend: str, db_url: str, runs: int, output: Path, outcome: Outcome) -> None:
    """Start, load, SIGKILL and verify, runs times, on one database."""
    rng = random.Random(f"{backend}-{KILL_SEED}")
    acked_ever: set[str] = set()
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]) as fake:
        env = {"RUN_SCHEDULER": "false"}
        upcoming: Proc | None = launch_web(db_url, fake, output, env)
        server: Proc | None = None
        try:
            for run in range(runs):
                server = wait_healthy(upcoming)
                # The next run's server boots (about 4 s of imports) while this one is loaded and
                # killed; it only touches the database to check the schema until its turn comes.
                upcoming = launch_web(db_url, fake, output, env) if run + 1 < runs else None
                tally, stop = Tally(), threading.Event()
                clients = [
                    threading.Thread(target=_stream, args=(server.url, fake, tally, stop, random.Random(rng.random())))
                    for _ in range(CLIENTS)
                ]
                for client in clients:
                    client.start()
                time.sleep(rng.uniform(0.2, 1.2))
                server.kill9()
                stop.set()
                for client in clients:
                    client.join(timeout=30)
                fake.clear()
                acked_ever.update(tally.acked)
                outcome.runs += 1
                outcome.sent += tally.sent
                outcome.acked += len(tally.acked)
                if tally.unsaved:
                    outcome.problems.append(f"{backend} run {run}: answered without saving: {tally.unsaved[:2]}")
                    return
                problems = verify(db_url, acked_ever)
                if problems:
                    outcome.problems += [f"{backend} run {run}: {p}" for p in problems[:10]]
                    return
                outcome.verified = len(acked_ever)
        finally:
            for proc in (server, upcoming):
                if proc is not None:
                    proc.kill9()


def test_sigkill_during_load_keeps_every_acknowledged_log_whole(tmp_path: Path, pg_admin) -> None:
    outcomes = [Outcome("sqlite")]
    with_pg = require_pg(pg_admin)
    if with_pg:
        outcomes.append(Outcome("postgresql"))
    started = time.perf_counter()
    errors: list[BaseException] = []

    def run(outcome: Outcome, db_url: str) -> None:
        try:
            campaign(outcome.backend, db_url, KILL_RUNS, tmp_path / f"{outcome.backend}.log", outcome)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test's thread
            errors.append(exc)

    sqlite_url = f"sqlite:///{tmp_path / 'kill9.db'}"
    threads = [threading.Thread(target=run, args=(outcomes[0], sqlite_url))]
    schema = pg_schema(pg_admin) if with_pg else None
    pg_url = schema.__enter__() if schema else None
    try:
        if pg_url:
            threads.append(threading.Thread(target=run, args=(outcomes[1], pg_url)))
        # Alembic's context is process-global: migrate both databases here, not in the threads.
        for url in (sqlite_url, pg_url):
            if url:
                upgrade(url)
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        if schema:
            schema.__exit__(None, None, None)
    elapsed = time.perf_counter() - started
    for o in outcomes:
        print(
            f"\nkill -9 {o.backend}: {o.runs} runs, {o.sent} commands sent, {o.acked} acknowledged, "
            f"{o.verified} verified stored once and whole"
        )
    print(f"kill -9: {elapsed:.0f} s" + ("" if with_pg else " (PostgreSQL unreachable: SQLite only)"))
    if errors:
        raise errors[0]
    for o in outcomes:
        assert not o.problems, o.problems
        assert o.runs == KILL_RUNS
        assert o.acked > 0, f"{o.backend}: no command was acknowledged before a kill"
        assert o.verified == o.acked
