"""Follow-ups the bot suggests on its own, following the partnership practice in DOMAIN.md."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from .holidays import add_working_days, next_working_day_on_or_after
from .model import FollowUp
from .patterns import cues
from .times import local_datetime

SUMMARY_EMAIL_TEXT = {"da": "Send en opsummerende mail om aftalen", "en": "Send an e-mail summing up the agreement"}
CALLBACK_TEXT = {"da": "Ring tilbage", "en": "Call back"}
CALLBACK_WORKING_DAYS = 2
# "voicemail" mentions no e-mail; the summary itself ("Opsummering sendt", "sent the summary") is one.
_MENTIONS_EMAIL = cues(
    r"(?<![a-zæøå])e-?mail|\bmail|\bopsummering|\bsummary\b|\breferat\b|\bdrop(?:ped)? (?:\w+ ){0,2}a line\b"
)


def suggest(
    *,
    kind: str,
    agreement: str | None,
    followups: list[FollowUp],
    low: str,
    today: date,
    tz: ZoneInfo,
    lang: str,
) -> list[FollowUp]:
    """Return the suggested follow-ups: a same-day summary e-mail and a callback in 2 working days."""
    suggested = []
    # An e-mail interaction is itself the written word ("Fra: ... vi støtter gerne med 5.000 kr."), as an
    # e-mail mentioned is: no summary e-mail, only the callback.
    wrote = kind == "email" or _MENTIONS_EMAIL.search(low)
    if agreement == "yes" and not wrote and not any(f.action == "email" for f in followups):
        # "Same day", but weekends and holidays are skipped for suggestions.
        day = next_working_day_on_or_after(today)
        suggested.append(FollowUp("email", local_datetime(day, 0, 0, tz), True, None, SUMMARY_EMAIL_TEXT[lang]))
    if not followups and agreement != "no" and kind in ("call", "meeting", "email"):
        day = add_working_days(today, CALLBACK_WORKING_DAYS)
        suggested.append(FollowUp("call", local_datetime(day, 0, 0, tz), True, None, CALLBACK_TEXT[lang]))
    return suggested
