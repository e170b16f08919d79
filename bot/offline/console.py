"""The offline console: a workspace in the terminal that goes through the real app.

Each line you type becomes a signed, Slack-shaped request dispatched to the same Bolt app
that serves Slack; the bot's Web API calls land in a local fake Slack, and whatever the bot
posts (replies, DMs, reminders, modals) is rendered as text.
"""

from __future__ import annotations

import itertools
import json
import secrets
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from typing import Any, TextIO

from slack_bolt.request import BoltRequest

from bot.domain.people import valid_timezone
from bot.offline.fakeslack import Call, FakeSlack, FakeUser
from bot.offline.render import Clickable, Rendered, render_blocks, render_view
from bot.offline.signing import (
    command_body,
    event_body,
    interaction_body,
    new_trigger_id,
    signed_headers,
)
from bot.offline.slack_rules import shown_to_user
from bot.process.app import Partnerbot, create_app
from bot.process.runtime import make_clockwork, prepare_database, warm_up
from bot.settings import Settings

CONSOLE_TEAM = "T0CONSOLE"
CONSOLE_CHANNEL = "C0CONSOLE"

HELP = """Type a command as in Slack, e.g.  /partner help
  [N] or :click N      press button N of the last message
  :user U0ID [Name]    act as another user (created on first use)
  :lang da|en          the Slack language of the current user
  :tz Area/City        the Slack timezone of the current user
  :home                open your App Home tab
  :tick                run the scheduler's sweeps now
  :help                this text;   :quit (or Ctrl-D) to leave"""


class ImmediateExecutor(Executor):
    """Runs each submitted listener at once, in the dispatching thread."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # noqa: BLE001 - handed to the future, as a pool would
            future.set_exception(exc)
        return future


@dataclass
class ConsoleState:
    """What the console remembers between lines: who you are and what you can click."""

    user: FakeUser
    clickables: list[Clickable] = field(default_factory=list)
    last_message: dict[str, Any] = field(default_factory=dict)
    home: dict[str, Any] | None = None


class Console:
    """An in-process Slack workspace for one bot, driven line by line."""

    def __init__(self, settings: Settings, *, user: FakeUser, out: TextIO = sys.stdout) -> None:
        token = "xoxb-console-" + secrets.token_hex(8)
        self.secret = secrets.token_hex(16)
        self.fake = FakeSlack(team_id=CONSOLE_TEAM, bot_token=token, users=[user]).start()
        self.settings = settings.with_overrides(
            slack_bot_token=token, slack_signing_secret=self.secret, slack_app_token=None, slack_api_url=self.fake.api_url
        )
        prepare_database(self.settings)
        self.app: Partnerbot = create_app(self.settings, listener_executor=ImmediateExecutor())
        warm_up()
        self.out = out
        self.state = ConsoleState(user=user)
        self._print_lock = threading.Lock()
        self._ids = itertools.count(1)
        self.fake.listeners.append(self._on_slack_call)
        self.clockwork = make_clockwork(self.app)

    # ----- output -------------------------------------------------------------------------------
    def show(self, rendered: Rendered, prefix: str = "") -> None:
        """Print a rendered message and make its buttons the clickable ones."""
        with self._print_lock:
            if rendered.clickables:
                self.state.clickables = rendered.clickables
            text = rendered.text.strip() or "(empty)"
            print((prefix + "\n" if prefix else "") + text + "\n", file=self.out, flush=True)

    def _show_refusal(self, call: Call) -> None:
        """Print a payload Slack would have refused, as the user would meet it, and why."""
        assert call.refusal is not None
        method = call.method
        seen = (shown_to_user(call.refusal.verdict, kind=method.removeprefix("ack:"))
                if method.startswith("ack:") else "") or "(nothing reaches you: Slack refused the bot's call)"
        with self._print_lock:
            print(f"── Slack refused {method}: {call.refusal.error} ──\n{seen}\n{call.refusal.reason}\n",
                  file=self.out, flush=True)

    def _on_slack_call(self, call: Call) -> None:
        if call.refusal is not None:
            self._show_refusal(call)
            return
        tz = self.state.user.tz
        args = call.args
        if call.method in ("chat.postMessage", "chat.postEphemeral", "chat.update") or call.method.startswith("response_url:"):
            blocks = args.get("blocks")
            if isinstance(blocks, str):
                blocks = json.loads(blocks)
            where = "DM" if str(args.get("channel", "")).startswith(("D", "U")) else "bot"
            self.state.last_message = {"blocks": blocks, "text": args.get("text")}
            self.show(render_blocks(blocks, str(args.get("text") or ""), tz=tz), prefix=f"── {where} ──")
        elif call.method == "views.publish":
            # The Home tab is redrawn after most changes; printing it each time would bury the
            # replies, so it is kept for :home.
            if args.get("user_id") == self.state.user.id:
                self.state.home = args.get("view") if isinstance(args.get("view"), dict) else {}
        elif call.method in ("views.open", "views.push", "views.update"):
            view = args.get("view") if isinstance(args.get("view"), dict) else {}
            self.show(render_view(view, tz=tz), prefix=f"── {call.method} ──")

    # ----- input --------------------------------------------------------------------------------
    def _dispatch(self, body: str, content_type: str = "application/x-www-form-urlencoded") -> Any:
        request = BoltRequest(body=body, headers=signed_headers(self.secret, body, content_type=content_type))
        return self.app.bolt.dispatch(request)

    def profile_changed(self) -> None:
        """Tell the bot the current user's Slack profile changed, as Slack's user_change event does."""
        user = self.state.user
        event = {"type": "user_change", "user": {"id": user.id, "team_id": CONSOLE_TEAM, "name": user.name, "tz": user.tz}}
        body = event_body(event, team_id=CONSOLE_TEAM, event_id=f"Ev{new_trigger_id().split('.')[-1][:16]}")
        self._dispatch(body, "application/json")

    def command(self, text: str) -> None:
        """Send `/partner ...` as a slash command and show the immediate answer."""
        command, _, rest = text.strip().partition(" ")
        body = command_body(
            text=rest.strip(),
            command=command,
            team_id=CONSOLE_TEAM,
            user_id=self.state.user.id,
            response_url=self.fake.response_url(f"cmd-{next(self._ids)}"),
            channel_id=CONSOLE_CHANNEL,
        )
        response = self._dispatch(body)
        self._show_response(response, "command")

    def click(self, number: int) -> None:
        """Press button number N of the last message."""
        if not 1 <= number <= len(self.state.clickables):
            print(f"There is no button {number}.", file=self.out)
            return
        item = self.state.clickables[number - 1]
        element = item.element
        action: dict[str, Any] = {
            "type": element.get("type"),
            "action_id": element.get("action_id"),
            "block_id": item.block_id or "console",
            "action_ts": f"{time.time():.6f}",
        }
        if "value" in element:
            action["value"] = element["value"]
        if "selected_option" in element:
            action["selected_option"] = element["selected_option"]
        payload = {
            "type": "block_actions",
            "team": {"id": CONSOLE_TEAM, "domain": "console"},
            "user": {"id": self.state.user.id, "team_id": CONSOLE_TEAM, "name": self.state.user.name},
            "api_app_id": "A0PARTNERBOT",
            "trigger_id": new_trigger_id(),
            "channel": {"id": CONSOLE_CHANNEL},
            "container": {"type": "message", "channel_id": CONSOLE_CHANNEL, "is_ephemeral": True},
            "message": self.state.last_message,
            "response_url": self.fake.response_url(f"act-{next(self._ids)}"),
            "actions": [action],
        }
        self._show_response(self._dispatch(interaction_body(payload)), "block_actions")

    def _show_response(self, response: Any, kind: str) -> None:
        if response.status == 401:
            print("The request was refused (signature).", file=self.out)
            return
        body = response.body or ""
        if not body:
            return
        if not self.fake.check_ack(body, kind=kind).ok:
            return  # the fake's listener has printed Slack's refusal
        try:
            data = json.loads(body)
        except json.JSONDecodeError:
            self.show(Rendered(body))
            return
        if isinstance(data, dict) and (data.get("blocks") or data.get("text")):
            self.state.last_message = {"blocks": data.get("blocks"), "text": data.get("text")}
            self.show(render_blocks(data.get("blocks"), str(data.get("text") or ""), tz=self.state.user.tz))

    def open_home(self) -> None:
        """Open the App Home tab, as Slack's app_home_opened event does, and show it."""
        user = self.state.user
        event = {"type": "app_home_opened", "user": user.id, "channel": "D" + user.id[1:], "tab": "home"}
        body = event_body(event, team_id=CONSOLE_TEAM, event_id=f"Ev{new_trigger_id().split('.')[-1][:16]}")
        self._dispatch(body, "application/json")
        if self.state.home:
            self.show(render_view(self.state.home, tz=user.tz), prefix="── App Home ──")

    def switch_user(self, user_id: str, name: str | None) -> None:
        """Act as another user from now on."""
        user = self.fake.users.get(user_id) or FakeUser(user_id, name or user_id, self.state.user.tz, self.state.user.locale)
        self.fake.add_user(user)
        self.state.user = user
        print(f"You are now {user.name} ({user.id}).", file=self.out)

    def handle_line(self, line: str) -> bool:
        """Act on one typed line; False means the user wants to leave."""
        line = line.strip()
        if not line:
            return True
        if line in (":quit", ":q", ":exit"):
            return False
        if line == ":help":
            print(HELP, file=self.out)
        elif line.startswith("/"):
            self.command(line)
        elif line.startswith("[") and line.endswith("]") and line[1:-1].isdigit():
            self.click(int(line[1:-1]))
        elif line.startswith(":click ") and line[7:].strip().isdigit():
            self.click(int(line[7:].strip()))
        elif line.isdigit():
            self.click(int(line))
        elif line.startswith(":user "):
            parts = line.split(maxsplit=2)
            self.switch_user(parts[1], parts[2] if len(parts) > 2 else None)
        elif line.startswith(":lang "):
            self.state.user.locale = "da-DK" if line.split()[1].lower().startswith("da") else "en-GB"
            self.profile_changed()
            print(f"Slack language of {self.state.user.name}: {self.state.user.locale}", file=self.out)
        elif line.startswith(":tz "):
            if not valid_timezone(line.split()[1]):
                print(f"Unknown timezone {line.split()[1]!r}; try Europe/Copenhagen.", file=self.out)
                return True
            self.state.user.tz = line.split()[1]
            self.profile_changed()
            print(f"Slack timezone of {self.state.user.name}: {self.state.user.tz}", file=self.out)
        elif line == ":tick":
            self.clockwork.tick()
        elif line == ":home":
            self.open_home()
        else:
            print("Commands start with / (for example /partner help); :help lists the rest.", file=self.out)
        return True

    def run(self, lines: TextIO = sys.stdin) -> None:
        """Read lines until :quit or end of input, with the scheduler ticking in the background."""
        interactive = lines.isatty()
        print(f"Partnerbot console · workspace {CONSOLE_TEAM} · you are {self.state.user.name} ({self.state.user.id})",
              file=self.out)
        print(":help lists what you can type.\n", file=self.out, flush=True)
        self.clockwork.start()
        try:
            while True:
                if interactive:
                    print("> ", end="", file=self.out, flush=True)
                line = lines.readline()
                if not line:
                    break
                if not interactive:
                    print("> " + line.rstrip(), file=self.out)
                if not self.handle_line(line):
                    break
        finally:
            self.close()

    def close(self) -> None:
        """Stop the scheduler and the fake Slack."""
        self.clockwork.stop()
        self.fake.stop()
