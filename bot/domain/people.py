"""Who is asking: the workspace, the user, their language and timezone (nothing here knows Slack)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.domain.services import Services
from bot.i18n import language_from_locale
from bot.settings import Settings
from storage.scope import Workspace
from storage.users import get_or_create_user, get_user

PROFILE_MAX_AGE = timedelta(days=1)


@dataclass(frozen=True)
class Actor:
    """The person behind a request, as the bot should address them."""

    ws: Workspace
    user_id: str
    lang: str
    tz: str


def default_actor(settings: Settings, ws: Workspace, user_id: str) -> Actor:
    """An actor with the configured defaults, for when the user's profile cannot be read."""
    return Actor(ws=ws, user_id=user_id, lang=settings.default_language, tz=settings.default_timezone)


# A function that asks Slack for a user's (locale, tz); either may be None when Slack cannot say.
ProfileFetch = Callable[[], tuple[str | None, str | None]]


def load_actor(services: Services, ws: Workspace, user_id: str, fetch: ProfileFetch | None) -> Actor:
    """Load a user's language and timezone; on first sight or once a day, refresh them with fetch."""
    settings = services.settings
    now = services.now()
    # Every request reads this row before its handler runs: a plain read, so on SQLite it does
    # not queue behind writers; only a first-time user is written here.
    with services.transaction(user_id, read_only=True) as session:
        user = get_user(session, ws=ws, user_id=user_id)
        if user is not None:
            override, locale, tz, updated_at = user.language, user.locale, user.tz, user.updated_at
    if user is None:
        with services.transaction(None) as session:
            user = get_or_create_user(session, ws=ws, user_id=user_id)
            override, locale, tz, updated_at = user.language, user.locale, user.tz, user.updated_at
    # updated_at moves with any change to the row; good enough to refresh roughly daily.
    stale = locale is None or tz is None or now - updated_at > PROFILE_MAX_AGE
    if stale and fetch is not None:
        fetched_locale, fetched_tz = fetch()
        if fetched_locale or fetched_tz:
            locale, tz = fetched_locale or locale, fetched_tz or tz
            with services.transaction(None) as session:
                user = get_or_create_user(session, ws=ws, user_id=user_id)
                user.locale, user.tz, user.updated_at = locale, tz, now
    lang, tz = language_and_timezone(override, locale, tz, settings)
    return Actor(ws=ws, user_id=user_id, lang=lang, tz=tz)


def language_and_timezone(
    override: str | None, locale: str | None, tz: str | None, settings: Settings
) -> tuple[str, str]:
    """A user's language (their override, else their Slack locale, else the default) and timezone."""
    lang = override or language_from_locale(locale, settings.default_language)
    return lang, tz if tz is not None and valid_timezone(tz) else settings.default_timezone


@lru_cache(maxsize=512)
def valid_timezone(name: str | None) -> bool:
    """True when name is a timezone this machine knows."""
    if not name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True
