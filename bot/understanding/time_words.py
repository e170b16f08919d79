"""Number words for reading times: Danish and English cardinals (0-59) and ordinals (1-31)."""

from __future__ import annotations

import re

from .patterns import word_list

_DA_UNITS = ["", "en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni"]
_DA_TENS = {20: "tyve", 30: "tredive", 40: "fyrre", 50: "halvtreds"}
_EN_UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_EN_TENS = {20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"}


def _cardinals() -> dict[str, int]:
    words = {
        "nul": 0,
        "zero": 0,
        "én": 1,
        "et": 1,
        "ét": 1,
        "ti": 10,
        "elleve": 11,
        "tolv": 12,
        "tretten": 13,
        "fjorten": 14,
        "femten": 15,
        "seksten": 16,
        "sytten": 17,
        "atten": 18,
        "nitten": 19,
        "ten": 10,
        "eleven": 11,
        "twelve": 12,
        "thirteen": 13,
        "fourteen": 14,
        "fifteen": 15,
        "sixteen": 16,
        "seventeen": 17,
        "eighteen": 18,
        "nineteen": 19,
    }
    for n in range(1, 10):
        words[_DA_UNITS[n]] = n
        words[_EN_UNITS[n]] = n
    for tens, word in _DA_TENS.items():
        words[word] = tens
        for n in range(1, 10):
            words[("et" if n == 1 else _DA_UNITS[n]) + "og" + word] = tens + n  # enogtyve
    for tens, word in _EN_TENS.items():
        words[word] = tens
        for n in range(1, 10):
            words[f"{word}-{_EN_UNITS[n]}"] = tens + n
            words[f"{word} {_EN_UNITS[n]}"] = tens + n
    return words


CARDINALS = _cardinals()

_DA_ORD = [
    "",
    "første",
    "anden",
    "tredje",
    "fjerde",
    "femte",
    "sjette",
    "syvende",
    "ottende",
    "niende",
    "tiende",
    "ellevte",
    "tolvte",
    "trettende",
    "fjortende",
    "femtende",
    "sekstende",
    "syttende",
    "attende",
    "nittende",
    "tyvende",
]
_EN_ORD = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]


def _ordinals() -> dict[str, int]:
    words = {w: n for n, w in enumerate(_DA_ORD) if w} | {w: n for n, w in enumerate(_EN_ORD) if w}
    words |= {"andet": 2, "tredivte": 30, "thirtieth": 30, "enogtredivte": 31}
    for n in range(1, 10):
        words[("en" if n == 1 else _DA_UNITS[n]) + "ogtyvende"] = 20 + n
        words[f"twenty-{_EN_ORD[n]}"] = 20 + n
        words[f"twenty {_EN_ORD[n]}"] = 20 + n
    words["thirty-first"] = words["thirty first"] = 31
    return words


ORDINALS = _ordinals()


HOUR_WORDS = {w: n for w, n in CARDINALS.items() if 1 <= n <= 12 and " " not in w and "-" not in w}
MINUTE_WORDS = {w: n for w, n in CARDINALS.items() if 1 <= n <= 59}
CARD_RE = word_list(CARDINALS)
ORD_RE = word_list(ORDINALS)
HOUR_WORD_RE = word_list(HOUR_WORDS)
MINUTE_WORD_RE = word_list(MINUTE_WORDS)


def number(token: str) -> int | None:
    """Return the value of a digit string, a cardinal or an ordinal word (None if unknown)."""
    token = re.sub(r"\s+", " ", token.strip().lower()).rstrip(".")
    token = re.sub(r"(?<=\d)(?:st|nd|rd|th|e)$", "", token)
    if token.isdigit():
        return int(token)
    if token in CARDINALS:
        return CARDINALS[token]
    return ORDINALS.get(token)
