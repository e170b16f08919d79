"""When a snoozed or rescheduled follow-up falls due again, in the owner's timezone."""

from __future__ import annotations

from datetime import datetime, time, timedelta
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


def local_midnight(day_text: str, tz: str) -> datetime:
    """Local midnight of an ISO date (YYYY-MM-DD) in tz: how all-day follow-ups are stored."""
    return datetime.combine(datetime.fromisoformat(day_text).date(), time(0, 0), tzinfo=ZoneInfo(tz))


def at_local(day_text: str, time_text: str, tz: str) -> datetime:
    """A wall-clock date and time (YYYY-MM-DD, HH:MM) in tz as an aware datetime."""
    hour, minute = (int(part) for part in time_text.split(":", 1))
    return datetime.combine(datetime.fromisoformat(day_text).date(), time(hour, minute), tzinfo=ZoneInfo(tz))
