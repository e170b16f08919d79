"""Saving logs: matching partners, what a log creates and changes, undo, edit (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.domain import edit, logbook
from bot.domain.story import PledgeSpec
from bot.understanding import ParseResult, parse
from storage.contacts import contacts_of
from storage.followups import create_followup, open_followups
from storage.models import (
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    PartnerKind,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.partners import create_partner, get_partner
from storage.pledges import pledges_of
from storage.scope import Workspace

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))
ANNA = "U0ANNA"


def save(session, ws: Workspace, text: str, *, now: datetime = NOW, partner_id: int | None = None) -> logbook.Saved:
    understood = parse(text, now=now, tz=TZ)
    saved = logbook.record_log(
        session, ws=ws, user_id=ANNA, text=text, understood=understood, tz=TZ, now=now, partner_id=partner_id
    )
    session.flush()
    return saved


def live_pledges(session, ws: Workspace, partner_id: int) -> list[Pledge]:
    return [p for p in pledges_of(session, ws=ws, partner_id=partner_id) if p.deleted_at is None]


def test_a_danish_call_creates_partner_contact_agreement_and_followups(session, ws) -> None:
    saved = save(
        session,
        ws,
        "Ringede til Lars Jensen (direktør) hos Danske Bank Greve, tlf 43 90 12 34. "
        "De vil sponsorere 20.000 kr. Sender opsummerende mail i dag og ringer igen torsdag kl. 10.",
    )
    assert saved.decision.outcome == "new"
    partner = get_partner(session, ws=ws, partner_id=saved.partner_id)
    assert partner.name == "Danske Bank Greve"
    assert partner.kind is PartnerKind.BUSINESS
    assert partner.stage is Stage.AGREED_VERBALLY
    (lars,) = contacts_of(session, ws=ws, partner_id=partner.id)
    assert (lars.name, lars.role, lars.is_decision_maker, lars.phone) == (
        "Lars Jensen",
        "direktør",
        True,
        "43 90 12 34",
    )
    (pledge,) = live_pledges(session, ws, partner.id)
    assert (pledge.kind, pledge.amount_dkk, pledge.status, pledge.in_writing) == (
        PledgeKind.MONEY,
        20000,
        PledgeStatus.VERBAL,
        False,
    )
    followups = open_followups(session, ws=ws, partner_id=partner.id)
    assert [(f.action, f.all_day, f.owner_user_id) for f in followups] == [
        (FollowUpAction.EMAIL, True, ANNA),
        (FollowUpAction.CALL, False, ANNA),
    ]
    assert followups[1].due_at == datetime(2026, 3, 12, 10, 0, tzinfo=ZoneInfo(TZ))
    assert all(f.interaction_id is not None for f in followups)


def test_the_next_log_finds_the_partner_by_a_partial_name_and_reuses_the_contact(session, ws) -> None:
    first = save(session, ws, "Ringede til Lars Jensen hos Danske Bank Greve. Ringer igen fredag.")
    second = save(session, ws, "Talte med Lars hos danske bank greve igen, de giver 180 læsebamser.")
    assert second.decision.outcome == "matched"
    assert second.partner_id == first.partner_id
    assert [c.name for c in contacts_of(session, ws=ws, partner_id=first.partner_id)] == ["Lars Jensen"]
    (items,) = live_pledges(session, ws, first.partner_id)
    assert (items.kind, items.quantity, items.what) == (PledgeKind.PRODUCTS, 180, "læsebamser")


def test_an_ambiguous_name_saves_the_log_and_asks(session, ws) -> None:
    greve = create_partner(session, ws=ws, name="Danske Bank Greve")
    koege = create_partner(session, ws=ws, name="Danske Bank Køge")
    saved = save(session, ws, "Ringede til Danske Bank, de vil gerne give 5.000 kr. Ring igen i overmorgen kl 9.")
    assert saved.decision.outcome == "ambiguous"
    assert {c.partner_id for c in saved.decision.candidates} == {greve.id, koege.id}
    interaction = session.get(Interaction, saved.interaction_id)
    assert interaction.partner_id is None
    # Nothing promised is lost while the choice is open: the follow-up is already saved.
    (callback,) = session.scalars(
        select(FollowUp).where(FollowUp.interaction_id == interaction.id, FollowUp.suggested.is_(False))
    ).all()
    assert callback.partner_id is None
    assert live_pledges(session, ws, koege.id) == []

    logbook.attach_partner(session, ws=ws, user_id=ANNA, interaction_id=interaction.id, partner_id=koege.id)
    assert interaction.partner_id == koege.id and callback.partner_id == koege.id
    assert [p.amount_dkk for p in live_pledges(session, ws, koege.id)] == [5000]
    card = logbook.load_card(session, ws=ws, interaction_id=interaction.id)
    assert card.partner_name == "Danske Bank Køge" and card.candidates == ()


def test_a_near_identical_name_is_matched_not_duplicated(session, ws) -> None:
    greve = create_partner(session, ws=ws, name="Danske Bank Greve")
    saved = save(session, ws, "Ringede til Lars hos Danske Bank, Greve afd. om sponsorat.")
    assert saved.partner_id == greve.id or saved.decision.outcome in ("duplicate", "ambiguous")
    assert saved.decision.outcome != "new"


@pytest.mark.parametrize(
    ("known", "written"),
    [("Coop Roskilde", "Coop 365 Roskilde"), ("Danske Bank", "Danske Bank Greve Syd")],
)
def test_a_new_name_holding_every_word_of_a_known_one_asks_before_creating(session, ws, known, written) -> None:
    partner = create_partner(session, ws=ws, name=known)
    saved = save(session, ws, f"Mail til Sofie hos {written} med opsummering")
    assert saved.decision.outcome == "duplicate" and saved.partner_id is None
    assert [c.partner_id for c in saved.decision.candidates] == [partner.id]


def test_a_one_word_known_name_inside_a_longer_one_is_no_question(session, ws) -> None:
    create_partner(session, ws=ws, name="Netto")
    assert save(session, ws, "Ringede til Netto Køge Torv om saft").decision.outcome == "new"


def test_no_organisation_leaves_a_draft(session, ws) -> None:
    saved = save(session, ws, "ringer tilbage i morgen kl 10")
    assert saved.decision.outcome == "missing"
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert card.partner_name is None and len(card.followups) == 1


@pytest.mark.parametrize(
    ("text", "stage", "status"),
    [
        (
            "Snakkede med Jens fra Netto Køge – de siger nej tak til sponsorat i år.",
            Stage.DECLINED,
            PledgeStatus.DECLINED,
        ),
        (
            "Mail fra Ole hos Greve Tømrer: kontrakten er underskrevet, 5.000 kr.",
            Stage.CONFIRMED_IN_WRITING,
            PledgeStatus.CONTRACT_SIGNED,
        ),
        (
            "E-mail from Ole at Greve Carpentry: yes, they will sponsor 5,000 DKK.",
            Stage.CONFIRMED_IN_WRITING,
            PledgeStatus.CONFIRMED_EMAIL,
        ),
        (
            "Møde med Henrik hos Greve Boghandel. De overvejer at give 50 bøger.",
            Stage.INTERESTED,
            PledgeStatus.PROPOSED,
        ),
    ],
)
def test_logging_moves_the_stage(session, ws, text: str, stage: Stage, status: PledgeStatus) -> None:
    saved = save(session, ws, text)
    partner = get_partner(session, ws=ws, partner_id=saved.partner_id)
    assert partner.stage is stage
    pledges = live_pledges(session, ws, partner.id)
    assert pledges and {p.status for p in pledges} == {status}
    if status in (PledgeStatus.CONTRACT_SIGNED, PledgeStatus.CONFIRMED_EMAIL):
        assert all(p.evidence and p.in_writing for p in pledges)


def test_no_publicity_is_recorded_on_the_partner(session, ws) -> None:
    saved = save(session, ws, "Talte med Mette Dahl fra Nordic Shipping. De giver 15.000 kr., men ønsker ikke omtale.")
    assert get_partner(session, ws=ws, partner_id=saved.partner_id).publicity is Publicity.NO_PUBLICITY


def test_a_public_wish_is_recorded_and_a_later_no_publicity_wins(session, ws) -> None:
    saved = save(session, ws, "Mail fra Bodil Winther, Winther Revision: logo og navn må gerne bruges på plakaten")
    assert get_partner(session, ws=ws, partner_id=saved.partner_id).publicity is Publicity.PUBLIC
    save(
        session, ws, "Talte med Bodil fra Winther Revision: de vil alligevel ikke nævnes.", partner_id=saved.partner_id
    )
    assert get_partner(session, ws=ws, partner_id=saved.partner_id).publicity is Publicity.NO_PUBLICITY


def test_a_reading_gives_typed_pledge_specs_that_a_logs_record_can_keep() -> None:
    text = "Ringede til Lars hos Boghandlen. De giver 5.000 kr. og 20 bøger, 180 bamser til en værdi af 9.000 kr."
    specs = logbook.pledges_from(parse(text, now=datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ)), tz=TZ), text)
    assert specs == [
        PledgeSpec(PledgeKind.MONEY, PledgeStatus.VERBAL, amount_dkk=5000),
        PledgeSpec(PledgeKind.BOOKS, PledgeStatus.VERBAL, quantity=20, what="bøger"),
        PledgeSpec(PledgeKind.PRODUCTS, PledgeStatus.VERBAL, quantity=180, what="bamser", value_dkk=9000),
    ]
    # An unclear agreement keeps its spec in the log's record as JSON, with only the fields it has.
    assert specs[0].to_json(PledgeStatus.CONFIRMED_EMAIL) == {
        "kind": "money",
        "status": "confirmed_email",
        "amount_dkk": 5000,
    }
    for spec in specs:
        kept = spec.to_json(PledgeStatus.DELIVERED)
        assert PledgeSpec.from_json(kept) == PledgeSpec(**{**spec.__dict__, "status": PledgeStatus.DELIVERED})


def test_a_line_silent_on_publicity_keeps_the_partners_wish() -> None:
    assert logbook.publicity_after(Publicity.PUBLIC, ParseResult(publicity=None)) is Publicity.PUBLIC
    assert logbook.publicity_after(Publicity.ASK_FIRST, ParseResult()) is Publicity.ASK_FIRST


def test_items_with_a_value_are_in_kind_not_cash(session, ws) -> None:
    saved = save(session, ws, "Ringede til Mette Holm hos Føtex Greve: 5 gavekort à 200 kr. og 3.000 kr. kontant")
    pledges = {p.kind: p for p in live_pledges(session, ws, saved.partner_id)}
    assert (pledges[PledgeKind.PRODUCTS].quantity, pledges[PledgeKind.PRODUCTS].value_dkk) == (5, 1000)
    assert pledges[PledgeKind.PRODUCTS].amount_dkk is None
    assert pledges[PledgeKind.MONEY].amount_dkk == 3000


def test_a_value_without_a_count_stays_in_kind(session, ws) -> None:
    saved = save(session, ws, "Ringede til Greve Lokalavis: de bringer gratis en annonce (værdi 4.000 kr.)")
    pledges = {p.kind: p for p in live_pledges(session, ws, saved.partner_id)}
    assert PledgeKind.MONEY not in pledges
    assert pledges[PledgeKind.OTHER].value_dkk == 4000


def test_a_counter_offer_is_the_amount_pledged(session, ws) -> None:
    saved = save(session, ws, "Ringede til Lions Greve: vi bad om 25.000 kr., de kan give 10.000 kr.")
    amounts = [p.amount_dkk for p in live_pledges(session, ws, saved.partner_id) if p.kind is PledgeKind.MONEY]
    assert amounts == [10000]


def _callback(session, ws: Workspace, partner_id: int, due_at: datetime) -> FollowUp:
    return create_followup(
        session, ws=ws, action=FollowUpAction.CALL, due_at=due_at, owner_user_id=ANNA, partner_id=partner_id, due_tz=TZ
    )


def test_a_call_closes_the_callback_due_today_and_a_new_callback_replaces_later_ones(session, ws) -> None:
    partner = create_partner(session, ws=ws, name="Saxo")
    due_today = _callback(session, ws, partner.id, NOW + timedelta(hours=2))
    next_week = _callback(session, ws, partner.id, NOW + timedelta(days=7))
    saved = save(session, ws, "Ringede til Anna hos Saxo, de overvejer det. Ringer igen fredag kl 14.")
    assert due_today.status is FollowUpStatus.DONE
    assert next_week.status is FollowUpStatus.CANCELLED
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert {f.id for f in card.closed} == {due_today.id, next_week.id}

    # Undo puts both back.
    assert edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    assert due_today.status is FollowUpStatus.OPEN and next_week.status is FollowUpStatus.OPEN


def test_a_suggestion_already_covered_by_a_planned_follow_up_is_not_offered(session, ws) -> None:
    first = save(
        session,
        ws,
        "Ringede til Lars Jensen hos Danske Bank Greve. De vil sponsorere 20.000 kr. Ringer igen torsdag kl. 10.",
    )
    thursday = [f for f in open_followups(session, ws=ws, partner_id=first.partner_id) if not f.suggested]
    assert [f.action for f in thursday] == [FollowUpAction.CALL]
    # The confirming e-mail would suggest a callback in two working days: Thursday's call is it.
    second = save(
        session,
        ws,
        "Mail fra Lars (Danske Bank Greve): bekræfter de 20.000 kr. skriftligt.",
        now=NOW + timedelta(hours=3),
    )
    assert understood_suggests(second, session, ws, "call")
    calls = [f for f in open_followups(session, ws=ws, partner_id=first.partner_id) if f.action is FollowUpAction.CALL]
    assert [f.id for f in calls] == [thursday[0].id]
    card = logbook.load_card(session, ws=ws, interaction_id=second.interaction_id)
    assert not [f for f in card.followups if f.suggested and f.action == "call"]


def test_a_suggestion_far_before_the_planned_follow_up_stays(session, ws) -> None:
    partner = create_partner(session, ws=ws, name="Saxo")
    later = _callback(session, ws, partner.id, NOW + timedelta(days=30))
    saved = save(session, ws, "Ringede til Morten hos Saxo, de overvejer at give 5.000 kr.")
    suggested = [f for f in open_followups(session, ws=ws, partner_id=partner.id) if f.suggested]
    assert understood_suggests(saved, session, ws, "call") and [f.action for f in suggested] == [FollowUpAction.CALL]
    assert later.status is FollowUpStatus.OPEN


def understood_suggests(saved: logbook.Saved, session, ws: Workspace, action: str) -> bool:
    """Whether the parser suggested this kind of follow-up for the saved log (before the domain's rule)."""
    from storage.interactions import get_interaction

    interaction = get_interaction(session, ws=ws, interaction_id=saved.interaction_id)
    return any(f.action == action for f in logbook.reading_of(interaction).suggested)


def test_no_answer_does_not_count_as_contact(session, ws) -> None:
    partner = create_partner(session, ws=ws, name="Saxo")
    due_today = _callback(session, ws, partner.id, NOW + timedelta(hours=2))
    save(session, ws, "Ringede til Saxo – ingen svar.")
    assert due_today.status is FollowUpStatus.OPEN


def test_undo_removes_what_the_log_created_and_restores_what_it_changed(session, ws) -> None:
    partner = create_partner(session, ws=ws, name="Saxo", stage=Stage.CONTACTED)
    saved = save(
        session, ws, "Ringede til Morten Vang hos Saxo: ja til 300 free copies, ønsker ikke omtale. Ring fredag."
    )
    assert partner.stage is Stage.AGREED_VERBALLY and partner.publicity is Publicity.NO_PUBLICITY
    assert edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    session.flush()
    assert partner.stage is Stage.CONTACTED and partner.publicity is Publicity.ASK_FIRST
    assert live_pledges(session, ws, partner.id) == []
    assert contacts_of(session, ws=ws, partner_id=partner.id) == []
    assert open_followups(session, ws=ws, partner_id=partner.id) == []
    assert logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id).deleted
    assert not edit.undo(session, ws=ws, interaction_id=saved.interaction_id)  # already undone

    assert edit.restore(session, ws=ws, interaction_id=saved.interaction_id)
    assert partner.stage is Stage.AGREED_VERBALLY and partner.publicity is Publicity.NO_PUBLICITY
    assert len(live_pledges(session, ws, partner.id)) == 1


def test_undo_of_a_log_that_created_the_partner_removes_the_partner(session, ws) -> None:
    saved = save(session, ws, "Ringede til Pia hos Greve Bilsyn. Hun ringer tilbage i eftermiddag.")
    edit.undo(session, ws=ws, interaction_id=saved.interaction_id)
    assert get_partner(session, ws=ws, partner_id=saved.partner_id) is None


def test_another_workspace_cannot_reach_a_log_or_its_partner(session, ws, ws_b) -> None:
    mine = save(session, ws, "Ringede til Lars hos Danske Bank Greve, ringer fredag.")
    theirs = create_partner(session, ws=ws_b, name="Danske Bank Greve")
    assert logbook.load_card(session, ws=ws_b, interaction_id=mine.interaction_id) is None
    assert not edit.undo(session, ws=ws_b, interaction_id=mine.interaction_id)
    assert (
        edit.apply_edit(
            session,
            ws=ws_b,
            user_id="U0EVE",
            interaction_id=mine.interaction_id,
            edited=edit.EditedLog(text="x", kind="note", organization=None),
        )
        is None
    )
    draft = save(session, ws, "ringer tilbage i morgen")
    with pytest.raises(LookupError):
        logbook.attach_partner(session, ws=ws, user_id=ANNA, interaction_id=draft.interaction_id, partner_id=theirs.id)
    # The same name in the other workspace is a different partner: A's log matched A's own.
    assert save(session, ws_b, "Ringede til Danske Bank Greve igen.").partner_id == theirs.id


@pytest.mark.parametrize(
    ("current", "status", "reached", "expected"),
    [
        (Stage.PROSPECT, None, True, Stage.CONTACTED),
        (Stage.PROSPECT, None, False, Stage.PROSPECT),
        (Stage.CONFIRMED_IN_WRITING, PledgeStatus.VERBAL, True, Stage.CONFIRMED_IN_WRITING),
        (Stage.CONTACTED, PledgeStatus.PROPOSED, True, Stage.INTERESTED),
        (Stage.ACTIVE, PledgeStatus.DECLINED, True, Stage.ACTIVE),
        (Stage.DECLINED, None, True, Stage.DECLINED),
        (Stage.DECLINED, PledgeStatus.VERBAL, True, Stage.AGREED_VERBALLY),
        (Stage.CONFIRMED_IN_WRITING, PledgeStatus.DELIVERED, True, Stage.ACTIVE),
        (Stage.AGREED_VERBALLY, PledgeStatus.DELIVERED, False, Stage.ACTIVE),
        (Stage.COMPLETED, PledgeStatus.DELIVERED, True, Stage.COMPLETED),
    ],
)
def test_next_stage(current: Stage, status: PledgeStatus | None, reached: bool, expected: Stage) -> None:
    assert logbook.next_stage(current, status, reached=reached) is expected


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Carlsberg Foundation", PartnerKind.FOUNDATION),
        ("FOA SOSU", PartnerKind.UNION),
        ("Kulturforvaltningen", PartnerKind.MUNICIPAL_DEPARTMENT),
        ("Greve Rotary", PartnerKind.ASSOCIATION),
        ("Gyldendal", PartnerKind.PUBLISHER),
        ("Danske Bank Greve", PartnerKind.BUSINESS),
    ],
)
def test_guess_kind(name: str, kind: PartnerKind) -> None:
    assert logbook.guess_kind(name) is kind


def test_contact_details_are_read_from_the_text() -> None:
    assert logbook.contact_details("mail lars@bank.dk, tlf +45 22 33 44 55") == ("lars@bank.dk", "+45 22 33 44 55")
    assert logbook.contact_details("giver 20.000 kr. den 12.03") == (None, None)


def test_the_card_carries_the_times_the_parser_could_not_read(session, ws) -> None:
    now = datetime(2026, 12, 1, 10, tzinfo=ZoneInfo("Europe/Copenhagen"))
    text = "Ringede til Sparekassen Kronjylland. Ringer igen d. 31/11"
    understood = parse(text, now=now, tz="Europe/Copenhagen")
    saved = logbook.record_log(
        session, ws=ws, user_id="U0A", text=text, understood=understood, tz="Europe/Copenhagen", now=now
    )
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert card is not None and card.unresolved == ("d. 31/11",)
