"""What the workspace already knows, handed to the parser, and what it learns from corrections.

The parser reads a new line against the partners' names and aliases, the contacts and their
roles; when a user corrects the organisation on a card, the name the parser had read becomes an
alias of the partner the user meant, so the next line that says it is read right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.understanding import Known, ParseResult
from storage.known import known
from storage.names import search_key
from storage.partners import add_alias, get_partner, names_of
from storage.scope import Workspace
from storage.search import partners_named_in

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def known_for(session: Session, *, ws: Workspace) -> Known:
    """The workspace's partner names and aliases, contacts and roles, for `parse(known=...)`.

    Read through the per-workspace cache that story.py's name matching shares (storage/known.py):
    one small read per log while nothing changed."""
    found = known(session, ws=ws)
    return Known(
        organizations=found.organizations,
        people=found.contacts,
        roles=found.roles,
        campaigns=tuple(c.name for c in found.campaigns),
    )


def learn_organization(
    session: Session, *, ws: Workspace, read_before: ParseResult, corrected: str | None, partner_id: int | None
) -> str | None:
    """Keep the organisation the parser had read as an alias of the partner the user corrected it to.

    Returns the alias added, or None when there was nothing to learn: no earlier reading, the
    same partner, a confident reading of another name (another partner was meant), or a name
    another partner already has (an alias must not make names ambiguous).
    """
    old = (read_before.organization or "").strip()
    new = (corrected or "").strip()
    if not old or partner_id is None or search_key(old) == search_key(new) or not search_key(old):
        return None
    # A confident reading the user replaces is usually another partner meant, not a misreading;
    # learn when the parser said it was unsure, or when one name holds the other ("Brugsen").
    unsure = "organization" in read_before.uncertain
    related = search_key(old) in search_key(new) or search_key(new) in search_key(old)
    if not (unsure or related):
        return None
    partner = get_partner(session, ws=ws, partner_id=partner_id)
    if partner is None:
        return None
    if any(search_key(n.name) == search_key(old) for n in names_of(session, ws=ws, partner_id=partner_id)):
        return None
    if any(pid != partner_id for pid, _ in partners_named_in(session, ws=ws, text=old, max_words=8)):
        return None
    add_alias(session, ws=ws, partner_id=partner_id, alias=old)
    return old
