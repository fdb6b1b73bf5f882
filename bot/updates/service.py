"""The update service: subscriptions, feeds and the outbox of one process, behind one clock and one shard scope."""

from __future__ import annotations

import datetime as dt
import logging

from bot.db.database import Database
from bot.engine.engine import QuestionEngine
from bot.updates.feeds import FeedReport, Feeds
from bot.updates.fetch import AddressPolicy
from bot.updates.outbox import Clock, Outbox, ShardScope, utc_now
from bot.updates.poster import Deliver, Poster, RatePacer
from bot.updates.subscriptions import Subscriptions
from bot.updates.thresholds import CONCURRENT_CHANNELS, LIVE_EDIT_SECONDS, POSTS_BURST, POSTS_PER_SECOND

log = logging.getLogger(__name__)


class UpdateService:
    """What the posting loop calls: `start` once, then `refresh_and_plan` every interval and the poster between."""

    def __init__(self, db: Database, engine: QuestionEngine, *, scope: ShardScope | None = None,
                 feeds: tuple[str, ...] = (), interval_seconds: float = 30.0, feed_refresh_seconds: float = 300.0,
                 feed_policy: AddressPolicy | None = None, clock: Clock = utc_now,
                 live_edit_seconds: float = LIVE_EDIT_SECONDS) -> None:
        self.db = db
        self.scope = scope or ShardScope()
        self.clock = clock  # replaceable at any time (tests): every part reads the time through `now`
        self.interval_seconds = interval_seconds
        self.outbox = Outbox(db, scope=self.scope, clock=self.now, retry_base_seconds=interval_seconds,
                             live_edit_seconds=live_edit_seconds)
        self.subscriptions = Subscriptions(db, engine, self.outbox, self.now)
        self.feeds = Feeds(db, clock=self.now, refresh_seconds=feed_refresh_seconds, configured=feeds,
                           policy=feed_policy)
        self.started = False

    def now(self) -> dt.datetime:
        """The current time, by the service's clock."""
        return self.clock()

    def poster(self, deliver: Deliver, *, per_second: float = POSTS_PER_SECOND,
               concurrency: int = CONCURRENT_CHANNELS) -> Poster:
        """A poster that sends the outbox's posts through `deliver`, paced."""
        return Poster(self.outbox, deliver, pacer=RatePacer(per_second, POSTS_BURST), concurrency=concurrency)

    async def start(self) -> None:
        """Once per process: register the configured feeds, take back posts a previous process left in flight."""
        if self.started:
            return
        await self.feeds.sync_configured()
        await self.outbox.recover(everything=True)
        self.started = True

    async def refresh_and_plan(self) -> list[FeedReport]:
        """Refresh due feeds (one process does: the one with shard 0), then queue the posts of what changed."""
        reports: list[FeedReport] = []
        if self.scope.owns_feeds:
            reports = await self.feeds.refresh_due()
        await self.outbox.recover()
        await self.outbox.plan()
        return reports

    async def close(self) -> None:
        """Close the feeds' connections."""
        await self.feeds.close()
