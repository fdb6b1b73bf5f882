"""The checks of `racebot doctor` that ask Discord, through discord.py's HTTP client (so its API base, Route.BASE, is
the one the bot uses): the token, the privileged intents the application allows, and whether the bot can still post
in every channel with an active subscription."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import aiohttp
import discord
from discord.http import HTTPClient, Route

from bot.client import racebot_intents
from bot.diagnosis import DEVELOPER_PORTAL, CheckResult, SubscribedChannel

T = TypeVar("T")
GUILDS_PER_SHARD = 2500  # Discord's limit: a shard with more servers is closed with "sharding required"
REQUEST_SECONDS = 15.0  # a Discord that does not answer in this time is reported, not waited for
# What a subscription's post needs in its channel (an embed; a thread needs Send Messages in Threads instead).
POSTING = ("view_channel", "send_messages", "embed_links")
THREAD_TYPES = (10, 11, 12)
# The privileged intents: the application flags that allow each (the full flag or the one for bots under 100 servers).
PRIVILEGED = {"presences": ("gateway_presence", "gateway_presence_limited", "Presence Intent"),
              "members": ("gateway_guild_members", "gateway_guild_members_limited", "Server Members Intent"),
              "message_content": ("gateway_message_content", "gateway_message_content_limited",
                                  "Message Content Intent")}


async def discord_checks(token: str, channels: Sequence[SubscribedChannel], intents: discord.Intents | None = None,
                         shard_count: int | None = None) -> list[CheckResult]:
    """Log in with `token`, then check the application's intents, the gateway (shards, sessions left) and each
    subscribed channel; `shard_count`: SHARD_COUNT (None: one connection, or as many as Discord recommends)."""
    http = HTTPClient(asyncio.get_running_loop())
    try:
        try:
            me = await _timed(http.static_login(token))
        except discord.LoginFailure:
            return [CheckResult.fail("Discord", f"Discord refused DISCORD_TOKEN: copy the token again from the Bot tab "
                                                f"of {DEVELOPER_PORTAL} (Reset Token)")]
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as error:
            return [CheckResult.fail("Discord", f"could not reach Discord at {Route.BASE} ({_reason(error)}): check "
                                                "the network, or try again later")]
        results = [CheckResult.ok("Discord", f"logged in as {me['username']} ({me['id']})")]
        try:
            application = await _timed(http.application_info())
            results.append(check_intents(discord.ApplicationFlags._from_value(int(application.get("flags") or 0)),
                                         intents or racebot_intents()))
            recommended, _, limit = await _timed(http.get_bot_gateway())
            results.append(check_gateway(recommended, dict(limit), shard_count,
                                         int(application.get("approximate_guild_count") or 0)))
            results.extend(await _check_channels(http, int(me["id"]), channels))
        except (discord.HTTPException, aiohttp.ClientError, OSError, TimeoutError) as error:
            results.append(CheckResult.fail("Discord", f"Discord stopped answering ({_reason(error)}): try again"))
        return results
    finally:
        await http.close()


def check_intents(flags: discord.ApplicationFlags, intents: discord.Intents) -> CheckResult:
    """Whether the application allows every privileged intent the bot asks for (else Discord closes the gateway)."""
    missing = [label for intent, (full, limited, label) in PRIVILEGED.items()
               if getattr(intents, intent) and not (getattr(flags, full) or getattr(flags, limited))]
    if missing:
        return CheckResult.fail("intents", f"the bot asks for {', '.join(missing)}, which the application does not "
                                           f"allow: turn {'them' if len(missing) > 1 else 'it'} on in the Bot tab of "
                                           f"{DEVELOPER_PORTAL}")
    asked = [label for intent, (_, _, label) in PRIVILEGED.items() if getattr(intents, intent)]
    return CheckResult.ok("intents", f"{', '.join(asked)} allowed" if asked else
                          "the bot asks for no privileged intent")


def check_gateway(recommended: int, limit: dict[str, Any], shard_count: int | None, guilds: int) -> CheckResult:
    """Whether the bot can connect: enough shards for its servers (Discord closes a shard of more than 2,500 with
    "sharding required"), and gateway sessions left today (each start of each shard uses one)."""
    name = "gateway"
    shards = shard_count or 1
    if guilds > GUILDS_PER_SHARD * shards:
        return CheckResult.fail(name, f"the bot is in {guilds:,} servers, more than {shards} shard"
                                      f"{'s' if shards > 1 else ''} may hold: set SHARD_COUNT={recommended} and run "
                                      "that many shards (see Deployment in README.md)")
    if int(limit.get("remaining", 1)) < 1:
        hours = int(limit.get("reset_after", 0)) / 3_600_000
        return CheckResult.fail(name, f"Discord allows no new gateway session for {hours:.1f} hours (too many starts "
                                      "today): stop restarting the bot, and look at the log for why it restarted")
    return CheckResult.ok(name, f"{shards} shard{'s' if shards > 1 else ''} for {guilds:,} servers (Discord "
                                f"recommends {recommended}); {limit.get('remaining')} session starts left today")


@dataclass
class _Guild:
    """What the permission check needs of a server: its name, roles and the bot's roles in it."""

    name: str
    roles: dict[int, int] = field(default_factory=dict)  # role id -> permission bits
    bot_roles: list[int] = field(default_factory=list)


async def _check_channels(http: HTTPClient, bot_id: int, channels: Sequence[SubscribedChannel]) -> list[CheckResult]:
    guilds: dict[int, _Guild | str] = {}  # a server, or why it cannot be read
    failures: list[CheckResult] = []
    for subscribed in channels:
        if subscribed.guild_id not in guilds:
            guilds[subscribed.guild_id] = await _guild(http, subscribed.guild_id, bot_id)
        problem = await _channel_problem(http, subscribed, guilds[subscribed.guild_id], bot_id)
        if problem is not None:
            numbers = ", ".join(f"#{n}" for n in subscribed.subscriptions)
            plural = "s" if len(subscribed.subscriptions) > 1 else ""
            failures.append(CheckResult.fail("channel", f"{problem} (subscription{plural} {numbers}): {_fix(problem)}"))
    if failures:
        return failures
    if not channels:
        return [CheckResult.ok("channels", "no active subscription")]
    return [CheckResult.ok("channels", f"the bot can post in all {len(channels)} subscribed channels")]


async def _guild(http: HTTPClient, guild_id: int, bot_id: int) -> _Guild | str:
    try:
        guild = await _timed(http.get_guild(guild_id))
        member = await _timed(http.get_member(guild_id, bot_id))
    except (discord.Forbidden, discord.NotFound):
        return f"the bot is no longer in the server {guild_id}"
    return _Guild(guild["name"], {int(r["id"]): int(r["permissions"]) for r in guild.get("roles", [])},
                  [int(r) for r in member.get("roles", [])])


async def _channel_problem(http: HTTPClient, subscribed: SubscribedChannel, guild: _Guild | str,
                           bot_id: int) -> str | None:
    """Why the bot cannot post in the channel, or None when it can."""
    if isinstance(guild, str):
        return guild
    where = f"in the server {guild.name}"
    try:
        channel: dict[str, Any] = await _timed(http.get_channel(subscribed.channel_id))
    except discord.NotFound:
        return f"the channel {subscribed.channel_id} {where} no longer exists"
    except discord.Forbidden:
        return f"the bot cannot see the channel {subscribed.channel_id} {where}"
    if int(channel.get("type", 0)) in THREAD_TYPES and channel.get("parent_id"):
        parent = await _timed(http.get_channel(int(channel["parent_id"])))
        overwrites, needed = parent.get("permission_overwrites", []), ("view_channel", "send_messages_in_threads",
                                                                        "embed_links")
    else:
        overwrites, needed = channel.get("permission_overwrites", []), POSTING
    permissions = channel_permissions(subscribed.guild_id, guild.roles, guild.bot_roles, bot_id, overwrites)
    lacking = [name for name in needed if not getattr(permissions, name)]
    if not lacking:
        return None
    words = ", ".join(name.replace("_", " ").title() for name in lacking)
    return f"the bot lacks {words} in #{channel.get('name', subscribed.channel_id)} {where}"


def channel_permissions(guild_id: int, roles: dict[int, int], member_roles: Sequence[int], member_id: int,
                        overwrites: Sequence[dict[str, Any]]) -> discord.Permissions:
    """A member's permissions in a channel, as Discord computes them: @everyone and the member's roles, then the
    channel's overwrites for @everyone, for the roles, for the member; Administrator allows everything."""
    value = roles.get(guild_id, 0)
    for role in member_roles:
        value |= roles.get(role, 0)
    if value & discord.Permissions.administrator.flag:
        return discord.Permissions.all()
    by_id = {int(o["id"]): o for o in overwrites}

    def apply(current: int, allow: int, deny: int) -> int:
        return (current & ~deny) | allow

    if guild_id in by_id:
        value = apply(value, int(by_id[guild_id]["allow"]), int(by_id[guild_id]["deny"]))
    allow = deny = 0
    for role in member_roles:
        if role in by_id:
            allow, deny = allow | int(by_id[role]["allow"]), deny | int(by_id[role]["deny"])
    value = apply(value, allow, deny)
    if member_id in by_id:
        value = apply(value, int(by_id[member_id]["allow"]), int(by_id[member_id]["deny"]))
    return discord.Permissions(value)


def _fix(problem: str) -> str:
    if "no longer in the server" in problem:
        return "invite the bot again, or /updates unsubscribe there"
    if "no longer exists" in problem:
        return "subscribe another channel (/updates subscribe) and /updates unsubscribe this one"
    if "cannot see" in problem:
        return "give the bot's role View Channel there (or /updates unsubscribe)"
    return "give the bot's role these permissions in that channel (or /updates unsubscribe)"


async def _timed(request: Awaitable[T]) -> T:
    return await asyncio.wait_for(request, REQUEST_SECONDS)


def _reason(error: BaseException) -> str:
    if isinstance(error, discord.HTTPException):
        return f"{error.status} {error.text or ''}".strip()
    return str(error) or error.__class__.__name__
