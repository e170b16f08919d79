"""Where a `/partner log` goes: SQL statements per command and time, on SQLite and PostgreSQL.

Usage: uv run python bench/bench_log_path.py [--n 200] [--show] [--no-pg] [--no-sqlite] [--profile]

Signed `/partner log` commands go through the bot's WSGI app in this process (listeners run in
the calling thread, as in the console), against a fresh SQLite file and a fresh PostgreSQL
schema, after a warm-up. An SQLAlchemy `before_cursor_execute` listener counts the statements
each command sends (executemany counts once: one round trip), how many of them come before the
acknowledgement, and the transactions, commits and pool checkouts (each checkout on PostgreSQL
pings the server); --show prints them for one command. The time the driver spends in statements
and commits is measured beside the wall time.
The no-op Bolt app (bench/noop_app.py) runs the same signed commands in the same process as the
baseline. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event, text  # noqa: E402

from bench.bench_http import BOT_TOKEN, SECRET, USERS, log_bodies, log_lines  # noqa: E402
from bench.common import percentile, signed_headers  # noqa: E402
from bot.offline.fakeslack import FakeSlack  # noqa: E402

PG_URL = os.environ.get("TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
from bench.bench_http import TEAM  # noqa: E402


def _environ(body: bytes) -> dict[str, Any]:
    headers = signed_headers(SECRET, body)
    return {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/slack/events",
        "QUERY_STRING": "",
        "CONTENT_TYPE": headers["Content-Type"],
        "CONTENT_LENGTH": str(len(body)),
        "HTTP_X_SLACK_REQUEST_TIMESTAMP": headers["X-Slack-Request-Timestamp"],
        "HTTP_X_SLACK_SIGNATURE": headers["X-Slack-Signature"],
        "wsgi.input": io.BytesIO(body),
        "wsgi.url_scheme": "http",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "0",
        "SERVER_PROTOCOL": "HTTP/1.1",
    }


def _call(app: Any, body: bytes, want: bytes | None) -> None:
    status: list[str] = []
    out = b"".join(app(_environ(body), lambda s, h, *a: status.append(s)))
    assert status[0].startswith("200"), (status, out[:300])
    if want is not None:
        assert want in out, out[:300]


def _kind(statement: str) -> str:
    words = statement.split()
    verb = words[0].upper() if words else "?"
    if verb in ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"):
        return verb
    table = re.search(r"(?:FROM|INTO|UPDATE)\s+\"?(\w+)", statement, re.I)
    return f"{verb} {table.group(1) if table else '?'}"


def measure(url: str, fake: FakeSlack, n: int, *, show: bool, profile: bool) -> dict[str, Any]:
    from bot.offline.console import ImmediateExecutor
    from bot.process import runtime
    from bot.process.app import create_app
    from bot.process.server import make_wsgi_app
    from bot.settings import load_settings
    from storage.migrate import upgrade

    settings = load_settings(
        {
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_URL": fake.api_url,
            "DATABASE_URL": url,
            "RUN_SCHEDULER": "false",
        },
        dotenv=False,
    )
    upgrade(url)
    partnerbot = create_app(settings, listener_executor=ImmediateExecutor())
    runtime.warm_up()
    if hasattr(runtime, "warm_database"):  # absent in trees older than the rehearsal (--before runs)
        runtime.warm_database(partnerbot)
    app = make_wsgi_app(partnerbot)
    make = log_bodies(fake, log_lines(), 300_000)
    statements: list[str] = []
    counting = [False]
    engine = partnerbot.services.engine
    tally: Counter[str] = Counter()
    started_at: list[float] = []
    spent_each: list[float] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _count(_conn, _cursor, statement, _params, _context, _executemany) -> None:  # noqa: ANN001
        if counting[0]:
            statements.append(statement)
            started_at.append(time.perf_counter())

    @event.listens_for(engine, "after_cursor_execute")
    def _timed(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if counting[0] and started_at:
            spent = time.perf_counter() - started_at.pop()
            spent_each.append(spent)
            tally["sql_seconds"] += spent
            slowest[_kind(statement)] += spent

    def _transactions(name: str) -> Any:
        def count(conn: Any) -> None:
            # A read in autocommit sends no BEGIN, COMMIT or ROLLBACK.
            if counting[0] and conn.get_execution_options().get("isolation_level") != "AUTOCOMMIT":
                tally[name] += 1

        return count

    for name in ("begin", "commit", "rollback"):
        event.listen(engine, name, _transactions(name))
    event.listen(engine.pool, "checkout", lambda *_a: tally.update(["checkout"]) if counting[0] else None)

    from slack_bolt.context.ack.ack import Ack

    acked_at: list[int] = []
    original_ack = Ack.__call__

    def _ack(self: Any, *args: Any, **kwargs: Any) -> Any:
        if counting[0]:
            acked_at.append(len(statements))
            tally["commit_at_ack"] += tally["commit"] - before["commit"]
            tally["begin_at_ack"] += tally["begin"] - before["begin"]
        return original_ack(self, *args, **kwargs)

    Ack.__call__ = _ack  # type: ignore[method-assign]

    dialect = engine.dialect
    original_commit, original_ping = dialect.do_commit, dialect.do_ping

    def _do_commit(dbapi_connection: Any) -> None:
        began = time.perf_counter()
        try:
            original_commit(dbapi_connection)
        finally:
            if counting[0]:
                tally["commit_seconds"] += time.perf_counter() - began

    def _do_ping(dbapi_connection: Any) -> bool:
        if counting[0]:
            tally["ping"] += 1
        return original_ping(dbapi_connection)

    dialect.do_commit = _do_commit  # type: ignore[method-assign]
    dialect.do_ping = _do_ping  # type: ignore[method-assign]

    for i in range(len(USERS) + 30):  # profiles fetched, caches warm
        _call(app, make(i), b'"blocks"')
    walls, per_command = [], []
    kinds: Counter[str] = Counter()
    profiler = cProfile.Profile() if profile else None
    tally.clear()
    before: Counter[str] = Counter()
    slowest: Counter[str] = Counter()
    for i in range(n):
        statements.clear()
        spent_each.clear()
        before.clear()
        before.update(tally)
        counting[0] = True
        started = time.perf_counter()
        if profiler:
            profiler.enable()
        _call(app, make(1000 + i), b'"blocks"')
        if profiler:
            profiler.disable()
        walls.append(time.perf_counter() - started)
        counting[0] = False
        per_command.append(len(statements))
        kinds.update(_kind(s) for s in statements)
        if show and i == n - 1:
            print(f"\n-- statements of one log ({len(statements)}):")
            for s, spent in zip(statements, spent_each, strict=False):
                print(f"   {spent * 1000:6.2f} ms", " ".join(s.split())[:150])
    Ack.__call__ = original_ack  # type: ignore[method-assign]
    partnerbot.services.engine.dispose()
    result = {
        "walls": walls,
        "statements": statistics.median(per_command),
        "to_ack": statistics.median(acked_at) if acked_at else None,
        "kinds": kinds,
        "n": n,
        "tally": {k: v / n for k, v in tally.items()},
        "slowest": {k: v / n for k, v in slowest.most_common(8)},
    }
    if profiler:
        buffer = io.StringIO()
        pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(40)
        result["profile"] = buffer.getvalue()
    return result


def noop(fake: FakeSlack, n: int) -> list[float]:
    from bench.noop_app import create_noop_app, make_noop_wsgi

    app = make_noop_wsgi(create_noop_app(SECRET, BOT_TOKEN, fake.api_url))
    make = log_bodies(fake, log_lines(), 0)
    for i in range(30):
        _call(app, make(i), None)
    walls = []
    for i in range(n):
        started = time.perf_counter()
        _call(app, make(100 + i), None)
        walls.append(time.perf_counter() - started)
    return walls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--show", action="store_true", help="print the statements of one log command")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the timed commands")
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    args = parser.parse_args()
    rows = []
    details: list[tuple[str, dict[str, Any]]] = []
    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=USERS) as fake, tempfile.TemporaryDirectory() as tmp:
        base = noop(fake, args.n)
        rows.append(("no-op Bolt app (same process)", base, None, None))
        backends = [] if args.no_sqlite else [("SQLite", f"sqlite:///{tmp}/log.db")]
        admin, schema = None, None
        if not args.no_pg:
            admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
            schema = f"bench_log_{uuid.uuid4().hex[:8]}"
            with admin.connect() as conn:
                conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            backends.append(("PostgreSQL", f"{PG_URL}?options={quote(f'-csearch_path={schema}')}"))
        try:
            for name, url in backends:
                r = measure(url, fake, args.n, show=args.show, profile=args.profile)
                rows.append((f"/partner log, {name}", r["walls"], r["statements"], r["kinds"]))
                details.append((f"/partner log, {name}", r))
                if args.profile:
                    print(f"\n-- profile, {name}\n{r['profile']}")
        finally:
            if admin is not None and schema:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    print(f"\nIn-process, one thread, {args.n} commands each after warm-up; ms from WSGI call to last byte.\n")
    print("| path | median ms | p99 ms | ratio to no-op (median) | SQL statements per command |")
    print("| --- | ---: | ---: | ---: | ---: |")
    base_median = statistics.median(base)
    for label, walls, count, _kinds in rows:
        median = statistics.median(walls)
        print(
            f"| {label} | {median * 1000:.1f} | {percentile(walls, 99) * 1000:.1f} | "
            f"{median / base_median:.2f}× | {'' if count is None else f'{count:.0f}'} |"
        )
    print(
        "\n| path | statements (to the ack) | transactions (to the ack) | commits (to the ack) | checkouts | pings |"
        " driver ms in statements | in commits |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for label, result in details:
        t = result["tally"]
        print(
            f"| {label} | {result['statements']:.0f} ({result['to_ack'] or 0:.0f}) | {t.get('begin', 0):.1f} "
            f"({t.get('begin_at_ack', 0):.1f}) | {t.get('commit', 0):.1f} ({t.get('commit_at_ack', 0):.1f}) | "
            f"{t.get('checkout', 0):.1f} | {t.get('ping', 0):.1f} | {t.get('sql_seconds', 0) * 1000:.1f} | "
            f"{t.get('commit_seconds', 0) * 1000:.1f} |"
        )
    for label, result in details:
        parts = ", ".join(f"{k} {v * 1000:.2f}" for k, v in result["slowest"].items())
        print(f"\n{label}: driver ms per command by statement, most first: {parts}")
    for label, _walls, _count, kinds in rows:
        if kinds:
            total = sum(kinds.values()) / args.n
            parts = ", ".join(f"{k} {v / args.n:.1f}" for k, v in kinds.most_common())
            print(f"\n{label}: {total:.1f} statements per command: {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
