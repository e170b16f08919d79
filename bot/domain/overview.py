"""The overviews as plain data, free of Slack: a partner's status, due buckets, lists, reports, exports.

Handlers turn these into Block Kit; tests check them without Slack. Functions that read the
database take a session and a workspace and never commit.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.domain.practice import CONFIRMING_EMAIL_WINDOW, IN_TOUCH_STAGES, LOSING_TOUCH, PLEDGED
from bot.i18n import LANGUAGES, t
from storage import overview as queries
from storage.campaigns import list_campaigns
from storage.models import (
    IN_WRITING,
    Campaign,
    FollowUp,
    FollowUpStatus,
    Interaction,
    Partner,
    PartnerKind,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.names import search_key
from storage.scope import Workspace
from storage.search import Match, find_partners
from storage.status import PartnerStatus, partner_status

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

LOSING_TOUCH_DAYS = LOSING_TOUCH.days
DUE_HORIZON_DAYS = 7
STAGE_ORDER = tuple(Stage)


# ----- totals --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    """Money and items asked for, pledged, confirmed in writing and delivered."""

    asked_dkk: int = 0
    pledged_dkk: int = 0
    in_writing_dkk: int = 0
    delivered_dkk: int = 0
    # (pledge kind, what) -> quantity pledged (verbal or better), e.g. ("products", "læsebamser") -> 180
    items: dict[tuple[str, str], int] = field(default_factory=dict)
    not_in_writing: int = 0  # verbal agreements still lacking written confirmation


def pledge_totals(pledges: Iterable[Pledge]) -> Totals:
    """Add up pledges: proposed money is 'asked', verbal or better 'pledged', and so on."""
    asked = pledged = writing = delivered = verbal = 0
    items: dict[tuple[str, str], int] = {}
    for p in pledges:
        status = PledgeStatus(p.status)
        amount = p.amount_dkk or 0
        if status is PledgeStatus.VERBAL:
            verbal += 1
        if p.kind == PledgeKind.MONEY:
            if status is PledgeStatus.PROPOSED:
                asked += amount
            if status in PLEDGED:
                pledged += amount
            if status in IN_WRITING:
                writing += amount
            if status is PledgeStatus.DELIVERED:
                delivered += amount
        elif p.quantity and status in PLEDGED:
            key = (PledgeKind(p.kind).value, (p.what or "").strip())
            items[key] = items.get(key, 0) + p.quantity
    return Totals(asked, pledged, writing, delivered, items, verbal)


# ----- status --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Lookup:
    """What a typed partner name found: one partner to show, or candidates to choose from."""

    query: str
    chosen: Match | None
    candidates: list[Match]


def choose(matches: Sequence[Match]) -> Match | None:
    """The match to show at once, or None when the person should pick (or nothing matched)."""
    if not matches:
        return None
    top = matches[0]
    if top.how == "fuzzy":
        return None  # a guess: ask "did you mean" rather than show the wrong partner
    if len(matches) == 1:
        return top
    second = matches[1]
    if top.how == "exact" and second.how != "exact":
        return top
    if second.how == "fuzzy" and top.score - second.score >= 0.1:
        return top
    return None


def lookup_partner(session: Session, *, ws: Workspace, query: str, limit: int = 8) -> Lookup:
    """Find a partner as a person types it (partial, any case or accents, aliases)."""
    matches = find_partners(session, ws=ws, query=query, limit=limit)
    return Lookup(query=query, chosen=choose(matches), candidates=matches)


@dataclass(frozen=True)
class StatusSummary:
    """Everything `/partner status` shows about one partner."""

    status: PartnerStatus
    totals: Totals


def status_summary(
    session: Session, *, ws: Workspace, partner_id: int, now: datetime
) -> StatusSummary | None:
    """The status of a partner of the workspace, or None if it is gone or not the workspace's."""
    status = partner_status(session, ws=ws, partner_id=partner_id, now=now)
    if status is None:
        return None
    return StatusSummary(status=status, totals=pledge_totals(status.pledges))


# ----- due -----------------------------------------------------------------------------------

OVERDUE, TODAY, WEEK = "overdue", "today", "week"


@dataclass(frozen=True)
class DueItem:
    """An open follow-up placed in a bucket, with the moment it is due (after any snooze)."""

    followup: FollowUp
    partner_name: str | None
    due: datetime
    all_day: bool
    bucket: str


@dataclass
class DueBuckets:
    """Open follow-ups by urgency, each bucket soonest first."""

    overdue: list[DueItem] = field(default_factory=list)
    today: list[DueItem] = field(default_factory=list)
    week: list[DueItem] = field(default_factory=list)

    def items(self) -> list[DueItem]:
        """All items, overdue first."""
        return [*self.overdue, *self.today, *self.week]

    def __len__(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.week)


def effective_due(followup: FollowUp) -> tuple[datetime, bool]:
    """When a follow-up is due now: its snooze time if snoozed, else its due time (and all-day flag)."""
    if followup.status == FollowUpStatus.SNOOZED and followup.snoozed_until is not None:
        return followup.snoozed_until, False
    return followup.due_at, bool(followup.all_day)


def bucket_of(
    due: datetime, all_day: bool, *, now: datetime, tz: str, due_tz: str | None = None,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> str | None:
    """overdue, today or week for a due moment as the reader in tz sees it; None if later."""
    zone = ZoneInfo(tz)
    today = now.astimezone(zone).date()
    if all_day:
        # An all-day follow-up is due on the calendar date it was written for.
        day = due.astimezone(ZoneInfo(due_tz or tz)).date()
        if day < today:
            return OVERDUE
    else:
        if due < now:
            return OVERDUE
        day = due.astimezone(zone).date()
    if day == today:
        return TODAY
    if day <= today + timedelta(days=horizon_days):
        return WEEK
    return None


def due_horizon(now: datetime, tz: str, horizon_days: int = DUE_HORIZON_DAYS) -> datetime:
    """Local midnight after the last day the due list covers."""
    zone = ZoneInfo(tz)
    last = now.astimezone(zone).date() + timedelta(days=horizon_days + 1)
    return datetime.combine(last, time(0, 0), tzinfo=zone)


def due_buckets(
    followups: Iterable[FollowUp], partner_names: dict[int, str], *, now: datetime, tz: str,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> DueBuckets:
    """Sort open follow-ups into overdue, today and the coming week, in the reader's timezone."""
    out = DueBuckets()
    for f in followups:
        due, all_day = effective_due(f)
        bucket = bucket_of(due, all_day, now=now, tz=tz, due_tz=f.due_tz, horizon_days=horizon_days)
        if bucket is None:
            continue
        name = partner_names.get(f.partner_id) if f.partner_id is not None else None
        getattr(out, bucket).append(DueItem(f, name, due, all_day, bucket))
    for items in (out.overdue, out.today, out.week):
        items.sort(key=lambda item: (item.due, item.followup.id))
    return out


def due_overview(
    session: Session, *, ws: Workspace, owner_user_id: str | None, now: datetime, tz: str,
    horizon_days: int = DUE_HORIZON_DAYS,
) -> DueBuckets:
    """A person's (or, with owner None, the team's) open follow-ups: overdue, today, coming week."""
    # A day of slack: all-day follow-ups are stored at midnight in their writer's timezone.
    before = due_horizon(now, tz, horizon_days) + timedelta(days=1)
    followups = queries.open_followups_due(session, ws=ws, owner_user_id=owner_user_id, before=before)
    partners = queries.partners_by_id(session, ws=ws, partner_ids=(f.partner_id for f in followups))
    names = {pid: p.name for pid, p in partners.items()}
    return due_buckets(followups, names, now=now, tz=tz, horizon_days=horizon_days)


# ----- list ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListFilter:
    """What `/partner list` narrows to: a stage, a kind or a campaign (or nothing)."""

    stage: Stage | None = None
    kind: PartnerKind | None = None
    campaign: Campaign | None = None


def _vocab_match(text: str, prefix: str, values: Iterable[str]) -> str | None:
    """The enum value whose name (in any language, or as stored) the text names or starts."""
    key = search_key(text)
    if not key:
        return None
    names: dict[str, set[str]] = {}
    for value in values:
        for candidate in {value.replace("_", " "), *(t(lang, f"{prefix}.{value}") for lang in LANGUAGES)}:
            names.setdefault(search_key(candidate), set()).add(value)
    exact = names.get(key)
    if exact and len(exact) == 1:
        return next(iter(exact))
    if len(key) >= 4:
        starts = {v for name, vs in names.items() if name.startswith(key) for v in vs}
        if len(starts) == 1:
            return next(iter(starts))
    return None


def match_campaign(campaigns: Sequence[Campaign], text: str) -> Campaign | None:
    """The campaign a person names: by its folded name, or the only one whose name starts so."""
    key = search_key(text)
    if not key:
        return None
    exact = [c for c in campaigns if search_key(c.name) == key]
    if exact:
        return exact[0]
    starts = [c for c in campaigns if search_key(c.name).startswith(key)]
    return starts[0] if len(starts) == 1 else None


def parse_list_filter(text: str, campaigns: Sequence[Campaign]) -> ListFilter | None:
    """Read `/partner list <stage | kind | campaign>`; None when the words name none of them."""
    if not text.strip():
        return ListFilter()
    campaign = match_campaign(campaigns, text)
    if campaign is not None and search_key(campaign.name) == search_key(text):
        return ListFilter(campaign=campaign)
    stage = _vocab_match(text, "stage", (s.value for s in Stage))
    if stage is not None:
        return ListFilter(stage=Stage(stage))
    kind = _vocab_match(text, "partner_kind", (k.value for k in PartnerKind))
    if kind is not None:
        return ListFilter(kind=PartnerKind(kind))
    if campaign is not None:
        return ListFilter(campaign=campaign)
    return None


@dataclass(frozen=True)
class ListRow:
    """A partner with its stage, when we last spoke and what comes next."""

    partner: Partner
    last_contact: datetime | None
    next_followup: FollowUp | None


@dataclass(frozen=True)
class ListPage:
    """One page of `/partner list`."""

    rows: list[ListRow]
    total: int
    offset: int

    @property
    def next_offset(self) -> int | None:
        """Where the next page starts, or None on the last page."""
        end = self.offset + len(self.rows)
        return end if end < self.total else None


def list_page(
    session: Session, *, ws: Workspace, flt: ListFilter, offset: int = 0, limit: int = 25
) -> ListPage:
    """One page of partners with last contact and next follow-up, in a fixed number of queries."""
    partners, total = queries.partners_page(
        session, ws=ws, stage=flt.stage, kind=flt.kind,
        campaign_id=flt.campaign.id if flt.campaign else None, limit=limit, offset=offset,
    )
    ids = [p.id for p in partners]
    last = queries.last_contacts(session, ws=ws, partner_ids=ids)
    nxt: dict[int, FollowUp] = {}
    for f in queries.open_followups_of(session, ws=ws, partner_ids=ids):
        if f.partner_id is None:
            continue
        current = nxt.get(f.partner_id)
        if current is None or effective_due(f)[0] < effective_due(current)[0]:
            nxt[f.partner_id] = f
    rows = [ListRow(p, last.get(p.id), nxt.get(p.id)) for p in partners]
    return ListPage(rows=rows, total=total, offset=offset)


# ----- report --------------------------------------------------------------------------------


@dataclass(frozen=True)
class CampaignProgress:
    """How far a campaign (or, with campaign None, all partners) has come towards its goal."""

    campaign: Campaign | None
    totals: Totals

    @property
    def goal_dkk(self) -> int | None:
        """The campaign's goal in DKK, if it has one."""
        return self.campaign.goal_dkk if self.campaign is not None else None

    @property
    def share(self) -> float | None:
        """Pledged money as a share of the goal (may exceed 1), or None without a goal."""
        goal = self.goal_dkk
        return self.totals.pledged_dkk / goal if goal else None


@dataclass(frozen=True)
class LosingTouch:
    """A partner we are in touch with but have not spoken to for a while."""

    partner: Partner
    last_contact: datetime | None
    days: int | None  # None: never contacted


def losing_touch(
    partners: Iterable[Partner], last_contact: dict[int, datetime], *, now: datetime,
    days: int = LOSING_TOUCH_DAYS,
) -> list[LosingTouch]:
    """Partners in an in-touch stage with no call, meeting or e-mail in `days` days, longest silence first."""
    out = []
    for p in partners:
        if p.stage not in IN_TOUCH_STAGES:
            continue
        last = last_contact.get(p.id)
        if last is None:
            out.append(LosingTouch(p, None, None))
        elif now - last >= timedelta(days=days):
            out.append(LosingTouch(p, last, (now - last).days))
    return sorted(out, key=lambda lt: (lt.days is not None, -(lt.days or 0), lt.partner.name))


@dataclass(frozen=True)
class Report:
    """`/partner report`: progress, pipeline, and what needs attention."""

    campaign: Campaign | None
    progress: CampaignProgress
    stages: dict[Stage, int]
    not_in_writing: list[tuple[Pledge, Partner]]
    unconfirmed_calls: list[tuple[Interaction, Partner]]
    losing_touch: list[LosingTouch]
    stale_days: int
    campaigns: list[CampaignProgress]  # every campaign's progress, for the workspace-wide report


def campaign_progress(session: Session, *, ws: Workspace, campaign: Campaign | None) -> CampaignProgress:
    """Totals of one campaign's pledges (or of all pledges with campaign None)."""
    pledges = queries.campaign_pledges(session, ws=ws, campaign_id=campaign.id if campaign else None)
    return CampaignProgress(campaign, pledge_totals(pledges))


def build_report(
    session: Session, *, ws: Workspace, campaign: Campaign | None, now: datetime,
    stale_days: int = LOSING_TOUCH_DAYS,
) -> Report:
    """Everything the report shows, for one campaign or (campaign None) the whole workspace."""
    cid = campaign.id if campaign else None
    pledges = queries.campaign_pledges(session, ws=ws, campaign_id=cid)
    partners = queries.partners_by_id(session, ws=ws, partner_ids=(p.partner_id for p in pledges))
    verbal = [(p, partners[p.partner_id]) for p in pledges if p.status == PledgeStatus.VERBAL]
    calls = queries.calls_without_email(
        session, ws=ws, since=now - CONFIRMING_EMAIL_WINDOW, campaign_id=cid
    )
    call_partners = queries.partners_by_id(session, ws=ws, partner_ids=(c.partner_id for c in calls))
    in_touch = queries.partners_in_touch_stages(session, ws=ws, stages=IN_TOUCH_STAGES, campaign_id=cid)
    last = queries.last_contacts(session, ws=ws, partner_ids=[p.id for p in in_touch])
    each = (
        []
        if campaign is not None
        else [campaign_progress(session, ws=ws, campaign=c) for c in list_campaigns(session, ws=ws)]
    )
    return Report(
        campaign=campaign,
        progress=CampaignProgress(campaign, pledge_totals(pledges)),
        stages=queries.stage_counts(session, ws=ws, campaign_id=cid),
        not_in_writing=verbal,
        unconfirmed_calls=[(c, call_partners[c.partner_id]) for c in calls if c.partner_id in call_partners],
        losing_touch=losing_touch(in_touch, last, now=now, days=stale_days),
        stale_days=stale_days,
        campaigns=each,
    )


# ----- App Home ------------------------------------------------------------------------------


@dataclass(frozen=True)
class HomeData:
    """What a person's App Home shows."""

    due: DueBuckets
    recent: list[tuple[Interaction, str | None]]
    campaigns: list[CampaignProgress]


def home_data(session: Session, *, ws: Workspace, user_id: str, now: datetime, tz: str) -> HomeData:
    """A person's follow-ups, the team's latest logs and every campaign's progress."""
    due = due_overview(session, ws=ws, owner_user_id=user_id, now=now, tz=tz)
    recent = queries.recent_logged(session, ws=ws, limit=8)
    partners = queries.partners_by_id(session, ws=ws, partner_ids=(i.partner_id for i in recent))
    named = [(i, partners[i.partner_id].name if i.partner_id in partners else None) for i in recent]
    progress = [campaign_progress(session, ws=ws, campaign=c) for c in list_campaigns(session, ws=ws)]
    return HomeData(due=due, recent=named, campaigns=progress)


# ----- campaigns -----------------------------------------------------------------------------

_AMOUNT = re.compile(
    r"^(?:kr\.?|dkk)?\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d{1,2})|,-)?\s*"
    r"(k|t|mio\.?|million|mill\.?)?\s*(?:kr\.?|dkk|,-)?$",
    re.IGNORECASE,
)


def parse_amount(text: str) -> int | None:
    """An amount in whole kroner from '100.000', '100000 kr.', 'kr. 20.000', '1,5 mio', '40k'."""
    raw = text.strip().lower().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\s*(kr\.?|dkk))?", raw):  # English 40,000 DKK
        raw = raw.replace(",", "")
    match = _AMOUNT.match(raw)
    if not match:
        return None
    whole = int(re.sub(r"[.\s]", "", match.group(1)))
    fraction = match.group(2)
    value = float(f"{whole}.{fraction}") if fraction else float(whole)
    unit = (match.group(3) or "").rstrip(".")
    if unit in ("k", "t"):
        value *= 1_000
    elif unit in ("mio", "million", "mill"):
        value *= 1_000_000
    return int(round(value))


def split_campaign_and_partner(campaigns: Sequence[Campaign], text: str) -> tuple[Campaign, str] | None:
    """Split `<campaign> <partner>` where both may have several words: the longest campaign name wins."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        exact = [c for c in campaigns if search_key(c.name) == search_key(head)]
        if exact:
            return exact[0], " ".join(words[cut:])
    # Quoted or unambiguous prefix: "læs partnername" when only one campaign starts with "læs".
    for cut in range(1, len(words)):
        campaign = match_campaign(campaigns, " ".join(words[:cut]))
        if campaign is not None:
            return campaign, " ".join(words[cut:])
    return None


# ----- export --------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A cell a spreadsheet will not run: text starting with =, +, -, @ (or tab, CR) gets a leading '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def csv_delimiter(lang: str) -> str:
    """Danish spreadsheets use ';' between cells (the comma is their decimal mark)."""
    return ";" if lang == "da" else ","


def to_csv(header: Sequence[str], rows: Iterable[Sequence[object]], *, lang: str) -> bytes:
    """CSV as UTF-8 with a byte-order mark, so spreadsheets show æøå, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=csv_delimiter(lang), lineterminator="\r\n")
    writer.writerow([csv_safe(h) for h in header])
    for row in rows:
        writer.writerow([csv_safe(cell) for cell in row])
    return buffer.getvalue().encode("utf-8-sig")


EXPORT_COLUMNS = (
    "type", "partner", "kind", "stage", "publicity", "campaigns", "name", "role", "email",
    "phone", "decision_maker", "amount_dkk", "quantity", "status", "in_writing", "due", "owner",
    "note",
)
PUBLIC_COLUMNS = ("partner", "kind", "campaigns", "supports_with")


def _local(moment: datetime | None, tz: str, *, all_day: bool = False) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(ZoneInfo(tz))
    return local.strftime("%Y-%m-%d") if all_day else local.strftime("%Y-%m-%d %H:%M")


def _export_partners(session: Session, ws: Workspace, campaign: Campaign | None) -> list[Partner]:
    partners: list[Partner] = []
    offset = 0
    while True:
        page, total = queries.partners_page(
            session, ws=ws, campaign_id=campaign.id if campaign else None, limit=1000, offset=offset
        )
        partners.extend(page)
        offset += len(page)
        if not page or offset >= total:
            return partners


def export_table(
    session: Session, *, ws: Workspace, campaign: Campaign | None, tz: str, lang: str
) -> tuple[list[str], list[list[object]]]:
    """One row per partner, then its contacts, agreements and open follow-ups (a 'type' column tells which)."""
    partners = _export_partners(session, ws, campaign)
    ids = [p.id for p in partners]
    camps = queries.campaign_names_of_partners(session, ws=ws, partner_ids=ids)
    contacts: dict[int, list] = {}
    for c in queries.contacts_of_partners(session, ws=ws, partner_ids=ids):
        if c.partner_id is not None:
            contacts.setdefault(c.partner_id, []).append(c)
    pledges: dict[int, list[Pledge]] = {}
    for pledge in queries.pledges_of_partners(session, ws=ws, partner_ids=ids):
        pledges.setdefault(pledge.partner_id, []).append(pledge)
    followups: dict[int, list[FollowUp]] = {}
    for f in queries.open_followups_of(session, ws=ws, partner_ids=ids):
        if f.partner_id is not None:
            followups.setdefault(f.partner_id, []).append(f)

    def lbl(prefix: str, value: object) -> str:
        return t(lang, f"{prefix}.{getattr(value, 'value', value)}")

    rows: list[list[object]] = []
    for p in partners:
        base = [p.name, lbl("partner_kind", p.kind), lbl("stage", p.stage), lbl("publicity", p.publicity),
                ", ".join(camps.get(p.id, []))]
        blank = [""] * 12
        rows.append([t(lang, "overview.csv.type.partner"), *base, *blank[:11], p.notes or ""])
        for c in contacts.get(p.id, []):
            rows.append([t(lang, "overview.csv.type.contact"), *base, c.name, c.role or "", c.email or "",
                         c.phone or "", bool(c.is_decision_maker), "", "", "", "", "", "", c.notes or ""])
        for pl in pledges.get(p.id, []):
            rows.append([t(lang, "overview.csv.type.pledge"), *base, pl.what or lbl("pledge_kind", pl.kind),
                         "", "", "", "", pl.amount_dkk if pl.amount_dkk is not None else "",
                         pl.quantity if pl.quantity is not None else "", lbl("pledge_status", pl.status),
                         pl.status in IN_WRITING, "", "", pl.evidence or ""])
        for f in followups.get(p.id, []):
            due, all_day = effective_due(f)
            rows.append([t(lang, "overview.csv.type.followup"), *base, lbl("action", f.action), "", "", "",
                         "", "", "", lbl("followup_status", f.status), "",
                         _local(due, f.due_tz or tz, all_day=all_day), f.owner_user_id or "", f.text or ""])
    return [t(lang, f"overview.csv.col.{c}") for c in EXPORT_COLUMNS], rows


def public_sponsor_table(
    session: Session, *, ws: Workspace, campaign: Campaign | None, lang: str
) -> tuple[list[str], list[list[object]]]:
    """Sponsors that may be named: only partners whose wish is explicitly 'public' and who pledged something.

    'Ask first' and 'no publicity' partners are both left out: a public list is printed on
    flyers and websites, and a wrong entry there cannot be taken back.
    """
    partners = [p for p in _export_partners(session, ws, campaign) if p.publicity == Publicity.PUBLIC]
    ids = [p.id for p in partners]
    camps = queries.campaign_names_of_partners(session, ws=ws, partner_ids=ids)
    gives: dict[int, list[str]] = {}
    for pl in queries.pledges_of_partners(session, ws=ws, partner_ids=ids):
        if pl.status not in PLEDGED:
            continue
        what = pl.what or t(lang, f"pledge_kind.{PledgeKind(pl.kind).value}")
        entry = f"{pl.quantity} {what}" if pl.quantity else what
        if entry not in gives.setdefault(pl.partner_id, []):
            gives[pl.partner_id].append(entry)
    rows: list[list[object]] = [
        [p.name, t(lang, f"partner_kind.{PartnerKind(p.kind).value}"), ", ".join(camps.get(p.id, [])),
         ", ".join(gives[p.id])]
        for p in partners
        if p.id in gives
    ]
    return [t(lang, f"overview.csv.pub.{c}") for c in PUBLIC_COLUMNS], rows
