"""A long-running process keeps its start-up objects out of the garbage collector's walks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot.process import runtime
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[3]


def test_settle_heap_freezes_what_start_up_made_and_collects_the_young_less_often() -> None:
    # In a child process: freezing is for the life of the process.
    code = (
        "import gc; from bot.process import runtime; import bot.understanding\n"
        "before = gc.get_freeze_count(); runtime.settle_heap()\n"
        "print(before, gc.get_freeze_count() > 10000, gc.get_threshold()[0] == runtime.GC_YOUNG)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "True", "True"]


def test_the_socket_and_clock_processes_settle_their_heap_once_built(tmp_path, monkeypatch) -> None:
    settled: list[bool] = []
    monkeypatch.setattr(runtime, "settle_heap", lambda: settled.append(True))
    monkeypatch.setattr(runtime, "warm_up", lambda **_: None)
    settings = Settings(database_url=f"sqlite:///{tmp_path}/heap.db", run_scheduler=False)
    partnerbot, clockwork = runtime.build(settings)
    try:
        assert settled == [True] and clockwork is None
    finally:
        partnerbot.services.engine.dispose()
