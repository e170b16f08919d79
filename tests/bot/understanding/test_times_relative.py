"""Relative days and weeks, weekday abbreviations, counted days and the working-day rule."""

import pytest

from tests.bot.understanding.helpers import dues, parse_at

TUE = "2026-03-10T09:15:00+01:00"  # Tuesday 10 March 2026
THU = "2026-03-12T09:15:00+01:00"


def allday(iso: str) -> tuple[str, bool]:
    offset = "+02:00" if iso >= "2026-03-29" and iso < "2026-10-25" else "+01:00"
    return (f"{iso}T00:00:00{offset}", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring tors", "2026-03-12"),
        ("Mail fre.", "2026-03-13"),
        ("Ring tirs", "2026-03-17"),
        ("ring på søn", "2026-03-15"),
        ("Ring lør", "2026-03-14"),
        ("mail ons", "2026-03-11"),
        ("call thu", "2026-03-12"),
        ("call back fri", "2026-03-13"),
        ("call on mon", "2026-03-16"),
        ("call next sat", "2026-03-21"),
        ("call tues", "2026-03-17"),
    ],
)
def test_weekday_abbreviations(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Hans søn ringer",
        "We sat down with them, call them",
        "vi har fri, ring dem",
        "man kan ringe dem",
        "Mon ikke de ringer",
    ],
)
def test_abbreviations_that_are_ordinary_words(text):
    assert dues(text, TUE) == []


def test_man_is_monday_only_next_to_a_clock():
    assert dues("Ringer man kl 10", TUE) == [("call", "2026-03-16T10:00:00+01:00", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring onsdag i næste uge", "2026-03-18"),
        ("call wednesday of next week", "2026-03-18"),
        ("Ring torsdag i denne uge", "2026-03-12"),
        ("call friday of this week", "2026-03-13"),
        ("Ring næste fredag igen", "2026-03-20"),
        ("call friday after next", "2026-03-20"),
        ("call 2 fridays from now", "2026-03-20"),
        ("call three mondays from now", "2026-03-30"),
        ("Ring om 3 fredage", "2026-03-27"),
        ("call a fortnight hence", "2026-03-24"),
        ("Ring om 14 dage", "2026-03-24"),
        ("call 10 days from now", "2026-03-20"),
        ("call in a week", "2026-03-17"),
        ("call upcoming 2 days", "2026-03-12"),
    ],
)
def test_relative_weeks_and_days(text, expected):
    assert dues(text, TUE)[0][1:] == allday(expected)


def test_this_weeks_day_already_gone_is_flagged_past():
    [followup] = parse_at("Ring mandag i denne uge", TUE).followups
    assert followup.due.date().isoformat() == "2026-03-09" and followup.flags == ["past"]


@pytest.mark.parametrize(
    ("text", "chosen", "other"),
    [
        ("call next wednesday", "2026-03-18", "2026-03-11"),
        ("Ring næste onsdag", "2026-03-11", "2026-03-18"),
    ],
)
def test_next_weekday_offers_the_other_week(text, chosen, other):
    [followup] = parse_at(text, TUE).followups
    assert followup.due.date().isoformat() == chosen
    assert [(a.due.date().isoformat(), a.reason) for a in followup.alternatives] == [(other, "this/next week")]


def test_next_weekday_in_next_week_already_has_one_reading():
    [followup] = parse_at("call next monday", TUE).followups
    assert followup.due.date().isoformat() == "2026-03-16" and followup.alternatives == []


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        ("Ring om 2-3 dage", THU, "2026-03-16"),  # Saturday -> Monday
        ("Ring om 2-3 dage", "2026-12-23T10:00:00+01:00", "2026-12-28"),  # Christmas -> Monday
        ("call back in 3 days", THU, "2026-03-16"),
        ("Ring om en uge", "2026-03-28T10:00:00+01:00", "2026-04-07"),  # a Saturday + 7, past Easter Monday
        ("Ring efter nytår", "2026-12-17T10:00:00+01:00", "2027-01-04"),  # 2 January 2027 is a Saturday
        ("Ring om 2 dage", TUE, "2026-03-12"),  # a working day: unchanged
    ],
)
def test_a_counted_day_on_a_closed_day_moves_to_the_next_working_day(text, now, expected):
    assert dues(text, now)[0][1:] == allday(expected)


def test_a_named_closed_day_stays_and_is_flagged():
    [followup] = parse_at("Ring lørdag", TUE).followups
    assert followup.due.date().isoformat() == "2026-03-14" and followup.flags == ["weekend"]


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("call in one hour", 60),
        ("Ring om 1t", 60),
        ("Ring om en halv time", 30),
        ("call in half an hour", 30),
        ("Ring om 2,5 time", 150),
        ("ring om 2 og en halv time", 150),
        ("call in a couple of hours", 120),
        ("Ring om et kvarter", 15),
    ],
)
def test_offsets_in_hours_and_minutes(text, minutes):
    from datetime import timedelta

    from tests.bot.understanding.helpers import at

    [followup] = parse_at(text, TUE).followups
    assert followup.due == at(TUE) + timedelta(minutes=minutes) and not followup.all_day


# Round 8: Slack shorthand and loose phrasings of a promise (written apart from any corpus line).
TUE_MAR = "2026-03-10T09:15:00+01:00"  # a Tuesday morning


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring til ham tors pm", ("call", "2026-03-12T14:00:00+01:00", False)),
        ("Call Mon pm", ("call", "2026-03-16T14:00:00+01:00", False)),
        ("I'll call her tmrw am", ("call", "2026-03-11T09:00:00+01:00", False)),
        ("ring him fri a.m. about the van", ("call", "2026-03-13T09:00:00+01:00", False)),
        ("Email the brief EOW", ("email", "2026-03-13T00:00:00+01:00", True)),
        ("follow up next wk", ("other", "2026-03-16T00:00:00+01:00", True)),
        ("Ringer primo jan", ("call", "2027-01-01T00:00:00+01:00", True)),
        ("call her early Feb.", ("call", "2027-02-01T00:00:00+01:00", True)),
        ("mail dem ultimo okt", ("email", "2026-10-31T00:00:00+01:00", True)),
    ],
)
def test_weekday_am_pm_and_slack_shorthand(text, expected):
    assert dues(text, TUE_MAR) == [expected]


def test_am_as_a_word_is_no_time():
    assert dues("I am calling Monday", TUE_MAR) == [("call", "2026-03-16T00:00:00+01:00", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Callback in a fortnight", ("call", "2026-03-24T00:00:00+01:00", True)),
        ("We'll talk again on Thursday", ("call", "2026-03-12T00:00:00+01:00", True)),
        ("Vi tales ved på fredag", ("call", "2026-03-13T00:00:00+01:00", True)),
        ("Monday I'll drop the banners off", ("other", "2026-03-16T00:00:00+01:00", True)),
        ("Købmanden leverer dem onsdag kl. 8", ("other", "2026-03-11T08:00:00+01:00", False)),
        ("They deliver the crates on Friday", ("other", "2026-03-13T00:00:00+01:00", True)),
    ],
)
def test_callbacks_talks_and_deliveries_are_promises(text, expected):
    assert dues(text, TUE_MAR) == [expected]


def test_a_counted_delivery_is_the_gift_not_a_promise():
    assert dues("De leverer 80 poser slik i uge 14", TUE_MAR) == []


def test_an_answer_promised_about_something_reaches_its_deadline():
    assert dues("She'll get back to us about the 40 chairs by Thursday", TUE_MAR) == [
        ("other", "2026-03-12T00:00:00+01:00", True)
    ]
    assert dues("Han giver svar om de 2 busser og chaufføren senest fredag", TUE_MAR) == [
        ("other", "2026-03-13T00:00:00+01:00", True)
    ]


def test_a_meeting_of_their_own_body_is_not_ours():
    assert dues("Their board meets on 30 March; I'll email Friday", TUE_MAR) == [
        ("email", "2026-03-13T00:00:00+01:00", True)
    ]
    assert dues("Deres bestyrelse mødes d. 2/4, jeg ringer fredag", TUE_MAR) == [
        ("call", "2026-03-13T00:00:00+01:00", True)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call Leo by end of week", ("call", "2026-03-13T00:00:00+01:00", True)),
        ("Ring i løbet af ugen", ("call", "2026-03-13T00:00:00+01:00", True)),
        ("Email Ann nxt week", ("email", "2026-03-16T00:00:00+01:00", True)),
        ("Call next Weds", ("call", "2026-03-18T00:00:00+01:00", True)),
        ("Send the quote Thursday end of day", ("email", "2026-03-12T00:00:00+01:00", True)),
        ("Mail tilbuddet torsdag EOD", ("email", "2026-03-12T00:00:00+01:00", True)),
    ],
)
def test_round8_week_shorthand_and_a_weekday_before_end_of_day(text, expected):
    assert dues(text, TUE_MAR) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I morgen mailer jeg referatet, og fredag ringer han",
            [("email", "2026-03-11T00:00:00+01:00", True), ("call", "2026-03-13T00:00:00+01:00", True)],
        ),
        (
            "Sends the invoice today and Monday at 10:00 we meet",
            [("email", "2026-03-10T00:00:00+01:00", True), ("meeting", "2026-03-16T10:00:00+01:00", False)],
        ),
    ],
)
def test_round8_a_time_opening_the_next_clause_belongs_to_the_action_after_it(text, expected):
    assert dues(text, TUE_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Møde i morgen med Lars fra Coop kl. 13", [("meeting", "2026-03-11T13:00:00+01:00", False)]),
        ("Ring fredag til Ole kl 10", [("call", "2026-03-13T10:00:00+01:00", False)]),
        ("Meet Thursday with Ann at 3pm", [("meeting", "2026-03-12T15:00:00+01:00", False)]),
        ("Torsdag mødes vi med Lise Holm kl. 9.30", [("meeting", "2026-03-12T09:30:00+01:00", False)]),
        # a clause boundary keeps them apart
        (
            "Ring torsdag og kl. 10 mailer jeg",
            [("email", "2026-03-10T10:00:00+01:00", False), ("call", "2026-03-12T00:00:00+01:00", True)],
        ),
    ],
)
def test_round8_a_day_and_its_clock_a_few_words_apart(text, expected):
    assert dues(text, TUE_MAR) == expected


def test_round8_the_logged_meeting_with_its_clock_is_no_followup():
    assert dues("Møde i dag med Lars fra Coop kl. 8", TUE_MAR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Next step: she emails the form Fri", [("email", "2026-03-13T00:00:00+01:00", True)]),
        ("He sends the photos sun and I call back", [("email", "2026-03-15T00:00:00+01:00", True)]),
        ("She emails us the list tomorrow", [("email", "2026-03-11T00:00:00+01:00", True)]),
        ("They fri up the space, then we call", []),
    ],
)
def test_round8_a_short_weekday_closing_a_clause_after_its_action(text, expected):
    assert dues(text, TUE_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Torsdag kl. 10 kigger hun forbi", [("meeting", "2026-03-12T10:00:00+01:00", False)]),
        ("Fredag møder han op kl. 8", [("meeting", "2026-03-13T08:00:00+01:00", False)]),
        ("Skrev til Coop – de svarer i uge 14", [("other", "2026-03-30T00:00:00+02:00", True)]),
    ],
)
def test_round8_danish_subject_inside_the_verb_and_an_answer_promised(text, expected):
    assert dues(text, TUE_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vi ses tors. kl 13 hos dem", [("meeting", "2026-03-12T13:00:00+01:00", False)]),
        ("Ses onsdag kl. 10 i Køge", [("meeting", "2026-03-11T10:00:00+01:00", False)]),
        ("Hun ses tit med Per", []),
    ],
)
def test_round8_vi_ses_before_a_weekday_is_a_meeting(text, expected):
    assert dues(text, TUE_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call back Thursday 3-ish", [("call", "2026-03-12T15:00:00+01:00", False)]),
        ("Ring fredag 14-ish", [("call", "2026-03-13T14:00:00+01:00", False)]),
        ("call tomorrow 10ish", [("call", "2026-03-11T10:00:00+01:00", False)]),
    ],
)
def test_round8_an_hour_made_loose_is_that_hour(text, expected):
    assert dues(text, TUE_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Their deciding body meeting is not ours to attend.
        ("Bestyrelsen mødes torsdag", []),
        ("Men kreditudvalget mødes først på fredag", []),
        ("The committee meets on Friday", []),
        # Coming by, chatting again and an answer promised with an adjective are follow-ups.
        ("Hun kommer forbi fredag kl. 10", [("meeting", "2026-03-13T10:00:00+01:00", False)]),
        ("Let's chat again Friday", [("call", "2026-03-13T00:00:00+01:00", True)]),
        ("Vi snakker igen på torsdag", [("call", "2026-03-12T00:00:00+01:00", True)]),
        ("Per giver endeligt svar på fredag", [("other", "2026-03-13T00:00:00+01:00", True)]),
    ],
)
def test_round9_a_body_meeting_is_theirs_and_coming_by_or_talking_again_is_ours(text, expected):
    assert dues(text, TUE_MAR) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A short weekday with a part of the day right after it: "man." needs its dot, as "man" is the pronoun.
        ("Ring til Ida fre. eftermiddag", ("call", "2026-03-13T14:00:00+01:00", False)),
        ("Mail Bo man. formiddag", ("email", "2026-03-16T10:00:00+01:00", False)),
        ("call Jo sat morning", ("call", "2026-03-14T09:00:00+01:00", False)),
        # End of day before a short weekday is that day's end, as before a full one.
        ("Send the figures EOD thu", ("email", "2026-03-12T00:00:00+01:00", True)),
        ("Chase the quote COB fri", ("other", "2026-03-13T00:00:00+01:00", True)),
        # A short weekday after its action and before what it is about; picking up, collecting.
        ("Emails Kim Fri about the stand", ("email", "2026-03-13T00:00:00+01:00", True)),
        ("I'll drop Ole a line Wed re the dates", ("email", "2026-03-11T00:00:00+01:00", True)),
        ("Sam picks up the banners Sat", ("other", "2026-03-14T00:00:00+01:00", True)),
        ("No answer, will try him again Mon", ("call", "2026-03-16T00:00:00+01:00", True)),
        ("Chase the quote EOD tmrw", ("other", "2026-03-11T00:00:00+01:00", True)),
    ],
)
def test_round9_short_weekdays_in_slack(text, expected):
    assert dues(text, TUE_MAR) == [expected]


def test_round9_man_without_its_dot_before_a_part_of_the_day_stays_the_pronoun():
    assert dues("Det siger man formiddag og aften", TUE_MAR) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Getting back or getting hold of someone, the medium unsaid, is an `other` follow-up.
        ("Jeg vender retur onsdag", ("other", "2026-03-11T00:00:00+01:00", True)),
        ("Tager fat i Bo torsdag", ("other", "2026-03-12T00:00:00+01:00", True)),
        ("Reach out to Lee on Friday", ("other", "2026-03-13T00:00:00+01:00", True)),
        ("He'll revert by Friday", ("other", "2026-03-13T00:00:00+01:00", True)),
        ("Get in touch with Ann Monday", ("other", "2026-03-16T00:00:00+01:00", True)),
        # A text to send is no e-mail: "sms'er hende fredag", "text him on Friday".
        ("sms'er hende fredag", ("other", "2026-03-13T00:00:00+01:00", True)),
        ("Text him on Friday", ("other", "2026-03-13T00:00:00+01:00", True)),
        # "pickup" naming a detail is no pick-up: what is sent is an e-mail.
        ("Send him the pickup time tomorrow", ("email", "2026-03-11T00:00:00+01:00", True)),
    ],
)
def test_round9_follow_up_verbs_outside_the_usual(text, expected):
    assert dues(text, TUE_MAR) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The medium named right after a follow-up that names none decides its action.
        ("Jeg følger op på tlf. fredag formiddag", ("call", "2026-03-13T10:00:00+01:00", False)),
        ("I'll circle back by phone thurs", ("call", "2026-03-12T00:00:00+01:00", True)),
        ("Chase Marisol on the phone on Friday", ("call", "2026-03-13T00:00:00+01:00", True)),
        ("Tager fat i hende pr. mail torsdag", ("email", "2026-03-12T00:00:00+01:00", True)),
        ("Follow up by email on Friday", ("email", "2026-03-13T00:00:00+01:00", True)),
        ("Chase the quote Friday", ("other", "2026-03-13T00:00:00+01:00", True)),
    ],
)
def test_a_follow_up_takes_the_medium_named_after_it(text, expected):
    assert dues(text, TUE_MAR) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number joined to letters by a hyphen is a form or a code, no hour: "the W-9 tmrw".
        ("Email her the W-9 tomorrow", ("email", "2026-03-11T00:00:00+01:00", True)),
        ("Send the COVID-19 form tomorrow", ("email", "2026-03-11T00:00:00+01:00", True)),
        ("Call her 9 tomorrow", ("call", "2026-03-11T09:00:00+01:00", False)),
    ],
)
def test_a_code_with_a_number_is_no_hour(text, expected):
    assert dues(text, TUE_MAR) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # English -s and -ing forms are promises as the base form: "rings the volunteers", "follows up", "sending".
        ("<@U0KIM> rings the caretaker on Friday", [("call", "2026-03-13T00:00:00+01:00", True)]),
        ("Ayesha is ringing her back tomorrow", [("call", "2026-03-11T00:00:00+01:00", True)]),
        ("Tom follows up on Thursday", [("other", "2026-03-12T00:00:00+01:00", True)]),
        ("<@U0LIV> meets the caretaker Friday at 9", [("meeting", "2026-03-13T09:00:00+01:00", False)]),
        ("Their trustees meets on Friday", []),
        ("They're sending the floor plan Friday", [("email", "2026-03-13T00:00:00+01:00", True)]),
        # A visit said as coming, popping or stopping by is a meeting.
        ("She'll pop in on Thursday at 2", [("meeting", "2026-03-12T14:00:00+01:00", False)]),
        ("Gary will swing by the branch Monday", [("meeting", "2026-03-16T00:00:00+01:00", True)]),
        ("He's coming over Friday at 10", [("meeting", "2026-03-13T10:00:00+01:00", False)]),
        ("Vi tager derud torsdag kl. 13", [("meeting", "2026-03-12T13:00:00+01:00", False)]),
        ("We're heading over there on Friday", [("meeting", "2026-03-13T00:00:00+01:00", True)]),
        # What is still to come arriving is a delivery we wait for.
        ("Halvdelen af bøgerne kom i dag, resten kommer torsdag", [("other", "2026-03-12T00:00:00+01:00", True)]),
        ("Restordren leveres på fredag", [("other", "2026-03-13T00:00:00+01:00", True)]),
        (
            "Got 3 of the boxes, the remaining ones will arrive on Monday",
            [("other", "2026-03-16T00:00:00+01:00", True)],
        ),
        ("the rest is coming Thursday", [("other", "2026-03-12T00:00:00+01:00", True)]),
        # ... also brought or sent as the object: "kommer med resten", "sends the rest", "de sidste 10 ...".
        ("Hun kommer med resten torsdag", [("other", "2026-03-12T00:00:00+01:00", True)]),
        ("Ole sender resten af plakaterne fredag", [("other", "2026-03-13T00:00:00+01:00", True)]),
        ("They're sending the remainder on Monday", [("other", "2026-03-16T00:00:00+01:00", True)]),
        ("De sender de sidste 12 bøger fredag", [("other", "2026-03-13T00:00:00+01:00", True)]),
        ("Send her the 3 photos tomorrow", [("email", "2026-03-11T00:00:00+01:00", True)]),
        # A fronted object decides what "send" is: the subject comes after the verb.
        ("Aftalen sender jeg fredag", [("contract", "2026-03-13T00:00:00+01:00", True)]),
        ("Referatet sender vi torsdag", [("email", "2026-03-12T00:00:00+01:00", True)]),
        # A visit named by its kind after a topic word is the event asked about, no follow-up.
        ("Emailed the school about a class visit on 2 April", []),
        ("Mail til Ida ang. et forfatter visit d. 2/4", []),
        ("Book a visit on 2 April", [("meeting", "2026-04-02T00:00:00+02:00", True)]),
    ],
)
def test_round10_verb_forms_visits_arrivals_and_fronted_objects(text, expected):
    assert dues(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Coffee agreed is a meeting; "phone the ..." is a call; a colleague's mention after a fronted object sends it.
        ("Hun sagde ja til kaffe fredag kl 9", [("meeting", "2026-03-13T09:00:00+01:00", False)]),
        ("Let's grab a coffee on Thursday", [("meeting", "2026-03-12T00:00:00+01:00", True)]),
        ("They'll give coffee for the launch on Friday", []),
        ("Phone the caretaker tomorrow", [("call", "2026-03-11T00:00:00+01:00", True)]),
        ("Aftalen sender <@U0ANNA> torsdag", [("contract", "2026-03-12T00:00:00+01:00", True)]),
    ],
)
def test_round10_coffee_agreed_phoning_and_a_mention_after_the_verb(text, expected):
    assert dues(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "maj"/"may" are full month names after a word that places a time in a month, not after "til" (the name Maj).
        ("Ringer hende i maj", [("call", "2026-05-01T00:00:00+02:00", True)]),
        ("Call Tom in May", [("call", "2026-05-01T00:00:00+02:00", True)]),
        ("Ringer til Maj i morgen", [("call", "2026-03-11T00:00:00+01:00", True)]),
        ("It may rain, call Bo Friday", [("call", "2026-03-13T00:00:00+01:00", True)]),
        # "sidst i måneden" is the month's last day, as "sidst på måneden".
        ("Mailer ham sidst i måneden", [("email", "2026-03-31T00:00:00+02:00", True)]),
    ],
)
def test_round10_may_as_a_month_and_the_end_of_the_month(text, expected):
    assert dues(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A weekday before "after/efter <a day>" is that weekday after it, named (never moved).
        ("Ringer onsdag efter påske", [("call", "2026-04-08T00:00:00+02:00", True)]),
        ("Call the Friday after Easter", [("call", "2026-04-10T00:00:00+02:00", True)]),
        ("Call Monday after the 20th", [("call", "2026-03-23T00:00:00+01:00", True)]),
        ("Follow up the Monday after Thanksgiving", [("other", "2026-11-30T00:00:00+01:00", True)]),
        ("Ring fredag efter kl 10", [("call", "2026-03-13T10:00:00+01:00", False)]),
    ],
)
def test_round10_a_weekday_after_a_day(text, expected):
    assert dues(text, TUE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # British office shorthand: "close of play" is the day's end, "a week on Monday" is Monday week.
        ("Email the figures by close of play", [("email", "2026-03-10T00:00:00+01:00", True)]),
        ("Send the deck end of play Thursday", [("email", "2026-03-12T00:00:00+01:00", True)]),
        ("Ring back a week on Thursday", [("call", "2026-03-19T00:00:00+01:00", True)]),
        ("Ring back Thursday week", [("call", "2026-03-19T00:00:00+01:00", True)]),
    ],
)
def test_round10_close_of_play_and_a_week_on_a_weekday(text, expected):
    assert dues(text, TUE) == expected
