"""What a log created is answered from the rows in hand exactly as the query answers it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import event

from storage import in_hand
from storage.contacts import create_contact, find_contacts
from storage.followups import create_followup, soft_delete_followup
from storage.interactions import contacts_of_interaction, created_by_log, link_contact, log_interaction
from storage.models import Contact, FollowUp, FollowUpAction, InteractionKind, Partner, PledgeKind
from storage.partners import create_partner
from storage.permissions import pending_permissions, require_permission
from storage.pledges import create_pledge
from storage.story import live_pledges

DUE = datetime(2026, 3, 12, 9, 0, tzinfo=UTC)


def _log(session, ws):  # noqa: ANN001, ANN202
    partner = create_partner(session, ws=ws, name="Saxo Forlag")
    interaction = log_interaction(session, ws=ws, kind=InteractionKind.CALL, logged_by="U0A", raw_text="x")
    for i, (action, suggested) in enumerate(
        [(FollowUpAction.CALL, False), (FollowUpAction.EMAIL, True), (FollowUpAction.MEETING, False)]
    ):
        create_followup(
            session,
            ws=ws,
            action=action,
            due_at=DUE - timedelta(days=i),
            owner_user_id="U0A",
            partner_id=partner.id,
            interaction_id=interaction.id,
            suggested=suggested,
            created_by_interaction_id=interaction.id,
        )
    for name in ("Lars", "Mette"):
        contact = create_contact(session, ws=ws, name=name, partner_id=partner.id)
        link_contact(session, ws=ws, interaction_id=interaction.id, contact_id=contact.id)
    return interaction


def _shape(rows) -> list[tuple]:  # noqa: ANN001
    return [(r.id, getattr(r, "deleted_at", None)) for r in rows]


def test_a_new_log_is_read_back_from_the_rows_in_hand_as_the_query_reads_it(session, engine, ws) -> None:
    interaction = _log(session, ws)
    victim = created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp)[0]
    soft_delete_followup(session, ws=ws, followup_id=victim.id)
    assert in_hand.created_here(session, interaction.id)
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        from_hand = [
            _shape(created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp, include_deleted=d))
            for d in (False, True)
        ]
        contacts = [c.name for c in contacts_of_interaction(session, ws=ws, interaction_id=interaction.id)]
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert [s for s in seen if s.lstrip().upper().startswith("SELECT")] == []
    # The same through the query: forget that this unit of work created the log.
    session.info.pop(in_hand._NEW_INTERACTIONS)
    by_query = [
        _shape(created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp, include_deleted=d))
        for d in (False, True)
    ]
    assert from_hand == by_query and len(by_query[1]) == 3 and len(by_query[0]) == 2
    assert contacts == [c.name for c in contacts_of_interaction(session, ws=ws, interaction_id=interaction.id)]
    assert contacts == ["Lars", "Mette"]


def test_a_log_from_another_unit_of_work_is_selected(session_factory, ws) -> None:
    with session_factory.begin() as session:
        interaction_id = _log(session, ws).id
    with session_factory() as session:
        assert not in_hand.created_here(session, interaction_id)
        assert len(created_by_log(session, ws=ws, interaction_id=interaction_id, model=FollowUp)) == 3


def test_rows_of_a_rolled_back_savepoint_are_not_answered(session, ws) -> None:
    interaction = _log(session, ws)
    with session.begin_nested() as nested:
        create_followup(
            session,
            ws=ws,
            action=FollowUpAction.CALL,
            due_at=DUE,
            owner_user_id="U0A",
            interaction_id=interaction.id,
            created_by_interaction_id=interaction.id,
        )
        session.flush()
        nested.rollback()
    assert len(created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp)) == 3


def _new_partner_reads(session, ws, partner_id: int) -> tuple:  # noqa: ANN001
    pledges = [(p.id, p.amount_dkk) for p in live_pledges(session, ws=ws, partner_id=partner_id)]
    contacts = [c.name for c in find_contacts(session, ws=ws, name="l", partner_id=partner_id)]
    waiting = [(perm.id, grantor.name) for perm, grantor in pending_permissions(session, ws=ws, partner_id=partner_id)]
    return pledges, contacts, waiting


def test_a_new_partners_rows_are_read_from_the_hand_as_the_query_reads_them(session, engine, ws, ws_b) -> None:
    interaction = _log(session, ws)
    partner = session.get(
        Partner, created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp)[0].partner_id
    )
    grantor = create_partner(session, ws=ws, name="Greve Kommune")
    for amount in (5000, 2000):
        create_pledge(session, ws=ws, partner_id=partner.id, kind=PledgeKind.MONEY, amount_dkk=amount)
    gone = create_pledge(session, ws=ws, partner_id=partner.id, kind=PledgeKind.MONEY, amount_dkk=1)
    gone.deleted_at = DUE
    create_contact(session, ws=ws, name="Lone", partner_id=partner.id)
    first = require_permission(session, ws=ws, partner_id=partner.id, grantor_id=grantor.id)
    assert require_permission(session, ws=ws, partner_id=partner.id, grantor_id=grantor.id) is first
    other = create_partner(session, ws=ws_b, name="Saxo Forlag")  # same id space, another workspace
    create_contact(session, ws=ws_b, name="Lis", partner_id=other.id)
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        from_hand = _new_partner_reads(session, ws, partner.id)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert [s for s in seen if s.lstrip().upper().startswith("SELECT")] == []
    session.info.pop(in_hand._NEW_PARTNERS)  # forget that this unit of work created the partner
    assert from_hand == _new_partner_reads(session, ws, partner.id)
    assert from_hand[0] == [(from_hand[0][0][0], 5000), (from_hand[0][1][0], 2000)]
    assert from_hand[1] == ["Lars", "Lone"] and from_hand[2][0][1] == "Greve Kommune"
    assert _new_partner_reads(session, ws_b, partner.id) == ([], [], [])


def test_an_older_partner_is_selected(session_factory, ws) -> None:
    with session_factory.begin() as session:
        partner_id = create_partner(session, ws=ws, name="Saxo Forlag").id
    with session_factory() as session:
        assert in_hand.rows_of_new_partner(session, Contact, ws, partner_id) is None
        create_contact(session, ws=ws, name="Lars", partner_id=partner_id)
        assert [c.name for c in find_contacts(session, ws=ws, name="lars", partner_id=partner_id)] == ["Lars"]
