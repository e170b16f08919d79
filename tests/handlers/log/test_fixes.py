"""Quick fixes on the card through the listeners: the menus Slack shows, the answer, the stored state."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.domain import logbook
from bot.understanding import parse
from handlers.log.card import LOG_PLEDGE_FIX, LOG_PUBLICITY, card_message
from handlers.log.fixes import handle_pledge_fix, handle_publicity
from storage.models import Partner, Pledge
from storage.pledges import not_in_writing
from tests.handlers.log.conftest import ANNA, Harness
from tests.support.blockcheck import assert_valid_blocks
from tests.support.reminders import WS

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))


def logged(h: Harness, text: str) -> dict[str, Any]:
    with h.services.transaction(ANNA) as s:
        saved = logbook.record_log(
            s, ws=WS, user_id=ANNA, text=text, understood=parse(text, now=NOW, tz=TZ), tz=TZ, now=NOW
        )
        card = logbook.load_card(s, ws=WS, interaction_id=saved.interaction_id)
    message = card_message(card, h.actor.lang)
    assert_valid_blocks(message["blocks"])
    return message


def menus(blocks: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {}
    for block in blocks:
        accessory = block.get("accessory") or {}
        if accessory.get("type") in ("overflow", "static_select"):
            found.setdefault(accessory["action_id"].split(":")[0], []).append(accessory)
    return found


def stored(h: Harness, model: Any, column: Any) -> list[Any]:
    with h.services.transaction(ANNA, read_only=True) as s:
        return list(s.scalars(select(column).where(model.deleted_at.is_(None)).order_by(model.id)))


def test_each_agreement_has_its_menu_and_delivered_applies_once(harness: Harness) -> None:
    message = logged(harness, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr. og 180 læsebamser.")
    (money_menu, bears_menu) = menus(message["blocks"])[LOG_PLEDGE_FIX]
    assert money_menu["action_id"] != bears_menu["action_id"]
    assert [o["text"]["text"] for o in money_menu["options"]] == [
        "✔️ Bekræftet skriftligt",
        "📦 Leveret",
        "↩️ Trukket tilbage",
    ]
    delivered = next(o["value"] for o in bears_menu["options"] if o["value"].endswith(":delivered"))
    for _ in range(2):  # a retried click is answered the same and changes nothing more
        respond = harness.choose(handle_pledge_fix, bears_menu["action_id"], delivered)
        (answer,) = respond.calls
        assert answer["replace_original"] is True
        assert_valid_blocks(answer["blocks"])
        assert "180 læsebamser – leveret" in json.dumps(answer["blocks"], ensure_ascii=False)
    assert stored(harness, Pledge, Pledge.status) == ["verbal", "delivered"]
    assert stored(harness, Partner, Partner.stage) == ["active"]


def test_publicity_is_chosen_on_the_card(harness: Harness) -> None:
    message = logged(harness, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    (select_menu,) = menus(message["blocks"])[LOG_PUBLICITY]
    assert select_menu["initial_option"]["text"]["text"] == "spørg før omtale"
    public = next(o["value"] for o in select_menu["options"] if o["value"].endswith(":public"))
    (answer,) = harness.choose(handle_publicity, LOG_PUBLICITY, public).calls
    (after,) = menus(answer["blocks"])[LOG_PUBLICITY]
    assert after["initial_option"]["text"]["text"] == "må gerne nævnes"
    assert stored(harness, Partner, Partner.publicity) == ["public"]


def test_a_forged_id_is_refused_and_changes_nothing(harness: Harness) -> None:
    logged(harness, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    (refusal,) = harness.choose(handle_pledge_fix, LOG_PLEDGE_FIX, "999999:delivered").calls
    assert refusal["replace_original"] is False and "blocks" not in refusal
    (refusal,) = harness.choose(handle_publicity, LOG_PUBLICITY, "999999:public").calls
    assert refusal["replace_original"] is False
    assert stored(harness, Pledge, Pledge.status) == ["verbal"]
    assert stored(harness, Partner, Partner.publicity) == ["ask_first"]


def test_a_withdrawn_agreement_says_so_and_leaves_the_not_in_writing_list(harness: Harness) -> None:
    message = logged(harness, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    assert "endnu ikke på skrift" in json.dumps(message["blocks"], ensure_ascii=False)
    (menu,) = menus(message["blocks"])[LOG_PLEDGE_FIX]
    withdrawn = next(o["value"] for o in menu["options"] if o["value"].endswith(":withdrawn"))
    (answer,) = harness.choose(handle_pledge_fix, menu["action_id"], withdrawn).calls
    text = json.dumps(answer["blocks"], ensure_ascii=False)
    assert "25.000 kr. – trukket tilbage" in text and "endnu ikke på skrift" not in text
    with harness.services.transaction(ANNA, read_only=True) as s:
        assert not_in_writing(s, ws=WS) == []
