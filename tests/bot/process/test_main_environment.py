"""`python -m bot` outside the project's environment stops with one clear line, never a made-up result."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "command", [["parse", "Ringede til Lars hos Saxo, ringer igen torsdag kl. 10"], ["console"], ["migrate"]]
)
def test_outside_the_environment_a_command_fails_loudly(command: list[str]) -> None:
    # -S leaves out site-packages: the same interpreter without the project's packages, as a bare
    # `python3 -m bot ...` on a machine where `make setup` never ran.
    done = _run("-S", "-m", "bot", *command)
    assert done.returncode != 0
    assert done.stdout == ""  # no result of any kind
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "not inside the project's environment" in lines[0]
    assert "sqlalchemy" in lines[0] and f"uv run python -m bot {command[0]}" in lines[0]


def test_inside_the_environment_parse_prints_its_result() -> None:
    done = _run("-m", "bot", "parse", "Ringede til Lars hos Saxo", "--now", "2026-03-10T09:15:00+01:00")
    assert done.returncode == 0, done.stderr
    assert '"organization": "Saxo"' in done.stdout
