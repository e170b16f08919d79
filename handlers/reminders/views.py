"""Reminder DMs, daily digests and the weekly team digest as Block Kit (the content is the domain's)."""

from __future__ import annotations

from datetime import datetime
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain.digest import Digest, DigestItem
from bot.domain.followup_times import SNOOZE_OPTIONS
from bot.domain.reminders import (
    Outgoing,
    ReminderContent,
)
from bot.domain.team_digest import AgreementLine, TeamDigestContent, Unnamed
from bot.i18n import t
from handlers.ids import LOG_OPEN_FOR_PARTNER
from handlers.shared import blockkit as bk
from handlers.shared.formatting import due as due_token
from handlers.shared.formatting import label, money, person

ACTION_DONE = "reminder_done"
ACTION_SNOOZE = "reminder_snooze"
ACTION_RESCHEDULE = "reminder_reschedule"
RESCHEDULE_MODAL = "reminder_reschedule_modal"
BLOCK_DAY, ACTION_DAY = "reschedule_day", "reschedule_day"
BLOCK_TIME, ACTION_TIME = "reschedule_time", "reschedule_time"
METADATA_EVENT = "partnerbot_delivery"
DIGEST_LINES = 8
LAST_TEXT_CHARS = 300


def _what(lang: str, action: Any, partner_name: str | None, text: str | None) -> str:
    partner = f"*{bk.escape(partner_name)}*" if partner_name else t(lang, "reminder.no_partner")
    line = t(lang, f"reminder.action.{action}", partner=partner)
    if text:
        line += f" – {bk.escape(bk.clip(text, 200))}"
    return line


def build_reminder_blocks(content: ReminderContent, lang: str, tz: str, *, state: str | None = None) -> list[bk.Block]:
    """The reminder DM: what is due and when, the contact, what was said last time, and buttons.

    With `state` (a line saying it was done, snoozed or moved) the buttons are replaced by it.
    """
    when = due_token(content.due_at, all_day=content.all_day, tz=content.due_tz or tz, lang=lang)
    blocks: list[bk.Block] = []
    if content.late and state is None:
        blocks.append(bk.context(t(lang, "reminder.late")))
    title = t(lang, "reminder.title", what=_what(lang, content.action, content.partner_name, content.text), due=when)
    if content.by_partner:
        partner = f"*{bk.escape(content.partner_name)}*" if content.partner_name else t(lang, "reminder.no_partner")
        title = t(lang, "reminder.theirs", partner=partner, text=bk.escape(bk.clip(content.text or "", 200)), due=when)
    if content.snoozed:
        title += " " + t(lang, "reminder.snoozed_again")
    blocks.append(bk.section(title))
    facts = []
    if content.contact_name or content.phone or content.email:
        who = ", ".join(
            bk.escape(part)
            for part in (
                content.contact_name
                and (
                    f"{content.contact_name} ({content.contact_role})" if content.contact_role else content.contact_name
                ),
                content.phone,
                content.email,
            )
            if part
        )
        facts.append(t(lang, "reminder.contact", who=who))
    if content.last_agreed:
        when_last = due_token(content.last_at, all_day=True, tz=tz, lang=lang) if content.last_at else ""
        facts.append(
            t(lang, "reminder.last", when=when_last, text=bk.escape(bk.clip(content.last_agreed, LAST_TEXT_CHARS)))
        )
    if facts:
        blocks.append(bk.context(*facts))
    if state is not None:
        blocks.append(bk.context(state))
        return blocks
    fid = str(content.followup_id)
    elements = [bk.button(t(lang, "reminder.done"), ACTION_DONE, fid, style="primary")]
    if content.partner_id is not None:
        elements.append(bk.button(t(lang, "reminder.log"), LOG_OPEN_FOR_PARTNER, str(content.partner_id)))
    elements.append(
        {
            "type": "overflow",
            "action_id": ACTION_SNOOZE,
            "options": [
                {
                    "text": bk.plain(f"{t(lang, 'reminder.snooze')}: {t(lang, f'reminder.snooze.{option}')}", 75),
                    "value": f"{fid}:{option}",
                }
                for option in SNOOZE_OPTIONS
            ],
        }
    )
    elements.append(bk.button(t(lang, "reminder.reschedule"), ACTION_RESCHEDULE, fid))
    blocks.append(bk.actions(*elements, block_id=f"reminder_{fid}"))
    return blocks


def reminder_message(content: ReminderContent, lang: str, tz: str) -> dict[str, Any]:
    """The chat.postMessage arguments (text + blocks) of a reminder."""
    notify = t(
        lang, "reminder.notify", what=_what(lang, content.action, content.partner_name, content.text).replace("*", "")
    )
    return bk.message(notify, build_reminder_blocks(content, lang, tz))


def _part(head: str, items: list[str], lang: str) -> list[bk.Block]:
    """A digest part: its heading and up to DIGEST_LINES lines, then how many more there are;
    spread over several sections when long, never cut."""
    return bk.listing(items, title=head, shown=DIGEST_LINES, more=lambda n: t(lang, "digest.more", n=n))


def _item_line(item: DigestItem, lang: str, tz: str) -> str:
    when = due_token(item.due_at, all_day=item.all_day, tz=item.due_tz or tz, lang=lang)
    return f"• {_what(lang, item.action, item.partner_name, item.text)} – {when}"


def build_digest_blocks(digest: Digest) -> list[bk.Block]:
    """The daily digest DM, one section per non-empty part."""
    lang, tz = digest.recipient.lang, digest.recipient.tz
    day = due_token(datetime.combine(digest.day, dtime(12), tzinfo=ZoneInfo(tz)), all_day=True, tz=tz, lang=lang)
    blocks: list[bk.Block] = [bk.section(f"*{t(lang, 'digest.header', day=day)}*")]
    for key, items in (
        ("digest.overdue", digest.overdue),
        ("digest.today", digest.today),
        ("digest.week", digest.week),
        ("digest.theirs", digest.theirs),
    ):
        if items:
            lines = [_item_line(item, lang, tz) for item in items]
            blocks.extend(_part(t(lang, key, n=len(items)), lines, lang))
    if digest.not_in_writing:
        lines = []
        for p in digest.not_in_writing:
            what = label("pledge_kind", p.kind, lang)
            if p.amount_dkk:
                what = money(p.amount_dkk, lang)
            elif p.quantity:
                what = f"{p.quantity} {bk.escape(p.what or '')}".strip()
            elif p.what:
                what = bk.escape(p.what)
            lines.append(f"• *{bk.escape(p.partner_name)}*: {what}")
        blocks.extend(_part(t(lang, "digest.pledges", n=len(lines)), lines, lang))
    if digest.calls_without_email:
        lines = [
            f"• *{bk.escape(c.partner_name)}* – {due_token(c.occurred_at, all_day=False, tz=tz, lang=lang)}"
            for c in digest.calls_without_email
        ]
        blocks.extend(_part(t(lang, "digest.calls", n=len(lines)), lines, lang))
    blocks.append(bk.context(t(lang, "digest.footer")))
    return blocks


def digest_message(digest: Digest) -> dict[str, Any]:
    """The chat.postMessage arguments (text + blocks) of a digest."""
    return bk.message(t(digest.recipient.lang, "digest.notify"), build_digest_blocks(digest))


# ----- the weekly team digest ------------------------------------------------------------------


def _partner(name: str) -> str:
    return f"*{bk.escape(name)}*"


def _unnamed_line(unnamed: Unnamed, lang: str, *, with_amount: bool = False) -> list[str]:
    if not unnamed:
        return []
    if with_amount and unnamed.amount_dkk:
        return [t(lang, "team_digest.unnamed_amount", n=unnamed.partners, amount=money(unnamed.amount_dkk, lang))]
    return [t(lang, "team_digest.unnamed", n=unnamed.partners)]


def _agreement_text(line: AgreementLine, lang: str) -> str:
    if line.amount_dkk:
        return money(line.amount_dkk, lang)
    if line.quantity:
        return f"{line.quantity} {bk.escape(bk.clip(line.what or '', 80))}".strip()
    if line.what:
        return bk.escape(bk.clip(line.what, 80))
    return label("pledge_kind", line.kind, lang)


def build_team_digest_blocks(digest: TeamDigestContent) -> list[bk.Block]:
    """The weekly team digest for a channel, one section per non-empty part.

    Owners of follow-ups are shown as Slack mentions (one weekly ping for one's own open follow-ups)
    only in a channel that is not shared outside; a shared channel gets counts only. Partner names
    that a shared channel may not see never reach this function (bot/domain/team_digest.py leaves them out).
    """
    lang, tz = digest.recipient.lang, digest.recipient.tz
    week = digest.week.split("-W")[-1].lstrip("0") + f" ({digest.week[:4]})"
    start = due_token(digest.start, all_day=True, tz=tz, lang=lang)
    end = due_token(digest.end, all_day=True, tz=tz, lang=lang)
    blocks: list[bk.Block] = [
        bk.section(f"*{t(lang, 'team_digest.header', week=week)}*"),
        bk.context(t(lang, "team_digest.period", start=start, end=end)),
    ]
    if digest.interactions:
        kinds = ", ".join(
            t(lang, f"team_digest.kind.{kind}", n=n) for kind, n in sorted(digest.interactions.items()) if n
        )
        lines = [f"• {_partner(p.name)}" for p in digest.contacted]
        lines += _unnamed_line(digest.contacted_unnamed, lang)
        head = t(
            lang, "team_digest.activity", n=digest.interaction_count, kinds=kinds, partners=digest.partners_contacted
        )
        blocks.extend(_part(head, lines, lang))
    if digest.agreements or digest.agreements_unnamed:
        lines = [
            f"• {_partner(a.name)}: {_agreement_text(a, lang)} "
            f"({t(lang, 'team_digest.in_writing' if a.in_writing else 'team_digest.verbal')})"
            for a in digest.agreements
        ]
        lines += _unnamed_line(digest.agreements_unnamed, lang, with_amount=True)
        head = t(
            lang,
            "team_digest.agreements",
            n=len(digest.agreements) + digest.agreements_unnamed.partners,
            total=money(digest.pledged_dkk, lang),
            written=money(digest.pledged_in_writing_dkk, lang),
            verbal=money(digest.pledged_dkk - digest.pledged_in_writing_dkk, lang),
        )
        blocks.extend(_part(head, lines, lang))
    if digest.moved or digest.moved_unnamed:
        lines = [
            f"• {_partner(m.name)}: {label('stage', m.old_stage, lang) if m.old_stage else '–'} → "
            f"{label('stage', m.new_stage, lang) if m.new_stage else '–'}"
            for m in digest.moved
        ]
        lines += _unnamed_line(digest.moved_unnamed, lang)
        n = len(digest.moved) + digest.moved_unnamed.partners
        blocks.extend(_part(t(lang, "team_digest.moved", n=n), lines, lang))
    if digest.due_total:
        lines = [t(lang, "team_digest.due_owner", who=person(owner), n=n) for owner, n in digest.due_by_owner.items()]
        if digest.due_by_owner and digest.due_unowned:
            lines.append(t(lang, "team_digest.due_unowned", n=digest.due_unowned))
        head = t(lang, "team_digest.due", n=digest.due_total, people=digest.due_people)
        blocks.extend(_part(head, lines, lang))
    if digest.not_in_writing or digest.not_in_writing_unnamed:
        lines = [f"• {_partner(a.name)}: {_agreement_text(a, lang)}" for a in digest.not_in_writing]
        lines += _unnamed_line(digest.not_in_writing_unnamed, lang, with_amount=True)
        n = len(digest.not_in_writing) + digest.not_in_writing_unnamed.partners
        blocks.extend(_part(t(lang, "team_digest.not_in_writing", n=n), lines, lang))
    if digest.losing_touch or digest.losing_touch_unnamed:
        lines = [
            f"• {_partner(p.name)} – "
            + (
                due_token(p.last_contact, all_day=True, tz=tz, lang=lang)
                if p.last_contact
                else t(lang, "team_digest.never_contacted")
            )
            for p in digest.losing_touch
        ]
        lines += _unnamed_line(digest.losing_touch_unnamed, lang)
        n = len(digest.losing_touch) + digest.losing_touch_unnamed.partners
        blocks.extend(_part(t(lang, "team_digest.losing_touch", n=n), lines, lang))
    footer = [t(lang, "team_digest.footer")]
    if digest.shared:
        footer.append(t(lang, "team_digest.footer_shared"))
    blocks.append(bk.context(*footer))
    return blocks


def team_digest_message(digest: TeamDigestContent) -> dict[str, Any]:
    """The chat.postMessage arguments (text + blocks) of a team digest."""
    return bk.message(
        t(digest.recipient.lang, "team_digest.notify", week=digest.week), build_team_digest_blocks(digest)
    )


def render(message: Outgoing) -> dict[str, Any]:
    """Text and blocks for any outgoing message."""
    if isinstance(message.content, ReminderContent):
        return reminder_message(message.content, message.recipient.lang, message.recipient.tz)
    if isinstance(message.content, TeamDigestContent):
        return team_digest_message(message.content)
    return digest_message(message.content)
