"""From one understood log line to records: partner, contacts, interaction, asks, follow-ups.

Plain functions over a session; nothing here knows Slack. The caller owns the transaction, so a
log is saved whole or not at all. What a log did beyond its own rows (the partner's stage before,
callbacks it closed, the partner choices it offered) is kept under `_log` in the interaction's
stored reading, so that the card can be rebuilt at any time and Undo can put everything back.

The reading travels as a `ParseResult`; it is a dict only in the interaction's JSON column, written
with `to_dict()` and read back with `reading_of` (`ParseResult.from_dict`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.domain import split, story
from bot.domain.practice import SUGGESTION_COVERED_WITHIN
from bot.domain.story import PledgeSpec
from bot.understanding import Known, ParseResult
from bot.understanding.classify import gives_time
from bot.understanding.story import people_counted
from storage.contacts import create_contact, find_contacts, partners_of_first_name, partners_of_person
from storage.followups import (
    OPEN,
    create_followup,
    followups_by_id,
    open_followups,
    soft_delete_followup,
)
from storage.interactions import (
    contacts_of_interaction,
    created_by_log,
    get_interaction,
    link_contact,
    log_interaction,
)
from storage.known import live_campaigns
from storage.models import (
    IN_WRITING,
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Partner,
    PartnerKind,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.names import search_key
from storage.partners import create_partner, get_partner
from storage.scope import Workspace
from storage.search import DUPLICATE_MIN_SIMILARITY, find_partners, partners_named_in, similarity

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

MAX_LOG_CHARS = 3000
MAX_CANDIDATES = 5
MAX_SCAN_WORDS = 120
# probable_duplicates looks this deep too (storage/partners.py).
DUPLICATE_SEARCH_LIMIT = 20
META = "_log"

# ----- decisions that need no database ---------------------------------------------------------

PIPELINE = (
    Stage.PROSPECT,
    Stage.CONTACTED,
    Stage.INTERESTED,
    Stage.AGREED_VERBALLY,
    Stage.CONFIRMED_IN_WRITING,
    Stage.ACTIVE,
    Stage.COMPLETED,
)

_CONTRACT_SIGNED = re.compile(
    r"\b(kontrakt(en)?|aftale(n)?|contract|agreement)\s+(er\s+|is\s+|was\s+|has\s+been\s+)?"
    r"(underskrevet|underskrevne|signed)\b|\b(underskrev|underskrevet|signed)\s+(kontrakt(en)?|aftale(n)?|the\s+contract|contract)\b",
    re.IGNORECASE,
)
_NO_ANSWER = re.compile(
    r"\b(ingen\s+svar|intet\s+svar|ikke\s+svar|tog\s+ikke\s+(telefonen|den)|ikke\s+fat\s+i|telefonsvarer|"
    r"no\s+answer|no\s+reply|voicemail|couldn'?t\s+reach|could\s+not\s+reach|didn'?t\s+pick\s+up)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
# Danish numbers: eight digits, optionally +45/0045, written solid or in pairs/quads.
_PHONE = re.compile(r"(?<![\d.,])(?:(?:\+|00)45[\s-]?)?(?:\d{2}[\s-]?){3}\d{2}(?!\d|[.,]\d)")
_DECISION_ROLES = re.compile(
    r"\b(direktør|direktor|director|ceo|adm\.?|chef|leder|manager|head|owner|ejer|formand|chair|"
    r"indehaver|partner|afdelingsleder|filialdirektør|butikschef|boss)\b",
    re.IGNORECASE,
)
_BOOK_WORDS = re.compile(
    # Danish compounds end in the word ("billedbøger", "lydbog"), English ones are words of their own
    r"(?:bog|bøger|boeger)\b|\b(?:books?|copies|eksemplarer|titler|titles|novels?|romaner|paperbacks?|hardbacks?"
    r"|hardcovers?|tegneserier|comics|graphic novels?|picture ?books)\b",
    re.IGNORECASE,
)

_KIND_WORDS: tuple[tuple[PartnerKind, re.Pattern[str]], ...] = (
    (PartnerKind.FOUNDATION, re.compile(r"\b(fond(en)?|foundation|legat)\b|fond\b", re.IGNORECASE)),
    (PartnerKind.UNION, re.compile(r"\b(foa|3f|hk|dlf|fagforening(en)?|forbund(et)?|union)\b", re.IGNORECASE)),
    (
        PartnerKind.MUNICIPAL_DEPARTMENT,
        re.compile(
            r"(forvaltning(en)?|kommune|\bsof\b|\bsuf\b|department|council|municipality|jobcenter)", re.IGNORECASE
        ),
    ),
    (PartnerKind.SCHOOL, re.compile(r"(skole|gymnasium|school|academy|college|seminarium)", re.IGNORECASE)),
    (PartnerKind.PUBLISHER, re.compile(r"\b(forlag(et)?|publishers?|publishing|saxo|gyldendal)\b", re.IGNORECASE)),
    (
        PartnerKind.ASSOCIATION,
        re.compile(r"\b(forening(en)?|rotary|lions|klub(ben)?|club|association|society)\b", re.IGNORECASE),
    ),
)


def guess_kind(name: str) -> PartnerKind:
    """A first guess at what kind of organisation a name is; 'business' when nothing says otherwise."""
    for kind, pattern in _KIND_WORDS:
        if pattern.search(name):
            return kind
    return PartnerKind.BUSINESS


def is_decision_maker(role: str | None) -> bool:
    """True when a role names someone who decides (director, manager, owner…)."""
    return bool(role and _DECISION_ROLES.search(role))


def reached_partner(text: str, kind: str) -> bool:
    """False when the text says the call did not get through ('ingen svar', 'no answer')."""
    return kind != "note" and not _NO_ANSWER.search(text)


def pledge_status(understood: ParseResult, text: str) -> PledgeStatus:
    """How far an ask got: a signed contract, a confirming e-mail, a verbal yes, a no, or only asked."""
    said = understood.pledge_status
    if said is not None and said in PledgeStatus._value2member_map_:
        return PledgeStatus(said)
    agreement = understood.agreement
    if agreement == "no":
        return PledgeStatus.DECLINED
    if _CONTRACT_SIGNED.search(text):
        return PledgeStatus.CONTRACT_SIGNED
    if agreement == "yes" and understood.kind == "email":
        return PledgeStatus.CONFIRMED_EMAIL
    if agreement == "yes":
        return PledgeStatus.VERBAL
    return PledgeStatus.PROPOSED


def next_stage(current: Stage, status: PledgeStatus | None, *, reached: bool) -> Stage:
    """Where a log moves a partner: forward along the pipeline, or to declined on a no."""
    if status is PledgeStatus.DECLINED:
        return current if current in (Stage.ACTIVE, Stage.COMPLETED) else Stage.DECLINED
    target = (
        {
            # Delivered is what the agreement was for: the partnership is active, as the card's
            # "Delivered" button makes it (bot/domain/fixes.py).
            PledgeStatus.DELIVERED: Stage.ACTIVE,
            PledgeStatus.CONTRACT_SIGNED: Stage.CONFIRMED_IN_WRITING,
            PledgeStatus.CONFIRMED_EMAIL: Stage.CONFIRMED_IN_WRITING,
            PledgeStatus.VERBAL: Stage.AGREED_VERBALLY,
            PledgeStatus.PROPOSED: Stage.INTERESTED,
        }.get(status)
        if status is not None
        else None
    )
    if target is None:
        target = Stage.CONTACTED if reached else Stage.PROSPECT
    if current in (Stage.DECLINED, Stage.PAUSED):
        # A partner who said no or paused comes back only when they say something new.
        return target if status is not None and target is not Stage.CONTACTED else current
    return max(current, target, key=PIPELINE.index)


def contact_details(text: str) -> tuple[str | None, str | None]:
    """The first e-mail address and Danish phone number written in a log, if any."""
    email = _EMAIL.search(text)
    phone = _PHONE.search(text)
    return (email.group(0) if email else None, re.sub(r"\s+", " ", phone.group(0)).strip() if phone else None)


def publicity_after(current: Publicity, understood: ParseResult) -> Publicity:
    """The partner's publicity wish after a log: what the text says (bot/domain/story.py), else as it was."""
    return story.publicity_from(understood) or current


def item_kind(what: str) -> PledgeKind:
    """The kind of agreement counted things are: books, people giving their time ("2 oplæsere"), or products."""
    if _BOOK_WORDS.search(what):
        return PledgeKind.BOOKS
    return PledgeKind.TIME if gives_time(what) else PledgeKind.PRODUCTS


def pledges_from(understood: ParseResult, text: str) -> list[PledgeSpec]:
    """The asks and agreements a log describes, one per amount, item or kind of ask."""
    status = pledge_status(understood, text)
    # "yes to 200 ice creams, the money needs sign-off": what only the hedged clauses name stays asked,
    # what only the agreeing ones name is agreed
    agreed, pending = (
        story.answered_apart(understood, text)
        if status in (PledgeStatus.VERBAL, PledgeStatus.PROPOSED)
        else (set(), set())
    )

    def status_of(kind: PledgeKind) -> PledgeStatus:
        if kind.value in pending:
            return PledgeStatus.PROPOSED
        return PledgeStatus.VERBAL if kind.value in agreed else status

    found: list[PledgeSpec] = []
    declined = story.refused_amounts(understood, text) if status is PledgeStatus.VERBAL else set()
    for money in understood.money:
        amount, currency = money.amount, money.currency or "DKK"
        if currency == "DKK":
            whole = int(round(float(amount)))
            # "Asked for 20,000 DKK – no to the money, but they'll send 3 readers": that amount is declined
            money_status = PledgeStatus.DECLINED if whole in declined else status_of(PledgeKind.MONEY)
            found.append(PledgeSpec(PledgeKind.MONEY, money_status, amount_dkk=whole))
        else:
            found.append(
                PledgeSpec(PledgeKind.MONEY, status_of(PledgeKind.MONEY), what=story.foreign_what(currency, amount))
            )
    for item in understood.items:
        what = item.what
        kind = item_kind(what)
        pledge = PledgeSpec(kind, status_of(kind), quantity=int(item.quantity or 0), what=what[:200])
        value = item.value
        if value is not None and value.currency == "DKK" and value.amount is not None:
            pledge.value_dkk = int(round(float(value.amount)))  # in-kind value, kept apart from cash
        found.append(pledge)
    covered = {p.kind.value for p in found}
    # A value written for goods or a service without a count ("en annonce, værdi 4.000 kr.") is in
    # kind: it goes with that ask, never with cash.
    loose_value = understood.value_dkk if not any(p.value_dkk is not None for p in found) else None
    refused = story.refused_asks(understood, text)  # "nej til penge, men ja til lokalet": the money is declined
    for ask in understood.asks:
        if ask not in covered and ask in PledgeKind._value2member_map_:
            pledge = PledgeSpec(
                PledgeKind(ask), PledgeStatus.DECLINED if ask in refused else status_of(PledgeKind(ask))
            )
            counted = people_counted(text) if ask == "time" else None
            if counted is not None:  # "3 staff volunteers": counted, though no items
                pledge.quantity, pledge.what = counted
            if loose_value and ask != "money":
                pledge.value_dkk = int(loose_value)
                loose_value = None
            found.append(pledge)
            covered.add(ask)
    if not found and understood.agreement in ("yes", "no", "maybe"):
        found.append(PledgeSpec(PledgeKind.OTHER, status, bare=True))
    return found


# ----- partner matching -------------------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A partner the log might mean."""

    partner_id: int
    name: str


@dataclass(frozen=True)
class PartnerDecision:
    """What to do about the organisation a log names.

    outcome: "matched" (one partner), "new" (nothing like it exists), "ambiguous" (several fit),
    "duplicate" (a near-identical name exists; ask before creating), "missing" (no organisation).
    awaited: the candidates are the partners due to deliver the things a delivery note names
    (the card asks whose they are and offers no new partner).
    grant: the line is a grantor's yes or no ("SOF har sagt god for"); its answer is the
    permission's, not an answer to our ask of the partner it is filed under.
    """

    outcome: str
    name: str | None
    partner_id: int | None = None
    candidates: tuple[Candidate, ...] = ()
    awaited: bool = False
    grant: bool = False  # a grantor's yes or no, filed under the partner waiting for it
    # The matched partner as the search loaded it, so saving the log does not select it again.
    partner: Partner | None = field(default=None, compare=False, repr=False)


def known_partners_in(session: Session, *, ws: Workspace, text: str) -> list[Candidate]:
    """Partners whose whole name or alias appears in the text, longest name first."""
    return [
        Candidate(pid, name) for pid, name in partners_named_in(session, ws=ws, text=text, max_words=MAX_SCAN_WORDS)
    ]


def decide_partner(session: Session, *, ws: Workspace, organization: str | None, text: str = "") -> PartnerDecision:
    """Match an organisation name (or, failing that, a known partner named in the text)."""
    name = (organization or "").strip()
    if not search_key(name):
        known = known_partners_in(session, ws=ws, text=text)
        if len(known) == 1:
            return PartnerDecision("matched", known[0].name, known[0].partner_id)
        if known:
            return PartnerDecision("ambiguous", known[0].name, None, tuple(known[:MAX_CANDIDATES]))
        return PartnerDecision("missing", None)
    # One search serves both questions (which partner is meant, and is a new name a duplicate):
    # the duplicate check is the same search with a stricter similarity.
    matches = find_partners(session, ws=ws, query=name, limit=DUPLICATE_SEARCH_LIMIT)
    exact = [m for m in matches if m.how == "exact"]
    if len(exact) == 1:
        return PartnerDecision("matched", name, exact[0].partner.id, partner=exact[0].partner)
    strong = [m for m in matches if m.how in ("exact", "prefix", "tokens")]
    if len(strong) == 1:
        return PartnerDecision("matched", name, strong[0].partner.id, partner=strong[0].partner)
    if len(strong) > 1:
        return PartnerDecision("ambiguous", name, None, _candidates(strong))
    duplicates = [
        m for m in matches if similarity(name, m.name) >= DUPLICATE_MIN_SIMILARITY or _all_words_in(m.name, name)
    ]
    if duplicates:
        return PartnerDecision("duplicate", name, None, _candidates(duplicates))
    return PartnerDecision("new", name)


def _all_words_in(known: str, name: str) -> bool:
    """A known name of two words or more whose every word the new name has, and a word more: "Coop 365
    Roskilde" beside "Coop Roskilde" may be the same shop or another; asked, not guessed."""
    words = search_key(known).split()
    return len(words) >= 2 and set(words) < set(search_key(name).split())


def _candidates(matches: list[Any]) -> tuple[Candidate, ...]:
    seen: dict[int, Candidate] = {}
    for match in matches:
        seen.setdefault(match.partner.id, Candidate(match.partner.id, match.partner.name))
    return tuple(list(seen.values())[:MAX_CANDIDATES])


# ----- saving -----------------------------------------------------------------------------------


@dataclass
class Saved:
    """What saving (or finishing) a log did."""

    interaction_id: int
    decision: PartnerDecision
    partner_id: int | None = None
    mentioned_owners: list[str] = field(default_factory=list)


def _meta(interaction: Interaction) -> dict[str, Any]:
    return dict((interaction.understood or {}).get(META) or {})


def _set_meta(interaction: Interaction, **changes: Any) -> None:
    understood = dict(interaction.understood or {})
    understood[META] = {**_meta(interaction), **changes}
    interaction.understood = understood  # a new dict, so the JSON column sees the change


def reading_of(interaction: Interaction) -> ParseResult:
    """What was understood of a saved log (or corrected since), read back from its stored JSON."""
    return ParseResult.from_dict(interaction.understood or {})


def store_reading(interaction: Interaction, reading: ParseResult) -> None:
    """Store a corrected reading of a saved log; the log's own record under META stays as it is."""
    stored = reading.to_dict()
    if META in (interaction.understood or {}):
        stored[META] = _meta(interaction)
    interaction.understood = stored


def _due(due: datetime) -> datetime:
    # With its UTC offset only, as when the reading came back from JSON: times computed from a new
    # row before it is read again (a week after it, say) are in hours, also across a DST change.
    return due.astimezone(timezone(due.utcoffset() or timedelta(0)))


def record_log(
    session: Session,
    *,
    ws: Workspace,
    user_id: str,
    text: str,
    understood: ParseResult,
    tz: str,
    now: datetime,
    partner_id: int | None = None,
    channel: str | None = None,
) -> Saved:
    """Save a log in the caller's transaction; the partner is attached now if it is clear.

    partner_id, when given (a choice already made), wins over matching the text. Otherwise an
    ambiguous or missing organisation leaves the interaction without a partner and its
    follow-ups saved, and the decision tells the caller what to ask.
    """
    decision = _decision(session, ws, understood, text, partner_id)
    if decision.grant:
        # SOF's yes is FOA's permission: no answer to an ask of FOA, nothing to sum up or call about.
        understood = replace(understood, agreement=None, suggested=[])
    # A clear partner is there before the log, so the log and its follow-ups are written with it
    # (one INSERT each, no UPDATE after); a new partner learns which log created it at the end.
    partner: Partner | None = None
    if decision.outcome == "matched":
        partner = decision.partner or get_partner(session, ws=ws, partner_id=decision.partner_id)
    elif decision.outcome == "new" and decision.name:
        partner = _new_partner(session, ws, user_id, decision.name, interaction_id=None)
    stored = understood.to_dict()
    stored[META] = {
        "tz": tz,
        "decision": decision.outcome,
        "candidates": [[c.partner_id, c.name] for c in decision.candidates],
        "awaited": decision.awaited,
        "grant": decision.grant,
    }
    interaction = log_interaction(
        session,
        ws=ws,
        kind=InteractionKind(understood.kind or "note"),
        logged_by=user_id,
        raw_text=text,
        occurred_at=now,
        partner_id=partner.id if partner is not None else None,
        understood=stored,
        slack_channel=channel,
    )
    owners = _create_followups(session, ws, interaction, understood, user_id, tz)
    saved = Saved(interaction.id, decision, mentioned_owners=owners)
    if partner is not None:
        saved.partner_id = _apply(session, ws, user_id, interaction, partner, created=decision.outcome == "new")
    return saved


def record_logs(
    session: Session,
    *,
    ws: Workspace,
    user_id: str,
    text: str,
    understood: ParseResult,
    tz: str,
    now: datetime,
    channel: str | None = None,
    known: Known | None = None,
) -> list[Saved]:
    """Save a log in the caller's transaction; one that tells about two partners ("…, de giver 30 poser
    slik. Hotel Marienlund har bekr. pr mail lånet af festsalen") is saved as one log per partner
    (bot/domain/split.py), all or none."""
    parts = split.partner_parts(session, ws=ws, text=text, understood=understood, now=now, tz=tz, known=known)
    return [
        record_log(
            session,
            ws=ws,
            user_id=user_id,
            text=part.text,
            understood=part.understood,
            tz=tz,
            now=now,
            partner_id=part.partner_id,
            channel=channel,
        )
        for part in parts
    ]


def _decision(
    session: Session, ws: Workspace, understood: ParseResult, text: str, partner_id: int | None
) -> PartnerDecision:
    """A partner chosen already (and still there) wins; otherwise match what the text names."""
    if partner_id is not None and get_partner(session, ws=ws, partner_id=partner_id) is not None:
        return PartnerDecision("matched", understood.organization, partner_id)
    decision = decide_partner(session, ws=ws, organization=understood.organization, text=text)
    if decision.outcome in ("missing", "new", "duplicate"):
        # Known partners in any case or misspelt ("danske bnak", "Lagkagehset Valby"); a new name is only
        # checked by itself, word for word, so "Coop 365 Roskilde" beside "Coop Roskilde" is still asked.
        organization = understood.organization
        meant = story.find_meant_partner(
            session,
            ws=ws,
            text=text if decision.outcome == "missing" else "",
            organization=organization,
        )
        if meant is not None:
            return PartnerDecision("matched", meant[1], meant[0])
        # A known partner named by its last word in the definite form: "Lokalavisen" is Midtsjællands Lokalavis; when
        # two bookshops are known, "Boghandlen" asks which, never a new partner called Boghandlen.
        heads = story.definite_partners(session, ws=ws, name=organization) if organization else []
        if len(heads) == 1:
            return PartnerDecision("matched", heads[0].name, heads[0].partner_id)
        if len(heads) > 1 and decision.outcome == "new":
            candidates = tuple(Candidate(h.partner_id, h.name) for h in heads[:MAX_CANDIDATES])
            return PartnerDecision("ambiguous", None, None, candidates)
    if decision.outcome == "missing":
        person = _partner_of_known_person(session, ws, understood)
        if person is not None:
            return PartnerDecision("matched", person[1], person[0])
    if decision.outcome in ("missing", "new"):
        # A delivery note that names only the things ("kureren kom med bamserne", or "Bamserne er
        # kommet" read as a new organisation called Bamserne): whose things they are.
        awaiting = story.partners_awaiting(
            session,
            ws=ws,
            understood=understood,
            text=text,
            new_name=decision.name if decision.outcome == "new" else None,
        )
        if len(awaiting) == 1:
            return PartnerDecision("matched", awaiting[0][1], awaiting[0][0])
        if awaiting:
            candidates = tuple(Candidate(pid, name) for pid, name in awaiting[:MAX_CANDIDATES])
            return PartnerDecision("ambiguous", None, None, candidates, awaited=True)
    if decision.outcome == "matched" and decision.partner_id is not None and understood.permissions:
        # A grantor's yes or no ("SOF har sagt god for") belongs to the partner waiting for it.
        waiting = story.awaiting_permission(session, ws=ws, grantor_id=decision.partner_id, understood=understood)
        if len(waiting) == 1:
            return PartnerDecision("matched", waiting[0][1], waiting[0][0], grant=True)
        if waiting:
            candidates = tuple(Candidate(pid, name) for pid, name in waiting[:MAX_CANDIDATES])
            return PartnerDecision("ambiguous", None, None, candidates, grant=True)
    return decision


def _partner_of_known_person(session: Session, ws: Workspace, understood: ParseResult) -> tuple[int, str] | None:
    """ "sanne holm ringede: ja til 5000": a contact named in full whom the workspace knows at one partner
    only says which partner the log is about. A first name alone may be anyone's ("Sanne ringede, hun er syg"
    says nothing), except in a log that moves an agreement on ("Priya confirmed by email", "Sofie har bekræftet
    de 400 bøger på mail", "Sam rang back: they're doubling it") when only one partner has a contact of that
    first name; two partners with a Tom, or two first names at two partners, say nothing."""
    found: set[tuple[int, str]] = set()
    first_names: set[tuple[int, str]] = set()
    for contact in understood.contacts:
        if len(search_key(contact.name).split()) < 2:
            if understood.updates:
                first_names.update(partners_of_first_name(session, ws=ws, name=contact.name))
            continue
        partners = partners_of_person(session, ws=ws, name=contact.name)
        if len(partners) > 1:
            return None
        found.update(partners)
    if not found:
        found = first_names
    return found.pop() if len(found) == 1 else None


def _attach_if_clear(
    session: Session,
    ws: Workspace,
    user_id: str,
    interaction: Interaction,
    decision: PartnerDecision,
    owners: list[str],
) -> Saved:
    """Attach the partner to a saved log when the decision is clear; otherwise it waits for a choice."""
    saved = Saved(interaction.id, decision, mentioned_owners=owners)
    if decision.outcome in ("matched", "new"):
        saved.partner_id = attach_partner(
            session,
            ws=ws,
            user_id=user_id,
            interaction_id=interaction.id,
            partner_id=decision.partner_id,
            new_name=decision.name if decision.outcome == "new" else None,
        )
    return saved


def _create_followups(
    session: Session, ws: Workspace, interaction: Interaction, understood: ParseResult, user_id: str, tz: str
) -> list[str]:
    """Create the log's follow-ups (stated and suggested); return owners other than the writer."""
    owners: list[str] = []
    stated = [(f, False) for f in understood.followups]
    suggested = [(f, True) for f in understood.suggested]
    for followup, is_suggestion in stated + suggested:
        owner = followup.owner or user_id
        create_followup(
            session,
            ws=ws,
            action=FollowUpAction(followup.action or "other"),
            due_at=_due(followup.due),
            all_day=bool(followup.all_day),
            due_tz=tz,
            text=(followup.text or "")[:500] or None,
            owner_user_id=owner,
            partner_id=interaction.partner_id,
            interaction_id=interaction.id,
            suggested=is_suggestion,
            created_by=user_id,
            created_by_interaction_id=interaction.id,
            by_partner=followup.by == "partner",
            flush=False,
        )
        if owner != user_id and owner not in owners:
            owners.append(owner)
    session.flush()  # the follow-ups in one round trip
    return owners


def attach_partner(
    session: Session,
    *,
    ws: Workspace,
    user_id: str,
    interaction_id: int,
    partner_id: int | None = None,
    new_name: str | None = None,
) -> int:
    """Give a saved log its partner (an existing one, or a new one by name) and apply what it says."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    if interaction is None:
        raise LookupError("no such interaction in this workspace")
    if new_name:
        partner = _new_partner(session, ws, user_id, new_name, interaction_id=interaction.id)
    else:
        found = get_partner(session, ws=ws, partner_id=partner_id)
        if found is None:
            raise LookupError("no such partner in this workspace")
        partner = found
    interaction.partner_id = partner.id
    for followup in _followups_of(session, ws, interaction.id):
        followup.partner_id = partner.id
    return _apply(session, ws, user_id, interaction, partner, created=bool(new_name))


def _new_partner(session: Session, ws: Workspace, user_id: str, name: str, *, interaction_id: int | None) -> Partner:
    return create_partner(
        session,
        ws=ws,
        name=name[:200],
        kind=guess_kind(name),
        created_by=user_id,
        created_by_interaction_id=interaction_id,
        allow_duplicate=True,
    )


def _apply(
    session: Session, ws: Workspace, user_id: str, interaction: Interaction, partner: Partner, *, created: bool
) -> int:
    """Apply what a log says to its partner: contacts, agreements, stage, publicity, follow-ups."""
    understood = reading_of(interaction)
    text = interaction.raw_text
    contact_ids = _contacts(session, ws, partner, interaction, understood, text, user_id)
    settled = story.settle_pledges(
        session,
        ws=ws,
        partner=partner,
        interaction=interaction,
        understood=understood,
        text=text,
        specs=pledges_from(understood, text),
        user_id=user_id,
        contact_id=contact_ids[0] if contact_ids else None,
    )
    stage_before = partner.stage
    if created:
        # Set beside the stage, so a partner created before its log is written once more, not twice.
        partner.created_by_interaction_id = interaction.id
    partner.stage = next_stage(
        partner.stage,
        story.stage_for(partner.stage, settled.last_status, settled.live),
        reached=reached_partner(text, understood.kind),
    )
    publicity_before = partner.publicity
    partner.publicity = publicity_after(partner.publicity, understood)
    # A partner this log created has no follow-ups but the log's own, which both steps leave alone.
    others = [] if created else open_followups(session, ws=ws, partner_id=partner.id, limit=200)
    closed = _close_obsolete(others, interaction, understood, text)
    if settled.last_status in story.CLOSED and not settled.live:
        closed += _drop_suggestions(others, "withdrawn")
    elif settled.changes and settled.live and all(p.status in IN_WRITING for p in settled.live):
        closed += _drop_suggestions(others, "in_writing", FollowUpAction.EMAIL)
    _drop_covered_suggestions(session, ws, others, interaction)
    closed += story.close_arrived(
        session, ws=ws, partner_id=partner.id, interaction=interaction, understood=understood, text=text
    )
    permissions = story.apply_permissions(
        session, ws=ws, partner=partner, interaction=interaction, understood=understood, user_id=user_id
    )
    referrals = story.file_referrals(
        session,
        ws=ws,
        partner=partner,
        interaction=interaction,
        understood=understood,
        followups=_followups_of(session, ws, interaction.id),
        user_id=user_id,
    )
    _set_meta(
        interaction,
        changes=settled.changes,
        asks=settled.asks,
        permissions=permissions,
        referrals=referrals,
        campaign_linked=story.link_campaign(session, ws=ws, partner_id=partner.id, text=text),
        missing_permissions=story.missing_permissions(session, ws=ws, partner_id=partner.id),
        partner_created=created,
        stage_before=stage_before.value,
        stage_after=partner.stage.value,
        publicity_before=publicity_before.value,
        closed=closed,
        decision="new" if created else "matched",
        candidates=[],
    )
    session.flush()
    return partner.id


def _followups_of(session: Session, ws: Workspace, interaction_id: int) -> list[FollowUp]:
    return created_by_log(session, ws=ws, interaction_id=interaction_id, model=FollowUp)


def _contacts(
    session: Session,
    ws: Workspace,
    partner: Partner,
    interaction: Interaction,
    understood: ParseResult,
    text: str,
    user_id: str,
) -> list[int]:
    email, phone = contact_details(text)
    ids: list[int] = []
    # A campaign's name read as a person ("£2,000 for Summer Reading") is the campaign, not a contact.
    campaigns = {search_key(c.name) for c in live_campaigns(session, ws=ws)} if understood.contacts else set()
    people = [p for p in understood.contacts if search_key(p.name.strip()[:200]) not in campaigns]
    for person in people:
        name = person.name.strip()[:200]
        if not search_key(name):
            continue
        role = (person.role or None) and str(person.role)[:200]
        existing = find_contacts(session, ws=ws, name=name, partner_id=partner.id, limit=2)
        same = [c for c in existing if c.name_key == search_key(name)] or (existing if len(existing) == 1 else [])
        if same:
            contact = same[0]
            if role and not contact.role:
                contact.role = role
                contact.is_decision_maker = contact.is_decision_maker or is_decision_maker(role)
        else:
            contact = create_contact(
                session,
                ws=ws,
                name=name,
                partner_id=partner.id,
                role=role,
                is_decision_maker=is_decision_maker(role),
                created_by=user_id,
                created_by_interaction_id=interaction.id,
            )
        # Details written in the log belong to the person when the log names only one.
        if len(people) == 1:
            contact.email = contact.email or email
            contact.phone = contact.phone or phone
        link_contact(session, ws=ws, interaction_id=interaction.id, contact_id=contact.id)
        ids.append(contact.id)
    return ids


def _close_obsolete(
    others: list[FollowUp], interaction: Interaction, understood: ParseResult, text: str
) -> list[dict[str, Any]]:
    """Close callbacks this contact made unnecessary; a new callback replaces older ones.

    others: the partner's open follow-ups, read before this step.
    """
    tz = ZoneInfo(_meta(interaction).get("tz") or "UTC")
    end_of_today = datetime.combine(
        interaction.occurred_at.astimezone(tz).date() + timedelta(days=1), time(0), tzinfo=tz
    )
    reached = reached_partner(text, understood.kind)
    new_call = any(f.action == "call" for f in understood.followups)
    closed: list[dict[str, Any]] = []
    for followup in others:
        if followup.created_by_interaction_id == interaction.id or followup.by_partner:
            continue  # what the partner promised stays open until it comes
        if followup.action not in (FollowUpAction.CALL, FollowUpAction.OTHER, FollowUpAction.MEETING):
            continue
        if reached and followup.due_at < end_of_today:
            closed.append({"id": followup.id, "how": "done", "status": followup.status.value})
            followup.status, followup.done_at = FollowUpStatus.DONE, interaction.occurred_at
        elif new_call and followup.action is FollowUpAction.CALL:
            closed.append({"id": followup.id, "how": "replaced", "status": followup.status.value})
            followup.status = FollowUpStatus.CANCELLED
    return closed


def _drop_suggestions(others: list[FollowUp], how: str, action: FollowUpAction | None = None) -> list[dict[str, Any]]:
    """Close what good practice suggested that the agreements' new state makes moot; what people planned
    themselves stays open. "withdrawn": the partner declined or withdrew all it had agreed (the summary
    e-mail and the callback go); "in_writing": every agreement is now in writing (the summary e-mail that
    was to put it there goes, as done)."""
    closed: list[dict[str, Any]] = []
    for followup in others:
        if followup.suggested and not followup.by_partner and followup.status in OPEN:
            if action is not None and followup.action is not action:
                continue
            closed.append({"id": followup.id, "how": how, "status": followup.status.value})
            followup.status = FollowUpStatus.CANCELLED if how == "withdrawn" else FollowUpStatus.DONE
    return closed


def _drop_covered_suggestions(
    session: Session, ws: Workspace, others: list[FollowUp], interaction: Interaction
) -> None:
    """Drop what good practice suggests when a follow-up of ours of the same kind is already planned.

    "Bekræfter de 20.000 kr. på mail" after "ringer igen torsdag" suggests a callback in two days;
    Thursday's call is that callback, so the card does not offer a second one. others: the
    partner's follow-ups that were open before this log (those it closed are no longer planned).
    """
    suggestions = [f for f in _followups_of(session, ws, interaction.id) if f.suggested and f.status in OPEN]
    if not suggestions:
        return
    planned = [
        f for f in others if f.status in OPEN and f.created_by_interaction_id != interaction.id and not f.by_partner
    ]
    for suggestion in suggestions:
        latest = suggestion.due_at + SUGGESTION_COVERED_WITHIN
        if any(f.action is suggestion.action and f.due_at <= latest for f in planned):
            soft_delete_followup(session, ws=ws, followup_id=suggestion.id)


# ----- reading a log back for its card ------------------------------------------------------------


@dataclass(frozen=True)
class CardFollowUp:
    """A follow-up as the card shows it."""

    id: int
    action: str
    due: datetime
    all_day: bool
    owner: str | None
    status: str
    suggested: bool
    text: str | None
    by_partner: bool = False  # the partner promised it: we wait for them
    how: str | None = None  # closed by this log: "done", "replaced", "arrived", "withdrawn" or "in_writing"


@dataclass(frozen=True)
class CardPledge:
    """An ask or agreement as the card shows it."""

    kind: str
    amount_dkk: int | None
    quantity: int | None
    what: str | None
    status: str
    in_writing: bool
    id: int | None = None


@dataclass(frozen=True)
class CardChange:
    """An existing agreement this log moved on: what it is, and its status and amount before and after."""

    pledge_id: int
    partner_name: str | None
    kind: str
    what: str | None
    quantity: int | None
    amount_before: int | None
    amount_after: int | None
    status_before: str
    status_after: str
    evidence_at: datetime | None
    what_before: str | None = None  # an amount in another currency before the change ("GBP 2000")
    quantity_before: int | None = None  # "50 books instead of 30": 30
    split: bool = False  # a part came and was split off: this is the rest still to come


@dataclass(frozen=True)
class LogCard:
    """Everything the confirmation card shows, read back from the database."""

    interaction_id: int
    deleted: bool
    kind: str
    logged_by: str
    tz: str
    partner_id: int | None
    partner_name: str | None
    partner_created: bool
    organization: str | None
    decision: str
    candidates: tuple[Candidate, ...]
    awaited: bool
    grant: bool  # the candidates wait for a permission the log's grantor gave or refused
    publicity: str | None
    stage: str | None
    stage_changed: bool
    contacts: tuple[tuple[str, str | None], ...]
    pledges: tuple[CardPledge, ...]
    followups: tuple[CardFollowUp, ...]
    closed: tuple[CardFollowUp, ...]
    asks: tuple[str, ...]
    agreement: str | None
    no_publicity: bool
    uncertain: tuple[str, ...]
    # The story (bot/domain/story.py): agreements moved on, ones it could not tell apart (each a
    # tuple of candidates), permissions still missing, prospects from referrals, waiting for them.
    changes: tuple[CardChange, ...] = ()
    unclear: tuple[tuple[CardChange, ...], ...] = ()
    unclear_new: tuple[int | None, ...] = ()  # per unclear group: the amount offered as a new agreement, or None
    missing_permissions: tuple[str, ...] = ()
    permissions_answered: tuple[tuple[str, str], ...] = ()  # (grantor, "granted" or "refused") this log recorded
    referrals: tuple[str, ...] = ()
    in_kind_value: int | None = None
    unresolved: tuple[str, ...] = ()  # the words of a time the parser could not read ("d. 31/11")


def load_card(session: Session, *, ws: Workspace, interaction_id: int) -> LogCard | None:
    """Read a log and what it created, for its card; None if it is not this workspace's."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id, include_deleted=True)
    if interaction is None:
        return None
    understood = reading_of(interaction)
    meta = _meta(interaction)
    partner = get_partner(session, ws=ws, partner_id=interaction.partner_id, include_deleted=True)
    contacts = contacts_of_interaction(session, ws=ws, interaction_id=interaction.id)
    pledges = created_by_log(session, ws=ws, interaction_id=interaction.id, model=Pledge, include_deleted=True)
    followups = created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp, include_deleted=True)
    closed = followups_by_id(session, ws=ws, followup_ids=[entry["id"] for entry in meta.get("closed") or []])
    how = {entry["id"]: entry.get("how") for entry in meta.get("closed") or []}
    return LogCard(
        interaction_id=interaction.id,
        deleted=interaction.deleted_at is not None,
        kind=interaction.kind.value,
        logged_by=interaction.logged_by,
        tz=meta.get("tz") or "UTC",
        partner_id=partner.id if partner else None,
        partner_name=partner.name if partner else None,
        partner_created=bool(meta.get("partner_created")),
        organization=understood.organization,
        decision=meta.get("decision") or ("matched" if partner else "missing"),
        candidates=tuple(Candidate(int(pid), str(name)) for pid, name in meta.get("candidates") or []),
        awaited=bool(meta.get("awaited")),
        grant=bool(meta.get("grant")),
        publicity=partner.publicity.value if partner else None,
        stage=partner.stage.value if partner else None,
        stage_changed=bool(meta.get("stage_before")) and meta.get("stage_before") != meta.get("stage_after"),
        contacts=tuple((c.name, c.role) for c in contacts),
        pledges=tuple(
            CardPledge(p.kind.value, p.amount_dkk, p.quantity, p.what, p.status.value, p.in_writing, id=p.id)
            for p in pledges
            if p.deleted_at is None or interaction.deleted_at is not None
        ),
        followups=tuple(
            _card_followup(f) for f in followups if f.deleted_at is None or interaction.deleted_at is not None
        ),
        closed=tuple(replace(_card_followup(f), how=how.get(f.id)) for f in closed),
        asks=tuple(understood.asks),
        agreement=understood.agreement,
        no_publicity=bool(understood.no_publicity),
        uncertain=tuple(understood.uncertain),
        unresolved=tuple(understood.unresolved),
        **story.card_facts(session, ws=ws, meta=meta, understood=understood),
    )


def _card_followup(f: FollowUp) -> CardFollowUp:
    return CardFollowUp(
        f.id,
        f.action.value,
        f.due_at,
        f.all_day,
        f.owner_user_id,
        f.status.value,
        f.suggested,
        f.text,
        bool(f.by_partner),
    )
