"""Quick fixes from the card: agreement status and publicity, idempotent and audited (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain import edit, fixes, logbook
from bot.understanding import parse
from storage.audit import history, set_actor
from storage.models import PledgeStatus, Publicity, Stage
from storage.partners import get_partner
from storage.pledges import get_pledge
from storage.scope import Workspace

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))
ANNA = "U0ANNA"


def save(session, ws: Workspace, text: str) -> logbook.Saved:
    set_actor(session, ANNA)
    saved = logbook.record_log(
        session, ws=ws, user_id=ANNA, text=text, understood=parse(text, now=NOW, tz=TZ), tz=TZ, now=NOW
    )
    session.flush()
    return saved


def pledge_of(session, ws: Workspace, saved: logbook.Saved):
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    (pledge,) = card.pledges
    return get_pledge(session, ws=ws, pledge_id=pledge.id)


@pytest.mark.parametrize(
    ("fix", "status", "stage"),
    [
        ("in_writing", PledgeStatus.CONFIRMED_EMAIL, Stage.CONFIRMED_IN_WRITING),
        ("delivered", PledgeStatus.DELIVERED, Stage.ACTIVE),
        ("withdrawn", PledgeStatus.CANCELLED, Stage.AGREED_VERBALLY),
    ],
)
def test_a_quick_fix_sets_the_agreement_once_and_is_audited(
    session, ws, fix: str, status: PledgeStatus, stage: Stage
) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    pledge = pledge_of(session, ws, saved)
    assert pledge.status is PledgeStatus.VERBAL
    first = fixes.fix_pledge(session, ws=ws, pledge_id=pledge.id, fix=fix, user_id=ANNA, now=NOW)
    assert first == fixes.Fixed(saved.interaction_id, True)
    assert pledge.status is status
    assert get_partner(session, ws=ws, partner_id=saved.partner_id).stage is stage
    if status is not PledgeStatus.CANCELLED:
        assert pledge.in_writing and pledge.evidence
    # Slack retries a click it thinks was lost: the second one changes nothing.
    again = fixes.fix_pledge(session, ws=ws, pledge_id=pledge.id, fix=fix, user_id=ANNA, now=NOW)
    assert again == fixes.Fixed(saved.interaction_id, False) and pledge.status is status
    updates = [
        row
        for row in history(session, ws=ws, entity_type="pledges", entity_id=pledge.id)
        if row.action.value == "update"
    ]
    # One audited change, by the user who clicked; the retry left no trace because it changed nothing.
    assert [(row.actor, row.changes["status"]) for row in updates] == [(ANNA, ["verbal", status.value])]


def test_confirmed_in_writing_does_not_undo_a_delivery(session, ws) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    pledge = pledge_of(session, ws, saved)
    fixes.fix_pledge(session, ws=ws, pledge_id=pledge.id, fix="delivered", user_id=ANNA, now=NOW)
    fixed = fixes.fix_pledge(session, ws=ws, pledge_id=pledge.id, fix="in_writing", user_id=ANNA, now=NOW)
    assert not fixed.changed and pledge.status is PledgeStatus.DELIVERED


def test_publicity_is_set_from_the_card_and_an_undo_of_the_log_keeps_it(session, ws) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    partner = get_partner(session, ws=ws, partner_id=saved.partner_id)
    assert partner.publicity is Publicity.ASK_FIRST
    assert fixes.set_publicity(session, ws=ws, interaction_id=saved.interaction_id, publicity="public").changed
    assert not fixes.set_publicity(session, ws=ws, interaction_id=saved.interaction_id, publicity="public").changed
    assert partner.publicity is Publicity.PUBLIC
    second = save(session, ws, "Ringede til Lars hos Danske Bank Greve igen, ring fredag.")
    edit.undo(session, ws=ws, interaction_id=second.interaction_id)
    assert partner.publicity is Publicity.PUBLIC  # the wish was set on the card, not by that log


def test_fixes_refuse_another_workspace_and_unknown_choices(session, ws, ws_b) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    pledge = pledge_of(session, ws, saved)
    assert fixes.fix_pledge(session, ws=ws_b, pledge_id=pledge.id, fix="delivered", user_id="U0EVE", now=NOW) is None
    assert fixes.fix_pledge(session, ws=ws, pledge_id=pledge.id, fix="gone", user_id=ANNA, now=NOW) is None
    assert fixes.set_publicity(session, ws=ws_b, interaction_id=saved.interaction_id, publicity="public") is None
    assert fixes.set_publicity(session, ws=ws, interaction_id=saved.interaction_id, publicity="loud") is None
    assert pledge.status is PledgeStatus.VERBAL


def test_an_unchanged_edit_then_undo_keeps_a_publicity_wish_set_on_the_card(session, ws) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bank Greve. De giver 25.000 kr.")
    partner = get_partner(session, ws=ws, partner_id=saved.partner_id)
    first = save(session, ws, "Ringede til Lars hos Danske Bank Greve igen, ring fredag.")
    fixes.set_publicity(session, ws=ws, interaction_id=first.interaction_id, publicity="public")
    form = edit.load_form(session, ws=ws, interaction_id=first.interaction_id)
    shown = edit.Shown(
        followup_ids=tuple(f.id for f in form.followups),
        asks=form.asks,
        status=form.status,
        no_publicity=form.no_publicity,
    )
    edited = edit.EditedLog(
        text=form.text,
        kind=form.kind,
        organization=form.partner_name,
        asks=list(form.asks),
        status=form.status,
        no_publicity=form.no_publicity,
        shown=shown,
        followups=[edit.FollowUpRow(f.id, f.action, f.due, f.all_day, f.owner) for f in form.followups],
    )
    edit.apply_edit(session, ws=ws, user_id=ANNA, interaction_id=first.interaction_id, edited=edited)
    edit.undo(session, ws=ws, interaction_id=first.interaction_id)
    assert partner.publicity is Publicity.PUBLIC
