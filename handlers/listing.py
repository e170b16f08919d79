"""`/partner list [stage | kind | campaign]`: partners with stage, last contact and next follow-up."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.domain.overview.due import effective_due
from bot.domain.overview.listing import ListFilter, ListPage, list_page, parse_list_filter
from bot.domain.people import Actor
from bot.domain.services import Services
from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt
from handlers.shared.context import actor_of, parse_id, services_of
from storage.campaigns import list_campaigns

LIST_MORE = "overview_list_more"
PAGE_SIZE = 30


def filter_title(flt: ListFilter, lang: str) -> str:
    """What the list shows, as a heading."""
    if flt.stage is not None:
        return t(lang, "overview.list.title_by", what=fmt.label("stage", flt.stage, lang))
    if flt.kind is not None:
        return t(lang, "overview.list.title_by", what=fmt.label("partner_kind", flt.kind, lang))
    if flt.campaign is not None:
        return t(lang, "overview.list.title_by", what=bk.escape(flt.campaign.name))
    return t(lang, "overview.list.title_all")


def row_line(row: Any, lang: str, tz: str) -> str:
    """'• *Name* — stage · last contact … · next: Call <date> @owner'."""
    p = row.partner
    last = fmt.due(row.last_contact, all_day=False, tz=tz, lang=lang) if row.last_contact else t(lang, "overview.never")
    line = f"• *{bk.escape(p.name)}* — {fmt.label('stage', p.stage, lang)} · {t(lang, 'overview.list.last', when=last)}"
    if row.next_followup is not None:
        f = row.next_followup
        due, all_day = effective_due(f)
        line += " · " + t(
            lang,
            "overview.list.next",
            action=fmt.label("action", f.action, lang),
            when=fmt.due(due, all_day=all_day, tz=f.due_tz or tz, lang=lang),
            owner=fmt.person(f.owner_user_id),
        )
    return line


def build_list_blocks(page: ListPage, flt: ListFilter, filter_text: str, lang: str, tz: str) -> list[bk.Block]:
    """One page of the list: lines in a few sections, and 'show more' carrying the next offset."""
    blocks: list[bk.Block] = [bk.section(f"*{filter_title(flt, lang)}* ({page.total})")]
    if not page.rows:
        blocks.append(bk.section(t(lang, "overview.list.empty")))
        return blocks
    lines = [row_line(row, lang, tz) for row in page.rows]
    blocks.extend(bk.sections(lines))
    last = page.offset + len(page.rows)
    blocks.append(bk.context(t(lang, "overview.shown", first=page.offset + 1, last=last, total=page.total)))
    if page.next_offset is not None:
        value = f"{page.next_offset}|{bk.clip(filter_text, 500)}"
        blocks.append(bk.actions(bk.button(t(lang, "overview.show_more"), LIST_MORE, value)))
    return blocks


def _list(services: Services, actor: Actor, filter_text: str, offset: int) -> tuple[str, list[bk.Block]] | None:
    with services.transaction(actor.user_id) as session:
        flt = parse_list_filter(filter_text, list_campaigns(session, ws=actor.ws))
        if flt is None:
            return None
        page = list_page(session, ws=actor.ws, flt=flt, offset=offset, limit=PAGE_SIZE)
        return filter_title(flt, actor.lang), build_list_blocks(page, flt, filter_text, actor.lang, actor.tz)


def handle_list(inv: Invocation) -> None:
    """Answer with the first page of partners (by stage, kind or campaign)."""
    result = _list(inv.services, inv.actor, inv.args.strip(), 0)
    if result is None:
        inv.ack(
            response_type="ephemeral",
            text=t(inv.lang, "overview.list.unknown", what=bk.escape(bk.clip(inv.args, 80)), command=inv.command_name),
        )
        return
    title, blocks = result
    inv.ack(response_type="ephemeral", **bk.message(title, blocks))


def handle_more(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """Show more: the next page as a new message below."""
    ack()
    services, actor = services_of(context), actor_of(context)
    offset_text, _, filter_text = str((body.get("actions") or [{}])[0].get("value") or "").partition("|")
    result = _list(services, actor, filter_text, parse_id(offset_text) or 0)
    if result is not None:
        title, blocks = result
        respond(response_type="ephemeral", replace_original=False, **bk.message(title, blocks))


def register(app: App, commands: Commands) -> None:
    """Add `list` (Danish: `liste`) and its 'show more' button."""
    commands.add(
        "list",
        handle_list,
        help_key="help.cmd.list",
        usage="[stage | kind | campaign]",
        aliases=("liste",),
        da=("liste", "[fase | type | kampagne]"),
    )
    app.action(LIST_MORE)(handle_more)
