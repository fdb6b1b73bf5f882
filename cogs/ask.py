"""Questions in plain words: /ask, mentions ("@Racebot who endorsed caruso?") and direct messages. A slash command is
answered in the user's Discord language; a mention or a DM in the language the question is written in."""

from __future__ import annotations

import logging
import math
import re
import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.engine.answers import Answer
from bot.engine.engine import AskContext, question_language
from bot.engine.kinds import QuestionKind
from bot.engine.reask import question_with
from bot.i18n import language_of, messages
from bot.logs import log_context
from cogs import limits
from cogs.help import full_help
from cogs.replies import NO_PINGS, Retry, reply_to_message, send_answer, send_embed

if TYPE_CHECKING:
    from bot.client import Racebot

log = logging.getLogger(__name__)

def without_mention(content: str, user_id: int) -> str:
    return re.sub(rf"<@!?{user_id}>", " ", content).strip()


class Ask(commands.Cog):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot
        self.cooldown = commands.CooldownMapping.from_cooldown(
            limits.MENTION_RATE, limits.MENTION_PER_SECONDS, commands.BucketType.user
        )
        self.warned: set[int] = set()  # users told to slow down during their current cooldown

    async def answer(self, question: str, guild_id: int | None, language: str | None = None) -> Answer:
        """The engine's answer, counted in the metrics with its time; `language` None: in the question's language."""
        started = time.perf_counter()
        answer = await self.bot.engine.ask(question, AskContext(guild_id=guild_id, language=language))
        self.bot.metrics.answered(answer, time.perf_counter() - started)
        return answer

    def retry_for(self, question: str, answer: Answer, guild_id: int | None) -> Retry:
        async def retry(choice: str) -> Answer:
            return await self.answer(question_with(question, answer, choice), guild_id, answer.language)

        return retry

    @app_commands.command(name="ask", description=_T("Ask a question in plain words"),
                          extras={"example": _T("/ask question:who endorsed Karen Bass?")})
    @app_commands.describe(question=_T("e.g. who is ahead in LA? · who endorsed Caruso? · the latest Berkeley poll"))
    async def ask(self, interaction: discord.Interaction, question: str) -> None:
        await interaction.response.defer(thinking=True)
        answer = await self.answer(question, interaction.guild_id, language_of(interaction.locale))
        if answer.intent == QuestionKind.HELP:
            await send_embed(interaction, full_help(self.bot, answer.language))
            return
        await send_answer(interaction, answer, self.retry_for(question, answer, interaction.guild_id))

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.webhook_id is not None:
            return
        if message.guild is not None and all(user.id != me.id for user in message.mentions):
            return
        context = await self.bot.get_context(message)
        if context.valid:  # an owner command such as "@Racebot sync", handled by discord.py's command handler
            return
        guild_id = message.guild.id if message.guild else None
        log_context(guild_id=guild_id, channel_id=message.channel.id)
        if not await self.within_cooldown(message):
            return
        question = without_mention(message.content, me.id)
        try:
            async with message.channel.typing():
                answer = await self.answer(question, guild_id)
                if answer.intent == QuestionKind.HELP:
                    await message.reply(embed=full_help(self.bot, answer.language), mention_author=False,
                                        allowed_mentions=NO_PINGS)
                else:
                    await reply_to_message(message, answer, self.retry_for(question, answer, guild_id))
        except discord.Forbidden:
            log.warning("no permission to answer in channel %s (guild %s)", message.channel.id, guild_id)

    async def within_cooldown(self, message: discord.Message) -> bool:
        """False when the user asks too fast; they are told so once per cooldown, then ignored until it ends."""
        retry_after = self.cooldown.update_rate_limit(message)
        if not retry_after:
            self.warned.discard(message.author.id)
            return True
        if message.author.id not in self.warned:
            self.warned.add(message.author.id)
            seconds = math.ceil(retry_after)
            m = messages(question_language(message.content))
            try:
                await message.reply(m.gettext("You're asking faster than I can answer. Please wait {seconds} seconds, "
                                              "then ask again.").format(seconds=seconds),
                                    mention_author=False, allowed_mentions=NO_PINGS)
            except discord.Forbidden:
                log.warning("no permission to answer in channel %s", message.channel.id)
        return False


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Ask(bot))
