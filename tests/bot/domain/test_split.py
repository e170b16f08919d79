"""A log that tells about two partners is saved as one log per partner (bot/domain/split.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.domain import logbook, split
from bot.domain.known import known_for
from bot.understanding import parse
from storage.models import Interaction, Pledge, PledgeStatus
from storage.partners import create_partner
from storage.pledges import pledges_of
from storage.scope import Workspace

TZ = "Europe/Copenhagen"
NOW = datetime(2027, 4, 6, 10, 0, tzinfo=ZoneInfo(TZ))


def parts(session, ws: Workspace, text: str) -> list[split.Part]:
    known = known_for(session, ws=ws)
    understood = parse(text, now=NOW, tz=TZ, known=known)
    return split.partner_parts(session, ws=ws, text=text, understood=understood, now=NOW, tz=TZ, known=known)


def save(session, ws: Workspace, text: str) -> list[logbook.Saved]:
    known = known_for(session, ws=ws)
    understood = parse(text, now=NOW, tz=TZ, known=known)
    return logbook.record_logs(
        session, ws=ws, user_id="U0ANNA", text=text, understood=understood, tz=TZ, now=NOW, known=known
    )


def test_a_sentence_opening_with_another_known_partner_is_that_partners_log(session, ws) -> None:
    inn = create_partner(session, ws=ws, name="Kroen Skovly", created_by="U0ANNA")
    found = parts(
        session,
        ws,
        "Ringede til Bageriet Solsikken om Bogfesten, de giver 40 boller. Kroen Skovly har bekræftet lokalet pr mail.",
    )
    assert [p.partner_id for p in found] == [None, inn.id]
    assert found[0].text.startswith("Ringede til Bageriet Solsikken") and found[0].understood.items
    assert found[1].text == "Kroen Skovly har bekræftet lokalet pr mail."
    assert "in_writing" in found[1].understood.updates


def test_a_clause_after_and_with_a_person_from_the_other_partner_is_theirs(session, ws) -> None:
    lions = create_partner(session, ws=ws, name="Lions Club Greve", created_by="U0ANNA")
    shop = create_partner(session, ws=ws, name="Greve Cykler", created_by="U0ANNA")
    found = parts(
        session,
        ws,
        "Lions Club Greve confirmed the 6,000 DKK in writing, and Ole from Greve Cykler dropped off 3 bikes.",
    )
    assert [p.partner_id for p in found] == [lions.id, shop.id]
    assert found[1].text.startswith("and Ole from Greve Cykler")


def test_a_partner_named_further_into_a_sentence_stays_in_the_log(session, ws) -> None:
    create_partner(session, ws=ws, name="Kroen Skovly", created_by="U0ANNA")
    create_partner(session, ws=ws, name="Bageriet Solsikken", created_by="U0ANNA")
    for text in (
        "Bageriet Solsikken giver 40 boller. Hun foreslog at vi også spørger Kroen Skovly om lokalet.",
        "Bageriet Solsikken says yes to 40 buns, just like Kroen Skovly did last year.",
        "Bageriet Solsikken: ja til 40 boller. Kroen Skovly nævnte hun i forbifarten.",
    ):
        assert len(parts(session, ws, text)) == 1, text


def test_the_same_partner_twice_and_an_abbreviation_keep_one_log(session, ws) -> None:
    create_partner(session, ws=ws, name="Bageriet Solsikken", created_by="U0ANNA")
    assert len(parts(session, ws, "Bageriet Solsikken giver 40 boller. Bageriet Solsikken bekr. pr mail i dag.")) == 1
    assert len(parts(session, ws, "Tlf m. Bageriet Solsikken. De giver 40 boller til festen.")) == 1


def test_a_log_about_two_partners_saves_each_ones_news_on_its_own_partner(session, ws) -> None:
    inn = create_partner(session, ws=ws, name="Kroen Skovly", created_by="U0ANNA")
    save(session, ws, "Tlf m. Kroen Skovly: de giver 5.000 kr. til Bogfesten.")
    saved = save(
        session,
        ws,
        "Ringede til Bageriet Solsikken om Bogfesten, de giver 40 boller. Kroen Skovly har bekr. de 5.000 kr. pr mail.",
    )
    assert len(saved) == 2
    bakery = saved[0].partner_id
    assert bakery is not None and bakery != inn.id and saved[1].partner_id == inn.id
    money = [p for p in pledges_of(session, ws=ws, partner_id=inn.id) if p.amount_dkk]
    assert [(p.amount_dkk, p.status) for p in money] == [(5000, PledgeStatus.CONFIRMED_EMAIL)]
    buns = pledges_of(session, ws=ws, partner_id=bakery)
    assert [(p.quantity, p.status) for p in buns] == [(40, PledgeStatus.VERBAL)]
    logs = session.scalars(select(Interaction).where(Interaction.team_id == ws.team_id)).all()
    assert {i.id: i.raw_text for i in logs}[saved[1].interaction_id] == "Kroen Skovly har bekr. de 5.000 kr. pr mail."
    assert len(session.scalars(select(Pledge).where(Pledge.team_id == ws.team_id)).all()) == 2
