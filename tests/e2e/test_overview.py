"""Status, due, list, campaigns, report, export and the App Home over the real wire, with a seeded library."""

from __future__ import annotations

import csv
import io
import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.orm import Session, sessionmaker

from bot.domain.charts import PNG_SIGNATURE
from bot.offline.fakeslack import Call, Fault
from handlers.ids import DUE_DONE, DUE_MORE, DUE_SNOOZE, LOG_OPEN_FOR_PARTNER
from handlers.listing import LIST_MORE
from handlers.status import STATUS_SHOW, STATUS_SHOW_ANY
from storage.campaigns import campaigns_of
from storage.db import make_engine, make_session_factory, normalize_database_url
from storage.followups import create_followup, get_followup
from storage.models import FollowUpAction, FollowUpStatus, Publicity
from storage.partners import get_partner
from storage.scope import Workspace
from tests.bot.domain.overview.seed import (
    FORMULA_NOTE,
    HOSTILE,
    Seeded,
    seed_library,
    seed_other_workspace,
)
from tests.e2e import wire
from tests.e2e.conftest import ANNA, BEN, TEAM, Server
from tests.e2e.payloads import block_action
from tests.support.blockcheck import VIEW_BLOCK_LIMIT, assert_valid_blocks

pytestmark = pytest.mark.e2e

WS = Workspace(TEAM)
OTHER = Workspace("T0OTHERLIB")
# The budget for answering from the database before the ack (Slack's own limit is 3 s).
ANSWER_BUDGET = 1.0


@dataclass
class Library:
    """The seeded workspace and a session factory on the server's database."""

    seeded: Seeded
    other_partner: int
    sessions: sessionmaker[Session]


@pytest.fixture(scope="module")
def library(server: Server) -> Iterator[Library]:
    engine = make_engine(normalize_database_url(server.db_url))
    sessions = make_session_factory(engine)
    now = datetime.now(UTC)
    with sessions.begin() as session:
        other = seed_other_workspace(session, OTHER, now)
        seeded = seed_library(session, WS, now)
    yield Library(seeded, other, sessions)
    engine.dispose()


def blocks_of(reply: wire.Reply) -> list[dict[str, Any]]:
    return reply.json().get("blocks", [])


def mrkdwn_texts(blocks: list[dict[str, Any]]) -> list[str]:
    """Every mrkdwn string in the blocks (where Slack would act on <!channel> and links)."""
    out = []
    for block in blocks:
        for obj in [block.get("text"), *(block.get("elements") or []), *(block.get("fields") or [])]:
            if isinstance(obj, dict) and obj.get("type") == "mrkdwn":
                out.append(obj["text"])
    return out


def elements(blocks: list[dict[str, Any]], action_id: str | re.Pattern[str]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        for el in [*(block.get("elements") or []), block.get("accessory") or {}]:
            aid = el.get("action_id") or ""
            if aid == action_id if isinstance(action_id, str) else action_id.fullmatch(aid):
                found.append(el)
    return found


def click(server: Server, payload: dict[str, Any]) -> wire.Reply:
    body = wire.interactive(payload)
    reply = server.post(body, wire.signed(server.secret, body))
    assert reply.status == 200
    return reply


def button(server: Server, action_id: str, value: str, key: str, user: str = ANNA.id) -> None:
    click(
        server,
        block_action(
            team_id=TEAM, user_id=user, action_id=action_id, value=value, response_url=server.fake.response_url(key)
        ),
    )


def wait_response(server: Server, key: str) -> Call:
    method = f"response_url:{key}"
    assert server.fake.wait_for(lambda calls: any(c.method == method for c in calls), timeout=10)
    return server.fake.calls_to(method)[-1]


def all_text(blocks: list[dict[str, Any]]) -> str:
    return json.dumps(blocks, ensure_ascii=False)


# ----- status --------------------------------------------------------------------------------


def test_status_shows_where_we_stand(server: Server, library: Library) -> None:
    reply = server.command("status db greve")  # an alias, lower case, partial
    assert reply.status == 200 and reply.seconds < ANSWER_BUDGET
    blocks = blocks_of(reply)
    assert_valid_blocks(blocks)
    text = all_text(blocks)
    assert blocks[0]["text"]["text"] == "Danske Bank Greve"
    for expected in (
        "mundtlig aftale",
        "Lars Jensen",
        "direktør",
        "beslutningstager",
        "20.000 kr.",
        "kun mundtligt",
        "180 læsebamser",
        "skriftligt",
        "SOF Greve Kommune",
        "<@U0ANNA>",
        "Ring til Lars om kontrakten",
        "for 3 dage siden",
        "Læs for mig",
        "DB Greve",
        "<!date^",
    ):
        assert expected in text, expected
    assert [b["value"] for b in elements(blocks, LOG_OPEN_FOR_PARTNER)] == [str(library.seeded.partners["danske"])]


def test_status_in_english_for_an_english_user(server: Server, library: Library) -> None:
    text = server.command("status saxo", user=BEN.id).text
    assert "*Stage:* active" in text and "200 bøger" in text and "contract signed" in text


def test_no_publicity_is_shown_prominently_and_log_text_is_escaped(server: Server, library: Library) -> None:
    blocks = blocks_of(server.command("status brugsen tune"))
    assert "INGEN OMTALE" in blocks[1]["text"]["text"]
    texts = "\n".join(mrkdwn_texts(blocks))
    assert "&lt;b&gt;nogen steder&lt;/b&gt;" in texts and "<b>" not in texts


def test_a_hostile_partner_name_pings_nobody(server: Server, library: Library) -> None:
    blocks = blocks_of(server.command("status lund co"))
    assert_valid_blocks(blocks)
    texts = "\n".join(mrkdwn_texts(blocks))
    assert "<!channel>" not in texts
    assert blocks[0]["text"]["type"] == "plain_text" and blocks[0]["text"]["text"] == HOSTILE


def test_several_matches_offer_a_choice_and_a_button_shows_that_status(server: Server, library: Library) -> None:
    reply = server.command("status danske bank")
    blocks = blocks_of(reply)
    assert_valid_blocks(blocks)
    choices = elements(blocks, STATUS_SHOW_ANY)
    assert {c["text"]["text"] for c in choices} == {"Danske Bank Greve", "Danske Bank Roskilde"}
    assert len({c["action_id"] for c in choices}) == len(choices)  # Slack refuses repeats in a block
    roskilde = next(c for c in choices if c["text"]["text"] == "Danske Bank Roskilde")
    button(server, roskilde["action_id"], roskilde["value"], "status-choice")
    answer = wait_response(server, "status-choice")
    assert answer.args["replace_original"] is True
    assert answer.args["blocks"][0]["text"]["text"] == "Danske Bank Roskilde"
    assert "kontaktet" in all_text(answer.args["blocks"])


def test_no_match_says_so_and_shows_how_to_log_the_first_contact(server: Server, library: Library) -> None:
    blocks = blocks_of(server.command("status Nørrebro Zoo"))
    text = all_text(blocks)
    assert "Jeg kender ingen partner, der hedder “Nørrebro Zoo”" in text
    assert "/partner log Nørrebro Zoo" in text and "Log til partner" in text
    assert not elements(blocks, LOG_OPEN_FOR_PARTNER)


def test_a_forged_partner_id_from_another_workspace_is_refused(server: Server, library: Library) -> None:
    button(server, STATUS_SHOW, str(library.other_partner), "status-forged")
    answer = wait_response(server, "status-forged")
    assert "findes ikke længere" in answer.args["text"]
    assert "Fremmed" not in json.dumps(answer.args)


# ----- due -----------------------------------------------------------------------------------


def test_due_shows_my_followups_by_urgency(server: Server, library: Library) -> None:
    reply = server.command("due")
    assert reply.seconds < ANSWER_BUDGET
    blocks = blocks_of(reply)
    assert_valid_blocks(blocks)
    text = all_text(blocks)
    order = [
        text.index(s)
        for s in (
            "Overskredet",
            "Ring til Lars om kontrakten",
            "I dag",
            "Send referat til FOA",
            "Denne uge",
            "Møde med Saxo",
        )
    ]
    assert order == sorted(order)
    assert "Langt ude i fremtiden" not in text  # beyond the week
    assert "Bens opgave" not in text and "Fremmed" not in text
    assert elements(blocks, DUE_DONE) and elements(blocks, DUE_SNOOZE)


def test_due_for_a_colleague_reads_the_escaped_mention_and_stays_in_the_workspace(
    server: Server, library: Library
) -> None:
    text = server.command("due <@U0BEN|ben>").text
    assert "Bens opgave med Saxo" in text and "<@U0BEN>" in text
    assert "Fremmed opgave" not in text  # Ben's follow-up in another workspace
    assert "Ring til Lars" not in text


def test_due_for_the_team_pages_with_show_more(server: Server, library: Library) -> None:
    blocks = blocks_of(server.command("due alle"))
    assert_valid_blocks(blocks)
    more = elements(blocks, DUE_MORE)
    assert [m["value"] for m in more] == ["all|15"]
    first = all_text(blocks)
    assert len(elements(blocks, DUE_DONE)) == 15 and "<@U0CARL>" in first
    button(server, DUE_MORE, more[0]["value"], "due-more")
    answer = wait_response(server, "due-more")
    assert answer.args["replace_original"] is False
    assert_valid_blocks(answer.args["blocks"])
    assert "Viser 16–" in all_text(answer.args["blocks"]) or not elements(answer.args["blocks"], DUE_MORE)
    second_ids = {e["value"].split("|")[0] for e in elements(answer.args["blocks"], DUE_DONE)}
    first_ids = {e["value"].split("|")[0] for e in elements(blocks, DUE_DONE)}
    assert second_ids and not second_ids & first_ids


def _new_followup(library: Library, text: str) -> int:
    with library.sessions.begin() as session:
        f = create_followup(
            session,
            ws=WS,
            action=FollowUpAction.CALL,
            owner_user_id=ANNA.id,
            due_at=datetime.now(UTC) - timedelta(hours=2),
            due_tz="Europe/Copenhagen",
            partner_id=library.seeded.partners["saxo"],
            text=text,
        )
        return f.id


def test_done_marks_it_done_redraws_the_list_and_the_home(server: Server, library: Library) -> None:
    fid = _new_followup(library, "Done-test: ring til Saxo")
    blocks = blocks_of(server.command("due"))
    value = next(e["value"] for e in elements(blocks, DUE_DONE) if e["value"].startswith(f"{fid}|"))
    server.fake.clear()
    button(server, DUE_DONE, value, "due-done")
    answer = wait_response(server, "due-done")
    assert answer.args["replace_original"] is True
    redrawn = all_text(answer.args["blocks"])
    assert "Klaret" in redrawn and "Ring til Lars om kontrakten" in redrawn
    assert f'"{fid}|' not in redrawn  # the done one has no buttons any more
    with library.sessions() as session:
        assert get_followup(session, ws=WS, followup_id=fid).status is FollowUpStatus.DONE
    assert server.fake.wait_for(
        lambda calls: any(c.method == "views.publish" and c.args.get("user_id") == ANNA.id for c in calls)
    )


def test_snooze_moves_it_to_tomorrow_morning(server: Server, library: Library) -> None:
    fid = _new_followup(library, "Snooze-test: ring til Saxo")
    blocks = blocks_of(server.command("due"))
    select = next(e for e in elements(blocks, DUE_SNOOZE) if e["options"][0]["value"].startswith(f"{fid}|"))
    option = next(o for o in select["options"] if "|tomorrow|" in o["value"])
    payload = block_action(
        team_id=TEAM,
        user_id=ANNA.id,
        action_id=DUE_SNOOZE,
        value="",
        response_url=server.fake.response_url("due-snooze"),
    )
    payload["actions"] = [
        {
            "type": "static_select",
            "action_id": DUE_SNOOZE,
            "block_id": "b1",
            "selected_option": option,
            "action_ts": f"{time.time():.6f}",
        }
    ]
    click(server, payload)
    answer = wait_response(server, "due-snooze")
    assert "Udsat" in all_text(answer.args["blocks"])
    with library.sessions() as session:
        f = get_followup(session, ws=WS, followup_id=fid)
        assert f.status is FollowUpStatus.SNOOZED
        local = f.snoozed_until.astimezone(ZoneInfo("Europe/Copenhagen"))
        today = datetime.now(ZoneInfo("Europe/Copenhagen")).date()
        assert (local.date(), local.hour, local.minute) == (today + timedelta(days=1), 9, 0)


def test_done_on_another_workspaces_followup_changes_nothing(server: Server, library: Library) -> None:
    with library.sessions.begin() as session:
        foreign = create_followup(
            session,
            ws=OTHER,
            action=FollowUpAction.CALL,
            owner_user_id=ANNA.id,
            due_at=datetime.now(UTC),
            text="Fremmed",
        )
        fid = foreign.id
    button(server, DUE_DONE, f"{fid}|{ANNA.id}|0", "due-forged")
    assert "findes ikke længere" in wait_response(server, "due-forged").args["text"]
    with library.sessions() as session:
        assert get_followup(session, ws=OTHER, followup_id=fid).status is FollowUpStatus.OPEN


# ----- list ----------------------------------------------------------------------------------


def test_list_pages_through_every_partner(server: Server, library: Library) -> None:
    reply = server.command("list")
    assert reply.seconds < ANSWER_BUDGET
    blocks = blocks_of(reply)
    assert_valid_blocks(blocks)
    first = "\n".join(mrkdwn_texts(blocks))
    assert first.count("• *") == 30 and "Viser 1–30 af 40" in first
    more = elements(blocks, LIST_MORE)
    assert [m["value"] for m in more] == ["30|"]
    button(server, LIST_MORE, more[0]["value"], "list-more")
    answer = wait_response(server, "list-more")
    second = "\n".join(mrkdwn_texts(answer.args["blocks"]))
    assert second.count("• *") == 10 and "Viser 31–40 af 40" in second
    assert not elements(answer.args["blocks"], LIST_MORE)
    assert "Danske Bank Greve* — mundtlig aftale" in first + second
    assert "næste: Ring" in first + second and "sidst: <!date^" in first + second


def test_list_by_stage_kind_and_campaign(server: Server, library: Library) -> None:
    interested = "\n".join(mrkdwn_texts(blocks_of(server.command("liste interesseret"))))
    assert "FOA SOSU" in interested and "Saxo" not in interested
    unions = "\n".join(mrkdwn_texts(blocks_of(server.command("list union", user=BEN.id))))
    assert "*Partners: union* (1)" in unions and "FOA SOSU" in unions
    sommer = "\n".join(mrkdwn_texts(blocks_of(server.command("list sommerbogen 2026"))))
    assert "*Partnere: Sommerbogen 2026* (17)" in sommer
    assert "hverken en fase" in server.command("list blåbær").text


# ----- campaigns -----------------------------------------------------------------------------


def test_campaign_add_list_and_join(server: Server, library: Library) -> None:
    created = server.command("kampagne opret Vinterlæsning mål 25.000").text
    assert "Kampagnen *Vinterlæsning* er oprettet med et mål på 25.000 kr." in created
    assert "kr.." not in created  # one stop ends the sentence
    assert "findes allerede" in server.command("campaign add vinterlæsning").text
    listed = server.command("kampagne liste").text
    assert "Vinterlæsning" in listed and "Læs for mig" in listed and "100.000 kr." in listed
    assert "*Saxo* er nu med i *Vinterlæsning*" in server.command("kampagne tilmeld Vinterlæsning saxo").text
    with library.sessions() as session:
        names = {c.name for c in campaigns_of(session, ws=WS, partner_id=library.seeded.partners["saxo"])}
    assert "Vinterlæsning" in names
    assert "Jeg kender ingen kampagne" in server.command("kampagne tilmeld Forår saxo").text
    # A goal typed after the name, and one campaign shown by its name.
    assert "med et mål på 40.000 kr." in server.command("kampagne opret Forårslæsning 40000").text
    one = server.command("kampagne vinterlæs").text
    assert "Vinterlæsning" in one and "Læs for mig" not in one
    unknown = server.command("kampagne Efterår").text
    assert "Jeg kender ingen kampagne" in unknown and "kampagne opret" in unknown


# ----- report --------------------------------------------------------------------------------


def _uploads(server: Server, count: int) -> list[tuple[str, str, bytes]]:
    """(filename, file id, bytes) of the last `count` uploads, once their upload completed."""
    assert server.fake.wait_for(
        lambda calls: sum(1 for c in calls if c.method == "files.completeUploadExternal") >= 1, timeout=15
    )
    urls = server.fake.calls_to("files.getUploadURLExternal")[-count:]
    out = []
    for call in urls:
        complete = server.fake.calls_to("files.completeUploadExternal")[-1]
        files = (
            json.loads(complete.args["files"]) if isinstance(complete.args["files"], str) else complete.args["files"]
        )
        ids = [f["id"] for f in files]
        file_id = ids[urls.index(call)]
        out.append((call.args["filename"], file_id, server.fake.uploads[file_id]))
    return out


def test_report_answers_with_text_and_sends_the_chart_to_the_dm(server: Server, library: Library) -> None:
    server.fake.clear()
    reply = server.command("rapport læs for mig")
    assert reply.seconds < ANSWER_BUDGET
    blocks = blocks_of(reply)
    assert_valid_blocks(blocks)
    text = all_text(blocks)
    for expected in (
        "Rapport: Læs for mig",
        "*35.000 kr.* lovet af målet på 100.000 kr.",
        "35 %",
        "180 læsebamser",
        "Aftaler, der ikke er på skrift* (2)",
        "FOA SOSU",
        "Opkald uden bekræftende mail* (1)",
        "Partnere uden kontakt i 30 dage",
        "Brugsen Tune",
    ):
        assert expected in text, expected
    ((filename, _, png),) = _uploads(server, 1)
    assert filename.endswith(".png") and png.startswith(PNG_SIGNATURE)
    complete = server.fake.calls_to("files.completeUploadExternal")[-1]
    assert complete.args["channel_id"] == "D0ANNA"  # the user's DM, never the channel
    assert "Læs for mig" in complete.args["initial_comment"]
    assert "Diagrammet ligger nu i din DM" in wait_response(server, "cmd").args["text"]


def test_report_keeps_its_text_when_the_chart_cannot_be_uploaded(server: Server, library: Library) -> None:
    server.fake.clear()
    server.fake.fail("files.getUploadURLExternal", Fault(status=400))
    reply = server.command("report 60d", user=BEN.id)
    text = all_text(blocks_of(reply))
    assert "Report: all partners" in text and "Partners without contact for 60 days" in text
    assert "Sommerbogen 2026" in text  # every campaign's progress in the workspace report
    assert "every number is in the report above" in wait_response(server, "cmd").args["text"]


# ----- export --------------------------------------------------------------------------------


def test_export_sends_a_spreadsheet_ready_csv_and_a_public_list_without_the_shy(
    server: Server, library: Library
) -> None:
    server.fake.clear()
    reply = server.command("eksport")
    assert "Gør eksporten klar" in reply.text
    assert "Eksporten ligger i din DM" in wait_response(server, "cmd").args["text"]
    files = {name: data for name, _, data in _uploads(server, 2)}
    full_name = next(n for n in files if n.startswith("partnere-alle-"))
    public_name = next(n for n in files if "offentlig-sponsorliste-kun-maa-naevnes" in n)

    full = files[full_name]
    assert full.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: spreadsheets then show æøå
    rows = list(csv.reader(io.StringIO(full.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == [
        "Række",
        "Partner",
        "Type",
        "Fase",
        "Omtale",
        "Kampagner",
        "Navn / hvad",
        "Rolle",
        "E-mail",
        "Telefon",
        "Beslutningstager",
        "Beløb (kr.)",
        "Antal",
        "Anslået værdi (kr.)",
        "Status",
        "Skriftligt",
        "Frist",
        "Ansvarlig",
        "Note",
    ]
    assert all(len(r) == len(rows[0]) for r in rows)
    body = full.decode("utf-8-sig")
    assert "Ærø Æblemost" in body and "Søren Ørum" in body and "flasker æblemost" in body
    notes = [r[-1] for r in rows]
    assert "'" + FORMULA_NOTE in notes and FORMULA_NOTE not in notes
    assert any(r[9] == "'+45 12 34 56 78" for r in rows)
    assert {r[0] for r in rows[1:]} == {"partner", "kontakt", "aftale", "opfølgning"}
    assert sum(1 for r in rows if r[0] == "partner") >= 40

    public = list(csv.reader(io.StringIO(files[public_name].decode("utf-8-sig")), delimiter=";"))
    assert public[0] == ["Partner", "Type", "Kampagner", "Støtter med"]
    named = [r[0] for r in public[1:]]
    assert "Brugsen Tune" not in named  # wants no publicity
    assert "FOA SOSU" not in named  # ask first is not public
    assert {"Danske Bank Greve", "Saxo", "Ærø Æblemost"} <= set(named)
    # Whatever else is on the list, every partner on it said they may be named.
    with library.sessions() as session:
        publicity = {
            get_partner(session, ws=WS, partner_id=pid).name: get_partner(session, ws=WS, partner_id=pid).publicity
            for pid in library.seeded.partners.values()
        }
    assert all(publicity[name] is Publicity.PUBLIC for name in named)


def test_export_for_an_english_user_uses_commas(server: Server, library: Library) -> None:
    server.fake.clear()
    server.command("export læs for mig", user=BEN.id)
    wait_response(server, "cmd")
    files = {name: data for name, _, data in _uploads(server, 2)}
    full = next(data for name, data in files.items() if name.startswith("partners-laes-for-mig-"))
    rows = list(csv.reader(io.StringIO(full.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Row", "Partner", "Kind"]
    assert {r[1] for r in rows[1:]} >= {"Danske Bank Greve", "Brugsen Tune"}
    assert "Arbejdsplads 01 Greve" not in {r[1] for r in rows}  # not in the campaign


# ----- App Home ------------------------------------------------------------------------------


def app_home_opened(user: str, tab: str = "home") -> bytes:
    return json.dumps(
        {
            "token": "unused",
            "team_id": TEAM,
            "api_app_id": "A0PARTNERBOT",
            "type": "event_callback",
            "event_id": f"Ev{time.time_ns()}",
            "event_time": int(time.time()),
            "event": {
                "type": "app_home_opened",
                "user": user,
                "channel": "D0ANNA",
                "tab": tab,
                "event_ts": f"{time.time():.6f}",
            },
        }
    ).encode()


def test_app_home_shows_my_followups_recent_logs_and_campaigns(server: Server, library: Library) -> None:
    server.fake.clear()
    body = app_home_opened(ANNA.id)
    headers = {**wire.signed(server.secret, body), "Content-Type": "application/json"}
    assert server.post(body, headers).status == 200
    assert server.fake.wait_for(lambda calls: any(c.method == "views.publish" for c in calls), timeout=10)
    call = server.fake.calls_to("views.publish")[-1]
    assert call.args["user_id"] == ANNA.id
    view = call.args["view"] if isinstance(call.args["view"], dict) else json.loads(call.args["view"])
    assert view["type"] == "home"
    assert_valid_blocks(view["blocks"], limit=VIEW_BLOCK_LIMIT)
    text = all_text(view["blocks"])
    for expected in (
        "Mine opfølgninger",
        "Ring til Lars om kontrakten",
        "Senest logget",
        "Læs for mig",
        "Sommerbogen 2026",
    ):
        assert expected in text, expected
    assert "Bens opgave" not in text and "Fremmed" not in text
    assert elements(view["blocks"], DUE_DONE) and elements(view["blocks"], DUE_SNOOZE)
