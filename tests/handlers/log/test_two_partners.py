"""A log about two partners answers with one card each; a second card Slack will not take loses nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from handlers.log.command import handle_log
from handlers.router import Invocation
from storage.models import Partner, Pledge
from storage.partners import create_partner
from tests.handlers.log.conftest import Harness, Recorder

TEXT = "Ringede til Bageriet Solsikken om Bogfesten, de giver 40 boller. Kroen Skovly har bekræftet lokalet pr mail."


class Refusing(Recorder):
    """A respond that fails as a dead response_url does."""

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        super().__call__(*args, **kwargs)
        raise OSError("response_url expired")


def invoke(harness: Harness, respond: Recorder) -> Recorder:
    ack = Recorder()
    invocation = Invocation(
        args=TEXT,
        command={"command": "/partner", "text": f"log {TEXT}", "channel_id": "C1"},
        actor=harness.actor,
        services=harness.services,
        client=harness.client,
        ack=ack,  # type: ignore[arg-type]
        respond=respond,  # type: ignore[arg-type]
    )
    handle_log(invocation)
    return ack


def known_inn(harness: Harness) -> None:
    with harness.services.transaction("U0ANNA") as session:
        create_partner(session, ws=harness.actor.ws, name="Kroen Skovly", created_by="U0ANNA")


def test_each_partner_gets_its_own_card(harness: Harness) -> None:
    known_inn(harness)
    respond = Recorder()
    ack = invoke(harness, respond)
    (first,) = ack.calls
    (second,) = respond.calls
    assert "Bageriet Solsikken" in first["text"] and "Kroen Skovly" in second["text"]
    assert second["response_type"] == "ephemeral" and second["replace_original"] is False


def test_a_second_card_that_cannot_be_shown_loses_nothing(harness: Harness) -> None:
    known_inn(harness)
    respond = Refusing()
    ack = invoke(harness, respond)
    assert len(ack.calls) == 1 and len(respond.calls) == 1
    with harness.services.transaction(None, read_only=True) as session:
        names = set(session.scalars(select(Partner.name).join(Pledge, Pledge.partner_id == Partner.id)))
    assert names == {"Bageriet Solsikken", "Kroen Skovly"}
