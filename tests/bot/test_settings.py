"""Settings: defaults, normalisation, and one clear line for each malformed value."""

from __future__ import annotations

from datetime import time

import pytest

from bot.settings import SettingsError, load_settings


def test_defaults_start_the_console_on_sqlite() -> None:
    settings = load_settings({})
    assert settings.mode == "console"
    assert settings.database_url.startswith("sqlite:///")
    assert settings.port == 3000
    assert settings.default_timezone == "Europe/Copenhagen"
    assert settings.digest_time == time(8, 30)


@pytest.mark.parametrize(
    ("env", "mode"),
    [
        ({"SLACK_APP_TOKEN": "xapp-1", "SLACK_BOT_TOKEN": "xoxb-1"}, "socket"),
        ({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}, "http"),
        ({"SLACK_SIGNING_SECRET": "s"}, "http"),
    ],
)
def test_mode_follows_the_credentials(env: dict[str, str], mode: str) -> None:
    assert load_settings(env).mode == mode


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("postgres://u:p@db:5432/x", "postgresql+psycopg://u:p@db:5432/x"),
        ("postgresql://u@db/x", "postgresql+psycopg://u@db/x"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_database_urls_as_platforms_give_them(raw: str, expected: str) -> None:
    assert load_settings({"DATABASE_URL": raw}).database_url == expected


def test_api_url_gets_a_trailing_slash() -> None:
    assert load_settings({"SLACK_API_URL": "http://127.0.0.1:9/api"}).slack_api_url == "http://127.0.0.1:9/api/"


@pytest.mark.parametrize(
    ("env", "fragment"),
    [
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"SLACK_API_URL": "ftp://x"}, "SLACK_API_URL"),
        ({"SLACK_APP_TOKEN": "xoxb-wrong"}, "SLACK_APP_TOKEN must start with 'xapp-'"),
        ({"DIGEST_TIME": "8.30pm"}, "DIGEST_TIME"),
        ({"PORT": "70000"}, "PORT"),
        ({"RUN_SCHEDULER": "maybe"}, "RUN_SCHEDULER"),
        ({"DEFAULT_LANGUAGE": "de"}, "DEFAULT_LANGUAGE"),
    ],
)
def test_malformed_values_name_the_setting(env: dict[str, str], fragment: str) -> None:
    with pytest.raises(SettingsError) as error:
        load_settings(env)
    assert fragment in str(error.value)
    assert "\n" not in str(error.value)


def test_http_and_socket_requirements() -> None:
    with pytest.raises(SettingsError, match="SLACK_SIGNING_SECRET"):
        load_settings({"SLACK_BOT_TOKEN": "xoxb-1"}).require_http()
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN"):
        load_settings({"SLACK_SIGNING_SECRET": "s"}).require_http()
    with pytest.raises(SettingsError, match="SLACK_BOT_TOKEN"):
        load_settings({"SLACK_APP_TOKEN": "xapp-1"}).require_socket()
    load_settings({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s"}).require_http()


def test_dotenv_fills_in_what_the_environment_leaves_unset(tmp_path, monkeypatch) -> None:
    (tmp_path / ".env").write_text("PORT=4567\nDIGEST_TIME=07:45\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DIGEST_TIME", "09:00")
    monkeypatch.delenv("PORT", raising=False)
    settings = load_settings()
    assert settings.port == 4567
    assert settings.digest_time == time(9, 0)
