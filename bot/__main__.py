"""`python -m bot [command]`: start the bot on the transport its settings call for, or a tool.

python -m bot            Socket Mode with SLACK_APP_TOKEN, else HTTP with Slack
                         credentials, else the offline console
python -m bot serve      HTTP on PORT (gunicorn): POST /slack/events, GET /healthz
python -m bot socket     Socket Mode
python -m bot console    the offline console (no Slack needed)
python -m bot clock      the scheduler alone (the Procfile's clock process)
python -m bot migrate    bring the database to the newest schema
python -m bot health     database, scheduler and Socket Mode state as JSON (exit 1 if down)
python -m bot parse ...  show what the bot understands in a log line
python -m bot digest --now [--dry-run]   send (or print) the digests due now, once
python -m bot export-workspace TEAM_ID   everything a workspace owns, as JSON (before a purge)
"""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import os
import sys

# Checked before anything else is imported: outside the project's environment (a bare `python3`
# without the locked packages) a command must stop with one clear line, never half-work.
REQUIRED_MODULES = ("slack_bolt", "slack_sdk", "sqlalchemy", "alembic", "apscheduler", "dateparser")
OUTSIDE_ENVIRONMENT = (
    "partnerbot: not inside the project's environment; missing here: {missing} "
    "(Python {version} at {executable}). Run `make setup` once, then `uv run python -m bot {command}` "
    "(or .venv/bin/python -m bot {command})."
)


def missing_modules() -> list[str]:
    """The project's packages this interpreter cannot import."""
    return [name for name in REQUIRED_MODULES if importlib.util.find_spec(name) is None]


def environment_problem(argv: list[str]) -> str | None:
    """One line saying why this interpreter cannot run the bot, or None when it can."""
    command = argv[0] if argv else ""
    where = {
        "version": ".".join(map(str, sys.version_info[:3])),
        "executable": sys.executable,
        "command": command or "…",
    }
    if sys.version_info < (3, 11):  # noqa: UP036  (an older python3 on PATH is the usual way to get here)
        return OUTSIDE_ENVIRONMENT.format(missing="Python 3.11 or newer", **where)
    missing = missing_modules()
    if missing:
        return OUTSIDE_ENVIRONMENT.format(missing=", ".join(missing), **where)
    return None


_problem = environment_problem(sys.argv[1:]) if __name__ == "__main__" else None
if _problem is not None:
    print(_problem, file=sys.stderr)
    sys.exit(3)

from bot.settings import SettingsError, load_settings  # noqa: E402  (after the environment check)

COMMANDS = ("run", "serve", "socket", "console", "clock", "migrate", "parse", "export-workspace", "digest", "health")


def _console(settings, args: argparse.Namespace) -> None:
    from bot.offline.console import Console
    from bot.offline.fakeslack import FakeUser

    name = args.name or getpass.getuser().title()
    # Whoever runs the console set it up: in its workspace they are the admin (team digest, privacy).
    user = FakeUser(args.user, name, tz=args.tz or settings.default_timezone, locale=args.locale, is_admin=True)
    Console(settings, user=user).run()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m bot", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("command", nargs="?", default="run", choices=COMMANDS)
    parser.add_argument("team_id", nargs="?", help="export-workspace: the Slack team id")
    console = parser.add_argument_group("console")
    console.add_argument("--user", default="U0CONSOLE", help="the Slack user id you act as")
    console.add_argument("--name", help="your display name")
    console.add_argument("--tz", help="your Slack timezone (default: DEFAULT_TIMEZONE)")
    console.add_argument("--locale", default="da-DK", help="your Slack locale, e.g. da-DK or en-GB")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the process exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "parse":
        # The parser needs no Slack or database settings; it has its own arguments.
        from bot.understanding.cli import main as parse_main

        return parse_main(argv[1:])
    if argv and argv[0] == "digest":
        from bot.process.digest_cli import digest_main

        return digest_main(argv[1:])
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        from bot.process import runtime

        runtime.configure_logging(settings)
        command = settings.mode if args.command == "run" else args.command
        if command == "http":
            command = "serve"
        if command == "serve":
            runtime.serve_http(settings)
        elif command == "socket":
            runtime.serve_socket(settings)
        elif command == "console":
            # The terminal is the user's: only warnings go to stderr unless LOG_LEVEL says more.
            runtime.configure_logging(settings.with_overrides(log_level=os.environ.get("LOG_LEVEL", "WARNING")))
            _console(settings, args)
        elif command == "clock":
            runtime.run_clock(settings)
        elif command == "health":
            return runtime.health(settings, sys.stdout)
        elif command == "migrate":
            runtime.migrate(settings)
            print("database is at the newest schema")
        elif command == "export-workspace":
            if not args.team_id:
                print("partnerbot: export-workspace needs the team id, e.g. T0123ABC", file=sys.stderr)
                return 2
            runtime.export_workspace(settings, args.team_id, sys.stdout)
    except SettingsError as exc:
        print(f"partnerbot: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
