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
