"""Run every benchmark in bench/ one after another and write bench/RESULTS.md.

Usage: uv run python bench/run_all.py [--quick] [--only http,storage] [--out bench/RESULTS.md]

`make bench` runs the full set (about 45 to 60 minutes on two cores, half of it the Socket Mode
clients' reconnect trials); `--quick` is a smoke run
of a few minutes whose figures are not for quoting. Each benchmark is its own process, run one
at a time so they do not compete for the CPU; their markdown output is collected as is, under
the machine facts and the load average around each run (other work on a shared machine shows
up there).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_http import PG_URL  # noqa: E402
from bench.common import ROOT, machine_facts  # noqa: E402

BENCH = ROOT / "bench"


@dataclass(frozen=True)
class Bench:
    """A benchmark script and what it measures."""

    key: str
    script: str
    what: str
    full_args: tuple[str, ...] = ()
    timeout_s: int = 3600


# In the order a reader wants the tables: what users feel first, then scale, then parts.
BENCHES = (
    Bench("http", "bench_http.py", "ack latency, throughput, footprint and start-up over HTTP", ("--profile", "200")),
    Bench(
        "readiness",
        "bench_readiness.py",
        "readiness: spawn to port to first answered command, log latency at "
        "1/4/16 clients on both databases, worker memory after 10,000 commands, beside the no-op app",
    ),
    Bench("logpath", "bench_log_path.py", "SQL statements per /partner log on both databases"),
    Bench("parse", "bench_parse.py", "parsing: per-line time, cold first parse, against plain dateparser"),
    Bench(
        "times",
        "bench_times.py",
        "times read from text: per-family accuracy, confidently wrong, speed, against plain dateparser",
    ),
    Bench(
        "duckling",
        "bench_duckling.py",
        "times on Duckling's Danish and English time corpora (needs DUCKLING_DIR): "
        "understood, confidently wrong, against plain dateparser",
        ("--speed",),
    ),
    Bench("digest", "bench_digest.py", "digest build time at 1,000 users / 100,000 open follow-ups and at 10×"),
    Bench("storage", "bench_storage.py", "status lookup and fuzzy search at 100,000 partners / 1,000,000 interactions"),
    Bench("lookup", "bench_lookup.py", "lookups at scale"),
    Bench(
        "socket",
        "bench_socket.py",
        "Socket Mode clients side by side: acks after refreshes, reconnects, CPU, start-up, SIGTERM",
    ),
)
OWN = {"bench_http.py", "run_all.py", "common.py", "noop_app.py", "socket_candidate.py", "__init__.py"}


def accepts(script: Path, flag: str) -> bool:
    """True when the script defines flag (read from its source, so nothing runs to find out)."""
    return f'"{flag}"' in script.read_text(encoding="utf-8")


def load() -> str:
    """The 1-minute load average."""
    return f"{os.getloadavg()[0]:.2f}"


@dataclass
class Outcome:
    """One benchmark's run."""

    bench: Bench
    present: bool
    command: str = ""
    seconds: float = 0.0
    returncode: int | None = None
    stdout: str = ""
    stderr_tail: str = ""
    load_before: str = ""
    load_after: str = ""
    data: dict | None = None


def run_one(bench: Bench, quick: bool) -> Outcome:
    """Run one script as a subprocess; a missing script is an outcome too."""
    script = BENCH / bench.script
    if not script.exists():
        return Outcome(bench, present=False)
    args = list(bench.full_args)
    json_path = None
    if quick and accepts(script, "--quick"):
        args.append("--quick")
    if bench.key == "http":
        json_path = Path(tempfile.mkstemp(suffix=".json")[1])
        args += ["--json", str(json_path)]
        if quick:
            args[args.index("--profile") + 1] = "50"
    argv = [sys.executable, str(script), *args]
    shown = " ".join(["python", f"bench/{bench.script}", *[a for a in args if a != str(json_path)]]).replace(
        " --json", ""
    )
    print(f"== {shown}", file=sys.stderr, flush=True)
    outcome = Outcome(bench, present=True, command=shown, load_before=load())
    started = time.perf_counter()
    # Some scripts import the project without putting the repository on sys.path themselves.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen(argv, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    tail: deque[str] = deque(maxlen=60)

    def tee() -> None:  # progress goes to the terminal as it happens; the tail is kept for the report
        assert process.stderr is not None
        for line in process.stderr:
            sys.stderr.write(line)
            tail.append(line)

    chunks: list[str] = []

    def collect() -> None:
        assert process.stdout is not None
        chunks.append(process.stdout.read())

    readers = [threading.Thread(target=tee, daemon=True), threading.Thread(target=collect, daemon=True)]
    for reader in readers:
        reader.start()
    try:
        outcome.returncode = process.wait(timeout=bench.timeout_s)
    except subprocess.TimeoutExpired:
        process.kill()
        outcome.returncode = -1
        process.wait()
        tail.append(f"timed out after {bench.timeout_s} s\n")
    for reader in readers:
        reader.join(timeout=10)
    outcome.stdout = "".join(chunks)
    outcome.stderr_tail = "".join(tail)
    outcome.seconds = time.perf_counter() - started
    outcome.load_after = load()
    if json_path is not None:
        try:
            outcome.data = json.loads(json_path.read_text() or "null")
        except (OSError, json.JSONDecodeError):
            outcome.data = None
        json_path.unlink(missing_ok=True)
    return outcome


def others() -> list[Bench]:
    """bench_*.py scripts someone added that the list above does not know yet."""
    known = {b.script for b in BENCHES} | OWN
    return [
        Bench(p.stem.removeprefix("bench_"), p.name, p.stem)
        for p in sorted(BENCH.glob("bench_*.py"))
        if p.name not in known
    ]


def render(outcomes: list[Outcome], facts: dict[str, str], quick: bool, total_s: float) -> str:
    """RESULTS.md."""
    o = ["# Benchmark results", ""]
    if quick:
        o += [
            "> **Quick smoke run**: small samples and short durations. These figures check that the harness "
            "works; do not quote them.",
            "",
        ]
    o += [
        f"Written by `{'python bench/run_all.py --quick' if quick else 'make bench'}` "
        f"(`uv run --frozen python bench/run_all.py`) in {total_s / 60:.1f} minutes. Each benchmark ran as its "
        "own process, one at a time; the load average before and after each is shown because this machine is "
        "shared and other work skews absolute figures. Ratios against baselines measured in the same run "
        "(the no-op Bolt app, plain dateparser) are the figures that travel.",
        "",
    ]
    o += ["## Machine", "", "| fact | value |", "| --- | --- |"]
    o += [f"| {k} | {v} |" for k, v in facts.items()]
    o += [
        "",
        "## Runs",
        "",
        "| benchmark | measures | command | minutes | load before → after | result |",
        "| --- | --- | --- | ---: | --- | --- |",
    ]
    for out in outcomes:
        if not out.present:
            o.append(f"| {out.bench.script} | {out.bench.what} | – | – | – | **does not exist in this tree** |")
            continue
        result = "ok" if out.returncode == 0 else f"exit {out.returncode}"
        o.append(
            f"| {out.bench.script} | {out.bench.what} | `{out.command}` | {out.seconds / 60:.1f} | "
            f"{out.load_before} → {out.load_after} | {result} |"
        )
    o.append("")
    for out in outcomes:
        o.append(f"## {out.bench.what[:1].upper()}{out.bench.what[1:]} (`bench/{out.bench.script}`)")
        o.append("")
        if not out.present:
            o += [
                f"`bench/{out.bench.script}` did not exist when this run was made, so there are no figures "
                "for it here.",
                "",
            ]
            continue
        body = out.stdout.strip()
        o.append(body if body else "_(no output)_")
        if out.returncode != 0:
            o += [
                "",
                f"**The script exited with {out.returncode}.** Last lines of its error output:",
                "",
                "```",
                out.stderr_tail.strip()[-2000:],
                "```",
            ]
        o.append("")
    return "\n".join(o).rstrip() + "\n"


def _split(text: str) -> tuple[dict[str, str], dict[str, str]]:
    """The Runs-table rows and the per-benchmark sections of a RESULTS.md, by script name."""
    rows = {m.group(1): m.group(0) for m in re.finditer(r"(?m)^\| (bench_\w+\.py) \|.*$", text)}
    sections = {}
    for part in re.split(r"(?m)^(?=## )", text):
        found = re.search(r"\(`bench/(bench_\w+\.py)`\)", part.split("\n", 1)[0])
        if found:
            sections[found.group(1)] = part.rstrip() + "\n"
    return rows, sections


def merge(old: str, new: str, rerun: set[str]) -> str:
    """The new figures for the benchmarks just re-run, the old file's rows and sections for the rest."""
    old_rows, old_sections = _split(old)
    kept = [script for script in old_sections if script not in rerun]
    extra_rows = "".join(old_rows[s] + "\n" for s in kept if s in old_rows)
    new = re.sub(
        r"(?m)^(\| --- \| --- \| --- \| ---: \| --- \| --- \|\n(?:\|.*\n)*)",
        lambda m: m.group(1) + extra_rows,
        new,
        count=1,
    )
    new = new.rstrip() + "\n\n" + "\n".join(old_sections[s] for s in kept)
    note = (
        f"> Merged: {', '.join(sorted(rerun))} re-run and put together with the other sections of an earlier "
        "run of this file; each row of the Runs table is from its own run.\n\n"
    )
    return new.replace("## Machine", note + "## Machine", 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run of a few minutes")
    parser.add_argument("--only", help="comma-separated keys: " + ", ".join(b.key for b in BENCHES))
    parser.add_argument("--out", type=Path, default=BENCH / "RESULTS.md")
    args = parser.parse_args(argv)
    benches = [*BENCHES, *others()]
    if args.only:
        wanted = set(args.only.split(","))
        benches = [b for b in benches if b.key in wanted]
    facts = machine_facts(PG_URL)
    started = time.perf_counter()
    outcomes = [run_one(b, args.quick) for b in benches]
    text = render(outcomes, facts, args.quick, time.perf_counter() - started)
    if args.only and args.out.exists():
        text = merge(args.out.read_text(encoding="utf-8"), text, {b.script for b in benches})
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0 if all(o.returncode in (0, None) for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
