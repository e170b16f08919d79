"""The summary e-mail drafted from a log, and "sent" closing its e-mail follow-up (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.domain import logbook, summary
from bot.understanding import ParseResult, parse
from storage.followups import get_followup
from storage.models import FollowUpAction, FollowUpStatus
from storage.scope import Workspace

TZ = "Europe/Copenhagen"
NOW = datetime(2026, 3, 10, 9, 15, tzinfo=ZoneInfo(TZ))  # a Tuesday
ANNA = "U0ANNA"


def save(session, ws: Workspace, text: str, stored: dict[str, Any] | None = None) -> logbook.Saved:
    """Save a log as the parser reads it, or as a stored reading says."""
    understood = ParseResult.from_dict(stored) if stored else parse(text, now=NOW, tz=TZ)
    saved = logbook.record_log(session, ws=ws, user_id=ANNA, text=text, understood=understood, tz=TZ, now=NOW)
    session.flush()
    return saved


def test_a_danish_call_with_an_agreement_is_summed_up_in_danish(session, ws) -> None:
    saved = save(
        session,
        ws,
        "Ringede til Lars Jensen (direktør) hos Danske Bank Greve. De vil sponsorere 20.000 kr. "
        "Sender opsummerende mail i dag og ringer igen torsdag kl. 10.",
    )
    draft = summary.draft_summary(session, ws=ws, interaction_id=saved.interaction_id, lang="da", tz=TZ)
    assert draft.subject == "Opsummering af vores opkald tirsdag 10. marts"
    lines = draft.body.splitlines()
    assert lines[0] == "Kære Lars"
    assert "Til stede: Lars Jensen (direktør) – Danske Bank Greve" in lines
    assert "Vi spurgte om: penge." in lines
    assert lines[lines.index("Det aftalte vi:") + 1] == "- 20.000 kr. (aftalt mundtligt)"
    assert lines[lines.index("Det gør vi:") + 1] == "- Vi ringer til jer torsdag 12. marts kl. 10.00"
    assert "skriver til jer" not in draft.body  # the summary e-mail is this e-mail, not a next step
    (email_id,) = draft.email_followup_ids
    assert get_followup(session, ws=ws, followup_id=email_id).action is FollowUpAction.EMAIL

    assert summary.mark_sent(session, ws=ws, interaction_id=saved.interaction_id, tz=TZ) == [email_id]
    assert get_followup(session, ws=ws, followup_id=email_id).status is FollowUpStatus.DONE
    assert (
        summary.mark_sent(session, ws=ws, interaction_id=saved.interaction_id, tz=TZ) == []
    )  # a retry changes nothing
    card = logbook.load_card(session, ws=ws, interaction_id=saved.interaction_id)
    assert [f.status for f in card.followups if f.action == "call"] == ["open"]


def test_english_draft_in_the_writers_timezone_with_both_sides_next_steps(session, ws) -> None:
    understood = {
        "kind": "meeting",
        "organization": "Acme Books",
        "contacts": [{"name": "Jane Doe", "role": "CEO"}],
        "money": [],
        "items": [{"quantity": 300, "what": "books"}],
        "asks": ["books"],
        "agreement": "yes",
        "no_publicity": False,
        "followups": [
            {
                "action": "call",
                "due": "2026-03-12T10:00:00+01:00",
                "all_day": False,
                "owner": ANNA,
                "text": "call Thursday 10",
            },
            {
                "action": "other",
                "due": "2026-03-13T00:00:00+01:00",
                "all_day": True,
                "owner": None,
                "by": "partner",
                "text": "they send the logo file",
            },
        ],
        "suggested": [],
    }
    saved = save(
        session,
        ws,
        "Met Jane Doe (CEO) at Acme Books: yes to 300 books. I call Thursday 10; they send the logo file by Friday.",
        understood,
    )
    draft = summary.draft_summary(session, ws=ws, interaction_id=saved.interaction_id, lang="en", tz="Europe/London")
    assert draft.subject == "Summary of our meeting on Tuesday 10 March"
    lines = draft.body.splitlines()
    assert lines[0] == "Dear Jane" and "Thank you for the meeting on Tuesday 10 March." in lines[2]
    assert lines[lines.index("What we agreed:") + 1] == "- 300 books (agreed verbally)"
    assert lines[lines.index("What we will do:") + 1] == "- We call you on Thursday 12 March at 09:00"
    assert lines[lines.index("What you will do:") + 1] == "- they send the logo file (by Friday 13 March)"
    assert draft.email_followup_ids == ()
    assert summary.mark_sent(session, ws=ws, interaction_id=saved.interaction_id, tz=TZ) == []


def test_a_no_is_thanked_for_not_listed_as_agreed(session, ws) -> None:
    saved = save(session, ws, "Snakkede med Jens fra Netto Køge – de siger nej tak til sponsorat i år.")
    draft = summary.draft_summary(session, ws=ws, interaction_id=saved.interaction_id, lang="da", tz=TZ)
    assert "I kunne ikke være med denne gang" in draft.body and "Det aftalte vi:" not in draft.body


def test_no_draft_for_another_workspace_or_a_log_without_partner(session, ws, ws_b) -> None:
    saved = save(session, ws, "Ringede til Lars hos Danske Bank Greve. De giver 5.000 kr.")
    assert summary.draft_summary(session, ws=ws_b, interaction_id=saved.interaction_id, lang="da", tz=TZ) is None
    assert summary.mark_sent(session, ws=ws_b, interaction_id=saved.interaction_id, tz=TZ) is None
    draft = save(session, ws, "ringer tilbage i morgen kl 10")
    assert summary.draft_summary(session, ws=ws, interaction_id=draft.interaction_id, lang="da", tz=TZ) is None
