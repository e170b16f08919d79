"""Money and things pledged, in writing and delivered, summed from agreements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.domain.practice import PLEDGED
from bot.domain.story import foreign_amount
from storage.models import (
    IN_WRITING,
    Pledge,
    PledgeKind,
    PledgeStatus,
)

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class Totals:
    """Money and items asked for, pledged, confirmed in writing and delivered."""

    asked_dkk: int = 0
    pledged_dkk: int = 0
    in_writing_dkk: int = 0
    delivered_dkk: int = 0
    # (pledge kind, what) -> quantity pledged (verbal or better), e.g. ("products", "læsebamser") -> 180
    items: dict[tuple[str, str], int] = field(default_factory=dict)
    not_in_writing: int = 0  # verbal agreements still lacking written confirmation
    # Estimated value of in-kind gifts (verbal or better), never part of the cash figures above.
    in_kind_dkk: int = 0
    in_kind_delivered_dkk: int = 0
    # Money pledged in another currency (verbal or better), never converted into the kroner above:
    # currency -> (pledged, in writing, delivered), e.g. "GBP" -> (2000, 2000, 0).
    other_currencies: dict[str, tuple[int, int, int]] = field(default_factory=dict)


def pledge_totals(pledges: Iterable[Pledge]) -> Totals:
    """Add up pledges: proposed money is 'asked', verbal or better 'pledged', and so on."""
    asked = pledged = writing = delivered = verbal = in_kind = in_kind_delivered = 0
    items: dict[tuple[str, str], int] = {}
    other: dict[str, tuple[int, int, int]] = {}
    for p in pledges:
        status = PledgeStatus(p.status)
        amount = p.amount_dkk or 0
        if status is PledgeStatus.VERBAL:
            verbal += 1
        if p.kind != PledgeKind.MONEY and p.value_dkk and status in PLEDGED:
            in_kind += p.value_dkk
            if status is PledgeStatus.DELIVERED:
                in_kind_delivered += p.value_dkk
        foreign = foreign_amount(p.what) if p.kind == PledgeKind.MONEY and p.amount_dkk is None else None
        if foreign is not None:
            currency, value = foreign
            if status in PLEDGED:
                was = other.get(currency, (0, 0, 0))
                other[currency] = (
                    was[0] + value,
                    was[1] + (value if status in IN_WRITING else 0),
                    was[2] + (value if status is PledgeStatus.DELIVERED else 0),
                )
        elif p.kind == PledgeKind.MONEY:
            if status is PledgeStatus.PROPOSED:
                asked += amount
            if status in PLEDGED:
                pledged += amount
            if status in IN_WRITING:
                writing += amount
            if status is PledgeStatus.DELIVERED:
                delivered += amount
        elif p.quantity and status in PLEDGED:
            key = (PledgeKind(p.kind).value, (p.what or "").strip())
            items[key] = items.get(key, 0) + p.quantity
    return Totals(asked, pledged, writing, delivered, items, verbal, in_kind, in_kind_delivered, other)
