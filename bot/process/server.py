"""The HTTP transport: a WSGI app (Slack endpoint plus health) served by gunicorn."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from gunicorn.app.base import BaseApplication

from bot.process.guard import (
    FOREIGN_URL,
    MALFORMED,
    UNSIGNED,
    RateLimiter,
    Refusal,
    client_of,
    payload_problem,
    read_body,
    verify_signature,
)
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.process.app import Partnerbot

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
# The install page writes one OAuth state per visit; a person needs a handful.
INSTALLS_PER_CLIENT = 10
INSTALLS_OVERALL = 300
INSTALL_WINDOW_SECONDS = 60.0
RATE_LIMITED = Refusal(
    "429 Too Many Requests", "too many requests", (("Retry-After", str(int(INSTALL_WINDOW_SECONDS))),)
)

StartResponse = Callable[..., Any]


def _json(
    start_response: StartResponse, status: str, payload: dict[str, Any], headers: tuple[tuple[str, str], ...] = ()
) -> Iterable[bytes]:
    body = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body))), *headers])
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


def make_wsgi_app(
    partnerbot: Partnerbot,
    readiness: Readiness | None = None,
    *,
    clock: Callable[[], float] = time.time,
    install_limit: RateLimiter | None = None,
) -> Callable[..., Iterable[bytes]]:
    """The WSGI callable: `POST /slack/events` (and OAuth pages) to Bolt, `GET /healthz` for the platform.

    Every POST passes bot/process/guard.py first (bounded body, Slack's signature, Slack's payload
    shape), so nothing unauthenticated or malformed reaches Bolt. /healthz answers 503
    `{"status": "starting"}` until readiness is set (the process has warmed up), then 503 only when
    the database is unreachable: a late scheduler is reported but is no reason for the platform
    to restart web processes.
    """
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    from handlers.install.oauth import INSTALL_PATH
    from handlers.shared.urls import is_slack_url

    slack = SlackRequestHandler(partnerbot.bolt, path=EVENTS_PATH)
    # HTTP mode requires a signing secret (bot/settings.py); without one nothing is signed.
    secret = partnerbot.services.settings.slack_signing_secret or ""
    api_url = partnerbot.services.settings.slack_api_url

    def url_ok(url: Any) -> bool:
        return is_slack_url(url, api_url)

    limiter = install_limit or RateLimiter(INSTALLS_PER_CLIENT, INSTALLS_OVERALL, INSTALL_WINDOW_SECONDS)

    def refuse(start_response: StartResponse, refusal: Refusal, path: str) -> Iterable[bytes]:
        # Not from Slack: say so briefly, and log only the kind of refusal (never the body).
        log.info("refused a request", extra={"path": path[:64], "status": refusal.status[:3], "reason": refusal.reason})
        return _json(start_response, refusal.status, {"error": refusal.reason}, refusal.headers)

    def wsgi_app(environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD")
        if path == "/healthz" and method in ("GET", "HEAD"):
            if readiness is not None and not readiness.ready:
                return _json(start_response, "503 Service Unavailable", {"status": "starting"})
            report = {"status": "ready", **health_report(partnerbot)}
            status = "200 OK" if report["database"] == "ok" else "503 Service Unavailable"
            return _json(start_response, status, report)
        if method == "GET" and path == INSTALL_PATH and partnerbot.bolt.oauth_flow is not None:
            # Each visit writes an OAuth state: bound how fast anyone can make us write.
            if not limiter.allow(client_of(environ)):
                return refuse(start_response, RATE_LIMITED, path)
        if method == "POST":
            body = read_body(environ)
            if isinstance(body, Refusal):
                return refuse(start_response, body, path)
            if path == EVENTS_PATH:
                refusal = verify_signature(environ, body, secret, clock()) if secret else UNSIGNED
                problem = None if refusal else payload_problem(body, str(environ.get("CONTENT_TYPE") or ""), url_ok)
                if problem == FOREIGN_URL:
                    # Signed, yet it asks us to send to a URL that is not Slack's: refuse, and say so loudly.
                    log.warning("refused a URL that is not Slack's", extra={"where": "response_url"})
                if problem is not None:
                    refusal = MALFORMED
                if refusal is not None:
                    return refuse(start_response, refusal, path)
        try:
            return slack(environ, start_response)
        except (ValueError, TypeError, AttributeError, KeyError):
            # The guard above should leave nothing for Bolt to trip on; if something does, the
            # sender still gets a brief 400, and the log names only the kind of failure.
            log.warning("Bolt could not read a request", extra={"path": path[:64]}, exc_info=True)
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
