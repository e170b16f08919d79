"""Readiness and the lean path over signed HTTP on loopback, the bot beside the no-op Bolt app in the same run.

Usage: uv run python bench/bench_readiness.py [--starts 3] [--n 300] [--footprint 10000] [--restarts 10]
       [--no-pg] [--only startup|latency|footprint|restarts]

- start-up: the process is spawned; the bench connects to its port every 5 ms and, the moment a
  connection is accepted, sends a signed command (a `/partner log` to the bot, `/partner` to the
  no-op app). Reported: spawn -> port accepts, port accepts -> answer, spawn -> answer.
- log latency at 1, 4 and 16 closed-loop keep-alive clients on SQLite and PostgreSQL, the no-op
  app's command ack at the same concurrency measured back to back.
- footprint: gunicorn worker RSS (and master + worker PSS) idle and after --footprint commands
  (half `/partner log`, half `/partner help`), SQLite.
- restarts: --restarts times, the server is spawned on the same database while signed `/partner
  log` commands arrive at RATE per second from the moment of the spawn (each on its own
  connection, as Slack sends them; refused while the port is closed); the commands sent 4.5-7 s
  after the spawn count as confirmed when answered with a card within Slack's 3 s. Then the whole
  process group is killed with SIGKILL and spawned again.
Prints markdown.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_http import (  # noqa: E402
    BOT_TOKEN,
    ROOT,
    SECRET,
    TEAM,
    USERS,
    Running,
    _env,
    command_bodies,
    fresh_postgres_url,
    has_card,
    log_bodies,
    log_lines,
    measure,
    start_bot,
    start_noop,
    stop,
)
from bench.common import FakeLike, FakeSlackProcess, command_body, free_port, machine_facts, signed_headers  # noqa: E402

BOT_TREE = ROOT


def first_answer(argv: list[str], env: dict[str, str], port: int, body: bytes) -> tuple[float, float, int]:
    """Spawn, wait for the port to accept, send body at once: (spawn->accept, accept->answer, status)."""
    import http.client

    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(argv, cwd=BOT_TREE, env=env, stdout=log, stderr=subprocess.STDOUT)
        try:
            while True:
                if process.poll() is not None or time.perf_counter() - started > 120:
                    log.seek(0)
                    raise RuntimeError(f"no port: {log.read().decode(errors='replace')[-2000:]}")
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    time.sleep(0.005)
            accepted = time.perf_counter()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            try:
                conn.request("POST", "/slack/events", body=body, headers=signed_headers(SECRET, body))
                response = conn.getresponse()
                response.read()
                status = response.status
            except OSError:  # no answer within 30 s: reported with status 0
                status = 0
            answered = time.perf_counter()
            conn.close()
            return accepted - started, answered - accepted, status
        finally:
            process.terminate()
            process.wait(timeout=30)


def startup(fake: FakeLike, starts: int, pg: bool) -> list[str]:
    out = [
        "| server | spawn → port accepts (median s) | port accepts → first answer (median s, worst) | spawn → first answer (median s) | runs |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    cases = [("no-op Bolt app", None)]
    cases.append(("bot, SQLite (fresh file, migrates on start)", "sqlite"))
    if pg:
        cases.append(("bot, PostgreSQL (migrated by the release phase)", "postgresql"))
    for label, backend in cases:
        rows = []
        for i in range(starts):
            port = free_port()
            body = command_body(
                f"log Ringede til Lars hos Start Boghandel {i}. Ring igen fredag.",
                team_id=TEAM,
                user_id=USERS[0].id,
                response_url=fake.response_url(f"start-{i}"),
            )
            with tempfile.TemporaryDirectory() as tmp:
                if backend is None:
                    argv = [sys.executable, str(ROOT / "bench" / "noop_app.py")]
                    env = _env(fake, port, {})
                    rows.append(first_answer(argv, env, port, body))
                    continue
                drop = None
                url = f"sqlite:///{tmp}/start.db"
                if backend == "postgresql":
                    url, drop = fresh_postgres_url()
                try:
                    rows.append(
                        first_answer(
                            [sys.executable, "-m", "bot", "serve"], _env(fake, port, {"DATABASE_URL": url}), port, body
                        )
                    )
                finally:
                    if drop:
                        drop()
        statuses = {r[2] for r in rows}
        out.append(
            f"| {label} | {statistics.median(r[0] for r in rows):.2f} | "
            f"{statistics.median(r[1] for r in rows):.3f} ({max(r[1] for r in rows):.3f}) | "
            f"{statistics.median(r[0] + r[1] for r in rows):.2f} | {len(rows)}"
            f"{'' if statuses == {200} else f' (statuses {sorted(statuses)})'} |"
        )
    return out


RATE = 20  # commands per second during a restart
WINDOW = (4.5, 7.0)  # seconds after the spawn whose commands are counted
SLACK_WAITS = 3.0


def _send(port: int, body: bytes, sent: float, results: list[tuple[float, bool]], card: bool) -> None:
    import http.client

    confirmed = False
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=SLACK_WAITS)
        conn.request("POST", "/slack/events", body=body, headers=signed_headers(SECRET, body))
        response = conn.getresponse()
        answer = response.read()
        confirmed = response.status == 200 and (not card or has_card(response.status, answer))
        confirmed = confirmed and time.perf_counter() - sent <= SLACK_WAITS
        conn.close()
    except OSError:
        pass
    results.append((sent, confirmed))


def one_restart(argv: list[str], env: dict[str, str], port: int, make: Any, offset: int, card: bool) -> tuple[int, int]:
    """Spawn, send RATE commands a second, count the window's confirmed ones, kill -9: (confirmed, sent).

    card: a confirmation is an answer with blocks (the bot's card); the no-op app's is any 200.
    """
    import threading

    results: list[tuple[float, bool]] = []
    threads = []
    with tempfile.TemporaryFile() as log:
        started = time.perf_counter()
        process = subprocess.Popen(
            argv, cwd=BOT_TREE, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            i = 0
            while (at := i / RATE) < WINDOW[1]:
                time.sleep(max(0.0, started + at - time.perf_counter()))
                thread = threading.Thread(target=_send, args=(port, make(offset + i), started + at, results, card))
                thread.start()
                threads.append(thread)
                i += 1
            for thread in threads:
                thread.join()
        finally:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    counted = [ok for sent, ok in results if WINDOW[0] <= sent - started < WINDOW[1]]
    return sum(counted), len(counted)


def restarts(fake: FakeLike, times: int, pg: bool) -> list[str]:
    out = [
        f"| server | confirmed in {WINDOW[0]}-{WINDOW[1]} s after each spawn, {RATE}/s, total (per restart: "
        "median, worst) | sent | share |",
        "| --- | ---: | ---: | ---: |",
    ]
    make = log_bodies(fake, log_lines(), 500_000)
    cases: list[tuple[str, str | None]] = [("no-op Bolt app", None), ("bot, SQLite", "sqlite")]
    if pg:
        cases.append(("bot, PostgreSQL", "postgresql"))
    with tempfile.TemporaryDirectory() as tmp:
        for label, backend in cases:
            drop = None
            url = f"sqlite:///{tmp}/restarts.db"
            if backend == "postgresql":
                url, drop = fresh_postgres_url()
            try:
                counts = []
                for r in range(times):
                    port = free_port()
                    if backend is None:
                        argv, env = [sys.executable, str(ROOT / "bench" / "noop_app.py")], _env(fake, port, {})
                        make_body = command_bodies(fake, ["help"])
                    else:
                        argv = [sys.executable, "-m", "bot", "serve"]
                        env, make_body = _env(fake, port, {"DATABASE_URL": url}), make
                    counts.append(one_restart(argv, env, port, make_body, r * 1000, backend is not None))
            finally:
                if drop:
                    drop()
            confirmed, sent = sum(c for c, _ in counts), sum(n for _, n in counts)
            per = sorted(c for c, _ in counts)
            out.append(
                f"| {label} | {confirmed} ({statistics.median(per):.0f}, {per[0]}) | {sent} | {confirmed / sent:.0%} |"
            )
    return out


def latency(fake: FakeLike, n: int, pg: bool) -> list[str]:
    lines = log_lines()
    out = [
        "| server | clients | n | median ms | p99 ms | ratio to no-op (median / p99) | errors |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    noop = start_noop(fake)
    backends: list[tuple[str, Running, object]] = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            backends.append(("SQLite", start_bot(fake, f"sqlite:///{tmp}/lat.db"), None))
            if pg:
                url, drop = fresh_postgres_url()
                backends.append(("PostgreSQL", start_bot(fake, url), drop))
            try:
                measure(noop, command_bodies(fake, ["log x"]), n=30, concurrency=1)
                for _name, bot, _drop in backends:
                    measure(bot, command_bodies(fake, ["help"]), n=len(USERS), concurrency=1)
                    measure(bot, log_bodies(fake, lines, 50_000), n=100, concurrency=4, check=has_card, logs=True)
                for clients in (1, 4, 16):
                    count = n if clients == 1 else n * 2
                    base = measure(noop, command_bodies(fake, ["log x"]), n=count, concurrency=clients)
                    out.append(
                        f"| no-op command | {clients} | {count} | {base.median * 1000:.1f} | {base.p99 * 1000:.1f} | baseline | {base.non_200} |"
                    )
                    for name, bot, _drop in backends:
                        r = measure(
                            bot,
                            log_bodies(fake, lines, 100_000 * clients),
                            n=count,
                            concurrency=clients,
                            check=has_card,
                            logs=True,
                        )
                        out.append(
                            f"| `/partner log`, {name} | {clients} | {count} | {r.median * 1000:.1f} | "
                            f"{r.p99 * 1000:.1f} | {r.median / base.median:.2f}× / {r.p99 / base.p99:.2f}× | "
                            f"{r.non_200 + len(r.exceptions)} |"
                        )
                    fake.clear()
            finally:
                for _name, bot, drop in backends:
                    stop(bot)
                    if drop:
                        drop()  # type: ignore[operator]
    finally:
        stop(noop)
    return out


def footprint(fake: FakeLike, total: int) -> list[str]:
    lines = log_lines()
    out = [
        "| server | when | commands | worker RSS MiB | worker PSS | master RSS | master PSS | master + worker PSS |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]

    def row(label: str, when: str, running: Running) -> str:
        m = running.rss()
        w, p = m["worker"], m["master"]
        return (
            f"| {label} | {when} | {running.commands:,} | {w['rss']:.0f} | {w['pss']:.0f} | {p['rss']:.0f} | "
            f"{p['pss']:.0f} | {w['pss'] + p['pss']:.0f} |"
        )

    with tempfile.TemporaryDirectory() as tmp:
        bot = start_bot(fake, f"sqlite:///{tmp}/fp.db")
        noop = start_noop(fake)
        try:
            time.sleep(1)
            out.append(row("bot (SQLite)", "idle after start-up", bot))
            out.append(row("no-op Bolt app", "idle after start-up", noop))
            half = total // 2
            measure(bot, command_bodies(fake, ["help"]), n=total - half, concurrency=4)
            fake.clear()
            done = 0
            while done < half:
                step = min(1000, half - done)
                measure(bot, log_bodies(fake, lines, 200_000 + done), n=step, concurrency=4, check=has_card, logs=True)
                fake.clear()
                done += step
            measure(noop, command_bodies(fake, ["log x"]), n=total, concurrency=4)
            fake.clear()
            time.sleep(1)
            out.append(row("bot (SQLite)", f"after {total:,} commands ({bot.log_commands:,} logs)", bot))
            out.append(row("no-op Bolt app", f"after {total:,} commands", noop))
        finally:
            stop(bot)
            stop(noop)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--footprint", type=int, default=10_000)
    parser.add_argument("--no-pg", action="store_true")
    parser.add_argument("--restarts", type=int, default=10)
    parser.add_argument("--only", choices=["startup", "latency", "footprint", "restarts"])
    parser.add_argument(
        "--tree",
        type=Path,
        help="run the bot from this source tree (e.g. an export of main), "
        "for a before/after comparison; the no-op app always runs from this tree",
    )
    args = parser.parse_args()
    if args.tree:
        import bench.bench_http as bench_http

        global BOT_TREE
        BOT_TREE = bench_http.ROOT = args.tree.resolve()
        print(f"bot from {BOT_TREE}")
    facts = machine_facts()
    with open("/proc/loadavg") as f:
        load_before = " ".join(f.read().split()[:3])
    print(f"Machine: {facts.get('CPU', '?')}, Python {facts.get('Python', '?')}; load average before: {load_before}\n")
    # The fake in its own process: its work after each ack must not be timed as the bot's.
    with FakeSlackProcess(team_id=TEAM, bot_token=BOT_TOKEN, users=USERS) as fake:
        if args.only in (None, "startup"):
            print("\n".join(startup(fake, args.starts, not args.no_pg)), "\n", flush=True)
        if args.only in (None, "latency"):
            print("\n".join(latency(fake, args.n, not args.no_pg)), "\n", flush=True)
        if args.only in (None, "footprint") and args.footprint:
            print("\n".join(footprint(fake, args.footprint)), "\n", flush=True)
        if args.only in (None, "restarts") and args.restarts:
            print("\n".join(restarts(fake, args.restarts, not args.no_pg)), "\n", flush=True)
    with open("/proc/loadavg") as f:
        print(f"load average after: {' '.join(f.read().split()[:3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
