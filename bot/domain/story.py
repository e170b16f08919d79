"""A log read against what the workspace already knows about the partner.

A later log changes the story instead of adding copies: it advances or changes an existing
agreement, closes what the partner promised once it came, records permissions awaited and
granted, sets the publicity wish either way, keeps in-kind value apart from cash, files items,
referrals and follow-ups under the organisation they concern, and links the campaign it names.

Everything a log changed outside its own rows is written to its meta (`changes`, `permissions`,
`campaign_linked`, ...), so Undo puts it back and Restore does it again.
"""

from __future__ import annotations

import functools
import re
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime
from os.path import commonprefix
from typing import TYPE_CHECKING, Any

from bot.understanding import ParseResult
from bot.understanding.classify import find_agreement, find_asks
from bot.understanding.entities import is_org_word
from bot.understanding.story import find_updates
from storage.campaigns import add_partner as add_to_campaign
from storage.known import live_campaigns
from storage.models import (
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    Partner,
    PartnerKind,
    Permission,
    PermissionStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.names import loose_key, search_key
from storage.partners import create_partner, get_partner
from storage.permissions import require_permission
from storage.pledges import create_pledge
from storage.search import find_partners
from storage.story import (
    KnownName,
    awaited_goods,
    in_campaign,
    known_names,
    live_pledges,
    open_partner_promises,
    permission_between,
    permissions_from,
    unlink_campaign,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sqlalchemy.orm import Session

    from storage.scope import Workspace

# How far an agreement has come; a log never moves one back (a no or a withdrawal is separate).
LADDER = (
    PledgeStatus.PROPOSED,
    PledgeStatus.VERBAL,
    PledgeStatus.CONFIRMED_EMAIL,
    PledgeStatus.CONTRACT_SIGNED,
    PledgeStatus.DELIVERED,
)
CLOSED = (PledgeStatus.DECLINED, PledgeStatus.CANCELLED)
_CONFIRM_WORDS = re.compile(r"bekræft|confirm", re.IGNORECASE)
_WRITTEN_WORDS = re.compile(
    r"e-?mail|\bmail|skriftlig|på skrift|in writing|written|brev|letter|kontrakt|contract|paperwork|papers|papirer"
    r"|dokument|document|aftalepapir"
    # a confirmation that came is a written one, unless said otherwise ("mundtlig bekræftelse", "verbal confirmation")
    r"|(?<!mundtlig )(?<!telefonisk )(?<!verbal )(?<!oral )(?<!phone )\b(?:bekræftelse\w*|confirmation)",
    re.IGNORECASE,
)
_WITHDRAW = re.compile(
    r"trækker sig|trak sig|springer fra|sprang fra|fortr[yu]d|annull|aflys|alligevel ikke|ikke længere|"
    r"withdr|pull(?:ed|s|ing)? out|backed out|cancel|no longer|changed (?:their|his|her) mind",
    re.IGNORECASE,
)
_ALL_OF_THEM = re.compile(
    r"\balle\b|\bbegge\b|\ball\b|\bboth\b|\beverything\b|\balt\b|\bentirely\b|\bcompletely\b|\baltogether\b"
    r"|\bhelt\b|\bfuldstændig\b",
    re.IGNORECASE,
)
# A log's delivery or confirmation does not reach what a clause of it says has not happened yet:
# "gavekortene er leveret, pengene er ikke kommet endnu", "still waiting for the money", "bekræfter de
# 5.000 kr., men ikke gavekortene endnu". Clauses end at punctuation (not inside "5.000" or "5,000", nor
# at the stop of "kr." or "ca."), at a dash between spaces, and before "men"/"but".
_CLAUSE_BREAK = re.compile(r"[;:!?\n]|,(?!\d)|\.(?=\s+[A-ZÆØÅ]|\s*$)|\s[-–]\s|(?=\b(?:men|but)\b)")
_NOT_YET = re.compile(
    r"\b(?:ikke|not|never|aldrig|mangler|missing|still waiting|venter (?:stadig )?på|awaiting|afventer|yet to"
    r"|pending|outstanding|udestår|tbc|to be confirmed|skal bekræftes|unconfirmed|ubekræftet"
    # still to come: "pengene kommer senere", "the rest follows next month", "resten kommer i januar"
    r"|kommer (?:først |nok )?(?:senere|bagefter|i næste|næste|i januar|efter)|følger (?:senere|efter)|comes? later"
    r"|(?:will )?follows? (?:later|next)|to follow|later on)\b"
    r"|n't\b",
    re.IGNORECASE,
)
# Things after "til"/"for" are what money is for, not agreements of their own: "5.000 kr. til bøgerne".
_PURPOSE = re.compile(
    r"\b(?:til|for|towards?)\s+(?:de\s+|den\s+|det\s+|the\s+|vores\s+|our\s+)?[\wæøåÆØÅ-]+", re.IGNORECASE
)
_MOVING = (PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED, PledgeStatus.DELIVERED)
_OPEN_FOR_CHANGE = (
    PledgeStatus.PROPOSED,
    PledgeStatus.VERBAL,
    PledgeStatus.CONFIRMED_EMAIL,
    PledgeStatus.CONTRACT_SIGNED,
)


def _clauses(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each clause of a log, as `_CLAUSE_BREAK` cuts it; none empty."""
    ends = [m.start() for m in _CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(start, end) for start, end in zip([0, *ends], ends, strict=False) if end > start]


def split_not_yet(text: str) -> tuple[str, str]:
    """The text with its not-yet clauses blanked, and those clauses alone (both as long as the text)."""
    said, not_yet = list(text), [" "] * len(text)
    for start, end in _clauses(text):
        if _NOT_YET.search(text, start, end):
            said[start:end] = " " * (end - start)
            not_yet[start:end] = text[start:end]
    return "".join(said), "".join(not_yet)


def _refused(existing: list[Pledge], text: str) -> list[Pledge] | None:
    """The agreements the refusing clauses of a log name ("Jysk trækker gavekortene tilbage, men pengene står
    ved magt": the gift cards), or None when they name none ("de trækker sig": all of them)."""
    if _ALL_OF_THEM.search(text) and not _STANDS.search(text):
        return None  # "pulls out of Sommerbogen entirely": all of it
    clauses = [text[start:end] for start, end in _clauses(text)]
    said = " ".join(
        c
        for c in clauses
        if c.strip() and (find_agreement(c.lower())[0] == "no" or "declined" in find_updates(c.lower()))
    )
    named = _named_in(existing, said)
    if _MONEY_WORDS.search(said):
        named += [p for p in existing if p.kind is PledgeKind.MONEY and p not in named]
    if named:
        return named
    # The refusal names nothing we know, the rest of the log what stands: "withdraws the bean bags, but the
    # 10,000 DKK stands" withdraws all but the money.
    rest = " ".join(c for c in clauses if c not in said and _STANDS.search(c))
    kept = _named_in(existing, rest)
    kept += [p for p in _kind_named(existing, rest) if p not in kept]
    if _MONEY_WORDS.search(rest) or _numbers(rest) & {p.amount_dkk for p in existing if p.amount_dkk}:
        kept += [p for p in existing if p.kind is PledgeKind.MONEY and p not in kept]
    return [p for p in existing if p not in kept] if kept and len(kept) < len(existing) else None


def refused_asks(understood: ParseResult, text: str) -> set[str]:
    """The asks of a partial yes that only its refusing clauses name: "nej tak til sponsorat, men vi må
    gerne hænge plakater op" refuses the money and agrees to the posters."""
    if understood.agreement != "yes" or ("agreement" not in understood.uncertain and not _NO_TO.search(text)):
        return set()  # only a yes the parser read against a no is a partial yes (and costs the clause-by-clause read)
    clauses = [text[start:end].lower() for start, end in _clauses(text)]
    # "– no to the money": a clause that opens with a no to something is a refusal, though it says no more
    answers = ["no" if _NO_TO.match(c.strip(" –-,.")) else find_agreement(c)[0] for c in clauses]
    refusing = " ".join(c for c, a in zip(clauses, answers, strict=True) if a == "no")
    if not refusing:
        return set()
    agreeing = " ".join(c for c, a in zip(clauses, answers, strict=True) if a != "no")
    return (set(understood.asks) & set(find_asks(refusing, [], []))) - set(find_asks(agreeing, [], []))


# A no to one ask said as such: "no to the money, but they'll send 3 readers", "nej til penge, men ...".
_NO_TO = re.compile(r"\b(?:no|nej)(?: tak| thanks)? (?:to|til)\b", re.IGNORECASE)


def refused_amounts(understood: ParseResult, text: str) -> set[int]:
    """The amounts a partial yes declines: those of money it refuses that no agreeing clause names ("Spurgte om
    10.000 kr. og bøger. Nej til penge, men de giver 60 billedbøger": the 10.000; "no to the 20k, they'll do 5k":
    the 20.000 only)."""
    if "money" not in refused_asks(understood, text):
        return set()
    agreeing = " ".join(
        text[start:end] for start, end in _clauses(text) if find_agreement(text[start:end].lower())[0] == "yes"
    )
    named = _numbers(agreeing)
    return {int(float(m.amount)) for m in understood.money if int(float(m.amount)) not in named}


def answered_apart(understood: ParseResult, text: str) -> tuple[set[str], set[str]]:
    """The asks a yes-and-maybe answers apart, clause by clause: (agreed, pending). "He said yes to 200 ice
    creams, the money needs sign-off from the owner" and "Ja til 30 poser slik, men de 3.000 kr. skal godkendes"
    agree to the things and leave the money asked. Both sides must name asks of their own; a condition naming
    none ("ja til 30 poser, hvis bestyrelsen godkender") hedges the whole answer."""
    if understood.agreement != "maybe" and not (understood.agreement == "yes" and "agreement" in understood.uncertain):
        return set(), set()  # a maybe outweighs a yes, so a plain yes has no hedged clause (and costs no clause read)
    clauses = [text[start:end].lower() for start, end in _clauses(text)]
    answers = [find_agreement(c)[0] for c in clauses]
    if "maybe" not in answers or "yes" not in answers:
        return set(), set()

    def asked(answer: str) -> set[str]:
        said = " ".join(c for c, a in zip(clauses, answers, strict=True) if a == answer)
        amounts = _numbers(said)
        money = [m for m in understood.money if int(float(m.amount)) in amounts]
        return set(understood.asks) & set(find_asks(said, money, []))

    agreed, hedged = asked("yes"), asked("maybe")
    if not agreed or not hedged - agreed:
        return set(), set()
    return agreed - hedged, hedged - agreed


# What a log says stays as agreed: "men pengene står (ved magt)", "the 10,000 DKK stands", "the money is unchanged".
_STANDS = re.compile(
    r"\b(?:står|stands|still stands|holds|remains?|stays?|bliver|uændret|unchanged|fortsat|still on|er stadig|is still"
    r"|gælder (?:stadig|fortsat)|still (?:good|valid)|continues|carries on|goes on|fortsætter|kører videre)\b"
    # "money and volunteers stand": the plural verb where the clause ends
    r"|\bstand(?=\s*(?:[.;,!]|$))",
    re.IGNORECASE,
)
# Halving the one agreement there is: "halverer beløbet", "they've halved it", "cut in half".
_HALVED = re.compile(
    r"\bhalver(?:er|ede|et)\b|\bhalv(?:es|ed|ing)\b|\bcut (?:it |that |the \w+ )?in half\b", re.IGNORECASE
)

# Doubling or tripling the one agreement there is: "is doubling it", "fordobler beløbet", "tredobler sponsoratet".
_TWICE = re.compile(r"\bdoubl(?:es|ed|ing|e)\b|\bfordobl\w*", re.IGNORECASE)
_THRICE = re.compile(r"\btripl(?:es|ed|ing|e)\b|\btredobl\w*", re.IGNORECASE)


def _multiplied(text: str) -> float | None:
    """What a log that halves, doubles or triples the amount multiplies it by, or None."""
    if _HALVED.search(text):
        return 0.5
    if _TWICE.search(text):
        return 2
    if _THRICE.search(text):
        return 3
    return None


# An amount and then something more given: "ja til 3.000 kr. og frugt", "£500 plus the hall", "5.000 kr. samt plakater".
_AND_AFTER_AMOUNT = re.compile(
    r"(?:\d|kr\.?|dkk|,-)(?:[^.;:!?\n]{0,60}?[^,\s])?\s+(?:og|and|plus|samt|\+|&)\s+(?P<rest>[^.;:!?\n]{2,60})",
    re.IGNORECASE,
)


# Something given and then an amount: "they will lend us their stand at the market and give DKK 2,000 for prizes".
_AND_BEFORE_AMOUNT = re.compile(
    r"(?:^|[.;:!?\n,]\s*)(?P<rest>[^.;:!?\n,]{2,80}?)\s+(?:og|and|plus|samt|\+|&)\s+(?:[\wæøå']+\s+){0,3}?"
    r"(?:[£$€]|dkk\b|kr\.?\s*\d|\d)",
    re.IGNORECASE,
)


def _given_beside_money(text: str, kind: PledgeKind) -> bool:
    """Whether a kind of ask is something given beside the amount (after or before it, joined by "og/and/plus"),
    not what the amount buys."""
    # what the things are for is no gift ("60 paperbacks for the prize shelf and 3,000 DKK", "25,000 DKK and 200
    # books for the school kits")
    beside = [m.group("rest") for m in (*_AND_AFTER_AMOUNT.finditer(text), *_AND_BEFORE_AMOUNT.finditer(text))]
    return any(kind.value in find_asks(_PURPOSE.sub("", rest).lower(), [], []) for rest in beside)


_PURPOSE = re.compile(r"\b(?:for|til)\s+[^,]*$", re.IGNORECASE)


def _numbers(text: str) -> set[int]:
    """The whole numbers written in a text ("5.000", "5,000", "15", "5k")."""
    return {
        int(re.sub(r"[.,]", "", n)) * (1000 if k else 1)
        for n, k in re.findall(r"(\d+(?:[.,]\d{3})*)(\s?[kK]\b)?", text)
    }


# ----- finding the partner people mean --------------------------------------------------------------


def _edits(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count once), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def _token_close(word: str, name_word: str) -> int | None:
    """Edits between a written word and a name's word, or None when they are not the same word. A
    shortening that keeps the first letter and the rest in order ("bk" for bank, "spk" for sparekasse)
    counts as one edit; a name named by shortenings alone is too weak (`fuzzy_partner`)."""
    if word == name_word:
        return 0
    if 2 <= len(word) <= len(name_word) - 2 and word[0] == name_word[0] and _in_order(word, name_word):
        return 1
    if len(name_word) < 4 or len(word) < 3:
        return None
    limit = 1 if len(name_word) < 8 else 2
    edits = _edits(word, name_word, limit)
    return edits if edits <= limit else None


def _in_order(short: str, word: str) -> bool:
    """Whether the letters of `short` appear in `word` in the same order."""
    rest = iter(word)
    return all(letter in rest for letter in short)


def fuzzy_partner(names: list[KnownName], text: str, *, whole: bool = False) -> KnownName | None:
    """The one known partner a text names in any case, with small typos, by whole name or its
    first two words ('danske bnak' for Danske Bank Greve); None when none or several fit.

    whole: the text is a name by itself, so every word of it must match ('Danske Bank Køge' is
    not 'Danske Bank Greve')."""
    words = search_key(text).split()
    best: dict[int, tuple[int, int, KnownName]] = {}  # partner -> (words matched, -edits, name)
    for known in names:
        name_words = known.key.split()
        if not name_words:
            continue
        # A line that opens with a partner's first word ("nordea: pengene er overført") names it;
        # elsewhere in the text a longer name needs its first two words.
        need = len(name_words) if len(name_words) <= 2 else 2
        opens = not whole and bool(words) and words[0] == name_words[0] and len(name_words[0]) >= 5
        # A name of three words or more may be named by its last two ("brugsen viby" for Dagli' Brugsen Viby).
        firsts = (0,) if whole or len(name_words) < 3 else (0, len(name_words) - 2)
        for first, start in ((f, st) for f in firsts for st in range(len(words))):
            matched = edits = 0
            for offset, name_word in enumerate(name_words[first:]):
                if start + offset >= len(words):
                    break
                close = _token_close(words[start + offset], name_word)
                if close is None:
                    break
                matched, edits = matched + 1, edits + close
            if matched < (1 if opens and start == 0 and not first else need) or (
                len(name_words) == 1 and len(name_words[0]) < 4 and edits
            ):
                continue
            if whole and (start != 0 or matched != len(words)):
                continue
            if matched == 1 and (len(name_words[0]) < 5 or (edits and (edits > 1 or len(name_words[0]) < 8))):
                continue  # one short word, or one misspelt word under eight letters, is too weak alone
            score = (matched, -edits, known)
            old = best.get(known.partner_id)
            if old is None or score[:2] > old[:2]:
                best[known.partner_id] = score
    if not best:
        return None
    ranked = sorted(best.values(), key=lambda s: (s[0], s[1]), reverse=True)
    if len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]:
        return None
    return ranked[0][2]


def resolve_partner(session: Session, *, ws: Workspace, name: str) -> int | None:
    """The live partner a name means (exact, strong search hit, or a small typo), or None."""
    matches = find_partners(session, ws=ws, query=name, limit=10)
    strong = [m for m in matches if m.how in ("exact", "prefix", "tokens")]
    ids = list(dict.fromkeys(m.partner.id for m in strong))
    if len(ids) == 1:
        return ids[0]
    exact = [m.partner.id for m in matches if m.how == "exact"]
    if len(set(exact)) == 1:
        return exact[0]
    fuzzy = fuzzy_partner(known_names(session, ws=ws), name, whole=True)
    return fuzzy.partner_id if fuzzy is not None else None


_DEFINITE_ENDS = ("en", "et", "n", "ne", "erne")


def definite_partners(session: Session, *, ws: Workspace, name: str) -> list[KnownName]:
    """The known partners a one-word name in the definite form may mean (see `definite_heads`)."""
    return definite_heads(known_names(session, ws=ws), name) if search_key(name).count(" ") == 0 else []


def definite_heads(names: list[KnownName], name: str) -> list[KnownName]:
    """The known partners whose last word a one-word name says in its definite form: "Lokalavisen" for
    Midtsjællands Lokalavis, "Boghandlen" for Slagelse Boghandel (one of each partner)."""
    words = search_key(name).split()
    if len(words) != 1 or not words[0].endswith(_DEFINITE_ENDS):
        return []
    word = words[0]
    found: dict[int, KnownName] = {}
    for known in names:
        key = known.key.split()
        if len(key) < 2:
            continue
        head = key[-1]
        if len(head) >= 5 and len(word) <= len(head) + 4 and len(commonprefix([word, head])) >= len(head) - 2:
            found.setdefault(known.partner_id, known)
    return list(found.values())


def find_meant_partner(
    session: Session, *, ws: Workspace, text: str, organization: str | None
) -> tuple[int, str] | None:
    """A known partner the log means though the parse did not name it exactly (case, typos, no cue)."""
    names = known_names(session, ws=ws)
    if not names:
        return None
    if organization:
        found = fuzzy_partner(names, organization, whole=True) or _by_proper_word(names, organization)
        if found is not None:
            return found.partner_id, found.name
    found = fuzzy_partner(names, text) if text else None
    if found is None and text:
        # "Rest of the Harbourside money (20,000) came in today": the proper word of a known name, capitalised
        capitalised = {w for w in re.findall(r"\b[A-ZÆØÅ][\wæøåÆØÅ'-]{5,}", text)}
        hits = {k.partner_id: k for w in capitalised if (k := _by_proper_word(names, w, typos=False)) is not None}
        found = next(iter(hits.values())) if len(hits) == 1 else None
    return (found.partner_id, found.name) if found is not None else None


def _by_proper_word(names: list[KnownName], organization: str, *, typos: bool = True) -> KnownName | None:
    """The one known partner whose name is an organisation word and one proper word, named by that word alone,
    perhaps with a typo ("Lindhom" for Forlaget Lindholm, "Pinecrest" for Pinecrest Dental); None when none or
    several fit. Only for what the parser read as an organisation, or a capitalised word in a log that names
    no partner (then without typos): one word of six letters or more."""
    words = search_key(organization).split()
    if len(words) != 1 or len(words[0]) < 6:
        return None
    word = words[0]
    found: dict[int, KnownName] = {}
    for known in names:
        proper = [w for w in known.key.split() if not is_org_word(w)]
        if len(proper) != 1 or len(proper) == len(known.key.split()) or len(proper[0]) < 6:
            continue
        limit = 1 if typos and len(proper[0]) >= 7 else 0
        if _edits(word, proper[0], limit) <= limit:
            found.setdefault(known.partner_id, known)
    return next(iter(found.values())) if len(found) == 1 else None


def partners_awaiting(
    session: Session, *, ws: Workspace, understood: ParseResult, text: str, new_name: str | None = None
) -> list[tuple[int, str]]:
    """The partners whose pledged things a delivery note names when it names no partner.

    "Kureren kom med bamserne i dag": the bears are the agreement of whoever pledged bears and has
    not delivered them yet. One such partner is the answer; several are the choice to offer.
    new_name is an organisation the text seemed to name that no partner has: it counts only when
    it is itself one of the awaited things ("Bamserne er kommet").
    """
    if not (understood.arrived or "delivered" in understood.updates):
        return []
    if new_name is not None and (len(new_name.split()) > 1 or not _thing(new_name)):
        return []
    said = new_name if new_name is not None else " ".join([text, *(item.what for item in understood.items)])
    goods = awaited_goods(session, ws=ws)
    found: dict[int, str] = {}
    for index in things_named([pledge.what for pledge, _ in goods], said):
        pledge, name = goods[index]
        found.setdefault(pledge.partner_id, name)
    return list(found.items())


def _partner_for(
    session: Session,
    ws: Workspace,
    name: str,
    *,
    user_id: str,
    interaction: Interaction,
    kind: PartnerKind | None = None,
) -> tuple[int, bool]:
    """A partner by name: the known one, or a new prospect created by this log (undo removes it)."""
    found = resolve_partner(session, ws=ws, name=name)
    if found is not None:
        return found, False
    from bot.domain.logbook import guess_kind  # the logbook imports this module

    partner = create_partner(
        session,
        ws=ws,
        name=name[:200],
        kind=kind or guess_kind(name),
        created_by=user_id,
        created_by_interaction_id=interaction.id,
        allow_duplicate=True,
    )
    return partner.id, True


# ----- agreements -----------------------------------------------------------------------------------


# Money in another currency is kept on the agreement as written ("GBP 2000", "USD 1500.00"), in
# `what`, and never converted into kroner (logbook.pledges_from writes it, the totals read it).
_FOREIGN = re.compile(r"^([A-Z]{3}) (\d+(?:\.\d+)?)$")


def foreign_what(currency: str, amount: object) -> str:
    """How an agreement keeps an amount in another currency."""
    return f"{currency} {amount}"


def foreign_amount(what: str | None) -> tuple[str, int] | None:
    """The currency and whole amount of an agreement for money in another currency, if it is one."""
    m = _FOREIGN.match((what or "").strip())
    return (m.group(1), int(round(float(m.group(2))))) if m else None


@dataclass
class PledgeSpec:
    """An ask or agreement a log describes (logbook.pledges_from), before it is matched to the
    partner's agreements: a new pledge row, or the change it makes to one."""

    kind: PledgeKind
    status: PledgeStatus = PledgeStatus.PROPOSED
    amount_dkk: int | None = None
    quantity: int | None = None
    what: str | None = None
    value_dkk: int | None = None  # in-kind value of the goods, never cash
    bare: bool = False  # no ask named it, only an answer or an update ("de er med", "it came"); never stored

    def row(self) -> dict[str, Any]:
        """The columns a new pledge takes from it (status and value are set apart)."""
        return {"kind": self.kind, "amount_dkk": self.amount_dkk, "quantity": self.quantity, "what": self.what}

    def to_json(self, status: PledgeStatus) -> dict[str, Any]:
        """The spec as a log's record keeps it for an unclear agreement, with the status it moves to."""
        out = {k: v for k, v in asdict(self).items() if v is not None and k != "bare"}
        return {**out, "kind": self.kind.value, "status": status.value}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PledgeSpec:
        """Read back `to_json`."""
        return cls(
            kind=PledgeKind(data["kind"]),
            status=PledgeStatus(data["status"]),
            amount_dkk=data.get("amount_dkk"),
            quantity=data.get("quantity"),
            what=data.get("what"),
            value_dkk=data.get("value_dkk"),
        )


def _snapshot(p: Pledge) -> dict[str, Any]:
    return {
        "status": p.status.value,
        "amount_dkk": p.amount_dkk,
        "what": p.what,
        "quantity": p.quantity,
        "value_dkk": p.value_dkk,
        "evidence": p.evidence,
        "evidence_at": p.evidence_at.isoformat() if p.evidence_at else None,
    }


def _is_at(p: Pledge, snap: dict[str, Any]) -> bool:
    """The agreement is as the snapshot says (a snapshot from before 'what' was kept says nothing of it)."""
    now = _snapshot(p)
    return all(now.get(key) == value for key, value in snap.items())


def _restore_snapshot(p: Pledge, snap: dict[str, Any]) -> None:
    p.status = PledgeStatus(snap["status"])
    p.what = snap.get("what", p.what)
    p.amount_dkk, p.quantity, p.value_dkk = snap.get("amount_dkk"), snap.get("quantity"), snap.get("value_dkk")
    p.evidence = snap.get("evidence")
    p.evidence_at = datetime.fromisoformat(snap["evidence_at"]) if snap.get("evidence_at") else None


# Inflection endings a thing's name sheds before it is compared: Danish definite and plural
# (-erne, -ene, -en, -et, -er, -e; -ne comes as -ene or -erne) and English plural (-es, -s).
_ENDINGS = ("erne", "ere", "ene", "en", "et", "er", "es", "e", "s")
_DOUBLED = re.compile(r"([b-df-hj-np-tv-z])\1$")


def thing_key(word: str) -> str:
    """One word as the thing it names, so its forms meet: "bamse", "bamsen", "bamser" and
    "bamserne" have one key, as have "bog", "bøgerne" / "book", "books" / "box", "boxes", and "oplæser",
    "oplæseren", "oplæsere", "oplæserne".

    Folded as names are (storage.names: lowercase ASCII), then up to three inflection endings go,
    each leaving three letters or more, with a doubled last consonant made single ("kopper",
    "kop"); a last y is i ("teddy", "teddies"); last, æ/ø/å are loosened as in names ("boeg",
    "bog"; after the endings, so "logoet" is "logo"). A compound keeps its first part:
    "læselamper" and "læsebamser" stay apart (see `things_named` for the head).
    """
    key = search_key(word).replace(" ", "")
    for _ in range(3):  # "oplæseren": -en, -er, -es
        ending = next((e for e in _ENDINGS if key.endswith(e) and len(key) - len(e) >= 3), "")
        key = _DOUBLED.sub(r"\1", key[: len(key) - len(ending)])
    key = loose_key(key[:-1] + "i" if key.endswith("y") else key)
    return _SAME_THING.get(key, key)


# The keys of things said in English and in Danish that are the same things, so "the 300 books" finds
# the "300 bøger" and "the gift cards" the "gavekort" (keys as thing_key makes them).
_SAME_THING = {
    "book": "bog",
    "copi": "bog",
    "eksemplar": "bog",
    "bear": "bam",
    "card": "gavekort",
    "vouch": "gavekort",
    "bag": "pos",
    "post": "plakat",
    "tick": "bil",
    "hamp": "kurv",
    "cak": "kag",
}


def _keys(text: str | None) -> list[str]:
    return [thing_key(w) for w in search_key(text or "").split() if len(w) >= 3]


def _thing(what: str | None) -> str:
    """The key of the thing an agreement is for: its last word ("reading lamps" -> lamps)."""
    keys = _keys(what)
    return keys[-1] if keys else ""


# An agreement with no thing of its own is named by the words for its kind, where a withdrawal says what stays
# ("the stand is cancelled; the sparring continues").
_KIND_NAMED = {
    PledgeKind.ADVICE: re.compile(
        r"\b(?:sparring\w*|rådgivning\w*|advice|advising|mentor\w*|consult\w*|coaching|ekspertise|expertise)\b",
        re.IGNORECASE,
    ),
    PledgeKind.TIME: re.compile(
        r"\b(?:frivillig\w*|volunteer\w*|oplæs\w*|readers?|speakers?|foredrag\w*|talks?|hjælper\w*|helpers?)\b",
        re.IGNORECASE,
    ),
}


def _named_in(pledges: list[Pledge], text: str | None) -> list[Pledge]:
    """The agreements whose things the text names (`things_named`)."""
    return [pledges[i] for i in things_named([p.what for p in pledges], text)]


def _kind_named(pledges: list[Pledge], text: str) -> list[Pledge]:
    """The agreements without a thing of their own whose kind the text names ("the sparring continues")."""
    return [p for p in pledges if not p.what and (words := _KIND_NAMED.get(p.kind)) is not None and words.search(text)]


def _fit(thing: str, word: str) -> int:
    """2: the same word; 1: one is the head of the other as a compound ("bamser" in "læsebamser")."""
    if not thing or not word:
        return 0
    if thing == word:
        return 2
    short, long = sorted((thing, word), key=len)
    return 1 if long.endswith(short) and len(long) - len(short) >= 3 else 0


def _without_partner_names(text: str, partner: Partner, understood: ParseResult) -> str:
    """The text with the partner's name and the organisation as written (an alias, a misspelling) blanked,
    positions kept."""
    names = {partner.name, understood.organization or ""}
    for name in sorted(filter(None, names), key=len, reverse=True):
        text = re.sub(re.escape(name), lambda m: " " * len(m.group(0)), text, flags=re.IGNORECASE)
    return text


def _each_named(pledges: list[Pledge], text: str) -> bool:
    """Whether the text names every one of these agreements by a thing of its own ("sodavandene og
    gavekortene er kommet" names both; "gavekortene" for two gift-card agreements names neither alone)."""
    things = {_thing(p.what) for p in pledges}
    return len(pledges) > 1 and len(things) == len(pledges) and len(_named_in(pledges, text)) == len(pledges)


def things_named(whats: Sequence[str | None], text: str | None) -> list[int]:
    """Which of the things (agreements' `what`) a text names, as indexes into whats.

    Every word of the text names the things whose key it is ("Læselamperne" names "læselamper",
    never "læsebamser"), or, when no thing is that word, the things it is the compound head or
    whole of ("bamserne" names "læsebamser" when nobody awaits plain "bamser").
    """
    things = [_thing(w) for w in whats]
    named: set[int] = set()
    for word in set(_keys(text)):
        fits = [_fit(thing, word) for thing in things]
        best = max(fits, default=0)
        named.update(i for i, fit in enumerate(fits) if fit and fit == best)
    return sorted(named)


def log_status(understood: ParseResult, text: str, base: PledgeStatus) -> PledgeStatus:
    """What this log says the agreement has come to, from its update cues and kind."""
    updates = set(understood.updates)
    if "declined" in updates and (understood.agreement in ("no", None) or _WITHDRAW.search(text)):
        return PledgeStatus.DECLINED
    if "delivered" in updates:
        return PledgeStatus.DELIVERED
    if "contract" in updates:
        return PledgeStatus.CONTRACT_SIGNED
    if "in_writing" in updates and (understood.kind == "email" or _WRITTEN_WORDS.search(text)):
        return PledgeStatus.CONFIRMED_EMAIL
    if "in_writing" in updates and base is PledgeStatus.PROPOSED:
        return PledgeStatus.VERBAL
    return base


def _rank(status: PledgeStatus) -> int:
    return LADDER.index(status) if status in LADDER else -1


def _candidates(existing: list[Pledge], spec: PledgeSpec, changing: bool) -> list[Pledge]:
    """The live agreements this spec may be about: same kind, same amount, or same things."""
    kind = spec.kind
    same_kind = [p for p in existing if p.kind is kind]
    if kind is PledgeKind.MONEY:
        amount = spec.amount_dkk
        foreign = foreign_amount(spec.what) if amount is None else None
        if foreign is not None:
            # "£3,000 instead of £2,000" changes the pounds; pounds never update (or hide behind) kroner.
            same_currency = [p for p in same_kind if (foreign_amount(p.what) or ("",))[0] == foreign[0]]
            return [p for p in same_currency if foreign_amount(p.what) == foreign] or (
                same_currency if changing else []
            )
        if amount is None:
            return same_kind
        same = [p for p in same_kind if p.amount_dkk == amount]
        bare = [p for p in same_kind if p.amount_dkk is None and not foreign_amount(p.what)]
        return same or (same_kind if changing else bare)
    if kind in (PledgeKind.PRODUCTS, PledgeKind.BOOKS):
        thing, qty = _thing(spec.what), spec.quantity
        if thing:
            same = _named_in(same_kind, spec.what)
            if not same and kind is PledgeKind.PRODUCTS:
                # "bamser" may have been saved as books or products; look across both.
                same = _named_in([p for p in existing if p.kind is PledgeKind.BOOKS], spec.what)
            if len(same) > 1 and qty:
                same = [p for p in same if p.quantity == qty] or same  # "de sidste 10 slikposer": the 10 left
            if not same and qty:
                # the same count in the other language: "300 bøger" confirmed as "the 300 books"
                same = [p for p in same_kind if p.quantity == qty]
        else:
            same = [p for p in same_kind if qty and p.quantity == qty]
        # An ask without a number ("spurgte om bamser") becomes the agreement once numbers come.
        return same or [p for p in same_kind if not p.quantity and (not p.what or not thing)]
    return same_kind


@dataclass
class Settled:
    """What settling a log's agreements did."""

    created: list[int]
    changes: list[dict[str, Any]]
    asks: list[dict[str, Any]]
    last_status: PledgeStatus | None
    live: list[Pledge] = field(default_factory=list)  # the partner's agreements still on, after the log


def settle_pledges(
    session: Session,
    *,
    ws: Workspace,
    partner: Partner,
    interaction: Interaction,
    understood: ParseResult,
    text: str,
    specs: list[PledgeSpec],
    user_id: str,
    contact_id: int | None,
) -> Settled:
    """Apply a log's asks and agreements: advance or change the agreement they are about, create
    the ones that are new, and ask (never duplicate) when several could be meant."""
    settled = Settled([], [], [], None)
    updates = set(understood.updates)
    if not specs and updates & {"in_writing", "contract", "delivered", "declined"}:
        # "Jyske Bank trækker sig", "the money arrived": about the agreements we have.
        specs = [PledgeSpec(PledgeKind.OTHER, bare=True)]
    specs = _in_kind_specs(understood, specs)
    specs = _file_items_under_owners(session, ws, partner, interaction, understood, specs, user_id, settled)
    every = live_pledges(session, ws=ws, partner_id=partner.id)
    existing = [p for p in every if p.status not in CLOSED]
    refused_before = [p for p in every if p.status is PledgeStatus.DECLINED]
    open_money = [p for p in existing if p.kind is PledgeKind.MONEY and p.amount_dkk and p.status in _OPEN_FOR_CHANGE]
    factor = _multiplied(text)
    if len(open_money) == 1 and factor and not any(s.amount_dkk for s in specs):
        # "Handelsbanken halverer beløbet", "Pinecrest is doubling it": the one open amount, halved or doubled
        specs = [s for s in specs if s.kind is not PledgeKind.MONEY]
        specs.append(
            PledgeSpec(
                PledgeKind.MONEY, PledgeStatus.PROPOSED, amount_dkk=int((open_money[0].amount_dkk or 0) * factor)
            )
        )
        updates.add("changed")
    if "delivered" in updates:
        whole = _deliver_part(session, ws, existing, interaction, understood, text, settled)
        if whole:  # the rest of the whole is still to come; only other numbers the log names move on
            specs = [s for s in specs if (s.quantity or s.amount_dkk) and not {s.quantity, s.amount_dkk} & whole]
    concrete = [s for s in specs if s.amount_dkk is not None or s.quantity or s.what]
    changing = "changed" in updates
    # The partner's own name names no thing: "Baker's Books confirmed the 5,000" is not about the books.
    things_text = _without_partner_names(text, partner, understood)
    said, not_yet = split_not_yet(things_text)
    seen: set[int] = set()
    refusal = functools.cache(lambda: _refused(existing, things_text))  # read once, when a refusal first needs it
    # "money not received yet, it will be paid before Easter": a delivery said only in a not-yet clause is none
    came = "delivered" not in updates or "delivered" in find_updates(said.lower())
    for spec in specs:
        existing = [p for p in existing if p.status not in CLOSED]  # what this log closed moves no further
        status = log_status(understood, text, spec.status)
        if status is PledgeStatus.DELIVERED and not came:
            status = spec.status if spec.status is not PledgeStatus.DELIVERED else PledgeStatus.PROPOSED
        if status in _MOVING and spec in concrete and {spec.amount_dkk, spec.quantity} & _numbers(not_yet):
            status = spec.status  # "men de 5.000 kr. er ikke kommet endnu": that one stays where it is
        if (
            spec not in concrete
            and concrete
            and spec.kind not in (PledgeKind.TIME, PledgeKind.ADVICE)
            and not _given_beside_money(things_text, spec.kind)
        ):
            # "money" as an ask beside "25.000 kr." is the same agreement, as are the goods money buys; people's time
            # or advice is never what money buys ("og deres direktør vil gerne læse op ved åbningen")
            continue
        if spec not in concrete:
            moving = status in _MOVING  # "not yet" holds back a delivery or confirmation, never a no ("can't do it")
            matches = _generic_matches(
                existing, spec, status, said if moving else things_text, not_yet if moving else ""
            )
            if status in CLOSED and (refused := refusal()) is not None:
                matches = [p for p in matches if p in refused]  # "trækker gavekortene tilbage, men pengene står"
                if not matches and any(p.kind is spec.kind for p in existing):
                    continue
            if (
                status is PledgeStatus.DELIVERED
                and _names_a_promise(session, ws, partner.id, things_text)
                and not _names_a_pledge(matches, things_text)
            ):
                continue  # "logoet er kommet" is the partner's promise arriving, not the agreement
        else:
            matches = _candidates(existing, spec, changing)
            if status in _MOVING and len(matches) > 1:
                # "remaining 6,000 DKK received" beside the 6,000 delivered already: the one still to move
                matches = [p for p in matches if _rank(p.status) < _rank(status)] or matches
            if not matches and status not in CLOSED:
                # "they found money after all and will give the 10,000 DKK we asked for": the ask they refused, now agreed
                matches = [
                    p
                    for p in refused_before
                    if p.kind is spec.kind and (spec.amount_dkk, spec.quantity) == (p.amount_dkk, p.quantity)
                ][:1]
            if status in CLOSED and matches and (refused := refusal()) is not None:
                # "withdraws the bean bags, but the 10,000 DKK stands": the amount is not what they withdraw
                matches = [p for p in matches if p in refused]
                if not matches:
                    continue
            rivals = [] if matches or changing else _other_amounts(existing, spec, settled.created, text)
            if len(rivals) == 1 and rivals[0].status is PledgeStatus.PROPOSED:
                # "spurgte om 20.000 kr." then "de giver 10.000 kr.": the answer to that ask, at its amount
                change = _advance(
                    rivals[0], spec, log_status(understood, text, spec.status), interaction, understood, text, True
                )
                seen.add(rivals[0].id)
                if change:
                    settled.changes.append(change)
                    settled.last_status = PledgeStatus(change["after"]["status"])
                continue
            if rivals:
                # "Salling giver 12.000 kr." beside their 10.000: changed, or a second agreement? Asked, not copied.
                ask = {"spec": spec.to_json(status), "candidates": [p.id for p in rivals], "or_new": True}
                settled.asks.append(ask)
                seen.update(p.id for p in rivals)
                continue
        is_update = (
            bool(updates & {"in_writing", "contract", "delivered", "declined", "changed"})
            or spec not in concrete
            or _restates(matches, spec)
            or any(p.amount_dkk is None and not p.quantity for p in matches)
        )
        seen.update(p.id for p in matches)
        # A partner that pulls out naming nothing in particular withdraws all it agreed ("Salling har trukket
        # sig", "pulled out"); a confirmation, contract or delivery naming nothing asks which ("bekræfter på mail").
        all_of_them = (
            bool(_ALL_OF_THEM.search(text))
            or (spec.kind is PledgeKind.OTHER and spec not in concrete and status in CLOSED)
            or (spec not in concrete and _each_named(matches, said if status in _MOVING else things_text))
        )
        if matches and is_update:
            if len(matches) > 1 and not all_of_them:
                settled.asks.append({"spec": spec.to_json(status), "candidates": [p.id for p in matches]})
                continue
            for pledge in matches if len(matches) > 1 and all_of_them else matches[:1]:
                change = _advance(pledge, spec, status, interaction, understood, text, changing)
                if change:
                    settled.changes.append(change)
                    settled.last_status = PledgeStatus(change["after"]["status"])
            continue
        if spec not in concrete and every and status is PledgeStatus.PROPOSED and _NOT_YET.search(things_text):
            # "Stand at SuperBrugsen not set up yet": what has not happened is no new ask, also when the agreement it
            # names was called off ("the sausage rolls haven't arrived yet" after "can't do the sausage rolls")
            continue
        if spec not in concrete and spec.bare and (existing or understood.agreement in (None, "maybe")):
            # a bare yes or "it came" is about the agreements we have; never invent one. A maybe that names nothing
            # asked ("maybe up for reading teddies, needs to check stock") is no agreement yet: the stage says it.
            continue
        if spec not in concrete and any(p.kind is spec.kind for p in existing):
            # "pengene er ikke kommet endnu", "men pengene står ved magt", "in addition to the money": the agreement
            # of that kind we have, named without an amount; never a second one beside it. Something else they
            # give is new ("also lends us their meeting room", "yes to the van").
            continue
        evidence = (
            _evidence(interaction, understood, text)
            if status in (PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED)
            else None
        )
        pledge = create_pledge(
            session,
            ws=ws,
            partner_id=partner.id,
            contact_id=contact_id,
            evidence=evidence,
            created_by=user_id,
            created_by_interaction_id=interaction.id,
            **spec.row(),
            value_dkk=spec.value_dkk,
            status=status,
        )
        settled.created.append(pledge.id)
        if status not in CLOSED:  # an ask refused in the same breath is nothing a later spec can move
            existing.append(pledge)
        seen.add(pledge.id)
        settled.last_status = status
    _move_the_others_named(existing, seen, concrete, understood, text, said, interaction, settled)
    if "declined" in updates and (refused := refusal()):
        # "trækker bøgerne, men pengene står": the books no spec of the log reached are withdrawn too
        for pledge in refused:
            if pledge.id not in seen and _movable(pledge, PledgeStatus.DECLINED) and pledge.status not in CLOSED:
                seen.add(pledge.id)
                change = _advance(
                    pledge, PledgeSpec(pledge.kind), PledgeStatus.DECLINED, interaction, understood, text, False
                )
                if change:
                    settled.changes.append(change)
                    settled.last_status = PledgeStatus(change["after"]["status"])
    settled.live = [p for p in existing if p.status not in CLOSED]
    return settled


# "leveret 20 af de 30 slikposer", "5.000 af de 10.000 kr. er indbetalt", "delivered 20 of the 30 bags".
_PART_OF = re.compile(
    r"(?<![\d.,])(?P<part>\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:kr\.?|dkk|,-)?\s+(?:af|of|out of|ud af)\s+"
    r"(?:de|the|vores|our|deres|their)?\s*(?P<whole>\d{1,3}(?:[.,]\d{3})*|\d+)(?![\d.,]\d)",
    re.IGNORECASE,
)


# "delivered the first 100", "de første 20 er kommet": the first part of a counted agreement.
_FIRST_N = re.compile(
    r"\b(?:the first|de første|første|first)\s+(?P<n>\d{1,5})\b(?!\s*(?:kr|dkk|%|[.,]\d))", re.IGNORECASE
)
# "halvdelen af bamserne", "half (of) the money", "en tredjedel af pengene": a share of one agreement came.
_FRACTIONS = {
    "halvdelen": 1 / 2,
    "halvdel": 1 / 2,
    "half": 1 / 2,
    "en tredjedel": 1 / 3,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "en fjerdedel": 1 / 4,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "to tredjedele": 2 / 3,
    "two thirds": 2 / 3,
}
_FRACTION_OF = re.compile(
    r"\b(?P<share>halvdelen|halvdel|half|en tredjedel|a third|one third|en fjerdedel|a quarter|one quarter|to tredjedele"
    r"|two thirds)\b(?:\s+(?:(?:af|of)\s+)?(?:(?:de|the|deres|their)\s+)?"
    r"(?P<what>\d[\d.,]*\d|(?!(?:nu|now|i|in|today|af|of|til|to|på|on)\b)[\wæøåÆØÅ-]+))?",
    re.IGNORECASE,
)


def _deliver_part(
    session: Session,
    ws: Workspace,
    existing: list[Pledge],
    interaction: Interaction,
    understood: ParseResult,
    text: str,
    settled: Settled,
) -> set[int]:
    """A delivery of part of an agreement splits it: the part delivered becomes an agreement of its own, the
    rest stays where it was, so pledged stays the same and delivered counts only what came. Returns the
    numbers it read ("20", "30") so the log's own reading of them moves nothing more."""
    wholes: set[int] = set()
    for pledge, part, by_count in _parts_delivered(existing, understood, text):
        whole = (pledge.quantity if by_count else pledge.amount_dkk) or 0
        wholes.update((part, whole, whole - part))  # "rcvd 10,000, rest (15k) after Q2": the rest is no delivery
        _split(
            session,
            ws,
            pledge,
            part,
            by_count=by_count,
            interaction=interaction,
            understood=understood,
            text=text,
            settled=settled,
        )
    return wholes


def _parts_delivered(existing: list[Pledge], understood: ParseResult, text: str) -> list[tuple[Pledge, int, bool]]:
    """The parts of agreements a delivery note says came, as (agreement, part, counted in pieces).

    Read from "20 af de 30 slikposer" / "5.000 of the 10.000"; else from a share ("halvdelen af bamserne",
    "half the money"); else an amount or a count that came which is smaller than the one open agreement it
    can be part of, when no agreement is of that size ("Jyske Bank har overført 10.000 kr. – resten kommer i
    januar" beside their 25.000)."""
    open_ones = [p for p in existing if p.status is not PledgeStatus.DELIVERED]
    found: dict[int, tuple[Pledge, int, bool]] = {}
    for m in _PART_OF.finditer(text):
        part, whole = (int(re.sub(r"[.,]", "", m.group(g))) for g in ("part", "whole"))
        pledge = next((p for p in open_ones if whole in (p.quantity, p.amount_dkk)), None)
        if pledge is not None and 0 < part < whole:
            found.setdefault(pledge.id, (pledge, part, pledge.quantity == whole))
    said_text = split_not_yet(text)[0]
    for m in [] if found else _FRACTION_OF.finditer(said_text):
        if not m.group("what"):  # "har betalt halvdelen": of the one open agreement there is
            shared = open_ones if len(open_ones) == 1 else []
        elif m.group("what")[0].isdigit():  # "half of the 18,000 DKK": the agreement of that size
            size = int(re.sub(r"[.,]", "", m.group("what")))
            shared = [p for p in open_ones if size in (p.amount_dkk, p.quantity)]
        elif _MONEY_WORDS.search(m.group("what")):
            shared = [p for p in open_ones if p.kind is PledgeKind.MONEY and p.amount_dkk]
        else:
            shared = _named_in([p for p in open_ones if p.quantity], m.group("what"))
        if len(shared) == 1:
            by_count = shared[0].kind is not PledgeKind.MONEY
            whole = (shared[0].quantity if by_count else shared[0].amount_dkk) or 0
            part = round(whole * _FRACTIONS[m.group("share").lower()])
            if 0 < part < whole:
                found.setdefault(shared[0].id, (shared[0], part, by_count))
    for m in [] if found else _FIRST_N.finditer(said_text):
        part = int(m.group("n"))
        counted = [p for p in open_ones if p.kind is not PledgeKind.MONEY and (p.quantity or 0) > part]
        if len(counted) == 1:  # "delivered the first 100" of the 300
            found.setdefault(counted[0].id, (counted[0], part, True))
    if found:
        return list(found.values())
    said = _numbers(said_text)
    money = [p for p in existing if p.kind is PledgeKind.MONEY]
    for amount in understood.money:
        part = int(amount.amount)
        bigger = [p for p in open_ones if p in money and (p.amount_dkk or 0) > part]
        if (amount.currency or "DKK") == "DKK" and part in said and len(bigger) == 1:
            if not any(p.amount_dkk == part for p in money):
                found.setdefault(bigger[0].id, (bigger[0], part, False))
    for item in understood.items:
        part = int(item.quantity or 0)
        counted = _named_in([p for p in open_ones if p.quantity], item.what)
        if part in said and len(counted) == 1 and 0 < part < (counted[0].quantity or 0):
            found.setdefault(counted[0].id, (counted[0], part, True))
    return list(found.values())


def _split(
    session: Session,
    ws: Workspace,
    pledge: Pledge,
    part: int,
    *,
    by_count: bool,
    interaction: Interaction,
    understood: ParseResult,
    text: str,
    settled: Settled,
) -> None:
    """Split `part` off an agreement as delivered; the rest stays as it was."""
    whole = (pledge.quantity if by_count else pledge.amount_dkk) or 0
    before = _snapshot(pledge)
    value = round(pledge.value_dkk * part / whole) if pledge.value_dkk else None
    if by_count:
        pledge.quantity = whole - part
    else:
        pledge.amount_dkk = whole - part
    if value and pledge.value_dkk:
        pledge.value_dkk -= value
    settled.changes.append({"id": pledge.id, "before": before, "after": _snapshot(pledge), "split": True})
    delivered = create_pledge(
        session,
        ws=ws,
        partner_id=pledge.partner_id,
        contact_id=pledge.contact_id,
        campaign_id=pledge.campaign_id,
        evidence=_evidence(interaction, understood, text),
        created_by=interaction.logged_by,
        created_by_interaction_id=interaction.id,
        kind=pledge.kind,
        amount_dkk=None if by_count else part,
        quantity=part if by_count else None,
        what=pledge.what,
        value_dkk=value,
        status=PledgeStatus.DELIVERED,
    )
    settled.created.append(delivered.id)
    settled.last_status = PledgeStatus.DELIVERED


def _move_the_others_named(
    existing: list[Pledge],
    seen: set[int],
    concrete: list[PledgeSpec],
    understood: ParseResult,
    text: str,
    said: str,
    interaction: Interaction,
    settled: Settled,
) -> None:
    """One confirmation or delivery of several agreements: "bekræfter skriftligt de 5.000 kr. og
    gavekortene" moves the gift cards the amount's own spec did not reach."""
    status = log_status(understood, text, PledgeStatus.PROPOSED)
    # a confirmation names what it confirms ("confirmed the reading circles by email"); a delivery without an
    # amount or a count of its own ("har overført 10.000 kr. – resten kommer") moves only what its specs reached
    if status not in _MOVING or (
        not concrete and status not in (PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED)
    ):
        return
    said = _PURPOSE.sub(lambda m: " " * len(m.group(0)), said)
    others = [p for p in existing if p.id not in seen]
    named = _named_in([p for p in others if p.kind is not PledgeKind.MONEY], said)
    if not any(s.kind is PledgeKind.MONEY for s in concrete) and _MONEY_WORDS.search(said):
        named += [p for p in others if p.kind is PledgeKind.MONEY]
    for pledge in named:
        change = _advance(pledge, PledgeSpec(pledge.kind), status, interaction, understood, text, False)
        if change:
            settled.changes.append(change)
            settled.last_status = PledgeStatus(change["after"]["status"])


# Words that make an amount a further agreement beside the one we have, not a change of it.
_ANOTHER = re.compile(
    r"\b(?:also|as well|in addition|additionally|on top|extra|another|a further|further|separate\w*|more for"
    r"|også|desuden|derudover|yderligere|ekstra|oven i|endnu (?:en|et)|et ekstra|en ekstra|en anden|et andet)\b",
    re.IGNORECASE,
)


def _other_amounts(existing: list[Pledge], spec: PledgeSpec, created: list[int], text: str) -> list[Pledge]:
    """The partner's open money agreements an amount of another size may be changing (neither delivered nor
    closed, nor made by this log); none when the text says the amount comes on top ("giver desuden")."""
    if spec.kind is not PledgeKind.MONEY or spec.amount_dkk is None or _ANOTHER.search(text):
        return []
    return [
        p
        for p in existing
        if p.kind is PledgeKind.MONEY
        and p.id not in created
        and p.amount_dkk is not None
        and p.amount_dkk != spec.amount_dkk
        and p.status not in (PledgeStatus.DELIVERED, *CLOSED)
    ]


def _restates(matches: list[Pledge], spec: PledgeSpec) -> bool:
    """The log names an agreement we already have (same amount, or same things and number)."""
    for p in matches:
        if spec.amount_dkk is not None and p.amount_dkk == spec.amount_dkk:
            return True
        if spec.quantity and p.quantity == spec.quantity:
            return True
        if spec.what and not spec.quantity and things_named([p.what], spec.what):
            return True
    return False


_MONEY_WORDS = re.compile(
    r"penge|beløb|\bkr\b|kroner|overført|betal|money|payment|paid|transfer|cheque|\bchecks?\b(?! (?:in|with|back|on|if|whether))|sponsor\w*|cash|kontant\w*",
    re.IGNORECASE,
)


def _generic_matches(
    existing: list[Pledge], spec: PledgeSpec, status: PledgeStatus, text: str, not_yet: str = ""
) -> list[Pledge]:
    """A log that speaks of 'the agreement' without amount: the open agreements it can move,
    narrowed to money or to the things the text names when it names them. `text` is what the log
    says has happened; what `not_yet` names ("pengene er ikke kommet endnu") is left where it is."""
    held = set(map(id, _named_in(existing, not_yet)))
    if _MONEY_WORDS.search(not_yet) and not _MONEY_WORDS.search(text):
        held.update(id(p) for p in existing if p.kind is PledgeKind.MONEY)
    existing = [p for p in existing if id(p) not in held]
    if spec.kind is not PledgeKind.OTHER:
        # "resten af slikposerne er kommet": not the part already delivered
        same_kind = [p for p in existing if p.kind is spec.kind and _movable(p, status)]
        return _named_in(same_kind, text) or same_kind  # "læselamperne er kommet": not the bears
    movable = [p for p in existing if _movable(p, status)]
    if not spec.bare and any(p.kind is PledgeKind.OTHER for p in movable):
        # "underskrevet kontrakt om festsalen": something other named as such is the other agreement we have
        movable = [p for p in movable if p.kind is PledgeKind.OTHER]
    if status in CLOSED and _ALL_OF_THEM.search(text) and not _STANDS.search(text):
        return movable  # "pulls out entirely: no sponsorships this year" withdraws the things too
    named = _named_in(movable, text)
    if named:
        return named
    if _MONEY_WORDS.search(text):
        return [p for p in movable if p.kind is PledgeKind.MONEY] or movable
    if status in CLOSED and not spec.bare and not any(p.kind is PledgeKind.OTHER for p in movable):
        return []  # "de trækker lokalet" when no room was agreed: a no to that, never to the money and goods
    return movable


def _movable(pledge: Pledge, status: PledgeStatus) -> bool:
    """Whether a log can move an agreement to `status`: forward, or closed unless it was delivered already
    ("they cancel the remaining bibs" after the first 100 came: not the 100)."""
    if status in CLOSED:
        return pledge.status is not PledgeStatus.DELIVERED
    return _rank(pledge.status) < _rank(status)


def _advance(
    pledge: Pledge,
    spec: PledgeSpec,
    status: PledgeStatus,
    interaction: Interaction,
    understood: ParseResult,
    text: str,
    changing: bool,
) -> dict[str, Any] | None:
    """Move one agreement on; the change as {id, before, after} or None when nothing changed."""
    before = _snapshot(pledge)
    if status in CLOSED:
        pledge.status = (
            PledgeStatus.CANCELLED if _rank(pledge.status) >= _rank(PledgeStatus.VERBAL) else PledgeStatus.DECLINED
        )
    elif _rank(status) > _rank(pledge.status):
        pledge.status = status
        if status in (PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED) or (
            status is PledgeStatus.DELIVERED and not pledge.evidence
        ):
            pledge.evidence = _evidence(interaction, understood, text)
            pledge.evidence_at = interaction.occurred_at
    if spec.amount_dkk is not None and spec.amount_dkk != pledge.amount_dkk and (changing or pledge.amount_dkk is None):
        pledge.amount_dkk = spec.amount_dkk
    if changing and foreign_amount(spec.what) and foreign_amount(pledge.what) and spec.what != pledge.what:
        pledge.what = spec.what  # the amount in another currency, changed
    if spec.quantity and spec.quantity != pledge.quantity and (changing or not pledge.quantity):
        if changing and pledge.quantity and pledge.value_dkk and not spec.value_dkk:
            # "50 books instead of 30": the goods' value was for 30 pieces; it is now for 50
            pledge.value_dkk = round(pledge.value_dkk * spec.quantity / pledge.quantity)
        pledge.quantity = spec.quantity
        pledge.what = pledge.what or spec.what
    if spec.value_dkk and (not pledge.value_dkk or changing):
        pledge.value_dkk = spec.value_dkk
    after = _snapshot(pledge)
    if after == before:
        return None
    return {"id": pledge.id, "before": before, "after": after}


def _evidence(interaction: Interaction, understood: ParseResult, text: str) -> str:
    subject = understood.email.get("subject")
    what = f"e-mail: {subject}" if subject else text[:300]
    return f"log #{interaction.id}: {what}"


def _in_kind_specs(understood: ParseResult, specs: list[PledgeSpec]) -> list[PledgeSpec]:
    """Take an estimated value of goods out of the cash and put it on the goods."""
    value = int(understood.value_dkk or 0)
    if not value:
        return specs
    left = value
    out: list[PledgeSpec] = []
    for spec in specs:
        amount = spec.amount_dkk
        if spec.kind is PledgeKind.MONEY and amount is not None and 0 < amount <= left:
            left -= amount
            continue
        out.append(spec)
    goods = [s for s in out if s.kind in (PledgeKind.PRODUCTS, PledgeKind.BOOKS, PledgeKind.OTHER)]
    if any(s.value_dkk is not None for s in goods):
        return out  # "60 bamser og 20 brætspil, samlet værdi 9.000 kr.": the value is on the goods already, once
    if goods:
        goods[0].value_dkk = value
    else:
        status = specs[0].status if specs else PledgeStatus.PROPOSED
        out.append(PledgeSpec(PledgeKind.PRODUCTS, status, value_dkk=value))
    return out


def _file_items_under_owners(
    session: Session,
    ws: Workspace,
    partner: Partner,
    interaction: Interaction,
    understood: ParseResult,
    specs: list[PledgeSpec],
    user_id: str,
    settled: Settled,
) -> list[PledgeSpec]:
    """'DHL sender Brios 180 bamser': the bears are Brio's agreement, not the courier's."""
    owners = understood.item_owners
    if not owners:
        return specs
    kept = []
    for spec in specs:
        owner = next((o for o in owners if spec.quantity == o.quantity), None)
        if owner is None:
            kept.append(spec)
            continue
        if search_key(owner.organization) in search_key(partner.name):
            kept.append(spec)
            continue
        owner_id, _ = _partner_for(session, ws, owner.organization, user_id=user_id, interaction=interaction)
        if owner_id == partner.id:
            kept.append(spec)
            continue
        other = get_partner(session, ws=ws, partner_id=owner_id)
        if other is None:
            kept.append(spec)
            continue
        # The courier's line tells where the owner's items are; it never adds to them.
        theirs = [
            p
            for p in _candidates(live_pledges(session, ws=ws, partner_id=owner_id), spec, False)
            if p.status not in CLOSED
        ]
        status = log_status(understood, interaction.raw_text, PledgeStatus.PROPOSED)
        if theirs and status is PledgeStatus.DELIVERED:
            change = _advance(theirs[0], spec, status, interaction, understood, interaction.raw_text, False)
            if change:
                settled.changes.append(change)
        elif not theirs:
            pledge = create_pledge(
                session,
                ws=ws,
                partner_id=owner_id,
                created_by=user_id,
                created_by_interaction_id=interaction.id,
                **spec.row(),
                status=spec.status if spec.status is not PledgeStatus.PROPOSED else PledgeStatus.VERBAL,
            )
            settled.created.append(pledge.id)
    return kept


def revert_changes(session: Session, *, ws: Workspace, meta: dict[str, Any]) -> None:
    """Put back the agreements a log changed (Undo, Edit)."""
    from storage.pledges import get_pledge

    for change in reversed(meta.get("changes") or []):
        pledge = get_pledge(session, ws=ws, pledge_id=change["id"], include_deleted=True)
        if pledge is not None and _is_at(pledge, change["after"]):
            _restore_snapshot(pledge, change["before"])


def reapply_changes(session: Session, *, ws: Workspace, meta: dict[str, Any]) -> None:
    """Do again what a restored log changed."""
    from storage.pledges import get_pledge

    for change in meta.get("changes") or []:
        pledge = get_pledge(session, ws=ws, pledge_id=change["id"], include_deleted=True)
        if pledge is not None and _is_at(pledge, change["before"]):
            _restore_snapshot(pledge, change["after"])


# ----- promises, permissions, publicity, referrals, campaigns -------------------------------------


def _names_a_pledge(pledges: list[Pledge], text: str) -> bool:
    return bool(_named_in(pledges, text)) or (
        bool(_MONEY_WORDS.search(text)) and any(p.kind is PledgeKind.MONEY for p in pledges)
    )


def _names_a_promise(session: Session, ws: Workspace, partner_id: int, text: str) -> bool:
    return any(_names_promise(f, text) for f in open_partner_promises(session, ws=ws, partner_id=partner_id))


def _names_promise(followup: FollowUp, text: str) -> bool:
    """The text names something the promise is about ("logoet er kommet" names "de sender logoet"):
    a word of four letters or more of the promise, matched as a thing."""
    return bool(things_named([w for w in search_key(followup.text or "").split() if len(w) >= 4], text))


def close_arrived(
    session: Session, *, ws: Workspace, partner_id: int, interaction: Interaction, understood: ParseResult, text: str
) -> list[dict[str, Any]]:
    """Close what the partner promised once a log says it came ('logoet er kommet'), and the
    confirmation e-mail they promised once their e-mail confirming it is logged."""
    updates = set(understood.updates)
    came = bool(understood.arrived) or "delivered" in updates
    confirming = "in_writing" in updates and understood.kind == "email"
    if not (came or confirming):
        return []
    waiting = [
        f
        for f in open_partner_promises(session, ws=ws, partner_id=partner_id)
        if f.created_by_interaction_id != interaction.id
    ]
    if not waiting:
        return []
    if not came:
        chosen = [f for f in waiting if f.action is FollowUpAction.EMAIL or _CONFIRM_WORDS.search(f.text or "")]
    else:
        named = [f for f in waiting if _names_promise(f, text)]
        # "Logoet er kommet" with one thing awaited closes it; "the money has been transferred" is
        # about the agreement, not about the signed contract they promised to send.
        delivering = "delivered" in updates and "in_writing" not in updates
        about_agreement = delivering and _names_a_pledge(live_pledges(session, ws=ws, partner_id=partner_id), text)
        chosen = named or (waiting if len(waiting) == 1 and not about_agreement else [])
    closed = []
    for followup in chosen:
        closed.append({"id": followup.id, "how": "arrived", "status": followup.status.value})
        followup.status, followup.done_at = FollowUpStatus.DONE, interaction.occurred_at
    return closed


def apply_permissions(
    session: Session,
    *,
    ws: Workspace,
    partner: Partner,
    interaction: Interaction,
    understood: ParseResult,
    user_id: str,
) -> list[dict[str, Any]]:
    """Record permissions awaited ('lov fra SOF og SUF') and granted ('SOF sagde ja')."""
    said = understood.permissions
    done: list[dict[str, Any]] = []
    for name in said.get("needed") or []:
        needed_id, _ = _partner_for(
            session, ws, name, user_id=user_id, interaction=interaction, kind=PartnerKind.MUNICIPAL_DEPARTMENT
        )
        if needed_id == partner.id:
            continue
        before = permission_between(session, ws=ws, partner_id=partner.id, grantor_id=needed_id)
        snap = (before.status.value, before.deleted_at is not None) if before is not None else None
        perm = require_permission(session, ws=ws, partner_id=partner.id, grantor_id=needed_id, created_by=user_id)
        if before is None:
            perm.created_by_interaction_id = interaction.id
        elif perm.status is PermissionStatus.GRANTED:
            continue
        done.append({"id": perm.id, "before": snap, "after": perm.status.value})
    for key, status in (("granted", PermissionStatus.GRANTED), ("refused", PermissionStatus.REFUSED)):
        for name in said.get(key) or []:
            grantor_id = resolve_partner(session, ws=ws, name=name)
            targets: list[Permission] = []
            if grantor_id is not None and grantor_id == partner.id:
                targets = permissions_from(session, ws=ws, grantor_id=grantor_id)
            elif grantor_id is not None:
                found = permission_between(session, ws=ws, partner_id=partner.id, grantor_id=grantor_id)
                targets = [found] if found is not None and found.deleted_at is None else []
                if not targets:
                    targets = permissions_from(session, ws=ws, grantor_id=grantor_id)
            for perm in targets:
                if perm.status is status:
                    continue
                done.append({"id": perm.id, "before": (perm.status.value, False), "after": status.value})
                perm.status = status
    session.flush()
    return done


def awaiting_permission(
    session: Session, *, ws: Workspace, grantor_id: int, understood: ParseResult
) -> list[tuple[int, str]]:
    """The partners (id, name) whose permission a line about the grantor gives or refuses.

    "SOF har sagt god for plejehjemmene" is news for FOA, who waits for it: the log is FOA's, not
    an agreement with SOF. Only for a line that says nothing else (no amount, things or asks), and
    whose grantor is the one giving or refusing."""
    said = understood.permissions
    givers = [n for key in ("granted", "refused") for n in said.get(key) or []]
    if not givers or understood.money or understood.items or understood.asks:
        return []
    grantor = get_partner(session, ws=ws, partner_id=grantor_id)
    if grantor is None or not any(search_key(n) and search_key(n) in search_key(grantor.name) for n in givers):
        return []
    waiting: dict[int, str] = {}
    for perm in permissions_from(session, ws=ws, grantor_id=grantor_id):
        partner = get_partner(session, ws=ws, partner_id=perm.partner_id)
        if partner is not None and partner.deleted_at is None:
            waiting.setdefault(partner.id, partner.name)
    return list(waiting.items())


def revert_permissions(session: Session, *, ws: Workspace, meta: dict[str, Any], restore: bool = False) -> None:
    """Undo (or, restoring, redo) the permission changes a log made; rows it created go with the log."""
    for entry in meta.get("permissions") or []:
        perm = session.get(Permission, entry["id"])
        if perm is None or perm.team_id != ws.team_id or entry.get("before") is None:
            continue
        perm.status = PermissionStatus(entry["after"] if restore else entry["before"][0])


def publicity_from(understood: ParseResult) -> Publicity | None:
    """The publicity wish a log states, if any."""
    said = understood.publicity
    if said == "public":
        return Publicity.PUBLIC
    if said == "no_publicity" or understood.no_publicity:
        return Publicity.NO_PUBLICITY
    return None


def file_referrals(
    session: Session,
    *,
    ws: Workspace,
    partner: Partner,
    interaction: Interaction,
    understood: ParseResult,
    followups: list[FollowUp],
    user_id: str,
) -> list[int]:
    """'Foreslår Thiemers': a prospect for each referral, with the follow-ups that name it."""
    made: list[int] = []
    for name in understood.referrals:
        if search_key(name) == search_key(partner.name):
            continue
        pid, created = _partner_for(session, ws, name, user_id=user_id, interaction=interaction)
        if pid == partner.id:
            continue
        key = search_key(name)
        for followup in followups:
            if key and key in search_key(followup.text or ""):
                followup.partner_id = pid
        if created:
            made.append(pid)
    return made


def link_campaign(session: Session, *, ws: Workspace, partner_id: int, text: str) -> int | None:
    """Link the partner to a campaign the text names ('til Læs for mig'); the id if newly linked."""
    key = f" {search_key(text)} "
    named = [c for c in live_campaigns(session, ws=ws) if search_key(c.name) and f" {search_key(c.name)} " in key]
    if len(named) != 1:
        return None
    campaign = named[0]
    if in_campaign(session, ws=ws, partner_id=partner_id, campaign_id=campaign.id):
        return None
    add_to_campaign(session, ws=ws, campaign_id=campaign.id, partner_id=partner_id)
    return campaign.id


def link_campaign_id(session: Session, *, ws: Workspace, partner_id: int, campaign_id: int) -> None:
    """Link again a campaign a restored log had linked."""
    add_to_campaign(session, ws=ws, campaign_id=campaign_id, partner_id=partner_id)


def unlink_campaign_of(session: Session, *, ws: Workspace, partner_id: int | None, meta: dict[str, Any]) -> None:
    """Undo a campaign link a log made."""
    if partner_id is not None and meta.get("campaign_linked"):
        unlink_campaign(session, ws=ws, partner_id=partner_id, campaign_id=int(meta["campaign_linked"]))


def missing_permissions(session: Session, *, ws: Workspace, partner_id: int) -> list[str]:
    """Names of partners whose permission this partner still waits for."""
    from storage.permissions import pending_permissions

    return [
        grantor.name
        for perm, grantor in pending_permissions(session, ws=ws, partner_id=partner_id)
        if perm.status is not PermissionStatus.REFUSED
    ]


def stage_for(current: Stage, status: PledgeStatus | None, live: Sequence[Pledge] = ()) -> PledgeStatus | None:
    """The pledge status that should move the stage (a withdrawn agreement is a no), or None when a no
    leaves other agreements on ("trækker oplæserne tilbage, men pengene står ved magt")."""
    if status in CLOSED and live:
        return None
    if status is PledgeStatus.CANCELLED:
        return PledgeStatus.DECLINED
    return status


# ----- what the card shows -------------------------------------------------------------------------


def card_facts(session: Session, *, ws: Workspace, meta: dict[str, Any], understood: ParseResult) -> dict[str, Any]:
    """The story part of a log's card, read back from its meta and the rows it names."""
    from bot.domain.logbook import CardChange
    from storage.pledges import get_pledge

    def change(pledge_id: int, before: dict[str, Any] | None, after: dict[str, Any] | None) -> CardChange | None:
        pledge = get_pledge(session, ws=ws, pledge_id=pledge_id, include_deleted=True)
        if pledge is None:
            return None
        partner = get_partner(session, ws=ws, partner_id=pledge.partner_id, include_deleted=True)
        now = after or _snapshot(pledge)
        return CardChange(
            pledge.id,
            partner.name if partner else None,
            pledge.kind.value,
            pledge.what,
            pledge.quantity,
            (before or now).get("amount_dkk"),
            now.get("amount_dkk"),
            (before or now)["status"],
            now["status"],
            datetime.fromisoformat(now["evidence_at"]) if now.get("evidence_at") else None,
            (before or now).get("what", pledge.what),
            (before or now).get("quantity"),
        )

    changes = [
        replace(made, split=True) if made is not None and c.get("split") else made
        for c in meta.get("changes") or []
        for made in [change(c["id"], c["before"], c["after"])]
    ]
    open_asks = [ask for ask in meta.get("asks") or [] if not ask.get("resolved")]
    unclear = [
        tuple(x for x in (change(pid, None, None) for pid in ask.get("candidates") or []) if x is not None)
        for ask in open_asks
    ]
    # The amount of a "change or new?" question, offered as a new agreement beside the candidates.
    unclear_new = [
        (ask.get("spec") or {}).get("amount_dkk") if ask.get("or_new") else None
        for ask, u in zip(open_asks, unclear, strict=True)
        if u
    ]
    from storage.permissions import get_permission

    answered = []  # a grantor's yes or no this log recorded: (grantor, "granted" or "refused")
    for entry in meta.get("permissions") or []:
        before = entry.get("before")
        if entry.get("after") not in ("granted", "refused") or (before and before[0] == entry["after"]):
            continue
        perm = get_permission(session, ws=ws, permission_id=int(entry["id"]))
        grantor = get_partner(session, ws=ws, partner_id=perm.grantor_id, include_deleted=True) if perm else None
        if grantor is not None:
            answered.append((grantor.name, str(entry["after"])))
    referrals = []
    for pid in meta.get("referrals") or []:
        partner = get_partner(session, ws=ws, partner_id=pid, include_deleted=True)
        if partner is not None:
            referrals.append(partner.name)
    return {
        "changes": tuple(c for c in changes if c is not None),
        "unclear": tuple(u for u in unclear if u),
        "unclear_new": tuple(unclear_new),
        "missing_permissions": tuple(meta.get("missing_permissions") or ()),
        "permissions_answered": tuple(answered),
        "referrals": tuple(referrals),
        "in_kind_value": understood.value_dkk,
    }


NEW_AGREEMENT = 0  # the choice "a new agreement" beside the candidates of an unclear amount


def resolve_unclear(session: Session, *, ws: Workspace, interaction: Interaction, pledge_id: int) -> bool:
    """The user chose which agreement an unclear log meant: apply the log's update to that one."""
    from bot.domain.logbook import _meta, _set_meta, reading_of

    meta = _meta(interaction)
    asks = list(meta.get("asks") or [])
    for i, ask in enumerate(asks):
        if ask.get("resolved"):
            continue
        if pledge_id == NEW_AGREEMENT and ask.get("or_new") and interaction.partner_id is not None:
            spec = PledgeSpec.from_json(ask["spec"])  # "a new agreement": saved as the log said it
            create_pledge(
                session,
                ws=ws,
                partner_id=interaction.partner_id,
                created_by=interaction.logged_by,
                created_by_interaction_id=interaction.id,
                **spec.row(),
                value_dkk=spec.value_dkk,
                status=spec.status,
            )
            asks[i] = {**ask, "resolved": "new"}  # truthy: a second press adds nothing
            _set_meta(interaction, asks=asks)
            session.flush()
            return True
        if pledge_id not in (ask.get("candidates") or []):
            continue
        pledge = session.get(Pledge, pledge_id)
        if pledge is None or pledge.team_id != ws.team_id or pledge.deleted_at is not None:
            return False
        spec = PledgeSpec.from_json(ask["spec"])
        status = spec.status
        understood = reading_of(interaction)
        made = _advance(
            pledge,
            spec,
            status,
            interaction,
            understood,
            interaction.raw_text,
            "changed" in understood.updates or bool(ask.get("or_new")),  # picked as the one it changes
        )
        asks[i] = {**ask, "resolved": pledge_id}
        changes = list(meta.get("changes") or []) + ([made] if made else [])
        _set_meta(interaction, asks=asks, changes=changes)
        session.flush()
        return True
    return False
