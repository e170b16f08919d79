"""Dates: ordinals, numeric forms, ranges, weekdays with dates, nth weekday and day of month."""

import pytest

from tests.bot.understanding.helpers import dues, parse_at

TUE = "2026-03-10T09:15:00+01:00"  # Tuesday 10 March 2026


def day(iso: str) -> str:
    return f"{iso}T00:00:00+0{1 if iso[5:7] in ('01', '02', '03', '11', '12') and iso != '2026-03-30' else 2}:00"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring den fjerde april", "2026-04-04"),
        ("Ring d. tyvende maj", "2026-05-20"),
        ("Ring femte juni 2027", "2027-06-05"),
        ("call the second of april", "2026-04-02"),
        ("call on the 9th of may", "2026-05-09"),
        ("call april second", "2026-04-02"),
        ("call June the 3rd", "2026-06-03"),
        ("call the fifth of march", "2027-03-05"),  # passed this year: next year's
        ("Ring 18. april 27", "2027-04-18"),
        ("call 22nd April 27", "2027-04-22"),
    ],
)
def test_ordinal_and_named_dates(text, expected):
    assert dues(text, TUE)[0][1:] == (day(expected), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring 24-4", "2026-04-24"),
        ("Ring d. 4-5", "2026-05-04"),
        ("Ring 05-06", "2026-06-05"),
        ("Ring 4-6-2026", "2026-06-04"),
        ("Ring 2026-6-4", "2026-06-04"),
        ("call 4/28", "2026-04-28"),  # only month/day is possible
        ("call 5-30", "2026-05-30"),
        ("Ring d. 7/11", "2026-11-07"),
    ],
)
def test_numeric_dates(text, expected):
    assert dues(text, TUE)[0][1:] == (day(expected), True)


def test_a_date_with_both_readings_offers_month_first_as_alternative():
    [followup] = parse_at("Ring d. 4/6", TUE).followups
    assert followup.due.date().isoformat() == "2026-06-04"
    assert [(a.due.date().isoformat(), a.reason) for a in followup.alternatives] == [("2026-04-06", "day/month")]


@pytest.mark.parametrize("text", ["Ring om 2-3", "De spillede 2-1, ring dem", "score 3-4, call them"])
def test_dashed_numbers_without_date_context_are_not_dates(text):
    assert dues(text, TUE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring 20-22 april", "2026-04-20"),
        ("Ring 20 til 22 april", "2026-04-20"),
        ("call 6 May - 8 May", "2026-05-06"),
    ],
)
def test_a_range_of_days_starts_on_its_first_day(text, expected):
    assert dues(text, TUE)[0][1:] == (day(expected), True)


def test_a_date_with_a_time_is_that_time():
    assert dues("Ring 24-4 kl. 13:00", TUE) == [("call", "2026-04-24T13:00:00+02:00", False)]
    assert dues("call 4/28 at 2:30pm", TUE) == [("call", "2026-04-28T14:30:00+02:00", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring anden torsdag i april", "2026-04-09"),
        ("Ring første mandag i juni", "2026-06-01"),
        ("Ring sidste fredag i maj", "2026-05-29"),
        ("call the fourth thursday of november", "2026-11-26"),
        ("call last monday in april", "2026-04-27"),
        ("call the first friday of february", "2027-02-05"),  # passed: next year's
        ("Ring første tirsdag i måneden", "2026-04-07"),
        ("call the last friday of next month", "2026-04-24"),
    ],
)
def test_nth_weekday_of_a_month(text, expected):
    assert dues(text, TUE)[0][1:] == (day(expected), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring femte dag i maj", "2026-05-05"),
        ("Ring sidste dag i april", "2026-04-30"),
        ("call the last day of june", "2026-06-30"),
        ("call the third last day of april", "2026-04-28"),
        ("call the 12th of next month", "2026-04-12"),
        ("Ring den 25. i næste måned", "2026-04-25"),
        ("call the 20th", "2026-03-20"),
        ("Ring den 20.", "2026-03-20"),
        ("Ring den 5.", "2026-04-05"),
    ],
)
def test_days_of_a_month(text, expected):
    assert dues(text, TUE)[0][1:] == (day(expected), True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring tirsdag d. 17. marts", "2026-03-17"),
        ("call Fri, Apr 3", "2026-04-03"),
        ("Ring fredag, 3. april", "2026-04-03"),
        ("call Thu 16th", "2026-04-16"),  # the next 16th that is a Thursday
    ],
)
def test_weekday_with_date(text, expected):
    assert dues(text, TUE)[0][1:] == (day(expected), True)


def test_weekday_and_date_that_disagree_read_both_and_offer_the_date_alone():
    [followup] = parse_at("Ring fredag d. 2. april", TUE).followups  # 2 April 2026 is a Thursday
    assert followup.due.weekday() == 4 and (followup.due.month, followup.due.day) == (4, 2)
    assert [(a.due.date().isoformat(), a.reason) for a in followup.alternatives] == [("2026-04-02", "weekday")]


def test_an_explicit_past_date_is_flagged():
    [followup] = parse_at("Ring 3/3/2025", TUE).followups
    assert followup.due.date().isoformat() == "2025-03-03" and "past" in followup.flags


def test_a_day_of_the_month_said_on_that_day_offers_next_months():
    # Round 13: "on the 1st" written on the 1st may mean today or next month; today is read and next month's offered.
    from bot.understanding import parse
    from tests.bot.understanding.helpers import at

    for text, now, tz in (
        ("she'll send the figures on the 4th", "2027-02-04T10:00:00+00:00", "Europe/London"),
        ("ringer igen d. 4.", "2027-02-04T10:00:00+01:00", "Europe/Copenhagen"),
        ("ringer igen den fjerde", "2027-02-04T10:00:00+01:00", "Europe/Copenhagen"),
    ):
        (f,) = parse(text, now=at(now), tz=tz).followups
        assert f.due.date().isoformat() == "2027-02-04", text
        assert [(a.due.date().isoformat(), a.reason) for a in f.alternatives] == [("2027-03-04", "today/next month")], (
            text
        )
    (f,) = parse("ringer igen d. 6.", now=at("2027-02-04T10:00:00+01:00"), tz="Europe/Copenhagen").followups
    assert f.alternatives == []
