"""Scheduled updates against the fake Discord: a poll in a feed becomes one post per subscribed channel, a killed
process resumes without doubles, faults pause only their channel, reconnects start no second loop, digests keep time."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import os
import shutil
import signal
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import select

from bot.client import Racebot
from bot.config import Settings
from bot.db.database import Database
from bot.db.models import OutboxPost
from bot.engine.engine import QuestionEngine
from bot.updates import SubscribeRequest, UpdateService
from cogs.updates import Updates

from .fake_discord import LAUNCH_BOT, FakeChannel, FakeDiscord, FakeGuild, FakeUser, Perm
from .racebot_world import TIMEOUT, TOKEN, running_bot

INTERVAL = 0.05
RACE_NAME = "2022 Los Angeles mayoral election"
HEADER = "poll_id,pollster,end_date,sample_size,population,url,race,stage,candidate_name,pct\n"
MESSAGES = r"/channels/{}/messages"


def poll_rows(n: int) -> str:
    """A 538-format poll of the LA race by "Feed Research n"."""
    return "".join(f"{9000 + n},Feed Research {n},2022-06-0{n % 5 + 1},800,lv,https://polls.example/{n},"
                   f"la-mayor-2022,primary,{name},{pct}\n" for name, pct in (("Karen Bass", 40 + n),
                                                                              ("Rick Caruso", 35)))


def write_feed(path: Path, *polls: int) -> None:
    """Replace the feed file in one step, as a publisher would (no half-written file is ever read)."""
    temporary = path.with_suffix(".tmp")
    temporary.write_text(HEADER + "".join(poll_rows(n) for n in polls), encoding="utf-8")
    os.replace(temporary, path)


def titles(fake: FakeDiscord, channel: FakeChannel) -> list[str]:
    return [m["embeds"][0]["description"].split("\n", 1)[0] for m in fake.messages_in(channel) if m["embeds"]]


class MovingClock:
    """A clock the test sets; between settings it runs with real time, as the loop expects of a clock."""

    def __init__(self, start: dt.datetime) -> None:
        self.set(start)

    def set(self, when: dt.datetime) -> None:
        self.base, self.started = when.astimezone(dt.UTC), time.monotonic()

    def __call__(self) -> dt.datetime:
        return self.base + dt.timedelta(seconds=time.monotonic() - self.started)


@dataclass
class UpdatesWorld:
    fake: FakeDiscord
    bot: Racebot
    guild: FakeGuild
    channels: list[FakeChannel]
    admin: FakeUser
    member: FakeUser
    feed: Path
    database: Path

    @property
    def cog(self) -> Updates:
        cog = self.bot.get_cog("Updates")  # load_extension imports the module anew: compare by name, not class
        assert cog is not None and type(cog).__name__ == "Updates"
        return cast(Updates, cog)

    async def command(self, subcommand: str, options: dict[str, Any] | None = None, *,
                      user: FakeUser | None = None, channel: FakeChannel | None = None) -> dict[str, Any]:
        handle = await self.fake.send_slash_command(self.guild, channel or self.channels[0], user or self.admin,
                                                    "updates", options, subcommand=subcommand)
        return await handle.wait_for_message(timeout=TIMEOUT)

    async def subscribe(self, channel: FakeChannel, what: str = "polls", **options: Any) -> dict[str, Any]:
        message = await self.command("subscribe", {"race": "la-mayor-2022", "what": what, "channel": channel,
                                                   **options})
        assert message["embeds"][0]["title"] == "Subscription created", message
        return message

    async def ticks(self, n: int = 5) -> None:
        """Let the posting loop run `n` more times."""
        target = self.cog.ticks + n
        async with asyncio.timeout(TIMEOUT):
            while self.cog.ticks < target:
                await asyncio.sleep(INTERVAL / 2)

    async def posts(self, channel: FakeChannel, count: int) -> list[str]:
        async with asyncio.timeout(TIMEOUT):
            while len(titles(self.fake, channel)) < count:
                await asyncio.sleep(INTERVAL / 2)
        return titles(self.fake, channel)


def settings_for(database: Path, feed: Path, **extra: Any) -> Settings:
    return Settings(database_url=f"sqlite+aiosqlite:///{database}", load_bundled_data=False, feeds=(str(feed),),
                    update_interval_seconds=INTERVAL, feed_refresh_seconds=INTERVAL, **extra)


@pytest.fixture
async def updates_world(fake_discord: FakeDiscord, seed_database: Path, tmp_path: Path) -> AsyncIterator[UpdatesWorld]:
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    feed = tmp_path / "feed" / "polls.csv"
    feed.parent.mkdir()  # the feed file appears when a test writes it
    guild = fake_discord.add_guild("Election Nerds", channels=("general", "polls", "news", "quiet"))
    admin = fake_discord.add_member(guild, name="admin", permissions=Perm.MANAGE_CHANNELS | Perm.MANAGE_GUILD)
    member = fake_discord.add_member(guild, name="member")
    settings = dataclasses.replace(settings_for(database, feed), data_editors=(admin.id,))  # the operator's server
    async with running_bot(settings) as bot:
        await asyncio.wait_for(bot.sync_commands(guild.id), TIMEOUT)
        yield UpdatesWorld(fake_discord, bot, guild, guild.text_channels, admin, member, feed, database)


# ----------------------------------------------------------------------------------------- a poll in a feed


async def test_a_poll_added_to_a_feed_is_posted_once_in_each_subscribed_channel(updates_world: UpdatesWorld) -> None:
    w = updates_world
    general, polls, news, quiet = w.channels
    await w.subscribe(general)
    await w.subscribe(polls)
    await w.subscribe(news, "endorsements")  # subscribed, but to something else
    await w.ticks()
    assert all(titles(w.fake, c) == [] for c in w.channels)  # no history is posted

    write_feed(w.feed, 1)
    first = await w.posts(general, 1)
    await w.posts(polls, 1)
    await w.ticks(10)
    assert titles(w.fake, general) == titles(w.fake, polls) == first
    assert first[0].startswith("Feed Research 1")
    assert titles(w.fake, news) == titles(w.fake, quiet) == []
    embed = w.fake.messages_in(general)[0]["embeds"][0]
    assert embed["title"] == f"New poll: {RACE_NAME}"
    assert "Karen Bass 41%" in embed["description"] and "https://polls.example/1" in embed["description"]
    assert embed["footer"]["text"].startswith("Racebot update #")

    write_feed(w.feed, 1, 2)  # the feed grows: only the new poll is posted
    assert [t.split(" (")[0] for t in await w.posts(general, 2)] == ["Feed Research 1", "Feed Research 2"]
    await w.ticks(10)
    assert len(titles(w.fake, general)) == len(titles(w.fake, polls)) == 2


async def test_subscribe_list_preview_unsubscribe_and_permissions(updates_world: UpdatesWorld) -> None:
    w = updates_world
    general = w.channels[0]
    handle = await w.fake.send_slash_command(w.guild, general, w.member, "updates",
                                             {"race": "la-mayor-2022", "what": "polls"}, subcommand="subscribe",
                                             bypass_permissions=True)
    refusal = await handle.wait_for_message(timeout=TIMEOUT)
    assert "Manage Channels" in refusal["content"] and refusal["flags"] & 64

    created = await w.subscribe(general, "digest", when="daily", time="8:30", timezone="America/Los_Angeles")
    assert "daily at 08:30 America/Los\\_Angeles" in created["embeds"][0]["description"]
    bad = await w.command("subscribe", {"race": "la-mayor-2022", "what": "polls", "when": "daily",
                                        "timezone": "Mars/Olympus"})
    assert bad["embeds"][0]["title"] == "Subscription not changed" and "Mars/Olympus" in bad["embeds"][0]["description"]

    listing = (await w.command("list"))["embeds"][0]
    assert "#1 a digest for 2022 Los Angeles mayoral election" in listing["description"]
    assert "active" in listing["description"]

    preview = (await w.command("preview", {"subscription": 1}))["embeds"][0]
    assert preview["title"] == f"Daily digest: {RACE_NAME}"
    assert "Polling average" in preview["description"]
    assert preview["footer"]["text"].startswith("Preview")

    gone = (await w.command("unsubscribe", {"subscription": 1}))["embeds"][0]
    assert gone["title"] == "Unsubscribed"
    assert "no subscriptions" in (await w.command("list"))["embeds"][0]["description"]
    assert w.fake.messages_in(general) == []  # every answer was ephemeral


# ------------------------------------------------------------------------------------------------ faults


async def test_429_5xx_and_403_hold_back_no_other_channel_and_403_pauses(updates_world: UpdatesWorld) -> None:
    w = updates_world
    fake = w.fake
    extra = [fake.add_channel(w.guild, name) for name in ("limited", "flaky", "retried", "forbidden")]
    await fake.dispatch_guild_create(w.guild)
    general, polls = w.channels[:2]
    limited, flaky, retried, forbidden = extra
    for channel in (general, polls, *extra):
        await w.subscribe(channel)
    fake.fail_route("POST", MESSAGES.format(limited.id), 429, retry_after=0.3, times=1)
    fake.fail_route("POST", MESSAGES.format(flaky.id), 500, times=1)  # discord.py retries it itself
    fake.fail_route("POST", MESSAGES.format(retried.id), 503, times=2)  # retried by the loop, with backoff
    denied = fake.fail_route("POST", MESSAGES.format(forbidden.id), 403, times=None)

    write_feed(w.feed, 1)
    for channel in (general, polls, limited, flaky, retried):
        assert len(await w.posts(channel, 1)) == 1
    async with asyncio.timeout(TIMEOUT):
        while "PAUSED" not in (listing := (await w.command("list"))["embeds"][0]["description"]):
            await asyncio.sleep(0.1)
    assert denied.hits == 3
    assert "403 Forbidden" in listing and "Missing Permissions" in listing and "/updates subscribe" in listing
    assert titles(fake, forbidden) == []

    write_feed(w.feed, 1, 2)  # the loop goes on: the next poll reaches every healthy channel, once
    for channel in (general, polls, limited, flaky, retried):
        assert len(await w.posts(channel, 2)) == 2
    await w.ticks(10)
    assert denied.hits == 3  # a paused subscription is not tried again
    assert all(len(titles(fake, c)) == 2 for c in (general, polls, limited, flaky, retried))

    fake.clear_faults()
    resumed = await w.command("subscribe", {"race": "la-mayor-2022", "what": "polls", "channel": forbidden})
    assert resumed["embeds"][0]["title"] == "Subscription resumed"
    write_feed(w.feed, 1, 2, 3)
    assert len(await w.posts(forbidden, 1)) == 1  # only what came after it resumed
    assert titles(fake, forbidden)[0].startswith("Feed Research 3")


async def test_an_exception_in_a_step_is_logged_and_the_loop_goes_on(updates_world: UpdatesWorld,
                                                                     monkeypatch: pytest.MonkeyPatch,
                                                                     caplog: pytest.LogCaptureFixture) -> None:
    w = updates_world
    await w.subscribe(w.channels[0])
    calls = []
    real = w.cog.service.outbox.plan

    async def broken() -> int:
        calls.append(1)
        if len(calls) <= 2:
            raise RuntimeError("database on fire")
        return await real()

    monkeypatch.setattr(w.cog.service.outbox, "plan", broken)
    write_feed(w.feed, 1)
    assert len(await w.posts(w.channels[0], 1)) == 1
    failures = [r for r in caplog.records if "refresh feeds and queue posts failed" in r.getMessage()]
    assert len(failures) == 2 and failures[0].exc_info is not None


# ---------------------------------------------------------------------------------------------- reconnect


async def test_a_gateway_reconnect_starts_no_second_loop(updates_world: UpdatesWorld) -> None:
    w = updates_world
    general, polls = w.channels[:2]
    await w.subscribe(general)
    await w.subscribe(polls)
    await w.fake.force_reconnect(how="invalidate")  # a new session: READY, and on_ready, again
    await w.fake.force_reconnect(how="reconnect")
    await w.bot.wait_until_ready()
    loops = [t for t in asyncio.all_tasks() if t.get_name() == "racebot-updates"]
    assert len(loops) == 1

    write_feed(w.feed, 1)
    await w.posts(general, 1)
    await w.posts(polls, 1)
    await w.ticks(10)
    assert len(titles(w.fake, general)) == len(titles(w.fake, polls)) == 1


# ------------------------------------------------------------------------------------------------- digest


async def test_a_daily_digest_fires_at_its_time_in_the_servers_timezone(updates_world: UpdatesWorld) -> None:
    w = updates_world
    general = w.channels[0]
    los_angeles = dt.timezone(dt.timedelta(hours=-7))  # PDT on June 1st, 2022
    clock = MovingClock(dt.datetime(2022, 6, 1, 8, 55, tzinfo=los_angeles))
    w.cog.service.clock = clock
    await w.subscribe(general, "digest", when="daily", time="09:00", timezone="America/Los_Angeles")
    write_feed(w.feed, 1)
    async with asyncio.timeout(TIMEOUT):  # the feed is read, but a digest waits for its time
        while "ok, checked" not in (await w.command("feeds"))["embeds"][0]["description"]:
            await asyncio.sleep(0.05)
    await w.ticks(10)
    assert titles(w.fake, general) == []

    clock.set(dt.datetime(2022, 6, 1, 9, 0, 0, tzinfo=los_angeles))
    await w.posts(general, 1)
    embed = w.fake.messages_in(general)[0]["embeds"][0]
    assert embed["title"] == f"Daily digest: {RACE_NAME}"
    assert embed["description"].startswith("The primary election is in 6 days (June 07, 2022). 1 new poll and No "
                                           "new endorsements since yesterday")
    assert "Polling average (primary)" in embed["description"]
    assert "New poll: Feed Research 1" in embed["description"]

    await w.ticks(10)  # the same day: no second digest
    clock.set(dt.datetime(2022, 6, 2, 9, 0, 0, tzinfo=los_angeles))
    await w.posts(general, 2)
    second = w.fake.messages_in(general)[1]["embeds"][0]
    assert second["description"].startswith("The primary election is in 5 days (June 07, 2022). No new polls")


# --------------------------------------------------------------------------------------- kill and restart


def bot_env(fake: FakeDiscord, database: Path, feed: Path) -> dict[str, str]:
    return {**os.environ, **fake.subprocess_env(), "DISCORD_TOKEN": TOKEN,
            "DATABASE_URL": f"sqlite+aiosqlite:///{database}", "RACEBOT_LOAD_BUNDLED": "0", "LOG_LEVEL": "INFO",
            "FEEDS": str(feed), "UPDATE_INTERVAL_SECONDS": str(INTERVAL), "FEED_REFRESH_SECONDS": str(INTERVAL)}


async def start_bot(env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(sys.executable, str(LAUNCH_BOT), "bot.cli:main", "run", env=env,
                                                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)


async def subscribe_offline(database: Path, guild: FakeGuild, channels: list[FakeChannel]) -> None:
    """Subscriptions made through the update service on the database, before the bot runs."""
    db = Database(f"sqlite+aiosqlite:///{database}")
    try:
        await db.open()
        service = UpdateService(db, QuestionEngine(db))
        for channel in channels:
            answer = await service.subscriptions.subscribe(SubscribeRequest(guild.id, channel.id, "la-mayor-2022",
                                                                            "polls"))
            assert answer.status == "ok", answer
    finally:
        await db.close()


async def wait_until(check: Callable[[], bool], timeout: float = 30.0) -> None:
    async with asyncio.timeout(timeout):
        while not check():
            await asyncio.sleep(0.02)


async def test_killed_between_two_posts_the_restarted_bot_sends_each_post_exactly_once(
        fake_discord: FakeDiscord, seed_database: Path, tmp_path: Path) -> None:
    fake = fake_discord
    database = tmp_path / "racebot.sqlite3"
    shutil.copyfile(seed_database, database)
    feed = tmp_path / "polls.csv"
    guild = fake.add_guild("Election Nerds", channels=("first", "second", "third"))
    channels = guild.text_channels
    await subscribe_offline(database, guild, channels)
    write_feed(feed, 1, 2)
    # The first channel answers at once; the others are slowed down, so the kill falls between two posts.
    for channel in channels[1:]:
        fake.fail_route("POST", MESSAGES.format(channel.id), 429, retry_after=1.5, times=1)
    env = bot_env(fake, database, feed)

    proc = await start_bot(env)
    try:
        await wait_until(lambda: len(fake.messages_in(channels[0])) >= 1)
        proc.send_signal(signal.SIGKILL)
        await proc.wait()
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    before = {c.id: titles(fake, c) for c in channels}
    assert sum(map(len, before.values())) < 6  # killed before it was done

    fake.clear_faults()
    proc = await start_bot(env)
    try:
        await wait_until(lambda: all(len(titles(fake, c)) >= 2 for c in channels))
        # Some more intervals of the restarted loop: nothing else may arrive.
        await asyncio.sleep(30 * INTERVAL)
        proc.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(proc.communicate(), TIMEOUT)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert "Traceback" not in stderr.decode(), stderr.decode()[-3000:]
    for channel in channels:
        posted = [t.split(" (")[0] for t in titles(fake, channel)]
        assert posted == ["Feed Research 1", "Feed Research 2"], (channel.name, posted)


async def test_a_post_interrupted_after_discord_accepted_it_is_not_sent_again(updates_world: UpdatesWorld) -> None:
    """The narrowest crash window, made certain: Discord has the message but the outbox still says "sending"."""
    w = updates_world
    general = w.channels[0]
    await w.subscribe(general)
    outbox = w.cog.service.outbox
    real_record = outbox.record
    crashed = asyncio.Event()

    async def crash_before_recording(post: Any, delivery: Any) -> None:
        if not crashed.is_set():
            crashed.set()
            raise ConnectionError("the process died here")
        await real_record(post, delivery)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(outbox, "record", crash_before_recording)
        write_feed(w.feed, 1)
        await w.posts(general, 1)
        await asyncio.wait_for(crashed.wait(), TIMEOUT)
    # A new process of these shards takes over what was in flight.
    assert await outbox.recover(everything=True) == 1
    await w.ticks(10)
    assert len(titles(w.fake, general)) == 1
    async with w.bot.engine.db.session() as session:
        statuses = list(await session.scalars(select(OutboxPost.status)))
    assert statuses == ["sent"]
