"""The app factory: builds the database, the Slack client and the Bolt app, and registers features."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from slack_bolt import App, BoltContext, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.webhook import WebhookClient
from sqlalchemy.exc import SQLAlchemyError

import handlers
from bot.domain.people import default_actor
from bot.domain.retention import retention_sweep
from bot.domain.services import Services, Sweep, utc_now
from bot.domain.workspaces import purge_sweep
from bot.i18n import t
from bot.process.guard import clean_payload
from bot.process.prompt_ack import PromptExecutor, signal_acks
from bot.settings import Settings
from handlers import install
from handlers.install.oauth import build_oauth
from handlers.install.state import purge_states_sweep
from handlers.reminders.transport import build_sweeps
from handlers.router import REPLAY_CLAIM, Commands, ReplayClaim
from handlers.shared.actor import resolve_actor
from handlers.shared.clients import Clients
from handlers.shared.reach import SingleTeamAuthorize
from handlers.shared.urls import checked_url
from storage.idempotency import first_time
from storage.scope import Workspace

log = logging.getLogger(__name__)

# Web API calls made after the ack may wait out a rate limit; these bound how long.
SLACK_TIMEOUT_SECONDS = 10
SLACK_RETRIES = 3
# A lookup or answer made on the request path, before or instead of the ack, must be quick.
SLACK_ACK_LOOKUP_SECONDS = 1.0
# Listeners run on this many threads per process (Bolt's own default), beside the server's request threads.
BOLT_LISTENER_THREADS = 5


@dataclass
class Partnerbot:
    """A built application: the Bolt app, its Web API client, the subcommands and the services."""

    bolt: App
    client: WebClient
    commands: Commands
    services: Services
    sweeps: list[Sweep]
    clients: Clients


def make_client(settings: Settings, token: str | None = None) -> WebClient:
    """A Web API client for settings.slack_api_url that retries rate limits, 5xx and resets.

    token: the client's token; None for the configured bot token, "" for none (Bolt's template client).
    """
    return WebClient(
        token=(token or None) if token is not None else settings.slack_bot_token,
        base_url=settings.slack_api_url,
        timeout=SLACK_TIMEOUT_SECONDS,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=SLACK_RETRIES),
            RateLimitErrorRetryHandler(max_retry_count=SLACK_RETRIES),
            ServerErrorRetryHandler(max_retry_count=SLACK_RETRIES),
        ],
    )


def workspace_of(context: BoltContext, body: dict[str, Any]) -> Workspace | None:
    """The workspace a request comes from, as Slack signed it."""
    team_id = context.team_id or (body.get("team") or {}).get("id") or body.get("team_id")
    if not team_id:
        return None
    return Workspace(team_id=team_id, enterprise_id=context.enterprise_id or None)


def request_key(body: dict[str, Any]) -> str | None:
    """The id Slack gives each request: the event id, or the trigger id of a command or interaction."""
    if body.get("type") == "event_callback":
        return f"event:{body['event_id']}" if body.get("event_id") else None
    trigger = body.get("trigger_id")
    if not trigger:
        return None
    return f"{body.get('type') or 'command'}:{str(trigger)[:150]}"


def create_app(
    settings: Settings, *, clock: Callable[[], datetime] = utc_now, listener_executor: Executor | None = None
) -> Partnerbot:
    """Build everything the bot needs from settings; nothing here talks to Slack yet.

    listener_executor replaces Bolt's thread pool for listeners; the console passes one that
    runs them at once, so everything a line causes is printed before the next prompt. Either way
    the answer goes out the moment the listener acks (bot/process/prompt_ack.py).
    """
    services = Services.connect(settings, clock=clock)
    client = make_client(settings)
    oauth_settings, store = build_oauth(client, services) if settings.oauth_enabled else (None, None)
    # One workspace: the token is checked (auth.test) on the first request, once, with a short budget; while
    # Slack is unreachable requests are still authorized from their signature (handlers/shared/reach.py), so
    # a slow or unreachable Slack neither stops the process nor turns a command into an HTTP 500. Bolt's
    # per-request clients copy this token-less client (base URL, timeout, retries) and take the token from
    # the authorization.
    single_team = None if oauth_settings is not None else SingleTeamAuthorize(client)
    bolt = App(
        signing_secret=settings.slack_signing_secret,
        client=client if single_team is None else make_client(settings, token=""),
        oauth_settings=oauth_settings,
        authorize=single_team.function() if single_team is not None else None,
        token_verification_enabled=False,
        logger=logging.getLogger("slack_bolt"),
        listener_executor=PromptExecutor(
            listener_executor or ThreadPoolExecutor(max_workers=BOLT_LISTENER_THREADS, thread_name_prefix="listener")
        ),
    )
    bolt.middleware(signal_acks)

    @bolt.middleware
    def clean_user_text(body: dict[str, Any], next: Callable[[], None]) -> BoltResponse | None:
        # Before anything reads the payload: the listeners' command, action and view come from body.
        clean_payload(body)
        # The HTTP guard refuses these already; Socket Mode and the console come through here only.
        urls = [
            body.get("response_url"),
            *[(u or {}).get("response_url") for u in body.get("response_urls") or [] if isinstance(u, dict)],
        ]
        if any(url and checked_url(url, settings.slack_api_url, where="response_url") is None for url in urls):
            return BoltResponse(status=400, body="")
        return next()

    @bolt.error
    def on_error(error: Exception, body: dict[str, Any], response: BoltResponse | None, context: BoltContext) -> None:
        # Never a 500 or a stack trace for the user; the log keeps the details (scrubbed).
        kind = str(body.get("type") or ("command" if body.get("command") else "?"))[:40]
        log.error("a request failed", exc_info=(type(error), error, error.__traceback__), extra={"kind": kind})
        actor = context.get("actor")
        lang = actor.lang if actor is not None else settings.default_language
        if response is not None:
            response.status = 200
            if body.get("command"):
                response.body = json.dumps({"response_type": "ephemeral", "text": t(lang, "error.internal")})
                response.headers = {"content-type": ["application/json;charset=utf-8"]}
            else:
                response.body = ""
            return
        url = checked_url(body.get("response_url"), settings.slack_api_url, where="error answer")
        if url:
            try:
                WebhookClient(url, timeout=SLACK_ACK_LOOKUP_SECONDS).send(
                    response_type="ephemeral", replace_original=False, text=t(lang, "error.internal")
                )
            except (SlackClientError, OSError):
                log.warning("could not tell the user about a failed request")

    @bolt.middleware
    def attach_services(
        context: BoltContext, body: dict[str, Any], client: WebClient, next: Callable[[], None]
    ) -> None:
        context["services"] = services
        ws = workspace_of(context, body)
        if ws is not None and context.user_id:
            try:
                context["actor"] = resolve_actor(services, client, ws, context.user_id)
            except SQLAlchemyError:
                # A busy or unreachable database must not turn into a Slack error page: answer
                # in the defaults and let the handler report what it cannot do.
                log.warning("could not load the user's profile", exc_info=True)
                context["actor"] = default_actor(settings, ws, context.user_id)
        next()

    @bolt.middleware
    def reject_replays(context: BoltContext, body: dict[str, Any], next: Callable[[], None]) -> BoltResponse | None:
        # A request Slack retries, or one replayed within the signature's five minutes, is
        # handled once: its id is claimed before the listener runs (a short write; the unique
        # key makes two concurrent copies race safely). Events are acknowledged silently.
        key = request_key(body)
        ws = workspace_of(context, body)
        if key is None or ws is None:
            return next()
        if body.get("command") and context.get("actor") is not None:
            # A slash command claims its id itself (handlers/router.py): a log in the transaction
            # that saves it, so that a log costs one commit, not two.
            context[REPLAY_CLAIM] = ReplayClaim(ws, key)
            return next()
        try:
            with services.transaction(None) as session:
                fresh = first_time(session, ws=ws, key=key)
        except SQLAlchemyError:
            log.warning("could not check for a replayed request", exc_info=True)
            return next()
        if fresh:
            return next()
        log.info("replayed request ignored", extra={"team": ws.team_id, "kind": key.split(":", 1)[0]})
        if body.get("command"):
            actor = context.get("actor")
            lang = actor.lang if actor is not None else settings.default_language
            answer = {"response_type": "ephemeral", "text": t(lang, "request.replayed")}
            return BoltResponse(status=200, body=json.dumps(answer), headers={"content-type": "application/json"})
        return BoltResponse(status=200, body="")

    commands = Commands()
    handlers.register_all(bolt, commands)
    install.register(bolt, store)
    clients = Clients(client, services, store)
    sweeps = [
        *build_sweeps(services, clients),
        purge_sweep(services),
        purge_states_sweep(services),
        retention_sweep(services),
    ]
    return Partnerbot(bolt=bolt, client=client, commands=commands, services=services, sweeps=sweeps, clients=clients)
