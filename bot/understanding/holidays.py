"""Danish public holidays and working-day arithmetic, computed without extra dependencies."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache


def easter_sunday(year: int) -> date:
    """Return Easter Sunday of `year` by the anonymous Gregorian algorithm."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


# Offsets from Easter Sunday of the movable holidays.
_EASTER_OFFSETS = {
    "skærtorsdag": -3,
    "langfredag": -2,
    "påskedag": 0,
    "2. påskedag": 1,
    "Kristi himmelfartsdag": 39,
    "pinsedag": 49,
    "2. pinsedag": 50,
}
# Store bededag (4th Friday after Easter) was abolished by law from 2024.
_STORE_BEDEDAG_OFFSET = 26
_STORE_BEDEDAG_LAST_YEAR = 2023

_FIXED = {
    (1, 1): "nytårsdag",
    (12, 24): "juleaftensdag",  # not a public holiday by law, but offices are closed
    (12, 25): "juledag",
    (12, 26): "2. juledag",
    (12, 31): "nytårsaftensdag",  # likewise treated as non-working
}


@lru_cache(maxsize=64)
def danish_holidays(year: int) -> dict[date, str]:
    """Return the non-working holidays of `year` in Denmark, mapped to their Danish names."""
    easter = easter_sunday(year)
    days = {easter + timedelta(days=off): name for name, off in _EASTER_OFFSETS.items()}
    if year <= _STORE_BEDEDAG_LAST_YEAR:
        days[easter + timedelta(days=_STORE_BEDEDAG_OFFSET)] = "store bededag"
    for (month, day), name in _FIXED.items():
        days[date(year, month, day)] = name
    return days


def is_working_day(day: date) -> bool:
    """Return True when `day` is neither a weekend nor a Danish holiday."""
    return day.weekday() < 5 and day not in danish_holidays(day.year)


def add_working_days(start: date, n: int) -> date:
    """Return the date `n` working days after `start` (start itself is not counted)."""
    day = start
    step = 1 if n >= 0 else -1
    remaining = abs(n)
    while remaining:
        day += timedelta(days=step)
        if is_working_day(day):
            remaining -= 1
    return day


def next_working_day_on_or_after(day: date) -> date:
    """Return `day` if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-5) or last (-1) given weekday of a month."""
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _nearest_weekday(day: date) -> date:
    """Saturday moves back to Friday and Sunday forward to Monday."""
    if day.weekday() == 5:
        return day - timedelta(days=1)
    if day.weekday() == 6:
        return day + timedelta(days=1)
    return day


# Named days people write in Denmark, the UK and the US, as functions of the year.  Keys are
# the English names used in tests and documentation.
_EASTER_DAYS = {
    "Shrove Sunday": -49,
    "Shrove Tuesday": -47,
    "Ash Wednesday": -46,
    "Mothering Sunday": -21,
    "Palm Sunday": -7,
    "Maundy Thursday": -3,
    "Good Friday": -2,
    "Holy Saturday": -1,
    "Easter Sunday": 0,
    "Easter Monday": 1,
    "Great Prayer Day": 26,
    "Ascension Day": 39,
    "Whit Sunday": 49,
    "Whit Monday": 50,
    "Trinity Sunday": 56,
    "Corpus Christi": 60,
}
_FIXED_DAYS = {
    "New Year's Day": (1, 1),
    "Epiphany": (1, 6),
    "Valentine's Day": (2, 14),
    "St Patrick's Day": (3, 17),
    "May Day": (5, 1),
    "Liberation Day": (5, 5),
    "Constitution Day": (6, 5),
    "Danish Father's Day": (6, 5),
    "Midsummer Eve": (6, 23),
    "Independence Day": (7, 4),
    "Halloween": (10, 31),
    "All Saints' Day": (11, 1),
    "Guy Fawkes Night": (11, 5),
    "St Martin's Eve": (11, 10),
    "Veterans Day": (11, 11),
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31),
}
_NTH_WEEKDAYS = {
    "Martin Luther King Day": (1, 0, 3),
    "Presidents' Day": (2, 0, 3),
    "Early May Bank Holiday": (5, 0, 1),
    "Mother's Day": (5, 6, 2),
    "Memorial Day": (5, 0, -1),
    "Spring Bank Holiday": (5, 0, -1),
    "Father's Day": (6, 6, 3),
    "Summer Bank Holiday": (8, 0, -1),
    "Labor Day": (9, 0, 1),
    "Columbus Day": (10, 0, 2),
    "Remembrance Sunday": (11, 6, 2),
    "Thanksgiving Day": (11, 3, 4),
}


def named_day(name: str, year: int) -> date:
    """Return the date of the named day (a key of the tables above) in `year`."""
    if name in _EASTER_DAYS:
        return easter_sunday(year) + timedelta(days=_EASTER_DAYS[name])
    if name in _FIXED_DAYS:
        return date(year, *_FIXED_DAYS[name])
    if name in _NTH_WEEKDAYS:
        return _nth_weekday(year, *_NTH_WEEKDAYS[name])
    if name == "Black Friday":
        return named_day("Thanksgiving Day", year) + timedelta(days=1)
    if name == "Cyber Monday":
        return named_day("Thanksgiving Day", year) + timedelta(days=4)
    if name == "Boss's Day":
        return _nearest_weekday(date(year, 10, 16))
    raise KeyError(name)


NAMED_DAYS = (
    tuple(_EASTER_DAYS) + tuple(_FIXED_DAYS) + tuple(_NTH_WEEKDAYS) + ("Black Friday", "Cyber Monday", "Boss's Day")
)
