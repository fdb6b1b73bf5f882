"""Sending a typed answer back to Discord: the first page, with page buttons or "did you mean" buttons."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import partial

import discord

from bot.engine.answers import Answer
from bot.i18n import messages
from cogs import limits
from cogs.embeds import answer_pages, cut
from cogs.paginator import AskerOnlyView, Paginator

log = logging.getLogger(__name__)

NO_PINGS = discord.AllowedMentions.none()
Retry = Callable[[str], Awaitable[Answer]]
"""Answers the same request again with a suggested name instead of the one the user typed."""


class SuggestionView(AskerOnlyView):
    """One button per "did you mean" name; pressing one answers again with that name, in place."""

    def __init__(self, suggestions: tuple[str, ...], asker_id: int, retry: Retry) -> None:
        super().__init__(asker_id)
        self.retry = retry
        for suggestion in suggestions[: limits.SUGGESTION_BUTTONS]:
            button: discord.ui.Button[SuggestionView] = discord.ui.Button(
                label=cut(suggestion, limits.BUTTON_LABEL), style=discord.ButtonStyle.primary
            )
            button.callback = partial(self.choose, suggestion=suggestion)
            self.add_item(button)

    async def choose(self, interaction: discord.Interaction, *, suggestion: str) -> None:
        await interaction.response.defer()
        self.stop()
        answer = await self.retry(suggestion)
        embed, view = build_reply(answer, self.asker_id, self.retry)
        message = await interaction.edit_original_response(embed=embed, view=view, allowed_mentions=NO_PINGS)
        if view is not None:
            view.message = message


def build_reply(answer: Answer, asker_id: int,
                retry: Retry | None = None) -> tuple[discord.Embed, AskerOnlyView | None]:
    """The embed to send first and the buttons that go with it (page buttons, or suggestions), if any."""
    pages = answer_pages(answer)
    if len(pages) > 1:
        return pages[0], Paginator(pages, asker_id, messages(answer.language))
    if answer.suggestions and answer.status != "ok" and retry is not None:
        return pages[0], SuggestionView(answer.suggestions, asker_id, retry)
    return pages[0], None


async def send_answer(interaction: discord.Interaction, answer: Answer, retry: Retry | None = None, *,
                      ephemeral: bool = False) -> None:
    """Answer an interaction (deferred or not) with a typed answer."""
    embed, view = build_reply(answer, interaction.user.id, retry)
    await send_embed(interaction, embed, view=view, ephemeral=ephemeral)


async def send_embed(interaction: discord.Interaction, embed: discord.Embed, *, view: AskerOnlyView | None = None,
                     file: discord.File | None = None, ephemeral: bool = False) -> None:
    """Send one embed as the interaction's answer (a follow-up if it was deferred); no one is pinged."""
    extra: dict = {}
    if view is not None:
        extra["view"] = view
    if file is not None:
        extra["file"] = file
    if interaction.response.is_done():
        message = await interaction.followup.send(embed=embed, ephemeral=ephemeral, allowed_mentions=NO_PINGS,
                                                  wait=True, **extra)
    else:
        await interaction.response.send_message(embed=embed, ephemeral=ephemeral, allowed_mentions=NO_PINGS,
                                                **extra)
        message = await interaction.original_response() if view is not None else None
    if view is not None:
        view.message = message


async def send_text(interaction: discord.Interaction, text: str, *, ephemeral: bool = True) -> None:
    """A short plain message (errors, refusals), ephemeral by default."""
    text = cut(text, limits.MESSAGE_CONTENT)
    if interaction.response.is_done():
        await interaction.followup.send(text, ephemeral=ephemeral, allowed_mentions=NO_PINGS)
    else:
        await interaction.response.send_message(text, ephemeral=ephemeral, allowed_mentions=NO_PINGS)


async def reply_to_message(message: discord.Message, answer: Answer, retry: Retry | None = None) -> None:
    """Answer a mention or a direct message in its channel, as a reply to it."""
    embed, view = build_reply(answer, message.author.id, retry)
    extra = {"view": view} if view is not None else {}
    sent = await message.reply(embed=embed, mention_author=False, allowed_mentions=NO_PINGS, **extra)
    if view is not None:
        view.message = sent
