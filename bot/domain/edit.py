"""Changing a saved log after the fact: Undo, Restore and Edit.

Plain functions over a session; the caller owns the transaction. What a log changed outside its
own rows is read from the log's record (`_log` in its stored reading, see bot/domain/logbook.py).

Edit applies only what the user changed: each line of the modal names the row behind it, rows
the modal could not show are never touched, and a partner the log created is renamed rather than
created twice. Undo writes a journal of exactly the rows it removed; Restore brings back those
rows and nothing else, so rows an Edit removed stay removed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from bot.domain import story
from bot.domain.known import learn_organization
from bot.domain.logbook import (
    Candidate,
    PartnerDecision,
    Saved,
    _attach_if_clear,
    _meta,
    _set_meta,
    decide_partner,
    guess_kind,
    item_kind,
    next_stage,
    reached_partner,
    reading_of,
    store_reading,
)
from bot.understanding import Contact as ContactRead
from bot.understanding import Item, Money
from storage.coltypes import utcnow
from storage.contacts import create_contact, find_contacts, get_contact
from storage.followups import OPEN, create_followup, get_followup, reschedule_followup
from storage.interactions import (
    contacts_of_interaction,
    created_by_log,
    get_interaction,
    link_contact,
    other_logs_of_contact,
    recent_interactions,
    redo_log,
    restore_rows,
    undo_log_rows,
    unlink_contact,
)
from storage.models import (
    IN_WRITING,
    Contact,
    FollowUp,
    FollowUpAction,
    FollowUpStatus,
    Interaction,
    InteractionKind,
    Partner,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.names import search_key
from storage.partners import create_partner, get_partner, rename_partner
from storage.pledges import create_pledge
from storage.scope import Workspace

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


# ----- undo, restore ------------------------------------------------------------------------------


def _closed_followup(session: Session, ws: Workspace, followup_id: int) -> FollowUp | None:
    return get_followup(session, ws=ws, followup_id=followup_id, include_deleted=True)


def _revert_effects(session: Session, ws: Workspace, interaction: Interaction) -> None:
    """Put back what a log changed outside its own rows: stage, publicity, callbacks it closed."""
    meta = _meta(interaction)
    partner = get_partner(session, ws=ws, partner_id=interaction.partner_id)
    if partner is not None and not meta.get("partner_created"):
        if meta.get("stage_before") and partner.stage.value == meta.get("stage_after"):
            partner.stage = Stage(meta["stage_before"])
        # A publicity wish set since (a quick fix, a later log) is the partner's, not this log's.
        after = meta.get("publicity_after") or (
            Publicity.NO_PUBLICITY.value if reading_of(interaction).no_publicity else meta.get("publicity_before")
        )
        if meta.get("publicity_before") and partner.publicity.value == after:
            partner.publicity = Publicity(meta["publicity_before"])
    story.revert_changes(session, ws=ws, meta=meta)
    story.revert_permissions(session, ws=ws, meta=meta)
    story.unlink_campaign_of(session, ws=ws, partner_id=interaction.partner_id, meta=meta)
    for entry in meta.get("closed") or []:
        followup = _closed_followup(session, ws, entry["id"])
        if followup is not None:
            followup.status, followup.done_at = FollowUpStatus(entry.get("status") or "open"), None


def undo(session: Session, *, ws: Workspace, interaction_id: int) -> bool:
    """Remove what a log created and put back what it changed; False if there is nothing to undo."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    if interaction is None:
        return False
    _revert_effects(session, ws, interaction)
    journal = undo_log_rows(session, ws=ws, interaction_id=interaction_id)
    _set_meta(interaction, undone=journal)
    return True


def restore(session: Session, *, ws: Workspace, interaction_id: int) -> bool:
    """Bring back an undone log with exactly what Undo removed, and redo what it changed.

    A partner the log created that has meanwhile been created again (by another log) is not
    brought back a second time: the log's rows join the live one.
    """
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id, include_deleted=True)
    if interaction is None or interaction.deleted_at is None:
        return False
    meta = _meta(interaction)
    journal = meta.get("undone")
    twin = _live_twin(session, ws, interaction) if meta.get("partner_created") else None
    if journal is None:
        redo_log(session, ws=ws, interaction_id=interaction_id)  # undone before Undo kept a journal
    else:
        journal = {table: list(ids) for table, ids in journal.items()}
        if twin is not None:
            journal["partners"] = [i for i in journal.get("partners") or [] if i != interaction.partner_id]
        journal["contacts"], twins = _contact_twins(
            session, ws, journal.get("contacts") or [], twin.id if twin is not None else interaction.partner_id
        )
        restore_rows(session, ws=ws, journal=journal)
        _use_contact_twins(session, ws, interaction, twins)
    _set_meta(interaction, undone=None)
    if twin is not None:
        _move_log(session, ws, interaction, twin)
        _set_meta(
            interaction, partner_created=False, stage_before=twin.stage.value, publicity_before=twin.publicity.value
        )
        twin.stage = next_stage(
            twin.stage,
            _status_of_log(session, ws, interaction),
            reached=reached_partner(interaction.raw_text, interaction.kind.value),
        )
        _set_meta(interaction, stage_after=twin.stage.value)
        if meta.get("publicity_after") == Publicity.NO_PUBLICITY.value:
            twin.publicity = Publicity.NO_PUBLICITY
    else:
        _redo_effects(session, ws, interaction)
    partner_id = twin.id if twin is not None else interaction.partner_id
    if meta.get("campaign_linked") and partner_id is not None:
        story.link_campaign_id(session, ws=ws, partner_id=partner_id, campaign_id=int(meta["campaign_linked"]))
    story.reapply_changes(session, ws=ws, meta=meta)
    story.revert_permissions(session, ws=ws, meta=meta, restore=True)
    for entry in meta.get("closed") or []:
        followup = _closed_followup(session, ws, entry["id"])
        if followup is not None:
            followup.status = (
                FollowUpStatus.DONE if entry["how"] in ("done", "arrived", "in_writing") else FollowUpStatus.CANCELLED
            )
    session.flush()
    return True


def _contact_twins(
    session: Session, ws: Workspace, contact_ids: list[int], partner_id: int | None
) -> tuple[list[int], dict[int, int]]:
    """The undone contacts to bring back, and those added again meanwhile (same name, same partner) → the live one."""
    keep: list[int] = []
    twins: dict[int, int] = {}
    for contact_id in contact_ids:
        contact = get_contact(session, ws=ws, contact_id=contact_id, include_deleted=True)
        same = (
            [
                c
                for c in find_contacts(session, ws=ws, name=contact.name, partner_id=partner_id, limit=5)
                if c.name_key == contact.name_key and c.id != contact.id
            ]
            if contact is not None
            else []
        )
        if same:
            twins[contact_id] = same[0].id
        else:
            keep.append(contact_id)
    return keep, twins


def _use_contact_twins(session: Session, ws: Workspace, interaction: Interaction, twins: dict[int, int]) -> None:
    for old, new in twins.items():
        unlink_contact(session, ws=ws, interaction_id=interaction.id, contact_id=old)
        link_contact(session, ws=ws, interaction_id=interaction.id, contact_id=new)
        for pledge in created_by_log(session, ws=ws, interaction_id=interaction.id, model=Pledge):
            if pledge.contact_id == old:
                pledge.contact_id = new


def _redo_effects(session: Session, ws: Workspace, interaction: Interaction) -> None:
    meta = _meta(interaction)
    partner = get_partner(session, ws=ws, partner_id=interaction.partner_id)
    if partner is None or meta.get("partner_created"):
        return
    if meta.get("stage_after"):
        partner.stage = Stage(meta["stage_after"])
    if meta.get("publicity_after"):
        partner.publicity = Publicity(meta["publicity_after"])
    else:
        partner.publicity = story.publicity_from(reading_of(interaction)) or partner.publicity


def _live_twin(session: Session, ws: Workspace, interaction: Interaction) -> Partner | None:
    """A live partner with exactly the name of the (undone) partner this log created, if any."""
    created = get_partner(session, ws=ws, partner_id=interaction.partner_id, include_deleted=True)
    if created is None or created.deleted_at is None:
        return None
    decision = decide_partner(session, ws=ws, organization=created.name)
    if decision.outcome != "matched" or decision.partner_id in (None, created.id):
        return None
    twin = get_partner(session, ws=ws, partner_id=decision.partner_id)
    return twin if twin is not None and search_key(twin.name) == search_key(created.name) else None


def _status_of_log(session: Session, ws: Workspace, interaction: Interaction) -> PledgeStatus | None:
    pledges = created_by_log(session, ws=ws, interaction_id=interaction.id, model=Pledge)
    return pledges[-1].status if pledges else None


def _move_log(session: Session, ws: Workspace, interaction: Interaction, partner: Partner) -> None:
    """Give a log and the live rows it created another partner."""
    old = interaction.partner_id
    interaction.partner_id = partner.id
    for model in (FollowUp, Pledge, Contact):
        for row in created_by_log(session, ws=ws, interaction_id=interaction.id, model=model):
            row.partner_id = partner.id
    # People of the old partner named by this log are not the new partner's people.
    for contact in contacts_of_interaction(session, ws=ws, interaction_id=interaction.id):
        if contact.partner_id == old and contact.created_by_interaction_id != interaction.id:
            unlink_contact(session, ws=ws, interaction_id=interaction.id, contact_id=contact.id)
    session.flush()


# ----- what the Edit modal shows ----------------------------------------------------------------------


@dataclass(frozen=True)
class FormFollowUp:
    """A follow-up line of the Edit modal, with the id of the row behind it."""

    id: int
    action: str
    due: datetime
    all_day: bool
    owner: str | None
    text: str | None
    due_tz: str | None = None


@dataclass(frozen=True)
class LogForm:
    """Everything the Edit modal can show of a saved log, each line with the id of its row.

    The lists are complete; the modal shows what fits and says how many more there are.
    """

    interaction_id: int
    text: str
    kind: str
    partner_name: str | None
    contacts: tuple[tuple[int, str, str | None], ...]
    money: tuple[tuple[int, int], ...]
    items: tuple[tuple[int, int, str], ...]
    asks: tuple[str, ...]
    status: str  # "none" when the log has no agreement
    no_publicity: bool
    followups: tuple[FormFollowUp, ...]


def load_form(session: Session, *, ws: Workspace, interaction_id: int) -> LogForm | None:
    """What the Edit modal shows of a live log of this workspace; None otherwise."""
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    if interaction is None:
        return None
    understood = reading_of(interaction)
    partner = get_partner(session, ws=ws, partner_id=interaction.partner_id)
    pledges = created_by_log(session, ws=ws, interaction_id=interaction.id, model=Pledge)
    followups = created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp)
    contacts = contacts_of_interaction(session, ws=ws, interaction_id=interaction.id)
    publicity = partner.publicity if partner is not None else None
    return LogForm(
        interaction_id=interaction.id,
        text=interaction.raw_text,
        kind=interaction.kind.value,
        partner_name=partner.name if partner else understood.organization,
        contacts=tuple((c.id, c.name, c.role) for c in contacts if c.deleted_at is None),
        money=tuple((p.id, p.amount_dkk) for p in pledges if p.kind is PledgeKind.MONEY and p.amount_dkk is not None),
        items=tuple(
            (p.id, p.quantity, p.what or "") for p in pledges if p.quantity is not None and p.amount_dkk is None
        ),
        asks=tuple(understood.asks),
        status=pledges[0].status.value if pledges else "none",
        no_publicity=publicity is Publicity.NO_PUBLICITY if publicity else bool(understood.no_publicity),
        followups=tuple(
            FormFollowUp(f.id, f.action.value, f.due_at, f.all_day, f.owner_user_id, f.text, f.due_tz)
            for f in followups
            if f.status in OPEN
        ),
    )


# ----- applying an Edit ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Shown:
    """What the modal showed when it was opened: the ids behind its lines and its first values."""

    contact_ids: tuple[int, ...] = ()
    money_ids: tuple[int, ...] = ()
    item_ids: tuple[int, ...] = ()
    followup_ids: tuple[int, ...] = ()
    asks: tuple[str, ...] = ()
    status: str = "none"
    no_publicity: bool = False


@dataclass(frozen=True)
class FollowUpRow:
    """A follow-up row as submitted: id None for a new row, action "none" to remove it."""

    id: int | None
    action: str
    due: datetime | None = None
    all_day: bool = False
    owner: str | None = None
    day: date | None = None  # the date picked for an all-day row, as the editor saw it


@dataclass
class EditedLog:
    """The modal's fields as submitted."""

    text: str
    kind: str
    organization: str | None
    contacts: list[tuple[str, str | None]] = field(default_factory=list)
    money: list[int] = field(default_factory=list)
    items: list[tuple[int, str]] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    status: str = "none"
    no_publicity: bool = False
    followups: list[FollowUpRow] = field(default_factory=list)
    shown: Shown = field(default_factory=Shown)


# The agreement a pledge status in the modal stands for ("none": the log has no agreement).
_AGREEMENT: dict[str, str | None] = {"declined": "no", "proposed": "maybe", "none": None}


class PartnerUnclear(Exception):
    """The partner name written in the modal fits several partners, or looks like one that exists."""

    def __init__(self, name: str, candidates: tuple[Candidate, ...]) -> None:
        super().__init__(f"{name!r} is unclear: {[c.name for c in candidates]}")
        self.name = name
        self.candidates = candidates


def apply_edit(
    session: Session, *, ws: Workspace, user_id: str, interaction_id: int, edited: EditedLog
) -> Saved | None:
    """Apply exactly what the user changed in the Edit modal; None if the log is gone or not ours.

    Raises PartnerUnclear (before changing anything) when the partner written fits several.
    """
    interaction = get_interaction(session, ws=ws, interaction_id=interaction_id)
    if interaction is None:
        return None
    read_before = reading_of(interaction)
    saved = _apply_edit(session, ws, user_id, interaction, edited)
    # A corrected organisation teaches the name the parser had read (bot/domain/known.py).
    learn_organization(
        session, ws=ws, read_before=read_before, corrected=edited.organization, partner_id=saved.partner_id
    )
    return saved


def _apply_edit(session: Session, ws: Workspace, user_id: str, interaction: Interaction, edited: EditedLog) -> Saved:
    tz = _meta(interaction).get("tz") or "UTC"
    if interaction.partner_id is None:
        return _edit_draft(session, ws, user_id, interaction, tz, edited)
    partner, decision = _partner_after_edit(session, ws, user_id, interaction, edited.organization)
    interaction.kind = InteractionKind(edited.kind if edited.kind in InteractionKind._value2member_map_ else "note")
    interaction.raw_text = edited.text
    if partner is not None:
        _edit_contacts(session, ws, user_id, interaction, partner, edited)
        _edit_pledges(session, ws, user_id, interaction, partner, edited)
    owners = _edit_followups(session, ws, user_id, interaction, tz, edited)
    if partner is not None:
        _edit_stage_and_publicity(session, ws, interaction, partner, edited)
    understood = reading_of(interaction)
    corrected = replace(
        understood,
        kind=interaction.kind.value,
        asks=list(edited.asks),
        no_publicity=edited.no_publicity,
        organization=partner.name if partner else (edited.organization or understood.organization),
        agreement=_AGREEMENT.get(edited.status, "yes"),
        pledge_status=None if edited.status == "none" else edited.status,
    )
    store_reading(interaction, corrected)
    session.flush()
    return Saved(interaction.id, decision, partner.id if partner else None, mentioned_owners=owners)


def _edit_draft(
    session: Session, ws: Workspace, user_id: str, interaction: Interaction, tz: str, edited: EditedLog
) -> Saved:
    """A log still waiting for its partner: correct it, then attach the partner the modal names."""
    decision = decide_partner(session, ws=ws, organization=edited.organization, text="")
    if decision.outcome in ("ambiguous", "duplicate"):
        raise PartnerUnclear(edited.organization or "", decision.candidates)
    interaction.kind = InteractionKind(edited.kind if edited.kind in InteractionKind._value2member_map_ else "note")
    interaction.raw_text = edited.text
    owners = _edit_followups(session, ws, user_id, interaction, tz, edited)
    corrected = replace(
        reading_of(interaction),
        kind=interaction.kind.value,
        organization=edited.organization,
        asks=list(edited.asks),
        contacts=[ContactRead(n, r) for n, r in edited.contacts],
        money=[Money(a, "DKK") for a in edited.money],
        items=[Item(q, w) for q, w in edited.items],
        no_publicity=edited.no_publicity,
        agreement=_AGREEMENT.get(edited.status, "yes"),
        pledge_status=None if edited.status == "none" else edited.status,
    )
    store_reading(interaction, corrected)
    session.flush()
    return _attach_if_clear(session, ws, user_id, interaction, decision, owners)


def _partner_after_edit(
    session: Session, ws: Workspace, user_id: str, interaction: Interaction, name: str | None
) -> tuple[Partner | None, PartnerDecision]:
    """The partner the edited log belongs to: kept, renamed, another existing one, or a new one."""
    meta = _meta(interaction)
    current = get_partner(session, ws=ws, partner_id=interaction.partner_id)
    name = (name or "").strip()[:200]
    if current is not None and (not search_key(name) or search_key(name) == search_key(current.name)):
        return current, PartnerDecision("matched", current.name, current.id)
    if current is None and not search_key(name):
        return None, PartnerDecision("missing", None)
    created_here = current is not None and bool(meta.get("partner_created"))
    decision = decide_partner(session, ws=ws, organization=name)
    if current is not None and decision.outcome in ("ambiguous", "duplicate"):
        if any(c.partner_id == current.id for c in decision.candidates):
            decision = PartnerDecision("matched", name, current.id)
    if decision.outcome in ("ambiguous", "duplicate"):
        raise PartnerUnclear(name, decision.candidates)
    if decision.outcome == "matched" and decision.partner_id is not None:
        target = get_partner(session, ws=ws, partner_id=decision.partner_id)
        if target is not None and current is not None and target.id == current.id:
            if created_here:  # the user corrects the name of the partner this log created
                rename_partner(session, ws=ws, partner_id=current.id, name=name)
            return current, PartnerDecision("matched", current.name, current.id)
        if target is not None:
            _change_partner(session, ws, interaction, current, target, created_here)
            return target, PartnerDecision("matched", target.name, target.id)
    if created_here and current is not None:
        rename_partner(session, ws=ws, partner_id=current.id, name=name)
        return current, PartnerDecision("matched", current.name, current.id)
    new = create_partner(
        session,
        ws=ws,
        name=name,
        kind=guess_kind(name),
        created_by=user_id,
        created_by_interaction_id=interaction.id,
        allow_duplicate=True,
    )
    _change_partner(session, ws, interaction, current, new, created_here)
    _set_meta(
        interaction, partner_created=True, stage_before=Stage.PROSPECT.value, publicity_before=Publicity.ASK_FIRST.value
    )
    return new, PartnerDecision("new", new.name, new.id)


def _change_partner(
    session: Session, ws: Workspace, interaction: Interaction, old: Partner | None, new: Partner, created_here: bool
) -> None:
    """Move the log to another partner: its effects leave the old one, which goes if the log made it and nothing else uses it."""
    if old is not None:
        _revert_effects(session, ws, interaction)
    _move_log(session, ws, interaction, new)
    _set_meta(
        interaction,
        partner_created=False,
        stage_before=new.stage.value,
        stage_after=new.stage.value,
        publicity_before=new.publicity.value,
        decision="matched",
        candidates=[],
    )
    if old is not None and created_here and not _still_used(session, ws, old, interaction.id):
        old.deleted_at = utcnow()


def _still_used(session: Session, ws: Workspace, partner: Partner, interaction_id: int) -> bool:
    return any(i.id != interaction_id for i in recent_interactions(session, ws=ws, partner_id=partner.id, limit=2))


def _edit_contacts(
    session: Session, ws: Workspace, user_id: str, interaction: Interaction, partner: Partner, edited: EditedLog
) -> None:
    shown = {
        c.id: c
        for c in contacts_of_interaction(session, ws=ws, interaction_id=interaction.id)
        if c.id in set(edited.shown.contact_ids)
    }
    by_key = {search_key(c.name): c for c in shown.values()}
    kept: set[int] = set()
    for name, role in edited.contacts:
        key = search_key(name)
        if not key:
            continue
        contact = by_key.get(key)
        if contact is None:
            # A name with a comma or brackets comes back split into name and role: the same line is the same person.
            line = search_key(f"{name} {role or ''}")
            same_line = [
                c for c in shown.values() if search_key(f"{c.name} {c.role or ''}") == line and c.id not in kept
            ]
            if same_line:
                kept.add(same_line[0].id)
                continue
        if contact is not None:
            kept.add(contact.id)
            if (role or None) != contact.role:
                contact.role = (role or None) and role[:200]
            continue
        existing = find_contacts(session, ws=ws, name=name, partner_id=partner.id, limit=2)
        same = [c for c in existing if c.name_key == key]
        if same:
            found = same[0]
            if role and not found.role:
                found.role = role[:200]
        else:
            found = create_contact(
                session,
                ws=ws,
                name=name[:200],
                partner_id=partner.id,
                role=(role or None) and role[:200],
                created_by=user_id,
                created_by_interaction_id=interaction.id,
            )
        link_contact(session, ws=ws, interaction_id=interaction.id, contact_id=found.id)
        kept.add(found.id)
    for contact in shown.values():
        if contact.id in kept:
            continue
        unlink_contact(session, ws=ws, interaction_id=interaction.id, contact_id=contact.id)
        if contact.created_by_interaction_id == interaction.id and not other_logs_of_contact(
            session, ws=ws, contact_id=contact.id, interaction_id=interaction.id
        ):
            contact.deleted_at = utcnow()


def _edit_pledges(
    session: Session, ws: Workspace, user_id: str, interaction: Interaction, partner: Partner, edited: EditedLog
) -> None:
    live = {p.id: p for p in created_by_log(session, ws=ws, interaction_id=interaction.id, model=Pledge)}
    status_changed = edited.status != edited.shown.status
    new_status = (
        PledgeStatus(edited.status) if edited.status in PledgeStatus._value2member_map_ else PledgeStatus.PROPOSED
    )
    evidence = f"log #{interaction.id}: {interaction.raw_text[:300]}"
    created: list[Pledge] = []

    def make(kind: PledgeKind, **values: Any) -> None:
        status = new_status if edited.status != "none" else PledgeStatus.PROPOSED
        created.append(
            create_pledge(
                session,
                ws=ws,
                partner_id=partner.id,
                kind=kind,
                status=status,
                evidence=evidence if status in (PledgeStatus.CONFIRMED_EMAIL, PledgeStatus.CONTRACT_SIGNED) else None,
                created_by=user_id,
                created_by_interaction_id=interaction.id,
                **values,
            )
        )

    # Money: equal amounts stay, a changed amount changes its row, the rest is removed or added.
    money_rows = [live[i] for i in edited.shown.money_ids if i in live]
    removed, added = _diff(money_rows, list(edited.money), lambda p: p.amount_dkk, lambda a: a)
    for row, amount in zip(removed, added, strict=False):
        row.amount_dkk = amount
    for row in removed[len(added) :]:
        row.deleted_at = utcnow()
    for amount in added[len(removed) :]:
        make(PledgeKind.MONEY, amount_dkk=amount)

    item_rows = [live[i] for i in edited.shown.item_ids if i in live]
    gone, new = _diff(
        item_rows,
        list(edited.items),
        lambda p: (p.quantity, search_key(p.what or "")),
        lambda it: (it[0], search_key(it[1])),
    )
    # Pair a changed quantity with the row of the same thing first, then in order.
    pairs: list[tuple[Pledge, tuple[int, str]]] = []
    for item in list(new):
        match = next((row for row in gone if search_key(row.what or "") == search_key(item[1])), None)
        if match is not None:
            pairs.append((match, item))
            gone.remove(match)
            new.remove(item)
    pairs.extend(zip(gone, new, strict=False))
    for row, (quantity, what) in pairs:
        row.quantity, row.what = quantity, what[:200]
    for row in gone[len(new) :] if len(gone) > len(new) else []:
        row.deleted_at = utcnow()
    for quantity, what in new[len(gone) :] if len(new) > len(gone) else []:
        make(item_kind(what), quantity=quantity, what=what[:200])

    # Asks without an amount or items: only the boxes the user ticked or unticked change.
    bare = [
        p for p in live.values() if p.deleted_at is None and p.amount_dkk is None and p.quantity is None and not p.what
    ]
    for kind in set(edited.shown.asks) - set(edited.asks):
        for row in bare:
            if row.kind.value == kind:
                row.deleted_at = utcnow()
    covered = {p.kind.value for p in [*live.values(), *created] if p.deleted_at is None}
    for kind in sorted(set(edited.asks) - set(edited.shown.asks) - covered):
        if kind in PledgeKind._value2member_map_:
            make(PledgeKind(kind))

    if status_changed:
        for row in live.values():
            if row.deleted_at is not None:
                continue
            if new_status in IN_WRITING and not row.evidence:
                row.evidence, row.evidence_at = evidence, utcnow()
            row.status = new_status
        if edited.status != "none" and not [p for p in [*live.values(), *created] if p.deleted_at is None]:
            make(PledgeKind.OTHER)


def _diff(rows: list[Any], values: list[Any], row_key: Any, value_key: Any) -> tuple[list[Any], list[Any]]:
    """Rows whose value is gone and values that are new, matching equal ones as a multiset."""
    left = list(rows)
    added: list[Any] = []
    for value in values:
        match = next((row for row in left if row_key(row) == value_key(value)), None)
        if match is None:
            added.append(value)
        else:
            left.remove(match)
    return left, added


def _edit_followups(
    session: Session, ws: Workspace, user_id: str, interaction: Interaction, tz: str, edited: EditedLog
) -> list[str]:
    rows = {f.id: f for f in created_by_log(session, ws=ws, interaction_id=interaction.id, model=FollowUp)}
    shown = set(edited.shown.followup_ids)
    owners: list[str] = []
    for row in edited.followups:
        existing = rows.get(row.id) if row.id is not None and row.id in shown else None
        if row.action not in FollowUpAction._value2member_map_ or row.due is None:
            if existing is not None and row.action == "none":
                existing.deleted_at = utcnow()
            continue
        owner = row.owner or user_id
        if existing is not None:
            if existing.action.value != row.action:
                existing.action = FollowUpAction(row.action)
            if existing.all_day and row.all_day:
                # A date is compared as a date, in the zone it was written in (the editor may be elsewhere).
                zone = ZoneInfo(existing.due_tz or tz)
                day = row.day or row.due.astimezone(zone).date()
                if existing.due_at.astimezone(zone).date() != day:
                    midnight = datetime.combine(day, time(0), tzinfo=zone)
                    reschedule_followup(
                        session,
                        ws=ws,
                        followup_id=existing.id,
                        due_at=midnight,
                        all_day=True,
                        due_tz=existing.due_tz or tz,
                    )
            elif existing.due_at != row.due or existing.all_day != row.all_day:
                reschedule_followup(
                    session, ws=ws, followup_id=existing.id, due_at=row.due, all_day=row.all_day, due_tz=tz
                )
            if existing.owner_user_id != owner:
                existing.owner_user_id = owner
                if owner != user_id and owner not in owners:
                    owners.append(owner)
            continue
        create_followup(
            session,
            ws=ws,
            action=FollowUpAction(row.action),
            due_at=row.due,
            all_day=row.all_day,
            due_tz=tz,
            text=None,
            owner_user_id=owner,
            partner_id=interaction.partner_id,
            interaction_id=interaction.id,
            suggested=False,
            created_by=user_id,
            created_by_interaction_id=interaction.id,
        )
        if owner != user_id and owner not in owners:
            owners.append(owner)
    return owners


def _edit_stage_and_publicity(
    session: Session, ws: Workspace, interaction: Interaction, partner: Partner, edited: EditedLog
) -> None:
    meta = _meta(interaction)
    if edited.no_publicity != edited.shown.no_publicity:
        if edited.no_publicity:
            partner.publicity = Publicity.NO_PUBLICITY
        else:
            before = meta.get("publicity_before")
            partner.publicity = Publicity(before) if before and before != "no_publicity" else Publicity.ASK_FIRST
        # Only a wish this edit set is the log's to take back on Undo.
        _set_meta(interaction, publicity_after=partner.publicity.value)
    status = PledgeStatus(edited.status) if edited.status in PledgeStatus._value2member_map_ else None
    before = Stage(meta.get("stage_before") or partner.stage.value)
    if meta.get("stage_after") in (None, partner.stage.value):
        partner.stage = next_stage(before, status, reached=reached_partner(edited.text, interaction.kind.value))
    _set_meta(interaction, stage_before=before.value, stage_after=partner.stage.value)
