"""Rows a unit of work wrote stay in hand until it ends, so reading them back costs no round trip.

The session's identity map holds unchanged rows weakly: once a log's code lets go of the
interaction, its partner and contacts, they were collected and the card's read-back selected them
again. The hook below keeps a strong reference to every row a flush wrote, for the rest of the unit
of work, and notes the interactions it created: every row created by such an interaction was
written in this unit of work too (no other transaction could see its id), so what it created is
answered from the rows in hand (storage/interactions.py: created_by_log, contacts_of_interaction).
A partner created in this unit of work is the same: its agreements, contacts and permissions can only
be rows in hand (rows_of_new_partner), so a first log about a new partner reads none of them back.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from storage._common import hook_sessions
from storage.models import Interaction, Partner
from storage.scope import Workspace

_HELD = "partnerbot_rows_in_hand"
# A log writes a few dozen rows; a unit of work that writes more than this holds none.
MAX_HELD = 2000
_NEW_INTERACTIONS = "partnerbot_new_interactions"
_NEW_PARTNERS = "partnerbot_new_partners"
_NEW: dict[type[Any], str] = {Interaction: _NEW_INTERACTIONS, Partner: _NEW_PARTNERS}


def install(factory: sessionmaker[Session]) -> None:
    """Attach the hooks to every session the factory makes."""
    hooks: list[tuple[str, Any]] = [
        ("after_flush", _after_flush),
        ("after_commit", _forget),
        ("after_rollback", _forget),
        ("after_soft_rollback", _after_soft_rollback),
    ]
    hook_sessions(factory, "in_hand", hooks)


def _after_flush(session: Session, _context: Any) -> None:
    held: list[Any] | None = session.info.setdefault(_HELD, [])
    if held is None:
        return  # a bulk unit of work: nothing is held, everything is selected
    held.extend(session.new)
    held.extend(session.dirty)
    if len(held) > MAX_HELD:
        # A batch job writing many rows: holding them all would only cost memory.
        session.info[_HELD] = None
        for key in _NEW.values():
            session.info.pop(key, None)
        return
    for model, key in _NEW.items():
        session.info.setdefault(key, set()).update(obj.id for obj in session.new if type(obj) is model)


def _forget(session: Session) -> None:
    if session.in_transaction():
        return  # a savepoint ended; the unit of work goes on
    session.info.pop(_HELD, None)
    for key in _NEW.values():
        session.info.pop(key, None)


def _after_soft_rollback(session: Session, _previous: Any) -> None:
    # A savepoint rolled back: interactions and partners it created are gone (their rows were expunged).
    for model, key in _NEW.items():
        new = session.info.get(key)
        if new:
            held = session.info.get(_HELD) or ()
            alive = {obj.id for obj in held if type(obj) is model and inspect(obj).persistent}
            new.intersection_update(alive)


def created_here(session: Session, interaction_id: int) -> bool:
    """True when this unit of work created the interaction (so it also created all its rows)."""
    return interaction_id in session.info.get(_NEW_INTERACTIONS, ())


def rows_of_new_partner(session: Session, model: type, ws: Workspace, partner_id: int) -> list[Any] | None:
    """A model's rows of a partner this unit of work created (all of them are in hand, live or not),
    by id; None when the partner is older, or a row was expired (the caller selects instead)."""
    if partner_id not in session.info.get(_NEW_PARTNERS, ()):
        return None
    session.flush()  # what was added since the last flush is in hand after it, as a query would see it
    held = rows_in_hand(session, model)
    if held is None:
        return None
    mine = [
        row
        for row in held
        if row.partner_id == partner_id and row.team_id == ws.team_id and row.enterprise_id == ws.enterprise_id
    ]
    return sorted(mine, key=lambda row: row.id)


def rows_in_hand(session: Session, model: type) -> list[Any] | None:
    """The rows of one model this unit of work wrote and still holds (each once), leaving out rows
    deleted or rolled back since; None when one of them was expired (the caller selects instead)."""
    seen: dict[int, Any] = {}
    for obj in session.info.get(_HELD) or ():
        if type(obj) is not model:
            continue
        state = inspect(obj)
        if not state.persistent:
            continue  # deleted, or gone with a rolled-back savepoint
        if state.expired_attributes:
            return None
        seen[id(obj)] = obj
    return list(seen.values())
