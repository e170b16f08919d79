"""Text preparation: cleaning, typo repair, masking of non-date numbers, sentence bounds."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

MAX_CHARS = 5000

# Single-character replacements keep offsets stable.
_CHAR_MAP = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\t": " ",
        "\r": "\n",
    }
)

# Canonical temporal words; typo and ASCII variants are mapped back to these.
_CANONICAL = (
    "mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday "
    "friday saturday sunday januar februar marts april maj juni juli august september oktober "
    "november december january february march june july october tomorrow overmorgen "
    "eftermiddag formiddag næste weekend weekenden afternoon morning evening efteråret foråret "
    "sommeren vinteren måned måneder uger kontrakt contract følger opfølgning"
).split()
_ASCII = (("æ", ("ae", "a")), ("ø", ("oe", "o")), ("å", ("aa", "a")))
# Real words that must never be "repaired" into a temporal word.
_REAL_WORDS = frozenset(
    {
        "mange",
        "mandat",
        "fred",
        "tirs",
        "maj",
        "marts",
        "moren",
        "kontakt",
        "contact",
        "ugen",
        "uge",
        "følge",
        "frida",
        "mornin",
        "evenin",
        "morgen",
        "kontrak",
    }
)


def _variants(word: str) -> set[str]:
    """Return plausible misspellings of `word`: one deletion, transposition or doubling."""
    out = set()
    for i in range(len(word)):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i] + word[i:])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])
    return out


def _build_repairs() -> dict[str, str]:
    repairs: dict[str, str] = {}
    for word in _CANONICAL:
        forms = {word}
        for ch, subs in _ASCII:
            for form in list(forms):
                if ch in form:
                    forms |= {form.replace(ch, s) for s in subs}
        for form in forms:
            if form != word:
                repairs.setdefault(form, word)
        if len(word) >= 6:
            for typo in _variants(word):
                if len(typo) >= 5 and typo not in _REAL_WORDS and typo not in _CANONICAL:
                    repairs.setdefault(typo, word)
    for extra, word in {
        "imorgen": "i morgen",
        "imorgn": "i morgen",
        "imoren": "i morgen",
        "idag": "i dag",
        "igår": "i går",
        "igaar": "i går",
        "iovermorgen": "i overmorgen",
        "tmrw": "tomorrow",
        "tmr": "tomorrow",
        "tomorow": "tomorrow",
        "tommorow": "tomorrow",
        "tommorrow": "tomorrow",
        "2morrow": "tomorrow",
        "tdy": "today",
        "2day": "today",
        # Slack shorthand for weeks: "next wk", "in 2 wks", "EOW" (end of the week: Friday).
        "wk": "week",
        "wks": "weeks",
        "eow": "end of the week",
        "nxt": "next",
        "weds": "wednesday",
        "nste": "næste",
        "naeste": "næste",
        "naste": "næste",
        "nææste": "næste",
        "efteraaret": "efteråret",
        "efteraret": "efteråret",
        "foraaret": "foråret",
        "foraret": "foråret",
        "maaned": "måned",
        "maned": "måned",
        "paa": "på",
    }.items():
        repairs[extra] = word
    for word in list(repairs):
        if word in _REAL_WORDS:
            del repairs[word]
    return repairs


_REPAIRS = _build_repairs()
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _repair(match: re.Match[str]) -> str:
    word = match.group(0)
    fixed = _REPAIRS.get(word.lower())
    if fixed is None:
        return word
    return fixed.capitalize() if word[0].isupper() else fixed


def lower_same_length(text: str) -> str:
    """Lower-case `text` character by character so that offsets stay aligned."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered  # the common case: no character changes length when lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


@dataclass
class Prepared:
    """The cleaned text, its lower-case twin and the masks applied so far."""

    text: str
    low: str
    truncated: bool
    masked_spans: list[tuple[int, int, str]] = field(default_factory=list)

    def mask(self, start: int, end: int, label: str) -> None:
        """Blank a span in both views so later recognisers ignore it."""
        blank = " " * (end - start)
        self.text = self.text[:start] + blank + self.text[end:]
        self.low = self.low[:start] + blank + self.low[end:]
        self.masked_spans.append((start, end, label))


_EMPHASIS = re.compile(r"(?<![\w*_~])[*_~]+(?=[^\s*_~])|(?<=[^\s*_~])[*_~]+(?![\w*_~])")


def prepare(raw: str) -> tuple[Prepared, str]:
    """Clean `raw` and return (working copy for recognisers, cleaned original)."""
    truncated = len(raw) > MAX_CHARS
    text = raw[:MAX_CHARS] if truncated else raw
    text = text.translate(_CHAR_MAP)
    # Control and format characters become spaces; they carry no meaning in a log line.
    text = "".join(" " if (unicodedata.category(c) in ("Cc", "Cf", "Cs", "Co") and c != "\n") else c for c in text)
    # Slack emphasis around words ("*Lars*", "_Danske Bank_", "~20.000~") is formatting, not text.
    text = _EMPHASIS.sub(lambda m: " " * len(m.group(0)), text)
    text = _WORD.sub(_repair, text)
    return Prepared(text=text, low=lower_same_length(text), truncated=truncated), text


# Spans that look like numbers or dates but are not: Slack markup, links, phone numbers.
MENTION = re.compile(r"<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>")
_MARKUP = re.compile(r"<[#!][^>]*>|<https?:[^>]*>|https?://\S+|www\.\S+|\S+@\S+\.\w+")
_PHONE = re.compile(
    r"(?:(?:\+|00)\d{2}[\s-]?)?(?<![\d.,])(?:\d{2}[\s-]\d{2}[\s-]\d{2}[\s-]\d{2}|\d{4}[\s-]\d{4}|\d{8})(?![\d.,]\d)"
    r"|(?:\+|00)\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}"
    r"|(?:tlf|tel|telefon|phone|mobil|mobile|mob|nr)\.?:?\s*\d[\d\s-]{5,}\d"
)


def mask_markup(prep: Prepared) -> list[tuple[str, int]]:
    """Mask mentions, links and phone numbers; return the mentions with their offsets."""
    mentions = [(m.group(1), m.start()) for m in MENTION.finditer(prep.text)]
    for m in list(MENTION.finditer(prep.text)):
        prep.mask(m.start(), m.end(), "mention")
    for m in list(_MARKUP.finditer(prep.text)):
        prep.mask(m.start(), m.end(), "markup")
    for m in list(_PHONE.finditer(prep.low)):
        prep.mask(m.start(), m.end(), "phone")
    return mentions


_MONTHS_RE = r"(?:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)"
# Abbreviations after which a full stop never ends a sentence.
_ALWAYS_ABBR = frozenset(
    "kl d ca ang nr tlf fx evt inkl bl pr mr mrs ms dr st vs re m w jf mht vedr tel att el ift iflg osv etc dvs".split()
)
# Abbreviations that end a sentence only when a capitalised word follows.
# Short weekdays ("man. formiddag", "tors. kl 13", "fri. am") are abbreviations too.
_SOFT_ABBR = frozenset(
    "kr mio mia mill stk man tirs ons tors fre lør søn mon tue tues wed thu thur thurs fri sat sun".split()
)
_BOUNDARY = re.compile(r"[.!?]+(?=\s)|[;\n]")


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Split `text` into sentence spans, aware of Danish abbreviations and dates."""
    bounds = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group(0)[0] == ".":
            before = re.search(r"([\w]+)\s*$", text[start : m.start()])
            prev = before.group(1).lower() if before else ""
            after = re.match(r"\s*(\S+)", text[end:])
            nxt = after.group(1) if after else ""
            if prev in _ALWAYS_ABBR:
                continue
            if prev in _SOFT_ABBR and not (nxt[:1].isupper()):
                continue
            if prev.isdigit() and (re.match(_MONTHS_RE, nxt.lower()) or nxt[:1].isdigit()):
                continue
        bounds.append((start, end))
        start = end
    if start < len(text):
        bounds.append((start, len(text)))
    return bounds or [(0, len(text))]


_DA_WORDS = re.compile(
    r"\b(?:og|med|til|hos|fra|ikke|de|vil|ringede|ringer|hun|han|jeg|vi|er|på|kl|i morgen|mail|næste|om|har|giver)\b"
)
_EN_WORDS = re.compile(
    r"\b(?:and|with|to|at|from|not|they|will|called|call|she|he|we|is|on|tomorrow|next|in|has|the|by)\b"
)


def language(low: str) -> str:
    """Guess whether a line is Danish ("da") or English ("en")."""
    da = len(_DA_WORDS.findall(low)) + 2 * len(re.findall(r"[æøå]", low))
    en = len(_EN_WORDS.findall(low))
    return "da" if da >= en else "en"
