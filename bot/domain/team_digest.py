"""The weekly team digest (issue 7): what the campaign team did last week and what is waiting,
posted once a week in one channel. Nothing here knows Slack.

The week is the seven local days before the scheduled moment (its weekday and time in the
digest's timezone), so a DST change makes that week 167 or 169 hours long, not a shifted one. The
message's idempotency key is `team-digest:<channel>:<ISO year-week>`; it goes through the same
claim -> send -> record protocol as the daily digests (see bot/domain/reminders.py).

A partner is named only when its publicity is explicitly public, unless a workspace admin let
the digest name every partner; even then, just before each post, Slack is asked again whether
the channel is still private and not shared outside the organisation (a transport that cannot
ask names only public partners). Partners not named are left out of this module's output
altogether (their number and amounts are folded into anonymous totals), so no later step can
leak a name by mistake.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.domain.digest import Recipient, valid_timezone
from bot.domain.practice import IN_TOUCH_STAGES, LOSING_TOUCH, PLEDGED
from bot.domain.reminders import (
    STALE_CLAIM,
    DigestResult,
    Outgoing,
    SendFailed,
    Transport,
    _error_text,
    backoff,
    send_once,
)
from bot.domain.services import Services
from storage import idempotency
from storage.audit import changes_between
from storage.followups import owners_due_between
from storage.interactions import interactions_between
from storage.models import (
    IN_WRITING,
    AuditAction,
    InteractionKind,
    Partner,
    Pledge,
    PledgeKind,
    Publicity,
    Stage,
    TeamDigest,
)
from storage.overview import last_contacts, partners_in_touch_stages
from storage.partners import get_partner
from storage.pledges import not_in_writing_with_partners, pledges_by_id
from storage.scope import Workspace
from storage.team_digests import enabled_team_digests, get_team_digest, mark_team_digest_shared

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

WEEK = timedelta(days=7)
# The helpers below look partners up through one cache and ask one question of each: may it be named?
PartnerOf = Callable[[int | None], Partner | None]
Named = Callable[[Partner], bool]


# ----- when ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Schedule:
    """When a team digest goes out: an ISO weekday and a local time in a timezone."""

    weekday: int
    at: time
    tz: str


def schedule_of(setup: TeamDigest, default_tz: str) -> Schedule:
    """The schedule stored for a team digest (an unknown timezone falls back to the default)."""
    hour, minute = setup.time.split(":")
    return Schedule(setup.weekday, time(int(hour), int(minute)), setup.tz if valid_timezone(setup.tz) else default_tz)


def local_moment(day: date, at: time, tz: str) -> datetime:
    """The aware moment of a local date and time (a time skipped by spring-forward moves forward)."""
    naive = datetime.combine(day, at, tzinfo=ZoneInfo(tz))
    return naive.astimezone(ZoneInfo("UTC")).astimezone(ZoneInfo(tz))


def due_week(schedule: Schedule, now: datetime) -> tuple[str, date] | None:
    """The ISO week ('2026-W14') whose digest is due at `now`, with its local day; None if not yet.

    A digest is due from its weekday and time until the end of that ISO week, so one missed by
    downtime still goes out late that week, never the next. Comparing wall-clock times makes a
    time skipped by spring-forward count from 03:00.
    """
    local = now.astimezone(ZoneInfo(schedule.tz))
    year, week, weekday = local.isocalendar()
    if (weekday, local.time()) < (schedule.weekday, schedule.at):
        return None
    return f"{year}-W{week:02d}", date.fromisocalendar(year, week, schedule.weekday)


def team_digest_key(channel: str, week: str) -> str:
    """`team-digest:<channel>:<ISO year-week>`."""
    return f"team-digest:{channel}:{week}"


# ----- what --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerLine:
    """A named partner, with what the section says about it."""

    partner_id: int
    name: str
    old_stage: Stage | None = None
    new_stage: Stage | None = None
    last_contact: datetime | None = None


@dataclass(frozen=True)
class AgreementLine:
    """One agreement with a named partner."""

    pledge_id: int
    partner_id: int
    name: str
    kind: PledgeKind
    amount_dkk: int | None
    quantity: int | None
    what: str | None
    in_writing: bool


@dataclass(frozen=True)
class Unnamed:
    """Partners a shared channel may not name, folded into a count and a total in DKK."""

    partners: int = 0
    amount_dkk: int = 0

    def __bool__(self) -> bool:
        return self.partners > 0


@dataclass
class TeamDigestContent:
    """One week's team digest for one channel."""

    recipient: Recipient  # the channel, in the workspace's language and the digest's timezone
    week: str
    start: datetime  # the week summed up: [start, end)
    end: datetime
    shared: bool
    interactions: dict[InteractionKind, int] = field(default_factory=dict)
    contacted: list[PartnerLine] = field(default_factory=list)
    contacted_unnamed: Unnamed = field(default_factory=Unnamed)
    agreements: list[AgreementLine] = field(default_factory=list)
    agreements_unnamed: Unnamed = field(default_factory=Unnamed)
    pledged_dkk: int = 0  # all of the week's agreements, named or not
    pledged_in_writing_dkk: int = 0
    moved: list[PartnerLine] = field(default_factory=list)
    moved_unnamed: Unnamed = field(default_factory=Unnamed)
    due_total: int = 0  # open follow-ups due in the coming week
    due_people: int = 0
    due_unowned: int = 0
    due_by_owner: dict[str, int] = field(default_factory=dict)  # only when the channel is not shared
    not_in_writing: list[AgreementLine] = field(default_factory=list)
    not_in_writing_unnamed: Unnamed = field(default_factory=Unnamed)
    losing_touch: list[PartnerLine] = field(default_factory=list)
    losing_touch_unnamed: Unnamed = field(default_factory=Unnamed)

    @property
    def channel(self) -> str:
        """The channel id the digest goes to."""
        return self.recipient.user_id

    @property
    def interaction_count(self) -> int:
        """How many interactions were logged in the week."""
        return sum(self.interactions.values())

    @property
    def partners_contacted(self) -> int:
        """How many partners were called, met or written to, named or not."""
        return len(self.contacted) + self.contacted_unnamed.partners

    @property
    def empty(self) -> bool:
        """True when there is nothing to say (and so no message is sent)."""
        return not (
            self.interactions
            or self.agreements
            or self.agreements_unnamed
            or self.moved
            or self.moved_unnamed
            or self.due_total
            or self.not_in_writing
            or self.not_in_writing_unnamed
            or self.losing_touch
            or self.losing_touch_unnamed
        )


def _fold(unnamed: Unnamed, partner_ids: set[int], amount: int | None) -> Unnamed:
    return Unnamed(len(partner_ids), unnamed.amount_dkk + (amount or 0))


def build_team_digest(
    session: Session,
    *,
    ws: Workspace,
    recipient: Recipient,
    week: str,
    start: datetime,
    end: datetime,
    shared: bool,
) -> TeamDigestContent:
    """Sum up the workspace's week [start, end) and what waits in the next; `shared` hides unnamed partners."""
    digest = TeamDigestContent(recipient, week, start, end, shared)
    partners: dict[int, Partner] = {}

    def partner(pid: int | None) -> Partner | None:
        if pid is None:
            return None
        if pid not in partners:
            found = get_partner(session, ws=ws, partner_id=pid)
            if found is None:
                return None
            partners[pid] = found
        return partners[pid]

    def named(p: Partner) -> bool:
        # Only an explicit "public" may be named where outsiders read along.
        return not shared or p.publicity is Publicity.PUBLIC

    _interactions(session, ws, digest, partner, named)
    _agreements(session, ws, digest, partner, named)
    _stage_moves(session, ws, digest, partner, named)
    _due(session, ws, digest)
    _not_in_writing(session, ws, digest, named)
    _losing_touch(session, ws, digest, named)
    return digest


def _interactions(session: Session, ws: Workspace, digest: TeamDigestContent, partner: PartnerOf, named: Named) -> None:
    rows = interactions_between(session, ws=ws, start=digest.start, end=digest.end)
    digest.interactions = dict(Counter(kind for kind, _ in rows))
    hidden: set[int] = set()
    seen: set[int] = set()
    for kind, pid in rows:
        p = partner(pid)
        if p is None or kind is InteractionKind.NOTE or p.id in seen:
            continue
        seen.add(p.id)
        if named(p):
            digest.contacted.append(PartnerLine(p.id, p.name))
        else:
            hidden.add(p.id)
    digest.contacted.sort(key=lambda line: line.name.casefold())
    digest.contacted_unnamed = Unnamed(len(hidden))


def _agreements(session: Session, ws: Workspace, digest: TeamDigestContent, partner: PartnerOf, named: Named) -> None:
    # An agreement is reached when a pledge is created as one, or its status turns into one; the
    # audit trail (written by the session hook for every change) says when.
    reached: set[int] = set()
    for row in changes_between(session, ws=ws, entity_type="pledges", start=digest.start, end=digest.end):
        status = (row.changes or {}).get("status")
        if row.entity_id is None:
            continue
        if row.action is AuditAction.CREATE and status in PLEDGED:
            reached.add(row.entity_id)
        elif isinstance(status, list) and len(status) == 2 and status[1] in PLEDGED and status[0] not in PLEDGED:
            reached.add(row.entity_id)
    # Still agreed now: one declined or cancelled since is not news for the team.
    hidden: set[int] = set()
    for pledge in pledges_by_id(session, ws=ws, pledge_ids=(i for i in reached if i is not None), statuses=PLEDGED):
        p = partner(pledge.partner_id)
        if p is None:
            continue
        in_writing = pledge.status in IN_WRITING
        digest.pledged_dkk += pledge.amount_dkk or 0
        digest.pledged_in_writing_dkk += (pledge.amount_dkk or 0) if in_writing else 0
        if named(p):
            digest.agreements.append(_agreement_line(pledge, p, in_writing))
        else:
            hidden.add(p.id)
            digest.agreements_unnamed = _fold(digest.agreements_unnamed, hidden, pledge.amount_dkk)


def _agreement_line(pledge: Pledge, p: Partner, in_writing: bool) -> AgreementLine:
    return AgreementLine(
        pledge.id, p.id, p.name, pledge.kind, pledge.amount_dkk, pledge.quantity, pledge.what, in_writing
    )


def _stage_moves(session: Session, ws: Workspace, digest: TeamDigestContent, partner: PartnerOf, named: Named) -> None:
    moves: dict[int, list[str]] = {}
    for row in changes_between(session, ws=ws, entity_type="partners", start=digest.start, end=digest.end):
        stage = (row.changes or {}).get("stage")
        if (
            row.entity_id is None
            or row.action is not AuditAction.UPDATE
            or not isinstance(stage, list)
            or len(stage) != 2
        ):
            continue
        first = moves.setdefault(row.entity_id, [stage[0], stage[1]])
        first[1] = stage[1]
    hidden: set[int] = set()
    for pid, (old, new) in moves.items():
        p = partner(pid)
        if p is None or old == new:
            continue
        if named(p):
            digest.moved.append(PartnerLine(p.id, p.name, old_stage=Stage(old) if old else None, new_stage=Stage(new)))
        else:
            hidden.add(p.id)
    digest.moved.sort(key=lambda line: line.name.casefold())
    digest.moved_unnamed = Unnamed(len(hidden))


def _due(session: Session, ws: Workspace, digest: TeamDigestContent) -> None:
    until = _next_week_end(digest)
    owners = owners_due_between(session, ws=ws, start=digest.end, end=until)
    counts = Counter(owner for owner in owners if owner)
    digest.due_total = len(owners)
    digest.due_unowned = len(owners) - sum(counts.values())
    digest.due_people = len(counts)
    if not digest.shared:
        digest.due_by_owner = dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _next_week_end(digest: TeamDigestContent) -> datetime:
    tz = digest.recipient.tz
    local = digest.end.astimezone(ZoneInfo(tz))
    return local_moment(local.date() + WEEK, local.time(), tz)


def _not_in_writing(session: Session, ws: Workspace, digest: TeamDigestContent, named: Named) -> None:
    hidden: set[int] = set()
    for pledge, p in not_in_writing_with_partners(session, ws=ws):
        if named(p):
            digest.not_in_writing.append(_agreement_line(pledge, p, False))
        else:
            hidden.add(p.id)
            digest.not_in_writing_unnamed = _fold(digest.not_in_writing_unnamed, hidden, pledge.amount_dkk)


def _losing_touch(session: Session, ws: Workspace, digest: TeamDigestContent, named: Named) -> None:
    ongoing = partners_in_touch_stages(session, ws=ws, stages=IN_TOUCH_STAGES)
    last = last_contacts(session, ws=ws, partner_ids=[p.id for p in ongoing])
    cutoff = digest.end - LOSING_TOUCH
    hidden: set[int] = set()
    for p in ongoing:
        at = last.get(p.id)
        if at is not None and at >= cutoff:
            continue
        if named(p):
            digest.losing_touch.append(PartnerLine(p.id, p.name, last_contact=at))
        else:
            hidden.add(p.id)
    digest.losing_touch_unnamed = Unnamed(len(hidden))


# ----- the sweep ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Due:
    """A team digest that is due: where, for which week, and the week it sums up."""

    ws: Workspace
    key: str
    recipient: Recipient
    week: str
    start: datetime
    end: datetime
    shared: bool


class TeamDigestSweep:
    """Posts each workspace's team digest once a week at its weekday and time; called on each tick."""

    __name__ = "team-digests"

    def __init__(self, services: Services, transport_for: Callable[[Workspace], Transport]) -> None:
        self.services = services
        self.transport_for = transport_for

    def __call__(self, now: datetime) -> None:
        """Visit every workspace with a team digest on; one failing workspace does not stop the others."""
        with self.services.transaction(None) as session:
            spaces = list(
                dict.fromkeys(Workspace(row.team_id, row.enterprise_id) for row in enabled_team_digests(session))
            )
        for ws in spaces:
            try:
                self.sweep(ws, now)
            except Exception:
                log.exception("team digest sweep failed for a workspace", extra={"team": ws.team_id})

    def due(self, session: Session, ws: Workspace, now: datetime) -> Due | None:
        """The workspace's team digest if it is due at `now` and not yet delivered."""
        setup = get_team_digest(session, ws=ws)
        if setup is None or not setup.enabled:
            return None
        settings = self.services.settings
        schedule = schedule_of(setup, settings.default_timezone)
        found = due_week(schedule, now)
        if found is None:
            return None
        week, day = found
        key = team_digest_key(setup.channel_id, week)
        if idempotency.sent_keys(session, ws=ws, keys=[key]):
            return None
        end = local_moment(day, schedule.at, schedule.tz)
        start = local_moment(day - WEEK, schedule.at, schedule.tz)
        recipient = Recipient(setup.channel_id, settings.default_language, schedule.tz)
        # Public partners only, unless an admin allowed all in a channel Slack called private and unshared.
        return Due(ws, key, recipient, week, start, end, shared=not (setup.names_all and not setup.shared_outside))

    def build(self, session: Session, due: Due) -> TeamDigestContent:
        """The content of a due team digest."""
        return build_team_digest(
            session, ws=due.ws, recipient=due.recipient, week=due.week, start=due.start, end=due.end, shared=due.shared
        )

    def preview(self, ws: Workspace, now: datetime) -> list[TeamDigestContent]:
        """The team digest due now, built but neither claimed nor sent (`--dry-run`)."""
        with self.services.transaction(None) as session:
            due = self.due(session, ws, now)
            built = self.build(session, due) if due is not None else None
        return [built] if built is not None and not built.empty else []

    def sweep(self, ws: Workspace, now: datetime) -> DigestResult:
        """Claim, build, send and record the workspace's team digest if it is due."""
        result = DigestResult([], [], [])
        with self.services.transaction(None) as session:
            due = self.due(session, ws, now)
            if due is None:
                return result
            claims = idempotency.claim_deliveries(
                session, ws=ws, channels={due.key: due.recipient.user_id}, now=now, stale=STALE_CLAIM
            )
        if not claims:
            return result
        [claim] = claims
        transport = self.transport_for(ws)
        if not due.shared:
            closed = channel_still_closed(transport, ws, due.recipient.user_id)
            if closed is not True:
                log.warning(
                    "team digest channel not confirmed private and unshared; naming public partners only",
                    extra={"team": ws.team_id},
                )
                due = replace(due, shared=True)
            if closed is False:
                # Slack said so (not merely failed to answer): from now on public names only, until an
                # admin asks for all again; the settings show it.
                with self.services.transaction(None) as session:
                    mark_team_digest_shared(session, ws=ws, channel_id=due.recipient.user_id)
        with self.services.transaction(None) as session:
            content = self.build(session, due)
        if content.empty:
            with self.services.transaction(None) as session:
                idempotency.record_delivery(
                    session, ws=ws, key=claim.key, claimed_at=claim.claimed_at, now=now, slack_ts=None, note="empty"
                )
            result.empty.append(claim.key)
            return result
        channel = due.recipient.user_id
        try:
            outgoing = Outgoing(claim.key, due.recipient, content)
            ts = send_once(transport, ws, channel, outgoing, claim=claim, since=due.end - timedelta(minutes=1))
        except SendFailed as exc:
            with self.services.transaction(None) as session:
                idempotency.fail_delivery(
                    session,
                    ws=ws,
                    key=claim.key,
                    claimed_at=claim.claimed_at,
                    error=_error_text(exc),
                    retry_at=now + backoff(claim.attempts, exc.retry_after),
                )
            log.warning("team digest not sent, will retry", extra={"key": claim.key, "error": exc.error})
            result.failed.append(claim.key)
            return result
        with self.services.transaction(None) as session:
            idempotency.record_delivery(
                session, ws=ws, key=claim.key, claimed_at=claim.claimed_at, now=now, slack_ts=ts, channel=channel
            )
        result.sent.append(claim.key)
        return result


def channel_still_closed(transport: Transport, ws: Workspace, channel: str) -> bool | None:
    """True when Slack says the channel is private and not shared, False when it says otherwise,
    None when it could not be asked (a transport without the question, or no answer)."""
    ask = getattr(transport, "channel_is_closed", None)
    if ask is None:
        return None
    try:
        answer = ask(ws, channel)
    except Exception:
        log.warning("could not ask whether the team digest channel is private", exc_info=True)
        return None
    return answer if answer is None else bool(answer)


def partner_names_in(content: TeamDigestContent) -> Iterable[str]:
    """Every partner name the content carries (for checks that a shared channel names no one it may not)."""
    for line in (*content.contacted, *content.moved, *content.losing_touch):
        yield line.name
    for agreement in (*content.agreements, *content.not_in_writing):
        yield agreement.name
