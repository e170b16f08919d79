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
    raw = re.sub(r"^(?:kr\.?|dkk)\s*", "", text.strip().lower().replace("\u00a0", " "))
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


_TRAILING_AMOUNT = re.compile(
    r"^(?P<name>.*?\S)\s+(?P<amount>(?:kr\.?\s*|dkk\s*)?\d[\d.,]*\s*(?:k|t|mio\.?)?\s*(?:kr\.?|dkk|,-)?)$",
    re.IGNORECASE,
)


def trailing_goal(text: str) -> tuple[str, int] | None:
    """'Læs for mig 100000' or 'Sommer 50.000 kr.': a name and the goal typed after it, without
    the word 'mål'/'goal'. A bare year ('Sommerbogen 2027') or a small number stays in the name."""
    match = _TRAILING_AMOUNT.match(text.strip())
    if not match:
        return None
    raw = match.group("amount")
    amount = parse_amount(raw)
    if amount is None or amount < 1_000:
        return None
    if re.fullmatch(r"\d{4}", raw.strip()) and 1900 <= amount <= 2100:
        return None
    return match.group("name").strip(), amount


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
