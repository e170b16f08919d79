"""Later logs that update what earlier logs recorded, in the shapes blind4.jsonl showed the story lacked (stop 30):
a log that names only the contact's first name, a raise said "upping it to" or "doubling it", a bare amount after a
change verb and an emoji, a payment said "15.000 fra X modtaged", a correction naming the old figure after the new.
Each scenario is said in Danish and in English, with partners and figures of its own (not the corpus lines), and is
checked on its agreement rows and totals, which go to management (DOMAIN.md)."""

from __future__ import annotations

import pytest

from tests.bot.domain.test_story import ANNA, CARL, Campaign


@pytest.mark.parametrize(
    ("lines", "partner", "rows"),
    [
        (
            [
                "Ringede til Brugsen Viby, uddeler Jonas Krog. Ja til 6.000 kr. til Læs for mig",
                "Jonas har bekræftet på mail",
            ],
            "Brugsen Viby",
            [("money", 6000, None, "confirmed_email", None)],
        ),
        (
            [
                "Called Harbour Books, owner Ruth Ellis: yes to 6,000 DKK for Læs for mig",
                "Ruth confirmed the 6k by email",
            ],
            "Harbour Books",
            [("money", 6000, None, "confirmed_email", None)],
        ),
        (
            [
                "Forlaget Ravn v. redaktør Ida Berg giver 200 bøger til Læs for mig",
                "Ida har bekræftet de 200 bøger på mail",
            ],
            "Forlaget Ravn",
            [("books", None, 200, "confirmed_email", None)],
        ),
    ],
)
def test_a_log_naming_only_the_contacts_first_name_updates_that_partner(session, ws, lines, partner, rows) -> None:
    c = Campaign(session, ws)
    for day, line in enumerate(lines):
        c.log(ANNA, line, day=day)
    assert not c.asked
    c.no_duplicates()
    assert c.pledges(partner) == rows


def test_a_first_name_two_partners_share_asks_which(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Brugsen Viby, uddeler Jonas Krog. Ja til 6.000 kr. til Læs for mig")
    c.log(ANNA, "Mødte Netto Greve, butikschef Jonas Lund. De giver 4.000 kr. til Læs for mig", day=1)
    saved = c.log(CARL, "Jonas har bekræftet på mail", day=2)
    assert saved.partner_id is None
    assert c.pledges("Brugsen Viby") == [("money", 6000, None, "verbal", None)]
    assert c.pledges("Netto Greve") == [("money", 4000, None, "verbal", None)]


@pytest.mark.parametrize(
    ("lines", "rows", "totals"),
    [
        # a bare amount after a change verb and an emoji, then the confirmation naming the new figure
        (
            [
                "Mødte Lego Køge. De giver 5.000 kr. til Læs for mig",
                "Lego Køge sætter det op til 7.000 🎉",
                "bekr. pr mail fra Lego Køge på de 7.000 kr.",
            ],
            [("money", 7000, None, "confirmed_email", None)],
            (7000, 7000, 0),
        ),
        # "upping it to", confirmed in the same mail
        (
            [
                "Met Lego Køge: 5,000 DKK for Læs for mig",
                "Email from Lego Køge: they are upping it to 6,500 DKK, confirmed in writing",
            ],
            [("money", 6500, None, "confirmed_email", None)],
            (6500, 6500, 0),
        ),
        # doubling, the new figure confirmed by a written confirmation that came, then paid in full
        (
            [
                "Lego Køge – verbal yes to 3,000 DKK for Læs for mig",
                "Lego Køge is doubling it!",
                "written confirmation of the 6k from Lego Køge rcvd",
                "Lego Køge pd in full",
            ],
            [("money", 6000, None, "delivered", None)],
            (6000, 6000, 6000),
        ),
        (
            ["Lego Køge giver 4.000 kr. til Læs for mig", "Lego Køge fordobler beløbet"],
            [("money", 8000, None, "verbal", None)],
            (8000, 0, 0),
        ),
        # a correction naming the old figure after the new one
        (
            [
                "Lego Køge giver 9.000 kr. til Læs for mig",
                "Rettelse: Lego Køge sagde 7.000, ikke 9.000 – min fejl",
            ],
            [("money", 7000, None, "verbal", None)],
            (7000, 0, 0),
        ),
        # "raising ... to" with an addendum signed: the contract stays, at the new figure
        (
            [
                "Lego Køge: 10,000 DKK for Læs for mig, contract coming",
                "Signed contract back from Lego Køge",
                "Lego Køge is raising its sponsorship to 12,000 – addendum signed today",
                "Lego Køge pd 12,000",
            ],
            [("money", 12000, None, "delivered", None)],
            (12000, 12000, 12000),
        ),
        # payments said with the amount first and the payer after, or after a comma
        (
            ["Lego Køge giver 4.000 kr. til Læs for mig", "4.000 fra Lego Køge modtaget 🎉"],
            [("money", 4000, None, "delivered", None)],
            (4000, 4000, 4000),  # what came counts as in writing
        ),
        (
            [
                "Lego Køge giver 2 x 3.000 kr. til Læs for mig",
                "Lego Køge har bekræftet på mail",
                "Første rate fra Lego Køge er gået ind, 3.000",
            ],
            [("money", 3000, None, "confirmed_email", None), ("money", 3000, None, "delivered", None)],
            (6000, 6000, 3000),
        ),
    ],
)
def test_changed_figures_and_payments_said_other_ways_update_the_one_agreement(
    session, ws, lines, rows, totals
) -> None:
    c = Campaign(session, ws)
    for day, line in enumerate(lines):
        c.log(ANNA, line, day=day)
    c.no_duplicates()
    assert c.pledges("Lego Køge") == rows
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == totals


def test_a_first_name_in_a_log_that_moves_no_agreement_says_nothing(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Brugsen Viby, uddeler Jonas Krog. Ja til 6.000 kr. til Læs for mig")
    assert c.log(CARL, "Jonas ringede, han er på ferie til mandag", day=1).partner_id is None
    assert c.log(CARL, "Jonas har overført de 6.000 kr. i dag", day=2).partner_id == c.partner("Brugsen Viby").id


@pytest.mark.parametrize(
    ("lines", "partner", "rows"),
    [
        # the proper word of the name alone, misspelt, with a first part delivered and the rest to come
        (
            [
                "Forlaget Ravnholm giver 300 bøger til Læs for mig",
                "Forlaget Ravnholm har bekræftet på mail",
                "Første 100 bøger fra Ravnhom kom i dag, resten i næste måned",
            ],
            "Forlaget Ravnholm",
            [("books", None, 100, "delivered", None), ("books", None, 200, "confirmed_email", None)],
        ),
        # the proper word inside the line; the first part paid, then the rest with its figure in brackets
        (
            [
                "Call w/ Riverside Savings: yes to 12,000 DKK for Læs for mig",
                "contract signed w Riverside Savings",
                "Riverside pd the first 4,000, rest due in March",
                "Rest of the Riverside money (8,000) came in today",
            ],
            "Riverside Savings",
            [("money", 4000, None, "delivered", None), ("money", 8000, None, "delivered", None)],
        ),
    ],
)
def test_a_partner_named_by_the_proper_word_of_its_name_alone(session, ws, lines, partner, rows) -> None:
    c = Campaign(session, ws)
    for day, line in enumerate(lines):
        c.log(ANNA, line, day=day)
    assert not c.asked
    c.no_duplicates()
    assert c.pledges(partner) == rows


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        (
            [
                "Ringede til Lego Køge. Spurgte om 8.000 kr. og bøger til Læs for mig. Nej til pengene, men de giver 40 "
                "bøger",
                "Bøgerne fra Lego Køge er kommet, alle 40",
            ],
            [("books", None, 40, "delivered", None), ("money", 8000, None, "declined", None)],
        ),
        (
            [
                "Called Lego Køge. Asked for 9,000 DKK for Læs for mig – no to the money, but they'll send 2 readers",
                "Lego Køge readers came on Tuesday, all 2 showed up",
            ],
            [("money", 9000, None, "declined", None), ("time", None, 2, "delivered", None)],
        ),
    ],
)
def test_a_no_to_the_money_beside_a_yes_to_something_else_declines_that_amount(session, ws, lines, rows) -> None:
    c = Campaign(session, ws)
    for day, line in enumerate(lines):
        c.log(ANNA, line, day=day)
    c.no_duplicates()
    assert c.pledges("Lego Køge") == rows
    assert c.totals().pledged_dkk == 0


@pytest.mark.parametrize(
    "lines",
    [
        [
            "Lego Køge måske interesseret i at give noget til Læs for mig – skal høre chefen",
            "Lego Køge: ja! 60 bamser til Læs for mig",
            "Bamserne fra Lego Køge er kommet, alle 60",
        ],
        [
            "Lego Køge maybe up for teddies for Læs for mig, needs to check stock",
            "Lego Køge: yes, 60 teddies for Læs for mig",
            "Teddies from Lego Køge arrived, all 60",
        ],
    ],
)
def test_a_maybe_naming_nothing_asked_leaves_no_agreement_beside_the_yes_that_follows(session, ws, lines) -> None:
    c = Campaign(session, ws)
    for day, line in enumerate(lines):
        c.log(ANNA, line, day=day)
    c.no_duplicates()
    assert c.pledges("Lego Køge") == [("products", None, 60, "delivered", None)]
