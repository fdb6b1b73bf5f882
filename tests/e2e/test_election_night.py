"""Election night against the fake Discord: a results feed served on 127.0.0.1 publishes six counts (a lead change
and a call among them) while the bot runs as its own process and is restarted midway. Each subscribed channel ends
with one live message, edited to the final count, and exactly the news posts: first results, lead change, call."""

from __future__ import annotations

import asyncio
import shutil
import signal
from pathlib import Path

from aiohttp import web
from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import ResultSnapshot
from bot.engine.engine import QuestionEngine
from bot.updates import SubscribeRequest, UpdateService

from .fake_discord import FakeChannel, FakeDiscord
from .test_updates import bot_env, start_bot, wait_until

HEADER = "race,stage,candidate,votes,reported,expected,time,source_url,called,certified\n"
# (time, Bass, Caruso, precincts reported, called): Caruso leads first, Bass takes the lead, the source calls it.
NIGHT = [
    ("2022-11-08T20:15:00-08:00", 100, 120, 20, ""),
    ("2022-11-08T20:45:00-08:00", 450, 500, 90, ""),
    ("2022-11-08T21:30:00-08:00", 900, 880, 180, ""),
    ("2022-11-08T23:00:00-08:00", 2000, 1700, 400, ""),
    ("2022-11-09T01:00:00-08:00", 5000, 4200, 800, "Karen Bass"),
    ("2022-11-09T03:00:00-08:00", 9000, 7600, 990, "Karen Bass"),
]


def count_csv(when: str, bass: int, caruso: int, reported: int, called: str) -> str:
    return HEADER + "".join(
        f"la-mayor-2022,general,{name},{votes},{reported},1000,{when},https://results.example/la,"
        f"{'yes' if called == name else ''},\n" for name, votes in (("Karen Bass", bass), ("Rick Caruso", caruso)))


def embeds(fake: FakeDiscord, channel: FakeChannel) -> list[dict]:
    return [m["embeds"][0] for m in fake.messages_in(channel) if m["embeds"]]


async def snapshots(database: Path) -> int:
    db = Database(f"sqlite+aiosqlite:///{database}")
    try:
        async with db.session() as session:
            return await session.scalar(select(func.count()).select_from(ResultSnapshot)) or 0
    finally:
        await db.close()


async def test_a_night_of_counts_ends_with_one_live_message_and_exactly_the_news(
        fake_discord: FakeDiscord, seed_database: Path, tmp_path: Path) -> None:
    fake = fake_discord
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    guild = fake.add_guild("Night Watch", channels=("live", "news"))
    channels = guild.text_channels
    db = Database(f"sqlite+aiosqlite:///{database}")
    try:
        await db.open()
        service = UpdateService(db, QuestionEngine(db))
        for channel in channels:
            answer = await service.subscriptions.subscribe(
                SubscribeRequest(guild.id, channel.id, "la-mayor-2022", "results"))
            assert answer.status == "ok", answer
    finally:
        await db.close()

    published = {"body": count_csv(*NIGHT[0])}

    async def serve(_request: web.Request) -> web.Response:
        return web.Response(text=published["body"], content_type="text/csv")

    app = web.Application()
    app.router.add_get("/night.csv", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    env = {**bot_env(fake, database, tmp_path / "unused.csv"), "FEEDS": f"http://127.0.0.1:{port}/night.csv",
           "FEEDS_ALLOW_PRIVATE": "1", "LIVE_EDIT_SECONDS": "0.3"}

    async def publish(steps: range) -> None:
        for step in steps:
            published["body"] = count_csv(*NIGHT[step])
            await wait_until(lambda step=step: done[0] >= step + 1, timeout=30)

    done = [0]

    async def watch() -> None:
        while True:
            done[0] = await snapshots(database)
            await asyncio.sleep(0.05)

    watcher = asyncio.create_task(watch())
    try:
        proc = await start_bot(env)
        try:
            await publish(range(0, 3))
            await wait_until(lambda: all(len(embeds(fake, c)) >= 3 for c in channels))  # first, live, lead
            proc.send_signal(signal.SIGKILL)  # a crash in the middle of the night
            await proc.wait()
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        proc = await start_bot(env)
        try:
            await publish(range(3, 6))
            final = f"{NIGHT[-1][1]:,} votes"
            await wait_until(lambda: all(
                any(e["title"].startswith("Live count") and final in e["description"] for e in embeds(fake, c))
                and any(e["title"].startswith("Race called") for e in embeds(fake, c)) for c in channels))
            await asyncio.sleep(1.0)  # more intervals of the loop: nothing else may arrive
            proc.send_signal(signal.SIGTERM)
            _, stderr = await asyncio.wait_for(proc.communicate(), 30)
        finally:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
        assert "Traceback" not in stderr.decode(), stderr.decode()[-3000:]
    finally:
        watcher.cancel()
        await runner.cleanup()

    for channel in channels:
        titles = sorted(e["title"].split(":")[0] for e in embeds(fake, channel))
        assert titles == ["First results", "Lead change", "Live count", "Race called"], (channel.name, titles)
        live = next(e for e in embeds(fake, channel) if e["title"].startswith("Live count"))
        assert "The source calls the general for Karen Bass: 9,000 votes" in live["description"]
        assert "990 of 1,000 precincts" in live["description"]
