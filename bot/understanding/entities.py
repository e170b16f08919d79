"""Organisations, contact persons with roles, and Slack mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Contact
from .times import MONTHS, WEEKDAYS
from .vocab import (
    BRANDS,
    BRANDS_CASE_SENSITIVE,
    FIRST_NAMES,
    ORG_PREFIXES,
    ORG_SUFFIXES,
    PLACES,
    ROLE_HEADS,
    ROLE_STOP,
    STOPWORDS,
)

_TOKEN = re.compile(r"[\w&'/-]+|[(),:;.!?@\"\n]")
_EXTRA_STOP = frozenset(
    """
    phoned left afslag opfølgende opfølgning faktura pick-up next waiting also great good nice
    sadly unfortunately need remember desværre super godt fint positivt kort vedr re ang
    today tomorrow yesterday kontakt contact ok okay thx tak hej hi dear kære
    """.split()
) | frozenset(WEEKDAYS) | frozenset(m for m in MONTHS if len(m) > 3)
_STOP = STOPWORDS | _EXTRA_STOP
_CONNECTORS = frozenset({"&", "og", "and", "of", "for", "i/s", "a/s"})
# Words before a phrase and how strongly they make it an organisation.
_ORG_PREPOSITIONS = {
    "hos": 3, "ved": 3, "at": 3, "@": 3, "fra": 2, "from": 2, "til": 1, "to": 1, "with": 2,
    "med": 2, "w/": 2, "called": 1, "ringede": 1, "rykkede": 1, "emailed": 1, "mailede": 1,
    "and": 1, "og": 1, "om": 1, "about": 1, "besøgte": 1, "visited": 1, "for": 1, "m.": 1,
}
_PERSON_CUES = frozenset(
    "med m. with w/ til to called phoned emailed mailede fra from for kontakt contact ringede "
    "spoke talked met mødtes snakkede talte".split()
)
_AFTER_PERSON = frozenset({"hos", "fra", "at", "from", "@", ",", "(", "ved", "i", "in", "on"})
_SKIP_BEFORE = frozenset({"the", "vores", "our", "deres", "their", "a", "en", "et"})
_ALLCAPS_SHORT = re.compile(r"^[A-ZÆØÅ]{2,4}$")


@dataclass
class Tok:
    """A token with its offsets in the text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """The token in lower case."""
        return self.text.lower()


def _is_cap(tok: Tok) -> bool:
    t = tok.text
    if t[0].isupper():
        return True
    # Brand-like tokens starting with a digit ("3F", "7-Eleven").
    return bool(re.match(r"^\d+[A-Za-z-]", t)) and any(c.isupper() for c in t)


_ROLE_END = re.compile("(?:" + "|".join(sorted(ROLE_HEADS, key=len, reverse=True)) + ")$")


def is_role_word(word: str) -> str | None:
    """Return the role noun if `word` is one (definite Danish forms are reduced)."""
    low = word.lower()
    if low in ROLE_STOP or len(low) > 30:
        return None
    for form in (low, low[:-2] if low.endswith("en") else None, low[:-1] if low.endswith("n") else None):
        if form and _ROLE_END.search(form):
            return form if form != low else word
    return None


def _org_word(low: str) -> bool:
    """Return True for organisation nouns, also inside compounds and definite forms."""
    forms = [low]
    for ending in ("en", "et", "n"):
        if low.endswith(ending) and len(low) > len(ending) + 3:
            forms.append(low[: -len(ending)])
    for form in forms:
        if form in ORG_SUFFIXES:
            return True
        if len(form) >= 8 and (form.endswith("eri") or any(form.endswith(s) for s in ORG_SUFFIXES if len(s) >= 3)):
            return True
    return False


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


def _tokens(text: str) -> list[Tok]:
    return [Tok(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def _phrases(toks: list[Tok]) -> list[Phrase]:
    phrases: list[Phrase] = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if not _is_cap(tok) or tok.low in _STOP:
            i += 1
            continue
        run = [tok]
        j = i + 1
        while j < len(toks):
            nxt = toks[j]
            if toks[j - 1].end != nxt.start - 1 and nxt.start - toks[j - 1].end > 1:
                break  # a masked span (time, money) sits between them
            if run[-1].text.endswith("'s") and not _org_word(nxt.low):
                break  # "Saxo's Anna Svensson": the possessive ends the organisation
            if _is_cap(nxt) and nxt.low not in _STOP:
                run.append(nxt)
            elif nxt.text.isdigit() and len(run) >= 1 and _brand(run[0]):
                run.append(nxt)  # "Rema 1000"
            elif nxt.low in _CONNECTORS and j + 1 < len(toks) and _is_cap(toks[j + 1]) and toks[j + 1].low not in _STOP:
                run.extend([nxt, toks[j + 1]])
                j += 1
            else:
                break
            j += 1
        phrases.append(Phrase(run, i))
        i = j
    return phrases


def _prev_word(toks: list[Tok], index: int) -> str:
    k = index - 1
    while k >= 0 and toks[k].low in _SKIP_BEFORE:
        k -= 1
    if k < 0:
        return ""
    word = toks[k].low
    if word == "/" and k > 0:
        return toks[k - 1].low + "/"
    return word


def _split_person(ph: Phrase, toks: list[Tok], cue_before: bool, has_mentions: bool) -> tuple[str | None, str | None, list[Tok]]:
    """Split a phrase into (role, person name, remaining tokens)."""
    words = list(ph.toks)
    role = None
    if len(words) >= 2 and is_role_word(words[0].text) and not _org_word(words[0].low):
        role = is_role_word(words[0].text)
        words = words[1:]
    first = words[0].low
    after = toks[ph.index + len(ph.toks)].low if ph.index + len(ph.toks) < len(toks) else ""
    known = first in FIRST_NAMES
    role_cue = role is not None or _role_before(toks, ph.index) is not None
    if not known and len(words) == 1 and (cue_before or role_cue) and (after in _AFTER_PERSON or role_cue) and words[0].text.isalpha() and not (_org_word(first) or _brand(words[0]) or first in PLACES or first in ORG_PREFIXES):
        return role, words[0].text, []  # an unknown first name: "med Solvej fra ...", "ejeren Mehmet"
    if not known:
        # An unknown two- or three-word name between a person cue and an org cue.
        plausible = (
            (cue_before or role_cue) and (after in _AFTER_PERSON or role_cue) and 2 <= len(words) <= 3
            and not any(_org_word(w.low) or _brand(w) or w.low in PLACES or w.low in ORG_PREFIXES for w in words)
            and all(w.text.isalpha() for w in words)
        )
        if not plausible:
            return None, None, ph.toks
        return role, " ".join(w.text for w in words), []
    name = [words[0]]
    for w in words[1:4]:
        # Short organisation words ("Kro") are also surnames, so they do not end a name.
        if (_org_word(w.low) and len(w.low) > 3) or _brand(w) or w.low in ORG_PREFIXES or not w.text.replace("-", "").isalpha():
            break
        if w.low in PLACES and len(name) >= 2:
            break
        name.append(w)
    rest = words[len(name):]
    if len(name) == 1 and has_mentions and not (cue_before or after in _AFTER_PERSON or role or _role_before(toks, ph.index)):
        # In a line that mentions colleagues, a bare first name is likely one of them.
        return None, None, rest
    return role, " ".join(w.text for w in name), rest


def _role_after(text: str, end: int) -> str | None:
    """Read "(role)" or ", role at" right after a person's name."""
    m = re.match(r"\s*\(([^()]{2,40})\)", text[end:])
    if m and any(is_role_word(w) for w in m.group(1).split()):
        return m.group(1).strip()
    m = re.match(r"\s*,\s*((?:[\w-]+\s+){0,3}?[\w-]+?)(?=\s+(?:at|hos|fra|from|ved|i|in|for|(?<!head )of)\b|\s*[,.;:(]|$)", text[end:])
    if m and len(m.group(1).split()) <= 4 and any(is_role_word(w) for w in m.group(1).split()):
        words = m.group(1).split()
        if words[0][0].isupper() and words[0].lower() in FIRST_NAMES:
            return None
        return m.group(1).strip()
    return None


def _role_before(toks: list[Tok], index: int) -> str | None:
    k = index - 1
    while k >= 0 and toks[k].low in _SKIP_BEFORE:
        k -= 1
    if k >= 0 and toks[k].text[0].islower():
        return is_role_word(toks[k].text)
    return None


def _titlecase(words: list[str]) -> str:
    return " ".join(w.upper() if any(c.isdigit() for c in w) or w in ("a/s", "aps") else w.capitalize() for w in words)


_LOWER_PREP = re.compile(r"(?:^|(?<=[\s(]))(?P<prep>hos|at|@|fra|from|ved|til|to|med|with|w/|om|calling|called)\s+")
_LOWER_WORDS = re.compile(r"(?P<words>[a-zæøå0-9][\w&'-]*(?:\s+(?:&\s+)?[a-zæøå0-9][\w&'-]*){0,3})")
_LOWER_PERSON = re.compile(r"(?:^|[\s(])(?:with|w/|med|m\.|til|called|to|fra|from|for)\s+([a-zæøå]+)(?:\s+([a-zæøå]+))?")


@dataclass
class Entities:
    """The organisation, contacts and mentions found in a line."""

    organization: str | None
    contacts: list[Contact]
    org_uncertain: bool


def find_entities(text: str, has_mentions: bool = False) -> Entities:
    """Find the partner organisation and the contact persons in masked, original-case text."""
    toks = _tokens(text)
    contacts: list[Contact] = []
    orgs: list[tuple[int, int, str]] = []  # (score, -start, text)
    prev_person_end = -10
    for ph in _phrases(toks):
        prev = _prev_word(toks, ph.index)
        cue_before = prev in _PERSON_CUES or prev.endswith("/")
        role, name, rest = _split_person(ph, toks, cue_before, has_mentions)
        if name:
            end_tok = ph.toks[len(ph.toks) - len(rest) - 1]
            role = role or _role_after(text, end_tok.end) or _role_before(toks, ph.index)
            if all(c.name != name for c in contacts):
                contacts.append(Contact(name, role))
            prev_person_end = end_tok.end
            if not rest:
                continue
        words = rest if name else ph.toks
        if not words:
            continue
        phrase = re.sub(r"'s$", "", " ".join(w.text for w in words).strip(" -'"))
        if len(words) >= 2 and words[-1].text.endswith("s") and _org_word(words[-1].low[:-1]) and not _org_word(words[-1].low):
            phrase = phrase[:-1]  # Danish genitive: "Greve Kommunes kulturchef"
        lows = [w.low for w in words]
        if all(lw in PLACES for lw in lows) or is_role_word(words[-1].text) and len(words) == 1:
            continue
        score = 0 if name else _ORG_PREPOSITIONS.get(prev, 0)
        between = text[prev_person_end : words[0].start]
        if prev_person_end > 0 and re.fullmatch(r"\s*[,(]\s*|\s*\)?\s*[,-]\s*", between):
            score = max(score, 3)
        if any(_org_word(lw.removesuffix("'s")) for lw in lows) or any(_brand(Tok(w.text.removesuffix("'s"), 0, 0)) for w in words):
            score += 3
        if lows[0] in ORG_PREFIXES:
            score += 1
        if len(words) == 1 and _ALLCAPS_SHORT.match(words[0].text) and not _brand(words[0]):
            score -= 1
        if text[max(0, words[0].start - 1) : words[0].start] == '"':
            continue
        orgs.append((score, -words[0].start, phrase))
    org = None
    uncertain = False
    strong = [o for o in orgs if o[0] >= 2]
    if strong:
        best = max(strong)
        org = best[2]
        uncertain = sum(1 for o in strong if o[0] == best[0] and o[2] != org) > 0 and best[0] < 4
    else:
        org = _lowercase_org(text)
        uncertain = True
    if not any(c for c in contacts):
        contacts.extend(_lowercase_people(text))
    org_words = set(org.split()) if org else set()
    contacts = [c for c in contacts if not set(c.name.split()) <= org_words]
    return Entities(org, contacts, uncertain or org is None)


def _lowercase_org(text: str) -> str | None:
    for pm in _LOWER_PREP.finditer(text):
        m = _LOWER_WORDS.match(text, pm.end())
        if m is None:
            continue
        words = []
        for w in m.group("words").split():
            if (w.lower() in _STOP and w != "&") or w.isdigit():
                break
            words.append(w)
        if not words or words[0].lower() in FIRST_NAMES or words[0].isdigit():
            continue
        if all(w.lower() in PLACES for w in words):
            continue
        strong_prep = pm.group("prep") in ("hos", "at", "@", "fra", "from", "ved")
        orgish = any(_org_word(w.lower()) or w.lower() in BRANDS for w in words)
        if strong_prep or orgish:
            return _titlecase(words)
    return None


def _lowercase_people(text: str) -> list[Contact]:
    people = []
    for m in _LOWER_PERSON.finditer(text):
        first, second = m.group(1), m.group(2)
        if first not in FIRST_NAMES:
            continue
        words = [first]
        if second and second not in _STOP and second not in FIRST_NAMES and second not in ("hos", "fra", "at", "from"):
            words.append(second)
        people.append(Contact(_titlecase(words), None))
    return people
