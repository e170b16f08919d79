"""Workspace scoping: every row belongs to one Slack workspace and every query says which."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_


@dataclass(frozen=True)
class Workspace:
    """The Slack workspace (team, and enterprise on Enterprise Grid) a unit of work acts for."""

    team_id: str
    enterprise_id: str | None = None

    def __post_init__(self) -> None:
        # An empty team id would silently match nothing or, worse, rows written without one.
        if not self.team_id:
            raise ValueError("Workspace needs a team_id")

    def stamp(self) -> dict[str, str | None]:
        """Return the scoping columns for a new row."""
        return {"team_id": self.team_id, "enterprise_id": self.enterprise_id}


class NotFound(LookupError):
    """Raised when an id does not exist in the caller's workspace (or does not exist at all)."""


def in_ws(model: Any, ws: Workspace) -> ColumnElement[bool]:
    """Return the WHERE clause that keeps a query inside one workspace."""
    # enterprise_id is compared exactly (NULL with IS NULL) so that an Enterprise Grid
    # workspace and a stand-alone workspace that happen to share a team id never mix.
    if ws.enterprise_id is None:
        return and_(model.team_id == ws.team_id, model.enterprise_id.is_(None))
    return and_(model.team_id == ws.team_id, model.enterprise_id == ws.enterprise_id)
