"""Job titles next to people: "Head of Partnerships", "senior account manager", "daglig leder", "CSR-chefen".

A title is found on its own, before names and organisations are read, so that a capitalised
English title is not taken for a name ("of Partnerships") or an organisation ("CSR Manager"),
and so that what follows "formand for", "owner of", "afdelingsleder på" can be read as the
organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .vocab import BRANDS, FIRST_NAMES, ORG_SUFFIXES, PLACES, ROLE_HEADS, ROLE_STOP, STOPWORDS

# English head nouns of a title besides the role nouns shared with Danish (vocab.ROLE_HEADS).
_EN_HEADS = frozenset(
    """
    manager director coordinator officer owner co-owner owners founder co-founder chair chairman
    chairwoman chairperson president vice-president head lead librarian treasurer secretary
    headteacher headmaster headmistress principal teacher ceo cfo coo cmo cto gm md vp editor
    consultant advisor adviser specialist supervisor administrator assistant trustee organiser
    organizer producer curator buyer controller executive pastor vicar priest journalist
    reporter accountant planner steward caretaker janitor pa dir fundraiser ea exec deputy
    bookkeeper receptionist leader dean provost
    farmer gardener carpenter shepherd cook ranger plumber electrician mechanic
    physician surgeon nurse pharmacist psychologist therapist engineer architect lawyer solicitor
    counsellor counselor matron midwife paramedic
    councillor councilor alderman alderwoman mayor bookseller barista
    franchisee franchisor minister lecturer professor researcher analyst clerk registrar bursar archivist chaplain warden superintendent
    commissioner inspector sergeant constable commander sheriff landlady landlord publican proprietor proprietress innkeeper
    harbourmaster harbormaster concierge groundskeeper lifeguard hairdresser optometrist dentist veterinarian realtor
    cashier manageress bartender sommelier photographer master
    designer technician
    """.split()
)
# Words that may stand before the head of a title ("senior account manager").
_MODIFIERS = frozenset(
    """
    senior junior chief vice deputy assistant associate general managing executive regional area
    branch store shop office marketing sales csr hr pr esg events event community account
    partnership partnerships communications comms sponsorship franchise sponsorships project programme
    program operations finance financial development cultural culture library youth volunteer
    volunteering press brand business customer relations district national local country global head
    interim acting foundation fundraising corporate public digital content media school
    children's kids family learning education people engagement outreach retail service
    services site centre center department team it product social sustainability impact
    creative art arts music sports club board committee founding co box front ticket billet desk
    country comms assisterende stedfortrædende vice- souschef
    floor shift night day restaurant hotel café cafe kitchen bakery pub bar cinema practice clinic
    surgery warehouse depot fleet estate estates facilities
    nordic nordics scandinavian european international danish emea apac grants grant funding membership
    daglig administrerende adm. adm konstitueret kommunal ansvarshavende faglig teknisk kreativ
    pædagogisk pædagogiske administrativ økonomisk juridisk ledende kommerciel kulturel personlig
    investment investments relationship relationships talent training design quality safety security
    logistics supply procurement purchasing category merchandising visual health wellbeing welfare
    diversity inclusion legal compliance risk data technical research policy strategy campaigns
    donor donors philanthropy alumni stakeholder government governance property communities superintendent
    affairs lodge parish church crew park farm garden dealer dealership
    giving donations charitable philanthropic social responsibility
    ward charge nursing clinical medical
    facility venue harbour harbor port marina
    station fire police watch precinct parks recreation housing borough county city town fund funds
    programs programmes projects
    editorial publishing acquisitions rights licensing publicity production sound lighting stage audio
    employer branding recruitment recruiting innovation insights analytics experience graphic grafisk web
    """.split()
)
# Departments a title may name after "of"/"for" ("Head of Community Engagement").
DEPARTMENTS = frozenset(
    """
    partnerships partnership community engagement relations sustainability marketing
    communications comms sales hr csr people finance operations events corporate social
    responsibility development fundraising brand outreach customer customers retail
    programmes programs learning education culture public affairs human resources sponsorship
    sponsorships giving impact esg strategy digital content press media philanthropy
    volunteering volunteers community-relations business collections services children youth
    schools facilities it product products research policy external internal employee
    procurement purchasing logistics legal compliance talent
    volunteerism advancement stewardship diversity inclusion equity belonging wellbeing membership alumni
    editorial publishing acquisitions rights licensing publicity production employer branding recruitment
    recruiting innovation insights analytics experience
    """.split()
)
# What a title may be head of that is no department of a firm: a school's years and subjects, a library
# ("Head of School", "Head of Year", "Head of Music"). Only read after "<head> of".
_TITLE_ONLY_DEPARTMENTS = frozenset(
    """
    school year department english maths math science music art drama history geography languages
    literacy library investment investments students admissions
    """.split()
)


_BOARD_HEADS = frozenset({"chair", "chairman", "chairwoman", "chairperson", "vice-chair", "clerk", "secretary"})
_BOARDS = frozenset({"trustees", "governors", "directors", "selectmen"})


def _subject_head(words: list[tuple[int, int, str]], j: int, low: str) -> bool:
    """ "Head of School", "Head of Year", "Director of Music": a school's head of something;
    "Chair of Trustees", "Clerk to the Governors": the board a person sits on."""
    head = words[j][2].lower()
    if words[j + 1][2].lower() != "of":
        return False
    return (
        low in _TITLE_ONLY_DEPARTMENTS and head in ("head", "director", "teacher", "coordinator", "lead", "dean")
    ) or (low in _BOARDS and head in _BOARD_HEADS)


_CONJ = frozenset({"&", "and", "og"})
# Services whose head is a "chief" ("Fire Chief Dan Ruiz", "Deputy Police Chief").
_SERVICE_CHIEFS = frozenset({"fire", "police", "station", "ambulance", "park", "parks", "library", "county", "borough"})
# ... and a chief of an area or a unit, as the seed's "områdechefer" (round 17): "area chief at Social Services",
# "regional chief", "deputy chief", "section chief".
_UNIT_CHIEFS = frozenset(
    {"area", "regional", "district", "deputy", "assistant", "section", "division", "unit", "city", "ward"}
)
# Words that end a department of two words ("Community Investment", "Corporate Giving Programs").
_DEPARTMENT_TAILS = frozenset({"investment", "investments", "programs", "programmes", "partnerships", "affairs"})
# Heads that are also first names: a title only in lower case or before "of".
_NAME_LIKE_HEADS = frozenset({"dean", "provost"})
# Abbreviated title words written with a full stop ("tillidsrepr.", "adm. dir.", "Sr. Manager", "VP Mktg."):
# the stop belongs to the word, so it neither ends the title nor the sentence, and the role keeps it.
# Heads, also at the end of a Danish compound ("fællestillidsrepr.", "overbibl.", "kommunikationsmedarb.").
_ABBREV_HEADS = frozenset(
    """
    repr bibl medarb sekr dir fmd koord kons assist insp sygepl pæd ansv
    mgr mngr asst coord exec rep admin supt pres secy treas kassér kass bogh
    """.split()
)
# Danish heads that also end an abbreviated compound ("tillids|repr.", "over|bibl.", "næst|fmd.").
_ABBREV_COMPOUND_HEADS = (
    "repr",
    "bibl",
    "medarb",
    "sekr",
    "fmd",
    "koord",
    "kons",
    "assist",
    "insp",
    "sygepl",
    "ansv",
    "dir",  # "filialdir.", "salgsdir."
)
# Words before a head ("Sr. Manager", "konst. leder", "adm. dir.", "Dept. Head").
_ABBREV_MODIFIERS = frozenset("sr snr jr asst dept adm konst kst afd stedf exec gen reg mktg mkt ops dev".split())
# Departments after a head without "of" ("VP Mktg.", "Dir. Ops.").
_ABBREV_DEPARTMENTS = frozenset("mktg mkt ops dev comms".split())
_MODIFIERS = _MODIFIERS | _ABBREV_MODIFIERS
# Heads a department may follow without "of" ("VP Marketing", "Director Partnerships").
_DEPT_FIRST_HEADS = frozenset({"vp", "svp", "evp", "director", "head", "chief", "lead", "manager"})
# Danish role nouns beyond the shared vocabulary (also at the end of a compound, "lønbogholder").
_DA_HEADS = (
    "bogholder",
    "revisor",
    "indehaver",
    "medindehaver",
    "koordinator",
    "konsulent",
    # Clerks, officers and deputies ("fuldmægtig", "kirkebetjent", "stedfortræder"); buyers and sellers.
    "fuldmægtig",
    "indkøber",
    "sælger",
    "ekspedient",
    "betjent",
    "stedfortræder",
    # Franchise holders and elected members ("franchisetager", "byrådsmedlem" ends in a known head).
    "franchisetager",
    "franchiseejer",
    # Dealers and opticians ("forhandler", "bilforhandler", "optiker").
    "forhandler",
    "optiker",
    "rådmand",
    "byrådspolitiker",
    # Designers, graphic artists and producers (round 17): "grafisk designer", "webdesigner", "grafiker", "producent".
    "designer",
    "grafiker",
    "producent",
)
_FOLD = str.maketrans({"ø": "o", "æ": "ae", "å": "aa"})


def fold(low: str) -> str:
    """A Danish word as typed without æ/ø/å ("købmand" -> "kobmand", "næstformand" -> "naestformand")."""
    return low.translate(_FOLD)


_HEADS = set(ROLE_HEADS) | set(_DA_HEADS)
# Heads typed without æ/ø/å ("kobmand", "direktor", "naestformand", "praest") are heads too.
_ROLE_END = re.compile(
    "(?:"
    + "|".join(
        sorted(_HEADS | {fold(h) for h in _HEADS} | {h.replace("å", "a") for h in _HEADS}, key=len, reverse=True)
    )
    + ")$"
)
_WORD = re.compile(r"[\w'.&-]+")


# Trades that name a shop with the owner's surname, capitalised ("Købmand Hansen", "Bager Olsen", "Slagter Munch").
SHOP_TRADES = frozenset(
    fold(w)
    for w in "købmand bager slagter guldsmed urmager frisør skomager isenkræmmer boghandler tømrer maler murer "
    "smed cykelsmed fotograf optiker blomsterhandler tandlæge dyrlæge vognmand snedker skrædder".split()
)


def _shop_name(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """ "Købmand Hansen" inside a sentence: a shop named by its trade and a surname, not a title."""
    word = words[i][2]
    return (
        i > 0
        and word[:1].isupper()
        and fold(word.lower()) in SHOP_TRADES
        and i + 1 < len(words)
        and words[i + 1][2][:1].isupper()
        and _joined(text, words[i][1], words[i + 1][0])
        and not (  # "Tandlæge Karen Mørk": a title before a person; "Bager Bent": a shop named by a first name
            words[i + 1][2].lower() in FIRST_NAMES
            and i + 2 < len(words)
            and words[i + 2][2][:1].isupper()
            and _joined(text, words[i + 1][1], words[i + 2][0])
        )
    )


def _trade_shop_in_place(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """ "bageren i Borup", "Slagteren i Tune": a shop named by its trade and its town, not the baker
    ("købmanden i Spar Havdrup" is the grocer of a named shop)."""
    low = words[i][2].lower()
    return (
        low.endswith("en")
        and fold(low[:-2]) in SHOP_TRADES
        and i + 2 < len(words)
        and words[i + 1][2] == "i"
        and not (
            i + 3 < len(words) and words[i + 3][2][:1].isupper() and _joined(text, words[i + 2][1], words[i + 3][0])
        )
    )


@lru_cache(maxsize=4096)
def abbreviated_head(word: str) -> bool:
    """Whether `word`, written with a full stop after it, abbreviates a title's head ("sekr", "Mgr",
    "tillidsrepr", "overbibl")."""
    low = word.lower()
    if "-" in low and low.rsplit("-", 1)[0]:
        low = low.rsplit("-", 1)[1]  # "CSR-ansv.", "mkt-koord.": the head after a hyphenated prefix
    if low in _ABBREV_HEADS:
        return True
    return low.isalpha() and any(low.endswith(h) and len(low) >= len(h) + 3 for h in _ABBREV_COMPOUND_HEADS)


def _abbreviation(word: str) -> bool:
    low = word.lower()
    return abbreviated_head(word) or low in _ABBREV_MODIFIERS or low in _ABBREV_DEPARTMENTS


def strip_stop(phrase: str) -> str:
    """`phrase` without a closing full stop, unless the stop ends an abbreviated title ("Faglig sekr.")."""
    if not phrase.endswith("."):
        return phrase
    last = phrase[:-1].split()[-1] if phrase[:-1].split() else ""
    return phrase if _abbreviation(last.split(".")[-1]) else phrase.rstrip(".")


def is_title(phrase: str) -> bool:
    """Whether `phrase` is one job title and nothing more ("Asst. Manager", "Regional Organiser")."""
    found = find_titles(phrase)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(phrase.rstrip())


# Tails that keep a head a title ("editor-in-chief", "director-general", "president-elect").
_HEAD_TAILS = ("-in-chief", "-general", "-elect", "-at-large")


@lru_cache(maxsize=4096)
def is_role_word(word: str) -> str | None:
    """Return the role noun if `word` is one (definite Danish forms are reduced); an abbreviated
    title written with its full stop ("tillidsrepr.", "Mgr.") is returned as written."""
    low = word.lower()
    if low in ROLE_STOP or len(low) > 30:
        return None
    if low.endswith(".") and abbreviated_head(low[:-1]):
        return word
    if low.endswith(_HEAD_TAILS) and (_ROLE_END.search(low.split("-")[0]) or low.split("-")[0] in _EN_HEADS):
        return word  # "editor-in-chief", "secretary-general", "chair-elect": a head with its tail
    undoubled = (
        low[:-3] if len(low) >= 6 and low.endswith("en") and low[-3] == low[-4] and low[-3] not in "aeiouyæøå" else None
    )
    plural = low[:-2] if low.endswith("erne") and len(low) >= 7 else None  # "medindehaverne" -> "medindehaver"
    # A title that is an adjective takes -e in the definite form: "fondsansvarlige" -> "fondsansvarlig".
    adjective = low[:-1] if low.endswith("ansvarlige") else None
    for form in (
        low,
        low[:-2] if low.endswith("en") else None,
        low[:-1] if low.endswith("n") else None,
        undoubled,
        plural,
        adjective,
    ):
        if form and _ROLE_END.search(form):
            return word[: len(form)]  # the writer's case: "CSR-ansvarlige" -> "CSR-ansvarlig"
    return None


def plural_role(word: str) -> str | None:
    """The singular role of a plural title said of two or more people ("indehavere", "ejerne",
    "co-owners", "directors"), else None. Plurals are read only where two people stand before them."""
    low = word.lower()
    for form in (
        low[:-1] if low.endswith("ere") else None,  # "indehavere" -> "indehaver"
        low[:-2] if low.endswith("erne") else None,  # "ejerne" -> "ejer"
        low[:-4] if low.endswith("erne") else None,  # "direktørerne" -> "direktør"
        low[:-1] if low.endswith("s") and not low.endswith("ss") else None,  # "co-owners" -> "co-owner"
        low[:-3] if low.endswith("mmer") else None,  # "bestyrelsesmedlemmer" -> "bestyrelsesmedlem"
        low[:-2] if low.endswith("er") else None,  # "direktører" -> "direktør", "konsulenter" -> "konsulent"
    ):
        if form and len(form) >= 3 and is_head_word(form):
            return form
    return None


def is_head_word(word: str) -> str | None:
    """`word` as a role when it is a title's head noun, Danish or English ("trustee", "bogholderen")."""
    if word.lower() in _EN_HEADS:
        return word
    return is_role_word(word)


def _head(word: str, extra: frozenset[str] = frozenset(), dotted: bool = False) -> str | None:
    if word.lower() in _EN_HEADS or word.lower() in extra or (dotted and abbreviated_head(word)):
        return word
    return is_role_word(word)


@dataclass
class Title:
    """A job title in the text: its span and how it reads as a role."""

    start: int
    end: int
    role: str


def find_titles(text: str, extra_heads: frozenset[str] = frozenset()) -> list[Title]:
    """Return the job titles in `text` in text order, each as long as it reads.

    `extra_heads` are lower-case role words the workspace already knows ("pressekontakt", "gm").
    """
    words: list[tuple[int, int, str]] = []
    dotted: set[int] = set()  # indexes of abbreviations whose full stop belongs to the word
    for m in _WORD.finditer(text):
        raw = m.group(0)
        word = raw[:-1] if raw.endswith(".") else raw
        if raw.endswith(".") and _abbreviation(word):
            dotted.add(len(words))
            words.append((m.start(), m.end(), word))  # "Sr.", "tillidsrepr.": the stop is the word's
        else:
            words.append((m.start(), m.start() + len(word), word))

    def head_at(n: int) -> str | None:
        return _head(words[n][2], extra_heads, n in dotted)

    titles: list[Title] = []
    i = 0
    while i < len(words):
        word = words[i][2]
        if word.lower() == "head":
            of_org = (
                i + 2 < len(words)
                and words[i + 1][2].lower() == "of"
                and (words[i + 2][2].lower() == "the" or words[i + 2][2][:1].isupper())
            )
            after_modifier = (
                i > 0 and words[i - 1][2].lower() in _MODIFIERS and _joined(text, words[i - 1][1], words[i][0])
            )  # "Dept. Head", "Department Head"
            if not (_next_is_head(words, i) or _dept_after(words, i) > i or of_org or after_modifier):
                i += 1
                continue
        elif word.lower() == "chief" and head_at(i) is None:
            after_service = (
                i > 0
                and words[i - 1][2].lower() in _SERVICE_CHIEFS | _UNIT_CHIEFS
                and _joined(text, words[i - 1][1], words[i][0])
            )  # "Fire Chief", "Police Chief": the head of a public service
            if (
                _dept_after(words, i) == i and not after_service
            ):  # "chief of pediatrics at ...", "Chief of Community Relations"
                i += 1
                continue
        elif (
            head_at(i) is None
            and not (
                word.lower() in _AFTER_MODIFIER_HEADS
                and i > 0
                and words[i - 1][2].lower() in _AFTER_MODIFIER_HEADS[word.lower()]
            )
            and not _partner_title(text, words, i)
        ):
            i += 1
            continue
        elif (
            (
                word[0].isupper()
                and i > 0
                and _joined(text, words[i - 1][1], words[i][0])
                and words[i - 1][2][:1].isupper()
                and words[i - 1][2].lower() not in _MODIFIERS
                and words[i - 1][2].lower() not in STOPWORDS  # "Met Mgr. Tony Rizzo": a verb, not a name
                and (not words[i - 1][2].lower().endswith("s") or words[i - 1][2].lower() in FIRST_NAMES)
            )
            or (
                word[0].isupper()
                and i > 0
                and _joined(text, words[i - 1][1], words[i][0])
                and words[i - 1][2].istitle()
                and words[i - 1][2].lower() in FIRST_NAMES
            )
            or (
                word[0].isupper()
                and fold(word.lower()) in SHOP_TRADES
                and i >= 2
                and words[i - 1][2] in ("&", "og")
                and words[i - 2][2][:1].isupper()
            )
        ):  # "Vestergaard Tømrer & Snedker": the second trade of a firm's name (round 17)
            i += 1
            continue  # "Greve Tandlæge", "Lions Club President", "Mogens Præst": part of a name, not a title
        elif (
            word[:1].isupper()
            and word.lower() in _NAME_LIKE_HEADS
            and not (i + 1 < len(words) and words[i + 1][2].lower() == "of")
        ):
            i += 1
            continue  # "Dean Cole": a first name; "Dean of Students", "dean" in lower case: the title
        elif _shop_name(text, words, i) or _trade_shop_in_place(text, words, i):
            i += 1
            continue
        # Extend over further head words ("head teacher", "vice president", "managing director").
        # Also over modifiers between them ("Asst. Store Manager", "vice general manager").
        j = i
        while words[j][2].lower() in _MODIFIERS:
            h = j + 1
            while (
                h < len(words)
                and h - j <= 3
                and _joined(text, words[h - 1][1], words[h][0])
                and not head_at(h)
                and words[h][2].lower() in _MODIFIERS
            ):
                h += 1
            if h < len(words) and h - j <= 3 and _joined(text, words[h - 1][1], words[h][0]) and head_at(h):
                j = h
            else:
                break
        # Extend left over modifiers ("Senior Account Manager", "daglig leder").
        k = i
        while k - 1 >= 0 and i - (k - 1) <= 4 and _joined(text, words[k - 1][1], words[k][0]):
            before = words[k - 1][2]
            if before in ("&", "and") and k - 2 >= 0 and words[k - 2][2].lower() in _MODIFIERS:
                k -= 1  # "Marketing & Comms Manager"
                continue
            if (
                before.lower() in ("og", "eller", "and", "or", "&")
                and k - 2 >= 0
                and words[k - 2][2].endswith("-")
                and words[k - 2][2][:1].islower() == word[:1].islower()
                and _joined(text, words[k - 2][1], words[k - 1][0])
            ):
                k -= 2  # "kommunikations- og marketingchef": a compound whose first half is shared
                continue
            if before.lower() not in _MODIFIERS or (
                before[:1].isupper() and not before.isupper() and word[:1].islower() and k - 1 not in dotted
            ):
                break  # "Greve Rotary Club secretary": a capitalised word before a lower-case title is the name
            k -= 1
        head_index = j
        # Extend right over "of/for <department>" ("Director of Community Relations").
        j = _dept_after(words, j)
        head = words[head_index][2]
        first, last = words[k][0], words[j][1]
        role = text[first:last]
        reduced = is_role_word(head)
        if j == head_index and reduced and reduced != head and head.lower() not in _EN_HEADS:
            # "uddeleren" -> "uddeler", "CSR-chefen" -> "CSR-chef": keep the writer's case.
            role = text[first : words[head_index][0]] + head[: len(reduced)]
        titles.append(Title(first, last, role))
        i = j + 1
    return _paren_titles(text, _joined_titles(text, titles))


# "(facility manager, Hedensted Hallen)", "(frivillig koordinator, Skive Hallerne)": lower-case words opening a
# parenthesis before a title's head belong to the title, known modifiers or not.
_LOWER_BEFORE_PAREN_TITLE = re.compile(r"\(\s*((?:[a-zæøå][a-zæøå-]*\s+){1,2})$")
_PAREN_TITLE_CLOSES = re.compile(r"\s*[,)]")


def _paren_titles(text: str, titles: list[Title]) -> list[Title]:
    out: list[Title] = []
    for t in titles:
        m = _LOWER_BEFORE_PAREN_TITLE.search(text, max(0, t.start - 40), t.start)
        if (
            m is not None
            and _PAREN_TITLE_CLOSES.match(text, t.end)
            and not any(w in STOPWORDS for w in m.group(1).split())
        ):
            start = m.start(1)
            out = [o for o in out if o.end <= start]
            t = Title(start, t.end, text[start : t.start] + t.role)
        out.append(t)
    return out


# Heads that are a title only after a given word ("HR Business Partner"); alone they are ordinary words.
_AFTER_MODIFIER_HEADS = {
    "partner": frozenset({"business", "people", "hr", "managing", "senior", "equity", "founding"}),
    "partners": frozenset({"business", "people", "hr", "managing", "senior", "equity", "founding"}),
    # "Cabinet Member for Culture", "staff member": a member of a body named just before.
    "member": frozenset({"cabinet", "council", "staff", "committee", "team", "board", "trust"}),
}
# "Jo Pike (...), partner at Pike Accountants", "Oscar Lind from Lind & Co (partner)": "partner" right
# after a name's comma or in parentheses of its own, before the firm or the closing bracket, is a title.
_PARTNER_BEFORE = re.compile(r"[,(]\s*$")
_PARTNER_AFTER = re.compile(r"\s*(?:\)|(?:at|hos|i|in|@|ved|of)\s)")


def _partner_title(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    start, end, word = words[i]
    return (
        word.lower() == "partner"
        and bool(_PARTNER_BEFORE.search(text, 0, start))
        and bool(_PARTNER_AFTER.match(text, end))
    )


_TO_THE = re.compile(r"\s+to\s+(?:the\s+|our\s+|their\s+)?", re.IGNORECASE)
_ASSISTING = frozenset({"assistant", "secretary", "pa", "ea", "adviser", "advisor", "aide", "deputy"})
_TITLE_AND = re.compile(r"\s+(?:and|og|&)\s+|\s*/\s*", re.IGNORECASE)


def _joined_titles(text: str, titles: list[Title]) -> list[Title]:
    """Two titles joined by "and"/"og"/"/" are one person's ("founder and CEO", "ejer og direktør")."""
    out: list[Title] = []
    for t in titles:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _TO_THE.fullmatch(text[prev.end : t.start])
            and prev.role.split()[-1].lower() in _ASSISTING
        ):
            out[-1] = Title(
                prev.start, t.end, prev.role
            )  # "Executive Assistant to the CEO": one title, the assistant's
            continue
        if prev is not None and _TITLE_AND.fullmatch(text[prev.end : t.start]):
            out[-1] = Title(prev.start, t.end, f"{prev.role}{text[prev.end : t.start]}{t.role}")
        else:
            out.append(t)
    return out


def _joined(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    return gap.strip() == "" and "\n" not in gap and len(gap) <= 2


def _next_is_head(words: list[tuple[int, int, str]], i: int) -> bool:
    return i + 1 < len(words) and words[i + 1][2].lower() in _EN_HEADS


# Heads that lead a part of an organisation, so that "of/af <a part>" right before the organisation's own
# preposition names that part ("chief of pediatrics at ...", "leder af børne- og ungeområdet i ...").
_PART_HEADS = frozenset(
    "vp svp evp director head chief lead manager coordinator officer leader supervisor administrator leder chef".split()
)
# Danish words that end such a part ("ungeområdet", "fritidsafdelingen", "sundhedsforvaltningen").
_DA_PART_ENDS = (
    "område",
    "området",
    "afdeling",
    "afdelingen",
    "forvaltning",
    "forvaltningen",
    "enhed",
    "enheden",
    "sekretariat",
    "sekretariatet",
    "sektion",
    "sektionen",
)
_PART_WORD = re.compile(r"[a-zæøå][a-zæøå-]*(?:'s)?|[A-Z][a-z]+(?:'s)?")


def _part_before_org(words: list[tuple[int, int, str]], j: int) -> int:
    """Index of the last word of "<head> of <part> at <org>" / "<leder> af <part> i|på|hos|ved <org>", else j.

    In English the part is one to four words, all lower case or all capitalised, followed by "at"/"for";
    in Danish it is lower case and ends in a word for a part of an organisation ("-området",
    "-afdelingen"), followed by i/på/hos/ved.
    """
    if j + 2 >= len(words) or words[j][2].lower() not in _PART_HEADS:
        return j
    prep = words[j + 1][2]
    danish = prep == "af"
    if prep != "of" and not danish:
        return j
    if danish:
        # Lower-case words up to the last that names a part ("børne- og kulturforvaltningen, Aarhus Kommune").
        ends = [
            n
            for n in range(j + 2, min(len(words), j + 7))
            if words[n][2].islower() and words[n][2].endswith(_DA_PART_ENDS)
        ]
        n = ends[-1] + 1 if ends else j
    else:
        n = j + 2
        while n < len(words) and n - j <= 7 and words[n][2] not in ("at", "for"):
            n += 1
        if n >= len(words):
            return j
    part = [w for _, _, w in words[j + 2 : n]]
    if not part or len(part) > (5 if danish else 4):
        return j
    if any(words[k + 1][0] - words[k][1] > 1 for k in range(j, n - 1)):
        return j  # punctuation inside: no one title
    if not all((_PART_WORD.fullmatch(w) and w.lower() not in FIRST_NAMES) or w in _CONJ for w in part):
        return j
    if any(w.lower() in ORG_SUFFIXES or w.lower() in BRANDS or w.lower() in PLACES for w in part):
        return j  # "Director of Kessler Foods for ...": the organisation itself, not a part of it
    if danish:
        ok = all(w.islower() or w in _CONJ for w in part) and part[-1].endswith(_DA_PART_ENDS)
    else:
        low = [w for w in part if w not in _CONJ]
        ok = bool(low) and (all(w.islower() for w in low) or all(w[:1].isupper() for w in low))
        ok = ok and part[0] not in _CONJ and part[-1] not in _CONJ and low[0].lower() not in STOPWORDS
    return n - 1 if ok else j


def _dept_after(words: list[tuple[int, int, str]], j: int) -> int:
    """Index of the last department word in "<head> of/for <department>[ & <department>]", or of a part
    named right before the organisation (`_part_before_org`), or of a Danish area named before a person
    (`_da_area_before_name`), else j."""
    return max(_known_dept_after(words, j), _part_before_org(words, j), _da_area_before_name(words, j))


def _da_area_before_name(words: list[tuple[int, int, str]], j: int) -> int:
    """Index of the last word of "<chef> for <X> og <Y>" right before a capitalised name ("områdechef for
    Sundhed og Omsorg Jette Brun", "leder for Kultur & Fritid Bo Lund"): a municipality's area is part of the
    title, else j."""
    if j + 6 >= len(words) or words[j + 1][2] != "for" or words[j + 3][2] not in ("og", "&"):
        return j
    area = (words[j + 2][2], words[j + 4][2])
    name = (words[j + 5][2], words[j + 6][2])
    if not all(w[:1].isupper() and w[1:].islower() for w in area + name):
        return j
    if not is_role_word(words[j][2]) or words[j][2].lower() in _EN_HEADS:
        return j  # Danish heads only ("chef", "leder", "konsulent")
    if any(w.lower() in FIRST_NAMES or w.lower() in BRANDS or w.lower() in PLACES for w in area):
        return j
    if any(words[n + 1][0] - words[n][1] > 1 for n in range(j, j + 6)):
        return j  # punctuation inside: no one title
    return j + 4 if words[j + 5][2].lower() in FIRST_NAMES else j


def _known_dept_after(words: list[tuple[int, int, str]], j: int) -> int:
    if j + 1 < len(words) and words[j + 1][0] - words[j][1] > 1:
        return j  # "Ruth is the store manager, Dev runs events": a comma or a dash ends the title
    if (
        j + 1 < len(words)
        and words[j][2].lower() in _DEPT_FIRST_HEADS
        and (words[j + 1][2].lower() in DEPARTMENTS or words[j + 1][2].lower() in _ABBREV_DEPARTMENTS)
    ):
        n = j + 1  # "VP Marketing", "Director Communications"
    elif j + 2 >= len(words) or words[j + 1][2].lower() not in ("of", "for"):
        return j
    else:
        n = j + 2
    last = j
    while n < len(words) and n - j <= 6:
        low = words[n][2].lower()
        if (
            low in DEPARTMENTS
            or low in _ABBREV_DEPARTMENTS
            or (n == j + 2 and _subject_head(words, j, low))
            or (n > j + 2 and last == n - 1 and low in _DEPARTMENT_TAILS)  # "Head of Community Investment"
        ):
            last = n
        elif low in _CONJ and n + 1 < len(words) and words[n + 1][2].lower() in DEPARTMENTS:
            pass
        else:
            break
        n += 1
    return last
