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
        "2026-03-11T00:00:00+01:00", "2026-03-09T10:00:00-04:00", None
    ]
    assert out[2]["kind"] == "meeting"


def test_bad_now_is_an_error(capsys):
    assert main(["parse", "hej", "--now", "yesterday"]) == 2
