"""The per-workspace cache of known names (storage/known.py) is never older than the last commit.

Each test runs on SQLite and PostgreSQL. A second process is a real one (a child Python on the
same database), so what it changes reaches this process only through the database.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from storage import known
from storage.contacts import create_contact, update_contact
from storage.models import Campaign, KnownVersion
from storage.partners import add_alias, create_partner, merge_partners, soft_delete_partner
from storage.scope import Workspace
from storage.workspaces import purge_workspace

ROOT = Path(__file__).resolve().parents[2]


def _names(factory, ws: Workspace) -> set[str]:
    with factory() as session:
        return set(known.known(session, ws=ws).organizations)


def _commit(factory, fn) -> None:  # noqa: ANN001
    with factory.begin() as session:
        fn(session)


def test_a_new_partner_alias_and_contact_are_seen_by_the_next_read(session_factory, ws) -> None:
    assert _names(session_factory, ws) == set()
    _commit(session_factory, lambda s: create_partner(s, ws=ws, name="Saxo Forlag"))
    assert _names(session_factory, ws) == {"Saxo Forlag"}

    def alias_and_contact(s) -> None:  # noqa: ANN001
        saxo = s.scalars(select(known.PartnerName).where(known.PartnerName.name == "Saxo Forlag")).one()
        add_alias(s, ws=ws, partner_id=saxo.partner_id, alias="Saxo")
        create_contact(s, ws=ws, name="Lars Jensen", partner_id=saxo.partner_id, role="direktør")

    _commit(session_factory, alias_and_contact)
    with session_factory() as session:
        found = known.known(session, ws=ws)
        assert set(found.organizations) == {"Saxo Forlag", "Saxo"}
        assert found.contacts == (("Lars Jensen", "direktør"),)
        assert found.roles == ("direktør",)


def test_one_read_of_the_version_per_unit_of_work_while_nothing_changed(session_factory, engine, ws) -> None:
    from sqlalchemy import event

    _commit(session_factory, lambda s: create_partner(s, ws=ws, name="Saxo Forlag"))
    _names(session_factory, ws)  # cached
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        with session_factory() as session:
            known.known(session, ws=ws)
            known.known(session, ws=ws)  # the story's lookup in the same log: no second read
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    selects = [statement for statement in seen if not statement.startswith("BEGIN")]
    assert len(selects) == 1 and "known_versions" in selects[0]


def test_a_unit_of_work_sees_the_names_it_added_before_it_commits(session_factory, ws) -> None:
    _names(session_factory, ws)
    with session_factory() as session:
        create_partner(session, ws=ws, name="Gyldendal")
        session.flush()
        assert set(known.known(session, ws=ws).organizations) == {"Gyldendal"}
        session.rollback()
    assert _names(session_factory, ws) == set()  # rolled back: neither in the database nor in the cache


def test_a_rolled_back_savepoint_leaves_nothing_in_the_cache(session_factory, ws) -> None:
    _names(session_factory, ws)
    with session_factory.begin() as session:
        create_partner(session, ws=ws, name="Kept")
        with session.begin_nested() as nested:
            create_partner(session, ws=ws, name="Gone")
            session.flush()
            nested.rollback()
    assert _names(session_factory, ws) == {"Kept"}


def test_deleting_merging_and_changing_a_role_reach_the_cache(session_factory, ws) -> None:
    ids: dict[str, int] = {}

    def seed(s) -> None:  # noqa: ANN001
        for name in ("Saxo Forlag", "Saxo A/S", "Gyldendal"):
            ids[name] = create_partner(s, ws=ws, name=name).id
        ids["lars"] = create_contact(s, ws=ws, name="Lars", partner_id=ids["Gyldendal"], role="CEO").id

    _commit(session_factory, seed)
    assert _names(session_factory, ws) == {"Saxo Forlag", "Saxo A/S", "Gyldendal"}
    _commit(session_factory, lambda s: soft_delete_partner(s, ws=ws, partner_id=ids["Gyldendal"]))
    assert _names(session_factory, ws) == {"Saxo Forlag", "Saxo A/S"}
    _commit(session_factory, lambda s: merge_partners(s, ws=ws, keep_id=ids["Saxo Forlag"], merge_id=ids["Saxo A/S"]))
    with session_factory() as session:
        found = known.known(session, ws=ws)
        assert all(n.partner_id != ids["Saxo A/S"] for n in found.unmerged)
        fresh = known._load(session, ws, version=found.version)
        assert (found.names, found.people) == (fresh.names, fresh.people)
    _commit(session_factory, lambda s: update_contact(s, ws=ws, contact_id=ids["lars"], role="formand"))
    with session_factory() as session:
        assert known.known(session, ws=ws).contacts == (("Lars", "formand"),)


def test_a_purge_bumps_the_version_rather_than_resetting_it(session_factory, ws) -> None:
    _commit(session_factory, lambda s: create_partner(s, ws=ws, name="Saxo Forlag"))
    with session_factory() as session:
        before = session.scalar(select(KnownVersion.version))
    _names(session_factory, ws)
    _commit(session_factory, lambda s: purge_workspace(s, ws=ws))
    with session_factory() as session:
        assert session.scalar(select(KnownVersion.version)) == before + 1
    assert _names(session_factory, ws) == set()


def test_a_partner_added_by_another_process_is_seen_by_the_next_read_here(db_url, session_factory, ws) -> None:
    _commit(session_factory, lambda s: create_partner(s, ws=ws, name="Saxo Forlag"))
    assert _names(session_factory, ws) == {"Saxo Forlag"}  # cached in this process
    child = textwrap.dedent(
        f"""
        from storage.db import make_engine, make_session_factory
        from storage.partners import create_partner
        from storage.scope import Workspace
        factory = make_session_factory(make_engine({db_url!r}))
        with factory.begin() as session:
            create_partner(session, ws=Workspace({ws.team_id!r}, {ws.enterprise_id!r}), name="Gyldendal")
        """
    )
    subprocess.run([sys.executable, "-c", child], cwd=ROOT, check=True, timeout=120)
    assert _names(session_factory, ws) == {"Saxo Forlag", "Gyldendal"}


def _campaigns(factory, ws: Workspace) -> list[str]:
    with factory() as session:
        return [c.name for c in known.live_campaigns(session, ws=ws)]


def test_campaigns_added_renamed_and_deleted_reach_the_next_read(session_factory, ws, ws_b) -> None:
    from storage.campaigns import create_campaign, restore_campaign, soft_delete_campaign

    assert _campaigns(session_factory, ws) == []
    _commit(session_factory, lambda s: create_campaign(s, ws=ws, name="Læs for mig"))
    _commit(session_factory, lambda s: create_campaign(s, ws=ws_b, name="Sommerbogen"))
    assert _campaigns(session_factory, ws) == ["Læs for mig"]
    with session_factory.begin() as session:
        campaign = session.scalars(select(Campaign).where(Campaign.team_id == ws.team_id)).one()
        campaign.name = "Læs for mig 2027"
        campaign_id = campaign.id
    assert _campaigns(session_factory, ws) == ["Læs for mig 2027"]
    _commit(session_factory, lambda s: soft_delete_campaign(s, ws=ws, campaign_id=campaign_id))
    assert _campaigns(session_factory, ws) == []
    _commit(session_factory, lambda s: restore_campaign(s, ws=ws, campaign_id=campaign_id))
    assert _campaigns(session_factory, ws) == ["Læs for mig 2027"]
    assert _campaigns(session_factory, ws_b) == ["Sommerbogen"]


def test_a_unit_of_work_sees_its_own_campaign_and_a_new_partner_does_not_reload_the_names(
    session_factory, engine, ws
) -> None:
    from sqlalchemy import event

    from storage.campaigns import create_campaign

    _commit(session_factory, lambda s: create_campaign(s, ws=ws, name="Læs for mig"))
    seen: list[str] = []
    listener = lambda *args: seen.append(args[2])  # noqa: E731
    with session_factory() as session:
        known.known(session, ws=ws)  # the log is read against what the workspace knows
        create_partner(session, ws=ws, name="Saxo Forlag")  # the log adds a partner
        event.listen(engine, "before_cursor_execute", listener)
        try:
            assert [c.name for c in known.live_campaigns(session, ws=ws)] == ["Læs for mig"]
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        assert [s for s in seen if not s.startswith("BEGIN")] == []
        create_campaign(session, ws=ws, name="Sommerbogen")
        assert [c.name for c in known.live_campaigns(session, ws=ws)] == ["Læs for mig", "Sommerbogen"]
        session.rollback()
    assert _campaigns(session_factory, ws) == ["Læs for mig"]
