"""A stand-in for Slack's Web API on loopback, for the offline console and the tests.

The bot talks to it exactly as it talks to Slack (its `SLACK_API_URL` points here), so the
console and the end-to-end tests exercise the real client code, retries included. It records
every call, can be told to fail (429 with Retry-After, 5xx, HTML bodies, dropped connections),
and receives what the bot posts to `response_url`s.

It also refuses what Slack refuses: every message, view and `response_url` body is checked
against Slack's Block Kit rules (`bot/offline/slack_rules.py`) and answered as Slack answers
(`ok: false`, the error code, the `[ERROR]` lines); refused payloads are kept in `refused`, not
in `calls`. `check_ack()` does the same for the HTTP body that acknowledges a request.
"""

from __future__ import annotations

import itertools
import json
import socket
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from bot.offline import slack_rules
from bot.offline.slack_rules import Verdict

DEFAULT_TEAM = "T0PARTNER"
BOT_USER = "U0PARTNERBOT"


@dataclass
class Call:
    """One request the bot made: a Web API method or a post to a response_url."""

    method: str
    args: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.time)
    # Set when Slack's rules refused the payload: the call is then not in `FakeSlack.calls`.
    refusal: Refusal | None = None


@dataclass
class Refusal:
    """A payload Slack would refuse: where it went, Slack's error and why, and the payload itself."""

    method: str  # a Web API method, "response_url:<key>", or "ack:<kind>" for an HTTP acknowledgement
    verdict: Verdict
    payload: Any
    at: float = field(default_factory=time.time)

    @property
    def error(self) -> str:
        """Slack's error code, e.g. invalid_blocks."""
        return self.verdict.error or ""

    @property
    def reason(self) -> str:
        """Why, naming the block and the rule."""
        return self.verdict.reason

    def __str__(self) -> str:
        return f"{self.method}: {self.error}\n{self.reason}"


@dataclass
class Fault:
    """A scripted failure for the next call(s) of a method."""

    status: int = 500
    retry_after: int | None = None
    body: str | None = None
    reset: bool = False
    times: int = 1
    # True: the method takes effect (a message is posted) before the failure is answered, as
    # when Slack did the work but the answer was lost on the way back.
    after: bool = False


@dataclass
class OAuthGrant:
    """What an approved install gives: a workspace, the installing user, and token lifetime."""

    team_id: str
    team_name: str
    user_id: str
    expires_in: int | None = None  # seconds; set it to hand out rotating tokens
    issued: int = 0


@dataclass
class FakeUser:
    """What users.info says about a person."""

    id: str
    name: str
    tz: str = "Europe/Copenhagen"
    locale: str = "da-DK"
    is_admin: bool = False
    is_owner: bool = False


@dataclass
class FakeChannel:
    """What conversations.info says about a channel: private or public, shared outside or not."""

    id: str
    name: str
    is_private: bool = False
    # Slack Connect: shared with another organisation (is_ext_shared), or pending such a share.
    is_ext_shared: bool = False
    is_pending_ext_shared: bool = False
    # Shared with another workspace of the same enterprise, or any share at all.
    is_org_shared: bool = False
    is_shared: bool = False
    # Slack answers channel_not_found for a private channel the bot is not a member of.
    bot_is_member: bool = True


def _decode_args(content_type: str, raw: bytes) -> dict[str, Any]:
    if not raw:
        return {}
    text = raw.decode("utf-8", errors="replace")
    if "application/json" in content_type:
        try:
            data = json.loads(text)
        except json.JSONDecodeError:
            return {"_raw": text}
        return data if isinstance(data, dict) else {"_raw": data}
    args: dict[str, Any] = dict(parse_qsl(text, keep_blank_values=True))
    # Form-encoded calls carry structured arguments (blocks, view) as JSON strings.
    for key in ("blocks", "view", "attachments"):
        if isinstance(args.get(key), str):
            try:
                args[key] = json.loads(args[key])
            except json.JSONDecodeError:
                pass
    return args


class FakeSlack:
    """A recording, scriptable Slack Web API server on 127.0.0.1."""

    # Every fake alive, so a test harness can check that none of them refused anything.
    instances: weakref.WeakSet[FakeSlack] = weakref.WeakSet()

    def __init__(
        self,
        *,
        team_id: str = DEFAULT_TEAM,
        team_name: str = "Partner Library",
        bot_token: str | None = None,
        users: list[FakeUser] | None = None,
        port: int = 0,
    ) -> None:
        self.team_id = team_id
        self.team_name = team_name
        self.bot_token = bot_token
        # Tokens the fake accepts, and the workspace each speaks for (OAuth adds more).
        self.tokens: dict[str, str] = {bot_token: team_id} if bot_token else {}
        # OAuth: codes Slack would hand to the redirect URL, and live refresh tokens.
        self.oauth_codes: dict[str, OAuthGrant] = {}
        self.refresh_tokens: dict[str, OAuthGrant] = {}
        self.users: dict[str, FakeUser] = {u.id: u for u in users or []}
        self.channels: dict[str, FakeChannel] = {}
        # The bot token's scopes, for methods that need one (conversations.info); None grants all.
        self.scopes: set[str] | None = None
        self.calls: list[Call] = []
        self.uploads: dict[str, bytes] = {}
        self.upload_names: dict[str, str] = {}  # file id -> the filename the bot gave
        # Messages the bot posted, per conversation (DMs under their D… id), for conversations.history.
        self.messages: dict[str, list[dict[str, Any]]] = {}
        self.listeners: list[Callable[[Call], None]] = []
        # Payloads Slack's rules refused, and warnings Slack would have answered (method, warning).
        self.refused: list[Refusal] = []
        self.warnings: list[tuple[str, str]] = []
        # Methods answered by another fake (method -> answer(args, token)), such as Socket Mode's
        # apps.connections.open from bot.offline.fake_socket_mode; they check their own token.
        self.hooks: dict[str, Callable[[dict[str, Any], str | None], dict[str, Any]]] = {}
        self._faults: dict[str, list[Fault]] = {}
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None
        FakeSlack.instances.add(self)

    # ----- lifecycle -------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        """The root URL of the server."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def api_url(self) -> str:
        """The value for SLACK_API_URL."""
        return self.base_url + "api/"

    def response_url(self, key: str) -> str:
        """A response_url that lands here, named by key."""
        return f"{self.base_url}response/{key}"

    def start(self) -> FakeSlack:
        """Serve in a background thread."""
        # shutdown() waits for serve_forever's next poll: 0.5 s by default, paid by every test's teardown.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, name="fake-slack", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeSlack:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ----- scripting and inspection ------------------------------------------------------------
    def add_user(self, user: FakeUser) -> None:
        """Make users.info know a person."""
        self.users[user.id] = user

    def add_channel(self, channel: FakeChannel) -> None:
        """Make conversations.info know a channel."""
        self.channels[channel.id] = channel

    def fail(self, method: str, fault: Fault) -> None:
        """Make the next call(s) of a method fail as described."""
        with self._lock:
            self._faults.setdefault(method, []).append(fault)

    def calls_to(self, method: str) -> list[Call]:
        """Recorded calls of one method, oldest first."""
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def clear(self) -> None:
        """Forget recorded calls."""
        with self._lock:
            self.calls.clear()

    # ----- Slack's rules --------------------------------------------------------------------------
    def _refuse(self, method: str, verdict: Verdict, payload: Any, token: str | None = None) -> Refusal:
        refusal = Refusal(method, verdict, payload)
        with self._changed:
            self.refused.append(refusal)
            self._changed.notify_all()
        call = Call(method, payload if isinstance(payload, dict) else {"body": payload}, token, refusal=refusal)
        for listener in list(self.listeners):
            listener(call)
        return refusal

    def _warn(self, method: str, verdict: Verdict) -> None:
        with self._lock:
            self.warnings.extend((method, w) for w in verdict.warnings)

    def check_ack(self, body: Any, *, kind: str, view: dict[str, Any] | None = None) -> Verdict:
        """Read the HTTP body that acknowledged a request of this kind as Slack would.

        kind is the request's type (`command`, `view_submission`, `block_actions`, ...); view is the
        submitted modal for a view_submission. A refused body is recorded in `refused` as
        `ack:<kind>`, and the verdict says what Slack would answer.
        """
        verdict = slack_rules.check_ack(body, kind=kind, view=view)
        if not verdict.ok:
            self._refuse(f"ack:{kind}", verdict, body)
        elif verdict.warnings:
            self._warn(f"ack:{kind}", verdict)
        return verdict

    def wait_for(self, predicate: Callable[[list[Call]], bool], timeout: float = 5.0) -> bool:
        """Block until predicate(calls) is true or the timeout passes."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while not predicate(list(self.calls)):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._changed.wait(remaining)
            return True

    # ----- request handling ----------------------------------------------------------------------
    def _take_fault(self, method: str) -> Fault | None:
        with self._lock:
            queue = self._faults.get(method)
            if not queue:
                return None
            fault = queue[0]
            fault.times -= 1
            if fault.times <= 0:
                queue.pop(0)
            return fault

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()
        for listener in list(self.listeners):
            listener(call)

    def _next_ts(self) -> str:
        return f"{int(time.time())}.{next(self._ts):06d}"

    def grant(self, code: str, grant: OAuthGrant) -> None:
        """Make an OAuth code redeemable, as Slack does when a user approves an install."""
        self.oauth_codes[code] = grant

    def _answer(self, method: str, args: dict[str, Any], token: str | None) -> tuple[dict[str, Any], bool]:
        """Slack's answer to a call, and whether Slack's rules refused its payload."""
        if method == "oauth.v2.access":
            return _oauth_access(self, args), False
        if method in self.hooks:
            return self.hooks[method](args, token), False
        if self.tokens and token not in self.tokens:
            return {"ok": False, "error": "invalid_auth"}, False
        handler = _METHODS.get(method)
        if handler is None:
            return {"ok": False, "error": "unknown_method"}, False
        verdict = slack_rules.check_call(method, args)
        if not verdict.ok:
            self._refuse(method, verdict, args, token)
            return verdict.answer(), True
        answer = handler(self, {**args, "_team": self.tokens.get(token or "", self.team_id)})
        if verdict.warnings:
            self._warn(method, verdict)
            answer = {**answer, **verdict.answer(), "ok": answer.get("ok", True)}
        return answer, False

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                return

            def _send(self, status: int, body: str, content_type: str, extra: dict[str, str] | None = None) -> None:
                data = body.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                path = self.path.split("?", 1)[0]
                auth = self.headers.get("Authorization") or ""
                args = (
                    _decode_args(self.headers.get("Content-Type") or "", raw) if not path.startswith("/upload/") else {}
                )
                token = auth[7:] if auth.startswith("Bearer ") else args.pop("token", None)
                if path.startswith("/upload/"):
                    fake.uploads[path[len("/upload/") :]] = raw
                    self._send(200, "OK - uploaded", "text/plain")
                    return
                if path.startswith("/response/"):
                    method = "response_url:" + path[len("/response/") :]
                    verdict = slack_rules.check_response_url(args)
                    if not verdict.ok:
                        # As incoming webhooks do: HTTP 400 with the bare error code.
                        fake._refuse(method, verdict, args, token)
                        self._send(400, verdict.error or "invalid_payload", "text/plain")
                        return
                    fake._warn(method, verdict)
                    fake._record(Call(method, args, token))
                    self._send(200, "ok", "text/plain")
                    return
                if not path.startswith("/api/"):
                    self._send(404, "not found", "text/plain")
                    return
                method = path[len("/api/") :]
                fault = fake._take_fault(method)
                if fault is not None:
                    if fault.after:
                        fake._answer(method, args, token)  # a refused payload is recorded there
                    fake._record(Call(method, {**args, "_fault": fault.status}, token))
                    if fault.reset:
                        # Drop the connection without an answer, as a broken proxy would.
                        self.connection.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                        )
                        self.close_connection = True
                        self.connection.close()
                        return
                    extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
                    if fault.body is not None:
                        self._send(fault.status, fault.body, "text/html", extra)
                    else:
                        error = "ratelimited" if fault.status == 429 else "internal_error"
                        self._send(fault.status, json.dumps({"ok": False, "error": error}), "application/json", extra)
                    return
                answer, refused = fake._answer(method, args, token)
                if not refused:
                    fake._record(Call(method, args, token))
                self._send(200, json.dumps(answer), "application/json; charset=utf-8")

            def do_GET(self) -> None:
                self.do_POST()

        return Handler


# ----- Web API methods ------------------------------------------------------------------------


def _oauth_access(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    if args.get("grant_type") == "refresh_token":
        grant = fake.refresh_tokens.pop(str(args.get("refresh_token")), None)
        if grant is None:
            return {"ok": False, "error": "invalid_refresh_token"}
    else:
        grant = fake.oauth_codes.pop(str(args.get("code")), None)
        if grant is None:
            return {"ok": False, "error": "invalid_code"}
    grant.issued += 1
    token = f"xoxb-{grant.team_id.lower()}-{grant.issued}"
    fake.tokens[token] = grant.team_id
    answer: dict[str, Any] = {
        "ok": True,
        "app_id": "A0PARTNERBOT",
        "authed_user": {"id": grant.user_id},
        "scope": "commands,chat:write,im:write,im:history,users:read,files:write,groups:read",
        "token_type": "bot",
        "access_token": token,
        "bot_user_id": BOT_USER,
        "team": {"id": grant.team_id, "name": grant.team_name},
        "enterprise": None,
        "is_enterprise_install": False,
    }
    if grant.expires_in is not None:
        refresh = f"xoxe-1-{grant.team_id.lower()}-{grant.issued}"
        fake.refresh_tokens[refresh] = grant
        answer.update(refresh_token=refresh, expires_in=grant.expires_in)
    return answer


def _auth_test(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    return {
        "ok": True,
        "url": "https://partner-library.slack.com/",
        "team": fake.team_name,
        "user": "partnerbot",
        "team_id": args.get("_team") or fake.team_id,
        "user_id": BOT_USER,
        "bot_id": "B0PARTNERBOT",
        "is_enterprise_install": False,
    }


def _users_info(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    user = fake.users.get(str(args.get("user")))
    if user is None:
        return {"ok": False, "error": "user_not_found"}
    body: dict[str, Any] = {
        "id": user.id,
        "team_id": fake.team_id,
        "name": user.name,
        "real_name": user.name,
        "tz": user.tz,
        "is_admin": user.is_admin,
        "is_owner": user.is_owner,
        "is_primary_owner": False,
        "profile": {"real_name": user.name, "display_name": user.name},
    }
    if str(args.get("include_locale")).lower() in ("true", "1"):
        body["locale"] = user.locale
    return {"ok": True, "user": body}


def _conversations_info(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    # As Slack: a public channel needs channels:read, a private one groups:read (and membership).
    channel_id = str(args.get("channel") or "")
    if not channel_id:
        return {"ok": False, "error": "channel_not_found"}
    channel = fake.channels.get(channel_id)
    if channel is None or (channel.is_private and not channel.bot_is_member):
        return {"ok": False, "error": "channel_not_found"}
    needed = "groups:read" if channel.is_private else "channels:read"
    if fake.scopes is not None and needed not in fake.scopes:
        return {"ok": False, "error": "missing_scope", "needed": needed, "provided": ",".join(sorted(fake.scopes))}
    shared = channel.is_shared or channel.is_ext_shared or channel.is_org_shared
    return {
        "ok": True,
        "channel": {
            "id": channel.id,
            "name": channel.name,
            "is_channel": not channel.is_private,
            "is_group": False,
            "is_im": False,
            "is_mpim": False,
            "is_private": channel.is_private,
            "is_archived": False,
            "is_general": False,
            "is_shared": shared,
            "is_ext_shared": channel.is_ext_shared,
            "is_org_shared": channel.is_org_shared,
            "is_pending_ext_shared": channel.is_pending_ext_shared,
            "is_member": channel.bot_is_member,
            "context_team_id": args.get("_team") or fake.team_id,
        },
    }


def _conversations_open(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    users = str(args.get("users") or "")
    return {"ok": True, "channel": {"id": _conversation(users.split(",")[0])}}


def _conversation(channel: str) -> str:
    # Posting to a user id lands in the app's DM with them, as conversations.open names it.
    return "D" + channel[1:].lstrip("U") if channel.startswith("U") else channel


def _post(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    if not args.get("channel"):
        return {"ok": False, "error": "channel_not_found"}
    ts = fake._next_ts()
    metadata = args.get("metadata")
    if isinstance(metadata, str):
        metadata = json.loads(metadata)
    message = {"type": "message", "ts": ts, "text": args.get("text"), "metadata": metadata}
    with fake._lock:
        fake.messages.setdefault(_conversation(str(args["channel"])), []).append(message)
    return {"ok": True, "channel": _conversation(str(args["channel"])), "ts": ts, "message": {"text": args.get("text")}}


def _history(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    oldest = float(args.get("oldest") or 0)
    include_metadata = str(args.get("include_all_metadata")).lower() in ("1", "true")
    with fake._lock:
        found = [dict(m) for m in fake.messages.get(str(args.get("channel")), []) if float(m["ts"]) >= oldest]
    for message in found:
        if not include_metadata or not message.get("metadata"):
            message.pop("metadata", None)
    return {"ok": True, "messages": list(reversed(found)), "has_more": False}


def _ephemeral(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "message_ts": fake._next_ts()}


def _update(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    return {"ok": True, "channel": args.get("channel"), "ts": args.get("ts")}


def _view(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    view = args.get("view") if isinstance(args.get("view"), dict) else {}
    return {"ok": True, "view": {**view, "id": "V" + fake._next_ts().replace(".", "")}}


def _upload_url(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    file_id = "F" + fake._next_ts().replace(".", "")
    fake.upload_names[file_id] = str(args.get("filename") or file_id)
    return {"ok": True, "upload_url": f"{fake.base_url}upload/{file_id}", "file_id": file_id}


def _complete_upload(fake: FakeSlack, args: dict[str, Any]) -> dict[str, Any]:
    files = args.get("files")
    if isinstance(files, str):
        files = json.loads(files)
    return {"ok": True, "files": [{"id": f.get("id"), "title": f.get("title")} for f in files or []]}


_METHODS: dict[str, Callable[[FakeSlack, dict[str, Any]], dict[str, Any]]] = {
    "auth.test": _auth_test,
    "users.info": _users_info,
    "conversations.open": _conversations_open,
    "conversations.info": _conversations_info,
    "conversations.history": _history,
    "chat.postMessage": _post,
    "chat.postEphemeral": _ephemeral,
    "chat.update": _update,
    "chat.delete": _update,
    "views.open": _view,
    "views.push": _view,
    "views.update": _view,
    "views.publish": _view,
    "files.getUploadURLExternal": _upload_url,
    "files.completeUploadExternal": _complete_upload,
}
