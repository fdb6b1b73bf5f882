"""The data change log as its readers see it: the latest changes of the shared data (imports, feeds added and
removed), who made them, from where, with what file or feed, and what they changed in words (`racebot changes`,
/racebot changes)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

from sqlalchemy import select

from bot.db.change_log import FEED_ADDED, FEED_REMOVED, ChangeAuthor
from bot.db.models import ChangeLogEntry
from bot.engine.answers import Answer, Fact
from bot.i18n import Messages, messages

if TYPE_CHECKING:
    from bot.db.database import Database

LATEST_CHANGES = 10
RACES_SHOWN = 3
CHANGES = ("added", "updated")
# The order the kinds of rows are told in: what a reader looks for first.
KINDS = ("race", "candidate", "poll", "poll result", "endorsement", "result", "turnout", "count", "source")


@dataclass(frozen=True, slots=True)
class Naming:
    """How a reader names people and servers: the command line by their ids and the names the log kept, Discord by a
    mention and the server's current name (a `server` that returns None falls back to the kept name)."""

    user: Callable[[str, Messages], str] = lambda user, m: m.gettext("user {id}").format(id=user)
    server: Callable[[int], str | None] = lambda guild_id: None


PLAIN = Naming()


@dataclass(frozen=True, slots=True)
class ChangeRecord:
    """One change as the change log has it: when, what (an import, a feed added or removed), who, from where, what
    file or feed, and what it changed."""

    at: dt.datetime
    author: ChangeAuthor
    file: str
    races: tuple[str, ...]
    counts: dict[str, int] = field(default_factory=dict)  # "poll added" -> 3
    action: str = "import"
    race_count: int = 0

    def text(self, m: Messages | None = None, naming: Naming = PLAIN) -> str:
        """The record as one line of the log: when, the file or feed, who, what changed, which races."""
        m = m or messages(None)
        parts = [f"{self.at:%Y-%m-%d %H:%M} UTC", display_file(self.file), self.who(m, naming), self.what(m)]
        if self.races:
            shown = ", ".join(self.races[:RACES_SHOWN])
            more = self.race_count - min(len(self.races), RACES_SHOWN)
            parts.append(m.ngettext("{races} and {count} more", "{races} and {count} more", more).format(
                races=shown, count=m.number(more)) if more > 0 else shown)
        return " · ".join(parts)

    def who(self, m: Messages, naming: Naming = PLAIN) -> str:
        """Who made the change, and from where, in words."""
        _ = m.gettext
        author = self.author
        user = naming.user(author.user, m) if author.user else ""
        server = self.server(m, naming)
        match author.via:
            case "discord":
                return _("by {user} in {server} (Discord)").format(user=user or _("someone"), server=server)
            case "cli":
                return _("by {user} on the command line").format(user=author.user or _("someone"))
            case "feed" if author.user:
                return _("from a feed added by {user} in {server}").format(user=user, server=server)
            case "feed":
                return _("from a feed added on the command line")
            case "env" if self.action == "import":
                return _("from a feed in .env")
            case "env":
                return _("from FEEDS in .env, at start-up")
            case "bundled":
                return _("from the bundled data, on first use")
        return _("by an import without author")

    def server(self, m: Messages, naming: Naming = PLAIN) -> str:
        """The server the change came from: its name as the reader knows it or as the log kept it, else its id."""
        guild_id = self.author.guild_id
        if guild_id is None:
            return m.gettext("a server")
        name = naming.server(guild_id) or self.author.guild_name
        return f"“{name}”" if name else m.gettext("the server {id}").format(id=guild_id)

    def what(self, m: Messages) -> str:
        """What changed in words: "added 2 races and 14 candidates; updated 3 polls", "added the feed"."""
        if self.action == FEED_ADDED:
            return m.gettext("added the feed")
        if self.action == FEED_REMOVED:
            return m.gettext("removed the feed")
        phrases = []
        for change in CHANGES:
            things = [rows(m, kind, self.counts[f"{kind} {change}"]) for kind in KINDS
                      if self.counts.get(f"{kind} {change}")]
            if things:
                phrase = m.gettext("added {things}") if change == "added" else m.gettext("updated {things}")
                phrases.append(phrase.format(things=m.series(things)))
        return "; ".join(phrases) or m.gettext("changed the data")


def rows(m: Messages, kind: str, count: int) -> str:
    """ "2 races", "1 poll result": a count of one kind of row, in words."""
    n = m.number(count)
    match kind:
        case "race":
            text = m.ngettext("{count} race", "{count} races", count)
        case "candidate":
            text = m.ngettext("{count} candidate", "{count} candidates", count)
        case "poll":
            text = m.ngettext("{count} poll", "{count} polls", count)
        case "poll result":
            text = m.ngettext("{count} poll figure", "{count} poll figures", count)
        case "endorsement":
            text = m.ngettext("{count} endorsement", "{count} endorsements", count)
        case "result":
            text = m.ngettext("{count} election result", "{count} election results", count)
        case "turnout":
            text = m.ngettext("{count} stage's turnout", "{count} stages' turnouts", count)
        case "count":
            text = m.ngettext("{count} vote count", "{count} vote counts", count)
        case _:
            text = m.ngettext("{count} source", "{count} sources", count)
    return text.format(count=n)


async def latest_changes(db: Database, limit: int = LATEST_CHANGES) -> list[ChangeRecord]:
    """The newest changes of the shared data, newest first."""
    stmt = select(ChangeLogEntry).order_by(ChangeLogEntry.id.desc()).limit(limit)
    async with db.session() as session:
        entries = (await session.scalars(stmt)).all()
    return [ChangeRecord(_utc(entry.at), ChangeAuthor(entry.via, entry.user_ref, entry.guild_id, entry.guild_name),
                         entry.file, tuple(entry.races), dict(entry.counts), entry.action, entry.race_count)
            for entry in entries]


def _utc(at: dt.datetime) -> dt.datetime:
    return at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at.astimezone(dt.UTC)


async def changes_answer(db: Database, limit: int = LATEST_CHANGES, language: str | None = None,
                         naming: Naming = PLAIN) -> Answer:
    """The latest data changes as an answer, for `racebot changes` and /racebot changes; its words in `language`,
    people and servers named as `naming` says (a mention and the server's name on Discord)."""
    m = messages(language)
    records = await latest_changes(db, limit)
    if not records:
        return Answer("changes", status="no_data", title=m.gettext("Latest data changes"),
                      summary=m.gettext("No import has changed the data yet. Import a file with /racebot import or "
                                "`racebot import`."), language=m.language)
    summary = m.ngettext("The last {count} change of the data, newest first.",
                         "The last {count} changes of the data, newest first.", len(records))
    return Answer("changes", status="ok", title=m.gettext("Latest data changes"),
                  summary=summary.format(count=m.number(len(records))),
                  facts=tuple(Fact(record.text(m, naming), mentions=(record.author.user,) if record.author.user and
                                   record.author.user.isdigit() else ()) for record in records),
                  language=m.language)


def display_file(location: str) -> str:
    """A file or feed as a reader wants it: a URL without its query (signatures, tokens), a file as it was named."""
    if "://" not in location:
        return location
    parts = urlsplit(location)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
