"""`racebot run` with LOG_FORMAT=json against the fake Discord: every line of its log is one JSON object, discord.py's
too, and a line about a server names its shard, server and channel."""

from __future__ import annotations

import asyncio
import json
import shutil
import signal
from pathlib import Path

from .fake_discord import FakeDiscord
from .test_runner import PROCESS_TIMEOUT, bot_env
from .test_updates import start_bot


async def test_every_line_is_json_and_a_refused_answer_names_its_server_and_channel(fake_discord: FakeDiscord,
                                                                                    seed_database: Path,
                                                                                    tmp_path: Path) -> None:
    fake = fake_discord
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    guild = fake.add_guild("Election Nerds")
    channel = guild.text_channels[0]
    member = fake.add_member(guild, name="member")
    env = {**bot_env(fake, database), "LOG_FORMAT": "json", "SHARD_COUNT": "1"}
    proc = await start_bot(env)
    try:
        await fake.wait_for_sessions(1, timeout=PROCESS_TIMEOUT)
        denied = fake.fail_route("POST", rf"/channels/{channel.id}/messages", 403, times=None)
        await fake.send_message(channel, member, f"{fake.bot_user.mention} who endorsed caruso")
        async with asyncio.timeout(PROCESS_TIMEOUT):
            while not denied.hits:
                await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # the warning is written after Discord's refusal
        proc.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(proc.communicate(), PROCESS_TIMEOUT)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 0
    lines = [json.loads(line) for line in stderr.decode().splitlines()]  # each line parses, or this fails
    assert {"discord.client", "bot.client"} <= {line["logger"] for line in lines}
    assert all({"time", "level", "logger", "message"} <= set(line) and line["shard"] == 0 for line in lines)
    (refused,) = [line for line in lines if line["message"].startswith("no permission to answer")]
    assert refused["level"] == "WARNING" and refused["logger"] == "cogs.ask"
    assert (refused["guild_id"], refused["channel_id"]) == (str(guild.id), str(channel.id))
