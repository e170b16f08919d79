"""The parse() entry point: one free-text log line in, one structured ParseResult out."""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from . import classify, entities, followups, money, practice, story, text, times
from .model import Known, ParseResult

log = logging.getLogger(__name__)
DEFAULT_TZ = "Europe/Copenhagen"


def _zone(tz: str) -> tuple[ZoneInfo, bool]:
    try:
        return ZoneInfo(tz), True
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return ZoneInfo(DEFAULT_TZ), False


def parse(raw: str, *, now: datetime, tz: str, known: Known | None = None) -> ParseResult:
    """Understand one call-log line written at `now` by a user in timezone `tz`; never raises.

    `known` is what the workspace already knows (partners, contacts, roles), read first.
    """
    try:
        return _parse(raw, now=now, tz=tz, known=known)
    except Exception:  # noqa: BLE001 - a log line must never crash the bot
        log.exception("parse failed")
        result = ParseResult()
        result.uncertain = ["parse"]
        return result


def _mask_campaigns(prep: text.Prepared, names: tuple[str, ...]) -> None:
    """Blank the workspace's campaign names where they stand as whole words, longest first."""
    for name in sorted(names, key=len, reverse=True):
        if len(name.strip()) < 3:
            continue
        for m in list(re.finditer(rf"(?<![\wæøå]){re.escape(name.lower())}(?![\wæøå])", prep.low)):
            prep.mask(m.start(), m.end(), "campaign")


_FIRST_WORD = re.compile(r"^[\W_]*([\w-]+)")


def _thing_opens_the_line(organization: str | None, text_: str, known: Known | None) -> bool:
    """A one-word "partner" that is the line's first word and a thing asked or given: "Room confirmed by mail from
    Julie", "Bøgerne giver de gerne", "Pengene er kommet fra Lise", "Cake delivered by Tom" (never a partner the
    workspace knows by that name, nor a name the cue words merely begin: "Netto", "Bogcafeen")."""
    if not organization or " " in organization.strip():
        return False
    first = _FIRST_WORD.match(text_)
    word = organization.strip().lower()
    if first is None or first.group(1).lower() != word:
        return False
    if known is not None and any(name.strip().lower() == word for name in known.organizations):
        return False
    return classify.names_an_ask(word)


def _parse(raw: str, *, now: datetime, tz: str, known: Known | None = None) -> ParseResult:
    if not isinstance(raw, str):
        raw = str(raw)
    mail = story.read_email(raw)
    if mail is not None:
        raw = mail.body  # header lines and quoted replies are never people or follow-ups
    zone, tz_ok = _zone(tz)
    if now.tzinfo is None:
        now = now.replace(tzinfo=zone)  # a naive "now" is taken as the writer's wall time
    local_now = now.astimezone(zone)
    today = local_now.date()
    prep, cleaned = text.prepare(raw)
    result = ParseResult()
    if prep.truncated:
        result.uncertain.append("text")
    if not tz_ok:
        result.uncertain.append("tz")
    mentions = text.mask_markup(prep)
    result.mentions = list(dict.fromkeys(uid for uid, _ in mentions))
    markup_low = prep.low
    kind, kind_cue = classify.find_kind(markup_low)
    if kind_cue is None and story.signed_by_pipe(raw):
        kind, kind_cue = "email", (0, 0)  # "Best, Jane Doe | Events Lead | Acme": a pasted sign-off
    if kind_cue is None and not classify.note_opening(markup_low) and story.from_address(raw):
        kind, kind_cue = "email", (0, 0)  # "fwd from tom@baxterbrewing.com: ...": a mail from its sender
    if mail is not None:
        kind = "email"  # a pasted e-mail is an e-mail interaction, before the practice reads the kind
    result.kind = kind
    if kind_cue is None:
        result.uncertain.append("kind")

    amounts = money.find_money(prep.low, grand="USD" if tz.startswith("America/") else "GBP")
    for start, end, _ in amounts:
        prep.mask(start, end, "money")
    spans = times.find_times(prep.low, cleaned, local_now, zone)
    for span in spans:
        prep.mask(span.start, span.end, "time")

    if known is not None and known.campaigns:
        _mask_campaigns(prep, known.campaigns)  # "pledged 10,000 DKK for Library Lab": the campaign, not the partner
    found = entities.find_entities(prep.text, has_mentions=bool(mentions), known=known)
    result.organization = found.organization
    result.contacts = found.contacts
    if found.org_uncertain:
        result.uncertain.append("organization")
    elif _thing_opens_the_line(found.organization, prep.text, known):
        result.organization = None  # the card asks which partner; the logbook may know it from the person named
        result.uncertain.append("organization")
    if found.contacts_uncertain:
        result.uncertain.append("contacts")

    org_free = prep.text
    if found.organization:
        org_free = org_free.replace(found.organization, " " * len(found.organization))
        folded, key = org_free.lower(), found.organization.lower()
        if any(c.isdigit() for c in key) and key in folded and len(folded) == len(org_free):
            # "tlf m. karen fra rema 1000 greve": typed in lower case, the partner is found title-cased
            # ("Rema 1000 Greve"); its number is no count of items either way.
            org_free = re.sub(re.escape(key), " " * len(key), org_free, flags=re.IGNORECASE)
    found_items = money.changed_counts(org_free, money.worded_items(org_free, money.find_items(org_free)))
    found_items = money.counter_offered(text.lower_same_length(org_free), found_items)
    unsure_amounts: set[int] = set()
    priced = money.item_values(markup_low, amounts, found_items, unsure_amounts)
    for start, end, item, n in money.priced_pieces(markup_low, amounts):
        if n not in priced:
            found_items.append((start, end, item))  # "10 x 250 kr. gift cards": in kind, not cash
            priced.add(n)
    found_items.sort(key=lambda found: found[0])
    mentioned = classify.merely_mentioned(markup_low)
    goals = money.reading_goals(markup_low)  # "for kids who finish 5 books": a goal, no gift and no ask
    found_items = [f for f in found_items if not any(s <= f[0] < e for s, e in [*mentioned, *goals])]
    history = classify.mask_history(markup_low)  # "Sidste år gav de 40 kagemænd": given in an earlier year, no item now
    found_items = [
        f for f in found_items if history[f[0] : f[1]].strip() and not money.year_group_before(markup_low, f[0])
    ]
    if unsure_amounts:
        result.uncertain.append("money")
    said_by_the_way = {n for n, (start, _, _) in enumerate(amounts) if any(s <= start < e for s, e in mentioned)}
    # what they merely mention ("Danske Bank har allerede givet 20.000 kr.") is no offer beside the amount we asked for
    not_cash, unsure_cash = money.not_cash(markup_low, amounts, priced | said_by_the_way)
    given_by_others, other_gifts = money.given_by_others(
        prep.text, amounts, found.organization, tuple(c.name for c in found.contacts)
    )
    not_cash |= given_by_others
    # "They mentioned giving $2,000 to the food bank last month": what they merely mention is no money, as it is no item.
    not_cash |= {n for n, (start, _, _) in enumerate(amounts) if any(s <= start < e for s, e in mentioned)}
    # "vi skal selv betale rengøring (ca. 1.200 kr)": what we pay ourselves is no money of theirs (round 16)
    paid = classify.paid_by_us(markup_low)
    not_cash |= {n for n, (start, _, _) in enumerate(amounts) if any(s <= start < e for s, e in paid)}
    if unsure_cash and "money" not in result.uncertain:
        result.uncertain.append("money")
    result.money = [amount for n, (_, _, amount) in enumerate(amounts) if n not in priced and n not in not_cash]
    share = money.share_of_ask(
        markup_low, amounts, [n for n in range(len(amounts)) if n not in priced and n not in not_cash]
    )
    if share is not None:
        result.money = [share]  # "we asked 30.000 kr, they'll do a third": 10.000 kr. offered
    result.items = [item for _, _, item in found_items]

    answer_low = markup_low
    for start, end in other_gifts:  # "Tesco already gives us fruit; we asked Oak for tote bags"
        answer_low = answer_low[:start] + " " * (end - start) + answer_low[end:]
    agreement, conflict = classify.find_agreement(answer_low)
    ours = money.our_own(markup_low, amounts)  # "vi har selv 5.000 kr. i budget": no pledge said without a verb
    offered = [
        (start, end) for n, (start, end, _) in enumerate(amounts) if n not in given_by_others and n not in ours
    ] + [(start, end) for start, end, _ in found_items]
    if agreement is None and classify.pledge_without_verb(answer_low, offered):
        agreement = "yes"  # "Føtex: 4.000 kr + 50 slikposer": what they give, said without a verb
    if agreement in (None, "yes") and offered and classify.waits_on_others(answer_low):
        agreement = "maybe"  # "£500 if the board approves", "5.000 kr., såfremt kæden godkender"
    if agreement is None and classify.still_looking(answer_low):
        agreement = "maybe"  # "han ser på om de kan sponsorere lydanlæg", "she's looking into whether they can"
    result.agreement = agreement
    if conflict:
        result.uncertain.append("agreement")
    result.publicity, publicity_conflict = classify.find_publicity(markup_low)
    result.no_publicity = result.publicity == "no_publicity"
    if publicity_conflict:
        result.uncertain.append("publicity")
    ask_text = org_free
    for start, end in [*other_gifts, *goals]:
        ask_text = ask_text[:start] + " " * (end - start) + ask_text[end:]
    for contact in result.contacts:
        ask_text = ask_text.replace(contact.name, " " * len(contact.name))  # "Lucy Grant" asks for no grant
    if len(history) == len(ask_text) and history != markup_low:
        # what was given in an earlier year is no ask now (its year word may already be gone from the ask text)
        ask_text = "".join(
            " " if h == " " and m != " " else a for a, h, m in zip(ask_text, history, markup_low, strict=True)
        )
    asks_low = text.lower_same_length(ask_text)
    result.asks = classify.find_asks(asks_low, result.money, result.items)

    sentences = text.sentence_bounds(cleaned)
    cues = followups.find_cues(markup_low)
    result.followups, result.unresolved = followups.link(
        spans,
        cues,
        markup_low,
        cleaned,
        sentences,
        kind_cue,
        mentions,
        [c.name for c in result.contacts],
        local_now,
    )
    for words in times.residue(markup_low, cleaned, spans):
        if words not in result.unresolved:
            result.unresolved.append(words)
    if result.unresolved:
        result.uncertain.append("followups")
    story.read_promise(result, cleaned)
    result.suggested = practice.suggest(
        kind=result.kind,
        agreement=result.agreement,
        followups=result.followups,
        low=markup_low,
        today=today,
        tz=zone,
        lang=text.language(markup_low),
    )
    story.enrich(result, cleaned, mail, spans)
    return result


_WARM = (
    "Ringede til Lars Jensen hos Danske Bank Greve, 20.000 kr. Ringer igen torsdag kl. 10 og "
    "mail senest d. 20. marts; call back next Monday at 3pm, contract by 1 April."
)


def warm_up() -> None:
    """Compile everything once, so a user's first command is not cold."""
    now = datetime(2026, 3, 10, 9, 15, tzinfo=UTC)
    parse(_WARM, now=now, tz=DEFAULT_TZ)
