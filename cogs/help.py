"""/help: every command with an example, and the questions the bot understands."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from cogs.embeds import CommandHelp, help_embed
from cogs.replies import NO_PINGS

if TYPE_CHECKING:
    from bot.client import Racebot


def command_help(bot: commands.Bot) -> list[CommandHelp]:
    """Every slash command (subcommands one by one) with its options and the example it carries in `extras`."""
    entries = []
    for command in bot.tree.walk_commands():
        if isinstance(command, app_commands.Group):
            continue
        options = " ".join(f"{p.name}:" if p.required else f"[{p.name}:]" for p in command.parameters)
        usage = f"/{command.qualified_name} {options}".strip()
        example = command.extras.get("example", f"/{command.qualified_name}")
        entries.append(CommandHelp(usage, command.description, example))
    return sorted(entries, key=lambda e: e.usage)


def full_help(bot: Racebot) -> discord.Embed:
    return help_embed(command_help(bot), [fact.text for fact in bot.engine.help_answer().facts])


class Help(commands.Cog):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="What Racebot can answer, with examples",
                          extras={"example": "/help"})
    async def help(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(embed=full_help(self.bot), ephemeral=True, allowed_mentions=NO_PINGS)


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Help(bot))
