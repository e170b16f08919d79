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


def evaluate(rows: list[dict[str, Any]]) -> tuple[dict[str, tuple[int, int]], list[tuple[int, str, str]]]:
    """Return per-field (correct, total) and the list of (line number, field, text) misses."""
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses: list[tuple[int, str, str]] = []
    for n, row in enumerate(rows, 1):
        inp = row["input"]
        result = parse(inp["text"], now=datetime.fromisoformat(inp["now"]), tz=inp["tz"])
        for field, expected in row["expect"].items():
            ok = field_matches(field, expected, result)
            scores[field][0] += ok
            scores[field][1] += 1
            if not ok:
                misses.append((n, field, inp["text"]))
    return {f: (scores[f][0], scores[f][1]) for f in FIELDS if f in scores}, misses


def table(scores: dict[str, tuple[int, int]]) -> str:
    """Format per-field accuracy as a markdown table."""
    lines = ["| field | correct | total | accuracy |", "| --- | ---: | ---: | ---: |"]
    for field, (ok, total) in scores.items():
        lines.append(f"| {field} | {ok} | {total} | {ok / total:.1%} |")
    return "\n".join(lines)
