"""How long Edit takes on a big log: 39 open follow-ups, 31 agreements, 20 contacts.

    uv run python -m bench.bench_edit [--runs 12]

Opens the Edit modal (read the log, fit it to Slack's limits, build the view) and submits it
unchanged (read the fields, apply the edit, read the card back), in-process on SQLite and on
PostgreSQL when reachable. Both happen before an acknowledgement, so both must stay well inside
Slack's 3 seconds. Prints median and maximum after two warm-up runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, text

from bot.domain import edit, logbook
from bot.understanding import ParseResult
from handlers.log.modal import (
    EDIT_FOLLOWUP_ROWS,
    build_log_modal,
    edit_modal_parts,
    edited_from_submission,
    understood_from_modal,
)
from storage.db import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.scope import Workspace
from tests.e2e.payloads import state_from_view

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))
PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def big_log() -> dict[str, Any]:
    """What the parser would give for a long meeting note (as stored): many people, books and promises."""
    return {
        "kind": "meeting",
        "organization": "Greve Bogklub",
        "contacts": [{"name": f"Frivillig {chr(65 + n)}{chr(97 + n)}sen", "role": "frivillig"} for n in range(20)],
        "money": [{"amount": 2500, "currency": "DKK"}],
        "items": [{"quantity": 10 + n, "what": f"bøger, titel nummer {n}"} for n in range(30)],
        "asks": ["books", "money"],
        "agreement": "yes",
        "no_publicity": False,
        "followups": [
            {
                "action": "call",
                "all_day": False,
                "owner": "U1",
                "text": f"opgave {n}",
                "due": (NOW + timedelta(days=1 + n)).replace(hour=10, minute=0).isoformat(),
            }
            for n in range(39)
        ],
        "suggested": [],
    }


def run(url: str, runs: int) -> tuple[float, float, float, float]:
    """(open median, open max, submit median, submit max) in milliseconds."""
    engine = make_engine(url)
    upgrade(engine)
    factory = make_session_factory(engine)
    opens, submits = [], []
    for i in range(runs + 2):
        ws = Workspace(f"T0BENCH{i}")
        with factory.begin() as s:
            iid = logbook.record_log(
                s, ws=ws, user_id="U1", text="Møde.", understood=ParseResult.from_dict(big_log()), tz=TZ, now=NOW
            ).interaction_id
        t0 = time.perf_counter()
        with factory.begin() as s:
            form = edit.load_form(s, ws=ws, interaction_id=iid)
            assert form is not None
            understood, metadata, note = edit_modal_parts(form, lang="da", response_url=None)
        view = build_log_modal(
            lang="da",
            tz=TZ,
            writer="U1",
            text=form.text,
            understood=understood,
            partner_name=form.partner_name,
            metadata=metadata,
            editing=True,
            note=note,
            followup_rows=EDIT_FOLLOWUP_ROWS,
        )
        t1 = time.perf_counter()
        values = state_from_view(view)
        submitted, _ = understood_from_modal(values, tz=TZ, writer="U1", lang="da")
        edited = edited_from_submission(values, submitted, metadata["e"], text=form.text, tz=TZ, writer="U1", lang="da")
        with factory.begin() as s:
            edit.apply_edit(s, ws=ws, user_id="U1", interaction_id=iid, edited=edited)
            logbook.load_card(s, ws=ws, interaction_id=iid)
        t2 = time.perf_counter()
        if i >= 2:
            opens.append(t1 - t0)
            submits.append(t2 - t1)
    engine.dispose()
    return (statistics.median(opens) * 1000, max(opens) * 1000, statistics.median(submits) * 1000, max(submits) * 1000)


def main() -> None:
    parser = argparse.ArgumentParser(description="Edit on a big log: open and unchanged submit, in-process.")
    parser.add_argument("--runs", type=int, default=12)
    parser.add_argument("--quick", action="store_true", help="a smoke run: 3 runs")
    args = parser.parse_args()
    if args.quick:
        args.runs = 3
    line = "{:<10} open median {:.1f} ms, max {:.1f} ms | unchanged submit median {:.1f} ms, max {:.1f} ms"
    print(line.format("sqlite", *run(f"sqlite:///{tempfile.mkdtemp()}/bench.db", args.runs)))
    schema = "pbbench_" + uuid.uuid4().hex[:6]
    admin = create_engine(PG, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - no PostgreSQL here: SQLite figures only
        print(f"postgresql skipped: {exc.__class__.__name__}")
        return
    try:
        print(line.format("postgresql", *run(f"{PG}?options=-csearch_path%3D{schema}", args.runs)))
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
