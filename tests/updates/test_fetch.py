"""Feeds over http: whole bodies or nothing, only public addresses (when added, at every connection and at every
redirect), and failures that name their kind without repeating what a server said."""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import ipaddress
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.config import load_settings
from bot.db.database import Database
from bot.db.models import Feed, Poll
from bot.updates.feeds import MAX_FEED_BYTES, Feeds
from bot.updates.fetch import AddressPolicy, FeedFetcher, FetchFailed, address_kind

from .feed_server import ChosenResolver, MisbehavingServer, Writer, big_poll_csv, head
from .test_outbox import Clock

BODY = big_poll_csv(400)  # about 50 KB: many reads, whatever the socket buffers
HALF = len(BODY) // 2
GZIPPED = gzip.compress(BODY)
LOCAL_ONLY = AddressPolicy(also_allowed=(ipaddress.ip_network("127.0.0.1/32"),))  # the test server, nothing else


def chunk(data: bytes) -> bytes:
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


async def whole(w: Writer) -> None:
    w.write(head(Content_Length=len(BODY)) + BODY)


async def paused(w: Writer) -> None:
    w.write(head(Content_Length=len(BODY)) + BODY[:10_000])
    await w.drain()
    await asyncio.sleep(0.6)  # what arrived so far is not the file
    w.write(BODY[10_000:])


async def small_pieces(w: Writer) -> None:
    w.write(head(Content_Length=len(BODY)))
    for start in range(0, len(BODY), 997):
        w.write(BODY[start:start + 997])
        await w.drain()
        await asyncio.sleep(0.001)


async def chunked(w: Writer) -> None:
    w.write(head(Transfer_Encoding="chunked"))
    for start in range(0, len(BODY), 4096):
        w.write(chunk(BODY[start:start + 4096]))
        await w.drain()
        await asyncio.sleep(0.005)
    w.write(b"0\r\n\r\n")


async def until_closed(w: Writer) -> None:  # no length at all: the body ends when the connection does
    w.write(head() + BODY)


async def dropped(w: Writer) -> None:
    w.write(head(Content_Length=len(BODY)) + BODY[:HALF])


async def dropped_chunked(w: Writer) -> None:
    w.write(head(Transfer_Encoding="chunked") + chunk(BODY[:HALF]))


async def longer_than_sent(w: Writer) -> None:  # lies about Content-Length: announces more than it has
    w.write(head(Content_Length=len(BODY) + 5_000) + BODY)


async def gzipped(w: Writer) -> None:
    w.write(head(Content_Encoding="gzip", Content_Length=len(GZIPPED)) + GZIPPED)


async def gzipped_chunked(w: Writer) -> None:
    w.write(head(Content_Encoding="gzip", Transfer_Encoding="chunked"))
    for start in range(0, len(GZIPPED), 1000):
        w.write(chunk(GZIPPED[start:start + 1000]))
        await w.drain()
    w.write(b"0\r\n\r\n")


async def deflated(w: Writer) -> None:
    data = zlib.compress(BODY)
    w.write(head(Content_Encoding="deflate", Content_Length=len(data)) + data)


async def gzipped_cut(w: Writer) -> None:  # the framing is whole, the gzip stream inside it is not
    data = GZIPPED[: len(GZIPPED) // 2]
    w.write(head(Content_Encoding="gzip", Content_Length=len(data)) + data)


async def gzipped_corrupt(w: Writer) -> None:
    data = GZIPPED[:20] + bytes(200) + GZIPPED[220:]
    w.write(head(Content_Encoding="gzip", Content_Length=len(data)) + data)


async def gzip_bomb(w: Writer) -> None:  # 50 MB of zeros in about 50 KB
    data = gzip.compress(bytes(50 * 1024 * 1024))
    w.write(head(Content_Encoding="gzip", Content_Length=len(data)) + data)


async def brotli(w: Writer) -> None:
    w.write(head(Content_Encoding="br", Content_Length=len(BODY)) + BODY)


async def secret_error(w: Writer) -> None:
    text = b"missing column 'pollster' in SECRET-TABLE"
    w.write(head("500 SECRET-REASON", Content_Length=len(text)) + text)


async def secret_file(w: Writer) -> None:
    text = big_poll_csv(1).replace(b"2022-05-01", b"SECRET-DATE")
    w.write(head(Content_Length=len(text)) + text)


@pytest.fixture
async def server() -> AsyncIterator[MisbehavingServer]:
    srv = MisbehavingServer()
    for route in (whole, paused, small_pieces, chunked, until_closed, dropped, dropped_chunked, longer_than_sent,
                  gzipped, gzipped_chunked, deflated, gzipped_cut, gzipped_corrupt, gzip_bomb, brotli, secret_error,
                  secret_file):
        srv.routes[f"{route.__name__}.csv"] = route

    async def silent(w: Writer) -> None:
        await srv.stopping.wait()

    srv.routes["silent.csv"] = silent
    await srv.start()
    yield srv
    await srv.close()


def redirect(to: str) -> object:
    async def send(w: Writer) -> None:
        w.write(head("302 Found", Location=to, Content_Length=0))
    return send


async def fetch(url: str, policy: AddressPolicy = LOCAL_ONLY, *, timeout_seconds: float = 5.0,
                max_bytes: int = MAX_FEED_BYTES, resolver: ChosenResolver | None = None,
                spool_dir: Path | None = None) -> bytes | None:
    fetcher = FeedFetcher(policy, timeout_seconds=timeout_seconds, max_bytes=max_bytes, resolver=resolver,
                          spool_dir=str(spool_dir) if spool_dir else None)
    try:
        async with fetcher.get(url, {}) as fetched:
            return fetched.path.read_bytes() if fetched.path is not None else None
    finally:
        await fetcher.close()


# ------------------------------------------------------------------------------------ whole bodies or nothing
@pytest.mark.parametrize("route", ["whole", "paused", "small_pieces", "chunked", "until_closed", "gzipped",
                                   "gzipped_chunked", "deflated"])
async def test_a_body_sent_with_pauses_in_pieces_or_chunked_arrives_whole(server: MisbehavingServer,
                                                                          route: str) -> None:
    assert await fetch(server.url(f"{route}.csv")) == BODY


@pytest.mark.parametrize("route", ["dropped", "dropped_chunked", "longer_than_sent", "gzipped_cut",
                                   "gzipped_corrupt"])
async def test_a_transfer_cut_short_is_a_failed_read(server: MisbehavingServer, route: str) -> None:
    with pytest.raises(FetchFailed, match="^broken transfer"):
        await fetch(server.url(f"{route}.csv"))


async def test_a_server_that_never_answers_fails_after_the_timeout(server: MisbehavingServer) -> None:
    with pytest.raises(FetchFailed, match=r"^unreachable: no complete answer within 0.5 s"):
        await fetch(server.url("silent.csv"), timeout_seconds=0.5)


async def test_a_body_over_the_limit_is_refused_even_without_a_length(server: MisbehavingServer) -> None:
    with pytest.raises(FetchFailed, match="larger than"):
        await fetch(server.url("chunked.csv"), max_bytes=10_000)
    with pytest.raises(FetchFailed, match="larger than"):
        await fetch(server.url("whole.csv"), max_bytes=10_000)
    with pytest.raises(FetchFailed, match="larger than 1 MB"):
        await fetch(server.url("gzip_bomb.csv"), max_bytes=1024 * 1024)


@pytest.mark.parametrize(("route", "max_bytes", "failure"), [
    ("whole.csv", MAX_FEED_BYTES, None), ("chunked.csv", MAX_FEED_BYTES, None),
    ("chunked.csv", 10_000, "larger than"), ("whole.csv", 10_000, "larger than"),
    ("gzip_bomb.csv", 1024 * 1024, "larger than"), ("dropped.csv", MAX_FEED_BYTES, "broken transfer"),
    ("gzipped_corrupt.csv", MAX_FEED_BYTES, "broken transfer"), ("brotli.csv", MAX_FEED_BYTES, "unsupported"),
    ("nowhere.csv", MAX_FEED_BYTES, "HTTP status 404")])
async def test_a_body_is_read_into_a_temporary_file_removed_however_the_read_ends(
        server: MisbehavingServer, tmp_path: Path, route: str, max_bytes: int, failure: str | None) -> None:
    spool = tmp_path / "spool"
    spool.mkdir()
    fetcher = FeedFetcher(LOCAL_ONLY, timeout_seconds=5.0, max_bytes=max_bytes, spool_dir=str(spool))
    try:
        if failure is None:
            async with fetcher.get(server.url(route), {}) as fetched:
                assert fetched.path is not None and fetched.path.parent.parent == spool
                assert fetched.path.name == route and fetched.path.read_bytes() == BODY
                assert fetched.sha256 == hashlib.sha256(BODY).hexdigest()
            with pytest.raises(RuntimeError):  # an error while the body is used: the file goes too
                async with fetcher.get(server.url(route), {}) as fetched:
                    assert fetched.path is not None and fetched.path.exists()
                    raise RuntimeError("the import failed")
        else:
            with pytest.raises(FetchFailed, match=failure):
                async with fetcher.get(server.url(route), {}):
                    pass
    finally:
        await fetcher.close()
    assert list(spool.iterdir()) == []


async def test_a_feed_refreshed_leaves_no_file_behind(db: Database, server: MisbehavingServer,
                                                      tmp_path: Path) -> None:
    feeds = Feeds(db, clock=Clock(), policy=LOCAL_ONLY,
                  configured=(server.url("whole.csv"), server.url("dropped.csv"), server.url("secret_file.csv")))
    spool = tmp_path / "spool"
    spool.mkdir()
    feeds.fetcher.spool_dir = str(spool)
    await feeds.sync_configured()
    try:
        reports = await feeds.refresh_due()
    finally:
        await feeds.close()
    assert [(report.ok, report.changed) for report in reports] == [(True, True), (False, False), (False, False)]
    assert list(spool.iterdir()) == []


async def test_a_compression_that_cannot_be_checked_is_refused(server: MisbehavingServer) -> None:
    with pytest.raises(FetchFailed, match=r"^unsupported Content-Encoding"):
        await fetch(server.url("brotli.csv"))


async def test_a_feed_paused_mid_body_imports_every_poll(db: Database, server: MisbehavingServer) -> None:
    feeds = Feeds(db, clock=Clock(), policy=LOCAL_ONLY, configured=(server.url("paused.csv"),))
    await feeds.sync_configured()
    try:
        (report,) = await feeds.refresh_due()
    finally:
        await feeds.close()
    assert report.ok and report.changed, report.error
    async with db.session() as session:
        imported = await session.scalar(select(func.count()).where(Poll.pollster.like("Chunk Research %")))
    assert imported == 400


async def test_a_dropped_transfer_imports_nothing_shows_why_and_is_read_again_on_schedule(
        db: Database, server: MisbehavingServer) -> None:
    url = server.url("feed.csv")
    server.routes["feed.csv"] = dropped
    clock = Clock()
    feeds = Feeds(db, clock=clock, refresh_seconds=60, policy=LOCAL_ONLY, configured=(url,))
    await feeds.sync_configured()
    async with db.session() as session:
        polls_before = await session.scalar(select(func.count()).select_from(Poll))
    try:
        (report,) = await feeds.refresh_due()
        assert not report.ok and report.error is not None and report.error.startswith("broken transfer")
        async with db.session() as session:
            assert await session.scalar(select(func.count()).select_from(Poll)) == polls_before
        listing = await feeds.list_answer()
        assert "FAILING (1×): broken transfer" in listing.facts[0].text

        server.routes["feed.csv"] = paused  # the publisher's server recovers
        clock.advance(seconds=60)
        (report,) = await feeds.refresh_due()
        assert report.ok and report.changed
        async with db.session() as session:
            assert await session.scalar(select(func.count()).select_from(Poll)) == polls_before + 400
    finally:
        await feeds.close()


async def test_errors_name_the_kind_of_failure_never_the_servers_words(db: Database,
                                                                       server: MisbehavingServer) -> None:
    clock = Clock()
    feeds = Feeds(db, clock=clock, policy=LOCAL_ONLY,
                  configured=(server.url("secret_error.csv"), server.url("secret_file.csv")))
    await feeds.sync_configured()
    try:
        status, rejected = await feeds.refresh_due()
    finally:
        await feeds.close()
    assert status.error == "HTTP status 500 Internal Server Error"
    assert rejected.error is not None and rejected.error.startswith("rejected file: secret_file.csv, line 2 ")
    listing = " ".join(f.text for f in (await feeds.list_answer()).facts)
    assert "SECRET" not in listing and "pollster" not in listing and "feed.csv" not in listing
    assert rejected.detail is not None and "'SECRET-DATE' is not a date" in rejected.detail  # the operator's log


# ----------------------------------------------------------------------------------- public addresses only
REFUSED = {
    "http://169.254.169.254/latest/meta-data/creds.csv": "link-local",
    "http://127.0.0.1:6379/x.csv": "loopback",
    "http://localhost:2375/x.csv": "loopback",  # a name that resolves to 127.0.0.1
    "http://2130706433/x.csv": "loopback",  # 127.0.0.1 as one number
    "http://[::1]:8080/x.csv": "loopback",
    "http://10.0.0.5/x.csv": "private",
    "http://172.16.0.1/x.csv": "private",
    "http://192.168.1.1/x.csv": "private",
    "http://[fc00::1]/x.csv": "private",
    "http://0.0.0.0:5432/x.csv": "unspecified",
    "http://[::]/x.csv": "unspecified",
    "http://100.64.0.1/x.csv": "carrier-grade NAT",
    "http://224.0.0.1/x.csv": "multicast",
    "http://[ff02::1]/x.csv": "multicast",
    "http://240.0.0.1/x.csv": "reserved",
    "http://[fe80::1]/x.csv": "link-local",
    "http://[::ffff:127.0.0.1]/x.csv": "loopback",
    "http://[::ffff:169.254.169.254]/x.csv": "link-local",
    "http://[::ffff:a00:5]/x.csv": "private",
    "http://[64:ff9b::7f00:1]/x.csv": "loopback",  # NAT64 of 127.0.0.1
    "http://[2002:7f00:1::]/x.csv": "loopback",  # 6to4 of 127.0.0.1
}


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    database = Database(f"sqlite+aiosqlite:///{tmp_path / 'feeds.sqlite3'}")
    await database.open()
    yield database
    await database.close()


@pytest.mark.parametrize(("url", "kind"), REFUSED.items())
async def test_an_address_off_the_public_internet_is_refused_when_added_and_when_read(
        sqlite_db: Database, url: str, kind: str) -> None:
    feeds = Feeds(sqlite_db, clock=Clock(), configured=(url,))  # one in FEEDS is read all the same
    try:
        added = await feeds.add(url, 1, 2)
        assert added.status == "rejected" and "refused address: " in added.summary and f"is {kind}," in added.summary
        await feeds.sync_configured()
        (report,) = await feeds.refresh_due()
    finally:
        await feeds.close()
    assert not report.ok and report.error is not None and report.error.startswith("refused address: ")
    assert f"is {kind}," in report.error
    async with sqlite_db.session() as session:
        assert await session.scalar(select(func.count()).select_from(Feed).where(Feed.origin == "command")) == 0


def test_every_public_address_is_allowed_and_every_embedded_private_one_refused() -> None:
    for public in ("93.184.215.14", "8.8.8.8", "2606:4700::1111", "::ffff:8.8.8.8", "2002:808:808::"):
        assert address_kind(ipaddress.ip_address(public)) is None, public
    for refused in ("198.18.0.1", "192.0.0.1", "255.255.255.255", "::7f00:1", "2001:db8::1"):
        assert address_kind(ipaddress.ip_address(refused)) is not None, refused


async def test_only_http_and_https_are_read(sqlite_db: Database) -> None:
    feeds = Feeds(sqlite_db, clock=Clock())
    try:
        for url in ("ftp://example.org/polls.csv", "file:///etc/polls.csv", "gopher://example.org/polls.csv",
                    "http://93.184.215.14/a\x1b[2J.csv", "http://93.184.215.14/a b.csv"):
            assert (await feeds.add(url, 1, 2)).status == "rejected"
    finally:
        await feeds.close()
    with pytest.raises(FetchFailed, match="only http and https"):
        await fetch("file:///etc/polls.csv")


async def test_a_name_that_turns_to_a_private_address_after_it_was_added_is_refused_at_connect_time(
        sqlite_db: Database, server: MisbehavingServer) -> None:
    # DNS rebinding: public when added, loopback when read (the resolver is asked at every connection).
    resolver = ChosenResolver({"polls.example": [["93.184.215.14"], ["127.0.0.1"]]})
    feeds = Feeds(sqlite_db, clock=Clock(), resolver=resolver)
    url = f"http://polls.example:{server.port}/whole.csv"
    try:
        assert (await feeds.add(url, 1, 2)).status == "ok"
        (report,) = await feeds.refresh_due()
    finally:
        await feeds.close()
    assert report.error == "refused address: polls.example (127.0.0.1) is loopback, not on the public internet " \
                           "(an operator can allow it with FEEDS_ALLOW_PRIVATE=1)"
    assert resolver.asked == ["polls.example", "polls.example"] and server.requests == []


async def test_a_name_with_one_private_address_among_public_ones_is_refused(server: MisbehavingServer) -> None:
    resolver = ChosenResolver({"mixed.example": [["93.184.215.14", "10.1.2.3"]]})
    with pytest.raises(FetchFailed, match=r"mixed.example \(10.1.2.3\) is private"):
        await fetch(f"http://mixed.example:{server.port}/whole.csv", AddressPolicy(), resolver=resolver)


@pytest.mark.parametrize("target", ["http://169.254.169.254/latest/meta-data/x.csv",
                                    "http://127.0.0.2:{port}/whole.csv", "http://[::1]:{port}/whole.csv",
                                    "http://inside.example:{port}/whole.csv", "http://10.0.0.5/x.csv",
                                    "file:///etc/passwd"])
async def test_a_redirect_to_a_refused_address_is_refused(server: MisbehavingServer, target: str) -> None:
    server.routes["hop.csv"] = redirect(target.format(port=server.port))
    resolver = ChosenResolver({"inside.example": [["10.0.0.5"]]})
    with pytest.raises(FetchFailed, match="^refused address: "):
        await fetch(server.url("hop.csv"), resolver=resolver)
    assert server.requests == ["hop.csv"]


async def test_redirects_are_followed_three_times_at_most(server: MisbehavingServer) -> None:
    for n in range(1, 5):
        server.routes[f"r{n}.csv"] = redirect(f"/r{n + 1}.csv" if n < 4 else "/whole.csv")
    server.routes["r5.csv"] = whole
    assert await fetch(server.url("r2.csv")) == BODY  # r2 -> r3 -> r4 -> whole: three redirects
    with pytest.raises(FetchFailed, match=r"^too many redirects \(more than 3\)"):
        await fetch(server.url("r1.csv"))


async def test_feeds_allow_private_lets_a_feed_on_127_0_0_1_through(server: MisbehavingServer) -> None:
    url = server.url("whole.csv")
    refused = AddressPolicy(allow_private=load_settings({}).feeds_allow_private)
    with pytest.raises(FetchFailed, match="is loopback"):
        await fetch(url, refused)
    assert server.requests == []
    allowed = AddressPolicy(allow_private=load_settings({"FEEDS_ALLOW_PRIVATE": "1"}).feeds_allow_private)
    assert await fetch(url, allowed) == BODY
    localhost = AddressPolicy(allow_private=True)
    assert await fetch(server.url("whole.csv", host="localhost"), localhost) == BODY
