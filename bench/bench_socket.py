"""Socket Mode clients side by side on one fake Slack: acks under churn, reconnects, CPU, start-up.

Usage: uv run --group socket-bench python bench/bench_socket.py [--quick] [--only a,b] [--json out.json]

Each candidate runs the real bot (the same app, database and scheduler as `python -m bot socket`)
in its own process against a fake Slack Web API and the fake Socket Mode server
(bot/offline/fake_socket_mode.py) on loopback, with a migrated SQLite file:

- builtin, websocket-client, aiohttp, websockets: slack_sdk's four Socket Mode clients through
  Bolt's adapters with their defaults (bench/socket_candidate.py);
- partnerbot: `python -m bot socket` (bot/process/socket_transport.py over websocket-client).

Measured, in this order, on each:
- start: from spawning the process to the first acknowledged `/partner help`;
- ack latency at 1 client on a healthy connection: `/partner help` and `/partner log <line>`;
- after a refresh: `disconnect` (refresh_requested, then warning), and a command sent the moment
  the new connection got `hello`; Slack's limit is 3 s;
- time to reconnect (drop to the new connection's `hello`) after a drop without a close frame
  (FIN), a half-open connection (no answers, no FIN), a TCP reset and a server close frame, and
  the share of a core the process used meanwhile; each new connection must then ack a command;
- CPU while disconnected: new connections refused for a while after a drop (share of a core),
  and how long after Slack is back the client is connected again;
- SIGTERM with a `/partner log` in flight: exit code and time, whether the envelope was
  acknowledged, whether the client sent a close frame.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_http import log_lines  # noqa: E402
from bench.common import ROOT, command_body, cpu_seconds, machine_facts, percentile  # noqa: E402
from bot.offline.fake_socket_mode import APP_TOKEN, FakeSocketMode, SocketConnection  # noqa: E402
from bot.offline.fakeslack import FakeSlack, FakeUser  # noqa: E402
from storage.migrate import upgrade  # noqa: E402

TEAM = "T0BENCH"
BOT_TOKEN = "xoxb-bench-token"
USER = FakeUser("U0BENCH01", "Bench", tz="Europe/Copenhagen", locale="da-DK")
SLACK_LIMIT_S = 3.0
CPU_WINDOW_S = 3.0

CANDIDATES: dict[str, tuple[str, list[str], str | None]] = {
    # name: (what it is, argv after the interpreter, module it needs)
    "builtin": (
        "slack_sdk built-in client (Bolt's default SocketModeHandler)",
        ["bench/socket_candidate.py", "builtin"],
        None,
    ),
    "websocket-client": (
        "slack_sdk websocket_client adapter",
        ["bench/socket_candidate.py", "websocket-client"],
        "websocket",
    ),
    "aiohttp": ("slack_sdk aiohttp adapter", ["bench/socket_candidate.py", "aiohttp"], "aiohttp"),
    "websockets": (
        "slack_sdk websockets adapter (AsyncWebClient needs aiohttp too)",
        ["bench/socket_candidate.py", "websockets"],
        "websockets",
    ),
    "partnerbot": ("bot/process/socket_transport.py over websocket-client", ["-m", "bot", "socket"], "websocket"),
}


@dataclass
class Plan:
    """How many trials of each scenario, and how long to wait for a reconnect before giving up."""

    latency_n: int
    refresh_n: int
    drop_n: int
    half_open_n: int
    cap_s: float
    outage_s: float

    @classmethod
    def make(cls, quick: bool) -> Plan:
        if quick:
            return cls(latency_n=10, refresh_n=1, drop_n=1, half_open_n=1, cap_s=40, outage_s=8)
        return cls(latency_n=40, refresh_n=3, drop_n=3, half_open_n=2, cap_s=90, outage_s=20)


@dataclass
class Result:
    """Everything measured on one candidate (seconds; None where it never happened within the cap)."""

    name: str
    what: str
    start_s: float | None = None
    help_acks: list[float] = field(default_factory=list)
    log_acks: list[float] = field(default_factory=list)
    refresh_acks: dict[str, list[float | None]] = field(default_factory=dict)
    reconnect: dict[str, list[float | None]] = field(default_factory=dict)
    cpu_during: dict[str, list[float]] = field(default_factory=dict)
    probe_failures: int = 0
    idle_cpu: float | None = None
    outage_cpu: float | None = None
    outage_attempts: int | None = None
    back_after_outage_s: float | None = None
    sigterm: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


def command_payload(text: str, fake: FakeSlack) -> dict[str, str]:
    """A slash command's fields, as the Socket Mode envelope carries them."""
    body = command_body(text, team_id=TEAM, user_id=USER.id, response_url=fake.response_url("bench"))
    return dict(parse_qsl(body.decode(), keep_blank_values=True))


class Rig:
    """One candidate process with its own fake Slack and fake Socket Mode server."""

    def __init__(self, name: str, argv: list[str], workdir: Path) -> None:
        self.name = name
        self.fake = FakeSlack(team_id=TEAM, bot_token=BOT_TOKEN, users=[USER]).start()
        self.sm = FakeSocketMode().attach(self.fake).start()
        db = workdir / f"{name}.sqlite3"
        upgrade(f"sqlite:///{db}")
        env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
            "SLACK_BOT_TOKEN": BOT_TOKEN,
            "SLACK_APP_TOKEN": APP_TOKEN,
            "SLACK_API_URL": self.fake.api_url,
            "DATABASE_URL": f"sqlite:///{db}",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
        self.log_path = workdir / f"{name}.log"
        self.log_file = self.log_path.open("wb")
        self.spawned = time.monotonic()
        self.process = subprocess.Popen(
            [sys.executable, *argv],
            cwd=ROOT,
            env=env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def cpu(self) -> float:
        return cpu_seconds(self.process.pid) or 0.0

    def send(self, text: str, conn: SocketConnection | None = None):
        return self.sm.command(command_payload(text, self.fake), connection=conn)

    def probe(self, conn: SocketConnection | None = None, timeout: float = 10.0) -> float | None:
        """Ack latency of `/partner help` on a connection (the newest by default), or None."""
        try:
            envelope = self.send("help", conn)
        except RuntimeError:
            return None
        ack = self.sm.wait_ack(envelope, timeout)
        return ack.latency if ack is not None else None

    def ready(self, timeout: float = 30.0) -> bool:
        """A live connection that acknowledges a command (retried until timeout)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.sm.current() is not None and self.probe(timeout=min(5.0, deadline - time.monotonic())) is not None:
                return True
            time.sleep(0.2)
        return False

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.log_file.close()
        self.sm.stop()
        self.fake.stop()


# ----- scenarios ----------------------------------------------------------------------------------


def measure_start(rig: Rig, result: Result) -> None:
    conn = rig.sm.wait_hello(1, timeout=90)
    if conn is None:
        raise RuntimeError("no connection within 90 s of start")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        envelope = rig.send("help")
        ack = rig.sm.wait_ack(envelope, 5)
        if ack is not None:
            result.start_s = ack.at - rig.spawned
            return
    raise RuntimeError("no command acknowledged within 30 s of the first hello")


def measure_latency(rig: Rig, result: Result, plan: Plan) -> None:
    for _ in range(5):
        rig.probe()
    for _ in range(plan.latency_n):
        latency = rig.probe()
        if latency is not None:
            result.help_acks.append(latency)
    lines = log_lines()
    for i in range(plan.latency_n):
        ack = rig.sm.wait_ack(rig.send("log " + lines[i % len(lines)]), 10)
        if ack is not None and ack.latency is not None:
            result.log_acks.append(ack.latency)


def measure_refresh(rig: Rig, result: Result, plan: Plan) -> None:
    for reason in ("refresh_requested", "warning"):
        found: list[float | None] = []
        for _ in range(plan.refresh_n):
            if not rig.ready():
                found.append(None)
                continue
            old = rig.sm.current()
            rig.sm.refresh(reason, connection=old, close_after=5.0)
            new = rig.sm.wait_new_connection(old, timeout=15)
            # The command goes out the moment the new connection is greeted (or on the old one,
            # for a client that does not reconnect on a warning).
            found.append(rig.probe(new or old, timeout=10))
            if old is not None:
                rig.sm.wait_closed(old, timeout=8)
            time.sleep(0.5)
        result.refresh_acks[reason] = found


def _one_drop(rig: Rig, result: Result, kind: str, fault: Callable[[SocketConnection], object], cap: float) -> None:
    if not rig.ready():
        result.reconnect.setdefault(kind, []).append(None)
        return
    old = rig.sm.current()
    assert old is not None
    cpu0, t0 = rig.cpu(), time.monotonic()
    fault(old)
    new = rig.sm.wait_new_connection(old, timeout=cap)
    elapsed = time.monotonic() - t0
    # CPU over at least CPU_WINDOW_S from the fault (the kernel counts in 10 ms ticks), which
    # takes in the reconnect and whatever the client did while it was down.
    time.sleep(max(0.0, CPU_WINDOW_S - elapsed))
    result.cpu_during.setdefault(kind, []).append((rig.cpu() - cpu0) / (time.monotonic() - t0))
    result.reconnect.setdefault(kind, []).append(elapsed if new is not None else None)
    if new is None:
        rig.sm.drop(old)  # end the dead connection for good, so the next trial starts clean
    elif rig.probe(new) is None:
        result.probe_failures += 1


def measure_drops(rig: Rig, result: Result, plan: Plan) -> None:
    faults: list[tuple[str, int, Callable[[SocketConnection], object]]] = [
        ("drop (FIN, no close frame)", plan.drop_n, rig.sm.drop),
        ("half-open (silence)", plan.half_open_n, rig.sm.half_open),
        ("TCP reset", plan.drop_n, rig.sm.reset),
        ("server close frame", plan.drop_n, lambda c: rig.sm.close(c, code=1001, reason="going away")),
    ]
    for kind, trials, fault in faults:
        for _ in range(trials):
            _one_drop(rig, result, kind, fault, plan.cap_s)
            time.sleep(0.5)


def measure_outage(rig: Rig, result: Result, plan: Plan) -> None:
    if not rig.ready():
        return
    cpu0, t0 = rig.cpu(), time.monotonic()
    time.sleep(plan.outage_s)
    result.idle_cpu = (rig.cpu() - cpu0) / (time.monotonic() - t0)
    old = rig.sm.current()
    attempts0 = rig.sm.refused
    rig.sm.outage(True)
    rig.sm.drop(old)
    cpu0, t0 = rig.cpu(), time.monotonic()
    time.sleep(plan.outage_s)
    result.outage_cpu = (rig.cpu() - cpu0) / (time.monotonic() - t0)
    result.outage_attempts = rig.sm.refused - attempts0
    rig.sm.outage(False)
    t0 = time.monotonic()
    newest = rig.sm.connections[-1] if rig.sm.connections else old
    new = rig.sm.wait_new_connection(newest, timeout=plan.cap_s)
    result.back_after_outage_s = time.monotonic() - t0 if new is not None else None


def measure_sigterm(rig: Rig, result: Result) -> None:
    if not rig.ready():
        return
    conn = rig.sm.current()
    envelope = rig.send("log Ringede til Lars Jensen hos Danske Bank. Ringer igen torsdag kl. 10.")
    time.sleep(0.005)  # the envelope is on the wire; the handler has (most likely) not answered yet
    t0 = time.monotonic()
    rig.process.send_signal(signal.SIGTERM)
    try:
        code = rig.process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        code = None
    result.sigterm = {
        "exit_code": code,
        "seconds": time.monotonic() - t0,
        "in_flight_acked": rig.sm.wait_ack(envelope, 1) is not None,
        "close_frame": conn is not None and conn.client_close_code is not None,
    }


def run_candidate(name: str, plan: Plan, workdir: Path) -> Result:
    what, argv, module = CANDIDATES[name]
    result = Result(name, what)
    if module is not None and importlib.util.find_spec(module) is None:
        result.error = f"{module} is not installed (uv sync --group socket-bench)"
        return result
    print(f"== {name}", file=sys.stderr, flush=True)
    rig = Rig(name, argv, workdir)
    try:
        for step, action in (
            ("start", lambda: measure_start(rig, result)),
            ("latency", lambda: measure_latency(rig, result, plan)),
            ("refresh", lambda: measure_refresh(rig, result, plan)),
            ("drops", lambda: measure_drops(rig, result, plan)),
            ("outage", lambda: measure_outage(rig, result, plan)),
            ("sigterm", lambda: measure_sigterm(rig, result)),
        ):
            print(f"   {step}", file=sys.stderr, flush=True)
            action()
    except Exception as exc:  # noqa: BLE001 - one candidate failing is a result, not the end of the run
        result.error = f"{type(exc).__name__}: {exc}"
    finally:
        rig.stop()
    return result


# ----- the report ----------------------------------------------------------------------------------


def _s(value: float | None) -> str:
    if value is None:
        return "never"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.1f} s"


def _spread(values: list[float | None], cap: float) -> str:
    """min–max of the trials, and how many never happened within the cap."""
    if not values:
        return "–"
    known = [v for v in values if v is not None]
    missing = len(values) - len(known)
    if not known:
        return f"never (> {cap:.0f} s)"
    low, high = _s(min(known)), _s(max(known))
    text = low if low == high else f"{low}–{high}"
    return text + (f"; {missing} of {len(values)} never" if missing else "")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f} %"


def render(results: list[Result], plan: Plan, facts: dict[str, str], quick: bool) -> str:
    o = ["# Socket Mode clients", ""]
    if quick:
        o += ["> Quick run: one trial of each fault; not for quoting.", ""]
    o += [
        "Same app, database (SQLite) and fake Slack for every candidate; each in its own process. "
        f"Trials: {plan.latency_n} commands per latency figure, {plan.refresh_n} refreshes per reason, "
        f"{plan.drop_n} of each drop ({plan.half_open_n} half-open); a reconnect not seen within "
        f"{plan.cap_s:.0f} s counts as never.",
        "",
    ]
    o += ["| fact | value |", "| --- | --- |"] + [f"| {k} | {v} |" for k, v in facts.items()] + [""]
    o += [
        "## Acknowledgements",
        "",
        "| candidate | start → first ack | help: median / p99 | log: median / p99 | after refresh_requested: worst | "
        "after warning: worst | refresh acks > 3 s |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        if r.error and r.start_s is None:
            o.append(f"| {r.name} | {r.error} | | | | | |")
            continue
        refresh = r.refresh_acks

        def worst(reason: str, refresh: dict[str, list[float | None]] = refresh) -> str:
            vals = refresh.get(reason, [])
            if not vals:
                return "–"
            return "no ack" if any(v is None for v in vals) else _s(max(v for v in vals if v is not None))

        late = sum(1 for vals in refresh.values() for v in vals if v is None or v > SLACK_LIMIT_S)
        total = sum(len(vals) for vals in refresh.values())
        o.append(
            f"| {r.name} | {_s(r.start_s)} | {_s(statistics.median(r.help_acks)) if r.help_acks else '–'} / "
            f"{_s(percentile(r.help_acks, 99)) if r.help_acks else '–'} | "
            f"{_s(statistics.median(r.log_acks)) if r.log_acks else '–'} / "
            f"{_s(percentile(r.log_acks, 99)) if r.log_acks else '–'} | {worst('refresh_requested')} | "
            f"{worst('warning')} | {late} of {total} |"
        )
    o += [
        "",
        "## Reconnects and CPU",
        "",
        "| candidate | drop (FIN) | half-open | TCP reset | server close frame | CPU from drop to reconnect (worst) "
        "| CPU idle, connected | CPU while disconnected | refused connects while disconnected | back after "
        "Slack returns | SIGTERM |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for r in results:
        if r.error and r.start_s is None:
            continue
        kinds = ("drop (FIN, no close frame)", "half-open (silence)", "TCP reset", "server close frame")
        cpu_worst = max((v for vals in r.cpu_during.values() for v in vals), default=None)
        sig = r.sigterm
        sigterm = (
            "–"
            if not sig
            else (
                f"exit {sig['exit_code']} in {_s(sig['seconds'])}; in-flight {'acked' if sig['in_flight_acked'] else 'lost'}; "
                f"{'close frame' if sig['close_frame'] else 'no close frame'}"
            )
        )
        o.append(
            f"| {r.name} | "
            + " | ".join(_spread(r.reconnect.get(k, []), plan.cap_s) for k in kinds)
            + f" | {_pct(cpu_worst)} | {_pct(r.idle_cpu)} | {_pct(r.outage_cpu)} | "
            f"{r.outage_attempts if r.outage_attempts is not None else '–'} | {_s(r.back_after_outage_s)} | {sigterm} |"
        )
    notes = [f"- {r.name}: {r.error}" for r in results if r.error]
    notes += [
        f"- {r.name}: {r.probe_failures} new connection(s) did not acknowledge a command"
        for r in results
        if r.probe_failures
    ]
    if notes:
        o += ["", "Notes:", "", *notes]
    o += ["", "Candidates: " + "; ".join(f"**{r.name}**: {r.what}" for r in results) + "."]
    return "\n".join(o) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one trial of each fault, shorter waits")
    parser.add_argument("--only", help="comma-separated candidates: " + ", ".join(CANDIDATES))
    parser.add_argument("--json", type=Path, help="also write the raw figures here")
    args = parser.parse_args(argv)
    names = args.only.split(",") if args.only else list(CANDIDATES)
    plan = Plan.make(args.quick)
    facts = machine_facts()
    from importlib.metadata import PackageNotFoundError, version

    libs = []
    for lib in ("slack-sdk", "websocket-client", "aiohttp", "websockets"):
        try:
            libs.append(f"{lib} {version(lib)}")
        except PackageNotFoundError:
            libs.append(f"{lib} not installed")
    facts["Socket Mode libraries"] = ", ".join(libs)
    with tempfile.TemporaryDirectory(prefix="bench-socket-") as tmp:
        results = [run_candidate(name, plan, Path(tmp)) for name in names]
    print(render(results, plan, facts, args.quick))
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
