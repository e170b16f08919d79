"""Draft summary e-mail from the card: the modal Slack opens, and "Sent" closing the e-mail follow-up."""

from __future__ import annotations

import json
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.domain import logbook
from bot.understanding import parse
from handlers.log.card import LOG_SUMMARY, card_message
from handlers.log.summary import LOG_SUMMARY_MODAL, handle_summary, handle_summary_sent
from storage.models import FollowUp
from tests.handlers.log.conftest import ANNA, Harness, Recorder
from tests.support.blockcheck import assert_valid_blocks
from tests.support.reminders import WS

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))


def test_the_card_offers_a_draft_and_sent_marks_the_email_done(harness: Harness) -> None:
    text = "Ringede til Lars Jensen hos Danske Bank Greve. De giver 20.000 kr. Sender opsummerende mail i dag og ringer torsdag kl. 10."
    with harness.services.transaction(ANNA) as s:
        saved = logbook.record_log(
            s, ws=WS, user_id=ANNA, text=text, understood=parse(text, now=NOW, tz=TZ), tz=TZ, now=NOW
        )
        card = logbook.load_card(s, ws=WS, interaction_id=saved.interaction_id)
    blocks = card_message(card, "da")["blocks"]
    values = [
        e.get("value") for b in blocks if b["type"] == "actions" for e in b["elements"] if e["action_id"] == LOG_SUMMARY
    ]
    assert values == [str(saved.interaction_id)]
    assert "Udkast til opsummerende mail" in json.dumps(blocks, ensure_ascii=False)

    harness.slack.clear()
    harness.click(handle_summary, LOG_SUMMARY, values[0], response_url=harness.slack.response_url("card"))
    (call,) = harness.slack.calls_to("views.open")
    view = call.args["view"] if isinstance(call.args["view"], dict) else json.loads(call.args["view"])
    assert view["callback_id"] == LOG_SUMMARY_MODAL and view["submit"]["text"] == "Sendt"
    assert_valid_blocks(view["blocks"], limit=100)
    body = next(b for b in view["blocks"] if b.get("block_id") == "body")["element"]["initial_value"]
    assert body.startswith("Kære Lars") and "- 20.000 kr. (aftalt mundtligt)" in body
    assert "Vi ringer til jer torsdag 12. marts kl. 10.00" in body

    ack = Recorder()
    handle_summary_sent(ack=ack, view=view, client=harness.client, context=harness.context)
    assert ack.calls == [{}]
    with harness.services.transaction(ANNA, read_only=True) as s:
        states = dict(
            s.execute(
                select(FollowUp.action, FollowUp.status).where(
                    FollowUp.created_by_interaction_id == saved.interaction_id
                )
            ).all()
        )
    assert states == {"email": "done", "call": "open"}
    assert harness.slack.wait_for(lambda calls: any(c.method == "response_url:card" for c in calls))
    (redrawn,) = harness.slack.calls_to("response_url:card")
    assert_valid_blocks(redrawn.args["blocks"])


def test_a_forged_log_id_gets_no_draft(harness: Harness) -> None:
    respond = harness.click(handle_summary, LOG_SUMMARY, "987654")
    (refusal,) = respond.calls
    assert refusal["replace_original"] is False
    assert harness.slack.calls_to("views.open") == []
