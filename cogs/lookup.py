"""/candidate, /race, /endorsements and /endorser: a name in, a sourced answer out."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.i18n import language_of
from cogs import autocomplete
from cogs.replies import send_answer

if TYPE_CHECKING:
    from bot.client import Racebot


class Lookup(commands.Cog):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot

    @app_commands.command(name="candidate", description=_T("A candidate's profile: party, races, endorsements"),
                          extras={"example": "/candidate name:Karen Bass"})
    @app_commands.describe(name=_T("The candidate (typos are fine)"))
    @app_commands.autocomplete(name=autocomplete.candidates)
    async def candidate(self, interaction: discord.Interaction, name: str) -> None:
        await interaction.response.defer(thinking=True)
        engine, language = self.bot.engine, language_of(interaction.locale)
        await send_answer(interaction, await engine.candidate_answer(name, language),
                          lambda text: engine.candidate_answer(text, language))

    @app_commands.command(name="race", description=_T("A race: who is running, with status and party, and the dates"),
                          extras={"example": "/race race:la-mayor-2022"})
    @app_commands.describe(race=_T("The race: its slug (la-mayor-2022) or name"))
    @app_commands.autocomplete(race=autocomplete.races)
    async def race(self, interaction: discord.Interaction, race: str) -> None:
        await interaction.response.defer(thinking=True)
        engine, language = self.bot.engine, language_of(interaction.locale)
        await send_answer(interaction, await engine.race_answer(race, language),
                          lambda text: engine.race_answer(text, language))

    @app_commands.command(name="endorsements", description=_T("Who endorsed a candidate, with sources"),
                          extras={"example": "/endorsements candidate:Rick Caruso"})
    @app_commands.describe(candidate=_T("The candidate (typos are fine)"))
    @app_commands.autocomplete(candidate=autocomplete.candidates)
    async def endorsements(self, interaction: discord.Interaction, candidate: str) -> None:
        await interaction.response.defer(thinking=True)
        engine, language = self.bot.engine, language_of(interaction.locale)
        await send_answer(interaction, await engine.endorsements_answer(candidate, language),
                          lambda text: engine.endorsements_answer(text, language))

    @app_commands.command(name="endorser", description=_T("Whom a person or organisation endorsed, with sources"),
                          extras={"example": "/endorser name:Snoop Dogg"})
    @app_commands.describe(name=_T("The person or organisation (typos are fine)"))
    @app_commands.autocomplete(name=autocomplete.endorsers)
    async def endorser(self, interaction: discord.Interaction, name: str) -> None:
        await interaction.response.defer(thinking=True)
        engine, language = self.bot.engine, language_of(interaction.locale)
        await send_answer(interaction, await engine.endorser_answer(name, language),
                          lambda text: engine.endorser_answer(text, language))


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Lookup(bot))
