"""`/partner campaign add|list|join`: the campaigns that reports, lists and exports are about."""

from __future__ import annotations

import re

from bot.domain.overview.campaigns import parse_amount, split_campaign_and_partner, trailing_goal
from bot.domain.overview.listing import match_campaign
from bot.domain.overview.report import campaign_progress
from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt
from storage import overview as queries
from storage.campaigns import add_partner, create_campaign, list_campaigns
from storage.models import Campaign
from storage.names import search_key
from storage.search import find_partners

ADD_WORDS = ("add", "new", "create", "opret", "ny", "tilføj")
LIST_WORDS = ("list", "liste", "vis", "show")
JOIN_WORDS = ("join", "deltag", "tilmeld", "meld")
_GOAL = re.compile(r"^(?P<name>.+?)\s+(?:goal|mål|maal)\s*:?\s+(?P<amount>.+)$", re.IGNORECASE)


def _unknown(lang: str, what: str, campaigns: list[Campaign]) -> str:
    """'I know no campaign “…”', with the campaigns there are."""
    known = fmt.some_names([c.name for c in campaigns], lang)
    return t(lang, "overview.campaign.unknown", what=bk.escape(bk.clip(what, 80)), known=known)


def _usage(inv: Invocation) -> None:
    inv.ack(response_type="ephemeral", text=t(inv.lang, "overview.campaign.usage", command=inv.command_name))


def _add(inv: Invocation, rest: str) -> None:
    lang = inv.lang
    name, goal = rest.strip(), None
    match = _GOAL.match(name)
    if match:
        goal = parse_amount(match.group("amount"))
        if goal is None:
            inv.ack(
                response_type="ephemeral",
                text=t(lang, "overview.campaign.bad_goal", amount=bk.escape(bk.clip(match.group("amount"), 40))),
            )
            return
        name = match.group("name").strip()
    elif (split := trailing_goal(name)) is not None:
        name, goal = split
    if not search_key(name):
        _usage(inv)
        return
    with inv.services.transaction(inv.actor.user_id) as session:
        existing = [c for c in list_campaigns(session, ws=inv.actor.ws) if search_key(c.name) == search_key(name)]
        if existing:
            text = t(lang, "overview.campaign.exists", name=bk.escape(existing[0].name))
        else:
            create_campaign(
                session, ws=inv.actor.ws, name=bk.clip(name, 200), goal_dkk=goal, created_by=inv.actor.user_id
            )
            goal_text = t(lang, "overview.campaign.goal", goal=fmt.money(goal, lang)) if goal else ""
            text = t(lang, "overview.campaign.created", name=bk.escape(name), goal=goal_text)
            if text.endswith(".."):
                text = text[:-1]  # "... mål på 40.000 kr." already ends the sentence
    inv.ack(response_type="ephemeral", text=text)


MAX_CAMPAIGN_LINES = 100


def _list(inv: Invocation, named: str = "") -> None:
    """Every campaign with its partners and what is pledged; `named`: only the campaign it names."""
    lang = inv.lang
    with inv.services.transaction(inv.actor.user_id) as session:
        campaigns = list_campaigns(session, ws=inv.actor.ws)
        if named:
            campaign = match_campaign(campaigns, named)
            if campaign is None:
                usage = t(lang, "overview.campaign.usage", command=inv.command_name)
                inv.ack(response_type="ephemeral", text=_unknown(lang, named, campaigns) + "\n" + usage)
                return
            campaigns = [campaign]
        counts = queries.campaign_partner_counts(session, ws=inv.actor.ws)
        lines = []
        for c in campaigns:
            progress = campaign_progress(session, ws=inv.actor.ws, campaign=c)
            goal = f" / {fmt.money(c.goal_dkk, lang)}" if c.goal_dkk else ""
            lines.append(
                t(
                    lang,
                    "overview.campaign.line",
                    name=bk.escape(c.name),
                    partners=counts.get(c.id, 0),
                    pledged=fmt.money(progress.totals.pledged_dkk, lang) + fmt.pledged_elsewhere(progress.totals, lang),
                    goal=goal,
                )
            )
    if not lines:
        inv.ack(response_type="ephemeral", text=t(lang, "overview.campaign.none", command=inv.command_name))
        return
    # Every campaign, in as many sections as needed; the block budget of a message (50 sections of
    # 3,000 characters) holds hundreds of lines at the longest names, and anything past
    # MAX_CAMPAIGN_LINES is counted.
    blocks = bk.listing(
        lines,
        title=f"*{t(lang, 'overview.campaign.title')}* ({len(lines)})",
        shown=MAX_CAMPAIGN_LINES,
        more=lambda n: t(lang, "overview.more_lines", count=n),
    )
    inv.ack(response_type="ephemeral", **bk.message(t(lang, "overview.campaign.title"), blocks))


def _join(inv: Invocation, rest: str) -> None:
    lang = inv.lang
    with inv.services.transaction(inv.actor.user_id) as session:
        campaigns = list_campaigns(session, ws=inv.actor.ws)
        split = split_campaign_and_partner(campaigns, rest)
        if split is None:
            text = _unknown(lang, rest, campaigns)
        else:
            campaign, partner_text = split
            matches = find_partners(session, ws=inv.actor.ws, query=partner_text, limit=5)
            exact = [m for m in matches if m.how == "exact"]
            if len(exact) == 1 or (len(matches) == 1 and matches[0].how != "fuzzy"):
                partner = (exact or matches)[0].partner
                add_partner(session, ws=inv.actor.ws, campaign_id=campaign.id, partner_id=partner.id)
                text = t(
                    lang, "overview.campaign.joined", partner=bk.escape(partner.name), campaign=bk.escape(campaign.name)
                )
            elif matches:
                text = t(
                    lang,
                    "overview.campaign.which",
                    query=bk.escape(bk.clip(partner_text, 80)),
                    names=", ".join(bk.escape(m.partner.name) for m in matches),
                )
            else:
                text = t(lang, "overview.status.no_match", query=bk.escape(bk.clip(partner_text, 80)))
    inv.ack(response_type="ephemeral", text=text)


def handle_campaign(inv: Invocation) -> None:
    """Route `campaign add|list|join`."""
    word, _, rest = inv.args.strip().partition(" ")
    word = word.lower()
    if word in ADD_WORDS:
        _add(inv, rest)
    elif word in LIST_WORDS or not word:
        _list(inv)
    elif word in JOIN_WORDS:
        _join(inv, rest)
    else:
        _list(inv, named=inv.args.strip())  # `/partner campaign Læs for mig`: that campaign


def register(commands: Commands) -> None:
    """Add `campaign` (Danish: `kampagne`)."""
    commands.add(
        "campaign",
        handle_campaign,
        help_key="help.cmd.campaign",
        usage="add <name> [goal <amount>] | list | join <campaign> <partner>",
        aliases=("kampagne",),
        da=("kampagne", "opret <navn> [mål <beløb>] | liste | tilmeld <kampagne> <partner>"),
    )
