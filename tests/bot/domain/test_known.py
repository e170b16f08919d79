"""What the workspace knows is read with each new line, and corrections on the card are learnt."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain import edit, logbook
from bot.domain.known import known_for
from bot.understanding import parse
from storage.contacts import create_contact
from storage.partners import add_alias, create_partner, names_of
from storage.scope import Workspace

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))
ANNA = "U0ANNA"


def read(session, ws: Workspace, text: str):
    return parse(text, now=NOW, tz=TZ, known=known_for(session, ws=ws))


def test_known_names_contacts_and_roles_stay_in_their_workspace(session, ws, ws_b) -> None:
    tgtg = create_partner(session, ws=ws, name="Too Good To Go")
    add_alias(session, ws=ws, partner_id=tgtg.id, alias="TGTG")
    create_contact(session, ws=ws, name="Ravi Shah", partner_id=tgtg.id, role="pressekontakt")
    create_partner(session, ws=ws_b, name="Elsewhere Ltd")
    session.flush()
    known = known_for(session, ws=ws)
    assert set(known.organizations) == {"Too Good To Go", "TGTG"}
    assert known.people == (("Ravi Shah", "pressekontakt"),)
    assert known.roles == ("pressekontakt",)
    assert known_for(session, ws=ws_b).organizations == ("Elsewhere Ltd",)


def test_a_known_partner_and_contact_are_read_however_they_are_written(session, ws) -> None:
    tgtg = create_partner(session, ws=ws, name="Too Good To Go")
    create_contact(session, ws=ws, name="Ravi Shah", partner_id=tgtg.id, role="GM")
    session.flush()
    got = read(session, ws, "møde med ravi shah fra too good to go om madspild og læsning")
    assert got.organization == "Too Good To Go"
    assert [(c.name, c.role) for c in got.contacts] == [("Ravi Shah", "GM")]
    assert parse("møde med ravi shah fra too good to go om madspild", now=NOW, tz=TZ).organization != "Too Good To Go"


def test_a_known_partner_written_with_its_words_run_together_or_apart_is_read(session, ws) -> None:
    create_partner(session, ws=ws, name="SuperBrugsen Vanløse", created_by=ANNA)
    create_partner(session, ws=ws, name="Lokal Bageren", created_by=ANNA)
    session.flush()
    assert read(session, ws, "Super Brugsen Vanløse – gavekortene er kommet").organization == "SuperBrugsen Vanløse"
    assert read(session, ws, "Ringede til LokalBageren, de giver 40 boller").organization == "Lokal Bageren"
    assert read(session, ws, "Ringede til Lokal Bageren, de giver 40 boller").organization == "Lokal Bageren"


def test_a_known_role_reads_as_a_title(session, ws) -> None:
    avis = create_partner(session, ws=ws, name="Greve Avis")
    create_contact(session, ws=ws, name="Sara Holm", partner_id=avis.id, role="tovholder")
    session.flush()
    text = "Fik fat i Anne-Marie Skov, tovholder hos Dagbladet Køge"
    assert [c.role for c in parse(text, now=NOW, tz=TZ).contacts] == [None]
    got = read(session, ws, text)
    assert [(c.name, c.role) for c in got.contacts] == [("Anne-Marie Skov", "tovholder")]
    assert got.organization == "Dagbladet Køge"


def correct_organization(session, ws, interaction_id: int, organization: str) -> None:
    """The user opens Edit on the card, changes only the organisation and saves."""
    correct_edit(session, ws, interaction_id, organization=organization)


def correct_edit(
    session,
    ws,
    interaction_id: int,
    *,
    organization: str | None = None,
    contacts: list[tuple[str, str | None]] | None = None,
) -> None:
    """The user opens Edit on the card, changes the organisation or the contacts, and saves."""
    form = edit.load_form(session, ws=ws, interaction_id=interaction_id)
    assert form is not None
    shown = edit.Shown(
        contact_ids=tuple(x[0] for x in form.contacts),
        money_ids=tuple(x[0] for x in form.money),
        item_ids=tuple(x[0] for x in form.items),
        followup_ids=tuple(x.id for x in form.followups),
        asks=form.asks,
        status=form.status,
        no_publicity=form.no_publicity,
    )
    edit.apply_edit(
        session,
        ws=ws,
        user_id=ANNA,
        interaction_id=interaction_id,
        edited=edit.EditedLog(
            text=form.text,
            kind=form.kind,
            organization=organization or form.partner_name,
            contacts=contacts if contacts is not None else [(n, r) for _, n, r in form.contacts],
            money=[a for _, a in form.money],
            items=[(q, w) for _, q, w in form.items],
            asks=list(form.asks),
            status=form.status,
            no_publicity=form.no_publicity,
            followups=[edit.FollowUpRow(x.id, x.action, x.due, x.all_day, x.owner) for x in form.followups],
            shown=shown,
        ),
    )


def test_an_unsure_organisation_corrected_on_the_card_becomes_an_alias(session, ws) -> None:
    foa = create_partner(session, ws=ws, name="FOA Greve")
    session.flush()
    text = "Snak med Lise om Sommerskolen, hun vender tilbage"
    understood = parse(text, now=NOW, tz=TZ)
    saved = logbook.record_log(session, ws=ws, user_id=ANNA, text=text, understood=understood, tz=TZ, now=NOW)
    session.flush()
    assert understood.organization == "Sommerskolen" and "organization" in understood.uncertain
    correct_organization(session, ws, saved.interaction_id, "FOA Greve")
    session.flush()
    assert {n.name for n in names_of(session, ws=ws, partner_id=foa.id)} == {"FOA Greve", "Sommerskolen"}
    assert read(session, ws, "Mail fra Lise hos Sommerskolen: de er med").organization == "Sommerskolen"
    decision = logbook.decide_partner(session, ws=ws, organization="Sommerskolen")
    assert (decision.outcome, decision.partner_id) == ("matched", foa.id)


def test_a_confident_reading_replaced_by_another_partner_is_not_learnt(session, ws) -> None:
    nordea = create_partner(session, ws=ws, name="Nordea Greve")
    session.flush()
    text = "Ringede til Lars Jensen hos Danske Bank Greve. De vil sponsorere 20.000 kr."
    understood = parse(text, now=NOW, tz=TZ)
    saved = logbook.record_log(session, ws=ws, user_id=ANNA, text=text, understood=understood, tz=TZ, now=NOW)
    session.flush()
    correct_organization(session, ws, saved.interaction_id, "Nordea Greve")
    session.flush()
    assert [n.name for n in names_of(session, ws=ws, partner_id=nordea.id)] == ["Nordea Greve"]


def test_a_role_corrected_on_the_card_reads_as_a_title_in_the_next_line(session, ws) -> None:
    text = "Talte med Sara Holm hos Greve Avis om en artikel"
    understood = parse(text, now=NOW, tz=TZ)
    saved = logbook.record_log(session, ws=ws, user_id=ANNA, text=text, understood=understood, tz=TZ, now=NOW)
    session.flush()
    before = read(session, ws, "Fik fat i Anne-Marie Skov, tovholder hos Dagbladet Køge")
    assert [(c.name, c.role) for c in before.contacts] == [("Anne-Marie Skov", None)]
    correct_edit(session, ws, saved.interaction_id, contacts=[("Sara Holm", "tovholder")])
    session.flush()
    after = read(session, ws, "Fik fat i Anne-Marie Skov, tovholder hos Dagbladet Køge")
    assert [(c.name, c.role) for c in after.contacts] == [("Anne-Marie Skov", "tovholder")]
