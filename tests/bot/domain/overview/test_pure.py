"""The overview's plain functions: totals, choosing a match, due buckets, losing touch, CSV, parsing."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from bot.domain.charts import PNG_SIGNATURE, ChartTexts, ProgressBar, report_chart
from bot.domain.overview.campaigns import parse_amount, split_campaign_and_partner, trailing_goal
from bot.domain.overview.due import OVERDUE, TODAY, WEEK, bucket_of, due_buckets
from bot.domain.overview.export import csv_safe, to_csv
from bot.domain.overview.listing import ListFilter, parse_list_filter
from bot.domain.overview.report import losing_touch
from bot.domain.overview.status import choose
from bot.domain.overview.totals import pledge_totals
from bot.domain.people import Actor
from handlers.due import parse_scope
from handlers.report import parse_report_args
from handlers.shared import formatting as fmt
from storage.models import PartnerKind, Stage
from storage.scope import Workspace
from storage.search import Match

CPH = "Europe/Copenhagen"
NOW = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)  # Wednesday 10:00 in Copenhagen


def pledge(
    kind: str,
    status: str,
    amount: int | None = None,
    quantity: int | None = None,
    what: str | None = None,
    value: int | None = None,
):
    return SimpleNamespace(kind=kind, status=status, amount_dkk=amount, quantity=quantity, what=what, value_dkk=value)


def test_in_kind_value_is_summed_apart_from_cash() -> None:
    totals = pledge_totals(
        [
            pledge("money", "verbal", 25000),
            pledge("products", "delivered", quantity=180, what="bamser", value=9000),
            pledge("books", "confirmed_email", quantity=40, what="bøger", value=4000),
            pledge("products", "proposed", value=500),
            pledge("products", "declined", quantity=5, value=700),
        ]
    )
    assert (totals.pledged_dkk, totals.in_kind_dkk, totals.in_kind_delivered_dkk) == (25000, 13000, 9000)


def test_money_in_other_currencies_is_counted_in_its_own_and_never_as_kroner() -> None:
    totals = pledge_totals(
        [
            pledge("money", "verbal", 10_000),
            pledge("money", "contract_signed", what="GBP 2000"),
            pledge("money", "delivered", what="GBP 500"),
            pledge("money", "verbal", what="USD 1500.00"),
            pledge("money", "proposed", what="EUR 900"),  # asked, not pledged
            pledge("money", "declined", what="GBP 7000"),
        ]
    )
    assert (totals.pledged_dkk, totals.in_writing_dkk, totals.delivered_dkk) == (10_000, 0, 0)
    assert totals.other_currencies == {"GBP": (2500, 2500, 500), "USD": (1500, 0, 0)}
    assert fmt.pledged_elsewhere(totals, "en") == " + GBP 2,500 + USD 1,500"
    line = fmt.other_currencies(totals, "da")
    assert line is not None and "GBP 2.500 + USD 1.500" in line and "leveret: GBP 500 + USD 0" in line
    assert fmt.other_currencies(pledge_totals([pledge("money", "verbal", 5)]), "en") is None


def test_pledge_totals_separate_asked_pledged_written_and_delivered() -> None:
    totals = pledge_totals(
        [
            pledge("money", "proposed", 5_000),
            pledge("money", "verbal", 20_000),
            pledge("money", "confirmed_email", 10_000),
            pledge("money", "delivered", 7_500),
            pledge("money", "declined", 99_000),
            pledge("products", "verbal", quantity=180, what="læsebamser"),
            pledge("products", "contract_signed", quantity=20, what="læsebamser"),
            pledge("books", "proposed", quantity=50, what="bøger"),
        ]
    )
    assert totals.asked_dkk == 5_000
    assert totals.pledged_dkk == 37_500
    assert totals.in_writing_dkk == 17_500
    assert totals.delivered_dkk == 7_500
    assert totals.items == {("products", "læsebamser"): 200}
    assert totals.not_in_writing == 2


def m(name: str, score: float, how: str, pid: int) -> Match:
    return Match(SimpleNamespace(id=pid, name=name), score, name, how)  # type: ignore[arg-type]


def test_choose_shows_an_exact_or_clear_match_and_asks_otherwise() -> None:
    exact = m("Danske Bank Greve", 1.0, "exact", 1)
    assert choose([exact, m("Danske Bank Roskilde", 0.91, "prefix", 2)]) is exact
    # Two prefixes that fit about as well: the person picks.
    assert choose([m("Danske Bank Greve", 0.918, "prefix", 1), m("Danske Bank Roskilde", 0.915, "prefix", 2)]) is None
    # A typo's best guess is never shown as if it were certain.
    assert choose([m("Saxo", 0.6, "fuzzy", 3)]) is None
    single = m("FOA SOSU", 0.92, "prefix", 4)
    assert choose([single]) is single
    assert choose([]) is None


def test_buckets_follow_the_readers_calendar_day() -> None:
    # 23:30 UTC on Wednesday is already Thursday 00:30 in Copenhagen: not today.
    late = datetime(2026, 3, 11, 23, 30, tzinfo=UTC)
    assert bucket_of(late, False, now=NOW, tz=CPH) == WEEK
    assert bucket_of(late, False, now=NOW, tz="UTC") == TODAY
    assert bucket_of(NOW - timedelta(minutes=1), False, now=NOW, tz=CPH) == OVERDUE
    # All-day today (stored as local midnight) is today, not overdue, though midnight has passed.
    today_all_day = datetime(2026, 3, 11, tzinfo=ZoneInfo(CPH))
    assert bucket_of(today_all_day, True, now=NOW, tz=CPH, due_tz=CPH) == TODAY
    assert bucket_of(today_all_day - timedelta(days=1), True, now=NOW, tz=CPH, due_tz=CPH) == OVERDUE
    assert bucket_of(today_all_day + timedelta(days=7), True, now=NOW, tz=CPH, due_tz=CPH) == WEEK
    assert bucket_of(today_all_day + timedelta(days=8), True, now=NOW, tz=CPH, due_tz=CPH) is None


def test_snoozed_follow_ups_are_placed_by_their_snooze_time() -> None:
    f = SimpleNamespace(
        id=1,
        partner_id=7,
        status="snoozed",
        due_at=NOW - timedelta(days=2),
        all_day=False,
        due_tz=CPH,
        snoozed_until=NOW + timedelta(days=1),
    )
    g = SimpleNamespace(
        id=2,
        partner_id=None,
        status="open",
        due_at=NOW - timedelta(hours=1),
        all_day=False,
        due_tz=CPH,
        snoozed_until=None,
    )
    buckets = due_buckets([f, g], {7: "Saxo"}, now=NOW, tz=CPH)
    assert [i.followup.id for i in buckets.overdue] == [2]
    assert [i.followup.id for i in buckets.week] == [1]
    assert buckets.week[0].partner_name == "Saxo"
    assert len(buckets) == 2


def partner(pid: int, name: str, stage: Stage):
    return SimpleNamespace(id=pid, name=name, stage=stage)


def test_losing_touch_only_counts_partners_we_are_in_touch_with() -> None:
    partners = [
        partner(1, "Quiet Bank", Stage.INTERESTED),
        partner(2, "Fresh Union", Stage.ACTIVE),
        partner(3, "Never Called", Stage.CONTACTED),
        partner(4, "Old Prospect", Stage.PROSPECT),
        partner(5, "Said No", Stage.DECLINED),
    ]
    last = {
        1: NOW - timedelta(days=45),
        2: NOW - timedelta(days=3),
        4: NOW - timedelta(days=300),
        5: NOW - timedelta(days=300),
    }
    found = losing_touch(partners, last, now=NOW, days=30)
    assert [(lt.partner.name, lt.days) for lt in found] == [("Never Called", None), ("Quiet Bank", 45)]
    assert [lt.partner.name for lt in losing_touch(partners, last, now=NOW, days=60)] == ["Never Called"]


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised() -> None:
    assert csv_safe('=HYPERLINK("http://evil")') == '\'=HYPERLINK("http://evil")'
    assert csv_safe("+45 12 34 56 78") == "'+45 12 34 56 78"
    assert csv_safe("-1+1") == "'-1+1"
    assert csv_safe("@SUM(A1)") == "'@SUM(A1)"
    assert csv_safe("Brønshøj Bibliotek") == "Brønshøj Bibliotek"
    assert csv_safe(20000) == 20000
    assert csv_safe(None) == ""


@pytest.mark.parametrize(("lang", "delimiter"), [("da", ";"), ("en", ",")])
def test_csv_is_utf8_with_bom_and_parses_back(lang: str, delimiter: str) -> None:
    data = to_csv(["Partner", "Note"], [["Ærø Æbler; Å/S", "=1+1"], ["Saxo", "10.000, tak"]], lang=lang)
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=delimiter))
    assert rows == [["Partner", "Note"], ["Ærø Æbler; Å/S", "'=1+1"], ["Saxo", "10.000, tak"]]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("100.000", 100_000),
        ("100000 kr.", 100_000),
        ("kr. 20.000", 20_000),
        ("1,5 mio", 1_500_000),
        ("40k", 40_000),
        ("40,000 DKK", 40_000),
        ("20.000,-", 20_000),
        ("lots", None),
    ],
)
def test_parse_amount(text: str, amount: int | None) -> None:
    assert parse_amount(text) == amount


@pytest.mark.parametrize(
    ("text", "split"),
    [
        ("Læs for mig 100000", ("Læs for mig", 100_000)),
        ("Sommer 50.000 kr.", ("Sommer", 50_000)),
        ("Winter reading DKK 25,000", ("Winter reading", 25_000)),
        ("Julekalender 40k", ("Julekalender", 40_000)),
        ("Sommerbogen 2027", None),  # a year is part of the name
        ("Top 100", None),  # too small to be a goal
        ("Læs for mig", None),
    ],
)
def test_a_goal_typed_after_the_campaign_name_without_the_word_goal(text: str, split: tuple | None) -> None:
    assert trailing_goal(text) == split


def campaign(cid: int, name: str):
    return SimpleNamespace(id=cid, name=name)


def test_campaign_and_partner_split_prefers_the_longest_campaign_name() -> None:
    campaigns = [campaign(1, "Læs for mig"), campaign(2, "Læs")]
    c, rest = split_campaign_and_partner(campaigns, "læs for mig Danske Bank Greve")  # type: ignore[misc]
    assert (c.id, rest) == (1, "Danske Bank Greve")
    c, rest = split_campaign_and_partner(campaigns, "Læs Saxo")  # type: ignore[misc]
    assert (c.id, rest) == (2, "Saxo")
    assert split_campaign_and_partner(campaigns, "Sommerbog Saxo") is None


def test_list_filter_reads_stages_kinds_and_campaigns_in_both_languages() -> None:
    campaigns = [campaign(1, "Læs for mig")]
    assert parse_list_filter("", campaigns) == ListFilter()
    assert parse_list_filter("interesseret", campaigns).stage is Stage.INTERESTED  # type: ignore[union-attr]
    assert parse_list_filter("Interested", campaigns).stage is Stage.INTERESTED  # type: ignore[union-attr]
    assert parse_list_filter("fagforening", campaigns).kind is PartnerKind.UNION  # type: ignore[union-attr]
    assert parse_list_filter("municipal department", campaigns).kind is PartnerKind.MUNICIPAL_DEPARTMENT  # type: ignore[union-attr]
    assert parse_list_filter("læs for mig", campaigns).campaign.id == 1  # type: ignore[union-attr]
    assert parse_list_filter("nonsense words", campaigns) is None


def test_due_scope_reads_escaped_mentions_and_all() -> None:
    actor = Actor(ws=Workspace("T1"), user_id="U0ME", lang="en", tz=CPH)
    assert parse_scope("", actor) == "U0ME"
    assert parse_scope("<@U0BEN|ben>", actor) == "U0BEN"
    assert parse_scope("<@W0GRID>", actor) == "W0GRID"
    assert parse_scope("alle", actor) == "all"
    assert parse_scope("@ben", actor) is None


def test_report_args_take_an_optional_day_threshold() -> None:
    assert parse_report_args("Læs for mig 45 dage") == ("Læs for mig", 45)
    assert parse_report_args("60d") == ("", 60)
    assert parse_report_args("Læs for mig") == ("Læs for mig", 30)


def test_report_chart_is_a_png() -> None:
    texts = ChartTexts("Progress", "Stages", "delivered", "in writing", "verbal", "goal", "DKK", "partners")
    png = report_chart(
        [ProgressBar("Læs for mig", 10_000, 30_000, 45_000, 100_000), ProgressBar("Sommer", 0, 0, 0, None)],
        [("prospect", 4), ("active", 2)],
        texts,
    )
    assert png.startswith(PNG_SIGNATURE) and len(png) > 5_000
    assert report_chart([], [], texts).startswith(PNG_SIGNATURE)
