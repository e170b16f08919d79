"""ParseResult.from_dict reads back what to_dict wrote (an interaction's stored reading), old rows included."""

import json
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.understanding import Contact, FollowUp, Item, ItemOwner, Money, ParseResult, parse

CORPUS = sorted((Path(__file__).parents[2] / "corpus").glob("*.jsonl"))
NOW = "2026-03-10T09:15:00+01:00"
# Parts the corpus does not have yet: a pasted e-mail, items filed under their owner.
STORY = [
    {
        "text": "Fra: Sofie Holm <sofie.holm@brio.dk>\nEmne: Bamser\n\nHej Anna, vi bekræfter hermed de 180 bamser."
        "\n\nMvh Sofie Holm, marketingchef",
        "now": NOW,
        "tz": "Europe/Copenhagen",
    },
    {"text": "DHL sender Brios 180 bamser fredag", "now": NOW, "tz": "Europe/Copenhagen"},
]


def corpus_lines() -> list[dict]:
    lines = list(STORY)
    for path in CORPUS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                lines.append(json.loads(line)["input"])
    return lines


def times(result: ParseResult) -> list[datetime]:
    return [d for f in result.followups + result.suggested for d in (f.due, *(a.due for a in f.alternatives))]


def in_fold(moment: datetime) -> bool:
    """A wall time that happens twice (the hour DST ends): Python never calls it equal across zones."""
    return moment.utcoffset() != moment.replace(fold=1 - moment.fold).utcoffset()


@pytest.mark.parametrize("path", [*CORPUS, None], ids=lambda p: p.name if p else "story")
def test_every_corpus_line_reads_back_as_it_was_parsed(path: Path | None) -> None:
    lines = (
        [json.loads(line)["input"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if path
        else STORY
    )
    assert lines
    for case in lines:
        result = parse(case["text"], now=datetime.fromisoformat(case["now"]), tz=case["tz"])
        stored = result.to_dict()
        # As the JSON column gives it back.
        for back in (ParseResult.from_dict(stored), ParseResult.from_dict(json.loads(json.dumps(stored)))):
            assert back.to_dict() == stored, case["text"]  # every field, times with their UTC offsets
            if not any(in_fold(moment) for moment in times(result)):
                assert back == result, case["text"]
            # Times come back with the UTC offset they were written with, not the zone.
            assert [(m.astimezone(UTC), m.utcoffset()) for m in times(back)] == [
                (m.astimezone(UTC), m.utcoffset()) for m in times(result)
            ]


def test_the_corpus_exercises_the_typed_parts() -> None:
    """The round trip above covers every kind of part, not only empty lists."""
    results = [parse(c["text"], now=datetime.fromisoformat(c["now"]), tz=c["tz"]) for c in corpus_lines()]
    assert any(r.contacts and any(c.role for c in r.contacts) for r in results)
    assert any(r.money for r in results) and any(r.items for r in results)
    assert any(i.value is not None for r in results for i in r.items)
    assert any(f.alternatives for r in results for f in r.followups)
    assert any(f.flags for r in results for f in r.followups)
    assert any(f.by == "partner" for r in results for f in r.followups)
    assert any(r.suggested for r in results) and any(r.unresolved for r in results)
    assert any(r.item_owners for r in results) and any(r.permissions for r in results)
    assert any(r.email for r in results) and any(r.updates for r in results)
    assert any(r.referrals for r in results) and any(r.value_dkk for r in results)
    assert any(r.publicity == "public" for r in results) and any(r.arrived for r in results)
    assert sum(any(in_fold(m) for m in times(r)) for r in results) < 5  # the few compared by their JSON alone


def test_a_row_from_before_the_story_keys_reads_with_their_defaults() -> None:
    """The oldest rows have only the DOMAIN.md keys; a migrated one may lack even the currency."""
    assert ParseResult.from_dict({"organization": "Danske Bank Greve", "money": [{"amount": 20000}]}) == ParseResult(
        organization="Danske Bank Greve", money=[Money(20000, "DKK")]
    )
    old = {
        "kind": "call",
        "organization": "Danske Bank Greve",
        "contacts": [{"name": "Lars Jensen", "role": "direktør"}],
        "money": [{"amount": 20000, "currency": "DKK"}],
        "items": [{"quantity": 180, "what": "læsebamser"}],
        "asks": ["money", "products"],
        "agreement": "yes",
        "no_publicity": True,
        "followups": [
            {"action": "call", "due": "2026-03-12T10:00:00+01:00", "all_day": False, "owner": None, "text": "torsdag"}
        ],
        "suggested": [{"action": "email", "due": "2026-03-10T00:00:00+01:00", "all_day": True, "owner": None}],
        "mentions": [],
        "_log": {"tz": "Europe/Copenhagen", "decision": "matched"},
    }
    result = ParseResult.from_dict(old)
    cet = timezone(timedelta(hours=1))
    assert result == ParseResult(
        kind="call",
        organization="Danske Bank Greve",
        contacts=[Contact("Lars Jensen", "direktør")],
        money=[Money(20000)],
        items=[Item(180, "læsebamser")],
        asks=["money", "products"],
        agreement="yes",
        no_publicity=True,
        followups=[FollowUp("call", datetime(2026, 3, 12, 10, tzinfo=cet), False, None, "torsdag")],
        suggested=[FollowUp("email", datetime(2026, 3, 10, tzinfo=cet), True)],
    )
    assert result.publicity is None and result.unresolved == [] and result.pledge_status is None
    assert "_log" not in result.to_dict()


def test_a_row_the_log_modal_wrote_keeps_its_pledge_status() -> None:
    modal = {
        "kind": "meeting",
        "organization": None,
        "contacts": [],
        "money": [],
        "items": [],
        "asks": ["books"],
        "agreement": "yes",
        "pledge_status": "confirmed_email",
        "no_publicity": False,
        "followups": [],
        "suggested": [],
        "mentions": [],
        "uncertain": [],
        "unresolved": [],
    }
    result = ParseResult.from_dict(modal)
    assert result.pledge_status == "confirmed_email" and result.asks == ["books"] and result.kind == "meeting"
    assert ParseResult.from_dict({**modal, "pledge_status": None}).pledge_status is None
    assert result.to_dict()["pledge_status"] == "confirmed_email"
    assert "pledge_status" not in ParseResult().to_dict()  # the parser's JSON is as it was


def test_an_empty_row_is_an_empty_reading() -> None:
    assert ParseResult.from_dict({}) == ParseResult()


def test_item_owners_are_typed_and_stored_as_before() -> None:
    result = parse(STORY[1]["text"], now=datetime.fromisoformat(NOW), tz="Europe/Copenhagen")
    assert result.item_owners == [ItemOwner("Brio", 180, "bamser")]
    assert result.to_dict()["item_owners"] == [{"organization": "Brio", "quantity": 180, "what": "bamser"}]
