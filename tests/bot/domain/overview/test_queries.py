"""The overview over a seeded database, on SQLite and PostgreSQL: status, due, list, report, export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from sqlalchemy.orm import Session

from bot.domain.overview.due import due_overview
from bot.domain.overview.export import export_table, public_sponsor_table, to_csv
from bot.domain.overview.home import home_data
from bot.domain.overview.listing import ListFilter, list_page
from bot.domain.overview.report import build_report
from bot.domain.overview.status import lookup_partner, status_summary
from storage.campaigns import get_campaign
from storage.followups import complete_followup
from storage.interactions import log_interaction
from storage.models import FollowUpAction, InteractionKind, Stage
from storage.scope import Workspace
from tests.bot.domain.overview.seed import (
    ANNA,
    BEN,
    CARL,
    CPH,
    FORMULA_NOTE,
    HOSTILE,
    Seeded,
    seed_library,
    seed_other_workspace,
)

NOW = datetime(2026, 3, 11, 9, 0, tzinfo=UTC)


@pytest.fixture
def seeded(session_factory, ws: Workspace, ws_b: Workspace) -> Seeded:
    with session_factory.begin() as session:
        seed_other_workspace(session, ws_b, NOW)
        return seed_library(session, ws, NOW)


@pytest.fixture
def db(session_factory) -> Session:
    with session_factory() as session:
        yield session


def test_status_gathers_people_agreements_followups_permissions_and_history(db, ws, seeded) -> None:
    lookup = lookup_partner(db, ws=ws, query="db greve")  # an alias, typed loosely
    assert lookup.chosen is not None and lookup.chosen.partner.id == seeded.partners["danske"]
    summary = status_summary(db, ws=ws, partner_id=seeded.partners["danske"], now=NOW)
    st = summary.status
    assert [c.name for c in st.contacts] == ["Lars Jensen", "Mette Holm"]  # decision maker first
    assert summary.totals.pledged_dkk == 20_000 and summary.totals.in_writing_dkk == 0
    assert summary.totals.items == {("products", "læsebamser"): 180}
    assert [grantor.name for _, grantor in st.pending_permissions] == ["SOF Greve Kommune"]
    assert st.days_since_last_contact == 3
    assert [f.text for f in st.open_followups] == ["Ring til Lars om kontrakten"]


def test_lookup_is_accent_and_case_insensitive_and_asks_between_near_twins(db, ws, seeded) -> None:
    assert lookup_partner(db, ws=ws, query="AERO aeblemost").chosen.partner.id == seeded.partners["aero"]
    twins = lookup_partner(db, ws=ws, query="danske bank")
    assert twins.chosen is None
    assert {m.partner.name for m in twins.candidates} == {"Danske Bank Greve", "Danske Bank Roskilde"}
    assert lookup_partner(db, ws=ws, query="Nørrebro Zoo").candidates == []


def test_status_of_another_workspaces_partner_is_none(db, ws_b, seeded) -> None:
    assert status_summary(db, ws=ws_b, partner_id=seeded.partners["danske"], now=NOW) is None


def test_due_buckets_per_owner_stay_in_the_workspace(db, ws, seeded) -> None:
    mine = due_overview(db, ws=ws, owner_user_id=ANNA, now=NOW, tz=CPH)
    assert [i.followup.id for i in mine.overdue] == [seeded.followups["overdue"]]
    assert [i.followup.id for i in mine.today] == [seeded.followups["today"]]
    assert [i.followup.id for i in mine.week] == [seeded.followups["week"]]
    bens = due_overview(db, ws=ws, owner_user_id=BEN, now=NOW, tz=CPH)
    assert [i.followup.text for i in bens.items()] == ["Bens opgave med Saxo"]
    team = due_overview(db, ws=ws, owner_user_id=None, now=NOW, tz=CPH)
    assert len(team) == 3 + 1 + 20
    assert all("Fremmed" not in (i.followup.text or "") for i in team.items())
    complete_followup(db, ws=ws, followup_id=seeded.followups["overdue"])
    assert due_overview(db, ws=ws, owner_user_id=ANNA, now=NOW, tz=CPH).overdue == []


def test_list_pages_with_last_contact_and_next_followup(db, ws, seeded) -> None:
    first = list_page(db, ws=ws, flt=ListFilter(), offset=0, limit=30)
    assert first.total == 8 + 32 and len(first.rows) == 30 and first.next_offset == 30
    second = list_page(db, ws=ws, flt=ListFilter(), offset=30, limit=30)
    assert len(second.rows) == 10 and second.next_offset is None
    names = [r.partner.name for r in first.rows + second.rows]
    assert len(set(names)) == 40  # no partner on two pages, none left out
    danske = next(r for r in first.rows + second.rows if r.partner.name == "Danske Bank Greve")
    assert (NOW - danske.last_contact).days == 3
    assert danske.next_followup.id == seeded.followups["overdue"]
    interested = list_page(db, ws=ws, flt=ListFilter(stage=Stage.INTERESTED), limit=100)
    assert interested.rows and all(r.partner.stage is Stage.INTERESTED for r in interested.rows)
    sommer = get_campaign(db, ws=ws, campaign_id=seeded.campaigns["sommer"])
    in_sommer = list_page(db, ws=ws, flt=ListFilter(campaign=sommer), limit=100)
    assert in_sommer.total == 1 + 16  # Saxo and the odd-numbered workplaces


def test_campaign_report_totals_and_attention_lists(db, ws, seeded) -> None:
    laes = get_campaign(db, ws=ws, campaign_id=seeded.campaigns["laes"])
    report = build_report(db, ws=ws, campaign=laes, now=NOW)
    totals = report.progress.totals
    assert (totals.pledged_dkk, totals.in_writing_dkk, totals.delivered_dkk) == (35_000, 5_000, 5_000)
    assert report.progress.share == pytest.approx(0.35)
    # Saxo's books were logged without a campaign; Saxo takes part, so they count here.
    assert totals.items == {
        ("products", "læsebamser"): 180,
        ("products", "flasker æblemost"): 50,
        ("books", "bøger"): 200,
    }
    assert {p.name for _, p in report.not_in_writing} == {"Danske Bank Greve", "FOA SOSU"}
    # Danske's call has no e-mail after it; Saxo's was confirmed the next day (and Brugsen's is too old).
    assert [p.name for _, p in report.unconfirmed_calls] == ["Danske Bank Greve"]
    # Never contacted first, then the longest silence; Danske (3 days) and Saxo (4) are fine.
    assert [(lt.partner.name, lt.days) for lt in report.losing_touch] == [
        ("Ærø Æblemost", None),
        ("Brugsen Tune", 90),
        ("FOA SOSU", 45),
    ]
    assert report.stages[Stage.ACTIVE] == 3  # Brugsen, Saxo, Ærø
    # Logging the confirming e-mail takes the call off the list.
    log_interaction(
        db,
        ws=ws,
        kind=InteractionKind.EMAIL,
        logged_by=ANNA,
        partner_id=seeded.partners["danske"],
        occurred_at=NOW,
        raw_text="Opsummering sendt",
    )
    assert build_report(db, ws=ws, campaign=laes, now=NOW).unconfirmed_calls == []


def test_a_partner_called_twice_without_an_email_is_listed_once_by_its_latest_call(db, ws, seeded) -> None:
    laes = get_campaign(db, ws=ws, campaign_id=seeded.campaigns["laes"])
    later = log_interaction(
        db,
        ws=ws,
        kind=InteractionKind.CALL,
        logged_by=ANNA,
        partner_id=seeded.partners["danske"],
        occurred_at=NOW,
        raw_text="Ringede igen, Lars var ikke inde",
    )
    calls = build_report(db, ws=ws, campaign=laes, now=NOW).unconfirmed_calls
    assert [(c.id, p.name) for c, p in calls] == [(later.id, "Danske Bank Greve")]


def test_workspace_report_lists_every_campaign_and_ignores_other_workspaces(db, ws, seeded) -> None:
    report = build_report(db, ws=ws, campaign=None, now=NOW, stale_days=30)
    assert [cp.campaign.name for cp in report.campaigns] == ["Bogstart", "Sommerbogen 2026", "Læs for mig"]
    assert report.progress.totals.pledged_dkk == 35_000  # the other workspace's 999.000 is not here
    assert sum(report.stages.values()) == 40


def test_export_rows_and_the_public_list(db, ws, seeded) -> None:
    header, rows = export_table(db, ws=ws, campaign=None, tz=CPH, lang="da")
    assert header[:3] == ["Række", "Partner", "Type"]
    types = {r[0] for r in rows}
    assert types == {"partner", "kontakt", "aftale", "opfølgning"}
    lund = next(r for r in rows if r[1] == HOSTILE and r[0] == "partner")
    data = to_csv(header, rows, lang="da").decode("utf-8-sig")
    parsed = list(csv.reader(io.StringIO(data), delimiter=";"))
    assert "'" + FORMULA_NOTE in [row[-1] for row in parsed]
    assert lund[-1] == FORMULA_NOTE  # neutralised when written, not in the data
    pub_header, pub = public_sponsor_table(db, ws=ws, campaign=None, lang="da")
    names = [r[0] for r in pub]
    assert "Brugsen Tune" not in names and "FOA SOSU" not in names  # no publicity, ask first
    assert set(names) == {"Danske Bank Greve", "Saxo", "Ærø Æblemost"}  # public and pledged
    assert pub_header == ["Partner", "Type", "Kampagner", "Støtter med"]


def test_home_data_shows_my_followups_recent_logs_and_campaigns(db, ws, seeded) -> None:
    data = home_data(db, ws=ws, user_id=ANNA, now=NOW, tz=CPH)
    assert len(data.due) == 3
    assert data.recent[0][1] == "Danske Bank Greve"
    assert {cp.campaign.name for cp in data.campaigns} == {"Læs for mig", "Sommerbogen 2026", "Bogstart"}
    assert CARL not in {i.followup.owner_user_id for i in data.due.items()}
    assert FollowUpAction.EMAIL in {i.followup.action for i in data.due.items()}
