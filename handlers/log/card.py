"""The card a log is confirmed on: what was understood and saved, with buttons to fix or undo it."""

from __future__ import annotations

from typing import Any

from bot.domain import fixes, logbook
from bot.domain.logbook import CardFollowUp, LogCard
from bot.i18n import MESSAGES, t
from handlers.shared import blockkit as bk
from handlers.shared.formatting import due, label, money, number, person

LOG_EDIT = "log_edit"
LOG_UNDO = "log_undo"
LOG_RESTORE = "log_restore"
LOG_DONE = "log_followup_done"
LOG_KEEP = "log_followup_keep"
LOG_DROP = "log_followup_drop"
LOG_CHOOSE = "log_choose_partner"
LOG_NEW_PARTNER = "log_new_partner"
LOG_PLEDGE_FIX = "log_pledge_fix"  # overflow per agreement; ":<n>" keeps action_ids unique per card
LOG_PUBLICITY = "log_publicity"
LOG_SUMMARY = "log_summary"
LOG_PICK_PLEDGE = "log_pick_pledge"

# What one card shows of each kind (a log rarely has more); the rest is counted, never dropped
# silently. With these, a card stays well within a message's 50 blocks.
CARD_FOLLOWUPS = 15
CARD_PLEDGES = 8  # agreements with their own quick-fix menu; the rest are counted
CARD_SUGGESTED = 4
CARD_CLOSED = 5


def _followup_line(f: CardFollowUp, card: LogCard, lang: str) -> str:
    when = due(f.due, all_day=f.all_day, tz=card.tz, lang=lang)
    what = f"*{label('action', f.action, lang)}* – {when} · {t(lang, 'log.owner', owner=person(f.owner))}"
    if f.by_partner:
        what = f"⏳ *{t(lang, 'log.theirs')}* – {when} · {t(lang, 'log.owner', owner=person(f.owner))}"
    if f.text:
        what += f"\n_{bk.escape(bk.clip(f.text, 200))}_"
    if f.status in ("done", "cancelled"):
        what = f"~{what.splitlines()[0]}~ ({label('followup_status', f.status, lang)})"
    return what


def _pledge_line(p: logbook.CardPledge, lang: str) -> str:
    if p.amount_dkk is not None:
        what = money(p.amount_dkk, lang)
    elif p.quantity:
        what = f"{number(p.quantity, lang)} {bk.escape(p.what or '')}".strip()
    elif p.what:
        what = bk.escape(p.what)
    else:
        what = label("pledge_kind", p.kind, lang)
    status = label("pledge_status", p.status, lang)
    if p.status == "verbal":
        status += " " + t(lang, "log.not_in_writing")
    elif p.in_writing:
        status += " " + t(lang, "log.in_writing")
    return t(lang, "log.pledge", what=what, status=status)


def build_log_card(card: LogCard, lang: str) -> list[bk.Block]:
    """The confirmation card of one log, drawn from what is stored."""
    kind = label("interaction", card.kind, lang)
    if card.deleted:
        return [
            bk.section(t(lang, "log.undone")),
            bk.actions(bk.button(t(lang, "log.button.restore"), LOG_RESTORE, str(card.interaction_id))),
        ]
    blocks: list[bk.Block] = []
    if card.partner_name is None:
        blocks.append(bk.section(t(lang, "log.saved_draft", kind=kind)))
        blocks.extend(_partner_choice(card, lang))
    else:
        title = t(lang, "log.saved", kind=kind, partner=bk.escape(card.partner_name))
        if card.partner_created:
            title += " " + t(lang, "log.saved_new_partner")
        blocks.append(bk.section(title))

    facts = []
    if card.contacts:
        names = ", ".join(bk.escape(n) + (f" ({bk.escape(r)})" if r else "") for n, r in card.contacts)
        facts.append(t(lang, "log.contacts", names=names))
    # A log that only moved agreements on ("the 40 books arrived today") says so in its change lines;
    # what was asked for, and the answer, belong to the log that made them.
    moved_only = bool(card.changes) and not card.pledges
    if card.asks and not moved_only:
        asked = t(lang, "log.asked", asks=", ".join(label("pledge_kind", a, lang) for a in card.asks))
        if card.agreement:
            asked += " · " + t(lang, "log.answer", answer=label("agreement", card.agreement, lang))
        facts.append(asked)
    elif card.agreement and not moved_only:
        facts.append(t(lang, "log.answer", answer=label("agreement", card.agreement, lang)))
    facts.extend(_change_line(c, card, lang) for c in card.changes[:10])
    if len(card.changes) > 10:
        facts.append(t(lang, "overview.more_lines", count=len(card.changes) - 10))
    if card.in_kind_value:
        facts.append(t(lang, "log.in_kind_value", value=money(card.in_kind_value, lang)))
    if card.referrals:
        facts.append(t(lang, "log.referrals", names=", ".join(bk.escape(n) for n in card.referrals)))
    if card.stage and card.stage_changed:
        facts.append(t(lang, "log.stage", stage=label("stage", card.stage, lang)))
    if facts:
        blocks.extend(bk.sections(facts))
    for n, p in enumerate(card.pledges[:CARD_PLEDGES]):
        blocks.append(bk.section(_pledge_line(p, lang), accessory=_pledge_fixes(p, n, lang)))
    if len(card.pledges) > CARD_PLEDGES:
        blocks.append(bk.context(t(lang, "log.more_pledges", n=len(card.pledges) - CARD_PLEDGES)))
    if card.no_publicity or card.publicity == "no_publicity":
        blocks.append(bk.section(t(lang, "log.no_publicity")))
    elif card.publicity == "public":
        blocks.append(bk.context(t(lang, "log.public")))
    for grantor, answer in card.permissions_answered:
        blocks.append(bk.section(t(lang, f"log.permission_{answer}", name=bk.escape(grantor))))
    if card.missing_permissions:
        names = ", ".join(bk.escape(n) for n in card.missing_permissions)
        blocks.append(bk.section(t(lang, "log.permissions_missing", names=names)))
    blocks.extend(_unclear_blocks(card, lang))

    stated = [f for f in card.followups if not f.suggested]
    suggested = [f for f in card.followups if f.suggested]
    blocks.append(bk.section(t(lang, "log.followups") if stated or card.unresolved else t(lang, "log.no_followups")))
    if card.unresolved:  # a time it could not read is said, never dropped (DOMAIN.md)
        phrases = bk.clip(" / ".join(card.unresolved), 300)
        blocks.append(bk.section(t(lang, "log.unresolved", phrases=bk.escape(phrases))))
    for f in stated[:CARD_FOLLOWUPS]:
        accessory = (
            bk.button(t(lang, "log.button.done"), LOG_DONE, str(f.id)) if f.status in ("open", "snoozed") else None
        )
        blocks.append(bk.section(_followup_line(f, card, lang), accessory=accessory))
    if len(stated) > CARD_FOLLOWUPS:
        blocks.append(bk.context(t(lang, "log.more_followups", count=len(stated) - CARD_FOLLOWUPS)))
    if suggested:
        blocks.append(bk.section(t(lang, "log.suggested")))
        for f in suggested[:CARD_SUGGESTED]:
            blocks.append(bk.section(_followup_line(f, card, lang)))
            if f.status in ("open", "snoozed"):
                blocks.append(
                    bk.actions(
                        bk.button(t(lang, "log.button.keep"), LOG_KEEP, str(f.id), style="primary"),
                        bk.button(t(lang, "log.button.drop"), LOG_DROP, str(f.id)),
                    )
                )
    choice = _publicity_choice(card, lang)
    if choice is not None:
        shown = label("publicity", card.publicity or "ask_first", lang)
        blocks.append(bk.section(t(lang, "log.publicity", publicity=shown), accessory=choice))
    notes = []
    if len(suggested) > CARD_SUGGESTED:
        notes.append(t(lang, "overview.more_lines", count=len(suggested) - CARD_SUGGESTED))
    for f in card.closed[:CARD_CLOSED]:
        what = f"{label('action', f.action, lang)} ({due(f.due, all_day=f.all_day, tz=card.tz, lang=lang)})"
        key = (
            f"log.closed_{f.how}"
            if f.how in ("withdrawn", "in_writing")
            else "log.closed_done"
            if f.status == "done"
            else "log.closed_replaced"
        )
        notes.append(t(lang, key, what=what))
    if len(card.closed) > CARD_CLOSED:
        notes.append(t(lang, "overview.more_lines", count=len(card.closed) - CARD_CLOSED))
    if card.uncertain:
        fields = ", ".join(
            t(lang, f"field.{name}") if f"field.{name}" in MESSAGES else bk.escape(name) for name in card.uncertain
        )
        notes.append(t(lang, "log.uncertain", fields=fields))
    if notes:
        blocks.append(bk.context(*notes))
    buttons = [bk.button(t(lang, "log.button.edit"), LOG_EDIT, str(card.interaction_id))]
    if card.partner_id is not None:
        buttons.append(bk.button(t(lang, "log.button.summary"), LOG_SUMMARY, str(card.interaction_id)))
    buttons.append(bk.button(t(lang, "log.button.undo"), LOG_UNDO, str(card.interaction_id), style="danger"))
    blocks.append(bk.actions(*buttons))
    # However long the card, its Edit and Undo stay on it.
    if len(blocks) > bk.MAX_BLOCKS_MESSAGE:
        blocks = blocks[: bk.MAX_BLOCKS_MESSAGE - 1] + blocks[-1:]
    return blocks


def _pledge_fixes(p: logbook.CardPledge, n: int, lang: str) -> dict[str, Any] | None:
    """The quick fixes of one agreement: confirmed in writing, delivered, withdrawn."""
    if p.id is None:
        return None
    return {
        "type": "overflow",
        "action_id": f"{LOG_PLEDGE_FIX}:{n}",
        "options": [
            {"text": bk.plain(t(lang, f"log.fix.{fix}"), 75), "value": f"{p.id}:{fix}"} for fix in fixes.PLEDGE_FIXES
        ],
    }


def _publicity_choice(card: LogCard, lang: str) -> dict[str, Any] | None:
    """The partner's publicity wish, changeable on the card."""
    if card.partner_id is None or card.publicity not in fixes.PUBLICITY_CHOICES:
        return None
    options = [
        {"text": bk.plain(label("publicity", value, lang), 75), "value": f"{card.interaction_id}:{value}"}
        for value in fixes.PUBLICITY_CHOICES
    ]
    return {
        "type": "static_select",
        "action_id": LOG_PUBLICITY,
        "placeholder": bk.plain(t(lang, "modal.publicity"), 150),
        "options": options,
        "initial_option": next(o for o in options if o["value"].endswith(f":{card.publicity}")),
    }


def _what(kind: str, amount: int | None, quantity: int | None, what: str | None, lang: str) -> str:
    if amount is not None:
        return money(amount, lang)
    if quantity:
        return f"{number(quantity, lang)} {bk.escape(what or '')}".strip()
    return bk.escape(what) if what else label("pledge_kind", kind, lang)


def _change_line(c: logbook.CardChange, card: LogCard, lang: str) -> str:
    """'Danske Bank Greve: 25.000 kr. — now confirmed in writing (e-mail 3 Dec)'."""
    what = _what(c.kind, c.amount_after, c.quantity, c.what, lang)
    parts = []
    if c.split:  # "delivered the first 100" of 300: the 200 still to come
        was = _what(c.kind, c.amount_before, c.quantity_before, c.what, lang)
        return t(
            lang,
            "log.change",
            partner=bk.escape(c.partner_name or ""),
            what=what,
            how=t(lang, "log.change.rest", before=was),
        )
    if c.amount_before is not None and c.amount_after != c.amount_before:
        parts.append(t(lang, "log.change.amount", before=money(c.amount_before, lang)))
    elif c.what_before and c.what_before != c.what:  # an amount in another currency ("GBP 2000")
        parts.append(t(lang, "log.change.amount", before=bk.escape(c.what_before)))
    elif c.quantity_before and c.quantity and c.quantity_before != c.quantity:  # "50 books instead of 30"
        parts.append(t(lang, "log.change.amount", before=_what(c.kind, None, c.quantity_before, c.what, lang)))
    elif c.amount_before is None and c.amount_after is not None:
        parts.append(t(lang, "log.change.amount_named"))  # "money" asked for, now "2.000 kr."
    elif not c.quantity_before and c.quantity:
        parts.append(t(lang, "log.change.count_named"))  # "bøger" asked for, now "30 bøger"
    if c.status_after != c.status_before:
        status = label("pledge_status", c.status_after, lang)
        if c.evidence_at is not None and c.status_after in ("confirmed_email", "contract_signed"):
            status += f" ({due(c.evidence_at, all_day=True, tz=card.tz, lang=lang)})"
        parts.append(t(lang, "log.change.status", status=status))
    elif not parts:
        parts.append(label("pledge_status", c.status_after, lang))
    return t(lang, "log.change", partner=bk.escape(c.partner_name or ""), what=what, how=", ".join(parts))


def _unclear_blocks(card: LogCard, lang: str) -> list[bk.Block]:
    """Which agreement did the log mean? One button per candidate (and, for an amount of another size, one
    for a new agreement); nothing was changed or added."""
    blocks: list[bk.Block] = []
    for n, candidates in enumerate(card.unclear[:3]):
        new_amount = card.unclear_new[n] if n < len(card.unclear_new) else None
        question = (
            t(lang, "log.unclear_amount", amount=money(new_amount, lang))
            if new_amount is not None
            else t(lang, "log.unclear")
        )
        blocks.append(bk.section(question))
        buttons = [
            bk.button(
                bk.clip(
                    f"{_what(c.kind, c.amount_after, c.quantity, c.what, lang)} · {label('pledge_status', c.status_after, lang)}",
                    70,
                ),
                f"{LOG_PICK_PLEDGE}:{i}",
                f"{card.interaction_id}:{c.pledge_id}",
            )
            for i, c in enumerate(candidates[:4])
        ]
        if new_amount is not None:
            buttons.append(
                bk.button(
                    t(lang, "log.unclear_new", amount=money(new_amount, lang)),
                    f"{LOG_PICK_PLEDGE}:9",  # unique beside the candidates (0-3)
                    f"{card.interaction_id}:0",
                )
            )
        blocks.append(bk.actions(*buttons))
    return blocks


def _partner_choice(card: LogCard, lang: str) -> list[bk.Block]:
    name = bk.escape(card.organization or "")
    if card.decision == "ambiguous" and (card.awaited or card.grant) and card.candidates:
        # A delivery note that names only the things, or a grantor's answer: the partners awaiting
        # them, and no new one.
        whose = [
            (c.name, f"{LOG_CHOOSE}:{i}", f"{card.interaction_id}:{c.partner_id}")
            for i, c in enumerate(card.candidates)
        ]
        question = t(lang, "log.choose_grant", name=name) if card.grant else t(lang, "log.choose_whose")
        return bk.choices(question, whose)
    if card.decision == "missing" or not card.organization:
        return [bk.section(t(lang, "log.choose_missing"))]
    key = "log.choose_duplicate" if card.decision == "duplicate" else "log.choose_ambiguous"
    options = [
        (c.name, f"{LOG_CHOOSE}:{i}", f"{card.interaction_id}:{c.partner_id}") for i, c in enumerate(card.candidates)
    ]
    options.append(
        (t(lang, "log.new_partner_button", name=card.organization), LOG_NEW_PARTNER, str(card.interaction_id))
    )
    return bk.choices(t(lang, key, name=name), options)


def card_message(card: LogCard, lang: str) -> dict[str, Any]:
    """The card as message arguments (notification text plus blocks)."""
    fallback = card.partner_name or card.organization or t(lang, "log.unknown_partner")
    text = t(lang, "log.saved", kind=label("interaction", card.kind, lang), partner=bk.escape(fallback))
    return bk.message(text.replace("*", ""), build_log_card(card, lang))
