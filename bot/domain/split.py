"""One log that tells about two partners: the part about each, to be saved as its own log.

"Ringede til Fakta om Læsefest, de giver 30 poser slik. Hotel Marienlund har i dag bekræftet
lånet af festsalen pr mail" is a call with Fakta and, in the same breath, the hotel's written
confirmation. Filed as one log under one partner, the hotel's confirmation would land on Fakta
(or be lost). A sentence or clause that *opens* with another partner the workspace knows ("Hotel
Marienlund har …", "og Bente fra Brødkassen bekr. …", "Kvickly: ja til …") starts that partner's
part; the parts are saved one log each.

Only what is plainly the other partner's news is split off: the clause must open with the
partner's name (after a lead such as "og", "ringede til" or "Bente fra"), every part must carry
something of its own (an answer, money or things, a confirmation or delivery, a follow-up), and
a grantor's permission or a referral keeps the log whole (those are read about the partner met).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from os.path import commonprefix
from typing import TYPE_CHECKING

from bot.domain.story import fuzzy_partner
from bot.understanding import Known, ParseResult, parse
from bot.understanding.text import sentence_bounds
from storage.names import search_key
from storage.scope import Workspace
from storage.story import known_names

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.known import KnownName

# Inside a sentence (`sentence_bounds` cuts those, abbreviations known), a new clause may start after a colon or
# after a comma that a joining word follows ("…, og Bente fra Brødkassen bekr.").
_CLAUSE_CUT = re.compile(r"(?<=\w):\s+|,\s+(?=(?:og|and|men|but|mens|while|samt|plus)\b)", re.I)
# What may stand before the partner's name at the opening of its part: a joining word, the way the
# contact was had, or the person who spoke for the partner ("Bente fra", "Per at").
_LEAD = re.compile(
    r"^(?:(?:og|and|men|but|mens|while|samt|plus|også|also|then|bagefter|afterwards|desuden)\s+)*"
    r"(?:(?:ringede til|ringede|tlf\.? m\.?|tlf\.? med|talte med|snakkede med|møde m(?:ed|\.)?|mødtes med|"
    r"mail fra|e-?mail from|mail til|svar fra|reply from|bekr\.? fra|nyt fra|news from|"
    r"called|call w/|call with|spoke (?:to|with)|talked (?:to|with)|met(?: with)?|heard from)\s+)?"
    r"(?:[A-ZÆØÅ][\wæøåÆØÅ'-]+(?:\s+[A-ZÆØÅ][\wæøåÆØÅ'-]+)?\s+(?:fra|from|at|hos|i|ved|@)\s+)?",
)
_WORDS = re.compile(r"[\wæøåÆØÅ'&-]+")


@dataclass(frozen=True)
class Part:
    """The text about one partner and how it reads; partner_id None: decided as any log's partner."""

    text: str
    understood: ParseResult
    partner_id: int | None


def _clauses(text: str) -> list[str]:
    """The text cut into sentences, and those where a new clause may start; none empty."""
    pieces: list[str] = []
    for start, end in sentence_bounds(text):
        last = start
        for cut in _CLAUSE_CUT.finditer(text, start, end):
            pieces.append(text[last : cut.end()].strip())
            last = cut.end()
        pieces.append(text[last:end].strip())
    return [piece for piece in pieces if piece]


def _by_first_word(names: list[KnownName]) -> dict[str, list[KnownName]]:
    """The known names by the first word of their key, for a quick look at how a clause opens."""
    index: dict[str, list[KnownName]] = {}
    for name in names:
        words = name.key.split()
        if words:
            index.setdefault(words[0], []).append(name)
    return index


def _opening_partner(index: dict[str, list[KnownName]], clause: str) -> int | None:
    """The known partner a clause opens with, after any lead ("og Bente fra Brødkassen …"): its whole
    name, the first two words of a longer one, or a first word of five letters or more that only it has
    ("Nordea: …"). Names further on do not count ("… suggested we call Sorø Boghandel")."""
    rest = clause[_LEAD.match(clause).end() :]  # type: ignore[union-attr]
    words = search_key(" ".join(_WORDS.findall(rest)[:6])).split()
    if not words:
        return None
    found: set[int] = set()
    candidates = index.get(words[0], [])
    for name in candidates:
        key = name.key.split()
        need = key if len(key) <= 2 else key[:2]
        if words[: len(need)] == need:
            found.add(name.partner_id)
    if not found and len(words[0]) >= 5 and len({n.partner_id for n in candidates}) == 1:
        found = {candidates[0].partner_id}
    return found.pop() if len(found) == 1 else None


def _carries(understood: ParseResult) -> bool:
    """A part worth a log of its own: an answer, money or things, news of the story, a follow-up."""
    return bool(
        understood.agreement
        or understood.money
        or understood.items
        or understood.updates
        or understood.arrived
        or understood.followups
    )


def partner_parts(
    session: Session,
    *,
    ws: Workspace,
    text: str,
    understood: ParseResult,
    now: datetime,
    tz: str,
    known: Known | None = None,
) -> list[Part]:
    """The log cut into one part per partner it tells about; one part (the whole) when it is one story."""
    whole = [Part(text, understood, None)]
    if understood.permissions or understood.referrals or understood.email:
        return whole  # a grant or a referral is about the partner met; a pasted e-mail is one sender's
    clauses = _clauses(text)
    if len(clauses) < 2:
        return whole
    names = known_names(session, ws=ws)
    shared = _two_in_the_opening(clauses, now=now, tz=tz, known=known)
    if shared is not None:
        return _each_ones_part(shared, clauses[1:], names, now=now, tz=tz, known=known) or whole
    if not names:
        return whole
    # Group the clauses: one that opens with a known partner other than the one being told about starts a group.
    index = _by_first_word(names)
    groups: list[tuple[int | None, list[str]]] = []
    for clause in clauses:
        pid = _opening_partner(index, clause)
        if groups and (pid is None or pid == groups[-1][0]):
            groups[-1][1].append(clause)
        else:
            groups.append((pid, [clause]))
    if len(groups) < 2 or not any(pid is not None for pid, _ in groups[1:]):
        return whole
    parts = [_part(" ".join(clauses_), pid, now=now, tz=tz, known=known) for pid, clauses_ in groups]
    # A part that carries nothing of its own (a lead such as "Tlf m.") belongs to the part after it.
    merged: list[Part] = []
    carry = ""
    for part in parts:
        if not _carries(part.understood):
            carry = f"{carry} {part.text}".strip()
            continue
        if carry:
            part = _part(f"{carry} {part.text}", part.partner_id, now=now, tz=tz, known=known)
            carry = ""
        merged.append(part)
    if carry and merged:
        last = merged.pop()
        merged.append(_part(f"{last.text} {carry}", last.partner_id, now=now, tz=tz, known=known))
    if len(merged) < 2:
        return whole
    # The first part's partner is read from its own text; it must be another partner than the rest.
    first = merged[0]
    if first.partner_id is None and first.understood.organization:
        meant = fuzzy_partner(names, first.understood.organization, whole=True) or _named_by_part_of(
            names, first.understood.organization
        )
        if meant is not None:
            first = Part(first.text, first.understood, meant.partner_id)
            merged[0] = first
    ids = [p.partner_id for p in merged]
    if first.partner_id is None and not first.understood.organization:
        return whole  # whose the first part is, only the whole log tells
    if len({i for i in ids if i is not None}) + (ids[0] is None) != len(ids):
        return whole  # the same partner twice: one story after all
    return merged


def _named_by_part_of(names: list[KnownName], organization: str) -> KnownName | None:
    """The one known partner whose name starts with the organisation read ("Nykredit" for Nykredit Roskilde)."""
    key = search_key(organization)
    found = {n.partner_id: n for n in names if key and (n.key == key or n.key.startswith(key + " "))}
    return next(iter(found.values())) if len(found) == 1 else None


def _part(text: str, partner_id: int | None, *, now: datetime, tz: str, known: Known | None) -> Part:
    text = _tidy(text)
    return Part(text, parse(text, now=now, tz=tz, known=known), partner_id)


_JOINER = re.compile(r"^(?:og|and|men|but|mens|while|samt|plus)\s+", re.I)


def _tidy(text: str) -> str:
    """A part as a log of its own: no joining word before it, no comma after it ("og Thomas … bøgerne," →
    "Thomas … bøgerne")."""
    text = _JOINER.sub("", text.strip()).rstrip(",;").strip()
    return text[:1].upper() + text[1:]


# ----- "Talked to A and B about X. A: yes to … B: 2.000 kr." -------------------------------------------

# The word that joins the two partners in the opening sentence.
_JOIN = re.compile(r"\s+(?:og|and|&)\s+(?:(?:bagefter|afterwards|then|også|also)\s+)?", re.I)
# How the opening sentence says the contact was had ("Møde m.", "Talked to"), kept for each partner's part.
_HOW = re.compile(
    r"^(?:tlf\.? ?m(?:ed|\.)?|ringede til|talte med|snakkede med|møde m(?:ed|\.)?|mødtes med|call m(?:ed|\.)?|"
    r"called|call w(?:ith|/)|talked (?:to|with)|spoke (?:to|with)|met(?: with)?|meeting with)\s+",
    re.I,
)


@dataclass(frozen=True)
class _Opening:
    """An opening sentence naming two partners: their names and the sentence as said to each."""

    names: tuple[str, str]
    said: tuple[str, str]


def _two_in_the_opening(clauses: list[str], *, now: datetime, tz: str, known: Known | None) -> _Opening | None:
    """ "Møde m. Rasmus fra Føtex Slagelse og Hanne fra Slagelse Boghandel om Sommerbogen": the two
    partners, and the sentence as it was for each ("Møde m. Hanne fra Slagelse Boghandel om Sommerbogen")."""
    opening = clauses[0]
    if not _JOIN.search(opening) or not _named_again(opening, clauses[1:]):
        return None  # the usual log: no parse more on the ack path
    first = parse(opening, now=now, tz=tz, known=known).organization
    if not first or first not in opening:
        return None
    at = opening.index(first)
    second = parse(opening[:at] + opening[at + len(first) :], now=now, tz=tz, known=known).organization
    if not second or second not in opening or _key(second) in _key(first) or _key(first) in _key(second):
        return None
    names = (first, second) if at < opening.index(second) else (second, first)
    left_end = opening.index(names[0]) + len(names[0])
    right_start = opening.index(names[1])
    joins = list(_JOIN.finditer(opening, left_end, right_start))
    if not joins:
        return None
    join = joins[-1]
    tail = opening[right_start + len(names[1]) :]
    how = _HOW.match(opening)
    left = f"{opening[: join.start()]}{tail}".strip()
    right = f"{how.group(0) if how else ''}{opening[join.end() :]}".strip()
    return _Opening(names, (left, right))


def _named_again(opening: str, clauses: list[str]) -> bool:
    """Whether a later clause opens with a capitalised word the opening has too (its first letters, so "Boghandlen"
    finds "Boghandel"): the cheap look before the opening is parsed for two names."""
    said = {w.lower()[:5] for w in _WORDS.findall(opening) if w[:1].isupper()}
    for clause in clauses:
        words = _WORDS.findall(clause[_LEAD.match(clause).end() :])  # type: ignore[union-attr]
        if words and words[0][:1].isupper() and words[0].lower()[:5] in said:
            return True
    return False


def _key(name: str) -> str:
    return " ".join(_WORDS.findall(name.lower()))


def _short_for(label: str, name: str, other: str) -> bool:
    """A clause's first word names one of the two partners: its first word ("Føtex" for Føtex Slagelse)
    or a definite form of its last ("Boghandlen", "Sparekassen"), when the other partner's name has no such word."""
    word = label.lower()
    if len(word) < 4:
        return False

    def fits(candidate: str) -> bool:
        w = candidate.lower()
        if len(w) < 4:
            return False
        if word == w:
            return True
        common = len(commonprefix([word, w]))
        return common >= 6 and common >= len(w) - 2 and len(word) <= len(w) + 3

    mine = _WORDS.findall(name)
    theirs = _WORDS.findall(other)
    candidates = [mine[0], mine[-1]] if mine else []
    if not any(fits(c) for c in candidates):
        return False
    return not any(fits(c) for c in theirs)


def _label_of(clause: str, names: tuple[str, str]) -> int | None:
    """Which of the two partners a clause opens with (by whole name or a short form), if either."""
    rest = clause[_LEAD.match(clause).end() :]  # type: ignore[union-attr]
    low = rest.lower()
    for n, name in enumerate(names):
        if low.startswith(name.lower()):
            return n
    words = _WORDS.findall(low)
    if not words:
        return None
    # The name without its town ("BR Legetøj" for BR Legetøj Vejle).
    found = [n for n, name in enumerate(names) if len(words) >= 2 and _WORDS.findall(name.lower())[:2] == words[:2]]
    if len(found) == 1:
        return found[0]
    found = [n for n, name in enumerate(names) if _short_for(words[0], name, names[1 - n])]
    return found[0] if len(found) == 1 else None


def _each_ones_part(
    opening: _Opening, clauses: list[str], names: list[KnownName], *, now: datetime, tz: str, known: Known | None
) -> list[Part] | None:
    """One part per partner when later clauses open with each one's name; None when they do not."""
    # "Irma giver 20 kasser frugt, Matas giver 3.000 kr.": a comma before the other one's name cuts too.
    cut: list[str] = []
    for clause in clauses:
        pieces = re.split(r",\s+", clause)
        current = pieces[0]
        for piece in pieces[1:]:
            if _label_of(piece, opening.names) is not None:
                cut.append(current)
                current = piece
            else:
                current = f"{current}, {piece}"
        cut.append(current)
    shared: list[str] = []
    groups: dict[int, list[str]] = {}
    last: int | None = None
    for clause in cut:
        n = _label_of(clause, opening.names)
        if n is not None:
            last = n
        if last is None:
            shared.append(clause)  # "Spurgte begge om 5.000 kr." before either is named: said to both
        else:
            groups.setdefault(last, []).append(clause)
    if set(groups) != {0, 1}:
        return None
    parts = []
    for n in (0, 1):
        text = " ".join([_sentence(opening.said[n]), *shared, *groups[n]])
        understood = parse(text, now=now, tz=tz, known=known)
        if not _carries(parse(" ".join(groups[n]), now=now, tz=tz, known=known)):
            return None
        meant = fuzzy_partner(names, opening.names[n], whole=True) if names else None
        # the name as the opening said it: no doubt left about whose part this is
        understood = replace(
            understood,
            organization=opening.names[n],
            uncertain=[u for u in understood.uncertain if u != "organization"],
        )
        parts.append(Part(text, understood, meant.partner_id if meant is not None else None))
    return parts


def _sentence(text: str) -> str:
    """The text as a sentence of its own (the opening's remainder ends with a stop or a colon)."""
    return text if text[-1:] in ".!?:;" else f"{text}."
