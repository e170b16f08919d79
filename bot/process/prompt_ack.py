"""Answer Slack the moment a listener acknowledges, not at Bolt's next 10 ms look.

Bolt runs each listener in its executor and has the request thread look for the ack every 10 ms
(`slack_bolt/listener/thread_runner.py`), so every answer waits for the next look: an ack that is
ready after 1 ms is sent after 10, a log that is saved in 11 ms is answered after 20. Here the ack
itself says when it is given:

- `signal_acks`, a global middleware, gives the request a `SignallingAck` (Bolt's `Ack` that also
  sets an event) and leaves the event for this thread's next `submit`;
- `PromptExecutor.submit`, called by Bolt on the same request thread right after the middleware,
  starts the listener on the inner executor and returns once it has acknowledged (or finished, or
  the budget is spent). When Bolt then looks, the ack is there, and the answer goes out at once.

Work a listener does after its ack (telling colleagues, redrawing App Homes) still runs on the
inner executor while the answer is sent. Bolt's behaviour is otherwise unchanged: it builds the
response from the ack, handles errors and the ack timeout as before, and runs anything submitted
without a pending ack (lazy functions) without waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Executor, Future
from typing import Any

from slack_bolt import Ack, BoltContext, BoltResponse

# How long a submit waits for the ack at most: Slack's window. Bolt's own wait covers the rest.
ACK_BUDGET_SECONDS = 3.0

_pending = threading.local()


class SignallingAck(Ack):
    """Bolt's ack that also sets `given` when it is called."""

    def __init__(self) -> None:
        super().__init__()
        self.given = threading.Event()

    def __call__(self, *args: Any, **kwargs: Any) -> BoltResponse:
        try:
            return super().__call__(*args, **kwargs)
        finally:
            self.given.set()


def signal_acks(context: BoltContext, next: Callable[[], None]) -> None:
    """Global middleware: this request's ack signals, and the thread's next submit waits for it."""
    _pending.given = None  # nothing left over from an earlier request on this thread
    current = context.get("ack")
    if current is None or current.response is None:
        ack = SignallingAck()
        context["ack"] = ack
        _pending.given = ack.given
    next()


class PromptExecutor(Executor):
    """Runs Bolt's listeners on `inner`; a submit that follows `signal_acks` returns once the ack is given."""

    def __init__(self, inner: Executor, budget: float = ACK_BUDGET_SECONDS) -> None:
        self.inner = inner
        self.budget = budget

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        given: threading.Event | None = getattr(_pending, "given", None)
        _pending.given = None
        if given is None:
            return self.inner.submit(fn, *args, **kwargs)

        def run() -> Any:
            try:
                return fn(*args, **kwargs)
            finally:
                given.set()  # finished without an ack (an error, or nothing to say): stop waiting too

        future = self.inner.submit(run)
        given.wait(self.budget)
        return future

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.inner.shutdown(wait=wait, cancel_futures=cancel_futures)
