"""The `parse` command line."""

import json

from bot.understanding.cli import main


def test_single_line(capsys):
    assert main(["parse", "Ring til Lars hos Netto torsdag kl. 10", "--now", "2026-03-10T09:15:00+01:00"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["followups"][0]["due"] == "2026-03-12T10:00:00+01:00"
    assert out["organization"] == "Netto"


def test_jsonl_keeps_order(tmp_path, capsys):
    lines = [
        {"text": "Ring i morgen", "now": "2026-03-10T09:15:00+01:00", "tz": "Europe/Copenhagen"},
        {"text": "Call Monday at 10am", "now": "2026-03-05T15:00:00-05:00", "tz": "America/New_York"},
        {"text": "Møde med Saxo, æøå", "now": "2026-03-10T09:15:00+01:00", "tz": "Europe/Copenhagen"},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), encoding="utf-8")
    assert main(["parse", "--jsonl", str(path)]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [o["followups"][0]["due"] if o["followups"] else None for o in out] == [
        "2026-03-11T00:00:00+01:00",
        "2026-03-09T10:00:00-04:00",
        None,
    ]
    assert out[2]["kind"] == "meeting"


def test_bad_now_is_an_error(capsys):
    assert main(["parse", "hej", "--now", "yesterday"]) == 2


def test_score_prints_per_field_accuracy_of_labelled_lines(tmp_path, capsys):
    rows = [
        {
            "input": {
                "text": "Ringede til Lars hos Netto, de giver 5.000 kr.",
                "now": "2026-03-10T09:15:00+01:00",
                "tz": "Europe/Copenhagen",
            },
            "expect": {"kind": "call", "organization": "Netto", "money_total": 5000},
        },
        {
            "input": {"text": "Mail til Saxo", "now": "2026-03-10T09:15:00+01:00", "tz": "Europe/Copenhagen"},
            "expect": {"kind": "call", "organization": "Saxo"},
        },
    ]
    path = tmp_path / "labelled.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    assert main(["parse", "--jsonl", str(path), "--score"]) == 0
    out = capsys.readouterr().out
    assert "| kind | 1 | 2 | 50.0% |" in out
    assert "| organization | 2 | 2 | 100.0% |" in out
    assert "miss line 2 kind: Mail til Saxo" in out


def test_score_refuses_unlabelled_lines(tmp_path, capsys):
    path = tmp_path / "plain.jsonl"
    path.write_text(json.dumps({"text": "Ring i morgen"}), encoding="utf-8")
    assert main(["parse", "--jsonl", str(path), "--score"]) == 2
    assert "--score needs" in capsys.readouterr().err


def test_a_wrong_field_the_card_asks_about_is_counted_apart_from_a_confident_mistake():
    from bot.understanding.model import ParseResult
    from bot.understanding.scoring import asked_on_card, table

    marked = ParseResult(uncertain=["organization"], unresolved=["i næste uge-ish"])
    assert asked_on_card("organization", marked) and asked_on_card("followups", marked)
    assert not asked_on_card("agreement", marked) and not asked_on_card("asks", marked)
    scores = {"organization": (8, 10), "agreement": (9, 10)}
    misses = [(1, "organization", "a", True), (2, "organization", "b", False), (3, "agreement", "c", False)]
    out = table(scores, misses)
    assert "| organization | 8 | 10 | 80.0% | 1 | 90.0% |" in out
    assert "| agreement | 9 | 10 | 90.0% | 0 | 90.0% |" in out
