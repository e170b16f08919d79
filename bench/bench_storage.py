"""Benchmark the storage layer at scale: bulk-load partners and interactions, time the hot reads.

Usage: uv run python bench/bench_storage.py [--partners 100000 --interactions 1000000] [--quick]

Loads one workspace with N partners (names, aliases, token keys, 2 contacts, 1 pledge and 1
follow-up each) and M interactions into a fresh SQLite file and a fresh PostgreSQL schema,
migrated with Alembic, then times `partner_status` (a status lookup as `/partner status` does
it, in a new session each time) and `find_partners` (what a person types: prefixes, partial
words, typos, Danish letters) and prints a markdown table of median/p95/p99.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Engine, create_engine, text  # noqa: E402

from storage.db import make_engine, make_session_factory, normalize_database_url  # noqa: E402
from storage.migrate import upgrade  # noqa: E402
from storage.names import loose_key, search_key, token_suffixes  # noqa: E402
from storage.scope import Workspace  # noqa: E402
from storage.search import find_partners  # noqa: E402
from storage.status import partner_status  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results_storage.md"
WS = Workspace("T0BENCH")
OTHER = Workspace("T0OTHER")  # a second, smaller workspace so scoping has something to skip
NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
SYLLABLES = [
    "dan",
    "ske",
    "nor",
    "dea",
    "sal",
    "ling",
    "bog",
    "ide",
    "fo",
    "sa",
    "xo",
    "gre",
    "ve",
    "kø",
    "ben",
    "havn",
    "ør",
    "sted",
    "læs",
    "mig",
    "å",
    "rhus",
    "vej",
    "le",
    "bil",
    "lund",
    "ny",
    "borg",
    "sko",
    "lan",
    "tri",
    "mo",
    "ka",
    "rø",
    "dal",
    "hav",
]
KINDS = [
    "Bank",
    "Boghandel",
    "Bageri",
    "Tandlæge",
    "Skole",
    "Forening",
    "Fonden",
    "Kommune",
    "Byggemarked",
    "Apotek",
    "Revision",
    "Advokater",
    "Tømrer",
    "Genbrug",
    "Sparekasse",
]
TOWNS = [
    "Greve",
    "Køge",
    "Roskilde",
    "Ishøj",
    "Solrød",
    "Århus",
    "Aalborg",
    "Odense",
    "Ærø",
    "Esbjerg",
    "Vejle",
    "Herning",
    "Holbæk",
    "Næstved",
    "Slagelse",
    "Hillerød",
    "Gentofte",
    "Frederiksberg",
    "Valby",
    "Brøndby",
    "Tåstrup",
    "Ballerup",
    "Farum",
    "Helsingør",
]
FIRST = ["Lars", "Maja", "Anne", "Bo", "Søren", "Mette", "Jens", "Camilla", "Ole", "Zia"]
LAST = ["Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Holm", "Bøgh", "Madsen"]


def _brand(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def make_names(rng: random.Random, n: int) -> list[str]:
    """Distinct realistic-looking organisation names ("Danskelund Bank Greve")."""
    seen: set[str] = set()
    names: list[str] = []
    while len(names) < n:
        name = f"{_brand(rng)} {rng.choice(KINDS)}"
        if rng.random() < 0.7:
            name += f" {rng.choice(TOWNS)}"
        if search_key(name) not in seen:
            seen.add(search_key(name))
            names.append(name)
    return names


# --- bulk loading -------------------------------------------------------------------------


def _ts(dt: datetime, sqlite: bool) -> object:
    # SQLite stores naive UTC text in SQLAlchemy's format; PostgreSQL takes the aware value.
    return dt.replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds") if sqlite else dt


def generate(args: argparse.Namespace, sqlite: bool) -> Iterator[tuple[str, list[str], list[tuple]]]:
    """Yield (table, columns, rows) in foreign-key order."""
    rng = random.Random(42)
    n, m = args.partners, args.interactions
    n_other = max(n // 10, 10)
    names = make_names(rng, n + n_other)
    t = lambda dt: _ts(dt, sqlite)  # noqa: E731
    created = t(NOW - timedelta(days=400))
    stamp = lambda pid: WS if pid <= n else OTHER  # noqa: E731

    partners, pnames, tokens = [], [], []
    name_id = token_id = 0
    for pid in range(1, n + n_other + 1):
        ws = stamp(pid)
        name = names[pid - 1]
        partners.append(
            (
                pid,
                ws.team_id,
                None,
                name,
                rng.choice(["business", "union", "school", "association"]),
                rng.choice(["prospect", "contacted", "interested", "active"]),
                "ask_first",
                created,
                created,
            )
        )
        aliases = [name] + ([name.split()[0]] if rng.random() < 0.2 else [])
        for i, alias in enumerate(aliases):
            name_id += 1
            key = search_key(alias)
            pnames.append((name_id, ws.team_id, None, pid, alias, key, loose_key(key), i > 0, created, created))
            for tail in token_suffixes(key):
                token_id += 1
                tokens.append((token_id, ws.team_id, None, name_id, tail, loose_key(tail), created, created))
    yield (
        "partners",
        [
            "id",
            "team_id",
            "enterprise_id",
            "name",
            "kind",
            "stage",
            "publicity",
            "created_at",
            "updated_at",
        ],
        partners,
    )
    yield (
        "partner_names",
        [
            "id",
            "team_id",
            "enterprise_id",
            "partner_id",
            "name",
            "key",
            "loose",
            "is_alias",
            "created_at",
            "updated_at",
        ],
        pnames,
    )
    yield (
        "partner_name_tokens",
        [
            "id",
            "team_id",
            "enterprise_id",
            "partner_name_id",
            "key",
            "loose",
            "created_at",
            "updated_at",
        ],
        tokens,
    )

    contacts, pledges, followups = [], [], []
    for pid in range(1, n + n_other + 1):
        ws = stamp(pid)
        for j in range(2):
            person = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            contacts.append(
                (
                    pid * 2 - 1 + j,
                    ws.team_id,
                    None,
                    pid,
                    person,
                    search_key(person),
                    "direktør" if j == 0 else None,
                    f"p{pid}_{j}@example.dk",
                    j == 0,
                    created,
                    created,
                )
            )
        pledges.append(
            (
                pid,
                ws.team_id,
                None,
                pid,
                "money",
                rng.choice([5000, 20000, 92000]),
                rng.choice(["proposed", "verbal", "confirmed_email"]),
                "mail",
                created,
                created,
            )
        )
        due = NOW + timedelta(hours=rng.randint(-500, 500))
        followups.append(
            (
                pid,
                ws.team_id,
                None,
                pid,
                "call",
                t(due),
                False,
                f"U{rng.randint(1, 20):03d}",
                rng.choice(["open", "done"]),
                False,
                "pending",
                0,
                created,
                created,
                False,
            )
        )
    yield (
        "contacts",
        [
            "id",
            "team_id",
            "enterprise_id",
            "partner_id",
            "name",
            "name_key",
            "role",
            "email",
            "is_decision_maker",
            "created_at",
            "updated_at",
        ],
        contacts,
    )
    yield (
        "pledges",
        [
            "id",
            "team_id",
            "enterprise_id",
            "partner_id",
            "kind",
            "amount_dkk",
            "status",
            "evidence",
            "created_at",
            "updated_at",
        ],
        pledges,
    )
    yield (
        "followups",
        [
            "id",
            "team_id",
            "enterprise_id",
            "partner_id",
            "action",
            "due_at",
            "all_day",
            "owner_user_id",
            "status",
            "suggested",
            "reminder_state",
            "attempts",
            "created_at",
            "updated_at",
            "by_partner",  # NOT NULL without a default since migration 0007
        ],
        followups,
    )

    cols = [
        "id",
        "team_id",
        "enterprise_id",
        "partner_id",
        "kind",
        "logged_by",
        "occurred_at",
        "raw_text",
        "created_at",
        "updated_at",
    ]
    batch: list[tuple] = []
    total = n + n_other
    for iid in range(1, m + 1):
        pid = rng.randint(1, total)
        when = t(NOW - timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60)))
        batch.append(
            (
                iid,
                stamp(pid).team_id,
                None,
                pid,
                rng.choice(["call", "meeting", "email", "note"]),
                "U001",
                when,
                f"Ringede til {rng.choice(FIRST)} om {rng.choice(KINDS).lower()}; "
                f"de giver {rng.randint(1, 90)}.000 kr. Ringer igen torsdag kl. 10.",
                when,
                when,
            )
        )
        if len(batch) == 100_000:
            yield "interactions", cols, batch
            batch = []
    if batch:
        yield "interactions", cols, batch


def load_sqlite(engine: Engine, args: argparse.Namespace) -> dict[str, float]:
    """Insert with executemany in one transaction per table."""
    timings: dict[str, float] = {}
    raw = engine.raw_connection()
    try:
        cur = raw.cursor()
        for table, cols, rows in generate(args, sqlite=True):
            started = time.perf_counter()
            cur.execute("BEGIN IMMEDIATE")
            cur.executemany(
                # Table and column names are this script's constants, never input.
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
                rows,
            )
            cur.execute("COMMIT")
            timings[table] = timings.get(table, 0.0) + time.perf_counter() - started
        cur.execute("ANALYZE")
    finally:
        raw.close()
    return timings


def load_postgres(engine: Engine, args: argparse.Namespace) -> dict[str, float]:
    """Stream rows with COPY, then reset the id sequences and ANALYZE."""
    timings: dict[str, float] = {}
    raw = engine.raw_connection()
    try:
        with raw.cursor() as cur:
            for table, cols, rows in generate(args, sqlite=False):
                started = time.perf_counter()
                with cur.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                timings[table] = timings.get(table, 0.0) + time.perf_counter() - started
            for table in (
                "partners",
                "partner_names",
                "partner_name_tokens",
                "contacts",
                "pledges",
                "followups",
                "interactions",
            ):
                cur.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"  # noqa: S608
                )
        raw.commit()
        with raw.cursor() as cur:
            cur.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    return timings


# --- measuring ----------------------------------------------------------------------------


def typo(word: str, rng: random.Random) -> str:
    """Swap two neighbouring letters in the middle of a word."""
    if len(word) < 4:
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def search_queries(names: list[str], rng: random.Random, count: int) -> list[str]:
    """What people type: whole names, first word prefixes, two partial words, typos, no æøå."""
    queries = []
    for _ in range(count):
        name = rng.choice(names)
        words = name.split()
        style = rng.randrange(5)
        if style == 0:
            queries.append(name.lower())
        elif style == 1:
            queries.append(words[0][: max(3, len(words[0]) - 2)])
        elif style == 2:
            queries.append(f"{words[0][:4]} {words[-1][:3]}")
        elif style == 3:
            queries.append(" ".join([typo(words[0], rng), *words[1:]]))
        else:
            queries.append(name.replace("ø", "o").replace("æ", "ae").replace("å", "aa").upper())
    return queries


def measure(fn: Callable[[], object], samples: int, warmup: int) -> list[float]:
    """Return per-call wall times in milliseconds."""
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return times


def pct(values: list[float], p: float) -> float:
    """Return the p-th percentile (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def run_backend(name: str, url: str, args: argparse.Namespace) -> list[dict]:
    """Migrate, load and time one backend."""
    engine = make_engine(url)
    started = time.perf_counter()
    upgrade(engine)
    migrate_s = time.perf_counter() - started
    loader = load_sqlite if name == "sqlite" else load_postgres
    started = time.perf_counter()
    load = loader(engine, args)
    load_s = time.perf_counter() - started
    print(
        f"  {name}: migrated in {migrate_s:.1f}s, loaded in {load_s:.1f}s "
        f"({', '.join(f'{k} {v:.1f}s' for k, v in load.items())})",
        file=sys.stderr,
    )

    factory = make_session_factory(engine)
    rng = random.Random(7)
    names = make_names(random.Random(42), args.partners)  # the same names the loader made

    def status_once() -> None:
        pid = rng.randint(1, args.partners)
        with factory() as session:
            st = partner_status(session, ws=WS, partner_id=pid, now=NOW)
            assert st is not None and st.partner.id == pid

    queries = iter(search_queries(names, rng, args.samples + args.warmup))
    hits = []

    def search_once() -> None:
        with factory() as session:
            hits.append(bool(find_partners(session, ws=WS, query=next(queries), limit=10)))

    results = []
    for label, fn in (("status lookup", status_once), ("fuzzy name search", search_once)):
        times = measure(fn, args.samples, args.warmup)
        results.append(
            {
                "backend": name,
                "op": label,
                "n": len(times),
                "median": statistics.median(times),
                "p95": pct(times, 95),
                "p99": pct(times, 99),
                "max": max(times),
            }
        )
    results[-1]["hit_rate"] = sum(hits[args.warmup :]) / max(1, len(hits) - args.warmup)
    results[0]["load_s"] = load_s
    engine.dispose()
    return results


def machine_facts(pg_url: str | None) -> list[str]:
    """CPU, memory and versions, for reading the figures."""
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import sqlite3

    import sqlalchemy

    facts = [
        f"CPU: {cpu}, {os.cpu_count()} cores, {mem}",
        f"Python {platform.python_version()}, SQLAlchemy {sqlalchemy.__version__}, SQLite {sqlite3.sqlite_version}",
    ]
    if pg_url:
        try:
            eng = create_engine(pg_url)
            with eng.connect() as conn:
                facts.append(conn.scalar(text("SELECT version()")).split(",")[0])
            eng.dispose()
        except Exception as exc:  # noqa: BLE001 - a fact we could not get is reported, not fatal
            facts.append(f"PostgreSQL: unavailable ({exc.__class__.__name__})")
    return facts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=100_000)
    parser.add_argument("--interactions", type=int, default=1_000_000)
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="5,000 partners, 50,000 interactions, 300 samples")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument(
        "--pg-url",
        default=os.environ.get("BENCH_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
    )
    args = parser.parse_args()
    if args.quick:
        args.partners, args.interactions, args.samples = 5_000, 50_000, 300
    pg_url = normalize_database_url(args.pg_url)

    results: list[dict] = []
    backends = args.backends.split(",")
    print(
        f"Loading {args.partners:,} partners and {args.interactions:,} interactions...",
        file=sys.stderr,
    )
    if "sqlite" in backends:
        with tempfile.TemporaryDirectory() as tmp:
            results += run_backend("sqlite", f"sqlite:///{tmp}/bench.db", args)
    if "postgresql" in backends:
        schema = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        try:
            sep = "&" if "?" in pg_url else "?"
            results += run_backend("postgresql", f"{pg_url}{sep}options={quote(f'-csearch_path={schema}')}", args)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()

    lines: list[str] = []

    def out(line: str = "") -> None:
        print(line)
        lines.append(line)

    out(f"\n### Storage benchmark: {args.partners:,} partners, {args.interactions:,} interactions\n")
    for fact in machine_facts(pg_url if "postgresql" in backends else None):
        out(f"- {fact}")
    out(
        f"- {args.samples} timed calls per row after {args.warmup} warm-up calls; "
        "each call opens its own session (no identity-map reuse); target p99 < 20 ms\n"
    )
    out("| backend | operation | median ms | p95 ms | p99 ms | max ms | notes |")
    out("|---|---|---:|---:|---:|---:|---|")
    for r in results:
        notes = []
        if "load_s" in r:
            notes.append(f"bulk load {r['load_s']:.0f} s")
        if "hit_rate" in r:
            notes.append(f"{r['hit_rate']:.0%} of queries found something")
        notes.append("OK" if r["p99"] < 20 else "over target")
        out(
            f"| {r['backend']} | {r['op']} | {r['median']:.2f} | {r['p95']:.2f} | "
            f"{r['p99']:.2f} | {r['max']:.2f} | {'; '.join(notes)} |"
        )
    # The same table in a file, so a run can be compared with the last one.
    RESULTS.write_text("\n".join(lines).lstrip("\n") + "\n")
    print(f"\n(written to {RESULTS})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
