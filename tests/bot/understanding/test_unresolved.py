"""Nothing that looks like a time is dropped silently; the follow-up contract for the card."""

import pytest

from bot.understanding.model import Alternative, FollowUp
from tests.bot.understanding.helpers import at, parse_at

TUE = "2026-03-10T09:15:00+01:00"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ring til Lars klokken mange", "klokken mange"),
        ("Ring d. 31. april", "april"),
        ("Ringer tirs, mailer ons og hopper fre kl. 11", "hopper fre kl. 11"),
        ("Call back orthodox good friday 2027", "good friday 2027"),
        ("Ring dem senere", "senere"),
        # An open promise whose time is not read names the words where the time would be.
        ("Call back at 3 15.", "at 3 15"),
        ("Call back 2014/10", "2014/10"),
        ("Follow up after school, she said.", "after school"),
        ("Ringer igen i næste sæson.", "i næste sæson"),
        ("Følger op efter skoletid og sender mail", "efter skoletid"),
        ("Call back Greve Golfklub at 3 15 re: the prizes", "Greve Golfklub at 3 15 re"),
        # A school or work holiday no rule reads is said on the card.
        ("ring til Jens fra Netto efter efterårsferien", "efter efterårsferien"),
        ("catch up with Maya (Lidl Brighton) after half term", "after half term"),
        ("Mail hende i vinterferien", "i vinterferien"),
    ],
)
def test_unread_time_words_are_listed(text, words):
    result = parse_at(text, TUE)
    assert any(words.lower() in u.lower() for u in result.unresolved), result.unresolved
    assert "followups" in result.uncertain


def test_an_open_promise_names_its_own_clause_only():
    [words] = parse_at("Call back after school, and thanks for the coffee", TUE).unresolved
    assert words == "Call back after school"


def test_three_promises_give_three_follow_ups():
    result = parse_at("Ringer tirs, mailer ons og mød op fre kl. 11", TUE)
    assert sorted((f.action, f.due.isoformat(), f.all_day) for f in result.followups) == [
        ("call", "2026-03-17T00:00:00+01:00", True),
        ("email", "2026-03-11T00:00:00+01:00", True),
        ("meeting", "2026-03-13T11:00:00+01:00", False),
    ]
    assert result.unresolved == []


def test_an_ordinary_line_keeps_its_json():
    [followup] = parse_at("Ringer igen torsdag kl. 10", TUE).followups
    assert set(followup.to_dict()) == {"action", "due", "all_day", "owner", "text"}


def test_alternatives_and_flags_appear_in_the_json_when_set():
    [followup] = parse_at("Ring lørdag kl 3", TUE).followups
    data = followup.to_dict()
    assert data["flags"] == ["weekend"]
    assert data["alternatives"] == [{"due": "2026-03-14T03:00:00+01:00", "all_day": False, "reason": "am/pm"}]
    assert data["due"] == "2026-03-14T15:00:00+01:00"


def test_followup_defaults_are_empty():
    followup = FollowUp("call", at(TUE), False)
    assert followup.alternatives == [] and followup.flags == []
    assert Alternative(at(TUE), True, "am/pm").to_dict()["all_day"] is True


def test_parse_result_json_lists_unresolved_words():
    data = parse_at("Ring klokken mange", TUE).to_dict()
    assert data["unresolved"] and all(isinstance(w, str) for w in data["unresolved"])


# Round 8: loose parts of a week the conventions do not settle are said on the card, not guessed.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Call Jo mid-week about the van", "mid-week"),
        ("Ring til Bo midt i ugen", "midt i ugen"),
        ("Mail hende først på ugen", "først på ugen"),
        ("Email the quotes early in the week", "early in the week"),
    ],
)
def test_round8_loose_parts_of_a_week_are_reported(text, words):
    result = parse_at(text, TUE)
    assert result.followups == []
    assert words in result.unresolved


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ring til Per 1. hverdag i januar", "1. hverdag i januar"),
        ("Mail hende i starten af det nye år", "i starten af det nye år"),
    ],
)
def test_round8_working_day_counts_and_the_new_year_start_are_reported(text, words):
    result = parse_at(text, TUE)
    assert result.followups == []
    assert words in result.unresolved


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("He's away till the 14th – call him after that", "call him after that"),
        ("Hun er væk til d. 14. – ring til hende efter det", "ring til hende efter det"),
    ],
)
def test_round8_an_action_timed_after_something_else_is_reported_not_given_the_other_date(text, words):
    result = parse_at(text, TUE)
    assert result.followups == []
    assert words in result.unresolved


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ring til Eva midt i næste uge", "midt i næste uge"),
        ("Chase them mid next week", "mid next week"),
        ("Follow up after their financial year-end", "financial year-end"),
        ("Ring igen en af de kommende dage", "en af de kommende dage"),
        ("Send kontrakten hen over påsken", "hen over påsken"),
        ("Call them a couple of days before the fair", "a couple of days before"),
    ],
)
def test_round9_times_that_cannot_be_read_are_reported_not_guessed(text, words):
    result = parse_at(text, TUE)
    assert result.followups == []
    assert words in result.unresolved


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Chasing, checking in, trying again and meeting again are promises: a loose time after them is said, not guessed.
        ("Will chase Oxfam Books in a while", "chase Oxfam Books in a while"),
        ("Check in with Rob once the refit is done", "Check in with Rob once the refit"),
        ("Try again nearer the summer", "the summer"),
        ("Vi mødes igen når kassen er lukket", "mødes igen når kassen er lukket"),
        ("Rykker dem når regnskabet er færdigt", "Rykker dem når regnskabet er færdigt"),
        # An early or late part of the day, "snarest", and a time counted from someone's absence are said too.
        ("Sender mail sidst på formiddagen", "sidst på formiddagen"),
        ("Email the plan early afternoon", "early afternoon"),
        ("Ringer snarest muligt", "snarest muligt"),
        ("Ringer til Bo efter hans barsel", "efter hans barsel"),
        ("Call Meg once she's back", "once she's back"),
        ("Ringer hen på formiddagen", "hen på formiddagen"),
        # The partner sending something with no day said: the card asks when, nothing is guessed.
        ("Ringede til Bo. Han sender prisoverslag", "Han sender prisoverslag"),
        ("Called Meg, she'll email the floor plan", "she'll email the floor plan"),
        ("Ring her back after the school run", "Ring her back after the school run"),
        # "Before long" and a time that waits on an event are said, not guessed.
        ("Ringer til Ib inden længe", "inden længe"),
        ("Will email them in due course", "in due course"),
        ("Ringer når lageret er talt op", "når lageret er talt op"),
        ("Han giver lyd når kassen er gjort op", "når kassen er gjort op"),
        ("Call again once the builders leave", "once the builders leave"),
    ],
)
def test_round10_loose_times_after_more_promise_verbs_are_said(text, words):
    result = parse_at(text, TUE)
    assert result.followups == []
    assert any(words in u for u in result.unresolved), result.unresolved


# Round 12 (fields-dev46): the middle of a part of the day and the day's end, said beside no day or a day.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ringer over middag", "over middag"),
        ("Ringer til Ib midt på formiddagen", "midt på formiddagen"),
        ("Sender mail sidst på dagen", "sidst på dagen"),
        ("Call Meg mid-morning", "mid-morning"),
        ("Email the plan midafternoon", "midafternoon"),
    ],
)
def test_round12_loose_parts_of_the_day_are_said_not_guessed(text, words):
    result = parse_at(text, TUE)
    assert result.followups == []
    assert words in result.unresolved
    with_day = parse_at(text + " on Thursday" if text[0] in "CE" else text + " på torsdag", TUE)
    assert [f.due.date().isoformat() for f in with_day.followups] == ["2026-03-12"]
    assert words in with_day.unresolved


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        # A colleague named by first name owns her clause, not the writer's own after it.
        ("Mia ringer til Lotte torsdag, jeg mailer i dag. cc <@U05MIA>", [None, "U05MIA"]),
        # A colleague and the writer together: the colleague is named.
        ("<@U05MIA> og jeg tager derud torsdag kl 10", ["U05MIA"]),
        ("<@U05MIA> ringer fredag og jeg mailer i dag", [None, "U05MIA"]),
    ],
)
def test_round10_owners_of_clauses_with_a_colleague(text, owners):
    assert [f.owner for f in parse_at(text, TUE).followups] == owners


def test_round10_a_condition_holding_a_time_read_is_not_reported():
    result = parse_at("Når du ringer til Bo fredag, så spørg om bamser", TUE)
    assert result.unresolved == []
    assert [f.action for f in result.followups] == ["call"]
