"""Clock forms beyond "kl. 10" and "3pm": Danish "halv tre" and "kvart over 10", English
"a quarter past 3", "half three", "15h30", number words ("ten thirty"), noon and midnight,
"ved 11-tiden", and hours written next to a part of the day ("8 tonight")."""

from __future__ import annotations

import re

from .time_words import HOUR_WORD_RE, HOUR_WORDS, MINUTE_WORD_RE, MINUTE_WORDS
from .times import END, START, Atom, rule

_H = r"(?P<h>[01]?\d|2[0-3]|" + HOUR_WORD_RE + r"|noon|midnight|middag|midnat)"
_AP = r"(?:\s*(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?|(?<=\d)[ap])(?![\wæøå]))?"
# What must not follow an hour for it to be a clock ("halv tre timer", "kvart over 10 kr").
_NOT_UNIT = r"(?!\s*(?:timer|time|år|dage|dag|uger|uge|måneder|måned|procent|pct|kr|dkk|%|del|dele|[.,:]\d|\d))"


def _hour_value(token: str) -> tuple[int, bool] | None:
    """(hour, fixed half of day) for an hour token: digits, a number word, noon or midnight."""
    token = token.strip()
    if token in ("noon", "middag"):
        return 12, True
    if token in ("midnight", "midnat"):
        return 0, True
    if token.isdigit():
        value = int(token)
        return (value, value >= 13 or value == 0 or (len(token) == 2 and token[0] == "0")) if value <= 23 else None
    if token in HOUR_WORDS:
        return HOUR_WORDS[token], False
    return None


def _minutes(token: str) -> int | None:
    token = re.sub(r"\s+", " ", token.strip())
    if token.isdigit():
        return int(token) if int(token) < 60 else None
    return MINUTE_WORDS.get(token)


def _clock(m: re.Match[str], hour: int, minute: int, fixed: bool, ap: str | None = None) -> Atom | None:
    if ap:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if ap.startswith("p") else 0)
        fixed = True
    hour %= 24
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return Atom(m.start(), m.end(), "clock", clock=(hour, minute), h24=fixed or hour >= 13 or hour == 0)


def _shifted(m: re.Match[str], minutes_after: int) -> Atom | None:
    """A clock given relative to an hour: "kvart over 3" (+15), "kvart i 12" (-15)."""
    parsed = _hour_value(m.group("h"))
    if parsed is None:
        return None
    hour, fixed = parsed
    ap = m.groupdict().get("ap")
    if ap:
        if hour > 12 or hour == 0:
            return None
        hour, fixed = hour % 12 + (12 if ap.startswith("p") else 0), True
    total = hour * 60 + minutes_after
    if not fixed and total < 60:
        total += 12 * 60  # "kvart i et" is 12:45, not 00:45
    total %= 24 * 60
    hh, mm = divmod(total, 60)
    return Atom(m.start(), m.end(), "clock", clock=(hh, mm), h24=fixed or hh >= 13)


_KL = r"(?:(?:kl\.?|klokken|ca\.?|cirka|omkring|at|@|by|for|around|about)\s*)?"
# What the minute rules cannot match without: "kvart over", "20 minutter i", "ti over" / "quarter
# past", "half past", "5 to", "twenty minutes after"; "1230" for the compact clock.
_BEFORE_OVER_I = re.compile(r"(?:kvart(?:er)?|minutter|\d|" + MINUTE_WORD_RE + r")\s+(?:over|i)\s")
_BEFORE_PAST_TO = re.compile(
    r"(?:quarter|half|minutes?|\d|" + MINUTE_WORD_RE + r")\s+(?:past|after|to|till|til|before|of|from)\s"
)
_THREE_DIGITS = re.compile(r"\d\d\d")


# Danish "halv tre" = 2:30 (half before three); "fem i halv tre" = 2:25, "fem over halv tre" = 2:35.
@rule(
    START + _KL + r"(?:(?P<n>\d{1,2}|fem|ti)\s+(?:minutter\s+)?(?P<dir>i|over)\s+)?halv\s+" + _H + _NOT_UNIT + END,
    needs=("halv",),
)
def _halv(m: re.Match[str]) -> Atom | None:
    if m.group("h") in ("noon", "midnight", "middag", "midnat"):
        return None
    offset = -30
    if m.group("n"):
        n = int(m.group("n")) if m.group("n").isdigit() else {"fem": 5, "ti": 10}[m.group("n")]
        offset += n if m.group("dir") == "over" else -n
    return _shifted(m, offset)


@rule(
    START
    + _KL
    + r"(?P<q>kvart(?:er)?|(?P<n>\d{1,2}|"
    + MINUTE_WORD_RE
    + r")(?:\s+minutter)?)\s+(?P<dir>over|i)\s+"
    + _H
    + _NOT_UNIT
    + END,
    gate=_BEFORE_OVER_I,
)
def _kvart(m: re.Match[str]) -> Atom | None:
    if m.group("n"):
        n = _minutes(m.group("n"))
        # A bare "20 over 15" needs "kl." or "minutter"; "5 i 3" alone is too often not a time.
        if (
            n is None
            or n > 30
            or not (re.match(r"kl|klokken", m.group(0)) or "minutter" in m.group(0) or not m.group("n").isdigit())
        ):
            return None
    else:
        n = 15
    return _shifted(m, n if m.group("dir") == "over" else -n)


@rule(
    START
    + _KL
    + r"(?:(?P<q>(?:a\s+)?quarter)|(?P<half>half)|(?P<n>\d{1,2}|"
    + MINUTE_WORD_RE
    + r")(?P<mins>\s+minutes?)?)\s+(?P<dir>past|after|to|till|til|before|of|from)\s+"
    + _H
    + r"(?:h(?![\wæøå]))?"
    + _AP
    + END,
    gate=_BEFORE_PAST_TO,
)
def _past_to(m: re.Match[str]) -> Atom | None:
    n: int | None
    if m.group("half"):
        if m.group("dir") != "past":
            return None
        n = 30
    elif m.group("q"):
        n = 15
    else:
        n = _minutes(m.group("n"))
        if n is None or n > 30:
            return None
        # "10 to 5" is as often a range; without "minutes" it needs "at" or a clock word after.
        if m.group("dir") in ("to", "till", "til", "before", "of") and not (
            m.group("mins") or m.group("ap") or m.group("h") in ("noon", "midnight")
        ):
            return None
        if m.group("dir") == "from" and not (
            m.group("mins") and (m.group("ap") or m.group("h") in ("noon", "midnight"))
        ):
            return None
    forward = m.group("dir") in ("past", "after", "from")
    return _shifted(m, n if forward else -n)


# British "half three" = 3:30.
@rule(
    START
    + r"(?:at\s+|by\s+|around\s+)?half\s+(?P<h>\d{1,2}|"
    + HOUR_WORD_RE
    + r")(?!\s*(?:an?\b|hour|day|the|of|past|dozen))"
    + _AP
    + END
)
def _half_hour(m: re.Match[str]) -> Atom | None:
    parsed = _hour_value(m.group("h"))
    if parsed is None or parsed[0] > 12:
        return None
    return _shifted(m, 30)


# Continental "15h30", "15h", "3h18".
@rule(r"(?<![\w.,:/])(?:(?:at|kl\.?|klokken|@)\s*)?(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?(?![\wæøå])")
def _h_notation(m: re.Match[str]) -> Atom | None:
    return _clock(m, int(m.group("h")), int(m.group("m") or 0), True)


# Number words: "ten thirty", "seven thirty p.m.", "twelve oh three", "at eight", "kl. tre".
_MW = r"(?P<mw>(?:zero|o|ou|oh|nul)[\s-]+(?P<single>" + HOUR_WORD_RE + r")|" + MINUTE_WORD_RE + r")"


@rule(
    START
    + r"(?P<pre>(?:at|@|kl\.?|klokken|by|around|about|approximately|ved|omkring)\s+)?(?P<h>"
    + HOUR_WORD_RE
    + r")(?:[\s-]+"
    + _MW
    + r")?(?P<oc>\s*o'?\s?clock)?"
    + _AP
    + END
)
def _word_clock(m: re.Match[str]) -> Atom | None:
    hour = HOUR_WORDS[m.group("h")]
    minute = 0
    if m.group("mw"):
        said = (
            HOUR_WORDS[m.group("single")] if m.group("single") else MINUTE_WORDS.get(re.sub(r"\s+", " ", m.group("mw")))
        )
        if said is None or said > 59 or (m.group("single") and said > 9):
            return None
        minute = said
    rest = m.string[m.end() :]
    cue = bool(m.group("pre") or m.group("oc") or m.group("ap"))
    if not cue:
        # Without "at", "kl." or am/pm: a number word and its minutes ("ten thirty", "twelve oh three")
        # or an hour before a part of the day ("eight tonight").
        pod_after = re.match(
            r"\s+(?:tonight|this\s+(?:evening|morning|afternoon)|tomorrow|today|i\s+aften|i\s+morgen|in\s+the\s+(?:morning|afternoon|evening))\b",
            rest,
        )
        common = minute in (15, 30, 45) or bool(m.group("single")) or minute >= 10 and "-" in m.group(0)
        if not (pod_after or (m.group("mw") and common)):
            return None
        if m.group("h") in ("en", "et", "to", "ti", "one", "a") and not m.group("mw"):
            return None
    elif not m.group("mw") and not (m.group("oc") or m.group("ap")):
        # "at one point", "kl. to timer": the hour word must end the phrase.
        if not re.match(
            r"\s*(?:$|[,.;:!?)]|(?:on|tomorrow|today|tonight|sharp|præcis|in|this|i|på|om|den|next|næste|cet|cest|gmt|bst|utc|est|pst|and|og|to|til)\b)",
            rest,
        ):
            return None
        if m.group("pre").strip() in ("by", "around", "about", "approximately", "ved", "omkring"):
            return None
    ap = m.group("ap")
    return _clock(m, hour, minute, False, ap.replace(" ", "").replace(".", "") if ap else None)


# "at 1030", "around 1030", "at 730 in the evening", "tonight 815", "at 150ish".
@rule(
    r"(?:(?<![\wæøå])(?:at|around|approximately|about|@|kl\.?|klokken)\s*|(?<=tonight\s)|(?<=evening\s)|(?<=morning\s)|(?<=aften\s))(?P<h>[01]?\d|2[0-3])(?P<m>[0-5]\d)(?:ish)?(?![\d.,]\d)"
    + _AP
    + r"(?=\s*(?:$|[,.;!?)]|in\s+the\b|tonight\b|tomorrow\b|today\b|this\b|on\b|i\s+(?:dag|morgen|aften)\b|cet\b|cest\b|gmt\b|bst\b|utc\b|est\b|pst\b))",
    gate=_THREE_DIGITS,
)
def _compact(m: re.Match[str]) -> Atom | None:
    ap = m.group("ap")
    digits = m.group("h") + m.group("m")
    if len(digits) == 4 and digits[:2] in ("19", "20") and not ap and not re.match(r"at|@|kl", m.group(0)):
        return None  # "about 2027" is a year
    return _clock(
        m,
        int(m.group("h")),
        int(m.group("m")),
        m.group("h").startswith("0") or int(m.group("h")) >= 13,
        ap.replace(" ", "").replace(".", "") if ap else None,
    )


@rule(
    START
    + r"(?:(?:at|by|around|ved|omkring|til|kl\.?)\s+)?(?:12\s+)?(?P<w>midnight|midnat|mid\s*day|the\s+midday|noon)"
    + END
)
def _noon_midnight(m: re.Match[str]) -> Atom:
    word = m.group("w")
    hour = 0 if word in ("midnight", "midnat") else 12
    return Atom(m.start(), m.end(), "clock", clock=(hour, 0), h24=True)


# "ved 11-tiden", "omkring tretiden", "ved 3-tiden".
@rule(
    START + r"(?:(?:ved|omkring|ca\.?|cirka|ved\s+kl\.?)\s*)?(?P<h>\d{1,2}|" + HOUR_WORD_RE + r")\s?-?\s?tiden" + END,
    needs=("tiden",),
)
def _tiden(m: re.Match[str]) -> Atom | None:
    parsed = _hour_value(m.group("h"))
    if parsed is None:
        return None
    return _clock(m, parsed[0], 0, parsed[1])


# An hour written just before a part of the day or a day word: "8 tonight", "9 tomorrow",
# "3 in the afternoon", "3 o'clock in the afternoon".
@rule(
    START
    + r"(?<![\wæøå]-)(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?(?:ish)?(?:\s*o'?\s?clock)?(?=\s+(?:in\s+the\s+(?:am|pm|a\.m\.|p\.m\.|morning|afternoon|evening)|tonight|this\s+(?:evening|morning|afternoon)|tomorrow|today|i\s+aften|i\s+morgen(?:\s|$)))"
)
def _hour_before_part(m: re.Match[str]) -> Atom | None:
    value = int(m.group("h"))
    if value > 23:
        return None
    return _clock(m, value, int(m.group("m") or 0), value >= 13 or m.group("h").startswith("0"))


# "in the AM" / "in the PM" after an hour.
@rule(START + r"in\s+the\s+(?P<ap>am|pm|a\.m\.|p\.m\.)" + END)
def _in_the_ampm(m: re.Match[str]) -> Atom:
    morning = m.group("ap").startswith("a")
    return Atom(
        m.start(),
        m.end(),
        "clock",
        weak=True,
        clock=(9 if morning else 14, 0),
        pod="morning" if morning else "afternoon",
    )


# Clock ranges: "9:30 til 11:00", "fra 9 til 11", "9h30 - 11h00", "from 9a to 11a", "9-11am",
# "efter 9:30 men før 11:00", "between 9h30 and 11h00": the range starts at its first time.
def _range_side(n: int) -> str:
    return (
        rf"(?P<h{n}>[01]?\d|2[0-3])(?:(?P<sep{n}>[:.]|h)(?P<m{n}>[0-5]\d)|(?P<hh{n}>h(?![\wæøå])))?"
        rf"(?:\s*(?P<ap{n}>a\.?m\.?|p\.?m\.?|[ap](?![\wæøå])))?"
    )


# What may follow a range written without minutes, am/pm or "h" for it to be a clock range.
_RANGE_END = re.compile(
    r"\s*(?:$|[,.;:!?)]|(?:på|on|i|in|om|tomorrow|today|tonight|next|næste|this|denne|kl|o'clock|"
    r"mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\b)"
)


@rule(
    r"(?<![\w.,:/+-])(?P<pre>(?:from|fra|between|mellem|efter|after|later\s+than)\s+)?"
    + _range_side(1)
    + r"\s*(?P<to>-|–|til|to|till|until|untill|and|og|but\s+before|men\s+før)\s*"
    + _range_side(2)
    + r"(?![\d.,:]\d|[\wæøå])(?!\s*(?:[.]\s*)?(?:dage|dag|days?|uger|uge|weeks?|måneder|måned|months?|år|years?|timer|hours?|kr|dkk|%|personer|people|stk|"
    + r"jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec))"
)
def _clock_range(m: re.Match[str]) -> Atom | None:
    pre = re.sub(r"\s+", " ", (m.group("pre") or "").strip())
    to = re.sub(r"\s+", " ", m.group("to"))
    written = any(m.group(g) for g in ("sep1", "hh1", "sep2", "hh2", "ap1", "ap2"))
    if to in ("and", "og") and pre not in ("between", "mellem"):
        return None
    if to in ("but before", "men før") and pre not in ("efter", "after", "later than"):
        return None
    if not written and not (pre in ("from", "fra", "between", "mellem") and to not in ("-", "–")):
        return None  # "2-3", "fra 9-11" alone are as often counts or dates
    if not written and not _RANGE_END.match(m.string, m.end()):
        return None  # "fra 10 til 15 deltagere" counts people
    h1, h2 = int(m.group("h1")), int(m.group("h2"))
    minute = int(m.group("m1") or 0)
    ap = (m.group("ap1") or m.group("ap2") or "").replace(".", "").replace(" ", "")
    if ap:
        if h1 > 12 or h1 == 0:
            return None
        pm = ap.startswith("p") and not m.group("ap1") and h1 % 12 + 12 > (h2 % 12 + 12) and h2 != 12
        # "11-1pm": the range starts in the morning; "9-11am", "2-4pm" share the suffix.
        if ap.startswith("p") and not pm:
            h1 = h1 % 12 + 12
        else:
            h1 = h1 % 12
        return Atom(m.start(), m.end(), "clock", clock=(h1, minute), h24=True)
    continental = bool(m.group("hh1") or m.group("sep1") == "h")
    fixed = continental or h1 >= 13 or h1 == 0 or m.group("h1").startswith("0") or h2 >= 13
    return Atom(m.start(), m.end(), "clock", clock=(h1, minute), h24=fixed)


# "9:01:10 AM": a clock with seconds and am/pm (the seconds are dropped).
@rule(r"(?<![\d.,:/+])(?P<h>[01]?\d):(?P<m>[0-5]\d):[0-5]\d\s*(?P<ap>a\.?m\.?|p\.?m\.?)" + END, needs=(":",))
def _seconds_ampm(m: re.Match[str]) -> Atom | None:
    return _clock(m, int(m.group("h")), int(m.group("m")), False, m.group("ap").replace(".", ""))


# "efter frokost", "after lunch": 13:00.
@rule(START + r"(?:efter|after)\s+(?:frokost(?:en)?|lunch)" + END, needs=("frokost", "lunch"))
def _after_lunch(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "clock", clock=(13, 0), h24=True)


# "early in the morning", "monday early morning", "tidligt om morgenen": 08:00, before the
# office morning (09:00).
@rule(
    START
    + r"(?:(?:in\s+the\s+)?early\s+hours\s+of\s+the\s+morning|early\s+in\s+the\s+morning|early\s+morning|tidligt\s+om\s+morgenen|tidlig\s+morgen)"
    + END,
    needs=("early", "tidlig"),
)
def _early_morning(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "clock", clock=(8, 0), h24=True, pod="morgen")


# "late in the evening", "sent om aftenen": 21:00 ("late tonight" is a day and a time, in times.py).
@rule(
    START + r"(?:late\s+in\s+the\s+evening|late\s+evening|sent\s+om\s+aftenen|sen\s+aften)" + END,
    needs=("late", "sent", "sen "),
)
def _late_evening(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "clock", clock=(21, 0), h24=True, pod="aften")
