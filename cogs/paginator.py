"""Views only the asker may press: page buttons for long answers, and the base they share with other buttons."""

from __future__ import annotations

import logging
from typing import Any

import discord

from bot.i18n import ENGLISH, Messages, language_of, messages
from bot.logs import log_context
from cogs import limits

log = logging.getLogger(__name__)


class AskerOnlyView(discord.ui.View):
    """Buttons that answer only the person who asked; they are disabled when the view times out."""

    def __init__(self, asker_id: int) -> None:
        super().__init__(timeout=limits.VIEW_TIMEOUT_SECONDS)
        self.asker_id = asker_id
        self.message: discord.Message | discord.WebhookMessage | discord.InteractionMessage | None = None

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        log_context(guild_id=interaction.guild_id, channel_id=interaction.channel_id)
        if interaction.user.id == self.asker_id:
            return True
        m = messages(language_of(interaction.locale))  # the presser's language, not the asker's
        await interaction.response.send_message(
            m.gettext("These buttons belong to the person who asked. Ask your own question with /ask or by "
                      "mentioning me."),
            ephemeral=True,
        )
        return False

    async def on_timeout(self) -> None:
        self.disable()
        if self.message is None:
            return
        try:
            await self.message.edit(view=self)
        except discord.HTTPException as exc:  # deleted, or no access any more: nothing left to disable
            log.info("could not disable the buttons of message %s: %s", self.message.id, exc)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any], /) -> None:
        log.error("button %r failed for user %s in channel %s", getattr(item, "label", item), interaction.user.id,
                  interaction.channel_id, exc_info=error)
        text = messages(language_of(interaction.locale)).gettext("Sorry, that button failed. Please ask again.")
        if interaction.response.is_done():
            await interaction.followup.send(text, ephemeral=True)
        else:
            await interaction.response.send_message(text, ephemeral=True)

    def disable(self) -> None:
        for item in self.children:
            if isinstance(item, discord.ui.Button):
                item.disabled = True


class Paginator(AskerOnlyView):
    """Previous / page n of m / next, over a list of embeds; the buttons in the language of the pages."""

    def __init__(self, pages: list[discord.Embed], asker_id: int, m: Messages = ENGLISH) -> None:
        super().__init__(asker_id)
        if not pages:
            raise ValueError("a paginator needs at least one page")
        self.pages = pages
        self.index = 0
        self.previous.label = m.gettext("Previous")
        self.next.label = m.gettext("Next")
        self._refresh()

    @property
    def page(self) -> discord.Embed:
        return self.pages[self.index]

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await self._turn(interaction, self.index - 1)

    @discord.ui.button(label="1/1", style=discord.ButtonStyle.secondary, disabled=True)
    async def counter(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await interaction.response.defer()  # a label, never enabled

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.primary)
    async def next(self, interaction: discord.Interaction, button: discord.ui.Button[Paginator]) -> None:
        await self._turn(interaction, self.index + 1)

    async def _turn(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._refresh()
        await interaction.response.edit_message(embed=self.page, view=self)

    def _refresh(self) -> None:
        self.previous.disabled = self.index == 0
        self.next.disabled = self.index == len(self.pages) - 1
        self.counter.label = f"{self.index + 1}/{len(self.pages)}"
