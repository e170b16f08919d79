"""`/partner log`: one line becomes a saved record, confirmed on a card that can fix or undo it.

The command parses and saves before it acknowledges, so "saved" is only said after the commit
(the whole path takes a few milliseconds). Buttons acknowledge first, change the database, then
redraw the card from what is stored. The same modal serves Edit, the message shortcut and the
global shortcut.
"""

from __future__ import annotations

import re

from slack_bolt import App

from bot.domain import edit
from handlers.ids import LOG_MODAL, LOG_OPEN_FOR_PARTNER, SHORTCUT_LOG_GLOBAL, SHORTCUT_LOG_MESSAGE
from handlers.log.buttons import (
    _followup_button,
    _log_button,
    handle_choose,
    handle_new_partner,
    handle_pick_pledge,
)
from handlers.log.card import (
    LOG_CHOOSE,
    LOG_DONE,
    LOG_DROP,
    LOG_EDIT,
    LOG_KEEP,
    LOG_NEW_PARTNER,
    LOG_PICK_PLEDGE,
    LOG_PLEDGE_FIX,
    LOG_PUBLICITY,
    LOG_RESTORE,
    LOG_SUMMARY,
    LOG_UNDO,
)
from handlers.log.command import free_text, handle_log
from handlers.log.fixes import handle_pledge_fix, handle_publicity
from handlers.log.modal import (
    handle_edit,
    handle_global_shortcut,
    handle_message_shortcut,
    handle_open_for_partner,
    handle_submission,
)
from handlers.log.summary import LOG_SUMMARY_MODAL, handle_summary, handle_summary_sent
from handlers.router import Commands


def register(app: App, commands: Commands) -> None:
    """`log` and free-text logs, the card's buttons, the modal and both shortcuts."""
    commands.add(
        "log",
        handle_log,
        help_key="help.cmd.log",
        usage="<text>",
        aliases=("noter", "notér"),
        da=("log", "<tekst>"),
        claims_replay=True,
    )

    commands.fallback = free_text
    app.action(LOG_UNDO)(_log_button(edit.undo, "undo"))
    app.action(LOG_RESTORE)(_log_button(edit.restore, "restore"))
    app.action(LOG_DONE)(_followup_button("done"))
    app.action(LOG_KEEP)(_followup_button("keep"))
    app.action(LOG_DROP)(_followup_button("drop"))
    app.action(re.compile(rf"^{LOG_CHOOSE}(:\d+)?$"))(handle_choose)
    app.action(LOG_NEW_PARTNER)(handle_new_partner)
    app.action(re.compile(rf"^{LOG_PLEDGE_FIX}(:\d+)?$"))(handle_pledge_fix)
    app.action(LOG_PUBLICITY)(handle_publicity)
    app.action(LOG_SUMMARY)(handle_summary)
    app.view(LOG_SUMMARY_MODAL)(handle_summary_sent)
    app.action(re.compile(rf"^{LOG_PICK_PLEDGE}(:\d+)?$"))(handle_pick_pledge)
    app.action(LOG_EDIT)(handle_edit)
    app.action(LOG_OPEN_FOR_PARTNER)(handle_open_for_partner)
    app.shortcut(SHORTCUT_LOG_MESSAGE)(handle_message_shortcut)
    app.shortcut(SHORTCUT_LOG_GLOBAL)(handle_global_shortcut)
    app.view(LOG_MODAL)(handle_submission)
