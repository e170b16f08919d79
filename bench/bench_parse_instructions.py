"""Count the CPU instructions the parser spends per corpus line, with valgrind (callgrind).

Wall-clock timings on a shared 2-core machine swing by a factor of two with the load; the number of
instructions executed does not. This runs the same corpus pass under valgrind twice (after import and
warm-up only, then with one pass over the lines) and reports the difference per line, and the
start-up (import and warm-up) on its own. Give other checkouts to compare (for example a worktree of
an earlier commit: `git worktree add --detach /tmp/base <rev>`).

Run: python bench/bench_parse_instructions.py [--tree /tmp/base] [--tree .]
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ("call-logs.jsonl", "heldout.jsonl")

_PASS = """
import json, sys
from datetime import datetime
from pathlib import Path
root = sys.argv[1]
sys.path.insert(0, root)
from bot.understanding import parse, warm_up
rows = []
for name in {corpora!r}:
    for line in Path(root, "tests", "corpus", name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            inp = json.loads(line)["input"]
            rows.append((inp["text"], datetime.fromisoformat(inp["now"]), inp["tz"]))
warm_up()
for _ in range(int(sys.argv[2])):
    for text, now, tz in rows:
        parse(text, now=now, tz=tz)
print(len(rows))
"""


def instructions(tree: Path, passes: int) -> tuple[int, int]:
    """(instructions executed, corpus lines) for a process that imports, warms up and runs `passes` passes."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--callgrind-out-file=/dev/null",
            sys.executable,
            "-c",
            _PASS.format(corpora=CORPORA),
            str(tree),
            str(passes),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", done.stderr)
    if not found:
        raise RuntimeError("valgrind printed no instruction count:\n" + done.stderr[-2000:])
    return int(found.group(1)), int(done.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", type=Path, help="checkout to measure (default: this one)")
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    print("| checkout | start-up (import + warm-up) | per corpus line |")
    print("| --- | ---: | ---: |")
    for tree in args.tree or [ROOT]:
        startup, lines = instructions(tree.resolve(), 0)
        with_pass, _ = instructions(tree.resolve(), 1)
        print(
            f"| {tree} | {startup / 1e9:.2f} G instructions | {(with_pass - startup) / lines / 1e6:.1f} M instructions |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
