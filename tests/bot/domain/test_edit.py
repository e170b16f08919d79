"""Edit, Undo and Restore of a saved log: nothing lost, nothing duplicated (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.domain import edit, logbook
from bot.understanding import ParseResult, parse
from storage.interactions import contacts_of_interaction
from storage.models import (
    Contact,
    FollowUp,
    FollowUpStatus,
    Partner,
    Pledge,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.partners import create_partner, get_partner
from storage.scope import Workspace
from storage.search import find_partners

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))
ANNA = "U0ANNA"


def save(session, ws: Workspace, text: str, stored: dict[str, Any] | None = None) -> logbook.Saved:
    """Save a log as the parser reads it, or as a stored reading says."""
    understood = ParseResult.from_dict(stored) if stored else parse(text, now=NOW, tz=TZ)
    saved = logbook.record_log(session, ws=ws, user_id=ANNA, text=text, understood=understood, tz=TZ, now=NOW)
    session.flush()
    return saved


def big_log(session, ws: Workspace) -> logbook.Saved:
    """A log as a project lead might paste after a big meeting: many people, books and promises."""
    understood = {
        "kind": "meeting",
        "organization": "Greve Bogklub",
        "contacts": [
            {"name": f"Person {chr(65 + n // 26)}{chr(65 + n % 26)}", "role": "frivillig" if n % 3 else None}
            for n in range(20)
        ],
        "money": [{"amount": 2500, "currency": "DKK"}],
        "items": [{"quantity": 10 + n, "what": f"bøger titel {n}"} for n in range(30)],
        "asks": ["books", "money"],
        "agreement": "yes",
        "no_publicity": False,
        "followups": [
            {
                "action": "call" if n % 2 else "email",
                "all_day": n % 4 == 0,
                "owner": ANNA,
                "text": f"opgave {n}",
                "due": (NOW + timedelta(days=1 + n)).replace(hour=0 if n % 4 == 0 else 10, minute=0).isoformat(),
            }
            for n in range(39)
        ],
        "suggested": [],
    }
    return save(session, ws, "Møde med Greve Bogklub om bogindsamlingen.", understood)


def as_shown(form: edit.LogForm, *, contacts: int, items: int, followups: int) -> tuple[edit.EditedLog, edit.Shown]:
    """What a modal with these limits shows and, saved unchanged, submits."""
    c, i, f = form.contacts[:contacts], form.items[:items], form.followups[:followups]
    shown = edit.Shown(
        contact_ids=tuple(x[0] for x in c),
        money_ids=tuple(x[0] for x in form.money),
        item_ids=tuple(x[0] for x in i),
        followup_ids=tuple(x.id for x in f),
        asks=form.asks,
        status=form.status,
        no_publicity=form.no_publicity,
    )
    edited = edit.EditedLog(
        text=form.text,
        kind=form.kind,
        organization=form.partner_name,
        contacts=[(n, r) for _, n, r in c],
        money=[a for _, a in form.money],
        items=[(q, w) for _, q, w in i],
        asks=list(form.asks),
        status=form.status,
        no_publicity=form.no_publicity,
        followups=[edit.FollowUpRow(x.id, x.action, x.due, x.all_day, x.owner) for x in f],
        shown=shown,
    )
    return edited, shown


def live(session, model: Any, interaction_id: int) -> list[Any]:
    return list(
        session.scalars(
            select(model)
            .where(model.created_by_interaction_id == interaction_id, model.deleted_at.is_(None))
            .order_by(model.id)
        )
    )


def open_ids(session, interaction_id: int) -> set[int]:
    return {f.id for f in live(session, FollowUp, interaction_id) if f.status is FollowUpStatus.OPEN}


def snapshot(session, interaction_id: int) -> dict[str, Any]:
    return {
        "followups": {
            (f.id, f.action, f.due_at, f.all_day, f.owner_user_id, f.status)
            for f in live(session, FollowUp, interaction_id)
        },
        "pledges": {
            (p.id, p.kind, p.amount_dkk, p.quantity, p.what, p.status) for p in live(session, Pledge, interaction_id)
        },
        "contacts": {
            (c.id, c.name, c.role)
            for c in contacts_of_interaction(session, ws=Workspace("T0A"), interaction_id=interaction_id)
        },
    }


def test_saving_a_big_log_unchanged_keeps_every_row(session, ws) -> None:
    saved = big_log(session, ws)
    before = snapshot(session, saved.interaction_id)
    assert (len(before["followups"]), len(before["pledges"]), len(before["contacts"])) == (39, 31, 20)
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    # The modal shows only part of it (Slack's limits); what it does not show must survive untouched.
    edited, _ = as_shown(form, contacts=12, items=20, followups=17)
    assert edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited) is not None
    session.flush()
    assert snapshot(session, saved.interaction_id) == before
    assert len(session.scalars(select(Partner).where(Partner.deleted_at.is_(None))).all()) == 1


def test_a_change_in_a_big_log_changes_only_that(session, ws) -> None:
    saved = big_log(session, ws)
    before = snapshot(session, saved.interaction_id)
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=12, items=20, followups=17)
    moved = edited.followups[3]
    new_due = datetime(2026, 4, 20, 13, 30, tzinfo=ZoneInfo(TZ))
    edited.followups[3] = edit.FollowUpRow(moved.id, "meeting", new_due, False, ANNA)
    dropped = edited.followups[5].id
    edited.followups[5] = edit.FollowUpRow(dropped, "none")
    edited.followups.append(edit.FollowUpRow(None, "contract", new_due, False, "U0CARL"))
    gone_contact = edited.contacts.pop(0)
    edited.contacts[0] = (edited.contacts[0][0], "formand")
    quantity, what = edited.items[2]
    edited.items[2] = (quantity + 5, what)
    edited.money = [2500, 4000]
    result = edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    session.flush()
    assert result.mentioned_owners == ["U0CARL"]
    after = snapshot(session, saved.interaction_id)

    followups = {f[0]: f for f in after["followups"]}
    assert dropped not in followups
    assert followups[moved.id][1:4] == ("meeting", new_due, False)
    added = [f for f in after["followups"] if f[0] not in {b[0] for b in before["followups"]}]
    assert [(f[1], f[4]) for f in added] == [("contract", "U0CARL")]
    untouched = {b for b in before["followups"] if b[0] not in (moved.id, dropped)}
    assert untouched <= after["followups"] and len(after["followups"]) == 39

    names = {c[1]: c for c in after["contacts"]}
    assert gone_contact[0] not in names and len(after["contacts"]) == 19
    assert names[edited.contacts[0][0]][2] == "formand"
    item_rows = {p[4]: p for p in after["pledges"] if p[3] is not None}
    assert item_rows[what][3] == quantity + 5 and len(item_rows) == 30
    assert sorted(p[2] for p in after["pledges"] if p[2] is not None) == [2500, 4000]


def test_editing_the_name_of_a_partner_the_log_created_renames_it(session, ws) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bnak Greve. De giver 25.000 kr. Ringer igen fredag.")
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=10, items=10, followups=10)
    edited.organization = "Danske Bank Greve"
    result = edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    session.flush()
    assert result.partner_id == saved.partner_id
    (partner,) = session.scalars(select(Partner).where(Partner.deleted_at.is_(None))).all()
    assert partner.name == "Danske Bank Greve"
    # The misspelt name is learnt, so the next log with the typo finds the same partner.
    assert [m.partner.id for m in find_partners(session, ws=ws, query="Danske Bnak Greve")][:1] == [partner.id]
    assert [p.amount_dkk for p in live(session, Pledge, saved.interaction_id)] == [25000]

    # Undo, then Restore: still one Danske Bank Greve with one agreement.
    assert edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    assert edit.restore(session, ws=ws, interaction_id=saved.interaction_id)
    session.flush()
    assert [p.name for p in session.scalars(select(Partner).where(Partner.deleted_at.is_(None)))] == [
        "Danske Bank Greve"
    ]
    assert [p.amount_dkk for p in live(session, Pledge, saved.interaction_id)] == [25000]


def test_edit_to_another_known_partner_moves_the_log_and_removes_the_one_it_made(session, ws) -> None:
    text = "Ringede til Lars Jensen hos Danske Bank Greve. De vil sponsorere 20.000 kr. Ringer igen torsdag kl. 10."
    saved = save(session, ws, text)
    other = create_partner(session, ws=ws, name="Nordea Greve", stage=Stage.CONTACTED)
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=10, items=10, followups=10)
    edited.organization, edited.money, edited.contacts = "Nordea Greve", [25000], [("Lars Jensen", "filialdirektør")]
    result = edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    session.flush()
    assert result.partner_id == other.id
    assert get_partner(session, ws=ws, partner_id=saved.partner_id) is None
    assert [(p.partner_id, p.amount_dkk) for p in live(session, Pledge, saved.interaction_id)] == [(other.id, 25000)]
    (lars,) = session.scalars(select(Contact).where(Contact.deleted_at.is_(None))).all()
    assert (lars.partner_id, lars.role) == (other.id, "filialdirektør")
    assert other.stage is Stage.AGREED_VERBALLY
    assert {f.partner_id for f in live(session, FollowUp, saved.interaction_id)} == {other.id}


def test_an_unclear_partner_name_changes_nothing(session, ws) -> None:
    saved = save(session, ws, "Ringede til Lars hos Greve Tømrer. De giver 5.000 kr.")
    create_partner(session, ws=ws, name="Danske Bank Greve")
    create_partner(session, ws=ws, name="Danske Bank Køge")
    before = snapshot(session, saved.interaction_id)
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=10, items=10, followups=10)
    edited.organization, edited.money = "Danske Bank", [9000]
    with pytest.raises(edit.PartnerUnclear) as unclear:
        edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    assert {c.name for c in unclear.value.candidates} == {"Danske Bank Greve", "Danske Bank Køge"}
    assert snapshot(session, saved.interaction_id) == before


def test_status_and_publicity_changed_in_edit_apply_and_undo_puts_them_back(session, ws) -> None:
    partner = create_partner(session, ws=ws, name="Saxo", stage=Stage.CONTACTED)
    saved = save(session, ws, "Ringede til Morten hos Saxo: ja til 300 bøger. Ring fredag.")
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=10, items=10, followups=10)
    edited.status, edited.no_publicity = "confirmed_email", True
    edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    session.flush()
    (books,) = live(session, Pledge, saved.interaction_id)
    assert books.status is PledgeStatus.CONFIRMED_EMAIL and books.evidence
    assert partner.stage is Stage.CONFIRMED_IN_WRITING and partner.publicity is Publicity.NO_PUBLICITY
    edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    assert partner.stage is Stage.CONTACTED and partner.publicity is Publicity.ASK_FIRST
    edit.restore(session, ws=ws, interaction_id=saved.interaction_id)
    assert partner.stage is Stage.CONFIRMED_IN_WRITING and partner.publicity is Publicity.NO_PUBLICITY


def test_restore_brings_back_exactly_what_undo_removed(session, ws) -> None:
    saved = big_log(session, ws)
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=12, items=20, followups=17)
    edited.followups[0] = edit.FollowUpRow(edited.followups[0].id, "none")
    edited.items.pop()
    edited.contacts.pop()
    edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    session.flush()
    before = snapshot(session, saved.interaction_id)
    assert (len(before["followups"]), len(before["pledges"]), len(before["contacts"])) == (38, 30, 19)
    edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    session.flush()
    assert live(session, FollowUp, saved.interaction_id) == [] and live(session, Pledge, saved.interaction_id) == []
    edit.restore(session, ws=ws, interaction_id=saved.interaction_id)
    session.flush()
    assert snapshot(session, saved.interaction_id) == before
    # A second Undo → Restore is just as exact.
    edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    edit.restore(session, ws=ws, interaction_id=saved.interaction_id)
    session.flush()
    assert snapshot(session, saved.interaction_id) == before


def test_restore_joins_a_partner_created_again_meanwhile(session, ws) -> None:
    first = save(session, ws, "Ringede til Pia hos Greve Bilsyn. De giver 3.000 kr.")
    edit.undo(session, ws=ws, interaction_id=first.interaction_id)
    second = save(session, ws, "Ringede til Pia hos Greve Bilsyn igen. Ring fredag.")
    assert second.decision.outcome == "new"
    edit.restore(session, ws=ws, interaction_id=first.interaction_id)
    session.flush()
    (partner,) = session.scalars(select(Partner).where(Partner.deleted_at.is_(None))).all()
    assert partner.id == second.partner_id
    assert [(p.partner_id, p.amount_dkk) for p in live(session, Pledge, first.interaction_id)] == [(partner.id, 3000)]
    card = logbook.load_card(session, ws=ws, interaction_id=first.interaction_id)
    assert card.partner_name == "Greve Bilsyn" and not card.deleted


def test_a_draft_log_gets_its_partner_from_the_edit(session, ws) -> None:
    saved = save(session, ws, "ringer tilbage i morgen kl 10, de giver 2.000 kr.")
    assert saved.partner_id is None
    form = edit.load_form(session, ws=ws, interaction_id=saved.interaction_id)
    edited, _ = as_shown(form, contacts=10, items=10, followups=10)
    edited.organization, edited.money = "Greve Cykler", [2000]
    result = edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=saved.interaction_id, edited=edited)
    session.flush()
    partner = get_partner(session, ws=ws, partner_id=result.partner_id)
    assert partner.name == "Greve Cykler"
    assert [p.amount_dkk for p in live(session, Pledge, saved.interaction_id)] == [2000]
    assert {f.partner_id for f in live(session, FollowUp, saved.interaction_id)} == {partner.id}


def test_another_workspace_cannot_edit_or_restore(session, ws, ws_b) -> None:
    saved = save(session, ws, "Ringede til Pia hos Greve Bilsyn. De giver 3.000 kr.")
    assert edit.load_form(session, ws=ws_b, interaction_id=saved.interaction_id) is None
    edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    assert not edit.restore(session, ws=ws_b, interaction_id=saved.interaction_id)
    assert get_partner(session, ws=ws, partner_id=saved.partner_id) is None


def test_restore_uses_a_contact_added_again_meanwhile(session, ws) -> None:
    partner = create_partner(session, ws=ws, name="Greve Bilsyn")
    first = save(session, ws, "Ringede til Pia Holm hos Greve Bilsyn. De giver 3.000 kr.")
    edit.undo(session, ws=ws, interaction_id=first.interaction_id)
    save(session, ws, "Ringede til Pia Holm hos Greve Bilsyn igen. Ring fredag.")
    edit.restore(session, ws=ws, interaction_id=first.interaction_id)
    session.flush()
    (pia,) = session.scalars(
        select(Contact).where(Contact.deleted_at.is_(None), Contact.partner_id == partner.id)
    ).all()
    assert [c.id for c in contacts_of_interaction(session, ws=ws, interaction_id=first.interaction_id)] == [pia.id]
    assert [p.contact_id for p in live(session, Pledge, first.interaction_id)] == [pia.id]
