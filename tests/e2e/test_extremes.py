"""Views at the extremes, over the real wire: 300 partners, 120 open follow-ups, one partner with 65
follow-ups and 52 agreements, names at the app's 200-character cap, log notes at 3,000 characters.

Every answer must pass the fake Slack's rules (a refusal fails the test, see tests/conftest.py), and
nothing may be cut: every name is either shown whole or counted in an "… og N mere" line, and no
text is cut inside a `<!date^…>` token, a mention or an `&amp;` escape.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from handlers.ids import DUE_MORE
from handlers.listing import LIST_MORE
from handlers.shared import blockkit as bk
from storage.campaigns import add_partner, create_campaign
from storage.contacts import create_contact
from storage.db import make_engine, make_session_factory, normalize_database_url
from storage.followups import create_followup
from storage.interactions import log_interaction
from storage.models import (
    FollowUpAction,
    InteractionKind,
    PartnerKind,
    PledgeKind,
    PledgeStatus,
    Publicity,
    Stage,
)
from storage.partners import create_partner
from storage.pledges import create_pledge
from storage.scope import Workspace
from tests.e2e import wire
from tests.e2e.conftest import ANNA, TEAM, Server
from tests.e2e.payloads import block_action
from tests.support.blockcheck import VIEW_BLOCK_LIMIT, assert_valid_blocks

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

WS = Workspace(TEAM)
NAME_CAP = 200  # partner, campaign and contact names are String(200)
NOTE_CAP = 3000  # a log's text (MAX_LOG_CHARS)
PARTNERS = 300
OPEN_FOLLOWUPS = 120
BIG_FOLLOWUPS = 65
BIG_AGREEMENTS = 52
BIG_CONTACTS = 20
CAMPAIGNS = 30
CPH = "Europe/Copenhagen"
MORE = re.compile(r"… (?:og|and) (\d+) (?:mere|more)")
WHOLE_TOKENS = re.compile(r"<[@#!][^<>]*>|<(?:https?|mailto|tel):[^<>]*>|&(?:amp|lt|gt);")


def at_cap(prefix: str, cap: int = NAME_CAP) -> str:
    """A name exactly at the cap, with characters that need escaping, distinct by its prefix."""
    filler = " & Søn <Greve> · Læs for mig · Bøger & bamser"
    name = (prefix + (filler * (cap // len(filler) + 1)))[: cap - 1].rstrip()
    return name + "x" * (cap - len(name))


@dataclass
class World:
    partners: list[str] = field(default_factory=list)
    campaigns: list[str] = field(default_factory=list)
    contacts: list[str] = field(default_factory=list)
    agreements: list[str] = field(default_factory=list)
    anna_followups: list[str] = field(default_factory=list)
    big_followups: list[str] = field(default_factory=list)
    big: str = ""


@pytest.fixture(scope="module")
def world(server: Server) -> Iterator[World]:
    engine = make_engine(normalize_database_url(server.db_url))
    sessions = make_session_factory(engine)
    now = datetime.now(UTC)
    w = World()
    with sessions.begin() as session:
        campaigns = []
        for i in range(CAMPAIGNS):
            c = create_campaign(session, ws=WS, name=at_cap(f"Kampagne {i:02d}"), goal_dkk=100_000 + i)
            campaigns.append(c.id)
            w.campaigns.append(c.name)
        ids = []
        for i in range(PARTNERS):
            p = create_partner(
                session,
                ws=WS,
                name=at_cap(f"Partner {i:03d}"),
                kind=PartnerKind.BUSINESS,
                stage=Stage.CONTACTED,
                publicity=Publicity.PUBLIC,
                allow_duplicate=True,
            )
            ids.append(p.id)
            w.partners.append(p.name)
            if i < 60:
                add_partner(session, ws=WS, campaign_id=campaigns[i % CAMPAIGNS], partner_id=p.id)
        big = create_partner(
            session,
            ws=WS,
            name=at_cap("Storpartner"),
            kind=PartnerKind.BUSINESS,
            stage=Stage.AGREED_VERBALLY,
            publicity=Publicity.NO_PUBLICITY,
            allow_duplicate=True,
            aliases=[at_cap(f"Alias {i}") for i in range(5)],
        )
        w.big = big.name
        w.partners.append(big.name)
        for cid in campaigns:
            add_partner(session, ws=WS, campaign_id=cid, partner_id=big.id)
        for i in range(BIG_CONTACTS):
            c = create_contact(
                session,
                ws=WS,
                partner_id=big.id,
                name=at_cap(f"Kontakt {i:02d}"),
                role=at_cap("direktør for læsning", 200),
                email=f"k{i}@big.example",
                phone="+45 12 34 56 78",
                is_decision_maker=i == 0,
            )
            w.contacts.append(c.name)
        for i in range(BIG_AGREEMENTS):
            what = at_cap(f"Aftale {i:02d}")
            create_pledge(
                session,
                ws=WS,
                partner_id=big.id,
                kind=PledgeKind.PRODUCTS,
                status=PledgeStatus.VERBAL,
                quantity=10 + i,
                what=what,
                campaign_id=campaigns[i % CAMPAIGNS],
            )
            w.agreements.append(what)
        for i in range(BIG_FOLLOWUPS):
            text = at_cap(f"Storopgave {i:02d}", 500)
            create_followup(
                session,
                ws=WS,
                action=FollowUpAction.CALL,
                due_at=now + timedelta(days=1 + i % 9),
                due_tz=CPH,
                owner_user_id="U0CARL",
                partner_id=big.id,
                text=text,
            )
            w.big_followups.append(f"Storopgave {i:02d}")
        for i in range(OPEN_FOLLOWUPS):
            # From four days overdue to six days ahead (plus up to two hours), so every one stays
            # inside the due list's week whatever the hour: seven days ahead plus minutes crossed
            # into the eighth local day when the suite ran after 22:00 in Copenhagen.
            due = now + timedelta(days=min((i % 12) - 4, 6), minutes=i)
            create_followup(
                session,
                ws=WS,
                action=FollowUpAction.EMAIL,
                due_at=due,
                due_tz=CPH,
                owner_user_id=ANNA.id,
                partner_id=ids[i],
                text=at_cap(f"Annas opgave {i:03d}", 500),
            )
            w.anna_followups.append(f"Annas opgave {i:03d}")
        for i in range(10):
            note = at_cap(f"Log {i} <@U0BEN> &", NOTE_CAP)
            log_interaction(
                session,
                ws=WS,
                kind=InteractionKind.CALL,
                logged_by=ANNA.id,
                partner_id=big.id,
                occurred_at=now - timedelta(days=i + 1),
                raw_text=note,
            )
    yield w
    engine.dispose()


# ----- reading what Slack would show --------------------------------------------------------------


def texts_of(blocks: list[dict[str, Any]]) -> list[str]:
    """Every text object's string in the blocks, in order."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
                out.append(node["text"])
                return
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(blocks)
    return out


def assert_nothing_cut(blocks: list[dict[str, Any]], *, limit: int = 50) -> str:
    """Valid for Slack, no text cut inside a token or an escape; returns all the text, joined."""
    assert_valid_blocks(blocks, limit=limit)
    texts = texts_of(blocks)
    for text in texts:
        rest = WHOLE_TOKENS.sub("", text)
        assert not re.search(r"<[@#!]", rest), f"a token was cut: {text[-200:]!r}"
        assert not re.search(r"&(?:a|am|amp|l|lt|g|gt)?$", rest), f"an escape was cut: {text[-60:]!r}"
    return "\n".join(texts)


def counted(text: str) -> int:
    """How many items the text says it is not showing."""
    return sum(int(n) for n in MORE.findall(text))


def assert_shown_or_counted(text: str, names: list[str], *, escaped: bool = True) -> list[str]:
    """Every name is shown whole or accounted for by the "… and N more" lines; returns the missing."""
    missing = [n for n in names if (bk.escape(n) if escaped else n) not in text]
    assert len(missing) <= counted(text), f"{len(missing)} missing, {counted(text)} counted: {missing[:3]}"
    return missing


def click(server: Server, action_id: str, value: str) -> dict[str, Any]:
    key = f"x{time.time_ns()}"
    body = wire.interactive(
        block_action(
            team_id=TEAM, user_id=ANNA.id, action_id=action_id, value=value, response_url=server.fake.response_url(key)
        )
    )
    assert server.post(body, wire.signed(server.secret, body)).status == 200
    method = f"response_url:{key}"
    assert server.fake.wait_for(lambda calls: any(c.method == method for c in calls), timeout=20)
    return server.fake.calls_to(method)[-1].args


def more_value(blocks: list[dict[str, Any]], action_id: str) -> str | None:
    for block in blocks:
        for element in block.get("elements") or []:
            if element.get("action_id") == action_id:
                return str(element["value"])
    return None


def pages(server: Server, command: str, more_id: str) -> list[str]:
    """The command's answer and every "show more" page after it, as text."""
    reply = server.command(command)
    assert reply.status == 200
    blocks = reply.json()["blocks"]
    out = [assert_nothing_cut(blocks)]
    value = more_value(blocks, more_id)
    while value is not None:
        blocks = click(server, more_id, value)["blocks"]
        out.append(assert_nothing_cut(blocks))
        value = more_value(blocks, more_id)
        assert len(out) < 40, "paging does not end"
    return out


# ----- the views ------------------------------------------------------------------------------


def test_the_list_pages_through_every_partner(server: Server, world: World) -> None:
    shown = pages(server, "list", LIST_MORE)
    text = "\n".join(shown)
    missing = [n for n in world.partners if bk.escape(n) not in text]
    assert not missing, f"{len(missing)} partners never listed, e.g. {missing[:2]}"
    assert len(shown) > 1


def test_due_pages_through_every_open_followup(server: Server, world: World) -> None:
    text = "\n".join(pages(server, "due", DUE_MORE))
    missing = [m for m in world.anna_followups if m not in text]
    assert not missing, f"{len(missing)} follow-ups never shown, e.g. {missing[:2]}"


def test_status_of_a_partner_with_a_long_history_shows_or_counts_everything(server: Server, world: World) -> None:
    reply = server.command("status storpartner")
    assert reply.status == 200
    blocks = reply.json()["blocks"]
    text = assert_nothing_cut(blocks)
    assert bk.escape(world.big) in text  # the whole name, not a header cut at 150 characters
    assert all(bk.escape(c) in text for c in world.campaigns)
    sections = {name: "" for name in ("contacts", "agreements", "followups")}
    section_of = {
        "*Kontakter*": "contacts",
        "*Forespørgsler og aftaler*": "agreements",
        "*Åbne opfølgninger*": "followups",
        "*Seneste kontakter*": None,
        "*Venter på": None,
    }
    current: str | None = None
    for piece in texts_of(blocks):
        for head, key in section_of.items():
            if piece.startswith(head):
                current = key
        if current:
            sections[current] += piece + "\n"
    assert all(sections.values()), f"a section is missing: {[k for k, v in sections.items() if not v]}"
    for key, names in (("contacts", world.contacts), ("agreements", world.agreements)):
        assert_shown_or_counted(sections[key], names)
    assert counted(sections["agreements"]) > 0  # 52 do not all fit: the rest are counted
    missing = [m for m in world.big_followups if m not in sections["followups"]]
    assert len(missing) == counted(sections["followups"]) > 0


def test_the_campaign_list_names_every_campaign(server: Server, world: World) -> None:
    reply = server.command("campaign list")
    text = assert_nothing_cut(reply.json()["blocks"])
    assert not assert_shown_or_counted(text, world.campaigns)


def test_the_report_shows_or_counts_every_campaign_and_every_unwritten_agreement(server: Server, world: World) -> None:
    reply = server.command("report")
    text = assert_nothing_cut(reply.json()["blocks"])
    missing_campaigns = [c for c in world.campaigns if bk.escape(c) not in text]
    verbal = [n for n in world.partners if bk.escape(n) in text]
    assert counted(text) >= len(missing_campaigns)
    assert verbal, "the report names no partner with an agreement not in writing"


def test_the_home_tab_shows_or_counts_every_followup_and_campaign(server: Server, world: World) -> None:
    server.fake.clear()
    body = json.dumps(
        {
            "token": "unused",
            "team_id": TEAM,
            "api_app_id": "A0PARTNERBOT",
            "type": "event_callback",
            "event_id": f"Ev{time.time_ns()}",
            "event_time": int(time.time()),
            "event": {
                "type": "app_home_opened",
                "user": ANNA.id,
                "channel": "D0ANNA",
                "tab": "home",
                "event_ts": f"{time.time():.6f}",
            },
        }
    ).encode()
    assert server.post(body, {**wire.signed(server.secret, body), "Content-Type": "application/json"}).status == 200
    assert server.fake.wait_for(lambda calls: any(c.method == "views.publish" for c in calls), timeout=20)
    view = server.fake.calls_to("views.publish")[-1].args["view"]
    view = view if isinstance(view, dict) else json.loads(view)
    text = assert_nothing_cut(view["blocks"], limit=VIEW_BLOCK_LIMIT)
    missing = [m for m in world.anna_followups if m not in text]
    missing_campaigns = [c for c in world.campaigns if bk.escape(c) not in text]
    assert len(missing) + len(missing_campaigns) == counted(text)
    assert missing and missing_campaigns  # the extremes are larger than a Home shows


def test_a_log_at_the_length_cap_is_saved_and_its_card_accepted(server: Server, world: World) -> None:
    partner = world.partners[7]
    text = f"Ringede til {partner}. " + at_cap("De vil gerne give 5.000 kr. og ringer igen fredag kl. 10 &", 2900)
    text = text[:NOTE_CAP]
    reply = server.command(f"log {text}")
    assert reply.status == 200
    body = reply.json()
    assert "Gemt" in body["text"]
    assert_nothing_cut(body["blocks"])


def test_a_choice_between_long_names_shows_each_name_whole(server: Server, world: World) -> None:
    reply = server.command("status partner 01")
    assert reply.status == 200
    blocks = reply.json()["blocks"]
    assert_nothing_cut(blocks)
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert len(buttons) > 1  # "Partner 010" … "Partner 019" all fit the words
    sections = "\n".join(b["text"]["text"] for b in blocks if b["type"] == "section")
    listed = re.findall(r"^\d+\. (.+)$", sections, flags=re.MULTILINE)
    assert len(listed) == len(buttons)
    assert all(name in {bk.escape(p) for p in world.partners} for name in listed), listed[:2]
