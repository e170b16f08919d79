"""Cue lists compiled for speed find what they found before, and cues begin words."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.understanding import classify, parse, patterns, practice, story
from bot.understanding.vocab import AGREEMENT_CUES, ASK_CUES, NO_PUBLICITY, NOT_AN_ANSWER, PUBLIC

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _corpus_texts() -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["input"]["text"]
                texts += [text, text.lower()]
    return texts


TEXTS = _corpus_texts()
NOW = datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo("Europe/Copenhagen"))


def understand(text: str):
    return parse(text, now=NOW, tz="Europe/Copenhagen")


def _unbucketed(pattern: str, inside_words: bool = False) -> re.Pattern[str]:
    """The same word-start grouping, each group one plain alternation (no buckets by first letter)."""
    alternatives = patterns.top_level_alternatives(pattern)
    starts = [a for a in alternatives if patterns._starts_a_word(a) and (not inside_words or a.startswith(r"\b"))]
    rest = [a for a in alternatives if a not in starts]
    source = "|".join(rest)
    if starts:
        source = patterns.WORD_START + "(?:" + "|".join(starts) + ")" + ("|" + source if rest else "")
    return re.compile(source)


CUE_LISTS = [
    *[(f"answer {k}", p, False) for k, p in AGREEMENT_CUES.items()],
    *[(f"ask {k}", p, True) for k, p in ASK_CUES.items() if k != "advice"],  # advice: too few to bucket
    ("not an answer", NOT_AN_ANSWER, False),
    ("no publicity", NO_PUBLICITY, False),
    ("public", PUBLIC, False),
]


@pytest.mark.parametrize(("name", "pattern", "inside_words"), CUE_LISTS, ids=[c[0] for c in CUE_LISTS])
def test_buckets_by_first_letter_find_cues_where_they_were_on_every_corpus_line(name, pattern, inside_words) -> None:
    """Same places, same count; only which of two cues starting at one place is reported may differ
    (an alternative that may begin with many letters is tried after the buckets)."""
    fast = patterns.cues(pattern, inside_words=inside_words)
    plain = _unbucketed(pattern, inside_words)
    assert fast.pattern != plain.pattern, "expected the list to be bucketed"
    for text in TEXTS:
        found, expected = list(fast.finditer(text)), list(plain.finditer(text))
        assert [m.start() for m in found] == [m.start() for m in expected], text


def test_every_word_starting_cue_is_found_where_it_was() -> None:
    """A cue that matched at the start of a word still matches there (the grouping only drops
    matches inside words)."""
    for _, pattern, inside_words in CUE_LISTS:
        fast = patterns.cues(pattern, inside_words=inside_words)
        original = re.compile(pattern)
        for text in TEXTS[::7]:
            for m in original.finditer(text):
                if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
                    assert fast.search(text, m.start()) is not None, (pattern[:40], text, m.group(0))


@pytest.mark.parametrize(
    ("alternative", "starts"),
    [
        ("ikke nævnt", True),
        (r"\b(?<!ikke )(?:fået|fik) ja", True),
        ("(?:det )?(?:er|blev) et ja", True),
        ("(?:det )?\\s+ja", False),
        ("e?mail", False),
        ("(?:will|'ll) pass", False),
        ("[A-ZÆØÅ0-9][a-z]+ siger ja", True),
        ("[^a]b", False),
        ("(?:^|[:.]\\s*)desværre", False),
    ],
)
def test_which_alternatives_must_begin_a_word(alternative: str, starts: bool) -> None:
    assert patterns._starts_a_word(alternative) is starts


def test_a_leading_group_is_split_where_its_parts_begin_differently() -> None:
    assert patterns._distributed("(?:will|'ll) pass") == ["(?:will) pass", "(?:'ll) pass"]
    assert patterns._distributed("(?:will|would) pass") == ["(?:will|would) pass"]  # all words: kept whole
    assert patterns._distributed("(?:will|'ll)? pass") == ["(?:will|'ll)? pass"]  # optional: kept whole
    fast = patterns.cues("(?:will|'ll) pass|ja tak")
    assert [m.span() for m in fast.finditer("they'll pass, but will pass it on; ja tak")] == [
        (4, 12),
        (18, 27),
        (35, 41),
    ]


def test_first_characters_of_an_alternative() -> None:
    assert patterns.first_chars("(?:will|could) x") == {"w", "c"}
    assert patterns.first_chars("(?:det )?(?:er|blev)") == {"d", "e", "b"}
    assert patterns.first_chars(r"\d+ free") == set("0123456789")
    assert patterns.first_chars("[a-c]x") == {"a", "b", "c"}
    assert patterns.first_chars("(?:^|x)y") is None  # what follows the "^" is not looked at
    assert patterns.first_chars("(?:$|x)y") is None
    assert patterns.first_chars("'ll pay") == {"'"}


@pytest.mark.parametrize(
    "text",
    [
        "calld Rikke at Greve Florist, she'll give flowers for the opening",  # "lower" inside "flowers"
        "mtg w/ Deborah Fox, community fundraiser for Macmillan",  # "raise" inside "fundraiser"
        "Vi bidrager gerne med 8.000 kr., men vi vil ikke fremhæves på plakater",  # "hæve" inside "fremhæves"
    ],
)
def test_a_change_word_inside_another_word_is_no_update(text: str) -> None:
    assert "changed" not in understand(text).updates


@pytest.mark.parametrize(
    "text",
    [
        "Budet Kim kom med kasserne fra Gyldendal; talte bagefter med Eva Juhl fra Gyldendal",  # "er med"
        "snak med Freja fra Kaffebønnen om kaffe til forældremødet",  # "ja fra"
    ],
)
def test_a_yes_inside_another_word_is_no_answer(text: str) -> None:
    assert understand(text).agreement is None


@pytest.mark.parametrize(
    ("text", "ask"),
    [
        ("Møde med Ulrik Bay fra Bay Transport om sponsorat af bogbussen", "other"),
        ("Mødtes med Jens fra Bruuns Boghandel. De giver 20 børnebøger.", "books"),
    ],
)
def test_asks_still_read_inside_danish_compounds(text: str, ask: str) -> None:
    assert ask in understand(text).asks


def test_the_module_cue_patterns_are_the_bucketed_ones() -> None:
    assert classify._AGREEMENT["yes"].pattern == patterns.word_start_first(AGREEMENT_CUES["yes"])
    assert classify._ASKS["money"].pattern == patterns.word_start_first(ASK_CUES["money"], inside_words=True)
    assert story.UPDATE_CUES["changed"].pattern.startswith(patterns.WORD_START)
    assert practice._MENTIONS_EMAIL.pattern.startswith(patterns.WORD_START)
