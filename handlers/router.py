"""The `/partner` command: one Slack command, many subcommands, each owned by a feature module."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from handlers.ids import COMMAND
from handlers.shared.reach import is_unreachable
from storage.db import DatabaseBusy, DatabaseError
from storage.idempotency import first_time
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

# The context key under which the replay guard (bot/process/app.py) leaves a slash command's
# request id for the command to claim: a command that saves claims it inside its own transaction
# (one commit instead of two), every other command claims it alone before it runs.
REPLAY_CLAIM = "partnerbot_replay_claim"


@dataclass
class ReplayClaim:
    """A request id not yet claimed, and whether it has been."""

    ws: Workspace
    key: str
    claimed: bool = False


@dataclass
class Invocation:
    """One `/partner <subcommand> <args>` call, with everything a subcommand handler needs."""

    args: str
    command: dict[str, Any]
    actor: Actor
    services: Services
    client: WebClient
    ack: Ack
    respond: Respond
    replay: ReplayClaim | None = None

    @property
    def lang(self) -> str:
        """The language to answer in."""
        return self.actor.lang

    def replayed_in(self, session: Session) -> bool:
        """Claim the request id in the caller's transaction, so it commits (or not) with what the
        command saves; True when it is a replay (the caller rolls back and calls `answer_replayed`)."""
        claim = self.replay
        if claim is None or claim.claimed:
            return False
        claim.claimed = True
        return not first_time(session, ws=claim.ws, key=claim.key)

    def replayed(self) -> bool:
        """Claim the request id in a transaction of its own; for a replay, answer so and return True."""
        claim = self.replay
        if claim is None or claim.claimed:
            return False
        claim.claimed = True
        try:
            with self.services.transaction(None) as session:
                fresh = first_time(session, ws=claim.ws, key=claim.key)
        except DatabaseError:
            log.warning("could not check for a replayed request", exc_info=True)
            return False
        if fresh:
            return False
        self.answer_replayed()
        return True

    def answer_replayed(self) -> None:
        """Tell the user this request was handled already (nothing was done again)."""
        log.info("replayed request ignored", extra={"team": self.actor.ws.team_id, "kind": "command"})
        self.ack(response_type="ephemeral", text=t(self.lang, "request.replayed"))

    @property
    def command_name(self) -> str:
        """The slash command as the user typed it (for usage hints)."""
        return str(self.command.get("command") or COMMAND)


Handler = Callable[[Invocation], None]
# A fallback sees text that names no subcommand and returns True if it handled it.
Fallback = Callable[[Invocation], bool]


@dataclass(frozen=True)
class Subcommand:
    """A registered subcommand: its names, its handler and its one-line help."""

    name: str
    handler: Handler
    help_key: str
    usage: str = ""
    aliases: tuple[str, ...] = ()
    # The name and usage a Danish reader is shown (the name is one of the aliases), so help, the
    # Home tab and hints all name a command the same way, in the reader's language.
    da: tuple[str, str] | None = None
    # The handler claims the request id itself (Invocation.replayed_in / replayed).
    claims_replay: bool = False

    def shown_name(self, lang: str) -> str:
        """The name to show a reader of lang."""
        return self.da[0] if lang == "da" and self.da else self.name

    def shown_usage(self, lang: str) -> str:
        """The usage to show a reader of lang."""
        return self.da[1] if lang == "da" and self.da else self.usage


@dataclass
class Commands:
    """The registry of `/partner` subcommands; feature modules add theirs in `register()`."""

    subcommands: list[Subcommand] = field(default_factory=list)
    fallback: Fallback | None = None
    unknown: Handler | None = None

    def add(
        self,
        name: str,
        handler: Handler,
        *,
        help_key: str,
        usage: str = "",
        aliases: tuple[str, ...] = (),
        da: tuple[str, str] | None = None,
        claims_replay: bool = False,
    ) -> None:
        """Register a subcommand under its name and aliases (da: the Danish name, one of the aliases, and usage).

        claims_replay: the handler claims the request id itself, in the transaction that saves."""
        taken = {n for s in self.subcommands for n in (s.name, *s.aliases)}
        clash = taken & {name, *aliases}
        if clash:
            raise ValueError(f"subcommand name already registered: {sorted(clash)}")
        if da is not None and da[0] not in (name, *aliases):
            raise ValueError(f"the Danish name {da[0]!r} of {name!r} must be one of its names")
        self.subcommands.append(Subcommand(name, handler, help_key, usage, aliases, da, claims_replay))

    def find(self, word: str) -> Subcommand | None:
        """The subcommand a word names, case-insensitively."""
        word = word.lower()
        for sub in self.subcommands:
            if word == sub.name or word in sub.aliases:
                return sub
        return None

    def closest(self, word: str) -> Subcommand | None:
        """The subcommand a mistyped word most likely meant ("stauts", "statsu", "raport"), or None.

        One letter wrong, missing, extra or two swapped, in a word of four letters or more, and only
        when a single subcommand is that close: a guess the user confirms by retyping, never run."""
        word = word.lower()
        if len(word) < 4:
            return None
        near = {sub.name: sub for sub in self.subcommands for n in (sub.name, *sub.aliases) if _one_edit(word, n)}
        return next(iter(near.values())) if len(near) == 1 else None

    def dispatch(self, invocation: Invocation, text: str) -> None:
        """Route the command text to its subcommand; anything else goes to the fallback."""
        word, _, rest = text.strip().partition(" ")
        sub = self.find(word) if word else None
        if sub is not None:
            invocation.args = rest.strip()
            if not sub.claims_replay and invocation.replayed():
                return
            sub.handler(invocation)
            return
        invocation.args = text.strip()
        # The fallback (a free-text log) claims the request id itself when it saves.
        if self.fallback is not None and self.fallback(invocation):
            return
        if self.unknown is None:
            raise LookupError("no handler registered for unknown /partner words")
        if invocation.replayed():
            return
        self.unknown(invocation)


def _one_edit(a: str, b: str) -> bool:
    """Whether b is a within one typing slip: a letter changed, dropped or added, or two side by side swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _answer_error(invocation: Invocation, acked: list[bool], key: str) -> None:
    text = t(invocation.lang, key)
    if not acked[0]:
        invocation.ack(response_type="ephemeral", text=text)
    else:
        invocation.respond(response_type="ephemeral", text=text, replace_original=False)


def register(app: App, commands: Commands) -> None:
    """Listen for `/partner` and hand each call to its subcommand."""

    def handle_partner(
        ack: Ack, respond: Respond, command: dict[str, Any], client: WebClient, context: dict[str, Any]
    ) -> None:
        acked = [False]

        def tracking_ack(*args: Any, **kwargs: Any) -> Any:
            acked[0] = True
            return ack(*args, **kwargs)

        invocation = Invocation(
            args="",
            command=command,
            actor=context["actor"],
            services=context["services"],
            client=client,
            # Bolt's Ack is a class; this wrapper is called the same way and records that it was.
            ack=tracking_ack,  # type: ignore[arg-type]
            respond=respond,
            replay=context.get(REPLAY_CLAIM),
        )
        try:
            commands.dispatch(invocation, str(command.get("text") or ""))
        except DatabaseBusy:
            log.warning("database busy or unreachable during a command", exc_info=True)
            _answer_error(invocation, acked, "error.busy")
        except Exception as exc:
            if is_unreachable(exc):
                # Slack cannot be reached from here, but it is still waiting for this request's
                # answer: say so in the acknowledgement (after it, there is no way to tell the user).
                log.warning("Slack unreachable during a command", extra={"error": type(exc).__name__})
                if not acked[0]:
                    invocation.ack(response_type="ephemeral", text=t(invocation.lang, "error.slack_unreachable"))
                return
            # Never show a stack trace to the user; the log keeps the details.
            log.exception("command failed")
            _answer_error(invocation, acked, "error.internal")

    app.command(COMMAND)(handle_partner)
