"""The Socket Mode transport: one WebSocket to Slack kept alive through refreshes, drops and resets.

Slack hands out a connection URL (`apps.connections.open`), greets each connection with `hello`,
sends envelopes (slash commands, interactions, events) that must be acknowledged within 3 s, asks
for a new connection now and then (`disconnect`), and sometimes just goes away. This module
owns that life cycle; the wire itself is websocket-client's (chosen by `bench/bench_socket.py`:
the figures and the reasons are in the commit that added it and in README).

- Make before break: on `disconnect` (refresh_requested, warning, link_disabled) a new
  connection is opened while the old one is still read; the old one is closed with a close
  frame a few seconds after the new one said hello. Each connection has its own reader
  thread, so an envelope on the new connection never waits for the old one.
- A dead connection is noticed by silence: a ping every PING_SECONDS, and a connection that
  has sent nothing (pong included) for DEAD_AFTER_SECONDS is cut and replaced. Readers block in
  the kernel, so nothing spins while Slack is unreachable; reconnects back off exponentially
  (first retry at once, then 1 s, 2 s, ... up to 10 s, with jitter).
- EOF, a TCP reset and a close frame all end the reader at once and the supervisor opens a new
  connection at once.
- Each envelope is handled on a worker thread and acknowledged on the connection it came on
  (or the current one, if that one has gone). `stop()` stops taking envelopes, waits for the
  ones in flight, and closes every connection with a close frame.
- Health: while a connection is up, a heartbeat is recorded (in the database, by the runtime)
  every HEARTBEAT_SECONDS; `socket_health` reads it back for `python -m bot health`.

Log lines carry connection ids, reasons and counts, never URLs (they hold a ticket) or payloads.
"""

from __future__ import annotations

import itertools
import json
import logging
import random
import signal
import socket
import struct
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import websocket
from websocket import ABNF

if TYPE_CHECKING:
    from slack_bolt import App
    from slack_sdk import WebClient
    from sqlalchemy.orm import Session

    from bot.process.app import Partnerbot
    from bot.process.clock import Clockwork

log = logging.getLogger(__name__)

SOCKET_MODE = "socket_mode"  # the heartbeat's name in the database
PING_SECONDS = 3.0  # how often each open connection is pinged
DEAD_AFTER_SECONDS = 6.0  # silence (not even a pong) after which a connection is cut and replaced
HELLO_TIMEOUT_SECONDS = 10.0  # a new connection that does not say hello by then is given up
CONNECT_TIMEOUT_SECONDS = 10.0  # TCP + TLS + WebSocket handshake
RETIRE_AFTER_SECONDS = 3.0  # an old connection is closed this long after its replacement said hello
CLOSE_WAIT_SECONDS = 2.0  # how long a close frame waits for Slack's answer
BACKOFF_MAX_SECONDS = 10.0
HEARTBEAT_SECONDS = 10.0
HEARTBEAT_LATE_SECONDS = 3 * HEARTBEAT_SECONDS
DRAIN_SECONDS = 20.0  # in-flight envelopes get this long on shutdown (platforms kill 30 s after SIGTERM)
TICK_SECONDS = 0.5  # the supervisor's longest sleep
WORKERS = 10

ENVELOPE_TYPES = ("slash_commands", "interactive", "events_api")
AUTH_ERRORS = ("invalid_auth", "not_authed", "not_allowed_token_type", "token_revoked", "account_inactive")

# handle(envelope) -> the ack's payload (or None): runs the app on one envelope.
Handler = Callable[[dict[str, Any]], dict[str, Any] | None]


class OpenFailed(Exception):
    """apps.connections.open gave no URL; retry_after is Slack's Retry-After, when it sent one."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def web_api_opener(client: WebClient, app_token: str) -> Callable[[], str]:
    """apps.connections.open with the app-level token, as a function that returns the URL."""
    from slack_sdk.errors import SlackApiError

    def open_url() -> str:
        try:
            response = client.apps_connections_open(app_token=app_token)
        except SlackApiError as exc:
            error = str(exc.response.get("error") or "unknown_error")
            retry = exc.response.headers.get("Retry-After") if error == "ratelimited" else None
            raise OpenFailed(error, float(retry) if retry else None) from None
        except OSError as exc:
            raise OpenFailed(type(exc).__name__) from None
        return str(response["url"])

    return open_url


def bolt_handler(app: App) -> Handler:
    """Run a Bolt app on an envelope, as its HTTP adapter would on a request; return the ack payload."""
    from slack_bolt.request import BoltRequest

    def handle(envelope: dict[str, Any]) -> dict[str, Any] | None:
        headers: dict[str, str] = {}
        if envelope.get("retry_attempt") is not None:
            headers["x-slack-retry-num"] = str(envelope["retry_attempt"])
        if envelope.get("retry_reason"):
            headers["x-slack-retry-reason"] = str(envelope["retry_reason"])
        response = app.dispatch(BoltRequest(mode="socket_mode", body=envelope["payload"], headers=headers or None))
        if response.status != 200:
            # No listener, or a failed one: acknowledge anyway, since a redelivery would fail the same way.
            log.info("envelope not handled", extra={"type": envelope.get("type"), "status": response.status})
            return None
        if not response.body:
            return None
        content_type = (response.headers.get("content-type") or [""])[0]
        if content_type.startswith("application/json"):
            body = json.loads(response.body)
            return body if isinstance(body, dict) else None
        return {"text": response.body}

    return handle


@dataclass(eq=False)
class _Connection:
    """One WebSocket to Slack and what the supervisor knows about it."""

    id: int
    ws: websocket.WebSocket
    opened: float
    last_seen: float
    last_ping: float
    hello: threading.Event
    reader: threading.Thread | None = None
    num_connections: int | None = None
    refresh_reason: str | None = None  # Slack asked for a new connection
    retire_at: float | None = None  # close it at this time (it has been replaced)
    closing: bool = False  # we sent a close frame
    closed: bool = False
    cause: str | None = None  # why it ended: eof, reset, close_frame, no_pong, error, retired, shutdown
    close_code: int | None = None

    def cut(self) -> None:
        """End the TCP connection at once (wakes the reader, which is blocked in recv)."""
        sock = self.ws.sock
        if sock is not None:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class SocketModeTransport:
    """Keeps one live Socket Mode connection, hands envelopes to `handle`, acknowledges them."""

    def __init__(
        self,
        open_url: Callable[[], str],
        handle: Handler,
        *,
        heartbeat: Callable[[], None] | None = None,
        workers: int = WORKERS,
        ping_seconds: float = PING_SECONDS,
        dead_after_seconds: float = DEAD_AFTER_SECONDS,
        sslopt: dict[str, Any] | None = None,
    ) -> None:
        self.open_url = open_url
        self.handle = handle
        self.heartbeat = heartbeat
        self.ping_seconds = ping_seconds
        self.dead_after_seconds = dead_after_seconds
        self.sslopt = sslopt or {}
        self._tick = min(TICK_SECONDS, ping_seconds / 2)
        self.reconnects = 0  # connections opened after the first one
        self._workers: Executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="socket-envelope")
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._in_flight = 0
        self._connections: list[_Connection] = []
        self._current: _Connection | None = None
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._draining = False
        self._failures = 0
        self._next_attempt = 0.0
        self._offline_since: float | None = time.monotonic()
        self._last_beat = 0.0
        self._supervisor: threading.Thread | None = None

    # ----- public ------------------------------------------------------------------------------
    @property
    def connected(self) -> bool:
        """True while a connection that Slack greeted is open."""
        current = self._current
        return current is not None and not current.closed and current.hello.is_set()

    def start(self) -> SocketModeTransport:
        """Connect in a background thread and keep connected until stop()."""
        self._supervisor = threading.Thread(target=self._supervise, name="socket-mode", daemon=True)
        self._supervisor.start()
        return self

    def wait_connected(self, timeout: float) -> bool:
        """Block until connected (True) or timeout (False)."""
        deadline = time.monotonic() + timeout
        while not self.connected:
            if time.monotonic() >= deadline or self._stopping.is_set():
                return self.connected
            time.sleep(0.02)
        return True

    def stop(self, drain_seconds: float = DRAIN_SECONDS) -> bool:
        """Stop taking envelopes, finish those in flight, close every connection with a close frame.

        Returns True when nothing was left in flight."""
        with self._lock:
            self._draining = True
            in_flight = self._in_flight
        log.info("socket mode shutting down", extra={"in_flight": in_flight})
        deadline = time.monotonic() + drain_seconds
        with self._idle:
            while self._in_flight and time.monotonic() < deadline:
                self._idle.wait(deadline - time.monotonic())
            left = self._in_flight
        self._stopping.set()
        self._wake.set()
        if self._supervisor is not None:
            self._supervisor.join(timeout=CONNECT_TIMEOUT_SECONDS + 2 * CLOSE_WAIT_SECONDS)
        for conn in list(self._connections):
            self._close(conn, "shutdown")
        for conn in list(self._connections):
            if conn.reader is not None:
                conn.reader.join(timeout=CLOSE_WAIT_SECONDS)
            if not conn.closed:
                conn.cut()
        self._workers.shutdown(wait=False)
        log.info("socket mode closed", extra={"in_flight_left": left, "reconnects": self.reconnects})
        return left == 0

    # ----- the supervisor ------------------------------------------------------------------------
    def _supervise(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()  # before acting: a wake-up while acting ends the next wait at once
            now = time.monotonic()
            try:
                self._maybe_connect(now)
                self._check_liveness(now)
                self._retire(now)
                self._beat(now)
            except Exception:  # the supervisor must outlive any surprise; it is logged
                log.exception("socket mode supervisor step failed")
            self._wake.wait(self._tick)

    def _maybe_connect(self, now: float) -> None:
        current = self._current
        wanted = current is None or current.closed or current.refresh_reason is not None
        if not wanted or now < self._next_attempt or self._stopping.is_set():
            return
        try:
            conn = self._connect()
        except Exception as exc:  # noqa: BLE001 - every failure to connect is retried
            self._failures += 1
            reason = exc.reason if isinstance(exc, OpenFailed) else type(exc).__name__
            delay = min(BACKOFF_MAX_SECONDS, 2.0 ** (self._failures - 1)) * random.uniform(0.8, 1.2)  # noqa: S311
            if isinstance(exc, OpenFailed) and exc.retry_after:
                delay = max(delay, exc.retry_after)
            self._next_attempt = time.monotonic() + delay
            level = logging.ERROR if reason in AUTH_ERRORS else logging.WARNING
            log.log(
                level,
                "socket mode connection failed",
                extra={"attempt": self._failures, "error": reason, "retry_in_s": round(delay, 1)},
            )
            return
        self._failures = 0
        self._next_attempt = 0.0
        old, self._current = self._current, conn
        if old is not None and not old.closed:
            old.retire_at = time.monotonic() + RETIRE_AFTER_SECONDS
        if old is not None:
            self.reconnects += 1
        offline = time.monotonic() - self._offline_since if self._offline_since is not None else 0.0
        self._offline_since = None
        log.info(
            "socket mode connected",
            extra={
                "connection": conn.id,
                "num_connections": conn.num_connections,
                "reconnects": self.reconnects,
                "replaces": old.id if old is not None else None,
                "offline_s": round(offline, 3),
            },
        )
        self._last_beat = 0.0  # beat now: a supervisor sees the connection at once

    def _connect(self) -> _Connection:
        url = self.open_url()
        host = urlsplit(url).hostname or "?"
        log.info("socket mode connecting", extra={"host": host, "attempt": self._failures + 1})
        ws = websocket.create_connection(
            url,
            timeout=CONNECT_TIMEOUT_SECONDS,
            enable_multithread=True,
            sslopt=self.sslopt,
            suppress_origin=True,
        )
        ws.settimeout(None)  # the reader blocks in the kernel; liveness is the supervisor's job
        now = time.monotonic()
        conn = _Connection(id=next(self._ids), ws=ws, opened=now, last_seen=now, last_ping=now, hello=threading.Event())
        conn.reader = threading.Thread(target=self._read, args=(conn,), name=f"socket-mode-{conn.id}", daemon=True)
        with self._lock:
            self._connections.append(conn)
        conn.reader.start()
        if not conn.hello.wait(HELLO_TIMEOUT_SECONDS) or conn.closed:
            self._close(conn, "no_hello")
            raise OpenFailed("no_hello")
        return conn

    def _check_liveness(self, now: float) -> None:
        for conn in list(self._connections):
            if conn.closed or conn.closing:
                continue
            if now - conn.last_seen > self.dead_after_seconds:
                log.warning(
                    "socket mode connection silent; replacing it",
                    extra={"connection": conn.id, "silent_s": round(now - conn.last_seen, 1)},
                )
                conn.cause = conn.cause or "no_pong"
                conn.cut()
                continue
            if now - conn.last_ping >= self.ping_seconds:
                conn.last_ping = now
                try:
                    conn.ws.ping(f"{conn.id}:{now:.3f}")
                except Exception:  # noqa: BLE001 - a failed ping is a dead connection
                    conn.cause = conn.cause or "error"
                    conn.cut()

    def _retire(self, now: float) -> None:
        for conn in list(self._connections):
            if conn.retire_at is not None and now >= conn.retire_at and not conn.closed and not conn.closing:
                self._close(conn, "retired")

    def _beat(self, now: float) -> None:
        if self.heartbeat is None or not self.connected or now - self._last_beat < HEARTBEAT_SECONDS:
            return
        self._last_beat = now
        try:
            self.heartbeat()
        except Exception:  # noqa: BLE001 - a missed heartbeat is reported, not fatal
            log.warning("could not record the Socket Mode heartbeat", exc_info=True)

    def _close(self, conn: _Connection, cause: str) -> None:
        """Send a close frame; the reader closes TCP when Slack answers (or is cut after a wait)."""
        if conn.closed or conn.closing:
            return
        conn.closing = True
        conn.cause = conn.cause or cause
        try:
            conn.ws.send_close(websocket.STATUS_NORMAL, cause.encode())
        except Exception:  # noqa: BLE001 - nothing to close politely
            conn.cut()
            return
        timer = threading.Timer(CLOSE_WAIT_SECONDS, conn.cut)
        timer.daemon = True
        timer.start()

    # ----- a connection's reader -------------------------------------------------------------------
    def _read(self, conn: _Connection) -> None:
        ws = conn.ws
        try:
            while True:
                frame = ws.recv_frame()
                conn.last_seen = time.monotonic()
                if frame.opcode in (ABNF.OPCODE_TEXT, ABNF.OPCODE_BINARY, ABNF.OPCODE_CONT):
                    ws.cont_frame.validate(frame)
                    ws.cont_frame.add(frame)
                    if ws.cont_frame.is_fire(frame):
                        _opcode, whole = ws.cont_frame.extract(frame)
                        self._on_message(conn, whole.data)
                elif frame.opcode == ABNF.OPCODE_PING:
                    ws.pong(frame.data)
                elif frame.opcode == ABNF.OPCODE_CLOSE:
                    conn.close_code = struct.unpack("!H", frame.data[:2])[0] if len(frame.data) >= 2 else 1005
                    if not conn.closing:
                        conn.cause = conn.cause or "close_frame"
                        conn.closing = True
                        ws.send_close(conn.close_code if conn.close_code != 1005 else websocket.STATUS_NORMAL)
                    break
        except websocket.WebSocketConnectionClosedException:
            conn.cause = conn.cause or "eof"
        except ConnectionResetError:
            conn.cause = conn.cause or "reset"
        except Exception as exc:  # noqa: BLE001 - whatever ended it, the connection is gone
            conn.cause = conn.cause or ("reset" if isinstance(exc, OSError) and exc.errno == 104 else "error")
        finally:
            self._ended(conn)

    def _ended(self, conn: _Connection) -> None:
        try:
            conn.ws.shutdown()
        except Exception:  # noqa: BLE001, S110 - already gone
            pass
        with self._lock:
            conn.closed = True
            if conn in self._connections:
                self._connections.remove(conn)
        was_current = conn is self._current
        expected = conn.cause in ("retired", "shutdown", "no_hello") or self._stopping.is_set()
        if was_current and not expected:
            self._offline_since = self._offline_since or time.monotonic()
            log.warning(
                "socket mode connection lost",
                extra={"connection": conn.id, "cause": conn.cause, "close_code": conn.close_code},
            )
        else:
            log.info(
                "socket mode connection closed",
                extra={"connection": conn.id, "cause": conn.cause, "close_code": conn.close_code},
            )
        self._wake.set()

    def _on_message(self, conn: _Connection, data: bytes | str) -> None:
        try:
            message = json.loads(data)
        except (ValueError, UnicodeDecodeError):
            log.warning("socket mode message was not JSON", extra={"connection": conn.id})
            return
        if not isinstance(message, dict):
            return
        kind = message.get("type")
        if kind == "hello":
            conn.num_connections = message.get("num_connections")
            conn.hello.set()
        elif kind == "disconnect":
            reason = str(message.get("reason") or "unknown")
            level = logging.ERROR if reason == "link_disabled" else logging.INFO
            log.log(level, "socket mode disconnect requested", extra={"connection": conn.id, "reason": reason})
            # Acted on while this is the current connection (also when it becomes current just
            # after this: a disconnect can follow hello at once); ignored once it is replaced.
            conn.refresh_reason = reason
            self._wake.set()
        elif kind in ENVELOPE_TYPES and message.get("envelope_id"):
            self._take(conn, message)
        else:
            log.info("socket mode message ignored", extra={"connection": conn.id, "type": str(kind)})

    # ----- envelopes -------------------------------------------------------------------------------
    def _take(self, conn: _Connection, envelope: dict[str, Any]) -> None:
        with self._lock:
            if self._draining:
                log.info("envelope refused: shutting down", extra={"type": envelope.get("type")})
                return
            self._in_flight += 1
        try:
            self._workers.submit(self._run, conn, envelope)
        except RuntimeError:  # the pool is shut down
            self._done()

    def _run(self, conn: _Connection, envelope: dict[str, Any]) -> None:
        try:
            try:
                payload = self.handle(envelope)
            except Exception:  # noqa: BLE001 - acknowledge anyway: a redelivery would fail the same way
                log.exception("envelope handler failed", extra={"type": envelope.get("type")})
                payload = None
            ack: dict[str, Any] = {"envelope_id": envelope["envelope_id"]}
            if payload is not None and envelope.get("accepts_response_payload"):
                ack["payload"] = payload
            self._send_ack(conn, json.dumps(ack))
        finally:
            self._done()

    def _send_ack(self, conn: _Connection, text: str) -> None:
        for target in (conn, self._current):
            if target is None or target.closed or (target.closing and target is not conn):
                continue
            try:
                target.ws.send(text)
                return
            except Exception:  # noqa: BLE001, S112 - try the current connection next
                continue
        log.warning("envelope acknowledgement could not be sent", extra={"connection": conn.id})

    def _done(self) -> None:
        with self._idle:
            self._in_flight -= 1
            if self._in_flight == 0:
                self._idle.notify_all()


# ----- health ----------------------------------------------------------------------------------------


def record_heartbeat(partnerbot: Partnerbot) -> Callable[[], None]:
    """A heartbeat that writes the `socket_mode` row of the heartbeats table (the scheduler's sits beside it)."""
    import os

    from storage.heartbeats import beat

    services = partnerbot.services
    pid = os.getpid()

    def heartbeat() -> None:
        with services.transaction(None) as session:
            beat(session, name=SOCKET_MODE, at=services.now(), pid=pid)

    return heartbeat


def socket_health(session: Session, now: datetime) -> dict[str, Any]:
    """`socket_mode`: ok (a connection was up within HEARTBEAT_LATE_SECONDS), late or never."""
    from storage.heartbeats import last_beat

    last = last_beat(session, name=SOCKET_MODE)
    if last is None:
        state = "never"
    else:
        state = "late" if now - last > timedelta(seconds=HEARTBEAT_LATE_SECONDS) else "ok"
    return {"socket_mode": state, "socket_mode_last_connected": last.isoformat() if last else None}


# ----- running the process --------------------------------------------------------------------------


def serve(partnerbot: Partnerbot, app_token: str, clockwork: Clockwork | None, listeners: ThreadPoolExecutor) -> None:
    """Run Socket Mode until SIGTERM or SIGINT, then shut down in order and return.

    Order on a signal: stop taking envelopes and finish those in flight (their acks go out),
    close the WebSocket with a close frame, let Bolt finish work it started after an ack (DMs,
    App Home), stop the scheduler's clock. A second signal ends the process at once.
    """
    stop = threading.Event()
    received: list[str] = []

    def on_signal(signum: int, _frame: object) -> None:
        received.append(signal.Signals(signum).name)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    client = partnerbot.client
    transport = SocketModeTransport(
        web_api_opener(client, app_token),
        bolt_handler(partnerbot.bolt),
        heartbeat=record_heartbeat(partnerbot),
        sslopt={"context": client.ssl} if client.ssl is not None else None,
    ).start()
    log.info("socket mode starting")
    stop.wait()
    started = time.monotonic()
    log.info("shutdown requested", extra={"signal": received[0] if received else "?"})
    drained = transport.stop()
    finisher = threading.Thread(target=listeners.shutdown, kwargs={"wait": True}, daemon=True)
    finisher.start()
    finisher.join(timeout=max(1.0, DRAIN_SECONDS - (time.monotonic() - started)))
    if clockwork is not None:
        clockwork.stop()
        log.info("scheduler stopped")
    log.info(
        "socket mode stopped",
        extra={"drained": drained and not finisher.is_alive(), "seconds": round(time.monotonic() - started, 3)},
    )
