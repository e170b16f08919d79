"""Per-field accuracy of the parser on labelled lines (the compact format of tests/corpus/README.md).

Used by `python -m bot parse --jsonl FILE --score` and by the corpus tests.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from .model import ParseResult
from .parser import parse

FIELDS = (
    "kind",
    "organization",
    "contacts",
    "roles",
    "money_total",
    "money",
    "items",
    "asks",
    "agreement",
    "no_publicity",
    "publicity",
    "item_values",
    "followups",
    "suggested",
    "mentions",
)


def _fold(value: str | None) -> str | None:
    return value.casefold().strip() if isinstance(value, str) else value


def _fups(fups: list[Any], with_owner: bool) -> list[tuple[Any, ...]]:
    rows = []
    for f in fups:
        due = f["due"] if isinstance(f, dict) else f.due.isoformat()
        action = f["action"] if isinstance(f, dict) else f.action
        all_day = f["all_day"] if isinstance(f, dict) else f.all_day
        owner = (f.get("owner") if isinstance(f, dict) else f.owner) if with_owner else None
        rows.append((due, action, all_day, owner))
    return sorted(rows)


def field_matches(field: str, expected: Any, got: ParseResult) -> bool:
    """Return True when the parser's value for `field` matches the compact expectation."""
    if field == "kind":
        return got.kind == expected
    if field == "organization":
        return _fold(got.organization) == _fold(expected)
    if field == "contacts":
        return sorted(c.name.casefold().strip() for c in got.contacts) == sorted(
            str(n).casefold().strip() for n in expected
        )
    if field == "roles":
        roles = {_fold(c.name): _fold(c.role) for c in got.contacts}
        return all(roles.get(_fold(name)) == _fold(role) for name, role in expected.items())
    if field == "money_total":
        total = sum(m.amount for m in got.money if m.currency == "DKK")
        return abs(total - expected) < 0.01
    if field == "money":
        return sorted((m.amount, m.currency) for m in got.money) == sorted(
            (m["amount"], m["currency"]) for m in expected
        )
    if field == "items":
        return sorted(i.quantity for i in got.items) == sorted(expected)
    if field == "asks":
        return set(got.asks) == set(expected)
    if field == "item_values":
        values = [getattr(i, "value", None) for i in got.items]
        return sorted(v.amount for v in values if v is not None and v.currency == "DKK") == sorted(expected)
    if field == "publicity":
        return getattr(got, "publicity", "ask") == expected
    if field == "agreement":
        return got.agreement == expected
    if field == "no_publicity":
        return got.no_publicity == expected
    if field in ("followups", "suggested"):
        with_owner = any("owner" in f for f in expected)
        return _fups(getattr(got, field), with_owner) == _fups(expected, with_owner)
    if field == "mentions":
        return got.mentions == expected
    raise KeyError(field)


# Which of the parse's `uncertain` marks make the card ask about a field: a field the parser got wrong but marked is
# one the user is asked to check, not a confident mistake. Follow-ups are asked about too when a time was not read.
_ASKED_BY = {
    "kind": ("kind",),
    "organization": ("organization",),
    "contacts": ("contacts",),
    "roles": ("contacts",),
    "money_total": ("money",),
    "money": ("money",),
    "agreement": ("agreement",),
    "no_publicity": ("publicity",),
    "publicity": ("publicity",),
    "followups": ("followups",),
}


def asked_on_card(field: str, result: ParseResult) -> bool:
    """Whether the card asks the user to check `field` (see `_ASKED_BY`)."""
    if field == "followups" and result.unresolved:
        return True
    return any(mark in result.uncertain for mark in _ASKED_BY.get(field, ()))


def evaluate(rows: list[dict[str, Any]]) -> tuple[dict[str, tuple[int, int]], list[tuple[int, str, str, bool]]]:
    """Return per-field (correct, total) and the list of (line number, field, text, asked on the card) misses."""
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[tuple[int, str, str, bool]] = []
    for n, row in enumerate(rows, 1):
        inp = row["input"]
        result = parse(inp["text"], now=datetime.fromisoformat(inp["now"]), tz=inp["tz"])
        for field, expected in row["expect"].items():
            ok = field_matches(field, expected, result)
            scores[field][0] += ok
            scores[field][1] += 1
            if not ok:
                misses.append((n, field, inp["text"], asked_on_card(field, result)))
    return {f: (scores[f][0], scores[f][1]) for f in FIELDS if f in scores}, misses


def table(scores: dict[str, tuple[int, int]], misses: list[tuple[int, str, str, bool]] | None = None) -> str:
    """Format per-field accuracy as a markdown table; with the misses, also how many of the wrong ones the card asks
    about and the share right or asked ("not confidently wrong")."""
    if misses is None:
        lines = ["| field | correct | total | accuracy |", "| --- | ---: | ---: | ---: |"]
        for field, (ok, total) in scores.items():
            lines.append(f"| {field} | {ok} | {total} | {ok / total:.1%} |")
        return "\n".join(lines)
    asked: dict[str, int] = defaultdict(int)
    for _, field, _, on_card in misses:
        asked[field] += on_card
    lines = [
        "| field | correct | total | accuracy | wrong, asked on card | right or asked |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for field, (ok, total) in scores.items():
        sure = (ok + asked[field]) / total
        lines.append(f"| {field} | {ok} | {total} | {ok / total:.1%} | {asked[field]} | {sure:.1%} |")
    return "\n".join(lines)
