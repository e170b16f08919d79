"""Picked dates and times: only the pickers' own shapes are read, and user text never reaches an error message."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain.followup_times import at_local, local_midnight, picked_day, picked_time


def test_picker_values_are_read() -> None:
    assert picked_day("2026-03-12") == date(2026, 3, 12)
    assert picked_time("09:05") == time(9, 5)
    assert at_local("2026-03-29", "10:00", "Europe/Copenhagen").utcoffset().total_seconds() == 7200


@pytest.mark.parametrize(
    "value",
    [
        "Hemmelig Hansen +1 212 555 0199",
        "2026-02-30",
        "2026-3-12",
        "12/03/2026",
        "",
        None,
        20260312,
        "2026-03-12T10:00",
    ],
)
def test_anything_else_is_not_a_date(value: object) -> None:
    assert picked_day(value) is None


@pytest.mark.parametrize("value", ["24:00", "9:05", "09:60", "0905", "kl 10", None, 905])
def test_anything_else_is_not_a_time(value: object) -> None:
    assert picked_time(value) is None


def test_a_forged_value_stays_out_of_the_error_message() -> None:
    with pytest.raises(ValueError) as raised:
        local_midnight("Hemmelig Hansen", "Europe/Copenhagen")
    assert "Hansen" not in str(raised.value)
    with pytest.raises(ValueError) as raised:
        at_local("2026-03-12", "+1 212 555 0199", "Europe/Copenhagen")
    assert "212" not in str(raised.value)
