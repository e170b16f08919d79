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
    assert found[1].text.startswith("Ole from Greve Cykler")


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


def test_an_opening_naming_two_new_partners_and_a_clause_for_each_gives_two_parts(session, ws) -> None:
    found = parts(
        session,
        ws,
        "Met Jens Holt (CSR) at Topdanmark Vejle and Sofie from BR Legetøj Vejle about Reading Buddies. "
        "Topdanmark: 30,000 DKK, yes. BR Legetøj: 300 bookmarks, yes.",
    )
    assert [(p.partner_id, p.understood.organization) for p in found] == [
        (None, "Topdanmark Vejle"),
        (None, "BR Legetøj Vejle"),
    ]
    assert (
        found[0].text == "Met Jens Holt (CSR) at Topdanmark Vejle about Reading Buddies. Topdanmark: 30,000 DKK, yes."
    )
    assert [c.name for c in found[0].understood.contacts] == ["Jens Holt"]
    assert [c.name for c in found[1].understood.contacts] == ["Sofie"]
    assert [m.amount for m in found[0].understood.money] == [30000] and not found[1].understood.money
    assert [i.quantity for i in found[1].understood.items] == [300]


def test_a_definite_short_name_and_a_comma_before_the_other_name_also_open_a_part(session, ws) -> None:
    definite = parts(
        session,
        ws,
        "Møde m. Karen fra Bilka Holstebro og Jonas fra Holstebro Boghandel om Læsefesten. "
        "Bilka: 8.000 kr. og 100 is. Boghandlen: 50 bøger til præmier.",
    )
    assert [p.understood.organization for p in definite] == ["Bilka Holstebro", "Holstebro Boghandel"]
    assert [i.quantity for i in definite[1].understood.items] == [50]
    comma = parts(
        session,
        ws,
        "Tlf m. Salling Aarhus og Normal Aarhus om Sommerlæsning. Salling giver 20 kasser frugt, Normal giver 3.000 kr.",
    )
    assert [p.understood.organization for p in comma] == ["Salling Aarhus", "Normal Aarhus"]
    assert [m.amount for m in comma[1].understood.money] == [3000] and not comma[0].understood.money


def test_two_partners_named_but_news_of_one_only_stay_one_log(session, ws) -> None:
    for text in (
        "Talked to Topdanmark Vejle and BR Legetøj Vejle about Reading Buddies. Topdanmark: 30,000 DKK, yes.",
        "Møde med Lars og Pia fra Nordea Vejle om Læsefesten. Nordea: ja til 5.000 kr.",
        "Called Topdanmark Vejle and BR Legetøj Vejle about Reading Buddies. Asked both for 5,000 DKK, no answer yet.",
    ):
        assert len(parts(session, ws, text)) == 1, text


def test_each_new_partner_of_a_shared_opening_is_created_with_its_own_agreement(session, ws) -> None:
    saved = save(
        session,
        ws,
        "Tlf m. Salling Aarhus og Normal Aarhus om Sommerlæsning. Salling giver 20 kasser frugt, Normal giver 3.000 kr.",
    )
    assert len(saved) == 2 and saved[0].partner_id != saved[1].partner_id
    fruit, money = (pledges_of(session, ws=ws, partner_id=s.partner_id) for s in saved)
    assert [(p.quantity, p.amount_dkk) for p in fruit] == [(20, None)]
    assert [(p.quantity, p.amount_dkk) for p in money] == [(None, 3000)]


def test_a_pasted_email_and_a_partner_named_short_first_stay_one_log(session, ws) -> None:
    create_partner(session, ws=ws, name="Arbejdernes Landsbank Vejle", created_by="U0ANNA")
    email = (
        "Fra: Pia Holm <ph@al-bank.dk>\nEmne: Læsefest\n\nHej, hermed bekræftet: Arbejdernes Landsbank Vejle giver "
        "8.000 kr. til Læsefest.\nMvh Pia Holm"
    )
    assert len(parts(session, ws, email)) == 1
    short_first = "Ringede til Arbejdernes Landsbank, de bekræfter pr mail. Arbejdernes Landsbank Vejle giver 8.000 kr."
    assert len(parts(session, ws, short_first)) == 1


def test_each_part_of_a_shared_opening_is_sure_whose_it_is(session, ws) -> None:
    found = parts(
        session,
        ws,
        "Met Ib from Lem Bogcafé and Sara from Lem Kirke about the Reading Festival. "
        "Bogcafé: 30 books for prizes, yes. Kirke: their hall for the final, yes.",
    )
    assert [p.understood.organization for p in found] == ["Lem Bogcafé", "Lem Kirke"]
    assert all("organization" not in p.understood.uncertain for p in found)
