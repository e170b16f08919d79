"""Issue 19, second round: who is a contact, with which role, at which organisation (fields-dev9's families)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.understanding import parse
from bot.understanding.model import Known

NOW = datetime(2026, 11, 30, 14, 20, tzinfo=ZoneInfo("Europe/Copenhagen"))


def people(text: str) -> dict[str, str | None]:
    return {c.name: c.role for c in parse(text, now=NOW, tz="Europe/Copenhagen").contacts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Møde med Rikke Holm fra Fakta Tune, min kollega Birte skriver referatet", {"Rikke Holm": None}),
        ("Ringede til Jens Bo hos Nykredit sammen med vores chef Anders", {"Jens Bo": None}),
        ("Talte med Lise Vang fra Coop – Bo fra vores team sender logoet", {"Lise Vang": None}),
        ("Met Grace Hill at Nordea with my colleague Tom", {"Grace Hill": None}),
        ("Called Ivy Moss at Tryg; our director Karen joins next time", {"Ivy Moss": None}),
        # Their colleague is a contact.
        ("Ringede til Mona Dahl og hendes kollega Per Bak i Netto", {"Mona Dahl": None, "Per Bak": None}),
    ],
)
def test_our_own_people_are_not_contacts(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Met Hugo van Rijn from Philips about lamps", {"Hugo van Rijn"}),
        ("Call with Bruno de Souza, buyer at Bilka", {"Bruno de Souza"}),
        ("Møde med Gustav von Platen fra Nordea", {"Gustav von Platen"}),
        ("Spoke to Siobhan O'Neill from Book Nook", {"Siobhan O'Neill"}),
        ("Mail fra Per-Åke Lindqvist (kasserer, Tune Golfklub)", {"Per-Åke Lindqvist"}),
    ],
)
def test_names_with_particles_hyphens_and_apostrophes(text, expected) -> None:
    assert set(people(text)) == expected


def test_a_sign_off_names_the_sender_and_the_role_after_it() -> None:
    got = people("mail fra kontoret: vi kan godt stille lokalet til rådighed. Mvh Hanne Krebs, kontorchef")
    assert got == {"Hanne Krebs": "kontorchef"}


def org_and_people(text: str) -> tuple[str | None, dict[str, str | None]]:
    got = parse(text, now=NOW, tz="Europe/Copenhagen")
    return (got.organization or "").lower() or None, {c.name.lower(): c.role for c in got.contacts}


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("met shop manager lisa berg at fakta tune, maybe", "fakta tune", {"lisa berg": "shop manager"}),
        ("call with the director of tune auto, jens bo - yes", "tune auto", {"jens bo": "director"}),
        (
            "ringede til kassereren i greve skytteforening, hans jørgen krag",
            "greve skytteforening",
            {"hans jørgen krag": "kasserer"},
        ),
        ("mail til lone og hans hos greve bageri", "greve bageri", {"lone": None, "hans": None}),
        ("emailed anna and peter at the rotary greve", "rotary greve", {"anna": None, "peter": None}),
        ("talked w/ rodrigo from tune cykler", "tune cykler", {"rodrigo": None}),
        ("tlf m. uddeler kim lund i meny 365 karlslunde", "meny 365 karlslunde", {"kim lund": "uddeler"}),
    ],
)
def test_people_and_partners_typed_in_lower_case(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


def test_a_lowercase_word_after_for_is_no_person_and_our_library_is_no_partner() -> None:
    assert org_and_people("rykkede dem pr. mail for svar på ansøgningen")[1] == {}
    assert org_and_people("ring til maja på biblioteket om plakater")[0] is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Mødtes med Ole Hviid i Roskilde Kommunes Børne- og Ungeforvaltning", "roskilde kommune"),
        ("Svar fra Greve Bibliotekernes Venner: de giver 2.000 kr.", "greve bibliotekernes venner"),
        ("Spoke to Ann Dale from Friends of the Earth about a reading walk", "friends of the earth"),
        ("Met Rob Kent of the Lions Club of Greve", "lions club of greve"),
        ("Dropped by Tune Cykler and talked to the owner", "tune cykler"),
        ("Chr. Olesen Tømrer: ja til at bygge reolen", "chr. olesen tømrer"),
        ("Ringede til St. Jørgens Skole, talte med Pia", "st. jørgens skole"),
    ],
)
def test_the_organisation_in_more_shapes(text, org) -> None:
    assert org_and_people(text)[0] == org


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ringede til Pia hos Matas, @Jonas tager den herfra", {"Pia": None}),
        ("Spoke to Ruth at Lidl, @Sam please send the poster", {"Ruth": None}),
        ("Met our events coordinator Lene and then Karl Berg from Coop", {"Karl Berg": None}),
        ("Met Anne-Claire Dubois of Dubois & Fils", {"Anne-Claire Dubois": None}),
        ("Call with Ravi Iyer, founder and CEO of ReadUp", {"Ravi Iyer": "founder and CEO"}),
        ("Talte med Lis Krog, ejer og direktør for Krogs Auto", {"Lis Krog": "ejer og direktør"}),
        ("Met Omar Aziz (HR Business Partner) at Maersk", {"Omar Aziz": "HR Business Partner"}),
        ("Spoke to Dr. Ellen Fox, chief physician at Rigshospitalet", {"Ellen Fox": "chief physician"}),
    ],
)
def test_colleagues_typed_by_hand_joined_titles_and_more_heads(text, expected) -> None:
    assert people(text) == expected


def test_a_new_business_partner_is_no_title() -> None:
    assert people("Ny partner: Lars Holm fra Netto vil gerne være med") == {"Lars Holm": None}


def test_a_first_name_the_bot_does_not_know_is_kept_and_flagged() -> None:
    got = parse("talked w/ rodrigo from tune cykler", now=NOW, tz="Europe/Copenhagen")
    assert [c.name for c in got.contacts] == ["Rodrigo"] and "contacts" in got.uncertain
    sure = parse("Talte med Mette Holm fra Tune Cykler", now=NOW, tz="Europe/Copenhagen")
    assert "contacts" not in sure.uncertain


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("Talte med vores kontaktperson Eva Holm hos Salling", "salling", {"eva holm": "kontaktperson"}),
        ("Talte med Kurt Bach, der ejer Tune Auto", "tune auto", {"kurt bach": None}),
        ("Spoke to Greg Holt, who runs Hundige Bikes", "hundige bikes", {"greg holt": None}),
        ("Ringede til Hanne Friis, HR, Coloplast", "coloplast", {"hanne friis": None}),
        ("Mail fra Sara Lind, Tune Bio, direktør – ja til 40 billetter", "tune bio", {"sara lind": "direktør"}),
        ("Ringede til Jens, Netto, direktør Lars Holm", "netto", {"jens": None, "lars holm": "direktør"}),
    ],
)
def test_contact_persons_clauses_and_titles_after_the_partner(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("Tryg Fondens Mona Lisberg sendte ansøgningsskemaet", "tryg fonden", {"mona lisberg": None}),
        ("Call with Rob Lee, Head of Giving, McDonald's", "mcdonald's", {"rob lee": "Head of Giving"}),
        (
            "Mail til Ida Lund og Bo Kjær (begge fra Greve Biograf) om filmaften",
            "greve biograf",
            {"ida lund": None, "bo kjær": None},
        ),
        ("Hej Sanne, kort status: Per Holt fra Arla siger ja", "arla", {"per holt": None}),
        ("ringede til tune murer og talte med søren", "tune murer", {"søren": None}),
        ("ringede til anne-marie hos tune apotek", "tune apotek", {"anne-marie": None}),
        ("spoke to the shop manager, ella berg, at spar tune", "spar tune", {"ella berg": "shop manager"}),
    ],
)
def test_possessives_greetings_and_lowercase_partners(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("Snakkede med Hanne fra Lidl og Jonas fra Fakta – begge positive", "lidl", {"hanne": None, "jonas": None}),
        (
            "Mødtes med lærer Sanne Bro og pædagog Ali Yilmaz på Tune Skole",
            "tune skole",
            {"sanne bro": "lærer", "ali yilmaz": "pædagog"},
        ),
        (
            "Call with Sam Reed (they/them), Events Lead at Roskilde Festival",
            "roskilde festival",
            {"sam reed": "events lead"},
        ),
    ],
)
def test_two_partners_school_titles_and_pronouns(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


def test_a_signature_that_repeats_the_first_name_before_the_full_one() -> None:
    text = (
        'From: "Ann Cole" <ann@oticon.com>\nTo: Library\nSubject: RE: Reading\n\nHi,\nCount us in.\nBest,\nAnn\n'
        "Ann Cole | Community Manager | Oticon"
    )
    got = parse(text, now=NOW, tz="Europe/Copenhagen")
    assert [(c.name, c.role) for c in got.contacts] == [("Ann Cole", "Community Manager")]
    assert got.organization == "Oticon"


def test_the_first_name_again_in_a_sign_off_is_the_same_person() -> None:
    assert people("Fik mail fra Tove Lund (Saxo): de sender 30 bøger. Mvh Tove") == {"Tove Lund": None}


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        ("Søren og jeg mødtes med Eva Bach fra Lidl", "lidl", {"eva bach": None}),
        ("Tom and I met Ruth Hale at Bilka", "bilka", {"ruth hale": None}),
        ("Ringede til Tune Cykler – mekaniker Ole sagde ja", "tune cykler", {"ole": "mekaniker"}),
        (
            "Ringede til Kim Lau. Hun er indehaver af Laus Frisør og giver gavekort",
            "laus frisør",
            {"kim lau": "indehaver"},
        ),
        ("Fik fat i Ole Bak, holdleder i Greve IF", "greve if", {"ole bak": "holdleder"}),
        (
            "Spoke to Ingrid Berg, European Marketing Director, Volvo",
            "volvo",
            {"ingrid berg": "european marketing director"},
        ),
        (
            "Call with Priya and Anjali from Greve Tamil Association",
            "greve tamil association",
            {"priya": None, "anjali": None},
        ),
        ("Zoom w/ Tim Ross (Partnerships, Dansk Erhverv)", "dansk erhverv", {"tim ross": None}),
        ("their grants officer Ada Lund will send the form", None, {"ada lund": "grants officer"}),
    ],
)
def test_third_round_families(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


def test_a_line_typed_in_capitals_keeps_the_name_apart_from_at() -> None:
    assert org_and_people("CALLED LARS AT NETTO, HE SAYS YES") == ("netto", {"lars": None})


def test_municipal_departments_after_a_person_are_partners_and_two_of_them_are_flagged() -> None:
    got = parse("Møde med Lene fra SOF og Per fra SUF om tilladelse", now=NOW, tz="Europe/Copenhagen")
    assert got.organization == "SOF" and "organization" in got.uncertain
    assert [c.name for c in got.contacts] == ["Lene", "Per"]


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Danish clerks, officers and deputies, and English titles the parser did not know.
        ("Snak med fuldmægtig Ida Krogh om lokalerne", None, {"ida krogh": "fuldmægtig"}),
        ("Talte med parkeringsbetjent Ole Vind om plakater", None, {"ole vind": "parkeringsbetjent"}),
        (
            "Møde med Rema 1000 Tune: uddeler Jens Lind og hans stedfortræder Mia Holt",
            "rema 1000 tune",
            {"jens lind": "uddeler", "mia holt": "stedfortræder"},
        ),
        ("Called Subway Leeds, spoke to the franchisee, Omar Khan", "subway leeds", {"omar khan": "franchisee"}),
        ("Met Joe Hart, media relations officer at Aviva", "aviva", {"joe hart": "media relations officer"}),
        # A plural title after two people joined by og/and is each one's.
        (
            "Ringede til Lis Dam og Bo Dam, ejerne af Dams Blomster, om buketter",
            "dams blomster",
            {"lis dam": "ejer", "bo dam": "ejer"},
        ),
        ("Talte med Eva Lund og Per Krag, begge indehavere", None, {"eva lund": "indehaver", "per krag": "indehaver"}),
        (
            "Spoke with Ann Lee and Rob Lee, co-founders of Lee Print",
            "lee print",
            {"ann lee": "co-founder", "rob lee": "co-founder"},
        ),
        # A title said of a person: "(he's the ...)", "<first name> is ...".
        ("Phoned Tariq at Pizza Hut Hull (he's the general manager)", "pizza hut hull", {"tariq": "general manager"}),
        (
            "Met Amy Cole and Sam Reid from Hull FC – Sam is youth coach, Amy is a trustee",
            "hull fc",
            {"amy cole": "trustee", "sam reid": "youth coach"},
        ),
        # Forms of address: "Mr." with its stop before a name; an office or rank is the title as written.
        ("spoke to Mr. Colin Pratt about the raffle", None, {"colin pratt": None}),
        ("Met Cllr Joan Hale at Leeds City Council", "leeds city council", {"joan hale": "cllr"}),
        ("Call w/ Sgt. Tom Reece of Leeds Police", "leeds police", {"tom reece": "sgt."}),
        ("Spoke to Mayor Tom Lee at Hoboken City Hall", "hoboken city hall", {"tom lee": "mayor"}),
        # An abbreviation inside the organisation between a title and the person.
        (
            "Talte med formanden for Brdr. Jensens Fond, Ib Jensen, om ansøgningen",
            "brdr. jensens fond",
            {"ib jensen": "formand"},
        ),
        # A title with a department right before the name; a name with its title in parentheses.
        ("Met head of CSR Maya Singh at Aviva", "aviva", {"maya singh": "head of csr"}),
        (
            "Call with the Leeds Rhinos Foundation team: Kate Moss (schools officer) and Ed Bell (director)",
            "leeds rhinos foundation",
            {"kate moss": "schools officer", "ed bell": "director"},
        ),
    ],
)
def test_seventh_round_titles(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Danish titles typed without æ/ø/å.
        ("Mail til Lise Bak (kobmand) om saft", None, {"lise bak": "kobmand"}),
        ("Talte med praest Per Dal om lokalet", None, {"per dal": "praest"}),
        # A shop named by its trade and a surname is the partner, not a person.
        ("Ringede til Bager Olsen i Haslev om kager", "bager olsen", {}),
        # Names made of ordinary words after an article are no people.
        ("Ringede til Den Røde Dør i Vig – indehaveren Eva Moe siger ja", "den røde dør", {"eva moe": "indehaver"}),
        ("Called The Blue Door – manager Ann Fox said yes", "the blue door", {"ann fox": "manager"}),
        # A council's department named with a possessive: the partner is the council.
        (
            "Met Leeds City Council's Adult Learning team – Jo Reed (manager)",
            "leeds city council",
            {"jo reed": "manager"},
        ),
        # "X i <by>" where X ends in a definite shop noun, or is one typed in lowercase.
        (
            "Møde i Blå Kors Genbrugsbutikken i Køge med butiksleder Eva Dam",
            "blå kors genbrugsbutikken i køge",
            {"eva dam": "butiksleder"},
        ),
        ("tlf med frisøren i Tune, Mette – hun giver gavekort", "frisøren i tune", {"mette": None}),
        ("Called Selby Co-op, asked for the manager", "selby co-op", {}),
    ],
)
def test_seventh_round_organisations(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # The sender signing with a pipe signature inside the quoted message is the same person.
        (
            "Email from Quinn Darby: 'Yes please! Quinn Darby | Head of Brand | Fenwick Leeds'",
            "fenwick leeds",
            {"quinn darby": "head of brand"},
        ),
        # A plural title after two people, also when read as a title, or after their organisation.
        (
            "Met Ruth Hale and Dan Hale, owners of Hale Farm Shop",
            "hale farm shop",
            {"ruth hale": "owner", "dan hale": "owner"},
        ),
        (
            "Møde med Eva Lind og Ole Bak fra Tune IF – begge bestyrelsesmedlemmer",
            "tune if",
            {"eva lind": "bestyrelsesmedlem", "ole bak": "bestyrelsesmedlem"},
        ),
        ("Spoke to Rev. Anne Cole, minister at Trinity Church Hull", "trinity church hull", {"anne cole": "minister"}),
        # What was called, then "the <title>, <Name>": the partner and its person.
        ("Phoned Green Door Pantry – the manager, Sue Hart, said yes", "green door pantry", {"sue hart": "manager"}),
        # What is addressed for someone's attention is the partner, also with "and" inside its name.
        ("Mail til Grøn Fremtid, att. formand Ib Ravn", "grøn fremtid", {"ib ravn": "formand"}),
        (
            "Emailed Dickins and Jones Croydon, attn. events manager Ada Price",
            "dickins and jones croydon",
            {"ada price": "events manager"},
        ),
    ],
)
def test_seventh_round_pairs_signatures_and_attention(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A month that is also a first name, with a surname after it, is a person.
        (
            "Met Greve Rotary: chair Ole Bak and secretary April Moss",
            "greve rotary",
            {"ole bak": "chair", "april moss": "secretary"},
        ),
        # A name made of digits and a word after "at" is no clock time.
        ("Spoke to Kim Pryce at 7-Eleven Hoboken about coffee", "7-eleven hoboken", {"kim pryce": None}),
        # What was visited is the partner.
        (
            "Besøgte Honningkrukken i Vig – ejeren Ulla Berg giver honning",
            "honningkrukken i vig",
            {"ulla berg": "ejer"},
        ),
        ("Visited Paper Lantern today, they will put up posters", "paper lantern", {}),
        # After a person, "at <First name> <Pizza>" is the partner named after someone.
        ("Met with Tom at Maria Pizza about the party", "maria pizza", {"tom": None}),
    ],
)
def test_seventh_round_names_that_are_words(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Longer English titles: function words before the head, a school's head of something.
        (
            "Met Rachel Green (Senior Community Investment Manager, NatWest Group)",
            "natwest group",
            {"rachel green": "senior community investment manager"},
        ),
        ("Spoke to Omar Ali, Head of Procurement at Arla UK", "arla uk", {"omar ali": "head of procurement"}),
        (
            "Emailed Nia Roberts, Head of School at Oak Tree Academy",
            "oak tree academy",
            {"nia roberts": "head of school"},
        ),
        ("Met Head of Year Sam Cole at Oak Academy", "oak academy", {"sam cole": "head of year"}),
        # ... while a town after "chair of" stays the organisation's.
        ("Spoke to the chair of Reading FC, Tom Lee", "reading fc", {"tom lee": "chair"}),
    ],
)
def test_seventh_round_longer_english_titles(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A title with the name in parentheses after it.
        ("Rema 1000 Tune – butikschefen (Lone Bak) siger ja", "rema 1000 tune", {"lone bak": "butikschef"}),
        # A title said of the organisation's person: "the charity's head of ...", "klubbens formand".
        (
            "Met Gemma Hart, the charity's head of fundraising, at Dogs Trust Leeds",
            "dogs trust leeds",
            {"gemma hart": "head of fundraising"},
        ),
        ("Talte med Ib Holm, klubbens kasserer, om lokaler", None, {"ib holm": "kasserer"}),
        # A signature on lines of its own: name, title, organisation.
        (
            "Best wishes,\nSam Kerr\nCommunity Fundraiser\nMacmillan Cancer Support",
            "macmillan cancer support",
            {"sam kerr": "community fundraiser"},
        ),
    ],
)
def test_seventh_round_titles_around_the_name(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # "<Name>, our <title>": one of ours, not the partner's contact.
        ("Spoke to Ellie, our volunteer coordinator, and Ben Cook from Hull Trains", "hull trains", {"ben cook": None}),
        ("Talte med Pia, vores frivilligkoordinator, og Bo Dam fra Netto", "netto", {"bo dam": None}),
        # After "<person> from", a name with a title in parentheses is the partner, the title the person's.
        (
            "Spoke with Kate from Oxfam Books Harrogate (shop manager)",
            "oxfam books harrogate",
            {"kate": "shop manager"},
        ),
    ],
)
def test_seventh_round_ours_and_theirs(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # First names typed without æ/ø/å, in lowercase.
        ("mail til soren fra greve boldklub om baner", "greve boldklub", {"soren": None}),
        (
            "talte med naestformand i greve handelsstandsforening, jorgen lund",
            "greve handelsstandsforening",
            {"jorgen lund": "naestformand"},
        ),
        # A practice named by trade and surname, and a title before a person.
        ("Ringede til Lise hos Tandlæge Holm – hun er klinikassistent", "tandlæge holm", {"lise": "klinikassistent"}),
        (
            "Møde m. Tandlæge Eva Kirk (Kirk Tandklinik) om plakater",
            "kirk tandklinik",
            {"eva kirk": "tandlæge"},
        ),
        # A possessive written with an apostrophe alone before a department.
        ("Snak med Nils fra Vestas' HR-afdeling", "vestas", {"nils": None}),
    ],
)
def test_seventh_round_danish_typing(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # English titles the parser did not know: a firm's partners, academics, boards.
        ("Met Anita Shah, Managing Partner at Shah Legal", "shah legal", {"anita shah": "managing partner"}),
        (
            "Called Leeds Beckett University, spoke to Dr Sam Hill (Senior Lecturer)",
            "leeds beckett university",
            {"sam hill": "senior lecturer"},
        ),
        (
            "Met Oliver Grant, Chair of Trustees, Harrogate Hospice",
            "harrogate hospice",
            {"oliver grant": "chair of trustees"},
        ),
        # "Assistant to the CEO" is the assistant's title; the CEO is no one here.
        (
            "Email from Ruth Lamb, Executive Assistant to the CEO, Yorkshire Tea",
            "yorkshire tea",
            {"ruth lamb": "executive assistant"},
        ),
        # After "<title>, " an organisation that opens with a first name ("Paul Hamlyn Foundation").
        (
            "Call with Megan Price, Programme Officer, Paul Hamlyn Foundation",
            "paul hamlyn foundation",
            {"megan price": "programme officer"},
        ),
        # A name set off by dashes after "the <title> of <organisation>".
        (
            "Met the manager of Waterstones Deansgate – Paul – who'll ask head office",
            "waterstones deansgate",
            {"paul": "manager"},
        ),
        # A first name that is also a title word stays a name.
        (
            "Called Sainsbury's Selly Oak – store manager Dean Cole said yes",
            "sainsbury's selly oak",
            {"dean cole": "store manager"},
        ),
    ],
)
def test_seventh_round_english_titles_and_boards(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A one-word organisation, then a first name and surname.
        (
            "Afdelingsleder på Rigshospitalet Mette Kjær vil gerne have bogvogne",
            "rigshospitalet",
            {"mette kjær": "afdelingsleder"},
        ),
        # A Danish genitive before a department written as one compound.
        (
            "Møde med teamleder Jesper Lau fra Falck Roskildes kørselsafdeling",
            "falck roskilde",
            {"jesper lau": "teamleder"},
        ),
        # Buyers and sellers.
        ("Ringede til Louise Holt, der er indkøber hos Salling Group", "salling group", {"louise holt": "indkøber"}),
    ],
)
def test_seventh_round_danish_places_of_work(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Typed in lowercase: a name the list does not know, with a title after a comma, is a person.
        ("spoke to jen smith, store manager at asda pudsey", "asda pudsey", {"jen smith": "store manager"}),
        ("spoke to kez tate, the gm at premier inn", "premier inn", {"kez tate": "gm"}),
    ],
)
def test_seventh_round_lowercase_unknown_names_with_a_title(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A plural title before two people joined by and/og is each one's, singular.
        (
            "Spoke to the owners, Raj Shah and Priya Shah, at Shah's Corner Shop",
            "shah's corner shop",
            {"raj shah": "owner", "priya shah": "owner"},
        ),
        (
            "Met the co-founders Amy Lee and Rob Lee at Lee Print",
            "lee print",
            {"amy lee": "co-founder", "rob lee": "co-founder"},
        ),
        ("Talte med direktørerne Bo Holm og Lis Ravn", None, {"bo holm": "direktør", "lis ravn": "direktør"}),
    ],
)
def test_seventh_round_plural_titles_before_two_people(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


def test_seventh_round_a_lowercase_organisation_in_parentheses_after_the_person() -> None:
    assert org_and_people("snak m. indehaver bo friis (friis cykler)") == ("friis cykler", {"bo friis": "indehaver"})


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A signature line "<title>, <organisation>" after the name's line.
        (
            "Kind regards,\nTom van der Berg\nHead of CSR, Heineken UK",
            "heineken uk",
            {"tom van der berg": "head of csr"},
        ),
        # A pasted e-mail whose body signs with a pipe signature and no sign-off: the sender keeps that title.
        (
            "From: Jake O'Brien\nSubject: books\nHappy to help!\nJake O'Brien | Store Manager | Foyles Bristol",
            "foyles bristol",
            {"jake o'brien": "store manager"},
        ),
    ],
)
def test_seventh_round_signatures(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


def test_seventh_round_a_rank_that_also_qualifies_a_title() -> None:
    got = org_and_people("Spoke to Dev Patel of Patel & Sons Pharmacy (superintendent pharmacist)")
    assert got == ("patel & sons pharmacy", {"dev patel": "superintendent pharmacist"})


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Trades, guardians and crews as titles.
        ("Ringede til Ulla Krog, bager hos Emmerys Vesterbro", "emmerys vesterbro", {"ulla krog": "bager"}),
        ("Met Ann Lowe, butcher at Waitrose Harrogate", "waitrose harrogate", {"ann lowe": "butcher"}),
        ("Talte med Poul Winge – han er kirkeværge i Jersie Kirke", "jersie kirke", {"poul winge": "kirkeværge"}),
        ("Called Rob Hale at Lidl Dover, he's the shift foreman", "lidl dover", {"rob hale": "shift foreman"}),
        ("Met Kay Dunn, team captain at Aldi Hove", "aldi hove", {"kay dunn": "team captain"}),
        # A department word before the head ("Public Affairs Manager", "lodge secretary").
        (
            "Called Ben Rowe, Public Affairs Manager at Thames Water",
            "thames water",
            {"ben rowe": "Public Affairs Manager"},
        ),
        # An abbreviated head after a hyphenated prefix keeps its stop.
        ("Mail fra Tove Lind, presse-ansv. hos Arla Foods", "arla foods", {"tove lind": "presse-ansv."}),
        # A surname that is also a title word ("Præst", "Smed") is the name, also after a first name in -s.
        ("Tlf m. Mogens Præst fra Greve Kirke", "greve kirke", {"mogens præst": None}),
        ("Møde med Jens Smed (indehaver, Smeds Auto)", "smeds auto", {"jens smed": "indehaver"}),
    ],
)
def test_eighth_round_titles_the_parser_did_not_know(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # A trade's definite noun before "i <town>" is the shop, not the baker; before a named shop it is the trade.
        ("ringede til bageren i havdrup, de giver boller", "bageren i havdrup"),
        ("Ringede til Bager Knud om kager", "bager knud"),
    ],
)
def test_eighth_round_a_trade_names_the_shop(text, org) -> None:
    assert org_and_people(text)[0] == org


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A name the list does not know, followed by a comma and a title that ends the clause.
        (
            "Called Boots Ely and reached Zoltan Marsh, the assistant manager",
            "boots ely",
            {"zoltan marsh": "assistant manager"},
        ),
        (
            "Phoned Barclays Kendal - Teodor Vane, branch mgr, said yes",
            "barclays kendal",
            {"teodor vane": "branch mgr"},
        ),
    ],
)
def test_eighth_round_an_unknown_name_with_its_title_after_a_comma(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A numbered unit of a body keeps its number ("Lodge 878", "Post 52").
        ("Met Dana Roe from Moose Lodge 1142 - she's the treasurer", "moose lodge 1142", {"dana roe": "treasurer"}),
        ("Called Will Cho at American Legion Post 217 about flags", "american legion post 217", {"will cho": None}),
        # A title set off by dashes after a name: what follows the title's comma is the organisation.
        (
            "Emailed Kate Lund – head of giving, Severn Trent – about prizes",
            "severn trent",
            {"kate lund": "head of giving"},
        ),
        (
            "Mailede Lise Berg – marketingchef, Salling Group – om præmier",
            "salling group",
            {"lise berg": "marketingchef"},
        ),
    ],
)
def test_eighth_round_numbered_units_and_titles_between_dashes(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A title corrected later in the line replaces the first one.
        ("Ringede til Ulrik Moe (kassechef) i Lån & Spar – undskyld, han er filialchef", {"Ulrik Moe": "filialchef"}),
        ("Called Jo Hart (manager) at Boots Ely - sorry, she's actually the owner", {"Jo Hart": "owner"}),
        ("Tlf m. Ole Bak, butikschef i Netto Køge – han er nu områdechef", {"Ole Bak": "områdechef"}),
        # Without a correction the first title stays.
        ("Tlf m. Ole Bak, butikschef i Netto Køge. Han er glad for ideen", {"Ole Bak": "butikschef"}),
    ],
)
def test_eighth_round_a_title_corrected_later(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<title> is <name>": the title before the verb is the person's.
        ("Called Tesco Hove, the deputy manager is Raj Mistry", {"Raj Mistry": "deputy manager"}),
        ("Ringede til Dagli'Brugsen Tune – uddeler er Kim Holt", {"Kim Holt": "uddeler"}),
        ("Ringede til Netto Ishøj. Butikschefen hedder Ali Demir", {"Ali Demir": "Butikschef"}),
        # English heads the list lacked.
        ("Spoke with Ruth Abbot from Greggs, she's a shift leader", {"Ruth Abbot": "shift leader"}),
        ("Met Chris Lowe, dean of students at Kean University", {"Chris Lowe": "dean of students"}),
    ],
)
def test_eighth_round_title_is_name_and_new_heads(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A "Fra:"/"From:" line that carries the sender's title and organisation.
        (
            "Fra: Karen Vestergaard, kulturkoordinator, Hvidovre Kommune\nEmne: Læsefest\nVi er med.",
            "hvidovre kommune",
            {"karen vestergaard": "kulturkoordinator"},
        ),
        (
            "From: Ian Frost, Head of Giving, Yorkshire Water\nSubject: books\nWe can help.",
            "yorkshire water",
            {"ian frost": "Head of Giving"},
        ),
        ("From: Ian Frost (Yorkshire Water)\nSubject: books\nWe can help.", "yorkshire water", {"ian frost": None}),
    ],
)
def test_eighth_round_title_and_organisation_in_the_from_line(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Lower-case typing: a known name set off by dashes or commas before its title.
        ("ringede til jysk greve - mette lind - salgsansvarlig", "jysk greve", {"mette lind": "salgsansvarlig"}),
        ("called target newark - ana ruiz - membership manager", "target newark", {"ana ruiz": "membership manager"}),
    ],
)
def test_eighth_round_a_lowercase_name_set_off_before_its_title(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A department of two words after "of"; church and restaurant staff ("-tjener").
        (
            "Spoke to Tim Burns, Head of Social Investment at Aviva",
            {"Tim Burns": "Head of Social Investment"},
        ),
        ("Møde med Rasmus Holt fra Tune Kirke, han er kirketjener", {"Rasmus Holt": "kirketjener"}),
    ],
)
def test_eighth_round_two_word_departments_and_tjener(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # The organisation opens the line, then a comma, a title and its person.
        ("Boots Ely, store manager Ian Lowe, said yes to prizes", "boots ely", {"ian lowe": "store manager"}),
        ("Irma Vanløse, butikschef Lone Berg, giver 20 poser", "irma vanløse", {"lone berg": "butikschef"}),
    ],
)
def test_eighth_round_organisation_first_then_title_and_person(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A surname that is a title word after a first name that is also an ordinary word ("Per", "Bo").
        ("Mail til Per Kok, restaurantchef på Hotel Koldingfjord", {"Per Kok": "restaurantchef"}),
        # Occupations as a title's head.
        ("Met Rhys Owen, head gardener at Bodnant Garden", {"Rhys Owen": "head gardener"}),
        ("Called Ava Lam, the park ranger at Epping Forest", {"Ava Lam": "park ranger"}),
        ("Ringede til Søs Holm, gartner hos Plantorama", {"Søs Holm": "gartner"}),
    ],
)
def test_eighth_round_occupations_and_title_surnames(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "new"/"ny" or a genitive between the verb and the title.
        ("Ringede til Hanne fra Fakta – hun er ny butikschef", {"Hanne": "butikschef"}),
        ("Ringede til Lis Bro i Greve Roklub, hun er klubbens kasserer", {"Lis Bro": "kasserer"}),
        # The title after the person's organisation and a comma.
        ("Called Tara from Halfords, the new store manager", {"Tara": "store manager"}),
        ("Called Tara from Halfords, the store manager Tom Hill", {"Tara": None, "Tom Hill": "store manager"}),
    ],
)
def test_eighth_round_a_new_title_or_one_after_the_organisation(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Lower-case typing: a title after a comma or a dash, then a known name.
        ("ringede til fakta tune, indehaver kim berg", "fakta tune", {"kim berg": "indehaver"}),
        ("called lidl hove - store manager amy reed", "lidl hove", {"amy reed": "store manager"}),
    ],
)
def test_eighth_round_a_lowercase_title_set_off_before_a_name(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


# Round 9 (fields-dev31's families), each in new wording.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Elected members, booksellers and franchise holders as a title's head.
        ("Met councillor Tom Pryce from Wakefield Council about the trail", {"Tom Pryce": "councillor"}),
        ("Lunch with Ada Moss from Waterstones Hull, she's a bookseller there", {"Ada Moss": "bookseller"}),
        ("Ringede til Bent Kure, franchisetager i Normal Slagelse", {"Bent Kure": "franchisetager"}),
    ],
)
def test_ninth_round_new_heads_and_modifiers(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A first name and a word that names organisations elsewhere, then "from/at/hos": the surname.
        ("Met Ruth Bank from Oxfam Leeds about book sorting", "oxfam leeds", {"ruth bank": None}),
        ("Snakkede med Hans Kirke hos Dagli'Brugsen Ejby", "dagli'brugsen ejby", {"hans kirke": None}),
        # "<name> – <title>, <organisation>": what follows the title's comma is the partner, also after a name
        # the name list does not know.
        (
            "Call with Kenji Sato – Head of Community Affairs, Sony Europe",
            "sony europe",
            {"kenji sato": "Head of Community Affairs"},
        ),
        # "Giving" before a head is part of the title, so the organisation after "at" is the partner.
        (
            "Emailed Jo Hart, Corporate Giving Coordinator at Kinder Morgan",
            "kinder morgan",
            {"jo hart": "Corporate Giving Coordinator"},
        ),
        # A visit "into" a shop names the partner.
        ("Dropped into Jarrold Norwich – manager Kate Hoy said yes", "jarrold norwich", {"kate hoy": "manager"}),
        # The partner opening the line before its department and team.
        ("Fenwick Newcastle marketing team (Jo Bell) likes the idea", "fenwick newcastle", {"jo bell": None}),
    ],
)
def test_ninth_round_surnames_anchors_visits_and_teams(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unknown lower-case first name after a verb of writing, right before "at/from".
        ("emailed jaz at boots ely about prizes", {"jaz": None}),
        ("texted quin from the bakery on church st", {"quin": None}),
        # ... but a desk or a team is no person.
        ("emailed reception at boots ely about prizes", {}),
    ],
)
def test_ninth_round_lowercase_name_after_a_verb_of_writing(text, expected) -> None:
    assert org_and_people(text)[1] == expected


def test_ninth_round_a_number_in_a_lowercase_partner_is_no_item() -> None:
    got = parse("tlf m. ole fra rema 1000 roskilde om præmier", now=NOW, tz="Europe/Copenhagen")
    assert (got.organization or "").lower() == "rema 1000 roskilde"
    assert got.items == []


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A sender the name list does not know, on the line after a sign-off, with a title below.
        (
            "Happy to help.\nBest,\nDeb Fox\nStore Manager, Poundland Wigan",
            "poundland wigan",
            {"deb fox": "Store Manager"},
        ),
        ("Det vil vi gerne.\nMvh\nIzel Kaya\nbutikschef, Spar Tune", "spar tune", {"izel kaya": "butikschef"}),
        ("Sounds great!\nBest wishes,\nNell Ubah", None, {"nell ubah": None}),
    ],
)
def test_ninth_round_an_unknown_sender_after_a_sign_off(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Two cues in a row ("met w/", "mødte m.") before a lower-case name.
        ("met w/ mark at screwfix leeds, he's the branch mgr", "screwfix leeds", {"mark": "branch mgr"}),
        ("mødte m. lis fra netto ølby", "netto ølby", {"lis": None}),
    ],
)
def test_ninth_round_lowercase_name_after_two_cues(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # "Asked"/"Spurgte" opening the line is the verb, not part of the partner's name.
        ("Asked Waitrose Bath for raffle prizes", "waitrose bath", {}),
        ("Spurgte Netto Tune om præmier til læsefesten", "netto tune", {}),
        ("Asked Jane Holt at Waitrose Bath for prizes", "waitrose bath", {"jane holt": None}),
    ],
)
def test_ninth_round_asked_opening_the_line_is_a_verb(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Long English titles of social responsibility, and titles of the wards and clinics.
        (
            "Email from Angela Brooks, Senior Corporate Social Responsibility Manager at Halvorsen Logistics",
            {"Angela Brooks": "Senior Corporate Social Responsibility Manager"},
        ),
        ("Met Julia Ferreira, charge nurse at Kingsmead General Hospital", {"Julia Ferreira": "charge nurse"}),
        ("Spoke to Ruth Okafor, matron at St Anne's Hospice", {"Ruth Okafor": "matron"}),
    ],
)
def test_titles_of_responsibility_and_of_the_wards(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "tlf m"/"snak m" without the stop, a lowercase first name and the title after a comma.
        ("tlf m trine, butikschef i boghjørnet – 20% rabat på klassesæt", {"Trine": "butikschef"}),
        ("snak m ole fra brugsen om kaffe", {"Ole": None}),
    ],
)
def test_lowercase_names_after_tlf_m_without_its_stop(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 10: a part of the organisation after "of"/"af", right before the organisation's own
        # preposition, belongs to the title; the organisation after it stays the partner.
        (
            "Spoke to Maya Lin, chief of cardiology at Valley Hospital",
            "valley hospital",
            {"maya lin": "chief of cardiology"},
        ),
        (
            "Met Ray Osei, Deputy Director of Visitor Services at Hull Maritime Museum",
            "hull maritime museum",
            {"ray osei": "Deputy Director of Visitor Services"},
        ),
        (
            "Talte med Ib Lund, leder af ældre- og handicapområdet i Odder Kommune",
            "odder kommune",
            {"ib lund": "leder af ældre- og handicapområdet"},
        ),
        (
            "Mail til Eva Bak, chef for driftsafdelingen på Aalborg Havn",
            "aalborg havn",
            {"eva bak": "chef"},
        ),
        # A Danish part ends in a word for one; the organisation may follow a comma.
        (
            "Mail til Inge Møller, leder af børne- og kulturforvaltningen, Aarhus Kommune",
            "aarhus kommune",
            {"inge møller": "leder af børne- og kulturforvaltningen"},
        ),
        # A known department that goes on: the whole part before "at".
        (
            "Emailed Tim Fox, head of learning and participation at Leeds Playhouse",
            "leeds playhouse",
            {"tim fox": "head of learning and participation"},
        ),
        # "for" after the part, and a part with a possessive word.
        (
            "Call w/ Derek Shaw, Director of Member Services for Garden State Credit Union",
            "garden state credit union",
            {"derek shaw": "Director of Member Services"},
        ),
        (
            "Talked to Beth Ames, head of children's services at Leeds Libraries",
            "leeds libraries",
            {"beth ames": "head of children's services"},
        ),
        # Departments the list lacked, also after a head without "of".
        (
            "Met Tom Wu, VP Corporate Giving & Volunteerism at Prudential",
            "prudential",
            {"tom wu": "VP Corporate Giving & Volunteerism"},
        ),
        # An organisation after "of" is no part, whatever follows it.
        ("Met Kim Lee, Director of Kessler Foods for many years", "kessler foods", {"kim lee": "Director"}),
        # A capitalised name after "leder af" is the organisation, not a part.
        ("Talte med Eva Lund, leder af Café Ida", "café ida", {"eva lund": "leder"}),
        # A name after "Head of Year" is a person, not a part.
        ("Met Head of Year Ann Moss at Elm Academy", "elm academy", {"ann moss": "Head of Year"}),
    ],
)
def test_tenth_round_a_part_named_before_the_organisation(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 10: a title said of a full name with is/er is that person's, not the next one's.
        (
            "Visited Oakley Toyota – Ben Roth is the dealer principal, Kim Yu runs the parts desk.",
            {"Ben Roth": "dealer principal", "Kim Yu": None},
        ),
        ("Hans Bro er indehaver, Sara Bro passer kassen. Møde i dag.", {"Hans Bro": "indehaver", "Sara Bro": None}),
        ("Eva Lind er kasserer, Jonas Holm er formand", {"Eva Lind": "kasserer", "Jonas Holm": "formand"}),
        (
            "Mette Bay er butikschef, og Jonas Holm er hendes souschef",
            {"Mette Bay": "butikschef", "Jonas Holm": "souschef"},
        ),
        # Common first names the list lacked, before "is" or after a title and "is".
        ("Called Greenway Garden Centre. Phil Moss is the owner.", {"Phil Moss": "owner"}),
        ("Ringede til Ry Cykler. Frede Holm er indehaver.", {"Frede Holm": "indehaver"}),
        # "serves as" / "fungerer som" before a title, like "works as" / "som".
        ("Called Tom Ryan, who serves as secretary of Leeds Lions", {"Tom Ryan": "secretary"}),
        ("Ringede til Per Holst, der fungerer som kasserer i Odder Roklub", {"Per Holst": "kasserer"}),
        ("Talte med Ulla Krog, der sidder som formand for Ry Handelsstandsforening", {"Ulla Krog": "formand"}),
    ],
)
def test_tenth_round_a_title_said_of_a_name(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 10: a visit "forbi" names the partner, as "besøgte" does.
        ("Kiggede forbi Kaffekoppen – indehaver Ulla Berg er med", "kaffekoppen", {"ulla berg": "indehaver"}),
        # Right after a person, "i/på" and two lowercase words name their place.
        ("talte med Sara Holm i kfum vejle om lokaler", "kfum vejle", {"sara holm": None}),
        ("Talte med Sara Holm i telefonen i dag", None, {"sara holm": None}),
        # A lowercase name ends before a verb.
        ("ringede til ry bageri, ejer karim siger ja", "ry bageri", {"karim": "ejer"}),
        ("call w/ fakta tune, mgr ole says yes", "fakta tune", {"ole": "mgr"}),
        # "t." after a verb of getting in touch is "til".
        ("ringede t. hammel cykler om hjelme", "hammel cykler", {}),
        ("Ringede t. Ebeltoft Glas om lysestager", "ebeltoft glas", {}),
        # Slack shorthand ends a name: "abt", "ifm", "fwd".
        ("emailed jo at costa bath abt the cups", "costa bath", {"jo": None}),
        ("snak m. ole fra spar ry ifm læsefesten", "spar ry", {"ole": None}),
        # A desk or reception "of/at X": X is the partner.
        ("Left a message at the reception of Hilton Leeds.", "hilton leeds", {}),
        # A name in parentheses after a team or department is a person of it.
        ("Emailed Aviva's community team (Rhys Morgan) about it", "aviva", {"rhys morgan": None}),
        # A message left for a lowercase name before "at/hos": a person, known or not.
        ("vm left for bex at subway leeds", "subway leeds", {"bex": None}),
        ("lagde besked til vibse hos rema tune", "rema tune", {"vibse": None}),
    ],
)
def test_tenth_round_partners_and_people_in_slack_shorthand(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 10, lowercase typing: "t." for "til" before a person too.
        ("ringede t. susanne på ry apotek", "ry apotek", {"susanne": None}),
        # Two lowercase people joined by "+".
        ("mtg w/ tony + kate at costa york", "costa york", {"tony": None, "kate": None}),
        # A known first name right after a lowercase title with a possessive before it or "hedder"/"er" after it.
        ("mtg w/ tony and his mgr kate at costa york", "costa york", {"tony": None, "kate": "mgr"}),
        ("ringede til bageriet i galten, ejeren hedder sofie", "bageriet i galten", {"sofie": "ejer"}),
        ("ringede til brugsen, uddeleren er kim", "brugsen", {"kim": "uddeler"}),
        # No possessive and no "er": the title's word after is not read as its name.
        ("snak m. ole fra spar ry, butikschef er positiv", "spar ry", {"ole": None}),
        # Pronouns for nobody in particular are no partner ("fra nogen endnu", "from someone at").
        ("ingen svar fra nogen endnu", None, {}),
        ("no reply from anyone yet", None, {}),
    ],
)
def test_tenth_round_lowercase_people_after_t_plus_and_a_named_title(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 10: a first name and a surname typed in lowercase right after a title are the person.
        ("td bank edison - talked w/ branch mgr luis ortiz", "td bank edison", {"luis ortiz": "branch mgr"}),
        ("snak m. indehaver kemal yilmaz fra pizza ry", "pizza ry", {"kemal yilmaz": "indehaver"}),
        ("met w/ store manager about the gift cards", None, {}),
        # A lowercase phrase opening the line before a logged contact is the partner.
        ("dgi østjylland: møde m. lars bo", "dgi østjylland", {"lars bo": None}),
        ("kim berg: ringede i går", None, {}),
    ],
)
def test_tenth_round_lowercase_name_after_a_title_and_a_partner_opening_the_line(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 10, two people: a comma ends a title before a name that is also a department word ("Dev").
        (
            "Met Ruth Cole and Dev Patel at Foyles Leeds; Ruth is the store manager, Dev runs events",
            "foyles leeds",
            {"ruth cole": "store manager", "dev patel": None},
        ),
        # "X's the <title>" as "X is the <title>".
        (
            "Met Ali and Sara from Costa Bath – Ali's the manager, Sara is a barista",
            "costa bath",
            {"ali": "manager", "sara": "barista"},
        ),
        # Dealers and opticians are titles.
        ("Besøgte Bilhuset Ry. Kim Hald er forhandler.", "bilhuset ry", {"kim hald": "forhandler"}),
        (
            "Ringede til Dorte fra Synoptik – hendes kollega Mads er optiker",
            "synoptik",
            {"dorte": None, "mads": "optiker"},
        ),
        # A first name followed only by an organisation word is a firm named after a person.
        ("Ringede til Jonas Cykler om hjelme", "jonas cykler", {}),
        ("Called Lucas Motors about the raffle", "lucas motors", {}),
    ],
)
def test_tenth_round_two_people_and_firms_named_after_a_person(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 10: after a person, "på X" names their organisation, also before a title in parentheses.
        ("Skrev til Jens Holm på Jyllands-Posten (journalist)", "jyllands-posten", {"jens holm": "journalist"}),
        # A Danish compound abbreviated on "dir." is a title ("filialdir.", "salgsdir.").
        ("Møde hos Ry Sparekasse m. filialdir. Bent Ravn", "ry sparekasse", {"bent ravn": "filialdir."}),
        # "<name> from <org>, who is the <title>": the title after the organisation and "who is"/"som er".
        (
            "Call with Helen Troy from the Co-op Academy, who is the business manager",
            "co-op academy",
            {"helen troy": "business manager"},
        ),
        ("Talte med Bo Lind fra Ry Cykler, som er indehaver", "ry cykler", {"bo lind": "indehaver"}),
        # A municipality's department typed in lowercase is the municipality, as capitalised.
        ("ringede til ry kommunes kulturforvaltning, fik fat i Lis Ravn", "ry kommune", {"lis ravn": None}),
        # "Gl." (gammel) keeps its stop inside a name.
        ("Møde med Gl. Holtegaard om udstillingen", "gl. holtegaard", {}),
    ],
)
def test_tenth_round_paa_after_a_person_and_gl_in_a_name(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    "text, organization, contact",
    [
        ("spoke to jenna ruiz at brightside toys on the phone", "Brightside Toys", "Jenna Ruiz"),
        ("talked to marcus webb at the corner deli", "Corner Deli", "Marcus Webb"),
        ("snakkede med klara holm hos brugsen", "Brugsen", "Klara Holm"),
    ],
)
def test_common_first_names_typed_lowercase_are_people_before_their_organisation(text, organization, contact) -> None:
    result = parse(text, now=NOW, tz="Europe/Copenhagen")
    assert result.organization == organization
    assert [c.name for c in result.contacts] == [contact]


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 11: titles of public services and pubs before or after a name ("Watch Manager", "Chief
        # Inspector", "Deputy Commissioner", "the landlord"), and a fund's manager.
        ("Met Watch Manager Kerry Doyle at Hove Fire Station", "hove fire station", {"kerry doyle": "watch manager"}),
        (
            "Phoned Sergeant Tom Reyes at Eastfield Police Station",
            "eastfield police station",
            {"tom reyes": "sergeant"},
        ),
        (
            "call w/ Assistant Commissioner Rita Vance re the parks kiosks",
            None,
            {"rita vance": "assistant commissioner"},
        ),
        ("met gus at the old bell, he's the landlord", "old bell", {"gus": "landlord"}),
        ("Met Fire Chief Ana Ruiz at Westbrook Fire Station", "westbrook fire station", {"ana ruiz": "fire chief"}),
        ("Called Deputy Police Chief Ann Moss re the safety talk", None, {"ann moss": "deputy police chief"}),
        ("Emailed Aviva's community fund coordinator, Jo Pratt", "aviva", {"jo pratt": "community fund coordinator"}),
        # Danish titles that are adjectives take -e in the definite form, also after a possessive.
        ("Ringede til Nykredits sponsoransvarlige Bo Falk", "nykredit", {"bo falk": "sponsoransvarlig"}),
        ("Mødte Vestas' presseansvarlige, Eva Lund", "vestas", {"eva lund": "presseansvarlig"}),
        # A Danish compound whose first half is shared with the next title word ("salgs- og marketingchef").
        ("Talte med salgs- og marketingchef Nina Krog fra Jysk", "jysk", {"nina krog": "salgs- og marketingchef"}),
        (
            "Mail til Lars Aagaard, kultur- og fritidschef i Ishøj Kommune",
            "ishøj kommune",
            {"lars aagaard": "kultur- og fritidschef"},
        ),
    ],
)
def test_eleventh_round_titles_of_public_services_and_danish_adjective_titles(text, org, expected) -> None:
    got_org, got = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 11: what the call was about (an event, a café, a project) does not outrank where the person works.
        ("Called Maya Ross at Bellway Prints about the Kids' Book Café", "bellway prints"),
        ("Met Tom Hale from Dunmore Timber re Storytime Theatre Week", "dunmore timber"),
        ("Ringede til Eva Rask hos Holm Tryk om Læsecafé Syd", "holm tryk"),
        # Alone, it is still the partner.
        ("Emailed about Corner Café's prizes", "corner café"),
    ],
)
def test_eleventh_round_a_topic_does_not_outrank_the_partner(text, org) -> None:
    assert org_and_people(text)[0] == org


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 11: a lowercase first name the list lacks, with a surname, right after a person cue or a verb of
        # calling and before "at/hos/fra/from", is a person; the place after it is the partner.
        (
            "called temperance okoro at riverside pharmacy abt the flyers",
            "riverside pharmacy",
            {"temperance okoro": None},
        ),
        ("phoned ifeoma bello from bello textiles", "bello textiles", {"ifeoma bello": None}),
        ("snak m. valdemar skjoldager hos skjoldager vvs", "skjoldager vvs", {"valdemar skjoldager": None}),
        # What is called without a person after it is still the partner.
        ("called asda pudsey, spoke to kim", "asda pudsey", {"kim": None}),
        ("called reception at holt bakery", "holt bakery", {}),
        # The same after a verb of calling or writing and "til"/"to".
        ("ringede til ulrikke bro hos bro blomster", "bro blomster", {"ulrikke bro": None}),
        ("wrote to thaddeus oyelaran at oyelaran books", "oyelaran books", {"thaddeus oyelaran": None}),
        ("skrev til holt vvs om stiger", "holt vvs", {}),
    ],
)
def test_eleventh_round_lowercase_unknown_first_name_with_a_surname(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 11: a town is no organisation, in parentheses after a person or after "from/fra"; towns of the
        # New York and New Jersey area and more British cities are known as places.
        ("note: Tony Greco (Hoboken) might give pizza vouchers", None, {"tony greco": None}),
        ("Met Dina Russo from Yonkers re prizes", None, {"dina russo": None}),
        ("Talked to Ann Pike (Sheffield) about a reading", None, {"ann pike": None}),
        # A town after a firm's name stays part of it.
        ("Called Dunkin Paramus, spoke to Lou", "dunkin paramus", {"lou": None}),
    ],
)
def test_eleventh_round_a_town_is_no_organisation(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 11: a two-word name opening a clause before a verb of answering is a person, first name known or not.
        (
            "Wrote to Brightwater Credit Union re the book swap; Odalys Fenwick replied for them",
            "brightwater credit union",
            {"odalys fenwick": None},
        ),
        (
            "Mail til Fjordbank om bogbussen. Ragnhild Kjærsgaard svarede i dag",
            "fjordbank",
            {"ragnhild kjærsgaard": None},
        ),
        # A firm answering stays the firm.
        ("Emailed them. Tesco Extra replied no", "tesco extra", {}),
    ],
)
def test_eleventh_round_who_answers_is_a_person(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 11: a lowercase signature without a sign-off, after the message's last sentence, is its sender.
        (
            "fwd from nina@pinebakes.com: count us in! nina holm, manager, pine bakes",
            "pine bakes",
            {"nina holm": "manager"},
        ),
        ("mail fra ib: vi er med. ib krag, ejer, krags cykler", "krags cykler", {"ib krag": "ejer"}),
        # A verb ends a lowercase organisation: "said yes" is none.
        ("talked to ole hansen, manager, said yes", None, {"ole hansen": "manager"}),
    ],
)
def test_eleventh_round_lowercase_signature_after_the_last_sentence(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 11: a municipality's area after a Danish title and "for", right before a name, is part of the title.
        (
            "Talte med områdechef for Teknik og Miljø Karen Lyng, Solrød Kommune",
            "solrød kommune",
            {"karen lyng": "områdechef for teknik og miljø"},
        ),
        (
            "Møde med chef for Kultur og Fritid Jens Bak i Ishøj Kommune",
            "ishøj kommune",
            {"jens bak": "chef for kultur og fritid"},
        ),
        # A saint's name keeps its 's; a possessive after a longer name does not.
        (
            "Met St Luke's Hospice's head of fundraising, Amy Pratt",
            "st luke's hospice",
            {"amy pratt": "head of fundraising"},
        ),
    ],
)
def test_eleventh_round_danish_area_in_a_title_and_saints_possessive(text, org, expected) -> None:
    got_org, got = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 11: ours by a possessive before a title with one word between ("our kids' librarian Tom").
        ("Me and our kids' librarian Tom met Sara Quinn from Quinn Print", {"Sara Quinn": None}),
        ("Vores nye formidler Ida og jeg mødte Bo Dam fra Dams Cykler", {"Bo Dam": None}),
    ],
)
def test_eleventh_round_ours_with_a_word_before_the_title(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 13: a sender's address ending in a trade word names the firm ("skovlundmejeri.dk").
        ("Mail fra kontakt@egebjergbryghus.dk: ja til 2 fustager til festen", "egebjerg bryghus"),
        ("mail fra info@lystrupsnedkeri.dk: vi giver 1.500 kr.", "lystrup snedkeri"),
        ("email from office@thornburyplumbers.co.uk – they'll cover the £300", "thornbury plumbers"),
        ("fwd from hello@quaysidecoffee.com: happy to host the book swap", "quayside coffee"),
    ],
)
def test_round13_a_trade_word_at_the_end_of_an_address(text, org) -> None:
    assert (parse(text, now=NOW, tz="Europe/Copenhagen").organization or "").lower() == org


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Round 13: English short forms of first names are names ("Kev", "Trev", "Bev").
        ("Call with Greenway Market (Trev, duty manager) – 20 bags of apples", {"Trev": "duty manager"}),
        ("quick chat w/ Bev at Hollins Garden Centre: 30 plant pots", {"Bev": None}),
        ("Rang Gaz at Moor Lane Motors, he's the owner", {"Gaz": "owner"}),
    ],
)
def test_round13_short_forms_of_first_names(text, expected) -> None:
    assert people(text) == expected


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 13: a shop named with a possessive ("Din Tøjmand", "Your Bike Shop"), also a trade that is a title
        # when a town or a colon follows ("Min Købmand Ulfborg:"); "Min kollega Hanne" stays ours.
        ("Din Tøjmand Ribe: snak m. Else Buus, de giver 2.000 kr.", "din tøjmand ribe"),
        ("Min Købmand Ulfborg: tlf m. Ib Kjær om præmier", "min købmand ulfborg"),
        ("Met Liz from Your Bike Shop – 10 helmets", "your bike shop"),
        ("Min kollega Hanne ringede til Bo fra Fakta Tune", "fakta tune"),
    ],
)
def test_round13_a_possessive_that_begins_a_shop_name(text, org) -> None:
    assert (parse(text, now=NOW, tz="Europe/Copenhagen").organization or "").lower() == org


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 13: a firm named after people ("Owen & Pugh Solicitors") or ending in a company form ("Ryan Builders
        # Ltd") is no person, even when its first word is a first name; English trade plurals name firms.
        ("Rang Nia Evans (Evans & Lloyd Accountants) – £300", "evans & lloyd accountants", {"nia evans": None}),
        ("Met Jo at Megan & Price Solicitors about the quiz", "megan & price solicitors", {"jo": None}),
        ("Call w/ Tom Reid, Scott Roofing Ltd: they'll give £400", "scott roofing ltd", {"tom reid": None}),
        ("Spoke to Lee Hart, Jason Plumbers – 10 mugs", "jason plumbers", {"lee hart": None}),
        ("Tlf m. Eva Lund, Lund Maskiner ApS: 3.000 kr.", "lund maskiner aps", {"eva lund": None}),
    ],
)
def test_round13_a_firm_named_after_people(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 13: a possessive before a town and "branch"/"store" is the owner ("Bank of Astoria's Ditmars branch").
        ("Call w/ Rob at Bank of Kent's Ashford branch: £400", "bank of kent"),
        ("Met Dee at Hollis Savings' Croydon office – £250", "hollis savings"),
        ("Spoke to the owners at Shah's Corner Shop", "shah's corner shop"),
        # "Ved" opening a line is a preposition, not part of the name.
        ("Ved Lindholm Friskole: møde med Kaj Bruun om 10 bøger", "lindholm friskole"),
        # A project with a year before the partner ("Bogbus 2027 hos ...") counts nothing.
        ("Møde med Rie Dahl om Læsebus 2027 hos Dahls Autoværksted: 3.000 kr.", "dahls autoværksted"),
        ("Met Kit Ford about Story Week 2027 at Ford Glass: £150", "ford glass"),
    ],
)
def test_round13_branch_after_a_possessive_ved_and_a_dated_project(text, org) -> None:
    assert (parse(text, now=NOW, tz="Europe/Copenhagen").organization or "").lower() == org


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 13: a firm bearing its owner's full name after "from"/"fra" ("Sam Reed Motors"), and a Nordic
        # company form ("AS", "AB"); the owner said apart from the firm's name stays a contact.
        ("Met Kim from Kim Ashby Motors: £200", "kim ashby motors", {"kim": None}),
        ("Møde med Sigrun fra Sigrun Lie Fisk AS: NOK 2.000", "sigrun lie fisk as", {"sigrun": None}),
        ("Tlf m. Gustav Berg, Berg Snickeri AB: 5.000 SEK", "berg snickeri ab", {"gustav berg": None}),
    ],
)
def test_round13_a_firm_bearing_its_owners_name(text, org, expected) -> None:
    assert org_and_people(text) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 13: a town in parentheses after the name is the name's, not a partner of its own.
        ("tlf m. Aksel fra Aksels Smedie (Brønderslev): 5 skilte", "aksels smedie"),
        ("Met Rob at Marlow Glass (Henley) – £150", "marlow glass"),
        # A referral said with "synes vi skal kontakte" / "suggested we contact" is not the partner met.
        ("Snak m. Ulla fra Ullas Garn – hun synes vi skal kontakte Sorø Handelsforening", "ullas garn"),
        # English trade nouns name firms: a brewery, estate agents, tearooms.
        ("Kestrel Brewery's head of events, Amy Lund: £400", "kestrel brewery"),
        ("Best wishes,\\nTom Platt\\nBranch Manager | Platt & Co Estate Agents", "platt & co estate agents"),
    ],
)
def test_round13_town_in_parentheses_referrals_and_trade_nouns(text, org) -> None:
    got = parse(text.replace("\\n", "\n"), now=NOW, tz="Europe/Copenhagen")
    assert (got.organization or "").lower() == org


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 13: a chain typed in lower case whose first word is a common one ("super brugsen", "min købmand").
        ("snak m. lotte fra super brugsen ans: 1500 kr", "super brugsen ans"),
        ("tlf m. jens hos min købmand brande – 10 kurve", "min købmand brande"),
    ],
)
def test_round13_lowercase_chain_with_a_common_first_word(text, org) -> None:
    assert (parse(text, now=NOW, tz="Europe/Copenhagen").organization or "").lower() == org


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 13: "&" after "<name> of <surname>" joins the firm's name even when the word after it is a first name.
        ("Met Ella Dee of Price & Dee Surveyors", "price & dee surveyors"),
        ("Met Tom Kay and Ann Ray of Kay & Ray Architects", "kay & ray architects"),
    ],
)
def test_round13_ampersand_after_of_joins_the_firm(text, org) -> None:
    assert (parse(text, now=NOW, tz="Europe/Copenhagen").organization or "").lower() == org


@pytest.mark.parametrize(
    ("text", "org", "person"),
    [
        # A surname that ends in a company form's letters is no firm: company forms stand as words of their own
        # ("Holm ApS"), while organisation nouns end compounds ("Vestbybanken").
        (
            "Ringede til Lars Vindelapsen (direktør) hos Greve Bilsyn, ring igen fredag",
            "Greve Bilsyn",
            "Lars Vindelapsen",
        ),
        ("Talked to Anna Hedegaardltd at Køge Auto about the raffle", "Køge Auto", "Anna Hedegaardltd"),
        ("Møde med Per Holm hos Vestbybanken om læsefesten", "Vestbybanken", "Per Holm"),
    ],
)
def test_a_surname_ending_like_a_company_form_is_a_person(text, org, person) -> None:
    understood = parse(text, now=NOW, tz="Europe/Copenhagen")
    assert understood.organization == org
    assert [c.name for c in understood.contacts] == [person]


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 15 (fields-dev54): firms named after a person, by the possessive or the Danish genitive inside the
        # name, or by goods and eateries closing a full name; the person named beside the firm is the contact.
        ("Ringede til Hansens Flødeis i Ebeltoft, snakkede med Bo Krag", "hansens flødeis", {"bo krag": None}),
        ("Kaffe hos Karens Kaffebar med ejeren Lone Dyhr", "karens kaffebar", {"lone dyhr": "ejer"}),
        ("Called Molly Brown's Bakery, spoke to the owner, Dee Hart", "molly brown's bakery", {"dee hart": "owner"}),
        ("Meeting at Anna Quinn Opticians with Raj Bedi", "anna quinn opticians", {"raj bedi": None}),
        ("Tlf m. Søren Holm Chokolade – Mia Kold siger ja", "søren holm chokolade", {"mia kold": None}),
        ("Coffee with Morgan Lee Roasters: Kim Tate is keen", "morgan lee roasters", {"kim tate": None}),
        # A person, then the firm: unchanged.
        ("Mødtes med Lars Jensen fra Rigshospitalet", "rigshospitalet", {"lars jensen": None}),
        ("Met Mgr. Ann Rizzo of Rizzo's Pantry about prizes", "rizzo's pantry", {"ann rizzo": "mgr."}),
    ],
)
def test_round15_firms_named_after_a_person(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 15 (fields-dev54): who put us in touch is no contact of the partner - one of ours by a group of ours
        # named after them, or a referrer after "via"/"through" with an organisation of their own.
        (
            "Fik nummeret via Jytte fra vores læsegruppe, ringede til Kim Bak hos Tune Auto",
            "tune auto",
            {"kim bak": None},
        ),
        ("Met Tom Hart from our volunteer team and Jo Lee from Aldi", "aldi", {"jo lee": None}),
        (
            "Got his number through Ann Lee from Rotary – called Sam Ward at Ward Joinery",
            "ward joinery",
            {"sam ward": None},
        ),
        (
            "Henvist af Karin Due (Kulturhuset Islands Brygge), ringede til Ole Ravn hos Amager Bryghus",
            "amager bryghus",
            {"ole ravn": None},
        ),
        # The partner's own person reached through someone else of theirs stays a contact.
        (
            "Spoke to Ib Holt via his assistant Ben Tate at Holt Print",
            "holt print",
            {"ib holt": None, "ben tate": "assistant"},
        ),
        ("Kontakt via Lise fra Netto Tune: Lise og Per siger ja", "netto tune", {"lise": None, "per": None}),
    ],
)
def test_round15_who_put_us_in_touch_is_no_contact(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Round 15 (fields-dev54): no organisation can be named - a town after an unnamed trade or an event, and
        # lowercase words after "the" in a line typed with capitals - so the card asks instead of guessing.
        ("Rang a plumber in Ripon about fixing the book drop", None),
        ("Ringede til en lokal tømrer i Haslev om bogreoler", None),
        ("Mødtes med Bo på kontoret i Hedehusene", None),
        ("Frida er med på læsestafetten i Svogerslev", None),
        ("Left a note for the manager of the launderette by the bus stop", None),
        ("Talked to a dad from the chess club who knows a printer", None),
        # A named place keeps its organisation.
        ("Talte med marketingchef Rie Holm i Coloplast", "coloplast"),
        ("Snak med bageren i Vig om boller", "bageren i vig"),
        ("Met Sue at the ymca greve", "ymca greve"),
        ("called the owner of greve solar, jens bo", "greve solar"),
    ],
)
def test_round15_no_organisation_from_a_town_or_a_kind_of_place(text, org) -> None:
    got = parse(text, now=NOW, tz="Europe/Copenhagen").organization
    assert (got.lower() if got else None) == org


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 15 (fields-dev54): occupations the title heads lacked, also in parentheses after the organisation.
        ("Talte med skovfoged Anne Vig fra Rold Skov", "rold skov", {"anne vig": "skovfoged"}),
        ("Mødtes med Sune Berg (fodboldtræner, Tune IF)", "tune if", {"sune berg": "fodboldtræner"}),
        ("Ringede til Ole Bak hos Grenaa Havn (havnekaptajn)", "grenaa havn", {"ole bak": "havnekaptajn"}),
        ("Mail fra ejendomsmægler Jens Krog hos Home Greve", "home greve", {"jens krog": "ejendomsmægler"}),
        ("Call with Pete Hale, harbourmaster at Whitby Harbour", "whitby harbour", {"pete hale": "harbourmaster"}),
        ("Emailed Kay Moss, photographer at Ilkley Gazette", "ilkley gazette", {"kay moss": "photographer"}),
        (
            "Met Lena Fox (head groundskeeper) at Otley Cricket Club",
            "otley cricket club",
            {"lena fox": "head groundskeeper"},
        ),
    ],
)
def test_round15_occupations_as_roles(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 15 (trial lines after fields-dev54): a title given in a relative clause right after an unknown name
        # ("who's the new", "der er ny") makes the name a person; a reminder opening the line before the partner who
        # wants something names the partner.
        (
            "Met Anil Shah who's the new assistant manager at Morrisons Pudsey",
            "morrisons pudsey",
            {"anil shah": "assistant manager"},
        ),
        ("Talte med Ruben Vang der er ny butikschef i Rema 1000 Ølby", "rema 1000 ølby", {"ruben vang": "butikschef"}),
        ("Spoke to Kit Marlow who is the owner of Marlow Books", "marlow books", {"kit marlow": "owner"}),
        ("Reminder: Boots Leeds want the logo by Friday", "boots leeds", {}),
        ("Husk: Netto Tune skal have plakaten senest fredag", "netto tune", {}),
    ],
)
def test_round15_relative_titles_and_reminders(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


# Round 16 (heldout9's odd lines): roles and organisations said of two people together, a role with its place in
# parentheses, "contact = <name>, <role>", titles written before a name, a message left at a desk for someone,
# and a head office after a name that has its town.
@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Titles given in turn after two people ("hhv.", "henholdsvis", "respectively").
        (
            "frokost m. Troels & Hanne fra HK Kolding (hhv. næstformand og klubsekretær) – de vil gerne have en bogkasse",
            "hk kolding",
            {"troels": "næstformand", "hanne": "klubsekretær"},
        ),
        (
            "Møde med Karin og Ulrik fra Lions Næstved (henholdsvis kasserer og præsident). De giver 5.000 kr.",
            "lions næstved",
            {"karin": "kasserer", "ulrik": "præsident"},
        ),
        (
            "Coffee with Owen & Priya from GMB Leeds (branch chair and organiser respectively) - they'd like a talk",
            "gmb leeds",
            {"owen": "branch chair", "priya": "organiser"},
        ),
        # The second person's role in the same form as the first one's, a head known or not.
        (
            "Møde hos Velliv: Maja Kro (partnerskabschef) og Emil Dyhr (elev). De kan give 20.000 kr.",
            "velliv",
            {"maja kro": "partnerskabschef", "emil dyhr": "elev"},
        ),
        (
            "Meeting at Asda Hull: Tom Webb (store manager) and Ana Reis (trainee). Yes to the book table",
            "asda hull",
            {"tom webb": "store manager", "ana reis": "trainee"},
        ),
        (
            "Møde med Holstebro Kommune: Nils Holm, områdeleder, og Rikke Lind, praktikant. De vender tilbage",
            "holstebro kommune",
            {"nils holm": "områdeleder", "rikke lind": "praktikant"},
        ),
        (
            "call with Leeds Council: Paul Reed, site lead, and Jo Marsh, apprentice. They'll think about it",
            "leeds council",
            {"paul reed": "site lead", "jo marsh": "apprentice"},
        ),
        # A role and its place in parentheses: the lower-case words are the role, the place the organisation.
        (
            "call w/ Jonas Eng (venue manager, Silkeborg Bad) – yes to the foyer",
            "silkeborg bad",
            {"jonas eng": "venue manager"},
        ),
        (
            "snak med Eva Lund (frivillig koordinator, Skive Hallerne) – ja til lokalet",
            "skive hallerne",
            {"eva lund": "frivillig koordinator"},
        ),
        # "contact = <name>, <role>", "kontakt: <name>, <role>".
        (
            "Thy Kajakklub lends us 4 kayaks. contact = Morten, boathouse keeper",
            "thy kajakklub",
            {"morten": "boathouse keeper"},
        ),
        ("Ry Sejlklub låner os bådhuset. kontakt: Dorte, bådsmand", "ry sejlklub", {"dorte": "bådsmand"}),
        # Writers, artists and analysts as titles before the name.
        ("call w/ poet Lina Hvid – yes to a reading, no fee", None, {"lina hvid": "poet"}),
        ("møde med forfatter Trine Dybdal om oplæsning i marts", None, {"trine dybdal": "forfatter"}),
        (
            "mail fra billedkunstner Sofie Ravn: hun vil gerne lave en udstilling",
            None,
            {"sofie ravn": "billedkunstner"},
        ),
        ("Møde med Gitte Lind (dataanalytiker) fra Nykredit", "nykredit", {"gitte lind": "dataanalytiker"}),
        (
            "emailed Mona Vik, editor-in-chief at Fyens Stiftstidende",
            "fyens stiftstidende",
            {"mona vik": "editor-in-chief"},
        ),
        # A message left at a desk for someone: the desk is no contact, the organisation stops before "for".
        (
            "left a voicemail with the switchboard at Berlingske for Mads Holt (sports editor). waiting",
            "berlingske",
            {"mads holt": "sports editor"},
        ),
        (
            "lagde besked i receptionen hos Vestas for Ida Brink (HR-chef). intet svar endnu",
            "vestas",
            {"ida brink": "hr-chef"},
        ),
        ("called Hotel Nørrebro - Brynja at the front desk will ask the manager", "hotel nørrebro", {"brynja": None}),
        (
            "ringede til Hotel Fjordgården – Jonna i receptionen lover at spørge chefen",
            "hotel fjordgården",
            {"jonna": None},
        ),
        # The organisation after two people with their roles; a head office after a name with its town.
        (
            "met Ruth Lang (COO) and Emil Bro (brand manager) of Ecco – they'll give DKK 25,000",
            "ecco",
            {"ruth lang": "coo", "emil bro": "brand manager"},
        ),
        ("mail from Ole at Bestseller Aarhus HQ - yes to 30 books", "bestseller aarhus", {"ole": None}),
        ("Lunch with Ingrid from Lidl HQ next week", "lidl hq", {"ingrid": None}),
        # "master" is a head as a word of its own, never at the end of a brand.
        ("Emailed Gwen Hale, harbour master at Whitby Marina", "whitby marina", {"gwen hale": "harbour master"}),
        ("Ringede til Ib hos Sportmaster Kolding om præmier", "sportmaster kolding", {"ib": None}),
    ],
)
def test_round16_roles_together_and_desks(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


# Round 17 (fields-dev58): wine merchants named by their trade word, in parentheses after a person whose first name the
# parser does not know.
@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        (
            "Meeting with Alba Ferreira (Ferreira Wines): happy to donate 24 bottles.",
            "ferreira wines",
            {"alba ferreira": None},
        ),
        ("Call w/ Zola Mbeki (Cape Vintners): 6 cases of wine", "cape vintners", {"zola mbeki": None}),
        ("Tlf m. Zola Berg (Berg Vinhus): 12 flasker til festen", "berg vinhus", {"zola berg": None}),
        ("Tlf m. Zola Berg (Bergs Vinhandler): 12 flasker til festen", "bergs vinhandler", {"zola berg": None}),
    ],
)
def test_round17_wine_merchants(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # A firm named by a compound on "-kassen" or "Savings", or a bookshop in its definite form, before ", <title>
        # <Name>" is the partner, not a person with that title.
        (
            "Tlf med Andelskassen Ry, rådgiver Mette Friis: ja til 8.000 kr.",
            "andelskassen ry",
            {"mette friis": "rådgiver"},
        ),
        (
            "Call w/ Riverside Savings, branch mgr Joe Park. Yes to 5,000 DKK",
            "riverside savings",
            {"joe park": "branch mgr"},
        ),
        ("Ringede til Boghandlen Torvet, Eva Holm. De giver 30 bøger", "boghandlen torvet", {"eva holm": None}),
        # Slack shorthand and pitch verbs that open the line are no part of the name.
        ("Mtg Heron Freight, CSR lead Ama Osei – 20,000 DKK for Read to Me", "heron freight", {"ama osei": "csr lead"}),
        (
            "Pitched Hillside Credit Union (mktg mgr Dan Roe) – asked for 8,000 DKK",
            "hillside credit union",
            {"dan roe": "mktg mgr"},
        ),
    ],
)
def test_blind4_the_partner_before_a_titled_person_and_after_shorthand(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


@pytest.mark.parametrize(
    ("text", "org", "expected"),
    [
        # Round 17 (fields-dev56): a chief of an area or a unit is a title, as the seed's "områdechefer".
        (
            "Call with Hannah Brooks, area chief at Leeds City Council: permission granted",
            "leeds city council",
            {"hannah brooks": "area chief"},
        ),
        ("Met Tom Hale, regional chief for Northern Rail", "northern rail", {"tom hale": "regional chief"}),
        # A council department named with its kind is the partner when nothing else is named; beside the council it is not.
        (
            "Call with Hannah Brooks at Social Services Department about the care homes",
            "social services department",
            {"hannah brooks": None},
        ),
        ("Meeting with Tom Lee, Culture Department, Leeds City Council", "leeds city council", {"tom lee": None}),
        ("Spoke with Anna Berg from the Marketing Department at Coloplast", "coloplast", {"anna berg": None}),
        # A haulier before a name is the title; a trade after a surname names a firm, also as a second trade after "&".
        (
            "Note: vognmand Kurt Bjerre (Bjerre Transport) siger nej til at køre",
            "bjerre transport",
            {"kurt bjerre": "vognmand"},
        ),
        ("Tlf med Kurt Bjerre, vognmand hos Bjerre Transport", "bjerre transport", {"kurt bjerre": "vognmand"}),
        ("Møde med Lis Holm, Holm Bager", "holm bager", {"lis holm": None}),
        (
            "Tlf med Poul Vestergaard, Vestergaard Tømrer & Snedker: afslag",
            "vestergaard tømrer & snedker",
            {"poul vestergaard": None},
        ),
        ("Tlf med Ole Holm, Holm Slagter & Bager: ja til pølser", "holm slagter & bager", {"ole holm": None}),
    ],
)
def test_round17_chiefs_departments_and_trades(text, org, expected) -> None:
    got_org, got_people = org_and_people(text)
    assert (got_org, {k: (v or "").lower() or None for k, v in got_people.items()}) == (org, expected)


# A thing asked or given that opens the line is no partner: the card asks which one (stop 30, blind4's "Room").
@pytest.mark.parametrize(
    "text",
    [
        "Room confirmed by mail from Julie",
        "Cake delivered by Tom this morning",
        "Vouchers arrived from Sam today",
        "Bøgerne giver de gerne, sagde Hanne",
        "Pengene er kommet fra Lise",
        "Lokalet er bekræftet på mail af Bo",
    ],
)
def test_a_thing_opening_the_line_is_no_partner_and_the_card_asks(text) -> None:
    result = parse(text, now=datetime(2026, 12, 1, 12, 0, tzinfo=UTC), tz="Europe/Copenhagen")
    assert result.organization is None
    assert "organization" in result.uncertain


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Netto giver 500 kr. til læseklubben", "Netto"),
        ("Bogcafeen giver kaffe til oplæsningen", "Bogcafeen"),
        ("Saxo: 50 bøger til præmier", "Saxo"),
    ],
)
def test_a_partner_opening_the_line_stays_the_partner(text, org) -> None:
    result = parse(text, now=datetime(2026, 12, 1, 12, 0, tzinfo=UTC), tz="Europe/Copenhagen")
    assert result.organization == org


def test_a_known_partner_named_like_a_thing_stays_the_partner() -> None:
    known = Known(organizations=("Cake",))
    result = parse(
        "Cake delivered 40 cupcakes", now=datetime(2026, 12, 1, 12, 0, tzinfo=UTC), tz="Europe/London", known=known
    )
    assert result.organization == "Cake"
