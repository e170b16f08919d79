"""`python -m bot digest --now [--dry-run]`: send (or print) the digests due now, once."""

from __future__ import annotations

import json
import sys
from datetime import UTC

from bot.domain.reminders import (
    DigestSweep,
    Transport,
)
from bot.domain.services import Services
from bot.domain.team_digest import TeamDigestSweep
from bot.settings import Settings
from handlers.reminders.transport import NotInstalled
from handlers.reminders.views import digest_message, team_digest_message
from storage.scope import Workspace


def digest_main(argv: list[str]) -> int:
    """Send the digests and team digests due now (each at most once), or print them with --dry-run."""
    import argparse

    from bot.domain.reminders import workspaces
    from bot.settings import SettingsError, load_settings

    parser = argparse.ArgumentParser(prog="python -m bot digest", description=digest_main.__doc__)
    parser.add_argument("--now", action="store_true", help="send the digests that are due now")
    parser.add_argument("--dry-run", action="store_true", help="print the digests instead of sending them")
    args = parser.parse_args(argv)
    if not (args.now or args.dry_run):
        parser.error("say --now (send) or --dry-run (print)")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"partnerbot: {exc}", file=sys.stderr)
        return 2
    from bot.process.runtime import prepare_database

    try:
        prepare_database(settings)
    except SettingsError as exc:
        print(f"partnerbot: {exc}", file=sys.stderr)
        return 2
    if args.dry_run:
        return _print_due(settings)
    from bot.process.app import create_app

    app = create_app(settings)
    sweep = next(s for s in app.sweeps if isinstance(s, DigestSweep))
    team = next((s for s in app.sweeps if isinstance(s, TeamDigestSweep)), None)
    now = app.services.now()
    for ws in workspaces(app.services):
        result = sweep.sweep(ws, now)
        print(f"{ws.team_id}: sent {len(result.sent)}, nothing to say {len(result.empty)}, failed {len(result.failed)}")
        if team is not None:
            weekly = team.sweep(ws, now)
            print(
                f"{ws.team_id}: team digest sent {len(weekly.sent)}, nothing to say {len(weekly.empty)}, "
                f"failed {len(weekly.failed)}"
            )
    return 0


def _print_due(settings: Settings) -> int:
    """--dry-run: build what is due from the database alone; no Slack app, so no token is needed."""
    from bot.domain.reminders import workspaces
    from storage.team_digests import enabled_team_digests

    services = Services.connect(settings)

    def offline(ws: Workspace) -> Transport:
        return NotInstalled()

    digests, team = DigestSweep(services, offline), TeamDigestSweep(services, offline)
    now = services.now()
    with services.transaction(None) as session:
        teams = [Workspace(row.team_id, row.enterprise_id) for row in enabled_team_digests(session)]
    printed = 0
    for ws in dict.fromkeys([*workspaces(services), *teams]):
        for digest in digests.preview(ws, now):
            printed += 1
            print(
                json.dumps(
                    {
                        "team": ws.team_id,
                        "user": digest.recipient.user_id,
                        "day": str(digest.day),
                        **digest_message(digest),
                    },
                    ensure_ascii=False,
                )
            )
        for weekly in team.preview(ws, now):
            printed += 1
            print(
                json.dumps(
                    {"team": ws.team_id, "channel": weekly.channel, "week": weekly.week, **team_digest_message(weekly)},
                    ensure_ascii=False,
                )
            )
    services.engine.dispose()
    if not printed:
        # An empty answer reads like a failure: say why nothing came.
        print(
            f"partnerbot: no digest is due at {now.astimezone(UTC):%Y-%m-%d %H:%M} UTC; each person's goes"
            " out at their own digest"
            " time (`/partner settings digest HH:MM`) on their digest days",
            file=sys.stderr,
        )
    return 0
