"""Self-tests of the fake Discord: a minimal discord.py bot driven end to end through it.

The bot here is deliberately tiny (one slash command with autocomplete and a button view,
a deferred command with a file, an attachment option, a permission-checked subcommand and
an on_message handler); it only exists to prove the fake speaks discord.py's dialect.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import os
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from .fake_discord import (
    LAUNCH_BOT,
    FakeChannel,
    FakeDiscord,
    FakeGuild,
    FakeUser,
    Perm,
    commands_errors,
    shard_for,
)

TOKEN = "fake-token"
TIMEOUT = 10.0
STATES = ["Alabama", "Alaska", "Arizona", "California", "Colorado"]


# --------------------------------------------------------------------------- the bot


class CounterView(discord.ui.View):
    """A one-button view whose clicks edit the message."""

    def __init__(self) -> None:
        super().__init__(timeout=None)
        self.clicks = 0

    @discord.ui.button(label="Count", custom_id="counter:count", style=discord.ButtonStyle.primary)
    async def count(self, interaction: discord.Interaction, button: discord.ui.Button[CounterView]) -> None:
        self.clicks += 1
        button.label = f"Count ({self.clicks})"
        await interaction.response.edit_message(content=f"clicked {self.clicks} by {interaction.user.name}", view=self)


class FeedbackModal(discord.ui.Modal, title="Feedback"):
    """A modal with one text input."""

    text: discord.ui.TextInput[FeedbackModal] = discord.ui.TextInput(label="Your feedback", custom_id="fb:text")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"thanks for: {self.text.value}")


def _register(bot: commands.Bot | commands.AutoShardedBot) -> None:
    received: list[discord.Message] = []
    bot.received = received  # type: ignore[attr-defined]

    @bot.tree.command(name="race", description="Look up a race")
    @app_commands.describe(state="The state")
    async def race(interaction: discord.Interaction, state: str) -> None:
        embed = discord.Embed(title=f"Race in {state}", description="Two candidates")
        embed.add_field(name="Source", value="fake")
        await interaction.response.send_message(embed=embed, view=CounterView())

    @race.autocomplete("state")
    async def race_state(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=s, value=s) for s in STATES if s.lower().startswith(current.lower())]

    @bot.tree.command(name="report", description="A slow report with a file")
    async def report(interaction: discord.Interaction) -> None:
        await interaction.response.defer(thinking=True)
        await asyncio.sleep(0.05)
        data = io.BytesIO(b"state,votes\nCA,10\n")
        await interaction.followup.send("here is the report", file=discord.File(data, filename="report.csv"))

    @bot.tree.command(name="slow", description="Defer, edit the original, then follow up")
    async def slow(interaction: discord.Interaction) -> None:
        await interaction.response.defer()
        await interaction.edit_original_response(content="done")
        await interaction.followup.send("extra", ephemeral=True)

    @bot.tree.command(name="feedback", description="Open a modal")
    async def feedback(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(FeedbackModal())

    @bot.tree.command(name="upload", description="Echo an uploaded file")
    async def upload(interaction: discord.Interaction, file: discord.Attachment) -> None:
        data = await file.read()
        await interaction.response.send_message(f"{file.filename}:{len(data)}:{data.decode()}", ephemeral=True)

    config = app_commands.Group(
        name="config", description="Settings", default_permissions=discord.Permissions(manage_guild=True)
    )

    @config.command(name="set", description="Set a value")
    @app_commands.checks.has_permissions(manage_guild=True)
    async def config_set(interaction: discord.Interaction, value: str) -> None:
        await interaction.response.send_message(f"saved {value}")

    @config_set.error
    async def config_set_error(interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await interaction.response.send_message("denied", ephemeral=True)

    bot.tree.add_command(config)

    async def on_message(message: discord.Message) -> None:
        if message.author.bot:
            return
        received.append(message)
        if message.guild is None:
            await message.channel.send(f"dm: {message.content}")
        elif bot.user in message.mentions:
            await message.reply(f"pong: {message.content}")

    bot.add_listener(on_message, "on_message")


def make_bot(cls: type[commands.Bot] = commands.Bot, **kwargs: Any) -> commands.Bot:
    """The self-test bot: non-privileged intents, short guild_ready_timeout."""
    intents = discord.Intents.default()
    assert not intents.message_content and not intents.members
    bot = cls(command_prefix="$selftest$", intents=intents, guild_ready_timeout=0.1, **kwargs)
    _register(bot)

    async def no_identify_delay(shard_id: int | None, *, initial: bool = False) -> None:
        # discord.py sleeps 5 s before every non-initial IDENTIFY (2nd shard, re-identify).
        return None

    bot.before_identify_hook = no_identify_delay  # type: ignore[method-assign]
    return bot


@contextlib.asynccontextmanager
async def running(bot: commands.Bot) -> AsyncIterator[commands.Bot]:
    """Start ``bot`` in a task, wait until ready, close it afterwards."""
    task = asyncio.create_task(bot.start(TOKEN))
    ready = asyncio.create_task(bot.wait_until_ready())
    try:
        done, _ = await asyncio.wait({task, ready}, timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
        if task in done:
            task.result()  # re-raise the bot's startup error
            raise RuntimeError("bot stopped before becoming ready")
        if ready not in done:
            raise TimeoutError("bot did not become ready")
        yield bot
    finally:
        ready.cancel()
        await asyncio.wait_for(bot.close(), TIMEOUT)
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task


@dataclass
class World:
    fake: FakeDiscord
    guild: FakeGuild
    channel: FakeChannel
    admin: FakeUser
    member: FakeUser


@pytest.fixture
def world(fake_discord: FakeDiscord) -> World:
    guild = fake_discord.add_guild("Election Nerds")
    admin = fake_discord.add_member(guild, name="admin", permissions=Perm.MANAGE_GUILD)
    member = fake_discord.add_member(guild, name="member")
    return World(fake_discord, guild, guild.text_channels[0], admin, member)


# --------------------------------------------------------------------------- tests


async def test_login_ready_and_guild_cached(world: World) -> None:
    fake = world.fake
    async with running(make_bot()) as bot:
        assert bot.user is not None and bot.user.id == fake.bot_user.id
        assert bot.application_id == fake.application_id
        guild = bot.get_guild(world.guild.id)
        assert guild is not None and guild.name == "Election Nerds"
        channel = guild.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel) and channel.name == "general"
        assert guild.me.guild_permissions.send_messages
        assert guild.default_role.id == guild.id
        assert guild.get_member(world.admin.id) is None  # no members intent: like Discord
        assert fake.requests_to("GET", "/users/@me") and fake.requests_to("GET", "/oauth2/applications/@me")
        (session,) = fake.sessions
        assert session.token == TOKEN and (session.shard_id, session.shard_count) == (0, 1)
        assert session.intents == bot.intents.value
        assert [r.event for r in fake.gateway_log if r.direction == "send" and r.op == 0][:2] == [
            "READY",
            "GUILD_CREATE",
        ]
        seqs = [r.payload["s"] for r in fake.gateway_log if r.direction == "send" and r.op == 0]
        assert seqs == sorted(seqs) and len(set(seqs)) == len(seqs)
    assert not fake.unhandled


async def test_tree_sync_to_guild_is_recorded(world: World) -> None:
    fake = world.fake
    async with running(make_bot()) as bot:
        target = discord.Object(world.guild.id)
        bot.tree.copy_global_to(guild=target)
        synced = await asyncio.wait_for(bot.tree.sync(guild=target), TIMEOUT)
        assert {c.name for c in synced} == {"race", "report", "slow", "feedback", "upload", "config"}
        commands_ = {c["name"]: c for c in fake.synced_commands(world.guild)}
        race = commands_["race"]
        assert race["options"][0]["name"] == "state" and race["options"][0]["autocomplete"] is True
        assert race["guild_id"] == str(world.guild.id)
        assert {int(c["id"]) for c in commands_.values()} == {c.id for c in synced}
        assert commands_["config"]["default_member_permissions"] == str(Perm.MANAGE_GUILD)
        assert commands_["config"]["options"][0]["type"] == 1  # subcommand
        assert fake.synced_commands() == []

        # A guild command carries data.guild_id; discord.py must still find it.
        handle = await fake.send_slash_command(world.guild, world.channel, world.member, "race", {"state": "Alaska"})
        assert handle.payload["data"]["guild_id"] == str(world.guild.id)
        msg = await handle.wait_for_message(timeout=TIMEOUT)
        assert msg["embeds"][0]["title"] == "Race in Alaska"

        # Discord hides commands with default_member_permissions from members lacking them.
        with pytest.raises(PermissionError):
            await fake.send_slash_command(
                world.guild, world.channel, world.member, "config", {"value": "x"}, subcommand="set"
            )
        handle = await fake.send_slash_command(world.guild, world.channel, world.admin, "config set", {"value": "x"})
        assert (await handle.wait_for_message(timeout=TIMEOUT))["content"] == "saved x"


async def test_a_sync_breaking_discords_limits_is_refused_as_a_whole(world: World) -> None:
    async with running(make_bot()) as bot:
        target = discord.Object(world.guild.id)

        @app_commands.command(name="long", description="x" * 101)
        async def long(interaction: discord.Interaction) -> None:
            await interaction.response.send_message("never")

        bot.tree.add_command(long, guild=target)
        with pytest.raises(app_commands.CommandSyncFailure, match="Must be between 1 and 100 in length"):
            await asyncio.wait_for(bot.tree.sync(guild=target), TIMEOUT)
        assert world.fake.synced_commands(world.guild) == []


def _command(**fields: Any) -> dict[str, Any]:
    return {"type": 1, "name": "race", "description": "A race", **fields}


def _option(**fields: Any) -> dict[str, Any]:
    return {"type": 3, "name": "state", "description": "The state", **fields}


@pytest.mark.parametrize(("command", "where"), [
    (_command(description="x" * 101), ("0", "description")),
    (_command(description=""), ("0", "description")),
    (_command(name="x" * 33), ("0", "name")),
    (_command(name="Race"), ("0", "name")),
    (_command(name="two words"), ("0", "name")),
    (_command(description_localizations={"es-419": "x" * 101}), ("0", "description_localizations", "es-419")),
    (_command(description_localizations={"es": "Una contienda"}), ("0", "description_localizations", "es")),
    (_command(name_localizations={"es-ES": "Contienda"}), ("0", "name_localizations", "es-ES")),
    (_command(options=[_option(name=f"o{i}") for i in range(26)]), ("0", "options", "_errors")),
    (_command(options=[_option(description="x" * 101)]), ("0", "options", "0", "description")),
    (_command(options=[_option(description_localizations={"es-ES": ""})]),
     ("0", "options", "0", "description_localizations", "es-ES")),
    (_command(options=[_option(choices=[{"name": f"c{i}", "value": f"c{i}"} for i in range(26)])]),
     ("0", "options", "0", "choices")),
    (_command(options=[_option(choices=[{"name": "x" * 101, "value": "x"}])]),
     ("0", "options", "0", "choices", "0", "name")),
    (_command(options=[_option(choices=[{"name": "x", "value": "x", "name_localizations": {"es-419": "y" * 101}}])]),
     ("0", "options", "0", "choices", "0", "name_localizations", "es-419")),
    (_command(options=[_option(name="a"), _option(name="b", required=True)]), ("0", "options", "1", "required")),
    (_command(options=[{"type": 1, "name": "sub", "description": "A sub", "options": [_option(name="X")]}]),
     ("0", "options", "0", "options", "0", "name")),
    (_command(options=[_option(name=f"o{i}", description="d" * 100, choices=[
        {"name": "n" * 100, "value": "v" * 100} for _ in range(2)]) for i in range(25)]), ("0", "_errors")),
])
def test_the_fake_knows_discords_command_limits(command: dict[str, Any], where: tuple[str, ...]) -> None:
    errors = commands_errors([command])
    for key in where:
        assert key in errors, (where, errors)
        errors = errors[key]
    assert commands_errors([_command(options=[_option(required=True), _option(name="b")],
                                     description_localizations={"es-ES": "Una contienda", "es-419": "x" * 100},
                                     name_localizations={"es-419": "contienda"})]) == {}
    assert commands_errors([{"type": 2, "name": "Report Message", "description": ""}]) == {}  # a context menu


async def test_slash_command_answers_with_embed(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        handle = await fake.send_slash_command(world.guild, world.channel, world.member, "race", {"state": "Arizona"})
        callback = await handle.response(timeout=TIMEOUT)
        assert callback.callback_type == 4
        msg = await handle.wait_for_message(timeout=TIMEOUT)
        embed = msg["embeds"][0]
        assert embed["title"] == "Race in Arizona"
        assert embed["fields"] == [{"name": "Source", "value": "fake", "inline": True}]
        assert msg["components"][0]["components"][0]["custom_id"] == "counter:count"
        assert msg["interaction_metadata"]["user"]["id"] == str(world.member.id)
        assert fake.messages_in(world.channel)[-1]["id"] == msg["id"]
        assert handle.payload["member"]["permissions"] == str(world.guild.permissions_of(world.member.id))


async def test_deferred_command_followup_with_file(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        handle = await fake.send_slash_command(world.guild, world.channel, world.admin, "report")
        assert (await handle.response(timeout=TIMEOUT)).callback_type == 5
        msg = await handle.wait_for_message(lambda m: bool(m["attachments"]), timeout=TIMEOUT)
        assert msg["content"] == "here is the report"
        assert msg["id"] == str(handle.original_message_id)  # first follow-up replaced "thinking..."
        (file,) = handle.files
        assert (file.field, file.filename, file.data) == ("files[0]", "report.csv", b"state,votes\nCA,10\n")
        followup = handle.replies[-1]
        assert followup.kind == "followup" and followup.body["attachments"][0]["filename"] == "report.csv"
        att = msg["attachments"][0]
        assert att["filename"] == "report.csv" and att["size"] == len(file.data)
        async with aiohttp.ClientSession() as session, session.get(att["url"]) as resp:
            assert await resp.read() == file.data


async def test_deferred_command_edit_original_then_followup(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        handle = await fake.send_slash_command(world.guild, world.channel, world.member, "slow")
        extra = await handle.wait_for_message(lambda m: m["content"] == "extra", timeout=TIMEOUT)
        assert [r.kind for r in handle.replies] == ["callback", "edit_original", "followup"]
        edit = handle.replies[1]
        assert edit.body["content"] == "done" and edit.message is not None and edit.message["flags"] == 0
        assert handle.original_message is not None and handle.original_message["content"] == "done"
        assert extra["flags"] & 64 and [m["content"] for m in handle.messages] == ["done", "extra"]
        assert [m["content"] for m in fake.messages_in(world.channel)] == ["done"]  # ephemeral follow-up hidden
        assert fake.requests_to("PATCH", rf"/webhooks/{fake.application_id}/[^/]+/messages/@original")


async def test_autocomplete_returns_choices(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        handle = await fake.send_autocomplete(world.guild, world.channel, world.member, "race", "state", "Ca")
        assert await handle.autocomplete_choices(timeout=TIMEOUT) == [{"name": "California", "value": "California"}]
        option = handle.payload["data"]["options"][0]
        assert option == {"name": "state", "type": 3, "value": "Ca", "focused": True}


async def test_button_click_edits_message(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        command = await fake.send_slash_command(world.guild, world.channel, world.member, "race", {"state": "Alabama"})
        msg = await command.wait_for_message(timeout=TIMEOUT)
        with pytest.raises(ValueError):
            await fake.click_button(msg, "no-such-button", world.admin)
        for n in (1, 2):
            click = await fake.click_button(msg, "counter:count", world.admin)
            assert click.payload["data"] == {"custom_id": "counter:count", "component_type": 2}
            assert (await click.response(timeout=TIMEOUT)).callback_type == 7
            edited = await click.wait_for_message(timeout=TIMEOUT)
            assert edited["id"] == msg["id"] and edited["content"] == f"clicked {n} by admin"
            assert edited["components"][0]["components"][0]["label"] == f"Count ({n})"
            assert edited["embeds"][0]["title"] == "Race in Alabama"


async def test_modal_is_opened_and_submitted(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        handle = await fake.send_slash_command(world.guild, world.channel, world.member, "feedback")
        modal = await handle.wait_for_modal(timeout=TIMEOUT)
        assert modal["title"] == "Feedback"
        submit = await fake.submit_modal(handle, {"fb:text": "great bot"})
        assert (await submit.wait_for_message(timeout=TIMEOUT))["content"] == "thanks for: great bot"


async def test_on_message_mention_and_dm(world: World) -> None:
    fake = world.fake
    async with running(make_bot()) as bot:
        sent = await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} who is winning?")
        assert sent["mentions"][0]["id"] == str(fake.bot_user.id)
        reply = await fake.wait_for_message(world.channel, predicate=lambda m: "pong" in m["content"], timeout=TIMEOUT)
        assert reply["content"] == f"pong: {fake.bot_user.mention} who is winning?"
        assert reply["message_reference"]["message_id"] == sent["id"]
        assert reply["referenced_message"]["author"]["id"] == str(world.member.id)
        assert bot.received[0].content.endswith("who is winning?")  # type: ignore[attr-defined]

        await fake.send_dm(world.member, "hello in private")
        dm = fake.dm_channel(world.member)
        answer = await fake.wait_for_message(dm, timeout=TIMEOUT)
        assert answer["content"] == "dm: hello in private"
        assert [m["content"] for m in fake.messages_in(dm, include_others=True)] == [
            "hello in private",
            "dm: hello in private",
        ]


async def test_attachment_option_is_downloadable(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        attachment = fake.add_attachment("data.csv", b"a,b\n1,2\n")
        handle = await fake.send_slash_command(world.guild, world.channel, world.admin, "upload", {"file": attachment})
        assert handle.payload["data"]["resolved"]["attachments"][str(attachment.id)]["filename"] == "data.csv"
        msg = await handle.wait_for_message(timeout=TIMEOUT)
        assert msg["content"] == "data.csv:8:a,b\n1,2\n"
        assert msg["flags"] & 64  # ephemeral: not listed in the channel
        assert fake.messages_in(world.channel) == []


async def test_permissions_admin_versus_member(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        ok = await fake.send_slash_command(
            world.guild, world.channel, world.admin, "config", {"value": "1"}, subcommand="set"
        )
        no = await fake.send_slash_command(
            world.guild, world.channel, world.member, "config", {"value": "2"}, subcommand="set"
        )
        assert ok.payload["data"]["options"] == [
            {"name": "set", "type": 1, "options": [{"name": "value", "type": 3, "value": "1"}]}
        ]
        assert (await ok.wait_for_message(timeout=TIMEOUT))["content"] == "saved 1"
        assert (await no.wait_for_message(timeout=TIMEOUT))["content"] == "denied"


async def test_forced_reconnect_resumes_and_bot_keeps_answering(world: World) -> None:
    fake = world.fake
    async with running(make_bot()):
        (session,) = fake.sessions
        for how, resumes in (("reconnect", 1), ("close", 2)):
            await fake.force_reconnect(how=how, timeout=TIMEOUT)  # type: ignore[arg-type]
            assert session.resumes == resumes and session.connected
            handle = await fake.send_slash_command(world.guild, world.channel, world.member, "race", {"state": how})
            assert (await handle.wait_for_message(timeout=TIMEOUT))["embeds"][0]["title"] == f"Race in {how}"
        resumed = [r for r in fake.gateway_log if r.event == "RESUMED"]
        assert len(resumed) == 2
        resume_frames = [r for r in fake.gateway_log if r.direction == "recv" and r.op == 6]
        assert resume_frames[0].payload["d"]["session_id"] == session.session_id

        # Events sent while the bot is reconnecting are replayed on RESUME.
        await fake.force_reconnect(how="close", wait=False)
        handle = await fake.send_slash_command(world.guild, world.channel, world.member, "race", {"state": "late"})
        assert (await handle.wait_for_message(timeout=TIMEOUT))["embeds"][0]["title"] == "Race in late"

        # An invalidated session makes the bot IDENTIFY again and get a new READY.
        await fake.force_reconnect(how="invalidate", timeout=TIMEOUT)
        assert len(fake.sessions) == 2 and fake.sessions[1].alive and session.invalidated
        handle = await fake.send_slash_command(world.guild, world.channel, world.member, "race", {"state": "new"})
        assert (await handle.wait_for_message(timeout=TIMEOUT))["embeds"][0]["title"] == "Race in new"


async def test_rate_limited_route_is_retried(world: World) -> None:
    fake = world.fake
    async with running(make_bot()) as bot:
        rule = fake.fail_route("POST", r"/channels/\d+/messages", 429, times=1, retry_after=0.1)
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        sent = await asyncio.wait_for(channel.send("after a 429"), TIMEOUT)
        assert rule.hits == 1
        posts = fake.requests_to("POST", rf"/channels/{world.channel.id}/messages")
        assert [r.status for r in posts] == [429, 200]
        assert posts[0].json == posts[1].json
        assert fake.messages_in(world.channel)[-1]["id"] == str(sent.id)


async def test_forbidden_route_raises_until_cleared(world: World) -> None:
    fake = world.fake
    async with running(make_bot()) as bot:
        fake.fail_route("POST", r"/channels/\d+/messages", 403, times=None)
        channel = bot.get_channel(world.channel.id)
        assert isinstance(channel, discord.TextChannel)
        for _ in range(2):
            with pytest.raises(discord.Forbidden) as info:
                await asyncio.wait_for(channel.send("nope"), TIMEOUT)
            assert info.value.code == 50013
        fake.clear_faults()
        await asyncio.wait_for(channel.send("yes"), TIMEOUT)
        assert [m["content"] for m in fake.messages_in(world.channel)] == ["yes"]


async def test_auto_sharded_bot_gets_only_its_guilds_per_shard(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    guilds = [fake.add_guild(f"g{i}", shard=(i % 2, 2)) for i in range(4)]
    user = fake.add_user("voter")
    by_shard = {s: {g.id for g in guilds if shard_for(g.id, 2) == s} for s in (0, 1)}
    assert all(len(ids) == 2 for ids in by_shard.values())

    async with running(make_bot(commands.AutoShardedBot, shard_count=2)) as bot:
        assert sorted(s.shard_id for s in fake.sessions) == [0, 1]
        for session in fake.sessions:
            ready = next(p for p in session.log if p["t"] == "READY")
            assert {int(g["id"]) for g in ready["d"]["guilds"]} == by_shard[session.shard_id]
            created = {int(p["d"]["id"]) for p in session.log if p["t"] == "GUILD_CREATE"}
            assert created == by_shard[session.shard_id]
        assert {g.id: g.shard_id for g in bot.guilds} == {g.id: shard_for(g.id, 2) for g in guilds}
        handle = await fake.send_slash_command(guilds[1], None, user, "race", {"state": "Colorado"})
        assert (await handle.wait_for_message(timeout=TIMEOUT))["embeds"][0]["title"] == "Race in Colorado"

    # Two bots with one shard each (like two processes): each caches only its shard's guilds.
    bot0 = make_bot(commands.AutoShardedBot, shard_count=2, shard_ids=[0])
    bot1 = make_bot(commands.AutoShardedBot, shard_count=2, shard_ids=[1])
    async with running(bot0), running(bot1):
        assert {g.id for g in bot0.guilds} == by_shard[0]
        assert {g.id for g in bot1.guilds} == by_shard[1]
        target = next(g for g in guilds if g.id in by_shard[1])
        await fake.send_message(target.text_channels[0], user, f"{fake.bot_user.mention} hi")
        await fake.wait_for_message(target.text_channels[0], timeout=TIMEOUT, include_existing=False)
        assert bot0.received == [] and len(bot1.received) == 1  # type: ignore[attr-defined]


async def test_auto_sharded_bot_asks_gateway_bot(fake_discord: FakeDiscord) -> None:
    fake = fake_discord
    fake.recommended_shards = 2
    fake.add_guild("a", shard=(0, 2))
    fake.add_guild("b", shard=(1, 2))
    async with running(make_bot(commands.AutoShardedBot)) as bot:
        assert fake.requests_to("GET", "/gateway/bot")
        assert bot.shard_count == 2 and len(bot.guilds) == 2
        assert sorted(s.shard_id for s in fake.sessions) == [0, 1]


def subprocess_bot_main() -> int:
    """Entry point for the launch_bot.py test: ``module:function TOKEN``."""
    client = discord.Client(intents=discord.Intents.default(), guild_ready_timeout=0.1)

    @client.event
    async def on_message(message: discord.Message) -> None:
        if not message.author.bot:
            await message.channel.send(f"subprocess got: {message.content}")

    client.run(sys.argv[1], log_handler=None)
    return 0


async def test_bot_in_subprocess_via_launcher(world: World) -> None:
    fake = world.fake
    env = {**os.environ, **fake.subprocess_env()}
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(LAUNCH_BOT),
        "tests.e2e.test_fake_discord:subprocess_bot_main",
        TOKEN,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_for_sessions(1, timeout=20)
        await fake.send_message(world.channel, world.member, f"{fake.bot_user.mention} ping")
        msg = await fake.wait_for_message(world.channel, timeout=TIMEOUT)
        assert msg["content"] == f"subprocess got: {fake.bot_user.mention} ping"
    finally:
        if proc.returncode is None:
            proc.terminate()
        _, stderr = await asyncio.wait_for(proc.communicate(), TIMEOUT)
    assert b"Traceback" not in stderr, stderr.decode()


async def test_unknown_routes_and_ids_answer_404(world: World) -> None:
    fake = world.fake
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{fake.api_base}/no/such/route") as resp:
            assert resp.status == 404 and resp.headers["Content-Type"] == "application/json"
            assert (await resp.json())["code"] == 0
        async with session.get(f"{fake.api_base}/channels/{world.channel.id}") as resp:
            assert resp.status == 200 and resp.headers["Content-Type"] == "application/json"
    assert [r.path for r in fake.unhandled] == ["/no/such/route"]
    async with running(make_bot()) as bot:
        with pytest.raises(discord.NotFound) as info:
            await asyncio.wait_for(bot.fetch_channel(1234), TIMEOUT)
        assert info.value.code == 10003
        member = await asyncio.wait_for(bot.get_guild(world.guild.id).fetch_member(world.admin.id), TIMEOUT)  # type: ignore[union-attr]
        assert member.guild_permissions.manage_guild


async def test_patch_discord_restores_class_attributes() -> None:
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    before = (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY)
    async with FakeDiscord() as fake:
        with fake.patch_discord():
            assert Route.BASE == fake.api_base
            assert str(DiscordWebSocket.DEFAULT_GATEWAY) == fake.gateway_url
        assert (Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY) == before
