"""Amounts of money and items with quantities."""

import pytest

from bot.understanding import parse
from bot.understanding.money import parse_number
from tests.bot.understanding.helpers import at

NOW = at("2026-03-10T09:15:00+01:00")


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("De giver 20.000 kr. til os", 20000, "DKK"),
        ("sponsorat på kr. 20.000", 20000, "DKK"),
        ("beløb 20.000,-", 20000, "DKK"),
        ("hele 1,5 mio. kr.", 1_500_000, "DKK"),
        ("maybe 10k for prizes", 10000, "DKK"),
        ("2 x 7.500 kr.", 15000, "DKK"),
        ("they offer 40,000 DKK", 40000, "DKK"),
        ("grant of EUR 20,000", 20000, "EUR"),
        ("they give €5,000", 5000, "EUR"),
        ("a cheque for $2,500", 2500, "USD"),
        ("£2,000 from the fund", 2000, "GBP"),
        ("12.500,50 kr.", 12500.5, "DKK"),
    ],
)
def test_money_formats(text, amount, currency):
    result = parse(text, now=NOW, tz="Europe/Copenhagen")
    assert [(m.amount, m.currency) for m in result.money] == [(amount, currency)]


@pytest.mark.parametrize(
    "text", ["Ring 43 90 12 34", "2 timer om ugen", "Rema 1000 Greve", "3F Greve", "kl. 10.15", "i 2027", "1.5"]
)
def test_not_money(text):
    assert parse(text, now=NOW, tz="Europe/Copenhagen").money == []


def test_danish_and_english_number_reading():
    assert parse_number("20.000") == 20000
    assert parse_number("1,5") == 1.5
    assert parse_number("40,000") == 40000
    assert parse_number("1.5") == 1.5


def test_items_with_quantities_but_not_people_or_units():
    result = parse(
        "De giver 180 læsebamser og 300 free copies til 20 børn, 2 timer om ugen", now=NOW, tz="Europe/Copenhagen"
    )
    assert [(i.quantity, i.what) for i in result.items] == [(180, "læsebamser"), (300, "free copies")]
    assert set(result.asks) >= {"products", "books", "time"}


@pytest.mark.parametrize(
    "text",
    [
        "Call back Greve Golfklub at 3 15 re: the raffle prizes",  # a clock written with a space, then "re:"
        "Ring til Hanne på 22 33 44 55 i morgen",  # a phone number in pairs
        "Snakkede med Per om de 2 vedr. bogbussen",  # an abbreviation is not a thing
    ],
)
def test_numbers_that_count_nothing_are_not_items(text: str) -> None:
    assert parse(text, now=NOW, tz="Europe/Copenhagen").items == []


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("mail fra Jette: SUF siger også ja. vi sender 200 foldere mandag", []),  # ours to hand over
        ("We'll bring 30 books to the fair", []),
        ("De sender 200 foldere mandag", [(200, "foldere")]),
        ("Brio giver 180 bamser, vi sender 20 plakater", [(180, "bamser")]),
    ],
)
def test_what_we_hand_over_ourselves_is_not_an_item(text: str, items: list[tuple[int, str]]) -> None:
    assert [(i.quantity, i.what) for i in parse(text, now=NOW, tz="Europe/Copenhagen").items] == items


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Bogladen giver 40 YA bøger til præmier", [(40, "YA bøger")]),
        ("they'll lend us 12 iPad-like tablets and 6 HDMI cables", [(12, "iPad-like tablets"), (6, "HDMI cables")]),
        ("Elgiganten giver 15 LED-pærer til læsehulen", [(15, "LED-pærer")]),
        ("møde kl 2 PM hos dem", []),
        ("Ring tilbage 3 CET tomorrow", []),
    ],
)
def test_a_thing_named_by_an_acronym_is_an_item_but_a_clock_is_not(text: str, items: list[tuple[int, str]]) -> None:
    found = parse(text, now=NOW, tz="Europe/Copenhagen").items
    assert [(i.quantity, i.what) for i in found] == items


@pytest.mark.parametrize(
    "text",
    [
        "they gave us a $250 gift card for the raffle",
        "Fenwick will give a £40 voucher to the quiz winner",
        "asked for €100 in vouchers for the prize table",
    ],
)
def test_round13_a_gift_card_or_voucher_in_another_currency_is_no_cash(text: str) -> None:
    r = parse(text, now=NOW, tz="Europe/London")
    assert r.money == []
    assert "money" not in r.asks


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a bare amount after a change verb, ended by an emoji or a Slack shortcode
        ("Netto sætter det op til 9.000 🎉", 9000),
        ("Lego bumps it to 14,000 :tada:", 14000),
        # a bare amount before the payer and a word of payment
        ("8.500 fra Brugsen Viby er indbetalt", 8500),
        ("4,500 from Harbour Books received today", 4500),
        # a payment named first, the amount after a comma
        ("Anden rate fra Brugsen er kommet ind, 3.750", 3750),
        ("Second instalment from Harbour Books came in: 2,250", 2250),
        # the amount of a signed contract
        ("Aftale på 12.000 underskrevet med Netto i dag", 12000),
        ("Contract for 9,000 signed with Lego", 9000),
    ],
)
def test_blind4_a_bare_amount_said_beside_a_change_a_payment_or_a_signature_is_kroner(text: str, amount: int) -> None:
    r = parse(text, now=NOW, tz="Europe/Copenhagen")
    assert [(m.amount, m.currency) for m in r.money] == [(amount, "DKK")]
    assert r.items == []


@pytest.mark.parametrize("text", ["5.000 fra Netto og 3.000 fra Lego", "Vi fik 2.000 flyers fra trykkeriet 🎉"])
def test_blind4_a_bare_number_without_a_payment_stays_no_money(text: str) -> None:
    assert parse(text, now=NOW, tz="Europe/Copenhagen").money == []


def test_blind4_t_shirts_written_with_a_capital_are_items() -> None:
    r = parse("Tryk & Tekstil vil gerne give 40 T-shirts med tryk til holdene", now=NOW, tz="Europe/Copenhagen")
    assert [(i.quantity, i.what) for i in r.items] == [(40, "T-shirts")]
