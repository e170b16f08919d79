"""Slack faults during sends: resets, HTML error pages, 5xx and 429, before and after Slack posted.

Each reminder must reach its owner exactly once, as the owner would see it in the DM.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient

from bot.domain.reminders import ReminderSweep
from bot.offline.fakeslack import FakeSlack, Fault
from handlers.reminders import transport as h
from handlers.shared.clients import Clients
from storage import followups
from storage.models import ReminderState
from tests.support.reminders import WS, make_services

NOW = datetime(2026, 3, 24, 9, 0, tzinfo=UTC)
HTML = "<html><body><h1>502 Bad Gateway</h1></body></html>"

FAULTS = [
    Fault(status=429, retry_after=1),
    Fault(status=500),
    Fault(status=503, body=HTML),
    Fault(reset=True),
    Fault(status=500, after=True),  # posted, but the answer was a 500
    Fault(reset=True, after=True),  # posted, but the connection dropped before the answer
    Fault(status=502, body=HTML, after=True),
]


def visible(slack: FakeSlack) -> Counter[str]:
    """Reminder keys of the messages each owner can see in their DM."""
    seen: Counter[str] = Counter()
    for messages in slack.messages.values():
        for message in messages:
            key = ((message.get("metadata") or {}).get("event_payload") or {}).get("key", "")
            if key.startswith("reminder:"):
                seen[key] += 1
    return seen


def test_every_reminder_arrives_once_through_every_kind_of_fault(engine, clock, slack) -> None:
    services = make_services(engine, clock, slack_api_url=slack.api_url)
    count = 12
    with services.transaction("U0ANNA") as s:
        for i in range(count):
            followups.create_followup(s, ws=WS, action="call", due_at=NOW, owner_user_id=f"U0P{i:02d}", text=f"t{i}")
    for fault in FAULTS:
        slack.fail("chat.postMessage", fault)
    waits: list[float] = []
    client = WebClient(token="xoxb-test", base_url=slack.api_url)
    sweeps = h.build_sweeps(services, Clients(client, services, None), sleep=waits.append)
    reminder_sweep = next(s for s in sweeps if isinstance(s, ReminderSweep))
    moment = NOW
    for _ in range(40):  # bounded: backoff doubles from 30 s, so a simulated hour is plenty
        clock.now = moment
        reminder_sweep(moment)
        if len(visible(slack)) == count:
            break
        moment += timedelta(minutes=2)
    seen = visible(slack)
    assert len(seen) == count, f"missing reminders: {count - len(seen)}"
    assert max(seen.values()) == 1, [key for key, n in seen.items() if n > 1]
    with services.transaction(None) as s:
        rows = followups.open_followups(s, ws=WS)
        assert {r.reminder_state for r in rows} == {ReminderState.SENT}
        # The recorded ts is the one the owner sees, also where the answer was lost.
        posted = {m["ts"] for msgs in slack.messages.values() for m in msgs}
        assert {r.reminder_ts for r in rows} <= posted
    faults_seen = [c for c in slack.calls_to("chat.postMessage") if "_fault" in c.args]
    assert len(faults_seen) == len(FAULTS)
    assert waits == [1.0]  # the 429's Retry-After, waited without sleeping in the test
