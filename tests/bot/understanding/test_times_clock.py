"""Clock forms in Danish and English, and the office convention for bare hours (DOMAIN.md)."""

import pytest

from tests.bot.understanding.helpers import at, dues, parse_at

TUE = "2026-03-10T09:15:00+01:00"  # a Tuesday morning in Copenhagen


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("Ring halv tre", "14:30"),
        ("ring klokken halv fire", "15:30"),
        ("Ring kvart over 10", "10:15"),
        ("Ring kvart i 12", "11:45"),
        ("Ring kvarter over 11", "11:15"),
        ("ring fem i halv tre", "14:25"),
        ("ring fem over halv fire", "15:35"),
        ("Ring kl. 20 over 16", "16:20"),
        ("Ring ved 11-tiden", "11:00"),
        ("ring omkring tretiden", "15:00"),
        ("Ring kl. 16.45", "16:45"),
        ("ring kl 14", "14:00"),
    ],
)
def test_danish_clock_words(text, hhmm):
    assert dues(text, TUE) == [("call", f"2026-03-10T{hhmm}:00+01:00", False)]


@pytest.mark.parametrize(
    ("text", "hhmm"),
    [
        ("Call back at a quarter past 4pm", "16:15"),
        ("call at quarter to 11", "10:45"),
        ("call at half past two", "14:30"),
        ("call half four", "16:30"),
        ("call 20 minutes past 5pm", "17:20"),
        ("call twenty after 4pm", "16:20"),
        ("call at 16h45", "16:45"),
        ("call 17h", "17:00"),
        ("call ten forty-five", "10:45"),
        ("call at eleven", "11:00"),
        ("call around 1130", "11:30"),
        ("call at noon", "12:00"),
        ("call at 5p", "17:00"),
        ("call 4ish pm", "16:00"),
        ("call at 4 o'clock in the afternoon", "16:00"),
    ],
)
def test_english_clock_words(text, hhmm):
    assert dues(text, TUE) == [("call", f"2026-03-10T{hhmm}:00+01:00", False)]


def test_midnight_is_the_coming_midnight():
    assert dues("call at midnight", TUE) == [("call", "2026-03-11T00:00:00+01:00", False)]


@pytest.mark.parametrize("text", ["Ring kl 3", "call at 3", "ringer hende i dag kl 3", "Ring 3:45"])
def test_a_bare_hour_from_1_to_6_is_the_afternoon_with_the_morning_as_alternative(text):
    result = parse_at(text, TUE)
    [followup] = result.followups
    assert followup.due.hour == 15 and not followup.all_day
    assert [(a.due.hour, a.reason) for a in followup.alternatives] == [(3, "am/pm")]


@pytest.mark.parametrize(
    ("text", "hour"),
    [("Ring kl. 8", 8), ("Ring kl. 03", 3), ("call at 3am", 3), ("call at 7", 7), ("ring kl. 16", 16)],
)
def test_an_hour_the_writer_fixed_has_no_alternative(text, hour):
    [followup] = parse_at(text, "2026-03-10T01:00:00+01:00").followups
    assert followup.due.hour == hour and followup.alternatives == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring i aften kl. 8", "2026-03-10T20:00:00+01:00"),
        ("call tonight at 9", "2026-03-10T21:00:00+01:00"),
        ("call 8 this evening", "2026-03-10T20:00:00+01:00"),
        ("call in the evening at seven", "2026-03-10T19:00:00+01:00"),
        ("call this afternoon at 2:40", "2026-03-10T14:40:00+01:00"),
        ("call tomorrow afternoon at 4", "2026-03-11T16:00:00+01:00"),
        ("call 10 tomorrow morning", "2026-03-11T10:00:00+01:00"),
        ("call 8 tomorrow evening", "2026-03-11T20:00:00+01:00"),
        ("call 4pm tomorrow", "2026-03-11T16:00:00+01:00"),
        ("Ring kl. 14:30 i morgen", "2026-03-11T14:30:00+01:00"),
        ("call tonight at 12", "2026-03-11T00:00:00+01:00"),
        ("call at 5 in the morning", "2026-03-11T05:00:00+01:00"),
    ],
)
def test_parts_of_day_set_the_half_of_the_day(text, expected):
    assert dues(text, TUE) == [("call", expected, False)]


@pytest.mark.parametrize(
    "text",
    [
        "They gave 400 free copies, call them",
        "about 2027 plans, call her",
        "Vestergade 5a, ring dem",
        "vi har fri, ring dem",
    ],
)
def test_numbers_that_are_not_clocks(text):
    assert dues(text, TUE) == []


def test_a_past_time_today_is_flagged_not_silently_scheduled():
    [followup] = parse_at("Ring i dag kl. 8", TUE).followups
    assert followup.due == at("2026-03-10T08:00:00+01:00")
    assert followup.flags == ["past"]
