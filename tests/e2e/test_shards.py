"""Two bot processes, one shard each, sharing one PostgreSQL database and the fake Discord."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.engine.engine import QuestionEngine
from bot.updates import SubscribeRequest, UpdateService
from tests.conftest import DatabaseTarget, make_target

from .fake_discord import LAUNCH_BOT, FakeDiscord
from .racebot_world import TOKEN, build_database

PROCESS_TIMEOUT = 30.0


@pytest.fixture
async def shared_postgres(tmp_path: Path) -> AsyncIterator[DatabaseTarget]:
    for target in make_target("postgresql", tmp_path):
        await build_database(None, bundled=False, url=target.url, schema=target.schema)
        yield target


async def start_shard(fake: FakeDiscord, target: DatabaseTarget, shard_id: int,
                      feed: Path | None = None) -> asyncio.subprocess.Process:
    env = {**os.environ, **fake.subprocess_env(), "DISCORD_TOKEN": TOKEN, "DATABASE_URL": target.url,
           "DATABASE_SCHEMA": target.schema or "", "RACEBOT_LOAD_BUNDLED": "0", "LOG_LEVEL": "INFO",
           "SHARD_COUNT": "2", "SHARD_IDS": str(shard_id)}
    if feed is not None:
        env |= {"FEEDS": str(feed), "UPDATE_INTERVAL_SECONDS": "0.1", "FEED_REFRESH_SECONDS": "0.1"}
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


FEED_HEADER = "poll_id,pollster,end_date,sample_size,population,url,race,stage,candidate_name,pct\n"


def write_feed(path: Path, *polls: int) -> None:
    rows = "".join(f"{7000 + n},Shard Research {n},2022-06-0{n + 1},800,lv,https://polls.example/s{n},"
                   f"la-mayor-2022,primary,{name},{pct}\n" for n in polls
                   for name, pct in (("Karen Bass", 40 + n), ("Rick Caruso", 35)))
    temporary = path.with_suffix(".tmp")
    temporary.write_text(FEED_HEADER + rows, encoding="utf-8")
    os.replace(temporary, path)


async def test_every_update_is_posted_exactly_once_by_the_process_of_its_server(
        fake_discord: FakeDiscord, shared_postgres: DatabaseTarget, tmp_path: Path) -> None:
    fake = fake_discord
    feed = tmp_path / "polls.csv"
    write_feed(feed)  # both processes read the same feed; only one import of each poll can happen
    guilds = [fake.add_guild(f"server {n}", channels=("general", "quiet"), shard=(n % 2, 2)) for n in range(4)]
    db = shared_postgres.database()
    await db.open()
    service = UpdateService(db, QuestionEngine(db))
    for guild in guilds:
        answer = await service.subscriptions.subscribe(
            SubscribeRequest(guild.id, guild.text_channels[0].id, "la-mayor-2022", "polls"))
        assert answer.status == "ok", answer.summary
    await db.close()

    processes = [await start_shard(fake, shared_postgres, shard_id, feed) for shard_id in (0, 1)]
    try:
        await fake.wait_for_sessions(2, timeout=PROCESS_TIMEOUT)
        await asyncio.sleep(0.5)  # both loops running
        write_feed(feed, 1)
        for guild in guilds:
            message = await fake.wait_for_message(guild.text_channels[0], timeout=PROCESS_TIMEOUT)
            assert "Shard Research 1" in str(message["embeds"][0]), message
        write_feed(feed, 1, 2)
        for guild in guilds:
            await fake.wait_for_message(guild.text_channels[0], timeout=PROCESS_TIMEOUT,
                                        predicate=lambda m: "Shard Research 2" in str(m.get("embeds")))
        await asyncio.sleep(1.0)  # time for a doubled post to show, if one were coming
        for guild in guilds:
            posts = [str(m["embeds"][0]) for m in fake.messages_in(guild.text_channels[0])]
            assert len(posts) == 2, guild.name
            assert sum("Shard Research 1" in p for p in posts) == 1 and sum("Shard Research 2" in p for p in posts) == 1
            assert fake.messages_in(guild.text_channels[1]) == []  # not subscribed
    finally:
        logs = [await stop(process) for process in processes]
    for log in logs:
        assert "Traceback" not in log, log
