"""The HTTP transport: a WSGI app (Slack endpoint plus health) served by gunicorn."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from gunicorn.app.base import BaseApplication

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.process.app import Partnerbot

log = logging.getLogger(__name__)

# Slack's payloads are a few kilobytes; anything far larger is not from Slack.
MAX_BODY_BYTES = 1_000_000

StartResponse = Callable[..., Any]


def _json(start_response: StartResponse, status: str, payload: dict[str, Any]) -> Iterable[bytes]:
    body = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


class Readiness:
    """Whether this process has finished warming up (app, parser, database) and may take traffic."""

    def __init__(self, ready: bool = False) -> None:
        self._ready = threading.Event()
        if ready:
            self._ready.set()

    def set(self) -> None:
        """Mark the process ready."""
        self._ready.set()

    @property
    def ready(self) -> bool:
        """True once warm-up is done."""
        return self._ready.is_set()


def health_report(partnerbot: Partnerbot) -> dict[str, Any]:
    """The database's state and the scheduler's last tick (from the database, so any web process knows)."""
    from sqlalchemy.exc import SQLAlchemyError

    from storage.db import ping
    from storage.heartbeats import last_beat

    services = partnerbot.services
    if not ping(services.engine):
        return {"database": "unreachable", "scheduler_last_tick": None, "scheduler": "unknown"}
    try:
        with services.transaction(None, read_only=True) as session:
            last = last_beat(session, name="scheduler")
    except SQLAlchemyError:
        return {"database": "unreachable", "scheduler_last_tick": None, "scheduler": "unknown"}
    if last is None:
        state = "never"
    else:
        late = services.now() - last > timedelta(seconds=3 * services.settings.clock_tick_seconds + 30)
        state = "late" if late else "ok"
    return {"database": "ok", "scheduler_last_tick": last.isoformat() if last else None, "scheduler": state}


def make_wsgi_app(partnerbot: Partnerbot, readiness: Readiness | None = None) -> Callable[..., Iterable[bytes]]:
    """The WSGI callable: `POST /slack/events` (and OAuth pages) to Bolt, `GET /healthz` for the platform.

    /healthz answers 503 `{"status": "starting"}` until readiness is set (the process has warmed
    up), then 503 only when the database is unreachable: a late scheduler is reported but is no
    reason for the platform to restart web processes.
    """
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    slack = SlackRequestHandler(partnerbot.bolt, path="/slack/events")

    def wsgi_app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        if path == "/healthz" and environ.get("REQUEST_METHOD") in ("GET", "HEAD"):
            if readiness is not None and not readiness.ready:
                return _json(start_response, "503 Service Unavailable", {"status": "starting"})
            report = {"status": "ready", **health_report(partnerbot)}
            status = "200 OK" if report["database"] == "ok" else "503 Service Unavailable"
            return _json(start_response, status, report)
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY_BYTES:
            return _json(start_response, "413 Payload Too Large", {"error": "payload too large"})
        try:
            return slack(environ, start_response)
        except (ValueError, TypeError, AttributeError, KeyError):
            # Bolt parses the body before it checks the signature; a body that is not UTF-8
            # or whose payload is not a JSON object fails there. It is not from Slack: say so
            # briefly, and log only the kind of failure (never the body).
            log.info("refused a malformed request body", extra={"path": path})
            return _json(start_response, "400 Bad Request", {"error": "malformed request"})

    return wsgi_app


# gunicorn ships no type hints, so its base class is Any to mypy.
class GunicornServer(BaseApplication):  # type: ignore[misc]
    """gunicorn, configured from settings, building and warming the app in the master before the port opens.

    With preload_app gunicorn calls load() before it binds the port, so a platform that routes
    traffic as soon as the port accepts connections finds a warm app; the workers are forked from
    it and share its pages. post_fork runs in each new worker (its own database connections, its
    own threads); post_worker_init runs there just before the worker starts accepting.
    """

    def __init__(
        self,
        settings: Settings,
        load_app: Callable[[], Callable[..., Iterable[bytes]]],
        *,
        post_fork: Callable[[], None] | None = None,
        post_worker_init: Callable[[], None] | None = None,
    ) -> None:
        self.settings = settings
        self.load_app = load_app
        self.after_fork = post_fork
        self.before_accepting = post_worker_init
        super().__init__()

    def load_config(self) -> None:
        options = {
            "bind": f"0.0.0.0:{self.settings.port}",
            "workers": self.settings.web_concurrency,
            "worker_class": "gthread",
            "threads": self.settings.web_threads,
            # Slack gives up after 3 s; a request still running after 30 s is stuck.
            "timeout": 30,
            # Platforms send SIGKILL 30 s after SIGTERM: finish in-flight requests before that.
            "graceful_timeout": 25,
            "keepalive": 5,
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
            "proc_name": "partnerbot-web",
            "preload_app": True,
        }
        if self.after_fork is not None:
            after_fork = self.after_fork
            options["post_fork"] = lambda _server, _worker: after_fork()
        if self.before_accepting is not None:
            before_accepting = self.before_accepting
            options["post_worker_init"] = lambda _worker: before_accepting()
        for key, value in options.items():
            self.cfg.set(key, value)

    def load(self) -> Callable[..., Iterable[bytes]]:
        return self.load_app()
