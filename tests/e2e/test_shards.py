"""Two bot processes, one shard each, sharing one PostgreSQL database and the fake Discord."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.conftest import DatabaseTarget, make_target

from .fake_discord import LAUNCH_BOT, FakeDiscord
from .racebot_world import TOKEN, build_database

PROCESS_TIMEOUT = 30.0


@pytest.fixture
async def shared_postgres(tmp_path: Path) -> AsyncIterator[DatabaseTarget]:
    for target in make_target("postgresql", tmp_path):
        await build_database(None, bundled=False, url=target.url, schema=target.schema)
        yield target


async def start_shard(fake: FakeDiscord, target: DatabaseTarget, shard_id: int) -> asyncio.subprocess.Process:
    env = {**os.environ, **fake.subprocess_env(), "DISCORD_TOKEN": TOKEN, "DATABASE_URL": target.url,
           "DATABASE_SCHEMA": target.schema or "", "RACEBOT_LOAD_BUNDLED": "0", "LOG_LEVEL": "INFO",
           "SHARD_COUNT": "2", "SHARD_IDS": str(shard_id)}
    return await asyncio.create_subprocess_exec(sys.executable, str(LAUNCH_BOT), "bot.cli:main", "run", env=env,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


async def stop(process: asyncio.subprocess.Process) -> str:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    try:
        _, stderr = await asyncio.wait_for(process.communicate(), PROCESS_TIMEOUT)
    except TimeoutError:
        process.kill()
        _, stderr = await process.communicate()
    return stderr.decode()


async def test_every_servers_questions_are_answered_by_exactly_one_process(
        fake_discord: FakeDiscord, shared_postgres: DatabaseTarget) -> None:
    fake = fake_discord
    guilds = [fake.add_guild(f"server {n}", shard=(n % 2, 2)) for n in range(4)]
    members = [fake.add_member(guild, name=f"member {n}") for n, guild in enumerate(guilds)]
    processes = [await start_shard(fake, shared_postgres, shard_id) for shard_id in (0, 1)]
    try:
        await fake.wait_for_sessions(2, timeout=PROCESS_TIMEOUT)
        # each process holds exactly its own shard, so Discord sends each server's events to one of them
        assert sorted((s.shard_id, s.shard_count) for s in fake.sessions if s.alive) == [(0, 2), (1, 2)]
        for guild, member in zip(guilds, members, strict=True):
            await fake.send_message(guild.text_channels[0], member, f"{fake.bot_user.mention} who endorsed caruso")
        for guild in guilds:
            reply = await fake.wait_for_message(guild.text_channels[0], timeout=PROCESS_TIMEOUT)
            assert reply["embeds"][0]["title"] == "Endorsements of Rick Caruso"
        await asyncio.sleep(1.0)  # time for a second, wrong answer to arrive, if one were coming
        for guild in guilds:
            assert len(fake.messages_in(guild.text_channels[0])) == 1, guild.name

    finally:
        logs = [await stop(process) for process in processes]
    for log in logs:
        assert "Traceback" not in log, log
