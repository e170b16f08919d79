"""Search keys for organisation names: what a person types, folded the same way as what is stored."""

from __future__ import annotations

import re
import unicodedata

# Danish letters have conventional two-letter spellings; folding both to them makes
# "Ørsted", "Oersted" and "orsted"-with-a-typo land near each other.
_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss", "œ": "oe", "ð": "d", "þ": "th", "ł": "l"})
# Legal forms are folded before punctuation goes, because "a/s" would otherwise become
# the two tokens "a" and "s".
_LEGAL_FORMS = re.compile(r"\b(a/s|i/s|k/s|p/s|a\.m\.b\.a\.?|amba|aps|ivs)(?=\W|$)")
_NON_WORD = re.compile(r"[^0-9a-z]+")
# Words that do not tell two organisations apart: branch markers, legal forms, "and".
NOISE_WORDS = frozenset({"afd", "afdeling", "afdelingen", "og", "and", "the", "legalform"})


def tokens(text: str) -> list[str]:
    """Split a name into folded tokens, dropping noise words."""
    text = unicodedata.normalize("NFC", text).casefold().translate(_TRANSLITERATE)
    text = _LEGAL_FORMS.sub(" legalform ", text)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return [tok for tok in _NON_WORD.split(text) if tok and tok not in NOISE_WORDS]


def search_key(text: str) -> str:
    """Return the folded key of a name: lowercase, ASCII, single spaces, no noise words."""
    return " ".join(tokens(text))


def loose_key(key: str) -> str:
    """Fold a search key further, so Danish letters typed without their second letter match.

    "hilleroed" (Hillerød), "aarhus" (Århus) and "aeroe" (Ærø) become "hillerod", "arhus" and
    "aro", which is what "Hillerod", "Arhus" and "Aero" fold to. The same three replace() calls
    in this order are portable SQL, which is how migration 0004 backfills the column. A loose
    key of a prefix is a prefix of the loose key, so prefix range scans stay exact supersets.
    """
    return key.replace("aa", "a").replace("ae", "a").replace("oe", "o")


def token_suffixes(key: str) -> list[str]:
    """Return the key from each token on ("bank greve", "greve" for "danske bank greve")."""
    parts = key.split(" ")
    return [" ".join(parts[i:]) for i in range(1, len(parts))]


def prefix_upper_bound(prefix: str) -> str:
    """Return the smallest string greater than every string that starts with prefix."""
    # Keys are ASCII after folding, so bumping the last character gives a tight bound that
    # a plain B-tree range scan can use on both backends (LIKE 'x%' cannot on SQLite).
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
