"""OAuth states: single use under concurrency, expiry, and the purge."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from storage.oauth_states import consume_state, count_states, issue_state, purge_expired_states

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


def test_a_state_is_consumed_once_and_an_expired_one_never(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as session:
        issue_state(session, state="live", expire_at=NOW + timedelta(minutes=10))
        issue_state(session, state="old", expire_at=NOW - timedelta(seconds=1))
    with session_factory.begin() as session:
        assert consume_state(session, state="live", now=NOW) is True
    with session_factory.begin() as session:
        assert consume_state(session, state="live", now=NOW) is False
        assert consume_state(session, state="old", now=NOW) is False
        assert consume_state(session, state="never-issued", now=NOW) is False
        assert consume_state(session, state="", now=NOW) is False


def test_concurrent_redirects_with_one_state_succeed_exactly_once(
    engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    """Three redirects race for each of eight states: each state is won by exactly one of them."""
    racers, trials = 3, 8
    states = [f"state-{i}" for i in range(trials)]
    with session_factory.begin() as session:
        for state in states:
            issue_state(session, state=state, expire_at=NOW + timedelta(minutes=10))
    wins: dict[str, int] = {}
    for state in states:
        barrier = threading.Barrier(racers)

        def race(state: str = state, barrier: threading.Barrier = barrier) -> bool:
            barrier.wait(timeout=10)
            with session_factory.begin() as session:
                return consume_state(session, state=state, now=NOW)

        with ThreadPoolExecutor(racers) as pool:
            results = list(pool.map(lambda _: race(), range(racers)))
        wins[state] = sum(results)
    assert wins == {state: 1 for state in states}
    with session_factory.begin() as session:
        assert count_states(session) == 0


def test_the_purge_deletes_expired_states_only(session_factory: sessionmaker[Session]) -> None:
    with session_factory.begin() as session:
        for i in range(50):
            issue_state(session, state=f"visit-{i}", expire_at=NOW - timedelta(minutes=1))
        issue_state(session, state="still-live", expire_at=NOW + timedelta(minutes=5))
    with session_factory.begin() as session:
        assert purge_expired_states(session, now=NOW) == 50
    with session_factory.begin() as session:
        assert count_states(session) == 1
        assert consume_state(session, state="still-live", now=NOW) is True
