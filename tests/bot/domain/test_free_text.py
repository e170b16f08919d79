"""A bare line after `/partner`: a log when it reads like one, help when it reads like a mistyped command."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.domain.free_text import read_line, reads_like_log
from bot.understanding import parse
from storage.models import PartnerKind
from storage.partners import create_partner

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))

# Lines a colleague types after `/partner` meaning to log, naming partners the workspace knows.
LOGS_WITH_KNOWN_PARTNER = [
    "saxo vil gerne sponsorere 5.000 kr",
    "Saxo giver 40 bøger til læseklubben",
    "saxo siger ja",
    "saxo sender logoet i morgen",
    "foa sosu lover 10 frivillige timer",
    "Saxo wants to sponsor 5,000 DKK",
    "saxo said yes to the prizes",
    "foa sosu will send the contract friday",
    "saxo offers 200 books",
]
# Lines that read like logs even about a partner nobody has logged yet.
LOGS_ABOUT_NEW_PARTNERS = [
    "Ringede til Pia hos Greve Bilsyn, hun ringer tilbage i eftermiddag",
    "Called Jane at Acme Corp, they give 10,000 DKK",
    "Møde med Lars fra Danske Bank Greve torsdag kl. 10",
    "Nordea Køge vil gerne give 15.000 kr.",
    "Arla will sponsor 2,500 DKK",
    "Netto Greve: 20 bamser og 2.000 kr.",
    "mødes med FOA SOSU på torsdag kl. 14",
    "foa sosu ringer tilbage i morgen",
]
# Mistyped or unknown commands, also when they name a known partner.
NOT_LOGS = [
    "stauts saxo",
    "lsit",
    "saxo",
    "status for foa sosu",
    "hjlp",
    "rapport saxo næste uge",
    "foo bar baz",
    "what can you do",
    "hvornår ringede vi sidst til saxo?",
    "hvad har saxo lovet os",
    "did we call saxo about the 5,000 kr?",
    "help me log a call",
]


@pytest.fixture
def known(session, ws):
    create_partner(session, ws=ws, name="Saxo", kind=PartnerKind.BUSINESS)
    create_partner(session, ws=ws, name="FOA SOSU", kind=PartnerKind.UNION)
    session.flush()
    return session


def _reads(session, ws, text: str) -> bool:
    return reads_like_log(session, ws=ws, text=text, understood=parse(text, now=NOW, tz=TZ))


@pytest.mark.parametrize("text", LOGS_WITH_KNOWN_PARTNER + LOGS_ABOUT_NEW_PARTNERS)
def test_a_line_that_reads_like_a_log_is_one(known, ws, text: str) -> None:
    assert _reads(known, ws, text)


@pytest.mark.parametrize("text", NOT_LOGS)
def test_a_mistyped_command_is_not_a_log(known, ws, text: str) -> None:
    assert not _reads(known, ws, text)


def test_a_known_partner_alone_is_not_enough_but_with_an_amount_it_is() -> None:
    plain = read_line("saxo", parse("saxo", now=NOW, tz=TZ), names_known_partner=True)
    assert plain.partner and not plain.is_log
    text = "saxo 5.000 kr"
    with_amount = read_line(text, parse(text, now=NOW, tz=TZ), names_known_partner=True)
    assert with_amount.amount and with_amount.is_log


def test_a_partner_known_in_another_workspace_does_not_count(session, ws, ws_b) -> None:
    create_partner(session, ws=ws_b, name="Saxo", kind=PartnerKind.BUSINESS)
    session.flush()
    assert not _reads(session, ws, "saxo siger ja")
    assert _reads(session, ws_b, "saxo siger ja")
