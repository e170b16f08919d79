"""The story cues the parser adds: e-mails, whose promise, permissions, publicity, in-kind value, referrals."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.understanding import parse
from bot.understanding.classify import find_publicity
from bot.understanding.story import find_permissions, find_updates, read_email

NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def p(text: str) -> dict:
    return parse(text, now=NOW, tz="Europe/Copenhagen").to_dict()


@pytest.mark.parametrize(
    "text",
    [
        "Fra: Lars Jensen <lars.jensen@danskebank.dk> Til: Mette Emne: SV: Læs for mig Hej Mette. Vi bekræfter hermed "
        "de 25.000 kr. Med venlig hilsen Lars Jensen, Filialdirektør, Danske Bank Greve",
        "From: Lars Jensen <lars.jensen@danskebank.dk>\nTo: Mette Holm\nSubject: RE: Read for me\n\nHi Mette,\nWe confirm "
        "25,000 DKK.\n\nBest regards\nLars Jensen\nBranch manager\nDanske Bank Greve\n\n> On 1 Dec Mette wrote:\n> Dear Lars",
        # Flattened into one line (a paste into the command): the subject ends at a dash or the greeting.
        "From: Lars Jensen <lj@danskebank.dk> Subject: RE: Read for Me -- Hi Mette, we hereby confirm our donation of "
        "25,000 DKK. Best regards, Lars Jensen, Branch manager, Danske Bank Greve",
        "Fra: Lars Jensen <lj@danskebank.dk> Emne: SV: Læs for mig Kære Mette, hermed bekræfter vi de 25.000 kr. "
        "Venlig hilsen Lars Jensen, filialdirektør, Danske Bank Greve",
    ],
)
def test_a_pasted_email_is_an_email_from_its_sender_and_headers_are_not_people(text: str) -> None:
    r = p(text)
    assert r["kind"] == "email"
    assert [c["name"] for c in r["contacts"]] == ["Lars Jensen"]
    assert r["organization"] == "Danske Bank Greve"
    assert r["money"] == [{"amount": 25000, "currency": "DKK"}]
    assert "in_writing" in r["updates"]


def test_quoted_reply_and_sender_domain() -> None:
    mail = read_email(
        "Fra: info@brio.dk\nEmne: Bamser\n\nVi leverer fredag.\n\nDen 1. dec. 2026 skrev Mette:\n> 500 bamser?"
    )
    assert mail is not None and "500" not in mail.body and mail.sender_org == "Brio"
    assert read_email("Ringede til Lars, fra kl. 10 til kl. 12 er han der") is None


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        ("Ringede til Brio. De sender logo-filen i morgen.", True),
        ("Talked to Saxo. They'll send the contract on Friday.", True),
        ("Talte med Lars hos Netto, han sender bekræftelse fredag.", True),
        ("Ringede til Brio. Sender opsummerende mail i morgen.", False),
        ("Ringede til Brio. Jeg sender logo-filen i morgen.", False),
        ("Called Saxo. I'll send the contract on Friday.", False),
        # English present tense for the future: "she sends", "he writes back", "Tom replies".
        ("Called Sarah at Nordic Print Ltd. She sends the artwork specs on Monday.", True),
        ("Spoke to Tom at Coop Greve, he writes back on Friday.", True),
        ("Met Tom from Coop Greve; Tom replies by Wednesday.", True),
        # A meeting both sides agreed to is no promise of the partner's alone (round 10).
        ("Tlf m. Lis fra Netto: hun sagde ja til at mødes igen på torsdag kl 10.", False),
        ("Call with Amy at Tesco: she agreed to meet again next week.", False),
        ("Tlf m. Bo fra Jysk: han er klar til at mødes på fredag.", False),
        ("Tlf m. Bo fra Jysk: han sender kontrakten på fredag.", True),
    ],
)
def test_whose_promise(text: str, theirs: bool) -> None:
    followups = p(text)["followups"]
    assert followups, text
    assert (followups[0].get("by") == "partner") is theirs


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ringede til Morten fra Greve Cykelklub. Han ringer tilbage fredag kl. 10.", "2026-12-04"),
        ("Ringede til Lars hos Netto, Lars ringer tilbage på fredag", "2026-12-04"),
        # Coming back with an answer, with its own time right after it.
        ("Møde med Jette Holm hos FOA Greve. Jette vender tilbage inden jul", "2026-12-23"),
        ("Ringede til Sparekassen Sjælland. Anne giver svar efter nytår.", "2027-01-04"),
        ("Called Priya at Waterstones, she'll get back to us by friday", "2026-12-04"),
        ("Spoke to Ruth at the British Library; they will let us know next week", "2026-12-07"),
    ],
)
def test_they_get_back_to_us_is_a_follow_up_waiting_for_them(text: str, due: str) -> None:
    r = p(text)
    assert [(f["due"][:10], f.get("by")) for f in r["followups"]] == [(due, "partner")]
    assert not [s for s in r["suggested"] if s["action"] == "call"]


def test_coming_back_without_a_time_of_its_own_promises_nothing_dated() -> None:
    """A date elsewhere in the line is not when they answer; the practice's callback stands."""
    r = p("Snakkede med Kulturhuset Greve om lokaler til foredrag d. 15/4 – de vender tilbage.")
    assert r["followups"] == []
    assert [s["action"] for s in r["suggested"]] == ["call"]


def test_a_partner_promise_does_not_make_us_suggest_a_callback() -> None:
    r = p("Ringede til Lars hos Netto Greve, han sender bekræftelse fredag.")
    assert not [s for s in r["suggested"] if s["action"] == "call"]


def test_permissions_needed_and_granted() -> None:
    assert find_permissions("FOA: vi skal have lov fra SOF og SUF først") == {"needed": ["SOF", "SUF"]}
    assert find_permissions("We need permission from SOF and SUF before the care homes") == {"needed": ["SOF", "SUF"]}
    assert find_permissions("SOF sagde ja i dag") == {"granted": ["SOF"]}
    assert find_permissions("SUF siger også ja") == {"granted": ["SUF"]}
    assert find_permissions("SUF har nu også sagt nej") == {"refused": ["SUF"]}
    assert find_permissions("Ringede til Greve Kommune Jobcenter, Jens siger ja.") == {}
    # The list ends with its sentence: "SUF. Jette vender tilbage" names no body called "SUF. Jette".
    assert find_permissions("skal først have ok fra SOF og SUF. Jette vender tilbage inden jul") == {
        "needed": ["SOF", "SUF"]
    }
    assert find_permissions("Fik lov fra Ældreforvaltningen") == {"granted": ["Ældreforvaltningen"]}
    # Other ways a body says yes: "har sagt god for", "sagde ok", "signed off".
    assert find_permissions("SOF har sagt god for læsegrupperne hos FOA") == {"granted": ["SOF"]}
    assert find_permissions("SUF sagde ok til projektet på plejehjemmene") == {"granted": ["SUF"]}
    assert find_permissions("FOA called: Kulturforvaltningen has signed off on the reading groups") == {
        "granted": ["Kulturforvaltningen"]
    }
    assert find_permissions("Saxo sagde ok til 5.000 kr.") == {}
    # A person agreeing is an agreement, not a permission.
    assert find_permissions("Ringede til Netto, Allan siger ja") == {}
    r = p("FOA: vi skal have lov fra SOF og SUF først, før vi kontakter de 5 lokalområdechefer")
    assert r["contacts"] == [] and r["items"] == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("logo og navn må gerne bruges", "public"),
        ("de må gerne nævnes på plakaten", "public"),
        ("happy to be named on the poster", "public"),
        ("vil ikke nævnes", "no_publicity"),
        ("ingen omtale tak", "no_publicity"),
        ("keep it quiet please", "no_publicity"),
        ("they don't want to be named", "no_publicity"),
        ("no press please", "no_publicity"),
        ("he'd rather we didn't mention them", "no_publicity"),
        ("ja, hvis vi sætter deres logo på plakaten", "public"),
        ("they're in if they get their logo on the website", "public"),
        ("giver 20.000 kr.", None),
    ],
)
def test_publicity_both_ways(text: str, want: str | None) -> None:
    assert find_publicity(text)[0] == want
    got = p(text)
    assert (got.get("publicity"), got["no_publicity"]) == (want, want == "no_publicity")


@pytest.mark.parametrize(
    "text",
    [
        "Først ville de ikke nævnes, men nu må logo og navn gerne bruges",
        "Logo og navn må gerne bruges, men de vil ikke nævnes i avisen",
    ],
)
def test_publicity_said_both_ways_keeps_them_out_and_the_card_asks(text: str) -> None:
    assert find_publicity(text) == ("no_publicity", True)
    got = p(text)
    assert got["publicity"] == "no_publicity" and "publicity" in got["uncertain"]


def test_in_kind_value_is_not_cash() -> None:
    r = p("Brio Danmark giver 180 bamser, værdi ca. 9.000 kr.")
    assert r["value_dkk"] == 9000 and r["organization"] == "Brio Danmark"
    assert "value_dkk" not in p("Danske Bank giver 9.000 kr.")


def test_referral_and_possessive_items() -> None:
    assert p("Bog & Idé kan ikke, men foreslår Thiemers – ring til Thiemers i morgen")["referrals"] == ["Thiemers"]
    # the one met, named before a referral said as "suggests we talk to", is the partner
    met = p("Met Holbæk Ugeblad (editor Rune Dahl). Rune suggests we talk to Holbæk Cykler, yes to 1,500 DKK.")
    assert (met["organization"], met["referrals"]) == ("Holbæk Ugeblad", ["Holbæk Cykler"])
    danish = p("Møde med Holbæk Ugeblad. Rune foreslår at vi taler med Holbæk Cykler.")
    assert (danish["organization"], danish["referrals"]) == ("Holbæk Ugeblad", ["Holbæk Cykler"])
    # a referral word inside another word ("Poetry Nights", "Country Fair") refers to nobody
    assert "referrals" not in p("Talked to Café Bryggen about Poetry Nights, yes to 2,000 DKK")
    assert "referrals" not in p("Møde med Lions om Country Fair: de giver 5.000 kr.")
    assert p("DHL sender Brios 180 bamser fredag")["item_owners"] == [
        {"organization": "Brio", "quantity": 180, "what": "bamser"}
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Danske Bank bekræfter de 25.000 kr. på mail", "in_writing"),
        ("Kontrakten er underskrevet", "contract"),
        ("Bamserne er leveret", "delivered"),
        ("They delivered the bears", "delivered"),
        ("Netto trækker sig", "declined"),
        ("Saxo withdrew the offer", "declined"),
        ("De hæver beløbet til 30.000 kr.", "changed"),
        # a raise said with the verb in the present, and the figure it comes to
        ("Coop: Jonas bumps it to 25k", "changed"),
        ("they trim their gift to 4,000 DKK", "changed"),
        ("Efter bestyrelsesmødet: det bliver 9.000 kr.", "changed"),
        ("sponsoratet lander på 6.500 kr.", "changed"),
        ("Rotary says it'll be £800 this year", "changed"),
        ("the grant ends up at 40,000 DKK", "changed"),
        # part paid in "k" shorthand, paid with "the" before the figure
        ("netto: 4k pd, resten i marts", "delivered"),
        ("Lego pd the 12,000 DKK in full", "delivered"),
        # the things as the subject ("half the bookmarks came"), a withdrawal by "pulls the <thing>"
        ("half the bookmarks came, the rest next week", "delivered"),
        ("the bibs have come", "delivered"),
        ("Mikkel pulls the funding, sorry", "declined"),
        ("they pulled the plug on the raffle", "declined"),
        # paid sharing the auxiliary of the confirmation: "er bekr. pr mail og betalt samme dag"
        ("de 4.000 kr. er bekræftet og betalt i dag", "delivered"),
        # stretching to a higher figure
        ("Vestas: they stretch to 80,000 DKK", "changed"),
        ("Arla strækker sig til 9.000 kr.", "changed"),
    ],
)
def test_update_cues(text: str, cue: str) -> None:
    assert cue in find_updates(text.lower())


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # raises and cuts said with -ing, doubling and tripling, a correction naming the old figure after the new
        ("Lego is upping it to 9,000 DKK", "changed"),
        ("they're raising their gift to 12,000", "changed"),
        ("Harbour Books is cutting the sponsorship to 3,000 DKK", "changed"),
        ("Netto fordobler beløbet", "changed"),
        ("Lego doubled it after the board meeting", "changed"),
        ("Brugsen tredobler sponsoratet!", "changed"),
        ("Rettelse: Netto gav 6.000, ikke 8.000", "changed"),
        ("correction – Lego said 5,000 not 7,500", "changed"),
        # writing misspelt, a written confirmation that came with what it confirms between
        ("Lars har bekræfted på mail", "in_writing"),
        ("signed confirmation of the 5k from Lego recvd", "in_writing"),
        ("skriftlig bekræftelse på de 9.000 fra Netto modtaget", "in_writing"),
        # delivered said other ways: misspelt, paid in full, people who came, advice given, money gone in
        ("6k from Lego recieved", "delivered"),
        ("Lego pd in full", "delivered"),
        ("Netto har betalt det hele", "delivered"),
        ("Brugsens 3 frivillige var her i lørdags", "delivered"),
        ("the Lego readers were here on Tuesday", "delivered"),
        ("Rådgivningsmøde med Netto afholdt i går", "delivered"),
        ("mentoring session with Lego held today", "delivered"),
        ("Anden rate fra Brugsen er kommet ind", "delivered"),
    ],
)
def test_blind4_update_cues_said_other_ways(text: str, cue: str) -> None:
    assert cue in find_updates(text.lower())


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a confirmation that came is no delivery; joining a project is no payment
        ("written confirmation of the 8k from Lego rcvd", "delivered"),
        ("Netto er gået ind i projektet", "delivered"),
        # a number against a count is no change of an amount
        ("de kommer 2, ikke mere", "changed"),
    ],
)
def test_blind4_what_is_not_that_update(text: str, cue: str) -> None:
    assert cue not in find_updates(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Sparekassen Sjælland har fået bestyrelsens ok, bekræftelse kommer på mail",
        "Vi har fået et ja fra Netto",
        "Fik svar fra Saxo i dag",
        "Har modtaget en mail fra Lars om aftalen",
        "Received an email from Nordea about the agreement",
        "We got the go-ahead from the board",
        "Got a reply from Emma this morning",
    ],
)
def test_getting_an_answer_is_not_a_delivery(text: str) -> None:
    assert "delivered" not in find_updates(text.lower())
    assert not p(text).get("arrived")


@pytest.mark.parametrize(
    "text",
    [
        "called Penguin - they offered 100 paperbacks, she'll confirm by email next tue",
        "Lars bekræfter på mail i morgen",
        "Tom will confirm the 5,000 in writing next week",
        "Netto skal bekræfte beløbet skriftligt",
    ],
)
def test_a_confirmation_still_to_come_is_not_the_writing(text: str) -> None:
    assert "in_writing" not in find_updates(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "Sarah from Penguin emailed: 100 paperbacks confirmed, delivery w/c 14 Dec",
        "Danske Bank bekræfter de 25.000 kr. på mail",
        "They confirmed in writing today, call them next week about the logo",
    ],
)
def test_a_confirmation_given_is_the_writing(text: str) -> None:
    assert "in_writing" in find_updates(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "halifax leeds: paperwork arrived today, signed. £2,000 confirmed in writing",
        "Kontrakten er kommet retur, underskrevet",
        "Vi har modtaget den underskrevne sponsoraftale fra Arla",
        "Received the signed contract from Nordea this morning",
        "The papers came in today",
    ],
)
def test_papers_arriving_put_it_in_writing_and_deliver_nothing(text: str) -> None:
    updates = find_updates(text.lower())
    assert "in_writing" in updates and "delivered" not in updates


@pytest.mark.parametrize(
    "text",
    [
        "Har fået pengene fra Nordea",
        "Vi fik bamserne i dag",
        "Modtaget mail fra Lars: pengene er overført",
        "We received the books today",
        "Kureren kom med bamserne",
        "Kontrakten er underskrevet og pengene er overført",
        "The contract arrived and the money was transferred today",
    ],
)
def test_getting_the_things_is_a_delivery(text: str) -> None:
    assert "delivered" in find_updates(text.lower())


@pytest.mark.parametrize(
    ("text", "followups"),
    [
        # How a confirmation came is not a mail for us to send.
        ("Sydbank Hundige bekræftede de 25.000 på mail i dag", []),
        ("Nordea confirmed by email today", []),
        ("They confirmed by email today, I'll email the poster tomorrow", [("email", "2026-12-02")]),
        ("Sender tilbud på mail i morgen", [("email", "2026-12-02")]),
    ],
)
def test_the_channel_of_something_done_is_no_follow_up(text: str, followups: list[tuple[str, str]]) -> None:
    assert [(f["action"], f["due"][:10]) for f in p(text)["followups"]] == followups


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # A meeting or a call agreed is an appointment we keep with them, never a promise we only wait for.
        ("Ringede til Bo fra Fakta. Han sagde ja til at mødes fredag kl. 10.", False),
        ("Spoke to Jan at Argos; she agreed to a call on Thursday at 3.", False),
        ("Mailede Lise. Hun kigger forbi biblioteket torsdag.", False),
        ("Called Dev at Boots – he'll stop by on Friday at 11.", False),
        # What is still to come is a delivery we wait for.
        ("Tlf m. Brio: 20 bamser kom i dag, resten kommer på fredag.", True),
        ("Called Argos, the rest of the beanbags will arrive on Friday.", True),
    ],
)
def test_an_appointment_is_ours_and_an_arrival_is_theirs(text: str, theirs: bool) -> None:
    followups = p(text)["followups"]
    assert followups, text
    assert (followups[0].get("by") == "partner") is theirs


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # A reply pasted without its headers: the subject line opens it and a sign-off closes it.
        (
            "Re: Bogbyttedag\n\nHej Mette\nVi giver gerne 3.000 kr.\n\nVenlig hilsen\nKirsten Dahl\nDahl Tømrer",
            "Kirsten Dahl",
        ),
        ("SV: Præmier\nHej, vi kan godt give 10 gavekort.\nMvh Ole Berg", "Ole Berg"),
        ("RE: Book fair\n\nHi Sam, we can donate 20 books.\n\nKind regards,\nNina Shah\nShah Stationers", "Nina Shah"),
        # Flattened into one line, the subject ends at the greeting.
        ("Re: Loppemarked – Hej Sara, vi kan godt give 2 kasser æbler. Mvh Lars Ravn", "Lars Ravn"),
        ("RE: Book fair Hi Sam, we can donate 20 books. Kind regards, Nina Shah", "Nina Shah"),
    ],
)
def test_a_reply_pasted_without_headers_is_an_email_from_its_signer(text: str, sender: str) -> None:
    r = p(text)
    assert r["kind"] == "email"
    assert [c["name"] for c in r["contacts"]] == [sender]


def test_re_without_a_sign_off_is_not_a_pasted_reply() -> None:
    assert read_email("Re: Netto\nringede til Per, han ringer tilbage fredag") is None
    assert read_email("re: the prizes - called Jo, she'll let us know") is None


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # Someone on their side named by role, before a verb, promises for them; as an object, not.
        ("Spoke to Kim at Lidl – her manager will ring us on Friday.", True),
        ("Tlf m. Bo, Bilka: hans chef sender aftalen fredag.", True),
        ("Ringede til Super Brugsen. Uddeleren er syg; chefen ringer tilbage torsdag.", True),
        ("Ringede til Super Brugsen. Jeg ringer til chefen torsdag.", False),
        ("Met Jo at Argos. I'll email her boss on Friday.", False),
        ("Called Lloyds. Ring them again on the bank holiday Monday.", False),
    ],
)
def test_their_people_named_by_role_promise_for_them(text: str, theirs: bool) -> None:
    followups = p(text)["followups"]
    assert followups, text
    assert (followups[0].get("by") == "partner") is theirs


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # In a pasted e-mail the writer is the partner: their first person promises; what they ask of us is ours.
        ("SV: Præmier\nHej Ida\nJeg vender tilbage på fredag.\nVh Per Holm", True),
        ("From: Amy Lee <amy@leebooks.co.uk>\nSubject: Fair\nWe'll send the logo on Friday.\nBest, Amy Lee", True),
        ("SV: Præmier\nHej Ida\nRing til mig på fredag.\nVh Per Holm", False),
    ],
)
def test_in_a_pasted_email_the_writers_promise_is_theirs(text: str, theirs: bool) -> None:
    followups = p(text)["followups"]
    assert followups, text
    assert (followups[0].get("by") == "partner") is theirs


@pytest.mark.parametrize(
    "text, arrived",
    [
        ("Ældre Sagen Ishøj har sendt datoerne", True),
        ("Lars fra Netto sendte logoet i går", True),
        ("She sent over the logo files", True),
        ("Age UK Croydon have sent the dates", True),
        ("Jeg har sendt mailen til Bo", False),
        ("Sendt opsummerende mail til Bo i dag", False),
        ("vi har sendt plakaterne til trykkeriet", False),
        ("I sent the recap this morning", False),
        ("Sent them the recap today", False),
    ],
)
def test_the_partner_sending_something_is_it_arriving_and_our_sending_is_not(text: str, arrived: bool) -> None:
    assert bool(p(text).get("arrived")) is arrived


@pytest.mark.parametrize(
    "text, in_writing",
    [
        ("Jyske Bank Køge har sendt en bekræftelse på mail", True),
        ("Fik bekræftelsen fra Jyske Bank i dag", True),
        ("Bekræftelsen fra Netto er kommet", True),
        ("Got their written confirmation today", True),
        ("Confirmation email from Tesco came in", True),
        ("De sender en bekræftelse på mail i morgen", False),
        ("They'll send a confirmation by Friday", False),
        ("Vi venter på bekræftelse fra Jyske Bank", False),
        ("I sent them a confirmation of the booking", False),
        ("vi har sendt en bekræftelse af bookingen", False),
    ],
)
def test_a_confirmation_that_came_puts_it_in_writing_and_one_to_come_does_not(text: str, in_writing: bool) -> None:
    assert ("in_writing" in (p(text).get("updates") or [])) is in_writing


@pytest.mark.parametrize(
    "text, amounts",
    [
        ("Lions Club Køge vil hellere give 6.000 kr end 8.000", [6000]),
        ("They'd rather do 5,000 DKK than the 8,000", [5000]),
    ],
)
def test_one_figure_rather_than_another_changes_it_to_the_first(text: str, amounts: list[int]) -> None:
    result = p(text)
    assert "changed" in result["updates"]
    assert [m["amount"] for m in result["money"]] == amounts


@pytest.mark.parametrize(
    "text, signed",
    [
        ("Halifax Leeds sent over the signed agreement for the £1,500", True),
        ("Den underskrevne kontrakt fra Netto er kommet", True),
        ("Kontrakten er underskrevet", True),
        ("We'll send them the agreement to be signed", False),
        ("Kontrakten skal underskrives", False),
        ("aftalen skal være underskrevet inden fredag", False),
    ],
)
def test_a_signed_paper_is_a_contract_and_one_to_be_signed_is_not(text: str, signed: bool) -> None:
    assert ("contract" in (p(text).get("updates") or [])) is signed


@pytest.mark.parametrize(
    "text, actions",
    [
        ("follow-up zoom booked for Friday at 9:30", [("meeting", None)]),
        ("we're doing a walkthrough of the space with Luis Monday at 8:30am", [("meeting", None)]),
        ("I'll book a kick-off in week 12", [("meeting", None)]),
        ("Nyt teams-møde torsdag kl 10", [("meeting", None)]),
        ("Rundvisning på biblioteket d. 20. kl 14", [("meeting", None)]),
    ],
)
def test_a_meeting_named_by_its_kind_is_a_meeting_follow_up(text: str, actions: list) -> None:
    assert [(f["action"], f.get("by")) for f in p(text)["followups"]] == actions


@pytest.mark.parametrize(
    "text, by",
    [
        ("they'll lend us 10 laptops 🙌 recap email goes out today", None),
        ("they'll lend us 10 laptops :tada: I send the recap today", None),
        ("they'll send the logo files today 🙂", "partner"),
    ],
)
def test_an_emoji_ends_a_sentence_for_whose_promise_it_is(text: str, by: str | None) -> None:
    assert [f.get("by") for f in p(text)["followups"]] == [by]


@pytest.mark.parametrize(
    "text, actions",
    [
        ("Fik bekræftelsen fra Jyske Bank i dag", []),
        ("Got their written confirmation today", []),
        ("Received the invoice today", []),
        ("Vi fik en mail fra Bo, jeg svarer ham i morgen", ["email"]),
        ("I got her email, will reply tomorrow", ["email"]),
    ],
)
def test_what_came_to_us_today_is_no_follow_up_and_our_answer_to_it_is(text: str, actions: list[str]) -> None:
    assert [f["action"] for f in p(text)["followups"]] == actions


@pytest.mark.parametrize(
    ("text", "org", "contact"),
    [
        # Round 11: the organisation the sender signs with is the partner, over one the body happens to name.
        (
            "From: Ruth Kane <ruth@kanebuild.co.uk>\nSubject: shelving\n\nHi Jo, we'll do it at cost for Barnes Hall.\n\n"
            "Kind regards,\nRuth Kane\nDirector\nKane Builders Ltd",
            "Kane Builders Ltd",
            "Ruth Kane",
        ),
        (
            "Fra: Ib Dahl <ib@dahlel.dk>\nEmne: Lys\n\nHej, vi tager det med Netto i morgen.\n\nMvh\nIb Dahl\nDahl El ApS",
            "Dahl El ApS",
            "Ib Dahl",
        ),
    ],
)
def test_the_signed_organisation_is_the_partner(text: str, org: str, contact: str) -> None:
    r = p(text)
    assert r["kind"] == "email"
    assert r["organization"] == org
    assert [c["name"] for c in r["contacts"]] == [contact]


@pytest.mark.parametrize(
    ("text", "kind", "org"),
    [
        # Round 11: something that came from an e-mail address is an e-mail, and the address is its sender's.
        ("fwd from anna@grovebakes.com: happy to help", "email", "Grovebakes"),
        ("besked fra per@vinkaelderen.dk: de giver vin til festen", "email", "Vinkaelderen"),
        ("Heard from sam@outlook.com: he'd like to read", "email", None),
        # A note stays a note, and an address we wrote to names no sender.
        ("Note: reply from anna@grovebakes.com re prizes", "note", "Grovebakes"),
        ("Skrev til info@dagrofa.dk om bamser", "email", None),
    ],
)
def test_a_mail_from_an_address(text: str, kind: str, org: str | None) -> None:
    r = p(text)
    assert (r["kind"], r["organization"]) == (kind, org)


@pytest.mark.parametrize(
    ("text", "org", "contacts"),
    [
        # Round 11: a firm signing without a person is the organisation, not a contact.
        ("Fra: info@lundbageri.dk\nEmne: Boller\n\nHej, vi kan godt. Mvh Lunds Bageri", "Lunds Bageri", []),
        # The sender's address in parentheses after "fra <name>", and a header's address, split on a trade word.
        ("Mail fra Tine Krog (tine@krogblomster.dk): de giver blomster", "Krog Blomster", ["Tine Krog"]),
        (
            "Fra: Bo Lyng <bo@lyngmaling.dk>\nEmne: Maling\n\nHej Pia\nVi er med.\n\nVenlig hilsen\nBo Lyng",
            "Lyng Maling",
            ["Bo Lyng"],
        ),
    ],
)
def test_the_firm_from_a_signature_or_an_address(text: str, org: str, contacts: list[str]) -> None:
    r = p(text)
    assert (r["organization"], [c["name"] for c in r["contacts"]]) == (org, contacts)
