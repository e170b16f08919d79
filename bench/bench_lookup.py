"""How long the pre-ack work of `/partner status`, `due` and `list` takes with many partners.

    uv run python -m bench.bench_lookup [--partners 5000] [--database-url URL]

Seeds a fresh database through the storage functions, then times the code that runs before the
ack (query, domain, Block Kit) in-process, so HTTP and Slack are left out. Prints median and p95.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.domain.overview.due import due_overview
from bot.domain.overview.listing import ListFilter, list_page
from bot.domain.overview.status import lookup_partner, status_summary
from handlers.due import build_due_blocks
from handlers.listing import build_list_blocks
from handlers.status import build_status_blocks
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.scope import Workspace
from tests.bot.domain.overview.seed import ANNA, CPH, seed_library

WS = Workspace("T0BENCH")
WORDS = ("Bank", "Brugs", "Bibliotek", "Skole", "Forening", "Boghandel", "Fond", "Kommune", "Netto", "Apotek")
TOWNS = ("Greve", "Roskilde", "Køge", "Solrød", "Tune", "Karlslunde", "Ishøj", "Vallensbæk", "Hundige")


def seed(url: str, partners: int, now: datetime) -> None:
    from storage.followups import create_followup
    from storage.interactions import log_interaction
    from storage.models import FollowUpAction, InteractionKind
    from storage.partners import create_partner

    engine = make_engine(url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        seed_library(session, WS, now)
    batch = 500
    for start in range(0, partners, batch):
        with sessions.begin() as session:
            for i in range(start, min(start + batch, partners)):
                p = create_partner(session, ws=WS, name=f"{WORDS[i % 10]} {TOWNS[i % 9]} {i:05d}", allow_duplicate=True)
                if i % 4 == 0:
                    log_interaction(
                        session,
                        ws=WS,
                        kind=InteractionKind.CALL,
                        logged_by=ANNA,
                        partner_id=p.id,
                        occurred_at=now - timedelta(days=i % 90),
                        raw_text=f"Opkald {i}",
                    )
                if i % 10 == 0:
                    create_followup(
                        session,
                        ws=WS,
                        action=FollowUpAction.CALL,
                        owner_user_id=ANNA,
                        due_at=now + timedelta(hours=i % 200 - 50),
                        partner_id=p.id,
                        text=f"Ring {i}",
                    )
    engine.dispose()


def timed(label: str, fn: Callable[[], object], runs: int) -> str:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    p95 = samples[max(0, int(len(samples) * 0.95) - 1)]
    return f"{label:<34} median {statistics.median(samples):6.1f} ms   p95 {p95:6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--partners", type=int, default=5000)
    parser.add_argument("--database-url")
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    now = datetime.now(UTC)
    url = args.database_url or f"sqlite:///{Path(tempfile.mkdtemp()) / 'bench.db'}"
    started = time.perf_counter()
    seed(url, args.partners, now)
    print(f"seeded {args.partners} partners into {url.split('?')[0]} in {time.perf_counter() - started:.1f} s")
    engine = make_engine(url)
    sessions = make_session_factory(engine)

    def status(query: str) -> Callable[[], object]:
        def run() -> object:
            with sessions.begin() as session:
                lookup = lookup_partner(session, ws=WS, query=query)
                if lookup.chosen is not None:
                    summary = status_summary(session, ws=WS, partner_id=lookup.chosen.partner.id, now=now)
                    return build_status_blocks(summary, "da", CPH)  # type: ignore[arg-type]
                return lookup

        return run

    def due(owner: str | None) -> Callable[[], object]:
        def run() -> object:
            with sessions.begin() as session:
                buckets = due_overview(session, ws=WS, owner_user_id=owner, now=now, tz=CPH)
                return build_due_blocks(buckets, "da", CPH, scope=owner or "all")

        return run

    def listing() -> object:
        with sessions.begin() as session:
            page = list_page(session, ws=WS, flt=ListFilter(), offset=0, limit=30)
            return build_list_blocks(page, ListFilter(), "", "da", CPH)

    print(timed("status 'db greve' (alias, exact)", status("db greve"), args.runs))
    print(timed("status 'danske bank' (choice)", status("danske bank"), args.runs))
    print(timed("status 'bank greve' (common words)", status("bank greve"), args.runs))
    print(timed("status 'nørrebro zoo' (no match)", status("nørrebro zoo"), args.runs))
    print(timed("due (mine)", due(ANNA), args.runs))
    print(timed("due all", due(None), args.runs))
    print(timed("list (first page)", listing, args.runs))
    engine.dispose()


if __name__ == "__main__":
    main()
