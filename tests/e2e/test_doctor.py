"""`racebot doctor` asking the fake Discord (through discord.py's HTTP client, pointed at it as the bot is): the token,
the application's intents, and every subscribed channel the bot can no longer post in, named with the fix."""

from __future__ import annotations

import asyncio
import base64
import os
import subprocess
import sys
from pathlib import Path

import discord
import pytest

from bot.diagnosis import CheckResult, SubscribedChannel
from bot.discord_checks import check_gateway, discord_checks
from bot.doctor import diagnose

from .fake_discord import LAUNCH_BOT, FakeDiscord, Perm
from .racebot_world import World

ROOT = Path(__file__).resolve().parents[2]


def token_of(fake: FakeDiscord) -> str:
    """A token of Discord's shape for the fake's bot user (the fake takes any token)."""
    return f"{base64.urlsafe_b64encode(str(fake.bot_user.id).encode()).decode().rstrip('=')}.GhJkLm.{'s' * 38}"


def environ_of(world: World) -> dict[str, str]:
    settings = world.settings
    return {"DATABASE_URL": settings.database_url, "DATABASE_SCHEMA": settings.database_schema or "",
            "DISCORD_TOKEN": token_of(world.fake), "RACEBOT_LOAD_BUNDLED": "0"}


async def add_channel(world: World, name: str) -> None:
    """A new channel, announced to the running bot as Discord does (CHANNEL_CREATE)."""
    channel = world.fake.add_channel(world.guild, name)
    await world.fake.dispatch("CHANNEL_CREATE", channel.to_json(), guild_id=world.guild.id)
    async with asyncio.timeout(10):
        while world.bot.get_channel(channel.id) is None:
            await asyncio.sleep(0.01)


async def subscribe(world: World, channel_name: str) -> int:
    channel = next(c for c in world.guild.text_channels if c.name == channel_name)
    reply = await world.command("updates", {"race": "la-mayor-2022", "what": "polls", "channel": channel},
                                user=world.owner, subcommand="subscribe")
    assert reply["embeds"][0]["title"] == "Subscription created", reply
    return channel.id


def by_name(results: list[CheckResult]) -> dict[str, list[CheckResult]]:
    found: dict[str, list[CheckResult]] = {}
    for result in results:
        found.setdefault(result.name, []).append(result)
    return found


async def test_every_check_passes_on_a_good_setup_on_both_backends(world: World) -> None:
    await subscribe(world, "general")
    results = by_name(await diagnose(environ=environ_of(world)))
    assert all(r.verdict == "ok" for found in results.values() for r in found), results
    assert results["Discord"][0].detail == f"logged in as Racebot ({world.fake.bot_user.id})"
    assert results["intents"][0].detail == "the bot asks for no privileged intent"
    assert results["channels"][0].detail == "the bot can post in all 1 subscribed channels"
    assert results["gateway"][0].detail == "1 shard for 1 servers (Discord recommends 1); 999 session starts left today"


async def test_too_few_shards_and_no_session_left_are_named(fake_discord: FakeDiscord) -> None:
    limit = {"total": 1000, "remaining": 990, "reset_after": 60_000, "max_concurrency": 1}
    too_few = check_gateway(3, limit, 2, 7_500)  # Discord closes a shard of more than 2,500 servers
    assert too_few.verdict == "fail"
    assert too_few.detail.startswith("the bot is in 7,500 servers, more than 2 shards may hold: set SHARD_COUNT=3")
    assert check_gateway(3, limit, 3, 7_500).verdict == "ok"
    fake_discord.fail_route("GET", "/gateway/bot", 200, times=None, body={
        "url": fake_discord.gateway_url, "shards": 1,
        "session_start_limit": {"total": 1000, "remaining": 0, "reset_after": 7_200_000, "max_concurrency": 1}})
    [gateway] = by_name(await discord_checks(token_of(fake_discord), [], shard_count=3))["gateway"]
    assert gateway.line() == ("FAIL  gateway: Discord allows no new gateway session for 2.0 hours (too many starts "
                              "today): stop restarting the bot, and look at the log for why it restarted")


async def test_a_channel_the_bot_can_no_longer_post_in_is_named_with_the_fix(world: World) -> None:
    fake, guild = world.fake, world.guild
    for name in ("results", "archive", "hidden"):
        await add_channel(world, name)
    results_channel = await subscribe(world, "results")
    archive = await subscribe(world, "archive")
    hidden = await subscribe(world, "hidden")
    await subscribe(world, "general")
    fake.set_channel_permissions(results_channel, guild, deny=Perm.SEND_MESSAGES | Perm.EMBED_LINKS)  # @everyone
    fake.delete_channel(archive)
    fake.set_channel_permissions(hidden, guild, deny=Perm.VIEW_CHANNEL)

    results = by_name(await diagnose(environ=environ_of(world)))
    lines = sorted(r.line() for r in results["channel"])
    assert lines == sorted([
        "FAIL  channel: the bot lacks Send Messages, Embed Links in #results in the server Election Nerds "
        "(subscription #1): give the bot's role these permissions in that channel (or /updates unsubscribe)",
        f"FAIL  channel: the channel {archive} in the server Election Nerds no longer exists (subscription #2): "
        f"subscribe another channel (/updates subscribe) and /updates unsubscribe this one",
        f"FAIL  channel: the bot cannot see the channel {hidden} in the server Election Nerds (subscription #3): "
        "give the bot's role View Channel there (or /updates unsubscribe)",
    ])
    assert "channels" not in results  # general is fine: no line of its own among the failures
    # What the doctor says is what posting finds: Discord (the fake) refuses the bot's post there.
    with pytest.raises(discord.Forbidden):
        await world.bot.get_partial_messageable(results_channel).send(embed=discord.Embed(title="poll"))

    # The fix it names: the bot's role allowed to post there again.
    bot_role = next(r for r in guild.roles.values() if r.bot_id == fake.bot_user.id)
    fake.set_channel_permissions(results_channel, bot_role, allow=Perm.SEND_MESSAGES | Perm.EMBED_LINKS)
    lines = sorted(r.line() for r in by_name(await diagnose(environ=environ_of(world)))["channel"])
    assert len(lines) == 2 and not any("#results" in line for line in lines)


async def test_a_server_the_bot_left_is_named(world: World) -> None:
    await subscribe(world, "general")
    del world.guild.members[world.fake.bot_user.id]
    [line] = [r.line() for r in by_name(await diagnose(environ=environ_of(world)))["channel"]]
    assert line.startswith(f"FAIL  channel: the bot is no longer in the server {world.guild.id} (subscription #1)")
    assert "invite the bot again" in line


async def test_a_privileged_intent_the_application_does_not_allow_is_named(fake_discord: FakeDiscord) -> None:
    wants_content = discord.Intents(guilds=True, guild_messages=True, message_content=True)
    fake_discord.application_flags = 0
    results = by_name(await discord_checks(token_of(fake_discord), [], intents=wants_content))
    [intents] = results["intents"]
    assert intents.verdict == "fail"
    assert "Message Content Intent, which the application does not allow: turn it on in the Bot tab" in intents.detail
    fake_discord.application_flags = 1 << 19  # GATEWAY_MESSAGE_CONTENT_LIMITED: a bot in under 100 servers
    [intents] = by_name(await discord_checks(token_of(fake_discord), [], intents=wants_content))["intents"]
    assert intents.verdict == "ok" and intents.detail == "Message Content Intent allowed"
    assert by_name(await discord_checks(token_of(fake_discord), []))["channels"][0].detail == \
        "no active subscription"


async def test_a_token_discord_refuses_and_a_discord_that_is_down_are_named(fake_discord: FakeDiscord) -> None:
    channel = [SubscribedChannel(1, 2, (1,))]
    fake_discord.fail_route("GET", "/users/@me", 401, body={"message": "401: Unauthorized", "code": 0})
    [result] = await discord_checks(token_of(fake_discord), channel)
    assert result.line().startswith("FAIL  Discord: Discord refused DISCORD_TOKEN: copy the token again")
    await fake_discord.stop()
    [result] = await discord_checks(token_of(fake_discord), channel)
    assert result.verdict == "fail"
    assert result.detail.startswith(f"could not reach Discord at {fake_discord.api_base}")


async def test_the_command_asks_the_discord_the_launcher_points_it_at(world: World) -> None:
    await subscribe(world, "general")
    env = {**os.environ, **world.fake.subprocess_env(), **environ_of(world)}
    process = await asyncio.create_subprocess_exec(sys.executable, str(LAUNCH_BOT), "bot.cli:main", "doctor",
                                                   cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, out.decode() + err.decode()
    lines = out.decode().splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "OK    settings", "OK    database", "OK    migrations", *(["OK    integrity"] if "sqlite" in
                                                                   env["DATABASE_URL"] else []),
        "OK    token", "OK    Discord", "OK    intents", "OK    gateway", "OK    channels"]
    assert lines[-1].startswith("all ") and lines[-1].endswith(" checks passed")

    world.fake.delete_channel(world.channel)
    process = await asyncio.create_subprocess_exec(sys.executable, str(LAUNCH_BOT), "bot.cli:main", "doctor",
                                                   cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 1
    assert f"FAIL  channel: the channel {world.channel.id} in the server Election Nerds no longer exists" in \
        out.decode()
    assert err.decode().strip() == "1 check failed: fix it as said above, then run racebot doctor again"
