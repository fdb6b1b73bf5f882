"""The discord.py bot: start-up (database, engine, cogs), command sync, the app-command error handler, shutdown."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from bot.config import Settings
from bot.db.database import Database
from bot.engine.engine import QuestionEngine

log = logging.getLogger(__name__)

EXTENSIONS = ("cogs.ask", "cogs.lookup", "cogs.poll", "cogs.results", "cogs.admin", "cogs.updates", "cogs.help")
EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2
NO_TOKEN = ("racebot: set DISCORD_TOKEN (in the environment or in .env; see .env.example) to run the bot; "
            "`racebot ask \"QUESTION\"` works without it")


def racebot_intents() -> discord.Intents:
    """No privileged intent: Discord sends the content of messages that mention the bot, and of DMs, anyway."""
    return discord.Intents(guilds=True, guild_messages=True, dm_messages=True)


class Refused(app_commands.CheckFailure):
    """A check that failed with a message for the user (who may use the command instead, and what to do)."""


class RacebotTree(app_commands.CommandTree):
    """The command tree with the one error handler of every slash command."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        if interaction.type is discord.InteractionType.autocomplete:
            log.error("autocomplete of /%s failed (user %s, guild %s)", command, interaction.user.id,
                      interaction.guild_id, exc_info=error)
            if not interaction.response.is_done():
                with contextlib.suppress(discord.HTTPException):
                    await interaction.response.autocomplete([])  # no choices, rather than "loading failed"
            return
        text = refusal(error, command)
        if text is None:
            options = {name: value for name, value in interaction.namespace}  # dict() would call its .keys: None
            log.error("/%s failed (user %s, guild %s, channel %s, options %r)", command, interaction.user.id,
                      interaction.guild_id, interaction.channel_id, options, exc_info=error)
            text = "Sorry, something went wrong while answering that. Please try again in a moment."
        try:
            if interaction.response.is_done():
                if interaction.response.type is discord.InteractionResponseType.deferred_channel_message:
                    # The first follow-up would replace the public "thinking…" message: remove it, so the
                    # apology can be ephemeral.
                    await interaction.delete_original_response()
                await interaction.followup.send(text, ephemeral=True, allowed_mentions=discord.AllowedMentions.none())
            else:
                await interaction.response.send_message(text, ephemeral=True,
                                                        allowed_mentions=discord.AllowedMentions.none())
        except discord.HTTPException as exc:  # the interaction expired: nothing left to answer
            log.warning("could not send the error message for /%s: %s", command, exc)


def refusal(error: app_commands.AppCommandError, command: str) -> str | None:
    """The message for an error the user caused or can fix; None for a bug (which is logged)."""
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(p.replace("_", " ").replace("guild", "server").title() for p in error.missing_permissions)
        return f"You need the {needed} permission to use /{command}. Nothing was changed."
    if isinstance(error, Refused):
        return str(error)
    if isinstance(error, app_commands.NoPrivateMessage):
        return f"/{command} works only in a server, not in direct messages."
    if isinstance(error, app_commands.CommandOnCooldown):
        return f"Slow down a little: try /{command} again in {error.retry_after:.0f} seconds."
    if isinstance(error, app_commands.CheckFailure):
        return f"You can't use /{command} here."
    return None


class RacebotMixin:
    """What both bot classes share; the base class is picked by `create_bot` from the shard settings."""

    def __init__(self, settings: Settings, **options: Any) -> None:
        options.setdefault("command_prefix", commands.when_mentioned)
        options.setdefault("intents", racebot_intents())
        options.setdefault("allowed_mentions", discord.AllowedMentions.none())
        options.setdefault("help_command", None)
        options.setdefault("tree_cls", RacebotTree)
        super().__init__(**options)
        self.settings = settings
        self.db: Database | None = None
        self._engine: QuestionEngine | None = None

    @property
    def engine(self) -> QuestionEngine:
        if self._engine is None:
            raise RuntimeError("the engine exists once setup_hook has run")
        return self._engine

    async def setup_hook(self) -> None:
        self.db = Database(self.settings.database_url, schema=self.settings.database_schema)
        await self.db.open(load_bundled=self.settings.load_bundled_data)
        self._engine = QuestionEngine(self.db)
        for extension in EXTENSIONS:
            await self.load_extension(extension)  # type: ignore[attr-defined]
        log.info("Racebot set up: %d extensions, database %s", len(EXTENSIONS), _safe_url(self.settings.database_url))

    async def on_command_error(self, context: commands.Context[Any], error: commands.CommandError, /) -> None:
        if isinstance(error, commands.CommandNotFound):
            return  # "@Racebot who is ahead?" is a question for cogs.ask, not an unknown command
        await super().on_command_error(context, error)  # type: ignore[misc]

    async def close(self) -> None:
        await super().close()  # type: ignore[misc]
        if self.db is not None:
            await self.db.close()
            self.db = None

    async def sync_commands(self, guild_id: int | None = None) -> list[app_commands.AppCommand]:
        """Register the slash commands: with one server (immediate) or globally (Discord may take a while)."""
        tree: app_commands.CommandTree = self.tree  # type: ignore[attr-defined]
        if guild_id is None:
            return await tree.sync()
        guild = discord.Object(guild_id)
        tree.copy_global_to(guild=guild)
        return await tree.sync(guild=guild)


class Racebot(RacebotMixin, commands.Bot):
    """The bot over one connection."""


class ShardedRacebot(RacebotMixin, commands.AutoShardedBot):
    """The bot over some or all of its shards (SHARD_COUNT, SHARD_IDS)."""


def create_bot(settings: Settings, **options: Any) -> Racebot | ShardedRacebot:
    if settings.shard_count is not None:
        options.setdefault("shard_count", settings.shard_count)
        if settings.shard_ids is not None:
            options.setdefault("shard_ids", list(settings.shard_ids))
        return ShardedRacebot(settings, **options)
    return Racebot(settings, **options)


def run_bot(settings: Settings, *, sync: bool = False, guild_id: int | None = None) -> int:
    """`racebot run` and `racebot sync`: the exit code."""
    if not settings.discord_token:
        print(NO_TOKEN, file=sys.stderr)
        return EXIT_USAGE
    # discord.py's handler replaces the plain one the CLI installed, so lines are not printed twice.
    logging.getLogger().handlers.clear()
    discord.utils.setup_logging(level=getattr(logging, settings.log_level))
    try:
        return asyncio.run(_sync(settings, guild_id) if sync else _run(settings))
    except KeyboardInterrupt:
        return EXIT_OK


async def _run(settings: Settings) -> int:
    bot = create_bot(settings)
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()

    def stop(name: str) -> None:
        if not stopping.is_set():
            log.info("%s received: shutting down", name)
            stopping.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):  # Windows has no add_signal_handler
            loop.add_signal_handler(sig, stop, sig.name)
    assert settings.discord_token is not None
    runner = asyncio.create_task(bot.start(settings.discord_token))
    waiter = asyncio.create_task(stopping.wait())
    try:
        await asyncio.wait({runner, waiter}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        waiter.cancel()
        if not bot.is_closed():
            await bot.close()
    try:
        await runner
    except discord.LoginFailure:
        log.error("Discord refused the token: check DISCORD_TOKEN (Bot tab of the developer portal)")
        return EXIT_USAGE
    except discord.PrivilegedIntentsRequired:
        log.error("Discord refused an intent the bot asked for")
        return EXIT_ERROR
    except (discord.HTTPException, discord.GatewayNotFound, OSError) as exc:
        log.error("Could not reach Discord: %s", exc)
        return EXIT_ERROR
    log.info("Racebot stopped")
    return EXIT_OK


async def _sync(settings: Settings, guild_id: int | None) -> int:
    bot = create_bot(settings)
    assert settings.discord_token is not None
    try:
        await bot.login(settings.discord_token)  # runs setup_hook: the cogs define the commands
        synced = await bot.sync_commands(guild_id)
    except discord.LoginFailure:
        log.error("Discord refused the token: check DISCORD_TOKEN (Bot tab of the developer portal)")
        return EXIT_USAGE
    except discord.HTTPException as exc:
        log.error("Syncing the commands failed: %s", exc)
        return EXIT_ERROR
    finally:
        await bot.close()
    where = f"server {guild_id}" if guild_id else "all servers (global commands can take up to an hour to appear)"
    print(f"Synced {len(synced)} commands to {where}: {', '.join('/' + c.name for c in synced)}")
    return EXIT_OK


def _safe_url(url: str) -> str:
    """The database URL without a password, for the log."""
    head, sep, tail = url.partition("://")
    if "@" in tail:
        credentials, _, rest = tail.partition("@")
        tail = f"{credentials.split(':', 1)[0]}:***@{rest}"
    return f"{head}{sep}{tail}"
