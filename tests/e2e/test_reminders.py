"""Reminders over the real wire: the server's own scheduler posts the DM, and Done updates it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from handlers.reminders.views import ACTION_DONE
from storage import followups, partners
from storage.db import make_engine, make_session_factory
from storage.models import FollowUpStatus
from storage.scope import Workspace
from tests.e2e import wire
from tests.e2e.conftest import ANNA, TEAM, start_server, stop_server

pytestmark = pytest.mark.e2e


def test_the_scheduler_sends_a_due_reminder_once_and_done_closes_it(migrated_db_url, fake_slack):
    engine = make_engine(migrated_db_url)
    factory = make_session_factory(engine)
    ws = Workspace(TEAM)
    with factory.begin() as s:
        p = partners.create_partner(s, ws=ws, name="Danske Bank Greve")
        fid = followups.create_followup(
            s,
            ws=ws,
            action="call",
            owner_user_id=ANNA.id,
            partner_id=p.id,
            due_at=datetime.now(UTC) + timedelta(minutes=5),
            text="ring igen",
        ).id
    server = start_server(migrated_db_url, fake_slack)
    try:

        def posted(calls):
            # Reminder DMs only: Anna may also get today's digest once she is a user.
            return [
                c
                for c in calls
                if c.method == "chat.postMessage"
                and c.args.get("channel") == ANNA.id
                and str((c.args.get("metadata") or {}).get("event_payload", {}).get("key")).startswith("reminder:")
            ]

        assert fake_slack.wait_for(lambda calls: bool(posted(calls)), timeout=20)
        [call] = posted(fake_slack.calls)
        assert call.args["metadata"]["event_payload"]["key"].startswith(f"reminder:{fid}:")
        assert "Danske Bank Greve" in str(call.args["blocks"])
        payload = {
            "type": "block_actions",
            "team": {"id": TEAM},
            "user": {"id": ANNA.id, "team_id": TEAM},
            "api_app_id": "A0PARTNERBOT",
            "trigger_id": "1.1.t",
            "response_url": fake_slack.response_url("act"),
            "container": {"type": "message", "channel_id": "D0ANNA", "message_ts": "9.9"},
            "channel": {"id": "D0ANNA"},
            "message": {"ts": "9.9"},
            "actions": [{"action_id": ACTION_DONE, "block_id": f"reminder_{fid}", "type": "button", "value": str(fid)}],
        }
        body = wire.interactive(payload)
        reply = server.post(body, wire.signed(server.secret, body))
        assert reply.status == 200 and reply.seconds < 3
        assert fake_slack.wait_for(lambda calls: any(c.method == "chat.update" for c in calls), timeout=10)
        with factory.begin() as s:
            assert followups.get_followup(s, ws=ws, followup_id=fid).status is FollowUpStatus.DONE
        assert len(posted(fake_slack.calls)) == 1
    finally:
        stop_server(server)
        engine.dispose()
