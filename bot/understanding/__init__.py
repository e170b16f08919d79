"""Understanding free-text call logs in Danish and English (pure Python, no Slack, no database)."""

from .holidays import add_working_days, danish_holidays
from .model import Contact, FollowUp, Item, ItemOwner, Known, Money, ParseResult
from .parser import parse, warm_up

__all__ = [
    "Contact",
    "FollowUp",
    "Item",
    "ItemOwner",
    "Known",
    "Money",
    "ParseResult",
    "add_working_days",
    "danish_holidays",
    "parse",
    "warm_up",
]
