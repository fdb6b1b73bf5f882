"""Feeds: read conditionally, imported whole, a failure keeps the last good data and is told once; the setting."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from aiohttp import web
from sqlalchemy import select

from bot.config import load_settings
from bot.db.database import Database
from bot.db.models import Feed, Poll
from bot.errors import ConfigError
from bot.updates.feeds import Feeds
from bot.updates.fetch import AddressPolicy
from bot.updates.outbox import utc

from .feed_server import ChosenResolver
from .test_outbox import Clock, poll_csv


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, list[dict[str, str]], dict[str, bytes]]]:
    """An http server on 127.0.0.1 serving /polls.csv with an ETag; it records the request headers."""
    seen: list[dict[str, str]] = []
    content = {"body": poll_csv(1)}

    async def polls(request: web.Request) -> web.Response:
        seen.append(dict(request.headers))
        etag = f'"{hash(content["body"]) & 0xFFFF:x}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        if content["body"] == b"boom":
            return web.Response(status=500, text="boom")
        return web.Response(body=content["body"], headers={"ETag": etag})

    app = web.Application()
    app.router.add_get("/polls.csv", polls)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    yield f"http://127.0.0.1:{port}/polls.csv", seen, content
    await runner.cleanup()


async def test_an_http_feed_is_read_with_conditional_requests(db: Database, server) -> None:
    url, seen, content = server
    clock = Clock()
    feeds = Feeds(db, clock=clock, refresh_seconds=60, configured=(url,), policy=AddressPolicy(allow_private=True))
    await feeds.sync_configured()
    try:
        (report,) = await feeds.refresh_due()
        assert report.ok and report.changed
        assert await feeds.refresh_due() == []  # not due yet
        clock.advance(seconds=60)
        (report,) = await feeds.refresh_due()
        assert report.ok and not report.changed
        assert seen[-1]["If-None-Match"] and seen[0].get("If-None-Match") is None  # answered 304

        content["body"] = b"boom"
        clock.advance(seconds=60)
        (report,) = await feeds.refresh_due()
        assert not report.ok and "500" in (report.error or "")
        assert report.notify_user is None  # a feed of .env: the log is told
        listing = await feeds.list_answer()
        assert "FAILING" in listing.facts[0].text
    finally:
        await feeds.close()


async def test_a_broken_file_keeps_the_last_good_data_and_tells_the_admin_once(db: Database, tmp_path: Path) -> None:
    feed = tmp_path / "polls.csv"
    feed.write_bytes(poll_csv(1))
    clock = Clock()
    feeds = Feeds(db, clock=clock, refresh_seconds=60)
    async with db.sessions.begin() as session:  # as /updates add-feed stores it, but for a file
        session.add(Feed(location=str(feed), origin="command", added_by=77, guild_id=1, failures=0))
    (good,) = await feeds.refresh_due()
    assert good.ok and good.changed

    feed.write_text(poll_csv(1, 2).decode().replace("2022-06-02", "2022-13-45"), encoding="utf-8")
    clock.advance(seconds=60)
    (bad,) = await feeds.refresh_due()
    assert not bad.ok and "line" in (bad.error or "") and (bad.notify_user, bad.notify_guild) == (77, 1)
    clock.advance(seconds=60)
    (again,) = await feeds.refresh_due()
    assert not again.ok and again.notify_user is None  # told once per failure streak

    feed.write_bytes(poll_csv(1, 2))
    clock.advance(seconds=60)
    (fixed,) = await feeds.refresh_due()
    assert fixed.ok and fixed.changed and "1 added" in fixed.summary


async def test_feeds_from_discord_must_be_urls(db: Database) -> None:
    resolver = ChosenResolver({"example.org": [["93.184.215.14"]]})  # a public address, without the network
    feeds = Feeds(db, clock=lambda: dt.datetime.now(dt.UTC), resolver=resolver)
    assert (await feeds.add("/etc/passwd.csv", 1, 2)).status == "rejected"
    assert (await feeds.add("https://example.org/page.html", 1, 2)).status == "rejected"
    added = await feeds.add("https://example.org/polls.csv", 1, 2)
    assert added.status == "ok"
    assert (await feeds.remove(999)).status == "not_found"
    await feeds.close()


def test_the_feed_settings_are_checked_with_one_line() -> None:
    settings = load_settings({"FEEDS": "a.csv, https://example.org/b.yaml,a.csv", "UPDATE_INTERVAL_SECONDS": "0.5"})
    assert settings.feeds == ("a.csv", "https://example.org/b.yaml")
    assert settings.update_interval_seconds == 0.5 and settings.feed_refresh_seconds == 300.0
    with pytest.raises(ConfigError, match="^FEEDS: .*'notes.txt'"):
        load_settings({"FEEDS": "notes.txt"})
    with pytest.raises(ConfigError, match="^UPDATE_INTERVAL_SECONDS must be more than 0"):
        load_settings({"UPDATE_INTERVAL_SECONDS": "-1"})
    with pytest.raises(ConfigError, match="^FEED_REFRESH_SECONDS must be a number"):
        load_settings({"FEED_REFRESH_SECONDS": "soon"})
    assert not settings.feeds_allow_private and load_settings({"FEEDS_ALLOW_PRIVATE": "1"}).feeds_allow_private
    with pytest.raises(ConfigError, match="^FEEDS_ALLOW_PRIVATE must be 1 or 0"):
        load_settings({"FEEDS_ALLOW_PRIVATE": "maybe"})


async def test_processes_starting_together_register_a_configured_feed_once(target, tmp_path: Path) -> None:
    import asyncio

    from sqlalchemy import func, select

    feed = str(tmp_path / "polls.csv")
    databases = [target.database() for _ in range(3)]  # three processes' own engines on one database
    await databases[0].open()
    clock = Clock()
    for db in databases:  # connected beforehand, so the three really race
        await db.data_version()
    await asyncio.gather(*(Feeds(db, clock=clock, refresh_seconds=60, configured=(feed,)).sync_configured()
                           for db in databases))
    async with databases[0].session() as session:
        assert await session.scalar(select(func.count()).select_from(Feed)) == 1
    for db in databases:
        await db.close()


async def test_a_results_feed_is_imported_as_counts_and_read_every_two_minutes(db: Database, tmp_path: Path) -> None:
    from .test_outbox import count_csv

    feed = tmp_path / "night.csv"
    feed.write_bytes(count_csv(("2022-11-08T21:00:00", 100, 120, "", "")))
    clock = Clock()
    feeds = Feeds(db, clock=clock, refresh_seconds=600)
    async with db.sessions.begin() as session:
        session.add(Feed(location=str(feed), origin="command", added_by=77, guild_id=1, failures=0))
    (report,) = await feeds.refresh_due()
    assert report.ok and report.changed and report.results and "1 new count" in report.summary
    async with db.session() as session:
        row = (await session.scalars(select(Feed))).one()
    assert utc(row.next_check_at) == clock.now + dt.timedelta(seconds=120)


async def _file_feed(db: Database, folder: Path, data: bytes) -> Path:
    feed = folder / "polls.csv"
    feed.write_bytes(data)
    async with db.sessions.begin() as session:
        session.add(Feed(location=str(feed), origin="command", added_by=77, guild_id=1, failures=0))
    return feed


async def _pollsters(db: Database) -> set[str]:
    async with db.session() as session:
        return set(await session.scalars(select(Poll.pollster)))


async def test_a_feed_import_waits_for_an_import_running_meanwhile(db: Database, tmp_path: Path) -> None:
    await _file_feed(db, tmp_path, poll_csv(1))
    feeds = Feeds(db, clock=Clock(), refresh_seconds=60)
    async with db.write_turn():  # `racebot import` or /racebot import, writing
        refreshing = asyncio.create_task(feeds.refresh_due())
        await asyncio.sleep(0.5)
        assert not refreshing.done() and "Unit Research 1" not in await _pollsters(db)
    (report,) = await refreshing
    assert report.ok and report.changed and "Unit Research 1" in await _pollsters(db)


async def test_a_feed_that_waited_too_long_for_its_turn_is_read_again_next_time(db: Database, tmp_path: Path) -> None:
    await _file_feed(db, tmp_path, poll_csv(1))
    clock = Clock()
    feeds = Feeds(db, clock=clock, refresh_seconds=60)
    db.write_turn.wait_seconds = 0.3
    async with db.write_turn():
        (busy,) = await feeds.refresh_due()
    assert not busy.ok and "busy" in (busy.error or "") and "Unit Research 1" not in await _pollsters(db)
    clock.advance(seconds=60)
    (report,) = await feeds.refresh_due()  # the same file: nothing of the first reading was kept as read
    assert report.ok and report.changed and "Unit Research 1" in await _pollsters(db)
