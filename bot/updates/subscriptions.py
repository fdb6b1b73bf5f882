"""Subscriptions: subscribe a channel to a race's updates, list, unsubscribe and preview; answers as typed values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select

from bot.db.database import Database
from bot.db.models import DataChange, Race, Subscription
from bot.engine.answers import Answer, Fact
from bot.engine.engine import QuestionEngine
from bot.updates import schedule
from bot.updates.outbox import Clock, Outbox, utc, utc_now
from bot.updates.posts import PostBuilder, UpdatePost

WHAT_WORDS = {"polls": "new polls", "endorsements": "new endorsements", "digest": "a digest",
              "results": "the count's news (first results, lead changes, calls, certification)"}


@dataclass(frozen=True, slots=True)
class SubscribeRequest:
    """What `/updates subscribe` asks for, as typed by the user (checked by `subscribe`)."""

    guild_id: int
    channel_id: int
    race: str
    what: str
    when: str | None = None
    time: str | None = None
    weekday: str | None = None
    timezone: str | None = None
    user_id: int | None = None


@dataclass(frozen=True, slots=True)
class SubscriptionInfo:
    id: int
    channel_id: int
    race_slug: str
    race_name: str
    what: str
    schedule: str
    next_due_at: dt.datetime | None
    paused_reason: str | None

    @property
    def label(self) -> str:
        return f"#{self.id}: {WHAT_WORDS[self.what]} for {self.race_slug}, {self.schedule}"


class Subscriptions:
    def __init__(self, db: Database, engine: QuestionEngine, outbox: Outbox, clock: Clock = utc_now) -> None:
        self.db = db
        self.engine = engine
        self.outbox = outbox
        self.clock = clock

    async def subscribe(self, request: SubscribeRequest) -> Answer:
        """Create (or change, or resume) a channel's subscription; it posts only what is new from now on."""
        if request.what not in schedule.WHATS:
            return _refusal(f"“{request.what}” is not something to subscribe to: pick polls, endorsements, digest "
                            "or results.")
        cadence = request.when or ("daily" if request.what == "digest" else "instant")
        if cadence not in schedule.CADENCES:
            return _refusal(f"“{cadence}” is not a schedule: pick instant, daily or weekly.")
        if request.what == "results" and cadence != "instant":
            return _refusal("The count's news is posted as it happens: leave out when: for results.")
        if request.what == "digest" and cadence == "instant":
            return _refusal("A digest comes daily or weekly: add when:daily (and time:09:00) or when:weekly.")
        try:
            at_time = schedule.parse_time(request.time or schedule.DEFAULT_TIME) if cadence != "instant" else None
            weekday = schedule.parse_weekday(request.weekday or "monday") if cadence == "weekly" else None
            timezone = (request.timezone or schedule.DEFAULT_TIMEZONE).strip()
            schedule.zone(timezone)
        except schedule.ScheduleError as exc:
            return _refusal(str(exc))
        race, problem = await self.engine.find_race(request.race)
        if race is None:
            assert problem is not None
            return problem
        now = self.clock()
        async with self.db.sessions.begin() as session:
            top = await session.scalar(select(func.max(DataChange.id))) or 0
            subscription = await session.scalar(select(Subscription).where(
                Subscription.channel_id == request.channel_id, Subscription.race_id == race.id,
                Subscription.what == request.what))
            verb = "changed" if subscription is not None else "created"
            if subscription is None:
                subscription = Subscription(guild_id=request.guild_id, channel_id=request.channel_id, race_id=race.id,
                                            what=request.what, created_at=now, change_cursor=top, digest_cursor=top,
                                            failures=0)
                session.add(subscription)
            elif subscription.paused_reason:
                verb = "resumed"
                subscription.change_cursor = max(subscription.change_cursor, top)  # what came meanwhile is old news
            subscription.cadence, subscription.at_time, subscription.weekday = cadence, at_time, weekday
            subscription.timezone, subscription.created_by = timezone, request.user_id
            subscription.paused_reason, subscription.paused_at, subscription.failures = None, None, 0
            subscription.next_due_at = schedule.next_due(cadence, at_time, weekday, timezone, now)
            await session.flush()
            subscription_id = subscription.id
        when = schedule.describe(cadence, at_time, weekday, timezone)
        summary = f"<#{request.channel_id}> gets {WHAT_WORDS[request.what]} for {race.name}, {when}."
        facts = [Fact(f"Subscription #{subscription_id}: only what is new from now on is posted.")]
        if subscription.next_due_at is not None:
            facts.append(Fact(f"Next post: {_local(subscription.next_due_at, timezone)}."))
        facts.append(Fact("/updates preview shows what a post looks like; /updates unsubscribe stops it."))
        return Answer("subscribe", "ok", f"Subscription {verb}", summary, tuple(facts), race_slug=race.slug,
                      extra={"subscription_id": subscription_id})

    async def unsubscribe(self, guild_id: int, subscription_id: int) -> Answer:
        async with self.db.sessions.begin() as session:
            subscription = await session.get(Subscription, subscription_id)
            if subscription is None or subscription.guild_id != guild_id:
                return _unknown(subscription_id)
            race = await session.get(Race, subscription.race_id)
            await session.delete(subscription)  # its unsent posts go with it
        name = race.name if race else "the race"
        return Answer("unsubscribe", "ok", "Unsubscribed",
                      f"<#{subscription.channel_id}> gets no more {WHAT_WORDS[subscription.what]} for {name}.")

    async def infos(self, guild_id: int) -> list[SubscriptionInfo]:
        async with self.db.session() as session:
            rows = await session.execute(
                select(Subscription, Race.slug, Race.name).join(Race, Race.id == Subscription.race_id)
                .where(Subscription.guild_id == guild_id).order_by(Subscription.id))
            return [SubscriptionInfo(s.id, s.channel_id, slug, name, s.what,
                                     schedule.describe(s.cadence, s.at_time, s.weekday, s.timezone),
                                     utc(s.next_due_at) if s.next_due_at else None, s.paused_reason)
                    for s, slug, name in rows]

    async def list_answer(self, guild_id: int) -> Answer:
        infos = await self.infos(guild_id)
        if not infos:
            return Answer("subscriptions", "no_data", "Update subscriptions",
                          "This server has no subscriptions. Add one with /updates subscribe.")
        facts = []
        for info in infos:
            state = f"PAUSED: {info.paused_reason}" if info.paused_reason else "active"
            due = f"; next post {info.next_due_at:%Y-%m-%d %H:%M} UTC" if info.next_due_at and not info.paused_reason \
                else ""
            facts.append(Fact(f"#{info.id} {WHAT_WORDS[info.what]} for {info.race_name} in <#{info.channel_id}>, "
                              f"{info.schedule} — {state}{due}"))
        paused = sum(1 for i in infos if i.paused_reason)
        summary = f"{len(infos)} subscription{'s' if len(infos) != 1 else ''} in this server"
        summary += f", {paused} paused." if paused else "."
        return Answer("subscriptions", "ok", "Update subscriptions", summary, tuple(facts))

    async def preview(self, guild_id: int, subscription_id: int) -> UpdatePost | Answer:
        """The next post of a subscription: the one waiting, else one built now from the data (nothing is sent)."""
        async with self.db.session() as session:
            subscription = await session.get(Subscription, subscription_id)
            if subscription is None or subscription.guild_id != guild_id:
                return _unknown(subscription_id)
            waiting = await self.outbox.pending(subscription_id)
            if waiting is not None:
                return waiting
            builder = PostBuilder(session)
            if subscription.what == "digest":
                top = await session.scalar(select(func.max(DataChange.id))) or 0
                today = self.clock().astimezone(schedule.zone(subscription.timezone)).date()
                post = await builder.digest(subscription.race_id, subscription.digest_cursor, top, today,
                                            subscription.cadence)
            else:
                post = await builder.latest(subscription.race_id, subscription.what)
        if post is None:
            return Answer("preview", "no_data", "Nothing to preview yet",
                          f"There are no {subscription.what} for this race yet; the first one will be posted.")
        return post


def _refusal(text: str) -> Answer:
    return Answer("subscribe", "rejected", "Subscription not changed", text)


def _unknown(subscription_id: int) -> Answer:
    return Answer("subscription", "not_found", "No such subscription",
                  f"This server has no subscription #{subscription_id}. /updates list shows them.")


def _local(when: dt.datetime, timezone: str) -> str:
    return f"{utc(when).astimezone(schedule.zone(timezone)):%A %B %d, %H:%M} {timezone}"
