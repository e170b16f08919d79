"""Times read from text, measured on Duckling's own Danish and English time corpora.

Run: uv run python bench/bench_duckling.py [DUCKLING_DIR] [--failures]
     (or DUCKLING_DIR=... uv run python bench/bench_duckling.py)

DUCKLING_DIR is a checkout of https://github.com/facebook/duckling or its bare git directory
(`git clone --bare https://github.com/facebook/duckling`); the corpora are read from
`Duckling/Time/DA/Corpus.hs` and `Duckling/Time/EN/Corpus.hs` (the files, or `git show HEAD:...`).
Without it the bench says how to get it and exits 0: it is a measurement, not a test.

The cases
- Every `examples (<expected value>) [ "phrase", ... ]` block of the DA corpus (`allExamples`) and
  of the EN corpus (`allExamples`, the `defaultCorpus` additions and `diffCorpus`, each with its
  own reference time). The `latentCorpus` (bare "7", "May", "morning" only read as times with
  latent readings switched on) and the `negativeCorpus` are left out. Duplicates are dropped.
- Reference time as Duckling's test context defines it (`Duckling/Testing/Types.hs`):
  Tuesday 2013-02-12 04:30 at UTC-2 (diffCorpus: Friday 2013-02-15 04:30); our parser is given
  that instant and the zone "Etc/GMT+2" (= UTC-2), so wall-clock values compare directly.
- Forward-looking only: a value with a clock time (grain hour, minute, second) must start after
  the reference instant ("now" itself is not a callback time); a day or coarser value must start
  on the reference day or later. Open intervals count by their bound ("before 2pm" → 14:00).
- Holidays: the blocks Duckling marks as holidays (`datetimeHoliday`, `datetimeIntervalHoliday`)
  are scored apart from the rest of the EN corpus; `COMMON_HOLIDAYS` are the ones kept in
  Denmark, the UK and the US. DA marks no holidays, so its juleaften/nytår cases stay in DA.
- Each phrase is written as a log line: "Ringer igen {phrase}." (DA) / "Call back {phrase}." (EN),
  and read by `bot.understanding.parse` and by plain `dateparser.search.search_dates`
  (languages da+en, PREFER_DATES_FROM future, RELATIVE_BASE the reference wall time).

How a reading is compared with Duckling's value
- Day grain: right when the reading falls on that date, all-day or timed. A week, month,
  quarter or year (a week starts Monday): right when the reading falls inside it ("next month" =
  1 March in the project, "3 år fra i dag" = 12 Feb 2016 where Duckling says February 2016);
  holidays always compare by their date.
- An interval of days ("13-15 juli", "end of the month" = 21-28 Feb, "mid March" = 11-20):
  right for a reading on any day inside it; the writer gave a window. A window of hours longer
  than a day ("this weekend" = Fri 18:00 - Mon 00:00) also takes an all-day reading of a day in it.
- Hour, minute or second grain: right when the reading is timed and has that wall-clock time to
  the minute (second grain: within a minute, as our readings are to the minute). Two allowances:
  - an interval of hours (a part of day: "i aften" 18-24, "afternoon" 12-19, or "from 9 to 11")
    is right for any timed reading inside it: the writer gave a window and the project puts a
    part of day at its conventional hour (afternoon = 14:00);
  - a value counted in days whose clock part is only the reference time carried along
    ("om 7 dage" = 19 Feb 04:00, hour grain) is right for an all-day reading of that date or a
    timed one within that grain.
- Right by convention: the reading differs from Duckling's exactly as one of the project's
  documented conventions says (tests/corpus/README.md): a callback counted in days that lands on
  a weekend or Danish holiday moves to the next working day ("om 5 dage" on a Tuesday = Monday,
  Duckling says Sunday); a bare hour 1-6 without am/pm or a part of day is in the afternoon
  ("kl 3" = 15:00, Duckling says 03:00); a season starts on the first of its month ("til
  efteråret" = 1 September; Duckling's seasons start at the solstice or equinox, "this summer" =
  21 June). Reported in its own column and counted as understood.
- Outcomes for our parser: right | convention | alternative (the first reading is not right but
  one of its offered alternatives is) | flagged (not right, but the follow-up carries a flag, or
  the card names words of the phrase it could not read) | wrong (confidently wrong: none of
  these) | reported (no follow-up time, but the phrase's words are listed as unresolved) |
  missed (silently dropped). Plain dateparser has only right | wrong | missed; any wrong date
  of its is confidently wrong, it has no way to say otherwise.
- "understood" in the summary = right + convention.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TZ_NAME = "Etc/GMT+2"  # POSIX sign: this is UTC-2, Duckling's test zone
TZ = timezone(timedelta(hours=-2))
REF = datetime(2013, 2, 12, 4, 30)
DIFF_REF = datetime(2013, 2, 15, 4, 30)
FILES = {"da": "Duckling/Time/DA/Corpus.hs", "en": "Duckling/Time/EN/Corpus.hs"}
PREFIX = {"da": "Ringer igen", "en": "Call back"}
GRAINS = {"Second": 0, "Minute": 1, "Hour": 2, "Day": 3, "Week": 4, "Month": 5, "Quarter": 6, "Year": 7}
GRAIN_SPAN = {"Second": timedelta(minutes=1), "Minute": timedelta(minutes=1), "Hour": timedelta(hours=1)}
COMMON_HOLIDAYS = {
    "Christmas",
    "Christmas Eve",
    "Boxing Day",
    "New Year's Eve",
    "New Year's Day",
    "Easter Sunday",
    "Easter Monday",
    "Good Friday",
    "Maundy Thursday",
    "Pentecost",
    "Whit Monday",
    "Ascension Day",
    "Thanksgiving Day",
}
HOW_TO_GET = """Duckling's corpora are not part of this repository. Get them with
    git clone --depth 1 https://github.com/facebook/duckling /tmp/duckling
and run
    DUCKLING_DIR=/tmp/duckling uv run python bench/bench_duckling.py
(a bare git directory works too)."""


@dataclass(frozen=True)
class Case:
    """One phrase of a Duckling corpus with the value Duckling expects."""

    lang: str
    phrase: str
    start: datetime  # naive wall time at UTC-2; for an open interval, its bound
    end: datetime | None  # end of an interval (exclusive), else None
    grain: str
    form: str  # "instant" | "interval" | "before" | "after"
    holiday: str | None
    ref: datetime
    line: int

    @property
    def text(self) -> str:
        """The log line given to both parsers."""
        tail = "" if self.phrase.rstrip()[-1:] in ".!?" else "."
        return f"{PREFIX[self.lang]} {self.phrase}{tail}"

    @property
    def now(self) -> datetime:
        """The reference instant, aware."""
        return self.ref.replace(tzinfo=TZ)

    @property
    def timed(self) -> bool:
        """True for hour, minute and second grains."""
        return GRAINS[self.grain] < GRAINS["Day"]

    @property
    def corpus(self) -> str:
        """da | en | en-holidays."""
        return "en-holidays" if self.holiday else self.lang


# ---------------------------------------------------------------- reading Corpus.hs


def read_source(root: Path, rel: str) -> str:
    """A corpus file from a checkout, or from a (bare) git directory at HEAD."""
    if (root / rel).is_file():
        return (root / rel).read_text(encoding="utf-8")
    git_dir = root / ".git" if (root / ".git").exists() else root
    out = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"HEAD:{rel}"], capture_output=True, text=True, check=True
    )
    return out.stdout


_DEF = re.compile(r"^([a-z]\w*)\s*::", re.M)
_EXAMPLES = re.compile(r"\bexamples\s*\(")
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_TUPLE = re.compile(r"\(\s*(-?\d+(?:\s*,\s*-?\d+){5})\s*\)")
_GRAIN = re.compile(r"\b(" + "|".join(GRAINS) + r")\b")


def _closing(src: str, i: int, open_: str, close: str) -> int:
    """Index just after the bracket that closes the one at `i`, skipping strings and comments."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == '"':
            m = _STRING.match(src, i)
            i = m.end() if m else i + 1
            continue
        if src.startswith("--", i):
            i = src.find("\n", i)
            i = len(src) if i < 0 else i
            continue
        if c == open_:
            depth += 1
        elif c == close:
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return i


def _moment(numbers: str) -> datetime:
    y, mo, d, h, mi, s = (int(x) for x in numbers.split(","))
    return datetime(y, max(mo, 1), max(d, 1), h, mi, s)  # Duckling writes month/day 0 for "the first"


def _value(spec: str) -> tuple[datetime, datetime | None, str, str, str | None] | None:
    """(start, end, grain, form, holiday) of a `datetime...` expression, None for anything else."""
    head = spec.split(None, 1)[0]
    try:
        moments = [_moment(m.group(1)) for m in _TUPLE.finditer(spec)]
    except ValueError:  # BC years ("-2014") are nothing a callback is set to
        return None
    grains = _GRAIN.findall(spec)
    if not moments or not grains:
        return None
    name = _STRING.search(spec)
    holiday = name.group(1) if name and "Holiday" in head else None
    if head.startswith("datetimeOpenInterval"):
        return moments[0], None, grains[-1], "before" if "Before" in spec else "after", None
    if head.startswith("datetimeInterval"):
        return moments[0], moments[1], grains[-1], "interval", holiday
    if head.startswith("datetime"):
        return moments[0], None, grains[-1], "instant", holiday
    return None


def extract(src: str, lang: str) -> list[Case]:
    """The cases of the corpus definitions we score, each with its reference time."""
    defs = [(m.group(1), m.start()) for m in _DEF.finditer(src)] + [("", len(src))]
    refs = {"allExamples": REF, "defaultCorpus": REF, "diffCorpus": DIFF_REF}
    cases = []
    for (name, begin), (_, stop) in zip(defs, defs[1:], strict=False):
        if name not in refs:
            continue
        for m in _EXAMPLES.finditer(src, begin, stop):
            spec_end = _closing(src, m.end() - 1, "(", ")")
            spec = src[m.end() : spec_end - 1].strip()
            list_start = src.index("[", spec_end)
            list_end = _closing(src, list_start, "[", "]")
            value = _value(spec)
            if value is None:
                continue
            start, end, grain, form, holiday = value
            line = src.count("\n", 0, m.start()) + 1
            body = re.sub(r"--[^\n]*", "", src[list_start:list_end])
            for s in _STRING.finditer(body):
                phrase = s.group(1).replace('\\"', '"')
                cases.append(Case(lang, phrase, start, end, grain, form, holiday, refs[name], line))
    return cases


def forward(case: Case) -> bool:
    """True for values a callback could be set to: not before the reference time."""
    if case.timed:
        return case.start > case.ref
    return case.start.date() >= case.ref.date()


def load(root: Path) -> list[Case]:
    """Forward-looking, de-duplicated cases of both corpora."""
    seen: set[tuple] = set()
    out = []
    for lang, rel in FILES.items():
        for case in extract(read_source(root, rel), lang):
            key = (lang, case.phrase.lower(), case.start, case.end, case.grain, case.form)
            if key in seen or not forward(case):
                continue
            seen.add(key)
            out.append(case)
    return out


# ---------------------------------------------------------------- comparing readings


def _window(case: Case) -> tuple[datetime, datetime] | None:
    """The window a timed reading may fall in for an interval of hours (a part of day)."""
    if case.form == "interval" and case.timed and case.end is not None:
        return case.start, case.end
    return None


def _carried(case: Case) -> bool:
    """A value counted in days whose clock part is only the reference time carried along."""
    if not case.timed or case.form == "interval" or case.start.date() == case.ref.date():
        return False
    trunc = case.ref.replace(second=0) if case.grain != "Hour" else case.ref.replace(minute=0, second=0)
    return case.start.time() == trunc.time()


def _period_end(case: Case) -> datetime | None:
    """End of a week/month/quarter/year value that starts where its period starts, else None.

    Holidays are excluded: Duckling gives some a year grain ("Chinese New Year")."""
    s = case.start
    if case.form != "instant" or case.holiday or s.time() != datetime.min.time():
        return None
    if case.grain == "Week" and s.weekday() == 0:
        return s + timedelta(days=7)
    months = {"Month": 1, "Quarter": 3, "Year": 12}.get(case.grain)
    if (
        months is None
        or s.day != 1
        or (case.grain == "Quarter" and s.month % 3 != 1)
        or (case.grain == "Year" and s.month != 1)
    ):
        return None
    index = s.year * 12 + s.month - 1 + months
    return s.replace(year=index // 12, month=index % 12 + 1)


def matches(local: datetime, all_day: bool, case: Case) -> bool:
    """True when a reading (naive wall time at UTC-2) is the value Duckling expects."""
    if case.form == "interval" and case.end is not None:
        if not case.timed or (all_day and case.end - case.start > timedelta(days=1)):
            return case.start.date() <= local.date() < (case.end - timedelta(microseconds=1)).date() + timedelta(days=1)
    if not case.timed:
        end = _period_end(case)
        if end is not None:
            return case.start <= local < end
        return local.date() == case.start.date()
    if _carried(case):
        if all_day:
            return local.date() == case.start.date()
        return case.start <= local < case.start + GRAIN_SPAN[case.grain]
    if all_day:
        return False
    window = _window(case)
    if window is not None:
        start = window[0].replace(second=0) if case.grain == "Second" else window[0]
        return start <= local < window[1]
    if case.grain == "Second":
        return abs(local - case.start) < timedelta(minutes=1)
    return local.replace(second=0, microsecond=0) == case.start


_AMPM = re.compile(r"\b(?:a\.?m\.?|p\.?m\.?|morgen\w*|morning|night|nat\w*|formiddag\w*|tonight)\b|\d(?:am|pm)\b")


def by_convention(local: datetime, all_day: bool, case: Case) -> bool:
    """True when the reading differs from Duckling's exactly as a project convention says."""
    from bot.understanding.holidays import is_working_day, next_working_day_on_or_after

    target = case.start.date()
    season = (
        case.form == "interval"
        and case.end is not None
        and not case.timed
        and case.start.month in (3, 6, 9, 12)
        and 19 <= case.start.day <= 24
        and case.end - case.start >= timedelta(days=80)
    )
    if season and all_day:
        return local.date() == target.replace(day=1)
    if all_day and (not case.timed or _carried(case)) and not is_working_day(target):
        return local.date() == next_working_day_on_or_after(target)
    if (
        not all_day
        and case.timed
        and case.form == "instant"
        and 1 <= case.start.hour <= 6
        and not _AMPM.search(case.phrase.lower())
    ):
        afternoon = case.start.replace(hour=case.start.hour + 12)
        return local.replace(second=0, microsecond=0) in (afternoon, afternoon - timedelta(days=1))
    return False


def _words(s: str) -> set[str]:
    return {w for w in re.findall(r"\w+", s.lower()) if len(w) > 1 or w.isdigit()}


def judge_ours(case: Case) -> str:
    """right | convention | alternative | flagged | wrong | reported | missed."""
    from bot.understanding import parse

    result = parse(case.text, now=case.now, tz=TZ_NAME)
    phrase_words = _words(case.phrase)
    told = any(_words(u) & phrase_words for u in result.unresolved)
    if not result.followups:
        return "reported" if told else "missed"
    first = result.followups[0]
    local = first.due.astimezone(TZ).replace(tzinfo=None)
    if matches(local, first.all_day, case):
        return "right"
    if by_convention(local, first.all_day, case):
        return "convention"
    if any(matches(a.due.astimezone(TZ).replace(tzinfo=None), a.all_day, case) for a in first.alternatives):
        return "alternative"
    return "flagged" if first.flags or told else "wrong"


def dateparser_found(case: Case) -> list:
    """Plain search_dates on the same line, relative to the reference wall time."""
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "future", "RELATIVE_BASE": case.ref}
    return search_dates(case.text, languages=["da", "en"], settings=settings) or []


def judge_dateparser(case: Case) -> str:
    """right | wrong | missed: its first date, read as timed (it has no grain)."""
    found = dateparser_found(case)
    if not found:
        return "missed"
    got = found[0][1]
    got = got.astimezone(TZ).replace(tzinfo=None) if got.tzinfo else got  # a zone it read, converted
    if matches(got, False, case) or (case.timed and _carried(case) and got.date() == case.start.date()):
        return "right"
    return "wrong"


# ---------------------------------------------------------------- report

CORPUS_NAMES = {
    "da": "Danish (`DA/Corpus.hs`)",
    "en": "English, holidays aside (`EN/Corpus.hs`)",
    "en-holidays": "English holidays (`EN/Corpus.hs`)",
    "en-common": "of which Christmas, New Year, Easter, Whitsun, Thanksgiving…",
}


def score(cases: list[Case]) -> tuple[dict[str, Counter], dict[str, Counter], list[tuple[str, Case]]]:
    """Outcome counts per corpus for both parsers, and the cases ours did not understand."""
    ours: dict[str, Counter] = defaultdict(Counter)
    theirs: dict[str, Counter] = defaultdict(Counter)
    misses = []
    for case in cases:
        keys = [case.corpus]
        if case.holiday in COMMON_HOLIDAYS:
            keys.append("en-common")
        verdict, plain = judge_ours(case), judge_dateparser(case)
        for key in keys:
            ours[key][verdict] += 1
            theirs[key][plain] += 1
        if verdict not in ("right", "convention"):
            misses.append((verdict, case))
    return ours, theirs, misses


def table(ours: dict[str, Counter], theirs: dict[str, Counter]) -> str:
    """Markdown: per corpus, ours against plain dateparser."""
    lines = [
        "| corpus (forward-looking cases) | cases | ours understood | of which by convention "
        "| ours confidently wrong | ours other reading offered / flagged | ours missed (reported / silent) "
        "| dateparser right | dateparser confidently wrong |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for key in ("da", "en", "en-holidays", "en-common"):
        o, t = ours[key], theirs[key]
        n = sum(o.values())
        if not n:
            continue
        ok = o["right"] + o["convention"]
        lines.append(
            f"| {CORPUS_NAMES[key]} | {n} | {ok}/{n} = {ok / n:.0%} | {o['convention']} | "
            f"{o['wrong']} = {o['wrong'] / n:.1%} | {o['alternative']} / {o['flagged']} | "
            f"{o['reported']} / {o['missed']} | {t['right']}/{n} = {t['right'] / n:.0%} | "
            f"{t['wrong']} = {t['wrong'] / n:.1%} |"
        )
    return "\n".join(lines)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile of `values` (q in 0..100)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def speed(cases: list[Case]) -> str:
    """Median and p99 per line of both parsers on these lines (3 rounds after a warm-up)."""
    from bot.understanding import parse

    def run(fn) -> list[float]:
        for case in cases:
            fn(case)
        out = []
        for _ in range(3):
            for case in cases:
                t0 = time.perf_counter()
                fn(case)
                out.append(time.perf_counter() - t0)
        return out

    ours = run(lambda c: parse(c.text, now=c.now, tz=TZ_NAME))
    theirs = run(dateparser_found)
    ms = 1000
    return (
        f"speed on these lines: ours median {statistics.median(ours) * ms:.2f} ms, "
        f"p99 {percentile(ours, 99) * ms:.2f} ms; plain search_dates median "
        f"{statistics.median(theirs) * ms:.2f} ms, p99 {percentile(theirs, 99) * ms:.2f} ms"
    )


def main(argv: list[str]) -> int:
    """Print the per-corpus table (and, with --failures, every case not understood)."""
    args = [a for a in argv if not a.startswith("--")]
    where = args[0] if args else os.environ.get("DUCKLING_DIR", "")
    root = Path(where) if where else None
    if root is None or not root.exists():
        print(HOW_TO_GET)
        return 0
    from bot.understanding import warm_up

    warm_up()
    cases = load(root)
    ours, theirs, misses = score(cases)
    print(
        f"{len(cases)} forward-looking cases from Duckling's corpora, reference Tue 2013-02-12 04:30 "
        'UTC-2, each as "Ringer igen {phrase}." / "Call back {phrase}."\n'
    )
    print(table(ours, theirs))
    if "--speed" in argv:
        print("\n" + speed(cases))
    if "--failures" in argv:
        from bot.understanding import parse

        print()
        for verdict, case in sorted(misses, key=lambda vc: (vc[1].corpus, vc[0], vc[1].line)):
            r = parse(case.text, now=case.now, tz=TZ_NAME)
            got = (
                f"{r.followups[0].due.astimezone(TZ):%a %Y-%m-%d %H:%M}{' all-day' if r.followups[0].all_day else ''}"
                if r.followups
                else "-"
            )
            want = f"{case.start:%a %Y-%m-%d %H:%M} {case.grain} {case.form}"
            print(
                f"{case.corpus:11} {verdict:11} L{case.line:<5} {case.phrase!r:42} want {want:38} got {got}"
                f"{'  unresolved=' + repr(r.unresolved) if r.unresolved else ''}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
