"""A Bolt app that only acknowledges, on the bot's gunicorn configuration: the baseline for ack latency.

Usage: SLACK_SIGNING_SECRET=... SLACK_BOT_TOKEN=xoxb-... SLACK_API_URL=... PORT=... \
       uv run python bench/noop_app.py

Same Bolt version, signing verification on, the same token handling as the bot
(token_verification_enabled=False, so the first request asks auth.test), a `/partner` command
and every button action acknowledged and nothing else. gunicorn runs with the options of
`bot.process.server.GunicornServer` (gthread, WEB_CONCURRENCY workers, WEB_THREADS threads, the same
timeouts and keep-alive; tests/bench checks they agree), bound to 127.0.0.1. It deliberately
imports nothing from the bot, so its start-up time and memory are Bolt's and gunicorn's alone.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

from gunicorn.app.base import BaseApplication
from slack_bolt import Ack, App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient


def gunicorn_options(port: int, workers: int, threads: int) -> dict[str, Any]:
    """The bot's gunicorn options (bot/process/server.py), bound to loopback."""
    return {
        "bind": f"127.0.0.1:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": 30,
        "graceful_timeout": 25,
        "keepalive": 5,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "partnerbot-noop",
        "preload_app": True,
    }


def create_noop_app(signing_secret: str, token: str, api_url: str) -> App:
    """A Bolt app with a `/partner` command and button actions that only ack."""
    app = App(
        signing_secret=signing_secret,
        client=WebClient(token=token, base_url=api_url),
        token_verification_enabled=False,
        logger=logging.getLogger("slack_bolt"),
    )

    def ack_only(ack: Ack) -> None:
        ack()

    app.command("/partner")(ack_only)
    app.action(re.compile(".*"))(ack_only)
    return app


def make_noop_wsgi(app: App) -> Callable[..., Iterable[bytes]]:
    """`POST /slack/events` to Bolt and `GET /healthz`, shaped like bot.process.server.make_wsgi_app."""
    slack = SlackRequestHandler(app, path="/slack/events")

    def wsgi_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            body = json.dumps({"database": "ok"}).encode()
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        return slack(environ, start_response)

    return wsgi_app


class NoopServer(BaseApplication):  # type: ignore[misc]
    """gunicorn with the given options, loading the app in the master before the port opens, as the bot does."""

    def __init__(self, options: dict[str, Any], load_app: Callable[[], Callable[..., Iterable[bytes]]]) -> None:
        self.options = options
        self.load_app = load_app
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Callable[..., Iterable[bytes]]:
        return self.load_app()


def main() -> int:
    env = os.environ
    secret, token = env.get("SLACK_SIGNING_SECRET"), env.get("SLACK_BOT_TOKEN")
    if not secret or not token:
        print("noop_app: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN", file=sys.stderr)
        return 2
    api_url = env.get("SLACK_API_URL", "https://slack.com/api/")
    options = gunicorn_options(
        int(env.get("PORT", "3000")), int(env.get("WEB_CONCURRENCY", "1")), int(env.get("WEB_THREADS", "8"))
    )
    logging.basicConfig(level=logging.WARNING)
    NoopServer(options, lambda: make_noop_wsgi(create_noop_app(secret, token, api_url))).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
