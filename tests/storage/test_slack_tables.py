"""storage/slack_tables.py declares slack-sdk's OAuth tables without importing Slack; they must stay
what slack-sdk's stores build, or the stores would read and write columns the migrations lack."""

from __future__ import annotations

import pytest
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import MetaData, Table

from storage import slack_tables


def _shape(table: Table) -> tuple[object, ...]:
    columns = tuple(
        (c.name, type(c.type).__name__, getattr(c.type, "length", None), c.nullable, c.primary_key)
        for c in table.columns
    )
    indexes = sorted((i.name, tuple(c.name for c in i.columns)) for i in table.indexes)
    return table.name, columns, tuple(indexes)


@pytest.mark.parametrize(
    ("ours", "build"),
    [
        (
            slack_tables.installations,
            lambda m: SQLAlchemyInstallationStore.build_installations_table(
                m, SQLAlchemyInstallationStore.default_installations_table_name
            ),
        ),
        (
            slack_tables.bots,
            lambda m: SQLAlchemyInstallationStore.build_bots_table(
                m, SQLAlchemyInstallationStore.default_bots_table_name
            ),
        ),
        (
            slack_tables.oauth_states,
            lambda m: SQLAlchemyOAuthStateStore.build_oauth_states_table(
                m, SQLAlchemyOAuthStateStore.default_table_name
            ),
        ),
    ],
)
def test_declared_tables_match_what_slack_sdk_builds(ours: Table, build) -> None:
    assert _shape(ours) == _shape(build(MetaData()))
