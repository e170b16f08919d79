"""Cue lists compiled so that Python's regex engine does not try every cue at every position.

The parser's cue lists ("no publicity", the answers, the asks) are alternations of a hundred or more
phrases. The engine tries each alternative at each position of a line; most of them begin a word, and
inside a word they can only fail. `word_start_first` puts every alternative that must begin with a
letter or a digit behind one shared word-start test, so inside a word a single test turns them all
away. A cue that begins with a letter is a word and is only ever meant to match at the start of one
("ikke nævnt", not the end of "pikke nævnt"); the others (a leading space, punctuation, a class) stay
as they were, after the grouped ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A letter or digit after this is the start of a word.
WORD_START = r"(?<![\wæøå])"
# Buckets pay off once this many alternatives begin with a group, a class or an assertion, which the
# engine must enter to find out that they fail.
_WORTH_BUCKETS = 6
# Characters that mean something to the regex parser at the start of an alternative.
_SPECIAL = frozenset("\\[](){}.*+?^$|")
# An alternative is copied into at most this many buckets (one per letter it may begin with).
_MAX_COPIES = 2
# A leading group is split into its parts (see `_distributed`) when it has this many at most and
# what follows it is no longer than this.
_MAX_PARTS = 8
_MAX_DISTRIBUTED = 300


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth before it) for each character of `pattern` from `start` that is
    neither escaped nor inside a character class: the parentheses and bars that shape it."""
    depth, in_class, i = 0, False, start
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern[i + 1 : i + 2] == "^" else 0
            i += 1 if pattern[i + 1 : i + 2] == "]" else 0
        else:
            yield i, c, depth
            depth += 1 if c == "(" else -1 if c == ")" else 0
        i += 1


def top_level_alternatives(pattern: str) -> list[str]:
    """The alternatives of a pattern's outermost "|", escapes, classes and groups respected."""
    found, start = [], 0
    for i, c, depth in _structure(pattern):
        if c == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    found.append(pattern[start:])
    return found


def _group_end(pattern: str, start: int) -> int:
    """Index just past the group that opens at `start` (escapes and classes respected); -1 if unclosed."""
    for i, c, depth in _structure(pattern, start):
        if c == ")" and depth == 1:
            return i + 1
    return -1


def _starts_a_word(alternative: str) -> bool:
    """Whether every match of `alternative` begins with a letter or a digit (conservatively)."""
    if alternative.startswith(r"\b"):
        return _starts_a_word(alternative[2:])
    if alternative.startswith("^"):
        return _starts_a_word(alternative[1:])  # the start of the text (or a line) is a word's start
    if not alternative:
        return False
    if alternative[0].isalnum():
        return alternative[1:2] not in ("?", "*", "{")  # "e?mail" may begin with the "m"
    if alternative.startswith("[") and not alternative.startswith("[^"):
        end = alternative.find("]", 1)
        members = alternative[1:end].replace("-", "") if end > 1 else ""
        # "[A-ZÆØÅ0-9]": a class of letters and digits only, taken once
        return members.isalnum() and alternative[end + 1 : end + 2] not in ("?", "*", "{")
    if alternative.startswith(("(?<!", "(?<=", "(?!", "(?=")):
        end = _group_end(alternative, 0)  # zero width: the match begins where the rest does
        return end > 0 and _starts_a_word(alternative[end:])
    opener = next((o for o in ("(?:", "(?P<") if alternative.startswith(o)), None)
    if opener is None:
        return False
    end = _group_end(alternative, 0)
    if end < 0:
        return False
    body_start = alternative.index(">") + 1 if opener == "(?P<" else len(opener)
    if not all(_starts_a_word(a) for a in top_level_alternatives(alternative[body_start : end - 1])):
        return False
    if alternative[end : end + 1] in ("?", "*"):
        # An optional first group: the match begins with it or with what follows it.
        after = alternative[end + 1 :].removeprefix("?")  # a lazy "??" / "*?" is optional too
        return _starts_a_word(after)
    return alternative[end : end + 1] != "{"


def _distributed(alternative: str) -> list[str]:
    """`(?:will|'ll) pass` as `(?:will) pass` and `(?:'ll) pass`: the same matches, tried in the same
    order, but each part now begins with one kind of character (a word, or an apostrophe)."""
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _group_end(alternative, 0)
    rest = alternative[end:] if end > 0 else ""
    if end < 0 or rest[:1] in ("?", "*", "+", "{") or len(rest) > _MAX_DISTRIBUTED:
        return [alternative]
    inner = top_level_alternatives(alternative[3 : end - 1])
    if not 1 < len(inner) <= _MAX_PARTS or len({_starts_a_word(a + rest) for a in inner}) == 1:
        return [alternative]  # nothing to gain when every part begins the same way
    return ["(?:" + a + ")" + rest for a in inner]


def word_start_first(pattern: str, *, inside_words: bool = False) -> str:
    """The same cues, those that begin a word behind one shared word-start test, the rest after them.

    `inside_words`: the list names things that Danish joins into compounds ("bøger" in "børnebøger",
    "bus" in "bogbussen"); only the cues that say so with a leading \\b are held to a word start."""
    alternatives = [part for alternative in top_level_alternatives(pattern) for part in _distributed(alternative)]

    def at_start(alternative: str) -> bool:
        if inside_words:
            return alternative.startswith(r"\b") and _starts_a_word(alternative)
        return _starts_a_word(alternative)

    at_word = [a for a in alternatives if at_start(a)]
    rest = [a for a in alternatives if not at_start(a)]
    others = (by_first_letter(rest) or "|".join(rest)) if rest else ""
    if not at_word:
        return others or pattern
    grouped = by_first_letter(at_word) or "(?:" + "|".join(at_word) + ")"
    return WORD_START + grouped + ("|" + others if others else "")


def cues(pattern: str, flags: int = 0, *, inside_words: bool = False) -> re.Pattern[str]:
    """`re.compile` for a cue list, its word-starting cues behind one test (see `word_start_first`)."""
    return re.compile(word_start_first(pattern, inside_words=inside_words), flags)


def first_chars(alternative: str) -> set[str] | None:
    """The characters a match of `alternative` can begin with (a superset), or None if unknown."""
    if alternative.startswith(r"\b"):
        return first_chars(alternative[2:])
    if alternative.startswith("^"):
        return first_chars(alternative[1:])
    if not alternative:
        return None
    if alternative.startswith(("(?<!", "(?<=", "(?!", "(?=")):
        end = _group_end(alternative, 0)
        return first_chars(alternative[end:]) if end > 0 else None
    if alternative[0] not in _SPECIAL:
        chars, after = {alternative[0]}, alternative[1:]  # a letter, a digit, a space, an apostrophe ...
    elif alternative.startswith(r"\d"):
        chars, after = set("0123456789"), alternative[2:]
    elif alternative.startswith("[") and not alternative.startswith("[^"):
        end = alternative.find("]", 1)
        body = alternative[1:end] if end > 1 else ""
        if not body or "\\" in body:
            return None
        chars, i = set(), 0
        while i < len(body):
            if i + 2 < len(body) and body[i + 1] == "-":
                chars.update(chr(c) for c in range(ord(body[i]), ord(body[i + 2]) + 1))
                i += 3
            else:
                chars.add(body[i])
                i += 1
        after = alternative[end + 1 :]
    elif alternative.startswith(("(?:", "(?P<")):
        end = _group_end(alternative, 0)
        if end < 0:
            return None
        body_start = alternative.index(">") + 1 if alternative.startswith("(?P<") else 3
        chars = set()
        for inner in top_level_alternatives(alternative[body_start : end - 1]):
            found = first_chars(inner)
            if found is None:
                return None
            chars |= found
        after = alternative[end:]
    else:
        return None
    if after[:1] in ("?", "*"):
        rest = first_chars(after[1:].removeprefix("?"))
        return None if rest is None else chars | rest
    if after[:1] == "{":
        return None
    return chars


def by_first_letter(alternatives: list[str]) -> str | None:
    """One alternation of `alternatives`, each tried only where the text has a letter it can begin with.

    Alternatives that begin with one letter keep their order inside its bucket, so where they
    match is unchanged; of two cues that begin at the same place, which one is reported may differ."""
    if sum(not a[:1].isalnum() for a in alternatives) < _WORTH_BUCKETS:
        return None  # the engine skips an alternative that starts with another letter at little cost
    if any(re.search(r"(?<!\\)\((?!\?)|\(\?P<", a) for a in alternatives):
        return None  # a capturing group would be numbered (or named) again in each of its buckets
    firsts = [first_chars(a) for a in alternatives]
    if any(f is None for f in firsts):
        return None
    # An alternative that may begin with many letters ("(?:de |han |hun )?vil ...") would be copied
    # into each of their buckets, and compiling the copies costs more at start-up than they save:
    # such alternatives are tried after the buckets, as one plain alternation.
    spread = [a for a, f in zip(alternatives, firsts, strict=True) if f is not None and len(f) > _MAX_COPIES]
    letters = sorted(set().union(*(f for f in firsts if f is not None and len(f) <= _MAX_COPIES)))
    buckets = []
    for letter in letters:
        members = [a for a, f in zip(alternatives, firsts, strict=True) if f and len(f) <= _MAX_COPIES and letter in f]
        rests = [_after_first(a, letter) for a in members]
        if all(r is not None for r in rests):
            # The letter itself opens the bucket: the engine passes over a bucket whose letter is not
            # the one in the text at the cost of one comparison.
            buckets.append(re.escape(letter) + "(?:" + "|".join(r for r in rests if r is not None) + ")")
        else:
            buckets.append("(?=" + re.escape(letter) + ")(?:" + "|".join(members) + ")")
    return "(?:" + "|".join(buckets + spread) + ")"


def _after_first(alternative: str, letter: str) -> str | None:
    """What `alternative` must match once `letter`, its first character, has been read (None: unknown).

    Zero-width tests before the letter move after it, one character wider: "\\bgive" is "give" read
    as "g" then "(?<![\\wæøå].)ive"; parts of a leading group that cannot begin with the letter are
    dropped, as they cannot match here."""
    if alternative.startswith(r"\b"):
        rest = _after_first(alternative[2:], letter)
        return None if rest is None else r"(?<![\wæøå].)" + rest
    if alternative.startswith(("(?<!", "(?<=")):
        end = _group_end(alternative, 0)
        rest = _after_first(alternative[end:], letter) if end > 0 else None
        if rest is None:
            return None
        return alternative[:4] + "(?:" + alternative[4 : end - 1] + ")." + ")" + rest
    if alternative.startswith("(?:"):
        end = _group_end(alternative, 0)
        if end < 0 or alternative[end : end + 1] in ("?", "*", "+", "{"):
            return None
        parts = []
        for inner in top_level_alternatives(alternative[3 : end - 1]):
            firsts = first_chars(inner)
            if firsts is None:
                return None
            if letter not in firsts:
                continue  # it cannot begin with the letter read
            rest = _after_first(inner, letter)
            if rest is None:
                return None
            parts.append(rest)
        return "(?:" + "|".join(parts) + ")" + alternative[end:] if parts else None
    if not alternative or alternative[1:2] in ("?", "*", "+", "{"):
        return None
    if alternative[0] == letter and alternative[0] not in _SPECIAL:
        return alternative[1:]
    return None


def word_list(vocabulary) -> str:
    """An alternation of plain words, longest first so that a prefix never wins, written as a trie.

    "twenty|twelve|ten" becomes "t(?:wenty|welve|en)": the engine tests the first letter once per
    position instead of once per word, which matters for the lists of number words, ordinals,
    months and units that the time rules try at every word. The order in which the words are tried
    is kept wherever two of them can match at one place (one is a prefix of the other), so what
    matches is exactly what the plain alternation matched."""
    return _trie(sorted(dict.fromkeys(vocabulary), key=len, reverse=True))


def _trie(vocabulary: list[str]) -> str:
    heads: dict[str, list[str]] = {}  # first letter -> the rests, in the order the words came
    for word in vocabulary:
        heads.setdefault(word[:1], []).append(word[1:])
    parts = []
    for head, rests in heads.items():
        if not head:
            parts.append("")  # a word that ends here, tried where it stood among the longer ones
        elif len(rests) == 1:
            parts.append(re.escape(head + rests[0]))
        else:
            parts.append(re.escape(head) + "(?:" + _trie(rests) + ")")
    return "|".join(parts)
