"""Periods, stretches and ranges (the families of Duckling's corpora that were missed or read
wrong): quarters, a month with a year or "next", year and week edges, "the next 3 days",
minutes and seconds from now, parts of an hour, clock ranges, early morning / late tonight."""

import pytest

from tests.bot.understanding.helpers import dues, local, parse_at

TUE = "2026-03-10T09:15:00+01:00"  # Tuesday 10 March 2026, 09:15 in Copenhagen


def allday(iso: str) -> tuple[str, bool]:
    return (local(*map(int, iso.split("-"))), True)


def timed(iso: str) -> tuple[str, bool]:
    day, clock = iso.split("T")
    return (local(*map(int, day.split("-")), *map(int, clock.split(":"))), False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring næste kvartal", "2026-04-01"),
        ("call next quarter", "2026-04-01"),
        ("Ring igen i 3. kvartal", "2026-07-01"),
        ("call back in the third quarter", "2026-07-01"),
        ("Ring i fjerde kvartal 2027", "2027-10-01"),
        ("call Q4 2027", "2027-10-01"),
        ("call back 2027Q1", "2027-01-01"),
        ("call the 2nd qtr of 2027", "2027-04-01"),
        ("call back in Q1", "2026-03-10"),  # the quarter is under way: today
    ],
)
def test_quarters(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring oktober 2026", "2026-10-01"),
        ("call back October 2026", "2026-10-01"),
        ("Ring igen næste april", "2026-04-01"),
        ("call next April", "2026-04-01"),
        ("Ring næste marts", "2027-03-01"),  # said in March: next year's
        ("Ring næste april igen", "2027-04-01"),
        ("call April after next", "2027-04-01"),
    ],
)
def test_month_with_year_or_next(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail by the end of the year", "2026-12-31"),
        ("call EOY", "2026-12-31"),
        ("Ring sidst på året", "2026-12-31"),
        ("Ring i slutningen af året", "2026-12-31"),
        ("mail EOM", "2026-03-31"),
        ("call at the end of month", "2026-03-31"),
        ("call at the beginning of 2027", "2027-01-01"),
        ("Ring primo 2027", "2027-01-01"),
        ("Ring ultimo 2026", "2026-12-31"),
        ("call the following week", "2026-03-16"),
        ("Ring i den kommende uge", "2026-03-16"),
        ("call at the end of the coming week", "2026-03-20"),
        ("call end of current week", "2026-03-13"),
        ("Ring i starten af den kommende uge", "2026-03-16"),
        ("call beginning of the following week", "2026-03-16"),
    ],
)
def test_year_and_week_edges(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call back in the next 3 days", "2026-03-13"),
        ("Ring de næste 3 dage", "2026-03-13"),
        ("Ring igen næste tre dage", "2026-03-13"),
        ("call upcoming 2 weeks", "2026-03-24"),
        ("call 2 upcoming weeks", "2026-03-24"),
        ("Ring de næste 2 måneder", "2026-05-11"),  # 10 May is a Sunday
        ("call the next few days", "2026-03-13"),
    ],
)
def test_the_next_stretch_is_due_by_its_end(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring om 1 minut", "2026-03-10T09:16"),
        ("call in a minute", "2026-03-10T09:16"),
        ("Ringer om et minut", "2026-03-10T09:16"),
        ("call 2 minutes from now", "2026-03-10T09:17"),
        ("call in 2 more minutes", "2026-03-10T09:17"),
        ("Ring 2 minutter fra nu", "2026-03-10T09:17"),
        ("call in 90 seconds", "2026-03-10T09:16"),
        ("call in 3/4 hour", "2026-03-10T10:00"),
        ("call in 1/2h", "2026-03-10T09:45"),
        ("Ring om tre kvarter", "2026-03-10T10:00"),
        ("call in three-quarters of an hour", "2026-03-10T10:00"),
        ("call in 2 and an half hours", "2026-03-10T11:45"),
        ("call the next 3 hours", "2026-03-10T12:15"),
        ("Ring de næste tre timer", "2026-03-10T12:15"),
    ],
)
def test_minutes_seconds_and_parts_of_an_hour(text, expected):
    assert dues(text, TUE)[0][1:] == timed(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring torsdag fra 9 til 11", "2026-03-12T09:00"),
        ("call this Thu 9-11am", "2026-03-12T09:00"),
        ("Ringer 9:30 til 11:00 på torsdag", "2026-03-12T09:30"),
        ("call 9h30 - 11h00 on Thursday", "2026-03-12T09:30"),
        ("call between 9h30 and 11h00 on thursday", "2026-03-12T09:30"),
        ("Ring efter 9:30 men før 11:00 på torsdag", "2026-03-12T09:30"),
        ("call Thursday from 9a to 11a", "2026-03-12T09:00"),
        ("call 2-4pm tomorrow", "2026-03-11T14:00"),
        ("Ring efter frokost", "2026-03-10T13:00"),
        ("call after lunch on friday", "2026-03-13T13:00"),
        ("call 9:01:10 AM", "2026-03-11T09:01"),  # already past today
    ],
)
def test_clock_ranges_start_at_their_first_time(text, expected):
    assert dues(text, TUE)[0][1:] == timed(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hun ringer efter frokost på torsdag", ("call", "2026-03-12T13:00")),
        ("de vender tilbage efter frokosten i morgen", ("other", "2026-03-11T13:00")),
        ("he'll get back to us after lunch tomorrow", ("other", "2026-03-11T13:00")),
    ],
)
def test_lunch_as_the_time_of_something_else_is_no_meeting(text, expected):
    action, due, _ = dues(text, TUE)[0]
    assert (action, due[:16]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("calling him Thurs around 3", "2026-03-12T15:00"),
        ("call tomorrow about 10", "2026-03-11T10:00"),
        ("ring fredag omkring 14", "2026-03-13T14:00"),
        ("ringer i morgen ca. 11", "2026-03-11T11:00"),
        ("call him round 3 on Friday", "2026-03-13T15:00"),
        ("ring hende omkring 14 på fredag", "2026-03-13T14:00"),
    ],
)
def test_an_approximate_bare_hour_after_a_day_word_is_that_days_hour(text, expected):
    assert dues(text, TUE)[0][1:] == timed(expected)


@pytest.mark.parametrize(
    "text",
    [
        "they need about 20, call Thursday",
        "de skal bruge omkring 12 stk, ring torsdag",
        "ring torsdag, det tager ca. 3 timer",
        "call Thursday, it takes about 2 hours",
    ],
)
def test_an_approximate_count_without_a_day_word_before_it_is_no_hour(text):
    assert dues(text, TUE)[0][1:] == allday("2026-03-12")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ring ultimo næste måned", "2026-04-30"),
        ("ring sidst i næste måned", "2026-04-30"),
        ("call late next month", "2026-04-30"),
        ("ring medio næste måned", "2026-04-15"),
        ("ring midt i næste måned", "2026-04-15"),
        ("call mid next month", "2026-04-15"),
        ("call in the middle of next month", "2026-04-15"),
        ("ring ultimo denne måned", "2026-03-31"),
        ("call late this month", "2026-03-31"),
        ("ring primo næste måned", "2026-04-01"),
    ],
)
def test_the_edges_and_middle_of_this_or_next_month(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


def test_an_unmarked_range_of_hours_keeps_the_office_convention_and_offers_the_morning():
    [followup] = parse_at("call Thursday from 2 to 4", TUE).followups
    assert followup.due.isoformat() == "2026-03-12T14:00:00+01:00"
    assert [(a.due.isoformat(), a.reason) for a in followup.alternatives] == [("2026-03-12T02:00:00+01:00", "am/pm")]


@pytest.mark.parametrize(
    "text",
    ["Ring til 10-12 personer i morgen", "Ring om 2-3 dage", "call the 13-15 July team tomorrow"],
)
def test_counts_and_day_ranges_are_no_clock_range(text):
    [(_, due, all_day)] = dues(text, TUE)[:1]
    assert all_day and not due.startswith("2026-03-10T1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call monday early morning", "2026-03-16T08:00"),
        ("Ring tidligt om morgenen på fredag", "2026-03-13T08:00"),
        ("call late tonight", "2026-03-10T21:00"),
        ("Ring sent i aften", "2026-03-10T21:00"),
        ("call tomorrow afternoonish", "2026-03-11T14:00"),
    ],
)
def test_early_morning_and_late_evening(text, expected):
    assert dues(text, TUE)[0][1:] == timed(expected)


def test_a_range_between_zoned_times_is_no_zone_offset():
    # "GMT - 18:00" is the range's end, not a zone 18 hours behind GMT.
    assert dues("call 15:00 GMT - 18:00 GMT", TUE)[0][1:] == timed("2026-03-10T16:00")
    assert dues("call 15:00 GMT+1", TUE)[0][1:] == timed("2026-03-10T15:00")


def test_day_range_with_ordinals_and_of():
    assert dues("call from the 13th to the 15th of July", TUE)[0][1:] == allday("2026-07-13")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call back March next year", "2027-03-01"),
        ("Ring igen i marts næste år", "2027-03-01"),
        ("call June in a year", "2027-06-01"),
        ("Ring juni om 2 år", "2028-06-01"),
        ("call back June this year", "2026-06-01"),
        ("Ring i juni i år", "2026-06-01"),
    ],
)
def test_month_with_a_relative_year(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # October 2026 starts on a Thursday: its first whole week starts Monday 5 October.
        ("Ring første uge i oktober", "2026-10-05"),
        ("call the first week of October", "2026-10-05"),
        ("call back the last week of September", "2026-09-21"),
        ("Ring sidste uge i september", "2026-09-21"),
        ("call the 2nd last week of October 2027", "2027-10-18"),
        ("call the third last week of 2026", "2026-12-07"),
        ("Ring onsdag i første uge af oktober", "2026-10-07"),
    ],
)
def test_nth_week_of_a_month_or_year(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring denne sommer", "2026-06-01"),
        ("call back this summer", "2026-06-01"),
        ("Ring den kommende vinter", "2026-12-01"),
        ("call the last weekend of October", "2026-10-31"),
        ("call last week-end in October", "2026-10-31"),
        ("Ring første weekend i juni", "2026-06-06"),
        ("Ring sidste weekend i juli 2027", "2027-07-31"),
        ("call back in 2027", "2027-01-01"),
        ("Ring igen i 2028", "2028-01-01"),
        ("call back sometime in 2026", "2026-03-10"),  # the year under way: today
        ("call the rest of the week", "2026-03-13"),
        ("Ring i resten af ugen", "2026-03-13"),
    ],
)
def test_seasons_weekends_of_a_month_years_and_the_rest_of_the_week(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


def test_a_year_gone_by_is_not_the_follow_up_time():
    assert dues("Vi samarbejdede med dem i 2024, ringer igen i morgen", TUE)[0][1:] == allday("2026-03-11")


@pytest.mark.parametrize("text", ["call back Diwali in 2027", "Ring igen efter Eid i 2027"])
def test_the_year_of_something_unread_is_not_its_first_day(text):
    assert all(not due.startswith("2027-01-01") for _, due, _ in dues(text, TUE))


def test_every_gated_time_rule_compiles():
    # Gated rules compile on first use; a broken pattern must still fail here, not on a user's line.
    from bot.understanding import times

    gated = [r for r in times._RULES if r.needs]
    assert gated and all(r.pattern().pattern == r.source for r in gated)


@pytest.mark.parametrize("text", ["Ringer igen fra 10 til 15 deltagere", "call back from 10 to 15 guests"])
def test_a_range_of_counts_is_no_clock(text):
    assert all("T10:00" not in due for _, due, _ in dues(text, TUE))


@pytest.mark.parametrize(
    "text",
    [
        "likes the idea of £500 for the summer reading prizes but has to check with the owner",
        "will email her about the winter coat drive",
        "I'll call Ann about the autumn book sale",
    ],
)
def test_an_english_season_before_a_noun_names_a_thing_not_a_time(text):
    assert dues(text, TUE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in the summer we'll call again", "2026-06-01"),
        ("call again in the autumn, after the AGM", "2026-09-01"),
        ("call in the summer holidays", "2026-06-01"),
    ],
)
def test_a_season_followed_by_what_can_follow_a_time_is_still_read(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Lucy back the week after next", "2026-03-23"),
        ("Ring i overnæste uge", "2026-03-23"),
        ("Ring tirsdag i ugen efter næste", "2026-03-24"),
        ("call on Tuesday of the week after next", "2026-03-24"),
        ("Call back the week after next, Thursday-ish", "2026-03-26"),
        # A close of business with a day is that day, not today.
        ("send the contract by COB Thurs", "2026-03-12"),
        ("email her by EOD Friday", "2026-03-13"),
    ],
)
def test_the_week_after_next_and_a_close_of_business_with_its_day(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


def test_first_thing_on_a_day_is_the_morning():
    assert dues("follow up first thing Monday", TUE)[0][1:] == ("2026-03-16T09:00:00+01:00", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Lucy at Boots Lewes back the week after next", ("call", "2026-03-23T00:00:00+01:00", True)),
        ("Ring Lone fra Brugsen i Tune tilbage på fredag", ("call", "2026-03-13T00:00:00+01:00", True)),
    ],
)
def test_call_someone_back_with_a_long_object_is_the_promise(text, expected):
    assert dues(text, TUE) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Meeting again said as seeing each other, catching up, touching base.
        ("Vi ses på fredag", ("meeting", "2026-03-13T00:00:00+01:00", True)),
        ("vi ses d. 14. kl. 13", ("meeting", "2026-03-14T13:00:00+01:00", False)),
        ("catch up again on Friday", ("other", "2026-03-13T00:00:00+01:00", True)),
        ("we'll touch base on Monday", ("other", "2026-03-16T00:00:00+01:00", True)),
        # "om en uges tid": in about a week.
        ("Ringer om en uges tid", ("call", "2026-03-17T00:00:00+01:00", True)),
    ],
)
def test_meeting_again_and_about_a_week_said_as_people_say_them(text, expected):
    assert dues(text, TUE) == [expected]
