"""Find temporal phrases in Danish and English text and resolve them in the writer's timezone.

Table-driven regexes, one rule per family of phrasing (this module and times_clock,
times_dates, times_holidays, times_zones), build atoms that are grouped into phrases and
resolved in the writer's timezone.  Plain dateparser was measured side by side on the same
cases (bench/bench_times.py) and is no longer on the parse path: it read fewer of the phrases
and costs a third of a second to import.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from .holidays import (
    add_working_days,
    danish_holidays,
    easter_sunday,
    is_working_day,
    next_working_day_on_or_after,
)
from .model import Alternative
from .patterns import word_list

# ---------------------------------------------------------------- vocabularies

WEEKDAYS = {
    "mandag": 0,
    "tirsdag": 1,
    "onsdag": 2,
    "torsdag": 3,
    "fredag": 4,
    "lørdag": 5,
    "søndag": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
}
# Abbreviations that are also ordinary words ("fri" = free, "mon" = I wonder); they only
# count next to a clock time.  "man" (one) and "tor" (a name) are never weekdays.
WEAK_WEEKDAYS = {
    "mon": 0,
    "tirs": 1,
    "ons": 2,
    "tors": 3,
    "fre": 4,
    "fri": 4,
    "lør": 5,
    "sat": 5,
    "søn": 6,
    "sun": 6,
    "man": 0,
}

MONTHS = {
    "januar": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "marts": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "maj": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
MONTH_FULL_EN = [
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

NUMBERS = {
    "en": 1,
    "et": 1,
    "én": 1,
    "ét": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "to": 2,
    "two": 2,
    "tre": 3,
    "three": 3,
    "fire": 4,
    "four": 4,
    "fem": 5,
    "five": 5,
    "seks": 6,
    "six": 6,
    "syv": 7,
    "seven": 7,
    "otte": 8,
    "eight": 8,
    "ni": 9,
    "nine": 9,
    "ti": 10,
    "ten": 10,
    "elleve": 11,
    "eleven": 11,
    "tolv": 12,
    "twelve": 12,
    "fjorten": 14,
    "fourteen": 14,
    "et par": 2,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "a pair of": 2,
    "a few": 3,
    "few": 3,
    "nogle": 3,
    "par": 2,
    "halvanden": 1,
}
UNITS = {
    "arbejdsdage": "workdays",
    "arbejdsdag": "workdays",
    "hverdage": "workdays",
    "working days": "workdays",
    "business days": "workdays",
    "workdays": "workdays",
    "dage": "days",
    "dag": "days",
    "days": "days",
    "day": "days",
    "døgn": "days",
    "uger": "weeks",
    "uge": "weeks",
    "weeks": "weeks",
    "week": "weeks",
    "måneder": "months",
    "måned": "months",
    "months": "months",
    "month": "months",
    "mdr": "months",
    "år": "years",
    "years": "years",
    "year": "years",
    "yrs": "years",
    "yr": "years",
    "kvartaler": "quarters",
    "kvartal": "quarters",
    "quarters": "quarters",
    "quarter": "quarters",
    "qtrs": "quarters",
    "qtr": "quarters",
    "timer": "hours",
    "time": "hours",
    "hours": "hours",
    "hour": "hours",
    "hrs": "hours",
    "minutter": "minutes",
    "minut": "minutes",
    "min": "minutes",
    "minutes": "minutes",
    "minute": "minutes",
    "mins": "minutes",
    "sekunder": "seconds",
    "sekund": "seconds",
    "seconds": "seconds",
    "second": "seconds",
    "secs": "seconds",
    "sec": "seconds",
}
# Parts of the day (DOMAIN.md): morning 09, formiddag 10, noon 12, afternoon 14, evening 19.
PARTS_OF_DAY = {
    "first thing": 9,  # "first thing Monday", as "first thing tomorrow"
    "morgenen": 9,
    "morgen": 9,
    "morning": 9,
    "formiddagen": 10,
    "formiddag": 10,
    "middagstid": 12,
    "middag": 12,
    "noon": 12,
    "midday": 12,
    "lunchtime": 12,
    "lunch": 12,
    "frokosttid": 12,
    "frokost": 12,
    "eftermiddagen": 14,
    "eftermiddag": 14,
    "afternoon": 14,
    "aftenen": 19,
    "aften": 19,
    "evening": 19,
    "night": 19,
}
PM_PARTS = {"eftermiddagen", "eftermiddag", "afternoon", "aftenen", "aften", "evening", "night"}
# Parts of day that are strong on their own (no neighbour needed).
STRONG_PARTS = {"noon", "midday"}

SEASONS = {
    "foråret": 3,
    "forår": 3,
    "spring": 3,
    "sommeren": 6,
    "sommer": 6,
    "summer": 6,
    "efteråret": 9,
    "efterår": 9,
    "autumn": 9,
    "fall": 9,
    "vinteren": 12,
    "vinter": 12,
    "winter": 12,
}


WD_RE = word_list(WEEKDAYS)
WEAK_WD_RE = word_list(WEAK_WEEKDAYS)
MON_RE = word_list(MONTHS)
MON_FULL_RE = word_list([m for m in MONTHS if len(m) > 3] + ["sept"])
# Three-letter months ("primo jan", "early Feb", "mid-oct") are read only after a word that
# places a day in a month, as "mar", "jun" and "dec" alone are too often something else.
MON_ABBR_RE = word_list([m for m in MONTHS if len(m) == 3] + ["sept", "okt", "oct", "dec", "sep"])
NUM_RE = r"\d{1,3}|" + word_list(NUMBERS)
UNIT_RE = word_list(UNITS)
POD_RE = word_list(PARTS_OF_DAY)
SEASON_RE = word_list(SEASONS)
END = r"(?![\wæøå])"
START = r"(?<![\wæøå])"
# Gates (`rule(gate=...)`): what a family of rules cannot match without, found in one cheap scan.
ANY_MONTH = re.compile(START + "(?:" + MON_RE + ")")  # "3. marts", "the first Monday in May"
DIGIT_DOT_DIGIT = re.compile(r"\d\.\d")  # "3.4.27", "d. 3.4"
CLOCK_DIGITS = re.compile(r"\d[:.][0-5]\d")  # "14:30", "kl. 9.15"

# ---------------------------------------------------------------- atoms


@dataclass
class Ctx:
    """The writer's clock: aware local now, its date and the timezone."""

    now: datetime
    today: date
    tz: ZoneInfo


@dataclass
class Atom:
    """One recognised piece of a time phrase (a day, a week, a weekday, a clock time...)."""

    start: int
    end: int
    kind: str  # date | week | weekday | clock | zone | past | vague
    weak: bool = False
    day: Callable[[Ctx], date | None] | None = None
    clock: tuple[int, int] | None = None
    weekday: int = 0
    # For weekdays: coming | next | this | plus_week | this_week (that day of this week,
    # even when past); `weeks` more weeks are added after that.
    mode: str = "coming"
    weeks: int = 0
    pod: str | None = None  # part-of-day word that set the clock (or that a date carries)
    relative_clock: Callable[[Ctx], datetime] | None = None
    absolute: bool = False
    # Clock atoms: the writer fixed the half of the day (am/pm, a 24-hour figure such as 15 or
    # a leading zero such as 08); otherwise an hour from 1 to 6 is read as the afternoon.
    h24: bool = False
    # Date atoms counted in days from today (or from a holiday): a weekend or holiday result
    # moves to the next working day (DOMAIN.md office sense).
    counted: bool = False
    year_given: bool = False
    # A second plausible reading of the day, and why it is plausible ("day/month", ...).
    alt_day: Callable[[Ctx], date | None] | None = None
    alt_reason: str = ""
    zone: tzinfo | None = None  # zone atoms: the zone the clock was given in
    alt_zone: tzinfo | None = None  # its everyday meaning when the writer likely meant local time
    month_day: tuple[int, int] | None = None  # (month, day) of a date written without a year
    dom: int | None = None  # a bare day of the month ("the 15th")
    # Weekday atoms before "after/efter <a day>" ("the Monday after Thanksgiving", "onsdag efter påske"): the first such
    # weekday on or after the day read ("on"), or strictly after it when "after" was only a joining word ("after").
    after_day: str | None = None


@dataclass
class TimeSpan:
    """A resolved (or unresolvable) time phrase in the text.

    `flags` says what is odd about the reading ("past", "weekend", "holiday"); `alternatives`
    holds other plausible readings, each with a short reason ("am/pm", "this/next week").
    """

    start: int
    end: int
    text: str
    due: datetime | None
    all_day: bool
    past: bool = False
    flags: list[str] = field(default_factory=list)
    alternatives: list[Alternative] = field(default_factory=list)
    swallowed: bool = False  # inside a loose phrase that says it ("første hverdag i januar"): not read on its own


def _num(token: str) -> int:
    token = token.strip()
    return int(token) if token.isdigit() else NUMBERS.get(token, 1)


def _clamp_day(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return _clamp_day(index // 12, index % 12 + 1, d.day)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _coming(today: date, weekday: int) -> date:
    """Next such weekday strictly after today (same weekday means a week later)."""
    return today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1)


def _month_start_ahead(today: date, month: int, year: int | None, day: int = 1) -> date:
    if year:
        return _clamp_day(year, month, day)
    candidate = _clamp_day(today.year, month, day)
    if candidate >= today:
        return candidate
    if month == today.month and day == 1:
        return today  # "i marts" said in March: the month is already here
    return _clamp_day(today.year + 1, month, day)


def _absolute(day: int, month_token: str, year: str | None) -> Callable[[Ctx], date | None]:
    month = MONTHS[month_token]

    def resolve(ctx: Ctx) -> date | None:
        if year:
            try:
                return date(int(year), month, day)
            except ValueError:
                return None
        if day > calendar.monthrange(2024, month)[1]:
            return None  # "31 April" does not exist in any year
        if month == 2 and day == 29 and not calendar.isleap(ctx.today.year):
            return None if not calendar.isleap(ctx.today.year + 1) else date(ctx.today.year + 1, 2, 29)
        candidate = date(ctx.today.year, month, day)
        return candidate if candidate >= ctx.today else _clamp_day(ctx.today.year + 1, month, day)

    return resolve


def _numeric(day: int, month: int, year: str | None) -> Callable[[Ctx], date | None]:
    def resolve(ctx: Ctx) -> date | None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        try:
            if year:
                y = int(year)
                return date(y + 2000 if y < 100 else y, month, day)
            candidate = date(ctx.today.year, month, day)
            return candidate if candidate >= ctx.today else date(ctx.today.year + 1, month, day)
        except ValueError:
            return None

    return resolve


def _day_of_month(day: int) -> Callable[[Ctx], date | None]:
    def resolve(ctx: Ctx) -> date | None:
        if not 1 <= day <= 31:
            return None
        if day >= ctx.today.day and day <= calendar.monthrange(ctx.today.year, ctx.today.month)[1]:
            return date(ctx.today.year, ctx.today.month, day)
        nxt = _add_months(ctx.today.replace(day=1), 1)
        return _clamp_day(nxt.year, nxt.month, day)

    return resolve


def _same_day_next_month(day: int) -> Callable[[Ctx], date | None]:
    """The other reading of a day of the month said on that day ("on the 1st" written on the 1st): next month's."""

    def resolve(ctx: Ctx) -> date | None:
        if day != ctx.today.day:
            return None
        nxt = _add_months(ctx.today.replace(day=1), 1)
        return _clamp_day(nxt.year, nxt.month, day)

    return resolve


def _offset(n: int, unit: str) -> tuple[Callable[[Ctx], date | None], Callable[[Ctx], datetime] | None]:
    """How to resolve "in n units": a day, or for hours, minutes and seconds a moment (the day is then unused)."""
    if unit == "seconds":
        return _no_day, lambda ctx: ctx.now + timedelta(seconds=n)
    if unit == "hours":
        return _no_day, lambda ctx: ctx.now + timedelta(hours=n)
    if unit == "minutes":
        return _no_day, lambda ctx: ctx.now + timedelta(minutes=n)
    table: dict[str, Callable[[Ctx], date]] = {
        "days": lambda ctx: ctx.today + timedelta(days=n),
        "workdays": lambda ctx: add_working_days(ctx.today, n),
        "weeks": lambda ctx: ctx.today + timedelta(weeks=n),
        "months": lambda ctx: _add_months(ctx.today, n),
        "quarters": lambda ctx: _add_months(ctx.today, 3 * n),
        "years": lambda ctx: _add_months(ctx.today, 12 * n),
    }
    return table[unit], None


def _no_day(ctx: Ctx) -> date | None:
    return None


def _season(month: int) -> Callable[[Ctx], date]:
    def resolve(ctx: Ctx) -> date:
        start = date(ctx.today.year, month, 1)
        if start <= ctx.today < _add_months(start, 3):
            return ctx.today  # already in that season
        if month == 12 and ctx.today.month <= 2:
            return ctx.today
        return start if start > ctx.today else date(ctx.today.year + 1, month, 1)

    return resolve


def _after_easter(ctx: Ctx) -> date:
    for year in (ctx.today.year, ctx.today.year + 1):
        day = next_working_day_on_or_after(easter_sunday(year) + timedelta(days=2))
        if day >= ctx.today:
            return day
    return ctx.today


def _fixed_yearly(month: int, day: int, next_year_if_past: bool = True) -> Callable[[Ctx], date]:
    def resolve(ctx: Ctx) -> date:
        candidate = date(ctx.today.year, month, day)
        return candidate if candidate >= ctx.today or not next_year_if_past else date(ctx.today.year + 1, month, day)

    return resolve


def _this_friday(ctx: Ctx) -> date:
    friday = _monday(ctx.today) + timedelta(days=4)
    return friday if friday >= ctx.today else friday + timedelta(days=7)


def _weekend(ctx: Ctx) -> date:
    if ctx.today.weekday() >= 5:
        return ctx.today
    return _coming(ctx.today, 5)


def _month_edge(months_ahead: int, last: bool) -> Callable[[Ctx], date]:
    def resolve(ctx: Ctx) -> date:
        first = _add_months(ctx.today.replace(day=1), months_ahead)
        if not last:
            return first
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])

    return resolve


# ---------------------------------------------------------------- recognisers
# Each recogniser is (compiled regex, builder(match) -> Atom | None).

Builder = Callable[[re.Match[str]], Atom | None]


@dataclass
class _Rule:
    """A recogniser: its pattern, its builder and the words that gate it (see `rule`)."""

    source: str
    build: Builder
    needs: tuple[str, ...]
    compiled: re.Pattern[str] | None = None
    gate: re.Pattern[str] | None = None

    def pattern(self) -> re.Pattern[str]:
        if self.compiled is None:
            self.compiled = re.compile(self.source)
        return self.compiled


_RULES: list[_Rule] = []


def rule(
    pattern: str, needs: tuple[str, ...] = (), gate: re.Pattern[str] | None = None
) -> Callable[[Builder], Builder]:
    """Register a recogniser for `pattern` (matched on lower-cased text).

    `needs`: strings of which one must occur in the text for the pattern to be tried at all,
    a cheap gate that keeps rare families from costing every line a regex scan; such a
    pattern is compiled the first time a text passes its gate, not at import.
    `gate`: a pattern that must find something in the text for this one to be tried (searched
    once per text however many rules share it): a family's words without its grammar."""

    def register(fn: Builder) -> Builder:
        _RULES.append(_Rule(pattern, fn, needs, None if needs else re.compile(pattern), gate))
        return fn

    return register


def _date_atom(m: re.Match[str], fn: Callable[[Ctx], date | None], clock=None, absolute=False) -> Atom:
    return Atom(m.start(), m.end(), "date", day=fn, clock=clock, absolute=absolute)


RELATIVE_DAYS: list[tuple[str, int, tuple[int, int] | None, str | None]] = [
    (
        # "COB Thurs", "end of day Friday" is that day: the weekday is read, not today
        r"i\s+dag|today|i\s+løbet\s+af\s+dagen|senere\s+i\s+dag|later\s+today|inden\s+fyraften|"
        # ... and so is "Friday end of day", "fredag EOD": after a weekday it is that day's end, not today's.
        r"(?<!day\s)(?<!day,\s)(?<!dag\s)(?<!dag,\s)(?:end\s+of\s+(?:the\s+)?day|eod|cob|close\s+of\s+business|(?:close|end)\s+of\s+play)(?!\s*(?:on\s+|,\s*)?(?:"
        + WD_RE
        + r"|"
        + WEAK_WD_RE
        + r"|tomorrow|tmrw|tmw|i\s+morgen)\b)",
        0,
        None,
        None,
    ),
    (r"i\s+morgen\s+tidlig|early\s+tomorrow|first\s+thing\s+tomorrow|tomorrow\s+first\s+thing", 1, (9, 0), "morgen"),
    (r"i\s+morgen|tomorrows?", 1, None, None),
    (r"i\s+overmorgen|overmorgen|(?:the\s+)?day\s+after\s+tomorrow", 2, None, None),
    (r"late\s+(?:tonight|tonite|this\s+evening)|sent\s+i\s+aften|i\s+aften\s+sent", 0, (21, 0), "aften"),
    (r"i\s+aften|tonight|tonite|this\s+evening|(?:i\s+dag\s+)?(?:til\s+)?aften(?=\s+kl)", 0, (19, 0), "aften"),
    (r"i\s+eftermiddag|this\s+afternoon", 0, (14, 0), "eftermiddag"),
    (r"i\s+formiddag", 0, (10, 0), "formiddag"),
    (r"this\s+morning|(?:early\s+)?this\s+morning", 0, (9, 0), "morgen"),
]
for _pattern, _days, _hm, _pod in RELATIVE_DAYS:

    def _make(days: int, clock: tuple[int, int] | None, pod: str | None) -> Builder:
        def build(m: re.Match[str]) -> Atom:
            atom = _date_atom(m, lambda ctx: ctx.today + timedelta(days=days), clock)
            atom.pod = pod
            return atom

        return build

    rule(START + f"(?:{_pattern})" + END)(_make(_days, _hm, _pod))


@rule(
    START
    + r"(?:i\s+går|yesterday|i\s+forgårs|i\s+morges|earlier\s+today|(?:last|sidste|forrige)\s+(?:week|uge|month|måned|year|år|"
    + WD_RE
    + r")|i\s+(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)s|(?:"
    + NUM_RE
    + r")\s+(?:dage|days|uger|weeks|måneder|months)\s+(?:siden|ago)|for\s+(?:"
    + NUM_RE
    + r")\s+(?:dage|uger|måneder)\s+siden)"
    + END
)
def _past(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "past")


_WD_POST = (
    r"(?P<post>,?\s+(?:(?:i|of)\s+)?(?:(?P<weekafternext>ugen\s+efter\s+næste|(?:the\s+)?week\s+after\s+next|overnæste\s+uge)|"
    r"(?P<nextweek>næste\s+uge|next\s+week|the\s+following\s+week|ugen\s+efter)|"
    r"(?P<thisweek>denne\s+uge|this\s+week|the\s+current\s+week)|(?P<plus>om\s+en\s+uge|om\s+8\s+dage|week)|"
    r"(?P<igen>igen)|(?P<afternext>after\s+next|efter\s+næste)))?"
)


def _weekday_atom(m: re.Match[str], weekday: int, weak: bool = False) -> Atom:
    mod = m.group("mod")
    mode, alt_reason = "coming", ""
    if mod == "next":
        mode, alt_reason = "next", "this/next week"  # next week's, or the coming one
    elif mod in ("næste", "kommende"):
        alt_reason = "this/next week"  # the coming one, or the one next week
    elif mod in ("this", "denne"):
        mode = "this"
    atom = Atom(m.start(), m.end(), "weekday", weak=weak, weekday=weekday, mode=mode, alt_reason=alt_reason)
    if m.groupdict().get("weekon"):
        atom.mode, atom.alt_reason = "plus_week", ""
    if m.group("post"):
        atom.alt_reason = ""
        if m.group("weekafternext"):
            atom.mode, atom.weeks = "next", 1  # "tirsdag i ugen efter næste": next week's, one week on
        elif m.group("nextweek"):
            atom.mode = "next"
        elif m.group("thisweek"):
            atom.mode = "this_week"
        elif m.group("plus"):
            atom.mode = "plus_week"
        elif m.group("igen") and mod in ("næste", "kommende"):
            atom.weeks = 1  # "næste fredag igen": the Friday after the coming one
        elif m.group("afternext"):
            atom.mode, atom.weeks = "coming", 1
        elif m.group("igen"):
            atom.end = m.start("post")
    return atom


@rule(
    START
    # "a week on Monday" (British) is "Monday week": the weekday a week after the coming one.
    + r"(?:(?P<mod>næste|kommende|next|this|denne|coming|nu|på|on|upcoming)\s+|(?P<weekon>a\s+week\s+on\s+))?(?P<wd>"
    + WD_RE
    + r")\.?"
    + _WD_POST
    + END
)
def _weekday(m: re.Match[str]) -> Atom:
    return _weekday_atom(m, WEEKDAYS[m.group("wd")])


# Abbreviations that are no ordinary word count on their own; the others need a context that
# makes them a day: a preposition or "next" before, an action word just before, a date or a
# clock next to them (the grouping step), or an abbreviation dot before the line ends.
_PLAIN_ABBR = {"tirs", "tors", "fre", "lør", "ons"}
_DAY_CONTEXT = re.compile(
    r"(?:^|[\s,(])(?:på|on|by|til|until|inden|senest|før|before|next|næste|kommende|this|denne|"
    r"ring|ringer|rings|call|calls|mail|mailer|email|e-mail|møde|mødes|mød|meet|igen|tilbage|back|"
    r"op|up|fra|from|from\s+now|send|sender|ses|see|eod|cob|end\s+of\s+day|close\s+of\s+business|(?:close|end)\s+of\s+play)\s*$"
)


_CLAUSE_END_AFTER = re.compile(
    r"\.?\s*(?:$|[,;!?)\n–]|\.(?:\s|$)|(?:and|og|but|men)\s+(?:i|jeg|we|vi|he|han|she|hun|they|de)\b)"
)
_PURPOSE_AFTER = re.compile(r"\.?\s+(?:to|w/|with|about|re|om|med|angående|ang\.)(?![\wæøå])")
_ACTION_SHORTLY_BEFORE = re.compile(
    r"(?<![\wæøå])(?:ring|ringer|call|calls|calling|mail|mailer|mails|emails?|emailing|send|sends|sender|sending|meet|meets"
    r"|mødes|møde|deliver|delivers|leverer|drop(?:s|ping)? off|follow up|følger op|ping|chase"
    r"|drop(?:s|ping)?\s+(?:\w+\s+){0,2}?a\s+line|picks?\s+up|picking\s+up|collects?|henter|try|tries|prøver?)(?:\s+[\wæøå'&-]+){0,4}\s+$"
)


_POD_AFTER = re.compile(r"\s+(?:" + POD_RE + r")(?![\wæøå])")


@rule(
    r"(?<![\wæøå-])(?:(?P<mod>next|næste|on|på|this|denne)\s+)?(?P<wd>" + WEAK_WD_RE + r")(?P<dot>\.)?" + _WD_POST + END
)
def _weak_weekday(m: re.Match[str]) -> Atom | None:
    wd = m.group("wd")
    before = m.string[max(0, m.start() - 24) : m.start()]
    strong = wd in _PLAIN_ABBR or bool(m.group("mod")) or bool(_DAY_CONTEXT.search(before))
    if (
        not strong
        and wd != "man"
        and (_CLAUSE_END_AFTER.match(m.string, m.end()) or _PURPOSE_AFTER.match(m.string, m.end()))
    ):
        # "she emails the form Fri", "I'll send the quote Mon.": an action a few words before, the day closing the clause
        # or followed by what it is about ("emails her Mon to confirm", "drop her a line Mon w/ the dates")
        strong = bool(_ACTION_SHORTLY_BEFORE.search(m.string[max(0, m.start() - 48) : m.start()]))
    # "man. formiddag", "fri morning", "tors eftermiddag": a part of the day right after the short day makes it one.
    pod_after = (wd != "man" or bool(m.group("dot"))) and bool(_POD_AFTER.match(m.string, m.end()))
    if wd == "man":
        if not (m.group("mod") or _DAY_CONTEXT.search(before) or pod_after):
            return None  # "man" is the pronoun unless a day is clearly meant
        strong = bool(m.group("mod"))  # "ringer man kl 10": only next to a clock or a date
    strong = strong or pod_after
    atom = _weekday_atom(m, WEAK_WEEKDAYS[wd], weak=not strong)
    return atom


def _two_digit_year(y: str | None) -> int | None:
    if not y:
        return None
    value = int(y)
    return value + 2000 if value < 100 else value


@rule(
    START
    + r"(?:(?:d\.|den|the|on\s+the)\s*)?(?<![\d.,/])(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th)?\s*(?:of\s+|af\s+)?(?P<mon>"
    + MON_RE
    + r")\.?(?:,?\s+(?P<y>(?:19|20)\d\d)|\s+(?P<yy>\d\d)(?![\d:]|\.\d|\s*(?:kr|dkk|%|stk|x|personer|people|gæster|guests)))?"
    + END
)
def _dmy_name(m: re.Match[str]) -> Atom | None:
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    year = m.group("y") or (str(_two_digit_year(m.group("yy"))) if m.group("yy") else None)
    atom = _date_atom(m, _absolute(day, m.group("mon"), year), absolute=True)
    atom.month_day, atom.year_given = (MONTHS[m.group("mon")], day), bool(year)
    return atom


@rule(
    START
    + r"(?P<mon>"
    + MON_RE
    + r")\.?\s*(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d.:,]\d|\d|\s*(?:kr|dkk|%))(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    + END
)
def _mdy_name(m: re.Match[str]) -> Atom | None:
    day = int(m.group("d"))
    # "they may 2..." is the verb, not the month.
    verb = re.search(r"\b(?:they|we|it|you|i|he|she|who|which|that|there)\s+$", m.string[: m.start()])
    if not 1 <= day <= 31 or (m.group("mon") == "may" and verb):
        return None
    atom = _date_atom(m, _absolute(day, m.group("mon"), m.group("y")), absolute=True)
    atom.month_day, atom.year_given = (MONTHS[m.group("mon")], day), bool(m.group("y"))
    return atom


def _numeric_atom(m: re.Match[str], first: int, second: int, year: str | None) -> Atom | None:
    """A numeric date: day/month (DOMAIN.md), or month/day when only that reading exists."""
    day, month = first, second
    if month > 12 and 1 <= day <= 12:
        day, month = month, day  # "4/25": only month/day makes sense
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    atom = _date_atom(m, _numeric(day, month, year), absolute=True)
    atom.month_day, atom.year_given = (month, day), bool(year)
    if day != month and day <= 12 and (first, second) == (day, month):
        atom.alt_day, atom.alt_reason = _numeric(month, day, year), "day/month"
    return atom


@rule(
    r"(?:(?<![\wæøå])(?:d\.|den|on)\s*)?(?<![\d.,/])(?P<d>[0-3]?\d)\s?/\s?(?P<m>[0-3]?\d)(?:[-/.](?P<y>(?:19|20)?\d\d))?(?![\d/])",
    needs=("/",),
)
def _slash_date(m: re.Match[str]) -> Atom | None:
    day, month = int(m.group("d")), int(m.group("m"))
    if (day, month) == (24, 7):
        return None  # "24/7" means always
    return _numeric_atom(m, day, month, m.group("y"))


@rule(
    r"(?:(?<![\wæøå])(?:d\.|den)\s*)?(?<![\d.,])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:20)?\d\d)(?!\d)|(?<![\wæøå])(?:d\.|den)\s*(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.?(?![\d])",
    gate=DIGIT_DOT_DIGIT,
)
def _dot_date(m: re.Match[str]) -> Atom | None:
    if m.group("d"):
        return _numeric_atom(m, int(m.group("d")), int(m.group("m")), m.group("y"))
    return _numeric_atom(m, int(m.group("d2")), int(m.group("m2")), None)


@rule(START + r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)" + END)
def _iso_date(m: re.Match[str]) -> Atom | None:
    day, month = int(m.group("d")), int(m.group("m"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    atom = _date_atom(m, _numeric(day, month, m.group("y")), absolute=True)
    atom.month_day, atom.year_given = (month, day), True
    return atom


# A weekday or a date next to an English ordinal figure ("Thu 15th") makes it a day of the month.
@rule(r"(?<=[a-z.,] )(?P<d>[0-3]?\d)(?:st|nd|rd|th)(?![\wæøå])")
def _bare_ordinal_day(m: re.Match[str]) -> Atom | None:
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    atom = _date_atom(m, _day_of_month(day), absolute=True)
    atom.dom, atom.weak = day, True
    atom.alt_day, atom.alt_reason = _same_day_next_month(day), "today/next month"
    return atom


# A weekday with only a year ("lazarus saturday 2018") cannot be read: reported, not guessed.
@rule(START + r"(?P<wd>" + WD_RE + r")\s+(?:19|20)\d\d" + END)
def _weekday_year(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "date", day=lambda ctx: None)


@rule(
    START
    + r"(?:(?:på\s+)?(?:on\s+the|by\s+the|the|d\.|den)\s*)(?P<d>[0-3]?\d)(?:st|nd|rd|th|\.)?(?!\s*(?:\d|%|kr|dkk|stk|x\b|gange|times|pct|procent|personer|people|[a-zæøå]+\s+(?:kr|dkk)))(?![\w/.,:]\d|\w)"
)
def _day_of_month_rule(m: re.Match[str]) -> Atom | None:
    day = int(m.group("d"))
    if not 1 <= day <= 31:
        return None
    atom = _date_atom(m, _day_of_month(day), absolute=True)
    atom.dom = day
    # Said on that very day it is today, and next month's is offered: the writer may mean either.
    atom.alt_day, atom.alt_reason = _same_day_next_month(day), "today/next month"
    # "the 24" / "den 15" without a suffix is weaker than "the 24th" / "den 15.".
    atom.weak = not re.search(r"(?:st|nd|rd|th|\.)$", m.group(0)) and not re.match(
        r"\s*(?:$|[,;!?)]|\.\s|\.$)", m.string[m.end() :]
    )
    return atom


# A month shortened after a word that places a time in it: "kontrakt underskrives i sep.", "in Sept.", "inden okt.",
# "by Dec"; a shortening that is also a first name or a word ("Jan", "mar") needs its full stop, and "jul." is
# Christmas ("før jul.").
@rule(
    START
    + r"(?P<pre>i|in|by|until|inden|før|before|efter|after|during)\s*"
    + r"(?P<mon>sept|sep|okt|oct|aug|nov|dec|feb|jan(?=\.)|mar(?=\.)|apr(?=\.)|jun(?=\.))\b\.?(?:\s+(?P<y>20\d\d))?"
    + END
    + r"(?!\s*\d)"
)
@rule(
    START
    + r"(?P<pre>i\s+løbet\s+af|i|in|til|by|until|inden|før|before|efter|after|fra|from|primo|medio|ultimo|starten\s+af|start\s+af|slutningen\s+af|udgangen\s+af|end\s+of|start\s+of|beginning\s+of|begyndelsen\s+af|early|mid-?|late|midt\s+i|sidst\s+i|først\s+i|during)\s*(?P<mon>"
    + MON_FULL_RE
    + r")(?:\s+(?P<y>20\d\d))?"
    + END
    + r"(?!\s*\d)"
)
@rule(
    START
    + r"(?P<pre>primo|medio|ultimo|starten\s+af|start\s+af|slutningen\s+af|udgangen\s+af|end\s+of|start\s+of|beginning\s+of|begyndelsen\s+af|early|mid-?|late|midt\s+i|sidst\s+i|først\s+i)\s*(?P<mon>"
    + MON_ABBR_RE
    + r")\.?(?:\s+(?P<y>20\d\d))?"
    + END
    + r"(?!\s*\d)"
)
# "maj"/"may" are three letters but full names: read after a word that places a time in a month ("i maj", "in May",
# "by May"); not after "til", where "ringer til Maj" is the name.
@rule(
    START
    + r"(?P<pre>i\s+løbet\s+af|i|in|by|until|inden|før|before|efter|after|during)\s*(?P<mon>maj|may)(?:\s+(?P<y>20\d\d))?"
    + END
    + r"(?!\s*\d)"
)
def _month_alone(m: re.Match[str]) -> Atom:
    pre = re.sub(r"\s+", " ", m.group("pre"))
    month = MONTHS[m.group("mon")]
    year = int(m.group("y")) if m.group("y") else None
    if pre in ("ultimo", "slutningen af", "udgangen af", "end of", "late", "sidst i"):

        def resolve(ctx: Ctx) -> date:
            first = _month_start_ahead(ctx.today, month, year, 1)
            return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    elif pre in ("medio", "mid", "mid-", "midt i"):

        def resolve(ctx: Ctx) -> date:
            return _month_start_ahead(ctx.today, month, year, 15)
    elif pre in ("efter", "after"):

        def resolve(ctx: Ctx) -> date:
            return _add_months(_month_start_ahead(ctx.today, month, year, 1), 1)
    else:

        def resolve(ctx: Ctx) -> date:
            return _month_start_ahead(ctx.today, month, year, 1)

    return _date_atom(m, resolve)


# An English season before a noun names a thing, not a time: "the summer reading prizes", "for the winter
# coat drive", "the spring fair". A season followed by a word that can follow a time ("this summer we ...",
# "in the spring, call", "summer 2027", "the summer holidays") is still read.
_SEASON_BEFORE_NOUN = re.compile(
    r"\s+(?!(?:we|they|he|she|i|you|it|then|and|or|but|so|if|when|is|are|was|will|would|should|could|can|to|of|at"
    r"|in|on|for|by|with|from|after|before|until|term|season|holidays?|break|vacation|months?|period|time|again)\b)"
    r"[a-z]{3,}\b"
)
_ENGLISH_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
# Somewhere near a season: "nearer the summer", "closer to the spring", "tættere på sommeren".
_NEAR_BEFORE = re.compile(r"(?<![\wæøå])(?:nearer|closer\s+to|near|towards?|tættere\s+på|nærmere|hen\s+mod)\s+$")


@rule(
    START
    + r"(?:(?:til|i|in|the|this|next|næste|om|by|inden|før|before|until|early|først\s+på|sidst\s+på|denne|den\s+her|current|kommende|coming)\s+)+(?P<s>"
    + SEASON_RE
    + r")"
    + END
)
def _season_rule(m: re.Match[str]) -> Atom | None:
    if m.group("s") in _ENGLISH_SEASONS and _SEASON_BEFORE_NOUN.match(m.string, m.end()):
        return None
    if _NEAR_BEFORE.search(m.string, max(0, m.start() - 16), m.start()):
        return Atom(m.start(), m.end(), "date", day=lambda ctx: None)  # "nearer the summer": no one day, said
    return _date_atom(m, _season(SEASONS[m.group("s")]))


def _after_new_year(ctx: Ctx) -> date:
    return date(ctx.today.year + (0 if ctx.today == date(ctx.today.year, 1, 1) else 1), 1, 2)


# Named periods: (pattern, day resolver, counted).  Conventions: tests/corpus/README.md.
PERIODS: list[tuple[str, Callable[[Ctx], date], bool]] = [
    (r"efter\s+sommerferien|after\s+the\s+summer\s+(?:holidays?|break|vacation)", _fixed_yearly(8, 1), True),
    (r"efter\s+påske(?:n)?|after\s+easter", _after_easter, True),
    (
        r"efter\s+(?:jul(?:en)?|nytår(?:et)?)|after\s+(?:christmas|xmas|the\s+new\s+year|new\s+year'?s?)|i\s+det\s+nye\s+år|in\s+the\s+new\s+year",
        _after_new_year,
        True,
    ),
    (r"(?:før|inden)\s+jul(?:en)?|before\s+(?:christmas|xmas)", _fixed_yearly(12, 23), False),
    (r"(?:før|inden)\s+nytår|before\s+(?:the\s+)?new\s+year", _fixed_yearly(12, 30), False),
    (
        r"(?:(?:i\s+)?(?:slutningen|udgangen)\s+af|sidst\s+i|sidst\s+på|ultimo|by\s+the\s+end\s+of|(?:at\s+)?the\s+end\s+of|end\s+of)\s+(?:næste|next)\s+uge|(?:by\s+(?:the\s+)?|at\s+the\s+)?end\s+of\s+next\s+week",
        lambda ctx: _monday(ctx.today) + timedelta(days=11),
        False,
    ),
    (
        r"(?:i\s+)?(?:starten|begyndelsen)\s+af\s+næste\s+uge|først\s+i\s+næste\s+uge|primo\s+næste\s+uge|(?:early|start\s+of|beginning\s+of)\s+next\s+week",
        lambda ctx: _monday(ctx.today) + timedelta(days=7),
        False,
    ),
    (
        r"(?:i\s+)?(?:slutningen|udgangen)\s+af\s+ugen|sidst\s+på\s+ugen|ultimo\s+ugen|inden\s+weekenden|before\s+the\s+weekend|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:(?:the|this)\s+)?week(?!\s*\d)|i\s+løbet\s+af\s+ugen|senere\s+på\s+ugen|later\s+this\s+week|(?:i\s+)?denne\s+uge|this\s+week",
        _this_friday,
        False,
    ),
    (
        r"(?:i\s+)?weekenden|(?:i\s+)?denne\s+weekend|den\s+her\s+weekend|this\s+week-?end|over\s+the\s+weekend|(?:at\s+)?the\s+weekend",
        _weekend,
        False,
    ),
    (r"efter\s+weekenden|after\s+the\s+weekend", lambda ctx: _coming(ctx.today, 0), False),
    (r"(?:i\s+)?(?:næste|kommende)\s+måned|next\s+month", _month_edge(1, last=False), False),
    (
        r"(?:i\s+)?(?:slutningen|udgangen)\s+af\s+(?:måneden|denne\s+måned)|sidst\s+(?:på|i)\s+(?:måneden|denne\s+måned)|ultimo\s+(?:måneden|denne\s+måned)|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the|this)\s+month|late\s+this\s+month|month[- ]end",
        _month_edge(0, last=True),
        False,
    ),
    # The edges and middle of next month (README: primo/medio/ultimo are the 1st, 15th and last day): "ultimo næste
    # måned", "sidst i næste måned", "late next month"; "medio næste måned", "midt i næste måned", "mid next month".
    (
        r"(?:(?:i\s+)?(?:slutningen|udgangen)\s+af|end\s+of|ultimo|sidst\s+i|late)\s+(?:næste\s+måned|next\s+month)",
        _month_edge(1, last=True),
        False,
    ),
    (
        r"(?:medio|midt\s+i|mid-?|(?:in\s+the\s+)?middle\s+of)\s*(?:næste\s+måned|next\s+month)",
        lambda ctx: _add_months(ctx.today.replace(day=1), 1).replace(day=15),
        False,
    ),
    (r"(?:til\s+|i\s+)?næste\s+år|next\s+(?:year|yr)", lambda ctx: date(ctx.today.year + 1, 1, 1), False),
    (
        r"(?:in\s+a|om\s+(?:en|14|fjorten))\s+(?:fortnight|dage)|in\s+a\s+fortnight|(?:a|one)\s+fortnight\s+(?:hence|from\s+now|from\s+today)",
        lambda ctx: ctx.today + timedelta(days=14),
        True,
    ),
]
for _pattern, _fn, _counted in PERIODS:

    def _make_period(fn: Callable[[Ctx], date], counted: bool) -> Builder:
        def build(m: re.Match[str]) -> Atom:
            atom = _date_atom(m, fn)
            atom.counted = counted
            return atom

        return build

    rule(START + f"(?:{_pattern})" + END)(_make_period(_fn, _counted))


# "midt i næste uge", "mid next week": a middle the conventions do not settle (VAGUE_TIME reports it).
@rule(
    START
    + r"(?<!midt\s)(?<!midt\si\s)(?<!midt\spå\s)(?<!mid-)(?<!mid\s)(?<!middle\sof\s)"
    + r"(?:(?:i\s+)?(?:næste|kommende)\s+uge|next\s+week|(?:i\s+)?ugen\s+efter|the\s+week\s+after)"
    + END
)
def _next_week(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "week", day=lambda ctx: _monday(ctx.today) + timedelta(days=7))


@rule(START + r"(?:(?:the\s+)?week\s+after\s+next|(?:i\s+)?ugen\s+efter\s+næste|(?:i\s+)?overnæste\s+uge)" + END)
def _week_after_next(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "week", day=lambda ctx: _monday(ctx.today) + timedelta(days=14))


@rule(START + r"(?:i\s+|in\s+)?(?:uge|week|wk)\.?\s*(?P<w>[1-5]?\d)(?!\d)(?:\s+(?P<y>20\d\d))?" + END)
def _week_number(m: re.Match[str]) -> Atom | None:
    week = int(m.group("w"))
    if not 1 <= week <= 53:
        return None
    year = int(m.group("y")) if m.group("y") else None

    def resolve(ctx: Ctx) -> date | None:
        for y in [year] if year else [ctx.today.year, ctx.today.year + 1]:
            try:
                monday = date.fromisocalendar(y, week, 1)
            except ValueError:
                continue
            if year or monday + timedelta(days=6) >= ctx.today:
                return monday
        return None

    return Atom(m.start(), m.end(), "week", day=resolve)


_HALF = r"(?:\s+og\s+en\s+halv|\s+and\s+an?\s+half|[.,]5)?"


@rule(
    START
    + r"(?:om|in|inden\s+for|indenfor|within|efter|after)\s+(?:ca\.?\s+|cirka\s+|about\s+|approx\.?\s+|omkring\s+|around\s+|de\s+næste\s+|the\s+next\s+)?(?P<n>"
    + NUM_RE
    + r")(?P<half>"
    + _HALF
    + r")(?:\s*(?:-|til|to|or|eller)\s*(?P<n2>"
    + NUM_RE
    + r"))?(?:\s+(?:more|mere))?(?:\s+(?P<unit>"
    + UNIT_RE
    + r")(?:s\s+tid)?|(?<=\d)\s?(?P<short>t|h))(?:\s+mere|\s+more)?"  # "om en uges tid": in about a week
    + END
)
def _offset_rule(m: re.Match[str]) -> Atom | None:
    # A range ("om 2-3 dage") resolves to its earlier bound (DOMAIN.md).
    n = _num(m.group("n"))
    kind = UNITS[m.group("unit")] if m.group("unit") else "hours"
    if m.group("half") and kind == "hours":
        return Atom(m.start(), m.end(), "date", relative_clock=lambda ctx: ctx.now + timedelta(minutes=60 * n + 30))
    day_fn, clock_fn = _offset(n, kind)
    if clock_fn:
        return Atom(m.start(), m.end(), "date", relative_clock=clock_fn)
    atom = _date_atom(m, day_fn)
    atom.counted = kind in ("days", "weeks", "months", "quarters", "years")
    return atom


@rule(
    START
    + r"(?:om|in)\s+(?:ca\.?\s+|cirka\s+|about\s+)?(?:(?P<half>en\s+halv\s+time|half\s+an\s+hour|a\s+half\s+hour)|(?P<quarter>et\s+kvarter|a\s+quarter\s+of\s+an\s+hour|a\s+quarter\s+hour)|(?P<few>(?:a\s+)?(?:couple\s+(?:of\s+)?|few\s+)hours|et\s+par\s+timer|nogle\s+timer))"
    + END
)
def _short_offset(m: re.Match[str]) -> Atom:
    minutes = (
        30 if m.group("half") else 15 if m.group("quarter") else 120 if re.search(r"couple|par", m.group(0)) else 180
    )
    return Atom(m.start(), m.end(), "date", relative_clock=lambda ctx: ctx.now + timedelta(minutes=minutes))


@rule(
    START
    + r"(?P<n>"
    + NUM_RE
    + r")(?:\s*-\s*(?P<n2>\d+))?\s+(?P<unit>"
    + UNIT_RE
    + r")\s+(?:from\s+(?:right\s+)?now|fra\s+nu|herfra|hence|from\s+today|fra\s+i\s+dag)"
    + END
)
def _offset_from_now(m: re.Match[str]) -> Atom:
    kind = UNITS[re.sub(r"\s+", " ", m.group("unit"))]
    day_fn, clock_fn = _offset(_num(m.group("n")), kind)
    if clock_fn:
        return Atom(m.start(), m.end(), "date", relative_clock=clock_fn)
    atom = _date_atom(m, day_fn)
    atom.counted = kind in ("days", "weeks", "months", "quarters", "years")
    return atom


# "the next 3 days", "de næste 3 uger", "upcoming 2 months", "2 upcoming weeks": a stretch of
# time from now, due by its end (as "within 3 days"); counted days move off closed days.
@rule(
    START
    + r"(?:(?:(?:the|de)\s+)?(?:next|upcoming|coming|næste|kommende)\s+(?P<n>"
    + NUM_RE
    + r")\s+(?:upcoming\s+)?(?P<unit>"
    + UNIT_RE
    + r")|(?P<n2>"
    + NUM_RE
    + r")\s+upcoming\s+(?P<unit2>"
    + UNIT_RE
    + r"))"
    + END,
    needs=("next", "upcoming", "coming", "næste", "kommende"),
)
def _upcoming(m: re.Match[str]) -> Atom | None:
    n = _num(m.group("n") or m.group("n2"))
    kind = UNITS[m.group("unit") or m.group("unit2")]
    day_fn, clock_fn = _offset(n, kind)
    if clock_fn:
        return Atom(m.start(), m.end(), "date", relative_clock=clock_fn)
    atom = _date_atom(m, day_fn)
    atom.counted = kind in ("days", "weeks", "months", "quarters", "years")
    return atom


def _hour(h: str, minute: str | None) -> tuple[int, int] | None:
    hh, mm = int(h), int(minute) if minute else 0
    if hh == 24 and mm == 0:
        hh = 0
    return (hh, mm) if 0 <= hh <= 23 and 0 <= mm <= 59 else None


def is_h24(h: str) -> bool:
    """True when an hour figure fixes the half of the day: 0, 13-23, or a leading zero ("08")."""
    return (len(h) == 2 and h[0] == "0") or int(h) >= 13 or int(h) == 0


def clock_atom(m: re.Match[str], clock: tuple[int, int] | None, h24: bool) -> Atom | None:
    """A clock atom, or None for an impossible time."""
    if clock is None:
        return None
    return Atom(m.start(), m.end(), "clock", clock=clock, h24=h24 or clock[0] >= 13 or clock[0] == 0)


# "Thursday 3-ish", "tomorrow 10ish", "fredag 14-ish": an hour made loose is still that hour (the afternoon rule applies).
@rule(START + r"(?P<h>\d{1,2})(?:[.:](?P<m>[0-5]\d))?-?ish" + END, needs=("ish",))
def _hour_ish(m: re.Match[str]) -> Atom | None:
    return clock_atom(m, _hour(m.group("h"), m.group("m")), is_h24(m.group("h")))


@rule(
    START
    + r"(?:ca\.?\s+|cirka\s+|omkring\s+|efter\s+|senest\s+|inden\s+|indtil\s+|før\s+|fra\s+)?(?:kl\.?|klokken|klok\.?)\s*(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?(?:\s*(?:-|til)\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d.,]\d)(?!\s*(?:kr|dkk|%))"
)
def _kl(m: re.Match[str]) -> Atom | None:
    return clock_atom(m, _hour(m.group("h"), m.group("m")), is_h24(m.group("h")))


_AP = r"(?P<ap>a\.?\s?m\.?|p\.?\s?m\.?|(?<=\d)[ap]\.?(?![\w]))"


@rule(
    START
    + r"(?:at\s+|@\s*|ca\.?\s+|around\s+|about\s+|at\s+about\s+|by\s+|from\s+|for\s+)?(?P<h>\d{1,2})(?:[.:](?P<m>\d{2})|(?P<m2>[0-5]\d)(?=\s*(?:a|p)))?(?:ish)?\s*(?:o'?\s?clock\s*)?"
    + _AP
    + r"(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?)?(?:\s+approximately)?"
)
def _ampm(m: re.Match[str]) -> Atom | None:
    clock = _hour(m.group("h"), m.group("m") or m.group("m2"))
    if not clock or clock[0] > 12 or clock[0] == 0:
        return None
    # "5a" is a house number and "4p" a page; a bare letter needs minutes or "at" before it.
    if len(m.group("ap").rstrip(".")) == 1 and not (m.group("m") or re.match(r"at|@", m.group(0))):
        return None
    hh = clock[0] % 12 + (12 if m.group("ap").startswith("p") else 0)
    return Atom(m.start(), m.end(), "clock", clock=(hh, clock[1]), h24=True)


@rule(
    r"(?<![\d.,:/+])(?:(?:at|@|by|from|fra|efter|ca\.?)\s*)?(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<m>[0-5]\d)(?::[0-5]\d)?(?:\s*-\s*\d{1,2}(?:[.:]\d{2})?)?(?![\d])(?![.,]\d)(?!\s*(?:kr|dkk|mio|%|eur|usd))",
    gate=CLOCK_DIGITS,
)
def _hhmm(m: re.Match[str]) -> Atom | None:
    return clock_atom(m, _hour(m.group("h"), m.group("m")), is_h24(m.group("h")))


@rule(
    START
    + r"(?:at|@)\s*(?P<h>\d{1,2})(?![\d/]|[.,:]\d|\s*(?:kr|dkk|%|am|pm|a\.m|p\.m))(?=\s*(?:$|[,.;:!?)]|-(?![^\W\d_])|(?:on|tomorrow|today|to|and|for|with|if|next|this|sharp|o'clock|in|tonight|about|re|regarding|ang|vedr|cet|cest|gmt|bst|utc|est|edt|pst|pdt|cst|ist)\b))"
)
def _at_hour(m: re.Match[str]) -> Atom | None:
    hh = int(m.group("h"))
    if not 0 <= hh <= 23:
        return None
    return Atom(m.start(), m.end(), "clock", clock=(hh, 0), h24=is_h24(m.group("h")))


@rule(
    START
    + r"(?:between|mellem)\s+(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*(?:and|og|-)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*(?P<ap>am|pm))?"
    + END
)
def _between(m: re.Match[str]) -> Atom | None:
    clock = _hour(m.group("h"), m.group("m"))
    if not clock:
        return None
    if m.group("ap") == "pm" and clock[0] < 12:
        return Atom(m.start(), m.end(), "clock", clock=(clock[0] + 12, clock[1]), h24=True)
    return clock_atom(m, clock, is_h24(m.group("h")) or m.group("ap") == "am")


# "Thurs around 3", "tomorrow about 10", "fredag omkring 14": an approximate bare hour right after a day word is
# that day's hour (the afternoon rule applies), and so is one right before it ("around 3 on Friday", "round 3
# tomorrow", "omkring 14 på fredag"); without a day word beside it ("about 20") it stays a count. A bare hour after
# "after"/"efter" beside a day word ("tomorrow after 2", "fredag efter 10") is read the same way, as "after 2pm" is.
_DAY_BEFORE_APPROX = re.compile(
    r"(?<![\wæøå])(?:" + WD_RE + r"|" + WEAK_WD_RE + r"|tomorrow|tmrw|today|i\s+morgen|i\s+dag"
    # ... or a part of the day: "tonight around 8", "Wed evening about 7", "i aften omkring 8", "fredag formiddag ca. 10".
    r"|tonight|morning|afternoon|evening|aften|eftermiddag|formiddag)\.?\s+$"
)
_DAY_AFTER_APPROX = re.compile(
    r"\s+(?:on\s+|på\s+)?(?:" + WD_RE + r"|" + WEAK_WD_RE + r"|tomorrow|tmrw|today|i\s+morgen|i\s+dag)(?![\wæøå])"
)


@rule(
    START
    + r"(?:around|round|about|roughly|omkring|cirka|ca\.|after|efter|ved)\s*(?P<h>\d{1,2})"
    # ... and nothing counted after it ("ca. 3 timer", "about 20 books"): an end, a day word or a joining word.
    + r"(?=\s*(?:$|[,;:!?)]|\.(?:\s|$)|[–-](?!\d))|\s+(?:on|på|i|tomorrow|tmrw|today|and|og|to|til|for|with|med|om|re|ang"
    + r"|vedr|if|hvis|sharp|præcis|"
    + WD_RE
    + r"|"
    + WEAK_WD_RE
    + r")(?![\wæøå]))",
    needs=("around", "round", "about", "roughly", "omkring", "cirka", "ca.", "after", "efter", "ved"),
)
def _day_approx_hour(m: re.Match[str]) -> Atom | None:
    hh = int(m.group("h"))
    if not 0 <= hh <= 23:
        return None
    if not (
        _DAY_BEFORE_APPROX.search(m.string[max(0, m.start() - 16) : m.start()])
        or _DAY_AFTER_APPROX.match(m.string, m.end())
    ):
        return None
    return Atom(m.start(), m.end(), "clock", clock=(hh, 0), h24=is_h24(m.group("h")))


# "Mon pm", "tmrw am", "fri a.m.": am/pm right after a day word is the morning or the afternoon of that day.
_DAY_BEFORE_AMPM = re.compile(
    r"(?<![\wæøå])(?:" + WD_RE + r"|" + WEAK_WD_RE + r"|tomorrow|today|i\s+morgen|i\s+dag)\.?\s+$"
)


@rule(START + r"(?P<ap>am|pm|a\.m\.|p\.m\.)(?![\wæøå])", needs=("am", "pm", "a.m", "p.m"))
def _day_ampm(m: re.Match[str]) -> Atom | None:
    if not _DAY_BEFORE_AMPM.search(m.string[max(0, m.start() - 16) : m.start()]):
        return None
    pod = "morning" if m.group("ap").startswith("a") else "afternoon"
    return Atom(m.start(), m.end(), "clock", weak=False, clock=(PARTS_OF_DAY[pod], 0), pod=pod)


@rule(START + r"(?P<pre>om\s+|in\s+the\s+|at\s+|ved\s+|til\s+|by\s+)?(?P<pod>" + POD_RE + r")(?:ish)?" + END)
def _part_of_day(m: re.Match[str]) -> Atom:
    pod = m.group("pod")
    strong = bool(m.group("pre")) or pod in STRONG_PARTS
    if pod in ("lunch", "frokost", "middag", "night") and not m.group("pre"):
        strong = False
    return Atom(m.start(), m.end(), "clock", weak=not strong, clock=(PARTS_OF_DAY[pod], 0), pod=pod)


# ---------------------------------------------------------------- grouping and resolution

# What may sit between two atoms of one phrase ("torsdag kl. 10", "kl. 10 på torsdag").
_GAP = re.compile(
    r"^[\s,(]*(?:(?:kl\.?|klokken|at|@|on|på|om|den|d\.|the|i|in|-|ved|ca\.?|cirka|omkring|around|"
    r"efter|after|from|fra|senest|inden|before|by|til|until|mellem|between|of|for|præcis|sharp|"
    r"approximately|about)[\s,()]*)*$"
)
_FAR_GAP = re.compile(
    r"^(?:\s+(?!(?:og|and|men|but|then|så|eller|or|ellers|otherwise|hvis|if)\b)[\wæøå'&.-]+(?<!\.)){1,5}\s*$"
)
EVENING_PARTS = {"aftenen", "aften", "evening", "night", "tonight", "nat", "natten"}
MORNING_PARTS = {"morgenen", "morgen", "morning", "formiddagen", "formiddag", "early"}
_DAY_KINDS = {"date", "week"}


def _select(low: str) -> list[Atom]:
    candidates: list[Atom] = []
    gates: dict[int, bool] = {}
    for recogniser in _RULES:
        if recogniser.needs and not any(word in low for word in recogniser.needs):
            continue
        gate = recogniser.gate
        if gate is not None:
            if id(gate) not in gates:
                gates[id(gate)] = gate.search(low) is not None
            if not gates[id(gate)]:
                continue
        for m in recogniser.pattern().finditer(low):
            if m.end() == m.start():
                continue
            atom = recogniser.build(m)
            if atom is not None:
                candidates.append(atom)
    # Longest match wins; ties go to the earlier rule (they were appended first).
    candidates.sort(key=lambda a: (-(a.end - a.start), a.start))
    chosen: list[Atom] = []
    taken = bytearray(len(low) + 1)
    for atom in candidates:
        if any(taken[atom.start : atom.end]):
            continue
        taken[atom.start : atom.end] = b"\x01" * (atom.end - atom.start)
        chosen.append(atom)
    chosen.sort(key=lambda a: a.start)
    return chosen


def by_kind_pod(group: list[Atom]) -> str | None:
    """Return the part-of-day word of the group's clock atom, if any."""
    clocks = [a for a in group if a.kind == "clock"]
    return clocks[0].pod if clocks else None


_AFTER_WORD = re.compile(r"(?<![\wæøå])(?:efter|after)\b")


def _groups(atoms: list[Atom], low: str) -> list[list[Atom]]:
    groups: list[list[Atom]] = []
    for atom in atoms:
        if groups:
            last = groups[-1]
            kinds = {a.kind for a in last}
            joinable = _GAP.match(low[last[-1].end : atom.start]) is not None or (
                # "Møde i morgen med Lars fra Coop kl. 13": a day and its clock a few words apart in one clause
                atom.kind == "clock"
                and not atom.weak
                and "clock" not in kinds
                and bool(kinds & {"date", "weekday"})
                and _FAR_GAP.match(low[last[-1].end : atom.start]) is not None
            )
            pod_pair = atom.kind == "clock" and "clock" in kinds and ((atom.pod is None) != (by_kind_pod(last) is None))
            # A clock beside a past day ("kl 9 i morges", "i går kl. 14", "at 3 yesterday") is when something happened:
            # one past phrase, never a clock read for tomorrow.
            if (
                _GAP.match(low[last[-1].end : atom.start]) is not None
                and {atom.kind} | kinds == {"clock", "past"}
                and (atom.kind == "past" or len(last) == 1)
            ):
                last.append(atom)
                continue
            clash = (
                (atom.kind in kinds and not pod_pair)
                or (atom.kind in _DAY_KINDS and kinds & _DAY_KINDS)
                or (atom.kind in ("past", "vague") or kinds & {"past", "vague"})
            )
            if atom.kind == "zone" and last[-1].kind != "clock":
                clash = True
            if joinable and not clash:
                if atom.kind == "date" and last[-1].kind == "weekday":
                    between, inside = low[last[-1].end : atom.start], low[atom.start : atom.end]
                    if _AFTER_WORD.search(between):
                        last[-1].after_day = "after"
                    elif _AFTER_WORD.match(inside):
                        last[-1].after_day = "on"
                last.append(atom)
                continue
        groups.append([atom])
    return groups


def _weekday_date(atom: Atom, ctx: Ctx, week: date | None, mode: str | None = None) -> date:
    mode = mode or atom.mode
    if week is not None:
        return week + timedelta(days=atom.weekday)
    if mode == "next":
        day = _monday(ctx.today) + timedelta(days=7 + atom.weekday)
    elif mode == "this":
        same_week = _monday(ctx.today) + timedelta(days=atom.weekday)
        day = same_week if same_week >= ctx.today else _coming(ctx.today, atom.weekday)
    elif mode == "this_week":
        day = _monday(ctx.today) + timedelta(days=atom.weekday)
    elif mode == "plus_week":
        day = _coming(ctx.today, atom.weekday) + timedelta(days=7)
    else:
        day = _coming(ctx.today, atom.weekday)
    return day + timedelta(weeks=atom.weeks)


def _alt_week_mode(atom: Atom) -> str | None:
    """The other reading of "next <weekday>" (this week's or next week's), if there is one."""
    if atom.mode == "next" and atom.weeks == 0 and atom.alt_reason == "this/next week":
        return "coming"
    if atom.mode == "coming" and getattr(atom, "alt_reason", "") == "this/next week":
        return "next"
    return None


def _reconcile(day: date, weekday: Atom, date_atom: Atom, flip: str | None) -> date:
    """A weekday named with a date: find the date on which both hold (Duckling's reading)."""
    if day.weekday() == weekday.weekday:
        return day
    if flip == "weekday":
        if date_atom.year_given:
            return _monday(day) + timedelta(days=weekday.weekday)
        return day
    if date_atom.month_day and not date_atom.year_given:
        month, dom = date_atom.month_day
        for year in range(day.year, day.year + 12):
            try:
                candidate = date(year, month, dom)
            except ValueError:
                continue
            if candidate >= day and candidate.weekday() == weekday.weekday:
                return candidate
    if date_atom.dom and not date_atom.year_given:
        first = day.replace(day=1)
        for months in range(0, 25):
            start = _add_months(first, months)
            if date_atom.dom > calendar.monthrange(start.year, start.month)[1]:
                continue
            candidate = start.replace(day=date_atom.dom)
            if candidate >= day and candidate.weekday() == weekday.weekday:
                return candidate
    return day


def local_datetime(day: date, hh: int, mm: int, tz: tzinfo) -> datetime:
    """Return an aware local time; a wall time skipped by DST moves forward by the gap."""
    if hh >= 24:
        day, hh = day + timedelta(days=hh // 24), hh % 24
    aware = datetime(day.year, day.month, day.day, hh, mm, tzinfo=tz)
    return aware.astimezone(UTC).astimezone(tz)


def _clock(
    group: list[Atom], clock_atom: Atom | None, date_atom: Atom | None, flip: str | None
) -> tuple[tuple[int, int] | None, bool]:
    """The group's wall-clock time and whether its half of the day was a guess (am/pm)."""
    pods = [a.pod for a in group if a.pod]
    pod = pods[0] if pods else None
    if clock_atom is not None and clock_atom.pod is None:
        hh, mm = clock_atom.clock or (0, 0)
        if clock_atom.h24 or not 1 <= hh <= 12:
            return (hh, mm), False
        if pod in EVENING_PARTS and hh == 12:
            return (24, mm), False
        if pod in PM_PARTS or pod in EVENING_PARTS:
            return ((hh + 12 if hh < 12 else hh), mm), False
        if pod in MORNING_PARTS:
            return (hh, mm), False
        if 1 <= hh <= 6:
            # Office sense (DOMAIN.md): a bare hour from 1 to 6 is in the afternoon.
            return ((hh if flip == "ampm" else hh + 12), mm), True
        return (hh, mm), False
    if clock_atom is not None:
        return clock_atom.clock, False
    if date_atom is not None and date_atom.clock is not None:
        return date_atom.clock, False
    return None, False


def _resolve(group: list[Atom], ctx: Ctx, flip: str | None = None) -> tuple[datetime | None, bool, set[str]]:
    """Resolve a group to (due, all_day, the kinds of alternative reading it allows)."""
    by_kind: dict[str, Atom] = {}
    for a in group:
        # An explicit clock beats a part-of-day word ("kl. 3 om eftermiddagen").
        if a.kind == "clock" and "clock" in by_kind and a.pod is not None:
            continue
        by_kind[a.kind] = a
    date_atom, week_atom = by_kind.get("date"), by_kind.get("week")
    weekday_atom, clock_atom = by_kind.get("weekday"), by_kind.get("clock")
    zone_atom = by_kind.get("zone")
    options: set[str] = set()
    if date_atom is not None and date_atom.relative_clock is not None:
        moment = date_atom.relative_clock(ctx).replace(second=0, microsecond=0)
        return moment, False, options
    day: date | None = None
    if date_atom is not None:
        use_alt = flip == "date" and date_atom.alt_day is not None
        fn = date_atom.alt_day if use_alt else date_atom.day
        if date_atom.alt_day is not None:
            options.add("date")
        day = fn(ctx) if fn else None
        if day is None:
            return None, False, options
        if weekday_atom is not None and weekday_atom.after_day is not None:
            # "the Monday after Thanksgiving", "onsdag efter påske": that weekday after the day read, named, never moved.
            start = day + timedelta(days=1 if weekday_atom.after_day == "after" else 0)
            day = start + timedelta(days=(weekday_atom.weekday - start.weekday()) % 7)
        elif weekday_atom is not None and day.weekday() != weekday_atom.weekday:
            options.add("weekday")
            day = _reconcile(day, weekday_atom, date_atom, flip)
        elif date_atom.counted and not is_working_day(day):
            # A day counted from today that lands on a closed day moves to the next working day.
            day = next_working_day_on_or_after(day)
    elif week_atom is not None:
        week = week_atom.day(ctx) if week_atom.day else None
        if week is None:
            return None, False, options
        day = _weekday_date(weekday_atom, ctx, week) if weekday_atom else week
    elif weekday_atom is not None:
        other = _alt_week_mode(weekday_atom)
        if other is not None and _weekday_date(weekday_atom, ctx, None, other) != _weekday_date(
            weekday_atom, ctx, None
        ):
            options.add("week")
        day = _weekday_date(weekday_atom, ctx, None, other if flip == "week" and other else None)
    clock, guessed = _clock(group, clock_atom, date_atom, flip)
    if guessed:
        options.add("ampm")
    if clock is None:
        if day is None:
            return None, False, options
        return local_datetime(day, 0, 0, ctx.tz), True, options
    zone: tzinfo = ctx.tz
    if zone_atom is not None and zone_atom.zone is not None:
        zone = zone_atom.zone
        if zone_atom.alt_zone is not None:
            options.add("zone")
            if flip == "zone":
                zone = zone_atom.alt_zone
    if day is None:
        # A bare time: today if it is still ahead, otherwise tomorrow (DOMAIN.md).
        today = ctx.now.astimezone(zone).date()
        today_at = local_datetime(today, clock[0], clock[1], zone)
        if today_at <= ctx.now:
            today_at = local_datetime(today + timedelta(days=1), clock[0], clock[1], zone)
        return today_at.astimezone(ctx.tz), False, options
    return local_datetime(day, clock[0], clock[1], zone).astimezone(ctx.tz), False, options


ALT_REASONS = {
    "ampm": "am/pm",
    "week": "this/next week",
    "date": "day/month",
    "weekday": "weekday",
    "zone": "time zone",
}


def flags_for(due: datetime, all_day: bool, now: datetime) -> list[str]:
    """What is odd about a reading: in the past, on a weekend, on a Danish public holiday."""
    flags = []
    if (all_day and due.date() < now.date()) or (not all_day and due < now):
        flags.append("past")
    if due.weekday() >= 5:
        flags.append("weekend")
    if due.date() in danish_holidays(due.year):
        flags.append("holiday")
    return flags


# Words that look like a time even when no rule could read them.
_TIME_LOOKING = re.compile(
    START + r"(?:(?:klokken\s*|kl\.\s*|kl\s+)[\wæøå.:]+|\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)|o'clock|"
    r"(?:" + WD_RE + r"|" + word_list(m for m in MONTHS if len(m) > 4) + r")(?:\s+\S+)?|"
    # A school or work holiday no rule reads ("efter efterårsferien", "after half term"): said, never dropped.
    r"(?:efter|after|før|inden|before|i|in|over|during|til|until|by)\s+(?:the\s+)?"
    r"(?:[a-zæøå]*ferie(?:n|rne)?|half[- ]?term|[a-z]+\s+(?:holidays?|break|vacation|recess)))" + END
)


def residue(low: str, original: str, spans: list[TimeSpan]) -> list[str]:
    """Time-looking words that no span covers (so no rule read them): to report, not drop."""
    covered = bytearray(len(low) + 1)
    for span in spans:
        covered[span.start : span.end] = b"\x01" * (span.end - span.start)
    out = []
    for m in _TIME_LOOKING.finditer(low):
        if not any(covered[m.start() : m.end()]):
            out.append(original[m.start() : m.end()].strip(" ,.;:"))
    return out


_APPOSITION_GAP = re.compile(r"^\s*(?:,|\(|-|–|:)\s*$")


def _appositions(groups: list[list[Atom]], low: str) -> list[tuple[int, list[Atom]]]:
    """Merge a loose period and the exact date that explains it ("efter Kristi himmelfart,
    mandag d. 18. maj"): the exact date is the reading, the span covers both."""
    out: list[tuple[int, list[Atom]]] = []
    for group in groups:
        if out and any(a.kind == "date" and a.absolute for a in group):
            start, last = out[-1]
            loose = [a for a in last if a.kind in _DAY_KINDS and not a.absolute]
            rest = [a for a in last if a not in loose]
            if len(loose) == 1 and all(a.kind == "weekday" for a in rest):
                after = rest[0].start if rest else group[0].start
                if _APPOSITION_GAP.match(low[loose[0].end : after]) and (
                    not rest or _GAP.match(low[rest[-1].end : group[0].start])
                ):
                    out[-1] = (start, rest + group)
                    continue
        out.append((group[0].start, group))
    return out


def find_times(low: str, original: str, now: datetime, tz: ZoneInfo) -> list[TimeSpan]:
    """Find and resolve every time phrase in `low` (lower-cased text aligned with `original`)."""
    local_now = now.astimezone(tz)
    ctx = Ctx(now=local_now, today=local_now.date(), tz=tz)
    spans: list[TimeSpan] = []
    for start, group in _appositions(_groups(_select(low), low), low):
        if all(a.weak for a in group):
            continue
        end = group[-1].end
        text = original[start:end].strip()
        if any(a.kind == "past" for a in group):
            spans.append(TimeSpan(start, end, text, None, False, past=True))
            continue
        due, all_day, options = _resolve(group, ctx)
        span = TimeSpan(start, end, text, due, all_day)
        if due is not None:
            span.flags = flags_for(due, all_day, ctx.now)
            for option in sorted(options):
                other, other_all_day, _ = _resolve(group, ctx, option)
                if (
                    other is not None
                    and (other, other_all_day) != (due, all_day)
                    and not any(a.due == other for a in span.alternatives)
                ):
                    reason = ALT_REASONS[option]
                    if option == "date":
                        reason = next(a.alt_reason for a in group if a.alt_day) or reason
                    span.alternatives.append(Alternative(other, other_all_day, reason))
        spans.append(span)
    return spans


from . import times_clock, times_dates, times_holidays, times_periods, times_zones  # noqa: E402,F401  (rules register on import)
