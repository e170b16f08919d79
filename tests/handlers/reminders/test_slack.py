"""The Slack side: Block Kit that validates, escaping, the transport against a fake Slack that answers
429 and 500, and the Done / Snooze buttons."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any
from unittest.mock import MagicMock

import pytest
from slack_sdk import WebClient

from bot.domain.digest import Digest, DigestItem, PledgeItem, Recipient
from bot.domain.people import Actor
from bot.domain.reminders import ReminderContent, ReminderSweep
from bot.offline import fakeslack
from bot.offline.fakeslack import Fault
from handlers import reminders as h
from handlers import settings as hs
from handlers.ids import LOG_OPEN_FOR_PARTNER
from handlers.reminders import transport, views
from handlers.shared.clients import Clients
from storage import followups, partners
from storage.models import FollowUpAction, FollowUpStatus, PledgeKind, ReminderState
from tests.support.blockcheck import assert_valid_blocks
from tests.support.reminders import WS, make_services

NOW = datetime(2026, 3, 24, 9, 0, tzinfo=UTC)


def content(**kw: Any) -> ReminderContent:
    base = dict(
        followup_id=7,
        owner_user_id="U0ANNA",
        action=FollowUpAction.CALL,
        text="ring <!channel> & spørg",
        due_at=NOW,
        all_day=False,
        due_tz="Europe/Copenhagen",
        partner_id=3,
        partner_name="Bank <b>",
        contact_name="Lars",
        contact_role="direktør",
        phone="12345678",
        email="l@x.dk",
        last_agreed="aftalt 20.000 kr. <@U0X>",
        last_at=NOW - timedelta(days=2),
        late=True,
        snoozed=False,
    )
    return ReminderContent(**{**base, **kw})


def test_reminder_blocks_are_valid_escaped_and_have_the_buttons():
    blocks = views.build_reminder_blocks(content(), "da", "Europe/Copenhagen")
    assert_valid_blocks(blocks)
    text = str(blocks)
    assert "<!channel>" not in text and "&lt;!channel&gt;" in text and "<@U0X>" not in text
    assert "Forsinket" in text and "Lars (direktør), 12345678, l@x.dk" in text
    ids = [e["action_id"] for e in blocks[-1]["elements"]]
    assert ids == [views.ACTION_DONE, LOG_OPEN_FOR_PARTNER, views.ACTION_SNOOZE, views.ACTION_RESCHEDULE]
    assert blocks[-1]["elements"][1]["value"] == "3"
    receipt = views.build_reminder_blocks(content(), "en", "Europe/London", state="Done")
    assert_valid_blocks(receipt)
    assert not any(b["type"] == "actions" for b in receipt)


def test_digest_blocks_are_valid_and_cut_long_lists():
    item = DigestItem(1, 3, "Saxo & co", FollowUpAction.EMAIL, None, NOW, False, "Europe/London")
    digest = Digest(
        Recipient("U0BEN", "en", "Europe/London"),
        NOW.date(),
        overdue=[item] * 30,
        today=[item],
        not_in_writing=[PledgeItem(1, 3, "Saxo", PledgeKind.MONEY, 5000, None, None)],
    )
    blocks = views.build_digest_blocks(digest)
    assert_valid_blocks(blocks)
    text = str(blocks)
    assert "Overdue* (30)" in text and "and 22 more" in text and "DKK 5,000" in text and "Saxo &amp; co" in text
    assert_valid_blocks(h.build_reschedule_modal("da", 7, "D1", "1.2")["blocks"], limit=100)


def test_a_digest_at_the_extremes_is_never_cut_and_counts_what_it_leaves_out():
    # 120 open follow-ups and 52 verbal agreements, partner names at the 200-character cap with
    # characters that need escaping: every part fits Slack's sections, no token or escape is cut,
    # and the "… and N more" line of each part survives.
    def name(i: int) -> str:
        return (f"Partner {i:03d} " + "& Søn <Greve> " * 20)[:200]

    def item(i: int) -> DigestItem:
        return DigestItem(
            i, i, name(i), FollowUpAction.CALL, "<@U0BEN> " * 40, NOW + timedelta(hours=i), False, "Europe/Copenhagen"
        )

    digest = Digest(
        Recipient("U0ANNA", "da", "Europe/Copenhagen"),
        NOW.date(),
        overdue=[item(i) for i in range(40)],
        today=[item(i) for i in range(40, 80)],
        week=[item(i) for i in range(80, 120)],
        not_in_writing=[PledgeItem(i, i, name(i), PledgeKind.PRODUCTS, None, 5, "bamser & bøger") for i in range(52)],
    )
    blocks = views.build_digest_blocks(digest)
    assert_valid_blocks(blocks)
    texts = [b["text"]["text"] for b in blocks if b["type"] == "section"]
    joined = "\n".join(texts)
    for text in texts:
        rest = re.sub(r"<[@#!][^<>]*>|&(?:amp|lt|gt);", "", text)
        assert "<" not in rest and not re.search(r"&\w*$", rest), text[-80:]
    assert joined.count("• ") == views.DIGEST_LINES * 4  # four parts, each showing DIGEST_LINES lines
    more = sum(int(n) for n in re.findall(r"… og (\d+) mere", joined))
    assert more == (40 - views.DIGEST_LINES) * 3 + (52 - views.DIGEST_LINES)
    assert len(re.findall(r"… og \d+ mere", joined)) == 4


def test_settings_words():
    assert hs.parse_days("1-5") == "12345"
    assert hs.parse_days("man,ons,fre") == "135"
    assert hs.parse_days("fre-man") == "1567"
    assert hs.parse_days("mon wed") == "13"
    assert hs.parse_days("someday") is None
    assert hs.parse_time("7.45") == "07:45" and hs.parse_time("25:00") is None


@pytest.fixture
def history(slack, monkeypatch):
    """conversations.history on the fake: the DM's messages with their metadata."""

    def answer(fake, args):
        posts = [c for c in fake.calls if c.method == "chat.postMessage" and "_fault" not in c.args]
        return {
            "ok": True,
            "messages": [{"ts": f"{i}.0", "metadata": c.args.get("metadata")} for i, c in enumerate(posts)],
        }

    monkeypatch.setitem(fakeslack._METHODS, "conversations.history", answer)


def test_sending_through_a_fake_slack_that_answers_429_and_500(engine, clock, slack, history):
    services = make_services(engine, clock, slack_api_url=slack.api_url)
    with services.transaction("U0ANNA") as s:
        for i in range(3):
            followups.create_followup(s, ws=WS, action="call", due_at=NOW, owner_user_id=f"U0P{i}", text=f"t{i}")
    waits: list[float] = []
    clients = Clients(WebClient(token="xoxb-test"), services, store=None)
    reminder_sweep = next(
        s for s in transport.build_sweeps(services, clients, sleep=waits.append) if isinstance(s, ReminderSweep)
    )
    assert isinstance(reminder_sweep, ReminderSweep)
    slack.fail("chat.postMessage", Fault(status=429, retry_after=2))
    slack.fail("chat.postMessage", Fault(status=500))
    reminder_sweep(NOW)
    # The 429 was waited out (Retry-After, without sleeping in the test) and retried; the 500 was not re-posted blind.
    assert waits == [2.0]
    ok = [c for c in slack.calls_to("chat.postMessage") if "_fault" not in c.args]
    assert len(ok) == 2
    reminder_sweep(NOW + timedelta(minutes=5))
    ok = [c for c in slack.calls_to("chat.postMessage") if "_fault" not in c.args]
    keys = [c.args["metadata"]["event_payload"]["key"] for c in ok]
    assert len(keys) == 3 == len(set(keys))
    assert slack.calls_to("conversations.history"), "the retry after a 500 looked before posting"
    with services.transaction(None) as s:
        rows = followups.open_followups(s, ws=WS)
        assert {r.reminder_state for r in rows} == {ReminderState.SENT} and all(r.reminder_ts for r in rows)
    assert all(c.args["channel"].startswith("U0P") for c in ok)


def _context(services, user="U0ANNA", team=WS.team_id):
    from storage.scope import Workspace

    return {"services": services, "actor": Actor(Workspace(team), user, "da", "Europe/Copenhagen")}


def test_done_and_snooze_buttons_update_the_followup_and_the_dm(engine, clock):
    services = make_services(engine, clock)
    clock.now = NOW
    with services.transaction("U0ANNA") as s:
        p = partners.create_partner(s, ws=WS, name="Saxo")
        fid = followups.create_followup(s, ws=WS, action="call", due_at=NOW, owner_user_id="U0ANNA", partner_id=p.id).id
    client, ack, respond = MagicMock(spec=WebClient), MagicMock(), MagicMock()
    body = {"container": {"channel_id": "D0ANNA", "message_ts": "5.5"}}
    h.handle_snooze(ack, body, {"selected_option": {"value": f"{fid}:1h"}}, client, _context(services), respond)
    ack.assert_called_once()
    with services.transaction(None) as s:
        f = followups.get_followup(s, ws=WS, followup_id=fid)
        assert f.status is FollowUpStatus.SNOOZED and f.snoozed_until == NOW + timedelta(hours=1)
    assert client.chat_update.call_args.kwargs["ts"] == "5.5"
    h.handle_done(MagicMock(), body, {"value": str(fid)}, client, _context(services), respond)
    with services.transaction(None) as s:
        assert followups.get_followup(s, ws=WS, followup_id=fid).status is FollowUpStatus.DONE
    assert "Udført" in client.chat_update.call_args.kwargs["text"]
    assert_valid_blocks(client.chat_update.call_args.kwargs["blocks"])
    # An id from another workspace is refused and changes nothing.
    client.reset_mock()
    h.handle_done(MagicMock(), body, {"value": str(fid)}, client, _context(services, team="T0OTHER"), respond)
    assert respond.call_args.kwargs["response_type"] == "ephemeral"
    client.chat_update.assert_not_called()
