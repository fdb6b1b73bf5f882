"""/help: every command with an example, and the questions the bot understands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.engine.kinds import QuestionKind
from bot.i18n import Messages, language_of, messages
from cogs.embeds import CommandHelp, help_embed
from cogs.replies import NO_PINGS

if TYPE_CHECKING:
    from bot.client import Racebot


def command_help(bot: commands.Bot, m: Messages | None = None) -> list[CommandHelp]:
    """Every slash command (subcommands one by one) with its options and the example it carries in `extras`; the
    descriptions and examples in `m`'s language (the command and option names stay what users type)."""
    m = m or messages()
    entries = []
    for command in bot.tree.walk_commands():
        if isinstance(command, app_commands.Group):
            continue
        options = " ".join(f"{p.name}:" if p.required else f"[{p.name}:]" for p in command.parameters)
        usage = f"/{command.qualified_name} {options}".strip()
        example = command.extras.get("example", f"/{command.qualified_name}")
        entries.append(CommandHelp(usage, m.gettext(str(command.description)), m.gettext(str(example))))
    return sorted(entries, key=lambda e: e.usage)


def full_help(bot: Racebot, language: str | None = None) -> discord.Embed:
    """The help in a language (English by default)."""
    m = messages(language)
    return help_embed(command_help(bot, m), [fact.text for fact in bot.engine.help_answer(QuestionKind.HELP,
                                                                                          m.language).facts],
                      m)


class Help(commands.Cog):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description=_T("What Racebot can answer, with examples"),
                          extras={"example": "/help"})
    async def help(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=full_help(self.bot, language_of(interaction.locale)),
                                                ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Help(bot))
