"""/racebot: import and changes (the data editors: the bot's owner and DATA_EDITORS), default-race (Manage Server),
and the owner's "@Racebot sync"."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import aiohttp
import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.changes import Naming, changes_answer
from bot.db.change_log import changes_by
from bot.db.turns import WriteTurnTimeout
from bot.errors import ImportRejected
from bot.i18n import Messages, language_of, messages
from bot.importers import ImportSummary
from bot.importers.entry import import_any
from bot.importers.results_import import ResultsSummary
from cogs import autocomplete, checks
from cogs.embeds import import_embed, rejected_embed
from cogs.replies import NO_PINGS, send_answer, send_embed, send_text

if TYPE_CHECKING:
    from bot.client import Racebot

log = logging.getLogger(__name__)

MAX_IMPORT_BYTES = 25 * 1024 * 1024  # Discord's upload limit for a bot; larger files go through `racebot import`
IMPORT_SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".xml")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class Admin(commands.GroupCog, group_name="racebot", group_description=_T("Racebot settings for this server")):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="import",
                          description=_T("Import a race bundle (.yaml/.json) or a polls/endorsements CSV"),
                          extras={"example": "/racebot import file:la-mayor-2022.yaml"})
    @app_commands.describe(file=_T("A race bundle or CSV, as described in data/README.md"))
    @checks.data_editors_only()
    async def import_(self, interaction: discord.Interaction, file: discord.Attachment) -> None:
        m = messages(language_of(interaction.locale))
        _ = m.gettext
        rejected = _("Import rejected: nothing was changed")
        if not file.filename.lower().endswith(IMPORT_SUFFIXES) or file.size > MAX_IMPORT_BYTES:
            reason = _("{file}: use a .yaml, .yml, .json, .csv or .xml (Clarity results) file of at most {size} MB."
                       ).format(file=file.filename, size=MAX_IMPORT_BYTES // (1024 * 1024))
            await send_embed(interaction, rejected_embed(_("Import refused"), reason), ephemeral=True)
            return
        await interaction.response.defer(thinking=True, ephemeral=True)
        try:
            data = await file.read()
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as exc:
            log.warning("could not download attachment %s: %s", file.filename, exc)
            await send_embed(interaction, rejected_embed(rejected, _("{file}: the file could not be downloaded from "
                                                                     "Discord; try again.").format(file=file.filename)),
                             ephemeral=True)
            return
        if len(data) != file.size:  # a download cut short is not the file: nothing of it is imported
            reason = _("{file}: {received} of its {size} bytes arrived from Discord; try again.").format(
                file=file.filename, received=m.number(len(data)), size=m.number(file.size))
            await send_embed(interaction, rejected_embed(rejected, reason), ephemeral=True)
            return
        async def waiting(message: str) -> None:  # "waiting for another import to finish", in the user's language
            said = _(message)
            await send_text(interaction, f"{said[0].upper()}{said[1:]}…")

        summary: ImportSummary | ResultsSummary
        try:
            with changes_by(checks.editor(interaction)):
                async with self.bot.engine.db.write_turn(waiting):  # one import at a time, in every process
                    summary = await import_any(self.bot.engine.db, file.filename, data, origin=file.url)
        except ImportRejected as exc:
            self.bot.metrics.import_rejected("discord")
            await send_embed(interaction, rejected_embed(rejected, str(exc)), ephemeral=True)
            return
        except WriteTurnTimeout as exc:
            self.bot.metrics.import_rejected("discord")
            reason = _(WriteTurnTimeout.MESSAGE).format(seconds=f"{exc.waited:.0f}")
            await send_embed(interaction, rejected_embed(rejected, reason), ephemeral=True)
            return
        self.bot.engine.index_cache.invalidate()
        self.bot.metrics.imported("discord", summary)
        log.info("user %s imported %s into guild %s: %s", interaction.user.id, file.filename, interaction.guild_id,
                 "; ".join(summary.lines()))
        await send_embed(interaction, import_embed(file.filename, summary.lines(), m), ephemeral=True)

    @app_commands.command(name="default-race", description=_T("The race questions in this server are about by default"),
                          extras={"example": "/racebot default-race race:la-mayor-2022"})
    @app_commands.describe(race=_T("The race: its slug (la-mayor-2022) or name"))
    @app_commands.autocomplete(race=autocomplete.races)
    @checks.server_permissions(manage_guild=True)
    async def default_race(self, interaction: discord.Interaction, race: str) -> None:
        assert interaction.guild_id is not None  # guild_only
        await interaction.response.defer(thinking=True, ephemeral=True)
        answer = await self.bot.engine.set_default_race(interaction.guild_id, race, language_of(interaction.locale))
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="changes", description=_T("The latest imports: who made them, where, what they changed"),
                          extras={"example": "/racebot changes"})
    @checks.data_editors_only(lists=True)
    async def changes(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        answer = await changes_answer(self.bot.engine.db, language=language_of(interaction.locale),
                                      naming=self.change_log_naming())
        await send_answer(interaction, answer, ephemeral=True)  # NO_PINGS: the mentions name people, ping nobody

    def change_log_naming(self) -> Naming:
        """People as mentions (Discord shows their names; the reply pings nobody), servers by their current name
        where this process knows the server, else by the name the log kept."""
        def server(guild_id: int) -> str | None:
            guild = self.bot.get_guild(guild_id)
            return guild.name if guild is not None else None

        return Naming(user=lambda user, _m: f"<@{user}>" if user.isdigit() else user, server=server)

    @commands.command(name="sync", hidden=True)
    @commands.is_owner()
    async def sync(self, ctx: commands.Context[Racebot], scope: str = "here") -> None:
        """@Racebot sync [here|global]: register the slash commands with this server, or globally."""
        _ = server_messages(ctx).gettext
        guild_id = None if scope == "global" or ctx.guild is None else ctx.guild.id
        synced = await self.bot.sync_commands(guild_id)
        text = (_("Synced {count} commands to this server.") if guild_id
                else _("Synced {count} commands to every server (global commands can take up to an hour)."))
        await ctx.reply(text.format(count=len(synced)), mention_author=False, allowed_mentions=NO_PINGS)

    async def cog_command_error(self, ctx: commands.Context[Racebot], error: commands.CommandError) -> None:
        _ = server_messages(ctx).gettext
        if isinstance(error, commands.NotOwner):
            await ctx.reply(_("Only the bot's owner can sync its commands."), mention_author=False,
                            allowed_mentions=NO_PINGS)
            return
        log.error("@%s %s failed", ctx.me, ctx.command, exc_info=error)
        await ctx.reply(_("Sorry, that failed; the log has the details."), mention_author=False,
                        allowed_mentions=NO_PINGS)


def server_messages(ctx: commands.Context[Racebot]) -> Messages:
    """The language of a text command ("@Racebot sync"): a message carries no user locale, so the server's; in a
    direct message, English."""
    return messages(language_of(ctx.guild.preferred_locale) if ctx.guild is not None else None)


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Admin(bot))
