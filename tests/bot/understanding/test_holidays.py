"""Danish holidays and working days."""

from datetime import date

from bot.understanding.holidays import (
    add_working_days,
    danish_holidays,
    easter_sunday,
    is_working_day,
)


def test_easter_dates():
    assert [easter_sunday(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
    ]


def test_2026_holidays():
    days = danish_holidays(2026)
    for d in [
        "2026-01-01",
        "2026-04-02",
        "2026-04-03",
        "2026-04-05",
        "2026-04-06",
        "2026-05-14",
        "2026-05-24",
        "2026-05-25",
        "2026-12-24",
        "2026-12-25",
        "2026-12-26",
        "2026-12-31",
    ]:
        assert date.fromisoformat(d) in days
    assert len(days) == 12


def test_store_bededag_only_before_2024():
    assert date(2023, 5, 5) in danish_holidays(2023)
    assert not any(name == "store bededag" for name in danish_holidays(2024).values())


def test_add_working_days_skips_weekends_and_holidays():
    assert add_working_days(date(2026, 3, 10), 2) == date(2026, 3, 12)
    assert add_working_days(date(2026, 3, 27), 2) == date(2026, 3, 31)  # over a weekend
    assert add_working_days(date(2026, 4, 1), 2) == date(2026, 4, 8)  # over Easter
    assert add_working_days(date(2026, 12, 29), 2) == date(2027, 1, 4)  # over New Year
    assert add_working_days(date(2026, 5, 13), 1) == date(2026, 5, 15)  # Ascension Day
    assert not is_working_day(date(2026, 12, 24))
