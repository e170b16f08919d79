"""Ack latency, throughput and footprint of the real bot over HTTP, next to a no-op Bolt app.

Usage: uv run python bench/bench_http.py [--quick] [--json out.json] [--profile N]

Starts a fake Slack Web API on loopback (bot.offline.fakeslack), the real bot (`python -m bot serve`,
RUN_SCHEDULER=false, a temp SQLite file; later a fresh PostgreSQL schema) and bench/noop_app.py
on the same gunicorn configuration. Clients are threads, each with its own keep-alive
http.client connection, signing every request as Slack does just before sending it; they are
closed-loop (the next request leaves when the previous answer arrives).

Measured, in this order, so the bot and the baseline share the machine's state:
- start-up: from spawning the process to the first 200 on GET /healthz;
- ack latency at 1, 4 and 16 clients: `/partner log <line>` (parse plus database write before
  the ack), `/partner status <partner>` (partners the log runs created), a `log_followup_done`
  click on follow-ups the log runs created, and the no-op app's command and click;
- throughput: signed `/partner log` for 60 s at the concurrency that did best in short probes,
  on SQLite and on PostgreSQL; an error is a non-200, a reply without a card, a connection
  error, or an answer slower than Slack's 3 s;
- footprint: VmRSS of the gunicorn master and worker idle after start-up and after 10,000
  commands.
`--profile N` also runs N log commands through the same Bolt app in-process under cProfile and
prints where the time goes.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402

from bench.common import (  # noqa: E402
    ROOT,
    SLACK_DEADLINE_S,
    BodyFactory,
    FakeLike,
    LoadResult,
    button_body,
    children,
    command_body,
    cpu_seconds,
    free_port,
    machine_facts,
    memory_mib,
    ms,
    rss_mib,
    run_load,
    wait_healthy,
)
from bot.offline.fakeslack import FakeSlack, FakeUser  # noqa: E402
from storage.db import normalize_database_url  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

TEAM = "T0BENCH"
BOT_TOKEN = "xoxb-bench-token"
SECRET = "bench-signing-secret-0123456789abcdef"
# Half Danish, half English, in two time zones: the parser and the catalogue see both languages.
USERS = [
    FakeUser(
        f"U0BENCH{n:02d}",
        f"Bench {n}",
        tz="Europe/Copenhagen" if n % 2 else "Europe/London",
        locale="da-DK" if n % 2 else "en-GB",
    )
    for n in range(16)
]
CONCURRENCY = (1, 4, 16)
PROBE_CONCURRENCY = (1, 2, 4, 8, 16)
DONE_ACTION = "log_followup_done"  # handlers.log.LOG_DONE, named here as Slack would send it
PG_URL = normalize_database_url(
    os.environ.get("BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
)


def log_lines() -> list[str]:
    """Real-looking Danish and English call logs from the test corpus, in a fixed mixed order."""
    lines = []
    for name in ("call-logs.jsonl", "heldout.jsonl"):
        path = ROOT / "tests" / "corpus" / name
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                lines.append(json.loads(raw)["input"]["text"])
    return lines


def has_card(_status: int, body: bytes) -> bool:
    """The bot answered with blocks (a card), not with an error line."""
    return b'"blocks"' in body


# ----- processes ------------------------------------------------------------------------------


@dataclass
class Running:
    """A started server process: the bot or the no-op app."""

    name: str
    process: subprocess.Popen[bytes]
    port: int
    startup_s: float
    db_url: str | None = None
    commands: int = 0  # signed requests answered so far
    log_commands: int = 0
    log_file: Any = None

    @property
    def worker_pid(self) -> int | None:
        """The (single) gunicorn worker's pid."""
        pids = children(self.process.pid)
        return pids[0] if pids else None

    def rss(self) -> dict[str, Any]:
        """RSS / PSS / USS of the master and its worker in MiB."""
        workers = children(self.process.pid)
        return {
            "master": memory_mib(self.process.pid),
            "worker": memory_mib(workers[0]) if workers else None,
            "worker_vmrss": rss_mib(workers[0]) if workers else None,
            "workers": len(workers),
        }

    def count(self, result: LoadResult, *, logs: bool = False) -> LoadResult:
        """Add a load run's answered requests to this server's tally."""
        self.commands += result.count
        if logs:
            self.log_commands += result.count
        return result


def _env(fake: FakeLike, port: int, extra: dict[str, str]) -> dict[str, str]:
    return {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_") and k != "DATABASE_URL"},
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SECRET,
        "SLACK_API_URL": fake.api_url,
        "PORT": str(port),
        "RUN_SCHEDULER": "false",
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def spawn(name: str, argv: list[str], env: dict[str, str], port: int, *, db_url: str | None = None) -> Running:
    """Start a server and wait for its first 200 on /healthz; the wait is its start-up time."""
    log_file = tempfile.TemporaryFile()  # noqa: SIM115 - closed in stop()
    started = time.perf_counter()
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=log_file, stderr=subprocess.STDOUT)
    try:
        ready = wait_healthy(process, port)
    except RuntimeError:
        process.kill()
        process.wait()
        log_file.seek(0)
        sys.stderr.write(log_file.read().decode(errors="replace")[-4000:])
        raise
    return Running(name, process, port, ready - started, db_url=db_url, log_file=log_file)


def start_bot(fake: FakeLike, db_url: str) -> Running:
    """`python -m bot serve` against the fake Slack and db_url."""
    port = free_port()
    env = _env(fake, port, {"DATABASE_URL": db_url})
    return spawn("bot", [sys.executable, "-m", "bot", "serve"], env, port, db_url=db_url)


def start_noop(fake: FakeLike) -> Running:
    """bench/noop_app.py on the same gunicorn configuration."""
    port = free_port()
    env = _env(fake, port, {})
    return spawn("noop", [sys.executable, str(ROOT / "bench" / "noop_app.py")], env, port)


def stop(running: Running) -> None:
    """SIGTERM the server (gunicorn stops its workers) and wait for it."""
    if running.process.poll() is None:
        running.process.send_signal(signal.SIGTERM)
        try:
            running.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            running.process.kill()
            running.process.wait()
    if running.log_file is not None:
        running.log_file.seek(0)
        tail = running.log_file.read().decode(errors="replace").strip()
        if tail:
            print(f"  [{running.name} said]\n{tail[-3000:]}", file=sys.stderr)
        running.log_file.close()


def fresh_postgres_url() -> tuple[str, Callable[[], None]]:
    """A migrated, empty PostgreSQL schema and how to drop it."""
    schema = f"bench_http_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    url = f"{PG_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    upgrade(url)

    def drop() -> None:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    return url, drop


# ----- request bodies -------------------------------------------------------------------------


def user_of(i: int) -> str:
    """The user who sends request i: round robin, so every client has several users."""
    return USERS[i % len(USERS)].id


def log_bodies(fake: FakeLike, lines: list[str], offset: int = 0) -> BodyFactory:
    """`/partner log <line>`, cycling through the corpus."""

    def make(i: int) -> bytes:
        n = i + offset
        return command_body(
            f"log {lines[n % len(lines)]}", team_id=TEAM, user_id=user_of(n), response_url=fake.response_url(f"log-{n}")
        )

    return make


def command_bodies(fake: FakeLike, texts: list[str]) -> BodyFactory:
    """`/partner <text>`, cycling through texts."""

    def make(i: int) -> bytes:
        return command_body(
            texts[i % len(texts)], team_id=TEAM, user_id=user_of(i), response_url=fake.response_url(f"cmd-{i}")
        )

    return make


def click_bodies(fake: FakeLike, values: list[str], action_id: str = DONE_ACTION) -> BodyFactory:
    """A button click per value, cycling through values."""

    def make(i: int) -> bytes:
        return button_body(
            team_id=TEAM,
            user_id=user_of(i),
            action_id=action_id,
            value=values[i % len(values)],
            response_url=fake.response_url(f"click-{i}"),
        )

    return make


def stored(db_url: str, sql: str) -> list[Any]:
    """The first column of a query against the bot's database."""
    engine = create_engine(normalize_database_url(db_url))
    try:
        with engine.connect() as conn:
            return list(conn.scalars(text(sql), {"team": TEAM}))
    finally:
        engine.dispose()


def partner_names(db_url: str) -> list[str]:
    """Live partners the log runs created."""
    return stored(
        db_url,
        "SELECT name FROM partners WHERE team_id = :team AND deleted_at IS NULL AND merged_into_id IS NULL ORDER BY id",
    )


def open_followups(db_url: str) -> list[str]:
    """Open follow-ups the log runs created, as button values."""
    return [
        str(x)
        for x in stored(
            db_url,
            "SELECT id FROM followups WHERE team_id = :team AND status = 'open' AND deleted_at IS NULL ORDER BY id",
        )
    ]


def status_is_registered() -> bool:
    """True when this tree registers a `status` subcommand (it is another feature's work)."""
    from slack_bolt import App

    import handlers
    from handlers.router import Commands

    commands = Commands()
    app = App(signing_secret=SECRET, token=BOT_TOKEN, token_verification_enabled=False)
    handlers.register_all(app, commands)
    return commands.find("status") is not None


# ----- measuring ----------------------------------------------------------------------------


def measure(
    running: Running,
    make_body: BodyFactory,
    *,
    n: int,
    concurrency: int,
    warmup: int = 0,
    check: Callable[[int, bytes], bool] | None = None,
    logs: bool = False,
) -> LoadResult:
    """Send n signed requests from `concurrency` keep-alive clients (after `warmup` untimed ones)."""
    if warmup:
        running.count(
            run_load("127.0.0.1", running.port, SECRET, make_body, concurrency=concurrency, total=warmup, check=check),
            logs=logs,
        )
    shifted = (lambda i: make_body(i + warmup)) if warmup else make_body
    result = run_load("127.0.0.1", running.port, SECRET, shifted, concurrency=concurrency, total=n, check=check)
    return running.count(result, logs=logs)


def sustain(
    running: Running,
    make_body: BodyFactory,
    *,
    seconds: float,
    concurrency: int,
    check: Callable[[int, bytes], bool] | None = None,
) -> LoadResult:
    """Send as fast as `concurrency` closed-loop clients can for `seconds`."""
    worker = running.worker_pid
    cpu_before = cpu_seconds(worker) if worker else None
    result = run_load(
        "127.0.0.1", running.port, SECRET, make_body, concurrency=concurrency, duration=seconds, check=check
    )
    if worker and cpu_before is not None:
        cpu_after = cpu_seconds(worker)
        result.worker_cpu = (cpu_after - cpu_before) / result.wall_seconds if cpu_after else None
    return running.count(result, logs=True)


@dataclass
class Report:
    """Everything measured, for the tables and the JSON."""

    quick: bool
    facts: dict[str, str]
    startup: dict[str, list[float]] = field(default_factory=dict)
    latency: list[dict[str, Any]] = field(default_factory=list)
    throughput: list[dict[str, Any]] = field(default_factory=list)
    probes: list[dict[str, Any]] = field(default_factory=list)
    footprint: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    profile: str = ""


def latency_matrix(
    bot: Running,
    noop: Running,
    fake: FakeLike,
    lines: list[str],
    report: Report,
    sizes: dict[int, int],
    status_label: str,
) -> None:
    """Ack latency of each kind of request at each concurrency, baseline alongside."""
    names = partner_names(bot.db_url or "")
    followups = open_followups(bot.db_url or "")
    status_texts = [f"status {name}" for name in names] if status_label == "status" else ["help"]
    report.notes.append(
        f"Status asked about {len(names)} partners created by the warm-up logs; clicks completed "
        f"{len(followups)} open follow-ups they created (each id clicked about once; later clicks find it done)."
    )
    log_offset = 0
    for c in CONCURRENCY:
        n = sizes[c]
        rows = [
            ("no-op command", noop, command_bodies(fake, ["log x"]), None, False, None),
            ("no-op click", noop, click_bodies(fake, ["1"]), None, False, None),
            ("/partner log", bot, log_bodies(fake, lines, log_offset), has_card, True, "no-op command"),
            (f"/partner {status_label}", bot, command_bodies(fake, status_texts), has_card, False, "no-op command"),
            (
                "log_followup_done click",
                bot,
                click_bodies(fake, followups[log_offset:] or followups),
                None,
                False,
                "no-op click",
            ),
        ]
        baseline: dict[str, LoadResult] = {}
        # The floor under both: the same gunicorn worker answering without Bolt or signing.
        floor = run_load(
            "127.0.0.1", noop.port, SECRET, lambda i: b"", concurrency=c, total=n, path="/healthz", method="GET"
        )
        report.latency.append(
            {
                "request": "no-op GET /healthz (gunicorn only, no Bolt)",
                "server": "noop",
                **floor.summary(),
                "ratio_median": None,
                "ratio_p99": None,
            }
        )
        for label, target, bodies, check, logs, against in rows:
            print(f"  {label} at {c} client(s): {n} requests", file=sys.stderr)
            result = measure(target, bodies, n=n, concurrency=c, warmup=min(20, n // 10), check=check, logs=logs)
            fake.clear()
            baseline[label] = result
            base = baseline.get(against) if against else None
            report.latency.append(
                {
                    "request": label,
                    "server": target.name,
                    **result.summary(),
                    "ratio_median": result.median / base.median if base else None,
                    "ratio_p99": result.p99 / base.p99 if base else None,
                }
            )
        log_offset += n


def best_concurrency(
    running: Running, fake: FakeLike, lines: list[str], seconds: float, report: Report, backend: str
) -> int:
    """The fewest clients within 5% of the best rate among probes with no errors and p99 under 1.5 s.

    Closed-loop clients beyond what the worker can serve only queue: the rate stays flat while
    latency grows toward Slack's 3 s, so the sustained run uses the smallest pool that saturates.
    """
    probes = []
    for offset, c in enumerate(PROBE_CONCURRENCY):
        result = sustain(
            running, log_bodies(fake, lines, 5000 * (offset + 1)), seconds=seconds, concurrency=c, check=has_card
        )
        fake.clear()
        report.probes.append({"backend": backend, **result.summary()})
        probes.append(result)
        print(
            f"  probe {backend} c={c}: {result.rps:.1f}/s, p99 {ms(result.p99)} ms, errors {result.errors}",
            file=sys.stderr,
        )
    healthy = [r for r in probes if r.errors == 0 and r.p99 < SLACK_DEADLINE_S / 2] or probes[:1]
    top = max(r.rps for r in healthy)
    return min(r.concurrency for r in healthy if r.rps >= 0.95 * top)


def throughput(
    running: Running, fake: FakeLike, lines: list[str], backend: str, report: Report, probe_s: float, sustain_s: float
) -> None:
    """Probe, then sustain the best concurrency for sustain_s."""
    c = best_concurrency(running, fake, lines, probe_s, report, backend)
    print(f"  sustaining {backend} at {c} clients for {sustain_s:.0f} s", file=sys.stderr)
    result = sustain(running, log_bodies(fake, lines, 100_000), seconds=sustain_s, concurrency=c, check=has_card)
    fake.clear()
    report.throughput.append({"backend": backend, **result.summary(), "worker_cpu": result.worker_cpu})


def warm(running: Running, fake: FakeLike, lines: list[str], n_logs: int) -> None:
    """Every user's first request (profile fetch), then some logs so partners and follow-ups exist."""
    running.count(
        run_load("127.0.0.1", running.port, SECRET, command_bodies(fake, ["help"]), concurrency=1, total=len(USERS))
    )
    if running.name == "bot":
        running.count(
            run_load(
                "127.0.0.1",
                running.port,
                SECRET,
                log_bodies(fake, lines, 50_000),
                concurrency=4,
                total=n_logs,
                check=has_card,
            ),
            logs=True,
        )
    fake.clear()


def startup_repeats(fake: FakeLike, times: int, report: Report) -> None:
    """Start the bot (fresh SQLite each time) and the no-op app a few more times, for a median."""
    for _ in range(times):
        with tempfile.TemporaryDirectory() as tmp:
            bot = start_bot(fake, f"sqlite:///{tmp}/partnerbot.db")
            stop(bot)
        report.startup["bot (SQLite, fresh file, migrates on start)"].append(bot.startup_s)
        noop = start_noop(fake)
        stop(noop)
        report.startup["no-op Bolt app"].append(noop.startup_s)


def footprint(running: Running, label: str, idle: dict[str, Any], report: Report) -> None:
    """RSS now, next to the idle figure taken after start-up."""
    time.sleep(1.0)
    after = running.rss()
    report.footprint.append(
        {
            "server": label,
            "idle": idle,
            "after": after,
            "commands": running.commands,
            "log_commands": running.log_commands,
        }
    )


# ----- profiling ------------------------------------------------------------------------------


def profile_log_path(fake: FakeLike, lines: list[str], n: int) -> str:
    """Run n signed log commands through the bot's WSGI app in this process under cProfile.

    The same code the worker runs, minus gunicorn and the socket; one thread, so the profile
    shows CPU cost per command rather than waiting. Returns a short text report.
    """
    import io

    from bot.offline.console import ImmediateExecutor
    from bot.process.app import create_app
    from bot.process.runtime import prepare_database, warm_up
    from bot.process.server import make_wsgi_app
    from bot.settings import load_settings

    with tempfile.TemporaryDirectory() as tmp:
        settings = load_settings(
            {
                "SLACK_BOT_TOKEN": BOT_TOKEN,
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": fake.api_url,
                "DATABASE_URL": f"sqlite:///{tmp}/profile.db",
                "RUN_SCHEDULER": "false",
            },
            dotenv=False,
        )
        prepare_database(settings)
        # Listeners run in the calling thread (as in the console), so the profile sees their work
        # rather than Bolt's request thread waiting for ack().
        partnerbot = create_app(settings, listener_executor=ImmediateExecutor())
        warm_up()
        app = make_wsgi_app(partnerbot)
        make = log_bodies(fake, lines, 200_000)

        def call(i: int) -> bytes:
            from bench.common import signed_headers

            body = make(i)
            headers = signed_headers(SECRET, body)
            environ = {
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
            status: list[str] = []
            out = b"".join(app(environ, lambda s, h, *a: status.append(s)))
            assert status[0].startswith("200") and b'"blocks"' in out, (status, out[:200])
            return out

        for i in range(len(USERS) + 20):  # profiles fetched, caches warm
            call(i)
        walls = []
        profiler = cProfile.Profile()
        for i in range(n):
            t0 = time.perf_counter()
            profiler.enable()
            call(1000 + i)
            profiler.disable()
            walls.append(time.perf_counter() - t0)
        partnerbot.services.engine.dispose()

    stats = pstats.Stats(profiler)
    total = sum(v[3] for k, v in stats.stats.items() if k[2] == "wsgi_app" and "bot/process/server.py" in k[0])  # type: ignore[attr-defined]
    groups = [
        (
            "request verification (signature)",
            "slack_bolt/middleware/request_verification/request_verification.py",
            "process",
        ),
        ("resolve_actor middleware (user row)", "bot/domain/people.py", "load_actor"),
        ("parse (bot.understanding.parse)", "bot/understanding/parser.py", "parse"),
        ("  of which dateparser.parse", "dateparser/__init__.py", "parse"),
        ("record_log (the database write)", "bot/domain/logbook.py", "record_log"),
        ("  of which decide_partner (which partner is meant)", "bot/domain/logbook.py", "decide_partner"),
        ("  of which attach_partner (create it, look for duplicates)", "bot/domain/logbook.py", "attach_partner"),
        ("  find_partners, all calls (fuzzy name search)", "storage/partners.py", "find_partners"),
        ("  audit rows (after_flush hook)", "storage/audit.py", "_after_flush"),
        ("load_card (read back for the card)", "bot/domain/logbook.py", "load_card"),
        ("card_message (Block Kit)", "handlers/log.py", "card_message"),
        ("SQL executed by the driver", "~", "<method 'execute' of 'sqlite3.Cursor' objects>"),
        ("commit (fsync)", "~", "<method 'commit' of 'sqlite3.Connection' objects>"),
    ]
    statements = sum(v[1] for k, v in stats.stats.items() if k[2] == "<method 'execute' of 'sqlite3.Cursor' objects>")  # type: ignore[attr-defined]
    out = io.StringIO()
    out.write(
        f"cProfile of {n} `/partner log` commands through make_wsgi_app in one thread (SQLite); "
        f"median wall {statistics.median(walls) * 1000:.1f} ms per command with the profiler on.\n\n"
    )
    out.write(f"{statements / n:.0f} SQL statements per log command.\n\n")
    out.write("| part of the path | cumulative s | share of the request |\n| --- | --- | --- |\n")
    for label, file_part, func in groups:
        cum = sum(v[3] for k, v in stats.stats.items() if k[2] == func and k[0].endswith(file_part))  # type: ignore[attr-defined]
        out.write(f"| {label} | {cum:.2f} | {cum / total * 100:.0f}% |\n" if total else "")
    out.write("\nTop 15 functions by own time:\n\n```\n")
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).strip_dirs().sort_stats("tottime").print_stats(15)
    body = buffer.getvalue()
    out.write(body[body.find("   ncalls") :].rstrip() + "\n```\n")
    return out.getvalue()


# ----- the run ----------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> Report:
    """Every phase, in order; servers are stopped whatever happens."""
    report = Report(quick=args.quick, facts=machine_facts(PG_URL))
    lines = log_lines()
    status_label = "status" if status_is_registered() else "help"
    if status_label == "help":
        report.notes.append(
            "`/partner status` is not registered in this tree: `/partner help` was measured in its place."
        )
    sizes = {1: 60, 4: 120, 16: 240} if args.quick else {1: 300, 4: 600, 16: 960}
    probe_s, sustain_s = (2.0, 10.0) if args.quick else (6.0, 60.0)
    footprint_target = 1_000 if args.quick else 10_000

    with FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=USERS) as fake, tempfile.TemporaryDirectory() as tmp:
        report.startup = {
            "bot (SQLite, fresh file, migrates on start)": [],
            "no-op Bolt app": [],
            "bot (PostgreSQL, migrated by release phase)": [],
        }
        bot = start_bot(fake, f"sqlite:///{tmp}/partnerbot.db")
        noop = None
        try:
            report.startup["bot (SQLite, fresh file, migrates on start)"].append(bot.startup_s)
            time.sleep(1.0)
            bot_idle = bot.rss()
            noop = start_noop(fake)
            report.startup["no-op Bolt app"].append(noop.startup_s)
            time.sleep(1.0)
            noop_idle = noop.rss()
            print(f"started: bot {bot.startup_s:.2f} s, no-op {noop.startup_s:.2f} s", file=sys.stderr)

            warm(bot, fake, lines, 100 if args.quick else 400)
            warm(noop, fake, lines, 0)
            print("latency matrix", file=sys.stderr)
            latency_matrix(bot, noop, fake, lines, report, sizes, status_label)
            print("throughput, SQLite", file=sys.stderr)
            throughput(bot, fake, lines, "SQLite", report, probe_s, sustain_s)
            if bot.commands < footprint_target:
                print(f"  topping up to {footprint_target} commands", file=sys.stderr)
                c = max((r for r in report.throughput if r["backend"] == "SQLite"), key=lambda r: r["rps"])[
                    "concurrency"
                ]
                measure(
                    bot,
                    log_bodies(fake, lines, 300_000),
                    n=footprint_target - bot.commands,
                    concurrency=c,
                    check=has_card,
                    logs=True,
                )
                fake.clear()
            footprint(bot, "bot (SQLite)", bot_idle, report)
            footprint(noop, "no-op Bolt app", noop_idle, report)
        finally:
            stop(bot)
            if noop is not None:
                stop(noop)

        if not args.no_postgres:
            print("throughput, PostgreSQL", file=sys.stderr)
            try:
                url, drop = fresh_postgres_url()
            except Exception as exc:  # noqa: BLE001 - reported in the table, not fatal
                report.notes.append(f"PostgreSQL skipped: {exc.__class__.__name__}: {exc}")
            else:
                try:
                    pg = start_bot(fake, url)
                    try:
                        report.startup["bot (PostgreSQL, migrated by release phase)"].append(pg.startup_s)
                        time.sleep(1.0)
                        pg_idle = pg.rss()
                        warm(pg, fake, lines, 100 if args.quick else 400)
                        throughput(pg, fake, lines, "PostgreSQL", report, probe_s, sustain_s)
                        footprint(pg, "bot (PostgreSQL)", pg_idle, report)
                    finally:
                        stop(pg)
                finally:
                    drop()

        try:
            startup_repeats(fake, 1 if args.quick else 4, report)
        except RuntimeError as exc:  # the tree may change under a long run; keep what was measured
            report.notes.append(f"Extra start-up runs failed: {str(exc).splitlines()[0]}")
        if args.profile:
            print(f"profiling {args.profile} log commands in-process", file=sys.stderr)
            try:
                report.profile = profile_log_path(fake, lines, args.profile)
            except Exception as exc:  # noqa: BLE001 - the measurements above still stand
                report.notes.append(f"The in-process profile failed: {exc.__class__.__name__}: {exc}")
    return report


# ----- the tables ---------------------------------------------------------------------------------


def _ratio(x: float | None) -> str:
    return f"{x:.2f}×" if x else "–"


def verdicts(report: Report) -> list[str]:
    """Each target, met or missed, with the measured figure."""
    out = []

    def row(request: str, c: int) -> dict[str, Any] | None:
        return next((r for r in report.latency if r["request"] == request and r["concurrency"] == c), None)

    log1, log16 = row("/partner log", 1), row("/partner log", 16)
    if log1:
        p99 = log1["p99_s"] * 1000
        out.append(
            f"log p99 at 1 client ≤ 50 ms: {p99:.1f} ms — " + ("met" if p99 <= 50 else f"missed by {p99 - 50:.1f} ms")
        )
        r = log1["ratio_p99"]
        rm = log1["ratio_median"]
        out.append(
            f"log / no-op ratio at 1 client ≤ 2: median {rm:.2f}×, p99 {r:.2f}× — "
            + ("met" if max(r, rm) <= 2 else f"missed (by {max(r, rm) - 2:.2f}× at the worse of the two)")
        )
    if log16:
        p99 = log16["p99_s"]
        out.append(
            f"log p99 at 16 clients ≤ 1.5 s: {p99 * 1000:.0f} ms — "
            + ("met" if p99 <= 1.5 else f"missed by {(p99 - 1.5) * 1000:.0f} ms")
        )
    slow = [r for r in report.latency if r["server"] == "bot" and r["max_s"] and r["max_s"] > SLACK_DEADLINE_S]
    out.append(
        "every ack inside Slack's 3 s: "
        + (
            "met"
            if not slow
            else "missed: " + ", ".join(f"{r['request']} at {r['concurrency']} (max {r['max_s']:.2f} s)" for r in slow)
        )
    )
    for t in report.throughput:
        out.append(
            f"throughput {t['backend']}: {t['rps']:.1f} log commands/s for {t['wall_s']:.0f} s at "
            f"{t['concurrency']} clients, {t['errors']} errors — " + ("no errors" if t["errors"] == 0 else "errors")
        )
    for f in report.footprint:
        if f["server"].startswith("bot") and f["after"]["worker"]:
            worker, master = f["after"]["worker"], f["after"]["master"]
            pair = worker["pss"] + master["pss"]
            verdict = "met" if worker["rss"] < 150 else f"missed by {worker['rss'] - 150:.0f} MiB"
            out.append(
                f"web process memory after {f['commands']:,} commands < 150 MB, {f['server']}: worker RSS "
                f"{worker['rss']:.0f} MiB — {verdict}; counting the gunicorn master too (PSS, shared pages "
                f"split) {pair:.0f} MiB — " + ("met" if pair < 150 else f"missed by {pair - 150:.0f} MiB")
            )
    return out


def markdown(report: Report) -> str:
    """The tables, in the order a reader wants them."""
    o: list[str] = []
    mode = "quick smoke run (short, small samples: do not quote)" if report.quick else "full run"
    o.append(f"### HTTP: ack latency, throughput, footprint ({mode})\n")
    o.append(
        "Loopback, signed requests, closed-loop keep-alive clients (threads in one process, which also "
        "hosts the fake Slack). One gunicorn gthread worker with 8 threads for both the bot and the no-op "
        "app (the bot's defaults, WEB_CONCURRENCY=1, WEB_THREADS=8). Latency is request-to-last-byte at "
        "the client. Ratio = bot ÷ no-op at the same concurrency, measured back to back.\n"
    )
    o.append("#### Ack latency\n")
    o.append("| request | clients | n | median ms | p99 ms | max ms | ratio to no-op (median / p99) | errors |")
    o.append("| --- | ---: | ---: | ---: | ---: | ---: | --- | ---: |")
    for r in report.latency:
        ratio = f"{_ratio(r['ratio_median'])} / {_ratio(r['ratio_p99'])}" if r["ratio_median"] else "baseline"
        o.append(
            f"| {r['request']} | {r['concurrency']} | {r['count']} | {ms(r['median_s'])} | {ms(r['p99_s'])} | "
            f"{ms(r['max_s'])} | {ratio} | {r['errors']} |"
        )
    o.append("")
    o.append("#### Throughput: signed `/partner log`, sustained\n")
    o.append(
        "| backend | clients | duration s | commands | commands/s | median ms | p99 ms | max ms | errors | worker CPU |"
    )
    o.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for t in report.throughput:
        cpu = f"{t['worker_cpu'] * 100:.0f}% of a core" if t.get("worker_cpu") else "–"
        o.append(
            f"| {t['backend']} | {t['concurrency']} | {t['wall_s']:.0f} | {t['count']:,} | {t['rps']:.1f} | "
            f"{ms(t['median_s'])} | {ms(t['p99_s'])} | {ms(t['max_s'])} | {t['errors']} | {cpu} |"
        )
    o.append("")
    probes = ", ".join(f"{p['backend']} {p['concurrency']}→{p['rps']:.0f}/s" for p in report.probes)
    o.append(f"Concurrency chosen from short probes (clients→commands/s): {probes}.\n")
    o.append("#### Footprint\n")
    o.append(
        "| server | when | worker RSS | worker PSS | worker USS | master RSS | master PSS | master + worker PSS | commands served |"
    )
    o.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for f in report.footprint:
        for when, m in (("idle after start-up", f["idle"]), ("after the run", f["after"])):
            w, p = m["worker"], m["master"]
            served = f"{f['commands']:,} ({f['log_commands']:,} logs)" if when == "after the run" else "0"
            o.append(
                f"| {f['server']} | {when} | {w['rss']:.0f} | {w['pss']:.0f} | {w['uss']:.0f} | {p['rss']:.0f} | "
                f"{p['pss']:.0f} | {w['pss'] + p['pss']:.0f} | {served} |"
            )
    o.append("")
    o.append(
        "MiB from /proc/<pid>/smaps_rollup. RSS counts pages the worker shares with the master (it is forked "
        "from it) in both; PSS splits shared pages between them, so master + worker PSS is what the pair costs; "
        "USS is the worker's private memory.\n"
    )
    o.append("| start-up to first 200 on /healthz | median s | runs |")
    o.append("| --- | ---: | --- |")
    for label, values in report.startup.items():
        if values:
            o.append(f"| {label} | {statistics.median(values):.2f} | {', '.join(f'{v:.2f}' for v in values)} |")
    o.append("")
    o.append("#### Targets\n")
    o.extend(f"- {v}" for v in verdicts(report))
    o.append("")
    if report.notes:
        o.append("Notes:\n")
        o.extend(f"- {n}" for n in report.notes)
        o.append("")
    if report.profile:
        o.append("#### Where the log command's time goes\n")
        o.append(report.profile)
    return "\n".join(o)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run of about a minute (small samples)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--no-postgres", action="store_true", help="skip the PostgreSQL throughput run")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="also profile N log commands in-process with cProfile"
    )
    args = parser.parse_args(argv)
    report = run(args)
    text_out = markdown(report)
    print(text_out)
    if args.json:
        args.json.write_text(json.dumps(report.__dict__, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
