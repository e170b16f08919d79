"""Times read from text: per-family accuracy and confidently wrong answers, against plain dateparser.

Run: uv run python bench/bench_times.py  (prints markdown tables)

The cases (bench/times_cases.jsonl) are the project's own phrases, written from the families
of phrasing in Duckling's Danish and English time corpora: one line each, "Ringer igen ..." /
"Call back ...", with the writer's "now", timezone, and the expected due time (all-day or
timed). The same text goes to `bot.understanding.parse` and to plain
`dateparser.search.search_dates` (its first date, relative to the writer's local now).

- right: the first follow-up (or first date found) is the expected one;
- confidently wrong: an answer that is not the expected one, with no alternative that is and
  no "past" flag (plain dateparser has neither, so any wrong date of its counts);
- missed: nothing found (for the parser, `unresolved` says whether the words were reported).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CASES = ROOT / "bench" / "times_cases.jsonl"
ROUNDS = 5


def load() -> list[dict]:
    """The cases, with aware `now` and expected `due`."""
    rows = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.strip():
            case = json.loads(line)
            case["now"] = datetime.fromisoformat(case["now"])
            case["due"] = datetime.fromisoformat(case["due"])
            rows.append(case)
    return rows


def same(due: datetime, all_day: bool, case: dict) -> bool:
    """True when a reading is the expected one (an all-day reading compares dates)."""
    if case["all_day"]:
        return all_day and due.date() == case["due"].date()
    return not all_day and due == case["due"]


def judge_ours(case: dict) -> str:
    """right | alternative | flagged | wrong | reported | missed."""
    from bot.understanding import parse

    result = parse(case["text"], now=case["now"], tz=case["tz"])
    if not result.followups:
        return "reported" if result.unresolved else "missed"
    first = result.followups[0]
    if same(first.due, first.all_day, case):
        return "right"
    if any(same(a.due, a.all_day, case) for a in first.alternatives):
        return "alternative"
    return "flagged" if "past" in first.flags else "wrong"


def plain_dateparser(case: dict) -> list:
    """search_dates on the same text, relative to the writer's local wall time."""
    from dateparser.search import search_dates

    from bot.understanding.parser import _zone

    local_now = case["now"].astimezone(_zone(case["tz"])[0]).replace(tzinfo=None)
    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": local_now}
    return search_dates(case["text"], languages=["da", "en"], settings=settings) or []


def judge_dateparser(case: dict) -> str:
    """right | wrong | missed: the first date found, compared on the local wall time."""
    found = plain_dateparser(case)
    if not found:
        return "missed"
    got = found[0][1]
    want = case["due"].astimezone(case["due"].tzinfo).replace(tzinfo=None)
    if case["all_day"]:
        return "right" if got.date() == want.date() else "wrong"
    return "right" if got.replace(second=0, microsecond=0) == want else "wrong"


def table(rows: list[dict]) -> str:
    """Per-family accuracy and confidently wrong answers, ours against plain dateparser."""
    ours: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    theirs: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in rows:
        for key in (f"{case['family']} ({case['lang']})", "all"):
            ours[key][judge_ours(case)] += 1
            theirs[key][judge_dateparser(case)] += 1
    lines = [
        "| family | cases | ours right | ours confidently wrong | ours other reading offered or flagged "
        "| ours missed (reported / silent) | dateparser right | dateparser wrong |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key in sorted(ours, key=lambda k: (k == "all", k)):
        o, t = ours[key], theirs[key]
        n = sum(o.values())
        lines.append(
            f"| {'**all**' if key == 'all' else key} | {n} | {o['right'] / n:.0%} | {o['wrong'] / n:.1%} | "
            f"{o['alternative'] + o['flagged']} | {o['reported']} / {o['missed']} | {t['right'] / n:.0%} | "
            f"{t['wrong'] / n:.1%} |"
        )
    return "\n".join(lines)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of `values` (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def timings(fn, rows) -> list[float]:
    """Seconds per call of `fn` on every case, ROUNDS times, after one warm-up pass."""
    for case in rows:
        fn(case)
    out = []
    for _ in range(ROUNDS):
        for case in rows:
            start = time.perf_counter()
            fn(case)
            out.append(time.perf_counter() - start)
    return out


_COLD = {
    "ours": "from bot.understanding import parse, warm_up\nwarm_up()\n"
    "parse({text!r}, now=datetime.fromisoformat({now!r}), tz={tz!r})",
    "dateparser": "from dateparser.search import search_dates\n"
    "search_dates({text!r}, languages=['da', 'en'], settings={{'PREFER_DATES_FROM': 'future', "
    "'RELATIVE_BASE': datetime.fromisoformat({now!r}).replace(tzinfo=None)}})",
}


def cold(which: str, case: dict) -> float:
    """Import + warm-up + first parse in a fresh interpreter, in seconds (best of three)."""
    body = _COLD[which].format(text=case["text"], now=case["now"].isoformat(), tz=case["tz"])
    code = (
        "import time\nt0 = time.perf_counter()\nfrom datetime import datetime\n"
        + body
        + "\nprint(time.perf_counter() - t0)"
    )
    runs = [
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
        for _ in range(3)
    ]
    return min(runs)


def main() -> int:
    """Print the accuracy table and the speed table."""
    from bot.understanding import parse, warm_up

    rows = load()
    warm_up()
    print(
        f"{len(rows)} cases in `bench/times_cases.jsonl` (own phrases, Duckling's families), "
        f"{len({r['family'] for r in rows})} families, Danish and English\n"
    )
    print(table(rows))
    ours = timings(lambda c: parse(c["text"], now=c["now"], tz=c["tz"]), rows)
    theirs = timings(plain_dateparser, rows)
    ms = 1000
    print(f"\nSpeed on the same cases ({ROUNDS} rounds after a warm-up pass):\n")
    print("| measure | ours (`parse`) | plain `search_dates` | target (ours) |")
    print("| --- | ---: | ---: | ---: |")
    print(
        f"| median per line | {statistics.median(ours) * ms:.2f} ms | {statistics.median(theirs) * ms:.2f} ms | ≤ 2 ms |"
    )
    print(f"| p99 per line | {percentile(ours, 99) * ms:.2f} ms | {percentile(theirs, 99) * ms:.2f} ms | ≤ 20 ms |")
    print(
        f"| cold: import + warm-up + first parse | {cold('ours', rows[0]) * ms:.0f} ms | "
        f"{cold('dateparser', rows[0]) * ms:.0f} ms | ≤ 500 ms |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
