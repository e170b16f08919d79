"""Small helpers shared by the understanding tests."""

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.understanding import parse

CPH = "Europe/Copenhagen"


def at(iso: str) -> datetime:
    """Parse an ISO-8601 timestamp (aware)."""
    return datetime.fromisoformat(iso)


def dues(text: str, now: str, tz: str = CPH) -> list[tuple[str, str, bool]]:
    """Return (action, due ISO, all_day) of every follow-up parsed from `text`."""
    result = parse(text, now=at(now), tz=tz)
    return [(f.action, f.due.isoformat(), f.all_day) for f in result.followups]


def local(y, m, d, hh=0, mm=0, tz=CPH) -> str:
    """ISO string of a local wall time."""
    return datetime(y, m, d, hh, mm, tzinfo=ZoneInfo(tz)).isoformat()


def parse_at(text: str, now: str, tz: str = CPH):
    """Parse `text` written at ISO `now` in `tz`."""
    return parse(text, now=at(now), tz=tz)
