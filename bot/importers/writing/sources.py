"""The sources a file cites (polls, results, endorsements), by URL: written first, for other rows to refer to."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select, update

from bot.db.models import Source
from bot.importers.records import ParsedFile, SourceRecord
from bot.importers.writing.tables import IdRuns, RowDiff, WriteSession, changed_fields


def all_sources(parsed: ParsedFile) -> Iterator[SourceRecord]:
    """Every source a file's polls, results and endorsements cite, repeats included."""
    for data in parsed.races:
        for poll in data.polls:
            yield poll.source
        for result in data.results:
            yield result.source
        for turnout in data.turnouts:
            yield turnout.source
    for endorsement in parsed.endorsements:
        yield endorsement.source


def diff_sources(wanted: dict[str, SourceRecord], existing: dict[str, Source]) -> RowDiff:
    """Compare a file's sources (the first record of each URL) with the stored ones by URL."""
    diff = RowDiff()
    for url, rec in wanted.items():
        values = {"title": rec.title, "publisher": rec.publisher, "published": rec.published, "note": rec.note}
        row = existing.get(url)
        if row is None:
            diff.added.append({"url": url, **values})
            continue
        changes = changed_fields(row, values)
        if changes:
            diff.updated.append({"id": row.id, **changes})
        else:
            diff.unchanged += 1
    return diff


class SourceWriter:
    """Loads, compares and writes the sources of a batch; their ids go to the write session's `source_ids`. A file
    may come in batches: a source an earlier batch wrote or compared is known by its id (`seen`), not by its URL, so
    that memory stays flat however many sources a long file cites (538's polls each cite their own)."""

    def __init__(self, tx: WriteSession) -> None:
        self.tx = tx
        self.seen = IdRuns()  # ids of the sources this import added, or compared with the file

    async def write(self, records: list[SourceRecord]) -> None:
        """Add the new sources of `records` and update the stored ones the file describes differently."""
        self.tx.source_ids = {}
        wanted: dict[str, SourceRecord] = {}
        for rec in records:
            wanted.setdefault(rec.url, rec)
        existing = await self._load(list(wanted))
        for url, row in list(existing.items()):
            if row.id in self.seen:  # an earlier batch of the file wrote or compared it: as first described
                self.tx.source_ids[url] = row.id
                del wanted[url], existing[url]
        await self._apply(diff_sources(wanted, existing), existing)

    async def _load(self, urls: list[str]) -> dict[str, Source]:
        existing: dict[str, Source] = {}
        async with self.tx.planned_each_time():
            for matching in self.tx.matching(Source.url, urls):
                for row in await self.tx.session.scalars(select(Source).where(matching)):
                    existing[row.url] = row
        return existing

    async def _apply(self, diff: RowDiff, existing: dict[str, Source]) -> None:
        tx = self.tx
        tx.source_ids.update((url, row.id) for url, row in existing.items())
        for row in diff.updated:
            changes = dict(row)
            await tx.session.execute(update(Source).where(Source.id == changes.pop("id")).values(**changes))
        tx.summary.add("sources", "updated", len(diff.updated))
        tx.summary.add("sources", "unchanged", diff.unchanged)
        await tx.hold(Source, [row.id for row in existing.values()])
        ids = await tx.reserve_ids(Source, len(diff.added))
        self.seen.add([*(row.id for row in existing.values()), *ids])
        for row, source_id in zip(diff.added, ids, strict=True):
            row["id"] = source_id
            tx.source_ids[row["url"]] = source_id
        await tx.insert_many(Source, diff.added)
        tx.summary.add("sources", "added", len(diff.added))
