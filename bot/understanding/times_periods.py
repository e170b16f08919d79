"""Periods longer than a day: quarters ("næste kvartal", "3rd quarter 2018", "Q4"), a month
with a year or a "next" ("oktober 2014", "next March", "March after next"), the end of the
year ("EOY", "sidst på året"), the start of a year ("beginning of 2017"), "the coming week",
the start or end of the current, coming or following week, and parts of an hour ("in 3/4
hour"). A period is due on its first day, a deadline-like end on its last (tests/corpus/README.md).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .time_words import number
from .times import (
    _DAY_CONTEXT,
    END,
    MON_FULL_RE,
    MONTHS,
    NUM_RE,
    START,
    Atom,
    Ctx,
    _add_months,
    _date_atom,
    _monday,
    _num,
    rule,
)
from .times_dates import _nth_weekday

_QUARTER = r"(?:kvartal|quarter|qtr)"
_YEAR = r"(?P<y>(?:19|20)\d\d)"


def _quarter_start(year: int, quarter: int) -> date:
    return date(year, 3 * (quarter - 1) + 1, 1)


def _quarter(quarter: int, year: int | None):
    """First day of a quarter: of `year`, else this year's unless it is over (then next year's);
    a quarter already under way is due today."""

    def resolve(ctx: Ctx) -> date | None:
        if not 1 <= quarter <= 4:
            return None
        if year:
            return _quarter_start(year, quarter)
        start = _quarter_start(ctx.today.year, quarter)
        if start >= ctx.today:
            return start
        if ctx.today < _add_months(start, 3):
            return ctx.today
        return _quarter_start(ctx.today.year + 1, quarter)

    return resolve


# A quarter that names figures ("once their Q3 numbers are in", "når 3. kvartal regnskabet er klar") is the label of a
# report whose day nobody said, not a time.
_REPORT_AFTER = re.compile(
    r"\s+(?:numbers|figures|results|report|reports|earnings|sales|accounts|financials|review|close|tal(?:lene)?|regnskab\w*"
    r"|resultat\w*|rapport\w*|opgørelse\w*|salg\w*)(?![\wæøå])"
)


# "tredje kvartal", "3. kvartal 2018", "the 4th qtr of 2018", "third quarter".
_FIRST_FOUR = r"første|anden|andet|tredje|fjerde|first|second|third|fourth"


@rule(
    START
    + r"(?:(?:i|in|the|by|det|inden|before)\s+)*(?P<o>"
    + _FIRST_FOUR
    + r"|[1-4](?:\.|st|nd|rd|th))\s+"
    + _QUARTER
    + r"(?:\s+(?:of\s+|i\s+)?"
    + _YEAR
    + r")?"
    + END,
    needs=("kvartal", "quarter", "qtr"),
)
def _nth_quarter(m: re.Match[str]) -> Atom | None:
    n = number(m.group("o"))
    if n is None or not 1 <= n <= 4 or _REPORT_AFTER.match(m.string, m.end()):
        return None
    return _date_atom(m, _quarter(n, int(m.group("y")) if m.group("y") else None), absolute=True)


# "Q4 2018", "q3", "2018Q4", "18q4".
@rule(
    START + r"(?:q(?P<q>[1-4])(?:\s*[-/]?\s*(?P<y>(?:19|20)\d\d))?|(?P<y2>(?:19|20)?\d\d)\s*-?\s*q(?P<q2>[1-4]))" + END,
    needs=("q",),
)
def _q_quarter(m: re.Match[str]) -> Atom | None:
    if _REPORT_AFTER.match(m.string, m.end()):
        return None
    year_text = m.group("y") or m.group("y2")
    year = int(year_text) if year_text else None
    if year is not None and year < 100:
        year += 2000
    return _date_atom(m, _quarter(int(m.group("q") or m.group("q2")), year), absolute=True)


# "næste kvartal", "next quarter", "the coming qtr", "kommende kvartal".
@rule(
    START + r"(?:(?:i|in|the|det)\s+)?(?:næste|kommende|next|coming|following|upcoming)\s+" + _QUARTER + END,
    needs=("kvartal", "quarter", "qtr"),
)
def _next_quarter(m: re.Match[str]) -> Atom:
    def resolve(ctx: Ctx) -> date:
        current = _quarter_start(ctx.today.year, (ctx.today.month - 1) // 3 + 1)
        return _add_months(current, 3)

    return _date_atom(m, resolve)


# "oktober 2014", "next March", "næste marts igen", "March after next": the first of that month.
@rule(
    START
    + r"(?:(?P<mod>næste|kommende|next|coming)\s+)?(?P<mon>"
    + MON_FULL_RE
    + r")(?:\s+"
    + _YEAR
    + r")?(?P<again>\s+igen|\s+after\s+next)?"
    + END
    + r"(?!\s*\d)",
    needs=("næste", "kommende", "next", "coming", "igen", "after", "19", "20"),
)
def _month_named(m: re.Match[str]) -> Atom | None:
    if not (m.group("mod") or m.group("y") or m.group("again")):
        return None  # a month alone needs "i"/"in" (the rule in times.py)
    month = MONTHS[m.group("mon")]
    year = int(m.group("y")) if m.group("y") else None
    later = 1 if m.group("again") else 0

    def resolve(ctx: Ctx) -> date:
        if year:
            return date(year, month, 1)
        first = date(ctx.today.year, month, 1)
        if first <= ctx.today.replace(day=1):
            first = date(ctx.today.year + 1, month, 1)  # "next March" said in March is next year's
        return date(first.year + later, month, 1)

    return _date_atom(m, resolve)


# "end of the year", "EOY", "sidst på året", "ultimo året", "by year-end": 31 December.
@rule(
    START
    + r"(?:(?:i\s+)?(?:slutningen|udgangen)\s+af\s+(?:året|dette\s+år)|sidst\s+på\s+året|ultimo\s+året|inden\s+årets\s+udgang|(?:by\s+|at\s+)?(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?year|(?:at\s+|by\s+)?(?:the\s+)?eoy|(?:by\s+)?(?<!fiscal\s)(?<!financial\s)year[- ]end)"
    + END,
    needs=("år", "year", "eoy"),
)
def _year_end(m: re.Match[str]) -> Atom:
    return _date_atom(m, lambda ctx: date(ctx.today.year, 12, 31))


# "EOM", "at the end of month" (the forms with "the month" are in times.py's PERIODS).
@rule(
    START + r"(?:(?:at\s+|by\s+)?(?:the\s+)?eom|(?:at\s+|by\s+)?(?:the\s+)?end\s+of\s+month)" + END,
    needs=("eom", "month"),
)
def _month_end(m: re.Match[str]) -> Atom:
    def resolve(ctx: Ctx) -> date:
        return _add_months(ctx.today.replace(day=1), 1) - timedelta(days=1)

    return _date_atom(m, resolve)


# "beginning of 2017", "primo 2027", "starten af 2027"; "end of 2026", "ultimo 2026".
@rule(
    START
    + r"(?:(?:at\s+|by\s+)?(?:the\s+)?(?P<start>beginning|start)\s+of|early|(?:i\s+)?(?P<dstart>starten|begyndelsen)\s+af|(?P<primo>primo)|(?:at\s+|by\s+)?(?:the\s+)?end\s+of|late|(?:i\s+)?(?:slutningen|udgangen)\s+af|ultimo)\s+"
    + _YEAR
    + END,
    needs=("19", "20"),
)
def _year_edge(m: re.Match[str]) -> Atom:
    year = int(m.group("y"))
    first = bool(m.group("start") or m.group("dstart") or m.group("primo") or m.group(0).startswith("early"))
    return _date_atom(m, lambda ctx: date(year, 1, 1) if first else date(year, 12, 31), absolute=True)


# "the following week", "the coming week", "upcoming week", "den kommende uge": Monday next week.
@rule(
    START + r"(?:(?:i|in|during|the|den)\s+)*(?:following|coming|upcoming|kommende)\s+(?:week|uge)" + END,
    needs=("week", "uge"),
)
def _coming_week(m: re.Match[str]) -> Atom:
    return Atom(m.start(), m.end(), "week", day=lambda ctx: _monday(ctx.today) + timedelta(days=7))


# "beginning of the coming week" (Monday), "end of the following week" (Friday),
# "end of current week", "i starten af den kommende uge".
@rule(
    START
    + r"(?:(?:at|by)\s+)?(?:the\s+)?(?:(?P<edge>beginning|start|end)\s+of\s+(?:the\s+)?(?P<which>current|coming|following|upcoming)\s+week|(?:i\s+)?(?P<dedge>starten|begyndelsen|slutningen|udgangen)\s+af\s+den\s+(?P<dwhich>kommende|nuværende)\s+uge)"
    + END,
    needs=("week", "uge"),
)
def _week_edge(m: re.Match[str]) -> Atom:
    which = m.group("which") or m.group("dwhich")
    ahead = 0 if which in ("current", "nuværende") else 7
    end = (m.group("edge") or m.group("dedge")) in ("end", "slutningen", "udgangen")
    offset = ahead + (4 if end else 0)
    return _date_atom(m, lambda ctx: _monday(ctx.today) + timedelta(days=offset))


# Parts of an hour: "in 1/4h", "in 3/4 hour", "in three-quarters of an hour", "om tre kvarter".
@rule(
    START
    + r"(?:om|in)\s+(?:(?P<f>[13]/4|1/2)\s*(?:h|hours?|timer?)|(?:three|3)[\s-]quarters?\s+(?:of\s+an\s+)?hour|(?P<da>tre|3)\s+kvarter)"
    + END,
    needs=("/4", "/2", "quarter", "kvarter"),
)
def _hour_fraction(m: re.Match[str]) -> Atom:
    fraction = m.group("f")
    minutes = {"1/4": 15, "1/2": 30, "3/4": 45}[fraction] if fraction else 45
    return Atom(m.start(), m.end(), "date", relative_clock=lambda ctx: ctx.now + timedelta(minutes=minutes))


# "March next year", "i marts næste år", "March in a year", "marts om 2 år", "June this year".
@rule(
    START
    + r"(?:(?:i|in|til|by|inden|before|før|during)\s+)?(?P<mon>"
    + MON_FULL_RE
    + r")\s+(?:(?P<next>næste\s+år|(?:of\s+)?next\s+(?:year|yr))|(?P<this>i\s+år|this\s+year|(?:of\s+)?the\s+current\s+year)|(?:om|in)\s+(?P<n>"
    + NUM_RE
    + r")\s+(?:år|years?)|(?P<n2>"
    + NUM_RE
    + r")\s+(?:år|years?)\s+(?:from\s+now|hence|fra\s+nu))"
    + END,
    needs=("år", "year", "yr"),
)
def _month_relative_year(m: re.Match[str]) -> Atom:
    month = MONTHS[m.group("mon")]
    ahead = 1 if m.group("next") else 0 if m.group("this") else _num(m.group("n") or m.group("n2"))
    return _date_atom(m, lambda ctx: date(ctx.today.year + ahead, month, 1))


def _weeks_inside(first: date, last: date) -> list[date]:
    """The Mondays of the weeks that lie wholly between `first` and `last` (Duckling's reading
    of "the first week of October": the first week that is all October)."""
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    out = []
    while monday + timedelta(days=6) <= last:
        out.append(monday)
        monday += timedelta(days=7)
    return out


_NTH = r"første|anden|andet|tredje|fjerde|femte|first|second|third|fourth|fifth|[1-5](?:\.|st|nd|rd|th)"


# "første uge i oktober", "the last week of September 2014", "2nd last week of October 2018",
# "the third last week of 2018": the Monday of that week (weeks wholly in the month or year).
@rule(
    START
    + r"(?:(?:i|in|the|den|during|by)\s+)*(?P<o>"
    + _NTH
    + r")?\s*(?P<last>sidste|last)?\s+(?:uge|week)\s+(?:i|in|of|af)\s+(?:(?P<mon>"
    + MON_FULL_RE
    + r")(?:\s+"
    + _YEAR
    + r")?|(?P<yonly>(?:19|20)\d\d))"
    + END,
    needs=("uge", "week"),
)
def _nth_week_of(m: re.Match[str]) -> Atom | None:
    if not (m.group("o") or m.group("last")):
        return None
    n = number(m.group("o")) if m.group("o") else 1
    if n is None or not 1 <= n <= 5:
        return None
    from_end = bool(m.group("last"))
    month = MONTHS[m.group("mon")] if m.group("mon") else None
    year_text = m.group("y") or m.group("yonly")
    year = int(year_text) if year_text else None

    def pick(y: int) -> date | None:
        if month is None:
            weeks = _weeks_inside(date(y, 1, 1), date(y, 12, 31))
        else:
            weeks = _weeks_inside(date(y, month, 1), _add_months(date(y, month, 1), 1) - timedelta(days=1))
        if n > len(weeks):
            return None
        return weeks[-n] if from_end else weeks[n - 1]

    def resolve(ctx: Ctx) -> date | None:
        if year:
            return pick(year)
        for y in (ctx.today.year, ctx.today.year + 1):
            monday = pick(y)
            if monday is not None and monday + timedelta(days=6) >= ctx.today:
                return monday
        return None

    return Atom(m.start(), m.end(), "week", day=resolve)


# "the last weekend of October", "første weekend i juni", "last wkend of July 2027": the
# Saturday of that weekend (a weekend alone is read as its Saturday, times.py).
@rule(
    START
    + r"(?:(?:the|den|in|i|on|by)\s+)*(?P<o>"
    + _NTH
    + r"|last|sidste)\s+(?:weekend|week-end|week\s+end|wkend)\s+(?:of|in|i|af)\s+(?P<mon>"
    + MON_FULL_RE
    + r")(?:\s+"
    + _YEAR
    + r")?"
    + END,
    needs=("weekend", "week-end", "week end", "wkend"),
)
def _nth_weekend_of_month(m: re.Match[str]) -> Atom | None:
    nth = -1 if m.group("o") in ("last", "sidste") else number(m.group("o"))
    if nth is None or not (nth == -1 or 1 <= nth <= 5):
        return None
    month = MONTHS[m.group("mon")]
    year = int(m.group("y")) if m.group("y") else None

    def resolve(ctx: Ctx) -> date | None:
        for y in [year] if year else [ctx.today.year, ctx.today.year + 1]:
            saturday = _nth_weekday(y, month, 5, nth)
            if saturday is not None and (year or saturday + timedelta(days=1) >= ctx.today):
                return saturday
        return None

    return _date_atom(m, resolve, absolute=True)


# "i 2027", "in 2027", "sometime in 2027 AD": a year ahead is due on its first day; the year
# under way, today; a year gone by is the past (never scheduled).
@rule(
    START
    + r"(?:sometime\s+|some\s+time\s+|engang\s+)?(?:i|in|during|i\s+løbet\s+af)\s+"
    + _YEAR
    + r"(?:\s+a\.?d\.?)?"
    + END
    + r"(?!\s*[-/–]\s*\d)",
    needs=("19", "20"),
)
def _in_year(m: re.Match[str]) -> Atom | None:
    before = m.string[max(0, m.start() - 24) : m.start()]
    if before.strip(" ,") and not _DAY_CONTEXT.search(before):
        return None  # "Diwali in 2027": the year of something we cannot read is no date of its own
    year = int(m.group("y"))

    def resolve(ctx: Ctx) -> date:
        return ctx.today if year == ctx.today.year else date(year, 1, 1)

    atom = _date_atom(m, resolve, absolute=True)
    atom.year_given = True
    return atom


# "resten af ugen", "the rest of the week": due by Friday.
@rule(
    START + r"(?:(?:i|for|during)\s+)?(?:resten\s+af\s+ugen|(?:the\s+)?rest\s+of\s+(?:the|this)\s+week)" + END,
    needs=("rest",),
)
def _rest_of_week(m: re.Match[str]) -> Atom:
    def resolve(ctx: Ctx) -> date:
        friday = _monday(ctx.today) + timedelta(days=4)
        return friday if friday >= ctx.today else ctx.today

    return _date_atom(m, resolve)
