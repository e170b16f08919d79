"""The one catalogue of user-facing words, in Danish and English.

Every text a user can see is looked up here by key; `t()` fills in named placeholders. The
entries live in `bot/texts/`, one module per feature, merged here (a key may exist only once).
Values that come from users must already be escaped for mrkdwn before they are passed in.
"""

from __future__ import annotations

import importlib
import pkgutil

from bot import texts

LANGUAGES = ("da", "en")

MESSAGES: dict[str, dict[str, str]] = {}


def _merge(*tables: dict[str, dict[str, str]]) -> None:
    for table in tables:
        clash = MESSAGES.keys() & table.keys()
        if clash:
            raise RuntimeError(f"text keys defined twice: {sorted(clash)}")
        MESSAGES.update(table)


_merge(
    *(
        importlib.import_module(f"{texts.__name__}.{info.name}").TEXTS
        for info in sorted(pkgutil.iter_modules(texts.__path__), key=lambda info: info.name)
    )
)


def t(lang: str, key: str, **values: object) -> str:
    """The text for key in lang (falling back to English), with placeholders filled in."""
    entry = MESSAGES[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def weekday_name(lang: str, weekday: int) -> str:
    """The weekday's name (0 = Monday), as `date.weekday()` counts."""
    return t(lang, "calendar.weekdays").split(",")[weekday]


def month_name(lang: str, month: int, *, short: bool = False) -> str:
    """The month's name (1 = January), or its abbreviation ('okt.', 'Oct')."""
    return t(lang, "calendar.months_short" if short else "calendar.months").split(",")[month - 1]


def language_from_locale(locale: str | None, default: str) -> str:
    """Map a Slack locale such as 'da-DK' or 'en-GB' to a supported language."""
    if locale:
        code = locale.replace("_", "-").split("-", 1)[0].lower()
        return code if code in LANGUAGES else "en"
    return default
