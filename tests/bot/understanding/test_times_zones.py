"""Time zone words after a clock are converted into the writer's zone."""

import pytest

from tests.bot.understanding.helpers import dues, parse_at

TUE = "2026-03-10T09:15:00+01:00"  # winter time in Europe, summer time in the US since 8 March


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        ("Ring kl. 15 CET", "Europe/Copenhagen", "2026-03-10T15:00:00+01:00"),
        ("Ring torsdag kl. 9:00 GMT", "Europe/Copenhagen", "2026-03-12T10:00:00+01:00"),
        ("call Thursday 9:00 UTC", "Europe/London", "2026-03-12T09:00:00+00:00"),
        ("call at 11 am (GMT)", "Europe/Copenhagen", "2026-03-10T12:00:00+01:00"),
        ("call Friday 10am EST", "Europe/Copenhagen", "2026-03-13T16:00:00+01:00"),
        ("call Friday 8am PST", "America/New_York", "2026-03-13T12:00:00-04:00"),
        ("Ring kl. 16 dansk tid", "Europe/London", "2026-03-10T15:00:00+00:00"),
        ("call at 3pm New York time", "Europe/Copenhagen", "2026-03-10T20:00:00+01:00"),
        ("call Friday 16h GMT+2", "Europe/Copenhagen", "2026-03-13T15:00:00+01:00"),
    ],
)
def test_zone_words_convert_into_the_writers_zone(text, tz, expected):
    assert dues(text, TUE, tz=tz) == [("call", expected, False)]


def test_a_winter_name_in_summer_offers_the_regions_local_time():
    [followup] = parse_at("Ring kl. 16 CET", "2026-07-07T09:00:00+02:00").followups
    assert followup.due.isoformat() == "2026-07-07T17:00:00+02:00"
    assert [(a.due.isoformat(), a.reason) for a in followup.alternatives] == [
        ("2026-07-07T16:00:00+02:00", "time zone")
    ]


def test_a_name_in_its_season_has_no_alternative():
    [followup] = parse_at("call at 4pm BST", "2026-07-07T09:00:00+01:00", tz="Europe/London").followups
    assert followup.due.isoformat() == "2026-07-07T16:00:00+01:00" and followup.alternatives == []


@pytest.mark.parametrize("text", ["Est. 500 kr, ring dem", "Ring dem, est 20 gæster"])
def test_zone_letters_without_a_clock_are_ignored(text):
    assert dues(text, TUE) == []
