"""Exactly once through crashes, two schedulers on one database, and Slack failures."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.domain import reminders
from bot.domain.reminders import STALE_CLAIM, DigestSweep, ReminderSweep
from storage import followups, users
from storage.models import Delivery, DeliveryStatus, FollowUp, FollowUpAction, ReminderState
from tests.support.reminders import WS, Crash, FakeTransport, make_services

NOW = datetime(2026, 3, 24, 9, 0, tzinfo=UTC)  # a Tuesday; Copenhagen is UTC+1


def add_followups(services, n: int, *, due: datetime = NOW, owners: int = 5) -> list[int]:
    with services.transaction("U0SEED") as s:
        return [
            followups.create_followup(
                s,
                ws=WS,
                action=FollowUpAction.CALL,
                due_at=due + timedelta(minutes=i % 7),
                owner_user_id=f"U0OWNER{i % owners}",
                text=f"task {i}",
            ).id
            for i in range(n)
        ]


def row(services, followup_id: int) -> FollowUp:
    with services.transaction(None) as s:
        return s.get(FollowUp, followup_id)


def test_crash_after_posting_before_recording_sends_no_duplicate(services, transport, clock):
    [fid] = add_followups(services, 1)
    clock.now = NOW
    transport.script = ["crash-after"]
    with pytest.raises(Crash):
        ReminderSweep(services, transport)(NOW)
    assert len(transport.posted) == 1 and row(services, fid).reminder_state is ReminderState.CLAIMED
    # A restarted process ticks: the claim is not yet stale, so nobody touches it.
    ReminderSweep(services, transport)(NOW + timedelta(minutes=1))
    assert len(transport.posted) == 1
    # Once stale, the new owner finds the message by its key and records it instead of resending.
    later = NOW + STALE_CLAIM + timedelta(minutes=1)
    ReminderSweep(services, transport)(later)
    assert len(transport.posted) == 1 and transport.lookups == 1
    done = row(services, fid)
    assert (done.reminder_state, done.reminder_ts) == (ReminderState.SENT, transport.posted[0].ts)
    ReminderSweep(services, transport)(later + timedelta(hours=1))
    assert len(transport.posted) == 1


def test_crash_before_posting_sends_once_after_restart(services, transport):
    [fid] = add_followups(services, 1)
    transport.script = ["crash-before"]
    with pytest.raises(Crash):
        ReminderSweep(services, transport)(NOW)
    assert transport.posted == []
    ReminderSweep(services, transport)(NOW + STALE_CLAIM + timedelta(minutes=1))
    assert len(transport.posted) == 1 and transport.posted[0].message.content.late
    assert row(services, fid).reminder_state is ReminderState.SENT


def test_without_a_way_to_look_the_crash_window_prefers_a_duplicate_to_a_loss(services, transport):
    add_followups(services, 1)
    transport.script, transport.can_look_up = ["crash-after"], False
    with pytest.raises(Crash):
        ReminderSweep(services, transport)(NOW)
    ReminderSweep(services, transport)(NOW + STALE_CLAIM + timedelta(minutes=1))
    # Documented at-least-once fallback when the app may not read its DMs (no im:history).
    assert len(transport.posted) == 2


def test_crash_in_the_middle_of_a_digest_sweep(services, transport, clock):
    with services.transaction(None) as s:
        for i in range(4):
            users.update_user(s, ws=WS, user_id=f"U0OWNER{i}", tz="Europe/Copenhagen")
    add_followups(services, 8, owners=4, due=NOW + timedelta(days=1))
    at = datetime(2026, 3, 24, 7, 40, tzinfo=UTC)  # 08:40 in Copenhagen
    transport.script = ["ok", "crash-after"]
    with pytest.raises(Crash):
        DigestSweep(services, transport)(at)
    assert len(transport.posted) == 2
    DigestSweep(services, transport)(at + STALE_CLAIM + timedelta(minutes=1))
    DigestSweep(services, transport)(at + timedelta(hours=3))
    assert sorted(transport.keys()) == [f"digest:U0OWNER{i}:2026-03-24" for i in range(4)]


def test_a_digest_missed_by_downtime_is_not_sent_the_next_day(services, transport):
    with services.transaction(None) as s:
        users.update_user(s, ws=WS, user_id="U0OWNER0", tz="Europe/Copenhagen")
    add_followups(services, 1, owners=1, due=NOW + timedelta(days=1))
    # Down from Monday 06:00 to Tuesday 08:00 UTC (09:00 Copenhagen): Monday's digest is gone.
    DigestSweep(services, transport)(datetime(2026, 3, 24, 8, 0, tzinfo=UTC))
    assert transport.keys() == ["digest:U0OWNER0:2026-03-24"]


@pytest.mark.parametrize("schedulers", [2])
def test_two_schedulers_on_one_database_send_each_message_once(engine, clock, schedulers):
    first = make_services(engine, clock)
    add_followups(first, 120, owners=30)
    with first.transaction(None) as s:
        for i in range(30):
            users.update_user(s, ws=WS, user_id=f"U0OWNER{i}", tz="Europe/Copenhagen")
    transport = FakeTransport(clock)
    # Each scheduler has its own engine, as two processes would.
    from storage.db import make_engine

    engines = [make_engine(str(engine.url.render_as_string(hide_password=False))) for _ in range(schedulers)]
    barrier = threading.Barrier(schedulers)
    errors: list[BaseException] = []

    def run(e):
        services = make_services(e, clock)
        sweeps = [ReminderSweep(services, transport), DigestSweep(services, transport)]
        try:
            for minute in range(0, 30, 2):
                # Two processes' clocks agree to within a tick, so the threads move in step.
                barrier.wait()
                for sweep in sweeps:
                    sweep.sweep(WS, NOW + timedelta(minutes=minute))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for e in engines:
        e.dispose()
    assert errors == []
    keys = transport.keys()
    assert len(keys) == len(set(keys)), "a message was sent twice"
    reminders = {k for k in keys if k.startswith("reminder:")}
    digests = {k for k in keys if k.startswith("digest:")}
    assert len(reminders) == 120
    assert digests == {f"digest:U0OWNER{i}:2026-03-24" for i in range(30)}


def test_rate_limits_and_server_errors_are_retried_and_nothing_is_lost(services, transport):
    ids = add_followups(services, 3, owners=3)
    # The first send is rate limited: that one and the rest of the batch wait; nothing is posted.
    transport.script = ["429"]
    ReminderSweep(services, transport)(NOW + timedelta(minutes=10))
    assert transport.posted == []
    assert {row(services, i).reminder_state for i in ids} == {ReminderState.FAILED}
    assert "ratelimited" in row(services, ids[0]).reminder_error
    # Before Retry-After, nothing is tried.
    ReminderSweep(services, transport)(NOW + timedelta(minutes=10, seconds=20))
    assert transport.posted == []
    # Then a 500 that Slack had in fact posted, and a plain 500.
    transport.script = ["500-posted", "500"]
    ReminderSweep(services, transport)(NOW + timedelta(minutes=11))
    assert len(transport.posted) == 2
    assert {row(services, i).reminder_state for i in ids} == {ReminderState.FAILED, ReminderState.SENT}
    failed = [i for i in ids if row(services, i).reminder_state is ReminderState.FAILED]
    assert all(row(services, i).reminder_error.startswith("unknown:") for i in failed)
    # After the backoff the owner looks first: the one Slack had posted is found, the other is sent.
    ReminderSweep(services, transport)(NOW + timedelta(minutes=15))
    keys = transport.keys()
    assert len(keys) == 3 == len(set(keys))
    assert {row(services, i).reminder_state for i in ids} == {ReminderState.SENT}
    with services.transaction(None) as s:
        recorded = {
            d.idempotency_key: d.slack_ts for d in s.query(Delivery).filter(Delivery.status == DeliveryStatus.SENT)
        }
    assert recorded == {p.key: p.ts for p in transport.posted}


def test_a_message_that_keeps_failing_stays_pending_with_its_error(services, transport):
    [fid] = add_followups(services, 1)
    moment = NOW
    for _ in range(12):
        transport.script = ["500"]
        ReminderSweep(services, transport)(moment)
        moment += timedelta(minutes=31)
    failing = row(services, fid)
    assert failing.reminder_state is ReminderState.FAILED and failing.attempts == 12
    ReminderSweep(services, transport)(moment)
    assert len(transport.posted) == 1 and row(services, fid).reminder_state is ReminderState.SENT


def test_a_digest_sweep_in_batches_sends_each_once_and_a_rate_limit_holds_the_later_batches(
    services, transport, monkeypatch
):
    monkeypatch.setattr(reminders, "DIGEST_BATCH", 2)
    with services.transaction(None) as s:
        for i in range(5):
            users.update_user(s, ws=WS, user_id=f"U0OWNER{i}", tz="Europe/Copenhagen")
    add_followups(services, 10, owners=5, due=NOW + timedelta(days=1))
    at = datetime(2026, 3, 24, 7, 40, tzinfo=UTC)  # 08:40 in Copenhagen
    built: list[int] = []
    real = reminders.build_digests
    monkeypatch.setattr(reminders, "build_digests", lambda *a, **k: built.append(len(k["recipients"])) or real(*a, **k))
    # The third digest (first of the second batch) is rate limited: it and the rest wait, the
    # third batch is not built at all.
    transport.script = ["ok", "ok", "429"]
    result = DigestSweep(services, transport).sweep(WS, at)
    assert built == [2, 2] and len(result.sent) == 2 and len(result.failed) == 3
    assert len(transport.posted) == 2
    DigestSweep(services, transport)(at + timedelta(minutes=5))  # after the backoff
    assert built == [2, 2, 2, 1]
    assert sorted(transport.keys()) == [f"digest:U0OWNER{i}:2026-03-24" for i in range(5)]
    assert len(transport.keys()) == len(set(transport.keys()))


def test_a_follow_up_logged_inside_the_reminder_lead_is_not_called_late(services, transport):
    from storage.models import utcnow

    now = utcnow()  # the row's creation time is the real clock's
    [fid] = add_followups(services, 1, due=now + timedelta(minutes=2))  # "ringer igen om 2 minutter"
    ReminderSweep(services, transport)(now + timedelta(seconds=30))
    assert len(transport.posted) == 1 and not transport.posted[0].message.content.late
    # One logged a day ahead whose moment passed while the bot was down still says so.
    [late] = add_followups(services, 1, due=now + timedelta(days=1))
    ReminderSweep(services, transport)(now + timedelta(days=1, minutes=30))
    posted = [p for p in transport.posted if p.message.content.followup_id == late]
    assert len(posted) == 1 and posted[0].message.content.late
    assert row(services, fid).reminder_state is ReminderState.SENT
