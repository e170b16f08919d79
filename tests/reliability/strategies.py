"""Hypothesis strategies for hostile, realistic and huge text as users type it into Slack."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, available_timezones

from hypothesis import strategies as st

SLACK_MARKUP = [
    "<@U1>",
    "<@U0ANNA>",
    "<@U0BEN|ben>",
    "<@W0ENTERPRISE>",
    "<@U0GHOST>",
    "<!channel>",
    "<!here>",
    "<!everyone>",
    "<!subteam^S0TEAM|@fundraisers>",
    "<#C0GENERAL|general>",
    "<#C0X>",
    "<https://x|y>",
    "<https://example.org/a?b=c&d=e|klik her>",
    "<mailto:lars@example.dk|Lars>",
    "<!date^1392734382^{date_short}|Feb 18, 2014>",
    "&lt;",
    "&amp;",
    "&gt;",
    "<",
    ">",
    "|",
    "<>",
    "<@>",
    "<!>",
    "*fed*",
    "_kursiv_",
    "~slettet~",
    "`kode`",
    "```",
    ":tada:",
    "@here",
    "@Lars",
]
DANISH = [
    "Ringede",
    "til",
    "hos",
    "med",
    "kl.",
    "kl",
    "i dag",
    "i morgen",
    "i overmorgen",
    "på torsdag",
    "næste uge",
    "om to uger",
    "om 3 dage",
    "efter påske",
    "før jul",
    "d. 3. marts",
    "den 31/4",
    "29/2",
    "uge 53",
    "24:00",
    "kl. 25",
    "20.000 kr.",
    "5 mio.",
    "1,5 mio. kr",
    "kr 300.000,-",
    "Lars Jensen",
    "Mette Frederiksen",
    "Søren",
    "Danske Bank",
    "Aarhus Kommune",
    "Ring igen",
    "send mail",
    "møde",
    "aftalt",
    "de siger ja",
    "nej tak",
    "måske",
    "ingen omtale",
    "50 bøger",
    "læsebamser",
    "fredag",
    "kvartal",
    "ÆØÅ",
    "æøå",
    "Fonden",
    "fondsansøgning",
    "opfølgning",
    "skriftligt",
    "kontrakt",
    "mundtligt tilsagn",
    "(direktør)",
    "formand",
    "halvandet",
]
ENGLISH = [
    "Called",
    "Lars",
    "at",
    "Acme Ltd",
    "tomorrow",
    "next week",
    "in 2 weeks",
    "3pm",
    "on Friday",
    "follow up",
    "they said yes",
    "no publicity",
    "DKK 10,000",
    "$5k",
    "€200",
    "meeting",
    "email",
    "call back",
    "remind",
    "Q3",
    "end of month",
    "next next Monday",
    "0.5",
]
SEPARATORS = [" ", " ", " ", "\n", "\t", "", ". ", ", ", "\u00a0", "\u200b", "\r\n", "\x00", "\u202e"]
ZONES = [
    "Europe/Copenhagen",
    "UTC",
    "America/New_York",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "Australia/Lord_Howe",
    "Pacific/Kiritimati",
    "America/St_Johns",
    "Atlantic/Faroe",
    "America/Nuuk",
    "Not/AZone",
    "",
    "../../etc/passwd",
    "Europe/Copenhagen\x00",
    "GMT+5",
]

# Every codepoint category hypothesis can produce: control characters, surrogates excluded
# (they cannot be sent over HTTP as UTF-8), combining marks, right-to-left and emoji.
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=12)
NUMBERS = st.one_of(
    st.integers(-(10**12), 10**12).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.decimals(allow_nan=False, places=2, min_value=-(10**7), max_value=10**7).map(lambda d: f"{d} kr."),
    st.integers(0, 99).map(lambda n: f"{n}.{n:02d}"),
)
PIECE = st.one_of(
    st.sampled_from(SLACK_MARKUP),
    st.sampled_from(DANISH),
    st.sampled_from(ENGLISH),
    NUMBERS,
    ANY_TEXT,
    st.characters(categories=("Cc", "Cf", "Zl", "Zp")).map(str),
)
# One separator per sentence (plus any a piece carries): drawing one per word doubles the cost.
SENTENCE = st.tuples(st.lists(PIECE, max_size=16), st.sampled_from(SEPARATORS)).map(lambda pair: pair[1].join(pair[0]))
# Long inputs are built by repetition: generating 20,000 random characters one by one is slow.
HUGE = st.tuples(SENTENCE.filter(bool), st.integers(3_000, 20_000)).map(
    lambda pair: (pair[0] * (pair[1] // len(pair[0]) + 1))[: pair[1]]
)
# About one input in a hundred is huge (3,000 to 20,000 characters; the parser reads the first 5,000).
TEXT = st.integers(0, 99).flatmap(lambda k: HUGE if k == 0 else (ANY_TEXT if k < 15 else SENTENCE))

# Every seventh zone this machine knows, plus fixed offsets; st.timezones() costs more to draw.
KNOWN_ZONES = sorted(available_timezones())[::7]
NOW = st.datetimes(
    min_value=datetime(2000, 1, 1),
    max_value=datetime(2100, 12, 31),
    timezones=st.sampled_from(
        [None, UTC, timezone(timedelta(hours=14)), timezone(-timedelta(hours=12, minutes=30))]
        + [ZoneInfo(z) for z in ZONES[:10] + KNOWN_ZONES]
    ),
)
TZ = st.one_of(st.sampled_from(ZONES + KNOWN_ZONES), ANY_TEXT)
