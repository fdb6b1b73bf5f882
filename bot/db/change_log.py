"""The data change log's write side: who changes the shared data (a Discord user and server, a login name, a feed,
.env), written in the same transaction as the change itself: an import that changed data, a feed added or removed."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ChangeLogEntry, Feed, Race

RACES_KEPT = 20  # slugs an entry keeps of the races it changed (a 538 CSV can change hundreds); the count is whole
SLUGS_PER_QUERY = 500

IMPORT = "import"
FEED_ADDED = "feed added"
FEED_REMOVED = "feed removed"


@dataclass(frozen=True, slots=True)
class ChangeAuthor:
    """Who is changing the data: through Discord, the command line, a feed, .env, or the first-use load."""

    via: str  # discord, cli, feed, env, bundled, import (a caller that did not say)
    user: str | None = None  # a Discord user id, or the login name at the terminal
    guild_id: int | None = None
    guild_name: str | None = None  # the server's name at the time, where the caller knows it


_author: ContextVar[ChangeAuthor | None] = ContextVar("racebot_change_author", default=None)


@contextmanager
def changes_by(author: ChangeAuthor) -> Iterator[None]:
    """Changes of the shared data inside this block are recorded in the change log as made by `author`."""
    token = _author.set(author)
    try:
        yield
    finally:
        _author.reset(token)


def current_author() -> ChangeAuthor | None:
    """The author named by the innermost `changes_by` block, if any."""
    return _author.get()


async def record_import(session: AsyncSession, *, file: str, origin: str | None, counts: Mapping[str, int],
                        race_ids: Iterable[int]) -> None:
    """Write the log entry of an import that changed data (`counts`: "race added" -> 2 ...), in its transaction: an
    import and its entry are kept or lost together. A feed's import is by whoever added the feed and is shown by its
    address; any other by the author of the `changes_by` block around it, shown by its file name as given."""
    counts = {kind: n for kind, n in counts.items() if n}
    if not counts:
        return
    author = await _feed_author(session, origin) or current_author() or ChangeAuthor("import")
    ids = sorted(set(race_ids))
    slugs: list[str] = []
    for start in range(0, len(ids), SLUGS_PER_QUERY):
        slugs += await session.scalars(select(Race.slug).where(Race.id.in_(ids[start:start + SLUGS_PER_QUERY])))
    shown = origin if author.via in ("feed", "env") and origin else file
    session.add(_entry(IMPORT, author, shown, counts, sorted(slugs)))


async def record_feed(session: AsyncSession, action: str, location: str, author: ChangeAuthor) -> None:
    """Write the log entry of a feed added or removed (`action`), in the transaction that adds or removes it."""
    session.add(_entry(action, author, location, {}, []))


def _entry(action: str, author: ChangeAuthor, file: str, counts: dict[str, int], slugs: list[str]) -> ChangeLogEntry:
    return ChangeLogEntry(action=action, via=author.via, user_ref=author.user, guild_id=author.guild_id,
                          guild_name=(author.guild_name or "")[:100] or None, file=file[:1000], counts=counts,
                          races=slugs[:RACES_KEPT], race_count=len(slugs))


async def _feed_author(session: AsyncSession, origin: str | None) -> ChangeAuthor | None:
    """A feed's imports carry its location as their origin: the feed's author is whoever added it (from Discord, with
    the server's name the log kept then; or the command line), or .env."""
    if not origin:
        return None
    feed = (await session.execute(select(Feed.added_by, Feed.guild_id, Feed.origin)
                                  .where(Feed.location == origin))).first()
    if feed is None:
        return None
    if feed.origin == "env":
        return ChangeAuthor("env")
    guild_name = await session.scalar(
        select(ChangeLogEntry.guild_name).where(ChangeLogEntry.action == FEED_ADDED, ChangeLogEntry.file == origin,
                                                ChangeLogEntry.guild_id == feed.guild_id)
        .order_by(ChangeLogEntry.id.desc()).limit(1))
    return ChangeAuthor("feed", str(feed.added_by) if feed.added_by else None, feed.guild_id, guild_name)
