"""/results: the count of a race's votes (final results, or as it comes in) with a chart of it."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.count_charts import count_chart, render_count_png
from bot.engine.answers import Answer
from bot.i18n import language_of
from cogs import autocomplete
from cogs.replies import build_reply, send_answer, send_embed

if TYPE_CHECKING:
    from bot.client import Racebot

CHART_FILE = "count-chart.png"


class Results(commands.Cog):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot

    @app_commands.command(name="results", description=_T("Who won or is winning a race: the count, with a chart"),
                          extras={"example": "/results race:la-mayor-2022"})
    @app_commands.describe(race=_T("The race: its slug (la-mayor-2022) or name"))
    @app_commands.autocomplete(race=autocomplete.races)
    async def results(self, interaction: discord.Interaction, race: str) -> None:
        await interaction.response.defer(thinking=True)
        engine, language = self.bot.engine, language_of(interaction.locale)
        answer = await engine.results_answer(race, language=language)
        chart = await count_chart(engine, race, language)
        if isinstance(chart, Answer) or answer.status != "ok":  # no count to draw: the answer alone
            await send_answer(interaction, answer, lambda name: engine.results_answer(name, language=language))
            return
        png = await asyncio.to_thread(render_count_png, chart)  # matplotlib is CPU work: off the event loop
        embed, view = build_reply(answer, interaction.user.id)
        embed.set_image(url=f"attachment://{CHART_FILE}")
        await send_embed(interaction, embed, view=view, file=discord.File(io.BytesIO(png), CHART_FILE))


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Results(bot))
