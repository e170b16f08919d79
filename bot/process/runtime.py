"""Starting the bot on each transport: HTTP (gunicorn), Socket Mode, and the clock process.

The app, SQLAlchemy's models and Alembic are imported inside the functions that need them: the
gunicorn master only supervises workers, and importing the app there would cost every web
dyno tens of megabytes and seconds of start-up it never uses.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import signal
import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

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
        [settings.slack_bot_token, settings.slack_signing_secret, settings.slack_app_token,
         settings.slack_client_secret, settings.database_url],
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
    """Migrate the embedded SQLite database on start.

    PostgreSQL is migrated by the release phase (`python -m bot migrate`), not by each web
    process, so that several processes never race to migrate.
    """
    if settings.is_sqlite:
        migrate(settings)


def warm_up() -> None:
    """Load what the first command would otherwise wait for: the parser now, the chart library soon."""
    from bot.understanding import warm_up as warm_parser

    warm_parser()
    # matplotlib is only needed for /partner report, after its acknowledgement; importing it in
    # the background keeps it off both the start-up path and the first report.
    threading.Thread(target=_import_charts, name="warm-charts", daemon=True).start()


def warm_log_path(partnerbot: Partnerbot) -> None:
    """Run one log through saving and its card in a transaction that is rolled back, so the first
    user's log does not pay for compiling the statements the log path uses (a few hundred ms on a
    loaded machine); nothing is kept, and a failure here only costs that warm-up."""
    from datetime import UTC
    from datetime import datetime as dt

    from bot.domain import logbook
    from bot.understanding import parse
    from storage.scope import Workspace

    now = dt.now(UTC)
    text = "Ringede til Opvarmning Bank, de giver 1.000 kr. og sender logoet i morgen. Ring fredag."
    session = partnerbot.services.session_factory()
    try:
        session.begin()
        saved = logbook.record_log(session, ws=Workspace("T0WARMUP"), user_id="U0WARMUP", text=text,
                                   understood=parse(text, now=now, tz="UTC").to_dict(), tz="UTC", now=now)
        logbook.load_card(session, ws=Workspace("T0WARMUP"), interaction_id=saved.interaction_id)
    except Exception:  # noqa: BLE001 - a warm-up must never stop the process
        logging.getLogger(__name__).warning("log path warm-up failed", exc_info=True)
    finally:
        session.rollback()
        session.close()


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
    warm_log_path(partnerbot)
    clockwork = None
    if settings.run_scheduler:
        clockwork = make_clockwork(partnerbot)
        clockwork.start()
    return partnerbot, clockwork


def serve_http(settings: Settings) -> None:
    """Serve `POST /slack/events` and `GET /healthz` on gunicorn."""
    from bot.process.server import GunicornServer

    settings.require_http()
    in_child_process(prepare_database, settings)

    def load_app():  # runs in the worker, after fork
        from bot.process.server import make_wsgi_app

        partnerbot, _clockwork = build(settings)
        return make_wsgi_app(partnerbot)

    log.info("serving HTTP on port %s", settings.port)
    GunicornServer(settings, load_app).run()


def in_child_process(work: Any, settings: Settings) -> None:
    """Run work(settings) in a forked child, so what it imports never weighs on this process."""
    child = multiprocessing.get_context("fork").Process(target=work, args=(settings,), name="partnerbot-migrate")
    child.start()
    child.join()
    if child.exitcode != 0:
        raise SettingsError(
            f"preparing the database failed (exit code {child.exitcode}); the lines above say why."
        )


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
    """Run only the scheduler (the Procfile's `clock` process) until SIGTERM."""
    from bot.process.app import create_app

    partnerbot = create_app(settings)
    clockwork = make_clockwork(partnerbot)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
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
