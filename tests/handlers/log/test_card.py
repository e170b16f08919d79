"""The log card's story lines, in both languages, drawn from a LogCard (no database)."""

from __future__ import annotations

import json
from datetime import UTC

import pytest

from bot.domain.logbook import CardChange, CardFollowUp, CardPledge, LogCard
from handlers.log.card import build_log_card


def _card(**story) -> LogCard:  # noqa: ANN003
    base = {
        "interaction_id": 7,
        "deleted": False,
        "kind": "note",
        "logged_by": "U0A",
        "tz": "Europe/Copenhagen",
        "partner_id": 3,
        "partner_name": "FOA Greve",
        "partner_created": False,
        "organization": "SOF",
        "decision": "matched",
        "candidates": (),
        "awaited": False,
        "grant": False,
        "publicity": "ask_first",
        "stage": "contacted",
        "stage_changed": False,
        "contacts": (),
        "pledges": (),
        "followups": (),
        "closed": (),
        "asks": (),
        "agreement": None,
        "no_publicity": False,
        "uncertain": (),
    }
    return LogCard(**{**base, **story})


@pytest.mark.parametrize(
    ("lang", "granted", "refused", "missing"),
    [
        ("da", "Tilladelse givet af* SOF", "Tilladelse afslået af* SUF <&>", "Mangler stadig tilladelse fra:* BUF"),
        ("en", "Permission given by* SOF", "Permission refused by* SUF <&>", "Permission still missing from:* BUF"),
    ],
)
def test_a_grantors_answer_is_said_on_the_card_before_what_is_still_missing(lang, granted, refused, missing) -> None:
    card = _card(permissions_answered=(("SOF", "granted"), ("SUF <&>", "refused")), missing_permissions=("BUF",))
    text = json.dumps(build_log_card(card, lang), ensure_ascii=False)
    escaped_refused = refused.replace("<&>", "&lt;&amp;&gt;")
    assert granted in text and escaped_refused in text and missing in text
    assert text.index(granted) < text.index(escaped_refused) < text.index(missing)


def test_no_answer_no_line() -> None:
    text = json.dumps(build_log_card(_card(), "en"), ensure_ascii=False)
    assert "Permission" not in text


def test_a_log_that_only_moved_an_agreement_on_does_not_repeat_the_ask_and_answer() -> None:
    delivered = CardChange(1, "Waterstones Leeds", "books", "books", 40, None, None, "verbal", "delivered", None)
    moved = _card(asks=("books",), agreement="yes", changes=(delivered,))
    text = json.dumps(build_log_card(moved, "en"), ensure_ascii=False)
    assert "delivered" in text and "Asked for" not in text and "Answer" not in text
    new = _card(asks=("books",), agreement="yes", pledges=(CardPledge("books", None, 40, "books", "verbal", False),))
    assert "Asked for" in json.dumps(build_log_card(new, "en"), ensure_ascii=False)


def test_a_changed_number_of_things_says_what_it_was() -> None:
    more = CardChange(1, "Waterstones Brighton", "books", "books", 50, None, None, "verbal", "verbal", None, None, 30)
    text = json.dumps(build_log_card(_card(changes=(more,)), "en"), ensure_ascii=False)
    assert "50 books – changed from 30 books" in text
    text = json.dumps(build_log_card(_card(changes=(more,)), "da"), ensure_ascii=False)
    assert "ændret fra 30 books" in text


@pytest.mark.parametrize(
    ("how", "status", "english", "danish"),
    [
        ("in_writing", "done", "Closed, as the agreement is now in writing", "Lukket, da aftalen nu er på skrift"),
        ("withdrawn", "cancelled", "Dropped, as the agreement is off", "Droppet, da aftalen er trukket tilbage"),
        ("replaced", "cancelled", "Replaced by the new callback", "Erstattet af den nye opringning"),
    ],
)
def test_a_closed_follow_up_says_why(how, status, english, danish) -> None:
    from datetime import datetime

    due = datetime(2026, 12, 1, tzinfo=UTC)
    closed = CardFollowUp(7, "email", due, True, "U0ANNA", status, True, None, how=how)
    assert english in json.dumps(build_log_card(_card(closed=(closed,)), "en"), ensure_ascii=False)
    assert danish in json.dumps(build_log_card(_card(closed=(closed,)), "da"), ensure_ascii=False)


@pytest.mark.parametrize(
    ("lang", "question", "new"),
    [
        ("en", "Is DKK 12,000 a change to an agreement you have, or a new one?", "New agreement: DKK 12,000"),
        ("da", "Er 12.000 kr. en ændring af en aftale, I har, eller en ny aftale?", "Ny aftale: 12.000 kr."),
    ],
)
def test_another_amount_asks_change_or_new_with_a_button_for_each(lang, question, new) -> None:
    from tests.support.blockcheck import assert_valid_blocks

    ten = CardChange(5, "Salling Group", "money", None, None, 10000, 10000, "verbal", "verbal", None)
    blocks = build_log_card(_card(unclear=((ten,),), unclear_new=(12000,)), lang)
    assert_valid_blocks(blocks)
    text = json.dumps(blocks, ensure_ascii=False)
    assert question in text and new in text
    [actions] = [b for b in blocks if b["type"] == "actions" and "log_pick_pledge" in json.dumps(b)]
    assert [e["value"] for e in actions["elements"]] == ["7:5", "7:0"]
    assert len({e["action_id"] for e in actions["elements"]}) == 2


@pytest.mark.parametrize(
    "lang, amount_line, count_line",
    [
        ("en", "DKK 2,000 – the amount is now known", "30 books – the count is now known"),
        ("da", "2.000 kr. – beløbet er nu kendt", "30 books – antallet er nu kendt"),
    ],
)
def test_an_agreement_that_gets_its_amount_or_count_says_so_and_never_ends_in_a_dash(
    lang, amount_line, count_line
) -> None:
    named = CardChange(1, "Netto Vallensbæk", "money", None, None, None, 2000, "verbal", "verbal", None)
    counted = CardChange(2, "Waterstones Brighton", "books", "books", 30, None, None, "verbal", "verbal", None)
    text = json.dumps(build_log_card(_card(changes=(named, counted)), lang), ensure_ascii=False)
    assert amount_line in text and count_line in text
    same = CardChange(3, "Netto Vallensbæk", "money", None, None, 2000, 2000, "verbal", "verbal", None)
    text = json.dumps(build_log_card(_card(changes=(same,)), lang), ensure_ascii=False)
    assert (
        '– "' not in text and "– *" not in text and not any(line.rstrip().endswith("–") for line in text.split("\\n"))
    )


@pytest.mark.parametrize(
    "lang, said, none",
    [
        ("da", "Jeg kunne ikke forstå tidspunktet i «d. 31/11»", "Ingen opfølgning aftalt"),
        ("en", "I could not work out the time in “d. 31/11”", "No follow-up agreed"),
    ],
)
def test_a_time_the_parser_could_not_read_is_said_on_the_card_and_not_called_no_follow_up(lang, said, none) -> None:
    text = json.dumps(build_log_card(_card(unresolved=("d. 31/11",)), lang), ensure_ascii=False)
    assert said in text and none not in text
    assert none in json.dumps(build_log_card(_card(), lang), ensure_ascii=False)


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "200 paperbacks – still to come (of 300 paperbacks)"),
        ("da", "200 paperbacks – mangler stadig (af 300 paperbacks)"),
    ],
)
def test_the_rest_of_an_agreement_split_by_a_part_delivered_says_it_is_still_to_come(lang, line) -> None:
    rest = CardChange(
        1,
        "Lindhardt og Ringhof",
        "books",
        "paperbacks",
        200,
        None,
        None,
        "verbal",
        "verbal",
        None,
        None,
        300,
        split=True,
    )
    text = json.dumps(build_log_card(_card(changes=(rest,)), lang), ensure_ascii=False)
    assert line in text and "changed from" not in text and "ændret fra" not in text
