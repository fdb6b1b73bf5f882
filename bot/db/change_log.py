"""The data change log's write side: who changes the shared data (a Discord user and server, a login name, a feed),
recorded by session hooks in the same transaction as the items an import writes."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Insert, event, insert, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from bot.db.models import DataChange, Feed

# One row of this kind per race an import changed, next to the rows of the items it added or updated: the update
# posts read only item kinds (poll, endorsement, result), so these never become posts.
AUTHOR_KIND = "import"
_PENDING = "racebot_item_changes"  # Session.info key: the item changes written in the open transaction
# The origin of an author row, as _write_authors writes it and the change log (bot.changes) reads it back.
AUTHOR_ORIGIN = re.compile(r"by=(?P<user>\S*) guild=(?P<guild>\S*) items=(?P<items>\S*) file=(?P<file>.*)", re.S)


@dataclass(frozen=True, slots=True)
class ChangeAuthor:
    """Who is changing the data: through Discord, the command line, a feed, or the first-use load."""

    via: str  # discord, cli, feed, bundled, import (a caller that did not say)
    user: str | None = None  # a Discord user id, or the login name at the terminal
    guild_id: int | None = None


_author: ContextVar[ChangeAuthor | None] = ContextVar("racebot_change_author", default=None)


@contextmanager
def changes_by(author: ChangeAuthor) -> Iterator[None]:
    """Imports inside this block are recorded in the change log as made by `author`."""
    token = _author.set(author)
    try:
        yield
    finally:
        _author.reset(token)


def record_change_authors(sync_sessions: sessionmaker[Session]) -> None:
    """Make every transaction of these sessions that writes item changes also write who made them (at commit, in
    the same transaction: an import and its author are kept or lost together)."""
    event.listen(sync_sessions, "do_orm_execute", _note_item_changes)
    event.listen(sync_sessions, "before_flush", _note_added_changes)
    event.listen(sync_sessions, "before_commit", _write_authors)
    event.listen(sync_sessions, "after_rollback", lambda session: session.info.pop(_PENDING, None))


def _note_item_changes(state: ORMExecuteState) -> None:
    statement = state.statement
    if not (isinstance(statement, Insert) and statement.table.name == DataChange.__tablename__):
        return
    params = state.parameters
    note_item_changes(state.session, params if isinstance(params, list | tuple) else [params])


def note_item_changes(session: Session, rows: Iterable[dict[str, Any]]) -> None:
    """Count item changes (data_change rows) this transaction writes, so that their author is written at commit.
    Inserts through the ORM are counted by themselves; a bulk writer (COPY, executemany) calls this."""
    for row in rows:
        if row and row.get("kind") != AUTHOR_KIND:
            _note(session, row["race_id"], row.get("origin"), row["kind"], row["change"])


def _note_added_changes(session: Session, _context: Any, _instances: Any) -> None:
    """Item changes added as objects (session.add) rather than by an insert statement."""
    for item in session.new:
        if isinstance(item, DataChange) and item.kind != AUTHOR_KIND:
            _note(session, item.race_id, item.origin, item.kind, item.change)


def _note(session: Session, race_id: int, origin: str | None, kind: str, change: str) -> None:
    pending: Counter[tuple[int, str, str]] = session.info.setdefault(_PENDING, Counter())
    pending[(race_id, origin or "", f"{kind} {change}")] += 1


def _write_authors(session: Session) -> None:
    session.flush()  # objects added since the last flush are noted by before_flush: flush them before counting
    pending: Counter[tuple[int, str, str]] | None = session.info.pop(_PENDING, None)
    if not pending:
        return
    by_race: dict[tuple[int, str], Counter[str]] = {}
    for (race_id, origin, kind), count in pending.items():
        by_race.setdefault((race_id, origin), Counter())[kind] += count
    named = _author.get()
    at = dt.datetime.now(dt.UTC)  # one time for every row of the import: the log groups its rows by it
    authors: dict[str, ChangeAuthor] = {}
    rows = []
    for (race_id, origin), counts in by_race.items():
        if origin not in authors:
            authors[origin] = named or _feed_author(session, origin) or ChangeAuthor("import")
        author = authors[origin]
        items = ",".join(f"{kind.replace(' ', ':')}={n}" for kind, n in sorted(counts.items()))
        text = f"by={author.user or '-'} guild={author.guild_id or '-'} items={items} file={origin}"
        rows.append({"kind": AUTHOR_KIND, "change": author.via, "race_id": race_id, "item_id": counts.total(),
                     "origin": text[:1000], "at": at})
    session.execute(insert(DataChange), rows)


def _feed_author(session: Session, origin: str) -> ChangeAuthor | None:
    """A feed's imports carry its location as their origin: the feed's author is whoever added it."""
    feed = session.execute(select(Feed.added_by, Feed.guild_id).where(Feed.location == origin)).first()
    if feed is None:
        return None
    return ChangeAuthor("feed", str(feed.added_by) if feed.added_by else None, feed.guild_id)
