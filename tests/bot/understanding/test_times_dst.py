"""Both daylight-saving changes, for writers in Copenhagen, London and New York."""

import pytest

from tests.bot.understanding.helpers import dues

SPRING_CPH = "2026-03-28T12:00:00+01:00"  # Saturday before the European spring-forward night
AUTUMN_CPH = "2026-10-24T12:00:00+02:00"  # Saturday before the European fall-back night


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        ("Ring i morgen kl. 10", SPRING_CPH, "Europe/Copenhagen", "2026-03-29T10:00:00+02:00"),
        ("Ring mandag halv tre", SPRING_CPH, "Europe/Copenhagen", "2026-03-30T14:30:00+02:00"),
        ("Ring i morgen kl. 10", AUTUMN_CPH, "Europe/Copenhagen", "2026-10-25T10:00:00+01:00"),
        ("call tomorrow at 9am", "2026-03-28T12:00:00+00:00", "Europe/London", "2026-03-29T09:00:00+01:00"),
        ("call tomorrow at 9am", "2026-10-24T12:00:00+01:00", "Europe/London", "2026-10-25T09:00:00+00:00"),
        ("call tomorrow at 4", "2026-03-07T12:00:00-05:00", "America/New_York", "2026-03-08T16:00:00-04:00"),
        ("call tomorrow at 4", "2026-10-31T12:00:00-04:00", "America/New_York", "2026-11-01T16:00:00-05:00"),
        ("Ring i overmorgen", SPRING_CPH, "Europe/Copenhagen", "2026-03-30T00:00:00+02:00"),
    ],
)
def test_wall_times_keep_their_hour_across_the_change(text, now, tz, expected):
    assert dues(text, now, tz=tz)[0][1] == expected


def test_a_night_hour_skipped_in_spring_moves_forward():
    assert dues("Ring kl. 02:30", "2026-03-29T00:30:00+01:00") == [("call", "2026-03-29T03:30:00+02:00", False)]


def test_a_night_hour_repeated_in_autumn_takes_the_first():
    assert dues("call at 01:30", "2026-11-01T00:10:00-04:00", tz="America/New_York") == [
        ("call", "2026-11-01T01:30:00-04:00", False)
    ]


def test_an_hour_in_another_zone_across_its_change():
    # 29 March 2026: London is on BST, the GMT figure is an hour earlier on the wall.
    assert dues("call Monday 9:00 GMT", SPRING_CPH) == [("call", "2026-03-30T11:00:00+02:00", False)]


def test_a_counted_day_across_the_change_is_all_day_local_midnight():
    assert dues("Ring om 3 dage", "2026-10-23T10:00:00+02:00") == [("call", "2026-10-26T00:00:00+01:00", True)]
