"""Time zone words after a clock ("kl. 16 CET", "Thursday 8:00 GMT", "9 am (BST)", "4pm New
York time"): the clock is read in that zone and converted into the writer's zone.

A summer-time name used in winter, or a winter name in summer ("16 CET" in July), is read as
written, with the zone's local time as the alternative (people often write CET for "Danish
time" all year)."""

from __future__ import annotations

import re
from datetime import timedelta, timezone
from zoneinfo import ZoneInfo

from .times import END, START, Atom, rule


def _fixed(hours: float, name: str) -> timezone:
    return timezone(timedelta(minutes=round(hours * 60)), name)


# abbreviation -> (fixed offset in hours, the region it usually stands for)
ABBREVIATIONS: dict[str, tuple[float, str | None]] = {
    "cet": (1, "Europe/Copenhagen"),
    "cest": (2, "Europe/Copenhagen"),
    "met": (1, "Europe/Copenhagen"),
    "mest": (2, "Europe/Copenhagen"),
    "gmt": (0, "Europe/London"),
    "bst": (1, "Europe/London"),
    "utc": (0, None),
    "z": (0, None),
    "wet": (0, "Europe/Lisbon"),
    "west": (1, "Europe/Lisbon"),
    "eet": (2, "Europe/Helsinki"),
    "eest": (3, "Europe/Helsinki"),
    "est": (-5, "America/New_York"),
    "edt": (-4, "America/New_York"),
    "cst": (-6, "America/Chicago"),
    "cdt": (-5, "America/Chicago"),
    "mst": (-7, "America/Denver"),
    "mdt": (-6, "America/Denver"),
    "pst": (-8, "America/Los_Angeles"),
    "pdt": (-7, "America/Los_Angeles"),
    "ist": (5.5, None),
}
# Region names: read in the region's own (daylight-saving aware) time.
REGIONS: list[tuple[str, str]] = [
    (r"dansk\s+tid|danish\s+time|copenhagen\s+time|københavnertid|dk\s+tid", "Europe/Copenhagen"),
    (r"(?:uk|london|british|engelsk)\s+tid|(?:uk|london|british)\s+time", "Europe/London"),
    (r"(?:new\s+york|eastern|east\s+coast|ny)\s+time|new\s+york\s+tid|østkyst\s*tid", "America/New_York"),
    (r"(?:pacific|west\s+coast|california)\s+time", "America/Los_Angeles"),
    (r"central\s+european\s+(?:summer\s+)?time", "Europe/Copenhagen"),
]
_ABBR_RE = "|".join(sorted(ABBREVIATIONS, key=len, reverse=True))


@rule(
    START
    + r"\(?(?P<abbr>"
    + _ABBR_RE
    + r")(?:\s?(?P<sign>[+-])(?P<off>\d{1,2})(?::?(?P<offm>\d\d))?(?![\d:]))?\)?"
    + END
)
def _abbreviation(m: re.Match[str]) -> Atom | None:
    abbr = m.group("abbr")
    if abbr == "z" and not re.search(r"\d\s*$", m.string[: m.start()]):
        return None
    hours, region = ABBREVIATIONS[abbr]
    if m.group("sign"):
        if abbr not in ("gmt", "utc"):
            return None
        extra = int(m.group("off")) + int(m.group("offm") or 0) / 60
        if extra > 14:
            return None  # no zone is that far from UTC: "15:00 GMT - 18:00" is a range
        hours, region = (extra if m.group("sign") == "+" else -extra), None
    atom = Atom(m.start(), m.end(), "zone", weak=True, zone=_fixed(hours, abbr.upper()))
    atom.alt_zone = ZoneInfo(region) if region else None
    return atom


for _pattern, _region in REGIONS:

    def _make(region: str):
        def build(m: re.Match[str]) -> Atom:
            return Atom(m.start(), m.end(), "zone", weak=True, zone=ZoneInfo(region))

        return build

    rule(START + f"(?:{_pattern})" + END)(_make(_region))
