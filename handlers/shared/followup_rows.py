"""One open follow-up as a row with Done and a Snooze menu: `/partner due` and the App Home show the same row."""

from __future__ import annotations

from bot.domain.followup_times import SNOOZE_OPTIONS
from bot.domain.overview.due import DueItem
from bot.i18n import t
from handlers.ids import DUE_DONE, DUE_SNOOZE
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt

HOME = "home"  # the scope of buttons on the App Home, which has no message to redraw


def item_line(item: DueItem, lang: str, tz: str, *, show_owner: bool) -> str:
    """'*Call* Danske Bank — <date> · @owner — text'."""
    f = item.followup
    partner = f" {bk.escape(item.partner_name)}" if item.partner_name else ""
    owner = f" · {fmt.person(f.owner_user_id)}" if show_owner else ""
    snoozed = f" ({fmt.label('followup_status', 'snoozed', lang)})" if f.status == "snoozed" else ""
    text = f"\n{bk.escape(bk.clip(f.text, 300))}" if f.text else ""
    due = fmt.due(item.due, all_day=item.all_day, tz=f.due_tz or tz, lang=lang)
    if getattr(f, "by_partner", False):
        return f"⏳ *{t(lang, 'overview.due.from_them')}*{partner} — {due}{snoozed}{owner}{text}"
    return f"*{fmt.label('action', f.action, lang)}*{partner} — {due}{snoozed}{owner}{text}"


def item_blocks(item: DueItem, lang: str, tz: str, *, show_owner: bool, scope: str, offset: int) -> list[bk.Block]:
    """A follow-up line and its buttons: Done, and a Snooze menu."""
    fid = item.followup.id
    ref = f"{scope}|{offset}"
    snooze = {
        "type": "static_select",
        "action_id": DUE_SNOOZE,
        "placeholder": bk.plain(t(lang, "overview.snooze")),
        "options": [
            {"text": bk.plain(t(lang, f"overview.snooze.{option}")), "value": f"{fid}|{option}|{ref}"}
            for option in SNOOZE_OPTIONS
        ],
    }
    return [
        bk.section(item_line(item, lang, tz, show_owner=show_owner)),
        bk.actions(bk.button(t(lang, "overview.done"), DUE_DONE, f"{fid}|{ref}", style="primary"), snooze),
    ]
