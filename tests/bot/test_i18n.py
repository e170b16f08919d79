"""The catalogue: every text in both languages, with the same placeholders."""

from __future__ import annotations

import string

import pytest

from bot.i18n import LANGUAGES, MESSAGES, language_from_locale, t


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_text_exists_in_danish_and_english(key: str) -> None:
    entry = MESSAGES[key]
    assert set(entry) == set(LANGUAGES)
    assert all(entry[lang].strip() for lang in LANGUAGES)
    assert _fields(entry["da"]) == _fields(entry["en"])


def test_placeholders_are_filled() -> None:
    assert t("en", "help.usage", command="/partner") == "Type `/partner <command>`:"
    assert t("da", "help.usage", command="/p") == "Skriv `/p <kommando>`:"


@pytest.mark.parametrize(
    ("locale", "expected"),
    [("da-DK", "da"), ("en-GB", "en"), ("en_US", "en"), ("de-DE", "en"), (None, "da"), ("", "da")],
)
def test_language_from_slack_locale(locale: str | None, expected: str) -> None:
    assert language_from_locale(locale, "da") == expected
