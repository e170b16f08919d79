"""The card a log is confirmed on: what was understood and saved, with buttons to fix or undo it."""

from __future__ import annotations

from typing import Any

from bot.domain import logbook
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
LOG_PICK_PLEDGE = "log_pick_pledge"

CARD_FOLLOWUPS = 15


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
    if card.asks:
        asked = t(lang, "log.asked", asks=", ".join(label("pledge_kind", a, lang) for a in card.asks))
        if card.agreement:
            asked += " · " + t(lang, "log.answer", answer=label("agreement", card.agreement, lang))
        facts.append(asked)
    elif card.agreement:
        facts.append(t(lang, "log.answer", answer=label("agreement", card.agreement, lang)))
    facts.extend(_pledge_line(p, lang) for p in card.pledges[:10])
    facts.extend(_change_line(c, card, lang) for c in card.changes[:10])
    if card.in_kind_value:
        facts.append(t(lang, "log.in_kind_value", value=money(card.in_kind_value, lang)))
    if card.referrals:
        facts.append(t(lang, "log.referrals", names=", ".join(bk.escape(n) for n in card.referrals)))
    if card.stage and card.stage_changed:
        facts.append(t(lang, "log.stage", stage=label("stage", card.stage, lang)))
    if facts:
        blocks.append(bk.section("\n".join(facts)))
    if card.no_publicity or card.publicity == "no_publicity":
        blocks.append(bk.section(t(lang, "log.no_publicity")))
    elif card.publicity == "public":
        blocks.append(bk.context(t(lang, "log.public")))
    if card.missing_permissions:
        names = ", ".join(bk.escape(n) for n in card.missing_permissions)
        blocks.append(bk.section(t(lang, "log.permissions_missing", names=names)))
    blocks.extend(_unclear_blocks(card, lang))

    stated = [f for f in card.followups if not f.suggested]
    suggested = [f for f in card.followups if f.suggested]
    blocks.append(bk.section(t(lang, "log.followups") if stated else t(lang, "log.no_followups")))
    for f in stated[:CARD_FOLLOWUPS]:
        accessory = bk.button(t(lang, "log.button.done"), LOG_DONE, str(f.id)) if f.status in ("open", "snoozed") else None
        blocks.append(bk.section(_followup_line(f, card, lang), accessory=accessory))
    if suggested:
        blocks.append(bk.section(t(lang, "log.suggested")))
        for f in suggested[:4]:
            blocks.append(bk.section(_followup_line(f, card, lang)))
            if f.status in ("open", "snoozed"):
                blocks.append(bk.actions(
                    bk.button(t(lang, "log.button.keep"), LOG_KEEP, str(f.id), style="primary"),
                    bk.button(t(lang, "log.button.drop"), LOG_DROP, str(f.id)),
                ))
    notes = []
    for f in card.closed[:5]:
        what = f"{label('action', f.action, lang)} ({due(f.due, all_day=f.all_day, tz=card.tz, lang=lang)})"
        key = "log.closed_done" if f.status == "done" else "log.closed_replaced"
        notes.append(t(lang, key, what=what))
    if card.uncertain:
        fields = ", ".join(t(lang, f"field.{name}") if f"field.{name}" in MESSAGES else bk.escape(name) for name in card.uncertain)
        notes.append(t(lang, "log.uncertain", fields=fields))
    if notes:
        blocks.append(bk.context(*notes))
    blocks.append(bk.actions(
        bk.button(t(lang, "log.button.edit"), LOG_EDIT, str(card.interaction_id)),
        bk.button(t(lang, "log.button.undo"), LOG_UNDO, str(card.interaction_id), style="danger"),
    ))
    return blocks[: bk.MAX_BLOCKS_MESSAGE]


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
    if c.amount_before is not None and c.amount_after != c.amount_before:
        parts.append(t(lang, "log.change.amount", before=money(c.amount_before, lang)))
    if c.status_after != c.status_before:
        status = label("pledge_status", c.status_after, lang)
        if c.evidence_at is not None and c.status_after in ("confirmed_email", "contract_signed"):
            status += f" ({due(c.evidence_at, all_day=True, tz=card.tz, lang=lang)})"
        parts.append(t(lang, "log.change.status", status=status))
    return t(lang, "log.change", partner=bk.escape(c.partner_name or ""), what=what, how=", ".join(parts))


def _unclear_blocks(card: LogCard, lang: str) -> list[bk.Block]:
    """Which agreement did the log mean? One button per candidate; nothing was changed or added."""
    blocks: list[bk.Block] = []
    for candidates in card.unclear[:3]:
        blocks.append(bk.section(t(lang, "log.unclear")))
        blocks.append(bk.actions(*[
            bk.button(
                bk.clip(f"{_what(c.kind, c.amount_after, c.quantity, c.what, lang)} · {label('pledge_status', c.status_after, lang)}", 70),
                f"{LOG_PICK_PLEDGE}:{i}", f"{card.interaction_id}:{c.pledge_id}",
            )
            for i, c in enumerate(candidates[:5])
        ]))
    return blocks


def _partner_choice(card: LogCard, lang: str) -> list[bk.Block]:
    name = bk.escape(card.organization or "")
    if card.decision == "missing" or not card.organization:
        return [bk.section(t(lang, "log.choose_missing"))]
    key = "log.choose_duplicate" if card.decision == "duplicate" else "log.choose_ambiguous"
    buttons = [
        bk.button(c.name, f"{LOG_CHOOSE}:{i}", f"{card.interaction_id}:{c.partner_id}")
        for i, c in enumerate(card.candidates)
    ]
    buttons.append(bk.button(t(lang, "log.new_partner_button", name=card.organization), LOG_NEW_PARTNER, str(card.interaction_id)))
    return [bk.section(t(lang, key, name=name)), bk.actions(*buttons)]


def card_message(card: LogCard, lang: str) -> dict[str, Any]:
    """The card as message arguments (notification text plus blocks)."""
    fallback = card.partner_name or card.organization or t(lang, "log.unknown_partner")
    text = t(lang, "log.saved", kind=label("interaction", card.kind, lang), partner=bk.escape(fallback))
    return bk.message(text.replace("*", ""), build_log_card(card, lang))


