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
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.domain.story import fuzzy_partner
from bot.understanding import Known, ParseResult, parse
from storage.scope import Workspace
from storage.story import known_names

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from storage.known import KnownName

# Where a new clause may start: after a sentence's end (not an abbreviation's stop), a semicolon or
# a line break, or after a comma that a joining word follows ("…, og Bente fra Brødkassen bekr.").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*[;\n]+\s*|,\s+(?=(?:og|and|men|but|mens|while|samt|plus)\b)", re.I)
# Stops that end an abbreviation, not a sentence ("Tlf m. Irma", "bekr. pr mail", "ca. 10").
_ABBREVIATION = re.compile(
    r"\b(?:m|tlf|bekr|lev|ca|kl|pr|dvs|evt|inkl|mht|ang|vedr|nr|stk|d|jf|bl|a|f|eks|ex|hr|fr|mr|mrs|ms|dr|st|"
    r"incl|approx|re|w|tel|vs|etc|att|ift|iflg|mv|osv|tlf\.? ?m|adm|dir)\.$",
    re.I,
)
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
    """The text cut where a new clause may start; a cut after an abbreviation's stop is undone."""
    pieces: list[str] = []
    last = 0
    for cut in _SENTENCE_END.finditer(text):
        piece = text[last : cut.start()]
        if _ABBREVIATION.search(piece) and not text[cut.end() : cut.end() + 1].isupper():
            continue
        if piece.strip():
            pieces.append(piece.strip())
        last = cut.end()
    if text[last:].strip():
        pieces.append(text[last:].strip())
    return pieces


def _opening_partner(names: list[KnownName], clause: str) -> KnownName | None:
    """The known partner a clause opens with, after any lead ("og Bente fra Brødkassen …")."""
    rest = clause[_LEAD.match(clause).end() :]  # type: ignore[union-attr]
    words = _WORDS.findall(rest)[:5]
    if not words:
        return None
    found = fuzzy_partner(names, " ".join(words))
    if found is None:
        return None
    # The name must be where the clause opens, not further on ("… suggested we call Sorø Boghandel").
    size = len(found.key.split())
    opening = " ".join(words[:size])
    if fuzzy_partner([found], opening, whole=True) is None and fuzzy_partner([found], words[0]) is None:
        return None
    return found


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
    if understood.permissions or understood.referrals:
        return whole
    clauses = _clauses(text)
    if len(clauses) < 2:
        return whole
    names = known_names(session, ws=ws)
    if not names:
        return whole
    # Group the clauses: one that opens with a known partner other than the one being told about starts a group.
    groups: list[tuple[int | None, list[str]]] = []
    for clause in clauses:
        opener = _opening_partner(names, clause)
        pid = opener.partner_id if opener is not None else None
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
        meant = fuzzy_partner(names, first.understood.organization, whole=True)
        if meant is not None:
            first = Part(first.text, first.understood, meant.partner_id)
            merged[0] = first
    ids = [p.partner_id for p in merged]
    if first.partner_id is None and not first.understood.organization:
        return whole  # whose the first part is, only the whole log tells
    if len({i for i in ids if i is not None}) + (ids[0] is None) != len(ids):
        return whole  # the same partner twice: one story after all
    return merged


def _part(text: str, partner_id: int | None, *, now: datetime, tz: str, known: Known | None) -> Part:
    return Part(text, parse(text, now=now, tz=tz, known=known), partner_id)
