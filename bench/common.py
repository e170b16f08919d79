"""Shared pieces for the HTTP benchmarks: machine facts, percentiles, a signing keep-alive client pool.

The signing is written here from Slack's description (v0, HMAC-SHA256 over `v0:ts:body`), not
borrowed from the bot, so the benchmark checks the bot's verification as Slack would exercise it.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import os
import platform
import socket
import statistics
import subprocess
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
SLACK_DEADLINE_S = 3.0  # Slack shows the user an error when the ack takes longer


# ----- numbers ----------------------------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile by nearest rank (p99 of 100 samples is the 99th smallest)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, min(len(ordered), -(-len(ordered) * p // 100)))  # ceil(n * p / 100)
    return ordered[int(rank) - 1]


def ms(seconds: float) -> str:
    """Seconds as milliseconds for a table cell."""
    if seconds != seconds:  # NaN
        return "–"
    return f"{seconds * 1000:.1f}" if seconds < 1 else f"{seconds * 1000:.0f}"


# ----- machine facts ----------------------------------------------------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _ram_gib() -> str:
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        return f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def postgres_version(pg_url: str) -> str:
    """The server's version string, or why it could not be read."""
    from sqlalchemy import create_engine, text

    try:
        engine = create_engine(pg_url)
        with engine.connect() as conn:
            version = str(conn.scalar(text("SHOW server_version")))
        engine.dispose()
        return version
    except Exception as exc:  # noqa: BLE001 - an unreachable server is a fact to print, not a crash
        return f"unreachable ({exc.__class__.__name__})"


def machine_facts(pg_url: str | None = None) -> dict[str, str]:
    """CPU, cores, RAM, OS, Python and library versions, load, date and commit."""
    import sqlite3
    from importlib.metadata import version

    cores = os.cpu_count() or 0
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = cores
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
        commit = (commit + (" + uncommitted changes in the tree" if dirty else "")) or "unknown"
    except OSError:
        commit = "unknown"
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    facts = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "CPU": f"{_cpu_model()}, {cores} cores ({usable} usable)",
        "RAM": _ram_gib(),
        "OS": f"{platform.system()} {platform.release()}",
        "Python": f"{platform.python_implementation()} {platform.python_version()}",
        "libraries": ", ".join(
            f"{name} {version(name)}" for name in ("slack-bolt", "gunicorn", "SQLAlchemy", "psycopg", "dateparser")
        ),
        "SQLite": sqlite3.sqlite_version,
        "load average at start": load,
        "commit": commit,
    }
    if pg_url:
        facts["PostgreSQL"] = postgres_version(pg_url)
    return facts


# ----- Slack-shaped, signed requests ------------------------------------------------------------


def slack_signature(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's v0 signature of a request body."""
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signed_headers(secret: str, body: bytes) -> dict[str, str]:
    """The headers Slack sends with a body, signed now."""
    ts = str(int(time.time()))
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": slack_signature(secret, ts, body),
    }


def command_body(text: str, *, team_id: str, user_id: str, response_url: str, command: str = "/partner") -> bytes:
    """A slash command as Slack posts it."""
    return urlencode(
        {
            "token": "unused",
            "team_id": team_id,
            "team_domain": "library",
            "channel_id": "C0BENCH",
            "channel_name": "bench",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": "A0PARTNERBOT",
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": f"{time.time():.0f}.1.{uuid.uuid4().hex}",
        }
    ).encode()


def button_body(*, team_id: str, user_id: str, action_id: str, value: str, response_url: str) -> bytes:
    """A block_actions payload (a button clicked in an ephemeral message) as Slack posts it."""
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": team_id, "domain": "library"},
        "user": {"id": user_id, "username": user_id.lower(), "team_id": team_id},
        "api_app_id": "A0PARTNERBOT",
        "token": "unused",
        "trigger_id": f"{time.time():.0f}.2.{uuid.uuid4().hex}",
        "container": {"type": "message", "channel_id": "C0BENCH", "is_ephemeral": True},
        "channel": {"id": "C0BENCH", "name": "bench"},
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "b1",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    return urlencode({"payload": json.dumps(payload)}).encode()


# ----- the client pool --------------------------------------------------------------------------

# Builds the i-th request body; the pool signs it just before sending.
BodyFactory = Callable[[int], bytes]


@dataclass
class LoadResult:
    """What a load run saw: per-request latency and outcome."""

    concurrency: int
    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    exceptions: list[str] = field(default_factory=list)
    wall_seconds: float = 0.0
    worker_cpu: float | None = None  # share of one core the server's worker used, when measured

    @property
    def count(self) -> int:
        """Requests that got an HTTP answer."""
        return len(self.latencies)

    @property
    def non_200(self) -> int:
        """Answers other than 200 OK."""
        return sum(n for status, n in self.statuses.items() if status != 200)

    @property
    def too_slow(self) -> int:
        """Answers slower than Slack's 3-second window."""
        return sum(1 for x in self.latencies if x > SLACK_DEADLINE_S)

    @property
    def errors(self) -> int:
        """Failed requests: non-200, connection errors, or slower than 3 s."""
        return self.non_200 + len(self.exceptions) + self.too_slow

    @property
    def median(self) -> float:
        """Median latency in seconds."""
        return statistics.median(self.latencies) if self.latencies else float("nan")

    @property
    def p99(self) -> float:
        """99th percentile latency in seconds."""
        return percentile(self.latencies, 99)

    @property
    def rps(self) -> float:
        """Answered requests per second of wall time."""
        return self.count / self.wall_seconds if self.wall_seconds else 0.0

    def summary(self) -> dict[str, Any]:
        """Plain numbers for JSON."""
        return {
            "concurrency": self.concurrency,
            "count": self.count,
            "median_s": self.median,
            "p99_s": self.p99,
            "max_s": max(self.latencies) if self.latencies else None,
            "errors": self.errors,
            "non_200": self.non_200,
            "exceptions": len(self.exceptions),
            "too_slow": self.too_slow,
            "rps": self.rps,
            "wall_s": self.wall_seconds,
        }


def run_load(
    host: str,
    port: int,
    secret: str,
    make_body: BodyFactory,
    *,
    concurrency: int,
    total: int | None = None,
    duration: float | None = None,
    path: str = "/slack/events",
    timeout: float = 10.0,
    check: Callable[[int, bytes], bool] | None = None,
    method: str = "POST",
) -> LoadResult:
    """Send signed POSTs from `concurrency` closed-loop clients, each on its own keep-alive connection.

    Stops after `total` requests or `duration` seconds, whichever comes first. Latency is timed
    around request-and-read only; building and signing the body happens before the clock starts.
    `check(status, body)` may mark a 200 answer as wrong (counted as status 0).
    """
    if total is None and duration is None:
        raise ValueError("give total or duration")
    result = LoadResult(concurrency)
    lock = threading.Lock()
    counter = iter(range(total if total is not None else 1 << 62))
    started = time.perf_counter()
    deadline = started + duration if duration is not None else float("inf")

    def client() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
        latencies: list[float] = []
        statuses: dict[int, int] = {}
        try:
            while time.perf_counter() < deadline:
                with lock:
                    i = next(counter, None)
                if i is None:
                    break
                body = make_body(i) if method == "POST" else None
                headers = signed_headers(secret, body) if body is not None else {}
                t0 = time.perf_counter()
                try:
                    conn.request(method, path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                except (OSError, http.client.HTTPException) as exc:
                    with lock:
                        result.exceptions.append(f"{type(exc).__name__}: {exc}")
                    conn.close()
                    conn = http.client.HTTPConnection(host, port, timeout=timeout)
                    continue
                latencies.append(time.perf_counter() - t0)
                status = response.status
                if status == 200 and check is not None and not check(status, data):
                    status = 0
                statuses[status] = statuses.get(status, 0) + 1
                if response.will_close:
                    conn.close()
                    conn = http.client.HTTPConnection(host, port, timeout=timeout)
        finally:
            conn.close()
            with lock:
                result.latencies.extend(latencies)
                for status, n in statuses.items():
                    result.statuses[status] = result.statuses.get(status, 0) + n

    threads = [threading.Thread(target=client, name=f"bench-client-{n}", daemon=True) for n in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    result.wall_seconds = time.perf_counter() - started
    return result


# ----- processes --------------------------------------------------------------------------------


def free_port() -> int:
    """A loopback TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_healthy(process: subprocess.Popen[bytes], port: int, *, timeout: float = 150.0) -> float:
    """Poll GET /healthz until it answers 200; return the seconds since `process` was spawned.

    The caller records the spawn time itself; this returns the moment of the first 200.
    """
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            output = process.stdout.read().decode(errors="replace") if process.stdout else ""
            raise RuntimeError(f"server exited with {process.returncode}:\n{output[-4000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
            conn.request("GET", "/healthz")
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                return time.perf_counter()
        except OSError:
            pass
        time.sleep(0.02)
    raise RuntimeError(f"no 200 from /healthz on port {port} within {timeout:.0f} s")


def rss_mib(pid: int) -> float | None:
    """Resident memory (VmRSS) of a process in MiB, or None when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def memory_mib(pid: int) -> dict[str, float] | None:
    """RSS, PSS (shared pages split between the processes sharing them) and USS (private) in MiB.

    gunicorn forks its worker from the master, so their RSS figures count the shared pages
    twice; PSS adds up to what the pair really costs.
    """
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    kb: dict[str, int] = {}
    for line in text.splitlines()[1:]:
        parts = line.split()
        if len(parts) >= 2 and parts[1].isdigit():
            kb[parts[0].rstrip(":")] = int(parts[1])
    return {
        "rss": kb.get("Rss", 0) / 1024,
        "pss": kb.get("Pss", 0) / 1024,
        "uss": (kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0)) / 1024,
    }


def children(pid: int) -> list[int]:
    """The direct child processes of pid (gunicorn's workers, for its master)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return sorted(found)


def cpu_seconds(pid: int) -> float | None:
    """User plus system CPU time a process has used, in seconds."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ----- the fake Slack, apart from the clocks ------------------------------------------------------


class FakeLike(Protocol):
    """What the benches use of a fake Slack: FakeSlack in this process, or FakeSlackProcess."""

    @property
    def api_url(self) -> str: ...

    def response_url(self, key: str) -> str: ...

    def clear(self) -> None: ...


_KEY = "<key>"  # stands for a response_url's key while the URL crosses to this process


def _serve_fake(conn: Any, kwargs: dict[str, Any]) -> None:  # pragma: no cover - runs in the child
    from bot.offline.fakeslack import FakeSlack

    with FakeSlack(**kwargs) as fake:
        conn.send((fake.api_url, fake.response_url(_KEY)))
        while True:
            order = conn.recv()
            if order == "clear":
                fake.clear()
                conn.send("ok")
            else:
                break


class FakeSlackProcess:
    """The fake Slack served by a child process, for the timed runs.

    In the measuring process, the fake's threads (answering the bot's `views.publish` and DMs after
    each ack, checking every payload against Slack's rules) hold the same interpreter lock as the
    clients being timed, so part of what is measured would be the bench's own work. Offers what the
    benches use of FakeSlack: `api_url`, `response_url`, `clear`.
    """

    def __init__(self, **kwargs: Any) -> None:
        import multiprocessing

        self._context = multiprocessing.get_context("spawn")
        self._kwargs = kwargs
        self._conn: Any = None
        self._process: Any = None
        self._api_url = self._response_url = ""

    @property
    def api_url(self) -> str:
        return self._api_url

    def response_url(self, key: str) -> str:
        return self._response_url.replace(_KEY, key)  # the fake's own URL, with this key

    def clear(self) -> None:
        self._conn.send("clear")
        self._conn.recv()

    def __enter__(self) -> FakeSlackProcess:
        self._conn, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve_fake, args=(child, self._kwargs), daemon=True)
        self._process.start()
        if not self._conn.poll(60):
            raise RuntimeError("the fake Slack process did not start")
        self._api_url, self._response_url = self._conn.recv()
        return self

    def __exit__(self, *exc: object) -> None:
        self._conn.send("stop")
        self._process.join(10)
        if self._process.is_alive():
            self._process.kill()
