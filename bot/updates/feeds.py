"""Feeds: files and http(s) URLs of 538 polls CSVs or race bundles, fetched conditionally and imported whole."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from bot.db.change_log import FEED_ADDED, FEED_REMOVED, ChangeAuthor, current_author, record_feed
from bot.db.database import Database
from bot.db.models import Feed
from bot.db.turns import WriteTurnTimeout
from bot.engine.answers import Answer, Fact
from bot.errors import ImportRejected
from bot.feed_locations import feed_problem, is_url
from bot.i18n import messages
from bot.importers import ImportSummary
from bot.importers.entry import import_any
from bot.importers.results_import import ResultsSummary
from bot.updates.fetch import AddressPolicy, FeedFetcher, Fetched, FetchFailed, file_name, sha256_of
from bot.updates.outbox import Clock, utc, utc_now
from bot.updates.thresholds import RESULTS_REFRESH_SECONDS

if TYPE_CHECKING:
    from aiohttp.abc import AbstractResolver

log = logging.getLogger(__name__)

FETCH_TIMEOUT_SECONDS = 60.0
MAX_FEED_BYTES = 200 * 1024 * 1024
CONCURRENT_FEEDS = 8



@dataclass(frozen=True, slots=True)
class FeedReport:
    """The outcome of refreshing one feed; `notify` is set on the first failure after a success.

    `error` is what users on Discord see: the kind of failure, never the content of what was read; `detail` is the
    whole reason, for the log and the operator's command line."""

    feed_id: int
    location: str
    ok: bool
    changed: bool = False
    summary: str = ""
    error: str | None = None
    notify_user: int | None = None
    notify_guild: int | None = None  # the server the feed was added in: its language is the message's
    detail: str | None = None
    results: bool = False  # the feed brought a count of votes: election night, read more often
    imported: ImportSummary | ResultsSummary | None = None  # what the import did, when the feed brought new data


class Feeds:
    """The feeds: added and removed by users or set in .env, refreshed when due, their files imported."""

    def __init__(self, db: Database, *, clock: Clock = utc_now, refresh_seconds: float = 300.0,
                 configured: tuple[str, ...] = (), policy: AddressPolicy | None = None,
                 resolver: AbstractResolver | None = None,
                 fetch_timeout_seconds: float = FETCH_TIMEOUT_SECONDS) -> None:
        self.db = db
        self.clock = clock
        self.refresh_seconds = refresh_seconds
        self.configured = configured
        self.fetcher = FeedFetcher(policy or AddressPolicy(), timeout_seconds=fetch_timeout_seconds,
                                   max_bytes=MAX_FEED_BYTES, resolver=resolver)

    async def close(self) -> None:
        """Close the feed fetcher's connections."""
        await self.fetcher.close()

    async def sync_configured(self) -> None:
        """Make sure every feed of FEEDS has its row (the row keeps its ETag and its state across restarts); the
        change log names the ones added."""
        if not self.configured:
            return
        # Several processes (shards) start at once with the same FEEDS: "insert unless there", one statement each.
        dialect_insert = sqlite_insert if self.db.is_sqlite else postgresql_insert
        async with self.db.sessions.begin() as session:
            for location in dict.fromkeys(self.configured):
                statement = (dialect_insert(Feed).values(location=location, origin="env", failures=0)
                             .on_conflict_do_nothing(index_elements=[Feed.location]).returning(Feed.id))
                if (await session.execute(statement)).first() is not None:
                    await record_feed(session, FEED_ADDED, location, ChangeAuthor("env"))

    async def add(self, location: str, user_id: int | None, guild_id: int | None,
                  language: str | None = None) -> Answer:
        """Add a feed URL (from Discord, or from the command line without a user): refused unless it is http(s) and
        its host is on the public internet. The answer is in `language` (the fetcher's reasons stay English)."""
        m = messages(language)
        _ = m.gettext
        location = location.strip()
        problem = feed_problem(location, urls_only=True)
        if problem:
            return Answer("feed_add", status="rejected", title=_("Feed not added"), summary=problem,
                          language=m.language)
        try:
            await self.fetcher.check_location(location)
        except FetchFailed as exc:
            return Answer("feed_add", status="rejected", title=_("Feed not added"),
                          summary=_("{location} cannot be a feed: {reason}. Use a URL on the public internet.").format(
                              location=location, reason=exc), language=m.language)
        async with self.db.sessions.begin() as session:
            feed = await session.scalar(select(Feed).where(Feed.location == location))
            if feed is None:
                feed = Feed(location=location, origin="command", added_by=user_id, guild_id=guild_id, failures=0)
                session.add(feed)
                author = current_author() or (ChangeAuthor("discord", str(user_id), guild_id) if user_id
                                              else ChangeAuthor("cli"))
                await record_feed(session, FEED_ADDED, location, author)
            await session.flush()
            feed_id = feed.id
        return Answer("feed_add", status="ok", title=_("Feed added"),
                      summary=_("Feed #{id} is read within {minutes} minutes and then on that schedule; new polls and "
                        "endorsements in it reach the subscribed channels.").format(
                          id=feed_id, minutes=m.number(self.refresh_seconds / 60)),
                      facts=(Fact(location),
                       Fact(_("If it fails, you get a direct message; /updates feeds shows its state."))),
                      language=m.language)

    async def remove(self, feed_id: int, language: str | None = None) -> Answer:
        """Remove a feed added by a command; the answer says so, or why not."""
        m = messages(language)
        _ = m.gettext
        async with self.db.sessions.begin() as session:
            feed = await session.get(Feed, feed_id)
            if feed is None or feed.origin != "command":
                return Answer("feed_remove", status="not_found", title=_("No such feed"),
                              summary=_("There is no feed #{id} added with a command. /updates feeds lists them."
                                        ).format(id=feed_id), language=m.language)
            await session.delete(feed)
            await record_feed(session, FEED_REMOVED, feed.location, current_author() or ChangeAuthor("import"))
        return Answer("feed_remove", status="ok", title=_("Feed removed"),
                      summary=_("Feed #{id} is no longer read; the data it brought stays.").format(id=feed_id),
                      facts=(Fact(feed.location),), language=m.language)

    async def list_answer(self, language: str | None = None) -> Answer:
        """The feeds and their state, as an answer."""
        m = messages(language)
        _ = m.gettext
        async with self.db.session() as session:
            feeds = (await session.scalars(select(Feed).order_by(Feed.id))).all()
        if not feeds:
            return Answer("feeds", status="no_data", title=_("Feeds"),
                          summary=_("No feeds. Add one with /updates add-feed url:… (or racebot feeds add URL)."),
                          language=m.language)
        facts = []
        for feed in feeds:
            if feed.last_error:
                state = _("FAILING ({count}×): {error}").format(count=feed.failures, error=feed.last_error)
            elif feed.last_ok_at:
                state = _("ok, checked {when} UTC").format(when=f"{utc(feed.last_ok_at):%Y-%m-%d %H:%M}")
            else:
                state = _("not read yet")
            origin = (".env" if feed.origin == "env" else _("added from Discord") if feed.added_by
                      else _("added by command"))
            facts.append(Fact(f"#{feed.id} {feed.location} ({origin}) — {state}"))
        summary = m.ngettext("{count} feed.", "{count} feeds.", len(feeds)).format(count=len(feeds))
        return Answer("feeds", status="ok", title=_("Feeds"), summary=summary, facts=tuple(facts), language=m.language)

    # ------------------------------------------------------------------------------------------ refresh
    async def refresh_due(self) -> list[FeedReport]:
        """Refresh every feed whose time has come, side by side; one failing feed never stops the others."""
        now = self.clock()
        async with self.db.session() as session:
            feeds = (await session.scalars(select(Feed).order_by(Feed.id))).all()
        # A check "in the future" means the clock was set back: check now rather than wait for it to catch up.
        due = [f for f in feeds if f.next_check_at is None or utc(f.next_check_at) <= now
               or (f.last_checked_at is not None and utc(f.last_checked_at) > now)]
        if not due:
            return []
        limit = asyncio.Semaphore(CONCURRENT_FEEDS)

        async def one(feed: Feed) -> FeedReport:
            async with limit:
                return await self.refresh(feed)

        return list(await asyncio.gather(*(one(f) for f in due)))

    async def refresh_now(self, feed_id: int | None = None) -> list[FeedReport]:
        """Refresh one feed, or every feed, whether due or not (`racebot feeds refresh`)."""
        async with self.db.session() as session:
            statement = select(Feed).order_by(Feed.id)
            if feed_id is not None:
                statement = statement.where(Feed.id == feed_id)
            feeds = (await session.scalars(statement)).all()
        return [await self.refresh(feed) for feed in feeds]

    async def refresh(self, feed: Feed) -> FeedReport:
        """Read one feed and import what changed; the report says what was imported, or why not."""
        try:
            async with self.fetch(feed) as fetched:  # a web feed's body is in a temporary file until the block ends
                report = await self._import(feed, fetched)
        except FetchFailed as exc:
            report = FeedReport(feed.id, feed.location, ok=False, error=str(exc), detail=str(exc))
        except ImportRejected as exc:
            # The reason can quote the file; what the server sent is not shown unless it was a valid feed.
            where = f", line {exc.line}" if exc.line is not None else ""
            report = FeedReport(feed.id, feed.location, ok=False,
                                error=f"rejected file: {Path(exc.path).name}{where} is not a valid polls or results "
                                      f"file or race bundle; nothing imported (the bot's log has the reason)",
                                detail=f"rejected, nothing imported: {exc}")
        except WriteTurnTimeout as exc:  # nothing imported and nothing kept of the response: read again next time
            report = FeedReport(feed.id, feed.location, ok=False, error=str(exc), detail=str(exc))
        except Exception as exc:  # a bug or an odd failure: logged with its traceback, the other feeds go on
            log.exception("feed %s: refresh failed", feed.location)
            report = FeedReport(feed.id, feed.location, ok=False, error=f"unexpected error ({exc.__class__.__name__})",
                                detail=f"unexpected error ({exc.__class__.__name__}: {exc})")
        return await self._store(feed, report)

    @asynccontextmanager
    async def fetch(self, feed: Feed) -> AsyncIterator[Fetched]:
        """A feed's content as a file: a web address through the fetcher (with its ETag) into a temporary file that
        is removed when the block ends, a file on the disk where it is."""
        if is_url(feed.location):
            headers = {"User-Agent": "Racebot feed reader"}
            if feed.etag:
                headers["If-None-Match"] = feed.etag
            if feed.last_modified:
                headers["If-Modified-Since"] = feed.last_modified
            async with self.fetcher.get(feed.location, headers) as fetched:
                yield fetched
            return
        path = Path(feed.location).expanduser()
        try:
            digest = await asyncio.to_thread(sha256_of, path)
        except OSError as exc:
            raise FetchFailed(f"cannot read {feed.location} ({exc.strerror or exc})") from None
        yield Fetched(path, digest)

    async def _import(self, feed: Feed, fetched: Fetched) -> FeedReport:
        feed.etag, feed.last_modified = fetched.etag, fetched.last_modified
        if fetched.path is None:
            return FeedReport(feed.id, feed.location, ok=True)
        if fetched.sha256 == feed.content_hash:  # a server without conditional requests, or a file touched, unchanged
            return FeedReport(feed.id, feed.location, ok=True)
        # Read from the file, as `racebot import` reads one: a 538 CSV a batch at a time (memory stays flat), a
        # bundle or a Clarity XML whole (their parsers need the whole text).
        path = str(fetched.path)
        summary: ImportSummary | ResultsSummary
        async with self.db.write_turn():  # after an import running meanwhile (racebot import, /racebot import)
            # election night: a count of the votes; any other day, polls; a format of the registry, either way
            summary = await import_any(self.db, path, origin=feed.location, name=file_name(feed.location))
        feed.content_hash = fetched.sha256
        if summary.changed:
            log.info("feed %s imported: %s", feed.location, "; ".join(summary.lines()))
        return FeedReport(feed.id, feed.location, ok=True, changed=summary.changed, summary="; ".join(summary.lines()),
                          results=isinstance(summary, ResultsSummary), imported=summary)

    async def _store(self, feed: Feed, report: FeedReport) -> FeedReport:
        now = self.clock()
        async with self.db.sessions.begin() as session:
            row = await session.get(Feed, feed.id)
            if row is None:  # removed meanwhile
                return report
            row.last_checked_at = now
            every = min(self.refresh_seconds, RESULTS_REFRESH_SECONDS) if report.results else self.refresh_seconds
            row.next_check_at = now + dt.timedelta(seconds=every)
            if report.ok:
                row.etag, row.last_modified, row.content_hash = feed.etag, feed.last_modified, feed.content_hash
                row.last_ok_at, row.failures, row.last_error = now, 0, None
                if report.changed:
                    row.last_changed_at = now
                return report
            first = row.failures == 0
            row.failures += 1
            row.last_error = (report.error or "")[:2000]
            log.warning("feed %s failed (%d in a row), its last good data stays: %s", row.location, row.failures,
                        report.detail or report.error)
            if first and row.added_by is not None:
                return FeedReport(report.feed_id, report.location, False, error=report.error, notify_user=row.added_by,
                                  notify_guild=row.guild_id, detail=report.detail)
            return report
