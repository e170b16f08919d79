"""Merging partners, erasing a person, and undoing one log."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from storage import (
    audit,
    contacts,
    followups,
    gdpr,
    interactions,
    partners,
    permissions,
    pledges,
    search,
)
from storage.models import AuditAction, AuditLog, FollowUpAction, PledgeKind

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)


def test_merge_moves_everything_and_is_audited(session, ws):
    audit.set_actor(session, "U1")
    keep = partners.create_partner(session, ws=ws, name="Danske Bank Greve", notes="keep")
    gone = partners.create_partner(
        session,
        ws=ws,
        name="Danske Bank, Greve afd.",
        aliases=["DB Greve"],
        allow_duplicate=True,
        notes="gone",
    )
    sof = partners.create_partner(session, ws=ws, name="SOF")
    c = contacts.create_contact(session, ws=ws, name="Lars Jensen", partner_id=gone.id)
    i = interactions.log_interaction(session, ws=ws, kind="call", logged_by="U1", raw_text="x", partner_id=gone.id)
    p = pledges.create_pledge(session, ws=ws, partner_id=gone.id, kind=PledgeKind.BOOKS, quantity=50)
    f = followups.create_followup(session, ws=ws, action="call", due_at=NOW, owner_user_id="U1", partner_id=gone.id)
    perm = permissions.require_permission(session, ws=ws, partner_id=gone.id, grantor_id=sof.id)
    both = permissions.require_permission(session, ws=ws, partner_id=keep.id, grantor_id=gone.id)

    partners.merge_partners(session, ws=ws, keep_id=keep.id, merge_id=gone.id)
    session.commit()

    assert (c.partner_id, i.partner_id, p.partner_id, f.partner_id) == (keep.id,) * 4
    assert (perm.partner_id, perm.grantor_id) == (keep.id, sof.id)
    assert permissions.pending_permissions(session, ws=ws, partner_id=keep.id)[0][1].id == sof.id
    assert session.get(type(both), both.id) is None  # a permission between the two is moot
    names = {(n.name, n.is_alias) for n in partners.names_of(session, ws=ws, partner_id=keep.id)}
    # "Danske Bank, Greve afd." folds to the same key as the kept name, so only DB Greve moves.
    assert names == {("Danske Bank Greve", False), ("DB Greve", True)}
    assert partners.get_partner(session, ws=ws, partner_id=gone.id) is None
    assert gone.merged_into_id == keep.id and keep.notes == "keep\n\ngone"
    assert [m.partner.id for m in search.find_partners(session, ws=ws, query="db greve")] == [keep.id]
    merges = [r for r in audit.history(session, ws=ws) if r.action is AuditAction.MERGE]
    assert len(merges) == 1 and merges[0].entity_id == keep.id
    assert merges[0].changes["merged_id"] == gone.id
    assert merges[0].changes["moved"]["contacts"] == 1
    with pytest.raises(ValueError):
        partners.restore_partner(session, ws=ws, partner_id=gone.id)
    with pytest.raises(ValueError):
        partners.merge_partners(session, ws=ws, keep_id=keep.id, merge_id=keep.id)


def test_erase_contact_leaves_no_personal_data(session, ws):
    audit.set_actor(session, "U1")
    bank = partners.create_partner(session, ws=ws, name="Danske Bank Greve")
    lars = contacts.create_contact(
        session,
        ws=ws,
        name="Lars Jensen",
        partner_id=bank.id,
        email="lars@db.dk",
        phone="+45 12345678",
        role="direktør",
    )
    other = contacts.create_contact(session, ws=ws, name="Maja Holm", partner_id=bank.id)
    log = interactions.log_interaction(
        session,
        ws=ws,
        kind="call",
        logged_by="U1",
        raw_text="Ringede til Lars Jensen (lars@db.dk). Lars siger ja, Maja Holm er med.",
        partner_id=bank.id,
        understood={"contacts": [{"name": "Lars Jensen", "role": "direktør"}], "money": []},
    )
    session.commit()
    exported = gdpr.export_contact(session, ws=ws, contact_id=lars.id)
    assert exported["contact"]["email"] == "lars@db.dk"
    assert [i["id"] for i in exported["interactions"]] == [log.id]

    gdpr.erase_contact(session, ws=ws, contact_id=lars.id)
    session.commit()

    assert "Lars" not in log.raw_text and "lars@db.dk" not in log.raw_text
    assert "Maja Holm" in log.raw_text
    assert log.understood["contacts"][0]["name"] == gdpr.PLACEHOLDER
    assert (lars.name, lars.email, lars.phone) == (gdpr.PLACEHOLDER, None, None)
    assert lars.erased_at is not None
    assert contacts.get_contact(session, ws=ws, contact_id=lars.id) is None
    assert contacts.get_contact(session, ws=ws, contact_id=other.id).name == "Maja Holm"
    trail = json.dumps([[r.action.value, r.changes] for r in session.query(AuditLog)], ensure_ascii=False)
    for secret in ("Lars", "Jensen", "lars@db.dk", "12345678"):
        assert secret not in trail
    erasures = [r for r in audit.history(session, ws=ws) if r.action is AuditAction.ERASE]
    assert [(r.entity_id, r.actor) for r in erasures] == [(lars.id, "U1")]
    # A soft-delete restore does not bring an erased person back; undoing the log neither.
    assert contacts.restore_contact(session, ws=ws, contact_id=lars.id).name == gdpr.PLACEHOLDER


def test_undo_log_removes_exactly_what_it_created(session, ws):
    audit.set_actor(session, "U1")
    old = partners.create_partner(session, ws=ws, name="Saxo")
    log = interactions.log_interaction(
        session,
        ws=ws,
        kind="call",
        logged_by="U1",
        raw_text="Ny partner: Bog & Idé",
        partner_id=old.id,
    )
    new = partners.create_partner(session, ws=ws, name="Bog & Idé Greve", created_by_interaction_id=log.id)
    c = contacts.create_contact(session, ws=ws, name="Anne", partner_id=new.id, created_by_interaction_id=log.id)
    p = pledges.create_pledge(
        session,
        ws=ws,
        partner_id=new.id,
        kind="money",
        amount_dkk=5000,
        created_by_interaction_id=log.id,
    )
    f = followups.create_followup(
        session,
        ws=ws,
        action=FollowUpAction.EMAIL,
        due_at=NOW,
        owner_user_id="U1",
        partner_id=new.id,
        interaction_id=log.id,
        created_by_interaction_id=log.id,
    )
    untouched = contacts.create_contact(session, ws=ws, name="Bo", partner_id=old.id)

    counts = interactions.undo_log(session, ws=ws, interaction_id=log.id)
    assert counts == {"interactions": 1, "partners": 1, "contacts": 1, "pledges": 1, "followups": 1}
    assert all(r.deleted_at is not None for r in (log, new, c, p, f))
    assert old.deleted_at is None and untouched.deleted_at is None
    assert search.find_partners(session, ws=ws, query="bog ide") == []

    assert interactions.redo_log(session, ws=ws, interaction_id=log.id) == counts
    assert all(r.deleted_at is None for r in (log, new, c, p, f))


def test_soft_delete_and_restore_of_records(session, ws):
    bank = partners.create_partner(session, ws=ws, name="Saxo")
    c = contacts.create_contact(session, ws=ws, name="Anne", partner_id=bank.id)
    p = pledges.create_pledge(session, ws=ws, partner_id=bank.id, kind="time")
    f = followups.create_followup(session, ws=ws, action="call", due_at=NOW, owner_user_id="U1", partner_id=bank.id)
    contacts.soft_delete_contact(session, ws=ws, contact_id=c.id)
    pledges.soft_delete_pledge(session, ws=ws, pledge_id=p.id)
    followups.soft_delete_followup(session, ws=ws, followup_id=f.id)
    assert contacts.contacts_of(session, ws=ws, partner_id=bank.id) == []
    assert pledges.pledges_of(session, ws=ws, partner_id=bank.id) == []
    assert followups.open_followups(session, ws=ws) == []
    contacts.restore_contact(session, ws=ws, contact_id=c.id)
    pledges.restore_pledge(session, ws=ws, pledge_id=p.id)
    followups.restore_followup(session, ws=ws, followup_id=f.id)
    assert [x.id for x in contacts.contacts_of(session, ws=ws, partner_id=bank.id)] == [c.id]
    assert [x.id for x in pledges.pledges_of(session, ws=ws, partner_id=bank.id)] == [p.id]
    assert [x.id for x in followups.open_followups(session, ws=ws, due_before=NOW + timedelta(1))] == [f.id]
    session.commit()
    actions = [r.action.value for r in audit.history(session, ws=ws, entity_type="contacts")]
    assert actions == ["create", "delete", "restore"]
