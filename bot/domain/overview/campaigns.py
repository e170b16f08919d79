"""Reading campaign commands: an amount, and a campaign name followed by a partner name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.domain.overview.listing import match_campaign
from storage.models import (
    Campaign,
)
from storage.names import search_key

if TYPE_CHECKING:
    pass


_AMOUNT = re.compile(
    r"^(?:kr\.?|dkk)?\s*(\d{1,3}(?:[.\s]\d{3})+|\d+)(?:,(\d{1,2})|,-)?\s*"
    r"(k|t|mio\.?|million|mill\.?)?\s*(?:kr\.?|dkk|,-)?$",
    re.IGNORECASE,
)


def parse_amount(text: str) -> int | None:
    """An amount in whole kroner from '100.000', '100000 kr.', 'kr. 20.000', '1,5 mio', '40k'."""
    raw = text.strip().lower().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\s*(kr\.?|dkk))?", raw):  # English 40,000 DKK
        raw = raw.replace(",", "")
    match = _AMOUNT.match(raw)
    if not match:
        return None
    whole = int(re.sub(r"[.\s]", "", match.group(1)))
    fraction = match.group(2)
    value = float(f"{whole}.{fraction}") if fraction else float(whole)
    unit = (match.group(3) or "").rstrip(".")
    if unit in ("k", "t"):
        value *= 1_000
    elif unit in ("mio", "million", "mill"):
        value *= 1_000_000
    return int(round(value))


def split_campaign_and_partner(campaigns: Sequence[Campaign], text: str) -> tuple[Campaign, str] | None:
    """Split `<campaign> <partner>` where both may have several words: the longest campaign name wins."""
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):
        head = " ".join(words[:cut])
        exact = [c for c in campaigns if search_key(c.name) == search_key(head)]
        if exact:
            return exact[0], " ".join(words[cut:])
    # Quoted or unambiguous prefix: "læs partnername" when only one campaign starts with "læs".
    for cut in range(1, len(words)):
        campaign = match_campaign(campaigns, " ".join(words[:cut]))
        if campaign is not None:
            return campaign, " ".join(words[cut:])
    return None
