"""Money and things pledged, in writing and delivered, summed from agreements."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.domain.practice import PLEDGED
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


def pledge_totals(pledges: Iterable[Pledge]) -> Totals:
    """Add up pledges: proposed money is 'asked', verbal or better 'pledged', and so on."""
    asked = pledged = writing = delivered = verbal = in_kind = in_kind_delivered = 0
    items: dict[tuple[str, str], int] = {}
    for p in pledges:
        status = PledgeStatus(p.status)
        amount = p.amount_dkk or 0
        if status is PledgeStatus.VERBAL:
            verbal += 1
        if p.kind != PledgeKind.MONEY and p.value_dkk and status in PLEDGED:
            in_kind += p.value_dkk
            if status is PledgeStatus.DELIVERED:
                in_kind_delivered += p.value_dkk
        if p.kind == PledgeKind.MONEY:
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
    return Totals(asked, pledged, writing, delivered, items, verbal, in_kind, in_kind_delivered)
