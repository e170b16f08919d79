"""Score the parser against a labelled corpus in the compact expectation format."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from bot.understanding import parse
from bot.understanding.scoring import FIELDS, evaluate, field_matches, table

__all__ = ["CORPUS_DIR", "FIELDS", "evaluate", "field_matches", "load", "table"]

CORPUS_DIR = Path(__file__).resolve().parents[2] / "corpus"


def load(name: str) -> list[dict]:
    """Read a JSONL corpus file from tests/corpus."""
    with open(CORPUS_DIR / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


if __name__ == "__main__":
    import sys

    name = sys.argv[1] if len(sys.argv) > 1 else "call-logs.jsonl"
    rows = load(name)
    scores, misses = evaluate(rows)
    print(table(scores))
    for n, field, text, _asked in misses:
        result = parse(
            rows[n - 1]["input"]["text"],
            now=datetime.fromisoformat(rows[n - 1]["input"]["now"]),
            tz=rows[n - 1]["input"]["tz"],
        )
        got = result.to_dict().get(
            field if field not in ("money_total", "roles") else ("money" if field == "money_total" else "contacts")
        )
        exp = rows[n - 1]["expect"][field]
        print(
            f"{n:4} {field:12} {text[:110]}\n       exp={json.dumps(exp, ensure_ascii=False)[:300]}\n       got={json.dumps(got, ensure_ascii=False, default=str)[:300]}"
        )
