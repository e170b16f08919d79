"""The time conventions of DOMAIN.md, one test each, plus DST and false positives."""

import pytest

from tests.bot.understanding.helpers import dues

TUE = "2026-03-10T09:15:00+01:00"  # a Tuesday morning


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring torsdag", "2026-03-12T00:00:00+01:00"),
        ("Call on Friday", "2026-03-13T00:00:00+01:00"),
        ("Ring på mandag", "2026-03-16T00:00:00+01:00"),
        ("Ring tirsdag", "2026-03-17T00:00:00+01:00"),  # same weekday: a week later
    ],
)
def test_bare_weekday_is_the_next_such_day(text, expected):
    assert dues(text, TUE) == [("call", expected, True)]


def test_danish_naeste_is_the_coming_one_but_english_next_is_next_week():
    assert dues("Ring næste onsdag", TUE)[0][1] == "2026-03-11T00:00:00+01:00"
    assert dues("Call next Wednesday", TUE)[0][1] == "2026-03-18T00:00:00+01:00"
    assert dues("Call next Monday", TUE)[0][1] == "2026-03-16T00:00:00+01:00"


def test_next_week_without_a_day_is_monday_all_day():
    assert dues("Følg op i næste uge", TUE) == [("other", "2026-03-16T00:00:00+01:00", True)]
    assert dues("Follow up next week", TUE) == [("other", "2026-03-16T00:00:00+01:00", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring kl. 10", "2026-03-10T10:00:00+01:00"),  # still ahead today
        ("Ring kl. 9", "2026-03-11T09:00:00+01:00"),  # already past: tomorrow
        ("Ring 10:15", "2026-03-10T10:15:00+01:00"),
        ("Ring 10.15", "2026-03-10T10:15:00+01:00"),
        ("call at 3pm", "2026-03-10T15:00:00+01:00"),
        ("Ring klokken 16.30", "2026-03-10T16:30:00+01:00"),
    ],
)
def test_a_bare_time_is_today_if_ahead_else_tomorrow(text, expected):
    assert dues(text, TUE) == [("call", expected, False)]


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("Ring i morgen morgen", 9),
        ("Ring i morgen formiddag", 10),
        ("call tomorrow at noon", 12),
        ("Ring i morgen eftermiddag", 14),
        ("Ring i morgen aften", 19),
        ("call tomorrow morning", 9),
        ("call tomorrow afternoon", 14),
        ("call tomorrow evening", 19),
    ],
)
def test_parts_of_day(text, hour):
    assert dues(text, TUE) == [("call", f"2026-03-11T{hour:02d}:00:00+01:00", False)]


def test_i_eftermiddag_is_today_at_two():
    assert dues("Hun ringer tilbage i eftermiddag", TUE) == [("call", "2026-03-10T14:00:00+01:00", False)]


def test_weekday_with_time_and_the_danish_kl_hour_is_not_a_day():
    assert dues("ringer igen torsdag kl. 10", TUE) == [("call", "2026-03-12T10:00:00+01:00", False)]
    assert dues("i morgen kl. 10 ring", TUE) == [("call", "2026-03-11T10:00:00+01:00", False)]
    assert dues("Ring kl. 10 på torsdag", TUE) == [("call", "2026-03-12T10:00:00+01:00", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Send kontrakt inden fredag",
        "Send kontrakt senest fredag",
        "Send contract by Friday",
        "Send contract before Friday",
    ],
)
def test_deadline_words_mean_that_day(text):
    assert dues(text, TUE) == [("contract", "2026-03-13T00:00:00+01:00", True)]


def test_end_of_next_week_is_friday_of_next_week():
    assert dues("Follow up end of next week", TUE) == [("other", "2026-03-20T00:00:00+01:00", True)]
    assert dues("Følg op sidst i næste uge", TUE) == [("other", "2026-03-20T00:00:00+01:00", True)]


def test_ranges_of_days_take_the_earlier_bound():
    assert dues("Ring om 2-3 dage", TUE) == [("call", "2026-03-12T00:00:00+01:00", True)]
    assert dues("call back in 2-3 days", TUE) == [("call", "2026-03-12T00:00:00+01:00", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring i januar", "2027-01-01T00:00:00+01:00"),
        ("Prøv igen til efteråret", "2026-09-01T00:00:00+02:00"),
        ("call in June", "2026-06-01T00:00:00+02:00"),
        ("Ring i overmorgen", "2026-03-12T00:00:00+01:00"),
        ("Ring om tre dage", "2026-03-13T00:00:00+01:00"),
        ("Ring om 2 arbejdsdage", "2026-03-12T00:00:00+01:00"),
    ],
)
def test_months_seasons_and_offsets_are_all_day(text, expected):
    assert dues(text, TUE)[0][1:] == (expected, True)


def test_absolute_dates_via_dateparser():
    assert dues("Kontrakt sendes senest d. 20. marts", TUE) == [("contract", "2026-03-20T00:00:00+01:00", True)]
    assert dues("Møde d. 2. april kl. 10-11", TUE) == [("meeting", "2026-04-02T10:00:00+02:00", False)]
    assert dues("remind me 1 April", TUE) == [("other", "2026-04-01T00:00:00+02:00", True)]
    # A date already passed this year is next year's.
    assert dues("Ring d. 1. marts", TUE) == [("call", "2027-03-01T00:00:00+01:00", True)]


def test_spring_forward_day_gets_summer_offset():
    assert dues("Ring i morgen kl. 10", "2026-03-28T12:00:00+01:00") == [("call", "2026-03-29T10:00:00+02:00", False)]


def test_fall_back_gets_winter_offset():
    assert dues("Ring mandag kl. 9", "2026-10-24T10:00:00+02:00") == [("call", "2026-10-26T09:00:00+01:00", False)]


def test_a_time_that_does_not_exist_on_the_spring_forward_night_moves_forward():
    # 02:30 never happens on 29 March 2026 in Copenhagen; it is read as 03:30 summer time.
    # The leading zero says the night is meant (a bare "kl. 2.30" is the afternoon).
    assert dues("Ring kl. 02.30", "2026-03-29T00:30:00+01:00") == [("call", "2026-03-29T03:30:00+02:00", False)]


def test_an_ambiguous_time_on_the_fall_back_night_takes_the_first_occurrence():
    assert dues("Ring kl. 02.30", "2026-10-25T01:00:00+02:00") == [("call", "2026-10-25T02:30:00+02:00", False)]


def test_now_in_another_offset_is_read_in_the_writers_timezone():
    # 23:30 UTC on Monday is already Tuesday in Copenhagen, so "i morgen" is Wednesday.
    assert dues("Ring i morgen", "2026-03-09T23:30:00+00:00")[0][1] == "2026-03-11T00:00:00+01:00"


def test_new_york_writer():
    assert dues("Call Monday at 10am", "2026-03-05T15:00:00-05:00", tz="America/New_York") == [
        ("call", "2026-03-09T10:00:00-04:00", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Talte med Maja om plakater, ring hende",
        "man kan ringe til Tor",
        "Ring til Tor senere om det",
        "Giv 1.5 procent, ring hende",
        "Ring på 43 90 12 34",
        "Ring på +45 22 33 44 55",
        "De kan give 2 timer om ugen, ring dem",
        "They may give more, call them",
    ],
)
def test_false_positives_give_no_follow_up_date(text):
    assert dues(text, TUE) == []


def test_past_times_are_not_follow_ups():
    assert dues("Ringede i går, ring igen i fredags", TUE) == []


def test_vague_time_is_reported_unresolved():
    from bot.understanding import parse
    from tests.bot.understanding.helpers import at

    result = parse("Ring til Lars senere", now=at(TUE), tz="Europe/Copenhagen")
    assert result.followups == []
    assert "followups" in result.uncertain
    assert "senere" in result.unresolved
