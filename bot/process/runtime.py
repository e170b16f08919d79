"""Starting the bot on each transport: HTTP (gunicorn), Socket Mode, and the clock process.

Every transport builds and warms the app (imports, parser, a rehearsed log on the database)
before it takes traffic. On HTTP that happens in the gunicorn master before the port opens
(preload): the workers are forked warm and share the master's pages. The app is imported inside
the functions that need it, so the command-line tools stay light.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import signal
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.process import logs
from bot.settings import Settings, SettingsError

if TYPE_CHECKING:
    from concurrent.futures import Executor

    from bot.process.app import Partnerbot
    from bot.process.clock import Clockwork

SCHEDULER = "scheduler"

log = logging.getLogger(__name__)


def configure_logging(settings: Settings) -> None:
    """Structured, scrubbed log lines on stderr; Bolt's own logger only speaks up for warnings."""
    logs.configure(
        settings.log_level,
        [
            settings.slack_bot_token,
            settings.slack_signing_secret,
            settings.slack_app_token,
            settings.slack_client_secret,
            settings.database_url,
        ],
    )


def migrate(settings: Settings) -> None:
    """Bring the database to the newest schema (creating the SQLite data folder first)."""
    from storage.migrate import upgrade

    if settings.is_sqlite:
        path = settings.database_url.removeprefix("sqlite:///")
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url)


def prepare_database(settings: Settings) -> None:
    """Migrate the embedded SQLite database on start; refuse to start on a PostgreSQL behind head.

    PostgreSQL is migrated by the release phase (`python -m bot migrate`), not by each web
    process, so that several processes never race to migrate. A process started against a
    database that was never migrated, or is behind, stops here with one line saying so
    (SettingsError), instead of failing every command and every scheduler tick.
    """
    if settings.is_sqlite:
        migrate(settings)
        return
    from storage.migrate import SchemaBehind, check_schema

    try:
        check_schema(settings.database_url)
    except SchemaBehind as exc:
        raise SettingsError(str(exc)) from None


def warm_up(*, charts: bool = True) -> None:
    """Load what the first command would otherwise wait for: the parser, and the chart library.

    The chart library (matplotlib and numpy, about a second to import on this machine) is only
    needed for /partner report, but importing it while serving holds the interpreter: for that
    second every request in the process waits. A serving process therefore imports it before it
    takes traffic (charts=True); the console, which serves one person, imports it in the background.
    """
    from bot.understanding import warm_up as warm_parser

    warm_parser()
    if charts:
        _import_charts()


def warm_charts() -> None:
    """Import the chart library in a background thread (the console: nobody else is waiting)."""
    thread = threading.Thread(target=_import_charts, name="warm-charts", daemon=True)
    thread.start()


def warm_database(partnerbot: Partnerbot) -> None:
    """Open a database connection and rehearse a log (rolled back), so the first command is not the cold one."""
    from bot.domain.rehearsal import rehearse_log

    if rehearse_log(partnerbot.services):
        log.debug("rehearsed a log before taking traffic")


def _import_charts() -> None:
    import matplotlib.figure  # noqa: F401


def make_clockwork(partnerbot: Partnerbot) -> Clockwork:
    """The scheduler for this app: its sweeps, its clock, and a heartbeat in the database."""
    from bot.process.clock import Clockwork
    from storage.heartbeats import beat

    services = partnerbot.services
    pid = os.getpid()

    def heartbeat(moment: datetime) -> None:
        with services.transaction(None) as session:
            beat(session, name=SCHEDULER, at=moment, pid=pid)

    return Clockwork(partnerbot.sweeps, services.now, tick_seconds=services.settings.clock_tick_seconds, beat=heartbeat)


def build(settings: Settings, listener_executor: Executor | None = None) -> tuple[Partnerbot, Clockwork | None]:
    """Build the app and, when this process runs the scheduler, its started clock."""
    from bot.process.app import create_app

    partnerbot = create_app(settings, listener_executor=listener_executor)
    warm_up()
    warm_database(partnerbot)
    settle_heap()
    clockwork = None
    if settings.run_scheduler:
        clockwork = make_clockwork(partnerbot)
        clockwork.start()
    return partnerbot, clockwork


GC_YOUNG = 10_000


def settle_heap() -> None:
    """Keep what start-up made (modules, the app, the parser's tables) out of every later collection.

    The garbage collector's full collections walk every tracked object; start-up objects live as
    long as the process, so walking them is wasted, and the more a long job allocates (a digest
    sweep of 10,000 people) the more often it is done: half of such a sweep's time, growing faster
    than the sweep (bench/bench_digest.py). Frozen, they are never walked again. The youngest
    generation is also collected every GC_YOUNG allocations instead of every 700: a sweep's rows live
    through a batch, and each early collection moved them on to be walked again by the next.
    """
    gc.collect()
    gc.freeze()
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(GC_YOUNG, middle, oldest)


MALLOC_ARENAS = 2


def limit_malloc_arenas() -> None:
    """Cap glibc's malloc arenas (as MALLOC_ARENA_MAX=2 would), unless the environment sets it.

    glibc gives each thread that allocates concurrently its own arena, up to eight per core;
    with gunicorn's threads every arena keeps freed memory of its own, and a worker's RSS keeps
    growing with the number of threads that ever ran. Not glibc (musl, macOS): nothing happens.
    """
    if os.environ.get("MALLOC_ARENA_MAX"):
        return
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        libc.mallopt(-8, MALLOC_ARENAS)  # M_ARENA_MAX
    except (OSError, AttributeError):
        return


def serve_http(settings: Settings) -> None:
    """Serve `POST /slack/events` and `GET /healthz` on gunicorn, opening the port only once warm.

    The master checks (or, on SQLite, migrates) the schema, builds the app, warms the parser and
    rehearses a log before gunicorn binds the port. Each worker then drops the connections it
    inherited, starts its own threads (the scheduler when RUN_SCHEDULER is on) and opens a
    connection of its own before it accepts; /healthz says "starting" until then. The chart
    library is imported in the master too (see warm_up).
    """

    from bot.process.app import create_app
    from bot.process.server import GunicornServer, Readiness, make_wsgi_app

    settings.require_http()
    limit_malloc_arenas()
    prepare_database(settings)
    built: list[Partnerbot] = []
    readiness = Readiness()

    def load_app():  # in the master, before the port opens (preload_app)
        partnerbot = create_app(settings)
        warm_up()
        warm_database(partnerbot)
        # The master keeps no connection: each worker opens its own.
        partnerbot.services.engine.dispose()
        built.append(partnerbot)
        # The workers' garbage collector then leaves the pages they share with the master alone
        # (fewer copy-on-write copies).
        settle_heap()
        return make_wsgi_app(partnerbot, readiness)

    def post_fork() -> None:  # in each worker, right after it is forked
        partnerbot = built[0]
        partnerbot.services.engine.dispose(close=False)
        if settings.run_scheduler:
            make_clockwork(partnerbot).start()

    def post_worker_init() -> None:  # in each worker, just before it accepts connections
        from storage.db import ping

        ping(built[0].services.engine)
        readiness.set()

    log.info("serving HTTP on port %s", settings.port)
    GunicornServer(settings, load_app, post_fork=post_fork, post_worker_init=post_worker_init).run()


def serve_socket(settings: Settings) -> None:
    """Connect to Slack over Socket Mode (no public URL needed) until SIGTERM or SIGINT.

    The transport (bot/process/socket_transport.py) reconnects through refreshes and drops, records a
    heartbeat while connected, and on a signal finishes in-flight envelopes and closes cleanly.
    """
    from concurrent.futures import ThreadPoolExecutor

    from bot.process import socket_transport

    settings.require_socket()
    prepare_database(settings)
    # Bolt runs listeners here; shutdown waits for work they do after the ack (DMs, App Home).
    listeners = ThreadPoolExecutor(max_workers=10, thread_name_prefix="bolt-listener")
    partnerbot, clockwork = build(settings, listener_executor=listeners)
    socket_transport.serve(partnerbot, str(settings.slack_app_token), clockwork, listeners)


def run_clock(settings: Settings) -> None:
    """Run only the scheduler (the Procfile's `clock` process) until SIGTERM.

    The signal handlers come first: a SIGTERM while the process is still starting (imports take
    seconds on a busy machine) ends it cleanly, without ticking, instead of killing it mid-import.
    """
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    from bot.process.app import create_app

    prepare_database(settings)
    partnerbot = create_app(settings)
    settle_heap()
    clockwork = make_clockwork(partnerbot)
    if stop.is_set():
        log.info("clock stopped before it started")
        return
    clockwork.start()
    log.info("clock running")
    stop.wait()
    clockwork.stop()


def health(settings: Settings, out: TextIO) -> int:
    """Print the database's, the scheduler's and Socket Mode's state as JSON, for a supervisor's probe.

    Exits 1 when the database is unreachable, or when this deployment runs Socket Mode
    (SLACK_APP_TOKEN is set) and no connection was up within the last half minute.
    """
    from types import SimpleNamespace

    from bot.domain.services import Services
    from bot.process.server import health_report
    from bot.process.socket_transport import socket_health

    services = Services.connect(settings)
    try:
        # health_report only reads the services of the app it is given.
        report = health_report(SimpleNamespace(services=services))  # type: ignore[arg-type]
        if report["database"] == "ok":
            with services.transaction(None, read_only=True) as session:
                report.update(socket_health(session, services.now()))
    finally:
        services.engine.dispose()
    json.dump(report, out)
    out.write("\n")
    healthy = report["database"] == "ok" and (settings.mode != "socket" or report.get("socket_mode") == "ok")
    return 0 if healthy else 1


def export_workspace(settings: Settings, team_id: str, out: TextIO) -> None:
    """Write everything the workspace owns (tokens left out) as JSON, for an admin before a purge."""
    from bot.domain.services import Services
    from storage.scope import Workspace
    from storage.workspaces import export_workspace as storage_export

    services = Services.connect(settings)
    try:
        with services.transaction(None, read_only=True) as session:
            data = storage_export(session, ws=Workspace(team_id))
    finally:
        services.engine.dispose()
    json.dump({"team_id": team_id, "tables": data}, out, ensure_ascii=False, indent=1, default=str)
    out.write("\n")
