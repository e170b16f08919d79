"""Values shown to users, formatted per language: money, quantities, due times, people."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.domain.overview.totals import Totals
from bot.i18n import month_name, t
from handlers.shared.blockkit import escape, slack_date

MAX_NAMED = 15


def days_ago(days: int, lang: str) -> str | None:
    """'i dag' / 'i går' (today, yesterday) for the nearest days; None for 'N days ago'."""
    return t(lang, f"overview.days_ago.{days}") if days in (0, 1) else None


def some_names(names: list[str], lang: str, shown: int = MAX_NAMED) -> str:
    """The first names, escaped and joined, and how many more there are ('–' when none)."""
    text = ", ".join(escape(n) for n in names[:shown]) or "–"
    if len(names) > shown:
        text += " " + t(lang, "overview.more_lines", count=len(names) - shown)
    return text


def number(value: int | float, lang: str) -> str:
    """A number with the language's thousands separator (Danish 20.000, English 20,000)."""
    if float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.2f}"
    if lang == "da":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def money(amount: int | float, lang: str, currency: str = "DKK") -> str:
    """An amount as the language writes it: '20.000 kr.' or 'DKK 20,000'."""
    if currency == "DKK":
        return f"{number(amount, lang)} kr." if lang == "da" else f"DKK {number(amount, lang)}"
    return f"{currency} {number(amount, lang)}"


def other_currencies(totals: Totals, lang: str) -> str | None:
    """Money pledged in other currencies, each in its own ("GBP 2,000 + USD 500"), or None."""
    if not totals.other_currencies:
        return None

    def amounts(index: int) -> str:
        return " + ".join(money(v[index], lang, c) for c, v in sorted(totals.other_currencies.items()))

    return t(lang, "overview.totals.other", pledged=amounts(0), writing=amounts(1), delivered=amounts(2))


def pledged_elsewhere(totals: Totals, lang: str) -> str:
    """' + GBP 2,000' after a kroner figure when money was pledged in other currencies too."""
    return "".join(f" + {money(v[0], lang, c)}" for c, v in sorted(totals.other_currencies.items()) if v[0])


def local_date_text(moment: datetime, tz: str, lang: str, *, with_time: bool) -> str:
    """A plain date (and time) in tz, for fallbacks and plain-text places such as CSV."""
    local = moment.astimezone(ZoneInfo(tz))
    month = month_name(lang, local.month, short=True)
    text = f"{local.day}. {month} {local.year}" if lang == "da" else f"{local.day} {month} {local.year}"
    return f"{text} {local:%H:%M}" if with_time else text


def due(moment: datetime, *, all_day: bool, tz: str, lang: str) -> str:
    """A due time as a Slack date token (each reader sees their own timezone); all-day shows no time.

    An all-day follow-up is stored as local midnight in the writer's timezone; Slack renders
    the date in the reader's timezone, which for readers west of the writer would be the day
    before, so all-day dates are anchored at local noon.
    """
    if all_day:
        local = moment.astimezone(ZoneInfo(tz)).replace(hour=12, minute=0)
        return slack_date(local, with_time=False, fallback=local_date_text(local, tz, lang, with_time=False))
    return slack_date(moment, with_time=True, fallback=local_date_text(moment, tz, lang, with_time=True))


def person(user_id: str | None) -> str:
    """A Slack user reference that Slack shows as the person's name."""
    return f"<@{user_id}>" if user_id else "–"


def label(prefix: str, value: str, lang: str) -> str:
    """The user-facing name of an enum value, e.g. label('stage', 'prospect', 'da') == 'emne'."""
    return t(lang, f"{prefix}.{value}")


def progress_bar(share: float | None, width: int = 20) -> str:
    """A text progress bar ('▓▓▓░░░ 45 %'), for places without the picture."""
    if share is None:
        return ""
    filled = min(width, round(share * width))
    return "▓" * filled + "░" * (width - filled) + f" {round(share * 100)} %"
