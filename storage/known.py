"""What a workspace knows, as every log is read against it: its partners' names and aliases, its
contacts and their roles (bot/domain/known.py hands them to the parser, bot/domain/story.py
matches misspelt names against them), and its live campaigns' names (a log that names one is linked
to it; a campaign's name is no contact).

One lookup per workspace, kept in this process beside the version it was read at. The version is
a row in known_versions that every unit of work changing these names bumps when it commits (the
session hooks below); a log reads that one row by its key and reloads the names only when it
moved, so a partner added through another process (another web worker, the clock) is seen by the
next log here, and a cache is never older than the last committed change. A unit of work that
itself changed the names reads them fresh (it sees its own uncommitted rows) and leaves the cache
alone. When this process made the only change since the version it holds and the change only
added names or contacts, the cache takes the additions at commit instead of being reloaded.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session, sessionmaker

from storage._common import hook_sessions
from storage.models import Campaign, Contact, KnownVersion, Partner, PartnerName
from storage.scope import Workspace, in_ws

# The names and the people read for the parser are at most this many each.
LIMIT = 5000
_CACHE_LIMIT = 256
# Columns whose change changes what a log is read against (a contact's e-mail does not).
_RELEVANT: dict[type, frozenset[str] | None] = {
    Partner: frozenset({"deleted_at", "merged_into_id", "team_id"}),
    PartnerName: None,  # any change
    Contact: frozenset({"name", "role", "deleted_at", "erased_at", "team_id"}),
    Campaign: frozenset({"name", "deleted_at", "team_id"}),
}
_TOUCHED = "partnerbot_known_touched"  # scope -> list of additions, or None when not only additions
_BUMPED = "partnerbot_known_bumped"  # scope -> version this unit of work bumped to
_MEMO = "partnerbot_known_memo"  # scope -> Known read in this unit of work
_CAMPAIGNS = "partnerbot_known_campaigns"  # scope -> live campaigns as this unit of work sees them


@dataclass(frozen=True)
class KnownName:
    """One name or alias of a live partner, with its folded key."""

    partner_id: int
    name: str
    key: str


@dataclass(frozen=True)
class KnownCampaign:
    """A live campaign's id and name."""

    id: int
    name: str


@dataclass(frozen=True)
class Known:
    """A workspace's live partner names (id, partner id, name, key, merged), contacts (id, name, role)
    and campaigns, by id."""

    version: int
    names: tuple[tuple[int, int, str, str, bool], ...]
    people: tuple[tuple[int, str, str | None], ...]
    campaigns: tuple[KnownCampaign, ...] = ()
    organizations: tuple[str, ...] = field(init=False)
    contacts: tuple[tuple[str, str | None], ...] = field(init=False)
    unmerged: tuple[KnownName, ...] = field(init=False)
    roles: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "organizations", tuple(name for _, _, name, _, _ in self.names[:LIMIT]))
        object.__setattr__(self, "contacts", tuple((name, role) for _, name, role in self.people[:LIMIT]))
        unmerged = sorted((row for row in self.names if not row[4]), key=lambda row: (row[1], row[0]))
        object.__setattr__(self, "unmerged", tuple(KnownName(pid, name, key) for _, pid, name, key, _ in unmerged))
        roles = {role.strip() for _, role in self.contacts if role and role.strip()}
        object.__setattr__(self, "roles", tuple(sorted(roles)))


_cache: dict[tuple[str, str], Known] = {}
_lock = threading.Lock()


def scope_of(ws: Workspace) -> str:
    """The key of a workspace in known_versions and the cache."""
    return f"{ws.team_id}:{ws.enterprise_id or ''}"


def known(session: Session, *, ws: Workspace) -> Known:
    """The workspace's names and contacts: one read of the version, and the rest only if it moved."""
    scope = scope_of(ws)
    memo = session.info.setdefault(_MEMO, {})
    found = memo.get(scope)
    if found is not None:
        return found
    if scope in session.info.get(_TOUCHED, {}):
        # This unit of work changed them: read them as it sees them, and keep that out of the cache.
        found = _load(session, ws, version=-1)
        memo[scope] = found
        return found
    version = session.scalar(select(KnownVersion.version).where(KnownVersion.scope == scope)) or 0
    key = _cache_key(session, scope)
    cached = _cache.get(key)
    if cached is not None and cached.version == version:
        found = cached
    else:
        found = _load(session, ws, version=version)
        _store(key, found)
    memo[scope] = found
    session.info.setdefault(_CAMPAIGNS, {}).setdefault(scope, found.campaigns)
    return found


def live_campaigns(session: Session, *, ws: Workspace) -> tuple[KnownCampaign, ...]:
    """The workspace's live campaigns as this unit of work sees them: from what it knows when no
    campaign changed since, so a log that added a partner does not read every name again."""
    scope = scope_of(ws)
    held = session.info.get(_CAMPAIGNS, {}).get(scope)
    if held is not None:
        return held
    if scope not in session.info.get(_TOUCHED, {}):
        return known(session, ws=ws).campaigns
    found = _load_campaigns(session, ws)
    session.info.setdefault(_CAMPAIGNS, {})[scope] = found
    return found


def _load(session: Session, ws: Workspace, *, version: int) -> Known:
    names = session.execute(
        select(
            PartnerName.id,
            PartnerName.partner_id,
            PartnerName.name,
            PartnerName.key,
            Partner.merged_into_id.is_not(None),
        )
        .join(Partner, Partner.id == PartnerName.partner_id)
        .where(in_ws(PartnerName, ws), in_ws(Partner, ws), Partner.deleted_at.is_(None))
        .order_by(PartnerName.id)
    ).all()
    people = session.execute(
        select(Contact.id, Contact.name, Contact.role)
        .where(in_ws(Contact, ws), Contact.deleted_at.is_(None), Contact.erased_at.is_(None))
        .order_by(Contact.id)
        .limit(LIMIT)
    ).all()
    return Known(
        version,
        tuple((int(i), int(pid), str(name), str(key), bool(merged)) for i, pid, name, key, merged in names),
        tuple((int(i), str(name), role) for i, name, role in people),
        _load_campaigns(session, ws),
    )


def _load_campaigns(session: Session, ws: Workspace) -> tuple[KnownCampaign, ...]:
    rows = session.execute(
        select(Campaign.id, Campaign.name)
        .where(in_ws(Campaign, ws), Campaign.deleted_at.is_(None))
        .order_by(Campaign.id)
        .limit(LIMIT)
    ).all()
    return tuple(KnownCampaign(int(i), str(name)) for i, name in rows)


def _cache_key(session: Session, scope: str) -> tuple[str, str]:
    # The database is part of the key: two databases (tests, a second engine) count separately.
    return str(session.get_bind().engine.url), scope


def _store(key: tuple[str, str], value: Known) -> None:
    with _lock:
        if len(_cache) >= _CACHE_LIMIT and key not in _cache:
            _cache.clear()
        current = _cache.get(key)
        if current is None or current.version <= value.version:
            _cache[key] = value


def forget_cache() -> None:
    """Drop every cached workspace (tests that write around the session hooks)."""
    with _lock:
        _cache.clear()


def bump(session: Session, *, ws: Workspace) -> None:
    """Mark the workspace's names as changed by this unit of work (for writes the hooks cannot see)."""
    _touch(session, scope_of(ws), None)


# ----- the session hooks: what a unit of work changed, and the bump when it commits -------------


def install(factory: sessionmaker[Session]) -> None:
    """Attach the hooks to every session the factory makes."""
    hooks: list[tuple[str, Any]] = [
        ("after_flush", _after_flush),
        ("before_commit", _before_commit),
        ("after_commit", _after_commit),
        ("after_rollback", _after_rollback),
        ("after_soft_rollback", _after_soft_rollback),
    ]
    hook_sessions(factory, "known", hooks)


def _touch(
    session: Session, scope: str, addition: tuple[str, tuple[Any, ...]] | None, *, campaign: bool = False
) -> None:
    if campaign:
        session.info.get(_CAMPAIGNS, {}).pop(scope, None)
    touched = session.info.setdefault(_TOUCHED, {})
    additions = touched.get(scope, [])
    if addition is None or additions is None:
        touched[scope] = None
    else:
        touched[scope] = [*additions, addition]
    session.info.get(_MEMO, {}).pop(scope, None)


def _scope_of_row(obj: Any) -> str:
    return f"{obj.team_id}:{obj.enterprise_id or ''}"


def _after_flush(session: Session, _context: Any) -> None:
    # New rows are not in the identity map yet while after_flush runs.
    new_partners = {p.id: p for p in session.new if type(p) is Partner}
    for obj in session.new:
        kind = type(obj)
        if kind is PartnerName:
            partner = new_partners.get(obj.partner_id) or session.identity_map.get(
                inspect(Partner).identity_key_from_primary_key((obj.partner_id,))
            )
            addition = None
            if partner is not None and partner.deleted_at is None and partner.team_id == obj.team_id:
                addition = ("name", (obj.id, obj.partner_id, obj.name, obj.key, partner.merged_into_id is not None))
            _touch(session, _scope_of_row(obj), addition)
        elif kind is Contact:
            live = obj.deleted_at is None and obj.erased_at is None
            _touch(session, _scope_of_row(obj), ("person", (obj.id, obj.name, obj.role)) if live else None)
        elif kind is Campaign:
            _touch(session, _scope_of_row(obj), None, campaign=True)
    for obj in session.dirty:
        columns = _RELEVANT.get(type(obj), frozenset())
        if columns == frozenset():
            continue
        state = inspect(obj)
        if any(
            state.attrs[attr.key].history.has_changes()
            for attr in state.mapper.column_attrs
            if columns is None or attr.key in columns
        ):
            _touch(session, _scope_of_row(obj), None, campaign=type(obj) is Campaign)
    for obj in session.deleted:
        if type(obj) in _RELEVANT:
            _touch(session, _scope_of_row(obj), None, campaign=type(obj) is Campaign)


def _before_commit(session: Session) -> None:
    bump_touched(session)


def bump_touched(session: Session) -> None:
    """Bump the version of every workspace whose names this unit of work changed (done at commit)."""
    session.flush()
    touched = session.info.get(_TOUCHED)
    if not touched:
        return
    insert = _insert_for(session)
    bumped = session.info.setdefault(_BUMPED, {})
    for scope in sorted(touched):
        stmt = insert(KnownVersion).values(scope=scope, version=1)
        stmt = stmt.on_conflict_do_update(
            index_elements=["scope"], set_={"version": KnownVersion.version + 1}
        ).returning(KnownVersion.version)
        bumped[scope] = int(session.execute(stmt).scalar_one())


def _after_commit(session: Session) -> None:
    touched = session.info.pop(_TOUCHED, None) or {}
    bumped = session.info.pop(_BUMPED, None) or {}
    session.info.pop(_MEMO, None)
    session.info.pop(_CAMPAIGNS, None)
    for scope, additions in touched.items():
        version = bumped.get(scope)
        key = _cache_key(session, scope)
        cached = _cache.get(key)
        if version is None or additions is None or cached is None or cached.version != version - 1:
            continue  # the next log reloads
        names = list(cached.names)
        people = list(cached.people)
        for what, row in additions:
            if what == "name":
                names.append(row)
            elif what == "person":
                people.append(row)
        _store(key, Known(version, tuple(sorted(names)), tuple(sorted(people)), cached.campaigns))


def _after_rollback(session: Session) -> None:
    if session.in_transaction():
        return  # a savepoint: _after_soft_rollback has marked what it touched
    for key in (_TOUCHED, _BUMPED, _MEMO, _CAMPAIGNS):
        session.info.pop(key, None)


def _after_soft_rollback(session: Session, _previous: Any) -> None:
    # A savepoint rolled back: what it added is gone, so the cache reloads instead of taking it.
    touched = session.info.get(_TOUCHED)
    if touched:
        for scope in touched:
            touched[scope] = None
    session.info.pop(_MEMO, None)
    session.info.pop(_CAMPAIGNS, None)


def _insert_for(session: Session):  # noqa: ANN202 - the dialect's insert() construct
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert
