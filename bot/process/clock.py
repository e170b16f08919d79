"""The clock: APScheduler only ticks; each tick runs the sweeps, which read what is due from the database."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from bot.domain.services import Sweep

log = logging.getLogger(__name__)


TICK_SECONDS = 20


class Clockwork:
    """Runs every registered sweep on each tick; no job state lives in the scheduler."""

    def __init__(
        self,
        sweeps: list[Sweep],
        now: Callable[[], datetime],
        *,
        tick_seconds: float = TICK_SECONDS,
        beat: Callable[[datetime], None] | None = None,
    ) -> None:
        self.sweeps = sweeps
        self.now = now
        self.beat = beat
        self.tick_seconds = tick_seconds
        self.last_tick: datetime | None = None
        self._scheduler: BackgroundScheduler | None = None
        self._lock = threading.Lock()

    def tick(self) -> None:
        """Run each sweep once; one failing sweep does not stop the others."""
        with self._lock:
            moment = self.now()
            for sweep in self.sweeps:
                try:
                    sweep(moment)
                except Exception:
                    log.exception("sweep failed", extra={"sweep": getattr(sweep, "__name__", "?")})
            self.last_tick = moment
            if self.beat is not None:
                try:
                    self.beat(moment)
                except Exception:
                    log.warning("could not record the scheduler's heartbeat", exc_info=True)

    def start(self) -> None:
        """Tick now and then every tick_seconds in a background thread."""
        scheduler = BackgroundScheduler(timezone=UTC)
        scheduler.add_job(
            self.tick,
            "interval",
            seconds=self.tick_seconds,
            next_run_time=datetime.now(UTC),
            max_instances=1,
            coalesce=True,
            id="tick",
        )
        scheduler.start()
        self._scheduler = scheduler

    def stop(self) -> None:
        """Stop ticking, letting a running tick finish."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=True)
            self._scheduler = None
