"""Plain data types produced by the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Contact:
    """A person at the partner, with a role when the text names one."""

    name: str
    role: str | None = None


@dataclass
class Money:
    """An amount of money in one currency (DKK unless the text names another)."""

    amount: int | float
    currency: str = "DKK"


@dataclass
class Item:
    """A number of things offered or asked for, e.g. 180 læsebamser."""

    quantity: int
    what: str


@dataclass
class FollowUp:
    """A promised action with a due time in the writer's timezone."""

    action: str
    due: datetime
    all_day: bool
    owner: str | None = None
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Return the DOMAIN.md JSON shape of this follow-up."""
        return {
            "action": self.action,
            "due": self.due.isoformat(),
            "all_day": self.all_day,
            "owner": self.owner,
            "text": self.text,
        }


@dataclass
class ParseResult:
    """Everything understood from one log line, plus what the parser is unsure about."""

    kind: str = "note"
    organization: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    asks: list[str] = field(default_factory=list)
    agreement: str | None = None
    no_publicity: bool = False
    followups: list[FollowUp] = field(default_factory=list)
    suggested: list[FollowUp] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the DOMAIN.md JSON shape plus the "uncertain" and "unresolved" keys."""
        return {
            "kind": self.kind,
            "organization": self.organization,
            "contacts": [{"name": c.name, "role": c.role} for c in self.contacts],
            "money": [{"amount": m.amount, "currency": m.currency} for m in self.money],
            "items": [{"quantity": i.quantity, "what": i.what} for i in self.items],
            "asks": list(self.asks),
            "agreement": self.agreement,
            "no_publicity": self.no_publicity,
            "followups": [f.to_dict() for f in self.followups],
            "suggested": [f.to_dict() for f in self.suggested],
            "mentions": list(self.mentions),
            "uncertain": list(self.uncertain),
            "unresolved": list(self.unresolved),
        }
