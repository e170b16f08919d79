"""`/partner language da|en|auto`: a per-user override of the Slack locale."""

from __future__ import annotations

from bot.i18n import LANGUAGES, language_from_locale, t
from handlers.router import Commands, Invocation
from storage.users import get_or_create_user


def handle_language(invocation: Invocation) -> None:
    """Store the user's language choice and confirm it in the chosen language."""
    choice = invocation.args.strip().lower()
    if choice not in (*LANGUAGES, "auto"):
        invocation.ack(
            response_type="ephemeral", text=t(invocation.lang, "language.usage", command=invocation.command_name)
        )
        return
    actor = invocation.actor
    with invocation.services.transaction(invocation.actor.user_id) as session:
        user = get_or_create_user(session, ws=actor.ws, user_id=actor.user_id)
        user.language = None if choice == "auto" else choice
        locale = user.locale
    if choice == "auto":
        # Confirm in the language the user will get from now on.
        lang = language_from_locale(locale, invocation.services.settings.default_language)
        invocation.ack(response_type="ephemeral", text=t(lang, "language.auto"))
    else:
        invocation.ack(response_type="ephemeral", text=t(choice, "language.set"))


def register(commands: Commands) -> None:
    """Add `language` (Danish: `sprog`)."""
    commands.add(
        "language",
        handle_language,
        help_key="help.cmd.language",
        usage="da|en|auto",
        aliases=("sprog",),
        da=("sprog", "da|en|auto"),
    )
