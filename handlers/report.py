"""`/partner report [campaign]` with a chart, and `/partner export [campaign]` as CSV files.

Both answer from the database before the ack; the slow parts (drawing, uploading) come after
it, into the user's DM, because reports and exports name partners that want no publicity.
"""

from __future__ import annotations

import logging
import re
from zoneinfo import ZoneInfo

from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.charts import ChartTexts, ProgressBar, report_chart
from bot.domain.overview.export import export_table, public_sponsor_table, to_csv
from bot.domain.overview.listing import match_campaign
from bot.domain.overview.report import (
    LOSING_TOUCH_DAYS,
    STAGE_ORDER,
    CampaignProgress,
    Report,
    build_report,
)
from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk
from handlers.shared import formatting as fmt
from handlers.shared.context import dm_channel
from handlers.shared.formatting import progress_bar
from storage.campaigns import list_campaigns
from storage.models import Campaign
from storage.names import search_key

log = logging.getLogger(__name__)

MAX_ATTENTION_LINES = 10
MAX_CAMPAIGN_LINES = 20
_DAYS = re.compile(r"^(?P<rest>.*?)\s*(?P<days>\d{1,3})\s*(?:d|dage|days|dag|day)$", re.IGNORECASE)
UPLOAD_ERRORS = (SlackApiError, SlackClientError, OSError, ValueError, KeyError)


def parse_report_args(args: str) -> tuple[str, int]:
    """'Læs for mig 45 dage' -> ('Læs for mig', 45): the campaign and the losing-touch threshold."""
    match = _DAYS.match(args.strip())
    if match and 0 < int(match.group("days")):
        return match.group("rest").strip(), int(match.group("days"))
    return args.strip(), LOSING_TOUCH_DAYS


def progress_text(progress: CampaignProgress, lang: str) -> str:
    """Pledged versus goal, in writing, delivered, asked."""
    totals = progress.totals
    goal = progress.goal_dkk
    text = t(
        lang,
        "overview.report.pledged_of_goal" if goal else "overview.report.pledged",
        pledged=fmt.money(totals.pledged_dkk, lang),
        goal=fmt.money(goal or 0, lang),
    )
    text += "\n" + t(
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
    bar = progress_bar(progress.share)
    if bar:
        text += f"\n`{bar}`"
    return text


def _limited(title: str, lines: list[str], lang: str, empty_key: str) -> list[bk.Block]:
    return bk.listing(
        lines or [t(lang, empty_key)],
        title=f"*{title}* ({len(lines)})",
        shown=MAX_ATTENTION_LINES,
        more=lambda n: t(lang, "overview.more_lines", count=n),
    )


def build_report_blocks(report: Report, lang: str, tz: str, *, note: str | None = None) -> list[bk.Block]:
    """The report as text: the full answer, and the fallback when the picture cannot be shown."""
    name = report.campaign.name if report.campaign else t(lang, "overview.report.everything")
    blocks: list[bk.Block] = [bk.title(t(lang, "overview.report.title", name=name))]
    blocks.append(bk.section(progress_text(report.progress, lang)))
    items = report.progress.totals.items
    if items:
        by_kind: dict[str, list[str]] = {}
        for (kind, what), quantity in sorted(items.items()):
            by_kind.setdefault(kind, []).append(f"{fmt.number(quantity, lang)} {bk.escape(what)}".strip())
        lines = [
            f"• {fmt.label('pledge_kind', kind, lang).capitalize()}: {', '.join(v)}" for kind, v in by_kind.items()
        ]
        blocks.extend(bk.sections(lines, title=f"*{t(lang, 'overview.report.items')}*"))
    stages = [f"{fmt.label('stage', s, lang)}: {report.stages[s]}" for s in STAGE_ORDER if report.stages.get(s)]
    blocks.extend(
        bk.sections([" · ".join(stages) or t(lang, "overview.none")], title=f"*{t(lang, 'overview.report.stages')}*")
    )
    if report.campaigns:
        lines = []
        for cp in report.campaigns:
            goal = f" / {fmt.money(cp.goal_dkk, lang)}" if cp.goal_dkk else ""
            bar = progress_bar(cp.share, 10)
            lines.append(
                f"• *{bk.escape(cp.campaign.name)}*: {fmt.money(cp.totals.pledged_dkk, lang)}"
                f"{fmt.pledged_elsewhere(cp.totals, lang)}{goal}" + (f" `{bar}`" if bar else "")
            )
        blocks.extend(
            bk.listing(
                lines,
                title=f"*{t(lang, 'overview.report.campaigns')}*",
                shown=MAX_CAMPAIGN_LINES,
                more=lambda n: t(lang, "overview.more_lines", count=n),
            )
        )
    blocks.append(bk.divider())

    verbal = []
    for pledge, partner in report.not_in_writing:
        what = (
            fmt.money(pledge.amount_dkk, lang)
            if pledge.amount_dkk
            else (
                f"{fmt.number(pledge.quantity or 0, lang)} {bk.escape(pledge.what or '')}".strip()
                if pledge.quantity
                else bk.escape(pledge.what or fmt.label("pledge_kind", pledge.kind, lang))
            )
        )
        verbal.append(
            f"• *{bk.escape(partner.name)}*: {what} — "
            f"{t(lang, 'overview.report.since', when=fmt.due(pledge.created_at, all_day=False, tz=tz, lang=lang))}"
        )
    blocks.extend(_limited(t(lang, "overview.report.not_in_writing"), verbal, lang, "overview.report.all_good"))

    calls = [
        f"• *{bk.escape(partner.name)}* — {fmt.due(call.occurred_at, all_day=False, tz=tz, lang=lang)} · "
        f"{fmt.person(call.logged_by)}"
        for call, partner in report.unconfirmed_calls
    ]
    blocks.extend(_limited(t(lang, "overview.report.no_email"), calls, lang, "overview.report.all_good"))
    if report.awaited_permissions:
        waits = [
            t(lang, "overview.permission_line", partner=bk.escape(p), grantor=bk.escape(g))
            for p, g in report.awaited_permissions
        ]
        blocks.extend(_limited(t(lang, "overview.report.permissions"), waits, lang, "overview.report.all_good"))

    quiet = [
        f"• *{bk.escape(lt.partner.name)}* ({fmt.label('stage', lt.partner.stage, lang)}) — "
        + (
            (fmt.days_ago(lt.days, lang) or t(lang, "overview.report.days_ago", days=lt.days))
            if lt.days is not None
            else t(lang, "overview.never")
        )
        for lt in report.losing_touch
    ]
    blocks.extend(
        _limited(
            t(lang, "overview.report.losing_touch", days=report.stale_days), quiet, lang, "overview.report.all_good"
        )
    )
    if note:
        blocks.append(bk.context(note))
    return blocks


def chart_inputs(report: Report, lang: str) -> tuple[list[ProgressBar], list[tuple[str, int]], str]:
    """The chart's bars and stages as plain values, and a one-line description for alt text."""
    shown = report.campaigns or [report.progress]
    bars = [
        ProgressBar(
            label=cp.campaign.name if cp.campaign else t(lang, "overview.report.everything"),
            delivered=cp.totals.delivered_dkk,
            in_writing=cp.totals.in_writing_dkk,
            pledged=cp.totals.pledged_dkk,
            goal=cp.goal_dkk,
        )
        for cp in shown[:12]
    ]
    stages = [(fmt.label("stage", s, lang), report.stages.get(s, 0)) for s in STAGE_ORDER]
    headline = "; ".join(
        f"{b.label}: {fmt.money(b.pledged, lang)}" + (f" / {fmt.money(b.goal, lang)}" if b.goal else "") for b in bars
    )
    return bars, stages, headline


def chart_texts(lang: str) -> ChartTexts:
    """The chart's words in the reader's language."""
    return ChartTexts(**{f: t(lang, f"overview.chart.{f}") for f in ChartTexts.__dataclass_fields__})


def _resolve_campaign(inv: Invocation, text: str) -> tuple[bool, Campaign | None]:
    if not text:
        return True, None
    with inv.services.transaction(inv.actor.user_id) as session:
        campaigns = list_campaigns(session, ws=inv.actor.ws)
        campaign = match_campaign(campaigns, text)
        if campaign is None:
            inv.ack(
                response_type="ephemeral",
                text=t(
                    inv.lang,
                    "overview.campaign.unknown",
                    what=bk.escape(bk.clip(text, 80)),
                    known=fmt.some_names([c.name for c in campaigns], inv.lang),
                ),
            )
            return False, None
        return True, campaign


def handle_report(inv: Invocation) -> None:
    """Answer with the text report at once, then draw the chart and upload it to the user's DM."""
    lang, actor = inv.lang, inv.actor
    text, days = parse_report_args(inv.args)
    ok, campaign = _resolve_campaign(inv, text)
    if not ok:
        return
    with inv.services.transaction(actor.user_id) as session:
        report = build_report(session, ws=actor.ws, campaign=campaign, now=inv.services.now(), stale_days=days)
        blocks = build_report_blocks(report, lang, actor.tz, note=t(lang, "overview.report.chart_coming"))
        bars, stages, headline = chart_inputs(report, lang)
        title = t(
            lang, "overview.report.title", name=campaign.name if campaign else t(lang, "overview.report.everything")
        )
    inv.ack(response_type="ephemeral", **bk.message(bk.escape(title), blocks))

    try:
        png = report_chart(bars, stages, chart_texts(lang))
        inv.client.files_upload_v2(
            channel=dm_channel(inv.client, actor.user_id),
            file=png,
            filename=f"{_slug(title)}.png",
            title=title,
            alt_txt=bk.clip(f"{title}: {headline}", 1000),
            initial_comment=f"*{bk.escape(title)}*\n{bk.escape(headline)}",
        )
    except UPLOAD_ERRORS:
        log.warning("could not draw or upload the report chart", exc_info=True)
        inv.respond(response_type="ephemeral", replace_original=False, text=t(lang, "overview.report.chart_failed"))
        return
    inv.respond(response_type="ephemeral", replace_original=False, text=t(lang, "overview.report.chart_sent"))


def _slug(text: str) -> str:
    return search_key(text).replace(" ", "-")[:60] or "partnerbot"


def handle_export(inv: Invocation) -> None:
    """Ack with 'preparing', then upload the full export and the public sponsor list to the user's DM."""
    lang, actor = inv.lang, inv.actor
    ok, campaign = _resolve_campaign(inv, inv.args.strip())
    if not ok:
        return
    inv.ack(response_type="ephemeral", text=t(lang, "overview.export.preparing"))
    try:
        stamp = inv.services.now().astimezone(ZoneInfo(actor.tz)).strftime("%Y-%m-%d")
        with inv.services.transaction(actor.user_id) as session:
            header, rows = export_table(session, ws=actor.ws, campaign=campaign, tz=actor.tz, lang=lang)
            pub_header, pub_rows = public_sponsor_table(session, ws=actor.ws, campaign=campaign, lang=lang)
        partner_count = sum(1 for row in rows if row[0] == t(lang, "overview.csv.type.partner"))
        scope = _slug(campaign.name) if campaign else t(lang, "overview.export.all_slug")
        files = [
            {
                "file": to_csv(header, rows, lang=lang),
                "title": t(lang, "overview.export.title"),
                "filename": f"{t(lang, 'overview.export.file')}-{scope}-{stamp}.csv",
            },
            {
                "file": to_csv(pub_header, pub_rows, lang=lang),
                "title": t(lang, "overview.export.public_title"),
                "filename": f"{t(lang, 'overview.export.public_file')}-{scope}-{stamp}.csv",
            },
        ]
        inv.client.files_upload_v2(
            file_uploads=files,
            channel=dm_channel(inv.client, actor.user_id),
            initial_comment=t(lang, "overview.export.comment", partners=partner_count, public=len(pub_rows)),
        )
    except UPLOAD_ERRORS:
        log.warning("could not upload the export", exc_info=True)
        inv.respond(response_type="ephemeral", replace_original=False, text=t(lang, "overview.export.failed"))
        return
    inv.respond(response_type="ephemeral", replace_original=False, text=t(lang, "overview.export.sent"))


def register(commands: Commands) -> None:
    """Add `report` (Danish: `rapport`) and `export` (Danish: `eksport`)."""
    commands.add(
        "report",
        handle_report,
        help_key="help.cmd.report",
        usage="[campaign] [30d]",
        aliases=("rapport",),
        da=("rapport", "[kampagne] [30d]"),
    )
    commands.add(
        "export",
        handle_export,
        help_key="help.cmd.export",
        usage="[campaign]",
        aliases=("eksport",),
        da=("eksport", "[kampagne]"),
    )
