"""A realistic library workspace for the overview tests, written through the storage functions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from storage.campaigns import add_partner, create_campaign
from storage.contacts import create_contact
from storage.followups import create_followup
from storage.interactions import log_interaction
from storage.models import (
    FollowUpAction,
    InteractionKind,
    PartnerKind,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.partners import create_partner
from storage.permissions import require_permission
from storage.pledges import create_pledge
from storage.scope import Workspace

CPH = "Europe/Copenhagen"
ANNA, BEN, CARL = "U0ANNA", "U0BEN", "U0CARL"
FILLERS = 32
TEAM_FOLLOWUPS = 20
HOSTILE = "<!channel> Lund & Co"
FORMULA_NOTE = '=HYPERLINK("http://evil.example","klik")'


@dataclass
class Seeded:
    """Ids and names the tests look for."""

    partners: dict[str, int] = field(default_factory=dict)
    campaigns: dict[str, int] = field(default_factory=dict)
    followups: dict[str, int] = field(default_factory=dict)


def local_midnight(now: datetime, days: int) -> datetime:
    """Local midnight in Copenhagen, days from now's date: how all-day follow-ups are stored."""
    day = now.astimezone(ZoneInfo(CPH)).date() + timedelta(days=days)
    return datetime.combine(day, time(0, 0), tzinfo=ZoneInfo(CPH))


def seed_library(session: Session, ws: Workspace, now: datetime) -> Seeded:
    """Three campaigns, about forty partners, contacts, agreements, calls and follow-ups."""
    s = Seeded()
    laes = create_campaign(session, ws=ws, name="Læs for mig", goal_dkk=100_000)
    sommer = create_campaign(session, ws=ws, name="Sommerbogen 2026", goal_dkk=50_000)
    bogstart = create_campaign(session, ws=ws, name="Bogstart")
    s.campaigns = {"laes": laes.id, "sommer": sommer.id, "bogstart": bogstart.id}

    def partner(
        key: str,
        name: str,
        kind: PartnerKind,
        stage: Stage,
        publicity: Publicity,
        *campaigns: int,
        aliases: tuple[str, ...] = (),
        notes: str | None = None,
    ) -> int:
        p = create_partner(
            session,
            ws=ws,
            name=name,
            kind=kind,
            stage=stage,
            publicity=publicity,
            aliases=aliases,
            notes=notes,
            allow_duplicate=True,
        )
        for cid in campaigns:
            add_partner(session, ws=ws, campaign_id=cid, partner_id=p.id)
        s.partners[key] = p.id
        return p.id

    db = partner(
        "danske",
        "Danske Bank Greve",
        PartnerKind.BUSINESS,
        Stage.AGREED_VERBALLY,
        Publicity.PUBLIC,
        laes.id,
        aliases=("DB Greve",),
    )
    partner("roskilde", "Danske Bank Roskilde", PartnerKind.BUSINESS, Stage.CONTACTED, Publicity.PUBLIC)
    brugsen = partner("brugsen", "Brugsen Tune", PartnerKind.BUSINESS, Stage.ACTIVE, Publicity.NO_PUBLICITY, laes.id)
    saxo = partner("saxo", "Saxo", PartnerKind.PUBLISHER, Stage.ACTIVE, Publicity.PUBLIC, laes.id, sommer.id)
    foa = partner("foa", "FOA SOSU", PartnerKind.UNION, Stage.INTERESTED, Publicity.ASK_FIRST, laes.id)
    sof = partner("sof", "SOF Greve Kommune", PartnerKind.MUNICIPAL_DEPARTMENT, Stage.CONTACTED, Publicity.ASK_FIRST)
    lund = partner("lund", HOSTILE, PartnerKind.BUSINESS, Stage.PROSPECT, Publicity.PUBLIC, notes=FORMULA_NOTE)
    aero = partner("aero", "Ærø Æblemost", PartnerKind.BUSINESS, Stage.ACTIVE, Publicity.PUBLIC, laes.id)

    lars = create_contact(
        session,
        ws=ws,
        partner_id=db,
        name="Lars Jensen",
        role="direktør",
        email="lars@danskebank.example",
        is_decision_maker=True,
    )
    create_contact(session, ws=ws, partner_id=db, name="Mette Holm", role="marketing", phone="+45 12 34 56 78")
    create_contact(session, ws=ws, partner_id=aero, name="Søren Ørum", role="ejer", is_decision_maker=True)

    create_pledge(
        session,
        ws=ws,
        partner_id=db,
        kind=PledgeKind.MONEY,
        status=PledgeStatus.VERBAL,
        amount_dkk=20_000,
        campaign_id=laes.id,
        contact_id=lars.id,
    )
    create_pledge(
        session,
        ws=ws,
        partner_id=db,
        kind=PledgeKind.PRODUCTS,
        status=PledgeStatus.CONFIRMED_EMAIL,
        quantity=180,
        what="læsebamser",
        campaign_id=laes.id,
        evidence="Mail fra Lars 3/3",
    )
    create_pledge(
        session,
        ws=ws,
        partner_id=brugsen,
        kind=PledgeKind.MONEY,
        status=PledgeStatus.DELIVERED,
        amount_dkk=5_000,
        campaign_id=laes.id,
    )
    create_pledge(
        session,
        ws=ws,
        partner_id=saxo,
        kind=PledgeKind.BOOKS,
        status=PledgeStatus.CONTRACT_SIGNED,
        quantity=200,
        what="bøger",
        evidence="Kontrakt",
    )
    create_pledge(
        session,
        ws=ws,
        partner_id=foa,
        kind=PledgeKind.MONEY,
        status=PledgeStatus.VERBAL,
        amount_dkk=10_000,
        campaign_id=laes.id,
    )
    create_pledge(
        session,
        ws=ws,
        partner_id=aero,
        kind=PledgeKind.PRODUCTS,
        status=PledgeStatus.DELIVERED,
        quantity=50,
        what="flasker æblemost",
        campaign_id=laes.id,
    )
    create_pledge(
        session, ws=ws, partner_id=lund, kind=PledgeKind.MONEY, status=PledgeStatus.PROPOSED, amount_dkk=3_000
    )

    call = log_interaction(
        session,
        ws=ws,
        kind=InteractionKind.CALL,
        logged_by=ANNA,
        partner_id=db,
        occurred_at=now - timedelta(days=3),
        contact_ids=[lars.id],
        raw_text="Ringede til Lars Jensen, direktør i Danske Bank Greve: 20.000 kr. mundtligt",
    )
    log_interaction(
        session,
        ws=ws,
        kind=InteractionKind.CALL,
        logged_by=BEN,
        partner_id=saxo,
        occurred_at=now - timedelta(days=5),
        raw_text="Call with Saxo about 200 books",
    )
    log_interaction(
        session,
        ws=ws,
        kind=InteractionKind.EMAIL,
        logged_by=BEN,
        partner_id=saxo,
        occurred_at=now - timedelta(days=4),
        raw_text="Confirming e-mail to Saxo",
    )
    log_interaction(
        session,
        ws=ws,
        kind=InteractionKind.MEETING,
        logged_by=ANNA,
        partner_id=foa,
        occurred_at=now - timedelta(days=45),
        raw_text="Møde med FOA om læsegrupper",
    )
    log_interaction(
        session,
        ws=ws,
        kind=InteractionKind.CALL,
        logged_by=ANNA,
        partner_id=brugsen,
        occurred_at=now - timedelta(days=90),
        raw_text="Brugsen vil ikke nævnes <b>nogen steder</b>",
    )
    require_permission(session, ws=ws, partner_id=db, grantor_id=sof, note="SOF skal sige ja først")

    def followup(
        key: str,
        owner: str | None,
        due: datetime,
        *,
        all_day: bool = False,
        partner_id: int | None = db,
        text: str,
        action: FollowUpAction = FollowUpAction.CALL,
        interaction_id: int | None = None,
    ) -> None:
        f = create_followup(
            session,
            ws=ws,
            action=action,
            due_at=due,
            all_day=all_day,
            due_tz=CPH,
            text=text,
            owner_user_id=owner,
            partner_id=partner_id,
            interaction_id=interaction_id,
        )
        s.followups[key] = f.id

    followup("overdue", ANNA, now - timedelta(days=1), text="Ring til Lars om kontrakten", interaction_id=call.id)
    followup(
        "today",
        ANNA,
        local_midnight(now, 0),
        all_day=True,
        partner_id=foa,
        text="Send referat til FOA",
        action=FollowUpAction.EMAIL,
    )
    followup(
        "week",
        ANNA,
        local_midnight(now, 3),
        all_day=True,
        partner_id=saxo,
        text="Møde med Saxo",
        action=FollowUpAction.MEETING,
    )
    followup("later", ANNA, now + timedelta(days=20), partner_id=aero, text="Langt ude i fremtiden")
    followup("ben", BEN, now + timedelta(days=2), partner_id=saxo, text="Bens opgave med Saxo")

    for i in range(1, FILLERS + 1):
        stage = (Stage.PROSPECT, Stage.CONTACTED, Stage.INTERESTED, Stage.ACTIVE)[i % 4]
        pid = partner(
            f"filler{i}",
            f"Arbejdsplads {i:02d} Greve",
            PartnerKind.WORKPLACE,
            stage,
            Publicity.PUBLIC,
            *((sommer.id,) if i % 2 else ()),
        )
        if i % 3 == 0:
            log_interaction(
                session,
                ws=ws,
                kind=InteractionKind.CALL,
                logged_by=CARL,
                partner_id=pid,
                occurred_at=now - timedelta(days=40 + i),
                raw_text=f"Opkald til arbejdsplads {i}",
            )
            log_interaction(
                session,
                ws=ws,
                kind=InteractionKind.EMAIL,
                logged_by=CARL,
                partner_id=pid,
                occurred_at=now - timedelta(days=39 + i),
                raw_text="Bekræftende mail",
            )
        if i <= TEAM_FOLLOWUPS:
            followup(
                f"team{i}",
                CARL,
                now + timedelta(days=2, minutes=i),
                partner_id=pid,
                text=f"Arbejdsplads {i:02d}: aftal møde",
            )
    session.flush()
    return s


def seed_other_workspace(session: Session, ws: Workspace, now: datetime) -> int:
    """Another workspace with look-alike data that must never show up in the first."""
    p = create_partner(
        session,
        ws=ws,
        name="Danske Bank Greve",
        kind=PartnerKind.BUSINESS,
        publicity=Publicity.PUBLIC,
        allow_duplicate=True,
    )
    for owner in (ANNA, BEN):
        create_followup(
            session,
            ws=ws,
            action=FollowUpAction.CALL,
            due_at=now + timedelta(hours=2),
            owner_user_id=owner,
            partner_id=p.id,
            due_tz=CPH,
            text="Fremmed opgave i et andet workspace",
        )
    create_pledge(
        session, ws=ws, partner_id=p.id, kind=PledgeKind.MONEY, status=PledgeStatus.VERBAL, amount_dkk=999_000
    )
    return p.id
