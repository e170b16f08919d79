"""A stand-in for Slack's Socket Mode on loopback: `apps.connections.open` and the WebSocket behind it.

It speaks Slack's envelopes over a minimal RFC 6455 server written on the standard library (the
fake needs to misbehave in ways a WebSocket server library would not let it: leave a connection
half-open, drop it without a close frame, reset it). What it does, as Slack does:

- `apps.connections.open` (wired into `bot.offline.fakeslack.FakeSlack` through its `hooks`) checks the
  app-level token and hands out a `ws://127.0.0.1:PORT/link/?ticket=...` URL;
- a new connection gets `hello` with `num_connections` and `debug_info`;
- `slash_commands`, `interactive` and `events_api` envelopes carry an `envelope_id` and
  `accepts_response_payload` (events also `retry_attempt` and `retry_reason`); the client's acks
  (`{"envelope_id": ..., "payload": ...}`) are recorded with their latency;
- `disconnect` with `refresh_requested`, `warning` or `link_disabled`.

And what a network does to it on request: a refresh (disconnect, then the old connection is closed
once a new one said hello or after a delay), a drop without a close frame (FIN), a half-open
connection (nothing answered any more, pings included, but the TCP connection stays), a TCP reset,
a close frame, an outage (new connections refused), and a replay of an envelope.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import select
import socket
import struct
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit

if TYPE_CHECKING:
    from bot.offline.fakeslack import FakeSlack

APP_TOKEN = "xapp-1-A0PARTNERBOT-1-fakesocketmode"  # noqa: S105 - a fake's fixed test token
APP_ID = "A0PARTNERBOT"

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
OP_CONT, OP_TEXT, OP_BINARY, OP_CLOSE, OP_PING, OP_PONG = 0x0, 0x1, 0x2, 0x8, 0x9, 0xA
REASONS = ("refresh_requested", "warning", "link_disabled")
# How long the server waits for the client's answer to its close frame before closing TCP.
CLOSE_WAIT_SECONDS = 2.0


@dataclass
class Envelope:
    """One envelope the fake sent, and on which connection."""

    envelope_id: str
    type: str
    payload: dict[str, Any]
    accepts_response_payload: bool
    connection: int
    sent_at: float  # time.monotonic()
    retry_attempt: int | None = None
    retry_reason: str | None = None

    def message(self) -> dict[str, Any]:
        """The JSON object on the wire."""
        body: dict[str, Any] = {
            "envelope_id": self.envelope_id,
            "payload": self.payload,
            "type": self.type,
            "accepts_response_payload": self.accepts_response_payload,
        }
        if self.retry_attempt is not None:
            body["retry_attempt"] = self.retry_attempt
            body["retry_reason"] = self.retry_reason or ""
        return body


@dataclass
class Ack:
    """An acknowledgement the client sent for an envelope."""

    envelope_id: str
    payload: dict[str, Any] | None
    connection: int
    at: float  # time.monotonic()
    latency: float | None  # seconds since the envelope was sent (the last copy, for a replay)


@dataclass
class SocketConnection:
    """What the fake knows about one WebSocket connection (times are time.monotonic())."""

    id: int
    opened_at: float
    hello_at: float | None = None
    closed_at: float | None = None
    # Who ended it and how: client (close frame), client_eof (TCP closed without a close frame),
    # server_close (close frame), drop, reset, half_open, stop.
    ended_by: str | None = None
    client_close_code: int | None = None
    silent: bool = False  # half-open: nothing is read or answered any more
    pings: int = 0
    messages: list[dict[str, Any]] = field(default_factory=list)  # non-ack text frames from the client

    @property
    def live(self) -> bool:
        """Open and answering."""
        return self.closed_at is None and not self.silent


class _Link:
    """The socket side of a connection, owned by its reader thread."""

    def __init__(self, record: SocketConnection, sock: socket.socket) -> None:
        self.record = record
        self.sock = sock
        self.send_lock = threading.Lock()
        self.wake_r, self.wake_w = socket.socketpair()
        self.fate: str | None = None  # set by the controller, carried out by the reader
        self.close_code = 1000
        self.close_reason = ""
        self.close_deadline: float | None = None
        self.closing_sent = False

    def wake(self) -> None:
        try:
            self.wake_w.send(b"x")
        except OSError:
            pass


def _frame(opcode: int, payload: bytes) -> bytes:
    head = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n < 1 << 16:
        head += bytes([126]) + struct.pack("!H", n)
    else:
        head += bytes([127]) + struct.pack("!Q", n)
    return head + payload


def _parse_frame(buffer: bytearray) -> tuple[bool, int, bytes, bool] | None:
    """(fin, opcode, payload, masked) of the first whole frame in buffer (consumed), or None."""
    if len(buffer) < 2:
        return None
    fin, opcode = bool(buffer[0] & 0x80), buffer[0] & 0x0F
    masked, length = bool(buffer[1] & 0x80), buffer[1] & 0x7F
    offset = 2
    if length == 126:
        if len(buffer) < 4:
            return None
        length = struct.unpack("!H", buffer[2:4])[0]
        offset = 4
    elif length == 127:
        if len(buffer) < 10:
            return None
        length = struct.unpack("!Q", buffer[2:10])[0]
        offset = 10
    mask = b""
    if masked:
        if len(buffer) < offset + 4:
            return None
        mask = bytes(buffer[offset : offset + 4])
        offset += 4
    if len(buffer) < offset + length:
        return None
    data = bytes(buffer[offset : offset + length])
    del buffer[: offset + length]
    if masked:
        data = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
    return fin, opcode, data, masked


class FakeSocketMode:
    """A scriptable Slack Socket Mode server on 127.0.0.1 (one app, any number of connections)."""

    def __init__(self, *, app_token: str = APP_TOKEN, app_id: str = APP_ID, port: int = 0) -> None:
        self.app_token = app_token
        self.app_id = app_id
        self.connections: list[SocketConnection] = []
        self.envelopes: list[Envelope] = []
        self.acks: list[Ack] = []
        self.opens = 0  # apps.connections.open calls answered with a URL
        self.refused = 0  # upgrade attempts refused during an outage or with a bad ticket
        self.refused_at: list[float] = []  # when each was refused (time.monotonic())
        self._tickets: set[str] = set()
        self._links: dict[int, _Link] = {}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._outage = False
        self._stopped = False
        self._listener = socket.create_server(("127.0.0.1", port))
        self._listener.settimeout(0.5)
        self._threads: list[threading.Thread] = []
        self._timers: list[threading.Timer] = []

    # ----- lifecycle --------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The TCP port the WebSocket endpoint listens on."""
        return self._listener.getsockname()[1]

    def attach(self, fake: FakeSlack) -> FakeSocketMode:
        """Answer `apps.connections.open` on the fake Web API with this server's URLs."""
        fake.hooks["apps.connections.open"] = self._connections_open
        return self

    def start(self) -> FakeSocketMode:
        """Accept connections in a background thread."""
        thread = threading.Thread(target=self._accept_loop, name="fake-socket-mode", daemon=True)
        thread.start()
        self._threads.append(thread)
        return self

    def stop(self) -> None:
        """Close every connection (no close frame) and the listening socket."""
        with self._lock:
            self._stopped = True
            links = list(self._links.values())
            timers, self._timers = self._timers, []
        for timer in timers:
            timer.cancel()
        for link in links:
            self._doom(link, "stop")
        try:
            self._listener.shutdown(socket.SHUT_RDWR)  # wakes the accept loop now, not at its 0.5 s timeout
        except OSError:
            pass
        self._listener.close()
        for thread in list(self._threads):
            thread.join(timeout=3)

    def __enter__(self) -> FakeSocketMode:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ----- the Web API side ----------------------------------------------------------------------
    def url(self) -> str:
        """A fresh connection URL, as `apps.connections.open` returns it."""
        ticket = uuid.uuid4().hex
        with self._lock:
            self._tickets.add(ticket)
            self.opens += 1
        return f"ws://127.0.0.1:{self.port}/link/?ticket={ticket}&app_id={self.app_id}"

    def _connections_open(self, args: dict[str, Any], token: str | None) -> dict[str, Any]:
        if token == self.app_token:
            return {"ok": True, "url": self.url()}
        if token and token.startswith("xox"):
            return {"ok": False, "error": "not_allowed_token_type"}
        return {"ok": False, "error": "invalid_auth"}

    # ----- inspection ----------------------------------------------------------------------------
    def live(self) -> list[SocketConnection]:
        """Connections that are open and answering, oldest first."""
        with self._lock:
            return [c for c in self.connections if c.live and c.hello_at is not None]

    def current(self) -> SocketConnection | None:
        """The newest connection that is open and answering."""
        live = self.live()
        return live[-1] if live else None

    def wait_hello(self, count: int = 1, timeout: float = 10.0) -> SocketConnection | None:
        """Wait until `count` connections have been greeted in all; return the count-th, or None."""
        return self._wait(
            lambda: (
                self.connections[count - 1]
                if len(self.connections) >= count and self.connections[count - 1].hello_at is not None
                else None
            ),
            timeout,
        )

    def wait_new_connection(self, after: SocketConnection | None, timeout: float = 10.0) -> SocketConnection | None:
        """Wait for a live, greeted connection newer than `after`; return it, or None."""
        floor = after.id if after is not None else 0

        def found() -> SocketConnection | None:
            for conn in reversed(self.connections):
                if conn.id > floor and conn.live and conn.hello_at is not None:
                    return conn
            return None

        return self._wait(found, timeout)

    def wait_closed(self, conn: SocketConnection, timeout: float = 10.0) -> bool:
        """Wait until the connection is closed."""
        return self._wait(lambda: conn if conn.closed_at is not None else None, timeout) is not None

    def wait_ack(self, envelope: Envelope | str, timeout: float = 5.0) -> Ack | None:
        """The client's (first) ack of an envelope, waiting for it up to timeout."""
        envelope_id = envelope.envelope_id if isinstance(envelope, Envelope) else envelope
        return self._wait(lambda: next((a for a in self.acks if a.envelope_id == envelope_id), None), timeout)

    def acks_for(self, envelope: Envelope | str) -> list[Ack]:
        """Every ack received for an envelope id."""
        envelope_id = envelope.envelope_id if isinstance(envelope, Envelope) else envelope
        with self._lock:
            return [a for a in self.acks if a.envelope_id == envelope_id]

    def _wait(self, probe: Callable[[], Any], timeout: float) -> Any:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                found = probe()
                if found is not None:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return None
                self._changed.wait(remaining)

    # ----- envelopes -----------------------------------------------------------------------------
    def send(
        self,
        type_: str,
        payload: dict[str, Any],
        *,
        accepts_response_payload: bool = False,
        connection: SocketConnection | None = None,
        retry_attempt: int | None = None,
        retry_reason: str | None = None,
        envelope_id: str | None = None,
    ) -> Envelope:
        """Send an envelope on a connection (the newest live one by default)."""
        conn = connection or self.current()
        if conn is None:
            raise RuntimeError("no live Socket Mode connection to send an envelope on")
        envelope = Envelope(
            envelope_id=envelope_id or str(uuid.uuid4()),
            type=type_,
            payload=payload,
            accepts_response_payload=accepts_response_payload,
            connection=conn.id,
            sent_at=time.monotonic(),
            retry_attempt=retry_attempt,
            retry_reason=retry_reason,
        )
        with self._lock:
            self.envelopes.append(envelope)
        envelope.sent_at = time.monotonic()
        self._send_json(conn, envelope.message())
        return envelope

    def command(self, payload: dict[str, Any], **kwargs: Any) -> Envelope:
        """A slash command (the form fields Slack would post, as a dict)."""
        return self.send("slash_commands", payload, accepts_response_payload=True, **kwargs)

    def interactive(self, payload: dict[str, Any], **kwargs: Any) -> Envelope:
        """A button, shortcut or view submission; submissions accept a response payload."""
        accepts = payload.get("type") in ("view_submission", "block_suggestion")
        return self.send("interactive", payload, accepts_response_payload=accepts, **kwargs)

    def event(self, payload: dict[str, Any], **kwargs: Any) -> Envelope:
        """An Events API callback (`{"type": "event_callback", "event_id": ..., "event": {...}}`)."""
        kwargs.setdefault("retry_attempt", 0)
        kwargs.setdefault("retry_reason", "")
        return self.send("events_api", payload, **kwargs)

    def replay(
        self, envelope: Envelope, *, connection: SocketConnection | None = None, retry_reason: str = "timeout"
    ) -> Envelope:
        """Send the same envelope (same id and payload) again, as Slack does when it is not acknowledged."""
        attempt = (envelope.retry_attempt or 0) + 1 if envelope.type == "events_api" else None
        return self.send(
            envelope.type,
            envelope.payload,
            accepts_response_payload=envelope.accepts_response_payload,
            connection=connection,
            envelope_id=envelope.envelope_id,
            retry_attempt=attempt,
            retry_reason=retry_reason if attempt is not None else None,
        )

    # ----- what Slack and the network do to a connection -------------------------------------------
    def refresh(
        self,
        reason: str = "refresh_requested",
        *,
        connection: SocketConnection | None = None,
        close_after: float | None = 5.0,
    ) -> SocketConnection:
        """Send `disconnect` with a reason; for refresh_requested and link_disabled, close the old
        connection (close frame) once the client has opened a new one, or after close_after seconds.
        A `warning` leaves the connection open."""
        if reason not in REASONS:
            raise ValueError(f"unknown disconnect reason {reason!r}")
        conn = self._target(connection)
        self._send_json(conn, {"type": "disconnect", "reason": reason, "debug_info": {"host": self._host(conn)}})
        if reason != "warning" and close_after is not None:
            self._later(close_after, lambda: self._close_after_refresh(conn))
        return conn

    def _close_after_refresh(self, conn: SocketConnection) -> None:
        if conn.closed_at is None:
            self.close(conn, code=1001, reason="refresh")

    def drop(self, connection: SocketConnection | None = None) -> SocketConnection:
        """Close TCP without a close frame (FIN), as a proxy's idle timeout does."""
        return self._fault(connection, "drop")

    def half_open(self, connection: SocketConnection | None = None) -> SocketConnection:
        """Stop answering (no pongs, no acks read, no envelopes) but keep TCP open: a dead peer."""
        conn = self._target(connection)
        with self._changed:
            conn.silent = True
            self._changed.notify_all()
        return conn

    def reset(self, connection: SocketConnection | None = None) -> SocketConnection:
        """Abort the connection with a TCP reset (RST)."""
        return self._fault(connection, "reset")

    def close(
        self, connection: SocketConnection | None = None, *, code: int = 1001, reason: str = ""
    ) -> SocketConnection:
        """Send a close frame, wait briefly for the client's, then close TCP."""
        conn = self._target(connection)
        with self._lock:
            link = self._links.get(conn.id)
        if link is not None:
            link.close_code, link.close_reason = code, reason
            self._doom(link, "server_close")
        return conn

    def outage(self, on: bool = True) -> None:
        """While on, refuse every new WebSocket connection (HTTP 503 to the upgrade)."""
        with self._lock:
            self._outage = on

    def _target(self, connection: SocketConnection | None) -> SocketConnection:
        conn = connection or self.current()
        if conn is None:
            raise RuntimeError("no live Socket Mode connection")
        return conn

    def _fault(self, connection: SocketConnection | None, fate: str) -> SocketConnection:
        conn = connection or self._newest_open()
        with self._lock:
            link = self._links.get(conn.id)
        if link is not None:
            self._doom(link, fate)
        return conn

    def _newest_open(self) -> SocketConnection:
        with self._lock:
            open_ = [c for c in self.connections if c.closed_at is None]
        if not open_:
            raise RuntimeError("no open Socket Mode connection")
        return open_[-1]

    def _doom(self, link: _Link, fate: str) -> None:
        if link.fate is None:
            link.fate = fate
        link.wake()

    def _later(self, seconds: float, action: Callable[[], None]) -> None:
        timer = threading.Timer(seconds, action)
        timer.daemon = True
        with self._lock:
            if self._stopped:
                return
            self._timers.append(timer)
        timer.start()

    def _host(self, conn: SocketConnection) -> str:
        return f"fake-applink-{conn.id}"

    # ----- the wire ------------------------------------------------------------------------------
    def _send_json(self, conn: SocketConnection, message: dict[str, Any]) -> None:
        with self._lock:
            link = self._links.get(conn.id)
        if link is None or conn.closed_at is not None or conn.silent:
            raise RuntimeError(f"connection {conn.id} is not open")
        self._write(link, _frame(OP_TEXT, json.dumps(message).encode()))

    def _write(self, link: _Link, data: bytes) -> bool:
        with link.send_lock:
            try:
                link.sock.sendall(data)
                return True
            except OSError:
                return False

    def _accept_loop(self) -> None:
        while not self._stopped:
            try:
                sock, _addr = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            thread = threading.Thread(target=self._serve, args=(sock,), name="fake-socket-mode-conn", daemon=True)
            thread.start()
            with self._lock:
                self._threads = [t for t in self._threads if t.is_alive()]
                self._threads.append(thread)

    def _handshake(self, sock: socket.socket) -> tuple[str, bytes] | None:
        """Read the upgrade request; answer 101 (returns the accept key and leftover bytes) or refuse."""
        sock.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(4096)
            if not chunk or len(data) > 16384:
                return None
            data += chunk
        head, _, rest = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        parts = lines[0].split(" ")
        headers = {}
        for line in lines[1:]:
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        target = urlsplit(parts[1] if len(parts) > 1 else "/")
        ticket = (parse_qs(target.query).get("ticket") or [""])[0]
        with self._lock:
            outage, known = self._outage, ticket in self._tickets
        key = headers.get("sec-websocket-key")
        if outage or not known or not key or "websocket" not in headers.get("upgrade", "").lower():
            status = "503 Service Unavailable" if outage else ("401 Unauthorized" if not known else "400 Bad Request")
            with self._lock:
                self.refused += 1
                self.refused_at.append(time.monotonic())
            sock.sendall(f"HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n".encode())
            return None
        accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()  # noqa: S324 - RFC 6455
        sock.sendall(
            (
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                f"Sec-WebSocket-Accept: {accept}\r\n\r\n"
            ).encode()
        )
        return accept, rest

    def _serve(self, sock: socket.socket) -> None:
        try:
            shaken = self._handshake(sock)
        except OSError:
            shaken = None
        if shaken is None:
            sock.close()
            return
        sock.settimeout(None)
        with self._changed:
            if self._stopped:
                sock.close()
                return
            record = SocketConnection(id=next(self._ids), opened_at=time.monotonic())
            link = _Link(record, sock)
            self.connections.append(record)
            self._links[record.id] = link
            live = sum(1 for c in self.connections if c.live)
        hello = {
            "type": "hello",
            "num_connections": live,
            "debug_info": {"host": self._host(record), "build_number": 1, "approximate_connection_time": 18060},
            "connection_info": {"app_id": self.app_id},
        }
        self._write(link, _frame(OP_TEXT, json.dumps(hello).encode()))
        with self._changed:
            record.hello_at = time.monotonic()
            self._changed.notify_all()
        try:
            self._read_loop(link, bytearray(shaken[1]))
        finally:
            self._finish(link)

    def _read_loop(self, link: _Link, buffer: bytearray) -> None:
        record, sock = link.record, link.sock
        fragments: list[bytes] = []
        while True:
            if link.fate is not None and self._carry_out(link):
                return
            timeout = None
            if link.close_deadline is not None:
                timeout = max(0.0, link.close_deadline - time.monotonic())
                if timeout == 0:
                    record.ended_by = record.ended_by or "server_close"
                    return
            readable, _, _ = select.select([sock, link.wake_r], [], [], timeout)
            if link.wake_r in readable:
                try:
                    link.wake_r.recv(64)
                except OSError:
                    pass
            if sock not in readable:
                continue
            try:
                chunk = sock.recv(65536)
            except OSError:
                record.ended_by = record.ended_by or "client_eof"
                return
            if not chunk:
                record.ended_by = record.ended_by or "client_eof"
                return
            if record.silent:
                continue  # a dead peer reads nothing
            buffer.extend(chunk)
            while (frame := _parse_frame(buffer)) is not None:
                fin, opcode, data, masked = frame
                if not masked:  # RFC 6455 5.1: a client must mask every frame
                    link.close_code, link.close_reason = 1002, "unmasked frame"
                    self._doom(link, "server_close")
                    break
                if opcode == OP_PING:
                    record.pings += 1
                    self._write(link, _frame(OP_PONG, data))
                elif opcode == OP_CLOSE:
                    record.client_close_code = struct.unpack("!H", data[:2])[0] if len(data) >= 2 else 1005
                    if not link.closing_sent:
                        self._write(link, _frame(OP_CLOSE, data[:2]))
                    record.ended_by = record.ended_by or "client"
                    return
                elif opcode in (OP_TEXT, OP_CONT):
                    fragments.append(data)
                    if fin:
                        self._on_text(record, b"".join(fragments))
                        fragments = []

    def _carry_out(self, link: _Link) -> bool:
        """Act on the fate the controller set; True when the connection is finished."""
        record, sock = link.record, link.sock
        fate = link.fate
        if fate == "server_close":
            if not link.closing_sent:
                link.closing_sent = True
                record.ended_by = record.ended_by or "server_close"
                payload = struct.pack("!H", link.close_code) + link.close_reason.encode()
                if not self._write(link, _frame(OP_CLOSE, payload)):
                    return True
                link.close_deadline = time.monotonic() + CLOSE_WAIT_SECONDS
            return False
        record.ended_by = record.ended_by or fate
        if fate == "reset":
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        elif fate in ("drop", "stop"):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        return True

    def _on_text(self, record: SocketConnection, data: bytes) -> None:
        try:
            message = json.loads(data)
        except (UnicodeDecodeError, json.JSONDecodeError):
            message = {"_raw": data.decode("utf-8", errors="replace")}
        now = time.monotonic()
        with self._changed:
            if isinstance(message, dict) and isinstance(message.get("envelope_id"), str):
                sent = [e for e in self.envelopes if e.envelope_id == message["envelope_id"]]
                latency = now - sent[-1].sent_at if sent else None
                payload = message.get("payload")
                self.acks.append(
                    Ack(message["envelope_id"], payload if isinstance(payload, dict) else None, record.id, now, latency)
                )
            else:
                record.messages.append(message if isinstance(message, dict) else {"_raw": message})
            self._changed.notify_all()

    def _finish(self, link: _Link) -> None:
        try:
            link.sock.close()
        except OSError:
            pass
        link.wake_r.close()
        link.wake_w.close()
        with self._changed:
            link.record.closed_at = time.monotonic()
            self._links.pop(link.record.id, None)
            self._changed.notify_all()
