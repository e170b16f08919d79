"""The Edit modal round trip on a big log: opened on the fake Slack, submitted unchanged or changed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.domain import logbook
from bot.domain.people import Actor
from bot.understanding import ParseResult, parse
from handlers.log.card import LOG_EDIT
from handlers.log.modal import handle_edit, handle_submission
from storage.interactions import contacts_of_interaction
from storage.models import FollowUp, Partner, Pledge
from storage.partners import create_partner
from tests.e2e.payloads import state_from_view
from tests.handlers.log.conftest import ANNA, Harness, Recorder
from tests.support.blockcheck import assert_valid_blocks
from tests.support.reminders import WS

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))


def big_log(h: Harness) -> int:
    understood = {
        "kind": "meeting",
        "organization": "Greve Bogklub",
        "contacts": [{"name": f"Frivillig {chr(65 + n)}{chr(97 + n)}sen", "role": "frivillig"} for n in range(20)],
        "money": [{"amount": 2500, "currency": "DKK"}],
        "items": [{"quantity": 10 + n, "what": f"bøger, titel nummer {n}"} for n in range(30)],
        "asks": ["books", "money"],
        "agreement": "yes",
        "no_publicity": False,
        "followups": [
            {
                "action": "call",
                "all_day": False,
                "owner": ANNA,
                "text": f"opgave {n}",
                "due": (NOW + timedelta(days=1 + n)).replace(hour=10, minute=0).isoformat(),
            }
            for n in range(39)
        ],
        "suggested": [],
    }
    with h.services.transaction(ANNA) as s:
        saved = logbook.record_log(
            s,
            ws=WS,
            user_id=ANNA,
            text="Møde med Greve Bogklub om bøger.",
            understood=ParseResult.from_dict(understood),
            tz=TZ,
            now=NOW,
        )
        return saved.interaction_id


def rows(h: Harness, interaction_id: int) -> dict[str, Any]:
    with h.services.transaction(ANNA, read_only=True) as s:

        def live(model: Any) -> set[tuple[Any, ...]]:
            found = s.scalars(
                select(model).where(model.created_by_interaction_id == interaction_id, model.deleted_at.is_(None))
            )
            if model is FollowUp:
                return {(f.id, f.action.value, f.due_at, f.status.value) for f in found}
            return {(p.id, p.amount_dkk, p.quantity, p.what, p.status.value) for p in found}

        return {
            "followups": live(FollowUp),
            "pledges": live(Pledge),
            "contacts": {
                (c.id, c.name, c.role) for c in contacts_of_interaction(s, ws=WS, interaction_id=interaction_id)
            },
            "partners": s.scalars(select(Partner.name).where(Partner.deleted_at.is_(None))).all(),
        }


def open_edit(h: Harness, interaction_id: int) -> dict[str, Any]:
    h.slack.clear()
    h.click(handle_edit, LOG_EDIT, str(interaction_id), response_url=h.slack.response_url("card"))
    (call,) = h.slack.calls_to("views.open")
    view = call.args["view"]
    if isinstance(view, str):
        view = json.loads(view)
    assert_valid_blocks(view["blocks"], limit=100)
    return view


def submit(h: Harness, view: dict[str, Any], overrides: dict[str, Any] | None = None) -> Recorder:
    ack = Recorder()
    payload = {**view, "state": {"values": state_from_view(view, overrides)}}
    handle_submission(ack=ack, view=payload, client=h.client, context=h.context)
    return ack


def test_saving_the_modal_unchanged_keeps_all_39_followups_31_pledges_20_contacts(harness: Harness) -> None:
    interaction_id = big_log(harness)
    before = rows(harness, interaction_id)
    assert (len(before["followups"]), len(before["pledges"]), len(before["contacts"])) == (39, 31, 20)
    view = open_edit(harness, interaction_id)
    text = json.dumps(view["blocks"], ensure_ascii=False)
    assert "Ikke vist her, og beholdes uændret: 22 opfølgninger mere" in text
    assert submit(harness, view).calls == [{}]
    assert rows(harness, interaction_id) == before
    # The card came back through the response URL, drawn from what is stored, and counts what it cannot show.
    assert harness.slack.wait_for(lambda calls: any(c.method == "response_url:card" for c in calls))
    (card,) = harness.slack.calls_to("response_url:card")
    assert_valid_blocks(card.args["blocks"])
    card_text = json.dumps(card.args["blocks"], ensure_ascii=False)
    assert "24 opfølgninger mere" in card_text and "23 aftaler mere" in card_text
    assert [e["action_id"] for e in card.args["blocks"][-1]["elements"]] == ["log_edit", "log_summary", "log_undo"]


def test_changing_one_followup_and_one_item_changes_only_those(harness: Harness) -> None:
    interaction_id = big_log(harness)
    before = rows(harness, interaction_id)
    view = open_edit(harness, interaction_id)
    items = state_from_view(view)["items"]["v"]["value"].splitlines()
    items[0] = "99 bøger, titel nummer 0"
    submit(harness, view, {"fu2_date": "2026-05-04", "fu2_time": "14:00", "items": "\n".join(items)})
    after = rows(harness, interaction_id)
    changed_f = after["followups"] - before["followups"]
    assert [(f[1], f[2]) for f in changed_f] == [("call", datetime(2026, 5, 4, 14, 0, tzinfo=ZoneInfo(TZ)))]
    assert len(after["followups"]) == 39 and len(before["followups"] - after["followups"]) == 1
    changed_p = after["pledges"] - before["pledges"]
    assert [(p[2], p[3]) for p in changed_p] == [(99, "bøger, titel nummer 0")]
    assert after["contacts"] == before["contacts"] and after["partners"] == ["Greve Bogklub"]


def test_renaming_the_partner_in_the_modal_keeps_one_partner(harness: Harness) -> None:
    with harness.services.transaction(ANNA) as s:
        text = "Ringede til Lars hos Danske Bnak Greve. De giver 25.000 kr. Ringer igen fredag."
        saved = logbook.record_log(
            s, ws=WS, user_id=ANNA, text=text, understood=parse(text, now=NOW, tz=TZ), tz=TZ, now=NOW
        )
    view = open_edit(harness, saved.interaction_id)
    submit(harness, view, {"partner": "Danske Bank Greve"})
    assert rows(harness, saved.interaction_id)["partners"] == ["Danske Bank Greve"]


def test_an_ambiguous_partner_keeps_the_modal_open_with_an_error(harness: Harness) -> None:
    interaction_id = big_log(harness)
    with harness.services.transaction(ANNA) as s:
        create_partner(s, ws=WS, name="Danske Bank Greve")
        create_partner(s, ws=WS, name="Danske Bank Køge")
    before = rows(harness, interaction_id)
    view = open_edit(harness, interaction_id)
    ack = submit(harness, view, {"partner": "Danske Bank", "money": "7000"})
    (answer,) = ack.calls
    assert answer["response_action"] == "errors" and "Danske Bank Køge" in answer["errors"]["partner"]
    assert rows(harness, interaction_id) == before


def test_an_unchanged_save_by_a_colleague_elsewhere_keeps_dates_names_and_statuses(harness: Harness) -> None:
    understood = {
        "kind": "call",
        "organization": "Greve Rotary",
        "contacts": [{"name": "Hansen, Ole", "role": None}, {"name": "Pia (formand)", "role": "kasserer"}],
        "money": [{"amount": 5000, "currency": "DKK"}],
        "items": [],
        "asks": ["money"],
        "agreement": "yes",
        "no_publicity": False,
        "followups": [
            {"action": "call", "due": "2026-03-13T00:00:00+01:00", "all_day": True, "owner": ANNA, "text": ""}
        ],
        "suggested": [],
    }
    with harness.services.transaction(ANNA) as s:
        saved = logbook.record_log(
            s,
            ws=WS,
            user_id=ANNA,
            text="Ringede til Ole hos Greve Rotary.",
            understood=ParseResult.from_dict(understood),
            tz=TZ,
            now=NOW,
        )
        (pledge,) = s.scalars(select(Pledge).where(Pledge.created_by_interaction_id == saved.interaction_id)).all()
        pledge.status = "cancelled"  # withdrawn from the card meanwhile
    before = rows(harness, saved.interaction_id)
    harness.actor = Actor(ws=WS, user_id="U0BEN", lang="en", tz="America/New_York")
    submit(harness, open_edit(harness, saved.interaction_id))
    assert rows(harness, saved.interaction_id) == before
