"""Suggestions the bot adds by the partnership practice."""

from bot.understanding import parse
from tests.bot.understanding.helpers import at


def suggested(text, now):
    return [
        (f.action, f.due.isoformat(), f.all_day) for f in parse(text, now=at(now), tz="Europe/Copenhagen").suggested
    ]


def test_agreement_without_email_suggests_a_summary_email_today():
    assert ("email", "2026-03-10T00:00:00+01:00", True) in suggested(
        "Ringede til Lars hos Netto. De giver 5.000 kr. Ring fredag.", "2026-03-10T09:15:00+01:00"
    )


def test_no_summary_suggestion_when_an_email_is_mentioned():
    assert (
        suggested(
            "Ringede til Lars hos Netto. De giver 5.000 kr. Han bekræfter på mail. Ring fredag.",
            "2026-03-10T09:15:00+01:00",
        )
        == []
    )


def test_callback_in_two_working_days_when_no_follow_up():
    assert suggested("Ringede til Netto Greve, ingen svar.", "2026-03-27T10:00:00+01:00") == [
        ("call", "2026-03-31T00:00:00+02:00", True)
    ]


def test_suggestions_skip_weekends_and_holidays():
    # Written on Saturday: the summary e-mail moves to Monday; the callback skips Easter.
    assert suggested("Talte med Bo fra Netto. Ja til 50 bøger.", "2026-04-04T10:00:00+02:00") == [
        ("email", "2026-04-07T00:00:00+02:00", True),
        ("call", "2026-04-08T00:00:00+02:00", True),
    ]


def test_no_callback_after_a_refusal():
    assert suggested("Ringede til Netto Greve. Nej tak.", "2026-03-10T09:15:00+01:00") == []
