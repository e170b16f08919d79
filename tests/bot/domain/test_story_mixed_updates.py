"""A later log that moves some of a partner's agreements and not others: a delivery of one thing while
the money "has not come yet", one e-mail confirming the money and the things together, an amount
lowered in words that do not sit next to the number ("kan alligevel kun give 3.000 kr."). The
figures these feed go to management (DOMAIN.md), so each scenario is checked on its final totals."""

from __future__ import annotations

import pytest

from tests.bot.domain.test_story import ANNA, CARL, Campaign

JYSK = "Jysk Greve"
FIRST = (
    "Ringede til Mette Holm, marketingchef hos Jysk Greve. De vil give 15 gavekort à 250 kr. og 5.000 kr. "
    "kontant til Læs for mig."
)
FIRST_EN = (
    "Called Mette Holm at Jysk Greve. They'll give 15 gift cards at 250 DKK each and 5,000 DKK in cash for Læs for mig."
)


@pytest.mark.parametrize(
    ("first", "note"),
    [
        (FIRST, "Jysk Greve: gavekortene er leveret, pengene er ikke kommet endnu"),
        (FIRST, "Jysk Greve har leveret gavekortene, men vi mangler stadig pengene"),
        (FIRST_EN, "Jysk Greve: gift cards delivered today, the money hasn't arrived yet"),
        (FIRST_EN, "Jysk Greve dropped off the gift cards; still waiting for the money"),
    ],
)
def test_a_delivery_of_the_things_while_the_money_has_not_come_moves_only_the_things(session, ws, first, note) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, first)
    c.log(CARL, note, day=3)
    c.no_duplicates()
    assert c.pledges(JYSK) == [("money", 5000, None, "verbal", None), ("products", None, 15, "delivered", 3750)]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk, t.in_kind_dkk) == (5000, 0, 3750)


@pytest.mark.parametrize(
    ("first", "mail"),
    [
        (FIRST, "Mail fra Mette Holm (Jysk Greve): bekræfter skriftligt de 5.000 kr. og gavekortene."),
        (FIRST_EN, "Email from Mette at Jysk Greve confirming the 5,000 DKK and the gift cards in writing"),
        (FIRST_EN, "Jysk Greve confirmed the gift cards and the money by email"),
    ],
)
def test_one_email_confirming_the_money_and_the_things_confirms_both(session, ws, first, mail) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, first)
    c.log(ANNA, mail, day=1)
    c.no_duplicates()
    assert c.pledges(JYSK) == [
        ("money", 5000, None, "confirmed_email", None),
        ("products", None, 15, "confirmed_email", 3750),
    ]
    assert c.totals().in_writing_dkk == 5000


def test_a_confirmation_that_leaves_one_thing_out_leaves_it_verbal(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, FIRST)
    c.log(ANNA, "Mail fra Mette (Jysk Greve): bekræfter de 5.000 kr., men ikke gavekortene endnu", day=1)
    assert c.pledges(JYSK) == [
        ("money", 5000, None, "confirmed_email", None),
        ("products", None, 15, "verbal", 3750),
    ]


@pytest.mark.parametrize(
    "change",
    [
        "tlf m. Jysk Greve - Mette siger de alligevel kun kan give 3.000 kr. kontant",
        "Jysk Greve can only do 3,000 DKK after all",
        "Jysk Greve: beløbet bliver 3.000 kr. i stedet",
    ],
)
def test_a_lower_amount_said_in_other_words_changes_the_money_and_adds_no_copy(session, ws, change) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, FIRST)
    c.log(CARL, change, day=2)
    c.no_duplicates()
    assert [row for row in c.pledges(JYSK) if row[0] == "money"] == [("money", 3000, None, "verbal", None)]
    assert c.totals().pledged_dkk == 3000


def test_the_amount_named_in_the_not_yet_clause_stays_where_it_was(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, FIRST)
    c.log(CARL, "Jysk Greve: gavekortene er leveret, men de 5.000 kr. er ikke kommet endnu", day=3)
    assert c.pledges(JYSK) == [("money", 5000, None, "verbal", None), ("products", None, 15, "delivered", 3750)]


def test_the_money_came_but_the_things_are_missing(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, FIRST)
    c.log(CARL, "Jysk Greve har overført pengene, men gavekortene mangler stadig", day=3)
    assert c.pledges(JYSK) == [("money", 5000, None, "delivered", None), ("products", None, 15, "verbal", 3750)]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk) == (5000, 5000)


@pytest.mark.parametrize(
    "change",
    ["Jysk Greve: de kan alligevel kun give 10 gavekort", "Jysk Greve can do 10 gift cards instead of 15"],
)
def test_fewer_things_change_the_agreement_and_its_value_per_piece(session, ws, change) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, FIRST if "kan" in change else FIRST_EN)
    c.log(CARL, change, day=2)
    c.no_duplicates()
    assert [row for row in c.pledges(JYSK) if row[0] == "products"] == [("products", None, 10, "verbal", 2500)]
    assert c.totals().in_kind_dkk == 2500


def test_a_withdrawal_drops_what_good_practice_suggested_and_keeps_what_people_planned(session, ws) -> None:
    from bot.domain import logbook
    from storage.followups import open_followups

    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Netto Køge Torv, Ali Hassan: 25 kasser saft til Læs for mig. Ringer igen fredag kl 9")
    netto = c.partner("Netto Køge Torv")
    suggested = [f for f in open_followups(session, ws=ws, partner_id=netto.id) if f.suggested]
    assert [f.action.value for f in suggested] == ["email"]  # the summary e-mail for the yes
    saved = c.log(CARL, "Netto Køge Torv: Ali ringede, de trækker sig alligevel - ny kædepolitik", hour=12)
    assert c.pledges("Netto Køge Torv") == [("products", None, 25, "cancelled", None)]
    left = open_followups(session, ws=ws, partner_id=netto.id)
    assert [(f.action.value, f.suggested) for f in left] == [("call", False)]  # Friday's call is theirs to drop
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert card is not None
    assert [(f.action, f.how) for f in card.closed] == [("email", "withdrawn")]


@pytest.mark.parametrize(
    ("first", "change"),
    [
        (FIRST, "Jysk Greve trækker gavekortene tilbage, men pengene står ved magt"),
        (FIRST_EN, "Jysk Greve: no to the gift cards after all, the money still stands"),
        (FIRST_EN, "Jysk Greve withdrew the gift cards; the cash is still on"),
    ],
)
def test_withdrawing_one_thing_cancels_that_one_and_keeps_the_rest_and_its_suggestions(
    session, ws, first, change
) -> None:
    from storage.followups import open_followups

    c = Campaign(session, ws)
    c.log(ANNA, first)
    c.log(CARL, change, day=1)
    assert c.pledges(JYSK) == [("money", 5000, None, "verbal", None), ("products", None, 15, "cancelled", 3750)]
    t = c.totals()
    assert (t.pledged_dkk, t.in_kind_dkk) == (5000, 0)
    jysk = c.partner(JYSK)
    assert any(f.suggested for f in open_followups(session, ws=ws, partner_id=jysk.id))


def test_a_confirmation_of_one_thing_while_the_other_is_pending_confirms_only_that_one(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, FIRST_EN)
    c.log(ANNA, "Jysk Greve: Mette emailed - the 5k is confirmed, gift cards still pending head office", day=1)
    assert c.pledges(JYSK) == [
        ("money", 5000, None, "confirmed_email", None),
        ("products", None, 15, "verbal", 3750),
    ]


def test_the_suggested_summary_email_closes_when_every_agreement_is_in_writing(session, ws) -> None:
    from bot.domain import logbook
    from storage.followups import open_followups

    c = Campaign(session, ws)
    c.log(ANNA, FIRST_EN)
    jysk = c.partner(JYSK)

    def suggested() -> list[str]:
        return sorted(f.action.value for f in open_followups(session, ws=ws, partner_id=jysk.id) if f.suggested)

    assert suggested() == ["call", "email"]
    c.log(ANNA, "Jysk Greve: Mette emailed - the 5k is confirmed, gift cards still pending head office", day=1)
    assert suggested() == ["call", "email"]  # the gift cards are not in writing yet
    saved = c.log(ANNA, "Email from Mette (Jysk Greve): head office approved the gift cards, confirmed", day=2)
    assert suggested() == ["call"]
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert card is not None and ("email", "in_writing") in [(f.action, f.how) for f in card.closed]


SALLING = "Salling Group Køge"
TWO = {
    "da": "Ringede til Per hos Salling Group Køge. De giver 10.000 kr. og 20 bøger til Læs for mig.",
    "en": "Called Per at Salling Group Køge. They'll give 10,000 DKK and 20 books for Læs for mig.",
}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Salling Group Køge har desværre trukket sig"),
        ("da", "Salling Group Køge har meldt fra"),
        ("en", "Salling Group Køge pulled out"),
        ("en", "Salling Group Køge dropped out, budget cuts"),
    ],
)
def test_a_partner_that_pulls_out_naming_nothing_withdraws_everything_it_agreed(session, ws, lang, text) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, TWO[lang])
    c.log(CARL, text, day=2)
    assert [row[3] for row in c.pledges(SALLING)] == ["cancelled", "cancelled"]
    assert c.totals().pledged_dkk == 0


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("da", "Salling Group Køge: pengene er gået ind på kontoen"),
        ("en", "The 10k from Salling Group Køge hit our account today"),
    ],
)
def test_money_on_the_account_is_the_money_delivered(session, ws, lang, text) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, TWO[lang])
    c.log(CARL, text, day=9)
    assert c.pledges(SALLING) == [("books", None, 20, "verbal", None), ("money", 10000, None, "delivered", None)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Salling Group Køge upped it to 12,000 DKK"),
        ("da", "Salling Group Køge har forhøjet til 12.000 kr."),
        ("da", "Kontrakten med Salling Group Køge er kommet retur, underskrevet. Beløbet er sat op til 12.000 kr."),
    ],
)
def test_a_raised_amount_changes_the_agreement(session, ws, lang, text) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, TWO[lang])
    c.log(CARL, text, day=3)
    assert [row[:2] for row in c.pledges(SALLING) if row[0] == "money"] == [("money", 12000)]


def test_another_amount_without_a_word_of_change_asks_change_or_new_and_either_answer_holds(session, ws) -> None:
    from bot.domain import logbook, story
    from storage.interactions import get_interaction

    for choice in ("change", "new"):
        c = Campaign(session, ws, name=None)
        partner = f"Salling Group {choice.title()}"
        c.log(ANNA, f"Ringede til Per hos {partner}. De giver 10.000 kr. til Læs for mig.")
        saved = c.log(CARL, f"{partner} giver 12.000 kr.", day=3)
        assert sorted(row[1] for row in c.pledges(partner)) == [10000]  # nothing changed or copied yet
        card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
        assert card is not None and card.unclear_new == (12000,)
        [[ten]] = card.unclear
        interaction = get_interaction(session, ws=ws, interaction_id=saved.interaction_id)
        assert interaction is not None
        picked = ten.pledge_id if choice == "change" else story.NEW_AGREEMENT
        assert story.resolve_unclear(session, ws=ws, interaction=interaction, pledge_id=picked)
        expected = [12000] if choice == "change" else [10000, 12000]
        assert sorted(row[1] for row in c.pledges(partner)) == expected
        assert not story.resolve_unclear(session, ws=ws, interaction=interaction, pledge_id=picked)


@pytest.mark.parametrize(
    "text",
    ["Salling Group Køge giver desuden 3.000 kr. til præmier", "Salling Group Køge will also give 3,000 DKK"],
)
def test_an_amount_said_to_come_on_top_is_a_second_agreement_without_asking(session, ws, text) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, TWO["da"])
    c.log(CARL, text, day=3)
    assert sorted(row[1] for row in c.pledges(SALLING) if row[0] == "money") == [3000, 10000]


FAKTA = "Fakta Ølby"
SWEETS = "Ringede til Mia hos Fakta Ølby. De giver 30 slikposer à 20 kr. og 2.000 kr. til Læs for mig."


@pytest.mark.parametrize(
    ("part", "rest"),
    [
        (
            "Fakta Ølby har leveret 20 af de 30 slikposer, resten kommer fredag",
            "Fakta Ølby: resten af slikposerne er kommet",
        ),
        ("Fakta Ølby har leveret 20 af de 30 slikposer", "Fakta Ølby: de sidste 10 slikposer er kommet"),
        ("Fakta Ølby: 20 of the 30 slikposer delivered so far", "Hentede resten af slikposerne hos Fakta Ølby i dag"),
    ],
)
def test_a_part_delivered_counts_only_that_part_and_the_rest_comes_later(session, ws, part, rest) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, SWEETS)
    c.log(CARL, part, day=2)
    assert [r for r in c.pledges(FAKTA) if r[0] == "products"] == [
        ("products", None, 10, "verbal", 200),
        ("products", None, 20, "delivered", 400),
    ]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk, t.in_kind_dkk) == (2000, 0, 600)
    c.log(CARL, rest, day=5)
    assert [r[2:4] for r in c.pledges(FAKTA) if r[0] == "products"] == [(10, "delivered"), (20, "delivered")]
    assert c.totals().in_kind_dkk == 600


@pytest.mark.parametrize(
    "part", ["Fakta Ølby har indbetalt 1.000 af de 2.000 kr.", "Fakta Ølby: 1.000 kr. af de 2.000 er kommet"]
)
def test_part_of_the_money_paid_is_delivered_and_the_rest_stays_pledged(session, ws, part) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, SWEETS)
    c.log(CARL, part, day=2)
    assert [r for r in c.pledges(FAKTA) if r[0] == "money"] == [
        ("money", 1000, None, "delivered", None),
        ("money", 1000, None, "verbal", None),
    ]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk) == (2000, 1000)
    c.log(CARL, "Fakta Ølby har betalt resten", day=9)
    assert c.totals().delivered_dkk == 2000


def test_undo_of_a_part_delivered_puts_the_whole_back(session, ws) -> None:
    from bot.domain import edit

    c = Campaign(session, ws)
    c.log(ANNA, SWEETS)
    saved = c.log(CARL, "Fakta Ølby har leveret 20 af de 30 slikposer", day=2)
    assert edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    assert [r for r in c.pledges(FAKTA) if r[0] == "products"] == [("products", None, 30, "verbal", 600)]


def test_an_amount_given_after_a_different_amount_was_asked_for_answers_that_ask(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Skrev til Nordea Køge og spurgte om 20.000 kr. til Læs for mig")
    assert c.pledges("Nordea Køge") == [("money", 20000, None, "proposed", None)]
    c.log(CARL, "Nordea Køge giver 10.000 kr.", day=5)
    assert c.pledges("Nordea Køge") == [("money", 10000, None, "verbal", None)]
    assert c.totals().pledged_dkk == 10000
