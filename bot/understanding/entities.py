"""Organisations, contact persons with roles, and Slack mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .model import Contact, Known
from .text import language
from .times import MONTHS, WEEKDAYS
from .titles import (
    DEPARTMENTS,
    SHOP_TRADES,
    Title,
    find_titles,
    fold,
    is_head_word,
    is_role_word,
    is_title,
    plural_role,
)
from .vocab import (
    BRANDS,
    BRANDS_CASE_SENSITIVE,
    FIRST_NAMES,
    ORG_COMPOUND_ENDS,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PERMISSION_FROM,
    PLACES,
    STOPWORDS,
)

_TOKEN = re.compile(r"[\w&'/-]+|[(),:;.!?@\"\n]")
_EXTRA_STOP = (
    frozenset(
        """
    phoned left afslag opfølgende opfølgning faktura pick-up next waiting also great good nice
    sadly unfortunately need remember desværre super godt fint positivt kort vedr re ang
    today tomorrow yesterday kontakt contact ok okay thx tak hej hi dear kære
    wrote rang rung skrev skrevet lagde lagt chat chatted snak tlf tel mødte keen happy
    voicemail vm message besked sms telefonsvarer texted messaged asked spurgte
    mailtråd mailtråden e-mailtråd e-mailtråden mailkorrespondance thread
    dm dm'd dm'ed dmed dm'ede pm'd pm'ede sms'ede sms'et whatsapped whatsappede
    teams zoom skype slack linkedin facebook instagram
    interested interesseret positive positiv
    mvh vh hilsen hilsner regards cheers sincerely
    kl klokken
    they'll we'll i'll she'll he'll you'll it'll they're we're she's he's it's they've we've i've they'd we'd
    abt ifm mht pga tmrw tmw pls plz fwd fw videresendt forwarded
    nogen noget nogle endnu someone somebody anyone anybody nobody everyone everybody
    ved
    """.split()
    )
    | frozenset(WEEKDAYS)
    | frozenset(m for m in MONTHS if len(m) > 3)
)
_STOP = STOPWORDS | _EXTRA_STOP
_CONNECTORS = frozenset({"&", "og", "and", "of", "for", "i/s", "a/s"})
# Words before a phrase and how strongly they make it an organisation.
_ORG_PREPOSITIONS = {
    "hos": 3,
    "ved": 3,
    "at": 3,
    "@": 3,
    "fra": 2,
    "from": 2,
    "til": 1,
    "to": 1,
    "with": 2,
    "med": 2,
    "w/": 2,
    "called": 2,
    "ringede": 1,
    "rykkede": 1,
    "emailed": 2,
    "asked": 2,  # "Asked Waitrose Bath for prizes", "Spurgte Netto Tune om præmier"
    "spurgte": 2,
    "mailede": 2,
    "phoned": 2,
    "rang": 2,
    "rung": 2,
    "and": 1,
    "og": 1,
    "om": 1,
    "about": 1,
    "besøgte": 2,
    "visited": 2,
    "forbi": 2,  # "Var forbi Blomsterhjørnet", "kiggede forbi Cafe Ida": a visit, as "besøgte"
    "for": 1,
    "m.": 1,
    "i": 2,
    "på": 2,
    "of": 1,
    "caught": 1,
    # "who runs Hundige Bikes", "som driver Tune Kro"
    "runs": 3,
    "owns": 3,
    "driver": 3,
}
_PERSON_CUES = frozenset(
    "med m. with w/ til to called phoned emailed mailede fra from for kontakt contact ringede "
    "spoke talked met mødtes snakkede talte wrote skrev rang mødte asked spurgte kollega kollegaen colleague "
    "co-worker mvh vh hilsen hilsner regards cheers sincerely wishes thanks att. attn. "
    # Messages typed to someone: "DM'd Jess at ...", "sms'ede Ulla fra ...", "Whatsapped Priti at ...".
    "texted messaged dm'd dm'ed dmed dm'ede pm'd pm'ede sms'ede whatsapped whatsappede pinged".split()
)
_AND = frozenset({"og", "and"})
_ORG_AFTER_PERSON = frozenset({"fra", "from", "hos", "at", "@", "ved", "of", "på", "/"})  # "/": "Tom Reeve/Kestrel"
_TOPIC_WORDS = frozenset(
    {"om", "about", "re", "vedr", "ang", "regarding", "projektet", "project", "kampagnen", "campaign"}
)
_AFTER_PERSON = frozenset(
    {"hos", "fra", "at", "from", "@", ",", "(", "ved", "i", "in", "on", "og", "and", "&", "-", "–", "på", "of", "/"}
)
# Words right before a name that make it a person even when the name is unknown ("her colleague Ravi Shah").
_STRONG_PERSON_CUES = frozenset("kollega kollegaen colleague co-worker chef chefen boss manager".split())
_ARTICLES = frozenset({"den", "det", "de", "the"})
_SKIP_BEFORE = frozenset({"the", "vores", "our", "deres", "their", "a", "en", "et"})
_ALLCAPS_SHORT = re.compile(r"^[A-ZÆØÅ]{2,4}$")


@dataclass
class Tok:
    """A token with its offsets in the text."""

    text: str
    start: int
    end: int

    low: str = field(init=False, repr=False, compare=False)  # the token in lower case, read often

    def __post_init__(self) -> None:
        self.low = self.text.lower()


def _genitive_of_org(run: list[Tok]) -> bool:
    last = run[-1]
    if not last.low.endswith("s") or len(last.low) < 4:
        return False
    stem = last.text[:-1]
    return _brand(Tok(stem, 0, 0)) or _org_word(stem.lower())


def _public_body(run: list[Tok]) -> bool:
    """Return True for "Greve Kommunes", "Region Sjællands": what follows is one of its departments."""
    return len(run) >= 2 and run[-1].low[:-1].endswith(("kommune", "region"))


def _is_cap(tok: Tok) -> bool:
    t = tok.text
    if t[0].isupper():
        return True
    # Brand-like tokens starting with a digit ("3F", "7-Eleven").
    return bool(re.match(r"^\d+[A-Za-z-]", t)) and any(c.isupper() for c in t)


@lru_cache(maxsize=4096)
def _org_word(low: str) -> bool:
    """Return True for organisation nouns, also inside compounds and definite forms."""
    low = low.removesuffix(".")
    forms = [low]
    for ending in ("en", "et", "n"):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            forms.append(low[: -len(ending)])
    for form in forms:
        if form in ORG_SUFFIXES:
            return True
        if len(form) >= 8 and (form.endswith("eri") or any(form.endswith(s) for s in _COMPOUND_ENDS)):
            return True
    return False


def is_org_word(low: str) -> bool:
    """Whether a lowercase word names a kind of organisation ("forlaget", "dental", "sparekassen")."""
    return _org_word(low)


def _brand(tok: Tok) -> bool:
    low = tok.low
    if low in BRANDS_CASE_SENSITIVE:
        return tok.text[0].isupper() or tok.text[0].isdigit()
    return low in BRANDS


@dataclass
class Phrase:
    """A run of capitalised tokens (a name or an organisation)."""

    toks: list[Tok]
    index: int  # index of the first token in the token list

    @property
    def text(self) -> str:
        """The phrase as written."""
        return " ".join(t.text for t in self.toks)

    @property
    def start(self) -> int:
        """Offset of the phrase's first character."""
        return self.toks[0].start


# Abbreviations that begin names of organisations ("Chr. Hansen", "St. Jørgens Skole", "Skt. Annæ").
_NAME_ABBREVIATIONS = frozenset({"chr", "st", "skt", "sct", "brdr", "gl"})  # "Gl. Rye Sogn": gammel
# Company forms that keep their full stop as part of the name ("Grant Paper Ltd.", "Nordic Paper Co.").
_COMPANY_ABBREVIATIONS = frozenset({"ltd", "co", "inc", "corp", "bros"})
# Company forms that end a firm's name ("Ryan Builders Ltd", "Holm Entreprise ApS").
_COMPANY_FORMS = frozenset({"ltd", "inc", "corp", "llc", "plc", "aps", "a/s", "i/s", "gmbh", "llp"})
_COMPANY_FORMS_CASED = frozenset({"AS", "AB", "Oy", "BV", "AG", "SA", "ASA"})  # "Kari Fisk AS", "Ek Trä AB"
# Organisation nouns that end a compound ("Sparekassen", "Bilcentret"); company forms ("ApS", "Ltd")
# are words of their own, so a surname ending in their letters ("Lars Vindelapsen") is no firm.
_COMPOUND_ENDS = tuple(s for s in ORG_SUFFIXES if len(s) >= 3 and s not in _COMPANY_FORMS) + tuple(ORG_COMPOUND_ENDS)


def _tokens(text: str) -> list[Tok]:
    toks = [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    for n in range(len(toks) - 2, -1, -1):
        tok, dot = toks[n], toks[n + 1]
        if (
            (tok.low in _NAME_ABBREVIATIONS or tok.low in _HONORIFICS)
            and dot.text == "."
            and dot.start == tok.end
            and tok.text[0].isupper()
        ):  # "Chr. Hansen", "Brdr. Price"; "Mr. Ray Tully", "Lt. Mark Dwyer": the stop is the word's
            toks[n : n + 2] = [Tok(tok.text + ".", tok.start, dot.end)]
        elif (
            tok.low in _COMPANY_ABBREVIATIONS
            and dot.text == "."
            and dot.start == tok.end
            and tok.text[0].isupper()
            and n > 0
            and _is_cap(toks[n - 1])
            and toks[n - 1].end + 1 == tok.start
        ):
            toks[n : n + 2] = [Tok(tok.text + ".", tok.start, dot.end)]
    for n in range(len(toks) - 1, -1, -1):
        slash = _NAME_SLASH_NAME.fullmatch(toks[n].text)
        if slash:  # "mtg Tom Reeve/Kestrel Print": Slack shorthand for a person and their organisation
            a, b = toks[n].start, toks[n].start + slash.end(1)
            toks[n : n + 1] = [Tok(slash.group(1), a, b), Tok("/", b, b + 1), Tok(slash.group(2), b + 1, toks[n].end)]
    return toks


# Two capitalised words joined by a slash ("Reeve/Kestrel"); not "A/S", "I/S" or "w/".
_NAME_SLASH_NAME = re.compile(r"([A-ZÆØÅ][\w'-]+)/([A-ZÆØÅ0-9][\w&'-]+)")


# Units of a body that carry a number as part of their name ("Elks Lodge 878", "Painters Local 58", "Loge 12").
_NUMBERED_UNITS = frozenset(
    {"lodge", "post", "local", "chapter", "troop", "pack", "loge", "afdeling", "kreds", "division"}
)


def _phrases(toks: list[Tok]) -> list[Phrase]:
    phrases: list[Phrase] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if (not _is_cap(tok) and not _ordinal_name(toks, i)) or (
            tok.low in _STOP
            and not _name_not_word(toks, i)
            and not _the_in_name(toks, i)
            and not _pronoun_in_name(toks, i)
        ):
            i += 1
            continue
        run = [tok]
        j = i + 1
        while j < len(toks):
            nxt = toks[j]
            if toks[j - 1].end != nxt.start - 1 and nxt.start - toks[j - 1].end > 1:
                break  # a masked span (time, money) sits between them
            if run[-1].text.endswith(("'s", "s'")) and (
                nxt.low in FIRST_NAMES
                or _department(nxt.low)
                or is_role_word(nxt.text)
                or (len(run) >= 2 and _org_word(run[-1].low[:-2]))  # "Devon County Council's Library Services"
            ):
                break  # "Saxo's Anna Svensson", "Carlsberg's CSR department": the possessive ends the organisation
            if (
                run[-1].text.endswith(("'s", "s'", "’s"))
                and _is_cap(nxt)
                and j + 1 < len(toks)
                and toks[j + 1].text in _BRANCH_WORDS  # lower case: "Shah's Corner Shop" is one name
                and toks[j + 1].start == nxt.end + 1
            ):
                break  # "Bank of Astoria's Ditmars branch", "Fenwick's Newcastle store": the owner, then its branch
            if _genitive_of_org(run) and (
                _department(nxt.low)
                or is_role_word(nxt.text)
                or (_public_body(run) and _is_cap(nxt))
                or (len(run) >= 2 and _first_name(nxt.low))
            ):
                break  # "Carlsbergs CSR-afdeling", "Greve Kommunes Kulturchef", "Greve Kommunes Center for ..."
            if (
                len(run) >= 2
                and run[-1].low.endswith("s")
                and not run[-1].low.endswith("'s")
                and "-" in nxt.low
                and _department(nxt.low)
            ):
                break  # "Coop Danmarks CSR-team": a Danish genitive before a department
            if (
                len(run) >= 2
                and (_org_word(run[-1].low) or _brand(run[-1]))
                and _first_name(nxt.low)
                and not _first_name(run[0].low)
            ):
                break  # "på Herlev Hospital Mette Riis": the organisation ends where a person begins
            if (
                len(run) == 1
                and len(run[0].low) >= 8
                and _org_word(run[0].low)
                and not _first_name(run[0].low)
                and _first_name(nxt.low)
                and j + 1 < len(toks)
                and toks[j + 1].text.istitle()
                and toks[j + 1].start == nxt.end + 1
            ):
                break  # "på Rigshospitalet Mette Kjær": a one-word organisation, then a first name and surname
            if (
                len(run) >= 2
                and run[-1].low in PLACES
                and (_org_word(run[0].low) or _brand(run[0]))
                and _first_name(nxt.low)
                and not _first_name(run[0].low)
                and j + 1 < len(toks)
                and _is_cap(toks[j + 1])
                and toks[j + 1].start == nxt.end + 1
            ):
                break  # "i Sydbank Køge Tove Marker": a branch in a town, then a first name and surname
            if _is_cap(nxt) and (
                nxt.low not in _STOP
                or run[0].text == "The"
                or (nxt.low in _NAME_NOUNS and nxt.text.istitle() and not _first_name(run[-1].low))  # "Costa Coffee"
                or (nxt.text.istitle() and _org_word(nxt.low) and not _first_name(run[-1].low))  # "Røde Kors Butikken"
                or _stop_inside_name(run, toks, j)  # "Sunny Side Up Café"
                or (nxt.text == "Is" and not run[-1].text.isupper())  # "Lasses Is", "Hornbæk Is & Kaffe"
                or (nxt.text.isupper() and len(nxt.text) >= 2 and not run[-1].text.isupper())
            ):  # "Brøndby IF": an all-caps word inside a name is part of it
                run.append(nxt)  # after "The", capitalised words are the name ("The Book Nook")
            elif _surname_word(run, toks, j):
                run.append(nxt)  # "Paula Ring - comms officer": a surname that is also a word
            elif _ELIDED_NAME.match(nxt.text) and nxt.start == run[-1].end + 1:
                run.append(nxt)  # "Hotel d'Angleterre", "Café l'Europe": an elided French article inside a name
            elif (
                nxt.low in _PARTICLES
                and nxt.text.islower()
                and (
                    _first_name(run[0].low)
                    or (len(run) == 1 and _name_chars(run[0].text) and not _orgish(run[0]))
                    or (len(run) == 1 and _org_word(run[0].low) and nxt.low in ("du", "de", "la", "le", "da", "di"))
                )  # "Hotel du Vin Brighton"
                and _particle_then_name(toks, j)
            ):
                while toks[j].low in _PARTICLES and toks[j].text.islower():
                    run.append(toks[j])  # "Marianne von Holstein", "Jan van der Berg"
                    j += 1
                run.append(toks[j])
            elif (
                nxt.text.isdigit()
                and len(run) >= 1
                and (
                    _brand(run[0])
                    or (j + 1 < len(toks) and toks[j + 1].low in PLACES and toks[j + 1].start == nxt.end + 1)
                    or (
                        len(nxt.text) <= 2
                        and not _first_name(run[0].low)
                        and (j + 1 == len(toks) or toks[j + 1].text in (",", ";", ")", "\n"))
                    )  # "centerleder i City 2, om ...": a number closing a name
                    or (
                        run[-1].low in _NUMBERED_UNITS
                        and len(run) >= 2
                        and (j + 1 == len(toks) or not _is_cap(toks[j + 1]) or toks[j + 1].start > nxt.end + 1)
                    )  # "Elks Lodge 878", "American Legion Post 52", "Troop 101": a numbered unit of a body
                )
            ):
                run.append(nxt)  # "Rema 1000", "Sport 24 Køge"
            elif _shop_in_place(run, toks, j):
                run.extend([nxt, toks[j + 1]])  # "Cykelsmeden i Ringsted", "Tandklinikken i Hvalsø"
                j += 1
            elif (nxt.low in _AND or nxt.low == "&") and j + 1 < len(toks) and _two_people(run, toks, j):
                break  # "Anne Holm og Per Nygaard", "Jens & Lone": two people, not one
            elif (
                nxt.low in _AND
                and j + 2 < len(toks)
                and _first_name(toks[j + 1].low)
                and toks[j + 2].low in _ORG_AFTER_PERSON
            ):
                break  # "Birgitte fra Netto og Lars fra Fakta": a second person, not part of the name
            elif (
                nxt.low in ("&", "of")
                and j + 2 < len(toks)
                and toks[j + 1].low == "the"
                and _is_cap(toks[j + 2])
                and toks[j + 2].low not in _STOP
            ):
                run.extend([nxt, toks[j + 1], toks[j + 2]])  # "Joe & The Juice", "Bank of the West"
                j += 2
            elif (
                nxt.text == "the"
                and j + 1 < len(toks)
                and _is_cap(toks[j + 1])
                and toks[j + 1].low not in _STOP
                and not _first_name(run[0].low)
                and toks[j + 1].start == nxt.end + 1
            ):
                run.extend([nxt, toks[j + 1]])  # "Save the Children", "Friends of the Earth"
                j += 1
            elif (
                nxt.low in _AND
                and j + 2 < len(toks)
                and _is_cap(toks[j + 1])
                and _is_cap(toks[j + 2])
                and toks[j + 2].start == toks[j + 1].end + 1
            ):
                break  # "Sommerbog i Hallen og Greve Svømmehal": "og" before a new name of its own
            elif (
                nxt.low == "for"
                and j + 2 < len(toks)
                and _first_name(toks[j + 1].low)
                and _is_cap(toks[j + 2])
                and toks[j + 2].start == toks[j + 1].end + 1
                and not _orgish(toks[j + 2])
            ):
                break  # "left msg at Jyllands-Posten for Carsten Krog": the person the message is for
            elif nxt.low in _CONNECTORS and j + 1 < len(toks) and _is_cap(toks[j + 1]) and toks[j + 1].low not in _STOP:
                run.extend([nxt, toks[j + 1]])
                j += 1
            else:
                break
            j += 1
        if run[-1].low in _ADDRESS_WORDS and len(run) >= 2 and i > 0 and toks[i - 1].low in ("on", "off", "på"):
            pass  # "(the café on Mill Lane)": an address, neither a person nor the partner
        elif len(run) >= 3 and _honorific(run[0].low) and _is_cap(run[1]) and run[1].low not in _STOP:
            phrases.append(Phrase(run[1:], i + 1))  # "Dr Kwame Mensah", "Councillor Jane Ashby"
        else:
            phrases.append(Phrase(run, i))
        i = j
    return phrases


# How names of campaigns and projects end ("Sommerbogen", "Bogstart-kampagnen", "Reading Challenge").
_PROJECT_ENDS = ("bogen", "kampagnen", "kampagne", "challenge", "readathon", "read-a-thon")
_CAMPAIGN_LAST = frozenset({"challenge", "readathon", "read-a-thon", "campaign", "kampagne", "kampagnen"})
_PROJECT_LAST = frozenset({"day", "week", "month", "challenge", "read", "readathon", "read-a-thon", "campaign"})


def _project_name(lows: list[str]) -> bool:
    """Whether a capitalised phrase names a campaign or project rather than a partner."""
    if any(_org_word(w) for w in lows):
        return False
    if len(lows) == 1:
        return lows[0].endswith(_PROJECT_ENDS) and len(lows[0]) > 6
    return lows[-1] in _PROJECT_LAST


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def _ordinal_name(toks: list[Tok], i: int) -> bool:
    """An ordinal opening a name of capitalised words ("20th Century Studios", "1st Greve Spejdergruppe")."""
    return (
        bool(_ORDINAL.match(toks[i].text))
        and i + 2 < len(toks)
        and toks[i + 1].start == toks[i].end + 1
        and _is_cap(toks[i + 1])
        and toks[i + 1].low not in _STOP
        and toks[i + 2].start == toks[i + 1].end + 1
        and _is_cap(toks[i + 2])
    )


def _stop_inside_name(run: list[Tok], toks: list[Tok], j: int) -> bool:
    """A capitalised stop word inside a name ("Sunny Side Up Café", "Pret A Manger Leeds"): kept when an
    organisation word closes the name right after it, or two more capitalised words follow."""
    nxt = toks[j]
    if (
        not nxt.text.istitle()
        or nxt.low in _CALENDAR_WORDS
        or nxt.low in _CONNECTORS
        or nxt.low in ("the", "i")
        or j + 1 >= len(toks)
        or _first_name(run[0].low)
        or nxt.start != run[-1].end + 1
    ):
        return False
    after = toks[j + 1]
    if after.start != nxt.end + 1 or not _is_cap(after) or after.low in _STOP:
        return False
    if len(run) >= 2 and (_org_word(after.low) or _brand(after)):
        return True  # "Sunny Side Up Café"
    # "Pret A Manger Leeds": the name goes on for two more capitalised words.
    then = toks[j + 2] if j + 2 < len(toks) else None
    return then is not None and then.start == after.end + 1 and _is_cap(then) and then.low not in _STOP


_ELIDED_NAME = re.compile(r"^[dl]['’][A-ZÆØÅ]\w+")
# Ordinary nouns (stop words elsewhere: "coffee meeting") that are part of a capitalised name.
_NAME_NOUNS = frozenset({"coffee", "lunch", "book", "books", "phone"})
# Forms of address before a name: not part of it.
_HONORIFICS = frozenset(
    {"dr", "mr", "mrs", "ms", "prof", "councillor", "cllr", "sir", "dame", "rev", "major", "sgt", "capt"}
    | {
        "lt",
        "col",
        "cmdr",
        "father",
        "fr",
        "sister",
        "rabbi",
        "imam",
        "mayor",
        "senator",
        "governor",
        "alderman",
        "judge",
    }
)
# Forms of address that are also an office or a rank, the person's title as written ("Cllr Sarah Wood",
# "Lt. Mark Dwyer"), unless a title is written next to the name.
_OFFICE_HONORIFICS = frozenset(
    {
        "councillor",
        "cllr",
        "major",
        "sgt",
        "capt",
        "lt",
        "col",
        "cmdr",
        "mayor",
        "senator",
        "governor",
        "alderman",
        "judge",
    }
)


def _honorific(low: str) -> bool:
    return low.removesuffix(".") in _HONORIFICS


def _office_before(toks: list[Tok], index: int) -> str | None:
    """The office or rank written before a name ("Cllr", "Lt."), as the person's title."""
    if index > 0 and toks[index - 1].low.removesuffix(".") in _OFFICE_HONORIFICS and toks[index - 1].text[0].isupper():
        return toks[index - 1].text
    return None


# Danish nouns for a firm in the definite form, before its name ("vvs-firmaet Dam & Søn").
_FIRM_NOUNS = ("firmaet", "virksomheden", "forretningen", "selskabet", "kæden", "butikken", "værkstedet")
_ENDS_SIGNATURE = re.compile(r"\s*(?:\||$)")
_WORD_AFTER = re.compile(r" ([a-zæøå][\wæøå-]+)")
# A parenthesis that says what the name is: "(the café on Mill Lane)", "(bageriet på torvet)".
_PAREN_DESCRIBES = re.compile(r"\s*\(\s*(?:(?:the|a|an|en|et|local|lokale)\s+([\wæøå'-]+)|([a-zæøå]+(?:et|en|ne))\b)")
_ADDRESS_WORDS = frozenset({"lane", "street", "road", "avenue", "square", "gade", "vej", "allé", "stræde"})
_SAINT = frozenset({"st", "saint", "skt", "sankt"})  # "St Mungo's" keeps its 's
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "du", "da", "di", "le", "la", "ter", "zu"})
_DEFINITE = ("en", "et", "ne", "erne")
_STREET = ("gade", "vej", "torv", "plads", "stræde", "allé")


def _shop_in_place(run: list[Tok], toks: list[Tok], j: int) -> bool:
    """Whether "i <Place>" at toks[j] belongs to the name: a Danish definite noun that names a shop
    or a practice by its trade ("Cykelsmeden i Ringsted", "Bogcaféen i Hvalsø", "Tandlægerne i Torvegade")."""
    if toks[j].text != "i" or j + 1 >= len(toks):
        return False
    if len(run) > 1 and not (_org_word(run[-1].low) and run[-1].low.endswith(_DEFINITE)):
        return False  # "Røde Kors Butikken i Ringsted": a longer name that ends in a definite shop noun
    head, place = run[-1], toks[j + 1]
    if (
        head.low in FIRST_NAMES
        or (head.low in _STOP and len(run) == 1)
        or not head.low.endswith(_DEFINITE)
        or len(head.low) < 7
    ):
        return False
    if not _is_cap(place) or toks[j].start != head.end + 1 or place.start != toks[j].end + 1:
        return False
    if place.low in PLACES or place.low.endswith(_STREET):
        return True
    # A town the list does not know ("Brugsen i Ølstykke", "Boghandleren i Hørsholm"): one capitalised
    # word that is no first name, where the name ends.
    return (
        place.low not in FIRST_NAMES
        and place.low not in _STOP
        and (_org_word(head.low) or (len(head.low) >= 8 and head.low.endswith(("et", "en"))))
        and (j + 2 >= len(toks) or not _is_cap(toks[j + 2]) or toks[j + 2].start > place.end + 1)
    )


_SHOP_CUES = frozenset({"med", "m.", "til", "hos", "ved", "fra", "w/", "with", "at"})


def _lower_shop_in_place(toks: list[Tok], ph: Phrase) -> str | None:
    """ "med bageren i Vig", "hos frisøren i Tune": a shop named by its trade, lowercase, in a capitalised town."""
    k = ph.index
    if len(ph.toks) != 1 or k < 3 or toks[k - 1].text != "i":
        return None
    noun, cue = toks[k - 2], toks[k - 3]
    if (
        not noun.text.isalpha()
        or not noun.text.islower()
        or not noun.low.endswith(_DEFINITE)
        or len(noun.low) < 7
        or noun.low in _STOP
        or (is_role_word(noun.text) and fold(noun.low[:-2]) not in SHOP_TRADES)  # "bageren": the trade's shop
        or cue.low not in _SHOP_CUES
        or ph.toks[0].low in FIRST_NAMES
    ):
        return None
    return f"{noun.text.capitalize()} i {ph.toks[0].text}"


def _particle_then_name(toks: list[Tok], j: int) -> bool:
    while j < len(toks) and toks[j].low in _PARTICLES and toks[j].text.islower():
        j += 1
    return j < len(toks) and _is_cap(toks[j]) and toks[j].low not in _STOP and not _orgish(toks[j])


def _orgish(tok: Tok) -> bool:
    """Return True for a word that names or ends an organisation rather than a person."""
    return _org_word(tok.low) or _brand(tok) or tok.low in PLACES or tok.low in ORG_PREFIXES


def _name_chars(word: str) -> bool:
    """Return True for a word that can be part of a person's name ("Ulla-Britt", "O'Connor")."""
    return word.replace("-", "").replace("'", "").isalpha() and word[-1].isalpha() and not word.lower().endswith("'s")


# First names as typed without æ/ø/å ("soren", "jorgen", "bjorn", "aase"): Danish typed on a foreign keyboard.
_FIRST_NAMES_FOLDED = FIRST_NAMES | {fold(n) for n in FIRST_NAMES} | {n.replace("ø", "oe") for n in FIRST_NAMES}


def _first_name(low: str) -> bool:
    """Return True for a known first name, also hyphenated ("Anne-Marie") or typed without æ/ø/å ("soren")."""
    return low in _FIRST_NAMES_FOLDED or ("-" in low and all(part in _FIRST_NAMES_FOLDED for part in low.split("-")))


def _two_people(run: list[Tok], toks: list[Tok], j: int) -> bool:
    """Return True when "og"/"and"/"&" at toks[j] joins two people rather than one organisation."""
    nxt = toks[j + 1]
    if any(_org_word(t.low) or _brand(t) for t in run):
        return False
    if any(t.low in ("of", "for") for t in run):
        return False  # "Ella Ray of Stone & Ray Architects": the "&" joins the firm's name after "of"
    if _first_name(run[0].low) and _first_name(nxt.low):
        return True
    if (
        len(run) == 1
        and _first_name(run[0].low)
        and toks[j].low in _AND
        and _is_cap(nxt)
        and _name_chars(nxt.text)
        and not _orgish(nxt)
        and (j + 2 >= len(toks) or toks[j + 2].low in _ORG_AFTER_PERSON or toks[j + 2].text in ",.;:(")
    ):
        return True  # "Ravi and Meera from ...": a known first name and another, unknown one
    if (
        len(run) == 1
        and _first_name(run[0].low)
        and j + 3 < len(toks)
        and _is_cap(nxt)
        and _name_chars(nxt.text)
        and not _orgish(nxt)
        and _is_cap(toks[j + 2])
        and _name_chars(toks[j + 2].text)
        and not _orgish(toks[j + 2])
        and (toks[j + 3].low in _ORG_AFTER_PERSON or toks[j + 3].text in ",.;:(")
    ):
        return True  # "Dave & Sue Platt, owners of ...", "Lars og Hanne Juul fra ...": a first name and a full name
    if (
        len(run) == 1
        and toks[j].low in _AND
        and _spoke_to_before(toks, j - 1)
        and _is_cap(nxt)
        and all(_name_chars(t.text) and not _orgish(t) for t in (run[0], nxt))
        and j + 2 < len(toks)
        and toks[j + 2].low in _ORG_AFTER_PERSON
    ):
        return True  # "Spoke to Kit and Bryony at ...": two people spoken to, names the list does not know
    if toks[j].low == "&" or len(run) != 2 or j + 2 >= len(toks):
        return False
    # "Bodil Krogh og Ejnar Holm": two two-word names even when the first names are unknown.
    second = toks[j + 2]
    after = toks[j + 3] if j + 3 < len(toks) else None
    return (
        _is_cap(nxt)
        and _is_cap(second)
        and nxt.low not in _STOP
        and second.low not in _STOP
        and not (_org_word(nxt.low) or _org_word(second.low) or _brand(nxt) or _brand(second))
        and (after is None or not _is_cap(after))
    )


_OPENING_VERBS = frozenset("called phoned rang emailed met visited ringede mailede mødte besøgte".split())


def _the_in_name(toks: list[Tok], i: int) -> bool:
    """Return True for a capitalised "The" inside a sentence that starts a name ("at The Book Nook"),
    or another capitalised ordinary word that begins a name of two more ("mtg w/ Good Things Happen")."""
    if i == 0 or i + 1 >= len(toks):
        return False
    before, nxt = toks[i - 1], toks[i + 1]
    inside = (
        (before.text.isalpha() and before.text.islower())
        or before.low in ("w/", "@")
        or (i == 1 and before.low in _OPENING_VERBS)  # "Called The Corner Shelf", "Met The Old Bakery"
    )
    if toks[i].text == "The":
        return inside and _is_cap(nxt)
    return (
        inside
        and toks[i].text.istitle()
        and toks[i].low not in _CALENDAR_WORDS
        and i + 2 < len(toks)
        and all(
            _is_cap(t) and t.low not in _STOP and t.start == p.end + 1 for p, t in ((toks[i], nxt), (nxt, toks[i + 2]))
        )
    )


# A branch of an organisation named after its possessive and town: "Bank of Astoria's Ditmars branch".
_CHAIN_OPENERS = frozenset({"super", "min", "din", "dagli", "dagli'"})
_NAME_JUST_BEFORE = re.compile(r"[A-ZÆØÅ][\w'’&.-]*\s+[A-ZÆØÅ][\w'’&.-]*\s*$")
_BRANCH_WORDS = frozenset({"branch", "store", "office", "outlet", "location", "shop", "site", "afdeling", "filial"})
_NAME_PRONOUNS = frozenset({"min", "mit", "din", "dit", "vores", "jeres", "my", "your", "our"})


def _pronoun_in_name(toks: list[Tok], i: int) -> bool:
    """Return True for a possessive that begins a shop's name ("Min Købmand Tarm", "Din Tøjmand", "Your Bike Shop"):
    title-cased, right before a title-cased word that is no first name, title or colleague ("Min Kollega Hanne" is ours)."""
    tok = toks[i]
    if tok.low not in _NAME_PRONOUNS or not tok.text.istitle() or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if not (
        nxt.start == tok.end + 1
        and nxt.text.istitle()
        and nxt.text.removesuffix("'s").isalpha()
        and nxt.low not in _STOP
        and not _first_name(nxt.low)
        and nxt.low not in _STRONG_PERSON_CUES
        and nxt.low not in _PERSON_CUES
    ):
        return False
    if not is_role_word(nxt.text):
        return True
    # A trade that is also a title ("Min Købmand") names a shop when a town or a colon follows it ("Min Købmand Tarm:").
    after = toks[i + 2] if i + 2 < len(toks) else None
    return after is not None and (
        after.text == ":" or (after.text.istitle() and after.text.isalpha() and not _first_name(after.low))
    )


_CALENDAR_WORDS = frozenset(
    """
    i mandag tirsdag onsdag torsdag fredag lørdag søndag monday tuesday wednesday thursday friday saturday
    sunday januar februar marts april maj juni juli august september oktober november december january
    february march may june july october
    """.split()
)


def _surname_word(run: list[Tok], toks: list[Tok], j: int) -> bool:
    """A capitalised stop word ("Ring", "Bell") after a lone known first name, closing the phrase before
    punctuation or a dash, is the surname."""
    nxt = toks[j]
    if len(run) != 1 or not _first_name(run[0].low) or not nxt.text.istitle() or len(nxt.text) < 3:
        return False
    if j + 1 == len(toks):
        return True
    after = toks[j + 1]
    # "Liam Cross from ...", "Eva Bank hos ...": the person's organisation follows the surname.
    return after.text in (",", ";", ":", ")", "(", "-") or after.start > nxt.end + 1 or after.low in _ORG_AFTER_PERSON


# Months that are also first names: a name only when a surname follows ("secretary June Lyons").
_MONTH_NAMES = frozenset({"june", "april", "may"})


def _name_not_word(toks: list[Tok], i: int) -> bool:
    """Return True for a first name that is also a word ("Per Nygaard") when a surname follows."""
    tok = toks[i]
    if tok.low in _MONTH_NAMES and tok.text.istitle() and 0 < i < len(toks) - 1:
        nxt = toks[i + 1]
        return (
            nxt.start == tok.end + 1
            and nxt.text.istitle()
            and nxt.text.isalpha()
            and nxt.low not in _STOP
            and not _orgish(nxt)
            and toks[i - 1].text.isalpha()
        )
    if tok.low not in FIRST_NAMES or not tok.text.istitle():
        return False
    before = toks[i - 1].low if i > 0 else ""
    if before in ("med", "with", "til", "to", "w/", "og", "and") or (
        before == "." and i > 1 and toks[i - 2].low == "m"
    ):
        return True  # "tlf m. Per fra ..."
    if i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return nxt.start == tok.end + 1 and _is_cap(nxt) and nxt.low not in _STOP and i > 0


def _prev_word(toks: list[Tok], index: int) -> str:
    k = index - 1
    while k >= 0 and toks[k].low in _SKIP_BEFORE:
        k -= 1
    if k < 0:
        return ""
    word = toks[k].low
    if word == "/" and k > 0:
        if toks[k - 1].text[:1].isupper() and toks[k].start == toks[k - 1].end:
            return "/"  # "Tom Reeve/Kestrel Print": what follows the person's slash is their organisation
        return toks[k - 1].low + "/"
    if word == "." and k > 0 and toks[k - 1].low in ("m", "tlf", "tel", "att", "attn"):
        return toks[k - 1].low + "."
    if word == "." and k > 1 and toks[k - 1].low == "t" and toks[k - 2].low in _CONTACT_VERBS:
        return "til"  # "ringede t. Galten Bageri", "skrev t. Bo Ibsen": Slack shorthand for "til"
    if word in (",", "!") and k > 0 and toks[k - 1].low in _SIGN_OFF_WORDS:
        return toks[k - 1].low  # "Kind regards, Gail Moss", "Best wishes, ...", "Mvh, Lone": the sender follows
    if word == "\n" and k > 0:
        # "Best wishes,\nDeb Fox", "Mvh\nKarin Bo", "Best,\nDeb Fox": a sign-off line, then the sender's name
        j = k - 1
        if toks[j].text in (",", "!") and j > 0:
            j -= 1
        if toks[j].low in _SIGN_OFF_WORDS or (toks[j].low == "best" and (j == 0 or toks[j - 1].text == "\n")):
            return "regards" if toks[j].low == "best" else toks[j].low
    return word


_ADDRESSED = frozenset({"att.", "attn.", "att", "attn"})
_SIGN_OFF_WORDS = frozenset("mvh vh hilsen hilsner regards cheers sincerely wishes thanks tak".split())
_MESSAGE_WORDS = frozenset(
    "email e-mail mail sms besked message text voicemail vm opkald call reply svar mailtråd thread".split()
)
_SPOKE_VERBS = frozenset({"spoke", "talked", "chatted", "speaking", "talking", "talte", "snakkede", "snakker", "taler"})


def _spoke_to_before(toks: list[Tok], index: int) -> bool:
    """Whether "spoke to" / "talked with" / "talte med" stands right before toks[index]: a person follows."""
    return (
        index >= 2 and toks[index - 1].low in ("to", "with", "w/", "med", "til") and toks[index - 2].low in _SPOKE_VERBS
    )


# Goods and kinds of eatery that end a firm named after a person ("Peter Larsen Kaffe", "Jensens Bøfhus"), though
# they name no organisation on their own (so "Morgenkaffe med Lis" stays a coffee).
_FIRM_TAILS = frozenset(
    """
    kaffe kaffebar bøfhus steakhouse grill burger burgers chokolade lakrids is flødeis isbutik smørrebrød
    coffee roasters chocolates fudge sweets gelato
    """.split()
)


def _firm_tail(tok: Tok) -> bool:
    """Whether a capitalised word ends a firm's name: an organisation word, or goods or an eatery (_FIRM_TAILS)."""
    return _org_word(tok.low) or (tok.low in _FIRM_TAILS and tok.text[0].isupper())


def _genitive_firm(words: list[Tok], english: bool) -> bool:
    """A firm named by a person's name in the genitive ("Jensens Bøfhus", "Mettes Blomster", "Rosie Lee's Tearoom",
    "Sarah's Bakery"): a possessive inside the phrase with a firm's word after it."""
    if len(words) < 2 or not _firm_tail(words[-1]):
        return False
    for k, w in enumerate(words[:-1]):
        if w.text.endswith(("'s", "’s")) and all(_is_cap(x) for x in words[k + 1 :]):
            # the owner's name alone before it: not "Tony Rizzo of Rizzo's Deli" (a person, then the firm)
            return (
                k <= 1 and all(_name_chars(x.text) and not _orgish(x) for x in words[:k]) and _name_chars(w.text[:-2])
            )
    first = words[0]
    if english or len(words) != 2 or _first_name(first.low) or not first.text.endswith("s") or len(first.low) < 5:
        return False
    stem = first.low[:-1]
    return stem.endswith("sen") or _first_name(stem)  # Danish genitive: "Jensens", "Hansens", "Karens"


def _split_person(
    ph: Phrase,
    toks: list[Tok],
    cue_before: bool,
    has_mentions: bool,
    strong_cue: bool = False,
    english: bool = False,
) -> tuple[str | None, str | None, list[Tok]]:
    """Split a phrase into (role, person name, remaining tokens)."""
    words = list(ph.toks)
    role = None
    if _genitive_firm(words, english):
        return None, None, ph.toks  # "Ringede til Jensens Bøfhus", "Called Rosie Lee's Tearoom": a firm, no person
    if (
        len(words) == 2
        and ph.index > 0
        and fold(words[0].low) in SHOP_TRADES
        and words[0].text[0].isupper()
        and not _first_name(words[1].low)
    ):
        return (
            None,
            None,
            ph.toks,
        )  # "Ringede til Købmand Hansen", "Bager Olsen i Vig": a shop named by trade and surname
    if len(words) >= 2 and is_role_word(words[0].text) and not _org_word(words[0].low):
        role = is_role_word(words[0].text)
        words = words[1:]
    if (
        len(ph.toks) >= 2
        and not any(t.low in ("of", "fra", "from", "hos", "at", "i", "ved") for t in ph.toks)
        and (
            ph.toks[-1].low.removesuffix(".") in _COMPANY_FORMS
            or ph.toks[-1].text in _COMPANY_FORMS_CASED
            or (
                ph.toks[1].low in ("&", "og", "and")
                and len(ph.toks) >= 4
                and any(_org_word(t.low) for t in ph.toks[3:])
            )
        )
    ):
        # "Ryan Builders Ltd", "Owen & Pugh Solicitors": a firm, though its first word is a first name.
        return None, None, ph.toks
    first = words[0].low
    after = toks[ph.index + len(ph.toks)].low if ph.index + len(ph.toks) < len(toks) else ""
    known = _first_name(first)
    if _department(first) and len(words) == 1:
        return None, None, ph.toks  # "fra HR i Coloplast": a department, not a person
    role_cue = role is not None or _role_before(toks, ph.index) is not None or strong_cue
    # "att. Lee Morgan" closing the line; "spoke to Gemma about ...": a person by the words around.
    addressed = _prev_word(toks, ph.index) in _ADDRESSED and after in ("", ".", "\n", ";")
    # The sender on the line after a sign-off, alone on it or before their title ("Best,\nDeb Fox\nStore Manager").
    addressed = addressed or (
        toks[ph.index - 1].text == "\n"
        and _prev_word(toks, ph.index) in _SIGN_OFF_WORDS
        and after in ("", "\n", ",", "|")
    )
    spoken_to = (after in _TOPIC_WORDS or after in ("", ".", ";", "\n")) and _spoke_to_before(toks, ph.index)
    # "Email from Gail Moss: ...", "sms fra Lotte Bak: ...": the sender of a message.
    addressed = addressed or (
        after == ":"
        and ph.index >= 2
        and toks[ph.index - 1].low in ("from", "fra")
        and toks[ph.index - 2].low in _MESSAGE_WORDS
    )
    if (
        not known
        and len(words) == 1
        and (cue_before or role_cue)
        and (after in _AFTER_PERSON or role_cue or addressed or spoken_to)
        and _name_chars(words[0].text)
        and not (words[0].text.isupper() and len(words[0].text) > 1)  # "the PTA": an acronym, not a name
        and not _honorific(first)  # "talked to Dr. Helen Ward"
        and not (_org_word(first) or _brand(words[0]) or first in PLACES or first in ORG_PREFIXES)
    ):
        return role, words[0].text, []  # an unknown first name: "med Solvej fra ...", "ejeren Mehmet"
    connector = next((k for k, w in enumerate(words) if w.low in ("of", "fra", "from", "hos")), None)
    if not known and connector in (2, 3) and (cue_before or role_cue):
        # "Jean-Luc Moreau of Moreau & Fils": the name ends at the connector, the partner follows.
        name_words = words[:connector]
        if all(_name_chars(w.text) and not _orgish(w) for w in name_words):
            return role, " ".join(w.text for w in name_words), words[connector:]
    if not known:
        # An unknown two- or three-word name between a person cue and an org cue.
        plausible = (
            (cue_before or role_cue)
            and (after in _AFTER_PERSON or role_cue or addressed or spoken_to)
            and 2 <= len(words) <= (4 if any(w.low in _PARTICLES for w in words) else 3)
            and words[0].low not in _ARTICLES  # "Den Blå Cykel", "The Corner Shelf": a name made of words
            and not any(_org_word(w.low) or _brand(w) or w.low in PLACES or w.low in ORG_PREFIXES for w in words)
            and all(_name_chars(w.text) for w in words)
            and all(w.text[0].isupper() or w.low in _PARTICLES for w in words)  # "Vinhuset i Jyllinge" is no name
        )
        if not plausible:
            return None, None, ph.toks
        return role, " ".join(w.text for w in words), []
    name = [words[0]]
    # "Liam Cross from ...", "Eva Fonden hos ...": a first name and one more word, then the person's organisation
    # after "from"/"fra"/"at": the word is the surname, although it names organisations elsewhere.
    surname_then_org = len(words) == 2 and after in _ORG_AFTER_PERSON and after != "of" and not _brand(words[1])
    for w in words[1:4]:
        if w.low in _CONNECTORS:
            break  # "Andrew Stone of Stone & Sons", "Lars og Mette"
        # Short organisation words ("Kro") are also surnames, so they do not end a name.
        if (
            (_org_word(w.low) and len(w.low) > 3 and not surname_then_org)
            or (w.low in _FIRM_TAILS and w.text.istitle() and len(name) >= 2)  # "Peter Larsen Kaffe"
            or _brand(w)
            or w.low in ORG_PREFIXES
            or not _name_chars(w.text)
        ):
            break
        if w.low in PLACES and len(name) >= 2:
            break
        name.append(w)
    rest = words[len(name) :]
    if (
        len(name) == 1
        and rest
        and len(rest) <= 2
        and rest[-1] is ph.toks[-1]
        and not surname_then_org
        and all(_org_word(w.low) for w in rest)
    ):
        return None, None, ph.toks  # "Ringede til Jonas Cykler", "Called Lucas Motors": a firm named after a person
    if (
        len(name) == 2
        and rest
        and len(rest) <= 2
        and rest[-1] is ph.toks[-1]
        and all(_firm_tail(w) for w in rest)
        and (
            (ph.index > 0 and toks[ph.index - 1].low in ("fra", "from", "hos", "at", "@", "ved"))
            or not any(w.low.endswith(_DEFINITE) and len(w.low) >= 7 for w in rest)  # not "Rigshospitalet"
        )
    ):
        # "Met Sam from Sam Reed Motors", "Call with Victoria Park Pharmacy", "Møde hos Peter Larsen Kaffe": the
        # firm bears its owner's full name; a person's own place is set off ("Mette Holm, Sygehuset", "fra").
        return None, None, ph.toks
    if (
        len(name) >= 2
        and rest
        and len(rest) <= 2
        and all(w.low in PLACES for w in rest)
        and rest[-1] is ph.toks[-1]
        and not cue_before
    ):
        return None, None, ph.toks  # "John Lewis Leeds – meeting with ...": a shop named after a person, in a town
    if (
        len(name) == 1
        and has_mentions
        and not (cue_before or after in _AFTER_PERSON or role or _role_before(toks, ph.index))
    ):
        # In a line that mentions colleagues, a bare first name is likely one of them.
        return None, None, rest
    return role, " ".join(w.text for w in name), rest


_PRONOUNS = re.compile(
    r"\(\s*(?:she|he|they|hun|han|de|hen)\s*/\s*(?:her|him|them|hers|his|theirs|hende|ham|dem)"
    r"(?:\s*/\s*\w+)?\s*\)",
    re.IGNORECASE,
)
_PAREN_DEPT = re.compile(r"\(\s*([\w&-]+(?:\s+[\w&-]+){0,2})\s*,\s*$")  # "(Partnerships, Tourism Ireland)"
_BOTH_FROM = re.compile(r"\((?:both|begge|all|alle)(?:\s+(?:fra|from|at|hos|i|of))?\s*$", re.IGNORECASE)
_ENDS_NAME = re.compile(r"\s*(?:$|[.,;:!?)\n–—]|-\s)")
_PAREN_AFTER = re.compile(r"\s*\(([^()]{2,40})\)")
_RELATIVE = frozenset({"der", "som", "who", "which", "that", "hvis", "whose"})
_CALLED_BEFORE = re.compile(
    r"(?:^|\s)(?:called|phoned|rang|rung|ringede til|ringet til|ringede|emailed|mailede|skrev til"
    # The call, meeting or mail named with whom (round 17): "Call with Harbor Books – store manager Tom Reed",
    # "Email from Penguin — Editorial Director Joanna Pike", "Tlf med Bogcaféen, indehaver Mette Holm".
    r"|(?:call|phone call|meeting|mtg|email|e-mail|mail)\s+(?:with|w/|from)|(?:tlf\.?|opkald|møde|mail|e-mail)\s+(?:med|m\.|fra))"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SPOKE_TO_AFTER = re.compile(
    r"\s*(?:(?:[-–,;.:]\s*)+(?:and\s+|og\s+)?|(?:and|og)\s+)(?:spoke|talked|talte|snakkede|fik fat|got hold of|reached)\b",
    re.IGNORECASE,
)
# "Ringede til Bager Holm – indehaveren Jonas Holm": a separator and a title before the next person.
_SEPARATOR_THEN_WORDS = re.compile(r"\s*[-–—,:;]\s*((?:[a-zæøå][\w.-]*,?\s+){1,4})")


# ... or a capitalised title: "Email from Penguin — Editorial Director Joanna Pike", "Call with Harbor Books, Store
# Manager Tom Reed".
_SEPARATOR_THEN_TITLE = re.compile(r"\s*[-–—,:;]\s*((?:[A-ZÆØÅ][\w.&-]*\s+|(?:of|for|and|&)\s+){1,6})")


def _titled_next(gap: str) -> bool:
    m = _SEPARATOR_THEN_WORDS.fullmatch(gap)  # also "Phoned Little Free Pantry – the founder, Joy Banks"
    if m is not None and is_head_word(m.group(1).split()[-1].rstrip(",")) is not None:
        return True
    if m is not None and is_title(m.group(1).strip(" ,")):
        return True  # "Meeting with Harbor Print, VP of Marketing Rachel Stein" (the title read in lower case by then)
    m = _SEPARATOR_THEN_TITLE.fullmatch(gap)
    return m is not None and is_title(m.group(1).strip())


# "Mail til Bolig Syd, att. driftsleder Niels Brandt": what is addressed for the attention of someone is the partner.
_ATTENTION_AFTER = re.compile(r"\s*,?\s*(?:att|attn)\.?\s", re.IGNORECASE)


_GRANTOR_BEFORE = re.compile(
    PERMISSION_FROM + r"(?:[A-ZÆØÅ0-9][\wæøåÆØÅ&.'-]*\s*(?:,|\bog\b|\band\b|&|\bsamt\b)\s*)*$", re.IGNORECASE
)
# "2 kasser Rasmus Klump bøger": so many of something named; not "Bogbus 2027 hos Sands Bilpleje" (a preposition).
_COUNTED_BEFORE = re.compile(
    r"\b\d+\s+(?!(?:hos|fra|from|at|ved|på|i|in|with|med|til|to|for|af|of|om|about|by|w)\s)[a-zæøå]+\s+$"
)
# A person's name opening a parenthesis, alone or before a comma: "BUF (Hans Krogh, director)",
# "Sørens Burger (Søren, ejer)", "Normal HQ (Pia Skov)". What stands before it is the partner.
_PAREN_PERSON = re.compile(
    r"\s*\(\s*(?P<title>(?:[a-zæøå][\w.&-]*\s+){1,3})?"
    r"(?P<name>[A-ZÆØÅ][\w'-]+(?:\s+(?:(?:von|van|de|der|den)\s+)?[A-ZÆØÅ][\w'-]+){0,2})\s*(?:,|\))"
)
_TITLE_ORG_PREPS = frozenset({"af", "i", "hos", "på", "ved", "for", "of", "at", "from", "fra", "in"})
_SHORT_TITLES = frozenset({"dir", "mgr", "vp", "md", "gm", "ceo", "cfo", "coo", "cmo", "pa"})


def _paren_person_after(text: str, end: int) -> bool:
    """Whether "(First Last, ...)" or "(First)" follows `end`, naming a person rather than a partner."""
    m = _PAREN_PERSON.match(text, end)
    if m is None:
        return False
    if m.group("title") and not any(
        is_role_word(w.rstrip(".")) or w.rstrip(".") in _SHORT_TITLES for w in m.group("title").split()
    ):
        return False  # "(sidder i Göteborg)", "(efter aftale med Hanne)": no title before the name
    if m.group("title") and m.group("title").split()[-1].lower() in _TITLE_ORG_PREPS:
        return False  # "Karsten Vind (indehaver af Vinds Isenkram)": the organisation follows the title
    words = m.group("name").split()
    if any(_org_word(w.lower()) or w.lower() in BRANDS or w.lower() in PLACES or is_role_word(w) for w in words):
        return False
    if len(words) == 1:
        return _first_name(words[0].lower())
    return _first_name(words[0].lower()) or all(_name_chars(w) for w in words)


def _role_after(text: str, end: int) -> str | None:
    """Read "(role)" or ", role at" right after a person's name."""
    m = re.match(r"\s*\(([^()]{2,40})\)", text[end:])
    if m and _PAREN_PERSON.match(text, end):
        return None  # "Cineworld Leeds (Hana Ito, cinema manager)": the person is inside, the partner before
    if m and any(is_role_word(w) for w in m.group(1).split()):
        return m.group(1).strip()
    m = re.match(
        r"\s*,\s*((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:at|hos|fra|from|ved|i|in|for|(?<!head )of)\b|\s*[,.;:()]|$)",
        text[end:],
    )
    if m and len(m.group(1).split()) <= 4 and any(is_role_word(w) for w in m.group(1).split()):
        words = m.group(1).split()
        if words[0][0].isupper() and words[0].lower() in FIRST_NAMES:
            return None
        if words[0].lower() in _RELATIVE:
            return None  # "Kurt, der ejer Tune Auto", "Greg, who runs the shop": a clause, not a title as written
        if (
            len(words) >= 2
            and words[0][:1].isupper()
            and words[-1][:1].isupper()
            and fold(words[-1].lower()) in SHOP_TRADES
            and not is_role_word(words[0])
        ):
            return None  # "Poul Vestergaard, Vestergaard Tømrer": a firm named by a surname and a trade (round 17)
        return m.group(1).strip()
    return None


def _role_before(toks: list[Tok], index: int) -> str | None:
    k = index - 1
    while k >= 0 and toks[k].low in _SKIP_BEFORE:
        k -= 1
    if k >= 0 and toks[k].text[0].islower() and toks[k + 1].start - toks[k].end <= 2:
        return is_head_word(toks[k].text)  # not across "|" or a dash: "Events Lead | Acme Events"
    return None


_PERSON_AFTER_TITLE = re.compile(
    r"(?:\s+(?:at|of|for|hos|i|på|af|ved|in)\s+(?:the\s+)?[^,.;:()\n–—]{1,50}?)?\s*(?:,|\s[–—-])\s*", re.IGNORECASE
)


_NAME_DASH_BEFORE = re.compile(r"([A-ZÆØÅ][\w'-]+)\s+[A-ZÆØÅ][\w'-]+\s+[–—-]\s*$")


def _name_dash_before(text: str, start: int) -> bool:
    """ "Nick Shah – CSR lead, Unilever UK": a title set off by a dash after a person's name is theirs, so what
    follows it is the organisation, not another person."""
    m = _NAME_DASH_BEFORE.search(text, max(0, start - 60), start)
    return m is not None and _first_name(m.group(1).lower())


def _person_anchors(text: str, titles: list[Title]) -> set[int]:
    """Offsets where a person's name follows a title ("the owner of Luna Café, |Rosa Diaz")."""
    anchors = set()
    for t in titles:
        m = _PERSON_AFTER_TITLE.match(text, t.end)
        if m is not None and not text[: t.start].rstrip().endswith(("(", ",")) and not _name_dash_before(text, t.start):
            anchors.add(m.end())
        elif (
            " " in text[t.start : t.end]
            and _NAME_RIGHT_AFTER.match(text, t.end)
            and not text[: t.start].rstrip().endswith(("(", ",", "|"))
        ):
            anchors.add(t.end + 1)  # "head of HR Keisha Brown", "VP of Corporate Responsibility Gina Rossi"
    for m in _NAME_AT_DESK.finditer(text):
        anchors.add(m.start("name"))  # "Jannie i receptionen siger ...": whoever sits at the desk is a person
    for m in _UNIT_PAREN_NAME.finditer(text):
        anchors.add(m.end())  # "Barclays' community investment team (Hugh Norris)": a person of that team
    if _ANSWER_VERBS.search(text):
        for m in _NAME_ANSWERS.finditer(text):
            lows = m.group("name").lower().split()
            if any(_org_word(w) or w in BRANDS or w in PLACES for w in lows):
                continue  # "Greve Bio svarede ja": a firm answering
            anchors.add(m.start("name"))  # "...; Renee Castillo replied for them": who answers is a person
    return anchors


# Verbs of answering after a two-word name opening a clause: the name is a person's, first name known or not.
_ANSWER_VERBS = re.compile(r"\b(?:replied|answered|responded|wrote back|svarede|svarer|skrev tilbage)\b")
_NAME_ANSWERS = re.compile(
    r"(?:^|[;.!?:–—]\s*|\n\s*)(?P<name>[A-ZÆØÅ][a-zæøå'-]+ [A-ZÆØÅ][a-zæøå'-]+)\s+"
    r"(?:has\s+|have\s+|har\s+)?(?:replied|answered|responded|wrote back|svarede|svaret|svarer|skrev tilbage)\b"
)


# A first name, known or not, right before the desk it answers at ("Jannie i receptionen", "Tess at the front desk").
_NAME_AT_DESK = re.compile(
    r"(?:^|[–—:;.,]\s*|\s-\s*)(?P<name>[A-ZÆØÅ][a-zæøå'-]+)\s+(?:i|fra|på|from|at|on)\s+(?:the\s+)?"
    r"(?:receptionen|reception|omstillingen|switchboard|front\s+desk|skranken|informationen)\b"
)


# A two-word capitalised name in parentheses right after a team or a department word.
_UNIT_PAREN_NAME = re.compile(
    r"\b(?i:team|teamet|teams|department|dept\.?|afdeling|afdelingen|office|kontor|kontoret|unit|enheden)\s*\(\s*"
    r"(?=[A-ZÆØÅ][\w'-]+\s+[A-ZÆØÅ][\w'-]+\s*[,)])"
)


_NAME_RIGHT_AFTER = re.compile(r" [A-ZÆØÅ][a-zæøå'-]+ [A-ZÆØÅ][a-zæøå'-]+\b")


def _title_then_name(text: str, titles: list[Title], end: int) -> bool:
    """Whether a title starts right after `end` (one space) and a two-word name right after the title."""
    title = next((t for t in titles if t.start == end + 1), None)
    return title is not None and text[end : title.start] == " " and _NAME_RIGHT_AFTER.match(text, title.end) is not None


def _titlecase(words: list[str]) -> str:
    return " ".join(
        w.upper() if any(c.isdigit() for c in w) or w in ("a/s", "aps") else w if w == "i" else w.capitalize()
        for w in words
    )


_LOWER_PREP = re.compile(
    r"(?:^|(?<=[\s(]))(?P<prep>hos|at|@|fra|from|ved|til|t\.|to|med|m\.?|with|w/|om|calling|called|i|på|in|for|of)\s+"
)
_LOWER_WORDS = re.compile(
    r"(?:(?:the|det|den)\s+)?(?P<words>[a-zæøå0-9][\w&'-]*(?:\s+(?:&\s+)?[a-zæøå0-9][\w&'-]*){0,3})"
)
_LOWER_PERSON = re.compile(
    r"(?:^|[\s(])(?:with|w/|med|m\.|til|called|to|fra|from|for|caught|reached)\s+([a-zæøå-]+)(?:\s+([a-zæøå-]+))?(?:\s+([a-zæøå-]+))?"
)


@dataclass
class Entities:
    """The organisation, contacts and mentions found in a line."""

    organization: str | None
    contacts: list[Contact]
    org_uncertain: bool
    contacts_uncertain: bool = False


def find_entities(text: str, has_mentions: bool = False, known: Known | None = None) -> Entities:
    """Find the partner organisation and the contact persons in masked, original-case text.

    `known` (the workspace's partners, contacts and roles) is read first: a partner or contact
    already known is recognised however it is written, and a known role reads as a title.
    """
    text = _PRONOUNS.sub(lambda m: " " * len(m.group(0)), text)  # "Nora Kim (she/her), Partnerships Lead"
    known_orgs, known_people = _known_in(text, known) if known else ([], [])
    titles = find_titles(text, _known_heads(known.roles) if known else frozenset())
    original = text
    english = language(text.lower()) == "en"
    text = _lower_titles(text, titles)  # a title is neither a name nor an organisation
    anchors = _org_anchors(original, titles)
    not_person = _org_anchors(original, titles, after_preposition_only=True)
    person_anchors = _person_anchors(original, titles)
    toks = _tokens(text)
    people: list[tuple[int, int, Contact]] = []
    again: list[tuple[int, int, Contact]] = []  # a person named once more (a signature after the header)
    orgs: list[tuple[int, int, str]] = []  # (score, -start, text)
    prev_person_end = -10
    last_was_person = False
    topics: set[int] = set()
    for ph in _phrases(toks):
        if _typed_mention(text, ph.start):
            last_was_person = False
            continue  # "@Mette følger op": a colleague addressed by hand, neither contact nor partner
        prev = _prev_word(toks, ph.index)
        cue_before = (
            prev in _PERSON_CUES or _honorific(prev) or prev.endswith("/") or (prev in _AND | {"&"} and last_was_person)
        )
        if (
            cue_before
            and prev in ("til", "to")
            and not _first_name(ph.toks[0].low)
            and not _verb_before(toks, ph.toks[0])
        ):
            cue_before = False  # "læser op til Bogforum": an event, not a person
        if _COUNTED_BEFORE.search(text, 0, ph.start):
            last_was_person = False
            continue  # "2 kasser Rasmus Klump bøger": what is counted, neither a person nor the partner
        trade = _lower_shop_in_place(toks, ph)
        if trade:
            orgs.append((3, -toks[ph.index - 2].start, trade))  # "tlf med bageren i Vig": "Bageren i Vig"
            last_was_person = False
            continue
        after_person = last_was_person and prev in _ORG_AFTER_PERSON
        if after_person:
            cue_before = False  # "Ole Dam fra Dams Blomster": after a person, "fra X" names the partner
        if prev == "i" and ph.index >= 2 and toks[ph.index - 2].low == "fat":
            cue_before = True  # "fik fat i Kaare"
        end = ph.index + len(ph.toks)
        if (
            len(ph.toks) <= 2
            and end + 1 < len(toks)
            and toks[end].text == "/"
            and _is_cap(toks[end + 1])
            and not any(_orgish(t) for t in ph.toks)
        ):
            cue_before = True  # "mtg Ane Kjær/Vestjysk Bank": the person before the slash, their organisation after
        paren = _PAREN_AFTER.match(text, ph.toks[-1].end)
        if (
            paren
            and not cue_before
            and not after_person  # "Kate from Oxfam Books Harrogate (shop manager)": the partner
            and len(ph.toks) <= 3
            and any(is_role_word(w) for w in paren.group(1).split())
        ):
            cue_before = True  # "team: Dana Webb (community programs coordinator)": a name with its title
        elif not cue_before and not after_person and _name_then_title(original, ph, titles):
            cue_before = True  # "got Sue Parker, the assistant branch manager": a name with its title after a comma
        strong_cue = (
            prev in _STRONG_PERSON_CUES
            or ph.toks[0].start in person_anchors
            or (_honorific(prev) and ph.index > 0 and toks[ph.index - 1].text[0].isupper())  # "Mr. Ray Tully"
            or (len(ph.toks) >= 2 and any(c.name == ph.text for _, _, c in people))  # the same person signing
            or (
                len(ph.toks) == 2
                and _RELATIVE_TITLE.match(original, ph.toks[-1].end) is not None
                and _name_then_title(original, ph, titles)
            )
        )
        org_before_person = _paren_person_after(text, ph.toks[-1].end) and not (
            len(ph.toks) <= 2 and _first_name(ph.toks[0].low)
        )
        described_org = _PAREN_DESCRIBES.match(text, ph.toks[-1].end)
        if (
            described_org
            and _org_word((described_org.group(1) or described_org.group(2)).lower())
            and not _first_name(ph.toks[0].low)
            and len(ph.toks) >= 2
        ):
            org_before_person = True  # "Spoke to Early Bird (the café on Mill Lane)": the partner
        if org_before_person:
            inside = _PAREN_PERSON.match(text, ph.toks[-1].end)
            if inside is not None:
                person_anchors.add(inside.start("name"))  # the name inside is a person, known or not
            role, name, rest = None, None, ph.toks  # "mtg w/ Cineworld Leeds (Hana Ito, ...)": the partner
        elif len(ph.toks) >= 2 and ph.toks[-1].text == "Is":
            role, name, rest = None, None, ph.toks  # "Lasses Is", "Hornbæk Is & Kaffe": an ice-cream shop
        elif (
            after_person
            and len(ph.toks) == 2
            and _org_word(ph.toks[-1].low)
            and not (_first_name(ph.toks[0].low) and prev in ("og", "and"))
        ):
            role, name, rest = None, None, ph.toks  # "Rosa at Bella Pizza": after a person, "at X" is the partner
        elif (
            ph.toks[0].start in anchors
            and len(ph.toks) >= 3
            and (_org_word(ph.toks[-1].low) or _brand(ph.toks[-1]))
            and not _org_word(ph.toks[-2].low)
        ):
            role, name, rest = None, None, ph.toks  # "Megan Price, Programme Officer, Paul Hamlyn Foundation"
        elif (
            ph.toks[0].start in anchors
            and len(ph.toks) >= 2
            and people
            and not cue_before
            and not _first_name(ph.toks[0].low)
            and not _ENDS_NAME.match(text, ph.toks[0].end)
        ):
            role, name, rest = None, None, ph.toks  # "Kenji Ito – Director of CSR, Panasonic North America"
        elif ph.toks[0].start in not_person and ph.toks[0].low not in _STOP:
            role, name, rest = None, None, ph.toks  # "marketing mgr at Joe & The Juice": the partner, not a person
        elif len(ph.toks) >= 2 and ph.toks[-1].low in _CAMPAIGN_LAST:
            role, name, rest = (
                None,
                None,
                ph.toks,
            )  # "the Summer Reading Challenge": a campaign, even after a first name
        else:
            role, name, rest = _split_person(ph, toks, cue_before or strong_cue, has_mentions, strong_cue, english)
        last_was_person = bool(name)
        if name:
            end_tok = ph.toks[len(ph.toks) - len(rest) - 1]
            start_tok = ph.toks[1] if role and len(ph.toks) > 1 and ph.toks[0].low == role.lower() else ph.toks[0]
            role = (
                role or _role_after(text, end_tok.end) or _role_before(toks, ph.index) or _office_before(toks, ph.index)
            )
            if all(c.name != name for _, _, c in people):
                people.append((start_tok.start, end_tok.end, Contact(name, role)))
            else:
                first_seen = next(c for _, _, c in people if c.name == name)
                again.append((start_tok.start, end_tok.end, first_seen))  # "Mia Ford | Community ... Manager"
            prev_person_end = end_tok.end
            if not rest:
                continue
        words = rest if name else ph.toks
        if name and words and words[0].low in _CONNECTORS:
            prev = words[0].low  # "Neil Ward of Greve Rugby Club"
            words = words[1:]
            if words and words[0].text == "the":
                words = words[1:]  # "Jack Wilson of the Rotary Club"
        if not words:
            continue
        if len(words) >= 3 and words[-1].text == "HQ" and words[-2].low in PLACES:
            words = words[:-1]  # "Flying Tiger Copenhagen HQ": the head office of a name that has its town
        genitive = (
            len(words) >= 2
            and words[-1].text.endswith("s")
            and not _org_word(words[-1].low)
            and (
                (
                    _org_word(words[-1].low[:-1])
                    and not english
                    and not _ENDS_SIGNATURE.match(text, words[-1].end)  # "| Pinewood Studios" closing a signature
                )  # "Leeds Museums learning team" is a plural
                or _brand(Tok(words[-1].text[:-1], 0, 0))
            )
        )
        if len(words) == 1 and words[0].text.endswith("s") and _brand(Tok(words[0].text[:-1], 0, 0)):
            genitive = True  # "Carlsbergs"
        word_after = _WORD_AFTER.match(text, words[-1].end)
        # "Marks & Spencer's community team", "Barclays' community investment team": whose department.
        possessive_dept = bool(
            not name
            and words[-1].text.endswith(("'s", "'"))
            and word_after is not None
            and (_department(word_after.group(1).lower()) or word_after.group(1).lower() in ("team", "office"))
        )
        role_after_genitive = bool(
            not name
            and not english
            # one word whose stem is an organisation noun will do (round 17): "Lokalbankens kundechef, Mikkel Ravn",
            # "Sparekassens filialdirektør", "Brugsens uddeler"
            and (len(words) >= 2 or (_org_word(words[-1].low[:-1]) and not _first_name(words[-1].low[:-1])))
            and words[-1].text.endswith("s")
            and not words[-1].text.endswith("'s")
            and not _org_word(words[-1].low)
            and word_after is not None
            and (
                is_role_word(word_after.group(1))
                or _department(word_after.group(1).lower())
                or words[0].low in ("region", "kommune")
            )
        )
        genitive = genitive or role_after_genitive  # "Guldsmed Hansens indehaver", "Region Sjællands kulturafdeling"
        phrase = " ".join(w.text for w in words).strip(" -'")
        if not _ENDS_NAME.match(text, words[-1].end) and (words[0].low.rstrip(".") not in _SAINT or len(words) > 2):
            # "Coloplast's HR department", "St Mary's Hospital's head of ..."; "at Sainsbury's." and "St Mungo's" keep it
            phrase = re.sub(r"'s$", "", phrase)
        if (
            not genitive
            and not english
            and len(words) >= 2
            and words[-1].text.endswith("s")
            and not words[-1].text.endswith("'s")
            and re.match(r"\s+[\wæøåÆØÅ]+-(?:team|afdeling|afdelingen|teamet)\b", text[words[-1].end :])
        ):
            genitive = True  # "Coop Danmarks CSR-team"
        if genitive:
            phrase = phrase[:-1]  # Danish genitive: "Greve Kommunes kulturchef", "Carlsbergs CSR-afdeling"
        lows = [w.low for w in words]
        if genitive:
            lows[-1] = lows[-1][:-1]
        if any(phrase.casefold() == p.casefold() for _, _, p, _ in known_people):
            continue  # a contact the workspace knows is not an organisation
        if all(lw in PLACES for lw in lows) or is_role_word(words[-1].text) and len(words) == 1:
            continue
        public_dept = all(_department(lw) for lw in lows)
        if public_dept and not _public_department(words, lows):
            continue  # "CSR", "HR", "Marketing": a department, not the partner
        if len(words) == 1 and lows[0].startswith(("læse", "læs-")):
            continue  # "Læseklubben", "Læsecaféen": the library's own activity, not a partner
        if _project_name(lows) and words[0].start not in anchors:
            continue  # "Sommerbogen", "Bogstart-kampagnen", "the Summer Reading Challenge": a campaign
        if not name and prev == "i" and len(words) == 1 and _town_after_noun(text, toks, ph.index):
            continue  # "på bogbyttedagen i Tåstrup", "en lokal tømrer i Haslev": a town, not the partner
        score = 0 if name else _ORG_PREPOSITIONS.get(prev, 0)
        if prev in ("by", "into") and not name and _visit_before(toks, words[0]):
            score = max(score, 3)  # "Stopped by Corner Books", "dropped by Greve Bio"
        if prev in ("til", "to") and not name and _verb_before(toks, words[0]):
            score = max(score, 2)  # "Ringede til Fakta Tune", "skrev til Gyldendal"
        if prev in ("of", "at", "af") and not name and ph.index >= 2 and toks[ph.index - 2].low in _DESK_WORDS:
            score = max(score, 3)  # "the front desk of Marriott Stamford", "the reception at Hilton Leeds"
        if (
            not name
            and ph.index > 0
            and toks[ph.index - 1].text[:1].islower()
            and toks[ph.index - 1].low.endswith(("et", "en"))
            and (_org_word(toks[ph.index - 1].low) or toks[ph.index - 1].low.endswith(_FIRM_NOUNS))
        ):
            score = max(score, 3)  # "hos vvs-firmaet Dam & Søn", "tømrerfirmaet Holm": the kind of firm, then its name
        between = text[prev_person_end : words[0].start]
        if prev_person_end > 0 and re.fullmatch(
            r"\s*[,(/]\s*|\s*\)?\s*[,-]\s*|(?:\s*\([^()\n]{1,40}\))?\s+of(?:\s+the)?\s+", between
        ):  # "Line Vad (CSR manager) of Pandora"
            score = max(score, 3)
        dept = re.fullmatch(r"\s*,\s*([\w&-]+)\s*,\s*", between) if prev_person_end > 0 else None
        if dept and _department(dept.group(1).lower()):
            score = max(score, 3)  # "Hanne Friis, HR, Coloplast"
        if words[0].start in anchors or (words[0].text == "The" and len(words) > 1 and words[1].start in anchors):
            score = max(score, 4)  # "formand for X", "owner of X", "(indkøbschef, X)"
        if not name and _title_then_name(original, titles, words[-1].end):
            # "Call with Bjørk Records owner Elif Demir", "Møde med Netto butikschef Kim Hansen": the organisation, then its
            # person's title and name, is as plainly the partner as "owner of X" (round 17).
            score = max(score, 4)
        texts = [w.text.removesuffix("'s").removesuffix("'") for w in words]
        if genitive:
            texts[-1] = texts[-1][:-1]
        if (
            any(_org_word(lw.removesuffix("'s")) for lw in lows)
            or any(_brand(Tok(t, 0, 0)) for t in texts)
            or (len(words) >= 2 and lows[-1] in _FIRM_TAILS and words[-1].text.istitle())  # "Søren Holm Chokolade"
        ):
            score += 3
        if lows[0] in ORG_PREFIXES:
            score += 1
        if len(words) >= 2 and words[-1].text == "Is":
            score += 3  # Danish "is" (ice cream) ends a shop's name
        if len(words) == 1 and _ALLCAPS_SHORT.match(words[0].text) and not _brand(words[0]) and not after_person:
            score -= 1  # a short acronym alone is weak, unless a person is "fra SOF"
        if text[max(0, words[0].start - 1) : words[0].start] == '"':
            continue
        score = max(score, _line_start_score(text, words))
        if org_before_person and not name:
            score = max(score, 3)
        if role_after_genitive:
            score = max(score, 4)
        if possessive_dept:
            score = max(score, 3)
        described = _PAREN_DESCRIBES.match(text, words[-1].end)
        if described and not name and _org_word((described.group(1) or described.group(2)).lower()):
            score = max(score, 3)  # "Early Bird (the café on Mill Lane)", "Varmt Brød (bageriet på torvet)"
        paren_dept = _PAREN_DEPT.search(text, 0, words[0].start)
        town_after_name = (
            len(words) == 1
            and text[: words[0].start].rstrip().endswith("(")
            and _NAME_JUST_BEFORE.search(text, 0, text[: words[0].start].rstrip().rfind("("))
            and not _org_word(lows[0])
            and not _brand(words[0])
        )  # "Sunes Cykelværksted (Ringkøbing)": the town of the name before, not a name of its own
        if (
            not town_after_name
            and (
                text[: words[0].start].rstrip().endswith("(")
                or _BOTH_FROM.search(text, 0, words[0].start)
                or (paren_dept and all(_department(w.lower()) for w in paren_dept.group(1).split()))
            )
            and text[words[-1].end :].lstrip().startswith(")")
        ):
            score = max(score, 3)  # "(Greve Frugt & Grønt)": a name in parentheses of its own
        if prev in _TOPIC_WORDS and words[0].start not in anchors:
            topics.add(-words[0].start)  # "om Læsevenner": a topic or project as much as a partner
            # What the call was about ("about Readers' Café", "om Læsecafé Syd") never outranks the place a
            # person was reached at; alone, it is still read as the partner.
            score = min(score, 2)
        if public_dept:
            # "Social Services Department": the partner only when no organisation is named beside it
            score = min(score, 2)
        orgs.append((score, -words[0].start, phrase))
    # "phoned Wasabi Victoria - spoke to Kemi": what was called is the partner when the line then
    # says whom we spoke to there.
    for n, (start, end, contact) in enumerate(people):
        if (
            _CALLED_BEFORE.search(text, 0, start)
            and n + 1 < len(people)
            and (_SPOKE_TO_AFTER.match(text, end) or _titled_next(text[end : people[n + 1][0]]))
            and not _first_name(contact.name.split()[0].lower())
        ):
            del people[n]
            orgs.append((3, -start, contact.name))
            break
    for n, (start, end, contact) in enumerate(people):
        if n + 1 >= len(people) or not _ATTENTION_AFTER.match(text, end):
            continue
        before = people[n - 1] if n > 0 else None
        joined = (
            before is not None
            and " " not in before[2].name
            and not _first_name(before[2].name.lower())
            and _PAIR_JOIN.fullmatch(text[before[1] : start]) is not None
        )  # "Emailed Marks and Spencer Croydon, attn. ...": one name with "and" inside
        if not joined and _first_name(contact.name.split()[0].lower()):
            continue
        del people[n]
        if joined and before is not None:
            del people[n - 1]
            start = before[0]
        orgs.append((4, -start, text[start:end]))
        break
    for start, _, name in known_orgs:
        if _GRANTOR_BEFORE.search(text, 0, start):
            continue  # "lov fra SOF": SOF gives a permission; the line is about someone else
        # A known partner wins over what only looks like one, unless a longer phrase contains it
        # ("Netto Hundige" when only "Netto" is known: a new branch, asked about as a near match).
        longer = [o for o in orgs if o[0] >= 2 and name.casefold() in o[2].casefold() and len(o[2]) > len(name)]
        if not longer:
            orgs.append((6, -start, name))
    # The organisation of who put us in touch ("via Karin Due (Kulturhuset)") gives way to where the person
    # talked to was reached.
    referred = [
        span for n, (s0, e0, _) in enumerate(people) if n + 1 < len(people) for span in _referrer_org(text, s0, e0)
    ]
    if referred:
        kept = [o for o in orgs if not any(a <= -o[1] < b for a, b in referred)]
        if any(o[0] >= 2 for o in kept):
            orgs = kept
    org = None
    uncertain = False
    strong = [o for o in orgs if o[0] >= 2]
    if strong:
        best = max(strong)
        org = best[2]
        uncertain = sum(1 for o in strong if o[0] == best[0] and o[2] != org) > 0 and best[0] < 4
        uncertain = uncertain or best[1] in topics
    else:
        org = _lowercase_org(text, anchors, titles, english, frozenset(e for _, e, _ in people))
        uncertain = True
    if not people and not known_people:
        for start, end, contact in _lowercase_people(text, titles):
            named = [c for _, _, c in people if c.name == contact.name]
            if named:
                again.append((start, end, named[0]))  # "mail fra ole dam ... mvh ole dam, indehaver"
            else:
                people.append((start, end, contact))
        enclosed = _lowercase_org_between_commas(text, people)
        if org is not None and any(c.name.casefold() == org.casefold() for _, _, c in people):
            org = None  # "called ngozi okafor at kingsway pharmacy": the person called is no organisation
        if enclosed is not None:
            org = enclosed  # "frivilligkoordinator bodil skov, ventilen greve, om ...": the titled person's place
        elif org is None:
            org = _lowercase_org_after_person(text, people)  # "ph w/ sr. manager ellen ross, lloyds bank york"
    _roles_from_titles(original, titles, people, again)
    _listed_roles(original, people)
    for start, end, name, role in known_people:
        same = [c for s0, e0, c in people if c.name.casefold() == name.casefold() or (s0 <= start and end <= e0)]
        if not same:
            people.append((start, end, Contact(name, role)))
        elif same[0].role is None and role:
            same[0].role = role  # the role the workspace knows, when the line names none
    people.sort(key=lambda p: p[0])
    people = [p for p in people if not _our_colleague(original, p[0], p[1], titles)]
    people = [p for n, p in enumerate(people) if not _referrer(original, p[0], p[1], org, n + 1 < len(people))]
    contacts = [c for _, _, c in people]
    full = [c for c in contacts if " " in c.name]
    # "Mail fra Tina Lauesen ... Mvh Tina": the first name again is the same person, and a title said of
    # it ("Kerry is education manager") is theirs.
    for c in contacts:
        same = [f for f in full if " " not in c.name and f.name.split()[0].casefold() == c.name.casefold()]
        if c.role and len(same) == 1 and same[0].role is None:
            same[0].role = c.role
    contacts = [
        c for c in contacts if " " in c.name or not any(f.name.split()[0].casefold() == c.name.casefold() for f in full)
    ]
    org_words = set(org.split()) if org else set()
    org_spans = [(m.start(), m.end()) for m in re.finditer(re.escape(org), text)] if org else []
    # A name made of the partner's words is no contact, unless it is said apart from the partner's name ("Sam from Sam
    # Reed Motors").
    contacts = [
        c
        for s0, e0, c in people
        if c in contacts
        and not (set(c.name.split()) <= org_words and (not org_spans or any(s0 < e and s < e0 for s, e in org_spans)))
    ]
    known_names = {p[2].casefold() for p in known_people}
    # A lone first name the name list does not know ("Solvej", "carlos") is read from its place in the
    # sentence only: the card says so.
    unsure_people = any(
        len(c.name.split()) == 1 and not _first_name(c.name.lower()) and c.name.casefold() not in known_names
        for c in contacts
    )
    return Entities(org, contacts, uncertain or org is None, unsure_people)


# Our own people named in a line ("min kollega Hanne", "our manager Bente", "Carl fra vores team") are
# not the partner's contacts; "hendes kollega Jonas" (theirs) is.
_OURS_BEFORE = re.compile(
    r"(?:^|[\s(,])(?:min|mit|mine|vores|my|our)(?:\s+(?:egen|own|new|nye?|kære|dear))?"
    r"(?:\s+[\w-]+){0,2}?\s+(?:kollega\w*|colleagues?|co-workers?|team\w*|\w*chef\w*|leder\w*|manager|boss|"
    r"director|head|intern|praktikant\w*|volunteer|frivillig\w*)\s*,?\s*$",
    re.IGNORECASE,
)
_OURS_TITLE_AFTER = re.compile(r"\s*[,(]\s*(?:our|my|vores|min|mit)\s+", re.IGNORECASE)
_OURS_AFTER = re.compile(
    r"\s*(?:\(|,|fra|from|på|on|i|in|af|of)\s*(?:\w+\s+){0,1}?(?:vores|our|mit|my)\s+"
    r"(?:team|teams|afdeling|department|side|kontor|office|bibliotek|library|gruppe|group|staff|personale"
    # a group of ours named by a compound or a word before it: "fra vores frivilliggruppe", "from our volunteer team"
    r"|[\w-]+(?:gruppe|gruppen|teamet|team|udvalg|udvalget)|(?:[\w'-]+\s+)?(?:team|group|committee|board)"
    r"|frivillige|volunteers|bestyrelse|trustees)\b",
    re.IGNORECASE,
)
# Who put us in touch: "Intro via Mette Kragh (Lions Club Sorø), tlf m. ...", "got his number through Ann Lee from
# Rotary": a person after "via"/"through" with an organisation of their own is the referrer, not the partner's contact.
_REFERRER_BEFORE = re.compile(
    r"(?:\bvia|\bthrough|\bgennem|\bigennem|\bintroduced by|\bintro from|\bhenvist af|\breferred by)\s+$", re.IGNORECASE
)
_REFERRER_ORG_AFTER = re.compile(
    r"\s*(?:\(\s*(?P<paren>[^()\n]{2,50})\)|(?:,\s*)?(?:fra|from|hos|at|i|in)\s+(?:the\s+)?(?P<org>[A-ZÆØÅ0-9][\w&'’-]*(?:\s+(?:&\s+)?[A-ZÆØÅ0-9][\w&'’-]*){0,4}))"
)


_GREETING = re.compile(r"(?:^|\n|['\"\u201c\u2018]|:\s)\s*(?:hej|hejsa|hi|hello|hey|dear|kære)\s+$", re.IGNORECASE)
# "our volunteer coordinator Pia", "our kids' librarian Tom", "vores nye formidler Ida": ours before the title.
_OURS_JUST_BEFORE = re.compile(r"(?:^|[\s(,])(?:min|mit|mine|vores|my|our)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)


_AND_I = re.compile(r"(?:\s*\([^()\n]{1,40}\))?\s+(?:og|and|&)\s+(?:jeg|mig|I|me)\b")
# "jeg og Mette fra børneafd. mødtes med ...", "Me and Hannah from the children's team met ...".
_I_AND = re.compile(r"(?:^|[\s(,.;:])(?:jeg|mig|I|me)\s+(?:og|and|&)\s+$", re.IGNORECASE)
# "Birgitte (vores formidler)", "Sophie (our outreach librarian)": ours by the parenthesis.
_OURS_PAREN = re.compile(r"\s*\(\s*(?:vores|our|min|my)\s", re.IGNORECASE)


def _our_colleague(text: str, start: int, end: int, titles: list[Title]) -> bool:
    """Return True when the person at text[start:end] is one of ours, by the words around the name."""
    if _OURS_BEFORE.search(text, max(0, start - 60), start) or _OURS_AFTER.match(text, end):
        return True
    if _AND_I.match(text, end) or _I_AND.search(text, max(0, start - 12), start) or _OURS_PAREN.match(text, end):
        return True  # "Karina og jeg mødtes med ...", "Tom and I met ...", "me and Hannah", "Sophie (our ...)"
    if _GREETING.search(text, max(0, start - 12), start):
        return True  # "Hej Mette, ...": the one greeted is the reader, one of ours
    ours = _OURS_TITLE_AFTER.match(text, end)
    if ours and any(t.start == ours.end() and not t.role.lower().startswith(("kontakt", "contact")) for t in titles):
        return True  # "Ellie, our volunteer coordinator, and ...": our title right after the name
    # "our volunteer coordinator Pia": our possessive before the title right before the name.
    return any(
        t.end <= start
        and text[t.end : start].strip() == ""
        and not t.role.lower().startswith(("kontakt", "contact"))  # "vores kontaktperson Jane": theirs
        and _OURS_JUST_BEFORE.search(text, max(0, t.start - 12), t.start)
        for t in titles
    ) or _typed_mention(text, start)


def _referrer_org(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span of the organisation named right after a person who put us in touch (after "via"/"through")."""
    if not _REFERRER_BEFORE.search(text, max(0, start - 20), start):
        return []
    m = _REFERRER_ORG_AFTER.match(text, end)
    if m is None:
        return []
    group = "paren" if m.group("paren") else "org"
    return [(m.start(group), m.end(group))]


def _referrer(text: str, start: int, end: int, org: str | None, later_person: bool) -> bool:
    """Whether the person at text[start:end] only put us in touch: named after "via"/"through", with an
    organisation of their own that is not the partner, and someone else named after them."""
    spans = _referrer_org(text, start, end) if later_person and org is not None else []
    if not spans or org is None:
        return False
    theirs = text[spans[0][0] : spans[0][1]].casefold()
    return org.casefold() not in theirs and theirs not in org.casefold()


def _typed_mention(text: str, start: int) -> bool:
    """Return True for a name typed right after "@" ("@Mette"), as a colleague is addressed in Slack."""
    return (
        start >= 1 and text[start - 1] == "@" and (start == 1 or text[start - 2].isspace() or text[start - 2] in "(,")
    )


_NAME_WORD = re.compile(r"[\w'&-]+")
_MAX_NAME_WORDS = 6


def _fold_name(name: str) -> str:
    return " ".join(_NAME_WORD.findall(name.casefold()))


@dataclass(frozen=True)
class _NameIndex:
    """Known names by their folded words, with what makes them quick to look for: the first words, and the names
    with the spaces taken out (with every start of those a text word may be)."""

    names: dict[str, str]
    firsts: frozenset[str]
    squashed: dict[str, str]
    heads: frozenset[str]


def _name_index(names: tuple[str, ...]) -> _NameIndex:
    """Folded name -> name as stored, built once per distinct list (dicts, so a big workspace stays fast)."""
    index: dict[str, str] = {}
    for name in names:
        key = _fold_name(name)
        if len(key) >= 2 and len(key.split()) <= _MAX_NAME_WORDS:
            index.setdefault(key, name.strip())
    squashed = {key.replace(" ", ""): name for key, name in index.items()}
    heads = frozenset(key[:n] for key in squashed for n in range(3, min(len(key), 16) + 1))
    return _NameIndex(index, frozenset(key.split()[0] for key in index), squashed, heads)


def _names_in(text: str, index: _NameIndex) -> list[tuple[int, int, str, str]]:
    """(start, end, as written, as stored) for each known name in the text, longest first, no overlaps; a name
    written with its words run together or apart ("Super Brugsen" for SuperBrugsen) is found too."""
    if not index.names:
        return []
    words = [(m.start(), m.end(), m.group(0).casefold()) for m in _NAME_WORD.finditer(text)]
    found: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(words):
        word = words[i][2]
        if word not in index.firsts and word not in index.heads:  # no known name starts so: one look, not eight
            i += 1
            continue
        for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
            run = [w for _, _, w in words[i : i + n]]
            stored = index.names.get(" ".join(run)) or index.squashed.get("".join(run))
            if stored is not None:
                start, end = words[i][0], words[i + n - 1][1]
                found.append((start, end, text[start:end], stored))
                i += n
                break
        else:
            i += 1
    return found


@lru_cache(maxsize=8)
def _indexes(known: Known) -> tuple[_NameIndex, _NameIndex, dict[str, str | None]]:
    """The known partners and people as look-up tables, built once per distinct Known."""
    roles: dict[str, str | None] = {}
    for name, role in known.people:
        roles.setdefault(_fold_name(name), role)
    full_names = tuple(n for n, _ in known.people if " " in n.strip())  # a first name alone is too common
    return _name_index(tuple(known.organizations)), _name_index(full_names), roles


def _known_in(text: str, known: Known) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str, str | None]]]:
    """Known partner names/aliases and known contacts that the text names, with their offsets."""
    org_index, people_index, roles = _indexes(known)
    orgs: list[tuple[int, int, str]] = []
    for start, end, written, stored in _names_in(text, org_index):
        if written.islower() and len(written) <= 4:
            continue  # "spar", "coop" typed in passing are words before they are partners
        orgs.append((start, end, stored))
    people: list[tuple[int, int, str, str | None]] = []
    for start, end, _, stored in _names_in(text, people_index):
        if not any(s <= start < e for s, e, _ in orgs):
            people.append((start, end, stored, roles.get(_fold_name(stored))))
    return orgs, people


def _known_heads(roles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(r.strip().lower() for r in roles if r and " " not in r.strip() and len(r.strip()) >= 2)


_CONTACT_VERBS = frozenset(
    "ringede ringet ringer mailede mailet skrev skrevet sendte talked spoke wrote emailed sent mail e-mail email "
    "besked snakkede talte".split()
)


# Where a message is left at an organisation, not the organisation itself ("the front desk of X").
_DESK_WORDS = frozenset(
    "desk reception receptionen switchboard office kontoret hovedkontoret headquarters hq omstillingen".split()
)
_VISIT_VERBS = frozenset({"stopped", "dropped", "popped", "swung", "came", "went", "stop", "drop", "pop", "swing"})


def _visit_before(toks: list[Tok], first: Tok) -> bool:
    """Return True when "by" before `first` follows a verb of visiting ("stopped by")."""
    index = next((n for n, t in enumerate(toks) if t.start == first.start), 0)
    return index >= 2 and toks[index - 2].low in _VISIT_VERBS


def _verb_before(toks: list[Tok], first: Tok) -> bool:
    """Return True when "til"/"to" before `first` follows a verb of getting in touch ("ringede til")."""
    index = next((n for n, t in enumerate(toks) if t.start == first.start), 0)
    if index >= 3 and toks[index - 1].text == "." and toks[index - 2].low == "t":
        index -= 1  # "ringede t. Galten Bageri": "t." is "til"
    return index >= 2 and toks[index - 2].low in _CONTACT_VERBS


def _public_department(words: list[Tok], lows: list[str]) -> bool:
    """A department named as a body of its own, capitalised and ending in its kind, as a council's are (round 17): "Social
    Services Department", "Culture Department" (DOMAIN.md: municipal departments are partners, as SOF and SUF are)."""
    return (
        len(words) >= 2
        and lows[-1] in ("department", "directorate")
        and all(w.text[:1].isupper() for w in words)
        and lows[0] not in ("csr", "hr", "pr", "it", "esg", "marketing", "sales", "finance")
    )


@lru_cache(maxsize=4096)
def _department(low: str) -> bool:
    """Return True for a department or function word ("CSR", "HR", "CSR-afdeling", "marketing")."""
    low = low.removesuffix("'s")
    if low in DEPARTMENTS or low in _DEPARTMENT_WORDS:
        return True
    return (
        any(
            low.endswith(s)
            for s in ("afdeling", "afdelingen", "department", "-team", "teamet", "forvaltning", "forvaltningen")
        )
        and "-" in low
    ) or (low.endswith(("afdeling", "afdelingen")) and len(low) >= 12)  # "kørselsafdeling", "kulturafdelingen"


_DEPARTMENT_WORDS = frozenset(
    "csr hr pr it esg marketing kommunikation ledelse ledelsen bestyrelse bestyrelsen board team "
    "afdeling afdelingen department sekretariat sekretariatet".split()
)
_VERB_AFTER_SUBJECT = re.compile(
    r"\s*(?:[:–-]|\s(?:giver|gives|give|vil|will|would|siger|says|said|sagde|har|has|have|er|is|are|was|bekræfter|"
    r"confirms|confirmed|donerer|donates|donated|sponsorerer|sponsors|sponsored|støtter|supports|betaler|pays|"
    r"stiller|tilbyder|offers|offered|turned|takker|kan|can|could|might|may|må|sender|sends|sent|svarede|replied|"
    r"ringede|called|skriver|writes|wrote|mailede|emailed|leverer|delivers|delivered|leverede|pulled|withdrew|"
    r"trækker|trak|declined|backed|dropped"
    # what the partner wants of us, in a note: "Reminder: Boots Leeds want the logo by Friday", "Netto Tune ønsker ..."
    r"|wants?|needs?|would like|ønsker|mangler|skal have)\b)"
)


_NOTE_PREFIX = re.compile(
    r"^\s*(?:note|nb|fyi|update|opdatering|info|reminder|påmindelse|husk|note to self)\s*(?::|-|–)\s*", re.IGNORECASE
)


_ORG_FIRST_STOP = re.compile(r"\s*(?:\.\s+[A-ZÆØÅ]|[–—]\s|-\s)")


_COMMA_TITLE_NAME = re.compile(r"\s*,\s*((?:[a-zæøå][\w.&-]*\s+){1,3})[A-ZÆØÅ][\w'-]+\s+[A-ZÆØÅ]")


def _line_start_score(text: str, words: list[Tok]) -> int:
    """Score a phrase that opens the line (or a new line): "Coop Roskilde: ...", "Greve Bio giver ..."."""
    before = _NOTE_PREFIX.sub("", text[: words[0].start])
    if before.strip() and not before.rstrip().endswith(("\n",)):
        return 0
    after = text[words[-1].end :]
    if after.lstrip().startswith(":"):
        return 3
    if (
        _ORG_FIRST_STOP.match(after)
        and len(words) >= 2
        and not _first_name(words[0].low)
        and not all(w.low in PLACES for w in words)
    ):
        return 2  # "Bog & Idé Køge. Mail til Hanne ...", "Lidl Greve – snak med ...": the partner, then the call
    if _VERB_AFTER_SUBJECT.match(after) and not (words[0].low in FIRST_NAMES and len(words) <= 2):
        return 2
    titled = _COMMA_TITLE_NAME.match(after)
    if titled and not _first_name(words[0].low) and is_title(titled.group(1).strip()):
        return 2  # "Sainsbury's Bath, store manager Ian Lowe, said yes": the partner, then its person
    team = _TEAM_AFTER_SUBJECT.match(after)
    if team and not _first_name(words[0].low) and all(_department(w) for w in team.group(1).split()):
        return 2  # "Macy's Herald Square community relations team is keen": the partner's department speaks
    return 0


_TEAM_AFTER_SUBJECT = re.compile(r"\s+((?:[a-z&-]+\s+){1,3})(?:team|department|dept|office|division)\b")


def _lower_titles(text: str, titles: list[Title]) -> str:
    if not titles:
        return text
    out = list(text)
    for t in titles:
        out[t.start : t.end] = text[t.start : t.end].lower()
    return "".join(out)


_ANCHOR_PREP = re.compile(
    r"\s+(?:at|of|for|hos|i|på|af|ved|from|fra|in|with|w/|@)\s+(?:the\s+|det\s+|den\s+)?|\s*@\s*", re.IGNORECASE
)
_ANCHOR_COMMA = re.compile(r"\s*(?:,|\s-|–|—)\s*(?:the\s+)?")
_ANCHOR_PIPE = re.compile(r"\s*\|\s*")
_ANCHOR_LINE = re.compile(r"[ \t]*\n\s*(?=[A-ZÆØÅ0-9])")
_NAME_COMMA_BEFORE = re.compile(r"([A-ZÆØÅ][\w'-]+)\s+([A-ZÆØÅ][\w'-]+)\s*,\s*$")
_CAP_AFTER = re.compile(r"\s(?=[A-ZÆØÅ0-9][\w&'-]*(?:\s+[A-ZÆØÅ0-9][\w&'-]*)*\s*(?:$|[(.,;:–-]))")


def _org_anchors(text: str, titles: list[Title], after_preposition_only: bool = False) -> set[int]:
    """Offsets where an organisation starts right after a title ("formand for |Lions Club").

    With `after_preposition_only`, only "title at/of/for X" counts: there X is never a person,
    while after "title, " a name may follow ("formanden, Tom Eriksen").
    """
    anchors = set()
    for t in titles:
        m = _ANCHOR_PREP.match(text, t.end)
        opener = ("(",) if after_preposition_only else ("(", ",", " -", "–", "—")  # "(Director, Ahmed & Co)"
        if m is None and text[: t.start].rstrip().endswith(opener):
            m = _ANCHOR_COMMA.match(text, t.end)  # "(indkøbschef, Coop Roskilde)", "Sofie, direktør, Coop"
        if m is None and text[: t.start].rstrip().endswith("|"):
            m = _ANCHOR_PIPE.match(text, t.end)  # "Jane Doe | Events Lead | Acme Events": a signature's firm
        if m is None and text[: t.start].rstrip(" \t").endswith("\n"):
            # "Sam Kerr\nCommunity Fundraiser\nMacmillan", "Tom Berg\nHead of CSR, Heineken UK": a signature's lines
            m = _ANCHOR_LINE.match(text, t.end) or _ANCHOR_COMMA.match(text, t.end)
        person = _NAME_COMMA_BEFORE.search(text, 0, t.start)
        if m is None and person and _first_name(person.group(1).lower()) and not _orgish(Tok(person.group(2), 0, 0)):
            m = _CAP_AFTER.match(text, t.end)  # "Anders Bruun, landechef Stena Line", "Sam Ortiz, owner Ortiz Tacos"
        if m is not None and _town_after_title(text, t.start, m):
            continue  # "a local carpenter in Otley", "en frisør i Slagelse": where they are, not their employer
        if m is not None:
            anchors.add(m.end())
    for m in _PLURAL_TITLE_PREP.finditer(text):
        if plural_role(m.group(1)):
            anchors.add(m.end())  # "ejerne af Dams Blomster", "co-founders of Lee Print"
    return anchors


_ONE_CAPITALISED = re.compile(r"([A-ZÆØÅ][\w'-]+)(?=\s*$|\s*[,.;:!?)]|\s+[a-zæøå–—-])")
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:a|an|en|et)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _town_after_noun(text: str, toks: list[Tok], index: int) -> bool:
    """Whether the one capitalised word at toks[index], after "i", is a town: it follows a lowercase Danish
    definite noun that names no shop or organisation ("bogbyttedagen i Tåstrup", "kontoret i Hedehusene"), or a
    noun after an indefinite article ("en lokal tømrer i Haslev")."""
    word = toks[index]
    if index < 2 or _orgish(word) or _first_name(word.low) or word.text.isupper():
        return False
    after = toks[index + 1] if index + 1 < len(toks) else None
    if after is not None and after.start == word.end + 1 and _is_cap(after):
        return False  # "i Sydbank Aabenraa": more name follows
    noun = toks[index - 2]
    if not noun.text.isalpha() or not noun.text.islower():
        return False
    if _INDEFINITE_BEFORE.search(text, max(0, noun.start - 30), noun.start):
        return True  # someone or something not named: "en lokal tømrer i Haslev", "et bageri i Tune"
    if is_role_word(noun.text):
        return False  # "marketingchef i Coloplast": the title's organisation
    return (
        noun.low.endswith(_DEFINITE)
        and len(noun.low) >= 6
        and noun.low not in _STOP
        and not _org_word(noun.low)
        and fold(noun.low[:-2]) not in SHOP_TRADES
        and fold(noun.low[:-1]) not in SHOP_TRADES
    )


def _town_after_title(text: str, title_start: int, m: re.Match[str]) -> bool:
    """A single capitalised word after a title and "in"/"i" names a town, not the person's organisation: in
    English always ("carpenter in Otley"), in Danish after an indefinite person ("en frisør i Slagelse";
    "marketingchef i Coloplast" keeps its firm)."""
    prep = m.group(0).strip().split()[0].lower() if m.group(0).strip() else ""
    if prep not in ("in", "i"):
        return False
    one = _ONE_CAPITALISED.match(text, m.end())
    if one is None or _orgish(Tok(one.group(1), 0, 0)) or _first_name(one.group(1).lower()):
        return False
    return prep == "in" or _INDEFINITE_BEFORE.search(text, max(0, title_start - 30), title_start) is not None


_PLURAL_TITLE_PREP = re.compile(r"\b([a-zæøå][\w-]+?(?:ere|erne|s))\s+(?:af|of|for|hos|at|ved|i)\s+(?:the\s+)?")


_TITLE_AFTER = re.compile(
    r"\s*(?:\(|,|-|–|—|:|\|)?\s*(?:(?:som er|der er|who is|who's|og er|and is|som|as|who works as|der arbejder som|works as|arbejder som|he's|she's|han er|hun er|who serves as|serves as|who acts as|acts as|der fungerer som|som fungerer som|fungerer som|der sidder som|som sidder som|sidder som|who sits as|sits as)\s+)?(?:the |our |their |his |her |vores |deres |a |an |en |et )?"
    r"(?:new |ny |nye |nyansatte |current |nuværende )?"  # "the new assistant manager", "hun er ny souschef"
    r"(?:[a-z]+'s |[a-zæøå]{3,}(?:ens|ets|nes) )?$"  # "the charity's head of fundraising", "klubbens formand"
    r"|\s*\(\s*[^,()]{2,40},\s*$"  # "(Greve Gymnasium, rektor)"
)
_TITLE_BEFORE = re.compile(
    r"\s*[,:(]?\s*$|\s+(?:is|er|was|var|hedder|hed)\s+$"  # "the store manager is Raj Patel", "uddeler er Kim Ravn"
    r"|\s+(?:at|of|for|hos|i|på|af|ved|from|fra|in)\s+(?:the\s+)?"
    r"(?:\b[A-ZÆØÅ][a-zæøå]{1,4}\.(?=\s[A-ZÆØÅ])|[^,.;:()\n–—]){1,50}?(?:,|\s[–—-])\s*$"  # "for Brdr. Hansens Fond, "
    r"|\s+(?:at|of|for|hos|i|på|af|ved|from|fra|in)\s+(?:the\s+)?(?:[A-ZÆØÅ0-9][\w&'-]*\s+){1,5}$"  # "afdelingsleder på Herlev Hospital Mette Riis"
)


_ORG_THEN_TITLE = re.compile(
    r"\s*,\s*[^,()\n]{2,40},\s*"
    # "Sue from Boots, the new assistant manager", "Mette fra Netto, deres souschef"
    r"|\s+(?:from|at|fra|hos|of)\s+[^,()\n]{2,40},\s*"
    r"(?:(?:who is|who's|som er|der er|he's|she's|han er|hun er)\s+)?"  # "Helen Troy from X, who is the ..."
    r"(?:the\s+|their\s+|deres\s+)?(?:(?:new|ny|nye)\s+)?"
)
# "Lene Birk fra Roskilde Avis (redaktionschef)", "Oliver Dam from Lind & Co (partner)": the title in
# parentheses of its own right after the person's organisation.
_ORG_THEN_PAREN_TITLE = re.compile(
    r"\s+(?:fra|from|hos|at|@|i|ved|of|på)\s+(?:the\s+)?(?:[^,.;:()\n]|\.(?=\s*\())"
    r"{1,50}?\s*\(\s*",
    re.IGNORECASE,
)
_PAREN_CLOSES = re.compile(r"\s*\)")
# An e-mail address between a name and its title: "Tina Bech <tb@dagrofa.dk>, indkøbschef i Dagrofa".
_ADDRESS = re.compile(r"\s*(?:<[^<>\s]+@[^<>\s]+>|\(\s*[^()\s]+@[^()\s]+\s*\)|<?\s*>|\(?\s*\))")
_COMMA_TITLE = re.compile(r"\s*,\s*(?:the\s+|their\s+|our\s+)?")


def _name_then_title(text: str, ph: Phrase, titles: list[Title]) -> bool:
    """A two-word capitalised name, made of no organisation words, then a comma and a title that ends the
    clause ("Sue Parker, the assistant branch manager", "Ray Diaz, branch mgr, will check")."""
    if len(ph.toks) != 2 or not all(_is_cap(t) and _name_chars(t.text) for t in ph.toks):
        return False
    if any(_org_word(t.low) or _brand(t) or t.low in PLACES or t.low in ORG_PREFIXES for t in ph.toks):
        return False
    m = _COMMA_TITLE.match(text, ph.toks[-1].end)
    if m is None:
        relative = _RELATIVE_TITLE.match(text, ph.toks[-1].end)
        title = next((t for t in titles if relative and t.start == relative.end()), None)
        # "Anil Shah who's the new assistant manager at Morrisons", "Tove Berg, som er kasserer i Tune Boldklub"
        return title is not None and (
            _TITLE_ENDS_CLAUSE.match(text, title.end) is not None or _TITLE_THEN_ORG.match(text, title.end) is not None
        )
    title = next((t for t in titles if t.start == m.end()), None)
    return title is not None and _TITLE_ENDS_CLAUSE.match(text, title.end) is not None


# A relative clause that gives the person's title: "who's the new", "som er", "der arbejder som".
_RELATIVE_TITLE = re.compile(
    r"\s*,?\s+(?:who(?:'s|’s| is)|som er|der er|who works as|der arbejder som|som arbejder som)\s+"
    r"(?:the\s+|their\s+|deres\s+|a\s+|an\s+|en\s+|et\s+)?(?:(?:new|ny|nye|current|nuværende)\s+)?",
    re.IGNORECASE,
)
_TITLE_THEN_ORG = re.compile(r"\s+(?:at|of|for|with|hos|i|på|ved|af)\s+(?:the\s+)?[A-ZÆØÅ0-9]")


_TITLE_ENDS_CLAUSE = re.compile(r"\s*(?:$|[.;:!?)\n–—]|-\s|,\s*(?:[a-zæøå]|$))")


_PRONOUN_IS = re.compile(
    r"(?:^|[\s.,;:–(-])(?:han|hun|he|she)\s*(?:er|is|'s)\s+(?:the\s+|a\s+|an\s+|en\s+|et\s+|their\s+|deres\s+)?"
    r"(?:(?:new|ny|nye|current|nuværende)\s+)?(?:[a-z]+'s\s+|[a-zæøå]{3,}(?:ens|ets|nes)\s+)?$",  # "klubbens kasserer"
    re.IGNORECASE,
)


def _pronoun_title(
    text: str, end: int, titles: list[Title], used: set[int], people: list[tuple[int, int, Contact]]
) -> int | None:
    """The title in "Lars Holm. Han er indehaver af ...": the next "he/she is <title>" after this person,
    when no other person stands between them."""
    for n, t in enumerate(titles):
        if n in used or t.start < end or t.start - end > 80:
            continue
        if any(end < s0 < t.start for s0, _, _ in people):
            return None
        if _PRONOUN_IS.search(text, max(0, t.start - 20), t.start):
            return n
        return None
    return None


_CORRECTION_CUE = re.compile(
    r"\b(?:rettelse|undskyld|sorry|correction|nej|no|not|ikke|actually|faktisk|i mean|jeg mener|typo)\b", re.IGNORECASE
)
_PRONOUN_NOW_IS = re.compile(
    r"(?:^|[\s.,;:–(-])(?:han|hun|he|she)\s*(?:er|is|'s)\s+(?:(?:nu|now|actually|faktisk|really)\s+)?"
    r"(?:the\s+|a\s+|an\s+|en\s+|et\s+)?$",
    re.IGNORECASE,
)
_NOW_AFTER = re.compile(r"\s+(?:nu|now)\b", re.IGNORECASE)
_NOW_INSIDE = re.compile(r"\b(?:nu|now)\b", re.IGNORECASE)


def _corrected_titles(text: str, titles: list[Title], used: set[int], people: list[tuple[int, int, Contact]]) -> None:
    """A title said again later in a correction replaces the one written first ("Carsten Bo (indkøbschef) ...
    rettelse: han er salgschef nu", "Jo Hart (manager) - sorry, she's actually the owner")."""
    for n, t in enumerate(titles):
        if n in used:
            continue
        said = _PRONOUN_NOW_IS.search(text, max(0, t.start - 30), t.start)
        if said is None:
            continue
        clause = text[max(0, said.start() - 30) : said.start() + 1]
        if not (_CORRECTION_CUE.search(clause) or _NOW_AFTER.match(text, t.end) or _NOW_INSIDE.search(said.group(0))):
            continue
        before = [c for s0, _, c in people if s0 < t.start]
        if len(before) == 1 and before[0].role is not None and before[0].role.lower() != t.role.lower():
            before[0].role = t.role
            used.add(n)


_TWO_TITLES = re.compile(r"\s+(?:and|og|&)\s+", re.IGNORECASE)
_PAIR_JOIN = re.compile(r"\s+(?:and|og|&)\s+", re.IGNORECASE)


def _shared_titles(text: str, titles: list[Title], people: list[tuple[int, int, Contact]], used: set[int]) -> None:
    """Two titles before two people: "the vice chair and treasurer of X, Anne Rudd and Tim Vale": two titles, then two people joined
    by and/og, one title each, in order; a Danish plural title ("medindehaverne") gives both the same."""
    for n, t in enumerate(titles):
        parts = _TWO_TITLES.split(t.role)
        pair = [p for p in people if p[1] <= t.start][-2:]
        if len(parts) == 2 and len(pair) == 2 and _PAIR_THEN_TITLES.fullmatch(text, pair[1][1], t.start):
            (_, e1, c1), (s2, _, c2) = pair
            if (
                _PAIR_JOIN.fullmatch(text, e1, s2)
                and c1.role is None
                and (c2.role is None or t.role.casefold() in c2.role.casefold())
            ):
                c1.role, c2.role = parts  # "A and B (chair and treasurer of X)": one title each, in order
                used.add(n)
                continue
        if text[t.start : t.end].lower().endswith("erne") and len(parts) == 1:
            parts = [t.role, t.role]  # "medindehaverne Lea Holt og Kasper Frost": the same title for both
        last = t.role.split()[-1]
        single = plural_role(last) if len(parts) == 1 and last.lower().endswith("s") else None
        if single:
            parts = [t.role[: len(t.role) - len(last)] + single] * 2  # "the owners, Raj and Priya Shah"
        if len(parts) != 2:
            continue
        after = [p for p in people if p[0] >= t.end]
        if len(after) < 2 or after[0][2].role not in (None, parts[0]) or after[1][2].role is not None:
            continue
        (s1, e1, c1), (s2, _, c2) = after[0], after[1]
        if _TITLE_BEFORE.fullmatch(text[t.end : s1]) and _PAIR_JOIN.fullmatch(text[e1:s2]):
            c1.role, c2.role = parts
            used.add(n)


# "Ole Friis og Bente Friis, ejerne af ...", "Kurt Svendsen og Pia Dahl, begge indehavere", "Maria Gomez and
# Luis Gomez, co-owners of ...": a plural title right after two people joined by and/og is each one's.
_PLURAL_TITLE_AFTER = re.compile(
    r"(?:\s+(?:fra|from|at|hos|i|of|ved)\s+[^,.;:()\n–—]{1,50}?)?\s*(?:,|\(|-|–|—)\s*(?:(?:begge|both|the|de|og|and)\s+){0,2}([\w-]+)\b",
    re.IGNORECASE,
)


_PLURAL_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:the\s+|our\s+|their\s+|de\s+)?([a-zæøå][\w-]+)\s*,?\s*$")
# ... with the organisation between the plural title and the two people (round 17): "ejerne af Bach Boghandel, Per Bach og
# Susanne Winkel", "the co-founders of Lee Print, Amy Lee and Rob Lee", "indehaverne af Café Sol – Ida og Bo Ravn".
_PLURAL_TITLE_OF_ORG_BEFORE = re.compile(
    r"(?:^|\s)(?:the\s+|our\s+|their\s+|de\s+)?([a-zæøå][\w-]+)\s+(?:af|of|for|hos|at|ved|i|på)\s+(?:the\s+)?"
    r"[A-ZÆØÅ0-9][^,.;:()\n–—]{0,50}?\s*(?:,|\s[–—-])\s*$"
)
# Two titles joined by and/og right after two people joined the same way are theirs in turn (round 17): "Freya Lindholm
# and Oskar Beck (chair and treasurer of Skovby Forældreforening)", "Lis Dahl og Bo Krog, formand og kasserer i Hobro
# Skakklub".
_PAIR_THEN_TITLES = re.compile(r"\s*(?:\(|,|\s[–—-])\s*(?:(?:hhv\.?|henholdsvis|respectively)\s+)?")


def _plural_titles(text: str, people: list[tuple[int, int, Contact]]) -> None:
    for (s1, e1, c1), (s2, e2, c2) in zip(people, people[1:], strict=False):
        if c1.role is not None or not _PAIR_JOIN.fullmatch(text[e1:s2]):
            continue
        m = _PLURAL_TITLE_AFTER.match(text, e2)
        role = plural_role(m.group(1)) if m else None
        if role and m and (c2.role is None or c2.role.lower() == m.group(1).lower()):
            c1.role = c2.role = role  # "owners" read as the second one's title is both people's, singular
            continue
        before = _PLURAL_TITLE_BEFORE.search(text, max(0, s1 - 40), s1) or _PLURAL_TITLE_OF_ORG_BEFORE.search(
            text, max(0, s1 - 90), s1
        )
        role = (
            plural_role(before.group(1)) if before and before.group(1).lower().endswith(("s", "ere", "erne")) else None
        )
        if role and c2.role is None:
            c1.role = c2.role = role  # "the co-founders Amy Lee and Rob Lee", "direktørerne Bo Holm og ..."


# "Kerry is education manager, Ian is a coach": a title said of a person by their first name.
_FIRST_NAME_IS = re.compile(
    r"(?:^|[\s.,;:–(-])([A-ZÆØÅ][\w-]+)(?:\s+(?:is|was|er|var)|'s)\s+(?:the\s+|a\s+|an\s+|en\s+|et\s+)?$"
)


# "Carl Dunn is the general manager, Lisa Tran ...", "Anne Kjær er formand, Per Vinding er kasserer": a title
# said of a full name with is/er right before it is that person's, not the next person's.
_NAME_IS = re.compile(
    r"(?:\s+(?:is|was|er|var)|'s)\s+(?:the\s+|a\s+|an\s+|en\s+|et\s+|their\s+|deres\s+|his\s+|her\s+|hans\s+|hendes\s+)?",
    re.IGNORECASE,
)


def _first_name_titles(text: str, titles: list[Title], people: list[tuple[int, int, Contact]], used: set[int]) -> None:
    for n, t in enumerate(titles):
        if n in used:
            continue
        said = next((c for _, e0, c in people if e0 <= t.start and _NAME_IS.fullmatch(text, e0, t.start)), None)
        if said is not None and said.role is None:
            said.role = t.role
            used.add(n)
            continue
        m = _FIRST_NAME_IS.search(text, max(0, t.start - 40), t.start)
        if m is None:
            continue
        same = [c for s0, _, c in people if s0 < m.start(1) and c.name.split()[0] == m.group(1)]
        if len(same) == 1 and same[0].role is None:
            same[0].role = t.role
            used.add(n)


def _roles_from_titles(
    text: str,
    titles: list[Title],
    people: list[tuple[int, int, Contact]],
    again: list[tuple[int, int, Contact]] | None = None,
) -> None:
    """Give each person the title written next to them: after the name first, else before it.

    `again` are later places where a person already listed is named once more; a title there counts
    only for a person still without one.
    """
    used: set[int] = set()
    _shared_titles(text, titles, people, used)
    _first_name_titles(text, titles, people, used)
    everyone = [*people, *(again or ())]
    for k, (start, end, contact) in enumerate(everyone):
        if k >= len(people) and contact.role is not None:
            continue  # named again, and already given a title
        chosen = None
        address = _ADDRESS.match(text, end)
        if address:
            end = address.end()
        for n, t in enumerate(titles):
            if n not in used and t.start >= end and _TITLE_AFTER.fullmatch(text[end : t.start]):
                chosen = n
                break
            if (
                n not in used
                and t.start >= end
                and _ORG_THEN_TITLE.fullmatch(text[end : t.start])
                and _TITLE_ENDS_CLAUSE.match(text, t.end)
            ):
                chosen = n  # "Jens Jensen, Netto Hundige, butikschef": the title closes the clause
                break
            if (
                n not in used
                and t.start >= end
                and contact.role is None
                and _ORG_THEN_PAREN_TITLE.fullmatch(text[end : t.start])
                and _PAREN_CLOSES.match(text, t.end)
            ):
                chosen = n  # "Lene Birk fra Roskilde Avis (redaktionschef)"
                break
        if chosen is None:
            for n in range(len(titles) - 1, -1, -1):
                t = titles[n]
                if n not in used and t.end <= start and _TITLE_BEFORE.fullmatch(text[t.end : start]):
                    chosen = n
                    break
        if chosen is None:
            chosen = _pronoun_title(text, end, titles, used, people)
        if chosen is not None:
            used.add(chosen)
            contact.role = titles[chosen].role
    _corrected_titles(text, titles, used, people)
    _plural_titles(text, people)


# "Jonas & Sofie fra 3F (hhv. formand og sekretær)", "(respectively chair and organiser)", "(chair and organiser
# respectively)": the titles in turn of the people named just before.
_RESPECTIVELY = re.compile(
    r"\s*\(\s*(?:(?:hhv\.?|henholdsvis|resp\.|respectively)\s+(?P<lead>[^()\n]{3,80}?)"
    r"|(?P<tail>[^()\n]{3,80}?),?\s+(?:hhv\.?|henholdsvis|respectively))\s*\)",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:og\s+|and\s+|&\s+)?|\s+(?:og|and|&)\s+", re.IGNORECASE)
# A role as written in parentheses or after a comma: one to three lower-case-led words.
_PAREN_ROLE = re.compile(r"\s*\(\s*(?P<role>[a-zæøå][\w-]*(?:\s+[\w-]+){0,2})\s*\)")
_COMMA_ROLE = re.compile(r"\s*,\s*(?P<role>[a-zæøå][\w-]*(?:\s+[a-zæøå][\w-]*){0,2})\s*(?=[.;:!?)\n–—]|\s-\s|$)")
# What stands between two people when the first one's role is given: in parentheses, or between commas.
_PAREN_PAIR_GAP = re.compile(r"\s*\((?P<role>[^()\n]{1,40})\)\s*(?:,\s*)?(?:(?:og|and|&|\+)\s+)?", re.IGNORECASE)
_COMMA_PAIR_GAP = re.compile(r"\s*,\s*(?P<role>[^,()\n]{1,40}?)\s*,?\s+(?:og|and|&)\s+", re.IGNORECASE)
# "contact = Frank, harbour master", "kontakt: Dorte, formidler": the person named as the contact, then the role.
_CONTACT_IS = re.compile(
    r"\b(?:contact(?:\s+person)?|kontakt(?:person)?)\s*(?:[=:–—-]|\bis\b|\ber\b)\s*$", re.IGNORECASE
)


def _role_words_ok(role: str) -> bool:
    return not any(w.lower() in _STOP or any(c.isdigit() for c in w) for w in role.split())


def _as_role(part: str) -> str:
    found = find_titles(part)
    if len(found) == 1 and found[0].start == 0 and found[0].end >= len(part.rstrip(" .")):
        return found[0].role
    return part


def _listed_roles(text: str, people: list[tuple[int, int, Contact]]) -> None:
    """Roles given for two or more people together, or beside a name in the same way as the name before it's."""
    ordered = sorted(people, key=lambda p: p[0])
    for m in _RESPECTIVELY.finditer(text):
        inner = (m.group("lead") or m.group("tail")).strip()
        parts = [p.strip(" .") for p in _LIST_SPLIT.split(inner) if p.strip(" .")]
        before = [p for p in ordered if p[1] <= m.start()]
        if len(parts) < 2 or len(before) < len(parts):
            continue
        named = before[-len(parts) :]
        if any(c.role and c.role.casefold() not in m.group(0).casefold() for _, _, c in named) or not all(
            _role_words_ok(p) and len(p.split()) <= 4 for p in parts
        ):
            continue
        if "." in text[named[0][0] : m.start()].replace("hhv.", ""):
            continue  # a sentence between the names and the titles
        for (_, _, contact), part in zip(named, parts, strict=True):
            contact.role = _as_role(part)
    for n in range(1, len(ordered)):
        (_, end0, first), (start1, end1, second) = ordered[n - 1], ordered[n]
        if second.role or not first.role:
            continue
        for gap, form in ((_PAREN_PAIR_GAP, _PAREN_ROLE), (_COMMA_PAIR_GAP, _COMMA_ROLE)):
            mine = gap.fullmatch(text, end0, start1)
            if mine is None or first.role.casefold() not in mine.group("role").casefold():
                continue  # "Pernille Dam (projektchef) og Ahmad Rahimi (...)": the same form for both
            theirs = form.match(text, end1)
            if theirs is not None and _role_words_ok(theirs.group("role")):
                second.role = _as_role(theirs.group("role"))
            break
    for start, end, contact in ordered:
        if contact.role is None and _CONTACT_IS.search(text, max(0, start - 30), start):
            said = _COMMA_ROLE.match(text, end)
            if said is not None and _role_words_ok(said.group("role")):
                contact.role = _as_role(said.group("role"))


_LOWER_IN_PLACE = re.compile(r" i ([a-zæøå][\wæøå-]+)\b(?!\s+[a-zæøå])")


# Public bodies whose genitive, typed in lowercase, is followed by one of their departments.
_GENITIVE_OWNERS = frozenset({"kommune", "region", "county", "council"})


_THE_LOWER = re.compile(r"\s*(?:the|det|den)\s+[a-zæøå]")


def _generic_the(text: str, pos: int, words: list[str]) -> bool:
    """Whether lowercase words after "the" at `pos` describe a kind of place rather than name one: the line is
    typed with capitals ("Left a message for the owner of the chip shop ..."), so a name would be too; a brand
    or a town typed in lower case ("at the ymca greve") still names one."""
    first = next((c for c in text if c.isalpha()), "")
    return (
        first.isupper()
        and _THE_LOWER.match(text, max(0, pos)) is not None
        and not any(w.lower() in BRANDS or w.lower() in PLACES for w in words)  # "at the ymca greve"
    )


def _lower_org_words(text: str, pos: int) -> list[str]:
    """Lowercase words of an organisation starting at `pos` ("the ymca greve", "rema 1000 tune")."""
    m = _LOWER_WORDS.match(text, pos)
    if m is None:
        return []
    words: list[str] = []
    split = m.group("words").split()
    for n, w in enumerate(split):
        low = w.lower()
        if not words and low in ("the", "det", "den"):
            continue  # "at the ymca greve"
        if (
            not words
            and low in _CHAIN_OPENERS
            and n + 1 < len(split)
            and (
                _org_word(split[n + 1].lower())
                or split[n + 1].lower() in BRANDS
                or fold(split[n + 1].lower()) in SHOP_TRADES
            )
        ):
            words.append(w)  # "super brugsen hornslet", "min købmand tarm": a chain's first word is a common one
            continue
        if w.isdigit() and words and words[-1].lower() in BRANDS:
            words.append(w)  # "rema 1000"
            continue
        if (low in _STOP and w != "&") or w.isdigit() or low in _LOWER_VERBS:
            break  # a verb ends it: "ole hansen, manager, said yes"
        if words and low.endswith("s") and len(low) >= 6 and low[:-1] in _GENITIVE_OWNERS:
            words.append(w[:-1])  # "ry kommunes kulturforvaltning": the municipality owns the department
            break
        words.append(w)
    if (
        len(words) == 1
        and words[0].lower().endswith(_DEFINITE)
        and (_org_word(words[0].lower()) or len(words[0]) >= 7)
        and words[0].lower() not in FIRST_NAMES
    ):
        place = _LOWER_IN_PLACE.match(text, m.start("words") + len(words[0]))
        if place and place.group(1) not in _STOP and not _first_name(place.group(1)):
            words += ["i", place.group(1)]  # "brugsen i karlslunde", as "Brugsen i Ølstykke"
    return words


# A contact logged right after a lowercase phrase opening the line ("dgi østjylland: møde m. ...").
_CONTACT_AFTER_OPENING = re.compile(
    r"\s*(?:snak|snakkede|tlf|møde|mødtes|mail|mailede|ringede|talte|skrev|lagde|talked|spoke|call|called|"
    r"phoned|mtg|meeting|met|emailed|ph|vm|chat|chatted)\b",
    re.IGNORECASE,
)
_LOWER_ORG_FIRST = re.compile(r"\s*[a-zæøå0-9][\w&'-]*(?:\s+[\w&'-]+){0,4}?\s*(?::|\s[–—-]\s)")
_CONTACT_VERB_BEFORE = re.compile(r"\b(?:ringede|ringet|skrev|skrevet|mailede|wrote|emailed|spoke|talked)\s*$")


_COMMA = re.compile(r"\s*,\s*")
_COMMA_OR_PAREN = re.compile(r"\s*[,(]\s*")


def _lowercase_org_after_person(text: str, people: list[tuple[int, int, Contact]]) -> str | None:
    """A lowercase organisation right after a person and a comma, when it reads as one ("kim berg, rema 1000
    tune", "ellen ross, lloyds bank york")."""
    for _, end, _ in people:
        m = _COMMA_OR_PAREN.match(text, end)  # also "bo friis (friis cykler)"
        if m is None:
            continue
        words = _lower_org_words(text, m.end())
        if (
            words
            and not _first_name(words[0].lower())
            and any(_org_word(w.lower()) or w.lower() in BRANDS for w in words)
        ):
            return _titlecase(words)
    return None


_CLOSING_COMMA = re.compile(r"\s*,")
_COMMA_THE = re.compile(r"\s*,\s*(?:the\s+|our\s+|their\s+)?")


def _lowercase_org_between_commas(text: str, people: list[tuple[int, int, Contact]]) -> str | None:
    """A lowercase organisation set off by commas right after a person with a title, as the capitalised
    "Sofie Brink, Vestforbrænding, om ..." is read."""
    for _, end, contact in people:
        m = _COMMA.match(text, end)
        if m is None or contact.role is None:
            continue
        words = _lower_org_words(text, m.end())
        if not words or _first_name(words[0].lower()) or len(words) > 3:
            continue
        tail = text.find(words[-1], m.end()) + len(words[-1])
        if _CLOSING_COMMA.match(text, tail) and not any(is_head_word(w) for w in words):
            return _titlecase(words)
    return None


def _lowercase_org(
    text: str, anchors: set[int], titles: list[Title], english: bool = True, person_ends: frozenset[int] = frozenset()
) -> str | None:
    for pos in sorted(anchors):
        # "the ceo of greve solar, ...", "formanden for greve jagtforening, ...": after a title and a preposition.
        words = _lower_org_words(text, pos)
        if words and _generic_the(text, pos - 4, words):
            continue  # "the owner of the chip shop near the station": a kind of place, no name
        if words and text[pos : pos + 1].islower() and not all(w.lower() in PLACES for w in words):
            if words[0].lower() not in FIRST_NAMES:
                return _titlecase(words)
    opening = _LOWER_ORG_FIRST.match(text)
    if opening:
        words = _lower_org_words(text, 0)
        if words and any(_org_word(w.lower()) or w.lower() in BRANDS for w in words) and not _first_name(words[0]):
            return _titlecase(words)  # "nhs trust leeds - talked w/ sarah", "netto tune: snak med ..."
        if len(words) >= 2 and not _first_name(words[0]) and _CONTACT_AFTER_OPENING.match(text, opening.end()):
            return _titlecase(words)  # "dgi østjylland: møde m. lars bo": the partner, then the contact logged
    for pm in _LOWER_PREP.finditer(text):
        if pm.group("prep") == "t." and not _CONTACT_VERB_BEFORE.search(text, 0, pm.start()):
            continue  # "t." is "til" only after a verb of getting in touch ("ringede t. galten bageri")
        words = _lower_org_words(text, pm.end())
        if not words or _first_name(words[0].lower()) or words[0].isdigit() or _generic_the(text, pm.end(), words):
            continue  # "a mum from the toddler group": in a line typed with capitals, "the" and lowercase is no name
        first = text.find(words[0], pm.end())
        if any(t.start <= first < t.end for t in titles):
            continue  # "to the store manager, kim berg": a title, not the partner
        if all(w.lower() in PLACES for w in words):
            continue
        if pm.group("prep") == "at" and not english:
            continue  # Danish "til at bruge parken": the infinitive, not a place
        strong_prep = (
            pm.group("prep") in ("hos", "at", "@", "fra", "from", "ved")
            or (pm.group("prep") in ("til", "t.", "to") and _CONTACT_VERB_BEFORE.search(text, 0, pm.start()))
            or (pm.group("prep") in ("called", "calling") and len(words) >= 2)  # "called asda pudsey, spoke to ..."
        )
        orgish = any(_org_word(w.lower()) or w.lower() in BRANDS for w in words)
        # "talte med Jakob Lerche i fdf ry": right after a person, "i/på" and two lowercase words name their place.
        strong_prep = strong_prep or (
            pm.group("prep") in ("i", "på") and len(words) >= 2 and len(text[: pm.start()].rstrip()) in person_ends
        )
        if pm.group("prep") in ("i", "på", "in", "for", "of") and len(words) < 2:
            continue  # "på biblioteket", "i banken": a place or our own library, not a named partner
        if (
            (
                pm.group("prep") in ("called", "calling", "phoned")
                or (pm.group("prep") in ("til", "t.", "to") and _CONTACT_VERB_BEFORE.search(text, 0, pm.start()))
            )
            and not orgish
            and _LOWER_MESSAGE_NAME.match(text, pm.end()) is not None
        ):
            continue  # "called ngozi okafor at kingsway pharmacy": a person called at a place, not the partner
        if strong_prep or orgish:
            return _titlecase(words)
    return None


_LOWER_NAME_WORD = re.compile(r"[a-zæøåäöüé][a-zæøåäöüé'-]*")
# Verbs that follow a subject ("ejer ahmed siger ok", "mgr kelly says yes"): a lowercase name ends before them.
_LOWER_VERBS = frozenset(
    """
    siger sagde svarer svarede giver gav vil kan kunne skal har havde er var sender sendte tilbyder tilbød
    støtter donerer sponsorerer bekræfter bekræftede leverer ringer ringede mailer mailede skriver skrev
    confirming saying asking offering says said replies replied gives gave would can could has had is was sends sent offers offered
    supports donates sponsors confirms confirmed delivers calls called emails emailed writes wrote wants
    """.split()
)
_LOWER_AFTER_NAME = frozenset({"fra", "from", "hos", "at", "ved", "@", "i", "på", "of", "in"})
_LOWER_NOT_NAME = frozenset({"fra", "from", "hos", "at", "ved", "i", "på", "og", "and", "of", "in", "om", "about"})


def _lower_name_at(
    text: str,
    pos: int,
    allow_unknown: bool = False,
    title_starts: frozenset[int] = frozenset(),
    after_title: bool = False,
) -> tuple[int, int, str] | None:
    """A lowercase person's name starting at `pos` ("poul erik lund", "kate o'brien"): (start, end, name)."""
    m = re.compile(r"\s*").match(text, pos)
    pos = m.end() if m else pos
    words: list[re.Match[str]] = []
    while len(words) < 3:
        w = _LOWER_NAME_WORD.match(text, pos)
        if w is None or (words and text[words[-1].end() : w.start()] != " "):
            break
        low = w.group(0)
        if (
            low in _STOP
            or low in _LOWER_NOT_NAME
            or _org_word(low)
            or low in BRANDS
            or low in PLACES
            or is_role_word(low)
            or low in _DEPARTMENT_WORDS
            or low in _LOWER_VERBS
        ):
            break
        words.append(w)
        pos = w.end() + 1
    if not words:
        return None
    if not _first_name(words[0].group(0)):
        if after_title and len(words) == 2 and _LOWER_NAME_ENDS.match(text, words[1].end()):
            return (
                words[0].start(),
                words[1].end(),
                _titlecase([w.group(0) for w in words]),
            )  # "talked w/ branch mgr luis ortiz": a first name and a surname right after a title
        comma = _COMMA_THE.match(text, words[-1].end())
        if len(words) == 2 and comma and comma.end() in title_starts:
            return (
                words[0].start(),
                words[1].end(),
                _titlecase([w.group(0) for w in words]),
            )  # "jen smith, store manager"
        # An unknown first name, alone or with a surname, only between a person cue and "fra/from/hos/at"
        # ("w/ carlos from ...", "tlf m. ditlev ravnsborg hos ...", "called ngozi okafor at ...").
        if not allow_unknown or len(words) > 2 or len(words[0].group(0)) < 3:
            return None
        after = re.compile(r"\s+(\S+)").match(text, words[-1].end())
        if after is None or after.group(1) not in _LOWER_AFTER_NAME:
            return None
        return words[0].start(), words[-1].end(), _titlecase([w.group(0) for w in words])
    names = [w.group(0) for w in words]
    return words[0].start(), words[-1].end(), _titlecase(names)


_LOWER_CUE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<cue>with|w/|med|m\.|(?<=tlf )m|(?<=snak )m|til|t\.|called|to|fra|from|for|caught|reached|met|mødte|emailed|mailed|mailede|"
    r"texted|phoned|mvh|vh|hilsen|regards|cheers|thanks)[,!]?\s+(?!the\s)"
)
# Cues after which even an unknown lowercase word before "fra/from/hos/at" is a first name.
_LOWER_STRONG_CUE = frozenset({"with", "w/", "med", "m.", "met", "mødte"})
# Verbs of writing: the unknown word after them is a first name only right before "at/from/fra/hos"
# ("emailed sue at m&s kingston", "texted jaz from the bakery"), never a desk or a team ("emailed reception at").
_LOWER_MESSAGE_CUE = frozenset({"emailed", "mailed", "mailede", "texted", "called", "phoned"})
_LOWER_MESSAGE_NAME = re.compile(
    r"\s*(?!(?:reception|someone|somebody|everyone|everybody|support|info|sales|hq|office|back|them|him|her)\b)"
    r"[a-zæøå][a-zæøå-]{2,}(?:\s+[a-zæøå][a-zæøå'-]+)?\s+(?:at|from|fra|hos|@)\s"
)
# A message left, right before "for"/"til" ("vm left for", "left a message for", "lagde en besked til").
_LEFT_MESSAGE = re.compile(
    r"\b(?:(?:vm|voicemail|msg|message|besked)\s+(?:left|lagt)|(?:left|lagde|lagt)\s+(?:a\s+|an\s+|en\s+)?"
    r"(?:vm|voicemail|msg|message|besked|note))\s+$"
)
# Where a lowercase name read after a title must end: the end, punctuation, or a preposition.
_LOWER_NAME_ENDS = re.compile(r"\s*(?:$|[,.;:!?()\n–—-]|(?:fra|from|hos|at|@|ved|i|på|in|of|om|about|re)\b)")
_LOWER_AND = re.compile(r"\s+(?:og|and|&|\+)\s+")
_NAMED_AFTER_TITLE = re.compile(r"(?:\s+(hedder|hed|is|er))?\s+(?=[a-zæøå])")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:his|her|their|hans|hendes|deres)\s+$")


# A known first name opening the line before "fra/from/hos/at" ("helle fra rema 1000 karlslunde ringede").
_LOWER_NAME_FIRST = re.compile(r"\s*([a-zæøå][a-zæøå-]+(?:\s+[a-zæøå][a-zæøå-]+)?)\s+(?:fra|from|hos|at|@)\s")


_LOWER_TITLE_SET_OFF = re.compile(r"(?:,|\s[-–—])\s+$")
_LOWER_NAME_SET_OFF = re.compile(
    # also after a sentence's end: "count us in! lisa park, manager, corner deli" signs a pasted reply
    r"(?:\s[-–—]|[,:.!?])\s+([a-zæøå][\w'-]+(?:\s+[a-zæøå][\w'-]+){1,2})\s*(?:\s[-–—]|,|\()\s*$"
)


def _lowercase_people(text: str, titles: list[Title]) -> list[tuple[int, int, Contact]]:
    """People in text typed all in lower case: after a person cue, after a title, or after "og" another."""
    found: dict[int, tuple[int, int, Contact]] = {}
    opening = _LOWER_NAME_FIRST.match(text)
    if opening:
        got = _lower_name_at(text, opening.start(1))
        if got:
            found[got[0]] = (got[0], got[1], Contact(got[2], None))  # "helle fra rema 1000 ringede"
    for m in _LOWER_CUE.finditer(text):
        if m.group("cue") == "t." and not _CONTACT_VERB_BEFORE.search(text, 0, m.start()):
            continue  # "t." is "til" only after a verb of getting in touch ("ringede t. susanne")
        pos = m.end()
        role = None
        for t in titles:
            if t.start == pos:
                role, pos = t.role, t.end  # "met store manager amy hunt"
        got = _lower_name_at(
            text,
            pos,
            after_title=role is not None,
            allow_unknown=role is None
            and (
                m.group("cue") in _LOWER_STRONG_CUE
                or (m.group("cue") in _LOWER_MESSAGE_CUE and _LOWER_MESSAGE_NAME.match(text, pos) is not None)
                or (
                    m.group("cue") in ("til", "t.", "to")
                    and _CONTACT_VERB_BEFORE.search(text, 0, m.start()) is not None
                    and _LOWER_MESSAGE_NAME.match(text, pos) is not None
                )  # "ringede til ulrikke bro hos bro blomster", "wrote to ngozi okafor at ..."
                or (
                    m.group("cue") in ("for", "til")
                    and _LEFT_MESSAGE.search(text, 0, m.start()) is not None
                    and _LOWER_MESSAGE_NAME.match(text, pos) is not None
                )  # "vm left for rick at dunkin", "lagde besked til ib hos rema": a message left for a person
            ),
            title_starts=frozenset(t.start for t in titles) if role is None else frozenset(),
        )
        if got and got[0] not in found:
            found[got[0]] = (got[0], got[1], Contact(got[2], role))
    for t in titles:
        # "the ceo of greve solar, henrik dam", "formanden for greve jagtforening, poul erik lund"
        after = _PERSON_AFTER_TITLE.match(text, t.end)
        if after is not None and after.group(0).strip():
            got = _lower_name_at(text, after.end())
            if got and got[0] not in found:
                found[got[0]] = (got[0], got[1], Contact(got[2], t.role))
    for t in titles:
        # "ringede til rema 1000 greve, indehaver bo lund": a title after a comma or dash, then a known name
        if _LOWER_TITLE_SET_OFF.search(text, max(0, t.start - 4), t.start) and t.role[:1].islower():
            got = _lower_name_at(text, t.end)
            if got and got[0] == t.end + 1 and got[0] not in found:
                found[got[0]] = (got[0], got[1], Contact(got[2], t.role))
    for t in titles:
        # "his mgr kate", "hendes souschef lis", "ejeren hedder sofie": a known first name right after a
        # lowercase title that follows a possessive or is named with "hedder"/"is"
        gap = _NAMED_AFTER_TITLE.match(text, t.end)
        if gap is None or not t.role[:1].islower():
            continue
        if gap.group(1) is None and not _POSSESSIVE_BEFORE.search(text, max(0, t.start - 12), t.start):
            continue
        got = _lower_name_at(text, gap.end())
        if got and got[0] == gap.end() and got[0] not in found and _first_name(got[2].split()[0].lower()):
            found[got[0]] = (got[0], got[1], Contact(got[2], t.role))
    for t in titles:
        # "ringede til jysk køge - mette lind - salgsansvarlig": a known name set off before its title
        before = _LOWER_NAME_SET_OFF.search(text, max(0, t.start - 60), t.start)
        if before is not None and t.role[:1].islower():
            got = _lower_name_at(text, before.start(1))
            if got and got[1] == before.end(1) and got[0] not in found and _first_name(got[2].split()[0].lower()):
                found[got[0]] = (got[0], got[1], Contact(got[2], t.role))
    for start in sorted(found):
        end = found[start][1]
        joined = _LOWER_AND.match(text, end)
        if joined:
            got = _lower_name_at(text, joined.end())
            if got and got[0] not in found:
                found[got[0]] = (got[0], got[1], Contact(got[2], None))  # "ib og karen", "mette and jonas"
    return [found[k] for k in sorted(found)]
