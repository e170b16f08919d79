"""Two workspaces with the same partners and people never see each other's rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage import (
    audit,
    campaigns,
    contacts,
    followups,
    gdpr,
    idempotency,
    interactions,
    partners,
    permissions,
    pledges,
    search,
    status,
    users,
    workspaces,
)
from storage.models import FollowUpAction, InteractionKind, PledgeKind, PledgeStatus
from storage.scope import NotFound, Workspace

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def _populate(session, ws: Workspace) -> dict[str, int]:
    """The same data in each workspace: names, people and texts are identical."""
    audit.set_actor(session, "U0SAME")
    workspaces.install_workspace(session, ws=ws, name="Bibliotek")
    camp = campaigns.create_campaign(session, ws=ws, name="Læs for mig", goal_dkk=100_000)
    bank = partners.create_partner(session, ws=ws, name="Danske Bank Greve", aliases=["DB"])
    sof = partners.create_partner(session, ws=ws, name="SOF")
    campaigns.add_partner(session, ws=ws, campaign_id=camp.id, partner_id=bank.id)
    perm = permissions.require_permission(session, ws=ws, partner_id=bank.id, grantor_id=sof.id)
    lars = contacts.create_contact(session, ws=ws, name="Lars Jensen", partner_id=bank.id, email="lars@example.dk")
    log = interactions.log_interaction(
        session,
        ws=ws,
        kind=InteractionKind.CALL,
        logged_by="U0SAME",
        raw_text="Ringede til Lars Jensen",
        occurred_at=NOW - timedelta(days=2),
        partner_id=bank.id,
        contact_ids=[lars.id],
    )
    pledge = pledges.create_pledge(
        session,
        ws=ws,
        partner_id=bank.id,
        kind=PledgeKind.MONEY,
        amount_dkk=20_000,
        status=PledgeStatus.VERBAL,
        campaign_id=camp.id,
        created_by_interaction_id=log.id,
    )
    fu = followups.create_followup(
        session,
        ws=ws,
        action=FollowUpAction.CALL,
        due_at=NOW - timedelta(hours=1),
        owner_user_id="U0SAME",
        partner_id=bank.id,
        contact_id=lars.id,
        interaction_id=log.id,
    )
    users.update_user(session, ws=ws, user_id="U0SAME", tz="Europe/Copenhagen")
    delivery = idempotency.claim_deliveries(
        session, ws=ws, channels={"digest:U0SAME:2026-03-10": "D0SAME"}, now=NOW, stale=timedelta(minutes=10)
    )[0]
    assert idempotency.first_time(session, ws=ws, key="req-1")
    session.flush()
    return {
        "campaign": camp.id,
        "partner": bank.id,
        "grantor": sof.id,
        "permission": perm.id,
        "contact": lars.id,
        "interaction": log.id,
        "pledge": pledge.id,
        "followup": fu.id,
        "delivery": delivery.key,
    }


@pytest.fixture
def two(session, ws, ws_b):
    ids_a = _populate(session, ws)
    ids_b = _populate(session, ws_b)
    session.commit()
    return ids_a, ids_b


def _ids(rows):
    return {r.id for r in rows}


def test_reads_return_only_own_rows(session, ws, ws_b, two):
    a, b = two
    for me, mine, theirs in ((ws, a, b), (ws_b, b, a)):
        assert _ids(m.partner for m in search.find_partners(session, ws=me, query="danske")) == {mine["partner"]}
        assert [m.partner.id for m in search.probable_duplicates(session, ws=me, name="Danske Bank Greve")] == [
            mine["partner"]
        ]
        assert _ids(partners.list_partners(session, ws=me)) == {mine["partner"], mine["grantor"]}
        assert _ids(partners.list_partners(session, ws=me, campaign_id=theirs["campaign"])) == set()
        assert _ids(partners.names_of(session, ws=me, partner_id=theirs["partner"])) == set()
        assert _ids(contacts.contacts_of(session, ws=me, partner_id=theirs["partner"])) == set()
        assert _ids(contacts.find_contacts(session, ws=me, name="lars")) == {mine["contact"]}
        assert _ids(campaigns.list_campaigns(session, ws=me)) == {mine["campaign"]}
        assert campaigns.campaigns_of(session, ws=me, partner_id=theirs["partner"]) == []
        assert campaigns.money_pledged(session, ws=me, campaign_id=mine["campaign"]) == {"verbal": 20_000}
        assert campaigns.money_pledged(session, ws=me, campaign_id=theirs["campaign"]) == {}
        assert permissions.pending_permissions(session, ws=me, partner_id=theirs["partner"]) == []
        assert _ids(p for p, _ in permissions.pending_permissions(session, ws=me, partner_id=mine["partner"])) == {
            mine["permission"]
        }
        assert interactions.recent_interactions(session, ws=me, partner_id=theirs["partner"]) == []
        assert interactions.last_contact_at(session, ws=me, partner_id=theirs["partner"]) is None
        assert pledges.pledges_of(session, ws=me, partner_id=theirs["partner"]) == []
        assert _ids(pledges.not_in_writing(session, ws=me)) == {mine["pledge"]}
        assert _ids(followups.open_followups(session, ws=me)) == {mine["followup"]}
        assert _ids(followups.open_followups(session, ws=me, owner_user_id="U0SAME")) == {mine["followup"]}
        assert followups.open_followups(session, ws=me, partner_id=theirs["partner"]) == []
        assert users.get_user(session, ws=me, user_id="U0SAME").team_id == me.team_id
        assert [u.team_id for u in users.list_digest_users(session, ws=me)] == [me.team_id]
        assert idempotency.get_delivery(session, ws=me, key=mine["delivery"]).team_id == me.team_id
        assert workspaces.get_workspace(session, ws=me).team_id == me.team_id
        assert {r.team_id for r in audit.history(session, ws=me)} == {me.team_id}
        assert status.partner_status(session, ws=me, partner_id=theirs["partner"]) is None
        st = status.partner_status(session, ws=me, partner_id=mine["partner"], now=NOW)
        rows = [st.partner, *st.contacts, *st.pledges, *st.open_followups, *st.last_interactions]
        rows += [*st.aliases, *st.campaigns, *(x for pair in st.pending_permissions for x in pair)]
        assert {r.team_id for r in rows} == {me.team_id}


GETTERS = [
    (partners.get_partner, "partner_id", "partner"),
    (contacts.get_contact, "contact_id", "contact"),
    (campaigns.get_campaign, "campaign_id", "campaign"),
    (interactions.get_interaction, "interaction_id", "interaction"),
    (pledges.get_pledge, "pledge_id", "pledge"),
    (followups.get_followup, "followup_id", "followup"),
]


@pytest.mark.parametrize(("getter", "arg", "key"), GETTERS, ids=[g[2] for g in GETTERS])
def test_foreign_id_is_not_found(session, ws, two, getter, arg, key):
    _a, b = two
    assert getter(session, ws=ws, **{arg: b[key]}) is None
    assert getter(session, ws=ws, **{arg: b[key]}, include_deleted=True) is None


WRITERS = [
    lambda s, ws, b: partners.set_stage(s, ws=ws, partner_id=b["partner"], stage="active"),
    lambda s, ws, b: partners.add_alias(s, ws=ws, partner_id=b["partner"], alias="X"),
    lambda s, ws, b: partners.rename_partner(s, ws=ws, partner_id=b["partner"], name="X"),
    lambda s, ws, b: partners.soft_delete_partner(s, ws=ws, partner_id=b["partner"]),
    lambda s, ws, b: partners.restore_partner(s, ws=ws, partner_id=b["partner"]),
    lambda s, ws, b: partners.merge_partners(s, ws=ws, keep_id=b["grantor"], merge_id=b["partner"]),
    lambda s, ws, b: contacts.create_contact(s, ws=ws, name="X", partner_id=b["partner"]),
    lambda s, ws, b: contacts.update_contact(s, ws=ws, contact_id=b["contact"], role="X"),
    lambda s, ws, b: contacts.soft_delete_contact(s, ws=ws, contact_id=b["contact"]),
    lambda s, ws, b: campaigns.add_partner(s, ws=ws, campaign_id=b["campaign"], partner_id=b["partner"]),
    lambda s, ws, b: permissions.require_permission(s, ws=ws, partner_id=b["partner"], grantor_id=b["grantor"]),
    lambda s, ws, b: permissions.set_permission_status(s, ws=ws, permission_id=b["permission"], status="granted"),
    lambda s, ws, b: interactions.log_interaction(
        s, ws=ws, kind="note", logged_by="U1", raw_text="x", partner_id=b["partner"]
    ),
    lambda s, ws, b: interactions.undo_log(s, ws=ws, interaction_id=b["interaction"]),
    lambda s, ws, b: pledges.create_pledge(s, ws=ws, partner_id=b["partner"], kind="money"),
    lambda s, ws, b: pledges.set_pledge_status(s, ws=ws, pledge_id=b["pledge"], status="delivered"),
    lambda s, ws, b: followups.create_followup(
        s, ws=ws, action="call", due_at=NOW, owner_user_id="U1", partner_id=b["partner"]
    ),
    lambda s, ws, b: followups.complete_followup(s, ws=ws, followup_id=b["followup"]),
    lambda s, ws, b: followups.snooze_followup(s, ws=ws, followup_id=b["followup"], until=NOW),
    lambda s, ws, b: gdpr.erase_contact(s, ws=ws, contact_id=b["contact"]),
    lambda s, ws, b: gdpr.export_contact(s, ws=ws, contact_id=b["contact"]),
]


@pytest.mark.parametrize("write", WRITERS, ids=range(len(WRITERS)))
def test_foreign_id_is_refused_by_writers(session, ws, ws_b, two, write):
    _a, b = two
    before = status.partner_status(session, ws=ws_b, partner_id=b["partner"], now=NOW)
    with pytest.raises(NotFound):
        write(session, ws, b)
    session.rollback()
    after = status.partner_status(session, ws=ws_b, partner_id=b["partner"], now=NOW)
    assert after is not None and after.partner.name == before.partner.name


def test_claims_and_replays_are_per_workspace(session, ws, ws_b, two):
    a, b = two
    lead = timedelta(minutes=15)
    claimed = followups.claim_reminders(session, ws=ws, now=NOW, lead=lead)
    assert {c.followup_id for c in claimed} == {a["followup"]}
    theirs = followups.claim_reminders(session, ws=ws_b, now=NOW, lead=lead)
    assert {c.followup_id for c in theirs} == {b["followup"]}
    # Recording a claim names the workspace: another workspace's follow-up is not touched.
    assert not followups.record_reminder_sent(
        session, ws=ws, followup_id=b["followup"], claimed_at=theirs[0].claimed_at, slack_ts="1.2", now=NOW
    )
    only_mine = idempotency.claim_deliveries(
        session, ws=ws, channels={"digest:U0ONLY:2026-03-10": "D0ONLY"}, now=NOW, stale=timedelta(minutes=10)
    )
    assert not idempotency.record_delivery(
        session, ws=ws_b, key="digest:U0ONLY:2026-03-10", claimed_at=only_mine[0].claimed_at, now=NOW, slack_ts="1.2"
    )
    assert idempotency.get_delivery(session, ws=ws_b, key="digest:U0ONLY:2026-03-10") is None
    # The same key in the other workspace is a different request / delivery.
    assert not idempotency.first_time(session, ws=ws, key="req-1")
    assert idempotency.first_time(session, ws=Workspace("T0C"), key="req-1")
    assert idempotency.claim_deliveries(
        session, ws=Workspace("T0C"), channels={"digest:U0SAME:2026-03-10": "D1"}, now=NOW, stale=timedelta(minutes=10)
    )


def test_enterprise_id_is_part_of_the_scope(session):
    grid = Workspace("T0A", enterprise_id="E01")
    plain = Workspace("T0A")
    partners.create_partner(session, ws=grid, name="Saxo")
    assert search.find_partners(session, ws=plain, query="saxo") == []
    assert [m.partner.enterprise_id for m in search.find_partners(session, ws=grid, query="saxo")] == ["E01"]
