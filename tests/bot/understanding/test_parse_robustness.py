"""parse() never raises and always returns JSON-serialisable output."""

import json
from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.understanding import ParseResult, parse

NOW = datetime(2026, 3, 10, 9, 15, tzinfo=timezone(timedelta(hours=1)))
WORDS = st.sampled_from(
    [
        "Ringede",
        "til",
        "kl.",
        "10",
        "i morgen",
        "torsdag",
        "næste",
        "20.000 kr.",
        "<@U0X>",
        "d.",
        "2.",
        "april",
        "Tor",
        "man",
        "1.5",
        "43 90 12 34",
        "uge",
        "53",
        "29/2",
        "31/4",
        "om",
        "-3",
        "dage",
        "Danske Bank",
        "Greve",
        "(",
        ")",
        "x",
        "mio.",
        "k",
        "\x00",
        "🙂",
        "\n",
        "at",
        "3pm",
        "next",
        "week",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_raises(text):
    result = parse(text, now=NOW, tz="Europe/Copenhagen")
    assert isinstance(result, ParseResult)
    json.dumps(result.to_dict())
    assert "parse" not in result.uncertain  # the safety net was not needed


@settings(max_examples=300, deadline=None)
@given(
    st.lists(WORDS, max_size=25).map(" ".join),
    st.integers(-50_000, 50_000),
    st.sampled_from(["Europe/Copenhagen", "America/New_York", "Asia/Kolkata", "Not/AZone"]),
)
def test_domain_like_noise_never_raises(text, minutes, tz):
    now = NOW + timedelta(minutes=minutes * 97)
    result = parse(text, now=now, tz=tz)
    data = result.to_dict()
    json.dumps(data)
    for f in result.followups + result.suggested:
        assert f.due.tzinfo is not None


def test_huge_input_is_truncated_and_flagged():
    result = parse("Ring i morgen kl. 10. " * 10_000, now=NOW, tz="Europe/Copenhagen")
    assert "text" in result.uncertain
    assert result.followups


def test_empty_input():
    result = parse("", now=NOW, tz="Europe/Copenhagen")
    assert result.followups == [] and result.organization is None
