"""When a snoozed or rescheduled follow-up falls due again, in the owner's timezone."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SNOOZE_OPTIONS = ("1h", "tomorrow", "2d")
MORNING = time(9, 0)


def snooze_until(option: str, *, now: datetime, tz: str) -> datetime:
    """The new due time for a snooze option: in one hour, tomorrow 09:00, or in two days at 09:00."""
    local = now.astimezone(ZoneInfo(tz))
    if option == "1h":
        return now + timedelta(hours=1)
    if option == "tomorrow":
        days = 1
    elif option == "2d":
        days = 2
    else:
        raise ValueError(f"unknown snooze option {option!r}")
    day = local.date() + timedelta(days=days)
    # Built from the calendar date so a DST change in between keeps 09:00 on the wall clock.
    return datetime.combine(day, MORNING, tzinfo=ZoneInfo(tz))


_PICKED_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_PICKED_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


def picked_day(text: object) -> date | None:
    """A date picker's value (YYYY-MM-DD) as a date; None for anything else (a forged value, a number)."""
    match = _PICKED_DAY.match(text) if isinstance(text, str) else None
    if match is None:
        return None
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def picked_time(text: object) -> time | None:
    """A time picker's value (HH:MM) as a time; None for anything else."""
    match = _PICKED_TIME.match(text) if isinstance(text, str) else None
    return time(int(match.group(1)), int(match.group(2))) if match else None


def local_midnight(day_text: str, tz: str) -> datetime:
    """Local midnight of an ISO date (YYYY-MM-DD) in tz: how all-day follow-ups are stored."""
    day = picked_day(day_text)
    if day is None:
        # The value is user input: keep it out of the message (and so out of the logs).
        raise ValueError("not a date of the form YYYY-MM-DD")
    return datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(tz))


def at_local(day_text: str, time_text: str, tz: str) -> datetime:
    """A wall-clock date and time (YYYY-MM-DD, HH:MM) in tz as an aware datetime."""
    day, at = picked_day(day_text), picked_time(time_text)
    if day is None or at is None:
        raise ValueError("not a date and time of the form YYYY-MM-DD HH:MM")
    return datetime.combine(day, at, tzinfo=ZoneInfo(tz))
