"""GDPR: erasing a person and exporting what is stored about them, for admins only, over the real wire."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import select

from bot.offline.fakeslack import FakeUser
from handlers import privacy
from storage.models import AuditLog, Contact, Interaction
from tests.e2e import payloads
from tests.e2e.conftest import TEAM, Server

pytestmark = pytest.mark.e2e

ADMIN = FakeUser("U0ADMIN", "Admin", locale="en-GB", is_admin=True)


def person() -> tuple[str, str]:
    # Long enough that two tests' partners never look like duplicates of each other (which would
    # make the log a draft asking which partner is meant, and save no contact yet).
    letters = uuid.uuid4().hex[:12].translate(str.maketrans("0123456789", "ghjkmnpqrs"))
    return f"Lars {letters.capitalize()}sen", f"Greve Bilsyn {letters.upper()}"


def log_person(server: Server, name: str, partner: str) -> None:
    reply = server.command(
        f"log Ringede til {name} (direktør) hos {partner}, {name.split()[0].lower()}@bilsyn.dk, "
        "tlf 43 90 12 34. Ring igen fredag."
    )
    assert "Gemt" in reply.text


def test_only_admins_may_erase(server: Server) -> None:
    name, partner = person()
    log_person(server, name, partner)
    reply = server.command(f"forget {name}")
    assert "Kun workspace-administratorer" in reply.text
    assert server.scalars(select(Contact.erased_at).where(Contact.name == name)) == [None]


def test_an_admin_erases_a_person_everywhere_with_an_audit_row_that_holds_no_personal_data(server: Server) -> None:
    server.fake.add_user(ADMIN)
    name, partner = person()
    log_person(server, name, partner)
    (contact_id,) = server.scalars(select(Contact.id).where(Contact.name == name))
    reply = server.command(f"forget {name}", user=ADMIN.id)
    assert "Erase" in reply.text and partner in reply.text
    key = uuid.uuid4().hex
    server.fake.clear()
    server.interact(
        payloads.block_action(
            team_id=TEAM,
            user_id=ADMIN.id,
            action_id=privacy.PRIVACY_FORGET,
            value=str(contact_id),
            response_url=server.fake.response_url(key),
        )
    )
    assert server.fake.wait_for(lambda calls: any(c.method == f"response_url:{key}" for c in calls))
    assert "personal data is erased" in server.fake.calls_to(f"response_url:{key}")[0].args["text"]

    assert server.scalars(select(Contact.erased_at).where(Contact.id == contact_id)) != [None]
    assert server.scalars(select(Contact.email).where(Contact.id == contact_id)) == [None]
    assert server.scalars(select(Contact.phone).where(Contact.id == contact_id)) == [None]
    assert name not in server.scalars(select(Contact.name).where(Contact.id == contact_id))[0]
    texts = server.scalars(select(Interaction.raw_text).where(Interaction.raw_text.contains(partner)))
    assert texts and all(name not in text and name.split()[1] not in text for text in texts)
    about = (AuditLog.entity_type == "contacts", AuditLog.entity_id == contact_id)
    erasers = server.scalars(select(AuditLog.actor).where(*about, AuditLog.action == "erase"))
    assert erasers == [ADMIN.id]
    dumped = json.dumps(server.scalars(select(AuditLog.changes).where(*about)), ensure_ascii=False, default=str)
    assert name not in dumped and "bilsyn.dk" not in dumped and "43 90 12 34" not in dumped


def test_an_admin_gets_everything_stored_about_a_person_as_a_file(server: Server) -> None:
    server.fake.add_user(ADMIN)
    name, partner = person()
    log_person(server, name, partner)
    server.fake.clear()
    reply = server.command(f"export-person {name}", user=ADMIN.id)
    assert reply.status == 200 and "everything stored" in reply.text
    assert server.fake.wait_for(lambda calls: any(c.method == "files.completeUploadExternal" for c in calls))
    (upload,) = server.fake.uploads.values()
    data = json.loads(upload)
    assert data["contact"]["name"] == name and data["contact"]["phone"] == "43 90 12 34"
    assert data["partner"] == partner and data["interactions"]


def test_an_admin_cannot_erase_another_workspaces_person(server: Server) -> None:
    server.fake.add_user(ADMIN)
    name, partner = person()
    log_person(server, name, partner)
    (contact_id,) = server.scalars(select(Contact.id).where(Contact.name == name))
    key = uuid.uuid4().hex
    server.interact(
        payloads.block_action(
            team_id="T0ELSEWHERE",
            user_id=ADMIN.id,
            action_id=privacy.PRIVACY_FORGET,
            value=str(contact_id),
            response_url=server.fake.response_url(key),
        )
    )
    assert server.fake.wait_for(lambda calls: any(c.method == f"response_url:{key}" for c in calls))
    assert server.scalars(select(Contact.erased_at).where(Contact.id == contact_id)) == [None]
    refused = server.scalars(
        select(AuditLog.entity_id).where(AuditLog.team_id == "T0ELSEWHERE", AuditLog.action == "refused")
    )
    assert contact_id in refused
