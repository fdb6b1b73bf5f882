"""The discord.py bot: start-up (database, engine, cogs), command sync and its translations, the app-command error
handler, shutdown."""

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
from bot.errors import ConfigError, RacebotError
from bot.health import Health, StatusEndpoint
from bot.i18n import Messages, language_of, messages
from bot.importers.bundled import load_bundled_races
from bot.logs import install_json_logging, log_context
from bot.metrics import GatewayShard, Metrics
from bot.updates import ShardScope

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

    def message(self, m: Messages) -> str:
        """The message in the user's language; a subclass that knows its words translates them."""
        return str(self)


# The Discord locales each language of the catalog is offered to (Spain's Spanish and Latin America's).
LOCALES = {discord.Locale.spain_spanish: "es", discord.Locale.latin_american_spanish: "es"}
# What the translator leaves alone: command, group and option names are what users type and the help shows.
UNTRANSLATED = (app_commands.TranslationContextLocation.command_name,
                app_commands.TranslationContextLocation.group_name,
                app_commands.TranslationContextLocation.parameter_name)


class CatalogTranslator(app_commands.Translator):
    """Command, group and option descriptions, and choice names, from the message catalog (Spanish for es-ES and
    es-419), so the sync payload carries their `description_localizations` and `name_localizations`."""

    async def translate(self, string: app_commands.locale_str, locale: discord.Locale,
                        context: app_commands.TranslationContextTypes) -> str | None:
        """The Spanish text of a command's description or choice for a Spanish locale; None leaves it as written."""
        language = LOCALES.get(locale)
        if language is None or context.location in UNTRANSLATED:
            return None
        m = messages(language)
        if context.location is app_commands.TranslationContextLocation.choice_name:
            translated = m.pgettext("choice", string.message)
        else:
            translated = m.gettext(string.message)
        return translated if translated != string.message else None


class RacebotTree(app_commands.CommandTree):
    """The command tree with the one error handler of every slash command."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """Every command and autocomplete passes; the lines its task logs name its server and channel."""
        log_context(guild_id=interaction.guild_id, channel_id=interaction.channel_id)
        return True

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError, /) -> None:
        """Tell the user why their command failed (or log it, for an unexpected error or an autocomplete)."""
        command = interaction.command.qualified_name if interaction.command else "?"
        if interaction.type is discord.InteractionType.autocomplete:
            log.error("autocomplete of /%s failed (user %s, guild %s)", command, interaction.user.id,
                      interaction.guild_id, exc_info=error)
            if not interaction.response.is_done():
                with contextlib.suppress(discord.HTTPException):
                    await interaction.response.autocomplete([])  # no choices, rather than "loading failed"
            return
        text = refusal(error, command, messages(language_of(interaction.locale)))
        if text is None:
            options = {name: value for name, value in interaction.namespace}  # dict() would call its .keys: None
            log.error("/%s failed (user %s, guild %s, channel %s, options %r)", command, interaction.user.id,
                      interaction.guild_id, interaction.channel_id, options, exc_info=error)
            text = messages(language_of(interaction.locale)).gettext(
                "Sorry, something went wrong while answering that. Please try again in a moment.")
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


def refusal(error: app_commands.AppCommandError, command: str, m: Messages | None = None) -> str | None:
    """The message for an error the user caused or can fix, in their language; None for a bug (which is logged)."""
    m = m or messages()
    _ = m.gettext
    if isinstance(error, app_commands.MissingPermissions):
        needed = ", ".join(m.pgettext("permission", p.replace("_", " ").replace("guild", "server").title())
                           for p in error.missing_permissions)
        return _("You need the {permission} permission to use /{command}. Nothing was changed.").format(
            permission=needed, command=command)
    if isinstance(error, Refused):
        return error.message(m)
    if isinstance(error, app_commands.NoPrivateMessage):
        return _("/{command} works only in a server, not in direct messages.").format(command=command)
    if isinstance(error, app_commands.CommandOnCooldown):
        return _("Slow down a little: try /{command} again in {seconds} seconds.").format(
            command=command, seconds=f"{error.retry_after:.0f}")
    if isinstance(error, app_commands.CheckFailure):
        return _("You can't use /{command} here.").format(command=command)
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
        self.metrics = Metrics()  # this process's registry: the cogs count into it, /metrics reads it
        self._status: StatusEndpoint | None = None

    @property
    def engine(self) -> QuestionEngine:
        """The question engine, once setup_hook has made it."""
        if self._engine is None:
            raise RuntimeError("the engine exists once setup_hook has run")
        return self._engine

    async def setup_hook(self) -> None:
        """Open the database (loading the bundled races into a new one), make the engine and load the cogs."""
        self.db = Database(self.settings.database_url, schema=self.settings.database_schema)
        await self.db.open(load_bundled=load_bundled_races if self.settings.load_bundled_data else None)
        self._engine = QuestionEngine(self.db)
        await self.tree.set_translator(CatalogTranslator())  # type: ignore[attr-defined]
        for extension in EXTENSIONS:
            await self.load_extension(extension)  # type: ignore[attr-defined]
        log.info("Racebot set up: %d extensions, database %s", len(EXTENSIONS), _safe_url(self.settings.database_url))

    async def connect(self, *, reconnect: bool = True) -> None:
        """Serve /healthz and /metrics when METRICS_PORT is set (/healthz fails until the gateway is connected),
        then connect to the gateway. Logged in already: `racebot sync`, which never connects, serves nothing."""
        port = self.settings.metrics_port
        if port is not None and self._status is None:
            health = Health(self.gateway_shards, lambda: self.db, metrics=self.metrics,
                            scope=ShardScope(self.settings.shard_count, self.settings.shard_ids))
            status = StatusEndpoint(health, self.metrics, self.settings.metrics_host, port)
            await status.start()
            self._status = status
        await super().connect(reconnect=reconnect)  # type: ignore[misc]

    def gateway_shards(self) -> list[GatewayShard]:
        """This process's gateway connections: open or not, and their heartbeat latency."""
        if isinstance(self, commands.AutoShardedBot):
            return [GatewayShard(shard_id, not info.is_closed(), info.latency)
                    for shard_id, info in sorted(self.shards.items())]
        ws = self.ws  # type: ignore[attr-defined]
        if ws is None:
            return []
        return [GatewayShard(0, ws.open, ws.latency)]

    async def on_command_error(self, context: commands.Context[Any], error: commands.CommandError, /) -> None:
        """Ignore a mention that is no command (cogs.ask answers it); anything else as discord.py does."""
        if isinstance(error, commands.CommandNotFound):
            return  # "@Racebot who is ahead?" is a question for cogs.ask, not an unknown command
        await super().on_command_error(context, error)  # type: ignore[misc]

    async def close(self) -> None:
        """Stop serving /healthz and /metrics, log out of Discord, then close the database."""
        if self._status is not None:
            await self._status.close()
            self._status = None
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
    """The bot for these settings: sharded when SHARD_COUNT is set, plain otherwise."""
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
    level = getattr(logging, settings.log_level)
    if settings.log_format == "json":  # discord.py's lines too, one JSON object each
        install_json_logging(level, shard_count=settings.shard_count, shard_ids=settings.shard_ids)
    else:  # discord.py's handler replaces the plain one the CLI installed, so lines are not printed twice.
        logging.getLogger().handlers.clear()
        discord.utils.setup_logging(level=level)
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
    except RacebotError as exc:  # found on starting: the database went away after the start-up check, or
        print(f"racebot: {exc}", file=sys.stderr)  # METRICS_PORT is taken
        return EXIT_USAGE
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
    except ConfigError as exc:
        print(f"racebot: {exc}", file=sys.stderr)
        return EXIT_USAGE
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
