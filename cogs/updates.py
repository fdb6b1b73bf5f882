"""/updates: subscriptions (Manage Channels) and feeds (the data editors), and the one posting loop that sends the
outbox to Discord."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Literal

import aiohttp
import discord
from discord import app_commands
from discord.app_commands import locale_str as _T
from discord.ext import commands

from bot.db.change_log import changes_by
from bot.engine.answers import Answer
from bot.i18n import LANGUAGE_NAMES, LANGUAGES, language_of, messages
from bot.logs import log_context
from bot.updates import ClaimedPost, Delivery, FeedReport, ShardScope, SubscribeRequest, UpdateService
from bot.updates.fetch import AddressPolicy
from bot.updates.schedule import timezone_names
from bot.updates.thresholds import RECONCILE_HISTORY, SHUTDOWN_GRACE_SECONDS
from cogs import autocomplete, checks, limits
from cogs.embeds import cut, update_embed, update_marker
from cogs.replies import NO_PINGS, send_answer, send_embed

if TYPE_CHECKING:
    from bot.client import Racebot

log = logging.getLogger(__name__)

RACE = _T("The race: its slug (la-mayor-2022) or name")
SUBSCRIPTION = _T("The subscription (see /updates list)")
LANGUAGE_CHOICES = [app_commands.Choice(name=LANGUAGE_NAMES[code], value=code) for code in LANGUAGES]


def _cog(interaction: discord.Interaction) -> Updates:
    cog = interaction.client.get_cog("Updates")  # type: ignore[attr-defined]
    assert isinstance(cog, Updates)
    return cog


async def _timezones(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    return [app_commands.Choice(name=n, value=n) for n in timezone_names(current, limits.AUTOCOMPLETE_CHOICES)]


async def _subscriptions(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[int]]:
    if interaction.guild_id is None:
        return []
    m = messages(language_of(interaction.locale))
    infos = await _cog(interaction).service.subscriptions.infos(interaction.guild_id, m.language)
    folded = current.strip().lower().lstrip("#")
    choices = []
    for info in infos:
        where = interaction.client.get_channel(info.channel_id)
        label = m.gettext("{subscription} in #{channel}").format(subscription=info.label(m),
                                                                 channel=getattr(where, "name", info.channel_id))
        if folded in label.lower():
            choices.append(app_commands.Choice(name=cut(label, limits.CHOICE_TEXT), value=info.id))
    return choices[: limits.AUTOCOMPLETE_CHOICES]


def _scope_text(scope: ShardScope) -> str:
    return "all servers" if scope.everything else f"shards {scope.ids} of {scope.count}"


@app_commands.guild_only()
@app_commands.default_permissions(manage_channels=True)
class Updates(commands.GroupCog, group_name="updates", group_description=_T("Posts when a race has new data")):
    def __init__(self, bot: Racebot) -> None:
        self.bot = bot
        settings = bot.settings
        self.service = UpdateService(
            bot.engine.db, bot.engine, scope=ShardScope(settings.shard_count, settings.shard_ids),
            feeds=settings.feeds, interval_seconds=settings.update_interval_seconds,
            feed_refresh_seconds=settings.feed_refresh_seconds, live_edit_seconds=settings.live_edit_seconds,
            feed_policy=AddressPolicy(allow_private=settings.feeds_allow_private))
        self.poster = self.service.poster(self.deliver)
        self.ticks = 0
        self._loop: asyncio.Task[None] | None = None
        self._stepping = False
        super().__init__()

    # ----------------------------------------------------------------------------------- the posting loop
    async def cog_load(self) -> None:
        # Started here (setup_hook), not in on_ready, which fires again after every reconnect: one loop per process.
        if self._loop is None or self._loop.done():
            self._loop = asyncio.create_task(self.run_loop(), name="racebot-updates")

    async def cog_unload(self) -> None:
        # The loop ends its current step and the posts being sent end on their own, within a grace; only what still
        # runs then is cancelled (a query cancelled in the middle would lose its outcome).
        self.poster.stop()
        if self._loop is not None:
            if self._stepping:  # between steps (or waiting for the gateway) it stops at once
                await asyncio.wait({self._loop}, timeout=SHUTDOWN_GRACE_SECONDS)
            self._loop.cancel()
            await asyncio.gather(self._loop, return_exceptions=True)
        await self.poster.close(SHUTDOWN_GRACE_SECONDS)
        await self.service.close()

    async def run_loop(self) -> None:
        """Every interval: refresh feeds and queue new posts; in between, send what is due as slots free up.
        Each step is guarded: an exception is logged with its context and the loop goes on."""
        await self.bot.wait_until_ready()  # `racebot sync` logs in but never connects: it posts nothing
        loop = asyncio.get_running_loop()
        interval = self.service.interval_seconds
        next_plan = 0.0
        log.info("update loop started (every %g s, %s)", interval, _scope_text(self.service.scope))
        while not self.bot.is_closed() and not self.poster.stopping:
            self.ticks += 1
            if loop.time() >= next_plan:
                next_plan = loop.time() + interval
                await self._guarded("refresh feeds and queue posts", self._refresh_and_plan)
            await self._guarded("send due posts", self.poster.dispatch)
            await self.poster.wait(max(0.0, next_plan - loop.time()))

    async def _guarded(self, what: str, step: Callable[[], Awaitable[object]]) -> None:
        if self.poster.stopping:
            return
        self._stepping = True
        try:
            await step()
        except Exception:
            log.exception("update loop: %s failed (tick %d); the loop goes on", what, self.ticks)
        finally:
            self._stepping = False

    async def _refresh_and_plan(self) -> None:
        await self.service.start()
        for report in await self.service.refresh_and_plan():
            self.bot.metrics.feed_read(report)
            if report.changed:
                self.bot.engine.index_cache.invalidate()
            if report.notify_user is not None:
                await self._tell_admin(report)

    async def _tell_admin(self, report: FeedReport) -> None:
        assert report.notify_user is not None
        # A direct message has no locale: the language of the server the feed was added in, else English.
        guild = self.bot.get_guild(report.notify_guild) if report.notify_guild is not None else None
        m = messages(language_of(guild.preferred_locale) if guild is not None else None)
        text = cut(m.gettext("Racebot could not refresh the feed #{feed} ({location}): {error}. The data it brought "
                             "before stays and it is tried again on schedule; /updates feeds shows its state, "
                             "/updates remove-feed removes it.").format(feed=report.feed_id, location=report.location,
                                                                         error=report.error),
                   limits.MESSAGE_CONTENT)
        try:
            user = self.bot.get_user(report.notify_user) or await self.bot.fetch_user(report.notify_user)
            await user.send(text, allowed_mentions=NO_PINGS)
        except discord.HTTPException as exc:
            log.warning("could not tell user %d that feed %s fails: %s", report.notify_user, report.location, exc)

    async def deliver(self, post: ClaimedPost) -> Delivery:
        """Send one post, and count what came of it."""
        log_context(guild_id=post.guild_id, channel_id=post.channel_id)
        delivery = await self._send(post)
        self.bot.metrics.post_delivered(delivery.status)
        return delivery

    async def _send(self, post: ClaimedPost) -> Delivery:
        """Send one post; Discord's answer in Discord-free words. 429s are waited out by discord.py."""
        channel = self.bot.get_partial_messageable(post.channel_id, guild_id=post.guild_id)
        try:
            if post.edit_message_id is not None:  # a live message: edited in place (again, if in doubt: harmless)
                try:
                    await channel.get_partial_message(post.edit_message_id).edit(
                        embed=update_embed(post.post, post.id), allowed_mentions=NO_PINGS)
                    return Delivery.sent(post.edit_message_id)
                except discord.NotFound:
                    log.info("live message %d in channel %d is gone: posting it anew", post.edit_message_id,
                             post.channel_id)
            elif post.uncertain:
                found = await self._already_sent(channel, post)
                if found is not None:
                    log.info("update post %d was already in channel %d (message %d)", post.id, post.channel_id,
                             found)
                    return Delivery.sent(found)
            message = await channel.send(embed=update_embed(post.post, post.id), allowed_mentions=NO_PINGS)
            return Delivery.sent(message.id)
        except discord.Forbidden as exc:
            return Delivery.refused(f"403 Forbidden: {exc.text or 'Missing Access'}")
        except discord.NotFound as exc:
            return Delivery.refused(f"404 Not Found: {exc.text or 'Unknown Channel'}")
        except discord.RateLimited as exc:
            return Delivery.retry(f"rate limited for {exc.retry_after:.1f} s", retry_after=exc.retry_after)
        except discord.DiscordServerError as exc:
            return Delivery.retry(f"{exc.status} from Discord", maybe_sent=True)
        except discord.HTTPException as exc:
            if exc.status == 429:  # Cloudflare's, not Discord's: wait a while
                return Delivery.retry("429 from Cloudflare", retry_after=60.0)
            return Delivery.rejected(f"{exc.status}: {exc.text}")
        except (aiohttp.ClientError, OSError, TimeoutError) as exc:
            return Delivery.retry(f"network error ({exc.__class__.__name__})", maybe_sent=True)

    async def _already_sent(self, channel: discord.PartialMessageable, post: ClaimedPost) -> int | None:
        """The message of a post whose last attempt was cut short, if Discord has it: found by its footer."""
        marker = update_marker(post.id)
        me = self.bot.user.id if self.bot.user else None
        try:
            async for message in channel.history(limit=RECONCILE_HISTORY):
                if message.author.id == me and any((e.footer.text or "").startswith(marker) for e in message.embeds):
                    return message.id
        except discord.Forbidden:
            log.warning("cannot read channel %d's history to check update post %d: sending it", channel.id, post.id)
        return None

    # ------------------------------------------------------------------------------------------ commands
    @app_commands.command(name="subscribe", description=_T("Post a race's new polls, endorsements or a digest here"),
                          extras={"example": "/updates subscribe race:la-mayor-2022 what:polls"})
    @app_commands.describe(race=RACE, what=_T("New polls or endorsements, a digest (average, news, days left), or "
                                               "results (counts, leads, calls)"),
                           channel=_T("Where to post (default: this channel)"),
                           when=_T("As it happens, or daily or weekly (a digest: daily unless weekly)"),
                           time=_T("For daily and weekly: HH:MM (default 09:00)"),
                           timezone=_T("For daily and weekly: e.g. America/Los_Angeles (default UTC)"),
                           weekday=_T("For weekly: the day (default Monday)"),
                           language=_T("The language of the posts (default: the server's language)"))
    @app_commands.choices(language=LANGUAGE_CHOICES)
    @app_commands.autocomplete(race=autocomplete.races, timezone=_timezones)
    @checks.server_permissions(manage_channels=True)
    async def subscribe(self, interaction: discord.Interaction, race: str,
                        what: Literal["polls", "endorsements", "digest", "results"],
                        channel: discord.TextChannel | None = None,
                        when: Literal["instant", "daily", "weekly"] | None = None, time: str | None = None,
                        timezone: str | None = None,
                        weekday: Literal["monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"] | None = None,
                        language: app_commands.Choice[str] | None = None) -> None:
        assert interaction.guild_id is not None  # guild_only
        await interaction.response.defer(thinking=True, ephemeral=True)
        channel_id = channel.id if channel is not None else interaction.channel_id
        assert channel_id is not None
        posts_in = language.value if language is not None else language_of(interaction.guild_locale)
        answer = await self.service.subscriptions.subscribe(SubscribeRequest(
            interaction.guild_id, channel_id, race, what, when, time, weekday, timezone, interaction.user.id,
            posts_in), language_of(interaction.locale))
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="list", description=_T("This server's update subscriptions, and why any is paused"),
                          extras={"example": "/updates list"})
    async def list_(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(thinking=True, ephemeral=True)
        answer = await self.service.subscriptions.list_answer(interaction.guild_id, language_of(interaction.locale))
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="unsubscribe", description=_T("Stop a subscription's posts"),
                          extras={"example": "/updates unsubscribe subscription:1"})
    @app_commands.describe(subscription=SUBSCRIPTION)
    @app_commands.autocomplete(subscription=_subscriptions)
    @checks.server_permissions(manage_channels=True)
    async def unsubscribe(self, interaction: discord.Interaction, subscription: int) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(thinking=True, ephemeral=True)
        answer = await self.service.subscriptions.unsubscribe(interaction.guild_id, subscription,
                                                              language_of(interaction.locale))
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="preview", description=_T("What a subscription's next post will look like"),
                          extras={"example": "/updates preview subscription:1"})
    @app_commands.describe(subscription=SUBSCRIPTION)
    @app_commands.autocomplete(subscription=_subscriptions)
    async def preview(self, interaction: discord.Interaction, subscription: int) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(thinking=True, ephemeral=True)
        result = await self.service.subscriptions.preview(interaction.guild_id, subscription,
                                                          language_of(interaction.locale))
        if isinstance(result, Answer):
            await send_answer(interaction, result, ephemeral=True)
        else:
            await send_embed(interaction, update_embed(result), ephemeral=True)

    @app_commands.command(name="add-feed", description=_T("Read new polls or a race bundle from a URL on a schedule"),
                          extras={"example": "/updates add-feed url:https://example.org/polls.csv"})
    @app_commands.describe(url=_T("An http(s) URL of a 538 polls CSV or a race bundle (.csv, .yaml, .json)"))
    @checks.data_editors_only()
    async def add_feed(self, interaction: discord.Interaction, url: str) -> None:
        assert interaction.guild_id is not None
        await interaction.response.defer(thinking=True, ephemeral=True)
        with changes_by(checks.editor(interaction)):
            answer = await self.service.feeds.add(url, interaction.user.id, interaction.guild_id,
                                                  language_of(interaction.locale))
        if answer.status == "ok":
            log.info("user %s in guild %s added the feed %s", interaction.user.id, interaction.guild_id, url)
        await send_answer(interaction, answer, ephemeral=True)

    @app_commands.command(name="feeds", description=_T("The feeds Racebot reads, and whether they work"),
                          extras={"example": "/updates feeds"})
    @checks.data_editors_only(lists=True)
    async def feeds(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        await send_answer(interaction, await self.service.feeds.list_answer(language_of(interaction.locale)),
                          ephemeral=True)

    @app_commands.command(name="remove-feed", description=_T("Stop reading a feed added from Discord"),
                          extras={"example": "/updates remove-feed feed:1"})
    @app_commands.describe(feed=_T("The feed's number (see /updates feeds)"))
    @checks.data_editors_only()
    async def remove_feed(self, interaction: discord.Interaction, feed: int) -> None:
        await interaction.response.defer(thinking=True, ephemeral=True)
        with changes_by(checks.editor(interaction)):
            answer = await self.service.feeds.remove(feed, language_of(interaction.locale))
        if answer.status == "ok":
            log.info("user %s in guild %s removed the feed #%d", interaction.user.id, interaction.guild_id, feed)
        await send_answer(interaction, answer, ephemeral=True)


async def setup(bot: Racebot) -> None:
    await bot.add_cog(Updates(bot))
