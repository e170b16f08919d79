"""Reminders and daily digests that arrive on time, exactly once; nothing here knows Slack.

The database says what is due; the scheduler only ticks and calls the sweeps with `now`. Each
message has an idempotency key: `reminder:<follow-up id>:<due epoch>` (a snooze or a new time
makes a new key) or `digest:<user>:<local date>`. Every message goes through one protocol:

1. Claim, in a short write transaction: a follow-up row (PostgreSQL: SELECT ... FOR UPDATE SKIP
   LOCKED; SQLite: the unit of work begins IMMEDIATE and the UPDATE repeats its condition), or a
   delivery row (INSERT ... ON CONFLICT DO NOTHING RETURNING, or a conditional UPDATE of the
   state we saw). The claim stores its time, which is also the claim's token. Commit.
2. Send, outside any transaction, with the key in the message's metadata.
3. Record, in a short transaction, the Slack ts (with the key) only if our claim still holds.

A claim that is older than STALE_CLAIM belongs to a worker that died; the next sweep takes it
over. When the previous attempt may have reached Slack (a taken-over claim, a 5xx, a timeout),
the new owner first looks in the recipient's DM for a message carrying the key (`find`) and, if
there is one, records its ts instead of sending again: a crash between postMessage and the
record produces no duplicate. If the lookup is impossible (the app lacks `im:history`), the
message is sent again: for this one crash window we prefer a rare duplicate to a lost reminder.
A 429 is certain not to have been posted, so it is retried without a lookup. A failure leaves
the row FAILED with its error and a retry time (exponential backoff, at most 30 minutes); nothing
is ever dropped. Reminders missed during downtime go out once, marked late; a digest is only ever
due on its own local day, so yesterday's is not sent today.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from bot.domain.digest import Digest, Recipient, build_digests, digest_due_day, recipient_of, side_lists
from bot.domain.services import Services
from storage import followups as fstore
from storage import idempotency
from storage.contacts import get_contact, person_to_call
from storage.followups import get_followup, workspaces_with_pending_reminders
from storage.interactions import get_interaction, latest_interaction
from storage.models import (
    FollowUpAction,
    FollowUpStatus,
)
from storage.partners import get_partner
from storage.scope import Workspace
from storage.users import list_digest_users, users_by_id, workspaces_with_users
from storage.workspaces import installed_workspaces

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bot.domain.team_digest import TeamDigestContent
    from storage.idempotency import DeliveryClaim

log = logging.getLogger(__name__)

STALE_CLAIM = fstore.STALE_CLAIM
# Later than this after its moment, a reminder says it is late (the bot was down or Slack was).
LATE_AFTER = timedelta(minutes=5)
BATCH = 50
# Digests built at once by a sweep: its memory (and the garbage collector's work) stays the same
# however many people a workspace has. The side lists (agreements not in writing, calls without
# an e-mail) are read once per sweep, so no batch reads the whole workspace again.
DIGEST_BATCH = 200
MAX_BACKOFF = timedelta(minutes=30)
FIRST_BACKOFF = timedelta(seconds=30)


# ----- the seam to Slack -------------------------------------------------------------------------


class SendFailed(Exception):
    """A send (or lookup) did not succeed; `maybe_delivered` when Slack may have posted it anyway."""

    def __init__(self, error: str, *, maybe_delivered: bool, retry_after: float | None = None) -> None:
        super().__init__(error)
        self.error = error
        self.maybe_delivered = maybe_delivered
        self.retry_after = retry_after


class LookupUnavailable(Exception):
    """Posted messages cannot be searched (e.g. a missing scope); the protocol sends again."""


@dataclass(frozen=True)
class Outgoing:
    """A message to send: its idempotency key, who reads it, and what it says (plain data)."""

    key: str
    recipient: Recipient
    content: ReminderContent | Digest | TeamDigestContent


class Transport(Protocol):
    """Sends messages for one workspace; Slack's implementation lives in handlers/reminders/transport.py."""

    def send(self, ws: Workspace, channel: str, message: Outgoing) -> str:
        """Post message to channel and return its ts; raise SendFailed."""
        ...

    def find(self, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
        """The ts of a message already posted to channel with key, or None; raise LookupUnavailable."""
        ...

    # A transport may also offer channel_is_closed(ws, channel) -> bool | None: True when Slack says
    # the channel is private and not shared outside the organisation, False when it says otherwise,
    # None when it did not answer. Without it, the team digest names only partners marked public
    # (bot/domain/team_digest.py).


def backoff(attempts: int, retry_after: float | None = None) -> timedelta:
    """How long a failed message waits before its next try: 30 s, 1 min, 2 min ... 30 min."""
    delay = min(FIRST_BACKOFF * 2 ** max(attempts - 1, 0), MAX_BACKOFF)
    if retry_after:
        delay = max(delay, timedelta(seconds=retry_after))
    return delay


def _error_text(exc: SendFailed) -> str:
    return f"{'unknown' if exc.maybe_delivered else 'failed'}: {exc.error}"


def _maybe_posted(was_claimed: bool, previous_error: str | None) -> bool:
    return was_claimed or (previous_error or "").startswith("unknown")


# ----- reminders -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ReminderContent:
    """What a reminder DM says about one follow-up."""

    followup_id: int
    owner_user_id: str
    action: FollowUpAction
    text: str | None
    due_at: datetime  # when the promise is due (a snoozed one: when the snooze ends)
    all_day: bool
    due_tz: str | None
    partner_id: int | None
    partner_name: str | None
    contact_name: str | None
    contact_role: str | None
    phone: str | None
    email: str | None
    last_agreed: str | None  # the raw text of the log the follow-up came from, or the latest
    last_at: datetime | None
    late: bool
    snoozed: bool
    by_partner: bool = False  # the partner promised it: the reminder asks whether it came

    @property
    def key(self) -> str:
        """The idempotency key of this reminder; a new due time makes a new one."""
        return reminder_key(self.followup_id, self.due_at)


def reminder_key(followup_id: int, due_at: datetime) -> str:
    """`reminder:<id>:<epoch seconds>`."""
    return f"reminder:{followup_id}:{int(due_at.timestamp())}"


def digest_key(user_id: str, day: object) -> str:
    """`digest:<user>:<YYYY-MM-DD>`."""
    return f"digest:{user_id}:{day}"


def load_reminder_content(
    session: Session, *, ws: Workspace, followup_id: int, now: datetime, lead: timedelta
) -> ReminderContent | None:
    """Everything a reminder for this follow-up shows, or None if it is gone."""
    followup = get_followup(session, ws=ws, followup_id=followup_id)
    if followup is None or not followup.owner_user_id:
        return None
    partner = get_partner(session, ws=ws, partner_id=followup.partner_id)
    contact = get_contact(session, ws=ws, contact_id=followup.contact_id)
    if contact is None and partner is not None:
        contact = person_to_call(session, ws=ws, partner_id=partner.id)
    last = get_interaction(session, ws=ws, interaction_id=followup.interaction_id)
    if last is None and partner is not None:
        last = latest_interaction(session, ws=ws, partner_id=partner.id)
    snoozed = followup.status is FollowUpStatus.SNOOZED and followup.snoozed_until is not None
    due_at = followup.snoozed_until if snoozed else followup.due_at
    assert due_at is not None
    moment = due_at if snoozed else due_at - lead
    created = followup.created_at
    if created is not None and moment < created <= now:
        moment = created  # logged inside the lead ("ring igen om 10 minutter"): it could not go out sooner
    return ReminderContent(
        followup_id=followup.id,
        owner_user_id=followup.owner_user_id,
        action=followup.action,
        text=followup.text,
        due_at=due_at,
        all_day=followup.all_day and not snoozed,
        due_tz=followup.due_tz,
        partner_id=partner.id if partner else None,
        partner_name=partner.name if partner else None,
        contact_name=contact.name if contact else None,
        contact_role=contact.role if contact else None,
        phone=contact.phone if contact else None,
        email=contact.email if contact else None,
        last_agreed=(last.raw_text or None) if last else None,
        last_at=last.occurred_at if last else None,
        late=now > moment + LATE_AFTER,
        by_partner=bool(followup.by_partner),
        snoozed=snoozed,
    )


def _recipients(session: Session, ws: Workspace, services: Services, user_ids: Iterable[str]) -> dict[str, Recipient]:
    settings = services.settings
    ids = sorted(set(user_ids))
    found = {uid: recipient_of(u, settings) for uid, u in users_by_id(session, ws=ws, user_ids=ids).items()}
    return {uid: found.get(uid) or Recipient(uid, settings.default_language, settings.default_timezone) for uid in ids}


def workspaces(services: Services) -> list[Workspace]:
    """The workspaces to visit: installed ones plus any that has users (single-workspace mode)."""
    with services.transaction(None) as session:
        # Follow-ups may belong to people who never used a command (assigned by a mention).
        seen = dict.fromkeys(
            [
                *installed_workspaces(session),
                *workspaces_with_users(session),
                *workspaces_with_pending_reminders(session),
            ]
        )
    return list(seen)


class _Stop(Exception):
    """Slack asked us to slow down: leave the rest of this workspace for a later tick."""


class ReminderSweep:
    """Sends every reminder that is due, once; called by the scheduler on each tick."""

    __name__ = "reminders"

    def __init__(self, services: Services, transport_for: Callable[[Workspace], Transport]) -> None:
        self.services = services
        self.transport_for = transport_for

    @property
    def lead(self) -> timedelta:
        """How long before its due time a reminder goes out."""
        return timedelta(minutes=self.services.settings.reminder_lead_minutes)

    def __call__(self, now: datetime) -> None:
        """Visit every workspace; one failing workspace does not stop the others."""
        for ws in workspaces(self.services):
            try:
                self.sweep(ws, now)
            except Exception:
                log.exception("reminder sweep failed for a workspace", extra={"team": ws.team_id})

    def sweep(self, ws: Workspace, now: datetime) -> int:
        """Claim, send and record the workspace's due reminders in batches; return how many went out."""
        transport = self.transport_for(ws)
        sent = 0
        for _ in range(1000):  # a bound, not a schedule: each pass claims rows that then leave the due set
            with self.services.transaction(None) as session:
                claims = fstore.claim_reminders(session, ws=ws, now=now, lead=self.lead, limit=BATCH)
                contents = {
                    c.followup_id: load_reminder_content(
                        session, ws=ws, followup_id=c.followup_id, now=now, lead=self.lead
                    )
                    for c in claims
                }
                already = idempotency.sent_keys(session, ws=ws, keys=[c.key for c in contents.values() if c])
                people = _recipients(session, ws, self.services, [c.owner_user_id for c in contents.values() if c])
            stopped = False
            for index, claim in enumerate(claims):
                content = contents[claim.followup_id]
                if content is None:
                    with self.services.transaction(None) as session:
                        fstore.release_reminder(
                            session, ws=ws, followup_id=claim.followup_id, claimed_at=claim.claimed_at
                        )
                    continue
                try:
                    sent += self._deliver(
                        ws, transport, claim, content, people[content.owner_user_id], now, content.key in already
                    )
                except _Stop:
                    # Give the rest of the batch back with a retry time rather than hold it.
                    for rest in claims[index + 1 :]:
                        with self.services.transaction(None) as session:
                            fstore.record_reminder_failed(
                                session,
                                ws=ws,
                                followup_id=rest.followup_id,
                                claimed_at=rest.claimed_at,
                                error="failed: rate limited before sending",
                                retry_at=now + backoff(1),
                            )
                    stopped = True
                    break
            if stopped:
                break
            if len(claims) < BATCH:
                break
        return sent

    def _deliver(
        self,
        ws: Workspace,
        transport: Transport,
        claim: fstore.ReminderClaim,
        content: ReminderContent,
        recipient: Recipient,
        now: datetime,
        known_sent: bool,
    ) -> int:
        key, channel = content.key, content.owner_user_id
        ts = None
        try:
            if not known_sent:
                since = content.due_at - self.lead - timedelta(minutes=1)
                ts = send_once(transport, ws, channel, Outgoing(key, recipient, content), claim=claim, since=since)
        except SendFailed as exc:
            with self.services.transaction(None) as session:
                fstore.record_reminder_failed(
                    session,
                    ws=ws,
                    followup_id=claim.followup_id,
                    claimed_at=claim.claimed_at,
                    error=_error_text(exc),
                    retry_at=now + backoff(claim.attempts, exc.retry_after),
                )
            log.warning("reminder not sent, will retry", extra={"key": key, "error": exc.error})
            if exc.retry_after is not None:
                raise _Stop from exc
            return 0
        with self.services.transaction(None) as session:
            fstore.record_reminder_sent(
                session, ws=ws, followup_id=claim.followup_id, claimed_at=claim.claimed_at, slack_ts=ts, now=now
            )
            idempotency.record_delivery_sent_once(session, ws=ws, key=key, channel=channel, slack_ts=ts, now=now)
        return 0 if known_sent else 1


class Claimed(Protocol):
    """What a claim on a delivery says about earlier attempts (reminder and delivery claims alike)."""

    @property
    def was_claimed(self) -> bool: ...
    @property
    def previous_error(self) -> str | None: ...


def send_once(
    transport: Transport, ws: Workspace, channel: str, outgoing: Outgoing, *, claim: Claimed, since: datetime
) -> str | None:
    """Send a message once: when an earlier attempt may have posted it (a crash after the send, or an
    error that leaves it unknown), look for it in the channel since `since` first. Returns its ts."""
    ts = None
    if _maybe_posted(claim.was_claimed, claim.previous_error):
        ts = _look_up(transport, ws, channel, outgoing.key, since)
    return ts if ts is not None else transport.send(ws, channel, outgoing)


def _look_up(transport: Transport, ws: Workspace, channel: str, key: str, since: datetime) -> str | None:
    try:
        return transport.find(ws, channel, key, since)
    except LookupUnavailable:
        log.warning("cannot search the DM for an earlier send; sending again", extra={"key": key})
        return None


# ----- digests -------------------------------------------------------------------------------


@dataclass(frozen=True)
class DigestResult:
    """What one digest sweep did, for `python -m bot digest` and the tests."""

    sent: list[str]
    empty: list[str]
    failed: list[str]


class DigestSweep:
    """Sends each user's digest once on their working days at their digest time, in their timezone."""

    __name__ = "digests"

    def __init__(self, services: Services, transport_for: Callable[[Workspace], Transport]) -> None:
        self.services = services
        self.transport_for = transport_for

    def __call__(self, now: datetime) -> None:
        """Visit every workspace; one failing workspace does not stop the others."""
        for ws in workspaces(self.services):
            try:
                self.sweep(ws, now)
            except Exception:
                log.exception("digest sweep failed for a workspace", extra={"team": ws.team_id})

    def due(self, session: Session, ws: Workspace, now: datetime) -> dict[str, tuple[Recipient, object]]:
        """The digest keys due at `now` and not yet delivered: key -> (recipient, local day)."""
        wanted = {}
        for user in list_digest_users(session, ws=ws):
            recipient = recipient_of(user, self.services.settings)
            day = digest_due_day(user, self.services.settings, now, recipient.tz)
            if day is not None:
                wanted[digest_key(user.user_id, day)] = (recipient, day)
        done = idempotency.sent_keys(session, ws=ws, keys=wanted)
        return {key: value for key, value in wanted.items() if key not in done}

    def preview(self, ws: Workspace, now: datetime) -> list[Digest]:
        """The digests that are due now, built but neither claimed nor sent (`--dry-run`)."""
        with self.services.transaction(None) as session:
            due = self.due(session, ws, now)
        recipients = [r for r, _ in due.values()]
        return [d for built in self.batches(ws, recipients, now) for d in built.values() if not d.empty]

    def sweep(self, ws: Workspace, now: datetime) -> DigestResult:
        """Claim, build, send and record the workspace's due digests, DIGEST_BATCH recipients at a time."""
        result = DigestResult([], [], [])
        with self.services.transaction(None) as session:
            due = self.due(session, ws, now)
            if not due:
                return result
            claims = idempotency.claim_deliveries(
                session, ws=ws, channels={key: r.user_id for key, (r, _) in due.items()}, now=now, stale=STALE_CLAIM
            )
        if not claims:
            return result
        transport = self.transport_for(ws)
        with self.services.transaction(None) as session:
            lists = side_lists(session, ws=ws, users=[due[c.key][0].user_id for c in claims], now=now)
        for start in range(0, len(claims), DIGEST_BATCH):
            batch = claims[start : start + DIGEST_BATCH]
            with self.services.transaction(None) as session:
                recipients = [due[c.key][0] for c in batch]
                digests = build_digests(session, ws=ws, recipients=recipients, now=now, lists=lists)
            if self._send(ws, transport, batch, digests, due, now, result):
                # Rate limited: what is left waits for the backoff, so it is not hammered.
                self._fail_rest(ws, claims[start + len(batch) :], now, result)
                break
        return result

    def batches(self, ws: Workspace, recipients: list[Recipient], now: datetime) -> Iterator[dict[str, Digest]]:
        """The digests of many recipients, built DIGEST_BATCH at a time as the sweep builds them."""
        with self.services.transaction(None) as session:
            lists = side_lists(session, ws=ws, users=[r.user_id for r in recipients], now=now)
        for start in range(0, len(recipients), DIGEST_BATCH):
            batch = recipients[start : start + DIGEST_BATCH]
            with self.services.transaction(None) as session:
                built = build_digests(session, ws=ws, recipients=batch, now=now, lists=lists)
            yield built

    def _fail_rest(self, ws: Workspace, rest: list[DeliveryClaim], now: datetime, result: DigestResult) -> None:
        for claim in rest:
            with self.services.transaction(None) as session:
                idempotency.fail_delivery(
                    session,
                    ws=ws,
                    key=claim.key,
                    claimed_at=claim.claimed_at,
                    error="failed: rate limited before sending",
                    retry_at=now + backoff(1),
                )
            result.failed.append(claim.key)

    def _send(
        self,
        ws: Workspace,
        transport: Transport,
        claims: list[DeliveryClaim],
        digests: dict[str, Digest],
        due: dict[str, tuple[Recipient, object]],
        now: datetime,
        result: DigestResult,
    ) -> bool:
        """Send one batch of claimed digests and record each; True when Slack rate-limited us."""
        for index, claim in enumerate(claims):
            recipient = due[claim.key][0]
            digest = digests[recipient.user_id]
            if digest.empty:
                with self.services.transaction(None) as session:
                    idempotency.record_delivery(
                        session, ws=ws, key=claim.key, claimed_at=claim.claimed_at, now=now, slack_ts=None, note="empty"
                    )
                result.empty.append(claim.key)
                continue
            try:
                outgoing = Outgoing(claim.key, recipient, digest)
                ts = send_once(transport, ws, recipient.user_id, outgoing, claim=claim, since=now - timedelta(days=1))
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
                result.failed.append(claim.key)
                if exc.retry_after is not None:
                    self._fail_rest(ws, claims[index + 1 :], now, result)
                    return True
                continue
            with self.services.transaction(None) as session:
                idempotency.record_delivery(
                    session,
                    ws=ws,
                    key=claim.key,
                    claimed_at=claim.claimed_at,
                    now=now,
                    slack_ts=ts,
                    channel=recipient.user_id,
                )
            result.sent.append(claim.key)
        return False
