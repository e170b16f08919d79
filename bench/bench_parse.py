"""Benchmark the call-log parser against plain dateparser.search_dates on the corpus lines.

Run: uv run python bench/bench_parse.py  (prints a markdown table)
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
CORPORA = [ROOT / "tests" / "corpus" / "call-logs.jsonl", ROOT / "tests" / "corpus" / "heldout.jsonl"]
ROUNDS = 3


def machine() -> dict[str, str]:
    """Return CPU model, core count and Python version."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": cpu, "cores": str(os.cpu_count()), "python": platform.python_version()}


def load() -> list[tuple[str, datetime, str]]:
    """Return (text, aware now, tz) for every corpus line."""
    rows = []
    for path in CORPORA:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                inp = json.loads(line)["input"]
                rows.append((inp["text"], datetime.fromisoformat(inp["now"]), inp["tz"]))
    return rows


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of `values` (q in 0..100)."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def per_line(fn, rows) -> list[float]:
    """Time `fn` on every row, ROUNDS times, after one warm-up pass; returns seconds per call."""
    for row in rows:
        fn(*row)
    times = []
    for _ in range(ROUNDS):
        for row in rows:
            start = time.perf_counter()
            fn(*row)
            times.append(time.perf_counter() - start)
    return times


_COLD_OURS = """
import time
t0 = time.perf_counter()
from datetime import datetime
from bot.understanding import parse, warm_up
warm_up()
t1 = time.perf_counter()
parse({text!r}, now=datetime.fromisoformat({now!r}), tz={tz!r})
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, t2 - t0)
"""
_COLD_DATEPARSER = """
import time
t0 = time.perf_counter()
from datetime import datetime
from dateparser.search import search_dates
t1 = time.perf_counter()
search_dates({text!r}, languages=["da", "en"], settings={{"PREFER_DATES_FROM": "future", "RELATIVE_BASE": datetime.fromisoformat({now!r}).replace(tzinfo=None)}})
t2 = time.perf_counter()
print(t1 - t0, t2 - t1, t2 - t0)
"""


def cold(template: str, row) -> tuple[float, float, float, float]:
    """Run one first parse in a fresh interpreter; return (setup, first call, in-process total, wall)."""
    text, now, tz = row
    code = template.format(text=text, now=now.isoformat(), tz=tz)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    wall = time.perf_counter() - start
    setup, first, total = (float(x) for x in out.stdout.split())
    return setup, first, total, wall


def main() -> int:
    """Measure and print the comparison table."""
    from dateparser.search import search_dates

    from bot.understanding import parse, warm_up

    rows = load()
    facts = machine()
    warm_up()
    ours = per_line(lambda text, now, tz: parse(text, now=now, tz=tz), rows)

    def plain(text, now, tz):
        search_dates(
            text,
            languages=["da", "en"],
            settings={"PREFER_DATES_FROM": "future", "RELATIVE_BASE": now.replace(tzinfo=None)},
        )

    theirs = per_line(plain, rows)
    cold_ours = min((cold(_COLD_OURS, rows[0]) for _ in range(3)), key=lambda c: c[2])
    cold_theirs = min((cold(_COLD_DATEPARSER, rows[0]) for _ in range(3)), key=lambda c: c[2])

    ms = 1000
    print(
        f"Machine: {facts['cpu']}, {facts['cores']} cores, Python {facts['python']}; "
        f"{len(rows)} corpus lines x {ROUNDS} rounds after warm-up\n"
    )
    print("| measure | ours (`bot.understanding.parse`) | plain `dateparser.search_dates` | target (ours) |")
    print("| --- | ---: | ---: | ---: |")
    print(
        f"| median per line | {statistics.median(ours) * ms:.3f} ms | {statistics.median(theirs) * ms:.3f} ms | ≤ 2 ms |"
    )
    print(f"| p99 per line | {percentile(ours, 99) * ms:.3f} ms | {percentile(theirs, 99) * ms:.3f} ms | ≤ 20 ms |")
    print(f"| max per line | {max(ours) * ms:.3f} ms | {max(theirs) * ms:.3f} ms | |")
    print(f"| cold: import (+ warm_up for ours) | {cold_ours[0] * ms:.0f} ms | {cold_theirs[0] * ms:.0f} ms | |")
    print(f"| cold: first parse after that | {cold_ours[1] * ms:.1f} ms | {cold_theirs[1] * ms:.1f} ms | |")
    print(
        f"| cold: import + warm_up + first parse | {cold_ours[2] * ms:.0f} ms | {cold_theirs[2] * ms:.0f} ms | ≤ 500 ms |"
    )
    print(
        f"| cold: whole fresh process (incl. interpreter start) | {cold_ours[3] * ms:.0f} ms | {cold_theirs[3] * ms:.0f} ms | |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
