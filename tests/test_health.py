"""The /healthz checks: the gateway connections, a database that does not answer (refused, hung, not open yet), an
outbox whose oldest due post waits too long, and the gauges they set."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.db.database import Database
from bot.engine.engine import QuestionEngine
from bot.health import Health
from bot.importers import import_file
from bot.metrics import GatewayShard, Metrics
from bot.updates import Delivery, ShardScope, SubscribeRequest, UpdateService
from bot.updates.thresholds import OUTBOX_STUCK_SECONDS

START = dt.datetime(2022, 6, 1, 12, 0, tzinfo=dt.UTC)
GUILD = 41 << 22  # shard 1 of 2
CONNECTED = [GatewayShard(0, True, 0.042)]
POLL = (b"poll_id,pollster,end_date,sample_size,url,race,stage,candidate_name,pct\n"
        b"7001,Unit Research,2022-06-01,700,https://polls.example/u1,la-mayor-2022,primary,Karen Bass,41\n"
        b"7001,Unit Research,2022-06-01,700,https://polls.example/u1,la-mayor-2022,primary,Rick Caruso,33\n")


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def sample(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


# ------------------------------------------------------------------------------------------------- gateway


async def test_the_gateway_check_passes_only_when_every_shard_is_connected() -> None:
    shards: list[GatewayShard] = []
    metrics = Metrics(process=False)
    health = Health(lambda: shards, lambda: None, metrics=metrics, scope=ShardScope(2, (0, 1)))
    assert health.check_gateway().detail == "not connected to Discord yet"
    shards[:] = [GatewayShard(0, True, 0.042), GatewayShard(1, False, 0.05)]
    check = health.check_gateway()
    assert not check.ok and check.detail == "disconnected from Discord: shard 1 (reconnecting)"
    assert sample(metrics, "racebot_gateway_connected", shard="1") == 0
    shards[1] = GatewayShard(1, True, float("inf"))
    check = health.check_gateway()
    assert check.ok and check.detail == "connected (shard 0 42 ms, shard 1 no heartbeat yet)"
    assert sample(metrics, "racebot_shard", shard="1", shard_count="2") == 1
    assert sample(metrics, "racebot_gateway_latency_seconds", shard="0") == pytest.approx(0.042)


# ------------------------------------------------------------------------------------------------ database


async def test_a_database_not_open_yet_fails_and_the_outbox_is_not_read() -> None:
    report = await Health(lambda: CONNECTED, lambda: None).check()
    assert not report.ok and report.failing == ["database", "outbox"]
    assert report.to_json()["checks"] == {
        "gateway": {"ok": True, "detail": "connected (shard 0 42 ms)"},
        "database": {"ok": False, "detail": "not open yet"},
        "outbox": {"ok": False, "detail": "not checked: the database does not answer"}}


@pytest.fixture
async def refused() -> AsyncIterator[Database]:
    """A PostgreSQL database on a port nothing listens on (the server is down)."""
    db = Database("postgresql+asyncpg://racebot@127.0.0.1:1/racebot")
    yield db
    await db.close()


async def test_a_database_that_refuses_connections_fails_the_check_with_the_reason(refused: Database) -> None:
    metrics = Metrics(process=False)
    report = await Health(lambda: CONNECTED, lambda: refused, metrics=metrics).check()
    assert report.failing == ["database", "outbox"]
    detail = report.to_json()["checks"]["database"]["detail"]  # type: ignore[index]
    assert detail.startswith("does not answer: ") and "Connect" in detail
    assert sample(metrics, "racebot_health_check", check="database") == 0
    assert sample(metrics, "racebot_health_check", check="gateway") == 1


async def test_a_database_file_that_cannot_be_opened_fails_the_check(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.sqlite3"
    folder.mkdir()
    db = Database(f"sqlite+aiosqlite:///{folder}")
    before = set(threading.enumerate())
    try:
        check = await Health(lambda: CONNECTED, lambda: db).check_database()
    finally:
        await db.close()
        # aiosqlite's thread of the failed connection answers its last call a moment later: while the loop runs.
        async with asyncio.timeout(5):
            while any(t.is_alive() for t in set(threading.enumerate()) - before):
                await asyncio.sleep(0.01)
    assert not check.ok and "unable to open database file" in check.detail


async def test_a_database_that_hangs_fails_the_check_after_its_timeout() -> None:
    """A server that accepts the connection and never answers: the check gives up, the scrape is not held."""
    held: list[asyncio.StreamWriter] = []

    async def silent(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)

    server = await asyncio.start_server(silent, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    db = Database(f"postgresql+asyncpg://racebot@127.0.0.1:{port}/racebot")
    try:
        loop = asyncio.get_running_loop()
        started = loop.time()
        check = await Health(lambda: CONNECTED, lambda: db, timeout_seconds=0.3).check_database()
        assert loop.time() - started < 2.0
    finally:
        for writer in held:
            writer.close()
        server.close()
        await server.wait_closed()
        await db.close()
    assert not check.ok and check.detail == "no answer within 0.3 s"


# -------------------------------------------------------------------------------------------------- outbox


async def queued_post(db: Database, clock: Clock) -> UpdateService:
    """A subscription, then a new poll: one post due now, waiting to be sent."""
    updates = UpdateService(db, QuestionEngine(db), interval_seconds=10.0, clock=clock)
    answer = await updates.subscriptions.subscribe(SubscribeRequest(GUILD, 1, "la-mayor-2022", "polls"))
    assert answer.status == "ok", answer
    await import_file(db, "feed.csv", data=POLL)
    assert await updates.outbox.plan() == 1
    return updates


async def test_an_outbox_whose_oldest_due_post_waits_too_long_is_stuck(db: Database) -> None:
    clock = Clock()
    updates = await queued_post(db, clock)
    metrics = Metrics(process=False)
    health = Health(lambda: CONNECTED, lambda: db, metrics=metrics, clock=clock)

    clock.advance(minutes=1)
    report = await health.check()
    assert report.ok, report
    assert report.checks[2].detail == "draining: 1 post waiting, the oldest due for 60 s"
    assert sample(metrics, "racebot_outbox_depth") == 1
    assert sample(metrics, "racebot_outbox_oldest_pending_seconds") == 60

    clock.advance(seconds=OUTBOX_STUCK_SECONDS)  # nobody sent it: the loop stopped
    report = await health.check()
    assert report.failing == ["outbox"]
    assert report.checks[2].detail.startswith(f"stuck: the oldest due post has waited {OUTBOX_STUCK_SECONDS + 60} s")
    assert sample(metrics, "racebot_health_check", check="outbox") == 0

    (post,) = await updates.outbox.claim(10)
    await updates.outbox.record(post, Delivery.sent(1234))
    report = await health.check()
    assert report.ok and report.checks[2].detail == "draining: 0 posts waiting, the oldest due for 0 s"
    assert sample(metrics, "racebot_outbox_depth") == 0


async def test_a_post_waiting_out_its_backoff_or_lost_with_its_sender_counts_from_when_it_was_due(
        db: Database) -> None:
    clock = Clock()
    updates = await queued_post(db, clock)
    health = Health(lambda: CONNECTED, lambda: db, clock=clock)
    (post,) = await updates.outbox.claim(10)
    await updates.outbox.record(post, Delivery.retry("503 from Discord"))  # tried again in 10 s
    clock.advance(seconds=5)
    backlog = await updates.outbox.backlog()
    assert (backlog.depth, backlog.oldest_due_seconds) == (1, 0.0)  # not due yet
    clock.advance(seconds=20)
    assert (await updates.outbox.backlog()).oldest_due_seconds == 15.0

    (post,) = await updates.outbox.claim(10)  # claimed by a sender that then dies: its lease runs out
    clock.advance(seconds=updates.outbox.lease_seconds + 30)
    assert (await updates.outbox.backlog()).oldest_due_seconds == 30.0
    assert (await health.check()).ok


async def test_the_outbox_check_reads_only_this_process_s_shards(db: Database) -> None:
    clock = Clock()
    await queued_post(db, clock)  # a post for a server of shard 1
    clock.advance(hours=1)
    other = await Health(lambda: CONNECTED, lambda: db, scope=ShardScope(2, (0,)), clock=clock).check()
    assert other.ok and other.checks[2].detail.startswith("draining: 0 posts waiting")
    own = await Health(lambda: CONNECTED, lambda: db, scope=ShardScope(2, (1,)), clock=clock).check()
    assert own.failing == ["outbox"]
