"""The answer goes out when the listener acks: no 10 ms polling, post-ack work off the request's path."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from slack_bolt import Ack, App, BoltRequest
from slack_bolt.authorization import AuthorizeResult

from bot.offline.fakeslack import FakeSlack, FakeUser
from bot.offline.signing import command_body, signed_headers
from bot.process.app import create_app
from bot.process.prompt_ack import PromptExecutor, signal_acks
from bot.process.runtime import prepare_database
from bot.settings import Settings

SECRET = "prompt-secret"
TOKEN = "xoxb-prompt"
TEAM = "T0PROMPT"


@pytest.fixture
def polls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The threads that slept while a request was dispatched (Bolt's ack polling sleeps 10 ms at a time)."""
    slept: list[str] = []
    real_sleep = time.sleep

    def recording_sleep(seconds: float) -> None:
        slept.append(threading.current_thread().name)
        real_sleep(seconds)

    monkeypatch.setattr(time, "sleep", recording_sleep)
    return slept


def bare_app(executor: Any, *, prompt: bool) -> App:
    def authorize(**_: Any) -> AuthorizeResult:  # no Slack to ask: the token is taken as given
        return AuthorizeResult(enterprise_id=None, team_id=TEAM, bot_token=TOKEN, bot_user_id="U0BOT")

    app = App(signing_secret=SECRET, authorize=authorize, listener_executor=executor)
    if prompt:
        app.middleware(signal_acks)
    return app


def dispatch(app: App, text: str = "help") -> Any:
    body = command_body(text=text, team_id=TEAM, user_id="U1", response_url="", trigger_id="1.prompt")
    return app.dispatch(BoltRequest(body=body, headers=signed_headers(SECRET, body)))


@pytest.fixture
def pool() -> Iterator[ThreadPoolExecutor]:
    executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="test-listener")
    yield executor
    executor.shutdown(wait=True)


def test_the_answer_goes_out_on_the_ack_while_work_after_it_goes_on(pool: ThreadPoolExecutor, polls: list[str]) -> None:
    release, finished = threading.Event(), threading.Event()
    app = bare_app(PromptExecutor(pool), prompt=True)

    @app.command("/partner")
    def listener(ack: Ack) -> None:
        threading.Event().wait(0.02)  # some work before the ack (not a time.sleep: those are counted)
        ack(text="saved")
        release.wait(5)  # work after the ack: the answer must not wait for it
        finished.set()

    response = dispatch(app)
    assert response.status == 200 and "saved" in response.body
    assert not finished.is_set(), "the answer waited for the work after the ack"
    release.set()
    assert finished.wait(5)
    request_thread = threading.current_thread().name
    assert request_thread not in polls, "the request thread polled for the ack"


def test_without_the_middleware_bolt_polls_for_the_ack(pool: ThreadPoolExecutor, polls: list[str]) -> None:
    """The control: Bolt's own path sleeps in 10 ms steps on the request thread until the ack is there."""
    app = bare_app(pool, prompt=False)

    @app.command("/partner")
    def listener(ack: Ack) -> None:
        threading.Event().wait(0.02)
        ack(text="saved")

    response = dispatch(app)
    assert response.status == 200 and "saved" in response.body
    assert threading.current_thread().name in polls


def test_a_listener_that_fails_before_its_ack_is_answered_at_once_by_the_error_handler(
    pool: ThreadPoolExecutor, polls: list[str]
) -> None:
    app = bare_app(PromptExecutor(pool), prompt=True)

    @app.command("/partner")
    def listener(ack: Ack) -> None:
        raise RuntimeError("boom")

    started = time.perf_counter()
    response = dispatch(app)
    assert response.status == 500  # Bolt's own answer for a failed listener, unchanged
    assert time.perf_counter() - started < 2.5, "waited out the ack budget instead of the failure"
    assert threading.current_thread().name not in polls


def test_a_listener_that_never_acks_stops_the_wait_when_it_returns(pool: ThreadPoolExecutor) -> None:
    app = bare_app(PromptExecutor(pool, budget=5), prompt=True)
    returned = threading.Event()

    @app.command("/partner")
    def listener(ack: Ack) -> None:
        returned.set()

    dispatch(app)
    assert returned.is_set()


def test_a_submit_without_a_pending_ack_does_not_wait(pool: ThreadPoolExecutor) -> None:
    """Lazy functions and anything else submitted outside a request run without holding the caller."""
    executor = PromptExecutor(pool, budget=5)
    release = threading.Event()
    future = executor.submit(release.wait, 5)
    assert not future.done()
    release.set()
    assert future.result(5) is True


def test_the_bot_answers_its_commands_without_polling(tmp_path, polls: list[str]) -> None:
    with FakeSlack(
        team_id=TEAM, bot_token=TOKEN, users=[FakeUser("U1", "Anna", tz="Europe/Copenhagen", locale="da-DK")]
    ) as fake:
        settings = Settings(
            slack_bot_token=TOKEN,
            slack_signing_secret=SECRET,
            slack_api_url=fake.api_url,
            database_url=f"sqlite:///{tmp_path / 'prompt.db'}",
            run_scheduler=False,
        )
        prepare_database(settings)
        listeners = ThreadPoolExecutor(max_workers=2, thread_name_prefix="bot-listener")
        partnerbot = create_app(settings, listener_executor=listeners)
        assert isinstance(partnerbot.bolt.listener_runner.listener_executor, PromptExecutor)
        for text in ("help", "log Ringede til Lars Jensen hos Danske Bank Greve. De vil sponsorere 20.000 kr."):
            body = command_body(
                text=text, team_id=TEAM, user_id="U1", response_url=fake.response_url("prompt"), trigger_id=text[:8]
            )
            response = partnerbot.bolt.dispatch(BoltRequest(body=body, headers=signed_headers(SECRET, body)))
            assert response.status == 200 and response.body
        listeners.shutdown(wait=True)  # the work after the acks (App Home) against the fake, before it stops
        assert threading.current_thread().name not in polls
        partnerbot.services.engine.dispose()
