"""Benchmark building daily digests: 1,000 users with 100,000 open follow-ups, and 10x that.

Usage: uv run python bench/bench_digest.py [--users 1000 --followups 100000] [--quick] [--no-pg]

Bulk-loads one workspace (users in three timezones, partners, open follow-ups spread from 60 days
overdue to 60 days ahead, verbal pledges and recent calls) into a fresh SQLite file and a fresh
PostgreSQL schema migrated with Alembic, then times `DigestSweep.due` + building every user's
digest in the sweep's batches (`DigestSweep.batches`), as a sweep does at digest time (sending
excluded), and prints a markdown table.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, insert, text  # noqa: E402

from bot.domain.reminders import DigestSweep  # noqa: E402
from bot.domain.services import Services  # noqa: E402
from bot.process.runtime import settle_heap  # noqa: E402
from bot.settings import Settings  # noqa: E402
from storage.db import make_engine, make_session_factory, normalize_database_url  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.models import FollowUp, Interaction, Partner, Pledge, User  # noqa: E402
from storage.scope import Workspace  # noqa: E402

WS = Workspace("T0BENCH")
NOW = datetime(2026, 3, 24, 8, 45, tzinfo=UTC)  # 08:45 London, 09:45 Copenhagen: every 08:30 digest is due
TZS = ("Europe/Copenhagen", "Europe/London", "Europe/Berlin")
PG_URL = normalize_database_url(
    os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
)


def load(engine, users: int, followups: int) -> None:
    rng = random.Random(7)
    stamp = {"team_id": WS.team_id, "enterprise_id": None, "created_at": NOW, "updated_at": NOW}
    partners = max(users * 2, 100)
    with engine.begin() as conn:
        conn.execute(
            insert(User),
            [
                {
                    **stamp,
                    "user_id": f"U{i:06d}",
                    "tz": TZS[i % 3],
                    "locale": "da-DK",
                    "digest_enabled": True,
                    "digest_weekdays": "12345",
                }
                for i in range(users)
            ],
        )
        conn.execute(
            insert(Partner),
            [
                {**stamp, "name": f"Partner {i}", "kind": "business", "stage": "contacted", "publicity": "public"}
                for i in range(partners)
            ],
        )
        for start in range(0, followups, 20_000):
            conn.execute(
                insert(FollowUp),
                [
                    {
                        **stamp,
                        "partner_id": 1 + rng.randrange(partners),
                        "action": "call",
                        "text": f"task {i}",
                        "due_at": NOW + timedelta(minutes=rng.randrange(-60 * 24 * 60, 60 * 24 * 60)),
                        "all_day": i % 4 == 0,
                        "due_tz": "Europe/Copenhagen",
                        "owner_user_id": f"U{rng.randrange(users):06d}",
                        "status": "open",
                        "suggested": False,
                        "reminder_state": "pending",
                        "attempts": 0,
                    }
                    for i in range(start, min(start + 20_000, followups))
                ],
            )
        conn.execute(
            insert(Pledge),
            [
                {
                    **stamp,
                    "partner_id": 1 + rng.randrange(partners),
                    "kind": "money",
                    "amount_dkk": 5000,
                    "status": "verbal",
                    "created_by": f"U{i % users:06d}",
                }
                for i in range(users * 2)
            ],
        )
        conn.execute(
            insert(Interaction),
            [
                {
                    **stamp,
                    "partner_id": 1 + rng.randrange(partners),
                    "kind": "call" if i % 3 else "email",
                    "logged_by": f"U{i % users:06d}",
                    "occurred_at": NOW - timedelta(hours=rng.randrange(24 * 10)),
                    "raw_text": "call",
                }
                for i in range(users * 5)
            ],
        )


def measure(url: str, users: int, followups: int, repeats: int) -> dict[str, float]:
    engine = make_engine(url)
    upgrade(engine)
    started = time.perf_counter()
    load(engine, users, followups)
    if engine.dialect.name == "postgresql":
        # As autovacuum does soon after a million inserts: without statistics the planner takes the
        # tables for empty and reads every follow-up of the workspace for each batch of recipients.
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("VACUUM ANALYZE")
    loaded = time.perf_counter() - started
    services = Services(
        settings=Settings(slack_bot_token="xoxb-bench"),
        engine=engine,
        session_factory=make_session_factory(engine),
        clock=lambda: NOW,
    )
    sweep = DigestSweep(services, lambda ws: None)  # type: ignore[arg-type, return-value]
    settle_heap()  # as the clock process does once it has started (bot/process/runtime.py)
    times, lines = [], 0
    for _ in range(repeats):
        t0 = time.perf_counter()
        with services.transaction(None) as session:
            due = sweep.due(session, WS, NOW)
        built, lines = 0, 0
        for digests in sweep.batches(WS, [r for r, _ in due.values()], NOW):  # as the sweep builds them
            built += len(digests)
            lines += sum(len(d.overdue) + len(d.today) + len(d.week) for d in digests.values())
        times.append(time.perf_counter() - t0)
    engine.dispose()
    return {
        "load": loaded,
        "median": statistics.median(times),
        "best": min(times),
        "digests": built,
        "lines": lines,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--followups", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="100 users, 10,000 follow-ups, no 10x run")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    args = parser.parse_args()
    sizes = [(100, 10_000)] if args.quick else [(args.users, args.followups), (args.users * 10, args.followups * 10)]
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} CPUs")
    print()
    print("| backend | users | open follow-ups | digests built | lines | build (median) | best | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for users, followups in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            backends = [("sqlite", f"sqlite:///{Path(tmp) / 'bench.db'}")]
            schema = None
            if not args.no_pg:
                try:
                    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
                    schema = f"bench_digest_{uuid.uuid4().hex[:8]}"
                    with admin.connect() as conn:
                        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
                    backends.append(("postgresql", f"{PG_URL}?options={quote(f'-csearch_path={schema}')}"))
                except Exception as exc:  # noqa: BLE001 - PostgreSQL is optional here
                    print(f"(PostgreSQL skipped: {type(exc).__name__})")
                    admin = None
            try:
                for name, url in backends:
                    r = measure(url, users, followups, repeats=3)
                    print(
                        f"| {name} | {users:,} | {followups:,} | {r['digests']:,} | {r['lines']:,} | "
                        f"{r['median']:.2f} s | {r['best']:.2f} s | {r['load']:.1f} s |",
                        flush=True,
                    )
            finally:
                if schema and admin is not None:
                    with admin.connect() as conn:
                        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    return 0


if __name__ == "__main__":
    sys.exit(main())
