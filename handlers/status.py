"""`/partner status <name>`: where we stand with a partner, one command away."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.domain.overview.status import Lookup, StatusSummary, lookup_partner, status_summary
from bot.domain.overview.totals import Totals
from bot.i18n import t
from handlers.ids import LOG_OPEN_FOR_PARTNER
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt
from handlers.shared.context import actor_of, parse_id, refuse, services_of
from storage.models import IN_WRITING, PledgeKind, PledgeStatus, Publicity

# Each choice button's action_id is STATUS_SHOW:<n> (Slack refuses two equal action_ids in one
# block); the handler takes all of them, and the bare STATUS_SHOW of choices posted earlier.
STATUS_SHOW = "overview_status_show"
STATUS_SHOW_ANY = re.compile(rf"^{STATUS_SHOW}(:\d+)?$")
MAX_LINES = 12  # per section, so a partner with a long history still fits one message
RAW_TEXT_CHARS = 200


def lines_section(title: str, lines: list[str], lang: str) -> list[bk.Block]:
    """A titled list of bullet lines: MAX_LINES of them, then how many more, in as many sections
    as Slack's 3,000 characters need (nothing cut)."""
    return bk.listing(
        lines, title=f"*{title}*", shown=MAX_LINES, more=lambda n: t(lang, "overview.more_lines", count=n)
    )


def when(moment: datetime, tz: str, lang: str) -> str:
    """A past moment as a Slack date token."""
    return fmt.due(moment, all_day=False, tz=tz, lang=lang)


def pledge_line(kind: str, status: str, amount: int | None, quantity: int | None, what: str | None, lang: str) -> str:
    """'• Money: 20.000 kr. — verbal (not in writing)' and the like."""
    parts = []
    if amount:
        parts.append(fmt.money(amount, lang))
    if quantity:
        parts.append(f"{fmt.number(quantity, lang)} {bk.escape(what or '')}".strip())
    elif what and not amount:
        parts.append(bk.escape(what))
    value = (": " + ", ".join(parts)) if parts else ""  # "• Other — verbal": a kind of ask alone has no "–"
    state = fmt.label("pledge_status", status, lang)
    if PledgeStatus(status) in IN_WRITING:
        proof = t(lang, "overview.status.in_writing")
    elif PledgeStatus(status) is PledgeStatus.VERBAL:
        proof = t(lang, "overview.status.not_in_writing")
    else:
        proof = ""
    return f"• {fmt.label('pledge_kind', kind, lang).capitalize()}{value} — {state}{proof}"


def totals_lines(totals: Totals, lang: str) -> list[str]:
    """Pledged, in writing and delivered money, then pledged items (over several lines when many,
    never splitting one item)."""
    text = t(
        lang,
        "overview.totals",
        pledged=fmt.money(totals.pledged_dkk, lang),
        writing=fmt.money(totals.in_writing_dkk, lang),
        delivered=fmt.money(totals.delivered_dkk, lang),
    )
    if totals.asked_dkk:
        text += " · " + t(lang, "overview.totals.asked", asked=fmt.money(totals.asked_dkk, lang))
    other = fmt.other_currencies(totals, lang)
    if other:
        text += "\n" + other
    if totals.in_kind_dkk:
        text += "\n" + t(
            lang,
            "overview.totals.in_kind",
            value=fmt.money(totals.in_kind_dkk, lang),
            delivered=fmt.money(totals.in_kind_delivered_dkk, lang),
        )
    lines = [text]
    # People giving their time ("3 frivillige medarbejdere") are no things: a line of their own.
    for key, people in (("overview.totals.items", False), ("overview.totals.people", True)):
        items = [
            f"{fmt.number(q, lang)} {bk.escape(what) or fmt.label('pledge_kind', kind, lang)}"
            for (kind, what), q in sorted(totals.items.items())
            if (kind == PledgeKind.TIME.value) is people
        ]
        if items:
            first, *rest = bk.joined(items)
            lines += [t(lang, key, items=first), *rest]
    return lines


def build_status_blocks(summary: StatusSummary, lang: str, tz: str) -> list[bk.Block]:
    """The status card of one partner."""
    st = summary.status
    p = st.partner
    blocks: list[bk.Block] = [bk.title(p.name)]
    if p.publicity == Publicity.NO_PUBLICITY:
        blocks.append(bk.section(t(lang, "overview.status.no_publicity")))
    facts = t(
        lang,
        "overview.status.facts",
        stage=fmt.label("stage", p.stage, lang),
        kind=fmt.label("partner_kind", p.kind, lang),
        publicity=fmt.label("publicity", p.publicity, lang),
    )
    fact_lines = [facts]
    for key, names in (
        ("overview.status.aliases", [a.name for a in st.aliases]),
        ("overview.status.campaigns", [c.name for c in st.campaigns]),
    ):
        if names:
            first, *rest = bk.joined([bk.escape(n) for n in names])
            fact_lines.extend([t(lang, key, names=first), *rest])
    blocks.extend(bk.sections(fact_lines))

    contact_lines = []
    for c in st.contacts:
        line = f"• {'⭐ ' if c.is_decision_maker else ''}*{bk.escape(c.name)}*"
        if c.role:
            line += f", {bk.escape(c.role)}"
        if c.is_decision_maker:
            line += f" ({t(lang, 'overview.status.decision_maker')})"
        details = " · ".join(bk.escape(x) for x in (c.email, c.phone) if x)
        contact_lines.append(f"{line} {details}".rstrip())
    blocks.extend(lines_section(t(lang, "overview.status.contacts"), contact_lines or [t(lang, "overview.none")], lang))

    pledge_lines = [
        pledge_line(PledgeKind(pl.kind).value, PledgeStatus(pl.status).value, pl.amount_dkk, pl.quantity, pl.what, lang)
        for pl in st.pledges
    ]
    blocks.extend(lines_section(t(lang, "overview.status.pledges"), pledge_lines or [t(lang, "overview.none")], lang))
    if st.pledges:
        totals = totals_lines(summary.totals, lang)
        # A context holds ten texts; a partner with more pledged items than that gets sections.
        blocks.extend([bk.context(*totals)] if len(totals) <= bk.MAX_CONTEXT_ELEMENTS else bk.sections(totals))

    followup_lines = []
    for f in st.open_followups:
        due = f.snoozed_until if f.snoozed_until and f.status == "snoozed" else f.due_at
        all_day = bool(f.all_day) and due == f.due_at
        text = f" — {bk.escape(bk.clip(f.text, 150))}" if f.text else ""
        followup_lines.append(
            f"• {fmt.label('action', f.action, lang)} {fmt.due(due, all_day=all_day, tz=f.due_tz or tz, lang=lang)}"
            f" · {fmt.person(f.owner_user_id)}{text}"
        )
    blocks.extend(
        lines_section(t(lang, "overview.status.followups"), followup_lines or [t(lang, "overview.none")], lang)
    )

    if st.pending_permissions:
        perm_lines = [
            f"• {bk.escape(grantor.name)} ({t(lang, f'overview.permission.{perm.status.value}')})"
            + (f" — {bk.escape(bk.clip(perm.note, 150))}" if perm.note else "")
            for perm, grantor in st.pending_permissions
        ]
        blocks.extend(lines_section(t(lang, "overview.status.permissions"), perm_lines, lang))

    interaction_lines = [
        f"• {when(i.occurred_at, tz, lang)} · {fmt.person(i.logged_by)} · {fmt.label('interaction', i.kind, lang)}: "
        f"{bk.escape_with_names(bk.clip(' '.join(i.raw_text.split()), RAW_TEXT_CHARS))}"
        for i in st.last_interactions
    ]
    blocks.extend(
        lines_section(t(lang, "overview.status.interactions"), interaction_lines or [t(lang, "overview.none")], lang)
    )

    if st.last_contact_at is None:
        blocks.append(bk.context(t(lang, "overview.status.never_contacted")))
    else:
        days = st.days_since_last_contact
        near = fmt.days_ago(days, lang) if days is not None else None
        date = when(st.last_contact_at, tz, lang)
        blocks.append(
            bk.context(
                t(lang, "overview.status.contact_on", when=near, date=date)
                if near
                else t(lang, "overview.status.days_since", days=days, date=date)
            )
        )
    blocks.append(bk.actions(bk.button(t(lang, "overview.log_call"), LOG_OPEN_FOR_PARTNER, str(p.id), style="primary")))
    return blocks


def build_choice_blocks(lookup: Lookup, lang: str) -> list[bk.Block]:
    """A short list of partners to pick from when a name matches several (or only roughly)."""
    options = [
        (
            m.partner.name if m.name == m.partner.name else f"{m.partner.name} ({m.name})",
            f"{STATUS_SHOW}:{i}",
            str(m.partner.id),
        )
        for i, m in enumerate(lookup.candidates)
    ]
    return bk.choices(t(lang, "overview.status.choose", query=bk.escape(bk.clip(lookup.query, 80))), options)


def build_no_match_blocks(query: str, lang: str, command_name: str) -> list[bk.Block]:
    """Nothing matched: say so and show how to log the first contact."""
    return [
        bk.section(t(lang, "overview.status.no_match", query=bk.escape(bk.clip(query, 80)))),
        bk.context(t(lang, "overview.status.log_first", command=command_name, name=bk.escape(bk.clip(query, 80)))),
    ]


def handle_status(inv: Invocation) -> None:
    """Find the partner and answer with its status (or a choice, or how to log it)."""
    query = inv.args.strip()
    lang, tz = inv.lang, inv.actor.tz
    if not query:
        inv.ack(response_type="ephemeral", text=t(lang, "overview.status.usage", command=inv.command_name))
        return
    with inv.services.transaction(inv.actor.user_id) as session:
        lookup = lookup_partner(session, ws=inv.actor.ws, query=query)
        summary = (
            status_summary(session, ws=inv.actor.ws, partner_id=lookup.chosen.partner.id, now=inv.services.now())
            if lookup.chosen is not None
            else None
        )
        if summary is not None:
            blocks = build_status_blocks(summary, lang, tz)
            text = bk.escape(summary.status.partner.name)
        elif lookup.candidates:
            blocks, text = build_choice_blocks(lookup, lang), t(lang, "overview.status.choose_plain")
        else:
            blocks = build_no_match_blocks(query, lang, inv.command_name)
            text = t(lang, "overview.status.no_match_plain")
    inv.ack(response_type="ephemeral", **bk.message(text, blocks))


def handle_show(ack: Ack, body: dict[str, Any], respond: Respond, context: BoltContext) -> None:
    """A choice button: show that partner's status in place of the choice."""
    ack()
    services, actor = services_of(context), actor_of(context)
    raw = (body.get("actions") or [{}])[0].get("value")
    with services.transaction(actor.user_id) as session:
        summary = status_summary(session, ws=actor.ws, partner_id=parse_id(raw) or 0, now=services.now())
        blocks = build_status_blocks(summary, actor.lang, actor.tz) if summary is not None else None
        text = bk.escape(summary.status.partner.name) if summary is not None else ""
    if blocks is None:
        refuse(services, actor, entity_type="partners", raw_id=raw, respond=respond)
        return
    respond(response_type="ephemeral", replace_original=True, **bk.message(text, blocks))


def register(app: App, commands: Commands) -> None:
    """Add `status` and its choice buttons."""
    commands.add("status", handle_status, help_key="help.cmd.status", usage="<partner>")
    app.action(STATUS_SHOW_ANY)(handle_show)
