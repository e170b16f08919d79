"""Plain data types produced by the parser."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Known:
    """What the workspace already knows, to read a new line against (bot/domain fills it in).

    - `organizations`: partner names and aliases as stored;
    - `people`: (name, role or None) of the partners' contacts;
    - `roles`: role words taken from contacts and corrections ("pressekontakt", "GM").
    """

    organizations: tuple[str, ...] = ()
    people: tuple[tuple[str, str | None], ...] = ()
    roles: tuple[str, ...] = ()


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
    # The estimated value of all the pieces ("5 gavekort à 200 kr." = 1.000 kr.): in kind, not cash.
    value: Money | None = None


@dataclass
class Alternative:
    """Another plausible reading of a follow-up's time, offered next to the chosen one.

    `reason` says why it is plausible, one of:
    - "am/pm": a bare hour was read by the office convention (1-6 = afternoon); this is the morning;
    - "this/next week": "næste onsdag" / "next Wednesday" read as the other week;
    - "day/month": a numeric date such as 4/5 read month first;
    - "weekday": a weekday and a date that disagree ("fredag d. 18/7"), read by the date alone
      (or, with a year, by the weekday);
    - "time zone": a zone name read as that region's local time ("16 CET" in summer = 16:00 CEST).
    """

    due: datetime
    all_day: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        """Return {"due", "all_day", "reason"} with `due` in ISO-8601."""
        return {"due": self.due.isoformat(), "all_day": self.all_day, "reason": self.reason}


@dataclass
class FollowUp:
    """A promised action with a due time in the writer's timezone.

    Besides the DOMAIN.md fields, a follow-up may carry (and `to_dict()` includes them only
    when they are not empty, so ordinary lines keep their JSON):
    - `alternatives`: other plausible readings of the time (`Alternative`: due, all_day, reason),
      for the card to offer as one-click choices;
    - `flags`: what is odd about `due`, any of "past" (the reading lies before the time of
      writing), "weekend" (a Saturday or Sunday), "holiday" (a Danish public holiday, including
      24 and 31 December); the card should say so rather than schedule it silently.
    """

    action: str
    due: datetime
    all_day: bool
    owner: str | None = None
    text: str = ""
    alternatives: list[Alternative] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    # "partner" when the partner promised it ("de sender logoet i morgen"): we wait for them.
    by: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the DOMAIN.md JSON shape of this follow-up (plus alternatives/flags when set)."""
        out: dict[str, Any] = {
            "action": self.action,
            "due": self.due.isoformat(),
            "all_day": self.all_day,
            "owner": self.owner,
            "text": self.text,
        }
        if self.alternatives:
            out["alternatives"] = [a.to_dict() for a in self.alternatives]
        if self.flags:
            out["flags"] = list(self.flags)
        if self.by:
            out["by"] = self.by
        return out


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
    # What the text says about naming the partner in public: "public", "no_publicity", or None
    # when it says nothing (the partner's wish stays as it was, "ask first" by default).
    publicity: str | None = None
    followups: list[FollowUp] = field(default_factory=list)
    suggested: list[FollowUp] = field(default_factory=list)
    mentions: list[str] = field(default_factory=list)
    uncertain: list[str] = field(default_factory=list)
    # The exact words of every phrase that looks like a time but could not be read (and of
    # promised follow-ups whose time is vague, e.g. "senere"); never dropped silently.
    unresolved: list[str] = field(default_factory=list)
    # What the text says about the story so far (bot/understanding/story.py); in to_dict only when set.
    updates: list[str] = field(default_factory=list)  # in_writing, contract, delivered, declined, changed
    value_dkk: int | None = None  # estimated value of in-kind gifts, never cash
    permissions: dict[str, list[str]] = field(default_factory=dict)  # needed / granted / refused -> names
    referrals: list[str] = field(default_factory=list)  # organisations the partner suggested
    item_owners: list[dict[str, Any]] = field(default_factory=list)  # "Brios 180 bamser"
    email: dict[str, str] = field(default_factory=dict)  # a pasted e-mail's sender, role, organisation
    arrived: bool = False  # something the partner promised has come

    def to_dict(self) -> dict[str, Any]:
        """Return the DOMAIN.md JSON shape plus the "uncertain" and "unresolved" keys."""
        return {
            "kind": self.kind,
            "organization": self.organization,
            "contacts": [{"name": c.name, "role": c.role} for c in self.contacts],
            "money": [{"amount": m.amount, "currency": m.currency} for m in self.money],
            "items": [_item_dict(i) for i in self.items],
            "asks": list(self.asks),
            "agreement": self.agreement,
            "no_publicity": self.no_publicity,
            "publicity": self.publicity,
            "followups": [f.to_dict() for f in self.followups],
            "suggested": [f.to_dict() for f in self.suggested],
            "mentions": list(self.mentions),
            "uncertain": list(self.uncertain),
            "unresolved": list(self.unresolved),
            **{k: v for k, v in self._story().items() if v},
        }

    def _story(self) -> dict[str, Any]:
        return {
            "updates": list(self.updates),
            "value_dkk": self.value_dkk,
            "permissions": dict(self.permissions),
            "referrals": list(self.referrals),
            "item_owners": list(self.item_owners),
            "email": dict(self.email),
            "arrived": self.arrived,
        }


def _item_dict(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"quantity": item.quantity, "what": item.what}
    if item.value is not None:
        out["value"] = {"amount": item.value.amount, "currency": item.value.currency}
    return out
