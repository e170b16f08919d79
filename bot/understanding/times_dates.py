"""Dates beyond "20. marts" and "1/4": ordinal words ("den tredje marts", "the first of
March"), dashed dates ("25-4", "3-3-2015"), ranges ("13-15 juli"), the nth weekday of a month
("tredje tirsdag i september", "last Friday of October"), the nth or last day of a month,
"the 20th of next month", and "3 Fridays from now"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from datetime import date, timedelta

from .time_words import ORD_RE, ORDINALS, number
from .times import (
    ANY_MONTH,
    END,
    MON_RE,
    MONTHS,
    NUM_RE,
    START,
    WD_RE,
    WEEKDAYS,
    Atom,
    Ctx,
    _add_months,
    _clamp_day,
    _coming,
    _date_atom,
    _num,
    _numeric_atom,
    _same_day_next_month,
    rule,
)

# The ordinal rules cannot match without an ordinal word ("den første", "on the third").
_ANY_ORDINAL = re.compile(START + "(?:" + ORD_RE + ")")

_YEAR = r"(?:,?\s+(?P<y>(?:19|20)\d\d))?"
_ORD_NUM = r"(?:" + ORD_RE + r"|[1-5](?:\.|st|nd|rd|th)|sidste|last)"


def _year_ahead(ctx: Ctx, year: int | None, make: Callable[[int], date | None]) -> date | None:
    """The date `make(year)` for a given year, else the first one from this year on not past."""
    if year:
        return make(year)
    for y in (ctx.today.year, ctx.today.year + 1, ctx.today.year + 2):
        day = make(y)
        if day is not None and day >= ctx.today:
            return day
    return None


def _ordinal(token: str) -> int | None:
    token = token.strip().lower()
    if token in ("sidste", "last"):
        return -1
    return number(token)


# "den tredje marts", "the first of march", "tredje marts 2015", "fjortende april 15".
@rule(
    START
    + r"(?:(?:den|the|on\s+the|d\.)\s+)?(?P<o>"
    + ORD_RE
    + r")\s+(?:(?:of|af|day\s+of)\s+)?(?P<mon>"
    + MON_RE
    + r")\.?(?:,?\s+(?P<y>(?:19|20)\d\d)|\s+(?P<yy>\d\d)(?![\d:]|\.\d))?"
    + END,
    gate=ANY_MONTH,
)
def _ordinal_month(m: re.Match[str]) -> Atom | None:
    day = ORDINALS[m.group("o")]
    return _fixed(
        m, MONTHS[m.group("mon")], day, m.group("y") or (str(2000 + int(m.group("yy"))) if m.group("yy") else None)
    )


# "march first", "march third 2015", "february the fifteenth".
@rule(START + r"(?P<mon>" + MON_RE + r")\.?\s+(?:the\s+)?(?P<o>" + ORD_RE + r")" + _YEAR + END, gate=ANY_MONTH)
def _month_ordinal(m: re.Match[str]) -> Atom | None:
    if m.group("mon") == "may" and re.search(r"\b(?:they|we|it|you|i|he|she)\s+$", m.string[: m.start()]):
        return None
    return _fixed(m, MONTHS[m.group("mon")], ORDINALS[m.group("o")], m.group("y"))


def _fixed(m: re.Match[str], month: int, day: int, year: str | None) -> Atom | None:
    if not 1 <= day <= 31:
        return None

    def resolve(ctx: Ctx) -> date | None:
        def make(y: int) -> date | None:
            try:
                return date(y, month, day)
            except ValueError:
                return None

        return _year_ahead(ctx, int(year) if year else None, make)

    atom = _date_atom(m, resolve, absolute=True)
    atom.month_day, atom.year_given = (month, day), bool(year)
    return atom


# "13-15 juli", "13 til 15 juli", "8.-10. august", "from the 13th to the 15th of July": a range
# of days starts on its first day.
@rule(
    START
    + r"(?:(?:from|fra)\s+)?(?:(?:the|den)\s+)?(?P<d>[0-3]?\d)(?:\.|st|nd|rd|th)?\s*(?:-|til|to|until|till)\s*(?:(?:the|den)\s+)?[0-3]?\d(?:\.|st|nd|rd|th)?\s*(?:of\s+)?(?P<mon>"
    + MON_RE
    + r")"
    + _YEAR
    + END
)
def _day_range(m: re.Match[str]) -> Atom | None:
    return _fixed(m, MONTHS[m.group("mon")], int(m.group("d")), m.group("y"))


# Dashed numeric dates: "25-4", "15-02", "3-3-2015", "31-10-74"; "2-15" is read month-day.
_DASH_CONTEXT = re.compile(r"(?:d\.|den|on|the|til|inden|senest|by|before|før|fra|from|until)\s*$")


@rule(
    r"(?:(?<![\wæøå])(?:d\.|den)\s*)?(?<![\w.,/:+-])(?P<d>[0-3]?\d)\s?-\s?(?P<m>[0-3]?\d)(?:-(?P<y>(?:19|20)?\d\d))?(?![\d-]|[.,]\d|\s*(?:dage|dag|days|uger|weeks|timer|hours|år|years|måneder|months|kr|dkk|%|personer|people|gange|times|stk|pct|minutter|minutes|mio))",
    needs=("-",),
)
def _dash_date(m: re.Match[str]) -> Atom | None:
    day, month = int(m.group("d")), int(m.group("m"))
    if not m.group("y"):
        padded = m.group("d").startswith("0") or m.group("m").startswith("0")
        before = m.string[max(0, m.start() - 12) : m.start()]
        after = m.string[m.end() : m.end() + 14]
        clock_after = re.match(r"\s*(?:kl|klokken|at|@|\d{1,2}[:.]\d\d)", after)
        if re.search(r"\d\s|\s\d", m.string[m.start("d") : m.end()]) and not _DASH_CONTEXT.search(before):
            return None
        named = re.match(r"d\.|den", m.group(0))
        if not (padded or day > 12 or month > 12 or named or _DASH_CONTEXT.search(before) or clock_after):
            return None
    return _numeric_atom(m, day, month, m.group("y"))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-5, or -1 for the last) given weekday of a month."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    if nth == -1:
        return date(year, month, days[-1])
    return date(year, month, days[nth - 1]) if nth <= len(days) else None


# "første tirsdag i oktober", "third tuesday of september 2014", "last friday in october".
@rule(
    START
    + r"(?:(?:den|the|on\s+the)\s+)?(?P<o>"
    + _ORD_NUM
    + r")\s+(?P<wd>"
    + WD_RE
    + r")\s+(?:i|in|of)\s+(?P<mon>"
    + MON_RE
    + r")"
    + _YEAR
    + END,
    gate=ANY_MONTH,
)
def _nth_weekday_of_month(m: re.Match[str]) -> Atom | None:
    nth = _ordinal(m.group("o"))
    if nth is None or not (nth == -1 or 1 <= nth <= 5):
        return None
    month, weekday = MONTHS[m.group("mon")], WEEKDAYS[m.group("wd")]
    year = int(m.group("y")) if m.group("y") else None
    return _date_atom(
        m, lambda ctx: _year_ahead(ctx, year, lambda y: _nth_weekday(y, month, weekday, nth)), absolute=True
    )


# "den første mandag i måneden", "the last friday of next month".
@rule(
    START
    + r"(?:(?:den|the|on\s+the)\s+)?(?P<o>"
    + _ORD_NUM
    + r")\s+(?P<wd>"
    + WD_RE
    + r")\s+(?:i|in|of)\s+(?P<which>måneden|denne\s+måned|næste\s+måned|the\s+month|this\s+month|next\s+month)"
    + END,
    needs=("måned", "month"),
)
def _nth_weekday_of_this_month(m: re.Match[str]) -> Atom | None:
    nth = _ordinal(m.group("o"))
    if nth is None or not (nth == -1 or 1 <= nth <= 5):
        return None
    weekday, ahead = WEEKDAYS[m.group("wd")], 1 if "næste" in m.group("which") or "next" in m.group("which") else 0

    def resolve(ctx: Ctx) -> date | None:
        for extra in (0, 1) if not ahead else (0,):
            first = _add_months(ctx.today.replace(day=1), ahead + extra)
            day = _nth_weekday(first.year, first.month, weekday, nth)
            if day is not None and day >= ctx.today:
                return day
        return None

    return _date_atom(m, resolve, absolute=True)


# "tredje dag i oktober", "third day of october", "sidste dag i oktober 2015",
# "fifth last day of May".
@rule(
    START
    + r"(?:(?:den|the)\s+)?(?:(?P<o>"
    + ORD_RE
    + r"|\d{1,2}(?:\.|st|nd|rd|th))\s+)?(?P<last>sidste|last)?\s*(?:dag|day)\s+(?:i|in|of)\s+(?P<mon>"
    + MON_RE
    + r")"
    + _YEAR
    + END,
    gate=ANY_MONTH,
)
def _nth_day_of_month(m: re.Match[str]) -> Atom | None:
    n = _ordinal(m.group("o")) if m.group("o") else None
    if n is None and not m.group("last"):
        return None
    month = MONTHS[m.group("mon")]
    year = int(m.group("y")) if m.group("y") else None

    def make(y: int) -> date | None:
        last = calendar.monthrange(y, month)[1]
        if m.group("last"):
            back = (n or 1) - 1
            return date(y, month, last - back) if back < last else None
        return date(y, month, n) if n and n <= last else None

    return _date_atom(m, lambda ctx: _year_ahead(ctx, year, make), absolute=True)


@rule(START + r"(?:the\s+)?ides\s+of\s+(?P<mon>" + MON_RE + r")" + END)
def _ides(m: re.Match[str]) -> Atom | None:
    month = MONTHS[m.group("mon")]
    day = 15 if month in (3, 5, 7, 10) else 13
    return _fixed(m, month, day, None)


# "the 20th of next month", "20 of this month", "den 20. i næste måned".
@rule(
    START
    + r"(?:(?:den|the|on\s+the)\s+)?(?P<d>\d{1,2}|"
    + ORD_RE
    + r")(?:\.|st|nd|rd|th)?\s+(?:day\s+)?(?:of|i)\s+(?:the\s+)?(?P<which>next|this|current|næste|denne)\s+(?:month|måned)"
    + END,
    needs=("måned", "month"),
)
def _day_of_named_month(m: re.Match[str]) -> Atom | None:
    day = number(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    ahead = 1 if m.group("which") in ("next", "næste") else 0

    def resolve(ctx: Ctx) -> date:
        first = _add_months(ctx.today.replace(day=1), ahead)
        return _clamp_day(first.year, first.month, day)

    atom = _date_atom(m, resolve, absolute=True)
    return atom


# "on the first", "den første": an ordinal word alone is a day of this or next month, but
# only at the end of a phrase ("the first floor", "den første gang" are not dates).
@rule(
    START
    + r"(?:on\s+the|the|den|på\s+den)\s+(?P<o>"
    + ORD_RE
    + r")(?=\s*(?:$|[,;!?)]|\.(?:\s|$)|(?:kl|at|@|in\s+the)\b))",
    gate=_ANY_ORDINAL,
)
def _ordinal_day(m: re.Match[str]) -> Atom | None:
    day = ORDINALS[m.group("o")]
    if day > 31:
        return None

    def resolve(ctx: Ctx) -> date:
        if day >= ctx.today.day and day <= calendar.monthrange(ctx.today.year, ctx.today.month)[1]:
            return date(ctx.today.year, ctx.today.month, day)
        nxt = _add_months(ctx.today.replace(day=1), 1)
        return _clamp_day(nxt.year, nxt.month, day)

    atom = _date_atom(m, resolve, absolute=True)
    atom.dom = day
    atom.alt_day, atom.alt_reason = _same_day_next_month(day), "today/next month"
    return atom


_WD_PLURAL = {f"{name}s": wd for name, wd in WEEKDAYS.items() if len(name) > 4 and name.endswith("day")}
_WD_PLURAL |= {f"{name}e": wd for name, wd in WEEKDAYS.items() if name.endswith("dag")}
_WD_PLURAL_RE = "|".join(sorted(_WD_PLURAL, key=len, reverse=True))


# "3 fridays from now", "two sundays from now", "om 3 fredage".
@rule(
    START
    + r"(?:(?P<n>"
    + NUM_RE
    + r")\s+(?P<wd>"
    + _WD_PLURAL_RE
    + r")\s+(?:from\s+now|hence|from\s+today)|om\s+(?P<n2>"
    + NUM_RE
    + r")\s+(?P<wd2>"
    + _WD_PLURAL_RE
    + r"))"
    + END
)
def _weekdays_from_now(m: re.Match[str]) -> Atom | None:
    n = _num(m.group("n") or m.group("n2"))
    weekday = _WD_PLURAL[m.group("wd") or m.group("wd2")]
    if n < 1:
        return None
    return _date_atom(m, lambda ctx: _coming(ctx.today, weekday) + timedelta(weeks=n - 1))
