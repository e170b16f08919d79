"""The continuing story on scenarios written apart from the code (tests/bot/domain/story_eval.py)."""

from __future__ import annotations

import copy

import pytest

from storage.scope import Workspace
from tests.bot.domain.story_eval import CHECKS, load, run, score, table_text
from tests.bot.understanding.corpus_eval import CORPUS_DIR

SCENARIO = {
    "name": "bank-part-paid",
    "tz": "Europe/Copenhagen",
    "start": "2027-03-01T09:00:00+01:00",
    "campaign": {"name": "Sommerbogen", "goal_dkk": 100000},
    "logs": [
        {"day": 0, "text": "Ringede til Mette Holm, Jyske Bank Køge. De giver 25.000 kr. til Sommerbogen."},
        {"day": 2, "text": "Jyske Bank Køge har sendt en bekræftelse på mail"},
        {"day": 9, "text": "Jyske Bank Køge har overført 10.000 kr. – resten kommer i januar"},
    ],
    "expect": {
        "partners": ["Jyske Bank Køge"],
        "agreements": {
            "Jyske Bank Køge": [["money", 10000, None, "delivered"], ["money", 15000, None, "confirmed_email"]]
        },
        "campaign": {"pledged_dkk": 25000, "in_writing_dkk": 25000, "delivered_dkk": 10000},
    },
}


def test_a_scenario_is_played_and_each_check_can_fail(session, ws) -> None:
    assert run(session, ws, SCENARIO).passed == dict.fromkeys(CHECKS, True)
    wrong = copy.deepcopy(SCENARIO)
    wrong["expect"]["campaign"]["delivered_dkk"] = 25000
    wrong["expect"]["partners"] = ["Jyske Bank"]
    wrong["expect"]["agreements"]["Jyske Bank Køge"][0][3] = "verbal"
    outcome = run(session, Workspace("T0OTHER"), wrong)
    assert outcome.passed == dict.fromkeys(CHECKS, False)
    table = score([run(session, Workspace("T0THIRD"), SCENARIO), outcome])
    assert table["scenario"] == (1, 2) and "| campaign | 1 | 2 | 50.0% |" in table_text(table)


# Scenarios written blind (DOMAIN.md and the seed only) and the share of them that must come out exactly.
# blind.jsonl (30 scenarios, stop 27): first run 15 of 30 (partners 93.3, agreements 53.3, campaign totals
# 73.3 %); 30 of 30 after the changes by family (tests/corpus/README.md), held to at most one miss.
# blind2.jsonl (30 harder scenarios written after blind.jsonl had reached 30 of 30, the honest measure of that
# round): first run 11 of 30 (partners 93.3, agreements 40.0, campaign totals 66.7 %); 29 of 30 after the changes.
# blind3.jsonl (30 longer scenarios, 5 to 7 logs, two partners in one log, amounts changed twice, shorthand), written
# after blind2 had reached 29 of 30: first run 2 of 30 (partners 90.0, agreements 6.7, campaign totals 40.0 %), the
# honest figure for stories written apart from the code; 11 of 30 after a first pass of changes; 14 of 30 once a log
# naming two partners is saved as one log per partner (bot/domain/split.py, stop 28); 23 of 30 after the families of
# stop 28 (raises said every way, parts paid in shorthand, what stays beside a withdrawal); 26 of 30 at the end of
# stop 28, held at 25.
# blind4.jsonl (30 scenarios written blind in stop 30: contacts named by first name only, raises said "upping it to",
# "doubling it", "hæver til 12.000 👏", short and misspelt partner names): first run 6 of 30 (partners 80.0, agreements
# 20.0, campaign totals 60.0 %); 18 of 30 after the first families (first names, change and payment cues); 21 once the
# partner before ", <title> <Name>" and after "Mtg"/"Pitched" is read; 23 once a partner is named by the proper word
# of its name alone ("Lindhom", "the Harbourside money") and a first part paid is read ("pd the first 10,000"); 26 of
# 30 once "no to the money, but ..." declines the amount asked and a maybe naming no ask stores no agreement; 27 once a
# thing opening the line ("Room confirmed by mail from Julie") is no partner. Held at 27.
CASES: list[tuple[str, float]] = [
    ("blind.jsonl", 0.96),
    ("blind2.jsonl", 0.96),
    ("blind3.jsonl", 0.83),
    ("blind4.jsonl", 0.9),
]


@pytest.mark.parametrize(("name", "floor"), CASES)
def test_blind_scenarios_come_out_exactly(session, name: str, floor: float) -> None:
    outcomes = [run(session, Workspace(f"T0S{n:03d}"), s) for n, s in enumerate(load(CORPUS_DIR / "stories" / name))]
    table = score(outcomes)
    good, total = table["scenario"]
    assert good / total >= floor, table_text(table)
