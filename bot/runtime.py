"""Starting the bot on each transport: HTTP (gunicorn), Socket Mode, and the clock process."""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path

from bot.app import Partnerbot, create_app
from bot.scheduler import Clockwork
from bot.settings import Settings
from storage.migrate import upgrade

log = logging.getLogger(__name__)


def configure_logging(settings: Settings) -> None:
    """One line per record on stderr; Bolt's own logger only speaks up for warnings."""
    logging.basicConfig(
        level=settings.log_level,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    logging.getLogger("slack_bolt").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)


def migrate(settings: Settings) -> None:
    """Bring the database to the newest schema (creating the SQLite data folder first)."""
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
    """Load what the first command would otherwise wait for (the parser's vocabularies)."""
    try:
        from bot.understanding import warm_up as warm_parser
    except ImportError:
        return
    warm_parser()


def build(settings: Settings) -> tuple[Partnerbot, Clockwork | None]:
    """Build the app and, when this process runs the scheduler, its started clock."""
    partnerbot = create_app(settings)
    warm_up()
    clockwork = None
    if settings.run_scheduler:
        clockwork = Clockwork(partnerbot.sweeps, partnerbot.services.now)
        clockwork.start()
    return partnerbot, clockwork


def serve_http(settings: Settings) -> None:
    """Serve `POST /slack/events` and `GET /healthz` on gunicorn."""
    from bot.server import GunicornServer, make_wsgi_app

    settings.require_http()
    prepare_database(settings)

    def load_app():  # runs in the worker, after fork
        partnerbot, clockwork = build(settings)
        return make_wsgi_app(partnerbot, clockwork.health if clockwork else None)

    log.info("serving HTTP on port %s", settings.port)
    GunicornServer(settings, load_app).run()


def serve_socket(settings: Settings) -> None:
    """Connect to Slack over Socket Mode (no public URL needed)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    settings.require_socket()
    prepare_database(settings)
    partnerbot, clockwork = build(settings)
    handler = SocketModeHandler(partnerbot.bolt, settings.slack_app_token)
    try:
        handler.start()
    finally:
        if clockwork:
            clockwork.stop()


def run_clock(settings: Settings) -> None:
    """Run only the scheduler (the Procfile's `clock` process) until SIGTERM."""
    partnerbot = create_app(settings)
    clockwork = Clockwork(partnerbot.sweeps, partnerbot.services.now)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    clockwork.start()
    log.info("clock running")
    stop.wait()
    clockwork.stop()
