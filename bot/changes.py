"""The data change log as its readers see it: the latest imports that changed the data, who made them, from where,
with what file or feed, and what they changed (`racebot changes`, /racebot changes)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import select

from bot.db.change_log import AUTHOR_KIND, AUTHOR_ORIGIN, ChangeAuthor
from bot.db.models import DataChange, Race
from bot.engine.answers import Answer, Fact
from bot.formats import plural
from bot.i18n import messages

if TYPE_CHECKING:
    from bot.db.database import Database

LATEST_CHANGES = 10


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One import as the change log has it: when, who, from where, what file or feed, and what it changed."""

    at: dt.datetime
    author: ChangeAuthor
    file: str
    races: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)  # "poll added" -> 3

    def text(self) -> str:
        """The record as one line of the log: when, the file or feed, who, what changed, which races."""
        who = {"discord": f"by user {self.author.user} in server {self.author.guild_id} (Discord)",
               "cli": f"by {self.author.user or 'someone'} on the command line",
               "feed": f"from a feed added by user {self.author.user} in server {self.author.guild_id}"
                       if self.author.user else "from a feed in .env",
               "bundled": "from the bundled data, on first use"}.get(self.author.via, "by an import without author")
        what = ", ".join(f"{plural(n, kind.split()[0])} {kind.split()[1]}" for kind, n in self.counts.items())
        races = ", ".join(self.races[:3]) + (f" and {len(self.races) - 3} more" if len(self.races) > 3 else "")
        return f"{self.at:%Y-%m-%d %H:%M} UTC · {display_file(self.file)} · {who} · {what} · {races}"


async def latest_changes(db: Database, limit: int = LATEST_CHANGES) -> list[ChangeRecord]:
    """The newest imports that changed data, newest first (one record per import, over all the races it changed)."""
    stmt = (select(DataChange.change, DataChange.origin, DataChange.at, Race.slug)
            .join(Race, Race.id == DataChange.race_id)
            .where(DataChange.kind == AUTHOR_KIND).order_by(DataChange.id.desc()).limit(limit * 50))
    async with db.session() as session:
        rows = (await session.execute(stmt)).all()
    records: list[ChangeRecord] = []
    key: tuple[Any, ...] | None = None
    for row in rows:
        match = AUTHOR_ORIGIN.fullmatch(row.origin or "")
        if match is None:
            continue
        guild = match["guild"]
        author = ChangeAuthor(row.change, None if match["user"] == "-" else match["user"],
                              int(guild) if guild.isdigit() else None)
        at = row.at.replace(tzinfo=dt.UTC) if row.at.tzinfo is None else row.at.astimezone(dt.UTC)
        row_key = (author, match["file"], at)
        if row_key != key:
            if len(records) == limit:
                break
            key = row_key
            records.append(ChangeRecord(at, author, match["file"], (), Counter()))
        record = records[-1]
        records[-1] = ChangeRecord(record.at, author, record.file, (*record.races, row.slug), record.counts)
        for part in match["items"].split(","):
            kind, _, count = part.partition("=")
            record.counts[kind.replace(":", " ")] += int(count or 0)
    return [dataclasses.replace(record, races=tuple(sorted(record.races))) for record in records]


async def changes_answer(db: Database, limit: int = LATEST_CHANGES, language: str | None = None) -> Answer:
    """The latest data changes as an answer, for `racebot changes` and /racebot changes; its words in `language`,
    each change's line (a record of the import) as the log writes it."""
    m = messages(language)
    records = await latest_changes(db, limit)
    if not records:
        return Answer("changes", status="no_data", title=m.gettext("Latest data changes"),
                      summary=m.gettext("No import has changed the data yet. Import a file with /racebot import or "
                                "`racebot import`."), language=m.language)
    summary = m.ngettext("The last {count} import that changed the data, newest first.",
                         "The last {count} imports that changed the data, newest first.", len(records))
    return Answer("changes", status="ok", title=m.gettext("Latest data changes"),
                  summary=summary.format(count=m.number(len(records))),
                  facts=tuple(Fact(record.text()) for record in records), language=m.language)


def display_file(location: str) -> str:
    """A file or feed as a reader wants it: a URL without its query (Discord's attachment URLs carry long
    signatures)."""
    if "://" not in location:
        return location
    parts = urlsplit(location)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
