"""Partners: creating, searching, duplicate detection, merging, soft delete."""

from __future__ import annotations

import pytest

from storage import audit, partners, search
from storage.models import AuditAction, PartnerKind, Stage
from storage.scope import NotFound


def _make(session, ws, *names, **kw):
    return [partners.create_partner(session, ws=ws, name=n, allow_duplicate=True, **kw) for n in names]


def _names(matches):
    return [m.partner.name for m in matches]


def test_create_and_get(session, ws):
    p = partners.create_partner(
        session, ws=ws, name="Danske Bank Greve", kind=PartnerKind.BUSINESS, aliases=["DB Greve"]
    )
    session.commit()
    got = partners.get_partner(session, ws=ws, partner_id=p.id)
    assert got is not None and got.name == "Danske Bank Greve"
    assert got.kind is PartnerKind.BUSINESS and got.stage is Stage.PROSPECT
    assert [n.name for n in partners.names_of(session, ws=ws, partner_id=p.id)] == [
        "Danske Bank Greve",
        "DB Greve",
    ]
    assert got.created_at.tzinfo is not None and got.created_at.utcoffset().total_seconds() == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("danske bank greve", "Danske Bank Greve"),
        ("DANSKE", "Danske Bank Greve"),
        ("danske", "Danske Bank Greve"),
        ("greve bank", "Danske Bank Greve"),
        ("bog og ide", "Bog & Idé Greve"),
        ("Bog & Ide", "Bog & Idé Greve"),
        ("boghandel", "Bog & Idé Greve"),  # alias
        ("oersted", "Ørsted A/S"),
        ("ørsted", "Ørsted A/S"),
        ("orsted", "Ørsted A/S"),  # fuzzy
        ("Aeroe kommune", "Ærø Kommune"),
        ("aero", "Ærø Kommune"),  # fuzzy: ae/æ is folded, but "aero" misses the e of "aeroe"
        ("danske bnak", "Danske Bank Greve"),  # typo
        ("foa", "FOA SOSU"),
    ],
)
def test_find_partners(session, ws, query, expected):
    _make(session, ws, "Danske Bank Greve", "Ørsted A/S", "Ærø Kommune", "FOA SOSU", "Saxo")
    partners.create_partner(
        session, ws=ws, name="Bog & Idé Greve", aliases=["Boghandlen i Greve"], allow_duplicate=True
    )
    found = search.find_partners(session, ws=ws, query=query)
    assert found, query
    assert found[0].partner.name == expected


@pytest.mark.parametrize(
    ("query", "expected", "how"),
    [
        ("Hillerod", "Hillerød Bibliotek", "prefix"),  # ø typed as o
        ("HILLEROD BIBLIOTEK", "Hillerød Bibliotek", "exact"),
        ("bibliotek hillerod", "Hillerød Bibliotek", "tokens"),
        ("arhus", "Århus Sparekasse", "prefix"),  # å typed as a
        ("aarhus", "Århus Sparekasse", "prefix"),
        ("Naestved", "Næstved Gymnasium", "prefix"),  # æ typed as ae, strict
        ("nastved gym", "Næstved Gymnasium", "prefix"),  # æ typed as a
        ("sparekasse arhus", "Århus Sparekasse", "tokens"),
        ("hilelrod", "Hillerød Bibliotek", "fuzzy"),  # typo and no ø
        ("nastved gymnaisum", "Næstved Gymnasium", "fuzzy"),  # no æ and a typo
    ],
)
def test_loose_danish_letters(session, ws, query, expected, how):
    _make(session, ws, "Hillerød Bibliotek", "Århus Sparekasse", "Næstved Gymnasium", "Hiller A/S")
    found = search.find_partners(session, ws=ws, query=query)
    assert found, query
    assert (found[0].partner.name, found[0].how) == (expected, how)


def test_strict_match_ranks_above_loose_match(session, ws):
    # "Moen" is stored "moen", "Møn" as "moen" too; "Mon" only matches Møn loosely.
    _make(session, ws, "Mon Bageri", "Møn Bageri", "Moen Bageri")
    found = search.find_partners(session, ws=ws, query="mon bageri")
    assert _names(found)[0] == "Mon Bageri" and found[0].how == "exact"
    assert {m.partner.name for m in found[1:]} == {"Møn Bageri", "Moen Bageri"}
    assert all(m.how == "exact" and m.score < found[0].score for m in found[1:])
    # The loose exact match still ranks above a strict prefix match.
    _make(session, ws, "Mon Bageri Greve")
    found = search.find_partners(session, ws=ws, query="mon bageri")
    assert [m.how for m in found] == ["exact", "exact", "exact", "prefix"]


def test_loose_keys_are_stored_for_names_and_word_tails(session, ws):
    (p,) = _make(session, ws, "Ærø Kommune Åbenrå")
    partners.add_alias(session, ws=ws, partner_id=p.id, alias="Kommunen på Ærø")
    rows = partners.names_of(session, ws=ws, partner_id=p.id)
    assert [(r.key, r.loose) for r in rows] == [
        ("aeroe kommune aabenraa", "aro kommune abenra"),
        ("kommunen paa aeroe", "kommunen pa aro"),
    ]
    assert sorted(t.loose for t in rows[0].tokens) == ["abenra", "kommune abenra"]
    assert search.find_partners(session, ws=ws, query="pa aro")[0].partner.id == p.id


def test_loose_key_of_a_prefix_is_a_prefix():
    from storage.names import loose_key

    for word in ("hilleroed", "aarhus", "aeroe", "aaae", "oeaa", "kaaeoe"):
        for n in range(1, len(word) + 1):
            assert loose_key(word).startswith(loose_key(word[:n])), (word, n)
    assert loose_key("hilleroed aeroe aabenraa") == "hillerod aro abenra"


def test_ranking_exact_before_prefix_before_tokens(session, ws):
    _make(session, ws, "Greve Bibliotek", "Greve", "Danske Bank Greve", "Greve Gymnasium")
    found = search.find_partners(session, ws=ws, query="greve")
    assert [m.how for m in found][:1] == ["exact"]
    assert _names(found)[0] == "Greve"
    assert {m.how for m in found[1:3]} == {"prefix"}
    assert found[-1].how == "tokens" and found[-1].partner.name == "Danske Bank Greve"
    scores = [m.score for m in found]
    assert scores == sorted(scores, reverse=True)


def test_find_ignores_deleted_and_respects_limit(session, ws):
    a, _b, _c = _make(session, ws, "Lokal Bank A", "Lokal Bank B", "Lokal Bank C")
    partners.soft_delete_partner(session, ws=ws, partner_id=a.id)
    found = search.find_partners(session, ws=ws, query="lokal bank", limit=5)
    assert _names(found) == ["Lokal Bank B", "Lokal Bank C"]
    assert len(search.find_partners(session, ws=ws, query="lokal", limit=1)) == 1
    assert search.find_partners(session, ws=ws, query="  !! ") == []


def test_probable_duplicates_are_caught(session, ws):
    p = partners.create_partner(session, ws=ws, name="Danske Bank Greve")
    with pytest.raises(partners.ProbableDuplicate) as err:
        partners.create_partner(session, ws=ws, name="Danske Bank, Greve afd.")
    assert [m.partner.id for m in err.value.candidates] == [p.id]
    for same in ("danske bank greve afdeling", "Greve Danske Bank", "Danske Bank Grewe"):
        assert [m.partner.id for m in search.probable_duplicates(session, ws=ws, name=same)] == [p.id], same
    for different in ("Danske Bank Roskilde", "Danske Bank", "Nordea Greve"):
        assert search.probable_duplicates(session, ws=ws, name=different) == [], different
    # The caller can insist after asking.
    partners.create_partner(session, ws=ws, name="Danske Bank, Greve afd.", allow_duplicate=True)


def test_alias_is_a_duplicate_too(session, ws):
    p = partners.create_partner(session, ws=ws, name="Socialforvaltningen", aliases=["SOF"])
    assert [m.partner.id for m in search.probable_duplicates(session, ws=ws, name="sof")] == [p.id]


def test_add_alias_and_rename(session, ws):
    (p,) = _make(session, ws, "Københavns Kommune Sundhedsforvaltningen")
    partners.add_alias(session, ws=ws, partner_id=p.id, alias="SUF")
    assert _names(search.find_partners(session, ws=ws, query="suf")) == [p.name]
    partners.rename_partner(session, ws=ws, partner_id=p.id, name="Sundheds- og Omsorgsforvaltningen")
    assert search.find_partners(session, ws=ws, query="sundheds og omsorg")[0].partner.id == p.id
    assert search.find_partners(session, ws=ws, query="kobenhavns kommune")[0].partner.id == p.id


def test_set_stage_and_update(session, ws):
    (p,) = _make(session, ws, "Saxo")
    partners.set_stage(session, ws=ws, partner_id=p.id, stage=Stage.AGREED_VERBALLY)
    assert p.stage is Stage.AGREED_VERBALLY
    with pytest.raises(ValueError):
        partners.set_stage(session, ws=ws, partner_id=p.id, stage="nearly")
    with pytest.raises(TypeError):
        partners.update_partner(session, ws=ws, partner_id=p.id, team_id="T0B")


def test_soft_delete_and_restore_are_audited(session, ws):
    audit.set_actor(session, "U1")
    (p,) = _make(session, ws, "Saxo")
    partners.soft_delete_partner(session, ws=ws, partner_id=p.id)
    assert partners.get_partner(session, ws=ws, partner_id=p.id) is None
    assert partners.get_partner(session, ws=ws, partner_id=p.id, include_deleted=True) is p
    partners.restore_partner(session, ws=ws, partner_id=p.id)
    session.commit()
    assert partners.get_partner(session, ws=ws, partner_id=p.id) is p
    actions = [r.action for r in audit.history(session, ws=ws, entity_type="partners", entity_id=p.id)]
    assert actions == [AuditAction.CREATE, AuditAction.DELETE, AuditAction.RESTORE]
    assert all(r.actor == "U1" for r in audit.history(session, ws=ws))


def test_unknown_ids(session, ws):
    assert partners.get_partner(session, ws=ws, partner_id=12345) is None
    with pytest.raises(NotFound):
        partners.require_partner(session, ws=ws, partner_id=12345)
