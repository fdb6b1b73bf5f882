"""/healthz and /metrics of the running bot (METRICS_PORT) against the fake Discord: the counters move as it answers,
imports and posts; /healthz fails naming the gateway while Discord is unreachable and passes once the session is
resumed; each shard process serves its own; a port already taken is one line at start-up."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import math
import os
import shutil
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.client import Racebot
from bot.config import Settings
from tests.factories import SECOND_RACE

from .fake_discord import LAUNCH_BOT, FakeChannel, FakeDiscord, FakeGuild, FakeUser, Perm
from .racebot_world import TIMEOUT, TOKEN, running_bot
from .test_updates import INTERVAL, settings_for, titles, write_feed

Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def get(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}{path}") as response:
        return response.status, await response.text()


def parse(text: str) -> Samples:
    return {(sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text) for sample in family.samples}


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


async def scrape(port: int) -> Samples:
    status, text = await get(port, "/metrics")
    assert status == 200, text
    return parse(text)


async def until_metrics(port: int, check: Callable[[Samples], bool], timeout: float = TIMEOUT) -> Samples:
    """Scrape until `check` holds: a counter moves just after Discord has the message the test waits for."""
    async with asyncio.timeout(timeout):
        while not check(samples := await scrape(port)):
            await asyncio.sleep(0.05)
    return samples


async def until_health(port: int, status: int, timeout: float = TIMEOUT) -> dict[str, Any]:
    async with asyncio.timeout(timeout):
        while True:
            code, body = await get(port, "/healthz")
            if code == status:
                return json.loads(body)
            await asyncio.sleep(0.05)


@dataclass
class MetricsWorld:
    fake: FakeDiscord
    bot: Racebot
    guild: FakeGuild
    channel: FakeChannel
    admin: FakeUser
    member: FakeUser
    feed: Path
    port: int

    async def ask(self, question: str, **kwargs: Any) -> dict[str, Any]:
        handle = await self.fake.send_slash_command(self.guild, self.channel, self.member, "ask",
                                                    {"question": question}, **kwargs)
        return await handle.wait_for_message(timeout=TIMEOUT)

    async def mention(self, question: str) -> dict[str, Any]:
        asked = await self.fake.send_message(self.channel, self.member, f"{self.fake.bot_user.mention} {question}")
        return await self.fake.wait_for_message(
            self.channel, timeout=TIMEOUT,
            predicate=lambda m: m.get("message_reference", {}).get("message_id") == asked["id"])


@pytest.fixture
async def metrics_world(fake_discord: FakeDiscord, seed_database: Path, tmp_path: Path) -> AsyncIterator[MetricsWorld]:
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    feed = tmp_path / "feed" / "polls.csv"
    feed.parent.mkdir()  # the feed file appears when the test writes it: until then its reads fail
    guild = fake_discord.add_guild("Election Nerds", channels=("general", "polls"))
    admin = fake_discord.add_member(guild, name="admin", permissions=Perm.MANAGE_CHANNELS | Perm.MANAGE_GUILD)
    member = fake_discord.add_member(guild, name="member")
    port = free_port()
    settings = dataclasses.replace(settings_for(database, feed), data_editors=(admin.id,), metrics_port=port)
    async with running_bot(settings) as bot:
        await asyncio.wait_for(bot.sync_commands(guild.id), TIMEOUT)
        yield MetricsWorld(fake_discord, bot, guild, guild.text_channels[1], admin, member, feed, port)


async def test_the_counters_move_as_the_bot_answers_imports_reads_feeds_and_posts(metrics_world: MetricsWorld) -> None:
    w = metrics_world
    health = await until_health(w.port, 200)
    assert health["status"] == "ok" and health["failing"] == []
    assert set(health["checks"]) == {"gateway", "database", "outbox"}
    general = w.guild.text_channels[0]
    handle = await w.fake.send_slash_command(w.guild, general, w.admin, "updates",
                                             {"race": "la-mayor-2022", "what": "polls"}, subcommand="subscribe")
    assert (await handle.wait_for_message(timeout=TIMEOUT))["embeds"][0]["title"] == "Subscription created"

    assert (await w.ask("who endorsed rick caruzo"))["embeds"][0]["title"] == "Endorsements of Rick Caruso"
    assert "Karen Bass" in (await w.mention("who is ahead in the LA mayor race"))["embeds"][0]["description"]
    await w.mention("¿quién apoyó a caruso?")
    assert (await w.ask("who endorsed karen smith"))["embeds"][0]["title"] == "Name not known"
    await w.ask("what's the weather like")
    attachment = w.fake.add_attachment("springfield.yaml", SECOND_RACE.encode())
    handle = await w.fake.send_slash_command(w.guild, w.channel, w.admin, "racebot", {"file": attachment},
                                             subcommand="import")
    assert (await handle.wait_for_message(timeout=TIMEOUT))["embeds"][0]["title"].startswith("Imported")
    assert (await w.ask("who endorsed karen"))["embeds"][0]["title"] == "Did you mean…?"  # Bass or Whitfield
    write_feed(w.feed, 1)
    async with asyncio.timeout(TIMEOUT):
        while not titles(w.fake, general):
            await asyncio.sleep(INTERVAL)

    m = await until_metrics(w.port, lambda m: value(m, "racebot_posts_sent_total") >= 1
                            and value(m, "racebot_outbox_depth") == 0)
    assert value(m, "racebot_questions_total", kind="endorsements_of", language="en") == 2  # caruso, karen smith
    assert value(m, "racebot_questions_total", kind="endorsements_of", language="es") == 1
    assert value(m, "racebot_questions_total", kind="leader", language="en") == 1
    assert value(m, "racebot_questions_total", kind="unknown", language="en") == 1
    assert value(m, "racebot_questions_total", kind="ambiguous", language="en") == 1
    assert value(m, "racebot_answer_seconds_count") == 6
    assert 0 < value(m, "racebot_answer_seconds_sum") < 6 * TIMEOUT
    assert value(m, "racebot_answer_seconds_bucket", le="+Inf") == 6
    assert value(m, "racebot_unknown_answers_total", what="name") == 1
    assert value(m, "racebot_unknown_answers_total", what="question") == 1
    assert value(m, "racebot_did_you_mean_answers_total") == 1

    assert value(m, "racebot_imports_total", source="discord", outcome="changed") == 1
    assert value(m, "racebot_import_rows_total", kind="races", change="added") == 1
    assert value(m, "racebot_import_rows_total", kind="candidates", change="added") == 3
    assert value(m, "racebot_imports_total", source="feed", outcome="changed") == 1
    assert value(m, "racebot_import_rows_total", kind="polls", change="added") == 2 + 1  # Springfield's, the feed's
    feed = f"#1 {w.feed}"
    assert value(m, "racebot_feed_reads_total", feed=feed) >= 2
    assert value(m, "racebot_feed_failures_total", feed=feed) >= 1  # read before the file existed

    assert value(m, "racebot_posts_sent_total") == 1
    assert value(m, "racebot_posts_failed_total", reason="retry") == 0
    assert value(m, "racebot_outbox_oldest_pending_seconds") == 0
    assert value(m, "racebot_gateway_connected", shard="0") == 1
    latency = value(m, "racebot_gateway_latency_seconds", shard="0")
    assert 0 <= latency < 5 or math.isinf(latency)
    assert value(m, "racebot_shard", shard="0", shard_count="1") == 1
    assert all(value(m, "racebot_health_check", check=c) == 1 for c in ("gateway", "database", "outbox"))
    assert value(m, "process_resident_memory_bytes") > 0


async def test_healthz_names_the_gateway_while_discord_is_down_and_passes_after_the_resume(
        metrics_world: MetricsWorld) -> None:
    w = metrics_world
    await until_health(w.port, 200)
    async with w.fake.gateway_outage() as (session,):
        health = await until_health(w.port, 503)
        assert health["status"] == "failing" and health["failing"] == ["gateway"]
        assert "disconnected" in health["checks"]["gateway"]["detail"]
        assert health["checks"]["database"]["ok"] and health["checks"]["outbox"]["ok"]
        assert value(await scrape(w.port), "racebot_gateway_connected", shard="0") == 0
    health = await until_health(w.port, 200, timeout=30.0)  # discord.py retries with its backoff
    assert health["failing"] == []
    assert session.resumes == 1 and session.connected  # the same session, resumed: no new IDENTIFY
    assert (await w.ask("who endorsed rick caruzo"))["embeds"][0]["title"] == "Endorsements of Rick Caruso"


async def test_each_shard_process_serves_its_own_metrics(fake_discord: FakeDiscord, seed_database: Path,
                                                         tmp_path: Path) -> None:
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    for n in range(4):
        fake_discord.add_guild(f"g{n}", shard=(n % 2, 2))
    ports = free_port(), free_port()
    base = Settings(database_url=f"sqlite+aiosqlite:///{database}", load_bundled_data=False, shard_count=2)
    async with (running_bot(dataclasses.replace(base, shard_ids=(0,), metrics_port=ports[0])),
                running_bot(dataclasses.replace(base, shard_ids=(1,), metrics_port=ports[1]))):
        for shard, port in enumerate(ports):
            await until_health(port, 200)
            m = await scrape(port)
            assert value(m, "racebot_shard", shard=str(shard), shard_count="2") == 1
            assert value(m, "racebot_shard", shard=str(1 - shard), shard_count="2") == 0  # not this process's
            assert value(m, "racebot_gateway_connected", shard=str(shard)) == 1
        async with fake_discord.gateway_outage(shard_id=1):
            assert (await until_health(ports[1], 503))["failing"] == ["gateway"]
            assert (await get(ports[0], "/healthz"))[0] == 200  # the other shard's process is healthy
        await until_health(ports[1], 200, timeout=30.0)


async def test_a_metrics_port_in_use_stops_racebot_run_with_one_line(fake_discord: FakeDiscord, seed_database: Path,
                                                                     tmp_path: Path) -> None:
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        env = {**os.environ, **fake_discord.subprocess_env(), "DISCORD_TOKEN": TOKEN,
               "DATABASE_URL": f"sqlite+aiosqlite:///{database}", "RACEBOT_LOAD_BUNDLED": "0",
               "METRICS_PORT": str(port)}
        proc = await asyncio.create_subprocess_exec(sys.executable, str(LAUNCH_BOT), "bot.cli:main", "run", env=env,
                                                    stdout=asyncio.subprocess.DEVNULL,
                                                    stderr=asyncio.subprocess.PIPE)
        try:
            _, stderr = await asyncio.wait_for(proc.communicate(), 30.0)
        finally:
            if proc.returncode is None:
                proc.send_signal(signal.SIGKILL)
                await proc.wait()
    log = stderr.decode()
    assert proc.returncode == 2, log
    assert f"METRICS_PORT: cannot serve /healthz and /metrics on 127.0.0.1:{port}" in log
    assert "Traceback" not in log
    assert fake_discord.sessions == []  # it never connected
