"""Stores parsed records in one transaction: upserts by natural key, in batches, counting what changed. Each table
family's writer loads, compares and applies its part, in the order their rows refer to each other."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import DataChange
from bot.importers.records import ParsedFile
from bot.importers.writing.candidates import CandidateWriter
from bot.importers.writing.endorsements import EndorsementWriter
from bot.importers.writing.polls import PollWriter, write_pollster_aliases
from bot.importers.writing.races import RaceWriter
from bot.importers.writing.results import ElectionResultWriter
from bot.importers.writing.sources import SourceWriter, all_sources
from bot.importers.writing.summary import ImportSummary
from bot.importers.writing.tables import WriteSession


class ImportWriter:
    """Writes one parsed file inside the caller's transaction. A file may come in batches (a long 538 CSV): what
    earlier batches loaded, wrote and counted is kept."""

    def __init__(self, session: AsyncSession, summary: ImportSummary, origin: str | None = None) -> None:
        self.tx = WriteSession(session, summary, origin)
        self.summary = summary
        self._sources = SourceWriter(self.tx)
        self._races = RaceWriter(self.tx)
        self._candidates = CandidateWriter(self.tx)
        self._polls = PollWriter(self.tx)
        self._results = ElectionResultWriter(self.tx)
        self._endorsements = EndorsementWriter(self.tx)

    async def write(self, parsed: ParsedFile) -> None:
        """Write one parsed file (or batch of one): sources, races, candidates, polls and their results, election
        results, endorsements and pollster aliases, then the change rows of what it added or updated."""
        tx = self.tx
        await self._sources.write([*all_sources(parsed)])
        races = await self._races.write(parsed.races)
        indexes = await self._candidates.write(races, parsed.races)
        await self._polls.write([(races[d.slug], indexes[d.slug], d.polls) for d in parsed.races if d.polls])
        for data in parsed.races:
            await self._results.write(races[data.slug], indexes[data.slug], data)
        await self._endorsements.write(parsed.endorsements)
        await write_pollster_aliases(tx, parsed.pollster_aliases)
        await tx.insert_many(DataChange, tx.changes)
        tx.changes = []
