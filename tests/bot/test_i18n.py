"""The catalogue: every text in both languages, with the same placeholders."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest

from bot.i18n import LANGUAGES, MESSAGES, language_from_locale, month_name, t, weekday_name


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_text_exists_in_danish_and_english(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES)
    assert all(entry[lang].strip() for lang in LANGUAGES)
    assert _fields(entry["da"]) == _fields(entry["en"])


def test_placeholders_are_filled() -> None:
    assert t("en", "help.usage", command="/partner") == "Type `/partner &lt;command&gt;`:"
    assert t("da", "help.usage", command="/p") == "Skriv `/p &lt;kommando&gt;`:"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("da-DK", "da"), ("en-GB", "en"), ("en_US", "en"), ("de-DE", "en"), (None, "da"), ("", "da")],
)
def test_language_from_slack_locale(locale: str | None, expected: str) -> None:
    assert language_from_locale(locale, "da") == expected


# ----- mrkdwn safety ------------------------------------------------------------------------------
# Every catalogue text may reach mrkdwn (sections, context, the notification `text`), where Slack
# reads `<...>` as a control sequence and `&` as the start of an entity. So a text is written for
# mrkdwn: a literal `<`, `>` or `&` as `&lt;`, `&gt;`, `&amp;`; only the Slack tokens below stay raw.
# A placeholder `{name}` counts as an id inside a token (`<#{channel}>`).
_ID = r"(?:[A-Z0-9]+|\{\w+\})"
SLACK_TOKEN = re.compile(
    rf"<@[UW]{_ID}(?:\|[^<>]*)?>"  # <@U123> a user
    rf"|<#C{_ID}(?:\|[^<>]*)?>|<#\{{\w+\}}(?:\|[^<>]*)?>"  # <#C123> a channel
    r"|<!date\^[^<>|]+\|[^<>]*>"  # <!date^1392734382^{date_short}|Feb 18>
    r"|<(?:https?://|mailto:|\{\w+\})[^<>|\s]*\|[^<>]*>"  # <http…|label> a link
)
ENTITY = re.compile(r"&(?:amp|lt|gt);")


def _outside_tokens(text: str) -> str:
    return SLACK_TOKEN.sub("", text)


@pytest.mark.parametrize("key", sorted(MESSAGES))
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_text_is_safe_in_mrkdwn(key: str, lang: str) -> None:
    text = _outside_tokens(MESSAGES[key][lang])
    assert "<" not in text and ">" not in text, f"{key} [{lang}]: write < and > as &lt; and &gt;: {text!r}"
    assert "&" not in ENTITY.sub("", text), f"{key} [{lang}]: write & as &amp;: {text!r}"


def test_the_mrkdwn_check_knows_slacks_tokens_from_placeholders() -> None:
    for token in (
        "<@U0ANNA>",
        "<#C0TEAM|team>",
        "<#{channel}>",
        "<!date^1767225600^{date_short}|1 Jan>",
        "<https://example.org|site>",
    ):
        assert _outside_tokens(f"a {token} b") == "a  b"
    for raw in ("`/partner <kommando>`", "<!channel>", "R&D", "<b>", "a > b"):
        outside = _outside_tokens(raw)
        assert "<" in outside or ">" in outside or "&" in ENTITY.sub("", outside), raw


# Which texts go into plain_text is read from the code: every `t(lang, "key")` (and every
# `label(prefix, ...)`, naming all keys `prefix.*`) inside the text argument of a builder that
# makes plain_text. Slack shows plain_text literally, so those texts must carry no entity, token
# or mrkdwn formatting; all other texts are mrkdwn and are checked above.
PLAIN_BUILDERS = {"plain": 0, "header": 0, "button": 0, "_option": 0, "_select": 0, "_checkboxes": 0, "_input": 1}
ROOT = Path(__file__).resolve().parents[2]


def _name(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _keys_in(node: ast.AST) -> set[str]:
    keys: set[str] = set()
    for sub in ast.walk(node):
        if not isinstance(sub, ast.Call) or not sub.args:
            continue
        name = _name(sub.func)
        if name == "t" and len(sub.args) >= 2:
            keys |= _key_names(sub.args[1])
        elif name == "label" and isinstance(sub.args[0], ast.Constant):
            keys |= {k for k in MESSAGES if k.startswith(f"{sub.args[0].value}.")}
    return keys


def _key_names(node: ast.expr) -> set[str]:
    """The keys a key expression can name: constants (also in `a if c else b`), f-string prefixes."""
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return {k for k in MESSAGES if k.startswith(str(node.values[0].value))}
    return {str(c.value) for c in ast.walk(node) if isinstance(c, ast.Constant) and c.value in MESSAGES}


def plain_text_keys() -> set[str]:
    """Catalogue keys whose text the code puts into a plain_text object."""
    keys: set[str] = set()
    for path in [*ROOT.joinpath("handlers").rglob("*.py"), *ROOT.joinpath("bot").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                position = PLAIN_BUILDERS.get(_name(node.func))
                if position is not None and len(node.args) > position:
                    keys |= _keys_in(node.args[position])
    return keys


def test_texts_that_go_into_plain_text_are_not_escaped() -> None:
    keys = plain_text_keys()
    # The scan finds what it must: buttons, modal titles and labels, option names.
    assert {"log.button.edit", "modal.title_new", "modal.text", "interaction.call", "overview.home.title"} <= keys
    for key in sorted(keys):
        for lang in LANGUAGES:
            text = MESSAGES[key][lang]
            assert not ENTITY.search(text) and not SLACK_TOKEN.search(text), (
                f"{key} [{lang}] goes into plain_text, where Slack shows {text!r} literally"
            )
            assert not re.search(r"(^|\s)[*_~]\S", text), f"{key} [{lang}]: plain_text shows * _ ~ literally"


def test_calendar_names_are_complete_in_both_languages() -> None:
    """One table of weekday and month names serves the e-mail draft, exports and the console."""
    for lang in LANGUAGES:
        assert len({weekday_name(lang, day) for day in range(7)}) == 7
        assert len({month_name(lang, month) for month in range(1, 13)}) == 12
        assert len({month_name(lang, month, short=True) for month in range(1, 13)}) == 12
    assert (weekday_name("da", 3), month_name("da", 10), month_name("da", 5, short=True)) == (
        "torsdag",
        "oktober",
        "maj",
    )
    assert (weekday_name("en", 0), month_name("en", 12), month_name("en", 9, short=True)) == (
        "Monday",
        "December",
        "Sep",
    )
