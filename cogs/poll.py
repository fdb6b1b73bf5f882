"""/poll latest|average|history|chart: a race's polls, its polling average and a chart of both."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.charts import poll_chart, render_png
from bot.engine.answers import Answer
from bot.i18n import language_of, messages
from cogs import autocomplete
from cogs.embeds import chart_embed
from cogs.replies import send_answer, send_embed

if TYPE_CHECKING:
    from bot.client import Racebot

CHART_FILE = "poll-chart.png"
RACE = _T("The race: its slug (la-mayor-2022) or name")
SUBGROUP = _T("A group of voters, e.g. Latino voters (optional)")


class Poll(commands.GroupCog, group_name="poll", group_description=_T("Polls of a race, with sources")):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="latest",
                          description=_T("The latest poll of a race, or how a group of voters is voting"),
                          extras={"example": "/poll latest race:la-mayor-2022"})
    @app_commands.describe(race=RACE, subgroup=SUBGROUP)
    @app_commands.autocomplete(race=autocomplete.races, subgroup=autocomplete.subgroups)
    async def latest(self, interaction: discord.Interaction, race: str, subgroup: str | None = None) -> None:
        await interaction.response.defer(thinking=True)
        engine, language = self.bot.engine, language_of(interaction.locale)
        answer = await (engine.subgroup_answer(race, subgroup, language) if subgroup
                        else engine.polls_answer(race, "latest", language=language))
        race_known = (await engine.find_race(race))[0] is not None

        async def retry(name: str) -> Answer:  # a suggestion replaces the race, or else the group, the user typed
            race_text, group = (race, name) if race_known else (name, subgroup)
            if group:
                return await engine.subgroup_answer(race_text, group, language)
            return await engine.polls_answer(race_text, "latest", language=language)

        await send_answer(interaction, answer, retry)

    @app_commands.command(name="average", description=_T("The polling average of a race, with the polls it uses"),
                          extras={"example": "/poll average race:la-mayor-2022"})
    @app_commands.describe(race=RACE)
    @app_commands.autocomplete(race=autocomplete.races)
    async def average(self, interaction: discord.Interaction, race: str) -> None:
        await interaction.response.defer(thinking=True)
        language = language_of(interaction.locale)
        answer = await self.bot.engine.polls_answer(race, "average", language=language)
        await send_answer(interaction, answer,
                          lambda name: self.bot.engine.polls_answer(name, "average", language=language))

    @app_commands.command(name="history", description=_T("Every poll of a race, oldest first, with sources"),
                          extras={"example": "/poll history race:la-mayor-2022"})
    @app_commands.describe(race=RACE)
    @app_commands.autocomplete(race=autocomplete.races)
    async def history(self, interaction: discord.Interaction, race: str) -> None:
        await interaction.response.defer(thinking=True)
        language = language_of(interaction.locale)
        answer = await self.bot.engine.polls_answer(race, "history", language=language)
        await send_answer(interaction, answer,
                          lambda name: self.bot.engine.polls_answer(name, "history", language=language))

    @app_commands.command(name="chart", description=_T("A chart of a race's polls and polling average"),
                          extras={"example": "/poll chart race:la-mayor-2022 candidate:Karen Bass"})
    @app_commands.describe(race=RACE, candidate=_T("Draw only this candidate (optional)"), subgroup=SUBGROUP)
    @app_commands.autocomplete(race=autocomplete.races, candidate=autocomplete.candidates,
                               subgroup=autocomplete.subgroups)
    async def chart(self, interaction: discord.Interaction, race: str, candidate: str | None = None,
                    subgroup: str | None = None) -> None:
        await interaction.response.defer(thinking=True)
        language = language_of(interaction.locale)
        chart = await poll_chart(self.bot.engine, race, candidate, subgroup, language)
        if isinstance(chart, Answer):
            await send_answer(interaction, chart)
            return
        png = await asyncio.to_thread(render_png, chart)  # matplotlib is CPU work: off the event loop
        embed = chart_embed(chart, CHART_FILE, messages(language))
        await send_embed(interaction, embed, file=discord.File(io.BytesIO(png), CHART_FILE))


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Poll(bot))
