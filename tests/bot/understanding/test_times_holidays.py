"""Danish, UK and US holidays by name, with years, and counted from."""

from datetime import date

import pytest

from bot.understanding.holidays import NAMED_DAYS, named_day
from tests.bot.understanding.helpers import parse_at

TUE = "2026-03-10T09:15:00+01:00"  # Tuesday 10 March 2026; Easter Sunday is 5 April 2026


def first(text: str, now: str = TUE):
    [followup] = parse_at(text, now).followups
    return followup


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring juleaften", "2026-12-24"),
        ("Ring 1. juledag", "2026-12-25"),
        ("Ring anden juledag", "2026-12-26"),
        ("Ring nytårsaften", "2026-12-31"),
        ("Ring nytårsdag", "2027-01-01"),
        ("Ring til jul", "2026-12-25"),
        ("Ring skærtorsdag", "2026-04-02"),
        ("Ring langfredag", "2026-04-03"),
        ("Ring påskedag", "2026-04-05"),
        ("Ring 2. påskedag", "2026-04-06"),
        ("Ring Kristi himmelfartsdag", "2026-05-14"),
        ("Ring pinse", "2026-05-24"),
        ("Ring 2. pinsedag", "2026-05-25"),
        ("Ring grundlovsdag", "2026-06-05"),
        ("Ring sankthans", "2026-06-23"),
        ("Ring mors dag", "2026-05-10"),
        ("Ring fastelavn", "2027-02-07"),
        ("call Christmas Eve", "2026-12-24"),
        ("call on Christmas Day", "2026-12-25"),
        ("call Boxing Day", "2026-12-26"),
        ("call New Year's Eve", "2026-12-31"),
        ("call New Year's Day", "2027-01-01"),
        ("call Good Friday", "2026-04-03"),
        ("call Easter Monday", "2026-04-06"),
        ("call Whitsun", "2026-05-24"),
        ("call Whit Monday", "2026-05-25"),
        ("call Thanksgiving", "2026-11-26"),
        ("call Black Friday", "2026-11-27"),
        ("call Memorial Day", "2026-05-25"),
        ("call Labor Day", "2026-09-07"),
        ("call Halloween", "2026-10-31"),
        ("call St Patrick's Day", "2026-03-17"),
        ("call the Spring Bank Holiday", "2026-05-25"),
        ("call Mother's Day", "2026-05-10"),
        ("call Father's Day", "2026-06-21"),
        ("call MLK day", "2027-01-18"),
        ("call Shrove Tuesday", "2027-02-09"),
    ],
)
def test_holiday_names(text, expected):
    followup = first(text)
    assert followup.due.date().isoformat() == expected and followup.all_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call Easter 2027", "2027-03-28"),
        ("Ring påske 2028", "2028-04-16"),
        ("call Thanksgiving next year", "2027-11-25"),
        ("call Thanksgiving in 2 years", "2028-11-23"),
        ("call 3 days after Easter", "2026-04-08"),
        ("Ring 2 dage efter påske", "2026-04-07"),
        ("call a week before Christmas", "2026-12-18"),
        ("Ring et år efter juleaften", "2026-12-24"),
        ("call the day after Thanksgiving", "2026-11-27"),
        ("Ring dagen før juleaften", "2026-12-23"),
        ("call the second monday after Easter", "2026-04-13"),
        ("Ring efter pinse", "2026-05-26"),
        ("Ring inden påske", "2026-04-01"),
        ("call before Whitsun", "2026-05-22"),
        ("Ring før jul", "2026-12-23"),
    ],
)
def test_holidays_with_years_and_counts(text, expected):
    assert first(text).due.date().isoformat() == expected


def test_a_holiday_reading_is_flagged_as_a_closed_day():
    assert first("Ring juleaften").flags == ["holiday"]
    assert set(first("Ring påskedag").flags) == {"weekend", "holiday"}


def test_a_holiday_with_a_time():
    followup = first("call Christmas Eve at 10am")
    assert followup.due.isoformat() == "2026-12-24T10:00:00+01:00" and not followup.all_day


@pytest.mark.parametrize(
    "text", ["Christmas party planning, call them", "Julefrokost hos dem, ring dem", "Nytårskur hos Lions, ring dem"]
)
def test_holiday_words_in_other_things_are_not_dates(text):
    assert parse_at(text, TUE).followups == []


def test_another_calendars_holiday_is_reported_not_guessed():
    result = parse_at("call back orthodox easter 2027", TUE)
    assert result.followups == [] and any("easter" in words.lower() for words in result.unresolved)


@pytest.mark.parametrize("name", NAMED_DAYS)
def test_every_named_day_exists_in_every_year(name):
    for year in range(2024, 2031):
        assert isinstance(named_day(name, year), date)


def test_named_days_fall_on_their_weekday():
    for year in range(2024, 2031):
        assert named_day("Thanksgiving Day", year).weekday() == 3
        assert named_day("Memorial Day", year).weekday() == 0 and named_day("Memorial Day", year).day > 24
        assert named_day("Mother's Day", year).weekday() == 6
        assert named_day("Ascension Day", year).weekday() == 3
