"""The status overview's agreement lines."""

from __future__ import annotations

import pytest

from bot.domain.overview.totals import Totals
from handlers.status import pledge_line, totals_lines


@pytest.mark.parametrize(
    "args, lang, line",
    [
        (("other", "verbal", None, None, None), "en", "• Other — verbal"),
        (("money", "declined", None, None, None), "da", "• Penge — afslået"),
        (("money", "verbal", 2000, None, None), "da", "• Penge: 2.000 kr. — mundtlig"),
        (("books", "delivered", None, 20, "books"), "en", "• Books: 20 books — delivered"),
    ],
)
def test_an_agreement_line_names_what_is_known_and_never_shows_an_empty_dash(args, lang, line) -> None:
    text = pledge_line(*args, lang)
    assert text.startswith(line)
    assert ": –" not in text


@pytest.mark.parametrize(
    "lang, things, people",
    [
        ("da", "Ting lovet: 20 gavekort", "Folk lovet: 3 frivillige"),
        ("en", "Items pledged: 20 gavekort", "People pledged: 3 frivillige"),
    ],
)
def test_people_giving_time_are_listed_apart_from_the_things_pledged(lang, things, people) -> None:
    totals = Totals(pledged_dkk=5000, items={("products", "gavekort"): 20, ("time", "frivillige"): 3})
    text = "\n".join(totals_lines(totals, lang))
    assert things in text and people in text
    assert "frivillige" not in text.split(things)[1].split(people)[0]
