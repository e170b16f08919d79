"""The App Home tab: my follow-ups with buttons, the team's latest logs, and campaign progress.

A change someone made (a log, a card's button, the Edit modal) asks for a redraw with `redraw_soon`:
each Home is redrawn once, `HOME_REDRAW_MS` after the first change, however many came in between,
so a burst of logs costs one redraw per person and the redraws do not compete with the next
command. Where the person is looking at the Home (opening it, its own buttons) `refresh_home`
redraws at once. The tab itself is opened in handlers/home.py.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.overview.home import HomeData, home_data
from bot.domain.services import Services
from bot.i18n import t
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt
from handlers.shared.actor import resolve_actor
from handlers.shared.followup_rows import HOME, item_blocks
from handlers.shared.formatting import progress_bar
from storage.db import DatabaseError
from storage.scope import Workspace

log = logging.getLogger(__name__)

HOME_ITEMS = 25  # two blocks each: 50 of a view's 100
RECENT_TEXT_CHARS = 120
HOME_CAMPAIGNS = 15


def build_home_view(data: HomeData, lang: str, tz: str, user_id: str) -> dict[str, Any]:
    """The Home tab view, within Slack's 100-block limit."""
    blocks: list[bk.Block] = [bk.header(t(lang, "overview.home.title"))]
    blocks.append(bk.section(f"*{t(lang, 'overview.home.mine')}*"))
    items = data.due.items()
    if not items:
        blocks.append(bk.section(t(lang, "overview.due.nothing")))
    current = None
    for item in items[:HOME_ITEMS]:
        if item.bucket != current:
            current = item.bucket
            blocks.append(bk.context(f"*{t(lang, f'overview.home.{current}')}* ({len(getattr(data.due, current))})"))
        blocks.extend(item_blocks(item, lang, tz, show_owner=False, scope=HOME, offset=0))
    if len(items) > HOME_ITEMS:
        blocks.append(bk.context(t(lang, "overview.home.more", count=len(items) - HOME_ITEMS)))
    blocks.append(bk.divider())

    lines = []
    for interaction, partner_name in data.recent:
        partner = f"*{bk.escape(partner_name)}*" if partner_name else "–"
        text = bk.escape_with_names(bk.clip(" ".join(interaction.raw_text.split()), RECENT_TEXT_CHARS))
        lines.append(
            f"• {fmt.due(interaction.occurred_at, all_day=False, tz=tz, lang=lang)} · {partner} · "
            f"{fmt.person(interaction.logged_by)} · {fmt.label('interaction', interaction.kind, lang)}: {text}"
        )
    blocks.extend(bk.sections(lines or [t(lang, "overview.none")], title=f"*{t(lang, 'overview.home.recent')}*"))
    blocks.append(bk.divider())

    progress = []
    for cp in data.campaigns:
        goal = f" / {fmt.money(cp.goal_dkk, lang)}" if cp.goal_dkk else ""
        bar = progress_bar(cp.share, 10)
        progress.append(
            f"• *{bk.escape(cp.campaign.name)}*: {fmt.money(cp.totals.pledged_dkk, lang)}"
            f"{fmt.pledged_elsewhere(cp.totals, lang)}{goal}"
            + (f" `{bar}`" if bar else "")
            + " · "
            + t(lang, "overview.home.in_writing", amount=fmt.money(cp.totals.in_writing_dkk, lang))
        )
    if data.awaited_permissions:
        waits = [
            t(lang, "overview.permission_line", partner=bk.escape(p), grantor=bk.escape(g))
            for p, g in data.awaited_permissions
        ]
        blocks.extend(
            bk.listing(
                waits,
                title=f"*{t(lang, 'overview.home.permissions')}*",
                shown=10,
                more=lambda n: t(lang, "overview.more_lines", count=n),
            )
        )
    blocks.extend(
        bk.listing(
            progress or [t(lang, "overview.home.no_campaigns")],
            title=f"*{t(lang, 'overview.home.campaigns')}*",
            shown=HOME_CAMPAIGNS,
            more=lambda n: t(lang, "overview.more_lines", count=n),
        )
    )
    blocks.append(bk.context(t(lang, "overview.home.footer")))
    return {"type": "home", "blocks": blocks[: bk.MAX_BLOCKS_VIEW]}


def refresh_home(client: WebClient, services: Services, ws: Workspace, user_id: str) -> None:
    """Publish a user's Home tab anew; failures are logged, never raised (it is a courtesy)."""
    try:
        actor = resolve_actor(services, client, ws, user_id)
        # A plain read: on SQLite it does not queue behind writers (the next log), on PostgreSQL
        # it sends no BEGIN or COMMIT.
        with services.transaction(None, read_only=True) as session:
            data = home_data(session, ws=ws, user_id=user_id, now=services.now(), tz=actor.tz)
            view = build_home_view(data, actor.lang, actor.tz, user_id)
        client.views_publish(user_id=user_id, view=view)
    except (SlackApiError, SlackClientError, DatabaseError, OSError):
        log.warning("could not refresh the App Home", exc_info=True)


_pending: set[tuple[int, str, str | None, str]] = set()
_pending_lock = threading.Lock()


def redraw_soon(client: WebClient, services: Services, ws: Workspace, user_id: str) -> None:
    """Redraw a user's Home after `settings.home_redraw_ms`, once for every change asked for meanwhile."""
    delay = services.settings.home_redraw_ms / 1000
    if delay <= 0:
        refresh_home(client, services, ws, user_id)
        return
    key = (id(services), ws.team_id, ws.enterprise_id, user_id)
    with _pending_lock:
        if key in _pending:
            return
        _pending.add(key)

    def redraw() -> None:
        with _pending_lock:
            # Before drawing: a change made while this draws asks for a draw of its own.
            _pending.discard(key)
        refresh_home(client, services, ws, user_id)

    timer = threading.Timer(delay, redraw)
    timer.name = "home-redraw"
    timer.daemon = True
    timer.start()
