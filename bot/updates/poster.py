"""Fan-out: claimed posts go out channel by channel, many channels at once, at a pace Discord accepts."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable

from bot.updates.outbox import ClaimedPost, Delivery, Outbox
from bot.updates.thresholds import CONCURRENT_CHANNELS, POSTS_BURST, POSTS_PER_SECOND

log = logging.getLogger(__name__)

Deliver = Callable[[ClaimedPost], Awaitable[Delivery]]


class RatePacer:
    """A token bucket: at most `per_second` requests a second on average, `burst` at once."""

    def __init__(self, per_second: float, burst: int = 1, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second = per_second
        self.burst = max(burst, 1)
        self.clock = clock
        self._tokens = float(self.burst)
        self._last = clock()
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        """Wait until a post may be sent within the rate, and take its token."""
        async with self._lock:
            now = self.clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.per_second)
            self._last = now
            if self._tokens < 1:
                await asyncio.sleep((1 - self._tokens) / self.per_second)
                self._tokens = 1.0
                self._last = self.clock()
            self._tokens -= 1


class Poster:
    """Claims due posts and sends each channel's in order, in a task per channel, so that a slow or failing
    channel holds one slot and never the others. `deliver` is the Discord side; `wait` sleeps until a slot frees."""

    def __init__(self, outbox: Outbox, deliver: Deliver, *, pacer: RatePacer | None = None,
                 concurrency: int = CONCURRENT_CHANNELS) -> None:
        self.outbox = outbox
        self.deliver = deliver
        self.pacer = pacer or RatePacer(POSTS_PER_SECOND, POSTS_BURST)
        self.concurrency = concurrency
        self._channels: dict[int, asyncio.Task[None]] = {}
        self._freed = asyncio.Event()
        self.stopping = False

    @property
    def busy_channels(self) -> set[int]:
        """The channels a post is being sent to now."""
        return set(self._channels)

    async def dispatch(self) -> int:
        """Start sending as many due posts as there are free slots; returns how many were claimed."""
        if self.stopping:
            return 0
        free = self.concurrency - len(self._channels)
        posts = await self.outbox.claim(free, self.busy_channels)
        by_channel: dict[int, list[ClaimedPost]] = {}
        for post in posts:
            by_channel.setdefault(post.channel_id, []).append(post)
        for channel_id, channel_posts in by_channel.items():
            task = asyncio.create_task(self._send_channel(channel_posts), name=f"updates-channel-{channel_id}")
            self._channels[channel_id] = task
            task.add_done_callback(lambda _t, c=channel_id: self._done(c))
        return len(posts)

    def _done(self, channel_id: int) -> None:
        self._channels.pop(channel_id, None)
        self._freed.set()

    async def wait(self, timeout: float) -> None:
        """Sleep until a channel finishes (a slot is free, or more may be due) or `timeout` passes."""
        self._freed.clear()
        if timeout <= 0 or self.stopping:
            return
        try:
            await asyncio.wait_for(self._freed.wait(), timeout)
        except TimeoutError:
            pass

    async def drain(self) -> None:
        """Wait for every channel task started so far (tests and the benchmark)."""
        while self._channels:
            await asyncio.gather(*self._channels.values(), return_exceptions=True)

    def stop(self) -> None:
        """Claim nothing more, and wake whoever waits in `wait`."""
        self.stopping = True
        self._freed.set()

    async def close(self, grace: float = 0.0) -> None:
        """Stop sending: give the channels' tasks `grace` seconds to end, then cancel the rest and wait for them."""
        self.stop()
        tasks = list(self._channels.values())
        if tasks and grace > 0:
            await asyncio.wait(tasks, timeout=grace)
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._channels.clear()

    async def _send_channel(self, posts: list[ClaimedPost]) -> None:
        for post in posts:  # the heads of the queues of this channel's subscriptions, oldest first
            await self.pacer.wait()
            try:
                delivery = await self.deliver(post)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # a bug in the Discord side must not lose the post: retry it later
                log.exception("update post %d to channel %d failed unexpectedly", post.id, post.channel_id)
                delivery = Delivery.retry(f"unexpected error ({exc.__class__.__name__})", maybe_sent=True)
            try:
                await self.outbox.record(post, delivery)
            except Exception:  # the row stays claimed; after its lease it is checked against the channel and resent
                log.exception("could not record the outcome (%s) of update post %d", delivery.status, post.id)
