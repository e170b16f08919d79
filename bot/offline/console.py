"""The offline console: a workspace in the terminal that goes through the real app.

Each line you type becomes a signed, Slack-shaped request dispatched to the same Bolt app
that serves Slack; the bot's Web API calls land in a local fake Slack, and whatever the bot
posts (replies, DMs, reminders, modals) is rendered as text.
"""

from __future__ import annotations

import itertools
import json
import re
import secrets
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future
from dataclasses import dataclass, field
from datetime import date
from datetime import time as dtime
from pathlib import Path
from typing import Any, TextIO

from slack_bolt.request import BoltRequest

from bot.domain.people import language_and_timezone, valid_timezone
from bot.offline.fakeslack import Call, FakeSlack, FakeUser
from bot.offline.render import (
    Clickable,
    Field,
    Reader,
    Rendered,
    initial_value,
    render_blocks,
    render_view,
)
from bot.offline.signing import (
    command_body,
    event_body,
    interaction_body,
    new_trigger_id,
    signed_headers,
)
from bot.offline.slack_rules import shown_to_user
from bot.process.app import Partnerbot, create_app
from bot.process.runtime import make_clockwork, prepare_database, warm_charts, warm_up
from bot.settings import DATA_DIR_DEFAULT, Settings
from storage.db import DatabaseError
from storage.scope import Workspace
from storage.users import get_user

CONSOLE_TEAM = "T0CONSOLE"
CONSOLE_CHANNEL = "C0CONSOLE"

HELP = """Type a command as in Slack, e.g.  /partner help   (@Name mentions a console user)
  a1 (or :click a1)    press button 1 of message a; every message keeps its letter
  :set FIELD VALUE     fill in a field of the open modal (:set FIELD with no value clears it)
  :submit / :close     submit or close the open modal
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
class Shown:
    """A message or view on screen, under its letter: what its buttons send, and where from."""

    letter: str
    clickables: list[Clickable]
    message: dict[str, Any] | None = None  # a message's blocks and text
    view: dict[str, Any] | None = None  # a modal or Home view
    replaced_by: str | None = None


@dataclass
class Modal:
    """The open modal: the view the bot sent, its inputs and what the user filled in."""

    view: dict[str, Any]
    view_id: str
    fields: list[Field]
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ConsoleState:
    """What the console remembers between lines: who you are, what is on screen, the open modals."""

    user: FakeUser
    shown: dict[str, Shown] = field(default_factory=dict)
    modals: list[Modal] = field(default_factory=list)
    home: dict[str, Any] | None = None

    @property
    def modal(self) -> Modal | None:
        """The modal on top, if one is open."""
        return self.modals[-1] if self.modals else None


def letters() -> Iterator[str]:
    """a, b, … z, aa, ab, …: one per message, so a button's label never changes."""
    for size in itertools.count(1):
        for combo in itertools.product("abcdefghijklmnopqrstuvwxyz", repeat=size):
            yield "".join(combo)


_KEY = re.compile(r"^\[?([a-z]+)(\d+)\]?$")
_AT_NAME = re.compile(r"(?<![<\w])@([\w.-]+)")


class Console:
    """An in-process Slack workspace for one bot, driven line by line."""

    def __init__(
        self, settings: Settings, *, user: FakeUser, out: TextIO = sys.stdout, files_dir: Path | None = None
    ) -> None:
        token = "xoxb-console-" + secrets.token_hex(8)
        self.secret = secrets.token_hex(16)
        self.fake = FakeSlack(team_id=CONSOLE_TEAM, bot_token=token, users=[user]).start()
        self.settings = settings.with_overrides(
            slack_bot_token=token,
            slack_signing_secret=self.secret,
            slack_app_token=None,
            slack_api_url=self.fake.api_url,
            home_redraw_ms=0,  # everything a line causes is shown before the next prompt
        )
        prepare_database(self.settings)
        self.app: Partnerbot = create_app(self.settings, listener_executor=ImmediateExecutor())
        warm_up(charts=False)
        warm_charts()
        self.out = out
        self.state = ConsoleState(user=user)
        self._print_lock = threading.Lock()
        self._ids = itertools.count(1)
        self._letters = letters()
        self._pending_replace: str | None = None  # the message whose button is being pressed
        self.files_dir = files_dir or DATA_DIR_DEFAULT / "files"
        self._bold = ("\033[1m", "\033[0m") if out.isatty() else ("", "")
        self.fake.listeners.append(self._on_slack_call)
        self.clockwork = make_clockwork(self.app)

    # ----- output -------------------------------------------------------------------------------
    @property
    def reader(self) -> Reader:
        """How the current user reads: their timezone, language, the names of console users."""
        user = self.state.user
        return Reader(
            tz=user.tz,
            lang=self._language(user),
            names={u.id: u.name for u in self.fake.users.values()},
            bold=self._bold,
        )

    def _language(self, user: FakeUser) -> str:
        """The language the bot writes to this user in (`/partner sprog` overrides the Slack locale),
        so dates read in the same language as the words around them."""
        override = None
        try:
            with self.app.services.transaction(None, read_only=True) as session:
                row = get_user(session, ws=Workspace(CONSOLE_TEAM), user_id=user.id)
                override = row.language if row is not None else None
        except DatabaseError:
            pass
        return language_and_timezone(override, user.locale, user.tz, self.settings)[0]

    def _print(self, text: str) -> None:
        with self._print_lock:
            print(text, file=self.out, flush=True)

    def show(self, rendered: Rendered, prefix: str = "") -> None:
        """Print rendered text."""
        text = rendered.text.strip() or "(empty)"
        self._print((prefix + "\n" if prefix else "") + text + "\n")

    def show_message(self, blocks: Any, text: str, where: str, *, replaces: str | None = None) -> Shown:
        """Print a message under a new letter; its buttons are pressed as <letter><n> from now on."""
        if isinstance(blocks, str):
            blocks = json.loads(blocks)
        letter = next(self._letters)
        rendered = render_blocks(blocks, text, reader=self.reader, prefix=letter)
        shown = Shown(letter, rendered.clickables, message={"blocks": blocks, "text": text})
        self.state.shown[letter] = shown
        if replaces and replaces in self.state.shown:
            self.state.shown[replaces].replaced_by = letter
            where += f", replaces {replaces}"
        self.show(rendered, prefix=f"── {letter} · {where} ──")
        return shown

    def show_view(self, view: dict[str, Any], where: str) -> Shown:
        """Print a modal or Home view under a new letter (a modal's fields under :set names)."""
        letter = next(self._letters)
        modal = self.state.modal if view.get("type") == "modal" else None
        values = modal.values if modal is not None and modal.view is view else None
        rendered = render_view(view, reader=self.reader, prefix=letter, values=values)
        shown = Shown(letter, rendered.clickables, view=view)
        self.state.shown[letter] = shown
        self.show(rendered, prefix=f"── {letter} · {where} ──")
        return shown

    def _show_refusal(self, call: Call) -> None:
        """Print a payload Slack would have refused, as the user would meet it, and why."""
        assert call.refusal is not None
        method = call.method
        seen = (
            shown_to_user(call.refusal.verdict, kind=method.removeprefix("ack:")) if method.startswith("ack:") else ""
        ) or "(nothing reaches you: Slack refused the bot's call)"
        with self._print_lock:
            print(
                f"── Slack refused {method}: {call.refusal.error} ──\n{seen}\n{call.refusal.reason}\n",
                file=self.out,
                flush=True,
            )

    def _on_slack_call(self, call: Call) -> None:
        if call.refusal is not None:
            self._show_refusal(call)
            return
        args = call.args
        if call.method in ("chat.postMessage", "chat.postEphemeral", "chat.update") or call.method.startswith(
            "response_url:"
        ):
            where = "DM" if str(args.get("channel", "")).startswith(("D", "U")) else "bot"
            replaces = self._pending_replace if args.get("replace_original") in (True, "true") else None
            self.show_message(args.get("blocks"), str(args.get("text") or ""), where, replaces=replaces)
        elif call.method == "views.publish":
            # The Home tab is redrawn after most changes; printing it each time would bury the
            # replies, so it is kept for :home.
            if args.get("user_id") == self.state.user.id:
                self.state.home = args.get("view") if isinstance(args.get("view"), dict) else {}
        elif call.method in ("views.open", "views.push", "views.update"):
            view = args.get("view") if isinstance(args.get("view"), dict) else json.loads(str(args.get("view") or "{}"))
            self._open_modal(view, call.method)
        elif call.method == "files.completeUploadExternal":
            self._save_files(args)

    def _open_modal(self, view: dict[str, Any], method: str) -> None:
        rendered = render_view(view, reader=self.reader)
        modal = Modal(
            view,
            f"V{next(self._ids):06d}",
            rendered.fields,
            {f.block_id: initial_value(f.element) for f in rendered.fields},
        )
        if method == "views.push" or not self.state.modals:
            self.state.modals.append(modal)
        else:
            self.state.modals[-1] = modal
        self.show_view(view, method)
        if modal.fields:
            self._print("Fill in with :set FIELD VALUE, then :submit (or :close).\n")

    def _save_files(self, args: dict[str, Any]) -> None:
        """A file the bot uploaded (a CSV export, a chart): saved under data/files, its path shown."""
        files = args.get("files")
        if isinstance(files, str):
            files = json.loads(files)
        self.files_dir.mkdir(parents=True, exist_ok=True)
        for info in files or []:
            file_id = str(info.get("id"))
            data = self.fake.uploads.get(file_id)
            if data is None:
                continue
            name = Path(self.fake.upload_names.get(file_id, file_id)).name or file_id
            path = self.files_dir / f"{file_id}-{name}"
            path.write_bytes(data)
            comment = str(args.get("initial_comment") or "")
            title = info.get("title") or name
            self._print(f"── file ──\n{title}: saved to {path}" + (f"\n{comment}" if comment else "") + "\n")

    # ----- input --------------------------------------------------------------------------------
    def _dispatch(self, body: str, content_type: str = "application/x-www-form-urlencoded") -> Any:
        request = BoltRequest(body=body, headers=signed_headers(self.secret, body, content_type=content_type))
        return self.app.bolt.dispatch(request)

    def profile_changed(self) -> None:
        """Tell the bot the current user's Slack profile changed, as Slack's user_change event does."""
        user = self.state.user
        event = {
            "type": "user_change",
            "user": {"id": user.id, "team_id": CONSOLE_TEAM, "name": user.name, "tz": user.tz},
        }
        body = event_body(event, team_id=CONSOLE_TEAM, event_id=f"Ev{new_trigger_id().split('.')[-1][:16]}")
        self._dispatch(body, "application/json")

    def mentions(self, text: str) -> str:
        """`@Carl` becomes `<@U0CARL|Carl>` when a console user is called that, as Slack escapes a
        slash command's mentions (the manifest's should_escape)."""
        by_name: dict[str, FakeUser] = {}
        for user in self.fake.users.values():
            by_name.setdefault(user.name.lower(), user)
            by_name.setdefault(user.name.split()[0].lower(), user)
            by_name.setdefault(user.id.lower(), user)

        def swap(match: re.Match[str]) -> str:
            user = by_name.get(match.group(1).lower())
            return f"<@{user.id}|{user.name.split()[0].lower()}>" if user else match.group(0)

        return _AT_NAME.sub(swap, text)

    def command(self, text: str) -> None:
        """Send `/partner ...` as a slash command and show the immediate answer."""
        command, _, rest = self.mentions(text.strip()).partition(" ")
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

    def click(self, key: str) -> None:
        """Press the button labelled key (a1, b3 …) of the message or view it belongs to."""
        match = _KEY.match(key.strip().lower())
        shown = self.state.shown.get(match.group(1)) if match else None
        if match is None or shown is None or not 1 <= int(match.group(2)) <= len(shown.clickables):
            self._print(f"There is no button {key}.")
            return
        if shown.replaced_by:
            self._print(f"Message {shown.letter} was replaced by {shown.replaced_by}; press a button there.")
            return
        item = shown.clickables[int(match.group(2)) - 1]
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
        payload: dict[str, Any] = {
            "type": "block_actions",
            "team": {"id": CONSOLE_TEAM, "domain": "console"},
            "user": {"id": self.state.user.id, "team_id": CONSOLE_TEAM, "name": self.state.user.name},
            "api_app_id": "A0PARTNERBOT",
            "trigger_id": new_trigger_id(),
            "actions": [action],
        }
        if shown.view is not None:
            view_id = self.state.modal.view_id if self.state.modal and self.state.modal.view is shown.view else "VHOME"
            payload["view"] = {**shown.view, "id": view_id}
            payload["container"] = {"type": "view", "view_id": view_id}
        else:
            payload["channel"] = {"id": CONSOLE_CHANNEL}
            payload["container"] = {"type": "message", "channel_id": CONSOLE_CHANNEL, "is_ephemeral": True}
            payload["message"] = shown.message
            payload["response_url"] = self.fake.response_url(f"act-{next(self._ids)}")
        self._pending_replace = shown.letter
        home_before = self.state.home
        try:
            self._show_response(self._dispatch(interaction_body(payload)), "block_actions")
        finally:
            self._pending_replace = None
        if shown.view is not None and shown.view.get("type") == "home" and self.state.home is not home_before:
            # A press on the Home tab redraws it, as Slack shows at once.
            self.state.shown[shown.letter].replaced_by = None
            replaced = self.show_view(self.state.home or {}, f"App Home, replaces {shown.letter}")
            shown.replaced_by = replaced.letter

    # ----- modals -------------------------------------------------------------------------------
    def set_field(self, name: str, value: str) -> None:
        """`:set FIELD VALUE`: fill in a field of the open modal, checked as Slack's input would."""
        modal = self.state.modal
        if modal is None:
            self._print("No modal is open.")
            return
        wanted = name.lower()
        found = [f for f in modal.fields if f.block_id.lower() == wanted] or [
            f for f in modal.fields if f.block_id.lower().startswith(wanted) or f.label.lower().startswith(wanted)
        ]
        if len(found) != 1:
            names = ", ".join(f.block_id for f in modal.fields)
            self._print(f"{'Which' if found else 'No'} field {name!r}? The fields are: {names}.")
            return
        target = found[0]
        parsed, problem = self._parse_value(target, value.strip())
        if problem:
            self._print(problem)
            return
        modal.values[target.block_id] = parsed
        self._print(f"{target.label}: {value.strip() or '(empty)'}")

    def _parse_value(self, target: Field, value: str) -> tuple[Any, str | None]:
        element, kind = target.element, target.kind
        if not value:
            return ([] if kind in ("checkboxes", "multi_static_select", "multi_users_select") else None), None
        if kind in ("plain_text_input", "email_text_input", "url_text_input", "number_input"):
            text = value.replace("\\n", "\n")
            limit = element.get("max_length")
            if limit and len(text) > int(limit):
                return None, f"{target.label}: at most {limit} characters (this is {len(text)})."
            return text, None
        if kind == "datepicker":
            try:
                return date.fromisoformat(value).isoformat(), None
            except ValueError:
                return None, f"{target.label}: write the date as YYYY-MM-DD."
        if kind == "timepicker":
            try:
                return dtime.fromisoformat(value).strftime("%H:%M"), None
            except ValueError:
                return None, f"{target.label}: write the time as HH:MM."
        if kind in ("static_select", "radio_buttons", "checkboxes", "multi_static_select"):
            options = element.get("options") or []
            chosen = []
            for word in [value] if kind in ("static_select", "radio_buttons") else value.split(","):
                word = word.strip().lower()
                option = next(
                    (
                        o
                        for o in options
                        if str(o.get("value")).lower() == word
                        or str((o.get("text") or {}).get("text", "")).lower() == word
                    ),
                    None,
                )
                if option is None:
                    choices = " | ".join(str(o.get("value")) for o in options)
                    return None, f"{target.label}: choose one of {choices}."
                chosen.append(option)
            return (chosen[0] if kind in ("static_select", "radio_buttons") else chosen), None
        if kind in ("users_select", "multi_users_select"):
            ids = []
            for word in value.split(","):
                mention = self.mentions(word.strip())
                found = re.match(r"<@(\w+)", mention)
                if not found:
                    return None, f"{target.label}: name a console user, e.g. @{self.state.user.name.split()[0]}."
                ids.append(found.group(1))
            return (ids[0] if kind == "users_select" else ids), None
        return value, None

    def _state_values(self, modal: Modal) -> dict[str, Any]:
        keys = {
            "plain_text_input": "value",
            "email_text_input": "value",
            "url_text_input": "value",
            "number_input": "value",
            "datepicker": "selected_date",
            "timepicker": "selected_time",
            "static_select": "selected_option",
            "radio_buttons": "selected_option",
            "checkboxes": "selected_options",
            "multi_static_select": "selected_options",
            "users_select": "selected_user",
            "multi_users_select": "selected_users",
        }
        values: dict[str, Any] = {}
        for f in modal.fields:
            key = keys.get(f.kind, "value")
            values[f.block_id] = {f.action_id: {"type": f.kind, key: modal.values.get(f.block_id)}}
        return values

    def submit(self) -> None:
        """`:submit`: send the open modal as Slack's view_submission and act on the bot's answer."""
        modal = self.state.modal
        if modal is None:
            self._print("No modal is open.")
            return
        missing = [f.label for f in modal.fields if not f.optional and modal.values.get(f.block_id) in (None, "", [])]
        if missing:
            # Slack itself stops a submission with an empty required field.
            self._print("Please fill in: " + ", ".join(missing) + ".")
            return
        view = {
            **modal.view,
            "id": modal.view_id,
            "team_id": CONSOLE_TEAM,
            "hash": f"1.{modal.view_id}",
            "state": {"values": self._state_values(modal)},
        }
        payload = {
            "type": "view_submission",
            "team": {"id": CONSOLE_TEAM, "domain": "console"},
            "user": {"id": self.state.user.id, "team_id": CONSOLE_TEAM, "name": self.state.user.name},
            "api_app_id": "A0PARTNERBOT",
            "trigger_id": new_trigger_id(),
            "view": view,
            "response_urls": [],
        }
        response = self._dispatch(interaction_body(payload))
        if response.status == 401:
            self._print("The request was refused (signature).")
            return
        body = response.body or ""
        if body and not self.fake.check_ack(body, kind="view_submission", view=view).ok:
            return
        answer = json.loads(body) if body.strip().startswith("{") else {}
        action = answer.get("response_action")
        if action == "errors":
            errors = answer.get("errors") or {}
            labels = {f.block_id: f.label for f in modal.fields}
            self._print(
                "Not saved; please fix:\n"
                + "\n".join(f"  {labels.get(k, k)} [:set {k}]: {v}" for k, v in errors.items())
                + "\n"
            )
            return
        if action in ("update", "push"):
            if action == "update":
                self.state.modals.pop()
            self._open_modal(answer.get("view") or {}, "views.push")
            return
        if action == "clear":
            self.state.modals.clear()
        elif self.state.modals:
            self.state.modals.pop()
        self._print("(modal closed)\n")

    def close_modal(self) -> None:
        """`:close`: close the open modal without submitting."""
        if self.state.modals:
            self.state.modals.pop()
            self._print("(modal closed)\n")
        else:
            self._print("No modal is open.")

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
            self.show_message(data.get("blocks"), str(data.get("text") or ""), "bot")

    def open_home(self) -> None:
        """Open the App Home tab, as Slack's app_home_opened event does, and show it."""
        user = self.state.user
        event = {"type": "app_home_opened", "user": user.id, "channel": "D" + user.id[1:], "tab": "home"}
        body = event_body(event, team_id=CONSOLE_TEAM, event_id=f"Ev{new_trigger_id().split('.')[-1][:16]}")
        self._dispatch(body, "application/json")
        if self.state.home:
            self.show_view(self.state.home, "App Home")

    def switch_user(self, user_id: str, name: str | None) -> None:
        """Act as another user from now on."""
        user = self.fake.users.get(user_id) or FakeUser(
            user_id, name or user_id, self.state.user.tz, self.state.user.locale
        )
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
        elif _KEY.match(line.lower()):
            self.click(line)
        elif line.startswith(":click "):
            self.click(line[7:].strip())
        elif line.strip("[]").isdigit():
            self._print("Buttons are labelled by message now: type a1 for the first button of message a.")
        elif line.startswith(":set "):
            _, name, *value = line.split(maxsplit=2)
            self.set_field(name, value[0] if value else "")
        elif line == ":submit":
            self.submit()
        elif line == ":close":
            self.close_modal()
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
        print(
            f"Partnerbot console · workspace {CONSOLE_TEAM} · you are {self.state.user.name} ({self.state.user.id})",
            file=self.out,
        )
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
