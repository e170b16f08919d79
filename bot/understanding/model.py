"""Plain data types produced by the parser."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class Known:
    """What the workspace already knows, to read a new line against (bot/domain fills it in).

    - `organizations`: partner names and aliases as stored;
    - `people`: (name, role or None) of the partners' contacts;
    - `roles`: role words taken from contacts and corrections ("pressekontakt", "GM");
    - `campaigns`: the names of the workspace's campaigns, which are never the partner ("Library Lab").
    """

    organizations: tuple[str, ...] = ()
    people: tuple[tuple[str, str | None], ...] = ()
    roles: tuple[str, ...] = ()
    campaigns: tuple[str, ...] = ()


@dataclass
class Contact:
    """A person at the partner, with a role when the text names one."""

    name: str
    role: str | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Contact:
        """Read back {"name", "role"}."""
        return cls(str(data.get("name") or ""), data.get("role"))


@dataclass
class Money:
    """An amount of money in one currency (DKK unless the text names another)."""

    amount: int | float
    currency: str = "DKK"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Money:
        """Read back {"amount", "currency"}; an amount stored without a currency is in DKK."""
        return cls(data.get("amount") or 0, data.get("currency") or "DKK")


@dataclass
class Item:
    """A number of things offered or asked for, e.g. 180 læsebamser."""

    quantity: int
    what: str
    # The estimated value of all the pieces ("5 gavekort à 200 kr." = 1.000 kr.): in kind, not cash.
    value: Money | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Item:
        """Read back {"quantity", "what", "value"?}."""
        value = data.get("value")
        return cls(data.get("quantity") or 0, str(data.get("what") or ""), Money.from_dict(value) if value else None)


@dataclass
class ItemOwner:
    """Items a line files under another organisation than the one it is about ("DHL sender Brios 180 bamser")."""

    organization: str
    quantity: int
    what: str

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ItemOwner:
        """Read back {"organization", "quantity", "what"}."""
        return cls(str(data.get("organization") or ""), data.get("quantity") or 0, str(data.get("what") or ""))

    def to_dict(self) -> dict[str, Any]:
        """Return {"organization", "quantity", "what"}."""
        return {"organization": self.organization, "quantity": self.quantity, "what": self.what}


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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Alternative:
        """Read back `to_dict()`."""
        return cls(datetime.fromisoformat(str(data["due"])), bool(data.get("all_day")), str(data.get("reason") or ""))


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
    # The zone an all-day date was written in, when it is known and may not be the reader's (a saved
    # follow-up shown again in the log modal); the parser leaves it empty.
    due_tz: str | None = None

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
        if self.due_tz:
            out["due_tz"] = self.due_tz
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> FollowUp:
        """Read back `to_dict()`; `due` comes back with the UTC offset it was written with."""
        return cls(
            action=str(data.get("action") or "other"),
            due=datetime.fromisoformat(str(data["due"])),
            all_day=bool(data.get("all_day")),
            owner=data.get("owner"),
            text=str(data.get("text") or ""),
            alternatives=[Alternative.from_dict(a) for a in data.get("alternatives") or []],
            flags=list(data.get("flags") or []),
            by=data.get("by"),
            due_tz=data.get("due_tz"),
        )


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
    item_owners: list[ItemOwner] = field(default_factory=list)  # "Brios 180 bamser"
    email: dict[str, str] = field(default_factory=dict)  # a pasted e-mail's sender, role, organisation
    arrived: bool = False  # something the partner promised has come
    # How far the agreement has come, when a person said so in the log modal (a PledgeStatus value);
    # it wins over `agreement`. The parser leaves it empty; in to_dict only when set.
    pledge_status: str | None = None

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
            **({"pledge_status": self.pledge_status} if self.pledge_status else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ParseResult:
        """Read back `to_dict()` as stored (an interaction's reading); keys an older row lacks take
        their defaults, and keys that are not the reading's (the log's own record) are ignored."""
        return cls(
            kind=str(data.get("kind") or "note"),
            organization=data.get("organization"),
            contacts=[Contact.from_dict(c) for c in data.get("contacts") or []],
            money=[Money.from_dict(m) for m in data.get("money") or []],
            items=[Item.from_dict(i) for i in data.get("items") or []],
            asks=list(data.get("asks") or []),
            agreement=data.get("agreement"),
            no_publicity=bool(data.get("no_publicity")),
            publicity=data.get("publicity"),
            followups=[FollowUp.from_dict(f) for f in data.get("followups") or []],
            suggested=[FollowUp.from_dict(f) for f in data.get("suggested") or []],
            mentions=list(data.get("mentions") or []),
            uncertain=list(data.get("uncertain") or []),
            unresolved=list(data.get("unresolved") or []),
            updates=list(data.get("updates") or []),
            value_dkk=data.get("value_dkk"),
            permissions={str(k): list(v) for k, v in (data.get("permissions") or {}).items()},
            referrals=list(data.get("referrals") or []),
            item_owners=[ItemOwner.from_dict(o) for o in data.get("item_owners") or []],
            email=dict(data.get("email") or {}),
            arrived=bool(data.get("arrived")),
            pledge_status=data.get("pledge_status"),
        )

    def _story(self) -> dict[str, Any]:
        return {
            "updates": list(self.updates),
            "value_dkk": self.value_dkk,
            "permissions": dict(self.permissions),
            "referrals": list(self.referrals),
            "item_owners": [o.to_dict() for o in self.item_owners],
            "email": dict(self.email),
            "arrived": self.arrived,
        }


def _item_dict(item: Item) -> dict[str, Any]:
    out: dict[str, Any] = {"quantity": item.quantity, "what": item.what}
    if item.value is not None:
        out["value"] = {"amount": item.value.amount, "currency": item.value.currency}
    return out
