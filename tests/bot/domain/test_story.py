"""Scripted campaigns: many logs by several people over days, read through the `/partner log` path
(parse -> logbook.record_log), each checked on its FINAL state: every agreement's status and
amount, cash and in-kind totals, open follow-ups ours and theirs with owners, permissions,
publicity, and that nothing is duplicated. The situations come from the seed report and DOMAIN.md
(Greve's sponsors and bears, FOA and the permissions from SOF/SUF, publishers, workplace
libraries), written as people type them; not from what the parser happens to do.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.domain import edit, logbook
from bot.domain.known import known_for
from bot.domain.overview.totals import Totals, pledge_totals
from bot.understanding import parse
from handlers.log.card import _partner_choice
from storage.campaigns import create_campaign
from storage.contacts import contacts_of
from storage.followups import open_followups
from storage.models import Partner, Publicity
from storage.names import search_key
from storage.overview import campaign_pledges
from storage.permissions import pending_permissions
from storage.pledges import pledges_of
from storage.scope import Workspace

TZ = "Europe/Copenhagen"
START = datetime(2026, 11, 30, 9, 0, tzinfo=ZoneInfo(TZ))  # a Monday
ANNA, BEN, CARL, DORTE = "U0ANNA", "U0BEN", "U0CARL", "U0DORTE"


class Campaign:
    """One simulated campaign: logs by several people on simulated days, then the state they left."""

    def __init__(self, session, ws: Workspace, name: str | None = "Læs for mig", goal: int | None = 100_000) -> None:
        self.session, self.ws = session, ws
        self.campaign = create_campaign(session, ws=ws, name=name, goal_dkk=goal) if name else None
        self.asked: list[logbook.Saved] = []

    def log(self, user: str, text: str, *, day: int = 0, hour: int = 10) -> logbook.Saved:
        now = START + timedelta(days=day, hours=hour - 9)
        # Read against what the workspace knows, as /partner log does (handlers/log/command.py).
        understood = parse(text, now=now, tz=TZ, known=known_for(self.session, ws=self.ws))
        saved = logbook.record_log(
            self.session, ws=self.ws, user_id=user, text=text, understood=understood, tz=TZ, now=now
        )
        self.session.flush()
        if saved.partner_id is None:
            self.asked.append(saved)
        return saved

    def partners(self) -> list[Partner]:
        return list(
            self.session.scalars(
                select(Partner).where(Partner.team_id == self.ws.team_id, Partner.deleted_at.is_(None))
            )
        )

    def partner(self, name: str) -> Partner:
        found = [p for p in self.partners() if search_key(p.name) == search_key(name)]
        assert len(found) == 1, f"{name}: {[p.name for p in self.partners()]}"
        return found[0]

    def pledges(self, name: str) -> list[tuple]:
        return sorted(
            (
                (p.kind.value, p.amount_dkk, p.quantity, p.status.value, p.value_dkk)
                for p in pledges_of(self.session, ws=self.ws, partner_id=self.partner(name).id)
            ),
            key=lambda row: tuple(-1 if v is None else v for v in row),
        )

    def totals(self) -> Totals:
        cid = self.campaign.id if self.campaign else None
        return pledge_totals(campaign_pledges(self.session, ws=self.ws, campaign_id=cid))

    def open(self, name: str) -> list[tuple[str, str | None, bool]]:
        return sorted(
            (f.action.value, f.owner_user_id, f.by_partner)
            for f in open_followups(self.session, ws=self.ws, partner_id=self.partner(name).id)
            if not f.suggested
        )

    def awaited(self, name: str) -> list[str]:
        return [g.name for _, g in pending_permissions(self.session, ws=self.ws, partner_id=self.partner(name).id)]

    def no_duplicates(self) -> None:
        names = Counter(search_key(p.name) for p in self.partners())
        assert all(n == 1 for n in names.values()), names


def test_a_bank_sponsor_from_call_to_money_in_the_account(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Ringede til Lars Jensen (filialdirektør) hos Danske Bank Greve. De vil sponsorere 25.000 kr. "
        "til Læs for mig. Sender opsummerende mail i dag og ringer igen torsdag kl. 10.",
    )
    c.log(ANNA, "Sendt opsummerende mail til Lars hos Danske Bank Greve om de 25.000 kr.", hour=14)
    c.log(
        ANNA,
        "Fra: Lars Jensen <lars.jensen@danskebank.dk>\nTil: Anna\nEmne: SV: Læs for mig\n\nHej Anna\n"
        "Hermed bekræftet: Danske Bank Greve støtter Læs for mig med 25.000 kr.\n\nMed venlig hilsen\n"
        "Lars Jensen\nFilialdirektør\nDanske Bank Greve",
        day=2,
    )
    c.log(CARL, "ringede til danske bank greve, lars var ikke inde", day=3)
    c.log(CARL, "danske bnak har overført pengene, 25.000 kr. er modtaget", day=9)
    c.no_duplicates()
    assert c.pledges("Danske Bank Greve") == [("money", 25000, None, "delivered", None)]
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk, t.in_kind_dkk) == (25000, 25000, 25000, 0)
    # The money came: the partnership is active, as the card's "Delivered" button makes it.
    assert c.partner("Danske Bank Greve").stage.value == "active"


def test_teddy_bears_from_brio_are_counted_once_and_their_value_is_not_cash(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Brio Danmark, marketingchef Sofie Holm. Spurgte om læsebamser til Læs for mig.")
    c.log(ANNA, "Brio Danmark leverer 180 bamser, værdi ca. 9.000 kr. Sofie sender bekræftelse på mail fredag.", day=1)
    c.log(
        ANNA,
        "Fra: Sofie Holm <sofie.holm@brio.dk>\nEmne: Bamser\n\nHej Anna, vi bekræfter hermed de 180 bamser.\n\n"
        "Venlig hilsen\nSofie Holm\nMarketingchef, Brio Danmark",
        day=4,
    )
    c.log(DORTE, "DHL sender Brios 180 bamser på fredag", day=5)
    c.log(DORTE, "Bamserne fra Brio Danmark er kommet, alle 180", day=11)
    c.no_duplicates()
    assert c.pledges("Brio Danmark") == [("products", None, 180, "delivered", 9000)]
    assert not [p for p in c.partners() if search_key(p.name) == "dhl" and pledges_of(session, ws=ws, partner_id=p.id)]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk, t.in_kind_dkk, t.in_kind_delivered_dkk) == (0, 0, 9000, 9000)
    assert sum(t.items.values()) == 180
    assert c.open("Brio Danmark") == []  # the promised confirmation came


def test_a_bookshop_declines_and_refers_us_to_another(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Bog & Idé Greve om bøger til Læs for mig. Ejeren vender tilbage.")
    c.log(
        ANNA,
        "Bog & Idé Greve kan desværre ikke give bøger i år, men foreslår Thiemers – ring til Thiemers i morgen",
        day=3,
    )
    c.log(CARL, "Ringede til Thiemers Magasin, ingen svar", day=4)
    c.log(CARL, "Talte med Thiemers: de giver 40 bøger til Læs for mig. Jeg sender opsummerende mail i dag.", day=5)
    c.log(CARL, "Thiemers bekræfter de 40 bøger på mail", day=6)
    c.no_duplicates()
    assert c.partner("Bog & Idé Greve").stage.value == "declined"
    assert c.pledges("Thiemers") == [("books", None, 40, "confirmed_email", None)]
    assert c.partner("Thiemers").stage.value == "confirmed_in_writing"


def test_a_union_needs_permissions_from_two_departments(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA, "Møde med FOA Greve om arbejdspladsbiblioteker på plejehjemmene. Vi skal have lov fra SOF og SUF først."
    )
    c.log(ANNA, "Mailede til SOF om tilladelse til plejehjemmene.", day=1)
    c.log(CARL, "Ringede til FOA Greve, de venter også på SOF og SUF.", day=3)
    c.log(ANNA, "SOF sagde ja til FOA-projektet på plejehjemmene", day=6)
    c.log(ANNA, "Ringede til FOA Greve, Bente (tillidsrepræsentant) er klar når SUF har sagt ja", day=7)
    c.no_duplicates()
    assert c.awaited("FOA Greve") == ["SUF"]
    assert [c.partner(n).name for n in ("SOF", "SUF")] == ["SOF", "SUF"]
    assert c.pledges("FOA Greve") == []


def test_what_the_partner_promised_waits_for_them_and_closes_when_it_comes(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Ringede til Mette Lund hos Sparekassen Sjælland Greve, de giver 10.000 kr. De sender logo-filen i morgen.",
    )
    c.log(ANNA, "Sendt opsummerende mail til Sparekassen Sjælland Greve.", hour=15)
    c.log(CARL, "Ringede til Sparekassen Sjælland Greve om plakaten. Mette sender teksten fredag.", day=2)
    c.log(ANNA, "Logoet fra Sparekassen Sjælland Greve er kommet", day=3)
    c.log(ANNA, "Sparekassen Sjælland Greve bekræfter de 10.000 kr. på mail", day=4)
    c.no_duplicates()
    waiting = c.open("Sparekassen Sjælland Greve")
    assert waiting == [("other", CARL, True)] or waiting == [("email", CARL, True)], waiting
    assert c.pledges("Sparekassen Sjælland Greve") == [("money", 10000, None, "confirmed_email", None)]


def test_publicity_is_set_both_ways_and_the_public_list_follows_it(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Netto Greve, butikschef Allan giver 20 gavekort til læseklubben, men vil ikke nævnes.")
    c.log(ANNA, "Ringede til Føtex Greve, Karina siger ja til 50 bamser. Logo og navn må gerne bruges.")
    c.log(CARL, "Called Greve Vin & Tapas: yes to wine for the reading night, happy to be named on the poster.", day=1)
    c.log(CARL, "Ringede til Rema 1000 Greve, de giver frugt til læsecaféen. Ingen omtale.", day=2)
    c.log(DORTE, "Netto Greve: gavekortene er leveret", day=8)
    c.no_duplicates()
    publicity = {p.name: p.publicity for p in c.partners()}
    assert publicity["Netto Greve"] is Publicity.NO_PUBLICITY
    assert publicity["Rema 1000 Greve"] is Publicity.NO_PUBLICITY
    assert publicity["Føtex Greve"] is Publicity.PUBLIC
    assert publicity["Greve Vin & Tapas"] is Publicity.PUBLIC
    assert c.pledges("Netto Greve")[0][3] == "delivered"


def test_an_amount_changed_later_changes_the_agreement(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Nordea Greve, Per Holm lover 10.000 kr. til Læs for mig")
    c.log(ANNA, "Sendt opsummerende mail til Nordea Greve.", hour=13)
    c.log(CARL, "Nordea Greve hæver beløbet til 15.000 kr.", day=4)
    c.log(CARL, "Kontrakten med Nordea Greve er underskrevet", day=8)
    c.log(ANNA, "Ringede til Nordea Greve om overrækkelsen, Per ringer tilbage mandag", day=9)
    c.no_duplicates()
    assert c.pledges("Nordea Greve") == [("money", 15000, None, "contract_signed", None)]
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk) == (15000, 15000)


def test_a_sponsor_that_withdraws_is_not_counted(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Jyske Bank Greve, de giver 5.000 kr. til Læs for mig")
    c.log(CARL, "Ringede til Arbejdernes Landsbank Greve, de giver 8.000 kr. til Læs for mig", day=1)
    c.log(ANNA, "Jyske Bank Greve trækker sig desværre, ny direktør", day=5)
    c.log(CARL, "Arbejdernes Landsbank Greve bekræfter de 8.000 kr. på mail", day=6)
    c.log(ANNA, "Note: husk at takke Arbejdernes Landsbank Greve på plakaten", day=7)
    c.no_duplicates()
    assert c.pledges("Jyske Bank Greve") == [("money", 5000, None, "cancelled", None)]
    assert c.pledges("Arbejdernes Landsbank Greve") == [("money", 8000, None, "confirmed_email", None)]
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk) == (8000, 8000)


def test_a_publisher_in_english_confirms_and_delivers_books_once(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(CARL, "Called Saxo, spoke to Mette Berg (marketing manager). Yes to 300 free copies for Read for Me.")
    c.log(CARL, "Sent the summary e-mail to Saxo.", hour=12)
    c.log(
        CARL,
        "From: Mette Berg <mette.berg@saxo.com>\nSubject: RE: Read for Me\n\nHi Carl,\nWe confirm the 300 copies."
        "\n\nBest regards\nMette Berg\nMarketing manager, Saxo",
        day=2,
    )
    c.log(DORTE, "Saxo delivered the 300 copies today", day=10)
    c.log(DORTE, "Saxo: they'll send a press photo next week", day=10, hour=11)
    c.no_duplicates()
    assert c.pledges("Saxo") == [("books", None, 300, "delivered", None)]
    assert c.open("Saxo") == [("other", DORTE, True)] or c.open("Saxo") == [("email", DORTE, True)]


def test_workplace_libraries_handed_over_to_a_colleague(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Ringede til Arla Foods Greve, kontaktperson Hanne Berg (HR). Ja til en arbejdspladsbog­reol. "
        f"<@{CARL}> ringer til hende fredag kl. 10.",
    )
    c.log(ANNA, "Ringede til Greve Kommune Jobcenter, Jens er interesseret i bogkasser. Ringer igen tirsdag.")
    c.log(CARL, "Ringede til Arla Foods Greve, Hanne bekræfter på mail at de vil have reolen", day=4)
    c.log(CARL, "Arla Foods Greve sender navnene på arbejdsgruppen inden fredag", day=4, hour=11)
    c.log(DORTE, "Ringede til Greve Kommune Jobcenter, Jens siger ja. Sender opsummerende mail i dag.", day=1)
    c.no_duplicates()
    assert c.open("Arla Foods Greve") == [("other", CARL, True)] or c.open("Arla Foods Greve") == [
        ("email", CARL, True)
    ]
    assert [p[3] for p in c.pledges("Arla Foods Greve")] == ["confirmed_email"]
    assert [p[3] for p in c.pledges("Greve Kommune Jobcenter")] == ["verbal"]


def test_an_unclear_update_asks_and_never_duplicates(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Lions Club Greve, de giver 5.000 kr. til præmier i Læs for mig")
    c.log(ANNA, "Ringede til Lions Club Greve igen, de giver også 10.000 kr. til forfatterbesøg", day=2)
    c.log(CARL, "Lions Club Greve bekræfter på mail", day=4)
    c.log(CARL, "Lions Club Greve bekræfter alle aftalerne skriftligt", day=5)
    c.log(ANNA, "Lions Club Greve har overført de 5.000 kr.", day=9)
    c.no_duplicates()
    assert c.pledges("Lions Club Greve") == [
        ("money", 5000, None, "delivered", None),
        ("money", 10000, None, "confirmed_email", None),
    ]
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (15000, 15000, 5000)


def test_the_campaign_named_in_the_text_links_the_partner_and_totals_are_exact(session, ws) -> None:
    c = Campaign(session, ws, goal=100_000)
    create_campaign(session, ws=ws, name="Sommerbogen", goal_dkk=20_000)
    c.log(ANNA, "Ringede til Greve Rotary Klub, formand Poul Skov: 10.000 kr. til Læs for mig")
    c.log(ANNA, "Ringede til Greve Lokalavis, de giver gratis annonce til Sommerbogen")
    c.log(CARL, "Ringede til Greve Rotary Klub, Poul bekræfter de 10.000 kr. skriftligt", day=3)
    c.log(CARL, "Ringede til Tryg Fonden om Læs for mig: 50.000 kr. hvis ansøgningen er inde inden 1. januar", day=4)
    c.log(DORTE, "Greve Rotary Klub har overført 10.000 kr.", day=12)
    c.no_duplicates()
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk, t.asked_dkk) == (10000, 10000, 10000, 50000)
    assert c.pledges("Greve Rotary Klub") == [("money", 10000, None, "delivered", None)]


def test_lowercase_and_misspelt_names_find_the_partner(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Lars Jensen hos Danske Bank Greve. De giver 20.000 kr. til Læs for mig.")
    c.log(CARL, "ringede til danske bank greve igen, lars bekræfter på mail", day=2)
    c.log(CARL, "danske bnak greve: logo og navn må gerne bruges", day=3)
    c.log(DORTE, "Danske Bank greve - pengene er modtaget", day=8)
    c.log(DORTE, "Ringede til Brugsen Karlslunde, de giver kaffe til læsecaféen", day=8)
    c.no_duplicates()
    assert len(c.partners()) == 2
    assert c.pledges("Danske Bank Greve") == [("money", 20000, None, "delivered", None)]
    assert c.partner("Danske Bank Greve").publicity is Publicity.PUBLIC


def test_undo_puts_an_updated_agreement_back_and_restore_does_it_again(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Danske Bank Greve, de giver 25.000 kr. til Læs for mig")
    c.log(
        ANNA,
        "Fra: lars@danskebank.dk\nEmne: Aftale\n\nVi bekræfter de 25.000 kr.\n\nMvh Lars Jensen, Danske Bank Greve",
        day=2,
    )
    confirm = c.log(CARL, "Danske Bank Greve har overført de 25.000 kr.", day=9)
    card = logbook.load_card(session, ws=ws, interaction_id=confirm.interaction_id)
    assert [(ch.status_before, ch.status_after, ch.amount_after) for ch in card.changes] == [
        ("confirmed_email", "delivered", 25000)
    ]
    assert card.pledges == ()  # nothing new was created
    assert edit.undo(session, ws=ws, interaction_id=confirm.interaction_id)
    assert c.pledges("Danske Bank Greve") == [("money", 25000, None, "confirmed_email", None)]
    assert edit.restore(session, ws=ws, interaction_id=confirm.interaction_id)
    assert c.pledges("Danske Bank Greve") == [("money", 25000, None, "delivered", None)]


def test_an_unclear_update_is_resolved_by_the_users_choice(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Lions Club Greve, de giver 5.000 kr. til præmier i Læs for mig")
    c.log(ANNA, "Ringede til Lions Club Greve igen, de giver også 10.000 kr. til forfatterbesøg", day=2)
    unclear = c.log(CARL, "Lions Club Greve bekræfter på mail", day=4)
    card = logbook.load_card(session, ws=ws, interaction_id=unclear.interaction_id)
    (candidates,) = card.unclear
    assert sorted(x.amount_after for x in candidates) == [5000, 10000] and card.changes == ()
    ten = next(x.pledge_id for x in candidates if x.amount_after == 10000)
    from bot.domain import story
    from storage.interactions import get_interaction

    interaction = get_interaction(session, ws=ws, interaction_id=unclear.interaction_id)
    assert story.resolve_unclear(session, ws=ws, interaction=interaction, pledge_id=ten)
    assert c.pledges("Lions Club Greve") == [
        ("money", 5000, None, "verbal", None),
        ("money", 10000, None, "confirmed_email", None),
    ]
    assert logbook.load_card(session, ws=ws, interaction_id=unclear.interaction_id).unclear == ()
    # The same choice twice changes nothing more.
    assert not story.resolve_unclear(session, ws=ws, interaction=interaction, pledge_id=ten)


def test_a_log_about_a_partner_with_missing_permissions_warns(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Møde med FOA Greve: vi skal have lov fra SOF og SUF først, før vi går til plejehjemmene.")
    later = c.log(CARL, "Ringede til FOA Greve om bogkasserne, Bente vender tilbage", day=2)
    card = logbook.load_card(session, ws=ws, interaction_id=later.interaction_id)
    assert sorted(card.missing_permissions) == ["SOF", "SUF"]
    c.log(ANNA, "SOF og SUF har givet lov til FOA Greve", day=5)
    last = c.log(CARL, "Ringede til FOA Greve, vi starter i januar", day=6)
    assert logbook.load_card(session, ws=ws, interaction_id=last.interaction_id).missing_permissions == ()


def test_fuzzy_partner_finds_known_names_in_any_case_and_with_typos_but_not_other_partners() -> None:
    from bot.domain.story import fuzzy_partner
    from storage.story import KnownName

    names = [
        KnownName(1, "Danske Bank Greve", "danske bank greve"),
        KnownName(2, "Brio Danmark", "brio danmark"),
        KnownName(3, "Netto Greve", "netto greve"),
        KnownName(4, "Netto Køge", "netto koege"),
    ]

    def found(text: str, whole: bool = False) -> int | None:
        hit = fuzzy_partner(names, text, whole=whole)
        return hit.partner_id if hit else None

    assert found("ringede til danske bank greve i dag") == 1
    assert found("danske bnak har overført pengene") == 1
    assert found("Danske Bakn Greve") == 1
    assert found("brio danmrak leverer fredag") == 2
    assert found("netto greeve siger ja") == 3
    assert found("netto siger ja") is None  # two Nettos: ask, do not guess
    assert found("Danske Bank Køge", whole=True) is None  # another branch is another partner
    assert found("Danske Spil", whole=True) is None
    assert found("ring til Lars i morgen") is None
    # A line that opens with a partner's distinctive first word names it; inside the text it does not.
    names.append(KnownName(5, "Nordea Roskilde", "nordea roskilde"))
    assert found("nordea: the money has been transferred") == 5
    assert found("Nordea siger ja til 10.000") == 5
    assert found("mødtes med nogen fra nordea i går") is None
    assert found("netto: de siger ja") is None  # still two Nettos
    assert found("brio: bamserne er sendt") is None  # a short first word is too weak alone
    assert found("nordea", whole=True) is None
    # A shortened word beside the rest of the name ("Danske Bk Greve"); shortenings alone name nothing.
    assert found("Danske Bk Greve: 25k rcvd") == 1
    assert found("danske bk greve", whole=True) == 1
    assert found("db greve ringede") is None
    assert found("Netto Gr siger ja") == 3  # of the two Nettos, only Greve has a g and an r


def test_partner_promises_are_shown_apart_in_due_lists_and_digests(session, ws) -> None:
    from bot.domain.digest import Recipient, build_digests
    from bot.domain.overview.due import due_overview

    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Brio Danmark. De sender logo-filen i morgen. Jeg ringer til dem torsdag.")
    now = START + timedelta(days=1, hours=-1)
    due = due_overview(session, ws=ws, owner_user_id=ANNA, now=now, tz=TZ)
    assert [i.followup.action.value for i in due.theirs] == ["email"]
    assert [i.followup.by_partner for i in due.items() if i.bucket != "theirs"] == [False]
    digest = build_digests(session, ws=ws, recipients=[Recipient(ANNA, "da", TZ)], now=now)[ANNA]
    assert len(digest.theirs) == 1 and not [
        i for i in digest.today + digest.overdue if i.followup_id == digest.theirs[0].followup_id
    ]


def test_an_english_sponsor_promises_the_contract_and_it_arrives(session, ws) -> None:
    c = Campaign(session, ws, name="Read for Me", goal=60_000)
    c.log(
        BEN,
        "Called Emma Clark, CEO at Nordic Print Ltd. Yes to 12,000 DKK for Read for Me. They'll send the contract next week.",
    )
    c.log(BEN, "Sent the summary e-mail to Nordic Print Ltd.", hour=15)
    c.log(CARL, "Called Nordic Print Ltd, no answer", day=3)
    c.log(BEN, "Received the signed contract from Nordic Print Ltd", day=6)
    c.log(BEN, "Nordic Print Ltd: happy to be named on the posters and the website", day=7)
    c.log(CARL, "Nordic Print Ltd paid the 12,000 DKK", day=14)
    c.no_duplicates()
    assert c.pledges("Nordic Print Ltd") == [("money", 12000, None, "delivered", None)]
    assert [f for f in c.open("Nordic Print Ltd") if f[2]] == []  # the contract came
    assert c.partner("Nordic Print Ltd").publicity is Publicity.PUBLIC
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (12000, 12000, 12000)


def test_two_organisations_in_english_lines_go_where_they_belong(session, ws) -> None:
    c = Campaign(session, ws, name="Read for Me", goal=None)
    c.log(BEN, "Called Brio Denmark about teddy bears for Read for Me. They give 180 bears, worth about 9,000 DKK.")
    c.log(BEN, "Called Bog & Idé Greve: they can't give books, but suggest Thiemers. Call Thiemers tomorrow.", day=1)
    c.log(CARL, "DHL ships Brio's 180 bears on Friday", day=2)
    c.log(CARL, "Called Thiemers, they give 25 books for Read for Me", day=2, hour=14)
    c.log(BEN, "The bears from Brio Denmark have arrived", day=6)
    c.no_duplicates()
    assert c.pledges("Brio Denmark") == [("products", None, 180, "delivered", 9000)]
    assert c.pledges("Thiemers") == [("books", None, 25, "verbal", None)]
    assert c.partner("Bog & Idé Greve").stage.value == "declined"
    t = c.totals()
    assert (t.pledged_dkk, t.in_kind_dkk) == (0, 9000)
    assert not [p for p in c.partners() if p.name == "DHL" and pledges_of(session, ws=ws, partner_id=p.id)]


def test_a_shy_sponsor_changes_their_mind_about_publicity(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Greve Tømrerfirma ApS, ejer Jens Holm giver 3.000 kr. til Læs for mig. Vil ikke nævnes.")
    c.log(CARL, "Greve Tømrerfirma ApS bekræfter de 3.000 kr. på mail", day=2)
    c.log(ANNA, "Ringede til Greve Tømrerfirma ApS om plakaten – stadig ingen omtale", day=5)
    c.log(ANNA, "Jens fra Greve Tømrerfirma ApS ringede: de må gerne nævnes på plakaten alligevel", day=9)
    c.log(CARL, "Greve Tømrerfirma ApS har betalt de 3.000 kr.", day=12)
    c.no_duplicates()
    assert c.partner("Greve Tømrerfirma ApS").publicity is Publicity.PUBLIC
    assert c.pledges("Greve Tømrerfirma ApS") == [("money", 3000, None, "delivered", None)]


def test_items_named_as_an_unknown_organisations_go_to_a_new_partner_of_that_name(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til GLS Greve, de kører gratis for os")
    c.log(ANNA, "GLS Greve henter Legetøjshusets 60 bamser fredag", day=1)
    c.log(CARL, "Ringede til Legetøjshuset, ejeren bekræfter de 60 bamser på mail", day=2)
    c.log(CARL, "GLS Greve har leveret Legetøjshusets 60 bamser til biblioteket", day=5)
    c.log(ANNA, "Legetøjshuset må gerne nævnes på plakaten", day=6)
    c.no_duplicates()
    assert [p[2] for p in c.pledges("GLS Greve") if p[2]] == []
    assert c.pledges("Legetøjshuset") == [("products", None, 60, "delivered", None)]
    assert c.partner("Legetøjshuset").publicity is Publicity.PUBLIC


def test_a_delivery_note_that_names_only_the_things_finds_whose_they_are(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Møde med Pia fra Fætter BR: de giver 180 bamser (værdi ca. 9.000 kr.) til Læs for mig.")
    c.log(ANNA, "Gyldendal sender 40 bøger til læseklubben.")
    saved = c.log(DORTE, "Kureren kom med bamserne i dag, alle 180.", day=6)
    assert saved.partner_id == c.partner("Fætter BR").id
    assert c.pledges("Fætter BR") == [("products", None, 180, "delivered", 9000)]
    assert c.pledges("Gyldendal")[0][3] != "delivered"  # the books are still awaited
    c.no_duplicates()
    t = c.totals()
    assert (t.in_kind_dkk, t.in_kind_delivered_dkk) == (9000, 9000)


def test_a_delivery_note_whose_things_two_partners_pledged_asks_which(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Brio Danmark giver 100 bamser til Læs for mig.")
    c.log(BEN, "Fætter BR giver 80 bamser til Læs for mig.")
    saved = c.log(DORTE, "The teddy bears arrived today.", day=3)
    saved = c.log(DORTE, "Bamserne er kommet i dag.", day=3)
    assert saved.partner_id is None and saved.decision.outcome == "ambiguous"
    assert {cand.name for cand in saved.decision.candidates} == {"Brio Danmark", "Fætter BR"}
    assert all(row[3] != "delivered" for name in ("Brio Danmark", "Fætter BR") for row in c.pledges(name))
    nothing = c.log(DORTE, "Pakken med plakater er kommet.", day=3)  # nobody pledged posters
    assert nothing.partner_id is None and nothing.decision.outcome == "missing"


def test_money_arriving_does_not_close_the_signed_agreement_they_promised(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Spoke with Emma Clarke at Nordea Roskilde. They'll give DKK 15,000 for Læs for mig.")
    c.log(
        ANNA, "Emma from Nordea Roskilde confirmed the 15k by email. She'll send the signed agreement by Friday.", day=1
    )
    c.log(BEN, "Nordea Roskilde: the money has been transferred", day=2)
    assert c.pledges("Nordea Roskilde") == [("money", 15000, None, "delivered", None)]
    assert [(action, by_partner) for action, _, by_partner in c.open("Nordea Roskilde")] == [("contract", True)]
    c.log(BEN, "The signed agreement from Nordea Roskilde has arrived", day=3)
    assert c.open("Nordea Roskilde") == []


# ----- things matched by the whole word, not by a shared prefix ------------------------------------
# Danish compounds that share a first part (læsebamser, læselamper, læsepuder) are different things;
# a delivery note is matched on the whole word, its inflection removed, or on the compound's head.


def test_a_delivery_note_goes_to_the_partner_awaiting_that_compound_and_no_other(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Lampehuset giver 20 læselamper til Læs for mig.")
    c.log(BEN, "Bamsefabrikken giver 100 læsebamser til Læs for mig.")
    saved = c.log(DORTE, "Læselamperne er kommet i dag.", day=3)
    assert saved.partner_id == c.partner("Lampehuset").id
    assert c.pledges("Lampehuset") == [("products", None, 20, "delivered", None)]
    assert c.pledges("Bamsefabrikken") == [("products", None, 100, "verbal", None)]
    c.no_duplicates()


def test_the_head_of_a_compound_finds_the_partner_awaiting_the_compound(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Lampehuset giver 20 læselamper til Læs for mig.")
    c.log(BEN, "Bamsefabrikken giver 100 læsebamser til Læs for mig.")
    saved = c.log(DORTE, "bamserne kom i dag", day=3)
    assert saved.partner_id == c.partner("Bamsefabrikken").id
    assert c.pledges("Bamsefabrikken") == [("products", None, 100, "delivered", None)]
    assert c.pledges("Lampehuset") == [("products", None, 20, "verbal", None)]


def test_the_whole_word_fits_better_than_the_head_of_a_compound(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Fætter BR giver 80 bamser til Læs for mig.")
    c.log(BEN, "Bamsefabrikken giver 100 læsebamser til Læs for mig.")
    first = c.log(DORTE, "Bamserne er kommet i dag.", day=3)
    assert first.partner_id == c.partner("Fætter BR").id
    second = c.log(DORTE, "Læsebamserne er kommet i dag.", day=4)
    assert second.partner_id == c.partner("Bamsefabrikken").id
    assert c.pledges("Fætter BR") == [("products", None, 80, "delivered", None)]
    assert c.pledges("Bamsefabrikken") == [("products", None, 100, "delivered", None)]


def test_english_plural_and_definite_forms_name_the_thing_and_not_a_longer_word(session, ws) -> None:
    c = Campaign(session, ws, name="Read for Me", goal=None)
    c.log(BEN, "Called Tiger Greve: they give 200 bookmarks for Read for Me.")
    c.log(BEN, "Called Gyldendal: they give 40 books for Read for Me.")
    c.log(BEN, "Called Nordic Pillow: they give 30 reading cushions for Read for Me.")
    books = c.log(CARL, "The books have arrived.", day=3)
    assert books.partner_id == c.partner("Gyldendal").id
    assert c.pledges("Gyldendal") == [("books", None, 40, "delivered", None)]
    assert c.pledges("Tiger Greve") == [("products", None, 200, "verbal", None)]
    cushion = c.log(CARL, "The reading cushion arrived today.", day=4)
    assert cushion.partner_id == c.partner("Nordic Pillow").id
    bookmarks = c.log(CARL, "The bookmarks arrived today.", day=5)
    assert bookmarks.partner_id == c.partner("Tiger Greve").id
    assert c.pledges("Tiger Greve") == [("products", None, 200, "delivered", None)]


def test_a_delivery_of_one_of_a_partners_compound_things_closes_only_that_one(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Brio Danmark giver 100 læsebamser og 20 læselamper til Læs for mig.")
    c.log(ANNA, "Legetøjshuset giver 30 læsepuder og 12 læselamper til Læs for mig.")
    lamps = c.log(DORTE, "Læselamperne fra Brio Danmark er kommet", day=3)
    assert c.pledges("Brio Danmark") == [
        ("products", None, 20, "delivered", None),
        ("products", None, 100, "verbal", None),
    ]
    assert logbook.load_card(session, ws=ws, interaction_id=lamps.interaction_id).unclear == ()
    counted = c.log(DORTE, "De 30 læsepuder fra Legetøjshuset er kommet", day=3)
    assert c.pledges("Legetøjshuset") == [
        ("products", None, 12, "verbal", None),
        ("products", None, 30, "delivered", None),
    ]
    assert logbook.load_card(session, ws=ws, interaction_id=counted.interaction_id).unclear == ()
    c.log(DORTE, "Brio Danmark: læsebamserne er leveret", day=4)
    assert [row[3] for row in c.pledges("Brio Danmark")] == ["delivered", "delivered"]
    c.no_duplicates()


def test_the_matching_key_of_a_thing_removes_danish_and_english_inflection() -> None:
    from bot.domain.story import thing_key as key

    assert {key(w) for w in ("bamse", "bamsen", "bamser", "bamserne")} == {key("bamse")}
    assert {key(w) for w in ("læselampe", "læselamperne", "Læselamper")} == {key("læselamper")}
    assert key("bog") == key("bøger") == key("bøgerne") == key("bogen")
    assert key("book") == key("books") and key("box") == key("boxes") and key("ticket") == key("tickets")
    assert key("gavekort") == key("gavekortene") and key("sækkestole") == key("sækkestolene")
    assert key("læselamper") != key("læsebamser") != key("læsepuder")
    assert {key(w) for w in ("oplæser", "oplæseren", "oplæsere", "oplæserne")} == {key("oplæsere")}
    assert key("bookmarks") != key("books")


def test_the_signed_paperwork_puts_it_in_writing_and_the_money_delivers_it(session, ws) -> None:
    """A sponsor's papers arriving is the writing, not the money; a campaign named like a person is no contact."""
    c = Campaign(session, ws, name="Summer Reading", goal=50_000)
    c.log(
        BEN,
        "mtg w/ Tom Ashby (head of community, Halifax Bank Leeds) - they'll put in 20,000 DKK for Summer Reading. "
        "he sends the paperwork by fri",
    )
    c.log(BEN, "halifax leeds: paperwork arrived today, signed", day=3)
    assert c.pledges("Halifax Bank Leeds") == [("money", 20000, None, "contract_signed", None)]
    assert c.open("Halifax Bank Leeds") == []  # their promise (the paperwork) kept
    c.log(ANNA, "Halifax Bank Leeds transferred the money today", day=10)
    c.no_duplicates()
    assert c.pledges("Halifax Bank Leeds") == [("money", 20000, None, "delivered", None)]
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (20000, 20000, 20000)
    people = [contact.name for contact in contacts_of(session, ws=ws, partner_id=c.partner("Halifax Bank Leeds").id)]
    assert people == ["Tom Ashby"]


def test_a_grantors_yes_is_news_for_the_partner_waiting_for_it_and_no_agreement(session, ws) -> None:
    """The seed's FOA story as people type it: the permissions come in one by one, in lines that
    name only the department; each belongs to FOA, and none is an agreement with SOF or SUF."""
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Møde m. Jette Holm hos FOA Greve - de vil gerne dele læsefoldere ud på plejehjemmene, "
        "men skal først have ok fra SOF og SUF. Jette vender tilbage inden jul",
    )
    assert sorted(c.awaited("FOA Greve")) == ["SOF", "SUF"]
    assert c.open("FOA Greve") == [("other", ANNA, True)]  # Jette's answer, waited for
    saved = c.log(ANNA, "SOF har sagt god for plejehjemmene", day=2)
    assert saved.partner_id == c.partner("FOA Greve").id
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert card.permissions_answered == (("SOF", "granted"),) and card.missing_permissions == ("SUF",)
    c.log(CARL, "mail fra Jette: SUF siger også ja. vi sender 200 foldere mandag", day=5)
    c.no_duplicates()
    assert c.awaited("FOA Greve") == []
    assert c.pledges("SOF") == [] and c.pledges("SUF") == []
    assert [p[3] for p in c.pledges("FOA Greve")] == ["proposed"]  # the union's own answer is still to come


def test_a_promised_confirmation_leaves_it_verbal_until_the_email_comes(session, ws) -> None:
    c = Campaign(session, ws, name=None)
    c.log(
        BEN,
        "called Penguin Random House UK - spoke w/ Sarah O'Neill. they can't do cash this year but offered "
        "100 signed paperbacks for the summer challenge. she'll confirm by email next tue",
    )
    assert [p[3] for p in c.pledges("Penguin Random House UK")] == ["verbal"]
    c.log(BEN, "Sarah from Penguin emailed: 100 paperbacks confirmed, delivery w/c 14 Dec", day=2)
    c.no_duplicates()
    assert [p[3] for p in c.pledges("Penguin Random House UK")] == ["confirmed_email"]


def test_an_amount_in_another_currency_changes_in_place_and_undo_puts_it_back(session, ws) -> None:
    c = Campaign(session, ws, name=None)
    c.log(BEN, "call w/ Halifax Bank Leeds: they pledge £2,000 for the summer reading")
    c.log(BEN, "Halifax Bank Leeds gives 5.000 kr. to the prizes too", day=1)
    changed = c.log(BEN, "Halifax Bank Leeds now gives £3,000 instead of £2,000", day=2)
    c.no_duplicates()
    whats = sorted(p.what or "" for p in pledges_of(session, ws=ws, partner_id=c.partner("Halifax Bank Leeds").id))
    assert whats == ["", "GBP 3000"]  # the pounds changed in place; the kroner untouched
    assert c.totals().other_currencies == {"GBP": (3000, 0, 0)}
    card = logbook.load_card(session, ws=ws, interaction_id=changed.interaction_id)
    assert [(ch.what_before, ch.what) for ch in card.changes] == [("GBP 2000", "GBP 3000")]
    assert edit.undo(session, ws=ws, interaction_id=changed.interaction_id)
    assert c.totals().other_currencies == {"GBP": (2000, 0, 0)}
    assert edit.restore(session, ws=ws, interaction_id=changed.interaction_id)
    assert c.totals().other_currencies == {"GBP": (3000, 0, 0)}


def test_two_unions_waiting_for_one_department_are_asked_about_and_the_department_gets_no_log(session, ws) -> None:
    """Known partners in the text: 'lov fra SOF' names SOF as the one to ask, not as the partner."""
    c = Campaign(session, ws)
    c.log(ANNA, "Møde med FOA Greve om læsefoldere på plejehjemmene. De skal have lov fra SOF først.")
    c.log(ANNA, "Møde med BUPL Greve om bogkasser i børnehaverne. De skal have lov fra SOF først.", day=1)
    assert c.awaited("FOA Greve") == ["SOF"] and c.awaited("BUPL Greve") == ["SOF"]
    assert c.pledges("SOF") == []
    saved = c.log(CARL, "SOF har sagt god for", day=3)
    assert saved.partner_id is None and saved.decision.outcome == "ambiguous"
    assert sorted(candidate.name for candidate in saved.decision.candidates) == ["BUPL Greve", "FOA Greve"]
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert card is not None and card.grant
    # The card asks whose permission it is, in the user's language, and offers no new partner "SOF".
    for lang in ("da", "en"):
        [question, buttons] = _partner_choice(card, lang)
        assert "SOF" in question["text"]["text"]
        assert sorted(e["text"]["text"] for e in buttons["elements"]) == ["BUPL Greve", "FOA Greve"]
    c.no_duplicates()


def test_a_delivery_note_that_names_each_of_several_things_moves_each_of_them(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Mødtes med Pia fra Føtex Holbæk. Hun kan give 40 sodavand og 10 gavekort à 100 kr til børneklubben.")
    c.log(ANNA, "Føtex Holbæk giver også 5 kager", day=1)
    both = c.log(DORTE, "Føtex Holbæk har leveret sodavandene og gavekortene", day=3)
    assert logbook.load_card(session, ws=ws, interaction_id=both.interaction_id).unclear == ()
    assert sorted(row[2:] for row in c.pledges("Føtex Holbæk")) == [
        (5, "verbal", None),
        (10, "delivered", 1000),
        (40, "delivered", None),
    ]
    c.log(ANNA, "Biblioteksbutikken giver 10 gavekort til Læs for mig")
    c.log(ANNA, "Biblioteksbutikken giver 20 gavekort mere", day=1)
    unclear = c.log(DORTE, "Biblioteksbutikken: gavekortene er kommet", day=3)
    assert len(logbook.load_card(session, ws=ws, interaction_id=unclear.interaction_id).unclear) == 1
    c.no_duplicates()


def test_a_thing_in_the_partners_own_name_is_not_named_by_the_name(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Met Tom Baker, owner of Baker's Books, St Albans. He pledged 30 books and 5,000 DKK.")
    c.log(ANNA, "Tom at Baker's Books confirmed the 5,000 DKK by email", day=1)
    assert c.pledges("Baker's Books") == [
        ("books", None, 30, "verbal", None),
        ("money", 5000, None, "confirmed_email", None),
    ]
    c.log(ANNA, "Baker's Books: the books are confirmed in writing too", day=2)
    assert [row[3] for row in c.pledges("Baker's Books")] == ["confirmed_email", "confirmed_email"]
    c.no_duplicates()


def test_the_partner_sending_what_they_promised_closes_the_wait(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Tlf m. Birthe Lund, formand for Ældre Sagen Ishøj. De stiller med 4 frivillige til højtlæsning. "
        "Hun vender tilbage med datoer inden fredag.",
    )
    assert c.open("Ældre Sagen Ishøj") == [("other", ANNA, True)]
    c.log(ANNA, "Jeg har sendt mailen til Ældre Sagen Ishøj", day=1)
    assert c.open("Ældre Sagen Ishøj") == [("other", ANNA, True)]
    c.log(CARL, "Ældre Sagen Ishøj har sendt datoerne", day=2)
    assert c.open("Ældre Sagen Ishøj") == []


def test_a_partial_yes_declines_the_refused_ask_and_agrees_to_the_other(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Ringede til Netto Vallensbæk – butikschefen Kim sagde nej tak til sponsorat i år, "
        "men vi må gerne hænge plakater op.",
    )
    assert c.pledges("Netto Vallensbæk") == [
        ("money", None, None, "declined", None),
        ("other", None, None, "verbal", None),
    ]
    c.log(ANNA, "They declined the money but offered the room for free. Waterstones Leeds", day=1)
    assert c.pledges("Waterstones Leeds") == [
        ("money", None, None, "declined", None),
        ("other", None, None, "verbal", None),
    ]
    c.log(ANNA, "Mail fra Kim i Netto Vallensbæk: de kan alligevel give 2.000 kr. til præmier", day=2)
    assert ("money", 2000, None, "confirmed_email", None) in c.pledges("Netto Vallensbæk")  # their own e-mail
    t = pledge_totals(pledges_of(session, ws=ws, partner_id=c.partner("Netto Vallensbæk").id))
    assert (t.pledged_dkk, t.in_writing_dkk) == (2000, 2000)
    c.no_duplicates()


def test_a_known_person_named_in_full_says_which_partner_a_log_is_about(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Sanne Holm, erhvervsrådgiver i Lokalbanken. Hun vil tale med ledelsen om 5.000 kr.")
    c.log(ANNA, "Talte med Lars Berg fra Brugsen Ishøj om præmier")
    c.log(ANNA, "Talte med Lars Berg hos Lions Ishøj om foredrag")
    yes = c.log(CARL, "sanne holm ringede: ja til de 5.000 kr.", day=2)
    assert yes.partner_id == c.partner("Lokalbanken").id
    assert c.pledges("Lokalbanken") == [("money", 5000, None, "verbal", None)]
    two = c.log(CARL, "Lars Berg ringede tilbage, de er med", day=2)
    first_name = c.log(CARL, "Sanne ringede, hun er syg", day=3)
    assert two.partner_id is None and first_name.partner_id is None
    c.no_duplicates()


def test_readers_are_time_and_withdrawing_them_leaves_the_money_and_the_stage(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Mødtes med Jens fra Lions Club Køge: de giver 8.000 kr til Læs for mig og 2 oplæsere")
    assert c.pledges("Lions Club Køge") == [("money", 8000, None, "verbal", None), ("time", None, 2, "verbal", None)]
    changed = c.log(ANNA, "Lions Club Køge vil hellere give 6.000 kr end 8.000", day=1)
    assert logbook.load_card(session, ws=ws, interaction_id=changed.interaction_id).unclear == ()
    c.log(ANNA, "Lions Club Køge trækker oplæserne tilbage, men pengene står ved magt", day=2)
    assert c.pledges("Lions Club Køge") == [("money", 6000, None, "verbal", None), ("time", None, 2, "cancelled", None)]
    assert c.partner("Lions Club Køge").stage.value == "agreed_verbally"
    assert c.totals().pledged_dkk == 6000
    c.log(ANNA, "Lions Club Køge trækker sig helt", day=3)
    assert c.partner("Lions Club Køge").stage.value == "declined"
    assert c.totals().pledged_dkk == 0
    c.no_duplicates()


def test_a_payment_smaller_than_the_one_agreement_is_part_of_it_and_the_rest_follows(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Mette Holm, Jyske Bank Køge. De giver 25.000 kr. til Læs for mig.")
    c.log(ANNA, "Jyske Bank Køge har sendt en bekræftelse på mail", day=1)
    assert c.pledges("Jyske Bank Køge") == [("money", 25000, None, "confirmed_email", None)]
    part = c.log(CARL, "Jyske Bank Køge har overført 10.000 kr. – resten kommer i januar", day=5)
    assert logbook.load_card(session, ws=ws, interaction_id=part.interaction_id).unclear == ()
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (25000, 25000, 10000)
    c.log(CARL, "Resten af pengene fra Jyske Bank Køge er kommet", day=40)
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (25000, 25000, 25000)
    c.log(ANNA, "Brio Danmark giver 50 læsebamser til Læs for mig")
    c.log(DORTE, "De første 20 læsebamser fra Brio Danmark er kommet", day=3)
    assert c.pledges("Brio Danmark") == [
        ("products", None, 20, "delivered", None),
        ("products", None, 30, "verbal", None),
    ]
    c.no_duplicates()


def test_an_english_sponsor_signs_bumps_up_and_pays_and_a_bakery_cant_after_all(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Call with Sarah Okafor, marketing lead at Halifax Leeds. They'll put £1,500 toward Læs for mig.")
    c.log(ANNA, "Halifax Leeds sent over the signed agreement for the £1,500", day=2)
    assert [row[3] for row in c.pledges("Halifax Leeds")] == ["contract_signed"]
    c.log(ANNA, "Call w/ Greggs Leeds (Joe, store mgr) – yes to 50 sausage rolls for Læs for mig, but no cash.")
    c.log(BEN, "Greggs Leeds can't do the sausage rolls after all, sorry", day=3)
    assert c.pledges("Greggs Leeds") == [("products", None, 50, "cancelled", None)]
    c.log(BEN, "Greggs Leeds: the sausage rolls haven't arrived yet", day=4)
    assert c.pledges("Greggs Leeds") == [("products", None, 50, "cancelled", None)]
    c.no_duplicates()


def test_half_of_the_things_or_the_money_is_part_of_it(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Ringede til Brio Danmark: de giver 100 læsebamser og 10.000 kr. til Læs for mig")
    c.log(DORTE, "Brio Danmark har leveret halvdelen af bamserne", day=2)
    c.log(DORTE, "Halvdelen af pengene fra Brio Danmark er gået ind på kontoen", day=3)
    assert c.pledges("Brio Danmark") == [
        ("money", 5000, None, "delivered", None),
        ("money", 5000, None, "verbal", None),
        ("products", None, 50, "delivered", None),
        ("products", None, 50, "verbal", None),
    ]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk) == (10000, 5000)
    c.log(DORTE, "Brio Danmark har betalt resten", day=9)
    assert c.totals().delivered_dkk == 10000
    c.no_duplicates()


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        # Raised with the verb in the present ("bumps it to"), then confirmed at the new figure.
        (
            [
                "Salling Køge giver 8.000 kr. til Læs for mig",
                "Salling Køge: Pia bumps it to 12k",
                "Salling Køge bekr. 12.000 kr. pr mail",
            ],
            [("money", 12000, None, "confirmed_email", None)],
        ),
        # Part paid in "k" shorthand beside the rest to come splits the agreement.
        (
            [
                "Salling Køge giver 9.000 kr. til Læs for mig",
                "salling køge: 3k pd, the other 6k in January",
            ],
            [("money", 3000, None, "delivered", None), ("money", 6000, None, "verbal", None)],
        ),
        # One thing cancelled, the advice said to continue by its kind alone.
        (
            [
                "Mødtes med Salling Køge: de giver rådgivning om fundraising og en stand på deres julemarked",
                "Salling Køge: standen er aflyst af dem, men rådgivningen fortsætter",
            ],
            [("advice", None, None, "verbal", None), ("other", None, None, "cancelled", None)],
        ),
        # What came stays delivered when the partner cancels the rest.
        (
            [
                "Salling Køge giver 60 madpakker til Læs for mig",
                "De første 20 madpakker fra Salling Køge er kommet",
                "Salling Køge aflyser resten af madpakkerne, leverandøren svigtede",
            ],
            [("products", None, 20, "delivered", None), ("products", None, 40, "cancelled", None)],
        ),
        # The figure it comes to ("det bliver 7.000 kr.") after the board met is a change, confirmed at that figure.
        (
            [
                "Salling Køge giver 9.000 kr. til Læs for mig",
                "Salling Køge: Pia har talt med ledelsen, det bliver 7.000 kr.",
                "Salling Køge bekr. de 7.000 kr. pr mail",
            ],
            [("money", 7000, None, "confirmed_email", None)],
        ),
        # Stretched to a higher figure, confirmed by letter, paid in shorthand.
        (
            [
                "Meeting with Salling Køge: yes to 6,000 DKK for Læs for mig",
                "Salling Køge: they stretch to 8,000 DKK",
                "Letter from Salling Køge confirming the 8,000 DKK",
                "Salling Køge pd the 8,000 DKK in full",
            ],
            [("money", 8000, None, "delivered", None)],
        ),
        # Volunteers counted are no items, but the agreement of time keeps their number, also when it is signed.
        (
            [
                "Salling Køge giver 5.000 kr. og 4 frivillige medarbejdere til Læs for mig",
                "Kontrakt underskrevet med Salling Køge om de 5.000 kr. og de 4 frivillige",
            ],
            [("money", 5000, None, "contract_signed", None), ("time", None, 4, "contract_signed", None)],
        ),
        # Something lent before the amount is an agreement of its own; the prizes the money buys are not.
        (
            ["Mødtes med Salling Køge: de låner os deres telt til markedet og giver 3.000 kr. til præmier"],
            [("money", 3000, None, "verbal", None), ("other", None, None, "verbal", None)],
        ),
        # Things for a purpose and then an amount: the purpose (prizes) is no agreement of its own.
        (
            ["Call with Salling Køge: they'll sponsor 40 paperbacks for the prize table and 2,000 DKK"],
            [("money", 2000, None, "verbal", None), ("books", None, 40, "verbal", None)],
        ),
        # A figure against the old one without "kr.", then the signature said in Danish.
        (
            [
                "Salling Køge giver 9.000 kr. til Læs for mig",
                "Salling Køge vil hellere give 7.000 end 9.000",
                "Butikschefen i salling køge har skrevet under på aftalen om de 7.000 kr.",
            ],
            [("money", 7000, None, "contract_signed", None)],
        ),
        # One thing withdrawn by a definite noun, the money said to stand.
        (
            [
                "Salling Køge giver 9.000 kr. og 40 plakater til Læs for mig",
                "Salling Køge trækker plakaterne, men pengene står",
            ],
            [("money", 9000, None, "verbal", None), ("products", None, 40, "cancelled", None)],
        ),
        # A refusal naming nothing we know, what stands named by its amount.
        (
            [
                "Salling Køge giver 9.000 kr. og 40 sækkestole til Læs for mig",
                "Salling Køge withdraws the bean bags, but the 9,000 DKK stands",
            ],
            [("money", 9000, None, "verbal", None), ("products", None, 40, "cancelled", None)],
        ),
        # No to the money asked, yes to their people, who then came; the count said in the other language.
        (
            [
                "Asked Salling Køge for 9,000 DKK and for volunteers to read aloud at Læs for mig",
                "Salling Køge said no to the money, but their staff will gladly volunteer as readers",
                "The Salling Køge volunteers read aloud at the finale yesterday",
            ],
            [("money", 9000, None, "declined", None), ("time", None, None, "delivered", None)],
        ),
        # Half paid, said alone, with a typo in the partner's name; then the rest.
        (
            [
                "Salling Køge giver 9.000 kr. til Læs for mig",
                "Saling Køge har betalt halvdelen.",
                "Resten af pengene fra Salling Køge er betalt",
            ],
            [("money", 4500, None, "delivered", None), ("money", 4500, None, "delivered", None)],
        ),
        # The cut said with the agreement between verb and figure; "the money has not arrived" moves nothing.
        (
            [
                "Meeting with Salling Køge: 9,000 DKK for Læs for mig",
                "Salling Køge had to cut their sponsorship to 6,000 DKK",
                "Checked with accounts: the money from Salling has not arrived yet",
            ],
            [("money", 6000, None, "verbal", None)],
        ),
        # A pull-out "entirely" takes the things too, though its reason names the money.
        (
            [
                "Salling Køge will give 30 teddy bears and DKK 9,000 for Læs for mig",
                "Salling Køge pulls out entirely: new management, no sponsorships this year.",
            ],
            [("money", 9000, None, "cancelled", None), ("products", None, 30, "cancelled", None)],
        ),
        # A refused ask agreed later revives its row; the amount halved; then part paid with the rest to come.
        (
            [
                "Asked Salling Køge for 9,000 DKK for Læs for mig. They said no.",
                "Salling Køge found money after all and will give the 9,000 DKK we asked for",
                "Salling Køge halverer beløbet",
                "Salling Køge: pengene kommer senere",
            ],
            [("money", 4500, None, "verbal", None)],
        ),
        # Goods given beside the money ("og frugt") are their own agreement; people's time too.
        (
            [
                "Salling Køge: ja til 3.000 kr. og frugt til Læs for mig, og direktøren vil gerne læse op",
                "Frugten fra Salling Køge er kommet, pengene kommer senere",
            ],
            [
                ("money", 3000, None, "verbal", None),
                ("products", None, None, "delivered", None),
                ("time", None, None, "verbal", None),
            ],
        ),
        # The first part of a count delivered; an addition said with its new total; a loan offered "also".
        (
            [
                "Salling Køge will donate 300 paperbacks and 9,000 DKK to Læs for mig",
                "Salling Køge delivered the first 100",
                "Salling Køge adds 1,000 DKK, so 10,000 in total",
                "Salling Køge also lends us their meeting room",
            ],
            [
                ("books", None, 100, "delivered", None),
                ("books", None, 200, "verbal", None),
                ("money", 10000, None, "verbal", None),
                ("other", None, None, "verbal", None),
            ],
        ),
    ],
)
def test_later_logs_said_every_way_update_the_story(session, ws, lines, rows) -> None:
    c = Campaign(session, ws)
    for day, line in enumerate(lines):
        c.log(ANNA, line, day=day)
    c.no_duplicates()
    assert c.pledges("Salling Køge") == sorted(rows, key=lambda row: tuple(-1 if v is None else v for v in row))


@pytest.mark.parametrize(
    ("first", "withdrawal"),
    [
        (
            "Ringede til Bente Holm hos Fakta Køge. De giver 20 gavekort og 5.000 kr. til Læs for mig.",
            "Bente fra Fakta Køge ringede: de trækker lokalet, det kan de alligevel ikke.",
        ),
        (
            "Called Tom Reed at Køge Timber: they give 4,000 DKK and 10 bird boxes for Læs for mig.",
            "Køge Timber pulls the van for the book bus, they need it themselves.",
        ),
    ],
)
def test_withdrawing_something_never_agreed_leaves_what_was_agreed(session, ws, first, withdrawal) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, first)
    (partner,) = c.partners()
    before = [row for row in c.pledges(partner.name) if row[3] == "verbal"]
    assert len(before) == 2
    c.log(ANNA, withdrawal, day=1)
    assert [row for row in c.pledges(partner.name) if row[3] == "verbal"] == before
    assert c.totals().pledged_dkk in (5000, 4000)
    assert c.partner(partner.name).stage.value == "agreed_verbally"
    c.no_duplicates()


def test_a_yes_to_the_things_with_the_money_awaiting_approval_pledges_only_the_things(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Coffee with Mads Krogh at Hansen Is in Roskilde. Asked for 10,000 DKK and ice cream for Læs for mig. He said "
        "yes to 200 ice creams, the money needs sign-off from the owner.",
    )
    assert c.pledges("Hansen Is") == [
        ("money", 10000, None, "proposed", None),
        ("products", None, 200, "verbal", None),
    ]
    assert c.totals().pledged_dkk == 0
    c.log(ANNA, "Hansen Is: owner approved 7,500 DKK, not the full 10k. Mads will send it in writing.", day=1)
    assert c.pledges("Hansen Is")[0] == ("money", 7500, None, "verbal", None)
    c.log(ANNA, "Hansen Is cut the ice creams to 150 because of a supply issue.", day=3)
    c.log(ANNA, "Invoice paid by Hansen Is - 7,500 received. Ice creams delivered on the day, all 150.", day=9)
    assert c.pledges("Hansen Is") == [
        ("money", 7500, None, "delivered", None),
        ("products", None, 150, "delivered", None),
    ]
    t = c.totals()
    assert (t.pledged_dkk, t.delivered_dkk) == (7500, 7500)
    c.no_duplicates()


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        # The money hedged apart from the things agreed: only the things are agreed.
        (
            "Ringede til Per i SuperBrugsen Ringsted. Ja til 30 poser slik til tombolaen, men de 3.000 kr. skal "
            "godkendes af bestyrelsen først.",
            {"money": "proposed", "products": "verbal"},
        ),
        # A condition that names nothing of its own hedges the whole answer.
        (
            "Ringede til Per i SuperBrugsen Ringsted. Ja til 30 poser slik og 3.000 kr., hvis bestyrelsen godkender det.",
            {"money": "proposed", "products": "proposed"},
        ),
    ],
)
def test_a_hedge_holds_back_only_the_asks_its_own_clause_names(session, ws, text, statuses) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, text)
    assert {row[0]: row[3] for row in c.pledges("SuperBrugsen Ringsted")} == statuses


@pytest.mark.parametrize(
    ("first", "later", "known"),
    [
        # A partner named later by its last word in the definite form alone is the partner we know.
        (
            "Snakket med Helle Brandt, redaktør på Midtsjællands Lokalavis. De giver 2.000 kr. til Læs for mig.",
            "Lokalavisen har overført de 2.000 kr.",
            "Midtsjællands Lokalavis",
        ),
        (
            "Møde med Jens Lund fra Korsør Boghandel: de giver 20 bøger til Læs for mig.",
            "Boghandlen har leveret bøgerne.",
            "Korsør Boghandel",
        ),
    ],
)
def test_a_partner_named_by_its_last_word_in_the_definite_form_is_the_one_we_know(
    session, ws, first, later, known
) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, first)
    c.log(ANNA, later, day=2)
    assert [p.name for p in c.partners()] == [known]
    assert [row[3] for row in c.pledges(known)] == ["delivered"]
    c.no_duplicates()


def test_a_definite_form_two_known_partners_share_asks_which(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, "Møde med Jens Lund fra Korsør Boghandel: de giver 20 bøger til Læs for mig.")
    c.log(ANNA, "Møde med Eva Holm fra Slagelse Boghandel: de giver 10 bøger til Læs for mig.", day=1)
    saved = c.log(ANNA, "Boghandlen har leveret bøgerne.", day=2)
    assert saved.partner_id is None  # the card asks which bookshop
    assert sorted(p.name for p in c.partners()) == ["Korsør Boghandel", "Slagelse Boghandel"]
    assert {row[3] for name in ("Korsør Boghandel", "Slagelse Boghandel") for row in c.pledges(name)} == {"verbal"}


@pytest.mark.parametrize(
    ("first", "confirmation", "partner"),
    [
        # A confirmation names what it confirms, though the rest of the log speaks of another agreement's kind.
        (
            "Talked to Lone Vang, chair of FOA Nordsjælland: they'll run 3 reading circles and give 45 copies of the "
            "book for Læs for mig.",
            "Lone from FOA Nordsjælland confirmed the reading circles by email. Books will come in March.",
            "FOA Nordsjælland",
        ),
        (
            "Møde med Ole fra Jysk Køge: de giver 10 sækkestole og 40 bøger til Læs for mig.",
            "Ole fra Jysk Køge har bekræftet sækkestolene på mail. Bøgerne kommer i marts.",
            "Jysk Køge",
        ),
    ],
)
def test_a_confirmation_moves_the_agreement_it_names(session, ws, first, confirmation, partner) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, first)
    c.log(ANNA, confirmation, day=1)
    named = [row for row in c.pledges(partner) if row[0] != "books"]
    assert [row[3] for row in named] == ["confirmed_email"]
    c.no_duplicates()


@pytest.mark.parametrize(
    ("logs", "partner"),
    [
        (
            [
                "Met Graham Pike (president) of Rotary Club Helsingør: they'll fund Læs for mig with 12,000 DKK.",
                "Sue from Rotary Club Helsingør emailed: the 12,000 is approved by the board.",
                "Rotary Club Helsingør paid 6,000 so far, rest after their January meeting.",
                "Rotary Club Helsingør: remaining 6,000 DKK received.",
            ],
            "Rotary Club Helsingør",
        ),
        (
            [
                "Møde med Lis Berg fra Lions Club Roskilde: de giver 12.000 kr. til Læs for mig.",
                "Lis fra Lions Club Roskilde mailer at de 12.000 er godkendt af bestyrelsen.",
                "Lions Club Roskilde har betalt 6.000 indtil videre, resten efter nytår.",
                "Lions Club Roskilde: de resterende 6.000 kr. er modtaget.",
            ],
            "Lions Club Roskilde",
        ),
    ],
)
def test_an_amount_approved_paid_in_two_halves_adds_up_once(session, ws, logs, partner) -> None:
    c = Campaign(session, ws)
    for day, text in enumerate(logs):
        c.log(ANNA, text, day=day * 7)
        if day == 1:
            assert c.pledges(partner) == [("money", 12000, None, "confirmed_email", None)]
    assert sorted(row[:4] for row in c.pledges(partner)) == [("money", 6000, None, "delivered")] * 2
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (12000, 12000, 12000)
    c.no_duplicates()


@pytest.mark.parametrize(
    "text",
    [
        # The value of a lot of goods said once is counted once, however many kinds of goods share it.
        "Ringede til Mette Juhl i BR Legetøj Køge. De giver 60 bamser og 20 brætspil til Læs for mig, samlet værdi ca. "
        "9.000 kr.",
        "Called Tina at Hamleys Aarhus: they give 60 teddies and 20 board games for Læs for mig, total value about "
        "9,000 DKK.",
    ],
)
def test_the_value_of_a_lot_of_goods_is_counted_once(session, ws, text) -> None:
    c = Campaign(session, ws)
    c.log(ANNA, text)
    t = c.totals()
    assert (t.pledged_dkk, t.in_kind_dkk) == (0, 9000)


def test_a_yes_with_a_lower_bare_amount_changes_the_ask_and_the_contract_and_payment_follow_it(session, ws) -> None:
    c = Campaign(session, ws)
    c.log(
        ANNA,
        "Called Anne Holt at Sparekassen Vendsyssel: asked for 20,000 DKK for Læs for mig. The committee meets on the 15th.",
    )
    c.log(ANNA, "Sparekassen Vendsyssel committee said yes, but only 15,000.", day=14)
    assert c.pledges("Sparekassen Vendsyssel") == [("money", 15000, None, "verbal", None)]
    c.log(ANNA, "Contract signed with Sparekassen Vendsyssel today for the 15,000.", day=20)
    c.log(ANNA, "The 15,000 from Sparekassen Vendsyssel was paid today.", day=30)
    t = c.totals()
    assert (t.pledged_dkk, t.in_writing_dkk, t.delivered_dkk) == (15000, 15000, 15000)
    c.no_duplicates()
