"""Suggestions the bot adds by the partnership practice."""

import pytest

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


def test_a_pasted_email_with_a_yes_gets_the_callback_and_no_summary_email():
    text = "Fra: Per Holm <per@holmbyg.dk>\nEmne: Sv: Læsefest\nHej Mette, vi giver gerne 2.000 kr. Mvh Per"
    assert suggested(text, "2026-03-10T09:15:00+01:00") == [("call", "2026-03-12T00:00:00+01:00", True)]


def test_a_written_yes_gets_no_summary_email():
    # The interaction is an e-mail even without the word: it is the written word.
    assert suggested("Skrev med Bo fra Netto: ja til 50 bøger.", "2026-03-10T09:15:00+01:00") == [
        ("call", "2026-03-12T00:00:00+01:00", True)
    ]


def test_a_weekday_naming_today_before_the_kind_is_the_interaction():
    # "Tuesday call" written on a Tuesday is the call logged, not a call next week.
    result = parse(
        "Tuesday call with Elm Books: £200 for the prizes", now=at("2026-03-10T09:15:00+01:00"), tz="Europe/London"
    )
    assert result.followups == []
    assert [s.action for s in result.suggested] == ["email", "call"]


def test_let_us_know_with_a_time_is_their_follow_up():
    result = parse(
        "Call with Oak Deli: they'll mull it over and let us know by Friday",
        now=at("2026-03-10T09:15:00+01:00"),
        tz="Europe/London",
    )
    assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-13")]
    assert result.suggested == []


def test_the_summary_already_sent_is_an_email_mentioned():
    assert suggested("Møde med Netto Ølby: ja til 3.000 kr. Opsummering sendt.", "2026-03-10T09:15:00+01:00") == [
        ("call", "2026-03-12T00:00:00+01:00", True)
    ]


def test_a_confirmation_promised_in_writing_is_our_email():
    for text in (
        "tlf m. Netto Ølby: ja til 3.000 kr. – jeg bekræfter på skrift i morgen",
        "Call with Oak Books: yes to £300 - I'll drop them a line tomorrow",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("email", "2026-03-11")]
        assert result.suggested == []


def test_a_promise_read_late_still_gets_the_summary_email():
    from bot.understanding import story
    from bot.understanding.model import Money, ParseResult

    result = ParseResult()
    result.money = [Money(5000, "DKK")]
    story.read_promise(result, "Per lover 5.000 kr.")
    assert result.agreement == "yes"
    result = ParseResult()
    result.money = [Money(500, "GBP")]
    story.read_promise(result, "she'll meet us, no promises on the £500")
    assert result.agreement is None


def _owners(text, now="2026-03-10T09:15:00+01:00"):
    result = parse(text, now=at(now), tz="Europe/Copenhagen")
    return [(f.action, f.due.date().isoformat(), f.owner) for f in result.followups]


def test_each_promise_belongs_to_the_mention_of_its_own_clause():
    assert _owners("Møde med Brugsen: <@U01ALMA> ringer fredag, <@U01BO> mailer tilbuddet i morgen") == [
        ("email", "2026-03-11", "U01BO"),
        ("call", "2026-03-13", "U01ALMA"),
    ]
    assert _owners("<@U01ALMA> sends the poster Monday and <@U01BO> calls them Thursday") == [
        ("call", "2026-03-12", "U01BO"),
        ("email", "2026-03-16", "U01ALMA"),
    ]


def test_a_clause_of_the_writers_own_has_no_mentioned_owner():
    assert _owners("<@U01ALMA> sends the poster Monday, and I'll call them Thursday") == [
        ("call", "2026-03-12", None),
        ("email", "2026-03-16", "U01ALMA"),
    ]


def test_the_partner_confirming_later_is_their_promise_and_no_yes_yet():
    for text in (
        "Call with Elm Books – they'll confirm by Thursday",
        "Møde med Bager Jens – han bekræfter senest torsdag",
        "Call with Elm Books – she'll reply by Thursday",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")]
        assert result.agreement is None
        assert result.suggested == []
    result = parse(
        "Call with Elm Books – they'll confirm by email Thursday",
        now=at("2026-03-10T09:15:00+01:00"),
        tz="Europe/London",
    )
    assert [f.action for f in result.followups] == ["email"]


def test_what_was_sent_already_is_no_follow_up():
    assert _owners("Ringede til Netto Ølby. Mailede ham tilbuddet kl 8") == []
    assert _owners("Called Oak Books. Sent her the agreement this morning, call her Friday") == [
        ("call", "2026-03-13", None)
    ]


# Round 11 (fields-dev42): the practice's suggestions and the kind, in new wording.


def test_an_email_received_said_with_a_demonstrative_or_forwarded_from_someone_is_an_email():
    for text in (
        "Fik denne mail: vi giver gerne 20 bøger. Mvh Bo",
        "Got this email: happy to help with the fair, Jo",
        "fwd from jo.berg@example.com: vi kan desværre ikke i år",
    ):
        assert parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen").kind == "email", text


def test_the_topic_or_question_of_a_message_we_left_is_no_answer():
    for text in (
        "Left a voicemail for Ian at Elm Deli re donating sandwiches",
        "lagde besked til Per om de vil give 20 is",
        "sms til Kim om han vil sponsorere præmierne",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert result.agreement is None, text
        assert all(f.action != "email" for f in result.suggested), text


def test_coffee_given_for_an_event_is_goods_not_a_meeting():
    for text in (
        "Ringede til Kaffebaren Bryg: ja til kaffe til forfatteraftenen",
        "Phoned the Bean Shed, they said yes to coffee for our volunteers' evening",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert result.agreement == "yes", text
        assert [f.action for f in result.suggested] == ["email", "call"], text
    met = parse("Ringede til Bo: ja til kaffe torsdag", now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
    assert met.agreement is None and [f.action for f in met.followups] == ["meeting"]


def test_a_recap_promised_is_the_summary_email():
    result = parse(
        "Talked to Jo at Oak Café: yes to 30 muffins, recap goes out Friday",
        now=at("2026-03-10T09:15:00+00:00"),
        tz="Europe/London",
    )
    assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("email", "2026-03-13")]
    assert result.suggested == []


def test_an_agreement_already_signed_or_paid_gets_no_summary_email():
    for text in (
        "Kontrakten med Elm Garage er underskrevet",
        "The contract with Oak Books has been signed and filed",
        "Oak Books have paid the 2,000 DKK they pledged",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert all(f.action != "email" for f in result.suggested), text
    # Still to come, it is a new agreement to sum up.
    assert ("email", "2026-03-10T00:00:00+01:00", True) in suggested(
        "Ringede til Bager Ib: ja til 5.000 kr., kontrakten underskrives fredag", "2026-03-10T09:15:00+01:00"
    )


def test_a_call_topic_never_runs_across_a_dash_into_their_answer():
    result = parse(
        "Phoned Amir at Amir's Bakery - she'll think about it", now=at("2026-03-10T09:15:00+00:00"), tz="Europe/London"
    )
    assert result.agreement == "maybe"
    assert [f.action for f in result.suggested] == ["call"]


def test_follow_up_verbs_in_the_ing_form_are_follow_ups_that_stand_in_for_the_callback():
    for text in (
        "Rang Oak Deli, yes to 12 pies. Circling back with them Thu.",
        "Rang Oak Deli, yes to 12 pies. Chasing him Thursday for the invoice address.",
        "Rang Oak Deli, yes to 12 pies. Pinging her Thursday.",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+00:00"), tz="Europe/London")
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")], text
        assert [f.action for f in result.suggested] == ["email"], text


def test_a_danish_reply_promised_in_the_infinitive_is_their_follow_up():
    for text in (
        "Tlf m. Rita fra Ritas Café: hun vil overveje det og melde tilbage torsdag",
        "Møde med Brugsen Ølby, de lovede at vende tilbage torsdag",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")], text
        assert result.suggested == [], text


def test_our_own_coming_back_is_no_maybe_of_theirs():
    result = parse(
        "Tlf m. Rita fra Ritas Café: ja til 40 boller. Jeg vil vende tilbage til hende torsdag",
        now=at("2026-03-10T09:15:00+01:00"),
        tz="Europe/Copenhagen",
    )
    assert result.agreement == "yes"


def test_drinks_or_dinner_with_someone_is_a_meeting_and_an_email_in_from_is_an_email():
    now = at("2026-03-10T09:15:00+00:00")
    assert parse("dinner w/ Sue from Oak Tiles, she's in for £80", now=now, tz="Europe/London").kind == "meeting"
    assert parse("Drinks with Raj (Raj Wines): yes to 6 bottles", now=now, tz="Europe/London").kind == "meeting"
    assert parse("Email in from Sue at Oak Tiles: happy to help", now=now, tz="Europe/London").kind == "email"


def test_the_topic_of_a_voicemail_shorthand_is_no_answer():
    result = parse(
        "lvm w/ Deb at Deb's Diner about donating pancakes", now=at("2026-03-10T09:15:00-04:00"), tz="America/New_York"
    )
    assert result.agreement is None
    assert [f.action for f in result.suggested] == ["call"]


def test_a_pledge_called_off_without_tilbage_is_a_no():
    for text in (
        "Bager Ib har trukket sit tilsagn om 30 kager",
        "Fakta Ølby springer fra alligevel",
        "Lions aflyste sponsoratet i går",
        "Oak Garage cancelled the pledge",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert result.agreement == "no", text
        assert result.suggested == [], text


def test_written_paid_or_arrived_reports_get_no_summary_email_and_a_cheque_is_no_check():
    for text in (
        "Underskrevet aftale modtaget fra Bager Ib",
        "Aftalen med Fakta er nu bekræftet skriftligt",
        "Oak Garage's £300 hit our account today",
        "The 12 pies from Oak Deli arrived this morning",
        "Got the cheque from Oak Garage today - £300!",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert all(f.action != "email" for f in result.suggested), text
        assert result.followups == [], text


def test_talking_again_and_hearing_from_them_are_follow_ups_that_stand_in_for_the_callback():
    cph, lon = "2026-03-10T09:15:00+01:00", "2026-03-10T09:15:00+00:00"
    for text, now, tz, action in (
        (
            "Tlf m. Bo fra Bos Bolcher: ja til 100 bolcher. Tager en snak med ham igen torsdag",
            cph,
            "Europe/Copenhagen",
            "call",
        ),
        ("Tlf m. Bo fra Bos Bolcher: ja til 100 bolcher. Hører fra ham torsdag", cph, "Europe/Copenhagen", "other"),
        ("Rang Ann at Elm Print, yes to 50 flyers. Speak Thu.", lon, "Europe/London", "call"),
        ("Rang Ann at Elm Print, yes to 50 flyers. Should hear back from her Thursday.", lon, "Europe/London", "other"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [(action, "2026-03-12")], text
        assert [f.action for f in result.suggested] == ["email"], text


def test_an_answer_promised_with_a_day_is_their_follow_up_and_no_pledge():
    for text, now, tz in (
        (
            "Ringede til Ole fra Oles Optik, han lovede os svar torsdag",
            "2026-03-10T09:15:00+01:00",
            "Europe/Copenhagen",
        ),
        ("Rang Ann at Elm Print: she promised a decision by Thursday", "2026-03-10T09:15:00+00:00", "Europe/London"),
        (
            "Called Deb at Deb's Diner, she'll get an answer to us by Thursday",
            "2026-03-10T09:15:00-04:00",
            "America/New_York",
        ),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.agreement != "yes", text
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")], text
        assert result.suggested == [], text


# Round 12 (fields-dev46): an answer promised in the present or perfect, and signing to come, by either side.
def test_an_answer_promised_in_the_present_or_perfect_is_their_follow_up_and_no_pledge():
    for text in (
        "Ringede til Ida fra Idas Is, hun lover svar inden torsdag",
        "Tlf m. Bo fra Bos Bageri: de har lovet os et svar torsdag",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+01:00"), tz="Europe/Copenhagen")
        assert result.agreement != "yes", text
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")], text


def test_signing_to_come_is_a_contract_follow_up():
    cph, lon = "2026-03-10T09:15:00+01:00", "2026-03-10T09:15:00+00:00"
    for text, now, tz in (
        ("Tlf m. Bo fra Bos Bageri: ja til 40 boller, han skriver under på torsdag", cph, "Europe/Copenhagen"),
        ("Tlf m. Bo fra Bos Bageri: ja til 40 boller, hun underskriver aftalen torsdag", cph, "Europe/Copenhagen"),
        ("Rang Jo at Elm Print: yes to 50 flyers, she'll sign it Thursday", lon, "Europe/London"),
        ("Rang Jo at Elm Print: yes to 50 flyers, I'm signing the agreement with her Thursday", lon, "Europe/London"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("contract", "2026-03-12")], text


def test_a_call_given_is_no_pledge_and_no_summary_e_mail():
    cph, lon = "2026-03-10T09:15:00+01:00", "2026-03-10T09:15:00+00:00"
    for text, now, tz in (
        ("Tlf m. Bo fra Bos Bageri: jeg giver ham et kald torsdag", cph, "Europe/Copenhagen"),
        ("Tlf m. Bo fra Bos Bageri: hun giver os et opkald torsdag", cph, "Europe/Copenhagen"),
        ("Rang Jo at Elm Print. I'll give her a ring Thursday", lon, "Europe/London"),
        ("Rang Jo at Elm Print: she'll give us a quick call Thursday", lon, "Europe/London"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.agreement != "yes", text
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("call", "2026-03-12")], text
        assert result.suggested == [], text
    result = parse(
        "Rang Jo at Elm Print: they'll give us 50 books, I'll give her a ring Thursday", now=at(lon), tz="Europe/London"
    )
    assert result.agreement == "yes"


def test_a_summary_said_sent_is_done_and_no_follow_up():
    cph, lon = "2026-03-10T16:00:00+01:00", "2026-03-10T16:00:00+00:00"
    for text, now, tz in (
        (
            "Tlf m. Bo fra Bos Bageri: ja til 40 boller. Opsummering sendt kl. 14, ring torsdag",
            cph,
            "Europe/Copenhagen",
        ),
        (
            "Tlf m. Bo fra Bos Bageri: ja til 40 boller, referatet er sendt kl 15. Ring torsdag",
            cph,
            "Europe/Copenhagen",
        ),
        ("Rang Jo at Elm Print: yes to 50 flyers. Recap sent at 3, call her Thursday", lon, "Europe/London"),
        ("Rang Jo at Elm Print: yes to 50 flyers. The summary went out at 2pm; call Thursday", lon, "Europe/London"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("call", "2026-03-12")], text
        assert result.suggested == [], text
    result = parse("Tlf m. Bo fra Bos Bageri: referatet sendes fredag", now=at(cph), tz="Europe/Copenhagen")
    assert [f.action for f in result.followups] == ["email"]


def test_the_logged_interaction_named_with_a_past_verb_is_no_follow_up_at_its_hour():
    cph, ny = "2026-03-10T16:00:00+01:00", "2026-03-10T16:00:00-04:00"
    for text, now, tz in (
        ("Havde et møde med Bo fra Bos Bageri kl 11, han er med", cph, "Europe/Copenhagen"),
        ("Holdt møde med Bo fra Bos Bageri kl. 10, han er med", cph, "Europe/Copenhagen"),
        ("Had a call w/ Dee at Dee's Diner at 11 - she's in", ny, "America/New_York"),
        ("Had a quick meeting with Dee at Dee's Diner at 10am, she's in", ny, "America/New_York"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.followups == [], text
        assert [(f.action, f.due.date().isoformat()) for f in result.suggested] == [
            ("email", "2026-03-10"),
            ("call", "2026-03-12"),
        ], text


def test_sign_up_and_a_signature_done_are_no_signing_to_come():
    for text in (
        "Rang Jo at Elm Print: we'll sign up for their fair Thursday",
        "Rang Jo at Elm Print: they signed it today, I'll email the receipt Thursday",
    ):
        result = parse(text, now=at("2026-03-10T09:15:00+00:00"), tz="Europe/London")
        assert "contract" not in [f.action for f in result.followups], text


def test_answers_that_decide_the_suggestions_in_new_wording():
    cph, lon = "2026-03-10T09:15:00+01:00", "2026-03-10T09:15:00+00:00"
    for text, now, tz, answer, actions in (
        (
            "Tlf m. Kaj fra Kajs Kiosk: positiv, udvalget tager stilling i april",
            cph,
            "Europe/Copenhagen",
            "maybe",
            ["call"],
        ),
        ("Rang Jo at Elm Print: yes, pending her co-owner's sign-off", lon, "Europe/London", "maybe", ["call"]),
        ("Rang Jo at Elm Print: the committee votes on it next month", lon, "Europe/London", "maybe", None),
        ("Rang Jo at Elm Print - they'd rather not this year, thanks", lon, "Europe/London", "no", []),
        ("Tlf m. Kaj fra Kajs Kiosk: han vil helst ikke, desværre", cph, "Europe/Copenhagen", "no", []),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.agreement == answer, text
        if actions is not None:
            assert [f.action for f in result.suggested] == actions, text
    # Not wanting to be named is no refusal.
    named = parse(
        "Rang Jo at Elm Print: happy to give £40 but she'd rather not be named", now=at(lon), tz="Europe/London"
    )
    assert named.agreement == "yes"


def test_visits_video_calls_and_dialling_named_every_way_are_their_kind():
    now = at("2026-03-10T09:15:00+01:00")
    for text, kind in (
        ("Besøg på Kroen i Ølby i dag – ja til 40 frikadeller", "meeting"),
        ("Skype m. Lis fra Lis' Lys: ja til 30 lys", "meeting"),
        ("Lisa from Oak Candles came by the library, yes to 30 candles", "meeting"),
        ("Swung by Oak Candles, yes to 30 candles", "meeting"),
        ("mtg @ Oak Candles - yes to 30 candles", "meeting"),
        ("Sat down w/ Lisa at Oak Candles, yes to 30 candles", "meeting"),
        ("Dialed Lisa at Oak Candles, yes to 30 candles", "call"),
    ):
        result = parse(text, now=now, tz="Europe/Copenhagen")
        assert result.kind == kind, text
        assert result.followups == [], text
        assert [f.action for f in result.suggested] == ["email", "call"], text


def test_a_call_in_slang_and_putting_it_in_writing_stand_in_for_the_practice():
    cph, lon = "2026-03-10T09:15:00+01:00", "2026-03-10T09:15:00+00:00"
    for text, now, tz, action, suggested_actions in (
        (
            "Tlf m. Pia fra Pias Pasta: ja til 5 kg pasta. Giver hende et kald torsdag",
            cph,
            "Europe/Copenhagen",
            "call",
            ["email"],
        ),
        (
            "Rang Tim at Elm Bikes: yes to 2 bikes, will give him a bell Thursday",
            lon,
            "Europe/London",
            "call",
            ["email"],
        ),
        (
            "Rang Tim at Elm Bikes: yes to 2 bikes, will put it in writing for him Thursday",
            lon,
            "Europe/London",
            "email",
            [],
        ),
        (
            "Tlf m. Pia fra Pias Pasta: ja til 5 kg pasta, sætter aftalen på skrift torsdag",
            cph,
            "Europe/Copenhagen",
            "email",
            [],
        ),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [(action, "2026-03-12")], text
        assert [f.action for f in result.suggested] == suggested_actions, text


def test_more_settled_reports_get_no_summary_email_and_a_contract_received_is_no_follow_up():
    now = at("2026-03-10T09:15:00+01:00")
    for text in (
        "Fik aftalen retur underskrevet fra Bager Ib i dag",
        "Fakta har bekræftet de 3.000 kr. på skrift",
        "Contract with Oak Garage signed and returned",
        "Picked up the 12 pies from Oak Deli",
        "Oak Garage's £300 cleared today",
    ):
        result = parse(text, now=now, tz="Europe/Copenhagen")
        assert result.followups == [], text
        assert all(f.action != "email" for f in result.suggested), text
    # Answering the phone and clearing it with someone settle nothing.
    for text in (
        "Rang Ann at Elm Print, she picked up at once: yes to 50 flyers",
        "Rang Ann at Elm Print: she cleared it with her boss, yes to 50 flyers",
    ):
        assert [f.action for f in parse(text, now=now, tz="Europe/London").suggested] == ["email", "call"], text


def test_a_text_sent_is_a_note_and_how_they_want_to_be_reached_is_no_answer():
    now = at("2026-03-10T09:15:00+01:00")
    for text in ("Sendte sms til Bo fra Bos Bolcher om slik til juletræsfesten", "Sent Ann a text re the flyers"):
        result = parse(text, now=now, tz="Europe/Copenhagen")
        assert result.kind == "note", text
        assert result.suggested == [], text
    for text in ("NB: Brugsen Ølby vil gerne kontaktes i næste uge", "Oak Garage would like to be contacted by phone"):
        assert parse(text, now=now, tz="Europe/Copenhagen").agreement is None, text


def test_the_days_between_two_holidays_are_said_not_guessed():
    for text, now, tz in (
        (
            "Tlf m. Gitte fra Gittes Gaver: hun ringer mellem jul og nytår",
            "2026-12-21T09:15:00+01:00",
            "Europe/Copenhagen",
        ),
        (
            "Rang Gail at Elm Gifts: she'll ring between Christmas and New Year",
            "2026-12-21T09:15:00+00:00",
            "Europe/London",
        ),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.followups == [], text
        assert any("jul" in u or "Christmas" in u for u in result.unresolved), text


def test_a_person_who_is_a_no_minutes_to_follow_and_ttyl():
    now = at("2026-03-10T09:15:00+00:00")
    no = parse("spoke w/ kim @ elm toys, she's a no on the raffle prizes", now=now, tz="Europe/London")
    assert no.agreement == "no" and no.suggested == []
    assert parse("spoke w/ kim @ elm toys, she's no longer the owner", now=now, tz="Europe/London").agreement != "no"
    minutes = parse("Met Kim at Elm Toys: yes to 10 games, minutes to follow", now=now, tz="Europe/London")
    assert [f.action for f in minutes.suggested] == ["call"]
    ttyl = parse("spoke w/ kim @ elm toys, she's a yes on the games, ttyl thurs", now=now, tz="Europe/London")
    assert [(f.action, f.due.date().isoformat()) for f in ttyl.followups] == [("call", "2026-03-12")]


def test_the_follow_up_taken_by_a_colleague_is_theirs():
    result = parse(
        "Tlf m. Dan fra Dans Dæk: ja til 4 dæk. <@U09LIV> tager opfølgningen torsdag",
        now=at("2026-03-10T09:15:00+01:00"),
        tz="Europe/Copenhagen",
    )
    assert [(f.action, f.due.date().isoformat(), f.owner) for f in result.followups] == [
        ("other", "2026-03-12", "U09LIV")
    ]
    assert [f.action for f in result.suggested] == ["email"]


def test_a_written_reply_is_an_email_and_a_missed_call_is_a_call():
    now = at("2026-03-10T09:15:00+00:00")
    for text, kind, suggested_actions in (
        ("Oak Sweets replied: glad to give 3 jars of fudge", "email", ["call"]),
        ("Bo fra Bos Bolcher svarede: ja tak, 2 kg slik", "email", ["call"]),
        ("Missed call from Ann at Elm Print", "call", ["call"]),
    ):
        result = parse(text, now=now, tz="Europe/London")
        assert result.kind == kind, text
        assert [f.action for f in result.suggested] == suggested_actions, text
    assert parse("Called Ann, she replied that she'd think about it", now=now, tz="Europe/London").kind == "call"


def test_neither_yes_nor_no_is_a_maybe_and_more_refusals_and_maybes():
    now = at("2026-03-10T09:15:00+00:00")
    for text, answer in (
        ("Tlf m. Ib fra Ibs Is: hverken ja eller nej endnu", "maybe"),
        ("Tlf m. Ib fra Ibs Is: ikke et ja, men heller ikke et nej", "maybe"),
        ("Rang Ann at Elm Print: not a yes, but not a no either", "maybe"),
        ("Rang Ann at Elm Print: she'll look at the budget", "maybe"),
        ("Rang Ann at Elm Print: she needs to see the numbers first", "maybe"),
        ("Rang Ann at Elm Print: it's a firm pass", "no"),
        ("Rang Ann at Elm Print: not for them, sorry", "no"),
    ):
        result = parse(text, now=now, tz="Europe/London")
        assert result.agreement == answer, text
        assert [f.action for f in result.suggested] == ([] if answer == "no" else ["call"]), text


def test_their_answer_coming_on_a_day_stands_in_for_the_callback():
    cph, lon = "2026-03-10T09:15:00+01:00", "2026-03-10T09:15:00+00:00"
    for text, now, tz in (
        ("Tlf m. Rut fra Ruts Rosen: hun bekræfter på torsdag", cph, "Europe/Copenhagen"),
        ("Rang Ruth at Elm Roses: she'll be in touch Thursday", lon, "Europe/London"),
        ("Rang Ruth at Elm Roses: she'll holler back Thursday", lon, "Europe/London"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.agreement != "yes", text
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")], text
        assert result.suggested == [], text


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        (
            "Called Amir at Orchard Books, keen but need sign-off from head office, will know by 14 Dec.",
            "Europe/London",
            "2026-12-14",
        ),
        ("Spoke to Kim at Elm Foods, she will know on Monday", "Europe/London", "2026-12-07"),
        ("Rang Jo at Fern Tiles - they'll know more next week", "Europe/London", "2026-12-07"),
        ("Ringede til Hanne i Lidl Køge: hun ved mere på torsdag", "Europe/Copenhagen", "2026-12-03"),
        ("Tlf m. Ib fra Ibs Is, de ved besked fredag", "Europe/Copenhagen", "2026-12-04"),
    ],
)
def test_their_knowing_by_a_time_is_their_follow_up_and_stands_in_for_the_callback(text, tz, due):
    now = at("2026-12-01T11:00:00+01:00" if tz == "Europe/Copenhagen" else "2026-12-01T11:00:00+00:00")
    result = parse(text, now=now, tz=tz)
    assert [(f.action, f.due.date().isoformat(), f.by) for f in result.followups] == [("other", due, "partner")]
    assert [s for s in result.suggested if s.action == "call"] == []


@pytest.mark.parametrize(
    "text", ["Called Jo at Fern Tiles. We'll know more next week.", "Called Jo at Fern Tiles. I will know by Friday."]
)
def test_our_own_knowing_is_no_follow_up(text):
    result = parse(text, now=at("2026-12-01T11:00:00+00:00"), tz="Europe/London")
    assert result.followups == []


# Round 13 (fields-dev48): families of phrasing, each in wording apart from the corpus file.


def test_a_clock_beside_a_past_day_is_when_it_happened_not_a_follow_up():
    cph = at("2026-03-11T12:00:00+01:00")
    for text in (
        "Mailede Bo (Bos Bolcher) tilbuddet kl 8 i morges. Ringer ham torsdag",
        "Sendte Eva fra Elm Print aftalen i går kl. 15, ringer torsdag",
    ):
        result = parse(text, now=cph, tz="Europe/Copenhagen")
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("call", "2026-03-12")], text
    lon = at("2026-03-11T12:00:00+00:00")
    result = parse("Emailed Ann (Elm Print) the recap at 8 this morning", now=lon, tz="Europe/London")
    assert result.followups == []


def test_send_it_after_a_contract_named_is_the_contract():
    now = at("2026-03-10T09:15:00+00:00")
    result = parse("<@U0TIM> writes up the agreement for Elm Print and sends it Thursday", now=now, tz="Europe/London")
    assert [(f.action, f.due.date().isoformat(), f.owner) for f in result.followups] == [
        ("contract", "2026-03-12", "U0TIM")
    ]
    result = parse(
        "Jeg gør kontrakten færdig og sender den til Ib torsdag",
        now=at("2026-03-10T09:15:00+01:00"),
        tz="Europe/Copenhagen",
    )
    assert [f.action for f in result.followups] == ["contract"]
    result = parse("I'll write the thank-you note and send it Thursday", now=now, tz="Europe/London")
    assert [f.action for f in result.followups] == ["email"]


def test_a_decision_or_a_quote_they_promise_is_their_follow_up_and_no_yes():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    for text, now, tz in (
        ("Rang Ann at Elm Print - she'll decide by Thursday", lon, "Europe/London"),
        ("Met Joe (Oak Deli): he promised an estimate by Thursday", lon, "Europe/London"),
        ("Call w/ Sue at Pine Gym, they'll have an answer for us on Thursday", lon, "Europe/London"),
        ("Tlf m. Ib fra Ibs Is, han beslutter sig senest torsdag", cph, "Europe/Copenhagen"),
        ("Møde med Rut (Ruts Rosen) - hun har et svar til os torsdag", cph, "Europe/Copenhagen"),
        ("Tlf m. Ib fra Ibs Is: han lovede et tilbud torsdag", cph, "Europe/Copenhagen"),
    ):
        result = parse(text, now=now, tz=tz)
        assert result.agreement != "yes", text
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")], text
        assert result.suggested == [], text
    # a deciding body is still no promise to us
    board = parse("Rang Ann at Elm Print. Their board decides Thursday", now=lon, tz="Europe/London")
    assert board.followups == []


def test_our_question_to_ask_and_a_yes_still_to_come_are_no_yes():
    lon = at("2026-03-10T09:15:00+00:00")
    for text, answer in (
        ("Called Ann at Elm Print to ask whether they'd print the flyers", None),
        ("Sms til Ib i Ibs Is for at spørge om de vil give is", None),
        ("Met Sue at Pine Gym, she has to see the plan before saying yes", "maybe"),
        ("Møde m. Rut fra Ruts Rosen, hun vil tale med sin mand før hun siger ja", "maybe"),
        ("Rang Joe at Oak Deli, he's leaning yes on the sandwiches", "maybe"),
        ("Tlf m. Ib fra Ibs Is – han skal lige se tallene først", "maybe"),
    ):
        assert parse(text, now=lon, tz="Europe/London").agreement == answer, text


def test_an_email_back_from_them_is_an_email():
    lon = at("2026-03-10T09:15:00+00:00")
    for text in (
        "Email back from Sue at Pine Gym: she has to ask her manager",
        "e-mail reply from Joe (Oak Deli): maybe next month",
        "Mail retur fra Rut i Ruts Rosen: hun skal høre chefen",
        "Svarmail fra Ib hos Ibs Is: han overvejer det",
    ):
        result = parse(text, now=lon, tz="Europe/London")
        assert result.kind == "email", text
        assert [f.action for f in result.suggested] == ["call"], text


def test_an_approximate_hour_after_a_part_of_the_day():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    for text, now, tz, due in (
        ("I'll phone her tonight around 9", lon, "Europe/London", "2026-03-10T21:00:00+00:00"),
        ("calling Joe Thursday morning about 10", lon, "Europe/London", "2026-03-12T10:00:00+00:00"),
        ("ringer til Rut i aften omkring 7", cph, "Europe/Copenhagen", "2026-03-10T19:00:00+01:00"),
        ("ringer Ib torsdag eftermiddag ca. 3", cph, "Europe/Copenhagen", "2026-03-12T15:00:00+01:00"),
    ):
        result = parse(text, now=now, tz=tz)
        assert [f.due.isoformat() for f in result.followups] == [due], text


def test_a_quarter_naming_figures_is_no_time():
    lon = at("2026-03-10T09:15:00+00:00")
    for text in (
        "Rang Joe at Oak Deli, he'll revert once their Q2 figures are out",
        "Met Sue (Pine Gym); she'll get back to us after the second quarter results",
    ):
        result = parse(text, now=lon, tz="Europe/London")
        assert result.followups == [], text
        assert result.unresolved, text
    assert [f.due.date().isoformat() for f in parse("call her back in Q3", now=lon, tz="Europe/London").followups] == [
        "2026-07-01"
    ]


def test_nudges_things_brought_round_and_seeing_them_at_the_meeting_are_follow_ups():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    for text, now, tz, expected in (
        ("Emailed Joe at Oak Deli; nudging him Thursday if he's quiet", lon, "Europe/London", ("other", "2026-03-12")),
        ("Wrote to Sue (Pine Gym). Will bump the thread Thursday", lon, "Europe/London", ("other", "2026-03-12")),
        ("Rang Ann at Elm Print, she'll drop the banners over Thursday", lon, "Europe/London", ("other", "2026-03-12")),
        ("Tlf m. Ib fra Ibs Is. Vi ses til mødet torsdag kl 10", cph, "Europe/Copenhagen", ("meeting", "2026-03-12")),
    ):
        result = parse(text, now=now, tz=tz)
        assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [expected], text
        assert result.suggested == [], text


def test_the_middle_of_the_week_said_with_paa_is_unread():
    cph = at("2026-03-10T09:15:00+01:00")
    for text in ("Tlf m. Ib fra Ibs Is – han melder tilbage midt på ugen", "Møde m. Rut: jeg ringer midt på næste uge"):
        result = parse(text, now=cph, tz="Europe/Copenhagen")
        assert result.followups == [], text
        assert any("midt på" in u for u in result.unresolved), text


def test_todays_weekday_with_a_part_of_the_day_before_the_kind_is_the_interaction():
    for text, now, tz in (
        ("Thursday evening call w/ Ann at Elm Print: yes to 100 flyers", "2026-03-12T20:00:00+00:00", "Europe/London"),
        ("Thu pm meeting w/ Ann at Elm Print: yes to 100 flyers", "2026-03-12T16:00:00+00:00", "Europe/London"),
        ("Torsdag eftermiddag møde med Ib fra Ibs Is: ja til 100 is", "2026-03-12T16:00:00+01:00", "Europe/Copenhagen"),
    ):
        result = parse(text, now=at(now), tz=tz)
        assert result.followups == [], text
        assert [f.action for f in result.suggested] == ["email", "call"], text


def test_an_early_late_or_middle_part_of_the_day_keeps_the_day_and_drops_the_clock():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    for text, now, tz, part in (
        ("I'll ring Sue at Pine Gym late afternoon Thursday", lon, "Europe/London", "late afternoon"),
        ("calling her back Thursday early afternoon", lon, "Europe/London", "early afternoon"),
        ("ringer til Ib sidst på formiddagen torsdag", cph, "Europe/Copenhagen", "sidst på formiddagen"),
    ):
        result = parse(text, now=now, tz=tz)
        assert [(f.due.date().isoformat(), f.all_day) for f in result.followups] == [("2026-03-12", True)], text
        assert part in result.unresolved, text


def test_after_the_holidays_in_danish_is_unread():
    result = parse(
        "Møde m. Rut fra Ruts Rosen – hun melder tilbage efter helligdagene",
        now=at("2026-12-22T10:00:00+01:00"),
        tz="Europe/Copenhagen",
    )
    assert result.followups == []
    assert "efter helligdagene" in result.unresolved


def test_a_colleague_named_in_a_later_clause_does_not_own_the_partners_promise_before():
    cph, lon = at("2026-03-10T09:15:00+01:00"), at("2026-03-10T09:15:00+00:00")
    result = parse(
        "Tlf m. Rut fra Ruts Rosen: Rut sender prislisten i morgen, og <@U0LIV> ringer hende torsdag",
        now=cph,
        tz="Europe/Copenhagen",
    )
    assert [(f.action, f.owner) for f in result.followups] == [("email", None), ("call", "U0LIV")]
    result = parse(
        "Met Joe at Oak Deli. Joe will send the menu tomorrow and <@U0SAM> follows up Thursday",
        now=lon,
        tz="Europe/London",
    )
    assert [(f.action, f.owner) for f in result.followups] == [("email", None), ("other", "U0SAM")]
    # a mention that only addresses the colleague, and one subject for two clauses, still own them
    result = parse("Ring Joe at Oak Deli Thursday, <@U0SAM>", now=lon, tz="Europe/London")
    assert [f.owner for f in result.followups] == ["U0SAM"]
    result = parse("<@U0LIV> sender kontrakten i morgen og ringer torsdag", now=cph, tz="Europe/Copenhagen")
    assert [f.owner for f in result.followups] == ["U0LIV", "U0LIV"]


def test_a_bare_hour_after_after_beside_a_day_is_that_days_hour():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    for text, now, tz, due in (
        ("ringing him back Thursday after 3", lon, "Europe/London", "2026-03-12T15:00:00+00:00"),
        ("ringer Rut op torsdag efter 10", cph, "Europe/Copenhagen", "2026-03-12T10:00:00+01:00"),
    ):
        assert [f.due.isoformat() for f in parse(text, now=now, tz=tz).followups] == [due], text
    counted = parse("ringer om 3 dage, efter 2 dage er for tidligt", now=cph, tz="Europe/Copenhagen")
    assert [f.due.date().isoformat() for f in counted.followups] == ["2026-03-13"]


def test_shorthand_follow_ups_ved_hours_and_the_first_working_day_of_a_month():
    ny, cph = at("2026-03-10T09:15:00-04:00"), at("2026-03-10T09:15:00+01:00")
    result = parse("mtg w Joe at Oak Deli, he needs time to think. f/u Thurs", now=ny, tz="America/New_York")
    assert result.kind == "meeting"
    assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("other", "2026-03-12")]
    result = parse("Tlf m. Ib fra Ibs Is – ringer igen torsdag ved 14", now=cph, tz="Europe/Copenhagen")
    assert [f.due.isoformat() for f in result.followups] == ["2026-03-12T14:00:00+01:00"]
    # the first working day of a month is said, not read as the month's first day (a holiday in January)
    result = parse("Tlf m. Ib fra Ibs Is: han melder tilbage første hverdag i maj", now=cph, tz="Europe/Copenhagen")
    assert result.followups == []
    assert result.unresolved == ["første hverdag i maj"]


# Round 15 (fields-dev55): families of phrasing, each in wording apart from the corpus file.


def test_the_partners_clause_in_a_colleagues_sentence_is_theirs():
    cph, lon = at("2026-03-10T09:15:00+01:00"), at("2026-03-10T09:15:00+00:00")
    result = parse(
        "Met Ruth Avery at Elm Roses: <@U0SAM> rings the printer Thursday and Ruth emails the guest list on Friday",
        now=lon,
        tz="Europe/London",
    )
    assert [(f.action, f.due.date().isoformat(), f.owner, f.by) for f in result.followups] == [
        ("call", "2026-03-12", "U0SAM", None),
        ("email", "2026-03-13", None, "partner"),
    ]
    result = parse(
        "Tlf m. Knud Berg (Bergs Boghandel): <@U0LIV> mailer ham listen i morgen, og han svarer senest torsdag",
        now=cph,
        tz="Europe/Copenhagen",
    )
    assert [(f.action, f.owner, f.by) for f in result.followups] == [
        ("email", "U0LIV", None),
        ("other", None, "partner"),
    ]
    # their confirmation named by its giver is their answer, not an e-mail of ours
    result = parse(
        "Spoke to Nina Cole (Cole Cakes): <@U0SAM> sends the order today, Nina confirms the slot on Thursday",
        now=lon,
        tz="Europe/London",
    )
    assert [(f.action, f.owner, f.by) for f in result.followups] == [
        ("email", "U0SAM", None),
        ("other", None, "partner"),
    ]
    # a colleague's own second clause stays the colleague's
    result = parse("<@U0LIV> ringer til Knud i morgen og tager kontrakten med fredag", now=cph, tz="Europe/Copenhagen")
    assert [f.owner for f in result.followups] == ["U0LIV", "U0LIV"]


def test_coming_back_with_the_subject_left_out_is_ours_not_their_maybe():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    result = parse(
        "Rang Pat at Oak Mill - yes to 2 sacks of flour. Will get back to him Friday about collection.",
        now=lon,
        tz="Europe/London",
    )
    assert result.agreement == "yes"
    assert [f.action for f in result.suggested] == ["email"]
    result = parse(
        "Tlf m. Pia fra Pias Pynt: ja til 30 guirlander. Vender tilbage til hende på fredag.",
        now=cph,
        tz="Europe/Copenhagen",
    )
    assert result.agreement == "yes"
    # their coming back is still their maybe
    assert (
        parse("Rang Pat at Oak Mill, he will get back to us Friday", now=lon, tz="Europe/London").agreement == "maybe"
    )
    assert parse("Tlf m. Pia: hun vender tilbage fredag", now=cph, tz="Europe/Copenhagen").agreement == "maybe"


def test_an_answer_held_until_they_have_asked_someone_is_a_maybe():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    for text, now, tz in (
        ("Rang Pat at Oak Mill: he'll phone back Thursday after he's spoken to his brother", lon, "Europe/London"),
        ("Rang Pat at Oak Mill: they'll let us know when they've talked to the landlord", lon, "Europe/London"),
        ("Tlf m. Pia (Pias Pynt): hun melder tilbage, når hun har snakket med sin makker", cph, "Europe/Copenhagen"),
    ):
        assert parse(text, now=now, tz=tz).agreement == "maybe", text


def test_a_no_named_by_who_gave_it_is_a_no():
    lon = at("2026-03-10T09:15:00+00:00")
    for text in (
        "No from Pat Reed (Oak Mill) re the flour sacks.",
        "Rang Oak Mill. Got a no from Pat on the flour.",
        "Another no from Oak Mill – they're stretched this year.",
    ):
        result = parse(text, now=lon, tz="Europe/London")
        assert result.agreement == "no", text
        assert result.suggested == [], text
    # "no" inside other words is no refusal
    assert parse("Rang Pat at Oak Mill: yes, no fuss", now=lon, tz="Europe/London").agreement == "yes"


def test_a_paper_come_back_is_settled_and_a_new_yes_beside_a_settled_one_is_summed_up():
    lon, cph = at("2026-03-10T09:15:00+00:00"), at("2026-03-10T09:15:00+01:00")
    # the signed paper back, with what it is for between: no summary e-mail, no contract to send, the callback stays
    for text, now, tz in (
        ("Rang Pat at Oak Mill: the signed contract for the flour came back today", lon, "Europe/London"),
        ("Tlf m. Pia: den underskrevne kontrakt på guirlanderne er kommet retur", cph, "Europe/Copenhagen"),
    ):
        result = parse(text, now=now, tz=tz)
        assert result.followups == [], text
        assert [f.action for f in result.suggested] == ["call"], text
    # a yes of its own beside the settled one is a new agreement to sum up
    for text, now, tz in (
        (
            "Rang Pat at Oak Mill – the flour was delivered Monday, and he has also said yes to 3 bags of oats",
            lon,
            "Europe/London",
        ),
        ("Tlf m. Pia – guirlanderne er leveret, og hun giver også 10 lanterner", cph, "Europe/Copenhagen"),
    ):
        result = parse(text, now=now, tz=tz)
        assert result.agreement == "yes", text
        assert [f.action for f in result.suggested] == ["email", "call"], text
    # the yes that is the settled thing itself is not
    result = parse("Rang Pat at Oak Mill: yes, the oats were delivered this morning", now=lon, tz="Europe/London")
    assert "email" not in [f.action for f in result.suggested]


def test_trying_and_ringing_with_a_day_are_calls_and_done_things_keep_no_time():
    cph, lon = at("2026-03-10T09:15:00+01:00"), at("2026-03-10T09:15:00+00:00")
    # across the spring change: the Monday after the Saturday it was written is a summer-time day
    result = parse(
        "vm left for Pat at Oak Mill. Trying him again Monday at 11.",
        now=at("2026-03-28T20:00:00+00:00"),
        tz="Europe/London",
    )
    assert [(f.action, f.due.isoformat()) for f in result.followups] == [("call", "2026-03-30T11:00:00+01:00")]
    assert result.suggested == []
    result = parse(
        "Rang Pat at Oak Mill, yes to 2 sacks. Sent the thank-you note already; ringing Thursday.",
        now=lon,
        tz="Europe/London",
    )
    assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("call", "2026-03-12")]
    # a time beside a thing done is when it was done, never a lunch meeting or a card to post
    result = parse(
        "Rang Pat at Oak Mill, yes to 2 sacks. Mailed him the notes at lunch, will ring Thursday.",
        now=lon,
        tz="Europe/London",
    )
    assert [f.action for f in result.followups] == ["call"]
    result = parse(
        "Tlf m. Pia: ja til 30 guirlander. Postede takkekortet i dag, ringer torsdag.", now=cph, tz="Europe/Copenhagen"
    )
    assert [(f.action, f.due.date().isoformat()) for f in result.followups] == [("call", "2026-03-12")]
    # lunch agreed is still a meeting
    result = parse("Rang Pat at Oak Mill: lunch with him Thursday", now=lon, tz="Europe/London")
    assert [f.action for f in result.followups] == ["meeting"]


def test_writing_up_the_notes_promises_the_summary():
    lon = at("2026-03-10T09:15:00+00:00")
    result = parse(
        "Rang Pat at Oak Mill: yes to 2 sacks. Writing it up for him this evening.", now=lon, tz="Europe/London"
    )
    assert [(f.action, f.due.isoformat()) for f in result.followups] == [("email", "2026-03-10T19:00:00+00:00")]
    assert result.suggested == []
    # "in writing" is no writing to do
    result = parse("Rang Pat at Oak Mill: yes to 2 sacks, confirmed in writing.", now=lon, tz="Europe/London")
    assert result.followups == []


NOW_TUE = at("2026-05-19T11:00:00+02:00")  # a Tuesday


@pytest.mark.parametrize(
    ("text", "due", "owner"),
    [
        # Stop 29: a delivery, a pick-up or a payment to come, named by its noun or by a verb not yet done, is a
        # follow-up ("other"): the bot keeps track of what the partner will bring and what we fetch.
        ("Ringede til Ida hos Plantorama: 30 planter til læsehaven. Levering på fredag.", "2026-05-22T00:00", None),
        ("call with Joe at Hobbycraft – 25 craft packs, delivery next Wednesday", "2026-05-27T00:00", None),
        ("Lego said yes to 12 sets, shipping in 3 weeks", "2026-06-09T00:00", None),
        ("Ringede til Emil fra Power: 3 højttalere, de skal hentes på torsdag", "2026-05-21T00:00", None),
        ("Coop said yes to 80 juice boxes. <@U0TOVE> collects them Friday at 10", "2026-05-22T10:00", "U0TOVE"),
        ("Nordea: 20.000 kr. approved, they'll transfer the money in June", "2026-06-01T00:00", None),
        ("Sydbank: beløbet overføres i næste uge", "2026-05-25T00:00", None),
    ],
)
def test_a_delivery_pickup_or_payment_to_come_is_a_followup(text, due, owner) -> None:
    got = parse(text, now=NOW_TUE, tz="Europe/Copenhagen")
    assert [(f.action, f.due.isoformat()[:16], f.owner) for f in got.followups] == [("other", due, owner)]
    assert not any(s.action == "call" for s in got.suggested)  # a follow-up is set: no callback suggested


@pytest.mark.parametrize(
    "text",
    [
        # ... but one said come already is done.
        "Leveringen fra Imerco kom i dag, alle 12 kander",
        "the delivery from Hobbycraft arrived this morning",
        "Nordea transferred the money today",
        "Hentede kasserne hos Rema i går",
    ],
)
def test_a_delivery_or_payment_said_come_is_no_followup(text) -> None:
    assert parse(text, now=NOW_TUE, tz="Europe/Copenhagen").followups == []


@pytest.mark.parametrize(
    ("text", "action", "due"),
    [
        # Stop 29: a month shortened after a word that places a time in it, and a contract said to come by e-mail.
        ("Ja til 8.000 kr. fra Spar Nord, kontrakten underskrives i okt.", "contract", "2026-10-01T00:00"),
        ("Yes to 3,000 DKK from Boots, contract in Sept.", "contract", "2026-09-01T00:00"),
        ("Ja til 50 bøger, levering efter nov.", "other", "2026-12-01T00:00"),
        ("Agreed 60 tickets with the zoo. Contract via email before June 30", "contract", "2026-06-30T00:00"),
        ("Aftalt med Bente: kontrakt pr. mail på fredag", "contract", "2026-05-22T00:00"),
    ],
)
def test_a_short_month_and_a_contract_by_email_are_read(text, action, due) -> None:
    got = parse(text, now=NOW_TUE, tz="Europe/Copenhagen")
    assert [(f.action, f.due.isoformat()[:16]) for f in got.followups] == [(action, due)]


def test_a_short_month_that_is_also_a_name_needs_its_full_stop() -> None:
    got = parse("Ringede til Karin i Jan Hansens butik, hun ringer igen i morgen", now=NOW_TUE, tz="Europe/Copenhagen")
    assert [f.due.isoformat()[:10] for f in got.followups] == ["2026-05-20"]


def test_jul_with_a_full_stop_is_christmas_not_july() -> None:
    got = parse(
        "Mail fra Vejle Handelsforening. <@U0BO> ringer dem op før jul.",
        now=at("2026-12-21T10:00:00+01:00"),
        tz="Europe/Copenhagen",
    )
    assert [(f.action, f.due.isoformat()[:10]) for f in got.followups] == [("call", "2026-12-23")]


@pytest.mark.parametrize(
    "text",
    [
        # "Will" opening a sentence before a verb is the auxiliary, not a colleague called Will.
        "Left a voicemail for Kent Books. Will try again Tuesday 10am. <@U0SAM> sends them the flyer tonight.",
        "Rang the farm shop. Will call back Tuesday. <@U0SAM> emails the deck tomorrow.",
    ],
)
def test_will_opening_a_sentence_is_no_colleague(text) -> None:
    got = parse(text, now=NOW_TUE, tz="Europe/London")
    assert [f.owner for f in got.followups if f.action == "call"] == [None]


NOW_LATE = at("2026-05-19T16:00:00+02:00")  # a Tuesday afternoon


@pytest.mark.parametrize(
    ("text", "tz", "expected"),
    [
        # Round 17 (fields-dev58): a thing sent already, with the recipient's organisation between the verb and it, is
        # done, no follow-up; a clause of its own after the recipient ("og sender ...") still promises.
        ("Sent Jo at Hill Farm the summary this morning.", "Europe/London", []),
        ("Emailed Jo Smith at Hill Farm the recap today.", "Europe/London", []),
        ("Mailede Lise Holm hos Brugsen Tune opsummeringen i dag.", "Europe/Copenhagen", []),
        ("Sendte Per fra Bageriet i Vig referatet i dag kl. 9.", "Europe/Copenhagen", []),
        ("Mailede Lise og sender kontrakten i morgen.", "Europe/Copenhagen", [("contract", "2026-05-20T00:00")]),
        # A time said as the possessive of a call or meeting names that interaction: one of today or before is no
        # follow-up, one to come is the meeting itself, never the time of the recap or agenda before it.
        (
            "Emailed Tomasz Wiśniewski at Baltic Bakery a recap of this morning's call: they'll bake 150 cinnamon buns.",
            "Europe/Copenhagen",
            [],
        ),
        ("Sent Jo a summary of today's meeting; they give 20 pies.", "Europe/London", []),
        ("I'll send Jo a recap of today's chat.", "Europe/London", []),
        ("Sent Bob at Acme the agenda for Friday's visit.", "Europe/London", [("meeting", "2026-05-22T00:00")]),
        ("Mailede Lise hos Brugsen et referat af formiddagens møde.", "Europe/Copenhagen", []),
    ],
)
def test_round17_what_was_sent_and_the_interaction_named_by_its_time(text, tz, expected) -> None:
    got = parse(text, now=NOW_LATE, tz=tz)
    assert [(f.action, f.due.isoformat()[:16]) for f in got.followups] == expected


@pytest.mark.parametrize(
    ("text", "tz", "due"),
    [
        # Round 17 (fields-dev58): the contract coming back signed, by either side, is a contract follow-up.
        (
            "Tlf m. Bo fra Bos Bageri: ja til 40 boller. Han returnerer aftalen underskrevet i næste uge.",
            "Europe/Copenhagen",
            "2026-03-16",
        ),
        (
            "Tlf m. Bo fra Bos Bageri: ja til 40 boller. Han sender den retur underskrevet fredag.",
            "Europe/Copenhagen",
            "2026-03-13",
        ),
        (
            "Tlf m. Bo fra Bos Bageri: ja til 40 boller, de skriver under og sender den retur senest fredag.",
            "Europe/Copenhagen",
            "2026-03-13",
        ),
        (
            "Tlf m. Bo fra Bos Bageri: ja til 40 boller. Vi får kontrakten retur underskrevet i næste uge.",
            "Europe/Copenhagen",
            "2026-03-16",
        ),
        (
            "Call w/ Marcus at Lindholm Electrical: agreed on 6,000 DKK. Marcus returns it signed next week.",
            "Europe/Copenhagen",
            "2026-03-16",
        ),
        (
            "Rang Jo at Elm Print: yes to 50 flyers, she'll send it back signed by Friday.",
            "Europe/London",
            "2026-03-13",
        ),
        (
            "Rang Jo at Elm Print: yes to 50 flyers, we get the form back signed on Friday.",
            "Europe/London",
            "2026-03-13",
        ),
    ],
)
def test_round17_a_contract_coming_back_signed_is_a_contract_follow_up(text, tz, due) -> None:
    got = parse(text, now=at("2026-03-09T10:00:00+01:00"), tz=tz)
    assert [(f.action, f.due.date().isoformat()) for f in got.followups] == [("contract", due)]


@pytest.mark.parametrize(
    "text",
    [
        # ... but one said come back already is done.
        "Rang Jo at Elm Print: yes to 50 flyers, she returned it signed yesterday.",
        "Tlf m. Bo: kontrakten kom retur underskrevet i dag.",
    ],
)
def test_round17_a_contract_come_back_is_no_follow_up(text) -> None:
    assert parse(text, now=at("2026-03-09T10:00:00+01:00"), tz="Europe/Copenhagen").followups == []
