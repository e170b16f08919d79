"""Log lines are JSON and carry no tokens, secrets, database URLs, e-mails or phone numbers."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.process import logs


@pytest.fixture
def captured():
    stream = io.StringIO()
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    logs.configure("INFO", ["s3cr3t-signing-value", None], stream=stream)
    yield stream
    root.handlers[:], _ = saved
    root.setLevel(saved[1])


def lines(stream: io.StringIO) -> list[dict]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_lines_are_json_with_extra_fields(captured) -> None:
    logging.getLogger("partnerbot.test").info("sent %d reminders", 3, extra={"team": "T0LIB"})
    (entry,) = lines(captured)
    assert entry["msg"] == "sent 3 reminders" and entry["team"] == "T0LIB" and entry["level"] == "info"


def test_secrets_and_personal_data_are_scrubbed(captured) -> None:
    log = logging.getLogger("partnerbot.test")
    log.warning("token xoxb-1234-5678-abcdef and xapp-1-A0-99 and xoxe.xoxb-1-abc refresh")
    log.warning("db postgresql+psycopg://bot:hunter2@db.internal:5432/prod unreachable")
    log.warning("secret s3cr3t-signing-value leaked; mail lars.jensen@danskebank.dk tlf +45 43 90 12 34")
    try:
        raise ValueError("failed for sqlite:////srv/data/partnerbot.sqlite3 and 22334455")
    except ValueError:
        log.exception("boom")
    text = captured.getvalue()
    for leaked in (
        "xoxb-1234",
        "xapp-1-A0",
        "xoxe.xoxb",
        "hunter2",
        "db.internal",
        "s3cr3t-signing-value",
        "lars.jensen",
        "43 90 12 34",
        "/srv/data",
        "22334455",
    ):
        assert leaked not in text, leaked
    assert "[token]" in text and "[email]" in text and "[phone]" in text and "[secret]" in text


def test_amounts_and_dates_are_not_mistaken_for_phone_numbers(captured) -> None:
    logging.getLogger("partnerbot.test").info("pledged 20.000 kr on 2026-03-12")
    assert "20.000" in lines(captured)[0]["msg"]


@pytest.mark.parametrize(
    "phone",
    [
        "+1 212 555 0199",
        "+44 20 7946 0958",
        "+44 (20) 7946-0958",
        "0049 30 1234567",
        "+46-8-123 456 78",
        "(212) 555-0199",
        "212-555-0199",
        "+4543901234",
    ],
)
def test_international_phone_numbers_are_scrubbed(captured, phone: str) -> None:
    logging.getLogger("partnerbot.test").warning(f"call back on {phone} today")
    msg = lines(captured)[0]["msg"]
    assert msg == "call back on [phone] today", msg


def test_timestamps_offsets_amounts_and_ids_survive_the_phone_patterns(captured) -> None:
    text = (
        "at 2026-11-30T16:01:15.123+00:00 pledged 1.500.000 kr, ts 1796039570.000100, partner 1001 of 2002, 40,000 DKK"
    )
    logging.getLogger("partnerbot.test").info(text)
    assert lines(captured)[0]["msg"] == text


def test_user_text_in_an_exception_is_scrubbed_but_the_traceback_kept(captured) -> None:
    from datetime import date

    forged = " ".join(["Hemmelig", "Hansen", "ringer", "+1", "212", "555", "0199"])
    try:
        date.fromisoformat(forged)
    except ValueError:
        logging.getLogger("partnerbot.test").exception("could not read the picked date")
    (entry,) = lines(captured)
    assert "Hemmelig" not in captured.getvalue() and "212" not in captured.getvalue()
    assert "ValueError: Invalid isoformat string: '[text]'" in entry["exc"]
    assert "test_logs.py" in entry["exc"] and "date.fromisoformat(forged)" in entry["exc"]


def test_sql_parameters_in_an_exception_are_scrubbed(captured) -> None:
    try:
        raise RuntimeError(
            "(psycopg.errors.UniqueViolation) duplicate key\n[SQL: INSERT INTO partners (name) VALUES (%(name)s)]\n"
            "[parameters: {'name': 'Nordic Shipping'}]"
        )
    except RuntimeError:
        logging.getLogger("partnerbot.test").exception("save failed")
    text = captured.getvalue()
    assert "Nordic Shipping" not in text and "[parameters: [redacted]]" in text and "INSERT INTO partners" in text
