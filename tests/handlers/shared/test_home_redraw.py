"""App Homes are redrawn once per burst of changes, after the acknowledgement's work, not during it."""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import pytest

from bot.settings import Settings, SettingsError, load_settings
from handlers.shared import home
from storage.scope import Workspace

WS = Workspace("T0HOME")


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The users whose Home was redrawn, in order; nothing is sent anywhere."""
    calls: list[str] = []

    def fake_refresh(client: Any, services: Any, ws: Workspace, user_id: str) -> None:
        calls.append(user_id)

    monkeypatch.setattr(home, "refresh_home", fake_refresh)
    return calls


def services(ms: int) -> Any:
    return SimpleNamespace(settings=Settings(home_redraw_ms=ms))


def wait_for_redraws() -> None:
    for thread in [t for t in threading.enumerate() if t.name == "home-redraw"]:
        thread.join(10)


def test_a_burst_of_changes_redraws_each_home_once(drawn: list[str]) -> None:
    svc = services(2000)  # the burst below takes microseconds; 2 s leaves room for any stall
    for _ in range(5):
        home.redraw_soon(None, svc, WS, "U1")  # type: ignore[arg-type]
    home.redraw_soon(None, svc, WS, "U2")  # type: ignore[arg-type]
    assert drawn == [], "a redraw ran on the caller's thread"
    wait_for_redraws()
    assert sorted(drawn) == ["U1", "U2"]


def test_a_change_after_the_redraw_redraws_again(drawn: list[str]) -> None:
    svc = services(50)
    home.redraw_soon(None, svc, WS, "U1")  # type: ignore[arg-type]
    wait_for_redraws()
    home.redraw_soon(None, svc, WS, "U1")  # type: ignore[arg-type]
    wait_for_redraws()
    assert drawn == ["U1", "U1"]


def test_no_delay_redraws_at_once_on_the_callers_thread(drawn: list[str]) -> None:
    home.redraw_soon(None, services(0), WS, "U1")  # type: ignore[arg-type]
    assert drawn == ["U1"]


def test_the_delay_is_a_setting_of_the_process() -> None:
    assert load_settings({}, dotenv=False).home_redraw_ms == 1000
    assert load_settings({"HOME_REDRAW_MS": "0"}, dotenv=False).home_redraw_ms == 0
    assert Settings().home_redraw_ms == 0  # built in code (console, in-process tests): at once
    for bad in ("-1", "soon", "60001"):
        with pytest.raises(SettingsError, match="HOME_REDRAW_MS"):
            load_settings({"HOME_REDRAW_MS": bad}, dotenv=False)
