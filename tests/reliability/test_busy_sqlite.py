"""A busy SQLite database: the web process, its scheduler and a clock process write at once.

For BUSY_SECONDS (20 in `make test`, 60 in `make soak`) four clients stream `/partner log`, `due`, `status` and `list`
while the server's in-process scheduler and a separate `python -m bot clock` both tick every
second over well over a thousand follow-ups that are due for a reminder. No user may see an error
(every reply is 200 within 3 s and never the bot's busy or internal-error text), and
"database is locked" appears in no process's output.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.domain.services import Services, utc_now
from bot.i18n import t
from bot.offline.fakeslack import FakeSlack
from bot.settings import Settings
from storage.db import make_engine, make_session_factory
from storage.followups import create_followup
from storage.migrate import upgrade
from storage.models import FollowUp, FollowUpAction
from storage.scope import Workspace
from tests.e2e.conftest import ANNA, BEN, BOT_TOKEN, TEAM
from tests.reliability.common import (
    bot_env,
    said_saved,
    send_command,
    start_bot,
    start_web,
    unique_name,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BUSY_SECONDS = float(os.environ.get("BUSY_SECONDS", "20"))
SEEDED_FOLLOWUPS = 1500
ERROR_TEXTS = [t(lang, key) for lang in ("da", "en") for key in ("error.internal", "error.busy")]
LOCKED = "database is locked"


def seed(db_url: str) -> None:
    """Follow-ups due within the reminder lead, so every tick of every scheduler has work."""
    engine = make_engine(db_url)
    services = Services(
        settings=Settings(database_url=db_url), engine=engine, session_factory=make_session_factory(engine)
    )
    now = utc_now()
    try:
        with services.transaction(None) as session:
            for n in range(SEEDED_FOLLOWUPS):
                create_followup(
                    session,
                    ws=Workspace(TEAM),
                    action=FollowUpAction.CALL,
                    due_at=now + timedelta(seconds=30 + n % 600),
                    owner_user_id=(ANNA, BEN)[n % 2].id,
                    due_tz="Europe/Copenhagen",
                    text=f"Seeded reminder {n}",
                )
    finally:
        engine.dispose()


def wait_for_heartbeat(db_url: str, pid: int, timeout: float) -> None:
    """Wait until the scheduler heartbeat names this process (it has ticked at least once)."""
    from storage.models import Heartbeat

    engine = make_engine(db_url)
    deadline = time.monotonic() + timeout
    try:
        while True:
            with engine.connect() as conn:
                pids = set(conn.scalars(select(Heartbeat.pid).where(Heartbeat.name == "scheduler")))
            if pid in pids:
                return
            assert time.monotonic() < deadline, f"the clock process did not tick within {timeout:.0f} s"
            time.sleep(0.1)
    finally:
        engine.dispose()


def test_web_and_two_schedulers_on_sqlite_never_show_a_busy_error(tmp_path: Path) -> None:
    db_url = f"sqlite:///{tmp_path / 'busy.db'}"
    upgrade(db_url)
    seed(db_url)
    server_out, clock_out = tmp_path / "server.log", tmp_path / "clock.log"
    replies: Counter[str] = Counter()
    problems: list[str] = []
    lock = threading.Lock()
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[ANNA, BEN]) as fake:
        server = start_web(db_url, fake, server_out, {"RUN_SCHEDULER": "true", "CLOCK_TICK_SECONDS": "1"})
        clock = start_bot(["clock"], bot_env(db_url, fake, {"CLOCK_TICK_SECONDS": "1"}), clock_out)
        # The busy window starts once the clock process ticks (its start-up takes seconds on a
        # loaded machine): until then there would be only one scheduler writing.
        wait_for_heartbeat(db_url, clock.process.pid, timeout=150)
        names: list[str] = []
        deadline = time.monotonic() + BUSY_SECONDS

        def client(seed_: int) -> None:
            rng = random.Random(seed_)
            while time.monotonic() < deadline:
                kind = rng.choice(["log", "log", "log", "due", "due all", "status", "list"])
                if kind == "log":
                    name = unique_name("Busy Partner")
                    soon = (utc_now() + timedelta(minutes=rng.randint(1, 10))).astimezone(ZoneInfo("Europe/Copenhagen"))
                    text = f"log Ringede til Lars hos {name}. De giver 2.000 kr. Ring igen kl. {soon:%H.%M}."
                else:
                    with lock:
                        known = rng.choice(names) if names else "Busy"
                    text = f"status {known}" if kind == "status" else kind
                reply = send_command(server.url, fake, text, user=rng.choice([ANNA.id, BEN.id]), timeout=10)
                with lock:
                    replies[kind.split()[0]] += 1
                    if reply is None:
                        problems.append(f"{text!r}: no answer")
                    elif reply.status != 200 or reply.seconds >= 3:
                        problems.append(f"{text!r}: {reply.status} after {reply.seconds:.2f} s")
                    elif any(error in reply.body.decode() for error in ERROR_TEXTS):
                        problems.append(f"{text!r}: {reply.body.decode()[:200]}")
                    elif kind == "log":
                        if said_saved(reply):
                            names.append(name)
                        else:
                            problems.append(f"{text!r} not saved: {reply.body.decode()[:200]}")

        threads = [threading.Thread(target=client, args=(n,)) for n in range(4)]
        try:
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        finally:
            clock_code = clock.terminate()
            server_code = server.terminate()
        reminders = [
            c
            for c in fake.calls_to("chat.postMessage")
            if str(((c.args.get("metadata") or {}).get("event_payload") or {}).get("key", "")).startswith("reminder:")
        ]
        # What the bot said after the ack (respond, DMs) must not be an error text either.
        for call in fake.calls:
            if call.method.startswith("response_url:") or call.method.startswith("chat."):
                said = str(call.args.get("text") or "") + str(call.args.get("blocks") or "")
                if any(error in said for error in ERROR_TEXTS):
                    problems.append(f"{call.method}: {said[:200]}")

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            sent = conn.scalar(select(func.count()).select_from(FollowUp).where(FollowUp.reminder_state == "sent"))
    finally:
        engine.dispose()
    output = server_out.read_text(errors="replace") + clock_out.read_text(errors="replace")
    print(
        f"\nbusy SQLite {BUSY_SECONDS:.0f} s: {sum(replies.values())} replies {dict(replies)}, "
        f"{len(problems)} problems, {len(reminders)} reminders sent by the schedulers ({sent} marked sent), "
        f"'{LOCKED}' in output: {output.count(LOCKED)}"
    )
    assert not problems, problems[:5]
    assert LOCKED not in output, output[output.index(LOCKED) - 2000 : output.index(LOCKED) + 200]
    assert '"level": "error"' not in output, output[-3000:]
    assert clock_code == 0 and server_code == 0, (clock_code, server_code, output[-2000:])
    assert len(names) >= 10 * BUSY_SECONDS / 60, "too few logs were saved to call this load"
    assert len(reminders) >= 100 * BUSY_SECONDS / 60, "the schedulers did not write while the web did"
