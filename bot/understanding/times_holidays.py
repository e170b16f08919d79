"""Holidays and named days in Danish and English ("juleaften", "påske", "Kristi himmelfart",
"Christmas", "Boxing Day", "Thanksgiving"), with a year or "next", counted from ("3 days
after Easter", "et år efter juleaften"), and the nth weekday after one."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .holidays import named_day
from .patterns import cues
from .time_words import ORD_RE, ORDINALS
from .times import (
    END,
    NUM_RE,
    START,
    UNITS,
    WD_RE,
    WEEKDAYS,
    Atom,
    Ctx,
    _add_months,
    _date_atom,
    _num,
    rule,
)

# Each name's regex (lower-case text) and the key of bot.understanding.holidays.named_day.
HOLIDAY_NAMES: list[tuple[str, str]] = [
    (r"juleaften(?:sdag)?|christmas\s+eve|xmas\s+eve|christmas\s+day'?s?\s+eve", "Christmas Eve"),
    (
        r"(?:1\.|første)\s+juledag|juledag(?:en)?|christmas(?:\s+day)?|xmas(?:\s+day)?|jul(?:en)?(?=\s*$|\s*[,.;!?])|juletiden",
        "Christmas Day",
    ),
    (r"(?:2\.|anden)\s+juledag|boxing\s+day|st\.?\s+stephen'?s\s+day|saint\s+stephen'?s\s+day", "Boxing Day"),
    (r"nytårsaften(?:sdag)?|new\s+year'?s?\s+eve", "New Year's Eve"),
    (r"nytårsdag|new\s+year'?s?\s+day|nytår(?:et)?|new\s+year'?s?", "New Year's Day"),
    (r"hellig\s+tre\s+kongers\s+dag|epiphany", "Epiphany"),
    (r"fastelavn(?:s?søndag)?|shrove\s+sunday", "Shrove Sunday"),
    (r"shrove\s+tuesday|pancake\s+day|mardi\s+gras|fastelavnstirsdag", "Shrove Tuesday"),
    (r"ash\s+wednesday|askeonsdag", "Ash Wednesday"),
    (r"mothering\s+sunday", "Mothering Sunday"),
    (r"palmesøndag|palm\s+sunday|branch\s+sunday", "Palm Sunday"),
    (
        r"skærtorsdag|maundy\s+thursday|holy\s+thursday|covenant\s+thu(?:rsday)?|thu(?:rsday)?\s+of\s+mysteries",
        "Maundy Thursday",
    ),
    (r"langfredag|good\s+friday", "Good Friday"),
    (r"påskelørdag|holy\s+saturday|easter\s+saturday", "Holy Saturday"),
    (r"(?:2\.|anden)\s+påskedag|easter\s+mon(?:day)?", "Easter Monday"),
    (r"påske(?:dag|søndag|n)?|easter(?:\s+sun(?:day)?)?", "Easter Sunday"),
    (r"store\s+bededag|great\s+prayer\s+day", "Great Prayer Day"),
    (
        r"kristi\s+himmelfart(?:sdag)?|kr\.\s+himmelfart(?:sdag)?|himmelfart(?:sdag)?|ascension\s+(?:thurs)?day",
        "Ascension Day",
    ),
    (r"(?:2\.|anden)\s+pinsedag|whit\s*monday|monday\s+of\s+the\s+holy\s+spirit", "Whit Monday"),
    (
        r"pinse(?:dag|søndag|n)?|whitsun(?:day|tide)?|whit\s+sunday|white\s+sunday|pentecost(?:\s+sunday)?",
        "Whit Sunday",
    ),
    (r"trinity\s+sunday|trinitatis(?:\s+søndag)?", "Trinity Sunday"),
    (r"corpus\s+christi", "Corpus Christi"),
    (r"valentinsdag|valentine'?s\s+day|valentines\s+day|valentine\s+day|st\.?\s+valentine'?s\s+day", "Valentine's Day"),
    (r"(?:saint|st\.?)\s+(?:patrick|paddy)'?s\s+day|saint\s+patricks\s+day|st\s+paddy'?s\s+day", "St Patrick's Day"),
    (r"befrielsesdag(?:en)?", "Liberation Day"),
    (r"grundlovsdag(?:en)?|constitution\s+day", "Constitution Day"),
    (r"fars\s+dag", "Danish Father's Day"),
    (r"mors\s+dag|mother'?s\s+day", "Mother's Day"),
    (r"father'?s\s+day", "Father's Day"),
    (r"sankt\s*hans(?:\s*aften)?|sankthans(?:aften)?|midsummer(?:'s)?\s+eve", "Midsummer Eve"),
    (r"(?:the\s+)?fourth\s+of\s+july|independence\s+day", "Independence Day"),
    (r"hall?owe?en(?:\s+day)?", "Halloween"),
    (r"all\s+saints'?\s+day|allehelgensdag|allehelgen", "All Saints' Day"),
    (r"guy\s+fawkes(?:\s+(?:night|day))?|bonfire\s+night", "Guy Fawkes Night"),
    (r"mortensaften", "St Martin's Eve"),
    (r"veterans'?\s+day|armistice\s+day|remembrance\s+day", "Veterans Day"),
    (r"remembrance\s+sunday", "Remembrance Sunday"),
    (r"(?:mlk|martin\s+luther\s+king'?s?)(?:\s+jr\.?)?\s+day", "Martin Luther King Day"),
    (r"presidents'?\s+day|washington'?s\s+birthday", "Presidents' Day"),
    (r"memorial\s+day", "Memorial Day"),
    (r"labou?r\s+day", "Labor Day"),
    (r"columbus\s+day", "Columbus Day"),
    (r"early\s+may\s+bank\s+holiday|may\s+day\s+bank\s+holiday", "Early May Bank Holiday"),
    (r"spring\s+bank\s+holiday", "Spring Bank Holiday"),
    (r"(?:summer|august)\s+bank\s+holiday", "Summer Bank Holiday"),
    (r"thanks\s*giving(?:\s+day)?", "Thanksgiving Day"),
    (r"black\s+frid?day", "Black Friday"),
    (r"cyber\s+monday", "Cyber Monday"),
    (r"boss'?s?\s+day", "Boss's Day"),
    (r"may\s+day", "May Day"),
]
_KEYS: dict[str, str] = {}
_PARTS: list[str] = []
for _i, (_pattern, _name) in enumerate(HOLIDAY_NAMES):
    _PARTS.append(f"(?P<h{_i}>{_pattern})")
    _KEYS[f"h{_i}"] = _name
_NAME = "(?:" + "|".join(_PARTS) + ")"
# Every holiday rule names a day, at the start of a word: one scan for the names tells whether any
# of those rules can match at all (most lines name none).
_ANY_NAME = cues("|".join(pattern for pattern, _ in HOLIDAY_NAMES))
# Words after "Christmas"/"jul" that make it a thing, not the day ("Christmas party").
_NOT_DAY = r"(?!\s*(?:party|parties|card|cards|tree|market|lunch|dinner|shopping|campaign|fair|concert|event|sale|gift|gifts|break|holidays?|vacation|closing|period|season|-))"
_YEARS_ON = (
    r"(?:\s+(?:of\s+)?(?:in|om)\s+(?P<ahead>"
    + NUM_RE
    + r")\s+(?P<aunit>years?|år|months?|måneder|måned)|\s+(?P<ahead2>"
    + NUM_RE
    + r")\s+(?P<aunit2>years?|months?)\s+from\s+now|\s+(?:of\s+)?(?P<nextyear>next\s+year|næste\s+år)|\s+(?:of\s+)?(?P<thisyear>this\s+year|i\s+år))?"
)


def _key(m: re.Match[str]) -> str:
    return next(_KEYS[g] for g, v in m.groupdict().items() if v is not None and g in _KEYS)


def _occurrence(key: str, ctx: Ctx, year: int | None, after: date | None = None) -> date:
    """The named day in `year`, or its first occurrence on or after `after` (default today)."""
    if year:
        return named_day(key, year)
    start = after or ctx.today
    for y in range(start.year - 1, start.year + 3):
        day = named_day(key, y)
        if day >= start:
            return day
    return named_day(key, start.year + 1)


@rule(
    START
    + r"(?:(?P<mod>this|next|coming|upcoming|denne|næste|kommende|på|on|til|ved|omkring|around|at)\s+)?(?:(?P<pod>morning|afternoon|evening)\s+of\s+(?:this\s+)?)?"
    + _NAME
    + _NOT_DAY
    + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    + _YEARS_ON
    + END,
    gate=_ANY_NAME,
)
def _holiday(m: re.Match[str]) -> Atom | None:
    key = _key(m)
    if re.search(r"(?:orthodox|ortodoks\w*|chinese|jewish|hindu)\s+$", m.string[max(0, m.start() - 12) : m.start()]):
        return Atom(m.start(), m.end(), "date", day=lambda ctx: None)  # another calendar: not guessed
    if not m.group("mod") and re.search(
        r"(?<![\wæøå])(?:hen\s+over|over|during|i\s+løbet\s+af|between|(?:i\s*)?mellem)\s+(?:the\s+)?$",
        m.string[max(0, m.start() - 16) : m.start()],
    ):
        # "hen over påsken", "over Christmas", "between Christmas and New Year": a stretch of days with no one day
        # in it; said, not guessed.
        return Atom(m.start(), m.end(), "date", day=lambda ctx: None)
    year = int(m.group("y")) if m.group("y") else None
    if re.fullmatch(r"(?:new\s+year'?s?|nytår(?:et)?|jul(?:en)?)", _name_text(m)) and not (m.group("mod") or year):
        # "nytår"/"jul" alone are only days after "til", "ved", "på"...; "efter nytår" is a period.
        before = m.string[max(0, m.start() - 8) : m.start()]
        if not re.search(r"(?:til|ved|på|omkring|inden|før|by|at|around)\s+$", before):
            return None
    ahead = m.group("ahead") or m.group("ahead2")
    unit = m.group("aunit") or m.group("aunit2") or ""

    def resolve(ctx: Ctx) -> date:
        if m.group("nextyear"):
            return named_day(key, ctx.today.year + 1)
        if m.group("thisyear"):
            return named_day(key, ctx.today.year)
        if ahead:
            months = _num(ahead) * (12 if unit.startswith(("year", "år")) else 1)
            return _occurrence(key, ctx, None, _add_months(ctx.today, months))
        return _occurrence(key, ctx, year)

    atom = _date_atom(m, resolve, absolute=True)
    atom.year_given = bool(year)
    if m.group("pod"):
        atom.pod = {"morning": "morgen", "afternoon": "eftermiddag", "evening": "aften"}[m.group("pod")]
        atom.clock = {"morning": (9, 0), "afternoon": (14, 0), "evening": (19, 0)}[m.group("pod")]
    return atom


def _name_text(m: re.Match[str]) -> str:
    return next(v for g, v in m.groupdict().items() if v is not None and g in _KEYS)


_UNIT = r"(?P<unit>dage|dag|days?|uger|uge|weeks?|år|years?|måneder|måned|months?)"


# "3 days after Easter", "et år efter juleaften", "a year from Christmas", "2 dage før påske".
@rule(
    START
    + r"(?P<n>"
    + NUM_RE
    + r")\s+"
    + _UNIT
    + r"\s+(?P<dir>after|efter|from|before|før|inden)\s+(?:the\s+)?"
    + _NAME
    + r"(?:\s+(?P<y>(?:19|20)\d\d))?"
    + END,
    gate=_ANY_NAME,
)
def _relative_to_holiday(m: re.Match[str]) -> Atom:
    key, n = _key(m), _num(m.group("n"))
    unit = UNITS.get(m.group("unit"), "days")
    if m.group("unit") in ("day", "week", "month", "year"):
        unit = m.group("unit") + "s"
    sign = -1 if m.group("dir") in ("before", "før", "inden") else 1
    year = int(m.group("y")) if m.group("y") else None

    def shift(day: date) -> date:
        if unit == "weeks":
            return day + timedelta(weeks=sign * n)
        if unit in ("months", "years"):
            return _add_months(day, sign * n * (12 if unit == "years" else 1))
        return day + timedelta(days=sign * n)

    def resolve(ctx: Ctx) -> date:
        if year:
            return shift(named_day(key, year))
        # The occurrence from which the count lands today or later ("a year after Christmas"
        # said in February counts from last Christmas).
        for y in range(ctx.today.year - n - 1, ctx.today.year + 3):
            day = shift(named_day(key, y))
            if day >= ctx.today:
                return day
        return shift(named_day(key, ctx.today.year + 1))

    atom = _date_atom(m, resolve, absolute=True)
    atom.counted = unit in ("days", "weeks")
    return atom


# "dagen efter juleaften", "the day before Thanksgiving".
@rule(START + r"(?:the\s+)?(?:dagen|day)\s+(?P<dir>after|efter|before|før)\s+(?:the\s+)?" + _NAME + END, gate=_ANY_NAME)
def _day_next_to_holiday(m: re.Match[str]) -> Atom:
    key = _key(m)
    step = -1 if m.group("dir") in ("before", "før") else 1
    return _date_atom(
        m,
        lambda ctx: _occurrence(key, ctx, None, ctx.today - timedelta(days=step)) + timedelta(days=step),
        absolute=True,
    )


# "third tuesday after christmas 2014", "første mandag efter påske".
@rule(
    START
    + r"(?:the\s+)?(?P<o>"
    + ORD_RE
    + r"|\d(?:\.|st|nd|rd|th))\s+(?P<wd>"
    + WD_RE
    + r")\s+(?:after|efter)\s+"
    + _NAME
    + r"(?:\s+(?P<y>(?:19|20)\d\d))?"
    + END,
    gate=_ANY_NAME,
)
def _nth_weekday_after_holiday(m: re.Match[str]) -> Atom | None:
    token = m.group("o")
    nth = ORDINALS.get(token) or (int(token[0]) if token[0].isdigit() else None)
    if not nth:
        return None
    key, weekday = _key(m), WEEKDAYS[m.group("wd")]
    year = int(m.group("y")) if m.group("y") else None

    def resolve(ctx: Ctx) -> date:
        base = named_day(key, year) if year else _occurrence(key, ctx, None)
        first = base + timedelta(days=(weekday - base.weekday() - 1) % 7 + 1)
        return first + timedelta(weeks=nth - 1)

    return _date_atom(m, resolve, absolute=True)


# Generic "efter <holiday>" / "inden <holiday>": the first working day after it, or the last before.
@rule(START + r"(?P<dir>efter|after|inden|før|before)\s+(?:the\s+)?" + _NAME + END, gate=_ANY_NAME)
def _around_holiday(m: re.Match[str]) -> Atom:
    from .holidays import is_working_day, next_working_day_on_or_after

    key = _key(m)
    before = m.group("dir") in ("inden", "før", "before")

    def resolve(ctx: Ctx) -> date:
        day = _occurrence(key, ctx, None)
        if before:
            # The last working day before it ("inden påske" is the Wednesday before Maundy Thursday).
            day -= timedelta(days=1)
            while not is_working_day(day) and day > ctx.today:
                day -= timedelta(days=1)
            return day
        return next_working_day_on_or_after(day + timedelta(days=1))

    atom = _date_atom(m, resolve)
    atom.counted = not before
    return atom
