"""`/partner log` over the real wire: signed commands and clicks, the fake Slack, the database."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
from sqlalchemy import select

from bot.offline.fakeslack import FakeUser
from handlers import log as log_feature
from handlers.ids import SHORTCUT_LOG_MESSAGE
from storage.models import AuditLog, Contact, FollowUp, Interaction, Partner, Pledge
from tests.e2e import payloads
from tests.e2e.conftest import ANNA, BEN, TEAM, Server
from tests.support.blockcheck import assert_valid_blocks

pytestmark = pytest.mark.e2e

SLACK_DEADLINE = 3.0


def unique(name: str) -> str:
    """A partner name no other test in the module uses (the server is shared): name plus a made-up word."""
    letters = uuid.uuid4().hex[:6].translate(str.maketrans("0123456789", "ghjkmnpqrs"))
    return f"{name} {letters.capitalize()}"


def buttons(blocks: list[dict[str, Any]]) -> dict[str, list[str]]:
    """action_id → values of every button in the blocks."""
    found: dict[str, list[str]] = {}
    for block in blocks:
        elements = block.get("elements", []) if block["type"] == "actions" else [block.get("accessory") or {}]
        for element in elements:
            if element.get("type") == "button":
                found.setdefault(element["action_id"].split(":")[0], []).append(element.get("value", ""))
    return found


def click(server: Server, action_id: str, value: str, *, user: str = ANNA.id, team: str = TEAM) -> dict[str, Any]:
    """Click a button and return the message the bot put in its place (via response_url)."""
    key = uuid.uuid4().hex
    server.fake.clear()
    payload = payloads.block_action(
        team_id=team, user_id=user, action_id=action_id, value=value, response_url=server.fake.response_url(key)
    )
    reply = server.interact(payload)
    assert reply.status == 200 and reply.seconds < SLACK_DEADLINE
    assert server.fake.wait_for(lambda calls: any(c.method == f"response_url:{key}" for c in calls))
    (answer,) = server.fake.calls_to(f"response_url:{key}")
    return answer.args


def log(server: Server, text: str, user: str = ANNA.id) -> dict[str, Any]:
    reply = server.command(f"log {text}", user=user)
    assert reply.status == 200
    assert reply.seconds < SLACK_DEADLINE
    body = reply.json()
    assert body["response_type"] == "ephemeral"
    assert_valid_blocks(body["blocks"])
    return body


def card_text(body: dict[str, Any]) -> str:
    return json.dumps(body.get("blocks", []), ensure_ascii=False)


def test_a_danish_log_is_saved_and_confirmed(server: Server) -> None:
    partner = unique("Danske Bank Greve")
    body = log(
        server,
        f"Ringede til Lars Jensen (direktør) hos {partner}. De vil sponsorere 20.000 kr. "
        "Sender opsummerende mail i dag og ringer igen torsdag kl. 10.",
    )
    text = card_text(body)
    assert f"opkald med *{partner}* (ny partner)" in text
    assert "Lars Jensen (direktør)" in text
    assert "20.000 kr." in text and "endnu ikke på skrift" in text
    assert text.count("<!date^") == 2
    assert set(buttons(body["blocks"])) == {
        log_feature.LOG_DONE,
        log_feature.LOG_EDIT,
        log_feature.LOG_SUMMARY,
        log_feature.LOG_UNDO,
    }
    (row,) = server.scalars(select(Partner.stage).where(Partner.name == partner))
    assert row == "agreed_verbally"
    amounts = server.scalars(
        select(Pledge.amount_dkk).join(Partner, Partner.id == Pledge.partner_id).where(Partner.name == partner)
    )
    assert amounts == [20000]


def test_an_english_log_answers_in_english(server: Server) -> None:
    partner = unique("Acme Corp")
    body = log(
        server, f"call w/ jane doe @ {partner} - they'll provide volunteers (10 hrs/month). cb wed 3pm", user=BEN.id
    )
    text = card_text(body)
    assert "*Saved* · call with" in text
    assert "Good practice suggests" in text  # an agreement without a summary e-mail
    assert log_feature.LOG_KEEP in buttons(body["blocks"])


def test_free_text_after_partner_is_a_log_but_a_typo_gets_help(server: Server) -> None:
    partner = unique("Greve Bilsyn")
    reply = server.command(f"Ringede til Pia hos {partner}. Hun ringer tilbage i eftermiddag.")
    assert f"*{partner}*" in reply.text
    assert "Jeg kender ikke kommandoen `stauts`" in server.command("stauts danske").text


def test_a_bare_line_naming_a_known_partner_is_a_log_in_both_languages(server: Server) -> None:
    partner = unique("Saxo")
    log(server, f"Ringede til {partner}, ringer igen fredag")
    reply = server.command(f"{partner.lower()} vil gerne sponsorere 5.000 kr")
    assert "*Gemt*" in reply.text and f"*{partner}*" in reply.text
    english = server.command(f"{partner.lower()} wants to sponsor 2,500 DKK", user=BEN.id)
    assert "*Saved*" in english.text
    # Another amount for a partner with one open: changed, or a second agreement? Asked, never copied.
    assert "Is DKK 2,500 a change to an agreement you have, or a new one?" in card_text(english.json())
    amounts = server.scalars(
        select(Pledge.amount_dkk).join(Partner, Partner.id == Pledge.partner_id).where(Partner.name == partner)
    )
    assert sorted(amounts) == [5000]
    assert "Jeg kender ikke kommandoen" in server.command(f"stauts {partner.lower()}").text


def test_long_free_text_gets_a_clear_answer_and_nothing_is_saved(server: Server) -> None:
    partner = unique("Lang Tekst")
    text = f"Ringede til {partner}. " + "De vil gerne hjælpe med bøger og tid. " * 90
    before = server.scalars(select(Interaction.id))
    reply = server.command(text)
    assert "Intet blev gemt" in reply.text and "3000" in reply.text
    assert server.scalars(select(Interaction.id)) == before
    assert "Nothing was saved" in server.command("x " * 1600, user=BEN.id).text


def test_an_ambiguous_partner_is_asked_for_and_the_choice_completes_the_log(server: Server) -> None:
    base = unique("Danske Bank")
    log(server, f"Ringede til {base} Greve, ringer igen fredag")
    log(server, f"Ringede til {base} Køge, ringer igen fredag")
    body = log(server, f"Talte med {base}, de giver 5.000 kr. Ring igen i overmorgen kl 9.")
    choices = buttons(body["blocks"])
    assert len(choices[log_feature.LOG_CHOOSE]) == 2 and log_feature.LOG_NEW_PARTNER in choices
    assert "passer på flere partnere" in card_text(body)
    koege_value = next(
        v
        for v in choices[log_feature.LOG_CHOOSE]
        if int(v.split(":")[1]) == server.scalars(select(Partner.id).where(Partner.name == f"{base} Køge"))[0]
    )
    answer = click(server, f"{log_feature.LOG_CHOOSE}:1", koege_value)
    assert answer["replace_original"] is True
    assert f"*{base} Køge*" in json.dumps(answer["blocks"], ensure_ascii=False)
    interaction_id = int(koege_value.split(":")[0])
    (partner_id,) = server.scalars(select(Interaction.partner_id).where(Interaction.id == interaction_id))
    assert partner_id == int(koege_value.split(":")[1])


def test_a_delivery_note_naming_only_the_things_asks_whose_they_are(server: Server) -> None:
    first, second = unique("Lampehuset"), unique("Lysbutikken")
    log(server, f"Ringede til {first}: de giver 20 læselamper til læsehulen.")
    log(server, f"Ringede til {second}: de giver 10 læselamper.")
    body = log(server, "Læselamperne er kommet i dag.")
    choices = buttons(body["blocks"])
    assert len(choices[log_feature.LOG_CHOOSE]) == 2 and log_feature.LOG_NEW_PARTNER not in choices
    assert "venter på at levere" in card_text(body) and first in card_text(body) and second in card_text(body)
    (first_id,) = server.scalars(select(Partner.id).where(Partner.name == first))
    value = next(v for v in choices[log_feature.LOG_CHOOSE] if int(v.split(":")[1]) == first_id)
    click(server, f"{log_feature.LOG_CHOOSE}:0", value)
    statuses = server.scalars(select(Pledge.status).where(Pledge.partner_id == first_id))
    assert [str(s) for s in statuses] == ["delivered"]
    (second_id,) = server.scalars(select(Partner.id).where(Partner.name == second))
    assert [str(s) for s in server.scalars(select(Pledge.status).where(Pledge.partner_id == second_id))] != [
        "delivered"
    ]


def test_a_delivery_note_whose_things_were_read_as_a_name_still_asks_whose_they_are(server: Server) -> None:
    first, second = unique("Puderiet"), unique("Sovebutikken")
    log(server, f"Ringede til {first}: de giver 12 sækkestole.")
    log(server, f"Ringede til {second}: de giver 8 sækkestole.")
    body = log(server, "Sækkestolene er kommet i dag.")  # the parser takes "Sækkestolene" for a name
    choices = buttons(body["blocks"])
    assert len(choices[log_feature.LOG_CHOOSE]) == 2 and log_feature.LOG_NEW_PARTNER not in choices
    assert "venter på at levere" in card_text(body)


def test_edit_opens_a_prefilled_modal_and_saves_the_changes(server: Server) -> None:
    partner = unique("Nordic Shipping")
    body = log(server, f"Talte med Mette Dahl fra {partner}. De giver 15.000 kr. Ring igen om 2 dage.")
    (interaction_id,) = buttons(body["blocks"])[log_feature.LOG_EDIT]
    key = uuid.uuid4().hex
    server.fake.clear()
    server.interact(
        payloads.block_action(
            team_id=TEAM,
            user_id=ANNA.id,
            action_id=log_feature.LOG_EDIT,
            value=interaction_id,
            response_url=server.fake.response_url(key),
        )
    )
    assert server.fake.wait_for(lambda calls: any(c.method == "views.open" for c in calls))
    view = server.fake.calls_to("views.open")[0].args["view"]
    assert_valid_blocks(view["blocks"], limit=100)
    initial = payloads.state_from_view(view)
    assert initial["partner"]["v"]["value"] == partner
    assert initial["money"]["v"]["value"] == "15000"
    assert initial["contacts"]["v"]["value"] == "Mette Dahl"

    submission = payloads.view_submission(
        team_id=TEAM,
        user_id=ANNA.id,
        view=view,
        overrides={
            "money": "17.500",
            "contacts": "Mette Dahl (marketingchef)",
            "publicity": ["no_publicity"],
            "fu0_time": "13:30",
            "status": "confirmed_email",
        },
    )
    reply = server.interact(submission)
    assert reply.status == 200 and reply.seconds < SLACK_DEADLINE
    assert server.fake.wait_for(lambda calls: any(c.method == f"response_url:{key}" for c in calls))
    card = server.fake.calls_to(f"response_url:{key}")[0].args
    text = json.dumps(card["blocks"], ensure_ascii=False)
    assert "17.500 kr." in text and "bekræftet på mail" in text and "Ønsker ingen omtale" in text
    assert server.scalars(
        select(Contact.role)
        .where(Contact.name == "Mette Dahl", Contact.deleted_at.is_(None))
        .join(Partner, Partner.id == Contact.partner_id)
        .where(Partner.name == partner)
    ) == ["marketingchef"]
    live = server.scalars(
        select(Pledge.amount_dkk).where(
            Pledge.created_by_interaction_id == int(interaction_id), Pledge.deleted_at.is_(None)
        )
    )
    assert live == [17500]
    (publicity,) = server.scalars(
        select(Partner.publicity).where(Partner.name == partner, Partner.deleted_at.is_(None))
    )
    assert publicity == "no_publicity"


def test_edit_with_a_bad_amount_keeps_the_modal_open_with_an_error(server: Server) -> None:
    body = log(server, f"Talte med Ole hos {unique('Greve Tømrer')}. De giver 5.000 kr.")
    (interaction_id,) = buttons(body["blocks"])[log_feature.LOG_EDIT]
    server.fake.clear()
    server.interact(
        payloads.block_action(
            team_id=TEAM,
            user_id=ANNA.id,
            action_id=log_feature.LOG_EDIT,
            value=interaction_id,
            response_url=server.fake.response_url("x"),
        )
    )
    assert server.fake.wait_for(lambda calls: any(c.method == "views.open" for c in calls))
    view = server.fake.calls_to("views.open")[0].args["view"]
    reply = server.interact(
        payloads.view_submission(team_id=TEAM, user_id=ANNA.id, view=view, overrides={"money": "lots"})
    )
    assert reply.json() == {"response_action": "errors", "errors": {"money": "Skriv et beløb i kr., fx 20000"}}
    assert server.scalars(
        select(Pledge.amount_dkk).where(
            Pledge.created_by_interaction_id == int(interaction_id), Pledge.deleted_at.is_(None)
        )
    ) == [5000]


def test_undo_removes_the_log_and_restore_brings_it_back(server: Server) -> None:
    partner = unique("Lego Foundation")
    body = log(server, f"Called Peter Hansen at {partner}, no answer. Try again tomorrow morning.")
    (interaction_id,) = buttons(body["blocks"])[log_feature.LOG_UNDO]
    undone = click(server, log_feature.LOG_UNDO, interaction_id)
    assert "Fortrudt" in json.dumps(undone["blocks"], ensure_ascii=False)
    assert server.scalars(select(Partner.id).where(Partner.name == partner, Partner.deleted_at.is_(None))) == []
    assert (
        server.scalars(
            select(FollowUp.id).where(
                FollowUp.created_by_interaction_id == int(interaction_id), FollowUp.deleted_at.is_(None)
            )
        )
        == []
    )
    restored = click(server, log_feature.LOG_RESTORE, interaction_id)
    assert f"*{partner}*" in json.dumps(restored["blocks"], ensure_ascii=False)
    assert len(server.scalars(select(Partner.id).where(Partner.name == partner, Partner.deleted_at.is_(None)))) == 1


def test_done_closes_a_followup_on_the_card(server: Server) -> None:
    body = log(server, f"Ringede til Sofie hos {unique('FOA SOSU')}. Ring til hende i morgen kl. 13.30.")
    (followup_id,) = buttons(body["blocks"])[log_feature.LOG_DONE]
    answer = click(server, log_feature.LOG_DONE, followup_id)
    assert log_feature.LOG_DONE not in buttons(answer["blocks"])
    assert server.scalars(select(FollowUp.status).where(FollowUp.id == int(followup_id))) == ["done"]


def test_a_mentioned_colleague_owns_the_followup_and_is_told(server: Server) -> None:
    server.fake.add_user(FakeUser("U0CARL", "Carl"))
    partner = unique("Rema 1000 Greve")
    server.fake.clear()
    body = log(server, f"Talte med <@U0CARL> om {partner}: Carl ringer til butikschefen fredag.")
    (followup_id,) = buttons(body["blocks"])[log_feature.LOG_DONE]
    assert server.scalars(select(FollowUp.owner_user_id).where(FollowUp.id == int(followup_id))) == ["U0CARL"]
    assert server.fake.wait_for(
        lambda calls: any(c.method == "chat.postMessage" and c.args.get("channel") == "U0CARL" for c in calls)
    )
    told = [c for c in server.fake.calls_to("chat.postMessage") if c.args.get("channel") == "U0CARL"]
    assert partner in told[0].args["text"]


def test_the_message_shortcut_opens_the_modal_and_saves_a_log(server: Server) -> None:
    partner = unique("Carlsberg Foundation")
    email = f"Hej Anna, vi kan bekræfte at {partner} støtter med 92.000 kr. Mvh Thomas Berg"
    server.fake.clear()
    reply = server.interact(
        payloads.message_shortcut(team_id=TEAM, user_id=ANNA.id, callback_id=SHORTCUT_LOG_MESSAGE, text=email)
    )
    assert reply.status == 200
    assert server.fake.wait_for(lambda calls: any(c.method == "views.open" for c in calls))
    view = server.fake.calls_to("views.open")[0].args["view"]
    assert payloads.state_from_view(view)["text"]["v"]["value"] == email
    server.fake.clear()
    reply = server.interact(
        payloads.view_submission(
            team_id=TEAM, user_id=ANNA.id, view=view, overrides={"partner": partner, "kind": "email"}
        )
    )
    assert reply.status == 200

    def cards(calls: list[Any]) -> list[Any]:
        # The scheduler may post a digest to Anna meanwhile; the card is the message naming the partner.
        return [
            c
            for c in calls
            if c.method == "chat.postMessage" and partner in json.dumps(c.args.get("blocks"), ensure_ascii=False)
        ]

    assert server.fake.wait_for(lambda calls: bool(cards(calls)))
    (card,) = [c.args for c in cards(server.fake.calls)]
    assert card["channel"] == ANNA.id
    assert server.scalars(
        select(Pledge.amount_dkk).join(Partner, Partner.id == Pledge.partner_id).where(Partner.name == partner)
    ) == [92000]


def test_hostile_text_is_echoed_literally(server: Server) -> None:
    body = log(server, "Ringede til <!channel> hos Hostile & Co <https://x|click>. Ring igen fredag.")
    text = card_text(body)
    assert "<!channel>" not in text and "<https://x|click>" not in text
    assert "&lt;!channel&gt;" in text or "&amp;" in text


def test_a_log_too_long_is_refused_and_nothing_saved(server: Server) -> None:
    partner = unique("Long Ltd")
    before = server.scalars(select(Interaction.id))
    reply = server.command("log " + f"Ringede til {partner}. " + "bla " * 800)
    assert "tegn; jeg kan højst gemme 3000" in reply.text
    assert server.scalars(select(Interaction.id)) == before


def test_a_button_naming_another_workspaces_log_is_refused_and_audited(server: Server) -> None:
    other_team = "T0OTHERLIB"
    server.fake.add_user(FakeUser("U0EVE", "Eve"))
    theirs = log(server, f"Ringede til {unique('Secret Sponsor')}. De giver 1.000 kr.", user="U0EVE")
    del theirs  # logged in TEAM by Eve; now Eve's colleague in another workspace forges the id
    (victim,) = server.scalars(
        select(Interaction.id).where(Interaction.logged_by == "U0EVE").order_by(Interaction.id.desc()).limit(1)
    )
    answer = click(server, log_feature.LOG_UNDO, str(victim), user="U0MALLORY", team=other_team)
    assert "hører til et andet workspace" in answer["text"] or "belongs to another workspace" in answer["text"]
    assert server.scalars(select(Interaction.deleted_at).where(Interaction.id == victim)) == [None]
    refused = server.scalars(
        select(AuditLog.entity_id).where(AuditLog.team_id == other_team, AuditLog.action == "refused")
    )
    assert victim in refused


def test_logging_refreshes_the_app_home_of_the_writer(server: Server) -> None:
    partner = unique("Home Bank")
    server.fake.clear()
    log(server, f"Ringede til Lars hos {partner}. Ringer igen fredag kl. 10.")
    assert server.fake.wait_for(
        lambda calls: any(
            c.method == "views.publish"
            and c.args.get("user_id") == ANNA.id
            and partner in json.dumps(c.args.get("view"), ensure_ascii=False)
            for c in calls
        )
    )


def test_a_log_about_two_partners_gives_a_card_for_each(server: Server) -> None:
    inn, bakery = unique("Kroen Skovly"), unique("Bageriet Solsikken")
    log(server, f"Ringede til Lars Jensen hos {inn}. De giver 5.000 kr. til Bogfesten.")
    server.fake.clear()
    key = uuid.uuid4().hex
    reply = server.command(
        f"log Ringede til {bakery} om Bogfesten, de giver 40 boller. {inn} har bekr. de 5.000 kr. pr mail.",
        response_url=server.fake.response_url(key),
    )
    assert reply.status == 200 and reply.seconds < SLACK_DEADLINE
    first = reply.json()
    assert f"*{bakery}* (ny partner)" in card_text(first) and "40" in card_text(first)
    assert server.fake.wait_for(lambda calls: any(c.method == f"response_url:{key}" for c in calls))
    (second,) = server.fake.calls_to(f"response_url:{key}")
    assert_valid_blocks(second.args["blocks"])
    assert f"*{inn}*" in card_text(second.args) and "bekræftet på mail" in card_text(second.args)
    statuses = server.scalars(
        select(Pledge.status).join(Partner, Partner.id == Pledge.partner_id).where(Partner.name == inn)
    )
    assert statuses == ["confirmed_email"]
