"""The outbox: one row per (subscription, item), created from the data-change log, claimed, then marked sent."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, func, literal_column, select, true, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.db.database import Database
from bot.db.models import DataChange, OutboxPost, Subscription
from bot.i18n import ENGLISH, Messages, messages
from bot.updates import schedule
from bot.updates.posts import PostBuilder, UpdatePost
from bot.updates.thresholds import (
    LEASE_SECONDS,
    LIVE_EDIT_SECONDS,
    MAX_ATTEMPTS,
    MAX_BACKOFF_SECONDS,
    PAUSE_AFTER_REFUSALS,
)

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
ITEM_KINDS = {"polls": "poll", "endorsements": "endorsement", "results": "count"}
LIVE_PREFIX = "live:"  # the item key of a live message, edited as the count moves


def utc(value: dt.datetime) -> dt.datetime:
    """A stored time as an aware UTC datetime (SQLite hands them back naive)."""
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utc_now() -> dt.datetime:
    """The current time, in UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class ShardScope:
    """The servers this process posts for: those on its shards ((guild_id >> 22) % shard_count in shard_ids)."""

    count: int | None = None
    ids: tuple[int, ...] | None = None

    @property
    def everything(self) -> bool:
        """Whether this process serves every guild (no shards, or all of them)."""
        return not self.count or self.count == 1 or self.ids is None

    @property
    def owns_feeds(self) -> bool:
        """Feeds are refreshed by one process only: the one running shard 0."""
        return self.everything or 0 in (self.ids or ())

    def owns(self, guild_id: int) -> bool:
        """Whether this process's shards serve the guild."""
        return self.everything or (guild_id >> 22) % (self.count or 1) in (self.ids or ())

    def clause(self, guild_id: Any) -> ColumnElement[bool]:
        """A SQL condition on `guild_id`: the guilds this process's shards serve."""
        if self.everything:
            return true()
        # A literal 22: PostgreSQL has bigint >> integer, not bigint >> bigint.
        return (guild_id.op(">>")(literal_column("22")) % self.count).in_(self.ids)


@dataclass(frozen=True, slots=True)
class Delivery:
    """What happened to one attempt to post, in Discord-free words."""

    status: Literal["sent", "retry", "refused", "rejected"]
    message_id: int | None = None
    reason: str = ""
    retry_after: float | None = None
    maybe_sent: bool = False  # no answer came: Discord may have the message

    @classmethod
    def sent(cls, message_id: int) -> Delivery:
        """The post was sent as message `message_id`."""
        return cls("sent", message_id)

    @classmethod
    def retry(cls, reason: str, *, retry_after: float | None = None, maybe_sent: bool = False) -> Delivery:
        """A server error, a network error, a rate limit: try again later."""
        return cls("retry", reason=reason, retry_after=retry_after, maybe_sent=maybe_sent)

    @classmethod
    def refused(cls, reason: str) -> Delivery:
        """403 or 404: the channel is gone or the bot may not post there."""
        return cls("refused", reason=reason)

    @classmethod
    def rejected(cls, reason: str) -> Delivery:
        """Another 4xx: Discord refused this post itself."""
        return cls("rejected", reason=reason)


@dataclass(frozen=True, slots=True)
class Backlog:
    """The posts waiting to be sent, and how long the oldest of them that is due has waited (0: none is due)."""

    depth: int
    oldest_due_seconds: float


@dataclass(frozen=True, slots=True)
class ClaimedPost:
    """A post this process claimed to send: where to, and what."""

    id: int
    subscription_id: int
    guild_id: int
    channel_id: int
    item_key: str
    post: UpdatePost
    attempts: int
    uncertain: bool
    edit_message_id: int | None = None  # a live message already posted: edit it to this post, don't post anew


def pause_reason(reason: str, refusals: int, channel_id: int, m: Messages = ENGLISH) -> str:
    """Why a subscription is paused, in its language (shown by /updates list)."""
    return m.gettext("Discord refused {count} posts in a row in <#{channel}> ({reason}). Give Racebot View Channel, "
                     "Send Messages and Embed Links there (or pick another channel), then run /updates subscribe "
                     "again.").format(count=refusals, channel=channel_id, reason=reason)


class Outbox:
    """Creates, claims and records posts for the servers of one shard scope."""

    def __init__(self, db: Database, *, scope: ShardScope | None = None, clock: Clock = utc_now,
                 retry_base_seconds: float = 30.0, lease_seconds: float = LEASE_SECONDS,
                 live_edit_seconds: float = LIVE_EDIT_SECONDS) -> None:
        self.db = db
        self.live_edit_seconds = live_edit_seconds
        self.scope = scope or ShardScope()
        self.clock = clock
        self.retry_base_seconds = retry_base_seconds
        self.lease_seconds = lease_seconds

    # --------------------------------------------------------------------------------------- recovery
    async def recover(self, *, everything: bool = False) -> int:
        """Put back posts whose sender died mid-attempt: all of this scope's (at start-up, when no other process
        runs these shards) or those whose lease ran out. They are marked uncertain: Discord may have them."""
        now = self.clock()
        stmt = (update(OutboxPost)
                .where(OutboxPost.status == "sending", self.scope.clause(OutboxPost.guild_id))
                .values(status="pending", uncertain=True, claimed_by=None, lease_until=None, next_attempt_at=now))
        if not everything:
            stmt = stmt.where(OutboxPost.lease_until < now)
        async with self.db.sessions.begin() as session:
            count = (await session.execute(stmt)).rowcount or 0
        if count:
            log.warning("%d update posts were in flight when their sender stopped: they will be checked and sent",
                        count)
        return count

    # ------------------------------------------------------------------------------------------ plan
    async def plan(self) -> int:
        """Turn new data changes and due digests into outbox rows; returns how many rows were created."""
        now = self.clock()
        async with self.db.sessions.begin() as session:
            top = await session.scalar(select(func.max(DataChange.id))) or 0
            subscriptions = (await session.scalars(
                select(Subscription).where(Subscription.paused_reason.is_(None),
                                           self.scope.clause(Subscription.guild_id))
                .order_by(Subscription.id))).all()
            builder = PostBuilder(session)
            rows = await self._item_rows(session, builder, [s for s in subscriptions if s.what in ITEM_KINDS], top,
                                         now)
            rows += await self._digest_rows(builder, [s for s in subscriptions if s.what == "digest"], top, now)
            rows += await self._live_rows(session, builder, [s for s in subscriptions if s.what == "results"], now)
            for subscription in subscriptions:  # scheduled polls/endorsements: their time has come, set the next
                if subscription.what in ITEM_KINDS and _due(subscription, now):
                    subscription.next_due_at = _next(subscription, now)
            created = await insert_new_posts(session, rows)
        if created:
            log.info("%d update posts queued", created)
        return created

    async def _item_rows(self, session: AsyncSession, builder: PostBuilder, subscriptions: Sequence[Subscription],
                         top: int, now: dt.datetime) -> list[dict[str, Any]]:
        behind = [s for s in subscriptions if s.change_cursor < top]
        if not behind:
            return []
        stmt = (select(DataChange.id, DataChange.kind, DataChange.race_id, DataChange.item_id)
                .where(DataChange.id > min(s.change_cursor for s in behind), DataChange.id <= top,
                       DataChange.change == "added", DataChange.kind.in_(tuple(ITEM_KINDS.values())),
                       DataChange.race_id.in_({s.race_id for s in behind}))
                .order_by(DataChange.id))
        changes: dict[tuple[int, str], list[tuple[int, int]]] = {}
        for row in await session.execute(stmt):
            changes.setdefault((row.race_id, row.kind), []).append((row.id, row.item_id))
        def ids(wanted: str) -> list[int]:
            return [i for (_, kind), items in changes.items() if kind == wanted for _, i in items]

        built: dict[str, tuple[dict, dict, dict]] = {}  # per language: the posts of polls, endorsements, counts
        for language in sorted({s.language for s in behind}):
            m = messages(language)
            built[language] = (await builder.polls(ids("poll"), m), await builder.endorsements(ids("endorsement"), m),
                               await builder.count_events(ids("count"), m))
        rows = []
        for subscription in behind:
            kind = ITEM_KINDS[subscription.what]
            polls, endorsements, events = built[subscription.language]
            posts = polls if kind == "poll" else endorsements
            due = utc(subscription.next_due_at) if subscription.next_due_at else now
            for change_id, item_id in changes.get((subscription.race_id, kind), ()):
                if change_id <= subscription.change_cursor:
                    continue
                if kind == "count":  # a new count is news only for what it changed: one post per event
                    rows += [_row(subscription, f"count:{item_id}:{event}", post, due, now)
                             for event, post in events.get(item_id, ())]
                elif item_id in posts:
                    rows.append(_row(subscription, f"{kind}:{item_id}", posts[item_id], due, now))
            subscription.change_cursor = top
        return rows

    async def _digest_rows(self, builder: PostBuilder, subscriptions: Sequence[Subscription], top: int,
                           now: dt.datetime) -> list[dict[str, Any]]:
        rows = []
        for subscription in subscriptions:
            if not _due(subscription, now):
                continue
            assert subscription.next_due_at is not None
            due = utc(subscription.next_due_at)
            today = now.astimezone(schedule.zone(subscription.timezone)).date()
            post = await builder.digest(subscription.race_id, subscription.digest_cursor, top, today,
                                        subscription.cadence, messages(subscription.language))
            if post is not None:
                rows.append(_row(subscription, f"digest:{due:%Y-%m-%dT%H:%MZ}", post, now, now))
            subscription.digest_cursor = top
            subscription.next_due_at = _next(subscription, now)
        return rows

    async def _live_rows(self, session: AsyncSession, builder: PostBuilder, subscriptions: Sequence[Subscription],
                         now: dt.datetime) -> list[dict[str, Any]]:
        """One live message per results subscription and stage, posted with the first count and then edited to
        the current count, at most once a minute (`live_edit_seconds`). An edit in flight is left alone: the next
        plan sees that the message is behind and edits it again."""
        rows = []
        for subscription in subscriptions:
            live = await builder.live_count(subscription.race_id, messages(subscription.language))
            if live is None:
                continue
            key, post = live
            row = await session.scalar(select(OutboxPost).where(OutboxPost.subscription_id == subscription.id,
                                                                OutboxPost.item_key == key))
            payload = post.to_payload()
            if row is None:
                rows.append(_row(subscription, key, post, now, now))
            elif row.payload != payload and row.status in ("pending", "sent"):
                row.payload = payload
                if row.status == "sent":
                    last = utc(row.sent_at) if row.sent_at else now
                    row.status, row.attempts, row.last_error = "pending", 0, None
                    row.next_attempt_at = max(now, last + dt.timedelta(seconds=self.live_edit_seconds))
        return rows

    # ----------------------------------------------------------------------------------------- claim
    async def claim(self, limit: int, busy_channels: Collection[int] = ()) -> list[ClaimedPost]:
        """Take up to `limit` due posts for sending, none in a channel this process is already posting to, and only
        the oldest waiting post of each subscription, so that its posts go out in order even after a retry.
        A post is claimed by one sender only: the update changes only rows still pending."""
        if limit <= 0:
            return []
        now = self.clock()
        token = uuid.uuid4().hex
        async with self.db.sessions.begin() as session:
            earlier = aliased(OutboxPost)
            older_waiting = (select(earlier.id)
                             .where(earlier.subscription_id == OutboxPost.subscription_id, earlier.id < OutboxPost.id,
                                    earlier.status.in_(("pending", "sending")),
                                    earlier.item_key.not_like(f"{LIVE_PREFIX}%"))  # a live edit waits, news doesn't
                             .exists())
            stmt = (select(OutboxPost.id, OutboxPost.channel_id)
                    .join(Subscription, Subscription.id == OutboxPost.subscription_id)
                    .where(OutboxPost.status == "pending", OutboxPost.next_attempt_at <= now,
                           Subscription.paused_reason.is_(None), self.scope.clause(OutboxPost.guild_id),
                           ~older_waiting)
                    .order_by(OutboxPost.id)
                    .limit(limit + len(busy_channels))
                    .with_for_update(skip_locked=True, of=OutboxPost))  # PostgreSQL: senders take different rows
            ids = [row.id for row in await session.execute(stmt) if row.channel_id not in busy_channels]
            if not ids:
                return []
            await session.execute(
                update(OutboxPost)
                .where(OutboxPost.id.in_(ids[:limit]), OutboxPost.status == "pending")
                .values(status="sending", claimed_by=token, attempts=OutboxPost.attempts + 1,
                        lease_until=now + dt.timedelta(seconds=self.lease_seconds)))
            claimed = (await session.scalars(
                select(OutboxPost).where(OutboxPost.claimed_by == token).order_by(OutboxPost.id))).all()
        return [ClaimedPost(row.id, row.subscription_id, row.guild_id, row.channel_id, row.item_key,
                            UpdatePost.from_payload(row.payload), row.attempts, row.uncertain,
                            row.message_id if row.item_key.startswith(LIVE_PREFIX) else None) for row in claimed]

    # ---------------------------------------------------------------------------------------- record
    async def record(self, post: ClaimedPost, delivery: Delivery) -> None:
        """Store the outcome of one attempt: sent, retried later with backoff, or the subscription paused."""
        now = self.clock()
        async with self.db.sessions.begin() as session:
            row = await session.get(OutboxPost, post.id)
            if row is None:  # unsubscribed meanwhile: the row went with its subscription
                return
            if delivery.status == "sent":
                row.status, row.sent_at, row.message_id = "sent", now, delivery.message_id
                row.uncertain, row.last_error, row.claimed_by, row.lease_until = False, None, None, None
                await session.execute(update(Subscription)
                                      .where(Subscription.id == row.subscription_id, Subscription.failures > 0)
                                      .values(failures=0))
                return
            row.last_error = delivery.reason[:2000]
            row.claimed_by, row.lease_until = None, None
            row.uncertain = delivery.maybe_sent
            if delivery.status == "refused":
                subscription = await session.get(Subscription, row.subscription_id)
                assert subscription is not None
                subscription.failures += 1
                if subscription.failures >= PAUSE_AFTER_REFUSALS:
                    await self._pause(session, subscription, delivery.reason)
                    row.status = "dropped"
                    return
            elif row.attempts >= MAX_ATTEMPTS:
                row.status = "failed"
                log.error("update post %d (%s) to channel %d given up after %d attempts: %s", row.id, row.item_key,
                          row.channel_id, row.attempts, delivery.reason)
                return
            row.status = "pending"
            row.next_attempt_at = now + dt.timedelta(seconds=self.backoff(row.attempts, delivery.retry_after))

    def backoff(self, attempts: int, retry_after: float | None = None) -> float:
        """Seconds to wait before the next attempt: doubling with each, at least what Discord asked."""
        wait = min(self.retry_base_seconds * 2 ** max(attempts - 1, 0), MAX_BACKOFF_SECONDS)
        return max(wait, retry_after or 0.0)

    async def _pause(self, session: AsyncSession, subscription: Subscription, reason: str) -> None:
        subscription.paused_reason = pause_reason(reason, subscription.failures, subscription.channel_id,
                                                  messages(subscription.language))
        subscription.paused_at = self.clock()
        await session.execute(update(OutboxPost)
                              .where(OutboxPost.subscription_id == subscription.id,
                                     OutboxPost.status.in_(("pending", "sending")))
                              .values(status="dropped", claimed_by=None))
        log.warning("subscription %d (guild %d, channel %d) paused after %d refusals: %s", subscription.id,
                    subscription.guild_id, subscription.channel_id, subscription.failures, reason)

    # ----------------------------------------------------------------------------------------- state
    async def backlog(self) -> Backlog:
        """How many posts of this scope wait to be sent, and how long the oldest that could be sent now has been due:
        a post waiting behind an older one of its subscription (in backoff) is not due yet; one claimed by a sender
        whose lease ran out is due again since then."""
        now = self.clock()
        earlier = aliased(OutboxPost)
        older_waiting = (select(earlier.id)
                         .where(earlier.subscription_id == OutboxPost.subscription_id, earlier.id < OutboxPost.id,
                                earlier.status.in_(("pending", "sending")),
                                earlier.item_key.not_like(f"{LIVE_PREFIX}%"))
                         .exists())
        async with self.db.session() as session:
            depth = await session.scalar(
                select(func.count()).select_from(OutboxPost)
                .where(OutboxPost.status.in_(("pending", "sending")), self.scope.clause(OutboxPost.guild_id)))
            oldest = await session.scalar(
                select(func.min(OutboxPost.next_attempt_at))
                .join(Subscription, Subscription.id == OutboxPost.subscription_id)
                .where(OutboxPost.status == "pending", OutboxPost.next_attempt_at <= now,
                       Subscription.paused_reason.is_(None), self.scope.clause(OutboxPost.guild_id),
                       ~older_waiting))
            # A post whose sender's lease ran out was due again from then (until a plan takes it back).
            lost = await session.scalar(
                select(func.min(OutboxPost.lease_until))
                .where(OutboxPost.status == "sending", OutboxPost.lease_until < now,
                       self.scope.clause(OutboxPost.guild_id)))
        waited = max((max(0.0, (now - utc(since)).total_seconds()) for since in (oldest, lost) if since is not None),
                     default=0.0)
        return Backlog(depth or 0, waited)

    async def pending(self, subscription_id: int) -> UpdatePost | None:
        """The next post a subscription would send, if one is waiting."""
        async with self.db.session() as session:
            payload = await session.scalar(
                select(OutboxPost.payload)
                .where(OutboxPost.subscription_id == subscription_id,
                       OutboxPost.status.in_(("pending", "sending")))
                .order_by(OutboxPost.id).limit(1))
        return UpdatePost.from_payload(payload) if payload else None


def _due(subscription: Subscription, now: dt.datetime) -> bool:
    return subscription.next_due_at is not None and utc(subscription.next_due_at) <= now


def _next(subscription: Subscription, now: dt.datetime) -> dt.datetime | None:
    return schedule.next_due(subscription.cadence, subscription.at_time, subscription.weekday, subscription.timezone,
                             now)


def _row(subscription: Subscription, key: str, post: UpdatePost, due: dt.datetime,
         now: dt.datetime) -> dict[str, Any]:
    return {"subscription_id": subscription.id, "guild_id": subscription.guild_id,
            "channel_id": subscription.channel_id, "item_key": key, "payload": post.to_payload(),
            "status": "pending", "attempts": 0, "uncertain": False, "next_attempt_at": due, "created_at": now}


async def insert_new_posts(session: AsyncSession, rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows, skipping any (subscription, item) that already has one; returns how many were new."""
    if not rows:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    created = 0
    for start in range(0, len(rows), 500):
        stmt = (insert(OutboxPost).on_conflict_do_nothing(index_elements=["subscription_id", "item_key"])
                .returning(OutboxPost.id))
        created += len((await session.scalars(stmt, rows[start : start + 500])).all())
    return created
