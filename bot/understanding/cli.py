"""`python -m bot parse`: print the JSON understanding of call-log lines."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

from .parser import DEFAULT_TZ, parse, warm_up
from .scoring import evaluate, table


def _aware(value: str | None, tz: str) -> datetime:
    if not value:
        return datetime.now(ZoneInfo(tz))
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return moment if moment.tzinfo else moment.replace(tzinfo=ZoneInfo(tz))


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the `parse` subcommand."""
    p = argparse.ArgumentParser(prog="python -m bot parse", description="Understand a call-log line.")
    p.add_argument("text", nargs="?", help="the log line")
    p.add_argument("--now", help="when it was written (ISO-8601); default: now")
    p.add_argument("--tz", default=os.environ.get("DEFAULT_TIMEZONE") or DEFAULT_TZ, help="IANA timezone of the writer")
    p.add_argument("--jsonl", help='file with one {"text","now","tz"} object per line ("-" for stdin)')
    p.add_argument(
        "--score",
        action="store_true",
        help='with --jsonl of labelled lines ({"input": {...}, "expect": {...}}): print per-field accuracy',
    )
    return p


def main(argv: list[str]) -> int:
    """Run the `parse` subcommand; returns a process exit code."""
    if argv and argv[0] == "parse":
        argv = argv[1:]
    args = build_parser().parse_args(argv)
    out = sys.stdout
    if args.jsonl and args.score:
        return _score(args.jsonl, out)
    if args.jsonl:
        warm_up()
        source = sys.stdin if args.jsonl == "-" else open(args.jsonl, encoding="utf-8")  # noqa: SIM115
        with source:
            for line in source:
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                    tz = obj.get("tz") or args.tz
                    result = parse(str(obj.get("text", "")), now=_aware(obj.get("now"), tz), tz=tz).to_dict()
                except (ValueError, TypeError, AttributeError) as exc:
                    result = {"error": f"bad input line: {exc}"}
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
        return 0
    if args.text is None:
        build_parser().print_usage(sys.stderr)
        return 2
    try:
        now = _aware(args.now, args.tz)
    except ValueError:
        print(f"--now is not ISO-8601: {args.now}", file=sys.stderr)
        return 2
    out.write(json.dumps(parse(args.text, now=now, tz=args.tz).to_dict(), ensure_ascii=False, indent=2) + "\n")
    return 0


def _score(path: str, out: TextIO) -> int:
    """Print per-field accuracy of labelled lines as a markdown table, then the misses."""
    source = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
    with source:
        try:
            rows = [json.loads(line) for line in source if line.strip()]
        except ValueError as exc:
            print(f"bad input line: {exc}", file=sys.stderr)
            return 2
    if not all(isinstance(r, dict) and "input" in r and "expect" in r for r in rows):
        print('--score needs lines of the form {"input": {"text", "now", "tz"}, "expect": {...}}', file=sys.stderr)
        return 2
    scores, misses = evaluate(rows)
    out.write(f"{len(rows)} lines\n{table(scores, misses)}\n")
    for n, field, text, asked in misses:
        out.write(f"miss line {n} {field}{' (asked on the card)' if asked else ''}: {text[:100]}\n")
    return 0
