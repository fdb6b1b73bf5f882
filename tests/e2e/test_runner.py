"""`racebot run` and `racebot sync` as processes against the fake; the missing token; shards; the error handler."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

from bot.cli import main
from bot.client import ShardedRacebot, create_bot
from bot.config import Settings

from .fake_discord import LAUNCH_BOT, FakeDiscord, shard_for
from .racebot_world import TIMEOUT, TOKEN, World, running_bot

PROCESS_TIMEOUT = 30.0


def bot_env(fake: FakeDiscord, database: Path) -> dict[str, str]:
    return {**os.environ, **fake.subprocess_env(), "DISCORD_TOKEN": TOKEN,
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}", "RACEBOT_LOAD_BUNDLED": "0", "LOG_LEVEL": "INFO"}


async def start_cli(fake: FakeDiscord, database: Path, *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, str(LAUNCH_BOT), "bot.cli:main", *args, env=bot_env(fake, database),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


def test_run_without_a_token_exits_2_with_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "DISCORD_TOKEN" in err and ".env.example" in err and "racebot ask" in err
    assert main(["sync"]) == 2


async def test_racebot_sync_registers_the_commands_with_one_server(fake_discord: FakeDiscord,
                                                                   seed_database: Path, tmp_path: Path) -> None:
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    guild = fake_discord.add_guild("Election Nerds")
    proc = await start_cli(fake_discord, database, "sync", "--guild", str(guild.id))
    stdout, stderr = await asyncio.wait_for(proc.communicate(), PROCESS_TIMEOUT)
    assert proc.returncode == 0, stderr.decode()
    names = {c["name"] for c in fake_discord.synced_commands(guild)}
    assert names == {"ask", "candidate", "race", "endorsements", "endorser", "poll", "results", "racebot", "updates",
                     "help"}
    assert stdout.decode().startswith(f"Synced 10 commands to server {guild.id}")
    assert fake_discord.sessions == []  # syncing needs no gateway connection


async def test_racebot_run_answers_and_stops_cleanly_on_sigterm(fake_discord: FakeDiscord, seed_database: Path,
                                                                tmp_path: Path) -> None:
    fake = fake_discord
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    guild = fake.add_guild("Election Nerds")
    member = fake.add_member(guild, name="member")
    proc = await start_cli(fake, database, "run")
    try:
        await fake.wait_for_sessions(1, timeout=PROCESS_TIMEOUT)
        await fake.send_message(guild.text_channels[0], member, f"{fake.bot_user.mention} who endorsed caruso")
        reply = await fake.wait_for_message(guild.text_channels[0], timeout=PROCESS_TIMEOUT)
        assert reply["embeds"][0]["title"] == "Endorsements of Rick Caruso"
        proc.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(proc.communicate(), PROCESS_TIMEOUT)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    log = stderr.decode()
    assert proc.returncode == 0, log
    assert "SIGTERM received: shutting down" in log and "Racebot stopped" in log
    assert "Traceback" not in log
    assert not fake.requests_to("PUT", r"/applications/\d+/(guilds/\d+/)?commands")  # no sync on start


async def test_shard_settings_make_an_auto_sharded_bot_over_its_shards(fake_discord: FakeDiscord,
                                                                       seed_database: Path, tmp_path: Path) -> None:
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    guilds = [fake_discord.add_guild(f"g{n}", shard=(n % 2, 2)) for n in range(2)]
    settings = Settings(database_url=f"sqlite+aiosqlite:///{database}", load_bundled_data=False,
                        shard_count=2, shard_ids=(1,))
    async with running_bot(settings) as bot:
        assert isinstance(bot, ShardedRacebot) and bot.shard_count == 2
        assert [s.shard_id for s in fake_discord.sessions] == [1]
        assert {g.id for g in bot.guilds} == {g.id for g in guilds if shard_for(g.id, 2) == 1}
    plain = create_bot(Settings(database_url="sqlite+aiosqlite:///:memory:"))
    assert not isinstance(plain, ShardedRacebot)


async def test_a_failing_command_gets_an_ephemeral_apology_and_one_log_line(world: World,
                                                                            monkeypatch: pytest.MonkeyPatch,
                                                                            caplog: pytest.LogCaptureFixture) -> None:
    async def broken(name: str) -> None:
        raise RuntimeError("database on fire")

    monkeypatch.setattr(world.bot.engine, "candidate_answer", broken)
    with caplog.at_level(logging.ERROR, logger="bot.client"):
        handle = await world.fake.send_slash_command(world.guild, world.channel, world.member, "candidate",
                                                     {"name": "bass"})
        message = await handle.wait_for_message(lambda m: bool(m["content"]), timeout=TIMEOUT)
    assert message["flags"] & 64 and message["content"].startswith("Sorry, something went wrong")
    assert world.fake.messages_in(world.channel) == []  # the public "thinking…" message is gone
    (record,) = [r for r in caplog.records if r.name == "bot.client"]
    assert "/candidate failed" in record.getMessage() and "'name': 'bass'" in record.getMessage()
    assert str(world.member.id) in record.getMessage()
