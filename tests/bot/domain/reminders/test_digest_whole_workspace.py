"""Digests for more recipients than an IN list holds are built in one pass over the workspace
(`storage.digests`, `owners=None`); that pass must give what the per-owner lists give."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import insert
from sqlalchemy.orm import Session

from bench.bench_digest import NOW, TZS, WS, load
from bot.domain import digest
from storage.models import FollowUp


def test_the_whole_workspace_pass_builds_the_same_digests_as_per_owner_lists(engine, monkeypatch) -> None:
    load(engine, 30, 1_500)
    stamp = {"created_at": NOW, "updated_at": NOW, "action": "call", "all_day": False, "status": "open"}
    stamp |= {"suggested": False, "reminder_state": "pending", "attempts": 0, "owner_user_id": "U000001"}
    stamp |= {"deleted_at": None}  # one executemany: every row names the same columns
    with engine.begin() as conn:
        # The same user id in another workspace, and in an Enterprise Grid workspace of the same team id.
        conn.execute(
            insert(FollowUp),
            [
                {**stamp, "team_id": "T0OTHER", "enterprise_id": None, "text": "elsewhere", "due_at": NOW},
                {**stamp, "team_id": WS.team_id, "enterprise_id": "E0GRID", "text": "grid", "due_at": NOW},
                {
                    **stamp,
                    "team_id": WS.team_id,
                    "enterprise_id": None,
                    "text": "deleted",
                    "due_at": NOW,
                    "deleted_at": NOW - timedelta(hours=1),
                },
            ],
        )
    recipients = [digest.Recipient(f"U{i:06d}", "da", TZS[i % 3]) for i in range(30)]
    with Session(engine) as session:
        per_owner = digest.build_digests(session, ws=WS, recipients=recipients, now=NOW)
        monkeypatch.setattr(digest, "CHUNK", len(recipients) - 1)
        whole = digest.build_digests(session, ws=WS, recipients=recipients, now=NOW)
    assert whole == per_owner
    items = [item for d in whole.values() for item in (*d.overdue, *d.today, *d.week)]
    assert len(items) > 500
    assert not {"elsewhere", "grid", "deleted"} & {item.text for item in items}


@pytest.fixture(autouse=True)
def _one_pass_is_taken(monkeypatch) -> None:
    """Fail the test if the whole-workspace pass is never taken (CHUNK not below the recipients)."""
    from storage import digests

    calls: list[object] = []
    real = digests.open_followup_rows

    def spy(*args, **kwargs):
        calls.append(kwargs.get("owners"))
        return real(*args, **kwargs)

    monkeypatch.setattr(digest, "open_followup_rows", spy)
    yield
    assert None in calls and any(c is not None for c in calls), calls
