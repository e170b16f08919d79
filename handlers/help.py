"""`/partner help`: what the bot can do, in the user's language."""

from __future__ import annotations

from bot.i18n import t
from handlers.router import Commands, Invocation
from handlers.shared import blockkit as bk


def build_help_blocks(
    commands: Commands, lang: str, command_name: str, unknown: str | None, rest: str = ""
) -> list[bk.Block]:
    """The help card: an optional 'unknown command' line (with the command it most likely meant, rest
    being the words after it), then one line per subcommand."""
    lines = []
    for sub in commands.subcommands:
        usage = f" {sub.shown_usage(lang)}" if sub.shown_usage(lang) else ""
        lines.append(f"• `{command_name} {sub.shown_name(lang)}{bk.escape(usage)}`: {t(lang, sub.help_key)}")
    word = bk.escape(bk.clip(unknown or "", 40))
    meant = commands.closest(unknown) if unknown else None
    if meant is not None:
        retyped = bk.escape(bk.clip(f"{command_name} {meant.shown_name(lang)} {rest}".strip(), 120))
        intro = t(lang, "help.unknown_meant", word=word, command=retyped)
    elif unknown:
        intro = t(lang, "help.unknown", word=word)
    else:
        intro = f"*{t(lang, 'help.title')}*\n{t(lang, 'help.usage', command=command_name)}"
    return [bk.section(intro), bk.section("\n".join(lines)), bk.context(t(lang, "help.footer"))]


def register(commands: Commands) -> None:
    """Add `help` and make it the answer to anything the bot does not know."""

    def answer(invocation: Invocation, unknown: str | None, rest: str = "") -> None:
        blocks = build_help_blocks(commands, invocation.lang, invocation.command_name, unknown, rest)
        invocation.ack(response_type="ephemeral", text=t(invocation.lang, "help.title"), blocks=blocks)

    def handle_help(invocation: Invocation) -> None:
        answer(invocation, None)

    def handle_unknown(invocation: Invocation) -> None:
        word, _, rest = invocation.args.partition(" ")
        answer(invocation, word or None, rest.strip())

    commands.add("help", handle_help, help_key="help.cmd.help", aliases=("hjælp", "hjaelp", "?"), da=("hjælp", ""))
    commands.unknown = handle_unknown
