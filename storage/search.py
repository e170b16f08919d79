"""Finding partners by what a person types: exact, prefix, all words, loose spellings (oe/ae/aa) and
one-slip typos, by index range scans that stay cheap at 100,000 partners; and partners a text names."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import TextClause, select, text
from sqlalchemy.orm import Session

from storage.models import (
    Partner,
    PartnerName,
)
from storage.names import loose_key, prefix_upper_bound, search_key, tokens
from storage.scope import Workspace, in_ws

# Bounds on how many rows one search reads, so a common word ("bank") stays cheap at 100k.
TOKEN_CANDIDATES = 500
NAME_CANDIDATES = 200
FUZZY_CANDIDATES = 100
FUZZY_SCORED = 40  # names compared with difflib per search, picked by shared letter pairs
FUZZY_MIN_RATIO = 0.6
FUZZY_WORDS = 2  # misspelt words whose one-slip variants are probed
FUZZY_SLIP_LETTERS = 12  # letters of a word whose swaps and extra letters are probed
LOOSE_PENALTY = 0.01  # a match only on the loose key ranks just below the strict one
DUPLICATE_MIN_SIMILARITY = 0.88


@dataclass(frozen=True)
class Match:
    """A partner found by a search, with how well and by which name it matched."""

    partner: Partner
    score: float  # 1.0 exact, ~0.9 prefix, ~0.8 all words, below 0.7 fuzzy
    name: str
    how: str  # "exact", "prefix", "tokens" or "fuzzy"


# Candidates are gathered by index range scans on the loose keys (names.loose_key), which
# fold "oe", "ae" and "aa" to one letter: the loose key of a prefix is a prefix of the loose
# key, so every strict prefix hit is also a loose one and "hillerod" finds "hilleroed".
# Scoring then tells strict matches from loose ones, which rank just below them.


def _range(column: Any, prefix: str) -> Any:
    return (column >= prefix) & (column < prefix_upper_bound(prefix))


@functools.lru_cache(maxsize=128)
def _probe_sql(probes: int, enterprise: bool) -> TextClause:
    # Built as text and cached by shape: composing dozens of Core subqueries per search cost
    # more Python time than the database spent on the range scans. Table and column names
    # are constants; every value is a bound parameter. Each row says which probe found it.
    ent = "enterprise_id = :ent" if enterprise else "enterprise_id IS NULL"
    arms = [
        f"SELECT {i} AS probe, name_id FROM (SELECT {id_col} AS name_id FROM {table}"  # noqa: S608
        f" WHERE team_id = :team AND {ent} AND loose >= :lo{i} AND loose < :hi{i}"
        f" LIMIT :n{i}) AS p{i}_{table}"
        for i in range(probes)
        for table, id_col in (("partner_names", "id"), ("partner_name_tokens", "partner_name_id"))
    ]
    return text(" UNION ALL ".join(arms))


def _probed(session: Session, ws: Workspace, probes: list[tuple[str, int]]) -> list[list[int]]:
    """For each prefix, the ids of names with a word whose loose key starts with it: one round trip.

    At most bound ids per prefix and table, duplicates dropped, in the order the database gave.
    """
    if not probes:
        return []
    params: dict[str, Any] = {"team": ws.team_id, "ent": ws.enterprise_id}
    for i, (prefix, bound) in enumerate(probes):
        params |= {f"lo{i}": prefix, f"hi{i}": prefix_upper_bound(prefix), f"n{i}": bound}
    stmt = _probe_sql(len(probes), ws.enterprise_id is not None)
    found: list[dict[int, None]] = [{} for _ in probes]
    for probe, name_id in session.execute(stmt, params):
        found[probe][name_id] = None
    return [list(ids) for ids in found]


def _candidate_ids(session: Session, ws: Workspace, probes: list[tuple[str, int]]) -> list[int]:
    """Ids of names found by any of the probes, in probe order, duplicates dropped, so callers
    put the most telling probes first."""
    return list(dict.fromkeys(i for ids in _probed(session, ws, probes) for i in ids))


def _tiered(query_key: str, name_key: str) -> tuple[float, str]:
    if name_key == query_key:
        return 1.0, "exact"
    if name_key.startswith(query_key):
        return 0.9 + 0.05 * len(query_key) / len(name_key), "prefix"
    q_tokens, n_tokens = query_key.split(" "), name_key.split(" ")
    if all(any(n.startswith(q) for n in n_tokens) for q in q_tokens):
        coverage = sum(map(len, q_tokens)) / sum(map(len, n_tokens))
        return 0.75 + 0.1 * min(coverage, 1.0), "tokens"
    return 0.0, "fuzzy"


def _score(query_key: str, query_loose: str, name_key: str, name_loose: str) -> tuple[float, str]:
    """Score a name without difflib: exact, prefix or all words, strict or loose."""
    if not name_key:
        return 0.0, "fuzzy"
    score, how = _tiered(query_key, name_key)
    if how != "fuzzy":
        return score, how
    # "hillerod" for "hilleroed": the same kind of match, ranked just below the strict one.
    score, how = _tiered(query_loose, name_loose)
    return (score - LOOSE_PENALTY if how != "fuzzy" else 0.0), how


def _fuzzy_score(query_loose: str, name_loose: str) -> float:
    # Compare with as many words of the name as the query has, so a typo in "danske bnak"
    # still scores well against the longer "danske bank greve".
    q_words, n_words = query_loose.count(" ") + 1, name_loose.split(" ")
    ratio = _ratio(query_loose, name_loose)
    if len(n_words) > q_words:
        ratio = max(ratio, _ratio(query_loose, " ".join(n_words[:q_words])))
    return 0.7 * ratio if ratio >= FUZZY_MIN_RATIO else 0.0


def _ratio(a: str, b: str) -> float:
    matcher = difflib.SequenceMatcher(None, a, b)
    # The quick upper bounds skip the expensive comparison for most candidates.
    if matcher.real_quick_ratio() < FUZZY_MIN_RATIO or matcher.quick_ratio() < FUZZY_MIN_RATIO:
        return 0.0
    return matcher.ratio()


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


@dataclass(frozen=True)
class _Hit:
    partner_id: int
    name: str
    score: float
    how: str


def _score_names(session: Session, ws: Workspace, key: str, loose: str, ids: Iterable[int], limit: int) -> list[_Hit]:
    """Score names by id; only plain columns are read, partners are loaded for the winners."""
    ids = list(ids)[:NAME_CANDIDATES]
    if not ids:
        return []
    stmt = (
        select(
            PartnerName.partner_id,
            PartnerName.name,
            PartnerName.key,
            PartnerName.loose,
            PartnerName.is_alias,
        )
        .join(Partner, Partner.id == PartnerName.partner_id)
        .where(
            in_ws(PartnerName, ws),
            in_ws(Partner, ws),
            Partner.deleted_at.is_(None),
            PartnerName.id.in_(ids),
        )
    )
    hits = []
    rest = []
    for row in session.execute(stmt):
        score, how = _score(key, loose, row.key, row.loose)
        if score > 0:
            hits.append(_Hit(row.partner_id, row.name, score - (0.01 if row.is_alias else 0.0), how))
        elif row.key:
            rest.append(row)
    # Fuzzy scores rank below every other kind, so difflib only runs when the other kinds
    # do not fill the page.
    if len({h.partner_id for h in hits}) >= limit:
        return hits
    if len(rest) > FUZZY_SCORED:
        # difflib is the slow part: compare in full only the names sharing most letter pairs.
        grams = _bigrams(loose)
        rest.sort(key=lambda row: -len(grams & _bigrams(row.loose)))
        rest = rest[:FUZZY_SCORED]
    for row in rest:
        score = _fuzzy_score(loose, row.loose)
        if score > 0:
            # The partner's own name wins a tie with someone's alias.
            hits.append(_Hit(row.partner_id, row.name, score - (0.01 if row.is_alias else 0.0), "fuzzy"))
    return hits


def _fuzzy_probes(q_tokens: list[str]) -> list[tuple[str, int]]:
    """Prefixes to gather typo candidates from, the most telling first."""
    slips: list[tuple[str, int]] = []
    starts: list[tuple[str, int]] = []
    for tok in q_tokens[:FUZZY_WORDS]:
        if len(tok) < 3:
            continue
        # One slip anywhere in the word: two letters swapped, or one letter too many. Each
        # variant is a whole word, so its range is narrow and holds the right name.
        word = tok[:FUZZY_SLIP_LETTERS]
        variants = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        variants |= {word[:i] + word[i + 1 :] for i in range(len(word))}
        slips += [(v, FUZZY_CANDIDATES // 10) for v in sorted(variants - {word}) if len(v) >= 3]
        # Any other typo leaves the start of the word intact: longer starts first.
        starts += [(tok[:n], FUZZY_CANDIDATES // 4) for n in range(min(len(tok), 5), 2, -1)]
    return slips + starts


def find_partners(session: Session, *, ws: Workspace, query: str, limit: int = 10) -> list[Match]:
    """Find live partners by a typed name: exact, then prefix, word prefixes, then fuzzy."""
    key = search_key(query)
    if not key:
        return []
    loose = loose_key(key)
    q_tokens = list(dict.fromkeys(loose.split(" ")))[:4]
    # Longest words first: they are the most selective. One complete set is enough, because
    # scoring checks every word anyway; an empty set marks a misspelt word.
    # Ids keep the order the database gave: names whose first word matches come first.
    # Every word is probed in one round trip (a new name's words are all looked up anyway).
    ids: list[int] = []
    cut_lists: list[list[int]] = []
    misspelt: list[str] = []
    by_length = sorted(q_tokens, key=len, reverse=True)
    for tok, found in zip(by_length, _probed(session, ws, [(t, TOKEN_CANDIDATES) for t in by_length]), strict=True):
        if not found:
            misspelt.append(tok)
        elif len(found) >= TOKEN_CANDIDATES:
            cut_lists.append(found)
        else:
            ids = found
            break
    else:
        if cut_lists:
            common = set(cut_lists[0]).intersection(*cut_lists[1:])
            ids = [i for i in cut_lists[0] if i in common]
    hits = _score_names(session, ws, key, loose, ids, limit)
    if not any(h.how != "fuzzy" for h in hits):
        # Nothing matched word by word: probably a typo, so compare with names that start
        # like the misspelt words would without the slip.
        fuzzy = _candidate_ids(session, ws, _fuzzy_probes(misspelt or q_tokens))
        seen = set(ids[:NAME_CANDIDATES])
        hits += _score_names(session, ws, key, loose, [i for i in fuzzy if i not in seen], limit)
    best: dict[int, _Hit] = {}
    for hit in hits:
        if hit.partner_id not in best or hit.score > best[hit.partner_id].score:
            best[hit.partner_id] = hit
    top = sorted(best.values(), key=lambda h: -h.score)[: limit * 2]
    if not top:
        return []
    loaded = {
        p.id: p
        for p in session.scalars(select(Partner).where(in_ws(Partner, ws), Partner.id.in_([h.partner_id for h in top])))
    }
    matches = [Match(loaded[h.partner_id], round(h.score, 4), h.name, h.how) for h in top if h.partner_id in loaded]
    matches.sort(key=lambda m: (-m.score, m.partner.name, m.partner.id))
    return matches[:limit]


def similarity(a: str, b: str) -> float:
    """Return how alike two organisation names are once folded (1.0 is the same key)."""
    ka, kb = search_key(a), search_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb or sorted(ka.split()) == sorted(kb.split()):
        return 1.0
    return difflib.SequenceMatcher(None, ka, kb).ratio()


def probable_duplicates(session: Session, *, ws: Workspace, name: str, exclude_id: int | None = None) -> list[Match]:
    """Return live partners whose name or alias is probably the same organisation as name."""
    found = []
    for match in find_partners(session, ws=ws, query=name, limit=20):
        if match.partner.id == exclude_id:
            continue
        sim = similarity(name, match.name)
        if sim >= DUPLICATE_MIN_SIMILARITY:
            found.append(Match(match.partner, round(sim, 4), match.name, match.how))
    return sorted(found, key=lambda m: -m.score)


def partners_named_in(session: Session, *, ws: Workspace, text: str, max_words: int = 120) -> list[tuple[int, str]]:
    """Live partners whose whole name or alias appears in the text, as (id, name); only the longest
    names found are kept ("danske bank greve" over "danske bank").

    The workspace's own partners are the best dictionary: "ringede til danske bank greve" names a
    partner even when nothing in the text looks like a proper name.
    """
    words = tokens(text)[:max_words]
    grams = {" ".join(words[i : i + n]) for n in range(1, 6) for i in range(len(words) - n + 1)}
    grams = {g for g in grams if len(g) >= 3}
    if not grams:
        return []
    rows = session.execute(
        select(PartnerName.key, Partner.id, Partner.name)
        .join(Partner, Partner.id == PartnerName.partner_id)
        .where(
            in_ws(PartnerName, ws),
            PartnerName.key.in_(grams),
            Partner.deleted_at.is_(None),
            Partner.merged_into_id.is_(None),
        )
    ).all()
    found: dict[int, tuple[int, str]] = {}
    for key, partner_id, name in rows:
        length = len(key.split(" "))
        if partner_id not in found or found[partner_id][0] < length:
            found[partner_id] = (length, name)
    longest = max((length for length, _ in found.values()), default=0)
    return [
        (pid, name)
        for pid, (length, name) in sorted(found.items(), key=lambda x: (-x[1][0], x[1][1]))
        if length == longest
    ]
