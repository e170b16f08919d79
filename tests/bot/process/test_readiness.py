"""/healthz says "starting" until the process is warm; a warm-up rehearsal keeps nothing."""

from __future__ import annotations

import io
import json
from typing import Any

from sqlalchemy import func, select

from bot.domain.rehearsal import REHEARSAL_WS, rehearse_log
from bot.process.app import create_app
from bot.process.server import Readiness, make_wsgi_app
from bot.settings import Settings
from storage.models import AuditLog, FollowUp, Interaction, Partner, ProcessedRequest


def _get(app: Any, path: str) -> tuple[str, dict[str, Any]]:
    seen: dict[str, str] = {}

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        seen["status"] = status

    environ = {"PATH_INFO": path, "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO(b""), "CONTENT_LENGTH": "0"}
    body = b"".join(app(environ, start_response))
    return seen["status"], json.loads(body)


def test_healthz_says_starting_until_ready_then_reports_the_database(migrated_db_url: str) -> None:
    partnerbot = create_app(
        Settings(
            database_url=migrated_db_url,
            run_scheduler=False,
            slack_bot_token="xoxb-test",
            slack_signing_secret="secret",
            slack_api_url="http://127.0.0.1:9/api/",
        )
    )
    readiness = Readiness()
    app = make_wsgi_app(partnerbot, readiness)
    try:
        assert _get(app, "/healthz") == ("503 Service Unavailable", {"status": "starting"})
        readiness.set()
        status, report = _get(app, "/healthz")
        assert status == "200 OK"
        assert report["status"] == "ready" and report["database"] == "ok"
    finally:
        partnerbot.services.engine.dispose()


def test_the_rehearsal_leaves_no_row_behind(migrated_db_url: str) -> None:
    partnerbot = create_app(
        Settings(
            database_url=migrated_db_url,
            run_scheduler=False,
            slack_bot_token="xoxb-test",
            slack_signing_secret="secret",
            slack_api_url="http://127.0.0.1:9/api/",
        )
    )
    services = partnerbot.services
    try:
        assert rehearse_log(services) is True
        with services.transaction(None, read_only=True) as session:
            for model in (Interaction, Partner, FollowUp, ProcessedRequest, AuditLog):
                assert session.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        # It can run again (nothing half-kept blocks a second rehearsal, e.g. on a restart).
        assert rehearse_log(services) is True
        with services.transaction(None, read_only=True) as session:
            assert (
                session.scalar(
                    select(func.count()).select_from(Interaction).where(Interaction.team_id == REHEARSAL_WS.team_id)
                )
                == 0
            )
    finally:
        services.engine.dispose()
