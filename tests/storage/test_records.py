"""Users, pledges, follow-ups and reminders, deliveries, campaigns, workspaces and status."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from storage import (
    campaigns,
    contacts,
    followups,
    idempotency,
    interactions,
    partners,
    permissions,
    pledges,
    status,
    users,
    workspaces,
)
from storage.models import FollowUpStatus, PermissionStatus, PledgeStatus, ReminderState
from storage.scope import Workspace

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_get_or_create_user_and_update(session, ws):
    u = users.get_or_create_user(session, ws=ws, user_id="U1")
    assert users.get_or_create_user(session, ws=ws, user_id="U1") is u
    assert (u.digest_enabled, u.digest_time, u.digest_weekdays, u.language) == (
        True,
        None,
        "12345",
        None,
    )
    users.update_user(
        session,
        ws=ws,
        user_id="U1",
        tz="Europe/Copenhagen",
        locale="da-DK",
        language="en",
        digest_time="08:30",
        digest_weekdays="531",
    )
    session.commit()
    u = users.get_user(session, ws=ws, user_id="U1")
    assert (u.tz, u.language, u.digest_time, u.digest_weekdays) == (
        "Europe/Copenhagen",
        "en",
        "08:30",
        "135",
    )
    for bad in ({"language": "de"}, {"digest_time": "25:00"}, {"digest_weekdays": "8"}):
        with pytest.raises(ValueError):
            users.update_user(session, ws=ws, user_id="U1", **bad)
    with pytest.raises(TypeError):
        users.update_user(session, ws=ws, user_id="U1", team_id="T9")


def test_get_or_create_user_race(session_factory, ws):
    with session_factory() as one, session_factory() as two:
        users.get_or_create_user(one, ws=ws, user_id="U9")
        one.commit()
        # The second session looked before the first committed: it must still end with one row.
        u = users.get_or_create_user(two, ws=ws, user_id="U9")
        two.commit()
        assert u.user_id == "U9"


def test_pledge_in_writing_needs_evidence(session, ws):
    bank = partners.create_partner(session, ws=ws, name="Saxo")
    p = pledges.create_pledge(session, ws=ws, partner_id=bank.id, kind="money", amount_dkk=20_000, status="verbal")
    assert [x.id for x in pledges.not_in_writing(session, ws=ws)] == [p.id]
    with pytest.raises(ValueError):
        pledges.set_pledge_status(session, ws=ws, pledge_id=p.id, status=PledgeStatus.CONFIRMED_EMAIL)
    pledges.set_pledge_status(session, ws=ws, pledge_id=p.id, status="confirmed_email", evidence="Mail fra Lars 10/3")
    assert p.in_writing and p.evidence_at is not None
    assert pledges.not_in_writing(session, ws=ws) == []
    with pytest.raises(ValueError):
        pledges.create_pledge(session, ws=ws, partner_id=bank.id, kind="gold")


def test_open_followups_filters(session, ws):
    bank = partners.create_partner(session, ws=ws, name="Saxo")
    a = followups.create_followup(session, ws=ws, action="call", due_at=NOW, owner_user_id="U1", partner_id=bank.id)
    b = followups.create_followup(
        session,
        ws=ws,
        action="email",
        due_at=NOW + timedelta(days=3),
        owner_user_id="U2",
        all_day=True,
        due_tz="Europe/Copenhagen",
    )
    c = followups.create_followup(session, ws=ws, action="meeting", due_at=NOW - timedelta(days=1), owner_user_id="U1")
    followups.complete_followup(session, ws=ws, followup_id=c.id)
    session.commit()
    ids = lambda rows: [r.id for r in rows]  # noqa: E731
    assert ids(followups.open_followups(session, ws=ws)) == [a.id, b.id]
    assert ids(followups.open_followups(session, ws=ws, owner_user_id="U1")) == [a.id]
    assert ids(followups.open_followups(session, ws=ws, partner_id=bank.id)) == [a.id]
    assert ids(followups.open_followups(session, ws=ws, due_after=NOW + timedelta(hours=1))) == [b.id]
    assert ids(followups.open_followups(session, ws=ws, due_before=NOW + timedelta(hours=1))) == [a.id]
    assert b.due_at == NOW + timedelta(days=3) and b.due_at.tzinfo is not None
    with pytest.raises(ValueError):
        followups.create_followup(session, ws=ws, action="call", due_at=datetime(2026, 3, 10), owner_user_id="U1")


LEAD = timedelta(minutes=15)


def _claim(session, ws, now):
    return [c.followup_id for c in followups.claim_reminders(session, ws=ws, now=now, lead=LEAD)]


def test_reminder_claims_are_exactly_once(session, ws):
    due = followups.create_followup(session, ws=ws, action="call", due_at=NOW, owner_user_id="U1")
    later = followups.create_followup(session, ws=ws, action="call", due_at=NOW + timedelta(days=1), owner_user_id="U1")
    session.commit()
    first = followups.claim_reminders(session, ws=ws, now=NOW, lead=LEAD)
    assert [c.followup_id for c in first] == [due.id] and not first[0].was_claimed
    assert _claim(session, ws, NOW) == []
    # A claim that was never finished is taken over after a while, and says so.
    retaken = followups.claim_reminders(session, ws=ws, now=NOW + followups.STALE_CLAIM * 2, lead=LEAD)
    assert [c.followup_id for c in retaken] == [due.id] and retaken[0].was_claimed and retaken[0].attempts == 2
    # Only the current claim may record: the first worker's late answer is refused.
    assert not followups.record_reminder_sent(
        session, ws=ws, followup_id=due.id, claimed_at=first[0].claimed_at, slack_ts="1710.00", now=NOW
    )
    assert followups.record_reminder_sent(
        session, ws=ws, followup_id=due.id, claimed_at=retaken[0].claimed_at, slack_ts="1710.01", now=NOW
    )
    session.refresh(due)
    assert (due.reminder_state, due.reminder_ts) == (ReminderState.SENT, "1710.01")
    followups.snooze_followup(session, ws=ws, followup_id=due.id, until=NOW + timedelta(hours=2))
    assert _claim(session, ws, NOW + timedelta(hours=1)) == []
    woke = followups.claim_reminders(session, ws=ws, now=NOW + timedelta(hours=2), lead=LEAD)
    assert [c.followup_id for c in woke] == [due.id]
    assert followups.record_reminder_failed(
        session,
        ws=ws,
        followup_id=due.id,
        claimed_at=woke[0].claimed_at,
        error="ratelimited",
        retry_at=NOW + timedelta(hours=3),
    )
    session.refresh(due)
    assert due.reminder_state is ReminderState.FAILED
    # A failure is retried once its backoff is over, not before.
    assert _claim(session, ws, NOW + timedelta(hours=2, minutes=30)) == []
    assert _claim(session, ws, NOW + timedelta(hours=3)) == [due.id]
    assert later.reminder_state is ReminderState.PENDING


def test_deliveries_are_sent_once(session, ws):
    key = "digest:U1:2026-03-10"
    stale = timedelta(minutes=10)
    won = idempotency.claim_deliveries(session, ws=ws, channels={key: "D1"}, now=NOW, stale=stale)
    assert [c.key for c in won] == [key]
    assert idempotency.claim_deliveries(session, ws=ws, channels={key: "D1"}, now=NOW, stale=stale) == []
    assert idempotency.fail_delivery(
        session, ws=ws, key=key, claimed_at=won[0].claimed_at, error="timeout", retry_at=NOW + timedelta(minutes=1)
    )
    again = idempotency.claim_deliveries(
        session, ws=ws, channels={key: "D1"}, now=NOW + timedelta(minutes=1), stale=stale
    )
    assert [c.key for c in again] == [key] and again[0].attempts == 2 and again[0].previous_error == "timeout"
    assert idempotency.record_delivery(
        session, ws=ws, key=key, claimed_at=again[0].claimed_at, now=NOW + timedelta(minutes=1), slack_ts="1.2"
    )
    assert idempotency.sent_keys(session, ws=ws, keys=[key]) == {key}
    assert (
        idempotency.claim_deliveries(session, ws=ws, channels={key: "D1"}, now=NOW + timedelta(hours=1), stale=stale)
        == []
    )
    assert idempotency.first_time(session, ws=ws, key="r1") and not idempotency.first_time(session, ws=ws, key="r1")
    session.commit()
    assert idempotency.forget_requests_before(session, ws=ws, before=datetime.now(UTC) + timedelta(1)) == 1


def test_campaigns(session, ws):
    camp = campaigns.create_campaign(
        session,
        ws=ws,
        name="Læs for mig",
        goal_dkk=100_000,
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 12, 31),
    )
    bank = partners.create_partner(session, ws=ws, name="Danske Bank Greve")
    campaigns.add_partner(session, ws=ws, campaign_id=camp.id, partner_id=bank.id)
    campaigns.add_partner(session, ws=ws, campaign_id=camp.id, partner_id=bank.id)
    pledges.create_pledge(
        session,
        ws=ws,
        partner_id=bank.id,
        kind="money",
        amount_dkk=20_000,
        campaign_id=camp.id,
        status="verbal",
    )
    pledges.create_pledge(
        session,
        ws=ws,
        partner_id=bank.id,
        kind="money",
        amount_dkk=72_000,
        campaign_id=camp.id,
        status="contract_signed",
        evidence="kontrakt.pdf",
    )
    pledges.create_pledge(
        session,
        ws=ws,
        partner_id=bank.id,
        kind="money",
        amount_dkk=5,
        campaign_id=camp.id,
        status="declined",
    )
    assert campaigns.money_pledged(session, ws=ws, campaign_id=camp.id) == {
        "verbal": 20_000,
        "contract_signed": 72_000,
    }
    assert [p.id for p in partners.list_partners(session, ws=ws, campaign_id=camp.id)] == [bank.id]
    assert [c.id for c in campaigns.campaigns_of(session, ws=ws, partner_id=bank.id)] == [camp.id]
    campaigns.remove_partner(session, ws=ws, campaign_id=camp.id, partner_id=bank.id)
    assert campaigns.campaigns_of(session, ws=ws, partner_id=bank.id) == []


def test_workspaces_install_uninstall(session):
    a, b = Workspace("T1"), Workspace("T2", "E1")
    workspaces.install_workspace(session, ws=a, name="Greve Bibliotek")
    workspaces.install_workspace(session, ws=b)
    assert workspaces.installed_workspaces(session) == [a, b]
    purge_after = workspaces.uninstall_workspace(session, ws=a).purge_after
    assert workspaces.installed_workspaces(session) == [b]
    assert workspaces.due_for_purge(session, now=purge_after - timedelta(seconds=1)) == []
    assert workspaces.due_for_purge(session, now=purge_after + timedelta(seconds=1)) == [a]
    workspaces.install_workspace(session, ws=a)
    assert workspaces.due_for_purge(session, now=purge_after + timedelta(days=1)) == []


def test_partner_status(session, ws):
    bank = partners.create_partner(session, ws=ws, name="Københavns Kommune plejehjem", aliases=["KK pleje"])
    sof = partners.create_partner(session, ws=ws, name="SOF")
    suf = partners.create_partner(session, ws=ws, name="SUF")
    permissions.require_permission(session, ws=ws, partner_id=bank.id, grantor_id=sof.id)
    granted = permissions.require_permission(session, ws=ws, partner_id=bank.id, grantor_id=suf.id)
    permissions.set_permission_status(session, ws=ws, permission_id=granted.id, status=PermissionStatus.GRANTED)
    boss = contacts.create_contact(session, ws=ws, name="Zia", partner_id=bank.id, is_decision_maker=True)
    contacts.create_contact(session, ws=ws, name="Anne", partner_id=bank.id)
    for days in range(8):
        interactions.log_interaction(
            session,
            ws=ws,
            kind="call",
            logged_by="U1",
            raw_text=f"call {days}",
            partner_id=bank.id,
            occurred_at=NOW - timedelta(days=days + 3),
        )
    interactions.log_interaction(
        session,
        ws=ws,
        kind="note",
        logged_by="U1",
        raw_text="note",
        partner_id=bank.id,
        occurred_at=NOW - timedelta(days=1),
    )
    pledges.create_pledge(session, ws=ws, partner_id=bank.id, kind="products", quantity=180, what="læsebamser")
    f = followups.create_followup(session, ws=ws, action="call", due_at=NOW, owner_user_id="U1", partner_id=bank.id)
    done = followups.create_followup(session, ws=ws, action="call", due_at=NOW, owner_user_id="U1", partner_id=bank.id)
    followups.complete_followup(session, ws=ws, followup_id=done.id)
    session.commit()

    st = status.partner_status(session, ws=ws, partner_id=bank.id, now=NOW)
    assert st.partner.id == bank.id and [a.name for a in st.aliases] == ["KK pleje"]
    assert [c.id for c in st.contacts][0] == boss.id and len(st.contacts) == 2
    assert [p.quantity for p in st.pledges] == [180]
    assert [x.id for x in st.open_followups] == [f.id]
    assert [i.raw_text for i in st.last_interactions] == [
        "note",
        "call 0",
        "call 1",
        "call 2",
        "call 3",
    ]
    assert [g.name for _, g in st.pending_permissions] == ["SOF"]
    assert st.days_since_last_contact == 3  # the note is not contact
    assert status.partner_status(session, ws=ws, partner_id=999_999) is None
    assert followups.get_followup(session, ws=ws, followup_id=done.id).status is FollowUpStatus.DONE
