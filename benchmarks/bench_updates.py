"""Fan-out of scheduled updates: one new poll in a feed, posted to 1,000 subscribed channels on the fake Discord by
the real bot; prints the wall time, the requests per second and the busiest second (Discord allows 50).

    python benchmarks/bench_updates.py [--channels 1000] [--guilds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import tempfile
import time
from pathlib import Path

from common import ROOT

from bot.client import create_bot
from bot.config import Settings
from bot.db.database import Database
from bot.engine.engine import QuestionEngine
from bot.importers import import_file
from bot.importers.bundled import BUNDLED_DATA_DIR
from bot.updates import SubscribeRequest, UpdateService
from tests.e2e.fake_discord import FakeDiscord

POLL = ("poll_id,pollster,end_date,sample_size,population,url,race,stage,candidate_name,pct\n"
        "99001,Bench Research,2022-06-05,900,lv,https://polls.example/bench,la-mayor-2022,primary,Karen Bass,41\n"
        "99001,Bench Research,2022-06-05,900,lv,https://polls.example/bench,la-mayor-2022,primary,Rick Caruso,36\n")


async def main(channels: int, guilds: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        async with FakeDiscord() as fake:
            with fake.patch_discord():
                await fan_out(fake, Path(folder), channels, guilds)


async def subscribe_channels(fake: FakeDiscord, database: Path, channels: int, guilds: int) -> int:
    db = Database(f"sqlite+aiosqlite:///{database}")
    await db.open()
    await import_file(db, str(BUNDLED_DATA_DIR / "la-mayor-2022.yaml"))
    per_guild = -(-channels // guilds)
    targets = []
    for n in range(guilds):
        guild = fake.add_guild(f"guild {n}", channels=[f"c{i}" for i in range(per_guild)])
        targets += [(guild.id, channel.id) for channel in guild.text_channels]
    service = UpdateService(db, QuestionEngine(db))
    for guild_id, channel_id in targets[:channels]:
        await service.subscriptions.subscribe(SubscribeRequest(guild_id, channel_id, "la-mayor-2022", "polls"))
    await db.close()
    return len(targets[:channels])


async def fan_out(fake: FakeDiscord, folder: Path, channels: int, guilds: int) -> None:
    database, feed = folder / "bench.sqlite3", folder / "polls.csv"
    count = await subscribe_channels(fake, database, channels, guilds)
    print(f"{count:,} channels in {guilds} servers subscribed to new polls of la-mayor-2022")
    settings = Settings(database_url=f"sqlite+aiosqlite:///{database}", load_bundled_data=False,
                        feeds=(str(feed),), update_interval_seconds=0.2, feed_refresh_seconds=0.2)
    bot = create_bot(settings, guild_ready_timeout=0.1)
    runner = asyncio.create_task(bot.start("fake-token"))
    try:
        await asyncio.wait_for(bot.wait_until_ready(), 30)
        start = time.perf_counter()
        feed.write_text(POLL, encoding="utf-8")
        while len(fake.requests_to("POST", r"/channels/\d+/messages")) < count:
            await asyncio.sleep(0.05)
        wall = time.perf_counter() - start
    finally:
        await bot.close()
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await runner
    posts = fake.requests_to("POST", r"/channels/\d+/messages")
    stamps = sorted(r.timestamp for r in posts)
    window = stamps[-1] - stamps[0]
    busiest = max(sum(1 for s in stamps[i:] if s - first < 1.0) for i, first in enumerate(stamps))
    every = [r for r in fake.requests if r.timestamp >= stamps[0] - 1]
    print(f"one new poll -> {len(posts):,} posts, {sum(r.status == 200 for r in posts):,} accepted, "
          f"{len({r.path for r in posts}):,} channels")
    print(f"wall time from the feed written to the last post: {wall:.2f} s "
          f"(feed read, import and queueing included; the loop interval is 0.2 s)")
    print(f"sending: {len(posts) / window if window else float('nan'):.1f} posts/s over {window:.2f} s; "
          f"busiest second: {busiest} requests (Discord allows 50); all requests to Discord meanwhile: "
          f"{len(every):,}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--channels", type=int, default=1000)
    parser.add_argument("--guilds", type=int, default=10)
    args = parser.parse_args()
    assert ROOT
    asyncio.run(main(args.channels, args.guilds))
