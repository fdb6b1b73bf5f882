"""The outbox on both backends: posts from the change log, once per (subscription, item), claimed by one sender,
retried with backoff, paused after refusals, scoped to a process's shards, digests at their time."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import select

from bot.db.database import Database
from bot.db.models import OutboxPost
from bot.engine.engine import QuestionEngine
from bot.importers import import_file
from bot.updates import ClaimedPost, Delivery, ShardScope, SubscribeRequest, UpdateService
from bot.updates.thresholds import PAUSE_AFTER_REFUSALS

START = dt.datetime(2022, 6, 1, 12, 0, tzinfo=dt.UTC)
GUILD = 41 << 22  # shard 1 of 2
OTHER_GUILD = 40 << 22  # shard 0 of 2


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def poll_csv(*numbers: int) -> bytes:
    rows = ["poll_id,pollster,end_date,sample_size,url,race,stage,candidate_name,pct"]
    for n in numbers:
        rows += [f"{7000 + n},Unit Research {n},2022-06-0{n},700,https://polls.example/u{n},la-mayor-2022,primary,"
                 f"{name},{pct}" for name, pct in (("Karen Bass", 40 + n), ("Rick Caruso", 33))]
    return ("\n".join(rows) + "\n").encode()


def service(db: Database, clock: Clock, scope: ShardScope | None = None) -> UpdateService:
    return UpdateService(db, QuestionEngine(db), scope=scope, interval_seconds=10.0, clock=clock)


async def subscribe(updates: UpdateService, channel: int, what: str = "polls", guild: int = GUILD,
                    **options: str) -> int:
    answer = await updates.subscriptions.subscribe(SubscribeRequest(guild, channel, "la-mayor-2022", what,
                                                                    **options))
    assert answer.status == "ok", answer
    return answer.extra["subscription_id"]


async def test_a_new_subscription_posts_only_what_comes_after_it_once(db: Database) -> None:
    clock = Clock()
    updates = service(db, clock)
    await subscribe(updates, 1)
    assert await updates.outbox.plan() == 0  # the bundled history is not posted
    await import_file(db, "feed.csv", data=poll_csv(1, 2))
    assert await updates.outbox.plan() == 2
    assert await updates.outbox.plan() == 0
    await import_file(db, "feed.csv", data=poll_csv(1, 2))  # re-importing the same file adds nothing
    assert await updates.outbox.plan() == 0

    await subscribe(updates, 2)  # a later subscriber does not get the polls before it
    await import_file(db, "feed.csv", data=poll_csv(1, 2, 3))
    assert await updates.outbox.plan() == 2
    claimed = await updates.outbox.claim(10)
    # One post per subscription at a time, the oldest first: its posts go out in order.
    assert sorted((p.channel_id, p.post.facts[0].text.split(" (")[0]) for p in claimed) == [
        (1, "Unit Research 1"), (2, "Unit Research 3")]
    assert claimed[0].post.title == "New poll: 2022 Los Angeles mayoral election"


async def test_two_senders_never_claim_the_same_post(db: Database) -> None:
    clock = Clock()
    first, second = service(db, clock), service(db, clock)
    for channel in range(1, 21):
        await subscribe(first, channel)
    await import_file(db, "feed.csv", data=poll_csv(1))
    assert await first.outbox.plan() == 20
    assert await second.outbox.plan() == 0  # the other process finds the rows there: no duplicates
    a, b = await asyncio.gather(first.outbox.claim(15), second.outbox.claim(15))
    ids_a, ids_b = {p.id for p in a}, {p.id for p in b}
    assert not ids_a & ids_b
    c, d = await asyncio.gather(first.outbox.claim(15), second.outbox.claim(15))  # the rest, whoever wins
    claimed = [p.id for p in (*a, *b, *c, *d)]
    assert len(claimed) == len(set(claimed)) == 20


async def test_a_sent_post_is_never_claimed_again(db: Database) -> None:
    clock = Clock()
    updates = service(db, clock)
    await subscribe(updates, 1)
    await import_file(db, "feed.csv", data=poll_csv(1))
    await updates.outbox.plan()
    (post,) = await updates.outbox.claim(5)
    await updates.outbox.record(post, Delivery.sent(999))
    assert await updates.outbox.recover(everything=True) == 0
    clock.advance(days=1)
    assert await updates.outbox.claim(5) == []


async def test_closing_the_poster_lets_the_posts_being_sent_end_and_claims_nothing_more(db: Database) -> None:
    clock = Clock()
    updates = service(db, clock)
    for channel in (1, 2):
        await subscribe(updates, channel)
    await import_file(db, "feed.csv", data=poll_csv(1))
    await updates.outbox.plan()
    sending = asyncio.Event()

    async def deliver(post: ClaimedPost) -> Delivery:
        sending.set()
        if post.channel_id == 2:
            await asyncio.sleep(3600)  # a channel that never answers: cancelled after the grace
        await asyncio.sleep(0.05)
        return Delivery.sent(1000)

    poster = updates.poster(deliver)
    assert await poster.dispatch() == 2
    await sending.wait()
    await poster.close(grace=0.5)
    assert await poster.dispatch() == 0  # a closed poster claims nothing
    await poster.wait(60)  # and never sleeps: the loop that waits on it ends at once
    # The post that ended within the grace is recorded as sent; the one cancelled stays claimed, and is taken
    # back (after a look at its channel) by the next process.
    assert await updates.outbox.recover(everything=True) == 1
    clock.advance(days=1)
    assert [p.channel_id for p in await updates.outbox.claim(5)] == [2]


async def test_server_errors_are_retried_later_with_backoff(db: Database) -> None:
    clock = Clock()
    updates = service(db, clock)
    await subscribe(updates, 1)
    await import_file(db, "feed.csv", data=poll_csv(1))
    await updates.outbox.plan()
    (post,) = await updates.outbox.claim(5)
    await updates.outbox.record(post, Delivery.retry("503 from Discord"))
    assert await updates.outbox.claim(5) == []  # not before the backoff
    clock.advance(seconds=10)
    (again,) = await updates.outbox.claim(5)
    assert again.id == post.id and again.attempts == 2
    await updates.outbox.record(again, Delivery.retry("503 from Discord"))
    clock.advance(seconds=10)
    assert await updates.outbox.claim(5) == []  # the second wait is twice as long
    clock.advance(seconds=10)
    assert [p.id for p in await updates.outbox.claim(5)] == [post.id]


async def test_refusals_pause_the_subscription_with_the_reason_and_drop_its_posts(db: Database) -> None:
    clock = Clock()
    updates = service(db, clock)
    await subscribe(updates, 1)
    await subscribe(updates, 2)
    await import_file(db, "feed.csv", data=poll_csv(1))
    await updates.outbox.plan()
    sent_elsewhere = []
    for attempt in range(PAUSE_AFTER_REFUSALS):
        claimed = await updates.outbox.claim(5)
        for post in claimed:
            if post.channel_id == 2:  # the other channel is not held back
                await updates.outbox.record(post, Delivery.sent(1000))
                sent_elsewhere.append(attempt)
        posts = [p for p in claimed if p.channel_id == 1]
        assert len(posts) == 1, attempt
        await updates.outbox.record(posts[0], Delivery.refused("403 Forbidden: Missing Permissions"))
        clock.advance(minutes=20)
    assert sent_elsewhere == [0]
    listing = await updates.subscriptions.list_answer(GUILD)
    paused = [f.text for f in listing.facts if "PAUSED" in f.text]
    assert len(paused) == 1 and "<#1>" in paused[0] and "403 Forbidden: Missing Permissions" in paused[0]
    assert listing.summary == "2 subscriptions in this server, 1 paused."
    assert await updates.outbox.claim(5) == []  # paused: not tried again
    async with db.session() as session:
        statuses = dict((await session.execute(select(OutboxPost.channel_id, OutboxPost.status))).all())
    assert statuses[1] == "dropped"

    resumed = await updates.subscriptions.subscribe(SubscribeRequest(GUILD, 1, "la-mayor-2022", "polls"))
    assert resumed.title == "Subscription resumed"
    assert "PAUSED" not in " ".join(f.text for f in (await updates.subscriptions.list_answer(GUILD)).facts)


async def test_a_process_posts_only_for_the_servers_on_its_shards(db: Database) -> None:
    clock = Clock()
    everything = service(db, clock)
    await subscribe(everything, 1, guild=GUILD)
    await subscribe(everything, 2, guild=OTHER_GUILD)
    await import_file(db, "feed.csv", data=poll_csv(1))
    shard_0 = service(db, clock, ShardScope(2, (0,)))
    shard_1 = service(db, clock, ShardScope(2, (1,)))
    assert await shard_0.outbox.plan() == 1
    assert [p.channel_id for p in await shard_0.outbox.claim(5)] == [2]
    assert await shard_1.outbox.plan() == 1
    assert [p.channel_id for p in await shard_1.outbox.claim(5)] == [1]
    assert shard_0.scope.owns_feeds and not shard_1.scope.owns_feeds


async def test_a_digest_is_queued_once_at_its_time_with_what_is_new(db: Database) -> None:
    clock = Clock()  # 12:00 UTC is 05:00 in Los Angeles
    updates = service(db, clock)
    await subscribe(updates, 1, "digest", when="daily", time="06:00", timezone="America/Los_Angeles")
    await import_file(db, "feed.csv", data=poll_csv(1))
    assert await updates.outbox.plan() == 0
    clock.advance(minutes=59)
    assert await updates.outbox.plan() == 0
    clock.advance(minutes=1)
    assert await updates.outbox.plan() == 1
    assert await updates.outbox.plan() == 0
    (digest,) = await updates.outbox.claim(5)
    assert digest.item_key == "digest:2022-06-01T13:00Z"
    assert digest.post.summary.startswith("The primary election is in 6 days (June 07, 2022). 1 new poll and No new "
                                          "endorsements")
    await updates.outbox.record(digest, Delivery.sent(1000))
    clock.advance(days=1)
    assert await updates.outbox.plan() == 1
    assert "No new polls" in (await updates.outbox.claim(5))[0].post.summary


async def test_an_unsubscribed_channel_keeps_no_posts(db: Database) -> None:
    clock = Clock()
    updates = service(db, clock)
    subscription = await subscribe(updates, 1)
    await import_file(db, "feed.csv", data=poll_csv(1))
    await updates.outbox.plan()
    answer = await updates.subscriptions.unsubscribe(GUILD, subscription)
    assert answer.title == "Unsubscribed"
    assert (await updates.subscriptions.unsubscribe(GUILD, subscription)).status == "not_found"
    assert await updates.outbox.claim(5) == []


def count_csv(*counts: tuple[str, int, int, str, str]) -> bytes:
    """Counts of the LA general: (time, Bass's votes, Caruso's votes, the candidate called, "yes" if certified)."""
    rows = ["race,stage,candidate,votes,reported,expected,time,source_url,called,certified"]
    for when, bass, caruso, called, certified in counts:
        for name, votes in (("Karen Bass", bass), ("Rick Caruso", caruso)):
            rows.append(f"la-mayor-2022,general,{name},{votes},10,100,{when},https://results.example/la,"
                        f"{'yes' if called == name else ''},{certified}")
    return ("\n".join(rows) + "\n").encode()


async def test_a_results_subscription_posts_each_piece_of_news_of_the_count_once(db: Database) -> None:
    from bot.importers.results_import import import_results

    clock = Clock()
    updates = service(db, clock)
    await subscribe(updates, 1, "results")
    night = [("2022-11-08T21:00:00", 100, 120, "", ""),  # first results: Caruso ahead
             ("2022-11-08T23:00:00", 900, 1000, "", ""),  # nothing new: Caruso still ahead
             ("2022-11-10T21:00:00", 5000, 4800, "", ""),  # Bass takes the lead
             ("2022-11-16T21:00:00", 9000, 7600, "Karen Bass", ""),  # the source calls it
             ("2022-12-02T12:00:00", 9100, 7700, "Karen Bass", "yes")]  # certified
    for step in range(1, len(night) + 1):
        await import_results(db, "night.csv", count_csv(*night[:step]))
    await import_results(db, "night.csv", count_csv(*night))  # the same counts again: no news
    assert await updates.outbox.plan() == 5  # four pieces of news and the live message
    assert await updates.outbox.plan() == 0
    async with db.session() as session:
        keys = [k.split(":")[-1] for k in await session.scalars(select(OutboxPost.item_key).order_by(OutboxPost.id))]
        titles = [p["title"] for p in await session.scalars(select(OutboxPost.payload).order_by(OutboxPost.id))]
    assert keys == ["first", "lead", "called", "certified", "general"]
    assert titles[1] == "Lead change: 2022 Los Angeles mayoral election"
    claimed = await updates.outbox.claim(10)
    assert "Rick Caruso leads the general count with 120 votes" in claimed[0].post.summary


async def test_results_news_is_posted_as_it_happens_only(db: Database) -> None:
    updates = service(db, Clock())
    answer = await updates.subscriptions.subscribe(SubscribeRequest(GUILD, 1, "la-mayor-2022", "results", "daily"))
    assert answer.status != "ok" and "as it happens" in answer.summary


async def test_the_live_message_is_posted_once_then_edited_at_most_once_a_minute(db: Database) -> None:
    from bot.importers.results_import import import_results

    clock = Clock()
    updates = service(db, clock)
    await subscribe(updates, 1, "results")
    night = [("2022-11-08T21:00:00", 100, 120, "", ""), ("2022-11-08T21:10:00", 300, 310, "", ""),
             ("2022-11-08T21:20:00", 700, 650, "", "")]
    await import_results(db, "night.csv", count_csv(*night[:1]))
    assert await updates.outbox.plan() == 2  # the news (first results) and the live message
    first, live = await claim_in_turn(updates)
    assert first.post.title.startswith("First results") and first.edit_message_id is None
    assert live.post.title.startswith("Live count") and live.edit_message_id is None
    await updates.outbox.record(live, Delivery.sent(555))

    await import_results(db, "night.csv", count_csv(*night[:2]))
    assert await updates.outbox.plan() == 0  # no news, and the live message is changed, not added
    assert await updates.outbox.claim(10) == []  # edited at most once a minute
    await import_results(db, "night.csv", count_csv(*night))  # Bass takes the lead meanwhile
    assert await updates.outbox.plan() == 1
    lead = (await updates.outbox.claim(10))[0]
    assert lead.post.title.startswith("Lead change")
    await updates.outbox.record(lead, Delivery.sent(556))
    clock.advance(seconds=61)
    (edit,) = await updates.outbox.claim(10)
    assert edit.edit_message_id == 555 and "700 votes" in edit.post.summary  # the newest count, not each one
    await updates.outbox.record(edit, Delivery.sent(555))
    assert await updates.outbox.plan() == 0 and await updates.outbox.claim(10) == []


async def claim_in_turn(updates: UpdateService) -> list:
    """Claim and send one post at a time (a subscription's posts go out in order), returning what was claimed."""
    claimed = []
    while batch := await updates.outbox.claim(10):
        for post in batch:
            claimed.append(post)
            if not post.post.title.startswith("Live"):
                await updates.outbox.record(post, Delivery.sent(100 + len(claimed)))
        if any(p.post.title.startswith("Live") for p in batch):
            break
    return claimed
