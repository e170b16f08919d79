"""Help and the subcommand router, called directly with a recording ack."""

from __future__ import annotations

import re
from typing import Any

import pytest

from bot.domain.people import Actor
from handlers import help as help_feature
from handlers import language
from handlers.router import Commands, Invocation
from storage.scope import Workspace
from tests.support.blockcheck import assert_valid_blocks


class Recorder:
    """Stands in for Bolt's ack/respond and keeps what they were given."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.append(kwargs)


def make_commands() -> Commands:
    commands = Commands()
    language.register(commands)
    help_feature.register(commands)
    return commands


def invoke(commands: Commands, text: str, lang: str = "en") -> dict[str, Any]:
    ack = Recorder()
    invocation = Invocation(
        args="",
        command={"command": "/partner", "text": text},
        actor=Actor(ws=Workspace("T1"), user_id="U1", lang=lang, tz="UTC"),
        services=None,  # type: ignore[arg-type]  # help touches no services
        client=None,  # type: ignore[arg-type]
        ack=ack,  # type: ignore[arg-type]
        respond=Recorder(),  # type: ignore[arg-type]
    )
    commands.dispatch(invocation, text)
    assert len(ack.calls) == 1
    return ack.calls[0]


@pytest.mark.parametrize("text", ["", "help", "HELP", "hjælp", "?"])
def test_help_lists_every_registered_subcommand(text: str) -> None:
    commands = make_commands()
    answer = invoke(commands, text)
    assert_valid_blocks(answer["blocks"])
    body = str(answer["blocks"])
    for sub in commands.subcommands:
        assert f"/partner {sub.name}" in body
    assert "don't know" not in body


def test_unknown_word_is_named_escaped_and_followed_by_help() -> None:
    answer = invoke(make_commands(), "<!here> please", lang="da")
    body = str(answer["blocks"])
    assert "Jeg kender ikke kommandoen `&lt;!here&gt;`" in body
    assert "/partner hjælp" in body and "/partner sprog da|en|auto" in body
    assert_valid_blocks(answer["blocks"])


def test_a_subcommand_name_can_be_registered_once() -> None:
    commands = make_commands()
    with pytest.raises(ValueError):
        commands.add("sprog", lambda inv: None, help_key="help.cmd.help")


def all_commands() -> Commands:
    """Every feature's subcommands, registered as the app does."""
    from slack_bolt import App

    import handlers

    commands = Commands()
    handlers.register_all(App(token="xoxb-test", signing_secret="s", token_verification_enabled=False), commands)
    return commands


@pytest.mark.parametrize("lang", ["da", "en"])
def test_every_command_a_text_names_is_the_one_help_shows_in_that_language(lang: str) -> None:
    # The Home tab, hints and usage lines name commands; a Danish reader must meet the same
    # Danish names in help (and an English reader the English ones), and every name must work.
    from bot.i18n import MESSAGES

    commands = all_commands()
    help_text = str(invoke(commands, "help", lang=lang)["blocks"])
    shown = {sub.shown_name(lang) for sub in commands.subcommands}
    for sub in commands.subcommands:
        assert f"/partner {sub.shown_name(lang)}" in help_text
    named = []
    for key, texts in MESSAGES.items():
        for word in re.findall(r"(?:/partner|\{command\}) ([a-zæøå-]+)", texts.get(lang, "")):
            named.append((key, word))
            assert commands.find(word) is not None, f"{key} names an unknown command {word!r}"
            assert word in shown, f"{key} names {word!r}; help shows {commands.find(word).shown_name(lang)!r}"
    assert len(named) > 5


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("stauts", "status"),
        ("statsu", "status"),
        ("stats", "status"),
        ("raport", "report"),
        ("lsite", "list"),
        ("hjlæp", "help"),
        ("STATUSS", "status"),
        ("fristr", "due"),
    ],
)
def test_a_word_one_slip_from_a_command_names_that_command(typed: str, meant: str) -> None:
    found = all_commands().closest(typed)
    assert found is not None and found.name == meant


@pytest.mark.parametrize("typed", ["xyzzy", "sta", "log", "statuses", "ekport-person-x", "hello", ""])
def test_no_guess_for_a_word_far_from_every_command_or_too_short(typed: str) -> None:
    assert all_commands().closest(typed) is None


def with_status_and_report(ran: list[str] | None = None) -> Commands:
    """Help and language, plus `status` and `report` that note when they run (no services needed)."""
    commands = make_commands()
    for name in ("status", "report"):
        commands.add(
            name, lambda inv, name=name: (ran if ran is not None else []).append(name), help_key="help.cmd.help"
        )
    return commands


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "I don't know the command `stauts`. Did you mean `/partner status netto roskilde`?"),
        ("da", "Jeg kender ikke kommandoen `stauts`. Mente du `/partner status netto roskilde`?"),
    ],
)
def test_the_unknown_answer_offers_the_command_retyped_with_the_words_after_it(lang: str, said: str) -> None:
    answer = invoke(with_status_and_report(), "stauts netto roskilde", lang=lang)
    assert said in str(answer["blocks"])
    assert_valid_blocks(answer["blocks"])


def test_a_guess_is_only_offered_never_run() -> None:
    ran: list[str] = []
    commands = with_status_and_report(ran)
    answer = invoke(commands, "raport", lang="en")
    assert ran == []
    assert "Did you mean `/partner report`?" in str(answer["blocks"])
    assert "/partner help" in str(answer["blocks"])  # the help list follows


@pytest.mark.parametrize("word", ["digest", "overblik", "todo", "frister"])
def test_the_digest_words_open_the_list_of_follow_ups(word: str) -> None:
    found = all_commands().find(word)
    assert found is not None and found.name == "due"
