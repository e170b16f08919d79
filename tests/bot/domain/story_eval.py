"""Score the continuing story on scenarios written apart from the code (tests/corpus/stories/*.jsonl).

A scenario is a campaign and a list of logs typed on given days; its expectation is the partners the
workspace has afterwards, every agreement row of each ([kind, amount, quantity, status]) and the
campaign's totals (pledged, in writing, delivered). Each log is read against what the workspace knows
and saved as `/partner log` saves it (bot.domain.logbook.record_logs), one workspace per scenario.

Run: python -m tests.bot.domain.story_eval tests/corpus/stories/blind.jsonl  (a table and the misses)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain import logbook
from bot.domain.known import known_for
from bot.domain.overview.totals import pledge_totals
from bot.understanding import parse
from storage.campaigns import create_campaign
from storage.models import Partner
from storage.names import search_key
from storage.overview import campaign_pledges
from storage.pledges import pledges_of
from storage.scope import Workspace

CHECKS = ("partners", "agreements", "campaign")


@dataclass
class Outcome:
    """What one scenario came to: each check passed or not, and what was found where it failed."""

    name: str
    passed: dict[str, bool]
    found: dict[str, Any] = field(default_factory=dict)


def load(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def run(session: Session, ws: Workspace, scenario: dict[str, Any]) -> Outcome:
    """Play one scenario's logs in `ws` and compare what they left with its expectation."""
    start = datetime.fromisoformat(scenario["start"])
    tz = scenario.get("tz") or "Europe/Copenhagen"
    campaign = scenario.get("campaign")
    made = (
        create_campaign(session, ws=ws, name=campaign["name"], goal_dkk=campaign.get("goal_dkk")) if campaign else None
    )
    for n, entry in enumerate(scenario["logs"]):
        now = start + timedelta(days=entry.get("day", 0), minutes=n)
        text = entry["text"]
        known = known_for(session, ws=ws)
        understood = parse(text, now=now, tz=tz, known=known)
        logbook.record_logs(
            session,
            ws=ws,
            user_id=entry.get("user", "U0STAFF"),
            text=text,
            understood=understood,
            tz=tz,
            now=now,
            known=known,
        )
        session.flush()
    partners = list(session.scalars(select(Partner).where(Partner.team_id == ws.team_id, Partner.deleted_at.is_(None))))
    expect = scenario["expect"]
    passed: dict[str, bool] = {}
    found: dict[str, Any] = {}
    names = sorted(search_key(p.name) for p in partners)
    if "partners" in expect:
        passed["partners"] = names == sorted(search_key(n) for n in expect["partners"])
        found["partners"] = [p.name for p in partners]
    if "agreements" in expect:
        by_key = {search_key(p.name): p for p in partners}
        rows: dict[str, list[list[Any]]] = {}
        ok = True
        for name, wanted in expect["agreements"].items():
            partner = by_key.get(search_key(name))
            got = (
                [
                    [p.kind.value, p.amount_dkk, p.quantity, p.status.value]
                    for p in pledges_of(session, ws=ws, partner_id=partner.id)
                ]
                if partner
                else []
            )
            rows[name] = got
            ok = ok and Counter(map(tuple, got)) == Counter(map(tuple, wanted))
        passed["agreements"] = ok
        found["agreements"] = rows
    if "campaign" in expect and made is not None:
        t = pledge_totals(campaign_pledges(session, ws=ws, campaign_id=made.id))
        got_totals = {
            "pledged_dkk": t.pledged_dkk,
            "in_writing_dkk": t.in_writing_dkk,
            "delivered_dkk": t.delivered_dkk,
        }
        passed["campaign"] = all(got_totals[k] == v for k, v in expect["campaign"].items())
        found["campaign"] = got_totals
    return Outcome(scenario.get("name", ""), passed, found)


def score(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """(passed, scored) per check, and for whole scenarios (every check of the scenario passed)."""
    table = {check: (0, 0) for check in (*CHECKS, "scenario")}
    for outcome in outcomes:
        for check, ok in outcome.passed.items():
            good, total = table[check]
            table[check] = (good + ok, total + 1)
        good, total = table["scenario"]
        table["scenario"] = (good + all(outcome.passed.values()), total + 1)
    return table


def table_text(table: dict[str, tuple[int, int]]) -> str:
    lines = ["| check | passed | scored | share |", "| --- | ---: | ---: | ---: |"]
    for check, (good, total) in table.items():
        lines.append(f"| {check} | {good} | {total} | {100 * good / total if total else 0:.1f}% |")
    return "\n".join(lines)


def main(path: str) -> int:
    import tempfile

    from storage.db import make_engine, make_session_factory
    from storage.migrate import upgrade

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{tmp}/stories.db")
        upgrade(engine)
        factory = make_session_factory(engine)
        outcomes = []
        for n, scenario in enumerate(load(path)):
            with factory() as session:
                outcomes.append(run(session, Workspace(f"T0S{n:03d}"), scenario))
                session.rollback()
        engine.dispose()
    print(table_text(score(outcomes)))
    for outcome in outcomes:
        for check, ok in outcome.passed.items():
            if not ok:
                print(f"miss {outcome.name} {check}: {json.dumps(outcome.found.get(check), ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
