"""The benchmark harness measures something real: a few signed requests against the real server."""

from __future__ import annotations

import tempfile

import pytest

from bench import bench_http
from bench.common import percentile
from bench.noop_app import gunicorn_options
from bot.offline.fakeslack import FakeSlack
from bot.process.server import GunicornServer
from bot.settings import Settings

pytestmark = pytest.mark.e2e


def test_percentile_is_nearest_rank() -> None:
    """p50 of 1..100 is 50, p99 is 99, p100 is the maximum."""
    values = [float(x) for x in range(100, 0, -1)]
    assert (percentile(values, 50), percentile(values, 99), percentile(values, 100)) == (50.0, 99.0, 100.0)


def test_noop_app_runs_on_the_bots_gunicorn_configuration() -> None:
    """The baseline's workers, threads, worker class and timeouts are the bot's own."""
    settings = Settings(slack_signing_secret="s", slack_bot_token="xoxb-t", port=4321)
    bot = GunicornServer(settings, lambda: None).cfg
    noop = gunicorn_options(4321, settings.web_concurrency, settings.web_threads)
    for key in ("workers", "worker_class", "threads", "timeout", "graceful_timeout", "keepalive", "preload_app"):
        assert bot.settings[key].value == noop[key], key


def test_measuring_logs_and_the_baseline_gives_sane_numbers() -> None:
    """A handful of /partner log commands and no-op acks: p99 >= median > 0 and no errors."""
    lines = bench_http.log_lines()
    with (
        FakeSlack(team_id=bench_http.TEAM, bot_token=bench_http.BOT_TOKEN, users=bench_http.USERS) as fake,
        tempfile.TemporaryDirectory() as tmp,
    ):
        bot = bench_http.start_bot(fake, f"sqlite:///{tmp}/partnerbot.db")
        noop = bench_http.start_noop(fake)
        try:
            logs = bench_http.measure(
                bot,
                bench_http.log_bodies(fake, lines),
                n=12,
                concurrency=2,
                warmup=2,
                check=bench_http.has_card,
                logs=True,
            )
            acks = bench_http.measure(noop, bench_http.command_bodies(fake, ["log x"]), n=12, concurrency=2)
            idle = bot.rss()
        finally:
            bench_http.stop(bot)
            bench_http.stop(noop)
    for result in (logs, acks):
        assert result.count == 12
        assert result.errors == 0, (result.statuses, result.exceptions)
        assert result.p99 >= result.median > 0
    assert bot.log_commands == 14 and bot.startup_s > 0
    assert idle["worker"] is not None and idle["worker"]["rss"] > idle["worker"]["uss"] > 0
